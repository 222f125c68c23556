"""``personabuilder metrics import`` run as a user runs it: all values or none."""

import shutil
from datetime import date
from pathlib import Path

from personabuilder.services import Services
from personabuilder.store import Workspace

from .test_cli import ERROR_PREFIX, run_cli

GOOD = (
    "Metric;Stage;Month;Value\n"
    "Leads generated;Awareness;févr. 2031;1 234\n"
    "Churn rate;Renewal & retention;01/03/2031;1,5 %\n"
)
BAD = (
    "Metric,Period,Value\n"
    "Leads generated,2031-03,abc\n"
    "Nope,2031-03,5\n"
    "Leads generated,2031-04\n"
    "Churn rate,2031-05,2\n"
)


def _copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Client.pbw"
    shutil.copyfile(demo_file, path)
    return path


def _values(path: Path) -> dict[str, dict[date, float]]:
    ws = Workspace.open(path, daily_backup=False)
    try:
        services = Services.bind(ws)
        detail = services.journeys.get(services.listing.journeys()[0].id)
        return {m.name: dict(m.values) for m in detail.metrics}
    finally:
        ws.close()


def test_import_writes_every_value(demo_file: Path, tmp_path: Path, data_dir: Path) -> None:
    path = _copy(demo_file, tmp_path)
    csv = tmp_path / "kpis.csv"
    csv.write_bytes(GOOD.encode("cp1252"))
    result = run_cli(
        "metrics", "import", path, "--journey", "saas customer journey", csv, data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ("Imported 2 values into 2 metrics of 'SaaS customer journey'.")
    values = _values(path)
    assert values["Leads generated"][date(2031, 2, 1)] == 1234.0
    assert values["Churn rate"][date(2031, 3, 1)] == 1.5


def test_any_problem_lists_every_row_and_changes_nothing(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo_file, tmp_path)
    before = _values(path)
    csv = tmp_path / "bad.csv"
    csv.write_text(BAD, encoding="utf-8")
    result = run_cli(
        "metrics", "import", path, "--journey", "SaaS customer journey", csv, data_dir=data_dir
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.splitlines() == [
        "bad.csv:2: “abc” is not a number.",
        "bad.csv:3: Unknown metric “Nope”.",
        "bad.csv:4: This row has 2 fields; the header has 3.",
        f"{ERROR_PREFIX} 3 problems in bad.csv; nothing was imported",
    ]
    assert _values(path) == before


def test_unknown_map_and_missing_file_are_one_line_errors(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo_file, tmp_path)
    csv = tmp_path / "kpis.csv"
    csv.write_text(GOOD, encoding="utf-8")
    result = run_cli("metrics", "import", path, "--journey", "Nope", csv, data_dir=data_dir)
    assert result.returncode == 1
    assert result.stderr.startswith(f"{ERROR_PREFIX} no journey map 'Nope'")
    result = run_cli(
        "metrics",
        "import",
        path,
        "--journey",
        "SaaS customer journey",
        tmp_path / "gone.csv",
        data_dir=data_dir,
    )
    assert result.returncode == 1
    assert result.stderr.startswith(ERROR_PREFIX)
    assert "gone.csv" in result.stderr
    result = run_cli("metrics", "import", path, csv, data_dir=data_dir)
    assert result.returncode == 2
