"""Mermaid journey diagrams: what the exporter writes and what the reader accepts or refuses."""

import uuid
from datetime import UTC, datetime

import pytest

from personabuilder.export.mermaid import journey_to_mermaid, parse_mermaid
from personabuilder.model import Archetype, LaneKind
from personabuilder.services.mermaid_import import (
    MermaidError,
    ParsedStage,
    from_mermaid_score,
    to_mermaid_score,
)
from personabuilder.services.readmodels import (
    CellView,
    EmotionView,
    JourneyDetail,
    LaneView,
    PersonaRef,
    StageView,
)

WHEN = datetime(2026, 1, 5, tzinfo=UTC)


def a_map(
    stages: list[tuple[str, str]],
    people: list[str],
    scores: dict[tuple[int, int], int | None],
    title: str = "Map",
    description: str = "",
) -> JourneyDetail:
    """A map with stages (name, actions text), personas and as-is scores (stage, persona)."""
    lane = LaneView(uuid.uuid4(), 0, LaneKind.TEXT, "Customer actions", "")
    stage_views = [
        StageView(uuid.uuid4(), i, name, "", "", None) for i, (name, _) in enumerate(stages)
    ]
    refs = [PersonaRef(uuid.uuid4(), name, Archetype.CUSTOM) for name in people]
    cells = [
        CellView(uuid.uuid4(), stage.id, lane.id, text, (), None)
        for stage, (_, text) in zip(stage_views, stages, strict=True)
        if text
    ]
    emotions = [
        EmotionView(stage_views[s].id, refs[p].id, score, None) for (s, p), score in scores.items()
    ]
    return JourneyDetail(
        id=uuid.uuid4(),
        title=title,
        description=description,
        created_at=WHEN,
        updated_at=WHEN,
        personas=tuple(refs),
        stages=tuple(stage_views),
        lanes=(lane,),
        cells=tuple(cells),
        emotions=tuple(emotions),
        metrics=(),
    )


def test_scores_map_exactly_both_ways() -> None:
    assert [to_mermaid_score(s) for s in range(-2, 3)] == [1, 2, 3, 4, 5]
    assert [from_mermaid_score(to_mermaid_score(s)) for s in range(-2, 3)] == [-2, -1, 0, 1, 2]


def test_a_plain_map_is_written_as_mermaid_reads_it() -> None:
    detail = a_map(
        [("Awareness", "Reads a blog post\nAsks a friend"), ("Trial", "")],
        ["Ana", "Bo"],
        {(0, 0): 2, (0, 1): -1, (1, 0): 0, (1, 1): 0},
        title="Journey: SaaS",
    )
    assert journey_to_mermaid(detail) == (
        "journey\n"
        "  title Journey: SaaS\n"
        "  section Awareness\n"
        "    Reads a blog post: 5: Ana\n"
        "    Reads a blog post: 2: Bo\n"
        "    Asks a friend: 5: Ana\n"
        "    Asks a friend: 2: Bo\n"
        "  section Trial\n"
        "    Trial: 3: Ana, Bo\n"
    )


def test_hostile_names_are_replaced_by_look_alikes_and_read_back() -> None:
    detail = a_map(
        [
            ("Step 1: look #1; 50%", "journey planning\nTitle deed: 3\n%% not a comment"),
            ("  spaced\r\n out\t", "section two\naccDescr { x }\n\u2060joined"),
        ],
        ["Doe, Jane", "Zoë 田中 🙂", "עברית: שלום"],
        {(0, 0): -2, (0, 1): 2, (1, 2): 1},
        title="A # title; with 100%",
    )
    text = journey_to_mermaid(detail)
    body = text.split("\n", 2)[2]  # below the title, which may hold ':'
    assert not {";", "#"} & set(text)
    assert "%%" not in text
    for line in body.splitlines():
        assert line.count(":") <= 2  # a task: name, score, people
    parsed = parse_mermaid(text)
    assert parsed.title == "A # title; with 100%"
    assert [s.name for s in parsed.stages] == ["Step 1: look #1; 50%", "spaced out"]
    assert parsed.stages[0].actions == ("journey planning", "Title deed: 3", "%% not a comment")
    assert parsed.stages[1].actions == ("section two", "accDescr { x }", "\u2060joined")
    assert parsed.stages[0].scores == (("Doe, Jane", 1), ("Zoë 田中 🙂", 5))
    assert parsed.stages[1].scores == (("עברית: שלום", 4),)
    assert [a.name for a in parsed.actors] == ["Doe, Jane", "Zoë 田中 🙂", "עברית: שלום"]


def test_the_description_is_the_accessible_description_one_line() -> None:
    detail = a_map([("A", "")], [], {}, description="For the board.\n\n50%% done; #3 {ok}")
    text = journey_to_mermaid(detail)
    assert "  accDescr: For the board. 50%\u2060% done; #3 {ok}\n" in text
    assert parse_mermaid(text).description == "For the board. 50%% done; #3 {ok}"


