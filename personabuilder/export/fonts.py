"""The bundled fonts as ``@font-face`` rules, and the ``pb-resource:`` URLs that name bundled files.

Text in any script prints with bundled fonts (``FACES``): DejaVu Sans as "PB Sans" (Latin,
Greek, Cyrillic, Armenian, Georgian, Lao, symbols), and one family per script it lacks
(Hebrew, Arabic, the scripts of India and Sri Lanka, Thai, Khmer, Myanmar, Ethiopic, CJK,
colour emoji), declared only when the text needs them (``fonts_css``).
"""

import importlib
from dataclasses import dataclass
from functools import cache
from typing import Any, Final
from urllib.parse import quote

from personabuilder.resources import NOTO_CUTS, NOTO_SCRIPTS, noto_file, resources_dir

RESOURCE_SCHEME: Final = "pb-resource"
_PREFIX: Final = RESOURCE_SCHEME + ":"
FONT_FAMILY: Final = "PB Sans"


@dataclass(frozen=True, slots=True)
class FontFace:
    """One ``@font-face``: a file under resources/fonts, its family, and what it serves."""

    family: str
    file: str
    weight: str = "normal"
    style: str = "normal"
    unicode_range: str = ""
    # Needed only for characters DejaVu Sans lacks (it draws ✓, ✗, arrows and many
    # symbols itself, which the emoji range also holds).
    beyond_dejavu: bool = False

    def serves(self, characters: "frozenset[str] | None") -> bool:
        """Whether the face may draw any of ``characters`` (None: any text at all)."""
        if characters is None or not self.unicode_range:
            return True
        spans = _spans(self.unicode_range)
        wanted = [c for c in characters if any(low <= ord(c) <= high for low, high in spans)]
        if self.beyond_dejavu and wanted:
            covered = _dejavu_coverage()
            return any(ord(char) not in covered for char in wanted)
        return bool(wanted)


@cache
def _dejavu_coverage() -> frozenset[int]:
    """The code points DejaVu Sans has a glyph for."""
    # fontTools (a WeasyPrint dependency) ships without type information.
    ttlib: Any = importlib.import_module("fontTools.ttLib")
    with ttlib.TTFont(str(resources_dir() / "fonts" / FACES[0].file), lazy=True) as font:
        return frozenset(font.getBestCmap())


@cache
def _spans(unicode_range: str) -> tuple[tuple[int, int], ...]:
    """``"U+590-5FF, U+200D"`` as ``((0x590, 0x5FF), (0x200D, 0x200D))``."""
    spans = []
    for part in unicode_range.split(","):
        low, _, high = part.strip().removeprefix("U+").partition("-")
        spans.append((int(low, 16), int(high or low, 16)))
    return tuple(spans)


# WeasyPrint 70 keys the fonts of a PDF by family, weight and style: two files under one
# family and style would share one embedded font and print each other's glyphs. So each
# script has its own family, and FONT_STACK lists them after "PB Sans" (DejaVu Sans: Latin,
# Greek, Cyrillic, symbols). ``unicode-range`` keeps each fallback to its own script: the
# emoji font also maps digits, "#", "*" (keycap bases), © and ®, which must stay in DejaVu.
# Faces without a bold or italic cut are slanted or emboldened by Pango.
_HEBREW: Final = "U+590-5FF, U+FB1D-FB4F"
_ARABIC: Final = "U+600-6FF, U+750-77F, U+8A0-8FF, U+FB50-FDFF, U+FE70-FEFF"
_CJK: Final = (
    "U+1100-11FF, U+2E80-2FDF, U+3000-4DBF, U+4E00-9FFF, U+A960-A97F, U+AC00-D7FF, "
    "U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF, U+20000-2FA1F"
)
_EMOJI: Final = (
    "U+200D, U+20E3, U+FE0F, U+2190-21FF, U+2300-23FF, U+2600-27BF, U+2B00-2BFF, "
    "U+1F000-1FAFF, U+E0020-E007F"
)
FACES: Final = (
    FontFace(FONT_FAMILY, "DejaVuSans.ttf"),
    FontFace(FONT_FAMILY, "DejaVuSans-Bold.ttf", "bold"),
    FontFace(FONT_FAMILY, "DejaVuSans-Oblique.ttf", style="italic"),
    FontFace(FONT_FAMILY, "DejaVuSans-BoldOblique.ttf", "bold", "italic"),
    FontFace("PB Hebrew", "NotoSansHebrew-Regular.ttf", unicode_range=_HEBREW),
    FontFace("PB Hebrew", "NotoSansHebrew-Bold.ttf", "bold", unicode_range=_HEBREW),
    FontFace("PB Arabic", "NotoSansArabic-Regular.ttf", unicode_range=_ARABIC),
    FontFace("PB Arabic", "NotoSansArabic-Bold.ttf", "bold", unicode_range=_ARABIC),
    *(
        FontFace(f"PB {name}", noto_file(name, cut), weight, unicode_range=blocks)
        for name, blocks in NOTO_SCRIPTS
        for cut, weight in NOTO_CUTS
    ),
    FontFace("PB CJK", "DroidSansFallback.ttf", unicode_range=_CJK),
    FontFace("PB Emoji", "NotoColorEmoji.ttf", unicode_range=_EMOJI, beyond_dejavu=True),
)
# Families whose script comes before "PB Sans" in the font stack: DejaVu Sans has a plainer
# cut of both. Every other fallback comes after it, in FACES' order.
BEFORE_SANS: Final = ("PB Hebrew", "PB Arabic")
# The CSS font-family list every document starts from (templates/base.css repeats it).
FONT_STACK: Final = (
    ", ".join(
        f'"{family}"'
        for family in (
            *BEFORE_SANS,
            FONT_FAMILY,
            *dict.fromkeys(
                f.family for f in FACES if f.unicode_range and f.family not in BEFORE_SANS
            ),
        )
    )
    + ', "DejaVu Sans", sans-serif'
)


def face_of(family: str, bold: bool) -> FontFace:
    """The upright face of ``family`` at the weight asked for, else its first face (a
    family with one cut, which Pango emboldens)."""
    cuts = [face for face in FACES if face.family == family and face.style == "normal"]
    weight = "bold" if bold else "normal"
    return next((face for face in cuts if face.weight == weight), cuts[0])


def resource_url(relative: str) -> str:
    """``pb-resource:`` URL of a file under resources/ (``fonts/a.ttf``) or ``templates/a.css``."""
    if not _clean_parts(relative):
        raise ValueError(f"not a path inside the bundled resources: {relative!r}")
    return _PREFIX + quote(relative, safe="/")


def fonts_css(text: str | None = None) -> str:
    """``@font-face`` rules of the bundled fonts (see ``FACES``); use them with FONT_STACK.

    With ``text`` (the document), the fallback faces none of its characters need are left
    out: WeasyPrint honours ``unicode-range`` when it picks a face, but still reads, copies
    and registers every declared font file, some 25 ms of each export for all of them.
    """
    characters = None if text is None else frozenset(text)
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; '
        f'src: url("{resource_url("fonts/" + face.file)}") format("truetype"); '
        f"font-weight: {face.weight}; font-style: {face.style}; "
        + (f"unicode-range: {face.unicode_range}; " if face.unicode_range else "")
        + "}"
        for face in FACES
        if face.serves(characters)
    )


def _clean_parts(relative: str) -> list[str] | None:
    """The path's parts when it stays inside its folder, else None."""
    if not relative or relative.startswith("/") or any(c in relative for c in "\\\x00:"):
        return None
    parts = relative.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    return parts
