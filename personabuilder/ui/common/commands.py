"""Undo commands: each user edit is one QUndoCommand whose redo/undo call the services."""

import logging
import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from personabuilder.services.conflicts import Base, Edited
from personabuilder.services.errors import EditConflict, RowGoneError
from personabuilder.ui.common import conflict_dialog

if TYPE_CHECKING:
    from personabuilder.services import Services

STATUS_TIMEOUT_MS = 10_000
logger = logging.getLogger(__name__)


class EditSession(QObject):
    """The services of the open workspace, its undo stack, and change notifications."""

    persona_changed = Signal(object)  # uuid.UUID: one persona's fields changed
    personas_changed = Signal()  # personas were added or removed: lists must reload
    journey_changed = Signal(object)  # uuid.UUID: one map's content changed
    journeys_changed = Signal()  # maps were added or removed: lists must reload
    edit_failed = Signal(str)

    def __init__(
        self, services: "Services", parent: QObject | None = None, *, read_only: bool = False
    ) -> None:
        super().__init__(parent)
        self.services = services
        self._read_only = read_only
        self.undo_stack: QUndoStack = _ViewOnlyUndoStack(self) if read_only else QUndoStack(self)
        # Backs the workspace up before an import changes it (set by the window; the UI
        # reaches backups only through the composition root).
        self.before_import: Callable[[], None] | None = None

    @property
    def read_only(self) -> bool:
        """True when the workspace may be viewed but not changed (a viewer, a locked file)."""
        return self._read_only


def read_only_hint() -> str:
    """The one sentence that tells a viewer why nothing can be edited."""
    return QCoreApplication.translate("ReadOnly", "You can view this workspace but not change it.")


def note_read_only() -> None:
    """Says in the window's status bar that this workspace is for viewing only."""
    _status_note(read_only_hint())


class _ViewOnlyUndoStack(QUndoStack):
    """The undo stack of a read-only session: a step pushed by mistake is dropped unrun."""

    def push(self, cmd: QUndoCommand) -> None:
        """Qt override: nothing is run or kept; the status bar says why."""
        # The views disable every edit; this only catches one they missed, before any write
        # reaches a database that would refuse it anyway.
        logger.warning("Edit %r dropped: the workspace is read-only", cmd.text())
        note_read_only()

    def beginMacro(self, text: str) -> None:
        """Qt override: a macro of a read-only session stays empty (never opened)."""

    def endMacro(self) -> None:
        """Qt override: see beginMacro."""


class EditCancelled(Exception):
    """The user kept a colleague's version rather than save theirs; nothing was written."""


def dialog_parent() -> QWidget | None:
    """The window a conflict dialog belongs to (the active one)."""
    return QApplication.activeWindow()


def _status_note(text: str) -> None:
    window = dialog_parent()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)


def checked(
    run: Callable[[Mapping[str, Any], Base | None], Edited],
    changes: Mapping[str, Any],
    base: Base | None,
) -> Edited:
    """Runs a checked edit; when a colleague changed the same fields, the user chooses.

    Each conflict shows both texts (``conflict_dialog.resolve_conflict``); the chosen values
    are saved on what is there now, again until no one else got in between. Raises
    EditCancelled when the user cancels (their text then waits on the clipboard) or keeps
    their colleague's version of everything (nothing to write), RowGoneError when the row
    was deleted.
    """
    wanted = dict(changes)
    chose = False
    while True:
        try:
            done = run(wanted, base)
        except EditConflict as conflict:
            if not conflict.conflicts:
                raise  # a row hammered by others: no field to choose, the message says so
            wanted = {**wanted, **choose(conflict)}
            base = Base(conflict.version, conflict.theirs)
            chose = True
            continue
        if chose and not done.written:
            # They kept their colleague's version of everything: no step to undo or redo.
            raise EditCancelled("Their version was kept.")
        return done


Rows = list[tuple[Any, Mapping[str, Any], Base | None]]  # each row's key, changes, base


