"""A workspace opened read-only: every editing control shows at once it edits nothing.

The views work on a real workspace file opened read-only (as a viewer of a team workspace or a
file in use elsewhere would be), with an EditSession made with ``read_only=True``. Typing,
double-clicks, paste, drags, keys and menus change nothing and write nothing; reading, copying,
selecting and comparing still work.
"""

import hashlib
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QStackedWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from personabuilder.app import StoreGateway
from personabuilder.model import CaptureKind, LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession, read_only_hint
from personabuilder.ui.journeys import commands as jc
from personabuilder.ui.journeys.edit_clipboard import plain_text
from personabuilder.ui.journeys.emotion_curve import EmotionCurve
from personabuilder.ui.journeys.grid import JourneyGridView
from personabuilder.ui.journeys.snapshots import SnapshotsPanel
from personabuilder.ui.journeys.studio import JourneyPage, JourneyStudio
from personabuilder.ui.metrics.csv_import import run_import
from personabuilder.ui.metrics.panel import MetricsPanel
from personabuilder.ui.personas.commands import edit_field
from personabuilder.ui.personas.editor import PersonaEditor
from personabuilder.ui.personas.gallery import PersonaGallery
from personabuilder.ui.personas.studio import PersonaStudio
from personabuilder.ui.workshop.controller import WorkshopController
from tests.conftest import DEMO_DAY
from tests.gui.conftest import Answers

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
_PARENTS: list[QWidget] = []


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def viewed_file(demo_file: Path, tmp_path: Path) -> Path:
    """A demo workspace file with a snapshot and a workshop, closed again."""
    path = tmp_path / "viewed.pbw"
    path.write_bytes(demo_file.read_bytes())
    ws = Workspace.open(path, daily_backup=False)
    try:
        services = Services.bind(ws)
        journey_id = services.listing.journeys()[0].id
        services.snapshots.create(journey_id, "Before the rework")
        services.workshop.start(journey_id, "Kick-off", DEMO_DAY)
    finally:
        ws.close()
    return path


@pytest.fixture
def session(viewed_file: Path) -> Iterator[EditSession]:
    """A read-only session on the file opened read-only; the file is unchanged afterwards."""
    before = _digest(viewed_file)
    ws = Workspace.open(viewed_file, read_only=True, daily_backup=False)
    s = EditSession(Services.bind(ws), read_only=True)
    yield s
    assert s.undo_stack.count() == 0  # no step was ever run
    s.undo_stack.clear()
    ws.close()
    assert _digest(viewed_file) == before  # nothing written
    _PARENTS.clear()


@pytest.fixture
def journey(session: EditSession) -> JourneyDetail:
    """The demo's 9-stage map."""
    return session.services.journeys.get(session.services.listing.journeys()[0].id)


def _persona(session: EditSession) -> uuid.UUID:
    return session.services.listing.personas()[0].id


def test_read_only_is_a_keyword_of_the_session_and_off_by_default(
    demo_workspace: Workspace, session: EditSession
) -> None:
    assert EditSession(Services.bind(demo_workspace)).read_only is False
    assert session.read_only is True


def test_a_step_pushed_anyway_is_dropped_unrun(session: EditSession) -> None:
    persona_id = _persona(session)
    data = session.services.personas.get(persona_id).data
    session.undo_stack.push(edit_field(session, persona_id, "name", data.name, "Changed"))
    session.undo_stack.beginMacro("Many")
    session.undo_stack.push(edit_field(session, persona_id, "quote", data.quote, "Changed"))
    session.undo_stack.endMacro()
    assert session.services.personas.get(persona_id).data == data
    assert session.undo_stack.count() == 0


# -- personas ----------------------------------------------------------------------------------


@pytest.fixture
def editor(qtbot: QtBot, session: EditSession) -> PersonaEditor:
    """The persona editor on the first persona, shown."""
    widget = PersonaEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show_persona(_persona(session))
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_persona_fields_are_read_only_yet_selectable(
    qtbot: QtBot, editor: PersonaEditor, session: EditSession
) -> None:
    detail = session.services.personas.get(_persona(session))
    assert editor.read_only_banner.isVisibleTo(editor)
    assert editor.read_only_banner.text() == read_only_hint()
    for edit in (editor.name_edit, *editor.line_edits.values(), editor.tags_edit):
        assert edit.isReadOnly()
        assert edit.isEnabled()
    for area in editor.text_areas.values():
        assert area.isReadOnly()
    for spin in editor.score_spins.values():
        assert spin.isReadOnly()
    assert not editor.archetype_combo.isEnabled()
    assert not editor.import_photo_button.isVisibleTo(editor)
    assert not editor.remove_photo_button.isVisibleTo(editor)
    assert not editor.list_hint.isVisibleTo(editor)

    editor.name_edit.setFocus()
    qtbot.keyClicks(editor.name_edit, "Typed")
    qtbot.keyClicks(editor.text_areas["quote"], "Typed")
    qtbot.keyClick(editor.score_spins["influence"], Qt.Key.Key_Up)
    assert editor.name_edit.text() == detail.data.name
    assert session.services.personas.get(detail.id) == detail

    # Still selected and copied as before.
    editor.name_edit.selectAll()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == detail.data.name


