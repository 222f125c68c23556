"""The emotion lane of a journey map: one curve per linked persona, edited by drag or keys."""

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QHelpEvent,
    QIcon,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QUndoCommand,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from personabuilder.services.errors import NotFoundError
from personabuilder.services.readmodels import JourneyDetail, PersonaRef
from personabuilder.ui.common.commands import EditSession, ServiceCommand

ScorePair = tuple[int | None, int | None]
ScoreSetter = Callable[[uuid.UUID, uuid.UUID, int | None, int | None], object]

# Okabe-Ito: distinguishable with the common forms of colour blindness.
PERSONA_COLOURS = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#000000",
)
LOW, HIGH = -2, 2
POINT_RADIUS = 6.0
_HIT_RADIUS = 9.0
_GUTTER = 30.0  # room for the level labels when the curve lays out its own columns
_NAMES_HEIGHT = 22.0
_PAD = 10.0
BAND_INSET = _PAD + POINT_RADIUS  # from the widget's edge to the +2 and -2 levels, in a lane
_PERSONA_SPREAD = 9.0  # equal scores of several personas stay visible side by side
_EMOTION_MERGE_ID = 0x4E01


def emotion_scale(zoom: float) -> float:
    """How much bigger points and lines are drawn at a map's zoom."""
    return max(0.75, min(2.0, zoom))


def band_inset(scale: float = 1.0) -> float:
    """From the curves' edge to the +2 and -2 levels when they sit in a lane."""
    return BAND_INSET * scale


def format_score(score: int) -> str:
    """A score as the user reads it: +1, 0, -2."""
    return f"{score:+d}" if score else "0"


class EmotionScoreCommand(ServiceCommand):
    """Sets a persona's scores at a stage; successive changes of one point merge."""

    def __init__(
        self,
        session: EditSession,
        journey_id: uuid.UUID,
        stage_id: uuid.UUID,
        persona_id: uuid.UUID,
        old: ScorePair,
        new: ScorePair,
        apply_score: ScoreSetter,
        text: str,
    ) -> None:
        super().__init__(session, text, lambda forward: self._set(forward))
        self.journey_id = journey_id
        self.stage_id = stage_id
        self.persona_id = persona_id
        self.old = old
        self.new = new
        self._apply_score = apply_score

    def _set(self, forward: bool) -> None:
        as_is, to_be = self.new if forward else self.old
        self._apply_score(self.stage_id, self.persona_id, as_is, to_be)
        self.session.journey_changed.emit(self.journey_id)

    def id(self) -> int:
        """Qt override: emotion score changes may merge."""
        return _EMOTION_MERGE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Qt override: absorbs the next change of the same stage and persona."""
        if (
            not isinstance(other, EmotionScoreCommand)
            or other.error is not None
            or other.isObsolete()
            or (other.journey_id, other.stage_id, other.persona_id)
            != (self.journey_id, self.stage_id, self.persona_id)
        ):
            return False
        self.new = other.new
        # Back where it started: the stack drops the step altogether.
        self.setObsolete(self.new == self.old)
        return True


def set_emotion(
    session: EditSession,
    journey_id: uuid.UUID,
    stage_id: uuid.UUID,
    persona_id: uuid.UUID,
    old: ScorePair,
    new: ScorePair,
    text: str | None = None,
    *,
    apply_score: ScoreSetter,
) -> EmotionScoreCommand:
    """Changes a persona's as-is and to-be scores at a stage through ``apply_score``."""
    if text is None:
        text = QCoreApplication.translate("Commands", "Change emotion score")
    return EmotionScoreCommand(
        session, journey_id, stage_id, persona_id, old, new, apply_score, text
    )


@dataclass(frozen=True)
class _Drag:
    stage: int
    persona_id: uuid.UUID
    to_be: bool
    start: int | None
    score: int | None


def _swatch(colour: str) -> QIcon:
    pix = QPixmap(12, 12)
    pix.fill(QColor(colour))
    return QIcon(pix)


