"""The metrics page (issue 15): the stage a metric is added to, charts in the window's
theme, empty charts that say what to do, and metric names readable on a laptop screen."""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from matplotlib.colors import to_rgb
from matplotlib.text import Text
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from personabuilder.model import MetricUnit
from personabuilder.services import Services
from personabuilder.services.metrics import MetricDraft
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys.studio import JourneyPage
from personabuilder.ui.metrics import panel as metrics_panel
from personabuilder.ui.metrics.panel import MetricsPanel
from personabuilder.ui.shell.main_window import MainWindow
from personabuilder.ui.shell.preferences import dark_palette
from personabuilder.ui.shell.sidebar import KIND_ROLE, NodeKind


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


@pytest.fixture
def dark_app() -> Iterator[QApplication]:
    """The application in the dark palette the theme preference applies, restored after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = QPalette(app.palette())
    app.setPalette(dark_palette())
    try:
        yield app
    finally:
        app.setPalette(before)


def _detail(session: EditSession, page: JourneyPage) -> JourneyDetail:
    assert page.journey_id is not None
    return session.services.journeys.get(page.journey_id)


def _texts(figure: Any) -> list[str]:
    """Every text of a figure: titles, axis titles, free texts, legend entries."""
    texts = [t.get_text() for t in figure.texts]
    for ax in figure.axes:
        texts += [ax.get_title(loc=loc) for loc in ("left", "center", "right")]
        texts += [ax.get_xlabel(), ax.get_ylabel(), *(t.get_text() for t in ax.texts)]
    for legend in figure.legends:
        texts += [t.get_text() for t in legend.get_texts()]
    return [t for t in texts if t]


def _full_texts(figure: Any) -> str:
    """The figure's texts as written before wrapping to the figure's width."""
    fitted = [full for _text, full, _lines in getattr(figure, "fitted", [])]
    return " ".join([*fitted, *_texts(figure)]).replace("\n", " ")


def _lightness(colour: Any) -> float:
    red, green, blue = to_rgb(colour)
    return (max(red, green, blue) + min(red, green, blue)) / 2


def _stage_item(panel: MetricsPanel, name: str) -> Any:
    for i in range(panel.tree.topLevelItemCount()):
        item = panel.tree.topLevelItem(i)
        if item is not None and item.text(0) == name:
            return item
    raise AssertionError(name)


# -- Add Metric names its stage ------------------------------------------------------------


def test_add_metric_names_the_selected_stage_and_adds_there(
    page: JourneyPage, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = page.metrics
    stage = _detail(session, page).stages[4]
    panel.tree.setCurrentItem(_stage_item(panel, stage.name))
    assert stage.name in panel.buttons["add"].toolTip()
    seen: list[tuple[str, str]] = []

    def answer(dialog: metrics_panel.MetricDialog) -> int:
        seen.append((dialog.windowTitle(), dialog.stage.currentText()))
        dialog.name.setText("Activation calls")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(metrics_panel.MetricDialog, "exec", answer)
    panel.buttons["add"].click()
    assert seen == [(f"Add Metric to “{stage.name}”", stage.name)]
    added = next(m for m in _detail(session, page).metrics if m.name == "Activation calls")
    assert added.stage_id == stage.id
    assert panel.current_metric == added
    # With a metric selected, a new one goes to that metric's stage.
    panel.buttons["add"].click()
    assert seen[-1] == (f"Add Metric to “{stage.name}”", stage.name)


def test_the_add_button_names_the_stage_as_far_as_its_room_allows(qtbot: QtBot) -> None:
    button = metrics_panel._NamingButton("Add Metric to “%1”...", "Add Metric...")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.set_name("Purchase & activation")
    button.resize(button.sizeHint())
    assert button.text() == "Add Metric to “Purchase && activation”..."
    button.resize(button.sizeHint().width() - 40, button.height())
    assert button.text().startswith("Add Metric to “Pur")
    assert button.text().endswith("…”...")
    button.resize(button.minimumSizeHint())
    assert button.text() == "Add Metric..."
    button.set_name("")
    button.resize(button.sizeHint())
    assert button.text() == "Add Metric..."


def test_the_stage_chosen_in_the_dialog_is_the_one_added_to(
    page: JourneyPage, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = page.metrics
    stages = _detail(session, page).stages
    panel.tree.setCurrentItem(_stage_item(panel, stages[1].name))

    def answer(dialog: metrics_panel.MetricDialog) -> int:
        dialog.stage.setCurrentIndex(dialog.stage.findData(str(stages[6].id)))
        assert dialog.windowTitle() == f"Add Metric to “{stages[6].name}”"
        dialog.name.setText("Seats added")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(metrics_panel.MetricDialog, "exec", answer)
    panel.buttons["add"].click()
    added = next(m for m in _detail(session, page).metrics if m.name == "Seats added")
    assert added.stage_id == stages[6].id
    session.undo_stack.undo()
    assert all(m.name != "Seats added" for m in _detail(session, page).metrics)


def test_editing_a_metric_offers_no_stage(page: JourneyPage, session: EditSession) -> None:
    metric = _detail(session, page).metrics[0]
    stages = [(s.id, s.name) for s in _detail(session, page).stages]
    dialog = metrics_panel.MetricDialog(page.metrics, "en", None, metric, stages, metric.stage_id)
    assert dialog.windowTitle() == "Edit Metric"
    assert dialog.stage.count() == 0
    assert dialog.stage_id() is None


# -- charts in the window's theme ----------------------------------------------------------


def test_charts_follow_the_dark_palette_and_back(
    page: JourneyPage,
    session: EditSession,
    qtbot: QtBot,
    dark_app: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = page.metrics
    panel.select_metric(_detail(session, page).metrics[0].id)
    qtbot.waitUntil(lambda: _lightness(panel.figure.get_facecolor()) < 0.2)
    panel.figure.canvas.draw()
    texts = [t for t in panel.figure.findobj(Text) if t.get_visible() and t.get_text()]
    assert len(texts) > 5  # title, axis titles, ticks, target, legend
    assert all(_lightness(t.get_color()) > 0.6 for t in texts), [
        (t.get_text(), t.get_color()) for t in texts if _lightness(t.get_color()) <= 0.6
    ]
    # What reaches the screen: the canvas's pixels in a corner are dark.
    pixels = np.asarray(panel.figure.canvas.buffer_rgba())
    assert pixels[3, 3, :3].max() < 60
    # An exported chart goes into documents: light, whatever the screen's theme.
    target = tmp_path / "trend.png"
    monkeypatch.setattr(metrics_panel, "ask_image_path", lambda *_args: target)
    panel.export_button.click()
    assert QImage(str(target)).pixelColor(3, 3).lightness() > 240
    assert _lightness(panel.figure.get_facecolor()) < 0.2
    # Another chart kind, first drawn in the dark theme.
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("health"))
    assert _lightness(panel.figure.get_facecolor()) < 0.2

    dark_app.setPalette(dark_app.style().standardPalette())
    qtbot.waitUntil(lambda: _lightness(panel.figure.get_facecolor()) > 0.9)
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("trend"))
    assert _lightness(panel.figure.get_facecolor()) > 0.9
    panel.figure.canvas.draw()
    title = next(t for t in panel.figure.findobj(Text) if t.get_text().endswith(": trend"))
    assert _lightness(title.get_color()) < 0.3


# -- empty charts say what to do -----------------------------------------------------------


def test_no_metric_selected_the_trend_asks_for_one(page: JourneyPage, session: EditSession) -> None:
    panel = page.metrics
    assert panel.current_metric is None
    assert panel.chart_choice.currentData() == "trend"
    panel.figure.canvas.draw()
    shown = _full_texts(panel.figure)
    assert "Select a metric to see its trend" in shown
    assert ": trend" not in shown
    assert panel.empty_actions.isHidden()

    metric = _detail(session, page).metrics[0]
    panel.select_metric(metric.id)
    panel.figure.canvas.draw()
    assert f"{metric.name}: trend" in _full_texts(panel.figure)
    assert "Select a metric" not in _full_texts(panel.figure)


def test_a_metric_without_values_says_how_to_fill_it_with_the_buttons_to_do_it(
    page: JourneyPage, session: EditSession, qtbot: QtBot
) -> None:
    panel = page.metrics
    detail = _detail(session, page)
    metric_id = session.services.metrics.add(
        detail.stages[2].id, MetricDraft("Trial support requests", MetricUnit.COUNT)
    )
    session.journey_changed.emit(detail.id)
    panel.select_metric(metric_id)
    panel.figure.canvas.draw()
    shown = _full_texts(panel.figure)
    assert "No values yet" in shown
    assert "import a CSV" in shown
    assert not panel.empty_actions.isHidden()
    visible = {k for k, b in panel.empty_buttons.items() if not b.isHidden()}
    assert visible == {"type", "import"}

    panel.empty_buttons["type"].click()
    assert panel.values.state() == QAbstractItemView.State.EditingState
    assert panel.values.currentColumn() == 1
    editors = panel.values.viewport().findChildren(QLineEdit)
    assert len(editors) == 1
    editor = editors[0]

    # A value typed fills the chart; the buttons go.
    editor.setText("3")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits the editor's text from a queued call.
    qtbot.waitUntil(lambda: bool(session.services.metrics.get(metric_id).values))
    assert [v for _, v in session.services.metrics.get(metric_id).values] == [3.0]
    assert panel.empty_actions.isHidden()
    panel.figure.canvas.draw()
    assert "No values yet" not in _full_texts(panel.figure)


def test_stage_health_without_metrics_offers_to_add_one(
    page: JourneyPage, session: EditSession
) -> None:
    panel = page.metrics
    for metric in _detail(session, page).metrics:
        session.services.metrics.delete(metric.id)
    session.journey_changed.emit(_detail(session, page).id)
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("health"))
    panel.figure.canvas.draw()
    assert "add metrics to the stages" in _full_texts(panel.figure)
    assert {k for k, b in panel.empty_buttons.items() if not b.isHidden()} == {"add"}


def test_stage_health_tiles_show_each_metrics_latest_value(
    page: JourneyPage, session: EditSession
) -> None:
    panel = page.metrics
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("health"))
    panel.figure.canvas.draw()
    tiles = " ".join(t.get_text() for t in panel.figure.axes[0].texts)
    churn = next(m for m in _detail(session, page).metrics if m.name == "Churn rate")
    latest = next(v for _, v in reversed(churn.values) if v is not None)
    assert f"{latest:g}%" in tiles.replace("\n", " ")


# -- readable names on a laptop screen -----------------------------------------------------


@pytest.fixture
def metrics_window(qtbot: QtBot, window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    """The main window on a copy of the demo, its first map's metrics page shown."""
    path = tmp_path / "demo.pbw"
    shutil.copyfile(demo_file, path)
    with qtbot.waitSignal(window.workspace_listed):
        assert window.open_workspace(path)
    model = window.sidebar_model

    def first_journey(parent: QModelIndex) -> QModelIndex | None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == NodeKind.JOURNEY:
                return index
            found = first_journey(index)
            if found is not None:
                return found
        return None

    journey = first_journey(QModelIndex())
    assert journey is not None
    window.sidebar.setCurrentIndex(journey)
    page = window.journeys.page
    page.tabs.setCurrentWidget(page.metrics)
    return window


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
def test_metric_names_are_readable_and_the_chart_keeps_its_share(
    metrics_window: MainWindow, qtbot: QtBot, width: int, height: int
) -> None:
    metrics_window.resize(width, height)
    panel = metrics_window.journeys.page.metrics
    qtbot.waitUntil(lambda: abs(sum(panel.splitter.sizes()) - panel.width()) < 20)
    # The page shares itself once the resize settles.
    qtbot.wait(50)
    table, chart = panel.splitter.sizes()
    metrics = panel.tree.fontMetrics()
    readable = metrics.horizontalAdvance("Accounts reaching the stage")
    name_room = panel.tree.columnWidth(0) - 2 * panel.tree.indentation()
    assert name_room >= readable, (width, panel.tree.columnWidth(0), readable)
    assert chart >= 0.5 * (table + chart), (width, table, chart)
    if width >= 1920:
        assert chart >= 0.6 * (table + chart), (table, chart)
    # Every chart keeps that room for the names, whatever its toolbar holds.
    for key in ("cohort", "target", "health"):
        panel.chart_choice.setCurrentIndex(panel.chart_choice.findData(key))
        qtbot.wait(20)
        assert panel.tree.columnWidth(0) - 2 * panel.tree.indentation() >= readable, key
    # A name too long for its column ends in "…" and its tooltip gives it whole.
    stage = panel.tree.topLevelItem(0)
    assert stage is not None
    child = stage.child(0)
    assert child is not None
    assert child.text(0) in child.toolTip(0)


