"""Journey templates and snapshots on real workspace files."""

import pytest

from personabuilder.model import LaneKind
from personabuilder.model.tables import Cell
from personabuilder.services import Services, ValidationError
from personabuilder.services.journey_templates import journey_templates
from personabuilder.store import Workspace


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_templates_create_the_two_saas_maps_and_a_blank_one(services: Services, lang: str) -> None:
    templates = journey_templates(lang)
    assert [t.key for t in templates] == ["saas_journey", "saas_lifecycle", "blank"]
    assert [t.stage_count for t in templates] == [9, 7, 3]
    for template in templates:
        detail = services.journeys.get(services.journeys.create(template.for_personas([])))
        assert len(detail.stages) == template.stage_count
        assert detail.cells == ()
        if template.key == "saas_lifecycle":
            names = {st.id: st.name for st in detail.stages}
            loops = {st.name: names[st.loop_to_id] for st in detail.stages if st.loop_to_id}
            assert len(loops) == 2
        if template.key == "blank":
            assert LaneKind.EMOTION in [ln.kind for ln in detail.lanes]


def _map(ws: Workspace):  # type: ignore[no-untyped-def]
    services = Services.bind(ws)
    return services, services.listing.journeys()[0].id


def test_snapshot_round_trip_compare_and_restore(demo_workspace: Workspace) -> None:
    services, jid = _map(demo_workspace)
    original = services.journeys.get(jid)
    snap = services.snapshots.create(jid, "Before the workshop")
    assert [s.name for s in services.snapshots.summaries(jid)] == ["Before the workshop"]
    assert services.snapshots.get(snap.id) == original
    _current, diff = services.snapshots.compare_with_current(snap.id)
    assert diff.unchanged

    # Change one cell, remove another, rename the map.
    first, second = original.cells[0], original.cells[1]
    with demo_workspace.transaction() as s:
        changed, removed = s.get(Cell, first.id), s.get(Cell, second.id)
        assert changed is not None
        assert removed is not None
        changed.text = "Changed"
        s.delete(removed)
    services.journeys.rename(jid, "Renamed")
    _current, diff = services.snapshots.compare_with_current(snap.id)
    assert diff.changed == {(first.stage_id, first.lane_id)}
    assert diff.removed == {(second.stage_id, second.lane_id)}
    assert not diff.added

    before_restore = services.journeys.get(jid)
    undo_payload = services.snapshots.restore(snap.id)
    restored = services.journeys.get(jid)
    assert (restored.title, restored.stages, restored.lanes, restored.cells) == (
        original.title,
        original.stages,
        original.lanes,
        original.cells,
    )
    assert restored.emotions == original.emotions
    assert restored.metrics == original.metrics
    assert restored.personas == original.personas

    # Undo of the restore puts the changed map back exactly.
    services.snapshots.replace_content(undo_payload)
    again = services.journeys.get(jid)
    assert (again.title, again.cells, again.metrics) == (
        before_restore.title,
        before_restore.cells,
        before_restore.metrics,
    )
    assert demo_workspace.integrity_check() == "ok"


def test_snapshot_delete_and_put_back(demo_workspace: Workspace) -> None:
    services, jid = _map(demo_workspace)
    snap = services.snapshots.create(jid, "v1")
    info, payload = services.snapshots.delete(snap.id)
    assert services.snapshots.summaries(jid) == []
    services.snapshots.put_back(info, payload)
    assert services.snapshots.summaries(jid) == [snap]


def test_snapshot_needs_a_name(demo_workspace: Workspace) -> None:
    services, jid = _map(demo_workspace)
    with pytest.raises(ValidationError):
        services.snapshots.create(jid, "  ")
    assert services.snapshots.summaries(jid) == []


def test_delete_and_restore_a_whole_map_exactly(demo_workspace: Workspace) -> None:
    services, jid = _map(demo_workspace)
    services.snapshots.create(jid, "kept")
    before = services.journeys.get(jid)
    listed = services.listing.journeys()
    record = services.journey_lifecycle.delete(jid)
    assert services.listing.journey_count() == 1
    assert services.journey_lifecycle.restore(record) == jid
    assert services.journeys.get(jid) == before
    assert services.listing.journeys() == listed
    assert [s.name for s in services.snapshots.summaries(jid)] == ["kept"]
