"""Undo commands: each user edit is one QUndoCommand whose redo/undo call the services."""

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

if TYPE_CHECKING:
    from personabuilder.services import Services


class EditSession(QObject):
    """The services of the open workspace, its undo stack, and change notifications."""

    persona_changed = Signal(object)  # uuid.UUID: one persona's fields changed
    personas_changed = Signal()  # personas were added or removed: lists must reload
    journey_changed = Signal(object)  # uuid.UUID: one map's content changed
    journeys_changed = Signal()  # maps were added or removed: lists must reload
    edit_failed = Signal(str)

    def __init__(self, services: "Services", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.undo_stack = QUndoStack(self)
        # Backs the workspace up before an import changes it (set by the window; the UI
        # reaches backups only through the composition root).
        self.before_import: Callable[[], None] | None = None


class ServiceCommand(QUndoCommand):
    """An edit whose ``apply(forward)`` calls the services; failures reach the user.

    A redo that fails while being pushed marks the command obsolete, so QUndoStack drops
    it: the stack never holds an edit that did not happen.
    """

    def __init__(self, session: EditSession, text: str, apply: Callable[[bool], None]) -> None:
        super().__init__(text)
        self.session = session
        self.error: str | None = None
        # The team server could not be reached: the editor keeps what the user typed.
        self.connection_lost = False
        self._apply = apply

    def _run(self, forward: bool) -> None:
        try:
            self._apply(forward)
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not Qt
            from personabuilder.services.live import is_connection_lost

            self.error = str(exc)
            self.connection_lost = is_connection_lost(exc)
            if forward:
                self.setObsolete(True)
            self.session.edit_failed.emit(str(exc))

    def redo(self) -> None:
        """Qt override: applies the edit."""
        self._run(True)

    def undo(self) -> None:
        """Qt override: reverts the edit."""
        self._run(False)


def rename_persona(
    session: EditSession, persona_id: uuid.UUID, old: str, new: str
) -> ServiceCommand:
    """Renames a persona."""

    def apply(forward: bool) -> None:
        session.services.personas.update(persona_id, name=new if forward else old)
        session.persona_changed.emit(persona_id)

    return ServiceCommand(session, QCoreApplication.translate("Commands", "Rename persona"), apply)


def rename_journey(
    session: EditSession, journey_id: uuid.UUID, old: str, new: str
) -> ServiceCommand:
    """Renames a journey map."""

    def apply(forward: bool) -> None:
        session.services.journeys.rename(journey_id, new if forward else old)
        session.journey_changed.emit(journey_id)

    return ServiceCommand(
        session, QCoreApplication.translate("Commands", "Rename journey map"), apply
    )


def map_command(
    session: EditSession, journey_id: uuid.UUID, text: str, apply: Callable[[bool], None]
) -> ServiceCommand:
    """A command that changes one journey map, then tells the views showing it."""

    def run(forward: bool) -> None:
        apply(forward)
        session.journey_changed.emit(journey_id)

    return ServiceCommand(session, text, run)
