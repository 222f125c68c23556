"""What every chart shares: the figure and its style, the "No data" figure, saving to files.

Charts are built inside ``matplotlib.rc_context(style.RC)`` so that the application's
global rcParams are never changed; what matplotlib creates lazily at draw time (tick
labels) is styled explicitly through ``tick_params``.

Redrawing after an edit is kept fast by two caches on the figure: the constrained layout
is computed again only when it may have changed (``CachedConstrainedLayout``), and text
already rasterised by Agg is pasted rather than drawn glyph by glyph (``TextBitmaps``).
Text sizes measured by the Agg and SVG renderers are shared by every figure and draw
(``TextMetrics``): an export of fifty charts measures "Jan 2026" once, not a hundred times.
"""

import functools
import math
import os
import re
import textwrap
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import IO, Any, Generic, Literal, TypeVar

import matplotlib as mpl
import numpy as np
from matplotlib.axes import Axes
from matplotlib.axes._secondary_axes import SecondaryAxis
from matplotlib.backend_bases import GraphicsContextBase, RendererBase
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.layout_engine import ConstrainedLayoutEngine
from matplotlib.text import Text

from personabuilder.charts import style
from personabuilder.charts.text import word

DataT = TypeVar("DataT")

# matplotlib's Agg backend ships without type information.
_AGG: Any = RendererAgg

ImageFormat = Literal["png", "svg"]


