"""The map's stage headers (columns) and lane headers (rows), drawn at the map's zoom."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QWidget


class _ZoomedHeader(QHeaderView):
    """A header whose lettering follows the map's zoom."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        # As the table's own headers: a click selects the stage or lane.
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self._zoom = 1.0

    @property
    def zoom(self) -> float:
        """The map's zoom factor (1.0 at 100 %)."""
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Follows the map's zoom."""
        self._zoom = zoom
        self.viewport().update()


class StageHeader(_ZoomedHeader):
    """The stages along the top of the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)


class LaneHeader(_ZoomedHeader):
    """The lanes down the left of the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
