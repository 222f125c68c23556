"""What the projection shows: the spotlighted stage, its dimmed neighbours and the overview."""

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from personabuilder.model import CaptureKind, LaneKind
from personabuilder.services.readmodels import LaneView, PersonaRef, StageView
from personabuilder.services.workshop import CapturedItemView
from personabuilder.ui.common.avatar import initials
from personabuilder.ui.workshop.controller import WorkshopController, signed
from personabuilder.ui.workshop.counts import count_label, counts
from personabuilder.ui.workshop.theme import Palette, TypeScale

LANE_COLUMNS = 2
NEIGHBOUR_SHARE = 0.12  # of the window width, for each dimmed neighbour
ROOM_SHARE = 0.40  # of the spotlighted stage's width, for what the room said
TOP_IDEAS = 3  # ideas an overview tile lists, most votes first
MAX_DOTS = 10  # vote dots drawn before the count alone tells the rest


def kind_label(kind: CaptureKind) -> str:
    """The name of a kind of captured item."""
    return {
        CaptureKind.PAIN_POINT: QCoreApplication.translate("Workshop", "Pain point"),
        CaptureKind.IDEA: QCoreApplication.translate("Workshop", "Idea"),
        CaptureKind.QUESTION: QCoreApplication.translate("Workshop", "Question"),
        CaptureKind.PARKING: QCoreApplication.translate("Workshop", "Parking lot"),
    }[kind]


def section_label(kind: CaptureKind) -> str:
    """The heading over items of one kind."""
    return {
        CaptureKind.PAIN_POINT: QCoreApplication.translate("Workshop", "Pain points"),
        CaptureKind.IDEA: QCoreApplication.translate("Workshop", "Ideas"),
        CaptureKind.QUESTION: QCoreApplication.translate("Workshop", "Questions"),
        CaptureKind.PARKING: QCoreApplication.translate("Workshop", "Parking lot"),
    }[kind]


def kind_colour(palette: Palette, kind: CaptureKind) -> str:
    """The colour items of ``kind`` are written in."""
    return {
        CaptureKind.PAIN_POINT: palette.pain,
        CaptureKind.IDEA: palette.idea,
        CaptureKind.QUESTION: palette.question,
        CaptureKind.PARKING: palette.parking,
    }[kind]


def duration(seconds: float) -> str:
    """Elapsed time as 4:05 or 1:02:03."""
    total = int(seconds)
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def style(px: int, colour: str, *, bold: bool = False, background: str | None = None) -> str:
    """A label's style sheet: size, colour, weight and an optional fill."""
    parts = [f"font-size: {px}px", f"color: {colour}", f"font-weight: {700 if bold else 400}"]
    parts.append(f"background: {background}" if background else "background: transparent")
    return "; ".join(parts) + ";"


def make_label(
    text: str,
    px: int,
    colour: str,
    *,
    bold: bool = False,
    wrap: bool = True,
    rich: bool = False,
    name: str = "",
) -> QLabel:
    """A label in one size and colour; plain text unless ``rich``."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setStyleSheet(style(px, colour, bold=bold))
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    if name:
        label.setObjectName(name)
    return label


def clear_layout(layout: QLayout) -> None:
    """Removes and deletes everything in ``layout``."""
    while layout.count():
        child = layout.takeAt(0)
        if child is None:
            break
        widget = child.widget()
        if widget is not None:
            # Off the tree now, so nothing finds or draws it before it is deleted.
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        else:
            inner = child.layout()
            if inner is not None:
                clear_layout(inner)
                inner.deleteLater()


def frame_style(name: str, background: str, border: str, width: int, radius: int = 12) -> str:
    """A named frame's fill and border (only that frame: labels are frames too)."""
    return (
        f"#{name} {{ background: {background}; border: {width}px solid {border};"
        f" border-radius: {radius}px; }}"
    )


def _font(px: int, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, px))
    font.setBold(bold)
    return font


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _score_colour(palette: Palette, score: int) -> str:
    if score < 0:
        return palette.emotion_low
    return palette.emotion_high if score > 0 else palette.emotion_mid


