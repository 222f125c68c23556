"""Snapshots of a journey map: saving, opening, comparing and restoring them."""

import uuid
from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    Qt,
    Slot,
)
from PySide6.QtGui import QColor, QPalette, QTextOption
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from personabuilder.services.readmodels import CellView, JourneyDetail
from personabuilder.ui.common import dialogs
from personabuilder.ui.common.commands import EditSession, ServiceCommand
from personabuilder.ui.common.read_only import ReadOnlyBanner
from personabuilder.ui.journeys.model import evidence_label
from personabuilder.ui.journeys.summary import HIGHLIGHTS, journey_html

if TYPE_CHECKING:
    # The services' snapshot module loads SQLAlchemy: not before the first listing.
    from personabuilder.services.snapshots import MapDiff


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


# -- compare -------------------------------------------------------------------------------


def _tinted(kind: str, inner: str) -> str:
    """``inner`` on the compare tint of ``kind``, in dark ink (the tints are light in any theme)."""
    return f"<span style='color:#000000; background-color:{HIGHLIGHTS[kind]}'>{inner}</span>"


def _item_text(item: dict[str, Any]) -> str:
    return str(item.get("text", ""))


def _cell_lines(cell: CellView | None, other: CellView | None, mark: str) -> str:
    """A cell's text and items as rich text; items missing from ``other`` carry ``mark``.

    ``mark`` is "added" (the after side) or "removed" (the before side).
    """
    if cell is None:
        empty = QCoreApplication.translate("JourneyStudio", "(empty)")
        return f"<i>{escape(empty)}</i>"
    parts = []
    if cell.text:
        parts.append("<br>".join(escape(line) for line in cell.text.splitlines()))
    others = {_item_text(i) for i in (other.items if other else ())}
    for item in cell.items:
        text = escape(_item_text(item))
        if _item_text(item) in others:
            parts.append(f"• {text}")
        elif mark == "added":
            parts.append(_tinted("added", f"<b>+</b> {text}"))
        else:
            parts.append(_tinted("removed", f"<b>&minus;</b> <s>{text}</s>"))
    if cell.evidence is not None:
        parts.append(f"<small>{escape(evidence_label(cell.evidence))}</small>")
    return "<br>".join(parts)


def changes_html(snapshot: JourneyDetail, current: JourneyDetail, diff: "MapDiff") -> str:
    """Each changed cell on a row: stage, lane, what the snapshot held, what the map holds now."""
    keys = diff.changed | diff.added | diff.removed
    stage_order = {st.id: i for i, st in enumerate(current.stages)}
    lane_order = {ln.id: i for i, ln in enumerate(current.lanes)}
    for i, st in enumerate(snapshot.stages):
        stage_order.setdefault(st.id, len(current.stages) + i)
    for i, ln in enumerate(snapshot.lanes):
        lane_order.setdefault(ln.id, len(current.lanes) + i)
    stage_names = {st.id: st.name for st in snapshot.stages} | {
        st.id: st.name for st in current.stages
    }
    lane_names = {ln.id: ln.name for ln in snapshot.lanes} | {
        ln.id: ln.name for ln in current.lanes
    }
    heads = (
        QCoreApplication.translate("JourneyStudio", "Stage"),
        QCoreApplication.translate("JourneyStudio", "Lane"),
        QCoreApplication.translate("JourneyStudio", "In the snapshot"),
        QCoreApplication.translate("JourneyStudio", "Now"),
    )
    if not keys:
        return (
            "<p>"
            + escape(
                QCoreApplication.translate(
                    "JourneyStudio", "No cell has changed since the snapshot."
                )
            )
            + "</p>"
        )
    rows = ["<tr>" + "".join(f"<th align='left'>{escape(h)}</th>" for h in heads) + "</tr>"]
    for key in sorted(keys, key=lambda k: (stage_order.get(k[0], 0), lane_order.get(k[1], 0))):
        stage_id, lane_id = key
        before, after = snapshot.cell(stage_id, lane_id), current.cell(stage_id, lane_id)
        kind = "added" if key in diff.added else "removed" if key in diff.removed else "changed"
        label = {
            "added": QCoreApplication.translate("JourneyStudio", "added"),
            "removed": QCoreApplication.translate("JourneyStudio", "removed"),
            "changed": QCoreApplication.translate("JourneyStudio", "changed"),
        }[kind]
        rows.append(
            "<tr>"
            f"<td valign='top'><b>{escape(stage_names.get(stage_id, ''))}</b></td>"
            f"<td valign='top'>{escape(lane_names.get(lane_id, ''))}<br>"
            f"<small>{_tinted(kind, f'&nbsp;{escape(label)}&nbsp;')}</small></td>"
            f"<td valign='top'>{_cell_lines(before, after, 'removed')}</td>"
            f"<td valign='top'>{_cell_lines(after, before, 'added')}</td>"
            "</tr>"
        )
    return (
        "<table border='1' cellspacing='0' cellpadding='4' width='100%'>"
        + "".join(rows)
        + "</table>"
    )


# -- dialogs -------------------------------------------------------------------------------


