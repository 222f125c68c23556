"""Periods of metric values: period starts, gaps, aligned series and period-over-period change.

A series maps the first day of a period to its value (``None``: the period is known but has no
value). With a granularity, any day is first moved to the start of its period: Monday for a
week, the 1st for a month, 1 January/April/July/October for a quarter.
"""

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from personabuilder.analytics._inputs import checked, percent
from personabuilder.analytics.result import Input, NotAvailable, Reason, Result
from personabuilder.model import Granularity

Series = Mapping[date, float | None]
"""Metric values keyed by the first day of their period."""

_MONTHS_PER_PERIOD = {Granularity.MONTH: 1, Granularity.QUARTER: 3}


def period_start(day: date, granularity: Granularity) -> date:
    """The first day of the period (week from Monday, month, quarter) that contains ``day``."""
    if granularity == Granularity.WEEK:
        return day - timedelta(days=day.weekday())
    months = _MONTHS_PER_PERIOD[granularity]
    return date(day.year, (day.month - 1) // months * months + 1, 1)


def shift_period(day: date, granularity: Granularity, steps: int) -> date:
    """The start of the period ``steps`` periods after the one containing ``day`` (may be < 0)."""
    start = period_start(day, granularity)
    if granularity == Granularity.WEEK:
        return start + timedelta(weeks=steps)
    index = start.year * 12 + start.month - 1 + steps * _MONTHS_PER_PERIOD[granularity]
    return date(index // 12, index % 12 + 1, 1)


def next_period(day: date, granularity: Granularity) -> date:
    """The start of the period after the one containing ``day``."""
    return shift_period(day, granularity, 1)


def previous_period(day: date, granularity: Granularity) -> date:
    """The start of the period before the one containing ``day``."""
    return shift_period(day, granularity, -1)


def period_range(first: date, last: date, granularity: Granularity) -> list[date]:
    """Starts of every period from the one containing ``first`` to the one containing ``last``."""
    current, end = period_start(first, granularity), period_start(last, granularity)
    starts: list[date] = []
    while current <= end:
        starts.append(current)
        current = next_period(current, granularity)
    return starts


def series_from_pairs(pairs: Iterable[tuple[date, float | None]]) -> dict[date, float | None]:
    """A series from ``(period, value)`` pairs, such as ``MetricView.values``; a repeat wins."""
    return dict(pairs)


def normalize(series: Series, granularity: Granularity) -> dict[date, float | None]:
    """The series keyed by period starts; of two days in one period, the later one wins."""
    return {period_start(day, granularity): series[day] for day in sorted(series)}


def missing_periods(
    periods: Series | Iterable[date],
    granularity: Granularity,
    *,
    first: date | None = None,
    last: date | None = None,
) -> list[date]:
    """Starts of the periods between ``first`` and ``last`` that have no value.

    The bounds default to the earliest and latest period given; a series entry whose value is
    ``None`` counts as missing.
    """
    known = [period_start(day, granularity) for day in periods]
    if isinstance(periods, Mapping):
        present = {period_start(d, granularity) for d, v in periods.items() if v is not None}
    else:
        present = set(known)
    if first is None:
        first = min(known, default=None)
    if last is None:
        last = max(known, default=None)
    if first is None or last is None:
        return []
    return [p for p in period_range(first, last, granularity) if p not in present]


def _periods(
    all_series: Iterable[Series], granularity: Granularity | None
) -> tuple[list[date], list[dict[date, float | None]]]:
    if granularity is None:
        keyed = [dict(s) for s in all_series]
        return sorted({day for s in keyed for day in s}), keyed
    keyed = [normalize(s, granularity) for s in all_series]
    days = [day for s in keyed for day in s]
    if not days:
        return [], keyed
    return period_range(min(days), max(days), granularity), keyed


def align(
    a: Series, b: Series, granularity: Granularity | None = None
) -> list[tuple[date, float | None, float | None]]:
    """``(period, value in a, value in b)`` for every period of either series, oldest first.

    Without a granularity only the periods present in either series are listed; with one, the
    days are moved to period starts and the gaps in between are listed too (``None`` values).
    """
    periods, (na, nb) = _periods((a, b), granularity)
    return [(p, na.get(p), nb.get(p)) for p in periods]


def value_at(series: Series, period: date) -> Result:
    """The value of one period, not available (missing period) when absent or ``None``."""
    value = series.get(period)
    if value is None:
        return NotAvailable(Reason.MISSING_PERIOD)
    return value


def per_period(
    metric: Callable[..., Result], *series: Series, granularity: Granularity | None = None
) -> dict[date, Result]:
    """Applies ``metric`` period by period to values taken from each series, in order.

    The periods are those of :func:`align`; a period missing from one series gives a
    not-available result (missing period) for that period only.
    """
    periods, keyed = _periods(series, granularity)
    return {p: metric(*(value_at(s, p) for s in keyed)) for p in periods}


def latest_period(series: Series) -> date | None:
    """The most recent period of the series (even if its value is ``None``), if any."""
    return max(series, default=None)


@dataclass(frozen=True)
class Change:
    """How a value moved from one period to the next."""

    absolute: Result
    """Current minus previous, in the metric's unit (percentage points for a percent)."""
    relative: Result
    """The absolute change as a percentage of the previous value's size."""


def change(current: Input, previous: Input) -> Change:
    """The absolute and relative (%) change from ``previous`` to ``current``."""
    values = checked(current, previous, allow_negative=True)
    if isinstance(values, NotAvailable):
        return Change(values, values)
    now, before = values
    # The size of the previous value is the base, so a rise from -10 to -5 reads as +50 %.
    return Change(now - before, percent(now - before, abs(before)))


def period_over_period(
    series: Series, granularity: Granularity, period: date | None = None
) -> Change:
    """The change from the period before ``period`` (default: the latest) to ``period``."""
    keyed = normalize(series, granularity)
    if period is None:
        period = latest_period(keyed)
        if period is None:
            gone = NotAvailable(Reason.NO_DATA)
            return Change(gone, gone)
    period = period_start(period, granularity)
    return change(value_at(keyed, period), value_at(keyed, previous_period(period, granularity)))