class EmotionCurve(QWidget):
    """Paints and edits the emotion scores of a journey map's linked personas."""

    score_changed = Signal(object, object)  # stage id, persona id: after a stored change
    persona_changed = Signal(object)  # the persona clicks and keys now score (or None)

    def __init__(self, score_setter: ScoreSetter | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self._score_setter = score_setter
        self._session: EditSession | None = None
        self._follow = True
        self._detail: JourneyDetail | None = None
        self._column_lefts: list[float] | None = None
        self._column_width: float | None = None
        self._scores: dict[tuple[uuid.UUID, uuid.UUID], ScorePair] = {}
        self._hidden: set[uuid.UUID] = set()
        self._stage = 0
        self._persona: uuid.UUID | None = None
        self._on_to_be = False
        self._drag: _Drag | None = None
        self._boxes: dict[uuid.UUID, QCheckBox] = {}
        self._announced: uuid.UUID | None = None
        self._scale = 1.0

        self.setMinimumHeight(140)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAccessibleName(self.tr("Emotion curve"))

        # The legend: which curves show, which persona a click or a key scores, to-be.
        self.legend_bar = QWidget(self)
        self.legend_bar.setObjectName("emotion_legend")
        self._legend = QHBoxLayout()
        self._legend.setContentsMargins(0, 0, 0, 0)
        self._legend.setSpacing(12)
        self._to_be_box = QCheckBox(self.tr("Show to-be"), self.legend_bar)
        self._to_be_box.setToolTip(self.tr("Show the to-be curves beside the as-is ones"))
        self._to_be_box.toggled.connect(self._on_to_be_box_toggled)
        self.scoring_label = QLabel(self.tr("Clicks and arrow keys score:"), self.legend_bar)
        self.scoring_box = QComboBox(self.legend_bar)
        self.scoring_box.setAccessibleName(self.tr("Persona being scored"))
        self.scoring_box.setToolTip(
            self.tr("The persona whose emotion a click in the curves' lane or an arrow key sets")
        )
        self.scoring_label.setBuddy(self.scoring_box)
        self.scoring_box.activated.connect(self._on_scoring_box_activated)
        curves_label = QLabel(self.tr("Emotion curves:"), self.legend_bar)
        self._curves_label = curves_label
        row = QHBoxLayout(self.legend_bar)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(curves_label)
        row.addLayout(self._legend)
        row.addStretch(1)
        row.addWidget(self.scoring_label)
        row.addWidget(self.scoring_box)
        row.addSpacing(12)
        row.addWidget(self._to_be_box)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(6, 4, 6, 0)
        self._outer.addWidget(self.legend_bar)
        self._outer.addStretch(1)

    # --- inputs -------------------------------------------------------------------------

    def detach_legend(self) -> QWidget:
        """Takes the legend out (to show it elsewhere): the curves then fill the widget.

        Used when the curves sit in the map's emotion lane; the widget lets the cells
        under it show through.
        """
        self._outer.removeWidget(self.legend_bar)
        self.legend_bar.setParent(None)
        self.setAutoFillBackground(False)
        self.setMinimumHeight(0)
        return self.legend_bar

    def set_scale(self, scale: float) -> None:
        """Draws points and lines ``scale`` times their size (they follow the map's zoom)."""
        if scale != self._scale:
            self._scale = scale
            self.update()

    def _embedded(self) -> bool:
        return self.legend_bar.parent() is not self

    @property
    def scoring_persona(self) -> uuid.UUID | None:
        """The persona a click on a blank slot, or the arrow keys, score."""
        return self._persona

    def set_scoring_persona(self, persona_id: uuid.UUID) -> None:
        """Chooses the persona clicks and keys score (a shown one)."""
        if persona_id in self._visible_ids() and persona_id != self._persona:
            self._persona = persona_id
            self._persona_moved()

    def set_session(self, session: EditSession | None, *, follow: bool = True) -> None:
        """The edit session whose undo stack receives changes.

        With ``follow`` the curve reads its map again after each change; without, whoever
        holds it calls ``set_journey`` with each new state.
        """
        if self._session is not None and self._follow:
            self._session.journey_changed.disconnect(self._on_session_journey_changed)
        self._session = session
        self._follow = follow
        if session is not None and follow:
            session.journey_changed.connect(self._on_session_journey_changed)
        self._drag = None
        self._sync_scoring_box()

    @property
    def read_only(self) -> bool:
        """True when the session may not change the workspace: points cannot be moved."""
        return self._session is not None and self._session.read_only

    def set_score_setter(self, score_setter: ScoreSetter | None) -> None:
        """The callable that stores a score pair (stage, persona, as-is, to-be)."""
        self._score_setter = score_setter

    def set_journey(
        self,
        detail: JourneyDetail | None,
        column_lefts: list[float] | None = None,
        column_width: float | None = None,
    ) -> None:
        """Shows a map; given columns (widget x of each stage's left edge) overlay a grid."""
        previous = self._detail.id if self._detail is not None else None
        self._detail = detail
        self._column_lefts = column_lefts
        self._column_width = column_width
        self._drag = None
        self._scores = (
            {}
            if detail is None
            else {(e.stage_id, e.persona_id): (e.as_is, e.to_be) for e in detail.emotions}
        )
        if detail is None or detail.id != previous:
            self._hidden.clear()
            self._stage = 0
            self._persona = None
        self._rebuild_legend()
        if detail is not None:
            self._stage = min(self._stage, max(len(detail.stages) - 1, 0))
            if self._persona not in self._visible_ids():
                visible = self._visible_ids()
                self._persona = visible[0] if visible else None
        self._update_description()
        self.update()

    def set_columns(self, column_lefts: list[float] | None, column_width: float | None) -> None:
        """Lines the stages up under a grid's columns (None: spread over the widget)."""
        if column_lefts != self._column_lefts or column_width != self._column_width:
            self._column_lefts = column_lefts
            self._column_width = column_width
            self.update()

    def set_persona_visible(self, persona_id: uuid.UUID, visible: bool) -> None:
        """Shows or hides one persona's curves."""
        box = self._boxes.get(persona_id)
        if box is not None and box.isChecked() != visible:
            box.setChecked(visible)  # the box's slot does the rest
            return
        if visible:
            self._hidden.discard(persona_id)
        else:
            self._hidden.add(persona_id)
        if self._persona not in self._visible_ids():
            visible_ids = self._visible_ids()
            self._persona = visible_ids[0] if visible_ids else None
        self._update_description()
        self.update()

    def is_persona_visible(self, persona_id: uuid.UUID) -> bool:
        """True when the persona is linked and its curves are shown."""
        return persona_id in self._visible_ids()

    def set_to_be_visible(self, visible: bool) -> None:
        """Shows or hides the to-be curves."""
        self._to_be_box.setChecked(visible)

    def to_be_visible(self) -> bool:
        """True when the to-be curves are shown."""
        return self._to_be_box.isChecked()

    # --- what is shown ----------------------------------------------------------------

    def score(self, stage_id: uuid.UUID, persona_id: uuid.UUID) -> ScorePair:
        """The scores shown for a persona at a stage."""
        return self._scores.get((stage_id, persona_id), (None, None))

    def current(self) -> tuple[uuid.UUID, uuid.UUID, bool] | None:
        """The point the keyboard edits: stage id, persona id, and whether it is the to-be."""
        if self._detail is None or not self._detail.stages or self._persona is None:
            return None
        return self._detail.stages[self._stage].id, self._persona, self._on_to_be

    def set_current(self, stage_id: uuid.UUID, persona_id: uuid.UUID, to_be: bool = False) -> None:
        """Makes a point current, as a click on it would."""
        if self._detail is None or persona_id not in self._visible_ids():
            return
        for i, st in enumerate(self._detail.stages):
            if st.id == stage_id:
                self._stage, self._persona, self._on_to_be = i, persona_id, to_be
                self._update_description()
                self.update()
                return

    def curve_points(self, persona_id: uuid.UUID, to_be: bool = False) -> list[QPointF | None]:
        """Where each stage's point of a shown curve lies (None for a gap); empty if hidden."""
        detail = self._detail
        if (
            detail is None
            or persona_id not in self._visible_ids()
            or (to_be and not self.to_be_visible())
        ):
            return []
        points: list[QPointF | None] = []
        for i in range(len(detail.stages)):
            pair = self._shown_pair(i, persona_id)
            value = pair[1] if to_be else pair[0]
            points.append(None if value is None else self._point(i, persona_id, value))
        return points

    def persona_colour(self, persona_id: uuid.UUID) -> QColor:
        """The colour of a linked persona's curves."""
        ids = [p.id for p in self._detail.personas] if self._detail is not None else []
        index = ids.index(persona_id) if persona_id in ids else 0
        return QColor(PERSONA_COLOURS[index % len(PERSONA_COLOURS)])

    # --- geometry -----------------------------------------------------------------------

    def _standalone(self) -> bool:
        return self._column_lefts is None

    def _band(self) -> QRectF:
        # Room above +2 and below -2 for a whole point and the current point's outline.
        inset = band_inset(self._scale)
        # In a lane the legend lives above the map; standalone, the band starts below it.
        top = inset if self._embedded() else self.legend_bar.geometry().bottom() + inset
        bottom = self.height() - inset - (_NAMES_HEIGHT if self._standalone() else 0.0)
        if self._column_lefts:
            # Under a grid: the band spans the stage columns, wherever they scrolled to.
            left = self._column_lefts[0]
            right = self._column_lefts[-1] + (self._column_width or 0.0)
        else:
            left, right = _GUTTER, self.width() - 4.0
        return QRectF(left, top, max(right - left, 1.0), max(bottom - top, 1.0))

    def _column(self, stage: int) -> tuple[float, float]:
        """Left edge and width of a stage's column."""
        if self._column_lefts is not None and stage < len(self._column_lefts):
            width = self._column_width or 0.0
            return self._column_lefts[stage], width
        band = self._band()
        n = len(self._detail.stages) if self._detail is not None else 1
        width = band.width() / max(n, 1)
        return band.left() + stage * width, width

    def _y(self, score: float) -> float:
        band = self._band()
        return band.top() + (HIGH - score) / (HIGH - LOW) * band.height()

    def _point(self, stage: int, persona_id: uuid.UUID, score: int) -> QPointF:
        left, width = self._column(stage)
        visible = self._visible_ids()
        k = visible.index(persona_id) if persona_id in visible else 0
        offset = (k - (len(visible) - 1) / 2) * _PERSONA_SPREAD * self._scale
        return QPointF(left + width / 2 + offset, self._y(score))

    def _snap(self, y: float) -> int:
        band = self._band()
        raw = HIGH - (y - band.top()) / band.height() * (HIGH - LOW)
        return max(LOW, min(HIGH, round(raw)))

    def _hit(self, pos: QPointF) -> tuple[int, uuid.UUID, bool] | None:
        """The point nearest ``pos`` within reach: stage index, persona id, to-be."""
        best: tuple[float, tuple[int, uuid.UUID, bool]] | None = None
        for to_be in (False, True):
            for pid in self._visible_ids():
                for i, point in enumerate(self.curve_points(pid, to_be)):
                    if point is None:
                        continue
                    d = (point - pos).manhattanLength()
                    if d <= _HIT_RADIUS * 1.5 * self._scale and (best is None or d < best[0]):
                        best = (d, (i, pid, to_be))
        return None if best is None else best[1]

    def _stage_at(self, x: float) -> int | None:
        if self._detail is None:
            return None
        for i in range(len(self._detail.stages)):
            left, width = self._column(i)
            if left <= x < left + width:
                return i
        return None

    # --- state helpers ------------------------------------------------------------------

    def _visible_ids(self) -> list[uuid.UUID]:
        if self._detail is None:
            return []
        return [p.id for p in self._detail.personas if p.id not in self._hidden]

    def _persona_ref(self, persona_id: uuid.UUID) -> PersonaRef | None:
        if self._detail is None:
            return None
        return next((p for p in self._detail.personas if p.id == persona_id), None)

    def _shown_pair(self, stage: int, persona_id: uuid.UUID) -> ScorePair:
        assert self._detail is not None
        pair = self.score(self._detail.stages[stage].id, persona_id)
        drag = self._drag
        if drag is not None and drag.stage == stage and drag.persona_id == persona_id:
            return (pair[0], drag.score) if drag.to_be else (drag.score, pair[1])
        return pair

    def point_text(self, stage: int, persona_id: uuid.UUID, to_be: bool) -> str:
        """What a point says to the user: "Persona · Stage: +1"."""
        ref = self._persona_ref(persona_id)
        if self._detail is None or ref is None:
            return ""
        pair = self._shown_pair(stage, persona_id)
        value = pair[1] if to_be else pair[0]
        shown = self.tr("no score") if value is None else format_score(value)
        stage_name = self._detail.stages[stage].name
        if to_be:
            return self.tr("{persona} · {stage} (to-be): {score}").format(
                persona=ref.name, stage=stage_name, score=shown
            )
        return self.tr("{persona} · {stage}: {score}").format(
            persona=ref.name, stage=stage_name, score=shown
        )

    def _persona_moved(self) -> None:
        self._update_description()
        self.update()

    def _sync_scoring_box(self) -> None:
        visible = self._visible_ids()
        box = self.scoring_box
        shown = [(box.itemData(i), box.itemText(i)) for i in range(box.count())]
        refs = [(pid, self._persona_ref(pid)) for pid in visible]
        box.blockSignals(True)
        if shown != [(str(pid), ref.name if ref else "") for pid, ref in refs]:
            box.clear()
            for pid in visible:
                ref = self._persona_ref(pid)
                box.addItem(
                    _swatch(self.persona_colour(pid).name()), ref.name if ref else "", str(pid)
                )
        box.setCurrentIndex(box.findData(str(self._persona)) if self._persona else -1)
        box.blockSignals(False)
        box.setEnabled(bool(visible))
        # Without a linked persona there is nothing to name or to score.
        linked = self._detail is not None and bool(self._detail.personas)
        for part in (self.scoring_label, self.scoring_box, self._curves_label):
            part.setVisible(linked)
        # Clicks and keys only look around a read-only workspace: nothing says they score.
        self.scoring_label.setVisible(linked and not self.read_only)
        self.scoring_box.setVisible(linked and not self.read_only)
        if self._persona != self._announced:
            self._announced = self._persona
            self.persona_changed.emit(self._persona)

    def _update_description(self) -> None:
        self._sync_scoring_box()
        if self._persona is None or self._detail is None or not self._detail.stages:
            self.setAccessibleDescription(self.tr("No persona is linked to this map."))
            return
        self.setAccessibleDescription(
            self.point_text(self._stage, self._persona, self._on_to_be)
            + " "
            + self.tr(
                "Left and Right choose the stage, Tab the persona, Up and Down change the "
                "score (with Shift: the to-be score), Delete clears it."
            )
        )

    def _rebuild_legend(self) -> None:
        wanted = [(p.id, p.name) for p in self._detail.personas] if self._detail else []
        if wanted == [(pid, box.text()) for pid, box in self._boxes.items()]:
            for pid, box in self._boxes.items():
                box.setIcon(_swatch(self.persona_colour(pid).name()))
                box.blockSignals(True)
                box.setChecked(pid not in self._hidden)
                box.blockSignals(False)
            return
        for box in self._boxes.values():
            self._legend.removeWidget(box)
            box.hide()
            box.deleteLater()
        self._boxes.clear()
        if self._detail is None:
            return
        for ref in self._detail.personas:
            box = QCheckBox(ref.name, self.legend_bar)
            box.setIcon(_swatch(self.persona_colour(ref.id).name()))
            box.setChecked(ref.id not in self._hidden)
            box.setToolTip(self.tr("Show or hide this persona's curves"))
            box.toggled.connect(self._on_legend_toggled)
            box.setProperty("persona_id", str(ref.id))
            self._legend.addWidget(box)
            self._boxes[ref.id] = box

    # --- editing ------------------------------------------------------------------------

    def _change(self, stage: int, persona_id: uuid.UUID, new: ScorePair) -> None:
        detail, session, setter = self._detail, self._session, self._score_setter
        if detail is None or session is None or setter is None or session.read_only:
            return
        stage_id = detail.stages[stage].id
        old = self.score(stage_id, persona_id)
        if new == old:
            return
        session.undo_stack.push(
            set_emotion(session, detail.id, stage_id, persona_id, old, new, apply_score=setter)
        )
        # The command reloads this map through journey_changed; a refused edit leaves it.
        if self.score(stage_id, persona_id) == new:
            self.score_changed.emit(stage_id, persona_id)

    def _step(self, delta: int, to_be: bool) -> None:
        cur = self.current()
        if cur is None:
            return
        stage_id, persona_id, _ = cur
        self._on_to_be = to_be
        as_is, to_be_score = self.score(stage_id, persona_id)
        value = to_be_score if to_be else as_is
        # An empty point starts at neutral; further presses move it.
        target = 0 if value is None else max(LOW, min(HIGH, value + delta))
        if target == value:
            self._update_description()
            self.update()
            return
        if to_be:
            self.set_to_be_visible(True)
            self._change(self._stage, persona_id, (as_is, target))
        else:
            self._change(self._stage, persona_id, (target, to_be_score))
        self._update_description()

    def _clear(self) -> None:
        cur = self.current()
        if cur is None:
            return
        stage_id, persona_id, to_be = cur
        as_is, to_be_score = self.score(stage_id, persona_id)
        self._change(self._stage, persona_id, (as_is, None) if to_be else (None, to_be_score))
        self._update_description()

    def _place(self, stage: int, y: float) -> None:
        """A click beside the points: the scored persona's point goes to that level."""
        persona_id = self._persona
        if self._detail is None or persona_id is None:
            return
        score = self._snap(y)
        to_be = self._on_to_be and self.to_be_visible()
        as_is, to_be_score = self.score(self._detail.stages[stage].id, persona_id)
        self._change(stage, persona_id, (as_is, score) if to_be else (score, to_be_score))
        # Holding the button down and moving goes on adjusting the same point.
        self._drag = _Drag(stage, persona_id, to_be, score, score)

    def _move_persona(self, delta: int) -> bool:
        visible = self._visible_ids()
        if not visible:
            return False
        index = visible.index(self._persona) if self._persona in visible else 0
        target = index + delta
        if not 0 <= target < len(visible):
            return False
        self._persona = visible[target]
        self._update_description()
        self.update()
        return True

    # --- Qt overrides -------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        """Qt override: Tab moves between personas; tooltips name the point under the mouse."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            # At the last (or first) persona Tab leaves the widget, so keyboard users never
            # get stuck in it.
            if key == Qt.Key.Key_Tab and self._move_persona(1):
                return True
            if key == Qt.Key.Key_Backtab and self._move_persona(-1):
                return True
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hit = self._hit(QPointF(event.pos()))
            if hit is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.point_text(*hit), self)
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: arrows move and change scores, Delete clears."""
        key, mods = event.key(), event.modifiers()
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        n = len(self._detail.stages) if self._detail is not None else 0
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and n:
            self._stage = max(0, min(n - 1, self._stage + (1 if key == Qt.Key.Key_Right else -1)))
            self._update_description()
            self.update()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and ctrl:
            self._move_persona(-1 if key == Qt.Key.Key_Up else 1)
        elif self.read_only:
            super().keyPressEvent(event)
            return
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._step(1 if key == Qt.Key.Key_Up else -1, shift)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._clear()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Qt override: a press on a point starts dragging it; elsewhere picks the stage."""
        if event.button() != Qt.MouseButton.LeftButton or self._detail is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._hit(event.position())
        if hit is None:
            stage = self._stage_at(event.position().x())
            if stage is not None:
                self._stage = stage
                if not self.read_only:
                    self._place(stage, event.position().y())
                self._update_description()
                self.update()
            return
        stage, persona_id, to_be = hit
        self._stage, self._persona, self._on_to_be = stage, persona_id, to_be
        pair = self._shown_pair(stage, persona_id)
        start = pair[1] if to_be else pair[0]
        if not self.read_only:
            self._drag = _Drag(stage, persona_id, to_be, start, start)
        self._update_description()
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Qt override: a dragged point follows the mouse, snapped to whole scores."""
        drag = self._drag
        if drag is None:
            super().mouseMoveEvent(event)
            return
        score = self._snap(event.position().y())
        if score != drag.score:
            self._drag = _Drag(drag.stage, drag.persona_id, drag.to_be, drag.start, score)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """Qt override: dropping a dragged point stores its new score."""
        drag = self._drag
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        score = self._snap(event.position().y())
        self._drag = None
        if score != drag.start and self._detail is not None:
            as_is, to_be = self.score(self._detail.stages[drag.stage].id, drag.persona_id)
            new = (as_is, score) if drag.to_be else (score, to_be)
            self._change(drag.stage, drag.persona_id, new)
        self._update_description()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Qt override: the current point is drawn highlighted while focused."""
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        """Qt override: see focusInEvent."""
        super().focusOutEvent(event)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """Qt override: band, levels, stage names, then each shown persona's curves."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        band = self._band()
        text = pal.color(QPalette.ColorRole.Text)
        faint = QColor(text)
        faint.setAlpha(40)
        strong = QColor(text)
        strong.setAlpha(110)
        label = QColor(text)
        label.setAlpha(160)

        detail = self._detail
        if detail is not None and detail.stages and self.hasFocus():
            left, width = self._column(self._stage)
            shade = QColor(pal.color(QPalette.ColorRole.Highlight))
            shade.setAlpha(28)
            painter.fillRect(QRectF(left, band.top() - 4, width, band.height() + 8), shade)

        for level in range(LOW, HIGH + 1):
            y = self._y(level)
            painter.setPen(QPen(strong if level == 0 else faint, 1.0))
            painter.drawLine(QPointF(band.left(), y), QPointF(band.right(), y))
            if band.left() >= _GUTTER:
                painter.setPen(label)
                painter.drawText(
                    QRectF(band.left() - _GUTTER, y - 8, _GUTTER - 6, 16),
                    int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    format_score(level),
                )

        if detail is None:
            return
        if not detail.personas:
            message = self.tr("Link a persona to this map to chart how it feels at each stage.")
            # On a card of its own: over the level lines the sentence stays readable.
            box = QRectF(painter.fontMetrics().boundingRect(message)).adjusted(-10, -5, 10, 5)
            box.moveCenter(band.center())
            painter.setPen(QPen(faint, 1.0))
            painter.setBrush(pal.color(QPalette.ColorRole.Base))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), message)
        if self._standalone():
            painter.setPen(label)
            metrics = painter.fontMetrics()
            for i, st in enumerate(detail.stages):
                left, width = self._column(i)
                name = metrics.elidedText(st.name, Qt.TextElideMode.ElideRight, int(width) - 4)
                painter.drawText(
                    QRectF(
                        left, band.bottom() + POINT_RADIUS * self._scale + 6, width, _NAMES_HEIGHT
                    ),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    name,
                )

        # Every to-be curve first, so no hollow point hides an as-is one.
        for to_be in (True, False):
            for pid in self._visible_ids():
                points = self.curve_points(pid, to_be)
                self._draw_curve(painter, points, self.persona_colour(pid), to_be=to_be)

        cur = self.current()
        if cur is not None:
            _, pid, to_be = cur
            pair = self._shown_pair(self._stage, pid)
            value = pair[1] if to_be else pair[0]
            centre = self._point(self._stage, pid, 0 if value is None else value)
            pen = QPen(text if self.hasFocus() else strong, 2.0 if self.hasFocus() else 1.0)
            if value is None:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ring = (POINT_RADIUS + 4) * self._scale
            painter.drawEllipse(centre, ring, ring)
        painter.end()

    def _draw_curve(
        self, painter: QPainter, points: list[QPointF | None], colour: QColor, *, to_be: bool
    ) -> None:
        line = QPen(colour, 2.0 * self._scale)
        line.setCapStyle(Qt.PenCapStyle.RoundCap)
        if to_be:
            line.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(line)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Missing scores break the line: a run is drawn between gaps.
        for a, b in itertools.pairwise(points):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        base = self.palette().color(QPalette.ColorRole.Base)
        for p in points:
            if p is None:
                continue
            if to_be:
                painter.setPen(QPen(colour, 2.0 * self._scale))
                painter.setBrush(base)
            else:
                painter.setPen(QPen(base, 1.5 * self._scale))
                painter.setBrush(colour)
            painter.drawEllipse(p, POINT_RADIUS * self._scale, POINT_RADIUS * self._scale)

    # --- slots --------------------------------------------------------------------------

    @Slot(bool)
    def _on_legend_toggled(self, checked: bool) -> None:
        box = self.sender()
        if not isinstance(box, QCheckBox):
            return
        pid = uuid.UUID(str(box.property("persona_id")))
        self.set_persona_visible(pid, checked)

    @Slot(int)
    def _on_scoring_box_activated(self, row: int) -> None:
        data = self.scoring_box.itemData(row)
        if data:
            self.set_scoring_persona(uuid.UUID(str(data)))

    @Slot(bool)
    def _on_to_be_box_toggled(self, _checked: bool) -> None:
        self.update()

    @Slot(object)
    def _on_session_journey_changed(self, journey_id: object) -> None:
        if self._session is None or self._detail is None or journey_id != self._detail.id:
            return
        try:
            detail: JourneyDetail | None = self._session.services.journeys.get(self._detail.id)
        except NotFoundError:
            detail = None
        self.set_journey(detail, self._column_lefts, self._column_width)

    def sizeHint(self) -> QSize:
        """Qt override: wide enough for a few stages, tall enough to read five levels."""
        return QSize(640, 200)
