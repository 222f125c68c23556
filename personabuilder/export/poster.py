"""The journey map poster, laid out from measured text: nothing is ever cut.

Every text of the map is measured with the advance widths of the bundled font (DejaVu Sans,
read with fontTools) and wrapped the way the engine wraps it: word by word, a word at the end
of a line hyphenated where WeasyPrint would, one wider than a line broken where it breaks it
(measure.py); the heights below mirror poster.css (line height, paddings, margins), in ems
of the text.

The layout then looks for the largest body text, never below ``MIN_POSTER_PT``, at which the
whole map fits one sheet, sharing the stage columns out by what each holds. When no size
fits, the map is tiled over several sheets like one big poster cut into pieces: each sheet
repeats its stages' headers and its lanes' names, says where it sits (column x of n, row y
of m) and carries assembly marks. A row taller than a whole sheet continues on the next.
``plan_poster`` answers, before anything is exported, how many sheets a paper takes and
which paper would hold the map on one sheet.
"""

import math
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from functools import cache, lru_cache
from html import escape
from typing import TYPE_CHECKING, Any, Final

from personabuilder.charts.text import word
from personabuilder.export import context as ctx
from personabuilder.export.measure import broken_word, face, fitting_piece, words
from personabuilder.model import LaneKind

if TYPE_CHECKING:
    from personabuilder.services import Services
    from personabuilder.services.readmodels import JourneyDetail

Context = dict[str, Any]

# Body text of a poster never prints smaller; the largest it grows to follows the paper.
MIN_POSTER_PT: Final = 7.5
_MAX_PT: Final[dict[str, float]] = {"A4": 10.0, "A3": 11.0, "A2": 13.0, "A1": 15.0, "A0": 18.0}
# Papers a map may suggest, smallest first.
PAPER_ORDER: Final = ("A4", "A3", "A2", "A1", "A0")
# The narrowest stage column, in ems of the body text (about 17 characters a line).
MIN_COLUMN_EM: Final = 10.0
_STEP: Final = 0.25  # text sizes are tried in quarter points

_PT_MM: Final = 25.4 / 72.0
_LINE: Final = 1.3  # line height (base.css)
_PAD: Final = 0.9  # top + bottom padding of a cell, lane name, stage header (poster.css)
_SIDE: Final = 1.0  # left + right padding
_PARA_GAP: Final = 0.25
_ITEM_GAP: Final = 0.15
_ITEM_INDENT: Final = 0.9
_METRIC_GAP: Final = 0.25
_METRIC_INDENT: Final = 1.5
_CHIP_PAD: Final = 0.6
_CHIP_GAP: Final = 0.25
_CHIP_ROW: Final = 0.25
_EVIDENCE_ONLY: Final = 1.2
_DESCRIPTION_EM: Final = 70.0  # widest line of the map's description, in its ems
_HEAD_SCALE: Final = 1.12  # stage header text, relative to the body
_GAP_MM: Final = 0.7  # between grid rows and columns
_CELL_RULE_MM: Final = 0.35  # coloured rule on top of each cell
_LANE_RULE_MM: Final = 1.2  # coloured rule left of each lane name


# Measuring text -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    """A word as it wraps: its width, and whether it breaks when wider than its line (as the
    engine breaks it, ``broken_word``, which needs its cut and language)."""

    text: str
    width: float
    breakable: bool = True
    bold: bool = False
    scale: float = 1.0
    lang: str = ""
    # What is glued after the word and never leaves it (an item's score badge and the space
    # before it), included in ``width``.
    tail: float = 0.0


@lru_cache(maxsize=50_000)
def _tokens(text: str, lang: str, bold: bool = False, scale: float = 1.0) -> tuple[_Token, ...]:
    widths = face(bold)
    return tuple(
        _Token(word, widths.width(word) * scale, True, bold, scale, lang) for word in words(text)
    )


def _count(tokens: Sequence[_Token], width: float, space: float) -> int:
    """How many lines the text of ``tokens`` takes in a box ``width`` ems wide.

    Words go on a line while they fit, as the engine fills lines. A word that does not fit
    leaves on the line what the engine puts there (``fitting_piece``: up to a hyphen or a
    slash inside it, or hyphenated) and goes on from the next; one wider than a whole line
    breaks where the engine breaks it (``broken_word``).
    """
    width = max(width, 0.5)
    lines, used = 1, -1.0  # -1: nothing on the line yet
    for token in tokens:
        size = token.width
        if used >= 0 and used + space + size <= width:
            used += space + size
            continue
        if used >= 0:
            # A badge glued after the word (``tail``) keeps the word whole: left unbroken.
            if token.breakable and not token.tail and len(token.text) >= 2:
                room = width - used - space
                cut = fitting_piece(
                    token.text, room, bold=token.bold, scale=token.scale, lang=token.lang
                )
                if cut:
                    token = _rest(token, cut)
                    size = token.width
            lines += 1
        if size <= width or not token.breakable:
            used = size
            continue
        more, used = broken_word(
            token.text, width, bold=token.bold, scale=token.scale, lang=token.lang
        )
        lines += more
        used += token.tail
        if used > width:  # the badge did not fit after the word's last piece
            lines += 1
            used = token.tail
    return lines


@lru_cache(maxsize=50_000)
def _rest(token: _Token, cut: int) -> _Token:
    """What of ``token`` goes on the next line once its first ``cut`` characters end one."""
    text = token.text[cut:]
    return replace(token, text=text, width=face(token.bold).width(text) * token.scale + token.tail)


@cache
def _space(bold: bool = False, scale: float = 1.0) -> float:
    return face(bold).width(" ") * scale


def text_lines(
    text: str, width: float, *, lang: str, bold: bool = False, scale: float = 1.0
) -> int:
    """Lines ``text`` in ``lang`` takes in a box ``width`` ems of the body text wide."""
    return _count(_tokens(text, lang, bold, scale), width, _space(bold, scale))


def _paragraph_tokens(prefix: str, text: str, lang: str) -> tuple[_Token, ...]:
    """A cell's paragraph: its words, after the evidence mark (bold) that opens the first."""
    tokens = _tokens(text, lang)
    mark = prefix.strip()
    return (_Token(mark, face(True).width(mark), False), *tokens) if mark else tokens


