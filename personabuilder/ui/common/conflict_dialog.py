"""A colleague changed what you were editing: both texts side by side, and the user chooses.

``resolve_conflict`` shows an ``EditConflict`` and returns the values chosen per field (or
None: keep the colleague's version); ``show_gone`` says which row was deleted and offers to
copy the user's text. Both are module functions so that tests can answer them.
"""

import enum
import itertools
from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from personabuilder.services.errors import EditConflict, FieldConflict, RowGoneError

# The dialog fits a 1366 x 768 screen with room for the window's frame and a taskbar.
MAX_WIDTH = 880
MAX_HEIGHT = 640
# The width a text column gets in a dialog of MAX_WIDTH (two columns, frames, margins).
COLUMN_WIDTH = 380
MAX_LINES = 8


def field_label(field: str) -> str:
    """A field's name as the user knows it ("Job title"); unknown fields read as words."""
    labels = {
        "name": QCoreApplication.translate("ConflictDialog", "Name"),
        "custom_archetype": QCoreApplication.translate("ConflictDialog", "Archetype name"),
        "archetype": QCoreApplication.translate("ConflictDialog", "Archetype"),
        "job_title": QCoreApplication.translate("ConflictDialog", "Job title"),
        "company": QCoreApplication.translate("ConflictDialog", "Company"),
        "company_size": QCoreApplication.translate("ConflictDialog", "Company size"),
        "industry": QCoreApplication.translate("ConflictDialog", "Industry"),
        "age_band": QCoreApplication.translate("ConflictDialog", "Age band"),
        "location": QCoreApplication.translate("ConflictDialog", "Location"),
        "quote": QCoreApplication.translate("ConflictDialog", "Quote"),
        "bio": QCoreApplication.translate("ConflictDialog", "Bio"),
        "goals": QCoreApplication.translate("ConflictDialog", "Goals"),
        "pain_points": QCoreApplication.translate("ConflictDialog", "Pain points"),
        "motivations": QCoreApplication.translate("ConflictDialog", "Motivations"),
        "objections": QCoreApplication.translate("ConflictDialog", "Objections"),
        "decision_criteria": QCoreApplication.translate("ConflictDialog", "Decision criteria"),
        "channels": QCoreApplication.translate("ConflictDialog", "Preferred channels"),
        "tools": QCoreApplication.translate("ConflictDialog", "Tools"),
        "tags": QCoreApplication.translate("ConflictDialog", "Tags"),
        "tech_savviness": QCoreApplication.translate("ConflictDialog", "Tech savviness"),
        "influence": QCoreApplication.translate("ConflictDialog", "Influence on the decision"),
        "text": QCoreApplication.translate("ConflictDialog", "Text"),
        "items": QCoreApplication.translate("ConflictDialog", "Items"),
        "evidence": QCoreApplication.translate("ConflictDialog", "Evidence mark"),
        "colour": QCoreApplication.translate("ConflictDialog", "Colour"),
        "title": QCoreApplication.translate("ConflictDialog", "Title"),
        "description": QCoreApplication.translate("ConflictDialog", "Description"),
        "unit": QCoreApplication.translate("ConflictDialog", "Unit"),
        "direction": QCoreApplication.translate("ConflictDialog", "Direction"),
        "target": QCoreApplication.translate("ConflictDialog", "Target"),
        "granularity": QCoreApplication.translate("ConflictDialog", "Period length"),
    }
    if field in labels:
        return labels[field]
    try:
        # A metric's values conflict by period, named by its first day.
        day = date.fromisoformat(field)
    except ValueError:
        return field.replace("_", " ").capitalize()
    shown_day = QLocale().toString(
        QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
    )
    return QCoreApplication.translate("ConflictDialog", "Period starting %1").replace(
        "%1", shown_day
    )


def what_label(what: str) -> str:
    """The kind of row an edit was about, as the user knows it ("persona", "cell")."""
    words = {
        "persona": QCoreApplication.translate("ConflictDialog", "persona"),
        "journey map": QCoreApplication.translate("ConflictDialog", "journey map"),
        "stage": QCoreApplication.translate("ConflictDialog", "stage"),
        "lane": QCoreApplication.translate("ConflictDialog", "lane"),
        "cell": QCoreApplication.translate("ConflictDialog", "cell"),
        "metric": QCoreApplication.translate("ConflictDialog", "metric"),
        "item": QCoreApplication.translate("ConflictDialog", "captured item"),
    }
    return words.get(what, what)


