"""The shell's own pages: the overview of a workspace, and what an empty one suggests."""

from pathlib import Path

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from personabuilder.ui.shell.main_window import MainWindow

from .conftest import Answers


def test_an_empty_workspace_says_where_to_start(
    window: MainWindow, answers: Answers, tmp_path: Path, qtbot: QtBot
) -> None:
    answers.save_path = tmp_path / "Empty.pbw"
    window.actions_by_id["new"].trigger()
    assert window.pages.currentWidget() is window.summary
    text = window.summary.toPlainText()
    assert "0 personas · 0 journey maps" in text
    assert "This workspace is empty: start with a persona or a journey map." in text
    html = window.summary.toHtml()
    assert 'href="action:new_persona"' in html
    assert 'href="action:journey_new"' in html
    # Anything but the two first steps is ignored.
    window.summary.anchorClicked.emit(QUrl("action:quit"))
    window.summary.anchorClicked.emit(QUrl("https://example.org"))
    assert window.workspace is not None
    assert window.session is not None
    window.summary.anchorClicked.emit(QUrl("action:new_persona"))
    assert len(window.session.services.listing.personas()) == 1
    assert window.pages.currentWidget() is window.studio.editor


def test_a_workspace_with_content_points_at_the_sidebar(
    window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    path = tmp_path / "Demo.pbw"
    path.write_bytes(demo_file.read_bytes())
    assert window.open_workspace(path)
    assert "Select a persona or a journey map" in window.summary.toPlainText()
    assert "action:" not in window.summary.toHtml()
