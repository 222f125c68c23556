"""The journey grid editor on real workspaces: the model, in-place editing, menus' verbs, zoom."""

import uuid
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from personabuilder.model import Evidence, LaneKind
from personabuilder.services import Services
from personabuilder.services.journey_edit import CellContent
from personabuilder.services.readmodels import (
    CellSpec,
    JourneyDetail,
    JourneySpec,
    LaneSpec,
    StageSpec,
)
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys import commands as jc
from personabuilder.ui.journeys import grid as journey_grid
from personabuilder.ui.journeys.commands import journey_edit
from personabuilder.ui.journeys.grid import BASE_COLUMN_WIDTH, JourneyGridView
from personabuilder.ui.journeys.model import (
    EVIDENCE_ROLE,
    JourneyGridModel,
    edit_text,
    parse_edit_text,
)

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


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


def _header(view: JourneyGridView, column: int) -> str:
    return str(
        view.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    )


def test_model_on_the_demo_map(
    qtmodeltester: object, session: EditSession, journey_id: uuid.UUID
) -> None:
    model = JourneyGridModel()
    model.set_detail(_get(session, journey_id))
    assert (model.rowCount(), model.columnCount()) == (8, 9)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.evidence_filter = Evidence.ASSUMPTION
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_on_a_large_map(qtmodeltester: object, services: Services) -> None:
    kinds = list(LaneKind)
    spec = JourneySpec(
        title="Large",
        stages=tuple(StageSpec(f"Stage {i}", loop_to=0 if i == 29 else None) for i in range(30)),
        lanes=tuple(LaneSpec(kinds[i % len(kinds)], f"Lane {i}") for i in range(12)),
        cells={
            (s, 0): CellSpec(f"Cell {s}", ({"text": "a"},), Evidence.ASSUMPTION) for s in range(30)
        },
    )
    model = JourneyGridModel()
    model.set_detail(services.journeys.get(services.journeys.create(spec)))
    assert (model.rowCount(), model.columnCount()) == (12, 30)
    assert "↺ Stage 0" in str(model.headerData(29, Qt.Orientation.Horizontal))
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_display_and_edit_text(session: EditSession, journey_id: uuid.UUID) -> None:
    d = _get(session, journey_id)
    model = JourneyGridModel()
    model.set_detail(d)
    pains = next(i for i, ln in enumerate(d.lanes) if ln.kind is LaneKind.PAIN_POINTS)
    shown = model.data(model.index(pains, 0))
    assert shown.startswith("• ")
    # Tooltips and screen readers get the score in words, never the bracket code.
    assert "[S" not in shown
    assert "(severity " in shown
    edit = model.data(model.index(pains, 0), Qt.ItemDataRole.EditRole)
    assert edit.startswith("- ")
    cell = d.cell(d.stages[0].id, d.lanes[pains].id)
    assert cell is not None
    assert parse_edit_text(LaneKind.PAIN_POINTS, edit) == (cell.text, list(cell.items))
    metrics = next(i for i, ln in enumerate(d.lanes) if ln.kind is LaneKind.METRICS)
    metric = next(m for m in d.metrics if m.stage_id == d.stages[0].id)
    assert f"{metric.name}: " in model.data(model.index(metrics, 0))
    assert not model.flags(model.index(metrics, 0)) & Qt.ItemFlag.ItemIsEditable


def test_item_lines_parse_per_lane_kind() -> None:
    assert parse_edit_text(LaneKind.OPPORTUNITIES, "Intro\n\n- Guide [I4 E2]\n• Plain") == (
        "Intro",
        [{"text": "Guide", "impact": 4, "effort": 2}, {"text": "Plain"}],
    )
    assert parse_edit_text(LaneKind.PAIN_POINTS, "- Slow [S9]") == ("", [{"text": "Slow [S9]"}])
    assert parse_edit_text(LaneKind.BACKSTAGE, "- CRM [owner: Ops; system: X]") == (
        "",
        [{"text": "CRM", "owner": "Ops", "system": "X"}],
    )
    assert parse_edit_text(LaneKind.TEXT, "- a [S4]") == ("", [{"text": "a [S4]"}])
    assert edit_text(LaneKind.TEXT, None) == ""


