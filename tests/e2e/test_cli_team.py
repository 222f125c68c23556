"""The ``team`` commands run as a separate process against a real PostgreSQL server.

Until ``cli.py`` registers the ``team`` sub-parser, the process runs the command line's
team entry point: ``python -m personabuilder.team_cli ACTION ...``.
"""

import os
import pty
import secrets
import select
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

import personabuilder
from personabuilder.services import Services
from personabuilder.services.demo import get_demo
from personabuilder.store.postgres import TeamWorkspace
from tests.pg_cluster import Cluster

IMPORT_ROOT = Path(personabuilder.__file__).resolve().parents[1]
ERROR_PREFIX = "personabuilder: error:"

Run = subprocess.CompletedProcess[str]


def child_env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PERSONABUILDER_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(IMPORT_ROOT), os.environ.get("PYTHONPATH")) if p
    )
    return env


def team_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "personabuilder.team_cli", *args]


def run_team(*args: str, data_dir: Path, env: dict[str, str] | None = None) -> Run:
    """Runs a ``team`` action in a process of its own, without a terminal."""
    return subprocess.run(
        team_command(*args),
        capture_output=True,
        text=True,
        env={**child_env(data_dir), **(env or {})},
        timeout=120,
        check=False,
        stdin=subprocess.DEVNULL,
        start_new_session=True,  # no controlling terminal: nothing can be asked
    )


def assert_user_error(result: Run, words: str) -> None:
    """Exit status 1 and exactly one error line naming the problem, never a traceback."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(ERROR_PREFIX)
    assert words in lines[0]


@dataclass
class Team:
    """An empty database on the test server and its owner's login."""

    cluster: Cluster
    dbname: str
    owner: str
    password: str
    prefix: str

    def url(self, login: str | None = None, password: str | None = None) -> str:
        return self.cluster.url_for(login or self.owner, password or self.password, self.dbname)


@pytest.fixture
def team_db(pg_cluster: Cluster) -> Iterator[Team]:
    tag = uuid.uuid4().hex[:10]
    db = Team(pg_cluster, f"cli_{tag}", f"own_{tag}", secrets.token_urlsafe(16), f"c_{tag}_")
    pg_cluster.execute(
        sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
            sql.Identifier(db.owner), sql.Literal(db.password)
        )
    )
    pg_cluster.create_database(db.dbname, owner=db.owner)
    yield db
    pg_cluster.drop_database(db.dbname)
    with psycopg.connect(pg_cluster.superuser_url(), autocommit=True) as conn:
        rows = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname LIKE %s OR rolname LIKE %s",
            (f"{db.prefix}%", f"{db.dbname}\\_%"),
        ).fetchall()
        for (name,) in [*rows, (db.owner,)]:
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(name)))


def password_file(folder: Path, password: str) -> Path:
    path = folder / f"pw-{secrets.token_hex(4)}.txt"
    path.write_text(password + "\n", encoding="utf-8")
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)
    return path


