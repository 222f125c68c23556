"""Backups and Save a Copy: SQLite's backup API, rotation, the daily backup on open."""

import sqlite3
import struct
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from personabuilder.services import Services
from personabuilder.services.readmodels import JourneySpec, PersonaData, StageSpec
from personabuilder.store import NotAWorkspaceError, Workspace, WorkspaceError, backup


def _fill(services: Services, count: int = 5) -> None:
    services.personas.create_many([PersonaData(name=f"Person {i}") for i in range(count)])
    first = services.listing.personas()[0]
    services.journeys.create(
        JourneySpec(
            title="Onboarding",
            persona_ids=(first.id,),
            stages=(StageSpec("Sign up"), StageSpec("Activate")),
            emotions={(0, first.id): (-1, 1), (1, first.id): (2, None)},
        )
    )


def _journal_mode_byte(path: Path) -> int:
    """Byte 18 of the header: 1 for rollback journal (DELETE), 2 for WAL."""
    return path.read_bytes()[18]


def _counts_of(path: Path) -> dict[str, int]:
    ws = Workspace.open(path, read_only=True)
    try:
        return Services.bind(ws).workspace.counts()
    finally:
        ws.close()


@pytest.fixture
def filled(workspace: Workspace) -> Workspace:
    _fill(Services.bind(workspace))
    return workspace


class TestMakeBackup:
    def test_self_contained_copy(self, filled: Workspace, data_dir: Path) -> None:
        counts = Services.bind(filled).workspace.counts()
        info = backup.make_backup(filled.path, "manual")
        assert info.reason == "manual"
        assert info.path.is_file()
        assert info.path.parent == backup.backup_folder(filled.path)
        assert info.path.is_relative_to(data_dir / "backups")
        assert not Path(f"{info.path}-wal").exists()
        assert not Path(f"{info.path}-shm").exists()
        assert _journal_mode_byte(info.path) == 1
        assert not list(info.path.parent.glob("*.part"))
        assert _counts_of(info.path) == counts

    def test_listed_with_its_reason_and_time(self, filled: Workspace) -> None:
        before = datetime.now(UTC)
        info = backup.make_backup(filled.path, "manual")
        listed = backup.list_backups(filled.path)
        assert [b.path for b in listed] == [info.path]
        assert listed[0].reason == "manual"
        assert listed[0].created_at == info.created_at
        assert before - timedelta(seconds=1) <= info.created_at <= datetime.now(UTC)

    def test_rotation_keeps_the_newest(self, filled: Workspace) -> None:
        made = [backup.make_backup(filled.path, "manual", keep=3) for _ in range(5)]
        kept = backup.list_backups(filled.path)
        assert [b.path for b in kept] == [b.path for b in reversed(made[-3:])]
        for old in made[:2]:
            assert not old.path.exists()
        assert sorted(p.name for p in backup.backup_folder(filled.path).iterdir()) == sorted(
            b.path.name for b in kept
        )

    def test_list_is_newest_first_and_ignores_strangers(self, filled: Workspace) -> None:
        made = [backup.make_backup(filled.path, reason) for reason in ("daily", "manual", "x")]
        folder = backup.backup_folder(filled.path)
        (folder / "holiday photo.pbw").write_bytes(b"not ours")
        (folder / "notes.txt").write_text("ignore me", encoding="utf-8")
        listed = backup.list_backups(filled.path)
        assert [b.path for b in listed] == [b.path for b in reversed(made)]
        stamps = [b.created_at for b in listed]
        assert stamps == sorted(stamps, reverse=True)
        assert len(set(stamps)) == len(stamps)

    def test_no_backups_yet(self, tmp_path: Path) -> None:
        assert backup.list_backups(tmp_path / "never.pbw") == []

    def test_folders_differ_for_same_named_workspaces(self, tmp_path: Path) -> None:
        a = backup.backup_folder(tmp_path / "one" / "plan.pbw")
        b = backup.backup_folder(tmp_path / "two" / "plan.pbw")
        assert a != b
        assert a.name.startswith("plan-")
        assert b.name.startswith("plan-")


class TestDailyBackup:
    def test_due_without_backups(self, workspace: Workspace) -> None:
        assert backup.daily_backup_due(workspace.path)

    def test_not_due_right_after_one_and_due_a_day_later(self, workspace: Workspace) -> None:
        info = backup.make_backup(workspace.path, "manual")
        assert not backup.daily_backup_due(workspace.path)
        later = info.created_at + timedelta(hours=23)
        assert not backup.daily_backup_due(workspace.path, now=later)
        day_later = info.created_at + timedelta(days=1)
        assert backup.daily_backup_due(workspace.path, now=day_later)

    def test_open_makes_one_daily_backup_a_day(self, tmp_path: Path) -> None:
        path = tmp_path / "daily.pbw"
        Workspace.create(path).close()
        assert backup.list_backups(path) == []
        Workspace.open(path).close()
        first = backup.list_backups(path)
        assert [b.reason for b in first] == ["daily"]
        Workspace.open(path).close()
        assert backup.list_backups(path) == first

    def test_read_only_or_opted_out_opens_make_none(self, tmp_path: Path) -> None:
        path = tmp_path / "quiet.pbw"
        Workspace.create(path).close()
        Workspace.open(path, read_only=True).close()
        Workspace.open(path, daily_backup=False).close()
        assert backup.list_backups(path) == []

    def test_backup_if_due(self, workspace: Workspace) -> None:
        made = workspace.backup_if_due()
        assert made is not None
        assert made.reason == "daily"
        assert workspace.backup_if_due() is None


