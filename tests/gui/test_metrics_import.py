"""CSV import through the preview on a real demo workspace: read, adjust, confirm, undo."""

import os
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from personabuilder.services import Services
from personabuilder.services.metrics_csv import Layout, Role
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.metrics import csv_import as metrics_import
from personabuilder.ui.metrics.csv_import import ImportPreview, run_import

from .conftest import Answers

GOOD = (
    "Export from the analytics tool\n"
    "Metric;Stage;Month;Value\n"
    "Leads generated;Awareness;févr. 2031;1 234\n"
    "Churn rate;Renewal & retention;28/02/2031;1,5 %\n"
)
MIXED = GOOD + "Leads generated;Awareness;mars 2031;beaucoup\nUnknown KPI;Awareness;mars 2031;3\n"


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


def _detail(session: EditSession) -> JourneyDetail:
    return session.services.journeys.get(session.services.listing.journeys()[0].id)


def _value(session: EditSession, name: str, period: date) -> float | None:
    metric = next(m for m in _detail(session).metrics if m.name == name)
    return dict(metric.values).get(period)


def test_preview_shows_values_and_problems_and_writes_nothing(
    qtbot: QtBot, session: EditSession
) -> None:
    before = _detail(session)
    preview = ImportPreview(None, before, MIXED.encode("cp1252"), "kpis.csv")  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    assert preview.values.rowCount() == 2
    assert preview.values.item(0, 2).text() == "Leads generated"  # type: ignore[union-attr]
    assert preview.values.item(0, 4).text() == "1,234"  # type: ignore[union-attr]
    problems = {
        preview.problems.item(r, 0).text(): preview.problems.item(r, 1).text()  # type: ignore[union-attr]
        for r in range(preview.problems.rowCount())
    }
    assert problems == {"5": "“beaucoup” is not a number.", "6": "Unknown metric “Unknown KPI”."}
    assert "left out" in preview.summary.text()
    # No translator in tests: the English plural forms come from the catalogue in the app.
    assert preview.import_button.text() == "Import 2 Value(s)"
    assert preview.summary.text().startswith("To import: 2 value(s) for 2 metric(s).")
    assert preview.plan.reading.encoding == "cp1252"
    assert _detail(session) == before


def test_changing_how_a_column_is_read_reads_again(qtbot: QtBot, session: EditSession) -> None:
    preview = ImportPreview(None, _detail(session), GOOD.encode(), "kpis.csv")  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    assert preview.plan.reading.roles == (Role.METRIC, Role.STAGE, Role.PERIOD, Role.VALUE)
    preview.set_role(1, Role.IGNORE)
    assert preview.plan.reading.roles[1] is Role.IGNORE
    # Without the stage column each metric name still names one metric of the map.
    assert preview.values.rowCount() == 2
    preview.set_role(3, Role.IGNORE)
    assert preview.values.rowCount() == 0
    assert not preview.import_button.isEnabled()
    preview.layout_box.setCurrentIndex(preview.layout_box.findData("wide"))
    assert preview.plan.reading.layout is Layout.WIDE


