"""Undo commands of stage metrics: add, change, delete a metric, set values (typed or pasted)."""

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from personabuilder.ui.common.commands import EditSession, ServiceCommand, map_command

if TYPE_CHECKING:
    from personabuilder.services.metrics import CohortRow, MetricDraft, MetricRecord


def add_metric(
    session: EditSession, journey_id: uuid.UUID, stage_id: uuid.UUID, draft: "MetricDraft"
) -> ServiceCommand:
    """Adds a metric to a stage; undo removes it, redo puts back the same one."""
    metric_id = uuid.uuid4()
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        svc = session.services.metrics
        if forward:
            if "record" in state:
                svc.restore(state["record"])
            else:
                svc.add(stage_id, draft, metric_id=metric_id)
        else:
            state["record"] = svc.delete(metric_id)

    command = map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Add metric"), apply
    )
    command.metric_id = metric_id  # type: ignore[attr-defined]
    return command


def update_metric(
    session: EditSession, journey_id: uuid.UUID, metric_id: uuid.UUID, **changes: Any
) -> ServiceCommand:
    """Changes a metric's name, unit, direction, target or period length."""
    state: dict[str, dict[str, Any]] = {}

    def apply(forward: bool) -> None:
        svc = session.services.metrics
        if forward:
            state["old"] = svc.update(metric_id, **changes)
        else:
            svc.update(metric_id, **state["old"])

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Edit metric"), apply
    )


def delete_metric(
    session: EditSession, journey_id: uuid.UUID, metric_id: uuid.UUID
) -> ServiceCommand:
    """Deletes a metric with its values; undo brings both back."""
    state: dict[str, MetricRecord] = {}

    def apply(forward: bool) -> None:
        svc = session.services.metrics
        if forward:
            state["record"] = svc.delete(metric_id)
        else:
            svc.restore(state["record"])

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Delete metric"), apply
    )


def set_values(
    session: EditSession,
    journey_id: uuid.UUID,
    changes: Mapping[uuid.UUID, Mapping[date, float | None]],
    text: str | None = None,
) -> ServiceCommand:
    """Sets values of one or more metrics in one step (typing, pasting, importing)."""
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        svc = session.services.metrics
        if forward:
            state["before"] = svc.set_many(changes)
        else:
            svc.set_many(state["before"])

    return map_command(
        session,
        journey_id,
        text or QCoreApplication.translate("Commands", "Set metric values"),
        apply,
    )


def set_cohorts(
    session: EditSession, journey_id: uuid.UUID, rows: "tuple[CohortRow, ...]"
) -> ServiceCommand:
    """Keeps a cohort table with the map (replacing the one before, which undo restores)."""
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        svc = session.services.metrics
        if forward:
            state["before"] = svc.set_cohorts(journey_id, rows)
        else:
            svc.set_cohorts(journey_id, state["before"])

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Load cohort table"), apply
    )
