"""What the UI needs from the composition root to open, create and copy workspaces.

The UI never imports the store; ``app.py`` implements this protocol and turns storage
errors into ``WorkspaceOpenError`` with a problem kind the UI can word in any language.
A team workspace (a database on a PostgreSQL server) is opened from a ``TeamAddress``;
the password travels beside it, never inside anything that is kept.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

from PySide6.QtCore import SignalInstance

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from personabuilder.services import Services


class Problem(StrEnum):
    """Why a workspace could not be opened, created or written."""

    NOT_FOUND = "not_found"
    NOT_A_WORKSPACE = "not_a_workspace"
    CORRUPT = "corrupt"
    NEWER = "newer"
    READ_ONLY = "read_only"
    EXISTS = "exists"
    STORAGE = "storage"
    IN_USE = "in_use"  # another PersonaBuilder has it open for editing
    LOCKED = "locked"  # another program holds a lock on the file
    PERMISSION = "permission"  # the user may not read the file
    OUTDATED = "outdated"  # an older format, opened where it must not be upgraded
    UNREACHABLE = "unreachable"  # the team workspace's server does not answer
    LOGIN_REFUSED = "login_refused"  # the server refused the user name or password
    NOT_TEAM = "not_team"  # the database is not a PersonaBuilder team workspace
    NO_ACCESS = "no_access"  # the login is not a member of this team workspace


SSL_MODES = ("prefer", "require", "verify-full")
DEFAULT_PORT = 5432
OWNER, EDITOR, VIEWER = "owner", "editor", "viewer"


@dataclass(frozen=True)
class TeamAddress:
    """Where a team workspace lives and who logs in: never a password."""

    host: str
    port: int
    database: str
    user: str
    sslmode: str = "prefer"

    def url(self) -> str:
        """The ``postgresql://`` URL of this address, without any password."""
        host = f"[{self.host}]" if ":" in self.host else quote(self.host, safe="")
        query = urlencode({"sslmode": self.sslmode})
        return (
            f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
            f"{quote(self.database, safe='')}?{query}"
        )

    @classmethod
    def from_url(cls, url: str) -> "TeamAddress | None":
        """The address a URL of ``url()`` names (any password in it dropped); None if unreadable."""
        try:
            parts = urlsplit(url)
            port = parts.port or DEFAULT_PORT
        except ValueError:
            return None
        if parts.scheme not in ("postgresql", "postgres") or not parts.hostname:
            return None
        options = dict(parse_qsl(parts.query))
        sslmode = options.get("sslmode", "prefer")
        return cls(
            host=parts.hostname,
            port=port,
            database=unquote(parts.path.lstrip("/")),
            user=unquote(parts.username or ""),
            sslmode=sslmode if sslmode in SSL_MODES else "prefer",
        )

    @property
    def label(self) -> str:
        """How menus name it: ``database · user@host:port``."""
        return f"{self.database} · {self.user}@{self.host}:{self.port}"


@dataclass(frozen=True)
class TeamIdentity:
    """Who is signed in to an open team workspace, and what they may do."""

    database: str
    user: str
    role: str  # OWNER, EDITOR or VIEWER

    @property
    def may_edit(self) -> bool:
        """True for the owner and editors; a viewer's writes are refused by the server."""
        return self.role != VIEWER


