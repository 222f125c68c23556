"""Translated names of the model's enumerations, for every view."""

from PySide6.QtCore import QCoreApplication

from personabuilder.model import Archetype, LaneKind


def _tr(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def archetype_label(archetype: Archetype, custom_name: str = "") -> str:
    """The archetype as users read it; a custom archetype shows the name the user gave."""
    if archetype is Archetype.CUSTOM and custom_name:
        return custom_name
    return {
        Archetype.EXECUTIVE_SPONSOR: _tr("Executive sponsor"),
        Archetype.TECHNICAL_EVALUATOR: _tr("Technical evaluator"),
        Archetype.END_USER_CHAMPION: _tr("End-user champion"),
        Archetype.CUSTOM: _tr("Custom"),
    }[archetype]


def lane_kind_label(kind: LaneKind) -> str:
    """The name of a lane kind."""
    return {
        LaneKind.TEXT: _tr("Text"),
        LaneKind.TOUCHPOINTS: _tr("Touchpoints & channels"),
        LaneKind.EMOTION: _tr("Emotion"),
        LaneKind.PAIN_POINTS: _tr("Pain points"),
        LaneKind.OPPORTUNITIES: _tr("Opportunities"),
        LaneKind.METRICS: _tr("Metrics"),
        LaneKind.BACKSTAGE: _tr("Backstage"),
    }[kind]
