"""Undo commands of stage metrics: add, change, delete a metric, set values (typed or pasted)."""

import uuid
from collections.abc import Mapping
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from personabuilder.services.conflicts import Base
from personabuilder.services.errors import EditConflict
from personabuilder.ui.common.commands import (
    EditSession,
    RowSteps,
    ServiceCommand,
    choose,
    map_command,
)

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
    session: EditSession,
    journey_id: uuid.UUID,
    metric_id: uuid.UUID,
    *,
    base: Base | None = None,
    **changes: Any,
) -> ServiceCommand:
    """Changes a metric's name, unit, direction, target or period length, based on ``base``
    (the metric as shown, ``MetricView.base``; None: as stored when it runs)."""
    steps = RowSteps(
        lambda wanted, seen: session.services.metrics.edit(metric_id, wanted, seen),
        changes,
        base,
    )
    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Edit metric"), steps.run
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


def _by_day(values: Mapping[Any, Any]) -> dict[date, float | None]:
    """Values keyed by period again (a conflict names its fields as text)."""
    return {
        day if isinstance(day, date) else date.fromisoformat(str(day)): value
        for day, value in values.items()
    }


Changes = Mapping[uuid.UUID, Mapping[date, float | None]]


def _put(
    session: EditSession, wanted: Changes, seen: Changes | None
) -> tuple[dict[uuid.UUID, dict[date, float | None]], dict[uuid.UUID, dict[date, float | None]]]:
    """Sets values based on ``seen``; a period a colleague changed too is shown to the user,
    one metric at a time. Returns what the periods held before and what was written."""
    svc = session.services.metrics
    now = {metric_id: dict(values) for metric_id, values in wanted.items()}
    bases = (
        None if seen is None else {metric_id: dict(values) for metric_id, values in seen.items()}
    )
    while True:
        try:
            return svc.set_many(now, base=bases), now
        except EditConflict as conflict:
            metric_id = conflict.row_id
            if (
                not conflict.conflicts
                or not isinstance(metric_id, uuid.UUID)
                or metric_id not in now
            ):
                raise
            now[metric_id] = {**now[metric_id], **_by_day(choose(conflict))}
            bases = {**(bases or {}), metric_id: _by_day(conflict.theirs)}


def set_values(
    session: EditSession,
    journey_id: uuid.UUID,
    changes: Changes,
    text: str | None = None,
    *,
    base: Changes | None = None,
) -> ServiceCommand:
    """Sets values of one or more metrics in one step (typing, pasting, importing).

    ``base`` holds, per metric, the values as shown (``MetricView.values_base``); undo and
    redo are based on what the step before wrote, so a value a colleague changed since is
    shown to the user rather than overwritten.
    """
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        if forward:
            if "before" not in state:
                state["before"], state["written"] = _put(session, changes, base)
            else:
                _, state["written"] = _put(session, state["written"], state["before"])
        else:
            _, state["before"] = _put(session, state["before"], state["written"])

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
