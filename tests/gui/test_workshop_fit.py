"""Workshop mode on real workspaces: a long stage fits its screen, names wrap, the overview draws
the emotion curves, a passing message clears, and what the room said reaches the map."""

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.model import Archetype, CaptureKind, LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneyDetail, PersonaRef
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.workshop import ProjectionWindow, start_workshop
from personabuilder.ui.workshop.controller import WorkshopController
from personabuilder.ui.workshop.theme import LIGHT, TypeScale
from personabuilder.ui.workshop.views import Pager, PersonaScoreRow
from tests.conftest import DEMO_DAY

Key = Qt.Key
LONG = (
    "Prospects compare three vendors side by side, read every review they can find, ask their"
    " peers in private channels and come back to the pricing page several times before they"
    " talk to anyone in sales; the security team wants the questionnaire answered first."
)


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


@pytest.fixture
def journey(session: EditSession) -> JourneyDetail:
    """The demo's 9-stage map with three personas."""
    return session.services.journeys.get(session.services.listing.journeys()[0].id)


def _start(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail, parent: QWidget | None = None
) -> WorkshopController:
    ctrl = start_workshop(parent, session, journey.id, title="Kick-off", today=DEMO_DAY)
    assert isinstance(ctrl.projection, ProjectionWindow)
    if parent is None:
        qtbot.addWidget(ctrl.projection)
    return ctrl


