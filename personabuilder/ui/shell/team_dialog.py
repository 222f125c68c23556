"""File › Open Team Workspace: server, database, login, password and TLS, with a Test button.

The password is handed to the gateway and forgotten with the dialog; it is never written
to the settings. Test and Open connect on a worker thread (``TeamAttempt``), so a server
that does not answer never freezes the window; Cancel abandons the attempt at once, and
what it brings back later is closed unseen. Open keeps the dialog open on any problem.
"""

import itertools
import logging
import threading
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from personabuilder.ui.common.gateway import (
    DEFAULT_PORT,
    EDITOR,
    OWNER,
    SSL_MODES,
    VIEWER,
    OpenWorkspace,
    Problem,
    TeamAddress,
    TeamIdentity,
    WorkspaceGateway,
    WorkspaceOpenError,
)

log = logging.getLogger(__name__)

CONTEXT = "TeamDialog"


def role_label(role: str) -> str:
    """A team role as users read it (lower case, as in "Signed in as ann · editor")."""
    return {
        OWNER: QCoreApplication.translate(CONTEXT, "owner"),
        EDITOR: QCoreApplication.translate(CONTEXT, "editor"),
        VIEWER: QCoreApplication.translate(CONTEXT, "viewer"),
    }.get(role, role)


def signed_in_text(identity: TeamIdentity) -> str:
    """The status bar's identity: "Signed in as USER · ROLE"."""
    return (
        QCoreApplication.translate(CONTEXT, "Signed in as %1 · %2")
        .replace("%2", role_label(identity.role))
        .replace("%1", identity.user)
    )


def connected_text(identity: TeamIdentity) -> str:
    """What a good Test says: "Connected as USER, ROLE."."""
    return (
        QCoreApplication.translate(CONTEXT, "Connected as %1, %2.")
        .replace("%2", role_label(identity.role))
        .replace("%1", identity.user)
    )


def team_problem_text(error: WorkspaceOpenError) -> str:
    """One sentence naming why a team workspace could not be reached or opened."""
    texts = {
        Problem.UNREACHABLE: QCoreApplication.translate(
            CONTEXT, "The server cannot be reached: check the host, the port and the network."
        ),
        Problem.LOGIN_REFUSED: QCoreApplication.translate(
            CONTEXT, "The server refused the login: check the user name and the password."
        ),
        Problem.NOT_TEAM: QCoreApplication.translate(
            CONTEXT, "This database is not a PersonaBuilder team workspace."
        ),
        Problem.NO_ACCESS: QCoreApplication.translate(
            CONTEXT, "This login has no access to the team workspace; ask its owner to add you."
        ),
        Problem.NOT_FOUND: QCoreApplication.translate(
            CONTEXT, "There is no database of that name on the server."
        ),
        Problem.OUTDATED: QCoreApplication.translate(
            CONTEXT, "The team workspace has an older format; its owner must upgrade it."
        ),
        Problem.NEWER: QCoreApplication.translate(
            CONTEXT, "The team workspace was made by a newer PersonaBuilder; update the app."
        ),
    }
    return texts.get(
        error.problem,
        QCoreApplication.translate(CONTEXT, "The team workspace could not be opened."),
    )


def ssl_label(mode: str) -> str:
    """A TLS choice as the menu shows it."""
    return {
        "prefer": QCoreApplication.translate(CONTEXT, "When the server offers it"),
        "require": QCoreApplication.translate(CONTEXT, "Always (encrypted)"),
        "verify-full": QCoreApplication.translate(CONTEXT, "Always, with the certificate checked"),
    }[mode]


def ssl_hint(mode: str) -> str:
    """What a TLS choice protects against, in one short line."""
    return {
        "prefer": QCoreApplication.translate(
            CONTEXT, "Encrypts if the server can; fine on a trusted office network."
        ),
        "require": QCoreApplication.translate(
            CONTEXT, "Never sends anything unencrypted; the server's identity is not checked."
        ),
        "verify-full": QCoreApplication.translate(
            CONTEXT, "Encrypted, and refuses a server whose certificate does not match its name."
        ),
    }[mode]


def password_field() -> QLineEdit:
    """The password field of the team dialogs: echo hidden, never kept anywhere."""
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def remember_box(gateway: WorkspaceGateway) -> QCheckBox:
    """ "Remember in the system keyring", disabled (with the reason) where there is none."""
    box = QCheckBox(QCoreApplication.translate(CONTEXT, "Re&member in the system keyring"))
    if not gateway.keyring_available():
        box.setEnabled(False)
        box.setToolTip(
            QCoreApplication.translate(
                CONTEXT,
                "No system keyring is available on this computer; keep the password in "
                "your PostgreSQL password file (~/.pgpass) instead.",
            )
        )
    return box