def test_import_is_one_undo_step(
    session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "kpis.csv"
    path.write_bytes(MIXED.encode("utf-8-sig"))
    monkeypatch.setattr(metrics_import, "ask_csv_path", lambda _parent: path)
    monkeypatch.setattr(
        metrics_import,
        "ask_import",
        lambda parent, detail, data, name, plan=None: (
            ImportPreview(parent, detail, data, name, plan).plan
        ),
    )
    before = _detail(session)
    assert run_import(None, session, before.id)  # type: ignore[arg-type]
    assert _value(session, "Leads generated", date(2031, 2, 1)) == 1234.0
    assert _value(session, "Churn rate", date(2031, 2, 1)) == 1.5
    assert session.undo_stack.undoText() == "Import kpis.csv"
    session.undo_stack.undo()
    assert _detail(session).metrics == before.metrics


def test_a_large_file_is_read_off_the_gui_thread(
    session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = "".join(
        f"Leads generated;Awareness;{1 + i % 28:02d}/{1 + i % 12:02d}/{2000 + i % 30};{i}\n"
        for i in range(60_000)
    )
    path = tmp_path / "big.csv"
    path.write_text("Metric;Stage;Date;Value\n" + rows, encoding="utf-8")
    assert path.stat().st_size > metrics_import.LARGE_FILE
    seen: dict[str, object] = {}

    def ask(parent, detail, data, name, plan=None):  # type: ignore[no-untyped-def]
        seen["plan"] = plan
        return

    monkeypatch.setattr(metrics_import, "ask_csv_path", lambda _parent: path)
    monkeypatch.setattr(metrics_import, "ask_import", ask)
    assert not run_import(None, session, _detail(session).id)  # type: ignore[arg-type]
    plan = seen["plan"]
    assert plan is not None
    assert plan.problems  # type: ignore[attr-defined]  # many rows share a month: duplicates
    assert session.undo_stack.count() == 0


def test_unreadable_file_gives_a_message(
    session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    monkeypatch.setattr(metrics_import, "ask_csv_path", lambda _parent: tmp_path / "gone.csv")
    assert not run_import(None, session, _detail(session).id)  # type: ignore[arg-type]
    assert "gone.csv could not be read" in answers.warnings[-1][0]


CORPUS = Path(__file__).resolve().parents[1] / "data" / "csv"


def test_undecided_date_order_is_asked_and_nothing_can_be_imported_until_chosen(
    qtbot: QtBot, session: EditSession
) -> None:
    data = b"Metric,Stage,Date,Value\nLeads generated,Awareness,03/01/2031,5\n"
    preview = ImportPreview(None, _detail(session), data, "us.csv")  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    assert preview.day_box.currentData() == ""
    assert preview.values.rowCount() == 0
    assert not preview.import_button.isEnabled()
    assert "does not tell" in preview.summary.text()
    assert "“03/01/2031”" in preview.problems.item(0, 1).text()  # type: ignore[union-attr]
    # The open question stands out: its box and the banner are marked, the list says so.
    assert preview.problems_title.text().startswith("1 question")
    assert preview.day_box.styleSheet()
    assert preview.summary.styleSheet()
    assert not preview.decimal_box.styleSheet()
    preview.choose(preview.day_box, "mdy")
    assert [p.period for p in preview.plan.values] == [date(2031, 3, 1)]
    assert preview.import_button.isEnabled()
    assert not preview.day_box.styleSheet()
    assert not preview.summary.styleSheet()
    preview.choose(preview.day_box, "dmy")
    assert [p.period for p in preview.plan.values] == [date(2031, 1, 1)]
    preview.choose(preview.day_box, "")
    assert preview.plan.values == ()
    assert not preview.import_button.isEnabled()


def test_undecided_decimal_sign_is_asked(qtbot: QtBot, session: EditSession) -> None:
    data = b"Metric;Month;Value\nCustomer acquisition cost (CAC);2031-01;10,250\n"
    preview = ImportPreview(None, _detail(session), data, "cac.csv")  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    assert preview.decimal_box.currentData() == ""
    assert not preview.import_button.isEnabled()
    preview.choose(preview.decimal_box, "point")
    assert [p.record.value for p in preview.plan.values] == [10250.0]
    preview.choose(preview.decimal_box, "comma")
    assert [p.record.value for p in preview.plan.values] == [10.25]


def test_the_user_picks_the_value_column_among_several(qtbot: QtBot, session: EditSession) -> None:
    data = (CORPUS / "this_year_last_year.csv").read_bytes()
    preview = ImportPreview(None, _detail(session), data, "traffic.csv")  # type: ignore[arg-type]
    qtbot.addWidget(preview)
    assert preview.value_box.currentData() == -1
    assert preview.value_box.isEnabled()
    assert not preview.import_button.isEnabled()
    assert "“This year”, “Last year”" in preview.problems.item(0, 1).text()  # type: ignore[union-attr]
    preview.choose(preview.value_box, 3)
    assert [p.record.value for p in preview.plan.values] == [41200.0, 40100.0]
    assert preview.plan.reading.roles[3] is Role.VALUE
    assert preview.import_button.isEnabled()
    # Any other setting read again keeps the column chosen.
    preview.choose(preview.day_box, "dmy")
    assert [p.record.value for p in preview.plan.values] == [41200.0, 40100.0]


def test_a_fifo_is_refused_with_a_message_and_not_read(
    session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answers: Answers
) -> None:
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    monkeypatch.setattr(metrics_import, "ask_csv_path", lambda _parent: fifo)
    assert not run_import(None, session, _detail(session).id)  # type: ignore[arg-type]
    assert "pipe.csv cannot be imported" in answers.warnings[-1][0]
