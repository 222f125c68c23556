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


def connect_raw(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection (autocommit) for pragmas, checks and the backup API.

    Read-only access to a writable file uses a read-write handle with ``query_only``: a
    ``mode=ro`` handle on a WAL file cannot remove the -wal and -shm files it creates.
    """
    truly_read_only = read_only and not _writable(path)
    mode = "ro" if truly_read_only else "rw"
    uri = f"file:{quote(str(path.absolute()))}?mode={mode}"
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

    truly_read_only = read_only and not _writable(path)
    mode = "ro" if truly_read_only else ("rwc" if create else "rw")
    uri = f"file:{quote(str(path.absolute()))}?mode={mode}"

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
