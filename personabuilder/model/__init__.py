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


def __getattr__(name: str) -> object:
    # Tables are loaded on first use only: SQLAlchemy costs ~0.4 s at start-up.
    from personabuilder.model import tables

    try:
        return getattr(tables, name)
    except AttributeError:
        raise AttributeError(f"module 'personabuilder.model' has no attribute {name!r}") from None
