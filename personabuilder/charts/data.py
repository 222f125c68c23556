"""Plain, frozen inputs of the chart builders: values only, no ORM rows, no matplotlib."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any, Self

from personabuilder.model import Direction, Granularity, MetricUnit

EMOTION_MIN = -2
EMOTION_MAX = 2


class HealthStatus(StrEnum):
    """How a metric stands against its target, as the stage health chart shows it."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NOT_AVAILABLE = "not_available"


def _freeze(instance: object, name: str, value: Iterable[Any]) -> None:
    # Callers often hold lists; a frozen dataclass must keep an immutable copy.
    object.__setattr__(instance, name, tuple(value))


def _check_length(what: str, values: Sequence[object], expected: int) -> None:
    if len(values) != expected:
        raise ValueError(f"{what}: {len(values)} values for {expected} stages")


@dataclass(frozen=True, slots=True)
class FunnelData:
    """How many reached each stage, in journey order (None: not measured)."""

    stages: tuple[str, ...]
    values: tuple[float | None, ...]
    metric: str = ""
    unit: MetricUnit = MetricUnit.COUNT
    title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "stages", self.stages)
        _freeze(self, "values", self.values)
        _check_length("funnel", self.values, len(self.stages))


@dataclass(frozen=True, slots=True)
class StageTarget:
    """One stage's actual value and target of the metric compared."""

    stage: str
    actual: float | None
    target: float | None


@dataclass(frozen=True, slots=True)
class ActualTargetData:
    """A metric's actual value against its target at each stage, all in one unit."""

    metric: str
    unit: MetricUnit
    direction: Direction
    rows: tuple[StageTarget, ...]
    title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "rows", self.rows)


@dataclass(frozen=True, slots=True)
class TrendData:
    """A metric's values over periods (period start dates) and its optional target."""

    metric: str
    unit: MetricUnit
    direction: Direction
    target: float | None
    values: tuple[tuple[date, float | None], ...]
    granularity: Granularity | None = Granularity.MONTH
    title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "values", sorted(self.values, key=lambda pair: pair[0]))


@dataclass(frozen=True, slots=True)
class PersonaEmotion:
    """One persona's emotion scores per stage (-2..+2), with optional to-be scores."""

    name: str
    scores: tuple[int | None, ...]
    colour: str | None = None
    to_be: tuple[int | None, ...] | None = None

    def __post_init__(self) -> None:
        _freeze(self, "scores", self.scores)
        if self.to_be is not None:
            _freeze(self, "to_be", self.to_be)
        for score in (*self.scores, *(self.to_be or ())):
            if score is not None and not EMOTION_MIN <= score <= EMOTION_MAX:
                raise ValueError(f"emotion score {score} of {self.name!r} is outside -2..+2")


@dataclass(frozen=True, slots=True)
class EmotionData:
    """Emotion curves of some personas across the stages of one journey."""

    stages: tuple[str, ...]
    personas: tuple[PersonaEmotion, ...]
    title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "stages", self.stages)
        _freeze(self, "personas", self.personas)
        for persona in self.personas:
            _check_length(f"emotion of {persona.name!r}", persona.scores, len(self.stages))
            if persona.to_be is not None:
                _check_length(f"to-be of {persona.name!r}", persona.to_be, len(self.stages))


@dataclass(frozen=True, slots=True)
class CohortData:
    """Retention in percent (0..100) per cohort (rows) and period offset (columns)."""

    cohorts: tuple[str, ...]
    offsets: tuple[int, ...]
    retained: tuple[tuple[float | None, ...], ...]
    granularity: Granularity | None = None
    title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "cohorts", self.cohorts)
        _freeze(self, "offsets", self.offsets)
        _freeze(self, "retained", (tuple(row) for row in self.retained))
        if len(self.retained) != len(self.cohorts):
            raise ValueError(f"cohorts: {len(self.retained)} rows for {len(self.cohorts)} cohorts")
        for label, row in zip(self.cohorts, self.retained, strict=True):
            if len(row) != len(self.offsets):
                raise ValueError(f"cohort {label!r}: {len(row)} cells for {len(self.offsets)}")

    @classmethod
    def from_records(
        cls,
        records: Iterable[tuple[str, int, float | None]],
        *,
        granularity: Granularity | None = None,
        title: str | None = None,
    ) -> Self:
        """Pivots long rows (cohort, period offset, retained %), as in a cohort CSV."""
        cells: dict[tuple[str, int], float | None] = {}
        cohorts: dict[str, None] = {}
        for cohort, offset, retained in records:
            if (cohort, offset) in cells:
                raise ValueError(f"cohort {cohort!r} has two values for offset {offset}")
            cells[cohort, offset] = retained
            cohorts.setdefault(cohort)
        offsets = sorted({offset for _, offset in cells})
        return cls(
            cohorts=tuple(cohorts),
            offsets=tuple(offsets),
            retained=tuple(
                tuple(cells.get((cohort, offset)) for offset in offsets) for cohort in cohorts
            ),
            granularity=granularity,
            title=title,
        )


@dataclass(frozen=True, slots=True)
class HealthRow:
    """The status of one metric of one stage, and its latest value when the caller gives one.

    A row with a ``unit`` shows its value in its tile ("n/a" for None); without one, only
    the status and the name.
    """

    stage: str
    metric: str
    status: HealthStatus
    value: float | None = None
    unit: MetricUnit | None = None
    currency: str = "EUR"


@dataclass(frozen=True, slots=True)
class StageHealthData:
    """Status of every metric, stage by stage; ``stages`` fixes the order (default: rows')."""

    rows: tuple[HealthRow, ...]
    stages: tuple[str, ...] = field(default=())
    title: str | None = None

    def __post_init__(self) -> None:
        _freeze(self, "rows", self.rows)
        _freeze(self, "stages", self.stages)

    def stage_order(self) -> tuple[str, ...]:
        """The stages to show, top to bottom: the given order, then any others by first use."""
        order = dict.fromkeys(self.stages)
        for row in self.rows:
            order.setdefault(row.stage)
        return tuple(order)
