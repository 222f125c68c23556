"""Composition root: shows the window first, then opens the workspace and wires services."""

import logging
import os
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QLockFile,
    QObject,
    QSettings,
    QThreadPool,
    QTimer,
    QTranslator,
    Signal,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from personabuilder import __version__
from personabuilder.languages import system_language
from personabuilder.ui.common.gateway import (
    OpenWorkspace,
    Problem,
    TeamAddress,
    TeamIdentity,
    WorkspaceOpenError,
)
from personabuilder.ui.shell.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Mapping

    from personabuilder.services.offline import Choice, PublishReport
    from personabuilder.store import TeamWorkspace, Workspace, WorkspaceError

log = logging.getLogger(__name__)

# With PERSONABUILDER_PROBE=1 the app reports start-up milestones on stderr and quits once
# the workspace is listed (used by benchmarks/startup.py).
PROBE_ENV = "PERSONABUILDER_PROBE"


def _probe(event: str) -> None:
    if os.environ.get(PROBE_ENV):
        sys.stderr.write(f"pb-probe {event} {time.time():.6f}\n")
        sys.stderr.flush()


def _problem(exc: "WorkspaceError") -> Problem:
    from personabuilder import store

    kinds: list[tuple[type[Exception], Problem]] = [
        (store.WorkspaceInUseError, Problem.LOCKED),
        (store.AccessDeniedError, Problem.PERMISSION),
        (store.OutdatedSchemaError, Problem.OUTDATED),
        (store.WorkspaceNotFoundError, Problem.NOT_FOUND),
        (store.NotAWorkspaceError, Problem.NOT_A_WORKSPACE),
        (store.CorruptWorkspaceError, Problem.CORRUPT),
        (store.NewerSchemaError, Problem.NEWER),
        (store.ReadOnlyLocationError, Problem.READ_ONLY),
        (store.WorkspaceExistsError, Problem.EXISTS),
    ]
    return next((problem for cls, problem in kinds if isinstance(exc, cls)), Problem.STORAGE)


@contextmanager
def translated_errors() -> Iterator[None]:
    """Turns storage errors into the UI's WorkspaceOpenError."""
    from personabuilder.store import WorkspaceError

    try:
        yield
    except WorkspaceError as exc:
        raise WorkspaceOpenError(_problem(exc), exc.path, str(exc)) from exc


class StoreWorkspace(QObject):
    """An open store workspace with its services, as the window sees it."""

    damaged = Signal(object)  # WorkspaceOpenError, emitted from a worker thread

    def __init__(self, workspace: "Workspace", lock: QLockFile | None = None) -> None:
        from personabuilder.services import Services

        super().__init__()
        self._workspace = workspace
        self._lock = lock
        self.path = workspace.path
        self.read_only = lock is None
        self.team: TeamIdentity | None = None
        self.services = Services.bind(workspace)

    def save_copy(self, dest: Path) -> None:
        """Writes a consistent copy of the workspace to ``dest``."""
        with translated_errors():
            self._workspace.save_copy(dest)

    def check_then_back_up(self) -> None:
        """Waits for the integrity check; then makes the daily backup if one is due."""
        damage = self._workspace.integrity_verdict()
        if damage is not None:
            self.damaged.emit(WorkspaceOpenError(Problem.CORRUPT, self.path, str(damage)))
            return
        try:
            self._workspace.backup_if_due()
        except Exception:
            log.exception("daily backup of %s failed", self.path.name)

    def close(self) -> None:
        """Releases the file (and the claim to edit it)."""
        self._workspace.close()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None


