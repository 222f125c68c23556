"""Live refresh on a team workspace: NOTIFY after each commit, LISTEN on a thread of its own.

A commit names what it changed (tables and row ids, never rows) in one notification on the
channel ``personabuilder``; PostgreSQL delivers it to every listening client of the same
database when, and only if, the transaction commits. A payload must stay under the server's
8000-byte limit: a table with more changed rows than fit is sent as "reload" instead.

The sender's client id is in each payload, so a client skips what it sent itself. A
listener that loses its connection retries with backoff and, once back, asks for a full
reload: notifications sent while it was away are gone.
"""

import enum
import json
import logging
import socket
import threading
import uuid
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from personabuilder.store.errors import WorkspaceError
from personabuilder.store.seam import mask_url

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy.orm import ORMExecuteState, UOWTransaction
    from sqlmodel import Session

log = logging.getLogger(__name__)

CHANNEL = "personabuilder"
# PostgreSQL refuses a payload of 8000 bytes or more; keep a margin for the envelope.
PAYLOAD_LIMIT = 7800
# Past this many rows of one table, naming them is pointless: the table is reloaded.
MAX_NAMED_ROWS = 1000
FORMAT = 1
# Maps whose content lives in these tables, by the column naming the map directly.
_JOURNEY_COLUMN = {
    "stage": "journey_id",
    "lane": "journey_id",
    "journey_persona": "journey_id",
    "workshop_session": "journey_id",
    "snapshot": "journey_id",
}
_SESSION_KEY = "personabuilder.notify"
_client_ids: "weakref.WeakKeyDictionary[object, str]" = weakref.WeakKeyDictionary()


def client_id(workspace: object) -> str:
    """The id this open workspace signs its notifications with (one per open workspace)."""
    known = _client_ids.get(workspace)
    if known is None:
        known = uuid.uuid4().hex[:16]
        _client_ids[workspace] = known
    return known


# -- what a commit changed -----------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """What colleagues' commits changed, as a listener hands it on.

    ``rows`` maps a table to the ids of its changed rows; under ``journey_map`` it also names
    the maps whose stages, lanes, cells, scores, metrics or workshop items changed. ``lists``
    names the tables where rows were added or removed; ``reload`` the tables changed beyond
    what a notification can name; ``everything`` asks for a full reload (after a reconnect).
    """

    rows: Mapping[str, frozenset[uuid.UUID]] = field(default_factory=dict)
    lists: frozenset[str] = frozenset()
    reload: frozenset[str] = frozenset()
    everything: bool = False

    def merged(self, other: "Change") -> "Change":
        """This change and ``other`` together."""
        rows = {name: set(ids) for name, ids in self.rows.items()}
        for name, ids in other.rows.items():
            rows.setdefault(name, set()).update(ids)
        return Change(
            rows={name: frozenset(ids) for name, ids in rows.items()},
            lists=self.lists | other.lists,
            reload=self.reload | other.reload,
            everything=self.everything or other.everything,
        )


EVERYTHING = Change(everything=True)


class _Tracker:
    """The changes of one session's transaction, gathered at each flush."""

    def __init__(self, sender: str) -> None:
        self.sender = sender
        self.rows: dict[str, set[uuid.UUID]] = {}
        self.lists: set[str] = set()
        self.reload: set[str] = set()
        # Tables a plain INSERT, UPDATE or DELETE changed, unless the service names the rows.
        self.unnamed: set[str] = set()
        self.everything = False
        # Rows whose map is found by a query at the next flush: table -> parent ids.
        self.pending: dict[str, set[uuid.UUID]] = {}

    def name(self, table: str, ids: Iterable[uuid.UUID]) -> None:
        if table in self.reload:
            return
        named = self.rows.setdefault(table, set())
        named.update(ids)
        if len(named) > MAX_NAMED_ROWS:
            del self.rows[table]
            self.reload.add(table)

    def journeys(self, ids: Iterable[uuid.UUID]) -> None:
        self.name("journey_map", ids)

    def empty(self) -> bool:
        return not (self.rows or self.lists or self.reload or self.unnamed or self.everything)

    def change(self) -> Change:
        reload = self.reload | self.unnamed
        return Change(
            rows={name: frozenset(ids) for name, ids in self.rows.items() if name not in reload},
            lists=frozenset(self.lists),
            reload=frozenset(reload),
            everything=self.everything,
        )


