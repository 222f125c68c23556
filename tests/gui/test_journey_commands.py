"""Journey map undo commands on the demo: redo, check, undo, check the exact earlier state, redo."""

import uuid
from collections.abc import Callable
from dataclasses import replace

import pytest

from personabuilder.model import Evidence, LaneKind
from personabuilder.services import Services
from personabuilder.services.journey_edit import CellContent
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession, ServiceCommand
from personabuilder.ui.journeys import commands as jc


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


@pytest.fixture
def journey(session: EditSession) -> JourneyDetail:
    """The demo's 9 x 8 map."""
    return session.services.journeys.get(session.services.listing.journeys()[0].id)


def _get(session: EditSession, journey_id: uuid.UUID) -> JourneyDetail:
    return session.services.journeys.get(journey_id)


def _same(a: JourneyDetail, b: JourneyDetail) -> bool:
    return replace(a, updated_at=b.updated_at) == b


def _round_trip(
    session: EditSession,
    journey: JourneyDetail,
    cmd: ServiceCommand,
    text: str,
    check: Callable[[JourneyDetail], bool],
) -> None:
    changed: list[uuid.UUID] = []
    errors: list[str] = []
    session.journey_changed.connect(changed.append)
    session.edit_failed.connect(errors.append)
    assert cmd.text() == text
    session.undo_stack.push(cmd)
    assert not errors
    assert changed == [journey.id]
    after = _get(session, journey.id)
    assert check(after)
    session.undo_stack.undo()
    assert _same(_get(session, journey.id), journey)
    session.undo_stack.redo()
    assert _same(_get(session, journey.id), after)
    assert not errors


def test_add_stage(session: EditSession, journey: JourneyDetail) -> None:
    cmd = jc.add_stage(session, journey.id, 3, "Pilot", "#123456")
    _round_trip(
        session,
        journey,
        cmd,
        "Add stage",
        lambda d: d.stages[3].name == "Pilot" and len(d.stages) == 10,
    )


def test_rename_recolour_move_stage(session: EditSession, journey: JourneyDetail) -> None:
    sid = journey.stages[1].id
    _round_trip(
        session,
        journey,
        jc.rename_stage(session, journey.id, sid, "Look"),
        "Rename stage",
        lambda d: d.stages[1].name == "Look",
    )
    journey = _get(session, journey.id)
    _round_trip(
        session,
        journey,
        jc.recolour_stage(session, journey.id, sid, "#abcdef"),
        "Recolour stage",
        lambda d: d.stages[1].colour == "#abcdef",
    )
    journey = _get(session, journey.id)
    _round_trip(
        session,
        journey,
        jc.move_stage(session, journey.id, sid, 6),
        "Move stage",
        lambda d: d.stages[6].id == sid,
    )


def test_delete_stage_with_content(session: EditSession, journey: JourneyDetail) -> None:
    sid = journey.stages[4].id
    _round_trip(
        session,
        journey,
        jc.delete_stage(session, journey.id, sid),
        "Delete stage",
        lambda d: sid not in {s.id for s in d.stages},
    )


def test_set_loop(session: EditSession, journey: JourneyDetail) -> None:
    a, b = journey.stages[8].id, journey.stages[5].id
    _round_trip(
        session,
        journey,
        jc.set_loop(session, journey.id, a, b),
        "Set loop",
        lambda d: d.stages[8].loop_to_id == b,
    )


def test_lanes(session: EditSession, journey: JourneyDetail) -> None:
    _round_trip(
        session,
        journey,
        jc.add_lane(session, journey.id, 0, LaneKind.BACKSTAGE, "Ops"),
        "Add lane",
        lambda d: d.lanes[0].name == "Ops" and d.lanes[0].kind is LaneKind.BACKSTAGE,
    )
    journey = _get(session, journey.id)
    lid = journey.lanes[3].id
    for cmd, text, check in [
        (
            jc.rename_lane(session, journey.id, lid, "Lx"),
            "Rename lane",
            lambda d: d.lanes[3].name == "Lx",
        ),
        (
            jc.recolour_lane(session, journey.id, lid, "#00ff00"),
            "Recolour lane",
            lambda d: d.lanes[3].colour == "#00ff00",
        ),
        (jc.move_lane(session, journey.id, lid, 0), "Move lane", lambda d: d.lanes[0].id == lid),
        (
            jc.delete_lane(session, journey.id, lid),
            "Delete lane",
            lambda d: lid not in {ln.id for ln in d.lanes},
        ),
    ]:
        journey = _get(session, journey.id)
        _round_trip(session, journey, cmd, text, check)


