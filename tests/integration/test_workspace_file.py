"""The workspace file on disk: pragmas, header, atomic creation, and files we must refuse."""

import os
import random
import shutil
import sqlite3
import stat
import struct
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import text

from personabuilder.services import Services
from personabuilder.services.readmodels import PersonaData
from personabuilder.store import (
    AccessDeniedError,
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    OutdatedSchemaError,
    ReadOnlyLocationError,
    Workspace,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceInUseError,
    WorkspaceNotFoundError,
    migrate,
    sqlite,
)
from personabuilder.store.workspace import classify
from tests.integration.test_migrations import _format_1_file
from tests.processes import held_by_another_process

PRAGMAS = {"foreign_keys": 1, "journal_mode": "wal", "synchronous": 2}


def _pragma(ws: Workspace, name: str, *, write: bool = False) -> object:
    opener = ws.transaction if write else ws.reading
    with opener() as s:
        return s.connection().exec_driver_sql(f"PRAGMA {name}").scalar()


def _header_ints(path: Path) -> tuple[int, int]:
    """(user_version, application_id) straight from the header bytes."""
    raw = path.read_bytes()[:100]
    return struct.unpack(">i", raw[60:64])[0], struct.unpack(">i", raw[68:72])[0]


def _assert_connection_rules(ws: Workspace) -> None:
    # Each session takes a fresh connection (NullPool), so checking several proves "every".
    for write in (False, True, False):
        for name, expected in PRAGMAS.items():
            assert _pragma(ws, name, write=write) == expected, name
        timeout = _pragma(ws, "busy_timeout", write=write)
        assert isinstance(timeout, int)
        assert timeout > 0


def _sidecars(path: Path) -> list[Path]:
    return [p for p in (Path(f"{path}-wal"), Path(f"{path}-shm")) if p.exists()]


def _assert_refused(
    path: Path, error: type[WorkspaceError] | tuple[type[WorkspaceError], ...]
) -> None:
    """Opening ``path`` fails with ``error``, names the file and leaves it untouched."""
    before = path.read_bytes() if path.is_file() else None
    neighbours = sorted(p.name for p in path.parent.iterdir())
    # Read-write first: that is how the app opens files, and it must leave no -wal/-shm.
    # A read-only SQLite connection on a WAL-mode file cannot remove the empty -wal/-shm
    # it creates, so after the read-only attempt only the database bytes are compared.
    for read_only in (False, True):
        with pytest.raises(WorkspaceError) as info:
            Workspace.open(path, read_only=read_only)
        assert isinstance(info.value, error), repr(info.value)
        assert path.name in str(info.value)
        assert info.value.path == path
        if before is not None:
            assert path.read_bytes() == before
        if not read_only:
            assert _sidecars(path) == []
            assert sorted(p.name for p in path.parent.iterdir()) == neighbours


def _fill(ws: Workspace) -> None:
    people = [
        PersonaData(name=f"Persona {i}", bio=f"Biography number {i}. " * 40, goals=("a", "b"))
        for i in range(400)
    ]
    Services.bind(ws).personas.create_many(people)


