"""Shared fixtures: headless Qt, an isolated data folder, real workspace files."""

import os
import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

# Headless Qt for every test; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "PySide6")

from personabuilder.services import Services
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace, WorkspaceStore
from tests.pg_cluster import Cluster, ClusterError

DEMO_DAY = date(2026, 11, 15)


def pytest_unconfigure(config: pytest.Config) -> None:
    """Empties the clipboard before the interpreter exits: Qt's offscreen platform crashes
    (SIGSEGV) tearing down a clipboard that still holds data, after every test passed."""
    del config
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True, scope="session")
def chart_cache_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The chart cache of the test run in a folder of its own, never the user's cache."""
    folder = tmp_path_factory.mktemp("chart-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PERSONABUILDER_CACHE_DIR", str(folder))
        yield folder


@pytest.fixture(autouse=True)
def data_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own user data folder (backups, default workspace)."""
    folder = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("PERSONABUILDER_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def system_temp(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder as the system's temporary directory, for this process and every child
    it starts (``TMPDIR``), to see what an export leaves there. No layout child started
    before stands by: it would still write in the old one."""
    from personabuilder.export import parallel

    parallel.stand_down()
    folder = tmp_path_factory.mktemp("system-temp")
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr("tempfile.tempdir", str(folder))
    return folder


# The service-level suites (tests/integration, tests/unit) run on both backends; the GUI and
# command-line suites stay on files to keep the run short.
BACKENDS = ("sqlite", "postgresql")
PARAMETRISED_FOLDERS = ("integration", "unit")
# Tests about the workspace *file* itself (module, or module::test): they run on SQLite only,
# for the reason given. A team workspace's own behaviour is in test_postgres_*.py.
SQLITE_ONLY: dict[str, str] = {
    "test_backup.py": "backups are copies of the workspace file (SQLite backup API, WAL)",
    "test_exchange.py::test_backup_before_import": "the backup file made beside a workspace file",
    "test_exchange.py::test_backups_are_listed_with_their_contents": "backup files of a file",
    "test_workspace_file.py::test_header_identifies_the_file": "reads the SQLite file header",
    "test_services.py::test_settings": (
        "reopens the workspace by its location, which for a server hides the password"
    ),
}


def _sqlite_only_reason(metafunc: pytest.Metafunc) -> str | None:
    module = Path(metafunc.definition.path).name
    node = f"{module}::{metafunc.definition.originalname}"
    return SQLITE_ONLY.get(node) or SQLITE_ONLY.get(module)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Runs every test using a workspace fixture once per backend (see SQLITE_ONLY)."""
    if "backend" not in metafunc.fixturenames:
        return
    if Path(metafunc.definition.path).parent.name not in PARAMETRISED_FOLDERS:
        return  # the backend fixture's own value: a file
    if _sqlite_only_reason(metafunc):
        metafunc.parametrize("backend", ["sqlite"])
    else:
        metafunc.parametrize("backend", BACKENDS)


@pytest.fixture
def backend() -> str:
    """Which backend holds the test's workspace (parametrised by pytest_generate_tests)."""
    return "sqlite"


@pytest.fixture(scope="session")
def pg_templates(pg_cluster: Cluster, demo_file: Path) -> dict[str, str]:
    """Team workspaces built once per run, copied for each test (faster than migrating)."""
    from personabuilder.store import create_workspace, open_workspace
    from personabuilder.store.seam import copy_contents

    names = {"empty": "pb_template_empty", "demo": "pb_template_demo"}
    create_workspace(pg_cluster.create_database(names["empty"])).close()
    demo = open_workspace(demo_file, read_only=True)
    try:
        create_workspace(
            pg_cluster.create_database(names["demo"]),
            populate=lambda ws: copy_contents(demo, ws),
        ).close()
    finally:
        demo.close()
    return names


def _team_workspace(request: pytest.FixtureRequest, template: str) -> WorkspaceStore:
    from personabuilder.store.postgres import TeamWorkspace

    cluster: Cluster = request.getfixturevalue("pg_cluster")
    templates: dict[str, str] = request.getfixturevalue("pg_templates")
    name = f"t_{uuid.uuid4().hex[:16]}"
    url = cluster.create_database(name, template=templates[template])
    request.addfinalizer(lambda: cluster.drop_database(name))
    return TeamWorkspace.open(url)


@pytest.fixture
def workspace(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[WorkspaceStore]:
    """An empty workspace: a file, or (backend "postgresql") a team database."""
    if backend == "postgresql":
        ws = _team_workspace(request, "empty")
    else:
        ws = Workspace.create(tmp_path / "empty.pbw")
    yield ws
    ws.close()


@pytest.fixture
def services(workspace: WorkspaceStore) -> Services:
    """Services bound to the empty workspace."""
    return Services.bind(workspace)


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo workspace in English, built once; copy it before changing it."""
    path = tmp_path_factory.mktemp("demo") / "demo.pbw"
    Workspace.create(
        path, populate=lambda ws: build_demo(Services.bind(ws), "en", today=DEMO_DAY)
    ).close()
    return path


@pytest.fixture
def demo_workspace(
    backend: str, demo_file: Path, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[WorkspaceStore]:
    """A private copy of the demo workspace, open (a file, or a team database)."""
    if backend == "postgresql":
        ws = _team_workspace(request, "demo")
    else:
        copy = tmp_path / "demo.pbw"
        copy.write_bytes(demo_file.read_bytes())
        ws = Workspace.open(copy)
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One throwaway PostgreSQL server for the whole run, started when a test first asks."""
    try:
        cluster = Cluster()
        cluster.start()
    except ClusterError as error:
        # Never a skip: a missing server would silently hide the team backend's tests.
        pytest.fail(f"Cannot start the test PostgreSQL server: {error}", pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: Cluster) -> Iterator[str]:
    """A fresh empty database on the test server (superuser URL), dropped after the test."""
    name = f"t_{uuid.uuid4().hex[:16]}"
    url = pg_cluster.create_database(name)
    yield url
    pg_cluster.drop_database(name)
