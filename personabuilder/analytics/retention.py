"""Customer churn and retention, and revenue retention from MRR movements (NRR, GRR).

Customer rates use the customers present at the start of the period as the base, so they
stay within 0..100: more customers lost than there were at the start is not available
(out of range) rather than a churn above 100 %.
"""

from dataclasses import dataclass

from personabuilder.analytics._inputs import checked, percent
from personabuilder.analytics.result import Input, NotAvailable, Reason, Result


def churn_rate(customers_at_start: Input, customers_lost: Input) -> Result:
    """Percentage of the customers at the start of the period lost during it."""
    values = checked(customers_at_start, customers_lost)
    if isinstance(values, NotAvailable):
        return values
    start, lost = values
    if lost > start:
        return NotAvailable(Reason.OUT_OF_RANGE)
    return percent(lost, start)


def retention_rate(customers_at_start: Input, customers_lost: Input) -> Result:
    """Percentage of the customers at the start of the period still customers at its end."""
    churn = churn_rate(customers_at_start, customers_lost)
    return churn if isinstance(churn, NotAvailable) else 100.0 - churn


def customers_lost(
    customers_at_start: Input, customers_at_end: Input, new_customers: Input
) -> Result:
    """Customers lost during a period, from the counts at its start and end and the new ones."""
    values = checked(customers_at_start, customers_at_end, new_customers)
    if isinstance(values, NotAvailable):
        return values
    start, end, new = values
    lost = start + new - end
    # More customers at the end than start + new cannot be reconciled: the counts disagree.
    return NotAvailable(Reason.OUT_OF_RANGE) if lost < 0 else lost


@dataclass(frozen=True)
class MrrMovements:
    """How monthly recurring revenue moved in a period; every movement is a positive amount.

    ``new`` comes from customers won in the period; ``expansion`` and ``contraction`` from
    existing customers paying more or less; ``churn`` is the MRR of customers who left.
    """

    new: float | None = 0.0
    expansion: float | None = 0.0
    contraction: float | None = 0.0
    churn: float | None = 0.0


def net_new_mrr(movements: MrrMovements) -> Result:
    """New + expansion − contraction − churn (negative when the base shrank)."""
    m = movements
    values = checked(m.new, m.expansion, m.contraction, m.churn)
    if isinstance(values, NotAvailable):
        return values
    new, expansion, contraction, churn = values
    return new + expansion - contraction - churn


def ending_mrr(starting_mrr: Input, movements: MrrMovements) -> Result:
    """MRR at the end of the period: the starting MRR plus the net new MRR."""
    values = checked(starting_mrr, net_new_mrr(movements), allow_negative=True)
    if isinstance(values, NotAvailable):
        return values
    start, net_new = values
    if start < 0:
        return NotAvailable(Reason.NEGATIVE_INPUT)
    end = start + net_new
    return NotAvailable(Reason.OUT_OF_RANGE) if end < 0 else end


def _lost_from_base(
    starting_mrr: Input, movements: MrrMovements
) -> tuple[float, ...] | NotAvailable:
    """(start, expansion, contraction + churn), checked against the starting MRR."""
    m = movements
    values = checked(starting_mrr, m.expansion, m.contraction, m.churn)
    if isinstance(values, NotAvailable):
        return values
    start, expansion, contraction, churn = values
    if start == 0:
        return NotAvailable(Reason.ZERO_DENOMINATOR)
    lost = contraction + churn
    # The base cannot lose more than it had at the start; float noise of a sum that adds up
    # to exactly the whole base is not a reason to refuse it.
    if lost - start > 1e-9 * start:
        return NotAvailable(Reason.OUT_OF_RANGE)
    return start, expansion, min(lost, start)


def revenue_churn(starting_mrr: Input, movements: MrrMovements) -> Result:
    """Gross revenue churn: contraction and churned MRR as a percentage of the starting MRR."""
    values = _lost_from_base(starting_mrr, movements)
    if isinstance(values, NotAvailable):
        return values
    start, _, lost = values
    return percent(lost, start)


def net_revenue_retention(starting_mrr: Input, movements: MrrMovements) -> Result:
    """NRR: (start + expansion − contraction − churn) / start, as a percentage.

    New MRR is left out on purpose: NRR measures what the customers present at the start of
    the period are worth at its end, so sales to new customers cannot hide churn in the base.
    """
    values = _lost_from_base(starting_mrr, movements)
    if isinstance(values, NotAvailable):
        return values
    start, expansion, lost = values
    return percent(start + expansion - lost, start)


def gross_revenue_retention(starting_mrr: Input, movements: MrrMovements) -> Result:
    """GRR: (start − contraction − churn) / start, as a percentage (never above 100)."""
    values = _lost_from_base(starting_mrr, movements)
    if isinstance(values, NotAvailable):
        return values
    start, _, lost = values
    return percent(start - lost, start)