def test_edit_cell_and_evidence(session: EditSession, journey: JourneyDetail) -> None:
    stage, lane = journey.stages[2].id, journey.lanes[4].id
    new = CellContent("Text", ({"text": "Slow", "severity": 4},), Evidence.PARTLY_BACKED)

    def check(d: JourneyDetail) -> bool:
        c = d.cell(stage, lane)
        return c is not None and (c.text, c.items, c.evidence) == (
            new.text,
            new.items,
            new.evidence,
        )

    _round_trip(
        session, journey, jc.edit_cell(session, journey.id, stage, lane, new), "Edit cell", check
    )
    journey = _get(session, journey.id)
    _round_trip(
        session,
        journey,
        jc.clear_cell(session, journey.id, stage, lane),
        "Clear cell",
        lambda d: d.cell(stage, lane) is None,
    )
    journey = _get(session, journey.id)
    _round_trip(
        session,
        journey,
        jc.set_evidence(session, journey.id, stage, lane, Evidence.ASSUMPTION),
        "Mark as assumption",
        lambda d: (c := d.cell(stage, lane)) is not None and c.evidence is Evidence.ASSUMPTION,
    )


def test_typing_merges_per_cell_and_group(session: EditSession, journey: JourneyDetail) -> None:
    stage, lane = journey.stages[0].id, journey.lanes[0].id
    stack = session.undo_stack
    for text in ("a", "ab", "abc"):
        stack.push(jc.edit_cell(session, journey.id, stage, lane, CellContent(text), group=1))
    assert stack.count() == 1
    stack.push(
        jc.edit_cell(session, journey.id, stage, journey.lanes[2].id, CellContent("x"), group=1)
    )
    stack.push(jc.edit_cell(session, journey.id, stage, lane, CellContent("abcd"), group=2))
    assert stack.count() == 3
    stack.undo()
    stack.undo()
    cell = _get(session, journey.id).cell(stage, lane)
    assert cell is not None
    assert cell.text == "abc"
    stack.undo()
    assert _same(_get(session, journey.id), journey)


def test_failed_edit_is_dropped(session: EditSession, journey: JourneyDetail) -> None:
    errors: list[str] = []
    session.edit_failed.connect(errors.append)
    session.undo_stack.push(jc.rename_stage(session, journey.id, journey.stages[0].id, "  "))
    assert errors
    assert session.undo_stack.count() == 0
    assert _get(session, journey.id) == journey


def test_channels_and_personas(session: EditSession, journey: JourneyDetail) -> None:
    pid = journey.personas[0].id
    _round_trip(
        session,
        journey,
        jc.unlink_persona(session, journey.id, pid),
        "Unlink persona",
        lambda d: pid not in {p.id for p in d.personas},
    )
    svc = jc.journey_edit(session)
    before = svc.channels(journey.id)
    stack = session.undo_stack
    stack.push(jc.add_channel(session, journey.id, "Fax"))
    assert "Fax" in svc.channels(journey.id)
    stack.undo()
    assert svc.channels(journey.id) == before


def test_edit_cells_is_one_step_and_all_or_nothing(
    session: EditSession, journey: JourneyDetail
) -> None:
    s0, s1 = journey.stages[0].id, journey.stages[1].id
    lane = journey.lanes[0].id
    command = jc.edit_cells(
        session,
        journey.id,
        [(s0, lane, CellContent("one")), (s1, lane, CellContent())],
        "Paste",
    )
    session.undo_stack.push(command)
    after = _get(session, journey.id)
    assert after.cell(s0, lane).text == "one"  # type: ignore[union-attr]
    assert after.cell(s1, lane) is None
    session.undo_stack.undo()
    assert _same(_get(session, journey.id), journey)
    session.undo_stack.redo()
    assert _get(session, journey.id).cell(s0, lane).text == "one"  # type: ignore[union-attr]
    session.undo_stack.undo()

    # A cell that cannot be written puts back the ones written before it.
    bad = jc.edit_cells(
        session,
        journey.id,
        [(s0, lane, CellContent("two")), (s1, lane, CellContent("x" * 10**6))],
        "Paste",
    )
    session.undo_stack.push(bad)
    assert bad.error is not None
    assert _same(_get(session, journey.id), journey)
    assert session.undo_stack.index() == 0
