"""The chart inputs: frozen, checked on creation, pivoted from long cohort rows."""

import dataclasses
from datetime import date

import pytest

from personabuilder.charts.data import (
    CohortData,
    EmotionData,
    FunnelData,
    HealthRow,
    HealthStatus,
    PersonaEmotion,
    StageHealthData,
    TrendData,
)
from personabuilder.model import Direction, Granularity, MetricUnit


def test_inputs_are_frozen_tuples_even_from_lists() -> None:
    data = FunnelData(["A", "B"], [10.0, None])  # type: ignore[arg-type]
    assert data.stages == ("A", "B")
    assert data.values == (10.0, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.metric = "Leads"  # type: ignore[misc]


def test_funnel_needs_one_value_per_stage() -> None:
    with pytest.raises(ValueError, match="2 values for 3 stages"):
        FunnelData(("A", "B", "C"), (1.0, 2.0))


def test_trend_values_are_put_in_date_order() -> None:
    data = TrendData(
        "MRR",
        MetricUnit.CURRENCY,
        Direction.HIGHER_IS_BETTER,
        None,
        ((date(2026, 3, 1), 3.0), (date(2026, 1, 1), 1.0), (date(2026, 2, 1), None)),
    )
    assert [day.month for day, _ in data.values] == [1, 2, 3]
    assert [value for _, value in data.values] == [1.0, None, 3.0]


class TestEmotion:
    def test_scores_outside_minus_two_plus_two_are_refused(self) -> None:
        with pytest.raises(ValueError, match="outside"):
            PersonaEmotion("Ada", (0, 3))
        with pytest.raises(ValueError, match="outside"):
            PersonaEmotion("Ada", (0, 1), to_be=(-3, 0))

    def test_scores_must_cover_the_stages(self) -> None:
        with pytest.raises(ValueError, match="Ada"):
            EmotionData(("A", "B", "C"), (PersonaEmotion("Ada", (0, 1)),))
        with pytest.raises(ValueError, match="to-be"):
            EmotionData(("A", "B"), (PersonaEmotion("Ada", (0, 1), to_be=(1,)),))


class TestCohort:
    def test_from_records_pivots_long_rows(self) -> None:
        data = CohortData.from_records(
            [("2026-02", 0, 100.0), ("2026-01", 1, 80.0), ("2026-01", 0, 100.0)],
            granularity=Granularity.MONTH,
        )
        assert data.cohorts == ("2026-02", "2026-01")
        assert data.offsets == (0, 1)
        # A cell the CSV does not have stays missing, never 0.
        assert data.retained == ((100.0, None), (100.0, 80.0))
        assert data.granularity is Granularity.MONTH

    def test_from_records_refuses_two_values_for_one_cell(self) -> None:
        with pytest.raises(ValueError, match="two values"):
            CohortData.from_records([("2026-01", 0, 100.0), ("2026-01", 0, 90.0)])

    def test_matrix_must_match_its_labels(self) -> None:
        with pytest.raises(ValueError, match="rows"):
            CohortData(("a", "b"), (0,), ((1.0,),))
        with pytest.raises(ValueError, match="cells"):
            CohortData(("a",), (0, 1), ((1.0,),))


def test_health_stage_order_is_given_order_then_first_use() -> None:
    data = StageHealthData(
        (
            HealthRow("Trial", "Sign-ups", HealthStatus.ON_TRACK),
            HealthRow("Awareness", "Traffic", HealthStatus.AT_RISK),
            HealthRow("Trial", "Activation", HealthStatus.OFF_TRACK),
        ),
        stages=("Awareness", "Purchase"),
    )
    assert data.stage_order() == ("Awareness", "Purchase", "Trial")


def test_health_status_values_are_stable_strings() -> None:
    assert [status.value for status in HealthStatus] == [
        "on_track",
        "at_risk",
        "off_track",
        "not_available",
    ]
