"""Printed widths of text in the bundled fonts, read from their advance widths.

The poster lays its grid out from these widths and the report's small charts place their
labels by them, before WeasyPrint sets the same text in the same fonts.
"""

import unicodedata
from functools import cache
from typing import Final

_WIDTH_SAFETY: Final = 1.03  # measured widths are taken a little wider than the font says
# Marks drawn in the font of their neighbours but missing from DejaVu: a wide glyph.
_WIDE: Final = 1.0
_EMOJI: Final = 1.3
_UNKNOWN: Final = 0.7


@cache
def _advances(file_name: str) -> dict[int, float]:
    """Advance widths (ems) of the characters of one bundled font file."""
    from fontTools.ttLib import TTFont

    from personabuilder.resources import resources_dir

    font = TTFont(str(resources_dir() / "fonts" / file_name), lazy=True)
    try:
        upem = float(font["head"].unitsPerEm)
        metrics = font["hmtx"].metrics
        return {code: metrics[name][0] / upem for code, name in font.getBestCmap().items()}
    finally:
        font.close()


class Face:
    """Advance widths, in ems, of the fonts our text prints with at one weight.

    As in the PDF (export/pdf.py ``FACES``): Hebrew and Arabic from their own fonts, the rest
    from DejaVu Sans, and what DejaVu lacks from the CJK and emoji fonts whose range holds it.
    """

    def __init__(self, bold: bool) -> None:
        from personabuilder.export.fonts import FACES, FONT_FAMILY, _spans

        weight = "bold" if bold else "normal"
        main = next(
            f
            for f in FACES
            if f.family == FONT_FAMILY and f.weight == weight and f.style == "normal"
        )
        self._main = _advances(main.file)
        self._scripts: list[tuple[tuple[tuple[int, int], ...], str, bool]] = []
        for family in dict.fromkeys(f.family for f in FACES if f.unicode_range):
            cuts = [f for f in FACES if f.family == family]
            cut = next((f for f in cuts if f.weight == weight), cuts[0])
            # Hebrew and Arabic come before DejaVu in the font stack; CJK and emoji after it.
            first = family in ("PB Hebrew", "PB Arabic")
            self._scripts.append((_spans(cut.unicode_range), cut.file, first))
        self._cache: dict[str, float] = {}

    def _fallback(self, code: int, first: bool) -> float | None:
        for spans, file_name, before in self._scripts:
            if before == first and any(low <= code <= high for low, high in spans):
                found = _advances(file_name).get(code)
                if found is not None:
                    return found
        return None

    def char(self, ch: str) -> float:
        code = ord(ch)
        known = self._fallback(code, True)
        if known is None:
            known = self._main.get(code)
        if known is None:
            known = self._fallback(code, False)
        if known is not None:
            return known
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            return 0.0
        if code >= 0x1F000:
            return _EMOJI
        if unicodedata.east_asian_width(ch) in ("W", "F"):
            return _WIDE
        return _UNKNOWN

    def width(self, text: str) -> float:
        cached = self._cache.get(text)
        if cached is None:
            cached = sum(self.char(ch) for ch in text) * _WIDTH_SAFETY
            if len(self._cache) < 200_000:
                self._cache[text] = cached
        return cached


@cache
def face(bold: bool) -> Face:
    """The widths of the regular or bold cut."""
    return Face(bold)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Printed width of ``text`` at ``size`` (in the unit of ``size``, e.g. points)."""
    return face(bold).width(text) * size
