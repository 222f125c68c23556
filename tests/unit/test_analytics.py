"""SaaS analytics on hand-computed examples: funnel, churn, revenue retention, unit economics."""

import math
from collections.abc import Callable
from datetime import date, datetime

import pytest

from personabuilder.analytics import (
    MrrMovements,
    NotAvailable,
    Reason,
    Result,
    StepConversion,
    arpa,
    cac_payback_months,
    churn_rate,
    conversion_rate,
    customer_acquisition_cost,
    customers_lost,
    days_to_first_value,
    ending_mrr,
    funnel,
    gross_revenue_retention,
    ltv,
    ltv_to_cac,
    net_new_mrr,
    net_revenue_retention,
    or_none,
    retention_rate,
    revenue_churn,
    time_to_first_value,
    trial_to_paid,
)

MISSING = NotAvailable(Reason.MISSING_VALUE)
ZERO = NotAvailable(Reason.ZERO_DENOMINATOR)
NEGATIVE = NotAvailable(Reason.NEGATIVE_INPUT)
OUT_OF_RANGE = NotAvailable(Reason.OUT_OF_RANGE)
INVALID = NotAvailable(Reason.INVALID_VALUE)
NO_DATA = NotAvailable(Reason.NO_DATA)


class TestResult:
    def test_or_none_keeps_numbers_including_zero(self) -> None:
        assert or_none(12.5) == 12.5
        assert or_none(0.0) == 0.0

    def test_or_none_turns_not_available_into_none(self) -> None:
        assert or_none(ZERO) is None

    def test_not_available_compares_by_reason(self) -> None:
        assert NotAvailable(Reason.ZERO_DENOMINATOR) == ZERO
        assert ZERO != MISSING


class TestFunnel:
    def test_hand_computed_funnel(self) -> None:
        steps = funnel([1000, 250, 100, 80])
        assert [(s.from_stage, s.to_stage) for s in steps] == [(0, 1), (1, 2), (2, 3)]
        # 250/1000 = 25 %; 1000-250 = 750 lost = 75 %; 25 % of the top.
        assert steps[0].conversion == pytest.approx(25.0)
        assert steps[0].drop_off == pytest.approx(750.0)
        assert steps[0].drop_off_rate == pytest.approx(75.0)
        assert steps[0].from_first == pytest.approx(25.0)
        # 100/250 = 40 %; 150 lost = 60 %; 100/1000 = 10 % of the top.
        assert steps[1].conversion == pytest.approx(40.0)
        assert steps[1].drop_off == pytest.approx(150.0)
        assert steps[1].drop_off_rate == pytest.approx(60.0)
        assert steps[1].from_first == pytest.approx(10.0)
        # 80/100 = 80 %; 20 lost = 20 %; 80/1000 = 8 % of the top.
        assert steps[2].conversion == pytest.approx(80.0)
        assert steps[2].drop_off == pytest.approx(20.0)
        assert steps[2].drop_off_rate == pytest.approx(20.0)
        assert steps[2].from_first == pytest.approx(8.0)

    def test_steps_are_frozen_records(self) -> None:
        step = funnel([10, 5])[0]
        assert isinstance(step, StepConversion)
        with pytest.raises(AttributeError):
            step.conversion = 1.0  # type: ignore[misc]

    @pytest.mark.parametrize("counts", [[], [120]])
    def test_fewer_than_two_stages_have_no_step(self, counts: list[float]) -> None:
        assert funnel(counts) == []

    def test_missing_stage_makes_only_its_steps_unavailable(self) -> None:
        first, second = funnel([100, None, 50])
        assert first.conversion == MISSING
        assert first.drop_off == MISSING
        assert first.drop_off_rate == MISSING
        assert first.from_first == MISSING
        assert second.conversion == MISSING
        # The top is known, so the cumulative rate still is: 50/100 = 50 %.
        assert second.from_first == pytest.approx(50.0)

    def test_missing_top_makes_cumulative_rates_unavailable(self) -> None:
        (step,) = funnel([None, 50])
        assert step.from_first == MISSING

    def test_empty_earlier_stage_is_a_zero_denominator(self) -> None:
        (step,) = funnel([0, 0])
        assert step.conversion == ZERO
        assert step.drop_off_rate == ZERO
        assert step.from_first == ZERO
        # Nobody was lost either: 0 - 0.
        assert step.drop_off == 0.0

    def test_nobody_converting_is_zero_not_unavailable(self) -> None:
        (step,) = funnel([100, 0])
        assert step.conversion == 0.0
        assert step.drop_off == pytest.approx(100.0)
        assert step.drop_off_rate == pytest.approx(100.0)

    def test_later_stage_larger_than_earlier_is_reported_as_growth(self) -> None:
        (step,) = funnel([40, 50])
        # 50/40 = 125 %; 40-50 = -10 "lost"; 100-125 = -25 %.
        assert step.conversion == pytest.approx(125.0)
        assert step.drop_off == pytest.approx(-10.0)
        assert step.drop_off_rate == pytest.approx(-25.0)

    def test_negative_count_is_refused(self) -> None:
        (step,) = funnel([100, -5])
        assert step.conversion == NEGATIVE
        assert step.drop_off == NEGATIVE

    def test_nan_count_is_invalid(self) -> None:
        (step,) = funnel([math.nan, 5])
        assert step.conversion == INVALID


