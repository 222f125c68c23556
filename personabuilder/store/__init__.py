"""Storage: the only layer that opens engines and sessions on a workspace file.

Importing the package is cheap (errors only); ``Workspace`` loads SQLAlchemy on first use,
so the command line and the window can start before it does.
"""

from typing import TYPE_CHECKING

from personabuilder.store.errors import (
    AccessDeniedError,
    ConstraintError,
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    OutdatedSchemaError,
    ReadOnlyLocationError,
    StorageError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceInUseError,
    WorkspaceNotFoundError,
)

if TYPE_CHECKING:
    from personabuilder.store.workspace import SUFFIX, Workspace

__all__ = [
    "SUFFIX",
    "AccessDeniedError",
    "ConstraintError",
    "CorruptWorkspaceError",
    "NewerSchemaError",
    "NotAWorkspaceError",
    "OutdatedSchemaError",
    "ReadOnlyLocationError",
    "StorageError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceExistsError",
    "WorkspaceInUseError",
    "WorkspaceNotFoundError",
]


def __getattr__(name: str) -> object:
    if name in ("Workspace", "SUFFIX"):
        from personabuilder.store import workspace

        return getattr(workspace, name)
    raise AttributeError(f"module 'personabuilder.store' has no attribute {name!r}")
