"""The workspace file: open, create, check, migrate, and transactions on it."""

import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from personabuilder.store import backup, migrate
from personabuilder.store.errors import (
    ConstraintError,
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    ReadOnlyLocationError,
    StorageError,
    WorkspaceError,
    WorkspaceExistsError,
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
    except OSError as exc:
        raise NotAWorkspaceError(path, f"{path.name} cannot be read: {exc.strerror}.") from exc
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


def _check_writable(path: Path) -> None:
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise ReadOnlyLocationError(
            path,
            f"{path.name} is in a read-only location; copy it to a folder you can write to.",
        )


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
        raise CorruptWorkspaceError(path, f"{path.name} is damaged ({exc}).") from exc
    if result != ["ok"]:
        raise CorruptWorkspaceError(path, f"{path.name} is damaged ({_first_problem(result[0])}).")


def _first_problem(report: str) -> str:
    """The first line of an integrity report, without SQLite's "*** in database" banner."""
    lines = [ln.strip() for ln in report.splitlines() if ln.strip() and not ln.startswith("***")]
    return lines[0] if lines else report.strip()


class Workspace:
    """An open workspace file; the only owner of its engine and sessions."""

    def __init__(self, path: Path, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._listing: ListingReader | None = None
        self._checker: threading.Thread | None = None
        self._damage: CorruptWorkspaceError | None = None

    # SQLAlchemy is loaded only when the first session is needed: listing a workspace
    # (ListingReader) runs on plain sqlite3, so the window fills before the ORM is imported.
    @cached_property
    def _engine(self) -> "Engine":
        return make_engine(self.path, read_only=self.read_only)

    @cached_property
    def _write_engine(self) -> "Engine":
        return self._engine.execution_options(immediate=True)

    def listing(self) -> ListingReader:
        """Plain-SQL reads for lists (counts and pages of personas and journey maps)."""
        if self._listing is None:
            self._listing = ListingReader(self.path)
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
        defer = check_in_background and version == migrate.SCHEMA_VERSION
        try:
            conn = connect_raw(path, read_only=read_only)
        except sqlite3.Error as exc:
            raise NotAWorkspaceError(path, f"{path.name} cannot be opened: {exc}.") from exc
        try:
            if not defer:
                _quick_check(conn, path)
            if version < migrate.SCHEMA_VERSION:
                if read_only:
                    raise ReadOnlyLocationError(
                        path, f"{path.name} needs an update and cannot be opened read-only."
                    )
                if version == 0:
                    raise CorruptWorkspaceError(path, f"{path.name} was never fully created.")
                backup.make_backup(path, "before-migration")
                migrate.upgrade(conn)
            elif not read_only:
                conn.execute("PRAGMA journal_mode=WAL")
        except sqlite3.OperationalError as exc:
            raise StorageError(path, f"{path.name} cannot be used: {exc}.") from exc
        except sqlite3.DatabaseError as exc:
            raise CorruptWorkspaceError(path, f"{path.name} is damaged ({exc}).") from exc
        finally:
            conn.close()
        workspace = cls(path, read_only=read_only)
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
            conn = connect_raw(self.path, read_only=True)
            try:
                _quick_check(conn, self.path)
            finally:
                conn.close()
        except (CorruptWorkspaceError, sqlite3.Error) as exc:
            self._damage = (
                exc
                if isinstance(exc, CorruptWorkspaceError)
                else CorruptWorkspaceError(self.path, f"{self.path.name} is damaged ({exc}).")
            )

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
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise ConstraintError(
                self.path, f"The change was refused by the workspace's rules: {exc.orig}."
            ) from exc
        except OperationalError as exc:
            session.rollback()
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
            raise CorruptWorkspaceError(
                self.path, f"{self.path.name} is damaged: {exc.orig}."
            ) from exc
        finally:
            session.rollback()
            session.close()

    def integrity_check(self) -> str:
        """Runs the full ``PRAGMA integrity_check``; "ok" when the file is sound."""
        conn = connect_raw(self.path, read_only=True)
        try:
            rows = _report(conn, "integrity_check")
        except sqlite3.DatabaseError as exc:
            return str(exc)
        finally:
            conn.close()
        return "ok" if rows == ["ok"] else "; ".join(rows[:5])

    def schema_version(self) -> int:
        """The format version recorded in the file."""
        return read_header(self.path).user_version

    def save_copy(self, dest: Path) -> None:
        """Writes a consistent, self-contained copy to ``dest`` (Save a Copy As)."""
        dest = Path(dest)
        if dest.resolve() == self.path.resolve():
            raise WorkspaceError(dest, "A copy cannot replace the open workspace itself.")
        if dest.exists():
            _check_header(dest)
        try:
            backup.copy_database(self.path, dest)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(dest, f"The copy could not be written: {exc}.") from exc

    def close(self) -> None:
        """Releases the file; with WAL, the last connection folds the -wal file back in."""
        if self._listing is not None:
            self._listing.close()
            self._listing = None
        if "_engine" in self.__dict__:
            self._engine.dispose()
