"""The command line takes a team workspace offline and publishes the copy back."""

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import col, select

from personabuilder.model.tables import Persona
from personabuilder.services import Services
from personabuilder.store import open_workspace
from tests.e2e.test_cli import assert_user_error, run_cli
from tests.pg_cluster import Cluster


@pytest.fixture
def team_url(pg_cluster: Cluster, pg_templates: dict[str, str]) -> Iterator[str]:
    """A private team workspace with the demo content: its superuser URL."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    url = pg_cluster.create_database(name, template=pg_templates["demo"])
    yield url
    pg_cluster.drop_database(name)


def _first_persona(location: str | Path) -> tuple[uuid.UUID, str]:
    ws = open_workspace(location)
    try:
        with ws.reading() as s:
            row = s.exec(select(Persona).order_by(col(Persona.position))).first()
            assert row is not None
            return row.id, row.name
    finally:
        ws.close()


def _update(location: str | Path, persona_id: uuid.UUID, **changes: str) -> None:
    ws = open_workspace(location)
    try:
        Services.bind(ws).personas.update(persona_id, **changes)
    finally:
        ws.close()


def _bio(location: str | Path, persona_id: uuid.UUID) -> str:
    ws = open_workspace(location)
    try:
        return Services.bind(ws).personas.get(persona_id).data.bio
    finally:
        ws.close()


def test_offline_then_publish(
    team_url: str, pg_cluster: Cluster, tmp_path: Path, data_dir: Path
) -> None:
    env: dict[str, str | None] = {"PGPASSWORD": pg_cluster.password}
    copy = tmp_path / "away.pbw"
    taken = run_cli("offline", team_url, copy, data_dir=data_dir)
    assert taken.returncode == 0, taken.stderr
    assert "***" in taken.stdout
    assert pg_cluster.password not in taken.stdout
    assert "publish" in taken.stdout

    nothing = run_cli("publish", copy, data_dir=data_dir, env=env)
    assert nothing.returncode == 0, nothing.stderr
    assert "Nothing to publish" in nothing.stdout

    persona_id, name = _first_persona(copy)
    _update(copy, persona_id, bio="Written on the train.")
    sent = run_cli("publish", copy, data_dir=data_dir, env=env)
    assert sent.returncode == 0, sent.stderr
    assert f"Changed persona {name!r}" in sent.stdout
    assert "Published 1 change(s)" in sent.stdout
    assert _bio(team_url, persona_id) == "Written on the train."

    again = run_cli("publish", copy, data_dir=data_dir, env=env)
    assert "Nothing to publish" in again.stdout


def test_publish_lists_conflicts_and_keep_resolves_them(
    team_url: str, pg_cluster: Cluster, tmp_path: Path, data_dir: Path
) -> None:
    env: dict[str, str | None] = {"PGPASSWORD": pg_cluster.password}
    copy = tmp_path / "away.pbw"
    assert run_cli("offline", team_url, copy, data_dir=data_dir).returncode == 0
    persona_id, name = _first_persona(copy)
    _update(team_url, persona_id, bio="Theirs.")
    _update(copy, persona_id, bio="Mine.")

    refused = run_cli("publish", copy, data_dir=data_dir, env=env)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert f"persona {name!r}, bio: theirs 'Theirs.', yours 'Mine.'" in refused.stdout
    assert "--keep mine|theirs" in refused.stdout
    assert _bio(team_url, persona_id) == "Theirs."

    kept = run_cli("publish", copy, "--keep", "mine", data_dir=data_dir, env=env)
    assert kept.returncode == 0, kept.stderr
    assert _bio(team_url, persona_id) == "Mine."


def test_publish_refusals_are_one_line(
    team_url: str, pg_cluster: Cluster, tmp_path: Path, data_dir: Path
) -> None:
    plain = tmp_path / "plain.pbw"
    assert run_cli("new", plain, data_dir=data_dir).returncode == 0
    not_a_copy = run_cli("publish", plain, data_dir=data_dir)
    assert_user_error(not_a_copy)
    assert "not an offline copy" in not_a_copy.stderr

    copy = tmp_path / "away.pbw"
    assert run_cli("offline", team_url, copy, data_dir=data_dir).returncode == 0
    unreachable = run_cli(
        "publish", copy, "--url", "postgresql://nobody@127.0.0.1:1/none", data_dir=data_dir
    )
    assert_user_error(unreachable)
    assert "out of reach" in unreachable.stderr

    refused = run_cli("publish", copy, data_dir=data_dir, env={"PGPASSWORD": "wrong"})
    assert_user_error(refused)
    assert pg_cluster.password not in refused.stderr