def _split_text(prefix: str, text: str, width: float, lines: int, lang: str) -> tuple[str, str]:
    """A paragraph ``text`` (after its evidence mark ``prefix``) cut between words after
    ``lines`` lines: what fits, and the rest."""
    parts = words(text)
    space = _space()
    tokens = _paragraph_tokens(prefix, text, lang)
    marks = len(tokens) - len(parts)
    low, high = 0, len(parts)
    while low < high:
        middle = (low + high + 1) // 2
        if _count(tokens[: marks + middle], width, space) <= lines:
            low = middle
        else:
            high = middle - 1
    return " ".join(parts[:low]), " ".join(parts[low:])


# Measuring cells ----------------------------------------------------------------------------


@dataclass
class _Block:
    """One piece of a cell (a paragraph, an item, a metric, a row of chips) and its height."""

    kind: str
    em: float
    payload: Any
    lines: int = 1
    prefix: str = ""  # the evidence mark that opens a cell's first paragraph


def _entry_tokens(entry: Mapping[str, Any], lang: str) -> tuple[_Token, ...]:
    return _item_tokens(entry["text"], entry.get("meta") or "", lang)


@lru_cache(maxsize=50_000)
def _item_tokens(text: str, meta: str, lang: str) -> tuple[_Token, ...]:
    tokens = _tokens(text, lang)
    if meta and tokens:
        # The scores print as one badge glued to the item's last word (poster.css .glue):
        # where the engine may break before the badge alone, it breaks lines unevenly.
        tail = _space() + face(True).width(meta) + 0.6
        last = tokens[-1]
        return (*tokens[:-1], replace(last, width=last.width + tail, tail=tail))
    return tokens


def _chip_rows(
    entries: Sequence[Mapping[str, Any]], width: float, lang: str
) -> list[tuple[list[Any], float]]:
    """Touchpoint chips side by side: rows of whole chips, and each row's height in ems."""
    rows: list[tuple[list[Any], float]] = []
    current: list[Any] = []
    used, tallest = width + 1.0, 0.0
    for entry in entries:
        natural = face(False).width(entry["text"]) + _CHIP_PAD
        lines = 1
        if natural > width:
            lines = text_lines(entry["text"], width - _CHIP_PAD, lang=lang)
            natural = width
        if current and used + _CHIP_GAP + natural > width:
            rows.append((current, tallest + _CHIP_ROW))
            current, used, tallest = [], 0.0, 0.0
        elif not current:
            used = 0.0
        current.append(entry)
        used += (_CHIP_GAP if len(current) > 1 else 0.0) + natural
        tallest = max(tallest, lines * _LINE)
    if current:
        rows.append((current, tallest + _CHIP_ROW))
    return rows


def _metric_em(metric: Mapping[str, Any], width: float, lang: str) -> float:
    name = _tokens(metric["name"], lang)
    status = _Token("", 1.1, False)
    name_lines = _count([status, *name], width, _space())
    value = f"{metric['latest']} / {metric['target']}"
    value_lines = text_lines(value, width - _METRIC_INDENT, lang=lang)
    return (name_lines + value_lines) * _LINE + _METRIC_GAP


def _blocks(cell: Mapping[str, Any], width: float, chips: bool, lang: str) -> list[_Block]:
    """The pieces of a cell ``width`` ems wide inside its padding, in the order they print."""
    out: list[_Block] = []
    paragraphs = list(cell["paragraphs"])
    evidence = cell.get("evidence")
    if evidence and not paragraphs:
        out.append(_Block("evidence", _EVIDENCE_ONLY, None))
    for index, paragraph in enumerate(paragraphs):
        prefix = f"{evidence['mark']} " if evidence and index == 0 else ""
        lines = _count(_paragraph_tokens(prefix, paragraph, lang), width, _space())
        out.append(_Block("paragraph", lines * _LINE + _PARA_GAP, paragraph, lines, prefix))
    if chips:
        for row, em in _chip_rows(cell["entries"], width, lang):
            out.append(_Block("chips", em, row))
    else:
        for entry in cell["entries"]:
            lines = _count(_entry_tokens(entry, lang), width - _ITEM_INDENT, _space())
            out.append(_Block("entry", lines * _LINE + _ITEM_GAP, entry, lines))
    for metric in cell["metrics"]:
        out.append(_Block("metric", _metric_em(metric, width, lang), metric))
    return out


def _content_em(blocks: Sequence[_Block]) -> float:
    return sum(block.em for block in blocks)


# The plan -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Paper:
    """A landscape sheet: width, height and margin in millimetres."""

    name: str
    width: float
    height: float
    margin: float

    @property
    def content_mm(self) -> float:
        return self.width - 2 * self.margin


def paper(name: str) -> Paper:
    width, height, margin = ctx.PAPERS[name]
    return Paper(name, width, height, margin)


@dataclass
class _Row:
    """A lane of the map (or the emotion chart band) over every stage."""

    name: str
    kind: str
    colour: str
    cells: list[Context]  # one a stage
    chart: bool = False
    continued: bool = False


@dataclass
class _Measure:
    """Sizes of the map at one text size, with the stages split into sheet columns."""

    font_pt: float
    groups: list[range]
    widths: list[list[float]]  # stage column widths of each group, mm
    label_mm: float
    head_mm: float  # tallest stage header row
    loops_mm: float  # the band the loop arrows take, 0 without loops
    row_mm: list[float]  # each row's height over every group (content, not stretched)

    @property
    def font_mm(self) -> float:
        return self.font_pt * _PT_MM


