"""A journey map as one image: a PNG at a chosen width, or an SVG with its text kept as text.

The map is laid out once, the way the poster shows it (stage columns shared out by what they
hold, lanes, coloured stage headers, loop arrows, the emotion curves, evidence marks, the
legend and the branding), into a few drawing primitives: rectangles, text lines, polylines
and dots. Text is wrapped word by word with the bundled fonts' advance widths
(export/measure.py), a word wider than its box between its letters. Two writers then draw
the same primitives: ``svg_text`` as XML (user text escaped, fonts named by the bundled
families' names) and export/map_png.py with Pillow (Qt-free, so the command line has it too).
The image is not a sheet of paper: its height follows the map.
"""

import base64
import io
import math
import unicodedata
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final
from xml.sax.saxutils import escape, quoteattr

from personabuilder.charts.style import SERIES
from personabuilder.charts.text import word
from personabuilder.export import context as ctx
from personabuilder.export.files import write_whole
from personabuilder.export.map_shapes import INK as _INK
from personabuilder.export.map_shapes import (
    Dot,
    Drawing,
    Item,
    Picture,
    Point,
    Polyline,
    Rect,
    Text,
)
from personabuilder.export.measure import face, words
from personabuilder.model import LaneKind
from personabuilder.resources import NOTO_SCRIPTS

if TYPE_CHECKING:
    from personabuilder.services import Services
    from personabuilder.services.readmodels import JourneyDetail

Context = dict[str, Any]

DEFAULT_WIDTH: Final = 3000
MIN_WIDTH: Final = 600
MAX_WIDTH: Final = 12000
# The bundled fonts embedded in the SVG (cut down to what it draws), then the same families
# by their own names, Hebrew and Arabic before DejaVu as in the PDF.
SVG_FONTS: Final = ", ".join(
    (
        "'PB Map Hebrew', 'PB Map Arabic', 'PB Map Sans'",
        *(f"'PB Map {name}'" for name, _blocks in NOTO_SCRIPTS),
        "'PB Map CJK', 'Noto Color Emoji', 'Apple Color Emoji', 'Segoe UI Emoji', 'PB Map Emoji'",
        "'Noto Sans Hebrew', 'Noto Sans Arabic', 'DejaVu Sans'",
        *(f"'Noto Sans {name}'" for name, _blocks in NOTO_SCRIPTS),
        "'Droid Sans Fallback', 'Noto Emoji', sans-serif",
    )
)
_LINE: Final = 1.35  # line height, in text sizes
_PAD_X: Final = 0.55
_PAD_Y: Final = 0.5
_GAP: Final = 0.3  # between rows and columns, in text sizes
_MUTED: Final = "#555555"
_LANE_BG: Final = "#f0f0f0"
_META_INK: Final = "#6b2c00"
_CANVAS: Final = "#ffffff"


# Measuring and wrapping ---------------------------------------------------------------------


def text_px(text: str, size: float, *, bold: bool = False) -> float:
    """Width of ``text`` at ``size`` pixels in the bundled fonts."""
    return face(bold).width(text) * size


def wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` in lines at most ``width`` wide; a word wider than a line breaks between letters."""
    widths = face(bold)
    room = max(width / size, 0.5)
    space = widths.width(" ")
    lines: list[str] = []
    current, used = "", 0.0
    for piece in words(text):
        length = widths.width(piece)
        if current and used + space + length <= room:
            current, used = f"{current} {piece}", used + space + length
            continue
        if current:
            lines.append(current)
        while length > room and len(piece) > 1:
            cut = len(piece) - 1
            while cut > 1 and widths.width(piece[:cut]) > room:
                cut -= 1
            lines.append(piece[:cut])
            piece = piece[cut:]
            length = widths.width(piece)
        current, used = piece, length
    if current:
        lines.append(current)
    return lines


def right_to_left(text: str) -> bool:
    """Whether a line starts, in reading order, in a right-to-left script."""
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


class _Pen:
    """Collects primitives: backgrounds under everything else."""

    def __init__(self) -> None:
        self.under: list[Item] = []
        self.over: list[Item] = []

    def lines(
        self,
        lines: Sequence[str],
        x: float,
        y: float,
        width: float,
        size: float,
        *,
        colour: str = _INK,
        bold: bool = False,
        italic: bool = False,
        first_x: float | None = None,
    ) -> float:
        """Writes ``lines`` from top ``y`` in a box ``width`` wide; returns the y below them."""
        for index, line in enumerate(lines):
            baseline = y + size * (_LINE - 1) / 2 + size * 0.93
            left = first_x if index == 0 and first_x is not None else x
            if right_to_left(line):
                self.over.append(Text(x + width, baseline, line, size, colour, bold, italic, True))
            else:
                self.over.append(Text(left, baseline, line, size, colour, bold, italic))
            y += size * _LINE
        return y

    def para(self, text: str, x: float, y: float, width: float, size: float, **style: Any) -> float:
        """Writes ``text`` wrapped to ``width``; returns the y below it."""
        return self.lines(
            wrap(text, width, size, bold=style.get("bold", False)), x, y, width, size, **style
        )


# The map's content ----------------------------------------------------------------------------


@dataclass
class _Row:
    name: str
    kind: str
    colour: str
    cells: list[Context]
    chart: bool = False


def _rows(detail: "JourneyDetail", labels: Mapping[str, str], lang: str) -> list[_Row]:
    """The lanes in order (a metrics lane when metrics exist without one), and the emotion
    chart after the emotion lane, as the poster prints them."""
    spec: list[tuple[str, LaneKind, uuid.UUID, str]] = [
        (lane.name, lane.kind, lane.id, ctx._valid_colour(lane.colour, "")) for lane in detail.lanes
    ]
    if detail.metrics and not any(kind is LaneKind.METRICS for _, kind, _, _ in spec):
        spec.append((word("metrics", lang), LaneKind.METRICS, uuid.UUID(int=0), ""))
    rows = [
        _Row(
            name,
            kind.value,
            colour,
            [
                ctx._cell_content(detail, kind, lane_id, stage.id, labels, lang)
                for stage in detail.stages
            ],
        )
        for name, kind, lane_id, colour in spec
    ]
    if detail.emotions and detail.personas:
        at = next(
            (i + 1 for i, (_, kind, _, _) in enumerate(spec) if kind is LaneKind.EMOTION),
            len(spec),
        )
        rows.insert(at, _Row(labels["emotion_curves"], "chart", "", [], chart=True))
    return rows


def _demand(cell: Mapping[str, Any]) -> float:
    """How much text a cell holds, in ems on one line (what its column's width follows)."""
    widths = face(False)
    return (
        widths.width(" ".join(cell["paragraphs"]))
        + sum(widths.width(e["text"]) + 2 for e in cell["entries"])
        + sum(widths.width(m["name"]) + 8 for m in cell["metrics"])
    )


def _column_widths(rows: Sequence[_Row], count: int, free: float, floor: float) -> list[float]:
    """Stage columns sharing ``free`` pixels: half evenly, half by what each holds."""
    demand = [
        1.0 + math.sqrt(sum(_demand(row.cells[i]) for row in rows if not row.chart))
        for i in range(count)
    ]
    total = sum(demand)
    widths = [0.5 * free / count + 0.5 * free * d / total for d in demand]
    short = [i for i, w in enumerate(widths) if w < floor]
    if short and floor * count <= free:
        missing = sum(floor - widths[i] for i in short)
        spare = sum(w - floor for w in widths if w > floor)
        widths = [floor if w < floor else w - missing * (w - floor) / spare for w in widths]
    return widths


# Laying the map out ---------------------------------------------------------------------------


class _Layout:
    """Places the header, the grid and the footer of one map at one width."""

    def __init__(self, detail: "JourneyDetail", base: Mapping[str, Any], width: int) -> None:
        self.detail = detail
        self.labels: Mapping[str, str] = base["labels"]
        self.lang: str = base["lang"]
        self.brand: Mapping[str, Any] = base["brand"]
        self.generated: str = base["generated_line"]
        self.logo: bytes | None = base.get("logo_png")
        self.logo_h = 0.0
        self.width = width
        self.stages = ctx._stage_dicts(detail, self.labels)
        index = {stage.id: i for i, stage in enumerate(detail.stages)}
        self.loops = [
            (i, index[s.loop_to_id])
            for i, s in enumerate(detail.stages)
            if s.loop_to_id and s.loop_to_id in index
        ]
        self.rows = _rows(detail, self.labels, self.lang)
        n = max(len(self.stages), 1)
        # Text large enough to read on a 4K screen at the default width, smaller as the
        # stages grow in number: about 15 ems a stage column and 17 for margins and names.
        self.f = max(min(width / (17 + 15 * n), width / 70), width / 400, 6.0)
        self.margin = 2.0 * self.f
        self.label_w = 9.5 * self.f
        self.pen = _Pen()

    # Header -----------------------------------------------------------------------------

    def header(self, y: float) -> float:
        f, pen = self.f, self.pen
        head = ctx._journey_head(self.detail, self.labels, self.lang)
        inner = self.width - 2 * self.margin
        chips_w = 0.0
        if head["personas"]:
            widest = max(text_px(f"{p['name']} · {p['archetype']}", f) for p in head["personas"])
            chips_w = min(max(widest + 2.6 * f, text_px(head["counts"], 0.85 * f)), inner * 0.4)
        top = y
        logo_w = self.place_logo(y) if self.logo else 0.0
        title_w = inner - chips_w - (2 * f if chips_w else 0) - logo_w
        left = self.margin + logo_w
        kicker = self.labels["journey_map"].upper()
        if self.brand["company"]:
            kicker = f"{self.brand['company']} · {kicker}"
        y = pen.para(kicker, left, y, title_w, 0.8 * f, colour=_MUTED, bold=True)
        y = pen.para(head["title"], left, y + 0.1 * f, title_w, 2.2 * f, bold=True)
        for paragraph in head["description"]:
            y = pen.para(paragraph, left, y + 0.2 * f, min(title_w, 70 * f), f, colour="#333333")
        y = max(y, top + self.logo_h)
        if chips_w:
            x = self.width - self.margin - chips_w
            cy = top
            for person in head["personas"]:
                r = 0.75 * f
                pen.over.append(Dot(x + r, cy + 0.85 * f, r, person["colour"]))
                pen.over.append(
                    Text(
                        x + r - text_px(person["initials"], 0.6 * f, bold=True) / 2,
                        cy + 0.85 * f + 0.22 * f,
                        person["initials"],
                        0.6 * f,
                        person["ink"],
                        bold=True,
                    )
                )
                label = f"{person['name']} · {person['archetype']}"
                lines = wrap(label, chips_w - 2 * r - 0.6 * f, f)
                cy = max(
                    pen.lines(
                        lines, x + 2 * r + 0.6 * f, cy + 0.2 * f, chips_w - 2 * r - 0.6 * f, f
                    ),
                    cy + 1.9 * f,
                )
            cy = pen.para(head["counts"], x, cy + 0.1 * f, chips_w, 0.85 * f, colour=_MUTED)
            y = max(y, cy)
        y += 0.7 * f
        pen.over.append(Rect(self.margin, y, inner, 0.22 * f, self.brand["accent"]))
        return y + 0.22 * f + 1.0 * f

    def place_logo(self, y: float) -> float:
        """Draws the logo at the header's left, at most 4 lines high; the width it takes."""
        from PIL import Image

        assert self.logo is not None
        with Image.open(io.BytesIO(self.logo)) as image:
            width, height = image.size
        box_w, box_h = 10.0 * self.f, 4.0 * self.f
        scale = min(box_w / width, box_h / height)
        self.logo_h = height * scale
        self.pen.over.append(Picture(self.margin, y, width * scale, height * scale, self.logo))
        return width * scale + 1.5 * self.f

    # Grid -------------------------------------------------------------------------------

    def grid(self, y: float) -> float:
        f = self.f
        gap = _GAP * f
        left = self.margin + self.label_w + gap
        free = self.width - self.margin - left - gap * (len(self.stages) - 1)
        widths = _column_widths(self.rows, len(self.stages), free, min(9 * f, free))
        xs = []
        x = left
        for w in widths:
            xs.append(x)
            x += w + gap
        self.xs, self.ws = xs, widths
        if self.loops:
            y = self.loop_band(y)
        y = self.stage_headers(y)
        for row in self.rows:
            y = (self.chart_row(row, y) if row.chart else self.lane_row(row, y)) + gap
        return y

    def loop_band(self, y: float) -> float:
        f, pen = self.f, self.pen
        size = 0.85 * f
        level = 1.6 * size + 0.4 * f
        loops = sorted(self.loops, key=lambda pair: abs(pair[0] - pair[1]))
        height = 1.6 * f + (len(loops) - 1) * level + 1.3 * size
        bottom = y + height
        for depth, (source, target) in enumerate(loops):
            colour = self.stages[source]["colour"]
            x1 = self.xs[source] + self.ws[source] * 0.7
            x2 = self.xs[target] + self.ws[target] * 0.3
            line_y = bottom - 1.2 * f - depth * level
            stroke = max(0.16 * f, 1.5)
            pen.over.append(
                Polyline(
                    ((x1, bottom), (x1, line_y), (x2, line_y), (x2, bottom - 0.6 * f)),
                    colour,
                    stroke,
                )
            )
            head = 0.45 * f
            pen.over.append(
                Polyline(
                    ((x2 - head, bottom - 0.7 * f), (x2 + head, bottom - 0.7 * f), (x2, bottom)),
                    colour,
                    1.0,
                    fill=colour,
                )
            )
            text = "↻ " + self.stages[source]["loop_to"]
            middle = (x1 + x2) / 2 - text_px(text, size) / 2
            middle = min(max(middle, self.xs[0]), self.width - self.margin - text_px(text, size))
            pen.over.append(Text(middle, line_y - 0.35 * f, text, size, "#333333"))
        return bottom + 0.2 * f

    def stage_headers(self, y: float) -> float:
        f, pen = self.f, self.pen
        size = 1.12 * f
        bottoms = []
        parts = []
        for stage, x, w in zip(self.stages, self.xs, self.ws, strict=True):
            number = str(stage["number"])
            pill = text_px(number, 0.9 * size, bold=True) + 0.7 * size
            inner = w - 2 * _PAD_X * f
            first = pill + 0.35 * size
            lines = wrap(stage["name"], inner, size, bold=True)
            # The first line starts after the number's pill: re-wrap it if it overflows.
            if lines and text_px(lines[0], size, bold=True) > inner - first:
                head = wrap(stage["name"], inner - first, size, bold=True)[0]
                rest = stage["name"][len(head) :].strip()
                lines = [head, *wrap(rest, inner, size, bold=True)] if rest else [head]
            top = y + _PAD_Y * f
            parts.append((stage, x, w, pill, first, lines, top))
            bottom = top + max(len(lines), 1) * size * _LINE
            if stage["loop_to"]:
                bottom += 0.82 * f * _LINE
            bottoms.append(bottom + _PAD_Y * f)
        height = max(bottoms, default=y + 2 * f) - y
        pen.over.append(
            Text(
                self.margin + 0.5 * f,
                y + _PAD_Y * f + 0.93 * f,
                self.labels["stages"],
                f,
                _MUTED,
                bold=True,
            )
        )
        for stage, x, w, pill, first, lines, top in parts:
            pen.under.append(Rect(x, y, w, height, stage["colour"], 0.3 * f))
            pad_x = x + _PAD_X * f
            pen.over.append(
                Rect(
                    pad_x,
                    top + 0.12 * size,
                    pill,
                    size * 1.1,
                    ctx.tint(stage["colour"], 0.7)
                    if stage["ink"] == "#ffffff"
                    else ctx.tint(stage["colour"], 0.55),
                    0.55 * size,
                )
            )
            pen.over.append(
                Text(
                    pad_x + 0.35 * size,
                    top + size * (_LINE - 1) / 2 + 0.93 * size * 0.98,
                    str(stage["number"]),
                    0.9 * size,
                    _INK,
                    bold=True,
                )
            )
            below = pen.lines(
                lines,
                pad_x,
                top,
                w - 2 * _PAD_X * f,
                size,
                colour=stage["ink"],
                bold=True,
                first_x=pad_x + first,
            )
            if stage["loop_to"]:
                pen.lines([f"↻ {stage['loop_to']}"], pad_x, below, w, 0.82 * f, colour=stage["ink"])
        return y + height + _GAP * f

    def lane_name(self, row: _Row, y: float, height: float, colour: str) -> float:
        f, pen = self.f, self.pen
        pen.under.append(Rect(self.margin, y, self.label_w, height, _LANE_BG))
        pen.under.append(Rect(self.margin, y, 0.3 * f, height, colour))
        return pen.para(
            row.name, self.margin + 0.85 * f, y + _PAD_Y * f, self.label_w - 1.3 * f, f, bold=True
        )

    def lane_row(self, row: _Row, y: float) -> float:
        f, pen = self.f, self.pen
        colour = row.colour or self.brand["accent"]
        bottom = self.lane_name(row, y, 0.0, colour)  # height set below
        name_rects = pen.under[-2:]
        del pen.under[-2:]
        for cell, stage, x, w in zip(row.cells, self.stages, self.xs, self.ws, strict=True):
            bottom = max(bottom, self.cell(row, cell, stage, x, y, w))
        height = bottom + _PAD_Y * f - y
        for rect in name_rects:
            assert isinstance(rect, Rect)
            pen.under.append(Rect(rect.x, rect.y, rect.w, height, rect.fill))
        for stage, x, w in zip(self.stages, self.xs, self.ws, strict=True):
            pen.under.append(Rect(x, y, w, height, stage["tint"]))
            pen.under.append(Rect(x, y, w, max(0.12 * f, 1.0), stage["edge"]))
        return y + height

    def cell(self, row: _Row, cell: Context, stage: Context, x: float, y: float, w: float) -> float:
        f, pen = self.f, self.pen
        inner = w - 2 * _PAD_X * f
        x += _PAD_X * f
        y += _PAD_Y * f + 0.1 * f
        italic = row.kind == LaneKind.EMOTION.value
        evidence = cell.get("evidence")
        if evidence and not cell["paragraphs"]:
            y = pen.para(evidence["mark"], x, y, inner, f, colour=_MUTED)
        for index, paragraph in enumerate(cell["paragraphs"]):
            prefix = f"{evidence['mark']} " if evidence and index == 0 else ""
            y = pen.para(prefix + paragraph, x, y, inner, f, italic=italic) + 0.25 * f
        if row.kind == LaneKind.TOUCHPOINTS.value:
            y = self.chips(cell["entries"], x, y, inner)
        else:
            for entry in cell["entries"]:
                y = self.entry(entry, x, y, inner) + 0.15 * f
        for metric in cell["metrics"]:
            y = self.metric(metric, x, y, inner) + 0.25 * f
        return y

    def entry(self, entry: Mapping[str, Any], x: float, y: float, width: float) -> float:
        f, pen = self.f, self.pen
        indent = 0.9 * f
        pen.over.append(Text(x + 0.1 * f, y + f * (_LINE - 1) / 2 + 0.93 * f, "•", f, _MUTED))
        lines = wrap(entry["text"], width - indent, f)
        bottom = pen.lines(lines, x + indent, y, width - indent, f)
        meta = entry["meta"]
        if meta:
            size = 0.85 * f
            badge = text_px(meta, size, bold=True) + 0.5 * f
            last = text_px(lines[-1], f) if lines else 0.0
            if lines and last + 0.4 * f + badge <= width - indent:
                bx, by = x + indent + last + 0.4 * f, bottom - f * _LINE
                if right_to_left(lines[-1]):
                    # The line ends at its left: the badge goes there.
                    bx = x + width - last - 0.4 * f - badge
            else:
                bx, by = x + indent, bottom
                bottom += f * _LINE
            pen.over.append(Rect(bx, by + 0.12 * f, badge, f * 1.1, "#fbeee2", 0.25 * f))
            pen.over.append(
                Text(
                    bx + 0.25 * f,
                    by + f * (_LINE - 1) / 2 + 0.9 * f,
                    meta,
                    size,
                    _META_INK,
                    bold=True,
                )
            )
        return bottom

    def chips(
        self, entries: Sequence[Mapping[str, Any]], x: float, y: float, width: float
    ) -> float:
        f, pen = self.f, self.pen
        pad = 0.35 * f
        cx, row_h = x, 0.0
        for entry in entries:
            label = entry["text"] + (f" {entry['meta']}" if entry["meta"] else "")
            natural = text_px(label, f) + 2 * pad
            lines = [label] if natural <= width else wrap(label, width - 2 * pad, f)
            chip_w = min(natural, width)
            if cx > x and cx + chip_w > x + width:
                cx, y = x, y + row_h + 0.25 * f
                row_h = 0.0
            height = len(lines) * f * _LINE + 0.1 * f
            pen.over.append(Rect(cx, y, chip_w, height, "#ffffff", 0.3 * f))
            pen.lines(lines, cx + pad, y + 0.05 * f, chip_w - 2 * pad, f)
            cx += chip_w + 0.3 * f
            row_h = max(row_h, height)
        return y + row_h + (0.25 * f if entries else 0.0)

    def metric(self, metric: Mapping[str, Any], x: float, y: float, width: float) -> float:
        f, pen = self.f, self.pen
        status = metric["status"]
        box = 1.15 * f
        pen.over.append(Rect(x, y + 0.1 * f, box, box, status["colour"], 0.2 * f))
        pen.over.append(
            Text(
                x + box / 2 - text_px(status["mark"], 0.8 * f, bold=True) / 2,
                y + 0.1 * f + 0.85 * box - 0.12 * f,
                status["mark"],
                0.8 * f,
                status["ink"],
                bold=True,
            )
        )
        y = pen.para(metric["name"], x + box + 0.35 * f, y, width - box - 0.35 * f, f)
        values = f"{metric['latest']} / {metric['target']}"
        return pen.para(values, x + 1.5 * f, y, width - 1.5 * f, f, colour="#444444")

    def chart_row(self, row: _Row, y: float) -> float:
        """The emotion curves across the stage columns, each point at its column's middle."""
        f, pen = self.f, self.pen
        from personabuilder.services import chart_data

        data = chart_data.emotion_data(self.detail)
        bottom = self.lane_name(row, y, 0.0, "#999999")
        name_rects = pen.under[-2:]
        del pen.under[-2:]
        bottom = pen.para(
            self.labels["emotion_scale"],
            self.margin + 0.85 * f,
            bottom,
            self.label_w - 1.3 * f,
            0.85 * f,
            colour=_MUTED,
        )
        legend_y = bottom + 0.3 * f
        for index, persona in enumerate(data.personas):
            colour = persona.colour or SERIES[index % len(SERIES)]
            pen.over.append(
                Polyline(
                    (
                        (self.margin + 0.85 * f, legend_y + 0.65 * f),
                        (self.margin + 2.0 * f, legend_y + 0.65 * f),
                    ),
                    colour,
                    0.22 * f,
                )
            )
            legend_y = pen.para(
                persona.name, self.margin + 2.3 * f, legend_y, self.label_w - 2.8 * f, 0.85 * f
            )
        height = max(8.5 * f, legend_y + 0.5 * f - y)
        for rect in name_rects:
            assert isinstance(rect, Rect)
            pen.under.append(Rect(rect.x, rect.y, rect.w, height, rect.fill))
        left, right = self.xs[0], self.xs[-1] + self.ws[-1]
        pen.under.append(Rect(left, y, right - left, height, "#fafafa"))
        top_pad, bottom_pad = 0.9 * f, 0.9 * f

        def at(score: float) -> float:
            return y + top_pad + (2 - score) / 4 * (height - top_pad - bottom_pad)

        for score in (-2, -1, 0, 1, 2):
            colour = "#c8c8c8" if score == 0 else "#e6e6e6"
            pen.under.append(
                Polyline(((left, at(score)), (right, at(score))), colour, max(0.06 * f, 1.0))
            )
            label = f"{score:+d}" if score else "0"
            pen.over.append(Text(left + 0.25 * f, at(score) - 0.2 * f, label, 0.75 * f, "#888888"))
        centres = [x + w / 2 for x, w in zip(self.xs, self.ws, strict=True)]
        for index, persona in enumerate(data.personas):
            colour = persona.colour or SERIES[index % len(SERIES)]
            for scores, dashed in ((persona.to_be, True), (persona.scores, False)):
                if scores is None:
                    continue
                points = [(c, at(s)) for c, s in zip(centres, scores, strict=True) if s is not None]
                for run in _runs(centres, scores, at):
                    if len(run) > 1:
                        pen.over.append(Polyline(tuple(run), colour, 0.2 * f, dashed=dashed))
                for px, py in points:
                    pen.over.append(Dot(px, py, (0.3 if dashed else 0.42) * f, colour, 0.12 * f))
        return y + height

    # Footer -----------------------------------------------------------------------------

    def footer(self, y: float) -> float:
        f, pen = self.f, self.pen
        size = 0.85 * f
        inner = self.width - 2 * self.margin
        pen.over.append(Rect(self.margin, y, inner, max(0.08 * f, 1.0), self.brand["accent_mid"]))
        y += 0.6 * f
        items: list[tuple[str, bool, str]] = [(self.labels["evidence"], True, _INK)]
        items += [
            (f"{e['mark']} {e['label']}", False, _INK) for e in ctx.evidence_legend(self.lang)
        ]
        items.append((f"{self.labels['status']} ({self.labels['latest_target']})", True, _INK))
        for st in ctx.status_legend(self.lang):
            items.append((f"{st['mark']} {st['label']}", False, st["colour"]))
        items.append((self.labels["item_marks"], False, _INK))
        x = self.margin
        for text, bold, mark_colour in items:
            w = text_px(text, size, bold=bold)
            if x > self.margin and x + w > self.width - self.margin:
                x, y = self.margin, y + size * _LINE
            base = y + size * (_LINE - 1) / 2 + 0.93 * size
            if mark_colour != _INK:
                mark, rest = text.split(" ", 1)
                mark_w = text_px(mark + " ", size, bold=True)
                pen.over.append(Text(x, base, mark, size, mark_colour, bold=True))
                pen.over.append(Text(x + mark_w, base, rest, size, "#333333"))
            else:
                pen.over.append(Text(x, base, text, size, _INK if bold else "#333333", bold))
            x += w + 1.0 * size
        y += size * _LINE + 0.2 * f
        imprint = " · ".join(
            part for part in (self.brand["company"], self.generated, "PersonaBuilder") if part
        )
        return pen.para(imprint, self.margin, y, inner, 0.8 * f, colour=_MUTED)


def _runs(centres: Sequence[float], scores: Sequence[int | None], at: Any) -> Iterable[list[Point]]:
    """The curve's pieces between stages without a score."""
    run: list[Point] = []
    for centre, score in zip(centres, scores, strict=True):
        if score is None:
            if run:
                yield run
            run = []
            continue
        run.append((centre, at(score)))
    if run:
        yield run


def lay_out(detail: "JourneyDetail", base: Mapping[str, Any], width: int) -> Drawing:
    """The whole map ``width`` pixels wide; ``base`` is export/context's ``base_context``."""
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise ValueError(
            f"The image width must be between {MIN_WIDTH} and {MAX_WIDTH} pixels, not {width}."
        )
    layout = _Layout(detail, base, width)
    y = layout.margin
    y = layout.header(y)
    if layout.stages:
        y = layout.grid(y)
    y = layout.footer(y + 0.5 * layout.f)
    height = math.ceil(y + layout.margin)
    drawing = Drawing(width, height, base["lang"], detail.title)
    drawing.items = [Rect(0, 0, width, height, _CANVAS), *layout.pen.under, *layout.pen.over]
    return drawing


def map_drawing(
    services: "Services",
    journey_id: uuid.UUID,
    *,
    width: int = DEFAULT_WIDTH,
    lang: str = "en",
    clock: datetime | None = None,
) -> Drawing:
    """The laid-out map of ``journey_id`` (a KeyError-free service read, then pure layout)."""
    base = ctx.base_context(services, "poster", lang, clock)
    # The logo as the workspace keeps it: checked, downscaled, PNG (None when unusable).
    base["logo_png"] = services.branding.get().logo_png
    return lay_out(services.journeys.get(journey_id), base, width)


# SVG ------------------------------------------------------------------------------------------


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def svg_text(drawing: Drawing, *, embed_fonts: bool = True) -> str:
    """The drawing as an SVG document: every text a ``<text>`` element, user text escaped;
    the bundled fonts embedded, cut down to the characters drawn, unless ``embed_fonts`` is
    off (the fonts then named only)."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{drawing.width}" '
        f'height="{drawing.height}" viewBox="0 0 {drawing.width} {drawing.height}" '
        f'xml:lang={quoteattr(drawing.lang)} font-family="{SVG_FONTS}">\n'
        f"<title>{escape(drawing.title)}</title>\n"
    ]
    if embed_fonts:
        from personabuilder.export.map_png import font_face_css

        texts = [item for item in drawing.items if isinstance(item, Text)]
        out.append(f"<style>\n{font_face_css(texts)}\n</style>\n")
    for item in drawing.items:
        if isinstance(item, Text):
            style = ' font-weight="bold"' if item.bold else ""
            style += ' font-style="italic"' if item.italic else ""
            # A right-to-left line starts at its right end.
            style += ' direction="rtl"' if item.end else ""
            out.append(
                f'<text x="{_n(item.x)}" y="{_n(item.y)}" font-size="{_n(item.size)}" '
                f'fill="{item.colour}"{style} xml:space="preserve">{escape(item.text)}</text>\n'
            )
        elif isinstance(item, Rect):
            radius = f' rx="{_n(item.radius)}"' if item.radius else ""
            out.append(
                f'<rect x="{_n(item.x)}" y="{_n(item.y)}" width="{_n(item.w)}" '
                f'height="{_n(item.h)}"{radius} fill="{item.fill}"/>\n'
            )
        elif isinstance(item, Polyline):
            points = " ".join(f"{_n(x)},{_n(y)}" for x, y in item.points)
            if item.fill:
                out.append(f'<polygon points="{points}" fill="{item.fill}"/>\n')
                continue
            dash = (
                f' stroke-dasharray="{_n(item.width * 3)} {_n(item.width * 2)}"'
                if item.dashed
                else ""
            )
            out.append(
                f'<polyline points="{points}" fill="none" stroke="{item.colour}" '
                f'stroke-width="{_n(item.width)}" stroke-linejoin="round" '
                f'stroke-linecap="round"{dash}/>\n'
            )
        elif isinstance(item, Picture):
            data = base64.b64encode(item.png).decode("ascii")
            out.append(
                f'<image x="{_n(item.x)}" y="{_n(item.y)}" width="{_n(item.w)}" '
                f'height="{_n(item.h)}" href="data:image/png;base64,{data}"/>\n'
            )
        else:
            ring = f' stroke="#ffffff" stroke-width="{_n(item.ring)}"' if item.ring else ""
            out.append(
                f'<circle cx="{_n(item.x)}" cy="{_n(item.y)}" r="{_n(item.r)}" '
                f'fill="{item.fill}"{ring}/>\n'
            )
    out.append("</svg>\n")
    return "".join(out)


# Entry points ---------------------------------------------------------------------------------


def map_svg_text(
    services: "Services",
    journey_id: uuid.UUID,
    *,
    width: int = DEFAULT_WIDTH,
    lang: str = "en",
    clock: datetime | None = None,
) -> str:
    """The journey map as an SVG document ``width`` pixels wide."""
    return svg_text(map_drawing(services, journey_id, width=width, lang=lang, clock=clock))


def map_png_bytes(
    services: "Services",
    journey_id: uuid.UUID,
    *,
    width: int = DEFAULT_WIDTH,
    lang: str = "en",
    clock: datetime | None = None,
) -> bytes:
    """The journey map as a PNG image ``width`` pixels wide, its height following the map."""
    from personabuilder.export.map_png import png_bytes

    return png_bytes(map_drawing(services, journey_id, width=width, lang=lang, clock=clock))


def write_map_image(
    services: "Services",
    journey_id: uuid.UUID,
    out: Path,
    *,
    width: int = DEFAULT_WIDTH,
    lang: str,
    clock: datetime | None = None,
) -> None:
    """Writes the map to ``out`` as PNG or SVG, by its suffix."""
    suffix = out.suffix.lower()
    if suffix == ".png":
        data = map_png_bytes(services, journey_id, width=width, lang=lang, clock=clock)
    elif suffix == ".svg":
        text = map_svg_text(services, journey_id, width=width, lang=lang, clock=clock)
        data = text.encode("utf-8")
    else:
        raise ValueError(f"A map image is written as .png or .svg, not {out.suffix or out.name!r}.")
    write_whole(data, out, code="file_write_failed")
