"""Named snapshots of a journey map: save, list, open read-only, compare, restore."""

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlmodel import Session, col, delete, select

from personabuilder.model import Direction, Evidence, Granularity, LaneKind, MetricUnit
from personabuilder.model.tables import (
    Cell,
    EmotionScore,
    JourneyMap,
    JourneyPersona,
    Lane,
    Metric,
    MetricValue,
    Persona,
    Snapshot,
    Stage,
)
from personabuilder.model.types import utcnow
from personabuilder.services import validation as v
from personabuilder.services.conflicts import retry_stale
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.journeys import _detail
from personabuilder.services.readmodels import (
    CellView,
    EmotionView,
    JourneyDetail,
    LaneView,
    MetricView,
    PersonaRef,
    StageView,
)
from personabuilder.services.unit import UnitOfWork

PAYLOAD_VERSION = 1


@dataclass(frozen=True)
class SnapshotInfo:
    """A snapshot as the list of snapshots shows it."""

    id: uuid.UUID
    journey_id: uuid.UUID
    name: str
    created_at: datetime


@dataclass(frozen=True)
class MapDiff:
    """How a map differs from a snapshot, cell by cell (keys are stage and lane ids)."""

    added: frozenset[tuple[uuid.UUID, uuid.UUID]]
    removed: frozenset[tuple[uuid.UUID, uuid.UUID]]
    changed: frozenset[tuple[uuid.UUID, uuid.UUID]]
    stages_added: frozenset[uuid.UUID]
    stages_removed: frozenset[uuid.UUID]
    lanes_added: frozenset[uuid.UUID]
    lanes_removed: frozenset[uuid.UUID]

    @property
    def unchanged(self) -> bool:
        """True when the map is as the snapshot saw it."""
        return not any(
            (
                self.added,
                self.removed,
                self.changed,
                self.stages_added,
                self.stages_removed,
                self.lanes_added,
                self.lanes_removed,
            )
        )


def to_payload(d: JourneyDetail) -> str:
    """A journey map as self-contained JSON (what a snapshot stores)."""
    doc = {
        "version": PAYLOAD_VERSION,
        "id": str(d.id),
        "title": d.title,
        "description": d.description,
        "created_at": d.created_at.isoformat(),
        "updated_at": d.updated_at.isoformat(),
        "personas": [[str(p.id), p.name, p.archetype.value] for p in d.personas],
        "stages": [
            [str(s.id), s.position, s.name, s.description, s.colour, _opt(s.loop_to_id)]
            for s in d.stages
        ],
        "lanes": [[str(ln.id), ln.position, ln.kind.value, ln.name, ln.colour] for ln in d.lanes],
        "cells": [
            [str(c.id), str(c.stage_id), str(c.lane_id), c.text, list(c.items), _opt(c.evidence)]
            for c in d.cells
        ],
        "emotions": [[str(e.stage_id), str(e.persona_id), e.as_is, e.to_be] for e in d.emotions],
        "metrics": [
            [
                str(m.id),
                str(m.stage_id),
                m.position,
                m.name,
                m.unit.value,
                m.direction.value,
                m.target,
                m.granularity.value,
                [[day.isoformat(), value] for day, value in m.values],
                m.catalogue_key,
            ]
            for m in d.metrics
        ],
    }
    return json.dumps(doc, ensure_ascii=False)


def _opt(value: object) -> str | None:
    if value is None:
        return None
    return value.value if isinstance(value, Evidence) else str(value)


def _uid(text: str | None) -> uuid.UUID | None:
    return uuid.UUID(text) if text else None


def from_payload(payload: str) -> JourneyDetail:
    """The journey map a snapshot holds, as a read model."""
    from personabuilder.model import Archetype

    doc: dict[str, Any] = json.loads(payload)
    if doc.get("version") != PAYLOAD_VERSION:
        raise ValidationError("snapshot", "This snapshot was saved by a newer PersonaBuilder.")
    return JourneyDetail(
        id=uuid.UUID(doc["id"]),
        title=doc["title"],
        description=doc["description"],
        created_at=datetime.fromisoformat(doc["created_at"]),
        updated_at=datetime.fromisoformat(doc["updated_at"]),
        personas=tuple(PersonaRef(uuid.UUID(i), n, Archetype(a)) for i, n, a in doc["personas"]),
        stages=tuple(
            StageView(uuid.UUID(i), pos, n, desc, colour, _uid(loop))
            for i, pos, n, desc, colour, loop in doc["stages"]
        ),
        lanes=tuple(
            LaneView(uuid.UUID(i), pos, LaneKind(k), n, colour)
            for i, pos, k, n, colour in doc["lanes"]
        ),
        cells=tuple(
            CellView(
                uuid.UUID(i),
                uuid.UUID(s),
                uuid.UUID(ln),
                text,
                tuple(items),
                Evidence(ev) if ev else None,
            )
            for i, s, ln, text, items, ev in doc["cells"]
        ),
        emotions=tuple(
            EmotionView(uuid.UUID(s), uuid.UUID(p), a, b) for s, p, a, b in doc["emotions"]
        ),
        metrics=tuple(
            MetricView(
                uuid.UUID(i),
                uuid.UUID(s),
                pos,
                n,
                MetricUnit(unit),
                Direction(direction),
                target,
                Granularity(granularity),
                tuple((date.fromisoformat(day), value) for day, value in values),
                # Snapshots saved before metrics had catalogue keys hold nine fields.
                str(rest[0]) if rest else "",
            )
            for i, s, pos, n, unit, direction, target, granularity, values, *rest in doc["metrics"]
        ),
    )


