"""Row versions: every editable row has one, older files get them, edits and loads count them."""

import sqlite3
from pathlib import Path

import psycopg

from personabuilder.model.tables import metadata
from personabuilder.services import Services
from personabuilder.services.exchange import dump, load
from personabuilder.services.readmodels import PersonaData
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace, backup, create_workspace, migrate, open_workspace
from personabuilder.store.postgres import TeamWorkspace
from tests.conftest import DEMO_DAY

VERSIONED = {
    "workspace_setting",
    "persona",
    "journey_map",
    "stage",
    "lane",
    "cell",
    "emotion_score",
    "metric",
    "metric_value",
    "workshop_session",
    "captured_item",
}


def _versions(path: Path) -> dict[str, set[int]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            table: {v for (v,) in conn.execute(f"SELECT DISTINCT version FROM {table}")}
            for table in sorted(VERSIONED)
        }
    finally:
        conn.close()


def test_every_editable_table_checks_a_version_and_snapshots_do_not() -> None:
    from sqlmodel import SQLModel

    checked = set()
    for mapper in SQLModel._sa_registry.mappers:
        column = mapper.version_id_col
        if column is not None:
            assert column.name == "version"
            assert not column.nullable
            checked.add(str(mapper.class_.__tablename__))
    assert checked == VERSIONED
    assert "version" not in metadata.tables["snapshot"].c
    assert "version" not in metadata.tables["journey_persona"].c


def _as_format_2(path: Path) -> None:
    """Turns a current workspace into one as format 2 wrote it: no version columns."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for table in sorted(VERSIONED):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN version")
        conn.execute("UPDATE alembic_version SET version_num = '0002'")
        conn.execute("PRAGMA user_version = 2")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def test_a_format_2_file_is_migrated_with_version_1_on_every_row(tmp_path: Path) -> None:
    path = tmp_path / "older.pbw"
    ws = Workspace.create(
        path, populate=lambda w: build_demo(Services.bind(w), "en", today=DEMO_DAY)
    )
    try:
        services = Services.bind(ws)
        # Edits before the file is made old: the versions it had are not carried over.
        pid = services.listing.personas()[0].id
        services.personas.update(pid, quote="Edited before")
        content, counts = dump(ws), services.workspace.counts()
    finally:
        ws.close()
    _as_format_2(path)
    with sqlite3.connect(path) as conn:
        columns = {c[1] for c in conn.execute("PRAGMA table_info(persona)")}
    assert "version" not in columns

    ws = Workspace.open(path)
    try:
        assert ws.schema_version() == migrate.SCHEMA_VERSION == 4
        services = Services.bind(ws)
        assert services.workspace.counts() == counts
        again = dump(ws)
        again["exported_at"] = content["exported_at"]
        assert again == content  # nothing lost, nothing changed but the new column
        assert all(versions == {1} for versions in _versions(path).values() if versions)
        assert services.personas.get(pid).version == 1
        # The ORM checks and counts from there.
        services.personas.update(pid, quote="Edited after")
        assert services.personas.get(pid).version == 2
    finally:
        ws.close()
    assert any(b.reason == "before-migration" for b in backup.list_backups(path))


def test_versions_do_not_travel_in_a_dump_and_a_load_counts_the_rows_it_changes(
    tmp_path: Path,
) -> None:
    source = Workspace.create(tmp_path / "source.pbw")
    target = Workspace.create(tmp_path / "target.pbw")
    try:
        out, into = Services.bind(source), Services.bind(target)
        pid = out.personas.create(PersonaData(name="Maria", quote="One")).id
        for quote in ("Two", "Three"):
            out.personas.update(pid, quote=quote)
        document = dump(source)
        assert all(
            "version" not in row
            for part in document.values()
            if isinstance(part, list)
            for row in part
        )

        load(target, document)
        assert into.personas.get(pid).version == 1  # a new row starts its own count
        load(target, document)
        assert into.personas.get(pid).version == 1  # an equal row is left alone

        out.personas.update(pid, quote="Four")
        seen = into.personas.get(pid)
        load(target, dump(source))
        now = into.personas.get(pid)
        # A colleague editing the row as it was before the load sees it changed.
        assert (now.data.quote, now.version) == ("Four", seen.version + 1)
    finally:
        target.close()
        source.close()


def test_a_format_2_team_workspace_is_upgraded_with_version_1_on_every_row(pg_url: str) -> None:
    team = create_workspace(
        pg_url, populate=lambda w: build_demo(Services.bind(w), "en", today=DEMO_DAY)
    )
    try:
        content = dump(team)
    finally:
        team.close()
    with psycopg.connect(pg_url) as conn:
        for table in sorted(VERSIONED):
            conn.execute(f"ALTER TABLE {table} DROP COLUMN version")
        conn.execute("UPDATE alembic_version SET version_num = '0002'")

    assert TeamWorkspace.upgrade(pg_url) == (2, migrate.SCHEMA_VERSION)
    with psycopg.connect(pg_url) as conn:
        for table in sorted(VERSIONED):
            found = conn.execute(f"SELECT DISTINCT version FROM {table}").fetchall()
            assert found in ([], [(1,)]), table
    team = open_workspace(pg_url)
    try:
        again = dump(team)
        again["exported_at"] = content["exported_at"]
        assert again == content
        services = Services.bind(team)
        pid = services.listing.personas()[0].id
        services.personas.update(pid, quote="Edited on the server")
        assert services.personas.get(pid).version == 2
    finally:
        team.close()
