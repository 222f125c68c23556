"""Chart inputs from a journey map's read model: what each chart shows, computed once here.

The screen and the PDF export both chart a map; both take their data from these functions.
"""

from collections import Counter
from dataclasses import dataclass

from personabuilder.analytics import (
    Status,
    StepConversion,
    cac_payback_months,
    cohort_retention,
    funnel,
    latest_status,
    ltv,
    ltv_to_cac,
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


def metric_of_kind(detail: JourneyDetail, key: str) -> MetricView | None:
    """The map's first metric of a catalogue kind, whatever its name or language."""
    return next((m for m in detail.metrics if m.catalogue_key == key), None)


def funnel_metric(detail: JourneyDetail, stage_id: object) -> MetricView | None:
    """The stage's "accounts reaching the stage" metric, if it has one.

    No other metric stands in: brand mentions or demo requests do not count accounts, and a
    conversion between them would be a number that means nothing."""
    return next(
        (m for m in detail.metrics if m.stage_id == stage_id and m.catalogue_key == STAGE_REACH),
        None,
    )


def funnel_data(detail: JourneyDetail, title: str | None = None) -> FunnelData:
    """How many accounts reached each stage (latest value), from the stages that have an
    "accounts reaching the stage" metric; none of them, no steps."""
    stages: list[str] = []
    values: list[float | None] = []
    names: list[str] = []
    for stage in detail.stages:
        metric = funnel_metric(detail, stage.id)
        if metric is None:
            continue
        stages.append(stage.name)
        values.append(latest_value(metric))
        names.append(metric.name)
    return FunnelData(
        stages=tuple(stages),
        values=tuple(values),
        metric=" / ".join(dict.fromkeys(names)),
        title=title,
    )


@dataclass(frozen=True)
class KeyFigure:
    """One figure of the analytics summary and the metrics it was read or computed from."""

    value: float | None
    sources: tuple[MetricView, ...] = ()


@dataclass(frozen=True)
class KeyFigures:
    """The map's headline analytics, each found by metric kind (never by name)."""

    trial_to_paid: KeyFigure
    overall_conversion: KeyFigure
    cac: KeyFigure
    ltv: KeyFigure
    ltv_to_cac: KeyFigure
    cac_payback: KeyFigure
    churn: KeyFigure
    nrr: KeyFigure
    funnel: tuple[StepConversion, ...]


def _read(detail: JourneyDetail, key: str) -> KeyFigure:
    metric = metric_of_kind(detail, key)
    if metric is None:
        return KeyFigure(None)
    return KeyFigure(latest_value(metric), (metric,))


def _monthly(metric: MetricView | None) -> bool:
    return metric is not None and metric.granularity is Granularity.MONTH


def key_figures(detail: JourneyDetail) -> KeyFigures:
    """Trial-to-paid, conversion across the funnel, CAC, LTV, LTV:CAC, CAC payback, churn and
    NRR of one map, from the latest value of each metric of the matching kind."""
    steps = tuple(funnel(list(funnel_data(detail).values)))
    reach = tuple(m for m in detail.metrics if m.catalogue_key == STAGE_REACH)
    overall = KeyFigure(or_none(steps[-1].from_first), reach) if steps else KeyFigure(None)
    cac, churn = _read(detail, "cac"), _read(detail, "churn_rate")
    arpu = metric_of_kind(detail, "arpu")
    margin = metric_of_kind(detail, "gross_margin")
    lifetime = _read(detail, "clv")
    # Computed only from monthly revenue and monthly churn: other periods would mix scales.
    churn_metric = churn.sources[0] if churn.sources else None
    if lifetime.value is None and arpu and margin and churn_metric and _monthly(arpu):
        value = ltv(latest_value(arpu), latest_value(margin), churn.value)
        if _monthly(churn_metric):
            lifetime = KeyFigure(or_none(value), (arpu, margin, churn_metric))
    ratio = KeyFigure(None)
    if lifetime.value is not None and cac.value is not None:
        ratio = KeyFigure(
            or_none(ltv_to_cac(lifetime.value, cac.value)), lifetime.sources + cac.sources
        )
    payback = KeyFigure(None)
    if cac.sources and arpu is not None and margin is not None and _monthly(arpu):
        payback = KeyFigure(
            or_none(cac_payback_months(cac.value, latest_value(arpu), latest_value(margin))),
            (*cac.sources, arpu, margin),
        )
    return KeyFigures(
        trial_to_paid=_read(detail, "trial_to_paid"),
        overall_conversion=overall,
        cac=cac,
        ltv=lifetime,
        ltv_to_cac=ratio,
        cac_payback=payback,
        churn=churn,
        nrr=_read(detail, "nrr"),
        funnel=steps,
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
    metrics = [
        m
        for m in detail.metrics
        if m.unit is unit and m.direction is direction and m.target is not None
    ]
    # A row is named by its metric ("Demo requests"); a name several stages share
    # ("Accounts reaching the stage") by its stage first, so rows cut to fit still differ.
    shared = Counter(m.name for m in metrics)
    rows = tuple(
        StageTarget(
            m.name if shared[m.name] == 1 else f"{names.get(m.stage_id, '')} · {m.name}",
            latest_value(m),
            m.target,
        )
        for m in metrics
    )
    return ActualTargetData(
        metric=metric_label, unit=unit, direction=direction, rows=rows, title=title
    )


def health_data(detail: JourneyDetail, title: str | None = None) -> StageHealthData:
    """The status of every metric against its target, stage by stage."""
    names = {s.id: s.name for s in detail.stages}
    return StageHealthData(
        rows=tuple(
            HealthRow(
                names.get(m.stage_id, ""),
                m.name,
                metric_status(m),
                value=latest_value(m),
                unit=m.unit,
            )
            for m in detail.metrics
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
