"""A journey map as a Mermaid ``journey`` diagram, and such a diagram read back.

Mermaid's journey grammar (its jison lexer, first matching rule wins) carries one line per
statement: ``title TEXT``, ``section NAME``, ``TASK: SCORE: PERSON, PERSON``. It has no
escapes, so what it cannot carry is replaced by a look-alike that ``parse_mermaid`` turns
back: ``:`` in names becomes U+2236 (a ``:`` ends a task name), ``#`` U+266F (it starts a
comment), ``;`` U+FF1B (refused by the lexer), ``,`` in a person's name U+201A (commas
separate people). ``%%`` starts a comment or a directive anywhere, so a WORD JOINER
(U+2060, invisible) goes between two ``%``; a task name that would be read as a keyword or
a comment (``journey``, ``title ...``, ``section ...``, ``accDescr {``, ``%...``) gets one in
front. Every run of white space (line breaks included) becomes one space, control
characters are dropped and names are trimmed: a name is one line of a diagram. The
look-alikes typed by a user, and ``%``, WORD JOINER, ``%``, come back as the ASCII signs.

Stages are sections in order. A stage's tasks are its customer actions: the lines of the
map's first text lane ("Customer actions"), each once; a stage without one has its own
name as its task. Emotion scores (as-is, -2..+2) become Mermaid's 1..5 by adding 3; a
Mermaid task has one score for all its people, so a stage's action is written once per
distinct score, naming the personas who gave it. A persona without any score cannot be
written (Mermaid names people only on a task, with a score). The map's description is the
diagram's accessible description (``accDescr``), on one line.
"""

import re
import unicodedata
import uuid
from collections.abc import Iterable

from personabuilder.model import LaneKind
from personabuilder.services.mermaid_import import (
    MERMAID_HIGH,
    MERMAID_LOW,
    MermaidError,
    ParsedActor,
    ParsedJourney,
    ParsedStage,
    from_mermaid_score,
    to_mermaid_score,
)
from personabuilder.services.readmodels import JourneyDetail

__all__ = ["from_mermaid_score", "journey_to_mermaid", "parse_mermaid", "to_mermaid_score"]

WORD_JOINER = "\u2060"
# Signs Mermaid reads as syntax somewhere in a name, and the look-alike written instead.
_LOOKALIKES = {":": "\u2236", "#": "\u266f", ";": "\uff1b", ",": "\u201a"}
_BACK = str.maketrans({v: k for k, v in _LOOKALIKES.items()})
# What each kind of name may not hold (a title may hold ":", only people hold ",").
_TITLE_SIGNS = "#;"
_NAME_SIGNS = ":#;"
_PERSON_SIGNS = ":#;,"
_PERCENTS = re.compile("%(?=%)")
_JOINED_PERCENTS = re.compile("%\u2060(?=%)")
# JavaScript's \s (Mermaid skips it between tokens) and Python's white space, together.
_JS_SPACES = "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)
_SPACE_RUN = re.compile(f"[{re.escape(_JS_SPACES)}\\s]+")
# Task names Mermaid's lexer would take for a keyword; its \b and \s are ASCII-minded.
_KEYWORD = re.compile(
    r"(journey(?![A-Za-z0-9_])|title |section |accTitle ?:|accDescr ?[:{]|%)", re.IGNORECASE
)
_FALLBACK = {
    "en": ("Stage {n}", "Persona {n}"),
    "fr": ("Étape {n}", "Persona {n}"),
}


def _one_line(text: str, signs: str) -> str:
    """``text`` as one line Mermaid reads back whole: see the module's docstring."""
    # White space first (some of it is Cc, like line breaks), then the other controls.
    text = _SPACE_RUN.sub(" ", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) not in ("Cc", "Cs"))
    text = _SPACE_RUN.sub(" ", text)
    text = text.strip(_JS_SPACES)
    text = "".join(_LOOKALIKES[ch] if ch in signs else ch for ch in text)
    return _PERCENTS.sub("%" + WORD_JOINER, text)


def _task_name(text: str) -> str:
    name = _one_line(text, _NAME_SIGNS)
    if _KEYWORD.match(name) or name.startswith(WORD_JOINER):
        return WORD_JOINER + name
    return name


