"""Persona avatars: the photo cropped to a circle, or initials on the archetype's colour."""

import unicodedata
from collections import OrderedDict

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPainterPath, QPixmap

from personabuilder.model import Archetype

ARCHETYPE_COLOURS = {
    Archetype.EXECUTIVE_SPONSOR: "#1b6ca8",
    Archetype.TECHNICAL_EVALUATOR: "#2e8540",
    Archetype.END_USER_CHAMPION: "#c05621",
    Archetype.CUSTOM: "#6b5b95",
}

# Enough for a few screens of cards and table rows at two sizes; a 56 px avatar is ~12 kB.
_CACHE_SIZE = 512
_CacheKey = tuple[str, Archetype, int, float, int]
_cache: OrderedDict[_CacheKey, QPixmap] = OrderedDict()


def _first_letter(word: str) -> str:
    for char in word:
        if char.isalpha() or char.isdigit():
            # "ß".upper() is "SS": an initial stays one character.
            return char.upper()[0]
    return ""


def initials(name: str) -> str:
    """Up to two capital letters for a name: first and last word, or one for a single word."""
    words = [w for w in unicodedata.normalize("NFC", name).split() if _first_letter(w)]
    if not words:
        return ""
    if len(words) == 1:
        return _first_letter(words[0])
    return _first_letter(words[0]) + _first_letter(words[-1])


def _photo_image(photo: bytes | None) -> QImage | None:
    if not photo:
        return None
    image = QImage.fromData(photo)
    return None if image.isNull() else image


def _paint(
    name: str, archetype: Archetype, image: QImage | None, size: int, ratio: float
) -> QPixmap:
    side = max(1, round(size * ratio))
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
        | QPainter.RenderHint.TextAntialiasing
    )
    circle = QRectF(0, 0, side, side)
    if image is not None:
        scaled = image.scaled(
            side,
            side,
            Qt.AspectRatioMode.KeepAspectRatioByExpanding,
            Qt.TransformationMode.SmoothTransformation,
        )
        path = QPainterPath()
        path.addEllipse(circle)
        painter.setClipPath(path)
        # Centre the picture: the longer side overflows evenly and is clipped.
        painter.drawImage(
            int((side - scaled.width()) / 2), int((side - scaled.height()) / 2), scaled
        )
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(ARCHETYPE_COLOURS[archetype]))
        painter.drawEllipse(circle)
        font = QFont(QGuiApplication.font())
        font.setBold(True)
        font.setPixelSize(max(1, round(side * 0.38)))
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, initials(name))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


def avatar_pixmap(
    name: str,
    archetype: Archetype,
    photo: bytes | None,
    size: int,
    device_pixel_ratio: float = 1.0,
) -> QPixmap:
    """A round avatar ``size`` logical pixels wide: the photo, or initials on a colour."""
    key = (name, archetype, size, device_pixel_ratio, hash(photo) if photo else 0)
    cached = _cache.get(key)
    if cached is not None:
        _cache.move_to_end(key)
        return cached
    pixmap = _paint(name, archetype, _photo_image(photo), size, device_pixel_ratio)
    _cache[key] = pixmap
    if len(_cache) > _CACHE_SIZE:
        _cache.popitem(last=False)
    return pixmap
