"""GUI fixtures: a main window on a real workspace, with modal dialogs answered."""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from personabuilder.app import StoreGateway
from personabuilder.ui.common import dialogs
from personabuilder.ui.shell.main_window import MainWindow


class Answers:
    """What the patched dialogs answer, and what they were asked."""

    def __init__(self) -> None:
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.text: str | None = None
        self.warnings: list[tuple[str, str]] = []
        self.abouts: list[str] = []
        self.yes = True
        self.questions: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    """Replaces every modal dialog with a scripted answer."""
    a = Answers()
    monkeypatch.setattr(dialogs, "ask_open_path", lambda *_args: a.open_path)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *_args: a.save_path)
    monkeypatch.setattr(dialogs, "ask_text", lambda *_args: a.text)

    def warn(_parent: Any, _title: str, text: str, detail: str = "") -> None:
        a.warnings.append((text, detail))

    monkeypatch.setattr(dialogs, "warn", warn)

    def ask_yes_no(_parent: Any, _title: str, text: str, detail: str = "") -> bool:
        a.questions.append(text)
        return a.yes

    monkeypatch.setattr(dialogs, "ask_yes_no", ask_yes_no)
    monkeypatch.setattr(dialogs, "about", lambda _p, _t, text: a.abouts.append(text))
    return a


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    """Settings in a private INI file."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, settings: QSettings, answers: Answers) -> Iterator[MainWindow]:
    """A shown main window with no workspace open."""
    win = MainWindow(StoreGateway(), settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.set_workspace(None)