class PasswordDialog(QDialog):
    """Asks the password of a team workspace's login (to publish to it), nothing else."""

    def __init__(
        self, parent: QWidget | None, gateway: WorkspaceGateway, address: TeamAddress, problem: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_password_dialog")
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, "Team Workspace Password"))
        intro = QLabel(
            QCoreApplication.translate(
                CONTEXT, "The server asks for the password of %1 to publish to %2."
            )
            .replace("%2", f"{address.database} ({address.host}:{address.port})")
            .replace("%1", address.user)
        )
        intro.setWordWrap(True)
        self.problem = QLabel(problem)
        self.problem.setWordWrap(True)
        self.problem.setVisible(bool(problem))
        self.password = password_field()
        self.remember = remember_box(gateway)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate(CONTEXT, "&Password:"), self.password)
        self.password.setAccessibleName(QCoreApplication.translate(CONTEXT, "Password"))
        form.addRow("", self.remember)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(QCoreApplication.translate(CONTEXT, "&Publish"))
        self.ok_button.setEnabled(False)
        self.password.textChanged.connect(lambda text: self.ok_button.setEnabled(bool(text)))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.problem)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.password.setFocus()

    def reject(self) -> None:
        """Qt override: nothing typed stays behind."""
        self.password.clear()
        super().reject()


def ask_password(
    parent: QWidget, gateway: WorkspaceGateway, address: TeamAddress, problem: str = ""
) -> tuple[str, bool] | None:
    """The password typed and whether to remember it; None when cancelled."""
    dialog = PasswordDialog(parent, gateway, address, problem)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.password.text():
            return None
        remember = dialog.remember.isEnabled() and dialog.remember.isChecked()
        answer = (dialog.password.text(), remember)
        dialog.password.clear()
        return answer
    finally:
        dialog.deleteLater()


