"""The funnel across stages, with the conversion from each stage to the next."""

import itertools
import math

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.transforms import offset_copy

from personabuilder.charts import style
from personabuilder.charts.base import Chart, set_title, style_axes, wrap_label
from personabuilder.charts.data import FunnelData
from personabuilder.charts.numbers import axis_label, format_axis, format_number
from personabuilder.charts.text import NBSP, word
from personabuilder.model import MetricUnit

BAR_HEIGHT = 0.5
# Room right of the longest bar for its value label and the conversion column.
X_ROOM = 1.45
LABEL_WIDTH = 22


def conversions(values: tuple[float | None, ...]) -> list[float | None]:
    """Percent of each stage's value reaching the next one (None where it cannot be said)."""
    result: list[float | None] = []
    for before, after in itertools.pairwise(values):
        if before is None or after is None or before <= 0:
            result.append(None)
        else:
            result.append(after / before * 100.0)
    return result


def _widths(data: FunnelData) -> list[float]:
    return [math.nan if value is None else float(value) for value in data.values]


def _x_limits(data: FunnelData) -> tuple[float, float]:
    known = [value for value in data.values if value is not None]
    low, high = min([*known, 0.0]), max([*known, 0.0])
    span = (high - low) or 1.0
    return low, high + span * (X_ROOM - 1.0)


class FunnelChart(Chart[FunnelData]):
    """Horizontal bars, first stage on top, with "↓ 45%" conversions between stages."""

    _ax: Axes | None = None
    _bars: list[Rectangle]
    _values: list[Text]
    _conversions: list[Text]

    def _build(self, data: FunnelData) -> None:
        lang = self.lang
        theme = self.theme
        title = data.title or word("funnel_title", lang)
        self._ax, self._bars, self._values, self._conversions = None, [], [], []
        if not data.stages:
            self.draw_empty(title, word("empty_funnel", lang))
            return
        if all(value is None for value in data.values):
            self.draw_empty(title, word("empty_values", lang))
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax, theme)
        set_title(ax, title)
        count = len(data.stages)
        positions = list(range(count))
        container = ax.barh(
            positions, _widths(data), height=BAR_HEIGHT, color=theme.series[0], zorder=2
        )
        self._bars = list(container.patches)
        beside = offset_copy(ax.transData, fig=self.figure, x=6.0, units="points")
        for position in positions:
            self._values.append(
                ax.text(0.0, position, "", transform=beside, va="center", fontsize=style.BASE_SIZE)
            )
        # The conversion column sits right of the bars, between the two stages it links.
        ax.text(
            0.99,
            -0.75,
            word("conversion", lang),
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="center",
            fontsize=style.BASE_SIZE,
            fontweight="bold",
            color=theme.muted,
        )
        for position in positions[:-1]:
            self._conversions.append(
                ax.text(
                    0.99,
                    position + 0.5,
                    "",
                    transform=ax.get_yaxis_transform(),
                    ha="right",
                    va="center",
                    fontsize=style.BASE_SIZE,
                    color=theme.muted,
                )
            )
        ax.set_yticks(
            positions, [wrap_label(stage, LABEL_WIDTH) for stage in data.stages], parse_math=False
        )
        ax.set_ylim(count - 0.5, -1.1)
        ax.xaxis.set_major_formatter(format_axis(data.unit, lang))
        ax.set_xlabel(axis_label(data.metric, data.unit, lang))
        ax.set_ylabel(word("stage", lang))
        ax.grid(axis="x", color=theme.grid, linewidth=0.8)
        ax.set_axisbelow(True)
        self._fill(data)

    def _fill(self, data: FunnelData) -> None:
        """Writes values, conversions and limits; bars are set by the caller or the build."""
        lang = self.lang
        for label, value in zip(self._values, data.values, strict=True):
            label.set_x(0.0 if value is None else value)
            label.set_text(format_number(value, data.unit, lang))
        for text, rate in zip(self._conversions, conversions(data.values), strict=True):
            text.set_text(
                "" if rate is None else f"↓{NBSP}{format_number(rate, MetricUnit.PERCENT, lang)}"
            )
        if self._ax is not None:
            self._ax.set_xlim(*_x_limits(data))

    def _patch(self, data: FunnelData) -> bool:
        old = self.data
        if self._ax is None or (data.stages, data.unit, data.metric, data.title) != (
            old.stages,
            old.unit,
            old.metric,
            old.title,
        ):
            return False
        if all(value is None for value in data.values):
            return False
        for bar, width in zip(self._bars, _widths(data), strict=True):
            bar.set_width(width)
        self._fill(data)
        return True


def build_funnel(
    data: FunnelData,
    *,
    lang: str = "en",
    size: tuple[float, float] | None = None,
    theme: style.Theme = style.LIGHT,
    hints: bool = False,
) -> Figure:
    """The funnel across stages with the conversion between consecutive stages."""
    return FunnelChart(data, lang=lang, size=size, theme=theme, hints=hints).figure
