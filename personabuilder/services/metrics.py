"""Stage metrics: define, change and delete KPIs, and set their values per period.

Every verb is one transaction and returns what its undo needs. Values are keyed by the first
day of their period (the metric's granularity): a value given for 17 March in a monthly
metric is stored for 1 March.
"""

import json
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlmodel import Session, col, select, update

from personabuilder.analytics.periods import period_start
from personabuilder.model import Direction, Granularity, MetricUnit
from personabuilder.model.tables import JourneyMap, Metric, MetricValue, Stage, WorkspaceSetting
from personabuilder.model.types import utcnow
from personabuilder.services import validation as v
from personabuilder.services.conflicts import Base, Change, Edited, checked_edits, retry_stale
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.readmodels import MetricView
from personabuilder.services.unit import UnitOfWork

Values = Mapping[date, float | None]
_FIELDS = ("name", "unit", "direction", "target", "granularity")


@dataclass(frozen=True)
class MetricDraft:
    """What a new metric is: name, unit, direction, target and period length."""

    name: str
    unit: MetricUnit = MetricUnit.COUNT
    direction: Direction = Direction.HIGHER_IS_BETTER
    target: float | None = None
    granularity: Granularity = Granularity.MONTH
    catalogue_key: str = ""


@dataclass(frozen=True)
class CohortRow:
    """One cell of a cohort table: the cohort's start, the period offset, what was retained.

    ``percent`` says the file gave a retention rate (0..100) rather than a count.
    """

    cohort: date
    offset: int
    retained: float
    percent: bool = False


@dataclass(frozen=True)
class MetricRecord:
    """A deleted metric with its values and place, to put back exactly."""

    metric: MetricView


def _number(field: str, value: Any, label: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, f"{label} must be a number.")
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(field, f"{label} must be a finite number.")
    return number


def _clean(field: str, value: Any) -> Any:
    if field == "name":
        return v.required_name("name", value, "Metric name")
    if field == "unit":
        return MetricUnit(value)
    if field == "direction":
        return Direction(value)
    if field == "granularity":
        return Granularity(value)
    if field == "target":
        return None if value is None else _number("target", value, "Target")
    if field == "catalogue_key":
        return _kind(value)
    raise ValidationError(field, f"A metric has no field {field!r}.")


def _kind(value: Any) -> str:
    """A metric kind: a catalogue key, or "" for a metric analytics do not read.

    A key this version does not know is kept (a newer file's kind, put back by undo)."""
    if not isinstance(value, str) or len(value.strip()) > 100:
        raise ValidationError("catalogue_key", "A metric kind is a catalogue key.")
    return value.strip()


def _metric(s: Session, metric_id: uuid.UUID) -> Metric:
    row = s.get(Metric, metric_id)
    if row is None:
        raise NotFoundError("This metric no longer exists.")
    return row


def _stage(s: Session, stage_id: uuid.UUID) -> Stage:
    row = s.get(Stage, stage_id)
    if row is None:
        raise NotFoundError("This stage no longer exists.")
    return row


def _touch(s: Session, stage: Stage) -> None:
    # A plain UPDATE: a metric's change is no edit of the map's own fields (no version bump,
    # no clash with a colleague editing the same map).
    s.connection().execute(
        update(JourneyMap).where(col(JourneyMap.id) == stage.journey_id).values(updated_at=utcnow())
    )


class _MetricEdit:
    """A metric's own fields as a checked edit sees them."""

    what = "metric"

    def __init__(self, metric_id: uuid.UUID) -> None:
        self.row_id = metric_id

    def load(self, s: Session) -> Metric | None:
        return s.get(Metric, self.row_id)

    def version(self, row: Metric) -> int:
        return row.version

    def values(self, row: Metric) -> dict[str, Any]:
        return {f: getattr(row, f) for f in (*_FIELDS, "catalogue_key")}

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("name", ""))

    def write(self, s: Session, row: Metric, writes: dict[str, Any]) -> int:
        if (
            writes.get("granularity", row.granularity) != row.granularity
            and s.exec(
                select(col(MetricValue.period_start)).where(col(MetricValue.metric_id) == row.id)
            ).first()
        ):
            # A monthly figure is not a quarter's: values would silently change meaning.
            raise ValidationError(
                "granularity",
                "The period length of a metric with values cannot change: "
                "its values were recorded for its periods.",
            )
        for f, value in writes.items():
            setattr(row, f, value)
        s.add(row)
        s.flush()
        _touch(s, _stage(s, row.stage_id))
        return row.version


@dataclass
class _Values:
    metric: Metric
    held: dict[date, float | None]
    # The rows read, kept so that the write checks the versions the edit was based on
    # (a second get after the session let them go would read a colleague's newer row).
    rows: dict[date, MetricValue | None]


