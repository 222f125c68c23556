"""A throwaway PostgreSQL cluster for the tests, run from Debian's server binaries."""

from __future__ import annotations

import atexit
import glob
import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import quote

import psycopg
from psycopg import sql

SUPERUSER = "postgres"
INSTALL_HINT = (
    "PostgreSQL's server programs (initdb, pg_ctl) were not found. `make test` installs "
    "Debian's postgresql package; on another system install the PostgreSQL server."
)


# Stops a cluster whose test process ended without stopping it (killed, or crashed in native
# code): it waits for the end of its standard input, which the test process holds open, and
# finds the server still running. Arguments: the cluster's folder, then the pg_ctl command.
_REAPER = """
import os, shutil, subprocess, sys
sys.stdin.buffer.read()
folder, *pg_ctl = sys.argv[1:]
data = os.path.join(folder, "data")
if os.path.exists(os.path.join(data, "postmaster.pid")):
    subprocess.run([*pg_ctl, "-D", data, "stop", "-w", "-m", "immediate"], capture_output=True)
shutil.rmtree(folder, ignore_errors=True)
"""


class ClusterError(RuntimeError):
    """The test cluster could not be set up or driven."""


def server_bindir() -> Path:
    """The folder holding initdb and pg_ctl, newest installed version first."""
    candidates: list[Path] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        found = subprocess.run(
            [pg_config, "--bindir"], capture_output=True, text=True, check=False
        ).stdout.strip()
        if found:
            candidates.append(Path(found))

    def version(path: str) -> tuple[int, ...]:
        match = re.search(r"/postgresql/([\d.]+)/bin", path)
        return tuple(int(p) for p in match.group(1).split(".")) if match else ()

    # pg_config may come from libpq-dev without the server: look at every installed server.
    for path in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True):
        candidates.append(Path(path))
    for folder in candidates:
        if (folder / "initdb").is_file() and (folder / "pg_ctl").is_file():
            return folder
    raise ClusterError(INSTALL_HINT)


