"""An editable PowerPoint deck (python-pptx) from the deliverables' own contexts.

A 16:9 deck: a title slide, one slide per persona, the journey map as native tables split
over as many slides as keep its text at 12 pt or more, the emotion curves and metric trends
as native charts, the analytics key figures and the workshop outcomes. Every text a client
may change is text in a shape. A client's own deck given as ``template`` lends its masters,
layouts and fonts; its own slides are not kept.

A map cell too long for one slide continues on the next: its lane's row is repeated there
with the lane name marked "(continued)", the cut text ends with "…" and the rest starts
with "…". Persona lists and workshop items flow the same way onto a "(continued)" slide.
"""

import base64
import io
import logging
import math
import uuid
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final

from personabuilder.charts.numbers import format_period
from personabuilder.export.context import (
    evidence_legend,
    labels_for,
    language,
    outcomes_from_workshop,
    personas_context,
    report_context,
)
from personabuilder.export.deliverables import export_language
from personabuilder.export.errors import ExportCancelled, ExportError
from personabuilder.export.files import write_whole
from personabuilder.export.pptx_draw import (
    EMU_PER_PT,
    LINE,
    Paragraph,
    Run,
    clean,
    colour,
    fill_cell,
    fill_frame,
    lines_of,
    rectangle,
    split_to_lines,
    text_box,
)
from personabuilder.model import Granularity
from personabuilder.services import chart_data

if TYPE_CHECKING:
    from personabuilder.services import Services
    from personabuilder.services.readmodels import JourneyDetail, MetricView

_log = logging.getLogger(__name__)

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]
Context = dict[str, Any]

INCH: Final = 914400
WIDTH: Final = 12192000  # 13.333 in: 16:9
HEIGHT: Final = 6858000  # 7.5 in
MARGIN: Final = int(0.5 * INCH)
BODY: Final = 12.0  # the smallest text size of the deck, in points
INK: Final = "#1a1a1a"
MUTED: Final = "#555555"
RULE: Final = "#d0d0d0"
_CELL_PAD: Final = 4.0  # points inside each table cell
_MIN_STAGE_COLUMN: Final = int(2.9 * INCH)
_LANE_COLUMN: Final = int(1.7 * INCH)
_CHARTS_PER_SLIDE: Final = 4
_CONTINUED: Final = {"en": "(continued)", "fr": "(suite)"}
_DECK_LABELS: Final = {
    "en": {
        "emotion_title": "{journey}: emotion curves",
        "metrics_title": "{journey}: metric trends",
        "map_title": "{journey}: journey map",
        "analytics_title": "{journey}: key figures",
        "funnel_title": "{journey}: funnel",
        "to_be": "{persona} (to-be)",
        "not_pptx": "The template “{name}” is not a PowerPoint deck (.pptx) that can be read: "
        "{detail}",
        "no_layout": "The template “{name}” has no slide layout with a title placeholder.",
    },
    "fr": {
        "emotion_title": "{journey}\u00a0: courbes d’émotion",
        "metrics_title": "{journey}\u00a0: évolution des indicateurs",
        "map_title": "{journey}\u00a0: carte de parcours",
        "analytics_title": "{journey}\u00a0: chiffres clés",
        "funnel_title": "{journey}\u00a0: entonnoir",
        "to_be": "{persona} (cible)",
        "not_pptx": "Le modèle «\u00a0{name}\u00a0» n’est pas une présentation PowerPoint "
        "(.pptx) lisible\u00a0: {detail}",
        "no_layout": "Le modèle «\u00a0{name}\u00a0» n’a aucune disposition avec un espace "
        "réservé de titre.",
    },
}

Box = tuple[int, int, int, int]


def _pt(emu: int) -> float:
    return emu / EMU_PER_PT


def _emu(points: float) -> int:
    return int(points * EMU_PER_PT)


# The deck and its layouts ----------------------------------------------------------------


