"""Drawing the journey map: how a cell, its items and its marks are painted."""

import math
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
    QStaticText,
    QTransform,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from personabuilder.model import Evidence, LaneKind
from personabuilder.ui.common.contrast import AA_TEXT, contrast_ratio, relative_luminance
from personabuilder.ui.journeys.model import CANVAS_ROLE, CellCanvas, evidence_label

MAX_ROW_HEIGHT = 360  # at 100 %; longer cells scroll in the editor and show in the tooltip
MIN_MARK_PX = 12  # evidence and workshop marks stay legible at every zoom

_TEXT_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap)

EVIDENCE_COLOURS = {
    # (light theme, dark theme): graphics, so 3:1 against the cell is what they need.
    Evidence.ASSUMPTION: ("#c0392b", "#ff8a65"),
    Evidence.PARTLY_BACKED: ("#9a7d0a", "#f4d03f"),
    Evidence.RESEARCH_BACKED: ("#1e8449", "#58d68d"),
}
SEVERITY_COLOURS = ("#f6e27f", "#f5b041", "#e67e22", "#b03a2e", "#7b241c")
IMPACT_COLOURS = ("#d6eaf8", "#aed6f1", "#5dade2", "#1f618d", "#1b4f72")
EFFORT_COLOURS = ("#eaeded", "#d5d8dc", "#aab7b8", "#5d6d7e", "#424949")
STATUS_COLOURS = {
    "on_track": "#1e8449",
    "at_risk": "#f1c40f",
    "off_track": "#b03a2e",
    "not_available": "#7f8c8d",
}
WORKSHOP_COLOUR = "#8e44ad"
# Every badge fill takes black or white lettering at 4.5:1 or better (tests check it).


# -- colour arithmetic -----------------------------------------------------------------------


def luminance(colour: QColor) -> float:
    """WCAG relative luminance of an opaque colour."""
    return relative_luminance(colour)


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    return contrast_ratio(a, b)


def over(top: QColor, base: QColor) -> QColor:
    """``top`` (with its alpha) laid over the opaque ``base``."""
    a = top.alphaF()
    return QColor.fromRgbF(
        top.redF() * a + base.redF() * (1 - a),
        top.greenF() * a + base.greenF() * (1 - a),
        top.blueF() * a + base.blueF() * (1 - a),
    )


def ink_for(background: QColor, preferred: QColor | None = None) -> QColor:
    """``preferred`` when it reads on ``background`` (4.5:1), else black or white."""
    if preferred is not None and contrast(preferred, background) >= AA_TEXT:
        return preferred
    black, white = QColor("#1b1b1b"), QColor("#ffffff")
    return black if contrast(black, background) >= contrast(white, background) else white


def is_dark(palette: QPalette) -> bool:
    """True under a dark theme."""
    return luminance(palette.color(QPalette.ColorRole.Base)) < 0.2


def evidence_colour(evidence: Evidence, palette: QPalette) -> QColor:
    """The colour of an evidence mark under the palette's theme."""
    light, dark = EVIDENCE_COLOURS[evidence]
    return QColor(dark if is_dark(palette) else light)


def emotion_band_height(metrics: QFontMetrics) -> int:
    """Height of the emotion curves' band at the bottom of the emotion lane."""
    # Never so flat that the five levels run together (small zooms).
    return max(round(metrics.height() * 6.5), 84)


# -- layout ----------------------------------------------------------------------------------


@dataclass
class Piece:
    """One thing painted in a cell, in the cell's coordinates."""

    kind: str  # text, badge, chip, label, bullet, workshop
    rect: QRectF
    text: str = ""
    style: tuple[str, object] = ("", 0)  # what decides the colours: ("severity", 4) ...
    tip: str = ""
    static: QStaticText | None = None


@dataclass
class CellLayout:
    """A laid-out cell: what goes where, and the height it needs."""

    pieces: list[Piece] = field(default_factory=list)
    height: int = 0
    band: int = 0  # the emotion band at the bottom (0 outside the emotion lane)


