"""A metric's values over periods, with its target as a labelled horizontal line."""

import math
from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import FixedFormatter, FixedLocator
from matplotlib.transforms import offset_copy

from personabuilder.charts import style
from personabuilder.charts.base import Chart, legend_label, set_title, style_axes
from personabuilder.charts.data import TrendData
from personabuilder.charts.numbers import axis_label, format_axis, format_number, format_period
from personabuilder.charts.text import NBSP, word
from personabuilder.model import Direction

# More period labels than this crowd the axis at projector font sizes.
MAX_PERIOD_LABELS = 8
# Share of the figure width the periods get, to space their labels before drawing.
_PLOT_SHARE = 0.75
# DejaVu Sans at tick size: about 0.62 em a character, and an em of gap between labels.
_CHAR_EM = 0.62
# Share of the x range a target label may cover, for choosing where it goes.
_LABEL_SHARE_MIN = 0.15


def period_step(figure: Figure, labels: list[str]) -> int:
    """Every how many periods a label is written, so that labels never collide."""
    if not labels:
        return 1
    plot_points = figure.get_size_inches()[0] * 72.0 * _PLOT_SHARE
    label_points = (max(len(label) for label in labels) * _CHAR_EM + 1.0) * style.TICK_SIZE
    fitting = max(1, min(MAX_PERIOD_LABELS, int(plot_points // label_points)))
    return max(1, math.ceil(len(labels) / fitting))


def target_place(ys: list[float], target: float, share: float) -> tuple[bool, bool]:
    """Where the target label goes: (right end?, above the line?), clear of the data line.

    The label covers about ``share`` of the x range at one end: a place is clear when no
    point there (nor the one next to it) is on the label's side of the target, so no
    segment crosses it. The right end above is preferred; if no place is clear, the one
    with the fewest points in the way.
    """
    count = len(ys)
    reach = min(count, max(1, math.ceil(share * max(count - 1, 1))) + 1)
    best: tuple[int, int, tuple[bool, bool]] | None = None
    for order, (right, above) in enumerate(
        ((True, True), (True, False), (False, True), (False, False))
    ):
        near = ys[count - reach :] if right else ys[:reach]
        blocking = sum(
            1 for y in near if not math.isnan(y) and (y >= target if above else y <= target)
        )
        candidate = (blocking, order, (right, above))
        if best is None or candidate < best:
            best = candidate
    assert best is not None
    return best[2]


def _ys(data: TrendData) -> list[float]:
    return [math.nan if value is None else float(value) for _, value in data.values]


def _dates(data: TrendData) -> tuple[date, ...]:
    return tuple(day for day, _ in data.values)


def _target_text(data: TrendData, target: float, lang: str) -> str:
    # The sign says which side of the line is good, without another legend entry.
    sign = "≥" if data.direction is Direction.HIGHER_IS_BETTER else "≤"
    return f"{word('target', lang)} {sign}{NBSP}{format_number(target, data.unit, lang)}"


def _shape(data: TrendData) -> tuple[object, ...]:
    """Everything but the values and the target's level: equal shapes can be patched."""
    return (
        data.metric,
        data.unit,
        data.direction,
        data.granularity,
        data.title,
        _dates(data),
        data.target is None,
        all(value is None for _, value in data.values),
    )


class TrendChart(Chart[TrendData]):
    """Line of a metric's values per period (gaps where missing) and its target line.

    The line's x data are the periods' start dates as ``date.toordinal()``.
    """

    _ax: Axes | None = None
    _line: Line2D | None = None
    _target_line: Line2D | None = None
    _target_label: Text | None = None

    def _build(self, data: TrendData) -> None:
        lang = self.lang
        theme = self.theme
        self._ax = self._line = self._target_line = self._target_label = None
        if not data.metric.strip():
            self.draw_empty(data.title or word("trend", lang), word("empty_trend", lang))
            return
        title = data.title or word("trend_title", lang, metric=data.metric)
        if all(value is None for _, value in data.values):
            self.draw_empty(title, word("empty_values", lang))
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax, theme)
        set_title(ax, title)
        xs = [float(day.toordinal()) for day in _dates(data)]
        (self._line,) = ax.plot(
            xs,
            _ys(data),
            color=theme.series[0],
            marker=style.MARKERS[0],
            label=legend_label(data.metric) if data.metric else word("actual", lang),
        )
        if data.target is not None:
            self._target_line = ax.axhline(
                data.target,
                color=theme.target,
                linestyle="--",
                linewidth=2.0,
                label=word("target", lang),
            )
            self._target_label = ax.text(
                1.0,
                data.target,
                _target_text(data, data.target, lang),
                transform=offset_copy(
                    ax.get_yaxis_transform(), fig=self.figure, x=-4.0, y=4.0, units="points"
                ),
                ha="right",
                va="bottom",
                fontsize=style.BASE_SIZE,
                color=theme.target,
            )
            self.figure.legend(
                loc="outside lower center", ncols=2, frameon=False, fontsize=style.BASE_SIZE
            )
        names = [format_period(day, data.granularity, lang) for day in _dates(data)]
        step = period_step(self.figure, names)
        ax.xaxis.set_major_locator(FixedLocator(xs[::step]))
        ax.xaxis.set_major_formatter(FixedFormatter(names[::step]))
        ax.xaxis.set_minor_locator(FixedLocator(xs))
        ax.yaxis.set_major_formatter(format_axis(data.unit, lang))
        ax.set_xlabel(word("period", lang))
        ax.set_ylabel(axis_label(data.metric, data.unit, lang))
        ax.grid(axis="y", color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)
        ax.margins(x=0.03, y=0.12)
        self._place_target(data)

    def _place_target(self, data: TrendData) -> None:
        """Puts the target label at the end and side of the line where the line is not."""
        ax, label = self._ax, self._target_label
        if ax is None or label is None or data.target is None:
            return
        width_in, height_in = self.figure.get_size_inches()
        text_points = len(label.get_text()) * _CHAR_EM * style.BASE_SIZE + 8.0
        share = max(_LABEL_SHARE_MIN, text_points / (width_in * 72.0 * _PLOT_SHARE))
        ys = _ys(data)
        known = [y for y in ys if not math.isnan(y)] + [data.target]
        span = (max(known) - min(known)) or abs(data.target) or 1.0
        # The label's height, as a share of the value range the axes show (with margins).
        y_span = span * 1.24 * (2.2 * style.BASE_SIZE) / (height_in * 72.0 * 0.6)
        right, above = target_place(ys, data.target, share)
        label.set_x(1.0 if right else 0.0)
        label.set_horizontalalignment("right" if right else "left")
        label.set_verticalalignment("bottom" if above else "top")
        label.set_transform(
            offset_copy(
                ax.get_yaxis_transform(),
                fig=self.figure,
                x=-4.0 if right else 4.0,
                y=4.0 if above else -4.0,
                units="points",
            )
        )
        # Room above or below for the label, inside the axes.
        low, high = min(known), max(known)
        if above and data.target + y_span > high:
            high = data.target + y_span
        if not above and data.target - y_span < low:
            low = data.target - y_span
        margin = 0.12 * ((high - low) or 1.0)
        ax.set_ylim(low - margin, high + margin)

    def _patch(self, data: TrendData) -> bool:
        ax, line = self._ax, self._line
        if ax is None or line is None or _shape(data) != _shape(self.data):
            return False
        line.set_ydata(_ys(data))
        if data.target is not None and self._target_line and self._target_label:
            self._target_line.set_ydata([data.target, data.target])
            self._target_label.set_y(data.target)
            self._target_label.set_text(_target_text(data, data.target, self.lang))
        ax.relim()
        ax.autoscale_view()
        self._place_target(data)
        return True


def build_trend(
    data: TrendData,
    *,
    lang: str = "en",
    size: tuple[float, float] | None = None,
    theme: style.Theme = style.LIGHT,
    hints: bool = False,
) -> Figure:
    """The trend of one metric over periods with its target line."""
    return TrendChart(data, lang=lang, size=size, theme=theme, hints=hints).figure
