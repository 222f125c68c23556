"""Each metric's actual value as a share of its target, on one axis where 100 % is the target.

Metrics of one unit can differ by orders of magnitude (46,800 visits beside 131 demo
requests): on a shared axis of values the small ones vanish. As a share of its own target
every metric reads on the same scale; the actual and target values are written beside
each bar in the metric's unit.
"""

import math
from enum import StrEnum

from matplotlib.axes import Axes
from matplotlib.axes._secondary_axes import SecondaryAxis
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle

from personabuilder.charts import style
from personabuilder.charts.base import Chart, set_title, style_axes, wrap_label
from personabuilder.charts.data import ActualTargetData, StageTarget
from personabuilder.charts.numbers import format_axis, format_number
from personabuilder.charts.text import word
from personabuilder.model import Direction, MetricUnit

BAR_HEIGHT = 0.6
LABEL_WIDTH = 22
# Rows too low for two lines take one longer line: "Stage · metric" keeps its metric.
ONE_LINE_WIDTH = 32
# Shares above this are drawn to it (their label gives the number): one metric at 40 times
# its target must not squash the others.
MOST_SHARE = 250.0
# Room right of the longest bar, as a share of the axis.
X_ROOM = 1.08
# Share of the figure height the rows get, to size their labels before anything is drawn.
_ROWS_SHARE = 0.65
SMALLEST_ROW_FONT = 8.0


class Attainment(StrEnum):
    """Whether a stage's actual value meets its target."""

    MET = "target_met"
    MISSED = "target_missed"
    UNKNOWN = "no_target"


def attainment(row: StageTarget, direction: Direction) -> Attainment:
    """Whether the row's actual value meets its target in the metric's direction."""
    if row.actual is None or row.target is None:
        return Attainment.UNKNOWN
    if direction is Direction.HIGHER_IS_BETTER:
        return Attainment.MET if row.actual >= row.target else Attainment.MISSED
    return Attainment.MET if row.actual <= row.target else Attainment.MISSED


def share_of_target(row: StageTarget) -> float | None:
    """The actual value in percent of the target; None without both, or for a target ≤ 0."""
    if row.actual is None or row.target is None or row.target <= 0:
        return None
    return row.actual / row.target * 100.0


def _look(status: Attainment, theme: style.Theme) -> tuple[str, str]:
    """A bar's colour and hatch: a miss is hatched too, seen without telling red from green."""
    if status is Attainment.MET:
        return theme.met, ""
    if status is Attainment.MISSED:
        return theme.missed, "//"
    return theme.no_target, ""


def row_label(row: StageTarget, unit: MetricUnit, lang: str) -> str:
    """What is written beside a bar: "46,800 of 50,000 (94%)", "61, no target"."""
    actual = format_number(row.actual, unit, lang)
    if row.target is None:
        return word("without_target", lang, actual=actual)
    text = word("of_target", lang, actual=actual, target=format_number(row.target, unit, lang))
    share = share_of_target(row)
    if share is None:
        return text
    return f"{text} ({format_number(share, MetricUnit.PERCENT, lang, decimals=0)})"


def _width(row: StageTarget) -> float:
    share = share_of_target(row)
    return math.nan if share is None else max(min(share, MOST_SHARE), -MOST_SHARE)


def _x_limits(data: ActualTargetData) -> tuple[float, float]:
    known = [_width(row) for row in data.rows if share_of_target(row) is not None]
    low, high = min([*known, 0.0]), max([*known, 100.0])
    # Snapped to 25 %: an edit that moves a bar a little keeps the axis, its ticks and so
    # the layout (laying the figure out again is most of an edit's cost).
    return math.floor(low * X_ROOM / 25) * 25.0, math.ceil(high * X_ROOM / 25) * 25.0


def _shape(data: ActualTargetData) -> tuple[object, ...]:
    return (
        tuple(row.stage for row in data.rows),
        data.metric,
        data.unit,
        data.direction,
        data.title,
        all(row.actual is None for row in data.rows),
    )


def row_font(figure: Figure, rows: int) -> tuple[float, int]:
    """The row labels' font size and lines, so that the rows' labels never overlap."""
    row_points = figure.get_size_inches()[1] * 72.0 * _ROWS_SHARE / max(rows, 1)
    if row_points >= 2.6 * style.TICK_SIZE:
        return style.TICK_SIZE, 2
    return max(SMALLEST_ROW_FONT, min(style.TICK_SIZE, row_points / 1.35)), 1


