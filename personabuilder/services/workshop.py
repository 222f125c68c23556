"""Workshop verbs: sessions, items the room captures, dot votes and emotion changes.

Emotion changes made during a session are kept in a ``WorkspaceSetting`` (JSON keyed by the
session id) rather than as captured items: the capture kind is a CHECKed enum, so a new kind
would need a migration, and a change is a pair of scores, not a sentence. One entry is kept
per stage and persona: the scores before the session first touched them and the latest ones.

Items captured at a stage reach the map with ``add_to_map``: each pain point becomes an item of
the map's first pain points lane at that stage, each idea one of its first opportunities lane,
and the item carries the key ``"workshop"`` whose value is the session's title. Questions and
parked items have no lane of their own and stay in the session. Which captured items are on the
map already is kept in a ``WorkspaceSetting`` too, so a session carried on adds only its new items.
"""

import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from personabuilder.model import CaptureKind, LaneKind
from personabuilder.model.tables import (
    NAME_MAX,
    CapturedItem,
    Cell,
    EmotionScore,
    JourneyMap,
    JourneyPersona,
    Lane,
    Persona,
    Stage,
    WorkshopSession,
    WorkspaceSetting,
)
from personabuilder.model.types import utcnow
from personabuilder.services import validation as v
from personabuilder.services.conflicts import Base, Edited, checked_edit, retry_stale
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.journey_edit import WORKSHOP_KEY
from personabuilder.services.unit import UnitOfWork

ScorePair = tuple[int | None, int | None]  # (as-is, to-be)
ITEM_TEXT_MAX = 2_000
EMOTION_MIN, EMOTION_MAX = -2, 2
# The lane kind a captured item of each kind goes to on the map; other kinds have none.
LANE_FOR_KIND: dict[CaptureKind, LaneKind] = {
    CaptureKind.PAIN_POINT: LaneKind.PAIN_POINTS,
    CaptureKind.IDEA: LaneKind.OPPORTUNITIES,
}
MAP_ITEM_TEXT_MAX = NAME_MAX * 5  # what a cell item holds (services.journey_edit)
CELL_ITEMS_MAX = v.LIST_ITEMS_MAX
CellKey = tuple[uuid.UUID, uuid.UUID]  # (stage id, lane id)
CellState = tuple[uuid.UUID, str, tuple[dict[str, object], ...], str | None]  # id, text, items, ev


@dataclass(frozen=True)
class WorkshopSessionView:
    """A workshop held on a journey map, with how many items it captured."""

    id: uuid.UUID
    journey_id: uuid.UUID
    title: str
    held_on: date
    created_at: datetime
    item_count: int = 0
    version: int = field(default=0, compare=False)  # the row version this read saw


@dataclass(frozen=True)
class CapturedItemView:
    """One thing the room said; ``stage_id`` None is the parking lot (or a deleted stage)."""

    id: uuid.UUID
    session_id: uuid.UUID
    stage_id: uuid.UUID | None
    kind: CaptureKind
    text: str
    votes: int
    position: int
    created_at: datetime
    version: int = field(default=0, compare=False)  # the row version this read saw

    @property
    def base(self) -> Base:
        """What an edit of this item's text, as read here, is based on."""
        return Base(self.version, {"text": self.text})


@dataclass(frozen=True)
class EmotionChange:
    """How a persona's scores at a stage moved during a session (first before, latest after)."""

    stage_id: uuid.UUID
    persona_id: uuid.UUID
    before: ScorePair
    after: ScorePair


@dataclass(frozen=True)
class EmotionUndo:
    """What undoing one emotion change needs: the scores and the session's record before."""

    session_id: uuid.UUID
    stage_id: uuid.UUID
    persona_id: uuid.UUID
    scores: ScorePair
    record: EmotionChange | None


@dataclass(frozen=True)
class StageCaptures:
    """The items a session captured at one stage, in capture order."""

    stage_id: uuid.UUID
    stage_name: str
    items: tuple[CapturedItemView, ...]


@dataclass(frozen=True)
class RankedIdea:
    """An idea (opportunity) with the name of the stage it belongs to, for the vote ranking."""

    item: CapturedItemView
    stage_name: str


@dataclass(frozen=True)
class NamedEmotionChange:
    """An emotion change with the stage and persona named, for the summary."""

    stage_name: str
    persona_name: str
    change: EmotionChange