class TestConversion:
    def test_trial_to_paid(self) -> None:
        # 30 paid of 200 trials: 30/200 = 15 %.
        assert trial_to_paid(200, 30) == pytest.approx(15.0)

    def test_conversion_rate_from_one_stage_to_the_next(self) -> None:
        # 7 of 8: 7/8 = 87.5 %, exact.
        assert conversion_rate(8, 7) == 87.5

    @pytest.mark.parametrize(
        ("trials", "paid", "expected"),
        [
            (0, 0, ZERO),
            (0, 3, ZERO),
            (None, 3, MISSING),
            (200, None, MISSING),
            (-1, 0, NEGATIVE),
            (200, math.inf, INVALID),
        ],
    )
    def test_unavailable_cases(
        self, trials: float | None, paid: float | None, expected: NotAvailable
    ) -> None:
        assert trial_to_paid(trials, paid) == expected

    def test_not_available_input_is_passed_on(self) -> None:
        gap = NotAvailable(Reason.MISSING_PERIOD)
        assert trial_to_paid(gap, 3) == gap


class TestCustomerChurn:
    def test_churn_and_retention(self) -> None:
        # 10 lost of 400: 10/400 = 2.5 % churn, 100 - 2.5 = 97.5 % retained.
        assert churn_rate(400, 10) == pytest.approx(2.5)
        assert retention_rate(400, 10) == pytest.approx(97.5)

    def test_no_loss_and_total_loss(self) -> None:
        assert churn_rate(50, 0) == 0.0
        assert retention_rate(50, 0) == pytest.approx(100.0)
        assert churn_rate(50, 50) == pytest.approx(100.0)
        assert retention_rate(50, 50) == pytest.approx(0.0)

    @pytest.mark.parametrize(
        ("start", "lost", "expected"),
        [
            (0, 0, ZERO),
            (10, 11, OUT_OF_RANGE),
            (-1, 0, NEGATIVE),
            (10, -1, NEGATIVE),
            (400, None, MISSING),
            (None, 10, MISSING),
        ],
    )
    def test_unavailable_cases(
        self, start: float | None, lost: float | None, expected: NotAvailable
    ) -> None:
        assert churn_rate(start, lost) == expected
        assert retention_rate(start, lost) == expected

    def test_customers_lost_from_start_end_and_new(self) -> None:
        # 400 at the start + 30 new - 420 at the end = 10 lost.
        assert customers_lost(400, 420, 30) == pytest.approx(10.0)

    def test_customers_lost_feeds_churn(self) -> None:
        # Same 10 lost of 400: 2.5 %.
        assert churn_rate(400, customers_lost(400, 420, 30)) == pytest.approx(2.5)

    def test_counts_that_cannot_be_reconciled(self) -> None:
        # 400 + 30 = 430 possible at most, yet 500 at the end.
        assert customers_lost(400, 500, 30) == OUT_OF_RANGE
        assert churn_rate(400, customers_lost(400, 500, 30)) == OUT_OF_RANGE

    def test_customers_lost_with_missing_count(self) -> None:
        assert customers_lost(400, None, 30) == MISSING


MOVES = MrrMovements(new=2000, expansion=1500, contraction=300, churn=700)


