"""Fuzzing the two ways data comes in: the metrics CSV import and the JSON exchange load.

No input may escape as an exception other than the refusal each path promises, and a refused
input writes nothing. ``PB_FUZZ_EXAMPLES`` scales every test here (a long run sets it high);
each test prints how many inputs it tried.
"""

import copy
import json
import os
import re
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from personabuilder.services import Services
from personabuilder.services import exchange as ex
from personabuilder.services.errors import ValidationError
from personabuilder.services.metrics_csv import (
    CohortRole,
    Layout,
    Role,
    read_cohort_csv,
    read_metrics_csv,
)
from personabuilder.services.metrics_import import apply, plan_import
from personabuilder.store import Workspace

SCALE = int(os.environ.get("PB_FUZZ_EXAMPLES", "0"))


def _examples(default: int) -> int:
    return SCALE or default


def _settings(default: int) -> Callable[[Any], Any]:
    return settings(
        max_examples=_examples(default),
        database=None,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
        ],
    )


def _report(name: str, count: int) -> None:
    print(f"{name}: {count} inputs")


# The CSV readers -----------------------------------------------------------------------

_DELIMITERS = [",", ";", "\t", "|", " "]
_NUMBERS = [
    "12",
    "1 234",
    "1,234.5",
    "1.234,5",
    "1,5 %",
    "12.5%",
    "€3,000",
    "$-4",
    "(7)",
    "-",
    "",
    "abc",
    "1e400",
    "nan",
    "∞",
    "٣",
    "12 k",
    "0,0001",
    "99999999999999999999999",
]
_PERIODS = [
    "2031-03",
    "2031-03-01",
    "01/03/2031",
    "03/01/2031",
    "mars 2031",
    "March 2031",
    "févr. 2031",
    "Q1 2031",
    "T2 2031",
    "2031-W05",
    "W53 2031",
    "2031",
    "31/02/2031",
    "0000-00",
    "9999-12",
    "",
    "hier",
]
_HEADERS = [
    "Metric",
    "Stage",
    "Month",
    "Period",
    "Value",
    "Unit",
    "Indicateur",
    "Étape",
    "Mois",
    "Valeur",
    "Cohort",
    "Offset",
    "Retained",
    "M0",
    "M1",
    "Month 2",
    "Week 3",
    "Jan 2031",
    "2031-02",
    "Q3 2031",
    "",
]
_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1", "mac_roman"]


@st.composite
def near_csv(draw: st.DrawFn, names: list[str]) -> bytes:
    """Text close to a real metrics or cohort file: headers, names, periods and numbers."""
    pool = st.sampled_from(_HEADERS + names) | st.text(max_size=8)
    cell = st.one_of(
        st.sampled_from(names or ["Leads"]),
        st.sampled_from(_PERIODS),
        st.sampled_from(_NUMBERS),
        st.text(max_size=10),
    )
    width = draw(st.integers(1, 6))
    rows = [draw(st.lists(pool, min_size=width, max_size=width))]
    rows += draw(
        st.lists(st.lists(cell, min_size=0, max_size=width + 2), max_size=draw(st.integers(0, 12)))
    )
    delimiter = draw(st.sampled_from(_DELIMITERS))
    quote = draw(st.sampled_from(['"', "", "'"]))

    def shown(value: str) -> str:
        return f"{quote}{value}{quote}" if quote and draw(st.booleans()) else value

    ending = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    text = ending.join(delimiter.join(shown(v) for v in row) for row in rows)
    if draw(st.booleans()):
        text = draw(st.sampled_from(["# export\n", "sep=;\n", "\n\n", "\ufeff"])) + text
    encoding = draw(st.sampled_from(_ENCODINGS))
    return text.encode(encoding, errors="replace")


