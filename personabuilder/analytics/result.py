"""The typed "not available" answer every analytics function gives instead of a wrong number."""

from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Why a figure cannot be computed (a code the UI turns into words)."""

    MISSING_VALUE = "missing_value"
    MISSING_PERIOD = "missing_period"
    NO_DATA = "no_data"
    ZERO_DENOMINATOR = "zero_denominator"
    NEGATIVE_INPUT = "negative_input"
    OUT_OF_RANGE = "out_of_range"
    INVALID_VALUE = "invalid_value"


@dataclass(frozen=True)
class NotAvailable:
    """A figure that cannot be computed from the data given, and why."""

    reason: Reason


Result = float | NotAvailable
"""What an analytics function returns: a number, or why there is none."""

Input = float | NotAvailable | None
"""What an analytics function accepts: ``None`` is a missing value, ``NotAvailable`` passes on."""


def or_none(result: Result) -> float | None:
    """The number, or ``None`` when not available (for charts and templates)."""
    return None if isinstance(result, NotAvailable) else result
