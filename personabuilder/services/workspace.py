"""Workspace-wide verbs: counts, format version and integrity, settings."""

from sqlalchemy import func
from sqlmodel import select

from personabuilder.model.tables import (
    CapturedItem,
    Cell,
    EmotionScore,
    JourneyMap,
    JourneyPersona,
    Lane,
    Metric,
    MetricValue,
    Persona,
    Snapshot,
    Stage,
    WorkshopSession,
    WorkspaceSetting,
)
from personabuilder.services.conflicts import retry_stale
from personabuilder.services.unit import UnitOfWork

COUNTED = {
    "personas": Persona,
    "journey_maps": JourneyMap,
    "journey_personas": JourneyPersona,
    "stages": Stage,
    "lanes": Lane,
    "cells": Cell,
    "emotion_scores": EmotionScore,
    "metrics": Metric,
    "metric_values": MetricValue,
    "workshop_sessions": WorkshopSession,
    "captured_items": CapturedItem,
    "snapshots": Snapshot,
}


class WorkspaceService:
    """Facts about the workspace as a whole."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def counts(self) -> dict[str, int]:
        """Row count of every table, by a readable name."""
        with self._uow.reading() as s:
            return {
                name: s.exec(select(func.count()).select_from(table)).one()
                for name, table in COUNTED.items()
            }

    def setting(self, key: str, default: str = "") -> str:
        """A workspace setting (language, branding)."""
        with self._uow.reading() as s:
            row = s.get(WorkspaceSetting, key)
            return row.value if row else default

    @retry_stale("workspace setting")
    def set_setting(self, key: str, value: str) -> None:
        """Stores a workspace setting."""
        with self._uow.transaction() as s:
            row = s.get(WorkspaceSetting, key) or WorkspaceSetting(key=key)
            row.value = value
            s.add(row)

    def language(self) -> str:
        """The language the workspace's content is written in ("en" or "fr"), "" if unknown.

        Exports default to it, so a French workspace gives a French report on any machine.
        """
        code = self.setting("language").strip().lower()
        if code == "fr" or code.startswith(("fr_", "fr-")):
            return "fr"
        return "en" if code == "en" or code.startswith(("en_", "en-")) else ""
