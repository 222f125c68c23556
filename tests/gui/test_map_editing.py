"""Editing the journey map like a spreadsheet: typing, item forms, clipboard, zoom per map."""

import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot

from personabuilder.model import LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys.edit_clipboard import CELLS_MIME, read_tsv, write_tsv
from personabuilder.ui.journeys.edit_items import ItemsEditor
from personabuilder.ui.journeys.edit_zoom import ZoomMemory
from personabuilder.ui.journeys.grid import JourneyGridView


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


@pytest.fixture
def journey_id(session: EditSession) -> uuid.UUID:
    """The demo's 9 x 8 map."""
    return session.services.listing.journeys()[0].id


@pytest.fixture
def view(qtbot: QtBot, session: EditSession, journey_id: uuid.UUID) -> Iterator[JourneyGridView]:
    """The grid on the demo map, shown at laptop size."""
    grid = JourneyGridView()
    qtbot.addWidget(grid)
    grid.set_session(session)
    grid.show_journey(journey_id)
    grid.resize(1366, 768)
    grid.show()
    qtbot.waitExposed(grid)
    yield grid
    grid.set_session(None)


def _get(session: EditSession, journey_id: uuid.UUID) -> JourneyDetail:
    return session.services.journeys.get(journey_id)


def _same(a: JourneyDetail, b: JourneyDetail) -> bool:
    return replace(a, updated_at=b.updated_at) == b


def _row(view: JourneyGridView, kind: LaneKind) -> int:
    return next(r for r in range(view.model.rowCount()) if view.model.lane_at(r).kind is kind)  # type: ignore[union-attr]


def _plain_editor(view: JourneyGridView) -> QPlainTextEdit:
    # A closed editor lingers until deleted later: the open one is the visible one.
    (editor,) = [e for e in view.table.findChildren(QPlainTextEdit) if e.isVisible()]
    return editor


def _editing(view: JourneyGridView) -> bool:
    return view.table.state() == view.table.State.EditingState


def test_a_typed_key_starts_editing_with_it_and_enter_keeps_it(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 2))
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    editor = _plain_editor(view)
    assert editor.toPlainText() == "a"  # replaces, like a spreadsheet
    qtbot.keyClicks(editor, "bc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _editing(view))
    cell = _get(session, journey_id).cell(d.stages[2].id, d.lanes[0].id)
    assert cell is not None
    assert (cell.text, cell.items) == ("abc", ())
    assert view.table.currentIndex() == view.model.index(1, 2)
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)

    # Escape stores nothing.
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 3))
    qtbot.keyClick(view.table, Qt.Key.Key_Z)
    editor = _plain_editor(view)
    assert editor.toPlainText() == "z"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _editing(view))
    assert _same(_get(session, journey_id), d)
    assert session.undo_stack.index() == 0

    # Keys with Ctrl do not start an edit; the metrics lane is not typed in.
    qtbot.keyClick(view.table, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not _editing(view)
    view.table.setCurrentIndex(view.model.index(_row(view, LaneKind.METRICS), 0))
    qtbot.keyClick(view.table, Qt.Key.Key_X)
    assert not _editing(view)


def _open_form(qtbot: QtBot, view: JourneyGridView, row: int, column: int) -> ItemsEditor:
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, column))
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    form = view.table.findChild(ItemsEditor)
    assert form is not None
    return form


