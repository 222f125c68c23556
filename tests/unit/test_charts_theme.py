"""Chart themes: the dark one keeps every text and series legible, the light one is unchanged."""

import io
from collections.abc import Callable
from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from personabuilder.charts import style
from personabuilder.charts.base import Chart, save_figure
from personabuilder.charts.cohort import CohortChart
from personabuilder.charts.data import (
    ActualTargetData,
    CohortData,
    EmotionData,
    FunnelData,
    HealthRow,
    HealthStatus,
    PersonaEmotion,
    StageHealthData,
    StageTarget,
    TrendData,
)
from personabuilder.charts.emotion import EmotionChart
from personabuilder.charts.funnel import FunnelChart
from personabuilder.charts.health import StageHealthChart
from personabuilder.charts.targets import ActualTargetChart
from personabuilder.charts.trend import TrendChart
from personabuilder.model import Direction, Granularity, MetricUnit

TEXT_CONTRAST = 4.5
SERIES_CONTRAST = 3.0
STAGES = ("Awareness", "Trial", "Purchase", "Onboarding")
MONTHS = tuple(date(2026, month, 1) for month in range(1, 9))

Factory = Callable[[str, style.Theme], Chart[object]]


def _trend(lang: str, theme: style.Theme) -> Chart[object]:
    values = (40.0, 42, None, 45, 52, 55, 50, 61)
    data = TrendData(
        "Sign-ups",
        MetricUnit.COUNT,
        Direction.HIGHER_IS_BETTER,
        50.0,
        tuple(zip(MONTHS, values, strict=True)),
        Granularity.MONTH,
    )
    return TrendChart(data, lang=lang, theme=theme)  # type: ignore[return-value]


def _funnel(lang: str, theme: style.Theme) -> Chart[object]:
    data = FunnelData(STAGES, (12000.0, 4200.0, 610.0, 580.0), metric="Accounts")
    return FunnelChart(data, lang=lang, theme=theme)  # type: ignore[return-value]


def _targets(lang: str, theme: style.Theme) -> Chart[object]:
    rows = (
        StageTarget("Awareness · Website traffic", 46800.0, 50000.0),
        StageTarget("Trial · Demo requests", 131.0, 120.0),
        StageTarget("Purchase · New customers", 61.0, None),
    )
    data = ActualTargetData("Accounts", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, rows)
    return ActualTargetChart(data, lang=lang, theme=theme)  # type: ignore[return-value]


def _emotion(lang: str, theme: style.Theme) -> Chart[object]:
    personas = tuple(
        PersonaEmotion(f"Persona {index}", (index % 5 - 2, 1, -1, 2), to_be=(1, 2, 0, 2))
        for index in range(len(theme.series))
    )
    return EmotionChart(EmotionData(STAGES, personas), lang=lang, theme=theme)  # type: ignore[return-value]


def _cohort(lang: str, theme: style.Theme) -> Chart[object]:
    records = [(f"2026-0{c}", o, 100.0 - 14 * o) for c in range(1, 5) for o in range(0, 8 - c)]
    data = CohortData.from_records(records, granularity=Granularity.MONTH)
    return CohortChart(data, lang=lang, theme=theme)  # type: ignore[return-value]


def _health(lang: str, theme: style.Theme) -> Chart[object]:
    rows = tuple(
        HealthRow(stage, f"Metric {index}", status, 1250.0 * index, MetricUnit.CURRENCY)
        for stage in STAGES
        for index, status in enumerate(HealthStatus)
    )
    return StageHealthChart(StageHealthData(rows), lang=lang, theme=theme)  # type: ignore[return-value]


def _empty_trend(lang: str, theme: style.Theme) -> Chart[object]:
    data = TrendData("", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, None, ())
    return TrendChart(data, lang=lang, theme=theme)  # type: ignore[return-value]


def _empty_targets(lang: str, theme: style.Theme) -> Chart[object]:
    data = ActualTargetData("Accounts", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, ())
    return ActualTargetChart(data, lang=lang, theme=theme)  # type: ignore[return-value]


KINDS: dict[str, Factory] = {
    "trend": _trend,
    "funnel": _funnel,
    "actual_target": _targets,
    "emotion": _emotion,
    "cohort": _cohort,
    "health": _health,
    "empty_trend": _empty_trend,
    "empty_actual_target": _empty_targets,
}


def _drawn(figure: Figure) -> Figure:
    FigureCanvasAgg(figure).draw()
    return figure


def _rgb(colour: object) -> tuple[float, float, float]:
    return to_rgb(colour)  # type: ignore[arg-type]


def _shown_texts(figure: Figure) -> list[Text]:
    texts = []
    for text in figure.findobj(Text):
        assert isinstance(text, Text)
        axes = text.axes
        if not text.get_text().strip() or not text.get_visible():
            continue
        if axes is not None and not axes.get_visible():
            continue
        texts.append(text)
    return texts


def _fills_under_texts(chart: Chart[object]) -> dict[int, tuple[float, float, float]]:
    """The fill each text written on a tile or heatmap cell sits on, by the text's id."""
    if isinstance(chart, StageHealthChart):
        return {id(text): _rgb(cell.get_facecolor()) for cell, text in chart._cells}
    if isinstance(chart, CohortChart):
        fills = {}
        for texts, row in zip(chart._cells, chart.data.retained, strict=False):
            for text, cell in zip(texts, row, strict=True):
                if cell is not None:
                    red, green, blue, _ = chart._cmap(chart._norm(cell))
                    fills[id(text)] = (red, green, blue)
        return fills
    return {}


