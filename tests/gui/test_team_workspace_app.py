"""Team workspaces in the app, on the real test server: the dialog, the window, the roles."""

import secrets
import socket
import stat
import sys
import threading
import types
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressBar, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.app import StoreGateway
from personabuilder.services import Services
from personabuilder.services.starter import build_demo
from personabuilder.store import team
from personabuilder.store.errors import VIEW_ONLY_MESSAGE, ViewOnlyError
from personabuilder.store.postgres import TeamWorkspace
from personabuilder.ui.common.commands import rename_persona
from personabuilder.ui.common.gateway import TeamAddress
from personabuilder.ui.shell.main_window import MainWindow
from personabuilder.ui.shell.team_dialog import TeamDialog
from tests.conftest import DEMO_DAY
from tests.pg_cluster import Cluster

from .conftest import Answers


@dataclass
class Team:
    """A demo team workspace with an owner, an editor, a viewer and a login with no access."""

    cluster: Cluster
    dbname: str
    owner: str
    editor: str
    viewer: str
    stranger: str
    passwords: dict[str, str] = field(default_factory=dict)

    def address(self, login: str, **changes: object) -> TeamAddress:
        """The dialog's fields for ``login`` (no password)."""
        fields: dict[str, object] = {
            "host": self.cluster.host,
            "port": self.cluster.port,
            "database": self.dbname,
            "user": login,
        }
        fields.update(changes)
        return TeamAddress(**fields)  # type: ignore[arg-type]

    def url(self, login: str) -> str:
        """A URL with the password, for the test's own checks."""
        return self.cluster.url_for(login, self.passwords[login], self.dbname)


@pytest.fixture(scope="module")
def demo_team(pg_cluster: Cluster) -> Iterator[Team]:
    """The demo built by `team init --demo` on a database of its own; roles dropped after."""
    tag = uuid.uuid4().hex[:10]
    names = {role: f"{role}_{tag}" for role in ("own", "ed", "vw", "xx")}
    made = Team(
        cluster=pg_cluster,
        dbname=f"team_{tag}",
        owner=names["own"],
        editor=names["ed"],
        viewer=names["vw"],
        stranger=names["xx"],
    )
    made.passwords = {name: secrets.token_urlsafe(16) for name in names.values()}
    for login, options in ((made.owner, "CREATEROLE"), (made.stranger, "")):
        pg_cluster.execute(
            sql.SQL("CREATE ROLE {} LOGIN " + options + " PASSWORD {}").format(
                sql.Identifier(login), sql.Literal(made.passwords[login])
            )
        )
    pg_cluster.create_database(made.dbname, owner=made.owner)
    team.init(
        made.url(made.owner),
        populate=lambda ws: build_demo(Services.bind(ws), "en", today=DEMO_DAY),
    )
    team.add_member(made.url(made.owner), made.editor, "editor", made.passwords[made.editor])
    team.add_member(made.url(made.owner), made.viewer, "viewer", made.passwords[made.viewer])
    yield made
    pg_cluster.drop_database(made.dbname)
    groups = team.group_names(made.dbname)
    with psycopg.connect(pg_cluster.superuser_url(), autocommit=True) as conn:
        for login in (made.editor, made.viewer, made.stranger, groups.editors, groups.viewers):
            conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(login)))
        conn.execute(sql.SQL("DROP ROLE IF EXISTS {}").format(sql.Identifier(made.owner)))


