"""Checks shared by the analytics functions: bad inputs become a NotAvailable, never a crash."""

import math

from personabuilder.analytics.result import Input, NotAvailable, Reason, Result


def checked(*values: Input, allow_negative: bool = False) -> tuple[float, ...] | NotAvailable:
    """The inputs as floats, or why the first unusable one cannot be used."""
    numbers: list[float] = []
    for value in values:
        if isinstance(value, NotAvailable):
            return value
        if value is None:
            return NotAvailable(Reason.MISSING_VALUE)
        numbers.append(float(value))
    if not all(math.isfinite(n) for n in numbers):
        return NotAvailable(Reason.INVALID_VALUE)
    if not allow_negative and any(n < 0 for n in numbers):
        return NotAvailable(Reason.NEGATIVE_INPUT)
    return tuple(numbers)


def percent(part: float, whole: float) -> Result:
    """``part`` as a percentage (0..100) of ``whole``."""
    if whole == 0:
        return NotAvailable(Reason.ZERO_DENOMINATOR)
    # Multiplying first keeps exact cases exact (7 of 8 gives 87.5, not 87.49999…).
    return 100.0 * part / whole


def ratio(numerator: float, denominator: float) -> Result:
    """``numerator / denominator``, not available when the denominator is zero."""
    if denominator == 0:
        return NotAvailable(Reason.ZERO_DENOMINATOR)
    return numerator / denominator
