"""Chart inputs from a journey map's read model: what each chart shows, computed once here.

The screen and the PDF export both chart a map; both take their data from these functions.
"""

from personabuilder.analytics import (
    Status,
    cohort_retention,
    latest_status,
    or_none,
    series_from_pairs,
)
from personabuilder.charts.data import (
    ActualTargetData,
    CohortData,
    EmotionData,
    FunnelData,
    HealthRow,
    HealthStatus,
    PersonaEmotion,
    StageHealthData,
    StageTarget,
    TrendData,
)
from personabuilder.charts.numbers import format_period
from personabuilder.model import Direction, Granularity, MetricUnit
from personabuilder.services.metric_catalogue import STAGE_REACH
from personabuilder.services.metrics import CohortRow
from personabuilder.services.readmodels import JourneyDetail, MetricView

_STATUS = {
    Status.ON_TRACK: HealthStatus.ON_TRACK,
    Status.AT_RISK: HealthStatus.AT_RISK,
    Status.OFF_TRACK: HealthStatus.OFF_TRACK,
    Status.NOT_AVAILABLE: HealthStatus.NOT_AVAILABLE,
}


def metric_status(metric: MetricView) -> HealthStatus:
    """How the metric's latest value stands against its target, in its direction."""
    status = latest_status(series_from_pairs(metric.values), metric.target, metric.direction)
    return _STATUS[status]


def latest_value(metric: MetricView) -> float | None:
    """The value of the newest period, if any."""
    return metric.values[-1][1] if metric.values else None


def trend_data(metric: MetricView) -> TrendData:
    """One metric's values over its periods, with its target."""
    return TrendData(
        metric=metric.name,
        unit=metric.unit,
        direction=metric.direction,
        target=metric.target,
        values=tuple((d, v) for d, v in metric.values),
        granularity=metric.granularity,
    )


def funnel_metric(detail: JourneyDetail, stage_id: object) -> MetricView | None:
    """The metric counting who reached a stage: "accounts reaching the stage" if the stage
    has one, else its first count metric where more is better."""
    on_stage = [m for m in detail.metrics if m.stage_id == stage_id]
    reach = [m for m in on_stage if m.catalogue_key == STAGE_REACH]
    counts = [
        m
        for m in on_stage
        if m.unit is MetricUnit.COUNT and m.direction is Direction.HIGHER_IS_BETTER
    ]
    chosen = reach or counts
    return chosen[0] if chosen else None


def funnel_data(detail: JourneyDetail, title: str | None = None) -> FunnelData:
    """How many reached each stage (latest value); a map with "accounts reaching the stage"
    metrics charts those stages only, so the funnel compares like with like."""
    uses_reach = any(m.catalogue_key == STAGE_REACH for m in detail.metrics)
    stages: list[str] = []
    values: list[float | None] = []
    names: list[str] = []
    for stage in detail.stages:
        metric = funnel_metric(detail, stage.id)
        if uses_reach and (metric is None or metric.catalogue_key != STAGE_REACH):
            continue
        stages.append(stage.name)
        values.append(latest_value(metric) if metric is not None else None)
        if metric is not None:
            names.append(metric.name)
    return FunnelData(
        stages=tuple(stages),
        values=tuple(values),
        metric=" / ".join(dict.fromkeys(names)),
        title=title,
    )


def actual_target_data(
    detail: JourneyDetail,
    unit: MetricUnit,
    direction: Direction,
    metric_label: str,
    title: str | None = None,
) -> ActualTargetData:
    """Each metric of one unit and direction with a target: latest value against target."""
    names = {s.id: s.name for s in detail.stages}
    rows = tuple(
        StageTarget(f"{names.get(m.stage_id, '')} · {m.name}", latest_value(m), m.target)
        for m in detail.metrics
        if m.unit is unit and m.direction is direction and m.target is not None
    )
    return ActualTargetData(
        metric=metric_label, unit=unit, direction=direction, rows=rows, title=title
    )


def health_data(detail: JourneyDetail, title: str | None = None) -> StageHealthData:
    """The status of every metric against its target, stage by stage."""
    names = {s.id: s.name for s in detail.stages}
    return StageHealthData(
        rows=tuple(
            HealthRow(names.get(m.stage_id, ""), m.name, metric_status(m)) for m in detail.metrics
        ),
        stages=tuple(s.name for s in detail.stages),
        title=title,
    )


def emotion_data(detail: JourneyDetail, title: str | None = None) -> EmotionData:
    """Each linked persona's as-is and to-be emotion scores across the stages."""
    scores = {(e.stage_id, e.persona_id): (e.as_is, e.to_be) for e in detail.emotions}
    personas = []
    for persona in detail.personas:
        pairs = [scores.get((s.id, persona.id), (None, None)) for s in detail.stages]
        to_be = tuple(p[1] for p in pairs)
        personas.append(
            PersonaEmotion(
                persona.name,
                tuple(p[0] for p in pairs),
                to_be=to_be if any(t is not None for t in to_be) else None,
            )
        )
    return EmotionData(
        stages=tuple(s.name for s in detail.stages), personas=tuple(personas), title=title
    )


def cohort_data(rows: tuple[CohortRow, ...], lang: str, title: str | None = None) -> CohortData:
    """Retention per cohort and period offset: counts turned into percent of offset 0."""
    labels = {r.cohort: format_period(r.cohort, Granularity.MONTH, lang) for r in rows}
    if rows and all(r.percent for r in rows):
        return CohortData.from_records(
            ((labels[r.cohort], r.offset, r.retained) for r in rows),
            granularity=Granularity.MONTH,
            title=title,
        )
    matrix = cohort_retention((r.cohort, r.offset, r.retained) for r in rows)
    return CohortData(
        cohorts=tuple(labels[c] for c in matrix.cohorts),
        offsets=matrix.offsets,
        retained=tuple(tuple(or_none(x) for x in row) for row in matrix.retention),
        granularity=Granularity.MONTH,
        title=title,
    )
