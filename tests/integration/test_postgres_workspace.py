"""A team workspace on the test PostgreSQL server: created, opened, refused, copied."""

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from psycopg import sql

from personabuilder.model.tables import metadata
from personabuilder.services import Services
from personabuilder.services.exchange import dump
from personabuilder.services.readmodels import PersonaData
from personabuilder.services.starter import build_demo
from personabuilder.store import (
    AccessDeniedError,
    LoginRefusedError,
    NewerSchemaError,
    NotAWorkspaceError,
    OutdatedSchemaError,
    ServerUnreachableError,
    ViewOnlyError,
    WorkspaceExistsError,
    WorkspaceStore,
    create_workspace,
    mask_url,
    open_workspace,
)
from personabuilder.store.migrate import SCHEMA_VERSION
from personabuilder.store.postgres import TeamWorkspace
from personabuilder.store.seam import copy_contents
from tests.conftest import DEMO_DAY
from tests.pg_cluster import Cluster


def _demo(ws: WorkspaceStore) -> None:
    build_demo(Services.bind(ws), "en", today=DEMO_DAY)


def _same_content(a: WorkspaceStore, b: WorkspaceStore) -> None:
    when = DEMO_DAY.isoformat()
    first = dump(a, now=None)
    second = dump(b, now=None)
    first["exported_at"] = second["exported_at"] = when
    assert first == second


def test_demo_on_the_server_reads_as_on_a_file(pg_url: str, tmp_path: Path) -> None:
    team = create_workspace(pg_url, populate=_demo)
    local = create_workspace(tmp_path / "demo.pbw", populate=_demo)
    try:
        assert team.is_team
        assert not local.is_team
        assert team.schema_version() == local.schema_version() == SCHEMA_VERSION
        assert team.integrity_check() == "ok"
        on_server, on_file = Services.bind(team), Services.bind(local)
        assert on_server.workspace.counts() == on_file.workspace.counts()
        assert on_server.listing.persona_counts() == on_file.listing.persona_counts()
        assert [p.name for p in on_server.listing.personas(sort="name")] == [
            p.name for p in on_file.listing.personas(sort="name")
        ]
        assert on_server.listing.tags() == on_file.listing.tags()
        assert [j.title for j in on_server.listing.journeys()] == [
            j.title for j in on_file.listing.journeys()
        ]
        word = on_file.listing.personas()[0].name.split()[0]
        assert [p.name for p in on_server.listing.personas(search=word)] == [
            p.name for p in on_file.listing.personas(search=word)
        ]
    finally:
        team.close()
        local.close()


def test_copy_file_to_server_to_file_is_lossless(
    pg_url: str, tmp_path: Path, demo_file: Path
) -> None:
    source = open_workspace(demo_file, read_only=True)
    try:
        team = create_workspace(pg_url, populate=lambda ws: copy_contents(source, ws))
        try:
            team.save_copy(tmp_path / "back.pbw")
            back = open_workspace(tmp_path / "back.pbw", read_only=True)
            try:
                _same_content(source, team)
                _same_content(source, back)
            finally:
                back.close()
        finally:
            team.close()
    finally:
        source.close()


def test_a_failed_creation_leaves_the_database_empty(pg_url: str) -> None:
    def half_then_fail(ws: WorkspaceStore) -> None:
        Services.bind(ws).personas.create(PersonaData(name="Kept?"))
        raise RuntimeError("interrupted")

    with pytest.raises(RuntimeError, match="interrupted"):
        create_workspace(pg_url, populate=half_then_fail)
    with psycopg.connect(pg_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)


def test_a_workspace_is_created_only_in_an_empty_database(pg_url: str) -> None:
    create_workspace(pg_url).close()
    with pytest.raises(WorkspaceExistsError, match="not empty"):
        create_workspace(pg_url)


def test_an_empty_database_is_not_a_workspace(pg_url: str) -> None:
    with pytest.raises(NotAWorkspaceError, match="team init"):
        open_workspace(pg_url)


