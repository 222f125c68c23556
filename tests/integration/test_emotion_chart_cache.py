"""The emotion charts of the report and the poster are kept by their data: a second build
draws nothing with matplotlib and gives the same SVG; a changed score draws the chart anew."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from personabuilder.export import chart_svg
from personabuilder.export.context import report_context
from personabuilder.export.poster import poster_context
from personabuilder.services import Services
from personabuilder.store import Workspace


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[Services]:
    """A private copy of the demo workspace file (the cache does not depend on the backend)."""
    copy = tmp_path / "demo.pbw"
    copy.write_bytes(demo_file.read_bytes())
    workspace = Workspace.open(copy)
    yield Services.bind(workspace)
    workspace.close()


@pytest.fixture
def figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Figure]:
    """Every matplotlib figure made from now on, with an empty chart cache of the test's own."""
    monkeypatch.setenv(chart_svg.CACHE_DIR_ENV, str(tmp_path / "charts"))
    chart_svg.chart_cache().clear_memory()
    made: list[Figure] = []
    init = Figure.__init__

    def counted(self: Figure, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(Figure, "__init__", counted)
    return made


def _emotion_charts(context: dict[str, Any]) -> list[str]:
    return [str(j["emotion_chart"]) for j in context["journeys"]]


def test_a_second_report_draws_no_chart_and_gives_the_same_svg(
    demo: Services, figures: list[Figure]
) -> None:
    first = report_context(demo, lang="en")
    assert figures, "the first report draws its charts"
    charts = _emotion_charts(first)
    assert charts
    assert all(chart.startswith("<svg") for chart in charts)
    figures.clear()
    second = report_context(demo, lang="en")
    assert figures == []
    assert _emotion_charts(second) == charts


def test_a_changed_score_draws_only_its_map_emotion_chart_again(
    demo: Services, figures: list[Figure]
) -> None:
    before = _emotion_charts(report_context(demo, lang="en"))
    journey = demo.listing.journeys()[0]
    detail = demo.journeys.get(journey.id)
    score = next(e for e in detail.emotions if e.as_is is not None and e.as_is < 2)
    raised = (score.as_is or 0) + 1
    demo.emotions.set_score(score.stage_id, score.persona_id, as_is=raised, to_be=score.to_be)
    figures.clear()
    after = _emotion_charts(report_context(demo, lang="en"))
    assert len(figures) == 1
    assert after[0] != before[0]
    assert after[1:] == before[1:]


def test_the_poster_chart_is_kept_apart_from_the_report_chart(
    demo: Services, figures: list[Figure]
) -> None:
    journey = demo.listing.journeys()[0]
    report = _emotion_charts(report_context(demo, lang="en", journey_ids=[journey.id]))
    figures.clear()
    poster = poster_context(demo, journey.id, lang="en")["journey"]
    assert len(figures) == 1, "the poster's chart fits its columns: a drawing of its own"
    charts = [str(row["chart"]) for s in poster["sheets"] for row in s["rows"] if row.get("chart")]
    assert charts
    assert charts[0] not in report
    figures.clear()
    again = poster_context(demo, journey.id, lang="en")["journey"]
    assert figures == []
    assert [
        str(row["chart"]) for s in again["sheets"] for row in s["rows"] if row.get("chart")
    ] == (charts)
