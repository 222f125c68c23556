"""The three PDF deliverables: journey map poster, persona one-pagers, full report.

Each is a context (``export.context``), a template (bundled, or the user's own run in the
sandbox) and WeasyPrint behind the locked fetcher (``export.pdf``). ``build_html`` gives the
final HTML alone, for golden tests and benchmarks.

A poster must stay on its page. Its context sizes the text from an estimate of every cell;
should WeasyPrint still need more pages than the poster has sheets, the poster is laid out
again with less room (smaller text, more cuts, each marked) before anything is written.
"""

import io
import logging
import os
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Final, Literal

from personabuilder.export import merge
from personabuilder.export.context import (
    Paper,
    WorkshopOutcome,
    personas_context,
    report_context,
)
from personabuilder.export.files import write_whole
from personabuilder.export.pdf import ExportCancelled, ExportError, render_pdf, render_pdf_parts
from personabuilder.export.poster import poster_context
from personabuilder.export.templating import render_bundled, render_user

if TYPE_CHECKING:
    from personabuilder.export.parallel import Children
    from personabuilder.export.poster import PosterPlan
    from personabuilder.services import Services

_log = logging.getLogger(__name__)

Kind = Literal["poster", "persona", "report"]
Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]

TEMPLATES: Final[dict[str, str]] = {
    "poster": "poster.html.j2",
    "persona": "persona.html.j2",
    "report": "report.html.j2",
}
# Share of the progress bar spent before WeasyPrint starts (data, charts, template).
_PREPARE_SHARE: Final = 0.25
# Room a poster's lanes may take on each try: the estimate, then less when it ran over.
_POSTER_FILLS: Final = (1.0, 0.85, 0.7)
_KEYWORD: Final = {"poster": "journey_map", "persona": "persona", "report": "report_title"}
# One-pagers a layout process takes at least: a process costs about a second to start (a fresh
# interpreter, WeasyPrint, the fonts), some five one-pagers' worth of layout.
_ONEPAGERS_A_PROCESS: Final = 10

__all__ = [
    "TEMPLATES",
    "ExportCancelled",
    "ExportError",
    "Paper",
    "build_context",
    "build_html",
    "full_report",
    "journey_poster",
    "onepager_parts",
    "persona_onepager",
    "workshop_report_options",
    "workshop_summary",
]


def export_language(services: "Services", lang: str | None) -> str:
    """The language of an export's fixed texts: ``lang`` if chosen, else the workspace's own
    (its content is written in it), else English."""
    return lang or services.workspace.language() or "en"


def build_context(
    kind: Kind,
    services: "Services",
    *,
    journey_id: uuid.UUID | None = None,
    persona_ids: Sequence[uuid.UUID] | None = None,
    journey_ids: Sequence[uuid.UUID] | None = None,
    outcomes: Sequence[WorkshopOutcome] = (),
    paper: Paper = "A3",
    lang: str | None = None,
    clock: datetime | None = None,
    step: Callable[[float], None] | None = None,
    heading: str | None = None,
) -> dict[str, Any]:
    """The plain-dict context a template of ``kind`` receives (``step``: see report_context).

    ``heading`` replaces the report's title (a workshop summary is a report of outcomes).
    """
    lang = export_language(services, lang)
    if kind == "poster":
        if journey_id is None:
            raise ValueError("a poster needs a journey_id")
        return poster_context(services, journey_id, paper=paper, lang=lang, clock=clock)
    if kind == "persona":
        if not persona_ids:
            raise ValueError("persona one-pagers need at least one persona id")
        return personas_context(services, persona_ids, lang=lang, clock=clock)
    if kind == "report":
        return report_context(
            services,
            lang=lang,
            journey_ids=journey_ids,
            persona_ids=persona_ids,
            outcomes=outcomes,
            title=heading,
            clock=clock,
            step=step,
        )
    raise ValueError(f"unknown deliverable {kind!r}")


def _html(
    kind: Kind,
    context: dict[str, Any],
    template_folder: Path | None,
    template: str | None,
) -> str:
    if template_folder is not None:
        return render_user(template_folder, template or TEMPLATES[kind], context)
    if template is not None and template != TEMPLATES[kind]:
        raise ValueError("a template name needs the folder it is in (template_folder)")
    return render_bundled(TEMPLATES[kind], context)


def build_html(
    kind: Kind,
    services: "Services",
    *,
    journey_id: uuid.UUID | None = None,
    persona_ids: Sequence[uuid.UUID] | None = None,
    journey_ids: Sequence[uuid.UUID] | None = None,
    outcomes: Sequence[WorkshopOutcome] = (),
    paper: Paper = "A3",
    lang: str | None = None,
    template_folder: Path | None = None,
    template: str | None = None,
    clock: datetime | None = None,
) -> str:
    """The final HTML of a deliverable, as WeasyPrint receives it on the first try."""
    lang = export_language(services, lang)
    context = build_context(
        kind,
        services,
        journey_id=journey_id,
        persona_ids=persona_ids,
        journey_ids=journey_ids,
        outcomes=outcomes,
        paper=paper,
        lang=lang,
        clock=clock,
    )
    return _html(kind, context, template_folder, template)


