"""Team workspaces on PostgreSQL: the editors and viewers groups, their GRANTs, and members.

The database decides who may write: the tables belong to the owner (the login that ran
``team init``), editors may read and change rows, viewers may only read, and nobody but
the owner may create tables or run migrations. Group roles are cluster-wide, so each
database gets its own pair, named after it and marked with a comment so that a role of
the same name made by someone else is never taken over.
"""

import hashlib
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import astuple, dataclass
from typing import TYPE_CHECKING, Any

from personabuilder.store import credentials

if TYPE_CHECKING:
    import psycopg

    from personabuilder.store.postgres import TeamWorkspace

log = logging.getLogger(__name__)

EDITOR = "editor"
VIEWER = "viewer"
ROLES = (EDITOR, VIEWER)
OWNER_ROLE = "owner"  # not a group: the login that owns the tables
SCHEMA = "public"
VERSION_TABLE = "alembic_version"
NAME_BYTES = 63  # PostgreSQL's identifier limit (NAMEDATALEN - 1)
CONNECT_TIMEOUT = 10  # seconds, unless the URL sets connect_timeout
_RESERVED_NAMES = {"public", "none", "current_user", "current_role", "session_user"}
_MARKER = "PersonaBuilder team workspace {dbname}: {kind}"


class TeamError(Exception):
    """A team workspace problem; ``str()`` is one sentence for the user."""


class ServerUnreachableError(TeamError):
    """The server cannot be reached (address, network, or server down)."""


class LoginRefusedError(TeamError):
    """The server refused the login (name, password, or no access to the database)."""


class NotOwnerError(TeamError):
    """Only the workspace's owner may do this (manage members, upgrade, init)."""


class DatabaseNotEmptyError(TeamError):
    """``team init`` needs an empty database."""


class NotATeamWorkspaceError(TeamError):
    """The database has no editors and viewers groups of ours."""


class UnknownLoginError(TeamError):
    """No such login on the server, or not a member of this workspace."""


class NotAMemberError(TeamError):
    """The login reaches the database but belongs to neither of the workspace's groups."""


class BadRoleError(TeamError):
    """A role that is neither editor nor viewer, or a login name PostgreSQL cannot take."""


@dataclass(frozen=True)
class Groups:
    """The two group roles of one team database."""

    editors: str
    viewers: str

    def of(self, role: str) -> str:
        """The group of ``role`` (editor or viewer)."""
        return self.editors if role == EDITOR else self.viewers


@dataclass(frozen=True)
class Member:
    """One login with access to a team workspace."""

    login: str
    role: str


@dataclass(frozen=True)
class MemberChange:
    """What ``add_member`` did: ``created`` a login, or moved it from ``previous`` role."""

    login: str
    role: str
    created: bool
    previous: str | None


@dataclass(frozen=True)
class TeamInfo:
    """A team database as ``init`` or ``upgrade`` left it."""

    dbname: str
    owner: str
    groups: Groups


