"""A button that shows a colour as a swatch and picks another with the colour dialog."""

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QColorDialog, QPushButton, QWidget

# Offered as the dialog's custom colours: the palette the deliverables are designed with
# (Okabe-Ito, readable by colour-blind readers), so a brand colour is one click away.
SUGGESTED = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


def ask_colour(parent: QWidget, current: str, title: str) -> str | None:
    """Asks for a colour as "#rrggbb"; None when cancelled (tests replace this)."""
    for index, colour in enumerate(SUGGESTED):
        QColorDialog.setCustomColor(index, QColor(colour))
    chosen = QColorDialog.getColor(QColor(current), parent, title)
    return chosen.name() if chosen.isValid() else None


def _swatch(colour: str, size: int) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#7f7f7f"))
    painter.setBrush(QColor(colour))
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)


class ColourButton(QPushButton):
    """Shows the chosen colour (a swatch and its "#RRGGBB" code); a click opens the picker."""

    colour_changed = Signal(str)

    def __init__(self, colour: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title = title
        self._colour = QColor(colour).name() if QColor.isValidColorName(colour) else "#0072b2"
        self.setIconSize(QSize(20, 20))
        self.clicked.connect(self._on_clicked)
        self._show()

    def colour(self) -> str:
        """The colour as "#rrggbb"."""
        return self._colour

    def set_colour(self, colour: str) -> None:
        """Shows another colour (a name Qt does not know is ignored)."""
        if not QColor.isValidColorName(colour):
            return
        colour = QColor(colour).name()
        if colour != self._colour:
            self._colour = colour
            self._show()
            self.colour_changed.emit(colour)

    def _show(self) -> None:
        self.setIcon(_swatch(self._colour, 20))
        self.setText(self._colour.upper())
        self.setToolTip(
            QCoreApplication.translate("ColourButton", "Choose a colour (now %1)").replace(
                "%1", self._colour.upper()
            )
        )
        self.setAccessibleName(
            QCoreApplication.translate("ColourButton", "%1: colour %2")
            .replace("%1", self._title)
            .replace("%2", self._colour.upper())
        )

    @Slot()
    def _on_clicked(self) -> None:
        chosen = ask_colour(self, self._colour, self._title)
        if chosen:
            self.set_colour(chosen)
