"""The JSON exchange format: lossless round trips, merge by id, refusals that change nothing."""

import base64
import copy
import io
import json
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image

from personabuilder.model import (
    Archetype,
    CaptureKind,
    Direction,
    Evidence,
    Granularity,
    LaneKind,
    MetricUnit,
)
from personabuilder.model.tables import (
    NAME_MAX,
    TEXT_MAX,
    CapturedItem,
    WorkshopSession,
    metadata,
)
from personabuilder.services import Services
from personabuilder.services import exchange as ex
from personabuilder.services.branding import Branding
from personabuilder.services.errors import ValidationError
from personabuilder.services.metrics import CohortRow
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.services.schema_check import SchemaViolation, Validator
from personabuilder.store import Workspace
from personabuilder.store.backup import list_backups
from tests.e2e.test_cli import assert_user_error, run_cli

EXPORTED_AT = "2030-01-01T00:00:00+00:00"


def _dump(ws: Workspace) -> dict[str, Any]:
    """The workspace's dump with a fixed export time, so two dumps compare equal."""
    doc = ex.dump(Services.bind(ws))
    doc["exported_at"] = EXPORTED_AT
    return doc


def _png(width: int, height: int, colour: tuple[int, int, int, int], alpha: bool) -> bytes:
    out = io.BytesIO()
    Image.new("RGBA" if alpha else "RGB", (width, height), colour if alpha else colour[:3]).save(
        out, "PNG"
    )
    return out.getvalue()


@pytest.fixture
def demo_doc(demo_workspace: Workspace) -> dict[str, Any]:
    """The dump of a private demo workspace copy."""
    return _dump(demo_workspace)


# Generated workspaces ------------------------------------------------------------------

# Without NUL: SQLite's length() stops at it, so the services' CHECK on names refuses a
# name that starts with one (a clean ConstraintError, but no workspace to round-trip).
_text = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=25
)
_name = _text.filter(lambda s: bool(s.strip()))
_entries = st.lists(_name, max_size=3).map(tuple)
_score = st.integers(-2, 2) | st.none()
_number = st.floats(allow_nan=False, allow_infinity=False, width=64)
_month = st.dates(date(2000, 1, 1), date(2040, 12, 1)).map(lambda d: d.replace(day=1))


@st.composite
def _persona(draw: st.DrawFn) -> tuple[PersonaData, bytes | None]:
    data = PersonaData(
        name=draw(_name),
        archetype=draw(st.sampled_from(list(Archetype))),
        custom_archetype=draw(_text),
        job_title=draw(_text),
        quote=draw(_text),
        bio=draw(_text),
        goals=draw(_entries),
        pain_points=draw(_entries),
        tags=draw(_entries),
        tech_savviness=draw(st.integers(1, 5)),
        influence=draw(st.integers(1, 5)),
    )
    photo = None
    if draw(st.booleans()):
        colour = draw(st.tuples(*[st.integers(0, 255)] * 4))
        photo = _png(
            draw(st.integers(1, 24)), draw(st.integers(1, 24)), colour, draw(st.booleans())
        )
    return data, photo


@st.composite
def _journey(draw: st.DrawFn, persona_count: int) -> tuple[JourneySpec, list[int]]:
    n_stages = draw(st.integers(1, 4))
    n_lanes = draw(st.integers(1, 3))
    followed = draw(st.lists(st.integers(0, persona_count - 1), unique=True, max_size=2))
    stages = tuple(
        StageSpec(
            name=f"Stage {i} {draw(_text)}",
            description=draw(_text),
            colour=draw(st.sampled_from(["", "#12abef", "#000000"])),
            loop_to=draw(st.sampled_from([None, *[j for j in range(n_stages) if j != i]])),
        )
        for i in range(n_stages)
    )
    lanes = tuple(
        LaneSpec(kind=draw(st.sampled_from(list(LaneKind))), name=draw(_name))
        for _ in range(n_lanes)
    )
    cells = {}
    for si in range(n_stages):
        for li in range(n_lanes):
            if draw(st.booleans()):
                items = tuple({"text": t} for t in draw(st.lists(_name, max_size=2)))
                evidence = draw(st.sampled_from([None, *Evidence]))
                cells[(si, li)] = CellSpec(text=draw(_text), items=items, evidence=evidence)
    metrics = tuple(
        MetricSpec(
            stage=draw(st.integers(0, n_stages - 1)),
            name=draw(_name),
            unit=draw(st.sampled_from(list(MetricUnit))),
            direction=draw(st.sampled_from(list(Direction))),
            target=draw(_number | st.none()),
            granularity=Granularity.MONTH,
            values=tuple(sorted(draw(st.dictionaries(_month, _number, max_size=3)).items())),
        )
        for _ in range(draw(st.integers(0, 2)))
    )
    return JourneySpec(
        title=draw(_name),
        description=draw(_text),
        stages=stages,
        lanes=lanes,
        cells=cells,
        metrics=metrics,
    ), followed


@st.composite
def _workspace_plan(draw: st.DrawFn) -> dict[str, Any]:
    personas = draw(st.lists(_persona(), min_size=1, max_size=4))
    journeys = draw(st.lists(_journey(len(personas)), max_size=3))
    return {
        "personas": personas,
        "journeys": journeys,
        "scores": draw(st.lists(st.tuples(_score, _score), min_size=8, max_size=8)),
        "snapshot": draw(st.booleans()),
        "branding": draw(
            st.none()
            | st.builds(
                Branding,
                company=_text,
                accent=st.sampled_from(["#0072B2", "#ff00aa"]),
                logo_png=st.none() | st.just(_png(3, 2, (1, 2, 3, 255), True)),
            )
        ),
        "settings": draw(st.dictionaries(st.text("abcxyz.", min_size=1, max_size=8), _text)),
        "workshop": draw(
            st.lists(st.tuples(st.sampled_from(list(CaptureKind)), _text), max_size=3)
        ),
        "cohorts": draw(st.booleans()),
    }


