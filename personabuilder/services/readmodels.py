"""Read models: frozen snapshots the services hand to the UI, CLI and exports."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any

from personabuilder.model import (
    Archetype,
    Direction,
    Evidence,
    Granularity,
    LaneKind,
    MetricUnit,
)
from personabuilder.services.conflicts import Base

LIST_FIELDS = (
    "goals",
    "pain_points",
    "motivations",
    "objections",
    "decision_criteria",
    "channels",
    "tools",
    "tags",
)
TEXT_FIELDS = (
    "name",
    "custom_archetype",
    "job_title",
    "company",
    "company_size",
    "industry",
    "age_band",
    "location",
    "quote",
    "bio",
)


@dataclass(frozen=True)
class PersonaSummary:
    """What a list of personas shows."""

    id: uuid.UUID
    name: str
    archetype: Archetype
    custom_archetype: str
    job_title: str
    company: str
    updated_at: datetime


@dataclass(frozen=True)
class PersonaData:
    """Every editable field of a persona (input to create, and part of the detail)."""

    name: str
    archetype: Archetype = Archetype.CUSTOM
    custom_archetype: str = ""
    job_title: str = ""
    company: str = ""
    company_size: str = ""
    industry: str = ""
    age_band: str = ""
    location: str = ""
    quote: str = ""
    bio: str = ""
    goals: tuple[str, ...] = ()
    pain_points: tuple[str, ...] = ()
    motivations: tuple[str, ...] = ()
    objections: tuple[str, ...] = ()
    decision_criteria: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    tools: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    tech_savviness: int = 3
    influence: int = 3
    photo: bytes | None = None
    photo_mime: str = ""


@dataclass(frozen=True)
class PersonaDetail:
    """A whole persona, with the journey maps that use it."""

    id: uuid.UUID
    position: int
    data: PersonaData
    created_at: datetime
    updated_at: datetime
    journeys: tuple[tuple[uuid.UUID, str], ...] = ()
    # The row version this read saw (the base of an edit); equal personas compare equal.
    version: int = field(default=0, compare=False)

    @property
    def base(self) -> Base:
        """What an edit of this persona, as read here, is based on."""
        return Base(self.version, {f.name: getattr(self.data, f.name) for f in fields(self.data)})


@dataclass(frozen=True)
class JourneySummary:
    """What a list of journey maps shows."""

    id: uuid.UUID
    title: str
    stage_count: int
    updated_at: datetime


@dataclass(frozen=True)
class StageView:
    """A stage of a journey map."""

    id: uuid.UUID
    position: int
    name: str
    description: str
    colour: str
    loop_to_id: uuid.UUID | None
    version: int = field(default=0, compare=False)  # the row version this read saw

    @property
    def base(self) -> Base:
        """What an edit of this stage, as read here, is based on."""
        return Base(
            self.version,
            {
                "name": self.name,
                "description": self.description,
                "colour": self.colour,
                "loop_to_id": self.loop_to_id,
            },
        )


@dataclass(frozen=True)
class LaneView:
    """A lane of a journey map."""

    id: uuid.UUID
    position: int
    kind: LaneKind
    name: str
    colour: str
    version: int = field(default=0, compare=False)  # the row version this read saw

    @property
    def base(self) -> Base:
        """What an edit of this lane, as read here, is based on."""
        return Base(self.version, {"name": self.name, "colour": self.colour})


@dataclass(frozen=True)
class CellView:
    """The content at one stage x lane."""

    id: uuid.UUID
    stage_id: uuid.UUID
    lane_id: uuid.UUID
    text: str
    items: tuple[dict[str, Any], ...]
    evidence: Evidence | None
    version: int = field(default=0, compare=False)  # the row version this read saw

    @property
    def base(self) -> Base:
        """What an edit of this cell, as read here, is based on."""
        return Base(
            self.version, {"text": self.text, "items": self.items, "evidence": self.evidence}
        )


# A cell without content has no row: an edit of it is based on version 0, empty.
EMPTY_CELL = Base(0, {"text": "", "items": (), "evidence": None})


@dataclass(frozen=True)
class EmotionView:
    """A persona's emotion score at a stage."""

    stage_id: uuid.UUID
    persona_id: uuid.UUID
    as_is: int | None
    to_be: int | None


