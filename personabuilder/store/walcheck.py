"""A leftover -wal beside a workspace, judged on a private copy before SQLite may fold it in.

SQLite cannot tell a -wal of another database, or of an older copy of the same file,
from its own: the first connection replays it into the file. So when a non-empty -wal is
found that no running program is using, the pair is copied to a scratch folder and the
copy is opened there; a -wal that would make the workspace foreign, newer, older or
damaged is set aside under a new name (its bytes kept) and the workspace is not touched.

A -wal of a copy of the same file that went its own way can pass every one of those
checks. Each write transaction of ours therefore records a fresh lineage token in the
``workspace_setting`` row ``wal_lineage`` (``pb-lineage:<new>:<previous>``). A -wal that
continues the file always holds the file's own token, as the new one (frames already
folded in) or as the previous one of its first write; a copy's -wal written after the file
moved on never does, because that token was drawn at random after the copy was made.
"""

import logging
import os
import shutil
import sqlite3
import struct
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from personabuilder.store.errors import StorageError
from personabuilder.store.sqlite import APPLICATION_ID

log = logging.getLogger(__name__)

# Byte of the -shm on which every SQLite connection in WAL mode holds a shared lock
# (the "dead man switch" of SQLite's unix VFS: 120 + 8 lock bytes).
_SHM_DMS_BYTE = 128

# The workspace_setting row holding the lineage token (written by Workspace.transaction).
LINEAGE_KEY = "wal_lineage"
LINEAGE_PREFIX = "pb-lineage:"
LINEAGE_TOKEN_CHARS = 32  # hex digits of one token

_WAL_MAGIC_LE = 0x377F0682
_WAL_MAGIC_BE = 0x377F0683
_WAL_HEADER = 32
_FRAME_HEADER = 24

_open_here: Counter[Path] = Counter()
_open_lock = threading.Lock()


def _key(path: Path) -> Path:
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def register(path: Path) -> None:
    """Notes that this process has ``path`` open (its -wal is then live and ours)."""
    with _open_lock:
        _open_here[_key(path)] += 1


def unregister(path: Path) -> None:
    """Notes that this process released ``path``."""
    with _open_lock:
        key = _key(path)
        _open_here[key] -= 1
        if _open_here[key] <= 0:
            del _open_here[key]


def _open_in_this_process(path: Path) -> bool:
    with _open_lock:
        return _open_here[_key(path)] > 0


def _in_use_elsewhere(path: Path) -> bool:
    """True when another process has the database open in WAL mode (its -wal is live)."""
    shm = Path(f"{path}-shm")
    if sys.platform == "win32" or not shm.exists():
        # Windows refuses to rename a -wal another process holds open, which is enough.
        return False
    import fcntl

    try:
        fd = os.open(shm, os.O_RDWR)
    except OSError:
        return False  # cannot tell; the caller then works on a copy and renames nothing
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_DMS_BYTE, os.SEEK_SET)
    except OSError:
        return True
    else:
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_DMS_BYTE, os.SEEK_SET)
        return False
    finally:
        os.close(fd)


@dataclass(frozen=True)
class Verdict:
    """What was found and done about a leftover -wal."""

    user_version: int  # the format of the workspace as it will be read
    read_from: Path | None = None  # a private copy to read instead of the file itself
    scratch: Path | None = None  # the folder holding that copy, removed on close
    set_aside: Path | None = None  # where a -wal that did not belong went
    notice: str = ""  # one sentence for the user; empty when nothing needs saying
    why: str = ""  # the reason as a key of WHY, for the app to say in its own language


# Why a -wal does not belong (keys are stable; the app words them in the UI language).
WHY = {
    "damaging": "applying it would damage the file",
    "foreign": "it would turn the file into another application's database",
    "newer": "it would give the file a newer format than this version reads",
    "older": "it comes from an older copy of the file",
    "diverged": "it was written on another copy of the file, which has changed since",
}


