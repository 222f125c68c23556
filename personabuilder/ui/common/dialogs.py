"""Modal dialogs the window asks, in one place so tests can answer them."""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def workspace_filter() -> str:
    """The file-type filter of workspace dialogs."""
    return QCoreApplication.translate("Dialogs", "PersonaBuilder workspaces (*.pbw);;All files (*)")


def ask_open_path(parent: QWidget, start: Path) -> Path | None:
    """Asks for an existing workspace file."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("Dialogs", "Open Workspace"),
        str(start),
        workspace_filter(),
    )
    return Path(name) if name else None


def ask_save_path(parent: QWidget, title: str, start: Path) -> Path | None:
    """Asks where to write a workspace file; adds the .pbw suffix when missing."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(start), workspace_filter())
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == ".pbw" else path.with_name(path.name + ".pbw")


def ask_text(parent: QWidget, title: str, label: str, value: str) -> str | None:
    """Asks for one line of text; None when cancelled."""
    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
    return text if ok else None


def ask_yes_no(parent: QWidget, title: str, text: str, detail: str = "") -> bool:
    """Asks a yes/no question; True for yes."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    if detail:
        box.setInformativeText(detail)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def warn(parent: QWidget, title: str, text: str, detail: str = "") -> None:
    """Shows a problem the user must know about."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setInformativeText(detail)
    box.exec()


def about(parent: QWidget, title: str, text: str) -> None:
    """Shows the About box."""
    QMessageBox.about(parent, title, text)
