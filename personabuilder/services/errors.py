"""Errors the services raise for bad input or a refused edit; the message names the problem."""

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class ValidationError(ValueError):
    """Input that breaks a rule of the model; nothing was written."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(LookupError):
    """The object a call names does not exist (any more)."""


@dataclass(frozen=True)
class FieldConflict:
    """One field both you and a colleague changed, to different values."""

    field: str
    base: Any
    """What the field held when your edit started."""
    theirs: Any
    """What the colleague stored (the field's value now)."""
    yours: Any
    """What you wanted to store; kept here, so it is never lost."""


def _field_words(names: list[str]) -> str:
    words = [f"the {name.replace('_', ' ')}" for name in names]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


class EditConflict(Exception):
    """An edit based on an older version of a row changed fields a colleague changed too.

    Nothing was written. ``conflicts`` holds, per field, the value the edit started from,
    the colleague's and yours; ``yours`` holds every value the edit wanted to store,
    ``theirs`` the row as it is now, at ``version``, and ``merged`` the row with your other
    changes applied: to retry, choose a value for each conflicting field and edit again,
    based on ``version`` and ``theirs``.
    """

    def __init__(
        self,
        what: str,
        row_id: object,
        version: int,
        conflicts: Mapping[str, FieldConflict],
        *,
        yours: Mapping[str, Any],
        theirs: Mapping[str, Any],
        merged: Mapping[str, Any] | None = None,
        label: str = "",
    ) -> None:
        named = f"{what} “{label}”" if label else f"this {what}"
        if conflicts:
            message = (
                f"Someone else changed {_field_words(list(conflicts))} of {named} while you "
                "were editing; nothing was saved. Your text is kept: choose which version to "
                "keep and save again."
            )
        else:
            message = (
                f"Someone else kept changing {named} at the same moment; nothing was saved. "
                "Please try again."
            )
        super().__init__(message)
        self.what = what
        self.row_id = row_id
        self.version = version
        self.conflicts = dict(conflicts)
        self.yours = dict(yours)
        self.theirs = dict(theirs)
        # The row as the edit would leave it but for the conflicting fields (theirs there).
        self.merged = dict(theirs if merged is None else merged)
        self.label = label


class RowGoneError(NotFoundError):
    """The row an edit was about was deleted meanwhile; nothing was written.

    ``yours`` holds the values the edit wanted to store, so the user's text is not lost.
    """

    def __init__(
        self,
        what: str,
        row_id: uuid.UUID | None,
        *,
        label: str = "",
        yours: Mapping[str, Any] | None = None,
    ) -> None:
        named = f"The {what} “{label}”" if label else f"This {what}"
        super().__init__(f"{named} was deleted while you were editing it; nothing was saved.")
        self.what = what
        self.row_id = row_id
        self.label = label
        self.yours = dict(yours or {})