class TestRevenueRetention:
    def test_hand_computed_movements(self) -> None:
        # Start 10 000; NRR = (10 000 + 1 500 - 300 - 700) / 10 000 = 105 %.
        assert net_revenue_retention(10_000, MOVES) == pytest.approx(105.0)
        # GRR = (10 000 - 300 - 700) / 10 000 = 90 %.
        assert gross_revenue_retention(10_000, MOVES) == pytest.approx(90.0)
        # Revenue churn = (300 + 700) / 10 000 = 10 %.
        assert revenue_churn(10_000, MOVES) == pytest.approx(10.0)
        # Net new = 2 000 + 1 500 - 300 - 700 = 2 500; end = 12 500.
        assert net_new_mrr(MOVES) == pytest.approx(2500.0)
        assert ending_mrr(10_000, MOVES) == pytest.approx(12_500.0)

    @pytest.mark.parametrize("new", [0.0, 1_000_000.0, None, -5.0])
    def test_new_mrr_never_changes_nrr_or_grr(self, new: float | None) -> None:
        moves = MrrMovements(new=new, expansion=1500, contraction=300, churn=700)
        assert net_revenue_retention(10_000, moves) == pytest.approx(105.0)
        assert gross_revenue_retention(10_000, moves) == pytest.approx(90.0)

    def test_shrinking_base_is_below_100(self) -> None:
        # (8 000 + 200 - 400 - 1 000) / 8 000 = 6 800 / 8 000 = 85 %.
        moves = MrrMovements(expansion=200, contraction=400, churn=1000)
        assert net_revenue_retention(8000, moves) == pytest.approx(85.0)

    def test_movements_default_to_nothing(self) -> None:
        assert net_revenue_retention(5000, MrrMovements()) == pytest.approx(100.0)
        assert net_new_mrr(MrrMovements()) == 0.0

    def test_net_new_mrr_can_be_negative(self) -> None:
        # 100 new - 400 churned = -300.
        assert net_new_mrr(MrrMovements(new=100, churn=400)) == pytest.approx(-300.0)

    @pytest.mark.parametrize(
        "metric", [net_revenue_retention, gross_revenue_retention, revenue_churn]
    )
    def test_zero_starting_mrr(self, metric: Callable[[float, MrrMovements], Result]) -> None:
        assert metric(0, MrrMovements(new=500)) == ZERO

    @pytest.mark.parametrize(
        ("start", "moves", "expected"),
        [
            (500, MrrMovements(churn=600), OUT_OF_RANGE),
            (500, MrrMovements(contraction=300, churn=300), OUT_OF_RANGE),
            (500, MrrMovements(expansion=-1), NEGATIVE),
            (500, MrrMovements(churn=-1), NEGATIVE),
            (-500, MrrMovements(), NEGATIVE),
            (None, MOVES, MISSING),
            (500, MrrMovements(contraction=None), MISSING),
        ],
    )
    def test_unavailable_cases(
        self, start: float | None, moves: MrrMovements, expected: NotAvailable
    ) -> None:
        assert net_revenue_retention(start, moves) == expected
        assert gross_revenue_retention(start, moves) == expected
        assert revenue_churn(start, moves) == expected

    def test_losing_exactly_the_whole_base(self) -> None:
        moves = MrrMovements(contraction=200, churn=300)
        assert gross_revenue_retention(500, moves) == 0.0
        assert revenue_churn(500, moves) == pytest.approx(100.0)

    def test_ending_mrr_from_nothing_is_the_new_mrr(self) -> None:
        assert ending_mrr(0, MrrMovements(new=100)) == pytest.approx(100.0)

    @pytest.mark.parametrize(
        ("start", "moves", "expected"),
        [
            (100, MrrMovements(churn=150), OUT_OF_RANGE),
            (-100, MrrMovements(new=150), NEGATIVE),
            (None, MrrMovements(), MISSING),
            (100, MrrMovements(new=None), MISSING),
        ],
    )
    def test_ending_mrr_unavailable(
        self, start: float | None, moves: MrrMovements, expected: NotAvailable
    ) -> None:
        assert ending_mrr(start, moves) == expected


