"""An editable, reorderable list of short texts (goals, pain points, tools...)."""

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

# The services accept list entries of up to 5 x NAME_MAX (200) characters.
ITEM_MAX = 1000

_EDITABLE = (
    Qt.ItemFlag.ItemIsSelectable
    | Qt.ItemFlag.ItemIsEnabled
    | Qt.ItemFlag.ItemIsEditable
    | Qt.ItemFlag.ItemIsDragEnabled
)
_SHOWN = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled


class _ItemDelegate(QStyledItemDelegate):
    """Edits an entry in a line edit bounded to the length the services accept."""

    def __init__(self, max_length: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._max_length = max_length

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        """Qt override: a line edit with a maximum length."""
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(self._max_length)
        return editor


class _FittingList(QListWidget):
    """A list whose preferred height follows its entries (3 to 10 rows, plus one free row)."""

    def sizeHint(self) -> QSize:
        """Qt override: room for the entries and an empty row to add one."""
        hint = super().sizeHint()
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        rows = min(max(self.count() + 1, 3), 10)
        return QSize(hint.width(), rows * row + 2 * self.frameWidth() + 4)


class ListEditor(QWidget):
    """A list of texts edited in place, with add, remove, move and drag-and-drop."""

    items_edited = Signal(list)  # list[str]: the whole list after a committed change

    def __init__(
        self, accessible_name: str = "", parent: QWidget | None = None, max_length: int = ITEM_MAX
    ) -> None:
        super().__init__(parent)
        self._last: list[str] = []
        self._loading = False
        self._read_only = False

        self.list: QListWidget = _FittingList()
        self.list.setAccessibleName(accessible_name)
        self.list.setItemDelegate(_ItemDelegate(max_length, self.list))
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.installEventFilter(self)
        self.list.itemChanged.connect(self._on_list_item_changed)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        self.list.itemDelegate().closeEditor.connect(self._on_delegate_close_editor)
        model: QAbstractItemModel = self.list.model()
        model.rowsMoved.connect(self._on_model_rows_moved)

        self.add_button = self._button(
            "+",
            self.tr("Add"),
            self.tr("Add an entry (Insert)"),
        )
        self.remove_button = self._button(
            "−",
            self.tr("Remove"),
            self.tr("Remove the selected entry (Delete)"),
        )
        self.up_button = self._button(
            "↑",
            self.tr("Move up"),
            self.tr("Move the selected entry up (Ctrl+Up)"),
        )
        self.down_button = self._button(
            "↓",
            self.tr("Move down"),
            self.tr("Move the selected entry down (Ctrl+Down)"),
        )
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(self.move_up)
        self.down_button.clicked.connect(self.move_down)

        buttons = QVBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(2)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setFocusProxy(self.list)
        self._update_buttons()

    def _button(self, symbol: str, name: str, tooltip: str) -> QToolButton:
        button = QToolButton()
        button.setText(symbol)
        button.setToolTip(tooltip)
        button.setAccessibleName(name)
        button.setAutoRaise(True)
        button.setFixedWidth(26)
        # The list keeps the focus so its keyboard shortcuts go on working after a click.
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    # -- contents ------------------------------------------------------------------------

    def items(self) -> list[str]:
        """The entries as they would be stored: trimmed, blanks left out."""
        texts = (self.list.item(row).text().strip() for row in range(self.list.count()))
        return [t for t in texts if t]

    def set_items(self, items: list[str]) -> None:
        """Shows ``items`` without emitting ``items_edited``; keeps the current row if it can."""
        row = self.list.currentRow()
        self._loading = True
        try:
            self.list.clear()
            for text in items:
                self.list.addItem(self._new_item(text))
            if items and row >= 0:
                self.list.setCurrentRow(min(row, len(items) - 1))
        finally:
            self._loading = False
        self._last = list(items)
        self._update_buttons()

    def _new_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(_SHOWN if self._read_only else _EDITABLE)
        return item

    def set_read_only(self, read_only: bool) -> None:
        """Shows the entries for reading and copying only: no editor, drag or button."""
        self._read_only = read_only
        triggers = QAbstractItemView.EditTrigger
        self.list.setEditTriggers(
            triggers.NoEditTriggers
            if read_only
            else triggers.DoubleClicked | triggers.EditKeyPressed
        )
        self.list.setDragDropMode(
            QAbstractItemView.DragDropMode.NoDragDrop
            if read_only
            else QAbstractItemView.DragDropMode.InternalMove
        )
        for row in range(self.list.count()):
            self.list.item(row).setFlags(_SHOWN if read_only else _EDITABLE)
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            button.setVisible(not read_only)
        self._update_buttons()

    def _changed(self) -> None:
        """Emits the new list if the stored form of the entries changed."""
        self._update_buttons()
        if self._loading:
            return
        items = self.items()
        if items != self._last:
            self._last = items
            self.items_edited.emit(items)

    def _update_buttons(self) -> None:
        self.list.updateGeometry()
        row = self.list.currentRow()
        count = self.list.count()
        self.remove_button.setEnabled(0 <= row < count)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < count - 1)

    # -- actions -------------------------------------------------------------------------

    @Slot()
    def add_item(self) -> None:
        """Adds an empty entry below the current one and opens it for typing."""
        row = self.list.currentRow()
        row = self.list.count() if row < 0 else row + 1
        item = self._new_item("")
        self._loading = True
        try:
            self.list.insertItem(row, item)
        finally:
            self._loading = False
        self.list.setCurrentItem(item)
        self.list.setFocus()
        self.list.editItem(item)
        self._update_buttons()

    @Slot()
    def remove_current(self) -> None:
        """Removes the current entry."""
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._changed()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self._loading = True
        try:
            item = self.list.takeItem(row)
            self.list.insertItem(target, item)
            self.list.setCurrentRow(target)
        finally:
            self._loading = False
        self._changed()

    @Slot()
    def move_up(self) -> None:
        """Moves the current entry one place up."""
        self._move(-1)

    @Slot()
    def move_down(self) -> None:
        """Moves the current entry one place down."""
        self._move(1)

    # -- events --------------------------------------------------------------------------

    def _key_action(self, event: QKeyEvent) -> str | None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Insert:
            return "add"
        if mods == Qt.KeyboardModifier.NoModifier and (
            key == Qt.Key.Key_Delete or event.matches(QKeySequence.StandardKey.Delete)
        ):
            return "remove"
        if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Up:
            return "up"
        if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Down:
            return "down"
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: the list's own keys win over window shortcuts such as Delete."""
        if watched is self.list and isinstance(event, QKeyEvent):
            action = None if self._read_only else self._key_action(event)
            if action is not None and self.list.state() != QAbstractItemView.State.EditingState:
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    {
                        "add": self.add_item,
                        "remove": self.remove_current,
                        "up": self.move_up,
                        "down": self.move_down,
                    }[action]()
                    return True
        return super().eventFilter(watched, event)

    @Slot(QListWidgetItem)
    def _on_list_item_changed(self, _item: QListWidgetItem) -> None:
        self._changed()

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update_buttons()

    @Slot(QModelIndex, int, int, QModelIndex, int)
    def _on_model_rows_moved(
        self, _parent: QModelIndex, _start: int, _end: int, _dest: QModelIndex, _row: int
    ) -> None:
        self._changed()

    @Slot(QWidget, QAbstractItemDelegate.EndEditHint)
    def _on_delegate_close_editor(
        self, _editor: QWidget, _hint: QAbstractItemDelegate.EndEditHint
    ) -> None:
        # An entry left empty (a new one abandoned with Escape, or one cleared) goes away.
        self._loading = True
        try:
            for row in reversed(range(self.list.count())):
                if not self.list.item(row).text().strip():
                    self.list.takeItem(row)
        finally:
            self._loading = False
        self._changed()