def _set_version(url: str, version: str) -> None:
    with psycopg.connect(url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (version,))


def test_an_older_schema_is_refused_and_upgraded_only_on_request(pg_url: str) -> None:
    create_workspace(pg_url).close()
    _set_version(pg_url, "0001")  # 0002's columns stay: upgrading must be told apart

    with pytest.raises(OutdatedSchemaError, match="team upgrade") as refused:
        open_workspace(pg_url)
    assert "not-the-password" not in str(refused.value)

    with psycopg.connect(pg_url) as conn:
        conn.execute("ALTER TABLE persona DROP COLUMN search_text, DROP COLUMN sort_name")
        conn.execute("DROP INDEX IF EXISTS ix_persona_sort_name")
        for table in metadata.sorted_tables:  # the row versions 0003 added
            if "version" in table.c:
                drop = sql.SQL("ALTER TABLE {} DROP COLUMN version")
                conn.execute(drop.format(sql.Identifier(table.name)))
    assert TeamWorkspace.upgrade(pg_url) == (1, SCHEMA_VERSION)
    ws = open_workspace(pg_url)
    try:
        assert ws.schema_version() == SCHEMA_VERSION
    finally:
        ws.close()


def test_a_newer_schema_asks_to_update_the_app(pg_url: str) -> None:
    create_workspace(pg_url).close()
    _set_version(pg_url, f"{SCHEMA_VERSION + 1:04d}")
    with pytest.raises(NewerSchemaError, match="update the app"):
        open_workspace(pg_url)


def _with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    netloc = f"{parts.username}:{password}@{parts.hostname}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def test_a_wrong_password_names_the_user_and_hides_the_password(pg_url: str) -> None:
    wrong = _with_password(pg_url, "Wr0ng-S3cret")
    with pytest.raises(LoginRefusedError) as refused:
        open_workspace(wrong)
    assert str(refused.value) == "The server refused the login for postgres."
    assert "Wr0ng-S3cret" not in refused.value.location
    assert refused.value.location == mask_url(wrong)


def test_an_unreachable_server_is_named_by_host_and_port(pg_cluster: Cluster) -> None:
    with socket_port() as port:
        url = f"postgresql://someone:S3cret@127.0.0.1:{port}/team"
        with pytest.raises(
            ServerUnreachableError, match=f"Cannot reach the server at 127.0.0.1:{port}"
        ) as gone:
            open_workspace(url)
    assert "S3cret" not in str(gone.value)


class socket_port:
    """A loopback port nothing listens on, held bound (not listening) meanwhile."""

    def __enter__(self) -> int:
        import socket

        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        return int(self._socket.getsockname()[1])

    def __exit__(self, *exc: object) -> None:
        self._socket.close()


def test_query_options_reach_the_driver(pg_url: str) -> None:
    create_workspace(pg_url).close()
    ws = open_workspace(pg_url + "?sslmode=disable&application_name=pb-test")
    try:
        with ws.reading() as session:
            name = session.connection().exec_driver_sql("SHOW application_name").scalar()
        assert name == "pb-test"
    finally:
        ws.close()


def test_a_viewer_write_is_refused_by_the_server_and_nothing_is_written(
    pg_cluster: Cluster, pg_url: str
) -> None:
    create_workspace(pg_url, populate=_demo).close()
    dbname = urlsplit(pg_url).path.lstrip("/")
    role = f"viewer_{dbname}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'view-only-pw'")
        conn.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}")
    viewer_url = pg_cluster.url_for(role, "view-only-pw", dbname)
    ws = open_workspace(viewer_url)
    try:
        services = Services.bind(ws)
        before = services.workspace.counts()
        with pytest.raises(ViewOnlyError) as refused:
            services.personas.create(PersonaData(name="Not allowed"))
        assert str(refused.value) == "You can view this workspace but not change it."
        assert services.workspace.counts() == before
        assert services.listing.persona_count() == before["personas"]
    finally:
        ws.close()
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")


