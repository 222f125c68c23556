"""The window's frame on a laptop screen: sidebar width, collapsing, geometry, tour, dark theme."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.app import StoreGateway
from personabuilder.ui.common.contrast import AA_TEXT, contrast_ratio
from personabuilder.ui.shell.main_window import MainWindow, default_sidebar_width
from personabuilder.ui.shell.preferences import apply_theme
from personabuilder.ui.shell.sidebar import KIND_ROLE, NodeKind
from personabuilder.ui.shell.welcome import TourDialog, bubble_position

from .conftest import Answers


@pytest.fixture
def demo_copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Demo.pbw"
    shutil.copyfile(demo_file, path)
    return path


@pytest.fixture
def opened(window: MainWindow, demo_copy: Path) -> MainWindow:
    assert window.open_workspace(demo_copy)
    return window


def _new_window(qtbot: QtBot, settings: QSettings) -> MainWindow:
    window = MainWindow(StoreGateway(), settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _first(window: MainWindow, kind: NodeKind) -> QModelIndex:
    model = window.sidebar_model
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop(0)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == kind:
                return index
            pending.append(index)
    raise AssertionError(f"no {kind.name} in the sidebar")


def _global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def test_first_width_reads_on_a_laptop_and_wastes_nothing_on_a_wide_screen() -> None:
    assert 220 <= default_sidebar_width(1366) <= 260
    assert default_sidebar_width(1024) >= 200
    assert default_sidebar_width(3840) <= 300


def test_sidebar_keeps_its_width_across_pages_at_1366_by_768(
    window: MainWindow, demo_copy: Path, qtbot: QtBot
) -> None:
    window.showNormal()
    window.resize(1366, 768)
    assert window.open_workspace(demo_copy)
    width = window.sidebar.width()
    assert width >= 200
    assert not window.sidebar.horizontalScrollBar().isVisible()
    seen = {}
    window.sidebar.setCurrentIndex(_first(window, NodeKind.PERSONAS))
    seen["gallery"] = window.sidebar.width()
    window.sidebar.setCurrentIndex(_first(window, NodeKind.PERSONA))
    seen["persona"] = window.sidebar.width()
    window.sidebar.setCurrentIndex(_first(window, NodeKind.JOURNEY))
    page = window.journeys.page
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    seen["map"] = window.sidebar.width()
    page.tabs.setCurrentWidget(page.metrics)
    QApplication.processEvents()
    seen["metrics"] = window.sidebar.width()
    assert seen == dict.fromkeys(seen, width)
    # A wider window gives its width to the page, not to the sidebar.
    window.resize(1600, 900)
    assert window.sidebar.width() == width


def test_sidebar_collapse_and_width_are_kept_across_restarts(
    qtbot: QtBot, settings: QSettings, answers: Answers, demo_copy: Path
) -> None:
    first = _new_window(qtbot, settings)
    first.showNormal()
    first.resize(1000, 700)
    assert first.open_workspace(demo_copy)
    assert first.sidebar.isVisible()
    first.splitter.moveSplitter(231, 1)  # the user drags the handle
    assert first.sidebar.width() == 231
    first.close()

    second = _new_window(qtbot, settings)
    assert second.open_workspace(demo_copy)
    assert second.sidebar.width() == 231
    second.actions_by_id["show_sidebar"].trigger()  # View › Show Sidebar, unticked
    assert not second.sidebar.isVisible()
    second.close()

    third = _new_window(qtbot, settings)
    assert third.open_workspace(demo_copy)
    assert not third.sidebar.isVisible()
    assert not third.actions_by_id["show_sidebar"].isChecked()
    third.actions_by_id["show_sidebar"].trigger()
    assert third.sidebar.isVisible()
    assert third.sidebar.width() == 231
    # Dragging the handle to the edge closes it just as the menu does.
    third.splitter.moveSplitter(0, 1)
    assert not third.sidebar.isVisible()
    assert not third.actions_by_id["show_sidebar"].isChecked()
    third.set_workspace(None)


def test_no_workspace_page_offers_the_ways_in(
    window: MainWindow, answers: Answers, demo_copy: Path, settings: QSettings
) -> None:
    page = window.empty_label
    assert window.pages.currentWidget() is page
    assert not window.sidebar.isVisible()  # nothing to list: the page has the width
    assert not window.toolbar.isVisible()
    assert [b.text() for b in page.buttons] == ["New Workspace...", "Try the Demo...", "Open..."]
    assert all(isinstance(b, QToolButton) and not b.icon().isNull() for b in page.buttons)
    answers.open_path = demo_copy
    page.buttons[2].click()
    assert window.workspace is not None
    window.set_workspace(None)
    assert [b.text() for b in page.recent_buttons] == ["Demo.pbw"]
    page.recent_buttons[0].click()
    assert window.workspace is not None
    assert window.workspace.path == demo_copy


def test_restored_geometry_larger_than_the_screen_is_clamped(
    qtbot: QtBot, settings: QSettings, answers: Answers
) -> None:
    first = _new_window(qtbot, settings)
    area = first.screen().availableGeometry()
    first.showNormal()
    first.setGeometry(area.x() - 300, area.y() - 200, area.width() + 900, area.height() + 700)
    assert first.width() > area.width()
    first.close()

    second = MainWindow(StoreGateway(), settings)
    qtbot.addWidget(second)
    assert area.contains(second.frameGeometry())
    second.show()
    assert area.contains(second.frameGeometry())


def test_first_run_fits_the_screen(window: MainWindow) -> None:
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())


def test_bubble_goes_beside_a_tall_target_and_under_a_wide_one() -> None:
    screen = QRect(0, 0, 1366, 768)
    size = QSize(440, 220)
    sidebar = QRect(0, 60, 232, 700)
    assert not QRect(bubble_position(sidebar, size, screen), size).intersects(sidebar)
    assert bubble_position(sidebar, size, screen).x() > sidebar.right()
    header = QRect(240, 180, 1100, 36)
    placed = QRect(bubble_position(header, size, screen), size)
    assert placed.top() > header.bottom()
    assert screen.contains(placed)
    # No side has room: the bubble stays on screen and hides as little as it can.
    everything = QRect(0, 0, 1366, 768)
    assert screen.contains(QRect(bubble_position(everything, size, screen), size))


def test_tour_bubble_never_covers_its_target(opened: MainWindow, qtbot: QtBot) -> None:
    dialog = TourDialog(opened, opened.tour_steps())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = opened.screen().availableGeometry()
    for index, step in enumerate(dialog.steps):
        dialog.go(index)
        QApplication.processEvents()
        target = step.show()
        assert target is not None, step.title
        assert target.isVisible(), step.title
        bubble = dialog.frameGeometry()
        assert not bubble.intersects(_global_rect(target)), step.title
        assert area.contains(bubble), step.title
    dialog.reject()
    # The outline goes, and the sidebar keeps its own style.
    assert "border" not in opened.sidebar.styleSheet()
    assert "padding" in opened.sidebar.styleSheet()


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    before = qapp.palette()
    style = qapp.style().name()
    apply_theme(qapp, "dark")
    yield
    qapp.setStyle(style)
    qapp.setPalette(before)


def _readable(widget: QWidget) -> float:
    palette = widget.palette()
    return contrast_ratio(
        palette.color(widget.foregroundRole()), palette.color(widget.backgroundRole())
    )


@pytest.mark.usefixtures("dark")
def test_dark_theme_text_contrast_in_the_shell(opened: MainWindow) -> None:
    QApplication.processEvents()
    assert opened.palette().color(QPalette.ColorRole.Window).lightness() < 80
    sidebar = opened.sidebar.palette()
    assert (
        contrast_ratio(
            sidebar.color(QPalette.ColorRole.Text), sidebar.color(sidebar.ColorRole.Base)
        )
        >= AA_TEXT
    )
    selected = (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight)
    assert contrast_ratio(*(sidebar.color(role) for role in selected)) >= AA_TEXT
    widgets: list[QWidget] = [
        opened.menuBar(),
        opened.statusBar(),
        opened.path_label,
        opened.toolbar,
        *opened.toolbar.findChildren(QToolButton),
    ]
    for widget in widgets:
        assert _readable(widget) >= AA_TEXT, widget.objectName() or type(widget).__name__
    opened.set_workspace(None)
    for label in opened.empty_label.findChildren(QLabel):
        assert _readable(label) >= AA_TEXT, label.text()


def test_contrast_ratio_matches_wcag() -> None:
    from PySide6.QtGui import QColor

    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == pytest.approx(1.0)
    # WCAG's own example: #767676 on white is the lightest grey that passes AA.
    assert contrast_ratio(QColor("#767676"), QColor("#ffffff")) >= AA_TEXT
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) < AA_TEXT


def test_the_map_shows_five_whole_stages_and_its_lane_names_at_1366_by_768(
    window: MainWindow, demo_copy: Path, qtbot: QtBot
) -> None:
    window.showNormal()
    window.resize(1366, 768)
    assert window.open_workspace(demo_copy)
    window.sidebar.setCurrentIndex(_first(window, NodeKind.JOURNEY))
    page = window.journeys.page
    page.tabs.setCurrentIndex(0)
    grid = page.grid
    qtbot.waitUntil(lambda: grid.model.columnCount() > 0)
    QApplication.processEvents()
    table = grid.table
    view_width = table.viewport().width()
    whole = [
        column
        for column in range(grid.model.columnCount())
        if table.columnViewportPosition(column) >= 0
        and table.columnViewportPosition(column) + table.columnWidth(column) <= view_width
    ]
    assert len(whole) >= 5
    lanes = table.verticalHeader()
    assert lanes.isVisible()
    assert lanes.width() >= 120  # the lane names, not a sliver
