"""Each undo command: redo, check, undo, check the exact earlier state (real workspace)."""

from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession, rename_journey, rename_persona


def test_rename_persona_redo_undo(demo_workspace: Workspace) -> None:
    services = Services.bind(demo_workspace)
    session = EditSession(services)
    persona = services.listing.personas()[0]
    before = services.personas.get(persona.id)
    changed: list[object] = []
    session.persona_changed.connect(changed.append)

    session.undo_stack.push(rename_persona(session, persona.id, before.data.name, "Renamed"))
    after = services.personas.get(persona.id)
    assert after.data.name == "Renamed"
    assert after.data.goals == before.data.goals
    assert session.undo_stack.undoText() == "Rename persona"

    session.undo_stack.undo()
    restored = services.personas.get(persona.id)
    assert restored.data == before.data
    assert restored.journeys == before.journeys
    assert changed == [persona.id, persona.id]


def test_rename_journey_redo_undo(demo_workspace: Workspace) -> None:
    services = Services.bind(demo_workspace)
    session = EditSession(services)
    journey = services.listing.journeys()[0]
    before = services.journeys.get(journey.id)

    session.undo_stack.push(rename_journey(session, journey.id, before.title, "Client map"))
    assert services.journeys.get(journey.id).title == "Client map"
    session.undo_stack.undo()
    restored = services.journeys.get(journey.id)
    assert restored.title == before.title
    assert (restored.stages, restored.lanes, restored.cells) == (
        before.stages,
        before.lanes,
        before.cells,
    )
    session.undo_stack.redo()
    assert services.journeys.get(journey.id).title == "Client map"


def test_failing_edit_is_dropped_from_the_stack(demo_workspace: Workspace) -> None:
    services = Services.bind(demo_workspace)
    session = EditSession(services)
    persona = services.listing.personas()[0]
    errors: list[str] = []
    session.edit_failed.connect(errors.append)
    session.undo_stack.push(rename_persona(session, persona.id, persona.name, ""))
    assert session.undo_stack.count() == 0
    assert errors == ["Name is required."]
    assert services.personas.get(persona.id).data.name == persona.name
