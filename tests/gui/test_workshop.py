"""Workshop mode on the demo map, driven by keys: walk, capture, vote, emotions, undo, leave."""

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.model import CaptureKind
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui import workshop
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys import commands as jc
from personabuilder.ui.workshop import PresenterWindow, ProjectionWindow, start_workshop
from personabuilder.ui.workshop import commands as wc
from personabuilder.ui.workshop.controller import WorkshopController, fill, signed
from personabuilder.ui.workshop.theme import (
    DARK,
    LIGHT,
    MIN_CONTRAST,
    MIN_MARK_CONTRAST,
    THEMES,
    TypeScale,
    contrast_ratio,
    relative_luminance,
)
from personabuilder.ui.workshop.views import IdeaRow, duration
from tests.conftest import DEMO_DAY

Key = Qt.Key
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


class FakeClock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


@pytest.fixture
def journey(session: EditSession) -> JourneyDetail:
    """The demo's 9-stage map with three personas."""
    return session.services.journeys.get(session.services.listing.journeys()[0].id)


@pytest.fixture
def clock() -> FakeClock:
    """The workshop's clock."""
    return FakeClock()


@pytest.fixture
def ctrl(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail, clock: FakeClock
) -> Iterator[WorkshopController]:
    """A workshop started on the demo map, in a window (the offscreen platform has one screen)."""
    controller = start_workshop(
        None, session, journey.id, title="Kick-off", today=DEMO_DAY, clock=clock
    )
    assert isinstance(controller.projection, ProjectionWindow)
    qtbot.addWidget(controller.projection)
    yield controller
    if controller.running:
        controller.leave()


def _window(ctrl: WorkshopController) -> ProjectionWindow:
    assert isinstance(ctrl.projection, ProjectionWindow)
    return ctrl.projection


