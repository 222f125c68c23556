"""Shapes of the starter and demo content, as plain typed data (no ORM, no Qt).

The demo is written in two halves: its structure (the ``*Shape`` classes below, filled in
``structure.py``), which holds every key, number and link once, and the words of each
language (``words_en.py``, ``words_fr.py``). ``content.py`` joins them into the ``*Seed``
dictionaries the starter builds a workspace from.
"""

from dataclasses import dataclass
from typing import NotRequired, TypedDict


class PersonaSeed(TypedDict):
    """One persona of the demo workspace, every field filled."""

    key: str  # stable key used by journeys to link personas: "exec", "tech", "champion"
    archetype: str  # an Archetype value: executive_sponsor, technical_evaluator, end_user_champion
    name: str
    job_title: str
    company: str
    company_size: str  # e.g. "200-500 employees"
    industry: str
    age_band: str  # e.g. "45-54"
    location: str
    quote: str
    bio: str
    goals: list[str]
    pain_points: list[str]
    motivations: list[str]
    objections: list[str]
    decision_criteria: list[str]
    channels: list[str]
    tools: list[str]
    tech_savviness: int  # 1..5
    influence: int  # 1..5
    tags: list[str]


class ItemSeed(TypedDict):
    """A bullet item inside a cell; severity (pain points) or impact/effort (opportunities)."""

    text: str
    severity: NotRequired[int]  # 1..5, pain points lane only
    impact: NotRequired[int]  # 1..5, opportunities lane only
    effort: NotRequired[int]  # 1..5, opportunities lane only


class CellSeed(TypedDict):
    """Content of one stage x lane cell."""

    text: str
    items: list[ItemSeed]
    evidence: str | None  # None, "assumption", "partly_backed" or "research_backed"


class StageSeed(TypedDict):
    """A journey stage (a column)."""

    key: str
    name: str
    description: str
    colour: str  # "#rrggbb"
    loop_to: str | None  # key of another stage this one loops back to (a cycle)


class LaneSeed(TypedDict):
    """A journey lane (a row)."""

    key: str
    kind: str  # a LaneKind value
    name: str


class MetricSeed(TypedDict):
    """A stage metric with twelve monthly values, oldest first."""

    stage: str  # stage key
    name: str
    unit: str  # count, percent, currency, days, score
    direction: str  # higher_is_better or lower_is_better
    target: float | None
    values: list[float]  # exactly 12 monthly values, oldest first
    # The metric's kind (a catalogue key): what analytics find it by, in every language.
    catalogue_key: NotRequired[str]


class JourneySeed(TypedDict):
    """A whole journey map of the demo workspace."""

    title: str
    description: str
    personas: list[str]  # persona keys
    stages: list[StageSeed]
    lanes: list[LaneSeed]
    cells: dict[str, dict[str, CellSeed]]  # stage key -> lane key -> cell
    emotions: dict[str, list[tuple[int, int | None]]]  # persona key -> (as_is, to_be) per stage
    metrics: list[MetricSeed]
    # The name of the "accounts reaching the stage" metric the funnel charts (9-stage map).
    reach_metric: NotRequired[str]


class DemoContent(TypedDict):
    """Everything the demo workspace holds, in one language."""

    personas: list[PersonaSeed]
    journeys: list[JourneySeed]


# The structure of the demo, without words -------------------------------------------------


@dataclass(frozen=True)
class PersonaShape:
    """A demo persona: its figures, and the ids of the entries of each of its lists.

    Its texts are the words ``"<key>.<field>"`` (name, job title, ...) and
    ``"<key>.<list>.<id>"`` for each entry of a list, in the order written here.
    """

    key: str
    archetype: str
    age_band: str  # the same in every language, e.g. "45-54"
    tech_savviness: int
    influence: int
    goals: tuple[str, ...]
    pain_points: tuple[str, ...]
    motivations: tuple[str, ...]
    objections: tuple[str, ...]
    decision_criteria: tuple[str, ...]
    channels: tuple[str, ...]
    tools: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True)
class Stage:
    """A stage: words ``"<map>.<key>.name"`` and ``"<map>.<key>.description"``."""

    key: str
    colour: str
    loop_to: str | None = None


@dataclass(frozen=True)
class Lane:
    """A lane: word ``"<map>.lane.<key>"``."""

    key: str
    kind: str  # a LaneKind value


@dataclass(frozen=True)
class Item:
    """A bullet of a cell: word ``"<map>.<stage>.<lane>.<key>"``, and its scores if any."""

    key: str
    severity: int | None = None
    impact: int | None = None
    effort: int | None = None


@dataclass(frozen=True)
class Cell:
    """A cell: its evidence, its bullets, and a text (word ``"<map>.<stage>.<lane>"``)."""

    evidence: str | None
    text: bool = True  # False: the cell has no text, only bullets
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Metric:
    """A stage metric: its kind and figures, twelve monthly values, oldest first.

    Its name is the metric catalogue's name for its kind in each language, unless ``name``
    gives a word of its own (``"metric.<name>"``). Unit and direction are the catalogue's
    for the kind; only a metric outside the catalogue (no kind) writes them.
    """

    stage: str
    kind: str | None  # a catalogue key, or None for a metric the catalogue does not know
    target: float | None
    values: tuple[float, ...]
    name: str | None = None
    unit: str | None = None
    direction: str | None = None


@dataclass(frozen=True)
class JourneyShape:
    """A demo journey map: words ``"<key>.title"`` and ``"<key>.description"``."""

    key: str
    personas: tuple[str, ...]
    stages: tuple[Stage, ...]
    lanes: tuple[Lane, ...]
    cells: dict[str, dict[str, Cell]]  # stage key -> lane key -> cell
    emotions: dict[str, tuple[tuple[int, int | None], ...]]  # persona key -> per stage
    metrics: tuple[Metric, ...]
    reach: bool = False  # charts the funnel: "accounts reaching the stage" on each stage
