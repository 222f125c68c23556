"""Alembic migrations build exactly the schema the model declares, and opening migrates safely."""

import sqlite3
import struct
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, ForeignKeyConstraint, create_engine, inspect
from sqlalchemy.pool import NullPool

from personabuilder.model import metadata
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneySpec, PersonaData, StageSpec
from personabuilder.store import (
    CorruptWorkspaceError,
    ReadOnlyLocationError,
    Workspace,
    backup,
    migrate,
    sqlite,
)


def _engine(path: Path) -> Engine:
    return create_engine(f"sqlite:///{path}", poolclass=NullPool)


@pytest.fixture
def migrated(tmp_path: Path) -> Path:
    """An empty SQLite file brought to the head revision by store.migrate."""
    path = tmp_path / "migrated.sqlite"
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrate.upgrade(conn)
    finally:
        conn.close()
    return path


@pytest.fixture
def declared(tmp_path: Path) -> Path:
    """The schema built straight from the model's metadata, for comparison."""
    path = tmp_path / "declared.sqlite"
    engine = _engine(path)
    metadata.create_all(engine)
    engine.dispose()
    return path


def _schema(path: Path) -> dict[str, dict[str, Any]]:
    """Everything the inspector reports about every table but Alembic's own."""
    engine = _engine(path)
    try:
        insp = inspect(engine)
        out: dict[str, dict[str, Any]] = {}
        for table in insp.get_table_names():
            if table == "alembic_version":
                continue
            out[table] = {
                "columns": [
                    (c["name"], str(c["type"]), c["nullable"], c["primary_key"])
                    for c in insp.get_columns(table)
                ],
                "pk": insp.get_pk_constraint(table),
                "fks": sorted(
                    (
                        fk["name"],
                        tuple(fk["constrained_columns"]),
                        fk["referred_table"],
                        tuple(fk["referred_columns"]),
                        fk["options"].get("ondelete"),
                    )
                    for fk in insp.get_foreign_keys(table)
                ),
                "indexes": sorted(
                    (ix["name"], tuple(ix["column_names"]), bool(ix["unique"]))
                    for ix in insp.get_indexes(table)
                ),
                "uniques": sorted(
                    (uq["name"], tuple(uq["column_names"]))
                    for uq in insp.get_unique_constraints(table)
                ),
                "checks": sorted(
                    (ck["name"], " ".join(ck["sqltext"].split()))
                    for ck in insp.get_check_constraints(table)
                ),
            }
        return out
    finally:
        engine.dispose()


