"""Team workspaces on a real PostgreSQL server: groups, GRANTs, members and passwords."""

import logging
import secrets
import socket
import stat
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import ClassVar

import psycopg
import pytest
from psycopg import sql

from personabuilder import team_cli
from personabuilder.services import Services
from personabuilder.services.metrics import MetricDraft
from personabuilder.services.readmodels import JourneySpec, PersonaData, StageSpec
from personabuilder.store import credentials, team
from personabuilder.store.errors import ViewOnlyError
from personabuilder.store.migrate import SCHEMA_VERSION
from personabuilder.store.postgres import TeamWorkspace
from personabuilder.store.seam import MASK, mask_url
from tests.pg_cluster import Cluster


@dataclass
class TeamDb:
    """An empty database on the test server, owned by a login of its own (CREATEROLE)."""

    cluster: Cluster
    dbname: str
    owner: str
    owner_password: str
    prefix: str
    logins: dict[str, str] = field(default_factory=dict)

    @property
    def owner_url(self) -> str:
        return self.cluster.url_for(self.owner, self.owner_password, self.dbname)

    def login_name(self, name: str) -> str:
        """A login name unique to this test (role names are cluster-wide)."""
        return f"{self.prefix}{name}"

    def url_of(self, login: str, password: str | None = None) -> str:
        return self.cluster.url_for(login, password or self.logins[login], self.dbname)

    def superuser(self) -> "psycopg.Connection[tuple[object, ...]]":
        return psycopg.connect(self.cluster.superuser_url(self.dbname), autocommit=True)


