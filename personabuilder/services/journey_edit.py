"""Journey map editing verbs: stages, lanes, cells, loops, evidence, channels, personas."""

import json
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select, update

from personabuilder.model import Evidence, LaneKind
from personabuilder.model.tables import (
    NAME_MAX,
    CapturedItem,
    Cell,
    EmotionScore,
    JourneyMap,
    JourneyPersona,
    Lane,
    Metric,
    MetricValue,
    Persona,
    Stage,
    WorkspaceSetting,
)
from personabuilder.model.types import utcnow
from personabuilder.services import validation as v
from personabuilder.services.conflicts import (
    Base,
    Change,
    Edited,
    EditTarget,
    checked_edit,
    checked_edits,
    retry_stale,
)
from personabuilder.services.errors import NotFoundError, RowGoneError, ValidationError
from personabuilder.services.readmodels import (
    CellView,
    EmotionView,
    LaneView,
    MetricView,
    StageView,
)
from personabuilder.services.unit import UnitOfWork

CHANNEL_SETTING = "channel_catalogue"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
# Which extra keys an item may carry in a lane of each kind; True marks a 1..5 score.
_ITEM_KEYS: dict[LaneKind, dict[str, bool]] = {
    LaneKind.PAIN_POINTS: {"severity": True},
    LaneKind.OPPORTUNITIES: {"impact": True, "effort": True},
    LaneKind.BACKSTAGE: {"owner": False, "system": False},
}
# Any item may say which workshop session it came from (the session's title).
WORKSHOP_KEY = "workshop"
_ITEM_LABELS = {
    WORKSHOP_KEY: "Workshop",
    "severity": "Severity",
    "impact": "Impact",
    "effort": "Effort",
    "owner": "Owner",
    "system": "System",
}


@dataclass(frozen=True)
class CellContent:
    """What a cell holds: text, bullet items and an evidence mark."""

    text: str = ""
    items: tuple[dict[str, Any], ...] = ()
    evidence: Evidence | None = None
    # The stored row's id, so undo re-creates a removed cell under the same id.
    cell_id: uuid.UUID | None = field(default=None, compare=False)

    @property
    def is_empty(self) -> bool:
        """True when nothing would be stored."""
        return not self.text and not self.items and self.evidence is None


@dataclass(frozen=True)
class StageRecord:
    """Everything a deleted stage took with it, so undo can put it back exactly."""

    journey_id: uuid.UUID
    stage: StageView
    cells: tuple[CellView, ...]
    emotions: tuple[EmotionView, ...]
    metrics: tuple[MetricView, ...]
    looped_from: tuple[uuid.UUID, ...]  # stages whose loop pointed to this one
    captured: tuple[uuid.UUID, ...]  # workshop items captured at this stage
    metric_keys: tuple[tuple[uuid.UUID, str], ...] = ()  # (metric id, catalogue key)


@dataclass(frozen=True)
class LaneRecord:
    """Everything a deleted lane took with it, so undo can put it back exactly."""

    journey_id: uuid.UUID
    lane: LaneView
    cells: tuple[CellView, ...]


@dataclass(frozen=True)
class PersonaLink:
    """A persona's link to a map with its emotion scores there, for undo."""

    journey_id: uuid.UUID
    persona_id: uuid.UUID
    position: int
    emotions: tuple[EmotionView, ...]


_STAGE_FIELDS = ("name", "description", "colour", "loop_to_id")
_LANE_FIELDS = ("name", "colour")


def _stage_field(key: str, value: Any) -> Any:
    """A stage field checked and normalised for a write."""
    if key == "name":
        return v.required_name("name", value, "Stage name")
    if key == "description":
        return v.bounded("description", value, "Stage description")
    if key == "colour":
        return _colour("colour", value)
    if key == "loop_to_id":
        if value is not None and not isinstance(value, uuid.UUID):
            raise ValidationError("loop_to", "A stage loops to a stage id.")
        return value
    raise ValidationError(key, f"Stages have no field {key!r}.")


def _lane_field(key: str, value: Any) -> Any:
    """A lane field checked and normalised for a write."""
    if key == "name":
        return v.required_name("name", value, "Lane name")
    if key == "colour":
        return _colour("colour", value)
    raise ValidationError(key, f"Lanes have no field {key!r}.")


