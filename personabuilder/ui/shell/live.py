"""Colleagues' changes to a team workspace, brought to the GUI thread as Qt signals.

The listening thread never touches a widget: it emits a private signal whose queued
connection runs the slots on the GUI thread. ``connect_live`` wires the signals to the
refreshes an undo command already triggers (the edit session's signals), and the status bar
says when the server goes away and when it is back.
"""

import logging
import sys
import uuid
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QLabel, QMainWindow

from personabuilder.services.errors import NotFoundError
from personabuilder.services.live import BACK, LOST, Change, LiveUpdates, state_name

if TYPE_CHECKING:
    from personabuilder.services import Services
    from personabuilder.ui.common.commands import EditSession
    from personabuilder.ui.common.gateway import OpenWorkspace

log = logging.getLogger(__name__)

# Past this many personas changed at once, the lists reload once instead of row by row.
MANY_ROWS = 50
# How long "Reconnected" stays in the status bar (ms).
BACK_MESSAGE_MS = 6000
# Set on the edit session while the server is away, for views that must keep typed text.
OFFLINE_PROPERTY = "team_offline"


def lost_text() -> str:
    """The status bar's words while the team server cannot be reached."""
    return QCoreApplication.translate(
        "LiveRefresh", "Connection to the team server lost; reconnecting…"
    )


def back_text() -> str:
    """The status bar's words once the team server answers again."""
    return QCoreApplication.translate("LiveRefresh", "Reconnected to the team server.")


