"""The poster layout: measured, never cut, never below 7.5 pt, tiled when it must be.

Two levels. The plan (no PDF) is checked on many generated maps with Hypothesis: every piece
of every cell lands on exactly one sheet, in order; the text never goes below 7.5 pt; every
sheet's rows fit its room. Then a corpus of maps of the kinds that once broke the poster is
exported for real and read back with pdftotext: as many pages as the plan has sheets (the
measured layout never runs over a page), every word on them, stage and lane names repeated
on every sheet they belong to.
"""

import re
import subprocess
import sys
import unicodedata
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from personabuilder.export import context as ctx
from personabuilder.export import deliverables, poster
from personabuilder.model import Evidence, LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.store import Workspace
from tests.tools import program

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
LANES = (
    LaneSpec(LaneKind.TEXT, "Customer actions"),
    LaneSpec(LaneKind.TOUCHPOINTS, "Touchpoints"),
    LaneSpec(LaneKind.EMOTION, "Emotions"),
    LaneSpec(LaneKind.PAIN_POINTS, "Pain points"),
    LaneSpec(LaneKind.OPPORTUNITIES, "Opportunities"),
    LaneSpec(LaneKind.METRICS, "Metrics"),
)
WORDS = [
    "trial",
    "onboarding",
    "procurement",
    "security",
    "questionnaire",
    "renewal",
    "champion",
    "dashboard",
    "integration",
    "évaluation",
    "décideur",
    "budget",
    "workshop",
    "adoption",
    "expansion",
    "referral",
    "pricing",
    "Kundenbindungsprogrammverantwortliche",
]


# Words in the scripts users type: they print from the fallback fonts, measured as such.
SCRIPTS = [
    "購買委員会",
    "評価",
    "決定者",
    "온보딩",
    "試用期間",
    "ميزانية",
    "التجديد",
    "תקציב",
    "חידוש",
    "🚀",
    "👩\u200d💻",
    "🇫🇷",
    "évaluation",
    "Ünternehmen",
    "上線",
    "サポート",
    "지원팀",
]
_VOCABULARY = [WORDS]


def _sentence(seed: int, words: int) -> str:
    vocabulary = _VOCABULARY[0]
    return " ".join(vocabulary[(seed * 7 + i * 3) % len(vocabulary)] for i in range(words))