def compare(before: JourneyDetail, after: JourneyDetail) -> MapDiff:
    """What changed from ``before`` (a snapshot) to ``after`` (the map now)."""
    old = {(c.stage_id, c.lane_id): (c.text, c.items, c.evidence) for c in before.cells}
    new = {(c.stage_id, c.lane_id): (c.text, c.items, c.evidence) for c in after.cells}
    old_stages = {s.id: (s.name, s.loop_to_id) for s in before.stages}
    new_stages = {s.id: (s.name, s.loop_to_id) for s in after.stages}
    old_lanes = {ln.id for ln in before.lanes}
    new_lanes = {ln.id for ln in after.lanes}
    return MapDiff(
        added=frozenset(new.keys() - old.keys()),
        removed=frozenset(old.keys() - new.keys()),
        changed=frozenset(k for k in old.keys() & new.keys() if old[k] != new[k]),
        stages_added=frozenset(new_stages.keys() - old_stages.keys()),
        stages_removed=frozenset(old_stages.keys() - new_stages.keys()),
        lanes_added=frozenset(new_lanes - old_lanes),
        lanes_removed=frozenset(old_lanes - new_lanes),
    )


class SnapshotService:
    """Snapshots of the journey maps of one workspace."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def create(
        self, journey_id: uuid.UUID, name: str, *, snapshot_id: uuid.UUID | None = None
    ) -> SnapshotInfo:
        """Saves the map as it is now under ``name``."""
        name = v.required_name("name", name, "Snapshot name")
        with self._uow.transaction() as s:
            payload = to_payload(_detail(s, journey_id))
            row = Snapshot(
                id=snapshot_id or uuid.uuid4(), journey_id=journey_id, name=name, payload=payload
            )
            s.add(row)
            return SnapshotInfo(row.id, row.journey_id, row.name, row.created_at)

    def summaries(self, journey_id: uuid.UUID) -> list[SnapshotInfo]:
        """The snapshots of a map, newest first."""
        with self._uow.reading() as s:
            rows = s.exec(
                select(Snapshot.id, Snapshot.journey_id, Snapshot.name, Snapshot.created_at)
                .where(Snapshot.journey_id == journey_id)
                .order_by(col(Snapshot.created_at).desc())
            ).all()
        return [SnapshotInfo(*row) for row in rows]

    def get(self, snapshot_id: uuid.UUID) -> JourneyDetail:
        """The map as the snapshot saw it (read-only)."""
        with self._uow.reading() as s:
            row = s.get(Snapshot, snapshot_id)
            if row is None:
                raise NotFoundError("This snapshot no longer exists.")
            return from_payload(row.payload)

    def compare_with_current(self, snapshot_id: uuid.UUID) -> tuple[JourneyDetail, MapDiff]:
        """The current map and how it differs from the snapshot."""
        snapshot = self.get(snapshot_id)
        with self._uow.reading() as s:
            current = _detail(s, snapshot.id)
        return current, compare(snapshot, current)

    def delete(self, snapshot_id: uuid.UUID) -> tuple[SnapshotInfo, str]:
        """Deletes a snapshot; returns what undo needs to put it back."""
        with self._uow.transaction() as s:
            row = s.get(Snapshot, snapshot_id)
            if row is None:
                raise NotFoundError("This snapshot no longer exists.")
            info = SnapshotInfo(row.id, row.journey_id, row.name, row.created_at)
            payload = row.payload
            s.delete(row)
            return info, payload

    def put_back(self, info: SnapshotInfo, payload: str) -> None:
        """Re-inserts a deleted snapshot exactly."""
        with self._uow.transaction() as s:
            s.add(
                Snapshot(
                    id=info.id,
                    journey_id=info.journey_id,
                    name=info.name,
                    created_at=info.created_at,
                    payload=payload,
                )
            )

    def capture(self, journey_id: uuid.UUID) -> str:
        """The map as it is now, as a payload (kept by undo before a restore)."""
        with self._uow.reading() as s:
            return to_payload(_detail(s, journey_id))

    def restore(self, snapshot_id: uuid.UUID) -> str:
        """Makes the map what the snapshot holds; returns the map before, for undo."""
        with self._uow.reading() as s:
            row = s.get(Snapshot, snapshot_id)
            if row is None:
                raise NotFoundError("This snapshot no longer exists.")
            payload = row.payload
        before = self.capture(from_payload(payload).id)
        self.replace_content(payload)
        return before

    @retry_stale("journey map")
    def replace_content(self, payload: str) -> None:
        """Replaces a map's stages, lanes, cells, scores, metrics and links with ``payload``."""
        d = from_payload(payload)
        with self._uow.transaction() as s:
            journey = s.get(JourneyMap, d.id)
            if journey is None:
                raise NotFoundError("This journey map no longer exists.")
            _replace(s, journey, d)


