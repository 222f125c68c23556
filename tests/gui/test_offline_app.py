"""File › Take a Copy Offline and File › Publish Changes, on the real test server."""

import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from personabuilder.app import StoreGateway, TeamStoreWorkspace, team_path
from personabuilder.model.tables import Persona
from personabuilder.services import Services
from personabuilder.services.offline import Choice, PublishConflict
from personabuilder.store.postgres import TeamWorkspace
from personabuilder.ui.common.gateway import OWNER, TeamAddress, TeamIdentity
from personabuilder.ui.shell import publish_dialog
from personabuilder.ui.shell.main_window import MainWindow
from tests.pg_cluster import SUPERUSER, Cluster

from .conftest import Answers


@pytest.fixture
def team_db(pg_cluster: Cluster, pg_templates: dict[str, str]) -> Iterator[str]:
    """A private demo team workspace: its database name."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    pg_cluster.create_database(name, template=pg_templates["demo"])
    yield name
    pg_cluster.drop_database(name)


def _two_personas(ws: TeamWorkspace) -> tuple[uuid.UUID, uuid.UUID]:
    with ws.reading() as s:
        rows = s.exec(select(Persona).order_by(col(Persona.position))).all()
        return rows[0].id, rows[1].id


def test_take_offline_then_publish_with_a_conflict_resolved(
    window: MainWindow,
    answers: Answers,
    team_db: str,
    pg_cluster: Cluster,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The demo database has no member groups (team init): opened as its owner directly.
    address = TeamAddress(pg_cluster.host, pg_cluster.port, team_db, SUPERUSER)
    opened = TeamWorkspace.open(pg_cluster.superuser_url(team_db))
    identity = TeamIdentity(database=team_db, user=SUPERUSER, role=OWNER)
    window.set_workspace(
        TeamStoreWorkspace(opened, identity, team_path(address), lambda _path: None)
    )
    dest = tmp_path / "away.pbw"
    answers.save_path = dest
    answers.yes = True

    window.actions_by_id["take_offline"].trigger()

    copy = window.workspace
    assert copy is not None
    assert copy.path == dest
    assert copy.team is None
    server = TeamWorkspace.open(pg_cluster.superuser_url(team_db))
    try:
        first, second = _two_personas(server)
        Services.bind(server).personas.update(first, bio="Theirs.")
        copy.services.personas.update(first, bio="Mine.")
        copy.services.personas.update(second, quote="Said offline.")

        asked: list[Sequence[PublishConflict]] = []

        def resolve(_parent: object, conflicts: Sequence[PublishConflict]) -> dict[str, Choice]:
            asked.append(conflicts)
            return {conflicts[0].row: "mine"}

        monkeypatch.setattr(publish_dialog, "ask_resolutions", resolve)
        monkeypatch.setenv("PGPASSWORD", pg_cluster.password)

        window.actions_by_id["publish_changes"].trigger()

        assert [(c.kind, c.field, c.theirs, c.yours) for c in asked[0]] == [
            ("persona", "bio", "Theirs.", "Mine.")
        ]
        assert not answers.warnings
        assert answers.abouts[-1].startswith("Published: 0 added, 1 changed, 0 deleted; 0")
        team_personas = Services.bind(server).personas
        assert team_personas.get(first).data.bio == "Mine."
        assert team_personas.get(second).data.quote == "Said offline."
    finally:
        server.close()

    window.actions_by_id["publish_changes"].trigger()
    assert answers.abouts[-1].startswith("Nothing to publish")


def test_the_actions_say_when_they_do_not_apply(
    window: MainWindow, answers: Answers, tmp_path: Path
) -> None:
    plain = tmp_path / "plain.pbw"
    answers.save_path = plain
    window.set_workspace(StoreGateway().create(plain, demo=False, lang="en"))

    window.actions_by_id["take_offline"].trigger()
    assert "only those can be taken offline" in answers.warnings[-1][0]

    window.actions_by_id["publish_changes"].trigger()
    assert answers.warnings[-1][0] == "Nothing was published."
    assert "not an offline copy" in answers.warnings[-1][1]


def test_the_conflicts_dialog_returns_the_sides_chosen(qtbot: QtBot) -> None:
    conflicts = [
        PublishConflict("persona", "Ada", "bio", "Theirs.", "Mine.", "persona:a"),
        PublishConflict("persona", "Ada", "quote", "T", "M", "persona:a"),
        PublishConflict("cell", "", "text", "x", "y", "cell:b"),
        PublishConflict("stage", "Buy", "(deleted)", "deleted", "changed", "stage:c"),
    ]
    dialog = publish_dialog.PublishConflictsDialog(conflicts)
    assert dialog.table.rowCount() == 4
    texts = [dialog.table.item(0, c) for c in (2, 3)]
    assert [t.text() if t is not None else None for t in texts] == ["Theirs.", "Mine."]
    assert dialog.choices() == {}
    dialog.choose("persona:a", "mine")
    dialog.choose("cell:b", "theirs")
    assert dialog.choices() == {"persona:a": "mine", "cell:b": "theirs"}
    dialog.deleteLater()
