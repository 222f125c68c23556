"""The main window's toolbar: the menus' own actions, with icons, shortcuts and page-wise states."""

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMenu, QToolButton
from pytestqt.qtbot import QtBot

from personabuilder.app import StoreGateway
from personabuilder.ui.shell.main_window import MainWindow
from personabuilder.ui.shell.shortcuts import shortcut_rows
from personabuilder.ui.shell.sidebar import KIND_ROLE, NodeKind

from .conftest import Answers

LABELS = ["New persona", "New map", "+ Stage", "+ Lane", "Snapshot", "Workshop", "Export"]


@pytest.fixture
def opened(window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Demo.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
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


def _buttons(window: MainWindow) -> list[QToolButton]:
    found = []
    for action in window.toolbar.actions():
        if not action.isSeparator():
            button = window.toolbar.widgetForAction(action)
            assert isinstance(button, QToolButton)
            found.append(button)
    return found


def test_toolbar_holds_the_seven_menu_actions_with_icons_and_shortcuts(
    opened: MainWindow,
) -> None:
    actions = [a for a in opened.toolbar.actions() if not a.isSeparator()]
    assert [a.iconText() for a in actions] == LABELS
    assert all(not a.icon().isNull() for a in actions)
    # The very actions of the menus, not copies: one shortcut, one enabled state.
    menu_actions = {
        *opened.studio.new_menu.parentWidget().actions(),  # type: ignore[union-attr]
        *opened.journeys.actions.values(),
        *opened.actions_by_id.values(),
    }
    assert set(actions) <= menu_actions
    journey_menu = opened.menuBar().actions()[4].menu()
    assert isinstance(journey_menu, QMenu)
    assert opened.actions_by_id["add_stage"] in journey_menu.actions()
    assert opened.actions_by_id["add_lane"] in journey_menu.actions()
    native = QKeySequence.SequenceFormat.NativeText
    for action in actions:
        assert not action.shortcut().isEmpty(), action.iconText()
        assert action.toolTip().endswith(f"({action.shortcut().toString(native)})")
    assert actions[0].toolTip() == (
        "New persona: blank, or from a template with the arrow "
        f"({QKeySequence('Ctrl+Shift+P').toString(native)})"
    )


def test_enabled_states_follow_the_page(opened: MainWindow, qtbot: QtBot) -> None:
    ids = opened.actions_by_id
    on_map = ["add_stage", "add_lane", "journey_snapshots", "journey_workshop"]
    always = ["new_persona", "journey_new", "export"]
    assert opened.toolbar.isVisible()
    assert all(ids[key].isEnabled() for key in always)
    assert not any(ids[key].isEnabled() for key in on_map)  # the overview

    opened.sidebar.setCurrentIndex(_first(opened, NodeKind.JOURNEY))
    assert opened.pages.currentWidget() is opened.journeys.page
    assert all(ids[key].isEnabled() for key in on_map + always)

    opened.sidebar.setCurrentIndex(_first(opened, NodeKind.PERSONA))
    assert not any(ids[key].isEnabled() for key in on_map)
    assert all(ids[key].isEnabled() for key in always)

    opened.set_workspace(None)
    assert not opened.toolbar.isVisible()
    assert not any(ids[key].isEnabled() for key in on_map + always)


def test_add_stage_and_lane_act_on_the_map_on_screen(opened: MainWindow, answers: Answers) -> None:
    opened.sidebar.setCurrentIndex(_first(opened, NodeKind.JOURNEY))
    grid = opened.journeys.page.grid
    stages, lanes = grid.model.columnCount(), grid.model.rowCount()
    answers.text = "Renewal"
    opened.actions_by_id["add_stage"].trigger()
    assert grid.model.columnCount() == stages + 1
    answers.text = "Risks"
    kinds = opened.lane_menu.actions()
    assert len(kinds) == 7
    kinds[3].trigger()
    assert grid.model.rowCount() == lanes + 1
    assert opened.session is not None
    opened.session.undo_stack.undo()
    opened.session.undo_stack.undo()
    assert (grid.model.columnCount(), grid.model.rowCount()) == (stages, lanes)


def test_new_persona_is_blank_at_once_with_templates_on_the_arrow(
    opened: MainWindow, qtbot: QtBot
) -> None:
    action = opened.actions_by_id["new_persona"]
    button = opened.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    assert button.popupMode() is QToolButton.ToolButtonPopupMode.MenuButtonPopup
    assert action.menu() is opened.studio.new_menu  # what the arrow opens
    assert opened.session is not None
    before = len(opened.session.services.listing.personas())
    action.trigger()  # a click, or Ctrl+Shift+P
    assert len(opened.session.services.listing.personas()) == before + 1
    assert opened.pages.currentWidget() is opened.studio.editor
    opened.session.undo_stack.undo()
    assert len(opened.session.services.listing.personas()) == before


def test_lane_button_opens_the_kinds_and_so_does_its_key(opened: MainWindow, qtbot: QtBot) -> None:
    opened.sidebar.setCurrentIndex(_first(opened, NodeKind.JOURNEY))
    action = opened.actions_by_id["add_lane"]
    button = opened.toolbar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    assert button.popupMode() is QToolButton.ToolButtonPopupMode.InstantPopup
    menu = action.menu()
    assert isinstance(menu, QMenu)
    action.trigger()  # what the shortcut does
    qtbot.waitUntil(menu.isVisible)
    assert menu.actions()
    menu.hide()
    rows = {(what, keys) for _where, what, keys in shortcut_rows(opened)}
    native = QKeySequence.SequenceFormat.NativeText
    assert ("New Persona", QKeySequence("Ctrl+Shift+P").toString(native)) in rows
    assert ("Add Lane", QKeySequence("Ctrl+Shift+L").toString(native)) in rows


def test_labels_beside_icons_when_wide_icons_alone_when_narrow(opened: MainWindow) -> None:
    opened.resize(1366, 768)
    assert opened.toolbar.toolButtonStyle().name == "ToolButtonTextBesideIcon"
    opened.resize(640, 600)
    if opened.width() < opened._toolbar_width(opened.toolbar.toolButtonStyle()):
        pytest.fail("the toolbar keeps labels that do not fit")
    assert opened.toolbar.toolButtonStyle().name == "ToolButtonIconOnly"
    assert all(b.toolButtonStyle().name == "ToolButtonIconOnly" for b in _buttons(opened))


def test_toolbar_can_be_hidden_and_stays_hidden(
    qtbot: QtBot, opened: MainWindow, settings: QSettings, demo_file: Path, tmp_path: Path
) -> None:
    view = opened.actions_by_id["show_toolbar"]
    assert view.isChecked()
    view.trigger()
    assert not opened.toolbar.isVisible()
    opened.close()
    again = MainWindow(StoreGateway(), settings)
    qtbot.addWidget(again)
    again.show()
    assert again.open_workspace(tmp_path / "Demo.pbw")
    assert not again.actions_by_id["show_toolbar"].isChecked()
    assert not again.toolbar.isVisible()
    again.actions_by_id["show_toolbar"].trigger()
    assert again.toolbar.isVisible()
    again.set_workspace(None)


def _opaque_colours(icon: QIcon) -> set[str]:
    """The colours of an icon's solid pixels (its strokes, drawn large enough to be solid)."""
    image = icon.pixmap(64, 64).toImage()
    return {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() == 255
    }


def test_icons_follow_the_theme(opened: MainWindow, qapp: QApplication) -> None:
    before = QApplication.palette()
    palette = QPalette(before)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.ButtonText, QColor("#ff0000"))
    try:
        QApplication.setPalette(palette)
        qapp.processEvents()
        assert _opaque_colours(opened.actions_by_id["journey_new"].icon()) == {"#ff0000"}
        assert _opaque_colours(opened.actions_by_id["new_persona"].icon()) == {"#ff0000"}
    finally:
        QApplication.setPalette(before)
        qapp.processEvents()
    assert _opaque_colours(opened.actions_by_id["journey_new"].icon()) != {"#ff0000"}


def test_icons_are_drawn_without_qtawesome_code(opened: MainWindow) -> None:
    import sys

    # The font and its glyph map come from the package's files; its code (and QtPy's
    # wrappers of every Qt module, a quarter of a second) is never imported.
    assert not opened.actions_by_id["export"].icon().isNull()
    assert "qtawesome" not in sys.modules
    assert "qtpy" not in sys.modules
