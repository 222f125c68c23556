"""Compact chart SVG joins neighbouring paths drawn alike, and only where the picture stays
the same: a series' markers become one path, overlapping fills and see-through paint do not."""

import io
import re
import subprocess
from pathlib import Path

from PIL import Image, ImageChops

from personabuilder.charts.base import save_figure
from personabuilder.charts.data import EmotionData, PersonaEmotion
from personabuilder.charts.emotion import build_emotion
from personabuilder.export.chart_svg import compact_svg
from personabuilder.export.pdf import render_pdf
from tests.tools import program

_SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="100pt" height="100pt">{}</svg>'
_SQUARE = '<path d="M {x} {y} L {x2} {y} L {x2} {y2} L {x} {y2} z" {attrs}/>'


def _square(x: float, y: float, attrs: str = 'fill="#0072b2" stroke="#0072b2"') -> str:
    return _SQUARE.format(x=x, y=y, x2=x + 8, y2=y + 8, attrs=attrs)


def _paths(svg: str) -> list[str]:
    return re.findall(r'<path [^>]*d="([^"]*)"', svg)


def _emotion_svg() -> str:
    data = EmotionData(
        stages=("Discover", "Trial", "Buy", "Use", "Renew"),
        personas=(
            PersonaEmotion("Dana", (1, 0, -1, 2, 1), "#0072b2", (2, 1, 0, 2, 2)),
            PersonaEmotion("Sam", (0, -2, -1, 1, 0), "#e69f00", None),
        ),
    )
    out = io.BytesIO()
    save_figure(build_emotion(data, size=(8.0, 3.6)), out, "svg")
    return out.getvalue().decode("utf-8")


def _filled(svg: str, colour: str) -> list[str]:
    """Path data of the paths filled and stroked in ``colour``."""
    return [
        re.search(r'd="([^"]*)"', path)[1]  # type: ignore[index]
        for path in re.findall(r"<path [^>]*>", svg)
        if f'fill="{colour}"' in path and f'stroke="{colour}"' in path
    ]


def test_each_series_markers_become_one_path_of_one_part_a_point() -> None:
    compact = compact_svg(_emotion_svg())
    # Dana's as-is markers (filled in her colour) and Sam's, each one path: 5 points, then
    # the legend's sample marker, which is drawn apart from the plot.
    for colour in ("#0072b2", "#e69f00"):
        assert [d.count("M") for d in _filled(compact, colour)] == [5, 1]


def test_overlapping_fills_stay_apart_and_disjoint_ones_are_joined() -> None:
    joined = compact_svg(_SVG.format(_square(0, 0) + _square(20, 0) + _square(40, 0)))
    assert len(_paths(joined)) == 1
    assert _paths(joined)[0].count("M") == 3
    # The third square touches the first's stroke: it starts a path of its own.
    apart = compact_svg(_SVG.format(_square(0, 0) + _square(20, 0) + _square(9, 0)))
    assert [d.count("M") for d in _paths(apart)] == [2, 1]


def test_strokes_alone_are_joined_even_where_they_cross() -> None:
    line = '<path d="M 0 {y} L 100 {y}" fill="none" stroke="#eeeeee" stroke-width="0.8"/>'
    cross = '<path d="M 50 0 L 50 100" fill="none" stroke="#eeeeee" stroke-width="0.8"/>'
    svg = compact_svg(_SVG.format(line.format(y=10) + line.format(y=20) + cross))
    assert len(_paths(svg)) == 1


def test_paths_drawn_differently_see_through_or_named_stay_apart() -> None:
    for second in (
        _square(20, 0, 'fill="#e69f00" stroke="#0072b2"'),
        _square(20, 0, 'fill="#0072b2" stroke="#0072b2" fill-opacity="0.5"'),
        _square(20, 0, 'fill="#0072b2" stroke="#0072b2" id="named"'),
        '<path d="m 20 0 l 8 0 l 0 8 z" fill="#0072b2" stroke="#0072b2"/>',
        _square(20, 0, 'fill="rgba(0, 0, 0, 0.5)" stroke="#0072b2"'),
    ):
        assert len(_paths(compact_svg(_SVG.format(_square(0, 0) + second)))) == 2, second


def test_a_clip_group_around_one_path_becomes_the_paths_clip() -> None:
    svg = compact_svg(
        _SVG.format(
            '<defs><clipPath id="c"><rect x="0" y="0" width="50" height="50"/></clipPath></defs>'
            f'<g clip-path="url(#c)">{_square(0, 0)}{_square(20, 0)}</g>'
        )
    )
    assert "<g" not in svg.replace("<svg", "")
    assert re.search(r'<path d="[^"]*" [^>]*clip-path="url\(#c\)"', svg)


def _pixels(tmp_path: Path, name: str, svg: str) -> Image.Image:
    pdf = tmp_path / f"{name}.pdf"
    render_pdf(
        f'<html lang="en"><body style="margin: 0">{svg}</body></html>',
        pdf,
        title=name,
        author="",
        lang="en",
    )
    subprocess.run(
        [program("pdftoppm"), "-png", "-r", "72", "-singlefile", str(pdf), str(tmp_path / name)],
        check=True,
    )
    return Image.open(tmp_path / f"{name}.png").convert("RGB")


def _apart(svg: str) -> str:
    """The same SVG with each part of a joined path a path of its own."""

    def split(match: re.Match[str]) -> str:
        head, d, tail = match.groups()
        parts = re.split(r"\s(?=M)", d)
        return "".join(f'{head}d="{part}"{tail}' for part in parts)

    return re.sub(r'(<path )d="([^"]*)"([^>]*>)', split, svg)


def test_the_joined_chart_prints_as_its_parts_drawn_one_by_one(tmp_path: Path) -> None:
    compact = compact_svg(_emotion_svg())
    assert _apart(compact) != compact
    joined, apart = (
        _pixels(tmp_path, "joined", compact),
        _pixels(tmp_path, "apart", _apart(compact)),
    )
    assert joined.size == apart.size
    difference = ImageChops.difference(joined, apart).convert("L")
    changed = sum(difference.histogram()[49:])
    # Edge pixels may round one way or the other (none do today); a marker moved, added or
    # lost changes some forty pixels at this size.
    assert changed <= 10
