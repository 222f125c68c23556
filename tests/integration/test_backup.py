"""Backups and Save a Copy: SQLite's backup API, rotation, the daily backup on open."""

import os
import signal
import sqlite3
import struct
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from personabuilder.services import Services
from personabuilder.services.readmodels import JourneySpec, PersonaData, StageSpec
from personabuilder.store import NotAWorkspaceError, Workspace, WorkspaceError, backup
from personabuilder.store.restore import restore_from_backup


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


# Backups that are there when needed ----------------------------------------------------


def _restored_names(path: Path) -> list[str]:
    ws = Workspace.open(path, read_only=True, daily_backup=False)
    try:
        return [p.name for p in Services.bind(ws).listing.personas()]
    finally:
        ws.close()


class TestRotation:
    def test_restoring_the_oldest_backup_keeps_it(self, tmp_path: Path) -> None:
        path = tmp_path / "full.pbw"
        Workspace.create(path).close()
        oldest = None
        for i in range(backup.retention()):
            ws = Workspace.open(path, daily_backup=False)
            try:
                Services.bind(ws).personas.create(PersonaData(name=f"Version {i}"))
            finally:
                ws.close()
            made = backup.make_backup(path, "before-import")
            oldest = oldest or made
        assert oldest is not None
        assert len(backup.list_backups(path)) == backup.retention()
        assert backup.list_backups(path)[-1].path == oldest.path

        outcome = restore_from_backup(path, oldest.path)

        assert _restored_names(path) == ["Version 0"]
        assert oldest.path.is_file()
        assert outcome.saved is not None
        listed = [b.path for b in backup.list_backups(path)]
        assert oldest.path in listed
        assert outcome.saved in listed
        assert _restored_names(outcome.saved) == [f"Version {i}" for i in range(backup.retention())]

    def test_before_migration_backups_rotate_apart(self, filled: Workspace) -> None:
        from personabuilder.services.backups import backup_before_import

        migration = backup.make_backup(filled.path, "before-migration")
        for _ in range(backup.retention() + 3):
            backup_before_import(filled.path)
        backup.make_backup(filled.path, "daily")
        reasons = [b.reason for b in backup.list_backups(filled.path)]
        assert migration.path.is_file()
        assert reasons.count("before-migration") == 1
        assert len(reasons) == backup.retention() + 1
        # The before-migration backups keep their own number.
        for _ in range(backup.retention() + 1):
            backup.make_backup(filled.path, "before-migration")
        reasons = [b.reason for b in backup.list_backups(filled.path)]
        assert reasons.count("before-migration") == backup.retention()
        assert not migration.path.exists()
        assert len(reasons) == 2 * backup.retention()


def _big_workspace(path: Path, megabytes: int) -> Path:
    Workspace.create(path).close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("CREATE TABLE filler (data BLOB)")
        conn.executemany("INSERT INTO filler VALUES (randomblob(1048576))", [()] * megabytes)
        conn.commit()
    finally:
        conn.close()
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def _age(paths: list[Path]) -> None:
    """Makes files look untouched for longer than a backup may pause."""
    past = time.time() - backup.LEFTOVER_AGE.total_seconds() - 60
    for p in paths:
        os.utime(p, (past, past))


_CHILD_BACKUP = """
import sys
from pathlib import Path
from personabuilder.store.backup import make_backup
make_backup(Path(sys.argv[1]), "manual")
"""

# A backup that stops just before its temporary file becomes the backup, until told to go.
_PAUSED_BACKUP = """
import os, sys, time
from pathlib import Path
from personabuilder.store import backup

class _PausingOs:
    def __getattr__(self, name):
        return getattr(os, name)

    def replace(self, src, dest):
        Path(sys.argv[2]).touch()
        while not Path(sys.argv[3]).exists():
            time.sleep(0.01)
        os.replace(src, dest)

backup.os = _PausingOs()
backup.make_backup(Path(sys.argv[1]), "manual")
"""