class _Steps:
    """Progress of the preparation, then WeasyPrint's stages after it; never goes back."""

    def __init__(self, progress: Progress | None, cancelled: Cancelled | None) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._done = 0.0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled

    def _report(self, stage: str, fraction: float) -> None:
        self._done = max(self._done, fraction)
        if self._progress is not None:
            self._progress(stage, self._done)

    def prepare(self, fraction: float) -> None:
        self.check()
        self._report("prepare", _PREPARE_SHARE * fraction)

    def render(self, stage: str, fraction: float) -> None:
        # 1.0 is kept for the moment the file is written.
        self._report(stage, min(_PREPARE_SHARE + (1 - _PREPARE_SHARE) * fraction, 0.99))

    def finish(self) -> None:
        self._report("done", 1.0)


def _metadata(kind: Kind, context: dict[str, Any], title: str) -> dict[str, Any]:
    return {
        "title": title,
        "author": context["brand"]["company"],
        "lang": context["lang"],
        "keywords": ("PersonaBuilder", context["labels"][_KEYWORD[kind]]),
    }


def poster_plan(
    services: "Services", journey_id: uuid.UUID, paper: Paper = "A3", lang: str | None = None
) -> "PosterPlan":
    """How the journey's poster prints on ``paper`` (sheets, text size, a paper for one sheet),
    worked out without exporting: what the export dialog shows before the export."""
    return poster_planner(services, journey_id, lang)(paper)


def poster_planner(
    services: "Services", journey_id: uuid.UUID, lang: str | None = None
) -> Callable[[Paper], "PosterPlan"]:
    """``poster_plan`` in two steps: what the plan needs is read from the workspace now (the
    map, the language, whether a logo prints), and the function returned works the plan out
    for a paper without the workspace, on any thread (the export dialog's worker)."""
    from personabuilder.export.context import branding_context
    from personabuilder.export.poster import plan_poster

    chosen = export_language(services, lang)
    logo = bool(branding_context(services.branding.get())["logo_url"])
    detail = services.journeys.get(journey_id)
    return lambda paper: plan_poster(detail, paper, chosen, logo=logo)


@dataclass(frozen=True)
class PrintedPoster:
    """How an exported poster printed: its paper, text size, sheets (``columns`` across,
    ``rows`` down) and the smallest paper that holds the map on one sheet."""

    paper: str
    font_pt: float
    columns: int
    rows: int
    one_sheet_paper: str | None

    @property
    def sheets(self) -> int:
        return self.columns * self.rows


def journey_poster(
    services: "Services",
    journey_id: uuid.UUID,
    target: "Path | BinaryIO",
    *,
    paper: Paper = "A3",
    lang: str | None = None,
    template_folder: Path | None = None,
    template: str | None = None,
    clock: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    printed: Callable[[PrintedPoster], None] | None = None,
) -> int:
    """Writes the journey map poster (landscape ``paper``) to ``target``; its page count.

    ``printed`` hears how the poster printed: the plan of its last layout, which has more
    sheets than ``poster_plan`` said when the text took more room than measured."""
    lang = export_language(services, lang)
    steps = _Steps(progress, cancelled)
    pages, data = 0, b""
    for fill in _POSTER_FILLS:
        steps.prepare(0.0)
        context = poster_context(
            services, journey_id, paper=paper, lang=lang, clock=clock, fill=fill
        )
        steps.prepare(0.8)
        html = _html("poster", context, template_folder, template)
        steps.prepare(1.0)
        buffer = io.BytesIO()
        pages = render_pdf(
            html,
            buffer,
            **_metadata("poster", context, context["journey"]["title"]),
            created=clock,
            progress=steps.render,
            cancelled=cancelled,
        )
        data = buffer.getvalue()
        sheets = len(context["journey"]["sheets"])
        # A user's template lays the page out its own way: its page count is its own business.
        if pages <= sheets or template_folder is not None:
            break
        _log.info("the poster ran over its %d page(s) at fill %.2f; trying with less", sheets, fill)
    steps.check()
    write_whole(data, target)
    steps.finish()
    if printed is not None:
        journey = context["journey"]
        printed(
            PrintedPoster(
                str(journey["paper"]),
                float(journey["font_pt"]),
                int(journey["columns"]),
                int(journey["rows"]),
                str(journey["one_sheet_paper"]) or None,
            )
        )
    return pages


