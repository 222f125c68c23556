"""Restoring a workspace from a backup: checked first, the current state kept, then replaced.

Shared by ``personabuilder restore`` and File › Restore from Backup.
"""

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from personabuilder.store.backup import copy_database, make_backup
from personabuilder.store.errors import CorruptWorkspaceError, NotAWorkspaceError, WorkspaceError


@dataclass(frozen=True)
class RestoreOutcome:
    """Where the state replaced went: a backup, or (a damaged file) a name beside it."""

    saved: Path | None = None
    set_aside: Path | None = None


def is_our_file(path: Path) -> bool:
    """True for a SQLite file that carries PersonaBuilder's application id."""
    from personabuilder.store.sqlite import APPLICATION_ID, read_header

    header = read_header(path)
    return header.is_sqlite and header.application_id == APPLICATION_ID


def set_aside(path: Path) -> Path:
    """Renames a damaged workspace (and its -wal) to a free ``*.damaged-<time>`` name."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{path.stem}.damaged-{stamp}-{n}{path.suffix}")
    wal = Path(f"{path}-wal")
    if wal.exists():
        os.replace(wal, f"{kept}-wal")
    os.replace(path, kept)
    return kept


def restore_from_backup(path: Path, source: Path) -> RestoreOutcome:
    """Makes ``path`` a copy of the backup ``source``; the current state is backed up first.

    Raises WorkspaceError naming the problem (a damaged backup, a foreign file in the way)
    before anything is changed.
    """
    from personabuilder.store.workspace import Workspace

    if source.exists() and path.exists() and source.resolve() == path.resolve():
        raise WorkspaceError(path, "A workspace cannot be restored from itself.")
    check = Workspace.open(source, read_only=True, daily_backup=False)
    try:
        integrity = check.integrity_check()
    finally:
        check.close()
    if integrity != "ok":
        raise CorruptWorkspaceError(
            source, f"{source.name} failed the integrity check: {integrity}"
        )
    if path.is_dir():
        raise WorkspaceError(path, f"{path} is a folder, not a workspace file.")
    outcome = RestoreOutcome()
    if path.exists():
        # Replacing a file that is not ours would destroy data no backup of ours holds.
        if not is_our_file(path):
            raise NotAWorkspaceError(
                path, f"{path.name} is not a PersonaBuilder workspace; it was left as is."
            )
        try:
            outcome = RestoreOutcome(saved=make_backup(path, "before-restore").path)
        except sqlite3.OperationalError:
            raise
        except sqlite3.DatabaseError:
            # Restoring is what one does to a damaged file, and SQLite cannot back a
            # damaged file up: keep its bytes by moving it aside instead.
            outcome = RestoreOutcome(set_aside=set_aside(path))
    tmp = path.with_name(f".{path.name}.restoring")
    try:
        copy_database(source, tmp)
        # A -wal left beside the old file would be replayed onto the restored one.
        for stale in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return outcome