def _data_colours(figure: Figure) -> list[tuple[str, tuple[float, float, float]]]:
    """The colours that carry data: lines, bars, tiles and legend keys."""
    found = []
    for ax in figure.axes:
        for line in ax.get_lines():
            found.append((f"line {line.get_label()}", _rgb(line.get_color())))
        for patch in ax.patches:
            if isinstance(patch, Rectangle):
                found.append(("bar or tile", _rgb(patch.get_facecolor())))
    for legend in figure.legends:
        for handle in legend.legend_handles:
            if isinstance(handle, Line2D):
                found.append(("legend line", _rgb(handle.get_color())))
            elif handle is not None:
                found.append(("legend key", _rgb(handle.get_facecolor())))  # type: ignore[attr-defined]
    return found


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("kind", list(KINDS))
def test_dark_texts_and_series_keep_their_contrast(kind: str, lang: str) -> None:
    chart = KINDS[kind](lang, style.DARK)
    figure = _drawn(chart.figure)
    background = _rgb(figure.get_facecolor())
    assert background == _rgb(style.DARK.background)
    fills = _fills_under_texts(chart)
    weak_texts = [
        (text.get_text(), round(style.contrast_ratio(_rgb(text.get_color()), ground), 2))
        for text in _shown_texts(figure)
        for ground in [fills.get(id(text), background)]
        if style.contrast_ratio(_rgb(text.get_color()), ground) < TEXT_CONTRAST
    ]
    assert weak_texts == []
    weak_series = [
        (what, colour)
        for what, colour in _data_colours(figure)
        if style.contrast_ratio(colour, background) < SERIES_CONTRAST
    ]
    assert weak_series == []


def test_every_dark_palette_colour_keeps_its_contrast() -> None:
    theme = style.DARK
    ground = _rgb(theme.background)
    for colour in (theme.text, theme.muted, theme.target):
        assert style.contrast_ratio(_rgb(colour), ground) >= TEXT_CONTRAST, colour
    for colour in (
        *theme.series,
        theme.met,
        theme.missed,
        theme.no_target,
        theme.neutral,
        theme.axis,
        *(mark.colour for mark in theme.statuses),
    ):
        assert style.contrast_ratio(_rgb(colour), ground) >= SERIES_CONTRAST, colour


def test_contrast_ratio_follows_wcag() -> None:
    assert style.contrast_ratio((0.0, 0.0, 0.0), (1.0, 1.0, 1.0)) == pytest.approx(21.0)
    assert style.contrast_ratio((1.0, 1.0, 1.0), (1.0, 1.0, 1.0)) == pytest.approx(1.0)
    # #767676 on white is the classic 4.5:1 grey.
    assert style.contrast_ratio(_rgb("#767676"), (1.0, 1.0, 1.0)) == pytest.approx(4.54, abs=0.01)


def test_light_is_the_palette_charts_always_had() -> None:
    light = style.LIGHT
    assert light.series == style.SERIES
    assert light.text == style.TEXT_COLOUR
    assert light.muted == style.MUTED_TEXT
    assert light.target == style.TARGET_COLOUR
    assert [light.status_mark(status) for status in HealthStatus] == list(
        style.STATUS_MARKS.values()
    )
    assert style.THEMES == {"light": style.LIGHT, "dark": style.DARK}
    # Themes are values: usable in cache keys.
    assert hash(style.DARK) == hash(style.DARK)


def _svg(figure: Figure) -> bytes:
    out = io.BytesIO()
    save_figure(figure, out, "svg")
    return out.getvalue()


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_default_theme_is_light(kind: str) -> None:
    chart = KINDS[kind]("en", style.LIGHT)
    default = type(chart)(chart.data, lang="en")
    assert _svg(default.figure) == _svg(chart.figure)
    assert _rgb(default.figure.get_facecolor()) == (1.0, 1.0, 1.0)


@pytest.mark.parametrize("kind", ["trend", "health", "actual_target", "empty_trend"])
def test_set_theme_redraws_in_the_same_figure(kind: str) -> None:
    chart = KINDS[kind]("fr", style.LIGHT)
    figure = _drawn(chart.figure)
    light_svg = _svg(figure)
    chart.set_theme(style.DARK)
    assert chart.figure is figure
    assert chart.theme is style.DARK
    _drawn(figure)
    assert _rgb(figure.get_facecolor()) == _rgb(style.DARK.background)
    title = figure.axes[0].get_title(loc="left")
    assert title
    (shown,) = [text for text in _shown_texts(figure) if text.get_text() == title]
    assert _rgb(shown.get_color()) == _rgb(style.DARK.text)
    chart.set_theme(style.LIGHT)
    assert _svg(_drawn(figure)) == light_svg


def test_an_update_keeps_the_theme() -> None:
    chart = _trend("en", style.DARK)
    _drawn(chart.figure)
    chart.update(TrendData("Other", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, None, ()))
    _drawn(chart.figure)
    assert _rgb(chart.figure.get_facecolor()) == _rgb(style.DARK.background)
    message = chart.figure.axes[0].texts[0]
    assert _rgb(message.get_color()) == _rgb(style.DARK.muted)
