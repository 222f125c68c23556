"""No stored text holds NUL, on a file and on the team server alike (PostgreSQL's text type
cannot hold it, so a file must not either: copies and publish move rows between them)."""

from personabuilder.model import LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneySpec, LaneSpec, PersonaData, StageSpec


def test_nul_is_dropped_from_text_and_json_lists_as_rows_are_written(
    services: Services,
) -> None:
    data = PersonaData(name="Ma\x00ria", quote="a\x00b", goals=["x\x00y", "plain"])
    persona = services.personas.create(data)
    got = services.personas.get(persona.id).data
    assert (got.name, got.quote, list(got.goals)) == ("Maria", "ab", ["xy", "plain"])

    journey_id = services.journeys.create(
        JourneySpec(
            title="T\x00",
            stages=(StageSpec(name="S\x00tage"),),
            lanes=(LaneSpec(kind=LaneKind.PAIN_POINTS, name="Pains"),),
        )
    )
    detail = services.journeys.get(journey_id)
    stage, lane = detail.stages[0].id, detail.lanes[0].id
    services.journey_edit.set_cell(
        stage, lane, "c\x00ell", [{"text": "slow\x00 form", "severity": 3}]
    )
    detail = services.journeys.get(journey_id)
    cell = detail.cell(stage, lane)
    assert cell is not None
    assert (detail.title, detail.stages[0].name, cell.text) == ("T", "Stage", "cell")
    assert cell.items[0]["text"] == "slow form"

    # An update goes through the same door.
    services.personas.edit(persona.id, {"bio": "b\x00io"}, None)
    assert services.personas.get(persona.id).data.bio == "bio"