class CachedConstrainedLayout(ConstrainedLayoutEngine):
    """Constrained layout that reruns only when something it depends on may have changed.

    Laying out costs about as much as drawing. Between two draws at the same size and
    resolution, with the same axes showing the same limits, the tick labels and so the
    margins are the same, so an edit of a value redraws without laying out again. A chart
    that changes titles, labels or legends calls ``invalidate``.
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._done: tuple[object, ...] | None = None

    def invalidate(self) -> None:
        """Makes the next draw lay the figure out again."""
        self._done = None

    @staticmethod
    def _key(fig: Figure) -> tuple[object, ...]:
        width, height = fig.get_size_inches()
        limits = tuple((id(ax), tuple(ax.viewLim.bounds)) for ax in fig.axes)
        return (float(width), float(height), float(fig.dpi), limits)

    def execute(self, fig: Figure) -> Any:
        """Lays the figure out, unless nothing changed since the last time."""
        key = self._key(fig)
        if key == self._done:
            return None
        result = super().execute(fig)
        self._done = key
        return result


def _font_key(prop: FontProperties) -> tuple[object, ...]:
    return (
        tuple(prop.get_family()),
        prop.get_style(),
        prop.get_variant(),
        prop.get_weight(),
        prop.get_stretch(),
        prop.get_size_in_points(),
        prop.get_file(),
    )


class TextBitmaps:
    """Text that Agg has rasterised, kept to paste again on the next draws of a figure.

    matplotlib 3.11 shapes and rasterises every glyph in Python on every draw (about
    0.1 ms a glyph), so redrawing a chart after an edit spent most of its time writing the
    same tick labels, titles and legends again. A bitmap is keyed by everything Agg uses
    to draw the text (string, font, size, angle, colour, resolution, position within the
    pixel), so pasting it gives the same pixels, but for the rounding of a few antialiased
    edge pixels by a level or two.
    """

    LIMIT = 2000

    def __init__(self) -> None:
        self._bitmaps: OrderedDict[tuple[object, ...], tuple[Any, int, int]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._bitmaps)

    def draw_text(
        self,
        renderer: Any,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        ismath: bool | Literal["TeX"] = False,
        mtext: Text | None = None,
    ) -> None:
        """Draws like ``RendererAgg.draw_text``, from a kept bitmap when there is one."""
        if ismath or not s:
            type(renderer).draw_text(renderer, gc, x, y, s, prop, angle, ismath, mtext=mtext)
            return
        # x, y: the text's anchor, in pixels from the top left (Agg's text convention).
        left, top = math.floor(x), math.floor(y)
        features = mtext.get_fontfeatures() if mtext is not None else None
        language = mtext.get_language() if mtext is not None else None
        key = (
            s,
            _font_key(prop),
            float(angle),
            float(renderer.dpi),
            tuple(gc.get_rgb()),
            gc.get_alpha(),
            gc.get_forced_alpha(),
            gc.get_antialiased(),
            # Agg places glyphs to 1/64 pixel.
            round((x - left) * 64),
            round((y - top) * 64),
            features,
            language,
        )
        entry = self._bitmaps.get(key)
        if entry is None:
            entry = self._rasterise(renderer, gc, x - left, y - top, s, prop, angle, mtext)
            self._bitmaps[key] = entry
            if len(self._bitmaps) > self.LIMIT:
                self._bitmaps.popitem(last=False)
        else:
            self._bitmaps.move_to_end(key)
        image, dx, dy = entry
        paste = renderer.new_gc()
        paste.copy_properties(gc)
        # The bitmap already carries the text's alpha; the clip still applies.
        paste.set_alpha(None)
        # draw_image takes the bottom left corner, counted from the bottom.
        renderer.draw_image(paste, left + dx, renderer.height - (top + dy + image.shape[0]), image)
        paste.restore()

    @staticmethod
    def _rasterise(
        renderer: Any,
        gc: GraphicsContextBase,
        x: float,
        y: float,
        s: str,
        prop: FontProperties,
        angle: float,
        mtext: Text | None,
    ) -> tuple[Any, int, int]:
        """The text drawn alone on a small canvas, and where that canvas goes."""
        width, height, descent = renderer.get_text_width_height_descent(s, prop, False)
        cos, sin = math.cos(math.radians(angle)), math.sin(math.radians(angle))
        # Corners of the text box around the anchor, y downwards.
        corners = [
            (along * cos - up * sin, -along * sin - up * cos)
            for along in (0.0, width)
            for up in (-descent, height - descent)
        ]
        # Room for glyphs that overhang their box, and for antialiasing.
        pad = 2 + math.ceil(0.3 * renderer.points_to_pixels(prop.get_size_in_points()))
        dx = math.floor(x + min(cx for cx, _ in corners)) - pad
        dy = math.floor(y + min(cy for _, cy in corners)) - pad
        columns = math.ceil(x + max(cx for cx, _ in corners)) + pad - dx
        rows = math.ceil(y + max(cy for _, cy in corners)) + pad - dy
        scratch = _AGG(columns, rows, renderer.dpi)
        pen = scratch.new_gc()
        pen.copy_properties(gc)
        pen.set_clip_rectangle(None)
        pen.set_clip_path(None)
        scratch.draw_text(pen, x - dx, y - dy, s, prop, angle, ismath=False, mtext=mtext)
        pen.restore()
        # Agg's draw_image takes rows bottom-up, its buffer holds them top-down.
        return np.asarray(scratch.buffer_rgba())[::-1].copy(), dx, dy


class TextMetrics:
    """Text sizes measured by Agg and SVG renderers, shared by every figure and every draw.

    matplotlib measures a text with a fresh shaping of the string on every renderer it
    makes, and saving one figure as SVG makes several (the layout pass, the constrained
    layout, the output), so the same tick labels were measured again and again (about
    0.5 ms each with the fallback fonts). A size depends only on the string, the font, the
    renderer's kind and resolution, and the hinting settings: all of them are the key.
    """

    LIMIT = 5000

    def __init__(self) -> None:
        self._sizes: OrderedDict[tuple[object, ...], tuple[float, float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._sizes)

    def measure(
        self, renderer: Any, s: str, prop: FontProperties, ismath: bool | Literal["TeX"]
    ) -> tuple[float, float, float]:
        """Width, height and descent of ``s`` as ``renderer`` measures it."""
        measure = type(renderer).get_text_width_height_descent
        if ismath:
            return measure(renderer, s, prop, ismath)  # type: ignore[no-any-return]
        key = (
            type(renderer),
            float(renderer.points_to_pixels(72.0)),
            s,
            _font_key(prop),
            mpl.rcParams["text.hinting"],
            mpl.rcParams["text.hinting_factor"],
        )
        with self._lock:
            size = self._sizes.get(key)
            if size is not None:
                self._sizes.move_to_end(key)
                return size
        measured: tuple[float, float, float] = measure(renderer, s, prop, ismath)
        with self._lock:
            self._sizes[key] = measured
            if len(self._sizes) > self.LIMIT:
                self._sizes.popitem(last=False)
        return measured

    def share_with(self, renderer: object) -> None:
        """Has an Agg or SVG ``renderer`` measure text through this cache."""
        from matplotlib.backends.backend_mixed import MixedModeRenderer
        from matplotlib.backends.backend_svg import RendererSVG

        if isinstance(renderer, MixedModeRenderer):
            # Vector output wraps its renderer; what the wrapper lacks it asks the inner one.
            renderer = renderer._vector_renderer
        if isinstance(renderer, RendererAgg | RendererSVG) and (
            "get_text_width_height_descent" not in vars(renderer)
        ):
            # An instance attribute shadows the method, for this renderer only.
            vars(renderer)["get_text_width_height_descent"] = functools.partial(
                self.measure, renderer
            )


TEXT_METRICS = TextMetrics()


@functools.cache
def share_font_lookups() -> None:
    """Has matplotlib's font manager remember which files serve which font properties.

    matplotlib 3.11 looks the files up again for every text it lays out, through every
    family of the fallback list (``style.FAMILIES``): about a sixth of the time of drawing a
    chart. The answer depends only on the properties and on the fonts known, so it is kept
    under both (a font registered later makes a new key).
    """
    from matplotlib import font_manager

    manager = font_manager.fontManager
    lookup = manager._find_fonts_by_props
    found: dict[tuple[object, ...], Any] = {}

    def find(
        prop: Any,
        fontext: Literal["ttf", "afm"] = "ttf",
        directory: str | None = None,
        fallback_to_default: bool = True,
        rebuild_if_missing: bool = True,
    ) -> Any:
        if not isinstance(prop, FontProperties):
            return lookup(prop, fontext, directory, fallback_to_default, rebuild_if_missing)
        key = (
            _font_key(prop),
            prop.get_math_fontfamily(),
            fontext,
            directory,
            fallback_to_default,
            rebuild_if_missing,
            len(manager.ttflist),
            len(manager.afmlist),
        )
        files = found.get(key)
        if files is None:
            files = lookup(prop, fontext, directory, fallback_to_default, rebuild_if_missing)
            if len(found) > TextBitmaps.LIMIT:
                found.clear()
            found[key] = files
        return list(files)

    # An instance attribute shadows the method for this process's font manager.
    vars(manager)["_find_fonts_by_props"] = find


def _ellipsised(line: str, room: float, measure: Callable[[str], float]) -> str:
    """The longest start of ``line`` that fits ``room`` with "…" after it."""
    low, high = 0, len(line)
    while low < high:
        middle = (low + high + 1) // 2
        if measure(line[:middle].rstrip() + "…") <= room:
            low = middle
        else:
            high = middle - 1
    return line[:low].rstrip() + "…"


def wrap_to_width(full: str, room: float, lines: int, measure: Callable[[str], float]) -> str:
    """``full`` broken between words into at most ``lines`` lines no wider than ``room``.

    A word wider than the room is broken inside; "…" ends the last line only when the
    text cannot fit at all.
    """
    if "\n" not in full and measure(full) <= room:
        return full
    # Only ordinary spaces break: a no-break space (French "objectif :") holds.
    words = [part for part in re.split(r"[ \t\n]+", full) if part]
    result: list[str] = []
    while words:
        if len(result) == lines - 1:
            line = " ".join(words)
            result.append(line if measure(line) <= room else _ellipsised(line, room, measure))
            break
        count = 1
        while count < len(words) and measure(" ".join(words[: count + 1])) <= room:
            count += 1
        line = " ".join(words[:count])
        words = words[count:]
        if measure(line) > room:
            # One word alone is too wide: keep what fits, the rest starts the next line.
            head = _ellipsised(line, room, measure)[:-1] or line[:1]
            words.insert(0, line[len(head) :])
            line = head
        result.append(line)
    return "\n".join(result)


class ChartFigure(Figure):
    """A Figure whose raster draws paste the text they already drew (see ``TextBitmaps``).

    Vector output (SVG, PDF) is drawn as usual, with real text. Titles and axis titles
    registered with ``fit_text`` are wrapped, at draw time, to the room the layout leaves
    them; ``fitted`` keeps their full wording.
    """

    # Room kept between a fitted text and the figure's edge.
    FIT_PAD_POINTS = 4.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.fitted: list[tuple[Text, str, int]] = []
        # True while save_figure writes the figure (see draw).
        self.saving = False
        self._shown: dict[int, str] = {}
        self._fit_key: tuple[object, ...] | None = None
        self._widths: dict[tuple[object, ...], float] = {}
        super().__init__(*args, **kwargs)
        self.text_bitmaps = TextBitmaps()

    def clear(self, keep_observers: bool = False) -> None:
        """Clears the figure and forgets the texts to fit."""
        super().clear(keep_observers)
        self.fitted = []
        self._shown = {}
        self._fit_key = None

    def fit_text(self, text: Text, lines: int = 2) -> None:
        """Keeps ``text`` inside the figure, wrapped to at most ``lines`` lines."""
        if text.get_text().strip():
            self.fitted.append((text, text.get_text(), lines))
            self._fit_key = None

    def _room(self, text: Text, renderer: RendererBase) -> float:
        """Pixels ``text`` may take along its baseline and stay inside the figure."""
        pad = float(renderer.points_to_pixels(self.FIT_PAD_POINTS))  # type: ignore[arg-type]
        box = text.get_window_extent(renderer)
        width, height = float(self.bbox.width), float(self.bbox.height)
        if abs(math.sin(math.radians(text.get_rotation()))) > 0.5:
            centre = float(box.y0 + box.y1) / 2
            return 2 * min(centre, height - centre) - 2 * pad
        align = text.get_horizontalalignment()
        if align == "left":
            return width - float(box.x0) - pad
        if align == "right":
            return float(box.x1) - pad
        centre = float(box.x0 + box.x1) / 2
        return 2 * min(centre, width - centre) - 2 * pad

    def _fit_texts(self, renderer: RendererBase) -> None:
        engine = self.get_layout_engine()
        # Fitting needs the layout to follow: a figure laid out by hand is left as it is.
        if not self.fitted or not isinstance(engine, CachedConstrainedLayout):
            return
        engine.execute(self)
        key = (
            float(self.dpi),
            tuple(float(v) for v in self.get_size_inches()),
            self._positions(),
            tuple((id(text), full) for text, full, _ in self.fitted),
        )
        if key == self._fit_key:
            return
        for _ in range(3):
            # A wrapped axis title moves the axes, and so the room of the chart title.
            if not self._fit_once(renderer):
                break
            engine.invalidate()
            engine.execute(self)
        self._fit_key = (*key[:2], self._positions(), key[3])

    def _positions(self) -> tuple[float, ...]:
        return tuple(round(v, 3) for ax in self.axes for v in ax.get_position().bounds)

    def _fit_once(self, renderer: RendererBase) -> bool:
        changed = False
        for text, full, lines in self.fitted:
            if text.get_text() not in (full, self._shown.get(id(text), full)):
                # Changed since (an export blanking axis titles): no longer ours to fit.
                continue
            prop = text.get_fontproperties()
            font = (_font_key(prop), float(renderer.points_to_pixels(1.0)))  # type: ignore[arg-type]

            def measure(line: str, prop: FontProperties = prop, font: Any = font) -> float:
                width = self._widths.get((line, font))
                if width is None:
                    if len(self._widths) > TextBitmaps.LIMIT:
                        self._widths.clear()
                    width = float(renderer.get_text_width_height_descent(line, prop, False)[0])
                    self._widths[line, font] = width
                return width

            fitted = wrap_to_width(full, self._room(text, renderer), lines, measure)
            if fitted != text.get_text():
                text.set_text(fitted)
                changed = True
            self._shown[id(text)] = fitted
        return changed

    def _get_renderer(self) -> Any:
        # The renderer the constrained layout measures with: it shares text sizes too.
        renderer = super()._get_renderer()  # type: ignore[misc]
        TEXT_METRICS.share_with(renderer)
        return renderer

    def draw(self, renderer: RendererBase) -> None:
        """Draws the figure; on Agg, text comes from the bitmaps kept from earlier draws."""
        TEXT_METRICS.share_with(renderer)
        self._fit_texts(renderer)
        if self.saving and _drawing_disabled(renderer):
            # savefig's first pass draws with no output only to lay the figure out; the
            # layout runs before any artist draws, so the artists need not draw twice.
            engine = self.get_layout_engine()
            if engine is not None and self.axes:
                engine.execute(self)
            return
        # matplotlib itself shadows draw_text while measuring (no-op drawing): leave it be.
        if not isinstance(renderer, RendererAgg) or "draw_text" in vars(renderer):
            super().draw(renderer)
            return
        agg: Any = renderer
        # An instance attribute shadows the renderer's method for this draw only.
        agg.draw_text = functools.partial(self.text_bitmaps.draw_text, renderer)
        try:
            super().draw(renderer)
        finally:
            del agg.draw_text


def _drawing_disabled(renderer: object) -> bool:
    """True inside matplotlib's ``_draw_disabled`` (drawing methods shadowed by no-ops)."""
    # A vector renderer is wrapped; the wrapper passes _draw_disabled to the inner one.
    inner = vars(renderer).get("_vector_renderer", renderer)
    return "draw_path" in vars(renderer) or "draw_path" in vars(inner)