@pytest.fixture(scope="module")
def big_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A closed workspace spread over many pages; copy it before damaging it."""
    path = tmp_path_factory.mktemp("big") / "big.pbw"
    Workspace.create(path, populate=_fill).close()
    return path


@pytest.fixture
def big_copy(big_file: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "damaged"
    folder.mkdir()
    copy = folder / "big.pbw"
    copy.write_bytes(big_file.read_bytes())
    return copy


class TestConnectionRules:
    def test_after_create(self, tmp_path: Path) -> None:
        ws = Workspace.create(tmp_path / "new.pbw")
        try:
            _assert_connection_rules(ws)
        finally:
            ws.close()

    def test_after_open(self, tmp_path: Path) -> None:
        path = tmp_path / "reopened.pbw"
        Workspace.create(path).close()
        ws = Workspace.open(path)
        try:
            _assert_connection_rules(ws)
        finally:
            ws.close()

    def test_read_only_open_still_enforces_foreign_keys(self, tmp_path: Path) -> None:
        path = tmp_path / "ro.pbw"
        Workspace.create(path).close()
        ws = Workspace.open(path, read_only=True)
        try:
            assert _pragma(ws, "foreign_keys") == 1
            assert _pragma(ws, "synchronous") == 2
            with pytest.raises(ReadOnlyLocationError), ws.transaction():
                pass
        finally:
            ws.close()

    def test_header_identifies_the_file(self, workspace: Workspace) -> None:
        user_version, application_id = _header_ints(workspace.path)
        assert application_id == sqlite.APPLICATION_ID
        assert user_version == migrate.SCHEMA_VERSION
        assert workspace.schema_version() == migrate.SCHEMA_VERSION
        with workspace.reading() as s:
            conn = s.connection()
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == sqlite.APPLICATION_ID
            assert conn.exec_driver_sql("PRAGMA user_version").scalar() == migrate.SCHEMA_VERSION

    def test_new_workspace_passes_the_integrity_check(self, workspace: Workspace) -> None:
        assert workspace.integrity_check() == "ok"

    def test_close_folds_the_wal_back(self, tmp_path: Path) -> None:
        path = tmp_path / "closed.pbw"
        ws = Workspace.create(path)
        Services.bind(ws).personas.create(PersonaData(name="Kept"))
        ws.close()
        assert _sidecars(path) == []
        reopened = Workspace.open(path, daily_backup=False)
        try:
            assert [p.name for p in Services.bind(reopened).listing.personas()] == ["Kept"]
        finally:
            reopened.close()


class TestCreate:
    def test_failed_populate_leaves_nothing(self, tmp_path: Path) -> None:
        folder = tmp_path / "atomic"
        folder.mkdir()
        path = folder / "half.pbw"

        def populate(ws: Workspace) -> None:
            Services.bind(ws).personas.create(PersonaData(name="Written before the failure"))
            raise RuntimeError("populate failed")

        with pytest.raises(RuntimeError, match="populate failed"):
            Workspace.create(path, populate=populate)
        assert not path.exists()
        assert list(folder.iterdir()) == []

    def test_populate_content_is_in_the_file(self, tmp_path: Path) -> None:
        path = tmp_path / "filled.pbw"

        def populate(building: Workspace) -> None:
            Services.bind(building).personas.create(PersonaData(name="Seed"))

        ws = Workspace.create(path, populate=populate)
        try:
            assert [p.name for p in Services.bind(ws).listing.personas()] == ["Seed"]
        finally:
            ws.close()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["filled.pbw"]

    def test_creates_missing_folders(self, tmp_path: Path) -> None:
        path = tmp_path / "a" / "b" / "deep.pbw"
        Workspace.create(path).close()
        assert _header_ints(path)[1] == sqlite.APPLICATION_ID

    def test_refuses_an_existing_workspace(self, tmp_path: Path) -> None:
        path = tmp_path / "there.pbw"
        Workspace.create(path).close()
        before = path.read_bytes()
        with pytest.raises(WorkspaceExistsError) as info:
            Workspace.create(path)
        assert path.name in str(info.value)
        assert path.read_bytes() == before

    def test_refuses_any_existing_file(self, tmp_path: Path) -> None:
        path = tmp_path / "notes.pbw"
        path.write_text("my notes", encoding="utf-8")
        with pytest.raises(WorkspaceExistsError):
            Workspace.create(path)
        assert path.read_text(encoding="utf-8") == "my notes"

    @pytest.mark.parametrize("kind", ["text", "other_sqlite"])
    def test_overwrite_refuses_to_replace_a_foreign_file(self, tmp_path: Path, kind: str) -> None:
        path = tmp_path / "foreign.pbw"
        if kind == "text":
            path.write_text("not a workspace at all\n" * 50, encoding="utf-8")
        else:
            _other_application_db(path)
        before = path.read_bytes()
        with pytest.raises(NotAWorkspaceError) as info:
            Workspace.create(path, overwrite=True)
        assert path.name in str(info.value)
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["foreign.pbw"]

    def test_overwrite_replaces_a_workspace(self, tmp_path: Path) -> None:
        path = tmp_path / "replace.pbw"
        old = Workspace.create(path)
        Services.bind(old).personas.create(PersonaData(name="Old"))
        old.close()
        new = Workspace.create(path, overwrite=True)
        try:
            assert Services.bind(new).listing.personas() == []
        finally:
            new.close()


def _other_application_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO note (body) VALUES (?)", [("hello",), ("world",)])
    conn.commit()
    conn.close()


class TestRefusedFiles:
    def test_text_file(self, tmp_path: Path) -> None:
        path = tmp_path / "readme.pbw"
        path.write_text("This is a text file, not a workspace.\n" * 10, encoding="utf-8")
        _assert_refused(path, NotAWorkspaceError)

    def test_empty_file(self, tmp_path: Path) -> None:
        path = tmp_path / "empty.pbw"
        path.touch()
        _assert_refused(path, NotAWorkspaceError)

    def test_random_bytes(self, tmp_path: Path) -> None:
        path = tmp_path / "noise.pbw"
        path.write_bytes(random.Random(1234).randbytes(16_384))
        _assert_refused(path, NotAWorkspaceError)

    def test_sqlite_magic_followed_by_noise(self, tmp_path: Path) -> None:
        path = tmp_path / "magic.pbw"
        path.write_bytes(sqlite.SQLITE_MAGIC + random.Random(99).randbytes(8_000))
        _assert_refused(path, (NotAWorkspaceError, CorruptWorkspaceError))

    def test_other_applications_database(self, tmp_path: Path) -> None:
        path = tmp_path / "other.pbw"
        _other_application_db(path)
        _assert_refused(path, NotAWorkspaceError)

    def test_newer_schema(self, tmp_path: Path) -> None:
        path = tmp_path / "future.pbw"
        Workspace.create(path).close()
        raw = bytearray(path.read_bytes())
        raw[60:64] = struct.pack(">i", 99)
        path.write_bytes(bytes(raw))
        _assert_refused(path, NewerSchemaError)
        with pytest.raises(NewerSchemaError) as info:
            Workspace.open(path)
        assert "99" in str(info.value)

    def test_missing_path(self, tmp_path: Path) -> None:
        path = tmp_path / "nowhere.pbw"
        for read_only in (False, True):
            with pytest.raises(WorkspaceNotFoundError) as info:
                Workspace.open(path, read_only=read_only)
            assert path.name in str(info.value)
        assert list(tmp_path.iterdir()) == []

    def test_folder(self, tmp_path: Path) -> None:
        path = tmp_path / "folder.pbw"
        path.mkdir()
        _assert_refused(path, NotAWorkspaceError)
        assert list(path.iterdir()) == []

    @pytest.mark.parametrize("where", ["50", "100", "4096", "half", "all_but_one_page"])
    def test_truncated_workspace(self, big_copy: Path, where: str) -> None:
        raw = big_copy.read_bytes()
        page_size = struct.unpack(">H", raw[16:18])[0]
        assert len(raw) // page_size > 20, "the sample must span many pages"
        cut = {
            "50": 50,
            "100": 100,
            "4096": 4096,
            "half": len(raw) // 2,
            "all_but_one_page": len(raw) - page_size,
        }[where]
        big_copy.write_bytes(raw[:cut])
        _assert_refused(big_copy, (NotAWorkspaceError, CorruptWorkspaceError))

    def test_zeroed_pages_in_the_middle(self, big_copy: Path) -> None:
        raw = bytearray(big_copy.read_bytes())
        page_size = struct.unpack(">H", raw[16:18])[0]
        middle = len(raw) // page_size // 2
        start, end = middle * page_size, (middle + 4) * page_size
        raw[start:end] = bytes(end - start)
        big_copy.write_bytes(bytes(raw))
        _assert_refused(big_copy, CorruptWorkspaceError)

    def test_never_fully_created(self, tmp_path: Path) -> None:
        path = tmp_path / "unfinished.pbw"
        Workspace.create(path).close()
        raw = bytearray(path.read_bytes())
        raw[60:64] = struct.pack(">i", 0)
        path.write_bytes(bytes(raw))
        before = path.read_bytes()
        with pytest.raises(CorruptWorkspaceError) as info:
            Workspace.open(path)
        assert path.name in str(info.value)
        assert path.read_bytes() == before


@pytest.fixture
def honour_mode_bits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Makes os.access answer from the permission bits, as it does for a normal user.

    Running as root, os.access grants W_OK on every file; the stdlib call is the boundary.
    """
    if os.geteuid() == 0:
        real: Callable[..., bool] = os.access

        def access(path: os.PathLike[str] | str, mode: int, **kwargs: object) -> bool:
            if mode & os.W_OK and not os.stat(path).st_mode & stat.S_IWUSR:
                return False
            return real(path, mode, **kwargs)

        monkeypatch.setattr("personabuilder.store.workspace.os.access", access)


