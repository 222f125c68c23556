"""Keyboard only: Tab reaches every main part of each screen, and focus is always visible."""

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.ui.shell.main_window import MainWindow


def _tab_cycle(
    window: MainWindow, qtbot: QtBot, start: QWidget, presses: int = 60
) -> list[QWidget]:
    """The widgets focus visits while pressing Tab from ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(presses):
        focused = QApplication.focusWidget()
        assert focused is not None, "focus was lost"
        seen.append(focused)
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return seen


def _reaches(seen: list[QWidget], target: QWidget) -> bool:
    return any(w is target or target.isAncestorOf(w) for w in seen)


def test_tab_reaches_the_parts_of_the_journey_and_metrics_screens(
    window: MainWindow, qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "Demo.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert window.session is not None
    journey = window.session.services.listing.journeys()[0]
    window.journeys.show_journey(journey.id)
    page = window.journeys.page
    seen = _tab_cycle(window, qtbot, window.sidebar)
    for part in (window.sidebar, page.grid.table, page.curve, page.snapshots_button):
        assert _reaches(seen, part), type(part).__name__

    page.tabs.setCurrentWidget(page.metrics)
    metrics = page.metrics
    seen = _tab_cycle(window, qtbot, window.sidebar)
    for part in (metrics.tree, metrics.values, metrics.chart_choice, metrics.buttons["add"]):
        assert _reaches(seen, part), type(part).__name__
    # Every stop takes focus the way the style draws a focus frame (no mouse-only stops).
    assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in seen)
