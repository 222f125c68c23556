"""Mermaid journey diagrams end to end: any map text survives, the real Mermaid parser reads
what we write the way we read it back, and imports create whole maps or nothing."""

import argparse
import json
import subprocess
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personabuilder.export.mermaid import journey_to_mermaid, parse_mermaid
from personabuilder.mermaid_cli import add_parser, cmd_import_mermaid, export_mermaid
from personabuilder.model import LaneKind
from personabuilder.services import Services
from personabuilder.services.mermaid_import import (
    MermaidError,
    ParsedJourney,
    import_mermaid,
)
from personabuilder.services.readmodels import JourneyDetail, PersonaData
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace
from personabuilder.store.seam import WorkspaceStore
from tests.conftest import DEMO_DAY
from tests.tools import is_debian, program
from tests.unit.test_mermaid_text import a_map

CHECKER = Path(__file__).resolve().parents[2] / "tools" / "mermaid-check"
# The look-alikes the exporter writes for Mermaid's syntax signs, as the module documents.
LOOKALIKES = {"\u2236": ":", "\u266f": "#", "\uff1b": ";", "\u201a": ","}
JS_SPACES = "\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)

# Text built to hit Mermaid's grammar: its signs, keywords, every kind of space and
# control, and scripts far from ASCII (French, CJK, emoji, right to left).
HOSTILE = st.sampled_from(
    [":", "#", ";", "%", "%%", ",", "{", "}", "\n", "\r\n", "\r", "\t", " ", "\u00a0",
     "\u2028", "\u2060", "\ufeff", "\x00", "\x1f", "\x85", "journey", "Journey ", "title ",
     "section ", "accTitle: ", "accDescr {", "%%{init: {}}%%", "---", "é", "田中", "🙂",
     "שלום", "مرحبا", "\u202e", "<b>", "&amp;"]
)  # fmt: skip
TEXT = st.lists(st.one_of(HOSTILE, st.text(max_size=6)), max_size=8).map("".join)


def unjoin(text: str, *, task: bool = True) -> str:
    """``text`` without the word joiners the exporter put between two ``%`` (and before a
    task name)."""
    while "%\u2060%" in text:
        text = text.replace("%\u2060%", "%%")
    return text.removeprefix("\u2060") if task else text


def one_line(text: str) -> str:
    """``text`` on one line, trimmed, without controls, as the module's docstring says."""
    spaced = "".join(" " if ch.isspace() or ch in JS_SPACES else ch for ch in text)
    kept = "".join(ch for ch in spaced if unicodedata.category(ch) != "Cc")
    return unjoin(" ".join(part for part in kept.split(" ") if part), task=False)


def norm(text: str) -> str:
    """A name as it comes back: on one line, the look-alikes a user typed as ASCII signs."""
    return "".join(LOOKALIKES.get(ch, ch) for ch in one_line(text))


@st.composite
def journey_maps(draw: st.DrawFn) -> JourneyDetail:
    """A map whose every name is hostile text; personas have distinct, non-empty names."""
    stages = draw(
        st.lists(
            st.tuples(
                TEXT.filter(lambda t: norm(t) != ""),
                st.lists(TEXT, max_size=3).map("\n".join),
            ),
            min_size=1,
            max_size=4,
        )
    )
    people = draw(st.lists(TEXT.filter(lambda t: norm(t) != ""), max_size=3, unique_by=norm))
    scores = {
        (s, p): draw(st.one_of(st.none(), st.integers(-2, 2)))
        for s in range(len(stages))
        for p in range(len(people))
    }
    return a_map(stages, people, scores, title=draw(TEXT), description=draw(TEXT))


def expected(detail: JourneyDetail) -> dict[str, Any]:
    """What a diagram of ``detail`` must say, by the documented rules."""
    lane = detail.lanes[0]
    stages = []
    for stage in detail.stages:
        cell = detail.cell(stage.id, lane.id)
        lines = [norm(line) for line in (cell.text.split("\n") if cell else [])]
        actions = list(dict.fromkeys(a for a in lines if a.strip("\u2060")))
        name = norm(stage.name)
        scores = {
            norm(p.name): e.as_is + 3
            for p in detail.personas
            for e in detail.emotions
            if e.persona_id == p.id and e.stage_id == stage.id and e.as_is is not None
        }
        stages.append((name, [] if actions == [name] else actions, scores))
    return {
        "title": norm(detail.title),
        "description": one_line(detail.description),
        "stages": stages,
    }


def ours(parsed: ParsedJourney) -> dict[str, Any]:
    """The same shape, from what our reader made of a diagram."""
    return {
        "title": parsed.title,
        "description": parsed.description,
        "stages": [(s.name, list(s.actions), dict(s.scores)) for s in parsed.stages],
    }


