"""Team workspaces on a real PostgreSQL server: groups, GRANTs, members and passwords."""

import secrets
import stat
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

import psycopg
import pytest
from psycopg import sql

from personabuilder.store import credentials
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


def test_masked_hides_every_password() -> None:
    masked = credentials.masked("postgresql://ann:s3cr%40t@db.example:6543/team?sslmode=require")
    assert masked == "postgresql://ann:****@db.example:6543/team?sslmode=require"
    query = credentials.masked("postgresql://ann@db.example/team?password=hush&sslmode=verify-full")
    assert "hush" not in query
    assert "sslmode=verify-full" in query
    conninfo = credentials.masked("host=db.example dbname=team password='a b'")
    assert "a b" not in conninfo
    assert "db.example" in conninfo
    assert credentials.masked("postgresql://ann@db.example/team") == (
        "postgresql://ann@db.example/team"
    )


def test_an_unreadable_url_is_refused_without_quoting_it() -> None:
    with pytest.raises(credentials.BadUrlError) as refused:
        credentials.parameters("postgresql://ann:Qx7%zzKw@db.example/team")
    assert "Qx7" not in str(refused.value)
    assert "Qx7" not in credentials.masked("postgresql://ann:Qx7%zzKw@db.example/team")


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


def test_keyring_remembers_and_forgets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
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
    url = "postgresql://ann@db.example:5433/team"
    try:
        assert credentials.password_for(url) is None
        credentials.remember(url, "kept-secret")
        assert MemoryKeyring.stored == {
            ("PersonaBuilder", "ann@db.example:5433/team"): "kept-secret"
        }
        assert credentials.password_for(url) == "kept-secret"
        assert credentials.forget(url)
        assert credentials.password_for(url) is None
        assert not credentials.forget(url)
    finally:
        keyring.set_keyring(previous)