@pytest.fixture
def wal_held_open(filled: Workspace) -> Iterator[sqlite3.Connection]:
    """Keeps one extra reader so committed pages stay in the -wal file, not folded back."""
    keeper = sqlite3.connect(filled.path)
    keeper.execute("SELECT count(*) FROM sqlite_master").fetchall()
    yield keeper
    keeper.close()


class TestSaveCopy:
    @pytest.mark.usefixtures("wal_held_open")
    def test_copy_includes_what_is_still_in_the_wal(
        self, filled: Workspace, tmp_path: Path
    ) -> None:
        services = Services.bind(filled)
        services.personas.create(PersonaData(name="Written last"))
        services.workspace.set_setting("language", "fr")
        wal = Path(f"{filled.path}-wal")
        assert wal.exists()
        assert wal.stat().st_size > 0
        counts = services.workspace.counts()

        dest = tmp_path / "copies" / "copy.pbw"
        filled.save_copy(dest)
        assert not Path(f"{dest}-wal").exists()
        assert _journal_mode_byte(dest) == 1
        assert _counts_of(dest) == counts
        copy = Workspace.open(dest, read_only=True)
        try:
            copied = Services.bind(copy)
            assert "Written last" in [p.name for p in copied.listing.personas()]
            assert copied.workspace.setting("language") == "fr"
            assert copy.integrity_check() == "ok"
        finally:
            copy.close()

    def test_copy_leaves_out_an_open_write(self, filled: Workspace, tmp_path: Path) -> None:
        writer = sqlite3.connect(filled.path, isolation_level=None)
        try:
            writer.execute("BEGIN IMMEDIATE")
            writer.execute("INSERT INTO workspace_setting (key, value) VALUES ('draft', 'yes')")
            dest = tmp_path / "during-write.pbw"
            filled.save_copy(dest)
            writer.execute("COMMIT")
        finally:
            writer.close()
        copy = Workspace.open(dest, read_only=True)
        try:
            assert Services.bind(copy).workspace.setting("draft", "absent") == "absent"
        finally:
            copy.close()
        assert Services.bind(filled).workspace.setting("draft") == "yes"

    def test_refuses_the_workspace_itself(self, filled: Workspace) -> None:
        before = filled.path.read_bytes()
        with pytest.raises(WorkspaceError):
            filled.save_copy(filled.path)
        (filled.path.parent / "sub").mkdir()
        link = filled.path.parent / "link.pbw"
        link.symlink_to(filled.path)
        for other_spelling in (filled.path.parent / "sub" / ".." / filled.path.name, link):
            with pytest.raises(WorkspaceError) as info:
                filled.save_copy(other_spelling)
            assert "open workspace" in str(info.value)
        assert filled.path.read_bytes() == before
        assert Services.bind(filled).workspace.counts()["personas"] == 5

    def test_refuses_to_replace_a_foreign_file(self, filled: Workspace, tmp_path: Path) -> None:
        dest = tmp_path / "thesis.pbw"
        dest.write_text("chapter one", encoding="utf-8")
        with pytest.raises(NotAWorkspaceError):
            filled.save_copy(dest)
        assert dest.read_text(encoding="utf-8") == "chapter one"

    def test_replaces_an_older_copy(self, filled: Workspace, tmp_path: Path) -> None:
        dest = tmp_path / "again.pbw"
        filled.save_copy(dest)
        Services.bind(filled).personas.create(PersonaData(name="Added later"))
        filled.save_copy(dest)
        assert _counts_of(dest)["personas"] == 6
        assert sorted(p.name for p in tmp_path.iterdir() if "again" in p.name) == ["again.pbw"]

    def test_copy_keeps_the_header(self, filled: Workspace, tmp_path: Path) -> None:
        dest = tmp_path / "header.pbw"
        filled.save_copy(dest)
        src, out = filled.path.read_bytes()[:100], dest.read_bytes()[:100]
        assert struct.unpack(">i", out[60:64]) == struct.unpack(">i", src[60:64])
        assert struct.unpack(">i", out[68:72]) == struct.unpack(">i", src[68:72])
