"""SQLite connections with the workspace pragmas, and the header check done before any."""

import os
import sqlite3
import struct
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

if TYPE_CHECKING:
    from sqlalchemy import Engine

# "PBWS" in ASCII: lets `file` and other tools recognise a workspace.
APPLICATION_ID = 0x50425753
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000


class Header:
    """The few fields of a SQLite file header we need, read without opening SQLite."""

    def __init__(self, raw: bytes) -> None:
        self.is_sqlite = len(raw) >= 100 and raw[:16] == SQLITE_MAGIC
        self.user_version = struct.unpack(">i", raw[60:64])[0] if self.is_sqlite else 0
        self.application_id = struct.unpack(">i", raw[68:72])[0] if self.is_sqlite else 0


def read_header(path: Path) -> Header:
    """Reads the 100-byte header; reading never changes the file (unlike connecting in WAL)."""
    with path.open("rb") as fh:
        return Header(fh.read(100))


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _uri(path: Path, *, read_only: bool, create: bool = False) -> str:
    """The SQLite URI for ``path``; read-only access to a file we cannot write is ``ro``.

    Without a -wal beside it, a file in a place we cannot write is opened ``immutable``: a
    WAL-mode file could not be read at all otherwise (SQLite needs to create the -shm), and
    with no -wal nobody is editing it.
    """
    location = quote(str(path.absolute()))
    if read_only and not _writable(path):
        immutable = not Path(f"{path}-wal").exists() and not os.access(path.parent, os.W_OK)
        return f"file:{location}?mode=ro" + ("&immutable=1" if immutable else "")
    return f"file:{location}?mode={'rwc' if create else 'rw'}"


def connect_raw(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (autocommit) for pragmas, checks and the backup API.

    Read-only access to a writable file uses a read-write handle with ``query_only``: a
    ``mode=ro`` handle on a WAL file cannot remove the -wal and -shm files it creates.
    """
    uri = _uri(path, read_only=read_only)
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if read_only:
        conn.execute("PRAGMA query_only=ON")
    return conn


def _configure(conn: sqlite3.Connection, read_only: bool) -> None:
    conn.execute("PRAGMA foreign_keys=ON")
    if not read_only:
        conn.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit that returned survives power loss, which WAL's NORMAL does not promise.
    conn.execute("PRAGMA synchronous=FULL")


def make_engine(path: Path, *, read_only: bool = False, create: bool = False) -> "Engine":
    """An engine whose every connection has the workspace pragmas and explicit BEGINs."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.pool import NullPool

    uri = _uri(path, read_only=read_only, create=create)

    def creator() -> sqlite3.Connection:
        # isolation_level=None: pysqlite's own implicit BEGIN is unreliable; we issue BEGIN.
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        _configure(conn, read_only)
        if read_only:
            conn.execute("PRAGMA query_only=ON")
        return conn

    # NullPool: a desktop app needs few connections and must release the file promptly
    # (Save a Copy, restore, close) without pooled handles keeping it open.
    engine = create_engine("sqlite://", creator=creator, poolclass=NullPool)

    @event.listens_for(engine, "begin")
    def _begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock up front so a transaction never fails half-way
        # on a lock upgrade; reads stay deferred.
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