def _clip(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, never inside a character."""
    return text.encode()[:limit].decode(errors="ignore")


def group_names(dbname: str) -> Groups:
    """The group roles of database ``dbname``: ``<db>_editors`` and ``<db>_viewers``.

    A name too long for PostgreSQL is shortened and given a hash of the whole database
    name, so two long names that share their start still get different groups.
    """
    suffixes = ("_editors", "_viewers")
    base = dbname
    if len(base.encode()) + len(suffixes[0]) > NAME_BYTES:
        digest = hashlib.sha256(dbname.encode()).hexdigest()[:8]
        base = _clip(dbname, NAME_BYTES - len(suffixes[0]) - len(digest) - 1) + "_" + digest
    return Groups(editors=base + suffixes[0], viewers=base + suffixes[1])


def check_role(role: str) -> str:
    """``role`` when it is editor or viewer; otherwise BadRoleError."""
    if role not in ROLES:
        raise BadRoleError(f"{role!r} is not a role of a team workspace; use editor or viewer.")
    return role


def check_login_name(login: str) -> str:
    """``login`` when PostgreSQL can create a login of that name; otherwise BadRoleError."""
    if not login or not login.strip():
        raise BadRoleError("A login name cannot be empty.")
    if len(login.encode()) > NAME_BYTES:
        raise BadRoleError(
            f"The login name {login[:20]!r}... is too long (PostgreSQL takes at most "
            f"{NAME_BYTES} bytes)."
        )
    if any(ord(char) < 32 or ord(char) == 127 for char in login):
        raise BadRoleError("A login name cannot hold control characters.")
    if login.lower().startswith("pg_") or login.lower() in _RESERVED_NAMES:
        raise BadRoleError(f"{login!r} is a name PostgreSQL reserves; choose another login name.")
    return login


# -- connecting -------------------------------------------------------------------------


def _connection_error(exc: Exception, url: str) -> TeamError:
    """The sentence naming why libpq could not connect; never quotes the URL's password."""
    params = credentials.parameters(url)
    user, host, port, dbname = credentials.effective(params)
    text = str(exc)
    if params.get("password"):
        # libpq does not quote passwords; this keeps it so should that ever change.
        text = text.replace(params["password"], credentials.MASK)
    detail = text.split("failed: ", 1)[-1].strip().splitlines()[0] if text else ""
    lowered = text.lower()
    server = f"{host}:{port}"
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return LoginRefusedError(
            f"The server at {server} refused the login {user}: wrong password, or no such login."
        )
    if "no password supplied" in lowered:
        return LoginRefusedError(
            f"The server at {server} asks for the password of {user} and none was found: "
            "put it in your PostgreSQL password file (~/.pgpass) or the system keyring."
        )
    if "pg_hba.conf" in lowered:
        return LoginRefusedError(
            f"The server at {server} does not accept {user} for {dbname} from this machine "
            "(no pg_hba.conf entry); ask its administrator."
        )
    if "permission denied for database" in lowered or "connect privilege" in lowered:
        return LoginRefusedError(
            f"{user} may not connect to {dbname}: this login is not a member of that "
            "team workspace."
        )
    if f'role "{user.lower()}" does not exist' in lowered:
        return LoginRefusedError(f"There is no login {user} on the server at {server}.")
    if "database" in lowered and "does not exist" in lowered:
        return TeamError(
            f"There is no database {dbname} on the server at {server}; its administrator "
            "creates it (empty, owned by you) first."
        )
    unreachable = (
        "connection refused",
        "could not translate host",
        "failed to resolve host",
        "timeout expired",
        "no route to host",
        "network is unreachable",
        "could not connect",
        "connection timed out",
        "no such file or directory",
        "server closed the connection",
        "the database system is starting up",
        "the database system is shutting down",
    )
    if any(marker in lowered for marker in unreachable):
        return ServerUnreachableError(
            f"The PostgreSQL server at {server} cannot be reached ({detail}); check the host "
            "and port, and that the server is running."
        )
    return TeamError(f"Cannot connect to {dbname} on {server}: {detail}")


def connect(url: str, *, autocommit: bool = False) -> "psycopg.Connection[tuple[Any, ...]]":
    """A connection to the team database at ``url``, its password found by ``credentials``."""
    import psycopg

    params = credentials.parameters(url)
    extra: dict[str, Any] = {}
    if "connect_timeout" not in params:
        extra["connect_timeout"] = CONNECT_TIMEOUT
    if "password" not in params:
        password = credentials.password_for(url)
        if password is not None:  # None: libpq reads the password file itself
            extra["password"] = password
    try:
        return psycopg.connect(url, autocommit=autocommit, **extra)
    except psycopg.OperationalError as exc:
        raise _connection_error(exc, url) from None


@contextmanager
def _session(url: str) -> "Iterator[psycopg.Connection[tuple[Any, ...]]]":
    """An autocommit connection closed after the block; callers open their transactions."""
    conn = connect(url, autocommit=True)
    try:
        yield conn
    finally:
        conn.close()


# -- facts about the database ---------------------------------------------------------


def _one(conn: "psycopg.Connection[tuple[Any, ...]]", query: str, *args: Any) -> Any:
    row = conn.execute(query, args or None).fetchone()
    return None if row is None else row[0]


def _user_tables(conn: "psycopg.Connection[tuple[Any, ...]]") -> list[str]:
    """Tables, views and sequences outside PostgreSQL's own schemas, by qualified name."""
    rows = conn.execute(
        "SELECT n.nspname || '.' || c.relname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp\\_%' "
        "ORDER BY 1"
    ).fetchall()
    return [str(row[0]) for row in rows]


def _is_ours(conn: "psycopg.Connection[tuple[Any, ...]]", role: str, dbname: str) -> bool | None:
    """True when ``role`` is our group for ``dbname``; False another's; None when missing."""
    row = conn.execute(
        "SELECT shobj_description(oid, 'pg_authid'), rolcanlogin FROM pg_roles WHERE rolname = %s",
        (role,),
    ).fetchone()
    if row is None:
        return None
    kind = "editors" if role.endswith("_editors") else "viewers"
    return bool(row[0] == _MARKER.format(dbname=dbname, kind=kind) and not row[1])


def _workspace_owner(conn: "psycopg.Connection[tuple[Any, ...]]") -> tuple[str, str] | None:
    """(schema, owner) of the workspace's version table, or None when there is none."""
    row = conn.execute(
        "SELECT schemaname, tableowner FROM pg_tables WHERE tablename = %s "
        "ORDER BY schemaname = %s DESC LIMIT 1",
        (VERSION_TABLE, SCHEMA),
    ).fetchone()
    return None if row is None else (str(row[0]), str(row[1]))


def _may_act_as(conn: "psycopg.Connection[tuple[Any, ...]]", owner: str) -> bool:
    """True when the current login is ``owner`` (or a superuser, who may do anything)."""
    row = conn.execute(
        "SELECT current_user = %s OR rolsuper FROM pg_roles WHERE rolname = current_user",
        (owner,),
    ).fetchone()
    return bool(row and row[0])


def _workspace(conn: "psycopg.Connection[tuple[Any, ...]]") -> tuple[str, Groups, str, str]:
    """(dbname, groups, schema, owner) of the team workspace ``conn`` is on; else TeamError."""
    dbname = str(_one(conn, "SELECT current_database()"))
    groups = group_names(dbname)
    found = _workspace_owner(conn)
    if found is None or not (
        _is_ours(conn, groups.editors, dbname) and _is_ours(conn, groups.viewers, dbname)
    ):
        raise NotATeamWorkspaceError(
            f"{dbname} is not a team workspace (it has no PersonaBuilder editors and viewers "
            "groups); its owner makes one with: personabuilder team init URL"
        )
    return dbname, groups, found[0], found[1]


def _team(conn: "psycopg.Connection[tuple[Any, ...]]", doing: str) -> tuple[str, str, Groups]:
    """(dbname, schema, groups) of a team workspace the current login owns; else TeamError.

    ``doing`` names the action for the refusal ("add members").
    """
    dbname, groups, schema, owner = _workspace(conn)
    if not _may_act_as(conn, owner):
        user = str(_one(conn, "SELECT current_user"))
        raise NotOwnerError(
            f"Only the owner of the team workspace {dbname} ({owner}) can {doing}; "
            f"you are logged in as {user}."
        )
    return dbname, schema, groups


# -- groups and grants ----------------------------------------------------------------


def _group_is_ours(conn: "psycopg.Connection[tuple[Any, ...]]", role: str, dbname: str) -> bool:
    """True when ``role`` is already our group for ``dbname``, False when it is free.

    A role of that name made by someone else is refused, never taken over.
    """
    ours = _is_ours(conn, role, dbname)
    if ours is False:
        kind = "editors" if role.endswith("_editors") else "viewers"
        raise TeamError(
            f"A role named {role} already exists on this server and is not PersonaBuilder's "
            f"{kind} group for {dbname}; rename that role or use another database name."
        )
    return bool(ours)


def _create_groups(conn: "psycopg.Connection[tuple[Any, ...]]", dbname: str) -> Groups:
    """Creates (or finds, when ours) the editors and viewers groups of ``dbname``."""
    from psycopg import sql

    groups = group_names(dbname)
    for role, kind in ((groups.editors, "editors"), (groups.viewers, "viewers")):
        if not _group_is_ours(conn, role, dbname):
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
            conn.execute(
                sql.SQL("COMMENT ON ROLE {} IS {}").format(
                    sql.Identifier(role), sql.Literal(_MARKER.format(dbname=dbname, kind=kind))
                )
            )
    return groups


def _grant(
    conn: "psycopg.Connection[tuple[Any, ...]]",
    dbname: str,
    schema: str,
    owner: str,
    groups: Groups,
) -> None:
    """The GRANTs of a team database: all of them idempotent, run in the caller's transaction."""
    from psycopg import sql

    db, sch, own = sql.Identifier(dbname), sql.Identifier(schema), sql.Identifier(owner)
    editors, viewers = sql.Identifier(groups.editors), sql.Identifier(groups.viewers)
    statements = [
        # Only members connect; nobody else creates anything (temporary tables included).
        sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(db),
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(db, editors, viewers),
        sql.SQL("REVOKE CREATE ON SCHEMA {} FROM PUBLIC").format(sch),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}, {}").format(sch, editors, viewers),
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}").format(sch, viewers),
        sql.SQL("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {} TO {}").format(
            sch, editors
        ),
        sql.SQL("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {} TO {}").format(sch, editors),
        # Tables and sequences the owner makes later (a migration) get the same grants.
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} GRANT SELECT ON TABLES TO {}"
        ).format(own, sch, viewers),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} "
            "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {}"
        ).format(own, sch, editors),
        sql.SQL(
            "ALTER DEFAULT PRIVILEGES FOR ROLE {} IN SCHEMA {} "
            "GRANT USAGE, SELECT ON SEQUENCES TO {}"
        ).format(own, sch, editors),
    ]
    for statement in statements:
        conn.execute(statement)
    if _one(conn, "SELECT to_regclass(%s)", f"{schema}.{VERSION_TABLE}") is not None:
        # The schema's version is the owner's to change (by a migration), not an editor's.
        conn.execute(
            sql.SQL("REVOKE INSERT, UPDATE, DELETE ON {}.{} FROM {}").format(
                sch, sql.Identifier(VERSION_TABLE), editors
            )
        )


