"""The interface's icons: one open-licence set (Phosphor, through QtAwesome), coloured from the
palette and drawn again when the theme changes."""

import os
from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QIcon, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

# QtAwesome reaches Qt through QtPy, which would pick PyQt5 first if one were installed.
os.environ.setdefault("QT_API", "pyside6")

# Phosphor (MIT licence), the one icon set of the interface: its regular weight matches the
# thin lines of the Fusion style, and every icon we need exists in it.
PREFIX = "ph"

# Every icon of the interface, by the role it plays; the only place that names glyphs.
NAMES = {
    "new_persona": "ph.user-plus",
    "new_map": "ph.map-trifold",
    "add_stage": "ph.columns",
    "add_lane": "ph.rows",
    "snapshot": "ph.camera",
    "workshop": "ph.presentation-chart",
    "export": "ph.file-pdf",
    "new_workspace": "ph.file-plus",
    "new_demo": "ph.sparkle",
    "open": "ph.folder-open",
    "recent": "ph.clock-counter-clockwise",
    "sidebar": "ph.list",
}

# The dynamic property a widget or action keeps its icon's role in, to be drawn again.
ROLE_PROPERTY = "pbIcon"

_font: Any = None


def _iconic_font() -> Any:
    """The Phosphor font, loaded once (only this font: QtAwesome's default loads all ten)."""
    global _font  # one font database entry per process
    if _font is None:
        import qtawesome  # type: ignore[import-untyped]
        from qtawesome.iconic_font import IconicFont  # type: ignore[import-untyped]

        # The files carry Phosphor's version in their names: found, not spelled out.
        folder = Path(qtawesome.__file__).parent / "fonts"
        ttf = max(folder.glob("phosphor-[0-9]*.ttf"))
        charmap = max(folder.glob("phosphor-charmap-*.json"))
        _font = IconicFont((PREFIX, ttf.name, charmap.name))
    return _font


def icon(role: str, palette: QPalette | None = None) -> QIcon:
    """The icon of ``role`` in the text colours of ``palette`` (default: the application's)."""
    if palette is None:
        palette = QApplication.palette()
    group, text = QPalette.ColorGroup, QPalette.ColorRole.ButtonText
    result = _iconic_font().icon(
        NAMES[role],
        color=palette.color(group.Active, text).name(),
        color_active=palette.color(group.Active, text).name(),
        color_disabled=palette.color(group.Disabled, text).name(),
        color_selected=palette.color(group.Active, QPalette.ColorRole.HighlightedText).name(),
    )
    assert isinstance(result, QIcon)
    return result


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
