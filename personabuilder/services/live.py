"""Live updates for the app: what colleagues commit on a team workspace, and the server's link.

On a workspace file there is nobody else: starting does nothing. On a team workspace, one
listening connection runs on a thread of its own (``store/notify.py``); the callbacks are
called on that thread, so a UI hands them over to its own thread (see ``ui/shell/live.py``).

The UI imports this module and may not reach the store even indirectly: the listener comes
from the open workspace itself (``TeamWorkspace.listen``), and what it hands on is read
through the protocols below.
"""

import logging
import uuid
from collections.abc import Callable, Mapping, Set
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from personabuilder.services.container import Services

__all__ = ["BACK", "CONNECTED", "LOST", "Change", "LiveUpdates", "is_connection_lost"]

log = logging.getLogger(__name__)

# How the link to the server stands (the values of the store's LinkState).
CONNECTED = "connected"
LOST = "lost"
BACK = "back"


class Change(Protocol):
    """What colleagues' commits changed (see ``store.notify.Change``)."""

    @property
    def rows(self) -> Mapping[str, Set[uuid.UUID]]:
        """Changed row ids by table; under ``journey_map`` also the maps whose content changed."""
        ...

    @property
    def lists(self) -> Set[str]:
        """Tables where rows were added or removed."""
        ...

    @property
    def reload(self) -> Set[str]:
        """Tables changed beyond what a notification can name."""
        ...

    @property
    def everything(self) -> bool:
        """True when everything may have changed (after a reconnect)."""
        ...


class Listener(Protocol):
    """A listening thread, as the store makes it."""

    @property
    def alive(self) -> bool:
        """True while the thread runs."""
        ...

    def start(self) -> None:
        """Starts the thread."""
        ...

    def wait_listening(self, timeout: float) -> bool:
        """Waits for the first LISTEN."""
        ...

    def stop(self, timeout: float = 5.0) -> bool:
        """Stops and joins the thread."""
        ...


def state_name(state: object) -> str:
    """``CONNECTED``, ``LOST`` or ``BACK`` for a link state the listener reports."""
    return str(getattr(state, "value", state))


def is_connection_lost(error: BaseException) -> bool:
    """True when ``error`` says the team server could not be reached (not a refused edit)."""
    # By name: the store's error class may not be imported on the UI's side of the layers.
    return any(kind.__name__ == "ServerUnreachableError" for kind in type(error).__mro__)


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
        """True when the workspace can be listened to (a team workspace on a server)."""
        return callable(getattr(self._workspace, "listen", None))

    @property
    def active(self) -> bool:
        """True while listening."""
        return self._listener is not None and self._listener.alive

    def start(self, on_change: Callable[[Change], None], on_state: Callable[[Any], None]) -> bool:
        """Starts listening (False on a workspace file: nothing to listen to); returns at once.

        ``on_change`` and ``on_state`` are called on the listening thread.
        """
        listen = getattr(self._workspace, "listen", None)
        if not callable(listen):
            return False
        if self._listener is None:
            self._listener = listen(on_change, on_state)
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
