"""Chart redraw after an edit, 9 stages x 24 periods: first draw, then redraw per edit.

``python -m benchmarks charts``. Each chart is built, drawn once with ``FigureCanvasAgg``
(the raster engine behind ``FigureCanvasQTAgg``), then edited again and again: one value
changes, ``Chart.update`` patches the figure and the canvas draws it. The time of an edit
is update plus draw, as the screen would spend it; the target is its median.
"""

import argparse
import dataclasses
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

STAGES = (
    "Awareness",
    "Consideration & evaluation",
    "Trial & first experience",
    "Purchase & activation",
    "Onboarding & first value",
    "Adoption & engagement",
    "Expansion & growth",
    "Renewal & retention",
    "Advocacy & referral",
)
METRICS = ("Conversion rate", "Time to first value", "Net Promoter Score")
PERIODS = 24
EDITS = 30
REDRAW_TARGET_MS = 100.0
SIZE_IN = (10.0, 6.0)
DPI = 100.0


@dataclasses.dataclass
class Result:
    """Times of one chart: build, first draw, and each edit's update plus draw (ms)."""

    label: str
    build_ms: float
    first_draw_ms: float
    edits_ms: list[float]
    # Processor time of the same edits: what the edit costs on a machine busy elsewhere.
    edits_cpu_ms: list[float]


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000.0


def _measure(label: str, chart_class: Any, first: Any, edits: Sequence[Any]) -> Result:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    start = time.perf_counter()
    chart = chart_class(first, lang="fr", size=SIZE_IN)
    chart.figure.set_dpi(DPI)
    canvas = FigureCanvasAgg(chart.figure)
    build = _ms(start)
    start = time.perf_counter()
    canvas.draw()
    first_draw = _ms(start)
    times, cpu_times = [], []
    for data in edits:
        start, cpu = time.perf_counter(), time.process_time()
        chart.update(data)
        canvas.draw()
        times.append(_ms(start))
        cpu_times.append((time.process_time() - cpu) * 1000.0)
    return Result(label, build, first_draw, times, cpu_times)


