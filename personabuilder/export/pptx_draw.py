"""Drawing helpers of the PowerPoint deck: clean text, text boxes, tables, and text measure.

Every run written gets an explicit size (never inherited), so a deck read back can be checked
for its smallest text. Fonts are left to the deck's theme, which a client's template sets.
"""

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Emu, Pt

from personabuilder.export.measure import face

# XML 1.0 forbids C0 controls but tab, line feed and carriage return, lone surrogates and
# U+FFFE/U+FFFF. They are removed; a vertical tab or form feed becomes a line break first.
_FORBIDDEN: Final = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_BREAKS: Final = re.compile("[\x0b\x0c\r]\n?")

EMU_PER_PT: Final = 12700
LINE: Final = 1.22  # line height, in ems


def clean(text: object) -> str:
    """``text`` as XML can hold it: forbidden control characters removed, breaks as \\n."""
    return _FORBIDDEN.sub("", _BREAKS.sub("\n", str(text)))


def colour(hex_colour: str) -> RGBColor:
    """A "#rrggbb" colour as python-pptx's RGBColor."""
    red, green, blue = (int(hex_colour.lstrip("#")[i : i + 2], 16) for i in (0, 2, 4))
    return RGBColor(red, green, blue)  # type: ignore[no-untyped-call]


def lines_of(text: str, width_pt: float, size: float, bold: bool = False) -> int:
    """How many lines ``text`` takes in a box ``width_pt`` wide at ``size`` points, measured
    in DejaVu Sans (wider than the usual theme fonts, so the estimate errs on the safe side);
    word-wrapped, a word split only when longer than a line."""
    measure = face(bold).width
    per_line = max(width_pt / size, 1.0)  # ems a line holds
    space = measure(" ")
    count = 0
    for paragraph in text.split("\n"):
        used, lines = 0.0, 1
        for word in paragraph.split(" "):
            ems = measure(word)
            if used and used + space + ems > per_line:
                lines += 1
                used = 0.0
            if ems > per_line:
                lines += math.ceil(ems / per_line) - 1
                used = ems % per_line
            else:
                used += (space if used else 0.0) + ems
        count += lines
    return count


def split_to_lines(
    text: str, width_pt: float, size: float, lines: int, bold: bool = False
) -> tuple[str, str]:
    """``text`` cut at a word so the first part takes at most ``lines`` lines; the rest."""
    words = text.split(" ")
    low, high = 0, len(words)
    while low < high:  # the most words that fit
        middle = (low + high + 1) // 2
        if lines_of(" ".join(words[:middle]), width_pt, size, bold) <= lines:
            low = middle
        else:
            high = middle - 1
    if low == 0:  # one word longer than the room: cut it by characters
        word = words[0]
        per = max(int(width_pt / size) * lines, 1)
        return word[:per], " ".join([word[per:], *words[1:]]).strip()
    return " ".join(words[:low]), " ".join(words[low:])


@dataclass(frozen=True)
class Run:
    """A piece of text with its size, weight and colour ("" keeps the theme's colour)."""

    text: str
    size: float
    bold: bool = False
    italic: bool = False
    colour: str = ""


Paragraph = Sequence[Run]


def write_paragraphs(
    frame: Any,
    paragraphs: Sequence[Paragraph],
    *,
    align: PP_ALIGN | None = None,
    space_after: float = 0.0,
) -> None:
    """Replaces a text frame's text with ``paragraphs``, every run with its explicit size."""
    frame.clear()
    for index, runs in enumerate(paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        if align is not None:
            paragraph.alignment = align
        if space_after:
            paragraph.space_after = Pt(space_after)
        for piece in runs:
            run = paragraph.add_run()
            run.text = clean(piece.text)
            font = run.font
            font.size = Pt(piece.size)
            font.bold = piece.bold
            font.italic = piece.italic
            if piece.colour:
                font.color.rgb = colour(piece.colour)
        # The paragraph's end mark gets the size of its text too (an empty line has one).
        end = paragraph._p.get_or_add_endParaRPr()
        end.set("sz", str(int((runs[-1].size if runs else 12) * 100)))


def fill_frame(
    frame: Any,
    paragraphs: Sequence[Paragraph],
    *,
    align: PP_ALIGN | None = None,
    anchor: MSO_ANCHOR = MSO_ANCHOR.TOP,
    margin_pt: float = 4.0,
    space_after: float = 0.0,
) -> None:
    """Writes ``paragraphs`` into a text frame, every run with its explicit size."""
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    frame.vertical_anchor = anchor
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, Pt(margin_pt))
    write_paragraphs(frame, paragraphs, align=align, space_after=space_after)


def text_box(
    slide: Any,
    box: tuple[int, int, int, int],
    paragraphs: Sequence[Paragraph],
    **options: Any,
) -> Any:
    """A text box at ``box`` (left, top, width, height in EMU) holding ``paragraphs``."""
    shape = slide.shapes.add_textbox(*(Emu(v) for v in box))
    fill_frame(shape.text_frame, paragraphs, **options)
    return shape


def rectangle(
    slide: Any,
    box: tuple[int, int, int, int],
    fill: str,
    *,
    shape_type: MSO_SHAPE = MSO_SHAPE.RECTANGLE,
    line: str = "",
) -> Any:
    """A filled shape, without outline unless ``line`` is given, and without shadow."""
    shape = slide.shapes.add_shape(shape_type, *(Emu(v) for v in box))
    shape.fill.solid()
    shape.fill.fore_color.rgb = colour(fill)
    if line:
        shape.line.color.rgb = colour(line)
        shape.line.width = Pt(0.75)
    else:
        shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def fill_cell(cell: Any, paragraphs: Sequence[Paragraph], fill: str, margin_pt: float) -> None:
    """A table cell's background and text (explicit sizes), top-aligned."""
    cell.fill.solid()
    cell.fill.fore_color.rgb = colour(fill)
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(cell, side, Pt(margin_pt))
    cell.vertical_anchor = MSO_ANCHOR.TOP
    frame = cell.text_frame
    frame.word_wrap = True
    write_paragraphs(frame, paragraphs)