def test_add_and_rename_a_stage(
    view: JourneyGridView, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(journey_grid, "ask_text", lambda *_args: "Pilot")
    view.add_stage(2)
    assert view.model.columnCount() == 10
    assert _header(view, 2) == "Pilot"
    monkeypatch.setattr(journey_grid, "ask_text", lambda *_args: "Proof of value")
    view.rename_stage(2)
    assert _header(view, 2) == "Proof of value"
    assert session.undo_stack.undoText() == "Rename stage"
    session.undo_stack.undo()
    assert _header(view, 2) == "Pilot"
    monkeypatch.setattr(journey_grid, "ask_text", lambda *_args: None)
    view.add_stage(0)
    assert view.model.columnCount() == 10


def test_reorder_stages_and_lanes_by_keyboard(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    before = _get(session, journey_id)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Right, CTRL_SHIFT)
    d = _get(session, journey_id)
    assert d.stages[2].id == before.stages[1].id
    assert view.table.currentIndex().column() == 2
    qtbot.keyClick(view.table, Qt.Key.Key_Down, CTRL_SHIFT)
    d = _get(session, journey_id)
    assert d.lanes[1].id == before.lanes[0].id
    assert session.undo_stack.undoText() == "Move lane"
    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), before)
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Left, CTRL_SHIFT)  # already first: nothing happens
    assert session.undo_stack.index() == 0


def test_reorder_by_dragging_headers(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    before = _get(session, journey_id)
    header = view.table.horizontalHeader()
    header.moveSection(0, 3)
    d = _get(session, journey_id)
    assert [s.id for s in d.stages[:4]] == [s.id for s in (*before.stages[1:4], before.stages[0])]
    assert all(header.visualIndex(i) == i for i in range(header.count()))
    assert _header(view, 3) == before.stages[0].name
    view.table.verticalHeader().moveSection(7, 0)
    assert _get(session, journey_id).lanes[0].id == before.lanes[7].id
    assert session.undo_stack.undoText() == "Move lane"


def test_edit_a_cell_in_place(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    index = view.model.index(0, 1)
    view.table.setFocus()
    view.table.setCurrentIndex(index)
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = view.table.findChild(QPlainTextEdit)
    assert editor is not None
    old = d.cell(d.stages[1].id, d.lanes[0].id)
    assert old is not None
    assert editor.toPlainText().startswith(old.text)  # F2 keeps the text
    editor.selectAll()
    qtbot.keyClicks(editor, "Slow start")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(editor, "second line")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(editor, "- an item")
    assert editor.toPlainText() == "Slow start\nsecond line\n- an item"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)
    cell = _get(session, journey_id).cell(d.stages[1].id, d.lanes[0].id)
    assert cell is not None
    assert (cell.text, cell.items) == ("Slow start\nsecond line", ({"text": "an item"},))
    assert cell.evidence == old.evidence
    assert view.table.currentIndex() == view.model.index(1, 1)  # Enter moves down
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit cell"
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)


def test_escape_cancels_and_delete_clears(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    editor = view.table.findChild(QPlainTextEdit)
    assert editor is not None
    qtbot.keyClicks(editor, "zzz")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.table.state() != view.table.State.EditingState)
    assert session.undo_stack.count() == 0
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert _get(session, journey_id).cell(d.stages[0].id, d.lanes[0].id) is None
    assert session.undo_stack.undoText() == "Clear cell"
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), d)


def test_delete_a_stage_with_content_and_undo(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    before = _get(session, journey_id)
    shown = [view.model.data(view.model.index(r, 4)) for r in range(8)]
    view.delete_stage(4)
    assert view.model.columnCount() == 8
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), before)
    assert [view.model.data(view.model.index(r, 4)) for r in range(8)] == shown


def test_delete_and_add_lanes(
    view: JourneyGridView,
    session: EditSession,
    journey_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _get(session, journey_id)
    view.delete_lane(2)
    assert view.model.rowCount() == 7
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), before)
    monkeypatch.setattr(journey_grid, "ask_text", lambda *_args: "Systems")
    view.add_lane(8, LaneKind.BACKSTAGE)
    assert view.model.headerData(8, Qt.Orientation.Vertical).startswith("Systems\n")
    monkeypatch.setattr(journey_grid, "ask_colour", lambda *_args: "#336699")
    view.recolour_lane(8)
    assert view.model.lane_at(8) is not None
    assert view.model.lane_at(8).colour == "#336699"  # type: ignore[union-attr]
    assert session.undo_stack.undoText() == "Recolour lane"


