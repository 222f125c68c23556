"""Each chart builder, checked through the figure's artists (data, labels, legends)."""

import dataclasses
import math
from datetime import date

import numpy as np
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import same_color, to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from personabuilder.charts import style
from personabuilder.charts.cohort import CohortChart, build_cohort_retention
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
from personabuilder.charts.emotion import EmotionChart, build_emotion
from personabuilder.charts.funnel import FunnelChart, build_funnel, conversions
from personabuilder.charts.health import StageHealthChart, build_stage_health
from personabuilder.charts.targets import (
    MOST_SHARE,
    ActualTargetChart,
    build_actual_target,
    share_of_target,
)
from personabuilder.charts.trend import MAX_PERIOD_LABELS, TrendChart, build_trend
from personabuilder.model import Direction, Granularity, MetricUnit

NBSP = "\u00a0"
NNBSP = "\u202f"
STAGES = ("Awareness", "Consideration", "Trial", "Purchase", "Onboarding")


def drawn(figure: Figure) -> Figure:
    """The figure after one Agg draw, so that ticks and layout exist."""
    FigureCanvasAgg(figure).draw()
    return figure


def only_axes(figure: Figure) -> Axes:
    assert len(figure.axes) == 1
    return figure.axes[0]


def texts(ax: Axes) -> list[str]:
    return [text.get_text() for text in ax.texts]


def legend_texts(figure: Figure) -> list[str]:
    assert len(figure.legends) == 1
    return [text.get_text() for text in figure.legends[0].get_texts()]


def tick_texts(labels: list[Text]) -> list[str]:
    return [label.get_text() for label in labels]


def assert_no_data(figure: Figure, message: str, title: str) -> None:
    ax = only_axes(figure)
    assert not ax.axison
    assert texts(ax) == [message]
    assert ax.get_title(loc="left") == title
    drawn(figure)


# Funnel ------------------------------------------------------------------------------


def funnel(values: tuple[float | None, ...] = (1000, 400, None, 100, 50)) -> FunnelData:
    return FunnelData(STAGES, values, metric="Accounts")


class TestFunnel:
    def test_one_bar_per_stage_as_long_as_its_value(self) -> None:
        ax = only_axes(build_funnel(funnel()))
        widths = [patch.get_width() for patch in ax.patches]
        assert widths[:2] == [1000, 400]
        assert math.isnan(widths[2])  # a gap, not a zero-length bar
        assert widths[3:] == [100, 50]
        assert tick_texts(ax.get_yticklabels()) == list(STAGES)
        # First stage on top.
        assert ax.get_ylim()[0] > ax.get_ylim()[1]

    def test_conversions_between_consecutive_stages(self) -> None:
        assert conversions((1000, 400, None, 100, 0, 10)) == [40.0, None, None, 0.0, None]

    def test_conversion_annotations_in_english(self) -> None:
        ax = only_axes(build_funnel(funnel(), lang="en"))
        shown = texts(ax)
        assert f"↓{NBSP}40%" in shown
        assert f"↓{NBSP}50%" in shown
        assert "Conversion" in shown
        # Values sit beside their bars, the missing one says so.
        assert {"1,000", "400", "n/a", "100", "50"} <= set(shown)

    def test_conversion_annotations_in_french(self) -> None:
        ax = only_axes(build_funnel(funnel(), lang="fr"))
        assert f"↓{NBSP}40{NBSP}%" in texts(ax)
        assert f"1{NNBSP}000" in texts(ax)
        assert ax.get_title(loc="left") == "Entonnoir de conversion"
        assert ax.get_xlabel() == "Accounts (nombre)"
        assert ax.get_ylabel() == "Étape"

    def test_axis_ticks_follow_the_language(self) -> None:
        ax = only_axes(drawn(build_funnel(funnel((12000, 3000, 900, 100, 5)), lang="fr")))
        assert any(NNBSP in label for label in tick_texts(ax.get_xticklabels()))

    def test_update_patches_the_same_bars(self) -> None:
        chart = FunnelChart(funnel(), lang="en")
        drawn(chart.figure)
        bars = list(only_axes(chart.figure).patches)
        chart.update(funnel((1000, 500, 250, 100, 50)))
        ax = only_axes(chart.figure)
        assert list(ax.patches) == bars
        assert [bar.get_width() for bar in bars] == [1000, 500, 250, 100, 50]
        assert f"↓{NBSP}50%" in texts(ax)
        drawn(chart.figure)

    def test_update_with_other_stages_rebuilds(self) -> None:
        chart = FunnelChart(funnel())
        chart.update(FunnelData(("A", "B"), (10.0, 5.0)))
        assert tick_texts(only_axes(chart.figure).get_yticklabels()) == ["A", "B"]

    @pytest.mark.parametrize("values", [(), (None, None)])
    def test_no_data(self, values: tuple[float | None, ...]) -> None:
        stages = STAGES[: len(values)]
        assert_no_data(
            build_funnel(FunnelData(stages, values), lang="fr"),
            "Aucune donnée",
            "Entonnoir de conversion",
        )

    def test_empty_states_say_what_to_do(self) -> None:
        assert_no_data(
            FunnelChart(FunnelData((), ())).figure,
            "No funnel yet: add an “Accounts reaching the stage” metric to the stages",
            "Conversion funnel",
        )
        assert_no_data(
            FunnelChart(FunnelData(("A", "B"), (None, None)), lang="fr").figure,
            f"Pas encore de valeurs{NBSP}: saisissez-les dans le tableau des valeurs "
            "ou importez un CSV",
            "Entonnoir de conversion",
        )


