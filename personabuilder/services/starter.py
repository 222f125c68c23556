"""Builds the demo workspace content through the services, in English or French."""

import uuid
from datetime import date

from personabuilder.model import Direction, Evidence, LaneKind, MetricUnit
from personabuilder.services import Services
from personabuilder.services.demo import get_demo
from personabuilder.services.demo.types import JourneySeed
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    StageSpec,
    persona_from_seed,
)

MONTHS_OF_VALUES = 12


def last_months(today: date, count: int) -> list[date]:
    """First days of the ``count`` complete months before ``today``, oldest first."""
    year, month = today.year, today.month
    starts: list[date] = []
    for _ in range(count):
        month -= 1
        if month == 0:
            year, month = year - 1, 12
        starts.append(date(year, month, 1))
    return starts[::-1]


def journey_spec(seed: JourneySeed, persona_ids: dict[str, uuid.UUID], today: date) -> JourneySpec:
    """Turns a seed journey into a spec the journey service creates in one go."""
    stage_index = {st["key"]: i for i, st in enumerate(seed["stages"])}
    lane_index = {ln["key"]: i for i, ln in enumerate(seed["lanes"])}
    months = last_months(today, MONTHS_OF_VALUES)
    cells: dict[tuple[int, int], CellSpec] = {}
    for stage_key, row in seed["cells"].items():
        for lane_key, cell in row.items():
            cells[(stage_index[stage_key], lane_index[lane_key])] = CellSpec(
                text=cell["text"],
                items=tuple(dict(item) for item in cell["items"]),
                evidence=Evidence(cell["evidence"]) if cell["evidence"] else None,
            )
    emotions: dict[tuple[int, uuid.UUID], tuple[int | None, int | None]] = {}
    for persona_key, scores in seed["emotions"].items():
        for i, (as_is, to_be) in enumerate(scores):
            emotions[(i, persona_ids[persona_key])] = (as_is, to_be)
    return JourneySpec(
        title=seed["title"],
        description=seed["description"],
        persona_ids=tuple(persona_ids[key] for key in seed["personas"]),
        stages=tuple(
            StageSpec(
                name=st["name"],
                description=st["description"],
                colour=st["colour"],
                loop_to=stage_index[st["loop_to"]] if st["loop_to"] else None,
            )
            for st in seed["stages"]
        ),
        lanes=tuple(LaneSpec(LaneKind(ln["kind"]), ln["name"]) for ln in seed["lanes"]),
        cells=cells,
        emotions=emotions,
        metrics=tuple(
            MetricSpec(
                stage=stage_index[m["stage"]],
                name=m["name"],
                unit=MetricUnit(m["unit"]),
                direction=Direction(m["direction"]),
                target=m["target"],
                values=tuple(zip(months, m["values"], strict=True)),
                catalogue_key=m.get("catalogue_key", ""),
            )
            for m in seed["metrics"]
        )
        + _reach_metrics(seed, stage_index, months),
    )


def _reach_metrics(
    seed: JourneySeed, stage_index: dict[str, int], months: list[date]
) -> tuple[MetricSpec, ...]:
    """The funnel's "accounts reaching the stage" metric on each stage that has numbers."""
    name = seed.get("reach_metric")
    if not name:
        return ()
    from personabuilder.services.demo.reach import REACH, TARGETS

    return tuple(
        MetricSpec(
            stage=stage_index[key],
            name=name,
            target=TARGETS[key],
            values=tuple(zip(months, values, strict=True)),
            catalogue_key="stage_reach",
        )
        for key, values in REACH.items()
        if key in stage_index
    )


def build_demo(services: Services, lang: str, *, today: date | None = None) -> None:
    """Fills a workspace with the demo personas and journeys in ``lang``."""
    content = get_demo(lang)
    today = today or date.today()
    persona_ids: dict[str, uuid.UUID] = {}
    for seed in content["personas"]:
        persona_ids[seed["key"]] = services.personas.create(persona_from_seed(seed)).id
    for journey in content["journeys"]:
        services.journeys.create(journey_spec(journey, persona_ids, today))
    services.workspace.set_setting("language", "fr" if lang.startswith("fr") else "en")
