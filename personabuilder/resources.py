"""The one place that finds resources/ and templates/: checkout, installed wheel, or bundle."""

import sys
from functools import cache
from pathlib import Path

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
