"""Journey maps through the main window: new map from a template, snapshots, undo."""

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from personabuilder.services import Services
from personabuilder.ui.journeys import studio as journey_studio
from personabuilder.ui.journeys.snapshots import SnapshotsPanel
from personabuilder.ui.shell.main_window import MainWindow

from .conftest import Answers


@pytest.fixture
def opened(window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Maps.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    return window


def _services(window: MainWindow) -> Services:
    assert window.session is not None
    return window.session.services


@pytest.mark.parametrize(("index", "stages"), [(0, 9), (1, 7), (2, 3)])
def test_new_journey_map_from_each_template_then_undo_redo(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch, index: int, stages: int
) -> None:
    services = _services(opened)
    persona = services.listing.personas()[0]

    def ask(_parent, templates, personas):  # type: ignore[no-untyped-def]
        assert personas[0].name == persona.name
        from dataclasses import replace

        return replace(templates[index].for_personas([persona.id]), title="Client journey")

    monkeypatch.setattr(journey_studio, "ask_new_journey", ask)
    opened.journeys.actions["new"].trigger()
    created = [j for j in services.listing.journeys() if j.title == "Client journey"]
    assert len(created) == 1
    assert created[0].stage_count == stages
    assert opened.pages.currentWidget() is opened.journeys.page
    assert opened.journeys.page.title.text() == "Client journey"
    detail = services.journeys.get(created[0].id)
    assert [p.id for p in detail.personas] == [persona.id]
    assert opened.sidebar_model.index(1, 0).data() == "Journey maps (3)"

    opened.actions_by_id["undo"].trigger()
    assert services.listing.journey_count() == 2
    opened.actions_by_id["redo"].trigger()
    assert services.journeys.get(created[0].id) == detail


def test_snapshots_save_open_compare_restore_and_undo(
    opened: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    services = _services(opened)
    journey = services.listing.journeys()[0]
    opened.journeys.show_journey(journey.id)
    assert opened.session is not None
    panel = SnapshotsPanel(opened.session, journey.id, opened)
    qtbot.addWidget(panel)
    answers.text = "Before the workshop"
    panel.save()
    assert panel.list.count() == 1
    assert panel.list.item(0).text().startswith("Before the workshop")
    assert opened.actions_by_id["undo"].text() == "&Undo Save snapshot"

    panel.open_selected()
    assert "read-only" in panel.caption.text()
    original = services.journeys.get(journey.id)
    assert original.stages[0].name in panel.view.toPlainText()

    services.journeys.rename(journey.id, "Changed title")
    cell = original.cells[0]
    services.journey_edit.set_cell(
        cell.stage_id, cell.lane_id, "Edited in the workshop", cell.items, cell.evidence
    )
    panel.compare_selected()
    assert "changed 1 · added 0 · removed 0" in panel.caption.text()
    assert "Edited in the workshop" in panel.view.toPlainText()

    panel.restore_selected()
    restored = services.journeys.get(journey.id)
    assert restored.title == original.title
    assert restored.cells == original.cells
    opened.actions_by_id["undo"].trigger()
    assert services.journeys.get(journey.id).title == "Changed title"


def test_emotion_points_sit_in_the_emotion_lane_under_their_columns(
    opened: MainWindow, qtbot: QtBot
) -> None:
    journey = _services(opened).listing.journeys()[0]
    opened.resize(1366, 768)
    opened.show()
    qtbot.waitExposed(opened)
    opened.journeys.show_journey(journey.id)
    page = opened.journeys.page
    table = page.grid.table
    header = table.horizontalHeader()
    viewport = table.viewport()
    row = page.emotion_lane.row()
    assert row is not None
    assert page.curve.parent() is viewport

    def column_centre(column: int) -> float:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) / 2
        return float(viewport.mapTo(opened, QPoint(round(x), 0)).x())

    def point_x(column: int) -> float:
        persona = page.curve._visible_ids()[0]
        point = page.curve._point(column, persona, 0)
        return float(page.curve.mapTo(opened, QPoint(round(point.x()), 0)).x())

    qtbot.waitUntil(lambda: abs(point_x(1) - column_centre(1)) < 30)
    # The curves fill the bottom of the emotion lane's row.
    top, height = table.rowViewportPosition(row), table.rowHeight(row)
    geometry = page.curve.geometry()
    assert top < geometry.top()
    assert geometry.bottom() <= top + height
    before = column_centre(1)
    table.horizontalScrollBar().setValue(200)
    qtbot.waitUntil(lambda: column_centre(1) < before)
    qtbot.waitUntil(lambda: abs(point_x(1) - column_centre(1)) < 30)


def test_linked_personas_change_in_one_undo_step(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = _services(opened)
    journey = services.listing.journeys()[1]  # the lifecycle follows two of three personas
    opened.journeys.show_journey(journey.id)
    before = services.journeys.get(journey.id)
    linked = [p.id for p in before.personas]
    everyone = [p.id for p in services.listing.personas()]
    extra = next(p for p in everyone if p not in linked)
    chosen = [linked[1], extra]
    monkeypatch.setattr(journey_studio, "ask_linked_personas", lambda *_args: chosen)
    opened.journeys.actions["personas"].trigger()
    after = services.journeys.get(journey.id)
    assert [p.id for p in after.personas] == chosen
    assert not [e for e in after.emotions if e.persona_id == linked[0]]
    assert opened.journeys.page.curve._visible_ids() == chosen
    assert opened.actions_by_id["undo"].text() == "&Undo Change linked personas"
    opened.actions_by_id["undo"].trigger()
    assert replace(services.journeys.get(journey.id), updated_at=before.updated_at) == before


def test_workshop_mode_from_the_journey_menu_and_back(opened: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from personabuilder.ui.workshop import ProjectionWindow

    services = _services(opened)
    journey = services.listing.journeys()[0]
    opened.journeys.show_journey(journey.id)
    opened.journeys.actions["workshop"].trigger()
    windows = [w for w in opened.findChildren(ProjectionWindow) if w.isVisible()]
    assert len(windows) == 1
    projection = windows[0]
    qtbot.keyClick(projection, Qt.Key.Key_P)
    projection.capture_overlay.edit.setText("Le devis arrive trop tard")
    qtbot.keyClick(projection.capture_overlay.edit, Qt.Key.Key_Return)
    qtbot.keyClick(projection, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not projection.isVisible())
    assert opened.pages.currentWidget() is opened.journeys.page
    (summary,) = services.workshop.summary(journey.id)
    texts = [item.text for stage in summary.stages for item in stage.items]
    assert texts == ["Le devis arrive trop tard"]


def test_a_new_map_opens_on_the_map_tab(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.journeys.page
    opened.journeys.show_journey(_services(opened).listing.journeys()[0].id)
    page.tabs.setCurrentWidget(page.metrics)

    def ask(_parent, templates, personas):  # type: ignore[no-untyped-def]
        return replace(templates[0].for_personas([]), title="Fresh map")

    monkeypatch.setattr(journey_studio, "ask_new_journey", ask)
    opened.journeys.actions["new"].trigger()
    assert page.title.text() == "Fresh map"
    assert page.tabs.currentIndex() == 0
    assert page.map_stack.currentIndex() == 0


def test_a_map_without_stages_offers_its_first_stage(
    opened: MainWindow, answers: Answers, qtbot: QtBot
) -> None:
    from personabuilder.model import LaneKind
    from personabuilder.services.readmodels import JourneySpec, LaneSpec

    services = _services(opened)
    journey_id = services.journeys.create(
        JourneySpec(title="Blank", lanes=(LaneSpec(LaneKind.TEXT, "Actions"),))
    )
    opened.journeys.show_journey(journey_id)
    page = opened.journeys.page
    assert page.map_stack.currentWidget() is page.empty
    assert page.add_first_stage_button.isVisible()
    answers.text = "Awareness"
    qtbot.mouseClick(page.add_first_stage_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in services.journeys.get(journey_id).stages] == ["Awareness"]
    assert page.map_stack.currentIndex() == 0
    assert page.grid.model.columnCount() == 1
    opened.actions_by_id["undo"].trigger()
    assert services.journeys.get(journey_id).stages == ()
    assert page.map_stack.currentWidget() is page.empty


def test_a_click_on_a_blank_emotion_slot_scores_the_named_persona(
    opened: MainWindow, qtbot: QtBot
) -> None:
    from personabuilder.model import LaneKind
    from personabuilder.services.readmodels import JourneySpec, LaneSpec, StageSpec

    services = _services(opened)
    personas = services.listing.personas()[:2]
    journey_id = services.journeys.create(
        JourneySpec(
            title="Feelings",
            persona_ids=tuple(p.id for p in personas),
            stages=(StageSpec("Awareness"), StageSpec("Trial"), StageSpec("Purchase")),
            lanes=(LaneSpec(LaneKind.TEXT, "Actions"), LaneSpec(LaneKind.EMOTION, "Emotions")),
        )
    )
    opened.resize(1366, 768)
    opened.show()
    qtbot.waitExposed(opened)
    opened.journeys.show_journey(journey_id)
    page = opened.journeys.page
    curve = page.curve
    qtbot.waitUntil(curve.isVisible)
    # The legend names the persona a click scores, in its colour.
    assert curve.scoring_persona == personas[0].id
    assert page.legend.isVisible()
    assert curve.scoring_box.currentText() == personas[0].name
    curve.scoring_box.setCurrentIndex(1)
    curve.scoring_box.activated.emit(1)
    assert curve.scoring_persona == personas[1].id

    stage = services.journeys.get(journey_id).stages[1]
    lefts, width = page.emotion_lane.columns()
    assert lefts is not None
    assert width is not None
    x = round(lefts[1] + width * 0.2)  # away from where the points of a stage sit
    y = round(curve._y(2))
    qtbot.mouseClick(curve, Qt.MouseButton.LeftButton, pos=QPoint(x, y))
    scores = {
        (e.stage_id, e.persona_id): e.as_is for e in services.journeys.get(journey_id).emotions
    }
    assert scores == {(stage.id, personas[1].id): 2}
    assert curve.score(stage.id, personas[1].id) == (2, None)

    opened.actions_by_id["undo"].trigger()
    assert services.journeys.get(journey_id).emotions == ()
    assert curve.score(stage.id, personas[1].id) == (None, None)


def test_the_metrics_tab_reads_the_map_when_it_is_shown(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = opened.journeys.page
    page.tabs.setCurrentIndex(0)
    shown: list[object] = []
    monkeypatch.setattr(page.metrics, "set_detail", shown.append)
    journey = _services(opened).listing.journeys()[0]
    opened.journeys.show_journey(journey.id)
    page.reload()
    assert shown == []  # an edit on the map does not rebuild the hidden tab
    page.tabs.setCurrentWidget(page.metrics)
    assert [getattr(d, "id", None) for d in shown] == [journey.id]
    page.reload()
    assert len(shown) == 2
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentWidget(page.metrics)
    assert len(shown) == 2  # nothing changed meanwhile


def test_ctrl_shift_c_on_the_map_copies_it_as_an_image_and_says_so(
    opened: MainWindow, qtbot: QtBot
) -> None:
    # Persona › Copy Personas shares the keys: it is off while a map is shown.
    opened.studio.show_persona(_services(opened).listing.personas()[0].id)
    assert opened.studio.actions["copy"].isEnabled()
    page = opened.journeys.page
    opened.journeys.show_journey(_services(opened).listing.journeys()[0].id)
    assert not opened.studio.actions["copy"].isEnabled()
    opened.show()
    qtbot.waitExposed(opened)
    opened.activateWindow()
    page.grid.table.setFocus()
    with qtbot.waitSignal(page.map_copier.copied, timeout=120_000):
        qtbot.keyClick(
            page.grid.table,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    assert QGuiApplication.clipboard().image().width() == 3000
    assert opened.statusBar().currentMessage().startswith("Map copied as an image (3000 x ")
