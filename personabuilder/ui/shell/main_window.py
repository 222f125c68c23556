"""The main window: sidebar of personas and journey maps, summary view, menus, status bar."""

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QEvent,
    QEventLoop,
    QItemSelection,
    QLocale,
    QPoint,
    QSettings,
    QSize,
    Qt,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QWidget,
)

from personabuilder import __version__
from personabuilder.services.errors import NotFoundError
from personabuilder.ui.common import dialogs
from personabuilder.ui.common.commands import EditSession, rename_journey, rename_persona
from personabuilder.ui.common.gateway import (
    OpenWorkspace,
    Problem,
    TeamAddress,
    WorkspaceGateway,
    WorkspaceOpenError,
)
from personabuilder.ui.common.icons import refresh as refresh_icons
from personabuilder.ui.common.icons import set_icon
from personabuilder.ui.shell.sidebar import (
    ARCHETYPE_ORDER,
    ID_ROLE,
    KIND_ROLE,
    NodeKind,
    SidebarModel,
    SidebarView,
)
from personabuilder.ui.shell.welcome import NoWorkspacePage, TourStep

if TYPE_CHECKING:
    from personabuilder.model import LaneKind
    from personabuilder.ui.common.gateway import Choice
    from personabuilder.ui.journeys.edit_zoom import ZoomMemory
    from personabuilder.ui.journeys.studio import JourneyStudio
    from personabuilder.ui.personas.studio import PersonaStudio
    from personabuilder.ui.shell.preferences import Preferences

log = logging.getLogger(__name__)

APP_TITLE = "PersonaBuilder"
MAX_RECENT = 8
RECENT_TEAM_KEY = "recent_team_workspaces"  # URLs without passwords (TeamAddress.url)
NEW_PERSONA_SHORTCUT = "Ctrl+Shift+P"
OVERVIEW_LINK = "action:"  # links of the overview page that trigger a window action
OVERVIEW_ACTIONS = ("new_persona", "journey_new")
SIDEBAR_MIN_WIDTH = 160
PAGES_MIN_WIDTH = 560
# Screens up to this size (available area) start with the window maximised.
SMALL_SCREEN = QSize(1600, 900)


def default_sidebar_width(screen_width: int) -> int:
    """The sidebar's first width: readable names on a 1366 px laptop, no waste on a wide screen."""
    return max(220, min(300, round(screen_width * 0.17)))


def tooltip_with_shortcut(text: str, shortcut: QKeySequence) -> str:
    """``text`` followed by its shortcut as the platform writes it: "New map (Ctrl+Shift+N)"."""
    if shortcut.isEmpty():
        return text
    return f"{text} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})"


@dataclass(frozen=True)
class ActionSpec:
    """One row of the action table the menus are built from."""

    id: str
    text: str
    menu: str
    handler: str
    shortcut: QKeySequence.StandardKey | str | None = None
    checkable: bool = False


def action_table() -> list[ActionSpec]:
    """Every menu action of the main window, in menu order."""
    keys = QKeySequence.StandardKey
    return [
        ActionSpec(
            "new",
            QCoreApplication.translate("MainWindow", "&New Workspace..."),
            "file",
            "new_workspace",
            keys.New,
        ),
        ActionSpec(
            "new_demo",
            QCoreApplication.translate("MainWindow", "New &Demo Workspace..."),
            "file",
            "new_demo_workspace",
        ),
        ActionSpec(
            "open",
            QCoreApplication.translate("MainWindow", "&Open..."),
            "file",
            "open_workspace_dialog",
            keys.Open,
        ),
        ActionSpec(
            "open_team",
            QCoreApplication.translate("MainWindow", "Open &Team Workspace..."),
            "file",
            "open_team_workspace_dialog",
            "Ctrl+Shift+O",
        ),
        ActionSpec("recent", QCoreApplication.translate("MainWindow", "Open &Recent"), "file", ""),
        ActionSpec(
            "take_offline",
            QCoreApplication.translate("MainWindow", "Take a Copy O&ffline..."),
            "file",
            "take_offline",
        ),
        ActionSpec(
            "publish_changes",
            QCoreApplication.translate("MainWindow", "&Publish Changes..."),
            "file",
            "publish_changes",
        ),
        ActionSpec(
            "save_copy",
            QCoreApplication.translate("MainWindow", "Save a &Copy As..."),
            "file",
            "save_copy",
            keys.SaveAs,
        ),
        ActionSpec(
            "restore_backup",
            QCoreApplication.translate("MainWindow", "Restore from &Backup..."),
            "file",
            "restore_backup",
        ),
        ActionSpec(
            "import_json",
            QCoreApplication.translate("MainWindow", "&Import JSON..."),
            "file",
            "import_json",
        ),
        ActionSpec(
            "export_json",
            QCoreApplication.translate("MainWindow", "Export &JSON..."),
            "file",
            "export_json",
        ),
        ActionSpec(
            "export",
            QCoreApplication.translate("MainWindow", "&Export..."),
            "file",
            "export_pdf",
            "Ctrl+E",
        ),
        ActionSpec(
            "branding",
            QCoreApplication.translate("MainWindow", "Workspace &Branding..."),
            "file",
            "edit_branding",
        ),
        ActionSpec(
            "quit", QCoreApplication.translate("MainWindow", "&Quit"), "file", "close", keys.Quit
        ),
        ActionSpec("undo", "", "edit", "", keys.Undo),
        ActionSpec("redo", "", "edit", "", keys.Redo),
        ActionSpec(
            "rename",
            QCoreApplication.translate("MainWindow", "Re&name..."),
            "edit",
            "rename_selected",
            "F2",
        ),
        ActionSpec(
            "preferences",
            QCoreApplication.translate("MainWindow", "&Preferences..."),
            "edit",
            "edit_preferences",
            "Ctrl+,",
        ),
        ActionSpec(
            "show_toolbar",
            QCoreApplication.translate("MainWindow", "Show &Toolbar"),
            "view",
            "set_toolbar_shown",
            checkable=True,
        ),
        ActionSpec(
            "show_sidebar",
            QCoreApplication.translate("MainWindow", "Show &Sidebar"),
            "view",
            "set_sidebar_shown",
            "Ctrl+B",
            checkable=True,
        ),
        # Added to the Journey menu once the journey studio has filled it (see `journeys`).
        ActionSpec(
            "add_stage",
            QCoreApplication.translate("MainWindow", "Add S&tage..."),
            "journey",
            "add_stage",
            "Ctrl+Shift+T",
        ),
        ActionSpec(
            "add_lane",
            QCoreApplication.translate("MainWindow", "Add &Lane"),
            "journey",
            "",
            "Ctrl+Shift+L",
        ),
        ActionSpec(
            "tour",
            QCoreApplication.translate("MainWindow", "Guided &Tour"),
            "help",
            "show_tour",
        ),
        ActionSpec(
            "shortcuts",
            QCoreApplication.translate("MainWindow", "&Keyboard Shortcuts"),
            "help",
            "show_shortcuts",
            "Ctrl+/",
        ),
        ActionSpec(
            "about",
            QCoreApplication.translate("MainWindow", "&About PersonaBuilder"),
            "help",
            "show_about",
        ),
    ]


