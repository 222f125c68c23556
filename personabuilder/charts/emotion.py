"""Emotion curves of personas across a journey's stages, as-is solid and to-be dashed."""

import math

from matplotlib.axes import Axes
from matplotlib.colors import is_color_like
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from personabuilder.charts import style
from personabuilder.charts.base import (
    Chart,
    legend_columns,
    legend_label,
    set_title,
    style_axes,
    wrap_label,
)
from personabuilder.charts.data import EMOTION_MAX, EMOTION_MIN, EmotionData, PersonaEmotion
from personabuilder.charts.numbers import MINUS
from personabuilder.charts.text import word

# Share of the figure width the stages get, to fit their names before anything is drawn.
_PLOT_SHARE = 0.85
# Stage names that cannot be wrapped between words into their column are slanted instead.
SLANTED_WIDTH = 20


def score_label(score: int) -> str:
    """A score as its tick shows it: "−2", "0", "+1"."""
    if score > 0:
        return f"+{score}"
    return f"{MINUS}{-score}" if score < 0 else "0"


def _ys(scores: tuple[int | None, ...]) -> list[float]:
    return [math.nan if score is None else float(score) for score in scores]


def _colour(persona: PersonaEmotion, index: int, theme: style.Theme = style.LIGHT) -> str:
    if persona.colour and is_color_like(persona.colour):
        return persona.colour
    return theme.series_colour(index)


def stage_labels(figure: Figure, stages: tuple[str, ...]) -> tuple[list[str], float]:
    """Stage tick labels wrapped to their column, or slanted (angle > 0) if a word is too long."""
    column_points = figure.get_size_inches()[0] * 72.0 * _PLOT_SHARE / max(len(stages), 1)
    # DejaVu Sans averages about 0.6 em a character.
    chars = int(column_points / (0.6 * style.TICK_SIZE))
    longest_word = max((len(part) for stage in stages for part in stage.split()), default=0)
    if longest_word <= chars:
        return [wrap_label(stage, chars, lines=3) for stage in stages], 0.0
    return [wrap_label(stage, SLANTED_WIDTH) for stage in stages], 30.0


def _has_scores(data: EmotionData) -> bool:
    return any(
        score is not None
        for persona in data.personas
        for score in (*persona.scores, *(persona.to_be or ()))
    )


def _shape(data: EmotionData) -> tuple[object, ...]:
    return (
        data.stages,
        data.title,
        tuple((p.name, p.colour, p.to_be is None) for p in data.personas),
        _has_scores(data),
    )


class EmotionChart(Chart[EmotionData]):
    """One curve per persona (own colour and marker), to-be curves dashed beside them."""

    _ax: Axes | None = None
    _lines: list[tuple[Line2D, Line2D | None]]

    def _build(self, data: EmotionData) -> None:
        lang = self.lang
        several = len(data.personas) > 1
        title = data.title or word("emotions_title" if several else "emotion_title", lang)
        self._ax, self._lines = None, []
        theme = self.theme
        if not data.stages or not _has_scores(data):
            self.draw_empty(title, word("empty_emotion", lang))
            return
        ax = self._ax = self.figure.add_subplot()
        style_axes(ax, theme)
        set_title(ax, title)
        xs = list(range(len(data.stages)))
        ax.axhline(0.0, color=theme.neutral, linewidth=1.0, zorder=1)
        for index, persona in enumerate(data.personas):
            colour = _colour(persona, index, theme)
            marker = style.MARKERS[index % len(style.MARKERS)]
            (as_is,) = ax.plot(
                xs,
                _ys(persona.scores),
                color=colour,
                marker=marker,
                label=legend_label(persona.name),
                zorder=3,
            )
            to_be = None
            if persona.to_be is not None:
                (to_be,) = ax.plot(
                    xs,
                    _ys(persona.to_be),
                    color=colour,
                    marker=marker,
                    markerfacecolor=theme.background,
                    linestyle="--",
                    label=legend_label(word("to_be", lang, name=persona.name)),
                    zorder=2,
                )
            self._lines.append((as_is, to_be))
        scores = range(EMOTION_MIN, EMOTION_MAX + 1)
        ax.set_yticks(list(scores), [score_label(score) for score in scores])
        ax.set_ylim(EMOTION_MIN - 0.4, EMOTION_MAX + 0.4)
        labels, angle = stage_labels(self.figure, data.stages)
        ax.set_xticks(xs, labels, parse_math=False)
        if angle:
            ax.tick_params(axis="x", labelrotation=angle)
            for label in ax.get_xticklabels():
                label.set_horizontalalignment("right")
                label.set_rotation_mode("anchor")
        ax.set_xlim(-0.4, len(xs) - 0.6)
        ax.set_xlabel(word("stage", lang))
        ax.set_ylabel(word("emotion_axis", lang))
        ax.grid(axis="y", color=theme.faint_grid, linewidth=0.8)
        ax.set_axisbelow(True)
        if sum(1 + (to_be is not None) for _, to_be in self._lines) > 1:
            self.figure.legend(
                loc="outside lower center",
                ncols=legend_columns(
                    [
                        label
                        for label in map(str, (ln.get_label() for ln in ax.get_lines()))
                        if not label.startswith("_")
                    ],
                    4,
                ),
                frameon=False,
                fontsize=style.BASE_SIZE,
            )

    def _patch(self, data: EmotionData) -> bool:
        if self._ax is None or _shape(data) != _shape(self.data):
            return False
        for (as_is, to_be), persona in zip(self._lines, data.personas, strict=True):
            as_is.set_ydata(_ys(persona.scores))
            if to_be is not None and persona.to_be is not None:
                to_be.set_ydata(_ys(persona.to_be))
        return True


def build_emotion(
    data: EmotionData,
    *,
    lang: str = "en",
    size: tuple[float, float] | None = None,
    theme: style.Theme = style.LIGHT,
    hints: bool = False,
) -> Figure:
    """Emotion curves (−2..+2) of each persona across the stages."""
    return EmotionChart(data, lang=lang, size=size, theme=theme, hints=hints).figure