def test_set_a_loop_and_see_it(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    view.set_loop(8, d.stages[5].id)
    assert _header(view, 8) == f"{d.stages[8].name}\n↺ {d.stages[5].name}"
    assert session.undo_stack.undoText() == "Set loop"
    menu = view.stage_menu(8)
    loop_menu = next(a.menu() for a in menu.actions() if a.text() == "Loop To")
    checked = [a.text() for a in loop_menu.actions() if a.isChecked()]
    assert checked == [d.stages[5].name]
    view.set_loop(8, None)
    assert _header(view, 8) == d.stages[8].name


def test_mark_an_assumption_and_filter(view: JourneyGridView, session: EditSession) -> None:
    model = view.model
    view.set_evidence(0, 0, Evidence.ASSUMPTION)
    assert session.undo_stack.undoText() == "Mark as assumption"
    assert model.data(model.index(0, 0), EVIDENCE_ROLE) is Evidence.ASSUMPTION
    view.set_evidence(0, 1, Evidence.RESEARCH_BACKED)
    view.assumptions_action.trigger()
    assert model.evidence_filter is Evidence.ASSUMPTION
    assert model.data(model.index(0, 0))
    assert model.data(model.index(0, 1)) == ""
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ForegroundRole) is not None
    # Hidden text is still reachable.
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    view.assumptions_action.trigger()
    assert model.data(model.index(0, 1))


def test_zoom_in_out_and_fit(view: JourneyGridView) -> None:
    table = view.table
    assert table.columnWidth(0) == BASE_COLUMN_WIDTH
    font = table.font().pointSizeF()
    view.zoom_in_action.trigger()
    assert view.zoom > 1
    assert table.columnWidth(0) > BASE_COLUMN_WIDTH
    assert table.font().pointSizeF() > font
    view.zoom_out_action.trigger()
    view.zoom_out_action.trigger()
    assert table.columnWidth(0) < BASE_COLUMN_WIDTH
    view.fit_action.trigger()
    total = sum(table.columnWidth(c) for c in range(view.model.columnCount()))
    assert total <= table.viewport().width()
    assert total > table.viewport().width() * 0.9
    small = view.zoom
    view.resize(1920, 1080)
    view.fit_to_window()
    assert view.zoom > small  # a bigger window, bigger type
    assert sum(table.columnWidth(c) for c in range(9)) <= table.viewport().width()
    assert sum(table.rowHeight(r) for r in range(8)) <= table.viewport().height()


def test_columns_share_out_a_wide_window(view: JourneyGridView, qtbot: QtBot) -> None:
    header = view.table.horizontalHeader()
    narrow = header.sectionSize(0)
    view.resize(3000, 900)
    qtbot.waitUntil(lambda: header.sectionSize(0) > narrow)
    total = sum(header.sectionSize(c) for c in range(view.model.columnCount()))
    assert total <= view.table.viewport().width()
    assert total > view.table.viewport().width() - view.model.columnCount()


