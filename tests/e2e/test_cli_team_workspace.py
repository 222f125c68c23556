"""The command line on a team workspace: every workspace command takes a postgresql:// URL."""

import json
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.e2e.test_cli import assert_user_error, run_cli
from tests.pg_cluster import Cluster


def _dump(location: str | Path, tmp_path: Path, name: str, data_dir: Path) -> dict[str, object]:
    out = tmp_path / f"{name}.json"
    result = run_cli("dump", location, "-o", out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    document.pop("exported_at")
    return document


def _password(url: str) -> str:
    password = urlsplit(url).password
    assert password
    return password


def test_copy_file_to_server_and_back_is_lossless(
    demo_file: Path, pg_url: str, tmp_path: Path, data_dir: Path
) -> None:
    to_server = run_cli("copy", demo_file, pg_url, data_dir=data_dir)
    assert to_server.returncode == 0, to_server.stderr
    back = tmp_path / "back.pbw"
    to_file = run_cli("copy", pg_url, back, data_dir=data_dir)
    assert to_file.returncode == 0, to_file.stderr

    original = _dump(demo_file, tmp_path, "original", data_dir)
    assert _dump(pg_url, tmp_path, "server", data_dir) == original
    assert _dump(back, tmp_path, "back", data_dir) == original
    for result in (to_server, to_file):
        assert _password(pg_url) not in result.stdout + result.stderr
        assert "***" in result.stdout


def test_copy_refuses_a_database_that_is_not_empty(
    demo_file: Path, pg_url: str, data_dir: Path
) -> None:
    assert run_cli("copy", demo_file, pg_url, data_dir=data_dir).returncode == 0
    again = run_cli("copy", demo_file, pg_url, data_dir=data_dir)
    assert_user_error(again)
    assert "not empty" in again.stderr
    assert _password(pg_url) not in again.stderr


def test_info_and_export_read_a_team_workspace(
    demo_file: Path, pg_url: str, tmp_path: Path, data_dir: Path
) -> None:
    assert run_cli("copy", demo_file, pg_url, data_dir=data_dir).returncode == 0

    info = run_cli("info", pg_url, "--json", data_dir=data_dir)
    assert info.returncode == 0, info.stderr
    report = json.loads(info.stdout)
    assert report["integrity"] == "ok"
    assert report["counts"]["personas"] > 0
    assert _password(pg_url) not in info.stdout
    assert report["url"].startswith("postgresql://postgres:***@")

    pdf = tmp_path / "report.pdf"
    export = run_cli("export", pg_url, "--report", "-o", pdf, data_dir=data_dir)
    assert export.returncode == 0, export.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_backup_of_a_team_workspace_is_a_workspace_file(
    demo_file: Path, pg_url: str, tmp_path: Path, data_dir: Path
) -> None:
    assert run_cli("copy", demo_file, pg_url, data_dir=data_dir).returncode == 0
    dest = tmp_path / "team-backup.pbw"
    backup = run_cli("backup", pg_url, "-o", dest, data_dir=data_dir)
    assert backup.returncode == 0, backup.stderr
    assert _password(pg_url) not in backup.stdout

    info = run_cli("info", dest, "--json", data_dir=data_dir)
    assert info.returncode == 0, info.stderr
    assert _dump(dest, tmp_path, "backup", data_dir) == _dump(pg_url, tmp_path, "team", data_dir)


def test_backup_of_a_team_workspace_needs_a_destination(pg_url: str, data_dir: Path) -> None:
    result = run_cli("backup", pg_url, data_dir=data_dir)
    assert_user_error(result)
    assert "-o FILE.pbw" in result.stderr


def test_load_merges_into_the_team_workspace(
    demo_file: Path, pg_url: str, tmp_path: Path, data_dir: Path
) -> None:
    assert run_cli("copy", demo_file, pg_url, data_dir=data_dir).returncode == 0
    document = _dump(demo_file, tmp_path, "demo", data_dir)
    personas = document["personas"]
    assert isinstance(personas, list)
    personas[0]["name"] = "Renamed on the server"
    source = tmp_path / "changed.json"
    source.write_text(json.dumps(document), encoding="utf-8")

    load = run_cli("load", pg_url, source, data_dir=data_dir)
    assert load.returncode == 0, load.stderr
    after = _dump(pg_url, tmp_path, "after", data_dir)
    names = [p["name"] for p in after["personas"]]  # type: ignore[attr-defined]
    assert "Renamed on the server" in names


def test_a_wrong_password_is_one_error_line_without_the_password(
    pg_cluster: Cluster, pg_url: str, data_dir: Path
) -> None:
    dbname = urlsplit(pg_url).path.lstrip("/")
    wrong = pg_cluster.url_for("postgres", "Wr0ng-S3cret", dbname)
    result = run_cli("info", wrong, data_dir=data_dir)
    assert_user_error(result)
    assert "refused the login for postgres" in result.stderr
    assert "Wr0ng-S3cret" not in result.stderr


@pytest.mark.parametrize("command", ["info", "dump"])
def test_an_empty_database_says_how_to_make_a_team_workspace(
    command: str, pg_url: str, tmp_path: Path, data_dir: Path
) -> None:
    args = [command, pg_url] + (["-o", str(tmp_path / "x.json")] if command == "dump" else [])
    result = run_cli(*args, data_dir=data_dir)
    assert_user_error(result)
    assert "team init" in result.stderr


def _leads(url: str) -> dict[date, float]:
    from personabuilder.services import Services
    from personabuilder.store import open_workspace

    ws = open_workspace(url, read_only=True)
    try:
        services = Services.bind(ws)
        detail = services.journeys.get(services.listing.journeys()[0].id)
        return next(dict(m.values) for m in detail.metrics if m.name == "Leads generated")
    finally:
        ws.close()


def test_metrics_import_writes_to_the_server_and_a_dry_run_does_not(
    demo_file: Path, pg_url: str, tmp_path: Path, data_dir: Path
) -> None:
    assert run_cli("copy", demo_file, pg_url, data_dir=data_dir).returncode == 0
    csv = tmp_path / "kpis.csv"
    csv.write_text("Metric,Stage,Month,Value\nLeads generated,Awareness,2031-02,1234\n")
    journey = ("--journey", "SaaS customer journey")

    dry = run_cli("metrics", "import", pg_url, *journey, csv, "--dry-run", data_dir=data_dir)
    assert dry.returncode == 0, dry.stderr
    assert date(2031, 2, 1) not in _leads(pg_url)
    done = run_cli("metrics", "import", pg_url, *journey, csv, data_dir=data_dir)
    assert done.returncode == 0, done.stderr
    assert "Imported 1 value into 1 metric" in done.stdout
    assert _leads(pg_url)[date(2031, 2, 1)] == 1234.0
