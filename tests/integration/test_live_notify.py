"""Live refresh on a team workspace: a commit reaches a colleague's listener, on a real server."""

import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlmodel import col

from personabuilder.model import LaneKind
from personabuilder.services import Services
from personabuilder.services.live import Change as ChangeView
from personabuilder.services.live import LiveUpdates
from personabuilder.services.readmodels import JourneySpec, LaneSpec, PersonaData, StageSpec
from personabuilder.store import Workspace, notify
from personabuilder.store.notify import PAYLOAD_LIMIT, Change, LinkState, Listener
from personabuilder.store.postgres import TeamWorkspace
from tests.pg_cluster import Cluster

# The promise: a colleague's edit is visible within a second.
DELIVERY = 1.0
# Long enough for a server restart on a busy machine; only a failure waits this long.
PATIENCE = 60.0


class Inbox:
    """What a listener handed on, with a way to wait for what a test expects."""

    def __init__(self) -> None:
        self.changes: list[ChangeView] = []
        self.states: list[LinkState] = []
        self._cond = threading.Condition()

    def on_change(self, change: ChangeView) -> None:
        with self._cond:
            self.changes.append(change)
            self._cond.notify_all()

    def on_state(self, state: LinkState) -> None:
        with self._cond:
            self.states.append(state)
            self._cond.notify_all()

    def wait(self, predicate: Callable[["Inbox"], bool], timeout: float = PATIENCE) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: predicate(self), timeout)

    def ids(self, table: str) -> set[uuid.UUID]:
        with self._cond:
            return {i for c in self.changes for i in c.rows.get(table, ())}

    def has(self, table: str, item: uuid.UUID) -> bool:
        return item in self.ids(table)


@pytest.fixture
def team_url(pg_url: str) -> str:
    """An empty team workspace on the test server."""
    TeamWorkspace.create(pg_url).close()
    return pg_url


@pytest.fixture
def clients(team_url: str) -> Iterator[tuple[TeamWorkspace, TeamWorkspace]]:
    """Two colleagues, A and B, each with the workspace open."""
    a = TeamWorkspace.open(team_url)
    b = TeamWorkspace.open(team_url)
    yield a, b
    a.close()
    b.close()


@contextmanager
def listening(workspace: TeamWorkspace) -> Iterator[tuple[Listener, Inbox]]:
    """A listener for ``workspace``'s client, stopped (and its thread ended) at the end."""
    inbox = Inbox()
    listener = Listener(
        workspace.url,
        own_id=notify.client_id(workspace),
        on_change=inbox.on_change,
        on_state=inbox.on_state,
    )
    listener.start()
    try:
        assert listener.wait_listening(PATIENCE)
        yield listener, inbox
    finally:
        assert listener.stop()


def test_a_rename_reaches_a_colleague_with_its_table_and_id(
    clients: tuple[TeamWorkspace, TeamWorkspace],
) -> None:
    a, b = clients
    services = Services.bind(a)
    persona = services.personas.create(PersonaData(name="Dana")).id
    with listening(b) as (_listener, inbox):
        assert inbox.states == [LinkState.CONNECTED]
        services.personas.update(persona, name="Dana Reyes")
        assert inbox.wait(lambda box: box.has("persona", persona), DELIVERY)
        (change,) = inbox.changes
        assert change.rows == {"persona": frozenset({persona})}
        assert not change.lists
        assert not change.reload
        assert not change.everything
        assert Services.bind(b).personas.get(persona).data.name == "Dana Reyes"


