"""Editing a cell of the journey map in place."""

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from personabuilder.model import LaneKind
from personabuilder.services.conflicts import Base
from personabuilder.ui.journeys.canvas import CellPainter
from personabuilder.ui.journeys.edit_items import STRUCTURED_KINDS, ItemsEditor
from personabuilder.ui.journeys.model import CELL_ROLE

ITEMS_EDITOR_WIDTH = 560  # at 100 %: an item, its scores and the remove button on one line


def cell_base(index: QModelIndex | QPersistentModelIndex) -> tuple[Any, Base] | None:
    """The (stage id, lane id) of a cell of a journey grid model and what it shows now."""
    model = index.model()
    detail = getattr(model, "detail", None)
    stage_at, lane_at = getattr(model, "stage_at", None), getattr(model, "lane_at", None)
    if detail is None or stage_at is None or lane_at is None:
        return None
    stage, lane = stage_at(index.column()), lane_at(index.row())
    if stage is None or lane is None:
        return None
    return (stage.id, lane.id), detail.cell_base(stage.id, lane.id)


def lane_kind(index: QModelIndex | QPersistentModelIndex) -> LaneKind | None:
    """The kind of the lane an index lies in (None outside a journey grid model)."""
    model = index.model()
    lane_at = getattr(model, "lane_at", None)
    lane = lane_at(index.row()) if lane_at is not None else None
    return None if lane is None else lane.kind


class CellDelegate(CellPainter):
    """Paints cells like the canvas and edits them in place.

    Text lanes get a plain-text editor; pain point, opportunity and backstage lanes get a
    form with one row per item and its scores or fields. In both, Enter keeps the edit (and
    ``enter_committed`` tells the grid to move down), Shift+Enter or Alt+Enter adds a line
    (an item in the form), Escape cancels.
    """

    editor_opened = Signal()
    enter_committed = Signal()
    # index, note, items: a form's edit (the grid pushes it as one undoable step)
    items_committed = Signal(object, str, list)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._initial: str | None = None
        self.zoom = 1.0
        # What each open editor's cell showed when it opened: the base of the edit it makes,
        # so a colleague's change that arrives while the user types is not overwritten.
        self._bases: dict[Any, Base] = {}

    def start_with(self, text: str | None) -> None:
        """The next editor opens holding ``text`` rather than the cell (a key typed on it)."""
        self._initial = text

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """Qt override: a form for list lanes, a plain-text editor for the others."""
        kind = lane_kind(index)
        editor: QWidget
        if kind in STRUCTURED_KINDS:
            assert kind is not None
            form = ItemsEditor(kind, parent)
            form.submitted.connect(lambda: self._finish(form, submit=True))
            form.cancelled.connect(lambda: self._finish(form, submit=False))
            form.focus_left.connect(lambda: self._finish(form, submit=True, enter=False))
            editor = form
        else:
            plain = QPlainTextEdit(parent)
            plain.setFrameShape(QPlainTextEdit.Shape.NoFrame)
            plain.setTabChangesFocus(True)
            editor = plain
        self.editor_opened.emit()
        return editor

    def _finish(self, editor: QWidget, *, submit: bool, enter: bool = True) -> None:
        if editor.property("pb_closing"):
            return
        editor.setProperty("pb_closing", True)  # a form closes once, whatever asked first
        if submit:
            self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
        if submit and enter:
            self.enter_committed.emit()

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt override: the editor covers the cell, big enough to type in, inside the view."""
        rect = QRect(option.rect)
        if isinstance(editor, ItemsEditor):
            wanted = max(rect.width(), round(ITEMS_EDITOR_WIDTH * self.zoom))
            holder = editor.parentWidget()
            room = holder.width() if holder is not None else wanted
            rect.setWidth(max(rect.width(), min(wanted, room)))
            editor.setFixedWidth(rect.width())
            editor.adjustSize()
            rect.setHeight(max(rect.height(), editor.sizeHint().height()))
        else:
            rect.setHeight(max(rect.height(), 120))
        viewport = editor.parentWidget()
        if viewport is not None:
            # Near the right or bottom edge the editor slides in rather than be cut off.
            rect.moveLeft(max(0, min(rect.left(), viewport.width() - rect.width())))
            rect.moveTop(max(0, min(rect.top(), viewport.height() - rect.height())))
        editor.setGeometry(rect)

    def opened_base(self, stage_id: Any, lane_id: Any) -> Base | None:
        """What the cell showed when its editor opened (None: no editor opened on it)."""
        return self._bases.get((stage_id, lane_id))

    def editor_closed(self, stage_id: Any, lane_id: Any) -> None:
        """Forgets the base of a cell whose edit was pushed or cancelled."""
        self._bases.pop((stage_id, lane_id), None)

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        """Qt override: the cell's content, or the key typed on the cell."""
        if editor.property("pb_based") is None:
            # Qt also calls this when the model changes under an open editor; the base is
            # what the cell showed when the user started.
            editor.setProperty("pb_based", True)
            found = cell_base(index)
            if found is not None:
                self._bases[found[0]] = found[1]
        initial, self._initial = self._initial, None
        if isinstance(editor, ItemsEditor):
            cell = index.data(CELL_ROLE)
            editor.set_content(cell.text if cell else "", cell.items if cell else ())
            if initial is not None:
                editor.start_item(initial)
            elif editor.rows:
                editor.rows[-1].text.setFocus()
                editor.rows[-1].text.setCursorPosition(0)
            else:
                editor.start_item("")
        elif isinstance(editor, QPlainTextEdit):
            if initial is not None:
                # Like a spreadsheet: a key typed on a cell replaces what it held.
                editor.setPlainText(initial)
            else:
                editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt override: a form's items go to the grid; typed text goes to the model."""
        if isinstance(editor, ItemsEditor):
            text, items = editor.content()
            cell = index.data(CELL_ROLE)
            if cell is None and not text and not items:
                return
            if cell is not None and (cell.text, list(cell.items)) == (text, items):
                return
            self.items_committed.emit(QPersistentModelIndex(index), text, items)
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Qt override: Enter keeps, Shift+Enter or Alt+Enter adds a line, Escape cancels."""
        if (
            isinstance(obj, QPlainTextEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            mods = event.modifiers()
            if mods & (Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.AltModifier):
                obj.insertPlainText("\n")
                return True
            self._finish(obj, submit=True)
            return True
        return super().eventFilter(obj, event)
