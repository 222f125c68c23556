"""Edit conflicts in the app: undo commands meet the no-lost-update check; the user chooses.

Two ``Services`` on one workspace play two colleagues: "me" edits through undo commands of
an edit session, the colleague through the services. The conflict dialog is answered by
patching its ``exec`` (as tests/gui/conftest.py answers modal dialogs), after the test has
made its choice in the real dialog.
"""

import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.model import Evidence, LaneKind
from personabuilder.services import Services
from personabuilder.services.errors import EditConflict, FieldConflict
from personabuilder.services.journey_edit import CellContent
from personabuilder.services.readmodels import (
    EMPTY_CELL,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.store import WorkspaceStore, create_workspace, open_workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.common.conflict_dialog import ConflictDialog, your_text
from personabuilder.ui.journeys import commands as jc
from personabuilder.ui.journeys.cell_editor import CellDelegate
from personabuilder.ui.journeys.model import JourneyGridModel
from personabuilder.ui.metrics import commands as mc
from personabuilder.ui.personas.commands import edit_field
from personabuilder.ui.personas.editor import PersonaEditor


@dataclass
class Shown:
    """What the conflict dialog showed, and how the test answers it."""

    answer: Callable[[ConflictDialog], int] = lambda _d: QDialog.DialogCode.Accepted.value
    fields: list[tuple[str, str, str, str]] = field(default_factory=list)
    # (field label, theirs as shown, yours as shown, whether theirs is read-only)
    times: int = 0


@pytest.fixture
def shown(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Answers the conflict dialog with ``shown.answer`` and records what it showed."""
    record = Shown()

    def exec_(dialog: ConflictDialog) -> int:
        record.times += 1
        for choice in dialog.fields.values():
            assert choice.theirs.isReadOnly()
            record.fields.append(
                (
                    choice.box.title(),
                    choice.theirs.toPlainText(),
                    choice.yours.toPlainText(),
                    str(choice.yours.isReadOnly()),
                )
            )
        return record.answer(dialog)

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return record


def keep_theirs(dialog: ConflictDialog) -> int:
    """Chooses the colleague's text for every field and saves."""
    for choice in dialog.fields.values():
        choice.keep_theirs.click()
    return QDialog.DialogCode.Accepted.value


def cancel(_dialog: ConflictDialog) -> int:
    """Closes the dialog without saving."""
    return QDialog.DialogCode.Rejected.value


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where the shared workspace lives: a file, or a database on the test server."""
    if request.param == "sqlite":
        return tmp_path / "shared.pbw"
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def on_file(tmp_path: Path) -> str | Path:
    """A shared workspace file."""
    return tmp_path / "shared.pbw"


def _pair(where: str | Path) -> Iterator[tuple[EditSession, Services]]:
    first = create_workspace(where)
    second: WorkspaceStore = open_workspace(where, daily_backup=False)
    session = EditSession(Services.bind(first))
    try:
        yield session, Services.bind(second)
    finally:
        session.undo_stack.clear()
        second.close()
        first.close()


@pytest.fixture
def both(location: str | Path) -> Iterator[tuple[EditSession, Services]]:
    """My edit session and a colleague's services, on a file and on the team server."""
    yield from _pair(location)


@pytest.fixture
def pair(on_file: str | Path) -> Iterator[tuple[EditSession, Services]]:
    """My edit session and a colleague's services on one workspace file."""
    yield from _pair(on_file)


@pytest.fixture
def errors(both: tuple[EditSession, Services]) -> list[str]:
    """Failures the session reported (the window would show them in a box)."""
    found: list[str] = []
    both[0].edit_failed.connect(found.append)
    return found


def _maria(services: Services) -> uuid.UUID:
    data = PersonaData(name="Maria", quote="Old quote", bio="Old bio")
    return services.personas.create(data).id


def _edit_quote(me: EditSession, pid: uuid.UUID, new: str, group: int = 0) -> Any:
    """Pushes an edit of the quote as the persona editor does, based on what it shows."""
    shown_now = me.services.personas.get(pid)
    return edit_field(me, pid, "quote", shown_now.data.quote, new, group=group, base=shown_now.base)


def test_a_colleagues_change_of_another_field_merges_with_my_edit_and_my_undo(
    both: tuple[EditSession, Services], errors: list[str], shown: Shown
) -> None:
    me, colleague = both
    pid = _maria(me.services)
    seen = me.services.personas.get(pid)
    colleague.personas.edit(pid, {"bio": "Their bio"}, colleague.personas.get(pid).base)

    command = edit_field(me, pid, "quote", "Old quote", "My quote", base=seen.base)
    me.undo_stack.push(command)
    now = colleague.personas.get(pid).data
    assert (now.quote, now.bio) == ("My quote", "Their bio")

    colleague.personas.edit(pid, {"bio": "Their second bio"}, colleague.personas.get(pid).base)
    me.undo_stack.undo()
    now = colleague.personas.get(pid).data
    assert (now.quote, now.bio) == ("Old quote", "Their second bio")
    me.undo_stack.redo()
    now = colleague.personas.get(pid).data
    assert (now.quote, now.bio) == ("My quote", "Their second bio")
    assert (shown.times, errors, me.undo_stack.count()) == (0, [], 1)


def test_typing_merged_into_one_step_is_based_on_the_previous_keystroke(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    pid = _maria(me.services)
    seen = me.services.personas.get(pid)  # the editor's view when typing started
    for text in ("M", "My", "My q"):
        me.undo_stack.push(edit_field(me, pid, "quote", "Old quote", text, base=seen.base))
    assert me.undo_stack.count() == 1
    assert shown.times == 0
    assert colleague.personas.get(pid).data.quote == "My q"
    me.undo_stack.undo()
    assert colleague.personas.get(pid).data.quote == "Old quote"
    me.undo_stack.redo()
    assert colleague.personas.get(pid).data.quote == "My q"


def test_the_same_field_shows_both_texts_and_keep_mine_writes_mine(
    both: tuple[EditSession, Services], errors: list[str], shown: Shown
) -> None:
    me, colleague = both
    pid = _maria(me.services)
    command = _edit_quote(me, pid, "My quote")  # based on what I saw
    colleague.personas.edit(pid, {"quote": "Their quote"}, colleague.personas.get(pid).base)

    me.undo_stack.push(command)

    assert shown.fields == [("Quote", "Their quote", "My quote", "False")]
    assert colleague.personas.get(pid).data.quote == "My quote"
    assert (errors, me.undo_stack.count()) == ([], 1)
    me.undo_stack.undo()  # back to what was there before my edit: theirs
    assert colleague.personas.get(pid).data.quote == "Their quote"


def test_keep_theirs_keeps_theirs_and_leaves_no_step(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    pid = _maria(me.services)
    command = _edit_quote(me, pid, "My quote")
    colleague.personas.edit(pid, {"quote": "Their quote"}, colleague.personas.get(pid).base)
    shown.answer = keep_theirs

    me.undo_stack.push(command)

    assert shown.times == 1
    assert colleague.personas.get(pid).data.quote == "Their quote"
    assert me.undo_stack.count() == 0


def test_my_edited_text_is_what_is_saved(pair: tuple[EditSession, Services], shown: Shown) -> None:
    me, colleague = pair
    pid = _maria(me.services)
    command = _edit_quote(me, pid, "My quote")
    colleague.personas.edit(pid, {"quote": "Their quote"}, colleague.personas.get(pid).base)

    def combine(dialog: ConflictDialog) -> int:
        dialog.fields["quote"].yours.setPlainText("Their quote, and mine")
        return QDialog.DialogCode.Accepted.value

    shown.answer = combine
    me.undo_stack.push(command)
    assert colleague.personas.get(pid).data.quote == "Their quote, and mine"


def test_cancel_writes_nothing_and_keeps_my_text_on_the_clipboard(
    both: tuple[EditSession, Services], errors: list[str], shown: Shown
) -> None:
    me, colleague = both
    pid = _maria(me.services)
    command = _edit_quote(me, pid, "My precious quote")
    colleague.personas.edit(pid, {"quote": "Their quote"}, colleague.personas.get(pid).base)
    before = colleague.personas.get(pid)
    shown.answer = cancel

    me.undo_stack.push(command)

    after = colleague.personas.get(pid)
    assert (after.data, after.version) == (before.data, before.version)
    clipboard = QGuiApplication.clipboard()
    assert "My precious quote" in clipboard.text()
    assert command.error is not None
    assert me.undo_stack.count() == 0
    assert errors == []  # the choice was the user's: no warning box on top


def test_another_conflict_while_choosing_is_shown_again(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    pid = _maria(me.services)
    command = _edit_quote(me, pid, "Mine")
    colleague.personas.edit(pid, {"quote": "Theirs 1"}, colleague.personas.get(pid).base)

    def colleague_again(dialog: ConflictDialog) -> int:
        if shown.times == 1:  # they save once more while I am choosing
            colleague.personas.edit(pid, {"quote": "Theirs 2"}, colleague.personas.get(pid).base)
        return QDialog.DialogCode.Accepted.value

    shown.answer = colleague_again
    me.undo_stack.push(command)
    assert [f[1] for f in shown.fields] == ["Theirs 1", "Theirs 2"]
    assert colleague.personas.get(pid).data.quote == "Mine"


def test_undo_over_a_colleagues_change_of_the_same_field_asks_and_cancel_drops_the_step(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    pid = _maria(me.services)
    me.undo_stack.push(_edit_quote(me, pid, "My quote"))
    me.undo_stack.push(edit_field(me, pid, "bio", "Old bio", "My bio", group=1))
    colleague.personas.edit(pid, {"quote": "Their quote"}, colleague.personas.get(pid).base)
    shown.answer = cancel

    me.undo_stack.undo()  # the bio: no clash
    assert colleague.personas.get(pid).data.bio == "Old bio"
    me.undo_stack.redo()
    me.undo_stack.undo()
    me.undo_stack.undo()  # the quote: theirs now, my undo wants "Old quote"

    assert shown.fields == [("Quote", "Their quote", "Old quote", "False")]
    assert colleague.personas.get(pid).data.quote == "Their quote"
    # The refused undo is gone from the stack; the bio step is still there to redo.
    assert me.undo_stack.count() == 1
    assert me.undo_stack.command(0).text() == "Edit bio"
    assert me.undo_stack.index() == 0


def test_an_edit_of_a_deleted_persona_names_it_and_offers_my_text(
    both: tuple[EditSession, Services],
    errors: list[str],
    shown: Shown,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    me, colleague = both
    pid = _maria(me.services)
    command = _edit_quote(me, pid, "My last words")
    colleague.personas.delete(pid)
    boxes: list[tuple[str, str]] = []

    def exec_(box: QMessageBox) -> int:
        boxes.append((box.text(), box.detailedText()))
        copy = next(b for b in box.buttons() if "Copy" in b.text())
        copy.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    me.undo_stack.push(command)

    assert len(boxes) == 1
    text, detail = boxes[0]
    assert "persona “Maria” was deleted" in text
    assert "My last words" in detail
    assert "My last words" in QGuiApplication.clipboard().text()
    assert (me.undo_stack.count(), shown.times, errors) == (0, 0, [])


# The journey map and metrics ------------------------------------------------------------


def _map(services: Services) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID, uuid.UUID]:
    spec = JourneySpec(
        title="Onboarding",
        stages=(StageSpec(name="Sign up"),),
        lanes=(LaneSpec(kind=LaneKind.TEXT, name="Doing"),),
        metrics=(MetricSpec(stage=0, name="Sign-ups"),),
    )
    journey_id = services.journeys.create(spec)
    detail = services.journeys.get(journey_id)
    return journey_id, detail.stages[0].id, detail.lanes[0].id, detail.metrics[0].id


def test_cell_text_merges_typing_and_asks_on_undo_over_their_text(
    qtbot: QtBot, pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    journey_id, stage_id, lane_id, _metric = _map(me.services)
    seen = me.services.journeys.get(journey_id).cell_base(stage_id, lane_id)
    for text in ("Reads", "Reads the guide"):
        me.undo_stack.push(
            jc.edit_cell(me, journey_id, stage_id, lane_id, CellContent(text), group=7, base=seen)
        )
    assert (me.undo_stack.count(), shown.times) == (1, 0)
    cell = colleague.journeys.get(journey_id).cell(stage_id, lane_id)
    assert cell is not None
    colleague.journey_edit.edit_cell(stage_id, lane_id, {"text": "Their text"}, cell.base)
    shown.answer = keep_theirs

    me.undo_stack.undo()

    assert shown.fields == [("Text", "Their text", "", "False")]
    after = colleague.journeys.get(journey_id).cell(stage_id, lane_id)
    assert after is not None
    assert after.text == "Their text"
    assert me.undo_stack.count() == 0


def test_a_stage_rename_merges_with_their_colour_and_clashes_with_their_name(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    journey_id, stage_id, _lane, _metric = _map(me.services)
    seen = me.services.journeys.get(journey_id).stages[0]
    colleague.journey_edit.edit_stage(stage_id, {"colour": "#336699"}, seen.base)
    me.undo_stack.push(jc.rename_stage(me, journey_id, stage_id, "Register", base=seen.base))
    stage = colleague.journeys.get(journey_id).stages[0]
    assert (stage.name, stage.colour) == ("Register", "#336699")

    colleague.journey_edit.edit_stage(stage_id, {"name": "Join"}, stage.base)
    me.undo_stack.undo()  # wants "Sign up" back over their "Join": Keep mine
    assert shown.fields == [("Name", "Join", "Sign up", "False")]
    assert colleague.journeys.get(journey_id).stages[0].name == "Sign up"


def test_a_lane_rename_over_their_rename_asks(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    journey_id, _stage, lane_id, _metric = _map(me.services)
    seen = me.services.journeys.get(journey_id).lanes[0]
    colleague.journey_edit.edit_lane(lane_id, {"name": "Actions"}, seen.base)
    shown.answer = cancel
    me.undo_stack.push(jc.rename_lane(me, journey_id, lane_id, "Steps", base=seen.base))
    assert colleague.journeys.get(journey_id).lanes[0].name == "Actions"
    assert me.undo_stack.count() == 0
    assert "Steps" in QGuiApplication.clipboard().text()


def test_metric_fields_and_values_meet_the_same_check(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    journey_id, _stage, _lane, metric_id = _map(me.services)
    seen = me.services.metrics.get(metric_id)
    colleague.metrics.edit(metric_id, {"target": 50.0}, seen.base)
    me.undo_stack.push(mc.update_metric(me, journey_id, metric_id, base=seen.base, name="Signups"))
    now = colleague.metrics.get(metric_id)
    assert (now.name, now.target) == ("Signups", 50.0)

    march = date(2026, 3, 1)
    values = me.services.metrics.get(metric_id).values_base
    me.undo_stack.push(
        mc.set_values(me, journey_id, {metric_id: {march: 10.0}}, base={metric_id: values})
    )
    colleague.metrics.set_values(metric_id, {march: 12.0}, base={march: 10.0})
    me.undo_stack.undo()  # wants the period empty again over their 12: Keep mine

    period = "Period starting " + QLocale().toString(
        QDate(2026, 3, 1), QLocale.FormatType.LongFormat
    )
    assert shown.fields == [(period, "12", "(empty)", "True")]
    assert colleague.metrics.get(metric_id).values == ()
    me.undo_stack.redo()  # based on what the undo wrote: no question
    assert colleague.metrics.get(metric_id).values == ((march, 10.0),)
    assert shown.times == 1


def test_the_cell_editor_keeps_what_the_cell_showed_when_it_opened(
    pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    journey_id, stage_id, lane_id, _metric = _map(me.services)
    model = JourneyGridModel()
    model.set_detail(me.services.journeys.get(journey_id))
    delegate = CellDelegate()
    holder = QWidget()
    index = model.index(0, 0)
    editor = delegate.createEditor(holder, QStyleOptionViewItem(), index)
    delegate.setEditorData(editor, index)
    # A colleague's text arrives live while I type; the view shows it.
    colleague.journey_edit.edit_cell(stage_id, lane_id, {"text": "Their text"}, EMPTY_CELL)
    model.set_detail(me.services.journeys.get(journey_id))
    delegate.setEditorData(editor, index)

    base = delegate.opened_base(stage_id, lane_id)
    assert base == EMPTY_CELL
    shown.answer = cancel
    me.undo_stack.push(
        jc.edit_cell(me, journey_id, stage_id, lane_id, CellContent("My text"), base=base)
    )
    assert shown.fields == [("Text", "Their text", "My text", "False")]
    cell = colleague.journeys.get(journey_id).cell(stage_id, lane_id)
    assert cell is not None
    assert cell.text == "Their text"
    delegate.editor_closed(stage_id, lane_id)
    assert delegate.opened_base(stage_id, lane_id) is None
    holder.deleteLater()


def test_the_persona_editor_bases_its_edits_on_what_it_shows(
    qtbot: QtBot, pair: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = pair
    pid = _maria(me.services)
    editor = PersonaEditor(me)
    qtbot.addWidget(editor)
    editor.show_persona(pid)
    colleague.personas.edit(pid, {"quote": "Their quote"}, colleague.personas.get(pid).base)
    shown.answer = cancel

    editor.text_areas["quote"].setPlainText("My quote")  # typed over a stale view

    assert shown.fields == [("Quote", "Their quote", "My quote", "False")]
    assert colleague.personas.get(pid).data.quote == "Their quote"
    assert editor.text_areas["quote"].toPlainText() == "Their quote"  # what is stored
    assert "My quote" in QGuiApplication.clipboard().text()
    assert me.undo_stack.count() == 0

    editor.text_areas["bio"].setPlainText("My bio")
    assert colleague.personas.get(pid).data.bio == "My bio"
    assert shown.times == 1


def test_the_dialog_is_keyboard_complete_and_fits_a_small_screen(qtbot: QtBot) -> None:
    long_text = "A long answer that wraps over several lines of the dialog. " * 12
    conflicts = {
        f: FieldConflict(f, "", long_text, "Mine")
        for f in ("quote", "bio", "job_title", "company", "industry", "location")
    }
    conflict = EditConflict("persona", None, 3, conflicts, yours={}, theirs={}, label="Maria")
    dialog = ConflictDialog(conflict)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.width() <= 1366 - 100
    assert dialog.height() <= 768 - 100
    first = dialog.fields["quote"]
    assert dialog.focusWidget() is first.yours
    # Tab leaves the text boxes (they do not swallow it); Shift+Tab comes back.
    QTest.keyClick(first.yours, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is first.keep_mine
    QTest.keyClick(first.keep_mine, Qt.Key.Key_Left)  # arrows move between the two choices
    assert first.keep_theirs.isChecked()
    assert dialog.choices()["quote"] == long_text
    first.yours.setPlainText("Mine, edited")  # editing means keeping mine
    assert first.keep_mine.isChecked()
    assert dialog.choices()["quote"] == "Mine, edited"
    with qtbot.waitSignal(dialog.rejected):
        QTest.keyClick(dialog, Qt.Key.Key_Escape)


def test_only_what_the_user_wrote_is_offered_for_the_clipboard(qapp: QApplication) -> None:
    values = {"photo": b"\x89PNG", "photo_mime": "", "quote": "Q", "goals": ("A", "B")}
    assert your_text(values) == "Quote:\nQ\n\nGoals:\nA\nB"


def _three_cells(services: Services) -> tuple[uuid.UUID, list[tuple[uuid.UUID, uuid.UUID]]]:
    """A map of three stages on one text lane, with "A", "B", "C" in its cells."""
    spec = JourneySpec(
        title="Paste",
        stages=tuple(StageSpec(name=f"Stage {n}") for n in range(3)),
        lanes=(LaneSpec(kind=LaneKind.TEXT, name="Doing"),),
    )
    journey_id = services.journeys.create(spec)
    detail = services.journeys.get(journey_id)
    cells = [(st.id, detail.lanes[0].id) for st in detail.stages]
    for (stage_id, lane_id), text in zip(cells, "ABC", strict=True):
        services.journey_edit.set_cell(stage_id, lane_id, text)
    return journey_id, cells


def _paste(me: EditSession, journey_id: uuid.UUID, cells: list[Any], texts: str) -> Any:
    """Pushes a paste of one text per cell, based on the map as the grid shows it."""
    detail = me.services.journeys.get(journey_id)
    bases = {key: detail.cell_base(*key) for key in cells}
    targets = [(*key, CellContent(t)) for key, t in zip(cells, texts, strict=True)]
    return jc.edit_cells(me, journey_id, targets, "Paste", bases=bases)


def _texts(services: Services, journey_id: uuid.UUID, cells: list[Any]) -> list[str]:
    detail = services.journeys.get(journey_id)
    return [c.text if (c := detail.cell(*key)) else "" for key in cells]


def test_a_paste_over_a_colleagues_edits_merges_asks_and_undoes_checked(
    both: tuple[EditSession, Services], shown: Shown, errors: list[str]
) -> None:
    me, colleague = both
    journey_id, cells = _three_cells(me.services)
    command = _paste(me, journey_id, cells, "xyz")  # what the grid showed: A, B, C
    now = colleague.journeys.get(journey_id)
    first, second = (now.cell(*key) for key in cells[:2])
    assert first is not None
    assert second is not None
    colleague.journey_edit.edit_cell(*cells[0], {"text": "Theirs"}, first.base)
    colleague.journey_edit.edit_cell(*cells[1], {"evidence": Evidence.RESEARCH_BACKED}, second.base)

    me.undo_stack.push(command)  # the dialog keeps my text by default

    assert shown.fields == [("Text", "Theirs", "x", "False")]
    assert _texts(colleague, journey_id, cells) == ["x", "y", "z"]
    merged = colleague.journeys.get(journey_id).cell(*cells[1])
    assert merged is not None
    assert merged.evidence is Evidence.RESEARCH_BACKED
    assert (me.undo_stack.count(), errors) == (1, [])

    # Undo puts back what the paste replaced (their text in the first cell), and keeps
    # their mark; a colleague's new text in the third cell is asked about, not lost.
    third = colleague.journeys.get(journey_id).cell(*cells[2])
    assert third is not None
    colleague.journey_edit.edit_cell(*cells[2], {"text": "Later"}, third.base)
    shown.answer = keep_theirs
    me.undo_stack.undo()
    assert shown.fields[-1] == ("Text", "Later", "C", "False")
    assert _texts(colleague, journey_id, cells) == ["Theirs", "B", "Later"]
    merged = colleague.journeys.get(journey_id).cell(*cells[1])
    assert merged is not None
    assert merged.evidence is Evidence.RESEARCH_BACKED


def test_a_cancelled_paste_writes_no_cell_and_leaves_no_step(
    both: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = both
    journey_id, cells = _three_cells(me.services)
    command = _paste(me, journey_id, cells, "xyz")
    now = colleague.journeys.get(journey_id).cell(*cells[2])
    assert now is not None
    colleague.journey_edit.edit_cell(*cells[2], {"text": "Theirs"}, now.base)
    shown.answer = cancel

    me.undo_stack.push(command)

    assert shown.times == 1
    assert _texts(colleague, journey_id, cells) == ["A", "B", "Theirs"]
    assert me.undo_stack.count() == 0


def test_clearing_cells_a_colleague_emptied_or_filled_meanwhile(
    both: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = both
    journey_id, cells = _three_cells(me.services)
    detail = me.services.journeys.get(journey_id)
    bases = {key: detail.cell_base(*key) for key in cells}
    clear = jc.edit_cells(
        me, journey_id, [(*key, CellContent()) for key in cells], "Clear cells", bases=bases
    )
    gone = colleague.journeys.get(journey_id).cell(*cells[0])
    assert gone is not None
    colleague.journey_edit.set_cell(*cells[0], "", base=gone.base)  # they emptied it too

    me.undo_stack.push(clear)

    assert shown.times == 0
    assert _texts(colleague, journey_id, cells) == ["", "", ""]
    me.undo_stack.undo()
    assert _texts(colleague, journey_id, cells) == ["", "B", "C"]
    me.undo_stack.redo()
    assert _texts(colleague, journey_id, cells) == ["", "", ""]


def test_an_evidence_mark_merges_with_their_text_and_asks_over_their_mark(
    both: tuple[EditSession, Services], shown: Shown
) -> None:
    me, colleague = both
    journey_id, cells = _three_cells(me.services)
    seen = me.services.journeys.get(journey_id).cell_base(*cells[0])
    mark = jc.set_evidence(me, journey_id, *cells[0], Evidence.ASSUMPTION, base=seen)
    now = colleague.journeys.get(journey_id).cell(*cells[0])
    assert now is not None
    colleague.journey_edit.edit_cell(*cells[0], {"text": "Theirs"}, now.base)

    me.undo_stack.push(mark)
    after = colleague.journeys.get(journey_id).cell(*cells[0])
    assert after is not None
    assert (after.text, after.evidence, shown.times) == ("Theirs", Evidence.ASSUMPTION, 0)

    seen = me.services.journeys.get(journey_id).cell_base(*cells[1])
    other = jc.set_evidence(me, journey_id, *cells[1], Evidence.ASSUMPTION, base=seen)
    now = colleague.journeys.get(journey_id).cell(*cells[1])
    assert now is not None
    colleague.journey_edit.edit_cell(*cells[1], {"evidence": Evidence.RESEARCH_BACKED}, now.base)
    shown.answer = keep_theirs
    me.undo_stack.push(other)
    assert shown.times == 1
    kept = colleague.journeys.get(journey_id).cell(*cells[1])
    assert kept is not None
    assert kept.evidence is Evidence.RESEARCH_BACKED
    assert me.undo_stack.count() == 1  # only the first mark is a step


def test_a_mark_on_a_cell_holding_only_a_mark_comes_back_with_its_id_on_undo(
    pair: tuple[EditSession, Services],
) -> None:
    me, colleague = pair
    journey_id, cells = _three_cells(me.services)
    me.services.journey_edit.set_cell(*cells[0], "", evidence=Evidence.ASSUMPTION)
    before = me.services.journeys.get(journey_id).cell(*cells[0])
    assert before is not None
    me.undo_stack.push(jc.set_evidence(me, journey_id, *cells[0], None, base=before.base))
    assert colleague.journeys.get(journey_id).cell(*cells[0]) is None
    me.undo_stack.undo()
    back = colleague.journeys.get(journey_id).cell(*cells[0])
    assert back is not None
    assert (back.id, back.evidence) == (before.id, Evidence.ASSUMPTION)