class TeamStoreWorkspace(QObject):
    """An open team workspace (a database on a PostgreSQL server), as the window sees it.

    A viewer's workspace is ``read_only`` for the window (it hides editing), while the
    store stays writable: the server itself refuses the writes that still happen.
    """

    damaged = Signal(object)  # never emitted: the server checks its own storage

    def __init__(
        self,
        workspace: "TeamWorkspace",
        identity: TeamIdentity,
        path: Path,
        on_close: Callable[[Path], None],
    ) -> None:
        from personabuilder.services import Services

        super().__init__()
        # Opened on a worker thread (the connection dialog's), used on the GUI thread: the
        # store's engine and pool may change threads, a QObject must be handed over.
        app = QCoreApplication.instance()
        if app is not None and self.thread() is not app.thread():
            self.moveToThread(app.thread())
        self._workspace: TeamWorkspace | None = workspace
        self._on_close = on_close
        self.path = path
        self.team: TeamIdentity | None = identity
        self.read_only = not identity.may_edit
        self.services = Services.bind(workspace)

    def save_copy(self, dest: Path) -> None:
        """Writes the whole team workspace to ``dest`` as a local workspace file."""
        assert self._workspace is not None
        with translated_errors():
            self._workspace.save_copy(dest)

    def close(self) -> None:
        """Releases every connection to the server."""
        if self._workspace is not None:
            self._workspace.close()
            self._workspace = None
            self._on_close(self.path)


# One entry per open team workspace (two windows may show the same one).
OPEN_TEAM_PATHS: list[Path] = []


def team_path(address: TeamAddress) -> Path:
    """Where file dialogs start for a team workspace: a name in the home folder, no file."""
    return Path.home() / address.database.replace("/", "_").replace("\\", "_")


def _with_password(url: str, password: str) -> str:
    """``url`` with ``password`` in its user part (kept in memory only, never stored)."""
    from urllib.parse import quote, urlsplit, urlunsplit

    parts = urlsplit(url)
    user, _, host = parts.netloc.rpartition("@")
    netloc = f"{user}:{quote(password, safe='')}@{host}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


@contextmanager
def team_errors(path: Path) -> Iterator[None]:
    """Turns a team workspace's connection and store errors into WorkspaceOpenError."""
    from personabuilder import store
    from personabuilder.store import credentials, team

    try:
        yield
    except team.ServerUnreachableError as exc:
        raise WorkspaceOpenError(Problem.UNREACHABLE, path, str(exc)) from exc
    except team.LoginRefusedError as exc:
        # libpq's words (the only sign): the login exists but may not connect to this database.
        cause = str(exc.__context__ or "")
        no_access = "permission denied for database" in cause
        problem = Problem.NO_ACCESS if no_access else Problem.LOGIN_REFUSED
        raise WorkspaceOpenError(problem, path, str(exc)) from exc
    except team.NotATeamWorkspaceError as exc:
        raise WorkspaceOpenError(Problem.NOT_TEAM, path, str(exc)) from exc
    except team.TeamError as exc:
        problem = Problem.NOT_FOUND if "There is no database" in str(exc) else Problem.STORAGE
        raise WorkspaceOpenError(problem, path, str(exc)) from exc
    except credentials.BadUrlError as exc:
        raise WorkspaceOpenError(Problem.STORAGE, path, str(exc)) from exc
    except store.ServerUnreachableError as exc:
        raise WorkspaceOpenError(Problem.UNREACHABLE, path, str(exc)) from exc
    except store.LoginRefusedError as exc:
        raise WorkspaceOpenError(Problem.LOGIN_REFUSED, path, str(exc)) from exc
    except store.NotAWorkspaceError as exc:
        raise WorkspaceOpenError(Problem.NOT_TEAM, path, str(exc)) from exc
    except store.WorkspaceError as exc:
        raise WorkspaceOpenError(_problem(exc), path, str(exc)) from exc