@st.composite
def metrics_file(draw: st.DrawFn, known: list[tuple[str, str]]) -> bytes:
    """A long-layout metrics file naming metrics of the map, now and then with a bad cell."""
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    rows = [["Metric", "Stage", "Month", "Value"]]
    for name, stage in draw(st.lists(st.sampled_from(known), min_size=1, max_size=5)):
        month = f"{draw(st.integers(2029, 2032))}-{draw(st.integers(1, 12)):02d}"
        value = draw(st.integers(0, 999)) + draw(st.sampled_from([0, 0.5, 0.25]))
        rows.append([name, stage, month, str(value)])
    if draw(st.booleans()):
        row = draw(st.integers(0, len(rows) - 1))
        column = draw(st.integers(0, 3))
        rows[row][column] = draw(st.sampled_from(_NUMBERS + _PERIODS) | st.text(max_size=6))

    def quoted(cell: str) -> str:
        return '"' + cell.replace('"', '""') + '"'

    text = "\n".join(delimiter.join(quoted(c) for c in row) for row in rows) + "\n"
    return text.encode(draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"])), "replace")


@pytest.fixture
def demo_names(demo_workspace: Workspace) -> list[str]:
    services = Services.bind(demo_workspace)
    detail = services.journeys.get(services.listing.journeys()[0].id)
    return [m.name for m in detail.metrics] + [s.name for s in detail.stages]


def _check_metrics_reading(data: bytes, overrides: dict[str, Any]) -> None:
    reading = read_metrics_csv(data, **overrides)
    for issue in reading.issues:
        assert issue.message("en")
        assert issue.message("fr")
    if reading.headers:
        # The preview lets the user change every column's role: any choice must be read.
        roles = [Role.METRIC, Role.PERIOD, Role.VALUE, *[Role.IGNORE] * len(reading.headers)]
        read_metrics_csv(data, roles=roles[: len(reading.headers)], **overrides)


def _check_cohort_reading(data: bytes, overrides: dict[str, Any]) -> None:
    reading = read_cohort_csv(data, **overrides)
    for issue in reading.issues:
        assert issue.message("en")
        assert issue.message("fr")
    if reading.headers:
        roles = [CohortRole.COHORT, CohortRole.OFFSET, CohortRole.RETAINED]
        roles += [CohortRole.IGNORE] * len(reading.headers)
        read_cohort_csv(data, roles=roles[: len(reading.headers)], **overrides)


_overrides = st.fixed_dictionaries(
    {},
    optional={
        "layout": st.sampled_from(list(Layout)),
        "encoding": st.sampled_from([*_ENCODINGS, "ascii"]),
        "delimiter": st.sampled_from(_DELIMITERS),
        "decimal_comma": st.booleans(),
        "day_first": st.booleans(),
        "header_line": st.integers(1, 20),
    },
)


def test_csv_readers_take_any_bytes() -> None:
    count = 0

    @_settings(300)
    @given(data=st.binary(max_size=3_000), overrides=_overrides)
    def run(data: bytes, overrides: dict[str, Any]) -> None:
        nonlocal count
        count += 1
        _check_metrics_reading(data, overrides)
        _check_cohort_reading(data, overrides)

    run()
    _report("CSV readers, arbitrary bytes", count)


def test_csv_readers_take_any_near_csv_text(demo_names: list[str]) -> None:
    count = 0

    @_settings(300)
    @given(data=near_csv(demo_names), overrides=_overrides)
    def run(data: bytes, overrides: dict[str, Any]) -> None:
        nonlocal count
        count += 1
        _check_metrics_reading(data, overrides)
        _check_cohort_reading(data, overrides)

    run()
    _report("CSV readers, near-CSV text", count)


def test_csv_import_writes_all_of_a_file_or_nothing(demo_workspace: Workspace) -> None:
    services = Services.bind(demo_workspace)
    journey_id = services.listing.journeys()[0].id
    detail = services.journeys.get(journey_id)
    names = [m.name for m in detail.metrics] + [s.name for s in detail.stages]
    stage_names = {s.id: s.name for s in detail.stages}
    known = [(m.name, stage_names[m.stage_id]) for m in detail.metrics]
    counts = {"inputs": 0, "imported": 0}

    @_settings(150)
    @given(data=metrics_file(known) | near_csv(names))
    def run(data: bytes) -> None:
        counts["inputs"] += 1
        before = services.journeys.get(journey_id)
        plan = plan_import(before, data)
        if plan.problems or not plan.values:
            with pytest.raises(ValidationError):
                apply(services.metrics, plan)
            assert services.journeys.get(journey_id).metrics == before.metrics
            return
        apply(services.metrics, plan)
        counts["imported"] += 1
        after = {m.id: dict(m.values) for m in services.journeys.get(journey_id).metrics}
        for planned in plan.values:
            assert after[planned.metric.id][planned.period] == planned.record.value

    run()
    _report(f"CSV import through the service ({counts['imported']} imported)", counts["inputs"])


# The JSON load -------------------------------------------------------------------------

_CODE = re.compile(r"^[a-z_]+$")

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text(max_size=20)
    | st.sampled_from([ex.FORMAT, 1, "1", "", "00000000-0000-4000-8000-000000000000"]),
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.sampled_from(["id", "name", "format", "version", "personas", "stages", "x"])
            | st.text(max_size=8),
            children,
            max_size=5,
        )
    ),
    max_leaves=25,
)
part_names = st.sampled_from([p.name for p in ex.PARTS])


def _dump(ws: Workspace) -> dict[str, Any]:
    doc = ex.dump(ws)
    doc.pop("exported_at")
    return doc