def new_figure(size: tuple[float, float] | None = None) -> Figure:
    """An empty chart figure with (cached) constrained layout, not attached to any GUI."""
    return ChartFigure(figsize=size or style.FIGURE_SIZE, layout=CachedConstrainedLayout())


def style_axes(ax: Axes | SecondaryAxis, theme: style.Theme = style.LIGHT) -> None:
    """Applies the projector-friendly tick font and the theme's tick colours.

    matplotlib creates tick labels at draw time, outside the chart's ``rc_context``.
    """
    ax.tick_params(
        labelsize=style.TICK_SIZE,
        labelfontfamily=list(style.FAMILIES),
        labelcolor=theme.text,
        color=theme.ticks,
    )


def set_title(ax: Axes, title: str) -> None:
    """Writes a chart title in the shared title style."""
    ax.set_title(title, fontsize=style.TITLE_SIZE, fontweight="bold", loc="left")


def draw_no_data(figure: Figure, title: str, lang: str, theme: style.Theme = style.LIGHT) -> Axes:
    """Fills ``figure`` with its title and a centred "No data" message."""
    return draw_empty(figure, title, word("no_data", lang), theme)


def draw_empty(
    figure: Figure,
    title: str,
    message: str,
    theme: style.Theme = style.LIGHT,
    size: float = style.MESSAGE_SIZE,
) -> Axes:
    """Fills ``figure`` with its title and a centred message saying why it is empty.

    A long message (what to do to fill the chart) wraps to the figure's width.
    """
    ax = figure.add_subplot()
    ax.set_axis_off()
    set_title(ax, title)
    text = ax.text(
        0.5,
        0.5,
        message,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=size,
        color=theme.muted,
    )
    # Wrapped at draw time (fit_text); unwrapped, it must not squeeze the layout.
    text.set_in_layout(False)
    if isinstance(figure, ChartFigure):
        figure.fit_text(text, lines=4)
    return ax


