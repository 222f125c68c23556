"""Emotion score verbs: set or clear how a persona feels at a stage (one transaction)."""

import uuid

from personabuilder.model.tables import EmotionScore, JourneyMap, JourneyPersona, Persona, Stage
from personabuilder.model.types import utcnow
from personabuilder.services import validation as v
from personabuilder.services.conflicts import retry_stale
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.unit import UnitOfWork

ScorePair = tuple[int | None, int | None]


class EmotionService:
    """Emotion scores of journey maps, per stage and linked persona."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    @retry_stale("emotion score")
    def set_score(
        self,
        stage_id: uuid.UUID,
        persona_id: uuid.UUID,
        *,
        as_is: int | None,
        to_be: int | None,
    ) -> ScorePair:
        """Stores a persona's scores at a stage; both None removes them. Returns the old pair."""
        for value, label in ((as_is, "As-is score"), (to_be, "To-be score")):
            if value is not None:
                v.score("emotions", value, label, -2, 2)
        with self._uow.transaction() as s:
            stage = s.get(Stage, stage_id)
            if stage is None:
                raise NotFoundError("This stage no longer exists.")
            if s.get(JourneyPersona, (stage.journey_id, persona_id)) is None:
                persona = s.get(Persona, persona_id)
                if persona is None:
                    raise NotFoundError("This persona no longer exists.")
                raise ValidationError("persona", f"{persona.name} is not linked to this map.")
            row = s.get(EmotionScore, (stage_id, persona_id))
            before: ScorePair = (None, None) if row is None else (row.as_is, row.to_be)
            if as_is is None and to_be is None:
                if row is not None:
                    s.delete(row)
            elif row is None:
                s.add(
                    EmotionScore(stage_id=stage_id, persona_id=persona_id, as_is=as_is, to_be=to_be)
                )
            else:
                row.as_is, row.to_be = as_is, to_be
                s.add(row)
            journey = s.get(JourneyMap, stage.journey_id)
            if journey is not None:
                journey.updated_at = utcnow()
                s.add(journey)
            return before
