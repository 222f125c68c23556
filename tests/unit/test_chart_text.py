"""Every chart's text fits its figure, never collides, and shows user text literally."""

import io
import itertools
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from personabuilder.charts import style
from personabuilder.charts.base import save_figure
from personabuilder.charts.cohort import build_cohort_retention
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
from personabuilder.charts.emotion import build_emotion
from personabuilder.charts.funnel import FunnelChart, build_funnel
from personabuilder.charts.health import build_stage_health
from personabuilder.charts.targets import build_actual_target
from personabuilder.charts.trend import TrendChart, build_trend
from personabuilder.model import Direction, Granularity, MetricUnit

# Names of 60 to 80 characters, accented, as people write them in a workshop.
LONG_METRIC = "Comptes qualifiés atteignant l’étape de démonstration après l’essai élargi"
LONG_STAGES = (
    "Découverte de l’offre grâce aux recommandations des pairs du secteur",
    "Évaluation technique approfondie par l’équipe sécurité du client final",
    "Négociation contractuelle et validation juridique des clauses spécifiques",
    "Déploiement progressif auprès des équipes opérationnelles régionales",
)
LONG_PERSONAS = (
    "Hélène, directrice des opérations numériques d’un groupe industriel",
    "Jérôme, responsable sécurité des systèmes d’information très prudent",
)
SHORT_STAGES = ("Awareness", "Trial", "Purchase", "Onboarding")
DOLLAR_NAMES = ("$10k to $50k", r"Broken $\undefinedcommand{$ name", "Price $ in $USD")

Builder = Callable[[tuple[str, ...], str, str, str], Figure]


