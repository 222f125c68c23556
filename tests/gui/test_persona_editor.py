"""The persona editor on the demo workspace: typing, validation, lists, photo, card, undo."""

import io
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.model import Archetype
from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.common.list_editor import ListEditor
from personabuilder.ui.personas import editor as persona_editor
from personabuilder.ui.personas.commands import delete_persona, edit_field
from personabuilder.ui.personas.editor import PersonaEditor, confirm_delete


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace."""
    return Services.bind(demo_workspace)


@pytest.fixture
def session(services: Services) -> Iterator[EditSession]:
    """An edit session on the demo workspace."""
    s = EditSession(services)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def errors(session: EditSession) -> list[str]:
    """Messages the session sent to the user."""
    found: list[str] = []
    session.edit_failed.connect(found.append)
    return found


@pytest.fixture
def helen(services: Services) -> uuid.UUID:
    """The first demo persona."""
    return services.listing.personas()[0].id


@pytest.fixture
def editor(qtbot: QtBot, session: EditSession, helen: uuid.UUID) -> PersonaEditor:
    """A shown editor on the first demo persona."""
    widget = PersonaEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show_persona(helen)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _stored(services: Services, persona_id: uuid.UUID, field: str) -> Any:
    return getattr(services.personas.get(persona_id).data, field)


# -- text fields -------------------------------------------------------------------------


def test_shows_the_persona(editor: PersonaEditor, services: Services, helen: uuid.UUID) -> None:
    data = services.personas.get(helen).data
    assert editor.pages.currentWidget() is editor.tabs
    assert editor.name_edit.text() == data.name
    assert editor.line_edits["job_title"].text() == data.job_title
    assert editor.text_areas["bio"].toPlainText() == data.bio
    assert editor.list_editors["goals"].items() == list(data.goals)
    assert editor.score_spins["influence"].value() == data.influence
    assert editor.archetype_combo.currentData() == data.archetype.value
    assert editor.tags_edit.text() == ", ".join(data.tags)
    assert editor.title_label.text() == data.name
    assert not editor.avatar_label.pixmap().isNull()
    # The archetype name is only asked for custom archetypes.
    assert not editor.line_edits["custom_archetype"].isVisible()


def test_typing_a_job_title_is_saved_and_one_undo_restores_it(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    services: Services,
    helen: uuid.UUID,
) -> None:
    field = editor.line_edits["job_title"]
    before = field.text()
    field.selectAll()
    qtbot.keyClicks(field, "Head of Ops")
    assert _stored(services, helen, "job_title") == "Head of Ops"
    # The space typed before "of" stayed in the field while the stored value was trimmed.
    assert field.text() == "Head of Ops"
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit job title"

    session.undo_stack.undo()
    assert _stored(services, helen, "job_title") == before
    assert field.text() == before
    session.undo_stack.redo()
    assert field.text() == "Head of Ops"


def test_a_trailing_space_is_kept_while_typing(
    qtbot: QtBot, editor: PersonaEditor, services: Services, helen: uuid.UUID
) -> None:
    field = editor.line_edits["company"]
    field.clear()
    qtbot.keyClicks(field, "Acme ")
    assert field.text() == "Acme "
    assert field.cursorPosition() == 5
    assert _stored(services, helen, "company") == "Acme"


def test_an_empty_name_is_refused_visibly(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    services: Services,
    helen: uuid.UUID,
) -> None:
    name = editor.name_edit.text()
    editor.name_edit.selectAll()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Backspace)
    assert editor.name_edit.text() == ""
    assert editor.name_message.isVisible()
    assert editor.name_message.text() == "A name is required."
    assert "border" in editor.name_edit.styleSheet()
    assert _stored(services, helen, "name") == name
    assert session.undo_stack.count() == 0

    qtbot.keyClicks(editor.name_edit, "Helen W")
    assert not editor.name_message.isVisible()
    assert editor.name_edit.styleSheet() == ""
    assert _stored(services, helen, "name") == "Helen W"
    assert session.undo_stack.undoText() == "Rename persona"


def test_accented_text_is_stored_exactly(
    editor: PersonaEditor, services: Services, helen: uuid.UUID
) -> None:
    editor.line_edits["job_title"].setText("Directrice générale déléguée")
    editor.text_areas["bio"].setPlainText("Née à Besançon.\nŒuvre pour « l’efficacité » — 100 €.")
    data = services.personas.get(helen).data
    assert data.job_title == "Directrice générale déléguée"
    assert data.bio == "Née à Besançon.\nŒuvre pour « l’efficacité » — 100 €."


def test_a_bio_over_the_limit_is_refused_visibly(
    editor: PersonaEditor, session: EditSession, services: Services, helen: uuid.UUID
) -> None:
    bio = _stored(services, helen, "bio")
    editor.text_areas["bio"].setPlainText("x" * 20_001)
    message = editor.area_messages["bio"]
    assert message.isVisible()
    assert "20" in message.text()
    assert _stored(services, helen, "bio") == bio
    assert session.undo_stack.count() == 0


def test_undo_of_another_field_keeps_the_cursor_of_the_field_being_typed_in(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    services: Services,
    helen: uuid.UUID,
) -> None:
    field = editor.line_edits["job_title"]
    field.setCursorPosition(3)
    company = editor.line_edits["company"].text()
    session.undo_stack.push(edit_field(session, helen, "company", company, "Globex"))
    assert editor.line_edits["company"].text() == "Globex"
    session.undo_stack.undo()
    assert editor.line_edits["company"].text() == company
    assert field.cursorPosition() == 3
    # Reloading the fields pushed nothing.
    assert session.undo_stack.count() == 1
    assert session.undo_stack.index() == 0


def test_changing_tech_savviness(
    editor: PersonaEditor, session: EditSession, services: Services, helen: uuid.UUID
) -> None:
    spin = editor.score_spins["tech_savviness"]
    before = spin.value()
    spin.setValue(5)
    assert _stored(services, helen, "tech_savviness") == 5
    assert editor.score_dots["tech_savviness"].text() == "●●●●●"
    assert session.undo_stack.undoText() == "Change tech savviness"
    session.undo_stack.undo()
    assert spin.value() == before
    assert _stored(services, helen, "tech_savviness") == before


def test_a_custom_archetype_asks_for_its_name(
    editor: PersonaEditor, session: EditSession, services: Services, helen: uuid.UUID
) -> None:
    combo = editor.archetype_combo
    index = combo.findData(Archetype.CUSTOM.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert _stored(services, helen, "archetype") is Archetype.CUSTOM
    assert editor.line_edits["custom_archetype"].isVisible()
    editor.line_edits["custom_archetype"].setText("Board member")
    assert _stored(services, helen, "custom_archetype") == "Board member"
    assert "Board member" in editor.subtitle_label.text()

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert _stored(services, helen, "archetype") is Archetype.EXECUTIVE_SPONSOR
    assert combo.currentData() == Archetype.EXECUTIVE_SPONSOR.value
    assert not editor.line_edits["custom_archetype"].isVisible()


# -- lists -------------------------------------------------------------------------------


def test_ctrl_down_reorders_a_list_and_undo_restores_it(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    services: Services,
    helen: uuid.UUID,
) -> None:
    goals = list(_stored(services, helen, "goals"))
    view = editor.list_editors["goals"].list
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    moved = [goals[1], goals[0], *goals[2:]]
    assert list(_stored(services, helen, "goals")) == moved
    assert view.currentRow() == 1
    assert session.undo_stack.undoText() == "Edit goals"

    session.undo_stack.undo()
    assert list(_stored(services, helen, "goals")) == goals
    assert editor.list_editors["goals"].items() == goals


def test_adding_and_removing_a_list_entry(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    services: Services,
    helen: uuid.UUID,
) -> None:
    tools = list(_stored(services, helen, "tools"))
    view = editor.list_editors["tools"].list
    view.setCurrentRow(0)
    qtbot.keyClick(view, Qt.Key.Key_Insert)
    line = view.indexWidget(view.model().index(1, 0))
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "Tableau")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.indexWidget(view.model().index(1, 0)) is None)
    assert list(_stored(services, helen, "tools")) == [
        tools[0],
        "Tableau",
        *tools[1:],
    ]

    view.setCurrentRow(1)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert list(_stored(services, helen, "tools")) == tools
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert editor.list_editors["tools"].items()[1] == "Tableau"


def test_an_abandoned_new_entry_leaves_nothing(
    qtbot: QtBot, editor: PersonaEditor, session: EditSession
) -> None:
    lists = editor.list_editors["channels"]
    count = lists.list.count()
    lists.add_button.click()
    line = lists.list.indexWidget(lists.list.model().index(count, 0))
    assert isinstance(line, QLineEdit)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: lists.list.count() == count)
    assert session.undo_stack.count() == 0


def test_list_editor_emits_only_committed_changes(qtbot: QtBot) -> None:
    lists = ListEditor("Goals")
    qtbot.addWidget(lists)
    seen: list[list[str]] = []
    lists.items_edited.connect(seen.append)
    lists.set_items(["a", "b", "c"])
    assert seen == []
    assert lists.list.accessibleName() == "Goals"
    assert lists.add_button.toolTip()
    assert lists.add_button.accessibleName() == "Add"

    lists.list.setCurrentRow(2)
    lists.up_button.click()
    lists.list.item(0).setText(" a2 ")
    # Drag and drop inside the list moves rows in the model.
    assert lists.list.model().moveRow(lists.list.rootIndex(), 0, lists.list.rootIndex(), 3)
    assert seen == [["a", "c", "b"], ["a2", "c", "b"], ["c", "b", "a2"]]


# -- tags --------------------------------------------------------------------------------


def test_tags_complete_from_existing_tags(
    qtbot: QtBot, editor: PersonaEditor, services: Services, helen: uuid.UUID
) -> None:
    model = editor.tag_completer.model()
    assert isinstance(model, QStringListModel)
    assert set(services.listing.tags()) <= set(model.stringList())
    assert "Security review" in model.stringList()

    editor.tags_edit.setText("Budget holder")
    editor.tags_edit.end(False)
    qtbot.keyClicks(editor.tags_edit, ", secu")
    assert editor.tag_completer.completionPrefix() == "secu"
    assert editor.tag_completer.currentCompletion() == "Security review"
    editor.tag_completer.activated.emit("Security review")
    assert editor.tags_edit.text() == "Budget holder, Security review, "
    assert _stored(services, helen, "tags") == ("Budget holder", "Security review")


# -- photo -------------------------------------------------------------------------------


def test_importing_a_photo(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    services: Services,
    helen: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    picture = tmp_path / "portrait.webp"
    Image.new("RGB", (1200, 800), "orange").save(picture, format="WEBP")
    monkeypatch.setattr(persona_editor, "ask_photo_path", lambda _parent: picture)
    assert not editor.remove_photo_button.isEnabled()

    qtbot.mouseClick(editor.import_photo_button, Qt.MouseButton.LeftButton)
    data = services.personas.get(helen).data
    assert data.photo is not None
    assert data.photo_mime == "image/jpeg"
    with Image.open(io.BytesIO(data.photo)) as image:
        assert image.width == image.height <= 512
    assert editor.remove_photo_button.isEnabled()
    assert session.undo_stack.undoText() == "Change photo"

    qtbot.mouseClick(editor.remove_photo_button, Qt.MouseButton.LeftButton)
    assert _stored(services, helen, "photo") is None
    session.undo_stack.undo()
    assert _stored(services, helen, "photo") == data.photo
    assert errors == []


def test_a_file_that_is_not_an_image_changes_nothing(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    services: Services,
    helen: uuid.UUID,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    notes = tmp_path / "notes.png"
    notes.write_text("These are meeting notes, not a picture.", "utf-8")
    monkeypatch.setattr(persona_editor, "ask_photo_path", lambda _parent: notes)
    before = services.personas.get(helen)
    qtbot.mouseClick(editor.import_photo_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    assert "not an image" in errors[0]
    assert session.undo_stack.count() == 0
    assert services.personas.get(helen).data == before.data


def test_a_missing_photo_file_is_reported(
    qtbot: QtBot,
    editor: PersonaEditor,
    session: EditSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    monkeypatch.setattr(persona_editor, "ask_photo_path", lambda _parent: tmp_path / "gone.png")
    qtbot.mouseClick(editor.import_photo_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    assert "gone.png" in errors[0]
    assert session.undo_stack.count() == 0


# -- card --------------------------------------------------------------------------------


def test_card_shows_the_persona_with_user_text_escaped(
    editor: PersonaEditor, services: Services, helen: uuid.UUID
) -> None:
    data = services.personas.get(helen).data
    editor.text_areas["bio"].setPlainText("<b>x</b> & co")
    editor.tabs.setCurrentWidget(editor.card)
    text = editor.card.toPlainText()
    assert data.name in text
    assert data.goals[0] in text
    assert "<b>x</b> & co" in text
    assert "●●●○○" in text  # the demo's tech savviness of 3
    assert "&lt;b&gt;x&lt;/b&gt;" in editor.card.toHtml()

    editor.line_edits["job_title"].setText("Chief <i>Operating</i> Officer")
    assert "Chief <i>Operating</i> Officer" in editor.card.toPlainText()


# -- the persona going away --------------------------------------------------------------


def test_a_deleted_persona_shows_the_empty_state_until_undone(
    editor: PersonaEditor, session: EditSession, helen: uuid.UUID
) -> None:
    session.undo_stack.push(delete_persona(session, helen))
    assert editor.pages.currentWidget() is editor.empty_label
    assert editor.empty_label.text() == "This persona no longer exists."
    session.undo_stack.undo()
    assert editor.pages.currentWidget() is editor.tabs
    assert editor.detail is not None
    assert editor.detail.id == helen


def test_without_a_session_the_editor_is_empty(editor: PersonaEditor) -> None:
    editor.set_session(None)
    assert editor.pages.currentWidget() is editor.empty_label
    assert editor.persona_id is None


def test_confirm_delete_names_the_maps_that_use_the_persona(qtbot: QtBot) -> None:
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text() + "\n" + box.informativeText())
        delete = next(b for b in box.buttons() if b.text() == "Delete")
        delete.click()

    QTimer.singleShot(0, answer)
    assert confirm_delete(None, "Helen", ["SaaS customer journey", "Lifecycle"])
    qtbot.waitUntil(lambda: bool(seen))
    assert "“Helen”" in seen[0]
    assert "SaaS customer journey" in seen[0]
    assert "Lifecycle" in seen[0]


def test_the_undo_key_in_a_field_undoes_the_workspace_edit(
    qtbot: QtBot, session: EditSession, services: Services, helen: uuid.UUID
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    editor = PersonaEditor(session)
    layout.addWidget(editor)
    undo = session.undo_stack.createUndoAction(window, "Undo")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    window.addAction(undo)
    editor.show_persona(helen)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)

    field = editor.line_edits["location"]
    before = field.text()
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, "Leeds")
    assert _stored(services, helen, "location") == "Leeds"
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _stored(services, helen, "location") == before
    assert field.text() == before
    assert session.undo_stack.index() == 0