@dataclass
class PosterPlan:
    """How a journey map prints on one paper: text size, sheets, and a paper for one sheet."""

    paper: str
    font_pt: float
    columns: int  # sheets side by side
    rows: int  # sheets one above the other
    one_sheet_paper: str | None  # the smallest paper that holds the map on one sheet
    measure: _Measure = field(repr=False)
    bands: list[list[_Row]] = field(repr=False)  # rows of each sheet row
    band_mm: list[list[float]] = field(repr=False)  # stretched heights of those rows

    @property
    def sheets(self) -> int:
        return self.columns * self.rows


class _Layout:
    """Everything measured once for a map; sizes tried against papers."""

    def __init__(
        self,
        stages: Sequence[Context],
        rows: Sequence[_Row],
        head: Mapping[str, Any],
        labels: Mapping[str, str],
        lang: str,
        *,
        logo: bool,
        chart_share: float,
        fill: float = 1.0,
    ) -> None:
        self.stages, self.rows, self.head = list(stages), list(rows), head
        self.labels, self.lang, self.logo = labels, lang, logo
        self.chart_share, self.fill = chart_share, fill
        self._cells: dict[tuple[int, int, float], float] = {}
        # The plan asks for the same sizes more than once (a paper's first try, the search
        # for the largest text, the final layout): each is measured once.
        self._measures: dict[tuple[Paper, float, int], _Measure] = {}
        self.loops = [(i, s["loop_index"]) for i, s in enumerate(stages) if s["loop_index"] >= 0]
        # What each stage column holds, for sharing the width out.
        self.demand = [
            1.0 + sum(_text_em(row.cells[i]) for row in rows if not row.chart)
            for i in range(len(stages))
        ]

    # Heights ------------------------------------------------------------------------------

    def cell_em(self, row: int, stage: int, width_em: float) -> float:
        key = (row, stage, round(width_em, 2))
        found = self._cells.get(key)
        if found is None:
            spec = self.rows[row]
            chips = spec.kind == LaneKind.TOUCHPOINTS.value
            blocks = _blocks(spec.cells[stage], width_em - _SIDE, chips, self.lang)
            found = _PAD + _content_em(blocks)
            self._cells[key] = found
        return found

    def name_em(self, row: _Row, label_mm: float, font_mm: float) -> float:
        width = (label_mm - _LANE_RULE_MM) / font_mm - _SIDE
        lines = text_lines(row.name, width, lang=self.lang, bold=True)
        if row.chart:
            lines += text_lines(self.labels["emotion_scale"], width, lang=self.lang)
        return _PAD + lines * _LINE

    def stage_head_em(self, stage: Context, width_mm: float, font_mm: float) -> float:
        width = width_mm / (font_mm * _HEAD_SCALE) - _SIDE
        number = _Token(str(stage["number"]), 1.3 * 0.9, False)
        lines = _count([number, *_tokens(stage["name"], self.lang, True)], width, _space(True))
        return _HEAD_SCALE * (_PAD + lines * _LINE)

    # Sheet geometry ---------------------------------------------------------------------------

    def label_mm(self, sheet: Paper, font_mm: float) -> float:
        """The lane-name column: a share of the paper, and wide enough for the longest word."""
        longest = max(
            (face(True).width(w) for row in self.rows for w in words(row.name)), default=4.0
        )
        need = (min(longest, 14.0) + _SIDE) * font_mm + _LANE_RULE_MM + 0.5
        return round(max(20.0, sheet.width * 0.065, min(need, sheet.content_mm * 0.16)), 1)

    def head_pt(self, sheet: Paper) -> float:
        return max(8.0, round(sheet.height * 0.034, 1))

    def foot_pt(self, sheet: Paper) -> float:
        return max(MIN_POSTER_PT, round(sheet.height * 0.026, 1))

    def personas_mm(self, sheet: Paper) -> float:
        """Width of the persona chips column of the header."""
        if not self.head["personas"]:
            return 0.0
        font = self.head_pt(sheet) * _PT_MM
        widest = max(
            face(False).width(f"{p['name']} · {p['archetype']}") + 2.6
            for p in self.head["personas"]
        )
        counts = face(False).width(self.head["counts"]) * 0.85
        return round(min(max(widest, counts) * font + 1.0, sheet.content_mm * 0.4), 1)

    def logo_mm(self) -> float:
        return 40.0 if self.logo else 0.0

    def title_mm(self, sheet: Paper) -> float:
        """Width of the header's title column: what the logo and persona chips leave."""
        gaps = 5.0 * (bool(self.logo) + bool(self.head["personas"]))
        return round(sheet.content_mm - self.logo_mm() - self.personas_mm(sheet) - gaps, 2)

    def header_mm(self, sheet: Paper) -> float:
        """Height of the header band (.poster-head): title, description, persona chips."""
        font = self.head_pt(sheet) * _PT_MM
        width = self.title_mm(sheet) / font
        kicker = 0.8 * _LINE + 0.16
        title_lines = text_lines(self.head["title"], width / 2.2, lang=self.lang, bold=True)
        title = title_lines * 2.2 * 1.15 + 0.33
        # A description paragraph is at most _DESCRIPTION_EM wide (poster.css).
        line_em = min(width, _DESCRIPTION_EM)
        description = sum(
            text_lines(p, line_em, lang=self.lang) * _LINE + 0.35 for p in self.head["description"]
        )
        chips = len(self.head["personas"]) * 1.8 + 0.85 * _LINE + 0.2
        logo = 16.0 / font if self.logo else 0.0
        return max(kicker + title + description, chips, logo) * font + 5.8 + 0.5

    def footer_mm(self, sheet: Paper, tiled: bool) -> float:
        """Height of the footer: the legend (items never break) and the imprint line."""
        font = self.foot_pt(sheet) * _PT_MM
        width = sheet.content_mm / font
        legend = [
            _Token(text, face(True).width(text) + 1.0, False)
            for text in (
                self.labels["evidence"],
                *(e["mark"] + " " + e["label"] for e in ctx.evidence_legend(self.lang)),
                f"{self.labels['status']} ({self.labels['latest_target']})",
                *("✓ " + s["label"] for s in ctx.status_legend(self.lang)),
                self.labels["item_marks"],
            )
        ]
        lines = _count(legend, width, 0.0)
        # The imprint: company and date, and on a tiled sheet where it goes and its neighbours.
        imprint = "x" * 60
        if tiled:
            nine = {"x": 99, "y": 99, "columns": 99, "rows": 99}
            imprint += " · ".join(
                self.labels[key].format(**nine)
                for key in ("sheet_position", "sheet_right", "sheet_below")
            )
            imprint += " · " + self.labels["one_sheet_on"].format(paper="A0")
        lines += text_lines(imprint, width, lang=self.lang)
        return lines * _LINE * font + 0.3 * font + 3.5 + 0.5

    def chart_mm(self, sheet: Paper) -> float:
        return round(sheet.height * self.chart_share, 1) if self.chart_share else 0.0

    def room_mm(self, sheet: Paper, tiled: bool) -> float:
        """Height the grid may take: the page less margins, header and footer."""
        room = (
            sheet.height
            - 2 * sheet.margin
            - self.header_mm(sheet)
            - self.footer_mm(sheet, tiled)
            - (3.5 if tiled else 0.0)  # assembly marks
        )
        return room * self.fill

    # Columns ------------------------------------------------------------------------------

    def stages_per_sheet(self, sheet: Paper, font_mm: float, label_mm: float) -> int:
        free = sheet.content_mm - label_mm
        return max(1, int((free + _GAP_MM) / (MIN_COLUMN_EM * font_mm + _GAP_MM)))

    def _share(self, group: range, free_mm: float, alpha: float, floor_mm: float) -> list[float]:
        count = len(group)
        even = free_mm / count
        demand = [self.demand[i] for i in group]
        total = sum(demand)
        widths = [(1 - alpha) * even + alpha * free_mm * d / total for d in demand]
        # No column narrower than the floor: the others give the difference back.
        for _ in range(count):
            short = [i for i, w in enumerate(widths) if w < floor_mm - 1e-6]
            if not short:
                break
            missing = sum(floor_mm - widths[i] for i in short)
            wide = [i for i, w in enumerate(widths) if w > floor_mm + 1e-6]
            spare = sum(widths[i] - floor_mm for i in wide)
            for i in short:
                widths[i] = floor_mm
            for i in wide:
                widths[i] -= missing * (widths[i] - floor_mm) / spare if spare else 0.0
        return widths

    def group_heights(self, group: range, widths: Sequence[float], font_mm: float) -> list[float]:
        """Height (mm) of each row over the stages of ``group``."""
        heights = []
        for r, row in enumerate(self.rows):
            if row.chart:
                heights.append(0.0)
                continue
            tallest = max(
                self.cell_em(r, stage, width / font_mm) * font_mm + _CELL_RULE_MM
                for stage, width in zip(group, widths, strict=True)
            )
            heights.append(tallest)
        return heights

    def measure(self, sheet: Paper, font_pt: float, groups: int) -> _Measure:
        """Sizes of the map at ``font_pt`` with its stages split into ``groups`` sheet columns."""
        key = (sheet, font_pt, groups)
        found = self._measures.get(key)
        if found is None:
            found = self._measures[key] = self._measure(sheet, font_pt, groups)
        return found

    def _measure(self, sheet: Paper, font_pt: float, groups: int) -> _Measure:
        font_mm = font_pt * _PT_MM
        label = self.label_mm(sheet, font_mm)
        count = len(self.stages)
        per = max(1, math.ceil(count / groups))  # a map without stages has one empty group
        ranges = [range(s, min(s + per, count)) for s in range(0, count, per)]
        free_mm = sheet.content_mm - label
        floor = min(MIN_COLUMN_EM * font_mm, free_mm / per - _GAP_MM)
        all_widths: list[list[float]] = []
        row_mm = [0.0] * len(self.rows)
        head_em = 0.0
        for group in ranges:
            room = free_mm - _GAP_MM * len(group)
            best: tuple[float, list[float], list[float]] | None = None
            for alpha in (0.0, 0.5, 1.0):
                widths = self._share(group, room, alpha, floor)
                heights = self.group_heights(group, widths, font_mm)
                total = sum(heights)
                if best is None or total < best[0] - 1e-6:
                    best = (total, widths, heights)
            assert best is not None
            _, widths, heights = best
            all_widths.append(widths)
            row_mm = [max(a, b) for a, b in zip(row_mm, heights, strict=True)]
            head_em = max(
                head_em,
                *(
                    self.stage_head_em(self.stages[i], w, font_mm)
                    for i, w in zip(group, widths, strict=True)
                ),
            )
        for r, row in enumerate(self.rows):
            name = self.name_em(row, label, font_mm) * font_mm
            row_mm[r] = max(row_mm[r], name) if not row.chart else self.chart_mm(sheet)
        loops_mm = _loops_mm(len(self.loops), font_mm) if self.loops else 0.0
        return _Measure(font_pt, ranges, all_widths, label, head_em * font_mm, loops_mm, row_mm)

    def fixed_mm(self, m: _Measure) -> float:
        """What every sheet's grid holds above its lanes: loop arrows and stage headers."""
        return m.head_mm + _GAP_MM + (m.loops_mm + _GAP_MM if m.loops_mm else 0.0)

    def one_sheet(self, sheet: Paper, font_pt: float) -> _Measure | None:
        m = self.measure(sheet, font_pt, 1)
        font_mm = font_pt * _PT_MM
        if self.stages_per_sheet(sheet, font_mm, m.label_mm) < len(self.stages):
            return None
        total = self.fixed_mm(m) + sum(h + _GAP_MM for h in m.row_mm)
        return m if total <= self.room_mm(sheet, False) else None

    def bands(self, sheet: Paper, m: _Measure) -> tuple[list[list[_Row]], list[list[float]]]:
        """The rows of each sheet row (a row taller than a sheet continues on the next)."""
        room = self.room_mm(sheet, True) - self.fixed_mm(m)
        bands: list[list[_Row]] = [[]]
        heights: list[list[float]] = [[]]
        left = room
        for r, row in enumerate(self.rows):
            need = m.row_mm[r] + _GAP_MM
            if need <= left:
                bands[-1].append(row)
                heights[-1].append(m.row_mm[r])
                left -= need
                continue
            if need <= room or row.chart:
                if bands[-1]:
                    bands.append([])
                    heights.append([])
                bands[-1].append(row)
                heights[-1].append(m.row_mm[r])
                left = room - need
                continue
            # Taller than a whole sheet: the row goes on in pieces, from what is left here.
            if left < 0.25 * room and bands[-1]:
                bands.append([])
                heights.append([])
                left = room
            for piece in self._pieces(r, m, left - _GAP_MM, room - _GAP_MM):
                if piece[1] + _GAP_MM > left and bands[-1]:
                    bands.append([])
                    heights.append([])
                    left = room
                bands[-1].append(piece[0])
                heights[-1].append(piece[1])
                left -= piece[1] + _GAP_MM
        return bands, heights

    def _pieces(self, r: int, m: _Measure, first: float, room: float) -> list[tuple[_Row, float]]:
        """Row ``r`` cut between lines and items into pieces: the first ``first`` mm high at
        most, the others a sheet's ``room``."""
        row = self.rows[r]
        font_mm = m.font_mm
        chips = row.kind == LaneKind.TOUCHPOINTS.value
        widths = {
            i: w
            for g, ws in zip(m.groups, m.widths, strict=True)
            for i, w in zip(g, ws, strict=True)
        }
        per_cell: list[list[Context]] = []
        for stage, cell in enumerate(row.cells):
            width = widths[stage] / font_mm - _SIDE
            per_cell.append(_cut_cell(cell, width, chips, first, room, font_mm, self.lang))
        count = max(len(parts) for parts in per_cell)
        name_mm = self.name_em(row, m.label_mm, font_mm) * font_mm
        pieces = []
        for index in range(count):
            cells = [parts[index] if index < len(parts) else _empty_cell() for parts in per_cell]
            height = max(
                name_mm,
                *(
                    (_PAD + _content_em(_blocks(c, widths[s] / font_mm - _SIDE, chips, self.lang)))
                    * font_mm
                    + _CELL_RULE_MM
                    for s, c in enumerate(cells)
                ),
            )
            pieces.append(
                (_Row(row.name, row.kind, row.colour, cells, continued=index > 0), height)
            )
        return pieces


