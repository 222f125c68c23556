"""Stage health overview: one row per stage, one cell per metric, coloured by status."""

import textwrap

from matplotlib.axes import Axes
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.text import Text

from personabuilder.charts import style
from personabuilder.charts.base import Chart, set_title, style_axes, wrap_label
from personabuilder.charts.data import HealthRow, HealthStatus, StageHealthData
from personabuilder.charts.numbers import format_number
from personabuilder.charts.text import word

GAP = 0.06
STAGE_LABEL_WIDTH = 22
# Share of the figure the grid gets, to fit metric names before anything is drawn.
_GRID_SHARE = 0.7
_GRID_HEIGHT_SHARE = 0.6
# Tile text shrinks down to this size before a name is cut with "…".
SMALLEST_TILE_FONT = 8.0
_LINE_SPACING = 1.1
# DejaVu Sans averages about 0.55 em a character in lower-case words.
_CHAR_EM = 0.55


def tile_text(
    symbol: str,
    name: str,
    width_points: float,
    height_points: float,
    value: str = "",
    largest: float = style.BASE_SIZE,
) -> tuple[str, float]:
    """A tile's "symbol name" wrapped to fit the tile, its value on a last line, and its size.

    The text keeps the projector size when it fits; otherwise it shrinks, a point at a
    time, down to ``SMALLEST_TILE_FONT``, and only then is the name cut with "…" (the value
    never is: it is what the tile is for). ``largest`` caps the size (tiles of one chart
    share the size of the tightest one).
    """
    size = largest
    value_lines = 1 if value else 0
    while True:
        # Room for the symbol and its space on the first line, and the tile's padding.
        chars = max(4, int(width_points * 0.9 / (_CHAR_EM * size)) - 2)
        lines = max(1, int(height_points * 0.9 / (size * _LINE_SPACING * 1.2)) - value_lines)
        wrapped = textwrap.wrap(name, chars, break_on_hyphens=False)
        # A word split across lines reads badly: shrink rather than break one.
        whole = max((len(word) for word in name.split()), default=0) <= chars
        fits = len(value) <= chars + 2
        if (len(wrapped) <= lines and whole and fits) or size <= SMALLEST_TILE_FONT:
            text = "\n".join(textwrap.wrap(name, chars, max_lines=lines, placeholder="…"))
            return f"{symbol} {text}" + (f"\n{value}" if value else ""), size
        size -= 1.0


def status_label(status: HealthStatus, lang: str) -> str:
    """A status as the legend writes it, symbol first: "✓ On track"."""
    return f"{style.STATUS_MARKS[status].symbol} {word(status.value, lang)}"


def tile_value(row: HealthRow, lang: str) -> str:
    """The value a tile shows under its name: "46,800", "12.5%", "n/a"; "" without a unit."""
    if row.unit is None:
        return ""
    return format_number(row.value, row.unit, lang, row.currency)


def _grid(data: StageHealthData) -> list[tuple[str, list[HealthRow]]]:
    by_stage: dict[str, list[HealthRow]] = {stage: [] for stage in data.stage_order()}
    for row in data.rows:
        by_stage[row.stage].append(row)
    return list(by_stage.items())


def _layout(data: StageHealthData) -> tuple[object, ...]:
    return (
        data.title,
        tuple(
            (stage, tuple((row.metric, row.unit is None) for row in rows))
            for stage, rows in _grid(data)
        ),
    )


class StageHealthChart(Chart[StageHealthData]):
    """Grid of status-coloured cells, each with its status symbol, metric name and value."""

    _ax: Axes | None = None
    _cells: list[tuple[Rectangle, Text]]
    _tile: tuple[float, float] = (100.0, 40.0)

    def _build(self, data: StageHealthData) -> None:
        lang = self.lang
        title = data.title or word("health_title", lang)
        self._ax, self._cells = None, []
        grid = _grid(data)
        theme = self.theme
        if not data.rows:
            self.draw_empty(title, word("empty_health", lang))
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax, theme)
        set_title(ax, title)
        columns = max(len(rows) for _, rows in grid)
        width_in, height_in = self.figure.get_size_inches()
        self._tile = (
            float(width_in * 72.0 * _GRID_SHARE / columns * (1 - 2 * GAP)),
            float(height_in * 72.0 * _GRID_HEIGHT_SHARE / len(grid) * (1 - 2 * GAP)),
        )
        # Stage names get a third line when the rows are tall enough for it.
        stage_lines = 3 if self._tile[1] >= 3 * style.TICK_SIZE * 1.3 else 2
        for row_index, (_, rows) in enumerate(grid):
            for column, _row in enumerate(rows):
                cell = Rectangle(
                    (column + GAP, row_index + GAP),
                    1 - 2 * GAP,
                    1 - 2 * GAP,
                    edgecolor=theme.background,
                    linewidth=1.0,
                )
                ax.add_patch(cell)
                text = ax.text(
                    column + 0.5,
                    row_index + 0.5,
                    "",
                    ha="center",
                    va="center",
                    fontsize=style.BASE_SIZE,
                    linespacing=_LINE_SPACING,
                )
                self._cells.append((cell, text))
        ax.set_xlim(0, columns)
        ax.set_ylim(len(grid), 0)
        ax.set_yticks(
            [index + 0.5 for index in range(len(grid))],
            [wrap_label(stage, STAGE_LABEL_WIDTH, stage_lines) for stage, _ in grid],
            parse_math=False,
        )
        ax.set_xticks([])
        ax.tick_params(axis="y", length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xlabel(word("metrics", lang))
        ax.set_ylabel(word("stage", lang))
        self.figure.legend(
            handles=[
                Patch(
                    facecolor=theme.status_mark(status).colour,
                    edgecolor=theme.legend_edge,
                    label=status_label(status, lang),
                )
                for status in HealthStatus
            ],
            loc="outside lower center",
            ncols=len(HealthStatus),
            frameon=False,
            fontsize=style.BASE_SIZE,
        )
        self._fill(data)

    def _fill(self, data: StageHealthData) -> None:
        rows = [row for _, stage_rows in _grid(data) for row in stage_rows]
        marks = [self.theme.status_mark(row.status) for row in rows]
        values = [tile_value(row, self.lang) for row in rows]
        # One size for every tile: a chart whose tiles change size from one to the next
        # reads as untidy; the tightest tile sets it.
        shared = min(
            (
                tile_text(mark.symbol, row.metric, *self._tile, value=value)[1]
                for mark, row, value in zip(marks, rows, values, strict=True)
            ),
            default=style.BASE_SIZE,
        )
        for (cell, text), row, mark, value in zip(self._cells, rows, marks, values, strict=True):
            cell.set_facecolor(mark.colour)
            label, size = tile_text(
                mark.symbol, row.metric, *self._tile, value=value, largest=shared
            )
            text.set_text(label)
            text.set_fontsize(size)
            text.set_color(style.text_colour_on(to_rgb(mark.colour)))

    def _patch(self, data: StageHealthData) -> bool:
        if self._ax is None or _layout(data) != _layout(self.data):
            return False
        self._fill(data)
        return True


def build_stage_health(
    data: StageHealthData,
    *,
    lang: str = "en",
    size: tuple[float, float] | None = None,
    theme: style.Theme = style.LIGHT,
    hints: bool = False,
) -> Figure:
    """Stage health overview: a status colour and symbol per stage and metric (and value)."""
    return StageHealthChart(data, lang=lang, size=size, theme=theme, hints=hints).figure
