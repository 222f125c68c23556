"""The workspace file: open, create, check, migrate, and transactions on it."""

import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from personabuilder.store import backup, migrate, walcheck
from personabuilder.store.errors import (
    AccessDeniedError,
    ConstraintError,
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    OutdatedSchemaError,
    ReadOnlyLocationError,
    StorageError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceInUseError,
    WorkspaceNotFoundError,
)
from personabuilder.store.listing import ListingReader
from personabuilder.store.sqlite import (
    APPLICATION_ID,
    connect_raw,
    make_engine,
    read_header,
)

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)

SUFFIX = ".pbw"


def _check_header(path: Path) -> int:
    """Returns the schema version in the header, or raises for files that are not ours."""
    if not path.exists():
        raise WorkspaceNotFoundError(path, f"There is no file at {path}.")
    if path.is_dir():
        raise NotAWorkspaceError(path, f"{path} is a folder, not a workspace file.")
    try:
        header = read_header(path)
    except PermissionError as exc:
        raise AccessDeniedError(path, f"You do not have permission to read {path.name}.") from exc
    except OSError as exc:
        raise StorageError(path, f"{path.name} cannot be read: {exc.strerror}.") from exc
    if not header.is_sqlite:
        raise NotAWorkspaceError(
            path, f"{path.name} is not a PersonaBuilder workspace (not a database file)."
        )
    if header.application_id != APPLICATION_ID:
        raise NotAWorkspaceError(
            path, f"{path.name} is a database of another application, not a workspace."
        )
    if header.user_version > migrate.SCHEMA_VERSION:
        raise NewerSchemaError(
            path,
            f"{path.name} was saved by a newer PersonaBuilder (format {header.user_version}; "
            f"this version reads up to {migrate.SCHEMA_VERSION}). Please update the app.",
        )
    return header.user_version


def check_replaceable(dest: Path) -> None:
    """Refuses to write a copy over ``dest`` unless it is absent or one of our workspaces."""
    if dest.exists():
        _check_header(dest)


# The previous token is the one the row held: the characters after the prefix.
_LINEAGE_UPSERT = (
    "INSERT INTO workspace_setting (key, value) VALUES (:key, :prefix || :new || ':') "
    "ON CONFLICT (key) DO UPDATE SET value = :prefix || :new || ':' || "
    f"substr(workspace_setting.value, {len(walcheck.LINEAGE_PREFIX) + 1}, "
    f"{walcheck.LINEAGE_TOKEN_CHARS})"
)