def _check_may_init(conn: "psycopg.Connection[tuple[Any, ...]]") -> tuple[str, str]:
    """(dbname, owner) when the current login may make this database a team workspace."""
    dbname = str(_one(conn, "SELECT current_database()"))
    row = conn.execute(
        "SELECT current_user, pg_get_userbyid(d.datdba), r.rolsuper, r.rolcreaterole "
        "FROM pg_database d, pg_roles r "
        "WHERE d.datname = current_database() AND r.rolname = current_user"
    ).fetchone()
    assert row is not None
    user, db_owner, superuser, createrole = str(row[0]), str(row[1]), row[2], row[3]
    if user != db_owner and not superuser:
        raise NotOwnerError(
            f"Only the owner of the database {dbname} ({db_owner}) can make it a team "
            f"workspace; you are logged in as {user}."
        )
    if not (createrole or superuser):
        raise NotOwnerError(
            f"{user} may not create roles, which team init needs for the editors and viewers "
            f"groups; ask the server's administrator to run: ALTER ROLE {user} CREATEROLE"
        )
    tables = _user_tables(conn)
    if tables:
        shown = ", ".join(tables[:3]) + (" ..." if len(tables) > 3 else "")
        raise DatabaseNotEmptyError(
            f"The database {dbname} is not empty ({len(tables)} tables and other objects, "
            f"such as {shown}); team init needs an empty database."
        )
    return dbname, user


