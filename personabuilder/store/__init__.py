"""Storage: the only layer that opens engines and sessions on a workspace file."""

from personabuilder.store.errors import (
    ConstraintError,
    CorruptWorkspaceError,
    NewerSchemaError,
    NotAWorkspaceError,
    ReadOnlyLocationError,
    StorageError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
)
from personabuilder.store.workspace import SUFFIX, Workspace

__all__ = [
    "SUFFIX",
    "ConstraintError",
    "CorruptWorkspaceError",
    "NewerSchemaError",
    "NotAWorkspaceError",
    "ReadOnlyLocationError",
    "StorageError",
    "Workspace",
    "WorkspaceError",
    "WorkspaceExistsError",
    "WorkspaceNotFoundError",
]