def legend_fit(figure: Figure, labels: list[str]) -> int:
    """As many legend columns as the figure's width holds (at least one)."""
    # About 0.6 em a character, and a key and gap of about three ems per entry.
    entry = (max((len(label) for label in labels), default=1) * 0.6 + 3.0) * style.BASE_SIZE
    return max(1, min(len(labels), int(figure.get_size_inches()[0] * 72.0 * 0.95 // entry)))


class ActualTargetChart(Chart[ActualTargetData]):
    """Bars of each metric's share of its target, coloured and hatched by attainment.

    A line marks 100 % (the target); the metric's name is on the left of its bar, its
    actual and target values on the right.
    """

    _ax: Axes | None = None
    _right: SecondaryAxis | None = None
    _bars: list[Rectangle]
    _target_line: Line2D | None = None
    _legend: Legend | None = None
    _shown: tuple[Attainment, ...] = ()
    _legend_rows: int = 0
    _laid_out_widest: int = 0

    def _build(self, data: ActualTargetData) -> None:
        lang, theme = self.lang, self.theme
        self._ax, self._right, self._bars, self._target_line, self._legend = (
            None,
            None,
            [],
            None,
            None,
        )
        self._shown = ()
        self._legend_rows = 0
        self._laid_out_widest = self._widest_value(data)
        if data.metric.strip():
            title = data.title or word("actual_target_title", lang, metric=data.metric)
        else:
            title = data.title or word("actual_target", lang)
        if not data.rows:
            self.draw_empty(title, word("empty_targets", lang))
            return
        if all(row.actual is None for row in data.rows):
            self.draw_empty(title, word("empty_values", lang))
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax, theme)
        set_title(ax, title)
        positions = list(range(len(data.rows)))
        container = ax.barh(
            positions,
            [_width(row) for row in data.rows],
            height=BAR_HEIGHT,
            edgecolor=theme.background,
            zorder=2,
        )
        self._bars = list(container.patches)
        self._target_line = ax.axvline(
            100.0, color=theme.target, linewidth=2.0, zorder=3, label=word("target_line", lang)
        )
        font, lines = row_font(self.figure, len(positions))
        ax.set_yticks(
            positions,
            [
                wrap_label(row.stage, LABEL_WIDTH if lines > 1 else ONE_LINE_WIDTH, lines)
                for row in data.rows
            ],
            parse_math=False,
        )
        ax.tick_params(axis="y", labelsize=font, length=0)
        # The values column: tick labels of a second y axis, so the layout makes room for it.
        right = self._right = ax.secondary_yaxis("right")
        style_axes(right, theme)
        right.tick_params(axis="y", labelsize=font, length=0)
        right.spines["right"].set_visible(False)
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.xaxis.set_major_formatter(format_axis(MetricUnit.PERCENT, lang))
        ax.set_xlabel(word("share_of_target", lang))
        ax.grid(axis="x", color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)
        self._fill(data)

    def _fill(self, data: ActualTargetData) -> None:
        lang, theme = self.lang, self.theme
        statuses = [attainment(row, data.direction) for row in data.rows]
        for bar, row, status in zip(self._bars, data.rows, statuses, strict=True):
            colour, hatch = _look(status, theme)
            bar.set_width(_width(row))
            bar.set_facecolor(colour)
            bar.set_hatch(hatch)
        if self._right is not None:
            self._right.set_yticks(
                list(range(len(data.rows))),
                [row_label(row, data.unit, lang) for row in data.rows],
                parse_math=False,
            )
        if self._ax is not None:
            self._ax.set_xlim(*_x_limits(data))
        drawn = [
            status
            for status, row in zip(statuses, data.rows, strict=True)
            if share_of_target(row) is not None
        ]
        shown = tuple(status for status in Attainment if status in drawn)
        if shown != self._shown or self._legend is None:
            self._set_legend(shown)

    def _set_legend(self, shown: tuple[Attainment, ...]) -> None:
        if self._legend is not None:
            self._legend.remove()
        handles: list[Patch | Line2D] = []
        for status in shown:
            colour, hatch = _look(status, self.theme)
            handles.append(
                Patch(
                    facecolor=colour,
                    hatch=hatch,
                    edgecolor=self.theme.background,
                    label=word(status.value, self.lang),
                )
            )
        if self._target_line is not None:
            handles.append(self._target_line)
        labels = [str(handle.get_label()) for handle in handles]
        self._legend = self.figure.legend(
            handles=handles,
            loc="outside lower center",
            ncols=legend_fit(self.figure, labels),
            frameon=False,
            fontsize=style.BASE_SIZE,
        )
        self._shown = shown
        rows = -(-len(handles) // max(1, legend_fit(self.figure, labels)))
        if rows != self._legend_rows:
            # A legend of another height needs another margin; one of the same height is
            # placed at the figure's foot by itself.
            self._legend_rows = rows
            self.invalidate_layout()

    def _patch(self, data: ActualTargetData) -> bool:
        if self._ax is None or _shape(data) != _shape(self.data):
            return False
        self._fill(data)
        # The values column is as wide as its longest label: a longer one (or a much
        # shorter one) lays the figure out again, a new figure of the same width does not.
        widest = self._widest_value(data)
        if widest > self._laid_out_widest or widest < self._laid_out_widest - 4:
            self._laid_out_widest = widest
            self.invalidate_layout()
        return True

    def _widest_value(self, data: ActualTargetData) -> int:
        return max((len(row_label(row, data.unit, self.lang)) for row in data.rows), default=0)


def build_actual_target(
    data: ActualTargetData,
    *,
    lang: str = "en",
    size: tuple[float, float] | None = None,
    theme: style.Theme = style.LIGHT,
    hints: bool = False,
) -> Figure:
    """Each metric's actual value as a share of its target, with both values written."""
    return ActualTargetChart(data, lang=lang, size=size, theme=theme, hints=hints).figure