def claim(path: Path) -> QLockFile:
    """Claims the right to edit ``path`` for this process, or raises IN_USE.

    SQLite would let two windows write the same file in turn, each showing the other's
    older state; one editor at a time, through a lock file beside the workspace, means
    nothing anyone does is overwritten silently. A lock left by a crashed app is stale
    (its process is gone) and is taken over.
    """
    lock = QLockFile(str(path) + ".lock")
    lock.setStaleLockTime(0)  # only a dead owner makes a lock stale, never its age
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            raise WorkspaceOpenError(
                Problem.IN_USE,
                path,
                "Another PersonaBuilder window has this workspace open for editing.",
            )
        # The folder may be read-only: then the store itself will say so on opening.
        return lock
    return lock


def _wal_reason(why: str) -> str:
    """Why a -wal did not belong (a key of the store's walcheck.WHY), in the UI language."""
    reasons = {
        "damaging": QCoreApplication.translate("StoreGateway", "applying it would damage the file"),
        "foreign": QCoreApplication.translate(
            "StoreGateway", "it would make the file another application's database"
        ),
        "newer": QCoreApplication.translate(
            "StoreGateway", "it would give the file a newer format than this version reads"
        ),
        "older": QCoreApplication.translate(
            "StoreGateway", "it comes from an older copy of the file"
        ),
        "diverged": QCoreApplication.translate(
            "StoreGateway", "it was written on another copy of the file, which has changed since"
        ),
    }
    return reasons.get(why, why)


