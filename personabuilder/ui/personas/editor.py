"""The persona editor: every field of a persona, saved at once and undoable, and its card."""

import uuid
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QLocale,
    QObject,
    QStringListModel,
    Qt,
    Slot,
)
from PySide6.QtGui import (
    QKeyEvent,
    QKeySequence,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from personabuilder.model import Archetype
from personabuilder.services.readmodels import PersonaData, PersonaDetail
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.common.labels import archetype_label
from personabuilder.ui.common.list_editor import ListEditor
from personabuilder.ui.common.read_only import ReadOnlyBanner, set_fields_read_only
from personabuilder.ui.personas.card import MARGIN as CARD_MARGIN
from personabuilder.ui.personas.card import avatar_image, card_html, score_dots
from personabuilder.ui.personas.commands import FieldValue, edit_field, set_photo

# The limits of personabuilder.model.tables (NAME_MAX, TEXT_MAX) and of
# services.photos (MAX_FILE_BYTES), repeated because importing those modules loads
# SQLAlchemy and Pillow, which the window does not need to start.
NAME_MAX = 200
TEXT_MAX = 20_000
PHOTO_FILE_MAX = 30 * 1024 * 1024

LINE_FIELDS = (
    "custom_archetype",
    "job_title",
    "company",
    "company_size",
    "industry",
    "age_band",
    "location",
)
AREA_FIELDS = ("quote", "bio")
EDITED_LISTS = (
    "goals",
    "pain_points",
    "motivations",
    "objections",
    "decision_criteria",
    "channels",
    "tools",
)
SCORE_FIELDS = ("tech_savviness", "influence")
ERROR_COLOUR = "#c62828"
_INVALID_STYLE = f"border: 2px solid {ERROR_COLOUR}; border-radius: 3px;"


# -- avatars ---------------------------------------------------------------------------------


def avatar_pixmap(data: PersonaData, side: int, ratio: float = 1.0) -> QPixmap:
    """The avatar as a pixmap for a label, sharp on high-density screens."""
    pixmap = QPixmap.fromImage(avatar_image(data, round(side * ratio)))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


# -- dialogs (module functions so that tests can answer them) ---------------------------------


def ask_photo_path(parent: QWidget | None) -> Path | None:
    """Asks for a PNG, JPEG or WebP picture to use as a persona's photo."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PersonaEditor", "Import Photo"),
        str(Path.home()),
        QCoreApplication.translate(
            "PersonaEditor", "Images (*.png *.jpg *.jpeg *.webp);;All files (*)"
        ),
    )
    return Path(name) if name else None


def confirm_delete(parent: QWidget | None, persona_name: str, journey_titles: list[str]) -> bool:
    """Asks before deleting a persona; names the journey maps that use it."""
    text = QCoreApplication.translate("PersonaEditor", "Delete the persona “%1”?").replace(
        "%1", persona_name
    )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("PersonaEditor", "Delete Persona"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    if journey_titles:
        used = QCoreApplication.translate(
            "PersonaEditor",
            "It is used by these journey maps, which will lose it and its emotion scores:",
        )
        box.setInformativeText(
            used
            + "\n"
            + "\n".join(f"• {title}" for title in journey_titles)
            + "\n\n"
            + QCoreApplication.translate("PersonaEditor", "You can undo this with Edit › Undo.")
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate("PersonaEditor", "You can undo this with Edit › Undo.")
        )
    delete = box.addButton(
        QCoreApplication.translate("PersonaEditor", "Delete"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is delete


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags of a comma-separated text: trimmed, blanks and repeats left out."""
    seen: dict[str, None] = {}
    for part in text.split(","):
        tag = part.strip()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


class PersonaEditor(QWidget):
    """Edits one persona of an edit session; every change is an undoable command."""

    def __init__(self, session: EditSession | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: EditSession | None = None
        self._persona_id: uuid.UUID | None = None
        self._detail: PersonaDetail | None = None
        self._loading = False
        self._card_dirty = True
        # Edits of a field merge while the focus stays in it; a focus move starts a new group.
        self._group = 0

        self.empty_label = QLabel(self.tr("Select a persona to edit it."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.tabs = QTabWidget()
        self.profile = self._build_edit_page()
        self.profile.setObjectName("persona_profile")
        self.tabs.addTab(self.profile, self.tr("Profile"))
        self.card = QTextBrowser()
        self.card.setObjectName("persona_card")
        self.card.setOpenLinks(False)
        self.card.setAccessibleName(self.tr("Persona card"))
        self.card.document().setDocumentMargin(CARD_MARGIN)
        self.card_source = ""
        self._card_width = 0
        # The chips of the card are laid out in rows for its width.
        self.card.viewport().installEventFilter(self)
        self.tabs.addTab(self.card, self.tr("Card"))
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty_label)
        self.pages.addWidget(self.tabs)
        self.read_only_banner = ReadOnlyBanner(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.pages)

        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_application_focus_changed)
        self.set_session(session)

    # -- building ------------------------------------------------------------------------

    def _build_edit_page(self) -> QScrollArea:
        self.avatar_label = QLabel()
        self.avatar_label.setFixedSize(88, 88)
        self.avatar_label.setAccessibleName(self.tr("Photo"))
        self.title_label = QLabel()
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = self.title_label.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.subtitle_label = QLabel()
        self.subtitle_label.setTextFormat(Qt.TextFormat.PlainText)
        self.import_photo_button = QPushButton(self.tr("Import photo…"))
        self.import_photo_button.setToolTip(
            self.tr("Use a PNG, JPEG or WebP picture; it is cropped to a square and stored.")
        )
        self.import_photo_button.clicked.connect(self._on_import_photo_button_clicked)
        self.remove_photo_button = QPushButton(self.tr("Remove photo"))
        self.remove_photo_button.setToolTip(self.tr("Show the initials instead of a photo."))
        self.remove_photo_button.clicked.connect(self._on_remove_photo_button_clicked)

        titles = QVBoxLayout()
        titles.addStretch(1)
        titles.addWidget(self.title_label)
        titles.addWidget(self.subtitle_label)
        photo_buttons = QHBoxLayout()
        photo_buttons.addWidget(self.import_photo_button)
        photo_buttons.addWidget(self.remove_photo_button)
        photo_buttons.addStretch(1)
        titles.addLayout(photo_buttons)
        titles.addStretch(1)
        header = QHBoxLayout()
        header.addWidget(self.avatar_label)
        header.addSpacing(8)
        header.addLayout(titles, 1)

        # -- text fields, in two columns
        self.name_edit = self._line_edit(self.tr("Name"))
        self.name_edit.setObjectName("persona_name")
        self.name_message = self._message_label()
        self.archetype_combo = QComboBox()
        for archetype in Archetype:
            self.archetype_combo.addItem(archetype_label(archetype), archetype.value)
        self.archetype_combo.setAccessibleName(self.tr("Archetype"))
        self.archetype_combo.activated.connect(self._on_archetype_combo_activated)
        self.line_edits: dict[str, QLineEdit] = {
            field: self._line_edit(self._label(field)) for field in LINE_FIELDS
        }
        for edit in (self.name_edit, *self.line_edits.values()):
            edit.textChanged.connect(self._on_line_edit_text_changed)
        self.text_areas: dict[str, QPlainTextEdit] = {}
        self.area_messages: dict[str, QLabel] = {}
        for field in AREA_FIELDS:
            area = QPlainTextEdit()
            area.setAccessibleName(self._label(field))
            area.setTabChangesFocus(True)
            area.setUndoRedoEnabled(False)
            area.installEventFilter(self)
            lines = 2 if field == "quote" else 5
            height = area.fontMetrics().lineSpacing() * lines
            area.setFixedHeight(height + 2 * area.frameWidth() + 12)
            area.textChanged.connect(self._on_text_area_text_changed)
            self.text_areas[field] = area
            self.area_messages[field] = self._message_label()
        self.score_spins: dict[str, QSpinBox] = {}
        self.score_dots: dict[str, QLabel] = {}
        for field in SCORE_FIELDS:
            spin = QSpinBox()
            spin.setRange(1, 5)
            spin.setAccessibleName(self._label(field))
            spin.setToolTip(self.tr("From 1 (low) to 5 (high)"))
            spin.valueChanged.connect(self._on_score_spin_value_changed)
            self.score_spins[field] = spin
            self.score_dots[field] = QLabel()
        self.tags_edit = self._line_edit(self.tr("Tags"), NAME_MAX * 5)
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. Budget holder, Security"))
        self.tags_edit.textChanged.connect(self._on_tags_edit_text_changed)
        self.tags_edit.textEdited.connect(self._on_tags_edit_text_edited)
        self.tag_completer = QCompleter(QStringListModel(self), self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag_completer.setWidget(self.tags_edit)
        self.tag_completer.activated.connect(self._on_tag_completer_activated)

        left = QFormLayout()
        left.addRow(self.tr("&Name:"), self._with_message(self.name_edit, self.name_message))
        left.addRow(self.tr("&Archetype:"), self.archetype_combo)
        left.addRow(self.tr("Archetype na&me:"), self.line_edits["custom_archetype"])
        left.addRow(self.tr("&Job title:"), self.line_edits["job_title"])
        left.addRow(self.tr("&Company:"), self.line_edits["company"])
        left.addRow(self.tr("Company si&ze:"), self.line_edits["company_size"])
        self._left_form = left
        right = QFormLayout()
        right.addRow(self.tr("In&dustry:"), self.line_edits["industry"])
        right.addRow(self.tr("A&ge band:"), self.line_edits["age_band"])
        right.addRow(self.tr("&Location:"), self.line_edits["location"])
        right.addRow(self.tr("&Tech savviness:"), self._score_row("tech_savviness"))
        right.addRow(self.tr("Infl&uence on the decision:"), self._score_row("influence"))
        right.addRow(self.tr("Tag&s:"), self.tags_edit)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        texts = QFormLayout()
        texts.addRow(
            self.tr("&Quote:"),
            self._with_message(self.text_areas["quote"], self.area_messages["quote"]),
        )
        texts.addRow(
            self.tr("&Bio:"), self._with_message(self.text_areas["bio"], self.area_messages["bio"])
        )

        # -- list fields, in a grid of two columns
        self.list_editors: dict[str, ListEditor] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for i, field in enumerate(EDITED_LISTS):
            editor = ListEditor(self._label(field))
            editor.items_edited.connect(self._on_list_editor_items_edited)
            self.list_editors[field] = editor
            box = QGroupBox(self._label(field))
            box_layout = QVBoxLayout(box)
            box_layout.setContentsMargins(6, 6, 6, 6)
            box_layout.addWidget(editor)
            grid.addWidget(box, i // 2, i % 2)
        hint = QLabel(
            self.tr(
                "Double-click or press F2 to edit an entry; Insert adds one, Delete removes it, "
                "Ctrl+Up and Ctrl+Down move it."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        self.list_hint = hint

        form = QWidget()
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(12, 12, 12, 12)
        form_layout.addLayout(header)
        form_layout.addSpacing(8)
        form_layout.addLayout(columns)
        form_layout.addLayout(texts)
        form_layout.addSpacing(4)
        form_layout.addWidget(hint)
        form_layout.addLayout(grid)
        form_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form)
        return scroll

    def _line_edit(self, name: str, max_length: int = NAME_MAX) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        edit.setAccessibleName(name)
        edit.installEventFilter(self)
        return edit

    def _message_label(self) -> QLabel:
        label = QLabel()
        label.setStyleSheet(f"color: {ERROR_COLOUR};")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.hide()
        return label

    def _with_message(self, field: QWidget, message: QLabel) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(message)
        box.setFocusProxy(field)
        return box

    def _score_row(self, field: str) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.score_spins[field])
        layout.addWidget(self.score_dots[field])
        layout.addStretch(1)
        box.setFocusProxy(self.score_spins[field])
        return box

    def _label(self, field: str) -> str:
        return {
            "custom_archetype": self.tr("Archetype name"),
            "job_title": self.tr("Job title"),
            "company": self.tr("Company"),
            "company_size": self.tr("Company size"),
            "industry": self.tr("Industry"),
            "age_band": self.tr("Age band"),
            "location": self.tr("Location"),
            "quote": self.tr("Quote"),
            "bio": self.tr("Bio"),
            "goals": self.tr("Goals"),
            "pain_points": self.tr("Pain points"),
            "motivations": self.tr("Motivations"),
            "objections": self.tr("Objections"),
            "decision_criteria": self.tr("Decision criteria"),
            "channels": self.tr("Preferred channels"),
            "tools": self.tr("Tools"),
            "tech_savviness": self.tr("Tech savviness"),
            "influence": self.tr("Influence on the decision"),
        }[field]

    # -- session and persona -------------------------------------------------------------

    @property
    def session(self) -> EditSession | None:
        """The edit session the editor works in."""
        return self._session

    @property
    def persona_id(self) -> uuid.UUID | None:
        """The persona shown (it may no longer exist)."""
        return self._persona_id

    @property
    def detail(self) -> PersonaDetail | None:
        """The persona as last read from the workspace, None when none is shown."""
        return self._detail

    def set_session(self, session: EditSession | None) -> None:
        """Works in ``session`` (None: nothing to edit); shows no persona.

        Call it before the session goes away (when the window closes its workspace).
        """
        if self._session is not None:
            self._session.persona_changed.disconnect(self._on_session_persona_changed)
            self._session.personas_changed.disconnect(self._on_session_personas_changed)
        self._session = session
        if session is not None:
            session.persona_changed.connect(self._on_session_persona_changed)
            session.personas_changed.connect(self._on_session_personas_changed)
        self._apply_read_only()
        self.show_persona(None)

    @property
    def read_only(self) -> bool:
        """True when the session may not change the workspace: fields are for reading."""
        return self._session is not None and self._session.read_only

    def _apply_read_only(self) -> None:
        read_only = self.read_only
        self.read_only_banner.set_read_only(read_only)
        set_fields_read_only(
            (
                self.name_edit,
                *self.line_edits.values(),
                *self.text_areas.values(),
                *self.score_spins.values(),
                self.tags_edit,
                self.archetype_combo,
            ),
            read_only,
        )
        for editor in self.list_editors.values():
            editor.set_read_only(read_only)
        for widget in (self.import_photo_button, self.remove_photo_button, self.list_hint):
            widget.setVisible(not read_only)

    def show_persona(self, persona_id: uuid.UUID | None) -> None:
        """Shows a persona for editing (None: the empty state)."""
        self._persona_id = persona_id
        self._detail = None
        self._group += 1
        for label in (self.name_message, *self.area_messages.values()):
            self._set_message(label, None, None)
        if persona_id is not None and self._session is not None:
            self._refresh_tag_completions()
        self.reload()

    def start_editing(self) -> None:
        """Shows the Profile tab from its top with the name selected, ready to be typed over."""
        if self._detail is None:
            return
        self.tabs.setCurrentWidget(self.profile)
        self.profile.verticalScrollBar().setValue(0)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.name_edit.selectAll()

    def reload(self) -> None:
        """Reads the shown persona again and shows what changed, without pushing edits."""
        detail: PersonaDetail | None = None
        if self._persona_id is not None and self._session is not None:
            try:
                detail = self._session.services.personas.get(self._persona_id)
            except LookupError:
                detail = None
        self._detail = detail
        if detail is None:
            self.empty_label.setText(
                self.tr("This persona no longer exists.")
                if self._persona_id is not None
                else self.tr("Select a persona to edit it.")
            )
            self.pages.setCurrentWidget(self.empty_label)
            return
        self._loading = True
        try:
            self._show_data(detail.data)
        finally:
            self._loading = False
        self.pages.setCurrentWidget(self.tabs)
        self._card_dirty = True
        if self.tabs.currentWidget() is self.card:
            self._render_card()

    def _show_data(self, d: PersonaData) -> None:
        """Puts stored values in the fields that differ; equal fields keep their cursor."""
        if self.name_edit.text().strip() != d.name:
            self.name_edit.setText(d.name)
            self._set_message(self.name_message, self.name_edit, None)
        for field, edit in self.line_edits.items():
            value = getattr(d, field)
            if edit.text().strip() != value:
                edit.setText(value)
        for field, area in self.text_areas.items():
            value = getattr(d, field)
            if area.toPlainText().strip() != value:
                area.setPlainText(value)
                self._set_message(self.area_messages[field], area, None)
        self.archetype_combo.setCurrentIndex(self.archetype_combo.findData(d.archetype.value))
        custom = d.archetype is Archetype.CUSTOM
        self._left_form.setRowVisible(self.line_edits["custom_archetype"], custom)
        for field, spin in self.score_spins.items():
            value = getattr(d, field)
            if spin.value() != value:
                spin.setValue(value)
            self.score_dots[field].setText(score_dots(value))
        if parse_tags(self.tags_edit.text()) != d.tags:
            self.tags_edit.setText(", ".join(d.tags))
        for field, editor in self.list_editors.items():
            value = list(getattr(d, field))
            if editor.items() != value:
                editor.set_items(value)
        ratio = self.devicePixelRatioF()
        self.avatar_label.setPixmap(avatar_pixmap(d, self.avatar_label.width(), ratio))
        self.title_label.setText(d.name)
        subtitle = [archetype_label(d.archetype, d.custom_archetype), d.job_title, d.company]
        self.subtitle_label.setText(" · ".join(p for p in subtitle if p))
        self.remove_photo_button.setEnabled(d.photo is not None and not self.read_only)

    def _refresh_tag_completions(self) -> None:
        assert self._session is not None
        model = self.tag_completer.model()
        assert isinstance(model, QStringListModel)
        model.setStringList(self._session.services.listing.tags())

    def _render_card(self) -> None:
        if self._detail is None:
            self.card.clear()
            return
        self._card_width = self.card.viewport().width()
        self.card_source = card_html(
            # The editor's palette: it changes before the card's follows it.
            self._detail,
            self.palette(),
            self._card_width,
            self.card.font(),
        )
        self.card.setHtml(self.card_source)
        self._card_dirty = False

    # -- pushing edits -------------------------------------------------------------------

    def _push(self, field: str, new: FieldValue) -> None:
        """Pushes an edit of ``field`` unless it changes nothing."""
        if self._loading or self._session is None or self._detail is None:
            return
        old = getattr(self._detail.data, field)
        if old == new:
            return
        command = edit_field(
            self._session,
            self._detail.id,
            field,
            old,
            new,
            group=self._group,
            base=self._detail.base,
        )
        self._session.undo_stack.push(command)
        if command.error is not None and not command.connection_lost:
            # The edit was refused (and the user told why): show what is stored. With the
            # team server out of reach, what the user typed stays in the field instead.
            self.reload()

    def _set_message(self, label: QLabel, field: QWidget | None, message: str | None) -> None:
        """Shows (or hides, with None) an inline problem under a field, framing it in red."""
        if message:
            label.setText(message)
            label.show()
        else:
            label.clear()
            label.hide()
        if field is not None:
            field.setStyleSheet(_INVALID_STYLE if message else "")
            field.setAccessibleDescription(message or "")

    @Slot(str)
    def _on_line_edit_text_changed(self, text: str) -> None:
        if self._loading:
            return
        sender = self.sender()
        if sender is self.name_edit:
            if not text.strip():
                self._set_message(self.name_message, self.name_edit, self.tr("A name is required."))
                return
            self._set_message(self.name_message, self.name_edit, None)
            self._push("name", text.strip())
            return
        for field, edit in self.line_edits.items():
            if edit is sender:
                self._push(field, text.strip())
                return

    @Slot()
    def _on_text_area_text_changed(self) -> None:
        if self._loading:
            return
        for field, area in self.text_areas.items():
            if area is not self.sender():
                continue
            text = area.toPlainText().strip()
            if len(text) > TEXT_MAX:
                message = self.tr("This text is %1 characters long; the limit is %2.")
                locale = QLocale()
                message = message.replace("%1", locale.toString(len(text))).replace(
                    "%2", locale.toString(TEXT_MAX)
                )
                self._set_message(self.area_messages[field], area, message)
                return
            self._set_message(self.area_messages[field], area, None)
            self._push(field, text)
            return

    @Slot(int)
    def _on_archetype_combo_activated(self, index: int) -> None:
        self._push("archetype", Archetype(self.archetype_combo.itemData(index)))

    @Slot(int)
    def _on_score_spin_value_changed(self, value: int) -> None:
        for field, spin in self.score_spins.items():
            if spin is self.sender():
                self.score_dots[field].setText(score_dots(value))
                self._push(field, value)

    @Slot(str)
    def _on_tags_edit_text_changed(self, text: str) -> None:
        self._push("tags", parse_tags(text))

    @Slot(str)
    def _on_tags_edit_text_edited(self, text: str) -> None:
        # Completes the tag being typed: the text between the last comma and the cursor.
        word = text[: self.tags_edit.cursorPosition()].rsplit(",", 1)[-1].strip()
        popup = self.tag_completer.popup()
        if not word or popup is None:
            if popup is not None:
                popup.hide()
            return
        self.tag_completer.setCompletionPrefix(word)
        if self.tag_completer.completionCount() == 0:
            popup.hide()
            return
        self.tag_completer.complete()

    @Slot(str)
    def _on_tag_completer_activated(self, tag: str) -> None:
        text = self.tags_edit.text()
        cursor = self.tags_edit.cursorPosition()
        head, tail = text[:cursor], text[cursor:]
        comma = head.rfind(",")
        before = head[: comma + 1] + " " if comma >= 0 else ""
        new_head = f"{before}{tag}, "
        self.tags_edit.setText(new_head + tail.lstrip(" ,"))
        self.tags_edit.setCursorPosition(len(new_head))

    @Slot(list)
    def _on_list_editor_items_edited(self, items: list[str]) -> None:
        for field, editor in self.list_editors.items():
            if editor is self.sender():
                self._push(field, tuple(items))
                return

    @Slot()
    def _on_import_photo_button_clicked(self) -> None:
        if self._session is None or self._detail is None:
            return
        path = ask_photo_path(self)
        if path is None:
            return
        try:
            size = path.stat().st_size
            if size > PHOTO_FILE_MAX:
                message = self.tr("The image file is %1 MB; the limit is %2 MB.")
                message = message.replace("%1", str(round(size / 1_048_576))).replace(
                    "%2", str(PHOTO_FILE_MAX // 1_048_576)
                )
                self._session.edit_failed.emit(message)
                return
            raw = path.read_bytes()
        except OSError as exc:
            message = self.tr("The file “%1” cannot be read: %2")
            self._session.edit_failed.emit(
                message.replace("%1", path.name).replace("%2", exc.strerror or str(exc))
            )
            return
        d = self._detail.data
        self._session.undo_stack.push(
            set_photo(self._session, self._detail.id, (d.photo, d.photo_mime), raw)
        )

    @Slot()
    def _on_remove_photo_button_clicked(self) -> None:
        if self._session is None or self._detail is None or self._detail.data.photo is None:
            return
        d = self._detail.data
        self._session.undo_stack.push(
            set_photo(self._session, self._detail.id, (d.photo, d.photo_mime), None)
        )

    # -- session signals -----------------------------------------------------------------

    @Slot(object)
    def _on_session_persona_changed(self, persona_id: uuid.UUID) -> None:
        if persona_id == self._persona_id:
            self.reload()

    @Slot()
    def _on_session_personas_changed(self) -> None:
        # The shown persona may have been deleted, or brought back by an undo.
        if self._persona_id is not None:
            self.reload()
            if self._detail is not None:
                self._refresh_tag_completions()

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.card and self._card_dirty:
            self._render_card()

    @Slot(QWidget, QWidget)
    def _on_application_focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        self._group += 1

    # -- events --------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: the card takes the colours of a new theme."""
        themed = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in themed and hasattr(self, "card"):
            self._card_dirty = True
            if self.tabs.currentWidget() is self.card:
                self._render_card()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: Undo and Redo keys in a field go to the workspace's undo stack."""
        if (
            event.type() == QEvent.Type.Resize
            and watched is self.card.viewport()
            and self._detail is not None
            and abs(self.card.viewport().width() - self._card_width) > 24
        ):
            if self.tabs.currentWidget() is self.card:
                scroll = self.card.verticalScrollBar().value()
                self._render_card()
                self.card.verticalScrollBar().setValue(scroll)
            else:
                self._card_dirty = True
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
            )
        ):
            # Left unaccepted, the key reaches the window's Edit > Undo / Redo actions
            # instead of the field's private undo history.
            event.ignore()
            return True
        return super().eventFilter(watched, event)
