"""Translated names of the model's enumerations, for every view."""

from PySide6.QtCore import QCoreApplication, QLocale

from personabuilder.model import Archetype, Direction, Granularity, LaneKind, MetricUnit


def archetype_label(archetype: Archetype, custom_name: str = "") -> str:
    """The archetype as users read it; a custom archetype shows the name the user gave."""
    if archetype is Archetype.CUSTOM and custom_name:
        return custom_name
    return {
        Archetype.EXECUTIVE_SPONSOR: QCoreApplication.translate("Labels", "Executive sponsor"),
        Archetype.TECHNICAL_EVALUATOR: QCoreApplication.translate("Labels", "Technical evaluator"),
        Archetype.END_USER_CHAMPION: QCoreApplication.translate("Labels", "End-user champion"),
        Archetype.CUSTOM: QCoreApplication.translate("Labels", "Custom"),
    }[archetype]


def lane_kind_label(kind: LaneKind) -> str:
    """The name of a lane kind."""
    return {
        LaneKind.TEXT: QCoreApplication.translate("Labels", "Text"),
        LaneKind.TOUCHPOINTS: QCoreApplication.translate("Labels", "Touchpoints & channels"),
        LaneKind.EMOTION: QCoreApplication.translate("Labels", "Emotion"),
        LaneKind.PAIN_POINTS: QCoreApplication.translate("Labels", "Pain points"),
        LaneKind.OPPORTUNITIES: QCoreApplication.translate("Labels", "Opportunities"),
        LaneKind.METRICS: QCoreApplication.translate("Labels", "Metrics"),
        LaneKind.BACKSTAGE: QCoreApplication.translate("Labels", "Backstage"),
    }[kind]


STATUS_MARKS = {"on_track": "●", "at_risk": "◐", "off_track": "○", "not_available": "–"}


def ui_language() -> str:
    """The language charts and numbers are written in."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


def unit_label(unit: MetricUnit) -> str:
    """The name of a metric unit."""
    return {
        MetricUnit.COUNT: QCoreApplication.translate("Labels", "Count"),
        MetricUnit.PERCENT: QCoreApplication.translate("Labels", "Percent"),
        MetricUnit.CURRENCY: QCoreApplication.translate("Labels", "Currency"),
        MetricUnit.DAYS: QCoreApplication.translate("Labels", "Days"),
        MetricUnit.SCORE: QCoreApplication.translate("Labels", "Score"),
    }[unit]


def direction_label(direction: Direction) -> str:
    """Which way a metric improves, as users read it."""
    return {
        Direction.HIGHER_IS_BETTER: QCoreApplication.translate("Labels", "Higher is better"),
        Direction.LOWER_IS_BETTER: QCoreApplication.translate("Labels", "Lower is better"),
    }[direction]


def granularity_label(granularity: Granularity) -> str:
    """The length of a metric's periods."""
    return {
        Granularity.WEEK: QCoreApplication.translate("Labels", "Week"),
        Granularity.MONTH: QCoreApplication.translate("Labels", "Month"),
        Granularity.QUARTER: QCoreApplication.translate("Labels", "Quarter"),
    }[granularity]


def status_label(status: str) -> str:
    """How a metric stands against its target."""
    return {
        "on_track": QCoreApplication.translate("Labels", "On track"),
        "at_risk": QCoreApplication.translate("Labels", "At risk"),
        "off_track": QCoreApplication.translate("Labels", "Off track"),
        "not_available": QCoreApplication.translate("Labels", "Not available"),
    }[status]