def _python(code: str, *args: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-c", code, *map(str, args)],
        cwd=Path(__file__).resolve().parents[2],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _wait_for(check: Any, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.002)


class TestLeftovers:
    def test_a_killed_backup_is_cleaned_up_by_the_next(self, tmp_path: Path) -> None:
        path = _big_workspace(tmp_path / "big.pbw", 120)
        folder = backup.backup_folder(path)
        child = _python(_CHILD_BACKUP, path)
        try:
            _wait_for(
                lambda: (
                    (folder.is_dir() and any(folder.glob(".*.part*"))) or child.poll() is not None
                ),
                "the backup to start",
            )
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL, "the backup ended before it was killed"
        left = [folder / name for name in _leftovers(folder)]
        assert left, "the killed backup left nothing behind"
        assert all(".pbw.part" in p.name for p in left)
        assert backup.list_backups(path) == []

        # Fresh leftovers stay a while (a writer that takes no lock may still own them).
        backup.make_backup(path, "manual")
        assert [p for p in left if p.exists()] == left
        _age(left)
        made = backup.make_backup(path, "manual")
        assert _leftovers(folder) == []
        assert len(backup.list_backups(path)) == 2
        assert backup.backup_counts(made.path) is not None

    def test_leftovers_of_every_kind_are_removed(self, filled: Workspace) -> None:
        folder = backup.backup_folder(filled.path)
        folder.mkdir(parents=True)
        names = [
            f".empty--20260101T000000000000Z--daily.pbw{tail}"
            for tail in (".part", ".part-journal", ".part-wal", ".part-shm")
        ]
        for name in names:
            (folder / name).write_bytes(b"\0" * 4096)
        strangers = [folder / "notes.txt", folder / ".hidden.pbw", folder / "keep.pbw-journal"]
        for stranger in strangers:
            stranger.write_bytes(b"mine")
        _age([folder / n for n in names] + strangers)
        backup.make_backup(filled.path, "manual")
        assert _leftovers(folder) == [".hidden.pbw"]
        assert all(s.exists() for s in strangers)

    def test_a_running_backup_in_another_process_is_left_alone(
        self, filled: Workspace, tmp_path: Path
    ) -> None:
        folder = backup.backup_folder(filled.path)
        ready, go = tmp_path / "ready", tmp_path / "go"
        child = _python(_PAUSED_BACKUP, filled.path, ready, go)
        try:
            _wait_for(lambda: ready.exists() or child.poll() is not None, "the paused backup")
            assert child.poll() is None, child.stderr.read() if child.stderr else ""
            running = [folder / name for name in _leftovers(folder)]
            assert [p.name for p in running if p.name.endswith(".part")], running
            # Even when it looks old (a slow disk), the running writer's file stays.
            _age(running)
            backup.make_backup(filled.path, "daily")
            assert all(p.exists() for p in running)
        finally:
            go.touch()
            _, err = child.communicate(timeout=60)
        assert child.returncode == 0, err
        assert _leftovers(folder) == []
        assert sorted(b.reason for b in backup.list_backups(filled.path)) == ["daily", "manual"]


class TestNames:
    @pytest.mark.parametrize(
        "stem",
        ["a" * 245, "日本語の長い名前" * 30, "é" * 120 + "x", "Ω" + "🙂" * 60],
        ids=["ascii", "japanese", "accents", "emoji"],
    )
    def test_long_workspace_names_fit_the_file_name_limit(self, tmp_path: Path, stem: str) -> None:
        raw = stem.encode("utf-8")
        # About the longest workspace name that works at all: SQLite puts "-journal" and
        # "-wal" files beside it, whose names must fit in 255 bytes too.
        while len(raw) + len(".pbw") > 230:
            raw = raw[:-1]
        name = raw.decode("utf-8", "ignore") + ".pbw"
        path = tmp_path / name
        Workspace.create(path).close()
        for reason in ("before-migration", "before-import", "daily", "before-restore"):
            info = backup.make_backup(path, reason)
            assert len(info.path.name.encode("utf-8")) <= 255
            assert len(info.path.parent.name.encode("utf-8")) <= 255
            # Room for SQLite's journal beside the temporary file.
            assert len(f".{info.path.name}.part-journal".encode()) <= 255
        listed = backup.list_backups(path)
        assert len(listed) == 4
        assert {b.reason for b in listed} == {
            "before-migration",
            "before-import",
            "daily",
            "before-restore",
        }
        outcome = restore_from_backup(path, listed[-1].path)
        assert outcome.saved is not None
        assert outcome.saved.is_file()

    def test_a_copy_to_a_long_name_is_built_under_a_short_one(
        self, filled: Workspace, tmp_path: Path
    ) -> None:
        dest = tmp_path / ("é" * 120 + "s.pbw")
        assert len(f".{dest.name}.part-journal".encode()) > 255
        filled.save_copy(dest)
        assert _counts_of(dest) == Services.bind(filled).workspace.counts()
        assert [
            p.name
            for p in tmp_path.iterdir()
            if p.name != filled.path.name and not p.name.startswith(filled.path.name)
        ] == [dest.name]

    def test_two_long_names_that_share_a_start_get_their_own_folders(self, tmp_path: Path) -> None:
        a = tmp_path / ("ü" * 100 + "one.pbw")
        b = tmp_path / ("ü" * 100 + "two.pbw")
        assert backup.backup_folder(a) != backup.backup_folder(b)


class TestRestoreThroughALink:
    def test_the_file_the_link_points_to_is_restored(
        self, filled: Workspace, tmp_path: Path
    ) -> None:
        saved = backup.make_backup(filled.path, "manual")
        Services.bind(filled).personas.create(PersonaData(name="After the backup"))
        filled.close()
        link = tmp_path / "elsewhere" / "shortcut.pbw"
        link.parent.mkdir()
        link.symlink_to(filled.path)

        outcome = restore_from_backup(link, saved.path)

        assert link.is_symlink()
        assert link.resolve() == filled.path.resolve()
        assert outcome.restored == filled.path.resolve()
        assert "After the backup" not in _restored_names(filled.path)
        assert len(_restored_names(filled.path)) == 5
        assert outcome.saved is not None
        assert "After the backup" in _restored_names(outcome.saved)
        assert sorted(p.name for p in link.parent.iterdir()) == ["shortcut.pbw"]
        assert not list(filled.path.parent.glob(".*restoring*"))

    def test_a_link_to_the_backup_itself_is_refused(
        self, filled: Workspace, tmp_path: Path
    ) -> None:
        saved = backup.make_backup(filled.path, "manual")
        link = tmp_path / "to-backup.pbw"
        link.symlink_to(saved.path)
        before = saved.path.read_bytes()
        with pytest.raises(WorkspaceError, match="itself"):
            restore_from_backup(link, saved.path)
        assert saved.path.read_bytes() == before
