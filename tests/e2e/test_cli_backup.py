"""Backups from the command line, on real files: rotation, leftovers, links and long names."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from personabuilder.services import Services
from personabuilder.services.backups import backup_before_import
from personabuilder.services.readmodels import PersonaData
from personabuilder.store import Workspace, backup
from personabuilder.store.backup import backup_folder, list_backups
from tests.e2e.test_cli import IMPORT_ROOT, assert_user_error, persona_names, run_cli


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English demo, made once; copy it to change it."""
    folder = tmp_path_factory.mktemp("cli-backup-demo")
    result = run_cli("new", folder / "demo.pbw", "--demo", data_dir=folder / "data")
    assert result.returncode == 0, result.stderr
    return folder / "demo.pbw"


def _copy(demo: Path, dest: Path) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo, dest)
    return dest


def _add_persona(path: Path, name: str) -> None:
    """Changes the workspace between backups, as an edit in the app would."""
    ws = Workspace.open(path, daily_backup=False)
    try:
        Services.bind(ws).personas.create(PersonaData(name=name))
    finally:
        ws.close()


def test_restoring_the_oldest_backup_works_and_keeps_it(
    demo: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo, tmp_path / "work" / "plan.pbw")
    result = run_cli("backup", path, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    for i in range(backup.retention()):
        _add_persona(path, f"Added {i}")
        if i < backup.retention() - 1:
            backup_before_import(path)
    listed = list_backups(path)
    assert len(listed) == backup.retention()
    oldest = listed[-1]
    assert oldest.reason == "manual"
    original = persona_names(oldest.path)

    result = run_cli("restore", path, oldest.path, data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert persona_names(path) == original
    assert oldest.path.is_file()
    after = list_backups(path)
    assert oldest.path in [b.path for b in after]
    assert after[0].reason == "before-restore"
    assert f"Added {backup.retention() - 1}" in persona_names(after[0].path)


def test_a_before_migration_backup_outlives_many_imports(
    demo: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo, tmp_path / "plan.pbw")
    migration = backup.make_backup(path, "before-migration")
    for i in range(backup.retention() + 2):
        _add_persona(path, f"Imported {i}")
        backup_before_import(path)
    result = run_cli("backup", path, "--list", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert migration.path.name in result.stdout
    lines = result.stdout.splitlines()
    assert sum(line.endswith("--before-import.pbw") for line in lines) == backup.retention()


_KILL_POINT = """
import sys
from personabuilder.cli import main
sys.exit(main(["backup", sys.argv[1]]))
"""


def test_a_killed_backup_leaves_nothing_for_long(tmp_path: Path, data_dir: Path) -> None:
    import sqlite3

    path = tmp_path / "big.pbw"
    assert run_cli("new", path, data_dir=data_dir).returncode == 0
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE filler (data BLOB)")
    conn.executemany("INSERT INTO filler VALUES (randomblob(1048576))", [()] * 120)
    conn.commit()
    conn.close()
    folder = backup_folder(path)
    env = dict(os.environ, PERSONABUILDER_DATA_DIR=str(data_dir), PYTHONPATH=str(IMPORT_ROOT))
    child = subprocess.Popen(
        [sys.executable, "-c", _KILL_POINT, str(path)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not (folder.is_dir() and any(folder.glob(".*.part*"))) and child.poll() is None:
        assert time.monotonic() < deadline, "the backup never started"
        time.sleep(0.002)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the backup ended before it was killed"
    left = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert left
    past = time.time() - backup.LEFTOVER_AGE.total_seconds() - 1
    for p in left:
        os.utime(p, (past, past))

    result = run_cli("backup", path, data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    assert [p.name for p in folder.iterdir() if p.name.startswith(".")] == []
    assert [b.reason for b in list_backups(path)] == ["manual"]


def test_restore_through_a_link_restores_its_target(
    demo: Path, tmp_path: Path, data_dir: Path
) -> None:
    real = _copy(demo, tmp_path / "real" / "plan.pbw")
    saved = backup.make_backup(real, "manual")
    _add_persona(real, "After the backup")
    link = tmp_path / "desktop" / "plan.pbw"
    link.parent.mkdir()
    link.symlink_to(real)

    result = run_cli("restore", link, saved.path, data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert os.readlink(link) == str(real)
    assert "After the backup" not in persona_names(real)
    assert persona_names(real) == persona_names(saved.path)
    assert str(real.absolute()) in result.stdout
    assert "through the link" in result.stdout
    assert [p.name for p in link.parent.iterdir()] == ["plan.pbw"]


def test_restore_through_a_link_to_the_backup_is_refused(
    demo: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo, tmp_path / "plan.pbw")
    saved = backup.make_backup(path, "manual")
    link = tmp_path / "saved-link.pbw"
    link.symlink_to(saved.path)
    before = saved.path.read_bytes()
    assert_user_error(run_cli("restore", link, saved.path, data_dir=data_dir))
    assert saved.path.read_bytes() == before


@pytest.mark.parametrize(
    "stem",
    ["Plan " * 45, "顧客の購買プロセスと導入後の定着を追う地図" * 4, "Ωμέγα 🙂 " * 20],
    ids=["ascii", "japanese", "greek-emoji"],
)
def test_backups_of_long_names_fit_the_limit(
    demo: Path, tmp_path: Path, data_dir: Path, stem: str
) -> None:
    raw = stem.strip().encode("utf-8")[:220]
    name = raw.decode("utf-8", "ignore").strip() + ".pbw"
    path = _copy(demo, tmp_path / name)
    result = run_cli("backup", path, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    made = list_backups(path)
    assert len(made) == 1
    assert len(made[0].path.name.encode("utf-8")) <= 255
    _add_persona(path, "Later")
    result = run_cli("restore", path, made[-1].path, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "Later" not in persona_names(path)
    listing = run_cli("backup", path, "--list", data_dir=data_dir)
    assert listing.returncode == 0, listing.stderr
    assert "before-restore" in listing.stdout
