"""The app's edit lock (a Qt QLockFile beside the workspace), read without Qt.

Qt writes the owner's process id, application name and host name on the first three
lines (newer Qt adds machine and boot ids). A lock whose process is gone is stale and
binds no one, as it does not bind the app itself.
"""

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from personabuilder.system import process_alive


@dataclass(frozen=True)
class LockHolder:
    """Who holds the app's lock on a workspace."""

    pid: int
    app_name: str
    host: str


def lock_path(workspace: Path) -> Path:
    """Where the app keeps its lock for ``workspace`` (the same name Qt is given)."""
    return Path(f"{workspace}.lock")


def holder(workspace: Path) -> LockHolder | None:
    """The live process holding the app's lock on ``workspace``, or None (free or stale)."""
    try:
        lines = lock_path(workspace).read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    try:
        pid = int(lines[0])
    except (IndexError, ValueError):
        return None  # an empty or half-written lock holds no process
    app_name = lines[1] if len(lines) > 1 else ""
    host = lines[2] if len(lines) > 2 else ""
    if host and host != socket.gethostname():
        # Another computer's process cannot be checked from here: the app does not take
        # such a lock over either.
        return LockHolder(pid, app_name, host)
    if pid <= 0 or pid == os.getpid() or not process_alive(pid):
        return None
    return LockHolder(pid, app_name, host)
