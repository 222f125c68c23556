"""SQLModel tables: the workspace schema, one declaration per field.

Ids are client-assigned UUIDs so that undo and JSON exchange can re-insert the same row;
order is an explicit ``position``; deletes cascade in the database (ON DELETE CASCADE),
and the ORM declares no relationships, so nothing is deleted behind the database's back.
Every row people edit carries a ``version`` the ORM checks and bumps on each write (see
``versioned``), so an edit based on a stale read is refused, never silently lost.
"""

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Column,
    Integer,
    LargeBinary,
    MetaData,
    UniqueConstraint,
    event,
    text,
)
from sqlmodel import Field, SQLModel

from personabuilder.model.enums import (
    Archetype,
    CaptureKind,
    Direction,
    Evidence,
    Granularity,
    LaneKind,
    MetricUnit,
)
from personabuilder.model.types import JSONList, UTCDateTime, enum_type, utcnow

# Every constraint gets a stable name so Alembic batch migrations can find it again.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata

NAME_MAX = 200
TEXT_MAX = 20_000


def _uuid() -> uuid.UUID:
    return uuid.uuid4()


VERSION = "version"


def versioned() -> Any:
    """The ``version`` field of an editable row; ``checks`` makes the mapper check it.

    SQLAlchemy's ``version_id_col`` makes every UPDATE and DELETE of the row name the
    version it read and write the next one: a row a colleague changed meanwhile matches
    nothing and the flush raises StaleDataError, so no update is lost silently. Rows
    inserted outside the ORM (exchange load, raw SQL) start at 1 by the server default.
    """
    return Field(
        default=1, sa_column=Column(VERSION, Integer, nullable=False, server_default=text("1"))
    )


def checks(version: Any) -> dict[str, Any]:
    """The mapper arguments that make ``version`` (a ``versioned()`` field) the row version."""
    return {"version_id_col": version.sa_column}


class WorkspaceSetting(SQLModel, table=True):
    """A key/value setting stored in the workspace (language, branding)."""

    __tablename__ = "workspace_setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="")
    version: int = versioned()
    __mapper_args__ = checks(version)


