"""Backups with SQLite's online backup API (never a file copy: the -wal file is data too)."""

import errno
import hashlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from personabuilder.store.locations import backups_root
from personabuilder.store.sqlite import connect_raw

log = logging.getLogger(__name__)

DEFAULT_KEEP = 10
_retention = DEFAULT_KEEP


def set_retention(keep: int) -> None:
    """How many automatic backups each workspace keeps (the user's preference, 1 to 100)."""
    global _retention
    _retention = max(1, min(100, int(keep)))


def retention() -> int:
    """How many automatic backups each workspace keeps."""
    return _retention


_STAMP = "%Y%m%dT%H%M%S%fZ"
# Before-migration backups are the only copies in the older format: they rotate among
# themselves, so a run of imports or daily opens cannot push them out.
_APART = ("before-migration",)
# File names are limited to 255 bytes; the workspace's name is cut to this many UTF-8 bytes
# in backup names. The margin covers the stamp, the reason, the temporary suffixes SQLite
# adds (".part-journal") and file systems that store names decomposed (NFD), which can
# triple the bytes of some scripts.
_NAME_BYTES = 64
# Temporary files of a backup being written: ".<name>.part" and what SQLite puts beside it.
_LEFTOVER_SUFFIXES = (".pbw.part", ".pbw.part-journal", ".pbw.part-wal", ".pbw.part-shm")
# A leftover is only removed when no backup writer holds the folder (see _writing_in) and it
# has not changed for this long: a writer that takes no lock (an older version, a file
# system without locks) is still never cut off in the middle of a backup.
LEFTOVER_AGE = timedelta(minutes=2)


@dataclass(frozen=True)
class BackupInfo:
    """One automatic or manual backup file."""

    path: Path
    created_at: datetime
    reason: str


def copy_database(source: Path, dest: Path) -> None:
    """Writes a consistent copy of ``source`` to ``dest`` as one self-contained file.

    The copy is built under a temporary name and renamed, so ``dest`` is never half-written.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(_part_name(dest))
    # A journal left by a killed copy of the same name would be rolled back onto the new one.
    for old in _with_sidecars(tmp):
        old.unlink(missing_ok=True)
    try:
        src = connect_raw(source, read_only=True)
        try:
            out = sqlite3.connect(tmp, isolation_level=None)
            try:
                src.backup(out)
                # A backup is one file: no -wal beside it.
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
    except BaseException:
        for part in _with_sidecars(tmp):
            part.unlink(missing_ok=True)
        raise
    # A -wal left beside an older file at dest (after a crash) would be replayed onto the
    # new copy and corrupt it.
    for stale in (Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        stale.unlink(missing_ok=True)
    os.replace(tmp, dest)


def _part_name(dest: Path) -> str:
    """The name ``dest`` is built under, short enough for SQLite's journal beside it."""
    name = f".{dest.name}.part"
    if len(f"{name}-journal".encode("utf-8", "surrogateescape")) <= 255:
        return name
    digest = hashlib.sha1(dest.name.encode("utf-8", "surrogateescape"), usedforsecurity=False)
    return f".{short_name(dest.stem)}-{digest.hexdigest()[:8]}{dest.suffix}.part"


def _with_sidecars(path: Path) -> list[Path]:
    return [path, *(Path(f"{path}{tail}") for tail in ("-journal", "-wal", "-shm"))]


def short_name(name: str, limit: int = _NAME_BYTES) -> str:
    """``name`` cut to ``limit`` UTF-8 bytes without splitting a character."""
    raw = name.encode("utf-8", "surrogateescape")
    if len(raw) <= limit:
        return name
    return raw[:limit].decode("utf-8", "ignore").rstrip() or "workspace"


def backup_folder(workspace: Path) -> Path:
    """The folder of automatic backups of one workspace (by its absolute path)."""
    resolved = workspace.resolve()
    digest = hashlib.sha1(
        str(resolved).encode("utf-8", "surrogateescape"), usedforsecurity=False
    ).hexdigest()[:10]
    return backups_root() / f"{short_name(resolved.stem)}-{digest}"


def backup_name(workspace: Path, moment: datetime, reason: str) -> str:
    """The file name of a backup: short enough for any file system, and sortable by time."""
    return f"{short_name(workspace.stem)}--{moment.strftime(_STAMP)}--{reason}.pbw"


def _is_leftover(entry: Path) -> bool:
    return entry.name.startswith(".") and entry.name.endswith(_LEFTOVER_SUFFIXES)


def _lock(fd: int, exclusive: bool) -> bool:
    """Takes a lock on the open folder; False when another process holds a conflicting one."""
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB if exclusive else fcntl.LOCK_SH)
    except OSError as exc:
        if exc.errno in (errno.EWOULDBLOCK, errno.EAGAIN):
            return False
        raise
    return True