def _periods() -> list[date]:
    return [date(2025 + month // 12, month % 12 + 1, 1) for month in range(PERIODS)]


def _trend(edit: Callable[[int], float]) -> tuple[Any, list[Any]]:
    from personabuilder.charts.data import TrendData
    from personabuilder.model import Direction, Granularity, MetricUnit

    values = [(day, 12.0 + 0.4 * index) for index, day in enumerate(_periods())]
    values[5] = (values[5][0], None)
    first = TrendData(
        "Trial-to-paid conversion rate",
        MetricUnit.PERCENT,
        Direction.HIGHER_IS_BETTER,
        18.0,
        tuple(values),
        Granularity.MONTH,
    )
    edits = []
    for round_ in range(EDITS):
        changed = list(values)
        changed[10] = (changed[10][0], edit(round_))
        edits.append(dataclasses.replace(first, values=tuple(changed)))
    return first, edits


def _actual_target() -> tuple[Any, list[Any]]:
    from personabuilder.charts.data import ActualTargetData, StageTarget
    from personabuilder.model import Direction, MetricUnit

    rows = [StageTarget(stage, 20.0 + 7 * i, 25.0 + 6 * i) for i, stage in enumerate(STAGES)]
    first = ActualTargetData(
        "Conversion rate", MetricUnit.PERCENT, Direction.HIGHER_IS_BETTER, tuple(rows)
    )
    edits = []
    for round_ in range(EDITS):
        changed = list(rows)
        # Crosses the target every other edit: colour, hatch and legend follow.
        changed[4] = dataclasses.replace(rows[4], actual=40.0 + 15.0 * (round_ % 2) + round_ / 10)
        edits.append(dataclasses.replace(first, rows=tuple(changed)))
    return first, edits


def _health() -> tuple[Any, list[Any]]:
    from personabuilder.charts.data import HealthRow, HealthStatus, StageHealthData

    statuses = list(HealthStatus)
    rows = [
        HealthRow(stage, metric, statuses[(i + j) % len(statuses)])
        for i, stage in enumerate(STAGES)
        for j, metric in enumerate(METRICS)
    ]
    first = StageHealthData(tuple(rows))
    edits = []
    for round_ in range(EDITS):
        changed = list(rows)
        changed[13] = dataclasses.replace(rows[13], status=statuses[round_ % len(statuses)])
        edits.append(StageHealthData(tuple(changed)))
    return first, edits


def _emotion() -> tuple[Any, list[Any]]:
    from personabuilder.charts.data import EmotionData, PersonaEmotion

    def persona(name: str, shift: int) -> PersonaEmotion:
        scores = tuple((i + shift) % 5 - 2 for i in range(len(STAGES)))
        return PersonaEmotion(name, scores, None, tuple(min(2, s + 1) for s in scores))

    personas = [persona("Sponsor", 0), persona("Evaluator", 2), persona("Champion", 4)]
    first = EmotionData(STAGES, tuple(personas))
    edits = []
    for round_ in range(EDITS):
        scores = list(personas[1].scores)
        scores[3] = round_ % 5 - 2
        changed = [personas[0], dataclasses.replace(personas[1], scores=tuple(scores))]
        edits.append(EmotionData(STAGES, (*changed, personas[2])))
    return first, edits


def _cohort() -> tuple[Any, list[Any]]:
    from personabuilder.charts.data import CohortData
    from personabuilder.model import Granularity

    matrix = [
        [
            100.0 * 0.93**offset - cohort if offset + cohort < PERIODS else None
            for offset in range(PERIODS)
        ]
        for cohort in range(len(STAGES))
    ]
    labels = tuple(f"2025-{month + 1:02d}" for month in range(len(STAGES)))
    first = CohortData(labels, tuple(range(PERIODS)), tuple(map(tuple, matrix)), Granularity.MONTH)
    edits = []
    for round_ in range(EDITS):
        changed = [list(row) for row in matrix]
        changed[2][3] = 50.0 + round_
        edits.append(dataclasses.replace(first, retained=tuple(map(tuple, changed))))
    return first, edits


def _verdict(value: float, target: float) -> str:
    return "PASS" if value < target else "MISS"


def main(argv: Sequence[str] | None = None) -> int:
    """Measures first draw and redraw after an edit of each chart; prints them against 100 ms."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.charts")
    parser.parse_args(argv)

    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from personabuilder.charts.cohort import CohortChart
    from personabuilder.charts.emotion import EmotionChart
    from personabuilder.charts.health import StageHealthChart
    from personabuilder.charts.targets import ActualTargetChart
    from personabuilder.charts.trend import TrendChart

    # matplotlib loads and caches its fonts on the first text drawn in a process.
    start = time.perf_counter()
    warm = Figure()
    warm.text(0.5, 0.5, "Étape 12,5 %")
    FigureCanvasAgg(warm).draw()
    warm_up = _ms(start)

    trend_in_range = _trend(lambda round_: 14.0 + (round_ % 7) * 0.5)
    # Every edit sets a new maximum: the axis rescales, so the figure is laid out again.
    trend_new_max = _trend(lambda round_: 30.0 + round_)
    results = [
        _measure("trend, 24 periods, edit in range", TrendChart, *trend_in_range),
        _measure("trend, 24 periods, new maximum", TrendChart, *trend_new_max),
        _measure("actual vs target, 9 stages", ActualTargetChart, *_actual_target()),
        _measure("stage health, 9 stages x 3", StageHealthChart, *_health()),
        _measure("emotion, 9 stages x 3 personas", EmotionChart, *_emotion()),
        _measure("cohort heatmap, 9 x 24", CohortChart, *_cohort()),
    ]

    width, height = SIZE_IN
    print(
        f"Charts at {width:g}x{height:g} in, {DPI:g} dpi "
        f"({width * DPI:.0f}x{height * DPI:.0f} px), French, Agg; {EDITS} edits each. "
        f"Python {sys.version.split()[0]}."
    )
    print(f"matplotlib warm-up (font loading, once per process): {warm_up:.1f} ms")
    print()
    print(
        f"{'chart':<34} {'build':>8} {'1st draw':>9} {'edit med':>9} {'edit max':>9} "
        f"{'edit cpu':>9}  {'target':<10} verdict"
    )
    for result in results:
        median = statistics.median(result.edits_ms)
        print(
            f"{result.label:<34} {result.build_ms:>6.1f}ms {result.first_draw_ms:>7.1f}ms "
            f"{median:>7.1f}ms {max(result.edits_ms):>7.1f}ms "
            f"{statistics.median(result.edits_cpu_ms):>7.1f}ms  "
            f"{f'< {REDRAW_TARGET_MS:g} ms':<10} {_verdict(median, REDRAW_TARGET_MS)}"
        )
    print()
    print(
        "edit = Chart.update() + a full FigureCanvasAgg.draw(); verdict on the median. "
        "edit cpu: processor time of the same edits (median)."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