def test_persona_lists_have_no_editor_drag_or_buttons(
    qtbot: QtBot, editor: PersonaEditor, session: EditSession
) -> None:
    detail = session.services.personas.get(_persona(session))
    goals = editor.list_editors["goals"]
    assert goals.list.count() > 0
    assert goals.list.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    assert goals.list.dragDropMode() == QAbstractItemView.DragDropMode.NoDragDrop
    for button in (goals.add_button, goals.remove_button, goals.up_button, goals.down_button):
        assert not button.isVisibleTo(editor)
    goals.list.setCurrentRow(0)
    goals.list.setFocus()
    for key in (Qt.Key.Key_Insert, Qt.Key.Key_Delete, Qt.Key.Key_F2):
        qtbot.keyClick(goals.list, key)
    qtbot.keyClick(goals.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert goals.list.state() != QAbstractItemView.State.EditingState
    assert goals.items() == list(detail.data.goals)
    assert session.services.personas.get(detail.id) == detail


def test_gallery_offers_no_new_persona(qtbot: QtBot, session: EditSession) -> None:
    gallery = PersonaGallery()
    qtbot.addWidget(gallery)
    gallery.set_services(session.services)
    gallery.set_read_only(True)
    gallery.show()
    assert gallery.read_only_banner.isVisible()
    assert not gallery.new_button.isVisible()
    assert gallery.model.rowCount() > 0  # still listed
    gallery.set_read_only(False)
    assert gallery.new_button.isVisible()
    assert not gallery.read_only_banner.isVisible()


def test_persona_menu_keeps_only_what_reads(qtbot: QtBot, session: EditSession) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    pages = QStackedWidget(window)
    studio = PersonaStudio(window, pages, StoreGateway(), lambda: None)
    studio.build_menu(QMenu(window))
    studio.set_session(session)
    studio.show_gallery()
    studio.gallery.select(_persona(session))
    studio._update_actions()
    enabled = {key for key, action in studio.actions.items() if action.isEnabled()}
    assert enabled == {"show_gallery", "copy"}
    assert not studio.new_menu.isEnabled()
    count = len(session.services.listing.personas())
    studio.new_persona()
    studio.duplicate()
    studio.paste()
    assert len(session.services.listing.personas()) == count


def test_journey_menu_keeps_snapshots_only(qtbot: QtBot, session: EditSession) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    studio = JourneyStudio(window, QStackedWidget(window))
    studio.build_menu(QMenu(window))
    studio.set_session(session)
    enabled = {key for key, action in studio.actions.items() if action.isEnabled()}
    assert enabled == {"snapshots"}


def test_workshop_and_new_map_are_refused_with_the_reason(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    pages = QStackedWidget()
    window.setCentralWidget(pages)
    studio = JourneyStudio(window, pages)
    studio.set_session(session)
    studio.show_journey(journey.id)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    workshops = session.services.workshop.sessions(journey.id)
    studio.start_workshop()
    assert window.statusBar().currentMessage() == read_only_hint()
    window.statusBar().clearMessage()
    studio.new_journey()
    assert window.statusBar().currentMessage() == read_only_hint()
    assert session.services.workshop.sessions(journey.id) == workshops


# -- the map -----------------------------------------------------------------------------------


@pytest.fixture
def grid(qtbot: QtBot, session: EditSession, journey: JourneyDetail) -> JourneyGridView:
    """The grid on the demo map, shown at laptop size."""
    view = JourneyGridView()
    qtbot.addWidget(view)
    view.set_session(session)
    view.show_journey(journey.id)
    view.resize(1366, 768)
    view.show()
    qtbot.waitExposed(view)
    return view


def _text_cell(grid: JourneyGridView) -> tuple[int, int]:
    detail = grid.model.detail
    assert detail is not None
    row = next(i for i, lane in enumerate(detail.lanes) if lane.kind is LaneKind.TEXT)
    column = next(
        c for c in range(len(detail.stages)) if grid.model.cell_at(grid.model.index(row, c))
    )
    return row, column


def test_cells_open_no_editor(qtbot: QtBot, grid: JourneyGridView, session: EditSession) -> None:
    before = session.services.journeys.get(grid.journey_id)  # type: ignore[arg-type]
    row, column = _text_cell(grid)
    index = grid.model.index(row, column)
    assert not index.flags() & Qt.ItemFlag.ItemIsEditable
    assert grid.table.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    grid.table.setCurrentIndex(index)
    grid.table.setFocus()
    rect = grid.table.visualRect(index)
    qtbot.mouseDClick(grid.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(grid.table, Qt.Key.Key_F2)
    qtbot.keyClick(grid.table, Qt.Key.Key_Return)
    qtbot.keyClicks(grid.table, "typed")
    assert grid.table.state() != QAbstractItemView.State.EditingState
    assert not grid.table.findChildren(QPlainTextEdit)
    assert grid.model.setData(index, "typed") is False
    qtbot.keyClick(grid.table, Qt.Key.Key_Delete)
    qtbot.keyClick(grid.table, Qt.Key.Key_Right, CTRL_SHIFT)
    qtbot.keyClick(grid.table, Qt.Key.Key_Down, CTRL_SHIFT)
    assert session.services.journeys.get(before.id) == before


def test_paste_and_cut_do_nothing_copy_works(
    qtbot: QtBot, grid: JourneyGridView, session: EditSession
) -> None:
    before = session.services.journeys.get(grid.journey_id)  # type: ignore[arg-type]
    row, column = _text_cell(grid)
    grid.table.setCurrentIndex(grid.model.index(row, column))
    QGuiApplication.clipboard().setText("pasted over")
    grid.table.setFocus()
    assert grid.copy_action.isEnabled()
    assert not grid.cut_action.isEnabled()
    assert not grid.paste_action.isEnabled()
    grid.paste()
    grid.cut()
    assert session.services.journeys.get(before.id) == before
    grid.select_block(QRect(column, row, 1, 1))
    grid.copy()
    cell = grid.model.cell_at(grid.model.index(row, column))
    assert cell is not None
    assert QGuiApplication.clipboard().text().strip() == plain_text(cell.text, cell.items).strip()


def test_stages_and_lanes_cannot_be_dragged_and_menus_lack_edits(
    grid: JourneyGridView, session: EditSession
) -> None:
    before = session.services.journeys.get(grid.journey_id)  # type: ignore[arg-type]
    for header in (grid.table.horizontalHeader(), grid.table.verticalHeader()):
        assert not header.sectionsMovable()
    assert grid.stage_menu(0).actions() == []
    assert grid.stage_menu(-1).actions() == []
    assert grid.lane_menu(0).actions() == []
    row, column = _text_cell(grid)
    cell_actions = grid.cell_menu(grid.model.index(row, column)).actions()
    assert cell_actions == [grid.copy_action]
    # The verbs behind the menus do nothing either (no dialog is even asked).
    grid.move_stage(0, 1)
    grid.move_lane(0, 1)
    grid.delete_stage(0)
    grid.delete_lane(0)
    grid.recolour_stage(0, "#ff0000")
    grid.set_evidence(row, column, None)
    stage, lane = before.stages[column], before.lanes[row]
    grid.toggle_channel(stage.id, lane.id, "Email", True)
    assert grid.new_channel(stage.id, lane.id, "Carrier pigeon") is False
    assert session.services.journeys.get(before.id) == before


def test_a_writable_grid_still_edits(
    qtbot: QtBot, demo_workspace: Workspace, journey: JourneyDetail
) -> None:
    writable = EditSession(Services.bind(demo_workspace))
    view = JourneyGridView()
    qtbot.addWidget(view)
    view.set_session(writable)
    view.show_journey(writable.services.listing.journeys()[0].id)
    assert view.table.horizontalHeader().sectionsMovable()
    assert view.model.index(0, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert len(view.stage_menu(0).actions()) > 3
    writable.undo_stack.push(jc.add_stage(writable, view.journey_id, 0, "First"))  # type: ignore[arg-type]
    assert writable.undo_stack.count() == 1


def test_emotion_points_cannot_be_dragged_or_keyed(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    scores = session.services.journeys.get(journey.id).emotions
    curve = EmotionCurve(score_setter=lambda *_args: pytest.fail("a score was stored"))
    qtbot.addWidget(curve)
    curve.set_session(session)
    curve.set_journey(journey)
    curve.resize(1000, 260)
    curve.show()
    qtbot.waitExposed(curve)
    curve.setFocus()
    assert not curve.scoring_box.isVisibleTo(curve)
    point = curve.curve_points(journey.personas[0].id)[2]
    assert point is not None
    qtbot.mousePress(curve, Qt.MouseButton.LeftButton, pos=point.toPoint())
    qtbot.mouseMove(curve, QPoint(point.toPoint().x(), 5))
    qtbot.mouseRelease(curve, Qt.MouseButton.LeftButton, pos=QPoint(point.toPoint().x(), 5))
    qtbot.mouseClick(curve, Qt.MouseButton.LeftButton, pos=QPoint(point.toPoint().x(), 250))
    for key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Delete):
        qtbot.keyClick(curve, key)
    # Looking around still works: the current stage moves with the arrows.
    qtbot.keyClick(curve, Qt.Key.Key_Right)
    assert curve.current() is not None
    assert session.services.journeys.get(journey.id).emotions == scores


def test_map_page_says_why_and_offers_no_personas_dialog(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    page = JourneyPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.show_journey(journey.id)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    assert page.read_only_banner.isVisible()
    assert page.snapshots_button.isVisible()
    assert page.snapshots_button.isEnabled()
    assert not page.personas_button.isVisible()
    page.choose_personas()  # would open a dialog if it were allowed
    assert page.tabs.isEnabled()


def test_snapshots_are_viewed_and_compared_not_saved_or_restored(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail, answers: Answers
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    _PARENTS.append(parent)
    panel = SnapshotsPanel(session, journey.id, parent)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.list.count() == 1
    assert panel.read_only_banner.isVisible()
    assert not panel.buttons["save"].isVisible()
    assert not panel.buttons["restore"].isVisible()
    assert panel.buttons["compare"].isVisible()
    panel.list.setCurrentRow(0)
    panel.compare_selected()
    assert panel.view.toPlainText()
    answers.text = "Another"
    panel.save()
    panel.restore_selected()
    assert len(session.services.snapshots.summaries(journey.id)) == 1


# -- metrics -----------------------------------------------------------------------------------


@pytest.fixture
def metrics(qtbot: QtBot, session: EditSession, journey: JourneyDetail) -> MetricsPanel:
    """The metrics tab of the demo map, its first metric with values selected."""
    page = JourneyPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.show_journey(journey.id)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentWidget(page.metrics)
    qtbot.waitExposed(page)
    page.metrics.select_metric(next(m for m in journey.metrics if m.values).id)
    return page.metrics


def test_metric_values_cannot_be_typed_pasted_or_cleared(
    qtbot: QtBot, metrics: MetricsPanel, session: EditSession, journey: JourneyDetail
) -> None:
    before = session.services.journeys.get(journey.id)
    for key in ("add", "edit", "delete", "import"):
        assert not metrics.buttons[key].isVisible()
    assert metrics.values.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
    item = metrics.values.item(0, 1)
    assert item is not None
    assert not item.flags() & Qt.ItemFlag.ItemIsEditable
    metrics.values.setCurrentCell(0, 1)
    metrics.values.setFocus()
    qtbot.keyClicks(metrics.values, "42")
    qtbot.keyClick(metrics.values, Qt.Key.Key_Return)
    qtbot.keyClick(metrics.values, Qt.Key.Key_Delete)
    QGuiApplication.clipboard().setText("1\n2\n3")
    qtbot.keyClick(metrics.values, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    metrics.type_values()
    metrics.add_metric()
    metrics.edit_metric()
    metrics.delete_metric()
    metrics.load_cohorts()
    assert metrics.values.state() != QAbstractItemView.State.EditingState
    assert "type a value" not in metrics.values_caption.text()
    assert session.services.journeys.get(journey.id) == before
    assert metrics.export_button.isEnabled()  # charts are still exported


def test_csv_import_is_refused_before_a_file_is_chosen(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail, answers: Answers
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    assert run_import(parent, session, journey.id) is False
    assert answers.warnings == [(read_only_hint(), "")]


# -- workshop ----------------------------------------------------------------------------------


def test_workshop_captures_nothing(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    workshop_id = next(
        w.id for w in session.services.workshop.sessions(journey.id) if w.title == "Kick-off"
    )
    items = session.services.workshop.items(workshop_id)
    ctrl = WorkshopController(session, journey.id, workshop_id)
    said: list[str] = []
    ctrl.message_shown.connect(said.append)
    asked: list[object] = []
    ctrl.capture_requested.connect(asked.append)
    ctrl.request_capture(CaptureKind.IDEA)
    assert ctrl.capture(CaptureKind.PAIN_POINT, "Too slow") is None
    assert ctrl.vote(1) is False
    assert ctrl.change_emotion(1) is False
    ctrl.leave()
    assert asked == []
    assert said
    assert all(text == read_only_hint() for text in said)
    assert session.services.workshop.items(workshop_id) == items
    # Kept: a read-only workspace is never tidied up.
    assert session.services.workshop.session(workshop_id).title == "Kick-off"