# Actual vs target ----------------------------------------------------------------------


def actual_target(
    direction: Direction = Direction.HIGHER_IS_BETTER,
    rows: tuple[tuple[float | None, float | None], ...] = (
        (30.0, 25.0),
        (20.0, 25.0),
        (None, 10.0),
        (12.5, None),
        (8.0, 8.0),
    ),
) -> ActualTargetData:
    return ActualTargetData(
        "Conversion rate",
        MetricUnit.PERCENT,
        direction,
        tuple(StageTarget(stage, a, t) for stage, (a, t) in zip(STAGES, rows, strict=True)),
    )


class TestActualTarget:
    def test_bars_are_shares_of_each_target_and_a_line_marks_it(self) -> None:
        ax = only_axes(build_actual_target(actual_target()))
        widths = [patch.get_width() for patch in ax.patches]
        assert widths[:2] == [120.0, 80.0]
        # No actual, or no target: no share to draw, not a zero-length bar.
        assert math.isnan(widths[2])
        assert math.isnan(widths[3])
        assert widths[4] == 100.0
        (target,) = ax.lines
        assert list(target.get_xdata()) == [100.0, 100.0]
        assert ax.get_xlim()[1] > 120.0

    def test_small_and_large_metrics_read_on_one_scale(self) -> None:
        data = ActualTargetData(
            "Accounts",
            MetricUnit.COUNT,
            Direction.HIGHER_IS_BETTER,
            (StageTarget("Traffic", 46800.0, 50000.0), StageTarget("Demos", 131.0, 120.0)),
        )
        figure = drawn(build_actual_target(data))
        ax = figure.axes[0]
        traffic, demos = (patch.get_width() for patch in ax.patches)
        assert traffic == pytest.approx(93.6)
        assert demos == pytest.approx(109.17, abs=0.01)
        assert right_labels(ax) == ["46,800 of 50,000 (94%)", "131 of 120 (109%)"]

    def test_a_share_far_above_target_is_drawn_to_the_limit_and_written(self) -> None:
        data = dataclasses.replace(
            actual_target(), rows=(StageTarget("A", 5000.0, 10.0), StageTarget("B", 9.0, 10.0))
        )
        ax = only_axes(build_actual_target(data))
        assert ax.patches[0].get_width() == MOST_SHARE
        assert ax.get_xlim()[1] >= MOST_SHARE
        assert right_labels(ax)[0] == "5,000% of 10% (50,000%)"

    def test_many_rows_take_one_longer_line_each(self) -> None:
        rows = tuple(StageTarget(f"Stage {i} · Demo requests", 10.0, 12.0) for i in range(12))
        data = ActualTargetData("Accounts", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, rows)
        ax = only_axes(build_actual_target(data, size=(8.0, 4.5)))
        labels = tick_texts(ax.get_yticklabels())
        assert labels[0] == "Stage 0 · Demo requests"
        assert all("\n" not in label for label in labels)

    def test_share_of_target(self) -> None:
        assert share_of_target(StageTarget("a", 50.0, 200.0)) == 25.0
        assert share_of_target(StageTarget("a", None, 200.0)) is None
        assert share_of_target(StageTarget("a", 5.0, None)) is None
        assert share_of_target(StageTarget("a", 5.0, 0.0)) is None

    def test_bars_show_attainment_by_colour_and_hatch(self) -> None:
        ax = only_axes(build_actual_target(actual_target()))
        met, missed, _, _, equal = ax.patches
        assert same_color(met.get_facecolor(), style.OKABE_ITO["bluish_green"])
        assert same_color(missed.get_facecolor(), style.OKABE_ITO["vermillion"])
        assert missed.get_hatch()
        assert not met.get_hatch()
        assert same_color(equal.get_facecolor(), met.get_facecolor())

    def test_lower_is_better_turns_attainment_round(self) -> None:
        ax = only_axes(build_actual_target(actual_target(Direction.LOWER_IS_BETTER)))
        assert same_color(ax.patches[0].get_facecolor(), style.OKABE_ITO["vermillion"])
        assert same_color(ax.patches[1].get_facecolor(), style.OKABE_ITO["bluish_green"])

    def test_labels_legend_and_units_in_english(self) -> None:
        figure = drawn(build_actual_target(actual_target(), lang="en"))
        ax = figure.axes[0]
        assert ax.get_title(loc="left") == "Conversion rate: actual vs target"
        assert ax.get_xlabel() == "Actual as % of target"
        assert tick_texts(ax.get_yticklabels()) == list(STAGES)
        assert right_labels(ax) == [
            "30% of 25% (120%)",
            "20% of 25% (80%)",
            "n/a of 10%",
            "12.5%, no target",
            "8% of 8% (100%)",
        ]
        assert legend_texts(figure) == ["Target met", "Target missed", "Target (100%)"]
        assert all(label.endswith("%") for label in tick_texts(ax.get_xticklabels()))

    def test_labels_and_legend_in_french(self) -> None:
        figure = drawn(build_actual_target(actual_target(), lang="fr"))
        ax = figure.axes[0]
        assert ax.get_title(loc="left") == f"Conversion rate{NBSP}: réel et objectif"
        assert right_labels(ax)[0] == f"30{NBSP}% sur 25{NBSP}% (120{NBSP}%)"
        assert right_labels(ax)[3] == f"12,5{NBSP}%, sans objectif"
        assert legend_texts(figure)[-1] == f"Objectif (100{NBSP}%)"
        assert all(label.endswith(f"{NBSP}%") for label in tick_texts(ax.get_xticklabels()))

    def test_update_keeps_bars_and_refreshes_labels_and_legend(self) -> None:
        chart = ActualTargetChart(actual_target(), lang="en")
        drawn(chart.figure)
        bars = list(chart.figure.axes[0].patches)
        every_met = actual_target(
            rows=((30.0, 25.0), (30.0, 25.0), (30.0, 25.0), (10.0, 8.0), (10.0, 8.0))
        )
        chart.update(every_met)
        drawn(chart.figure)
        ax = chart.figure.axes[0]
        assert list(ax.patches) == bars
        assert [bar.get_width() for bar in bars] == [120.0, 120.0, 120.0, 125.0, 125.0]
        assert right_labels(ax)[3] == "10% of 8% (125%)"
        assert legend_texts(chart.figure) == ["Target met", "Target (100%)"]

    def test_no_rows_says_to_set_targets(self) -> None:
        empty = dataclasses.replace(actual_target(), rows=())
        assert_no_data(build_actual_target(empty), "No data", "Conversion rate: actual vs target")
        chart = ActualTargetChart(dataclasses.replace(empty, metric=""), lang="fr")
        assert_no_data(
            chart.figure,
            f"Aucun objectif à comparer{NBSP}: modifiez une métrique pour lui en donner un",
            "Réel et objectif",
        )

    def test_no_values_says_where_to_type_them(self) -> None:
        data = actual_target(rows=((None, 25.0),) * 5)
        assert_no_data(
            ActualTargetChart(data).figure,
            "No values yet: type them in the values table or import a CSV",
            "Conversion rate: actual vs target",
        )


