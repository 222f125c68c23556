"""Storage: the only layer that opens engines and sessions on a workspace.

A workspace is a file (SQLite, the default) or a team database on a PostgreSQL server; both
answer the same seam (``seam.WorkspaceStore``). ``open_workspace`` and ``create_workspace``
take either a path or a ``postgresql://`` URL, so callers never branch on the backend.

Importing the package is cheap (errors only); ``Workspace`` loads SQLAlchemy on first use,
so the command line and the window can start before it does.
"""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from personabuilder.store.errors import (
    AccessDeniedError,
    ConstraintError,
    CorruptWorkspaceError,
    LoginRefusedError,
    NewerSchemaError,
    NotAWorkspaceError,
    OutdatedSchemaError,
    ReadOnlyLocationError,
    ServerUnreachableError,
    StorageError,
    ViewOnlyError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceInUseError,
    WorkspaceNotFoundError,
)
from personabuilder.store.seam import WorkspaceStore, is_server_location, mask_url

if TYPE_CHECKING:
    from personabuilder.store.postgres import TeamWorkspace
    from personabuilder.store.workspace import SUFFIX, Workspace

__all__ = [
    "SUFFIX",
    "AccessDeniedError",
    "ConstraintError",
    "CorruptWorkspaceError",
    "LoginRefusedError",
    "NewerSchemaError",
    "NotAWorkspaceError",
    "OutdatedSchemaError",
    "ReadOnlyLocationError",
    "ServerUnreachableError",
    "StorageError",
    "TeamWorkspace",
    "ViewOnlyError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceExistsError",
    "WorkspaceInUseError",
    "WorkspaceNotFoundError",
    "WorkspaceStore",
    "create_workspace",
    "is_server_location",
    "mask_url",
    "open_workspace",
]


def open_workspace(
    location: str | Path, *, read_only: bool = False, daily_backup: bool = True
) -> WorkspaceStore:
    """Opens the workspace at ``location``: a file path, or a ``postgresql://`` server URL.

    A file may be migrated and backed up on opening (see ``Workspace.open``); a team
    workspace never is (its owner upgrades it with ``personabuilder team upgrade``).
    """
    if is_server_location(location):
        from personabuilder.store.postgres import TeamWorkspace

        return TeamWorkspace.open(str(location), read_only=read_only)
    from personabuilder.store.workspace import Workspace

    return Workspace.open(Path(location), read_only=read_only, daily_backup=daily_backup)


def create_workspace(
    location: str | Path,
    *,
    populate: Callable[[WorkspaceStore], None] | None = None,
    overwrite: bool = False,
) -> WorkspaceStore:
    """Creates a workspace at ``location`` (a new file, or an empty server database).

    ``populate`` fills it before anyone else can see it; if it fails, nothing is left behind.
    """
    if is_server_location(location):
        from personabuilder.store.postgres import TeamWorkspace

        return TeamWorkspace.create(str(location), populate=populate)
    from personabuilder.store.workspace import Workspace

    return Workspace.create(Path(location), overwrite=overwrite, populate=populate)


def __getattr__(name: str) -> object:
    if name in ("Workspace", "SUFFIX"):
        from personabuilder.store import workspace

        return getattr(workspace, name)
    if name == "TeamWorkspace":
        from personabuilder.store import postgres

        return postgres.TeamWorkspace
    raise AttributeError(f"module 'personabuilder.store' has no attribute {name!r}")
