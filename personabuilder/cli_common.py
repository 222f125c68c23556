"""What the command-line modules share: their error type and how a command's argument names a
journey map or a persona (its title or name in any case, or its id)."""

import uuid
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from personabuilder.services import Services


class CliError(Exception):
    """A problem the user can fix; its message is printed as the one error line."""


def find_id(
    rows: Sequence[Any], name: str, label: Callable[[Any], str], missing: str, several: str
) -> uuid.UUID:
    """The row whose id is ``name`` or whose label is ``name`` (any case), else CliError.

    ``missing`` and ``several`` are the error lines, formatted with ``name`` and ``known``.
    """
    try:
        wanted = uuid.UUID(name)
    except ValueError:
        matches = [r for r in rows if label(r).casefold() == name.strip().casefold()]
    else:
        matches = [r for r in rows if r.id == wanted]
    if not matches:
        known = ", ".join(repr(label(r)) for r in rows) or "none"
        raise CliError(missing.format(name=name, known=known))
    if len(matches) > 1:
        raise CliError(several.format(name=name))
    found: uuid.UUID = matches[0].id
    return found


def journey_id(services: "Services", name: str) -> uuid.UUID:
    """The journey map titled ``name`` (any case) or with that id."""
    return find_id(
        services.listing.journeys(),
        name,
        lambda j: j.title,
        "no journey map {name!r} in this workspace (maps: {known})",
        "several journey maps are titled {name!r}; give its id instead",
    )


def persona_id(services: "Services", name: str) -> uuid.UUID:
    """The persona named ``name`` (any case) or with that id."""
    return find_id(
        services.listing.personas(),
        name,
        lambda p: p.name,
        "no persona {name!r} in this workspace (personas: {known})",
        "several personas are named {name!r}; give its id instead",
    )
