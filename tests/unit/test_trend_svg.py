"""The report's small trend charts: every label inside, none over another, the points true."""

import re
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personabuilder.charts.data import TrendData
from personabuilder.export.trend_svg import (
    WIDTH_PT,
    _width,
    nice_ticks,
    trend_row_svgs,
    trend_svg,
)
from personabuilder.model import Direction, Granularity, MetricUnit

SVG = "{http://www.w3.org/2000/svg}"
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")


def _months(count: int, start: date = date(2025, 11, 1)) -> list[date]:
    days = []
    year, month = start.year, start.month
    for _ in range(count):
        days.append(date(year, month, 1))
        month += 1
        if month == 13:
            year, month = year + 1, 1
    return days


def _data(values: list[float | None], **fields: object) -> TrendData:
    base: dict[str, object] = {
        "metric": "Website traffic",
        "unit": MetricUnit.COUNT,
        "direction": Direction.HIGHER_IS_BETTER,
        "target": None,
        "values": tuple(zip(_months(len(values)), values, strict=True)),
    }
    base.update(fields)
    return TrendData(**base)  # type: ignore[arg-type]


class _Box:
    def __init__(self, node: ET.Element) -> None:
        self.text = node.text or ""
        size = float(node.get("font-size", "0"))
        bold = node.get("font-weight") == "700"
        self.width = _width(self.text, size, bold=bold)
        x, y = float(node.get("x", "0")), float(node.get("y", "0"))
        anchor = node.get("text-anchor", "start")
        self.left = x - {"start": 0.0, "middle": self.width / 2, "end": self.width}[anchor]
        self.right = self.left + self.width
        # Ascent about 0.76 em, descent about 0.24 em in DejaVu Sans.
        self.top, self.bottom = y - 0.76 * size, y + 0.24 * size
        self.y = y
        self.fill = node.get("fill")

    def overlaps(self, other: "_Box") -> bool:
        return (
            self.left < other.right - 0.01
            and other.left < self.right - 0.01
            and self.top < other.bottom - 0.01
            and other.top < self.bottom - 0.01
        )


def _parse(svg: str) -> tuple[ET.Element, float, float, list[_Box]]:
    root = ET.fromstring(svg)
    _, _, width, height = (float(v) for v in root.get("viewBox", "").split())
    return root, width, height, [_Box(node) for node in root.iter(f"{SVG}text")]


def _check_layout(svg: str) -> list[_Box]:
    _, width, height, boxes = _parse(svg)
    for box in boxes:
        assert box.left >= -0.01, f"{box.text!r} leaves the left side"
        assert box.right <= width + 0.01, f"{box.text!r} leaves the right side"
        assert box.top >= -0.01, f"{box.text!r} leaves the top"
        assert box.bottom <= height + 0.01, f"{box.text!r} leaves the bottom"
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            assert not one.overlaps(other), f"{one.text!r} lies over {other.text!r}"
    return boxes


values_st = st.lists(
    st.one_of(
        st.none(),
        st.floats(min_value=-1e7, max_value=1e7, allow_nan=False, allow_infinity=False),
    ),
    min_size=1,
    max_size=36,
).filter(lambda vs: any(v is not None for v in vs))
words = st.text(
    alphabet=st.characters(whitelist_categories=("Lu", "Ll", "Nd"), max_codepoint=0x24F),
    min_size=1,
    max_size=30,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    values=values_st,
    title=st.lists(words, min_size=1, max_size=12).map(" ".join),
    unit=st.sampled_from(list(MetricUnit)),
    direction=st.sampled_from(list(Direction)),
    granularity=st.sampled_from([*Granularity, None]),
    target=st.one_of(
        st.none(), st.floats(min_value=-1e7, max_value=1e7, allow_nan=False, allow_infinity=False)
    ),
    lang=st.sampled_from(["en", "fr"]),
)
def test_no_label_leaves_the_chart_or_lies_over_another(
    values: list[float | None],
    title: str,
    unit: MetricUnit,
    direction: Direction,
    granularity: Granularity | None,
    target: float | None,
    lang: str,
) -> None:
    data = _data(
        values,
        metric=title,
        unit=unit,
        direction=direction,
        target=target,
        granularity=granularity,
    )
    boxes = _check_layout(trend_svg(data, lang))
    # The whole title is printed, in order, over as many lines as it needs.
    title_lines = [box.text for box in boxes if box.width and box.y < boxes[-1].y][: len(title)]
    assert "".join(title.split()) in "".join("".join(title_lines).split())