def _actions(detail: JourneyDetail) -> dict[uuid.UUID, list[str]]:
    """Each stage's customer actions: the lines and items of the first text lane, each once."""
    lane = next((lane for lane in detail.lanes if lane.kind is LaneKind.TEXT), None)
    out: dict[uuid.UUID, list[str]] = {}
    for stage in detail.stages:
        cell = detail.cell(stage.id, lane.id) if lane is not None else None
        lines: Iterable[str] = ()
        if cell is not None:
            items = (str(item.get("text", "")) for item in cell.items)
            lines = [*cell.text.split("\n"), *items]
        names = [_task_name(line) for line in lines]
        out[stage.id] = list(dict.fromkeys(n for n in names if n.strip(WORD_JOINER)))
    return out


def _people(detail: JourneyDetail, lang: str) -> dict[uuid.UUID, str]:
    """Each linked persona's name as Mermaid will show it, made unique."""
    persona_word = _FALLBACK["fr" if lang.startswith("fr") else "en"][1]
    seen: set[str] = set()
    out: dict[uuid.UUID, str] = {}
    for n, persona in enumerate(detail.personas, start=1):
        base = _one_line(persona.name, _PERSON_SIGNS) or persona_word.format(n=n)
        name, k = base, 1
        while name in seen:
            k += 1
            name = f"{base} ({k})"
        seen.add(name)
        out[persona.id] = name
    return out


def journey_to_mermaid(detail: JourneyDetail, lang: str = "en") -> str:
    """The map as a Mermaid ``journey`` diagram (text ending with a newline)."""
    stage_word = _FALLBACK["fr" if lang.startswith("fr") else "en"][0]
    people = _people(detail, lang)
    actions = _actions(detail)
    scores = {
        (e.stage_id, e.persona_id): e.as_is
        for e in detail.emotions
        if e.as_is is not None and e.persona_id in people
    }
    lines = ["journey"]
    title = _one_line(detail.title, _TITLE_SIGNS)
    if title:
        lines.append(f"  title {title}")
    # The description is for screen readers (Mermaid's accessible description).
    description = _one_line(detail.description, "")
    if description:
        lines.append(f"  accDescr: {description}")
    for n, stage in enumerate(detail.stages, start=1):
        name = _one_line(stage.name, _NAME_SIGNS) or stage_word.format(n=n)
        lines.append(f"  section {name}")
        # One task line per distinct score, naming its personas in the map's order.
        groups: dict[int, list[str]] = {}
        for persona in detail.personas:
            score = scores.get((stage.id, persona.id))
            if score is not None:
                groups.setdefault(to_mermaid_score(score), []).append(people[persona.id])
        for task in actions[stage.id] or [_task_name(name)]:
            if not groups:
                # Mermaid needs a score on every task: the neutral one, named by nobody.
                lines.append(f"    {task}: {to_mermaid_score(0)}")
            for score, names in groups.items():
                lines.append(f"    {task}: {score}: {', '.join(names)}")
    return "\n".join(lines) + "\n"


# Reading ---------------------------------------------------------------------------------

_HEADER = re.compile(r"journey(?![A-Za-z0-9_])", re.IGNORECASE)
_TITLE = re.compile(r"title\s(.*)", re.IGNORECASE)
_SECTION = re.compile(r"section\s(.*)", re.IGNORECASE)
_ACC_TITLE = re.compile(r"accTitle\s*:", re.IGNORECASE)
_ACC_DESCR = re.compile(r"accDescr\s*:(.*)", re.IGNORECASE)
_ACC_BLOCK = re.compile(r"accDescr\s*\{(.*)", re.IGNORECASE)
_SCORE = re.compile(r"[+-]?\d+")


def _decode(raw: bytes) -> str:
    """UTF-8 text (a BOM allowed) or a refusal naming the line of the first bad byte."""
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise MermaidError(line, "this file holds binary data; a Mermaid diagram is text.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise MermaidError(
            line, "the file is not UTF-8 text; save the diagram as UTF-8 and try again."
        ) from exc


def _back(text: str) -> str:
    """A name as the diagram says it: trimmed, look-alikes turned back into their signs."""
    return _JOINED_PERCENTS.sub("%", text.strip(_JS_SPACES).translate(_BACK))


def _code(line: str) -> str:
    """A line without its ``#`` comment (Mermaid's lexer skips from ``#`` to the line end)."""
    return line.split("#", 1)[0]