class StoreGateway:
    """Opens and creates workspaces with the store (imported on first use)."""

    def __init__(self) -> None:
        # Shows (text, detail) to the user; run_gui points it at the window's warning box.
        self.notify: Callable[[str, str], None] | None = None
        # The stand-in paths of open team workspaces (shared by every gateway of the process):
        # they name no file, so there is nothing to back up before an import.
        self._team_paths = OPEN_TEAM_PATHS

    def _tell_about_wal(self, workspace: "Workspace") -> None:
        """Says in one sentence, in the UI language, what was done with a -wal that did not
        belong and why."""
        if not workspace.notice:
            return
        log.warning("%s", workspace.notice)
        why = _wal_reason(workspace.wal_why)
        if workspace.wal_set_aside is not None:
            text = (
                QCoreApplication.translate(
                    "StoreGateway",
                    "A journal file left beside “%1” did not belong to it (%3); it was set "
                    "aside as “%2” and the workspace was left as it was.",
                )
                .replace("%3", why)
                .replace("%1", workspace.path.name)
                .replace("%2", workspace.wal_set_aside.name)
            )
        else:
            text = (
                QCoreApplication.translate(
                    "StoreGateway",
                    "A journal file left beside “%1” does not belong to it (%2); it was "
                    "ignored and nothing was changed.",
                )
                .replace("%2", why)
                .replace("%1", workspace.path.name)
            )
        if self.notify is not None:
            self.notify(text, "")

    def backups(self, path: Path) -> list[Any]:
        """The backups of a workspace, newest first, with their persona and map counts."""
        from personabuilder.services.backups import list_backups

        return list(list_backups(path))

    def restore(self, path: Path, backup: Path) -> None:
        """Replaces a closed workspace with a backup, backing its current state up first."""
        with translated_errors():
            from personabuilder.store.restore import restore_from_backup

            restore_from_backup(path, backup)

    def backup_before_import(self, path: Path) -> None:
        """Backs a workspace up before an import; a failure stops the import."""
        from personabuilder.services.backups import backup_before_import

        if path in self._team_paths:
            return  # a team workspace is backed up by its server
        with translated_errors():
            backup_before_import(path)

    def export_json(self, workspace: OpenWorkspace, dest: Path) -> None:
        """Writes the whole workspace to ``dest`` in the exchange format (atomically)."""
        from personabuilder.services.exchange import write_dump

        with translated_errors():
            write_dump(workspace.services, dest)

    def import_json(self, workspace: OpenWorkspace, source: Path) -> int:
        """Backs the workspace up, then merges an exchange file into it, all or nothing."""
        from personabuilder.services.exchange import backup_before_import, load, read_document

        with translated_errors():
            document = read_document(source)  # refused here, before any backup is made
            if workspace.path not in self._team_paths:
                backup_before_import(workspace.path)
            report = load(workspace.services, document)
        return report.total_added + sum(report.updated.values())

    def open(self, path: Path) -> OpenWorkspace:
        """Opens an existing workspace for editing (one editor at a time)."""
        lock = claim(path) if path.exists() else None
        try:
            with translated_errors():
                from personabuilder.store import Workspace

                opened = Workspace.open(path, daily_backup=False, check_in_background=True)
                workspace = StoreWorkspace(opened, lock or QLockFile(str(path) + ".lock"))
        except BaseException:
            if lock is not None:
                lock.unlock()
            raise
        try:
            with translated_errors():
                # The first list reads run here, where a damaged page becomes a clear error.
                workspace.services.listing.persona_counts()
                workspace.services.listing.journey_count()
        except BaseException:
            workspace.close()
            raise
        # The integrity check and the daily backup read the whole file: off the GUI thread,
        # while the workspace is being listed.
        QThreadPool.globalInstance().start(workspace.check_then_back_up)
        self._tell_about_wal(opened)
        return workspace

    def open_to_read(self, path: Path) -> OpenWorkspace:
        """Opens another workspace read-only (no backup, no migration), to copy from it."""
        with translated_errors():
            from personabuilder.store import Workspace

            opened = Workspace.open(path, read_only=True, daily_backup=False)
        self._tell_about_wal(opened)
        return StoreWorkspace(opened, None)

    def create(self, path: Path, *, demo: bool, lang: str) -> OpenWorkspace:
        """Creates a workspace, with the demo content if asked, and opens it."""
        with translated_errors():
            from personabuilder.services import Services
            from personabuilder.services.starter import build_demo
            from personabuilder.store import Workspace

            def populate(ws: Workspace) -> None:
                if demo:
                    build_demo(Services.bind(ws), lang)

            lock = claim(path)
            try:
                return StoreWorkspace(
                    Workspace.create(path, overwrite=True, populate=populate), lock
                )
            except BaseException:
                lock.unlock()
                raise

    # -- team workspaces -----------------------------------------------------------------

    def keyring_available(self) -> bool:
        """True when a system keyring can keep a team workspace's password."""
        from personabuilder.store import credentials

        return credentials.keyring_available()

    def _team_url(self, address: TeamAddress, password: str | None) -> str:
        """The URL to connect with: the typed password, else the keyring's (in memory only)."""
        from personabuilder.store import credentials

        url = address.url()
        if password is None:
            # None also when libpq will read the PostgreSQL password file itself.
            password = credentials.password_for(url)
        return _with_password(url, password) if password else url

    @staticmethod
    def _identity(url: str, address: TeamAddress, path: Path) -> TeamIdentity:
        """Who ``url`` logs in as on its team workspace; NO_ACCESS for a stranger."""
        from personabuilder.store import team

        try:
            role = team.role_of(url)
        except team.NotAMemberError as exc:
            raise WorkspaceOpenError(Problem.NO_ACCESS, path, str(exc)) from None
        return TeamIdentity(database=address.database, user=address.user, role=role)

    def test_team(self, address: TeamAddress, password: str | None) -> TeamIdentity:
        """Logs in to a team workspace and checks it opens; says who that is."""
        path = team_path(address)
        url = self._team_url(address, password)
        with team_errors(path):
            from personabuilder.store import TeamWorkspace

            identity = self._identity(url, address, path)
            TeamWorkspace.open(url).close()  # an older or newer format is refused here
        return identity

    def open_team(
        self, address: TeamAddress, password: str | None, *, remember: bool = False
    ) -> OpenWorkspace:
        """Opens a team workspace; keeps the password in the keyring when asked and it worked."""
        path = team_path(address)
        url = self._team_url(address, password)
        with team_errors(path):
            from personabuilder.store import TeamWorkspace

            identity = self._identity(url, address, path)
            opened = TeamWorkspace.open(url)
        workspace = TeamStoreWorkspace(opened, identity, path, self._team_paths.remove)
        self._team_paths.append(path)
        try:
            with team_errors(path):
                workspace.services.listing.persona_counts()
                workspace.services.listing.journey_count()
        except BaseException:
            workspace.close()
            raise
        if remember and password:
            self.remember_password(address, password)
        log.info(
            "team workspace %s opened as %s (%s)", opened.location, address.user, identity.role
        )
        return workspace

    def remember_password(self, address: TeamAddress, password: str) -> None:
        """Keeps a password that worked in the system keyring; says so if it cannot."""
        from personabuilder.store import credentials

        try:
            credentials.remember(address.url(), password)
        except credentials.CredentialError as exc:
            if self.notify is not None:
                self.notify(
                    QCoreApplication.translate(
                        "StoreGateway", "The password could not be kept in the system keyring."
                    ),
                    str(exc),
                )

    def take_offline(self, workspace: OpenWorkspace, dest: Path) -> None:
        """Copies the open team workspace into the new offline copy ``dest``."""
        from personabuilder.services.offline import OfflineError, take_offline

        team = workspace._workspace if isinstance(workspace, TeamStoreWorkspace) else None
        if team is None:
            raise WorkspaceOpenError(
                Problem.NOT_TEAM, workspace.path, "Only a team workspace can be taken offline."
            )
        try:
            with translated_errors():
                take_offline(team, team.url, dest)
        except OfflineError as exc:
            raise WorkspaceOpenError(Problem.NOT_TEAM, dest, str(exc)) from exc
        log.info("team workspace %s taken offline", team.location)

    @staticmethod
    def _offline_copy(workspace: OpenWorkspace) -> "Workspace":
        copy = workspace._workspace if isinstance(workspace, StoreWorkspace) else None
        if copy is None:
            raise WorkspaceOpenError(
                Problem.STORAGE, workspace.path, "A team workspace is not an offline copy."
            )
        return copy

    def publish_origin(self, workspace: OpenWorkspace) -> TeamAddress | None:
        """The team workspace the open offline copy publishes to; None for any other."""
        from personabuilder.services.offline import OfflineError, origin_of

        if not isinstance(workspace, StoreWorkspace):
            return None
        try:
            return TeamAddress.from_url(origin_of(workspace._workspace).url)
        except (OfflineError, ValueError, KeyError):
            return None

    def publish(
        self,
        workspace: OpenWorkspace,
        keep: "Mapping[str, Choice] | None",
        password: str | None = None,
    ) -> "PublishReport":
        """Sends the open offline copy's changes to its team workspace (``keep``: choices)."""
        from personabuilder.services.offline import (
            OfflineError,
            PublishLoginError,
            origin_of,
            publish_copy,
        )

        copy = self._offline_copy(workspace)
        try:
            url = None
            if password:
                # Typed in: in memory only, beside the origin's URL (never kept in the copy).
                url = _with_password(origin_of(copy).url, password)
            return publish_copy(copy, url=url, keep=keep)
        except PublishLoginError as exc:
            raise WorkspaceOpenError(Problem.LOGIN_REFUSED, workspace.path, str(exc)) from exc
        except OfflineError as exc:
            raise WorkspaceOpenError(Problem.STORAGE, workspace.path, str(exc)) from exc


