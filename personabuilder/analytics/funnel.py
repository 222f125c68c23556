"""Stage-to-stage conversion and drop-off through a journey's funnel, and trial-to-paid."""

from collections.abc import Sequence
from dataclasses import dataclass

from personabuilder.analytics._inputs import checked, percent
from personabuilder.analytics.result import Input, NotAvailable, Result


def conversion_rate(from_count: Input, to_count: Input) -> Result:
    """Percentage of ``from_count`` that reached the next step (``to_count``).

    Counts of one period need not be nested (this month's customers may come from last
    month's trials), so the rate may exceed 100; it is reported as measured.
    """
    values = checked(from_count, to_count)
    if isinstance(values, NotAvailable):
        return values
    before, after = values
    return percent(after, before)


def trial_to_paid(trials: Input, paid: Input) -> Result:
    """Percentage of trials that became paying customers."""
    return conversion_rate(trials, paid)


@dataclass(frozen=True)
class StepConversion:
    """Conversion and drop-off between two consecutive funnel stages (indices into the input)."""

    from_stage: int
    to_stage: int
    conversion: Result
    """Percentage of the earlier stage's count found at the later stage."""
    drop_off: Result
    """Count lost between the two stages (negative when the later stage is larger)."""
    drop_off_rate: Result
    """Percentage of the earlier stage's count lost: 100 minus the conversion."""
    from_first: Result
    """Percentage of the first stage's count found at the later stage (cumulative)."""


def _drop_off(from_count: Input, to_count: Input) -> Result:
    values = checked(from_count, to_count)
    if isinstance(values, NotAvailable):
        return values
    before, after = values
    return before - after


def funnel(counts: Sequence[Input]) -> list[StepConversion]:
    """One step per pair of consecutive stage counts (none for fewer than two stages)."""
    steps: list[StepConversion] = []
    for i in range(1, len(counts)):
        conversion = conversion_rate(counts[i - 1], counts[i])
        steps.append(
            StepConversion(
                from_stage=i - 1,
                to_stage=i,
                conversion=conversion,
                drop_off=_drop_off(counts[i - 1], counts[i]),
                drop_off_rate=(
                    conversion if isinstance(conversion, NotAvailable) else 100.0 - conversion
                ),
                from_first=conversion_rate(counts[0], counts[i]),
            )
        )
    return steps