class PersonaScoreRow(QWidget):
    """One persona's as-is score at the stage: number, name, a five-step scale, the value.

    The name wraps at spaces (never cut short); a word wider than its room is set smaller.
    """

    def __init__(
        self,
        number: int,
        persona: PersonaRef,
        score: int | None,
        selected: bool,
        palette: Palette,
        scale: TypeScale,
    ) -> None:
        super().__init__()
        self.number, self.persona, self.score = number, persona, score
        self.selected, self._palette, self._scale = selected, palette, scale
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(f"{persona.name} {signed(score)}")

    def _geometry(self, width: float) -> tuple[float, float, float, float]:
        """(pad, number width, name left, name width) for a row ``width`` wide."""
        s = self._scale
        pad = s.body * 0.35
        radius = s.body * 0.3
        dots_w = 5 * 2 * radius + 4 * radius * 0.55
        value_w = s.body * 1.5
        num_w = QFontMetrics(_font(s.body, bold=True)).horizontalAdvance("9") + pad
        name_left = pad + num_w
        name_w = max(1.0, width - pad - value_w - dots_w - pad - name_left)
        return pad, num_w, name_left, name_w

    def name_font(self, width: float) -> QFont:
        """The name's font: the body size, smaller when one word would not fit ``width``."""
        font = _font(self._scale.body, bold=self.selected)
        longest = max(
            (QFontMetrics(font).horizontalAdvance(w) for w in self.persona.name.split()),
            default=0,
        )
        if longest > width:
            font.setPixelSize(max(1, int(self._scale.body * width / longest)))
        return font

    def name_rect(self, width: float) -> QRectF:
        """Where the wrapped name goes in a row ``width`` wide (top-left at 0, 0)."""
        pad, _num_w, name_left, name_w = self._geometry(width)
        font = self.name_font(name_w)
        bound = QFontMetrics(font).boundingRect(
            QRect(0, 0, int(name_w), 100_000),
            int(Qt.TextFlag.TextWordWrap),
            self.persona.name,
        )
        return QRectF(name_left, pad / 2, name_w, bound.height())

    def hasHeightForWidth(self) -> bool:
        """Qt override: a long name takes more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Qt override: the wrapped name with room around it, at least one body line."""
        pad = self._scale.body * 0.35
        return max(round(self._scale.body * 1.7), round(self.name_rect(width).height() + pad))

    def sizeHint(self) -> QSize:
        """Qt override: one line of body text with room around it."""
        return QSize(self._scale.body * 14, round(self._scale.body * 1.7))

    def minimumSizeHint(self) -> QSize:
        """Qt override."""
        return QSize(self._scale.body * 8, round(self._scale.body * 1.7))

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt override: draws the row."""
        p, s = self._palette, self._scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect())
        if self.selected:
            painter.setPen(QPen(QColor(p.accent), max(2, s.body // 10)))
            painter.setBrush(QColor(p.highlight))
            painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 8, 8)
        pad, num_w, _name_left, name_w = self._geometry(rect.width())
        radius = s.body * 0.3
        gap = radius * 0.55
        value_w = s.body * 1.5
        dots_w = 5 * 2 * radius + 4 * gap
        x_dots = rect.right() - pad - value_w - dots_w
        mid = rect.center().y()
        painter.setFont(_font(s.body, bold=True))
        painter.setPen(QColor(p.accent if not self.selected else p.text))
        number = str(self.number) if self.number <= 9 else ""
        painter.drawText(
            QRectF(rect.left() + pad, rect.top(), num_w, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            number,
        )
        painter.setFont(self.name_font(name_w))
        painter.setPen(QColor(p.text))
        name = self.name_rect(rect.width())
        name.moveTop(rect.top() + (rect.height() - name.height()) / 2)
        painter.drawText(
            name,
            int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap),
            self.persona.name,
        )
        # The scale: five rings from -2 to +2, the score's one filled.
        for step in range(5):
            value = step - 2
            cx = x_dots + radius + step * (2 * radius + gap)
            colour = QColor(_score_colour(p, value))
            painter.setPen(QPen(colour, max(2.0, radius / 4)))
            painter.setBrush(colour if value == self.score else Qt.BrushStyle.NoBrush)
            r = radius if value == self.score else radius * 0.72
            painter.drawEllipse(QRectF(cx - r, mid - r, 2 * r, 2 * r))
        painter.setFont(_font(s.body, bold=True))
        painter.setPen(QColor(p.text))
        painter.drawText(
            QRectF(rect.right() - pad - value_w, rect.top(), value_w, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
            signed(self.score),
        )
        painter.end()


class IdeaRow(QFrame):
    """A numbered idea with its dot votes; a click adds a vote, a right click takes one away."""

    vote_clicked = Signal(int, int)  # idea number, +1 or -1

    def __init__(
        self, number: int, item: CapturedItemView, palette: Palette, scale: TypeScale
    ) -> None:
        super().__init__()
        self.number, self.item = number, item
        self.setObjectName("idea")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, scale.body // 8, 0, scale.body // 8)
        layout.setSpacing(scale.body // 3)
        badge = make_label(str(number) if number <= 9 else "·", scale.body, palette.on_accent)
        badge.setStyleSheet(
            style(scale.body, palette.on_accent, bold=True, background=palette.accent)
            + f" border-radius: {scale.body // 4}px; padding: 0 {scale.body // 4}px;"
        )
        badge.setWordWrap(False)
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setFixedWidth(round(scale.body * 1.3))
        badge.setObjectName("idea_number")
        layout.addWidget(badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(make_label(item.text, scale.body, palette.text, name="idea_text"), 1)
        dots = "●" * min(item.votes, MAX_DOTS)
        votes = make_label(
            f"{dots} {item.votes}".strip() if item.votes else "0",
            scale.body,
            palette.accent,
            bold=True,
            wrap=False,
            name="idea_votes",
        )
        votes.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        votes.setToolTip(counts().votes(item.votes))
        layout.addWidget(votes, 0, Qt.AlignmentFlag.AlignTop)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Qt override: left click votes, right click takes a vote away."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.vote_clicked.emit(self.number, 1)
        elif event.button() == Qt.MouseButton.RightButton:
            self.vote_clicked.emit(self.number, -1)
        else:
            super().mousePressEvent(event)


def _lane_html(ctrl: WorkshopController, stage: StageView, lane: LaneView, scale: TypeScale) -> str:
    """A lane's content at a stage as rich text (user text escaped)."""
    p = ctrl.palette
    if lane.kind is LaneKind.METRICS:
        from personabuilder.charts.numbers import format_number
        from personabuilder.services.chart_data import metric_status
        from personabuilder.ui.common.labels import STATUS_MARKS, status_label, ui_language

        lang = ui_language()
        colours = {
            "on_track": p.on_track,
            "at_risk": p.at_risk,
            "off_track": p.off_track,
            "not_available": p.muted,
        }
        rows = []
        for m in ctrl.detail.metrics:
            if m.stage_id != stage.id:
                continue
            status = metric_status(m).value
            rows.append(
                f'<span style="color:{colours[status]}; font-weight:700">'
                f"{STATUS_MARKS[status]} {_esc(status_label(status))}</span> "
                f"{_esc(m.name)}: <b>{_esc(format_number(m.latest, m.unit, lang))}</b>"
            )
        return "<br>".join(rows)
    cell = ctrl.detail.cell(stage.id, lane.id)
    if cell is None:
        return ""
    parts = [_esc(cell.text)] if cell.text else []
    if cell.items:
        if lane.kind is LaneKind.TOUCHPOINTS:
            parts.append(" · ".join(_esc(str(i.get("text", ""))) for i in cell.items))
        else:
            parts.append("<br>".join(f"• {_esc(str(i.get('text', '')))}" for i in cell.items))
    return "<br>".join(parts)


