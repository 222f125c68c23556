"""The default workspace is named in the language of the app, and never hidden by a switch."""

from pathlib import Path

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from personabuilder.app import open_initial
from personabuilder.ui.shell.main_window import MainWindow


def _open_default(window: MainWindow, qtbot: QtBot, lang: str) -> Path:
    open_initial(window, None, lang)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=20_000)
    assert window.workspace is not None
    return window.workspace.path


def test_a_first_run_in_french_names_the_workspace_in_french(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    path = _open_default(window, qtbot, "fr")
    assert path == data_dir / "Mon espace de travail.pbw"
    assert path.exists()
    assert not (data_dir / "My workspace.pbw").exists()


def test_a_first_run_in_english_names_it_in_english(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    assert _open_default(window, qtbot, "en") == data_dir / "My workspace.pbw"


def test_switching_language_opens_the_existing_default_instead_of_a_new_one(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    english = _open_default(window, qtbot, "en")
    personas = window.workspace.services.listing.persona_counts() if window.workspace else {}
    window.set_workspace(None)
    again = _open_default(window, qtbot, "fr")
    assert again == english
    assert not (data_dir / "Mon espace de travail.pbw").exists()
    assert window.workspace is not None
    assert window.workspace.services.listing.persona_counts() == personas != {}