class _Pending:
    """One attempt's answer as the worker hands it over; guarded, so none is lost or kept."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.abandoned = False
        self.answer: object = None
        self.arrived = False

    def hand_over(self) -> object | None:
        """The answer, once; None when abandoned (it is closed then) or not there."""
        with self.lock:
            if self.abandoned or not self.arrived:
                return None
            answer, self.answer = self.answer, None
            self.abandoned = True  # taken: a second call hands nothing
            return answer

    def abandon(self) -> None:
        """Nobody wants the answer any more: one already there is closed, a later one too."""
        with self.lock:
            self.abandoned = True
            answer, self.answer = self.answer, None
        _discard(answer)


def _discard(answer: object) -> None:
    """Closes what an abandoned attempt opened (an open workspace's connections)."""
    close = getattr(answer, "close", None)
    if callable(close) and not isinstance(answer, BaseException):
        try:
            close()
        except Exception:  # closing a late, unwanted workspace must never fail a dialog
            log.exception("closing an abandoned team workspace failed")


def _abandon(current: "list[_Pending | None]") -> None:
    pending, current[0] = current[0], None
    if pending is not None:
        pending.abandon()


class TeamAttempt(QObject):
    """Runs one connection job to a team workspace on a worker thread, never the GUI's.

    ``finished`` hands the job's answer (what it returned, or the WorkspaceOpenError it
    raised) to the GUI thread. ``cancel`` returns at once: the worker is left to end by
    itself, and whatever it opens after that is closed, never shown.
    """

    finished = Signal(object)
    _arrived = Signal(object)  # the _Pending, from the worker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # A list the destroyed handler shares: it must not reach into a dying wrapper.
        self._current: list[_Pending | None] = [None]
        self._arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        # An attempt still under way when this object goes: its answer is closed too.
        current = self._current
        self.destroyed.connect(lambda _obj=None: _abandon(current))

    @property
    def _pending(self) -> "_Pending | None":
        return self._current[0]

    @_pending.setter
    def _pending(self, pending: "_Pending | None") -> None:
        self._current[0] = pending

    @property
    def pending(self) -> bool:
        """True while a job runs whose answer is still wanted."""
        return self._pending is not None

    def start(self, job: Callable[[], object], where: Path) -> None:
        """Runs ``job`` on a new worker thread (a running one is abandoned first)."""
        self.cancel()
        pending = _Pending()
        self._pending = pending
        arrived = self._arrived

        def run() -> None:
            answer: object
            try:
                answer = job()
            except WorkspaceOpenError as exc:
                answer = exc
            except Exception as exc:  # any failure is an answer, never a crash
                log.exception("connecting to a team workspace failed")
                answer = WorkspaceOpenError(Problem.STORAGE, where, str(exc))
            with pending.lock:
                late = pending.abandoned
                if not late:
                    pending.answer, pending.arrived = answer, True
            if late:
                _discard(answer)
                return
            try:
                arrived.emit(pending)
            except RuntimeError:  # the attempt object is gone: nobody will take it
                pending.abandon()

        threading.Thread(target=run, name="team-connect", daemon=True).start()

    def cancel(self) -> None:
        """Abandons the running job, if any; returns at once."""
        _abandon(self._current)

    @Slot(object)
    def _on_arrived(self, pending: _Pending) -> None:
        if pending is not self._pending:
            pending.abandon()  # an earlier, abandoned attempt
            return
        answer = pending.hand_over()
        self._pending = None
        if answer is not None:
            self.finished.emit(answer)


def connecting_text(address: TeamAddress) -> str:
    """What the dialog and the status bar say while connecting."""
    return QCoreApplication.translate(CONTEXT, "Connecting to %1…").replace(
        "%1", f"{address.host}:{address.port}"
    )


class TeamDialog(QDialog):
    """Asks where a team workspace is and who logs in; tests the login and opens it."""

    # Emitted on the GUI thread once a Test has an answer (the text shown).
    test_finished = Signal(str)
    # Emitted once an Open that did not succeed has its answer shown, or was cancelled.
    open_failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None,
        gateway: WorkspaceGateway,
        address: TeamAddress | None = None,
        problem: str = "",
    ) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.workspace: OpenWorkspace | None = None
        self.attempt = TeamAttempt(self)
        self.attempt.finished.connect(self._on_attempt_finished)
        self._opening: tuple[TeamAddress, str | None, bool] | None = None
        self.setWindowTitle(QCoreApplication.translate(CONTEXT, "Open Team Workspace"))
        self.setObjectName("team_dialog")

        intro = QLabel(
            QCoreApplication.translate(
                CONTEXT,
                "A team workspace lives in a PostgreSQL database your team shares. "
                "Your administrator gives you its address and your login.",
            )
        )
        intro.setWordWrap(True)

        self.host = QLineEdit()
        self.host.setPlaceholderText(QCoreApplication.translate(CONTEXT, "db.example.com"))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setGroupSeparatorShown(False)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = password_field()
        self.password.setPlaceholderText(
            QCoreApplication.translate(CONTEXT, "Empty: from your password file or keyring")
        )
        self.remember = remember_box(gateway)
        self.sslmode = QComboBox()
        for mode in SSL_MODES:
            self.sslmode.addItem(ssl_label(mode), mode)
        self.ssl_hint = QLabel()
        self.ssl_hint.setWordWrap(True)
        self.ssl_hint.setEnabled(False)  # drawn as secondary text
        self.sslmode.currentIndexChanged.connect(self._on_sslmode_current_index_changed)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rows: list[tuple[str, QWidget]] = [
            (QCoreApplication.translate(CONTEXT, "&Host:"), self.host),
            (QCoreApplication.translate(CONTEXT, "Po&rt:"), self.port),
            (QCoreApplication.translate(CONTEXT, "&Database:"), self.database),
            (QCoreApplication.translate(CONTEXT, "&User name:"), self.user),
            (QCoreApplication.translate(CONTEXT, "&Password:"), self.password),
        ]
        for text, field in rows:
            form.addRow(text, field)
            label = form.labelForField(field)
            if isinstance(label, QLabel):
                field.setAccessibleName(label.text().replace("&", "").rstrip(":"))
        form.addRow("", self.remember)
        form.addRow(QCoreApplication.translate(CONTEXT, "&Encryption (TLS):"), self.sslmode)
        form.addRow("", self.ssl_hint)
        self.sslmode.setAccessibleName(QCoreApplication.translate(CONTEXT, "Encryption (TLS)"))

        self.answer = ""  # the last answer shown, as plain text
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setObjectName("team_status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.status.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Moves while a connection is under way: the window is alive, the wait is the server's.
        self.busy = QProgressBar()
        self.busy.setObjectName("team_busy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.setAccessibleName(QCoreApplication.translate(CONTEXT, "Connecting"))
        self.busy.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.open_button = QPushButton(QCoreApplication.translate(CONTEXT, "&Open"))
        self.test_button = QPushButton(QCoreApplication.translate(CONTEXT, "&Test"))
        self.test_button.setToolTip(
            QCoreApplication.translate(
                CONTEXT, "Log in and check the workspace, without opening it"
            )
        )
        self.buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        for field in (self.host, self.database, self.user):
            field.textChanged.connect(self._update_buttons)
        order: list[QWidget] = [
            self.host,
            self.port,
            self.database,
            self.user,
            self.password,
            self.remember,
            self.sslmode,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)
        QWidget.setTabOrder(self.sslmode, self.buttons)

        if address is not None:
            self.set_address(address)
        self._on_sslmode_current_index_changed(self.sslmode.currentIndex())
        if problem:
            self._show(problem, ok=False)
        self._update_buttons()
        self.setMinimumWidth(max(480, self.sizeHint().width()))
        first_empty = next(
            (f for f in (self.host, self.database, self.user) if not f.text()), self.password
        )
        first_empty.setFocus()

    # -- fields --------------------------------------------------------------------------

    def set_address(self, address: TeamAddress) -> None:
        """Fills the fields from ``address`` (a recent team workspace)."""
        self.host.setText(address.host)
        self.port.setValue(address.port)
        self.database.setText(address.database)
        self.user.setText(address.user)
        index = self.sslmode.findData(address.sslmode)
        self.sslmode.setCurrentIndex(max(0, index))

    def address(self) -> TeamAddress:
        """The address the fields describe."""
        return TeamAddress(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            sslmode=str(self.sslmode.currentData()),
        )

    def _password(self) -> str | None:
        return self.password.text() or None

    def _complete(self) -> bool:
        return all(f.text().strip() for f in (self.host, self.database, self.user))

    @Slot()
    def _update_buttons(self) -> None:
        ready = self._complete() and not self.attempt.pending
        self.open_button.setEnabled(ready)
        self.test_button.setEnabled(ready)
        # Disabling the default button takes the role away; Enter must open again once ready.
        self.open_button.setDefault(True)

    @Slot(int)
    def _on_sslmode_current_index_changed(self, _index: int) -> None:
        self.ssl_hint.setText(ssl_hint(str(self.sslmode.currentData())))

    def _show(self, text: str, *, ok: bool, detail: str = "") -> None:
        # A check mark or a cross says which it is, in any theme and without colour.
        self.answer = text if not detail else f"{text}\n{detail}"
        mark = "✓" if ok else "✗"
        html = f"<b>{mark} {escape(text)}</b>"
        if detail:
            html += f"<br>{escape(detail)}"
        self.status.setText(html)

    # -- test and open -------------------------------------------------------------------

    @property
    def connecting(self) -> bool:
        """True while a Test or an Open waits for the server."""
        return self.attempt.pending

    def _begin(self, job: Callable[[], object], address: TeamAddress) -> None:
        self.attempt.start(job, address_path(address))
        self.status.setText(escape(connecting_text(address)))
        self.busy.show()
        self._update_buttons()

    @Slot()
    def _on_test_button_clicked(self) -> None:
        if not self._complete() or self.connecting:
            return
        address, password = self.address(), self._password()
        self._opening = None
        gateway = self._gateway
        self._begin(lambda: gateway.test_team(address, password), address)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if not self._complete() or self.connecting:
            return
        address, password = self.address(), self._password()
        remember = self.remember.isEnabled() and self.remember.isChecked()
        self._opening = (address, password, remember)
        gateway = self._gateway
        # The keyring is written on this thread once the login worked (it may ask the user).
        self._begin(lambda: gateway.open_team(address, password), address)

    @Slot(object)
    def _on_attempt_finished(self, answer: object) -> None:
        self.busy.hide()
        opening, self._opening = self._opening, None
        self._update_buttons()
        if isinstance(answer, WorkspaceOpenError):
            self._show_problem(answer)
            (self.test_finished if opening is None else self.open_failed).emit(self.answer)
            return
        if opening is None:
            if isinstance(answer, TeamIdentity):
                self._show(connected_text(answer), ok=True)
            self.test_finished.emit(self.answer)
            return
        address, password, remember = opening
        self.workspace = cast(OpenWorkspace, answer)  # what open_team returned
        if remember and password:
            self._gateway.remember_password(address, password)
        self.password.clear()
        self.accept()

    def _show_problem(self, error: WorkspaceOpenError) -> None:
        self._show(team_problem_text(error), ok=False, detail=error.detail)

    def cancel_connecting(self) -> None:
        """Abandons a Test or an Open under way; the dialog stays, ready to try again."""
        if not self.connecting:
            return
        opening, self._opening = self._opening, None
        self.attempt.cancel()
        self.busy.hide()
        self._update_buttons()
        self._show(QCoreApplication.translate(CONTEXT, "Cancelled: nothing was opened."), ok=False)
        (self.test_finished if opening is None else self.open_failed).emit(self.answer)

    def reject(self) -> None:
        """Qt override: Cancel and Esc first stop a connection under way, then close.

        Closing leaves nothing behind (the password field emptied).
        """
        if self.connecting:
            self.cancel_connecting()
            return
        self.password.clear()
        super().reject()


def address_path(address: TeamAddress) -> Path:
    """A stand-in path naming a team workspace in an error raised here."""
    return Path(address.database)


def ask_team_workspace(
    parent: QWidget,
    gateway: WorkspaceGateway,
    address: TeamAddress | None = None,
    problem: str = "",
) -> tuple[TeamAddress, OpenWorkspace] | None:
    """Shows the dialog; the address and the opened workspace, or None when cancelled."""
    dialog = TeamDialog(parent, gateway, address, problem)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.workspace is None:
            return None
        return dialog.address(), dialog.workspace
    finally:
        dialog.deleteLater()