# Legend entries longer than this wrap, so that a long name does not push the legend out.
LEGEND_WIDTH = 30


def legend_label(name: str) -> str:
    """A legend entry for a user's name, wrapped to two lines of ``LEGEND_WIDTH``."""
    return wrap_label(name, LEGEND_WIDTH)


def legend_columns(labels: list[str], most: int) -> int:
    """As many legend columns as fit the figure: fewer when the entries are long."""
    longest = max((len(line) for label in labels for line in label.split("\n")), default=0)
    return max(1, min(most, len(labels), 72 // max(longest + 6, 1)))


def wrap_label(label: str, width: int, lines: int = 2) -> str:
    """A label broken into at most ``lines`` lines of ``width`` characters, "…" if cut."""
    if len(label) <= width:
        return label
    return "\n".join(textwrap.wrap(label, max(width, 4), max_lines=lines, placeholder="…"))


class Chart(Generic[DataT]):
    """A figure that follows its data: ``update`` changes the artists in place when it can.

    The screen keeps one ``Chart`` per panel and calls ``canvas.draw_idle()`` after
    ``update``; a change of shape (more stages, a target appearing) rebuilds the figure
    in place, so the canvas showing it stays the same.

    ``theme`` gives the colours (``style.LIGHT`` by default, ``style.DARK``; ``set_theme``
    changes them in place). Without data, the chart says so; with ``hints`` (the screen's
    default) it also says what to do to fill it, without (documents) only "No data".
    """

    def __init__(
        self,
        data: DataT,
        *,
        lang: str = "en",
        figure: Figure | None = None,
        size: tuple[float, float] | None = None,
        theme: style.Theme = style.LIGHT,
        hints: bool = True,
    ) -> None:
        self.lang = lang
        self.theme = theme
        self.hints = hints
        if figure is None:
            figure = new_figure(size)
        else:
            figure.clear()
            figure.set_layout_engine(CachedConstrainedLayout())
        self.figure = figure
        self.data = data
        self._styled(lambda: self._built(data))

    def update(self, data: DataT) -> None:
        """Shows new data: patched into the current artists, or rebuilt if the shape changed."""

        def apply() -> None:
            if not self._patch(data):
                self.figure.clear()
                self._built(data)
                self.invalidate_layout()

        self._styled(apply)
        self.data = data

    def set_theme(self, theme: style.Theme) -> None:
        """Redraws the chart in ``theme``'s colours, in the same figure."""
        if theme == self.theme:
            return
        self.theme = theme

        def apply() -> None:
            self.figure.clear()
            self._built(self.data)
            self.invalidate_layout()

        self._styled(apply)

    def draw_empty(self, title: str, hint: str) -> None:
        """Draws the chart's empty state: ``title`` over ``hint`` (what to do to fill the
        chart) with ``hints``, over "No data" without."""
        if self.hints:
            # A sentence reads at a smaller size than the two words of "No data".
            draw_empty(self.figure, title, hint, self.theme, style.HINT_SIZE)
        else:
            draw_empty(self.figure, title, word("no_data", self.lang), self.theme)

    def invalidate_layout(self) -> None:
        """Lays the figure out again at the next draw (after changing its texts by hand)."""
        engine = self.figure.get_layout_engine()
        if isinstance(engine, CachedConstrainedLayout):
            engine.invalidate()

    def _styled(self, action: Callable[[], None]) -> None:
        style.register_fonts()
        share_font_lookups()
        with mpl.rc_context({**style.RC, **self.theme.rc}):
            action()

    def _built(self, data: DataT) -> None:
        """Builds the figure, then has its titles and axis titles fit the figure."""
        figure = self.figure
        figure.set_facecolor(self.theme.background)
        self._build(data)
        if isinstance(figure, ChartFigure):
            for ax in figure.axes:
                # matplotlib keeps the left and right titles only as private attributes.
                titled: Any = ax
                for text in (titled.title, titled._left_title, titled._right_title):
                    figure.fit_text(text)
                figure.fit_text(ax.xaxis.label)
                figure.fit_text(ax.yaxis.label)

    def _build(self, data: DataT) -> None:
        raise NotImplementedError

    def _patch(self, data: DataT) -> bool:
        """Updates the artists for ``data``; False when the figure must be rebuilt."""
        return False


def save_figure(
    figure: Figure,
    target: str | os.PathLike[str] | IO[bytes],
    format: ImageFormat,
    *,
    dpi: float = 150.0,
) -> None:
    """Writes a chart as PNG or SVG; SVG text stays text (searchable, selectable).

    ``svg.fonttype = "none"`` keeps every label a ``<text>`` element naming DejaVu Sans
    (installed with the app's system fonts) instead of glyph outlines, and a fixed hash
    salt and no date make the same figure give the same file.
    """
    if format not in ("png", "svg"):
        raise ValueError(f"unsupported image format {format!r}")
    metadata: dict[str, str | None] = {"Date": None} if format == "svg" else {}
    chart = figure if isinstance(figure, ChartFigure) else None
    if chart is not None:
        chart.saving = True
    try:
        with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "personabuilder"}):
            figure.savefig(target, format=format, dpi=dpi, metadata=metadata)
    finally:
        if chart is not None:
            chart.saving = False
