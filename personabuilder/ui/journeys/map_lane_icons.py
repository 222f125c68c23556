"""Small line icons for the lane kinds, drawn with QPainter paths (crisp at every zoom)."""

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from personabuilder.model import LaneKind


def lane_icon_path(kind: LaneKind, r: QRectF) -> tuple[QPainterPath, QPainterPath]:
    """The icon of a lane kind in ``r``: a path to stroke and a path to fill."""
    stroke, fill = QPainterPath(), QPainterPath()
    x, y, w, h = r.x(), r.y(), r.width(), r.height()
    if kind is LaneKind.TOUCHPOINTS:
        # A speech bubble with its tail.
        stroke.addRoundedRect(QRectF(x, y + h * 0.08, w, h * 0.62), w * 0.18, w * 0.18)
        stroke.moveTo(x + w * 0.28, y + h * 0.70)
        stroke.lineTo(x + w * 0.22, y + h * 0.95)
        stroke.lineTo(x + w * 0.50, y + h * 0.70)
        for k in (0.3, 0.5, 0.7):
            fill.addEllipse(QPointF(x + w * k, y + h * 0.39), w * 0.07, w * 0.07)
    elif kind is LaneKind.EMOTION:
        # A smiling face.
        stroke.addEllipse(r.adjusted(w * 0.04, h * 0.04, -w * 0.04, -h * 0.04))
        fill.addEllipse(QPointF(x + w * 0.35, y + h * 0.38), w * 0.07, w * 0.07)
        fill.addEllipse(QPointF(x + w * 0.65, y + h * 0.38), w * 0.07, w * 0.07)
        smile = QRectF(x + w * 0.28, y + h * 0.35, w * 0.44, h * 0.35)
        stroke.arcMoveTo(smile, 200)
        stroke.arcTo(smile, 200, 140)
    elif kind is LaneKind.PAIN_POINTS:
        # A warning triangle with its exclamation mark.
        stroke.moveTo(x + w * 0.5, y + h * 0.05)
        stroke.lineTo(x + w * 0.97, y + h * 0.92)
        stroke.lineTo(x + w * 0.03, y + h * 0.92)
        stroke.closeSubpath()
        stroke.moveTo(x + w * 0.5, y + h * 0.36)
        stroke.lineTo(x + w * 0.5, y + h * 0.62)
        fill.addEllipse(QPointF(x + w * 0.5, y + h * 0.77), w * 0.065, w * 0.065)
    elif kind is LaneKind.OPPORTUNITIES:
        # A five-pointed star.
        c = r.center()
        outer, inner = w * 0.5, w * 0.21
        for i in range(10):
            radius = outer if i % 2 == 0 else inner
            angle = math.radians(-90 + i * 36)
            p = QPointF(
                c.x() + radius * math.cos(angle), c.y() + 0.06 * h + radius * math.sin(angle)
            )
            if i == 0:
                stroke.moveTo(p)
            else:
                stroke.lineTo(p)
        stroke.closeSubpath()
    elif kind is LaneKind.METRICS:
        # A bar chart on its axis.
        for k, top in ((0.12, 0.55), (0.42, 0.25), (0.72, 0.05)):
            fill.addRect(QRectF(x + w * k, y + h * top, w * 0.2, h * (0.85 - top)))
        stroke.moveTo(x, y + h * 0.92)
        stroke.lineTo(x + w, y + h * 0.92)
    elif kind is LaneKind.BACKSTAGE:
        # A cog: a ring with eight teeth.
        c = r.center()
        stroke.addEllipse(c, w * 0.30, w * 0.30)
        stroke.addEllipse(c, w * 0.10, w * 0.10)
        for i in range(8):
            a = math.radians(i * 45)
            stroke.moveTo(c.x() + w * 0.30 * math.cos(a), c.y() + w * 0.30 * math.sin(a))
            stroke.lineTo(c.x() + w * 0.47 * math.cos(a), c.y() + w * 0.47 * math.sin(a))
    else:
        # Text: a paragraph of lines.
        for k, length in ((0.15, 1.0), (0.40, 1.0), (0.65, 1.0), (0.90, 0.6)):
            stroke.moveTo(x, y + h * k)
            stroke.lineTo(x + w * length, y + h * k)
    return stroke, fill


def draw_lane_icon(painter: QPainter, kind: LaneKind, rect: QRectF, colour: QColor) -> None:
    """Draws a lane kind's icon in ``rect``."""
    stroke, fill = lane_icon_path(kind, rect)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(colour, max(1.2, rect.width() / 11))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(stroke)
    painter.fillPath(fill, colour)
    painter.restore()