def test_team_commands_from_init_to_removal(team_db: Team, tmp_path: Path, data_dir: Path) -> None:
    done = run_team("init", team_db.url(), "--demo", "--lang", "fr", data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert f"team workspace {team_db.dbname} on" in done.stdout
    assert "with the demo in French" in done.stdout
    assert f"owned by {team_db.owner}" in done.stdout
    assert team_db.password not in done.stdout + done.stderr
    ws = TeamWorkspace.open(team_db.url())
    try:
        # The demo, through the same populate as a file's, in the language asked for.
        names = [p.name for p in Services.bind(ws).listing.personas()]
        assert names == [p["name"] for p in get_demo("fr")["personas"]]
        assert names != [p["name"] for p in get_demo("en")["personas"]]
    finally:
        ws.close()

    editor, viewer = f"{team_db.prefix}eve", f"{team_db.prefix}vic"
    passwords = {editor: "Ed-" + secrets.token_hex(10), viewer: "Vi-" + secrets.token_hex(10)}
    outputs: list[str] = [done.stdout, done.stderr]
    for login, role in ((editor, "editor"), (viewer, "viewer")):
        added = run_team(
            "add-member",
            team_db.url(),
            login,
            "--role",
            role,
            "--password-file",
            str(password_file(tmp_path, passwords[login])),
            data_dir=data_dir,
        )
        assert added.returncode == 0, added.stderr
        assert f"Created the login {login}, {role} of {team_db.dbname}" in added.stdout
        outputs += [added.stdout, added.stderr]

    listed = run_team("members", team_db.url(viewer, passwords[viewer]), data_dir=data_dir)
    assert listed.returncode == 0, listed.stderr
    assert [line.split() for line in listed.stdout.splitlines()] == [
        ["LOGIN", "ROLE"],
        [editor, "editor"],
        [viewer, "viewer"],
    ]

    refused = run_team("upgrade", team_db.url(editor, passwords[editor]), data_dir=data_dir)
    assert_user_error(refused, f"Only the owner of the team workspace {team_db.dbname}")
    # A member is refused before anything is asked (no "no terminal" for a password).
    not_owner = run_team(
        "add-member",
        team_db.url(editor, passwords[editor]),
        f"{team_db.prefix}friend",
        "--role",
        "editor",
        data_dir=data_dir,
    )
    assert_user_error(not_owner, "can add members; you are logged in as")
    upgraded = run_team("upgrade", team_db.url(), data_dir=data_dir)
    assert upgraded.returncode == 0, upgraded.stderr
    assert "is up to date" in upgraded.stdout

    removed = run_team("remove-member", team_db.url(), viewer, data_dir=data_dir)
    assert removed.returncode == 0, removed.stderr
    assert f"{viewer} (viewer) no longer has access" in removed.stdout
    assert "login itself was kept" in removed.stdout
    after = run_team("members", team_db.url(), data_dir=data_dir)
    assert viewer not in after.stdout
    assert editor in after.stdout
    outputs += [listed.stdout, listed.stderr, refused.stderr, removed.stdout, after.stdout]
    for text in outputs:
        for secret in (team_db.password, *passwords.values()):
            assert secret not in text


def test_mistakes_get_one_clear_line(team_db: Team, tmp_path: Path, data_dir: Path) -> None:
    with psycopg.connect(team_db.url()) as conn:
        conn.execute("CREATE TABLE not_ours (id integer)")
    not_empty = run_team("init", team_db.url(), data_dir=data_dir)
    assert_user_error(not_empty, f"The database {team_db.dbname} is not empty")

    bad_role = run_team(
        "add-member", team_db.url(), "someone", "--role", "admin", data_dir=data_dir
    )
    assert bad_role.returncode == 2
    assert "invalid choice: 'admin'" in bad_role.stderr

    not_team = run_team("members", team_db.url(), data_dir=data_dir)
    assert_user_error(not_team, "is not a team workspace")

    wrong = "Wr-" + secrets.token_hex(8)
    refused = run_team("members", team_db.url(password=wrong), data_dir=data_dir)
    assert_user_error(refused, f"refused the login {team_db.owner}")
    assert wrong not in refused.stderr


def test_unknown_login_missing_file_and_no_terminal(
    team_db: Team, tmp_path: Path, data_dir: Path
) -> None:
    assert run_team("init", team_db.url(), data_dir=data_dir).returncode == 0
    unknown = run_team("remove-member", team_db.url(), f"{team_db.prefix}ghost", data_dir=data_dir)
    assert_user_error(unknown, f"There is no login {team_db.prefix}ghost")
    asked = run_team(
        "add-member", team_db.url(), f"{team_db.prefix}new", "--role", "viewer", data_dir=data_dir
    )
    assert_user_error(asked, "There is no terminal to ask for the password")
    no_file = run_team(
        "add-member",
        team_db.url(),
        f"{team_db.prefix}x",
        "--role",
        "viewer",
        "--password-file",
        str(tmp_path / "missing.txt"),
        data_dir=data_dir,
    )
    assert_user_error(no_file, "There is no password file")


def test_password_from_the_postgresql_password_file(
    team_db: Team, tmp_path: Path, data_dir: Path
) -> None:
    """A URL without a password: libpq's password file serves init, its schema and members."""
    cluster = team_db.cluster
    url = f"postgresql://{team_db.owner}@{cluster.host}:{cluster.port}/{team_db.dbname}"
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(
        f"{cluster.host}:{cluster.port}:{team_db.dbname}:{team_db.owner}:{team_db.password}\n",
        encoding="utf-8",
    )
    pgpass.chmod(stat.S_IRUSR | stat.S_IWUSR)
    env = {"PGPASSFILE": str(pgpass)}
    done = run_team("init", url, data_dir=data_dir, env=env)
    assert done.returncode == 0, done.stderr
    listed = run_team("members", url, data_dir=data_dir, env=env)
    assert listed.returncode == 0, listed.stderr
    assert "has no members yet" in listed.stdout
    without = run_team("members", url, data_dir=data_dir, env={"PGPASSFILE": str(tmp_path / "x")})
    assert_user_error(without, f"asks for the password of {team_db.owner} and none was found")
    for result in (done, listed, without):
        assert team_db.password not in result.stdout + result.stderr


def read_until(fd: int, wanted: bytes, seen: bytearray) -> None:
    """Reads the terminal into ``seen`` until ``wanted`` appears (or the child closes it)."""
    while wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        if not ready:
            raise AssertionError(f"no {wanted!r} from the command; it wrote {bytes(seen)!r}")
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            return
        if not chunk:
            return
        seen.extend(chunk)


def test_password_typed_at_the_terminal_twice_is_never_echoed(
    team_db: Team, data_dir: Path
) -> None:
    assert run_team("init", team_db.url(), data_dir=data_dir).returncode == 0
    login = f"{team_db.prefix}typed"
    password = "Ty-" + secrets.token_hex(10)
    pid, fd = pty.fork()
    if pid == 0:  # the child: the command on a terminal of its own
        try:
            os.execve(
                sys.executable,
                team_command("add-member", team_db.url(), login, "--role", "editor"),
                child_env(data_dir),
            )
        finally:
            os._exit(127)  # never back into the test run, whatever happened
    seen = bytearray()
    try:
        read_until(fd, b"Password for the new login", seen)
        os.write(fd, password.encode() + b"\n")
        read_until(fd, b"Type it again", seen)
        os.write(fd, password.encode() + b"\n")
        read_until(fd, b"\n" + b"Created the login", seen)
        read_until(fd, b"of " + team_db.dbname.encode(), seen)
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0, bytes(seen)
    assert password.encode() not in seen
    with psycopg.connect(team_db.url(login, password)) as conn:
        assert conn.execute("SELECT current_user").fetchone() == (login,)
