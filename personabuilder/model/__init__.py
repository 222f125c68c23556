"""The workspace schema: enumerations here; the SQLModel tables in ``model.tables``.

Importing this package stays cheap (no SQLAlchemy), so the UI can use the enums before
the store is loaded.
"""

from personabuilder.model.enums import (
    Archetype,
    CaptureKind,
    Direction,
    Evidence,
    Granularity,
    LaneKind,
    MetricUnit,
)

__all__ = [
    "Archetype",
    "CaptureKind",
    "Direction",
    "Evidence",
    "Granularity",
    "LaneKind",
    "MetricUnit",
]


_TABLES = frozenset(
    {
        "CapturedItem",
        "Cell",
        "EmotionScore",
        "JourneyMap",
        "JourneyPersona",
        "Lane",
        "Metric",
        "MetricValue",
        "Persona",
        "Snapshot",
        "Stage",
        "WorkshopSession",
        "WorkspaceSetting",
        "metadata",
    }
)


def __getattr__(name: str) -> object:
    # Tables load on first use only (SQLAlchemy costs ~0.4 s at start-up). Any other name
    # must fail at once: import machinery and Qt probe attributes such as __wrapped__.
    if name not in _TABLES:
        raise AttributeError(f"module 'personabuilder.model' has no attribute {name!r}")
    from personabuilder.model import tables

    return getattr(tables, name)
