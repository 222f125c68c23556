"""Period helpers of the analytics: period starts, gaps, aligned series, period-over-period."""

from datetime import date

import pytest

from personabuilder.analytics import (
    NotAvailable,
    Reason,
    align,
    change,
    churn_rate,
    latest_period,
    missing_periods,
    next_period,
    normalize,
    per_period,
    period_over_period,
    period_range,
    period_start,
    previous_period,
    series_from_pairs,
    shift_period,
    value_at,
)
from personabuilder.model import Granularity

WEEK, MONTH, QUARTER = Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER
GAP = NotAvailable(Reason.MISSING_PERIOD)

JAN, FEB, MAR, APR, MAY = (date(2026, m, 1) for m in range(1, 6))


@pytest.mark.parametrize(
    ("day", "granularity", "start"),
    [
        # 19 March 2026 is a Thursday; its week starts on Monday 16 March.
        (date(2026, 3, 19), WEEK, date(2026, 3, 16)),
        (date(2026, 3, 16), WEEK, date(2026, 3, 16)),
        # Sunday closes the ISO week begun on Monday.
        (date(2026, 3, 22), WEEK, date(2026, 3, 16)),
        # Thursday 1 January 2026 belongs to the week of Monday 29 December 2025.
        (date(2026, 1, 1), WEEK, date(2025, 12, 29)),
        (date(2026, 3, 19), MONTH, date(2026, 3, 1)),
        (date(2026, 8, 20), QUARTER, date(2026, 7, 1)),
        (date(2026, 12, 31), QUARTER, date(2026, 10, 1)),
        (date(2026, 1, 1), QUARTER, date(2026, 1, 1)),
        (date(2026, 6, 30), QUARTER, date(2026, 4, 1)),
    ],
)
def test_period_start(day: date, granularity: Granularity, start: date) -> None:
    assert period_start(day, granularity) == start


@pytest.mark.parametrize(
    ("day", "granularity", "steps", "expected"),
    [
        (date(2025, 12, 1), MONTH, 1, date(2026, 1, 1)),
        (date(2026, 1, 31), MONTH, -1, date(2025, 12, 1)),
        (date(2026, 11, 5), QUARTER, -1, date(2026, 7, 1)),
        # Five quarters back from Q1 2026 is Q4 2024.
        (date(2026, 1, 1), QUARTER, -5, date(2024, 10, 1)),
        (date(2026, 3, 19), WEEK, 2, date(2026, 3, 30)),
        (date(2026, 3, 19), MONTH, 0, date(2026, 3, 1)),
    ],
)
def test_shift_period(day: date, granularity: Granularity, steps: int, expected: date) -> None:
    assert shift_period(day, granularity, steps) == expected


def test_next_and_previous_period() -> None:
    assert next_period(date(2026, 12, 10), MONTH) == date(2027, 1, 1)
    assert previous_period(date(2026, 1, 10), QUARTER) == date(2025, 10, 1)
    assert next_period(date(2025, 12, 29), WEEK) == date(2026, 1, 5)


def test_period_range_includes_both_ends() -> None:
    assert period_range(date(2026, 1, 15), date(2026, 4, 2), MONTH) == [JAN, FEB, MAR, APR]
    assert period_range(date(2026, 2, 1), date(2026, 2, 28), MONTH) == [FEB]


def test_period_range_backwards_is_empty() -> None:
    assert period_range(APR, JAN, MONTH) == []


def test_series_from_pairs_reads_metric_view_values() -> None:
    assert series_from_pairs([(JAN, 1.0), (FEB, 2.0)]) == {JAN: 1.0, FEB: 2.0}


def test_normalize_keeps_the_later_day_of_a_period() -> None:
    series = {date(2026, 1, 20): 2.0, date(2026, 1, 3): 1.0, date(2026, 2, 9): 5.0}
    assert normalize(series, MONTH) == {JAN: 2.0, FEB: 5.0}


class TestMissingPeriods:
    def test_gaps_and_none_values_are_missing(self) -> None:
        series = {JAN: 1.0, MAR: 3.0, APR: None, MAY: 5.0}
        assert missing_periods(series, MONTH) == [FEB, APR]

    def test_plain_dates_and_days_inside_periods(self) -> None:
        days = [date(2026, 1, 12), date(2026, 4, 30)]
        assert missing_periods(days, MONTH) == [FEB, MAR]

    def test_bounds_extend_the_range(self) -> None:
        got = missing_periods({FEB: 1.0}, MONTH, first=date(2025, 12, 1), last=MAR)
        assert got == [date(2025, 12, 1), JAN, MAR]

    def test_nothing_given(self) -> None:
        assert missing_periods({}, MONTH) == []

    def test_nothing_given_between_bounds_is_all_missing(self) -> None:
        assert missing_periods([], QUARTER, first=JAN, last=date(2026, 9, 1)) == [
            JAN,
            APR,
            date(2026, 7, 1),
        ]

    def test_weekly_gap(self) -> None:
        weeks = [date(2026, 3, 2), date(2026, 3, 16)]
        assert missing_periods(weeks, WEEK) == [date(2026, 3, 9)]


