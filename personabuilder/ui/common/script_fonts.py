"""The bundled fonts of the scripts many systems lack, known to Qt for text on screen.

A persona named in Hindi or Thai showed as boxes in the sidebar of a computer without fonts
for those scripts (a bare Linux install); the PDFs had them already (export/fonts.py). Qt
falls back to application fonts like installed ones. Registering them takes some 10 ms, so
the app does it once its window is on screen, before a workspace is listed.
"""

from functools import cache

from PySide6.QtGui import QFontDatabase

from personabuilder.resources import NOTO_CUTS, NOTO_SCRIPTS, noto_file, resources_dir


@cache
def register_script_fonts() -> list[str]:
    """Adds each NOTO_SCRIPTS font to Qt's font database (once); the families Qt read."""
    folder = resources_dir() / "fonts"
    families: list[str] = []
    for name, _blocks in NOTO_SCRIPTS:
        for cut, _weight in NOTO_CUTS:
            font_id = QFontDatabase.addApplicationFont(str(folder / noto_file(name, cut)))
            families += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return sorted(set(families))