def _export(
    kind: Kind,
    services: "Services",
    target: "Path | BinaryIO",
    *,
    title: Callable[[dict[str, Any]], str],
    template_folder: Path | None,
    template: str | None,
    clock: datetime | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    parts: int = 1,
    **options: Any,
) -> int:
    """Builds the context and HTML of ``kind`` and writes its PDF; page count.

    With ``parts`` above 1 (one-pagers with the bundled template), the personas are cut into
    that many runs laid out in as many processes (``_export_in_parts``).
    """
    if parts > 1:
        from personabuilder.export.parallel import Children

        # The layout processes start (about a second each) while the context is built.
        with Children(parts) as children:
            return _export_in_parts(
                kind, services, target, title, clock, progress, cancelled, children, options
            )
    steps = _Steps(progress, cancelled)
    context, metadata = _prepared(kind, services, steps, title, clock, options)
    html = _html(kind, context, template_folder, template)
    steps.prepare(1.0)
    pages = render_pdf(html, target, **metadata, progress=steps.render, cancelled=cancelled)
    steps.finish()
    return pages


def _prepared(
    kind: Kind,
    services: "Services",
    steps: "_Steps",
    title: Callable[[dict[str, Any]], str],
    clock: datetime | None,
    options: dict[str, Any],
) -> tuple[dict[str, Any], dict[str, Any]]:
    """The context of ``kind`` and the PDF's metadata (the first 80% of preparing)."""
    steps.prepare(0.0)
    context = build_context(
        kind, services, clock=clock, step=lambda f: steps.prepare(0.8 * f), **options
    )
    steps.prepare(0.8)
    return context, dict(_metadata(kind, context, title(context)), created=clock)