def init(url: str, populate: "Callable[[TeamWorkspace], None] | None" = None) -> TeamInfo:
    """Makes the empty database at ``url`` a team workspace owned by the current login.

    One transaction: the schema (built by ``TeamWorkspace.create`` under its lock), the
    content ``populate`` adds (the demo), the groups and every GRANT. A failure anywhere
    leaves the database empty and the server without the groups.
    """
    from personabuilder.store.postgres import TeamWorkspace

    with _session(url) as conn, conn.transaction():
        dbname, owner = _check_may_init(conn)
        for role in astuple(group_names(dbname)):
            _group_is_ours(conn, role, dbname)
    made: list[Groups] = []

    def build(ws: TeamWorkspace) -> None:
        if populate is not None:
            populate(ws)
        with ws.transaction() as session:
            # The psycopg connection under the session: its statements join the transaction
            # that is building the schema.
            raw = session.connection().connection.driver_connection
            if raw is None:  # SQLAlchemy hands a live connection to a live session
                raise TeamError("The connection to the server was lost during team init.")
            made.append(_create_groups(raw, dbname))
            _grant(raw, dbname, str(_one(raw, "SELECT current_schema()")), owner, made[0])

    TeamWorkspace.create(url, populate=build).close()
    log.info("team workspace %s created, owned by %s", dbname, owner)
    return TeamInfo(dbname=dbname, owner=owner, groups=made[0])


