"""The child process of the crash-safety test: random edits through the services, forever.

``python crash_worker.py WORKSPACE JOURNAL SEED FIRST_SEQ`` opens the workspace, prints
"ready", then edits until it is killed. Around every service call it appends a JSON line to
JOURNAL and fsyncs it: an "intent" line (with the whole edit) before the call, a "done" line
after the call returned. The parent replays the journal on a model of the workspace
(``apply``) and compares it with what the workspace holds after the kill (``read_state``).
The model names stages and lanes by name, which the worker keeps unique within a map.
"""

import copy
import json
import os
import random
import sys
import uuid
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

State = dict[str, Any]
Op = dict[str, Any]

METRIC = "Signups"
MAX_PERSONAS = 25
MAX_JOURNEYS = 5
MAX_STAGES = 7


# The model --------------------------------------------------------------------------------


def empty_journey(title: str, stages: list[str], lanes: list[str]) -> dict[str, Any]:
    return {"title": title, "stages": stages, "lanes": lanes, "cells": {}, "metric": None}


def apply(state: State, op: Op) -> State:
    """The state after ``op`` (a new object; ``state`` is not changed)."""
    new = copy.deepcopy(state)
    personas, journeys = new["personas"], new["journeys"]
    kind = op["kind"]
    if kind == "create_persona" or kind == "rename_persona":
        personas[op["id"]] = op["name"]
    elif kind == "delete_persona":
        personas.pop(op["id"])
    elif kind == "import_personas":
        personas.update(zip(op["ids"], op["names"], strict=True))
    elif kind == "create_journey":
        journey = empty_journey(op["title"], list(op["stages"]), list(op["lanes"]))
        journey["cells"] = dict(op["cells"])
        journey["metric"] = {"stage": op["stages"][0], "values": {}}
        journeys[op["id"]] = journey
    elif kind == "rename_journey":
        journeys[op["id"]]["title"] = op["title"]
    elif kind == "delete_journey":
        journeys.pop(op["id"])
    elif kind == "add_stage":
        journeys[op["journey"]]["stages"].insert(op["index"], op["name"])
    elif kind == "move_stage":
        stages = journeys[op["journey"]]["stages"]
        stages.remove(op["name"])
        stages.insert(op["index"], op["name"])
    elif kind == "delete_stage":
        journey = journeys[op["journey"]]
        journey["stages"].remove(op["name"])
        journey["cells"] = {
            k: v for k, v in journey["cells"].items() if k.split("|")[0] != op["name"]
        }
        if journey["metric"] and journey["metric"]["stage"] == op["name"]:
            journey["metric"] = None
    elif kind == "set_cell":
        cells = journeys[op["journey"]]["cells"]
        key = f"{op['stage']}|{op['lane']}"
        if op["text"]:
            cells[key] = op["text"]
        else:
            cells.pop(key, None)
    elif kind == "import_values":
        journeys[op["journey"]]["metric"]["values"].update(op["values"])
    elif kind == "load_exchange":
        personas[op["persona"]["id"]] = op["persona"]["name"]
        journeys[op["journey"]["id"]] = empty_journey(
            op["journey"]["title"], list(op["stages"]), list(op["lanes"])
        )
        journeys[op["journey"]["id"]]["cells"] = dict(op["cells"])
    else:
        raise ValueError(f"unknown edit {kind!r}")
    return new


def read_state(services: Any) -> State:
    """What the workspace holds, in the model's terms."""
    personas = {str(p.id): p.name for p in services.listing.personas()}
    journeys: dict[str, Any] = {}
    for summary in services.listing.journeys():
        detail = services.journeys.get(summary.id)
        stage_names = {s.id: s.name for s in detail.stages}
        lane_names = {ln.id: ln.name for ln in detail.lanes}
        journey = empty_journey(
            detail.title,
            [s.name for s in detail.stages],
            [ln.name for ln in detail.lanes],
        )
        journey["cells"] = {
            f"{stage_names[c.stage_id]}|{lane_names[c.lane_id]}": c.text for c in detail.cells
        }
        for metric in detail.metrics:
            if metric.name == METRIC:
                journey["metric"] = {
                    "stage": stage_names[metric.stage_id],
                    "values": {day.isoformat(): value for day, value in metric.values},
                }
        journeys[str(summary.id)] = journey
    return {"personas": personas, "journeys": journeys}


# Choosing and performing edits ----------------------------------------------------------------


def _word(rng: random.Random) -> str:
    """A few letters (accents and inner spaces included), never blank at either end."""
    letters = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzéàç ") for _ in range(12))
    return letters.strip() or "w"


def _fresh(rng: random.Random, prefix: str) -> str:
    return f"{prefix}{rng.getrandbits(40):010x}"


