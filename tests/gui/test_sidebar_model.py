"""The sidebar model against Qt's model tester, on real workspaces."""

from pathlib import Path

from pytestqt.modeltest import ModelTester

from personabuilder.model import Archetype
from personabuilder.services import Services
from personabuilder.services.readmodels import PersonaData
from personabuilder.store import Workspace
from personabuilder.ui.shell.sidebar import BATCH, ID_ROLE, KIND_ROLE, NodeKind, SidebarModel


def _rows(model: SidebarModel, parent_row: int) -> list[str]:
    parent = model.index(parent_row, 0)
    return [model.index(r, 0, parent).data() for r in range(model.rowCount(parent))]


def test_demo_workspace_passes_the_model_tester(
    qtmodeltester: ModelTester, demo_workspace: Workspace
) -> None:
    model = SidebarModel()
    model.set_services(Services.bind(demo_workspace))
    qtmodeltester.check(model, force_py=True)
    assert _rows(model, 0) == [
        "Executive sponsor (1)",
        "Technical evaluator (1)",
        "End-user champion (1)",
    ]
    assert model.index(0, 0).data() == "Personas (3)"
    assert model.index(1, 0).data() == "Journey maps (2)"


def test_groups_fetch_lazily_in_batches(qtmodeltester: ModelTester, tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "many.pbw")
    services = Services.bind(ws)
    services.personas.create_many(
        [PersonaData(name=f"Persona {i:04}", archetype=Archetype.CUSTOM) for i in range(450)]
    )
    model = SidebarModel()
    model.set_services(services)
    group = model.index(0, 0, model.index(0, 0))
    assert group.data(KIND_ROLE) == NodeKind.ARCHETYPE
    assert model.rowCount(group) == 0
    assert model.hasChildren(group)
    fetched = 0
    while model.canFetchMore(group):
        model.fetchMore(group)
        fetched += 1
    assert fetched == -(-450 // BATCH)
    assert model.rowCount(group) == 450
    first = model.index(0, 0, group)
    assert first.data() == "Persona 0000"
    assert first.data(KIND_ROLE) == NodeKind.PERSONA
    assert first.data(ID_ROLE)
    qtmodeltester.check(model, force_py=True)
    ws.close()


def test_empty_and_no_workspace(qtmodeltester: ModelTester, workspace: Workspace) -> None:
    model = SidebarModel()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0
    model.set_services(Services.bind(workspace))
    assert [model.index(r, 0).data() for r in range(2)] == ["Personas (0)", "Journey maps (0)"]
    assert not model.hasChildren(model.index(0, 0))
    assert not model.canFetchMore(model.index(1, 0))
