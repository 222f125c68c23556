"""The emotion curve on the demo map: drawing, keyboard and drag edits, undo, refusals."""

import itertools
import uuid

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from personabuilder.services import Services
from personabuilder.services.emotions import EmotionService
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys.emotion_curve import EmotionCurve, ScoreSetter, set_emotion


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


@pytest.fixture
def setter(demo_workspace: Workspace) -> ScoreSetter:
    """Stores scores with the real emotion service."""
    service = EmotionService(demo_workspace)

    def apply(stage: uuid.UUID, persona: uuid.UUID, as_is: int | None, to_be: int | None) -> object:
        return service.set_score(stage, persona, as_is=as_is, to_be=to_be)

    return apply


@pytest.fixture
def journey(session: EditSession) -> JourneyDetail:
    """The demo's 9-stage map with three personas."""
    return session.services.journeys.get(session.services.listing.journeys()[0].id)


@pytest.fixture
def curve(
    qtbot: QtBot, session: EditSession, setter: ScoreSetter, journey: JourneyDetail
) -> EmotionCurve:
    """A shown, focused curve on the 9-stage map."""
    widget = EmotionCurve(score_setter=setter)
    qtbot.addWidget(widget)
    widget.set_session(session)
    widget.set_journey(journey)
    widget.resize(1000, 260)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget


def _stored(session: EditSession, journey: JourneyDetail, stage: int, persona: int) -> tuple:
    detail = session.services.journeys.get(journey.id)
    key = (detail.stages[stage].id, detail.personas[persona].id)
    return next(
        ((e.as_is, e.to_be) for e in detail.emotions if (e.stage_id, e.persona_id) == key),
        (None, None),
    )


def test_one_polyline_per_persona_through_the_scores(
    curve: EmotionCurve, journey: JourneyDetail
) -> None:
    assert len(journey.personas) == 3
    for ref in journey.personas:
        points = curve.curve_points(ref.id)
        assert len(points) == len(journey.stages)
        for stage, point in zip(journey.stages, points, strict=True):
            as_is = curve.score(stage.id, ref.id)[0]
            assert (point is None) == (as_is is None)
        # Higher scores are drawn higher up.
        scored = [
            (curve.score(st.id, ref.id)[0], p)
            for st, p in zip(journey.stages, points, strict=True)
            if p is not None
        ]
        for (a, pa), (b, pb) in itertools.pairwise(scored):
            assert (a > b) == (pa.y() < pb.y())
    assert curve.curve_points(journey.personas[0].id, to_be=True) == []
    curve.set_to_be_visible(True)
    assert len(curve.curve_points(journey.personas[0].id, to_be=True)) == len(journey.stages)


def _pixel(curve: EmotionCurve, point: QPointF) -> QColor:
    image = curve.grab().toImage()
    ratio = image.devicePixelRatio()
    return image.pixelColor(QPoint(round(point.x() * ratio), round(point.y() * ratio)))


def test_hidden_persona_is_not_drawn(curve: EmotionCurve, journey: JourneyDetail) -> None:
    ref = journey.personas[1]
    # A point away from the current (outlined) one, at the third stage.
    point = curve.curve_points(ref.id)[2]
    assert point is not None
    assert _pixel(curve, point) == curve.persona_colour(ref.id)

    curve.set_persona_visible(ref.id, False)
    assert curve.curve_points(ref.id) == []
    assert not curve.is_persona_visible(ref.id)
    assert _pixel(curve, point) != curve.persona_colour(ref.id)

    curve.set_persona_visible(ref.id, True)
    assert curve.curve_points(ref.id)


def test_keyboard_raise_and_lower_store_and_undo_restores(
    qtbot: QtBot, curve: EmotionCurve, session: EditSession, journey: JourneyDetail
) -> None:
    before = _stored(session, journey, 1, 0)
    assert before[0] is not None
    assert before[0] < 2
    qtbot.keyClick(curve, Qt.Key.Key_Right)
    assert curve.current() == (journey.stages[1].id, journey.personas[0].id, False)
    with qtbot.waitSignal(curve.score_changed):
        qtbot.keyClick(curve, Qt.Key.Key_Up)
    assert _stored(session, journey, 1, 0) == (before[0] + 1, before[1])
    assert session.undo_stack.undoText() == "Change emotion score"

    session.undo_stack.undo()
    assert _stored(session, journey, 1, 0) == before
    assert curve.score(journey.stages[1].id, journey.personas[0].id) == before

    qtbot.keyClick(curve, Qt.Key.Key_Down)
    assert _stored(session, journey, 1, 0) == (before[0] - 1, before[1])


