"""What the UI needs from the composition root to open, create and copy workspaces.

The UI never imports the store; ``app.py`` implements this protocol and turns storage
errors into ``WorkspaceOpenError`` with a problem kind the UI can word in any language.
"""

from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from personabuilder.services import Services


class Problem(StrEnum):
    """Why a workspace could not be opened, created or written."""

    NOT_FOUND = "not_found"
    NOT_A_WORKSPACE = "not_a_workspace"
    CORRUPT = "corrupt"
    NEWER = "newer"
    READ_ONLY = "read_only"
    EXISTS = "exists"
    STORAGE = "storage"
    IN_USE = "in_use"  # another PersonaBuilder has it open for editing
    LOCKED = "locked"  # another program holds a lock on the file
    PERMISSION = "permission"  # the user may not read the file
    OUTDATED = "outdated"  # an older format, opened where it must not be upgraded


class WorkspaceOpenError(Exception):
    """A workspace operation failed; ``detail`` is the store's own sentence."""

    def __init__(self, problem: Problem, path: Path, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.path = path
        self.detail = detail


class OpenWorkspace(Protocol):
    """A workspace the window works on."""

    path: Path
    services: "Services"
    read_only: bool
    # Emits a WorkspaceOpenError when the check made after opening finds damage.
    damaged: SignalInstance

    def save_copy(self, dest: Path) -> None:
        """Writes a consistent copy to ``dest``."""
        ...

    def close(self) -> None:
        """Releases the file."""
        ...


class BackupRow(Protocol):
    """A backup as the window lists it."""

    path: Path
    created_at: "datetime"
    reason: str
    personas: int | None
    journey_maps: int | None


class WorkspaceGateway(Protocol):
    """Opens and creates workspaces for the window."""

    def backups(self, path: Path) -> "list[BackupRow]":
        """The backups of a workspace, newest first, with what they hold."""
        ...

    def restore(self, path: Path, backup: Path) -> None:
        """Replaces a (closed) workspace with a backup; its current state is backed up first."""
        ...

    def backup_before_import(self, path: Path) -> None:
        """Backs a workspace up before an import; raises WorkspaceOpenError if it cannot."""
        ...

    def export_json(self, workspace: OpenWorkspace, dest: Path) -> None:
        """Writes the whole workspace to ``dest`` in the exchange format."""
        ...

    def import_json(self, workspace: OpenWorkspace, source: Path) -> int:
        """Backs up, then merges an exchange file (all or nothing); rows added or changed."""
        ...

    def open(self, path: Path) -> OpenWorkspace:
        """Opens an existing workspace or raises WorkspaceOpenError."""
        ...

    def open_to_read(self, path: Path) -> OpenWorkspace:
        """Opens a workspace read-only (to copy from it, or while another window edits it)."""
        ...

    def create(self, path: Path, *, demo: bool, lang: str) -> OpenWorkspace:
        """Creates a workspace (with the demo content if asked) and opens it."""
        ...
