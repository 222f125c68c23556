"""Undo commands of the persona editor and the persona list: field edits, photos, create, delete."""

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from personabuilder.model import Archetype
from personabuilder.services.conflicts import Base, Edited
from personabuilder.services.readmodels import LIST_FIELDS, PersonaData
from personabuilder.ui.common.commands import EditSession, ServiceCommand, checked

if TYPE_CHECKING:
    from personabuilder.services.personas import PersonaRecord

FieldValue = str | int | Archetype | tuple[str, ...]
Photo = tuple[bytes | None, str]

# Merge ids of field edits: one per field, so that QUndoStack only offers to merge edits of
# the same field (mergeWith then checks the persona and the typing round).
_FIELD_ORDER = (
    "name",
    "archetype",
    "custom_archetype",
    "job_title",
    "company",
    "company_size",
    "industry",
    "age_band",
    "location",
    "quote",
    "bio",
    *LIST_FIELDS,
    "tech_savviness",
    "influence",
)
_MERGE_BASE = 0x5E00
# Lists and the archetype change in discrete steps (add, remove, move, pick): each is
# its own undo step. Text and scores are typed or spun, and merge.
_DISCRETE = frozenset({*LIST_FIELDS, "archetype"}) - {"tags"}


def field_edit_text(field: str) -> str:
    """What Edit > Undo calls an edit of ``field`` ("Rename persona", "Edit job title")."""
    texts = {
        "name": QCoreApplication.translate("Commands", "Rename persona"),
        "archetype": QCoreApplication.translate("Commands", "Change archetype"),
        "custom_archetype": QCoreApplication.translate("Commands", "Edit archetype name"),
        "job_title": QCoreApplication.translate("Commands", "Edit job title"),
        "company": QCoreApplication.translate("Commands", "Edit company"),
        "company_size": QCoreApplication.translate("Commands", "Edit company size"),
        "industry": QCoreApplication.translate("Commands", "Edit industry"),
        "age_band": QCoreApplication.translate("Commands", "Edit age band"),
        "location": QCoreApplication.translate("Commands", "Edit location"),
        "quote": QCoreApplication.translate("Commands", "Edit quote"),
        "bio": QCoreApplication.translate("Commands", "Edit bio"),
        "goals": QCoreApplication.translate("Commands", "Edit goals"),
        "pain_points": QCoreApplication.translate("Commands", "Edit pain points"),
        "motivations": QCoreApplication.translate("Commands", "Edit motivations"),
        "objections": QCoreApplication.translate("Commands", "Edit objections"),
        "decision_criteria": QCoreApplication.translate("Commands", "Edit decision criteria"),
        "channels": QCoreApplication.translate("Commands", "Edit channels"),
        "tools": QCoreApplication.translate("Commands", "Edit tools"),
        "tags": QCoreApplication.translate("Commands", "Edit tags"),
        "tech_savviness": QCoreApplication.translate("Commands", "Change tech savviness"),
        "influence": QCoreApplication.translate("Commands", "Change influence on the decision"),
    }
    if field not in texts:
        raise ValueError(f"Personas have no editable field {field!r}.")
    return texts[field]


