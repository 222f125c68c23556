"""Workshop sessions, captures, votes and emotion changes on a real demo workspace file."""

import json
import uuid
from datetime import date

import pytest

from personabuilder.model import CaptureKind
from personabuilder.model.tables import TEXT_MAX
from personabuilder.services import Services
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.readmodels import JourneyDetail, PersonaData
from personabuilder.services.workshop import ITEM_TEXT_MAX, EmotionChange
from personabuilder.store import Workspace

DAY = date(2026, 11, 20)


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace."""
    return Services.bind(demo_workspace)


@pytest.fixture
def journey(services: Services) -> JourneyDetail:
    """The demo's first map."""
    return services.journeys.get(services.listing.journeys()[0].id)


@pytest.fixture
def session_id(services: Services, journey: JourneyDetail) -> uuid.UUID:
    """A fresh workshop session on the first map."""
    return services.workshop.start(journey.id, "Kick-off", DAY)


def _scores(services: Services, journey_id: uuid.UUID) -> dict[tuple[uuid.UUID, uuid.UUID], tuple]:
    detail = services.journeys.get(journey_id)
    return {(e.stage_id, e.persona_id): (e.as_is, e.to_be) for e in detail.emotions}


def test_start_lists_session_with_title_and_date(
    services: Services, journey: JourneyDetail
) -> None:
    assert services.workshop.sessions(journey.id) == ()
    first = services.workshop.start(journey.id, "  Kick-off  ", DAY)
    second = services.workshop.start(journey.id, "Review", date(2026, 12, 1))

    listed = services.workshop.sessions(journey.id)
    assert [(s.id, s.title, s.held_on, s.item_count) for s in listed] == [
        (first, "Kick-off", DAY, 0),
        (second, "Review", date(2026, 12, 1), 0),
    ]
    assert services.workshop.session(first).journey_id == journey.id


def test_start_refuses_blank_title_and_unknown_map(
    services: Services, journey: JourneyDetail
) -> None:
    with pytest.raises(ValidationError):
        services.workshop.start(journey.id, "   ", DAY)
    with pytest.raises(NotFoundError):
        services.workshop.start(uuid.uuid4(), "Kick-off", DAY)
    assert services.workshop.sessions(journey.id) == ()