def _build(ws: Workspace, plan: dict[str, Any]) -> None:
    """Fills ``ws`` through the services (and the store, for workshops) from a drawn plan."""
    services = Services.bind(ws)
    persona_ids = []
    for data, photo in plan["personas"]:
        pid = services.personas.create(data).id
        if photo is not None:
            services.personas.set_photo(pid, photo)
        persona_ids.append(pid)
    scores = iter(plan["scores"])
    for spec, followed in plan["journeys"]:
        jid = services.journeys.create(spec)
        detail = services.journeys.get(jid)
        for index in followed:
            services.journey_edit.link_persona(jid, persona_ids[index])
            as_is, to_be = next(scores, (None, None))
            if as_is is not None or to_be is not None:
                services.emotions.set_score(
                    detail.stages[0].id, persona_ids[index], as_is=as_is, to_be=to_be
                )
        if plan["snapshot"]:
            services.snapshots.create(jid, f"Before {spec.title}")
            services.journeys.rename(jid, "Changed after the snapshot")
        if plan["cohorts"]:
            services.metrics.set_cohorts(
                jid, (CohortRow(date(2030, 1, 1), 0, 100.0), CohortRow(date(2030, 1, 1), 1, 61.5))
            )
        if plan["workshop"]:
            with ws.transaction() as s:
                session = WorkshopSession(
                    journey_id=jid, title="Kick-off", held_on=date(2030, 2, 3)
                )
                s.add(session)
                s.flush()
                for position, (kind, text) in enumerate(plan["workshop"]):
                    stage = None if kind is CaptureKind.PARKING else detail.stages[-1].id
                    s.add(
                        CapturedItem(
                            session_id=session.id,
                            stage_id=stage,
                            kind=kind,
                            text=text,
                            votes=position,
                            position=position,
                        )
                    )
    if plan["branding"] is not None:
        services.branding.set(plan["branding"])
    for key, value in plan["settings"].items():
        services.workspace.set_setting(f"test.{key}", value)


@pytest.fixture
def scratch() -> Iterator[Callable[[str], Workspace]]:
    """Makes empty workspaces in a private folder (usable inside Hypothesis examples)."""
    opened: list[Workspace] = []
    with tempfile.TemporaryDirectory() as folder:

        def make(name: str) -> Workspace:
            path = Path(folder) / f"{name}-{uuid.uuid4().hex[:8]}.pbw"
            ws = Workspace.create(path)
            opened.append(ws)
            return ws

        yield make
        for ws in opened:
            ws.close()


