"""A metric's trend as a small SVG written directly, for the report's rows of small charts.

The report shows every metric of a map as a small multiple, three to a row. Drawn by
matplotlib, each took about 130 ms (most of it constrained layout measuring tick labels
again and again) and some seventy SVG nodes that WeasyPrint then walks one by one. Here the
layout is computed once from the bundled fonts' advance widths, the SVG is sized in printed
points (the text sizes are the sizes on paper) and holds one path for the line, one for the
markers, the gridlines in one path and a text node per label: about a millisecond a chart and
a third of the nodes. The chart says the same as the screen's trend chart: the values per
period with gaps where one is missing, the target as a dashed line labelled on the side
where the line is not, the unit, and period labels spaced so that they never collide.
Nothing is cut: a long title wraps and the chart grows taller.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final
from xml.sax.saxutils import escape, quoteattr

from personabuilder.charts import style
from personabuilder.charts.data import TrendData
from personabuilder.charts.digits import format_digits, format_number, with_unit
from personabuilder.charts.numbers import format_period, unit_label
from personabuilder.charts.text import NBSP, word
from personabuilder.export.measure import text_width, words
from personabuilder.model import Direction, MetricUnit

# Printed width of a small chart: a third of the report's 178 mm text width, less the gaps.
WIDTH_PT: Final = 166.0
_PLOT_HEIGHT_PT: Final = 52.0
_TITLE_PT: Final = 8.0
_TEXT_PT: Final = 6.5
_LINE_GAP: Final = 1.22  # line height, in font sizes
_PAD: Final = 2.0  # the space around the drawing and between its parts
_TICK_GAP: Final = 3.0  # between a tick label and the plot
_LABEL_GAP_EM: Final = 1.0  # at least one em between two period labels
_MARKER_R: Final = 1.6
# A marker as two arcs from its centre's left edge: one path for every marker of a line.
_DOT: Final = f"m-{_MARKER_R} 0a{_MARKER_R} {_MARKER_R} 0 1 0 {2 * _MARKER_R} 0" + (
    f"a{_MARKER_R} {_MARKER_R} 0 1 0 -{2 * _MARKER_R} 0"
)
_MOST_Y_TICKS: Final = 5
# Share of the x range the target label may cover before it counts as over the line.
_LABEL_SHARE_MIN: Final = 0.15
_MOST_TITLE_LINES: Final = 4


def _width(text: str, size: float, *, bold: bool = False) -> float:
    """Printed width of ``text`` at ``size`` points in the bundled fonts."""
    return text_width(text, size, bold=bold)


def _wrap(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """``text`` in lines no wider than ``width``; a word wider than a line is split."""
    lines: list[str] = []
    current = ""
    for word_ in words(text):
        candidate = f"{current} {word_}" if current else word_
        if _width(candidate, size, bold=bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        current = ""
        while _width(word_, size, bold=bold) > width:
            cut = len(word_) - 1
            while cut > 1 and _width(word_[:cut], size, bold=bold) > width:
                cut -= 1
            lines.append(word_[:cut])
            word_ = word_[cut:]
        current = word_
    if current:
        lines.append(current)
    return lines or [""]


def nice_ticks(low: float, high: float, most: int = _MOST_Y_TICKS) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering ``low``..``high``."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return [0.0]
    if high < low:
        low, high = high, low
    if high == low:
        spread = abs(high) * 0.1 or 1.0
        low, high = low - spread, high + spread
    # Ticks closer than the four decimals labels print would be written alike.
    raw = max((high - low) / max(1, most - 1), 1e-4)
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1.0, 2.0, 2.5, 5.0, 10.0) if m * power >= raw * 0.999)
    first = math.floor(low / step + 1e-9) * step
    last = max(math.ceil(high / step - 1e-9) * step, first + step)
    count = round((last - first) / step)
    return [round(first + i * step, 10) for i in range(count + 1)]


def _places(ticks: Sequence[float]) -> int:
    for places in range(5):
        scale = 10**places
        if all(abs(t * scale - round(t * scale)) < 1e-6 * max(1.0, abs(t)) for t in ticks):
            return places
    return 4


def target_side(ys: Sequence[float | None], target: float, share: float) -> tuple[bool, bool]:
    """Where the target label goes, (right end?, above the line?), clear of the data line.

    The label covers about ``share`` of the x range at one end; a place is clear when no
    point there is on the label's side of the target. Right end above is preferred.
    """
    count = len(ys)
    reach = min(count, max(1, math.ceil(share * max(count - 1, 1))) + 1)
    best: tuple[int, int, tuple[bool, bool]] | None = None
    places = ((True, True), (True, False), (False, True), (False, False))
    for order, (right, above) in enumerate(places):
        near = ys[count - reach :] if right else ys[:reach]
        blocking = sum(1 for y in near if y is not None and (y >= target if above else y <= target))
        candidate = (blocking, order, (right, above))
        if best is None or candidate < best:
            best = candidate
    assert best is not None
    return best[2]


@dataclass(frozen=True)
class _Text:
    x: float
    y: float
    text: str
    size: float
    anchor: str = "start"
    bold: bool = False
    colour: str = style.TEXT_COLOUR


def _fmt(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _text_node(item: _Text) -> str:
    weight = ' font-weight="700"' if item.bold else ""
    return (
        f'<text x="{_fmt(item.x)}" y="{_fmt(item.y)}" font-size="{_fmt(item.size)}"'
        f'{weight} text-anchor="{item.anchor}" fill="{item.colour}">{escape(item.text)}</text>'
    )


def _caption(data: TrendData, lang: str) -> str:
    """What the values count, under the title ("count", "days"); percent ticks say "%"."""
    if data.unit is MetricUnit.PERCENT:
        return ""
    label = unit_label(data.unit, lang)
    return label[:1].upper() + label[1:] if label else ""


def _target_text(data: TrendData, target: float, lang: str) -> str:
    sign = "≥" if data.direction is Direction.HIGHER_IS_BETTER else "≤"
    return f"{word('target', lang)} {sign}{NBSP}{format_number(target, data.unit, lang)}"


def _title_lines(data: TrendData, lang: str, width: float) -> tuple[list[str], float]:
    """The title's lines and font size; a pathological title still prints whole, smaller."""
    if data.metric.strip():
        title = data.title or word("trend_title", lang, metric=data.metric)
    else:
        title = data.title or word("trend", lang)
    lines = _wrap(title, width - 2 * _PAD, _TITLE_PT, bold=True)
    if len(lines) <= _MOST_TITLE_LINES:
        return lines, _TITLE_PT
    return _wrap(title, width - 2 * _PAD, _TEXT_PT, bold=True), _TEXT_PT