def test_capture_each_kind_in_order(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    stage = journey.stages[2].id
    ws = services.workshop
    pain = ws.capture(session_id, stage, CaptureKind.PAIN_POINT, " Import fails on CSV ")
    idea = ws.capture(session_id, stage, CaptureKind.IDEA, "Sample data")
    question = ws.capture(session_id, stage, CaptureKind.QUESTION, "Who owns the trial?")
    parked = ws.capture(session_id, None, CaptureKind.PARKING, "Pricing page rework")

    items = ws.items(session_id)
    assert [(i.id, i.kind, i.stage_id, i.text, i.votes) for i in items] == [
        (pain, CaptureKind.PAIN_POINT, stage, "Import fails on CSV", 0),
        (idea, CaptureKind.IDEA, stage, "Sample data", 0),
        (question, CaptureKind.QUESTION, stage, "Who owns the trial?", 0),
        (parked, CaptureKind.PARKING, None, "Pricing page rework", 0),
    ]
    assert [i.position for i in items] == [0, 1, 2, 3]
    assert all(i.session_id == session_id for i in items)
    assert ws.session(session_id).item_count == 4


def test_capture_keeps_accents_and_given_id(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    wanted = uuid.uuid4()
    got = services.workshop.capture(
        session_id, journey.stages[0].id, CaptureKind.QUESTION, "Où est l’écran ?", item_id=wanted
    )
    assert got == wanted
    assert services.workshop.item(wanted).text == "Où est l’écran ?"
    with pytest.raises(ValidationError):
        services.workshop.capture(
            session_id, journey.stages[0].id, CaptureKind.QUESTION, "Again", item_id=wanted
        )


@pytest.mark.parametrize(
    ("kind", "on_stage", "text"),
    [
        (CaptureKind.IDEA, True, "   "),
        (CaptureKind.IDEA, True, "x" * (ITEM_TEXT_MAX + 1)),
        (CaptureKind.IDEA, False, "An idea needs a stage"),
        (CaptureKind.PARKING, True, "Parking lot items have none"),
    ],
)
def test_capture_refuses_bad_input(
    services: Services,
    journey: JourneyDetail,
    session_id: uuid.UUID,
    kind: CaptureKind,
    on_stage: bool,
    text: str,
) -> None:
    stage = journey.stages[0].id if on_stage else None
    with pytest.raises(ValidationError):
        services.workshop.capture(session_id, stage, kind, text)
    assert services.workshop.items(session_id) == ()


def test_item_text_limit_is_below_the_column_limit() -> None:
    assert ITEM_TEXT_MAX <= TEXT_MAX


def test_capture_refuses_stage_of_another_map_and_unknown_session(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    other = services.journeys.get(services.listing.journeys()[1].id)
    with pytest.raises(ValidationError):
        services.workshop.capture(session_id, other.stages[0].id, CaptureKind.IDEA, "Elsewhere")
    with pytest.raises(NotFoundError):
        services.workshop.capture(uuid.uuid4(), journey.stages[0].id, CaptureKind.IDEA, "Lost")
    with pytest.raises(NotFoundError):
        services.workshop.capture(session_id, uuid.uuid4(), CaptureKind.IDEA, "Nowhere")


def test_remove_and_restore_put_back_the_same_item(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    idea = ws.capture(session_id, journey.stages[1].id, CaptureKind.IDEA, "Comparison page")
    ws.vote(idea, 3)
    before = ws.items(session_id)

    removed = ws.remove(idea)
    assert removed == before[0]
    assert ws.items(session_id) == ()
    with pytest.raises(NotFoundError):
        ws.remove(idea)

    ws.restore(removed)
    assert ws.items(session_id) == before
    with pytest.raises(ValidationError):
        ws.restore(removed)


def test_vote_counts_up_and_down_never_below_zero(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    idea = ws.capture(session_id, journey.stages[1].id, CaptureKind.IDEA, "Comparison page")
    assert ws.vote(idea, 1) == 1
    assert ws.vote(idea, 2) == 3
    assert ws.vote(idea, -1) == 2
    with pytest.raises(ValidationError):
        ws.vote(idea, -3)
    assert ws.item(idea).votes == 2
    assert ws.vote(idea, -2) == 0
    with pytest.raises(ValidationError):
        ws.vote(idea, -1)
    assert ws.item(idea).votes == 0


def test_only_ideas_take_votes(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    pain = services.workshop.capture(
        session_id, journey.stages[1].id, CaptureKind.PAIN_POINT, "Slow import"
    )
    with pytest.raises(ValidationError):
        services.workshop.vote(pain, 1)
    assert services.workshop.item(pain).votes == 0


def test_change_emotion_sets_score_records_and_reverts(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    stage, persona = journey.stages[2].id, journey.personas[0].id
    scores = _scores(services, journey.id)
    old = scores[stage, persona]

    first = ws.change_emotion(session_id, stage, persona, (2, old[1]))
    assert first.scores == old
    assert first.record is None
    assert _scores(services, journey.id)[stage, persona] == (2, old[1])
    assert ws.emotion_changes(session_id) == (EmotionChange(stage, persona, old, (2, old[1])),)

    # A second change keeps the score from before the session as "before".
    second = ws.change_emotion(session_id, stage, persona, (1, old[1]))
    assert second.record == EmotionChange(stage, persona, old, (2, old[1]))
    assert ws.emotion_changes(session_id) == (EmotionChange(stage, persona, old, (1, old[1])),)

    ws.revert_emotion(second)
    assert _scores(services, journey.id)[stage, persona] == (2, old[1])
    assert ws.emotion_changes(session_id) == (EmotionChange(stage, persona, old, (2, old[1])),)
    ws.revert_emotion(first)
    assert _scores(services, journey.id) == scores
    assert ws.emotion_changes(session_id) == ()


def test_change_back_to_the_start_leaves_no_record(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    stage, persona = journey.stages[0].id, journey.personas[1].id
    old = _scores(services, journey.id)[stage, persona]
    ws.change_emotion(session_id, stage, persona, (-2, old[1]))
    ws.change_emotion(session_id, stage, persona, old)
    assert ws.emotion_changes(session_id) == ()


def test_change_emotion_refuses_out_of_range_and_unlinked_persona(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    stage = journey.stages[0].id
    before = _scores(services, journey.id)
    with pytest.raises(ValidationError):
        ws.change_emotion(session_id, stage, journey.personas[0].id, (3, None))
    outsider = services.personas.create(PersonaData(name="Outsider")).id
    with pytest.raises(ValidationError):
        ws.change_emotion(session_id, stage, outsider, (1, None))
    assert _scores(services, journey.id) == before
    assert ws.emotion_changes(session_id) == ()


def test_record_emotion_change_and_put_back(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    stage, persona = journey.stages[4].id, journey.personas[2].id
    assert ws.record_emotion_change(session_id, stage, persona, (0, 1), (1, 1)) is None
    replaced = ws.record_emotion_change(session_id, stage, persona, (1, 1), (2, 1))
    assert replaced == EmotionChange(stage, persona, (0, 1), (1, 1))
    assert ws.emotion_changes(session_id) == (EmotionChange(stage, persona, (0, 1), (2, 1)),)
    ws.put_emotion_record(session_id, stage, persona, replaced)
    assert ws.emotion_changes(session_id) == (replaced,)
    ws.put_emotion_record(session_id, stage, persona, None)
    assert ws.emotion_changes(session_id) == ()


def test_damaged_emotion_record_reads_as_none(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID, demo_workspace: Workspace
) -> None:
    from personabuilder.model.tables import WorkspaceSetting

    with demo_workspace.transaction() as s:
        s.add(WorkspaceSetting(key=f"workshop_emotions:{session_id}", value="[{not json"))
    assert services.workshop.emotion_changes(session_id) == ()
    with demo_workspace.transaction() as s:
        row = s.get(WorkspaceSetting, f"workshop_emotions:{session_id}")
        assert row is not None
        row.value = json.dumps([{"stage": "x"}])
        s.add(row)
    assert services.workshop.emotion_changes(session_id) == ()


def test_summary_groups_ranks_and_names(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    s0, s2 = journey.stages[0], journey.stages[2]
    persona = journey.personas[0]
    a = ws.capture(session_id, s2.id, CaptureKind.IDEA, "Guided setup")
    b = ws.capture(session_id, s0.id, CaptureKind.IDEA, "Comparison page")
    c = ws.capture(session_id, s2.id, CaptureKind.IDEA, "Trial extension")
    p = ws.capture(session_id, s0.id, CaptureKind.PAIN_POINT, "Hard to compare plans")
    k = ws.capture(session_id, None, CaptureKind.PARKING, "Pricing")
    ws.vote(a, 2)
    ws.vote(c, 5)
    old = _scores(services, journey.id)[s2.id, persona.id]
    ws.change_emotion(session_id, s2.id, persona.id, (2, old[1]))
    other = ws.start(journey.id, "Follow-up", date(2026, 12, 3))

    first, second = ws.summary(journey.id)
    assert first.session.id == session_id
    assert first.session.title == "Kick-off"
    assert first.session.held_on == DAY
    assert first.item_count == 5
    assert [sc.stage_name for sc in first.stages] == [st.name for st in journey.stages]
    assert [i.id for i in first.stages[0].items] == [b, p]
    assert [i.id for i in first.stages[2].items] == [a, c]
    assert [i.id for i in first.parking] == [k]
    assert first.unplaced == ()
    assert [(r.item.id, r.item.votes, r.stage_name) for r in first.ideas] == [
        (c, 5, s2.name),
        (a, 2, s2.name),
        (b, 0, s0.name),
    ]
    assert [
        (e.stage_name, e.persona_name, e.change.before, e.change.after)
        for e in first.emotion_changes
    ] == [(s2.name, persona.name, old, (2, old[1]))]
    assert second.session.id == other
    assert second.item_count == 0
    assert second.ideas == ()


def test_items_of_a_deleted_stage_are_unplaced_then_placed_again(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    stage = journey.stages[3]
    item = ws.capture(session_id, stage.id, CaptureKind.QUESTION, "Who signs?")
    record = services.journey_edit.delete_stage(stage.id)

    (summary,) = ws.summary(journey.id)
    assert [i.id for i in summary.unplaced] == [item]
    assert summary.parking == ()

    services.journey_edit.restore_stage(record)
    (summary,) = ws.summary(journey.id)
    assert summary.unplaced == ()
    placed = {sc.stage_id: [i.id for i in sc.items] for sc in summary.stages}
    assert placed[stage.id] == [item]


def test_discard_only_removes_empty_sessions(
    services: Services, journey: JourneyDetail, session_id: uuid.UUID
) -> None:
    ws = services.workshop
    empty = ws.start(journey.id, "Nothing said", DAY)
    assert ws.discard(empty) is True
    ws.capture(session_id, None, CaptureKind.PARKING, "Later")
    assert ws.discard(session_id) is False
    assert [s.id for s in ws.sessions(journey.id)] == [session_id]


def test_summary_of_unknown_map(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.workshop.summary(uuid.uuid4())