@pytest.mark.usefixtures("honour_mode_bits")
class TestReadOnlyLocation:
    def test_read_only_file(self, tmp_path: Path) -> None:
        path = tmp_path / "locked.pbw"
        Workspace.create(path).close()
        before = path.read_bytes()
        path.chmod(0o444)
        try:
            with pytest.raises(ReadOnlyLocationError) as info:
                Workspace.open(path)
            assert path.name in str(info.value)
            assert path.read_bytes() == before
            assert _sidecars(path) == []
        finally:
            path.chmod(0o644)

    def test_read_only_folder(self, tmp_path: Path) -> None:
        folder = tmp_path / "shelf"
        folder.mkdir()
        path = folder / "shelved.pbw"
        Workspace.create(path).close()
        before = path.read_bytes()
        folder.chmod(0o555)
        try:
            with pytest.raises(ReadOnlyLocationError) as info:
                Workspace.open(path)
            assert path.name in str(info.value)
            assert path.read_bytes() == before
            assert sorted(p.name for p in folder.iterdir()) == ["shelved.pbw"]
        finally:
            folder.chmod(0o755)

    def test_create_in_a_read_only_folder(self, tmp_path: Path) -> None:
        folder = tmp_path / "closed"
        folder.mkdir()
        folder.chmod(0o555)
        try:
            with pytest.raises(ReadOnlyLocationError):
                Workspace.create(folder / "new.pbw")
            assert list(folder.iterdir()) == []
        finally:
            folder.chmod(0o755)