def theirs(reading: dict[str, Any], diagram: str) -> dict[str, Any]:
    """The same shape, from what the real Mermaid parser made of a diagram."""
    back = str.maketrans(LOOKALIKES)
    # Mermaid's tasks name their section, but two stages may share a name: the diagram's
    # lines say how many tasks each section holds.
    counts: list[int] = []
    for line in diagram.splitlines()[1:]:
        if line.startswith("  section "):
            counts.append(0)
        elif line.startswith("    "):
            counts[-1] += 1
    assert len(counts) == len(reading["sections"])
    tasks = iter(reading["tasks"])
    stages = []
    for section, count in zip(reading["sections"], counts, strict=True):
        mine = [next(tasks) for _ in range(count)]
        assert all(t["section"] == section for t in mine)
        name = unjoin(section.translate(back), task=False)
        actions = list(dict.fromkeys(unjoin(t["task"].translate(back)) for t in mine))
        scores: dict[str, int] = {}
        for t in mine:
            for person in t["people"]:
                scores.setdefault(unjoin(person.translate(back), task=False), t["score"])
        stages.append((name, [] if actions == [name] else actions, scores))
    return {
        "title": unjoin(reading["title"].translate(back), task=False),
        "description": unjoin(reading["description"], task=False),
        "stages": stages,
    }


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(journey_maps())
def test_any_map_text_survives_export_and_our_reader(detail: JourneyDetail) -> None:
    parsed = parse_mermaid(journey_to_mermaid(detail))
    want = expected(detail)
    assert ours(parsed) == want
    scored = {name for _, _, scores in want["stages"] for name in scores}
    assert {a.name for a in parsed.actors} == scored


