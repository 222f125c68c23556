"""Undo commands of the journey map editor: stages, lanes, cells, loops, evidence, personas."""

import uuid
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from personabuilder.model import Evidence, LaneKind
from personabuilder.services.conflicts import Base, Edited
from personabuilder.ui.common.commands import (
    EditSession,
    Rows,
    RowsSteps,
    RowSteps,
    ServiceCommand,
    map_command,
)

if TYPE_CHECKING:
    from personabuilder.services.journey_edit import (
        CellContent,
        JourneyEditService,
        LaneRecord,
        PersonaLink,
        StageRecord,
    )

_CELL_MERGE_ID = 0x4A01


def journey_edit(session: EditSession) -> "JourneyEditService":
    """The session's journey edit service."""
    return session.services.journey_edit


def add_stage(
    session: EditSession, journey_id: uuid.UUID, index: int, name: str, colour: str = ""
) -> ServiceCommand:
    """Inserts a stage at ``index``."""
    stage_id = uuid.uuid4()

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            svc.add_stage(journey_id, index, name, colour, stage_id=stage_id)
        else:
            svc.delete_stage(stage_id)

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Add stage"), apply
    )


def _swap(
    session: EditSession,
    journey_id: uuid.UUID,
    text: str,
    setter: Callable[[Any], Any],
    new: Any,
) -> ServiceCommand:
    """A command that sets a value, remembers what it replaced, and sets that back on undo."""
    state: dict[str, Any] = {}

    def apply(forward: bool) -> None:
        if forward:
            state["old"] = setter(new)
        else:
            setter(state["old"])

    return map_command(session, journey_id, text, apply)


def rename_stage(
    session: EditSession,
    journey_id: uuid.UUID,
    stage_id: uuid.UUID,
    name: str,
    *,
    base: Base | None = None,
) -> ServiceCommand:
    """Renames a stage, based on ``base`` (the stage as shown; None: as stored when it runs)."""
    steps = RowSteps(
        lambda changes, seen: journey_edit(session).edit_stage(stage_id, changes, seen),
        {"name": name},
        base,
    )
    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Rename stage"), steps.run
    )


def recolour_stage(
    session: EditSession,
    journey_id: uuid.UUID,
    stage_id: uuid.UUID,
    colour: str,
    *,
    base: Base | None = None,
) -> ServiceCommand:
    """Sets a stage's colour ("" for none), based on ``base`` (the stage as shown)."""
    steps = RowSteps(
        lambda changes, seen: journey_edit(session).edit_stage(stage_id, changes, seen),
        {"colour": colour},
        base,
    )
    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Recolour stage"), steps.run
    )


def move_stage(
    session: EditSession, journey_id: uuid.UUID, stage_id: uuid.UUID, new_index: int
) -> ServiceCommand:
    """Moves a stage to another column."""
    return _swap(
        session,
        journey_id,
        QCoreApplication.translate("Commands", "Move stage"),
        lambda value: journey_edit(session).move_stage(stage_id, value),
        new_index,
    )


def set_loop(
    session: EditSession, journey_id: uuid.UUID, stage_id: uuid.UUID, target: uuid.UUID | None
) -> ServiceCommand:
    """Makes a stage loop back to another one, or removes its loop."""
    text = (
        QCoreApplication.translate("Commands", "Set loop")
        if target is not None
        else QCoreApplication.translate("Commands", "Remove loop")
    )
    return _swap(
        session,
        journey_id,
        text,
        lambda value: journey_edit(session).set_loop(stage_id, value),
        target,
    )


def delete_stage(
    session: EditSession, journey_id: uuid.UUID, stage_id: uuid.UUID
) -> ServiceCommand:
    """Deletes a stage with everything in it; undo puts it all back."""
    state: dict[str, StageRecord] = {}

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            state["record"] = svc.delete_stage(stage_id)
        else:
            svc.restore_stage(state["record"])

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Delete stage"), apply
    )


