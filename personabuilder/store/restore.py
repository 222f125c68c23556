"""Restoring a workspace from a backup: checked first, the current state kept, then replaced.

Shared by ``personabuilder restore`` and File › Restore from Backup.
"""

import hashlib
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from personabuilder.store.backup import copy_database, make_backup, short_name
from personabuilder.store.errors import CorruptWorkspaceError, NotAWorkspaceError, WorkspaceError


@dataclass(frozen=True)
class RestoreOutcome:
    """Where the state replaced went: a backup, or (a damaged file) a name beside it.

    ``restored`` is the file written: the workspace, or the file a link to it points to.
    """

    saved: Path | None = None
    set_aside: Path | None = None
    restored: Path | None = None


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


def restoring_name(target: Path) -> str:
    """The temporary name a restore writes beside ``target``: short, one per workspace."""
    digest = hashlib.sha1(target.name.encode("utf-8", "surrogateescape"), usedforsecurity=False)
    return f".{short_name(target.stem)}-{digest.hexdigest()[:8]}.restoring"


def restore_from_backup(path: Path, source: Path) -> RestoreOutcome:
    """Makes ``path`` a copy of the backup ``source``; the current state is backed up first.

    Through a symbolic link, the file the link points to is restored and the link stays.
    Raises WorkspaceError naming the problem (a damaged backup, a foreign file in the way)
    before anything is changed.
    """
    from personabuilder.store.workspace import Workspace

    path, source = Path(path), Path(source)
    # Replacing the link itself would leave the file it points to as it was.
    target = path.resolve() if path.is_symlink() else path
    if source.exists() and target.exists() and source.resolve() == target.resolve():
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
    if target.is_dir():
        raise WorkspaceError(path, f"{path} is a folder, not a workspace file.")
    # Replacing a file that is not ours would destroy data no backup of ours holds.
    if target.exists() and not is_our_file(target):
        raise NotAWorkspaceError(
            path, f"{target.name} is not a PersonaBuilder workspace; it was left as is."
        )
    tmp = target.with_name(restoring_name(target))
    try:
        # The backup is copied before the current state is backed up, and is kept out of
        # that backup's rotation: restoring the oldest backup must not delete it first.
        copy_database(source, tmp)
        outcome = RestoreOutcome(restored=target)
        if target.exists():
            try:
                saved = make_backup(target, "before-restore", protect=(source,))
                outcome = RestoreOutcome(saved=saved.path, restored=target)
            except sqlite3.OperationalError:
                raise
            except sqlite3.DatabaseError:
                # Restoring is what one does to a damaged file, and SQLite cannot back a
                # damaged file up: keep its bytes by moving it aside instead.
                outcome = RestoreOutcome(set_aside=set_aside(target), restored=target)
        # A -wal left beside the old file would be replayed onto the restored one.
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return outcome