@dataclass(frozen=True)
class WorkshopSummary:
    """What one session produced: items per stage, parking lot, ranked ideas, emotion changes."""

    session: WorkshopSessionView
    stages: tuple[StageCaptures, ...]  # every stage of the map, in map order
    parking: tuple[CapturedItemView, ...]
    unplaced: tuple[CapturedItemView, ...]  # items whose stage was deleted since
    ideas: tuple[RankedIdea, ...]  # most votes first
    emotion_changes: tuple[NamedEmotionChange, ...]

    @property
    def item_count(self) -> int:
        """Every captured item of the session."""
        return sum(len(s.items) for s in self.stages) + len(self.parking) + len(self.unplaced)


@dataclass(frozen=True)
class MapAddition:
    """What ``add_to_map`` did, and what ``take_off_map`` needs to undo it exactly.

    ``placed`` counts the items added per lane (lane id, lane name, count); ``left`` counts the
    captured items that stay in the session per kind, with why: "no_lane" (the map has no lane
    for the kind, or the kind never has one), "no_stage" (parked, or their stage was deleted),
    "full" (the cell holds the most items it can).
    """

    session_id: uuid.UUID
    title: str
    placed: tuple[tuple[uuid.UUID, str, int], ...]
    left: tuple[tuple[CaptureKind, str, int], ...]
    cells_before: tuple[tuple[CellKey, CellState | None], ...]
    cell_ids: tuple[tuple[CellKey, uuid.UUID], ...]
    added_before: tuple[str, ...]  # the captured item ids on the map before, as stored

    @property
    def count(self) -> int:
        """How many items reached the map."""
        return sum(n for _lane, _name, n in self.placed)


def _session_view(row: WorkshopSession, count: int = 0) -> WorkshopSessionView:
    return WorkshopSessionView(
        row.id, row.journey_id, row.title, row.held_on, row.created_at, count, row.version
    )


def _item_view(row: CapturedItem) -> CapturedItemView:
    return CapturedItemView(
        row.id,
        row.session_id,
        row.stage_id,
        CaptureKind(row.kind),
        row.text,
        row.votes,
        row.position,
        row.created_at,
        row.version,
    )


class _ItemEdit:
    """A captured item's text as a checked edit sees it."""

    what = "captured item"

    def __init__(self, item_id: uuid.UUID) -> None:
        self.row_id = item_id

    def load(self, s: Session) -> CapturedItem | None:
        return s.get(CapturedItem, self.row_id)

    def version(self, row: CapturedItem) -> int:
        return row.version

    def values(self, row: CapturedItem) -> dict[str, Any]:
        return {"text": row.text}

    def label(self, values: Mapping[str, Any]) -> str:
        return ""

    def write(self, s: Session, row: CapturedItem, writes: dict[str, Any]) -> int:
        row.text = writes["text"]
        s.add(row)
        s.flush()
        return row.version


def _session(s: Session, session_id: uuid.UUID) -> WorkshopSession:
    row = s.get(WorkshopSession, session_id)
    if row is None:
        raise NotFoundError("This workshop session no longer exists.")
    return row


def _item(s: Session, item_id: uuid.UUID) -> CapturedItem:
    row = s.get(CapturedItem, item_id)
    if row is None:
        raise NotFoundError("This captured item no longer exists.")
    return row


def _stage_of(s: Session, session: WorkshopSession, stage_id: uuid.UUID) -> Stage:
    stage = s.get(Stage, stage_id)
    if stage is None:
        raise NotFoundError("This stage no longer exists.")
    if stage.journey_id != session.journey_id:
        raise ValidationError("stage", "This stage belongs to another journey map.")
    return stage


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise ValidationError("text", "Type what the room said first.")
    return v.bounded("text", text, "The text", ITEM_TEXT_MAX)


def _check_place(kind: CaptureKind, stage_id: uuid.UUID | None) -> None:
    if kind is CaptureKind.PARKING and stage_id is not None:
        raise ValidationError("stage", "Parking lot items belong to no stage.")
    if kind is not CaptureKind.PARKING and stage_id is None:
        raise ValidationError("stage", "Pain points, ideas and questions belong to a stage.")


def _emotion_key(session_id: uuid.UUID) -> str:
    return f"workshop_emotions:{session_id}"


def _on_map_key(session_id: uuid.UUID) -> str:
    return f"workshop_on_map:{session_id}"


