"""Names in scripts many systems lack show on screen with the bundled fonts."""

from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from personabuilder.resources import NOTO_SCRIPTS
from personabuilder.ui.common.script_fonts import register_script_fonts


def test_each_bundled_script_font_is_known_to_qt_with_its_writing_system(qtbot: QtBot) -> None:
    families = register_script_fonts()
    for name, _blocks in NOTO_SCRIPTS:
        family = f"Noto Sans {name}"
        assert family in families
        # Qt reads the fonts' coverage: it falls back to them for text in these scripts.
        assert len(QFontDatabase.writingSystems(family)) >= 1