def real_mermaid(diagrams: list[str], tmp_path: Path) -> list[dict[str, Any]]:
    """What the real Mermaid parser reads in each diagram (one node run for all)."""
    node = program("node")
    if not (CHECKER / "node_modules").is_dir():
        message = f"the Mermaid checker is not installed: npm ci --prefix {CHECKER.name}"
        if is_debian():
            pytest.fail(f"{message} (`make test` runs it)")
        pytest.skip(message)
    corpus = tmp_path / "corpus.mmd"
    corpus.write_text("%%%% next\n".join(diagrams), encoding="utf-8")
    done = subprocess.run(
        [node, str(CHECKER / "check.mjs"), "--json", str(corpus)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    readings: list[dict[str, Any]] = json.loads(done.stdout)
    assert len(readings) == len(diagrams)
    return readings


def test_the_real_mermaid_parser_reads_hostile_maps_as_we_do(tmp_path: Path) -> None:
    details: list[JourneyDetail] = []

    @settings(max_examples=300, database=None, derandomize=True, deadline=None)
    @given(journey_maps())
    def collect(detail: JourneyDetail) -> None:
        details.append(detail)

    collect()
    diagrams = [journey_to_mermaid(d) for d in details]
    readings = real_mermaid(diagrams, tmp_path)
    for detail, diagram, reading in zip(details, diagrams, readings, strict=True):
        assert "error" not in reading, f"{reading.get('error')}\n{diagram}"
        want = expected(detail)
        got = theirs(reading, diagram)
        for key in ("title", "description"):
            if "<" in want[key] or "&" in want[key]:
                got[key] = want[key]  # Mermaid sanitises HTML in these for display
        assert got == want, diagram


def test_the_real_mermaid_parser_refuses_what_our_reader_refuses(tmp_path: Path) -> None:
    broken = ["journey\nsection A\n  x: 3: Me; y\n", "journey\nsection A: B\n  x: 3: Me\n"]
    for text in broken:
        with pytest.raises(MermaidError):
            parse_mermaid(text)
    assert all("error" in r for r in real_mermaid(broken, tmp_path))


# Workspaces ------------------------------------------------------------------------------


def demo(tmp_path: Path, lang: str) -> WorkspaceStore:
    path = tmp_path / f"demo-{lang}.pbw"
    return Workspace.create(
        path, populate=lambda ws: build_demo(Services.bind(ws), lang, today=DEMO_DAY)
    )


def stages_actions_scores(detail: JourneyDetail) -> list[tuple[str, str, dict[str, int]]]:
    """Each stage's name, customer actions and as-is scores by persona name."""
    lane = next(lane for lane in detail.lanes if lane.kind is LaneKind.TEXT)
    names = {p.id: p.name for p in detail.personas}
    out = []
    for stage in detail.stages:
        cell = detail.cell(stage.id, lane.id)
        scores = {
            names[e.persona_id]: e.as_is
            for e in detail.emotions
            if e.stage_id == stage.id and e.as_is is not None
        }
        out.append((stage.name, cell.text if cell else "", scores))
    return out


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_demo_maps_round_trip_and_parse_in_real_mermaid(lang: str, tmp_path: Path) -> None:
    source = demo(tmp_path, lang)
    target = Workspace.create(tmp_path / "fresh.pbw")
    try:
        services, fresh = Services.bind(source), Services.bind(target)
        diagrams = []
        for journey in services.listing.journeys():
            out = tmp_path / f"{journey.id}.mmd"
            export_mermaid(services, journey.id, out, lang)
            diagrams.append(out.read_text(encoding="utf-8"))
            made = import_mermaid(target, parse_mermaid(out.read_bytes()), lang=lang)
            before = services.journeys.get(journey.id)
            after = fresh.journeys.get(made.journey_id)
            assert after.title == before.title
            assert after.description == " ".join(before.description.split())
            assert stages_actions_scores(after) == stages_actions_scores(before)
        for reading in real_mermaid(diagrams, tmp_path):
            assert "error" not in reading
    finally:
        source.close()
        target.close()


DIAGRAM = (
    "journey\n  title Onboarding\n  section Sign up\n    Fills the form: 4: Ana, Bo\n"
    "    Confirms e-mail: 4: Ana\n  section First use\n    Imports data: 2: Bo, Cy\n"
)


def test_an_import_links_existing_personas_and_creates_the_others(
    workspace: WorkspaceStore, services: Services
) -> None:
    ana = services.personas.create(PersonaData(name="Ana", job_title="CTO")).id
    made = import_mermaid(workspace, parse_mermaid(DIAGRAM))
    assert made.matched == ("Ana",)
    assert made.created == ("Bo", "Cy")
    assert (made.stage_count, made.action_count) == (2, 3)
    detail = services.journeys.get(made.journey_id)
    assert [p.name for p in detail.personas] == ["Ana", "Bo", "Cy"]
    assert detail.personas[0].id == ana
    assert services.personas.get(ana).data.job_title == "CTO"
    assert stages_actions_scores(detail) == [
        ("Sign up", "Fills the form\nConfirms e-mail", {"Ana": 1, "Bo": 1}),
        ("First use", "Imports data", {"Bo": -1, "Cy": -1}),
    ]
    # The lanes of a blank map, the actions in its first text lane.
    assert [lane.kind for lane in detail.lanes][:3] == [
        LaneKind.TEXT,
        LaneKind.TOUCHPOINTS,
        LaneKind.EMOTION,
    ]


def test_a_refused_import_writes_nothing(workspace: WorkspaceStore, services: Services) -> None:
    long_name = "x" * 201
    parsed = parse_mermaid(f"journey\n title T\n section A\n  t: 3: Ann\n  u: 3: {long_name}\n")
    with pytest.raises(MermaidError, match="Line 5: a person's name is 201 characters"):
        import_mermaid(workspace, parsed)
    parsed = parse_mermaid(f"journey\n title T\n section {long_name}\n")
    with pytest.raises(MermaidError, match="Line 3: the section name is 201 characters"):
        import_mermaid(workspace, parsed)
    with pytest.raises(MermaidError, match="no title"):
        import_mermaid(workspace, parse_mermaid("journey\n section A\n"))
    assert services.listing.journeys() == []
    assert services.listing.personas() == []


# Command line ----------------------------------------------------------------------------


def run_import(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    add_parser(parser.add_subparsers())
    return cmd_import_mermaid(parser.parse_args(["import-mermaid", *argv]))


def test_import_mermaid_says_what_it_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    Workspace.create(tmp_path / "w.pbw").close()
    diagram = tmp_path / "map.mmd"
    diagram.write_bytes(b"\xef\xbb\xbf" + DIAGRAM.replace("\n", "\r\n").encode())
    assert run_import([str(tmp_path / "w"), str(diagram), "--title", "From the wiki"]) == 0
    out = capsys.readouterr().out
    assert "Created the journey map 'From the wiki'" in out
    assert "2 stages, 3 actions." in out
    assert "Created personas (name only): Ana, Bo, Cy." in out


def test_import_mermaid_refuses_with_the_file_and_line(tmp_path: Path) -> None:
    Workspace.create(tmp_path / "w.pbw").close()
    diagram = tmp_path / "bad.mmd"
    diagram.write_text("journey\nsection A\n  x: 9: Me\n", encoding="utf-8")
    with pytest.raises(MermaidError) as caught:
        run_import([str(tmp_path / "w.pbw"), str(diagram)])
    assert str(caught.value) == (
        "bad.mmd, line 3: the score '9' is not a whole number from 1 to 5. Nothing was imported."
    )