def header_height(data: TrendData, lang: str = "en", width: float = WIDTH_PT) -> float:
    """The height of a chart's title and unit caption, above its plot."""
    lines, size = _title_lines(data, lang, width)
    caption = _TEXT_PT * _LINE_GAP if _caption(data, lang) else 0.0
    return _PAD + len(lines) * size * _LINE_GAP + caption


def trend_row_svgs(
    items: Sequence[TrendData], lang: str = "en", *, per_row: int = 3, width: float = WIDTH_PT
) -> list[str]:
    """Small charts printed ``per_row`` to a row, the plots of a row level with each other."""
    svgs: list[str] = []
    for start in range(0, len(items), per_row):
        row = items[start : start + per_row]
        header = max(header_height(data, lang, width) for data in row)
        svgs.extend(trend_svg(data, lang, width=width, header_pt=header) for data in row)
    return svgs


def trend_svg(
    data: TrendData,
    lang: str = "en",
    *,
    width: float = WIDTH_PT,
    theme: style.Theme = style.LIGHT,
    header_pt: float | None = None,
) -> str:
    """The trend of one metric over periods as SVG markup sized in printed points.

    ``header_pt`` (at least the chart's own ``header_height``) lowers the plot so that the
    charts of a row line up.
    """
    from personabuilder.export.fonts import FONT_STACK

    texts: list[_Text] = []
    lines, title_size = _title_lines(data, lang, width)
    y = _PAD
    for line in lines:
        y += title_size * _LINE_GAP
        texts.append(_Text(_PAD, y - title_size * 0.22, line, title_size, bold=True))
    values = [(day, value) for day, value in data.values]
    known = [value for _, value in values if value is not None]
    if not data.metric.strip() or not known:
        message = word("empty_trend" if not data.metric.strip() else "empty_values", lang)
        for line in _wrap(message, width - 2 * _PAD, _TEXT_PT):
            y += _TEXT_PT * _LINE_GAP
            texts.append(_Text(_PAD, y, line, _TEXT_PT, colour=theme.muted))
        return _svg(width, y + _PAD, texts, [], FONT_STACK, theme)
    caption = _caption(data, lang)
    if caption:
        y += _TEXT_PT * _LINE_GAP
        texts.append(_Text(_PAD, y - _TEXT_PT * 0.2, caption, _TEXT_PT, colour=theme.muted))
    y = max(y, header_pt or 0.0) + _PAD + _TEXT_PT * 0.5
    plot_top = y
    plot_bottom = plot_top + _PLOT_HEIGHT_PT

    # Values and target decide the y range; the target label needs room on its side.
    low, high = min(known), max(known)
    target = data.target
    if target is not None:
        low, high = min(low, target), max(high, target)
    ticks = nice_ticks(low, high)
    label_gap = _TEXT_PT * 1.5  # the target label's height, with its offset from the line
    target_text = ""
    side: tuple[bool, bool] | None = None  # (right end?, above the line?)
    if target is not None:
        # The y range grows on the label's side when the label would leave the plot.
        target_text = _target_text(data, target, lang)
        plot_share = width * 0.75
        share = max(_LABEL_SHARE_MIN, (_width(target_text, _TEXT_PT) + 6) / plot_share)
        side = target_side([v for _, v in values], target, share)
        per_pt = (ticks[-1] - ticks[0]) / _PLOT_HEIGHT_PT
        if side[1] and target + label_gap * per_pt > ticks[-1]:
            ticks = nice_ticks(ticks[0], target + label_gap * per_pt)
        elif not side[1] and target - label_gap * per_pt < ticks[0]:
            ticks = nice_ticks(target - label_gap * per_pt, ticks[-1])
    y_low, y_high = ticks[0], ticks[-1]
    places = _places(ticks)
    tick_texts = [format_digits(t, lang, places) for t in ticks]
    if data.unit is MetricUnit.PERCENT:
        tick_texts = [with_unit(t, data.unit, lang) for t in tick_texts]
    names = [format_period(day, data.granularity, lang) for day, _ in values]
    # The first and last period labels are centred on their points: keep room for half.
    left = _PAD + max(_width(t, _TEXT_PT) for t in tick_texts) + _TICK_GAP
    left = max(left, _PAD + _width(names[0], _TEXT_PT) / 2)
    right = min(width - _PAD, width - _PAD - _width(names[-1], _TEXT_PT) / 2 + 4.0)
    ords = [day.toordinal() for day, _ in values]
    span_x = (ords[-1] - ords[0]) or 1
    inset = 4.0

    def px(index: int) -> float:
        if len(ords) == 1:
            return (left + right) / 2
        return left + inset + (ords[index] - ords[0]) / span_x * (right - left - 2 * inset)

    def py(value: float) -> float:
        return plot_bottom - (value - y_low) / ((y_high - y_low) or 1.0) * _PLOT_HEIGHT_PT

    shapes: list[str] = []
    grid = " ".join(f"M{_fmt(left)} {_fmt(py(t))}H{_fmt(right)}" for t in ticks)
    shapes.append(f'<path d="{grid}" stroke="{theme.grid}" stroke-width="0.4" fill="none"/>')
    for t, text in zip(ticks, tick_texts, strict=True):
        texts.append(
            _Text(
                left - _TICK_GAP,
                py(t) + _TEXT_PT * 0.35,
                text,
                _TEXT_PT,
                anchor="end",
                colour=theme.ticks,
            )
        )
    # Period labels: every ``step``-th, so that neighbours keep an em apart.
    spacing = min((px(i + 1) - px(i) for i in range(len(ords) - 1)), default=right - left)
    widest = max(_width(name, _TEXT_PT) for name in names) + _LABEL_GAP_EM * _TEXT_PT
    step = max(1, math.ceil(widest / max(spacing, 1e-6))) if len(ords) > 1 else 1
    axis_y = plot_bottom + _TICK_GAP + _TEXT_PT
    ticks_x = []
    for index in range(0, len(values), step):
        ticks_x.append(f"M{_fmt(px(index))} {_fmt(plot_bottom)}v2")
        texts.append(
            _Text(px(index), axis_y, names[index], _TEXT_PT, anchor="middle", colour=theme.ticks)
        )
    shapes.append(
        f'<path d="M{_fmt(left)} {_fmt(plot_bottom)}H{_fmt(right)}{"".join(ticks_x)}" '
        f'stroke="{theme.axis}" stroke-width="0.5" fill="none"/>'
    )
    if target is not None and side is not None:
        at_right, above = side
        ty = py(target)
        shapes.append(
            f'<path d="M{_fmt(left)} {_fmt(ty)}H{_fmt(right)}" stroke="{theme.target}" '
            'stroke-width="0.9" stroke-dasharray="3 2" fill="none"/>'
        )
        texts.append(
            _Text(
                right - 2 if at_right else left + 2,
                ty - 2.0 if above else ty + 2.0 + _TEXT_PT * 0.8,
                target_text,
                _TEXT_PT,
                anchor="end" if at_right else "start",
                colour=theme.target,
            )
        )
    # The line, broken where a period has no value; a marker on every known value.
    runs: list[str] = []
    pen_down = False
    dots: list[str] = []
    for index, (_, value) in enumerate(values):
        if value is None:
            pen_down = False
            continue
        x, y_ = _fmt(px(index)), _fmt(py(value))
        runs.append(f"{'L' if pen_down else 'M'}{x} {y_}")
        pen_down = True
        dots.append(f"M{x} {y_}{_DOT}")
    colour = theme.series[0]
    shapes.append(
        f'<path d="{"".join(runs)}" stroke="{colour}" stroke-width="1.3" fill="none" '
        'stroke-linejoin="round"/>'
    )
    shapes.append(f'<path d="{"".join(dots)}" fill="{colour}"/>')
    height = axis_y + _TEXT_PT * 0.3 + _PAD
    return _svg(width, height, texts, shapes, FONT_STACK, theme)


def _svg(
    width: float,
    height: float,
    texts: Sequence[_Text],
    shapes: Sequence[str],
    font_stack: str,
    theme: style.Theme,
) -> str:
    body = "".join(shapes) + "".join(_text_node(t) for t in texts)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{_fmt(width)}pt" '
        f'height="{_fmt(height)}pt" viewBox="0 0 {_fmt(width)} {_fmt(height)}" '
        f"font-family={quoteattr(font_stack)}>"
        f'<rect width="{_fmt(width)}" height="{_fmt(height)}" fill="{theme.background}"/>'
        f"{body}</svg>"
    )
