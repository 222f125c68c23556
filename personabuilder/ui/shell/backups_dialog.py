"""File › Restore from Backup: the backups with their dates and contents; and the file
dialogs of the JSON exchange."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def reason_label(reason: str) -> str:
    """Why a backup was made, as users read it."""
    return {
        "daily": QCoreApplication.translate("Backups", "Daily"),
        "before-migration": QCoreApplication.translate("Backups", "Before a format upgrade"),
        "before-import": QCoreApplication.translate("Backups", "Before an import"),
        "before-restore": QCoreApplication.translate("Backups", "Before a restore"),
        "manual": QCoreApplication.translate("Backups", "Made by hand"),
    }.get(reason, reason)


class BackupsDialog(QDialog):
    """Lists the backups, newest first; Restore replaces the workspace with the chosen one."""

    def __init__(self, parent: QWidget, rows: list[Any]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.rows = rows
        self.table = QTableWidget(len(rows), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Why"), self.tr("Personas"), self.tr("Journey maps")]
        )
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        locale = QLocale()
        unreadable = self.tr("unreadable")
        for row, backup in enumerate(rows):
            when = QDateTime.fromSecsSinceEpoch(int(backup.created_at.timestamp()))
            cells = [
                locale.toString(when, QLocale.FormatType.ShortFormat),
                reason_label(backup.reason),
                unreadable if backup.personas is None else str(backup.personas),
                unreadable if backup.journey_maps is None else str(backup.journey_maps),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        note = QLabel(
            self.tr(
                "Restoring replaces the workspace with the chosen backup. Its current state "
                "is backed up first, so a restore can itself be undone by restoring that."
            )
            if rows
            else self.tr("This workspace has no backup yet.")
        )
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.table.itemSelectionChanged.connect(self._on_table_item_selection_changed)
        self.table.itemDoubleClicked.connect(lambda _item: self.accept())
        if rows:
            self.table.selectRow(0)
        self._on_table_item_selection_changed()
        self.resize(640, 400)

    @Slot()
    def _on_table_item_selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Path | None:
        """The backup selected, if any."""
        rows = {i.row() for i in self.table.selectedItems()}
        return Path(self.rows[rows.pop()].path) if len(rows) == 1 else None


def ask_backup(parent: QWidget, rows: list[Any]) -> Path | None:
    """Asks which backup to restore; None when cancelled (tests replace this)."""
    dialog = BackupsDialog(parent, rows)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _json_filter() -> str:
    return QCoreApplication.translate(
        "Backups", "PersonaBuilder exchange files (*.json);;All files (*)"
    )


def ask_json_save_path(parent: QWidget, suggested: Path) -> Path | None:
    """Asks where to write the exchange file; None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Backups", "Export JSON"), str(suggested), _json_filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".json" else path.with_name(path.name + ".json")


def ask_json_open_path(parent: QWidget, start: Path) -> Path | None:
    """Asks for an exchange file to import; None when cancelled (tests replace this)."""
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("Backups", "Import JSON"), str(start), _json_filter()
    )
    return Path(name) if name else None