class _Deck:
    """The presentation being made: its size, layouts, branding and language."""

    def __init__(self, context: Context, template: Path | None, lang: str) -> None:
        from pptx import Presentation
        from pptx.util import Emu

        self.lang = language(lang)
        self.labels = labels_for(self.lang)
        self.words = _DECK_LABELS[self.lang]
        self.brand = context["brand"]
        self.accent: str = self.brand["accent"]
        self.generated: str = context["generated"]
        self.templated = template is not None
        if template is None:
            self.prs = Presentation()
            self.prs.slide_width, self.prs.slide_height = Emu(WIDTH), Emu(HEIGHT)
        else:
            self.prs = _open_template(template, self.words)
            _drop_slides(self.prs)
        self.width = int(self.prs.slide_width or WIDTH)
        self.height = int(self.prs.slide_height or HEIGHT)
        title, content = _find_layouts(self.prs)
        if title is None or content is None:
            name = template.name if template is not None else "default"
            raise ExportError(self.words["no_layout"].format(name=name))
        self.title_layout, self.content_layout = title, content
        self.count = 0
        french = self.lang == "fr"
        # French typography: a no-break space before a colon and inside « ».
        self.colon = "\u00a0: " if french else ": "
        self.quotes = ("«\u00a0", "\u00a0»") if french else ("“", "”")

    def continued(self, text: str) -> str:
        """``text`` marked as carried over from the slide before."""
        return f"{text} {_CONTINUED[self.lang]}"

    def title_slide(self, title: str, lines: Sequence[str], contents: Sequence[str]) -> None:
        """The deck's first slide: accent colour, logo, company, title, date, and (outside
        a client's layout) what the deck holds."""
        slide = self.prs.slides.add_slide(self.title_layout)
        self.count += 1
        brand = self.brand
        title_ph, subtitle_ph = _title_placeholders(slide)
        subtitle = [line for line in lines if line]
        if self.templated and title_ph is not None:
            # The client's layout places and styles the title; the accent runs along the foot.
            fill_frame(title_ph.text_frame, [[Run(title, 36, bold=True)]], margin_pt=2)
            if subtitle_ph is not None:
                fill_frame(subtitle_ph.text_frame, [[Run(s, 16)] for s in subtitle], margin_pt=2)
            else:
                box = (MARGIN, self.height - int(1.6 * INCH), self.width - 2 * MARGIN, INCH)
                text_box(slide, box, [[Run(s, 16, colour=MUTED)] for s in subtitle])
            rectangle(slide, (0, self.height - int(0.12 * INCH), self.width, int(0.12 * INCH)),
                      self.accent)  # fmt: skip
        else:
            for placeholder in (title_ph, subtitle_ph):
                _remove(placeholder)
            panel = int(self.width * 0.62)
            rectangle(slide, (0, 0, panel, self.height), self.accent)
            ink = brand["accent_ink"]
            text_box(
                slide,
                (int(0.7 * INCH), int(2.0 * INCH), panel - int(1.3 * INCH), int(2.6 * INCH)),
                [[Run(title, 40, bold=True, colour=ink)]],
                anchor=_anchor("bottom"),
            )
            text_box(
                slide,
                (int(0.7 * INCH), int(4.75 * INCH), panel - int(1.3 * INCH), int(1.8 * INCH)),
                [[Run(s, 18 if i == 0 else 14, colour=ink)] for i, s in enumerate(subtitle)],
                space_after=6,
            )
            right = (panel + int(0.6 * INCH), self.width - panel - int(1.2 * INCH))
            if contents:
                listed: list[Paragraph] = [[Run(self.labels["contents"], 14, True, False,
                                                self.accent)]]  # fmt: skip
                listed += [[Run(entry, 16, colour=INK)] for entry in contents]
                text_box(slide, (right[0], int(2.0 * INCH), right[1], int(3.4 * INCH)), listed,
                         space_after=8, margin_pt=0)  # fmt: skip
            if brand["company"]:
                text_box(
                    slide,
                    (right[0], int(5.6 * INCH), right[1], int(0.9 * INCH)),
                    [[Run(brand["company"], 20, bold=True, colour=INK)]],
                )
        logo = _image_bytes(brand["logo_url"])
        if logo is not None:
            _picture(slide, logo, (self.width - int(2.6 * INCH), int(0.5 * INCH),
                                   int(2.1 * INCH), int(1.2 * INCH)))  # fmt: skip

    def content_slide(self, title: str, subtitle: str = "") -> tuple[Any, Box]:
        """A slide of the title-and-content layout with ``title``; the box left for content."""
        slide = self.prs.slides.add_slide(self.content_layout)
        self.count += 1
        title_ph, body_ph = _content_placeholders(slide)
        area: Box = (MARGIN, int(1.3 * INCH), self.width - 2 * MARGIN,
                     self.height - int(1.3 * INCH) - int(0.55 * INCH))  # fmt: skip
        if self.templated and body_ph is not None and _roomy(body_ph, self.width, self.height):
            # The client's body placeholder says where content goes; it is replaced by ours.
            area = (int(body_ph.left), int(body_ph.top), int(body_ph.width), int(body_ph.height))
        _remove(body_ph)
        # A title that would wrap is set smaller, to stay on its line above the content.
        size = 26 if lines_of(title, _pt(self.width - 2 * MARGIN) - 20, 26, True) == 1 else 20
        heading = [[Run(title, size, bold=True, colour="" if self.templated else INK)]]
        if title_ph is not None:
            if not self.templated:
                title_ph.left, title_ph.top = MARGIN + int(0.2 * INCH), int(0.3 * INCH)
                title_ph.width, title_ph.height = self.width - 2 * MARGIN, int(0.7 * INCH)
            fill_frame(title_ph.text_frame, heading, margin_pt=2, anchor=_anchor("bottom"),
                       align=None if self.templated else _align("left"))  # fmt: skip
        else:
            text_box(slide, (MARGIN, int(0.3 * INCH), self.width - 2 * MARGIN, int(0.7 * INCH)),
                     heading)  # fmt: skip
        if not self.templated:
            rectangle(slide, (MARGIN, int(0.38 * INCH), int(0.08 * INCH), int(0.6 * INCH)),
                      self.accent)  # fmt: skip
            footer = " · ".join(x for x in (self.brand["company"], self.generated) if x)
            text_box(
                slide,
                (MARGIN, self.height - int(0.5 * INCH), self.width - 2 * MARGIN, int(0.4 * INCH)),
                [[Run(footer, BODY, colour=MUTED)]],
            )
            text_box(
                slide,
                (self.width - MARGIN - INCH, self.height - int(0.5 * INCH), INCH, int(0.4 * INCH)),
                [[Run(str(self.count), BODY, colour=MUTED)]],
                align=_align("right"),
            )
        if subtitle:
            left, top, width, height = area
            text_box(slide, (left, top, width, int(0.4 * INCH)),
                     [[Run(subtitle, 14, colour=self.accent)]])  # fmt: skip
            area = (left, top + int(0.45 * INCH), width, height - int(0.45 * INCH))
        return slide, area


def _roomy(placeholder: Any, width: int, height: int) -> bool:
    """Whether a template's body placeholder is big enough to hold a map or charts (half the
    slide's width and 40 % of its height); a smaller one leaves the deck to its margins."""
    return bool(placeholder.width >= width * 0.5 and placeholder.height >= height * 0.4)


