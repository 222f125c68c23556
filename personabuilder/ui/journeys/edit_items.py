"""The in-place editor of a list lane: a note, then one row per item with its scores."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from personabuilder.model import LaneKind
from personabuilder.ui.journeys.model import parse_edit_text

# Lanes whose items carry attributes: scores (1-5) or short text fields.
STRUCTURED_KINDS = (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES, LaneKind.BACKSTAGE)
SCORE_KEYS: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.PAIN_POINTS: ("severity",),
    LaneKind.OPPORTUNITIES: ("impact", "effort"),
}
TEXT_KEYS: dict[LaneKind, tuple[str, ...]] = {LaneKind.BACKSTAGE: ("owner", "system")}
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(6)}


def allowed_keys(kind: LaneKind) -> tuple[str, ...]:
    """The attributes an item of a lane of ``kind`` may hold besides its text."""
    return SCORE_KEYS.get(kind, ()) + TEXT_KEYS.get(kind, ())


def read_item_line(kind: LaneKind, line: str) -> dict[str, Any]:
    """An item from a typed line; an old-style "[S4]" / "[I4 E2]" suffix is still read."""
    _text, items = parse_edit_text(kind, "- " + line.strip())
    return items[0] if items else {"text": line.strip()}


def _key_label(key: str) -> str:
    return {
        "severity": QCoreApplication.translate("JourneyItems", "Severity"),
        "impact": QCoreApplication.translate("JourneyItems", "Impact"),
        "effort": QCoreApplication.translate("JourneyItems", "Effort"),
        "owner": QCoreApplication.translate("JourneyItems", "Owner"),
        "system": QCoreApplication.translate("JourneyItems", "System"),
    }[key]


def _item_placeholder(kind: LaneKind) -> str:
    if kind is LaneKind.PAIN_POINTS:
        return QCoreApplication.translate("JourneyItems", "Pain point")
    if kind is LaneKind.OPPORTUNITIES:
        return QCoreApplication.translate("JourneyItems", "Opportunity")
    return QCoreApplication.translate("JourneyItems", "Backstage task")


class ItemRow(QWidget):
    """One item: its text, then its scores (spin boxes, "–" for none) or owner and system."""

    def __init__(self, kind: LaneKind, item: dict[str, Any], parent: QWidget) -> None:
        super().__init__(parent)
        self.kind = kind
        # Attributes this editor does not show travel through unchanged.
        self._item = dict(item)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.text = QLineEdit(str(item.get("text", "")), self)
        self.text.setPlaceholderText(_item_placeholder(kind))
        self.text.setAccessibleName(_item_placeholder(kind))
        self.text.setMinimumWidth(120)
        self.text.setCursorPosition(0)  # a long item shows its beginning, not its end
        layout.addWidget(self.text, 1)
        self.scores: dict[str, QSpinBox] = {}
        for key in SCORE_KEYS.get(kind, ()):
            label = QLabel(_key_label(key)[0], self)
            label.setToolTip(_key_label(key))
            spin = QSpinBox(self)
            spin.setRange(0, 5)
            spin.setSpecialValueText("–")
            spin.setValue(int(item.get(key, 0) or 0))
            spin.setAccessibleName(_key_label(key))
            spin.setToolTip(
                QCoreApplication.translate("JourneyItems", "%1 from 1 to 5 (Alt+1…5)").replace(
                    "%1", _key_label(key)
                )
                if key in ("severity", "impact")
                else QCoreApplication.translate("JourneyItems", "%1 from 1 to 5").replace(
                    "%1", _key_label(key)
                )
            )
            label.setBuddy(spin)
            layout.addWidget(label)
            layout.addWidget(spin)
            self.scores[key] = spin
        self.fields: dict[str, QLineEdit] = {}
        for key in TEXT_KEYS.get(kind, ()):
            edit = QLineEdit(str(item.get(key, "")), self)
            edit.setPlaceholderText(_key_label(key))
            edit.setAccessibleName(_key_label(key))
            edit.setMaximumWidth(110)
            layout.addWidget(edit)
            self.fields[key] = edit
        self.remove = QToolButton(self)
        self.remove.setText("×")
        self.remove.setAutoRaise(True)
        self.remove.setToolTip(QCoreApplication.translate("JourneyItems", "Remove item"))
        self.remove.setAccessibleName(QCoreApplication.translate("JourneyItems", "Remove item"))
        self.remove.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout.addWidget(self.remove)

    def item(self) -> dict[str, Any] | None:
        """The item as stored (None: a row left empty)."""
        typed = read_item_line(self.kind, self.text.text())
        if not typed["text"]:
            return None
        item = {k: v for k, v in self._item.items() if k not in allowed_keys(self.kind)}
        item["text"] = typed["text"]
        for key, spin in self.scores.items():
            # A score typed the old way ("[S4]") wins over the box: it is the newest gesture.
            value = typed.get(key) or spin.value()
            if value:
                item[key] = int(value)
        for key, edit in self.fields.items():
            value = str(typed.get(key) or edit.text()).strip()
            if value:
                item[key] = value
        return item

    def set_primary(self, value: int) -> None:
        """Sets the first score (severity or impact); 0 clears it."""
        first = next(iter(self.scores.values()), None)
        if first is not None:
            first.setValue(value)


class ItemsEditor(QFrame):
    """Edits a pain point, opportunity or backstage cell: Enter keeps, Escape cancels.

    Shift+Enter or Alt+Enter opens a new item below the current one (a new line in the
    note); Backspace in an empty item removes it; Alt+1…5 sets the current item's severity
    or impact, Alt+0 clears it.
    """

    submitted = Signal()
    cancelled = Signal()
    focus_left = Signal()

    def __init__(self, kind: LaneKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        self.note = QPlainTextEdit(self)
        self.note.setPlaceholderText(QCoreApplication.translate("JourneyItems", "Note (optional)"))
        self.note.setAccessibleName(QCoreApplication.translate("JourneyItems", "Note"))
        self.note.setTabChangesFocus(True)
        self.note.setFrameShape(QFrame.Shape.NoFrame)
        line = self.note.fontMetrics().lineSpacing()
        self.note.setFixedHeight(line * 2 + 8)
        self._watch(self.note)
        layout.addWidget(self.note)
        self.rows: list[ItemRow] = []
        self._rows_box = QVBoxLayout()
        self._rows_box.setSpacing(2)
        layout.addLayout(self._rows_box)
        self.add_button = QToolButton(self)
        self.add_button.setText(QCoreApplication.translate("JourneyItems", "+ Add item"))
        self.add_button.setAutoRaise(True)
        self.add_button.setToolTip(
            QCoreApplication.translate("JourneyItems", "Add item (Shift+Enter)")
        )
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.setFocusProxy(self.note)

    # Content -----------------------------------------------------------------------------

    def set_content(
        self, text: str, items: tuple[dict[str, Any], ...] | list[dict[str, Any]]
    ) -> None:
        """Shows a cell's note and items."""
        self.note.setPlainText(text)
        for row in list(self.rows):
            self._drop(row)
        for item in items:
            self.add_row(item)

    def content(self) -> tuple[str, list[dict[str, Any]]]:
        """The note and the items typed (empty rows left out)."""
        items = [item for row in self.rows if (item := row.item()) is not None]
        return self.note.toPlainText().strip("\n"), items

    def start_item(self, initial: str) -> None:
        """Opens a new item at the end holding ``initial`` (a key typed on the cell)."""
        row = self.add_row(focus=True)
        row.text.setText(initial)
        row.text.end(False)

    def add_row(
        self,
        item: dict[str, Any] | None = None,
        *,
        after: ItemRow | None = None,
        focus: bool = False,
    ) -> ItemRow:
        """Adds an item row (at the end, or after ``after``)."""
        row = ItemRow(self.kind, item or {"text": ""}, self)
        position = len(self.rows) if after is None else self.rows.index(after) + 1
        self.rows.insert(position, row)
        self._rows_box.insertWidget(position, row)
        row.remove.clicked.connect(lambda: self.remove_row(row))
        for child in (row.text, *row.scores.values(), *row.fields.values()):
            self._watch(child)
        self._grow()
        if focus:
            row.text.setFocus()
        return row

    def remove_row(self, row: ItemRow) -> None:
        """Takes an item row away; focus goes to its neighbour."""
        index = self.rows.index(row)
        self._drop(row)
        if self.rows:
            self.rows[max(0, index - 1)].text.setFocus()
        else:
            self.note.setFocus()
        self._grow()

    def _drop(self, row: ItemRow) -> None:
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.hide()
        row.deleteLater()

    def _grow(self) -> None:
        self.adjustSize()
        parent = self.parentWidget()
        if parent is not None:
            bottom = parent.height()
            if self.y() + self.height() > bottom:
                self.move(self.x(), max(0, bottom - self.height()))

    def current_row(self) -> ItemRow | None:
        """The row holding the focus, if any."""
        focus = QApplication.focusWidget()
        return next((r for r in self.rows if focus is not None and r.isAncestorOf(focus)), None)

    # Keys --------------------------------------------------------------------------------

    def _watch(self, widget: QWidget) -> None:
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: the editor's keys, wherever the focus is inside it."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._key(watched, event)
        if event.type() == QEvent.Type.FocusOut:
            # Wait until the focus has landed: moving between rows is not leaving.
            QTimer.singleShot(0, self, self._check_focus)
        return super().eventFilter(watched, event)

    def _check_focus(self) -> None:
        focus = QApplication.focusWidget()
        popup = QApplication.activePopupWidget()
        if popup is None and (focus is None or not self.isAncestorOf(focus)) and self.isVisible():
            self.focus_left.emit()

    def _key(self, watched: QObject, event: QKeyEvent) -> bool:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if shift or alt:
                if watched is self.note:
                    self.note.insertPlainText("\n")
                else:
                    self.add_row(after=self.current_row(), focus=True)
                return True
            self.submitted.emit()
            return True
        if alt and key in _DIGITS:
            row = self.current_row()
            if row is not None:
                row.set_primary(_DIGITS[Qt.Key(key)])
                return True
        if (
            key == Qt.Key.Key_Backspace
            and isinstance(watched, QLineEdit)
            and not watched.text()
            and (row := self.current_row()) is not None
            and watched is row.text
        ):
            self.remove_row(row)
            return True
        return False
