"""The journey map page (grid, emotion curve, snapshots) and the Journey menu's verbs."""

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from personabuilder.services.errors import NotFoundError
from personabuilder.services.readmodels import JourneyDetail, PersonaSummary
from personabuilder.ui.common.commands import EditSession, ServiceCommand, note_read_only
from personabuilder.ui.common.read_only import ReadOnlyBanner
from personabuilder.ui.journeys.emotion_curve import EmotionCurve
from personabuilder.ui.journeys.grid import JourneyGridView
from personabuilder.ui.journeys.map_emotion_lane import EmotionLane
from personabuilder.ui.journeys.snapshots import open_snapshots

if TYPE_CHECKING:
    from personabuilder.services.journey_templates import JourneyTemplate
    from personabuilder.services.readmodels import JourneySpec


def _ui_language() -> str:
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


# -- commands ------------------------------------------------------------------------------


class CreateJourneyCommand(ServiceCommand):
    """Creates a journey map; undo deletes it, redo puts back the very same map."""

    def __init__(self, session: EditSession, spec: "JourneySpec") -> None:
        super().__init__(
            session,
            QCoreApplication.translate("JourneyStudio", "New journey map"),
            self._step,
        )
        self.spec = spec
        self.journey_id: uuid.UUID | None = None
        self._record: object | None = None

    def _step(self, forward: bool) -> None:
        services = self.session.services
        if forward:
            if self._record is None:
                self.journey_id = services.journeys.create(self.spec)
            else:
                services.journey_lifecycle.restore(self._record)  # type: ignore[arg-type]
        else:
            assert self.journey_id is not None
            self._record = services.journey_lifecycle.delete(self.journey_id)
        self.session.journeys_changed.emit()


