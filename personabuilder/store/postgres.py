"""Team workspaces on a PostgreSQL server: the same schema and seam as a workspace file.

One database holds one team workspace. The URL is handed to psycopg as it is (``sslmode``
and every other libpq option honoured; a password may come from the PostgreSQL password
file). The schema is built and upgraded only here, by the same Alembic revisions as a file,
under an advisory lock; opening never migrates. Every driver error becomes a workspace
error naming the problem, and every change is one transaction: a failure writes nothing.
"""

import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

import psycopg

from personabuilder.store import migrate, notify
from personabuilder.store.errors import (
    VIEW_ONLY_MESSAGE,
    AccessDeniedError,
    ConstraintError,
    LoginRefusedError,
    NewerSchemaError,
    NotAWorkspaceError,
    OutdatedSchemaError,
    ReadOnlyLocationError,
    ServerUnreachableError,
    StorageError,
    ViewOnlyError,
    WorkspaceError,
    WorkspaceExistsError,
    WorkspaceNotFoundError,
)
from personabuilder.store.listing import ServerListingReader
from personabuilder.store.seam import mask_text, mask_url

if TYPE_CHECKING:
    from sqlalchemy import Connection, Engine
    from sqlmodel import Session

log = logging.getLogger(__name__)

# pg_advisory_xact_lock key ("PBWSMIG"): two clients never run the revisions at once.
MIGRATION_LOCK_KEY = 0x50425753_4D4947
# Without it in the URL, libpq could wait minutes for an unreachable host.
DEFAULT_CONNECT_TIMEOUT = 10


class ServerAddress:
    """The parts of a server URL the messages name: host, port, user, database."""

    def __init__(self, url: str) -> None:
        from psycopg.conninfo import conninfo_to_dict

        try:
            params = conninfo_to_dict(url)
        except psycopg.ProgrammingError as exc:
            raise WorkspaceError(
                mask_url(url), f"{mask_url(url)} is not a valid server address."
            ) from exc
        self.options = params
        host = str(params.get("host") or params.get("hostaddr") or "localhost")
        self.host = host
        self.port = str(params.get("port") or "5432")
        self.user = str(params.get("user") or "")
        self.dbname = str(params.get("dbname") or self.user)

    @property
    def where(self) -> str:
        """``host:port``, as messages name the server."""
        return f"{self.host}:{self.port}"


def connect(url: str, **extra: Any) -> psycopg.Connection[Any]:
    """A psycopg connection to ``url`` with keepalives (its own options win); errors translated."""
    ServerAddress(url)  # an unreadable URL is refused here, its password not quoted
    options = {**notify.link_options(url, DEFAULT_CONNECT_TIMEOUT), **extra}
    try:
        return psycopg.connect(url, **options)
    except psycopg.Error as exc:
        raise translate(exc, url) from exc


def translate(exc: BaseException, url: str) -> WorkspaceError:
    """The workspace error naming the cause of a driver (or SQLAlchemy-wrapped) error."""
    from_sqlalchemy = getattr(exc, "orig", None)
    cause = from_sqlalchemy if isinstance(from_sqlalchemy, BaseException) else exc
    location = mask_url(url)
    address = ServerAddress(url)
    detail = mask_text(" ".join(str(cause).split()), url)
    if isinstance(cause, psycopg.errors.InsufficientPrivilege):
        return ViewOnlyError(location, VIEW_ONLY_MESSAGE)
    if isinstance(cause, psycopg.IntegrityError | psycopg.DataError):
        return ConstraintError(
            location, f"The change was refused by the workspace's rules: {detail}."
        )
    if isinstance(cause, psycopg.OperationalError):
        refusals = (
            "password authentication failed",
            "no password supplied",
            "no pg_hba.conf entry",
            f'role "{address.user}" does not exist',
        )
        if any(refusal in detail for refusal in refusals):
            return LoginRefusedError(
                location, f"The server refused the login for {address.user or 'this user'}."
            )
        if "permission denied for database" in detail:
            return AccessDeniedError(
                location,
                f"{address.user or 'This user'} may not connect to the database "
                f"{address.dbname} on the server at {address.where}.",
            )
        if "does not exist" in detail and f'database "{address.dbname}"' in detail:
            return WorkspaceNotFoundError(
                location, f"There is no database {address.dbname} on the server at {address.where}."
            )
        if cause.sqlstate is None or cause.sqlstate.startswith(("08", "57")):
            # Connection refused, timed out, or cut (server restarted, network gone).
            return ServerUnreachableError(
                location,
                f"Cannot reach the server at {address.where}: {_reason(detail)}",
            )
    if isinstance(cause, psycopg.errors.ReadOnlySqlTransaction):
        return ReadOnlyLocationError(location, f"{address.dbname} is open read-only.")
    return StorageError(location, f"The server could not do it: {detail}.")


