"""What the services are given by the store: transactions, read snapshots, list reads."""

import uuid
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlmodel import Session


# The store's listing reader returns these rows (it cannot import this layer's types).
# (id, name, archetype, custom archetype, job title, company, updated at)
PersonaRow = tuple[uuid.UUID, str, str, str, str, str, datetime]
# (id, title, stage count, updated at)
JourneyRow = tuple[uuid.UUID, str, int, datetime]


class ListReader(Protocol):
    """Plain reads for lists; no ORM needed."""

    def persona_counts(self) -> dict[str, int]:
        """Personas per archetype value."""
        ...

    def personas(
        self,
        archetype: str | None,
        offset: int,
        limit: int | None,
        *,
        search: str = "",
        tag: str | None = None,
        sort: str = "position",
    ) -> list[PersonaRow]:
        """A page of personas, filtered (``search`` folded) and sorted."""
        ...

    def persona_count(
        self, archetype: str | None = None, *, search: str = "", tag: str | None = None
    ) -> int:
        """How many personas pass the filters."""
        ...

    def tags(self) -> list[str]:
        """Every tag in use."""
        ...

    def persona(self, persona_id: uuid.UUID) -> PersonaRow | None:
        """One persona's row."""
        ...

    def journey_count(self) -> int:
        """Number of journey maps."""
        ...

    def journeys(self, offset: int, limit: int | None) -> list[JourneyRow]:
        """A page of journey maps in list order."""
        ...

    def journey(self, journey_id: uuid.UUID) -> JourneyRow | None:
        """One journey map's row."""
        ...


class UnitOfWork(Protocol):
    """What a service needs from the store."""

    def transaction(self) -> AbstractContextManager["Session"]:
        """A session committed at the end of the block, rolled back on error."""
        ...

    def reading(self) -> AbstractContextManager["Session"]:
        """A session for reads only."""
        ...

    def listing(self) -> ListReader:
        """Plain list reads."""
        ...