def checked_rows(run: Callable[[Rows], list[Edited]], rows: Rows) -> list[Edited]:
    """Runs a checked edit of many rows in one transaction (``checked`` for each row).

    ``rows`` holds each row's key (the ``row_id`` its EditConflict names), changes and base.
    When a colleague changed the same field of one of them, the user chooses for that row
    and the whole edit runs again; nothing is written until every row is settled. Raises
    EditCancelled when the user cancels.
    """
    rows = [(key, dict(changes), base) for key, changes, base in rows]
    keys = [key for key, _, _ in rows]
    chose = False
    while True:
        try:
            done = run(rows)
        except EditConflict as conflict:
            if not conflict.conflicts or conflict.row_id not in keys:
                raise
            i = keys.index(conflict.row_id)
            key, wanted, _ = rows[i]
            rows[i] = (key, {**wanted, **choose(conflict)}, Base(conflict.version, conflict.theirs))
            chose = True
            continue
        if chose and not any(d.written for d in done):
            raise EditCancelled("Their version was kept.")
        return done


class RowsSteps:
    """The undo state of one checked edit of many rows (``RowSteps`` for a paste)."""

    def __init__(self, edit: Callable[[Rows], list[Edited]], rows: Rows) -> None:
        self.edit = edit
        self.keys = [key for key, _, _ in rows]
        self.changes = [dict(changes) for _, changes, _ in rows]
        self.bases: list[Base | None] = [base for _, _, base in rows]
        self.before: list[dict[str, Any]] | None = None
        self.written: list[dict[str, Any]] = []
        self.first: dict[Any, Edited] | None = None  # by row key

    def _run(self, wanted: list[dict[str, Any]]) -> dict[int, Edited]:
        # Rows with nothing to put back (undo) or write (redo) are left as they are.
        picked = [i for i, changes in enumerate(wanted) if changes]
        done = checked_rows(self.edit, [(self.keys[i], wanted[i], self.bases[i]) for i in picked])
        for i, edited in zip(picked, done, strict=True):
            self.bases[i] = edited.base
        return dict(zip(picked, done, strict=True))

    def run(self, forward: bool) -> None:
        """Runs the edit (``forward``) or its undo, every row checked against others' writes."""
        if not forward:
            if self.before is not None:
                self._run(self.before)
            return
        wanted = self.changes if self.before is None else self.written
        done = self._run(wanted)
        if self.before is None:
            self.first = {self.keys[i]: edited for i, edited in done.items()}
            self.before = [dict(done[i].before) if i in done else {} for i in range(len(wanted))]
            self.written = [
                {f: done[i].values[f] for f in wanted[i]} if i in done else {}
                for i in range(len(wanted))
            ]


def choose(conflict: EditConflict) -> dict[str, Any]:
    """The values the user chose for the fields of a conflict (``conflict_dialog``).

    Raises EditCancelled when they keep their colleague's version instead; their own text
    then waits on the clipboard, and the status bar says so.
    """
    chosen = conflict_dialog.resolve_conflict(dialog_parent(), conflict)
    if chosen is None:
        _status_note(
            QCoreApplication.translate(
                "Commands", "Their version was kept; your text is on the clipboard."
            )
        )
        raise EditCancelled(str(conflict)) from conflict
    return chosen


