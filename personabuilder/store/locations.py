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


# The default workspace's file name, in each language the app speaks.
DEFAULT_WORKSPACE_NAMES = {"en": "My workspace.pbw", "fr": "Mon espace de travail.pbw"}


def default_workspace_path(lang: str = "en") -> Path:
    """The workspace opened when none is named.

    An existing default workspace is kept whatever the language it was named in (switching
    the app to French must not hide the user's work behind a new, empty file); a new one is
    named in ``lang``.
    """
    folder = data_dir()
    preferred = folder / DEFAULT_WORKSPACE_NAMES.get(lang, DEFAULT_WORKSPACE_NAMES["en"])
    if preferred.exists():
        return preferred
    for name in DEFAULT_WORKSPACE_NAMES.values():
        if (folder / name).exists():
            return folder / name
    return preferred


def backups_root() -> Path:
    """Folder holding one sub-folder of automatic backups per workspace."""
    return data_dir() / "backups"
