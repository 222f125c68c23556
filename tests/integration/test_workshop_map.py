"""Items captured in a workshop reach the map's lanes, marked with their session, on a real file."""

import datetime
import uuid
from pathlib import Path

import pytest

from personabuilder.model import CaptureKind, LaneKind
from personabuilder.services import Services
from personabuilder.services import exchange as ex
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.services.workshop import MAP_ITEM_TEXT_MAX
from personabuilder.store import Workspace

DAY = datetime.date(2026, 12, 3)
TITLE = "Workshop 3 Dec 2026"


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace."""
    return Services.bind(demo_workspace)


@pytest.fixture
def journey(services: Services) -> JourneyDetail:
    """The demo's first map (it has pain points and opportunities lanes)."""
    return services.journeys.get(services.listing.journeys()[0].id)


def _lane(journey: JourneyDetail, kind: LaneKind) -> uuid.UUID:
    return next(ln.id for ln in journey.lanes if ln.kind is kind)


def _cells(services: Services, journey_id: uuid.UUID) -> dict:
    detail = services.journeys.get(journey_id)
    return {(c.stage_id, c.lane_id): (c.id, c.text, c.items, c.evidence) for c in detail.cells}


def _workshop_items(services: Services, journey_id: uuid.UUID) -> list[tuple]:
    detail = services.journeys.get(journey_id)
    return sorted(
        (c.stage_id, c.lane_id, i["text"], i["workshop"])
        for c in detail.cells
        for i in c.items
        if "workshop" in i
    )


def test_stage_items_land_in_their_lanes_with_the_session_title(
    services: Services, journey: JourneyDetail
) -> None:
    session = services.workshop.start(journey.id, TITLE, DAY)
    trial = journey.stages[2].id
    services.workshop.capture(session, trial, CaptureKind.PAIN_POINT, "Import is slow")
    services.workshop.capture(session, trial, CaptureKind.IDEA, "Guided sample import")
    services.workshop.capture(session, trial, CaptureKind.QUESTION, "Who owns the trial?")
    services.workshop.capture(session, None, CaptureKind.PARKING, "Pricing page")
    before = _cells(services, journey.id)
    pain = _lane(journey, LaneKind.PAIN_POINTS)
    opportunities = _lane(journey, LaneKind.OPPORTUNITIES)

    added = services.workshop.add_to_map(session)

    assert added.count == 2
    assert {(lane, n) for lane, _name, n in added.placed} == {(pain, 1), (opportunities, 1)}
    assert added.left == (
        (CaptureKind.QUESTION, "no_lane", 1),
        (CaptureKind.PARKING, "no_stage", 1),
    )
    assert _workshop_items(services, journey.id) == sorted(
        [
            (trial, pain, "Import is slow", TITLE),
            (trial, opportunities, "Guided sample import", TITLE),
        ]
    )
    # The existing items of those cells stay, the new ones come last.
    cell = services.journeys.get(journey.id).cell(trial, pain)
    assert cell is not None
    assert list(cell.items[:-1]) == list(before[trial, pain][2])
    assert services.workshop.pending_for_map(session) == 0
    # A second call adds nothing twice; a new capture is added alone.
    assert services.workshop.add_to_map(session).count == 0
    services.workshop.capture(session, trial, CaptureKind.IDEA, "Day-3 call")
    assert services.workshop.pending_for_map(session) == 1
    assert services.workshop.add_to_map(session).count == 1
    assert len(_workshop_items(services, journey.id)) == 3


def test_take_off_map_puts_back_the_exact_cells(services: Services, journey: JourneyDetail) -> None:
    session = services.workshop.start(journey.id, TITLE, DAY)
    for stage in journey.stages[:3]:
        services.workshop.capture(session, stage.id, CaptureKind.IDEA, f"Idea at {stage.name}")
    before = _cells(services, journey.id)
    added = services.workshop.add_to_map(session)
    assert added.count == 3
    services.workshop.take_off_map(added)
    assert _cells(services, journey.id) == before
    assert services.workshop.pending_for_map(session) == 3
    # Redo creates the same cells again.
    again = services.workshop.add_to_map(session, cell_ids=added.cell_ids)
    assert again.cell_ids == added.cell_ids
    assert _workshop_items(services, journey.id) == sorted(
        (s.id, _lane(journey, LaneKind.OPPORTUNITIES), f"Idea at {s.name}", TITLE)
        for s in journey.stages[:3]
    )


def test_a_map_without_the_lane_says_so(services: Services, journey: JourneyDetail) -> None:
    pain = _lane(journey, LaneKind.PAIN_POINTS)
    services.journey_edit.delete_lane(pain)
    session = services.workshop.start(journey.id, TITLE, DAY)
    services.workshop.capture(session, journey.stages[0].id, CaptureKind.PAIN_POINT, "Slow")
    added = services.workshop.add_to_map(session)
    assert added.count == 0
    assert added.left == ((CaptureKind.PAIN_POINT, "no_lane", 1),)


def test_long_captured_text_is_clipped_to_what_an_item_holds(
    services: Services, journey: JourneyDetail
) -> None:
    session = services.workshop.start(journey.id, TITLE, DAY)
    services.workshop.capture(session, journey.stages[0].id, CaptureKind.IDEA, "x" * 1500)
    services.workshop.add_to_map(session)
    ((_s, _l, text, _t),) = _workshop_items(services, journey.id)
    assert len(text) == MAP_ITEM_TEXT_MAX
    assert text.endswith("…")


def test_cells_keep_the_workshop_key_when_set_by_the_editor(
    services: Services, journey: JourneyDetail
) -> None:
    stage = journey.stages[0].id
    for kind in (LaneKind.TEXT, LaneKind.PAIN_POINTS, LaneKind.OPPORTUNITIES):
        lane = next((ln.id for ln in journey.lanes if ln.kind is kind), None)
        if lane is None:
            continue
        items = [{"text": "From the room", "workshop": TITLE}]
        services.journey_edit.set_cell(stage, lane, "", items)
        cell = services.journeys.get(journey.id).cell(stage, lane)
        assert cell is not None
        assert cell.items == ({"text": "From the room", "workshop": TITLE},)


def test_dump_and_load_round_trip_the_workshop_key(
    services: Services, journey: JourneyDetail, tmp_path: Path
) -> None:
    session = services.workshop.start(journey.id, TITLE, DAY)
    services.workshop.capture(session, journey.stages[1].id, CaptureKind.PAIN_POINT, "No pricing")
    services.workshop.add_to_map(session)
    services.snapshots.create(journey.id, "After the workshop")
    document = ex.dump(services)
    assert any(
        item.get("workshop") == TITLE for cell in document["cells"] for item in cell["items"]
    )
    parsed = ex.parse_document(ex.encode(document))
    target = Workspace.create(tmp_path / "copy.pbw")
    try:
        ex.load(Services.bind(target), parsed)
        copy = Services.bind(target)
        assert _workshop_items(copy, journey.id) == _workshop_items(services, journey.id)
        (snapshot,) = copy.snapshots.summaries(journey.id)
        shot = copy.snapshots.get(snapshot.id)
        assert any(i.get("workshop") == TITLE for c in shot.cells for i in c.items)
        assert ex.dump(copy)["cells"] == document["cells"]
    finally:
        target.close()