def add_lane(
    session: EditSession, journey_id: uuid.UUID, index: int, kind: LaneKind, name: str
) -> ServiceCommand:
    """Inserts a lane of ``kind`` at ``index``."""
    lane_id = uuid.uuid4()

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            svc.add_lane(journey_id, index, kind, name, lane_id=lane_id)
        else:
            svc.delete_lane(lane_id)

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Add lane"), apply
    )


def rename_lane(
    session: EditSession,
    journey_id: uuid.UUID,
    lane_id: uuid.UUID,
    name: str,
    *,
    base: Base | None = None,
) -> ServiceCommand:
    """Renames a lane, based on ``base`` (the lane as shown; None: as stored when it runs)."""
    steps = RowSteps(
        lambda changes, seen: journey_edit(session).edit_lane(lane_id, changes, seen),
        {"name": name},
        base,
    )
    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Rename lane"), steps.run
    )


def recolour_lane(
    session: EditSession,
    journey_id: uuid.UUID,
    lane_id: uuid.UUID,
    colour: str,
    *,
    base: Base | None = None,
) -> ServiceCommand:
    """Sets a lane's colour ("" for none), based on ``base`` (the lane as shown)."""
    steps = RowSteps(
        lambda changes, seen: journey_edit(session).edit_lane(lane_id, changes, seen),
        {"colour": colour},
        base,
    )
    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Recolour lane"), steps.run
    )


def move_lane(
    session: EditSession, journey_id: uuid.UUID, lane_id: uuid.UUID, new_index: int
) -> ServiceCommand:
    """Moves a lane to another row."""
    return _swap(
        session,
        journey_id,
        QCoreApplication.translate("Commands", "Move lane"),
        lambda value: journey_edit(session).move_lane(lane_id, value),
        new_index,
    )


def delete_lane(session: EditSession, journey_id: uuid.UUID, lane_id: uuid.UUID) -> ServiceCommand:
    """Deletes a lane with its cells; undo puts them back."""
    state: dict[str, LaneRecord] = {}

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            state["record"] = svc.delete_lane(lane_id)
        else:
            svc.restore_lane(state["record"])

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Delete lane"), apply
    )


