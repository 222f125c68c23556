"""A metric's actual value against its target, stage by stage."""

import math
from enum import StrEnum

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text
from matplotlib.transforms import offset_copy

from personabuilder.charts import style
from personabuilder.charts.base import Chart, draw_no_data, set_title, style_axes, wrap_label
from personabuilder.charts.data import ActualTargetData, StageTarget
from personabuilder.charts.numbers import axis_label, format_axis, format_number
from personabuilder.charts.text import word
from personabuilder.model import Direction

BAR_HEIGHT = 0.6
TARGET_MARKER_SIZE = 26.0
# Room right of the longest bar for its value label.
X_ROOM = 1.2
LABEL_WIDTH = 22


class Attainment(StrEnum):
    """Whether a stage's actual value meets its target."""

    MET = "target_met"
    MISSED = "target_missed"
    UNKNOWN = "no_target"


_LOOK: dict[Attainment, tuple[str, str]] = {
    Attainment.MET: (style.OKABE_ITO["bluish_green"], ""),
    # Hatched as well as coloured, so a miss is seen without telling red from green.
    Attainment.MISSED: (style.OKABE_ITO["vermillion"], "//"),
    Attainment.UNKNOWN: (style.OKABE_ITO["sky_blue"], ""),
}


def attainment(row: StageTarget, direction: Direction) -> Attainment:
    """Whether the row's actual value meets its target in the metric's direction."""
    if row.actual is None or row.target is None:
        return Attainment.UNKNOWN
    if direction is Direction.HIGHER_IS_BETTER:
        return Attainment.MET if row.actual >= row.target else Attainment.MISSED
    return Attainment.MET if row.actual <= row.target else Attainment.MISSED


def _nan(value: float | None) -> float:
    return math.nan if value is None else float(value)


def _x_limits(data: ActualTargetData) -> tuple[float, float]:
    known = [v for row in data.rows for v in (row.actual, row.target) if v is not None]
    low, high = min([*known, 0.0]), max([*known, 0.0])
    span = (high - low) or 1.0
    return low, high + span * (X_ROOM - 1.0)


def _shape(data: ActualTargetData) -> tuple[object, ...]:
    return (
        tuple(row.stage for row in data.rows),
        data.metric,
        data.unit,
        data.direction,
        data.title,
        all(row.actual is None for row in data.rows),
    )


class ActualTargetChart(Chart[ActualTargetData]):
    """Bars of actual values coloured and hatched by attainment, targets as black ticks."""

    _ax: Axes | None = None
    _bars: list[Rectangle]
    _labels: list[Text]
    _targets: Line2D | None = None
    _legend: Legend | None = None
    _shown: tuple[Attainment, ...] = ()

    def _build(self, data: ActualTargetData) -> None:
        lang = self.lang
        title = data.title or word("actual_target_title", lang, metric=data.metric)
        self._ax, self._bars, self._labels, self._targets, self._legend = None, [], [], None, None
        self._shown = ()
        if all(row.actual is None for row in data.rows):
            draw_no_data(self.figure, title, lang)
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax)
        set_title(ax, title)
        positions = list(range(len(data.rows)))
        container = ax.barh(
            positions,
            [_nan(row.actual) for row in data.rows],
            height=BAR_HEIGHT,
            edgecolor="white",
            zorder=2,
            label=word("actual", lang),
        )
        self._bars = list(container.patches)
        (self._targets,) = ax.plot(
            [_nan(row.target) for row in data.rows],
            positions,
            linestyle="none",
            marker="|",
            markersize=TARGET_MARKER_SIZE,
            markeredgewidth=3.5,
            color=style.TARGET_COLOUR,
            zorder=3,
            label=word("target", lang),
        )
        beside = offset_copy(ax.transData, fig=self.figure, x=6.0, units="points")
        self._labels = [
            ax.text(0.0, position, "", transform=beside, va="center", fontsize=style.BASE_SIZE)
            for position in positions
        ]
        ax.set_yticks(
            positions, [wrap_label(row.stage, LABEL_WIDTH) for row in data.rows], parse_math=False
        )
        ax.set_ylim(len(positions) - 0.5, -0.5)
        ax.xaxis.set_major_formatter(format_axis(data.unit, lang))
        ax.set_xlabel(axis_label(data.metric, data.unit, lang))
        ax.set_ylabel(word("stage", lang))
        ax.grid(axis="x", color="#DDDDDD", linewidth=0.8)
        ax.set_axisbelow(True)
        self._fill(data)

    def _fill(self, data: ActualTargetData) -> None:
        lang = self.lang
        statuses = [attainment(row, data.direction) for row in data.rows]
        for bar, row, status in zip(self._bars, data.rows, statuses, strict=True):
            colour, hatch = _LOOK[status]
            bar.set_width(_nan(row.actual))
            bar.set_facecolor(colour)
            bar.set_hatch(hatch)
        for label, row in zip(self._labels, data.rows, strict=True):
            # Right of the bar or of its target mark, whichever is further, not under it.
            end = 0.0 if row.actual is None else max(row.actual, row.target or row.actual)
            label.set_x(end)
            label.set_text(format_number(row.actual, data.unit, lang))
        if self._targets is not None:
            self._targets.set_xdata([_nan(row.target) for row in data.rows])
        if self._ax is not None:
            self._ax.set_xlim(*_x_limits(data))
        shown = tuple(status for status in Attainment if status in statuses)
        if shown != self._shown:
            self._set_legend(shown)

    def _set_legend(self, shown: tuple[Attainment, ...]) -> None:
        if self._legend is not None:
            self._legend.remove()
        handles: list[Patch | Line2D] = []
        for status in shown:
            colour, hatch = _LOOK[status]
            handles.append(
                Patch(
                    facecolor=colour,
                    hatch=hatch,
                    edgecolor="white",
                    label=word(status.value, self.lang),
                )
            )
        if self._targets is not None:
            handles.append(self._targets)
        self._legend = self.figure.legend(
            handles=handles,
            loc="outside lower center",
            ncols=len(handles),
            frameon=False,
            fontsize=style.BASE_SIZE,
        )
        self._shown = shown
        self.invalidate_layout()

    def _patch(self, data: ActualTargetData) -> bool:
        if self._ax is None or _shape(data) != _shape(self.data):
            return False
        self._fill(data)
        return True


def build_actual_target(
    data: ActualTargetData, *, lang: str = "en", size: tuple[float, float] | None = None
) -> Figure:
    """Actual against target for each stage, with target markers."""
    return ActualTargetChart(data, lang=lang, size=size).figure