def _read_on_map(s: Session, session_id: uuid.UUID) -> tuple[str, ...]:
    stored = s.get(WorkspaceSetting, _on_map_key(session_id))
    if stored is None or not stored.value:
        return ()
    try:
        data = json.loads(stored.value)
    except ValueError:
        return ()
    return tuple(str(i) for i in data) if isinstance(data, list) else ()


def _write_on_map(s: Session, session_id: uuid.UUID, ids: tuple[str, ...]) -> None:
    key = _on_map_key(session_id)
    stored = s.get(WorkspaceSetting, key)
    if not ids:
        if stored is not None:
            s.delete(stored)
        return
    stored = stored or WorkspaceSetting(key=key)
    stored.value = json.dumps(list(ids))
    s.add(stored)


def _map_text(text: str) -> str:
    """A captured text as a cell item holds it (items are shorter than captured texts)."""
    text = " ".join(text.split())
    return text if len(text) <= MAP_ITEM_TEXT_MAX else text[: MAP_ITEM_TEXT_MAX - 1] + "…"


def _pair(value: object) -> ScorePair:
    if not isinstance(value, list) or len(value) != 2:
        raise TypeError("a score pair is a list of two")
    a, b = value
    return (None if a is None else int(a), None if b is None else int(b))


def _read_changes(
    s: Session, session_id: uuid.UUID
) -> dict[tuple[uuid.UUID, uuid.UUID], EmotionChange]:
    stored = s.get(WorkspaceSetting, _emotion_key(session_id))
    if stored is None or not stored.value:
        return {}
    out: dict[tuple[uuid.UUID, uuid.UUID], EmotionChange] = {}
    try:
        for entry in json.loads(stored.value):
            change = EmotionChange(
                uuid.UUID(entry["stage"]),
                uuid.UUID(entry["persona"]),
                _pair(entry["before"]),
                _pair(entry["after"]),
            )
            out[change.stage_id, change.persona_id] = change
    except (ValueError, TypeError, KeyError):
        # A damaged setting must not stop a workshop; it reads as no recorded change.
        return {}
    return out


def _write_changes(
    s: Session, session_id: uuid.UUID, changes: dict[tuple[uuid.UUID, uuid.UUID], EmotionChange]
) -> None:
    key = _emotion_key(session_id)
    stored = s.get(WorkspaceSetting, key)
    if not changes:
        if stored is not None:
            s.delete(stored)
        return
    stored = stored or WorkspaceSetting(key=key)
    stored.value = json.dumps(
        [
            {
                "stage": str(c.stage_id),
                "persona": str(c.persona_id),
                "before": list(c.before),
                "after": list(c.after),
            }
            for c in changes.values()
        ]
    )
    s.add(stored)


def _record(
    s: Session,
    session_id: uuid.UUID,
    stage_id: uuid.UUID,
    persona_id: uuid.UUID,
    before: ScorePair,
    after: ScorePair,
) -> EmotionChange | None:
    """Folds one change into the session's record; returns the entry it replaced."""
    changes = _read_changes(s, session_id)
    old = changes.get((stage_id, persona_id))
    first = before if old is None else old.before
    if first == after:
        changes.pop((stage_id, persona_id), None)
    else:
        changes[stage_id, persona_id] = EmotionChange(stage_id, persona_id, first, after)
    _write_changes(s, session_id, changes)
    return old


def _put_record(
    s: Session,
    session_id: uuid.UUID,
    stage_id: uuid.UUID,
    persona_id: uuid.UUID,
    record: EmotionChange | None,
) -> None:
    changes = _read_changes(s, session_id)
    if record is None:
        changes.pop((stage_id, persona_id), None)
    else:
        changes[stage_id, persona_id] = record
    _write_changes(s, session_id, changes)


