"""Where PersonaBuilder keeps its files: the user data folder (overridable for tests)."""

import os
from pathlib import Path

APP_NAME = "PersonaBuilder"
DATA_DIR_ENV = "PERSONABUILDER_DATA_DIR"


def data_dir() -> Path:
    """The per-user data folder; ``PERSONABUILDER_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_workspace_path() -> Path:
    """The workspace opened when none is named."""
    return data_dir() / "My workspace.pbw"


def backups_root() -> Path:
    """Folder holding one sub-folder of automatic backups per workspace."""
    return data_dir() / "backups"
