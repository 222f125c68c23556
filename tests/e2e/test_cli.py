"""The command line run as a separate process, the way a user or a script runs it."""

import contextlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import personabuilder
from personabuilder.services import Services
from personabuilder.services.demo import get_demo
from personabuilder.store import Workspace
from personabuilder.store.backup import backup_folder, list_backups
from personabuilder.store.migrate import SCHEMA_VERSION
from tests.processes import held_by_another_process

# The folder holding the package, so the child process imports this checkout even when
# the package is not installed.
IMPORT_ROOT = Path(personabuilder.__file__).resolve().parents[1]
ERROR_PREFIX = "personabuilder: error:"

Run = subprocess.CompletedProcess[str]


def run_cli(*args: str | Path, data_dir: Path, env: dict[str, str | None] | None = None) -> Run:
    """Runs ``python -m personabuilder ARGS`` with its own data folder and headless Qt."""
    child_env = dict(os.environ)
    child_env["PERSONABUILDER_DATA_DIR"] = str(data_dir)
    child_env["QT_QPA_PLATFORM"] = "offscreen"
    child_env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(IMPORT_ROOT), os.environ.get("PYTHONPATH")) if p
    )
    for name, value in (env or {}).items():
        if value is None:
            child_env.pop(name, None)
        else:
            child_env[name] = value
    return subprocess.run(
        [sys.executable, "-m", "personabuilder", *map(str, args)],
        capture_output=True,
        text=True,
        env=child_env,
        timeout=120,
        check=False,
    )


def assert_user_error(result: Run) -> None:
    """Exit status 1 and exactly one error line on stderr, never a traceback."""
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(ERROR_PREFIX)