class SnapshotsPanel(QDialog):
    """The snapshots of one map: the list beside a read-only preview of the one selected;
    save, compare with now, restore. With no snapshot yet, says what one is for."""

    def __init__(self, session: EditSession, journey_id: uuid.UUID, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.journey_id = journey_id
        self.setWindowTitle(QCoreApplication.translate("JourneyStudio", "Snapshots"))
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("JourneyStudio", "Snapshots"))
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.setAccessibleName(QCoreApplication.translate("JourneyStudio", "Snapshot preview"))
        # Wrap at spaces only: a column is as wide as its longest word, never "Consideratio/n".
        self.view.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        # The map reads as a page in any theme: its tints and stage colours are light.
        paper = self.view.palette()
        paper.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
        paper.setColor(QPalette.ColorRole.Text, QColor("#111111"))
        self.view.setPalette(paper)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        buttons = QVBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, handler in (
            ("save", QCoreApplication.translate("JourneyStudio", "Save Snapshot..."), self.save),
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
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        right = QVBoxLayout()
        right.addWidget(self.caption)
        right.addWidget(self.view, 1)
        main = QWidget()
        main_layout = QHBoxLayout(main)
        main_layout.setContentsMargins(0, 0, 0, 0)
        main_layout.addLayout(left, 1)
        main_layout.addLayout(right, 3)
        self.empty = self._empty_state()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(main)
        close = QPushButton(QCoreApplication.translate("JourneyStudio", "Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        # A read-only workspace: snapshots are looked at and compared, never saved or restored.
        self.read_only_banner = ReadOnlyBanner(self)
        self.read_only_banner.set_read_only(session.read_only)
        for button in (self.buttons["save"], self.buttons["restore"], self.empty_save):
            button.setVisible(not session.read_only)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.list.currentRowChanged.connect(self._on_list_current_row_changed)
        # A click on the snapshot already selected goes back from a comparison to its preview.
        self.list.itemClicked.connect(lambda _item: self.open_selected())
        self.resize(1100, 640)
        self.refresh()

    def _empty_state(self) -> QWidget:
        page = QWidget()
        page.setObjectName("snapshots_empty")
        title = QLabel(QCoreApplication.translate("JourneyStudio", "No snapshots yet"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            QCoreApplication.translate(
                "JourneyStudio",
                "A snapshot keeps this map as it is now, under a name. Save one before a "
                "workshop or a rework: later you can look at the map as it was, see cell by "
                "cell what changed since, or put it back.",
            )
        )
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed measure gives the wrapped text the height it needs.
        text.setFixedWidth(520)
        self.empty_save = QPushButton(
            QCoreApplication.translate("JourneyStudio", "Save Snapshot...")
        )
        self.empty_save.setDefault(True)
        self.empty_save.clicked.connect(self.save)
        column = QVBoxLayout(page)
        column.addStretch(1)
        column.addWidget(title)
        # Centred by stretches, not by an alignment: an aligned label gets no height for width.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(text)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.empty_save, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)
        return page

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Lists the snapshots, newest first, with their dates; selects ``select`` or the first."""
        self.list.blockSignals(True)
        self.list.clear()
        locale = QLocale()
        row = 0
        for i, info in enumerate(self.session.services.snapshots.summaries(self.journey_id)):
            when = locale.toString(
                QDateTime.fromSecsSinceEpoch(int(info.created_at.timestamp())),
                QLocale.FormatType.ShortFormat,
            )
            item = QListWidgetItem(f"{info.name} — {when}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.id))
            self.list.addItem(item)
            if info.id == select:
                row = i
        self.list.blockSignals(False)
        has_any = self.list.count() > 0
        self.pages.setCurrentIndex(1 if has_any else 0)
        if has_any:
            self.list.setCurrentRow(row)
            self.open_selected()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.list.currentItem() is not None
        for key in ("compare", "restore"):
            self.buttons[key].setEnabled(chosen)

    @Slot(int)
    def _on_list_current_row_changed(self, _row: int) -> None:
        self._update_buttons()
        self.open_selected()

    def selected_id(self) -> uuid.UUID | None:
        """The snapshot chosen in the list."""
        item = self.list.currentItem()
        return uuid.UUID(item.data(Qt.ItemDataRole.UserRole)) if item else None

    @Slot()
    def save(self) -> None:
        """Saves the map as it is now under a name the user gives."""
        if self.session.read_only:
            return
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
        """Shows the snapshot selected, read-only."""
        snapshot_id = self.selected_id()
        if snapshot_id is None:
            self.caption.clear()
            self.view.clear()
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
        """Lists each cell changed since the snapshot: what it held then, what it holds now."""
        snapshot_id = self.selected_id()
        if snapshot_id is None:
            return
        snapshots = self.session.services.snapshots
        snapshot = snapshots.get(snapshot_id)
        current, diff = snapshots.compare_with_current(snapshot_id)
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
        added = escape(QCoreApplication.translate("JourneyStudio", "item added"))
        removed = escape(QCoreApplication.translate("JourneyStudio", "item removed"))
        legend = (
            _tinted("added", f"&nbsp;<b>+</b> {added}&nbsp;")
            + " "
            + _tinted("removed", f"&nbsp;<b>&minus;</b> <s>{removed}</s>&nbsp;")
        )
        self.caption.setText(summary)
        self.view.setHtml(f"<p>{legend}</p>" + changes_html(snapshot, current, diff))

    @Slot()
    def restore_selected(self) -> None:
        """Makes the map what the snapshot holds (undoable)."""
        snapshot_id = self.selected_id()
        if snapshot_id is None or self.session.read_only:
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