def _colour(field: str, colour: str) -> str:
    colour = colour.strip()
    if colour and not _COLOUR.fullmatch(colour):
        raise ValidationError(field, f"{colour!r} is not a colour of the form #rrggbb.")
    return colour.lower()


def _items(kind: LaneKind, items: Any) -> list[dict[str, Any]]:
    """Checks bullet items against what a lane of ``kind`` allows; returns clean copies."""
    if not isinstance(items, list | tuple):
        raise ValidationError("items", "Items must be a list.")
    if len(items) > v.LIST_ITEMS_MAX:
        raise ValidationError("items", f"A cell holds at most {v.LIST_ITEMS_MAX} items.")
    allowed = {**_ITEM_KEYS.get(kind, {}), WORKSHOP_KEY: False}
    out: list[dict[str, Any]] = []
    for item in items:
        if not isinstance(item, dict) or not isinstance(item.get("text"), str):
            raise ValidationError("items", "Each item needs a text.")
        clean: dict[str, Any] = {
            "text": v.bounded("items", item["text"], "Item text", NAME_MAX * 5)
        }
        for key, value in item.items():
            if key == "text":
                continue
            if key not in allowed:
                raise ValidationError("items", f"Items of this lane have no {key!r}.")
            label = _ITEM_LABELS[key]
            if allowed[key]:
                clean[key] = v.score("items", value, label, 1, 5)
            elif not isinstance(value, str):
                raise ValidationError("items", f"{label} must be text.")
            else:
                clean[key] = v.bounded("items", value, label, NAME_MAX)
        out.append(clean)
    return out


def _journey(s: Session, journey_id: uuid.UUID) -> JourneyMap:
    row = s.get(JourneyMap, journey_id)
    if row is None:
        raise NotFoundError("This journey map no longer exists.")
    return row


def _touch(s: Session, journey_id: uuid.UUID) -> None:
    # A plain UPDATE: when a map last changed is no edit of the map's own fields, so it
    # neither bumps the map's version nor fails because a colleague edited another cell.
    done = s.connection().execute(
        update(JourneyMap).where(col(JourneyMap.id) == journey_id).values(updated_at=utcnow())
    )
    if not done.rowcount:
        raise NotFoundError("This journey map no longer exists.")


def _stage(s: Session, stage_id: uuid.UUID) -> Stage:
    row = s.get(Stage, stage_id)
    if row is None:
        raise NotFoundError("This stage no longer exists.")
    return row


def _lane(s: Session, lane_id: uuid.UUID) -> Lane:
    row = s.get(Lane, lane_id)
    if row is None:
        raise NotFoundError("This lane no longer exists.")
    return row


def _stages(s: Session, journey_id: uuid.UUID) -> list[Stage]:
    return list(
        s.exec(select(Stage).where(Stage.journey_id == journey_id).order_by(col(Stage.position)))
    )


def _lanes(s: Session, journey_id: uuid.UUID) -> list[Lane]:
    return list(
        s.exec(select(Lane).where(Lane.journey_id == journey_id).order_by(col(Lane.position)))
    )


def _renumber(s: Session, rows: Sequence[Stage | Lane]) -> None:
    for i, row in enumerate(rows):
        if row.position != i:
            row.position = i
            s.add(row)


def _insert_at(index: int, count: int) -> int:
    if not 0 <= index <= count:
        raise ValidationError("index", f"Position {index} is outside 0..{count}.")
    return index


def _cell_view(c: Cell) -> CellView:
    return CellView(
        c.id, c.stage_id, c.lane_id, c.text, tuple(dict(i) for i in c.items), c.evidence, c.version
    )