def _text_em(cell: Mapping[str, Any]) -> float:
    """How much text a cell holds, in ems on one line (what its column's width follows)."""
    widths = face(False)
    return (
        widths.width(" ".join(cell["paragraphs"]))
        + sum(widths.width(e["text"]) for e in cell["entries"])
        + sum(widths.width(m["name"]) + 8 for m in cell["metrics"])
    )


def _empty_cell() -> Context:
    return {"paragraphs": [], "entries": [], "metrics": [], "evidence": None}


def _cut_cell(
    cell: Context,
    width: float,
    chips: bool,
    first: float,
    room: float,
    font_mm: float,
    lang: str,
) -> list[Context]:
    """A cell in pieces, each no taller than its sheet allows, cut between lines and items."""
    blocks = _blocks(cell, width, chips, lang)
    overhead = _PAD * font_mm + _CELL_RULE_MM + 0.2
    parts: list[Context] = [_empty_cell()]
    parts[0]["evidence"] = cell.get("evidence")
    left = (first - overhead) / font_mm
    full = (room - overhead) / font_mm
    for block in blocks:
        while True:
            fresh = not _has_content(parts[-1]) and left >= full - 1e-9
            if block.em <= left or (fresh and block.kind != "paragraph"):
                _add(parts[-1], block)
                left -= block.em
                break
            split = False
            if block.kind == "paragraph":
                lines = int((left - _PARA_GAP) / _LINE)
                if lines >= 1:
                    head, rest = _split_text(block.prefix, block.payload, width, lines, lang)
                    if head and rest:
                        parts[-1]["paragraphs"].append(head)
                        rest_lines = text_lines(rest, width, lang=lang)
                        block = _Block(
                            "paragraph", rest_lines * _LINE + _PARA_GAP, rest, rest_lines
                        )
                        split = True
            if fresh and not split:
                # Nothing smaller to cut it into: the block prints whole on its own sheet.
                _add(parts[-1], block)
                left -= block.em
                break
            parts.append(_empty_cell())
            left = full
    return [p for p in parts if _has_content(p)] or [parts[0]]


