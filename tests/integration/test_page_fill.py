"""No page that holds a few lines: the report, the one-pagers and the workshop summary.

Each deliverable is exported for the English and French demos and for generated workspaces
(personas from nearly empty to two pages long, workshops of one item and of many), then read
back with ``pdftotext -bbox-layout``. The rules, for every page of every document:

1. A page holds at least ``MIN_ROWS`` rows of text between its running header and footer,
   unless it is the report's cover or the document's only page. Six rows is less than an
   eighth of what an A4 text area holds at these sizes (about 55), yet more than the spills
   this rule is about (a persona's last tag strip, one lane, one workshop item: 1 to 5
   rows); anything that may flow over on its own (a titled list, a stage, an outcome
   group) is a heading and at least a few lines, kept together.
2. No heading ends its column: some text follows it below, on the same page, in the same
   column (a heading is a list, part, chapter or stage title).
3. Stage metrics flow: every page of that part but its last holds two stages or more, or
   is at least ``MIN_FILL`` full (the lowest line's depth in the text area): a stage too tall
   to share a page. A page per stage left 40 to 60 % of each page blank.
4. A persona's titled list (goals, pains...) ends in the column where its title is: it is
   never split across the two columns or pages away from its heading.
5. A workshop summary has no cover and no contents page: its first page starts with its
   title and already holds the first outcome.
"""

import random
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from personabuilder.export import deliverables
from personabuilder.export.context import labels_for, outcomes_from_workshop
from personabuilder.model import CaptureKind, LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace
from tests.conftest import DEMO_DAY
from tests.tools import program

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
MIN_ROWS = 6
MIN_FILL = 0.75
MM = 72 / 25.4
# Page margins (top, bottom) of each stylesheet: what lies beyond is running header/footer.
MARGINS = {"report": (20 * MM, 18 * MM), "persona": (15 * MM, 14 * MM)}
# Lines closer than this (points) on the same page are one row of text.
ROW_TOLERANCE = 3.0
WORDS = [
    "budget",
    "pipeline",
    "rollout",
    "dashboard",
    "adoption",
    "renewal",
    "onboarding",
    "integration",
    "security",
    "review",
    "vendor",
    "pilot",
    "training",
    "report",
    "forecast",
    "margin",
    "planner",
    "depot",
    "region",
    "quarterly",
    "approval",
    "licence",
    "support",
    "workflow",
    "template",
    "champion",
    "sponsor",
    "evaluator",
    "roadmap",
    "data",
    "migration",
    "audit",
    "compliance",
    "benchmark",
    "feedback",
    "meeting",
    "spreadsheet",
    "customer",
    "partner",
]


@dataclass(frozen=True)
class Line:
    """One line of text as pdftotext places it (points, y downwards)."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Page:
    number: int
    height: float
    lines: tuple[Line, ...]


def _pages(pdf: Path) -> list[Page]:
    xhtml = subprocess.run(
        [program("pdftotext"), "-bbox-layout", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout
    ns = {"h": "http://www.w3.org/1999/xhtml"}
    pages = []
    for number, page in enumerate(ET.fromstring(xhtml).iterfind(".//h:page", ns), start=1):
        lines = tuple(
            Line(
                float(line.get("xMin", 0)),
                float(line.get("yMin", 0)),
                float(line.get("xMax", 0)),
                float(line.get("yMax", 0)),
                " ".join(word.text or "" for word in line.iterfind("h:word", ns)),
            )
            for line in page.iterfind(".//h:line", ns)
        )
        pages.append(Page(number, float(page.get("height", 0)), lines))
    return pages


def _body(page: Page, kind: str) -> list[Line]:
    """The page's lines without its running header and footer."""
    top, bottom = MARGINS[kind]
    return [line for line in page.lines if line.y1 > top - 1 and line.y0 < page.height - bottom + 1]


def _rows(lines: list[Line]) -> int:
    rows: list[float] = []
    for line in sorted(lines, key=lambda line: line.y0):
        if not rows or line.y0 - rows[-1] > ROW_TOLERANCE:
            rows.append(line.y0)
    return len(rows)


def _header(page: Page, kind: str) -> str:
    top, _ = MARGINS[kind]
    return " ".join(line.text for line in page.lines if line.y1 <= top - 1)


@dataclass(frozen=True)
class Words:
    """What the document says that the rules look for, folded (see ``_fold``)."""

    persona_headings: frozenset[str]  # on persona pages: the titles of bio, lists, strip
    headings: frozenset[str]  # elsewhere: parts, chapters, stage bars, groups
    stages: frozenset[str]  # stage bars ("3 Trial")
    lists: tuple[tuple[str, str], ...]  # (list title, first words of its last entry)
    personas: str
    stage_metrics: str


def _fold(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split()).casefold()


def _start(text: str, words: int = 3) -> str:
    return " ".join(_fold(text).split()[:words])