class _ValuesEdit:
    """A metric's values at some periods as a checked edit sees them: one field a period."""

    what = "metric"

    def __init__(self, metric_id: uuid.UUID, starts: list[date]) -> None:
        self.row_id = metric_id
        self.starts = starts

    def load(self, s: Session) -> _Values | None:
        row = s.get(Metric, self.row_id)
        if row is None:
            return None
        held: dict[date, float | None] = {}
        rows: dict[date, MetricValue | None] = {}
        for start in self.starts:
            stored = rows[start] = s.get(MetricValue, (row.id, start))
            held[start] = None if stored is None else stored.value
        return _Values(row, held, rows)

    def version(self, state: _Values) -> int:
        return state.metric.version

    def values(self, state: _Values) -> dict[date, float | None]:
        return dict(state.held)

    def label(self, values: Mapping[Any, Any]) -> str:
        return ""

    def write(self, s: Session, state: _Values, writes: dict[date, float | None]) -> int:
        for start, number in writes.items():
            stored = state.rows.get(start)
            if start not in state.rows:
                stored = s.get(MetricValue, (state.metric.id, start))
            if number is None:
                if stored is not None:
                    s.delete(stored)
            elif stored is None:
                s.add(MetricValue(metric_id=state.metric.id, period_start=start, value=number))
            else:
                stored.value = number
                s.add(stored)
            s.flush()
        _touch(s, _stage(s, state.metric.stage_id))
        return state.metric.version


def _view(s: Session, row: Metric) -> MetricView:
    values = s.exec(
        select(col(MetricValue.period_start), col(MetricValue.value))
        .where(MetricValue.metric_id == row.id)
        .order_by(col(MetricValue.period_start))
    ).all()
    return MetricView(
        row.id,
        row.stage_id,
        row.position,
        row.name,
        row.unit,
        row.direction,
        row.target,
        row.granularity,
        tuple((d, float(x)) for d, x in values),
        row.catalogue_key,
        row.version,
    )