class NewJourneyDialog(QDialog):
    """Template, title and followed personas of a new journey map."""

    def __init__(
        self, templates: list["JourneyTemplate"], personas: list[PersonaSummary], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("JourneyStudio", "New Journey Map"))
        self.templates = templates
        self.group = QButtonGroup(self)
        template_box = QVBoxLayout()
        for i, template in enumerate(templates):
            label = QCoreApplication.translate("JourneyStudio", "%1 (%2 stages)")
            button = QRadioButton(
                label.replace("%1", template.title).replace("%2", str(template.stage_count))
            )
            self.group.addButton(button, i)
            template_box.addWidget(button)
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.group.idToggled.connect(self._on_group_id_toggled)
        self.personas = QListWidget()
        self.personas.setAccessibleName(
            QCoreApplication.translate("JourneyStudio", "Personas the map follows")
        )
        for persona in personas:
            item = QListWidgetItem(persona.name)
            item.setData(Qt.ItemDataRole.UserRole, str(persona.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.personas.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("JourneyStudio", "Start from:"), template_box)
        form.addRow(QCoreApplication.translate("JourneyStudio", "Title:"), self.title)
        form.addRow(QCoreApplication.translate("JourneyStudio", "Personas:"), self.personas)
        form.addRow(buttons)
        self.group.button(0).setChecked(True)

    @Slot(int, bool)
    def _on_group_id_toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.title.setText(self.templates[index].title)

    def result_spec(self) -> "JourneySpec":
        """The map to create, as chosen."""
        from dataclasses import replace

        template = self.templates[max(self.group.checkedId(), 0)]
        ids = [
            uuid.UUID(self.personas.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.personas.count())
            if self.personas.item(i).checkState() == Qt.CheckState.Checked
        ]
        return replace(template.for_personas(ids), title=self.title.text())


def ask_new_journey(
    parent: QWidget, templates: list["JourneyTemplate"], personas: list[PersonaSummary]
) -> "JourneySpec | None":
    """Asks for a new map's template, title and personas; None when cancelled."""
    dialog = NewJourneyDialog(templates, personas, parent)
    return dialog.result_spec() if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_linked_personas(
    parent: QWidget, personas: list[PersonaSummary], linked: list[uuid.UUID]
) -> list[uuid.UUID] | None:
    """Asks which personas a map follows (ticked list); None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("JourneyStudio", "Linked Personas"))
    listing = QListWidget()
    listing.setAccessibleName(
        QCoreApplication.translate("JourneyStudio", "Personas the map follows")
    )
    for persona in personas:
        item = QListWidgetItem(persona.name)
        item.setData(Qt.ItemDataRole.UserRole, str(persona.id))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        ticked = persona.id in linked
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        listing.addItem(item)
    note = QLabel(
        QCoreApplication.translate(
            "JourneyStudio",
            "A persona taken off the map takes its emotion scores with it (Edit › Undo "
            "brings them back).",
        )
    )
    note.setWordWrap(True)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(listing)
    layout.addWidget(note)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return [
        uuid.UUID(listing.item(i).data(Qt.ItemDataRole.UserRole))
        for i in range(listing.count())
        if listing.item(i).checkState() == Qt.CheckState.Checked
    ]


class JourneyPage(QWidget):
    """One journey map: the stages x lanes grid above the emotion curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: EditSession | None = None
        self.journey_id: uuid.UUID | None = None
        self.title = QLabel()
        self.title.setObjectName("journey_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.snapshots_button = QPushButton(
            QCoreApplication.translate("JourneyStudio", "Snapshots...")
        )
        self.snapshots_button.clicked.connect(self._on_snapshots_button_clicked)
        self.personas_button = QPushButton(
            QCoreApplication.translate("JourneyStudio", "Personas...")
        )
        self.personas_button.clicked.connect(self.choose_personas)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.personas_button)
        header.addWidget(self.snapshots_button)
        self.grid = JourneyGridView()
        self.curve = EmotionCurve(score_setter=self._set_score)
        self.curve.setAccessibleName(QCoreApplication.translate("JourneyStudio", "Emotion curves"))
        # The curves sit in the map's emotion lane; their legend goes above the map.
        self.legend = self.curve.detach_legend()
        self.emotion_lane = EmotionLane(self.grid, self.curve)
        map_page = QWidget()
        map_layout = QVBoxLayout(map_page)
        map_layout.setContentsMargins(0, 0, 0, 0)
        map_layout.setSpacing(2)
        map_layout.addWidget(self.legend)
        map_layout.addWidget(self.grid, 1)
        self.empty = self._empty_state()
        self.map_stack = QStackedWidget()
        self.map_stack.addWidget(map_page)
        self.map_stack.addWidget(self.empty)
        from personabuilder.ui.metrics.panel import MetricsPanel

        self.metrics = MetricsPanel()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.map_stack, QCoreApplication.translate("JourneyStudio", "Map"))
        self.tabs.addTab(self.metrics, QCoreApplication.translate("JourneyStudio", "Metrics"))
        self._metrics_detail: JourneyDetail | None = None
        self._metrics_stale = False
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.read_only_banner = ReadOnlyBanner(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_banner)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        from personabuilder.ui.deliverables.copy_map import install_copy_map_action

        # Ctrl+Shift+C: the map as a PNG (and SVG) on the clipboard, for slides and wikis.
        self.copy_map_action, self.map_copier = install_copy_map_action(
            self,
            lambda: self._session.services if self._session is not None else None,
            lambda: self.journey_id,
        )
        self.map_copier.copied.connect(self._on_map_copier_copied)
        self.map_copier.failed.connect(self._on_map_copier_failed)

    def _status(self, text: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    @Slot(int, int)
    def _on_map_copier_copied(self, width: int, height: int) -> None:
        self._status(
            QCoreApplication.translate(
                "JourneyStudio",
                "Map copied as an image (%1 x %2 px): paste it into slides or a wiki.",
            )
            .replace("%1", str(width))
            .replace("%2", str(height))
        )

    @Slot(str)
    def _on_map_copier_failed(self, message: str) -> None:
        self._status(message)

    def _empty_state(self) -> QWidget:
        """What a map without stages shows: a sentence and the button that starts it."""
        empty = QWidget()
        empty.setObjectName("journey_empty")
        heading = QLabel(QCoreApplication.translate("JourneyStudio", "No stages yet"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            QCoreApplication.translate(
                "JourneyStudio",
                "Stages are the steps your customers go through, from first hearing of "
                "you to renewing. Add the first one, then fill in its lanes.",
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed width lets the label work out its height: centred, it is never cut.
        text.setFixedWidth(440)
        self.add_first_stage_button = QPushButton(
            QCoreApplication.translate("JourneyStudio", "Add your first stage")
        )
        self.add_first_stage_button.setDefault(True)
        self.add_first_stage_button.setMinimumHeight(
            self.add_first_stage_button.sizeHint().height() + 8
        )
        self.add_first_stage_button.clicked.connect(self._on_add_first_stage_button_clicked)
        column = QVBoxLayout()
        column.addWidget(heading)
        column.addSpacing(8)
        column.addWidget(text)
        column.addSpacing(16)
        column.addWidget(self.add_first_stage_button, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column)
        row.addStretch(1)
        layout = QVBoxLayout(empty)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        return empty

    def _refresh_metrics(self) -> None:
        if self._metrics_stale:
            self._metrics_stale = False
            self.metrics.set_detail(self._metrics_detail)

    @Slot(int)
    def _on_tabs_current_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.metrics:
            self._refresh_metrics()

    @Slot()
    def _on_add_first_stage_button_clicked(self) -> None:
        self.grid.add_stage(0)

    def _set_score(
        self, stage_id: uuid.UUID, persona_id: uuid.UUID, as_is: int | None, to_be: int | None
    ) -> object:
        assert self._session is not None
        return self._session.services.emotions.set_score(
            stage_id, persona_id, as_is=as_is, to_be=to_be
        )

    def set_session(self, session: EditSession | None) -> None:
        """Works in ``session``; shows no map."""
        self._session = session
        # The page reads the map once per change and hands it to the grid and the curves.
        self.grid.set_session(session, follow=False)
        self.curve.set_session(session, follow=False)
        self.metrics.set_session(session)
        read_only = session is not None and session.read_only
        self.read_only_banner.set_read_only(read_only)
        self.add_first_stage_button.setVisible(not read_only)
        if session is not None:
            session.journey_changed.connect(self._on_session_journey_changed)
        self.show_journey(None)

    def show_journey(self, journey_id: uuid.UUID | None) -> None:
        """Shows one map (None: nothing)."""
        self.journey_id = journey_id
        self.reload()

    def reload(self) -> None:
        """Reads the shown map once and shows it in the title, the grid and the curves."""
        detail = None
        if self._session is not None and self.journey_id is not None:
            try:
                detail = self._session.services.journeys.get(self.journey_id)
            except NotFoundError:
                detail = None
        if detail is None:
            self.grid.show_journey(None)
        elif self.grid.journey_id != self.journey_id:
            self.grid.show_journey(self.journey_id, detail)
        else:
            self.grid.set_detail(detail)
        self.title.setText(detail.title if detail else "")
        self.snapshots_button.setEnabled(detail is not None)
        self.personas_button.setEnabled(detail is not None)
        self.personas_button.setVisible(not self._read_only)
        self.curve.set_journey(detail, *self.emotion_lane.columns())
        self.emotion_lane.place()
        # The metrics tab reads the new state when it is shown: an edit on the map does
        # not rebuild a tab nobody looks at.
        self._metrics_detail = detail
        self._metrics_stale = True
        if detail is None or self.tabs.currentWidget() is self.metrics:
            self._refresh_metrics()
        empty = detail is not None and not detail.stages
        self.map_stack.setCurrentIndex(1 if empty else 0)

    @Slot(object)
    def _on_session_journey_changed(self, journey_id: uuid.UUID) -> None:
        if journey_id == self.journey_id:
            self.reload()

    @property
    def _read_only(self) -> bool:
        return self._session is not None and self._session.read_only

    @Slot()
    def choose_personas(self) -> None:
        """Links and unlinks personas as ticked, in one undo step."""
        if self._session is None or self.journey_id is None or self._read_only:
            return
        services = self._session.services
        linked = [p.id for p in services.journeys.get(self.journey_id).personas]
        chosen = ask_linked_personas(self, services.listing.personas(), linked)
        if chosen is None or set(chosen) == set(linked):
            return
        from personabuilder.ui.journeys import commands as jc

        stack = self._session.undo_stack
        stack.beginMacro(QCoreApplication.translate("JourneyStudio", "Change linked personas"))
        try:
            for persona_id in linked:
                if persona_id not in chosen:
                    stack.push(jc.unlink_persona(self._session, self.journey_id, persona_id))
            for persona_id in chosen:
                if persona_id not in linked:
                    stack.push(jc.link_persona(self._session, self.journey_id, persona_id))
        finally:
            stack.endMacro()

    @Slot()
    def _on_snapshots_button_clicked(self) -> None:
        if self._session is not None and self.journey_id is not None:
            open_snapshots(self, self._session, self.journey_id)


class JourneyStudio(QObject):
    """Owns the journey page and carries out the Journey menu's commands."""

    lists_changed = Signal()

    def __init__(self, window: QWidget, pages: QStackedWidget) -> None:
        super().__init__(window)
        self._window = window
        self._pages = pages
        self._session: EditSession | None = None
        self.page = JourneyPage()
        self.page.setObjectName("journey_page")
        pages.addWidget(self.page)
        self.actions: dict[str, QAction] = {}

    def set_session(self, session: EditSession | None) -> None:
        """Works on ``session``'s workspace."""
        self._session = session
        self.page.set_session(session)
        if session is not None:
            session.journeys_changed.connect(self.lists_changed)
        self._enable_actions()

    def _enable_actions(self) -> None:
        # A read-only workspace keeps the verbs that only look: snapshots to compare.
        read_only = self._session is not None and self._session.read_only
        for key, action in self.actions.items():
            action.setEnabled(self._session is not None and not (read_only and key != "snapshots"))

    def show_journey(self, journey_id: uuid.UUID) -> None:
        """Shows the map page on one journey map."""
        self.page.show_journey(journey_id)
        self._pages.setCurrentWidget(self.page)

    def build_menu(self, menu: QMenu) -> None:
        """Fills the Journey menu."""
        specs: list[tuple[str, str, Callable[[], None], QKeySequence | None]] = [
            (
                "new",
                QCoreApplication.translate("JourneyStudio", "&New Journey Map..."),
                self.new_journey,
                QKeySequence("Ctrl+Shift+N"),
            ),
            (
                "workshop",
                QCoreApplication.translate("JourneyStudio", "&Workshop Mode"),
                self.start_workshop,
                QKeySequence("F5"),
            ),
            (
                "personas",
                QCoreApplication.translate("JourneyStudio", "Linked &Personas..."),
                self.page.choose_personas,
                None,
            ),
            (
                "snapshots",
                QCoreApplication.translate("JourneyStudio", "&Snapshots..."),
                self.snapshots,
                QKeySequence("Ctrl+Alt+S"),
            ),
        ]
        for key, text, handler, shortcut in specs:
            action = QAction(text, self._window)
            action.setObjectName(f"action_journey_{key}")
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(lambda _checked=False, h=handler: h())
            menu.addAction(action)
            self.actions[key] = action
        self._enable_actions()

    @Slot()
    def new_journey(self) -> None:
        """Journey › New Journey Map: template, title and personas, then the map."""
        if self._session is None:
            return
        if self._session.read_only:
            note_read_only()
            return
        from personabuilder.services.journey_templates import journey_templates

        services = self._session.services
        spec = ask_new_journey(
            self._window, journey_templates(_ui_language()), services.listing.personas()
        )
        if spec is None:
            return
        command = CreateJourneyCommand(self._session, spec)
        self._session.undo_stack.push(command)
        if command.journey_id is not None and command.error is None:
            self.show_journey(command.journey_id)
            # A new map opens on the map itself, whatever tab the last one showed.
            self.page.tabs.setCurrentIndex(0)

    @Slot()
    def start_workshop(self) -> None:
        """Journey › Workshop Mode: projects the map on screen and captures the room."""
        if self._session is None or self.page.journey_id is None:
            return
        if self._session.read_only:
            note_read_only()  # a workshop starts by writing its session
            return
        from personabuilder.ui.workshop import start_workshop

        controller = start_workshop(self._window, self._session, self.page.journey_id)
        # Whatever the workshop did to the editor's zoom, leaving it puts the map back.
        self.page.grid.keep_zoom_through(controller.finished)

    @Slot()
    def snapshots(self) -> None:
        """Journey › Snapshots: for the map on screen."""
        if self._session is not None and self.page.journey_id is not None:
            open_snapshots(self._window, self._session, self.page.journey_id)