def _install_translator(app: QApplication, lang: str) -> None:
    from personabuilder.resources import translations_dir

    # English has a catalogue too: it holds the plural forms ("1 persona", "2 personas").
    translator = QTranslator(app)
    if translator.load(f"personabuilder_{lang}", str(translations_dir())):
        app.installTranslator(translator)
    else:
        log.warning("no %s translation found in %s", lang, translations_dir())
    if lang == "fr":
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        # Qt's own words (OK, Cancel, Yes, the file dialogs) come from Qt's catalogue.
        qt_words = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_words.load("qtbase_fr", qt_path):
            app.installTranslator(qt_words)


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with our names (QSettings and platformdirs use them)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName("PersonaBuilder")
    QCoreApplication.setApplicationName("PersonaBuilder")
    QCoreApplication.setApplicationVersion(__version__)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setDesktopFileName("io.github.personabuilder.PersonaBuilder")
    app.setWindowIcon(app_icon())
    return app


def app_icon() -> QIcon:
    """The application icon at every bundled size."""
    from personabuilder.resources import resources_dir

    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("personabuilder-*.png")):
        icon.addFile(str(png))
    return icon


def open_initial(window: MainWindow, workspace: Path | None, lang: str) -> None:
    """Opens the named workspace, or the default one (created with demo content)."""
    gateway = StoreGateway()
    if workspace is not None:
        window.open_workspace(workspace)
        return
    from personabuilder.store.locations import default_workspace_path

    path = default_workspace_path(lang)
    if path.exists():
        window.open_workspace(path)
        return
    try:
        window.set_workspace(gateway.create(path, demo=True, lang=lang))
    except WorkspaceOpenError as exc:
        window.show_problem(exc)