def _anchor(name: str) -> Any:
    from pptx.enum.text import MSO_ANCHOR

    return {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}[name]


def _align(name: str) -> Any:
    from pptx.enum.text import PP_ALIGN

    return {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}[name]


def _open_template(template: Path, words: dict[str, str]) -> Any:
    """The client's deck, or an ExportError naming the file and what is wrong with it."""
    from pptx import Presentation

    try:
        return Presentation(str(template))
    except FileNotFoundError:
        detail = "no such file" if words is _DECK_LABELS["en"] else "fichier introuvable"
    except Exception as exc:  # noqa: BLE001 - any failure to read it is the file's fault
        _log.info("template %s refused: %r", template.name, exc)
        detail = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    raise ExportError(words["not_pptx"].format(name=template.name, detail=detail))


def _drop_slides(prs: Any) -> None:
    """Removes the template's own slides (its masters and layouts stay)."""
    slide_ids = prs.slides._sldIdLst
    for slide_id in list(slide_ids):
        prs.part.drop_rel(slide_id.rId)
        slide_ids.remove(slide_id)


def _kinds(layout: Any) -> list[Any]:
    from pptx.enum.shapes import PP_PLACEHOLDER

    chrome = {PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER, PP_PLACEHOLDER.SLIDE_NUMBER}
    return [p.placeholder_format.type for p in layout.placeholders
            if p.placeholder_format.type not in chrome]  # fmt: skip


def _find_layouts(prs: Any) -> tuple[Any, Any]:
    """The title layout (a centred title, or a title and a subtitle) and the title-and-content
    layout (a title and one body), found by their placeholders; fewer others are better."""
    from pptx.enum.shapes import PP_PLACEHOLDER as PH

    title = content = None
    best_title = best_content = 99
    for master in prs.slide_masters:
        for layout in master.slide_layouts:
            kinds = _kinds(layout)
            has_title = PH.TITLE in kinds or PH.CENTER_TITLE in kinds
            titled = PH.CENTER_TITLE in kinds or (PH.TITLE in kinds and PH.SUBTITLE in kinds)
            if titled and len(kinds) < best_title:
                title, best_title = layout, len(kinds)
            bodies = [k for k in kinds if k in (PH.BODY, PH.OBJECT)]
            if has_title and len(bodies) == 1 and len(kinds) < best_content:
                content, best_content = layout, len(kinds)
    if content is None:  # a deck with a title-only layout still serves
        for master in prs.slide_masters:
            for layout in master.slide_layouts:
                if PH.TITLE in _kinds(layout):
                    content = content or layout
    return title or content, content


def _title_placeholders(slide: Any) -> tuple[Any, Any]:
    from pptx.enum.shapes import PP_PLACEHOLDER as PH

    title = subtitle = None
    for placeholder in slide.placeholders:
        kind = placeholder.placeholder_format.type
        if kind in (PH.CENTER_TITLE, PH.TITLE) and title is None:
            title = placeholder
        elif kind in (PH.SUBTITLE, PH.BODY) and subtitle is None:
            subtitle = placeholder
    kept = {id(p._element) for p in (title, subtitle) if p is not None}
    for placeholder in list(slide.placeholders):
        if id(placeholder._element) not in kept:
            _remove(placeholder)
    return title, subtitle


def _content_placeholders(slide: Any) -> tuple[Any, Any]:
    from pptx.enum.shapes import PP_PLACEHOLDER as PH

    title = body = None
    for placeholder in list(slide.placeholders):
        kind = placeholder.placeholder_format.type
        if kind in (PH.TITLE, PH.CENTER_TITLE) and title is None:
            title = placeholder
        elif kind in (PH.BODY, PH.OBJECT) and body is None:
            body = placeholder
        else:
            _remove(placeholder)
    return title, body


def _remove(shape: Any) -> None:
    if shape is not None:
        element = shape._element
        element.getparent().remove(element)


def _image_bytes(url: str | None) -> bytes | None:
    """The bytes of a data: URL's image as PNG or JPEG (WebP is turned into PNG)."""
    if not url or "," not in url:
        return None
    raw = base64.b64decode(url.split(",", 1)[1])
    if url.startswith(("data:image/png", "data:image/jpeg", "data:image/gif")):
        return raw
    from PIL import Image

    out = io.BytesIO()
    with Image.open(io.BytesIO(raw)) as image:
        image.save(out, "PNG")
    return out.getvalue()