class TestRoundTrip:
    @settings(
        max_examples=int(os.environ.get("PB_ROUNDTRIP_EXAMPLES", "25")),
        database=None,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(plan=_workspace_plan())
    def test_dump_load_dump_is_lossless(
        self, plan: dict[str, Any], scratch: Callable[[str], Workspace]
    ) -> None:
        source = scratch("source")
        _build(source, plan)
        original = _dump(source)
        # Through the bytes of a file, as the CLI does it.
        parsed = ex.parse_document(ex.encode(original))
        assert parsed == original
        target = scratch("target")
        report = ex.load(Services.bind(target), parsed)
        assert report.total_updated == 0
        assert report.total_added == sum(len(original[p.name]) for p in ex.PARTS)
        assert _dump(target) == original
        assert target.integrity_check() == "ok"
        # Loading a workspace's own dump into it changes nothing.
        again = ex.load(Services.bind(source), original)
        assert again.total_added == 0
        assert _dump(source) == original

    def test_every_generated_kind_of_row_is_covered(
        self, scratch: Callable[[str], Workspace]
    ) -> None:
        """One fixed rich workspace: every table has rows, photos and the logo survive."""
        plan = {
            "personas": [
                (PersonaData(name="Ana", goals=("grow",)), _png(30, 20, (9, 8, 7, 255), False)),
                (PersonaData(name="Bo"), _png(8, 8, (9, 8, 7, 100), True)),
            ],
            "journeys": [
                (
                    JourneySpec(
                        title="Trial",
                        stages=(StageSpec("Sign up", loop_to=1), StageSpec("Use", loop_to=0)),
                        lanes=(LaneSpec(LaneKind.PAIN_POINTS, "Pains"),),
                        cells={(0, 0): CellSpec("x", ({"text": "slow", "severity": 4},))},
                        metrics=(MetricSpec(0, "Signups", values=((date(2030, 1, 1), 5.5),)),),
                    ),
                    [0, 1],
                )
            ],
            "scores": [(-2, 2), (1, None)] + [(None, None)] * 6,
            "snapshot": True,
            "branding": Branding("Acme", "#ff00aa", _png(3, 2, (1, 2, 3, 255), True)),
            "settings": {"x": "y"},
            "workshop": [(CaptureKind.IDEA, "Free trial"), (CaptureKind.PARKING, "Pricing")],
            "cohorts": True,
        }
        source = scratch("rich")
        _build(source, plan)
        original = _dump(source)
        for part in ex.PARTS:
            assert original[part.name], f"no {part.name} in the sample"
        target = scratch("copy")
        ex.load(Services.bind(target), original)
        assert _dump(target) == original
        services = Services.bind(target)
        persona = services.listing.personas()[0]
        photo = services.personas.photos([persona.id])[persona.id]
        assert photo == Services.bind(source).personas.photos([persona.id])[persona.id]
        assert services.branding.get() == Services.bind(source).branding.get()
        snapshot_id = original["snapshots"][0]["id"]
        assert services.snapshots.get(uuid.UUID(snapshot_id)).title == "Trial"


class TestMerge:
    def test_new_rows_go_after_the_existing_ones(
        self, demo_doc: dict[str, Any], scratch: Callable[[str], Workspace]
    ) -> None:
        target = scratch("mine")
        services = Services.bind(target)
        services.personas.create_many([PersonaData(name="Mine 1"), PersonaData(name="Mine 2")])
        report = ex.load(services, demo_doc)
        names = [p.name for p in services.listing.personas()]
        demo_names = [p["name"] for p in demo_doc["personas"]]
        assert names == ["Mine 1", "Mine 2", *demo_names]
        assert report.added["personas"] == len(demo_names)
        assert "personas" not in report.updated

    def test_rows_with_known_ids_are_updated(
        self, demo_workspace: Workspace, demo_doc: dict[str, Any]
    ) -> None:
        edited = copy.deepcopy(demo_doc)
        edited["personas"][0]["name"] = "Renamed in the file"
        edited["stages"][0]["name"] = "Stage renamed in the file"
        report = ex.load(demo_workspace, edited)
        assert report.total_added == 0
        after = _dump(demo_workspace)
        assert after == edited
        services = Services.bind(demo_workspace)
        found = services.listing.personas(search="renamed in the file")
        assert [p.name for p in found] == ["Renamed in the file"]

    def test_rows_missing_from_the_file_are_kept(
        self, demo_workspace: Workspace, demo_doc: dict[str, Any]
    ) -> None:
        partial = {"format": ex.FORMAT, "version": 1, "personas": demo_doc["personas"][:1]}
        ex.load(demo_workspace, partial)
        assert _dump(demo_workspace) == demo_doc

    def test_a_cell_at_the_same_stage_and_lane_replaces_the_old_one(
        self, demo_workspace: Workspace, demo_doc: dict[str, Any]
    ) -> None:
        cell = dict(demo_doc["cells"][0], id=str(uuid.uuid4()), text="From the file")
        report = ex.load(demo_workspace, {"format": ex.FORMAT, "version": 1, "cells": [cell]})
        assert report.replaced_cells == 1
        after = _dump(demo_workspace)["cells"]
        assert len(after) == len(demo_doc["cells"])
        assert cell in after
        assert demo_doc["cells"][0] not in after

    def test_a_file_of_new_rows_can_refer_to_rows_of_the_workspace(
        self, demo_workspace: Workspace, demo_doc: dict[str, Any]
    ) -> None:
        stage = demo_doc["stages"][0]
        metric = {
            "id": str(uuid.uuid4()),
            "stage_id": stage["id"],
            "position": 99,
            "name": "Added by file",
            "unit": "count",
            "direction": "higher_is_better",
            "target": None,
            "granularity": "month",
            "catalogue_key": "",
        }
        ex.load(demo_workspace, {"format": ex.FORMAT, "version": 1, "metrics": [metric]})
        detail = Services.bind(demo_workspace).journeys.get(uuid.UUID(stage["journey_id"]))
        assert "Added by file" in [m.name for m in detail.metrics]


# Refusals ------------------------------------------------------------------------------


def _mutate(doc: dict[str, Any], edit: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    changed = copy.deepcopy(doc)
    edit(changed)
    return changed


def _nest(depth: int) -> Any:
    value: Any = "deep"
    for _ in range(depth):
        value = [value]
    return value


def _set(path: list[str | int], value: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        target[path[-1]] = value

    return edit


def _pop(path: list[str | int]) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        target: Any = doc
        for part in path[:-1]:
            target = target[part]
        del target[path[-1]]

    return edit


def _copy_row(part: str, index: int, **changes: Any) -> Callable[[dict[str, Any]], None]:
    def edit(doc: dict[str, Any]) -> None:
        doc[part].append({**doc[part][index], **changes})

    return edit


def _move_stage(doc: dict[str, Any]) -> None:
    other = next(j["id"] for j in doc["journey_maps"] if j["id"] != doc["stages"][0]["journey_id"])
    doc["stages"][0]["journey_id"] = other


def _loop_elsewhere(doc: dict[str, Any]) -> None:
    first = doc["stages"][0]
    doc["stages"][0]["loop_to_id"] = next(
        s["id"] for s in doc["stages"] if s["journey_id"] != first["journey_id"]
    )


def _photo(raw: bytes, mime: str) -> Callable[[dict[str, Any]], None]:
    import base64

    def edit(doc: dict[str, Any]) -> None:
        doc["personas"][0]["photo"] = base64.b64encode(raw).decode()
        doc["personas"][0]["photo_mime"] = mime

    return edit


_UNKNOWN = "00000000-0000-4000-8000-000000000000"


# (id, edit, expected code, text the message must contain)
def _huge_logo() -> str:
    """A real 13,000 x 13,000 PNG, a few hundred KB as a file, as a stored logo."""
    out = io.BytesIO()
    Image.new("1", (13_000, 13_000), 1).save(out, "PNG")
    return base64.b64encode(out.getvalue()).decode()


_HUGE_LOGO = _huge_logo()

REFUSALS: list[tuple[str, Callable[[dict[str, Any]], object], str, str]] = [
    ("wrong_format", _set(["format"], "something-else"), "not_exchange", "not a PersonaBuilder"),
    ("no_format", _pop(["format"]), "not_exchange", "format"),
    ("newer_version", _set(["version"], 2), "unknown_version", "version 2"),
    ("version_zero", _set(["version"], 0), "unknown_version", "version 0"),
    ("version_as_text", _set(["version"], "1"), "unknown_version", '"1"'),
    ("version_true", _set(["version"], True), "unknown_version", "true"),
    ("no_version", _pop(["version"]), "unknown_version", "null"),
    ("unknown_top_field", _set(["extras"], []), "unknown_field", "extras"),
    ("unknown_row_field", _set(["personas", 0, "nickname"], "x"), "unknown_field", "personas[0]"),
    ("missing_field", _pop(["personas", 1, "bio"]), "missing_field", "personas[1]"),
    ("name_is_a_number", _set(["personas", 0, "name"], 5), "wrong_type", "personas[0].name"),
    ("table_is_an_object", _set(["stages"], {}), "wrong_type", "stages"),
    ("row_is_a_list", _set(["lanes", 0], []), "wrong_type", "lanes[0]"),
    ("score_is_text", _set(["emotion_scores", 0, "as_is"], "2"), "wrong_type", "as_is"),
    ("score_is_a_bool", _set(["personas", 0, "influence"], True), "wrong_type", "influence"),
    ("score_out_of_range", _set(["emotion_scores", 0, "to_be"], 3), "out_of_range", "to_be"),
    ("position_too_big", _set(["personas", 0, "position"], 2**70), "out_of_range", "position"),
    ("value_infinite", _set(["metric_values", 0, "value"], float("inf")), "out_of_range", "value"),
    ("blank_name", _set(["journey_maps", 0, "title"], "   "), "invalid_value", "title"),
    ("empty_name", _set(["stages", 0, "name"], ""), "too_short", "stages[0].name"),
    (
        "ten_mb_string",
        _set(["personas", 0, "bio"], "x" * 10_000_000),
        "too_long",
        "personas[0].bio",
    ),
    (
        "long_list_entry",
        _set(["personas", 2, "goals"], ["y" * 1_001]),
        "too_long",
        "personas[2].goals[0]: text longer than 1,000 characters",
    ),
    (
        "hundred_thousand_goals",
        _set(["personas", 0, "goals"], ["g"] * 100_000),
        "too_many",
        "personas[0].goals",
    ),
    (
        "hundred_thousand_items",
        _set(["cells", 0, "items"], [{"text": "i"}] * 100_000),
        "too_many",
        "cells[0].items",
    ),
    ("deeply_nested", _set(["cells", 0, "items"], _nest(40)), "too_deep", "nested"),
    ("bad_enum", _set(["lanes", 0, "kind"], "swimlane"), "invalid_value", "swimlane"),
    ("bad_id", _set(["personas", 0, "id"], "not-a-uuid"), "invalid_value", "personas[0].id"),
    (
        "bad_date",
        _set(["metric_values", 0, "period_start"], "2030-02-30"),
        "invalid_value",
        "period_start",
    ),
    (
        "naive_time",
        _set(["personas", 0, "created_at"], "2030-01-01T10:00:00"),
        "invalid_value",
        "time zone",
    ),
    ("bad_colour", _set(["stages", 0, "colour"], "red"), "invalid_value", "colour"),
    ("lone_surrogate", _set(["personas", 0, "quote"], "a\ud800b"), "invalid_text", "quote"),
    (
        "item_extra_key",
        _set(["cells", 0, "items"], [{"text": "a", "colour": "red"}]),
        "unknown_field",
        "cells[0].items[0]",
    ),
    ("duplicate_id", _copy_row("personas", 0, name="Twin"), "duplicate", "personas[3]"),
    (
        "duplicate_cell_place",
        _copy_row("cells", 0, id=_UNKNOWN),
        "duplicate",
        "same stage and lane",
    ),
    (
        "unknown_journey",
        _set(["stages", 0, "journey_id"], _UNKNOWN),
        "conflict",
        "stages[0].journey_id",
    ),
    (
        "link_to_unknown_persona",
        _set(["journey_personas", 0, "persona_id"], _UNKNOWN),
        "missing_reference",
        "journey_personas[0].persona_id",
    ),
    (
        "value_of_unknown_metric",
        _set(["metric_values", 0, "metric_id"], _UNKNOWN),
        "missing_reference",
        "metric_values[0].metric_id",
    ),
    ("stage_moved", _move_stage, "conflict", "cannot move"),
    ("loop_to_another_map", _loop_elsewhere, "inconsistent", "loop"),
    (
        "loop_to_itself",
        lambda d: d["stages"][0].update(loop_to_id=d["stages"][0]["id"]),
        "inconsistent",
        "loop",
    ),
    (
        "photo_not_an_image",
        _photo(b"just some bytes", "image/png"),
        "bad_photo",
        "personas[0].photo",
    ),
    (
        "photo_wrong_type",
        _photo(_png(4, 4, (0, 0, 0, 0), True), "image/jpeg"),
        "bad_photo",
        "photo_mime",
    ),
    ("photo_not_base64", _set(["personas", 0, "photo"], "***"), "invalid_value", "base64"),
    (
        "mime_without_photo",
        _set(["personas", 0, "photo_mime"], "image/png"),
        "bad_photo",
        "no photo",
    ),
    (
        "logo_not_png",
        _set(["settings", 0], {"key": "branding.logo", "value": "aGVsbG8="}),
        "invalid_value",
        "logo",
    ),
    (
        "logo_of_169_megapixels",
        _set(["settings", 0], {"key": "branding.logo", "value": _HUGE_LOGO}),
        "invalid_value",
        "40 megapixels",
    ),
    (
        "too_many_rows",
        _set(["settings"], [{"key": f"k{i}", "value": ""} for i in range(10_001)]),
        "too_many",
        "settings",
    ),
]


@pytest.mark.parametrize(
    ("edit", "code", "needle"), [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS]
)
def test_a_refused_document_names_the_problem_and_changes_nothing(
    demo_workspace: Workspace,
    demo_doc: dict[str, Any],
    edit: Callable[[dict[str, Any]], object],
    code: str,
    needle: str,
) -> None:
    bad = _mutate(demo_doc, edit)
    with pytest.raises(ex.ExchangeError) as info:
        ex.load(demo_workspace, bad)
    assert isinstance(info.value, ValidationError)
    assert info.value.code == code, str(info.value)
    assert needle in str(info.value)
    assert _dump(demo_workspace) == demo_doc


def test_snapshot_of_another_map_is_refused(
    demo_workspace: Workspace, scratch: Callable[[str], Workspace]
) -> None:
    services = Services.bind(demo_workspace)
    first, second = services.listing.journeys()[:2]
    services.snapshots.create(first.id, "Saved")
    doc = _dump(demo_workspace)
    doc["snapshots"][0]["journey_id"] = str(second.id)
    target = scratch("snap")
    with pytest.raises(ex.ExchangeError) as info:
        ex.load(target, doc)
    assert info.value.code == "inconsistent"
    assert info.value.where == "snapshots[0].payload.id"
    assert Services.bind(target).workspace.counts()["personas"] == 0


def test_a_failure_half_way_through_the_writes_leaves_nothing(
    demo_doc: dict[str, Any],
    scratch: Callable[[str], Workspace],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = scratch("half")
    real = ex._Loader._write

    def failing(self: Any, part: str, rows: Any = None) -> None:
        if part == "metric_values":
            raise OSError("disk unplugged")
        real(self, part, rows)

    monkeypatch.setattr(ex._Loader, "_write", failing)
    with pytest.raises(OSError, match="disk unplugged"):
        ex.load(target, demo_doc)
    assert set(Services.bind(target).workspace.counts().values()) == {0}


# Reading files -------------------------------------------------------------------------

FILE_REFUSALS = [
    ("empty", b"", "not_json"),
    ("blank", b"  \n ", "not_json"),
    ("not_json", b"personas: []", "not_json"),
    ("nan", b'{"format": "personabuilder-workspace", "version": NaN}', "not_json"),
    ("duplicate_key", b'{"version": 1, "version": 1}', "not_json"),
    ("latin1", '{"format": "é"}'.encode("latin-1"), "not_utf8"),
    ("huge_integer", b'{"version": ' + b"9" * 5000 + b"}", "not_json"),
    ("very_deep", b"[" * 100_000 + b"]" * 100_000, "too_deep"),
    ("a_list", b"[]", "not_exchange"),
    ("a_string", b'"personabuilder-workspace"', "not_exchange"),
]


@pytest.mark.parametrize(
    ("raw", "code"), [r[1:] for r in FILE_REFUSALS], ids=[r[0] for r in FILE_REFUSALS]
)
def test_unreadable_files_are_refused(raw: bytes, code: str, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(raw)
    with pytest.raises(ex.ExchangeError) as info:
        ex.check(ex.read_document(path))
    assert info.value.code == code, str(info.value)
    assert str(info.value)


@pytest.mark.parametrize("fraction", [0.01, 0.25, 0.5, 0.75, 0.999])
def test_a_truncated_dump_is_refused(
    demo_workspace: Workspace, demo_doc: dict[str, Any], tmp_path: Path, fraction: float
) -> None:
    raw = ex.encode(demo_doc)
    path = tmp_path / "cut.json"
    path.write_bytes(raw[: int(len(raw) * fraction)])
    with pytest.raises(ex.ExchangeError) as info:
        ex.load_file(demo_workspace, path)
    assert info.value.code == "not_json"
    assert "line" in str(info.value)
    assert _dump(demo_workspace) == demo_doc


def test_an_oversized_file_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2_000)
    monkeypatch.setattr(ex, "MAX_FILE_BYTES", 1_000)
    with pytest.raises(ex.ExchangeError) as info:
        ex.read_document(path)
    assert info.value.code == "too_large"


def test_dump_never_writes_what_load_would_refuse(
    demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ex, "MAX_FILE_BYTES", 1_000)
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(ex.ExchangeError) as info:
        ex.write_dump(demo_workspace, folder / "out.json")
    assert info.value.code == "too_large"
    assert list(folder.iterdir()) == []


def test_write_dump_replaces_the_file_whole(demo_workspace: Workspace, tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    dest = folder / "out.json"
    dest.write_text("old content", encoding="utf-8")
    info = ex.write_dump(demo_workspace, dest)
    assert info.size == dest.stat().st_size
    assert ex.read_document(dest)["personas"]
    assert [p.name for p in folder.iterdir()] == ["out.json"]


# The schema ----------------------------------------------------------------------------


class TestSchema:
    def test_the_schema_file_compiles_and_describes_version_1(self) -> None:
        schema = json.loads(ex.schema_path().read_text(encoding="utf-8"))
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        assert schema["properties"]["version"] == {"const": ex.FORMAT_VERSION}
        assert schema["properties"]["format"] == {"const": ex.FORMAT}
        Validator(schema)

    def test_every_column_is_exchanged_or_derived(self) -> None:
        schema = json.loads(ex.schema_path().read_text(encoding="utf-8"))
        tables = {p.table: p.name for p in ex.PARTS}
        assert set(tables) == set(metadata.tables), "a table is missing from the exchange"
        for table_name, part in tables.items():
            row = schema["properties"][part]["items"]
            columns = {c.name for c in metadata.tables[table_name].columns}
            derived = set(ex._DERIVED.get(table_name, ()))
            assert set(row["properties"]) == columns - derived, part
            assert set(row["required"]) == columns - derived, part

    def test_text_limits_follow_the_model(self) -> None:
        defs = json.loads(ex.schema_path().read_text(encoding="utf-8"))["$defs"]
        assert defs["name"]["maxLength"] == NAME_MAX
        assert defs["shortText"]["maxLength"] == NAME_MAX
        assert defs["longText"]["maxLength"] == TEXT_MAX

    def test_an_unsupported_keyword_is_refused_not_ignored(self) -> None:
        with pytest.raises(ValueError, match="oneOf"):
            Validator({"type": "object", "properties": {"a": {"oneOf": []}}})

    @pytest.mark.parametrize(
        ("value", "where"),
        [
            ({"a": [1, "x"]}, "a[1]"),
            ({"a": [1], "b": {"c": None}}, "b.c"),
        ],
    )
    def test_violations_name_their_path(self, value: Any, where: str) -> None:
        check = Validator(
            {
                "type": "object",
                "properties": {
                    "a": {"type": "array", "items": {"type": "integer"}},
                    "b": {"type": "object", "properties": {"c": {"type": "string"}}},
                },
            }
        )
        with pytest.raises(SchemaViolation) as info:
            check.validate(value)
        assert info.value.where == where
        assert info.value.code == "wrong_type"


# Backups before imports, and the command line -----------------------------------------


def test_backup_before_import(demo_workspace: Workspace) -> None:
    info = ex.backup_before_import(demo_workspace.path)
    assert info.reason == "before-import"
    newest = list_backups(demo_workspace.path)[0]
    assert (newest.path, newest.reason) == (info.path, "before-import")
    saved = Workspace.open(newest.path, read_only=True, daily_backup=False)
    try:
        assert ex.document_counts(ex.dump(saved)) == ex.document_counts(ex.dump(demo_workspace))
    finally:
        saved.close()


def test_backups_are_listed_with_their_contents(demo_workspace: Workspace) -> None:
    from personabuilder.services import backups

    path = demo_workspace.path
    Services.bind(demo_workspace).personas.create(PersonaData(name="Added after the first"))
    made = ex.backup_before_import(path)
    (made.path.parent / "unreadable--20300101T000000000000Z--manual.pbw").write_text("x", "utf-8")
    listed = backups.list_backups(path)
    assert [b.reason for b in listed] == ["manual", "before-import", "daily"]
    assert (listed[0].personas, listed[0].journey_maps) == (None, None)
    assert (listed[1].personas, listed[1].journey_maps) == (4, 2)
    assert (listed[2].personas, listed[2].journey_maps) == (3, 2)
    newest = backups.newest_backup(path)
    assert newest is not None
    assert newest.path == listed[0].path


def test_cli_dump_and_load_round_trip(demo_file: Path, tmp_path: Path, data_dir: Path) -> None:
    out = tmp_path / "out.json"
    result = run_cli("dump", demo_file, "-o", out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "3 personas" in result.stdout
    copy_path = tmp_path / "copy.pbw"
    result = run_cli("load", copy_path, out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Created")
    assert list_backups(copy_path) == []  # nothing to back up in a new file
    result = run_cli("load", copy_path, out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert "0 rows added" in result.stdout
    assert [b.reason for b in list_backups(copy_path)] == ["before-import"]
    again = tmp_path / "again.json"
    assert run_cli("dump", copy_path, "-o", again, data_dir=data_dir).returncode == 0
    first, second = (json.loads(p.read_text(encoding="utf-8")) for p in (out, again))
    first.pop("exported_at"), second.pop("exported_at")
    assert first == second


def test_cli_refuses_a_bad_file_without_touching_the_workspace(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "ws.pbw"
    path.write_bytes(demo_file.read_bytes())
    before = path.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"format": ex.FORMAT, "version": 1, "personas": [{"id": 3}]}), encoding="utf-8"
    )
    result = run_cli("load", path, bad, data_dir=data_dir)
    assert_user_error(result)
    assert "bad.json: personas[0]" in result.stderr
    assert "nothing was loaded" in result.stderr
    assert path.read_bytes() == before
    assert list_backups(path) == []


def test_cli_dump_refuses_to_overwrite_a_workspace(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    other = tmp_path / "other.pbw"
    other.write_bytes(demo_file.read_bytes())
    before = other.read_bytes()
    assert_user_error(run_cli("dump", demo_file, "-o", other, data_dir=data_dir))
    assert other.read_bytes() == before


def test_cli_lists_backups_with_their_contents(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = tmp_path / "listed.pbw"
    path.write_bytes(demo_file.read_bytes())
    assert "No backups" in run_cli("backup", "--list", path, data_dir=data_dir).stdout
    assert run_cli("backup", path, data_dir=data_dir).returncode == 0
    result = run_cli("backup", "--list", path, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert "manual" in lines[1]
    assert "3 personas, 2 journey maps" in lines[1]
    assert list_backups(path)[0].path.name in lines[1]


def test_cli_metrics_import_backs_up_first(demo_file: Path, tmp_path: Path, data_dir: Path) -> None:
    path = tmp_path / "kpis.pbw"
    path.write_bytes(demo_file.read_bytes())
    csv = tmp_path / "kpis.csv"
    csv.write_text("Metric,Stage,Month,Value\nLeads generated,Awareness,2031-02,12\n", "utf-8")
    result = run_cli(
        "metrics", "import", path, "--journey", "saas customer journey", csv, data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["before-import"]
    ws = Workspace.open(backups[0].path, read_only=True, daily_backup=False)
    try:
        services = Services.bind(ws)
        detail = services.journeys.get(services.listing.journeys()[0].id)
        leads = next(m for m in detail.metrics if m.name == "Leads generated")
        assert date(2031, 2, 1) not in dict(leads.values)
    finally:
        ws.close()


def test_exported_times_are_utc(demo_workspace: Workspace) -> None:
    now = datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC) + timedelta(microseconds=5)
    doc = ex.dump(demo_workspace, now=now)
    assert doc["exported_at"] == "2031-05-06T07:08:09.000005+00:00"
    assert all(p["created_at"].endswith("+00:00") for p in doc["personas"])


# Periods, numbers at the edges, loading twice --------------------------------------------


def _metric_with(doc: dict[str, Any], granularity: str) -> tuple[int, int]:
    """Index of the first value and its metric, the metric set to ``granularity``."""
    value = doc["metric_values"][0]
    metric = next(i for i, m in enumerate(doc["metrics"]) if m["id"] == value["metric_id"])
    doc["metrics"][metric]["granularity"] = granularity
    return 0, metric


@pytest.mark.parametrize(
    ("granularity", "day", "start"),
    [
        ("month", "2030-03-17", "2030-03-01"),
        ("week", "2030-03-06", "2030-03-04"),  # a Wednesday
        ("quarter", "2030-05-01", "2030-04-01"),
        ("quarter", "2030-02-01", "2030-01-01"),
    ],
)
def test_a_value_not_at_the_start_of_its_period_is_refused(
    demo_workspace: Workspace,
    demo_doc: dict[str, Any],
    tmp_path: Path,
    granularity: str,
    day: str,
    start: str,
) -> None:
    bad = copy.deepcopy(demo_doc)
    index, _ = _metric_with(bad, granularity)
    bad["metric_values"][index]["period_start"] = day
    path = tmp_path / "bad.json"
    path.write_bytes(ex.encode(bad))
    with pytest.raises(ex.ExchangeError) as info:
        ex.load_file(demo_workspace, path)
    assert info.value.code == "not_period_start"
    assert info.value.where == f"metric_values[{index}].period_start"
    assert day in str(info.value)
    assert start in str(info.value)
    assert _dump(demo_workspace) == demo_doc


@pytest.mark.parametrize(
    ("granularity", "day"),
    [("week", "2030-03-04"), ("quarter", "2030-07-01"), ("month", "2030-12-01")],
)
def test_period_starts_follow_the_granularity_in_the_file(
    demo_workspace: Workspace, demo_doc: dict[str, Any], granularity: str, day: str
) -> None:
    doc = copy.deepcopy(demo_doc)
    _, metric = _metric_with(doc, granularity)
    metric_id = doc["metrics"][metric]["id"]
    # Only this metric's values travel: others of the workspace keep their monthly days.
    doc["metric_values"] = [{"metric_id": metric_id, "period_start": day, "value": 1.5}]
    ex.load(demo_workspace, doc)
    stored = {
        (v["metric_id"], v["period_start"]): v["value"]
        for v in _dump(demo_workspace)["metric_values"]
    }
    assert stored[(metric_id, day)] == 1.5


def test_a_period_of_a_metric_of_the_workspace_is_checked_too(
    demo_workspace: Workspace, demo_doc: dict[str, Any]
) -> None:
    value = dict(demo_doc["metric_values"][0], period_start="2031-01-15")
    doc = {"format": ex.FORMAT, "version": 1, "metric_values": [value]}
    with pytest.raises(ex.ExchangeError) as info:
        ex.load(demo_workspace, doc)
    assert info.value.where == "metric_values[0].period_start"
    assert "2031-01-01" in str(info.value)
    assert _dump(demo_workspace) == demo_doc


def _with_snapshot(ws: Workspace) -> dict[str, Any]:
    services = Services.bind(ws)
    services.snapshots.create(services.listing.journeys()[0].id, "Saved")
    return _dump(ws)


# Every number of the format, with the path to it in a dump of the demo (with a snapshot).
NUMBER_PLACES: list[tuple[str, list[str | int], bool]] = [
    ("value", ["metric_values", 0, "value"], False),
    ("target", ["metrics", 0, "target"], False),
    ("persona_position", ["personas", 0, "position"], True),
    ("map_position", ["journey_maps", 0, "position"], True),
    ("link_position", ["journey_personas", 0, "position"], True),
    ("stage_position", ["stages", 0, "position"], True),
    ("lane_position", ["lanes", 0, "position"], True),
    ("metric_position", ["metrics", 0, "position"], True),
    ("savviness", ["personas", 0, "tech_savviness"], True),
    ("influence", ["personas", 0, "influence"], True),
    ("emotion", ["emotion_scores", 0, "as_is"], True),
    ("snapshot_target", ["snapshots", 0, "payload", "metrics", 0, 6], False),
    ("snapshot_value", ["snapshots", 0, "payload", "metrics", 0, 8, 0, 1], False),
    ("snapshot_position", ["snapshots", 0, "payload", "stages", 0, 1], True),
    ("snapshot_emotion", ["snapshots", 0, "payload", "emotions", 0, 2], True),
]
HUGE_NUMBERS = [
    ("401_digits", "9" * 401),
    ("minus_401_digits", "-" + "9" * 401),
    ("4000_digits", "1" + "0" * 3999),
    ("past_int64", str(2**63)),  # a float holds it exactly: refused for whole numbers only
    ("past_uint64", str(2**64 + 1)),
    ("rounded_in_a_float", "12345678901234567891"),
    ("1e999", "1e999"),
    ("minus_1e999", "-1e999"),
    ("huge_with_fraction", "9" * 401 + ".5"),
]


def _place(doc: dict[str, Any], path: list[str | int]) -> Any:
    target: Any = doc
    for part in path[:-1]:
        target = target[part]
    return target


@pytest.mark.parametrize(("raw"), [r[1] for r in HUGE_NUMBERS], ids=[r[0] for r in HUGE_NUMBERS])
@pytest.mark.parametrize(
    ("path", "whole"), [p[1:] for p in NUMBER_PLACES], ids=[p[0] for p in NUMBER_PLACES]
)
def test_numbers_out_of_reach_are_refused_at_their_place(
    demo_workspace: Workspace, tmp_path: Path, path: list[str | int], whole: bool, raw: str
) -> None:
    before = _with_snapshot(demo_workspace)
    doc = copy.deepcopy(before)
    if path[-1] == 6 and _place(doc, path)[6] is None:  # give the snapshot's metric a target
        _place(doc, path)[6] = 1.0
    _place(doc, path)[path[-1]] = "@@NUMBER@@"
    text = ex.encode(doc).decode("utf-8").replace('"@@NUMBER@@"', raw)
    file = tmp_path / "edge.json"
    file.write_text(text, encoding="utf-8")
    if raw == str(2**63) and not whole:
        ex.load_file(demo_workspace, file)
        assert _place(_dump(demo_workspace), path)[path[-1]] == float(2**63)
        return
    with pytest.raises(ex.ExchangeError) as info:
        ex.load_file(demo_workspace, file)
    assert info.value.code in {"out_of_range", "wrong_type"}, str(info.value)
    from personabuilder.services.schema_check import format_path

    assert info.value.where == format_path(path)
    assert len(str(info.value)) < 300
    assert _dump(demo_workspace) == before


@pytest.mark.parametrize("raw", ["NaN", "Infinity", "-Infinity", "1e999", "9" * 401], ids=str.lower)
def test_the_command_line_refuses_edge_numbers_without_a_traceback(
    demo_file: Path, tmp_path: Path, data_dir: Path, raw: str
) -> None:
    path = tmp_path / "edge.pbw"
    path.write_bytes(demo_file.read_bytes())
    good = tmp_path / "good.json"
    assert run_cli("dump", path, "-o", good, data_dir=data_dir).returncode == 0
    doc = json.loads(good.read_text(encoding="utf-8"))
    doc["metric_values"][0]["value"] = "@@NUMBER@@"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc).replace('"@@NUMBER@@"', raw), encoding="utf-8")
    before = path.read_bytes()

    result = run_cli("load", path, bad, data_dir=data_dir)

    assert_user_error(result)
    assert "nothing was loaded" in result.stderr
    assert path.read_bytes() == before
    assert list_backups(path) == []  # refused before the backup, so nothing to undo


@pytest.mark.parametrize(
    "when", ["9999-12-31T23:59:59-01:00", "0001-01-01T00:30:00+01:00"], ids=["last", "first"]
)
def test_times_beyond_the_calendar_in_utc_are_refused(
    demo_workspace: Workspace, demo_doc: dict[str, Any], when: str
) -> None:
    bad = _mutate(demo_doc, _set(["personas", 0, "created_at"], when))
    with pytest.raises(ex.ExchangeError) as info:
        ex.load(demo_workspace, bad)
    assert info.value.where == "personas[0].created_at"
    assert _dump(demo_workspace) == demo_doc


def test_an_absurd_version_is_named_briefly() -> None:
    raw = b'{"format": "personabuilder-workspace", "version": ' + b"9" * 401 + b"}"
    with pytest.raises(ex.ExchangeError) as info:
        ex.check(ex.parse_document(raw))
    assert info.value.code == "unknown_version"
    assert len(str(info.value)) < 200


def _positions(ws: Workspace) -> dict[str, list[tuple[Any, int]]]:
    """The position of every ordered row, by list."""
    doc = _dump(ws)
    lists: dict[str, list[tuple[Any, int]]] = {}
    for part, shared in ex._ORDERED.items():
        for row in doc[part]:
            lists.setdefault(f"{part}:{row[shared] if shared else ''}", []).append(
                (row.get("id", row.get("persona_id")), row["position"])
            )
    return lists


def _assert_distinct(ws: Workspace) -> None:
    for name, rows in _positions(ws).items():
        positions = [p for _, p in rows]
        assert len(set(positions)) == len(positions), f"{name}: {sorted(positions)}"


def test_loading_the_same_dump_twice_changes_nothing_the_second_time(
    demo_file: Path, tmp_path: Path, scratch: Callable[[str], Workspace]
) -> None:
    source = Workspace.open(_copy_of(demo_file, tmp_path / "source.pbw"), daily_backup=False)
    try:
        dump_path = tmp_path / "demo.json"
        ex.write_dump(Services.bind(source), dump_path)
    finally:
        source.close()
    target = scratch("mine")
    services = Services.bind(target)
    services.personas.create_many([PersonaData(name="Mine 1"), PersonaData(name="Mine 2")])
    services.journeys.create(JourneySpec(title="My own map", stages=(StageSpec("Start"),)))
    services.journeys.create(JourneySpec(title="My second map", stages=(StageSpec("Go"),)))

    first = ex.load_file(services, dump_path)
    assert first.total_added > 0
    _assert_distinct(target)
    after_first = _dump(target)

    second = ex.load_file(services, dump_path)

    assert second.total_added == 0
    assert second.total_updated == 0
    assert second.replaced_cells == 0
    assert _dump(target) == after_first
    _assert_distinct(target)
    titles = [j.title for j in services.listing.journeys()]
    assert titles[:2] == ["My own map", "My second map"]


def test_the_command_line_reports_no_change_on_a_second_load(
    demo_file: Path, tmp_path: Path, data_dir: Path
) -> None:
    path = _copy_of(demo_file, tmp_path / "mine.pbw")
    dump = tmp_path / "demo.json"
    assert run_cli("dump", path, "-o", dump, data_dir=data_dir).returncode == 0
    other = tmp_path / "other.pbw"
    assert run_cli("new", other, data_dir=data_dir).returncode == 0
    ws = Workspace.open(other, daily_backup=False)
    try:
        Services.bind(ws).journeys.create(JourneySpec(title="Theirs", stages=(StageSpec("A"),)))
    finally:
        ws.close()
    first = run_cli("load", other, dump, data_dir=data_dir)
    assert first.returncode == 0, first.stderr
    second = run_cli("load", other, dump, data_dir=data_dir)
    assert second.returncode == 0, second.stderr
    assert "0 rows added, 0 updated" in second.stdout
    ws = Workspace.open(other, read_only=True)
    try:
        _assert_distinct(ws)
    finally:
        ws.close()


def test_known_rows_take_the_order_of_the_file_in_the_places_they_hold(
    demo_workspace: Workspace, demo_doc: dict[str, Any]
) -> None:
    services = Services.bind(demo_workspace)
    services.personas.create(PersonaData(name="Only here"))
    names = [p.name for p in services.listing.personas()]
    reordered = copy.deepcopy(demo_doc)
    first, last = reordered["personas"][0], reordered["personas"][-1]
    first["position"], last["position"] = last["position"], first["position"]
    report = ex.load(demo_workspace, reordered)
    assert report.updated == {"personas": 2}
    after = [p.name for p in services.listing.personas()]
    assert after == [names[len(demo_doc["personas"]) - 1], *names[1:-2], names[0], "Only here"]
    _assert_distinct(demo_workspace)
    again = ex.load(demo_workspace, reordered)
    assert again.total_updated == 0


def test_a_file_holding_a_whole_list_sets_its_order(
    demo_workspace: Workspace, demo_doc: dict[str, Any]
) -> None:
    doc = copy.deepcopy(demo_doc)
    journey = doc["journey_maps"][0]["id"]
    stages = [s for s in doc["stages"] if s["journey_id"] == journey]
    for stage, position in zip(stages, reversed(range(len(stages))), strict=True):
        stage["position"] = position
    report = ex.load(demo_workspace, doc)
    assert report.updated.get("stages") == len(stages) - len(stages) % 2
    detail = Services.bind(demo_workspace).journeys.get(uuid.UUID(journey))
    assert [s.name for s in detail.stages] == [s["name"] for s in reversed(stages)]
    _assert_distinct(demo_workspace)


def _copy_of(source: Path, dest: Path) -> Path:
    dest.write_bytes(source.read_bytes())
    return dest