def upgrade(url: str) -> tuple[TeamInfo, int, int]:
    """Runs the pending migrations of the team workspace at ``url`` (owner only).

    Returns the workspace and its schema versions before and after.
    """
    from personabuilder.store.postgres import TeamWorkspace

    with _session(url) as conn, conn.transaction():
        dbname, _schema, groups = _team(conn, "upgrade it")
    before, after = TeamWorkspace.upgrade(url)
    with _session(url) as conn, conn.transaction():
        found = _workspace_owner(conn)
        if found is None:
            raise NotATeamWorkspaceError(f"{dbname} holds no workspace schema any more.")
        schema, owner = found
        # Default privileges gave the new tables their grants; this also covers a table a
        # revision made under another name and then renamed.
        _grant(conn, dbname, schema, owner, groups)
    return TeamInfo(dbname=dbname, owner=owner, groups=groups), before, after


# -- members --------------------------------------------------------------------------


def _memberships(
    conn: "psycopg.Connection[tuple[Any, ...]]",
    groups: Groups,
    login: str | None = None,
    *,
    both: bool = False,
) -> list[Member]:
    """Members of the groups by login; ``both``: a login in both groups is listed twice."""
    rows = conn.execute(
        "SELECT m.rolname, g.rolname FROM pg_auth_members a "
        "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
        "WHERE g.rolname IN (%s, %s) AND (%s::text IS NULL OR m.rolname = %s) "
        "ORDER BY m.rolname",
        (groups.editors, groups.viewers, login, login),
    ).fetchall()
    if both:
        return [Member(str(m), EDITOR if g == groups.editors else VIEWER) for m, g in rows]
    roles: dict[str, str] = {}
    for member, group in rows:
        role = EDITOR if group == groups.editors else VIEWER
        # In both groups (by hand): the stronger one is what the login can do.
        if roles.get(str(member)) != EDITOR:
            roles[str(member)] = role
    return [Member(login=name, role=roles[name]) for name in sorted(roles)]


def members(url: str) -> list[Member]:
    """The logins with access to the team workspace at ``url`` and their roles, by login."""
    with _session(url) as conn, conn.transaction():
        _dbname, groups, _schema, _owner = _workspace(conn)
        return _memberships(conn, groups)


