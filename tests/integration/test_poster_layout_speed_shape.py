"""The poster's shape that lets WeasyPrint lay it out in one pass, and what it must not cost.

The map prints as a table of fixed column widths (the widths poster.py measured), so that
WeasyPrint never sizes columns from their content; touchpoint chips are inline boxes, and the
few wider than their cell wrap inside; the emotion chart comes from the chart cache while
its scores are unchanged, and is drawn again when one changes. The PDF keeps its tags: the
map reads as a table whose cells name their stage and lane.
"""

import re
import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from personabuilder.export import deliverables, poster
from personabuilder.export.deliverables import Paper
from personabuilder.model import LaneKind
from personabuilder.resources import resources_dir
from personabuilder.services import Services
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.store import Workspace
from tests.tools import program

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
LONG_CHIP = "Quarterly executive business review with the whole customer success organisation"
LANES = (
    LaneSpec(LaneKind.TEXT, "Customer actions"),
    LaneSpec(LaneKind.TOUCHPOINTS, "Touchpoints"),
    LaneSpec(LaneKind.EMOTION, "Emotions"),
    LaneSpec(LaneKind.PAIN_POINTS, "Pain points"),
)


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    ws = Workspace.create(tmp_path / "shape.pbw")
    try:
        yield Services.bind(ws)
    finally:
        ws.close()


