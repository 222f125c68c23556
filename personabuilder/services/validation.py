"""Checks shared by the services, run before anything is written."""

from personabuilder.model.tables import NAME_MAX, TEXT_MAX
from personabuilder.services.errors import ValidationError

LIST_ITEMS_MAX = 200


def required_name(field: str, value: str, label: str) -> str:
    """A trimmed, non-empty name of bounded length."""
    value = value.strip()
    if not value:
        raise ValidationError(field, f"{label} is required.")
    return bounded(field, value, label, NAME_MAX)


def bounded(field: str, value: str, label: str, limit: int = TEXT_MAX) -> str:
    """``value`` unless it is longer than ``limit`` characters."""
    if len(value) > limit:
        raise ValidationError(
            field, f"{label} is {len(value):,} characters long; the limit is {limit:,}."
        )
    return value


def score(field: str, value: int, label: str, low: int, high: int) -> int:
    """An integer within ``low``..``high``."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(field, f"{label} must be a whole number from {low} to {high}.")
    return value


def text_list(field: str, values: tuple[str, ...] | list[str], label: str) -> list[str]:
    """A list of bounded strings, blanks dropped."""
    if len(values) > LIST_ITEMS_MAX:
        raise ValidationError(field, f"{label} has more than {LIST_ITEMS_MAX} entries.")
    return [bounded(field, v.strip(), label, NAME_MAX * 5) for v in values if v.strip()]