def test_map_edits_name_the_map_they_belong_to(
    clients: tuple[TeamWorkspace, TeamWorkspace],
) -> None:
    a, b = clients
    services = Services.bind(a)
    persona = services.personas.create(PersonaData(name="Ivo")).id
    journey = services.journeys.create(
        JourneySpec(
            title="Onboarding",
            persona_ids=(persona,),
            stages=(StageSpec(name="Sign up"),),
            lanes=(LaneSpec(kind=LaneKind.TEXT, name="Doing"),),
        )
    )
    detail = services.journeys.get(journey)
    stage, lane = detail.stages[0].id, detail.lanes[0].id
    with listening(b) as (_listener, inbox):
        new_stage = services.journey_edit.add_stage(journey, 1, "Activate")
        assert inbox.wait(lambda box: box.has("stage", new_stage))
        assert inbox.has("journey_map", journey)
        assert "stage" in inbox.changes[-1].lists

        before = len(inbox.changes)
        services.journey_edit.set_cell(stage, lane, "Fills in the form")
        assert inbox.wait(lambda box: len(box.changes) > before)
        last = inbox.changes[-1]
        assert "cell" in last.rows
        assert last.rows["journey_map"] == {journey}

        # The persona's links go with it inside the server: the map is named all the same.
        before = len(inbox.changes)
        services.personas.delete(persona)
        assert inbox.wait(lambda box: len(box.changes) > before)
        last = inbox.changes[-1]
        assert last.rows["persona"] == {persona}
        assert "persona" in last.lists
        assert last.rows["journey_map"] == {journey}


def test_a_client_tells_its_own_notifications_apart(
    clients: tuple[TeamWorkspace, TeamWorkspace],
) -> None:
    a, b = clients
    ours, theirs = Services.bind(a), Services.bind(b)
    with listening(a) as (_listener, inbox):
        own = ours.personas.create(PersonaData(name="Mine")).id
        other = theirs.personas.create(PersonaData(name="A colleague's")).id
        # Notifications arrive in commit order: once B's is in, A's would have come first.
        assert inbox.wait(lambda box: box.has("persona", other))
        assert own not in inbox.ids("persona")


def test_a_notification_names_its_sender(
    clients: tuple[TeamWorkspace, TeamWorkspace],
) -> None:
    import psycopg

    a, _b = clients
    with psycopg.connect(a.url, autocommit=True) as raw:
        raw.execute(f"LISTEN {notify.CHANNEL}")
        persona = Services.bind(a).personas.create(PersonaData(name="Signed")).id
        (item,) = list(raw.notifies(timeout=PATIENCE, stop_after=1))
    notice = notify.decode(item.payload)
    assert notice is not None
    assert notice.sender == notify.client_id(a)
    assert notice.sender != notify.client_id(_b)
    assert notice.change.rows["persona"] == {persona}


def test_ten_thousand_rows_send_a_reload_not_an_oversize_payload(
    clients: tuple[TeamWorkspace, TeamWorkspace],
) -> None:
    a, b = clients
    services = Services.bind(a)
    with listening(b) as (_listener, inbox):
        services.personas.create_many([PersonaData(name=f"P{i}") for i in range(10_000)])
        assert inbox.wait(lambda box: any("persona" in c.reload for c in box.changes))
        (change,) = inbox.changes
        assert "persona" not in change.rows
        assert "persona" in change.lists
    assert services.listing.persona_count() == 10_000


def test_a_payload_keeps_what_fits_and_reloads_the_rest() -> None:
    many = frozenset(uuid.uuid4() for _ in range(400))
    few = frozenset(uuid.uuid4() for _ in range(3))
    payload = notify.encode(Change(rows={"persona": many, "stage": few}), "sender")
    assert len(payload.encode()) <= PAYLOAD_LIMIT
    notice = notify.decode(payload)
    assert notice is not None
    assert notice.change.rows == {"stage": few}
    assert notice.change.reload == {"persona"}

    # Even the names of the tables to reload do not fit: everything is reloaded.
    tables = frozenset(f"table_{n:04}" for n in range(1000))
    notice = notify.decode(notify.encode(Change(reload=tables), "sender"))
    assert notice is not None
    assert notice.change.everything