def track(session: "Session", workspace: object) -> None:
    """Starts gathering what ``session`` changes, signed with ``workspace``'s client id.

    Call it once, just after the team workspace creates the session of a transaction.
    """
    from sqlalchemy import event

    tracker = _Tracker(client_id(workspace))
    session.info[_SESSION_KEY] = tracker
    event.listen(session, "before_flush", _before_flush)
    event.listen(session, "do_orm_execute", _on_execute)


def changed(
    session: "Session", table: str, ids: Iterable[uuid.UUID], *, added_or_removed: bool = False
) -> None:
    """Names rows a service changed with plain SQL (the ORM does not see those).

    Naming them spares colleagues the reload of the whole table that a plain statement on
    it asks for otherwise.
    """
    tracker = _tracker(session)
    if tracker is not None:
        tracker.unnamed.discard(table)
        tracker.name(table, ids)
        if added_or_removed:
            tracker.lists.add(table)


def reload(session: "Session", table: str | None = None) -> None:
    """Asks colleagues to reload ``table`` (None: everything) after this transaction."""
    tracker = _tracker(session)
    if tracker is None:
        return
    if table is None:
        tracker.everything = True
    else:
        tracker.rows.pop(table, None)
        tracker.reload.add(table)


def send(session: "Session") -> None:
    """Queues the notification of what ``session`` changed; PostgreSQL sends it on commit.

    Call it inside the transaction, just before the commit: a rolled-back transaction
    sends nothing.
    """
    from sqlalchemy import text

    tracker = _tracker(session)
    if tracker is None:
        return
    session.flush()
    _resolve(session, tracker)
    if tracker.empty():
        return
    payload = encode(tracker.change(), tracker.sender)
    session.connection().execute(
        text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
    )


def encode(change: Change, sender: str) -> str:
    """The payload naming ``change``, under the server's size limit (larger tables: reload)."""
    rows = {name: set(ids) for name, ids in change.rows.items()}
    lists, reloads, everything = set(change.lists), set(change.reload), change.everything

    def dump() -> str:
        body: dict[str, Any] = {"v": FORMAT, "from": sender}
        if everything:
            body["reload"] = "*"
            return json.dumps(body, separators=(",", ":"))
        body["rows"] = {name: sorted(i.hex for i in ids) for name, ids in sorted(rows.items())}
        body["lists"] = sorted(lists)
        body["reload"] = sorted(reloads)
        return json.dumps(body, separators=(",", ":"))

    payload = dump()
    while len(payload.encode()) > PAYLOAD_LIMIT:
        if rows:
            largest = max(rows, key=lambda name: len(rows[name]))
            del rows[largest]
            reloads.add(largest)
        else:
            everything = True
        payload = dump()
    return payload


@dataclass(frozen=True)
class Notice:
    """One notification read back: who sent it and what it changed."""

    sender: str
    change: Change


def decode(payload: str) -> Notice | None:
    """The notice in ``payload``; None for one this version cannot read."""
    try:
        body = json.loads(payload)
        if not isinstance(body, dict) or body.get("v") != FORMAT:
            return None
        sender = str(body.get("from", ""))
        if body.get("reload") == "*":
            return Notice(sender, EVERYTHING)
        rows = {
            str(name): frozenset(uuid.UUID(hex=value) for value in ids)
            for name, ids in dict(body.get("rows", {})).items()
        }
        return Notice(
            sender,
            Change(
                rows=rows,
                lists=frozenset(str(n) for n in body.get("lists", [])),
                reload=frozenset(str(n) for n in body.get("reload", [])),
            ),
        )
    except (ValueError, TypeError, AttributeError):
        log.warning("a notification this version cannot read was ignored")
        return None