_SMALL: dict[tuple[str, float, int], QFont] = {}


def small_font(font: QFont) -> QFont:
    """The lettering of badges, chips and labels."""
    key = (font.family(), font.pointSizeF(), font.pixelSize())
    found = _SMALL.get(key)
    if found is None:
        found = _SMALL[key] = _make_small(font)
    return found


def _make_small(font: QFont) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(5.0, font.pointSizeF() * 0.84))
    else:
        small.setPixelSize(max(7, round(font.pixelSize() * 0.84)))
    small.setBold(True)
    return small


def _status_text(status: str) -> str:
    from personabuilder.ui.common.labels import status_label

    return status_label(status)


class _Layouter:
    """Lays out one cell's content in a given width and font."""

    def __init__(self, width: int, font: QFont) -> None:
        self.font = font
        self.fm = QFontMetrics(font)
        self.small = small_font(font)
        self.sfm = QFontMetrics(self.small)
        self.pad = max(3, round(self.fm.height() * 0.3))
        self.gap = max(2, round(self.fm.height() * 0.25))
        self.mark = max(MIN_MARK_PX, round(self.fm.height() * 0.9))
        self.width = max(width, 24)
        self.pieces: list[Piece] = []

    def paragraph(self, text: str, x: float, y: float, width: float) -> float:
        # A static text keeps its line breaks: measuring and painting use the same layout.
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        static.setTextWidth(max(width, 1.0))
        static.prepare(QTransform(), self.font)
        h = math.ceil(static.size().height())
        self.pieces.append(Piece("text", QRectF(x, y, width, h), text, static=static))
        return y + h

    def badge_size(self, text: str) -> QSize:
        return QSize(
            self.sfm.horizontalAdvance(text) + 2 * max(3, self.sfm.height() // 4),
            self.sfm.height() + 2,
        )

    def badge(self, text: str, x: float, y: float, style: tuple[str, object], tip: str) -> QRectF:
        size = self.badge_size(text)
        rect = QRectF(x, y, size.width(), size.height())
        self.pieces.append(Piece("badge", rect, text, style, tip))
        return rect

    def flow(
        self,
        labels: Sequence[tuple[str, str, tuple[str, object], str]],
        x: float,
        y: float,
        width: float,
    ) -> float:
        """Chips or labels side by side, wrapping to new rows; returns the bottom."""
        cx, row_h = x, 0.0
        hpad = max(4, self.sfm.height() // 3)
        for kind, text, style, tip in labels:
            fm = self.fm if kind == "chip" else self.sfm
            h = fm.height() + (6 if kind == "chip" else 2)
            advance = fm.horizontalAdvance(text) + 2
            w = min(advance + 2 * hpad, width)
            if cx > x and cx + w > x + width:
                cx, y = x, y + row_h + self.gap
                row_h = 0.0
            shown = text
            if advance + 2 * hpad > width:
                shown = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(w - 2 * hpad))
            self.pieces.append(Piece(kind, QRectF(cx, y, w, h), shown, style, tip))
            cx += w + self.gap
            row_h = max(row_h, h)
        return y + row_h

    def item(self, kind: LaneKind, item: dict[str, object], x: float, y: float) -> float:
        """One item: its badges or bullet in a gutter, its text, its labels."""
        width = self.width - x - self.pad
        text = str(item.get("text", ""))
        badges: list[tuple[str, tuple[str, object], str]] = []
        if kind is LaneKind.PAIN_POINTS and isinstance(item.get("severity"), int):
            n = int(item["severity"])  # type: ignore[call-overload]
            tip = QCoreApplication.translate("JourneyCanvas", "Severity {n} of 5").format(n=n)
            # The letter as the PDFs print it: "G" (gravité) in French.
            letter = QCoreApplication.translate("JourneyCanvas", "S", "severity badge letter")
            badges.append((f"{letter}{n}", ("severity", n), tip))
        if kind is LaneKind.OPPORTUNITIES:
            if isinstance(item.get("impact"), int):
                n = int(item["impact"])  # type: ignore[call-overload]
                tip = QCoreApplication.translate("JourneyCanvas", "Impact {n} of 5").format(n=n)
                badges.append((f"I{n}", ("impact", n), tip))
            if isinstance(item.get("effort"), int):
                n = int(item["effort"])  # type: ignore[call-overload]
                tip = QCoreApplication.translate("JourneyCanvas", "Effort {n} of 5").format(n=n)
                badges.append((f"E{n}", ("effort", n), tip))
        if kind in (LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
            gutter = self.badge_size("S5").width() + self.gap
        else:
            gutter = self.fm.horizontalAdvance("•") + self.gap
        bottom = y
        by = y + max(0, (self.fm.height() - self.badge_size("S5").height()) / 2)
        for label, style, tip in badges:
            rect = self.badge(label, x, by, style, tip)
            by = rect.bottom() + 2
            bottom = max(bottom, rect.bottom())
        if not badges:
            self.pieces.append(Piece("bullet", QRectF(x, y, gutter, self.fm.height()), "•"))
        tx = x + gutter
        if item.get("workshop"):
            mark = QRectF(tx, y + (self.fm.height() - self.mark) / 2, self.mark, self.mark)
            tip = QCoreApplication.translate("JourneyCanvas", "From the workshop “{title}”")
            self.pieces.append(
                Piece("workshop", mark, "", ("workshop", 0), tip.format(title=item["workshop"]))
            )
            tx += self.mark + self.gap
        tw = max(width - (tx - x), 8)
        bottom = max(bottom, self.paragraph(text, tx, y, tw))
        if kind is LaneKind.BACKSTAGE:
            labels = []
            if item.get("owner"):
                t = QCoreApplication.translate("JourneyCanvas", "Owner: {name}")
                labels.append(("label", t.format(name=item["owner"]), ("owner", 0), ""))
            if item.get("system"):
                t = QCoreApplication.translate("JourneyCanvas", "System: {name}")
                labels.append(("label", t.format(name=item["system"]), ("system", 0), ""))
            if labels:
                bottom = self.flow(labels, tx, bottom + 2, tw)
        return bottom

    def layout(self, canvas: CellCanvas, band: int) -> CellLayout:
        x, y = float(self.pad), float(self.pad)
        right = self.mark + self.pad if canvas.evidence is not None else 0
        inner = self.width - 2 * self.pad
        if canvas.evidence is not None and not canvas.filtered:
            self.pieces.append(
                Piece(
                    "evidence",
                    QRectF(self.width - self.pad - self.mark, self.pad, self.mark, self.mark),
                    "",
                    ("evidence", canvas.evidence),
                    evidence_label(canvas.evidence),
                )
            )
        bottom = y
        if not canvas.filtered:
            if canvas.text:
                bottom = self.paragraph(canvas.text, x, y, inner - right) + self.gap
            if canvas.kind is LaneKind.TOUCHPOINTS:
                chips = [
                    ("chip", str(i.get("text", "")), ("chip", 0), str(i.get("text", "")))
                    for i in canvas.items
                    if str(i.get("text", ""))
                ]
                if chips:
                    bottom = self.flow(chips, x, bottom, inner - (right if bottom == y else 0))
                    bottom += self.gap
            else:
                for item in canvas.items:
                    self.width -= right if bottom == y else 0
                    end = self.item(canvas.kind, item, x, bottom)
                    self.width += right if bottom == y else 0
                    bottom = end + self.gap
            for status, name, value in canvas.metrics:
                line = QCoreApplication.translate("JourneyCanvas", "{name}: {value}").format(
                    name=name, value=value
                )
                bottom = self.paragraph(line, x, bottom, inner - (right if bottom == y else 0))
                label = _status_text(status)
                rect = self.badge(label, x, bottom + 2, ("status", status), label)
                bottom = rect.bottom() + self.gap * 2
        height = int(bottom) + self.pad - (self.gap if bottom > y else 0)
        if band:
            height = max(height, self.pad + self.mark) + band
        return CellLayout(self.pieces, max(height, self.fm.height() + 2 * self.pad), band)


_CACHE: dict[tuple[object, ...], CellLayout] = {}
_CACHE_SIZE = 4000


def layout_cell(canvas: CellCanvas, width: int, font: QFont) -> CellLayout:
    """Where everything of a cell goes at ``width`` (cached: painting stays cheap)."""
    # The words drawn depend on the language too (badge letters): a new catalogue lays out anew.
    language = QCoreApplication.translate("JourneyCanvas", "S", "severity badge letter")
    key = (
        canvas.key,
        width,
        font.family(),
        font.pointSizeF(),
        font.pixelSize(),
        font.bold(),
        language,
    )
    found = _CACHE.get(key)
    if found is not None:
        return found
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.clear()
    lay = _Layouter(width, font)
    band = emotion_band_height(lay.fm) if canvas.kind is LaneKind.EMOTION else 0
    result = lay.layout(canvas, band)
    _CACHE[key] = result
    return result


# -- painting --------------------------------------------------------------------------------


def _scale_colour(style: tuple[str, object]) -> QColor:
    kind, value = style
    if kind == "severity":
        return QColor(SEVERITY_COLOURS[max(1, min(5, int(value))) - 1])  # type: ignore[call-overload]
    if kind == "impact":
        return QColor(IMPACT_COLOURS[max(1, min(5, int(value))) - 1])  # type: ignore[call-overload]
    if kind == "effort":
        return QColor(EFFORT_COLOURS[max(1, min(5, int(value))) - 1])  # type: ignore[call-overload]
    if kind == "status":
        return QColor(STATUS_COLOURS.get(str(value), STATUS_COLOURS["not_available"]))
    return QColor(WORKSHOP_COLOUR)


def cell_background(option: QStyleOptionViewItem, tint: object) -> QColor:
    """The opaque colour a cell's text stands on."""
    base = option.palette.color(QPalette.ColorRole.Base)
    return over(tint, base) if isinstance(tint, QColor) else base


def draw_evidence(painter: QPainter, rect: QRectF, evidence: Evidence, palette: QPalette) -> None:
    """The evidence mark: hollow dashed ring, half disc or full disc."""
    colour = evidence_colour(evidence, palette)
    r = rect.adjusted(1.5, 1.5, -1.5, -1.5)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if evidence is Evidence.ASSUMPTION:
        pen = QPen(colour, max(1.6, r.width() / 7))
        pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        c = r.center()
        painter.drawEllipse(c, r.width() / 7, r.width() / 7)
    elif evidence is Evidence.PARTLY_BACKED:
        painter.setPen(QPen(colour, max(1.4, r.width() / 9)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(r)
        half = QPainterPath()
        half.moveTo(r.center())
        half.arcTo(r, 90, 180)
        half.closeSubpath()
        painter.fillPath(half, colour)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawEllipse(r)
    painter.restore()


def evidence_pixmap(evidence: Evidence, palette: QPalette, size: int = 16) -> QPixmap:
    """An evidence mark as the cells draw it, for legends and menus."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    draw_evidence(painter, QRectF(0, 0, size, size), evidence, palette)
    painter.end()
    return pixmap


def draw_more(painter: QPainter, rect: QRectF, background: QColor, ink: QColor) -> None:
    """A cell cut by the row's height: its last lines fade out over three dots."""
    fade = min(rect.height() / 3, 28.0)
    gradient = QLinearGradient(0, rect.bottom() - fade, 0, rect.bottom())
    clear = QColor(background)
    clear.setAlpha(0)
    gradient.setColorAt(0.0, clear)
    gradient.setColorAt(0.7, background)
    gradient.setColorAt(1.0, background)
    painter.fillRect(QRectF(rect.left(), rect.bottom() - fade, rect.width(), fade), gradient)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    r = max(1.5, fade / 14)
    y = rect.bottom() - 3 * r
    for k in (-1, 0, 1):
        painter.drawEllipse(QPointF(rect.center().x() + k * 4 * r, y), r, r)
    painter.restore()


def draw_workshop_mark(painter: QPainter, rect: QRectF) -> None:
    """A sticky note with a folded corner: captured in a workshop."""
    colour = QColor(WORKSHOP_COLOUR)
    r = rect.adjusted(1, 1, -1, -1)
    fold = r.width() * 0.35
    path = QPainterPath()
    path.moveTo(r.topLeft())
    path.lineTo(r.right(), r.top())
    path.lineTo(r.right(), r.bottom() - fold)
    path.lineTo(r.right() - fold, r.bottom())
    path.lineTo(r.left(), r.bottom())
    path.closeSubpath()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillPath(path, colour)
    painter.setPen(QPen(QColor("#ffffff"), max(1.0, r.width() / 10)))
    for k in (0.33, 0.55):
        y = r.top() + r.height() * k
        painter.drawLine(QPointF(r.left() + 2.5, y), QPointF(r.right() - 2.5, y))
    painter.restore()


class CellPainter(QStyledItemDelegate):
    """Draws a cell of the map: its text, items as chips and badges, and its marks."""

    def _layout(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> CellLayout | None:
        canvas = index.data(CANVAS_ROLE)
        if not isinstance(canvas, CellCanvas):
            return None
        return layout_cell(canvas, option.rect.width(), option.font)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt override: the cell's tint, its pieces, and the selection frame."""
        canvas = index.data(CANVAS_ROLE)
        if not isinstance(canvas, CellCanvas):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        palette = option.palette
        tint = index.data(Qt.ItemDataRole.BackgroundRole)
        background = cell_background(option, tint)
        lay = layout_cell(canvas, rect.width(), option.font)
        base = palette.color(QPalette.ColorRole.Base)
        ink, chip_fill = _inks(background, palette.color(QPalette.ColorRole.Text), base)
        if canvas.filtered:
            ink = QColor(ink)
            ink.setAlphaF(0.5)
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        key: tuple[object, ...] = (id(lay), rect.width(), rect.height(), ratio)
        key += (background.rgba(), ink.rgba(), base.rgba())
        cached = _PIXMAPS.get(key)
        if cached is None or cached[0] is not lay:
            # Painted once into a picture of the cell: repaints (scrolling, an edit that
            # moves the rows below) then only copy it.
            pixmap = QPixmap(
                max(1, math.ceil(rect.width() * ratio)), max(1, math.ceil(rect.height() * ratio))
            )
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(background)
            inner = QPainter(pixmap)
            inner.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            small = small_font(option.font)
            for piece in lay.pieces:
                self._paint_piece(inner, piece, option, ink, chip_fill, small)
            if lay.height > rect.height() and not lay.band:
                draw_more(inner, QRectF(0, 0, rect.width(), rect.height()), background, ink)
            inner.end()
            cached = (lay, pixmap)
            _remember(key, cached)
        painter.save()
        painter.drawPixmap(rect.topLeft(), cached[1])
        state = option.state
        if state & QStyle.StateFlag.State_Selected:
            pen = QPen(palette.color(QPalette.ColorRole.Highlight), 2.0)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        painter.restore()

    def _paint_piece(
        self,
        painter: QPainter,
        piece: Piece,
        option: QStyleOptionViewItem,
        ink: QColor,
        chip_fill: QColor,
        small: QFont,
    ) -> None:
        kind = piece.kind
        if kind == "text":
            painter.setFont(option.font)
            painter.setPen(ink)
            if piece.static is not None:
                painter.drawStaticText(piece.rect.topLeft(), piece.static)
            else:
                painter.drawText(piece.rect, _TEXT_FLAGS, piece.text)
        elif kind == "bullet":
            painter.setFont(option.font)
            painter.setPen(ink)
            painter.drawText(piece.rect, int(Qt.AlignmentFlag.AlignLeft), piece.text)
        elif kind == "evidence":
            draw_evidence(painter, piece.rect, piece.style[1], option.palette)  # type: ignore[arg-type]
        elif kind == "workshop":
            draw_workshop_mark(painter, piece.rect)
        elif kind == "badge":
            fill = _scale_colour(piece.style)
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            radius = piece.rect.height() / 2
            painter.drawRoundedRect(piece.rect, radius, radius)
            painter.setFont(small)
            painter.setPen(ink_for(fill))
            painter.drawText(piece.rect, int(Qt.AlignmentFlag.AlignCenter), piece.text)
            painter.restore()
        elif kind in ("chip", "label"):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            border = QColor(ink)
            border.setAlphaF(0.35)
            painter.setPen(QPen(border, 1.0))
            painter.setBrush(QBrush(chip_fill))
            radius = piece.rect.height() / 2 if kind == "chip" else 3.0
            painter.drawRoundedRect(piece.rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius)
            painter.setFont(option.font if kind == "chip" else small)
            painter.setPen(ink_for(chip_fill, option.palette.color(QPalette.ColorRole.Text)))
            painter.drawText(piece.rect, int(Qt.AlignmentFlag.AlignCenter), piece.text)
            painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Qt override: the height the laid-out cell needs at the column's width."""
        lay = self._layout(option, index)
        if lay is None:
            return super().sizeHint(option, index)
        return QSize(option.rect.width(), lay.height)

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Qt override: a badge or mark under the mouse says what it means."""
        if event.type() == QEvent.Type.ToolTip:
            lay = self._layout(option, index)
            if lay is not None:
                pos = QPointF(event.pos() - option.rect.topLeft())
                for piece in lay.pieces:
                    # A chip's tip is its own name: worth showing only when it was cut.
                    useful = piece.kind != "chip" or piece.text != piece.tip
                    if piece.tip and useful and piece.rect.contains(pos):
                        QToolTip.showText(event.globalPos(), piece.tip, view)
                        return True
        return super().helpEvent(event, view, option, index)


_PIXMAPS: "OrderedDict[tuple[object, ...], tuple[CellLayout, QPixmap]]" = OrderedDict()
_PIXMAP_BUDGET = 64 * 1024 * 1024  # bytes of cell pictures kept
_pixmap_bytes = 0


def _remember(key: tuple[object, ...], entry: tuple[CellLayout, QPixmap]) -> None:
    """Keeps a cell's picture, forgetting the least recently made beyond the budget."""
    global _pixmap_bytes
    old = _PIXMAPS.pop(key, None)
    if old is not None:
        _pixmap_bytes -= old[1].width() * old[1].height() * 4
    _PIXMAPS[key] = entry
    _pixmap_bytes += entry[1].width() * entry[1].height() * 4
    while _pixmap_bytes > _PIXMAP_BUDGET and len(_PIXMAPS) > 1:
        _, (_, dropped) = _PIXMAPS.popitem(last=False)
        _pixmap_bytes -= dropped.width() * dropped.height() * 4


_INKS: dict[tuple[int, int, int], tuple[QColor, QColor]] = {}


def _inks(background: QColor, text: QColor, base: QColor) -> tuple[QColor, QColor]:
    """The text colour on a cell's background, and the fill of its chips (memoised)."""
    key = (background.rgba(), text.rgba(), base.rgba())
    found = _INKS.get(key)
    if found is None:
        found = (ink_for(background, text), over(_alpha(base, 0.82), background))
        _INKS[key] = found
    return found


def _alpha(colour: QColor, alpha: float) -> QColor:
    result = QColor(colour)
    result.setAlphaF(alpha)
    return result
