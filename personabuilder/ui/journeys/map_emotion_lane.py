"""The emotion curves laid into the map's emotion lane, scrolling and zooming with it."""

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtGui import QFontMetrics

from personabuilder.model import LaneKind
from personabuilder.ui.journeys.canvas import emotion_band_height
from personabuilder.ui.journeys.emotion_curve import EmotionCurve, emotion_scale
from personabuilder.ui.journeys.grid import JourneyGridView


class EmotionLane(QObject):
    """Keeps the curves over the band the canvas leaves at the bottom of the emotion lane."""

    def __init__(self, grid: JourneyGridView, curve: EmotionCurve) -> None:
        super().__init__(grid)
        self.grid = grid
        self.curve = curve
        table = grid.table
        curve.setParent(table.viewport())
        curve.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.place)
        schedule = self._timer.start
        grid.columns_moved.connect(schedule)
        grid.zoom_changed.connect(lambda _z: schedule())
        table.horizontalScrollBar().valueChanged.connect(lambda _v: schedule())
        table.verticalScrollBar().valueChanged.connect(lambda _v: schedule())
        grid.stage_header.sectionResized.connect(lambda *_a: schedule())
        grid.lane_header.sectionResized.connect(lambda *_a: schedule())
        grid.stage_header.geometriesChanged.connect(schedule)
        grid.model.modelReset.connect(schedule)
        grid.model.layoutChanged.connect(schedule)
        table.viewport().installEventFilter(self)

    def row(self) -> int | None:
        """The lane the curves sit in: the map's first emotion lane."""
        model = self.grid.model
        for row in range(model.rowCount()):
            lane = model.lane_at(row)
            if lane is not None and lane.kind is LaneKind.EMOTION:
                return row
        return None

    def columns(self) -> tuple[list[float] | None, float | None]:
        """Each stage column's left edge in the curves' coordinates, and the column width."""
        header = self.grid.stage_header
        count = self.grid.model.columnCount()
        if not count:
            return None, None
        x0 = header.sectionViewportPosition(0)
        lefts = [float(header.sectionViewportPosition(c) - x0) for c in range(count)]
        return lefts, float(header.sectionSize(0))

    @Slot()
    def place(self) -> None:
        """Puts the curves over the emotion lane's band, where the map scrolled to."""
        table = self.grid.table
        row = self.row()
        count = self.grid.model.columnCount()
        if row is None or not count or table.isRowHidden(row):
            self.curve.hide()
            return
        header = self.grid.stage_header
        x0 = header.sectionViewportPosition(0)
        x1 = header.sectionViewportPosition(count - 1) + header.sectionSize(count - 1)
        height = table.rowHeight(row)
        band = min(emotion_band_height(QFontMetrics(table.font())), height)
        bottom = table.rowViewportPosition(row) + height
        self.curve.setGeometry(x0, bottom - band, x1 - x0, band - 1)
        self.curve.set_scale(emotion_scale(self.grid.zoom))
        self.curve.set_columns(*self.columns())
        self.curve.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: a resized viewport moves the lane."""
        if event.type() == QEvent.Type.Resize:
            self._timer.start()
        return False
