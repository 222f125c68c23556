"""Backups as the window and the command line show them: newest first, with their contents.

The UI may not import the store; these wrap ``store.backup`` for it. Making a backup before
an import is here too, so every import path (JSON load, CSV import) backs up the same way.
"""

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from personabuilder.store import backup as store_backup
from personabuilder.store.errors import StorageError


@dataclass(frozen=True)
class BackupSummary:
    """One backup: file, time (UTC), why it was made, and how much it holds (None: unreadable)."""

    path: Path
    created_at: datetime
    reason: str
    personas: int | None
    journey_maps: int | None


def _summary(info: store_backup.BackupInfo) -> BackupSummary:
    counts = store_backup.backup_counts(info.path)
    return BackupSummary(
        info.path,
        info.created_at,
        info.reason,
        None if counts is None else counts["personas"],
        None if counts is None else counts["journey_maps"],
    )


def list_backups(workspace_path: Path) -> list[BackupSummary]:
    """The backups of a workspace, newest first, each with its persona and map counts."""
    return [_summary(info) for info in store_backup.list_backups(Path(workspace_path))]


def newest_backup(workspace_path: Path) -> BackupSummary | None:
    """The most recent backup of a workspace (what a damaged-file message offers), if any."""
    info = store_backup.newest_backup(Path(workspace_path))
    return None if info is None else _summary(info)


def backup_before_import(workspace_path: Path) -> store_backup.BackupInfo:
    """Backs the workspace up (reason "before-import") before an import may change it.

    Raises StorageError when the backup cannot be made: the import should then not run.
    """
    path = Path(workspace_path)
    try:
        return store_backup.make_backup(path, "before-import")
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(
            path,
            f"{path.name} could not be backed up before the import, "
            f"so nothing was imported ({exc}).",
        ) from exc
