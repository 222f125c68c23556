"""The large input band that opens over the projection to capture what the room says."""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from personabuilder.model import CaptureKind
from personabuilder.services.workshop import ITEM_TEXT_MAX
from personabuilder.ui.workshop.controller import fill
from personabuilder.ui.workshop.theme import Palette, TypeScale
from personabuilder.ui.workshop.views import frame_style, kind_colour, kind_label, style

ALREADY_SHOWN = 3


class CaptureOverlay(QFrame):
    """A band across the projection with one large text field: Enter saves, Escape cancels."""

    submitted = Signal(object, str)  # CaptureKind, the text typed
    cancelled = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("overlay")
        self.kind = CaptureKind.IDEA
        layout = self._layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setObjectName("capture_text")
        self.edit.setMaxLength(ITEM_TEXT_MAX)
        self.edit.installEventFilter(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.already = QLabel()
        self.already.setWordWrap(True)
        self.already.setTextFormat(Qt.TextFormat.PlainText)
        for w in (self.heading, self.edit, self.error, self.hint, self.already):
            layout.addWidget(w)
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.hide()

    def open(
        self,
        kind: CaptureKind,
        where: str,
        already: list[str],
        palette: Palette,
        scale: TypeScale,
    ) -> None:
        """Shows the band for an item of ``kind`` at ``where`` (a stage name) and takes the keys.

        ``already`` are the texts of this kind captured there, shown so the room can see
        what it said before (the last few only).
        """
        self.kind = kind
        self.apply_theme(palette, scale)
        headings = {
            CaptureKind.PAIN_POINT: self.tr("New pain point at %1"),
            CaptureKind.IDEA: self.tr("New idea at %1"),
            CaptureKind.QUESTION: self.tr("New question at %1"),
            CaptureKind.PARKING: self.tr("Park an item for later"),
        }
        self.heading.setText(fill(headings[kind], where))
        self.edit.setAccessibleName(kind_label(kind))
        self.hint.setText(self.tr("Enter saves · Esc cancels"))
        recent = already[-ALREADY_SHOWN:]
        self.already.setText(
            "\n".join([self.tr("Already said:"), *(f"• {text}" for text in recent)])
            if recent
            else ""
        )
        self.already.setVisible(bool(recent))
        self.error.clear()
        self.error.hide()
        self.edit.clear()
        self.place()
        self.show()
        self.raise_()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def apply_theme(self, palette: Palette, scale: TypeScale) -> None:
        """Colours and sizes from the projection's theme."""
        p, s = palette, scale
        border = max(4, s.caption // 6)
        self.setStyleSheet(
            frame_style("overlay", p.scrim, p.accent, border, radius=0)
            + f" QLineEdit {{ font-size: {s.input}px; color: {p.text};"
            f" background: {p.input_background}; border: {border}px solid {p.accent};"
            f" border-radius: 10px; padding: {s.caption // 3}px; }}"
        )
        pad = s.caption
        self._layout.setContentsMargins(pad * 2, pad, pad * 2, pad)
        self._layout.setSpacing(s.caption // 2)
        self.heading.setStyleSheet(style(s.heading, kind_colour(p, self.kind), bold=True))
        self.hint.setStyleSheet(style(s.caption, p.muted))
        self.error.setStyleSheet(style(s.caption, p.text, bold=True))
        self.already.setStyleSheet(style(s.caption, p.muted))

    def place(self) -> None:
        """Spans the parent's width across its middle."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.setFixedWidth(parent.width())
        self.adjustSize()
        height = min(parent.height(), max(self.sizeHint().height(), round(parent.height() * 0.25)))
        self.setGeometry(0, (parent.height() - height) // 3, parent.width(), height)

    def show_error(self, message: str) -> None:
        """Keeps the band open with ``message`` under the field."""
        self.error.setText(message)
        self.error.show()
        self.place()
        self.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_band(self) -> None:
        """Hides the band."""
        self.hide()
        self.edit.clear()

    def _on_edit_return_pressed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self.show_error(self.tr("Type what the room said, or press Esc to cancel."))
            return
        self.submitted.emit(self.kind, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Qt override: Escape in the field cancels; no key leaks to the projection."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: keys the field does not use stop here while the band is open."""
        if event.key() == Qt.Key.Key_Escape:
            self.cancelled.emit()
        event.accept()
