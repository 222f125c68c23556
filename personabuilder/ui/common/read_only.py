"""Read-only views: fields kept selectable but not editable, and the one banner that says why."""

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from personabuilder.ui.common.commands import read_only_hint


def set_fields_read_only(widgets: Iterable[QWidget], read_only: bool) -> None:
    """Text fields and spin boxes become read-only (still selectable); other controls grey."""
    for widget in widgets:
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            # Read-only rather than disabled: the text can still be selected and copied.
            widget.setReadOnly(read_only)
            if isinstance(widget, QAbstractSpinBox):
                widget.setButtonSymbols(
                    QAbstractSpinBox.ButtonSymbols.NoButtons
                    if read_only
                    else QAbstractSpinBox.ButtonSymbols.UpDownArrows
                )
        else:
            widget.setEnabled(not read_only)


class ReadOnlyBanner(QLabel):
    """A slim strip over a view: 'You can view this workspace but not change it.'"""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(read_only_hint(), parent)
        self.setObjectName("read_only_banner")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setContentsMargins(8, 3, 8, 3)
        self.setAutoFillBackground(True)
        # The tooltip colours of the palette: readable in light and dark themes alike.
        palette = self.palette()
        role = QPalette.ColorRole
        palette.setColor(role.Window, palette.color(role.ToolTipBase))
        palette.setColor(role.WindowText, palette.color(role.ToolTipText))
        self.setPalette(palette)
        self.setAccessibleName(read_only_hint())
        self.hide()

    def set_read_only(self, read_only: bool) -> None:
        """Shows the banner for a read-only workspace, hides it otherwise."""
        self.setVisible(read_only)
