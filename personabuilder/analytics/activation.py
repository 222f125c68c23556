"""Time to first value: days from sign-up until an account first gets value from the product."""

import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from personabuilder.analytics._inputs import checked
from personabuilder.analytics.result import NotAvailable, Reason, Result


@dataclass(frozen=True)
class TimeToValue:
    """Median and mean days to first value over the accounts that reached it."""

    median: Result
    mean: Result
    count: int
    """Durations used."""
    skipped: int
    """``None`` durations left out (accounts that have not reached first value)."""


def days_to_first_value(signed_up: date | None, first_value: date | None) -> Result:
    """Days from sign-up to first value (fractional for datetimes); missing if either is."""
    if signed_up is None or first_value is None:
        return NotAvailable(Reason.MISSING_VALUE)
    days = (first_value - signed_up).total_seconds() / 86400
    return NotAvailable(Reason.NEGATIVE_INPUT) if days < 0 else days


def time_to_first_value(durations: Iterable[float | None]) -> TimeToValue:
    """Median and mean of day counts, ignoring ``None``; no durations gives not available."""
    given = list(durations)
    present = [d for d in given if d is not None]
    skipped = len(given) - len(present)
    if not present:
        gone = NotAvailable(Reason.NO_DATA)
        return TimeToValue(gone, gone, 0, skipped)
    values = checked(*present)
    # A negative duration (value before sign-up) is bad data: no figure rather than a wrong one.
    if isinstance(values, NotAvailable):
        return TimeToValue(values, values, len(present), skipped)
    return TimeToValue(
        float(statistics.median(values)), statistics.fmean(values), len(values), skipped
    )