def right_labels(ax: Axes) -> list[str]:
    """The values column: the tick labels of the bars' second y axis."""
    (right,) = ax.child_axes
    return tick_texts(right.get_yticklabels())


# Trend ----------------------------------------------------------------------------------

MONTHS = tuple(date(2025 + m // 12, m % 12 + 1, 1) for m in range(24))


def trend(
    target: float | None = 18.0,
    values: tuple[float | None, ...] = tuple(12.0 + 0.25 * i for i in range(24)),
    direction: Direction = Direction.HIGHER_IS_BETTER,
) -> TrendData:
    missing = tuple(None if i == 5 else v for i, v in enumerate(values))
    return TrendData(
        "Trial conversion",
        MetricUnit.PERCENT,
        direction,
        target,
        tuple(zip(MONTHS[: len(values)], missing, strict=True)),
        Granularity.MONTH,
    )


class TestTrend:
    def test_line_holds_the_values_with_gaps(self) -> None:
        ax = only_axes(build_trend(trend()))
        xy = ax.lines[0].get_xydata()
        assert list(xy[:, 0]) == [day.toordinal() for day in MONTHS]
        assert xy[0, 1] == 12.0
        assert math.isnan(xy[5, 1])
        assert xy[23, 1] == 12.0 + 0.25 * 23

    def test_target_is_a_labelled_horizontal_line(self) -> None:
        figure = build_trend(trend(), lang="en")
        ax = only_axes(figure)
        target = ax.lines[1]
        assert list(target.get_ydata()) == [18.0, 18.0]
        assert target.get_label() == "Target"
        assert legend_texts(figure) == ["Trial conversion", "Target"]
        assert "Target ≥\u00a018%" in texts(ax)

    def test_target_in_french_and_lower_is_better(self) -> None:
        figure = build_trend(trend(direction=Direction.LOWER_IS_BETTER), lang="fr")
        assert legend_texts(figure) == ["Trial conversion", "Objectif"]
        assert f"Objectif ≤{NBSP}18{NBSP}%" in texts(only_axes(figure))

    def test_without_target_a_single_series_has_no_legend(self) -> None:
        figure = build_trend(trend(target=None))
        assert len(only_axes(figure).lines) == 1
        assert figure.legends == []

    def test_labels_and_ticks_in_english(self) -> None:
        ax = only_axes(drawn(build_trend(trend(), lang="en")))
        assert ax.get_title(loc="left") == "Trial conversion: trend"
        assert ax.get_ylabel() == "Trial conversion (%)"
        assert ax.get_xlabel() == "Period"
        periods = tick_texts(ax.get_xticklabels())
        assert periods[0] == "Jan 2025"
        assert 1 < len(periods) <= MAX_PERIOD_LABELS
        assert all(label.endswith("%") for label in tick_texts(ax.get_yticklabels()))

    def test_ticks_in_french(self) -> None:
        ax = only_axes(drawn(build_trend(trend(), lang="fr")))
        assert tick_texts(ax.get_xticklabels())[0] == "janv. 2025"
        assert ax.get_xlabel() == "Période"
        assert all(label.endswith(f"{NBSP}%") for label in tick_texts(ax.get_yticklabels()))

    def test_update_changes_the_line_in_place_and_rescales(self) -> None:
        chart = TrendChart(trend(), lang="en")
        drawn(chart.figure)
        ax = only_axes(chart.figure)
        line = ax.lines[0]
        values = [12.0 + 0.25 * i for i in range(24)]
        values[10] = 40.0
        chart.update(trend(target=20.0, values=tuple(values)))
        assert only_axes(chart.figure) is ax
        assert ax.lines[0] is line
        assert line.get_xydata()[10, 1] == 40.0
        assert ax.get_ylim()[1] > 40.0
        assert list(ax.lines[1].get_ydata()) == [20.0, 20.0]
        assert "Target ≥\u00a020%" in texts(ax)
        drawn(chart.figure)

    def test_update_with_new_periods_rebuilds(self) -> None:
        chart = TrendChart(trend())
        line = only_axes(chart.figure).lines[0]
        chart.update(trend(values=(1.0, 2.0, 3.0)))
        assert only_axes(chart.figure).lines[0] is not line
        assert len(only_axes(chart.figure).lines[0].get_xdata()) == 3

    @pytest.mark.parametrize("values", [(), (None, None)])
    def test_no_data(self, values: tuple[float | None, ...]) -> None:
        data = TrendData(
            "MRR",
            MetricUnit.CURRENCY,
            Direction.HIGHER_IS_BETTER,
            100.0,
            tuple(zip(MONTHS, values, strict=False)),
        )
        assert_no_data(build_trend(data, lang="fr"), "Aucune donnée", f"MRR{NBSP}: évolution")
        assert_no_data(
            TrendChart(data, lang="fr").figure,
            f"Pas encore de valeurs{NBSP}: saisissez-les dans le tableau des valeurs "
            "ou importez un CSV",
            f"MRR{NBSP}: évolution",
        )

    @pytest.mark.parametrize("metric", ["", "  "])
    def test_without_a_metric_the_title_has_no_dangling_colon(self, metric: str) -> None:
        data = TrendData(metric, MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, None, ())
        assert_no_data(
            TrendChart(data, lang="en").figure, "Select a metric to see its trend", "Trend"
        )
        assert_no_data(
            TrendChart(data, lang="fr").figure,
            "Choisissez une métrique pour voir son évolution",
            "Évolution",
        )
        # Documents say only that there is nothing to show.
        assert_no_data(build_trend(data), "No data", "Trend")

    def test_a_metric_chosen_later_replaces_the_empty_state(self) -> None:
        chart = TrendChart(TrendData("", MetricUnit.COUNT, Direction.HIGHER_IS_BETTER, None, ()))
        chart.update(trend())
        ax = only_axes(drawn(chart.figure))
        assert ax.get_title(loc="left") == "Trial conversion: trend"
        assert ax.axison


# Emotion ---------------------------------------------------------------------------------


def emotions() -> EmotionData:
    return EmotionData(
        STAGES,
        (
            PersonaEmotion("Chloé", (0, 1, -1, None, 2), "#CC79A7", (1, 1, 0, 1, 2)),
            PersonaEmotion("Marc", (-2, -1, 0, 1, 2), None),
        ),
    )


class TestEmotion:
    def test_one_curve_per_persona_with_gaps(self) -> None:
        ax = only_axes(build_emotion(emotions()))
        chloe, chloe_to_be, marc = ax.lines[1:]  # lines[0] is the neutral line
        assert list(chloe.get_xdata()) == [0, 1, 2, 3, 4]
        ys = chloe.get_ydata()
        assert list(ys[:3]) == [0, 1, -1]
        assert math.isnan(ys[3])
        assert list(chloe_to_be.get_ydata()) == [1, 1, 0, 1, 2]
        assert list(marc.get_ydata()) == [-2, -1, 0, 1, 2]

    def test_persona_colour_to_be_dashed_and_palette_fallback(self) -> None:
        ax = only_axes(build_emotion(emotions()))
        chloe, chloe_to_be, marc = ax.lines[1:]
        assert to_hex(chloe.get_color()) == "#cc79a7"
        assert chloe_to_be.get_color() == chloe.get_color()
        assert chloe_to_be.get_linestyle() == "--"
        assert chloe.get_linestyle() == "-"
        assert same_color(marc.get_color(), style.SERIES[1])
        assert marc.get_marker() != chloe.get_marker()

    def test_invalid_colour_falls_back_to_the_palette(self) -> None:
        data = EmotionData(("A", "B"), (PersonaEmotion("Ada", (1, 2), "not a colour"),))
        line = only_axes(build_emotion(data)).lines[1]
        assert same_color(line.get_color(), style.SERIES[0])

    def test_axis_runs_from_minus_two_to_plus_two(self) -> None:
        ax = only_axes(drawn(build_emotion(emotions(), lang="en")))
        assert list(ax.get_yticks()) == [-2, -1, 0, 1, 2]
        assert tick_texts(ax.get_yticklabels()) == ["−2", "−1", "0", "+1", "+2"]
        low, high = ax.get_ylim()
        assert low < -2
        assert high > 2
        assert tick_texts(ax.get_xticklabels()) == list(STAGES)
        assert ax.get_ylabel() == "Emotion score (−2 to +2)"

    def test_titles_and_legend_per_language(self) -> None:
        english = build_emotion(emotions(), lang="en")
        assert only_axes(english).get_title(loc="left") == "Emotion curves"
        assert legend_texts(english) == ["Chloé", "Chloé (to-be)", "Marc"]
        french = build_emotion(emotions(), lang="fr")
        assert only_axes(french).get_title(loc="left") == "Courbes d’émotion"
        assert legend_texts(french) == ["Chloé", "Chloé (cible)", "Marc"]

    def test_one_persona_without_to_be_has_no_legend(self) -> None:
        figure = build_emotion(EmotionData(("A", "B"), (PersonaEmotion("Ada", (1, 2)),)))
        assert only_axes(figure).get_title(loc="left") == "Emotion curve"
        assert figure.legends == []

    def test_long_stage_names_are_wrapped_or_slanted(self) -> None:
        stages = tuple(f"Stage number {i} with a long name" for i in range(9))
        data = EmotionData(stages, (PersonaEmotion("Ada", (0,) * 9),))
        ax = only_axes(drawn(build_emotion(data, size=(16.0, 6.0))))
        assert all("\n" in label for label in tick_texts(ax.get_xticklabels()))
        narrow = EmotionData(("Consideration", "Onboarding"), (PersonaEmotion("Ada", (0, 1)),))
        ax = only_axes(drawn(build_emotion(narrow, size=(2.5, 3.0))))
        assert ax.get_xticklabels()[0].get_rotation() == 30

    def test_update_in_place(self) -> None:
        chart = EmotionChart(emotions())
        ax = only_axes(chart.figure)
        line = ax.lines[1]
        changed = emotions()
        chloe = dataclasses.replace(changed.personas[0], scores=(2, 2, 2, 2, 2))
        chart.update(dataclasses.replace(changed, personas=(chloe, changed.personas[1])))
        assert only_axes(chart.figure).lines[1] is line
        assert list(line.get_ydata()) == [2, 2, 2, 2, 2]

    @pytest.mark.parametrize(
        "data",
        [
            EmotionData((), ()),
            EmotionData(("A", "B"), ()),
            EmotionData(("A", "B"), (PersonaEmotion("Ada", (None, None)),)),
        ],
    )
    def test_no_data(self, data: EmotionData) -> None:
        assert_no_data(build_emotion(data), "No data", "Emotion curve")
        assert_no_data(
            EmotionChart(data).figure,
            "No emotion scores yet: link personas to the map and score each stage",
            "Emotion curve",
        )


# Cohort retention ------------------------------------------------------------------------


def cohorts() -> CohortData:
    return CohortData.from_records(
        [
            ("2026-01", 0, 100.0),
            ("2026-01", 1, 82.5),
            ("2026-01", 2, 70.0),
            ("2026-02", 0, 100.0),
            ("2026-02", 1, 79.0),
            ("2026-03", 0, 100.0),
        ],
        granularity=Granularity.MONTH,
    )


class TestCohort:
    def test_cells_hold_the_percentages_and_gaps_stay_blank(self) -> None:
        ax = only_axes_with_colorbar(build_cohort_retention(cohorts()))
        (image,) = ax.images
        matrix = image.get_array()
        assert isinstance(matrix, np.ma.MaskedArray)
        assert matrix[0, 1] == 82.5
        assert matrix.mask[2, 1]
        assert matrix.mask[1, 2]
        assert not matrix.mask[1, 1]

    def test_cells_are_annotated_in_the_language(self) -> None:
        ax = only_axes_with_colorbar(build_cohort_retention(cohorts(), lang="fr"))
        shown = texts(ax)
        assert f"82{NBSP}%" in shown or f"83{NBSP}%" in shown  # rounded to whole percent
        assert f"79{NBSP}%" in shown
        assert sum(1 for text in shown if text) == 6
        assert ax.get_xlabel() == "Mois depuis le début"
        assert ax.get_ylabel() == "Cohorte"
        assert ax.get_title(loc="left") == "Rétention par cohorte"
        assert tick_texts(ax.get_yticklabels()) == ["2026-01", "2026-02", "2026-03"]

    def test_colour_bar_names_its_unit(self) -> None:
        figure = drawn(build_cohort_retention(cohorts(), lang="en"))
        colorbar_ax = figure.axes[1]
        assert colorbar_ax.get_ylabel() == "Retained (%)"
        assert all(label.endswith("%") for label in tick_texts(colorbar_ax.get_yticklabels()))

    def test_text_is_readable_on_dark_and_light_cells(self) -> None:
        data = CohortData(("a",), (0, 1), ((100.0, 0.0),))
        ax = only_axes_with_colorbar(build_cohort_retention(data))
        light, dark = ax.texts
        assert same_color(light.get_color(), "black")
        assert same_color(dark.get_color(), "white")

    def test_crowded_grids_drop_the_unreadable_annotations(self) -> None:
        size = 40
        matrix = tuple(tuple(50.0 for _ in range(size)) for _ in range(size))
        data = CohortData(tuple(str(i) for i in range(size)), tuple(range(size)), matrix)
        ax = only_axes_with_colorbar(build_cohort_retention(data))
        assert len(ax.texts) == 0
        assert ax.images[0].get_array() is not None
        # Tick labels are thinned out so that they do not overlap either.
        shown = tick_texts(ax.get_yticklabels())
        assert 1 < len(shown) < size
        step = int(ax.get_yticks()[1])
        assert step > 1
        assert shown == [str(row) for row in range(0, size, step)]

    def test_update_in_place(self) -> None:
        chart = CohortChart(cohorts(), lang="en")
        image = only_axes_with_colorbar(chart.figure).images[0]
        changed = [list(row) for row in cohorts().retained]
        changed[1][1] = 50.0
        chart.update(dataclasses.replace(cohorts(), retained=tuple(map(tuple, changed))))
        ax = only_axes_with_colorbar(chart.figure)
        assert ax.images[0] is image
        assert image.get_array()[1, 1] == 50.0
        assert "50%" in texts(ax)

    def test_no_data(self) -> None:
        assert_no_data(
            build_cohort_retention(CohortData((), (), ())), "No data", "Cohort retention"
        )
        assert_no_data(
            CohortChart(CohortData((), (), ()), lang="fr").figure,
            f"Pas encore de table de cohortes{NBSP}: chargez un CSV de cohortes",
            "Rétention par cohorte",
        )


def only_axes_with_colorbar(figure: Figure) -> Axes:
    assert len(figure.axes) == 2  # the heatmap and its colour bar
    return figure.axes[0]


# Stage health ----------------------------------------------------------------------------


def health(status: HealthStatus = HealthStatus.OFF_TRACK) -> StageHealthData:
    return StageHealthData(
        (
            HealthRow("Awareness", "Website traffic", HealthStatus.ON_TRACK),
            HealthRow("Awareness", "Leads generated", HealthStatus.AT_RISK),
            HealthRow("Trial", "Trial-to-paid conversion rate", status),
            HealthRow("Renewal", "NPS", HealthStatus.NOT_AVAILABLE),
        ),
        stages=("Awareness", "Consideration", "Trial", "Renewal"),
    )


class TestStageHealth:
    def test_one_cell_per_metric_coloured_by_status(self) -> None:
        ax = only_axes(build_stage_health(health()))
        cells = [patch for patch in ax.patches if isinstance(patch, Rectangle)]
        assert len(cells) == 4
        expected = [
            HealthStatus.ON_TRACK,
            HealthStatus.AT_RISK,
            HealthStatus.OFF_TRACK,
            HealthStatus.NOT_AVAILABLE,
        ]
        for cell, status in zip(cells, expected, strict=True):
            assert same_color(cell.get_facecolor(), style.STATUS_MARKS[status].colour)
        # Row by stage (Consideration has none), column by metric.
        assert [(cell.get_x() > 1, round(cell.get_y())) for cell in cells] == [
            (False, 0),
            (True, 0),
            (False, 2),
            (False, 3),
        ]

    def test_cells_carry_a_symbol_besides_the_colour(self) -> None:
        ax = only_axes(build_stage_health(health()))
        shown = texts(ax)
        assert shown[0] == "✓ Website traffic"
        assert shown[1] == "! Leads generated"
        assert shown[2].startswith("✗ Trial-to-paid")
        assert shown[3] == "– NPS"
        symbols = {mark.symbol for mark in style.STATUS_MARKS.values()}
        assert len(symbols) == len(HealthStatus)

    def test_rows_legend_and_title_per_language(self) -> None:
        figure = build_stage_health(health(), lang="fr")
        ax = only_axes(figure)
        assert tick_texts(ax.get_yticklabels()) == [
            "Awareness",
            "Consideration",
            "Trial",
            "Renewal",
        ]
        assert ax.get_title(loc="left") == "Santé des étapes"
        assert legend_texts(figure) == [
            "✓ En bonne voie",
            "! À risque",
            "✗ Hors objectif",
            "– Non disponible",
        ]
        assert legend_texts(build_stage_health(health(), lang="en"))[0] == "✓ On track"

    def test_update_recolours_in_place(self) -> None:
        chart = StageHealthChart(health())
        drawn(chart.figure)
        ax = only_axes(chart.figure)
        cell = ax.patches[2]
        chart.update(health(HealthStatus.ON_TRACK))
        assert only_axes(chart.figure).patches[2] is cell
        assert same_color(cell.get_facecolor(), style.STATUS_MARKS[HealthStatus.ON_TRACK].colour)
        assert texts(ax)[2].startswith("✓ ")
        drawn(chart.figure)

    def test_no_data(self) -> None:
        assert_no_data(
            build_stage_health(StageHealthData((), stages=("Awareness",)), lang="fr"),
            "Aucune donnée",
            "Santé des étapes",
        )
        assert_no_data(
            StageHealthChart(StageHealthData(()), lang="en").figure,
            "No metrics yet: add metrics to the stages to see their health",
            "Stage health",
        )

    def test_tiles_show_each_value_in_its_unit(self) -> None:
        data = StageHealthData(
            (
                HealthRow("Awareness", "Traffic", HealthStatus.ON_TRACK, 46800.0, MetricUnit.COUNT),
                HealthRow("Trial", "Trial to paid", HealthStatus.AT_RISK, 12.5, MetricUnit.PERCENT),
                HealthRow("Trial", "CAC", HealthStatus.OFF_TRACK, 1250.0, MetricUnit.CURRENCY),
                HealthRow("Renewal", "NPS", HealthStatus.NOT_AVAILABLE, None, MetricUnit.SCORE),
            )
        )
        english = texts(only_axes(build_stage_health(data, lang="en")))
        assert english == [
            "✓ Traffic\n46,800",
            "! Trial to paid\n12.5%",
            "✗ CAC\n€1,250",
            "– NPS\nn/a",
        ]
        french = texts(only_axes(build_stage_health(data, lang="fr")))
        assert french[0] == f"✓ Traffic\n46{NNBSP}800"
        assert french[1] == f"! Trial to paid\n12,5{NBSP}%"
        assert french[2] == f"✗ CAC\n1{NNBSP}250{NBSP}€"

    def test_a_new_value_is_written_in_place(self) -> None:
        def data(value: float) -> StageHealthData:
            row = HealthRow("Trial", "Sign-ups", HealthStatus.ON_TRACK, value, MetricUnit.COUNT)
            return StageHealthData((row,))

        chart = StageHealthChart(data(410.0))
        drawn(chart.figure)
        ax = only_axes(chart.figure)
        chart.update(data(415.0))
        assert only_axes(chart.figure) is ax
        assert texts(ax) == ["✓ Sign-ups\n415"]
        drawn(chart.figure)


@pytest.mark.parametrize("size", [(10.0, 6.0), (4.4, 2.5)])
def test_stage_health_tiles_share_one_text_size(size: tuple[float, float]) -> None:
    from matplotlib.text import Text

    from personabuilder.model import MetricUnit

    rows = (
        HealthRow("Awareness", "NPS", HealthStatus.ON_TRACK, 42.0, MetricUnit.SCORE),
        HealthRow(
            "Awareness",
            "Accounts reaching the stage after a long trial",
            HealthStatus.AT_RISK,
            1450.0,
            MetricUnit.COUNT,
        ),
        HealthRow("Trial", "Churn", HealthStatus.OFF_TRACK, 1.8, MetricUnit.PERCENT),
    )
    figure = build_stage_health(
        StageHealthData(rows=rows, stages=("Awareness", "Trial")), size=size
    )
    tiles = [
        text
        for text in figure.findobj(Text)
        if isinstance(text, Text)
        and text.get_text()[:1] in ("✓", "!", "✗")
        and "\n" in text.get_text()
    ]
    assert len(tiles) == 3
    assert len({t.get_fontsize() for t in tiles}) == 1
