"""The map's stage headers (columns) and lane headers (rows), drawn at the map's zoom."""

from PySide6.QtCore import QModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QHeaderView, QWidget

from personabuilder.ui.journeys.canvas import emotion_band_height, ink_for, over
from personabuilder.ui.journeys.emotion_curve import (
    HIGH,
    LOW,
    band_inset,
    emotion_scale,
    format_score,
)
from personabuilder.ui.journeys.map_lane_icons import draw_lane_icon
from personabuilder.ui.journeys.model import CANVAS_ROLE, LaneHead, StageHead

_WRAP = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
_MAX_LANE_TEXT = 130  # at 100 %: longer lane names wrap


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
        if self.count():
            # Drops the cached size hint: the lettering changed size.
            self.headerDataChanged(self.orientation(), 0, self.count() - 1)
        self.updateGeometry()
        self.viewport().update()

    def _metrics(self) -> QFontMetrics:
        return QFontMetrics(self.font())

    def _pad(self) -> int:
        return max(3, round(self._metrics().height() * 0.35))

    def _selected(self, logical: int) -> bool:
        selection = self.selectionModel()
        if selection is None:
            return False
        if self.orientation() == Qt.Orientation.Horizontal:
            return selection.isColumnSelected(logical, QModelIndex()) or (
                selection.currentIndex().column() == logical
            )
        return selection.isRowSelected(logical, QModelIndex()) or (
            selection.currentIndex().row() == logical
        )

    def _head(self, logical: int) -> object:
        model = self.model()
        return None if model is None else model.headerData(logical, self.orientation(), CANVAS_ROLE)


