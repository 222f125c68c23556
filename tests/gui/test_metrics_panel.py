"""The metrics tab on a real demo workspace: metrics, values typed and pasted, charts, undo."""

import uuid
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from personabuilder.model import Direction, Granularity, MetricUnit
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui import metrics_panel
from personabuilder.ui.commands import EditSession
from personabuilder.ui.journey_studio import JourneyPage
from personabuilder.ui.metrics_panel import MetricsPanel, parse_number, parse_period, plan_paste

from .conftest import Answers


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


@pytest.fixture
def page(qtbot: QtBot, session: EditSession) -> JourneyPage:
    """The journey page on the demo's 9-stage map, metrics tab shown."""
    page = JourneyPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.show_journey(session.services.listing.journeys()[0].id)
    page.resize(1366, 768)
    page.show()
    page.tabs.setCurrentWidget(page.metrics)
    qtbot.waitExposed(page)
    return page


def _detail(session: EditSession, page: JourneyPage) -> JourneyDetail:
    assert page.journey_id is not None
    return session.services.journeys.get(page.journey_id)


def _panel(page: JourneyPage) -> MetricsPanel:
    return page.metrics


def test_tree_lists_every_stage_with_its_metrics_and_status(
    page: JourneyPage, session: EditSession
) -> None:
    detail = _detail(session, page)
    tree = _panel(page).tree
    assert tree.topLevelItemCount() == len(detail.stages)
    children = sum(tree.topLevelItem(i).childCount() for i in range(tree.topLevelItemCount()))  # type: ignore[union-attr]
    assert children == len(detail.metrics)
    churn = next(m for m in detail.metrics if m.name == "Churn rate")
    _panel(page).select_metric(churn.id)
    item = tree.currentItem()
    assert item is not None
    assert item.text(0) == "Churn rate"
    assert item.text(1).endswith("%")
    assert item.text(3).split(" ", 1)[1] in ("On track", "At risk", "Off track")


def test_typing_a_value_is_one_undo_step_and_redraws_the_trend(
    page: JourneyPage, session: EditSession, qtbot: QtBot
) -> None:
    panel = _panel(page)
    metric = _detail(session, page).metrics[0]
    panel.select_metric(metric.id)
    assert panel.chart_choice.currentData() == "trend"
    first_period, first_value = metric.values[0]
    item = panel.values.item(0, 1)
    assert item is not None
    item.setText("1 234,5")
    stored = dict(session.services.metrics.get(metric.id).values)
    assert stored[first_period] == 1234.5
    assert session.undo_stack.undoText() == "Set metric values"
    panel.figure.canvas.draw()
    line = panel.figure.axes[0].lines[0]
    assert 1234.5 in list(line.get_ydata())

    session.undo_stack.undo()
    assert dict(session.services.metrics.get(metric.id).values)[first_period] == first_value
    panel.figure.canvas.draw()
    assert 1234.5 not in list(panel.figure.axes[0].lines[0].get_ydata())


