"""Journey map verbs: list, read, create from a spec, rename, delete (one transaction each)."""

import uuid
from collections import defaultdict
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import func
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from personabuilder.model import Archetype, Evidence
from personabuilder.model.tables import (
    Cell,
    EmotionScore,
    JourneyMap,
    JourneyPersona,
    Lane,
    Metric,
    MetricValue,
    Persona,
    Stage,
)
from personabuilder.model.types import utcnow
from personabuilder.services import validation as v
from personabuilder.services.conflicts import Base, Edited, checked_edit
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.readmodels import (
    CellView,
    EmotionView,
    JourneyDetail,
    JourneySpec,
    LaneView,
    MetricView,
    PersonaRef,
    StageView,
)
from personabuilder.services.unit import UnitOfWork


def _validate(spec: JourneySpec) -> None:
    v.required_name("title", spec.title, "Title")
    v.bounded("description", spec.description, "Description")
    n_stages, n_lanes = len(spec.stages), len(spec.lanes)
    for i, stage in enumerate(spec.stages):
        v.required_name("stage", stage.name, f"Stage {i + 1} name")
        if stage.loop_to is not None and not (0 <= stage.loop_to < n_stages and stage.loop_to != i):
            raise ValidationError(
                "loop_to", f"Stage {stage.name!r} loops to a stage that is not there."
            )
    for lane in spec.lanes:
        v.required_name("lane", lane.name, "Lane name")
    for (si, li), cell in spec.cells.items():
        if not (0 <= si < n_stages and 0 <= li < n_lanes):
            raise ValidationError("cells", "A cell lies outside the map's stages and lanes.")
        v.bounded("cells", cell.text, "Cell text")
    followed = set(spec.persona_ids)
    for (si, pid), (as_is, to_be) in spec.emotions.items():
        if not 0 <= si < n_stages:
            raise ValidationError("emotions", "An emotion score names a stage that is not there.")
        if pid not in followed:
            raise ValidationError(
                "emotions", "An emotion score names a persona this map does not follow."
            )
        for score in (as_is, to_be):
            if score is not None:
                v.score("emotions", score, "Emotion score", -2, 2)
    for metric in spec.metrics:
        v.required_name("metric", metric.name, "Metric name")
        if not 0 <= metric.stage < n_stages:
            raise ValidationError(
                "metrics", f"Metric {metric.name!r} names a stage that is not there."
            )


class JourneyService:
    """Journey maps of one workspace."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def get(self, journey_id: uuid.UUID) -> JourneyDetail:
        """A whole journey map."""
        with self._uow.reading() as s:
            return _detail(s, journey_id)

    def create(self, spec: JourneySpec, *, journey_id: uuid.UUID | None = None) -> uuid.UUID:
        """Creates a whole journey map (stages, lanes, cells, scores, metrics) at once."""
        _validate(spec)
        with self._uow.transaction() as s:
            for pid in spec.persona_ids:
                if s.get(Persona, pid) is None:
                    raise NotFoundError("A linked persona no longer exists.")
            last = s.exec(select(func.max(JourneyMap.position))).one()
            journey = JourneyMap(
                id=journey_id or uuid.uuid4(),
                position=(last or 0) + 1,
                title=spec.title.strip(),
                description=spec.description,
            )
            s.add(journey)
            s.flush()
            for i, pid in enumerate(spec.persona_ids):
                s.add(JourneyPersona(journey_id=journey.id, persona_id=pid, position=i))
            stages = [
                Stage(
                    journey_id=journey.id,
                    position=i,
                    name=st.name.strip(),
                    description=st.description,
                    colour=st.colour,
                )
                for i, st in enumerate(spec.stages)
            ]
            lanes = [
                Lane(
                    journey_id=journey.id,
                    position=i,
                    kind=ln.kind,
                    name=ln.name.strip(),
                    colour=ln.colour,
                )
                for i, ln in enumerate(spec.lanes)
            ]
            s.add_all(stages)
            s.add_all(lanes)
            s.flush()
            # Loops may point forward too, so they are set once every stage row exists.
            for st, stage in zip(spec.stages, stages, strict=True):
                if st.loop_to is not None:
                    stage.loop_to_id = stages[st.loop_to].id
            s.flush()
            s.add_all(
                Cell(
                    stage_id=stages[si].id,
                    lane_id=lanes[li].id,
                    text=cell.text,
                    items=[dict(item) for item in cell.items],
                    evidence=cell.evidence,
                )
                for (si, li), cell in spec.cells.items()
            )
            s.add_all(
                EmotionScore(stage_id=stages[si].id, persona_id=pid, as_is=a, to_be=b)
                for (si, pid), (a, b) in spec.emotions.items()
            )
            for position, m in enumerate(spec.metrics):
                metric = Metric(
                    stage_id=stages[m.stage].id,
                    position=position,
                    name=m.name.strip(),
                    unit=m.unit,
                    direction=m.direction,
                    target=m.target,
                    granularity=m.granularity,
                    catalogue_key=m.catalogue_key[:100],
                )
                s.add(metric)
                s.add_all(
                    MetricValue(metric_id=metric.id, period_start=d, value=value)
                    for d, value in m.values
                )
            return journey.id

    def edit(
        self, journey_id: uuid.UUID, changes: Mapping[str, Any], base: Base | None = None
    ) -> Edited:
        """Changes the title or description, merged with others' changes since ``base``."""
        clean: dict[str, Any] = {}
        for key, value in changes.items():
            if key == "title":
                clean[key] = v.required_name("title", value, "Title")
            elif key == "description":
                clean[key] = v.bounded("description", value, "Description")
            else:
                raise ValidationError(key, f"Journey maps have no field {key!r}.")
        return checked_edit(self._uow, _MapEdit(journey_id), clean, base)

    def rename(self, journey_id: uuid.UUID, title: str, *, base: Base | None = None) -> str:
        """Renames a journey map; returns the title it had."""
        done = self.edit(journey_id, {"title": title}, base)
        return str(done.before.get("title", done.values["title"]))