_TAG = re.compile(r"<[^>]*>")
Placed = tuple[int, int, int, QWidget, int]  # page, column, top, widget, height


@dataclass(frozen=True)
class Piece:
    """Something a pager places whole: ``build(parts, continued)`` makes its widget.

    A piece taller than a page is split between its ``parts`` (joined by ``joiner``), and a
    part still too tall between its words (plain text only), each share a widget of its own.
    """

    build: Callable[[tuple[str, ...], bool], QWidget]
    parts: tuple[str, ...] = ("",)
    joiner: str = "<br>"


def fit_words(label: QLabel, width: int) -> None:
    """Sets ``label`` smaller when its longest word is wider than ``width``: a name is never
    cut, and words are not broken."""
    label.ensurePolished()
    text = html.unescape(_TAG.sub(" ", label.text())) if "<" in label.text() else label.text()
    words = text.split()
    if not words or width <= 1:
        return
    font = label.font()
    px = font.pixelSize()
    longest = max(QFontMetrics(font).horizontalAdvance(w) for w in words)
    margins = label.contentsMargins()
    room = width - margins.left() - margins.right()
    if px <= 0 or longest <= room:
        return
    sheet = label.styleSheet()
    smaller = max(1, int(px * room / longest))
    # Glyph widths do not scale exactly with the size: step down until the word fits.
    while smaller > 1:
        font.setPixelSize(smaller)
        if max(QFontMetrics(font).horizontalAdvance(w) for w in words) <= room:
            break
        smaller -= 1
    label.setStyleSheet(sheet.replace(f"font-size: {px}px", f"font-size: {smaller}px"))
    label.ensurePolished()


def _split_words(part: str) -> tuple[str, str] | None:
    """A part cut in two at the space nearest its middle, outside any tag; None if it has none."""
    spaces = [m.start() for m in re.finditer(" ", part)]
    inside = [(m.start(), m.end()) for m in _TAG.finditer(part)]
    spaces = [i for i in spaces if not any(a <= i < b for a, b in inside)]
    if not spaces:
        return None
    middle = min(spaces, key=lambda i: abs(i - len(part) / 2))
    return part[:middle], part[middle + 1 :]