def _press(
    qtbot: QtBot,
    ctrl: WorkshopController,
    *keys: Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    for key in keys:
        qtbot.keyClick(_window(ctrl), key, mods)


def _capture(qtbot: QtBot, ctrl: WorkshopController, key: Key, text: str) -> None:
    """Opens the input band with ``key``, types ``text`` (ASCII) and presses Enter."""
    window = _window(ctrl)
    qtbot.keyClick(window, key)
    assert window.capture_overlay.isVisible()
    qtbot.keyClicks(window.capture_overlay.edit, text)
    qtbot.keyClick(window.capture_overlay.edit, Key.Key_Return)


def _items(session: EditSession, ctrl: WorkshopController) -> list[tuple]:
    return [
        (i.kind, i.stage_id, i.text, i.votes)
        for i in session.services.workshop.items(ctrl.workshop_id)
    ]


def _score(
    session: EditSession, journey_id: uuid.UUID, stage_id: uuid.UUID, persona_id: uuid.UUID
) -> tuple:
    detail = session.services.journeys.get(journey_id)
    for e in detail.emotions:
        if (e.stage_id, e.persona_id) == (stage_id, persona_id):
            return e.as_is, e.to_be
    return None, None


# Starting and walking ----------------------------------------------------------------------


def test_start_opens_a_session_in_a_window(
    ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    (stored,) = session.services.workshop.sessions(journey.id)
    assert (stored.id, stored.title, stored.held_on) == (ctrl.workshop_id, "Kick-off", DEMO_DAY)
    window = _window(ctrl)
    assert window.isVisible()
    assert not window.isFullScreen()
    assert ctrl.presenter is None
    assert ctrl.stage_index == 0
    assert window.panel.title.text().endswith(journey.stages[0].name)


def test_a_chosen_screen_gets_the_map_full_screen(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    screen = QGuiApplication.primaryScreen()
    controller = start_workshop(None, session, journey.id, screen=screen, today=DEMO_DAY)
    window = _window(controller)
    qtbot.addWidget(window)
    assert window.isFullScreen()
    assert controller.presenter is None
    qtbot.keyClick(window, Key.Key_F11)
    assert not window.isFullScreen()
    qtbot.keyClick(window, Key.Key_F11)
    assert window.isFullScreen()
    controller.leave()


def test_default_title_names_the_day(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    controller = start_workshop(None, session, journey.id, today=DEMO_DAY)
    qtbot.addWidget(_window(controller))
    day = QLocale().toString(QDate(DEMO_DAY.year, DEMO_DAY.month, DEMO_DAY.day), "d MMM yyyy")
    assert controller.title == fill("Workshop %1", day)
    assert controller.title.startswith("Workshop 15 ")
    controller.leave()


def test_walk_stages_with_arrows_home_end(
    qtbot: QtBot, ctrl: WorkshopController, journey: JourneyDetail
) -> None:
    window = _window(ctrl)
    _press(qtbot, ctrl, Key.Key_Right, Key.Key_Right)
    assert ctrl.stage_index == 2
    assert window.panel.title.text() == f"3  {journey.stages[2].name}"
    assert journey.stages[1].name in _texts(window.previous)
    assert journey.stages[3].name in _texts(window.following)
    _press(qtbot, ctrl, Key.Key_End)
    assert ctrl.stage_index == len(journey.stages) - 1
    _press(qtbot, ctrl, Key.Key_Right)
    assert ctrl.stage_index == len(journey.stages) - 1
    assert _texts(window.following) == []
    _press(qtbot, ctrl, Key.Key_Left)
    assert ctrl.stage_index == len(journey.stages) - 2
    _press(qtbot, ctrl, Key.Key_Home)
    assert ctrl.stage_index == 0
    _press(qtbot, ctrl, Key.Key_Left)
    assert ctrl.stage_index == 0
    # Presentation clickers send Page Down / Page Up: a long stage's pages, then the stages.
    window.resize(1920, 1080)
    pages = ctrl.lane_pages
    for page in range(1, pages):
        _press(qtbot, ctrl, Key.Key_PageDown)
        assert (ctrl.stage_index, ctrl.lane_page) == (0, page)
    _press(qtbot, ctrl, Key.Key_PageDown)
    assert (ctrl.stage_index, ctrl.lane_page) == (1, 0)
    _press(qtbot, ctrl, Key.Key_PageUp)
    assert ctrl.stage_index == 0


def _shown(widget: QWidget | None) -> bool:
    """Not hidden on purpose (widgets just laid out are shown by the next event loop pass)."""
    explicit = Qt.WidgetAttribute.WA_WState_ExplicitShowHide
    while widget is not None:
        if widget.isHidden() and widget.testAttribute(explicit):
            return False
        widget = widget.parentWidget()
    return True


def _texts(widget: QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel) if label.text() and _shown(label)]


def test_overview_toggles_and_escape_returns_to_the_stage(
    qtbot: QtBot, ctrl: WorkshopController, journey: JourneyDetail
) -> None:
    window = _window(ctrl)
    _press(qtbot, ctrl, Key.Key_O)
    assert ctrl.overview
    assert window.stack.currentWidget() is window.overview
    shown = " ".join(_texts(window.overview))
    assert all(stage.name in shown for stage in journey.stages)
    _press(qtbot, ctrl, Key.Key_Right)
    assert ctrl.stage_index == 1
    _press(qtbot, ctrl, Key.Key_Escape)
    assert not ctrl.overview
    assert ctrl.running
    assert window.stack.currentIndex() == 0
    _press(qtbot, ctrl, Key.Key_O, Key.Key_O)
    assert not ctrl.overview


def test_zoom_and_theme_keys(qtbot: QtBot, ctrl: WorkshopController) -> None:
    window = _window(ctrl)
    before = window.scale.title
    qtbot.keyClick(window, Key.Key_Equal, CTRL)
    assert window.scale.title > before
    qtbot.keyClick(window, Key.Key_Minus, CTRL)
    qtbot.keyClick(window, Key.Key_Minus, CTRL)
    assert window.scale.title < before
    qtbot.keyClick(window, Key.Key_0, CTRL)
    assert window.scale.title == before
    assert ctrl.palette is LIGHT
    _press(qtbot, ctrl, Key.Key_T)
    assert ctrl.palette is DARK
    assert DARK.panel in window.panel.styleSheet()
    _press(qtbot, ctrl, Key.Key_T)
    assert ctrl.palette is LIGHT


# Capturing ---------------------------------------------------------------------------------


def test_capture_each_kind_with_keys(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    changed: list[uuid.UUID] = []
    session.journey_changed.connect(changed.append)
    _press(qtbot, ctrl, Key.Key_Right, Key.Key_Right)
    stage = journey.stages[2].id
    _capture(qtbot, ctrl, Key.Key_P, "Import breaks on big files")
    assert not _window(ctrl).capture_overlay.isVisible()
    _capture(qtbot, ctrl, Key.Key_I, "Guided setup")
    _capture(qtbot, ctrl, Key.Key_Q, "Who owns the trial?")
    _capture(qtbot, ctrl, Key.Key_K, "Pricing page")
    assert _items(session, ctrl) == [
        (CaptureKind.PAIN_POINT, stage, "Import breaks on big files", 0),
        (CaptureKind.IDEA, stage, "Guided setup", 0),
        (CaptureKind.QUESTION, stage, "Who owns the trial?", 0),
        (CaptureKind.PARKING, None, "Pricing page", 0),
    ]
    assert changed == [journey.id] * 4
    assert [session.undo_stack.text(i) for i in range(session.undo_stack.count())] == [
        "Capture pain point",
        "Capture idea",
        "Capture question",
        "Add to parking lot",
    ]
    room = " ".join(_texts(_window(ctrl).panel))
    assert "Guided setup" in room
    assert "Who owns the trial?" in room
    assert "Parking lot: 1" in _window(ctrl).parking_label.text()


def test_escape_cancels_the_input_and_keeps_the_workshop(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession
) -> None:
    window = _window(ctrl)
    qtbot.keyClick(window, Key.Key_I)
    qtbot.keyClicks(window.capture_overlay.edit, "half a thought")
    qtbot.keyClick(window.capture_overlay.edit, Key.Key_Escape)
    assert not window.capture_overlay.isVisible()
    assert ctrl.running
    assert _items(session, ctrl) == []
    assert session.undo_stack.count() == 0


def test_keys_typed_in_the_input_do_not_walk_or_vote(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    _capture(qtbot, ctrl, Key.Key_I, "Ovi 1 PQ")
    assert ctrl.stage_index == 0
    assert not ctrl.overview
    assert not ctrl.vote_mode
    assert _items(session, ctrl) == [(CaptureKind.IDEA, journey.stages[0].id, "Ovi 1 PQ", 0)]


def test_empty_input_stays_open_with_a_message(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession
) -> None:
    window = _window(ctrl)
    qtbot.keyClick(window, Key.Key_Q)
    qtbot.keyClicks(window.capture_overlay.edit, "   ")
    qtbot.keyClick(window.capture_overlay.edit, Key.Key_Return)
    assert window.capture_overlay.isVisible()
    assert window.capture_overlay.error.text()
    assert _items(session, ctrl) == []


def test_accented_text_is_kept(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    window = _window(ctrl)
    qtbot.keyClick(window, Key.Key_P)
    window.capture_overlay.edit.setText("Les données d’essai sont perdues à la migration")
    qtbot.keyClick(window.capture_overlay.edit, Key.Key_Enter)
    assert _items(session, ctrl) == [
        (
            CaptureKind.PAIN_POINT,
            journey.stages[0].id,
            "Les données d’essai sont perdues à la migration",
            0,
        )
    ]


def test_input_band_lists_what_was_said_before(qtbot: QtBot, ctrl: WorkshopController) -> None:
    _capture(qtbot, ctrl, Key.Key_I, "First idea")
    window = _window(ctrl)
    qtbot.keyClick(window, Key.Key_I)
    assert "First idea" in window.capture_overlay.already.text()
    qtbot.keyClick(window.capture_overlay.edit, Key.Key_Escape)


# Voting ------------------------------------------------------------------------------------


def _votes(session: EditSession, ctrl: WorkshopController) -> list[int]:
    return [
        i.votes
        for i in session.services.workshop.items(ctrl.workshop_id)
        if i.kind is CaptureKind.IDEA
    ]


def test_dot_votes_with_number_keys(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession
) -> None:
    _capture(qtbot, ctrl, Key.Key_I, "Sample data")
    _capture(qtbot, ctrl, Key.Key_I, "Trial extension")
    _press(qtbot, ctrl, Key.Key_V)
    assert ctrl.vote_mode
    _press(qtbot, ctrl, Key.Key_1, Key.Key_1, Key.Key_2, Key.Key_1)
    assert _votes(session, ctrl) == [3, 1]
    # Shift takes a vote away: "!" on QWERTY, Shift+1 on AZERTY.
    qtbot.keyClick(_window(ctrl), Key.Key_Exclam, SHIFT)
    assert _votes(session, ctrl) == [2, 1]
    qtbot.keyClick(_window(ctrl), Key.Key_2, SHIFT)
    assert _votes(session, ctrl) == [2, 0]
    count = session.undo_stack.count()
    qtbot.keyClick(_window(ctrl), Key.Key_At, SHIFT)
    assert _votes(session, ctrl) == [2, 0]
    assert session.undo_stack.count() == count
    assert "no vote" in _window(ctrl).message.text()
    _press(qtbot, ctrl, Key.Key_9)
    assert _votes(session, ctrl) == [2, 0]
    assert session.undo_stack.count() == count
    # AZERTY's unshifted top row: "&" is 1.
    _press(qtbot, ctrl, Key.Key_Ampersand)
    assert _votes(session, ctrl) == [3, 0]
    assert session.undo_stack.text(session.undo_stack.count() - 1) == "Vote"
    assert "●●● 3" in " ".join(_texts(_window(ctrl).panel))
    _press(qtbot, ctrl, Key.Key_Escape)
    assert not ctrl.vote_mode
    assert ctrl.running


def test_votes_by_click(qtbot: QtBot, ctrl: WorkshopController, session: EditSession) -> None:
    _capture(qtbot, ctrl, Key.Key_I, "Sample data")
    (row,) = _window(ctrl).panel.findChildren(IdeaRow)
    qtbot.mouseClick(row, Qt.MouseButton.LeftButton)
    assert _votes(session, ctrl) == [1]
    (row,) = _window(ctrl).panel.findChildren(IdeaRow)
    qtbot.mouseClick(row, Qt.MouseButton.RightButton)
    assert _votes(session, ctrl) == [0]


def test_number_keys_choose_a_persona_outside_vote_mode(
    qtbot: QtBot, ctrl: WorkshopController, journey: JourneyDetail
) -> None:
    _press(qtbot, ctrl, Key.Key_3)
    assert ctrl.selected_persona == journey.personas[2]
    _press(qtbot, ctrl, Key.Key_Tab)
    assert ctrl.selected_persona == journey.personas[0]
    qtbot.keyClick(_window(ctrl), Key.Key_Backtab, SHIFT)
    assert ctrl.selected_persona == journey.personas[2]
    _press(qtbot, ctrl, Key.Key_9)
    assert ctrl.selected_persona == journey.personas[2]


# Emotions ----------------------------------------------------------------------------------


def test_up_and_down_change_the_selected_persona_score(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    _press(qtbot, ctrl, Key.Key_Right, Key.Key_Right, Key.Key_2)
    stage, persona = journey.stages[2].id, journey.personas[1].id
    before = _score(session, journey.id, stage, persona)
    assert before[0] == -2
    _press(qtbot, ctrl, Key.Key_Up)
    assert _score(session, journey.id, stage, persona) == (-1, before[1])
    _press(qtbot, ctrl, Key.Key_Up)
    assert _score(session, journey.id, stage, persona) == (0, before[1])
    (change,) = session.services.workshop.emotion_changes(ctrl.workshop_id)
    assert (change.before, change.after) == (before, (0, before[1]))
    assert session.undo_stack.text(session.undo_stack.count() - 1) == "Change emotion score"
    _press(qtbot, ctrl, Key.Key_Down, Key.Key_Down, Key.Key_Down)
    assert _score(session, journey.id, stage, persona) == (-2, before[1])
    # At the bottom of the scale another Down changes nothing and pushes nothing.
    count = session.undo_stack.count()
    _press(qtbot, ctrl, Key.Key_Down)
    assert session.undo_stack.count() == count
    assert session.services.workshop.emotion_changes(ctrl.workshop_id) == ()
    # Every other score is untouched.
    others = [
        e
        for e in session.services.journeys.get(journey.id).emotions
        if (e.stage_id, e.persona_id) != (stage, persona)
    ]
    assert others == [e for e in journey.emotions if (e.stage_id, e.persona_id) != (stage, persona)]


def test_score_marks_show_the_new_value(
    qtbot: QtBot, ctrl: WorkshopController, journey: JourneyDetail
) -> None:
    from personabuilder.ui.workshop.views import PersonaScoreRow

    _press(qtbot, ctrl, Key.Key_1, Key.Key_Up)
    rows = _window(ctrl).panel.findChildren(PersonaScoreRow)
    first = next(r for r in rows if r.persona == journey.personas[0])
    assert first.selected
    assert first.score == ctrl.score(journey.stages[0].id, journey.personas[0].id)[0]


# Undo and redo -----------------------------------------------------------------------------


def test_undo_redo_with_keys(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    window = _window(ctrl)
    stage, persona = journey.stages[0].id, journey.personas[0].id
    score = _score(session, journey.id, stage, persona)
    _capture(qtbot, ctrl, Key.Key_I, "Sample data")
    _press(qtbot, ctrl, Key.Key_V, Key.Key_1, Key.Key_Escape, Key.Key_1, Key.Key_Up)
    after = _items(session, ctrl), _score(session, journey.id, stage, persona)
    assert after[0] == [(CaptureKind.IDEA, stage, "Sample data", 1)]

    qtbot.keyClick(window, Key.Key_Z, CTRL)
    assert _score(session, journey.id, stage, persona) == score
    assert session.services.workshop.emotion_changes(ctrl.workshop_id) == ()
    qtbot.keyClick(window, Key.Key_Z, CTRL)
    assert _items(session, ctrl) == [(CaptureKind.IDEA, stage, "Sample data", 0)]
    qtbot.keyClick(window, Key.Key_Z, CTRL)
    assert _items(session, ctrl) == []
    assert "Sample data" not in " ".join(_texts(window.panel))

    qtbot.keyClick(window, Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(window, Key.Key_Z, CTRL | SHIFT)
    qtbot.keyClick(window, Key.Key_Z, CTRL | SHIFT)
    assert (_items(session, ctrl), _score(session, journey.id, stage, persona)) == after
    assert "Sample data" in " ".join(_texts(window.panel))


def test_undo_stops_at_the_workshop_start(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail, clock: FakeClock
) -> None:
    session.undo_stack.push(jc.rename_stage(session, journey.id, journey.stages[0].id, "Seen"))
    controller = start_workshop(None, session, journey.id, today=DEMO_DAY, clock=clock)
    window = _window(controller)
    qtbot.addWidget(window)
    qtbot.keyClick(window, Key.Key_Z, CTRL)
    assert session.services.journeys.get(journey.id).stages[0].name == "Seen"
    _capture(qtbot, controller, Key.Key_P, "Slow")
    qtbot.keyClick(window, Key.Key_Z, CTRL)
    qtbot.keyClick(window, Key.Key_Z, CTRL)
    assert session.services.journeys.get(journey.id).stages[0].name == "Seen"
    assert _items(session, controller) == []
    controller.leave()


# Timers ------------------------------------------------------------------------------------


def test_timers_per_stage_and_session_with_a_break(
    qtbot: QtBot, ctrl: WorkshopController, clock: FakeClock, journey: JourneyDetail
) -> None:
    clock.now += 30
    _press(qtbot, ctrl, Key.Key_Right)
    clock.now += 10
    _press(qtbot, ctrl, Key.Key_Left)
    clock.now += 5
    assert ctrl.stage_seconds(journey.stages[0].id) == 35
    assert ctrl.stage_seconds(journey.stages[1].id) == 10
    assert ctrl.session_seconds() == 45
    _press(qtbot, ctrl, Key.Key_B)
    assert ctrl.paused
    clock.now += 600
    assert ctrl.session_seconds() == 45
    assert ctrl.stage_seconds() == 35
    _press(qtbot, ctrl, Key.Key_B)
    clock.now += 15
    assert ctrl.session_seconds() == 60
    assert ctrl.stage_seconds() == 50
    ctrl.ticked.emit()
    assert _window(ctrl).session_timer.text() == fill("Session %1", "1:00")
    assert _window(ctrl).stage_timer.text() == fill("Stage %1", "0:50")


def test_duration_format() -> None:
    assert [duration(s) for s in (0, 59.9, 61, 3600, 3723)] == [
        "0:00",
        "0:59",
        "1:01",
        "1:00:00",
        "1:02:03",
    ]
    assert [signed(s) for s in (None, -2, 0, 1)] == ["–", "\u22122", "0", "+1"]


# Leaving -----------------------------------------------------------------------------------


def test_escape_leaves_with_everything_stored(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    _capture(qtbot, ctrl, Key.Key_I, "Sample data")
    with qtbot.waitSignal(ctrl.finished) as blocker:
        _press(qtbot, ctrl, Key.Key_Escape)
    assert blocker.args == [ctrl.workshop_id]
    assert not ctrl.running
    assert not _window(ctrl).isVisible()
    assert _items(session, ctrl) == [(CaptureKind.IDEA, journey.stages[0].id, "Sample data", 0)]
    (summary,) = session.services.workshop.summary(journey.id)
    assert [r.item.text for r in summary.ideas] == ["Sample data"]
    # Leaving put the idea on the map: one undo takes it off, the next reaches the capture.
    assert session.undo_stack.undoText() == "Add workshop items to the map"
    session.undo_stack.undo()
    assert _items(session, ctrl) == [(CaptureKind.IDEA, journey.stages[0].id, "Sample data", 0)]
    session.undo_stack.undo()
    assert _items(session, ctrl) == []


def test_leaving_without_edits_keeps_no_session(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    _press(qtbot, ctrl, Key.Key_Right, Key.Key_O, Key.Key_Escape, Key.Key_Escape)
    assert not ctrl.running
    assert session.services.workshop.sessions(journey.id) == ()


def test_closing_the_window_leaves(qtbot: QtBot, ctrl: WorkshopController) -> None:
    with qtbot.waitSignal(ctrl.finished):
        _window(ctrl).close()
    assert not ctrl.running


def test_map_edits_in_the_editor_reach_the_projection(
    qtbot: QtBot, ctrl: WorkshopController, session: EditSession, journey: JourneyDetail
) -> None:
    _press(qtbot, ctrl, Key.Key_Right)
    session.undo_stack.push(jc.rename_stage(session, journey.id, journey.stages[1].id, "Compare"))
    assert _window(ctrl).panel.title.text() == "2  Compare"
    session.undo_stack.push(jc.add_stage(session, journey.id, 0, "Before all"))
    assert ctrl.current_stage is not None
    assert ctrl.current_stage.id == journey.stages[1].id
    assert ctrl.stage_index == 2


# Presenter view ----------------------------------------------------------------------------


def test_two_screens_project_full_screen_with_a_presenter_view(
    qtbot: QtBot,
    session: EditSession,
    journey: JourneyDetail,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    primary = QGuiApplication.primaryScreen()
    monkeypatch.setattr(workshop, "_screens", lambda: [primary, primary])
    controller = start_workshop(None, session, journey.id, today=DEMO_DAY, clock=clock)
    window = _window(controller)
    presenter = controller.presenter
    assert isinstance(presenter, PresenterWindow)
    qtbot.addWidget(window)
    qtbot.addWidget(presenter)
    assert window.isFullScreen()
    assert presenter.isVisible()
    assert not window.hints.isVisible()
    assert presenter.current.text() == journey.stages[0].name
    assert presenter.stage_timer.text() == fill("Stage %1", "0:00")
    assert presenter.notes.text() == journey.stages[0].description
    assert journey.stages[1].name in presenter.following.text()
    # The facilitator's keys work in the presenter view too.
    qtbot.keyClick(presenter, Key.Key_Right)
    assert presenter.current.text() == journey.stages[1].name
    _capture(qtbot, controller, Key.Key_Q, "Budget owner?")
    assert "Budget owner?" in _texts(presenter)
    with qtbot.waitSignal(controller.finished):
        qtbot.keyClick(presenter, Key.Key_Escape)
    assert not presenter.isVisible()
    assert not window.isVisible()


# Legibility --------------------------------------------------------------------------------


@pytest.mark.parametrize("palette", THEMES, ids=lambda p: p.name)
def test_every_text_at_1080p_is_at_least_28_px(
    qtbot: QtBot, ctrl: WorkshopController, palette: object
) -> None:
    window = _window(ctrl)
    ctrl.set_palette(palette)  # type: ignore[arg-type]
    _capture(qtbot, ctrl, Key.Key_I, "Sample data")
    _capture(qtbot, ctrl, Key.Key_P, "Slow import")
    window.resize(1920, 1080)
    window.refresh()
    for overview in (False, True):
        if ctrl.overview != overview:
            ctrl.toggle_overview()
        labels = [lab for lab in window.findChildren(QLabel) if _shown(lab) and lab.text()]
        assert labels
        for label in labels:
            label.ensurePolished()
            assert label.font().pixelSize() >= 28, label.text()
    assert TypeScale.for_height(1080).caption == 28
    assert TypeScale.for_height(2160).caption == 56


def test_contrast_ratio_matches_wcag_examples() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    # Grey #767676 is the lightest that passes 4.5:1 on white; #777777 just fails.
    assert contrast_ratio("#767676", "#ffffff") >= 4.5 > contrast_ratio("#777777", "#ffffff")
    assert relative_luminance("#ff0000") == pytest.approx(0.2126)
    with pytest.raises(ValueError, match="rrggbb"):
        contrast_ratio("#fff", "#000000")


@pytest.mark.parametrize("palette", THEMES, ids=lambda p: p.name)
def test_every_text_colour_pair_reaches_4_5_to_1(palette: object) -> None:
    pairs = palette.pairs()  # type: ignore[attr-defined]
    assert len(pairs) > 20
    failing = [
        (what, round(contrast_ratio(fg, bg), 2))
        for what, fg, bg in pairs
        if contrast_ratio(fg, bg) < MIN_CONTRAST
    ]
    assert failing == []


@pytest.mark.parametrize("palette", THEMES, ids=lambda p: p.name)
def test_marks_reach_3_to_1(palette: object) -> None:
    failing = [
        (what, round(contrast_ratio(fg, bg), 2))
        for what, fg, bg in palette.marks()  # type: ignore[attr-defined]
        if contrast_ratio(fg, bg) < MIN_MARK_CONTRAST
    ]
    assert failing == []


@pytest.mark.parametrize("palette", THEMES, ids=lambda p: p.name)
def test_dimmed_neighbours_are_quieter_but_readable(palette: object) -> None:
    p = palette
    dimmed = contrast_ratio(p.dim_text, p.dim_background)  # type: ignore[attr-defined]
    spotlit = contrast_ratio(p.text, p.panel)  # type: ignore[attr-defined]
    assert MIN_CONTRAST <= dimmed < spotlit


def test_the_projection_uses_only_the_theme_colours(qtbot: QtBot, ctrl: WorkshopController) -> None:
    """Every colour in the projection's style sheets is one of the checked theme's colours."""
    import re

    _capture(qtbot, ctrl, Key.Key_I, "Sample data")
    window = _window(ctrl)
    for palette in THEMES:
        ctrl.set_palette(palette)
        allowed = set(palette.colours().values())
        sheets = [w.styleSheet() for w in window.findChildren(QWidget)] + [window.styleSheet()]
        used = {c.lower() for sheet in sheets for c in re.findall(r"#[0-9a-fA-F]{6}", sheet)}
        assert used <= {c.lower() for c in allowed}


# Undo commands, one by one -----------------------------------------------------------------


def _round_trip(session: EditSession, command, state, check) -> None:  # type: ignore[no-untyped-def]
    before = state()
    session.undo_stack.push(command)
    assert command.error is None
    after = state()
    assert check(after)
    session.undo_stack.undo()
    assert state() == before
    session.undo_stack.redo()
    assert state() == after


def test_capture_command_round_trip(session: EditSession, journey: JourneyDetail) -> None:
    svc = session.services.workshop
    wid = svc.start(journey.id, "Review", DEMO_DAY)
    stage = journey.stages[4].id
    command = wc.capture_item(session, journey.id, wid, stage, CaptureKind.QUESTION, "Why?")
    assert command.text() == "Capture question"
    _round_trip(
        session,
        command,
        lambda: svc.items(wid),
        lambda items: (
            [(i.kind, i.stage_id, i.text) for i in items] == [(CaptureKind.QUESTION, stage, "Why?")]
        ),
    )


def test_vote_command_round_trip(session: EditSession, journey: JourneyDetail) -> None:
    svc = session.services.workshop
    wid = svc.start(journey.id, "Review", DEMO_DAY)
    item = svc.capture(wid, journey.stages[0].id, CaptureKind.IDEA, "Idea")
    up = wc.vote(session, journey.id, item, 1)
    assert up.text() == "Vote"
    _round_trip(session, up, lambda: svc.item(item).votes, lambda votes: votes == 1)
    down = wc.vote(session, journey.id, item, -1)
    assert down.text() == "Remove vote"
    _round_trip(session, down, lambda: svc.item(item).votes, lambda votes: votes == 0)


def test_emotion_command_round_trip(session: EditSession, journey: JourneyDetail) -> None:
    svc = session.services.workshop
    wid = svc.start(journey.id, "Review", DEMO_DAY)
    stage, persona = journey.stages[5].id, journey.personas[2].id

    def state() -> tuple:
        return _score(session, journey.id, stage, persona), svc.emotion_changes(wid)

    old = state()[0]
    command = wc.change_emotion(session, journey.id, wid, stage, persona, (-2, old[1]))
    assert command.text() == "Change emotion score"
    _round_trip(
        session,
        command,
        state,
        lambda s: (
            s[0] == (-2, old[1]) and [(c.before, c.after) for c in s[1]] == [(old, (-2, old[1]))]
        ),
    )


def test_failed_capture_is_not_kept_on_the_stack(
    session: EditSession, journey: JourneyDetail
) -> None:
    errors: list[str] = []
    session.edit_failed.connect(errors.append)
    command = wc.capture_item(
        session, journey.id, uuid.uuid4(), journey.stages[0].id, CaptureKind.IDEA, "Lost"
    )
    session.undo_stack.push(command)
    assert errors
    assert session.undo_stack.count() == 0