def _has_content(cell: Mapping[str, Any]) -> bool:
    return bool(cell["paragraphs"] or cell["entries"] or cell["metrics"])


def _add(cell: Context, block: _Block) -> None:
    if block.kind == "paragraph":
        cell["paragraphs"].append(block.payload)
    elif block.kind == "chips":
        cell["entries"].extend(block.payload)
    elif block.kind == "entry":
        cell["entries"].append(block.payload)
    elif block.kind == "metric":
        cell["metrics"].append(block.payload)


def _largest(low: float, high: float, fits: Any) -> float | None:
    """The largest size in quarter points in [low, high] for which ``fits`` holds."""
    if not fits(low):
        return None
    steps = round((high - low) / _STEP)
    lo, hi = 0, steps
    while lo < hi:
        middle = (lo + hi + 1) // 2
        if fits(low + middle * _STEP):
            lo = middle
        else:
            hi = middle - 1
    return low + lo * _STEP


def _stretch(heights: Sequence[float], room: float) -> list[float]:
    """Row heights grown to fill ``room`` (no blank band under the grid), each by its share."""
    used = sum(h + _GAP_MM for h in heights)
    spare = room - used
    total = sum(heights)
    if spare <= 0 or not total or spare > 0.45 * room:
        return list(heights)
    # Leave a hair of room so that rounding never pushes the grid over the page.
    spare = max(spare - 0.6, 0.0)
    return [h + spare * h / total for h in heights]


