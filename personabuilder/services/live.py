"""Live updates for the app: what colleagues commit on a team workspace, and the server's link.

On a workspace file there is nobody else: starting does nothing. On a team workspace, one
listening connection runs on a thread of its own; the callbacks are called on that thread,
so a UI hands them over to its own thread (see ``ui/shell/live.py``).
"""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from personabuilder.store.errors import ServerUnreachableError
from personabuilder.store.notify import EVERYTHING, Change, LinkState, Listener, client_id

if TYPE_CHECKING:
    from personabuilder.services.container import Services

__all__ = ["EVERYTHING", "Change", "LinkState", "LiveUpdates", "is_connection_lost"]

log = logging.getLogger(__name__)


def is_connection_lost(error: BaseException) -> bool:
    """True when ``error`` says the team server could not be reached (not a refused edit)."""
    return isinstance(error, ServerUnreachableError)


class LiveUpdates:
    """Colleagues' changes to one open workspace, as they commit them."""

    def __init__(self, workspace: object) -> None:
        self._workspace = workspace
        self._listener: Listener | None = None

    @classmethod
    def of(cls, services: "Services") -> "LiveUpdates":
        """Live updates of the workspace ``services`` are bound to."""
        # The container keeps the unit of work (the open workspace) it was bound to.
        return cls(services._uow)

    @property
    def is_team(self) -> bool:
        """True when the workspace is on a team server (there is something to listen to)."""
        return bool(getattr(self._workspace, "is_team", False)) and hasattr(self._workspace, "url")

    @property
    def active(self) -> bool:
        """True while listening."""
        return self._listener is not None and self._listener.alive

    def start(
        self, on_change: Callable[[Change], None], on_state: Callable[[LinkState], None]
    ) -> bool:
        """Starts listening (False on a workspace file: nothing to listen to); returns at once.

        ``on_change`` and ``on_state`` are called on the listening thread.
        """
        if not self.is_team:
            return False
        if self._listener is not None:
            return True
        url = str(getattr(self._workspace, "url"))  # noqa: B009 - present on a team workspace
        self._listener = Listener(
            url, own_id=client_id(self._workspace), on_change=on_change, on_state=on_state
        )
        self._listener.start()
        return True

    def wait_listening(self, timeout: float) -> bool:
        """Waits until the first LISTEN is in place (tests, benchmarks); True if it is."""
        return self._listener is not None and self._listener.wait_listening(timeout)

    def stop(self, timeout: float = 5.0) -> bool:
        """Stops listening and ends the thread; True when it has ended."""
        listener, self._listener = self._listener, None
        if listener is None:
            return True
        return listener.stop(timeout)