class RowSteps:
    """The undo state of checked edits of one row: what undo puts back, what redo writes,
    and the base of the next run (``Edited.base`` of the last one)."""

    def __init__(
        self,
        edit: Callable[[Mapping[str, Any], Base | None], Edited],
        changes: Mapping[str, Any],
        base: Base | None = None,
    ) -> None:
        self.edit = edit
        self.changes = dict(changes)
        self.base = base
        self.before: dict[str, Any] | None = None
        self.written: dict[str, Any] = {}
        self.first: Edited | None = None

    def run(self, forward: bool) -> None:
        """Runs the edit (``forward``) or its undo, each checked against what others wrote."""
        if not forward:
            if self.before:
                self.base = checked(self.edit, self.before, self.base).base
            return
        done = checked(self.edit, self.changes if self.before is None else self.written, self.base)
        self.base = done.base
        self.written = {f: done.values[f] for f in self.changes}
        if self.before is None:
            self.before, self.first = dict(done.before), done

    def then(self, changes: Mapping[str, Any], later: "RowSteps") -> None:
        """Takes in a later run of the same row (typing merged into one step)."""
        self.changes = {**self.changes, **changes}
        self.before = {**(later.before or {}), **(self.before or {})}
        self.written = {**self.written, **later.written}
        self.base = later.base


class ServiceCommand(QUndoCommand):
    """An edit whose ``apply(forward)`` calls the services; failures reach the user.

    A redo that fails while being pushed marks the command obsolete, so QUndoStack drops
    it: the stack never holds an edit that did not happen. A step whose conflict the user
    closed without saving, or whose row was deleted, is made obsolete in either direction,
    so undo never replays it.
    """

    def __init__(
        self,
        session: EditSession,
        text: str,
        apply: Callable[[bool], None],
        refresh: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(text)
        self.session = session
        # Shows what is stored after a step that wrote nothing (a kept or deleted row).
        self._refresh = refresh
        self.error: str | None = None
        # The team server could not be reached: the editor keeps what the user typed.
        self.connection_lost = False
        self._apply = apply

    def _run(self, forward: bool) -> None:
        try:
            self._apply(forward)
        except EditCancelled as exc:
            self.error = str(exc)
            self.setObsolete(True)
            self.refresh_views()
        except RowGoneError as exc:
            self.error = str(exc)
            self.setObsolete(True)
            conflict_dialog.show_gone(dialog_parent(), exc)
            self.refresh_views()
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not Qt
            from personabuilder.services.live import is_connection_lost

            self.error = str(exc)
            self.connection_lost = is_connection_lost(exc)
            if forward:
                self.setObsolete(True)
            self.session.edit_failed.emit(str(exc))

    def refresh_views(self) -> None:
        """Tells the views to read the workspace again (nothing was written)."""
        if self._refresh is not None:
            self._refresh()

    def redo(self) -> None:
        """Qt override: applies the edit."""
        self._run(True)

    def undo(self) -> None:
        """Qt override: reverts the edit."""
        self._run(False)


def rename_persona(
    session: EditSession, persona_id: uuid.UUID, old: str, new: str
) -> ServiceCommand:
    """Renames a persona (checked: a colleague's rename meanwhile is shown, not overwritten)."""
    del old  # what undo puts back is what the rename replaced when it ran
    steps = RowSteps(
        lambda changes, base: session.services.personas.edit(persona_id, changes, base),
        {"name": new},
    )

    def apply(forward: bool) -> None:
        steps.run(forward)
        session.persona_changed.emit(persona_id)

    return ServiceCommand(
        session,
        QCoreApplication.translate("Commands", "Rename persona"),
        apply,
        lambda: session.persona_changed.emit(persona_id),
    )


def rename_journey(
    session: EditSession, journey_id: uuid.UUID, old: str, new: str
) -> ServiceCommand:
    """Renames a journey map (checked like ``rename_persona``)."""
    del old
    steps = RowSteps(
        lambda changes, base: session.services.journeys.edit(journey_id, changes, base),
        {"title": new},
    )
    return map_command(
        session,
        journey_id,
        QCoreApplication.translate("Commands", "Rename journey map"),
        steps.run,
    )


def map_command(
    session: EditSession, journey_id: uuid.UUID, text: str, apply: Callable[[bool], None]
) -> ServiceCommand:
    """A command that changes one journey map, then tells the views showing it."""

    def run(forward: bool) -> None:
        apply(forward)
        session.journey_changed.emit(journey_id)

    return ServiceCommand(session, text, run, lambda: session.journey_changed.emit(journey_id))
