"""Creating a journey map from a Mermaid ``journey`` diagram, in one transaction.

The diagram is read by ``personabuilder.export.mermaid.parse_mermaid`` into the plain
records below (this layer may not import ``export``). Mermaid scores 1..5 are our emotion
scores -2..+2 shifted by 3, so 1 is -2, 3 is 0 and 5 is +2, exactly and both ways.
"""

import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from personabuilder.model import LaneKind
from personabuilder.model.tables import NAME_MAX
from personabuilder.services.errors import ValidationError
from personabuilder.services.journey_templates import journey_templates
from personabuilder.services.journeys import JourneyService
from personabuilder.services.personas import PersonaService
from personabuilder.services.readmodels import CellSpec, JourneySpec, PersonaData, StageSpec
from personabuilder.services.unit import ListReader, UnitOfWork

if TYPE_CHECKING:
    from sqlmodel import Session

# Mermaid's score minus this offset is our emotion score (-2..+2).
SCORE_OFFSET = 3
MERMAID_LOW, MERMAID_HIGH = 1, 5


def to_mermaid_score(emotion: int) -> int:
    """Our emotion score -2..+2 as Mermaid's 1..5."""
    return emotion + SCORE_OFFSET


def from_mermaid_score(score: int) -> int:
    """Mermaid's score 1..5 as our emotion score -2..+2."""
    return score - SCORE_OFFSET


class MermaidError(ValidationError):
    """A diagram that cannot be read; ``line`` is where (1-based), 0 for the whole file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__("mermaid", f"Line {line}: {message}" if line else message)
        self.line = line
        self.reason = message


@dataclass(frozen=True)
class ParsedActor:
    """A person named in a diagram, with the line where it first appears."""

    name: str
    line: int


@dataclass(frozen=True)
class ParsedStage:
    """A ``section`` of a diagram: its actions (task names) and a score per actor (1..5)."""

    name: str
    line: int
    actions: tuple[str, ...]
    scores: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ParsedJourney:
    """What a Mermaid ``journey`` diagram says, in the order it says it."""

    title: str
    stages: tuple[ParsedStage, ...]
    actors: tuple[ParsedActor, ...]
    notes: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class MermaidImport:
    """What an import created: the map, and which personas were found or added."""

    journey_id: uuid.UUID
    title: str
    stage_count: int
    action_count: int
    matched: tuple[str, ...]
    created: tuple[str, ...]
    notes: tuple[str, ...]


class _Within:
    """A unit of work whose transactions all run in one outer session (one commit)."""

    def __init__(self, session: "Session", listing: ListReader) -> None:
        self._session = session
        self._listing = listing

    @contextmanager
    def _same(self) -> Iterator["Session"]:
        yield self._session
        self._session.flush()

    def transaction(self) -> AbstractContextManager["Session"]:
        """The outer session; it commits when the import's transaction ends."""
        return self._same()

    def reading(self) -> AbstractContextManager["Session"]:
        """The outer session, which sees what the import wrote so far."""
        return self._same()

    def listing(self) -> ListReader:
        """The workspace's list reader."""
        return self._listing


def _check_lengths(parsed: ParsedJourney) -> None:
    """Refuses names longer than the model keeps, naming their line."""
    names = [(s.name, s.line, "the section name", "a stage name") for s in parsed.stages]
    names += [(a.name, a.line, "a person's name", "a persona name") for a in parsed.actors]
    for name, line, what, kept in names:
        if len(name) > NAME_MAX:
            raise MermaidError(
                line,
                f"{what} is {len(name):,} characters long; {kept} holds at most {NAME_MAX}.",
            )


def _spec(
    parsed: ParsedJourney, title: str, lang: str, persona_ids: dict[str, uuid.UUID]
) -> JourneySpec:
    """The map to create: a blank map's lanes, the actions in its first text lane."""
    blank = next(t for t in journey_templates(lang) if t.key == "blank").spec
    actions_lane = next(i for i, lane in enumerate(blank.lanes) if lane.kind is LaneKind.TEXT)
    cells = {
        (i, actions_lane): CellSpec(text="\n".join(stage.actions))
        for i, stage in enumerate(parsed.stages)
        if stage.actions
    }
    emotions: dict[tuple[int, uuid.UUID], tuple[int | None, int | None]] = {
        (i, persona_ids[actor]): (from_mermaid_score(score), None)
        for i, stage in enumerate(parsed.stages)
        for actor, score in stage.scores
    }
    return JourneySpec(
        title=title,
        description=parsed.description,
        persona_ids=tuple(persona_ids[a.name] for a in parsed.actors),
        stages=tuple(StageSpec(stage.name) for stage in parsed.stages),
        lanes=blank.lanes,
        cells=cells,
        emotions=emotions,
    )


def import_mermaid(
    uow: UnitOfWork, parsed: ParsedJourney, *, title: str = "", lang: str = "en"
) -> MermaidImport:
    """Creates a journey map from ``parsed`` in one transaction: all of it or nothing.

    ``title`` (when given) wins over the diagram's. Each actor is the existing persona with
    exactly that name (the first in list order when several have it), else a new persona
    with just that name. Lanes are those of a blank map in ``lang``.
    """
    chosen = (title or parsed.title).strip()
    if not chosen:
        raise MermaidError(0, "The diagram has no title; give one (--title).")
    if not parsed.stages:
        raise MermaidError(0, "The diagram has no section: there is no stage to create.")
    _check_lengths(parsed)
    listing = uow.listing()
    existing: dict[str, uuid.UUID] = {}
    for row in listing.personas(None, 0, None):
        existing.setdefault(row[1], row[0])
    matched = tuple(a.name for a in parsed.actors if a.name in existing)
    created = tuple(a.name for a in parsed.actors if a.name not in existing)
    with uow.transaction() as session:
        within = _Within(session, listing)
        new_ids = PersonaService(within).create_many([PersonaData(name=n) for n in created])
        persona_ids = {name: existing[name] for name in matched} | dict(
            zip(created, new_ids, strict=True)
        )
        journey_id = JourneyService(within).create(_spec(parsed, chosen, lang, persona_ids))
    return MermaidImport(
        journey_id=journey_id,
        title=chosen,
        stage_count=len(parsed.stages),
        action_count=sum(len(stage.actions) for stage in parsed.stages),
        matched=matched,
        created=created,
        notes=parsed.notes,
    )