def _words_of(services: Services, lang: str) -> Words:
    labels = labels_for(lang)
    persona_keys = ["bio", "goals", "pain_points", "motivations", "objections"]
    persona_keys += ["decision_criteria", "channels", "tools", "tags", "journeys_using"]
    keys = ["personas", "journey_maps", "stage_metrics", "analytics", "outcomes"]
    keys += ["key_figures", "status_by_stage", "emotion_changes"]
    keys += [key for key in labels if key.startswith("kind_")]
    stages, chapters, lists = set(), set(), []
    for summary in services.listing.journeys():
        chapters.add(summary.title)
        for number, stage in enumerate(services.journeys.get(summary.id).stages, start=1):
            stages.add(f"{number} {stage.name}")
    for person in services.listing.personas():
        chapters.add(person.name)
        data = services.personas.get(person.id).data
        for key in ("goals", "pain_points", "motivations", "objections", "decision_criteria"):
            entries = [entry for entry in getattr(data, key) if entry.strip()]
            if entries:
                lists.append((_fold(labels[key]), _start(entries[-1])))
    folded = {_fold(text) for text in stages | chapters}
    return Words(
        persona_headings=frozenset(_fold(labels[key]) for key in persona_keys),
        headings=frozenset(folded | {_fold(labels[key]) for key in keys}),
        stages=frozenset(_fold(text) for text in stages),
        lists=tuple(lists),
        personas=_fold(labels["personas"]),
        stage_metrics=_fold(labels["stage_metrics"]),
    )


def _overlap(a: Line, b: Line) -> bool:
    return a.x0 < b.x1 and b.x0 < a.x1


def _followed(line: Line, body: list[Line]) -> bool:
    """Whether text follows ``line`` on its page: below it in its column, or to its right on
    the same row (a title set before its tags)."""
    return any(
        (other.y0 > line.y1 - 1 and _overlap(line, other))
        or (other is not line and other.x0 >= line.x1 and abs(other.y0 - line.y0) < ROW_TOLERANCE)
        for other in body
    )


def _check(name: str, pdf: Path, kind: str, words: Words, *, cover: bool) -> Iterator[str]:
    """Every way the document breaks the rules, one sentence each."""
    pages = _pages(pdf)
    top, bottom = MARGINS[kind]
    metrics, list_ends, persona_pages = [], 0, 0
    for page in pages:
        body = _body(page, kind)
        header = _fold(_header(page, kind))
        exempt = len(pages) == 1 or (cover and page.number == 1)
        if not exempt and _rows(body) < MIN_ROWS:
            text = " / ".join(line.text for line in sorted(body, key=lambda line: line.y0))
            yield f"{name} p. {page.number}: {_rows(body)} rows only: {text[:160]}"
        on_persona = kind == "persona" or header.startswith(words.personas)
        headings = words.persona_headings if on_persona else words.headings
        persona_pages += on_persona
        for line in body:
            if _fold(line.text) in headings and not _followed(line, body):
                yield f"{name} p. {page.number}: the heading “{line.text}” ends its column"
        # A titled list ends in the column (and on the page) where its title is.
        for title, last in words.lists if on_persona else ():
            for line in body:
                if not _fold(line.text).lstrip("•◦- ").startswith(last):
                    continue
                list_ends += 1
                if not any(
                    _fold(other.text) == title and other.y1 <= line.y0 + 1 and _overlap(line, other)
                    for other in body
                ):
                    yield f"{name} p. {page.number}: the list “{title}” is split from its title"
        if header.startswith(words.stage_metrics):
            metrics.append((page, body))
    if persona_pages and words.lists and not list_ends:
        yield f"{name}: the end of no list was found (the list rule read nothing)"
    for page, body in metrics[:-1]:
        bars = [line for line in body if any(_fold(line.text).startswith(s) for s in words.stages)]
        fill = (max(line.y1 for line in body) - top) / (page.height - top - bottom)
        if len(bars) < 2 and fill < MIN_FILL:
            yield (
                f"{name} p. {page.number}: a stage metrics page holds {len(bars)} stage(s) "
                f"and is {fill:.0%} full"
            )


# Workspaces ----------------------------------------------------------------------------------


def _words(rng: random.Random, count: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(count)).capitalize()


def _items(rng: random.Random, count: int) -> tuple[str, ...]:
    # Each entry starts with words of its own, so the rules can find where a list ends.
    return tuple(
        f"Entry {rng.randrange(10**6)} {_words(rng, rng.randint(3, 16)).lower()}"
        for _ in range(count)
    )


# (goals, pain points, each other list, bio paragraphs, tags): from nearly empty to a
# persona of two pages, through the sizes that end just over a page.
SIZES = (
    (1, 0, 0, 0, 0),
    (2, 2, 1, 1, 2),
    (4, 4, 2, 1, 4),
    (5, 6, 3, 2, 6),
    (6, 6, 4, 2, 8),
    (7, 7, 5, 3, 8),
    (8, 8, 6, 3, 10),
    (12, 12, 9, 6, 12),
)