def test_text_in_a_value_is_refused_with_a_message(
    page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    panel = _panel(page)
    metric = _detail(session, page).metrics[0]
    panel.select_metric(metric.id)
    item = panel.values.item(0, 1)
    assert item is not None
    item.setText("lots")
    assert "“lots” is not a number" in answers.warnings[-1][0]
    assert session.services.metrics.get(metric.id) == metric
    assert session.undo_stack.count() == 0


def test_paste_from_a_spreadsheet_then_undo(page: JourneyPage, session: EditSession) -> None:
    panel = _panel(page)
    metric = _detail(session, page).metrics[0]
    panel.select_metric(metric.id)
    panel.values.setCurrentCell(0, 1)
    panel.paste("100\n200,5\n1 300")
    values = session.services.metrics.get(metric.id).values
    assert [v for _, v in values[:3]] == [100.0, 200.5, 1300.0]
    assert session.undo_stack.undoText() == "Paste values"
    session.undo_stack.undo()
    assert session.services.metrics.get(metric.id) == metric

    QGuiApplication.clipboard().setText("2031-01\t5\n01/02/2031\t6")
    panel.values.setFocus()
    panel.values.keyPressEvent(_paste_event())
    values = dict(session.services.metrics.get(metric.id).values)
    assert values[date(2031, 1, 1)] == 5.0
    assert values[date(2031, 2, 1)] == 6.0


def _paste_event() -> Any:
    from PySide6.QtGui import QKeyEvent, QKeySequence

    sequence = QKeySequence(QKeySequence.StandardKey.Paste)[0]
    return QKeyEvent(QKeyEvent.Type.KeyPress, sequence.key(), sequence.keyboardModifiers())


def test_bad_paste_lists_the_lines_and_changes_nothing(
    page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    panel = _panel(page)
    metric = _detail(session, page).metrics[0]
    panel.select_metric(metric.id)
    panel.paste("100\nabc\n300")
    assert "Line 2: abc" in answers.warnings[-1][1]
    assert session.services.metrics.get(metric.id) == metric


def test_add_edit_delete_metric_each_undoable(
    page: JourneyPage, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = _panel(page)
    before = _detail(session, page)
    monkeypatch.setattr(
        metrics_panel,
        "ask_metric",
        lambda *_args: {
            "name": "Churn rate (logos)",
            "unit": MetricUnit.PERCENT,
            "direction": Direction.LOWER_IS_BETTER,
            "target": 2.0,
            "granularity": Granularity.QUARTER,
            "catalogue_key": "churn_rate",
        },
    )
    panel.tree.setCurrentItem(panel.tree.topLevelItem(7))
    panel.buttons["add"].click()
    added = next(m for m in _detail(session, page).metrics if m.name == "Churn rate (logos)")
    assert added.stage_id == before.stages[7].id
    assert panel.current_metric == added

    monkeypatch.setattr(
        metrics_panel,
        "ask_metric",
        lambda *_args: {
            "name": "Logo churn",
            "unit": MetricUnit.PERCENT,
            "direction": Direction.LOWER_IS_BETTER,
            "target": 1.5,
            "granularity": Granularity.QUARTER,
            "catalogue_key": "",
        },
    )
    panel.buttons["edit"].click()
    edited = session.services.metrics.get(added.id)
    assert (edited.name, edited.target) == ("Logo churn", 1.5)
    assert session.undo_stack.undoText() == "Edit metric"

    panel.buttons["delete"].click()
    assert all(m.id != added.id for m in _detail(session, page).metrics)
    for _ in range(3):
        session.undo_stack.undo()
    after = _detail(session, page)
    assert after.metrics == before.metrics


@pytest.mark.parametrize("key", ["trend", "health", "funnel", "target", "emotion"])
def test_each_chart_draws_and_exports(
    page: JourneyPage,
    session: EditSession,
    key: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _panel(page)
    panel.select_metric(_detail(session, page).metrics[0].id)
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData(key))
    panel.figure.canvas.draw()
    assert panel.figure.axes
    texts = [ax.get_title(loc="left") for ax in panel.figure.axes]
    texts += [t.get_text() for ax in panel.figure.axes for t in [ax.title, *ax.texts]]
    assert any([*texts, *(t.get_text() for t in panel.figure.texts)]), key
    for suffix in ("png", "svg"):
        target = tmp_path / f"chart.{suffix}"
        monkeypatch.setattr(metrics_panel, "ask_image_path", lambda *_a, t=target: t)
        panel.export_button.click()
        head = target.read_bytes()[:200]
        assert (
            head.startswith(b"\x89PNG") if suffix == "png" else b"<svg" in head or b"<?xml" in head
        )


def test_numbers_and_periods_as_people_paste_them() -> None:
    assert parse_number("1 234,5") == 1234.5
    assert parse_number("1\u202f234,5 %") == 1234.5
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("1.234,5") == 1234.5
    assert parse_number("€300") == 300.0
    assert parse_number("(12)") == -12.0
    assert parse_number("\u221212,5") == -12.5
    assert parse_number("abc") is None
    assert parse_period("2025-03") == date(2025, 3, 1)
    assert parse_period("17/03/2025") == date(2025, 3, 17)
    assert parse_period("31/02/2025") is None
    plan = plan_paste("2025-01\t1\nbad\t2", [])
    assert plan.values == {date(2025, 1, 1): 1.0}
    assert plan.problems == ((2, "bad\t2"),)


def test_unknown_uuid_is_not_selected(page: JourneyPage) -> None:
    _panel(page).select_metric(uuid.uuid4())
    assert _panel(page).current_metric is None


def test_cohort_table_loads_from_csv_into_the_heatmap_and_undoes(
    page: JourneyPage,
    session: EditSession,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    tmp_path: Path,
) -> None:
    from personabuilder.ui import metrics_import

    corpus = Path(__file__).parents[1] / "data" / "csv"
    clean = tmp_path / "cohorts.csv"
    clean.write_text(
        "Cohorte;Mois;Clients actifs\n2025-01;0;1 000\n2025-01;1;820\n2025-02;0;500\n",
        encoding="utf-8",
    )
    panel = _panel(page)
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("cohort"))
    assert panel.cohort_button.isVisible()
    monkeypatch.setattr(metrics_import, "ask_csv_path", lambda _p: clean)
    panel.cohort_button.click()
    journey = _detail(session, page).id
    rows = session.services.metrics.cohorts(journey)
    assert rows
    assert session.undo_stack.undoText() == "Load cohort table"
    panel.figure.canvas.draw()
    texts = [t.get_text() for t in panel.figure.axes[0].texts]
    assert "82%" in texts  # 820 of the January cohort's 1,000 were there a month later

    monkeypatch.setattr(metrics_import, "ask_csv_path", lambda _p: corpus / "cohort.csv")
    panel.cohort_button.click()
    assert "nothing was loaded" in answers.warnings[-1][0]
    assert "Line 8: " in answers.warnings[-1][1]
    assert session.services.metrics.cohorts(journey) == rows

    session.undo_stack.undo()
    assert session.services.metrics.cohorts(journey) == ()
