"""Backups with SQLite's online backup API (never a file copy: the -wal file is data too)."""

import hashlib
import logging
import os
import sqlite3
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
    tmp = dest.with_name(f".{dest.name}.part")
    tmp.unlink(missing_ok=True)
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
        tmp.unlink(missing_ok=True)
        raise
    # A -wal left beside an older file at dest (after a crash) would be replayed onto the
    # new copy and corrupt it.
    for stale in (Path(f"{dest}-wal"), Path(f"{dest}-shm")):
        stale.unlink(missing_ok=True)
    os.replace(tmp, dest)


def backup_folder(workspace: Path) -> Path:
    """The folder of automatic backups of one workspace (by its absolute path)."""
    resolved = workspace.resolve()
    digest = hashlib.sha1(str(resolved).encode("utf-8"), usedforsecurity=False).hexdigest()[:10]
    return backups_root() / f"{resolved.stem}-{digest}"


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


def make_backup(workspace: Path, reason: str, *, keep: int | None = None) -> BackupInfo:
    """Backs ``workspace`` up into its backup folder and keeps the newest ``keep``."""
    now = datetime.now(UTC)
    dest = backup_folder(workspace) / f"{workspace.stem}--{now.strftime(_STAMP)}--{reason}.pbw"
    copy_database(workspace, dest)
    for old in list_backups(workspace)[_retention if keep is None else keep :]:
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