def _tracker(session: "Session") -> _Tracker | None:
    found = session.info.get(_SESSION_KEY)
    return found if isinstance(found, _Tracker) else None


def _before_flush(session: "Session", _flush: "UOWTransaction", _instances: object) -> None:
    tracker = _tracker(session)
    if tracker is None:
        return
    for obj in session.new:
        _note(tracker, obj, added_or_removed=True)
    for obj in session.dirty:
        if session.is_modified(obj):
            _note(tracker, obj, added_or_removed=False)
    deleted = list(session.deleted)
    for obj in deleted:
        _note(tracker, obj, added_or_removed=True)
    # A deleted persona leaves the maps it was on; the links go with it (ON DELETE CASCADE),
    # so the maps are found now, while the links still exist.
    personas = [_id(obj) for obj in deleted if _table(obj) == "persona"]
    if personas and "journey_map" not in tracker.reload:
        from sqlalchemy import select

        from personabuilder.model.tables import metadata

        links = metadata.tables["journey_persona"]
        found = session.connection().execute(
            select(links.c.journey_id).where(links.c.persona_id.in_([p for p in personas if p]))
        )
        tracker.journeys(row[0] for row in found)
    # Parents that may be deleted in this flush are looked up before it.
    _resolve(session, tracker)


def _note(tracker: _Tracker, obj: object, *, added_or_removed: bool) -> None:
    table = _table(obj)
    if table is None:
        return
    if added_or_removed:
        tracker.lists.add(table)
    row_id = _id(obj)
    if row_id is not None:
        tracker.name(table, [row_id])
    elif table not in tracker.reload:
        tracker.rows.setdefault(table, set())
    column = _JOURNEY_COLUMN.get(table)
    if column is not None:
        tracker.journeys([getattr(obj, column)])
    elif table in ("cell", "emotion_score", "metric"):
        tracker.pending.setdefault("stage", set()).add(obj.stage_id)  # type: ignore[attr-defined]
    elif table == "metric_value":
        tracker.pending.setdefault("metric", set()).add(obj.metric_id)  # type: ignore[attr-defined]
    elif table == "captured_item":
        tracker.pending.setdefault("workshop_session", set()).add(
            obj.session_id  # type: ignore[attr-defined]
        )


def _resolve(session: "Session", tracker: _Tracker) -> None:
    """Finds the maps holding the stages, metrics and workshop sessions noted so far."""
    pending, tracker.pending = tracker.pending, {}
    if not pending or "journey_map" in tracker.reload or tracker.everything:
        return
    from sqlalchemy import select

    from personabuilder.model.tables import metadata

    stage = metadata.tables["stage"]
    metric = metadata.tables["metric"]
    workshop = metadata.tables["workshop_session"]
    queries = {
        "stage": lambda ids: select(stage.c.journey_id).where(stage.c.id.in_(ids)),
        "metric": lambda ids: (
            select(stage.c.journey_id)
            .join(metric, metric.c.stage_id == stage.c.id)
            .where(metric.c.id.in_(ids))
        ),
        "workshop_session": lambda ids: select(workshop.c.journey_id).where(workshop.c.id.in_(ids)),
    }
    conn = session.connection()
    for table, ids in pending.items():
        if len(ids) > MAX_NAMED_ROWS:
            tracker.reload.add("journey_map")
            tracker.rows.pop("journey_map", None)
            return
        tracker.journeys(row[0] for row in conn.execute(queries[table](sorted(ids))))