def _replace(s: Session, journey: JourneyMap, d: JourneyDetail) -> None:
    # Cascades remove cells, scores, metrics and values with their stages and lanes.
    s.exec(delete(Stage).where(col(Stage.journey_id) == journey.id))
    s.exec(delete(Lane).where(col(Lane.journey_id) == journey.id))
    s.exec(delete(JourneyPersona).where(col(JourneyPersona.journey_id) == journey.id))
    s.expire_all()
    journey.title, journey.description = d.title, d.description
    journey.updated_at = utcnow()
    s.add(journey)
    existing = set(
        s.exec(select(Persona.id).where(col(Persona.id).in_([p.id for p in d.personas])))
    )
    for i, p in enumerate(d.personas):
        if p.id in existing:
            s.add(JourneyPersona(journey_id=journey.id, persona_id=p.id, position=i))
    s.add_all(
        Stage(
            id=st.id,
            journey_id=journey.id,
            position=st.position,
            name=st.name,
            description=st.description,
            colour=st.colour,
        )
        for st in d.stages
    )
    s.add_all(
        Lane(
            id=ln.id,
            journey_id=journey.id,
            position=ln.position,
            kind=ln.kind,
            name=ln.name,
            colour=ln.colour,
        )
        for ln in d.lanes
    )
    s.flush()
    for st in d.stages:
        if st.loop_to_id is not None:
            row = s.get(Stage, st.id)
            assert row is not None
            row.loop_to_id = st.loop_to_id
            s.add(row)
    s.add_all(
        Cell(
            id=c.id,
            stage_id=c.stage_id,
            lane_id=c.lane_id,
            text=c.text,
            items=[dict(i) for i in c.items],
            evidence=c.evidence,
        )
        for c in d.cells
    )
    s.add_all(
        EmotionScore(stage_id=e.stage_id, persona_id=e.persona_id, as_is=e.as_is, to_be=e.to_be)
        for e in d.emotions
        if e.persona_id in existing
    )
    for m in d.metrics:
        s.add(
            Metric(
                id=m.id,
                stage_id=m.stage_id,
                position=m.position,
                name=m.name,
                unit=m.unit,
                direction=m.direction,
                target=m.target,
                granularity=m.granularity,
                catalogue_key=m.catalogue_key,
            )
        )
        s.add_all(MetricValue(metric_id=m.id, period_start=day, value=val) for day, val in m.values)


@dataclass(frozen=True)
class JourneyRecord:
    """Everything a deleted journey map took with it, so undo can put it back exactly."""

    position: int
    created_at: datetime
    payload: str
    snapshots: tuple[tuple[SnapshotInfo, str], ...]


class JourneyLifecycle:
    """Deleting a whole journey map and putting it back (the undo of a creation)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    @retry_stale("journey map")
    def delete(self, journey_id: uuid.UUID) -> JourneyRecord:
        """Deletes a map with everything on it; returns the record undo needs."""
        with self._uow.transaction() as s:
            journey = s.get(JourneyMap, journey_id)
            if journey is None:
                raise NotFoundError("This journey map no longer exists.")
            record = JourneyRecord(
                position=journey.position,
                created_at=journey.created_at,
                payload=to_payload(_detail(s, journey_id)),
                snapshots=tuple(
                    (SnapshotInfo(r.id, r.journey_id, r.name, r.created_at), r.payload)
                    for r in s.exec(select(Snapshot).where(Snapshot.journey_id == journey_id))
                ),
            )
            s.delete(journey)
            return record

    def restore(self, record: JourneyRecord) -> uuid.UUID:
        """Puts a deleted map back with the same ids, content and snapshots."""
        d = from_payload(record.payload)
        with self._uow.transaction() as s:
            journey = JourneyMap(
                id=d.id,
                position=record.position,
                title=d.title,
                description=d.description,
                created_at=record.created_at,
                updated_at=d.updated_at,
            )
            s.add(journey)
            s.flush()
            _replace(s, journey, d)
            journey.updated_at = d.updated_at
            s.add_all(
                Snapshot(
                    id=info.id,
                    journey_id=info.journey_id,
                    name=info.name,
                    created_at=info.created_at,
                    payload=payload,
                )
                for info, payload in record.snapshots
            )
        return d.id