def _inspect(db: Path, main_version: int) -> tuple[str, str, int]:
    """Why the private copy ``db`` (with its -wal applied) is not to be trusted (a WHY key
    and a detail, both empty when it is), and its format."""
    try:
        conn = sqlite3.connect(db, isolation_level=None)
        try:
            application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.text_factory = lambda raw: raw.decode("utf-8", "replace")
            report = [str(row[0]) for row in conn.execute("PRAGMA quick_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return "damaging", str(exc), main_version
    from personabuilder.store.migrate import SCHEMA_VERSION

    if application_id != APPLICATION_ID:
        return "foreign", "", version
    if version > SCHEMA_VERSION:
        return "newer", f"format {version}", version
    if version < main_version:
        return "older", f"format {version}", version
    if report != ["ok"]:
        first = report[0].splitlines()[0] if report and report[0] else "integrity check failed"
        return "damaging", first, version
    return "", "", version


def _sound_alone(source: Path, scratch: Path) -> tuple[bool, Path]:
    """Whether the file without its -wal passes quick_check; the copy made to find out."""
    alone = scratch / "without-wal" / source.name
    alone.parent.mkdir()
    shutil.copyfile(source, alone)
    try:
        conn = sqlite3.connect(alone, isolation_level=None)
        try:
            return [row[0] for row in conn.execute("PRAGMA quick_check")] == ["ok"], alone
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return False, alone


def _checksum(data: bytes, s0: int, s1: int, big_endian: bool) -> tuple[int, int]:
    """SQLite's WAL checksum of ``data`` (a multiple of 8 bytes), continued from s0, s1."""
    words = struct.unpack(f"{'>' if big_endian else '<'}{len(data) // 4}I", data)
    for i in range(0, len(words), 2):
        s0 = (s0 + words[i] + s1) & 0xFFFFFFFF
        s1 = (s1 + words[i + 1] + s0) & 0xFFFFFFFF
    return s0, s1


def wal_pages(data: bytes) -> list[tuple[int, bytes]]:
    """The committed frames of a -wal as SQLite would replay them: (page number, page).

    Frames of an earlier generation (other salts), frames after the first one whose
    cumulative checksum fails, and frames after the last commit frame are left out, as
    SQLite leaves them out. A header that is not a valid WAL header gives no frames.
    """
    if len(data) < _WAL_HEADER:
        return []
    magic, _version, page_size, _seq, salt1, salt2, c0, c1 = struct.unpack(
        ">8I", data[:_WAL_HEADER]
    )
    if magic not in (_WAL_MAGIC_LE, _WAL_MAGIC_BE):
        return []
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return []
    big_endian = magic == _WAL_MAGIC_BE
    s0, s1 = _checksum(data[:24], 0, 0, big_endian)
    if (s0, s1) != (c0, c1):
        return []
    pages: list[tuple[int, bytes]] = []
    committed = 0
    offset = _WAL_HEADER
    while offset + _FRAME_HEADER + page_size <= len(data):
        number, db_size, f_salt1, f_salt2, f0, f1 = struct.unpack(
            ">6I", data[offset : offset + _FRAME_HEADER]
        )
        if number == 0 or (f_salt1, f_salt2) != (salt1, salt2):
            break
        page = data[offset + _FRAME_HEADER : offset + _FRAME_HEADER + page_size]
        s0, s1 = _checksum(data[offset : offset + 8], s0, s1, big_endian)
        s0, s1 = _checksum(page, s0, s1, big_endian)
        if (s0, s1) != (f0, f1):
            break
        pages.append((number, page))
        if db_size:
            committed = len(pages)
        offset += _FRAME_HEADER + page_size
    return pages[:committed]


def read_lineage(db: Path) -> str | None:
    """The lineage token of the file ``db`` read alone (any -wal beside it is ignored)."""
    try:
        conn = sqlite3.connect(f"{db.as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            row = conn.execute(
                "SELECT value FROM workspace_setting WHERE key = ?", (LINEAGE_KEY,)
            ).fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None  # no such table, or a file that says nothing: no judgement
    if row is None or not isinstance(row[0], str) or not row[0].startswith(LINEAGE_PREFIX):
        return None
    token = row[0][len(LINEAGE_PREFIX) : len(LINEAGE_PREFIX) + LINEAGE_TOKEN_CHARS]
    if len(token) != LINEAGE_TOKEN_CHARS or any(c not in "0123456789abcdef" for c in token):
        return None
    return token


def lineage_verdict(token: str | None, wal: bytes) -> str:
    """Why (a WHY key) a -wal is not the continuation of a file whose lineage token is ``token``.

    Empty when it may be: the file has no token (never written since tokens exist), the
    -wal holds no write of ours, or some committed frame holds the file's token.
    """
    if token is None:
        return ""
    pages = [page for _number, page in wal_pages(wal)]
    if not any(LINEAGE_PREFIX.encode("ascii") in page for page in pages):
        return ""
    wanted = token.encode("ascii")
    if any(wanted in page for page in pages):
        return ""
    return "diverged"


def _set_aside(path: Path) -> Path:
    """Renames the -wal to a free ``NAME-wal.set-aside-<UTC time>`` name; drops the -shm."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    wal = Path(f"{path}-wal")
    kept = path.with_name(f"{wal.name}.set-aside-{stamp}")
    n = 1
    while kept.exists():
        n += 1
        kept = path.with_name(f"{wal.name}.set-aside-{stamp}-{n}")
    os.replace(wal, kept)
    # The -shm only indexes the -wal just moved; left behind it would describe frames
    # that are no longer there. It holds no data of its own.
    Path(f"{path}-shm").unlink(missing_ok=True)
    return kept


def screen(path: Path, *, read_only: bool, main_version: int) -> Verdict | None:
    """Checks a leftover -wal beside ``path``; None when there is none, or it is live.

    A writing open sets a -wal that does not belong aside. A read-only open changes
    nothing: it reads a private copy, with the -wal applied when it belongs, without it
    otherwise.
    """
    wal = Path(f"{path}-wal")
    try:
        if wal.stat().st_size == 0:
            return None
    except OSError:
        return None
    if _open_in_this_process(path) or _in_use_elsewhere(path):
        # A running program (maybe this one) writes that -wal: it is live, and SQLite
        # shares it correctly between connections.
        return None
    import tempfile  # only when a leftover -wal is to be judged: keeps opening quick

    scratch = Path(tempfile.mkdtemp(prefix="personabuilder-wal-"))
    try:
        copy = scratch / path.name
        shutil.copyfile(path, copy)
        token = read_lineage(copy)  # before the -wal is beside the copy
        wal_bytes = wal.read_bytes()
        Path(f"{copy}-wal").write_bytes(wal_bytes)
        why, detail, version = _inspect(copy, main_version)
        alone: Path | None = None
        if why == "damaging":
            sound, alone = _sound_alone(path, scratch)
            if not sound:
                # The file is damaged with or without the -wal: the -wal is not the cause,
                # and opening reports the damage as usual.
                why = ""
        if not why:
            why, detail = lineage_verdict(token, wal_bytes), ""
        if not why:
            if not read_only:
                shutil.rmtree(scratch, ignore_errors=True)
                return Verdict(user_version=version)
            _fold(copy)
            return Verdict(user_version=version, read_from=copy, scratch=scratch)
        reason = WHY[why] + (f" ({detail})" if detail else "")
        log.warning("%s-wal does not belong to %s: %s", path.name, path.name, reason)
        if read_only:
            if alone is None:
                _, alone = _sound_alone(path, scratch)
            notice = (
                f"{wal.name}, left beside {path.name}, does not belong to it ({reason}); "
                "it was ignored and nothing was changed."
            )
            return Verdict(main_version, read_from=alone, scratch=scratch, notice=notice, why=why)
        shutil.rmtree(scratch, ignore_errors=True)
        try:
            kept = _set_aside(path)
        except OSError as exc:
            raise StorageError(
                path,
                f"{wal.name}, left beside {path.name}, does not belong to it ({reason}), "
                f"and it could not be set aside: {exc.strerror or exc}.",
            ) from exc
        notice = (
            f"{wal.name}, left beside {path.name}, did not belong to it ({reason}); it was "
            f"set aside as {kept.name} and {path.name} was left as it was."
        )
        return Verdict(main_version, set_aside=kept, notice=notice, why=why)
    except OSError as exc:
        shutil.rmtree(scratch, ignore_errors=True)
        raise StorageError(
            path, f"{wal.name}, left beside {path.name}, could not be checked: {exc}."
        ) from exc
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def _fold(copy: Path) -> None:
    """Folds the -wal of a private copy into it, so the copy is one self-contained file."""
    try:
        conn = sqlite3.connect(copy, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        log.info("the copy of %s is damaged; opening it reports how", copy.name)
