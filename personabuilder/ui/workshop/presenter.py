"""The facilitator's view on the laptop: current and next stage, notes, timers, latest items."""

from PySide6.QtCore import QEvent, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from personabuilder.ui.workshop.controller import WorkshopController, fill
from personabuilder.ui.workshop.keys import handle_key, key_help
from personabuilder.ui.workshop.projection import (
    ProjectionWindow,
    is_full_screen_key,
    toggle_full_screen,
)
from personabuilder.ui.workshop.views import (
    clear_layout,
    duration,
    kind_colour,
    kind_label,
    make_label,
    style,
)

LATEST = 8  # captured items listed, newest first
PRESENTER_PX_AT_1080 = 22


class PresenterWindow(QWidget):
    """What only the facilitator sees while the map is projected."""

    def __init__(
        self, ctrl: WorkshopController, projection: ProjectionWindow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctrl = ctrl
        self.projection = projection
        self.setObjectName("presenter")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(fill(self.tr("Presenter view: %1"), ctrl.detail.title))
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        right = QVBoxLayout()
        root.addLayout(left, 3)
        root.addLayout(right, 2)
        timers = QHBoxLayout()
        self.stage_timer = make_label("", 10, "#000", wrap=False, name="stage_timer")
        self.session_timer = make_label("", 10, "#000", wrap=False, name="session_timer")
        timers.addWidget(self.stage_timer)
        timers.addStretch(1)
        timers.addWidget(self.session_timer)
        left.addLayout(timers)
        self.position = make_label("", 10, "#000", name="position")
        self.current = make_label("", 10, "#000", name="current")
        self.notes_title = make_label("", 10, "#000")
        self.notes = make_label("", 10, "#000", name="notes")
        self.following = make_label("", 10, "#000", name="next")
        for w in (self.position, self.current, self.notes_title, self.notes, self.following):
            left.addWidget(w)
        left.addStretch(1)
        self.latest_title = make_label("", 10, "#000")
        right.addWidget(self.latest_title)
        self.latest = QVBoxLayout()
        right.addLayout(self.latest)
        right.addStretch(1)
        self.keys_title = make_label("", 10, "#000")
        right.addWidget(self.keys_title)
        self.keys = QGridLayout()
        self.keys.setColumnStretch(1, 1)
        right.addLayout(self.keys)
        ctrl.changed.connect(self.refresh)
        ctrl.ticked.connect(self._on_ctrl_ticked)
        ctrl.finished.connect(self._on_ctrl_finished)
        self.refresh()

    def _px(self, factor: float = 1.0) -> int:
        return max(14, round(self.height() / 1080 * PRESENTER_PX_AT_1080 * factor))

    @Slot()
    def refresh(self) -> None:
        """Redraws from the controller."""
        ctrl, p = self.ctrl, self.ctrl.palette
        if not ctrl.running:
            return
        px = self._px()
        self.setStyleSheet(f"#presenter {{ background: {p.background}; }}")
        self.setAutoFillBackground(True)
        self._update_timers()
        self.stage_timer.setStyleSheet(style(self._px(2.2), p.text, bold=True))
        self.session_timer.setStyleSheet(style(self._px(1.4), p.muted, bold=True))
        stage = ctrl.current_stage
        total = len(ctrl.stages)
        position = fill(self.tr("Stage %1 of %2"), ctrl.stage_index + 1, total) if stage else ""
        if stage and ctrl.lane_pages > 1:
            # The room sees one page of a long stage; the facilitator knows which.
            page = fill(self.tr("page %1 of %2"), ctrl.lane_page + 1, ctrl.lane_pages)
            position = f"{position} · {page}"
        self.position.setText(position)
        self.position.setStyleSheet(style(px, p.muted))
        self.current.setText(stage.name if stage else self.tr("This map has no stages yet."))
        self.current.setStyleSheet(style(self._px(1.8), p.text, bold=True))
        self.notes_title.setText(self.tr("Notes"))
        self.notes_title.setStyleSheet(style(px, p.accent, bold=True))
        notes = stage.description if stage and stage.description else self.tr("No notes.")
        self.notes.setText(notes)
        self.notes.setStyleSheet(style(self._px(1.1), p.text))
        nxt = ctrl.stages[ctrl.stage_index + 1] if ctrl.stage_index + 1 < total else None
        self.following.setText(
            fill(self.tr("Next: %1"), nxt.name) if nxt else self.tr("This is the last stage.")
        )
        self.following.setStyleSheet(style(self._px(1.2), p.muted, bold=True))
        self.latest_title.setText(self.tr("Latest captured"))
        self.latest_title.setStyleSheet(style(px, p.accent, bold=True))
        clear_layout(self.latest)
        names = {s.id: s.name for s in ctrl.stages}
        latest = sorted(ctrl.items, key=lambda i: i.position, reverse=True)[:LATEST]
        for item in latest:
            where = names.get(item.stage_id, "") if item.stage_id else ""
            head = kind_label(item.kind) + (f" · {where}" if where else "")
            self.latest.addWidget(make_label(head, px, kind_colour(p, item.kind), bold=True))
            self.latest.addWidget(make_label(item.text, px, p.text))
        if not latest:
            self.latest.addWidget(make_label(self.tr("Nothing captured yet."), px, p.muted))
        self.keys_title.setText(self.tr("Keys"))
        self.keys_title.setStyleSheet(style(px, p.accent, bold=True))
        clear_layout(self.keys)
        for row, (keys, what) in enumerate(key_help()):
            self.keys.addWidget(make_label(keys, self._px(0.8), p.text, bold=True), row, 0)
            self.keys.addWidget(make_label(what, self._px(0.8), p.muted), row, 1)

    def _update_timers(self) -> None:
        self.stage_timer.setText(fill(self.tr("Stage %1"), duration(self.ctrl.stage_seconds())))
        self.session_timer.setText(
            fill(self.tr("Session %1"), duration(self.ctrl.session_seconds()))
        )

    @Slot()
    def _on_ctrl_ticked(self) -> None:
        self._update_timers()

    @Slot(object)
    def _on_ctrl_finished(self, _workshop_id: object) -> None:
        self.close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: the same keys as the projection; F11 acts on the projection."""
        if is_full_screen_key(event):
            toggle_full_screen(self.projection)
            return
        if not handle_key(self.ctrl, event):
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Qt override: Tab chooses a persona (see ``event``), it never moves the focus."""
        return True

    def event(self, event: QEvent) -> bool:
        """Qt override: Tab reaches the workshop keys."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: type scales with the window."""
        super().resizeEvent(event)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: closing the presenter view ends the workshop too."""
        self.ctrl.leave()
        super().closeEvent(event)