def _journey(services: Services, stages: int, words: int = 30) -> tuple[uuid.UUID, uuid.UUID]:
    """A map with a touchpoint too long for its column in stage 1; the map and its persona."""
    persona = services.personas.create(PersonaData(name="Sam Lee")).id
    text = " ".join(["procurement", "security", "questionnaire", "renewal"] * (words // 4))
    cells: dict[tuple[int, int], CellSpec] = {}
    for s in range(stages):
        chips = [{"text": f"Chat {s}"}, {"text": f"Email {s}"}, {"text": f"Webinar {s}"}]
        if s == 0:
            chips.append({"text": LONG_CHIP})
        cells[(s, 0)] = CellSpec(text=f"Step {s} {text}")
        cells[(s, 1)] = CellSpec(items=tuple(chips))
        cells[(s, 2)] = CellSpec(text=f"Feeling {s}")
        cells[(s, 3)] = CellSpec(items=({"text": f"Pain {s} of the buying team", "severity": 3},))
    journey = services.journeys.create(
        JourneySpec(
            title="Shape map",
            description="A map to check the poster's shape.",
            persona_ids=(persona,),
            stages=tuple(StageSpec(f"Stage {n + 1}") for n in range(stages)),
            lanes=LANES,
            cells=cells,
            emotions={(s, persona): (s % 5 - 2, None) for s in range(stages)},
        )
    )
    return journey, persona


def _mm(style: str) -> float:
    found = re.search(r"width: ([0-9.]+)mm", style)
    assert found, style
    return float(found.group(1))


@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_the_map_is_a_table_of_the_measured_column_widths(services: Services, paper: Paper) -> None:
    journey, _ = _journey(services, stages=9)
    context = poster.poster_context(services, journey, paper=paper, clock=CLOCK)
    html = deliverables.build_html("poster", services, journey_id=journey, paper=paper)
    tables = re.findall(r'<table class="grid" style="([^"]*)">\s*<colgroup>(.*?)</colgroup>', html)
    sheets = context["journey"]["sheets"]
    assert len(tables) == len(sheets) >= 1
    for (table_style, columns), sheet in zip(tables, sheets, strict=True):
        widths = [_mm(style) for style in re.findall(r'<col style="([^"]*)">', columns)]
        # The lane names' column, then each stage's, as poster.py measured them ...
        assert widths == [sheet["label_col_mm"], *sheet["columns_mm"]]
        # ... and the table as wide as they are with the spacing between and round them.
        assert _mm(table_style) == pytest.approx(sum(widths) + 0.7 * (len(widths) + 1), abs=0.02)
    css = (resources_dir().parent / "templates" / "poster.css").read_text(encoding="utf-8")
    grid_rule = re.search(r"\.grid \{([^}]*)\}", css)
    assert grid_rule is not None
    assert "table-layout: fixed" in grid_rule.group(1)
    # Nothing in the map sized from its content: no grid or flex box anywhere in the poster.
    assert not re.search(r"display:\s*(inline-)?(grid|flex)", css + html)


def test_a_touchpoint_wider_than_its_cell_wraps_inside_and_prints_whole(
    services: Services, tmp_path: Path
) -> None:
    journey, _ = _journey(services, stages=9)
    context = poster.poster_context(services, journey, paper="A3", clock=CLOCK)
    sheet = context["journey"]["sheets"][0]
    row = next(r for r in sheet["rows"] if r["kind"] == LaneKind.TOUCHPOINTS.value)
    marks = {entry["text"]: entry["long"] for cell in row["cells"] for entry in cell["entries"]}
    assert marks[LONG_CHIP] is True
    assert not any(long for text, long in marks.items() if text != LONG_CHIP)
    pdf = tmp_path / "poster.pdf"
    pages = deliverables.journey_poster(services, journey, pdf, paper="A3", clock=CLOCK)
    text = subprocess.run(
        [program("pdftotext"), "-raw", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout.decode("utf-8")
    assert len(text.split("\f")[:-1]) == pages == len(context["journey"]["sheets"])
    squashed = re.sub(r"[\s\-\u00ad\u2010]+", "", text)
    assert re.sub(r"\s+", "", LONG_CHIP) in squashed
    for s in range(9):
        for chip in (f"Chat {s}", f"Email {s}", f"Webinar {s}"):
            # A chip never breaks inside: its words stay on one line.
            assert chip in text


def test_the_emotion_chart_comes_from_the_cache_until_a_score_changes(
    services: Services, chart_cache_dir: Path
) -> None:
    journey, persona = _journey(services, stages=5)
    first = poster.poster_context(services, journey, paper="A3", clock=CLOCK)
    chart = str(first["journey"]["sheets"][0]["emotion_chart"])
    assert "<svg" in chart
    files = set(chart_cache_dir.rglob("*.svg"))
    again = poster.poster_context(services, journey, paper="A3", clock=CLOCK)
    assert str(again["journey"]["sheets"][0]["emotion_chart"]) == chart
    assert set(chart_cache_dir.rglob("*.svg")) == files  # nothing drawn anew
    stage = services.journeys.get(journey).stages[2]
    services.emotions.set_score(stage.id, persona, as_is=2, to_be=1)
    changed = poster.poster_context(services, journey, paper="A3", clock=CLOCK)
    assert str(changed["journey"]["sheets"][0]["emotion_chart"]) != chart
    assert len(set(chart_cache_dir.rglob("*.svg")) - files) == 1


def test_the_pdf_reads_the_map_as_a_table_whose_cells_name_their_stage_and_lane(
    services: Services, tmp_path: Path
) -> None:
    journey, _ = _journey(services, stages=4, words=8)
    pdf = tmp_path / "poster.pdf"
    assert deliverables.journey_poster(services, journey, pdf, paper="A3", clock=CLOCK) == 1
    tree = subprocess.run(
        [program("pdfinfo"), "-struct", str(pdf)],
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout.decode("utf-8")
    tags = [line.strip().split()[0].rstrip(":") for line in tree.splitlines() if line.strip()]
    assert tags.count("Table") == 1
    # The corner and 4 stage headers, then a header for each of the 4 lanes and the chart.
    assert tags.count("TH") == 1 + 4 + len(LANES) + 1
    assert tags.count("TD") == 4 * len(LANES) + 1
    # Every stage cell points at its lane's header and its stage's header.
    assert tree.count("/Headers [") == 4 * len(LANES) + 1
    assert tags.index("Table") < tags.index("TH") < tags.index("TD")