def _set_scores(s: Session, stage: Stage, persona_id: uuid.UUID, scores: ScorePair) -> ScorePair:
    """Writes a persona's scores at a stage; returns the pair they replaced."""
    for value in scores:
        if value is not None:
            v.score("emotions", value, "The score", EMOTION_MIN, EMOTION_MAX)
    if s.get(JourneyPersona, (stage.journey_id, persona_id)) is None:
        persona = s.get(Persona, persona_id)
        if persona is None:
            raise NotFoundError("This persona no longer exists.")
        raise ValidationError("persona", f"{persona.name} is not linked to this map.")
    row = s.get(EmotionScore, (stage.id, persona_id))
    before: ScorePair = (None, None) if row is None else (row.as_is, row.to_be)
    if scores == (None, None):
        if row is not None:
            s.delete(row)
    elif row is None:
        s.add(
            EmotionScore(stage_id=stage.id, persona_id=persona_id, as_is=scores[0], to_be=scores[1])
        )
    else:
        row.as_is, row.to_be = scores
        s.add(row)
    journey = s.get(JourneyMap, stage.journey_id)
    if journey is not None:
        journey.updated_at = utcnow()
        s.add(journey)
    return before


class WorkshopService:
    """Workshop sessions on journey maps and what the room says during them."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    # Sessions ---------------------------------------------------------------------------

    @retry_stale("workshop session")
    def start(
        self,
        journey_id: uuid.UUID,
        title: str,
        held_on: date,
        *,
        session_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Opens a new workshop session on a map; returns its id."""
        title = v.required_name("title", title, "Workshop title")
        if not isinstance(held_on, date):
            raise ValidationError("held_on", "The workshop date is not a date.")
        with self._uow.transaction() as s:
            if s.get(JourneyMap, journey_id) is None:
                raise NotFoundError("This journey map no longer exists.")
            row = WorkshopSession(
                id=session_id or uuid.uuid4(), journey_id=journey_id, title=title, held_on=held_on
            )
            s.add(row)
            return row.id

    def session(self, session_id: uuid.UUID) -> WorkshopSessionView:
        """One session."""
        with self._uow.reading() as s:
            row = _session(s, session_id)
            count = s.exec(select(func.count()).where(CapturedItem.session_id == session_id)).one()
            return _session_view(row, count)

    def sessions(self, journey_id: uuid.UUID) -> tuple[WorkshopSessionView, ...]:
        """The sessions held on a map, oldest first."""
        with self._uow.reading() as s:
            rows = s.exec(
                select(WorkshopSession)
                .where(WorkshopSession.journey_id == journey_id)
                .order_by(col(WorkshopSession.held_on), col(WorkshopSession.created_at))
            ).all()
            counts = dict(
                s.exec(
                    select(CapturedItem.session_id, func.count())
                    .where(col(CapturedItem.session_id).in_([r.id for r in rows]))
                    .group_by(col(CapturedItem.session_id))
                ).all()
            )
            return tuple(_session_view(r, counts.get(r.id, 0)) for r in rows)

    @retry_stale("workshop session")
    def discard(self, session_id: uuid.UUID) -> bool:
        """Deletes a session that captured nothing; False (and kept) when it holds anything."""
        with self._uow.transaction() as s:
            row = _session(s, session_id)
            has_items = s.exec(
                select(func.count()).where(CapturedItem.session_id == session_id)
            ).one()
            if has_items or _read_changes(s, session_id):
                return False
            s.delete(row)
            for key in (_emotion_key(session_id), _on_map_key(session_id)):
                stored = s.get(WorkspaceSetting, key)
                if stored is not None:
                    s.delete(stored)
            return True

    # Onto the map -----------------------------------------------------------------------

    def pending_for_map(self, session_id: uuid.UUID) -> int:
        """How many captured items of a session ``add_to_map`` would consider (not yet added)."""
        with self._uow.reading() as s:
            _session(s, session_id)
            done = set(_read_on_map(s, session_id))
            rows = s.exec(
                select(CapturedItem.id).where(
                    CapturedItem.session_id == session_id,
                    col(CapturedItem.stage_id).is_not(None),
                    col(CapturedItem.kind).in_(list(LANE_FOR_KIND)),
                )
            ).all()
            return sum(1 for i in rows if str(i) not in done)

    @retry_stale("journey map")
    def add_to_map(
        self,
        session_id: uuid.UUID,
        *,
        cell_ids: tuple[tuple[CellKey, uuid.UUID], ...] = (),
    ) -> MapAddition:
        """Adds the session's new stage items to their lanes, marked with the session's title.

        One transaction. ``cell_ids`` names the cells to create (redo after an undo).
        """
        wanted_ids = dict(cell_ids)
        with self._uow.transaction() as s:
            session = _session(s, session_id)
            title = session.title
            done = _read_on_map(s, session_id)
            done_set = set(done)
            lanes: dict[LaneKind, Lane] = {}
            for lane in s.exec(
                select(Lane)
                .where(Lane.journey_id == session.journey_id)
                .order_by(col(Lane.position))
            ):
                lanes.setdefault(lane.kind, lane)
            stage_ids = set(
                s.exec(select(Stage.id).where(Stage.journey_id == session.journey_id)).all()
            )
            items = s.exec(
                select(CapturedItem)
                .where(CapturedItem.session_id == session_id)
                .order_by(col(CapturedItem.position), col(CapturedItem.created_at))
            ).all()
            cells: dict[CellKey, Cell] = {}
            before: dict[CellKey, CellState | None] = {}
            created: dict[CellKey, uuid.UUID] = {}
            placed: dict[uuid.UUID, int] = {}
            left: dict[tuple[CaptureKind, str], int] = {}
            newly: list[str] = []
            for item in items:
                kind = CaptureKind(item.kind)
                if str(item.id) in done_set:
                    continue
                if item.stage_id not in stage_ids:
                    # The parking lot, or a stage deleted since: no cell to go to.
                    left[kind, "no_stage"] = left.get((kind, "no_stage"), 0) + 1
                    continue
                target = lanes.get(LANE_FOR_KIND[kind]) if kind in LANE_FOR_KIND else None
                if target is None or item.stage_id is None:
                    left[kind, "no_lane"] = left.get((kind, "no_lane"), 0) + 1
                    continue
                key = (item.stage_id, target.id)
                if key not in cells:
                    row = s.exec(
                        select(Cell).where(Cell.stage_id == key[0], Cell.lane_id == key[1])
                    ).first()
                    if row is None:
                        before[key] = None
                        row = Cell(
                            id=wanted_ids.get(key, uuid.uuid4()),
                            stage_id=key[0],
                            lane_id=key[1],
                            items=[],
                        )
                        created[key] = row.id
                    else:
                        before[key] = (
                            row.id,
                            row.text,
                            tuple(dict(i) for i in row.items),
                            None if row.evidence is None else str(row.evidence),
                        )
                    cells[key] = row
                row = cells[key]
                if len(row.items) >= CELL_ITEMS_MAX:
                    left[kind, "full"] = left.get((kind, "full"), 0) + 1
                    continue
                row.items = [*row.items, {"text": _map_text(item.text), WORKSHOP_KEY: title}]
                placed[target.id] = placed.get(target.id, 0) + 1
                newly.append(str(item.id))
            for row in cells.values():
                if row.items:
                    s.add(row)
            if newly:
                _write_on_map(s, session_id, (*done, *newly))
                journey = s.get(JourneyMap, session.journey_id)
                if journey is not None:
                    journey.updated_at = utcnow()
                    s.add(journey)
            names = {ln.id: ln.name for ln in lanes.values()}
            return MapAddition(
                session_id=session_id,
                title=title,
                placed=tuple((lid, names[lid], n) for lid, n in placed.items()),
                left=tuple((k, why, n) for (k, why), n in left.items()),
                cells_before=tuple(before.items()),
                cell_ids=tuple(created.items()),
                added_before=done,
            )

    @retry_stale("journey map")
    def take_off_map(self, addition: MapAddition) -> None:
        """Undoes ``add_to_map``: the cells it touched and the record of what is on the map."""
        from personabuilder.model import Evidence

        with self._uow.transaction() as s:
            _session(s, addition.session_id)
            for (stage_id, lane_id), state in addition.cells_before:
                row = s.exec(
                    select(Cell).where(Cell.stage_id == stage_id, Cell.lane_id == lane_id)
                ).first()
                if state is None:
                    if row is not None:
                        s.delete(row)
                    continue
                _cell_id, text, items, evidence = state
                if row is None:
                    row = Cell(id=_cell_id, stage_id=stage_id, lane_id=lane_id)
                row.text = text
                row.items = [dict(i) for i in items]
                row.evidence = None if evidence is None else Evidence(evidence)
                s.add(row)
            _write_on_map(s, addition.session_id, addition.added_before)

    # Captured items ---------------------------------------------------------------------

    @retry_stale("workshop session")
    def capture(
        self,
        session_id: uuid.UUID,
        stage_id: uuid.UUID | None,
        kind: CaptureKind,
        text: str,
        *,
        item_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Keeps something the room said, at a stage or (PARKING, no stage) in the parking lot."""
        kind = CaptureKind(kind)
        text = _text(text)
        _check_place(kind, stage_id)
        with self._uow.transaction() as s:
            session = _session(s, session_id)
            if stage_id is not None:
                _stage_of(s, session, stage_id)
            if item_id is not None and s.get(CapturedItem, item_id) is not None:
                raise ValidationError("item", "This item is already captured.")
            last = s.exec(
                select(func.max(CapturedItem.position)).where(CapturedItem.session_id == session_id)
            ).one()
            row = CapturedItem(
                id=item_id or uuid.uuid4(),
                session_id=session_id,
                stage_id=stage_id,
                kind=kind,
                text=text,
                position=0 if last is None else last + 1,
            )
            s.add(row)
            return row.id

    def item(self, item_id: uuid.UUID) -> CapturedItemView:
        """One captured item."""
        with self._uow.reading() as s:
            return _item_view(_item(s, item_id))

    def items(self, session_id: uuid.UUID) -> tuple[CapturedItemView, ...]:
        """Every item of a session, in capture order."""
        with self._uow.reading() as s:
            _session(s, session_id)
            rows = s.exec(
                select(CapturedItem)
                .where(CapturedItem.session_id == session_id)
                .order_by(col(CapturedItem.position), col(CapturedItem.created_at))
            ).all()
            return tuple(_item_view(r) for r in rows)

    @retry_stale("captured item")
    def remove(self, item_id: uuid.UUID) -> CapturedItemView:
        """Deletes a captured item; returns it whole so ``restore`` can put it back."""
        with self._uow.transaction() as s:
            row = _item(s, item_id)
            view = _item_view(row)
            s.delete(row)
            return view

    @retry_stale("captured item")
    def restore(self, item: CapturedItemView) -> None:
        """Puts a removed item back exactly: same id, place, votes and time."""
        with self._uow.transaction() as s:
            _session(s, item.session_id)
            if s.get(CapturedItem, item.id) is not None:
                raise ValidationError("item", "This item is already captured.")
            # A stage deleted meanwhile leaves the item unplaced, as the database would have.
            stage_id = item.stage_id if item.stage_id and s.get(Stage, item.stage_id) else None
            s.add(
                CapturedItem(
                    id=item.id,
                    session_id=item.session_id,
                    stage_id=stage_id,
                    kind=item.kind,
                    text=item.text,
                    votes=item.votes,
                    position=item.position,
                    created_at=item.created_at,
                )
            )

    def edit_item(self, item_id: uuid.UUID, text: str, base: Base | None = None) -> Edited:
        """Changes what a captured item says, merged with others' changes since ``base``
        (EditConflict or RowGoneError otherwise; nothing written then)."""
        return checked_edit(self._uow, _ItemEdit(item_id), {"text": _text(text)}, base)

    @retry_stale("captured item")
    def vote(self, item_id: uuid.UUID, delta: int) -> int:
        """Adds (or, negative, takes away) dot votes on an idea; returns the new count."""
        if isinstance(delta, bool) or not isinstance(delta, int):
            raise ValidationError("votes", "A vote change is a whole number.")
        with self._uow.transaction() as s:
            row = _item(s, item_id)
            if row.kind is not CaptureKind.IDEA:
                raise ValidationError("votes", "Only ideas take votes.")
            if row.votes + delta < 0:
                raise ValidationError("votes", "This idea has no vote left to take away.")
            row.votes += delta
            s.add(row)
            return row.votes

    # Emotion changes --------------------------------------------------------------------

    @retry_stale("workshop session")
    def record_emotion_change(
        self,
        session_id: uuid.UUID,
        stage_id: uuid.UUID,
        persona_id: uuid.UUID,
        before: ScorePair,
        after: ScorePair,
    ) -> EmotionChange | None:
        """Notes that a score moved during a session; returns the record it replaced (for undo)."""
        with self._uow.transaction() as s:
            _stage_of(s, _session(s, session_id), stage_id)
            return _record(s, session_id, stage_id, persona_id, before, after)

    @retry_stale("workshop session")
    def put_emotion_record(
        self,
        session_id: uuid.UUID,
        stage_id: uuid.UUID,
        persona_id: uuid.UUID,
        record: EmotionChange | None,
    ) -> None:
        """Sets back a record ``record_emotion_change`` replaced (None: no change recorded)."""
        with self._uow.transaction() as s:
            _session(s, session_id)
            _put_record(s, session_id, stage_id, persona_id, record)

    @retry_stale("emotion score")
    def change_emotion(
        self,
        session_id: uuid.UUID,
        stage_id: uuid.UUID,
        persona_id: uuid.UUID,
        scores: ScorePair,
    ) -> EmotionUndo:
        """Sets a persona's scores at a stage and records the change in the session, at once."""
        with self._uow.transaction() as s:
            stage = _stage_of(s, _session(s, session_id), stage_id)
            before = _set_scores(s, stage, persona_id, scores)
            record = _record(s, session_id, stage_id, persona_id, before, scores)
            return EmotionUndo(session_id, stage_id, persona_id, before, record)

    @retry_stale("emotion score")
    def revert_emotion(self, undo: EmotionUndo) -> None:
        """Puts back the scores and the session's record as they were before a change."""
        with self._uow.transaction() as s:
            stage = _stage_of(s, _session(s, undo.session_id), undo.stage_id)
            _set_scores(s, stage, undo.persona_id, undo.scores)
            _put_record(s, undo.session_id, undo.stage_id, undo.persona_id, undo.record)

    def emotion_changes(self, session_id: uuid.UUID) -> tuple[EmotionChange, ...]:
        """The emotion changes a session recorded, one per stage and persona."""
        with self._uow.reading() as s:
            _session(s, session_id)
            return tuple(_read_changes(s, session_id).values())

    # Summary ----------------------------------------------------------------------------

    def summary(self, journey_id: uuid.UUID) -> tuple[WorkshopSummary, ...]:
        """What each session on a map produced, oldest session first."""
        with self._uow.reading() as s:
            if s.get(JourneyMap, journey_id) is None:
                raise NotFoundError("This journey map no longer exists.")
            sessions = s.exec(
                select(WorkshopSession)
                .where(WorkshopSession.journey_id == journey_id)
                .order_by(col(WorkshopSession.held_on), col(WorkshopSession.created_at))
            ).all()
            stages = s.exec(
                select(Stage).where(Stage.journey_id == journey_id).order_by(col(Stage.position))
            ).all()
            personas = dict(
                s.exec(
                    select(Persona.id, Persona.name)
                    .join(JourneyPersona, col(JourneyPersona.persona_id) == Persona.id)
                    .where(JourneyPersona.journey_id == journey_id)
                ).all()
            )
            persona_order = dict(
                s.exec(
                    select(JourneyPersona.persona_id, JourneyPersona.position).where(
                        JourneyPersona.journey_id == journey_id
                    )
                ).all()
            )
            names = {st.id: st.name for st in stages}
            order = {st.id: i for i, st in enumerate(stages)}
            out = []
            for session in sessions:
                items = [
                    _item_view(r)
                    for r in s.exec(
                        select(CapturedItem)
                        .where(CapturedItem.session_id == session.id)
                        .order_by(col(CapturedItem.position), col(CapturedItem.created_at))
                    ).all()
                ]
                per_stage = tuple(
                    StageCaptures(st.id, st.name, tuple(i for i in items if i.stage_id == st.id))
                    for st in stages
                )
                ideas = sorted(
                    (
                        RankedIdea(i, names[i.stage_id])
                        for i in items
                        if i.kind is CaptureKind.IDEA and i.stage_id is not None
                        if i.stage_id in names
                    ),
                    key=lambda r: (
                        -r.item.votes,
                        order[r.item.stage_id] if r.item.stage_id else 0,
                        r.item.position,
                    ),
                )
                changes = sorted(
                    (
                        c
                        for c in _read_changes(s, session.id).values()
                        if c.stage_id in names and c.persona_id in personas
                    ),
                    key=lambda c: (order[c.stage_id], persona_order.get(c.persona_id, 0)),
                )
                out.append(
                    WorkshopSummary(
                        session=_session_view(session, len(items)),
                        stages=per_stage,
                        parking=tuple(i for i in items if i.kind is CaptureKind.PARKING),
                        unplaced=tuple(
                            i
                            for i in items
                            if i.kind is not CaptureKind.PARKING and i.stage_id not in names
                        ),
                        ideas=tuple(ideas),
                        emotion_changes=tuple(
                            NamedEmotionChange(names[c.stage_id], personas[c.persona_id], c)
                            for c in changes
                        ),
                    )
                )
            return tuple(out)
