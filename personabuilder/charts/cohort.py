"""Cohort retention heatmap: cohorts down, periods since start across, cells annotated."""

import math

import numpy as np
from matplotlib import colormaps
from matplotlib.axes import Axes
from matplotlib.colors import Colormap, Normalize
from matplotlib.figure import Figure
from matplotlib.image import AxesImage
from matplotlib.text import Text

from personabuilder.charts import style
from personabuilder.charts.base import Chart, set_title, style_axes, wrap_label
from personabuilder.charts.data import CohortData
from personabuilder.charts.numbers import format_axis, format_digits, format_number
from personabuilder.charts.text import word
from personabuilder.model import Granularity, MetricUnit

# Cell labels smaller than this are unreadable on a projector: colour alone then tells.
SMALLEST_CELL_FONT = 7.0
COHORT_LABEL_WIDTH = 22
# Share of the figure the cells get, to size cell labels before anything is drawn.
_PLOT_SHARE = (0.75, 0.7)
_SINCE = {
    Granularity.WEEK: "since_week",
    Granularity.MONTH: "since_month",
    Granularity.QUARTER: "since_quarter",
}


def _matrix(data: CohortData) -> np.ma.MaskedArray[tuple[int, int], np.dtype[np.float64]]:
    values = np.array(
        [[math.nan if cell is None else float(cell) for cell in row] for row in data.retained],
        dtype=np.float64,
    ).reshape(len(data.cohorts), len(data.offsets))
    # Masked cells are left blank: a missing value must not look like 0 % retained.
    return np.ma.masked_invalid(values)


def _cell_points(figure: Figure, rows: int, columns: int) -> tuple[float, float]:
    width_in, height_in = figure.get_size_inches()
    return (
        float(width_in * 72.0 * _PLOT_SHARE[0] / columns),
        float(height_in * 72.0 * _PLOT_SHARE[1] / rows),
    )


def _cell_font(figure: Figure, rows: int, columns: int) -> float:
    cell_width, cell_height = _cell_points(figure, rows, columns)
    # "100 %" is about six characters of 0.6 em.
    return min(style.BASE_SIZE, cell_width / 3.6, cell_height * 0.55)


def _tick_step(cell: float, label: float) -> int:
    """Every how many cells a tick label of ``label`` points fits without overlapping."""
    return max(1, math.ceil(label / cell))


def _has_values(data: CohortData) -> bool:
    return any(cell is not None for row in data.retained for cell in row)


class CohortChart(Chart[CohortData]):
    """Heatmap of retention percentages on a colour-blind-safe sequential scale."""

    _ax: Axes | None = None
    _image: AxesImage | None = None
    _cells: list[list[Text]]
    _cmap: Colormap
    _norm: Normalize

    def _build(self, data: CohortData) -> None:
        lang = self.lang
        title = data.title or word("cohort_title", lang)
        self._ax, self._image, self._cells = None, None, []
        if not _has_values(data):
            self.draw_empty(title, word("empty_cohort", lang))
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax, self.theme)
        set_title(ax, title)
        self._cmap = colormaps[style.SEQUENTIAL_CMAP].with_extremes(bad=self.theme.background)
        self._norm = Normalize(0.0, 100.0)
        self._image = ax.imshow(
            _matrix(data), cmap=self._cmap, norm=self._norm, aspect="auto", interpolation="nearest"
        )
        rows, columns = len(data.cohorts), len(data.offsets)
        font = _cell_font(self.figure, rows, columns)
        if font >= SMALLEST_CELL_FONT:
            self._cells = [
                [
                    ax.text(column, row, "", ha="center", va="center", fontsize=font)
                    for column in range(columns)
                ]
                for row in range(rows)
            ]
        cell_width, cell_height = _cell_points(self.figure, rows, columns)
        x_step = _tick_step(cell_width, 2.5 * style.TICK_SIZE)
        names = [wrap_label(cohort, COHORT_LABEL_WIDTH) for cohort in data.cohorts]
        lines = max((name.count("\n") + 1 for name in names), default=1)
        y_step = _tick_step(cell_height, (0.2 + 1.2 * lines) * style.TICK_SIZE)
        ax.set_xticks(
            range(0, columns, x_step),
            [format_digits(offset, lang) for offset in data.offsets[::x_step]],
        )
        ax.set_yticks(
            range(0, rows, y_step),
            names[::y_step],
            parse_math=False,
        )
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        since = "since_period" if data.granularity is None else _SINCE[data.granularity]
        ax.set_xlabel(word(since, lang))
        ax.set_ylabel(word("cohort", lang))
        colorbar = self.figure.colorbar(self._image, ax=ax, fraction=0.05, pad=0.02)
        colorbar.set_label(word("retained", lang), fontsize=style.LABEL_SIZE)
        colorbar.ax.yaxis.set_major_formatter(format_axis(MetricUnit.PERCENT, lang))
        style_axes(colorbar.ax, self.theme)
        self._fill(data)

    def _fill(self, data: CohortData) -> None:
        for texts, row in zip(self._cells, data.retained, strict=False):
            for text, cell in zip(texts, row, strict=True):
                if cell is None or math.isnan(cell):
                    text.set_text("")
                    continue
                red, green, blue, _ = self._cmap(self._norm(cell))
                text.set_text(format_number(cell, MetricUnit.PERCENT, self.lang, decimals=0))
                text.set_color(style.text_colour_on((red, green, blue)))

    def _patch(self, data: CohortData) -> bool:
        old = self.data
        shape = (data.cohorts, data.offsets, data.granularity, data.title, _has_values(data))
        old_shape = (old.cohorts, old.offsets, old.granularity, old.title, _has_values(old))
        if self._image is None or shape != old_shape:
            return False
        self._image.set_data(_matrix(data))
        self._fill(data)
        return True


def build_cohort_retention(
    data: CohortData,
    *,
    lang: str = "en",
    size: tuple[float, float] | None = None,
    theme: style.Theme = style.LIGHT,
    hints: bool = False,
) -> Figure:
    """Cohort retention heatmap with each cell's percentage written in it."""
    return CohortChart(data, lang=lang, size=size, theme=theme, hints=hints).figure
