"""The metrics tab on a real demo workspace: metrics, values typed and pasted, charts, undo."""

import uuid
from collections.abc import Iterator
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
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys.studio import JourneyPage
from personabuilder.ui.metrics import panel as metrics_panel
from personabuilder.ui.metrics.panel import MetricsPanel, parse_period, plan_paste

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
    item.setText("1,234.5")
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
    assert "Line 2: “abc” is not a number." in answers.warnings[-1][1]
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
    periods = [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]
    plan = plan_paste("1 234,5\n1\u202f234,5 %\n(12)", periods, "en", MetricUnit.PERCENT)
    assert list(plan.values.values()) == [1234.5, 1234.5, -12.0]
    plan = plan_paste("1,234.5\n€300\n\u221212.5", periods, "fr", MetricUnit.CURRENCY)
    assert list(plan.values.values()) == [1234.5, 300.0, -12.5]
    plan = plan_paste("1.234,5", periods, "en")
    assert list(plan.values.values()) == [1234.5]
    assert parse_period("2025-03") == date(2025, 3, 1)
    assert parse_period("17/03/2025") == date(2025, 3, 17)
    assert parse_period("31/02/2025") is None
    plan = plan_paste("2025-01\t1\nbad\t2", [])
    assert plan.values == {}
    assert [(p.line, p.text, p.error) for p in plan.problems] == [(2, "bad\t2", None)]


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
    from personabuilder.ui.metrics import csv_import as metrics_import

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


# -- numbers read the way they are shown ---------------------------------------------------

NBSP = "\u00a0"
NNBSP = "\u202f"
REAL_ASK_DECIMAL_COMMA = metrics_panel.ask_decimal_comma


@pytest.fixture(autouse=True)
def no_unexpected_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paste that asks when the test did not expect it fails instead of blocking."""

    def unexpected(*_args: Any) -> bool | None:
        pytest.fail("the paste asked how to read its numbers")

    monkeypatch.setattr(metrics_panel, "ask_decimal_comma", unexpected)


@pytest.fixture
def french_page(qtbot: QtBot, session: EditSession) -> Iterator[JourneyPage]:
    """The journey page built while the UI language is French."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    try:
        french = JourneyPage()
        qtbot.addWidget(french)
        french.set_session(session)
        french.show_journey(session.services.listing.journeys()[0].id)
        french.show()
        french.tabs.setCurrentWidget(french.metrics)
        qtbot.waitExposed(french)
        assert french.metrics.lang == "fr"
        yield french
    finally:
        QLocale.setDefault(before)


def _metric_of(
    page: JourneyPage, session: EditSession, unit: MetricUnit, value: float | None = None
) -> uuid.UUID:
    """A new metric of ``unit`` on the first stage, holding ``value`` in its first period."""
    from personabuilder.services.metrics import MetricDraft

    detail = _detail(session, page)
    metric_id = session.services.metrics.add(detail.stages[0].id, MetricDraft("Probe", unit))
    if value is not None:
        session.services.metrics.set_values(metric_id, {date(2026, 1, 1): value})
    session.journey_changed.emit(detail.id)
    _panel(page).select_metric(metric_id)
    assert _panel(page).current_metric is not None
    return metric_id


def _stored(session: EditSession, metric_id: uuid.UUID) -> dict[date, float]:
    return dict(session.services.metrics.get(metric_id).values)


def _value_cell(page: JourneyPage, row: int = 0) -> Any:
    item = _panel(page).values.item(row, 1)
    assert item is not None
    return item


def _open_editor(page: JourneyPage, qtbot: QtBot, row: int = 0) -> Any:
    from PySide6.QtWidgets import QLineEdit

    table = _panel(page).values
    # An editor closed a moment ago is deleted on the next turn of the event loop.
    qtbot.waitUntil(lambda: not table.viewport().findChildren(QLineEdit))
    table.setCurrentCell(row, 1)
    table.editItem(_value_cell(page, row))
    editors = table.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    return editors[0]