def _journey(
    services: Services,
    *,
    stages: int,
    words: int,
    items: int,
    title: str = "Generated map",
    loops: bool = False,
    metrics: int = 0,
    description: str = "What the map is for, in two sentences. " * 2,
) -> uuid.UUID:
    """A map of ``stages`` stages over the six lane kinds, ``words`` words a text cell and
    ``items`` items a list cell; every text is numbered so that each can be found again."""
    persona = services.personas.create(PersonaData(name="Sam Lee")).id
    cells: dict[tuple[int, int], CellSpec] = {}
    for s in range(stages):
        cells[(s, 0)] = CellSpec(
            text=f"T{s}x0 " + _sentence(s, words), evidence=Evidence.PARTLY_BACKED
        )
        cells[(s, 1)] = CellSpec(items=tuple({"text": f"C{s}x{n} chat"} for n in range(items)))
        cells[(s, 2)] = CellSpec(text=f"E{s}x0 " + _sentence(s + 1, max(words // 3, 1)))
        cells[(s, 3)] = CellSpec(
            items=tuple(
                {"text": f"P{s}x{n} " + _sentence(n, 4), "severity": n % 5 + 1}
                for n in range(items)
            )
        )
        cells[(s, 4)] = CellSpec(
            items=tuple(
                {"text": f"O{s}x{n} " + _sentence(n + 2, 3), "impact": 4, "effort": 2}
                for n in range(items)
            )
        )
    return services.journeys.create(
        JourneySpec(
            title=title,
            description=description,
            persona_ids=(persona,),
            stages=tuple(
                StageSpec(
                    f"Stage {n + 1} {WORDS[n % len(WORDS)]}",
                    loop_to=0 if loops and n == stages - 1 and stages > 2 else None,
                )
                for n in range(stages)
            ),
            lanes=LANES,
            cells=cells,
            emotions={(s, persona): (s % 5 - 2, None) for s in range(stages)},
            metrics=tuple(
                MetricSpec(stage=n % stages, name=f"M{n} accounts reaching") for n in range(metrics)
            ),
        )
    )


def _pieces(cell: dict) -> list[str]:
    """A cell's content as comparable pieces: words of its text, its items, its metrics."""
    out = " ".join(cell["paragraphs"]).split()
    out += [e["text"] for e in cell["entries"]]
    out += [m["name"] for m in cell["metrics"]]
    return out


def _check_plan(services: Services, journey_id: uuid.UUID, paper: str) -> ctx.Context:
    detail = services.journeys.get(journey_id)
    labels = ctx.labels_for("en")
    context = poster.poster_journey(detail, paper, labels, "en", logo=False)
    plan = poster.plan_poster(detail, paper)
    assert context["font_pt"] >= poster.MIN_POSTER_PT
    assert len(context["sheets"]) == plan.sheets
    whole = poster._layout(detail, labels, "en", logo=False, fill=1.0)
    sheet = poster.paper(paper)
    room = whole.room_mm(sheet, plan.sheets > 1)
    # Every stage's column on exactly one sheet across; every stage on every sheet down.
    across = [s["number"] for sh in context["sheets"] if sh["y"] == 1 for s in sh["stages"]]
    assert across == list(range(1, len(detail.stages) + 1))
    for sh in context["sheets"]:
        used = (
            sh["head_mm"]
            + sh["loops_mm"]
            + sum(row["height_mm"] + 0.7 for row in sh["rows"])
            + 0.7 * (1 + bool(sh["loops_mm"]))
        )
        assert used <= room + 0.01
        assert min(sh["columns_mm"]) >= poster.MIN_COLUMN_EM * sh["font_pt"] * 25.4 / 72 - 0.01
    # Each cell's content, read sheet row after sheet row, is the whole cell, in order.
    for row_index, row in enumerate(whole.rows):
        if row.chart:
            continue
        for stage, cell in enumerate(row.cells):
            found: list[str] = []
            for sh in sorted(context["sheets"], key=lambda s: (s["y"], s["x"])):
                numbers = [s["number"] - 1 for s in sh["stages"]]
                if stage not in numbers:
                    continue
                for printed in sh["rows"]:
                    if printed["name"] == row.name and not printed["chart"]:
                        found += _pieces(printed["cells"][numbers.index(stage)])
            assert found == _pieces(cell), (row_index, stage)
    if plan.one_sheet_paper:
        assert poster.plan_poster(detail, plan.one_sheet_paper).sheets == 1
    return context


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    stages=st.integers(1, 24),
    words=st.integers(0, 90),
    items=st.integers(0, 14),
    paper=st.sampled_from(("A4", "A3", "A2")),
    metrics=st.integers(0, 12),
)
def test_every_piece_of_every_cell_lands_on_one_sheet(
    services: Services, stages: int, words: int, items: int, paper: str, metrics: int
) -> None:
    journey_id = _journey(
        services, stages=stages, words=words, items=items, loops=True, metrics=metrics
    )
    _check_plan(services, journey_id, paper)


def test_a_cell_taller_than_a_sheet_goes_on_in_pieces(services: Services) -> None:
    journey_id = _journey(services, stages=3, words=1000, items=2)
    context = _check_plan(services, journey_id, "A4")
    assert len(context["sheets"]) > 1
    continued = [r for sh in context["sheets"] for r in sh["rows"] if r["continued"]]
    assert continued


# Real PDFs ------------------------------------------------------------------------------------


@pytest.fixture
def services_on_file(tmp_path: Path) -> Iterator[Services]:
    ws = Workspace.create(tmp_path / "posters.pbw")
    try:
        yield Services.bind(ws)
    finally:
        ws.close()


@pytest.fixture
def posters_file(tmp_path: Path) -> Path:
    """A workspace file holding one map too large for an A4 sheet, closed."""
    path = tmp_path / "tiled.pbw"
    ws = Workspace.create(path)
    try:
        _journey(Services.bind(ws), stages=12, words=40, items=4, title="Tiled map")
    finally:
        ws.close()
    return path


def _texts(pdf: Path) -> list[str]:
    out = subprocess.run(
        [program("pdftotext"), "-raw", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout.decode("utf-8")
    return out.split("\f")[:-1]


def _squash(text: str) -> str:
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


CORPUS = {
    # name: (stages, words, items, paper); "scripts" cases write in SCRIPTS
    "demo-like nine stages on A3": (9, 45, 4, "A3"),
    "nine stages on A4": (9, 30, 3, "A4"),
    "twenty stages of long text on A3": (20, 80, 6, "A3"),
    "forty pain points in a cell on A3": (9, 10, 40, "A3"),
    "one small stage on A2": (1, 5, 1, "A2"),
    "a cell taller than an A4 sheet": (3, 1000, 1, "A4"),
    "scripts: CJK, Arabic, Hebrew and emoji on A3": (9, 40, 4, "A3"),
    # A long description: the header's text column is narrower than the whole title column.
    "a long description on A2": (9, 20, 3, "A2"),
    "a long description on A3": (9, 20, 3, "A3"),
    "a long description on A4": (9, 20, 3, "A4"),
}
# The description of the "long description" cases: paragraphs of different lengths.
LONG_DESCRIPTION = "\n".join(
    _sentence(seed, words) + "." for seed, words in ((1, 70), (2, 25), (3, 110))
)


def _right_to_left(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


@pytest.mark.parametrize("case", list(CORPUS))
def test_the_poster_prints_every_word_on_as_many_sheets_as_planned(
    services_on_file: Services, tmp_path: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    stages, words, items, paper = CORPUS[case]
    services = services_on_file
    monkeypatch.setattr(
        sys.modules[__name__], "_VOCABULARY", [SCRIPTS if case.startswith("scripts") else WORDS]
    )
    journey_id = _journey(
        services,
        stages=stages,
        words=words,
        items=items,
        loops=True,
        metrics=stages,
        description=LONG_DESCRIPTION if "long description" in case else "A map. " * 8,
    )
    plan = deliverables.poster_plan(services, journey_id, paper)
    context = poster.poster_context(services, journey_id, paper=paper, clock=CLOCK)
    # Laid out at the full measured room (no second try with less): no page runs over.
    html = deliverables.build_html("poster", services, journey_id=journey_id, paper=paper)
    pdf = tmp_path / "poster.pdf"
    pages = deliverables.render_pdf(html, pdf, title="t", author="", lang="en")
    assert pages == plan.sheets == len(context["journey"]["sheets"])
    texts = _texts(pdf)
    assert len(texts) == pages
    assert "✂" not in "".join(texts)
    # The plan puts every piece of every cell on a sheet (checked piece by piece) ...
    _check_plan(services, journey_id, paper)
    # ... and each sheet's page prints every piece the plan put on it.
    for number, sheet in enumerate(context["journey"]["sheets"]):
        page = _squash(texts[number])
        for stage in sheet["stages"]:
            assert _squash(stage["name"]) in page
        for row in sheet["rows"]:
            assert _squash(row["name"]) in page
            for cell in row["cells"]:
                for text in [*cell["paragraphs"], *(e["text"] for e in cell["entries"])]:
                    # pdftotext gives right-to-left words in drawing order; the glyph test
                    # (test_glyphs.py) checks those scripts print.
                    if not _right_to_left(text):
                        assert _squash(text) in page
                for metric in cell["metrics"]:
                    assert _squash(metric["name"]) in page
        if pages > 1:
            assert _squash(f"Sheet {sheet['x']}/") in page
    for page in PdfReader(pdf).pages:
        assert float(page.mediabox.width) > float(page.mediabox.height)


def test_a_map_tiled_on_its_paper_fits_one_sheet_of_the_paper_suggested(
    services_on_file: Services, tmp_path: Path
) -> None:
    services = services_on_file
    journey_id = _journey(services, stages=12, words=40, items=4)
    plan = deliverables.poster_plan(services, journey_id, "A4")
    assert plan.sheets > 1
    assert plan.one_sheet_paper in ("A3", "A2", "A1", "A0")
    pdf = tmp_path / "one.pdf"
    pages = deliverables.journey_poster(
        services, journey_id, pdf, paper=plan.one_sheet_paper, clock=CLOCK
    )
    assert pages == 1
    texts = _texts(pdf)
    assert _squash(f"Stage 12 {WORDS[11]}") in _squash(texts[0])


def test_loops_are_arrows_between_the_stages(services_on_file: Services, tmp_path: Path) -> None:
    services = services_on_file
    journey_id = _journey(services, stages=5, words=10, items=1, loops=True)
    context = poster.poster_context(services, journey_id, paper="A3", clock=CLOCK)
    (sheet,) = context["journey"]["sheets"]
    svg = str(sheet["loops"])
    assert "<path" in svg
    assert "loops back to Stage 1" in svg
    pdf = tmp_path / "loops.pdf"
    deliverables.journey_poster(services, journey_id, pdf, paper="A3", clock=CLOCK)
    assert "loops back to Stage 1" in _texts(pdf)[0]


def test_the_cli_says_when_a_map_is_tiled_and_which_paper_holds_it(
    posters_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from personabuilder import cli

    out = tmp_path / "tiled.pdf"
    argv = ["export", str(posters_file), "--journey", "Tiled map", "--paper", "A4", "-o", str(out)]
    assert cli.main(argv) == 0
    said = capsys.readouterr().out
    assert "tiled over" in said
    assert "It fits one sheet of A" in said


def test_a_logo_takes_its_room_in_the_plan_and_nothing_runs_over(
    services_on_file: Services, tmp_path: Path
) -> None:
    import io

    from PIL import Image

    from personabuilder.services.branding import Branding

    services = services_on_file
    logo = io.BytesIO()
    Image.new("RGB", (800, 400), "#0072B2").save(logo, "PNG")
    services.branding.set(Branding("Atelier Conseil", "#D55E00", logo.getvalue()))
    journey_id = _journey(services, stages=9, words=40, items=4, metrics=9)
    plan = deliverables.poster_plan(services, journey_id, "A3")
    bare = poster.plan_poster(services.journeys.get(journey_id), "A3", logo=False)
    assert plan.measure.font_pt <= bare.measure.font_pt or plan.sheets >= bare.sheets
    pdf = tmp_path / "logo.pdf"
    html = deliverables.build_html("poster", services, journey_id=journey_id, paper="A3")
    assert 'class="logo"' in html
    pages = deliverables.render_pdf(html, pdf, title="t", author="", lang="en")
    assert pages == plan.sheets
    assert "Atelier Conseil" in _texts(pdf)[0]


def test_the_cli_tells_the_sheets_the_poster_printed_on_in_the_language_asked(
    posters_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from personabuilder import cli

    # Cells that take more room than measured at the first try: the export lays the poster
    # out again with more room, on more sheets than first planned, and says so.
    measured = poster._Layout.cell_em

    def short_at_first(layout: poster._Layout, row: int, stage: int, width_em: float) -> float:
        found = measured(layout, row, stage, width_em)
        return found * 0.5 if layout.fill == 1.0 else found

    monkeypatch.setattr(poster._Layout, "cell_em", short_at_first)
    out = tmp_path / "tiled.pdf"
    argv = ["export", str(posters_file), "--journey", "Tiled map", "--paper", "A4"]
    assert cli.main([*argv, "--lang", "fr", "-o", str(out)]) == 0
    said = capsys.readouterr().out
    pages = len(PdfReader(out).pages)
    assert f"({pages} pages)" in said
    assert f"tiled over {pages} sheets" in said
    ws = Workspace.open(posters_file)
    try:
        services = Services.bind(ws)
        journey = next(j.id for j in services.listing.journeys() if j.title == "Tiled map")
        first = deliverables.poster_plan(services, journey, "A4", "fr")  # what was planned
    finally:
        ws.close()
    assert first.sheets < pages
