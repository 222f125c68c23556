"""The state of a running workshop: where the room is on the map, what it said, the timers."""

import logging
import re
import time
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from personabuilder.model import CaptureKind
from personabuilder.services.readmodels import JourneyDetail, PersonaRef, StageView
from personabuilder.services.workshop import CapturedItemView, MapAddition
from personabuilder.ui.common.commands import EditSession, ServiceCommand, read_only_hint
from personabuilder.ui.workshop import commands
from personabuilder.ui.workshop.counts import count_label
from personabuilder.ui.workshop.theme import DARK, LIGHT, ZOOM_MAX, ZOOM_MIN, ZOOM_STEP, Palette

log = logging.getLogger(__name__)

EMOTION_MIN, EMOTION_MAX = -2, 2
MAX_NUMBERED = 9  # number keys reach this many ideas or personas
_PLACEHOLDER = re.compile(r"%([1-9])")


class WorkshopController(QObject):
    """Walks a journey map stage by stage and turns what the room says into undoable edits."""

    changed = Signal()  # the map, the items or the view state changed: redraw
    ticked = Signal()  # a second passed: redraw the timers
    capture_requested = Signal(object)  # CaptureKind: open the input overlay
    message_shown = Signal(str)  # a short confirmation for the room
    finished = Signal(object)  # uuid.UUID of the workshop session: the workshop is over

    def __init__(
        self,
        session: EditSession,
        journey_id: uuid.UUID,
        workshop_id: uuid.UUID,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.journey_id = journey_id
        self.workshop_id = workshop_id
        self.title = session.services.workshop.session(workshop_id).title
        self.detail: JourneyDetail = session.services.journeys.get(journey_id)
        self.items: tuple[CapturedItemView, ...] = ()
        self.stage_index = 0
        self.overview = False
        self.vote_mode = False
        self.persona_index = 0
        self.palette: Palette = LIGHT
        self.zoom = 1.0
        self.running = True
        # Lanes that do not fit the projection are shown a page at a time (the view counts).
        self.lane_page = 0
        self.lane_pages = 1
        # What leaving put on the map, and the sentence that tells the editor so.
        self.map_addition: MapAddition | None = None
        self.map_report = ""
        # The windows start_workshop opened, so callers and tests can reach them.
        self.projection: QWidget | None = None
        self.presenter: QWidget | None = None
        self._finished = False
        self._clock = clock
        self._started = clock()
        self._paused_at: float | None = None
        self._paused_total = 0.0
        self._stage_seconds: dict[uuid.UUID, float] = {}
        self._stage_since = self._started
        # Undo in workshop mode reaches back to the workshop's first edit, not the editor's.
        self._undo_floor = session.undo_stack.index()
        self._pushed = 0
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.ticked)
        self._timer.start()
        self._load_items()
        session.journey_changed.connect(self._on_session_journey_changed)
        session.edit_failed.connect(self._on_session_edit_failed)

    # Reading --------------------------------------------------------------------------

    @property
    def stages(self) -> tuple[StageView, ...]:
        """The map's stages in order."""
        return self.detail.stages

    @property
    def current_stage(self) -> StageView | None:
        """The stage the room is looking at (None on a map without stages)."""
        return self.stages[self.stage_index] if self.stages else None

    @property
    def personas(self) -> tuple[PersonaRef, ...]:
        """The personas the map follows."""
        return self.detail.personas

    @property
    def selected_persona(self) -> PersonaRef | None:
        """The persona whose emotion score Up and Down change."""
        return self.personas[self.persona_index] if self.personas else None

    def items_at(
        self, stage_id: uuid.UUID | None, kind: CaptureKind | None = None
    ) -> tuple[CapturedItemView, ...]:
        """This session's items at a stage (None: parking lot), optionally of one kind."""
        return tuple(
            i
            for i in self.items
            if i.stage_id == stage_id
            and (kind is None or i.kind is kind)
            and (stage_id is not None or i.kind is CaptureKind.PARKING)
        )

    def ideas_here(self) -> tuple[CapturedItemView, ...]:
        """The ideas captured at the current stage, numbered for voting in this order."""
        stage = self.current_stage
        return () if stage is None else self.items_at(stage.id, CaptureKind.IDEA)

    def score(self, stage_id: uuid.UUID, persona_id: uuid.UUID) -> tuple[int | None, int | None]:
        """A persona's (as-is, to-be) scores at a stage."""
        for e in self.detail.emotions:
            if e.stage_id == stage_id and e.persona_id == persona_id:
                return e.as_is, e.to_be
        return None, None

    # Timers ---------------------------------------------------------------------------

    def _now(self) -> float:
        return self._clock() if self._paused_at is None else self._paused_at

    def session_seconds(self) -> float:
        """Time the workshop has been running, breaks left out."""
        return max(0.0, self._now() - self._started - self._paused_total)

    def stage_seconds(self, stage_id: uuid.UUID | None = None) -> float:
        """Time spent on a stage (default: the current one) over all visits."""
        stage = self.current_stage
        wanted = stage_id or (stage.id if stage else None)
        if wanted is None:
            return 0.0
        spent = self._stage_seconds.get(wanted, 0.0)
        if stage is not None and wanted == stage.id:
            spent += max(0.0, self._now() - self._stage_since)
        return spent

    def _bank_stage_time(self) -> None:
        stage = self.current_stage
        now = self._now()
        if stage is not None:
            self._stage_seconds[stage.id] = self._stage_seconds.get(stage.id, 0.0) + max(
                0.0, now - self._stage_since
            )
        self._stage_since = now

    @property
    def paused(self) -> bool:
        """True during a break: the timers stand still."""
        return self._paused_at is not None

    def toggle_pause(self) -> None:
        """Starts or ends a break."""
        if self._paused_at is None:
            self._paused_at = self._clock()
        else:
            gap = self._clock() - self._paused_at
            self._paused_total += gap
            self._stage_since += gap
            self._paused_at = None
        self.changed.emit()

    # Walking --------------------------------------------------------------------------

    def go_to(self, index: int) -> None:
        """Makes stage ``index`` (clamped) the current one."""
        if not self.stages:
            return
        index = max(0, min(index, len(self.stages) - 1))
        if index == self.stage_index:
            return
        self._bank_stage_time()
        self.stage_index = index
        self.lane_page = 0
        # What the room was told ("… feels +1 here") was about the stage it left.
        self.message_shown.emit("")
        self.changed.emit()

    def set_lane_pages(self, pages: int) -> None:
        """The view says how many pages the current stage's lanes take (no redraw)."""
        self.lane_pages = max(1, pages)
        self.lane_page = max(0, min(self.lane_page, self.lane_pages - 1))

    def turn_page(self, delta: int) -> bool:
        """Shows the next (or previous) page of the stage's lanes; False at the last (first)."""
        page = self.lane_page + delta
        if not 0 <= page < self.lane_pages:
            return False
        self.lane_page = page
        self.changed.emit()
        return True

    def forward(self) -> None:
        """A clicker's next: the stage's next page, else the next stage."""
        if not self.turn_page(1):
            self.step(1)

    def backward(self) -> None:
        """A clicker's back: the stage's previous page, else the previous stage."""
        if not self.turn_page(-1):
            self.step(-1)

    def step(self, delta: int) -> None:
        """Moves ``delta`` stages on (negative: back)."""
        self.go_to(self.stage_index + delta)

    def toggle_overview(self) -> None:
        """Switches between the spotlighted stage and the whole map."""
        self.overview = not self.overview
        self.changed.emit()

    def set_zoom(self, zoom: float) -> None:
        """Scales every text size (1.0: the theme's sizes)."""
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        if abs(zoom - self.zoom) > 1e-6:
            self.zoom = zoom
            self.changed.emit()

    def zoom_in(self) -> None:
        """Larger text."""
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        """Smaller text."""
        self.set_zoom(self.zoom / ZOOM_STEP)

    def toggle_theme(self) -> None:
        """Switches between the light and the dark projection theme."""
        self.palette = DARK if self.palette is LIGHT else LIGHT
        self.changed.emit()

    def set_palette(self, palette: Palette) -> None:
        """Uses ``palette``."""
        self.palette = palette
        self.changed.emit()

    def select_persona(self, index: int) -> None:
        """Makes persona ``index`` the one Up and Down act on."""
        if 0 <= index < len(self.personas) and index != self.persona_index:
            self.persona_index = index
            self.changed.emit()

    def cycle_persona(self, step: int = 1) -> None:
        """Selects the next (or previous) persona."""
        if self.personas:
            self.persona_index = (self.persona_index + step) % len(self.personas)
            self.changed.emit()

    def set_vote_mode(self, on: bool) -> None:
        """In vote mode number keys vote for ideas instead of choosing a persona."""
        if on != self.vote_mode:
            self.vote_mode = on
            self.changed.emit()

    # Editing --------------------------------------------------------------------------

    def _refused(self) -> bool:
        """True (and says why) when the workspace is read-only: the room is not captured."""
        if self.session.read_only:
            self.message_shown.emit(read_only_hint())
        return self.session.read_only

    def request_capture(self, kind: CaptureKind) -> None:
        """Asks the projection to open the input overlay for ``kind``."""
        if kind is not CaptureKind.PARKING and self.current_stage is None:
            return
        if self._refused():
            return  # no box to type into that would then be thrown away
        self.capture_requested.emit(kind)

    def _push(self, command: ServiceCommand) -> bool:
        self.session.undo_stack.push(command)
        if command.error is not None:
            return False
        self._pushed += 1
        return True

    def capture(self, kind: CaptureKind, text: str) -> uuid.UUID | None:
        """Keeps an item at the current stage (parking lot items at none); its id, or None."""
        stage = self.current_stage
        stage_id = None if kind is CaptureKind.PARKING else (stage.id if stage else None)
        if (kind is not CaptureKind.PARKING and stage_id is None) or self._refused():
            return None
        command = commands.capture_item(
            self.session, self.journey_id, self.workshop_id, stage_id, kind, text
        )
        if not self._push(command):
            return None
        self.message_shown.emit(fill(self.tr("Saved: %1"), command.text()))
        item_id: uuid.UUID = command.item_id  # type: ignore[attr-defined]
        return item_id

    def vote(self, number: int, delta: int = 1) -> bool:
        """Adds (or takes away) a dot vote on idea ``number`` (1-based) of this stage."""
        if self._refused():
            return False
        ideas = self.ideas_here()
        if not 1 <= number <= len(ideas):
            self.message_shown.emit(fill(self.tr("There is no idea %1 at this stage."), number))
            return False
        idea = ideas[number - 1]
        if delta < 0 and idea.votes + delta < 0:
            self.message_shown.emit(fill(self.tr("Idea %1 has no vote to take away."), number))
            return False
        if not self._push(commands.vote(self.session, self.journey_id, idea.id, delta)):
            return False
        votes = idea.votes + delta
        self.message_shown.emit(fill(self.tr("Idea %1: %n vote(s)", "", votes), number))
        return True

    def change_emotion(self, step: int) -> bool:
        """Raises (1) or lowers (-1) the selected persona's as-is score at this stage."""
        stage, persona = self.current_stage, self.selected_persona
        if stage is None or persona is None or self._refused():
            return False
        as_is, to_be = self.score(stage.id, persona.id)
        # An unscored stage starts from neutral, so one key press gives +1 or -1.
        new = max(EMOTION_MIN, min(EMOTION_MAX, (as_is or 0) + step))
        if as_is is not None and new == as_is:
            self.message_shown.emit(
                fill(self.tr("%1 is already at %2."), persona.name, signed(as_is))
            )
            return False
        command = commands.change_emotion(
            self.session, self.journey_id, self.workshop_id, stage.id, persona.id, (new, to_be)
        )
        if not self._push(command):
            return False
        self.message_shown.emit(fill(self.tr("%1 feels %2 here."), persona.name, signed(new)))
        return True

    def undo(self) -> bool:
        """Undoes the workshop's latest edit (never one made before the workshop)."""
        stack = self.session.undo_stack
        if stack.index() <= self._undo_floor or not stack.canUndo():
            return False
        text = stack.undoText()
        stack.undo()
        self.message_shown.emit(fill(self.tr("Undone: %1"), text))
        return True

    def redo(self) -> bool:
        """Redoes the workshop edit undone last."""
        stack = self.session.undo_stack
        if not self._pushed or stack.index() < self._undo_floor or not stack.canRedo():
            return False
        text = stack.redoText()
        stack.redo()
        self.message_shown.emit(fill(self.tr("Redone: %1"), text))
        return True

    def leave(self) -> None:
        """Ends the workshop: everything is saved already; an empty session is not kept."""
        if self._finished:
            return
        self._finished = True
        self.running = False
        self._timer.stop()
        self.session.journey_changed.disconnect(self._on_session_journey_changed)
        self.session.edit_failed.disconnect(self._on_session_edit_failed)
        if self.session.read_only:
            pass  # a read-only workspace was only looked at: nothing to keep or discard
        elif not self._pushed:
            try:
                self.session.services.workshop.discard(self.workshop_id)
            except LookupError:
                log.info("workshop session %s was already gone", self.workshop_id)
        else:
            self._put_on_map()
        self.finished.emit(self.workshop_id)

    def _put_on_map(self) -> None:
        """Adds what the room said at the stages to the map's lanes, as one undoable step."""
        try:
            pending = self.session.services.workshop.pending_for_map(self.workshop_id)
        except LookupError:
            return
        if not pending:
            return
        command = commands.add_to_map(self.session, self.journey_id, self.workshop_id)
        self.session.undo_stack.push(command)
        addition: MapAddition | None = command.addition  # type: ignore[attr-defined]
        if command.error is not None or addition is None:
            return
        self.map_addition = addition
        self.map_report = self.report(addition)

    def report(self, addition: MapAddition) -> str:
        """What reached the map and what stayed in the session, in a sentence or two."""
        parts = []
        if addition.count:
            where = self.tr("%1 in %2")
            lanes = ", ".join(fill(where, n, name) for _id, name, n in addition.placed)
            parts.append(
                fill(
                    self.tr(
                        "Added to the map from the workshop: %1 (%2). Edit › Undo takes them off."
                    ),
                    addition.count,
                    lanes,
                )
            )
        for kind, why, n in addition.left:
            if why == "full":
                text = self.tr("Kept in the workshop, their cell is full: %1.")
            elif why == "no_stage":
                text = self.tr("Kept in the workshop, they belong to no stage: %1.")
            else:
                text = self.tr("Kept in the workshop, no lane of the map takes them: %1.")
            parts.append(fill(text, count_label(kind, n)))
        return " ".join(parts)

    # Reloading ------------------------------------------------------------------------

    def _load_items(self) -> None:
        self.items = self.session.services.workshop.items(self.workshop_id)

    def reload(self) -> None:
        """Reads the map and the session's items again, keeping the current stage."""
        current = self.current_stage
        try:
            self.detail = self.session.services.journeys.get(self.journey_id)
            self._load_items()
        except LookupError:
            # The map or the session went away under the workshop: nothing left to show.
            self.leave()
            return
        ids = [s.id for s in self.stages]
        if current is not None and current.id in ids:
            self.stage_index = ids.index(current.id)
        else:
            self.stage_index = max(0, min(self.stage_index, len(ids) - 1))
            self._stage_since = self._now()
        self.persona_index = max(0, min(self.persona_index, len(self.personas) - 1))
        self.changed.emit()

    @Slot(object)
    def _on_session_journey_changed(self, journey_id: uuid.UUID) -> None:
        if journey_id == self.journey_id:
            self.reload()

    @Slot(str)
    def _on_session_edit_failed(self, message: str) -> None:
        self.message_shown.emit(message)


def fill(text: str, *values: object) -> str:
    """``text`` with %1, %2… replaced by ``values`` in one pass (values are not re-read)."""
    return _PLACEHOLDER.sub(
        lambda m: str(values[int(m[1]) - 1]) if int(m[1]) <= len(values) else m[0], text
    )


def signed(score: int | None) -> str:
    """A score as the room reads it: "+2", "0", "−1", "–" when there is none."""
    if score is None:
        return "–"
    if score > 0:
        return f"+{score}"
    return f"\u2212{-score}" if score < 0 else "0"