def choose(rng: random.Random, state: State) -> Op:
    """A random edit that is valid in ``state``."""
    personas, journeys = state["personas"], state["journeys"]
    options = ["create_persona", "import_personas", "create_journey", "load_exchange"]
    if personas:
        options += ["rename_persona", "rename_persona", "delete_persona"]
    if len(personas) > MAX_PERSONAS:
        options = ["delete_persona"] * 3 + ["rename_persona"]
    if journeys:
        options += ["rename_journey", "add_stage", "move_stage", "move_stage", "set_cell"]
        options += ["set_cell", "delete_stage", "import_values", "import_values"]
        options += ["delete_journey"] if len(journeys) > 2 else []
    if len(journeys) > MAX_JOURNEYS:
        options = [o for o in options if o not in ("create_journey", "load_exchange")]
        options += ["delete_journey"]
    kind = rng.choice(options)
    journey_id = rng.choice(sorted(journeys)) if journeys else None
    journey = journeys.get(journey_id) if journey_id else None
    if kind == "create_persona":
        return {
            "kind": kind,
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "name": _word(rng),
        }
    if kind == "import_personas":
        count = rng.randint(2, 5)
        return {
            "kind": kind,
            "ids": [str(uuid.UUID(int=rng.getrandbits(128), version=4)) for _ in range(count)],
            "names": [f"Imported {_word(rng)}" for _ in range(count)],
        }
    if kind in ("rename_persona", "delete_persona"):
        op: Op = {"kind": kind, "id": rng.choice(sorted(personas))}
        if kind == "rename_persona":
            op["name"] = f"Renamed {_word(rng)}"
        return op
    if kind in ("create_journey", "load_exchange"):
        stages = [_fresh(rng, "S") for _ in range(rng.randint(1, 5))]
        lanes = [_fresh(rng, "L") for _ in range(rng.randint(1, 3))]
        cells = {
            f"{s}|{ln}": f"Cell {_word(rng)}" for s in stages for ln in lanes if rng.random() < 0.5
        }
        op = {
            "kind": kind,
            "title": f"Map {_word(rng)}",
            "stages": stages,
            "lanes": lanes,
            "cells": cells,
        }
        new_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        if kind == "create_journey":
            op["id"] = new_id
        else:
            op["journey"] = {"id": new_id, "title": op.pop("title")}
            op["persona"] = {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "name": f"Loaded {_word(rng)}",
            }
            op["seed"] = rng.getrandbits(64)
        return op
    assert journey is not None
    if kind == "rename_journey":
        return {"kind": kind, "id": journey_id, "title": f"Title {_word(rng)}"}
    if kind == "delete_journey":
        return {"kind": kind, "id": journey_id}
    stages = journey["stages"]
    if kind == "add_stage" or not stages:
        if len(stages) >= MAX_STAGES:
            return {"kind": "delete_stage", "journey": journey_id, "name": rng.choice(stages)}
        return {
            "kind": "add_stage",
            "journey": journey_id,
            "index": rng.randint(0, len(stages)),
            "name": _fresh(rng, "S"),
        }
    if kind == "move_stage":
        return {
            "kind": kind,
            "journey": journey_id,
            "name": rng.choice(stages),
            "index": rng.randrange(len(stages)),
        }
    if kind == "delete_stage":
        return {"kind": kind, "journey": journey_id, "name": rng.choice(stages)}
    if kind == "import_values" and journey["metric"] is not None:
        months = rng.sample(range(1, 13), rng.randint(1, 4))
        return {
            "kind": kind,
            "journey": journey_id,
            "stage": journey["metric"]["stage"],
            "values": {
                date(2030, m, 1).isoformat(): float(rng.randrange(1000)) + rng.choice([0, 0.5])
                for m in months
            },
        }
    return {
        "kind": "set_cell",
        "journey": journey_id,
        "stage": rng.choice(stages),
        "lane": rng.choice(journey["lanes"]),
        "text": "" if rng.random() < 0.25 else f"Text {_word(rng)}",
    }


def _exchange_document(op: Op) -> dict[str, Any]:
    """The exchange file a ``load_exchange`` edit loads: a persona and a map."""
    rng = random.Random(op["seed"])
    now = datetime(2030, 1, 1, tzinfo=UTC).isoformat()
    journey_id = op["journey"]["id"]
    stage_ids = {name: str(uuid.UUID(int=rng.getrandbits(128), version=4)) for name in op["stages"]}
    lane_ids = {name: str(uuid.UUID(int=rng.getrandbits(128), version=4)) for name in op["lanes"]}
    persona = {
        "id": op["persona"]["id"],
        "position": 0,
        "archetype": "custom",
        "custom_archetype": "",
        "name": op["persona"]["name"],
        "job_title": "",
        "company": "",
        "company_size": "",
        "industry": "",
        "age_band": "",
        "location": "",
        "quote": "",
        "bio": "",
        "goals": [],
        "pain_points": [],
        "motivations": [],
        "objections": [],
        "decision_criteria": [],
        "channels": [],
        "tools": [],
        "tags": [],
        "tech_savviness": 3,
        "influence": 3,
        "photo": None,
        "photo_mime": "",
        "created_at": now,
        "updated_at": now,
    }
    return {
        "format": "personabuilder-workspace",
        "version": 1,
        "personas": [persona],
        "journey_maps": [
            {
                "id": journey_id,
                "position": 0,
                "title": op["journey"]["title"],
                "description": "",
                "created_at": now,
                "updated_at": now,
            }
        ],
        "journey_personas": [
            {"journey_id": journey_id, "persona_id": persona["id"], "position": 0}
        ],
        "stages": [
            {
                "id": sid,
                "journey_id": journey_id,
                "position": i,
                "name": name,
                "description": "",
                "colour": "",
                "loop_to_id": None,
            }
            for i, (name, sid) in enumerate(stage_ids.items())
        ],
        "lanes": [
            {
                "id": lid,
                "journey_id": journey_id,
                "position": i,
                "kind": "text",
                "name": name,
                "colour": "",
            }
            for i, (name, lid) in enumerate(lane_ids.items())
        ],
        "cells": [
            {
                "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
                "stage_id": stage_ids[key.split("|")[0]],
                "lane_id": lane_ids[key.split("|")[1]],
                "text": text,
                "items": [],
                "evidence": None,
            }
            for key, text in op["cells"].items()
        ],
    }