def _reachable_by_all(folder: str) -> bool:
    """True when every folder from the root down to ``folder`` lets other users through."""
    path = Path(folder).resolve()
    return all(part.stat().st_mode & 0o001 for part in (path, *path.parents))


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Cluster:
    """One PostgreSQL server in a temporary folder, on loopback, password login over TCP."""

    host = "127.0.0.1"

    def __init__(self) -> None:
        self.bindir = server_bindir()
        self.password = secrets.token_urlsafe(24)
        self.port = 0
        self.folder: Path | None = None
        self._running = False
        self._reaper: subprocess.Popen[bytes] | None = None
        # PostgreSQL refuses to run as root: run the server as Debian's `postgres` user then.
        self._as_root = os.geteuid() == 0

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """Create the cluster (first time) and start the server."""
        if self._running:
            return
        if self.folder is None:
            self._init()
        last_error: ClusterError | None = None
        for _ in range(3):  # another process may grab the free port first: pick another
            try:
                self._pg_ctl("start", "-w", "-t", "60", "-l", str(self._log))
            except ClusterError as error:
                last_error = error
                self._write_port(_free_port())
                continue
            self._running = True
            atexit.register(self.stop)
            self._watch()
            return
        assert last_error is not None
        raise last_error

    def stop(self) -> None:
        """Stop the server and delete its folder; safe to call twice."""
        if self.folder is None:
            return
        if self._running:
            try:
                self._pg_ctl("stop", "-w", "-m", "fast")
            finally:
                self._running = False
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None
        if self._reaper is not None:
            self._reaper.communicate()  # closes its input: it finds nothing left to do
            self._reaper = None

    def restart(self) -> None:
        """Restart the server (fast shutdown: open sessions are cut)."""
        self._pg_ctl("restart", "-w", "-t", "60", "-m", "fast", "-l", str(self._log))
        self._running = True

    # -- connections ---------------------------------------------------------------------

    def superuser_url(self, dbname: str = "postgres") -> str:
        """A URL logging in as the cluster's superuser over TCP."""
        return (
            f"postgresql://{SUPERUSER}:{quote(self.password, safe='')}"
            f"@{self.host}:{self.port}/{quote(dbname, safe='')}"
        )

    def url_for(self, user: str, password: str, dbname: str) -> str:
        """A URL logging in as another role over TCP."""
        return (
            f"postgresql://{quote(user, safe='')}:{quote(password, safe='')}"
            f"@{self.host}:{self.port}/{quote(dbname, safe='')}"
        )

    def create_database(
        self, name: str, owner: str | None = None, template: str | None = None
    ) -> str:
        """Create a database (optionally copied from a template); returns the superuser URL."""
        statement = sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name))
        if owner is not None:
            statement += sql.SQL(" OWNER {}").format(sql.Identifier(owner))
        if template is not None:
            statement += sql.SQL(" TEMPLATE {}").format(sql.Identifier(template))
        self.execute(statement)
        return self.superuser_url(name)

    def drop_database(self, name: str) -> None:
        """Drop a database, cutting any session still connected to it."""
        self.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

    def execute(self, statement: sql.Composed, dbname: str = "postgres") -> None:
        """Run one statement as the superuser, outside any transaction."""
        with psycopg.connect(self.superuser_url(dbname), autocommit=True) as conn:
            conn.execute(statement)

    # -- internals -----------------------------------------------------------------------

    @property
    def _data(self) -> Path:
        assert self.folder is not None
        return self.folder / "data"

    @property
    def _log(self) -> Path:
        assert self.folder is not None
        return self.folder / "server.log"

    def _init(self) -> None:
        # The server's user must reach its folder: as root, not under a private TMPDIR.
        parent = None if not self._as_root or _reachable_by_all(tempfile.gettempdir()) else "/tmp"
        folder = Path(tempfile.mkdtemp(prefix="pb-pg-", dir=parent))
        self.folder = folder
        pwfile = folder / "pwfile"
        pwfile.write_text(self.password + "\n", encoding="utf-8")
        if self._as_root:
            shutil.chown(folder, user="postgres", group="postgres")
            shutil.chown(pwfile, user="postgres", group="postgres")
        pwfile.chmod(0o600)
        try:
            self._run(
                str(self.bindir / "initdb"),
                "-D",
                str(self._data),
                f"--username={SUPERUSER}",
                f"--pwfile={pwfile}",
                "--auth-host=scram-sha-256",
                # The socket lives in this private folder; only this run reaches it.
                "--auth-local=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
            )
        finally:
            pwfile.unlink(missing_ok=True)
        with (self._data / "postgresql.conf").open("a", encoding="utf-8") as conf:
            conf.write(
                "\n# throwaway test cluster\n"
                f"listen_addresses = '{self.host}'\n"
                f"unix_socket_directories = '{folder}'\n"
                "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                "max_connections = 200\n"
            )
        self._write_port(_free_port())

    def _watch(self) -> None:
        """Starts the reaper (_REAPER) of this cluster, once: in a session of its own, so
        that an interrupt from the terminal ends the tests but not it."""
        if self._reaper is not None or self.folder is None:
            return
        self._reaper = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _REAPER,
                str(self.folder),
                *self._prefix,
                str(self.bindir / "pg_ctl"),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )

    @property
    def _prefix(self) -> list[str]:
        """Runs a command as the server's user (``postgres`` when the tests run as root)."""
        return ["runuser", "-u", "postgres", "--"] if self._as_root else []

    def _write_port(self, port: int) -> None:
        self.port = port
        with (self._data / "postgresql.auto.conf").open("a", encoding="utf-8") as conf:
            conf.write(f"port = {port}\n")

    def _pg_ctl(self, *args: str) -> None:
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self._data), *args)

    def _run(self, *command: str) -> None:
        done = subprocess.run(
            [*self._prefix, *command],
            capture_output=True,
            text=True,
            check=False,
            cwd=self.folder,
        )
        if done.returncode != 0:
            log = ""
            if self.folder is not None and self._log.exists():
                log = self._log.read_text(encoding="utf-8", errors="replace")[-2000:]
            raise ClusterError(
                f"{Path(command[0]).name} failed ({done.returncode}): "
                f"{done.stderr.strip() or done.stdout.strip()}\n{log}"
            )
