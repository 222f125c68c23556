"""A metric's status against its target, in both directions, with tolerance and gaps."""

import math
from datetime import date

import pytest

from personabuilder.analytics import NotAvailable, Reason, Status, latest_status, target_status
from personabuilder.model import Direction, Granularity

UP, DOWN = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER
ON, RISK, OFF, NA = Status.ON_TRACK, Status.AT_RISK, Status.OFF_TRACK, Status.NOT_AVAILABLE


@pytest.mark.parametrize(
    ("value", "target", "direction", "expected"),
    [
        # Higher is better, target 100, at-risk band 100 × 10 % = 10 below it.
        (120, 100, UP, ON),
        (100, 100, UP, ON),
        (95, 100, UP, RISK),
        (90, 100, UP, RISK),
        (89.9, 100, UP, OFF),
        (50, 100, UP, OFF),
        # Lower is better (churn), target 5 %, band 0.5 point above it.
        (3, 5, DOWN, ON),
        (5, 5, DOWN, ON),
        (5.4, 5, DOWN, RISK),
        (5.5, 5, DOWN, RISK),
        (6, 5, DOWN, OFF),
        # The same value reads the other way when the direction changes.
        (120, 100, DOWN, OFF),
        (3, 5, UP, OFF),
        # 3.5 - 3.15 is 0.3500000000000001 in floats, the band 0.35000000000000003:
        # the boundary value must stay at risk.
        (3.15, 3.5, UP, RISK),
        # A zero target has no band.
        (0, 0, DOWN, ON),
        (1, 0, DOWN, OFF),
        (0.5, 0, UP, ON),
        (-1, 0, UP, OFF),
        # Negative target (NPS -10), band |-10| × 10 % = 1.
        (-5, -10, UP, ON),
        (-10.5, -10, UP, RISK),
        (-12, -10, UP, OFF),
    ],
)
def test_target_status(value: float, target: float, direction: Direction, expected: Status) -> None:
    assert target_status(value, target, direction) == expected


@pytest.mark.parametrize(
    ("value", "target"),
    [
        (None, 5.0),
        (3.0, None),
        (NotAvailable(Reason.ZERO_DENOMINATOR), 5.0),
        (math.nan, 5.0),
        (3.0, math.inf),
    ],
)
def test_not_available_status(value: float | NotAvailable | None, target: float | None) -> None:
    assert target_status(value, target, DOWN) == NA


@pytest.mark.parametrize(
    ("tolerance", "expected"),
    [
        # 99 against 100: 1 short; band 0 → off; band 0.25 × 100 = 25 → at risk.
        (0.0, OFF),
        (0.25, RISK),
        (0.005, OFF),
    ],
)
def test_tolerance(tolerance: float, expected: Status) -> None:
    assert target_status(99, 100, UP, tolerance) == expected


def test_meeting_the_target_with_no_tolerance() -> None:
    assert target_status(100, 100, UP, 0.0) == ON


@pytest.mark.parametrize("tolerance", [-0.1, math.nan, math.inf])
def test_bad_tolerance_is_a_programming_error(tolerance: float) -> None:
    with pytest.raises(ValueError, match="tolerance"):
        target_status(1, 1, UP, tolerance)


JAN, FEB, MAR, APR = (date(2026, m, 1) for m in range(1, 5))
CHURN = {JAN: 4.0, FEB: 6.0, MAR: 3.0}


class TestLatestStatus:
    def test_uses_the_most_recent_period(self) -> None:
        # March churn 3 % against a 5 % target, lower is better.
        assert latest_status(CHURN, 5.0, DOWN) == ON

    def test_order_of_the_mapping_does_not_matter(self) -> None:
        assert latest_status({MAR: 3.0, JAN: 9.0}, 5.0, DOWN) == ON

    def test_chosen_period(self) -> None:
        # February 6 % against 5 %: 1 point over, band 0.5 → off track.
        assert latest_status(CHURN, 5.0, DOWN, period=FEB) == OFF
        # January 4 %: within target.
        assert latest_status(CHURN, 5.0, DOWN, period=JAN) == ON

    def test_wider_tolerance(self) -> None:
        # February 6 % with a 25 % band (1.25 point): at risk.
        assert latest_status(CHURN, 5.0, DOWN, 0.25, period=FEB) == RISK

    def test_chosen_period_by_any_day_with_granularity(self) -> None:
        assert (
            latest_status(CHURN, 5.0, DOWN, period=date(2026, 2, 17), granularity=Granularity.MONTH)
            == OFF
        )

    def test_days_inside_periods_with_granularity(self) -> None:
        series = {date(2026, 1, 31): 4.0, date(2026, 2, 28): 6.0}
        assert latest_status(series, 5.0, DOWN, period=FEB, granularity=Granularity.MONTH) == OFF

    def test_missing_period_is_not_available(self) -> None:
        assert latest_status(CHURN, 5.0, DOWN, period=APR) == NA

    def test_latest_period_without_value(self) -> None:
        assert latest_status({JAN: 3.0, FEB: None}, 5.0, DOWN) == NA

    def test_empty_series(self) -> None:
        assert latest_status({}, 5.0, DOWN) == NA

    def test_no_target(self) -> None:
        assert latest_status(CHURN, None, DOWN) == NA


def test_status_values_are_stable_codes() -> None:
    assert [s.value for s in Status] == ["on_track", "at_risk", "off_track", "not_available"]