def _plan(layout: _Layout, name: str) -> PosterPlan:
    sheet = paper(name)
    top = _MAX_PT.get(name, 10.0)
    best = _largest(MIN_POSTER_PT, top, lambda pt: layout.one_sheet(sheet, pt) is not None)
    if best is not None:
        m = layout.one_sheet(sheet, best)
        assert m is not None
        room = layout.room_mm(sheet, False) - layout.fixed_mm(m)
        rows = list(layout.rows)
        return PosterPlan(name, best, 1, 1, None, m, [rows], [_stretch(m.row_mm, room)])
    # Tiled: the fewest sheets at the smallest text, then the largest text on as many.
    font_mm = MIN_POSTER_PT * _PT_MM
    label = layout.label_mm(sheet, font_mm)
    least = math.ceil(len(layout.stages) / layout.stages_per_sheet(sheet, font_mm, label))

    def sheets_at(pt: float, columns: int) -> tuple[int, _Measure, list[list[_Row]], Any]:
        m = layout.measure(sheet, pt, columns)
        per = layout.stages_per_sheet(sheet, pt * _PT_MM, m.label_mm)
        if max(len(g) for g in m.groups) > per:
            return 10**9, m, [], []
        bands, heights = layout.bands(sheet, m)
        return len(m.groups) * len(bands), m, bands, heights

    options = []
    for columns in range(least, min(len(layout.stages), least + 3) + 1):
        count = sheets_at(MIN_POSTER_PT, columns)[0]
        options.append((count, columns))
    count, columns = min(options)
    size = _largest(MIN_POSTER_PT, top, lambda pt: sheets_at(pt, columns)[0] <= count)
    size = size or MIN_POSTER_PT
    _, m, bands, heights = sheets_at(size, columns)
    room = layout.room_mm(sheet, True) - layout.fixed_mm(m)
    stretched = [_stretch(h, room) for h in heights]
    return PosterPlan(name, size, len(m.groups), len(bands), None, m, bands, stretched)


def _planned(layout: _Layout, name: str) -> PosterPlan:
    """The plan on paper ``name``, with the paper that holds the map on one sheet if it tiles."""
    plan = _plan(layout, name)
    if plan.sheets > 1:
        plan.one_sheet_paper = _one_sheet_paper(layout, name)
    return plan


def _one_sheet_paper(layout: _Layout, current: str) -> str | None:
    for name in PAPER_ORDER:
        if PAPER_ORDER.index(name) <= PAPER_ORDER.index(current):
            continue
        if layout.one_sheet(paper(name), MIN_POSTER_PT) is not None:
            return name
    return None


# From the journey to the plan ---------------------------------------------------------------


def _layout(
    detail: "JourneyDetail", labels: Mapping[str, str], lang: str, *, logo: bool, fill: float
) -> _Layout:
    head = ctx._journey_head(detail, labels, lang)
    stages = ctx._stage_dicts(detail, labels)
    index = {stage.id: i for i, stage in enumerate(detail.stages)}
    for stage, model in zip(stages, detail.stages, strict=True):
        stage["loop_index"] = index.get(model.loop_to_id, -1) if model.loop_to_id else -1
    spec: list[tuple[str, LaneKind, uuid.UUID | None, str]] = [
        (lane.name, lane.kind, lane.id, ctx._valid_colour(lane.colour, "")) for lane in detail.lanes
    ]
    if detail.metrics and not any(kind is LaneKind.METRICS for _, kind, _, _ in spec):
        spec.append((word("metrics", lang), LaneKind.METRICS, None, ""))
    rows = [
        _Row(
            name,
            kind.value,
            colour,
            [
                ctx._cell_content(detail, kind, lane_id or uuid.UUID(int=0), stage.id, labels, lang)
                for stage in detail.stages
            ],
        )
        for name, kind, lane_id, colour in spec
    ]
    has_chart = bool(detail.emotions and detail.personas)
    if has_chart:
        at = next(
            (i + 1 for i, (_, kind, _, _) in enumerate(spec) if kind is LaneKind.EMOTION),
            len(spec),
        )
        chart = _Row(labels["emotion_curves"], "chart", "", [], chart=True)
        rows.insert(at, chart)
    return _Layout(
        stages,
        rows,
        head,
        labels,
        lang,
        logo=logo,
        chart_share=0.12 if has_chart else 0.0,
        fill=fill,
    )


def plan_poster(
    detail: "JourneyDetail",
    paper_name: str,
    lang: str = "en",
    *,
    logo: bool = False,
    fill: float = 1.0,
) -> PosterPlan:
    """How ``detail`` prints on ``paper_name``: text size, sheets, a paper for one sheet."""
    labels = ctx.labels_for(lang)
    layout = _layout(detail, labels, lang, logo=logo, fill=fill)
    return _planned(layout, paper_name)


