"""Translated names of the model's enumerations, for every view."""

from PySide6.QtCore import QCoreApplication

from personabuilder.model import Archetype, LaneKind


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
