"""The command line honours the app's edit lock, held by a real second process."""

import os
import signal
import socket
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from personabuilder.store.applock import holder, lock_path
from tests.e2e.test_cli import IMPORT_ROOT, assert_user_error, run_cli

# The app's own claim(): the QLockFile it takes when it opens a workspace for editing.
HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from personabuilder.app import claim
    lock = claim(Path(sys.argv[1]))
    print("locked", flush=True)
    sys.stdin.readline()
    lock.unlock()
    """
)


def _start_holder(workspace: Path) -> subprocess.Popen[str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(IMPORT_ROOT), env.get("PYTHONPATH")) if p)
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workspace)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    assert child.stdout.readline() == "locked\n"
    return child


@pytest.fixture
def workspace(tmp_path: Path, data_dir: Path) -> Path:
    path = tmp_path / "team.pbw"
    assert run_cli("new", path, "--demo", "--lang", "en", data_dir=data_dir).returncode == 0
    return path


@pytest.fixture
def held(workspace: Path) -> Iterator[subprocess.Popen[str]]:
    """The app's lock on ``workspace``, held by another process until the test ends."""
    child = _start_holder(workspace)
    yield child
    if child.poll() is None:
        child.communicate("\n", timeout=30)


@pytest.fixture
def exchange_file(workspace: Path, tmp_path: Path, data_dir: Path) -> Path:
    out = tmp_path / "exchange.json"
    assert run_cli("dump", workspace, "-o", out, data_dir=data_dir).returncode == 0
    return out


def _assert_refused_naming_the_app(result: subprocess.CompletedProcess[str], pid: int) -> None:
    assert_user_error(result)
    assert "open for editing in the PersonaBuilder app" in result.stderr
    assert f"process {pid}" in result.stderr
    assert "damaged" not in result.stderr
    assert "restore" not in result.stderr.split("PersonaBuilder app", 1)[1]


@pytest.mark.usefixtures("held")
class TestWhileTheAppEdits:
    def test_the_lock_file_is_read_without_qt(
        self, workspace: Path, held: subprocess.Popen[str]
    ) -> None:
        owner = holder(workspace)
        assert owner is not None
        assert owner.pid == held.pid
        assert owner.host == socket.gethostname()

    def test_load_is_refused(
        self, workspace: Path, exchange_file: Path, held: subprocess.Popen[str], data_dir: Path
    ) -> None:
        before = workspace.read_bytes()
        result = run_cli("load", workspace, exchange_file, data_dir=data_dir)
        _assert_refused_naming_the_app(result, held.pid)
        assert workspace.read_bytes() == before

    def test_metrics_import_is_refused(
        self, workspace: Path, tmp_path: Path, held: subprocess.Popen[str], data_dir: Path
    ) -> None:
        csv = tmp_path / "values.csv"
        csv.write_text("metric,period,value\nTrials,2026-01,10\n", encoding="utf-8")
        before = workspace.read_bytes()
        result = run_cli("metrics", "import", workspace, "--journey", "x", csv, data_dir=data_dir)
        _assert_refused_naming_the_app(result, held.pid)
        assert workspace.read_bytes() == before

    def test_restore_is_refused(
        self, workspace: Path, held: subprocess.Popen[str], data_dir: Path
    ) -> None:
        saved = workspace.with_name("saved.pbw")
        assert run_cli("backup", workspace, "-o", saved, data_dir=data_dir).returncode == 0
        before = workspace.read_bytes()
        result = run_cli("restore", workspace, saved, data_dir=data_dir)
        _assert_refused_naming_the_app(result, held.pid)
        assert workspace.read_bytes() == before

    def test_reading_commands_still_work(
        self, workspace: Path, tmp_path: Path, data_dir: Path
    ) -> None:
        assert run_cli("info", workspace, data_dir=data_dir).returncode == 0
        dumped = run_cli("dump", workspace, "-o", tmp_path / "out.json", data_dir=data_dir)
        assert dumped.returncode == 0, dumped.stderr


def test_a_lock_left_by_a_killed_app_does_not_block(
    workspace: Path, exchange_file: Path, data_dir: Path
) -> None:
    child = _start_holder(workspace)
    child.send_signal(signal.SIGKILL)
    child.communicate(timeout=30)
    assert lock_path(workspace).exists()  # stale: its process is gone
    assert holder(workspace) is None
    result = run_cli("load", workspace, exchange_file, data_dir=data_dir)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("content", ["", "not a pid\n", "999999999\npython3\n{host}\n"])
def test_an_empty_or_dead_lock_does_not_block(
    workspace: Path, exchange_file: Path, data_dir: Path, content: str
) -> None:
    lock_path(workspace).write_text(content.format(host=socket.gethostname()), encoding="utf-8")
    assert holder(workspace) is None
    result = run_cli("load", workspace, exchange_file, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
