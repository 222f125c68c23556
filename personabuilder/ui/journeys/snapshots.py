"""Snapshots of a journey map: saving, opening, comparing and restoring them."""

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    Slot,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from personabuilder.ui.common import dialogs
from personabuilder.ui.common.commands import EditSession, ServiceCommand
from personabuilder.ui.journeys.summary import HIGHLIGHTS, journey_html

if TYPE_CHECKING:
    pass


def save_snapshot(session: EditSession, journey_id: uuid.UUID, name: str) -> ServiceCommand:
    """Saves a named snapshot of a map (undo removes it)."""
    state: dict[str, object] = {}

    def apply(forward: bool) -> None:
        snapshots = session.services.snapshots
        if forward:
            if "record" in state:
                snapshots.put_back(*state["record"])  # type: ignore[misc]
            else:
                state["id"] = snapshots.create(journey_id, name).id
        else:
            state["record"] = snapshots.delete(state["id"])  # type: ignore[arg-type]
        session.journey_changed.emit(journey_id)

    return ServiceCommand(
        session, QCoreApplication.translate("JourneyStudio", "Save snapshot"), apply
    )


def restore_snapshot(
    session: EditSession, journey_id: uuid.UUID, snapshot_id: uuid.UUID
) -> ServiceCommand:
    """Makes the map what a snapshot holds; undo puts back the map as it was."""
    state: dict[str, str] = {}

    def apply(forward: bool) -> None:
        snapshots = session.services.snapshots
        if forward:
            state["before"] = snapshots.restore(snapshot_id)
        else:
            snapshots.replace_content(state["before"])
        session.journey_changed.emit(journey_id)
        session.journeys_changed.emit()

    return ServiceCommand(
        session, QCoreApplication.translate("JourneyStudio", "Restore snapshot"), apply
    )


# -- dialogs -------------------------------------------------------------------------------


class SnapshotsPanel(QDialog):
    """The snapshots of one map: save, open read-only, compare with now, restore, delete."""

    def __init__(self, session: EditSession, journey_id: uuid.UUID, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.journey_id = journey_id
        self.setWindowTitle(QCoreApplication.translate("JourneyStudio", "Snapshots"))
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("JourneyStudio", "Snapshots"))
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, handler in (
            ("save", QCoreApplication.translate("JourneyStudio", "Save Snapshot..."), self.save),
            ("open", QCoreApplication.translate("JourneyStudio", "Open"), self.open_selected),
            (
                "compare",
                QCoreApplication.translate("JourneyStudio", "Compare with Current"),
                self.compare_selected,
            ),
            (
                "restore",
                QCoreApplication.translate("JourneyStudio", "Restore"),
                self.restore_selected,
            ),
        ):
            button = QPushButton(text)
            button.clicked.connect(handler)
            buttons.addWidget(button)
            self.buttons[key] = button
        buttons.addStretch(1)
        close = QPushButton(QCoreApplication.translate("JourneyStudio", "Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.view, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 3)
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.resize(1100, 640)
        self.refresh()

    def refresh(self) -> None:
        """Lists the snapshots, newest first, with their dates."""
        self.list.clear()
        locale = QLocale()
        for info in self.session.services.snapshots.summaries(self.journey_id):
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(info.created_at.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            item = QListWidgetItem(f"{info.name} — {when}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.id))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        for key in ("open", "compare", "restore"):
            self.buttons[key].setEnabled(chosen)

    def selected_id(self) -> uuid.UUID | None:
        """The snapshot chosen in the list."""
        item = self.list.currentItem()
        return uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @Slot()
    def save(self) -> None:
        """Saves the map as it is now under a name the user gives."""
        name = dialogs.ask_text(
            self,
            QCoreApplication.translate("JourneyStudio", "Save Snapshot"),
            QCoreApplication.translate("JourneyStudio", "Name of the snapshot:"),
            QLocale().toString(QDate.currentDate(), QLocale.FormatType.ShortFormat),
        )
        if name is None:
            return
        self.session.undo_stack.push(save_snapshot(self.session, self.journey_id, name))
        self.refresh()

    @Slot()
    def open_selected(self) -> None:
        """Shows the snapshot, read-only."""
        snapshot_id = self.selected_id()
        if snapshot_id is None:
            return
        detail = self.session.services.snapshots.get(snapshot_id)
        self.caption.setText(
            QCoreApplication.translate(
                "JourneyStudio", "The map as this snapshot saw it (read-only)."
            )
        )
        self.view.setHtml(journey_html(detail))

    @Slot()
    def compare_selected(self) -> None:
        """Shows the current map with the cells that changed since the snapshot tinted."""
        snapshot_id = self.selected_id()
        if snapshot_id is None:
            return
        snapshots = self.session.services.snapshots
        snapshot = snapshots.get(snapshot_id)
        current, diff = snapshots.compare_with_current(snapshot_id)
        highlight: dict[tuple[uuid.UUID, uuid.UUID], str] = {}
        highlight.update(dict.fromkeys(diff.added, "added"))
        highlight.update(dict.fromkeys(diff.changed, "changed"))
        # A removed cell has no content now: tint its empty place on the current map.
        highlight.update(dict.fromkeys(diff.removed, "removed"))
        summary = QCoreApplication.translate(
            "JourneyStudio", "Cells since the snapshot: changed %1 · added %2 · removed %3"
        )
        summary = (
            summary.replace("%1", str(len(diff.changed)))
            .replace("%2", str(len(diff.added)))
            .replace("%3", str(len(diff.removed)))
        )
        if diff.stages_added or diff.stages_removed:
            stages = QCoreApplication.translate("JourneyStudio", "Stages added: %1 · removed: %2")
            removed_names = [st.name for st in snapshot.stages if st.id in diff.stages_removed]
            added_names = [st.name for st in current.stages if st.id in diff.stages_added]
            summary += " — " + stages.replace("%1", ", ".join(added_names) or "–").replace(
                "%2", ", ".join(removed_names) or "–"
            )
        legend = " ".join(
            f"<span style='background:{HIGHLIGHTS[k]}'>&nbsp;{label}&nbsp;</span>"
            for k, label in (
                ("changed", QCoreApplication.translate("JourneyStudio", "changed")),
                ("added", QCoreApplication.translate("JourneyStudio", "added")),
                ("removed", QCoreApplication.translate("JourneyStudio", "removed")),
            )
        )
        self.caption.setText(summary)
        self.view.setHtml(f"<p>{legend}</p>" + journey_html(current, highlight=highlight))

    @Slot()
    def restore_selected(self) -> None:
        """Makes the map what the snapshot holds (undoable)."""
        snapshot_id = self.selected_id()
        if snapshot_id is None:
            return
        self.session.undo_stack.push(restore_snapshot(self.session, self.journey_id, snapshot_id))
        self.caption.setText(
            QCoreApplication.translate(
                "JourneyStudio", "The map was restored from the snapshot. Edit › Undo reverts it."
            )
        )


def open_snapshots(parent: QWidget, session: EditSession, journey_id: uuid.UUID) -> None:
    """Shows the snapshots of a map (modal)."""
    SnapshotsPanel(session, journey_id, parent).exec()


# -- the page ------------------------------------------------------------------------------
