"""Properties the analytics must keep for any input, beside the hand-computed examples."""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from personabuilder.analytics import (
    MrrMovements,
    NotAvailable,
    Status,
    churn_rate,
    funnel,
    gross_revenue_retention,
    net_revenue_retention,
    period_range,
    period_start,
    retention_rate,
    revenue_churn,
    shift_period,
    target_status,
)
from personabuilder.model import Direction, Granularity

money = st.floats(min_value=0, max_value=1e9, allow_nan=False)
counts = st.integers(min_value=0, max_value=10**6)
days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
# No example database on disk and no deadline: the tests check values, never timings.
QUIET = settings(database=None, deadline=None)
RANK = {Status.OFF_TRACK: 0, Status.AT_RISK: 1, Status.ON_TRACK: 2}


@QUIET
@given(start=st.integers(min_value=1, max_value=10**6), data=st.data())
def test_churn_and_retention_add_up_to_100(start: int, data: st.DataObject) -> None:
    lost = data.draw(st.integers(min_value=0, max_value=start))
    churn, kept = churn_rate(start, lost), retention_rate(start, lost)
    assert not isinstance(churn, NotAvailable)
    assert not isinstance(kept, NotAvailable)
    assert 0 <= churn <= 100
    assert abs(churn + kept - 100) < 1e-9


@QUIET
@given(
    start=st.floats(min_value=1, max_value=1e9),
    expansion=money,
    new=money,
    lost_share=st.floats(min_value=0, max_value=1),
    contraction_share=st.floats(min_value=0, max_value=1),
)
def test_revenue_retention_bounds(
    start: float, expansion: float, new: float, lost_share: float, contraction_share: float
) -> None:
    lost = start * lost_share
    moves = MrrMovements(
        new=new,
        expansion=expansion,
        contraction=lost * contraction_share,
        churn=lost - lost * contraction_share,
    )
    nrr = net_revenue_retention(start, moves)
    grr = gross_revenue_retention(start, moves)
    gross_churn = revenue_churn(start, moves)
    assert not isinstance(nrr, NotAvailable)
    assert not isinstance(grr, NotAvailable)
    assert not isinstance(gross_churn, NotAvailable)
    assert -1e-9 <= grr <= 100 + 1e-9
    assert nrr >= grr - 1e-9
    assert abs(grr + gross_churn - 100) < 1e-6


@QUIET
@given(st.lists(st.one_of(st.none(), counts), max_size=8))
def test_funnel_never_crashes_and_rates_add_up(stage_counts: list[int | None]) -> None:
    steps = funnel(stage_counts)
    assert len(steps) == max(len(stage_counts) - 1, 0)
    for step in steps:
        if not isinstance(step.conversion, NotAvailable):
            assert not isinstance(step.drop_off_rate, NotAvailable)
            assert abs(step.conversion + step.drop_off_rate - 100) < 1e-9
        else:
            assert step.drop_off_rate == step.conversion


@QUIET
@given(
    low=st.floats(min_value=-1e6, max_value=1e6),
    high=st.floats(min_value=-1e6, max_value=1e6),
    target=st.floats(min_value=-1e6, max_value=1e6),
    tolerance=st.floats(min_value=0, max_value=1),
    direction=st.sampled_from(Direction),
)
def test_a_better_value_never_gets_a_worse_status(
    low: float, high: float, target: float, tolerance: float, direction: Direction
) -> None:
    low, high = min(low, high), max(low, high)
    worse, better = (low, high) if direction == Direction.HIGHER_IS_BETTER else (high, low)
    assert (
        RANK[target_status(better, target, direction, tolerance)]
        >= RANK[target_status(worse, target, direction, tolerance)]
    )


@QUIET
@given(day=days, granularity=st.sampled_from(Granularity), steps=st.integers(-60, 60))
def test_periods_shift_back_and_forth(day: date, granularity: Granularity, steps: int) -> None:
    start = period_start(day, granularity)
    assert start <= day
    assert period_start(start, granularity) == start
    moved = shift_period(day, granularity, steps)
    assert period_start(moved, granularity) == moved
    assert shift_period(moved, granularity, -steps) == start
    if steps >= 0:
        assert len(period_range(day, moved, granularity)) == steps + 1
