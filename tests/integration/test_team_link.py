"""A dead link to the team server is noticed in seconds: TCP keepalives on every connection.

A pulled cable sends no reset, so only probes the client's kernel sends find it out. These
tests read the options back from the real sockets libpq opened to the test server.
"""

import socket
import sys
from collections.abc import Iterator
from typing import Any

import psycopg
import pytest

from personabuilder.store import notify
from personabuilder.store.notify import Listener
from personabuilder.store.postgres import connect, make_engine

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="reads Linux TCP socket options"
)

PATIENCE = 60.0


def _tcp_options(conn: psycopg.Connection[Any]) -> dict[str, int]:
    """The keepalive options set on ``conn``'s own socket, as the kernel holds them."""
    # A duplicate of the descriptor: closing it leaves the connection's socket open.
    sock = socket.socket(fileno=socket.dup(conn.fileno()))
    try:
        return {
            "keepalives": sock.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
            "keepalives_idle": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
            "keepalives_interval": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
            "keepalives_count": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
            "tcp_user_timeout": sock.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT),
        }
    finally:
        sock.close()


EXPECTED = {
    "keepalives": 1,
    "keepalives_idle": 2,
    "keepalives_interval": 1,
    "keepalives_count": 3,
    "tcp_user_timeout": 5000,
}


def test_a_dead_link_is_given_up_within_about_five_seconds() -> None:
    idle = notify.KEEPALIVE
    assert idle["keepalives_idle"] + idle["keepalives_count"] * idle["keepalives_interval"] <= 5
    assert notify.USER_TIMEOUT_MS <= 5000


def test_a_workspace_connection_carries_the_keepalives(pg_url: str) -> None:
    conn = connect(pg_url)
    try:
        assert _tcp_options(conn) == EXPECTED
        assert conn.info.get_parameters()["keepalives_idle"] == "2"
    finally:
        conn.close()


def test_the_url_own_options_win(pg_url: str) -> None:
    joiner = "&" if "?" in pg_url else "?"
    conn = connect(f"{pg_url}{joiner}keepalives_idle=7&tcp_user_timeout=9000")
    try:
        assert _tcp_options(conn) == {
            **EXPECTED,
            "keepalives_idle": 7,
            "tcp_user_timeout": 9000,
        }
    finally:
        conn.close()


def test_the_pool_connections_carry_the_keepalives(pg_url: str) -> None:
    engine = make_engine(pg_url)
    try:
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, psycopg.Connection)
            assert _tcp_options(driver) == EXPECTED
        finally:
            raw.close()
    finally:
        engine.dispose()


@pytest.fixture
def listener(pg_url: str) -> Iterator[Listener]:
    """A live refresh listener on the test database, with the workspace's own connect."""
    found = Listener(
        pg_url,
        own_id="keepalive-test",
        on_change=lambda _change: None,
        on_state=lambda _state: None,
        connect=connect,
    )
    found.start()
    yield found
    assert found.stop()


def test_the_live_listener_carries_the_keepalives(listener: Listener) -> None:
    assert listener.wait_listening(PATIENCE)
    conn = listener._conn
    assert conn is not None
    assert _tcp_options(conn) == EXPECTED


def test_the_listener_without_a_connect_of_its_own_carries_them_too(pg_url: str) -> None:
    plain = Listener(pg_url, own_id="plain", on_change=lambda _c: None, on_state=lambda _s: None)
    plain.start()
    try:
        assert plain.wait_listening(PATIENCE)
        conn = plain._conn
        assert conn is not None
        assert _tcp_options(conn) == EXPECTED
    finally:
        assert plain.stop()