class _Reader:
    """Reads a diagram line by line, the way Mermaid's lexer and journey database do."""

    def __init__(self) -> None:
        self.title = ""
        self.description: list[str] = []
        self.stages: list[tuple[str, int, list[str], dict[str, int]]] = []
        self.actors: dict[str, int] = {}
        self.notes: list[str] = []

    def statement(self, number: int, text: str) -> None:
        if ";" in _code(text):
            raise MermaidError(number, "Mermaid does not accept ';' in a journey diagram.")
        if match := _TITLE.match(text):
            self.title = _back(_code(match.group(1)))
        elif match := _SECTION.match(text):
            name = _code(match.group(1))
            if ":" in name:
                raise MermaidError(number, "a section name cannot hold ':'.")
            if not name.strip(_JS_SPACES):
                raise MermaidError(number, "the section has no name.")
            self.stages.append((_back(name), number, [], {}))
        else:
            self.task(number, _code(text))

    def task(self, number: int, text: str) -> None:
        name, colon, data = text.partition(":")
        shown = " ".join(text.split())[:60]
        if not colon:
            raise MermaidError(
                number,
                f"{shown!r} is not a journey statement: expected 'title', 'section' "
                "or a task 'name: score: people'.",
            )
        task = _back(name).removeprefix(WORD_JOINER)
        if not task:
            raise MermaidError(number, "the task has no name before its ':'.")
        if not self.stages:
            raise MermaidError(number, "a task comes before any section; start with 'section'.")
        pieces = data.split(":")
        if len(pieces) > 2:
            raise MermaidError(number, "a task holds a name, a score and people: one ':' too many.")
        raw_score = pieces[0].strip(_JS_SPACES)
        if not _SCORE.fullmatch(raw_score) or not MERMAID_LOW <= int(raw_score) <= MERMAID_HIGH:
            raise MermaidError(
                number,
                f"the score {raw_score!r} is not a whole number from {MERMAID_LOW} to "
                f"{MERMAID_HIGH}.",
            )
        score = int(raw_score)
        _name, _line, actions, scores = self.stages[-1]
        if task not in actions:
            actions.append(task)
        people = [_back(p) for p in pieces[1].split(",")] if len(pieces) == 2 else []
        for person in filter(None, people):
            self.actors.setdefault(person, number)
            # The first task naming a person sets the stage's score; others only warn.
            if scores.setdefault(person, score) != score:
                self.notes.append(
                    f"Line {number}: {person} already has the score {scores[person]} in "
                    f"this section; that first score is kept."
                )

    def result(self) -> ParsedJourney:
        stages = []
        for name, line, actions, scores in self.stages:
            # A section whose only task is its own name is a stage without an action.
            kept = () if actions == [name] else tuple(actions)
            stages.append(ParsedStage(name, line, kept, tuple(scores.items())))
        actors = tuple(ParsedActor(name, line) for name, line in self.actors.items())
        description = "\n".join(self.description).strip()
        return ParsedJourney(
            self.title, tuple(stages), actors, tuple(self.notes), description=description
        )


def parse_mermaid(source: str | bytes) -> ParsedJourney:
    """Reads a Mermaid ``journey`` diagram; refuses what it cannot read, naming the line."""
    text = _decode(source) if isinstance(source, bytes) else source.removeprefix("\ufeff")
    lines = re.sub(r"\r\n?", "\n", text).split("\n")
    reader = _Reader()
    header = False
    in_block = in_front = False
    for number, line in enumerate(lines, start=1):
        stripped = line.strip(_JS_SPACES)
        if in_front:  # YAML front matter (Mermaid's configuration) between '---' lines
            in_front = stripped != "---"
            continue
        if in_block:  # accDescr { ... } spans lines up to its '}'
            in_block = "}" not in line
            reader.description.append(_JOINED_PERCENTS.sub("%", line.split("}")[0].strip()))
            continue
        if not stripped or stripped.startswith("%") or stripped.startswith("#"):
            continue
        if not header:
            if stripped == "---" and number == 1:
                in_front = True
                continue
            if not _HEADER.match(stripped):
                raise MermaidError(number, "a Mermaid journey diagram starts with 'journey'.")
            header = True
            stripped = stripped[len("journey") :].strip(_JS_SPACES)
            if not stripped:
                continue
        if _ACC_TITLE.match(stripped):
            continue
        if match := _ACC_DESCR.match(stripped) or _ACC_BLOCK.match(stripped):
            value: str = match.group(1)
            if match.re is _ACC_BLOCK:  # a block ends at its '}', maybe on this line
                value, closed, _after = value.partition("}")
                in_block = not closed
            reader.description = [_JOINED_PERCENTS.sub("%", value.strip(_JS_SPACES))]
            continue
        reader.statement(number, stripped)
    if not header:
        raise MermaidError(0, "The file is empty: there is no 'journey' diagram in it.")
    if not reader.stages:
        raise MermaidError(0, "The diagram has no section: there is no stage to create.")
    return reader.result()