class _MapEdit:
    """A journey map's own fields as a checked edit sees them."""

    what = "journey map"

    def __init__(self, journey_id: uuid.UUID) -> None:
        self.row_id = journey_id

    def load(self, s: Session) -> JourneyMap | None:
        return s.get(JourneyMap, self.row_id)

    def version(self, row: JourneyMap) -> int:
        return row.version

    def values(self, row: JourneyMap) -> dict[str, Any]:
        return {"title": row.title, "description": row.description}

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("title", ""))

    def write(self, s: Session, row: JourneyMap, writes: dict[str, Any]) -> int:
        for key, value in writes.items():
            setattr(row, key, value)
        row.updated_at = utcnow()
        s.add(row)
        s.flush()
        return row.version


def _detail(s: Session, journey_id: uuid.UUID) -> JourneyDetail:
    journey = s.get(JourneyMap, journey_id)
    if journey is None:
        raise NotFoundError("This journey map no longer exists.")
    personas = s.exec(
        select(Persona.id, Persona.name, Persona.archetype)
        .join(JourneyPersona, col(JourneyPersona.persona_id) == Persona.id)
        .where(JourneyPersona.journey_id == journey_id)
        .order_by(col(JourneyPersona.position))
    ).all()
    stages = s.exec(
        select(Stage).where(Stage.journey_id == journey_id).order_by(col(Stage.position))
    ).all()
    lanes = s.exec(
        select(Lane).where(Lane.journey_id == journey_id).order_by(col(Lane.position))
    ).all()
    stage_ids = [st.id for st in stages]
    # Ordered by stage then lane (or persona) position so equal maps read back equal.
    # Plain columns, not entities: a big map reads several times faster without the ORM's
    # identity map and mutable-JSON tracking, and the read model copies the values anyway.
    cells = (
        s.connection()
        .execute(
            sa_select(
                col(Cell.id),
                col(Cell.stage_id),
                col(Cell.lane_id),
                col(Cell.text),
                col(Cell.items),
                col(Cell.evidence),
                col(Cell.version),
            )
            .join(Stage, col(Stage.id) == Cell.stage_id)
            .join(Lane, col(Lane.id) == Cell.lane_id)
            .where(col(Stage.journey_id) == journey_id)
            .order_by(col(Stage.position), col(Lane.position))
        )
        .all()
    )
    emotions = s.exec(
        select(
            col(EmotionScore.stage_id),
            col(EmotionScore.persona_id),
            col(EmotionScore.as_is),
            col(EmotionScore.to_be),
        )
        .join(Stage, col(Stage.id) == EmotionScore.stage_id)
        .outerjoin(
            JourneyPersona,
            (col(JourneyPersona.persona_id) == EmotionScore.persona_id)
            & (col(JourneyPersona.journey_id) == journey_id),
        )
        .where(Stage.journey_id == journey_id)
        .order_by(col(Stage.position), col(JourneyPersona.position), col(EmotionScore.persona_id))
    ).all()
    metrics = s.exec(
        select(Metric).where(col(Metric.stage_id).in_(stage_ids)).order_by(col(Metric.position))
    ).all()
    values: dict[uuid.UUID, list[tuple[date, float]]] = defaultdict(list)
    for metric_id, period_start, value in s.exec(
        select(col(MetricValue.metric_id), col(MetricValue.period_start), col(MetricValue.value))
        .where(col(MetricValue.metric_id).in_([m.id for m in metrics]))
        .order_by(col(MetricValue.period_start))
    ):
        values[metric_id].append((period_start, value))
    stage_order = {sid: i for i, sid in enumerate(stage_ids)}
    return JourneyDetail(
        id=journey.id,
        title=journey.title,
        description=journey.description,
        created_at=journey.created_at,
        updated_at=journey.updated_at,
        version=journey.version,
        personas=tuple(PersonaRef(pid, name, Archetype(kind)) for pid, name, kind in personas),
        stages=tuple(
            StageView(
                st.id, st.position, st.name, st.description, st.colour, st.loop_to_id, st.version
            )
            for st in stages
        ),
        lanes=tuple(
            LaneView(ln.id, ln.position, ln.kind, ln.name, ln.colour, ln.version) for ln in lanes
        ),
        cells=tuple(
            CellView(
                cid, sid, lid, text, tuple(items), None if ev is None else Evidence(ev), version
            )
            for cid, sid, lid, text, items, ev, version in cells
        ),
        emotions=tuple(EmotionView(*e) for e in emotions),
        metrics=tuple(
            sorted(
                (
                    MetricView(
                        m.id,
                        m.stage_id,
                        m.position,
                        m.name,
                        m.unit,
                        m.direction,
                        m.target,
                        m.granularity,
                        tuple(values[m.id]),
                        m.catalogue_key,
                        m.version,
                    )
                    for m in metrics
                ),
                key=lambda m: (stage_order[m.stage_id], m.position),
            )
        ),
    )
