"""What the projection shows: the spotlighted stage, its dimmed neighbours and the overview."""

import html
import uuid

from PySide6.QtCore import QCoreApplication, QObject, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from personabuilder.model import CaptureKind, LaneKind
from personabuilder.services.readmodels import LaneView, PersonaRef, StageView
from personabuilder.services.workshop import CapturedItemView
from personabuilder.ui.common.avatar import initials
from personabuilder.ui.workshop.controller import WorkshopController, signed
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
    """One persona's as-is score at the stage: number, name, a five-step scale, the value."""

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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(f"{persona.name} {signed(score)}")

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
        pad = s.body * 0.35
        radius = s.body * 0.3
        gap = radius * 0.55
        value_w = s.body * 1.5
        dots_w = 5 * 2 * radius + 4 * gap
        x_dots = rect.right() - pad - value_w - dots_w
        mid = rect.center().y()
        # Number and name, the name cut short with an ellipsis when the row is narrow.
        painter.setFont(_font(s.body, bold=True))
        painter.setPen(QColor(p.accent if not self.selected else p.text))
        number = str(self.number) if self.number <= 9 else ""
        num_w = QFontMetrics(painter.font()).horizontalAdvance("9") + pad
        painter.drawText(
            QRectF(rect.left() + pad, rect.top(), num_w, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            number,
        )
        painter.setFont(_font(s.body, bold=self.selected))
        painter.setPen(QColor(p.text))
        name_left = rect.left() + pad + num_w
        name_w = max(0.0, x_dots - name_left - pad)
        name = QFontMetrics(painter.font()).elidedText(
            self.persona.name, Qt.TextElideMode.ElideRight, int(name_w)
        )
        painter.drawText(
            QRectF(name_left, rect.top(), name_w, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            name,
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


def _replace(area: QScrollArea, widget: QWidget) -> None:
    """Puts ``widget`` in ``area``; the old one goes later (a click on it may be running)."""
    old = area.takeWidget()
    if old is not None:
        old.hide()
        old.deleteLater()
    area.setWidget(widget)


def _lane_card(title: str, body_html: str, palette: Palette, scale: TypeScale) -> QWidget:
    card = QWidget()
    card.setObjectName("lane")
    layout = QVBoxLayout(card)
    layout.setContentsMargins(0, 0, 0, scale.caption // 2)
    layout.setSpacing(2)
    layout.addWidget(make_label(title, scale.caption, palette.accent, bold=True, name="lane_name"))
    layout.addWidget(
        make_label(body_html, scale.caption, palette.text, rich=True, name="lane_text")
    )
    return card


class StagePanel(QFrame):
    """The spotlighted stage: its name, its lanes' content and what the room said there."""

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
        self.lanes_scroll = QScrollArea()
        self.room_scroll = QScrollArea()
        for area in (self.lanes_scroll, self.room_scroll):
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.viewport().setAutoFillBackground(False)
        lanes_side = QVBoxLayout()
        lanes_side.setSpacing(0)
        lanes_side.addWidget(self.lanes_scroll, 1)
        self.more = make_label("", 10, "#000", wrap=False, name="more")
        lanes_side.addWidget(self.more)
        body.addLayout(lanes_side, round((1 - ROOM_SHARE) * 100))
        bar = self.lanes_scroll.verticalScrollBar()
        bar.rangeChanged.connect(self._update_more)
        bar.valueChanged.connect(self._update_more)
        self.divider = QFrame()
        self.divider.setObjectName("divider")
        self.divider.setFixedWidth(3)
        body.addWidget(self.divider)
        body.addWidget(self.room_scroll, round(ROOM_SHARE * 100))
        self._stage_id: uuid.UUID | None = None

    def refresh(self, ctrl: WorkshopController, scale: TypeScale) -> None:
        """Shows the controller's current stage."""
        p = ctrl.palette
        stage = ctrl.current_stage
        pad = scale.caption // 2
        self._outer.setContentsMargins(pad * 2, pad, pad * 2, pad)
        self.setStyleSheet(
            frame_style("current", p.panel, p.accent, max(3, scale.caption // 7))
            + f" #divider {{ background: {p.border}; }}"
            + " QScrollArea, QScrollArea > QWidget > QWidget { background: transparent; }"
            + f" QScrollBar:vertical {{ background: {p.panel}; width: {scale.caption // 2}px; }}"
            + f" QScrollBar::handle:vertical {{ background: {p.border};"
            f" border-radius: {scale.caption // 4}px; min-height: {scale.caption}px; }}"
            + " QScrollBar::add-line, QScrollBar::sub-line { height: 0; }"
        )
        self.more.setText(QCoreApplication.translate("Workshop", "More below: Shift+Down"))
        self.more.setStyleSheet(style(scale.caption, p.accent, bold=True))
        same_stage = stage is not None and stage.id == self._stage_id
        lane_pos = self.lanes_scroll.verticalScrollBar().value()
        if stage is None:
            self.title.setText(
                QCoreApplication.translate("Workshop", "This map has no stages yet.")
            )
            self.title.setStyleSheet(style(scale.heading, p.text, bold=True))
            _replace(self.lanes_scroll, QWidget())
            _replace(self.room_scroll, QWidget())
            self._stage_id = None
            return
        self.title.setText(f"{ctrl.stage_index + 1}  {stage.name}")
        self.title.setStyleSheet(style(scale.title, p.text, bold=True))
        _replace(self.lanes_scroll, self._lanes(ctrl, stage, scale))
        _replace(self.room_scroll, self._room(ctrl, stage, scale))
        if same_stage:
            self.lanes_scroll.verticalScrollBar().setValue(lane_pos)
        self._stage_id = stage.id

    def _lanes(self, ctrl: WorkshopController, stage: StageView, scale: TypeScale) -> QWidget:
        p = ctrl.palette
        holder = QWidget()
        holder.setObjectName("lanes")
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, scale.caption // 2, 0)
        row.setSpacing(scale.caption)
        columns = [QVBoxLayout() for _ in range(LANE_COLUMNS)]
        heights = [0] * LANE_COLUMNS
        for column in columns:
            column.setSpacing(scale.caption // 3)
            row.addLayout(column, 1)
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
        for title, content in cards:
            # Cards go to the shorter column, in map order: reading stays top-down.
            target = heights.index(min(heights))
            columns[target].addWidget(_lane_card(title, content, p, scale))
            heights[target] += 2 + len(content) // 28 + content.count("<br>")
        if not cards:
            columns[0].addWidget(
                make_label(
                    QCoreApplication.translate("Workshop", "Nothing on the map here yet."),
                    scale.caption,
                    p.muted,
                )
            )
        for column in columns:
            column.addStretch(1)
        return holder

    def _room(self, ctrl: WorkshopController, stage: StageView, scale: TypeScale) -> QWidget:
        p = ctrl.palette
        holder = QWidget()
        holder.setObjectName("room")
        col = QVBoxLayout(holder)
        col.setContentsMargins(scale.caption // 2, 0, scale.caption // 3, 0)
        col.setSpacing(scale.caption // 4)
        if ctrl.personas:
            col.addWidget(
                make_label(
                    QCoreApplication.translate("Workshop", "How they feel"),
                    scale.caption,
                    p.accent,
                    bold=True,
                )
            )
            for i, persona in enumerate(ctrl.personas):
                as_is, _ = ctrl.score(stage.id, persona.id)
                col.addWidget(
                    PersonaScoreRow(i + 1, persona, as_is, i == ctrl.persona_index, p, scale)
                )
        ideas = ctrl.items_at(stage.id, CaptureKind.IDEA)
        shown = False
        for kind in (CaptureKind.IDEA, CaptureKind.PAIN_POINT, CaptureKind.QUESTION):
            items = ideas if kind is CaptureKind.IDEA else ctrl.items_at(stage.id, kind)
            if not items:
                continue
            shown = True
            heading = section_label(kind)
            if kind is CaptureKind.IDEA and ctrl.vote_mode:
                heading = QCoreApplication.translate("Workshop", "Ideas: vote with 1 to 9")
            title = make_label(heading, scale.caption, kind_colour(p, kind), bold=True)
            title.setContentsMargins(0, scale.caption // 3, 0, 0)
            col.addWidget(title)
            for n, item in enumerate(items, start=1):
                if kind is CaptureKind.IDEA:
                    row = IdeaRow(n, item, p, scale)
                    row.vote_clicked.connect(self.vote_clicked)
                    col.addWidget(row)
                else:
                    col.addWidget(make_label(f"• {item.text}", scale.body, p.text, name="item"))
        if not shown:
            hint = make_label(
                QCoreApplication.translate(
                    "Workshop", "Nothing captured here yet: P pain point, I idea, Q question."
                ),
                scale.caption,
                p.muted,
            )
            hint.setContentsMargins(0, scale.caption // 2, 0, 0)
            col.addWidget(hint)
        col.addStretch(1)
        return holder

    def _update_more(self) -> None:
        bar = self.lanes_scroll.verticalScrollBar()
        self.more.setVisible(bar.value() < bar.maximum())

    def scroll_lanes(self, pages: float) -> None:
        """Scrolls the lanes by a fraction of their visible height."""
        bar = self.lanes_scroll.verticalScrollBar()
        bar.setValue(bar.value() + round(pages * bar.pageStep()))


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
        self._layout.addWidget(make_label(stage.name, scale.caption, p.dim_text, bold=True))
        for kind in (CaptureKind.IDEA, CaptureKind.PAIN_POINT, CaptureKind.QUESTION):
            count = len(ctrl.items_at(stage.id, kind))
            if count:
                self._layout.addWidget(
                    make_label(count_label(kind, count), scale.caption, p.dim_text)
                )
        self._layout.addStretch(1)


class WorkshopCounts(QObject):
    """Counted words of the workshop views ("1 idea", "2 ideas").

    Plural forms need ``self.tr`` in a QObject: lupdate reads only those as plurals.
    """

    def kind(self, kind: CaptureKind, count: int) -> str:
        """ "2 ideas", "1 pain point"…"""
        if kind is CaptureKind.PAIN_POINT:
            return self.tr("%n pain point(s)", "", count)
        if kind is CaptureKind.IDEA:
            return self.tr("%n idea(s)", "", count)
        if kind is CaptureKind.QUESTION:
            return self.tr("%n question(s)", "", count)
        return self.tr("%n parked item(s)", "", count)

    def votes(self, count: int) -> str:
        """ "1 vote", "3 votes"."""
        return self.tr("%n vote(s)", "", count)

    def earlier(self, count: int) -> str:
        """ "2 earlier items"."""
        return self.tr("%n earlier item(s)", "", count)


_COUNTS: WorkshopCounts | None = None


def counts() -> WorkshopCounts:
    """The one object that words counts (made on first use, after the translators)."""
    global _COUNTS
    if _COUNTS is None:
        _COUNTS = WorkshopCounts()
    return _COUNTS


def count_label(kind: CaptureKind, count: int) -> str:
    """ "2 ideas", "1 pain point"…"""
    return counts().kind(kind, count)


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


class OverviewView(QWidget):
    """The whole map small: each stage a tile with its counts and scores, then the parking lot."""

    stage_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._grid = QGridLayout(self)

    def refresh(self, ctrl: WorkshopController, scale: TypeScale) -> None:
        """Rebuilds the tiles."""
        p = ctrl.palette
        clear_layout(self._grid)
        gap = scale.caption // 2
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
        del p

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
        layout = self._tile_layout(tile, scale)
        layout.addWidget(make_label(f"{index + 1}  {stage.name}", scale.caption, p.text, bold=True))
        marks = [
            f"{initials(persona.name)} {signed(ctrl.score(stage.id, persona.id)[0])}"
            for persona in ctrl.personas
        ]
        if marks:
            layout.addWidget(make_label("  ".join(marks), scale.caption, p.muted))
        for kind in (CaptureKind.IDEA, CaptureKind.PAIN_POINT, CaptureKind.QUESTION):
            items = ctrl.items_at(stage.id, kind)
            if not items:
                continue
            text = count_label(kind, len(items))
            if kind is CaptureKind.IDEA:
                votes = sum(i.votes for i in items)
                votes_text = counts().votes(votes)
                text = f"{text} · {votes_text}"
            layout.addWidget(make_label(text, scale.caption, kind_colour(p, kind), bold=True))
        top = sorted(ctrl.items_at(stage.id, CaptureKind.IDEA), key=lambda i: -i.votes)
        for item in top[:TOP_IDEAS]:
            layout.addWidget(make_label(f"●{item.votes}  {item.text}", scale.caption, p.text))
        spent = ctrl.stage_seconds(stage.id)
        if spent >= 1:
            layout.addStretch(1)
            layout.addWidget(make_label(duration(spent), scale.caption, p.muted))
        else:
            layout.addStretch(1)
        return tile

    def _parking_tile(self, ctrl: WorkshopController, scale: TypeScale) -> QFrame:
        p = ctrl.palette
        tile = QFrame()
        tile.setObjectName("parking")
        tile.setStyleSheet(frame_style("parking", p.panel, p.parking, 2))
        layout = self._tile_layout(tile, scale)
        items = ctrl.items_at(None, CaptureKind.PARKING)
        layout.addWidget(
            make_label(
                QCoreApplication.translate("Workshop", "Parking lot"),
                scale.caption,
                p.parking,
                bold=True,
            )
        )
        shown = items[-4:]
        if len(items) > len(shown):
            more = len(items) - len(shown)
            layout.addWidget(
                make_label(
                    counts().earlier(more),
                    scale.caption,
                    p.muted,
                )
            )
        for item in shown:
            layout.addWidget(make_label(f"• {item.text}", scale.caption, p.text))
        if not items:
            layout.addWidget(
                make_label(
                    QCoreApplication.translate("Workshop", "Empty. K parks an item."),
                    scale.caption,
                    p.muted,
                )
            )
        layout.addStretch(1)
        return tile