def _picture(slide: Any, data: bytes, box: Box) -> Any:
    """The image fitted inside ``box``, its proportions kept, centred."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as image:
        ratio = image.width / max(image.height, 1)
    left, top, width, height = box
    if width / height > ratio:
        fitted = (int(height * ratio), height)
    else:
        fitted = (width, int(width / ratio))
    return slide.shapes.add_picture(
        io.BytesIO(data),
        left + (width - fitted[0]) // 2,
        top + (height - fitted[1]) // 2,
        fitted[0],
        fitted[1],
    )


# Text flowed over columns and slides ---------------------------------------------------------


def _height(paragraphs: Sequence[Paragraph], width_pt: float) -> float:
    """Estimated height in points of ``paragraphs`` in a box ``width_pt`` wide."""
    total = 0.0
    for runs in paragraphs:
        size = max((r.size for r in runs), default=BODY)
        text = "".join(r.text for r in runs)
        # A paragraph with any bold run is measured bold: wider, so never underestimated.
        total += lines_of(text, width_pt, size, any(r.bold for r in runs)) * size * LINE
    return total


def _split_paragraph(
    runs: Paragraph, width_pt: float, room_pt: float
) -> tuple[Paragraph, Paragraph]:
    """A paragraph cut so its first part fits ``room_pt``: "…" marks both sides of the cut."""
    size = max(r.size for r in runs)
    lines = max(int(room_pt // (size * LINE)), 1)
    text = "".join(r.text for r in runs)
    head, tail = split_to_lines(text, width_pt, size, lines, any(r.bold for r in runs))
    style = runs[0]
    return (
        [Run(head + " …", size, style.bold, style.italic, style.colour)],
        [Run("… " + tail, size, style.bold, style.italic, style.colour)],
    )


def _cut(
    paragraphs: Sequence[Paragraph], width_pt: float, room_pt: float, *, split: bool = True
) -> tuple[list[Paragraph], list[Paragraph]]:
    """The paragraphs that fit ``room_pt`` and the rest; with ``split``, the first that does
    not fit is cut at a word (when at least a line of it fits)."""
    kept: list[Paragraph] = []
    used = 0.0
    rest = list(paragraphs)
    while rest:
        need = _height([rest[0]], width_pt)
        if used + need <= room_pt:
            kept.append(rest.pop(0))
            used += need
            continue
        size = max(r.size for r in rest[0])
        if split and room_pt - used >= size * LINE:
            head, tail = _split_paragraph(rest[0], width_pt, room_pt - used)
            kept.append(head)
            rest[0] = tail
        break
    return kept, rest


Block = tuple[str, list[Paragraph]]  # a heading and its paragraphs


def _flow(
    deck: _Deck, blocks: Sequence[Block], width_pt: float, height_pt: float, columns: int
) -> list[list[list[Paragraph]]]:
    """Blocks laid into columns, a page of ``columns`` at a time; a block carried over to a
    new column repeats its heading, marked continued."""
    pages: list[list[list[Paragraph]]] = []
    column: list[Paragraph] = []
    used = 0.0
    page: list[list[Paragraph]] = []

    def next_column() -> None:
        nonlocal column, used, page
        page.append(column)
        if len(page) == columns:
            pages.append(page)
            page = []
        column, used = [], 0.0

    for heading, paragraphs in blocks:
        title: Paragraph = [Run(heading, 14, bold=True, colour=deck.accent)]
        rest = list(paragraphs)
        first = True
        while True:
            shown = title if first else [Run(deck.continued(heading), 14, True, False, deck.accent)]
            head_h = _height([shown], width_pt) + 4
            # A paragraph is cut only when it cannot fit a whole column; else it moves on.
            kept, left = _cut(rest, width_pt, height_pt - used - head_h, split=not column)
            if column and rest and not kept:
                next_column()
                continue
            column.append(shown)
            column.extend(kept)
            used += head_h + _height(kept, width_pt) + 8
            rest, first = left, False
            if not rest:
                break
            next_column()
    if column:
        page.append(column)
    if page:
        pages.append(page)
    return pages


def _columns_on(slide: Any, box: Box, page: Sequence[Sequence[Paragraph]], columns: int) -> None:
    left, top, width, height = box
    gap = int(0.3 * INCH)
    column_width = (width - gap * (columns - 1)) // columns
    for index, paragraphs in enumerate(page):
        text_box(
            slide,
            (left + index * (column_width + gap), top, column_width, height),
            paragraphs,
            margin_pt=0,
            space_after=3,
        )


def _bullets(entries: Sequence[str]) -> list[Paragraph]:
    return [[Run("• " + entry, BODY, colour=INK)] for entry in entries]


# Personas --------------------------------------------------------------------------------------


def _persona_slides(deck: _Deck, persona: Context) -> None:
    labels = deck.labels
    blocks: list[Block] = []
    if persona["bio"]:
        blocks.append((labels["bio"], [[Run(p, BODY, colour=INK)] for p in persona["bio"]]))
    blocks += [(s["title"], _bullets(s["entries"])) for s in persona["sections"]]
    for key in ("channels", "tools", "tags"):
        if persona[key]:
            blocks.append((labels[key], [[Run(" · ".join(persona[key]), BODY, colour=INK)]]))
    slide, area = deck.content_slide(persona["name"], persona["archetype"])
    left, top, width, height = area
    panel = _persona_panel(deck, slide, area, persona, facts=True)
    right = left + panel + int(0.35 * INCH)
    right_width = width - panel - int(0.35 * INCH)
    body_top = top
    if persona["quote"]:
        opening, closing = deck.quotes
        quote = [[Run(opening + persona["quote"] + closing, 16, italic=True, colour=deck.accent)]]
        quote_h = _emu(_height(quote, _pt(right_width)) + 8)
        text_box(slide, (right, top, right_width, quote_h), quote, margin_pt=0)
        body_top = top + quote_h + int(0.15 * INCH)
    first_box = (right, body_top, right_width, top + height - body_top)
    gap = int(0.3 * INCH)
    column_pt = _pt((right_width - gap) // 2)
    pages = _flow(deck, blocks, column_pt, _pt(first_box[3]), 2)
    if pages:
        _columns_on(slide, first_box, pages[0], 2)
    # What does not fit continues on further slides, in the same two columns.
    for page in pages[1:]:
        extra, box = deck.content_slide(deck.continued(persona["name"]), persona["archetype"])
        _persona_panel(deck, extra, box, persona, facts=False)
        _columns_on(extra, (right, box[1], right_width, box[3]), page, 2)


def _persona_panel(deck: _Deck, slide: Any, area: Box, persona: Context, *, facts: bool) -> int:
    """The tinted left panel: photo or initials, name, role, and (``facts``) the facts and
    scales; its width."""
    left, top, _, height = area
    panel = int(3.6 * INCH)
    rectangle(slide, (left, top, panel, height), deck.brand["accent_soft"])
    picture = persona["picture"]
    size = int(1.5 * INCH)
    avatar = (left + (panel - size) // 2, top + int(0.25 * INCH), size, size)
    photo = _image_bytes(picture["url"])
    if photo is not None:
        _picture(slide, photo, avatar)
    else:
        from pptx.enum.shapes import MSO_SHAPE

        oval = rectangle(slide, avatar, picture["colour"], shape_type=MSO_SHAPE.OVAL)
        initials = [[Run(picture["initials"], 32, True, False, picture["ink"])]]
        fill_frame(oval.text_frame, initials, align=_align("center"), anchor=_anchor("middle"),
                   margin_pt=0)  # fmt: skip
    role = " · ".join(x for x in (persona["job_title"], persona["company"]) if x)
    lines: list[Paragraph] = [[Run(persona["name"], 22, bold=True, colour=INK)]]
    if role:
        lines.append([Run(role, 14, colour=MUTED)])
    if facts:
        lines.append([])
        for fact in persona["facts"]:
            if fact["key"] != "company":
                lines.append([Run(fact["label"] + deck.colon, BODY, True, False, INK),
                              Run(fact["value"], BODY, colour=INK)])  # fmt: skip
        for scale in persona["scales"]:
            dots = "●" * scale["value"] + "○" * (scale["max"] - scale["value"])
            lines.append([Run(scale["label"] + deck.colon, BODY, True, False, INK),
                          Run(dots, BODY, colour=deck.accent)])  # fmt: skip
    box = (left + int(0.2 * INCH), top + size + int(0.4 * INCH), panel - int(0.4 * INCH),
           height - size - int(0.5 * INCH))  # fmt: skip
    text_box(slide, box, lines, margin_pt=0, space_after=2)
    return panel


# The journey map -------------------------------------------------------------------------------


def _lane_rows(
    detail: "JourneyDetail", journey: Context, deck: _Deck
) -> list[tuple[str, list[list[Paragraph]]]]:
    """Each lane's name and, per stage, its cell as paragraphs (text, entries, metrics)."""
    from personabuilder.model import LaneKind

    rows: list[tuple[str, list[list[Paragraph]]]] = []
    pointers = [0] * len(journey["stages"])
    evidence = {level["key"]: level for level in evidence_legend(deck.lang)}
    for lane in detail.lanes:
        cells: list[list[Paragraph]] = []
        for index, block in enumerate(journey["stages"]):
            paragraphs: list[Paragraph] = []
            content: Context | None = None
            if lane.kind is LaneKind.METRICS:
                # The report gives a metrics lane's metrics, not its cell: read from the map.
                cell = detail.cell(detail.stages[index].id, lane.id)
                if cell is not None:
                    content = {
                        "paragraphs": [p.strip() for p in cell.text.split("\n\n") if p.strip()],
                        "entries": [],
                        "evidence": evidence.get(cell.evidence.value) if cell.evidence else None,
                    }
            else:
                lanes = block["lanes"]
                # The report's stage lists only its non-empty lanes, in the map's lane order.
                at = pointers[index]
                if at < len(lanes) and (lanes[at]["name"], lanes[at]["kind"]) == (
                    lane.name, lane.kind.value,
                ):  # fmt: skip
                    content = lanes[at]
                    pointers[index] += 1
            if content is not None:
                paragraphs += [[Run(p, BODY, colour=INK)] for p in content["paragraphs"]]
                for entry in content["entries"]:
                    runs = [Run("• " + entry["text"], BODY, colour=INK)]
                    if entry["meta"]:
                        runs.append(Run(f"  {entry['meta']}", BODY, True, False, MUTED))
                    paragraphs.append(runs)
            if lane.kind is LaneKind.METRICS:
                for metric in block["metrics"]:
                    paragraphs.append([
                        Run(metric["name"] + deck.colon, BODY, True, False, INK),
                        Run(f"{metric['latest']} / {metric['target']} ", BODY, colour=INK),
                        Run(metric["status"]["mark"], BODY, colour=metric["status"]["colour"]),
                    ])  # fmt: skip
            if content is not None and content["evidence"]:
                mark = content["evidence"]
                paragraphs.append([Run(f"{mark['mark']} {mark['label']}", BODY, False, True,
                                       MUTED)])  # fmt: skip
            cells.append(paragraphs)
        rows.append((lane.name, cells))
    return rows


