"""Journey map editing verbs on a real demo workspace: each verb, its undo, its validation."""

import uuid
from dataclasses import replace

import pytest

from personabuilder.model import Evidence, LaneKind
from personabuilder.services import NotFoundError, Services, ValidationError
from personabuilder.services.journey_edit import CellContent, JourneyEditService
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace


def _same(a: JourneyDetail, b: JourneyDetail) -> bool:
    """Equal maps, ignoring when they were last changed."""
    return replace(a, updated_at=b.updated_at) == b


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on the demo workspace."""
    return Services.bind(demo_workspace)


@pytest.fixture
def edit(demo_workspace: Workspace) -> JourneyEditService:
    """The service under test."""
    return JourneyEditService(demo_workspace)


@pytest.fixture
def journey(services: Services) -> JourneyDetail:
    """The demo's 9 x 8 map."""
    first = services.listing.journeys()[0]
    return services.journeys.get(first.id)


def _contiguous(d: JourneyDetail) -> None:
    assert [s.position for s in d.stages] == list(range(len(d.stages)))
    assert [ln.position for ln in d.lanes] == list(range(len(d.lanes)))


def test_add_rename_recolour_move_stage(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    new = edit.add_stage(journey.id, 2, "  Trial  ", "#AABBCC")
    d = services.journeys.get(journey.id)
    assert d.stages[2].id == new
    assert (d.stages[2].name, d.stages[2].colour) == ("Trial", "#aabbcc")
    assert d.updated_at > journey.updated_at
    _contiguous(d)
    assert edit.rename_stage(new, "Pilot") == "Trial"
    assert edit.recolour_stage(new, "") == "#aabbcc"
    assert edit.move_stage(new, 8) == 2
    d = services.journeys.get(journey.id)
    assert (d.stages[8].id, d.stages[8].name, d.stages[8].colour) == (new, "Pilot", "")
    _contiguous(d)
    assert edit.move_stage(new, 2) == 8
    edit.delete_stage(new)
    assert _same(services.journeys.get(journey.id), journey)


def test_add_stage_with_given_id(edit: JourneyEditService, journey: JourneyDetail) -> None:
    wanted = uuid.uuid4()
    assert edit.add_stage(journey.id, 0, "First", stage_id=wanted) == wanted


def test_delete_stage_with_content_restores_exactly(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    middle = journey.stages[4]
    assert journey.cell(middle.id, journey.lanes[0].id) is not None
    assert any(m.stage_id == middle.id for m in journey.metrics)
    assert any(e.stage_id == middle.id for e in journey.emotions)
    edit.set_loop(journey.stages[6].id, middle.id)
    edit.set_loop(middle.id, journey.stages[1].id)
    before = services.journeys.get(journey.id)
    record = edit.delete_stage(middle.id)
    after = services.journeys.get(journey.id)
    assert len(after.stages) == 8
    assert all(c.stage_id != middle.id for c in after.cells)
    assert after.stages[5].loop_to_id is None
    _contiguous(after)
    edit.restore_stage(record)
    assert _same(services.journeys.get(journey.id), before)


def test_delete_first_and_last_stage_restore(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    for stage in (journey.stages[0], journey.stages[-1]):
        record = edit.delete_stage(stage.id)
        _contiguous(services.journeys.get(journey.id))
        edit.restore_stage(record)
        assert _same(services.journeys.get(journey.id), journey)


def test_set_loop_rules(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    a, b = journey.stages[7], journey.stages[2]
    assert edit.set_loop(a.id, b.id) is None
    assert services.journeys.get(journey.id).stages[7].loop_to_id == b.id
    other = services.journeys.get(services.listing.journeys()[1].id)
    before = services.journeys.get(journey.id)
    with pytest.raises(ValidationError):
        edit.set_loop(a.id, a.id)
    with pytest.raises(ValidationError):
        edit.set_loop(a.id, other.stages[0].id)
    with pytest.raises(ValidationError):
        edit.set_loop(a.id, uuid.uuid4())
    assert services.journeys.get(journey.id) == before
    assert edit.set_loop(a.id, None) == b.id


def test_lanes_add_rename_recolour_move_delete_restore(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    lane = edit.add_lane(journey.id, 8, LaneKind.PAIN_POINTS, "Risks")
    d = services.journeys.get(journey.id)
    assert (d.lanes[8].id, d.lanes[8].kind, d.lanes[8].name) == (
        lane,
        LaneKind.PAIN_POINTS,
        "Risks",
    )
    assert edit.rename_lane(lane, "Frictions") == "Risks"
    assert edit.recolour_lane(lane, "#112233") == ""
    assert edit.move_lane(lane, 0) == 8
    _contiguous(services.journeys.get(journey.id))
    record = edit.delete_lane(lane)
    assert record.lane.name == "Frictions"
    assert _same(services.journeys.get(journey.id), journey)

    full = journey.lanes[4]
    record = edit.delete_lane(full.id)
    assert len(record.cells) == len([c for c in journey.cells if c.lane_id == full.id]) > 0
    _contiguous(services.journeys.get(journey.id))
    edit.restore_lane(record)
    assert _same(services.journeys.get(journey.id), journey)


def test_set_cell_and_undo(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    stage, pains = (
        journey.stages[3],
        next(ln for ln in journey.lanes if ln.kind is LaneKind.PAIN_POINTS),
    )
    old = journey.cell(stage.id, pains.id)
    assert old is not None
    items = [{"text": "Slow onboarding", "severity": 5}, {"text": "No SSO"}]
    before = edit.set_cell(stage.id, pains.id, "Line one\nline two", items, Evidence.ASSUMPTION)
    assert before == CellContent(old.text, old.items, old.evidence)
    cell = services.journeys.get(journey.id).cell(stage.id, pains.id)
    assert cell is not None
    assert (cell.text, cell.items, cell.evidence) == (
        "Line one\nline two",
        tuple(items),
        Evidence.ASSUMPTION,
    )
    edit.set_cell(stage.id, pains.id, before.text, list(before.items), before.evidence)
    assert _same(services.journeys.get(journey.id), journey)


def test_empty_content_removes_the_cell(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    stage, lane = journey.stages[0], journey.lanes[0]
    assert edit.set_cell(stage.id, lane.id, "") is not None
    assert services.journeys.get(journey.id).cell(stage.id, lane.id) is None
    assert edit.set_cell(stage.id, lane.id, "") is None
    assert edit.set_cell(stage.id, lane.id, "new") is None


@pytest.mark.parametrize(
    ("lane_index", "items"),
    [
        (4, [{"text": "x", "severity": 6}]),
        (4, [{"text": "x", "severity": True}]),
        (4, [{"text": "x", "impact": 2}]),
        (5, [{"text": "x", "effort": 0}]),
        (0, [{"text": "x", "severity": 1}]),
        (7, [{"text": "x", "owner": 3}]),
        (0, [{"no": "text"}]),
        (0, ["plain string"]),
    ],
)
def test_bad_items_change_nothing(
    services: Services,
    edit: JourneyEditService,
    journey: JourneyDetail,
    lane_index: int,
    items: list[object],
) -> None:
    with pytest.raises(ValidationError):
        edit.set_cell(journey.stages[0].id, journey.lanes[lane_index].id, "t", items)  # type: ignore[arg-type]
    assert services.journeys.get(journey.id) == journey


def test_good_items_per_kind(edit: JourneyEditService, journey: JourneyDetail) -> None:
    stage = journey.stages[0].id
    edit.set_cell(stage, journey.lanes[5].id, "", [{"text": "Guide", "impact": 5, "effort": 1}])
    edit.set_cell(stage, journey.lanes[7].id, "", [{"text": "CRM", "owner": "Ops", "system": "X"}])


def test_other_validation_changes_nothing(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    stage, lane = journey.stages[0], journey.lanes[0]
    calls = [
        lambda: edit.set_cell(stage.id, lane.id, "x" * 20_001),
        lambda: edit.add_stage(journey.id, 0, "   "),
        lambda: edit.add_stage(journey.id, 10, "Too far"),
        lambda: edit.add_stage(journey.id, 0, "Ok", "red"),
        lambda: edit.rename_stage(stage.id, ""),
        lambda: edit.recolour_lane(lane.id, "#12345"),
        lambda: edit.move_stage(stage.id, 9),
        lambda: edit.move_lane(lane.id, -1),
        lambda: edit.add_lane(journey.id, 0, LaneKind.TEXT, ""),
    ]
    for call in calls:
        with pytest.raises(ValidationError):
            call()
    with pytest.raises(NotFoundError):
        edit.rename_stage(uuid.uuid4(), "x")
    assert services.journeys.get(journey.id) == journey


def test_set_evidence(services: Services, edit: JourneyEditService, journey: JourneyDetail) -> None:
    cell = journey.cells[0]
    old = edit.set_evidence(cell.stage_id, cell.lane_id, Evidence.RESEARCH_BACKED)
    assert old == cell.evidence
    got = services.journeys.get(journey.id).cell(cell.stage_id, cell.lane_id)
    assert got is not None
    assert got.evidence is Evidence.RESEARCH_BACKED
    edit.set_evidence(cell.stage_id, cell.lane_id, old)
    assert _same(services.journeys.get(journey.id), journey)
    # An empty cell can carry a mark alone, and loses its row when the mark goes.
    empty = edit.add_stage(journey.id, 9, "Empty")
    assert edit.set_evidence(empty, cell.lane_id, Evidence.ASSUMPTION) is None
    assert services.journeys.get(journey.id).cell(empty, cell.lane_id) is not None
    edit.set_evidence(empty, cell.lane_id, None)
    assert services.journeys.get(journey.id).cell(empty, cell.lane_id) is None


def test_channel_catalogue(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    channels = edit.channels(journey.id)
    assert channels
    assert len({c.casefold() for c in channels}) == len(channels)
    assert edit.add_channel("Carrier pigeon")
    assert not edit.add_channel("carrier PIGEON")
    assert "Carrier pigeon" in edit.channels(journey.id)
    assert "Carrier pigeon" in services.workspace.setting("channel_catalogue")
    assert edit.remove_channel("Carrier pigeon")
    assert not edit.remove_channel("Carrier pigeon")
    assert edit.channels(journey.id) == channels


def test_unlink_and_relink_persona(
    services: Services, edit: JourneyEditService, journey: JourneyDetail
) -> None:
    persona = journey.personas[0]
    record = edit.unlink_persona(journey.id, persona.id)
    after = services.journeys.get(journey.id)
    assert persona not in after.personas
    assert all(e.persona_id != persona.id for e in after.emotions)
    assert record.emotions
    edit.relink_persona(record)
    assert _same(services.journeys.get(journey.id), journey)
    with pytest.raises(ValidationError):
        edit.link_persona(journey.id, persona.id)
    with pytest.raises(NotFoundError):
        edit.link_persona(journey.id, uuid.uuid4())