def perform(services: Any, op: Op) -> None:
    """Runs ``op`` through the services (one service call that writes)."""
    from personabuilder.model import LaneKind
    from personabuilder.services import exchange
    from personabuilder.services.metrics_import import apply as apply_import
    from personabuilder.services.metrics_import import plan_import
    from personabuilder.services.readmodels import (
        CellSpec,
        JourneySpec,
        LaneSpec,
        MetricSpec,
        PersonaData,
        StageSpec,
    )

    kind = op["kind"]
    if kind == "create_persona":
        services.personas.create(PersonaData(name=op["name"]), persona_id=uuid.UUID(op["id"]))
    elif kind == "rename_persona":
        services.personas.update(uuid.UUID(op["id"]), name=op["name"])
    elif kind == "delete_persona":
        services.personas.delete(uuid.UUID(op["id"]))
    elif kind == "import_personas":
        services.personas.create_many(
            [PersonaData(name=n) for n in op["names"]], ids=[uuid.UUID(i) for i in op["ids"]]
        )
    elif kind == "create_journey":
        stages, lanes = op["stages"], op["lanes"]
        spec = JourneySpec(
            title=op["title"],
            stages=tuple(StageSpec(name) for name in stages),
            lanes=tuple(LaneSpec(LaneKind.TEXT, name) for name in lanes),
            cells={
                (stages.index(k.split("|")[0]), lanes.index(k.split("|")[1])): CellSpec(text)
                for k, text in op["cells"].items()
            },
            metrics=(MetricSpec(0, METRIC),),
        )
        services.journeys.create(spec, journey_id=uuid.UUID(op["id"]))
    elif kind == "rename_journey":
        services.journeys.rename(uuid.UUID(op["id"]), op["title"])
    elif kind == "delete_journey":
        services.journey_lifecycle.delete(uuid.UUID(op["id"]))
    elif kind == "load_exchange":
        exchange.load(services, _exchange_document(op))
    else:
        journey_id = uuid.UUID(op["journey"])
        detail = services.journeys.get(journey_id)
        stage_ids = {s.name: s.id for s in detail.stages}
        lane_ids = {ln.name: ln.id for ln in detail.lanes}
        if kind == "add_stage":
            services.journey_edit.add_stage(journey_id, op["index"], op["name"])
        elif kind == "move_stage":
            services.journey_edit.move_stage(stage_ids[op["name"]], op["index"])
        elif kind == "delete_stage":
            services.journey_edit.delete_stage(stage_ids[op["name"]])
        elif kind == "set_cell":
            services.journey_edit.set_cell(stage_ids[op["stage"]], lane_ids[op["lane"]], op["text"])
        elif kind == "import_values":
            rows = "".join(
                f"{METRIC},{op['stage']},{day[:7]},{value}\n" for day, value in op["values"].items()
            )
            plan = plan_import(detail, f"Metric,Stage,Month,Value\n{rows}".encode())
            if plan.problems:
                raise RuntimeError(f"the import was refused: {plan.problems}")
            apply_import(services.metrics, plan)
        else:
            raise ValueError(f"unknown edit {kind!r}")


def _write(journal: Any, entry: dict[str, Any]) -> None:
    journal.write(json.dumps(entry, ensure_ascii=False) + "\n")
    journal.flush()
    os.fsync(journal.fileno())


def main(argv: list[str]) -> int:
    """Edits the workspace until killed."""
    from personabuilder.services import Services
    from personabuilder.store import Workspace

    path, journal_path, seed, seq = Path(argv[0]), Path(argv[1]), int(argv[2]), int(argv[3])
    rng = random.Random(seed)
    ws = Workspace.open(path, daily_backup=False)
    services = Services.bind(ws)
    state = read_state(services)
    with journal_path.open("a", encoding="utf-8") as journal:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        while True:
            op = choose(rng, state)
            _write(journal, {"seq": seq, "phase": "intent", "op": op})
            perform(services, op)
            _write(journal, {"seq": seq, "phase": "done"})
            state = apply(state, op)
            seq += 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