def _import_orm() -> None:
    # Imported for their cost only (SQLAlchemy and the ORM), ahead of the first click.
    import personabuilder.services.journeys
    import personabuilder.services.personas
    import personabuilder.services.workspace  # noqa: F401


def run_gui(workspace: Path | None, lang: str | None) -> int:
    """Starts the app; shows the window before the workspace (and SQLAlchemy) load."""
    logging.basicConfig(level=logging.WARNING)
    app = make_application()
    settings = QSettings()
    from personabuilder.store.backup import set_retention
    from personabuilder.ui.shell.preferences import apply_theme, load_preferences

    prefs = load_preferences(settings)
    lang = lang or (prefs.language if prefs.language != "system" else system_language())
    _install_translator(app, lang)
    if prefs.theme != "system":
        apply_theme(app, prefs.theme)
    set_retention(prefs.backups)
    gateway = StoreGateway()
    window = MainWindow(gateway, settings)

    def tell(text: str, detail: str) -> None:
        from personabuilder.ui.common import dialogs

        dialogs.warn(
            window, QCoreApplication.translate("StoreGateway", "PersonaBuilder"), text, detail
        )

    gateway.notify = tell
    window.preferences_changed.connect(lambda chosen: set_retention(chosen.backups))
    window.show()

    def after_show() -> None:
        _probe("window-visible")
        from personabuilder.ui.common.script_fonts import register_script_fonts

        register_script_fonts()  # before names in those scripts are listed
        open_initial(window, workspace, lang)

    welcomed = False
    importing: list[threading.Thread] = []

    def after_listing() -> None:
        nonlocal welcomed
        _probe("workspace-listed")
        # The ORM (~0.4 s of imports) is needed at the first click on a persona or map:
        # load it now, on a thread, instead of then, on the GUI thread.
        if not importing:
            importing.append(threading.Thread(target=_import_orm, name="import-orm"))
            importing[0].start()
        if os.environ.get(PROBE_ENV):
            window.close()
            app.quit()
        elif not welcomed:
            welcomed = True
            from personabuilder.ui.shell.welcome import welcome_if_first_run

            welcome_if_first_run(window, settings)

    # Let the first paint happen before the slow imports and the file open.
    window.workspace_listed.connect(lambda: QTimer.singleShot(0, after_listing))
    QTimer.singleShot(0, after_show)
    code = app.exec()
    # Quit while the imports run: they end first. A daemon thread cut off by the interpreter
    # exiting inside a C extension aborted the process ("terminate called without an active
    # exception") after the window had closed.
    for thread in importing:
        thread.join()
    return code