class StageHeader(_ZoomedHeader):
    """The stages along the top of the map: numbered, in their colours, with loop arrows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._sizes_key: tuple[str, int] | None = None
        self._sizes_value = (0, 0)
        self._section_sizes: dict[str, int] = {}  # a label's width, at the current font

    def stage_heads(self) -> list[StageHead]:
        """Every stage as the header draws it."""
        model = self.model()
        heads = getattr(model, "stage_heads", None)
        if heads is not None:
            return list(heads())
        found = [self._head(i) for i in range(self.count())]
        return [h for h in found if isinstance(h, StageHead)]

    def _sizes(self) -> tuple[int, int]:
        """The loop band's and the name band's heights, measured once per map and font."""
        loops = sum(1 for h in self.stage_heads() if h.loop_to is not None)
        key = (self.font().key(), loops)
        if self._sizes_key != key:
            if self._sizes_key is None or self._sizes_key[0] != key[0]:
                self._section_sizes.clear()
            fm = self._metrics()
            band = round(fm.height() * (0.5 + 0.7 * loops)) if loops else 0
            name = QFontMetrics(self._name_font())
            self._sizes_value = (band, 2 * self._pad() + 2 * name.lineSpacing())
            self._sizes_key = key
        return self._sizes_value

    def loops_height(self) -> int:
        """Height of the band of loop arrows above the stage names (0 without loops)."""
        return self._sizes()[0]

    def _name_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _band_height(self) -> int:
        return self._sizes()[1]

    def label(self, head: StageHead) -> str:
        """What a stage header reads: its number and its name."""
        return f"{head.number}\u2002{head.name}"

    def name_lines(self, head: StageHead, width: int) -> int:
        """How many lines a stage's name takes at a section width."""
        fm = QFontMetrics(self._name_font())
        inner = max(width - 2 * self._pad(), 1)
        height = fm.boundingRect(QRect(0, 0, inner, 100_000), _WRAP, self.label(head)).height()
        return max(1, round(height / fm.lineSpacing()))

    def sizeHint(self) -> QSize:
        """Qt override: two lines of bold names under the loop band."""
        size = super().sizeHint()
        return QSize(size.width(), self.loops_height() + self._band_height())

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        """Qt override: the narrowest width that holds the whole name in two lines."""
        height = self.loops_height() + self._band_height()
        head = self._head(logicalIndex)
        if not isinstance(head, StageHead):
            return QSize(40, height)
        text = self.label(head)
        known = self._section_sizes.get(text)
        if known is not None:
            return QSize(known, height)
        fm = QFontMetrics(self._name_font())
        longest_word = max(fm.horizontalAdvance(w) for w in text.split())
        width = max(longest_word, fm.horizontalAdvance(text) // 2)
        while self.name_lines(head, width + 2 * self._pad()) > 2:
            width += fm.averageCharWidth()
        self._section_sizes[text] = width + 2 * self._pad() + 2
        return QSize(self._section_sizes[text], height)

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        """Qt override: the stage's colour as a band, its number and name in contrast."""
        head = self._head(logicalIndex)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        painter.save()
        painter.fillRect(rect, window)
        if not isinstance(head, StageHead):
            painter.restore()
            return
        band = QRect(rect.adjusted(1, self.loops_height(), -1, -2))
        fill = QColor(head.colour) if head.colour else palette.color(QPalette.ColorRole.Button)
        fill = over(fill, window)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = max(3.0, self._pad() * 0.8)
        painter.drawRoundedRect(QRectF(band), radius, radius)
        ink = ink_for(fill, palette.color(QPalette.ColorRole.ButtonText))
        if self._selected(logicalIndex):
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3.0))
            y = band.bottom() - 0.5
            painter.drawLine(QPointF(band.left() + 2, y), QPointF(band.right() - 2, y))
        painter.setFont(self._name_font())
        painter.setPen(ink)
        pad = self._pad()
        inner = band.adjusted(pad, pad // 2, -pad, -pad // 2)
        fm = QFontMetrics(self._name_font())
        text = self.label(head)
        if self.name_lines(head, band.width()) > 2:
            # The column is narrower than the name needs: the tooltip has it whole.
            first = fm.elidedText(text, Qt.TextElideMode.ElideRight, inner.width() * 2 - 8)
            text = first
        painter.drawText(inner, _WRAP, text)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt override: the sections, then the loop arrows across them."""
        super().paintEvent(event)
        heads = self.stage_heads()
        loops = [(i, h.loop_to) for i, h in enumerate(heads) if h.loop_to is not None]
        if not loops:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.palette().color(QPalette.ColorRole.WindowText))
        fm = self._metrics()
        level = fm.height() * 0.7
        bottom = float(self.loops_height()) - 1
        arrow = max(4.0, fm.height() * 0.3)
        pen = QPen(colour, max(1.5, fm.height() / 10))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        for k, (source, target) in enumerate(loops):
            assert target is not None
            # A loop leaves a stage left of its middle and arrives right of it: a stage
            # both left and reached by loops shows two distinct lines.
            xs = self.sectionViewportPosition(source) + self.sectionSize(source) * 0.35
            xt = self.sectionViewportPosition(target) + self.sectionSize(target) * 0.65
            y = fm.height() * 0.25 + k * level + level / 2
            path = QPainterPath(QPointF(xs, bottom))
            path.lineTo(xs, y)
            path.lineTo(xt, y)
            path.lineTo(xt, bottom - arrow)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            head = QPolygonF(
                [
                    QPointF(xt - arrow * 0.7, bottom - arrow),
                    QPointF(xt + arrow * 0.7, bottom - arrow),
                    QPointF(xt, bottom),
                ]
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(head)
        painter.end()


class LaneHeader(_ZoomedHeader):
    """The lanes down the left of the map: an icon for the kind, then the lane's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)

    def _icon_size(self) -> int:
        return max(12, round(self._metrics().height() * 1.05))

    def _ticks_width(self, head: LaneHead) -> int:
        from personabuilder.model import LaneKind

        if head.kind is not LaneKind.EMOTION:
            return 0
        return self._metrics().horizontalAdvance("+2") + self._pad()

    def _text_width(self, head: LaneHead) -> int:
        fm = self._metrics()
        cap = round(_MAX_LANE_TEXT * self.zoom)
        return min(fm.horizontalAdvance(head.name) + 2, cap)

    def sectionSizeFromContents(self, logicalIndex: int) -> QSize:
        """Qt override: icon, gap and name (wrapping past a cap), and the emotion ticks."""
        head = self._head(logicalIndex)
        fm = self._metrics()
        if not isinstance(head, LaneHead):
            return QSize(40, fm.height())
        pad = self._pad()
        text = self._text_width(head)
        width = pad + self._icon_size() + pad + text + pad + self._ticks_width(head) + pad
        lines = fm.boundingRect(QRect(0, 0, text, 100_000), _WRAP, head.name).height()
        return QSize(width, lines + 2 * pad)

    def name_rect(self, rect: QRect, head: LaneHead) -> QRect:
        """Where a lane's name is drawn in its section."""
        pad = self._pad()
        left = rect.left() + 3 + pad + self._icon_size() + pad
        right = rect.right() - pad - self._ticks_width(head)
        return QRect(left, rect.top() + pad, max(right - left, 1), max(rect.height() - 2 * pad, 1))

    def paintSection(self, painter: QPainter, rect: QRect, logicalIndex: int) -> None:
        """Qt override: a strip in the lane's colour, the kind's icon and the name."""
        head = self._head(logicalIndex)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        painter.save()
        fill = over(palette.color(QPalette.ColorRole.Button), window)
        painter.fillRect(rect, fill)
        line = QColor(palette.color(QPalette.ColorRole.Mid))
        painter.setPen(line)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.drawLine(rect.topRight(), rect.bottomRight())
        if not isinstance(head, LaneHead):
            painter.restore()
            return
        if head.colour:
            painter.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(head.colour))
        if self._selected(logicalIndex):
            painter.fillRect(
                QRect(rect.left(), rect.top(), 4, rect.height()),
                palette.color(QPalette.ColorRole.Highlight),
            )
        ink = ink_for(fill, palette.color(QPalette.ColorRole.ButtonText))
        fm = self._metrics()
        pad = self._pad()
        size = self._icon_size()
        text_rect = self.name_rect(rect, head)
        lines = fm.boundingRect(text_rect, _WRAP, head.name).height()
        top = rect.top() + pad
        icon = QRectF(
            rect.left() + 3 + pad, top + max(0, (min(lines, fm.height()) - size) / 2), size, size
        )
        draw_lane_icon(painter, head.kind, icon, ink)
        painter.setFont(self.font())
        painter.setPen(ink)
        painter.drawText(
            text_rect,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
            head.name,
        )
        ticks = self._ticks_width(head)
        if ticks:
            self._paint_ticks(painter, rect, ink)
        painter.restore()

    def _paint_ticks(self, painter: QPainter, rect: QRect, ink: QColor) -> None:
        """The score levels, level with the emotion curves' band at the lane's bottom."""
        fm = self._metrics()
        band = emotion_band_height(fm)
        inset = band_inset(emotion_scale(self.zoom))
        top = rect.bottom() + 1 - band + inset
        height = band - 2 * inset
        faint = QColor(ink)
        faint.setAlphaF(0.6)
        step = height / (HIGH - LOW)
        for level in range(LOW, HIGH + 1):
            y = top + (HIGH - level) * step
            if y - fm.height() / 2 < rect.top() or (level % 2 and step < fm.height()):
                continue
            painter.setPen(ink if level in (LOW, 0, HIGH) else faint)
            painter.drawText(
                QRectF(rect.left(), y - fm.height() / 2, rect.width() - self._pad(), fm.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                format_score(level),
            )