class Persona(SQLModel, table=True):
    """A buyer persona."""

    __tablename__ = "persona"
    __table_args__ = (
        CheckConstraint("tech_savviness BETWEEN 1 AND 5", name="tech_savviness_range"),
        CheckConstraint("influence BETWEEN 1 AND 5", name="influence_range"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
    )

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    position: int = Field(default=0, index=True)
    archetype: Archetype = Field(default=Archetype.CUSTOM, sa_type=enum_type(Archetype), index=True)
    custom_archetype: str = Field(default="", max_length=NAME_MAX)
    name: str = Field(max_length=NAME_MAX, index=True)
    job_title: str = Field(default="", max_length=NAME_MAX)
    company: str = Field(default="", max_length=NAME_MAX)
    company_size: str = Field(default="", max_length=NAME_MAX)
    industry: str = Field(default="", max_length=NAME_MAX)
    age_band: str = Field(default="", max_length=NAME_MAX)
    location: str = Field(default="", max_length=NAME_MAX)
    quote: str = Field(default="", max_length=TEXT_MAX)
    bio: str = Field(default="", max_length=TEXT_MAX)
    goals: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    pain_points: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    motivations: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    objections: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    decision_criteria: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    channels: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    tools: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    tags: list[str] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    tech_savviness: int = Field(default=3)
    influence: int = Field(default=3)
    photo: bytes | None = Field(default=None, sa_type=LargeBinary)
    photo_mime: str = Field(default="", max_length=50)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    # Every text field, case- and accent-folded, kept by the services for the gallery search.
    search_text: str = Field(default="", sa_column_kwargs={"server_default": ""})
    # The folded name, so sorting by name ignores accents ("Élodie" before "Zoë").
    sort_name: str = Field(default="", index=True, sa_column_kwargs={"server_default": ""})
    version: int = versioned()
    __mapper_args__ = checks(version)


class JourneyMap(SQLModel, table=True):
    """A customer journey map: stages x lanes."""

    __tablename__ = "journey_map"
    __table_args__ = (CheckConstraint("length(title) > 0", name="title_not_empty"),)

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    position: int = Field(default=0, index=True)
    title: str = Field(max_length=NAME_MAX, index=True)
    description: str = Field(default="", max_length=TEXT_MAX)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    version: int = versioned()
    __mapper_args__ = checks(version)


class JourneyPersona(SQLModel, table=True):
    """Link between a journey map and a persona it follows (many-to-many)."""

    __tablename__ = "journey_persona"

    journey_id: uuid.UUID = Field(
        foreign_key="journey_map.id", ondelete="CASCADE", primary_key=True
    )
    persona_id: uuid.UUID = Field(
        foreign_key="persona.id", ondelete="CASCADE", primary_key=True, index=True
    )
    position: int = Field(default=0)


class Stage(SQLModel, table=True):
    """A journey stage (column); may loop to another stage of the same map."""

    __tablename__ = "stage"

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    journey_id: uuid.UUID = Field(foreign_key="journey_map.id", ondelete="CASCADE", index=True)
    position: int = Field(default=0)
    name: str = Field(max_length=NAME_MAX)
    description: str = Field(default="", max_length=TEXT_MAX)
    colour: str = Field(default="", max_length=9)
    loop_to_id: uuid.UUID | None = Field(
        default=None, foreign_key="stage.id", ondelete="SET NULL", nullable=True
    )
    version: int = versioned()
    __mapper_args__ = checks(version)


class Lane(SQLModel, table=True):
    """A journey lane (row) of one kind."""

    __tablename__ = "lane"

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    journey_id: uuid.UUID = Field(foreign_key="journey_map.id", ondelete="CASCADE", index=True)
    position: int = Field(default=0)
    kind: LaneKind = Field(default=LaneKind.TEXT, sa_type=enum_type(LaneKind))
    name: str = Field(max_length=NAME_MAX)
    colour: str = Field(default="", max_length=9)
    version: int = versioned()
    __mapper_args__ = checks(version)


class Cell(SQLModel, table=True):
    """The content at one stage x lane: text, bullet items and an evidence mark."""

    __tablename__ = "cell"
    __table_args__ = (UniqueConstraint("stage_id", "lane_id", name="uq_cell_stage_lane"),)

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    stage_id: uuid.UUID = Field(foreign_key="stage.id", ondelete="CASCADE", index=True)
    lane_id: uuid.UUID = Field(foreign_key="lane.id", ondelete="CASCADE", index=True)
    text: str = Field(default="", max_length=TEXT_MAX)
    items: list[dict[str, Any]] = Field(default_factory=list, sa_type=JSONList, nullable=False)
    evidence: Evidence | None = Field(default=None, sa_type=enum_type(Evidence), nullable=True)
    version: int = versioned()
    __mapper_args__ = checks(version)


class EmotionScore(SQLModel, table=True):
    """How a persona feels at a stage, -2..+2, as-is and optionally to-be."""

    __tablename__ = "emotion_score"
    __table_args__ = (
        CheckConstraint("as_is IS NULL OR as_is BETWEEN -2 AND 2", name="as_is_range"),
        CheckConstraint("to_be IS NULL OR to_be BETWEEN -2 AND 2", name="to_be_range"),
    )

    stage_id: uuid.UUID = Field(foreign_key="stage.id", ondelete="CASCADE", primary_key=True)
    persona_id: uuid.UUID = Field(
        foreign_key="persona.id", ondelete="CASCADE", primary_key=True, index=True
    )
    as_is: int | None = Field(default=None)
    to_be: int | None = Field(default=None)
    version: int = versioned()
    __mapper_args__ = checks(version)


class Metric(SQLModel, table=True):
    """A stage KPI with a unit, a direction and an optional target."""

    __tablename__ = "metric"

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    stage_id: uuid.UUID = Field(foreign_key="stage.id", ondelete="CASCADE", index=True)
    position: int = Field(default=0)
    name: str = Field(max_length=NAME_MAX)
    unit: MetricUnit = Field(default=MetricUnit.COUNT, sa_type=enum_type(MetricUnit))
    direction: Direction = Field(default=Direction.HIGHER_IS_BETTER, sa_type=enum_type(Direction))
    target: float | None = Field(default=None)
    granularity: Granularity = Field(default=Granularity.MONTH, sa_type=enum_type(Granularity))
    catalogue_key: str = Field(default="", max_length=100)
    version: int = versioned()
    __mapper_args__ = checks(version)


class MetricValue(SQLModel, table=True):
    """The value of a metric for the period starting on ``period_start``."""

    __tablename__ = "metric_value"

    metric_id: uuid.UUID = Field(foreign_key="metric.id", ondelete="CASCADE", primary_key=True)
    period_start: date = Field(primary_key=True)
    value: float
    version: int = versioned()
    __mapper_args__ = checks(version)


class WorkshopSession(SQLModel, table=True):
    """A workshop held on a journey map."""

    __tablename__ = "workshop_session"

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    journey_id: uuid.UUID = Field(foreign_key="journey_map.id", ondelete="CASCADE", index=True)
    title: str = Field(max_length=NAME_MAX)
    held_on: date
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    version: int = versioned()
    __mapper_args__ = checks(version)


class CapturedItem(SQLModel, table=True):
    """Something the room said during a workshop, at a stage (none: parking lot)."""

    __tablename__ = "captured_item"
    __table_args__ = (CheckConstraint("votes >= 0", name="votes_not_negative"),)

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="workshop_session.id", ondelete="CASCADE", index=True)
    stage_id: uuid.UUID | None = Field(
        default=None, foreign_key="stage.id", ondelete="SET NULL", nullable=True
    )
    kind: CaptureKind = Field(default=CaptureKind.IDEA, sa_type=enum_type(CaptureKind))
    text: str = Field(max_length=TEXT_MAX)
    votes: int = Field(default=0)
    position: int = Field(default=0)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    version: int = versioned()
    __mapper_args__ = checks(version)


