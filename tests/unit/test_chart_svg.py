"""Chart SVG for the deliverables: compact markup with the same texts, a cache by content,
and chart text that stays real text in the PDF."""

import re
import subprocess
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from personabuilder.charts.data import TrendData
from personabuilder.charts.trend import build_trend
from personabuilder.export import chart_svg
from personabuilder.export.chart_svg import ChartCache, cached_chart, chart_key, compact_svg
from personabuilder.export.pdf import render_pdf
from personabuilder.export.templating import safe_svg
from personabuilder.model import Direction, MetricUnit
from tests.tools import program

if TYPE_CHECKING:
    from matplotlib.figure import Figure


def _trend(values: tuple[float, ...], title: str = "Trial signups") -> TrendData:
    return TrendData(
        metric=title,
        unit=MetricUnit.COUNT,
        direction=Direction.HIGHER_IS_BETTER,
        target=140.0,
        values=tuple((date(2026, month, 1), value) for month, value in enumerate(values, 1)),
    )


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(chart_svg.CACHE_DIR_ENV, str(tmp_path / "cache"))
    chart_svg.chart_cache().clear_memory()


def _texts(svg: str) -> list[str]:
    return re.findall(r"<text\b[^>]*>([^<]*)</text>", svg)


def _raw_svg(data: TrendData) -> str:
    import io

    from personabuilder.charts.base import save_figure

    out = io.BytesIO()
    save_figure(build_trend(data, size=(6.0, 3.4)), out, "svg")
    return out.getvalue().decode("utf-8")


def test_compact_svg_keeps_every_text_and_drops_wrappers_styles_and_uses() -> None:
    raw = _raw_svg(_trend((100, 120, 130, 150)))
    compact = compact_svg(raw)
    assert _texts(compact) == _texts(raw)
    assert "Trial signups" in _texts(compact)
    assert 'id="figure_1"' in compact
    assert "style=" not in compact
    assert "<style" not in compact
    assert "<metadata" not in compact
    assert compact.count("<g") < raw.count("<g") / 4
    assert compact.count("<use") < raw.count("<use")
    assert 'stroke-linejoin="round"' in compact.split(">", 1)[0]
    # Still markup the deliverables take.
    assert safe_svg(compact).startswith("<svg")


def test_the_cache_gives_the_same_svg_for_the_same_data_and_another_for_changed_data(
    tmp_path: Path,
) -> None:
    built: list[TrendData] = []

    def chart(data: TrendData) -> str:
        def build() -> "Figure":
            built.append(data)
            return build_trend(data, size=(6.0, 3.4))

        return cached_chart(chart_key(build_trend, data, "en", (6.0, 3.4)), build)

    first = chart(_trend((100, 120, 130, 150)))
    again = chart(_trend((100, 120, 130, 150)))
    changed = chart(_trend((100, 120, 130, 99)))
    assert again == first
    assert changed != first
    assert len(built) == 2  # the same data was drawn once
    # On disk too: a new process (a new cache on the same folder) finds the chart.
    chart_svg.chart_cache().clear_memory()
    assert chart(_trend((100, 120, 130, 150))) == first
    assert len(built) == 2
    # The key follows everything the builder is given.
    data = _trend((1, 2))
    assert chart_key(build_trend, data, "en", (6.0, 3.4)) != chart_key(
        build_trend, data, "fr", (6.0, 3.4)
    )
    assert chart_key(build_trend, data, "en", (6.0, 3.4)) != chart_key(
        build_trend, data, "en", (6.0, 3.5)
    )


def test_a_damaged_cache_file_is_drawn_again_and_the_folder_stays_within_its_bound(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "bounded"
    cache = ChartCache(folder, disk_bytes=3000)
    cache.put("a", "<svg>" + "x" * 1000 + "</svg>")
    (folder / "a.svg").write_text("<svg>cut sho", encoding="utf-8")
    assert ChartCache(folder).get("a") is None
    for key in "bcdef":
        cache.put(key, "<svg>" + "y" * 1000 + "</svg>")
    cache.prune()
    assert sum(p.stat().st_size for p in folder.glob("*.svg")) <= 3000
    assert (folder / "f.svg").exists()  # the newest stays


def test_no_disk_cache_when_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(chart_svg.CACHE_DIR_ENV, "off")
    assert chart_svg.default_cache_dir() is None
    assert chart_svg.chart_cache().folder is None


def test_chart_text_is_real_text_in_the_pdf(tmp_path: Path) -> None:
    svg = cached_chart(
        None, lambda: build_trend(_trend((100, 120, 130, 150), "Qualified pipeline"))
    )
    pdf = tmp_path / "chart.pdf"
    render_pdf(
        f"<html><body><div style='width: 16cm'>{svg}</div></body></html>",
        pdf,
        title="",
        author="",
        lang="en",
    )
    text = subprocess.run(
        [program("pdftotext"), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout.decode("utf-8")
    assert "Qualified pipeline" in text
    assert "Target" in text
    fonts = subprocess.run(
        [program("pdffonts"), str(pdf)], check=True, capture_output=True, timeout=120
    ).stdout.decode("utf-8")
    # The chart's words print in the document's own embedded font.
    assert "PB-Sans" in fonts
    assert all(" yes " in line for line in fonts.splitlines()[2:] if line.strip())