class LiveRefresh(QObject):
    """What colleagues commit on the open team workspace, as signals on the GUI thread."""

    changed = Signal(dict)  # dict[str, set[uuid.UUID]]: changed row ids by table
    lists_changed = Signal(set)  # set[str]: tables where rows were added or removed
    reload_all = Signal()  # after a reconnect, or a change too large to name
    connection_lost = Signal()
    connection_back = Signal()
    # From the listening thread; queued, so the slots run on this object's (GUI) thread.
    _change_arrived = Signal(object)
    _state_arrived = Signal(object)

    def __init__(self, services: "Services", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._live = LiveUpdates.of(services)
        self._running = False
        self.online = True
        self._change_arrived.connect(self._on_change_arrived, Qt.ConnectionType.QueuedConnection)
        self._state_arrived.connect(self._on_state_arrived, Qt.ConnectionType.QueuedConnection)
        live = self._live
        # The thread must not outlive the object its signals are emitted from.
        self.destroyed.connect(lambda _obj=None: live.stop())

    @property
    def active(self) -> bool:
        """True while listening (a team workspace)."""
        return self._live.active

    def start(self) -> bool:
        """Starts listening; False on a workspace file (nothing to listen to)."""
        self._running = self._live.start(self._change_arrived.emit, self._state_arrived.emit)
        return self._running

    def wait_listening(self, timeout: float) -> bool:
        """Waits until the server listens for this client (tests); True if it does."""
        return self._live.wait_listening(timeout)

    def stop(self) -> bool:
        """Stops listening; what is still queued is dropped. True once the thread has ended."""
        self._running = False
        return self._live.stop()

    @Slot(object)
    def _on_change_arrived(self, change: Change) -> None:
        if not self._running:
            return
        if change.everything or change.reload:
            self.reload_all.emit()
            return
        if change.lists:
            self.lists_changed.emit(set(change.lists))
        rows = {table: set(ids) for table, ids in change.rows.items()}
        if rows:
            self.changed.emit(rows)

    @Slot(object)
    def _on_state_arrived(self, state: object) -> None:
        if not self._running:
            return
        name = state_name(state)
        if name == LOST and self.online:
            self.online = False
            self.connection_lost.emit()
        elif name == BACK and not self.online:
            self.online = True
            self.connection_back.emit()


# One live refresh per window: opening another workspace stops the previous one.
_by_window: "weakref.WeakKeyDictionary[QMainWindow, LiveRefresh]" = weakref.WeakKeyDictionary()


def connect_live(window: QMainWindow, workspace: "OpenWorkspace | None") -> LiveRefresh | None:
    """Keeps ``window`` up to date with colleagues' commits on ``workspace`` (a team one).

    Call it after the window shows a workspace (and with None when it closes one): the
    previous live refresh stops. Returns the new one, or None for a file or nothing.
    """
    previous = _by_window.pop(window, None)
    if previous is not None:
        previous.stop()
        previous.deleteLater()
    session: EditSession | None = getattr(window, "session", None)
    if workspace is None or session is None:
        _status_label(window).hide()
        return None
    live = LiveRefresh(workspace.services, window)
    if not live.start():
        live.deleteLater()
        return None
    _by_window[window] = live
    services = workspace.services
    live.lists_changed.connect(lambda tables: _lists_changed(session, tables))
    live.changed.connect(lambda rows: _rows_changed(session, services, rows))
    live.reload_all.connect(lambda: _reload_all(window, session, services))
    live.connection_lost.connect(lambda: _show_lost(window, session))
    live.connection_back.connect(lambda: _show_back(window, session))
    return live


def _lists_changed(session: "EditSession", tables: set[str]) -> None:
    if "persona" in tables:
        session.personas_changed.emit()
    if "journey_map" in tables:
        session.journeys_changed.emit()


def _rows_changed(
    session: "EditSession", services: "Services", rows: dict[str, set[uuid.UUID]]
) -> None:
    personas = rows.get("persona", set())
    if len(personas) > MANY_ROWS:
        session.personas_changed.emit()
    else:
        for persona_id in personas:
            session.persona_changed.emit(persona_id)
    for journey_id in rows.get("journey_map", set()):
        # A map a colleague deleted has nothing left to show; the list reload covers it.
        if _exists(services, journey_id):
            session.journey_changed.emit(journey_id)


def reload_views(window: QMainWindow) -> None:
    """Reloads every view of ``window`` from its workspace, as after a reconnect.

    For writes the views did not make themselves: a publish brings colleagues' rows into
    the open offline copy.
    """
    session: EditSession | None = getattr(window, "session", None)
    if session is not None:
        _reload_all(window, session, session.services)


def _reload_all(window: QMainWindow, session: "EditSession", services: "Services") -> None:
    session.personas_changed.emit()
    session.journeys_changed.emit()
    for journey_id in _maps_on_screen(window):
        if _exists(services, journey_id):
            session.journey_changed.emit(journey_id)


def _exists(services: "Services", journey_id: uuid.UUID) -> bool:
    try:
        services.listing.journey(journey_id)
    except NotFoundError:
        return False
    return True


def _maps_on_screen(window: QMainWindow) -> set[uuid.UUID]:
    """The maps the window's journey page and workshops show."""
    shown: set[uuid.UUID] = set()
    for module, name in (
        ("personabuilder.ui.journeys.studio", "JourneyPage"),
        ("personabuilder.ui.workshop.controller", "WorkshopController"),
    ):
        # A module never imported has nothing on screen (and is not loaded for this).
        loaded = sys.modules.get(module)
        kind = getattr(loaded, name, None) if loaded is not None else None
        if not isinstance(kind, type) or not issubclass(kind, QObject):
            continue
        for found in window.findChildren(kind):
            journey_id = getattr(found, "journey_id", None)
            if isinstance(journey_id, uuid.UUID):
                shown.add(journey_id)
    return shown


def _status_label(window: QMainWindow) -> QLabel:
    """The status bar's lasting notice of a lost server, made on first use."""
    label = window.statusBar().findChild(QLabel, "team_link_label")
    if label is None:
        label = QLabel(window.statusBar())
        label.setObjectName("team_link_label")
        label.hide()
        # A lasting widget: a passing message (a save, an import) does not hide it.
        window.statusBar().insertPermanentWidget(0, label)
    return label


def _show_lost(window: QMainWindow, session: "EditSession") -> None:
    session.setProperty(OFFLINE_PROPERTY, True)
    label = _status_label(window)
    label.setText(lost_text())
    label.show()
    log.info("team server lost; reconnecting")


def _show_back(window: QMainWindow, session: "EditSession") -> None:
    session.setProperty(OFFLINE_PROPERTY, False)
    _status_label(window).hide()
    window.statusBar().showMessage(back_text(), BACK_MESSAGE_MS)
    log.info("team server back")
