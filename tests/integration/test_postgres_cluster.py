"""The test suite's own PostgreSQL server: a fresh database per test, data kept on restart."""

import psycopg
import pytest

from tests.pg_cluster import Cluster


def test_fresh_database_keeps_data_across_a_restart(pg_cluster: Cluster, pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE note (id integer PRIMARY KEY, body text NOT NULL)")
        conn.execute("INSERT INTO note VALUES (1, 'kept')")

    pg_cluster.restart()

    with psycopg.connect(pg_url) as conn:
        rows = conn.execute("SELECT id, body FROM note").fetchall()
    assert rows == [(1, "kept")]


def test_each_test_gets_an_empty_database(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


def test_tcp_login_needs_the_password(pg_cluster: Cluster, pg_url: str) -> None:
    wrong = pg_cluster.url_for("postgres", "not-the-password", pg_url.rsplit("/", 1)[1])
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(wrong, connect_timeout=5).close()