def _on_execute(state: "ORMExecuteState") -> None:
    # A plain INSERT, UPDATE or DELETE names no rows the ORM could see: unless the service
    # names them itself (``changed``), colleagues reload the table.
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    tracker = _tracker(state.session)  # type: ignore[arg-type]
    table = getattr(getattr(state.statement, "table", None), "name", None)
    if tracker is not None and isinstance(table, str):
        tracker.unnamed.add(table)


def _table(obj: object) -> str | None:
    table = getattr(obj, "__table__", None)
    name = getattr(table, "name", None)
    return name if isinstance(name, str) else None


def _id(obj: object) -> uuid.UUID | None:
    value = getattr(obj, "id", None)
    return value if isinstance(value, uuid.UUID) else None


# -- listening -----------------------------------------------------------------------------


class LinkState(enum.Enum):
    """How a listener's connection stands."""

    CONNECTED = "connected"  # listening for the first time
    LOST = "lost"  # the connection is gone; retrying
    BACK = "back"  # listening again after a loss (a full reload follows)


# Seconds between reconnection attempts: quick at first, then no busier than every 5 s.
BACKOFF = (0.25, 0.5, 1.0, 2.0, 3.0, 5.0)
# How long one wait for notifications lasts: also how quickly stop() is obeyed.
POLL = 0.25
# Notifications arriving this close together are handed on as one batch.
GATHER = 0.03
# Libpq's TCP options that notice a silently dead link (a cable pulled: no reset ever
# comes): an idle connection is probed after 2 s, then every second, and given up after 3
# unanswered probes, so about 5 s; data sent and not acknowledged for 5 s does the same.
# Without them the kernel's defaults take two hours, and a pending read waits that long.
KEEPALIVE: dict[str, int] = {
    "keepalives": 1,
    "keepalives_idle": 2,
    "keepalives_interval": 1,
    "keepalives_count": 3,
}
# TCP_USER_TIMEOUT (ms) is known to libpq from version 12, and only on some systems.
USER_TIMEOUT_MS = 5000
_LISTENER_CONNECT_TIMEOUT = 5


