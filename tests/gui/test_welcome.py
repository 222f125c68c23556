"""First run: the welcome once, its three choices, and the guided tour through real screens."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from personabuilder.ui.shell import welcome
from personabuilder.ui.shell.main_window import MainWindow
from personabuilder.ui.shell.welcome import (
    TourDialog,
    WelcomeDialog,
    welcome_if_first_run,
)

from .conftest import Answers


@pytest.fixture
def opened(window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Demo.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    return window


def _answer(monkeypatch: pytest.MonkeyPatch, choice: int) -> list[int]:
    shown: list[int] = []

    def exec_(self: WelcomeDialog) -> int:
        shown.append(choice)
        self._choose(choice)
        return 1

    monkeypatch.setattr(WelcomeDialog, "exec", exec_)
    return shown


def test_welcome_shows_once(
    opened: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown = _answer(monkeypatch, WelcomeDialog.EXPLORE)
    assert welcome_if_first_run(opened, settings) == WelcomeDialog.EXPLORE
    assert welcome_if_first_run(opened, settings) is None
    assert shown == [WelcomeDialog.EXPLORE]
    assert opened.windowTitle().startswith("Demo.pbw")


def test_welcome_can_start_an_empty_workspace(
    opened: MainWindow,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
    tmp_path: Path,
) -> None:
    _answer(monkeypatch, WelcomeDialog.EMPTY)
    answers.save_path = tmp_path / "Client.pbw"
    welcome_if_first_run(opened, settings)
    assert opened.windowTitle().startswith("Client.pbw")
    assert opened.session is not None
    assert opened.session.services.listing.personas() == []


def test_welcome_can_start_the_tour(
    opened: MainWindow, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    _answer(monkeypatch, WelcomeDialog.TOUR)
    toured: list[MainWindow] = []
    monkeypatch.setattr(welcome, "run_tour", lambda window: toured.append(window) or True)
    welcome_if_first_run(opened, settings)
    assert toured == [opened]


def test_tour_walks_the_main_screens_and_can_go_back(opened: MainWindow) -> None:
    steps = opened.tour_steps()
    tour = TourDialog(opened, steps)
    assert tour.counter.text() == f"1 of {len(steps)}"
    assert not tour.back.isEnabled()
    seen = []
    for _ in range(len(steps) - 1):
        tour.next.click()
        seen.append(opened.pages.currentWidget())
    assert opened.studio.gallery in seen
    assert opened.pages.currentWidget() is opened.journeys.page
    assert opened.journeys.page.tabs.currentWidget() is opened.journeys.page.metrics
    assert tour.next.text() == "Finish"
    tour.back.click()
    assert tour.index == len(steps) - 2
    marked = tour._marked
    assert marked is not None
    assert "border" in marked.styleSheet()
    tour.reject()
    assert marked.styleSheet() == ""
