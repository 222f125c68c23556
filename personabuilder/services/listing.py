"""Lists of personas and journey maps: counts and pages, answered without the ORM."""

import uuid
from typing import Literal

from personabuilder.model import Archetype
from personabuilder.model.search import fold
from personabuilder.services.errors import NotFoundError
from personabuilder.services.readmodels import JourneySummary, PersonaSummary
from personabuilder.services.unit import UnitOfWork

PersonaSort = Literal["position", "name", "archetype", "updated"]


class ListingService:
    """What lists show, read through the store's plain-SQL listing reader (fast to start)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def persona_counts(self) -> dict[Archetype, int]:
        """How many personas each archetype has (archetypes with none are left out)."""
        return {Archetype(a): n for a, n in self._uow.listing().persona_counts().items()}

    def personas(
        self,
        *,
        archetype: Archetype | None = None,
        offset: int = 0,
        limit: int | None = None,
        search: str = "",
        tag: str | None = None,
        sort: PersonaSort = "position",
    ) -> list[PersonaSummary]:
        """Personas a page at a time, filtered by archetype, search words and tag, sorted."""
        rows = self._uow.listing().personas(
            archetype.value if archetype is not None else None,
            offset,
            limit,
            search=fold(search),
            tag=tag,
            sort=sort,
        )
        return [
            PersonaSummary(pid, name, Archetype(kind), custom, job, company, updated)
            for pid, name, kind, custom, job, company, updated in rows
        ]

    def persona_count(
        self, *, archetype: Archetype | None = None, search: str = "", tag: str | None = None
    ) -> int:
        """How many personas the same filters let through."""
        return self._uow.listing().persona_count(
            archetype.value if archetype is not None else None, search=fold(search), tag=tag
        )

    def tags(self) -> list[str]:
        """Every tag in use, for completion and the tag filter."""
        return self._uow.listing().tags()

    def persona(self, persona_id: uuid.UUID) -> PersonaSummary:
        """One persona as lists show it."""
        row = self._uow.listing().persona(persona_id)
        if row is None:
            raise NotFoundError("This persona no longer exists.")
        pid, name, kind, custom, job, company, updated = row
        return PersonaSummary(pid, name, Archetype(kind), custom, job, company, updated)

    def journey_count(self) -> int:
        """How many journey maps there are."""
        return self._uow.listing().journey_count()

    def journeys(self, *, offset: int = 0, limit: int | None = None) -> list[JourneySummary]:
        """Journey maps in their order, a page at a time."""
        return [JourneySummary(*row) for row in self._uow.listing().journeys(offset, limit)]

    def journey(self, journey_id: uuid.UUID) -> JourneySummary:
        """One journey map as lists show it."""
        row = self._uow.listing().journey(journey_id)
        if row is None:
            raise NotFoundError("This journey map no longer exists.")
        return JourneySummary(*row)
