"""Persona verbs through the main window's Persona menu, on real workspace files."""

import shutil
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from personabuilder.model import Archetype
from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.ui.personas import editor as persona_editor
from personabuilder.ui.personas import import_dialog
from personabuilder.ui.shell.main_window import MainWindow

from .conftest import Answers


@pytest.fixture
def opened(window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Studio.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    return window


def _services(window: MainWindow) -> Services:
    assert window.session is not None
    return window.session.services


def _names(window: MainWindow) -> list[str]:
    return [p.name for p in _services(window).listing.personas()]


def test_new_persona_from_each_template_then_undo(opened: MainWindow) -> None:
    studio = opened.studio
    studio.new_menu.aboutToShow.emit()
    template_actions = [a for a in studio.new_menu.actions() if a.text().startswith("From")]
    assert [a.text() for a in template_actions] == [
        "From Template: Executive sponsor",
        "From Template: Technical evaluator",
        "From Template: End-user champion",
    ]
    for action in template_actions:
        action.trigger()
        assert opened.pages.currentWidget() is studio.editor
    services = _services(opened)
    assert services.listing.persona_count() == 6
    counts = services.listing.persona_counts()
    assert counts[Archetype.TECHNICAL_EVALUATOR] == 2
    created = services.personas.get(studio.editor.persona_id)  # type: ignore[arg-type]
    assert created.data.archetype is Archetype.END_USER_CHAMPION
    assert created.data.goals
    assert opened.sidebar_model.index(0, 0).data() == "Personas (6)"
    assert opened.actions_by_id["undo"].text() == "&Undo New persona"
    opened.actions_by_id["undo"].trigger()
    assert services.listing.persona_count() == 5
    assert opened.pages.currentWidget() is studio.gallery


def test_new_custom_persona_asks_for_the_archetype(opened: MainWindow, answers: Answers) -> None:
    answers.text = "Procurement officer"
    opened.studio.new_custom()
    detail = opened.studio.editor.detail
    assert detail is not None
    assert detail.data.archetype is Archetype.CUSTOM
    assert detail.data.custom_archetype == "Procurement officer"
    answers.text = "  "
    opened.studio.new_custom()
    assert "needs a name" in answers.warnings[-1][0]
    assert _services(opened).listing.persona_count() == 4


def test_duplicate_and_delete_with_warning_then_undo(
    opened: MainWindow, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    services = _services(opened)
    helen = services.listing.personas()[0]
    opened.studio.show_persona(helen.id)
    opened.studio.actions["duplicate"].trigger()
    assert f"{helen.name} (copy)" in _names(opened)

    asked: list[tuple[str, list[str]]] = []

    def confirm(_parent: object, name: str, titles: list[str]) -> bool:
        asked.append((name, titles))
        return True

    monkeypatch.setattr(persona_editor, "confirm_delete", confirm)
    before = {j.id: services.journeys.get(j.id) for j in services.listing.journeys()}
    opened.studio.show_persona(helen.id)
    opened.studio.actions["delete"].trigger()
    assert asked == [(helen.name, ["SaaS customer journey", "SaaS customer lifecycle"])]
    assert helen.name not in _names(opened)
    assert opened.pages.currentWidget() is opened.studio.gallery
    opened.actions_by_id["undo"].trigger()
    assert helen.name in _names(opened)
    after = {j.id: services.journeys.get(j.id) for j in services.listing.journeys()}
    assert after == before


def test_copy_then_paste_into_another_workspace(
    opened: MainWindow, tmp_path: Path, answers: Answers
) -> None:
    services = _services(opened)
    first, second = services.listing.personas()[:2]
    opened.studio.show_gallery()
    opened.studio.gallery.select(first.id)
    opened.studio.copy()
    other = tmp_path / "Other.pbw"
    Workspace.create(other).close()
    assert opened.open_workspace(other)
    opened.studio.paste()
    assert _names(opened) == [first.name]
    pasted = _services(opened).listing.personas()[0]
    assert pasted.id != first.id
    assert _services(opened).personas.get(pasted.id).data.goals
    opened.actions_by_id["undo"].trigger()
    assert _names(opened) == []
    assert second.name  # the second persona was not copied


def test_paste_without_personas_says_so(opened: MainWindow, answers: Answers) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText("just text")
    opened.studio.paste()
    assert "no personas" in answers.warnings[-1][0]


def test_import_personas_from_another_workspace(
    opened: MainWindow, tmp_path: Path, answers: Answers, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "Source.pbw"
    from personabuilder.services.starter import build_demo

    Workspace.create(source, populate=lambda ws: build_demo(Services.bind(ws), "fr")).close()
    source_bytes = source.read_bytes()
    offered: list[str] = []

    def choose(_parent: object, _name: str, personas: list) -> list[uuid.UUID]:  # type: ignore[type-arg]
        offered.extend(p.name for p in personas)
        return [personas[1].id]

    monkeypatch.setattr(import_dialog, "choose_personas", choose)
    answers.open_path = source
    opened.studio.import_from_workspace()
    assert offered == ["Claire Dumont", "Karim Benali", "Inès Moreau"]
    assert "Karim Benali" in _names(opened)
    assert _services(opened).listing.persona_count() == 4
    assert source.read_bytes() == source_bytes
    opened.actions_by_id["undo"].trigger()
    assert "Karim Benali" not in _names(opened)

    answers.open_path = opened.workspace.path  # type: ignore[union-attr]
    opened.studio.import_from_workspace()
    assert "another workspace" in answers.warnings[-1][0]


def test_sidebar_group_opens_the_gallery(opened: MainWindow) -> None:
    group = opened.sidebar_model.index(0, 0, opened.sidebar_model.index(0, 0, QModelIndex()))
    opened.sidebar.setCurrentIndex(group)
    assert opened.pages.currentWidget() is opened.studio.gallery