def _is_text_list(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(isinstance(v, str) for v in value)


def editable(conflict: FieldConflict) -> bool:
    """True when the user may write their own text for the field (text or a list of lines)."""
    values = (conflict.theirs, conflict.yours)
    return all(isinstance(v, str) for v in values) or all(_is_text_list(v) for v in values)


def shown(value: Any) -> str:
    """A stored value as readable text (lists one entry a line)."""
    if value is None or value == "" or value == ():
        return QCoreApplication.translate("ConflictDialog", "(empty)")
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, float):
        return QLocale().toString(value, "g", 12)
    if isinstance(value, list | tuple):
        lines = [str(v.get("text", "")) if isinstance(v, Mapping) else str(v) for v in value]
        return "\n".join(f"• {line}" for line in lines)
    return str(value)


def as_text(value: Any) -> str:
    """What the user edits for a field's value: text as is, a list one entry a line."""
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return "" if value is None else str(value)


def _from_text(text: str, like: Any) -> Any:
    if isinstance(like, list | tuple):
        return tuple(line.strip() for line in text.splitlines() if line.strip())
    return text.strip()


class _FieldChoice:
    """The widgets of one conflicting field: theirs, yours, and which to keep."""

    def __init__(self, conflict: FieldConflict, parent: QWidget) -> None:
        self.conflict = conflict
        name = field_label(conflict.field)
        self.box = QGroupBox(name, parent)
        self.editable = editable(conflict)
        self.theirs = QPlainTextEdit(self.box)
        # Shown as the user would edit it, so the two columns read alike.
        self.theirs.setPlainText(
            as_text(conflict.theirs) if self.editable else shown(conflict.theirs)
        )
        self.theirs.setReadOnly(True)
        self.theirs.setTabChangesFocus(True)
        self.theirs.setAccessibleName(
            QCoreApplication.translate("ConflictDialog", "%1, their text").replace("%1", name)
        )
        self.yours = QPlainTextEdit(self.box)
        self.yours.setPlainText(as_text(conflict.yours) if self.editable else shown(conflict.yours))
        self.yours.setReadOnly(not self.editable)
        self.yours.setTabChangesFocus(True)
        self.yours.setAccessibleName(
            QCoreApplication.translate("ConflictDialog", "%1, your text").replace("%1", name)
        )
        # Both boxes of a field get the height of the longer text as wrapped in a column
        # (up to MAX_LINES; longer texts scroll inside their box).
        metrics = self.yours.fontMetrics()
        wrapped = max(
            metrics.boundingRect(
                QRect(0, 0, COLUMN_WIDTH, 100_000), Qt.TextFlag.TextWordWrap, edit.toPlainText()
            ).height()
            // max(1, metrics.lineSpacing())
            for edit in (self.theirs, self.yours)
        )
        lines = max(
            2 if self.editable else 1, min(MAX_LINES, wrapped + (1 if self.editable else 0))
        )
        for edit in (self.theirs, self.yours):
            edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            edit.setFixedHeight(metrics.lineSpacing() * lines + 2 * edit.frameWidth() + 10)
        self.keep_theirs = QRadioButton(
            QCoreApplication.translate("ConflictDialog", "Keep theirs"), self.box
        )
        self.keep_mine = QRadioButton(
            QCoreApplication.translate("ConflictDialog", "Keep mine")
            if not self.editable
            else QCoreApplication.translate("ConflictDialog", "Keep mine (as edited)"),
            self.box,
        )
        self.group = QButtonGroup(self.box)
        self.group.addButton(self.keep_theirs)
        self.group.addButton(self.keep_mine)
        self.keep_mine.setChecked(True)
        # Editing your text means you want it.
        self.yours.textChanged.connect(lambda: self.keep_mine.setChecked(True))

        theirs_label = QLabel(QCoreApplication.translate("ConflictDialog", "Theirs"), self.box)
        yours_label = QLabel(QCoreApplication.translate("ConflictDialog", "Yours"), self.box)
        for label in (theirs_label, yours_label):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        theirs_label.setBuddy(self.theirs)
        yours_label.setBuddy(self.yours)
        grid = QGridLayout(self.box)
        grid.addWidget(theirs_label, 0, 0)
        grid.addWidget(yours_label, 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.yours, 1, 1)
        grid.addWidget(self.keep_theirs, 2, 0)
        grid.addWidget(self.keep_mine, 2, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def chosen(self) -> Any:
        """The value to store for this field."""
        if self.keep_theirs.isChecked():
            return self.conflict.theirs
        if not self.editable:
            return self.conflict.yours
        return _from_text(self.yours.toPlainText(), self.conflict.yours)

    def text_of_yours(self) -> str:
        """The user's text as it stands in the dialog (for the clipboard)."""
        return self.yours.toPlainText()


class ConflictDialog(QDialog):
    """Shows each field a colleague changed too: theirs (read-only) beside yours (editable)."""

    def __init__(self, conflict: EditConflict, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setWindowTitle(self.tr("Someone Else Changed This"))
        what = what_label(conflict.what)
        if conflict.label:
            intro = (
                self.tr("While you were editing the %1 “%2”, someone else changed it too.")
                .replace("%1", what)
                .replace("%2", conflict.label)
            )
        else:
            intro = self.tr("While you were editing this %1, someone else changed it too.").replace(
                "%1", what
            )
        heading = QLabel(
            intro
            + " "
            + self.tr(
                "Nothing was saved yet. For each field, keep their text or yours (you may edit "
                "yours), then save. Your other changes are kept."
            ),
            self,
        )
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)

        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.fields: dict[str, _FieldChoice] = {}
        for name, field_conflict in conflict.conflicts.items():
            choice = _FieldChoice(field_conflict, holder)
            self.fields[name] = choice
            column.addWidget(choice.box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("&Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setToolTip(
            self.tr("Keep their version; your text is copied to the clipboard.")
        )
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addSpacing(6)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        wanted = holder.sizeHint()
        heading_height = heading.heightForWidth(MAX_WIDTH - 24)
        self.resize(
            MAX_WIDTH,
            min(MAX_HEIGHT, max(320, wanted.height() + heading_height + 90)),
        )
        # Field after field: their text, yours, then the choice (the checked button first).
        chain: list[QWidget] = []
        for choice in self.fields.values():
            chain += [choice.theirs, choice.yours, choice.keep_mine, choice.keep_theirs]
        chain += [self.save_button, self.cancel_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        first = next(iter(self.fields.values()), None)
        if first is not None:
            first.yours.setFocus(Qt.FocusReason.OtherFocusReason)

    def choices(self) -> dict[str, Any]:
        """The value chosen for each conflicting field."""
        return {name: choice.chosen() for name, choice in self.fields.items()}

    def your_text(self) -> str:
        """Everything the user wrote in the dialog, field by field (for the clipboard)."""
        return "\n\n".join(
            f"{field_label(name)}:\n{choice.text_of_yours()}"
            for name, choice in self.fields.items()
        )


def your_text(values: Mapping[str, Any]) -> str:
    """The user's values as text to paste elsewhere, field by field."""
    # Only what the user wrote: text and lists of text (a photo's bytes are no text).
    parts = [
        f"{field_label(name)}:\n{as_text(value)}"
        for name, value in values.items()
        if (isinstance(value, str) or _is_text_list(value)) and value not in ("", ())
    ]
    return "\n\n".join(parts)


def resolve_conflict(parent: QWidget | None, conflict: EditConflict) -> dict[str, Any] | None:
    """Asks which text to keep for each conflicting field; None when the user cancels.

    On Cancel the user's text goes to the clipboard, so it is never lost.
    """
    dialog = ConflictDialog(conflict, parent)
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choices()
        keep_on_clipboard(dialog.your_text())
        return None
    finally:
        dialog.deleteLater()


def keep_on_clipboard(text: str) -> None:
    """Puts the user's text on the clipboard (nothing when there is none)."""
    clipboard = QGuiApplication.clipboard()
    if text and clipboard is not None:
        clipboard.setText(text)


def show_gone(parent: QWidget | None, gone: RowGoneError) -> None:
    """Says that the row being edited was deleted and offers to copy the user's text."""
    what = what_label(gone.what)
    if gone.label:
        text = (
            QCoreApplication.translate(
                "ConflictDialog",
                "The %1 “%2” was deleted by someone else while you were editing it; "
                "your change was not saved.",
            )
            .replace("%1", what)
            .replace("%2", gone.label)
        )
    else:
        text = QCoreApplication.translate(
            "ConflictDialog",
            "This %1 was deleted by someone else while you were editing it; "
            "your change was not saved.",
        ).replace("%1", what)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ConflictDialog", "Deleted Meanwhile"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    mine = your_text(gone.yours)
    copy = None
    if mine:
        box.setInformativeText(
            QCoreApplication.translate(
                "ConflictDialog", "You can copy your text and paste it somewhere else."
            )
        )
        box.setDetailedText(mine)
        copy = box.addButton(
            QCoreApplication.translate("ConflictDialog", "&Copy My Text"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    close = box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(copy if copy is not None else close)
    box.exec()
    if copy is not None and box.clickedButton() is copy:
        keep_on_clipboard(mine)