class _FieldsEdit:
    """Some fields of a stage or a lane as a checked edit sees them."""

    def __init__(
        self, model: type[Stage] | type[Lane], row_id: uuid.UUID, names: tuple[str, ...]
    ) -> None:
        self.what = "stage" if model is Stage else "lane"
        self.model = model
        self.row_id = row_id
        self.names = names

    def load(self, s: Session) -> Stage | Lane | None:
        return s.get(Stage, self.row_id) if self.model is Stage else s.get(Lane, self.row_id)

    def version(self, row: Stage | Lane) -> int:
        return row.version

    def values(self, row: Stage | Lane) -> dict[str, Any]:
        return {name: getattr(row, name) for name in self.names}

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("name", ""))

    def write(self, s: Session, row: Stage | Lane, writes: dict[str, Any]) -> int:
        target = writes.get("loop_to_id")
        if target is not None:
            other = s.get(Stage, target)
            if other is None or other.journey_id != row.journey_id or target == row.id:
                raise ValidationError("loop_to", "A stage loops only to another stage of its map.")
        for name, value in writes.items():
            setattr(row, name, value)
        s.add(row)
        s.flush()
        _touch(s, row.journey_id)
        return row.version


@dataclass
class _CellState:
    stage: Stage
    lane: Lane
    cell: Cell | None


class _CellEdit:
    """The content at a stage x lane as a checked edit sees it: no row reads as version 0."""

    what = "cell"

    def __init__(self, stage_id: uuid.UUID, lane_id: uuid.UUID, cell_id: uuid.UUID | None) -> None:
        self.stage_id, self.lane_id, self.new_id = stage_id, lane_id, cell_id
        self.row_id = (stage_id, lane_id)

    def load(self, s: Session) -> _CellState:
        stage, lane = s.get(Stage, self.stage_id), s.get(Lane, self.lane_id)
        if stage is None or lane is None:
            what, key = ("stage", self.stage_id) if stage is None else ("lane", self.lane_id)
            raise RowGoneError(what, key)
        if stage.journey_id != lane.journey_id:
            raise ValidationError("cell", "The stage and the lane belong to different maps.")
        cell = s.exec(
            select(Cell).where(Cell.stage_id == self.stage_id, Cell.lane_id == self.lane_id)
        ).first()
        return _CellState(stage, lane, cell)

    def version(self, state: _CellState) -> int:
        return 0 if state.cell is None else state.cell.version

    def values(self, state: _CellState) -> dict[str, Any]:
        # "id" is read, never merged (no base names it): set_cell returns the row it replaced.
        c = state.cell
        if c is None:
            return {"text": "", "items": (), "evidence": None, "id": None}
        return {
            "text": c.text,
            "items": tuple(dict(i) for i in c.items),
            "evidence": c.evidence,
            "id": c.id,
        }

    def label(self, values: Mapping[str, Any]) -> str:
        return ""

    def write(self, s: Session, state: _CellState, writes: dict[str, Any]) -> int:
        now = {**self.values(state), **writes}
        now.pop("id")
        if "items" in writes:
            now["items"] = _items(state.lane.kind, writes["items"])
        row = state.cell
        empty = not now["text"] and not now["items"] and now["evidence"] is None
        if empty:
            if row is not None:
                s.delete(row)
        else:
            if row is None:
                row = Cell(
                    id=self.new_id or uuid.uuid4(), stage_id=self.stage_id, lane_id=self.lane_id
                )
            row.text, row.evidence = now["text"], now["evidence"]
            row.items = [dict(i) for i in now["items"]]
            s.add(row)
        s.flush()
        _touch(s, state.stage.journey_id)
        return 0 if empty or row is None else row.version


def _cell_changes(changes: Mapping[str, Any]) -> dict[str, Any]:
    """A cell edit's fields checked and in stored form; raises ValidationError."""
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "text":
            if not isinstance(value, str):
                raise ValidationError("text", "Cell text must be text.")
            clean[key] = v.bounded("text", value, "Cell text")
        elif key == "items":
            if not isinstance(value, list | tuple):
                raise ValidationError("items", "Items must be a list.")
            clean[key] = tuple(value)
        elif key == "evidence":
            clean[key] = None if value is None else Evidence(value)
        else:
            raise ValidationError(key, f"Cells have no field {key!r}.")
    return clean


@dataclass(frozen=True)
class CellChange:
    """One cell's part of ``edit_cells``: where, what to store, and what it was based on.

    ``base`` is the cell as shown (None: as stored when the edit runs); ``cell_id`` names
    the row the edit creates, if it creates one (so undo and redo keep one id).
    """

    stage_id: uuid.UUID
    lane_id: uuid.UUID
    changes: Mapping[str, Any]
    base: Base | None = None
    cell_id: uuid.UUID | None = None


