"""Live refresh in the app: a colleague's commit on the team server reaches the window."""

import threading
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, cast

import pytest
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from personabuilder.services import Services
from personabuilder.services.readmodels import PersonaData
from personabuilder.store.postgres import TeamWorkspace
from personabuilder.ui.shell.live import LiveRefresh, back_text, connect_live, lost_text
from personabuilder.ui.shell.main_window import MainWindow
from tests.pg_cluster import Cluster

if TYPE_CHECKING:
    from personabuilder.ui.common.gateway import OpenWorkspace

# Only a failure waits this long (a server restart on a busy machine included).
PATIENCE_MS = 60_000


class OpenTeam(QObject):
    """The window's view of an open team workspace (what the composition root hands it)."""

    damaged = Signal(object)

    def __init__(self, workspace: TeamWorkspace) -> None:
        super().__init__()
        self._workspace = workspace
        self.path = Path(workspace.display_name)
        self.read_only = False
        self.services = Services.bind(workspace)

    def save_copy(self, dest: Path) -> None:
        self._workspace.save_copy(dest)

    def close(self) -> None:
        self._workspace.close()


@pytest.fixture
def team_url(pg_url: str) -> str:
    """An empty team workspace on the test server."""
    TeamWorkspace.create(pg_url).close()
    return pg_url


@pytest.fixture
def colleague(team_url: str) -> Iterator[Services]:
    """A colleague's services, on a team workspace of their own."""
    theirs = TeamWorkspace.open(team_url)
    yield Services.bind(theirs)
    theirs.close()


@pytest.fixture
def mine(team_url: str) -> Iterator[TeamWorkspace]:
    """This app's team workspace."""
    ours = TeamWorkspace.open(team_url)
    yield ours
    ours.close()


def test_a_colleagues_rename_reaches_the_changed_signal_on_the_gui_thread(
    qtbot: QtBot, colleague: Services, mine: TeamWorkspace
) -> None:
    persona = colleague.personas.create(PersonaData(name="Noor")).id
    live = LiveRefresh(Services.bind(mine))
    app = QCoreApplication.instance()
    assert app is not None
    threads: list[bool] = []
    live.changed.connect(lambda _rows: threads.append(QThread.currentThread() is app.thread()))
    assert live.start()
    try:
        assert live.wait_listening(PATIENCE_MS / 1000)
        with qtbot.waitSignal(
            live.changed,
            timeout=PATIENCE_MS,
            check_params_cb=lambda rows: persona in rows.get("persona", set()),
        ) as blocker:
            colleague.personas.update(persona, name="Noor Haddad")
        assert blocker.args == [{"persona": {persona}}]
        assert threads == [True]
    finally:
        assert live.stop()
    assert not [t for t in threading.enumerate() if t.name == "personabuilder-live"]


def _sidebar_text(window: MainWindow, item: uuid.UUID) -> str | None:
    index = window.sidebar_model.index_of(item)
    return str(index.data()) if index.isValid() else None


def test_the_window_shows_a_colleagues_changes_and_the_servers_absence(
    qtbot: QtBot,
    window: MainWindow,
    colleague: Services,
    mine: TeamWorkspace,
    pg_cluster: Cluster,
) -> None:
    persona = colleague.personas.create(PersonaData(name="Lea")).id
    window.set_workspace(cast("OpenWorkspace", OpenTeam(mine)))
    live = connect_live(window, window.workspace)
    assert live is not None
    try:
        assert live.wait_listening(PATIENCE_MS / 1000)
        qtbot.waitUntil(lambda: _sidebar_text(window, persona) == "Lea", timeout=PATIENCE_MS)

        colleague.personas.update(persona, name="Lea Martin")
        qtbot.waitUntil(lambda: _sidebar_text(window, persona) == "Lea Martin", timeout=PATIENCE_MS)
        added = colleague.personas.create(PersonaData(name="Sam")).id
        qtbot.waitUntil(lambda: _sidebar_text(window, added) == "Sam", timeout=PATIENCE_MS)

        with qtbot.waitSignals(
            [live.connection_lost, live.connection_back, live.reload_all],
            order="strict",
            timeout=PATIENCE_MS,
        ):
            pg_cluster.restart()
        label = window.statusBar().findChild(QLabel, "team_link_label")
        assert label is not None
        assert label.text() == lost_text()
        assert label.isHidden()
        assert window.statusBar().currentMessage() == back_text()
        # What was on screen is still there, read again from the server.
        assert _sidebar_text(window, persona) == "Lea Martin"

        after = colleague.personas.create(PersonaData(name="After")).id
        qtbot.waitUntil(lambda: _sidebar_text(window, after) == "After", timeout=PATIENCE_MS)
    finally:
        assert connect_live(window, None) is None
    assert not [t for t in threading.enumerate() if t.name == "personabuilder-live"]
