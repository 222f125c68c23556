"""The JSON Schemas of the template contexts agree with the contexts the code really builds.

Real contexts (the demo in English and French, and an edge workspace: an empty persona, a map
without stages or metrics, a logo and a photo, long text) are encoded as the sandbox gets them
and checked three ways: each validates against its deliverable's schema, so a key the schema
does not describe fails (``additionalProperties: false``); and every key the schema describes
is met in some real context, so no described field goes stale.
"""

import io
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from PIL import Image

from personabuilder.export import deliverables
from personabuilder.export.context import OutcomeItem, WorkshopOutcome, labels_for
from personabuilder.export.templating import encode_context
from personabuilder.model import CaptureKind, Evidence, LaneKind
from personabuilder.resources import resources_dir
from personabuilder.services import Services
from personabuilder.services.branding import Branding
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace
from tests.conftest import DEMO_DAY

KINDS = ("poster", "persona", "report", "workshop")
CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
LONG = " ".join(["A sentence that goes on and on, as interview notes sometimes do."] * 40)
OUTCOMES = (
    WorkshopOutcome(
        journey="Onboarding",
        title="Kick-off workshop",
        held_on=date(2026, 10, 20),
        items=(
            OutcomeItem("Sign-up", CaptureKind.PAIN_POINT, "Nobody owns the problem", 3),
            OutcomeItem("Sign-up", CaptureKind.IDEA, "Sample data on day one", 7),
            OutcomeItem("", CaptureKind.QUESTION, "Who signs the contract?", 1),
            OutcomeItem("", CaptureKind.PARKING, "Pricing for charities", 0),
        ),
        emotion_changes=(("Sign-up", "Ana Ruiz", -1, 1), ("First week", "Ana Ruiz", None, 0)),
    ),
)
Contexts = dict[str, list[tuple[str, dict[str, Any]]]]


def schema_path(kind: str) -> Path:
    """The schema file of deliverable ``kind``."""
    return resources_dir() / "schema" / f"context-{kind}.schema.json"


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (32, 32), colour).save(out, "PNG")
    return out.getvalue()


def _edge(services: Services) -> None:
    """Content at the edges: empty, long, with pictures, without stages."""
    services.branding.set(Branding("Atelier Conseil & Fils", "#D55E00", _png("#D55E00")))
    empty = services.personas.create(PersonaData(name="E")).id
    full = services.personas.create(
        PersonaData(
            name="Ana Ruiz",
            job_title="CFO " + LONG[:150],
            quote=LONG,
            bio=LONG + "\n\n" + LONG,
            goals=(LONG[:900],) * 12,
            tags=("finance",) * 3,
        )
    ).id
    services.personas.set_photo(full, _png("#0072B2"))
    services.journeys.create(JourneySpec(title="Nothing yet", persona_ids=(empty,)))
    services.journeys.create(
        JourneySpec(
            title="Onboarding " + LONG[:150],
            description=LONG,
            persona_ids=(empty, full),
            stages=(StageSpec("Sign-up", LONG), StageSpec("First week", loop_to=0)),
            lanes=(LaneSpec(LaneKind.TEXT, "Actions"), LaneSpec(LaneKind.PAIN_POINTS, "Pains")),
            cells={(0, 0): CellSpec(text=LONG, evidence=Evidence.ASSUMPTION)},
        )
    )


def _encoded(context: dict[str, Any]) -> dict[str, Any]:
    decoded = json.loads(encode_context(context))
    assert isinstance(decoded, dict)
    return decoded