@contextmanager
def _writing_in(folder: Path) -> Iterator[None]:
    """Marks a backup being written in ``folder``, first removing leftovers of dead writers.

    Every writer holds a shared lock on the folder while it writes. Whoever gets the lock
    exclusively knows that no backup is being written there by any process, so the
    temporary files it finds were left by writers that are gone (killed, crashed): the lock
    dies with its process. Where folders cannot be locked (Windows, some network file
    systems), removal relies on age alone, and Windows refuses to delete a file in use.
    """
    folder.mkdir(parents=True, exist_ok=True)
    if os.name != "posix":
        remove_leftovers(folder)
        yield
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        yield
        return
    try:
        try:
            if _lock(fd, exclusive=True):
                remove_leftovers(folder)
            # Shared from here on: other backups of this workspace may run meanwhile.
            _lock(fd, exclusive=False)
        except OSError as exc:  # no locks on this file system: leave leftovers alone
            log.debug("cannot lock %s: %s", folder, exc)
        yield
    finally:
        os.close(fd)


def remove_leftovers(folder: Path, *, now: float | None = None) -> list[Path]:
    """Deletes temporary files of killed backups in ``folder``; returns those removed.

    Called by ``make_backup`` while it holds the folder alone (see ``_writing_in``), so a
    file still being written by a running backup is never one of them.
    """
    removed: list[Path] = []
    limit = (time.time() if now is None else now) - LEFTOVER_AGE.total_seconds()
    try:
        entries: Iterable[Path] = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        if not _is_leftover(entry):
            continue
        try:
            if not entry.is_file() or entry.is_symlink() or entry.stat().st_mtime > limit:
                continue
            entry.unlink()
        except OSError as exc:  # in use (Windows), gone already, or not ours to delete
            log.debug("left %s in place: %s", entry, exc)
            continue
        removed.append(entry)
    if removed:
        log.info("removed %d leftover file(s) of interrupted backups in %s", len(removed), folder)
    return removed


def list_backups(workspace: Path) -> list[BackupInfo]:
    """The backups of ``workspace``, newest first."""
    folder = backup_folder(workspace)
    if not folder.is_dir():
        return []
    found: list[BackupInfo] = []
    for entry in folder.glob("*.pbw"):
        try:
            _stem, stamp, reason = entry.stem.rsplit("--", 2)
            created = datetime.strptime(stamp, _STAMP).replace(tzinfo=UTC)
        except ValueError:
            continue
        found.append(BackupInfo(entry, created, reason))
    found.sort(key=lambda b: b.created_at, reverse=True)
    return found


def _rotation(reason: str) -> str:
    return reason if reason in _APART else "rest"


def make_backup(
    workspace: Path, reason: str, *, keep: int | None = None, protect: Iterable[Path] = ()
) -> BackupInfo:
    """Backs ``workspace`` up into its backup folder and keeps the newest ``keep``.

    Before-migration backups are counted apart from the others, and a backup in
    ``protect`` (the one being restored) is never deleted by the rotation.
    """
    now = datetime.now(UTC)
    folder = backup_folder(workspace)
    dest = folder / backup_name(workspace, now, reason)
    with _writing_in(folder):
        copy_database(workspace, dest)
    kept = {p.resolve() for p in protect} | {dest.resolve()}
    group = _rotation(reason)
    same = [b for b in list_backups(workspace) if _rotation(b.reason) == group]
    for old in same[_retention if keep is None else keep :]:
        if old.path.resolve() not in kept:
            old.path.unlink(missing_ok=True)
    log.info("backed up %s (%s)", workspace.name, reason)
    return BackupInfo(dest, now, reason)


def daily_backup_due(workspace: Path, *, now: datetime | None = None) -> bool:
    """True when no backup of ``workspace`` was made in the last 24 hours."""
    now = now or datetime.now(UTC)
    newest = list_backups(workspace)
    return not newest or now - newest[0].created_at >= timedelta(days=1)


def newest_backup(workspace: Path) -> BackupInfo | None:
    """The most recent backup of ``workspace`` (what a damaged-file message offers), if any."""
    try:
        found = list_backups(workspace)
    except OSError:
        return None
    return found[0] if found else None


def backup_counts(backup: Path) -> dict[str, int] | None:
    """How many personas and journey maps a backup holds; None when it cannot be read."""
    try:
        conn = connect_raw(backup, read_only=True)
        try:
            return {
                "personas": int(conn.execute("SELECT count(*) FROM persona").fetchone()[0]),
                "journey_maps": int(conn.execute("SELECT count(*) FROM journey_map").fetchone()[0]),
            }
        finally:
            conn.close()
    except sqlite3.Error:
        return None