def test_the_item_form_sets_severity_and_never_shows_brackets(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    row = _row(view, LaneKind.PAIN_POINTS)
    old = d.cell(d.stages[1].id, d.lanes[row].id)
    assert old is not None
    assert old.items
    form = _open_form(qtbot, view, row, 1)
    assert [r.text.text() for r in form.rows] == [str(i["text"]) for i in old.items]
    assert not any("[" in r.text.text() for r in form.rows)
    assert form.note.toPlainText() == old.text
    first = form.rows[0]
    first.text.setFocus()
    severity = 4 if old.items[0].get("severity") != 4 else 2
    qtbot.keyClick(first.text, getattr(Qt.Key, f"Key_{severity}"), Qt.KeyboardModifier.AltModifier)
    assert first.scores["severity"].value() == severity
    qtbot.keyClick(first.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _editing(view))
    cell = _get(session, journey_id).cell(d.stages[1].id, d.lanes[row].id)
    assert cell is not None
    assert cell.items[0] == {"text": old.items[0]["text"], "severity": severity}
    assert cell.items[1:] == old.items[1:]
    assert all("[" not in str(i["text"]) for i in cell.items)
    assert session.undo_stack.undoText() == "Edit cell"
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)


def test_typing_on_a_list_cell_adds_an_item_and_old_brackets_are_read(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    row = _row(view, LaneKind.OPPORTUNITIES)
    old = d.cell(d.stages[0].id, d.lanes[row].id)
    count = len(old.items) if old else 0
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_G)
    form = view.table.findChild(ItemsEditor)
    assert form is not None
    assert len(form.rows) == count + 1
    last = form.rows[-1]
    assert last.text.text() == "g"
    last.text.setText("Guided setup [I4 E2]")  # the old way of typing scores still works
    qtbot.keyClick(last.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert len(form.rows) == count + 2  # Shift+Enter: a new item
    new = form.rows[-1]
    new.text.setText("Checklist")
    new.scores["effort"].setValue(3)
    qtbot.keyClick(new.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _editing(view))
    cell = _get(session, journey_id).cell(d.stages[0].id, d.lanes[row].id)
    assert cell is not None
    assert cell.items[-2:] == (
        {"text": "Guided setup", "impact": 4, "effort": 2},
        {"text": "Checklist", "effort": 3},
    )


def test_backstage_items_get_owner_and_system(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    row = _row(view, LaneKind.BACKSTAGE)
    form = _open_form(qtbot, view, row, 2)
    form.set_content("", [])
    form.start_item("CRM sync")
    form.rows[0].fields["owner"].setText("Ops")
    form.rows[0].fields["system"].setText("HubSpot")
    qtbot.keyClick(form.rows[0].text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not _editing(view))
    cell = _get(session, journey_id).cell(d.stages[2].id, d.lanes[row].id)
    assert cell is not None
    assert cell.items == ({"text": "CRM sync", "owner": "Ops", "system": "HubSpot"},)


def test_channel_picker_filters_ticks_and_makes_a_channel_in_one_step(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    row = _row(view, LaneKind.TOUCHPOINTS)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(row, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    picker = view._picker
    assert picker is not None
    assert picker.isVisible()
    before = set(picker.checked_names())
    picker.filter.setText("email")
    assert picker.visible_names()
    assert all("email" in n.casefold() for n in picker.visible_names())
    name = picker.visible_names()[0]
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert (name in picker.checked_names()) != (name in before)
    assert session.undo_stack.count() == 1
    picker.filter.clear()
    other = next(n for n in picker.visible_names() if n != name)
    picker.activate(next(i for i in picker.channel_items() if i.text() == other))
    assert session.undo_stack.count() == 1  # one opening's ticks are one step
    picker.activate(next(i for i in picker.channel_items() if i.text() == other))
    picker.filter.setText("email")
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)  # back as it was: no step left
    assert set(picker.checked_names()) == before
    assert session.undo_stack.count() == 0
    picker.filter.setText("Carrier pigeon")
    assert picker.visible_names() == []
    assert not picker.new_item.isHidden()
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert "Carrier pigeon" in picker.checked_names()
    cell = _get(session, journey_id).cell(d.stages[1].id, d.lanes[row].id)
    assert cell is not None
    assert "Carrier pigeon" in [i["text"] for i in cell.items]
    qtbot.keyClick(picker.list, Qt.Key.Key_Escape)
    assert not picker.isVisible()
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)


def test_copy_paste_a_block_and_undo_in_one_step(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    pains = _row(view, LaneKind.PAIN_POINTS)
    opps = _row(view, LaneKind.OPPORTUNITIES)
    assert opps == pains + 1
    from PySide6.QtCore import QRect

    view.select_block(QRect(0, pains, 2, 2))
    assert view.copy_action.isEnabled()
    view.copy_action.trigger()
    mime = QGuiApplication.clipboard().mimeData()
    assert mime.hasFormat(CELLS_MIME)
    rows = read_tsv(mime.text())
    assert len(rows) == 2
    assert all(len(r) == 2 for r in rows)
    assert "[S" not in mime.text()

    view.select_block(QRect(5, pains, 1, 1))
    assert view.paste_action.isEnabled()
    view.paste_action.trigger()
    after = _get(session, journey_id)
    for dy in range(2):
        for dx in range(2):
            lane = d.lanes[pains + dy].id
            src = d.cell(d.stages[dx].id, lane)
            dst = after.cell(after.stages[5 + dx].id, lane)
            assert src is not None
            assert dst is not None
            assert (dst.text, dst.items, dst.evidence) == (src.text, src.items, src.evidence)
    assert view.selected_block() == QRect(5, pains, 2, 2)
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Paste"
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)


def test_cut_clears_in_one_undo_step(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    from PySide6.QtCore import QRect

    d = _get(session, journey_id)
    view.select_block(QRect(3, 0, 2, 2))
    view.cut_action.trigger()
    after = _get(session, journey_id)
    for column in (3, 4):
        for row in (0, 1):
            assert after.cell(after.stages[column].id, after.lanes[row].id) is None
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Cut cells"
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)
    # What was cut pastes back.
    view.select_block(QRect(3, 0, 1, 1))
    view.paste_action.trigger()
    assert _same(_get(session, journey_id), d) or session.undo_stack.count() == 2


def test_spreadsheet_text_pastes_with_items_and_old_scores(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    from PySide6.QtCore import QRect

    d = _get(session, journey_id)
    pains = _row(view, LaneKind.PAIN_POINTS)
    mime = QMimeData()
    mime.setText(write_tsv([["Note\n• Slow login [S5]", "plain"]]))
    QGuiApplication.clipboard().setMimeData(mime)
    view.select_block(QRect(0, pains, 1, 1))
    view.paste()
    after = _get(session, journey_id)
    first = after.cell(after.stages[0].id, after.lanes[pains].id)
    second = after.cell(after.stages[1].id, after.lanes[pains].id)
    assert first is not None
    assert second is not None
    assert (first.text, first.items) == ("Note", ({"text": "Slow login", "severity": 5},))
    assert (second.text, second.items) == ("plain", ())
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)


def test_delete_clears_a_selection_in_one_step(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    from PySide6.QtCore import QRect

    d = _get(session, journey_id)
    view.table.setFocus()
    view.select_block(QRect(0, 0, 3, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    after = _get(session, journey_id)
    assert all(after.cell(after.stages[c].id, after.lanes[0].id) is None for c in range(3))
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)


def test_zoom_is_kept_per_map_and_across_restarts(
    qtbot: QtBot, session: EditSession, journey_id: uuid.UUID, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "zoom.ini"), QSettings.Format.IniFormat)
    other = session.services.listing.journeys()[1].id
    grid = JourneyGridView()
    qtbot.addWidget(grid)
    grid.zoom_memory = ZoomMemory(settings, str(tmp_path / "demo.pbw"))
    grid.set_session(session)
    grid.show_journey(journey_id)
    grid.zoom_in()
    grid.zoom_in()
    first = grid.zoom
    grid.show_journey(other)
    assert grid.zoom == 1.0
    grid.zoom_out()
    second = grid.zoom
    grid.show_journey(journey_id)
    assert grid.zoom == pytest.approx(first)
    assert grid.table.columnWidth(0) >= round(150 * first)
    grid.show_journey(other)
    assert grid.zoom == pytest.approx(second)
    settings.sync()

    again = JourneyGridView()
    qtbot.addWidget(again)
    again.zoom_memory = ZoomMemory(
        QSettings(str(tmp_path / "zoom.ini"), QSettings.Format.IniFormat),
        str(tmp_path / "demo.pbw"),
    )
    again.set_session(session)
    again.show_journey(journey_id)
    assert again.zoom == pytest.approx(first, abs=1e-3)
    # Another workspace has its own zooms.
    assert ZoomMemory(settings, "elsewhere.pbw").get(journey_id) is None
    assert ZoomMemory().get(journey_id) is None


def test_fit_to_window_shows_the_last_stage_and_the_last_lane(
    qtbot: QtBot, view: JourneyGridView
) -> None:
    for size in ((1366, 768), (1920, 1080), (1600, 900)):
        view.resize(*size)
        qtbot.wait(1)
        view.fit_action.trigger()
        table = view.table
        last_row, last_column = view.model.rowCount() - 1, view.model.columnCount() - 1
        rect = table.visualRect(view.model.index(last_row, last_column))
        viewport = table.viewport().rect()
        assert viewport.contains(rect.bottomRight()), size
        assert table.verticalScrollBar().maximum() == 0, size
        assert table.horizontalScrollBar().maximum() == 0, size
    # A window too small for the whole map at the least zoom gets the least zoom.
    view.resize(700, 400)
    qtbot.wait(1)
    view.fit_action.trigger()
    assert view.zoom == pytest.approx(0.5)


def test_leaving_a_workshop_restores_the_zoom(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    from personabuilder.ui.workshop import start_workshop

    view.zoom = 1.3
    ctrl = start_workshop(None, session, journey_id, today=date(2026, 1, 5))
    view.keep_zoom_through(ctrl.finished)
    assert ctrl.projection is not None
    qtbot.addWidget(ctrl.projection)
    view.fit_to_window()  # what the editor does with the room's screen meanwhile
    assert view.zoom != pytest.approx(1.3)
    with qtbot.waitSignal(ctrl.finished):
        ctrl.leave()
    assert view.zoom == pytest.approx(1.3)
    assert view.zoom_memory.get(journey_id) == pytest.approx(1.3)


def test_standard_keys_cut_copy_and_paste_cells(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    from PySide6.QtCore import QRect

    d = _get(session, journey_id)
    ctrl = Qt.KeyboardModifier.ControlModifier
    view.table.setFocus()
    view.select_block(QRect(0, 0, 1, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_C, ctrl)
    assert QGuiApplication.clipboard().mimeData().hasFormat(CELLS_MIME)
    view.select_block(QRect(1, 0, 1, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_V, ctrl)
    after = _get(session, journey_id)
    assert after.cell(after.stages[1].id, after.lanes[0].id).text == (  # type: ignore[union-attr]
        d.cell(d.stages[0].id, d.lanes[0].id).text  # type: ignore[union-attr]
    )
    qtbot.keyClick(view.table, Qt.Key.Key_X, ctrl)
    assert _get(session, journey_id).cell(d.stages[1].id, d.lanes[0].id) is None
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)
    # Nothing to paste into without a map; nothing to cut on the metrics lane.
    view.table.setCurrentIndex(view.model.index(_row(view, LaneKind.METRICS), 0))
    view.select_block(QRect(0, _row(view, LaneKind.METRICS), 1, 1))
    assert view.copy_action.isEnabled()
    assert not view.cut_action.isEnabled()
    view.hide()  # another page shows: the Edit menu's entries grey out
    assert not view.copy_action.isEnabled()
    view.show()
    assert view.copy_action.isEnabled()
    view.show_journey(None)
    assert not view.paste_action.isEnabled()
    assert not view.copy_action.isEnabled()
