"""Stage metrics defined, changed, deleted and restored, and their values, on a real file."""

import math
from dataclasses import replace
from datetime import date

import pytest

from personabuilder.model import Direction, Granularity, MetricUnit
from personabuilder.services import Services
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.metric_catalogue import CATALOGUE, STAGE_NAMES, catalogue_entry
from personabuilder.services.metrics import MetricDraft
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace."""
    return Services.bind(demo_workspace)


def _journey(services: Services) -> JourneyDetail:
    return services.journeys.get(services.listing.journeys()[0].id)


def test_add_update_delete_restore_exactly(services: Services) -> None:
    before = _journey(services)
    stage = before.stages[2]
    on_stage = [m for m in before.metrics if m.stage_id == stage.id]
    draft = MetricDraft(
        "Activation within 7 days", MetricUnit.PERCENT, target=40.0, granularity=Granularity.WEEK
    )
    metric_id = services.metrics.add(stage.id, draft, index=0)
    added = services.metrics.get(metric_id)
    assert (added.name, added.unit, added.target) == (
        "Activation within 7 days",
        MetricUnit.PERCENT,
        40.0,
    )
    after_add = [m for m in _journey(services).metrics if m.stage_id == stage.id]
    assert [m.id for m in after_add] == [metric_id, *(m.id for m in on_stage)]

    old = services.metrics.update(metric_id, target=45.5, direction=Direction.LOWER_IS_BETTER)
    assert old == {"target": 40.0, "direction": Direction.HIGHER_IS_BETTER}
    assert services.metrics.get(metric_id).target == 45.5

    existing = services.metrics.get(on_stage[0].id)
    record = services.metrics.delete(existing.id)
    assert record.metric == existing
    with pytest.raises(NotFoundError):
        services.metrics.get(existing.id)
    services.metrics.restore(record)
    assert services.metrics.get(existing.id) == existing


def test_values_align_to_period_start_and_return_what_they_replaced(services: Services) -> None:
    metric = _journey(services).metrics[0]
    assert metric.granularity is Granularity.MONTH
    first_day, first_value = metric.values[0]
    previous = services.metrics.set_values(
        metric.id, {date(first_day.year, first_day.month, 17): 12.5, date(2031, 2, 3): 7.0}
    )
    assert previous == {first_day: first_value, date(2031, 2, 1): None}
    values = dict(services.metrics.get(metric.id).values)
    assert values[first_day] == 12.5
    assert values[date(2031, 2, 1)] == 7.0

    services.metrics.set_values(metric.id, previous)
    assert services.metrics.get(metric.id) == metric


def test_set_many_is_all_or_nothing(services: Services) -> None:
    a, b = _journey(services).metrics[:2]
    with pytest.raises(ValidationError, match="finite"):
        services.metrics.set_many(
            {a.id: {date(2030, 1, 1): 1.0}, b.id: {date(2030, 1, 1): math.nan}}
        )
    assert services.metrics.get(a.id) == a
    assert services.metrics.get(b.id) == b


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "   "}, "Metric name is required"),
        ({"target": "ten"}, "Target must be a number"),
        ({"target": math.inf}, "Target must be a finite number"),
        ({"colour": "red"}, "no field 'colour'"),
        # Its monthly values would be read as quarters (or weeks): a wrong figure, silently.
        ({"granularity": Granularity.QUARTER}, "period length of a metric with values"),
        ({"granularity": Granularity.WEEK}, "period length of a metric with values"),
    ],
)
def test_bad_changes_name_the_problem_and_change_nothing(
    services: Services, changes: dict[str, object], message: str
) -> None:
    metric = _journey(services).metrics[0]
    with pytest.raises(ValidationError, match=message):
        services.metrics.update(metric.id, **changes)
    assert services.metrics.get(metric.id) == metric


def test_catalogue_covers_every_stage_in_both_languages() -> None:
    assert {m.stage for m in CATALOGUE} == {*STAGE_NAMES, ""}
    assert len({m.key for m in CATALOGUE}) == len(CATALOGUE)
    churn = catalogue_entry("churn_rate")
    assert churn is not None
    assert churn.direction is Direction.LOWER_IS_BETTER
    assert churn.name("fr") == "Taux d’attrition"
    assert replace(churn, names=("a", "b")).name("en") == "a"


def test_cohort_table_is_kept_with_its_map(services: Services) -> None:
    from personabuilder.services.metrics import CohortRow

    journey = services.listing.journeys()[0].id
    rows = (CohortRow(date(2025, 1, 1), 0, 1000.0), CohortRow(date(2025, 1, 1), 1, 820.0))
    assert services.metrics.set_cohorts(journey, rows) == ()
    assert services.metrics.cohorts(journey) == rows
    with pytest.raises(ValidationError, match="negative"):
        services.metrics.set_cohorts(journey, (CohortRow(date(2025, 1, 1), -1, 5.0),))
    assert services.metrics.cohorts(journey) == rows
    assert services.metrics.set_cohorts(journey, ()) == rows
    assert services.metrics.cohorts(journey) == ()


def test_funnel_reads_accounts_reaching_each_stage(services: Services) -> None:
    from personabuilder.services.chart_data import funnel_data, health_data
    from personabuilder.services.demo.reach import REACH

    detail = _journey(services)
    funnel = funnel_data(detail)
    assert funnel.stages == tuple(s.name for s in detail.stages)
    assert funnel.values == tuple(values[-1] for values in REACH.values())
    assert funnel.metric == "Accounts reaching the stage"

    # Without those metrics there is no funnel: no other count metric stands in.
    for m in [m for m in detail.metrics if m.catalogue_key == "stage_reach"]:
        services.metrics.delete(m.id)
    without = funnel_data(_journey(services))
    assert without.stages == ()
    assert without.values == ()
    statuses = {(r.stage, r.metric): r.status.value for r in health_data(detail).rows}
    assert statuses["Renewal & retention", "Churn rate"] == "off_track"  # 1.8 % vs 1.5 %


def test_the_period_length_of_a_metric_without_values_can_change(services: Services) -> None:
    stage = _journey(services).stages[0]
    metric_id = services.metrics.add(stage.id, MetricDraft("Leads", MetricUnit.COUNT))
    assert services.metrics.update(metric_id, granularity=Granularity.QUARTER) == {
        "granularity": Granularity.MONTH
    }
    services.metrics.set_values(metric_id, {date(2026, 5, 20): 3.0})
    assert dict(services.metrics.get(metric_id).values) == {date(2026, 4, 1): 3.0}