def _record_lineage(session: "Session") -> None:
    """Gives the file a fresh lineage token in the transaction about to commit.

    The row reads ``pb-lineage:<new>:<previous>``, so a -wal that continues the file holds
    the token the file had before it; walcheck tells a -wal of a copy that went its own way
    by that (see walcheck.lineage_verdict).
    """
    from sqlalchemy import text

    session.execute(
        text(_LINEAGE_UPSERT),
        {
            "key": walcheck.LINEAGE_KEY,
            "prefix": walcheck.LINEAGE_PREFIX,
            "new": os.urandom(walcheck.LINEAGE_TOKEN_CHARS // 2).hex(),
        },
    )


def _on_read_only_drive(path: Path) -> bool:
    statvfs = getattr(os, "statvfs", None)
    if statvfs is None:
        return False
    try:
        return bool(statvfs(path).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _why_not_writable(path: Path) -> str:
    """The sentence naming why ``path`` cannot be changed: a read-only drive, or permissions."""
    if _on_read_only_drive(path.parent):
        return f"{path.name} is on a read-only drive; copy it to a folder you can write to."
    if path.exists() and not os.access(path, os.W_OK):
        return f"You do not have permission to change {path.name}."
    if not os.access(path.parent, os.W_OK):
        return (
            f"You do not have permission to write in the folder of {path.name} "
            f"({path.parent}); copy it to a folder you can write to."
        )
    return f"{path.name} cannot be written to where it is; copy it to a folder you can write to."


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyLocationError(path, _why_not_writable(path))


# Primary SQLite result codes that say why a file could not be used, when it is not damage.
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_IOERR, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_AUTH = 10, 13, 14, 23


def classify(exc: sqlite3.Error, path: Path) -> WorkspaceError:
    """The workspace error naming the real cause of a SQLite error: damage only when it is."""
    code = getattr(exc, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    if primary in (_SQLITE_BUSY, _SQLITE_LOCKED):
        return WorkspaceInUseError(
            path,
            f"{path.name} is in use by another program that keeps it locked; "
            "close that program and try again.",
        )
    if primary == _SQLITE_READONLY:
        return ReadOnlyLocationError(path, _why_not_writable(path))
    if primary in (_SQLITE_PERM, _SQLITE_CANTOPEN, _SQLITE_AUTH):
        if path.exists() and not os.access(path, os.R_OK):
            return AccessDeniedError(path, f"You do not have permission to read {path.name}.")
        if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            return ReadOnlyLocationError(path, _why_not_writable(path))
        return StorageError(path, f"{path.name} cannot be opened: {exc}.")
    if primary in (_SQLITE_IOERR, _SQLITE_FULL):
        return StorageError(path, f"{path.name} cannot be used: {exc}.")
    return CorruptWorkspaceError(path, f"{path.name} is damaged ({exc}).")


def _report(conn: sqlite3.Connection, pragma: str) -> list[str]:
    """The rows of an integrity pragma; damaged text in them is shown, never a decode error."""
    before = conn.text_factory
    conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
    try:
        return [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    except UnicodeDecodeError as exc:
        # SQLite's own error message quoted a damaged name that is not valid UTF-8.
        raise sqlite3.DatabaseError("its structure holds unreadable text") from exc
    finally:
        conn.text_factory = before


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = _report(conn, "quick_check")
    except sqlite3.DatabaseError as exc:
        raise classify(exc, path) from exc
    if result != ["ok"]:
        raise CorruptWorkspaceError(path, f"{path.name} is damaged ({_first_problem(result[0])}).")


def _first_problem(report: str) -> str:
    """The first line of an integrity report, without SQLite's "*** in database" banner."""
    lines = [ln.strip() for ln in report.splitlines() if ln.strip() and not ln.startswith("***")]
    return lines[0] if lines else report.strip()


class Workspace:
    """An open workspace file; the only owner of its engine and sessions."""

    is_team = False

    def __init__(
        self,
        path: Path,
        *,
        read_only: bool = False,
        verdict: walcheck.Verdict | None = None,
    ) -> None:
        self.path = path
        self.read_only = read_only
        # What SQLite reads: the file itself, or (read-only, beside a leftover -wal) a
        # private copy, so that reading never folds that -wal into the file.
        self._db = verdict.read_from if verdict and verdict.read_from else path
        self._scratch = verdict.scratch if verdict else None
        self.notice = verdict.notice if verdict else ""
        """One sentence for the user about a -wal found beside the file; empty if none."""
        self.wal_set_aside = verdict.set_aside if verdict else None
        self.wal_why = verdict.why if verdict else ""
        """Why that -wal did not belong, as a key of ``walcheck.WHY``; empty if it did."""
        self._listing: ListingReader | None = None
        self._checker: threading.Thread | None = None
        self._damage: CorruptWorkspaceError | None = None
        self._closed = False
        walcheck.register(path)

    @property
    def location(self) -> str:
        """The file's path, as text."""
        return str(self.path)

    @property
    def display_name(self) -> str:
        """The file's name."""
        return self.path.name

    # SQLAlchemy is loaded only when the first session is needed: listing a workspace
    # (ListingReader) runs on plain sqlite3, so the window fills before the ORM is imported.
    @cached_property
    def _engine(self) -> "Engine":
        return make_engine(self._db, read_only=self.read_only)

    @cached_property
    def _write_engine(self) -> "Engine":
        return self._engine.execution_options(immediate=True)

    def listing(self) -> ListingReader:
        """Plain-SQL reads for lists (counts and pages of personas and journey maps)."""
        if self._listing is None:
            self._listing = ListingReader(self._db)
        return self._listing

    @classmethod
    def create(
        cls,
        path: Path,
        *,
        overwrite: bool = False,
        populate: Callable[["Workspace"], None] | None = None,
    ) -> "Workspace":
        """Creates a workspace at ``path``, filled by ``populate`` if given.

        The file is built under a temporary name and renamed once complete, so a failure
        (or a crash) half-way never leaves a half-made workspace at ``path``.
        """
        path = Path(path)
        if path.exists() and not overwrite:
            raise WorkspaceExistsError(path, f"{path.name} already exists.")
        if path.exists():
            _check_header(path)  # only ever replace one of our own files
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ReadOnlyLocationError(path, f"Cannot create {path.parent}: {exc}.") from exc
        if not os.access(path.parent, os.W_OK):
            raise ReadOnlyLocationError(path, f"The folder of {path.name} is read-only.")
        tmp = path.with_name(f".{path.name}.creating")
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            migrate.upgrade(conn)
        finally:
            conn.close()
        try:
            if populate is not None:
                building = cls(tmp)
                try:
                    populate(building)
                finally:
                    building.close()
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=DELETE")
            finally:
                conn.close()
        except BaseException:
            for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
                leftover.unlink(missing_ok=True)
            raise
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(tmp, path)
        return cls.open(path, daily_backup=False)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        read_only: bool = False,
        daily_backup: bool = True,
        check_in_background: bool = False,
    ) -> "Workspace":
        """Opens an existing workspace: header, integrity, migration, daily backup.

        With ``check_in_background`` (the GUI), ``PRAGMA quick_check`` runs on a thread
        while the workspace is listed; every write waits for its verdict, and a damaged
        file refuses all writes. A file that needs migrating is always checked first.
        """
        path = Path(path)
        version = _check_header(path)
        if not read_only:
            _check_writable(path)
        verdict = walcheck.screen(path, read_only=read_only, main_version=version)
        try:
            return cls._open_checked(
                path,
                version if verdict is None else verdict.user_version,
                verdict,
                read_only=read_only,
                daily_backup=daily_backup,
                check_in_background=check_in_background,
            )
        except BaseException:
            if verdict is not None and verdict.scratch is not None:
                shutil.rmtree(verdict.scratch, ignore_errors=True)
            raise

    @classmethod
    def _open_checked(
        cls,
        path: Path,
        version: int,
        verdict: walcheck.Verdict | None,
        *,
        read_only: bool,
        daily_backup: bool,
        check_in_background: bool,
    ) -> "Workspace":
        """The rest of ``open``, once the -wal beside the file is known to belong."""
        if version <= 0:
            raise CorruptWorkspaceError(
                path,
                f"{path.name} was never fully created."
                if version == 0
                else f"{path.name} is damaged (its format number is broken).",
            )
        if version < migrate.SCHEMA_VERSION and read_only:
            raise OutdatedSchemaError(
                path,
                f"{path.name} has an older format ({version}; this version uses "
                f"{migrate.SCHEMA_VERSION}) and needs upgrading: open it once in the "
                "PersonaBuilder app, which backs it up and upgrades it. Nothing was changed.",
            )
        db = verdict.read_from if verdict and verdict.read_from else path
        defer = check_in_background and version == migrate.SCHEMA_VERSION
        try:
            conn = connect_raw(db, read_only=read_only)
        except sqlite3.Error as exc:
            raise classify(exc, path) from exc
        try:
            if not defer:
                _quick_check(conn, path)
            if version < migrate.SCHEMA_VERSION:
                backup.make_backup(path, "before-migration")
                migrate.upgrade(conn)
            elif not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.Error as exc:
            raise classify(exc, path) from exc
        finally:
            conn.close()
        workspace = cls(path, read_only=read_only, verdict=verdict)
        if defer:
            workspace._checker = threading.Thread(
                target=workspace._run_check, name="quick-check", daemon=True
            )
            workspace._checker.start()
        if daily_backup and not read_only:
            workspace.backup_if_due()
        return workspace

    def _run_check(self) -> None:
        try:
            conn = connect_raw(self._db, read_only=True)
            try:
                _quick_check(conn, self.path)
            finally:
                conn.close()
        except sqlite3.Error as exc:
            problem = classify(exc, self.path)
            if isinstance(problem, CorruptWorkspaceError):
                self._damage = problem
            else:
                log.warning("integrity check of %s not run: %s", self.path.name, problem)
        except CorruptWorkspaceError as exc:
            self._damage = exc
        except WorkspaceError as exc:
            # A lock or a permission is not damage: the writes themselves will say so.
            log.warning("integrity check of %s not run: %s", self.path.name, exc)

    def integrity_verdict(self, timeout: float | None = None) -> "CorruptWorkspaceError | None":
        """Waits for the open-time integrity check; the damage found, or None when sound."""
        if self._checker is not None:
            self._checker.join(timeout)
        return self._damage

    def backup_if_due(self) -> backup.BackupInfo | None:
        """Makes the daily automatic backup unless one is younger than a day."""
        if backup.daily_backup_due(self.path):
            return backup.make_backup(self.path, "daily")
        return None

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        """One unit of work: commits when the block ends, rolls back on any error."""
        from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
        from sqlmodel import Session

        if self.read_only:
            raise ReadOnlyLocationError(self.path, f"{self.path.name} is open read-only.")
        damage = self.integrity_verdict()
        if damage is not None:
            raise damage
        session = Session(self._write_engine, expire_on_commit=False, autoflush=False)
        try:
            yield session
            if session.in_transaction():
                _record_lineage(session)
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise ConstraintError(
                self.path, f"The change was refused by the workspace's rules: {exc.orig}."
            ) from exc
        except OperationalError as exc:
            session.rollback()
            if isinstance(exc.orig, sqlite3.Error):
                cause = classify(exc.orig, self.path)
                if isinstance(cause, WorkspaceInUseError | ReadOnlyLocationError):
                    raise cause from exc
            raise StorageError(self.path, f"The change could not be saved: {exc.orig}.") from exc
        except DatabaseError as exc:
            session.rollback()
            raise CorruptWorkspaceError(
                self.path, f"{self.path.name} is damaged: {exc.orig}."
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reading(self) -> Iterator["Session"]:
        """A read-only session over one consistent snapshot."""
        from sqlalchemy.exc import DatabaseError
        from sqlmodel import Session

        session = Session(self._engine, expire_on_commit=False, autoflush=False)
        try:
            yield session
        except DatabaseError as exc:
            if isinstance(exc.orig, sqlite3.Error):
                raise classify(exc.orig, self.path) from exc
            raise CorruptWorkspaceError(
                self.path, f"{self.path.name} is damaged: {exc.orig}."
            ) from exc
        finally:
            session.rollback()
            session.close()

    def integrity_check(self) -> str:
        """Runs the full ``PRAGMA integrity_check``; "ok" when the file is sound."""
        conn = connect_raw(self._db, read_only=True)
        try:
            rows = _report(conn, "integrity_check")
        except sqlite3.DatabaseError as exc:
            problem = classify(exc, self.path)
            if not isinstance(problem, CorruptWorkspaceError):
                raise problem from exc
            return str(exc)
        finally:
            conn.close()
        return "ok" if rows == ["ok"] else "; ".join(rows[:5])

    def schema_version(self) -> int:
        """The format version recorded in the file."""
        return read_header(self._db).user_version

    def save_copy(self, dest: Path) -> None:
        """Writes a consistent, self-contained copy to ``dest`` (Save a Copy As)."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise WorkspaceError(dest, "A copy cannot replace the open workspace itself.")
        if dest.exists():
            _check_header(dest)
        try:
            backup.copy_database(self._db, dest)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(dest, f"The copy could not be written: {exc}.") from exc

    def close(self) -> None:
        """Releases the file; with WAL, the last connection folds the -wal file back in."""
        if self._listing is not None:
            self._listing.close()
            self._listing = None
        if "_engine" in self.__dict__:
            self._engine.dispose()
        if not self._closed:
            self._closed = True
            walcheck.unregister(self.path)
            if self._scratch is not None:
                shutil.rmtree(self._scratch, ignore_errors=True)