class Snapshot(SQLModel, table=True):
    """A named, frozen copy of a journey map (stages, lanes, cells, scores) as JSON."""

    __tablename__ = "snapshot"

    id: uuid.UUID = Field(default_factory=_uuid, primary_key=True)
    journey_id: uuid.UUID = Field(foreign_key="journey_map.id", ondelete="CASCADE", index=True)
    name: str = Field(max_length=NAME_MAX)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    payload: str = Field(default="{}")


# No stored text holds NUL: PostgreSQL's text type cannot, and a file must not hold what a
# team database refuses (copy, publish). The character has no meaning in anything a user
# types; it reaches us from pasted binary or a damaged import, and is dropped on every
# backend alike as the row is written.
def _without_nul(value: Any) -> Any:
    """``value`` with NUL removed from its text, nested lists and dicts included; the very
    same object when it holds none (so an unchanged row is not made dirty)."""
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value
    if isinstance(value, list | tuple):
        cleaned = [_without_nul(v) for v in value]
        if all(c is v for c, v in zip(cleaned, value, strict=True)):
            return value
        return type(value)(cleaned)
    if isinstance(value, dict):
        pairs = [(_without_nul(k), _without_nul(v)) for k, v in value.items()]
        if all(ck is k and cv is v for (ck, cv), (k, v) in zip(pairs, value.items(), strict=True)):
            return value
        return dict(pairs)
    return value


def _drop_nul(_mapper: Any, _connection: Any, row: Any) -> None:
    for attr in row.__mapper__.column_attrs:
        value = getattr(row, attr.key)
        cleaned = _without_nul(value)
        if cleaned is not value:
            setattr(row, attr.key, cleaned)


event.listen(SQLModel, "before_insert", _drop_nul, propagate=True)
event.listen(SQLModel, "before_update", _drop_nul, propagate=True)