# The context the template prints -----------------------------------------------------------


def _loop_font(font_mm: float) -> float:
    return font_mm * _HEAD_SCALE * 0.9


def _loop_level(font_mm: float) -> float:
    """Height between two loop arrows' lines: a label above each line."""
    return 1.5 * _loop_font(font_mm) + 0.8


def _loops_mm(count: int, font_mm: float) -> float:
    """Height of the band of ``count`` loop arrows over the stage headers."""
    return 1.8 + (count - 1) * _loop_level(font_mm) + 1.1 * _loop_font(font_mm) + 0.3


def _loop_svg(
    stages: Sequence[Context], group: range, widths: Sequence[float], m: _Measure, height: float
) -> str:
    """Arrows from each looping stage back to the stage it loops to, over the stage headers."""
    left = {}
    x = 0.0
    for stage, width in zip(group, widths, strict=True):
        left[stage] = x
        x += width + _GAP_MM
    total = x - _GAP_MM
    font = _loop_font(m.font_mm)
    level = _loop_level(m.font_mm)
    parts = []
    loops = [
        (i, s["loop_index"])
        for i, s in enumerate(stages)
        if s["loop_index"] >= 0 and i in left and s["loop_index"] in left
    ]
    # Short loops nearest the stages, longer ones above them.
    loops.sort(key=lambda pair: abs(pair[0] - pair[1]))
    widths_by = dict(zip(group, widths, strict=True))
    for depth, (source, target) in enumerate(loops):
        # Arrows leave a stage right of its middle and arrive left of it: two loops meeting
        # at one stage never share an end.
        x1 = left[source] + widths_by[source] * 0.7
        x2 = left[target] + widths_by[target] * 0.3
        y = height - 1.8 - depth * level
        bottom = height - 0.2
        colour = stages[source]["colour"]
        r = min(1.5, abs(x1 - x2) / 4)
        step = r if x2 > x1 else -r
        path = (
            f"M {x1:.2f} {bottom:.2f} V {y + r:.2f} "
            f"Q {x1:.2f} {y:.2f} {x1 + step:.2f} {y:.2f} H {x2 - step:.2f} "
            f"Q {x2:.2f} {y:.2f} {x2:.2f} {y + r:.2f} V {bottom - 1.2:.2f}"
        )
        head = (
            f"M {x2 - 0.9:.2f} {bottom - 1.4:.2f} L {x2 + 0.9:.2f} {bottom - 1.4:.2f} "
            f"L {x2:.2f} {bottom:.2f} Z"
        )
        text = "↻ " + stages[source]["loop_to"]
        middle = (x1 + x2) / 2
        # The label above its line, kept inside the band's width.
        half = face(False).width(text) * font / 2
        middle = min(max(middle, half), total - half)
        parts.append(
            f'<path d="{path}" fill="none" stroke="{colour}" stroke-width="0.45"/>'
            f'<path d="{head}" fill="{colour}"/>'
            f'<text x="{middle:.2f}" y="{y - 0.4:.2f}" font-size="{font:.2f}" '
            f'text-anchor="middle" fill="#333333">{escape(text)}</text>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="loops" '
        f'viewBox="0 0 {total:.2f} {height:.2f}" width="{total:.2f}mm" height="{height:.2f}mm" '
        f'role="img">{"".join(parts)}</svg>'
    )


def poster_journey(
    detail: "JourneyDetail",
    paper_name: str,
    labels: Mapping[str, str],
    lang: str,
    *,
    logo: bool,
    fill: float = 1.0,
) -> Context:
    """The poster's context: sheets of stage columns and lane rows, all text at one size."""
    from personabuilder.export.markup import safe_svg

    layout = _layout(detail, labels, lang, logo=logo, fill=fill)
    plan = _planned(layout, paper_name)
    sheet = paper(paper_name)
    m = plan.measure
    tiled = plan.sheets > 1
    sheets = []
    number = 0
    for y, (band, band_mm) in enumerate(zip(plan.bands, plan.band_mm, strict=True), start=1):
        for x, (group, widths) in enumerate(zip(m.groups, m.widths, strict=True), start=1):
            number += 1
            stages = []
            for i in group:
                stage = dict(layout.stages[i])
                target = stage["loop_index"]
                # An arrow shows a loop within the sheet; one to another sheet stays in words.
                stage["loop_note"] = stage["loop_to"] if target >= 0 and target not in group else ""
                stages.append(stage)
            rows = []
            for row, height in zip(band, band_mm, strict=True):
                entry: Context = {
                    "name": row.name,
                    "kind": row.kind,
                    "colour": row.colour,
                    "continued": row.continued,
                    "height_mm": round(height, 2),
                    "chart": None,
                    "cells": []
                    if row.chart
                    else [
                        _sheet_cell(row, row.cells[i], width, m.font_mm)
                        for i, width in zip(group, widths, strict=True)
                    ],
                }
                if row.chart:
                    entry["chart"] = _chart(detail, group, widths, height, m, lang)
                rows.append(entry)
            local_loops = any(s["loop_index"] in group for s in stages if s["loop_index"] >= 0)
            loops_svg = None
            if m.loops_mm and local_loops:
                loops_svg = safe_svg(_loop_svg(layout.stages, group, widths, m, m.loops_mm))
            sheets.append(
                {
                    "number": number,
                    "x": x,
                    "y": y,
                    "continued": number > 1,
                    "range": labels["stage_range"].format(
                        first=group[0] + 1, last=group[-1] + 1, total=len(layout.stages)
                    )
                    if len(m.groups) > 1
                    else "",
                    "position": labels["sheet_position"].format(
                        x=x, columns=plan.columns, y=y, rows=plan.rows
                    )
                    if tiled
                    else "",
                    "joins": _joins(labels, x, y, plan) if tiled else "",
                    "stages": stages,
                    "columns_mm": [round(w, 2) for w in widths],
                    "rows": rows,
                    "loops": loops_svg,
                    "loops_mm": round(m.loops_mm, 2) if loops_svg else 0.0,
                    "head_mm": round(m.head_mm, 2),
                    "font_pt": plan.font_pt,
                    "label_col_mm": m.label_mm,
                    # The grid prints as a table of fixed column widths (laid out in one
                    # pass); its border spacing also runs round its edge, hence n + 2 gaps.
                    "grid_mm": round(
                        m.label_mm + sum(round(w, 2) for w in widths) + _GAP_MM * (len(group) + 2),
                        2,
                    ),
                    "marks": tiled,
                    # As earlier versions gave them to templates of one's own: the emotion
                    # chart of this sheet (None when it has none) and the row it follows.
                    **_chart_fields(rows),
                }
            )
    return {
        **layout.head,
        "sheets": sheets,
        "cut": 0,
        "paper": paper_name,
        "font_pt": plan.font_pt,
        "columns": plan.columns,
        "rows": plan.rows,
        "tiled": tiled,
        "one_sheet_paper": plan.one_sheet_paper or "",
        "one_sheet_note": labels["one_sheet_on"].format(paper=plan.one_sheet_paper)
        if plan.one_sheet_paper
        else "",
        "head_pt": layout.head_pt(sheet),
        "foot_pt": layout.foot_pt(sheet),
        "margin_mm": sheet.margin,
        "logo_mm": layout.logo_mm(),
        "title_mm": layout.title_mm(sheet),
        # Each stage's colours and its number's padding: the pill is 1.3 em of its text, or
        # as wide as the number if wider.
        "stage_colours": [
            {
                **{key: stage[key] for key in ("number", "colour", "ink", "tint", "edge")},
                "number_pad_em": _pad_em(str(stage["number"]), 1.3),
            }
            for stage in layout.stages
        ],
        # Each status mark is 1.25 em wide (base.css), its glyph in the middle; its colours go
        # with its padding into one rule a status.
        "status_pads": [
            {
                "key": st["key"],
                "em": _pad_em(st["mark"], 1.25),
                "colour": st["colour"],
                "ink": st["ink"],
            }
            for st in ctx.status_legend(lang)
        ],
        "personas_mm": layout.personas_mm(sheet),
    }


