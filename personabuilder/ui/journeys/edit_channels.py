"""The channel picker of a touchpoints cell: a filter line above a list of ticks."""

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

_NEW_ROLE = Qt.ItemDataRole.UserRole + 10  # the "New channel" row carries the name it makes


class ChannelPicker(QFrame):
    """Ticks the channels a cell holds; typing filters, Enter or Space ticks, Escape closes.

    When the filter matches no channel the list offers to make one of that name. Each tick
    is applied at once (``toggled``); the grid merges one opening's ticks into one undo step.
    """

    toggled = Signal(str, bool)
    new_requested = Signal(str)

    def __init__(self, names: list[str], held: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        title = QLabel(QCoreApplication.translate("ChannelPicker", "Channels"), self)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(
            QCoreApplication.translate("ChannelPicker", "Filter channels…")
        )
        self.filter.setAccessibleName(
            QCoreApplication.translate("ChannelPicker", "Filter channels")
        )
        self.filter.setClearButtonEnabled(True)
        layout.addWidget(self.filter)
        self.list = QListWidget(self)
        self.list.setAccessibleName(QCoreApplication.translate("ChannelPicker", "Channels"))
        self.list.setUniformItemSizes(True)
        layout.addWidget(self.list)
        held = {h.casefold() for h in held}
        for name in names:
            self._add(name, name.casefold() in held)
        self.new_item = QListWidgetItem(self.list)
        self.new_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        self.new_item.setHidden(True)
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.list.itemClicked.connect(self.activate)
        self.filter.installEventFilter(self)
        self.list.installEventFilter(self)
        self.setFocusProxy(self.filter)
        self.resize(280, 340)
        self._on_filter_text_changed("")

    def _add(self, name: str, checked: bool) -> QListWidgetItem:
        item = QListWidgetItem(name)
        # The row toggles on a click anywhere, not only on its box: handled in activate().
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        row = self.list.count() - 1 if hasattr(self, "new_item") else self.list.count()
        self.list.insertItem(row, item)
        return item

    def channel_items(self) -> list[QListWidgetItem]:
        """The rows of channels (not the "New channel" row)."""
        return [
            self.list.item(i)
            for i in range(self.list.count())
            if self.list.item(i) is not self.new_item
        ]

    def visible_names(self) -> list[str]:
        """The channels the filter lets through."""
        return [item.text() for item in self.channel_items() if not item.isHidden()]

    def checked_names(self) -> list[str]:
        """The channels ticked."""
        return [i.text() for i in self.channel_items() if i.checkState() == Qt.CheckState.Checked]

    def _on_filter_text_changed(self, text: str) -> None:
        wanted = text.strip().casefold()
        first: QListWidgetItem | None = None
        for item in self.channel_items():
            hidden = bool(wanted) and wanted not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        offer = bool(wanted) and first is None
        self.new_item.setHidden(not offer)
        if offer:
            self.new_item.setText(
                QCoreApplication.translate("ChannelPicker", "New channel “%1”…").replace(
                    "%1", text.strip()
                )
            )
            self.new_item.setData(_NEW_ROLE, text.strip())
            first = self.new_item
        if first is not None:
            self.list.setCurrentItem(first)

    def activate(self, item: QListWidgetItem | None = None) -> None:
        """Ticks or unticks a row (the current one by default), or makes the new channel."""
        item = item or self.list.currentItem()
        if item is None or item.isHidden():
            return
        if item is self.new_item:
            name = str(item.data(_NEW_ROLE) or "").strip()
            if name:
                self.new_requested.emit(name)
            return
        checked = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.toggled.emit(item.text(), checked)

    def add_channel(self, name: str) -> None:
        """Shows a channel just made, ticked, and clears the filter."""
        item = self._add(name, True)
        self.filter.clear()
        self.list.setCurrentItem(item)

    def popup(self, where: QPoint) -> None:
        """Shows the picker with its top left corner at ``where`` (global), on screen."""
        screen = QApplication.screenAt(where) or self.screen()
        area = screen.availableGeometry()
        x = max(area.left(), min(where.x(), area.right() - self.width()))
        y = where.y()
        if y + self.height() > area.bottom():
            y = max(area.top(), area.bottom() - self.height())
        self.move(x, y)
        self.show()
        self.filter.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: arrows walk the list from the filter; Enter (Space in the list) ticks."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or (
            key == Qt.Key.Key_Space and watched is self.list
        ):
            self.activate()
            return True
        if watched is self.filter and key in (
            Qt.Key.Key_Down,
            Qt.Key.Key_Up,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_PageUp,
        ):
            QApplication.sendEvent(self.list, QKeyEvent(event))
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        return super().eventFilter(watched, event)