class TestAlign:
    def test_union_of_periods_without_granularity(self) -> None:
        a = {JAN: 1.0, MAR: 3.0}
        b = {FEB: 20.0, MAR: 30.0}
        assert align(a, b) == [(JAN, 1.0, None), (FEB, None, 20.0), (MAR, 3.0, 30.0)]

    def test_granularity_moves_days_and_fills_gaps(self) -> None:
        a = {date(2026, 1, 15): 1.0}
        b = {MAR: 2.0}
        assert align(a, b, MONTH) == [(JAN, 1.0, None), (FEB, None, None), (MAR, None, 2.0)]

    def test_empty_series(self) -> None:
        assert align({}, {}) == []
        assert align({}, {}, MONTH) == []


class TestPerPeriod:
    def test_value_at(self) -> None:
        assert value_at({JAN: 4.0}, JAN) == 4.0
        assert value_at({JAN: 4.0}, FEB) == GAP
        assert value_at({JAN: None}, JAN) == GAP

    def test_metric_applied_per_period_with_gaps_unavailable(self) -> None:
        starts = {JAN: 400.0, FEB: 0.0, MAR: 500.0}
        lost = {JAN: 10.0, MAR: 25.0, MAY: 3.0}
        got = per_period(churn_rate, starts, lost, granularity=MONTH)
        # January 10/400 = 2.5 %; March 25/500 = 5 %; February has no loss count, April
        # nothing at all, May no starting count.
        assert got == {
            JAN: pytest.approx(2.5),
            FEB: GAP,
            MAR: pytest.approx(5.0),
            APR: GAP,
            MAY: GAP,
        }

    def test_zero_denominator_in_one_period(self) -> None:
        got = per_period(churn_rate, {JAN: 0.0, FEB: 10.0}, {JAN: 0.0, FEB: 1.0})
        # February 1/10 = 10 %.
        assert got == {JAN: NotAvailable(Reason.ZERO_DENOMINATOR), FEB: pytest.approx(10.0)}


class TestChange:
    def test_rise(self) -> None:
        # 110 - 100 = +10, 10 / 100 = +10 %.
        moved = change(110, 100)
        assert moved.absolute == pytest.approx(10.0)
        assert moved.relative == pytest.approx(10.0)

    def test_fall(self) -> None:
        # 3.0 - 4.0 = -1 point; -1 / 4 = -25 %.
        moved = change(3.0, 4.0)
        assert moved.absolute == pytest.approx(-1.0)
        assert moved.relative == pytest.approx(-25.0)

    def test_negative_values_use_the_size_of_the_previous_one(self) -> None:
        # NPS from -10 to -5: +5 points, 5 / |-10| = +50 %.
        moved = change(-5, -10)
        assert moved.absolute == pytest.approx(5.0)
        assert moved.relative == pytest.approx(50.0)

    def test_from_zero(self) -> None:
        moved = change(5, 0)
        assert moved.absolute == pytest.approx(5.0)
        assert moved.relative == NotAvailable(Reason.ZERO_DENOMINATOR)

    def test_missing_value(self) -> None:
        moved = change(None, 3)
        assert moved.absolute == NotAvailable(Reason.MISSING_VALUE)
        assert moved.relative == NotAvailable(Reason.MISSING_VALUE)

    def test_latest_period_over_the_one_before(self) -> None:
        moved = period_over_period({JAN: 100.0, FEB: 90.0, MAR: 120.0}, MONTH)
        # 120 - 90 = 30; 30 / 90 = 33.3 %.
        assert moved.absolute == pytest.approx(30.0)
        assert moved.relative == pytest.approx(100 / 3)

    def test_chosen_period_given_by_any_day(self) -> None:
        moved = period_over_period({JAN: 100.0, FEB: 90.0, MAR: 120.0}, MONTH, date(2026, 2, 14))
        # 90 - 100 = -10; -10 / 100 = -10 %.
        assert moved.absolute == pytest.approx(-10.0)
        assert moved.relative == pytest.approx(-10.0)

    def test_previous_period_missing(self) -> None:
        moved = period_over_period({JAN: 100.0, MAR: 120.0}, MONTH)
        assert moved.absolute == GAP
        assert moved.relative == GAP

    def test_first_period_has_no_previous(self) -> None:
        assert period_over_period({JAN: 100.0}, MONTH).absolute == GAP

    def test_empty_series(self) -> None:
        moved = period_over_period({}, QUARTER)
        assert moved.absolute == NotAvailable(Reason.NO_DATA)
        assert moved.relative == NotAvailable(Reason.NO_DATA)

    def test_quarters(self) -> None:
        moved = period_over_period({date(2025, 10, 1): 50.0, JAN: 60.0}, QUARTER)
        # 60 - 50 = 10; 10 / 50 = 20 %.
        assert moved.relative == pytest.approx(20.0)


def test_latest_period() -> None:
    assert latest_period({FEB: 1.0, JAN: 2.0, MAR: None}) == MAR
    assert latest_period({}) is None
