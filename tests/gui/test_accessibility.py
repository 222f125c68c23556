"""Every input of the main screens has a name assistive technology can read."""

import shutil
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from personabuilder.ui.shell.main_window import MainWindow

INPUTS = (QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


def _unnamed(window: MainWindow) -> list[str]:
    buddies = {label.buddy() for label in window.findChildren(QLabel) if label.buddy()}
    missing = []
    for widget in window.findChildren(QWidget):
        needs = isinstance(widget, INPUTS) or (
            isinstance(widget, QAbstractButton) and not widget.text()
        )
        if (
            needs
            and widget.isVisibleTo(window)
            and not widget.accessibleName()
            and widget not in buddies
            # Qt's own parts (a spin box's editor, a toolbar's overflow button) and the
            # headers and corner button of a table are named through the table itself.
            and not widget.objectName().startswith("qt_")
            and not isinstance(widget, QHeaderView)
            and not isinstance(widget.parent(), QAbstractItemView)
            and not (isinstance(widget, QAbstractButton) and widget.toolTip())
        ):
            missing.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    return missing


def test_main_screens_name_every_input(window: MainWindow, demo_file: Path, tmp_path: Path) -> None:
    path = tmp_path / "Demo.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    window.show()
    assert window.session is not None
    screens: dict[str, list[str]] = {}
    window.sidebar.setCurrentIndex(window.sidebar_model.index(0, 0))
    screens["gallery"] = _unnamed(window)
    persona = window.session.services.listing.personas()[0]
    window.studio.show_persona(persona.id)
    screens["persona editor"] = _unnamed(window)
    journey = window.session.services.listing.journeys()[0]
    window.journeys.show_journey(journey.id)
    screens["journey map"] = _unnamed(window)
    page = window.journeys.page
    page.tabs.setCurrentWidget(page.metrics)
    screens["metrics"] = _unnamed(window)
    assert {k: v for k, v in screens.items() if v} == {}


def test_no_workspace_page_and_icon_only_toolbar_keep_their_names(
    window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    assert window.pages.currentWidget() is window.empty_label
    assert _unnamed(window) == []
    path = tmp_path / "Demo.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    window.resize(500, 600)  # too narrow for labels: icons alone
    assert window.toolbar.toolButtonStyle().name == "ToolButtonIconOnly"
    for action in window.toolbar.actions():
        button = window.toolbar.widgetForAction(action)
        if button is not None and not action.isSeparator():
            assert button.text(), action.objectName()  # what a screen reader says
            assert button.toolTip(), action.objectName()
    assert _unnamed(window) == []