def role_of(url: str) -> str:
    """The role of the login ``url`` connects as: "owner", "editor" or "viewer".

    The owner of the workspace's tables (or a superuser) is the owner; a member has the
    role of their group. Anyone else is refused with ``NotAMemberError``.
    """
    with _session(url) as conn, conn.transaction():
        dbname, groups, _schema, owner = _workspace(conn)
        if _may_act_as(conn, owner):
            return OWNER_ROLE
        login = str(_one(conn, "SELECT current_user"))
        roles = {member.role for member in _memberships(conn, groups, login)}
    for role in ROLES:
        if role in roles:
            return role
    raise NotAMemberError(f"{login} is not a member of the team workspace {dbname}.")


def login_exists(url: str, login: str) -> bool:
    """True when the server has a role named ``login`` (so adding it needs no password).

    Asked by the owner only: a member is refused before being asked for any password.
    """
    with _session(url) as conn, conn.transaction():
        _team(conn, "add members")
        return _one(conn, "SELECT 1 FROM pg_roles WHERE rolname = %s", login) is not None


def add_member(url: str, login: str, role: str, password: str | None = None) -> MemberChange:
    """Gives ``login`` the ``role`` (editor or viewer) in the team workspace at ``url``.

    A login the server lacks is created with ``password``; an existing one keeps its own
    password and is moved to the group of ``role``. One transaction; owner only.
    """
    from psycopg import sql

    check_role(role)
    check_login_name(login)
    with _session(url) as conn, conn.transaction():
        dbname, _schema, groups = _team(conn, "add members")
        found = _workspace_owner(conn)
        if login in (groups.editors, groups.viewers):
            raise BadRoleError(f"{login} is one of this workspace's groups, not a login.")
        if found is not None and login == found[1]:
            raise BadRoleError(f"{login} owns this team workspace and may already do everything.")
        row = conn.execute(
            "SELECT rolcanlogin FROM pg_roles WHERE rolname = %s", (login,)
        ).fetchone()
        before = {m.role for m in _memberships(conn, groups, login, both=True)}
        target = sql.Identifier(groups.of(role))
        if row is None:
            if not password:
                raise BadRoleError(f"{login} is a new login and needs a password.")
            # The server is sent a SCRAM verifier made here, never the password itself,
            # which a statement log on the server would otherwise keep.
            verifier = conn.pgconn.encrypt_password(password.encode(), login.encode())
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(login), sql.Literal(verifier.decode("ascii")), target
                )
            )
        elif not row[0]:
            raise BadRoleError(
                f"{login} is a group role on this server, not a login; give the name of a login."
            )
        elif role not in before:
            conn.execute(sql.SQL("GRANT {} TO {}").format(target, sql.Identifier(login)))
        other = VIEWER if role == EDITOR else EDITOR
        if other in before:
            conn.execute(
                sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(groups.of(other)), sql.Identifier(login)
                )
            )
    log.info("%s is now %s of %s", login, role, dbname)
    previous = EDITOR if EDITOR in before else VIEWER if VIEWER in before else None
    return MemberChange(login=login, role=role, created=row is None, previous=previous)


def remove_member(url: str, login: str) -> str:
    """Takes ``login``'s access to the team workspace at ``url`` away; returns its old role.

    The login itself is kept: it may own other things or belong to other workspaces.
    """
    from psycopg import sql

    check_login_name(login)
    with _session(url) as conn, conn.transaction():
        dbname, _schema, groups = _team(conn, "remove members")
        if _one(conn, "SELECT 1 FROM pg_roles WHERE rolname = %s", login) is None:
            raise UnknownLoginError(f"There is no login {login} on this server.")
        current = _memberships(conn, groups, login)
        if not current:
            raise UnknownLoginError(f"{login} is not a member of the team workspace {dbname}.")
        for member in _memberships(conn, groups, login, both=True):
            conn.execute(
                sql.SQL("REVOKE {} FROM {}").format(
                    sql.Identifier(groups.of(member.role)), sql.Identifier(login)
                )
            )
    log.info("%s removed from %s", login, dbname)
    return current[0].role
