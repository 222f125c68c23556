"""The conflicts of a publish side by side, with Keep mine / Keep theirs for each row."""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from personabuilder.ui.common.gateway import Choice, PublishConflictRow

_MINE, _THEIRS, _LATER = 1, 2, 0


def _shown(value: object) -> str:
    return " ".join(str(value).split()) if value is not None else ""


class PublishConflictsDialog(QDialog):
    """Lists each conflicting field (theirs beside yours); one choice per row."""

    def __init__(
        self, conflicts: Sequence[PublishConflictRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PublishDialog", "Publish Conflicts"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "PublishDialog",
                    "These rows were changed both in this copy and on the server since the "
                    "copy was taken. Nothing of them was published. Choose which side to keep "
                    "for each row, then publish again.",
                ),
                wordWrap=True,
            )
        )
        headers = [
            QCoreApplication.translate("PublishDialog", "Row"),
            QCoreApplication.translate("PublishDialog", "Field"),
            QCoreApplication.translate("PublishDialog", "Theirs (server)"),
            QCoreApplication.translate("PublishDialog", "Yours (this copy)"),
            QCoreApplication.translate("PublishDialog", "Keep"),
        ]
        self.table = QTableWidget(len(conflicts), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self._groups: dict[str, QButtonGroup] = {}
        for line, conflict in enumerate(conflicts):
            row_text = f"{conflict.kind} {conflict.name}".strip()
            for column, text in enumerate(
                (row_text, conflict.field, _shown(conflict.theirs), _shown(conflict.yours))
            ):
                self.table.setItem(line, column, QTableWidgetItem(text))
            if conflict.row in self._groups:
                continue  # one choice per row, on its first field
            self.table.setCellWidget(line, 4, self._choice(conflict.row))
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            QCoreApplication.translate("PublishDialog", "&Publish Again")
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 360)

    def _choice(self, row: str) -> QWidget:
        box = QWidget(self.table)
        line = QHBoxLayout(box)
        line.setContentsMargins(4, 0, 4, 0)
        group = QButtonGroup(box)
        for ident, text in (
            (_MINE, QCoreApplication.translate("PublishDialog", "Keep mine")),
            (_THEIRS, QCoreApplication.translate("PublishDialog", "Keep theirs")),
            (_LATER, QCoreApplication.translate("PublishDialog", "Later")),
        ):
            button = QRadioButton(text, box)
            button.setChecked(ident == _LATER)
            group.addButton(button, ident)
            line.addWidget(button)
        self._groups[row] = group
        return box

    def choose(self, row: str, choice: Choice | None) -> None:
        """Ticks a choice for ``row`` (None: decide later), as a click would."""
        ident = {"mine": _MINE, "theirs": _THEIRS, None: _LATER}[choice]
        button = self._groups[row].button(ident)
        button.setChecked(True)

    def choices(self) -> dict[str, Choice]:
        """The side chosen for each row that has one."""
        chosen: dict[str, Choice] = {}
        for row, group in self._groups.items():
            if group.checkedId() == _MINE:
                chosen[row] = "mine"
            elif group.checkedId() == _THEIRS:
                chosen[row] = "theirs"
        return chosen


def ask_resolutions(
    parent: QWidget, conflicts: Sequence[PublishConflictRow]
) -> dict[str, Choice] | None:
    """Shows the conflicts; the sides chosen per row, or None when cancelled."""
    dialog = PublishConflictsDialog(conflicts, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choices()
