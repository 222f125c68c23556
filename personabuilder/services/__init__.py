"""Services: the verbs of PersonaBuilder, Qt-free, one transaction each.

The package itself is cheap to import (read models, errors); the services, which need
SQLAlchemy, load on first use so the window can show before they do.
"""

from typing import TYPE_CHECKING

from personabuilder.services.errors import NotFoundError, ValidationError

if TYPE_CHECKING:
    from personabuilder.services.container import Services

__all__ = ["NotFoundError", "Services", "ValidationError"]


def __getattr__(name: str) -> object:
    if name == "Services":
        from personabuilder.services.container import Services

        return Services
    raise AttributeError(f"module 'personabuilder.services' has no attribute {name!r}")