def _trend(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    months = [date(2025 + (m // 12), m % 12 + 1, 1) for m in range(1, 13)]
    # The last value is the highest, the target is where the line passes.
    values = [40.0, 42, 47, 45, 52, 55, 50, 58, 61, 57, 63, 70]
    return build_trend(
        TrendData(
            metric,
            MetricUnit.COUNT,
            Direction.HIGHER_IS_BETTER,
            60.0,
            tuple(zip(months, values, strict=True)),
            Granularity.MONTH,
        ),
        lang=lang,
    )


def _trend_small(stages: tuple[str, ...], metric: str, lang: str, persona: str) -> Figure:
    months = [date(2026, m, 1) for m in range(1, 7)]
    values = [10.0, 12, 11, 15, 17, 21]
    return build_trend(
        TrendData(
            metric,
            MetricUnit.PERCENT,
            Direction.HIGHER_IS_BETTER,
            21.0,
            tuple(zip(months, values, strict=True)),
            Granularity.MONTH,
        ),
        lang=lang,
        size=(6.0, 3.4),
    )


def _funnel(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    values = (1000.0, 420.0, 130.0, 61.0)[: len(stages)]
    return build_funnel(FunnelData(stages, values, metric=metric), lang=lang, size=(9.0, 4.6))


def _funnel_default(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    values = (1000.0, 420.0, 130.0, 61.0)[: len(stages)]
    return build_funnel(FunnelData(stages, values, metric=metric), lang=lang)


def _actual_target(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    rows = tuple(
        StageTarget(stage, actual, target)
        for stage, actual, target in zip(
            stages, (80.0, 35.0, 22.0, 9.0), (70.0, 50.0, 20.0, 12.0), strict=False
        )
    )
    return build_actual_target(
        ActualTargetData(metric, MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, rows), lang=lang
    )


def _emotion(stages: tuple[str, ...], metric: str, lang: str, persona: str) -> Figure:
    count = len(stages)
    personas = (
        PersonaEmotion(persona, (2, -1, 0, 2)[:count], to_be=(2, 1, 1, 2)[:count]),
        PersonaEmotion(LONG_PERSONAS[1], (-2, 1, -1, 1)[:count]),
    )
    return build_emotion(EmotionData(stages, personas, title=metric), lang=lang)


def _cohort(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    cohorts = tuple(f"{stage} {index}" for index, stage in enumerate(stages * 2))
    offsets = tuple(range(10))
    retained = tuple(
        tuple(None if row + col > 12 else 100.0 - 7.5 * col for col in offsets)
        for row in range(len(cohorts))
    )
    return build_cohort_retention(
        CohortData(cohorts, offsets, retained, Granularity.MONTH, title=metric), lang=lang
    )


def _health(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    statuses = list(HealthStatus)
    rows = tuple(
        HealthRow(stage, f"{metric} {index}" if index else metric, statuses[index % 4])
        for stage in stages
        for index in range(3)
    )
    return build_stage_health(StageHealthData(rows, title=metric), lang=lang, size=(9.0, 4.0))


def _actual_target_scales(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    """Metrics of one unit, orders of magnitude apart, as on the screen."""
    values = ((46800.0, 50000.0), (131.0, 120.0), (9.0, 12.0), (None, 55.0), (61.0, None))
    rows = tuple(
        StageTarget(f"{stage} · {metric}", actual, target)
        for stage, (actual, target) in zip((*stages, stages[0]), values, strict=False)
    )
    return build_actual_target(
        ActualTargetData(metric, MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER, rows), lang=lang
    )


def _actual_target_small(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    rows = tuple(
        StageTarget(stage, actual, target)
        for stage, actual, target in zip(
            stages, (46800.0, 131.0, 9.0), (50000.0, 120.0, 12.0), strict=False
        )
    )
    return build_actual_target(
        ActualTargetData(metric, MetricUnit.COUNT, Direction.LOWER_IS_BETTER, rows),
        lang=lang,
        size=(6.0, 3.4),
    )


def _health_values(stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    statuses = list(HealthStatus)
    units = (MetricUnit.CURRENCY, MetricUnit.PERCENT, MetricUnit.DAYS)
    rows = tuple(
        HealthRow(
            stage,
            f"{metric} {index}" if index else metric,
            statuses[index % 4],
            123456.78 if index == 0 else 12.5 * index,
            units[index],
        )
        for stage in stages
        for index in range(3)
    )
    return build_stage_health(StageHealthData(rows, title=metric), lang=lang, size=(9.0, 4.0))


def _empty_trend(_stages: tuple[str, ...], _metric: str, lang: str, _persona: str) -> Figure:
    """The screen's trend before a metric is chosen, at the report's small size."""
    data = TrendData("", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, None, ())
    return TrendChart(data, lang=lang, size=(4.4, 2.5)).figure


def _empty_values(_stages: tuple[str, ...], metric: str, lang: str, _persona: str) -> Figure:
    data = TrendData(metric, MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, 10.0, ())
    return TrendChart(data, lang=lang, size=(4.4, 2.5)).figure


def _empty_funnel(_stages: tuple[str, ...], _metric: str, lang: str, _persona: str) -> Figure:
    return FunnelChart(FunnelData((), ()), lang=lang, size=(6.0, 3.4)).figure


def _poster_emotion(stages: tuple[str, ...], metric: str, lang: str, persona: str) -> Figure:
    """The poster's emotion row on one sheet of a tiled A4 map: as wide as three stage
    columns, as short as a row, four personas in its legend (the user's names there: the
    poster's grid shows the stages and the chart no title)."""
    from personabuilder.export.context import _align_to_columns

    stages = stages[:3]
    names = (persona, metric, LONG_PERSONAS[1], "Donaudampfschifffahrtsgesellschaftskapitän" * 3)
    personas = tuple(
        PersonaEmotion(name, tuple((i + n) % 5 - 2 for i in range(len(stages))))
        for n, name in enumerate(names)
    )
    figure = build_emotion(EmotionData(stages, personas, title=metric), lang=lang, size=(6.0, 1.6))
    _align_to_columns(figure, len(stages))
    return figure


KINDS: dict[str, Builder] = {
    "trend": _trend,
    "trend_small": _trend_small,
    "funnel": _funnel,
    "funnel_default": _funnel_default,
    "actual_target": _actual_target,
    "emotion": _emotion,
    "poster_emotion": _poster_emotion,
    "cohort": _cohort,
    "health": _health,
    "actual_target_scales": _actual_target_scales,
    "actual_target_small": _actual_target_small,
    "health_values": _health_values,
    "empty_trend": _empty_trend,
    "empty_values": _empty_values,
    "empty_funnel": _empty_funnel,
}
# Kinds that show no user text at all (nothing to check for "$").
NO_USER_TEXT = {"empty_trend", "empty_funnel"}


def _drawn(figure: Figure) -> FigureCanvasAgg:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return canvas


def _undrawn_tick_labels(figure: Figure) -> set[int]:
    """Ids of tick labels whose tick lies outside the view, which matplotlib skips."""
    skipped: set[int] = set()
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis):
            if not ax.axison:
                # An axes turned off (an empty chart's) draws no ticks and no axis titles.
                skipped.add(id(axis.label))
                for tick in (*axis.get_major_ticks(), *axis.get_minor_ticks()):
                    skipped.update({id(tick.label1), id(tick.label2)})
                continue
            low, high = sorted(axis.get_view_interval())
            slack = (high - low) * 1e-9
            for tick in (*axis.get_major_ticks(), *axis.get_minor_ticks()):
                if not low - slack <= tick.get_loc() <= high + slack:
                    skipped.update({id(tick.label1), id(tick.label2)})
    return skipped


def _visible_texts(figure: Figure) -> Iterator[Text]:
    skipped = _undrawn_tick_labels(figure)
    for text in figure.findobj(Text):
        assert isinstance(text, Text)
        if id(text) in skipped or not text.get_text().strip():
            continue
        # A text is drawn only if it and every artist holding it are visible.
        if text.get_visible() and all(
            parent.get_visible() for parent in _parents(text) if parent is not None
        ):
            yield text


def _parents(text: Text) -> list[object]:
    axes = text.axes
    return [axes] if axes is not None else []


def _drawn_ticklabels(axis: Axis) -> list[Text]:
    low, high = sorted(axis.get_view_interval())
    slack = (high - low) * 1e-9
    return [
        tick.label1
        for tick in (*axis.get_major_ticks(), *axis.get_minor_ticks())
        if low - slack <= tick.get_loc() <= high + slack
        and tick.label1.get_visible()
        and tick.label1.get_text().strip()
    ]


def _shrunk(box: Bbox, by: float = 0.5) -> Bbox:
    return Bbox.from_extents(box.x0 + by, box.y0 + by, box.x1 - by, box.y1 - by)


CASES = [
    pytest.param(kind, lang, names, id=f"{kind}-{lang}-{names}")
    for kind in KINDS
    for lang in ("en", "fr")
    for names in ("short", "long")
]


def _build(kind: str, lang: str, names: str) -> Figure:
    if names == "long":
        return KINDS[kind](LONG_STAGES, LONG_METRIC, lang, LONG_PERSONAS[0])
    return KINDS[kind](SHORT_STAGES, "Accounts", lang, "Ada")


@pytest.mark.parametrize(("kind", "lang", "names"), CASES)
def test_every_text_lies_inside_the_figure(kind: str, lang: str, names: str) -> None:
    figure = _build(kind, lang, names)
    renderer = _drawn(figure).get_renderer()
    inside = figure.bbox.padded(0.5)
    outside = [
        (text.get_text(), tuple(round(v) for v in text.get_window_extent(renderer).extents))
        for text in _visible_texts(figure)
        if not inside.containsx(text.get_window_extent(renderer).x0)
        or not inside.containsx(text.get_window_extent(renderer).x1)
        or not inside.containsy(text.get_window_extent(renderer).y0)
        or not inside.containsy(text.get_window_extent(renderer).y1)
    ]
    assert outside == [], f"figure {tuple(figure.bbox.extents)}"


@pytest.mark.parametrize(("kind", "lang", "names"), CASES)
def test_tick_labels_of_an_axis_never_overlap(kind: str, lang: str, names: str) -> None:
    figure = _build(kind, lang, names)
    renderer = _drawn(figure).get_renderer()
    for ax in [*figure.axes, *(child for owner in figure.axes for child in owner.child_axes)]:
        for axis in (ax.xaxis, ax.yaxis):
            labels = _drawn_ticklabels(axis)
            boxes = [_shrunk(label.get_window_extent(renderer)) for label in labels]
            clashes = [
                (first.get_text(), second.get_text())
                for (first, a), (second, b) in itertools.combinations(
                    zip(labels, boxes, strict=True), 2
                )
                if a.overlaps(b)
            ]
            assert clashes == []


@pytest.mark.parametrize(("kind", "lang", "names"), CASES)
def test_texts_do_not_overlap_each_other_across_the_figure(
    kind: str, lang: str, names: str
) -> None:
    """Titles, axis titles, legends and tick labels keep apart (cell texts excepted)."""
    figure = _build(kind, lang, names)
    renderer = _drawn(figure).get_renderer()
    outer: list[tuple[str, Bbox]] = []
    for ax in figure.axes:
        texts = [ax.title, ax._left_title, ax.xaxis.label, ax.yaxis.label]
        if not ax.axison:
            # An empty chart's message.
            texts += ax.texts
        for text in texts:
            if text.get_visible() and text.get_text().strip():
                outer.append((text.get_text(), _shrunk(text.get_window_extent(renderer))))
        for child in ax.child_axes:
            # The values column beside the bars keeps clear of the titles and the legend.
            outer += [
                (label.get_text(), _shrunk(label.get_window_extent(renderer)))
                for label in _drawn_ticklabels(child.yaxis)
            ]
    for legend in figure.legends:
        outer.append(("legend", _shrunk(legend.get_window_extent(renderer))))
    clashes = [(a, b) for (a, x), (b, y) in itertools.combinations(outer, 2) if x.overlaps(y)]
    assert clashes == []


def _marker_lines(ax: Axes) -> list[Line2D]:
    return [line for line in ax.get_lines() if line.get_marker() in style.MARKERS]


@pytest.mark.parametrize("kind", ["trend", "trend_small", "emotion"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_point_and_its_marker_lie_inside_the_axes(kind: str, lang: str) -> None:
    figure = _build(kind, lang, "long")
    canvas = _drawn(figure)
    for ax in figure.axes:
        box = ax.get_window_extent(canvas.get_renderer())
        for line in _marker_lines(ax):
            radius = canvas.get_renderer().points_to_pixels(line.get_markersize()) / 2
            for x, y in line.get_transform().transform(line.get_xydata()):
                if x != x or y != y:  # NaN: a gap, nothing drawn
                    continue
                assert box.x0 <= x - radius
                assert x + radius <= box.x1
                assert box.y0 <= y - radius
                assert y + radius <= box.y1


@pytest.mark.parametrize("kind", ["trend", "trend_small"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_target_label_is_not_crossed_by_the_line(kind: str, lang: str) -> None:
    figure = _build(kind, lang, "long")
    renderer = _drawn(figure).get_renderer()
    ax = figure.axes[0]
    (label,) = [text for text in ax.texts if text.get_text().strip()]
    box = label.get_window_extent(renderer)
    for line in _marker_lines(ax):
        path = line.get_transform().transform_path(line.get_path())
        assert not path.intersects_bbox(box, filled=False), label.get_text()
        radius = renderer.points_to_pixels(line.get_markersize()) / 2
        for x, y in line.get_transform().transform(line.get_xydata()):
            assert not box.padded(radius).contains(x, y)


# "$" is a dollar sign --------------------------------------------------------------------


def _svg_texts(figure: Figure) -> list[str]:
    out = io.BytesIO()
    save_figure(figure, out, "svg")
    root = ET.fromstring(out.getvalue())
    return ["".join(node.itertext()) for node in root.iter("{http://www.w3.org/2000/svg}text")]


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("kind", [kind for kind in KINDS if kind not in NO_USER_TEXT])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dollar_signs_in_user_text_are_drawn_literally(kind: str, lang: str) -> None:
    stages = (*DOLLAR_NAMES, "Plain")
    figure = KINDS[kind](stages, DOLLAR_NAMES[1], lang, DOLLAR_NAMES[0])
    _drawn(figure)
    png = io.BytesIO()
    save_figure(figure, png, "png")
    svg_text = _flat(" ".join(_svg_texts(figure)))
    for text in _visible_texts(figure):
        if "$" in text.get_text() or "\\" in text.get_text():
            # What matplotlib will draw: the string itself, and never as mathtext.
            assert text._preprocess_math(text.get_text()) == (text.get_text(), False)
    drawn = [_flat(text.get_text()) for text in _visible_texts(figure)]
    # Each user name that is shown at all is shown as typed (whole, or its wrapped lines).
    assert any(DOLLAR_NAMES[1] in line or "$\\undefinedcommand{$" in line for line in drawn)
    assert "\\$" not in svg_text
    assert "$\\undefinedcommand{$" in svg_text


def test_a_wrapped_title_keeps_its_full_text_and_a_blanked_one_stays_blank() -> None:
    figure = _build("trend_small", "fr", "long")
    _drawn(figure)
    ax = figure.axes[0]
    title = ax.get_title(loc="left")
    assert "\n" in title
    assert LONG_METRIC in [full.split("\u00a0:")[0] for _, full, _ in figure.fitted]
    # An export that blanks an axis title keeps it blank on the next draws.
    ax.set_ylabel("")
    _drawn(figure)
    assert ax.get_ylabel() == ""


def test_wrap_to_width_breaks_between_words_and_cuts_only_what_cannot_fit() -> None:
    from personabuilder.charts.base import wrap_to_width

    def measure(line: str) -> float:
        return float(len(line))

    assert wrap_to_width("short one", 20, 2, measure) == "short one"
    assert wrap_to_width("aaa bbb ccc", 7, 2, measure) == "aaa bbb\nccc"
    assert wrap_to_width("aaa bbb ccc ddd eee", 7, 2, measure) == "aaa bbb\nccc dd…"
    # A no-break space holds its two words together.
    assert wrap_to_width("objectif\u00a0: x", 12, 2, measure) == "objectif\u00a0: x"


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("names", ["short", "long"])
def test_stage_health_tile_text_lies_inside_its_tile(lang: str, names: str) -> None:
    figure = _build("health", lang, names)
    renderer = _drawn(figure).get_renderer()
    ax = figure.axes[0]
    tiles = [patch.get_window_extent(renderer) for patch in ax.patches]
    labels = [text for text in ax.texts if text.get_text().strip()]
    assert len(tiles) == len(labels)
    for tile, label in zip(tiles, labels, strict=True):
        box = label.get_window_extent(renderer)
        assert tile.x0 <= box.x0, label.get_text()
        assert box.x1 <= tile.x1, label.get_text()
        assert tile.y0 <= box.y0, label.get_text()
        assert box.y1 <= tile.y1, label.get_text()
    if names == "short":
        # Short names keep the projector size and are never cut.
        assert all(label.get_fontsize() == style.BASE_SIZE for label in labels)
        assert not any("…" in label.get_text() for label in labels)


def test_target_label_goes_where_the_line_is_not() -> None:
    from personabuilder.charts.trend import target_place

    rising = [40.0, 42, 47, 45, 52, 55, 50, 58, 61, 57, 63, 70]
    # Crossing the target near the end: the label moves to the start, above the line.
    assert target_place(rising, 60.0, 0.2) == (False, True)
    # Below the target at the end: the right end above is kept.
    assert target_place([80.0, 70, 50, 40], 60.0, 0.2) == (True, True)
    # Above the target everywhere: the label goes below it.
    assert target_place([80.0, 85, 90, 95], 60.0, 0.2) == (True, False)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_actual_vs_target_edits_keep_every_text_inside(lang: str) -> None:
    """Edits skip the layout when they can; a longer value or another legend still gets one."""
    from personabuilder.charts.targets import ActualTargetChart

    def data(*pairs: tuple[float | None, float]) -> ActualTargetData:
        rows = tuple(
            StageTarget(f"Stage {i + 1}", actual, target)
            for i, (actual, target) in enumerate(pairs)
        )
        return ActualTargetData("Signups", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, rows)

    chart = ActualTargetChart(data((40, 50), (55, 50), (20, 50)), lang=lang, size=(6.0, 3.5))
    canvas = FigureCanvasAgg(chart.figure)
    canvas.draw()
    inside = chart.figure.bbox.padded(0.5)
    for pairs in (
        ((41, 50), (56, 50), (21, 50)),  # a small move: same axis, same layout
        ((41, 50), (56, 50), (12_345_678, 30_000_000)),  # far longer values, same axis
        ((41, 50), (None, 50), (30, 50)),  # a missing value
        ((60, 50), (70, 50), (80, 50)),  # every target met: another legend
        ((41, 50), (56, 50), (123_456_789, 50)),  # the axis to its limit
    ):
        chart.update(data(*pairs))
        canvas.draw()
        renderer = canvas.get_renderer()
        outside = [
            text.get_text()
            for text in _visible_texts(chart.figure)
            if not inside.contains(*text.get_window_extent(renderer).min)
            or not inside.contains(*text.get_window_extent(renderer).max)
        ]
        assert outside == [], pairs