def test_background_check_passes_a_sound_file_and_allows_writes(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "sound.pbw"
    shutil.copyfile(demo_file, path)
    ws = Workspace.open(path, check_in_background=True)
    try:
        assert ws.integrity_verdict(timeout=30) is None
        services = Services.bind(ws)
        first = services.listing.personas()[0]
        services.personas.update(first.id, name="Checked")
        assert services.listing.persona(first.id).name == "Checked"
    finally:
        ws.close()


def test_background_check_blocks_every_write_to_a_damaged_file(
    demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "damaged.pbw"
    data = bytearray(demo_file.read_bytes())
    page = 4096
    for start in range(len(data) - 3 * page, len(data), page):
        data[start : start + page] = bytes(page)
    path.write_bytes(bytes(data))
    try:
        ws = Workspace.open(path, check_in_background=True, daily_backup=False)
    except CorruptWorkspaceError:
        return  # found before the workspace was even handed out: also right
    try:
        damage = ws.integrity_verdict(timeout=30)
        assert isinstance(damage, CorruptWorkspaceError)
        before = path.read_bytes()
        with pytest.raises(CorruptWorkspaceError), ws.transaction() as session:
            session.exec(text("DELETE FROM workspace_setting"))  # type: ignore[call-overload]
        assert path.read_bytes() == before
    finally:
        ws.close()


class TestTheRealCause:
    """Locks, read-only places and permissions are named as such, never as damage."""

    def test_a_file_locked_by_another_program_is_in_use_not_damaged(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "busy.pbw"
        Workspace.create(path).close()
        monkeypatch.setattr(sqlite, "BUSY_TIMEOUT_MS", 50)
        with held_by_another_process(path):
            for read_only in (False, True):
                with pytest.raises(WorkspaceInUseError) as info:
                    Workspace.open(path, read_only=read_only, daily_backup=False)
                assert "in use by another program" in str(info.value)
                assert "damaged" not in str(info.value)

    @pytest.mark.usefixtures("honour_mode_bits")
    def test_a_folder_without_write_permission_is_named(self, tmp_path: Path) -> None:
        folder = tmp_path / "theirs"
        folder.mkdir()
        path = folder / "shared.pbw"
        Workspace.create(path).close()
        Workspace.open(path, daily_backup=False).close()  # in WAL mode, as after any use
        folder.chmod(0o555)
        try:
            with pytest.raises(ReadOnlyLocationError) as info:
                Workspace.open(path)
            assert "permission to write in the folder" in str(info.value)
            # Reading still works, and leaves nothing behind.
            ws = Workspace.open(path, read_only=True)
            try:
                assert ws.integrity_check() == "ok"
                assert Services.bind(ws).workspace.counts()["personas"] == 0
            finally:
                ws.close()
            assert sorted(p.name for p in folder.iterdir()) == ["shared.pbw"]
        finally:
            folder.chmod(0o755)

    def test_a_file_we_may_not_read_is_a_permission_problem(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        path = tmp_path / "private.pbw"
        Workspace.create(path).close()

        def refuse(_path: Path) -> sqlite.Header:
            raise PermissionError(13, "Permission denied", str(_path))

        monkeypatch.setattr("personabuilder.store.workspace.read_header", refuse)
        with pytest.raises(AccessDeniedError) as info:
            Workspace.open(path)
        assert "permission to read private.pbw" in str(info.value)

    def test_sqlite_saying_read_only_is_not_damage(self, tmp_path: Path) -> None:
        path = tmp_path / "ro.pbw"
        Workspace.create(path).close()
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with pytest.raises(sqlite3.OperationalError) as raised:
                conn.execute("CREATE TABLE t (x)")
        finally:
            conn.close()
        problem = classify(raised.value, path)
        assert isinstance(problem, ReadOnlyLocationError)
        assert "damaged" not in str(problem)

    def test_opening_read_only_never_upgrades_an_older_file(self, tmp_path: Path) -> None:
        path = tmp_path / "old.pbw"
        _format_1_file(path)
        before = path.read_bytes()
        with pytest.raises(OutdatedSchemaError) as info:
            Workspace.open(path, read_only=True)
        assert "needs upgrading" in str(info.value)
        assert "open it once in the PersonaBuilder app" in str(info.value)
        assert path.read_bytes() == before
        assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pbw"]