class Pager(QWidget):
    """Pieces laid out in columns a page at a time: nothing is cut, the rest is on later pages.

    When everything fits one page the columns are balanced; otherwise pieces fill the columns
    in order, top to bottom then left to right, and go on on the next page.
    """

    pages_counted = Signal(int)

    def __init__(self, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._pieces: list[Piece] = []
        self._gap = 8
        self._page = 0
        self._pages: list[list[QWidget]] = [[]]
        self._laid_for: QSize | None = None

    @property
    def page_count(self) -> int:
        """How many pages the pieces take at this size."""
        return len(self._pages)

    @property
    def page(self) -> int:
        """The page shown (0-based)."""
        return self._page

    def shown(self) -> list[QWidget]:
        """The widgets of the page shown."""
        return list(self._pages[self._page])

    def set_pieces(self, pieces: list[Piece], gap: int, page: int) -> None:
        """Lays ``pieces`` out again and shows ``page`` (clamped)."""
        self._pieces, self._gap = pieces, gap
        self._page = page
        self._layout()

    def set_page(self, page: int) -> None:
        """Shows ``page`` (clamped to the pages there are)."""
        self._page = max(0, min(page, len(self._pages) - 1))
        for i, widgets in enumerate(self._pages):
            for w in widgets:
                w.setVisible(i == self._page)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: a new size, a new layout."""
        super().resizeEvent(event)
        if self._laid_for != self.size():
            self._layout()

    def _clear(self) -> None:
        for widgets in self._pages:
            for w in widgets:
                w.hide()
                w.setParent(None)
                w.deleteLater()
        self._pages = [[]]

    def _make(self, piece: Piece, parts: tuple[str, ...], continued: bool) -> QWidget:
        widget = piece.build(parts, continued)
        widget.setParent(self)
        widget.ensurePolished()
        width = self._column_width()
        labels = [widget] if isinstance(widget, QLabel) else widget.findChildren(QLabel)
        for label in labels:
            if label.objectName() in ("", "lane_name", "lane_text", "item"):
                fit_words(label, width)
        return widget

    def _column_width(self) -> int:
        return max(1, (self.width() - self._gap * (self.columns - 1)) // self.columns)

    def _height(self, widget: QWidget, width: int) -> int:
        if widget.hasHeightForWidth():
            return max(widget.heightForWidth(width), widget.minimumSizeHint().height())
        return widget.sizeHint().height()

    def _drop(self, widget: QWidget) -> None:
        widget.hide()
        widget.setParent(None)
        widget.deleteLater()

    def _layout(self) -> None:
        self._clear()
        self._laid_for = self.size()
        width, height = self.width(), self.height()
        if width <= 1 or height <= 1 or not self._pieces:
            self.pages_counted.emit(1)
            return
        gap, columns = self._gap, self.columns
        col_w = max(1, (width - gap * (columns - 1)) // columns)
        placed = self._balanced(col_w, height) or self._flowing(col_w, height)
        pages: list[list[QWidget]] = []
        for page, column, y, widget, h in placed:
            while len(pages) <= page:
                pages.append([])
            widget.setGeometry(column * (col_w + gap), y, col_w, h)
            pages[page].append(widget)
        self._pages = pages or [[]]
        self.set_page(self._page)
        self.pages_counted.emit(len(self._pages))

    def _balanced(self, width: int, height: int) -> list[Placed] | None:
        """Everything whole on one page, each piece to the shorter column; None if it does not
        fit."""
        tops = [0] * self.columns
        out: list[Placed] = []
        for piece in self._pieces:
            widget = self._make(piece, piece.parts, False)
            h = self._height(widget, width)
            column = tops.index(min(tops))
            if tops[column] + h > height:
                self._drop(widget)
                for _page, _column, _y, w, _h in out:
                    self._drop(w)
                return None
            out.append((0, column, tops[column], widget, h))
            tops[column] += h + self._gap
        return out

    def _flowing(self, width: int, height: int) -> list[Placed]:
        """Pieces in reading order down the columns, page after page.

        A piece that does not fit what is left of a column puts the parts that fit there and
        goes on at the top of the next column ("continued"); a part taller than a whole column
        is cut between words.
        """
        out: list[Placed] = []
        page = column = y = 0

        def next_column() -> None:
            nonlocal page, column, y
            column, y = column + 1, 0
            if column == self.columns:
                page, column = page + 1, 0

        for piece in self._pieces:
            parts = list(piece.parts)
            continued = False
            while parts:
                room = height - y
                widget = self._make(piece, tuple(parts), continued)
                h = self._height(widget, width)
                if h <= room:
                    out.append((page, column, y, widget, h))
                    y += h + self._gap
                    break
                self._drop(widget)
                best: tuple[int, QWidget, int] | None = None
                for n in range(1, len(parts)):
                    trial = self._make(piece, tuple(parts[:n]), continued)
                    th = self._height(trial, width)
                    if th > room:
                        self._drop(trial)
                        break
                    if best is not None:
                        self._drop(best[1])
                    best = (n, trial, th)
                if best is not None:
                    n, trial, th = best
                    out.append((page, column, y, trial, th))
                    parts = parts[n:]
                    continued = True
                    next_column()
                    continue
                if y > 0:
                    next_column()
                    continue
                halves = _split_words(parts[0])
                if halves is not None:
                    parts[0:1] = list(halves)
                    continue
                # One word (or markup) taller than a whole column: shown alone, as it is.
                lone = self._make(piece, (parts.pop(0),), continued)
                out.append((page, column, 0, lone, min(height, self._height(lone, width))))
                continued = True
                next_column()
        return out


def _lane_card(
    title: str, body_html: str, palette: Palette, scale: TypeScale, continued: bool = False
) -> QWidget:
    card = QWidget()
    card.setObjectName("lane")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    if continued:
        title = fill_text(QCoreApplication.translate("Workshop", "%1 (continued)"), title)
    layout.addWidget(make_label(title, scale.caption, palette.accent, bold=True, name="lane_name"))
    layout.addWidget(
        make_label(body_html, scale.caption, palette.text, rich=True, name="lane_text")
    )
    return card


def fill_text(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced (see ``controller.fill``)."""
    from personabuilder.ui.workshop.controller import fill

    return fill(text, *values)


class StagePanel(QFrame):
    """The spotlighted stage: its name, its lanes' content and what the room said there.

    What does not fit is paged (Shift+Down, Page Down): a line is never cut.
    """

    vote_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("current")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = self._outer = QVBoxLayout(self)
        self.title = make_label("", 10, "#000000", bold=True, name="stage_title")
        outer.addWidget(self.title)
        body = QHBoxLayout()
        outer.addLayout(body, 1)
        self.lanes = Pager(LANE_COLUMNS)
        self.lanes.setObjectName("lanes")
        self.room = Pager(1)
        self.room.setObjectName("room")
        body.addWidget(self.lanes, round((1 - ROOM_SHARE) * 100))
        self.divider = QFrame()
        self.divider.setObjectName("divider")
        self.divider.setFixedWidth(3)
        body.addWidget(self.divider)
        body.addWidget(self.room, round(ROOM_SHARE * 100))
        # Under the text, never over it: which page this is and how to turn it.
        self.more = make_label("", 10, "#000", wrap=True, name="more")
        outer.addWidget(self.more)
        self.more.hide()
        self._ctrl: WorkshopController | None = None
        self._title_style = ("", 0)
        self.lanes.pages_counted.connect(self._on_pages_counted)
        self.room.pages_counted.connect(self._on_pages_counted)

    def refresh(self, ctrl: WorkshopController, scale: TypeScale) -> None:
        """Shows the controller's current stage."""
        self._ctrl = ctrl
        p = ctrl.palette
        stage = ctrl.current_stage
        pad = scale.caption // 2
        self._outer.setContentsMargins(pad * 2, pad, pad * 2, pad)
        self._outer.setSpacing(pad)
        self.setStyleSheet(
            frame_style("current", p.panel, p.accent, max(3, scale.caption // 7))
            + f" #divider {{ background: {p.border}; }}"
        )
        self.more.setStyleSheet(style(scale.caption, p.accent, bold=True))
        if stage is None:
            self.title.setText(
                QCoreApplication.translate("Workshop", "This map has no stages yet.")
            )
            self.title.setStyleSheet(style(scale.heading, p.text, bold=True))
            self._title_style = ("", 0)
            self.lanes.set_pieces([], pad, 0)
            self.room.set_pieces([], pad, 0)
            return
        self.title.setText(f"{ctrl.stage_index + 1}  {stage.name}")
        self.title.setStyleSheet(style(scale.title, p.text, bold=True))
        self._title_style = (self.title.styleSheet(), 4 * pad)
        fit_words(self.title, self.width() - 4 * pad)
        self.lanes.set_pieces(self._lanes(ctrl, stage, scale), scale.caption // 2, ctrl.lane_page)
        self.room.set_pieces(self._room(ctrl, stage, scale), scale.caption // 4, ctrl.lane_page)
        self._on_pages_counted()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: the stage's name fits the new width (from its full size again)."""
        super().resizeEvent(event)
        full, margins = self._title_style
        if full:
            self.title.setStyleSheet(full)
            fit_words(self.title, self.width() - margins)

    def _lanes(self, ctrl: WorkshopController, stage: StageView, scale: TypeScale) -> list[Piece]:
        p = ctrl.palette
        cards = []
        if stage.description:
            cards.append(
                (
                    QCoreApplication.translate("Workshop", "About this stage"),
                    _esc(stage.description),
                )
            )
        for lane in ctrl.detail.lanes:
            content = _lane_html(ctrl, stage, lane, scale)
            if content:
                cards.append((lane.name, content))
        pieces = []
        for title, content in cards:

            def build(parts: tuple[str, ...], continued: bool, title: str = title) -> QWidget:
                return _lane_card(title, "<br>".join(parts), p, scale, continued)

            pieces.append(Piece(build, tuple(content.split("<br>"))))
        if not pieces:
            text = QCoreApplication.translate("Workshop", "Nothing on the map here yet.")
            pieces.append(Piece(lambda _p, _c: make_label(text, scale.caption, p.muted)))
        return pieces

    def _room(self, ctrl: WorkshopController, stage: StageView, scale: TypeScale) -> list[Piece]:
        p = ctrl.palette
        pieces: list[Piece] = []

        def label(
            text: str, px: int, colour: str, *, bold: bool = False, top: int = 0, name: str = ""
        ) -> None:
            def build(parts: tuple[str, ...], _continued: bool) -> QWidget:
                widget = make_label(" ".join(parts), px, colour, bold=bold, name=name)
                widget.setContentsMargins(0, top, 0, 0)
                return widget

            pieces.append(Piece(build, (text,), " "))

        if ctrl.personas:
            label(
                QCoreApplication.translate("Workshop", "How they feel"),
                scale.caption,
                p.accent,
                bold=True,
            )
            for i, persona in enumerate(ctrl.personas):
                as_is, _ = ctrl.score(stage.id, persona.id)

                def row(
                    _parts: tuple[str, ...],
                    _continued: bool,
                    i: int = i,
                    persona: PersonaRef = persona,
                    as_is: int | None = as_is,
                ) -> QWidget:
                    return PersonaScoreRow(i + 1, persona, as_is, i == ctrl.persona_index, p, scale)

                pieces.append(Piece(row))
        shown = False
        for kind in (CaptureKind.IDEA, CaptureKind.PAIN_POINT, CaptureKind.QUESTION):
            items = ctrl.items_at(stage.id, kind)
            if not items:
                continue
            shown = True
            heading = section_label(kind)
            if kind is CaptureKind.IDEA and ctrl.vote_mode:
                heading = QCoreApplication.translate("Workshop", "Ideas: vote with 1 to 9")
            label(heading, scale.caption, kind_colour(p, kind), bold=True, top=scale.caption // 3)
            for n, item in enumerate(items, start=1):
                if kind is CaptureKind.IDEA:

                    def idea(
                        _parts: tuple[str, ...],
                        _continued: bool,
                        n: int = n,
                        item: CapturedItemView = item,
                    ) -> QWidget:
                        row = IdeaRow(n, item, p, scale)
                        row.vote_clicked.connect(self.vote_clicked)
                        return row

                    pieces.append(Piece(idea))
                else:
                    label(f"• {item.text}", scale.body, p.text, name="item")
        if not shown:
            label(
                QCoreApplication.translate(
                    "Workshop", "Nothing captured here yet: P pain point, I idea, Q question."
                ),
                scale.caption,
                p.muted,
                top=scale.caption // 2,
            )
        return pieces

    def _on_pages_counted(self, _count: int = 0) -> None:
        ctrl = self._ctrl
        pages = max(self.lanes.page_count, self.room.page_count)
        if ctrl is None:
            return
        ctrl.set_lane_pages(pages)
        self.lanes.set_page(ctrl.lane_page)
        self.room.set_page(ctrl.lane_page)
        if pages > 1:
            text = (
                QCoreApplication.translate("Workshop", "Page %1 of %2 · Shift+Up or Page Up: back")
                if ctrl.lane_page == pages - 1
                else QCoreApplication.translate(
                    "Workshop", "Page %1 of %2 · Shift+Down or Page Down: more"
                )
            )
            self.more.setText(fill_text(text, ctrl.lane_page + 1, pages))
        self.more.setVisible(pages > 1)


class NeighbourColumn(QFrame):
    """A dimmed stage beside the spotlight: its number, name and what was captured there."""

    def __init__(self, side: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side  # -1 before the current stage, +1 after it
        self.setObjectName("neighbour")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._layout = QVBoxLayout(self)

    def refresh(self, ctrl: WorkshopController, scale: TypeScale) -> None:
        """Shows the stage on this side of the current one, or nothing at the ends."""
        p = ctrl.palette
        clear_layout(self._layout)
        pad = scale.caption // 3
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(pad)
        index = ctrl.stage_index + self.side
        if not 0 <= index < len(ctrl.stages):
            self.setStyleSheet(frame_style("neighbour", p.background, p.background, 0))
            return
        self.setStyleSheet(frame_style("neighbour", p.dim_background, p.dim_background, 1))
        stage = ctrl.stages[index]
        arrow = "◀" if self.side < 0 else "▶"
        head = make_label(f"{arrow} {index + 1}", scale.caption, p.dim_text, bold=True)
        head.setAlignment(
            Qt.AlignmentFlag.AlignLeft if self.side < 0 else Qt.AlignmentFlag.AlignRight
        )
        self._layout.addWidget(head)
        name = make_label(stage.name, scale.caption, p.dim_text, bold=True)
        fit_words(name, self.minimumWidth() - 2 * pad - 4)  # margins and the frame
        self._layout.addWidget(name)
        for kind in (CaptureKind.IDEA, CaptureKind.PAIN_POINT, CaptureKind.QUESTION):
            count = len(ctrl.items_at(stage.id, kind))
            if count:
                self._layout.addWidget(
                    make_label(count_label(kind, count), scale.caption, p.dim_text)
                )
        self._layout.addStretch(1)


class StageTile(QFrame):
    """One stage in the overview; a click makes it the current stage."""

    clicked = Signal(int)

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index
        self.setObjectName("tile")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Qt override: selects the stage."""
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.index)
        else:
            super().mousePressEvent(event)


MARKS = ("●", "■", "▲", "◆", "▼")  # one shape per persona, so colour is not the only cue


def persona_colours(palette: Palette) -> tuple[str, ...]:
    """The colours of the personas' curves, in persona order (readable on the panel)."""
    return (palette.accent, palette.pain, palette.idea, palette.question, palette.parking)


class CurvePlot(QWidget):
    """The personas' as-is scores as lines across the stages, -2 at the bottom, +2 at the top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(40)
        self._ctrl: WorkshopController | None = None
        self._scale = TypeScale.for_height(1080)

    def set_data(self, ctrl: WorkshopController, scale: TypeScale) -> None:
        """Draws ``ctrl``'s map at ``scale``."""
        self._ctrl, self._scale = ctrl, scale
        self.update()

    def _frame(self) -> QRectF:
        """Where the lines go: room left for the score ticks and the stage numbers."""
        metrics = QFontMetrics(_font(self._scale.caption))
        left = metrics.horizontalAdvance("\u22122") + self._scale.caption // 2
        bottom = metrics.height() + 4
        top = self._scale.caption // 2
        return QRectF(
            left, top, max(1, self.width() - left - 8), max(1, self.height() - top - bottom)
        )

    def stage_x(self, index: int) -> float:
        """The horizontal centre of stage ``index``."""
        assert self._ctrl is not None
        frame = self._frame()
        count = max(1, len(self._ctrl.stages))
        return frame.left() + frame.width() * (index + 0.5) / count

    def score_y(self, score: float) -> float:
        """The height of a score."""
        frame = self._frame()
        return frame.bottom() - (score + 2) / 4 * frame.height()

    def series(self) -> list[tuple[PersonaRef, str, list[QPointF | None]]]:
        """Each persona's points, one per stage (None where the stage has no score)."""
        ctrl = self._ctrl
        if ctrl is None:
            return []
        colours = persona_colours(ctrl.palette)
        out = []
        for n, persona in enumerate(ctrl.personas):
            points: list[QPointF | None] = []
            for i, stage in enumerate(ctrl.stages):
                score = ctrl.score(stage.id, persona.id)[0]
                points.append(
                    None if score is None else QPointF(self.stage_x(i), self.score_y(score))
                )
            out.append((persona, colours[n % len(colours)], points))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt override: grid, stage numbers, one line and one shape per persona."""
        ctrl = self._ctrl
        if ctrl is None or not ctrl.stages:
            return
        p, s = ctrl.palette, self._scale
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        frame = self._frame()
        painter.setFont(_font(s.caption))
        metrics = QFontMetrics(painter.font())
        current = ctrl.stage_index
        width = frame.width() / len(ctrl.stages)
        painter.fillRect(
            QRectF(self.stage_x(current) - width / 2, frame.top(), width, frame.height()),
            QColor(p.highlight),
        )
        for score in range(-2, 3):
            y = self.score_y(score)
            painter.setPen(QPen(QColor(p.border), 2 if score == 0 else 1, Qt.PenStyle.DotLine))
            painter.drawLine(QPointF(frame.left(), y), QPointF(frame.right(), y))
            if score in (-2, 0, 2):
                painter.setPen(QColor(p.muted))
                painter.drawText(
                    QRectF(0, y - metrics.height() / 2, frame.left() - 4, metrics.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    signed(score),
                )
        painter.setPen(QColor(p.muted))
        for i in range(len(ctrl.stages)):
            painter.drawText(
                QRectF(self.stage_x(i) - width / 2, frame.bottom() + 2, width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                str(i + 1),
            )
        line = max(2.0, s.caption / 7)
        for n, (_persona, colour, points) in enumerate(self.series()):
            pen = QPen(QColor(colour), line)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            path = QPainterPath()
            drawing = False
            for point in points:
                if point is None:
                    drawing = False
                elif drawing:
                    path.lineTo(point)
                else:
                    path.moveTo(point)
                    drawing = True
            painter.drawPath(path)
            painter.setBrush(QColor(colour))
            r = s.caption * 0.28
            for point in points:
                if point is not None:
                    _mark(painter, n % len(MARKS), point, r)
        painter.end()


def _mark(painter: QPainter, shape: int, at: QPointF, r: float) -> None:
    """Draws persona shape ``shape`` (as in MARKS) centred on ``at``."""
    x, y = at.x(), at.y()
    if shape == 0:
        painter.drawEllipse(at, r, r)
        return
    if shape == 1:
        painter.drawRect(QRectF(x - r, y - r, 2 * r, 2 * r))
        return
    corners = {
        2: ((0, -1.2), (1.1, 0.9), (-1.1, 0.9)),
        3: ((0, -1.3), (1.3, 0), (0, 1.3), (-1.3, 0)),
        4: ((0, 1.2), (1.1, -0.9), (-1.1, -0.9)),
    }[shape]
    path = QPainterPath()
    path.moveTo(x + corners[0][0] * r, y + corners[0][1] * r)
    for cx, cy in corners[1:]:
        path.lineTo(x + cx * r, y + cy * r)
    path.closeSubpath()
    painter.drawPath(path)


class EmotionCurves(QFrame):
    """The overview's emotion curves: a legend of personas above their lines across stages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("curves")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = self._layout = QVBoxLayout(self)
        self.title = make_label("", 10, "#000", bold=True, name="curves_title")
        self.legend = make_label("", 10, "#000", rich=True, name="curves_legend")
        self.plot = CurvePlot()
        layout.addWidget(self.title)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot, 1)

    def refresh(self, ctrl: WorkshopController, scale: TypeScale) -> None:
        """Draws the curves of ``ctrl``'s map."""
        p = ctrl.palette
        pad = scale.caption // 3
        self._layout.setContentsMargins(pad, pad, pad, pad)
        self._layout.setSpacing(pad // 2)
        self.setStyleSheet(frame_style("curves", p.panel, p.border, 1))
        self.title.setText(QCoreApplication.translate("Workshop", "How they feel, stage by stage"))
        self.title.setStyleSheet(style(scale.caption, p.accent, bold=True))
        colours = persona_colours(p)
        self.legend.setText(
            " &nbsp; ".join(
                f'<span style="color:{colours[n % len(colours)]}">{MARKS[n % len(MARKS)]}</span>'
                f"&nbsp;{_esc(persona.name)}"
                for n, persona in enumerate(ctrl.personas)
            )
        )
        self.legend.setStyleSheet(style(scale.caption, p.text))
        self.plot.set_data(ctrl, scale)


class OverviewView(QWidget):
    """The whole map small: the emotion curves, then each stage a tile with its counts and
    scores, then the parking lot."""

    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = self._outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.curves = EmotionCurves()
        outer.addWidget(self.curves, 2)
        tiles = QWidget()
        tiles.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._grid = QGridLayout(tiles)
        outer.addWidget(tiles, 5)

    def refresh(self, ctrl: WorkshopController, scale: TypeScale) -> None:
        """Rebuilds the curves and the tiles."""
        clear_layout(self._grid)
        gap = scale.caption // 2
        self._outer.setSpacing(gap)
        self.curves.setVisible(bool(ctrl.personas) and bool(ctrl.stages))
        self.curves.refresh(ctrl, scale)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(gap)
        tiles = len(ctrl.stages) + 1
        rows = 1 if tiles <= 4 else 2 if tiles <= 10 else 3
        per_row = -(-tiles // rows)
        for i, stage in enumerate(ctrl.stages):
            tile = self._stage_tile(ctrl, i, stage, scale)
            tile.clicked.connect(self.stage_clicked)
            self._grid.addWidget(tile, i // per_row, i % per_row)
        parking = self._parking_tile(ctrl, scale)
        self._grid.addWidget(parking, (tiles - 1) // per_row, (tiles - 1) % per_row)
        for c in range(per_row):
            self._grid.setColumnStretch(c, 1)
        for r in range(rows):
            self._grid.setRowStretch(r, 1)

    def _tile_layout(self, tile: QFrame, scale: TypeScale) -> QVBoxLayout:
        layout = QVBoxLayout(tile)
        pad = scale.caption // 3
        layout.setContentsMargins(pad, pad, pad, pad)
        layout.setSpacing(pad // 2)
        return layout

    def _stage_tile(
        self, ctrl: WorkshopController, index: int, stage: StageView, scale: TypeScale
    ) -> StageTile:
        p = ctrl.palette
        tile = StageTile(index)
        current = index == ctrl.stage_index
        tile.setStyleSheet(
            frame_style(
                "tile",
                p.highlight if current else p.panel,
                p.accent if current else p.border,
                max(4, scale.caption // 6) if current else 1,
            )
        )
        lines: list[tuple[str, str, bool]] = [(f"{index + 1}  {stage.name}", p.text, True)]
        marks = [
            f"{initials(persona.name)} {signed(ctrl.score(stage.id, persona.id)[0])}"
            for persona in ctrl.personas
        ]
        if marks:
            lines.append(("  ".join(marks), p.muted, False))
        spent = ctrl.stage_seconds(stage.id)
        if spent >= 1:
            lines.append((duration(spent), p.muted, False))
        for kind in (CaptureKind.IDEA, CaptureKind.PAIN_POINT, CaptureKind.QUESTION):
            items = ctrl.items_at(stage.id, kind)
            if not items:
                continue
            text = count_label(kind, len(items))
            if kind is CaptureKind.IDEA:
                votes = sum(i.votes for i in items)
                votes_text = counts().votes(votes)
                text = f"{text} · {votes_text}"
            lines.append((text, kind_colour(p, kind), True))
        top = sorted(ctrl.items_at(stage.id, CaptureKind.IDEA), key=lambda i: -i.votes)
        for item in top[:TOP_IDEAS]:
            lines.append((f"●{item.votes}  {item.text}", p.text, False))
        self._tile_lines(tile, scale, lines)
        return tile

    def _tile_lines(
        self, tile: QFrame, scale: TypeScale, lines: list[tuple[str, str, bool]]
    ) -> None:
        """Puts ``lines`` in a tile, whole: what does not fit is left out, never cut."""
        layout = self._tile_layout(tile, scale)
        pager = Pager(1)
        pager.setObjectName("tile_lines")
        pieces = []
        for text, colour, bold in lines:

            def build(
                parts: tuple[str, ...], _continued: bool, colour: str = colour, bold: bool = bold
            ) -> QWidget:
                return make_label(" ".join(parts), scale.caption, colour, bold=bold)

            pieces.append(Piece(build, (text,), " "))
        pager.set_pieces(pieces, max(1, scale.caption // 6), 0)
        layout.addWidget(pager, 1)

    def _parking_tile(self, ctrl: WorkshopController, scale: TypeScale) -> QFrame:
        p = ctrl.palette
        tile = QFrame()
        tile.setObjectName("parking")
        tile.setStyleSheet(frame_style("parking", p.panel, p.parking, 2))
        items = ctrl.items_at(None, CaptureKind.PARKING)
        lines: list[tuple[str, str, bool]] = [
            (QCoreApplication.translate("Workshop", "Parking lot"), p.parking, True)
        ]
        shown = items[-4:]
        if len(items) > len(shown):
            lines.append((counts().earlier(len(items) - len(shown)), p.muted, False))
        lines += [(f"• {item.text}", p.text, False) for item in shown]
        if not items:
            lines.append(
                (
                    QCoreApplication.translate("Workshop", "Empty. K parks an item."),
                    p.muted,
                    False,
                )
            )
        self._tile_lines(tile, scale, lines)
        return tile
