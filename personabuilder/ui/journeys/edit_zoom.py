"""Each journey map's zoom, remembered across maps and, with settings, across restarts."""

import hashlib
import uuid

from PySide6.QtCore import QSettings


def workspace_key(workspace: str) -> str:
    """A settings-safe name for a workspace (its path or URL): slashes make groups."""
    return hashlib.sha1(workspace.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]


class ZoomMemory:
    """The zoom of each map of one workspace.

    With ``settings`` the zooms are kept under ``journey_zoom/<workspace>/<map id>`` and
    survive a restart; without, they last as long as the window (nothing is written).
    """

    def __init__(self, settings: QSettings | None = None, workspace: str = "") -> None:
        self._settings = settings
        self._group = f"journey_zoom/{workspace_key(workspace)}"
        self._known: dict[uuid.UUID, float] = {}

    @property
    def persistent(self) -> bool:
        """True when zooms outlive the window."""
        return self._settings is not None

    def get(self, journey_id: uuid.UUID) -> float | None:
        """The zoom last used on a map (None: never zoomed)."""
        if journey_id in self._known:
            return self._known[journey_id]
        if self._settings is None:
            return None
        value = self._settings.value(f"{self._group}/{journey_id}")
        try:
            zoom = float(value) if value is not None else None
        except (TypeError, ValueError):
            return None
        if zoom is not None and zoom > 0:
            self._known[journey_id] = zoom
            return zoom
        return None

    def set(self, journey_id: uuid.UUID, zoom: float) -> None:
        """Remembers a map's zoom."""
        if self._known.get(journey_id) == zoom:
            return
        self._known[journey_id] = zoom
        if self._settings is not None:
            self._settings.setValue(f"{self._group}/{journey_id}", round(zoom, 4))