def _press_enter(page: JourneyPage, qtbot: QtBot, editor: Any) -> None:
    """Presses Enter in a cell editor and waits until it is closed (Qt commits queued)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLineEdit

    qtbot.keyClick(editor, Qt.Key.Key_Return)
    viewport = _panel(page).values.viewport()
    qtbot.waitUntil(lambda: not viewport.findChildren(QLineEdit))


def test_english_46_900_is_stored_as_forty_six_thousand_nine_hundred(
    page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.COUNT, 46800.0)
    panel = _panel(page)
    assert _value_cell(page).text() == "46,800"
    _value_cell(page).setText("46,900")
    assert _stored(session, metric_id) == {date(2026, 1, 1): 46900.0}
    assert answers.warnings == []
    assert _value_cell(page).text() == "46,900"
    panel.figure.canvas.draw()
    assert list(panel.figure.axes[0].lines[0].get_ydata()) == [46900.0]


def test_english_decimal_comma_is_refused_with_what_it_could_mean(
    page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.COUNT, 46800.0)
    _value_cell(page).setText("46,9")
    message, detail = answers.warnings[-1]
    assert message.startswith("“46,9” is not a number in English notation")
    assert "Did you mean 46.9?" in detail
    assert "The value was not changed." in detail
    assert _stored(session, metric_id) == {date(2026, 1, 1): 46800.0}
    assert _value_cell(page).text() == "46,800"
    assert session.undo_stack.count() == 0


def test_french_decimal_comma_and_space_groups(
    french_page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    metric_id = _metric_of(french_page, session, MetricUnit.COUNT, 46800.0)
    assert _value_cell(french_page).text() == f"46{NNBSP}800"
    _value_cell(french_page).setText("46,9")
    assert _stored(session, metric_id) == {date(2026, 1, 1): 46.9}
    for typed in ("46 900", f"46{NBSP}900", f"46{NNBSP}900"):
        session.undo_stack.undo()
        _value_cell(french_page).setText(typed)
        assert _stored(session, metric_id) == {date(2026, 1, 1): 46900.0}, typed
    assert answers.warnings == []


def test_french_46_point_900_is_ambiguous_and_refused(
    french_page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    metric_id = _metric_of(french_page, session, MetricUnit.COUNT, 46800.0)
    _value_cell(french_page).setText("46.900")
    message, detail = answers.warnings[-1]
    assert "in French notation" in message
    assert "46,9 or 46900" in detail
    assert _stored(session, metric_id) == {date(2026, 1, 1): 46800.0}


def test_a_unit_sign_must_be_the_metrics(
    page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.CURRENCY, 300.0)
    _value_cell(page).setText("12%")
    assert (
        answers.warnings[-1][0] == "“12%” is marked “%” (Percent), but this metric is in Currency."
    )
    _value_cell(page).setText("$300")
    assert "another currency ($)" in answers.warnings[-1][0]
    assert _stored(session, metric_id) == {date(2026, 1, 1): 300.0}
    _value_cell(page).setText(f"1,234.50{NBSP}EUR")
    assert _stored(session, metric_id) == {date(2026, 1, 1): 1234.5}


@pytest.mark.parametrize("french", [False, True])
@pytest.mark.parametrize("unit", list(MetricUnit))
def test_typing_back_the_editor_or_the_cell_keeps_its_value(
    request: pytest.FixtureRequest,
    session: EditSession,
    qtbot: QtBot,
    unit: MetricUnit,
    french: bool,
) -> None:

    from personabuilder.services.typed_numbers import edit_text, read_number

    shown_page: JourneyPage = request.getfixturevalue("french_page" if french else "page")
    lang = "fr" if french else "en"
    value = 12345.678901
    metric_id = _metric_of(shown_page, session, unit, value)
    # The editor opens on every digit; Enter without a change keeps the value, no undo step.
    editor = _open_editor(shown_page, qtbot)
    full = editor.text()
    assert full == edit_text(value, lang)
    _press_enter(shown_page, qtbot, editor)
    assert _stored(session, metric_id) == {date(2026, 1, 1): value}
    assert session.undo_stack.count() == 0
    shown = _value_cell(shown_page).text()
    assert shown != full
    # The rounded text the cell shows, typed in, stores the value rounded that way.
    editor = _open_editor(shown_page, qtbot)
    editor.setText(shown)
    _press_enter(shown_page, qtbot, editor)
    rounded = read_number(shown, lang, unit)
    assert abs(rounded - value) <= 0.05
    assert _stored(session, metric_id) == {date(2026, 1, 1): rounded}
    assert _value_cell(shown_page).text() == shown


def test_typing_in_the_editor_stores_the_value(
    page: JourneyPage, session: EditSession, qtbot: QtBot
) -> None:

    metric_id = _metric_of(page, session, MetricUnit.PERCENT, 12.25)
    assert _value_cell(page).toolTip() == "Exact value: 12.25"
    editor = _open_editor(page, qtbot)
    editor.clear()
    qtbot.keyClicks(editor, "1,234.5%")
    _press_enter(page, qtbot, editor)
    assert _stored(session, metric_id) == {date(2026, 1, 1): 1234.5}
    assert _value_cell(page).text() == "1,234.5%"


def test_an_ambiguous_paste_asks_once_then_stores_as_answered(
    page: JourneyPage, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.COUNT)
    asked: list[tuple[str, str]] = []
    answer: list[bool | None] = [False]

    def ask(_parent: Any, sample: str, lang: str) -> bool | None:
        asked.append((sample, lang))
        return answer[0]

    monkeypatch.setattr(metrics_panel, "ask_decimal_comma", ask)
    panel = _panel(page)
    panel.values.setCurrentCell(0, 1)
    panel.paste("46,900\n1,234\n12")
    assert asked == [("46,900", "en")]
    assert list(_stored(session, metric_id).values()) == [46900.0, 1234.0, 12.0]
    assert session.undo_stack.count() == 1

    session.undo_stack.undo()
    answer[0] = True
    panel.paste("46,900\n1,234\n12")
    assert len(asked) == 2
    assert list(_stored(session, metric_id).values()) == [46.9, 1.234, 12.0]


def test_a_cancelled_question_stores_nothing(
    page: JourneyPage, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.COUNT)
    asked: list[str] = []
    monkeypatch.setattr(
        metrics_panel, "ask_decimal_comma", lambda _p, sample, _l: asked.append(sample)
    )
    _panel(page).paste("46,900\n1,234")
    assert asked == ["46,900"]
    assert _stored(session, metric_id) == {}
    assert session.undo_stack.count() == 0


def test_a_column_that_decides_is_read_without_asking(
    page: JourneyPage, session: EditSession, french_page: JourneyPage
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.COUNT)
    # One "12,5" proves the comma is the decimal sign of the whole column, even in English.
    _panel(page).paste("46,900\n12,5")
    assert list(_stored(session, metric_id).values()) == [46.9, 12.5]
    session.undo_stack.undo()
    _panel(page).paste("46,900\n12.5")
    assert list(_stored(session, metric_id).values()) == [46900.0, 12.5]
    session.undo_stack.undo()
    # French groups with spaces need no question either.
    french_metric = _metric_of(french_page, session, MetricUnit.COUNT)
    _panel(french_page).paste(f"46{NNBSP}900\n1 234")
    assert list(_stored(session, french_metric).values()) == [46900.0, 1234.0]


def test_a_paste_mixing_decimal_signs_or_with_bad_lines_stores_nothing_and_does_not_ask(
    page: JourneyPage, session: EditSession, answers: Answers
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.PERCENT)
    _panel(page).paste("12,5\n7.5")
    assert answers.warnings[-1][0] == (
        "The pasted numbers mix a decimal comma (line 1: “12,5”) and a decimal point "
        "(line 2: “7.5”), so they cannot be read together."
    )
    _panel(page).paste("46,900\n12 EUR\n1,23,456")
    listing = answers.warnings[-1][1].split("\n")
    assert listing[0].startswith("Line 2: “12 EUR” is marked “EUR” (Currency)")
    assert listing[1].startswith("Line 3: “1,23,456” is not a number: its digits are grouped")
    assert _stored(session, metric_id) == {}
    assert session.undo_stack.count() == 0


def test_metric_target_is_read_in_the_ui_language(
    page: JourneyPage, session: EditSession, french_page: JourneyPage
) -> None:
    metric_id = _metric_of(page, session, MetricUnit.COUNT)
    dialog = metrics_panel.MetricDialog(_panel(page), "en", None, None)
    dialog.name.setText("Leads")
    dialog.target.setText("46,9")
    dialog._on_buttons_accepted()
    assert dialog.problem.text().startswith("“46,9” is not a number in English notation")
    assert "Did you mean 46.9?" in dialog.problem.text()
    dialog.target.setText("46,900")
    dialog._on_buttons_accepted()
    assert dialog.result() == metrics_panel.QDialog.DialogCode.Accepted
    assert dialog.values()["target"] == 46900.0

    session.services.metrics.update(metric_id, target=2.5)
    metric = session.services.metrics.get(metric_id)
    french = metrics_panel.MetricDialog(_panel(french_page), "fr", None, metric)
    assert french.target.text() == "2,5"
    assert french.values()["target"] == 2.5


@pytest.mark.parametrize(
    ("sample", "lang", "click", "expected"),
    [
        ("46,900", "en", "Comma Groups Thousands (46900)", False),
        ("46,900", "en", "Comma Is the Decimal Sign (46.9)", True),
        ("46.900", "fr", "Point Is the Decimal Sign (46,9)", False),
        ("46.900", "fr", "Point Groups Thousands (46900)", True),
        ("46,900", "en", "Cancel", None),
    ],
)
def test_the_decimal_sign_question_shows_both_readings(
    page: JourneyPage, sample: str, lang: str, click: str, expected: bool | None
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        seen.append(box.text())
        button = next(b for b in box.buttons() if b.text().replace("&", "") == click)
        button.click()

    QTimer.singleShot(0, answer)
    assert REAL_ASK_DECIMAL_COMMA(_panel(page), sample, lang) is expected
    readings = {"en": "46.9 or 46900", "fr": "46,9 or 46900"}[lang]
    assert seen == [f"The pasted numbers can be read two ways: “{sample}” could be {readings}."]


def test_the_period_length_is_locked_once_a_metric_has_values(
    page: JourneyPage, session: EditSession
) -> None:
    empty = session.services.metrics.get(_metric_of(page, session, MetricUnit.COUNT))
    assert metrics_panel.MetricDialog(_panel(page), "en", None, empty).granularity.isEnabled()
    held = session.services.metrics.get(_metric_of(page, session, MetricUnit.COUNT, 5.0))
    dialog = metrics_panel.MetricDialog(_panel(page), "en", None, held)
    assert not dialog.granularity.isEnabled()
    assert "cannot change" in dialog.granularity.toolTip()


def test_the_metric_dialog_sets_a_metric_kind_and_the_edit_undoes(
    page: JourneyPage, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = metrics_panel.MetricDialog(_panel(page), "en", None, None)
    assert dialog.kind.currentData() == ""
    assert dialog.kind.itemText(0) == "None"
    dialog.catalogue.setCurrentIndex(dialog.catalogue.findData("churn_rate"))
    assert dialog.kind.currentData() == "churn_rate"
    # A custom name keeps the kind: analytics read the kind, not the words.
    dialog.name.setText("Logos perdus")
    assert dialog.values()["catalogue_key"] == "churn_rate"
    dialog.kind.setCurrentIndex(dialog.kind.findData(""))
    assert dialog.values()["catalogue_key"] == ""

    metric_id = _metric_of(page, session, MetricUnit.COUNT)
    metric = session.services.metrics.get(metric_id)
    assert metric.catalogue_key == ""
    editing = metrics_panel.MetricDialog(_panel(page), "en", None, metric)
    editing.kind.setCurrentIndex(editing.kind.findData("stage_reach"))
    fields = editing.values()
    monkeypatch.setattr(metrics_panel, "ask_metric", lambda *_args: fields)
    panel = _panel(page)
    panel.select_metric(metric_id)
    panel.buttons["edit"].click()
    assert session.services.metrics.get(metric_id).catalogue_key == "stage_reach"
    assert session.undo_stack.undoText() == "Edit metric"
    again = metrics_panel.MetricDialog(
        _panel(page), "en", None, session.services.metrics.get(metric_id)
    )
    assert again.kind.currentData() == "stage_reach"
    session.undo_stack.undo()
    assert session.services.metrics.get(metric_id) == metric