def collect(services: Services, lang: str, out: Contexts, label: str) -> None:
    """Every deliverable's real contexts of the workspace behind ``services``, encoded."""
    journeys = [j.id for j in services.listing.journeys()]
    personas = [p.id for p in services.listing.personas()]
    for journey in journeys:
        for paper in ("A3", "A4"):
            context = deliverables.build_context(
                "poster", services, journey_id=journey, paper=paper, lang=lang, clock=CLOCK
            )
            out["poster"].append((f"{label} poster {paper}", _encoded(context)))
    for chosen in ([personas[0]], personas):
        context = deliverables.build_context(
            "persona", services, persona_ids=chosen, lang=lang, clock=CLOCK
        )
        out["persona"].append((f"{label} personas", _encoded(context)))
    for outcomes in ((), OUTCOMES):
        context = deliverables.build_context(
            "report", services, outcomes=outcomes, lang=lang, clock=CLOCK
        )
        out["report"].append((f"{label} report", _encoded(context)))
    # The workshop summary is the report of one map's outcomes (deliverables.workshop_summary).
    context = deliverables.build_context(
        "report",
        services,
        journey_ids=[],
        persona_ids=[],
        outcomes=OUTCOMES,
        heading=labels_for(lang)["workshop_summary"].format(journey="Onboarding"),
        lang=lang,
        clock=CLOCK,
    )
    out["workshop"].append((f"{label} workshop", _encoded(context)))


def real_contexts(folder: Path) -> Contexts:
    """The contexts of the demo (English, French) and the edge workspace, by deliverable."""
    out: Contexts = {kind: [] for kind in KINDS}
    for lang in ("en", "fr"):

        def demo(ws: Workspace, lang: str = lang) -> None:
            build_demo(Services.bind(ws), lang, today=DEMO_DAY)

        ws = Workspace.create(folder / f"demo-{lang}.pbw", populate=demo)
        try:
            collect(Services.bind(ws), lang, out, f"demo {lang}")
        finally:
            ws.close()
    ws = Workspace.create(folder / "edge.pbw", populate=lambda w: _edge(Services.bind(w)))
    try:
        for lang in ("en", "fr"):
            collect(Services.bind(ws), lang, out, f"edge {lang}")
    finally:
        ws.close()
    return out


def _schema_keys(schema: dict[str, Any], path: str, out: set[str]) -> None:
    """Every key path a schema describes (``a.b[].c``)."""
    for key, sub in schema.get("properties", {}).items():
        out.add(f"{path}.{key}")
        _schema_keys(sub, f"{path}.{key}", out)
    if isinstance(schema.get("items"), dict):
        _schema_keys(schema["items"], path + "[]", out)
    for sub in schema.get("anyOf", []):
        _schema_keys(sub, path, out)


def _context_keys(value: object, path: str, out: set[str]) -> None:
    """Every key path met in an encoded context."""
    if isinstance(value, dict):
        for key, item in value.items():
            out.add(f"{path}.{key}")
            _context_keys(item, f"{path}.{key}", out)
    elif isinstance(value, list):
        for item in value:
            _context_keys(item, path + "[]", out)


@pytest.fixture(scope="module")
def contexts(tmp_path_factory: pytest.TempPathFactory) -> Contexts:
    """The real contexts, built once for this module."""
    return real_contexts(tmp_path_factory.mktemp("contexts"))


@pytest.mark.parametrize("kind", KINDS)
def test_every_real_context_validates(contexts: Contexts, kind: str) -> None:
    schema = json.loads(schema_path(kind).read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    assert len(contexts[kind]) >= 4
    for label, context in contexts[kind]:
        problems = [
            f"{'/'.join(map(str, e.absolute_path))}: {e.message[:200]}"
            for e in validator.iter_errors(context)
        ]
        assert not problems, f"{label}: {problems[:5]}"


@pytest.mark.parametrize("kind", KINDS)
def test_every_key_is_described_and_every_description_is_met(contexts: Contexts, kind: str) -> None:
    schema = json.loads(schema_path(kind).read_text(encoding="utf-8"))
    described: set[str] = set()
    _schema_keys(schema, "", described)
    met: set[str] = set()
    for _, context in contexts[kind]:
        _context_keys(context, "", met)
    assert sorted(met - described) == [], "keys in real contexts the schema does not describe"
    assert sorted(described - met) == [], "keys the schema describes that no context has"


def test_a_poster_of_a_map_without_stages_is_built(tmp_path: Path) -> None:
    ws = Workspace.create(tmp_path / "edge.pbw", populate=lambda w: _edge(Services.bind(w)))
    try:
        services = Services.bind(ws)
        bare = next(j.id for j in services.listing.journeys() if j.title == "Nothing yet")
        context = deliverables.build_context("poster", services, journey_id=bare, lang="en")
        assert context["journey"]["title"] == "Nothing yet"
    finally:
        ws.close()
