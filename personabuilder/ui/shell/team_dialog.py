"""File › Open Team Workspace: server, database, login, password and TLS, with a Test button.

The password is handed to the gateway and forgotten with the dialog; it is never written
to the settings. Test connects on a worker thread, so a server that does not answer never
freezes the window; Open connects on the spot and keeps the dialog open on any problem.
"""

import contextlib
import itertools
import logging
import threading
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
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


class TeamDialog(QDialog):
    """Asks where a team workspace is and who logs in; tests the login and opens it."""

    # Emitted on the GUI thread once a Test has an answer (the text shown).
    test_finished = Signal(str)
    _test_answered = Signal(object)  # TeamIdentity or WorkspaceOpenError, from the worker

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
        self._testing = False
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
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            QCoreApplication.translate(CONTEXT, "Empty: from your password file or keyring")
        )
        self.remember = QCheckBox(
            QCoreApplication.translate(CONTEXT, "Re&member in the system keyring")
        )
        if not gateway.keyring_available():
            self.remember.setEnabled(False)
            self.remember.setToolTip(
                QCoreApplication.translate(
                    CONTEXT,
                    "No system keyring is available on this computer; keep the password in "
                    "your PostgreSQL password file (~/.pgpass) instead.",
                )
            )
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
        self._test_answered.connect(self._on_test_answered)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.status)
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
        ready = self._complete() and not self._testing
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

    @Slot()
    def _on_test_button_clicked(self) -> None:
        if not self._complete() or self._testing:
            return
        address, password = self.address(), self._password()
        self._testing = True
        self._update_buttons()
        self.status.setText(
            escape(
                QCoreApplication.translate(CONTEXT, "Connecting to %1…").replace(
                    "%1", f"{address.host}:{address.port}"
                )
            )
        )

        def run() -> None:
            answer: TeamIdentity | WorkspaceOpenError
            try:
                answer = self._gateway.test_team(address, password)
            except WorkspaceOpenError as exc:
                answer = exc
            except Exception as exc:  # any failure is an answer, never a crash
                log.exception("testing a team workspace connection failed")
                answer = WorkspaceOpenError(Problem.STORAGE, address_path(address), str(exc))
            # The dialog may be gone meanwhile: then nobody waits for the answer.
            with contextlib.suppress(RuntimeError):
                self._test_answered.emit(answer)

        threading.Thread(target=run, name="team-test", daemon=True).start()

    @Slot(object)
    def _on_test_answered(self, answer: object) -> None:
        self._testing = False
        self._update_buttons()
        if isinstance(answer, TeamIdentity):
            self._show(connected_text(answer), ok=True)
        elif isinstance(answer, WorkspaceOpenError):
            self._show_problem(answer)
        self.test_finished.emit(self.answer)

    def _show_problem(self, error: WorkspaceOpenError) -> None:
        self._show(team_problem_text(error), ok=False, detail=error.detail)

    @Slot()
    def _on_open_button_clicked(self) -> None:
        if not self._complete() or self._testing:
            return
        self.status.setText(QCoreApplication.translate(CONTEXT, "Opening…"))
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.workspace = self._gateway.open_team(
                self.address(),
                self._password(),
                remember=self.remember.isEnabled() and self.remember.isChecked(),
            )
        except WorkspaceOpenError as exc:
            self._show_problem(exc)
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.password.clear()
        self.accept()

    def reject(self) -> None:
        """Qt override: Esc and Cancel leave nothing behind (the password field emptied)."""
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