def _add_cell(s: Session, c: CellView) -> None:
    s.add(
        Cell(
            id=c.id,
            stage_id=c.stage_id,
            lane_id=c.lane_id,
            text=c.text,
            items=[dict(i) for i in c.items],
            evidence=c.evidence,
        )
    )


class JourneyEditService:
    """Edits the inside of journey maps; every verb returns what its undo needs."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # Stages -----------------------------------------------------------------------------

    @retry_stale("stage")
    def add_stage(
        self,
        journey_id: uuid.UUID,
        index: int,
        name: str,
        colour: str = "",
        stage_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Inserts a stage at ``index``; returns its id."""
        name = v.required_name("name", name, "Stage name")
        colour = _colour("colour", colour)
        with self._uow.transaction() as s:
            _touch(s, journey_id)
            stages = _stages(s, journey_id)
            index = _insert_at(index, len(stages))
            row = Stage(
                id=stage_id or uuid.uuid4(), journey_id=journey_id, name=name, colour=colour
            )
            stages.insert(index, row)
            # Existing rows move first; the new row is added with its final position.
            _renumber(s, stages)
            row.position = index
            s.add(row)
            return row.id

    def edit_stage(
        self, stage_id: uuid.UUID, changes: Mapping[str, Any], base: Base | None = None
    ) -> Edited:
        """Changes a stage's name, description, colour or loop, merged with others' changes
        since ``base`` (EditConflict or RowGoneError otherwise; nothing written then)."""
        clean = {key: _stage_field(key, value) for key, value in changes.items()}
        target: EditTarget[Stage | Lane] = _FieldsEdit(Stage, stage_id, _STAGE_FIELDS)
        return checked_edit(self._uow, target, clean, base)

    def edit_lane(
        self, lane_id: uuid.UUID, changes: Mapping[str, Any], base: Base | None = None
    ) -> Edited:
        """Changes a lane's name or colour, merged with others' changes since ``base``."""
        clean = {key: _lane_field(key, value) for key, value in changes.items()}
        target: EditTarget[Stage | Lane] = _FieldsEdit(Lane, lane_id, _LANE_FIELDS)
        return checked_edit(self._uow, target, clean, base)

    @staticmethod
    def _before(done: Edited, attr: str) -> Any:
        return done.before.get(attr, done.values[attr])

    def _move(
        self,
        load: Callable[[Session, uuid.UUID], Any],
        siblings: Callable[[Session, uuid.UUID], list[Any]],
        row_id: uuid.UUID,
        new_index: int,
    ) -> int:
        """Moves a stage or lane among its siblings; returns the index it had."""
        with self._uow.transaction() as s:
            row = load(s, row_id)
            rows = siblings(s, row.journey_id)
            if not 0 <= new_index < len(rows):
                raise ValidationError("index", f"Position {new_index} is outside the map.")
            old = next(i for i, r in enumerate(rows) if r.id == row_id)
            rows.insert(new_index, rows.pop(old))
            _renumber(s, rows)
            _touch(s, row.journey_id)
            return old

    def rename_stage(self, stage_id: uuid.UUID, name: str, *, base: Base | None = None) -> str:
        """Renames a stage; returns its old name."""
        return str(self._before(self.edit_stage(stage_id, {"name": name}, base), "name"))

    def recolour_stage(self, stage_id: uuid.UUID, colour: str, *, base: Base | None = None) -> str:
        """Sets a stage's colour ("#rrggbb" or "" for none); returns the old one."""
        return str(self._before(self.edit_stage(stage_id, {"colour": colour}, base), "colour"))

    @retry_stale("stage")
    def move_stage(self, stage_id: uuid.UUID, new_index: int) -> int:
        """Moves a stage to ``new_index``; returns the index it had."""
        return self._move(_stage, _stages, stage_id, new_index)

    def set_loop(
        self, stage_id: uuid.UUID, target_id: uuid.UUID | None, *, base: Base | None = None
    ) -> uuid.UUID | None:
        """Makes a stage loop back to another stage of its map (None: no loop); returns the old."""
        done = self.edit_stage(stage_id, {"loop_to_id": target_id}, base)
        before = self._before(done, "loop_to_id")
        return before if isinstance(before, uuid.UUID) else None

    @retry_stale("stage")
    def delete_stage(self, stage_id: uuid.UUID) -> StageRecord:
        """Deletes a stage with its cells, scores and metrics; returns them for undo."""
        with self._uow.transaction() as s:
            row = _stage(s, stage_id)
            cells = s.exec(select(Cell).where(Cell.stage_id == stage_id)).all()
            emotions = s.exec(select(EmotionScore).where(EmotionScore.stage_id == stage_id)).all()
            metrics = s.exec(
                select(Metric).where(Metric.stage_id == stage_id).order_by(col(Metric.position))
            ).all()
            metric_views = []
            for m in metrics:
                values = s.exec(
                    select(MetricValue)
                    .where(MetricValue.metric_id == m.id)
                    .order_by(col(MetricValue.period_start))
                ).all()
                metric_views.append(
                    MetricView(
                        m.id,
                        m.stage_id,
                        m.position,
                        m.name,
                        m.unit,
                        m.direction,
                        m.target,
                        m.granularity,
                        tuple((mv.period_start, mv.value) for mv in values),
                        m.catalogue_key,
                    )
                )
            record = StageRecord(
                journey_id=row.journey_id,
                stage=StageView(
                    row.id, row.position, row.name, row.description, row.colour, row.loop_to_id
                ),
                cells=tuple(_cell_view(c) for c in cells),
                emotions=tuple(
                    EmotionView(e.stage_id, e.persona_id, e.as_is, e.to_be) for e in emotions
                ),
                metrics=tuple(metric_views),
                looped_from=tuple(
                    s.exec(select(Stage.id).where(Stage.loop_to_id == stage_id)).all()
                ),
                captured=tuple(
                    s.exec(select(CapturedItem.id).where(CapturedItem.stage_id == stage_id)).all()
                ),
                # Catalogue keys are not part of MetricView; they travel beside it.
                metric_keys=tuple((m.id, m.catalogue_key) for m in metrics),
            )
            journey_id = row.journey_id
            for other in s.exec(select(Stage).where(Stage.loop_to_id == stage_id)):
                other.loop_to_id = None
                s.add(other)
            s.delete(row)
            s.flush()
            _renumber(s, _stages(s, journey_id))
            _touch(s, journey_id)
            return record

    @retry_stale("stage")
    def restore_stage(self, record: StageRecord) -> None:
        """Puts a deleted stage back exactly: same id, position, content and loops."""
        st = record.stage
        keys = dict(record.metric_keys)
        with self._uow.transaction() as s:
            _touch(s, record.journey_id)
            if s.get(Stage, st.id) is not None:
                raise ValidationError("stage", "This stage is already on the map.")
            stages = _stages(s, record.journey_id)
            index = min(st.position, len(stages))
            for i, other in enumerate(stages[index:], start=index + 1):
                other.position = i
                s.add(other)
            s.flush()
            loop = st.loop_to_id if st.loop_to_id and s.get(Stage, st.loop_to_id) else None
            s.add(
                Stage(
                    id=st.id,
                    journey_id=record.journey_id,
                    position=index,
                    name=st.name,
                    description=st.description,
                    colour=st.colour,
                    loop_to_id=loop,
                )
            )
            s.flush()
            for c in record.cells:
                if s.get(Lane, c.lane_id) is not None:
                    _add_cell(s, c)
            for e in record.emotions:
                if s.get(Persona, e.persona_id) is not None:
                    s.add(
                        EmotionScore(
                            stage_id=e.stage_id,
                            persona_id=e.persona_id,
                            as_is=e.as_is,
                            to_be=e.to_be,
                        )
                    )
            for m in record.metrics:
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
                        catalogue_key=keys.get(m.id, ""),
                    )
                )
            s.flush()
            for m in record.metrics:
                s.add_all(
                    MetricValue(metric_id=m.id, period_start=d, value=value)
                    for d, value in m.values
                )
            for source_id in record.looped_from:
                source = s.get(Stage, source_id)
                if source is not None and source.loop_to_id is None:
                    source.loop_to_id = st.id
                    s.add(source)
            for item_id in record.captured:
                item = s.get(CapturedItem, item_id)
                if item is not None and item.stage_id is None:
                    item.stage_id = st.id
                    s.add(item)

    # Lanes ------------------------------------------------------------------------------

    @retry_stale("lane")
    def add_lane(
        self,
        journey_id: uuid.UUID,
        index: int,
        kind: LaneKind,
        name: str,
        lane_id: uuid.UUID | None = None,
        colour: str = "",
    ) -> uuid.UUID:
        """Inserts a lane of ``kind`` at ``index``; returns its id."""
        name = v.required_name("name", name, "Lane name")
        colour = _colour("colour", colour)
        kind = LaneKind(kind)
        with self._uow.transaction() as s:
            _touch(s, journey_id)
            lanes = _lanes(s, journey_id)
            index = _insert_at(index, len(lanes))
            row = Lane(
                id=lane_id or uuid.uuid4(),
                journey_id=journey_id,
                kind=kind,
                name=name,
                colour=colour,
            )
            lanes.insert(index, row)
            _renumber(s, lanes)
            row.position = index
            s.add(row)
            return row.id

    def rename_lane(self, lane_id: uuid.UUID, name: str, *, base: Base | None = None) -> str:
        """Renames a lane; returns its old name."""
        return str(self._before(self.edit_lane(lane_id, {"name": name}, base), "name"))

    def recolour_lane(self, lane_id: uuid.UUID, colour: str, *, base: Base | None = None) -> str:
        """Sets a lane's colour ("#rrggbb" or "" for none); returns the old one."""
        return str(self._before(self.edit_lane(lane_id, {"colour": colour}, base), "colour"))

    @retry_stale("lane")
    def move_lane(self, lane_id: uuid.UUID, new_index: int) -> int:
        """Moves a lane to ``new_index``; returns the index it had."""
        return self._move(_lane, _lanes, lane_id, new_index)

    @retry_stale("lane")
    def delete_lane(self, lane_id: uuid.UUID) -> LaneRecord:
        """Deletes a lane with its cells; returns them for undo."""
        with self._uow.transaction() as s:
            row = _lane(s, lane_id)
            record = LaneRecord(
                journey_id=row.journey_id,
                lane=LaneView(row.id, row.position, row.kind, row.name, row.colour),
                cells=tuple(
                    _cell_view(c) for c in s.exec(select(Cell).where(Cell.lane_id == lane_id))
                ),
            )
            s.delete(row)
            s.flush()
            _renumber(s, _lanes(s, record.journey_id))
            _touch(s, record.journey_id)
            return record

    @retry_stale("lane")
    def restore_lane(self, record: LaneRecord) -> None:
        """Puts a deleted lane back exactly: same id, position and cells."""
        ln = record.lane
        with self._uow.transaction() as s:
            _touch(s, record.journey_id)
            if s.get(Lane, ln.id) is not None:
                raise ValidationError("lane", "This lane is already on the map.")
            lanes = _lanes(s, record.journey_id)
            index = min(ln.position, len(lanes))
            for i, other in enumerate(lanes[index:], start=index + 1):
                other.position = i
                s.add(other)
            s.flush()
            s.add(
                Lane(
                    id=ln.id,
                    journey_id=record.journey_id,
                    position=index,
                    kind=ln.kind,
                    name=ln.name,
                    colour=ln.colour,
                )
            )
            s.flush()
            for c in record.cells:
                if s.get(Stage, c.stage_id) is not None:
                    _add_cell(s, c)

    # Cells ------------------------------------------------------------------------------

    def edit_cell(
        self,
        stage_id: uuid.UUID,
        lane_id: uuid.UUID,
        changes: Mapping[str, Any],
        base: Base | None = None,
        *,
        cell_id: uuid.UUID | None = None,
    ) -> Edited:
        """Changes a cell's text, items or evidence, merged with others' changes since ``base``.

        A cell without content has no row: its base is ``readmodels.EMPTY_CELL`` (version 0),
        and emptying a cell removes its row. ``cell_id`` names a row this edit creates (undo).
        Raises EditConflict or RowGoneError (its stage or lane was deleted); nothing is
        written then.
        """
        return checked_edit(
            self._uow, _CellEdit(stage_id, lane_id, cell_id), _cell_changes(changes), base
        )

    def edit_cells(self, edits: Sequence[CellChange]) -> list[Edited]:
        """Changes many cells in one transaction (paste, clearing a selection), each checked
        as ``edit_cell``: all are written, or none (EditConflict naming the cell, or
        RowGoneError)."""
        changes = [
            Change(_CellEdit(e.stage_id, e.lane_id, e.cell_id), _cell_changes(e.changes), e.base)
            for e in edits
        ]
        return checked_edits(self._uow, changes)

    def set_cell(
        self,
        stage_id: uuid.UUID,
        lane_id: uuid.UUID,
        text: str,
        items: list[dict[str, Any]] | tuple[dict[str, Any], ...] = (),
        evidence: Evidence | None = None,
        *,
        cell_id: uuid.UUID | None = None,
        base: Base | None = None,
    ) -> CellContent | None:
        """Sets a cell's content (empty content removes it); returns what it held, or None.

        ``cell_id`` names the row when one has to be created (undo of a removal); ``base``
        as for ``edit_cell``.
        """
        changes = {"text": text, "items": items, "evidence": evidence}
        done = self.edit_cell(stage_id, lane_id, changes, base, cell_id=cell_id)
        held = {**done.values, **done.before}
        if not held["text"] and not held["items"] and held["evidence"] is None:
            return None
        return CellContent(
            held["text"],
            tuple(dict(i) for i in held["items"]),
            held["evidence"],
            cell_id=held["id"],
        )

    def cell(self, stage_id: uuid.UUID, lane_id: uuid.UUID) -> CellContent | None:
        """What a cell holds now, or None when it is empty."""
        with self._uow.reading() as s:
            row = s.exec(
                select(Cell).where(Cell.stage_id == stage_id, Cell.lane_id == lane_id)
            ).first()
            if row is None:
                return None
            return CellContent(
                row.text, tuple(dict(i) for i in row.items), row.evidence, cell_id=row.id
            )

    def set_evidence(
        self,
        stage_id: uuid.UUID,
        lane_id: uuid.UUID,
        evidence: Evidence | None,
        *,
        cell_id: uuid.UUID | None = None,
        base: Base | None = None,
    ) -> Evidence | None:
        """Marks how well a cell is backed; returns the old mark (``cell_id`` names a new row)."""
        done = self.edit_cell(stage_id, lane_id, {"evidence": evidence}, base, cell_id=cell_id)
        before = done.before.get("evidence", done.values["evidence"])
        return None if before is None else Evidence(before)

    # Channel catalogue ------------------------------------------------------------------

    def channels(self, journey_id: uuid.UUID) -> list[str]:
        """Channels to offer: this map's first, then those of other maps and the user's list."""
        with self._uow.reading() as s:
            _journey(s, journey_id)
            rows = s.exec(
                select(Stage.journey_id, Cell.items)
                .join(Stage, col(Stage.id) == Cell.stage_id)
                .join(Lane, col(Lane.id) == Cell.lane_id)
                .where(Lane.kind == LaneKind.TOUCHPOINTS)
                .order_by(col(Stage.position), col(Lane.position))
            ).all()
            stored = _stored_channels(s)
        own: list[str] = []
        others: list[str] = list(stored)
        for jid, items in rows:
            for item in items:
                name = str(item.get("text", "")).strip() if isinstance(item, dict) else ""
                if name:
                    (own if jid == journey_id else others).append(name)
        seen: set[str] = set()
        out: list[str] = []
        for name in [*own, *sorted(others, key=str.casefold)]:
            if name.casefold() not in seen:
                seen.add(name.casefold())
                out.append(name)
        return out

    @retry_stale("channel list")
    def add_channel(self, name: str) -> bool:
        """Adds a channel to the user's catalogue; False when it was already there."""
        name = v.required_name("channel", name, "Channel name")
        with self._uow.transaction() as s:
            stored = _stored_channels(s)
            if name.casefold() in {c.casefold() for c in stored}:
                return False
            _store_channels(s, [*stored, name])
            return True

    @retry_stale("channel list")
    def remove_channel(self, name: str) -> bool:
        """Removes a channel from the user's catalogue; False when it was not there."""
        with self._uow.transaction() as s:
            stored = _stored_channels(s)
            kept = [c for c in stored if c.casefold() != name.strip().casefold()]
            if len(kept) == len(stored):
                return False
            _store_channels(s, kept)
            return True

    # Personas ---------------------------------------------------------------------------

    @retry_stale("journey map")
    def link_persona(
        self, journey_id: uuid.UUID, persona_id: uuid.UUID, position: int | None = None
    ) -> None:
        """Makes the map follow a persona (at the end unless ``position`` is given)."""
        with self._uow.transaction() as s:
            _touch(s, journey_id)
            if s.get(Persona, persona_id) is None:
                raise NotFoundError("This persona no longer exists.")
            if s.get(JourneyPersona, (journey_id, persona_id)) is not None:
                raise ValidationError("persona", "The map already follows this persona.")
            links = _links(s, journey_id)
            index = len(links) if position is None else max(0, min(position, len(links)))
            for i, link in enumerate(links[index:], start=index + 1):
                link.position = i
                s.add(link)
            s.add(JourneyPersona(journey_id=journey_id, persona_id=persona_id, position=index))

    @retry_stale("journey map")
    def unlink_persona(self, journey_id: uuid.UUID, persona_id: uuid.UUID) -> PersonaLink:
        """Stops following a persona; drops its emotion scores on this map and returns them."""
        with self._uow.transaction() as s:
            _touch(s, journey_id)
            link = s.get(JourneyPersona, (journey_id, persona_id))
            if link is None:
                raise NotFoundError("The map does not follow this persona.")
            stage_ids = [st.id for st in _stages(s, journey_id)]
            scores = s.exec(
                select(EmotionScore)
                .join(Stage, col(Stage.id) == EmotionScore.stage_id)
                .where(
                    col(EmotionScore.stage_id).in_(stage_ids),
                    EmotionScore.persona_id == persona_id,
                )
                .order_by(col(Stage.position))
            ).all()
            record = PersonaLink(
                journey_id,
                persona_id,
                link.position,
                tuple(EmotionView(e.stage_id, e.persona_id, e.as_is, e.to_be) for e in scores),
            )
            for e in scores:
                s.delete(e)
            s.delete(link)
            s.flush()
            for i, other in enumerate(_links(s, journey_id)):
                other.position = i
                s.add(other)
            return record

    @retry_stale("journey map")
    def relink_persona(self, record: PersonaLink) -> None:
        """Undoes ``unlink_persona``: the link at its place and its emotion scores."""
        self.link_persona(record.journey_id, record.persona_id, record.position)
        with self._uow.transaction() as s:
            for e in record.emotions:
                if s.get(Stage, e.stage_id) is not None:
                    s.add(
                        EmotionScore(
                            stage_id=e.stage_id,
                            persona_id=e.persona_id,
                            as_is=e.as_is,
                            to_be=e.to_be,
                        )
                    )


def _links(s: Session, journey_id: uuid.UUID) -> list[JourneyPersona]:
    return list(
        s.exec(
            select(JourneyPersona)
            .where(JourneyPersona.journey_id == journey_id)
            .order_by(col(JourneyPersona.position))
        )
    )


def _stored_channels(s: Session) -> list[str]:
    row = s.get(WorkspaceSetting, CHANNEL_SETTING)
    if row is None or not row.value:
        return []
    try:
        data = json.loads(row.value)
    except ValueError:
        return []
    return (
        [str(c) for c in data if isinstance(c, str) and c.strip()] if isinstance(data, list) else []
    )


def _store_channels(s: Session, channels: list[str]) -> None:
    row = s.get(WorkspaceSetting, CHANNEL_SETTING) or WorkspaceSetting(key=CHANNEL_SETTING)
    row.value = json.dumps(channels, ensure_ascii=False)
    s.add(row)