@dataclass(frozen=True)
class MetricView:
    """A stage metric with its values, oldest period first."""

    id: uuid.UUID
    stage_id: uuid.UUID
    position: int
    name: str
    unit: MetricUnit
    direction: Direction
    target: float | None
    granularity: Granularity
    values: tuple[tuple[date, float], ...] = ()
    catalogue_key: str = ""
    version: int = field(default=0, compare=False)  # the row version this read saw

    @property
    def base(self) -> Base:
        """What an edit of this metric's fields, as read here, is based on."""
        return Base(
            self.version,
            {
                "name": self.name,
                "unit": self.unit,
                "direction": self.direction,
                "target": self.target,
                "granularity": self.granularity,
                "catalogue_key": self.catalogue_key,
            },
        )

    @property
    def values_base(self) -> dict[date, float | None]:
        """The values as read here: the base of an edit of this metric's values."""
        return dict(self.values)

    @property
    def latest(self) -> float | None:
        """The value of the newest period, if any."""
        return self.values[-1][1] if self.values else None


@dataclass(frozen=True)
class PersonaRef:
    """A persona as a journey map names it."""

    id: uuid.UUID
    name: str
    archetype: Archetype


@dataclass(frozen=True)
class JourneyDetail:
    """A whole journey map: stages, lanes, cells, emotion scores, metrics, personas."""

    id: uuid.UUID
    title: str
    description: str
    created_at: datetime
    updated_at: datetime
    personas: tuple[PersonaRef, ...]
    stages: tuple[StageView, ...]
    lanes: tuple[LaneView, ...]
    cells: tuple[CellView, ...]
    emotions: tuple[EmotionView, ...]
    metrics: tuple[MetricView, ...]
    version: int = field(default=0, compare=False)  # the row version this read saw

    def cell(self, stage_id: uuid.UUID, lane_id: uuid.UUID) -> CellView | None:
        """The cell at a stage and lane, if it has content."""
        for c in self.cells:
            if c.stage_id == stage_id and c.lane_id == lane_id:
                return c
        return None

    def cell_base(self, stage_id: uuid.UUID, lane_id: uuid.UUID) -> Base:
        """What an edit of the cell at a stage and lane, as read here, is based on."""
        found = self.cell(stage_id, lane_id)
        return EMPTY_CELL if found is None else found.base

    @property
    def base(self) -> Base:
        """What an edit of this map's title or description, as read here, is based on."""
        return Base(self.version, {"title": self.title, "description": self.description})


@dataclass(frozen=True)
class StageSpec:
    """A stage to create; ``loop_to`` is the index of the stage it loops to."""

    name: str
    description: str = ""
    colour: str = ""
    loop_to: int | None = None


@dataclass(frozen=True)
class LaneSpec:
    """A lane to create."""

    kind: LaneKind
    name: str
    colour: str = ""


@dataclass(frozen=True)
class CellSpec:
    """Content of a cell to create."""

    text: str = ""
    items: tuple[dict[str, Any], ...] = ()
    evidence: Evidence | None = None


@dataclass(frozen=True)
class MetricSpec:
    """A metric to create on the stage at index ``stage``."""

    stage: int
    name: str
    unit: MetricUnit = MetricUnit.COUNT
    direction: Direction = Direction.HIGHER_IS_BETTER
    target: float | None = None
    granularity: Granularity = Granularity.MONTH
    values: tuple[tuple[date, float], ...] = ()
    catalogue_key: str = ""


@dataclass(frozen=True)
class JourneySpec:
    """A whole journey map to create in one transaction."""

    title: str
    description: str = ""
    persona_ids: tuple[uuid.UUID, ...] = ()
    stages: tuple[StageSpec, ...] = ()
    lanes: tuple[LaneSpec, ...] = ()
    # (stage index, lane index) -> content
    cells: dict[tuple[int, int], CellSpec] = field(default_factory=dict)
    # (stage index, persona id) -> (as-is, to-be)
    emotions: dict[tuple[int, uuid.UUID], tuple[int | None, int | None]] = field(
        default_factory=dict
    )
    metrics: tuple[MetricSpec, ...] = ()


@dataclass(frozen=True)
class WorkspaceInfo:
    """Counts, format version and integrity of a workspace (``personabuilder info``)."""

    path: str
    schema_version: int
    integrity: str
    counts: dict[str, int]


def persona_from_seed(seed: Mapping[str, Any]) -> PersonaData:
    """PersonaData from a demo or template seed: the fields it has, lists as tuples."""
    names = {f.name for f in fields(PersonaData)}
    values: dict[str, Any] = {
        key: tuple(value) if key in LIST_FIELDS else value
        for key, value in seed.items()
        if key in names
    }
    values["archetype"] = Archetype(values.get("archetype", Archetype.CUSTOM))
    return PersonaData(**values)