class FieldEditCommand(ServiceCommand):
    """Sets one field of a persona; consecutive edits of the same field merge into one step.

    Every run is a checked edit: the first is based on what the editor showed, each later
    one (typing merged in, undo, redo) on what the previous run left (``Edited.base``), so a
    colleague's change of another field is merged and one of the same field is shown to the
    user instead of being overwritten.
    """

    def __init__(
        self,
        session: EditSession,
        persona_id: uuid.UUID,
        field: str,
        old: FieldValue,
        new: FieldValue,
        *,
        merge: bool,
        group: int,
        base: Base | None = None,
    ) -> None:
        super().__init__(
            session,
            field_edit_text(field),
            lambda forward: self._set(forward),
            lambda: session.persona_changed.emit(persona_id),
        )
        self.persona_id = persona_id
        self.field = field
        self.old = old
        self.new = new
        self.group = group
        self.base = base
        # What the first run replaced (what undo puts back) and what the last run wrote.
        self.before: dict[str, Any] | None = None
        self.written: dict[str, Any] = {}
        self._merge_id = _MERGE_BASE + _FIELD_ORDER.index(field) if merge else -1

    def _edit(self, changes: Mapping[str, Any], base: Base | None) -> Edited:
        return self.session.services.personas.edit(self.persona_id, changes, base)

    def _set(self, forward: bool) -> None:
        if forward:
            first = self.before is None
            wanted = {self.field: self.new} if first else self.written
            done = checked(self._edit, wanted, self.base)
            self.base = done.base
            self.written = {self.field: done.values[self.field]}
            if first:
                self.before = dict(done.before)
                if not done.before:
                    # Nothing changed (their version kept, or they made the same change):
                    # no step to undo.
                    self.setObsolete(True)
        elif self.before:
            done = checked(self._edit, self.before, self.base)
            self.base = done.base
        self.session.persona_changed.emit(self.persona_id)

    def id(self) -> int:
        """Qt override: the merge id of the field, -1 for edits that never merge."""
        return self._merge_id

    def continues(self, persona_id: uuid.UUID, field: str, group: int) -> bool:
        """True when an edit of ``field`` in ``group`` would merge into this step."""
        return (
            self._merge_id != -1
            and self.error is None
            and not self.isObsolete()
            and (self.persona_id, self.field, self.group) == (persona_id, field, group)
        )

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Qt override: absorbs the next edit of the same field (its redo already ran)."""
        if (
            not isinstance(other, FieldEditCommand)
            or other.error is not None
            or other.isObsolete()
            or other.persona_id != self.persona_id
            or other.field != self.field
            or other.group != self.group
        ):
            return False
        self.new = other.new
        self.base = other.base
        before = dict(other.before or {})
        self.before = {**before, **(self.before or {})}
        self.written = {**self.written, **other.written}
        # Typing a character and deleting it again leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True


def edit_field(
    session: EditSession,
    persona_id: uuid.UUID,
    field: str,
    old: FieldValue,
    new: FieldValue,
    *,
    merge: bool | None = None,
    group: int = 0,
    base: Base | None = None,
) -> FieldEditCommand:
    """Sets ``field`` of a persona from ``old`` to ``new``, based on ``base`` (what the
    editor showed; None: what is stored when it runs).

    Text, tags and scores merge with the previous edit of the same field and ``group``
    (the editor starts a new group when the focus moves): such an edit is based on what
    the previous one wrote. List edits and archetype changes are separate steps unless
    ``merge`` says otherwise.
    """
    if merge is None:
        merge = field not in _DISCRETE
    stack = session.undo_stack
    top = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if (
        merge
        and isinstance(top, FieldEditCommand)
        and top.continues(persona_id, field, group)
        and top.base is not None
    ):
        base = top.base
    return FieldEditCommand(
        session, persona_id, field, old, new, merge=merge, group=group, base=base
    )


class PhotoCommand(ServiceCommand):
    """Imports a photo (processed once, on the first redo) or removes it."""

    def __init__(
        self, session: EditSession, persona_id: uuid.UUID, old_photo: Photo, raw: bytes | None
    ) -> None:
        text = (
            QCoreApplication.translate("Commands", "Remove photo")
            if raw is None
            else QCoreApplication.translate("Commands", "Change photo")
        )
        super().__init__(session, text, lambda forward: self._set(forward))
        self.persona_id = persona_id
        self.old_photo = old_photo
        self._raw = raw
        self._stored: Photo | None = None

    def _set(self, forward: bool) -> None:
        personas = self.session.services.personas
        if not forward:
            photo, mime = self.old_photo
            personas.update(self.persona_id, photo=photo, photo_mime=mime)
        elif self._stored is not None:
            photo, mime = self._stored
            personas.update(self.persona_id, photo=photo, photo_mime=mime)
        else:
            personas.set_photo(self.persona_id, self._raw)
            stored = personas.photos([self.persona_id]).get(self.persona_id)
            self._stored = stored if stored is not None else (None, "")
            # The processed bytes are kept; the original file is no longer needed.
            self._raw = None
        self.session.persona_changed.emit(self.persona_id)


def set_photo(
    session: EditSession, persona_id: uuid.UUID, old_photo: Photo, raw: bytes | None
) -> PhotoCommand:
    """Stores an imported photo (cropped, downscaled) or removes it with ``raw=None``."""
    return PhotoCommand(session, persona_id, old_photo, raw)


class CreationCommand(ServiceCommand):
    """Adds personas; undo deletes them, redo puts them back with the same ids."""

    def __init__(
        self,
        session: EditSession,
        text: str,
        create: Callable[[], list[uuid.UUID]],
        recreate: Callable[[list[uuid.UUID]], None] | None = None,
    ) -> None:
        super().__init__(session, text, lambda forward: self._run_step(forward))
        self.persona_ids: list[uuid.UUID] = []
        self._create = create
        self._recreate = recreate
        self._records: list[PersonaRecord] = []

    @property
    def persona_id(self) -> uuid.UUID | None:
        """The first persona the command created (None before its first redo)."""
        return self.persona_ids[0] if self.persona_ids else None

    def _run_step(self, forward: bool) -> None:
        personas = self.session.services.personas
        if forward:
            if not self.persona_ids:
                self.persona_ids = self._create()
            elif self._records:
                for record in self._records:
                    personas.restore(record)
                self._records = []
            elif self._recreate is not None:
                self._recreate(self.persona_ids)
        elif self._recreate is not None:
            personas.delete_many(self.persona_ids)
        else:
            self._records = [personas.delete(pid) for pid in self.persona_ids]
        self.session.personas_changed.emit()


def create_persona(session: EditSession, data: PersonaData, text: str) -> CreationCommand:
    """Creates a persona under a client-assigned id; ``text`` names the step ("New persona")."""
    persona_id = uuid.uuid4()

    def create() -> list[uuid.UUID]:
        return [session.services.personas.create(data, persona_id=persona_id).id]

    return CreationCommand(session, text, create)


def duplicate_persona(
    session: EditSession, persona_id: uuid.UUID, copy_name: str
) -> CreationCommand:
    """Adds a copy of a persona named ``copy_name``."""

    def create() -> list[uuid.UUID]:
        return [session.services.personas.duplicate(persona_id, copy_name).id]

    return CreationCommand(
        session, QCoreApplication.translate("Commands", "Duplicate persona"), create
    )


def add_personas(session: EditSession, items: list[PersonaData], text: str) -> CreationCommand:
    """Adds many personas in one step (paste, import); ``text`` names the step."""
    personas = session.services.personas

    def create() -> list[uuid.UUID]:
        return personas.create_many(items)

    def recreate(ids: list[uuid.UUID]) -> None:
        # A redo must bring back the same ids: later steps on the redo stack (a rename of a
        # pasted persona) refer to them.
        personas.create_many(items, ids=ids)

    return CreationCommand(session, text, create, recreate)


class DeletionCommand(ServiceCommand):
    """Deletes a persona; undo restores it exactly, with its journey links and scores."""

    def __init__(self, session: EditSession, persona_id: uuid.UUID) -> None:
        super().__init__(
            session,
            QCoreApplication.translate("Commands", "Delete persona"),
            lambda forward: self._run_step(forward),
        )
        self.persona_id = persona_id
        self._record: PersonaRecord | None = None

    def _run_step(self, forward: bool) -> None:
        personas = self.session.services.personas
        if forward:
            self._record = record = personas.delete(self.persona_id)
        else:
            assert self._record is not None, "undo runs after redo"
            record = self._record
            personas.restore(record)
        self.session.personas_changed.emit()
        for journey_id, _title in record.detail.journeys:
            self.session.journey_changed.emit(journey_id)


def delete_persona(session: EditSession, persona_id: uuid.UUID) -> DeletionCommand:
    """Deletes a persona (undoable, links to journey maps included)."""
    return DeletionCommand(session, persona_id)
