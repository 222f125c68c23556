"""New persona from the gallery: created undoably, opened on its Profile with the name focused."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from personabuilder.model import Archetype
from personabuilder.services import Services
from personabuilder.ui.shell.main_window import MainWindow
from personabuilder.ui.shell.sidebar import ID_ROLE


@pytest.fixture
def opened(window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "New.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    window.resize(1366, 768)
    window.sidebar.setCurrentIndex(window.sidebar_model.index(0, 0))
    assert window.pages.currentWidget() is window.studio.gallery
    return window


def _services(window: MainWindow) -> Services:
    assert window.session is not None
    return window.session.services


@pytest.fixture
def following(opened: MainWindow) -> MainWindow:
    """The window, whose sidebar follows the persona the editor shows."""
    return opened


def test_new_persona_button_creates_one_undoably_and_opens_its_profile(
    qtbot: QtBot, following: MainWindow
) -> None:
    window = following
    studio = window.studio
    services = _services(window)
    before = services.listing.persona_count()
    with qtbot.waitSignal(studio.persona_shown) as shown:
        qtbot.mouseClick(studio.gallery.new_button, Qt.MouseButton.LeftButton)
    new_id = shown.args[0]
    assert services.listing.persona_count() == before + 1
    data = services.personas.get(new_id).data
    assert data.name == "New persona"
    assert data.archetype is Archetype.CUSTOM

    editor = studio.editor
    assert window.pages.currentWidget() is editor
    assert editor.persona_id == new_id
    assert editor.tabs.currentWidget() is editor.profile
    assert editor.tabs.tabText(editor.tabs.currentIndex()) == "Profile"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name_edit)
    assert editor.name_edit.selectedText() == "New persona"

    # Typing replaces the selected name.
    qtbot.keyClicks(editor.name_edit, "Olivia Grant")
    assert services.personas.get(new_id).data.name == "Olivia Grant"

    # The sidebar selects it.
    current = window.sidebar.currentIndex()
    assert current.isValid()
    assert window.sidebar_model.data(current, ID_ROLE) == str(new_id)

    # Undo the rename, then the creation.
    window.actions_by_id["undo"].trigger()
    assert window.actions_by_id["undo"].text() == "&Undo New persona"
    window.actions_by_id["undo"].trigger()
    assert services.listing.persona_count() == before
    with pytest.raises(LookupError):
        services.personas.get(new_id)
    window.actions_by_id["redo"].trigger()
    assert services.listing.persona_count() == before + 1
    assert services.personas.get(new_id).data.name == "New persona"


def test_the_empty_state_button_and_the_archetype_filtered_on(
    qtbot: QtBot, following: MainWindow
) -> None:
    window = following
    gallery = window.studio.gallery
    index = gallery.archetype_box.findData(Archetype.TECHNICAL_EVALUATOR.value)
    gallery.archetype_box.setCurrentIndex(index)
    with qtbot.waitSignal(gallery.model.modelReset, timeout=2000):
        gallery.search.setText("nobody by that name")
    assert gallery.stack.currentWidget() is gallery.empty_page
    assert gallery.clear_button.isVisible()
    assert not gallery.empty_new_button.isVisible()
    qtbot.mouseClick(gallery.clear_button, Qt.MouseButton.LeftButton)
    assert gallery.stack.currentWidget() is gallery.cards

    with qtbot.waitSignal(window.studio.persona_shown) as shown:
        qtbot.mouseClick(gallery.new_button, Qt.MouseButton.LeftButton)
    data = _services(window).personas.get(shown.args[0]).data
    assert data.archetype is Archetype.TECHNICAL_EVALUATOR
    current = window.sidebar.currentIndex()
    assert window.sidebar_model.data(current, ID_ROLE) == str(shown.args[0])
    assert window.sidebar_model.parent(current) != QModelIndex()


def test_a_new_persona_from_a_template_also_opens_on_its_profile(
    qtbot: QtBot, following: MainWindow
) -> None:
    studio = following.studio
    studio.editor.tabs.setCurrentWidget(studio.editor.card)
    menu = studio.gallery.new_button.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    [action] = [a for a in menu.actions() if a.text() == "From Template: End-user champion"]
    action.trigger()
    editor = studio.editor
    assert editor.tabs.currentWidget() is editor.profile
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.name_edit)
    assert editor.name_edit.selectedText() == editor.name_edit.text()


def test_opening_a_card_makes_the_sidebar_follow(qtbot: QtBot, following: MainWindow) -> None:
    gallery = following.studio.gallery
    pid = gallery.model.persona_id(1)
    with qtbot.waitSignal(following.studio.persona_shown):
        gallery.persona_activated.emit(pid)
    current = following.sidebar.currentIndex()
    assert following.sidebar_model.data(current, ID_ROLE) == str(pid)
    assert following.pages.currentWidget() is following.studio.editor