class CellEditCommand(ServiceCommand):
    """Sets a cell's content; edits of one cell in one typing ``group`` merge into one step.

    Every run is a checked edit, based first on the cell as shown (``base``), then on what
    the previous run left, so undo over a colleague's change of the cell asks the user.
    """

    def __init__(
        self,
        session: EditSession,
        journey_id: uuid.UUID,
        stage_id: uuid.UUID,
        lane_id: uuid.UUID,
        new: "CellContent",
        *,
        text: str,
        group: int | None,
        base: Base | None = None,
    ) -> None:
        super().__init__(
            session,
            text,
            lambda forward: self._set(forward),
            lambda: session.journey_changed.emit(journey_id),
        )
        self.journey_id = journey_id
        self.stage_id = stage_id
        self.lane_id = lane_id
        self.new = new
        self.old: CellContent | None = None
        self.group = group
        # A row this edit creates keeps one id across undo and redo; a row it removes comes
        # back under its own id.
        self._cell_id = uuid.uuid4()
        self.steps = RowSteps(self._edit, _cell_changes(new), base)

    def _edit(self, changes: Mapping[str, Any], base: Base | None) -> Edited:
        return journey_edit(self.session).edit_cell(
            self.stage_id, self.lane_id, changes, base, cell_id=self._cell_id
        )

    def _set(self, forward: bool) -> None:
        first = self.steps.first is None
        self.steps.run(forward)
        done = self.steps.first
        if first and done is not None:
            self._cell_id = done.values["id"] or self._cell_id
            self.old = _content({**done.values, **done.before})
        self.session.journey_changed.emit(self.journey_id)

    def id(self) -> int:
        """Qt override: cell edits of a typing group merge; others never do."""
        return -1 if self.group is None else _CELL_MERGE_ID

    def continues(self, stage_id: uuid.UUID, lane_id: uuid.UUID, group: int | None) -> bool:
        """True when an edit of this cell in ``group`` would merge into this step."""
        return (
            group is not None
            and group == self.group
            and self.error is None
            and not self.isObsolete()
            and (stage_id, lane_id) == (self.stage_id, self.lane_id)
        )

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Qt override: absorbs the next edit of the same cell in the same group."""
        if (
            not isinstance(other, CellEditCommand)
            or other.error is not None
            or other.isObsolete()
            or self.group is None
            or other.group != self.group
            or (other.stage_id, other.lane_id) != (self.stage_id, self.lane_id)
        ):
            return False
        self.new = other.new
        self.steps.then(other.steps.changes, other.steps)
        self.setObsolete(_same_content(self.old, self.new))
        return True


def _cell_changes(content: "CellContent") -> dict[str, Any]:
    return {"text": content.text, "items": tuple(content.items), "evidence": content.evidence}


def _content(values: Mapping[str, Any]) -> "CellContent | None":
    from personabuilder.services.journey_edit import CellContent

    if not values["text"] and not values["items"] and values["evidence"] is None:
        return None
    items = tuple(dict(i) for i in values["items"])
    return CellContent(values["text"], items, values["evidence"], cell_id=values["id"])


def _same_content(old: "CellContent | None", new: "CellContent") -> bool:
    if old is None:
        return new.is_empty
    return old == new


def edit_cell(
    session: EditSession,
    journey_id: uuid.UUID,
    stage_id: uuid.UUID,
    lane_id: uuid.UUID,
    new: "CellContent",
    *,
    group: int | None = None,
    base: Base | None = None,
) -> CellEditCommand:
    """Sets a cell's text, items and mark; ``group`` merges typing while an editor is open.

    ``base`` is the cell as shown (``JourneyDetail.cell_base``; None: as stored when it
    runs); typing merged into the step before is based on what that step wrote.
    """
    stack = session.undo_stack
    top = stack.command(stack.index() - 1) if stack.index() > 0 else None
    if isinstance(top, CellEditCommand) and top.continues(stage_id, lane_id, group):
        base = top.steps.base
    return CellEditCommand(
        session,
        journey_id,
        stage_id,
        lane_id,
        new,
        text=QCoreApplication.translate("Commands", "Edit cell"),
        group=group,
        base=base,
    )


def clear_cell(
    session: EditSession, journey_id: uuid.UUID, stage_id: uuid.UUID, lane_id: uuid.UUID
) -> CellEditCommand:
    """Empties a cell (text, items and mark)."""
    from personabuilder.services.journey_edit import CellContent

    return CellEditCommand(
        session,
        journey_id,
        stage_id,
        lane_id,
        CellContent(),
        text=QCoreApplication.translate("Commands", "Clear cell"),
        group=None,
    )


CellTarget = tuple[uuid.UUID, uuid.UUID, "CellContent"]  # stage id, lane id, new content


def edit_cells(
    session: EditSession,
    journey_id: uuid.UUID,
    targets: list[CellTarget],
    text: str,
    *,
    bases: Mapping[tuple[uuid.UUID, uuid.UUID], Base] | None = None,
) -> ServiceCommand:
    """Sets many cells as one undo step (paste, cut, clearing a selection).

    One transaction writes every cell, each checked against the cell as shown (``bases``,
    by stage and lane id; a cell not named there is based on what is stored when it
    runs): a colleague's change of another field of a cell is kept, a change of the same
    field is shown for the user to choose, and nothing is written until all are settled.
    Undo and redo meet the same check.
    """
    from personabuilder.services.journey_edit import CellChange

    shown = bases or {}
    # Rows this step creates keep their ids across undo and redo; rows it removes come
    # back under their own ids.
    ids = {(stage_id, lane_id): uuid.uuid4() for stage_id, lane_id, _ in targets}

    def edit(rows: Rows) -> list[Edited]:
        return journey_edit(session).edit_cells(
            [
                CellChange(key[0], key[1], changes, base, cell_id=ids[key])
                for key, changes, base in rows
            ]
        )

    steps = RowsSteps(
        edit,
        [
            ((stage_id, lane_id), _cell_changes(content), shown.get((stage_id, lane_id)))
            for stage_id, lane_id, content in targets
        ],
    )

    def apply(forward: bool) -> None:
        first = steps.first is None
        steps.run(forward)
        if first and steps.first is not None:
            for key, done in steps.first.items():
                ids[key] = done.values["id"] or ids[key]

    return map_command(session, journey_id, text, apply)


def evidence_text(evidence: Evidence | None) -> str:
    """What Edit > Undo calls setting a mark."""
    if evidence is Evidence.ASSUMPTION:
        return QCoreApplication.translate("Commands", "Mark as assumption")
    if evidence is Evidence.PARTLY_BACKED:
        return QCoreApplication.translate("Commands", "Mark as partly backed")
    if evidence is Evidence.RESEARCH_BACKED:
        return QCoreApplication.translate("Commands", "Mark as research-backed")
    return QCoreApplication.translate("Commands", "Remove evidence mark")


def set_evidence(
    session: EditSession,
    journey_id: uuid.UUID,
    stage_id: uuid.UUID,
    lane_id: uuid.UUID,
    evidence: Evidence | None,
    *,
    base: Base | None = None,
) -> ServiceCommand:
    """Marks how well a cell is backed by research, checked against the cell as shown
    (``base``; None: as stored when it runs) like any other cell edit."""
    # A row this edit creates keeps one id across undo and redo; a row the mark takes
    # away (a cell holding only a mark) comes back under its own id.
    ids = {"cell": uuid.uuid4()}
    steps = RowSteps(
        lambda changes, seen: journey_edit(session).edit_cell(
            stage_id, lane_id, changes, seen, cell_id=ids["cell"]
        ),
        {"evidence": evidence},
        base,
    )

    def apply(forward: bool) -> None:
        first = steps.first is None
        steps.run(forward)
        if first and steps.first is not None:
            ids["cell"] = steps.first.values["id"] or ids["cell"]

    return map_command(session, journey_id, evidence_text(evidence), apply)


def add_channel(session: EditSession, journey_id: uuid.UUID, name: str) -> ServiceCommand:
    """Adds a channel to the catalogue."""
    state: dict[str, bool] = {}

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            state["added"] = svc.add_channel(name)
        elif state["added"]:
            svc.remove_channel(name)

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Add channel"), apply
    )


def remove_channel(session: EditSession, journey_id: uuid.UUID, name: str) -> ServiceCommand:
    """Removes a channel from the catalogue."""
    state: dict[str, bool] = {}

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            state["removed"] = svc.remove_channel(name)
        elif state["removed"]:
            svc.add_channel(name)

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Remove channel"), apply
    )


def link_persona(
    session: EditSession, journey_id: uuid.UUID, persona_id: uuid.UUID
) -> ServiceCommand:
    """Makes the map follow a persona."""

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            svc.link_persona(journey_id, persona_id)
        else:
            svc.unlink_persona(journey_id, persona_id)

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Link persona"), apply
    )


def unlink_persona(
    session: EditSession, journey_id: uuid.UUID, persona_id: uuid.UUID
) -> ServiceCommand:
    """Stops following a persona; undo brings back its emotion scores."""
    state: dict[str, PersonaLink] = {}

    def apply(forward: bool) -> None:
        svc = journey_edit(session)
        if forward:
            state["record"] = svc.unlink_persona(journey_id, persona_id)
        else:
            svc.relink_persona(state["record"])

    return map_command(
        session, journey_id, QCoreApplication.translate("Commands", "Unlink persona"), apply
    )
