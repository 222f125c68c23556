"""The set of services bound to one workspace."""

from dataclasses import dataclass

from personabuilder.services.journeys import JourneyService
from personabuilder.services.personas import PersonaService
from personabuilder.services.unit import UnitOfWork
from personabuilder.services.workspace import WorkspaceService


@dataclass(frozen=True)
class Services:
    """Every service bound to one workspace; built by the composition root."""

    personas: PersonaService
    journeys: JourneyService
    workspace: WorkspaceService

    @classmethod
    def bind(cls, uow: UnitOfWork) -> "Services":
        """Services working on ``uow``'s workspace."""
        return cls(PersonaService(uow), JourneyService(uow), WorkspaceService(uow))