class TestUpgradeFromEmpty:
    def test_tables_and_columns_match_the_model(self, migrated: Path) -> None:
        engine = _engine(migrated)
        try:
            insp = inspect(engine)
            tables = set(insp.get_table_names())
            assert tables == set(metadata.tables) | {"alembic_version"}
            for name, table in metadata.tables.items():
                columns = [c["name"] for c in insp.get_columns(name)]
                assert columns == [c.name for c in table.columns], name
                nullable = {c["name"]: c["nullable"] for c in insp.get_columns(name)}
                assert nullable == {c.name: c.nullable for c in table.columns}, name
        finally:
            engine.dispose()

    def test_every_foreign_key_exists_with_its_ondelete(self, migrated: Path) -> None:
        engine = _engine(migrated)
        try:
            insp = inspect(engine)
            expected_count = 0
            for name, table in metadata.tables.items():
                found = {
                    (
                        tuple(fk["constrained_columns"]),
                        fk["referred_table"],
                        tuple(fk["referred_columns"]),
                        (fk["options"].get("ondelete") or "").upper(),
                    )
                    for fk in insp.get_foreign_keys(name)
                }
                for constraint in table.constraints:
                    if not isinstance(constraint, ForeignKeyConstraint):
                        continue
                    expected_count += 1
                    assert (constraint.ondelete or "").upper() in ("CASCADE", "SET NULL")
                    key = (
                        tuple(constraint.column_keys),
                        constraint.referred_table.name,
                        tuple(el.column.name for el in constraint.elements),
                        (constraint.ondelete or "").upper(),
                    )
                    assert key in found, (name, key, found)
            assert expected_count == 15
        finally:
            engine.dispose()

    def test_same_schema_as_create_all(self, migrated: Path, declared: Path) -> None:
        assert _schema(migrated) == _schema(declared)

    def test_autogenerate_finds_no_difference(self, migrated: Path) -> None:
        engine = _engine(migrated)
        try:
            with engine.connect() as conn:
                context = MigrationContext.configure(
                    conn,
                    opts={"compare_type": True, "target_metadata": metadata},
                )
                assert compare_metadata(context, metadata) == []
        finally:
            engine.dispose()

    def test_version_markers(self, migrated: Path) -> None:
        conn = sqlite3.connect(migrated)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (migrate.HEAD_REVISION,)
            ]
            assert conn.execute("PRAGMA user_version").fetchone() == (migrate.SCHEMA_VERSION,)
            assert conn.execute("PRAGMA application_id").fetchone() == (sqlite.APPLICATION_ID,)
        finally:
            conn.close()
        assert int(migrate.HEAD_REVISION) == migrate.SCHEMA_VERSION

    def test_foreign_keys_are_back_on_afterwards(self, tmp_path: Path) -> None:
        conn = sqlite3.connect(tmp_path / "fk.sqlite", isolation_level=None)
        try:
            conn.execute("PRAGMA foreign_keys=ON")
            migrate.upgrade(conn)
            assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
            assert not conn.in_transaction
        finally:
            conn.close()

    def test_running_it_again_changes_nothing(self, migrated: Path) -> None:
        before = _schema(migrated)
        conn = sqlite3.connect(migrated, isolation_level=None)
        try:
            migrate.upgrade(conn)
            assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)
        finally:
            conn.close()
        assert _schema(migrated) == before

    def test_broken_references_roll_the_whole_migration_back(self, tmp_path: Path) -> None:
        path = tmp_path / "dangling.sqlite"
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            # A reference to nothing, written while foreign keys are off, must stop the run.
            conn.execute("CREATE TABLE owner (id INTEGER PRIMARY KEY)")
            conn.execute("CREATE TABLE pet (id INTEGER PRIMARY KEY, owner_id REFERENCES owner(id))")
            conn.execute("INSERT INTO pet (owner_id) VALUES (42)")
            with pytest.raises(migrate.MigrationError):
                migrate.upgrade(conn)
            tables = {
                r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            assert tables == {"owner", "pet"}
            assert conn.execute("PRAGMA user_version").fetchone() == (0,)
            assert conn.execute("PRAGMA application_id").fetchone() == (0,)
            assert conn.execute("PRAGMA foreign_keys").fetchone() == (1,)
            assert not conn.in_transaction
        finally:
            conn.close()


def _set_user_version(path: Path, version: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[60:64] = struct.pack(">i", version)
    path.write_bytes(bytes(raw))


def _populated(path: Path) -> dict[str, int]:
    ws = Workspace.create(path)
    try:
        services = Services.bind(ws)
        person = services.personas.create(PersonaData(name="Migrated Maria"))
        services.journeys.create(
            JourneySpec(
                title="Trial",
                persona_ids=(person.id,),
                stages=(StageSpec("Sign up"), StageSpec("Use", loop_to=0)),
                emotions={(0, person.id): (1, 2)},
            )
        )
        return services.workspace.counts()
    finally:
        ws.close()


def _format_1_file(path: Path) -> None:
    """A workspace as the first release wrote it, with a persona linked to a journey."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        migrate.upgrade(conn, "0001")
        pid, jid, sid = "a" * 32, "b" * 32, "c" * 32
        now = "2026-01-01 10:00:00.000000"
        conn.execute(
            "INSERT INTO persona (id, position, archetype, custom_archetype, name, job_title,"
            " company, company_size, industry, age_band, location, quote, bio, goals,"
            " pain_points, motivations, objections, decision_criteria, channels, tools, tags,"
            " tech_savviness, influence, photo, photo_mime, created_at, updated_at) VALUES"
            " (?, 1, 'custom', '', 'Jérôme', '', '', '', '', '', '', '', '', ?, '[]', '[]',"
            " '[]', '[]', '[]', '[]', '[]', 3, 3, NULL, '', ?, ?)",
            (pid, '["Pr\\u00e9parer la r\\u00e9union"]', now, now),
        )
        conn.execute(
            "INSERT INTO journey_map (id, position, title, description, created_at, updated_at)"
            " VALUES (?, 1, 'Map', '', ?, ?)",
            (jid, now, now),
        )
        conn.execute(
            "INSERT INTO stage (id, journey_id, position, name, description, colour, loop_to_id)"
            " VALUES (?, ?, 0, 'Stage', '', '', NULL)",
            (sid, jid),
        )
        conn.execute("INSERT INTO journey_persona VALUES (?, ?, 0)", (jid, pid))
        conn.execute("INSERT INTO emotion_score VALUES (?, ?, 1, 2)", (sid, pid))
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


class TestOpenOlderFiles:
    def test_user_version_zero_means_never_fully_created(self, tmp_path: Path) -> None:
        path = tmp_path / "zero.pbw"
        Workspace.create(path).close()
        _set_user_version(path, 0)
        before = path.read_bytes()
        with pytest.raises(CorruptWorkspaceError) as info:
            Workspace.open(path)
        assert "zero.pbw" in str(info.value)
        assert "never fully created" in str(info.value)
        assert path.read_bytes() == before
        assert backup.list_backups(path) == []

    def test_a_format_1_file_is_backed_up_then_migrated_without_losing_children(
        self, tmp_path: Path
    ) -> None:
        path = tmp_path / "older.pbw"
        _format_1_file(path)
        assert backup.list_backups(path) == []

        ws = Workspace.open(path)
        try:
            assert ws.schema_version() == migrate.SCHEMA_VERSION
            counts = Services.bind(ws).workspace.counts()
            # Rebuilding the persona table must not cascade-delete links or scores.
            assert (counts["journey_personas"], counts["emotion_scores"]) == (1, 1)
            services = Services.bind(ws)
            assert [p.name for p in services.listing.personas(search="jerome")] == ["Jérôme"]
            assert [p.name for p in services.listing.personas(search="reunion")] == ["Jérôme"]
            with ws.reading() as s:
                assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        finally:
            ws.close()

        saved = next(b for b in backup.list_backups(path) if b.reason == "before-migration")
        header = saved.path.read_bytes()[:100]
        # The backup holds the file as it was, at the old format.
        assert struct.unpack(">i", header[60:64])[0] == 1
        conn = sqlite3.connect(f"file:{saved.path}?mode=ro", uri=True)
        try:
            assert conn.execute("SELECT name FROM persona").fetchall() == [("Jérôme",)]
        finally:
            conn.close()

    def test_older_file_cannot_be_opened_read_only(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "older-ro.pbw"
        Workspace.create(path).close()
        before = path.read_bytes()
        monkeypatch.setattr(migrate, "SCHEMA_VERSION", migrate.SCHEMA_VERSION + 1)
        with pytest.raises(ReadOnlyLocationError) as info:
            Workspace.open(path, read_only=True)
        assert "older-ro.pbw" in str(info.value)
        assert path.read_bytes() == before
