"""Emotion scores set, cleared and refused on a real demo workspace file."""

import uuid

import pytest

from personabuilder.services import Services
from personabuilder.services.emotions import EmotionService
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace


def _maps(services: Services) -> list[JourneyDetail]:
    return [services.journeys.get(j.id) for j in services.listing.journeys()]


def _scores(detail: JourneyDetail) -> dict[tuple[uuid.UUID, uuid.UUID], tuple[int | None, ...]]:
    return {(e.stage_id, e.persona_id): (e.as_is, e.to_be) for e in detail.emotions}


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace."""
    return Services.bind(demo_workspace)


@pytest.fixture
def emotions(demo_workspace: Workspace) -> EmotionService:
    """The emotion service on the demo copy."""
    return EmotionService(demo_workspace)


def test_set_changes_score_and_returns_previous(
    services: Services, emotions: EmotionService
) -> None:
    detail = _maps(services)[0]
    stage, persona = detail.stages[0], detail.personas[0]
    old = _scores(detail)[stage.id, persona.id]

    assert emotions.set_score(stage.id, persona.id, as_is=-2, to_be=2) == old

    after = services.journeys.get(detail.id)
    assert _scores(after)[stage.id, persona.id] == (-2, 2)
    assert after.updated_at > detail.updated_at
    # Every other score is untouched.
    others = {k: s for k, s in _scores(after).items() if k != (stage.id, persona.id)}
    assert others == {k: s for k, s in _scores(detail).items() if k != (stage.id, persona.id)}

    assert emotions.set_score(stage.id, persona.id, as_is=old[0], to_be=old[1]) == (-2, 2)
    assert _scores(services.journeys.get(detail.id)) == _scores(detail)


def test_both_none_deletes_row_and_setting_again_creates_it(
    services: Services, emotions: EmotionService
) -> None:
    detail = _maps(services)[0]
    stage, persona = detail.stages[3], detail.personas[1]
    old = _scores(detail)[stage.id, persona.id]

    assert emotions.set_score(stage.id, persona.id, as_is=None, to_be=None) == old
    assert (stage.id, persona.id) not in _scores(services.journeys.get(detail.id))
    # Clearing an absent row reports that there was none.
    assert emotions.set_score(stage.id, persona.id, as_is=None, to_be=None) == (None, None)

    assert emotions.set_score(stage.id, persona.id, as_is=1, to_be=None) == (None, None)
    assert _scores(services.journeys.get(detail.id))[stage.id, persona.id] == (1, None)


@pytest.mark.parametrize(
    ("as_is", "to_be"),
    [(3, None), (None, -3), (1.5, 0), (True, None)],
)
def test_out_of_range_scores_are_refused(
    services: Services, emotions: EmotionService, as_is: object, to_be: object
) -> None:
    detail = _maps(services)[0]
    stage, persona = detail.stages[0], detail.personas[0]
    with pytest.raises(ValidationError, match="whole number from -2 to 2"):
        emotions.set_score(stage.id, persona.id, as_is=as_is, to_be=to_be)  # type: ignore[arg-type]
    assert services.journeys.get(detail.id) == detail


def test_unlinked_persona_is_refused(services: Services, emotions: EmotionService) -> None:
    first, second = _maps(services)
    linked = {p.id for p in second.personas}
    outsider = next(p for p in first.personas if p.id not in linked)
    with pytest.raises(ValidationError, match="is not linked to this map") as caught:
        emotions.set_score(second.stages[0].id, outsider.id, as_is=1, to_be=None)
    assert outsider.name in str(caught.value)
    assert services.journeys.get(second.id) == second


def test_missing_stage_or_persona_is_not_found(
    services: Services, emotions: EmotionService
) -> None:
    detail = _maps(services)[0]
    with pytest.raises(NotFoundError):
        emotions.set_score(uuid.uuid4(), detail.personas[0].id, as_is=1, to_be=None)
    with pytest.raises(NotFoundError):
        emotions.set_score(detail.stages[0].id, uuid.uuid4(), as_is=1, to_be=None)
    assert services.journeys.get(detail.id) == detail
