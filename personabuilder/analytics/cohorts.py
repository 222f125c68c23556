"""Cohort retention: the share of each cohort still retained a number of periods after it began."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from personabuilder.analytics._inputs import checked, percent
from personabuilder.analytics.result import NotAvailable, Reason, Result

CohortKey = TypeVar("CohortKey", date, str)


@dataclass(frozen=True)
class CohortMatrix(Generic[CohortKey]):
    """Retention percentages per cohort (rows) and period offset (columns from 0)."""

    cohorts: tuple[CohortKey, ...]
    """Cohort dates or labels, in the order they first appear in the rows."""
    offsets: tuple[int, ...]
    """0, 1, … up to the largest offset of any cohort."""
    sizes: tuple[Result, ...]
    """Each cohort's count at offset 0."""
    retention: tuple[tuple[Result, ...], ...]
    """``retention[i][k]``: percentage of cohort ``i`` retained at offset ``k`` (100 at 0)."""

    def cell(self, cohort: CohortKey, offset: int) -> Result:
        """The retention of one cohort at one offset (missing period when outside the matrix)."""
        if cohort not in self.cohorts or not 0 <= offset < len(self.offsets):
            return NotAvailable(Reason.MISSING_PERIOD)
        return self.retention[self.cohorts.index(cohort)][offset]


def _cell(counts: dict[int, float | None], offset: int, size: Result, allow_growth: bool) -> Result:
    if isinstance(size, NotAvailable):
        return size
    if offset not in counts:
        return NotAvailable(Reason.MISSING_PERIOD)
    retained = checked(counts[offset])
    if isinstance(retained, NotAvailable):
        return retained
    if retained[0] > size and not allow_growth:
        return NotAvailable(Reason.OUT_OF_RANGE)
    return percent(retained[0], size)


def cohort_retention(
    rows: Iterable[tuple[CohortKey, int, float | None]], *, allow_growth: bool = False
) -> CohortMatrix[CohortKey]:
    """Builds the retention matrix from ``(cohort, period offset, retained count)`` rows.

    Offset 0 holds the cohort's size (100 %). Offsets a cohort has no row for (a young
    cohort's future, a gap) are not available (missing period); so is a whole cohort
    without an offset-0 row. A count above the cohort's size is out of range unless
    ``allow_growth`` (revenue cohorts grow with expansion). A negative offset or a
    repeated ``(cohort, offset)`` is a caller's mistake and raises ``ValueError``.
    """
    table: dict[CohortKey, dict[int, float | None]] = {}
    for cohort, offset, retained in rows:
        if offset < 0:
            raise ValueError(f"cohort {cohort!r}: negative period offset {offset}")
        counts = table.setdefault(cohort, {})
        if offset in counts:
            raise ValueError(f"cohort {cohort!r}: offset {offset} given twice")
        counts[offset] = retained
    offsets = tuple(range(max((o for c in table.values() for o in c), default=-1) + 1))
    sizes: list[Result] = []
    retention: list[tuple[Result, ...]] = []
    for counts in table.values():
        if 0 in counts:
            size_values = checked(counts[0])
            size: Result = size_values if isinstance(size_values, NotAvailable) else size_values[0]
        else:
            size = NotAvailable(Reason.MISSING_PERIOD)
        sizes.append(size)
        retention.append(tuple(_cell(counts, k, size, allow_growth) for k in offsets))
    return CohortMatrix(tuple(table), offsets, tuple(sizes), tuple(retention))