def test_two_presses_merge_into_one_step(
    qtbot: QtBot, curve: EmotionCurve, session: EditSession, journey: JourneyDetail
) -> None:
    # A stage where the first persona scores at most 0, so two raises both count.
    low = next(
        i
        for i in range(len(journey.stages))
        if (_stored(session, journey, i, 0)[0] or 0) <= 0
        and _stored(session, journey, i, 0)[0] is not None
    )
    curve.set_current(journey.stages[low].id, journey.personas[0].id)
    before = _stored(session, journey, low, 0)
    assert before[0] is not None
    qtbot.keyClick(curve, Qt.Key.Key_Up)
    qtbot.keyClick(curve, Qt.Key.Key_Up)
    assert _stored(session, journey, low, 0) == (before[0] + 2, before[1])
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _stored(session, journey, low, 0) == before

    # A change of another persona is its own step.
    qtbot.keyClick(curve, Qt.Key.Key_Up)
    qtbot.keyClick(curve, Qt.Key.Key_Tab)
    assert curve.current() == (journey.stages[low].id, journey.personas[1].id, False)
    qtbot.keyClick(curve, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert session.undo_stack.count() == 2
    assert curve.to_be_visible()


def test_values_clamp_at_both_ends(
    qtbot: QtBot, curve: EmotionCurve, session: EditSession, journey: JourneyDetail
) -> None:
    curve.set_current(journey.stages[0].id, journey.personas[0].id)
    for _ in range(6):
        qtbot.keyClick(curve, Qt.Key.Key_Up)
    assert _stored(session, journey, 0, 0)[0] == 2
    for _ in range(6):
        qtbot.keyClick(curve, Qt.Key.Key_Down)
    assert _stored(session, journey, 0, 0)[0] == -2
    # All those presses were one point's edit: one step.
    assert session.undo_stack.count() == 1


def test_delete_clears_the_score_and_up_brings_it_back_at_zero(
    qtbot: QtBot, curve: EmotionCurve, session: EditSession, journey: JourneyDetail
) -> None:
    before = _stored(session, journey, 0, 0)
    qtbot.keyClick(curve, Qt.Key.Key_Delete)
    assert _stored(session, journey, 0, 0) == (None, before[1])
    assert curve.curve_points(journey.personas[0].id)[0] is None
    session.undo_stack.undo()
    assert _stored(session, journey, 0, 0) == before

    # Shift+Up works on the to-be score; Delete then clears that one.
    qtbot.keyClick(curve, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert curve.current() == (journey.stages[0].id, journey.personas[0].id, True)
    qtbot.keyClick(curve, Qt.Key.Key_Delete)
    assert _stored(session, journey, 0, 0) == (before[0], None)


def test_drag_stores_the_snapped_score(
    qtbot: QtBot, curve: EmotionCurve, session: EditSession, journey: JourneyDetail
) -> None:
    pid = journey.personas[2].id
    before = _stored(session, journey, 4, 2)
    start = curve.curve_points(pid)[4]
    assert start is not None
    top = curve._y(2)
    target = QPoint(round(start.x()), round(top) - 30)  # beyond the top: clamps to +2
    qtbot.mousePress(curve, Qt.MouseButton.LeftButton, pos=start.toPoint())
    qtbot.mouseMove(curve, QPoint(round(start.x()), round(top) + 2))
    qtbot.mouseMove(curve, target)
    with qtbot.waitSignal(curve.score_changed):
        qtbot.mouseRelease(curve, Qt.MouseButton.LeftButton, pos=target)
    assert _stored(session, journey, 4, 2) == (2, before[1])
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert _stored(session, journey, 4, 2) == before


def test_persona_not_linked_cannot_be_edited(
    qtbot: QtBot, curve: EmotionCurve, session: EditSession, setter: ScoreSetter
) -> None:
    second = session.services.journeys.get(session.services.listing.journeys()[1].id)
    first = session.services.journeys.get(session.services.listing.journeys()[0].id)
    outsider = next(p for p in first.personas if p.id not in {q.id for q in second.personas})
    curve.set_journey(second)
    assert curve.curve_points(outsider.id) == []
    curve.set_current(second.stages[0].id, outsider.id)
    assert curve.current() is not None
    assert curve.current()[1] != outsider.id  # type: ignore[index]
    for _ in second.personas:
        qtbot.keyClick(curve, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
        assert curve.current()[1] != outsider.id  # type: ignore[index]

    cmd = set_emotion(
        session,
        second.id,
        second.stages[0].id,
        outsider.id,
        (None, None),
        (1, None),
        apply_score=setter,
    )
    with qtbot.waitSignal(session.edit_failed) as failed:
        session.undo_stack.push(cmd)
    assert "is not linked to this map" in failed.args[0]
    assert session.undo_stack.count() == 0
    assert session.services.journeys.get(second.id) == second


def test_the_legend_names_the_persona_keys_and_clicks_score(
    qtbot: QtBot, curve: EmotionCurve, journey: JourneyDetail
) -> None:
    names = [curve.scoring_box.itemText(i) for i in range(curve.scoring_box.count())]
    assert names == [p.name for p in journey.personas]
    assert curve.scoring_box.currentText() == journey.personas[0].name
    with qtbot.waitSignal(curve.persona_changed) as changed:
        qtbot.keyClick(curve, Qt.Key.Key_Tab)
    assert changed.args == [journey.personas[1].id]
    assert curve.scoring_persona == journey.personas[1].id
    assert curve.scoring_box.currentText() == journey.personas[1].name
    # Choosing in the legend moves the keyboard's point to that persona.
    curve.scoring_box.activated.emit(2)
    assert curve.current() is not None
    assert curve.current()[1] == journey.personas[2].id  # type: ignore[index]
    # A hidden persona is no longer offered.
    curve.set_persona_visible(journey.personas[0].id, False)
    names = [curve.scoring_box.itemText(i) for i in range(curve.scoring_box.count())]
    assert names == [p.name for p in journey.personas[1:]]


def test_a_click_beside_the_points_moves_the_scored_persona_there(
    qtbot: QtBot, curve: EmotionCurve, session: EditSession, journey: JourneyDetail
) -> None:
    persona = journey.personas[0].id
    curve.set_scoring_persona(persona)
    stage = 4
    left, width = curve._column(stage)
    target = -2 if curve.score(journey.stages[stage].id, persona)[0] != -2 else 2
    pos = QPoint(round(left + width * 0.1), round(curve._y(target)))
    qtbot.mouseClick(curve, Qt.MouseButton.LeftButton, pos=pos)
    assert _stored(session, journey, stage, 0)[0] == target
    session.undo_stack.undo()
    assert _stored(session, journey, stage, 0) == (
        curve.score(journey.stages[stage].id, persona)[0],
        curve.score(journey.stages[stage].id, persona)[1],
    )
    assert _stored(session, journey, stage, 0)[0] != target
