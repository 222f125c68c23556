"""PyInstaller runtime hook: points the bundled fontconfig at the bundle's font setup."""

import os
import sys
from pathlib import Path


def _use_bundled_fontconfig() -> None:
    # packaging/fonts.conf includes the system's setup and adds the bundled fonts; a setup
    # the user chose through these variables is left alone.
    if os.environ.get("FONTCONFIG_FILE") or os.environ.get("FONTCONFIG_PATH"):
        return
    bundled = Path(getattr(sys, "_MEIPASS", "")) / "fontconfig" / "fonts.conf"
    if bundled.is_file():
        os.environ["FONTCONFIG_FILE"] = str(bundled)


_use_bundled_fontconfig()
