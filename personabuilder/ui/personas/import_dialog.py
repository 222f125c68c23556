"""Choosing which personas of another workspace to import."""

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from personabuilder.services.readmodels import PersonaSummary
from personabuilder.ui.common.labels import archetype_label


class ImportPersonasDialog(QDialog):
    """A checklist of another workspace's personas, all ticked at first."""

    def __init__(self, source_name: str, personas: list[PersonaSummary], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportPersonas", "Import Personas"))
        text = QCoreApplication.translate(
            "ImportPersonas", "Choose the personas to copy from “%1”:"
        ).replace("%1", source_name)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("ImportPersonas", "Personas"))
        for persona in personas:
            label = (
                f"{persona.name} · {archetype_label(persona.archetype, persona.custom_archetype)}"
            )
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(persona.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.list.addItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(text))
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(480, 420)

    def chosen(self) -> list[uuid.UUID]:
        """The ticked personas, in list order."""
        return [
            uuid.UUID(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]


def choose_personas(
    parent: QWidget, source_name: str, personas: list[PersonaSummary]
) -> list[uuid.UUID] | None:
    """Asks which personas to import; None when cancelled."""
    dialog = ImportPersonasDialog(source_name, personas, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
