"""Enumerations of the workspace schema, stored by value."""

from enum import StrEnum


class Archetype(StrEnum):
    """The buying role a persona plays."""

    EXECUTIVE_SPONSOR = "executive_sponsor"
    TECHNICAL_EVALUATOR = "technical_evaluator"
    END_USER_CHAMPION = "end_user_champion"
    CUSTOM = "custom"


class LaneKind(StrEnum):
    """What a journey lane (row) holds."""

    TEXT = "text"
    TOUCHPOINTS = "touchpoints"
    EMOTION = "emotion"
    PAIN_POINTS = "pain_points"
    OPPORTUNITIES = "opportunities"
    METRICS = "metrics"
    BACKSTAGE = "backstage"


class MetricUnit(StrEnum):
    """Unit of a stage metric."""

    COUNT = "count"
    PERCENT = "percent"
    CURRENCY = "currency"
    DAYS = "days"
    SCORE = "score"


class Direction(StrEnum):
    """Which way a metric improves."""

    HIGHER_IS_BETTER = "higher_is_better"
    LOWER_IS_BETTER = "lower_is_better"


class Granularity(StrEnum):
    """Length of a metric period."""

    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"


class Evidence(StrEnum):
    """How well a journey cell is backed by research."""

    ASSUMPTION = "assumption"
    PARTLY_BACKED = "partly_backed"
    RESEARCH_BACKED = "research_backed"


class CaptureKind(StrEnum):
    """What a workshop captured item is."""

    PAIN_POINT = "pain_point"
    IDEA = "idea"
    QUESTION = "question"
    PARKING = "parking"