@pytest.fixture
def ctrl(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> Iterator[WorkshopController]:
    """A workshop on the demo map, in a window."""
    controller = _start(qtbot, session, journey)
    yield controller
    if controller.running:
        controller.leave()


def _window(ctrl: WorkshopController) -> ProjectionWindow:
    assert isinstance(ctrl.projection, ProjectionWindow)
    return ctrl.projection


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _check_page_fits(pager: Pager) -> list[str]:
    """Every label of the page shown lies inside the pager and holds all its lines."""
    texts = []
    bounds = pager.rect()
    for widget in pager.shown():
        assert widget.isVisible()
        labels = [widget] if isinstance(widget, QLabel) else widget.findChildren(QLabel)
        assert bounds.contains(QRect(widget.mapTo(pager, QPoint(0, 0)), widget.size()))
        for label in labels:
            if not label.text():
                continue
            where = QRect(label.mapTo(pager, QPoint(0, 0)), label.size())
            assert bounds.contains(where), (label.text()[:40], where, bounds)
            # The label is tall enough for every line its text takes at its width.
            assert label.heightForWidth(label.width()) <= label.height(), label.text()[:40]
            texts.append(label.text())
    return texts


def test_a_long_stage_at_1366x768_is_paged_never_cut(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    stage = journey.stages[1]
    edit = session.services.journey_edit
    for lane in journey.lanes:
        if lane.kind in (LaneKind.TEXT, LaneKind.BACKSTAGE):
            edit.set_cell(stage.id, lane.id, "\n".join([LONG] * 3))
    ctrl = _start(qtbot, session, journey)
    try:
        window = _window(ctrl)
        window.resize(1366, 768)
        ctrl.go_to(1)
        _settle()
        panel = window.panel
        assert ctrl.lane_pages > 1
        assert panel.more.isVisible()
        assert "Page 1 of" in panel.more.text()
        # The page line sits under the lanes, not over them.
        assert panel.more.geometry().top() >= panel.lanes.geometry().bottom()
        seen: list[str] = []
        for page in range(ctrl.lane_pages):
            assert ctrl.lane_page == page
            _settle()
            seen += _check_page_fits(panel.lanes)
            _check_page_fits(panel.room)
            qtbot.keyClick(window, Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        # Shift+Down on the last page stays there; every lane was shown on some page.
        assert ctrl.stage_index == 1
        text = " ".join(seen)
        for lane in journey.lanes:
            cell = session.services.journeys.get(journey.id).cell(stage.id, lane.id)
            if cell is not None and cell.text:
                assert lane.name in text
        assert text.count("Prospects compare three vendors") >= 3
    finally:
        ctrl.leave()


def test_a_short_stage_fits_one_page_at_1080p(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    edit = session.services.journey_edit
    stage_id = edit.add_stage(journey.id, len(journey.stages), "Short")
    edit.set_cell(stage_id, journey.lanes[0].id, "One line only")
    ctrl = _start(qtbot, session, journey)
    try:
        window = _window(ctrl)
        window.resize(1920, 1080)
        ctrl.go_to(len(ctrl.stages) - 1)
        _settle()
        assert window.panel.lanes.page_count == 1
        assert ctrl.lane_pages == 1
        assert not window.panel.more.isVisible()
        assert "One line only" in _check_page_fits(window.panel.lanes)
    finally:
        ctrl.leave()


def test_long_persona_names_wrap_instead_of_being_cut() -> None:
    scale = TypeScale.for_height(768)
    persona = PersonaRef(
        uuid.uuid4(), "Maximiliane Montgomery-Richardson de la Fontaine", Archetype.CUSTOM
    )
    short = PersonaRef(uuid.uuid4(), "Ana", Archetype.CUSTOM)
    row = PersonaScoreRow(1, persona, 1, True, LIGHT, scale)
    one = PersonaScoreRow(1, short, 1, True, LIGHT, scale)
    width = 360
    assert row.hasHeightForWidth()
    assert row.heightForWidth(width) > one.heightForWidth(width)
    rect = row.name_rect(width)
    assert rect.right() <= width
    # No word is wider than the room it is given.
    metrics_font = row.name_font(rect.width())
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(metrics_font)
    assert max(metrics.horizontalAdvance(w) for w in persona.name.split()) <= rect.width()


def test_the_feels_message_clears_on_the_next_stage(qtbot: QtBot, ctrl: WorkshopController) -> None:
    window = _window(ctrl)
    qtbot.keyClick(window, Key.Key_Up)
    assert "+1" in window.message.text() or "0" in window.message.text()
    assert ctrl.personas[0].name in window.message.text()
    qtbot.keyClick(window, Key.Key_Right)
    assert window.message.text() == ""
    qtbot.keyClick(window, Key.Key_Up)
    assert ctrl.personas[0].name in window.message.text()
    qtbot.keyClick(window, Key.Key_Left)
    assert window.message.text() == ""


def test_the_overview_draws_each_persona_curve(
    qtbot: QtBot, ctrl: WorkshopController, journey: JourneyDetail
) -> None:
    window = _window(ctrl)
    window.resize(1366, 768)
    qtbot.keyClick(window, Key.Key_O)
    _settle()
    curves = window.overview.curves
    assert curves.isVisible()
    plot = curves.plot
    assert plot.width() > 100
    assert plot.height() > 40
    series = plot.series()
    assert [persona.name for persona, _c, _p in series] == [p.name for p in journey.personas]
    assert len({colour for _p, colour, _pts in series}) == len(series)
    for persona, _colour, points in series:
        assert len(points) == len(journey.stages)
        scored = {
            e.stage_id: e.as_is
            for e in journey.emotions
            if e.persona_id == persona.id and e.as_is is not None
        }
        assert sum(p is not None for p in points) == len(scored)
        for stage, point in zip(journey.stages, points, strict=True):
            if point is not None:
                assert point.y() == pytest.approx(plot.score_y(scored[stage.id]))
                assert plot.rect().contains(point.toPoint())
    # Higher scores are drawn higher; stages run left to right.
    assert plot.score_y(2) < plot.score_y(0) < plot.score_y(-2)
    assert plot.stage_x(0) < plot.stage_x(1)
    assert persona.name in curves.legend.text()
    # The picture is really drawn (a paint over the whole plot runs without error).
    assert not plot.grab().isNull()


def test_the_overview_curve_follows_a_score_changed_in_the_room(
    qtbot: QtBot, ctrl: WorkshopController
) -> None:
    window = _window(ctrl)
    qtbot.keyClick(window, Key.Key_O)
    before = window.overview.curves.plot.series()[0][2][0]
    qtbot.keyClick(window, Key.Key_Escape)
    qtbot.keyClick(window, Key.Key_Down)
    qtbot.keyClick(window, Key.Key_O)
    after = window.overview.curves.plot.series()[0][2][0]
    assert after is not None
    assert before is None or after.y() > before.y()


def test_leaving_puts_the_items_in_their_lanes_and_one_undo_takes_them_off(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    ctrl = _start(qtbot, session, journey, main)
    window = _window(ctrl)
    ctrl.go_to(2)
    for key, text in (
        (Key.Key_P, "Import is slow"),
        (Key.Key_I, "Guided sample import"),
        (Key.Key_Q, "Who owns the trial?"),
    ):
        qtbot.keyClick(window, key)
        window.capture_overlay.edit.setText(text)
        qtbot.keyClick(window.capture_overlay.edit, Key.Key_Return)
    before = session.services.journeys.get(journey.id).cells
    count = session.undo_stack.count()
    with qtbot.waitSignal(ctrl.finished):
        qtbot.keyClick(window, Key.Key_Escape)
    assert session.undo_stack.count() == count + 1
    assert session.undo_stack.undoText() == "Add workshop items to the map"
    detail = session.services.journeys.get(journey.id)
    stage = journey.stages[2].id
    lanes = {ln.kind: ln for ln in journey.lanes}
    from_room = {
        (c.lane_id, i["text"], i["workshop"])
        for c in detail.cells
        if c.stage_id == stage
        for i in c.items
        if "workshop" in i
    }
    assert from_room == {
        (lanes[LaneKind.PAIN_POINTS].id, "Import is slow", "Kick-off"),
        (lanes[LaneKind.OPPORTUNITIES].id, "Guided sample import", "Kick-off"),
    }
    report = main.statusBar().currentMessage()
    assert "Added to the map from the workshop: 2" in report
    assert "1 question" in report
    session.undo_stack.undo()
    assert session.services.journeys.get(journey.id).cells == before
    session.undo_stack.redo()
    again = session.services.journeys.get(journey.id)
    assert sum("workshop" in i for c in again.cells for i in c.items) == 2
    # Carrying the session on adds only what is new.
    ctrl2 = start_workshop(main, session, journey.id, workshop_id=ctrl.workshop_id)
    ctrl2.go_to(2)
    ctrl2.capture(CaptureKind.IDEA, "Day-3 call")
    ctrl2.leave()
    final = session.services.journeys.get(journey.id)
    assert sum("workshop" in i for c in final.cells for i in c.items) == 3


def test_overview_tiles_leave_out_whole_lines_never_cut_them(
    qtbot: QtBot, ctrl: WorkshopController
) -> None:
    window = _window(ctrl)
    window.resize(1366, 768)
    ctrl.go_to(1)
    for text in (
        "Offer a migration service for the first hundred records",
        "Short case studies by industry with real numbers",
        "A pricing calculator with seats and modules",
    ):
        ctrl.capture(CaptureKind.IDEA, text)
    for text in ("Reviews are hard to compare", "Nobody owns the budget yet"):
        ctrl.capture(CaptureKind.PAIN_POINT, text)
    for n in range(6):
        ctrl.capture(CaptureKind.PARKING, f"Parked item {n} about procurement rules")
    qtbot.keyClick(window, Key.Key_O)
    _settle()
    pagers = window.overview.findChildren(Pager)
    assert len(pagers) == len(ctrl.stages) + 1
    for pager in pagers:
        texts = _check_page_fits(pager)
        assert texts  # at least the stage's name
    # The curves keep their share of the screen.
    assert window.overview.curves.plot.height() > 60


def test_the_presenter_view_says_which_page_the_room_sees(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    from personabuilder.ui.workshop import PresenterWindow

    stage = journey.stages[1]
    lane = next(ln for ln in journey.lanes if ln.kind is LaneKind.TEXT)
    session.services.journey_edit.set_cell(stage.id, lane.id, "\n".join([LONG] * 4))
    ctrl = _start(qtbot, session, journey)
    try:
        window = _window(ctrl)
        window.resize(1366, 768)
        presenter = PresenterWindow(ctrl, window)
        qtbot.addWidget(presenter)
        ctrl.go_to(1)
        assert ctrl.lane_pages > 1
        assert f"page 1 of {ctrl.lane_pages}" in presenter.position.text()
        qtbot.keyClick(presenter, Key.Key_PageDown)
        assert ctrl.stage_index == 1
        assert f"page 2 of {ctrl.lane_pages}" in presenter.position.text()
    finally:
        ctrl.leave()


def test_a_name_longer_than_its_room_is_set_smaller_never_cut(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    word = "Customerexperiencemeasurementandevaluationprogramme"
    edit = session.services.journey_edit
    stage = journey.stages[1]
    lane = next(ln for ln in journey.lanes if ln.kind is LaneKind.TEXT)
    edit.rename_stage(stage.id, f"{word} {word}")
    edit.rename_lane(lane.id, word)
    ctrl = _start(qtbot, session, journey)
    try:
        window = _window(ctrl)
        window.resize(1366, 768)
        ctrl.go_to(1)
        _settle()
        from PySide6.QtGui import QFontMetrics

        title = window.panel.title
        assert word in title.text()
        assert QFontMetrics(title.font()).horizontalAdvance(word) <= title.width()
        names = [
            label
            for page in range(ctrl.lane_pages)
            for label in window.panel.lanes.findChildren(QLabel, "lane_name")
            if label.text() == word
        ]
        assert names
        for label in names:
            assert QFontMetrics(label.font()).horizontalAdvance(word) <= label.width()
        # The neighbours name the stage whole too.
        ctrl.go_to(2)
        _settle()
        (name,) = [lab for lab in window.previous.findChildren(QLabel) if word in lab.text()]
        assert QFontMetrics(name.font()).horizontalAdvance(word) <= name.width()
    finally:
        ctrl.leave()