class WorkspaceOpenError(Exception):
    """A workspace operation failed; ``detail`` is the store's own sentence."""

    def __init__(self, problem: Problem, path: Path, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.path = path
        self.detail = detail


class OpenWorkspace(Protocol):
    """A workspace the window works on."""

    # A file; for a team workspace, a name in the home folder (only where file dialogs start).
    path: Path
    services: "Services"
    read_only: bool
    team: TeamIdentity | None  # None for a workspace file
    # Emits a WorkspaceOpenError when the check made after opening finds damage.
    damaged: SignalInstance

    def save_copy(self, dest: Path) -> None:
        """Writes a consistent copy to ``dest``."""
        ...

    def close(self) -> None:
        """Releases the file."""
        ...


class BackupRow(Protocol):
    """A backup as the window lists it."""

    path: Path
    created_at: "datetime"
    reason: str
    personas: int | None
    journey_maps: int | None


# Which side a publish keeps for a row changed both offline and on the server.
Choice = Literal["mine", "theirs"]


class PublishConflictRow(Protocol):
    """One field (or a whole row) changed both in an offline copy and on the server."""

    @property
    def kind(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def field(self) -> str: ...
    @property
    def theirs(self) -> object: ...
    @property
    def yours(self) -> object: ...
    @property
    def row(self) -> str:
        """The row's key, to choose a side for it."""
        ...


class PublishOutcome(Protocol):
    """What a publish sent (kind, name per row) and what it could not."""

    @property
    def added(self) -> "Sequence[tuple[str, str]]": ...
    @property
    def changed(self) -> "Sequence[tuple[str, str]]": ...
    @property
    def deleted(self) -> "Sequence[tuple[str, str]]": ...
    @property
    def conflicts(self) -> "Sequence[PublishConflictRow]": ...
    @property
    def nothing(self) -> bool:
        """True when there was nothing to send and nothing in conflict."""
        ...


class WorkspaceGateway(Protocol):
    """Opens and creates workspaces for the window."""

    def backups(self, path: Path) -> "list[BackupRow]":
        """The backups of a workspace, newest first, with what they hold."""
        ...

    def restore(self, path: Path, backup: Path) -> None:
        """Replaces a (closed) workspace with a backup; its current state is backed up first."""
        ...

    def backup_before_import(self, path: Path) -> None:
        """Backs a workspace up before an import; raises WorkspaceOpenError if it cannot."""
        ...

    def export_json(self, workspace: OpenWorkspace, dest: Path) -> None:
        """Writes the whole workspace to ``dest`` in the exchange format."""
        ...

    def import_json(self, workspace: OpenWorkspace, source: Path) -> int:
        """Backs up, then merges an exchange file (all or nothing); rows added or changed."""
        ...

    def open(self, path: Path) -> OpenWorkspace:
        """Opens an existing workspace or raises WorkspaceOpenError."""
        ...

    def open_to_read(self, path: Path) -> OpenWorkspace:
        """Opens a workspace read-only (to copy from it, or while another window edits it)."""
        ...

    def create(self, path: Path, *, demo: bool, lang: str) -> OpenWorkspace:
        """Creates a workspace (with the demo content if asked) and opens it."""
        ...

    def keyring_available(self) -> bool:
        """True when a system keyring can keep a team workspace's password."""
        ...

    def test_team(self, address: TeamAddress, password: str | None) -> TeamIdentity:
        """Connects to a team workspace and says who that is; raises WorkspaceOpenError.

        Safe to call on a worker thread (it touches no widget).
        """
        ...

    def open_team(
        self, address: TeamAddress, password: str | None, *, remember: bool = False
    ) -> OpenWorkspace:
        """Opens a team workspace (a password None: the password file or the keyring's).

        With ``remember``, the password is kept in the system keyring once the login worked.
        Safe to call on a worker thread without ``remember``: what it returns may then be
        used on the GUI thread (call ``remember_password`` there).
        """
        ...

    def remember_password(self, address: TeamAddress, password: str) -> None:
        """Keeps a password that worked in the system keyring; says so if it cannot."""
        ...

    def take_offline(self, workspace: OpenWorkspace, dest: Path) -> None:
        """Copies an open team workspace into the new offline copy ``dest``."""
        ...

    def publish(
        self,
        workspace: OpenWorkspace,
        keep: "Mapping[str, Choice] | None",
        password: str | None = None,
    ) -> "PublishOutcome":
        """Sends an open offline copy's changes to its team workspace; raises WorkspaceOpenError.

        ``password`` None: the password file's or the keyring's; LOGIN_REFUSED when the
        server wants one that neither has (``publish_origin`` names the login to ask for).
        """
        ...

    def publish_origin(self, workspace: OpenWorkspace) -> TeamAddress | None:
        """The team workspace an open offline copy publishes to; None for any other."""
        ...