@pytest.fixture(autouse=True)
def no_saved_passwords(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No keyring package and an empty password file: only what a test gives is known."""
    monkeypatch.setitem(sys.modules, "keyring", None)  # importing it fails: no keyring
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))


def _closed_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _dialog(qtbot: QtBot, address: TeamAddress | None = None) -> TeamDialog:
    dialog = TeamDialog(None, StoreGateway(), address)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _test(qtbot: QtBot, dialog: TeamDialog, password: str) -> str:
    dialog.password.setText(password)
    with qtbot.waitSignal(dialog.test_finished, timeout=60_000) as answer:
        dialog.test_button.click()
    assert dialog.isVisible()  # Test never closes the dialog
    return str(answer.args[0])


def _with_modal(qtbot: QtBot, act: Callable[[TeamDialog], None]) -> None:
    """Runs ``act`` on the team dialog once it shows (modal); cancels it if ``act`` fails."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TeamDialog):
            # Not shown yet: a recent workspace first connects with the window live.
            QTimer.singleShot(10, run)
            return
        try:
            act(dialog)
            # Open connects on a worker thread: its answer comes while the dialog runs.
            qtbot.waitUntil(lambda: not dialog.connecting, timeout=60_000)
        finally:
            if dialog.isVisible():
                dialog.cancel_connecting()
                dialog.reject()

    QTimer.singleShot(0, run)


def _settings_text(settings: QSettings) -> str:
    settings.sync()
    return Path(settings.fileName()).read_text(encoding="utf-8")


# -- the dialog -------------------------------------------------------------------------


def test_test_button_says_who_you_are_or_names_the_problem(
    qtbot: QtBot, demo_team: Team, pg_url: str
) -> None:
    dialog = _dialog(qtbot, demo_team.address(demo_team.editor))
    assert dialog.port.value() == demo_team.cluster.port
    assert not dialog.remember.isEnabled()  # no keyring on this machine
    good = _test(qtbot, dialog, demo_team.passwords[demo_team.editor])
    assert good == f"Connected as {demo_team.editor}, editor."

    bad = _test(qtbot, dialog, "not-the-password")
    assert bad.startswith("The server refused the login: check the user name and the password.")
    assert "not-the-password" not in bad

    dialog.set_address(demo_team.address(demo_team.stranger))
    no_access = _test(qtbot, dialog, demo_team.passwords[demo_team.stranger])
    assert no_access.startswith("This login has no access to the team workspace")

    dialog.set_address(demo_team.address(demo_team.owner, port=_closed_port()))
    unreachable = _test(qtbot, dialog, demo_team.passwords[demo_team.owner])
    assert unreachable.startswith("The server cannot be reached")

    # A database that holds no team workspace (the superuser may connect to it).
    superuser = TeamAddress.from_url(pg_url)
    assert superuser is not None
    dialog.set_address(superuser)
    password = psycopg.conninfo.conninfo_to_dict(pg_url)["password"]
    plain = _test(qtbot, dialog, str(password))
    assert plain.startswith("This database is not a PersonaBuilder team workspace.")
    assert dialog.workspace is None


def test_the_dialog_is_keyboard_complete(qtbot: QtBot, demo_team: Team) -> None:
    dialog = _dialog(qtbot)
    assert dialog.port.value() == 5432
    assert not dialog.open_button.isEnabled()  # nothing to open yet
    assert dialog.focusWidget() is dialog.host  # the first empty field
    chain: list[QWidget | None] = [dialog.focusWidget()]
    for _ in range(5):
        focused = dialog.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = dialog.focusWidget()
        # A spin box's focus sits on its inner line edit.
        chain.append(dialog.port if now is not None and now.parent() is dialog.port else now)
    assert chain == [
        dialog.host,
        dialog.port,
        dialog.database,
        dialog.user,
        dialog.password,
        dialog.sslmode,  # the keyring box is skipped: disabled without a keyring
    ]
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    assert [dialog.sslmode.itemData(i) for i in range(3)] == ["prefer", "require", "verify-full"]
    dialog.set_address(demo_team.address(demo_team.editor))
    assert dialog.open_button.isEnabled()
    assert dialog.open_button.isDefault()  # Enter opens
    qtbot.keyClick(dialog.password, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.workspace is None


# -- the window ------------------------------------------------------------------------


def test_open_names_the_window_and_who_you_are_and_keeps_no_password(
    qtbot: QtBot, window: MainWindow, settings: QSettings, demo_team: Team
) -> None:
    password = demo_team.passwords[demo_team.editor]
    address = demo_team.address(demo_team.editor, sslmode="prefer")

    def fill(dialog: TeamDialog) -> None:
        for widget, text in (
            (dialog.host, address.host),
            (dialog.database, address.database),
            (dialog.user, address.user),
        ):
            qtbot.keyClicks(widget, text)
        dialog.port.setValue(address.port)
        qtbot.keyClicks(dialog.password, password)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)  # Enter = Open

    _with_modal(qtbot, fill)
    window.actions_by_id["open_team"].trigger()
    assert window.workspace is not None
    assert window.windowTitle() == f"{demo_team.dbname} - PersonaBuilder"
    assert window.path_label.text() == f"Signed in as {demo_team.editor} · editor"
    assert window.actions_by_id["rename"].isEnabled()
    assert not window.actions_by_id["restore_backup"].isEnabled()  # the server's job
    assert window.actions_by_id["open_team"].shortcut().toString() == "Ctrl+Shift+O"

    assert window.recent_team_workspaces() == [address]
    assert window.recent_files() == []  # a team workspace is no file
    text = _settings_text(settings)
    assert address.url() in text
    assert password not in text
    window._fill_recent_menu()
    labels = [a.text() for a in window.recent_menu.actions()]
    assert "Recent Team Workspaces" in labels
    assert address.label in labels


def test_a_recent_team_workspace_opens_with_the_password_file_or_asks(
    qtbot: QtBot,
    window: MainWindow,
    settings: QSettings,
    demo_team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    address = demo_team.address(demo_team.viewer)
    # Without any password known, the dialog comes back filled in, saying why.
    seen: list[tuple[TeamAddress, str]] = []
    _with_modal(qtbot, lambda dialog: seen.append((dialog.address(), dialog.answer)))
    assert not window.open_team_workspace(address)
    assert seen[0][0] == address
    assert seen[0][1].startswith("The server refused the login")

    passfile = tmp_path / "pgpass"
    passfile.write_text(
        f"{address.host}:{address.port}:*:{address.user}:{demo_team.passwords[address.user]}\n",
        encoding="utf-8",
    )
    passfile.chmod(stat.S_IRUSR | stat.S_IWUSR)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    assert window.open_team_workspace(address)
    assert window.path_label.text() == f"Signed in as {demo_team.viewer} · viewer"
    assert demo_team.passwords[address.user] not in _settings_text(settings)


def test_a_viewers_edit_is_refused_with_the_message_and_nothing_is_written(
    window: MainWindow, answers: Answers, demo_team: Team
) -> None:
    workspace = StoreGateway().open_team(
        demo_team.address(demo_team.viewer), demo_team.passwords[demo_team.viewer]
    )
    window.set_workspace(workspace)
    assert window.windowTitle() == f"{demo_team.dbname} - PersonaBuilder"
    assert window.path_label.text() == f"Signed in as {demo_team.viewer} · viewer"
    for key in ("rename", "branding", "import_json", "restore_backup"):
        assert not window.actions_by_id[key].isEnabled(), key
    assert window.actions_by_id["export"].isEnabled()  # reading and exporting stay open
    session = window.session
    assert session is not None
    persona = session.services.listing.personas()[0]
    name = session.services.personas.get(persona.id).data.name
    assert session.read_only  # the editors show at once that they change nothing
    # A step pushed anyway is dropped unrun, and nothing is asked or warned.
    session.undo_stack.push(rename_persona(session, persona.id, name, "Renamed by a viewer"))
    assert session.undo_stack.count() == 0
    # A write that gets past the window anyway: the server itself refuses it.
    with pytest.raises(ViewOnlyError, match=VIEW_ONLY_MESSAGE):
        session.services.personas.update(persona.id, name="Renamed by a viewer")
    check = TeamWorkspace.open(demo_team.url(demo_team.owner))
    try:
        assert Services.bind(check).personas.get(persona.id).data.name == name
    finally:
        check.close()


def test_the_keyring_keeps_the_password_never_the_settings(
    qtbot: QtBot, window: MainWindow, settings: QSettings, demo_team: Team
) -> None:
    kept: dict[tuple[str, str], str] = {}

    class MemoryKeyring:
        """A keyring backend holding passwords in a dict (stands in for the system's)."""

        def get_password(self, service: str, key: str) -> str | None:
            return kept.get((service, key))

        def set_password(self, service: str, key: str, password: str) -> None:
            kept[(service, key)] = password

        def delete_password(self, service: str, key: str) -> None:
            kept.pop((service, key), None)

    backend = MemoryKeyring()
    fake = types.ModuleType("keyring")
    fake.get_keyring = lambda: backend  # type: ignore[attr-defined]
    fake.get_password = backend.get_password  # type: ignore[attr-defined]
    fake.set_password = backend.set_password  # type: ignore[attr-defined]
    fake.delete_password = backend.delete_password  # type: ignore[attr-defined]
    sys.modules["keyring"] = fake  # put back by the autouse fixture's monkeypatch
    address = demo_team.address(demo_team.editor)
    password = demo_team.passwords[demo_team.editor]

    def fill(dialog: TeamDialog) -> None:
        assert dialog.remember.isEnabled()
        dialog.password.setText(password)
        dialog.remember.setChecked(True)
        dialog.open_button.click()

    window._remember_team(address)
    _with_modal(qtbot, fill)
    window.actions_by_id["open_team"].trigger()
    assert window.workspace is not None
    assert list(kept.values()) == [password]
    assert password not in _settings_text(settings)
    window.set_workspace(None)
    assert window.open_team_workspace(address)  # the keyring's password, no dialog


# -- everything works as on a file -----------------------------------------------------


def test_every_page_opens_on_a_team_workspace(
    qtbot: QtBot,
    window: MainWindow,
    answers: Answers,
    demo_team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from personabuilder.ui.deliverables import export_dialog
    from personabuilder.ui.deliverables.export_dialog import ExportDialog
    from personabuilder.ui.journeys.snapshots import SnapshotsPanel
    from personabuilder.ui.metrics import csv_import
    from personabuilder.ui.workshop import start_workshop

    workspace = StoreGateway().open_team(
        demo_team.address(demo_team.editor), demo_team.passwords[demo_team.editor]
    )
    window.set_workspace(workspace)
    session = window.session
    assert session is not None
    services = session.services
    window.resize(1366, 768)

    # Personas: the gallery, then one persona's editor.
    model = window.sidebar_model
    personas_group = model.index(0, 0)
    window.sidebar.setCurrentIndex(personas_group)
    assert window.pages.currentWidget() is window.studio.gallery
    persona = services.listing.personas()[0]
    window.studio.show_persona(persona.id)
    assert window.pages.currentWidget() is window.studio.editor

    # The journey map and its metrics.
    journey = services.listing.journeys()[0]
    window.journeys.show_journey(journey.id)
    page = window.journeys.page
    assert window.pages.currentWidget() is page
    assert page.grid.model.columnCount() > 0
    page.tabs.setCurrentWidget(page.metrics)
    assert page.tabs.currentWidget() is page.metrics

    # CSV import: one undo step, with no file backup (the server keeps the backups).
    csv = tmp_path / "kpis.csv"
    csv.write_text(
        "Metric;Stage;Month;Value\nLeads generated;Awareness;févr. 2031;1 234\n", encoding="utf-8"
    )
    monkeypatch.setattr(csv_import, "ask_csv_path", lambda _parent: csv)
    monkeypatch.setattr(
        csv_import,
        "ask_import",
        lambda parent, detail, data, name, plan=None: (
            csv_import.ImportPreview(parent, detail, data, name, plan).plan
        ),
    )
    assert csv_import.run_import(window, session, journey.id), answers.warnings
    assert session.undo_stack.undoText() == "Import kpis.csv"
    session.undo_stack.undo()

    # Snapshots.
    holder = QWidget()
    qtbot.addWidget(holder)
    panel = SnapshotsPanel(session, journey.id, holder)
    answers.text = "Before the team review"
    panel.empty_save.click()
    assert panel.list.count() == 1
    session.undo_stack.undo()

    # Workshop mode.
    controller = start_workshop(None, session, journey.id, title="Team kick-off", today=DEMO_DAY)
    assert controller.projection is not None
    qtbot.addWidget(controller.projection)
    assert controller.running
    assert services.workshop.sessions(journey.id)
    controller.leave()

    # Export: a persona one-pager, written as a real PDF.
    dialog = ExportDialog(window, session, kind="persona", persona_id=persona.id)
    qtbot.addWidget(dialog)
    target = tmp_path / "persona.pdf"
    monkeypatch.setattr(export_dialog, "ask_pdf_path", lambda *_a: target)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    assert answers.warnings == []


# -- connecting never freezes the window -------------------------------------------------


@pytest.fixture
def blackhole() -> Iterator[int]:
    """A port that accepts the TCP handshake (the kernel does) and never answers."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sink:
        sink.bind(("127.0.0.1", 0))
        sink.listen(8)
        yield int(sink.getsockname()[1])


def _connecting_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "team-connect"]


def _ticks_while(qtbot: QtBot, ms: int) -> int:
    """How often a 20 ms timer fired during ``ms``: the event loop ran if it did."""
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(20)
    qtbot.wait(ms)
    timer.stop()
    return ticks[0]


def test_open_on_a_silent_server_keeps_the_dialog_live_and_cancel_abandons_it(
    qtbot: QtBot, blackhole: int
) -> None:
    address = TeamAddress("127.0.0.1", blackhole, "team", "ann")
    dialog = _dialog(qtbot, address)
    dialog.password.setText("not-sent-anywhere")
    dialog.open_button.click()
    assert dialog.connecting
    assert dialog.busy.isVisible()
    assert dialog.answer == ""  # nothing answered yet
    assert "Connecting to 127.0.0.1:" in dialog.status.text()
    assert not dialog.open_button.isEnabled()
    assert _ticks_while(qtbot, 400) >= 5  # the server says nothing; the window lives

    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    cancel.click()  # returns at once: the worker still waits for the server
    assert not dialog.connecting
    assert not dialog.busy.isVisible()
    assert dialog.isVisible()  # ready to try again with other fields
    assert dialog.answer == "Cancelled: nothing was opened."
    assert dialog.open_button.isEnabled()
    assert _connecting_threads()

    # The late answer (the connect timeout's refusal) is dropped, never shown.
    qtbot.waitUntil(lambda: not _connecting_threads(), timeout=60_000)
    qtbot.wait(50)
    assert dialog.answer == "Cancelled: nothing was opened."
    assert dialog.workspace is None
    cancel.click()  # nothing under way now: Cancel closes
    assert not dialog.isVisible()


def test_a_workspace_opened_after_cancel_is_closed_unseen(qtbot: QtBot, demo_team: Team) -> None:
    from personabuilder.app import OPEN_TEAM_PATHS

    dialog = _dialog(qtbot, demo_team.address(demo_team.editor))
    dialog.password.setText(demo_team.passwords[demo_team.editor])
    dialog.open_button.click()
    dialog.cancel_connecting()  # before the server could answer: the open goes on alone
    qtbot.waitUntil(lambda: not _connecting_threads(), timeout=60_000)
    qtbot.wait(50)
    assert dialog.workspace is None
    assert dialog.isVisible()
    assert OPEN_TEAM_PATHS == []  # opened by the worker, then closed

    def sessions() -> int:
        with psycopg.connect(demo_team.cluster.superuser_url(), autocommit=True) as conn:
            row = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE usename = %s",
                (demo_team.editor,),
            ).fetchone()
        return int(row[0]) if row else -1

    qtbot.waitUntil(lambda: sessions() == 0, timeout=10_000)  # every connection released


def test_a_recent_team_workspace_connects_with_the_window_live_and_cancel_in_the_status_bar(
    qtbot: QtBot, window: MainWindow, blackhole: int
) -> None:
    address = TeamAddress("127.0.0.1", blackhole, "team", "ann")
    seen: list[str] = []
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))

    def cancel_when_shown() -> None:
        busy = window.statusBar().findChild(QWidget, "team_busy")
        cancel = busy.findChild(QPushButton, "team_cancel") if busy is not None else None
        if cancel is None or ticks[0] < 10:
            QTimer.singleShot(20, cancel_when_shown)
            return
        bar = busy.findChild(QProgressBar) if busy is not None else None
        seen.append(bar.accessibleName() if bar is not None else "")
        cancel.click()

    timer.start(20)
    QTimer.singleShot(0, cancel_when_shown)
    assert not window.open_team_workspace(address)
    timer.stop()
    assert ticks[0] >= 10  # the window's event loop ran while the server said nothing
    assert seen == [f"Connecting to 127.0.0.1:{blackhole}…"]
    assert window.workspace is None
    qtbot.waitUntil(lambda: window.statusBar().findChild(QWidget, "team_busy") is None)
    assert window.statusBar().currentMessage() == "Opening the team workspace cancelled."
    qtbot.waitUntil(lambda: not _connecting_threads(), timeout=60_000)
    qtbot.wait(50)
    assert window.workspace is None  # the late answer changed nothing


# -- publishing from an offline copy asks for the password --------------------------------


def _persona_names(window: MainWindow) -> set[str]:
    """Every name the sidebar shows, at any depth (groups, roles, personas, maps)."""
    model = window.sidebar_model
    names: set[str] = set()
    parents = [QModelIndex()]
    while parents:
        parent = parents.pop()
        if model.canFetchMore(parent):
            model.fetchMore(parent)
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            names.add(str(index.data()))
            parents.append(index)
    return names


def test_publish_asks_for_the_password_and_every_view_shows_what_came_back(
    qtbot: QtBot,
    window: MainWindow,
    answers: Answers,
    settings: QSettings,
    demo_team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from personabuilder.ui.shell.team_dialog import PasswordDialog

    monkeypatch.delenv("PGPASSWORD", raising=False)
    password = demo_team.passwords[demo_team.owner]
    window.set_workspace(StoreGateway().open_team(demo_team.address(demo_team.owner), password))
    answers.save_path = tmp_path / "away.pbw"
    answers.yes = True
    window.actions_by_id["take_offline"].trigger()
    copy = window.workspace
    assert copy is not None
    assert copy.team is None
    # One persona changed on both sides, in different fields: the publish merges them,
    # and the server's name comes back into the copy with the merged row.
    first = copy.services.listing.personas()[0].id
    copy.services.personas.update(first, quote="Said offline.")
    server = TeamWorkspace.open(demo_team.url(demo_team.owner))
    try:
        Services.bind(server).personas.update(first, name="Renamed on the server")
    finally:
        server.close()
    shown = _persona_names(window)
    assert copy.services.personas.get(first).data.name in shown
    assert "Renamed on the server" not in shown

    asked: list[str] = []

    def type_password() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PasswordDialog):
            QTimer.singleShot(10, type_password)
            return
        asked.append(dialog.problem.text())
        assert dialog.password.echoMode() == dialog.password.EchoMode.Password
        assert not dialog.ok_button.isEnabled()
        # A wrong password first: the second question says the server refused it.
        dialog.password.setText(password if asked[1:] else "wrong-one")
        dialog.ok_button.click()
        if len(asked) < 2:
            QTimer.singleShot(10, type_password)

    QTimer.singleShot(0, type_password)
    window.actions_by_id["publish_changes"].trigger()

    assert asked[0] == ""
    assert "refused the login" in asked[1]
    assert not answers.warnings
    assert answers.abouts[-1].startswith("Published: 0 added, 1 changed, 0 deleted; 0")
    check = TeamWorkspace.open(demo_team.url(demo_team.owner))
    try:
        assert Services.bind(check).personas.get(first).data.quote == "Said offline."
    finally:
        check.close()
    # The colleague's rename came back into the copy, and the views show it at once.
    assert copy.services.personas.get(first).data.name == "Renamed on the server"
    assert "Renamed on the server" in _persona_names(window)
    assert password not in _settings_text(settings)


def test_publish_without_a_password_given_says_nothing_was_published(
    window: MainWindow,
    answers: Answers,
    demo_team: Team,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from personabuilder.ui.shell import team_dialog

    monkeypatch.delenv("PGPASSWORD", raising=False)
    password = demo_team.passwords[demo_team.editor]
    window.set_workspace(StoreGateway().open_team(demo_team.address(demo_team.editor), password))
    answers.save_path = tmp_path / "away.pbw"
    window.actions_by_id["take_offline"].trigger()
    asked: list[TeamAddress] = []

    def cancelled(_parent: object, _gateway: object, origin: TeamAddress, _problem: str) -> None:
        asked.append(origin)

    monkeypatch.setattr(team_dialog, "ask_password", cancelled)
    window.actions_by_id["publish_changes"].trigger()
    assert asked == [demo_team.address(demo_team.editor)]
    assert answers.warnings[-1][0] == "Nothing was published."
    assert "refused the login" in answers.warnings[-1][1]