def problem_text(error: WorkspaceOpenError) -> str:
    """A sentence for the user naming what is wrong with the file."""
    name = error.path.name
    texts = {
        Problem.NOT_FOUND: QCoreApplication.translate(
            "MainWindow", "There is no file named “%1” any more."
        ),
        Problem.NOT_A_WORKSPACE: QCoreApplication.translate(
            "MainWindow", "“%1” is not a PersonaBuilder workspace."
        ),
        Problem.CORRUPT: QCoreApplication.translate(
            "MainWindow", "“%1” is damaged and cannot be opened safely."
        ),
        Problem.NEWER: QCoreApplication.translate(
            "MainWindow", "“%1” was saved by a newer version of PersonaBuilder."
        ),
        Problem.READ_ONLY: QCoreApplication.translate(
            "MainWindow", "“%1” is in a location that cannot be written to."
        ),
        Problem.EXISTS: QCoreApplication.translate("MainWindow", "“%1” already exists."),
        Problem.STORAGE: QCoreApplication.translate("MainWindow", "“%1” could not be written."),
        Problem.IN_USE: QCoreApplication.translate(
            "MainWindow", "“%1” is open for editing in another PersonaBuilder window."
        ),
        Problem.LOCKED: QCoreApplication.translate(
            "MainWindow", "“%1” is in use by another program; close it there and try again."
        ),
        Problem.PERMISSION: QCoreApplication.translate(
            "MainWindow", "You do not have permission to open “%1”."
        ),
        Problem.OUTDATED: QCoreApplication.translate(
            "MainWindow", "“%1” has an older format and must be upgraded before it can be read."
        ),
    }
    return texts[error.problem].replace("%1", name)


def _view_only(workspace: OpenWorkspace) -> bool:
    """True when nothing may be changed: a file open read-only, or a team viewer's login."""
    team = getattr(workspace, "team", None)
    return bool(workspace.read_only) or (team is not None and not team.may_edit)