def test_long_text_stays_reachable(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    long_text = ("word " * 1000).strip()
    assert len(long_text) > 4990
    journey_edit(session).set_cell(d.stages[0].id, d.lanes[0].id, long_text)
    session.journey_changed.emit(journey_id)
    index = view.model.index(0, 0)
    assert view.model.data(index, Qt.ItemDataRole.ToolTipRole) == long_text
    assert view.model.data(index, Qt.ItemDataRole.EditRole) == long_text
    assert view.model.data(index) == long_text
    assert 0 < view.table.rowHeight(0) <= 400


def test_no_session_shows_nothing(qtbot: QtBot) -> None:
    grid = JourneyGridView()
    qtbot.addWidget(grid)
    grid.show_journey(uuid.uuid4())
    assert grid.model.rowCount(QModelIndex()) == 0
    grid.fit_to_window()
    assert grid.zoom == 1.0


def test_channel_chips_from_the_catalogue_and_a_new_channel(
    view: JourneyGridView,
    session: EditSession,
    journey_id: uuid.UUID,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = _get(session, journey_id)
    row = next(r for r in range(8) if view.model.lane_at(r).kind is LaneKind.TOUCHPOINTS)  # type: ignore[union-attr]
    stage, lane = before.stages[0], before.lanes[row]
    names = [str(i["text"]) for i in before.cell(stage.id, lane.id).items]  # type: ignore[union-attr]

    menu = view.cell_menu(view.model.index(row, 0))
    assert "Channels…" in [a.text() for a in menu.actions()]
    picker = view.open_channel_picker(view.model.index(row, 0))
    assert picker is not None
    assert set(picker.checked_names()) == set(names)
    assert "Webinar" in picker.visible_names()  # from another stage of the map
    picker.filter.setText("webin")
    shown = picker.visible_names()
    assert shown[0] == "Webinar"
    assert all("webin" in name.casefold() for name in shown)
    assert len(shown) < len(picker.channel_items())
    picker.activate()
    after = _get(session, journey_id).cell(stage.id, lane.id)
    assert [str(i["text"]) for i in after.items] == [*names, "Webinar"]  # type: ignore[union-attr]
    picker.close()

    monkeypatch.setattr(journey_grid, "ask_text", lambda *_args: "Partner portal")
    view.new_channel(stage.id, lane.id)
    cell = _get(session, journey_id).cell(stage.id, lane.id)
    assert [str(i["text"]) for i in cell.items][-1] == "Partner portal"  # type: ignore[union-attr]
    assert "Partner portal" in session.services.journey_edit.channels(journey_id)
    assert session.undo_stack.undoText() == "Add channel Partner portal"

    session.undo_stack.undo()
    assert "Partner portal" not in session.services.journey_edit.channels(journey_id)
    session.undo_stack.undo()
    assert _same(_get(session, journey_id), before)


def test_metrics_lane_shows_each_stage_metric_with_its_status(
    view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    from datetime import date

    d = _get(session, journey_id)
    row = next(r for r in range(8) if view.model.lane_at(r).kind is LaneKind.METRICS)  # type: ignore[union-attr]
    leads = next(m for m in d.metrics if m.name == "Leads generated")
    column = next(i for i, s in enumerate(d.stages) if s.id == leads.stage_id)
    index = view.model.index(row, column)
    assert "Leads generated: 872" in index.data()
    last = leads.values[-1][0]
    session.services.metrics.set_values(leads.id, {date(last.year + 1, 1, 1): 1500.0})
    session.journey_changed.emit(journey_id)
    line = next(ln for ln in view.model.index(row, column).data().splitlines() if "Leads" in ln)
    assert line == "● Leads generated: 1,500"  # at or above its target of 900: on track


def test_grid_model_passes_the_model_tester_through_edits(
    view: JourneyGridView,
    session: EditSession,
    journey_id: uuid.UUID,
    qtmodeltester: ModelTester,
) -> None:
    # One check: the tester stays connected and checks every change signal that follows.
    qtmodeltester.check(view.model, force_py=True)
    d = _get(session, journey_id)
    session.undo_stack.push(
        jc.edit_cell(
            session, journey_id, d.stages[1].id, d.lanes[0].id, CellContent(text="Changed")
        )
    )
    view.move_stage(0, 2)
    view.assumptions_action.setChecked(True)
    view.show_journey(None)
    assert view.model.rowCount() == 0


def test_a_text_edit_keeps_the_workshop_mark_of_the_items_it_keeps(
    qtbot: QtBot, view: JourneyGridView, session: EditSession, journey_id: uuid.UUID
) -> None:
    d = _get(session, journey_id)
    stage, lane = d.stages[1].id, d.lanes[0].id
    session.services.journey_edit.set_cell(
        stage, lane, "Note", [{"text": "From the room", "workshop": "Workshop 3 Dec 2026"}]
    )
    view.reload()
    index = view.model.index(0, 1)
    assert view.model.setData(index, "Note, edited\n- From the room\n- Typed later")
    cell = _get(session, journey_id).cell(stage, lane)
    assert cell is not None
    assert cell.text == "Note, edited"
    assert cell.items == (
        {"text": "From the room", "workshop": "Workshop 3 Dec 2026"},
        {"text": "Typed later"},
    )