@settings(max_examples=100, deadline=None)
@given(values=values_st, target=st.one_of(st.none(), st.floats(-1e6, 1e6)))
def test_the_points_sit_where_their_values_are_on_the_y_axis(
    values: list[float | None], target: float | None
) -> None:
    svg = trend_svg(_data(values, target=target))
    root, _, _, boxes = _parse(svg)
    # The y tick labels (right-aligned left of the plot) give the scale.
    ticks = [
        (float(box.text.replace(",", "").replace("−", "-")), box.y)
        for box in boxes
        if _NUMBER.fullmatch(box.text.replace(",", "").replace("−", "-"))
    ]
    (v0, y0), (v1, y1) = ticks[0], ticks[-1]
    dots = next(p for p in root.iter(f"{SVG}path") if "a" in (p.get("d") or "")).get("d") or ""
    centres = [float(y) for _, y in re.findall(r"M(-?[\d.]+) (-?[\d.]+)m", dots)]
    known = [v for v in values if v is not None]
    assert len(centres) == len(known)
    # Tick label baselines sit 0.35 em below their gridline.
    offset = 6.5 * 0.35
    for centre, value in zip(centres, known, strict=True):
        read = v0 + (centre - (y0 - offset)) * (v1 - v0) / ((y1 - offset) - (y0 - offset))
        assert read == pytest.approx(value, abs=max(1e-6, abs(v1 - v0) * 0.002))


def test_a_missing_period_breaks_the_line_and_keeps_the_others() -> None:
    svg = trend_svg(_data([10.0, None, 12.0, 13.0]))
    root = ET.fromstring(svg)
    line = next(
        p.get("d") or "" for p in root.iter(f"{SVG}path") if p.get("stroke-linejoin") == "round"
    )
    assert line.count("M") == 2
    assert line.count("L") == 1


def test_the_target_is_labelled_with_its_sign_and_unit_in_each_language() -> None:
    data = _data(
        [2.0, 2.5, 3.0], unit=MetricUnit.PERCENT, target=5.0, metric="Churn",
        direction=Direction.LOWER_IS_BETTER,
    )  # fmt: skip
    texts = [b.text for b in _check_layout(trend_svg(data, "en"))]
    assert "Target ≤\u00a05%" in texts
    texts = [b.text for b in _check_layout(trend_svg(data, "fr"))]
    assert "Objectif ≤\u00a05\u00a0%" in texts


def test_user_text_is_escaped_and_a_dollar_stays_a_dollar() -> None:
    data = _data([1.0, 2.0], metric="Deals $10k to $50k <b>&</b>")
    svg = trend_svg(data)
    root = ET.fromstring(svg)
    assert not list(root.iter(f"{SVG}b"))
    assert "Deals $10k to $50k <b>&</b>" in " ".join(t.text or "" for t in root.iter(f"{SVG}text"))


def test_a_metric_without_values_says_so() -> None:
    texts = [b.text for b in _check_layout(trend_svg(_data([None, None])))]
    assert any("value" in text.lower() for text in texts)


def test_the_charts_of_a_row_put_their_plots_level() -> None:
    short = _data([1.0, 2.0], metric="Leads")
    long = _data([1.0, 2.0], metric="Accounts reaching the stage of a very long name indeed")
    svgs = trend_row_svgs([short, long, short, long], "en")
    tops = [min(float(n) for n in re.findall(r"M[\d.]+ ([\d.]+)H", svg)) for svg in svgs]
    assert tops[0] == tops[1] == tops[2]
    assert tops[3] == tops[1]


def test_nice_ticks_cover_the_range_with_round_steps() -> None:
    assert nice_ticks(31.0, 48.0) == [30.0, 35.0, 40.0, 45.0, 50.0]
    assert nice_ticks(5.0, 5.0)[0] < 5.0 < nice_ticks(5.0, 5.0)[-1]
    assert WIDTH_PT < 178 / 25.4 * 72 / 3
