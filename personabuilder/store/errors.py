"""Errors a workspace can raise, each with a message a user can act on."""

from pathlib import Path


class WorkspaceError(Exception):
    """Base of every workspace problem; ``str()`` is a sentence for the user."""

    def __init__(self, path: Path | str, message: str) -> None:
        super().__init__(message)
        self.path = Path(path)
        # A server workspace is named by its URL (password masked), which a Path would mangle.
        self.location = str(path)


class NotAWorkspaceError(WorkspaceError):
    """The file is not a PersonaBuilder workspace (not SQLite, or another app's database)."""


class CorruptWorkspaceError(WorkspaceError):
    """The file is ours but SQLite reports damage."""


class NewerSchemaError(WorkspaceError):
    """The file was written by a newer PersonaBuilder."""


class ReadOnlyLocationError(WorkspaceError):
    """The file or its folder cannot be written (a read-only drive, or no permission)."""


class OutdatedSchemaError(ReadOnlyLocationError):
    """The file has an older format and was opened read-only, where it must not be upgraded."""


class AccessDeniedError(WorkspaceError):
    """The user has no permission to read the file."""


class WorkspaceInUseError(WorkspaceError):
    """Another program holds a lock on the file, or the app has it open for editing."""


class WorkspaceExistsError(WorkspaceError):
    """Creating a workspace where a file already exists."""


class WorkspaceNotFoundError(WorkspaceError):
    """Opening a path where there is no file."""


class StorageError(WorkspaceError):
    """A write failed (disk full, I/O error); nothing of the edit was saved."""


class ConstraintError(WorkspaceError):
    """A change broke a rule of the schema; it was rolled back whole."""


class ViewOnlyError(ReadOnlyLocationError):
    """The server refused a write: this login may read the team workspace but not change it."""


class ServerUnreachableError(StorageError):
    """The team workspace's server cannot be reached (address, network, or server down)."""


class LoginRefusedError(AccessDeniedError):
    """The team workspace's server refused the login (user name or password)."""


VIEW_ONLY_MESSAGE = "You can view this workspace but not change it."