def _pad_em(text: str, width_em: float) -> float:
    """Side padding that centres bold ``text`` in an inline box ``width_em`` wide."""
    glyphs = sum(face(True).char(ch) for ch in text)
    return round(max(width_em - glyphs, 0.0) / 2, 4)


def _sheet_cell(row: _Row, cell: Context, width_mm: float, font_mm: float) -> Context:
    """A cell as its sheet prints it: touchpoints wider than the cell are marked "long" and
    given the width they wrap in (the cell's, less the space after a chip)."""
    if row.kind != LaneKind.TOUCHPOINTS.value or not cell["entries"]:
        return cell
    width = width_mm / font_mm - _SIDE
    entries = []
    for entry in cell["entries"]:
        long = face(False).width(entry["text"]) + _CHIP_PAD > width
        entries.append({**entry, "long": long, "long_em": round(width - 0.2, 3) if long else 0})
    return {**cell, "entries": entries}


def _chart_fields(rows: Sequence[Context]) -> Context:
    at = next((i for i, row in enumerate(rows) if row["kind"] == "chart"), None)
    return {
        "emotion_chart": rows[at]["chart"] if at is not None else None,
        "emotion_after": at if at is not None else len(rows),
        "chart_height_mm": rows[at]["height_mm"] if at is not None else 0.0,
    }


def _joins(labels: Mapping[str, str], x: int, y: int, plan: PosterPlan) -> str:
    """Where the neighbouring sheets go: right of this one, below it."""
    parts = []
    if x < plan.columns:
        parts.append(labels["sheet_right"].format(x=x + 1, y=y))
    if y < plan.rows:
        parts.append(labels["sheet_below"].format(x=x, y=y + 1))
    return " · ".join(parts)


def _chart(
    detail: "JourneyDetail",
    group: range,
    widths: Sequence[float],
    height_mm: float,
    m: _Measure,
    lang: str,
) -> Any:
    """The emotion curves over the stage columns of one sheet, each point at its column."""
    total = sum(widths) + _GAP_MM * (len(widths) - 1)
    # Drawn larger than printed, so that matplotlib's 12 pt text prints a little larger than
    # the grid's text.
    scale = max(1.2, 12.0 / (1.15 * m.font_pt))
    size = (total / 25.4 * scale, height_mm / 25.4 * scale)
    centres = []
    x = 0.0
    for width in widths:
        centres.append((x + width / 2) / total)
        x += width + _GAP_MM
    return ctx._emotion_chart(detail, group, lang, size, aligned=True, centres=centres)


def poster_context(
    services: "Services",
    journey_id: uuid.UUID,
    *,
    paper: ctx.Paper = "A3",
    lang: str = "en",
    clock: datetime | None = None,
    fill: float = 1.0,
) -> dict[str, Any]:
    """Context of the journey map poster (``fill``: see ``poster_journey``)."""
    if paper not in ctx.PAPERS:
        raise ValueError(f"unknown paper size {paper!r}; use A4, A3, A2, A1 or A0")
    context = ctx.base_context(services, "poster", lang, clock)
    detail = services.journeys.get(journey_id)
    context["journey"] = poster_journey(
        detail,
        paper,
        context["labels"],
        context["lang"],
        logo=bool(context["brand"]["logo_url"]),
        fill=fill,
    )
    context["legend"] = {
        "evidence": ctx.evidence_legend(context["lang"]),
        "status": ctx.status_legend(context["lang"]),
    }
    return context