def test_empty_and_equal_names_get_placeholders_and_numbers() -> None:
    detail = a_map([("\x00", "")], ["Ann", "Ann", "\n"], {(0, 0): 0, (0, 1): 1, (0, 2): -1})
    parsed = parse_mermaid(journey_to_mermaid(detail, "fr"))
    assert parsed.stages[0].name == "Étape 1"
    assert [a.name for a in parsed.actors] == ["Ann", "Ann (2)", "Persona 3"]


def test_a_stage_nobody_scored_keeps_its_actions_and_gets_no_score() -> None:
    detail = a_map([("Decide", "Signs")], ["Ann"], {})
    text = journey_to_mermaid(detail)
    assert "Signs: 3\n" in text
    assert parse_mermaid(text).stages == (ParsedStage("Decide", 3, ("Signs",), ()),)


def test_what_real_mermaid_accepts_is_read() -> None:
    text = (
        "\ufeff---\nconfig:\n  theme: forest\n---\n"
        "%%{init: {'theme': 'dark'}}%%\r\n"
        "  JOURNEY  \r\n"
        "%% a comment\r\n"
        "\r\n"
        "    title   My working day # trailing comment\r\n"
        "accTitle: For screen readers\n"
        "accDescr: One line\n"
        "accDescr {\n  several\n  lines\n}\n"
        "\tSection Go to work\n"
        "      Make tea :5: Me\n"
        "      Go upstairs: 3: Me, Cat # the cat follows\n"
        "  section Home\n"
        "      Sit down: 5: Me\n"
    )
    parsed = parse_mermaid(text.encode("utf-8"))
    assert parsed.title == "My working day"
    assert parsed.description == "several\nlines"  # the last accDescr wins, as in Mermaid
    assert [(s.name, s.actions, s.scores) for s in parsed.stages] == [
        ("Go to work", ("Make tea", "Go upstairs"), (("Me", 5), ("Cat", 3))),
        ("Home", ("Sit down",), (("Me", 5),)),
    ]
    assert [a.name for a in parsed.actors] == ["Me", "Cat"]


def test_the_first_score_of_a_person_in_a_section_is_kept_and_the_other_noted() -> None:
    parsed = parse_mermaid("journey\nsection A\n  x: 5: Me\n  y: 2: Me, You\n")
    assert parsed.stages[0].scores == (("Me", 5), ("You", 2))
    assert parsed.notes == (
        "Line 4: Me already has the score 5 in this section; that first score is kept.",
    )


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("", 0, "empty"),
        ("%% only a comment\n", 0, "empty"),
        ("journey\n", 0, "no section"),
        ("journey\n  title T\n", 0, "no section"),
        ("flowchart LR\n  A --> B\n", 1, "starts with 'journey'"),
        ("journey\nsection A\n  x: 6: Me\n", 3, "'6' is not a whole number from 1 to 5"),
        ("journey\nsection A\n  x: 0: Me\n", 3, "'0' is not a whole number"),
        ("journey\nsection A\n  x: 3.5: Me\n", 3, "'3.5' is not a whole number"),
        ("journey\nsection A\n  x: five: Me\n", 3, "'five' is not a whole number"),
        ("journey\nsection A\n  x: : Me\n", 3, "'' is not a whole number"),
        ("journey\n  x: 3: Me\nsection A\n", 2, "before any section"),
        ("journey\nsection A\n  Make tea\n", 3, "'Make tea' is not a journey statement"),
        ("journey\nsection A\n  graph TD\n", 3, "'graph TD' is not a journey statement"),
        ("journey\nsection A\n  x: 3: Me; y: 4: You\n", 3, "';'"),
        ("journey\nsection A: B\n", 2, "cannot hold ':'"),
        ("journey\nsection A\n  x: 3: Me: You\n", 3, "one ':' too many"),
        ("journey\nsection A\n  : 3: Me\n", 3, "no name"),
    ],
)
def test_what_it_cannot_read_is_refused_with_its_line(text: str, line: int, words: str) -> None:
    with pytest.raises(MermaidError) as caught:
        parse_mermaid(text)
    assert caught.value.line == line
    assert words in str(caught.value)
    if line:
        assert str(caught.value).startswith(f"Line {line}: ")


@pytest.mark.parametrize(
    ("raw", "line", "words"),
    [
        (b"journey\nsection A\n  caf\xe9: 3: Me\n", 3, "not UTF-8"),
        (b"journey\n\x00\x01\x02", 2, "binary data"),
        (b"\x89PNG\r\n\x1a\n", 1, "not UTF-8"),
    ],
)
def test_a_file_that_is_not_utf8_text_is_refused(raw: bytes, line: int, words: str) -> None:
    with pytest.raises(MermaidError) as caught:
        parse_mermaid(raw)
    assert caught.value.line == line
    assert words in str(caught.value)
