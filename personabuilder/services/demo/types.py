"""Shapes of the starter and demo content, as plain typed data (no ORM, no Qt)."""

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