def link_options(url: str, connect_timeout: int) -> dict[str, Any]:
    """The keepalive options and connect timeout for ``url``; those it sets itself win."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        given = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        given = {}  # the connection itself reports the unreadable URL
    options: dict[str, Any] = {**KEEPALIVE, "connect_timeout": connect_timeout}
    if psycopg.pq.version() >= 120000 and hasattr(socket, "TCP_USER_TIMEOUT"):
        options["tcp_user_timeout"] = USER_TIMEOUT_MS
    return {key: value for key, value in options.items() if key not in given}


class Listener:
    """Listens on a team workspace's channel on a thread of its own, never the caller's.

    ``on_change`` gets a ``Change`` for each batch of colleagues' commits (never this
    client's own, named by ``own_id``); ``on_state`` gets each ``LinkState``. Both are
    called on the listener's thread.
    """

    def __init__(
        self,
        url: str,
        *,
        own_id: str,
        on_change: Callable[[Change], None],
        on_state: Callable[[LinkState], None],
        channel: str = CHANNEL,
        connect: "Callable[..., psycopg.Connection[Any]] | None" = None,
    ) -> None:
        self.url = url
        # The team workspace's own connect (its timeout and error wording); psycopg's
        # when none is given. Passed in: this module may not import the workspace's.
        self._connect_with = connect
        self.own_id = own_id
        self.channel = channel
        self._on_change = on_change
        self._on_state = on_state
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._conn: psycopg.Connection[Any] | None = None

    @property
    def alive(self) -> bool:
        """True while the listening thread runs."""
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Starts listening on a new thread; returns at once."""
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="personabuilder-live", daemon=True)
        self._thread.start()

    def wait_listening(self, timeout: float) -> bool:
        """Waits until the first LISTEN is in place; True if it is."""
        return self._ready.wait(timeout)

    def stop(self, timeout: float = 5.0) -> bool:
        """Stops listening and waits for the thread to end; True when it has."""
        self._stop.set()
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout)
        if thread.is_alive():
            log.warning("the live refresh thread did not stop within %s s", timeout)
            return False
        self._thread = None
        return True

    # -- the thread ----------------------------------------------------------------------

    def _run(self) -> None:
        import psycopg

        attempt = 0
        connected_before = False
        lost_reported = False
        try:
            while not self._stop.is_set():
                try:
                    conn = self._connect()
                except WorkspaceError as exc:
                    if not lost_reported:
                        log.info("live refresh cannot connect: %s", exc)
                        self._report_state(LinkState.LOST)
                        lost_reported = True
                    self._stop.wait(BACKOFF[min(attempt, len(BACKOFF) - 1)])
                    attempt += 1
                    continue
                attempt = 0
                lost_reported = False
                self._report_state(LinkState.BACK if connected_before else LinkState.CONNECTED)
                if connected_before:
                    # Notifications sent while away are gone: everything may have changed.
                    self._report_change(EVERYTHING)
                connected_before = True
                self._ready.set()
                try:
                    self._listen(conn)
                except psycopg.Error as exc:
                    if self._stop.is_set():
                        break
                    log.info("live refresh connection lost: %s", type(exc).__name__)
                    self._report_state(LinkState.LOST)
                    lost_reported = True
                finally:
                    self._close(conn)
        finally:
            log.debug("live refresh thread ends")

    def _connect(self) -> "psycopg.Connection[Any]":
        import psycopg

        connect: Callable[..., psycopg.Connection[Any]] = self._connect_with or psycopg.connect
        extra = link_options(self.url, _LISTENER_CONNECT_TIMEOUT)
        try:
            conn = connect(self.url, autocommit=True, **extra)
        except psycopg.Error as exc:  # psycopg's own connect: its errors say the same
            raise WorkspaceError(mask_url(self.url), "The team server cannot be reached.") from exc
        try:
            from psycopg import sql

            conn.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
        except psycopg.Error:
            conn.close()
            raise WorkspaceError(
                mask_url(self.url), "The server refused to listen for changes."
            ) from None
        self._conn = conn
        return conn

    def _listen(self, conn: "psycopg.Connection[Any]") -> None:
        import psycopg

        while not self._stop.is_set():
            received = list(conn.notifies(timeout=POLL, stop_after=1))
            if not received:
                if conn.broken or conn.closed:
                    raise psycopg.OperationalError("the connection is closed")
                continue
            # Commits close together (a colleague's burst) reach the views as one refresh.
            received += conn.notifies(timeout=GATHER)
            change: Change | None = None
            for item in received:
                notice = decode(item.payload)
                if notice is None or notice.sender == self.own_id:
                    continue
                change = notice.change if change is None else change.merged(notice.change)
            if change is not None:
                self._report_change(change)

    def _close(self, conn: "psycopg.Connection[Any]") -> None:
        import psycopg

        self._conn = None
        try:
            conn.close()
        except psycopg.Error:  # already gone with the server
            log.debug("closing a lost listening connection failed", exc_info=True)

    def _report_change(self, change: Change) -> None:
        try:
            self._on_change(change)
        except Exception:  # a failing receiver must not end the listening
            log.exception("a live refresh receiver failed")

    def _report_state(self, state: LinkState) -> None:
        try:
            self._on_state(state)
        except Exception:
            log.exception("a live refresh receiver failed")


def listen(
    workspace: Any,
    on_change: Callable[[Change], None],
    on_state: Callable[[LinkState], None],
    *,
    connect: "Callable[..., psycopg.Connection[Any]] | None" = None,
) -> Listener:
    """A listener (not started) for colleagues' commits on the team ``workspace``.

    What ``TeamWorkspace.listen`` returns: the services reach it through the workspace,
    since the UI, which uses them, may not import the store.
    """
    return Listener(
        str(workspace.url),
        own_id=client_id(workspace),
        on_change=on_change,
        on_state=on_state,
        connect=connect,
    )
