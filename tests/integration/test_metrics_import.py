"""Matching a CSV file to a map's metrics, and applying it, on a real demo workspace."""

from datetime import date

import pytest

from personabuilder.services import Services
from personabuilder.services.errors import ValidationError
from personabuilder.services.metrics import MetricDraft
from personabuilder.services.metrics_import import apply, plan_import
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
