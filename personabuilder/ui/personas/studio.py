"""The persona pages of the main window: gallery, editor, and the Persona menu's verbs."""

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QMimeData, QObject, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QStackedWidget, QWidget

from personabuilder.model import Archetype
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.ui.common import dialogs
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.common.gateway import WorkspaceGateway, WorkspaceOpenError
from personabuilder.ui.personas import editor as persona_editor
from personabuilder.ui.personas import import_dialog
from personabuilder.ui.personas.commands import (
    add_personas,
    create_persona,
    delete_persona,
    duplicate_persona,
)
from personabuilder.ui.personas.editor import PersonaEditor
from personabuilder.ui.personas.gallery import PersonaGallery

if TYPE_CHECKING:
    from personabuilder.services.readmodels import PersonaData


def _ui_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class PersonaStudio(QObject):
    """Owns the gallery and editor pages and carries out every persona-level command."""

    lists_changed = Signal()  # personas were added or removed
    # uuid.UUID: the editor now shows this persona (the sidebar follows it).
    persona_shown = Signal(object)

    def __init__(
        self,
        window: QWidget,
        pages: QStackedWidget,
        gateway: WorkspaceGateway,
        current_path: Callable[[], Path | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._gateway = gateway
        self._current_path = current_path
        self._session: EditSession | None = None
        self._gallery_stale = False
        self.gallery = PersonaGallery()
        self.gallery.setObjectName("persona_gallery")
        self.editor = PersonaEditor()
        self.editor.setObjectName("persona_editor")
        pages.addWidget(self.gallery)
        pages.addWidget(self.editor)
        self.gallery.persona_activated.connect(self._on_gallery_persona_activated)
        self.gallery.new_persona_requested.connect(self.new_persona)
        self.templates_menu = QMenu(window)
        self.templates_menu.setObjectName("persona_templates_menu")
        self.templates_menu.aboutToShow.connect(self._on_templates_menu_about_to_show)
        self.gallery.set_new_menu(self.templates_menu)
        self.actions: dict[str, QAction] = {}
        # The menu acts on the personas of the page shown: on another page (a map, whose
        # Ctrl+Shift+C copies the map) its verbs have nothing to act on and are off.
        pages.currentChanged.connect(self._update_actions)

    # -- pages ---------------------------------------------------------------------------

    def set_session(self, session: EditSession | None) -> None:
        """Works on ``session``'s workspace (None: nothing open)."""
        self._session = session
        self.gallery.set_services(session.services if session else None)
        self.gallery.set_read_only(self._read_only)
        self.editor.set_session(session)
        if session is not None:
            session.personas_changed.connect(self._on_session_personas_changed)
            session.persona_changed.connect(self._on_session_persona_changed)
        self._update_actions()

    def show_gallery(self) -> None:
        """Shows the gallery page."""
        if self._gallery_stale:
            self.gallery.refresh()
            self._gallery_stale = False
        self._pages.setCurrentWidget(self.gallery)
        self._update_actions()

    def show_persona(self, persona_id: uuid.UUID) -> None:
        """Shows the editor on one persona."""
        self.editor.show_persona(persona_id)
        self._pages.setCurrentWidget(self.editor)
        self._update_actions()
        self.persona_shown.emit(persona_id)

    def current_ids(self) -> list[uuid.UUID]:
        """The personas the Persona menu acts on: the one edited, or those selected."""
        page = self._pages.currentWidget()
        if page is self.editor and self.editor.persona_id is not None:
            return [self.editor.persona_id]
        if page is self.gallery:
            return self.gallery.selected_ids()
        return []

    @Slot(object)
    def _on_gallery_persona_activated(self, persona_id: uuid.UUID) -> None:
        self.show_persona(persona_id)

    @Slot()
    def _on_session_personas_changed(self) -> None:
        self._refresh_gallery()
        self.lists_changed.emit()
        shown = self.editor.persona_id
        if self._pages.currentWidget() is self.editor and shown is not None:
            assert self._session is not None
            try:
                self._session.services.listing.persona(shown)
            except NotFoundError:
                self.show_gallery()

    @Slot(object)
    def _on_session_persona_changed(self, _persona_id: uuid.UUID) -> None:
        self._refresh_gallery()

    def _refresh_gallery(self) -> None:
        # A hidden gallery is refreshed when it is next shown, not on every keystroke.
        if self._pages.currentWidget() is self.gallery:
            self.gallery.refresh()
        else:
            self._gallery_stale = True

    # -- menu ----------------------------------------------------------------------------

    def build_menu(self, menu: QMenu) -> None:
        """Fills the Persona menu."""
        self.new_menu = menu.addMenu(QCoreApplication.translate("PersonaStudio", "&New Persona"))
        self.new_menu.aboutToShow.connect(self._fill_new_menu)
        self._fill_new_menu()
        specs: list[tuple[str, str, Callable[[], None], QKeySequence | None]] = [
            (
                "show_gallery",
                QCoreApplication.translate("PersonaStudio", "Persona &Gallery"),
                self.show_gallery,
                QKeySequence("Ctrl+G"),
            ),
            (
                "duplicate",
                QCoreApplication.translate("PersonaStudio", "&Duplicate"),
                self.duplicate,
                QKeySequence("Ctrl+D"),
            ),
            (
                "delete",
                QCoreApplication.translate("PersonaStudio", "De&lete Persona"),
                self.delete,
                QKeySequence("Ctrl+Del"),
            ),
            (
                "copy",
                QCoreApplication.translate("PersonaStudio", "&Copy Personas"),
                self.copy,
                QKeySequence("Ctrl+Shift+C"),
            ),
            (
                "paste",
                QCoreApplication.translate("PersonaStudio", "&Paste Personas"),
                self.paste,
                QKeySequence("Ctrl+Shift+V"),
            ),
            (
                "import",
                QCoreApplication.translate("PersonaStudio", "&Import Personas from Workspace..."),
                self.import_from_workspace,
                None,
            ),
        ]
        for key, text, handler, shortcut in specs:
            if key in ("duplicate", "copy", "import"):
                menu.addSeparator()
            action = QAction(text, self._window)
            action.setObjectName(f"action_persona_{key}")
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            menu.addAction(action)
            self.actions[key] = action
        self._update_actions()

    def install_view_shortcuts(self, views: list[QWidget]) -> None:
        """Delete, Ctrl+C and Ctrl+V act on personas where lists of personas have focus.

        They are not window-wide: in a text field the same keys must edit text.
        """
        keys = QKeySequence.StandardKey
        for view in views:
            for key, handler in (
                (QKeySequence(keys.Delete), self.delete),
                (QKeySequence(keys.Copy), self.copy),
                (QKeySequence(keys.Paste), self.paste),
            ):
                shortcut = QShortcut(key, view)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(handler)

    @property
    def _read_only(self) -> bool:
        return self._session is not None and self._session.read_only

    def _fill_new_menu(self) -> None:
        self._fill_templates(self.new_menu)
        self.new_menu.setEnabled(self._session is not None and not self._read_only)

    @Slot()
    def _on_templates_menu_about_to_show(self) -> None:
        self._fill_templates(self.templates_menu)
        blank = QAction(
            QCoreApplication.translate("PersonaStudio", "Blank Persona"), self.templates_menu
        )
        blank.triggered.connect(self.new_persona)
        first = self.templates_menu.actions()[0]
        self.templates_menu.insertAction(first, blank)
        self.templates_menu.insertSeparator(first)

    def _fill_templates(self, menu: QMenu) -> None:
        from personabuilder.services.starters import persona_templates

        menu.clear()
        for template in persona_templates(_ui_language()):
            action = menu.addAction(
                QCoreApplication.translate("PersonaStudio", "From Template: %1").replace(
                    "%1", template.label
                )
            )
            action.triggered.connect(lambda _checked=False, d=template.data: self._create(d))
        menu.addSeparator()
        custom = menu.addAction(QCoreApplication.translate("PersonaStudio", "Custom Archetype..."))
        custom.setObjectName("action_persona_new_custom")
        custom.triggered.connect(self.new_custom)

    def _update_actions(self) -> None:
        has = self._session is not None
        some = bool(self.current_ids())
        for key, action in self.actions.items():
            # A read-only workspace keeps what only reads: the gallery and copying.
            edits = key not in ("show_gallery", "copy")
            action.setEnabled(
                has
                and not (edits and self._read_only)
                and (some or key in ("show_gallery", "paste", "import"))
            )
        if hasattr(self, "new_menu"):
            self.new_menu.setEnabled(has and not self._read_only)

    # -- verbs ---------------------------------------------------------------------------

    def _push_and_show(self, command: object) -> None:
        assert self._session is not None
        from personabuilder.ui.personas.commands import CreationCommand

        assert isinstance(command, CreationCommand)
        self._session.undo_stack.push(command)
        if command.persona_id is not None:
            self.show_persona(command.persona_id)

    def _create(self, data: "PersonaData") -> None:
        if self._session is None or self._read_only:
            return
        text = QCoreApplication.translate("PersonaStudio", "New persona")
        command = create_persona(self._session, data, text)
        self._push_and_show(command)
        if self._pages.currentWidget() is self.editor:
            self.editor.start_editing()

    @Slot()
    def new_persona(self) -> None:
        """The gallery's New persona button: a blank persona, of the archetype filtered on."""
        if self._session is None or self._read_only:
            return
        from personabuilder.services.readmodels import PersonaData

        kind = self.gallery.archetype_box.currentData()
        archetype = Archetype(kind) if kind else Archetype.CUSTOM
        name = QCoreApplication.translate("PersonaStudio", "New persona")
        self._create(PersonaData(name=name, archetype=archetype))

    @Slot()
    def new_custom(self) -> None:
        """Persona › New Persona › Custom Archetype: asks for the archetype's name."""
        if self._session is None or self._read_only:
            return
        name = dialogs.ask_text(
            self._window,
            QCoreApplication.translate("PersonaStudio", "New Custom Persona"),
            QCoreApplication.translate(
                "PersonaStudio", "Name of the archetype (for example “Procurement officer”):"
            ),
            "",
        )
        if name is None:
            return
        if not name.strip():
            dialogs.warn(
                self._window,
                QCoreApplication.translate("PersonaStudio", "New Custom Persona"),
                QCoreApplication.translate("PersonaStudio", "The archetype needs a name."),
            )
            return
        from personabuilder.services.starters import blank_persona

        self._create(
            blank_persona(name, QCoreApplication.translate("PersonaStudio", "New persona"))
        )

    @Slot()
    def duplicate(self) -> None:
        """Persona › Duplicate."""
        ids = self.current_ids()
        if self._session is None or self._read_only or not ids:
            return
        for persona_id in ids:
            try:
                name = self._session.services.listing.persona(persona_id).name
            except NotFoundError:
                continue
            copy_name = QCoreApplication.translate("PersonaStudio", "%1 (copy)").replace("%1", name)
            self._push_and_show(duplicate_persona(self._session, persona_id, copy_name))

    @Slot()
    def delete(self) -> None:
        """Persona › Delete: says first which journey maps use the persona."""
        ids = self.current_ids()
        if self._session is None or self._read_only or not ids:
            return
        for persona_id in ids:
            try:
                detail = self._session.services.personas.get(persona_id)
            except NotFoundError:
                continue
            titles = [title for _id, title in detail.journeys]
            if persona_editor.confirm_delete(self._window, detail.data.name, titles):
                self._session.undo_stack.push(delete_persona(self._session, persona_id))

    @Slot()
    def copy(self) -> None:
        """Persona › Copy: puts the personas on the clipboard for any workspace."""
        ids = self.current_ids()
        if self._session is None or not ids:
            return
        from personabuilder.services.clipboard import MIME_TYPE, personas_to_json

        items = self._session.services.personas.data_of(ids)
        mime = QMimeData()
        mime.setData(MIME_TYPE, personas_to_json(items).encode("utf-8"))
        mime.setText("\n".join(item.name for item in items))
        QGuiApplication.clipboard().setMimeData(mime)

    @Slot()
    def paste(self) -> None:
        """Persona › Paste: adds the personas on the clipboard, in one undo step."""
        if self._session is None or self._read_only:
            return
        from personabuilder.services.clipboard import MIME_TYPE, personas_from_json

        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not mime.hasFormat(MIME_TYPE):
            dialogs.warn(
                self._window,
                QCoreApplication.translate("PersonaStudio", "Paste Personas"),
                QCoreApplication.translate("PersonaStudio", "The clipboard holds no personas."),
            )
            return
        try:
            items = personas_from_json(bytes(mime.data(MIME_TYPE).data()).decode("utf-8"))
        except (ValidationError, UnicodeDecodeError) as exc:
            dialogs.warn(
                self._window,
                QCoreApplication.translate("PersonaStudio", "Paste Personas"),
                str(exc),
            )
            return
        if items:
            self._push_and_show(
                add_personas(
                    self._session,
                    items,
                    QCoreApplication.translate("PersonaStudio", "Paste personas"),
                )
            )

    @Slot()
    def import_from_workspace(self) -> None:
        """Persona › Import Personas from Workspace: copies chosen personas from a file."""
        if self._session is None or self._read_only:
            return
        current = self._current_path()
        path = dialogs.ask_open_path(self._window, current.parent if current else Path.home())
        if path is None:
            return
        if current is not None and path.resolve() == current.resolve():
            dialogs.warn(
                self._window,
                QCoreApplication.translate("PersonaStudio", "Import Personas"),
                QCoreApplication.translate(
                    "PersonaStudio", "Choose another workspace than the one that is open."
                ),
            )
            return
        try:
            source = self._gateway.open_to_read(path)
        except WorkspaceOpenError as exc:
            dialogs.warn(
                self._window,
                QCoreApplication.translate("PersonaStudio", "Import Personas"),
                exc.detail,
            )
            return
        try:
            chosen = import_dialog.choose_personas(
                self._window, path.name, source.services.listing.personas()
            )
            items = source.services.personas.data_of(chosen) if chosen else []
        finally:
            source.close()
        if items:
            text = QCoreApplication.translate("PersonaStudio", "Import personas")
            self._push_and_show(add_personas(self._session, items, text))