def _groups(count: int, per_slide: int) -> list[range]:
    """``count`` stages in balanced groups of at most ``per_slide``."""
    slides = -(-count // per_slide)
    out, start = [], 0
    for index in range(slides):
        size = count // slides + (1 if index < count % slides else 0)
        out.append(range(start, start + size))
        start += size
    return out


def _map_slides(deck: _Deck, detail: "JourneyDetail", journey: Context) -> None:
    stages = [block["stage"] for block in journey["stages"]]
    if not stages:
        return
    rows = _lane_rows(detail, journey, deck)
    _, _, width, height = _probe_area(deck)
    per_slide = max(1, min(len(stages), (width - _LANE_COLUMN) // _MIN_STAGE_COLUMN))
    total = len(stages)
    pad = 2 * _CELL_PAD
    for group in _groups(total, per_slide):
        column = (width - _LANE_COLUMN) // len(group)
        column_pt = _pt(column) - pad
        lane_pt = _pt(_LANE_COLUMN) - pad
        headers = [[[Run(stages[i]["name"], 14, True, False, stages[i]["ink"])]] for i in group]
        header_h = max(_height(h, column_pt) for h in headers) + pad + 4
        # At least a few lines a slide, whatever the headers take: every slide moves on.
        room = max(_pt(height) - header_h - 6, 4 * BODY * LINE + pad + 2)
        # Each lane's row, cut into pieces no taller than a slide's room.
        pieces: list[Piece] = []
        for name, cells in rows:
            parts = [cells[i] for i in group]
            first = True
            while True:
                lane_name = name if first else deck.continued(name)
                name_h = _height([[Run(lane_name, BODY, bold=True)]], lane_pt)
                need = max([name_h, *(_height(p, column_pt) for p in parts)]) + pad + 2
                if need <= room:
                    pieces.append((lane_name, parts, need))
                    break
                cut = [_cut(p, column_pt, room - pad - 2) for p in parts]
                kept = [k for k, _ in cut]
                need = max([name_h, *(_height(k, column_pt) for k in kept)]) + pad + 2
                pieces.append((lane_name, kept, need))
                parts = [r for _, r in cut]
                first = False
        # Rows packed onto slides, the stage headers and lane names repeated on each.
        slides = _pack(pieces, room)
        stage_range = deck.labels["stage_range"].format(
            first=group.start + 1, last=group.stop, total=total
        )
        for chunk in slides:
            slide, area = deck.content_slide(
                deck.words["map_title"].format(journey=journey["title"]), stage_range
            )
            _map_table(slide, area, deck, [stages[i] for i in group], headers, chunk, header_h)


Piece = tuple[str, list[list[Paragraph]], float]  # a lane name, its cells, the row's height


def _pack(pieces: Sequence[Piece], room: float) -> list[list[Piece]]:
    """Rows on as few slides as they need, shared out evenly (no slide with one lone row)."""

    def greedy(capacity: float) -> list[list[Piece]]:
        slides: list[list[Piece]] = [[]]
        used = 0.0
        for piece in pieces:
            if slides[-1] and used + piece[2] > capacity:
                slides.append([])
                used = 0.0
            slides[-1].append(piece)
            used += piece[2]
        return slides

    fewest = greedy(room)
    low, high = max(p[2] for p in pieces), room
    for _ in range(20):  # the smallest capacity that still needs no more slides
        middle = (low + high) / 2
        if len(greedy(middle)) <= len(fewest):
            high = middle
        else:
            low = middle
    return greedy(high)


def _probe_area(deck: _Deck) -> Box:
    """The content box a map slide gets (a slide made and thrown away to learn it)."""
    _, area = deck.content_slide("probe", "probe")
    slide_ids = deck.prs.slides._sldIdLst
    last = slide_ids[-1]
    deck.prs.part.drop_rel(last.rId)
    slide_ids.remove(last)
    deck.count -= 1
    return area


def _map_table(
    slide: Any,
    area: Box,
    deck: _Deck,
    stages: Sequence[Context],
    headers: Sequence[Sequence[Paragraph]],
    rows: Sequence[Piece],
    header_h: float,
) -> None:
    left, top, width, _ = area
    column = (width - _LANE_COLUMN) // len(stages)
    shape = slide.shapes.add_table(1 + len(rows), 1 + len(stages), left, top, width,
                                   _emu(header_h + sum(r[2] for r in rows)))  # fmt: skip
    table = shape.table
    table.first_row = True
    table.horz_banding = False
    table.columns[0].width = _LANE_COLUMN
    for index in range(len(stages)):
        table.columns[index + 1].width = column
    table.rows[0].height = _emu(header_h)
    fill_cell(table.cell(0, 0), [[Run(deck.labels["stage"], BODY, True, False, MUTED)]],
              "#ffffff", _CELL_PAD)  # fmt: skip
    for index, stage in enumerate(stages):
        fill_cell(table.cell(0, index + 1), headers[index], stage["colour"], _CELL_PAD)
    for row, (name, cells, need) in enumerate(rows, start=1):
        table.rows[row].height = _emu(need)
        fill_cell(table.cell(row, 0), [[Run(name, BODY, True, False, INK)]],
                  deck.brand["accent_soft"], _CELL_PAD)  # fmt: skip
        for index, paragraphs in enumerate(cells):
            fill_cell(table.cell(row, index + 1), paragraphs, stages[index]["tint"], _CELL_PAD)


# Charts ----------------------------------------------------------------------------------------


def _line_chart(
    slide: Any,
    box: Box,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None], str, bool]],
    *,
    title: str = "",
    scale: tuple[float, float, float] | None = None,
) -> Any:
    """A native line chart with markers: (name, values, colour, dashed) per series; a None
    value is a gap in its line."""
    from pptx.chart.data import CategoryChartData
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
    from pptx.enum.dml import MSO_LINE
    from pptx.util import Pt

    data = CategoryChartData()  # type: ignore[no-untyped-call]
    data.categories = [clean(c) for c in categories]
    for name, values, _, _ in series:
        data.add_series(clean(name), list(values))  # type: ignore[no-untyped-call]
    chart = slide.shapes.add_chart(XL_CHART_TYPE.LINE_MARKERS, *box, data).chart
    chart.font.size = Pt(BODY)
    chart.has_legend = len(series) > 1
    if chart.has_legend:
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.legend.font.size = Pt(BODY)
    if title:
        chart.has_title = True
        fill_frame(chart.chart_title.text_frame, [[Run(title, 14, bold=True, colour=INK)]])
    else:
        chart.has_title = False
    value_axis = chart.value_axis
    value_axis.tick_labels.font.size = Pt(BODY)
    chart.category_axis.tick_labels.font.size = Pt(BODY)
    value_axis.major_gridlines.format.line.color.rgb = colour("#e4e4e4")
    if scale is not None:
        value_axis.minimum_scale, value_axis.maximum_scale, value_axis.major_unit = scale
    for plot_series, (_, _, hue, dashed) in zip(chart.plots[0].series, series, strict=True):
        plot_series.smooth = False
        line = plot_series.format.line
        line.color.rgb = colour(hue)
        line.width = Pt(2.25)
        if dashed:
            line.dash_style = MSO_LINE.DASH
        marker = plot_series.marker
        marker.format.fill.solid()
        marker.format.fill.fore_color.rgb = colour(hue)
        marker.format.line.color.rgb = colour(hue)
    return chart