def test_a_divider_moved_by_hand_stays_where_it_was_put(
    metrics_window: MainWindow, qtbot: QtBot
) -> None:
    metrics_window.resize(1366, 768)
    panel = metrics_window.journeys.page.metrics
    qtbot.wait(50)
    total = sum(panel.splitter.sizes())
    panel.splitter.moveSplitter(total // 3, 1)
    moved = panel.splitter.sizes()
    panel.share_page()
    assert panel.splitter.sizes() == moved


def test_actual_vs_target_rows_are_named_by_metric_and_tell_apart(
    page: JourneyPage, session: EditSession
) -> None:
    panel = page.metrics
    panel.select_metric(_detail(session, page).metrics[0].id)
    panel.chart_choice.setCurrentIndex(panel.chart_choice.findData("target"))
    panel.figure.canvas.draw()
    rows = [t.get_text() for t in panel.figure.axes[0].get_yticklabels() if t.get_text()]
    assert rows[0] == "Website traffic"
    assert len(set(rows)) == len(rows), rows


def test_an_edit_leaves_the_divider_where_it_is(metrics_window: MainWindow, qtbot: QtBot) -> None:
    metrics_window.resize(1366, 768)
    panel = metrics_window.journeys.page.metrics
    qtbot.wait(50)
    before = panel.splitter.sizes()
    metric = panel._detail.metrics[0] if panel._detail else None
    assert metric is not None
    panel.select_metric(metric.id)
    item = panel.values.item(len(metric.values) - 1, 1)
    assert item is not None
    # A much wider latest value widens its column; the chart keeps its width all the same.
    item.setText("123,456,789")
    qtbot.wait(50)
    assert panel.tree.currentItem() is not None
    assert panel.tree.currentItem().text(1).startswith("123")  # type: ignore[union-attr]
    assert panel.splitter.sizes() == before
