"""The metrics page (issue 15): the stage a metric is added to, and metric names readable
on a laptop screen."""

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from matplotlib.colors import to_rgb
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from personabuilder.services import Services
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
