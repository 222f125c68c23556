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
from personabuilder.charts.base import Chart, draw_no_data, set_title, style_axes
from personabuilder.charts.data import TrendData
from personabuilder.charts.numbers import axis_label, format_axis, format_number, format_period
from personabuilder.charts.text import NBSP, word
from personabuilder.model import Direction

# More period labels than this crowd the axis at projector font sizes.
MAX_PERIOD_LABELS = 8


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
        title = data.title or word("trend_title", lang, metric=data.metric)
        self._ax = self._line = self._target_line = self._target_label = None
        if all(value is None for _, value in data.values):
            draw_no_data(self.figure, title, lang)
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax)
        set_title(ax, title)
        xs = [float(day.toordinal()) for day in _dates(data)]
        (self._line,) = ax.plot(
            xs,
            _ys(data),
            color=style.SERIES[0],
            marker=style.MARKERS[0],
            label=data.metric or word("actual", lang),
        )
        if data.target is not None:
            self._target_line = ax.axhline(
                data.target,
                color=style.TARGET_COLOUR,
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
                color=style.TARGET_COLOUR,
            )
            self.figure.legend(
                loc="outside lower center", ncols=2, frameon=False, fontsize=style.BASE_SIZE
            )
        step = max(1, math.ceil(len(xs) / MAX_PERIOD_LABELS))
        ax.xaxis.set_major_locator(FixedLocator(xs[::step]))
        ax.xaxis.set_major_formatter(
            FixedFormatter(
                [format_period(day, data.granularity, lang) for day in _dates(data)][::step]
            )
        )
        ax.xaxis.set_minor_locator(FixedLocator(xs))
        ax.yaxis.set_major_formatter(format_axis(data.unit, lang))
        ax.set_xlabel(word("period", lang))
        ax.set_ylabel(axis_label(data.metric, data.unit, lang))
        ax.grid(axis="y", color="#DDDDDD", linewidth=0.8)
        ax.set_axisbelow(True)
        ax.margins(x=0.03, y=0.12)

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
        return True


def build_trend(
    data: TrendData, *, lang: str = "en", size: tuple[float, float] | None = None
) -> Figure:
    """The trend of one metric over periods with its target line."""
    return TrendChart(data, lang=lang, size=size).figure
