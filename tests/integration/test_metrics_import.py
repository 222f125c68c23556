"""Matching a CSV file to a map's metrics, and applying it, on a real demo workspace."""

import os
from datetime import date
from pathlib import Path

import pytest

from personabuilder.model import Granularity, MetricUnit
from personabuilder.services import Services
from personabuilder.services.errors import ValidationError
from personabuilder.services.metrics import MetricDraft
from personabuilder.services.metrics_import import ImportPlan, apply, plan_import, read_csv_file
from personabuilder.store import Workspace


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace."""
    return Services.bind(demo_workspace)


def test_rows_match_metrics_by_name_and_stage(services: Services) -> None:
    journey = services.listing.journeys()[0].id
    detail = services.journeys.get(journey)
    # A second "NPS" on another stage makes the name alone ambiguous.
    services.metrics.add(detail.stages[0].id, MetricDraft("NPS"))
    detail = services.journeys.get(journey)
    data = (
        b"metric,stage,period,value\n"
        b"nps,,2031-01,40\n"
        b"NPS,Advocacy & referral,2031-01-20,41\n"
        b"NPS,Advocacy & referral,2031-01-05,42\n"
        b"Leads generated,Advocacy & referral,2031-01,5\n"
        b"Leeds generated,Awareness,2031-01,7\n"
    )
    plan = plan_import(detail, data)
    assert [(p.record.line, p.metric.name, p.period, p.record.value) for p in plan.values] == [
        (3, "NPS", date(2031, 1, 1), 41.0),
    ]
    assert [(p.line, p.code) for p in plan.problems] == [
        (2, "ambiguous_metric"),
        (4, "duplicate"),
        (5, "metric_not_on_stage"),
        (6, "unknown_metric"),
    ]
    assert plan.problems[1].message() == (
        "Same metric, stage and period as line 3; the first one is kept."
    )
    with pytest.raises(ValidationError, match="nothing was imported"):
        apply(services.metrics, plan)
    assert services.journeys.get(journey).metrics == detail.metrics

    before = apply(services.metrics, plan, skip_problem_rows=True)
    nps = next(
        m for m in services.journeys.get(journey).metrics if m.id == plan.values[0].metric.id
    )
    assert dict(nps.values)[date(2031, 1, 1)] == 41.0
    services.metrics.set_many(before)
    assert services.journeys.get(journey).metrics == detail.metrics


def test_a_file_with_nothing_to_import_is_refused(services: Services) -> None:
    detail = services.journeys.get(services.listing.journeys()[0].id)
    plan = plan_import(detail, b"")
    assert [p.code for p in plan.problems] == ["empty_file"]
    assert not plan.ok
    with pytest.raises(ValidationError):
        apply(services.metrics, plan, skip_problem_rows=True)


CORPUS = Path(__file__).resolve().parents[1] / "data" / "csv"


def _plan(services: Services, name: str, **overrides: object) -> ImportPlan:
    detail = services.journeys.get(services.listing.journeys()[0].id)
    return plan_import(detail, (CORPUS / name).read_bytes(), **overrides)


@pytest.mark.parametrize(
    ("name", "written"),
    [("weeks_into_months.csv", "a week"), ("quarter_into_months.csv", "a quarter")],
)
def test_a_period_of_another_length_than_the_metrics_is_refused(
    services: Services, name: str, written: str
) -> None:
    plan = _plan(services, name)
    assert plan.values == ()
    assert [(p.line, p.code) for p in plan.problems] == [
        (2, "wrong_granularity"),
        (3, "wrong_granularity"),
    ]
    assert plan.problems[0].message() == (
        f"This period is {written}, but “Leads generated” takes monthly values; periods are "
        "never split or merged."
    )
    assert "mensuelles" in plan.problems[0].message("fr")


def test_months_are_refused_by_a_quarterly_metric_and_dates_go_to_their_quarter(
    services: Services,
) -> None:
    journey = services.listing.journeys()[0].id
    stage = services.journeys.get(journey).stages[0]
    services.metrics.add(stage.id, MetricDraft("Pipeline", granularity=Granularity.QUARTER))
    detail = services.journeys.get(journey)
    data = b"Metric,Period,Value\nPipeline,2031-02,5\nPipeline,Q2 2031,6\nPipeline,2031-08-14,7\n"
    plan = plan_import(detail, data)
    assert [(p.line, p.code) for p in plan.problems] == [(2, "wrong_granularity")]
    assert [(p.period, p.record.value) for p in plan.values] == [
        (date(2031, 4, 1), 6.0),
        (date(2031, 7, 1), 7.0),
    ]


def test_a_unit_sign_against_the_metrics_unit_is_refused(services: Services) -> None:
    plan = _plan(services, "unit_signs.csv")
    assert [(p.line, p.code) for p in plan.problems] == [(2, "wrong_unit"), (3, "wrong_unit")]
    assert plan.problems[0].message() == (
        "The value is marked as a percentage, but “Customer acquisition cost (CAC)” is an "
        "amount of money."
    )
    assert plan.problems[1].message("fr") == (
        "La valeur est indiquée comme un montant, mais «\u00a0Churn rate\u00a0» est un pourcentage."
    )
    assert [(p.metric.name, p.record.value) for p in plan.values] == [
        ("Churn rate", 1.9),
        ("Customer acquisition cost (CAC)", 10400.0),
    ]


def test_names_match_whatever_the_apostrophe(services: Services) -> None:
    journey = services.listing.journeys()[0].id
    stage = services.journeys.get(journey).stages[6]
    services.metrics.add(stage.id, MetricDraft("Chiffre d'affaires", unit=MetricUnit.CURRENCY))
    data = (
        "Métrique;Mois;Valeur\n"
        "Chiffre d’affaires;2026-01;125 000\n"
        "CHIFFRE D'AFFAIRES;2026-02;131 500\n"
        "chiffre d‘affaires ;2026-03;140 000\n"
    ).encode("utf-8-sig")
    plan = plan_import(services.journeys.get(journey), data)
    assert plan.problems == ()
    assert [p.record.value for p in plan.values] == [125000.0, 131500.0, 140000.0]


@pytest.mark.parametrize(
    "name", ["us_dates_undecided.csv", "decimal_undecided.csv", "this_year_last_year.csv"]
)
def test_an_undecided_file_plans_nothing_and_cannot_be_applied(
    services: Services, name: str
) -> None:
    plan = _plan(services, name)
    assert plan.values == ()
    assert len(plan.undecided) == 1
    with pytest.raises(ValidationError, match="not decided"):
        apply(services.metrics, plan, skip_problem_rows=True)


def test_a_fifo_a_device_and_an_oversized_file_are_refused_unread(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    with pytest.raises(ValidationError, match="not a regular file"):
        read_csv_file(fifo)
    with pytest.raises(ValidationError, match="not a regular file"):
        read_csv_file(Path("/dev/zero"))
    big = tmp_path / "big.csv"
    big.write_bytes(b"x" * 2048)
    with pytest.raises(ValidationError, match="the limit is 0 MB"):
        read_csv_file(big, max_bytes=1024)
    assert read_csv_file(big) == b"x" * 2048
