"""The set of services bound to one workspace; ORM-backed ones load on first use."""

from functools import cached_property
from typing import TYPE_CHECKING

from personabuilder.services.listing import ListingService
from personabuilder.services.unit import UnitOfWork

if TYPE_CHECKING:
    from personabuilder.services.branding import BrandingService
    from personabuilder.services.emotions import EmotionService
    from personabuilder.services.journey_edit import JourneyEditService
    from personabuilder.services.journeys import JourneyService
    from personabuilder.services.metrics import MetricsService
    from personabuilder.services.personas import PersonaService
    from personabuilder.services.snapshots import JourneyLifecycle, SnapshotService
    from personabuilder.services.workshop import WorkshopService
    from personabuilder.services.workspace import WorkspaceService


class Services:
    """Every service bound to one workspace; built by the composition root."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow
        self.listing = ListingService(uow)

    @classmethod
    def bind(cls, uow: UnitOfWork) -> "Services":
        """Services working on ``uow``'s workspace."""
        return cls(uow)

    # SQLAlchemy loads with the first of these, not when a workspace is listed.
    @cached_property
    def personas(self) -> "PersonaService":
        """Persona verbs."""
        from personabuilder.services.personas import PersonaService

        return PersonaService(self._uow)

    @cached_property
    def journeys(self) -> "JourneyService":
        """Journey map verbs."""
        from personabuilder.services.journeys import JourneyService

        return JourneyService(self._uow)

    @cached_property
    def branding(self) -> "BrandingService":
        """The deliverables' branding: company name, accent colour, logo."""
        from personabuilder.services.branding import BrandingService

        return BrandingService(self._uow)

    @cached_property
    def metrics(self) -> "MetricsService":
        """Stage metrics and their values."""
        from personabuilder.services.metrics import MetricsService

        return MetricsService(self._uow)

    @cached_property
    def workspace(self) -> "WorkspaceService":
        """Workspace-wide facts and settings."""
        from personabuilder.services.workspace import WorkspaceService

        return WorkspaceService(self._uow)

    @cached_property
    def snapshots(self) -> "SnapshotService":
        """Journey map snapshots."""
        from personabuilder.services.snapshots import SnapshotService

        return SnapshotService(self._uow)

    @cached_property
    def journey_lifecycle(self) -> "JourneyLifecycle":
        """Deleting and restoring whole journey maps."""
        from personabuilder.services.snapshots import JourneyLifecycle

        return JourneyLifecycle(self._uow)

    @cached_property
    def journey_edit(self) -> "JourneyEditService":
        """Editing verbs of journey maps: stages, lanes, cells, loops, evidence."""
        from personabuilder.services.journey_edit import JourneyEditService

        return JourneyEditService(self._uow)

    @cached_property
    def emotions(self) -> "EmotionService":
        """Emotion scores per stage and persona."""
        from personabuilder.services.emotions import EmotionService

        return EmotionService(self._uow)

    @cached_property
    def workshop(self) -> "WorkshopService":
        """Workshop sessions, captured items, dot votes and emotion changes."""
        from personabuilder.services.workshop import WorkshopService

        return WorkshopService(self._uow)