class TestUnitEconomics:
    def test_arpa_and_cac(self) -> None:
        # 25 000 MRR over 125 accounts = 200; 60 000 spent for 50 customers = 1 200.
        assert arpa(25_000, 125) == pytest.approx(200.0)
        assert customer_acquisition_cost(60_000, 50) == pytest.approx(1200.0)

    def test_arpa_and_cac_with_zero_denominators(self) -> None:
        assert arpa(1000, 0) == ZERO
        assert customer_acquisition_cost(60_000, 0) == ZERO

    def test_cac_payback(self) -> None:
        # Gross profit a month: 100 × 80 % = 80; 1 200 / 80 = 15 months.
        assert cac_payback_months(1200, 100, 80) == pytest.approx(15.0)

    def test_free_acquisition_pays_back_at_once(self) -> None:
        assert cac_payback_months(0, 100, 80) == 0.0

    @pytest.mark.parametrize(
        ("cac", "arpa_monthly", "margin", "expected"),
        [
            (1200, 100, 0, ZERO),
            (1200, 0, 80, ZERO),
            (1200, 100, 120, OUT_OF_RANGE),
            (-1200, 100, 80, NEGATIVE),
            (1200, 100, -10, NEGATIVE),
            (None, 100, 80, MISSING),
            (1200, 100, math.nan, INVALID),
        ],
    )
    def test_cac_payback_unavailable(
        self,
        cac: float | None,
        arpa_monthly: float,
        margin: float,
        expected: NotAvailable,
    ) -> None:
        assert cac_payback_months(cac, arpa_monthly, margin) == expected

    def test_ltv_and_ltv_to_cac(self) -> None:
        # 100 × 80 % = 80 gross profit a month; / 2 % churn (0.02) = 4 000.
        assert ltv(100, 80, 2) == pytest.approx(4000.0)
        # 4 000 / 1 200 = 3.33… (a ratio, not a percentage).
        assert ltv_to_cac(4000, 1200) == pytest.approx(10 / 3)
        assert ltv_to_cac(ltv(100, 80, 2), 1200) == pytest.approx(10 / 3)

    @pytest.mark.parametrize(
        ("arpa_monthly", "margin", "churn", "expected"),
        [
            (100, 80, 0, ZERO),
            (100, 80, 150, OUT_OF_RANGE),
            (100, 101, 2, OUT_OF_RANGE),
            (-100, 80, 2, NEGATIVE),
            (100, None, 2, MISSING),
        ],
    )
    def test_ltv_unavailable(
        self, arpa_monthly: float, margin: float | None, churn: float, expected: NotAvailable
    ) -> None:
        assert ltv(arpa_monthly, margin, churn) == expected

    def test_ltv_to_cac_passes_on_why_ltv_is_missing(self) -> None:
        assert ltv_to_cac(ltv(100, 80, 0), 1200) == ZERO
        assert ltv_to_cac(ltv(100, 80, 150), 1200) == OUT_OF_RANGE

    def test_ltv_to_cac_with_free_acquisition(self) -> None:
        assert ltv_to_cac(4000, 0) == ZERO


class TestTimeToFirstValue:
    def test_median_and_mean_ignore_accounts_without_value(self) -> None:
        result = time_to_first_value([3, None, 10, 5, None, 2])
        # Sorted 2, 3, 5, 10: median (3 + 5) / 2 = 4; mean 20 / 4 = 5.
        assert result.median == pytest.approx(4.0)
        assert result.mean == pytest.approx(5.0)
        assert result.count == 4
        assert result.skipped == 2

    def test_odd_count_takes_the_middle_value(self) -> None:
        result = time_to_first_value(iter([7, 1, 4, 12]))
        # Sorted 1, 4, 7, 12: median (4 + 7) / 2 = 5.5; mean 24 / 4 = 6.
        assert result.median == pytest.approx(5.5)
        assert result.mean == pytest.approx(6.0)
        single = time_to_first_value([7, 1, 4])
        # Sorted 1, 4, 7: median 4; mean 12 / 3 = 4.
        assert single.median == pytest.approx(4.0)
        assert single.mean == pytest.approx(4.0)

    @pytest.mark.parametrize(("durations", "skipped"), [([], 0), ([None, None], 2)])
    def test_no_duration_is_no_data(self, durations: list[float | None], skipped: int) -> None:
        result = time_to_first_value(durations)
        assert result.median == NO_DATA
        assert result.mean == NO_DATA
        assert result.count == 0
        assert result.skipped == skipped

    def test_negative_duration_makes_the_figure_unavailable(self) -> None:
        result = time_to_first_value([3, -1, 5])
        assert result.median == NEGATIVE
        assert result.mean == NEGATIVE

    def test_days_between_sign_up_and_first_value(self) -> None:
        assert days_to_first_value(date(2026, 3, 1), date(2026, 3, 15)) == 14.0
        # 1 March 08:00 to 2 March 20:00 is 36 hours: 1.5 days.
        start, reached = datetime(2026, 3, 1, 8), datetime(2026, 3, 2, 20)
        assert days_to_first_value(start, reached) == pytest.approx(1.5)

    def test_days_between_missing_or_reversed_dates(self) -> None:
        assert days_to_first_value(date(2026, 3, 1), None) == MISSING
        assert days_to_first_value(None, date(2026, 3, 1)) == MISSING
        assert days_to_first_value(date(2026, 3, 15), date(2026, 3, 1)) == NEGATIVE

    def test_days_feed_the_summary(self) -> None:
        signups = [(date(2026, 1, 1), date(2026, 1, 4)), (date(2026, 1, 2), None)]
        days = [or_none(days_to_first_value(a, b)) for a, b in signups]
        result = time_to_first_value(days)
        assert result.median == pytest.approx(3.0)
        assert result.skipped == 1


def test_losing_the_whole_base_in_float_pieces_is_not_out_of_range() -> None:
    # 0.1 + 0.2 is 0.30000000000000004 in floats, yet it is all of a 0.3 base: GRR 0 %.
    moves = MrrMovements(contraction=0.1, churn=0.2)
    assert gross_revenue_retention(0.3, moves) == pytest.approx(0.0)
    assert revenue_churn(0.3, moves) == pytest.approx(100.0)