def _reason(detail: str) -> str:
    """The last clause of a libpq connection message, as a sentence."""
    reason = detail.rsplit(" failed: ", 1)[-1].strip().rstrip(".")
    return (reason[:1].upper() + reason[1:] + ".") if reason else "no answer."


class TeamWorkspace:
    """An open team workspace on a PostgreSQL server; the only owner of its connections."""

    is_team = True

    def __init__(
        self, url: str, *, read_only: bool = False, bound: "Connection | None" = None
    ) -> None:
        self.url = url
        self.address = ServerAddress(url)
        self.read_only = read_only
        self.notice = ""
        # While the workspace is being created: the one connection whose transaction holds
        # the schema and the content; every session nests a savepoint in it.
        self._bound = bound
        self._listing: ServerListingReader | None = None
        self._list_conn: psycopg.Connection[Any] | None = None
        self._list_lock = threading.Lock()

    @property
    def location(self) -> str:
        """The server URL with its password hidden."""
        return mask_url(self.url)

    @property
    def display_name(self) -> str:
        """The database's name."""
        return self.address.dbname

    def __repr__(self) -> str:
        return f"TeamWorkspace({self.location!r})"

    # -- engines -------------------------------------------------------------------------

    @cached_property
    def _engine(self) -> "Engine":
        return make_engine(self.url)

    @cached_property
    def _read_engine(self) -> "Engine":
        # One consistent snapshot per read, like a SQLite read transaction.
        return self._engine.execution_options(
            isolation_level="REPEATABLE READ", postgresql_readonly=True
        )

    # -- opening and creating ------------------------------------------------------------

    @classmethod
    def open(cls, url: str, *, read_only: bool = False) -> "TeamWorkspace":
        """Opens the team workspace at ``url``; refuses an older or newer schema, never migrates."""
        workspace = cls(url, read_only=read_only)
        try:
            workspace._check_schema()
        except BaseException:
            workspace.close()
            raise
        return workspace

    @classmethod
    def create(
        cls, url: str, *, populate: Callable[["TeamWorkspace"], None] | None = None
    ) -> "TeamWorkspace":
        """Builds the schema in the empty database at ``url``, filled by ``populate`` if given.

        Schema and content are one transaction under the migration lock: a failure half-way
        leaves the database as empty as it was.
        """
        engine = make_engine(url, pooled=False)
        location = mask_url(url)
        try:
            with engine.connect() as conn, conn.begin():
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
                if _table_names(conn):
                    address = ServerAddress(url)
                    raise WorkspaceExistsError(
                        location,
                        f"The database {address.dbname} on the server at {address.where} is "
                        "not empty; a team workspace is created only in an empty database.",
                    )
                migrate.run_revisions(conn)
                if populate is not None:
                    building = cls(url, bound=conn)
                    try:
                        populate(building)
                    finally:
                        building.close()
            if populate is not None:
                # After a bulk load: the visibility map lets counts read the indexes alone,
                # and statistics match the rows. VACUUM cannot run inside a transaction; a
                # refusal leaves that to autovacuum and is no failure of the creation.
                from personabuilder.model.tables import metadata

                names = ", ".join(f'"{table.name}"' for table in metadata.sorted_tables)
                try:
                    with engine.connect() as conn:
                        conn.execution_options(isolation_level="AUTOCOMMIT")
                        conn.exec_driver_sql(f"VACUUM (ANALYZE) {names}")
                except (psycopg.Error, _sqlalchemy_errors()) as exc:
                    log.warning("could not vacuum the new team workspace: %s", exc)
        except WorkspaceError:
            raise
        except (psycopg.Error, _sqlalchemy_errors()) as exc:
            raise translate(exc, url) from exc
        finally:
            engine.dispose()
        log.info("team workspace created at %s", location)
        return cls.open(url)

    @classmethod
    def upgrade(cls, url: str) -> tuple[int, int]:
        """Migrates an older team workspace to this version's schema (the owner's job).

        Returns the versions before and after. Runs under the migration lock, in one
        transaction: a second client waits, then finds nothing left to do.
        """
        engine = make_engine(url, pooled=False)
        try:
            with engine.connect() as conn, conn.begin():
                conn.exec_driver_sql("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK_KEY,))
                before = _check_version(conn, url, upgrading=True)
                if before < migrate.SCHEMA_VERSION:
                    migrate.run_revisions(conn)
        except WorkspaceError:
            raise
        except (psycopg.Error, _sqlalchemy_errors()) as exc:
            raise translate(exc, url) from exc
        finally:
            engine.dispose()
        return before, migrate.SCHEMA_VERSION

    def _check_schema(self) -> None:
        try:
            with self._engine.connect() if self._bound is None else _nested(self._bound) as conn:
                _check_version(conn, self.url, upgrading=False)
        except WorkspaceError:
            raise
        except (psycopg.Error, _sqlalchemy_errors()) as exc:
            raise translate(exc, self.url) from exc

    # -- sessions ------------------------------------------------------------------------

    def _session(self, *, reading: bool) -> "Session":
        from sqlmodel import Session

        if self._bound is not None:
            return Session(
                bind=self._bound,
                join_transaction_mode="create_savepoint",
                expire_on_commit=False,
                autoflush=False,
            )
        engine = self._read_engine if reading else self._engine
        return Session(engine, expire_on_commit=False, autoflush=False)

    @contextmanager
    def transaction(self) -> Iterator["Session"]:
        """One unit of work: commits when the block ends, rolls back on any error."""
        if self.read_only:
            raise ReadOnlyLocationError(self.location, f"{self.display_name} is open read-only.")
        session = self._session(reading=False)
        notify.track(session, self)  # colleagues learn what this transaction changed
        try:
            yield session
            notify.send(session)  # delivered by PostgreSQL only if the commit succeeds
            session.commit()
        except (psycopg.Error, _sqlalchemy_db_errors()) as exc:
            _rollback(session)
            raise translate(exc, self.url) from exc
        except BaseException:
            _rollback(session)
            raise
        finally:
            session.close()

    def listen(
        self,
        on_change: "Callable[[notify.Change], None]",
        on_state: "Callable[[notify.LinkState], None]",
    ) -> "notify.Listener":
        """A listener (not started) for colleagues' commits on this workspace."""
        return notify.listen(self, on_change, on_state, connect=connect)

    @contextmanager
    def reading(self) -> Iterator["Session"]:
        """A read-only session over one consistent snapshot."""
        session = self._session(reading=True)
        try:
            yield session
        except (psycopg.Error, _sqlalchemy_db_errors()) as exc:
            raise translate(exc, self.url) from exc
        finally:
            _rollback(session)
            session.close()

    # -- lists ---------------------------------------------------------------------------

    def listing(self) -> ServerListingReader:
        """Plain-SQL reads for lists (counts and pages of personas and journey maps)."""
        if self._listing is None:
            if self._bound is not None:
                bound = self._bound

                def run_bound(sql: str, params: tuple[object, ...]) -> list[Any]:
                    return list(bound.exec_driver_sql(sql, params).all())

                self._listing = ServerListingReader(run_bound)
            else:
                self._listing = ServerListingReader(self._run_listing, self._close_listing)
        return self._listing

    def _run_listing(self, sql: str, params: tuple[object, ...]) -> list[Any]:
        # One autocommit connection shared by the GUI thread and workers, hence the lock. A
        # connection the server cut (a restart) is replaced and the read asked again once.
        with self._list_lock:
            for attempt in (1, 2):
                if self._list_conn is None or self._list_conn.closed:
                    self._list_conn = connect(self.url, autocommit=True)
                try:
                    return self._list_conn.execute(sql, params).fetchall()
                except psycopg.Error as exc:
                    if not self._list_conn.broken:
                        raise translate(exc, self.url) from exc
                    self._list_conn.close()
                    self._list_conn = None
                    if attempt == 2:
                        raise translate(exc, self.url) from exc
            raise AssertionError("unreachable")

    def _close_listing(self) -> None:
        with self._list_lock:
            if self._list_conn is not None:
                self._list_conn.close()
                self._list_conn = None

    # -- facts and copies ----------------------------------------------------------------

    def schema_version(self) -> int:
        """The format version recorded by the revisions that built the schema."""
        with self.reading() as session:
            return _revision_number(session.connection(), self.url)

    def integrity_check(self) -> str:
        """ "ok" when every table of the schema is there and every constraint is validated.

        The server enforces keys and checks on each write; what can go wrong is a table
        dropped or a constraint added NOT VALID by hand.
        """
        from personabuilder.model.tables import metadata

        with self.reading() as session:
            conn = session.connection()
            present = set(_table_names(conn))
            missing = sorted(set(metadata.tables) - present)
            invalid = [
                str(row[0])
                for row in conn.exec_driver_sql(
                    "SELECT conname FROM pg_constraint c JOIN pg_namespace n "
                    "ON n.oid = c.connamespace WHERE n.nspname = current_schema() "
                    "AND NOT c.convalidated ORDER BY conname"
                )
            ]
        problems = [f"missing table {name}" for name in missing]
        problems += [f"constraint {name} not validated" for name in invalid]
        return "ok" if not problems else "; ".join(problems[:5])

    def backup_if_due(self) -> None:
        """Nothing: a team workspace is backed up by its server (or by `backup URL -o FILE`)."""
        return

    def save_copy(self, dest: Path) -> None:
        """Writes the whole team workspace as a local workspace file anyone can open.

        Built under a short temporary name beside ``dest`` and renamed once complete, so a
        failure leaves no half-made file, and a long name never overflows with a suffix.
        """
        import os
        import uuid

        from personabuilder.store.seam import copy_contents
        from personabuilder.store.workspace import Workspace, check_replaceable

        dest = Path(dest)
        check_replaceable(dest)
        building = dest.with_name(f".pb-copy-{uuid.uuid4().hex[:8]}.pbw")
        try:
            Workspace.create(building, populate=lambda target: copy_contents(self, target)).close()
            for stale in (Path(f"{dest}-wal"), Path(f"{dest}-shm")):
                stale.unlink(missing_ok=True)
            os.replace(building, dest)
        except OSError as exc:
            raise StorageError(dest, f"The copy could not be written: {exc}.") from exc
        finally:
            for leftover in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
                leftover.unlink(missing_ok=True)

    def close(self) -> None:
        """Releases every connection."""
        if self._listing is not None:
            self._listing.close()
            self._listing = None
        if "_engine" in self.__dict__:
            self._engine.dispose()


def make_engine(url: str, *, pooled: bool = True) -> "Engine":
    """A SQLAlchemy engine whose connections are psycopg's, opened on ``url`` as it is."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    def creator() -> psycopg.Connection[Any]:
        # Keepalives: a pooled connection to a server gone silent fails within seconds.
        return psycopg.connect(url, **notify.link_options(url, DEFAULT_CONNECT_TIMEOUT))

    if not pooled:
        return create_engine("postgresql+psycopg://", creator=creator, poolclass=NullPool)
    # pre_ping: a connection cut by a server restart is replaced, not handed to a session.
    return create_engine("postgresql+psycopg://", creator=creator, pool_pre_ping=True, pool_size=4)


@contextmanager
def _nested(conn: "Connection") -> Iterator["Connection"]:
    yield conn


def _rollback(session: "Session") -> None:
    try:
        session.rollback()
    except Exception:  # the connection may be gone; there is nothing left to undo then
        log.debug("rollback after a failure did not run", exc_info=True)


def _sqlalchemy_errors() -> type[Exception]:
    from sqlalchemy.exc import SQLAlchemyError

    return SQLAlchemyError


def _sqlalchemy_db_errors() -> type[Exception]:
    from sqlalchemy.exc import DBAPIError

    return DBAPIError


def _table_names(conn: "Connection") -> list[str]:
    rows = conn.exec_driver_sql(
        "SELECT table_name FROM information_schema.tables "
        "WHERE table_schema = current_schema() ORDER BY table_name"
    )
    return [str(row[0]) for row in rows]


def _revision_number(conn: "Connection", url: str) -> int:
    address = ServerAddress(url)
    names = _table_names(conn)
    if "alembic_version" not in names:
        if not names:
            raise NotAWorkspaceError(
                mask_url(url),
                f"The database {address.dbname} on the server at {address.where} holds no "
                "PersonaBuilder workspace yet; create one with: personabuilder team init URL",
            )
        raise NotAWorkspaceError(
            mask_url(url),
            f"The database {address.dbname} on the server at {address.where} belongs to "
            "another application, not PersonaBuilder.",
        )
    row = conn.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    try:
        return int(row[0]) if row is not None else 0
    except ValueError:
        raise NotAWorkspaceError(
            mask_url(url),
            f"The database {address.dbname} holds a schema of another application.",
        ) from None


def _check_version(conn: "Connection", url: str, *, upgrading: bool) -> int:
    """The schema version, refusing a newer one (update the app) and, to open, an older one."""
    version = _revision_number(conn, url)
    address = ServerAddress(url)
    if version > migrate.SCHEMA_VERSION:
        raise NewerSchemaError(
            mask_url(url),
            f"The team workspace {address.dbname} was made by a newer PersonaBuilder "
            f"(format {version}; this version reads up to {migrate.SCHEMA_VERSION}). "
            "Please update the app.",
        )
    if version < migrate.SCHEMA_VERSION and not upgrading:
        raise OutdatedSchemaError(
            mask_url(url),
            f"The team workspace {address.dbname} has an older format ({version}; this "
            f"version uses {migrate.SCHEMA_VERSION}). Its owner must upgrade it first with: "
            f"personabuilder team upgrade {mask_url(url)}",
        )
    return version


def upgrade(url: str) -> bool:
    """Migrates the team workspace at ``url`` to this version's schema; True if it changed."""
    before, after = TeamWorkspace.upgrade(url)
    return before != after