def test_plain_sql_asks_for_a_reload_unless_the_rows_are_named(
    clients: tuple[TeamWorkspace, TeamWorkspace],
) -> None:
    from sqlalchemy import update

    from personabuilder.model.tables import Persona

    a, b = clients
    persona = Services.bind(a).personas.create(PersonaData(name="Plain")).id
    with listening(b) as (_listener, inbox):
        with a.transaction() as session:
            session.execute(update(Persona).where(col(Persona.id) == persona).values(quote="Hi"))
        assert inbox.wait(lambda box: len(box.changes) == 1)
        assert inbox.changes[0].reload == {"persona"}

        with a.transaction() as session:
            session.execute(update(Persona).where(col(Persona.id) == persona).values(quote="Hello"))
            notify.changed(session, "persona", [persona])
        assert inbox.wait(lambda box: len(box.changes) == 2)
        assert inbox.changes[1].rows == {"persona": {persona}}
        assert not inbox.changes[1].reload


def test_a_rolled_back_transaction_sends_nothing(
    clients: tuple[TeamWorkspace, TeamWorkspace],
) -> None:
    a, b = clients
    services = Services.bind(a)
    from personabuilder.model.tables import Persona

    def add_then_fail() -> None:
        with a.transaction() as session:
            session.add(Persona(name="Never", position=1))
            session.flush()
            raise RuntimeError("changed my mind")

    with listening(b) as (_listener, inbox):
        with pytest.raises(RuntimeError, match="changed my mind"):
            add_then_fail()
        kept = services.personas.create(PersonaData(name="Kept")).id
        assert inbox.wait(lambda box: box.has("persona", kept))
        assert len(inbox.changes) == 1


def test_a_server_restart_is_reported_then_everything_reloads(
    clients: tuple[TeamWorkspace, TeamWorkspace], pg_cluster: Cluster
) -> None:
    a, b = clients
    services = Services.bind(a)
    with listening(b) as (_listener, inbox):
        pg_cluster.restart()
        assert inbox.wait(lambda box: LinkState.BACK in box.states)
        assert inbox.states == [LinkState.CONNECTED, LinkState.LOST, LinkState.BACK]
        assert inbox.wait(lambda box: any(c.everything for c in box.changes))

        after = services.personas.create(PersonaData(name="After the restart")).id
        assert inbox.wait(lambda box: box.has("persona", after))


def test_stop_ends_the_thread_even_while_the_server_is_unreachable(
    team_url: str, pg_cluster: Cluster
) -> None:
    from tests.pg_cluster import _free_port

    nowhere = team_url.replace(f":{pg_cluster.port}/", f":{_free_port()}/")
    inbox = Inbox()
    listener = Listener(nowhere, own_id="x", on_change=inbox.on_change, on_state=inbox.on_state)
    listener.start()
    assert inbox.wait(lambda box: LinkState.LOST in box.states)
    assert listener.stop()
    assert not listener.alive
    assert not [t for t in threading.enumerate() if t.name == "personabuilder-live"]


def test_live_updates_listen_on_a_team_workspace_and_not_on_a_file(
    clients: tuple[TeamWorkspace, TeamWorkspace], tmp_path: Path
) -> None:
    a, b = clients
    inbox = Inbox()
    live = LiveUpdates.of(Services.bind(b))
    assert live.start(inbox.on_change, inbox.on_state)
    try:
        assert live.wait_listening(PATIENCE)
        persona = Services.bind(a).personas.create(PersonaData(name="Live")).id
        assert inbox.wait(lambda box: box.has("persona", persona))
    finally:
        assert live.stop()
    assert not live.active
    assert not [t for t in threading.enumerate() if t.name == "personabuilder-live"]

    local = Workspace.create(tmp_path / "alone.pbw")
    try:
        on_file = LiveUpdates.of(Services.bind(local))
        assert not on_file.start(inbox.on_change, inbox.on_state)
        assert not on_file.active
        assert on_file.stop()
    finally:
        local.close()