def _nice_range(values: Sequence[float]) -> tuple[float, float, float] | None:
    """Axis bounds and step around ``values`` (not from zero: a trend's change shows)."""
    if not values:
        return None
    low, high = min(values), max(values)
    span = (high - low) or abs(high) or 1.0
    raw = span / 4
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    bottom = math.floor((low - span * 0.1) / step) * step
    if low >= 0 > bottom:
        bottom = 0.0
    return bottom, math.ceil((high + span * 0.1) / step) * step, step


def _emotion_slide(deck: _Deck, detail: "JourneyDetail", journey: Context) -> None:
    data = chart_data.emotion_data(detail)
    colours = {chip["name"]: chip["colour"] for chip in journey["personas"]}
    series: list[tuple[str, Sequence[float | None], str, bool]] = []
    for persona in data.personas:
        hue = colours.get(persona.name, deck.accent)
        series.append((persona.name, persona.scores, hue, False))
        if persona.to_be is not None:
            series.append((deck.words["to_be"].format(persona=persona.name), persona.to_be, hue,
                           True))  # fmt: skip
    if not any(v is not None for _, values, _, _ in series for v in values):
        return
    slide, area = deck.content_slide(
        deck.words["emotion_title"].format(journey=journey["title"]),
        deck.labels["emotion_scale"],
    )
    _line_chart(slide, area, data.stages, series, scale=(-2, 2, 1))