def test_a_restarted_server_is_reconnected_to(pg_cluster: Cluster, pg_url: str) -> None:
    ws = create_workspace(pg_url, populate=_demo)
    try:
        services = Services.bind(ws)
        count = services.listing.persona_count()
        services.workspace.counts()
        pg_cluster.restart()
        assert services.workspace.counts()["personas"] == count
        assert services.listing.persona_count() == count
    finally:
        ws.close()


def test_a_dangling_reference_is_refused_by_the_server(pg_url: str) -> None:
    import uuid

    from personabuilder.model.tables import Stage
    from personabuilder.store import ConstraintError

    ws = create_workspace(pg_url)
    try:
        with pytest.raises(ConstraintError, match="foreign key"), ws.transaction() as s:
            s.add(Stage(journey_id=uuid.uuid4(), position=1, name="Orphan"))
        assert Services.bind(ws).workspace.counts()["stages"] == 0
    finally:
        ws.close()


def test_a_copy_to_a_long_file_name_is_written(pg_url: str, tmp_path: Path) -> None:
    ws = create_workspace(pg_url, populate=_demo)
    try:
        dest = tmp_path / ("é" * 120 + ".pbw")
        ws.save_copy(dest)
    finally:
        ws.close()
    copy = open_workspace(dest, read_only=True)
    try:
        assert Services.bind(copy).listing.persona_count() > 0
    finally:
        copy.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [dest.name]


def test_two_clients_creating_at_once_take_turns(pg_url: str) -> None:
    import threading

    outcomes: dict[str, object] = {}

    def waiting_for_the_other(ws: WorkspaceStore) -> None:
        # Hold the migration lock until the second client is queued behind it.
        second.start()
        with psycopg.connect(pg_url, autocommit=True) as probe:
            queued = (
                "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database "
                "WHERE l.locktype = 'advisory' AND NOT l.granted AND d.datname = current_database()"
            )
            for _ in range(600):  # bounded: without the lock the second never queues
                if probe.execute(queued).fetchone() == (1,):
                    break
                probe.execute("SELECT pg_sleep(0.05)")
        _demo(ws)

    def create_second() -> None:
        try:
            create_workspace(pg_url).close()
        except Exception as exc:  # noqa: BLE001 - the outcome is what the test checks
            outcomes["second"] = exc
        else:
            outcomes["second"] = "created"

    second = threading.Thread(target=create_second)
    create_workspace(pg_url, populate=waiting_for_the_other).close()
    second.join(timeout=60)

    assert isinstance(outcomes["second"], WorkspaceExistsError)
    ws = open_workspace(pg_url, read_only=True)
    try:
        assert Services.bind(ws).listing.persona_count() > 0
    finally:
        ws.close()


def test_a_login_without_connect_right_is_told_so(pg_cluster: Cluster, pg_url: str) -> None:
    dbname = urlsplit(pg_url).path.lstrip("/")
    role = f"outsider_{dbname}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'outsider-pw'")
        conn.execute(f"REVOKE CONNECT ON DATABASE {dbname} FROM PUBLIC")
    try:
        with pytest.raises(AccessDeniedError, match=f"may not connect to the database {dbname}"):
            open_workspace(pg_cluster.url_for(role, "outsider-pw", dbname))
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP ROLE {role}")


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        (
            "postgresql://ann:s%40cret@db.example:5433/team",
            "postgresql://ann:***@db.example:5433/team",
        ),
        ("postgres://ann@db/team?sslmode=require", "postgres://ann@db/team?sslmode=require"),
        (
            "postgresql://db/team?user=ann&password=pw1&sslmode=verify-full",
            "postgresql://db/team?user=ann&password=***&sslmode=verify-full",
        ),
    ],
)
def test_a_url_is_shown_without_its_password(url: str, shown: str) -> None:
    assert mask_url(url) == shown
