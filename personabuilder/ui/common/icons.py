"""The interface's icons: one open-licence set (Phosphor), coloured from the palette and
drawn again when the theme changes.

The Phosphor font (MIT licence) and its glyph map come with the QtAwesome package, which
keeps them versioned and maintained; we read those two files and draw the glyphs ourselves.
Importing QtAwesome's code would bring in QtPy and every Qt module it wraps, about 0.25 s
before the window could show.
"""

import json
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontDatabase,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

# Every icon of the interface, by the role it plays; the only place that names glyphs.
NAMES = {
    "new_persona": "user-plus",
    "new_map": "map-trifold",
    "add_stage": "columns",
    "add_lane": "rows",
    "snapshot": "camera",
    "workshop": "presentation-chart",
    "export": "file-pdf",
    "new_workspace": "file-plus",
    "new_demo": "sparkle",
    "open": "folder-open",
    "recent": "clock-counter-clockwise",
    "sidebar": "list",
}

# The dynamic property a widget or action keeps its icon's role in, to be drawn again.
ROLE_PROPERTY = "pbIcon"

# The glyph fills this share of the icon's square, as icon fonts are drawn in toolbars.
_GLYPH_SHARE = 0.9


class IconFontMissing(RuntimeError):
    """The Phosphor font files are not where the QtAwesome package keeps them."""


def font_files() -> tuple[Path, Path]:
    """The Phosphor font and its glyph map, found in the installed QtAwesome package."""
    spec = find_spec("qtawesome")  # locates the package without running its code
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    for folder in (Path(f) / "fonts" for f in folders):
        # The files carry Phosphor's version in their names: found, not spelled out.
        fonts = sorted(folder.glob("phosphor-[0-9]*.ttf"))
        charmaps = sorted(folder.glob("phosphor-charmap-*.json"))
        if fonts and charmaps:
            return fonts[-1], charmaps[-1]
    raise IconFontMissing("the Phosphor icon font of the qtawesome package is not installed")


@cache
def _font_and_glyphs() -> tuple[str, dict[str, str]]:
    """The font family, loaded once into Qt's font database, and each icon's character."""
    ttf, charmap = font_files()
    font_id = QFontDatabase.addApplicationFont(str(ttf))
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        raise IconFontMissing(f"Qt could not load the icon font {ttf.name}")
    codes = json.loads(charmap.read_text(encoding="utf-8"))
    glyphs = {name: chr(int(codes[glyph], 16)) for name, glyph in NAMES.items()}
    return families[0], glyphs


class _GlyphEngine(QIconEngine):
    """Draws one glyph of the icon font, at any size and screen density, in mode colours."""

    def __init__(self, family: str, glyph: str, colours: dict[QIcon.Mode, QColor]) -> None:
        super().__init__()
        self._family, self._glyph, self._colours = family, glyph, colours

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        """Qt override: the glyph centred in ``rect``."""
        font = QFont(self._family)
        font.setPixelSize(max(1, round(min(rect.width(), rect.height()) * _GLYPH_SHARE)))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(font)
        painter.setPen(self._colours.get(mode, self._colours[QIcon.Mode.Normal]))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), self._glyph)
        painter.restore()

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        """Qt override: the glyph on a transparent pixmap of ``size``."""
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        """Qt override: sharp on high-density screens (drawn at the device's pixels)."""
        pixmap = self.pixmap(
            QSize(round(size.width() * scale), round(size.height() * scale)), mode, state
        )
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> "QIconEngine":
        """Qt override."""
        return _GlyphEngine(self._family, self._glyph, dict(self._colours))


def icon(role: str, palette: QPalette | None = None) -> QIcon:
    """The icon of ``role`` in the text colours of ``palette`` (default: the application's)."""
    if palette is None:
        palette = QApplication.palette() if QGuiApplication.instance() else QPalette()
    family, glyphs = _font_and_glyphs()
    group, text = QPalette.ColorGroup, QPalette.ColorRole.ButtonText
    colours = {
        QIcon.Mode.Normal: palette.color(group.Active, text),
        QIcon.Mode.Active: palette.color(group.Active, text),
        QIcon.Mode.Disabled: palette.color(group.Disabled, text),
        QIcon.Mode.Selected: palette.color(group.Active, QPalette.ColorRole.HighlightedText),
    }
    return QIcon(_GlyphEngine(family, glyphs[role], colours))


def set_icon(target: QAction | QAbstractButton, role: str) -> None:
    """Gives ``target`` the icon of ``role`` and remembers it for ``refresh``."""
    target.setProperty(ROLE_PROPERTY, role)
    target.setIcon(icon(role))


def refresh(root: QWidget) -> None:
    """Draws again, in today's palette, the icons set with ``set_icon`` under ``root``."""
    targets: list[QAction | QAbstractButton] = [
        *root.findChildren(QAction),
        *root.findChildren(QAbstractButton),
    ]
    for target in targets:
        role = target.property(ROLE_PROPERTY)
        if isinstance(role, str) and role in NAMES:
            target.setIcon(icon(role))