class _Loads:
    """Loads documents into one workspace, checking each refusal left it as it was."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.current = _dump(ws)
        self.inputs = 0
        self.loaded = 0

    def __call__(self, document: Any) -> bool:
        """True when ``document`` was loaded, False when it was refused cleanly."""
        self.inputs += 1
        refusal: ex.ExchangeError | None = None
        try:
            ex.load(self.ws, document)
        except ex.ExchangeError as exc:
            refusal = exc
        if refusal is None:
            assert self.ws.integrity_check() == "ok"
            self.current = _dump(self.ws)
            self.loaded += 1
            return True
        assert isinstance(refusal, ValidationError)
        assert _CODE.match(refusal.code), refusal.code
        message = str(refusal)
        assert message
        assert "\n" not in message
        assert message.startswith(refusal.where)
        assert _dump(self.ws) == self.current, "a refused document changed the workspace"
        return False


def test_load_refuses_arbitrary_json_cleanly(demo_workspace: Workspace) -> None:
    loads = _Loads(demo_workspace)

    @_settings(200)
    @given(
        value=json_values
        | st.builds(
            lambda name, value: {"format": ex.FORMAT, "version": 1, name: value},
            part_names,
            json_values,
        )
        | st.builds(
            lambda name, rows: {"format": ex.FORMAT, "version": 1, name: rows},
            part_names,
            st.lists(st.dictionaries(st.text(max_size=6), json_values, max_size=4), max_size=3),
        )
    )
    def run(value: Any) -> None:
        loads(value)

    run()
    _report(f"JSON load, arbitrary values ({loads.loaded} loaded)", loads.inputs)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):
            found += _paths(item, (*prefix, index))
    return found


def _at(doc: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        doc = doc[part]
    return doc


@st.composite
def mutated(draw: st.DrawFn, original: dict[str, Any]) -> dict[str, Any]:
    """``original`` with one to three edits: a value replaced, a field removed or added,
    a row duplicated, or an id taken from another row."""
    doc = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        paths = [p for p in _paths(doc) if p]
        path = draw(st.sampled_from(paths))
        parent, last = _at(doc, path[:-1]), path[-1]
        action = draw(st.sampled_from(["replace", "remove", "add", "duplicate", "steal_id"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "remove":
            del parent[last]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=6))] = draw(json_values)
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]))
        elif action == "steal_id":
            ids = [p for p in _paths(doc) if p and isinstance(p[-1], str) and p[-1].endswith("id")]
            if ids:
                source = draw(st.sampled_from(ids))
                target = draw(st.sampled_from(ids))
                _at(doc, target[:-1])[target[-1]] = copy.deepcopy(_at(doc, source))
    return doc


def test_load_of_a_mutated_dump_is_all_or_nothing(demo_workspace: Workspace) -> None:
    original = _dump(demo_workspace)
    loads = _Loads(demo_workspace)

    @_settings(120)
    @given(document=mutated(original))
    def run(document: dict[str, Any]) -> None:
        loads(document)

    run()
    _report(f"JSON load, mutated dumps ({loads.loaded} loaded)", loads.inputs)


def test_load_of_damaged_bytes_is_refused_cleanly(demo_workspace: Workspace) -> None:
    raw = ex.encode(ex.dump(demo_workspace))
    loads = _Loads(demo_workspace)
    tried = 0

    @_settings(150)
    @given(
        edits=st.lists(
            st.tuples(st.integers(0, len(raw) - 1), st.integers(0, 2), st.binary(max_size=3)),
            min_size=1,
            max_size=4,
        )
    )
    def run(edits: list[tuple[int, int, bytes]]) -> None:
        nonlocal tried
        tried += 1
        data = bytearray(raw)
        for at, removed, inserted in edits:
            data[at : at + removed] = inserted
        refusal: ex.ExchangeError | None = None
        try:
            document = ex.parse_document(bytes(data))
        except ex.ExchangeError as exc:
            refusal = exc
        if refusal is not None:
            assert refusal.code in ("not_json", "not_utf8"), refusal.code
            return
        loads(document)

    run()
    _report(f"JSON load, damaged bytes ({loads.loaded} loaded)", tried)


def test_fuzz_inputs_reach_the_deep_checks(demo_workspace: Workspace) -> None:
    """The mutations are not all stopped at the door: some load, some fail on references."""
    original = _dump(demo_workspace)
    loads = _Loads(demo_workspace)
    stage = original["stages"][0]
    moved = copy.deepcopy(original)
    moved["metric_values"][0]["period_start"] = date(2031, 12, 1).isoformat()
    assert loads(moved)
    dangling = copy.deepcopy(original)
    dangling["cells"][0]["lane_id"] = stage["id"]
    assert not loads(dangling)
    assert json.dumps(_dump(demo_workspace), sort_keys=True) != json.dumps(original, sort_keys=True)
