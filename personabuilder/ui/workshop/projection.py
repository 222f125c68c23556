"""The window the room sees: the spotlighted stage or the overview, timers, and the input band."""

from PySide6.QtCore import QEvent, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QStackedWidget, QVBoxLayout, QWidget

from personabuilder.model import CaptureKind
from personabuilder.ui.workshop.controller import WorkshopController, fill
from personabuilder.ui.workshop.keys import handle_key
from personabuilder.ui.workshop.overlay import CaptureOverlay
from personabuilder.ui.workshop.theme import TypeScale
from personabuilder.ui.workshop.views import (
    NEIGHBOUR_SHARE,
    NeighbourColumn,
    OverviewView,
    StagePanel,
    duration,
    make_label,
    style,
)

MESSAGE_MS = 5000
NEIGHBOUR_MAX = 0.2  # of the window width: a longer word than this wraps badly, so be it


def _bold_font(px: int) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(True)
    return font


def toggle_full_screen(window: QWidget) -> None:
    """Full screen on the window's screen, or back to a window."""
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()


def is_full_screen_key(event: QKeyEvent) -> bool:
    """F11, or the platform's full screen shortcut."""
    return event.key() == Qt.Key.Key_F11 or event.matches(QKeySequence.StandardKey.FullScreen)


class ProjectionWindow(QWidget):
    """The projected workshop: large type, high contrast, keyboard first."""

    def __init__(self, ctrl: WorkshopController, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctrl = ctrl
        self.setObjectName("projection")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setWindowTitle(fill(self.tr("Workshop: %1"), ctrl.detail.title))
        self.show_hints = True
        root = self._root = QVBoxLayout(self)
        header = QHBoxLayout()
        self.title_label = make_label("", 10, "#000", wrap=False, name="title")
        self.badge = make_label("", 10, "#000", wrap=False, name="badge")
        self.parking_label = make_label("", 10, "#000", wrap=False, name="parking")
        self.stage_timer = make_label("", 10, "#000", wrap=False, name="stage_timer")
        self.session_timer = make_label("", 10, "#000", wrap=False, name="session_timer")
        header.addWidget(self.title_label, 1)
        for w in (self.badge, self.parking_label, self.stage_timer, self.session_timer):
            header.addWidget(w)
        root.addLayout(header)
        self.stack = QStackedWidget()
        self.stack.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        stage_page = QWidget()
        row = QHBoxLayout(stage_page)
        row.setContentsMargins(0, 0, 0, 0)
        self.previous = NeighbourColumn(-1)
        self.panel = StagePanel()
        self.following = NeighbourColumn(1)
        row.addWidget(self.previous, round(NEIGHBOUR_SHARE * 100))
        row.addWidget(self.panel, round((1 - 2 * NEIGHBOUR_SHARE) * 100))
        row.addWidget(self.following, round(NEIGHBOUR_SHARE * 100))
        self.overview = OverviewView()
        self.stack.addWidget(stage_page)
        self.stack.addWidget(self.overview)
        root.addWidget(self.stack, 1)
        footer = QHBoxLayout()
        self.message = make_label("", 10, "#000", name="message")
        self.hints = make_label("", 10, "#000", name="hints")
        footer.addWidget(self.message, 1)
        root.addLayout(footer)
        root.addWidget(self.hints)
        self.capture_overlay = CaptureOverlay(self)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(MESSAGE_MS)
        self._message_timer.timeout.connect(self.message.clear)
        ctrl.changed.connect(self.refresh)
        ctrl.ticked.connect(self._on_ctrl_ticked)
        ctrl.capture_requested.connect(self._on_ctrl_capture_requested)
        ctrl.message_shown.connect(self._on_ctrl_message_shown)
        ctrl.finished.connect(self._on_ctrl_finished)
        self.panel.vote_clicked.connect(self._on_panel_vote_clicked)
        self.overview.stage_clicked.connect(self._on_overview_stage_clicked)
        self.capture_overlay.submitted.connect(self._on_overlay_submitted)
        self.capture_overlay.cancelled.connect(self._on_overlay_cancelled)
        self.refresh()

    @property
    def scale(self) -> TypeScale:
        """Font sizes for this window's height and the zoom."""
        return TypeScale.for_height(self.height(), self.ctrl.zoom)

    @Slot()
    def refresh(self) -> None:
        """Redraws everything from the controller."""
        ctrl, p, s = self.ctrl, self.ctrl.palette, self.scale
        if not ctrl.running:
            return
        self.setStyleSheet(f"#projection {{ background: {p.background}; }}")
        self.setAutoFillBackground(True)
        pad = s.caption // 2
        self._root.setContentsMargins(pad, pad // 2, pad, pad // 2)
        self._root.setSpacing(pad // 2)
        self.title_label.setText(f"{ctrl.detail.title} · {ctrl.title}")
        self.title_label.setStyleSheet(style(s.caption, p.muted))
        badges = []
        if ctrl.vote_mode:
            badges.append(self.tr("Voting"))
        if ctrl.paused:
            badges.append(self.tr("Break"))
        self.badge.setText("  ".join(badges))
        self.badge.setVisible(bool(badges))
        self.badge.setStyleSheet(
            style(s.caption, p.on_accent, bold=True, background=p.accent)
            + f" border-radius: 8px; padding: 2px {pad}px;"
        )
        parked = len(ctrl.items_at(None))
        self.parking_label.setText(self.tr("Parking lot: %n", "", parked))
        self.parking_label.setStyleSheet(style(s.caption, p.parking, bold=True))
        self._update_timers()
        self.stage_timer.setStyleSheet(style(s.body, p.text, bold=True))
        self.session_timer.setStyleSheet(style(s.caption, p.muted))
        if ctrl.overview:
            self.overview.refresh(ctrl, s)
            self.stack.setCurrentWidget(self.overview)
        else:
            side = self._neighbour_width(s)
            self.previous.setFixedWidth(side)
            self.following.setFixedWidth(side)
            self.previous.refresh(ctrl, s)
            self.panel.refresh(ctrl, s)
            self.following.refresh(ctrl, s)
            self.stack.setCurrentIndex(0)
        self.message.setStyleSheet(style(s.body, p.text, bold=True))
        self.hints.setText(
            self.tr(
                "←/→ stage · P pain point · I idea · Q question · K park · 1-9 persona"
                " · ↑/↓ emotion · V vote · O overview · H hide · Esc leave"
            )
        )
        self.hints.setStyleSheet(style(s.caption, p.muted))
        self.hints.setVisible(self.show_hints)
        self.capture_overlay.apply_theme(p, s)
        if self.capture_overlay.isVisible():
            self.capture_overlay.place()

    def _neighbour_width(self, scale: TypeScale) -> int:
        """Room for the neighbours' longest word, within limits, the same on both sides."""
        metrics = QFontMetrics(_bold_font(scale.caption))
        ctrl = self.ctrl
        names = [
            ctrl.stages[i].name
            for i in (ctrl.stage_index - 1, ctrl.stage_index + 1)
            if 0 <= i < len(ctrl.stages)
        ]
        longest = max(
            (metrics.horizontalAdvance(word) for name in names for word in name.split()),
            default=0,
        )
        wanted = longest + scale.caption  # the column's own margins
        width = self.width()
        return max(round(width * NEIGHBOUR_SHARE), min(wanted, round(width * NEIGHBOUR_MAX)))

    def _update_timers(self) -> None:
        ctrl = self.ctrl
        stage = ctrl.current_stage
        self.stage_timer.setText(
            fill(self.tr("Stage %1"), duration(ctrl.stage_seconds())) if stage else ""
        )
        self.session_timer.setText(fill(self.tr("Session %1"), duration(ctrl.session_seconds())))

    @Slot()
    def _on_ctrl_ticked(self) -> None:
        self._update_timers()

    @Slot(object)
    def _on_ctrl_capture_requested(self, kind: CaptureKind) -> None:
        stage = self.ctrl.current_stage
        where = stage.name if stage is not None else ""
        place = stage.id if stage is not None and kind is not CaptureKind.PARKING else None
        here = self.ctrl.items_at(place, kind)
        self.capture_overlay.open(
            kind, where, [i.text for i in here], self.ctrl.palette, self.scale
        )
        if not self.isActiveWindow():
            self.activateWindow()

    @Slot(object, str)
    def _on_overlay_submitted(self, kind: CaptureKind, text: str) -> None:
        if self.ctrl.capture(kind, text) is None:
            self.capture_overlay.show_error(
                self.message.text() or self.tr("This could not be saved.")
            )
            return
        self.capture_overlay.close_band()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def _on_overlay_cancelled(self) -> None:
        self.capture_overlay.close_band()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(str)
    def _on_ctrl_message_shown(self, text: str) -> None:
        self.message.setText(text)
        self._message_timer.start()

    @Slot(int, int)
    def _on_panel_vote_clicked(self, number: int, delta: int) -> None:
        self.ctrl.vote(number, delta)

    @Slot(int)
    def _on_overview_stage_clicked(self, index: int) -> None:
        self.ctrl.go_to(index)
        self.ctrl.toggle_overview()

    @Slot(object)
    def _on_ctrl_finished(self, _workshop_id: object) -> None:
        self.close()

    def toggle_hints(self) -> None:
        """Shows or hides the key hints line."""
        self.show_hints = not self.show_hints
        self.hints.setVisible(self.show_hints)

    # Qt overrides ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Qt override: Tab chooses a persona instead of moving the focus."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not self.capture_overlay.isVisible()
        ):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Qt override: the focus never wanders off the projection (or the input band)."""
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: the workshop's keys."""
        if self.capture_overlay.isVisible():
            event.accept()
            return
        if is_full_screen_key(event):
            toggle_full_screen(self)
            return
        if event.key() in (Qt.Key.Key_H, Qt.Key.Key_F1) and not event.modifiers():
            self.toggle_hints()
            return
        if not handle_key(self.ctrl, event):
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: type scales with the window's height."""
        super().resizeEvent(event)
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Qt override: closing the window ends the workshop (everything is saved)."""
        self.ctrl.leave()
        super().closeEvent(event)
