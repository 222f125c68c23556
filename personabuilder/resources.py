"""The one place that finds resources/ and templates/: checkout, installed wheel, or bundle."""

import sys
from functools import cache
from pathlib import Path
from typing import Final

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root() -> Path:
    """The folder holding resources/ and templates/."""
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)  # PyInstaller unpacks data beside the code
    if bundle:
        candidates.append(Path(bundle))
    candidates += [_PACKAGE_DIR.parent, Path(sys.prefix) / "share" / "personabuilder"]
    for folder in candidates:
        if (folder / "resources").is_dir():
            return folder
    raise FileNotFoundError("PersonaBuilder's resources folder is missing from this install")


def resources_dir() -> Path:
    """Bundled resources: fonts, icons, translations."""
    return _root() / "resources"


def templates_dir() -> Path:
    """Bundled Jinja templates of the PDF deliverables."""
    return _root() / "templates"


def translations_dir() -> Path:
    """Compiled Qt translations (.qm)."""
    return resources_dir() / "translations"


# Scripts DejaVu Sans (the main bundled font) has no letters for, each with a Noto Sans font
# in resources/fonts in a regular and a bold cut ("NotoSans<name>-Regular.ttf"), and the
# Unicode blocks of the script and its extensions. Joiners (U+200C, U+200D) are not listed:
# a font run keeps them with the letters they join.
NOTO_SCRIPTS: Final = (
    ("Devanagari", "U+900-97F, U+1CD0-1CFF, U+A8E0-A8FF"),
    ("Bengali", "U+980-9FF"),
    ("Gurmukhi", "U+A00-A7F"),
    ("Gujarati", "U+A80-AFF"),
    ("Oriya", "U+B00-B7F"),
    ("Tamil", "U+B80-BFF"),
    ("Telugu", "U+C00-C7F"),
    ("Kannada", "U+C80-CFF"),
    ("Malayalam", "U+D00-D7F"),
    ("Sinhala", "U+D80-DFF, U+111E0-111FF"),
    ("Thai", "U+E00-E7F"),
    ("Khmer", "U+1780-17FF, U+19E0-19FF"),
    ("Myanmar", "U+1000-109F, U+A9E0-A9FF, U+AA60-AA7F"),
    ("Ethiopic", "U+1200-139F, U+2D80-2DDF, U+AB00-AB2F"),
)
NOTO_CUTS: Final = (("Regular", "normal"), ("Bold", "bold"))


def noto_file(script: str, cut: str) -> str:
    """The file name of a NOTO_SCRIPTS font: ``noto_file("Thai", "Bold")``."""
    return f"NotoSans{script}-{cut}.ttf"
