"""The test suite's own PostgreSQL server: a fresh database per test, data kept on restart."""

import signal
import time
from pathlib import Path

import psycopg
import pytest

from personabuilder.system import process_alive
from tests.pg_cluster import Cluster
from tests.tools import run_snippet


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


_KILLED_RUN = """
import os, signal
from tests.pg_cluster import Cluster
from tests.tools import run_snippet
cluster = Cluster()
cluster.start()
data = cluster.folder / "data"
print(cluster.folder, (data / "postmaster.pid").read_text().split()[0], flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_cluster_whose_test_process_is_killed_is_stopped_and_removed() -> None:
    # A test process that crashes (or is killed) cannot stop its server: its reaper does.
    run = run_snippet(_KILLED_RUN, timeout=180)
    assert run.returncode == -signal.SIGKILL, run.stderr
    folder, server = run.stdout.split()
    deadline = time.monotonic() + 60
    while (Path(folder).exists() or process_alive(int(server))) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not Path(folder).exists()
    assert not process_alive(int(server))