@pytest.fixture
def team_db(pg_cluster: Cluster) -> Iterator[TeamDb]:
    """A fresh database and owner; every role the test made is dropped afterwards."""
    tag = uuid.uuid4().hex[:10]
    db = TeamDb(
        cluster=pg_cluster,
        dbname=f"team_{tag}",
        owner=f"own_{tag}",
        owner_password=secrets.token_urlsafe(16),
        prefix=f"m_{tag}_",
    )
    pg_cluster.execute(
        sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
            sql.Identifier(db.owner), sql.Literal(db.owner_password)
        )
    )
    pg_cluster.create_database(db.dbname, owner=db.owner)
    yield db
    pg_cluster.drop_database(db.dbname)
    with psycopg.connect(pg_cluster.superuser_url(), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s "
            "ORDER BY rolcanlogin DESC",
            (f"{db.prefix}%", f"{db.dbname}\\_%"),
        ).fetchall()
        for (name,) in [*rows, (db.owner,)]:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def private_file(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return path


# -- credentials ------------------------------------------------------------------------


def test_mask_url_hides_every_password() -> None:
    masked = mask_url("postgresql://ann:s3cr%40t@db.example:6543/team?sslmode=require")
    assert masked == "postgresql://ann:***@db.example:6543/team?sslmode=require"
    query = mask_url("postgresql://ann@db.example/team?password=hush&sslmode=verify-full")
    assert "hush" not in query
    assert "sslmode=verify-full" in query
    conninfo = mask_url("host=db.example dbname=team password='a b'")
    assert "a b" not in conninfo
    assert "db.example" in conninfo
    assert "password=***" in conninfo
    assert mask_url("host=db.example password='unclosed") == (
        "(a connection string that cannot be read)"
    )
    assert mask_url("postgresql://ann@db.example/team") == "postgresql://ann@db.example/team"
    assert mask_url("/home/ann/password=1.pbw") == "/home/ann/password=1.pbw"  # a file
    # The credentials module keeps no masking of its own: one function hides passwords.
    assert not hasattr(credentials, "masked")
    assert credentials.MASK == MASK


def test_an_unreadable_url_is_refused_without_quoting_it() -> None:
    with pytest.raises(credentials.BadUrlError) as refused:
        credentials.parameters("postgresql://ann:Qx7%zzKw@db.example/team")
    assert "Qx7" not in str(refused.value)
    assert "Qx7" not in mask_url("postgresql://ann:Qx7%zzKw@db.example/team")


def test_keyring_key_fills_in_libpq_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PGHOST", "PGPORT", "PGUSER", "PGDATABASE"):
        monkeypatch.delenv(name, raising=False)
    assert credentials.keyring_key("postgresql://ann@db.example/team") == (
        "ann@db.example:5432/team"
    )
    monkeypatch.setenv("PGPORT", "6000")
    assert credentials.keyring_key("postgresql://ann@db.example/team") == (
        "ann@db.example:6000/team"
    )
    assert credentials.keyring_key("postgresql://ann@h:7/") == "ann@h:7/ann"


def test_password_file_is_left_to_libpq_and_used(
    team_db: TeamDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the password in the PostgreSQL password file, a URL without one connects."""
    cluster = team_db.cluster
    url = f"postgresql://{team_db.owner}@{cluster.host}:{cluster.port}/{team_db.dbname}"
    # An escaped colon in another entry must not confuse the reader.
    entries = (
        f"other\\:host:*:*:*:nope\n"
        f"{cluster.host}:{cluster.port}:*:{team_db.owner}:{team_db.owner_password}\n"
    )
    monkeypatch.setenv("PGPASSFILE", str(private_file(tmp_path / "pgpass", entries)))
    assert credentials.password_for(url) is None  # libpq reads it; we pass none
    with psycopg.connect(url, password=credentials.password_for(url) or None) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (team_db.owner,)

    other = f"postgresql://{team_db.owner}@{cluster.host}:{int(cluster.port) + 1}/x"
    assert not credentials._in_password_file(credentials.parameters(other))
    # A password file others can read is ignored, as libpq ignores it.
    (tmp_path / "pgpass").chmod(0o644)
    assert not credentials._in_password_file(credentials.parameters(url))


def test_url_password_wins() -> None:
    assert credentials.password_for("postgresql://ann:hush@db.example/team") == "hush"


def test_keyring_remembers_and_forgets(
    team_db: TeamDb, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The system keyring (an in-memory backend) is asked when the password file has none."""
    keyring = pytest.importorskip("keyring")
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1
        stored: ClassVar[dict[tuple[str, str], str]] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.stored.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.stored[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            del self.stored[(service, username)]

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    cluster = team_db.cluster
    url = f"postgresql://{team_db.owner}@{cluster.host}:{cluster.port}/{team_db.dbname}"
    key = f"{team_db.owner}@{cluster.host}:{cluster.port}/{team_db.dbname}"
    try:
        assert credentials.password_for(url) is None
        with pytest.raises(team.LoginRefusedError, match="none was found"):
            team.connect(url)
        credentials.remember(url, team_db.owner_password)
        assert MemoryKeyring.stored == {("PersonaBuilder", key): team_db.owner_password}
        assert credentials.password_for(url) == team_db.owner_password
        with team.connect(url) as conn:
            assert conn.execute("SELECT current_user").fetchone() == (team_db.owner,)
        assert credentials.forget(url)
        assert credentials.password_for(url) is None
        assert not credentials.forget(url)
    finally:
        keyring.set_keyring(previous)


def test_without_a_usable_keyring_nothing_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No keyring package, or only its refusing fallback (a server, CI): the password file."""
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    url = "postgresql://ann@db.example:5433/team"
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        keyring = None
    previous = keyring.get_keyring() if keyring is not None else None
    if keyring is not None:
        keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(credentials.CredentialError, match="No system keyring"):
            credentials.remember(url, "not-kept")
        assert credentials.password_for(url) is None
        assert not credentials.forget(url)
    finally:
        if keyring is not None:
            keyring.set_keyring(previous)


# -- groups, grants and members -------------------------------------------------------


def add(db: TeamDb, name: str, role: str) -> str:
    """Adds a new login to the team workspace with a generated password; returns its name."""
    login = db.login_name(name)
    db.logins[login] = secrets.token_urlsafe(16)
    team.add_member(db.owner_url, login, role, db.logins[login])
    return login


def persona_names(url: str) -> list[str]:
    ws = TeamWorkspace.open(url)
    try:
        return [p.name for p in Services.bind(ws).listing.personas()]
    finally:
        ws.close()


def test_init_makes_groups_and_leaves_the_tables_to_the_owner(team_db: TeamDb) -> None:
    info = team.init(team_db.owner_url)
    groups = team.group_names(team_db.dbname)
    assert info.groups == groups
    assert info.owner == team_db.owner
    with team_db.superuser() as conn:
        owners = conn.execute(
            "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"
        ).fetchall()
        assert owners == [(team_db.owner,)]
        for group in (groups.editors, groups.viewers):
            row = conn.execute(
                "SELECT rolcanlogin, has_database_privilege(rolname, current_database(), "
                "'CONNECT') FROM pg_roles WHERE rolname = %s",
                (group,),
            ).fetchone()
            assert row == (False, True)

        def may(role: str, privilege: str, table: str = "persona") -> bool:
            row = conn.execute(
                "SELECT has_table_privilege(%s, %s, %s)", (role, table, privilege)
            ).fetchone()
            assert row is not None
            return bool(row[0])

        assert may(groups.viewers, "SELECT")
        assert not may(groups.viewers, "INSERT")
        for privilege in ("SELECT", "INSERT", "UPDATE", "DELETE"):
            assert may(groups.editors, privilege)
        assert not may(groups.editors, "TRUNCATE")
        assert not may(groups.editors, "UPDATE", "alembic_version")
        # Nobody else: PUBLIC may neither connect nor create in the schema.
        acl = conn.execute(
            "SELECT has_database_privilege('public', current_database(), 'CONNECT'), "
            "has_schema_privilege('public', 'public', 'CREATE')"
        ).fetchone()
        assert acl == (False, False)


def test_tables_of_later_migrations_get_the_same_grants(team_db: TeamDb) -> None:
    team.init(team_db.owner_url)
    with psycopg.connect(team_db.owner_url) as conn:
        conn.execute("CREATE TABLE later_table (id integer PRIMARY KEY)")
    editor = add(team_db, "ed", team.EDITOR)
    with psycopg.connect(team_db.url_of(editor)) as conn:
        conn.execute("INSERT INTO later_table VALUES (1)")


def test_init_refuses_a_database_that_holds_tables(team_db: TeamDb) -> None:
    with psycopg.connect(team_db.owner_url) as conn:
        conn.execute("CREATE TABLE something_else (id integer)")
    with pytest.raises(team.DatabaseNotEmptyError, match="not empty"):
        team.init(team_db.owner_url)
    with team_db.superuser() as conn:
        groups = conn.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"{team_db.dbname}\\_%",)
        ).fetchone()
    assert groups == (0,)


def test_a_failed_init_leaves_no_schema_and_no_groups(team_db: TeamDb) -> None:
    """Schema, content, groups and grants are one transaction."""

    def fail_half_way(ws: TeamWorkspace) -> None:
        Services.bind(ws).personas.create(PersonaData(name="Never kept"))
        raise RuntimeError("the demo could not be built")

    with pytest.raises(RuntimeError, match="could not be built"):
        team.init(team_db.owner_url, populate=fail_half_way)
    with team_db.superuser() as conn:
        tables = conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone() == (0,)
        groups = conn.execute(
            "SELECT count(*) FROM pg_roles WHERE rolname LIKE %s", (f"{team_db.dbname}\\_%",)
        ).fetchone()
        assert groups == (0,)
    team.init(team_db.owner_url)
    assert persona_names(team_db.owner_url) == []


def test_init_is_the_database_owners(team_db: TeamDb) -> None:
    stranger = team_db.login_name("stranger")
    team_db.logins[stranger] = secrets.token_urlsafe(16)
    team_db.cluster.execute(
        sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
            sql.Identifier(stranger), sql.Literal(team_db.logins[stranger])
        )
    )
    with pytest.raises(team.NotOwnerError, match=f"owner of the database {team_db.dbname}"):
        team.init(team_db.url_of(stranger))


def test_viewer_reads_and_its_write_is_refused_by_the_server(team_db: TeamDb) -> None:
    team.init(team_db.owner_url)
    owner_ws = TeamWorkspace.open(team_db.owner_url)
    try:
        Services.bind(owner_ws).personas.create(PersonaData(name="Owner's persona"))
    finally:
        owner_ws.close()
    viewer = add(team_db, "vi", team.VIEWER)
    ws = TeamWorkspace.open(team_db.url_of(viewer))
    try:
        services = Services.bind(ws)
        assert [p.name for p in services.listing.personas()] == ["Owner's persona"]
        with pytest.raises(ViewOnlyError, match="view this workspace but not change it"):
            services.personas.create(PersonaData(name="Viewer's persona"))
        with pytest.raises(ViewOnlyError):
            services.journeys.create(JourneySpec(title="Viewer's map"))
    finally:
        ws.close()
    with (
        psycopg.connect(team_db.url_of(viewer)) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    assert persona_names(team_db.owner_url) == ["Owner's persona"]
    owner_ws = TeamWorkspace.open(team_db.owner_url)
    try:
        assert Services.bind(owner_ws).listing.journeys() == []
    finally:
        owner_ws.close()


def test_editor_edits_but_cannot_change_the_schema_or_the_roles(team_db: TeamDb) -> None:
    team.init(team_db.owner_url)
    editor = add(team_db, "ed", team.EDITOR)
    url = team_db.url_of(editor)
    ws = TeamWorkspace.open(url)
    try:
        services = Services.bind(ws)
        made = services.personas.create(PersonaData(name="Draft"))
        services.personas.update(made.id, name="Edited by the editor")
        journey_id = services.journeys.create(
            JourneySpec(title="Onboarding", stages=(StageSpec("Sign-up"),))
        )
        stage_id = services.journeys.get(journey_id).stages[0].id
        metric_id = services.metrics.add(stage_id, MetricDraft("Trials"))
        services.metrics.set_values(metric_id, {date(2026, 10, 1): 42.0})
    finally:
        ws.close()
    assert persona_names(team_db.owner_url) == ["Edited by the editor"]
    owner_ws = TeamWorkspace.open(team_db.owner_url)
    try:
        detail = Services.bind(owner_ws).journeys.get(journey_id)
        assert detail.title == "Onboarding"
        assert [m.name for m in detail.metrics] == ["Trials"]
    finally:
        owner_ws.close()
    for statement in (
        "CREATE TABLE sneaky (id integer)",
        "CREATE TEMPORARY TABLE sneaky (id integer)",
        "DROP TABLE persona",
        "UPDATE alembic_version SET version_num = '9999'",
        f"CREATE ROLE {team_db.login_name('made_by_editor')}",
    ):
        with psycopg.connect(url) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(statement)
    with pytest.raises(team.NotOwnerError, match="Only the owner"):
        team.add_member(url, team_db.login_name("friend"), team.EDITOR, "x" * 12)
    with pytest.raises(team.NotOwnerError, match="can upgrade it; you are logged in as"):
        team.upgrade(url)


def test_members_round_trip(team_db: TeamDb) -> None:
    team.init(team_db.owner_url)
    assert team.members(team_db.owner_url) == []
    zed = add(team_db, "zed", team.VIEWER)
    amy = add(team_db, "amy", team.EDITOR)
    assert team.members(team_db.owner_url) == [
        team.Member(amy, team.EDITOR),
        team.Member(zed, team.VIEWER),
    ]
    moved = team.add_member(team_db.owner_url, zed, team.EDITOR)
    assert moved == team.MemberChange(zed, team.EDITOR, created=False, previous=team.VIEWER)
    assert team.members(team_db.url_of(amy)) == [
        team.Member(amy, team.EDITOR),
        team.Member(zed, team.EDITOR),
    ]
    assert team.remove_member(team_db.owner_url, zed) == team.EDITOR
    assert team.members(team_db.owner_url) == [team.Member(amy, team.EDITOR)]
    # The login stays (it may own other things) but can no longer connect to the workspace.
    assert team.login_exists(team_db.owner_url, zed)
    with pytest.raises(team.LoginRefusedError, match="not a member"):
        team.members(team_db.url_of(zed))
    with pytest.raises(team.UnknownLoginError, match="not a member"):
        team.remove_member(team_db.owner_url, zed)
    with pytest.raises(team.UnknownLoginError, match="no login"):
        team.remove_member(team_db.owner_url, team_db.login_name("nobody"))
    # Coming back, an existing login keeps its password: none is needed.
    back = team.add_member(team_db.owner_url, zed, team.VIEWER)
    assert back == team.MemberChange(zed, team.VIEWER, created=False, previous=None)
    assert persona_names(team_db.url_of(zed)) == []


def test_bad_roles_and_login_names_are_refused(team_db: TeamDb) -> None:
    team.init(team_db.owner_url)
    groups = team.group_names(team_db.dbname)
    refused = [
        ("someone", "admin", "use editor or viewer"),
        ("pg_monitor", team.VIEWER, "reserves"),
        ("public", team.VIEWER, "reserves"),
        ("", team.VIEWER, "empty"),
        ("x" * 64, team.VIEWER, "too long"),
        (groups.editors, team.VIEWER, "groups, not a login"),
        (team_db.owner, team.VIEWER, "owns this team workspace"),
    ]
    for login, role, message in refused:
        with pytest.raises(team.BadRoleError, match=message):
            team.add_member(team_db.owner_url, login, role, "x" * 12)
    with pytest.raises(team.BadRoleError, match="needs a password"):
        team.add_member(team_db.owner_url, team_db.login_name("nopass"), team.VIEWER, None)
    assert team.members(team_db.owner_url) == []


def test_group_names_fit_postgresql_and_differ() -> None:
    long_a, long_b = "a" * 60 + "_one", "a" * 60 + "_two"
    for name in (long_a, long_b, "é" * 40):
        groups = team.group_names(name)
        assert len(groups.editors.encode()) <= team.NAME_BYTES
        assert groups.editors.endswith("_editors")
        assert groups.viewers.endswith("_viewers")
    assert team.group_names(long_a) != team.group_names(long_b)
    assert team.group_names("sales") == team.Groups("sales_editors", "sales_viewers")


def test_a_role_of_the_same_name_is_not_taken_over(team_db: TeamDb) -> None:
    squatter = team.group_names(team_db.dbname).viewers
    team_db.cluster.execute(sql.SQL("CREATE ROLE {}").format(sql.Identifier(squatter)))
    with pytest.raises(team.TeamError, match="already exists on this server"):
        team.init(team_db.owner_url)


def test_connection_problems_are_named(team_db: TeamDb) -> None:
    cluster = team_db.cluster
    wrong = cluster.url_for(team_db.owner, "Wr0ng-" + secrets.token_hex(4), team_db.dbname)
    with pytest.raises(team.LoginRefusedError, match="wrong password") as refused:
        team.members(wrong)
    assert "Wr0ng" not in str(refused.value)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    unreachable = f"postgresql://{team_db.owner}:pw@127.0.0.1:{closed_port}/{team_db.dbname}"
    with pytest.raises(team.ServerUnreachableError, match="cannot be reached"):
        team.members(unreachable)
    missing = cluster.url_for(team_db.owner, team_db.owner_password, team_db.dbname + "_gone")
    with pytest.raises(team.TeamError, match="There is no database"):
        team.members(missing)
    with pytest.raises(team.NotATeamWorkspaceError, match="not a team workspace"):
        team.members(team_db.owner_url)


def test_upgrade_by_the_owner_runs_under_the_lock(team_db: TeamDb) -> None:
    team.init(team_db.owner_url)
    _info, before, after = team.upgrade(team_db.owner_url)
    assert before == after == SCHEMA_VERSION


def test_password_never_reaches_output_or_logs(
    team_db: TeamDb,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    team.init(team_db.owner_url)
    login = team_db.login_name("pat")
    password = "Pw-" + secrets.token_hex(12)
    secret = private_file(tmp_path / "password.txt", password + "\n")
    status = team_cli.main(
        ["add-member", team_db.owner_url, login, "--role", "viewer", "--password-file", str(secret)]
    )
    assert status == 0
    assert team.members(team_db.owner_url) == [team.Member(login, team.VIEWER)]
    with psycopg.connect(team_db.url_of(login, password)) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (login,)
    # A wrong owner password in the URL is not repeated either.
    wrong_owner = "Ow-" + secrets.token_hex(12)
    url = team_db.cluster.url_for(team_db.owner, wrong_owner, team_db.dbname)
    assert team_cli.main(["members", url]) == 1
    out, err = capsys.readouterr()
    assert "is now viewer" in out or "Created the login" in out
    assert "refused the login" in err
    for text in (out, err, caplog.text, *(str(r.args) for r in caplog.records)):
        assert password not in text
        assert wrong_owner not in text
        assert team_db.owner_password not in text
    with team_db.superuser() as conn:
        stored = conn.execute(
            "SELECT rolpassword FROM pg_authid WHERE rolname = %s", (login,)
        ).fetchone()
    assert stored is not None
    assert str(stored[0]).startswith("SCRAM-SHA-256$")


def test_each_login_learns_its_own_role(team_db: TeamDb) -> None:
    team.init(team_db.owner_url)
    amy = add(team_db, "amy", team.EDITOR)
    zed = add(team_db, "zed", team.VIEWER)
    assert team.role_of(team_db.owner_url) == team.OWNER_ROLE
    assert team.role_of(team_db.url_of(amy)) == team.EDITOR
    assert team.role_of(team_db.url_of(zed)) == team.VIEWER
    # Removed, a login still reaching the server is told it is not a member.
    team.remove_member(team_db.owner_url, zed)
    with pytest.raises(team.TeamError, match="not a member"):
        team.role_of(team_db.url_of(zed))
