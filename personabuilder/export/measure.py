"""Printed widths of text in the bundled fonts, read from their advance widths.

The poster lays its grid out from these widths and the report's small charts place their
labels by them, before WeasyPrint sets the same text in the same fonts.
"""

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any, Final

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

    As in the PDF (export/fonts.py ``FACES``): Hebrew and Arabic from their own fonts, the
    rest from DejaVu Sans, and what DejaVu lacks from the script, CJK and emoji fonts whose
    range holds it.
    """

    def __init__(self, bold: bool) -> None:
        from personabuilder.export.fonts import BEFORE_SANS, FACES, FONT_FAMILY, _spans, face_of

        self._main = _advances(face_of(FONT_FAMILY, bold).file)
        self._scripts: list[tuple[tuple[tuple[int, int], ...], str, bool]] = []
        for family in dict.fromkeys(f.family for f in FACES if f.unicode_range):
            cut = face_of(family, bold)
            # Hebrew and Arabic come before DejaVu in the font stack; CJK and emoji after it.
            first = family in BEFORE_SANS
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


# Where a line may break between words: any white space but the no-break spaces (French
# punctuation and amounts, "12 500 €", print as one unit with them).
_BREAKING_SPACE: Final = re.compile(r"[^\S\u00a0\u2007\u202f]+")


def words(text: str) -> list[str]:
    """The words of ``text`` as lines break between them."""
    return [word for word in _BREAKING_SPACE.split(text) if word]


@cache
def face(bold: bool) -> Face:
    """The widths of the regular or bold cut."""
    return Face(bold)


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Printed width of ``text`` at ``size`` (in the unit of ``size``, e.g. points)."""
    return face(bold).width(text) * size


# Words wider than their line ------------------------------------------------------------------

# What WeasyPrint adds where it hyphenates (the CSS "hyphenate-character" it computes).
_HYPHEN: Final = "\u2010"
# hyphenate-limit-chars: auto, as WeasyPrint reads it: words of 5 letters or more, at least
# 2 letters before the hyphen and 2 after.
_HYPHENATE_WORD: Final = 5
_HYPHENATE_SIDE: Final = 2


@cache
def _dictionary(lang: str) -> Any:
    """Pyphen's hyphenation patterns for ``lang`` as WeasyPrint picks them, or None."""
    import pyphen

    found = pyphen.language_fallback(lang) if lang else None
    if not found:
        return None
    return pyphen.Pyphen(lang=found, left=_HYPHENATE_SIDE, right=_HYPHENATE_SIDE)


# Capital, small and title-case letters (not modifier letters such as the IPA stress mark,
# before which a line may break).
_CASED: Final = frozenset({"Lu", "Ll", "Lt"})


def _plain(text: str) -> bool:
    """Whether ``text`` is only letters and digits of the cased alphabets (Latin, Greek, Cyrillic):
    Pango finds no place to break a line inside it and takes it as one word (UAX #14 and
    #29), which is then known without asking it (nor loading WeasyPrint to ask)."""
    return all(
        ch < "\u0530" and (ch.isdecimal() or unicodedata.category(ch) in _CASED) for ch in text
    )


def _line_breaks(text: str, lang: str) -> list[int]:
    """Where Pango may end a line inside ``text`` (after a hyphen, a slash…): the indices of
    the characters a line may start with, the first excepted."""
    if _plain(text):
        return []
    from weasyprint.text.line_break import get_log_attrs

    attrs = get_log_attrs(text, lang)
    return [i for i in range(1, len(text)) if attrs[i].is_line_break]


@lru_cache(maxsize=50_000)
def _word(text: str, bold: bool, scale: float, lang: str) -> tuple[tuple[float, ...], list[int]]:
    """The widths of each start of ``text`` (``ends[i]``: its first ``i`` characters) and
    where Pango may break a line inside it."""
    glyphs = face(bold)
    ratio = scale * _WIDTH_SAFETY
    ends = [0.0]
    for ch in text:
        ends.append(ends[-1] + glyphs.char(ch) * ratio)
    return tuple(ends), _line_breaks(text, lang)