def _export_in_parts(
    kind: Kind,
    services: "Services",
    target: "Path | BinaryIO",
    title: Callable[[dict[str, Any]], str],
    clock: datetime | None,
    progress: Progress | None,
    cancelled: Cancelled | None,
    children: "Children",
    options: dict[str, Any],
) -> int:
    """``_export`` of one-pagers cut into runs, one for each of ``children``: each persona
    starts a page, so the runs are independent documents whose pages are numbered across
    them, laid out at once and merged (``render_pdf_parts``)."""
    steps = _Steps(progress, cancelled)
    context, metadata = _prepared(kind, services, steps, title, clock, options)
    personas = context["personas"]
    size = -(-len(personas) // children.count)
    htmls = [
        _html(kind, dict(context, personas=personas[start : start + size]), None, None)
        for start in range(0, len(personas), size)
    ]
    steps.prepare(1.0)
    pages = render_pdf_parts(
        htmls, target, **metadata, progress=steps.render, cancelled=cancelled, children=children
    )
    steps.finish()
    return pages


def persona_onepager(
    services: "Services",
    persona_ids: Sequence[uuid.UUID],
    target: "Path | BinaryIO",
    *,
    lang: str | None = None,
    template_folder: Path | None = None,
    template: str | None = None,
    clock: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Writes one A4 page per persona (more when one runs long) to ``target``; page count."""
    lang = export_language(services, lang)

    def title(context: dict[str, Any]) -> str:
        names = [str(p["name"]) for p in context["personas"]]
        return names[0] if len(names) == 1 else ", ".join(names[:3]) + ("…" if names[3:] else "")

    bundled = template_folder is None and template in (None, TEMPLATES["persona"])
    return _export(
        "persona",
        services,
        target,
        title=title,
        template_folder=template_folder,
        template=template,
        clock=clock,
        progress=progress,
        cancelled=cancelled,
        persona_ids=list(persona_ids),
        lang=lang,
        parts=onepager_parts(len(persona_ids)) if bundled else 1,
    )


def onepager_parts(count: int) -> int:
    """How many layout processes one-pagers of ``count`` personas (bundled template) are cut
    into; 1 or 0: laid out here, in one go."""
    return min(_cores(), count // _ONEPAGERS_A_PROCESS)


def _cores() -> int:
    """The processor cores this process may run on; 1 when parts could not be merged."""
    if not merge.available():
        return 1
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity is not None else os.cpu_count() or 1


def full_report(
    services: "Services",
    target: "Path | BinaryIO",
    *,
    lang: str | None = None,
    journey_ids: Sequence[uuid.UUID] | None = None,
    persona_ids: Sequence[uuid.UUID] | None = None,
    outcomes: Sequence[WorkshopOutcome] = (),
    title: str | None = None,
    template_folder: Path | None = None,
    template: str | None = None,
    clock: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Writes the full report (all maps and personas unless given) to ``target``; page count."""
    lang = export_language(services, lang)

    def pdf_title(context: dict[str, Any]) -> str:
        company = context["brand"]["company"]
        return f"{context['title']} — {company}" if company else str(context["title"])

    return _export(
        "report",
        services,
        target,
        title=pdf_title,
        heading=title,
        template_folder=template_folder,
        template=template,
        clock=clock,
        progress=progress,
        cancelled=cancelled,
        journey_ids=journey_ids,
        persona_ids=persona_ids,
        outcomes=outcomes,
        lang=lang,
    )


def workshop_summary(
    services: "Services",
    journey_id: uuid.UUID,
    target: "Path | BinaryIO",
    *,
    lang: str | None = None,
    template_folder: Path | None = None,
    template: str | None = None,
    clock: datetime | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Writes what the workshops on one map produced (items per stage, ideas ranked by
    votes, emotion changes), with the report's templates; page count."""
    lang = export_language(services, lang)
    options = workshop_report_options(services, journey_id, lang)
    return full_report(
        services,
        target,
        lang=lang,
        journey_ids=options["journey_ids"],
        persona_ids=options["persona_ids"],
        outcomes=options["outcomes"],
        title=options["heading"],
        template_folder=template_folder,
        template=template,
        clock=clock,
        progress=progress,
        cancelled=cancelled,
    )


def workshop_report_options(
    services: "Services", journey_id: uuid.UUID, lang: str
) -> dict[str, Any]:
    """``build_context("report", ...)`` options of one map's workshop summary: its outcomes
    under its heading, no maps or personas. ExportError when no workshop was held on it."""
    from personabuilder.export.context import labels_for, outcomes_from_workshop

    journey = services.listing.journey(journey_id)
    outcomes = outcomes_from_workshop(services, [journey_id])
    if not outcomes:
        raise ExportError(
            f"No workshop has been held on “{journey.title}” yet; there is nothing to summarise."
        )
    return {
        "journey_ids": [],
        "persona_ids": [],
        "outcomes": outcomes,
        "heading": labels_for(lang)["workshop_summary"].format(journey=journey.title),
    }


def _first_page_context(context: dict[str, Any]) -> dict[str, Any]:
    """The context cut to what the first page shows, with the cover, contents and counts of the
    whole: behind a cover nothing but the maps' titles; in a document of one part, the
    first persona, each map's first stage, the first analytics summary."""
    quick = dict(context)
    parts = [entry for entry in quick.get("toc", []) if entry.get("level") == 1]
    # A document of several parts opens with a cover that only names them; one of a single
    # part starts that part on its first page.
    keep = 1 if len(parts) <= 1 else 0
    dropped: set[str] = set()
    for key in ("personas", "analytics"):
        if isinstance(quick.get(key), list):
            dropped |= {str(item.get("anchor")) for item in quick[key][keep:]}
            quick[key] = quick[key][:keep]
    if isinstance(quick.get("journeys"), list):
        quick["journeys"] = [
            {**journey, "stages": journey.get("stages", [])[:keep]} for journey in quick["journeys"]
        ]
    if isinstance(quick.get("toc"), list):
        # The contents name only what is there: no link to a missing anchor.
        quick["toc"] = [entry for entry in quick["toc"] if entry.get("anchor") not in dropped]
    return quick


def first_page(
    kind: Literal["persona", "report", "workshop"],
    services: "Services",
    *,
    journey_ids: Sequence[uuid.UUID] | None = None,
    persona_ids: Sequence[uuid.UUID] | None = None,
    outcomes: Sequence[WorkshopOutcome] = (),
    lang: str | None = None,
    clock: datetime | None = None,
    cancelled: Cancelled | None = None,
) -> bytes:
    """A quick PDF whose first page looks like the deliverable's, for a preview to show while
    the whole deliverable is laid out: no charts, and only what the first page needs (see
    ``_first_page_context``). Its other pages and page counts are not the deliverable's.

    ``kind`` "workshop" is the summary of the one map in ``journey_ids``.
    """
    lang = export_language(services, lang)
    heading = None
    if kind == "workshop":
        if not journey_ids or len(journey_ids) != 1:
            raise ValueError("a workshop summary needs exactly one journey id")
        options = workshop_report_options(services, journey_ids[0], lang)
        journey_ids, persona_ids = options["journey_ids"], options["persona_ids"]
        outcomes, heading = options["outcomes"], options["heading"]
    if kind == "persona":
        if not persona_ids:
            raise ValueError("persona one-pagers need at least one persona id")
        context = personas_context(services, persona_ids[:1], lang=lang, clock=clock)
        html = _html("persona", context, None, None)
    else:
        context = report_context(
            services,
            lang=lang,
            journey_ids=journey_ids,
            persona_ids=persona_ids,
            outcomes=outcomes,
            title=heading,
            clock=clock,
            charts=False,
        )
        html = _html("report", _first_page_context(context), None, None)
    out = io.BytesIO()
    render_pdf(html, out, title="", author="", lang=context["lang"], cancelled=cancelled)
    return out.getvalue()