def _generated(services: Services, items: int) -> None:
    rng = random.Random(14)
    ids = []
    for n, (goals, pains, others, bio, tags) in enumerate(SIZES, start=1):
        data = PersonaData(
            name=f"Persona {n} {WORDS[n].capitalize()}",
            job_title=_words(rng, 3),
            company=_words(rng, 2),
            company_size="200-500",
            industry=_words(rng, 1),
            quote=_words(rng, rng.randint(6, 24)) if bio else "",
            bio="\n\n".join(_words(rng, rng.randint(40, 110)) for _ in range(bio)),
            goals=_items(rng, goals),
            pain_points=_items(rng, pains),
            motivations=_items(rng, others),
            objections=_items(rng, others),
            decision_criteria=_items(rng, others),
            channels=_items(rng, tags // 2),
            tools=_items(rng, tags // 3),
            tags=tuple(rng.choice(WORDS) for _ in range(tags)),
        )
        ids.append(services.personas.create(data).id)
    journey = services.journeys.create(
        JourneySpec(
            title="Generated journey",
            persona_ids=tuple(ids[:3]),
            stages=tuple(StageSpec(f"Step {WORDS[n]}") for n in range(5)),
            lanes=(LaneSpec(LaneKind.TEXT, "Actions"), LaneSpec(LaneKind.PAIN_POINTS, "Pains")),
            cells={(s, 0): CellSpec(text=_words(rng, 20)) for s in range(5)},
        )
    )
    stages = services.journeys.get(journey).stages
    session = services.workshop.start(journey, "Generated workshop", date(2026, 11, 20))
    kinds = list(CaptureKind)
    for n in range(items):
        kind = kinds[n % len(kinds)]
        stage = None if kind is CaptureKind.PARKING else stages[n % len(stages)].id
        item = services.workshop.capture(session, stage, kind, _words(rng, rng.randint(3, 14)))
        if kind is CaptureKind.IDEA:
            services.workshop.vote(item, n % 5 + 1)


def _demo_workshop(services: Services) -> None:
    journey = services.listing.journeys()[0]
    detail = services.journeys.get(journey.id)
    session = services.workshop.start(journey.id, "Kick-off", date(2026, 11, 20))
    for stage in detail.stages[:3]:
        services.workshop.capture(session, stage.id, CaptureKind.IDEA, f"Idea on {stage.name}")
    services.workshop.change_emotion(session, detail.stages[2].id, detail.personas[0].id, (1, None))


CASES: dict[str, tuple[str, Callable[[Services], Any]]] = {
    "demo-en": ("en", lambda s: (build_demo(s, "en", today=DEMO_DAY), _demo_workshop(s))),
    "demo-fr": ("fr", lambda s: (build_demo(s, "fr", today=DEMO_DAY), _demo_workshop(s))),
    "generated-one-item": ("en", lambda s: _generated(s, 1)),
    "generated-many-items-fr": ("fr", lambda s: _generated(s, 40)),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(CASES))
def test_no_page_holds_a_few_lines(case: str, tmp_path: Path) -> None:
    lang, populate = CASES[case]
    workspace = Workspace.create(
        tmp_path / "ws.pbw", populate=lambda ws: populate(Services.bind(ws))
    )
    try:
        services = Services.bind(workspace)
        journey = services.listing.journeys()[0].id
        personas = [p.id for p in services.listing.personas()]
        words = _words_of(services, lang)
        report, onepagers, summary = (
            tmp_path / f"{n}.pdf" for n in ("report", "persona", "summary")
        )
        deliverables.full_report(
            services, report, lang=lang, clock=CLOCK, outcomes=outcomes_from_workshop(services)
        )
        deliverables.persona_onepager(services, personas, onepagers, lang=lang, clock=CLOCK)
        deliverables.workshop_summary(services, journey, summary, lang=lang, clock=CLOCK)
    finally:
        workspace.close()
    problems = [
        *_check("report", report, "report", words, cover=True),
        *_check("one-pagers", onepagers, "persona", words, cover=False),
        *_check("summary", summary, "report", words, cover=False),
    ]
    labels = labels_for(lang)
    texts = [
        _fold(" ".join(line.text for line in _body(page, "report"))) for page in _pages(summary)
    ]
    problems += [
        f"summary p. {n}: a contents page"
        for n, text in enumerate(texts, start=1)
        if text.startswith(_fold(labels["contents"]))
    ]
    first = texts[0]
    if not first.startswith(_fold(labels["workshop_summary"].split("{")[0])):
        problems.append(f"summary p. 1 is not a title block: {first[:120]}")
    if _fold(labels["outcomes"]) not in first:
        problems.append("summary p. 1 does not hold the first outcome")
    assert not problems, "\n".join(problems)