class MetricsService:
    """Verbs on stage metrics and their values."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def get(self, metric_id: uuid.UUID) -> MetricView:
        """One metric with its values, oldest period first."""
        with self._uow.reading() as s:
            return _view(s, _metric(s, metric_id))

    @retry_stale("metric")
    def add(
        self,
        stage_id: uuid.UUID,
        draft: MetricDraft,
        *,
        metric_id: uuid.UUID | None = None,
        index: int | None = None,
        position: int | None = None,
    ) -> uuid.UUID:
        """Adds a metric to a stage (at the end unless ``index`` is given); returns its id.

        ``position`` puts it back at a deleted metric's exact place (undo).
        """
        fields = {f: _clean(f, getattr(draft, f)) for f in _FIELDS}
        with self._uow.transaction() as s:
            stage = _stage(s, stage_id)
            rows = list(
                s.exec(
                    select(Metric).where(Metric.stage_id == stage_id).order_by(col(Metric.position))
                ).all()
            )
            if position is None:
                # Positions order the stage's metrics; they need not be consecutive.
                if index is None or index >= len(rows):
                    position = rows[-1].position + 1 if rows else 0
                else:
                    position = rows[max(index, 0)].position
                    for other in rows[max(index, 0) :]:
                        other.position += 1
                        s.add(other)
            row = Metric(
                id=metric_id or uuid.uuid4(),
                stage_id=stage_id,
                position=position,
                catalogue_key=draft.catalogue_key[:100],
                **fields,
            )
            s.add(row)
            _touch(s, stage)
            return row.id

    def edit(
        self, metric_id: uuid.UUID, changes: Mapping[str, Any], base: Base | None = None
    ) -> Edited:
        """Changes some of name, unit, direction, target, granularity and kind (catalogue_key),
        merged with others' changes since ``base`` (EditConflict or RowGoneError otherwise)."""
        cleaned = {f: _clean(f, value) for f, value in changes.items()}
        return checked_edits(self._uow, [Change(_MetricEdit(metric_id), cleaned, base)])[0]

    def update(self, metric_id: uuid.UUID, **changes: Any) -> dict[str, Any]:
        """Changes some of name, unit, direction, target, granularity and kind (catalogue_key);
        returns the old ones."""
        done = self.edit(metric_id, changes)
        return {f: done.before.get(f, done.values[f]) for f in changes}

    @retry_stale("metric")
    def delete(self, metric_id: uuid.UUID) -> MetricRecord:
        """Deletes a metric and its values; returns them for ``restore``."""
        with self._uow.transaction() as s:
            row = _metric(s, metric_id)
            record = MetricRecord(_view(s, row))
            stage = _stage(s, row.stage_id)
            # The values go with it (ON DELETE CASCADE, foreign keys are on for every connection).
            s.delete(row)
            _touch(s, stage)
            return record

    def restore(self, record: MetricRecord) -> None:
        """Puts back a deleted metric, at its place, with its values."""
        m = record.metric
        draft = MetricDraft(m.name, m.unit, m.direction, m.target, m.granularity)
        draft = replace(draft, catalogue_key=m.catalogue_key)
        self.add(m.stage_id, draft, metric_id=m.id, position=m.position)
        self.set_values(m.id, dict(m.values))

    def set_values(
        self, metric_id: uuid.UUID, values: Values, *, base: Values | None = None
    ) -> dict[date, float | None]:
        """Sets values by period (None removes one); returns what each period held before."""
        bases = None if base is None else {metric_id: base}
        return self.set_many({metric_id: values}, base=bases)[metric_id]

    def set_many(
        self,
        changes: Mapping[uuid.UUID, Values],
        *,
        base: Mapping[uuid.UUID, Values] | None = None,
    ) -> dict[uuid.UUID, dict[date, float | None]]:
        """Sets values of several metrics in one transaction; returns the earlier values.

        ``base`` holds, per metric, the values the editor saw at the periods it changes
        (None: no value); a period someone else changed meanwhile to another value than
        yours refuses the whole change with EditConflict (fields named by period start).
        """
        for values in changes.values():
            for day, value in values.items():
                if not isinstance(day, date):
                    raise ValidationError("period", "A period must be a date.")
                if value is not None:
                    _number("value", value, "A value")
        # Values are kept by period start, which depends on the metric's period length; that
        # length cannot change while the metric has values, so reading it first is safe.
        with self._uow.reading() as s:
            lengths = {metric_id: _metric(s, metric_id).granularity for metric_id in changes}

        def by_start(metric_id: uuid.UUID, values: Values) -> dict[date, float | None]:
            return {
                period_start(day, lengths[metric_id]): None if value is None else float(value)
                for day, value in values.items()
            }

        edits: list[Change[Any]] = []
        for metric_id, values in changes.items():
            yours = by_start(metric_id, values)
            seen = None
            if base is not None and metric_id in base:
                seen = Base(0, {**dict.fromkeys(yours), **by_start(metric_id, base[metric_id])})
            edits.append(Change(_ValuesEdit(metric_id, list(yours)), yours, seen))
        done = checked_edits(self._uow, edits)
        return {
            metric_id: {day: edited.before.get(day, edited.values[day]) for day in edited.values}
            for metric_id, edited in zip(changes, done, strict=True)
        }

    # Cohort tables ----------------------------------------------------------------------

    def cohorts(self, journey_id: uuid.UUID) -> tuple[CohortRow, ...]:
        """The cohort table kept with a map (empty when none was loaded)."""
        with self._uow.reading() as s:
            return _read_cohorts(s, journey_id)

    @retry_stale("cohort table")
    def set_cohorts(
        self, journey_id: uuid.UUID, rows: tuple[CohortRow, ...]
    ) -> tuple[CohortRow, ...]:
        """Keeps a cohort table with a map (empty: removes it); returns the one it replaced."""
        for row in rows:
            if row.offset < 0:
                raise ValidationError("offset", "A period offset cannot be negative.")
            _number("retained", row.retained, "A retained value")
        with self._uow.transaction() as s:
            if s.get(JourneyMap, journey_id) is None:
                raise NotFoundError("This journey map no longer exists.")
            before = _read_cohorts(s, journey_id)
            key = _cohort_key(journey_id)
            stored = s.get(WorkspaceSetting, key)
            if not rows:
                if stored is not None:
                    s.delete(stored)
                return before
            stored = stored or WorkspaceSetting(key=key)
            stored.value = json.dumps(
                [[r.cohort.isoformat(), r.offset, r.retained, r.percent] for r in rows]
            )
            s.add(stored)
            return before


def _cohort_key(journey_id: uuid.UUID) -> str:
    return f"cohorts:{journey_id}"


def _read_cohorts(s: Session, journey_id: uuid.UUID) -> tuple[CohortRow, ...]:
    stored = s.get(WorkspaceSetting, _cohort_key(journey_id))
    if stored is None or not stored.value:
        return ()
    try:
        return tuple(
            CohortRow(date.fromisoformat(c), int(o), float(r), bool(p))
            for c, o, r, p in json.loads(stored.value)
        )
    except (ValueError, TypeError):
        # A hand-edited or damaged setting must not break the map; it reads as no table.
        return ()
