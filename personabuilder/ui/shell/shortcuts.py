"""Help › Keyboard Shortcuts: every shortcut of the window, read from its actions, and the keys
of the editors that are not menu actions."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def _editor_keys() -> list[tuple[str, str, str]]:
    grid = QCoreApplication.translate("Shortcuts", "Journey map")
    curve = QCoreApplication.translate("Shortcuts", "Emotion curves")
    metrics = QCoreApplication.translate("Shortcuts", "Metrics")
    return [
        (grid, QCoreApplication.translate("Shortcuts", "Edit the cell"), "Enter, F2"),
        (grid, QCoreApplication.translate("Shortcuts", "Clear the cell"), "Del"),
        (
            grid,
            QCoreApplication.translate("Shortcuts", "Move the stage or lane"),
            "Ctrl+Shift+←/→/↑/↓",
        ),
        (
            grid,
            QCoreApplication.translate("Shortcuts", "Copy the map as an image"),
            "Ctrl+Shift+C",
        ),
        (
            curve,
            QCoreApplication.translate("Shortcuts", "Choose the stage / the persona"),
            "←/→, Tab",
        ),
        (
            curve,
            QCoreApplication.translate("Shortcuts", "Raise or lower the score (Shift: to-be)"),
            "↑/↓, Shift+↑/↓",
        ),
        (curve, QCoreApplication.translate("Shortcuts", "Clear the score"), "Del"),
        (
            metrics,
            QCoreApplication.translate("Shortcuts", "Paste values from a spreadsheet"),
            "Ctrl+V",
        ),
        (metrics, QCoreApplication.translate("Shortcuts", "Clear values"), "Del"),
    ]


def _menu_rows(menu: QMenu, path: str) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    for action in menu.actions():
        submenu = action.menu()
        keys = action.shortcuts()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, path)
            if not keys:
                continue
            # Otherwise the list has a key of its own that opens it (New Persona, Add Lane).
        if keys and action.text():
            text = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
            shown = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            rows.append((path, text.rstrip(".…"), shown))
    return rows


def shortcut_rows(window: QMainWindow) -> list[tuple[str, str, str]]:
    """(where, what, keys) for every menu shortcut of ``window`` and the editors' keys."""
    rows: list[tuple[str, str, str]] = []
    for action in window.menuBar().actions():
        menu = action.menu()
        if isinstance(menu, QMenu):
            # Menus built on first use are filled now, so their shortcuts are listed too.
            menu.aboutToShow.emit()
            rows += _menu_rows(menu, action.text().replace("&", ""))
    extra = [a for a in window.findChildren(QAction) if a.shortcuts() and a.parent() is not window]
    known = {r[1] for r in rows}
    for action in extra:
        text = action.text().replace("&", "")
        if text and text not in known:
            keys = ", ".join(
                k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
            )
            rows.append((QCoreApplication.translate("Shortcuts", "Views"), text, keys))
            known.add(text)
    return rows + _editor_keys()


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut."""

    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Command"), self.tr("Keys")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
