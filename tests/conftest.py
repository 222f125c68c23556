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
from personabuilder.store import Workspace
from tests.pg_cluster import Cluster, ClusterError

DEMO_DAY = date(2026, 11, 15)


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
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    """An empty workspace file."""
    ws = Workspace.create(tmp_path / "empty.pbw")
    yield ws
    ws.close()


@pytest.fixture
def services(workspace: Workspace) -> Services:
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
def demo_workspace(demo_file: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A private copy of the demo workspace, open."""
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
