"""``personabuilder metrics import`` run as a user runs it: all values or none."""

import os
import shutil
import time
from datetime import date
from pathlib import Path

import pytest

from personabuilder.services import Services
from personabuilder.store import Workspace

from .test_cli import ERROR_PREFIX, assert_user_error, run_cli

CORPUS = Path(__file__).resolve().parents[1] / "data" / "csv"
JOURNEY = ("--journey", "SaaS customer journey")

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
        "metrics",
        "import",
        path,
        "--journey",
        "saas customer journey",
        csv,
        "--dates",
        "dmy",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Read kpis.csv: cp1252, delimiter ';', decimal comma, dates day/month, layout long, "
        "value column 'Value', 2 rows, header on line 1.",
        "Imported 2 values into 2 metrics of 'SaaS customer journey'.",
    ]
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


def test_an_undecided_date_order_is_refused_naming_the_option(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo_file, tmp_path)
    before = _values(path)
    csv = tmp_path / "us.csv"
    csv.write_text("Metric,Stage,Date,Value\nLeads generated,Awareness,03/01/2031,5\n")
    result = run_cli("metrics", "import", path, *JOURNEY, csv, data_dir=data_dir)
    assert_user_error(result)
    assert "--dates dmy or --dates mdy" in result.stderr
    assert "“03/01/2031”" in result.stderr
    assert "date order undecided" in result.stdout
    assert _values(path) == before
    result = run_cli("metrics", "import", path, *JOURNEY, csv, "--dates", "mdy", data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert _values(path)["Leads generated"][date(2031, 3, 1)] == 5.0


def test_two_value_columns_are_refused_until_one_is_named(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo_file, tmp_path)
    csv = CORPUS / "this_year_last_year.csv"
    result = run_cli("metrics", "import", path, *JOURNEY, csv, data_dir=data_dir)
    assert_user_error(result)
    assert "(“This year”, “Last year”)" in result.stderr
    assert "--value-column NAME" in result.stderr
    result = run_cli(
        "metrics", "import", path, *JOURNEY, csv, "--value-column", "Last year", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert "value column 'Last year'" in result.stdout
    assert _values(path)["Website traffic"][date(2026, 2, 1)] == 40100.0


def test_a_dry_run_reads_checks_and_writes_nothing(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo_file, tmp_path)
    before = _values(path)
    mtime = path.stat().st_mtime_ns
    csv = CORPUS / "this_year_last_year.csv"
    result = run_cli(
        "metrics", "import", path, *JOURNEY, csv, "--value-column", "3", "--dry-run",
        data_dir=data_dir,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "Would import 2 values into 1 metric of 'SaaS customer journey'; "
        "nothing was written (dry run)."
    )
    assert _values(path) == before
    assert path.stat().st_mtime_ns == mtime


def test_at_most_twenty_problem_lines_then_a_count(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy(demo_file, tmp_path)
    csv = tmp_path / "many.csv"
    rows = "".join(f"Leads generated,2031-01,abc{i}\n" for i in range(5000))
    csv.write_text("Metric,Month,Value\n" + rows)
    result = run_cli("metrics", "import", path, *JOURNEY, csv, data_dir=data_dir)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 22
    assert lines[20] == "... and 4980 more problems"
    assert lines[21] == f"{ERROR_PREFIX} 5000 problems in many.csv; nothing was imported"


@pytest.mark.parametrize("kind", ["dev_zero", "fifo", "huge"])
def test_no_file_is_read_before_its_size_is_checked(
    demo_file: Path, tmp_path: Path, data_dir: Path, kind: str
) -> None:
    path = _copy(demo_file, tmp_path)
    if kind == "dev_zero":
        target = Path("/dev/zero")
    elif kind == "fifo":
        target = tmp_path / "pipe.csv"
        os.mkfifo(target)  # nobody writes to it: reading it would wait for ever
    else:
        target = tmp_path / "huge.csv"
        with target.open("wb") as out:
            out.truncate(1024**3)  # sparse: a 1 GB file that takes no disk
    started = time.monotonic()
    result = run_cli("metrics", "import", path, *JOURNEY, target, data_dir=data_dir)
    assert time.monotonic() - started < 60
    assert_user_error(result)
    expected = "is 1024.0 MB; the limit is 60 MB." if kind == "huge" else "is not a regular file."
    assert result.stderr.strip().endswith(expected)
