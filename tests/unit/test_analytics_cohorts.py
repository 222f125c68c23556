"""Cohort retention matrix from (cohort, period offset, retained count) rows."""

from datetime import date

import pytest

from personabuilder.analytics import NotAvailable, Reason, cohort_retention, or_none

GAP = NotAvailable(Reason.MISSING_PERIOD)
ZERO = NotAvailable(Reason.ZERO_DENOMINATOR)

ROWS = [
    ("2026-01", 0, 200),
    ("2026-01", 1, 150),
    ("2026-01", 2, 120),
    ("2026-02", 0, 80),
    ("2026-02", 1, 60),
    ("2026-03", 0, 0),
]


def test_hand_computed_matrix() -> None:
    matrix = cohort_retention(ROWS)
    assert matrix.cohorts == ("2026-01", "2026-02", "2026-03")
    assert matrix.offsets == (0, 1, 2)
    assert matrix.sizes == (200.0, 80.0, 0.0)
    # January: 200 = 100 %, 150/200 = 75 %, 120/200 = 60 %.
    assert matrix.retention[0] == pytest.approx((100.0, 75.0, 60.0))
    # February: 80 = 100 %, 60/80 = 75 %, month 2 not reached yet.
    assert matrix.retention[1][:2] == pytest.approx((100.0, 75.0))
    assert matrix.retention[1][2] == GAP
    # March: an empty cohort has no percentages.
    assert matrix.retention[2] == (ZERO, GAP, GAP)


def test_rows_in_any_order_and_dates_as_cohorts() -> None:
    jan, feb = date(2026, 1, 1), date(2026, 2, 1)
    matrix = cohort_retention([(feb, 1, 30), (jan, 1, 9), (feb, 0, 40), (jan, 0, 10)])
    # Cohorts in order of first appearance.
    assert matrix.cohorts == (feb, jan)
    # 30/40 = 75 %; 9/10 = 90 %.
    assert matrix.cell(feb, 1) == pytest.approx(75.0)
    assert matrix.cell(jan, 1) == pytest.approx(90.0)
    assert matrix.cell(jan, 0) == pytest.approx(100.0)


def test_cell_outside_the_matrix() -> None:
    matrix = cohort_retention(ROWS)
    assert matrix.cell("2025-12", 0) == GAP
    assert matrix.cell("2026-01", 3) == GAP
    assert matrix.cell("2026-01", -1) == GAP


def test_cohort_without_its_size_is_not_available() -> None:
    matrix = cohort_retention([("A", 1, 50), ("A", 2, 40)])
    assert matrix.sizes == (GAP,)
    assert matrix.retention == ((GAP, GAP, GAP),)


def test_missing_and_negative_counts() -> None:
    matrix = cohort_retention([("A", 0, 100), ("A", 1, None), ("A", 2, -3), ("B", 0, None)])
    assert matrix.retention[0][1] == NotAvailable(Reason.MISSING_VALUE)
    assert matrix.retention[0][2] == NotAvailable(Reason.NEGATIVE_INPUT)
    assert matrix.sizes[1] == NotAvailable(Reason.MISSING_VALUE)
    assert matrix.retention[1] == (NotAvailable(Reason.MISSING_VALUE),) * 3


def test_gap_inside_a_cohort() -> None:
    matrix = cohort_retention([("A", 0, 100), ("A", 2, 50)])
    assert matrix.retention[0][1] == GAP
    assert matrix.retention[0][2] == pytest.approx(50.0)


def test_more_retained_than_the_cohort_size() -> None:
    rows = [("A", 0, 100), ("A", 1, 110)]
    assert cohort_retention(rows).retention[0][1] == NotAvailable(Reason.OUT_OF_RANGE)
    # Revenue cohorts grow with expansion: 110/100 = 110 %.
    assert cohort_retention(rows, allow_growth=True).retention[0][1] == pytest.approx(110.0)


def test_no_rows() -> None:
    matrix = cohort_retention([])
    assert matrix.cohorts == ()
    assert matrix.offsets == ()
    assert matrix.retention == ()


def test_percentages_for_a_chart() -> None:
    matrix = cohort_retention(ROWS)
    assert [or_none(cell) for cell in matrix.retention[1]] == [100.0, 75.0, None]


def test_negative_offset_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="negative"):
        cohort_retention([("A", -1, 10)])


def test_repeated_offset_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="twice"):
        cohort_retention([("A", 0, 10), ("A", 0, 12)])