@lru_cache(maxsize=20_000)
def broken_word(
    text: str, width: float, *, bold: bool = False, scale: float = 1.0, lang: str = ""
) -> tuple[int, float]:
    """``text`` (one word, no spaces) set from the start of a line ``width`` ems wide, as
    WeasyPrint breaks it under ``hyphens: auto`` and ``overflow-wrap: break-word``: how many
    lines it takes after the first, and how wide its last line is.

    Each line ends at the last place Pango may break that fits (after a hyphen, a slash); then
    the first word of five letters or more that follows is hyphenated at the longest of its
    hyphenation points that still fits, hyphen included. Only where neither fits on an empty
    line is the word broken between letters, as many as the line holds. Taking every
    hyphenation point of the word, or breaking between any letters, would pack the lines
    tighter than the engine does and measure a cell too short.
    """
    ends, _ = _word(text, bold, scale, lang)
    start, more = 0, 0
    while ends[-1] - ends[start] > width:
        start = _line_end(text, start, width, (bold, scale, lang), True)
        more += 1
    return more, ends[-1] - ends[start]


def fitting_piece(
    text: str, room: float, *, bold: bool = False, scale: float = 1.0, lang: str = ""
) -> int:
    """How many characters of ``text`` (a word that does not fit whole) WeasyPrint puts at
    the end of a line with ``room`` ems left: up to a place Pango may break inside it, or
    hyphenated as ``broken_word`` says; 0 when nothing fits and the word starts the next
    line."""
    if room <= 0:
        return 0
    return _line_end(text, 0, room, (bold, scale, lang), False)


@lru_cache(maxsize=50_000)
def _next_word(text: str, lang: str) -> tuple[int, int] | None:
    """Start and end of the first word of ``text`` as Pango finds words (UAX #29: "l'UE" and
    "example.com" are one word each), or None."""
    if len(text) < 2:
        return None
    if _plain(text):
        return 0, len(text)
    from weasyprint.text.line_break import get_log_attrs

    attrs = get_log_attrs(text, lang)
    first = 0
    for index in range(len(text) + 1):
        if attrs[index].is_word_end:
            return first, index
        if attrs[index].is_word_boundary:
            first = index
    return None


@lru_cache(maxsize=50_000)
def _hyphenation_points(word: str, lang: str) -> tuple[int, ...]:
    """Where Pyphen would hyphenate ``word``, the last first."""
    dictionary = _dictionary(lang)
    if dictionary is None:
        return ()
    points: list[int] = dictionary.positions(word)
    return tuple(sorted(points, reverse=True))


def _line_end(
    text: str, start: int, width: float, cut: tuple[bool, float, str], at_start: bool
) -> int:
    """Where the line that holds ``text`` from ``start`` ends when ``width`` ems are left for
    it (see ``broken_word``); ``start`` again when nothing fits and the line does not start
    with it (the word goes to the next line)."""
    bold, scale, lang = cut
    ends, breaks = _word(text, bold, scale, lang)
    fitting = [i for i in breaks if i > start and ends[i] - ends[start] <= width]
    base = fitting[-1] if fitting else start
    hyphen = face(bold).char(_HYPHEN) * scale * _WIDTH_SAFETY
    # The engine hyphenates the first word long enough up to the next break opportunity.
    offset = base
    following = next((i for i in breaks if i > base), len(text))
    while (found := _next_word(text[offset:following], lang)) is not None:
        first, last = offset + found[0], offset + found[1]
        if last - first >= _HYPHENATE_WORD:
            for point in _hyphenation_points(text[first:last], lang):
                if ends[first + point] - ends[start] + hyphen <= width:
                    return first + point
            break
        offset = last
    if base > start or not at_start:
        return base
    letters = start + 1  # at least one letter a line, however narrow
    while letters < len(text) and ends[letters + 1] - ends[start] <= width:
        letters += 1
    return letters