def _periods(metric: "MetricView") -> list[date]:
    """Every period from the metric's first to its last, so a missing one shows as a gap."""
    if not metric.values:
        return []
    first, last = metric.values[0][0], metric.values[-1][0]
    step = {Granularity.MONTH: 1, Granularity.QUARTER: 3}.get(metric.granularity)
    out = [first]
    while out[-1] < last and len(out) < 400:
        day = out[-1]
        if step is None:
            out.append(day + timedelta(days=7))
        else:
            months = day.year * 12 + day.month - 1 + step
            out.append(date(months // 12, months % 12 + 1, 1))
    known = {d for d, _ in metric.values}
    return sorted(set(out) | known)


def _metric_slides(deck: _Deck, detail: "JourneyDetail", journey: Context) -> None:
    stage_names = {stage.id: stage.name for stage in detail.stages}
    metrics = [m for m in detail.metrics if m.values]
    title = deck.words["metrics_title"].format(journey=journey["title"])
    for start in range(0, len(metrics), _CHARTS_PER_SLIDE):
        chunk = metrics[start : start + _CHARTS_PER_SLIDE]
        names = list(dict.fromkeys(stage_names.get(m.stage_id, "") for m in chunk))
        slide, area = deck.content_slide(title, " · ".join(n for n in names if n))
        left, top, width, height = area
        gap = int(0.2 * INCH)
        cell_w, cell_h = (width - gap) // 2, (height - gap) // 2
        for index, metric in enumerate(chunk):
            trend = chart_data.trend_data(metric)
            values = dict(trend.values)
            periods = _periods(metric)
            series: list[tuple[str, Sequence[float | None], str, bool]] = [
                (metric.name, [values.get(p) for p in periods], deck.accent, False)
            ]
            if metric.target is not None:
                series.append((deck.labels["target"], [metric.target] * len(periods), MUTED,
                               True))  # fmt: skip
            box = (left + (index % 2) * (cell_w + gap), top + (index // 2) * (cell_h + gap),
                   cell_w, cell_h)  # fmt: skip
            shown = [v for _, values_, _, _ in series for v in values_ if v is not None]
            _line_chart(slide, box,
                        [format_period(p, metric.granularity, deck.lang) for p in periods],
                        series, title=metric.name, scale=_nice_range(shown))  # fmt: skip


# Analytics and workshop outcomes ---------------------------------------------------------------


def _analytics_slides(deck: _Deck, analytics: Context) -> None:
    slide, area = deck.content_slide(
        deck.words["analytics_title"].format(journey=analytics["title"]), deck.labels["key_figures"]
    )
    left, top, width, height = area
    figures = analytics["figures"]
    per_row = 4
    gap = int(0.2 * INCH)
    card_w = (width - gap * (per_row - 1)) // per_row
    card_h = min(int(1.9 * INCH), (height - gap) // 2)
    for index, figure in enumerate(figures):
        box = (left + (index % per_row) * (card_w + gap), top + (index // per_row) * (card_h + gap),
               card_w, card_h)  # fmt: skip
        card = rectangle(slide, box, deck.brand["accent_soft"])
        card.text_frame.text = ""
        rectangle(slide, (box[0], box[1], int(0.07 * INCH), box[3]), deck.accent)
        paragraphs: list[Paragraph] = [
            [Run(figure["label"], BODY, bold=True, colour=INK)],
            [Run(figure["value"], 28, bold=True, colour=deck.accent)],
        ]
        if figure["source"]:
            paragraphs.append([Run(figure["source"], BODY, colour=MUTED)])
        text_box(slide, (box[0] + int(0.15 * INCH), box[1], box[2] - int(0.2 * INCH), box[3]),
                 paragraphs, margin_pt=6, space_after=2)  # fmt: skip
    if not analytics["funnel"]:
        return
    labels = deck.labels
    slide, area = deck.content_slide(
        deck.words["funnel_title"].format(journey=analytics["title"]),
        str(analytics["funnel_metric"] or ""),
    )
    rows = analytics["funnel"]
    left, top, width, height = area
    row_h = min(int(0.45 * INCH), height // (len(rows) + 1))
    table = slide.shapes.add_table(len(rows) + 1, 4, left, top, width,
                                   row_h * (len(rows) + 1)).table  # fmt: skip
    heads = (labels["stage"], labels["reached"], labels["step_conversion"], labels["from_first"])
    for column, head in enumerate(heads):
        fill_cell(table.cell(0, column), [[Run(head, BODY, True, False, deck.brand["accent_ink"])]],
                  deck.accent, _CELL_PAD)  # fmt: skip
    for index, row in enumerate(rows, start=1):
        fill = "#ffffff" if index % 2 else deck.brand["accent_soft"]
        for column, key in enumerate(("stage", "reached", "conversion", "from_first")):
            fill_cell(table.cell(index, column), [[Run(row[key], BODY, colour=INK)]], fill,
                      _CELL_PAD)  # fmt: skip


def _outcome_slides(deck: _Deck, outcome: Context) -> None:
    labels = deck.labels
    blocks: list[Block] = []
    for group in outcome["groups"]:
        entries: list[Paragraph] = []
        for entry in group["entries"]:
            runs = [Run("• " + entry["text"], BODY, colour=INK),
                    Run(f"  {entry['stage']}", BODY, False, True, MUTED)]  # fmt: skip
            if entry["votes"]:
                runs.append(Run(f" · {labels['votes']} {entry['votes']}", BODY, True, False, MUTED))
            entries.append(runs)
        blocks.append((group["title"], entries))
    if outcome["emotions"]:
        blocks.append((labels["emotion_changes"], [
            [Run(f"{e['stage']}, {e['persona']}{deck.colon}{e['before']} → {e['after']}", BODY,
                 colour=INK)]
            for e in outcome["emotions"]
        ]))  # fmt: skip
    title = f"{labels['outcomes']}{deck.colon}{outcome['title']}"
    subtitle = f"{outcome['journey']} · {outcome['held_on']}"
    slide, area = deck.content_slide(title, subtitle)
    gap = int(0.3 * INCH)
    pages = _flow(deck, blocks, _pt((area[2] - 2 * gap) // 3), _pt(area[3]), 3)
    for number, page in enumerate(pages):
        if number:
            slide, area = deck.content_slide(deck.continued(title), subtitle)
        _columns_on(slide, area, page, 3)


# Writing ---------------------------------------------------------------------------------------


def _save(prs: Any, out: "Path | BinaryIO") -> None:
    """Writes the deck; a path is replaced only once the new file is complete on disk."""
    buffer = io.BytesIO()
    prs.save(buffer)
    write_whole(buffer.getvalue(), out, code="deck_write_failed")


def write_deck(
    services: "Services",
    out: "Path | BinaryIO",
    *,
    journey_id: uuid.UUID | None = None,
    persona_ids: Sequence[uuid.UUID] | None = None,
    report: bool = False,
    lang: str | None = None,
    template: Path | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Writes the deck to ``out``; its slide count.

    ``report``: everything (title, personas, maps, charts, key figures, workshop outcomes);
    else ``journey_id``: the title, that map and its charts; else ``persona_ids``: one slide
    per persona. A bad ``template`` or a cancelled export raises ExportError before anything
    is written.
    """
    lang = export_language(services, lang)

    def step(stage: str, fraction: float) -> None:
        if cancelled is not None and cancelled():
            raise ExportCancelled
        if progress is not None:
            progress(stage, fraction)

    step("prepare", 0.0)
    journey_ids = [journey_id] if journey_id is not None and not report else None
    if report or journey_id is not None:
        context = report_context(
            services,
            lang=lang,
            journey_ids=journey_ids,
            persona_ids=None if report else [],
            outcomes=outcomes_from_workshop(services, journey_ids) if report else (),
            charts=False,
        )
    elif persona_ids:
        context = personas_context(services, persona_ids, lang=lang)
    else:
        raise ValueError("a deck needs report=True, a journey_id or persona_ids")
    deck = _Deck(context, template, lang)
    step("prepare", 0.2)
    if report or journey_id is not None:
        first = context["title"] if report else context["journeys"][0]["title"]
        lines = [context.get("prepared_by", ""), context["generated"]]
        if report:
            lines.insert(1, context["summary"])
        if report:
            contents = [e["title"] for e in context["toc"] if e["level"] == 1]
        else:
            contents = [chip["name"] for chip in context["journeys"][0]["personas"]]
        deck.title_slide(first, lines, contents)
    for persona in context["personas"]:
        _persona_slides(deck, persona)
    step("slides", 0.4)
    ids = journey_ids or [j.id for j in services.listing.journeys()]
    for index, journey in enumerate(context.get("journeys", [])):
        detail = services.journeys.get(ids[index])
        _map_slides(deck, detail, journey)
        _emotion_slide(deck, detail, journey)
        _metric_slides(deck, detail, journey)
        if report:
            _analytics_slides(deck, context["analytics"][index])
        step("slides", 0.4 + 0.5 * (index + 1) / len(context["journeys"]))
    for outcome in context.get("outcomes", []):
        _outcome_slides(deck, outcome)
    step("write", 0.95)
    _save(deck.prs, out)
    if progress is not None:
        progress("done", 1.0)
    return deck.count