class MainWindow(QMainWindow):
    """The application window; works on one workspace at a time."""

    workspace_listed = Signal()
    preferences_changed = Signal(object)  # the Preferences the user just saved

    def __init__(self, gateway: WorkspaceGateway, settings: QSettings) -> None:
        super().__init__()
        self._gateway = gateway
        self._settings = settings
        self._remember_publish_password = False  # the publish password box, while it publishes
        self._workspace: OpenWorkspace | None = None
        self._session: EditSession | None = None
        self.actions_by_id: dict[str, QAction] = {}

        self.setWindowTitle(APP_TITLE)
        self.resize(1280, 800)
        self.sidebar_model = SidebarModel(self)
        self.sidebar = SidebarView()
        self.sidebar.setModel(self.sidebar_model)
        self.sidebar.setAccessibleName(
            QCoreApplication.translate("MainWindow", "Personas and journey maps")
        )
        self.sidebar.selectionModel().selectionChanged.connect(self._on_sidebar_selection_changed)
        self.sidebar.doubleClicked.connect(lambda _index: self.rename_selected())

        self.summary = QTextBrowser()
        self.summary.setObjectName("summary")
        self.summary.setOpenLinks(False)
        self.summary.anchorClicked.connect(self._on_summary_anchor_clicked)
        self.summary.setAccessibleName(QCoreApplication.translate("MainWindow", "Summary"))
        # A page of its own, not a text box: no sunken frame, room around the text.
        self.summary.setFrameShape(QFrame.Shape.NoFrame)
        self.summary.document().setDocumentMargin(24)
        self.pages = QStackedWidget()
        # The pages never squeeze the sidebar: without a minimum of its own, the stack takes
        # the widest minimum of every page it ever held, and the splitter gives way on the left.
        self.pages.setMinimumWidth(PAGES_MIN_WIDTH)
        self.pages.addWidget(self.summary)

        self.splitter = QSplitter()
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.pages)
        # A new window width goes to the pages; the sidebar keeps the width the user gave it.
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, True)
        self.splitter.setCollapsible(1, False)
        self.splitter.splitterMoved.connect(self._on_splitter_splitter_moved)
        self.setCentralWidget(self.splitter)
        self._sidebar_width = default_sidebar_width(self.screen().availableGeometry().width())
        self._sizes_applied = False

        self._studio: PersonaStudio | None = None
        self._journeys: JourneyStudio | None = None

        self.path_label = QLabel()
        self.statusBar().addPermanentWidget(self.path_label)
        self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Toolbar"), self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self._toolbar_filled = False
        self._build_menus()
        self.empty_label = NoWorkspacePage(
            self.actions_by_id["new"],
            self.actions_by_id["new_demo"],
            self.actions_by_id["open"],
        )
        self.empty_label.setObjectName("no_workspace")
        self.empty_label.open_requested.connect(self.open_workspace)
        self.pages.insertWidget(0, self.empty_label)
        self.pages.setCurrentWidget(self.empty_label)
        self.pages.currentChanged.connect(lambda _index: self._update_toolbar_state())
        self._restore_settings()
        self.empty_label.set_recent(self.recent_files())
        self._update_actions()

    # -- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        menus = {
            "file": self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File")),
            "edit": self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit")),
            "view": self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View")),
            "persona": self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Persona")),
            "journey": self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Journey")),
            "help": self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help")),
        }
        self.recent_menu = QMenu(QCoreApplication.translate("MainWindow", "Open &Recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self._undo_placeholder: dict[str, QAction] = {}
        self._journey_actions: list[QAction] = []
        for spec in action_table():
            menu = menus[spec.menu]
            if spec.id == "recent":
                menu.addMenu(self.recent_menu)
                continue
            if spec.id in ("undo", "redo"):
                # Real undo/redo actions come from the workspace's QUndoStack; until one
                # is open, disabled placeholders keep the menu stable.
                action = QAction(
                    QCoreApplication.translate("MainWindow", "&Undo")
                    if spec.id == "undo"
                    else QCoreApplication.translate("MainWindow", "&Redo"),
                    self,
                )
                action.setEnabled(False)
                self._undo_placeholder[spec.id] = action
            elif spec.id == "add_lane":
                # One entry per lane kind; the shortcut opens the same list.
                self.lane_menu = QMenu(spec.text, self)
                self._fill_lane_menu()
                action = self.lane_menu.menuAction()
                action.triggered.connect(self._on_add_lane_triggered)
            else:
                action = QAction(spec.text, self)
                if spec.checkable:
                    action.setCheckable(True)
                    action.toggled.connect(getattr(self, spec.handler))
                else:
                    action.triggered.connect(self._handler(spec.handler))
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setObjectName(f"action_{spec.id}")
            self.actions_by_id[spec.id] = action
            if spec.menu == "journey":
                # Window-wide shortcuts even before the Journey menu holds the action.
                self.addAction(action)
                self._journey_actions.append(action)
                continue
            menu.addAction(action)
            if spec.id in ("open_team", "save_copy", "redo"):
                menu.addSeparator()
        self._edit_menu = menus["edit"]
        self._persona_menu = menus["persona"]
        self._journey_menu = menus["journey"]
        self._journey_menu.aboutToShow.connect(lambda: self.journeys)
        # Opening the menu before any workspace builds the studio, so its entries show.
        self._persona_menu.aboutToShow.connect(lambda: self.studio)
        set_icon(self.actions_by_id["new"], "new_workspace")
        set_icon(self.actions_by_id["new_demo"], "new_demo")
        set_icon(self.actions_by_id["open"], "open")
        set_icon(self.actions_by_id["export"], "export")
        set_icon(self.actions_by_id["add_stage"], "add_stage")
        set_icon(self.actions_by_id["add_lane"], "add_lane")

    def _fill_lane_menu(self) -> None:
        from personabuilder.model import LaneKind
        from personabuilder.ui.common.labels import lane_kind_label

        self.lane_menu.clear()
        for kind in LaneKind:
            # "&" in a label would underline the next letter: "Touchpoints & channels".
            item = self.lane_menu.addAction(lane_kind_label(kind).replace("&", "&&"))
            item.setObjectName(f"action_add_lane_{kind.value}")
            item.triggered.connect(lambda _checked=False, k=kind: self.add_lane(k))

    @property
    def studio(self) -> "PersonaStudio":
        """The persona gallery, editor and Persona menu, built on first use.

        Built after the window is shown (when a workspace opens): its widgets and imports
        would otherwise delay the first paint.
        """
        if self._studio is None:
            from personabuilder.ui.personas.studio import PersonaStudio

            self._studio = PersonaStudio(
                self,
                self.pages,
                self._gateway,
                lambda: self._workspace.path if self._workspace is not None else None,
            )
            self._studio.lists_changed.connect(self._on_studio_lists_changed)
            self._studio.persona_shown.connect(self._on_studio_persona_shown)
            self._studio.build_menu(self._persona_menu)
            self._studio.install_view_shortcuts([self.sidebar, self._studio.gallery])
            new_persona = self._studio.new_menu.menuAction()
            new_persona.setObjectName("action_new_persona")
            new_persona.setShortcut(QKeySequence(NEW_PERSONA_SHORTCUT))
            new_persona.triggered.connect(self._on_new_persona_triggered)
            self.actions_by_id["new_persona"] = new_persona
            set_icon(new_persona, "new_persona")
        return self._studio

    @property
    def journeys(self) -> "JourneyStudio":
        """The journey map page and Journey menu, built on first use (after the first paint)."""
        if self._journeys is None:
            from personabuilder.ui.journeys.studio import JourneyStudio

            self._journeys = JourneyStudio(self, self.pages)
            self._journeys.lists_changed.connect(self._on_studio_lists_changed)
            self._journeys.build_menu(self._journey_menu)
            self._journeys.set_session(self._session)
            self._journeys.page.grid.zoom_memory = self._zoom_memory()
            grid = self._journeys.page.grid
            self._edit_menu.addSeparator()
            # They grey out by themselves while no map is on screen.
            for action in (grid.cut_action, grid.copy_action, grid.paste_action):
                self._edit_menu.addAction(action)
            self._journey_menu.addSeparator()
            for action in self._journey_actions:
                self._journey_menu.addAction(action)
            for key, role in (
                ("new", "new_map"),
                ("snapshots", "snapshot"),
                ("workshop", "workshop"),
            ):
                action = self._journeys.actions[key]
                self.actions_by_id[f"journey_{key}"] = action
                set_icon(action, role)
            self._update_toolbar_state()
        return self._journeys

    def _handler(self, name: str) -> Callable[[], object]:
        method = getattr(self, name)
        return lambda: method()

    def _install_undo_actions(self, session: EditSession | None) -> None:
        for key in ("undo", "redo"):
            old = self.actions_by_id[key]
            if session is None:
                new = self._undo_placeholder[key]
            elif key == "undo":
                new = session.undo_stack.createUndoAction(
                    self, QCoreApplication.translate("MainWindow", "&Undo")
                )
            else:
                new = session.undo_stack.createRedoAction(
                    self, QCoreApplication.translate("MainWindow", "&Redo")
                )
            new.setShortcut(old.shortcut())
            new.setObjectName(f"action_{key}")
            if new is not old:
                self._edit_menu.insertAction(old, new)
                self._edit_menu.removeAction(old)
                self.actions_by_id[key] = new

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        recent = self.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_workspace(p))
        teams = self.recent_team_workspaces()
        if teams:
            self.recent_menu.addSection(
                QCoreApplication.translate("MainWindow", "Recent Team Workspaces")
            )
        for address in teams:
            action = self.recent_menu.addAction(address.label.replace("&", "&&"))
            action.setStatusTip(address.url())
            action.triggered.connect(lambda _checked=False, a=address: self.open_team_workspace(a))
        if recent or teams:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "Clear Menu"), self._clear_recent
            )
        else:
            self.recent_menu.addAction(
                QCoreApplication.translate("MainWindow", "No recent workspaces")
            ).setEnabled(False)

    # -- settings ------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        geometry = self._settings.value("window/geometry")
        if geometry is not None and self.restoreGeometry(geometry):
            self._clamp_to_screen()
        else:
            # First run: the whole screen on a laptop, a generous window on a larger one.
            screen = self.screen().availableGeometry()
            width = min(1440, int(screen.width() * 0.9))
            height = min(900, int(screen.height() * 0.9))
            self.resize(width, height)
            self.move(screen.center() - QPoint(width // 2, height // 2))
            if screen.width() <= SMALL_SCREEN.width() or screen.height() <= SMALL_SCREEN.height():
                self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        state = self._settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        saved = self._settings.value("sidebar/width", 0, type=int)
        if isinstance(saved, int) and saved >= SIDEBAR_MIN_WIDTH:
            self._sidebar_width = saved
        shown = self._settings.value("sidebar/shown", True, type=bool)
        self.actions_by_id["show_sidebar"].setChecked(bool(shown))
        self._apply_sidebar_visibility()
        toolbar = self._settings.value("toolbar/shown", True, type=bool)
        self.actions_by_id["show_toolbar"].setChecked(bool(toolbar))
        self._apply_toolbar_visibility()

    def _clamp_to_screen(self) -> None:
        """Brings a restored window inside the screen it is on (the screen may be smaller now)."""
        if self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
            return
        frame, inner = self.frameGeometry(), self.geometry()
        screen = QGuiApplication.screenAt(frame.center()) or self.screen()
        area = screen.availableGeometry()
        extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
        width = min(inner.width(), area.width() - extra_w)
        height = min(inner.height(), area.height() - extra_h)
        if (width, height) != (inner.width(), inner.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        left = max(area.left(), min(frame.left(), area.right() + 1 - frame.width()))
        top = max(area.top(), min(frame.top(), area.bottom() + 1 - frame.height()))
        if (left, top) != (frame.left(), frame.top()):
            self.move(left, top)

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: the window fits its screen, then the sidebar gets its width."""
        super().showEvent(event)
        if not self._sizes_applied:
            self._sizes_applied = True
            # The window frame is known only now: the whole frame must fit the screen.
            self._clamp_to_screen()
            self._apply_sidebar_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: toolbar labels beside the icons when they fit, icons alone when not."""
        super().resizeEvent(event)
        self._update_toolbar_style()

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: icons follow the theme's text colour."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            refresh_icons(self)
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._update_toolbar_style()

    def createPopupMenu(self) -> QMenu:
        """Qt override: the toolbar's context menu shows the View menu's own toggles."""
        menu = QMenu(self)
        menu.addAction(self.actions_by_id["show_toolbar"])
        menu.addAction(self.actions_by_id["show_sidebar"])
        return menu

    # -- sidebar and toolbar --------------------------------------------------------------

    def _apply_sidebar_width(self) -> None:
        if self.sidebar.isHidden():
            return
        total = sum(self.splitter.sizes()) or self.splitter.width()
        width = min(self._sidebar_width, max(SIDEBAR_MIN_WIDTH, total - PAGES_MIN_WIDTH))
        self.splitter.setSizes([width, max(1, total - width)])

    @Slot(bool)
    def set_sidebar_shown(self, shown: bool) -> None:
        """View › Show Sidebar (also the splitter handle, dragged to the edge)."""
        action = self.actions_by_id["show_sidebar"]
        if action.isChecked() != shown:
            action.setChecked(shown)  # calls back here once
            return
        self._settings.setValue("sidebar/shown", shown)
        self._apply_sidebar_visibility()

    def _apply_sidebar_visibility(self) -> None:
        # Without a workspace there is nothing to list: the page has the whole width.
        visible = self.actions_by_id["show_sidebar"].isChecked() and self._workspace is not None
        if visible:
            if self.sidebar.isHidden() or not self.splitter.sizes()[0]:
                self.sidebar.show()
                self._apply_sidebar_width()
        elif not self.sidebar.isHidden():
            if self.sidebar.hasFocus():
                self.pages.setFocus()
            self.sidebar.hide()

    @Slot(int, int)
    def _on_splitter_splitter_moved(self, _pos: int, _index: int) -> None:
        width = self.splitter.sizes()[0]
        if width == 0:
            # Dragged shut: the same as View › Show Sidebar unticked.
            self.set_sidebar_shown(False)
        else:
            self._sidebar_width = width
            self._settings.setValue("sidebar/width", width)

    @Slot(bool)
    def set_toolbar_shown(self, shown: bool) -> None:
        """View › Show Toolbar."""
        self._settings.setValue("toolbar/shown", shown)
        self._apply_toolbar_visibility()

    def _apply_toolbar_visibility(self) -> None:
        # Nothing on it acts without a workspace: the page then offers its own buttons.
        wanted = self.actions_by_id["show_toolbar"].isChecked()
        self.toolbar.setVisible(wanted and self._toolbar_filled and self._workspace is not None)

    def toolbar_entries(self) -> list[tuple[QAction, str, str]]:
        """(action, short label, tooltip) of each toolbar button, in order."""
        studio, journeys = self.studio, self.journeys
        return [
            (
                studio.new_menu.menuAction(),
                QCoreApplication.translate("MainWindow", "New persona"),
                QCoreApplication.translate(
                    "MainWindow", "New persona: blank, or from a template with the arrow"
                ),
            ),
            (
                journeys.actions["new"],
                QCoreApplication.translate("MainWindow", "New map"),
                QCoreApplication.translate("MainWindow", "New journey map"),
            ),
            (
                self.actions_by_id["add_stage"],
                QCoreApplication.translate("MainWindow", "+ Stage"),
                QCoreApplication.translate("MainWindow", "Add a stage at the end of the map"),
            ),
            (
                self.actions_by_id["add_lane"],
                QCoreApplication.translate("MainWindow", "+ Lane"),
                QCoreApplication.translate("MainWindow", "Add a lane at the bottom of the map"),
            ),
            (
                journeys.actions["snapshots"],
                QCoreApplication.translate("MainWindow", "Snapshot"),
                QCoreApplication.translate("MainWindow", "Snapshots of the map"),
            ),
            (
                journeys.actions["workshop"],
                QCoreApplication.translate("MainWindow", "Workshop"),
                QCoreApplication.translate(
                    "MainWindow", "Workshop mode: project the map and capture the room"
                ),
            ),
            (
                self.actions_by_id["export"],
                QCoreApplication.translate("MainWindow", "Export"),
                QCoreApplication.translate(
                    "MainWindow", "Export a PDF, a PowerPoint deck, an image or a Mermaid diagram"
                ),
            ),
        ]

    def _fill_toolbar(self) -> None:
        """Puts the menus' own actions on the toolbar (once the studios that own some exist)."""
        if self._toolbar_filled:
            return
        self._toolbar_filled = True
        for position, (action, label, tip) in enumerate(self.toolbar_entries()):
            if position in (2, 4, 6):
                self.toolbar.addSeparator()
            action.setIconText(label)
            action.setToolTip(tooltip_with_shortcut(tip, action.shortcut()))
            self.toolbar.addAction(action)
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton) and action.menu() is not None:
                # New persona makes a blank one, its arrow lists the templates; + Lane
                # needs a kind first, so it opens its list at a click.
                lane = action is self.actions_by_id["add_lane"]
                button.setPopupMode(
                    QToolButton.ToolButtonPopupMode.InstantPopup
                    if lane
                    else QToolButton.ToolButtonPopupMode.MenuButtonPopup
                )
        self._update_toolbar_style()
        self._update_toolbar_state()

    def _toolbar_width(self, style: Qt.ToolButtonStyle) -> int:
        """The width the toolbar needs in ``style`` (measured from its labels)."""
        metrics = self.toolbar.fontMetrics()
        icon = self.toolbar.iconSize().width()
        width = 16
        for action in self.toolbar.actions():
            if action.isSeparator():
                width += 12
            elif style is Qt.ToolButtonStyle.ToolButtonIconOnly:
                width += icon + 14
            else:
                width += icon + 6 + metrics.horizontalAdvance(action.iconText()) + 18
        return width

    def _update_toolbar_style(self) -> None:
        beside = Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        fits = self.width() >= self._toolbar_width(beside)
        self.toolbar.setToolButtonStyle(beside if fits else Qt.ToolButtonStyle.ToolButtonIconOnly)

    def _map_on_screen(self) -> bool:
        return (
            self._journeys is not None
            and self.pages.currentWidget() is self._journeys.page
            and self._journeys.page.journey_id is not None
        )

    def _update_toolbar_state(self) -> None:
        """Enables what makes sense on the page shown (+ Stage only with a map on screen)."""
        on_map = self._session is not None and self._map_on_screen()
        writable = on_map and not (self._session is not None and self._session.read_only)
        self.actions_by_id["add_stage"].setEnabled(writable)
        self.actions_by_id["add_lane"].setEnabled(writable)
        if self._journeys is not None:
            self._journeys.actions["snapshots"].setEnabled(on_map)
            self._journeys.actions["workshop"].setEnabled(writable)

    def _popup_at_button(self, action: QAction, menu: QMenu) -> None:
        """Shows ``menu`` under the toolbar button of ``action``, or near the window's top."""
        button = self.toolbar.widgetForAction(action)
        if button is not None and button.isVisible():
            menu.popup(button.mapToGlobal(button.rect().bottomLeft()))
        else:
            menu.popup(self.splitter.mapToGlobal(QPoint(self.width() // 3, 0)))

    @Slot()
    def _on_new_persona_triggered(self) -> None:
        # As the gallery's button: a blank persona at once; the arrow lists the templates.
        if self.studio.new_menu.isEnabled():
            self.studio.new_persona()

    @Slot()
    def _on_add_lane_triggered(self) -> None:
        if self.actions_by_id["add_lane"].isEnabled():
            self._popup_at_button(self.actions_by_id["add_lane"], self.lane_menu)

    @Slot()
    def add_stage(self) -> None:
        """Journey › Add Stage: a new stage after the last one of the map on screen."""
        if self._map_on_screen():
            grid = self.journeys.page.grid
            grid.add_stage(grid.model.columnCount())

    def add_lane(self, kind: "LaneKind") -> None:
        """Journey › Add Lane › kind: a new lane under the last one of the map on screen."""
        if self._map_on_screen():
            grid = self.journeys.page.grid
            grid.add_lane(grid.model.rowCount(), kind)

    def recent_files(self) -> list[Path]:
        """Recently opened workspaces, newest first."""
        value = self._settings.value("recent_files", [])
        # QSettings' INI backend gives a lone entry back as a plain string.
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        return [Path(str(p)) for p in values]

    def _remember(self, path: Path) -> None:
        paths = [str(path)] + [str(p) for p in self.recent_files() if p != path]
        self._settings.setValue("recent_files", paths[:MAX_RECENT])

    def _clear_recent(self) -> None:
        self._settings.setValue("recent_files", [])
        self._settings.setValue(RECENT_TEAM_KEY, [])
        self.empty_label.set_recent([])

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: remembers the geometry and releases the workspace."""
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.sync()
        self.set_workspace(None)
        super().closeEvent(event)

    # -- workspace -----------------------------------------------------------------------

    @property
    def workspace(self) -> OpenWorkspace | None:
        """The open workspace, if any."""
        return self._workspace

    @property
    def session(self) -> EditSession | None:
        """The edit session of the open workspace, if any."""
        return self._session

    @Slot(object)
    def _on_studio_persona_shown(self, persona_id: uuid.UUID) -> None:
        """The sidebar selects the persona the editor shows (opened from a card, or new)."""
        if self._workspace is None:
            return
        model = self.sidebar_model
        index = model.index_of(persona_id)
        if not index.isValid():
            # Not listed yet: its archetype's group loads pages until it is.
            listing = self._workspace.services.listing
            try:
                archetype = listing.persona(persona_id).archetype
            except NotFoundError:
                return
            counts = listing.persona_counts()
            groups = [a for a in ARCHETYPE_ORDER if counts.get(a)]
            if archetype not in groups:
                return
            group = model.index(groups.index(archetype), 0, model.index(0, 0))
            while not index.isValid() and model.canFetchMore(group):
                model.fetchMore(group)
                index = model.index_of(persona_id)
        if index.isValid() and self.sidebar.currentIndex() != index:
            self.sidebar.scrollTo(index)
            self.sidebar.setCurrentIndex(index)

    def _zoom_memory(self) -> "ZoomMemory":
        """Where the maps of the open workspace keep their zoom (across restarts)."""
        from personabuilder.ui.journeys.edit_zoom import ZoomMemory

        if self._workspace is None:
            return ZoomMemory()
        return ZoomMemory(self._settings, str(self._workspace.path))

    def set_workspace(self, workspace: OpenWorkspace | None) -> None:
        """Shows ``workspace`` (None: nothing), closing the one that was open."""
        from personabuilder.ui.shell.live import connect_live

        connect_live(self, None)  # colleagues' updates stop before their workspace closes
        if self._workspace is not None:
            self._workspace.close()
        if self._session is not None:
            self._session.deleteLater()
        self._workspace = workspace
        self._session = (
            EditSession(workspace.services, self, read_only=_view_only(workspace))
            if workspace
            else None
        )
        if self._session is not None and workspace is not None and not workspace.read_only:
            opened = workspace
            self._session.before_import = lambda: self._gateway.backup_before_import(opened.path)
        if workspace is not None:
            workspace.damaged.connect(self._on_workspace_damaged)
        if self._session is not None:
            self._session.persona_changed.connect(self._on_session_persona_changed)
            self._session.journey_changed.connect(self._on_session_journey_changed)
            self._session.edit_failed.connect(self._on_session_edit_failed)
        self._install_undo_actions(self._session)
        if self._session is not None or self._studio is not None:
            self.studio.set_session(self._session)
        if self._session is not None or self._journeys is not None:
            self.journeys.set_session(self._session)
            self.journeys.page.grid.zoom_memory = self._zoom_memory()
        self.sidebar_model.set_services(workspace.services if workspace else None)
        if workspace is not None:
            self.sidebar.expandToDepth(1)
            suffix = (
                " " + QCoreApplication.translate("MainWindow", "[read-only]")
                if getattr(workspace, "read_only", False)
                else ""
            )
            team = getattr(workspace, "team", None)
            if team is not None:
                # A team workspace is named by its database, the status bar says who you are.
                from personabuilder.ui.shell.team_dialog import signed_in_text

                self.setWindowTitle(f"{team.database} - {APP_TITLE}")
                self.path_label.setText(signed_in_text(team))
            else:
                self.setWindowTitle(f"{workspace.path.name}{suffix} - {APP_TITLE}")
                self.path_label.setText(str(workspace.path))
                self._remember(workspace.path)
        else:
            self.setWindowTitle(APP_TITLE)
            self.path_label.clear()
        if workspace is not None:
            self.summary.setHtml(self._overview_html())
            self.pages.setCurrentWidget(self.summary)
            self._fill_toolbar()
        else:
            self.empty_label.set_recent(self.recent_files())
            self.pages.setCurrentWidget(self.empty_label)
        self._apply_toolbar_visibility()
        self._apply_sidebar_visibility()
        self._update_actions()
        self._update_toolbar_state()
        connect_live(self, workspace)  # a team workspace follows colleagues' commits
        if workspace is not None:
            self.workspace_listed.emit()

    def _update_actions(self) -> None:
        has = self._workspace is not None
        for key in (
            "save_copy",
            "rename",
            "export",
            "branding",
            "tour",
            "restore_backup",
            "import_json",
            "export_json",
        ):
            self.actions_by_id[key].setEnabled(has)
        if getattr(self._workspace, "team", None) is not None:
            # The server keeps a team workspace's backups.
            self.actions_by_id["restore_backup"].setEnabled(False)
        if self._session is not None and self._session.read_only:
            # A viewer, or a file opened read-only, changes nothing.
            for key in ("rename", "branding", "import_json"):
                self.actions_by_id[key].setEnabled(False)

    def open_workspace(self, path: Path) -> bool:
        """Opens ``path`` in this window; on failure says why and keeps what was open."""
        try:
            workspace = self._gateway.open(path)
        except WorkspaceOpenError as exc:
            if exc.problem is not Problem.IN_USE:
                self.show_problem(exc)
                return self.offer_backup(exc)
            # Two editors would overwrite each other's work: offer to look without editing.
            if not dialogs.ask_yes_no(
                self,
                QCoreApplication.translate("MainWindow", "Workspace in Use"),
                problem_text(exc),
                QCoreApplication.translate(
                    "MainWindow",
                    "Open it read-only here? You can read and export it; edits stay with "
                    "the other window.",
                ),
            ):
                return False
            try:
                workspace = self._gateway.open_to_read(path)
            except WorkspaceOpenError as again:
                self.show_problem(again)
                return False
        self.set_workspace(workspace)
        return True

    def recent_team_workspaces(self) -> list[TeamAddress]:
        """Recently opened team workspaces, newest first (their URLs hold no password)."""
        value = self._settings.value(RECENT_TEAM_KEY, [])
        values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        found = (TeamAddress.from_url(str(url)) for url in values)
        return [address for address in found if address is not None]

    def _remember_team(self, address: TeamAddress) -> None:
        urls = [address.url()] + [
            a.url() for a in self.recent_team_workspaces() if a.url() != address.url()
        ]
        self._settings.setValue(RECENT_TEAM_KEY, urls[:MAX_RECENT])

    @Slot()
    def open_team_workspace_dialog(self) -> None:
        """File › Open Team Workspace."""
        recent = self.recent_team_workspaces()
        self._ask_team(recent[0] if recent else None)

    def _ask_team(self, address: TeamAddress | None, problem: str = "") -> bool:
        from personabuilder.ui.shell.team_dialog import ask_team_workspace

        chosen = ask_team_workspace(self, self._gateway, address, problem)
        if chosen is None:
            return False
        self._remember_team(chosen[0])
        self.set_workspace(chosen[1])
        return True

    def open_team_workspace(self, address: TeamAddress) -> bool:
        """Opens a recent team workspace; asks in the dialog when the login needs a password.

        The connection runs on a worker thread while the window stays live, with a busy
        bar and a Cancel button in the status bar (``team_cancel``).
        """
        from personabuilder.ui.shell.team_dialog import (
            TeamAttempt,
            address_path,
            connecting_text,
            team_problem_text,
        )

        attempt = TeamAttempt(self)
        answers: list[object] = []
        waiting = QEventLoop(self)
        attempt.finished.connect(answers.append)
        attempt.finished.connect(waiting.quit)
        gateway = self._gateway
        busy = self._team_busy(connecting_text(address))
        cancel = busy.findChild(QPushButton, "team_cancel")

        def give_up() -> None:
            attempt.cancel()  # what the worker opens later is closed, never shown
            waiting.quit()

        if isinstance(cancel, QPushButton):
            cancel.clicked.connect(give_up)
        try:
            attempt.start(lambda: gateway.open_team(address, None), address_path(address))
            waiting.exec()
        finally:
            attempt.cancel()
            busy.hide()
            busy.deleteLater()
            attempt.deleteLater()
        if not answers:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "Opening the team workspace cancelled."),
                5000,
            )
            return False
        answer = answers[0]
        if isinstance(answer, WorkspaceOpenError):
            if answer.problem is Problem.LOGIN_REFUSED:
                return self._ask_team(address, team_problem_text(answer))
            dialogs.warn(
                self,
                QCoreApplication.translate("MainWindow", "PersonaBuilder"),
                team_problem_text(answer),
                answer.detail,
            )
            return False
        self._remember_team(address)
        self.set_workspace(cast(OpenWorkspace, answer))
        return True

    def _team_busy(self, text: str) -> QWidget:
        """The status bar's busy bar and Cancel while a team workspace connects."""
        box = QWidget(self.statusBar())
        box.setObjectName("team_busy")
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text, box)
        bar = QProgressBar(box)
        bar.setRange(0, 0)  # moving: the wait is the server's, the window is alive
        bar.setTextVisible(False)
        bar.setMaximumWidth(120)
        bar.setAccessibleName(text)
        cancel = QPushButton(QCoreApplication.translate("MainWindow", "Cancel"), box)
        cancel.setObjectName("team_cancel")
        for widget in (label, bar, cancel):
            line.addWidget(widget)
        self.statusBar().addPermanentWidget(box)
        box.show()
        return box

    def show_problem(self, exc: WorkspaceOpenError) -> None:
        """Tells the user what is wrong with a workspace file."""
        dialogs.warn(
            self,
            QCoreApplication.translate("MainWindow", "PersonaBuilder"),
            problem_text(exc),
            exc.detail,
        )

    @Slot()
    def open_workspace_dialog(self) -> None:
        """File > Open."""
        start = self._workspace.path.parent if self._workspace else self._start_folder()
        path = dialogs.ask_open_path(self, start)
        if path is not None:
            self.open_workspace(path)

    def _create(self, demo: bool) -> None:
        title = (
            QCoreApplication.translate("MainWindow", "New Demo Workspace")
            if demo
            else QCoreApplication.translate("MainWindow", "New Workspace")
        )
        start = self._workspace.path.parent if self._workspace else self._start_folder()
        path = dialogs.ask_save_path(
            self, title, start / QCoreApplication.translate("MainWindow", "Untitled.pbw")
        )
        if path is None:
            return
        lang = "fr" if QLocale().language() == QLocale.Language.French else "en"
        try:
            workspace = self._gateway.create(path, demo=demo, lang=lang)
        except WorkspaceOpenError as exc:
            self.show_problem(exc)
            return
        self.set_workspace(workspace)
        prefs = self.preferences
        if prefs.company and self._session is not None:
            # New workspaces start with the branding the user set as a default.
            from personabuilder.services.branding import Branding

            self._session.services.branding.set(Branding(prefs.company, prefs.accent))

    def _start_folder(self) -> Path:
        folder = Path(self.preferences.workspaces_folder or Path.home())
        return folder if folder.is_dir() else Path.home()

    @property
    def preferences(self) -> "Preferences":
        """The user's preferences, as stored."""
        from personabuilder.ui.shell.preferences import load_preferences

        return load_preferences(self._settings)

    @Slot()
    def edit_preferences(self) -> None:
        """Edit › Preferences: applied at once (the language at the next start)."""
        from PySide6.QtWidgets import QApplication

        from personabuilder.ui.shell.preferences import (
            apply_theme,
            ask_preferences,
            save_preferences,
        )

        chosen = ask_preferences(self, self.preferences)
        if chosen is None:
            return
        save_preferences(self._settings, chosen)
        self.preferences_changed.emit(chosen)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_theme(app, chosen.theme)

    @Slot()
    def new_workspace(self) -> None:
        """File > New Workspace."""
        self._create(demo=False)

    @Slot()
    def new_demo_workspace(self) -> None:
        """File > New Demo Workspace."""
        self._create(demo=True)

    @Slot()
    def save_copy(self) -> None:
        """File > Save a Copy As."""
        if self._workspace is None:
            return
        current = self._workspace.path
        dest = dialogs.ask_save_path(
            self,
            QCoreApplication.translate("MainWindow", "Save a Copy As"),
            current.with_name(f"{current.stem} copy.pbw"),
        )
        if dest is None:
            return
        try:
            self._workspace.save_copy(dest)
        except WorkspaceOpenError as exc:
            self.show_problem(exc)
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Copy saved as %1").replace("%1", str(dest)),
            5000,
        )

    # -- offline copies of a team workspace (take offline, publish) ------------------------

    @Slot()
    def take_offline(self) -> None:
        """File › Take a Copy Offline: a local file to work on without the server."""
        title = QCoreApplication.translate("MainWindow", "Take a Copy Offline")
        if self._workspace is None or self._workspace.team is None:
            dialogs.warn(
                self,
                title,
                QCoreApplication.translate(
                    "MainWindow", "Open a team workspace first: only those can be taken offline."
                ),
            )
            return
        current = self._workspace.path
        dest = dialogs.ask_save_path(self, title, current.with_name(f"{current.stem} offline.pbw"))
        if dest is None:
            return
        try:
            self._gateway.take_offline(self._workspace, dest)
        except WorkspaceOpenError as exc:
            dialogs.warn(
                self,
                title,
                QCoreApplication.translate("MainWindow", "The copy could not be taken offline."),
                exc.detail,
            )
            return
        question = QCoreApplication.translate(
            "MainWindow",
            "The offline copy is saved as %1. Open it now? Publish Changes sends what you "
            "change in it back to the team workspace.",
        ).replace("%1", dest.name)
        if dialogs.ask_yes_no(self, title, question):
            self.open_workspace(dest)

    @Slot()
    def publish_changes(self) -> None:
        """File › Publish Changes: sends the open offline copy's changes to its team workspace."""
        from personabuilder.ui.shell import publish_dialog

        title = QCoreApplication.translate("MainWindow", "Publish Changes")
        if self._workspace is None or self._workspace.team is not None:
            dialogs.warn(
                self,
                title,
                QCoreApplication.translate(
                    "MainWindow", "Open an offline copy of a team workspace first."
                ),
            )
            return
        keep: dict[str, Choice] | None = None
        password: str | None = None  # typed when the server asks; forgotten after
        problem = ""
        while True:
            try:
                report = self._gateway.publish(self._workspace, keep, password)
            except WorkspaceOpenError as exc:
                typed = self._ask_publish_password(exc, problem)
                if typed is not None:
                    password, problem = typed, exc.detail
                    continue
                dialogs.warn(
                    self,
                    title,
                    QCoreApplication.translate("MainWindow", "Nothing was published."),
                    exc.detail,
                )
                return
            if password and self._remember_publish_password:
                origin = self._gateway.publish_origin(self._workspace)
                if origin is not None:
                    self._gateway.remember_password(origin, password)
                self._remember_publish_password = False
            if not report.nothing:
                # Rows came back from the server into this copy: every view shows them.
                from personabuilder.ui.shell.live import reload_views

                reload_views(self)
            if not report.conflicts:
                break
            keep = publish_dialog.ask_resolutions(self, report.conflicts)
            if not keep:
                break
        if report.nothing:
            text = QCoreApplication.translate(
                "MainWindow", "Nothing to publish: this copy has no changes since it was taken."
            )
        else:
            text = (
                QCoreApplication.translate(
                    "MainWindow", "Published: %1 added, %2 changed, %3 deleted; %4 in conflict."
                )
                .replace("%1", str(len(report.added)))
                .replace("%2", str(len(report.changed)))
                .replace("%3", str(len(report.deleted)))
                .replace("%4", str(len(report.conflicts)))
            )
        self.statusBar().showMessage(text, 8000)
        dialogs.about(self, title, text)

    def _ask_publish_password(self, error: WorkspaceOpenError, tried: str) -> str | None:
        """The password for a publish the server refused without one; None: give up."""
        from personabuilder.ui.shell.team_dialog import ask_password

        self._remember_publish_password = False
        if error.problem is not Problem.LOGIN_REFUSED or self._workspace is None:
            return None
        origin = self._gateway.publish_origin(self._workspace)
        if origin is None:
            return None
        # A second refusal says why the password typed did not do.
        answer = ask_password(self, self._gateway, origin, tried)
        if answer is None:
            return None
        password, self._remember_publish_password = answer
        return password

    def tour_steps(self) -> list[TourStep]:
        """The stops of the guided tour in this window (it must have a workspace open)."""

        # Each stop points at a small part of its screen, so the bubble can sit beside it.
        def sidebar() -> QWidget:
            self.set_sidebar_shown(True)
            return self.sidebar

        def gallery() -> QWidget | None:
            self.sidebar.setCurrentIndex(self.sidebar_model.index(0, 0))
            return self.studio.gallery.search

        def journey_map() -> QWidget | None:
            group = self.sidebar_model.index(1, 0)
            if self.sidebar_model.rowCount(group):
                self.sidebar.setCurrentIndex(self.sidebar_model.index(0, 0, group))
            page = self.journeys.page
            page.tabs.setCurrentIndex(0)
            return page.grid.table.horizontalHeader()

        def metrics() -> QWidget | None:
            journey_map()
            page = self.journeys.page
            page.tabs.setCurrentWidget(page.metrics)
            return page.tabs.tabBar()

        def menus() -> QWidget | None:
            return self.toolbar if self.toolbar.isVisible() else self.menuBar()

        return [
            TourStep(
                QCoreApplication.translate("Tour", "Your workspace"),
                QCoreApplication.translate(
                    "Tour",
                    "The sidebar lists the workspace's personas, by buying role, and its journey "
                    "maps. Everything you change is saved at once, and Edit › Undo takes any step "
                    "back.",
                ),
                sidebar,
            ),
            TourStep(
                QCoreApplication.translate("Tour", "Personas"),
                QCoreApplication.translate(
                    "Tour",
                    "The gallery shows every persona as a card; search with Ctrl+F, open one to "
                    "edit its goals, pains and objections. Persona › New Persona starts from a "
                    "template.",
                ),
                gallery,
            ),
            TourStep(
                QCoreApplication.translate("Tour", "Journey maps"),
                QCoreApplication.translate(
                    "Tour",
                    "Stages are columns, lanes are rows. Double-click a cell to write in it, "
                    "right-click a header to add, move or colour stages and lanes, and drag the "
                    "emotion points below the map.",
                ),
                journey_map,
            ),
            TourStep(
                QCoreApplication.translate("Tour", "Metrics and charts"),
                QCoreApplication.translate(
                    "Tour",
                    "Each stage has its KPIs with a target. Type or paste values, import a CSV "
                    "from your analytics tool, and chart trends, the funnel and stage health.",
                ),
                metrics,
            ),
            TourStep(
                QCoreApplication.translate("Tour", "Deliverables and workshops"),
                QCoreApplication.translate(
                    "Tour",
                    "File › Export makes posters, persona one-pagers and the full report as PDF, "
                    "PowerPoint decks, map images and Mermaid diagrams. "
                    "Journey › Workshop Mode projects a map and captures what the room says. "
                    "Help › Guided Tour brings this tour back.",
                ),
                menus,
            ),
        ]

    @Slot()
    def show_tour(self) -> None:
        """Help > Guided Tour (with a workspace open: the tour shows its screens)."""
        if self._workspace is None:
            return
        from personabuilder.ui.shell.welcome import run_tour

        run_tour(self)

    @Slot()
    def show_shortcuts(self) -> None:
        """Help > Keyboard Shortcuts."""
        from personabuilder.ui.shell.shortcuts import ShortcutsDialog

        ShortcutsDialog(self).exec()

    @Slot()
    def show_about(self) -> None:
        """Help > About."""
        text = QCoreApplication.translate(
            "MainWindow",
            "<h3>PersonaBuilder %1</h3><p>Buyer personas and customer journey maps for "
            "SaaS teams, kept in one file on your computer.</p>",
        ).replace("%1", __version__)
        dialogs.about(self, QCoreApplication.translate("MainWindow", "About PersonaBuilder"), text)

    # -- selection and summaries ---------------------------------------------------------

    def _selected(self) -> tuple[NodeKind, uuid.UUID | None] | None:
        indexes = self.sidebar.selectionModel().selectedIndexes()
        if not indexes:
            return None
        index = indexes[0]
        raw_id = index.data(ID_ROLE)
        return NodeKind(index.data(KIND_ROLE)), uuid.UUID(raw_id) if raw_id else None

    @Slot(QItemSelection, QItemSelection)
    def _on_sidebar_selection_changed(self, _new: QItemSelection, _old: QItemSelection) -> None:
        self.show_selected()

    def show_selected(self) -> None:
        """Shows the summary of the persona or journey selected in the sidebar."""
        if self._workspace is None:
            return
        selected = self._selected()
        if selected is None:
            self.summary.setHtml(self._overview_html())
            return
        kind, item_id = selected
        if kind in (NodeKind.PERSONAS, NodeKind.ARCHETYPE):
            self.studio.show_gallery()
            return
        if kind is NodeKind.PERSONA and item_id is not None:
            self.studio.show_persona(item_id)
            return
        if item_id is None:
            self.summary.setHtml(self._overview_html())
            self.pages.setCurrentWidget(self.summary)
            return
        self.journeys.show_journey(item_id)

    def _overview_html(self) -> str:
        assert self._workspace is not None
        listing = self._workspace.services.listing
        personas, journeys = sum(listing.persona_counts().values()), listing.journey_count()
        text = QCoreApplication.translate("MainWindow", "%1 personas · %2 journey maps")
        text = text.replace("%1", str(personas)).replace("%2", str(journeys))
        hint = QCoreApplication.translate(
            "MainWindow", "Select a persona or a journey map in the sidebar to see its summary."
        )
        html = f"<h1>{escape(self._workspace.path.stem)}</h1><p>{escape(text)}</p>"
        if personas + journeys == 0 and not getattr(self._workspace, "read_only", False):
            # An empty workspace says where to start, with the two first steps as links.
            hint = QCoreApplication.translate(
                "MainWindow", "This workspace is empty: start with a persona or a journey map."
            )
            links = " · ".join(
                f'<a href="{OVERVIEW_LINK}{key}">{escape(label)}</a>'
                for key, label in zip(
                    OVERVIEW_ACTIONS,
                    (
                        QCoreApplication.translate("MainWindow", "New persona"),
                        QCoreApplication.translate("MainWindow", "New journey map"),
                    ),
                    strict=True,
                )
            )
            return f"{html}<p>{escape(hint)}</p><p>{links}</p>"
        return f"{html}<p>{escape(hint)}</p>"

    @Slot(QUrl)
    def _on_summary_anchor_clicked(self, url: QUrl) -> None:
        # Only the overview's own first steps: a link can never quit or delete anything.
        key = url.toString().removeprefix(OVERVIEW_LINK)
        action = self.actions_by_id.get(key) if key in OVERVIEW_ACTIONS else None
        if url.toString().startswith(OVERVIEW_LINK) and action is not None and action.isEnabled():
            action.trigger()

    # -- backups and exchange -----------------------------------------------------------

    @Slot()
    def restore_backup(self) -> None:
        """File › Restore from Backup: lists the backups; the current state is kept first."""
        if self._workspace is None:
            return
        from personabuilder.ui.shell.backups_dialog import ask_backup

        path = self._workspace.path
        chosen = ask_backup(self, self._gateway.backups(path))
        if chosen is not None:
            self._restore(path, chosen)

    def _restore(self, path: Path, backup: Path) -> bool:
        """Closes ``path`` if it is open, restores the backup into it and opens the result."""
        if self._workspace is not None and self._workspace.path == path:
            self.set_workspace(None)
        try:
            self._gateway.restore(path, backup)
        except WorkspaceOpenError as exc:
            self.show_problem(exc)
            return False
        opened = self.open_workspace(path)
        if opened:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "MainWindow", "Restored from the backup; the state before it was backed up."
                ),
                8000,
            )
        return opened

    @Slot()
    def export_json(self) -> None:
        """File › Export JSON: the whole workspace in the exchange format."""
        if self._workspace is None:
            return
        from personabuilder.ui.shell.backups_dialog import ask_json_save_path

        dest = ask_json_save_path(self, self._workspace.path.with_suffix(".json"))
        if dest is None:
            return
        try:
            self._gateway.export_json(self._workspace, dest)
        except (WorkspaceOpenError, OSError) as exc:
            dialogs.warn(
                self,
                QCoreApplication.translate("MainWindow", "Export JSON"),
                QCoreApplication.translate("MainWindow", "“%1” could not be written.").replace(
                    "%1", dest.name
                ),
                str(exc),
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Exported to %1").replace("%1", str(dest)),
            5000,
        )

    @Slot()
    def import_json(self) -> None:
        """File › Import JSON: merged by id, all or nothing, after a backup."""
        if self._workspace is None or self._session is None:
            return
        from personabuilder.ui.shell.backups_dialog import ask_json_open_path

        source = ask_json_open_path(self, self._workspace.path.parent)
        if source is None:
            return
        try:
            changed = self._gateway.import_json(self._workspace, source)
        except (WorkspaceOpenError, OSError, ValueError) as exc:
            dialogs.warn(
                self,
                QCoreApplication.translate("MainWindow", "Import JSON"),
                QCoreApplication.translate("MainWindow", "Nothing was imported from “%1”.").replace(
                    "%1", source.name
                ),
                str(exc),
            )
            return
        # The merge is not an undo step (the backup made before it is the way back).
        self._session.undo_stack.clear()
        self._session.personas_changed.emit()
        self._session.journeys_changed.emit()
        self.sidebar_model.set_services(self._workspace.services)
        self.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Imported %1: %2 rows added or changed; a backup was made first."
            )
            .replace("%1", source.name)
            .replace("%2", str(changed)),
            8000,
        )

    # -- deliverables --------------------------------------------------------------------

    @Slot()
    def export_pdf(self) -> None:
        """File › Export: the map or persona on screen is ticked to start with."""
        if self._session is None:
            return
        from personabuilder.ui.deliverables.export_dialog import open_export
        from personabuilder.ui.shell.preferences import load_preferences

        # The poster starts on the paper chosen in Preferences.
        paper = load_preferences(self._settings).paper
        selected = self._selected()
        kind, item_id = selected if selected is not None else (None, None)
        if kind is NodeKind.PERSONA and item_id is not None:
            open_export(self, self._session, kind="persona", persona_id=item_id, paper=paper)
        elif kind is NodeKind.JOURNEY and item_id is not None:
            open_export(self, self._session, kind="poster", journey_id=item_id, paper=paper)
        else:
            open_export(self, self._session, kind="report", paper=paper)

    @Slot()
    def edit_branding(self) -> None:
        """File › Workspace Branding: company name, accent colour and logo (undoable)."""
        if self._session is not None:
            from personabuilder.ui.deliverables.export_dialog import edit_branding

            edit_branding(self, self._session)

    # -- edits ---------------------------------------------------------------------------

    @Slot()
    def rename_selected(self) -> None:
        """Edit > Rename: renames the selected persona or journey map (undoable)."""
        selected = self._selected()
        if self._session is None or selected is None:
            return
        kind, item_id = selected
        if item_id is None:
            return
        services = self._session.services
        if kind is NodeKind.PERSONA:
            old = services.personas.get(item_id).data.name
            new = dialogs.ask_text(
                self,
                QCoreApplication.translate("MainWindow", "Rename Persona"),
                QCoreApplication.translate("MainWindow", "Name:"),
                old,
            )
            if new is not None and new != old:
                self._session.undo_stack.push(rename_persona(self._session, item_id, old, new))
        elif kind is NodeKind.JOURNEY:
            old = services.journeys.get(item_id).title
            new = dialogs.ask_text(
                self,
                QCoreApplication.translate("MainWindow", "Rename Journey Map"),
                QCoreApplication.translate("MainWindow", "Title:"),
                old,
            )
            if new is not None and new != old:
                self._session.undo_stack.push(rename_journey(self._session, item_id, old, new))

    @Slot(object)
    def _on_session_persona_changed(self, persona_id: uuid.UUID) -> None:
        assert self._workspace is not None
        try:
            self.sidebar_model.update_item(self._workspace.services.listing.persona(persona_id))
        except NotFoundError:
            self._on_studio_lists_changed()

    @Slot(object)
    def _on_session_journey_changed(self, journey_id: uuid.UUID) -> None:
        assert self._workspace is not None
        try:
            self.sidebar_model.update_item(self._workspace.services.listing.journey(journey_id))
        except NotFoundError:  # a colleague deleted it in the meantime
            self._on_studio_lists_changed()
            return
        self.show_selected()

    @Slot()
    def _on_studio_lists_changed(self) -> None:
        self.sidebar_model.reload()
        self.sidebar.expandToDepth(1)

    @Slot(object)
    def _on_workspace_damaged(self, error: WorkspaceOpenError) -> None:
        if self._workspace is not None and self._workspace.path == error.path:
            self.set_workspace(None)
        self.show_problem(error)
        self.offer_backup(error)

    def offer_backup(self, error: WorkspaceOpenError) -> bool:
        """After damage, offers to restore the newest backup; True when it was restored."""
        if error.problem is not Problem.CORRUPT:
            return False
        try:
            rows = self._gateway.backups(error.path)
        except OSError:
            return False
        if not rows:
            return False
        when = QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(rows[0].created_at.timestamp())),
            QLocale.FormatType.ShortFormat,
        )
        if not dialogs.ask_yes_no(
            self,
            QCoreApplication.translate("MainWindow", "Restore a Backup?"),
            QCoreApplication.translate(
                "MainWindow", "Restore “%1” from its newest backup, made on %2?"
            )
            .replace("%1", error.path.name)
            .replace("%2", when),
            QCoreApplication.translate(
                "MainWindow",
                "The damaged file is kept beside it; File › Restore from Backup lists older "
                "backups.",
            ),
        ):
            return False
        return self._restore(error.path, Path(rows[0].path))

    @Slot(str)
    def _on_session_edit_failed(self, message: str) -> None:
        dialogs.warn(
            self, QCoreApplication.translate("MainWindow", "The change was not made"), message
        )
