"""Where a team workspace's password comes from when its URL carries none.

Two places, in this order: the standard PostgreSQL password file (``PGPASSFILE`` or
``~/.pgpass``), which libpq reads by itself, so a matching entry there means we pass no
password at all; then the system keyring (service "PersonaBuilder", key
``user@host:port/dbname``) when the ``keyring`` package is installed. Passwords are never
kept in QSettings and never written to a log line.
"""

import getpass
import importlib
import logging
import os
import stat
from pathlib import Path
from types import ModuleType

from personabuilder.store import seam

log = logging.getLogger(__name__)

KEYRING_SERVICE = "PersonaBuilder"
MASK = seam.MASK  # one mask for a password wherever one is hidden
DEFAULT_PORT = "5432"


class CredentialError(Exception):
    """A password could not be kept or forgotten; ``str()`` is a sentence for the user."""


class BadUrlError(ValueError):
    """A connection URL libpq cannot read; the message never quotes it (it may hold a password)."""


def parameters(url: str) -> dict[str, str]:
    """The connection parameters of ``url`` (a URL or a key=value string), as libpq reads them."""
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    try:
        found = conninfo_to_dict(url)
    except ProgrammingError:
        # libpq's message quotes the faulty part, which may be the password: not passed on.
        raise BadUrlError(
            "The connection URL cannot be read; write it as "
            "postgresql://USER@HOST:PORT/DATABASE (a password in it must be percent-encoded)."
        ) from None
    return {key: str(value) for key, value in found.items() if value is not None}


def effective(params: dict[str, str]) -> tuple[str, str, str, str]:
    """(user, host, port, dbname) as libpq fills them in from the environment and defaults."""
    user = params.get("user") or os.environ.get("PGUSER") or getpass.getuser()
    host = params.get("host") or params.get("hostaddr") or os.environ.get("PGHOST") or "localhost"
    port = params.get("port") or os.environ.get("PGPORT") or DEFAULT_PORT
    dbname = params.get("dbname") or os.environ.get("PGDATABASE") or user
    return user, host, port, dbname


def keyring_key(url: str) -> str:
    """The keyring key of ``url``: ``user@host:port/dbname``, with libpq's defaults filled in."""
    user, host, port, dbname = effective(parameters(url))
    return f"{user}@{host}:{port}/{dbname}"


def _keyring() -> ModuleType | None:
    """The ``keyring`` package when it is installed and has a usable backend, else None.

    ``keyring`` is an optional dependency; on a machine without a keyring service (a
    server, CI) it falls back to a backend that refuses everything: that counts as none.
    """
    try:
        keyring = importlib.import_module("keyring")
        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - not installed, or a backend that fails to load
        return None
    if type(backend).__module__ == "keyring.backends.fail":
        return None
    return keyring


def keyring_available() -> bool:
    """True when a system keyring can keep a password on this machine."""
    return _keyring() is not None


def _password_file(params: dict[str, str]) -> Path | None:
    """The password file libpq would read for these parameters, if it exists and is private."""
    named = params.get("passfile") or os.environ.get("PGPASSFILE")
    path = Path(named).expanduser() if named else Path.home() / ".pgpass"
    try:
        mode = path.stat().st_mode
    except OSError:
        return None
    if not stat.S_ISREG(mode):
        return None
    if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
        # libpq ignores a password file others can read, and says so on stderr.
        return None
    return path


def _fields(line: str) -> list[str]:
    """The colon-separated fields of a password file line, with ``\\:`` and ``\\\\`` unescaped."""
    fields: list[str] = []
    current: list[str] = []
    escaped = False
    for char in line:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ":" and len(fields) < 4:
            fields.append("".join(current))
            current = []
        else:
            current.append(char)
    fields.append("".join(current))
    return fields


def _in_password_file(params: dict[str, str]) -> bool:
    """True when the password file holds an entry libpq will use for these parameters."""
    path = _password_file(params)
    if path is None:
        return False
    user, host, port, dbname = effective(params)
    if host.startswith("/"):
        host = "localhost"  # libpq matches a Unix-socket connection as "localhost"
    wanted = (host, port, dbname, user)
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fields = _fields(line)
        if len(fields) != 5 or not fields[4]:
            continue
        if all(field in ("*", value) for field, value in zip(fields[:4], wanted, strict=True)):
            return True
    return False


def password_for(url: str) -> str | None:
    """The password to pass with ``url``; None when libpq will find one itself, or none is known.

    A password in the URL wins; an entry of the PostgreSQL password file is left to libpq
    (passing a password would override it); then the system keyring.
    """
    params = parameters(url)
    if params.get("password"):
        return params["password"]
    if _in_password_file(params):
        return None
    keyring = _keyring()
    if keyring is None:
        return None
    key = keyring_key(url)
    try:
        found = keyring.get_password(KEYRING_SERVICE, key)
    except Exception as exc:  # noqa: BLE001 - any keyring backend failure means "none known"
        log.warning("the system keyring could not be read for %s: %s", key, type(exc).__name__)
        return None
    return found if isinstance(found, str) and found else None


def remember(url: str, password: str) -> None:
    """Keeps ``password`` for ``url`` in the system keyring; raises CredentialError if none."""
    keyring = _keyring()
    if keyring is None:
        raise CredentialError(
            "No system keyring is available on this machine; put the password in your "
            "PostgreSQL password file (~/.pgpass) instead."
        )
    key = keyring_key(url)
    try:
        keyring.set_password(KEYRING_SERVICE, key, password)
    except Exception as exc:  # noqa: BLE001 - every backend has its own errors
        raise CredentialError(
            f"The system keyring refused to keep the password for {key} "
            f"({type(exc).__name__}); put it in your PostgreSQL password file instead."
        ) from None
    log.info("password for %s kept in the system keyring", key)


def forget(url: str) -> bool:
    """Removes the keyring's password for ``url``; True when there was one."""
    keyring = _keyring()
    if keyring is None:
        return False
    key = keyring_key(url)
    try:
        if keyring.get_password(KEYRING_SERVICE, key) is None:
            return False
        keyring.delete_password(KEYRING_SERVICE, key)
    except Exception as exc:  # noqa: BLE001 - every backend has its own errors
        raise CredentialError(
            f"The system keyring could not forget the password for {key} ({type(exc).__name__})."
        ) from None
    log.info("password for %s removed from the system keyring", key)
    return True
