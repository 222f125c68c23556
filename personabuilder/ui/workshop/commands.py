"""Undo commands of workshop mode: capture an item, dot-vote, change an emotion score, and put
the session's items on the map."""

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from personabuilder.model import CaptureKind
from personabuilder.ui.common.commands import EditSession, ServiceCommand

if TYPE_CHECKING:
    from personabuilder.services.workshop import MapAddition, ScorePair, WorkshopService


def _workshop(session: EditSession) -> "WorkshopService":
    return session.services.workshop


def _command(
    session: EditSession, journey_id: uuid.UUID, text: str, apply: Callable[[bool], None]
) -> ServiceCommand:
    def run(forward: bool) -> None:
        apply(forward)
        session.journey_changed.emit(journey_id)

    return ServiceCommand(session, text, run)


def capture_text(kind: CaptureKind) -> str:
    """The undo text of capturing an item of ``kind``."""
    return {
        CaptureKind.PAIN_POINT: QCoreApplication.translate("Commands", "Capture pain point"),
        CaptureKind.IDEA: QCoreApplication.translate("Commands", "Capture idea"),
        CaptureKind.QUESTION: QCoreApplication.translate("Commands", "Capture question"),
        CaptureKind.PARKING: QCoreApplication.translate("Commands", "Add to parking lot"),
    }[kind]


def capture_item(
    session: EditSession,
    journey_id: uuid.UUID,
    workshop_id: uuid.UUID,
    stage_id: uuid.UUID | None,
    kind: CaptureKind,
    text: str,
) -> ServiceCommand:
    """Keeps what the room said; undo removes it, redo puts back the same item."""
    item_id = uuid.uuid4()
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        svc = _workshop(session)
        if not forward:
            state["item"] = svc.remove(item_id)
        elif "item" in state:
            svc.restore(state["item"])
        else:
            svc.capture(workshop_id, stage_id, kind, text, item_id=item_id)

    command = _command(session, journey_id, capture_text(kind), apply)
    command.item_id = item_id  # type: ignore[attr-defined]
    return command


def vote(
    session: EditSession, journey_id: uuid.UUID, item_id: uuid.UUID, delta: int
) -> ServiceCommand:
    """Adds a dot vote to an idea (``delta`` 1) or takes one away (-1)."""

    def apply(forward: bool) -> None:
        _workshop(session).vote(item_id, delta if forward else -delta)

    text = (
        QCoreApplication.translate("Commands", "Vote")
        if delta > 0
        else QCoreApplication.translate("Commands", "Remove vote")
    )
    return _command(session, journey_id, text, apply)


def change_emotion(
    session: EditSession,
    journey_id: uuid.UUID,
    workshop_id: uuid.UUID,
    stage_id: uuid.UUID,
    persona_id: uuid.UUID,
    scores: "ScorePair",
) -> ServiceCommand:
    """Sets a persona's scores at a stage and records the change in the workshop session."""
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        svc = _workshop(session)
        if forward:
            state["undo"] = svc.change_emotion(workshop_id, stage_id, persona_id, scores)
        else:
            svc.revert_emotion(state["undo"])

    return _command(
        session,
        journey_id,
        QCoreApplication.translate("Commands", "Change emotion score"),
        apply,
    )


def add_to_map(
    session: EditSession, journey_id: uuid.UUID, workshop_id: uuid.UUID
) -> ServiceCommand:
    """Adds the session's new pain points and ideas to their lanes; undo takes them off.

    The command's ``addition`` is what the latest redo did (None before the first).
    """
    state: dict[str, Any] = {"ids": ()}

    def apply(forward: bool) -> None:
        svc = _workshop(session)
        if forward:
            addition: MapAddition = svc.add_to_map(workshop_id, cell_ids=state["ids"])
            state["ids"] = addition.cell_ids
            state["addition"] = addition
            command.addition = addition  # type: ignore[attr-defined]
        else:
            svc.take_off_map(state["addition"])

    command = _command(
        session,
        journey_id,
        QCoreApplication.translate("Commands", "Add workshop items to the map"),
        apply,
    )
    command.addition = None  # type: ignore[attr-defined]
    return command