def info_json(path: Path, data_dir: Path) -> dict[str, object]:
    """The ``info --json`` report of ``path``."""
    result = run_cli("info", path, "--json", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert isinstance(report, dict)
    return report


def persona_names(path: Path) -> list[str]:
    """The persona names of a workspace, in their order."""
    ws = Workspace.open(path, read_only=True, daily_backup=False)
    try:
        return [p.name for p in Services.bind(ws).listing.personas()]
    finally:
        ws.close()


def journey_titles(path: Path) -> list[str]:
    """The journey map titles of a workspace, in their order."""
    ws = Workspace.open(path, read_only=True, daily_backup=False)
    try:
        return [j.title for j in Services.bind(ws).listing.journeys()]
    finally:
        ws.close()


def foreign_database(path: Path) -> Path:
    """Writes the SQLite database of some other application at ``path``."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    return path


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Run]:
    """The English demo made once by ``new --demo`` (the path has no suffix on purpose)."""
    folder = tmp_path_factory.mktemp("cli-demo")
    result = run_cli("new", folder / "demo", "--demo", "--lang", "en", data_dir=folder / "data")
    return folder / "demo.pbw", result


@pytest.fixture
def demo(demo_run: tuple[Path, Run]) -> Path:
    """The shared demo workspace; only read it, copy it to change it."""
    path, result = demo_run
    assert result.returncode == 0, result.stderr
    return path


@pytest.fixture
def demo_copy(demo: Path, tmp_path: Path) -> Path:
    """A private copy of the demo workspace."""
    copy = tmp_path / "work" / "mine.pbw"
    copy.parent.mkdir()
    shutil.copyfile(demo, copy)
    return copy


def test_version_is_printed(data_dir: Path) -> None:
    result = run_cli("--version", data_dir=data_dir)
    assert result.returncode == 0
    assert personabuilder.__version__ in result.stdout


def test_new_creates_an_empty_workspace_adding_the_suffix(tmp_path: Path, data_dir: Path) -> None:
    result = run_cli("new", tmp_path / "plans", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    created = tmp_path / "plans.pbw"
    assert created.is_file()
    assert not (tmp_path / "plans").exists()
    assert len(result.stdout.splitlines()) == 1
    assert "plans.pbw" in result.stdout
    counts = info_json(created, data_dir)["counts"]
    assert isinstance(counts, dict)
    assert set(counts.values()) == {0}


def test_new_demo_in_english(demo_run: tuple[Path, Run]) -> None:
    path, result = demo_run
    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1
    assert persona_names(path) == [p["name"] for p in get_demo("en")["personas"]]


def test_info_json_of_the_demo(demo: Path, data_dir: Path) -> None:
    report = info_json(demo, data_dir)
    assert report["path"] == str(demo)
    assert report["schema_version"] == SCHEMA_VERSION
    assert report["integrity"] == "ok"
    counts = report["counts"]
    assert isinstance(counts, dict)
    assert counts["personas"] == 3
    assert counts["journey_maps"] == 2
    assert counts["metric_values"] >= 18 * 12


def test_info_text_of_the_demo(demo: Path, data_dir: Path) -> None:
    result = run_cli("info", demo, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    rows = {line.split()[0].rstrip(":"): line.split()[-1] for line in result.stdout.splitlines()}
    assert rows["Path"] == str(demo)
    assert rows["Integrity"] == "ok"
    assert rows["personas"] == "3"
    assert rows["journey_maps"] == "2"
    # Aligned: every count ends in the same column.
    count_lines = [line for line in result.stdout.splitlines() if line.startswith("  ")]
    assert len({len(line) for line in count_lines}) == 1


def test_new_demo_in_french(tmp_path: Path, data_dir: Path) -> None:
    result = run_cli("new", tmp_path / "fr.pbw", "--demo", "--lang", "fr", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    counts = info_json(tmp_path / "fr.pbw", data_dir)["counts"]
    assert isinstance(counts, dict)
    assert (counts["personas"], counts["journey_maps"]) == (3, 2)
    names = persona_names(tmp_path / "fr.pbw")
    assert names == [p["name"] for p in get_demo("fr")["personas"]]
    assert names != [p["name"] for p in get_demo("en")["personas"]]
    assert journey_titles(tmp_path / "fr.pbw") == [j["title"] for j in get_demo("fr")["journeys"]]


def test_new_takes_the_language_from_the_locale(tmp_path: Path, data_dir: Path) -> None:
    locale_env: dict[str, str | None] = {"LC_ALL": None, "LC_MESSAGES": None}
    locale_env["LANG"] = "fr_CA.UTF-8"
    result = run_cli("new", tmp_path / "auto", "--demo", data_dir=data_dir, env=locale_env)
    assert result.returncode == 0, result.stderr
    assert persona_names(tmp_path / "auto.pbw") == [p["name"] for p in get_demo("fr")["personas"]]


def test_new_refuses_an_existing_file(demo_copy: Path, data_dir: Path) -> None:
    before = demo_copy.read_bytes()
    assert_user_error(run_cli("new", demo_copy, data_dir=data_dir))
    assert demo_copy.read_bytes() == before


def test_new_force_never_replaces_a_file_that_is_not_a_workspace(
    tmp_path: Path, data_dir: Path
) -> None:
    notes = tmp_path / "notes.pbw"
    notes.write_text("my notes, not a workspace\n")
    assert_user_error(run_cli("new", notes, "--force", data_dir=data_dir))
    assert notes.read_text() == "my notes, not a workspace\n"


def _text_file(folder: Path, demo: Path) -> Path:
    path = folder / "x.pbw"
    path.write_text("just some text\n")
    return path


def _random_bytes(folder: Path, demo: Path) -> Path:
    path = folder / "noise.pbw"
    path.write_bytes(os.urandom(8192))
    return path


def _foreign_database(folder: Path, demo: Path) -> Path:
    return foreign_database(folder / "accounts.db")


def _truncated(folder: Path, demo: Path) -> Path:
    path = folder / "truncated.pbw"
    path.write_bytes(demo.read_bytes()[:4096])
    return path


def _newer_format(folder: Path, demo: Path) -> Path:
    path = folder / "future.pbw"
    shutil.copyfile(demo, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    return path


def _missing(folder: Path, demo: Path) -> Path:
    return folder / "missing.pbw"


def _folder(folder: Path, demo: Path) -> Path:
    path = folder / "folder.pbw"
    path.mkdir()
    return path


@pytest.mark.parametrize(
    "make",
    [
        _text_file,
        _random_bytes,
        _foreign_database,
        _truncated,
        _newer_format,
        _missing,
        _folder,
    ],
)
def test_info_on_a_bad_file_is_one_error_line_and_writes_nothing(
    make: Callable[[Path, Path], Path], demo: Path, tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "case"
    folder.mkdir()
    path = make(folder, demo)
    listing = sorted(os.listdir(folder))
    contents = path.read_bytes() if path.is_file() else None
    assert_user_error(run_cli("info", path, data_dir=data_dir))
    assert sorted(os.listdir(folder)) == listing
    if contents is not None:
        assert path.read_bytes() == contents


def test_info_reads_a_read_only_workspace(demo_copy: Path, data_dir: Path) -> None:
    demo_copy.chmod(0o444)
    try:
        report = info_json(demo_copy, data_dir)
    finally:
        demo_copy.chmod(0o644)
    assert report["integrity"] == "ok"


@pytest.mark.parametrize(
    "argv",
    [
        ["export", "x.pbw"],
        ["metrics", "import", "x.pbw"],
        ["new"],
        ["restore", "x.pbw"],
        ["new", "x.pbw", "--lang", "de"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], tmp_path: Path, data_dir: Path) -> None:
    result = run_cli(*argv, data_dir=data_dir)
    assert result.returncode == 2
    assert "usage:" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_backup_goes_to_the_backup_folder(demo_copy: Path, data_dir: Path) -> None:
    result = run_cli("backup", demo_copy, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    backups = list_backups(demo_copy)
    assert [b.reason for b in backups] == ["manual"]
    assert str(backups[0].path) in result.stdout
    assert persona_names(backups[0].path) == persona_names(demo_copy)


def test_backup_to_a_chosen_file(demo_copy: Path, tmp_path: Path, data_dir: Path) -> None:
    dest = tmp_path / "elsewhere" / "copy.pbw"
    result = run_cli("backup", demo_copy, "-o", dest, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert info_json(dest, data_dir)["counts"] == info_json(demo_copy, data_dir)["counts"]


def test_backup_never_overwrites_a_file_that_is_not_a_workspace(
    demo_copy: Path, tmp_path: Path, data_dir: Path
) -> None:
    other = foreign_database(tmp_path / "accounts.db")
    before = other.read_bytes()
    assert_user_error(run_cli("backup", demo_copy, "-o", other, data_dir=data_dir))
    assert other.read_bytes() == before


def test_restore_brings_the_saved_content_back(
    demo_copy: Path, tmp_path: Path, data_dir: Path
) -> None:
    saved = tmp_path / "saved.pbw"
    assert run_cli("backup", demo_copy, "-o", saved, data_dir=data_dir).returncode == 0
    original = journey_titles(demo_copy)
    ws = Workspace.open(demo_copy, daily_backup=False)
    try:
        services = Services.bind(ws)
        services.journeys.rename(services.listing.journeys()[0].id, "Renamed by mistake")
    finally:
        ws.close()

    result = run_cli("restore", demo_copy, saved, data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    assert journey_titles(demo_copy) == original
    before_restore = [b for b in list_backups(demo_copy) if b.reason == "before-restore"]
    assert len(before_restore) == 1
    assert journey_titles(before_restore[0].path)[0] == "Renamed by mistake"


def test_restore_refuses_a_backup_that_is_not_a_workspace(
    demo_copy: Path, tmp_path: Path, data_dir: Path
) -> None:
    noise = tmp_path / "noise.pbw"
    noise.write_bytes(os.urandom(8192))
    before = demo_copy.read_bytes()
    assert_user_error(run_cli("restore", demo_copy, noise, data_dir=data_dir))
    assert demo_copy.read_bytes() == before
    assert list_backups(demo_copy) == []


def test_restore_never_replaces_a_file_that_is_not_a_workspace(
    demo_copy: Path, tmp_path: Path, data_dir: Path
) -> None:
    other = foreign_database(tmp_path / "accounts.db")
    before = other.read_bytes()
    assert_user_error(run_cli("restore", other, demo_copy, data_dir=data_dir))
    assert other.read_bytes() == before


def test_restore_over_a_damaged_workspace_keeps_the_damaged_bytes(
    demo: Path, tmp_path: Path, data_dir: Path
) -> None:
    damaged = tmp_path / "damaged.pbw"
    broken = demo.read_bytes()[:4096]
    damaged.write_bytes(broken)
    saved = tmp_path / "saved" / "good.pbw"
    saved.parent.mkdir()
    shutil.copyfile(demo, saved)

    result = run_cli("restore", damaged, saved, data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    assert persona_names(damaged) == persona_names(demo)
    kept = list(tmp_path.glob("damaged.damaged-*.pbw"))
    assert len(kept) == 1
    assert kept[0].read_bytes() == broken


def test_a_failed_backup_leaves_no_partial_file(demo: Path, tmp_path: Path, data_dir: Path) -> None:
    damaged = tmp_path / "damaged.pbw"
    damaged.write_bytes(demo.read_bytes()[:4096])
    saved = tmp_path / "saved" / "good.pbw"
    saved.parent.mkdir()
    shutil.copyfile(demo, saved)
    assert run_cli("restore", damaged, saved, data_dir=data_dir).returncode == 0
    folder = backup_folder(damaged)
    leftovers = sorted(p.name for p in folder.iterdir()) if folder.exists() else []
    assert leftovers == []


def test_restore_writes_nothing_beside_the_backup_it_reads(
    demo: Path, demo_copy: Path, tmp_path: Path, data_dir: Path
) -> None:
    # The demo is in WAL mode, like any workspace the app has opened.
    source = tmp_path / "source" / "other.pbw"
    source.parent.mkdir()
    shutil.copyfile(demo, source)
    assert run_cli("restore", demo_copy, source, data_dir=data_dir).returncode == 0
    assert sorted(p.name for p in source.parent.iterdir()) == ["other.pbw"]


def test_backup_over_an_older_copy_with_a_stale_wal_is_sound(
    demo_copy: Path, tmp_path: Path, data_dir: Path
) -> None:
    # An older copy left by a crash: its -wal still holds frames never checkpointed.
    dest = tmp_path / "older.pbw"
    Workspace.create(dest).close()
    conn = sqlite3.connect(dest)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("CREATE TABLE scratch (x TEXT)")
    conn.executemany("INSERT INTO scratch VALUES (?)", [("x" * 500,)] * 200)
    conn.commit()
    stale_wal = Path(f"{dest}-wal").read_bytes()
    conn.close()
    Path(f"{dest}-wal").write_bytes(stale_wal)

    result = run_cli("backup", demo_copy, "-o", dest, data_dir=data_dir)

    assert result.returncode == 0, result.stderr
    report = info_json(dest, data_dir)
    assert report["integrity"] == "ok"
    assert report["counts"] == info_json(demo_copy, data_dir)["counts"]


def test_a_locked_workspace_is_in_use_not_damaged(demo_copy: Path, data_dir: Path) -> None:
    assert run_cli("backup", demo_copy, data_dir=data_dir).returncode == 0
    with held_by_another_process(demo_copy):
        result = run_cli("info", demo_copy, data_dir=data_dir)
    assert_user_error(result)
    assert "in use by another program" in result.stderr
    assert "damaged" not in result.stderr
    assert "restore" not in result.stderr  # a backup exists, but the file is healthy


def test_info_on_an_older_file_says_how_to_upgrade_and_changes_nothing(
    tmp_path: Path, data_dir: Path
) -> None:
    from tests.integration.test_migrations import _format_1_file

    path = tmp_path / "old.pbw"
    _format_1_file(path)
    before = path.read_bytes()
    for command in (["info", path], ["dump", path, "-o", tmp_path / "out.json"]):
        result = run_cli(*command, data_dir=data_dir)
        assert_user_error(result)
        assert "needs upgrading" in result.stderr
        assert "open it once in the PersonaBuilder app" in result.stderr
        assert "restore" not in result.stderr
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pbw"]
    assert list_backups(path) == []


def test_load_into_a_folder_without_permission_names_it(
    demo_copy: Path, tmp_path: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personabuilder import cli
    from personabuilder.store.backup import make_backup

    exchange_file = tmp_path / "in.json"
    assert run_cli("dump", demo_copy, "-o", exchange_file, data_dir=data_dir).returncode == 0
    make_backup(demo_copy, "manual")
    folder = demo_copy.parent
    real_access = os.access

    def access(path: os.PathLike[str] | str, mode: int, **kwargs: object) -> bool:
        # As a user without write permission on the folder sees it (tests may run as root).
        if mode & os.W_OK and Path(path) == folder:
            return False
        return real_access(path, mode, **kwargs)

    monkeypatch.setattr(os, "access", access)
    before = demo_copy.read_bytes()
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        assert cli.main(["load", str(demo_copy), str(exchange_file)]) == 1
    line = err.getvalue().strip()
    assert "permission to write in the folder" in line
    assert "damaged" not in line
    assert "restore" not in line
    assert demo_copy.read_bytes() == before
    # Reading is still possible there.
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert cli.main(["info", str(demo_copy)]) == 0
    assert "Integrity:" in out.getvalue()
