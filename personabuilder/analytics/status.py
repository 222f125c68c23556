"""A metric's status against its target, respecting the way the metric improves.

A value that meets or beats the target in the metric's direction is on track; one that
misses it by no more than ``tolerance`` times the target's size (0.1: 10 % of the target)
is at risk; beyond that it is off track. A target of 0 has no at-risk band, so missing it
at all is off track. No value, no target, or a value that is not a finite number gives
not available.
"""

import math
from datetime import date
from enum import StrEnum

from personabuilder.analytics.periods import (
    Series,
    latest_period,
    normalize,
    period_start,
    value_at,
)
from personabuilder.analytics.result import Input, NotAvailable
from personabuilder.model import Direction, Granularity

# Float noise (0.1 * 3.5 is 0.35000000000000003) must not move a value across a boundary.
_REL_TOL = 1e-9
_ABS_TOL = 1e-12


class Status(StrEnum):
    """Where a metric stands against its target."""

    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    NOT_AVAILABLE = "not_available"


def _close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=_REL_TOL, abs_tol=_ABS_TOL)


def target_status(
    value: Input, target: float | None, direction: Direction, tolerance: float = 0.1
) -> Status:
    """On track, at risk or off track for ``value`` against ``target`` in ``direction``.

    ``tolerance`` is a fraction of the target (0.1 = 10 %); a negative or non-finite one is
    a programming error and raises ``ValueError``.
    """
    if not math.isfinite(tolerance) or tolerance < 0:
        raise ValueError(f"tolerance must be a finite number >= 0, not {tolerance!r}")
    if value is None or isinstance(value, NotAvailable) or target is None:
        return Status.NOT_AVAILABLE
    if not (math.isfinite(value) and math.isfinite(target)):
        return Status.NOT_AVAILABLE
    shortfall = target - value if direction == Direction.HIGHER_IS_BETTER else value - target
    if shortfall <= 0 or _close(value, target):
        return Status.ON_TRACK
    allowed = tolerance * abs(target)
    if shortfall <= allowed or _close(shortfall, allowed):
        return Status.AT_RISK
    return Status.OFF_TRACK


def latest_status(
    series: Series,
    target: float | None,
    direction: Direction,
    tolerance: float = 0.1,
    *,
    period: date | None = None,
    granularity: Granularity | None = None,
) -> Status:
    """The status of the most recent period (or of ``period``) of a metric's values.

    With ``period`` given, that period must have a value; a gap is not available, as is an
    empty series. With ``granularity``, the series' days and ``period`` are first moved to
    the start of their periods.
    """
    if granularity is not None:
        series = normalize(series, granularity)
        if period is not None:
            period = period_start(period, granularity)
    if period is None:
        period = latest_period(series)
        if period is None:
            return Status.NOT_AVAILABLE
    return target_status(value_at(series, period), target, direction, tolerance)
