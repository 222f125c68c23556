"""Unit economics: ARPA, CAC, CAC payback months, customer lifetime value and LTV:CAC.

Gross margin and churn are percentages (80 means 80 %); money is in the workspace currency;
LTV:CAC is a plain ratio (3.0 means 3:1).
"""

from personabuilder.analytics._inputs import checked, ratio
from personabuilder.analytics.result import Input, NotAvailable, Reason, Result


def arpa(mrr: Input, accounts: Input) -> Result:
    """Average monthly revenue per account: MRR divided by the number of paying accounts."""
    values = checked(mrr, accounts)
    if isinstance(values, NotAvailable):
        return values
    revenue, count = values
    return ratio(revenue, count)


def customer_acquisition_cost(spend: Input, new_customers: Input) -> Result:
    """CAC: sales and marketing spend of a period divided by the customers it won."""
    values = checked(spend, new_customers)
    if isinstance(values, NotAvailable):
        return values
    cost, won = values
    return ratio(cost, won)


def _margin(gross_margin: float) -> Result:
    return NotAvailable(Reason.OUT_OF_RANGE) if gross_margin > 100 else gross_margin / 100


def cac_payback_months(cac: Input, arpa_monthly: Input, gross_margin: Input) -> Result:
    """Months of gross profit from one account needed to earn back its CAC."""
    values = checked(cac, arpa_monthly, gross_margin)
    if isinstance(values, NotAvailable):
        return values
    cost, revenue, margin_percent = values
    margin = _margin(margin_percent)
    if isinstance(margin, NotAvailable):
        return margin
    return ratio(cost, revenue * margin)


def ltv(arpa_monthly: Input, gross_margin: Input, monthly_churn: Input) -> Result:
    """Customer lifetime value: monthly gross profit per account over the monthly churn rate."""
    values = checked(arpa_monthly, gross_margin, monthly_churn)
    if isinstance(values, NotAvailable):
        return values
    revenue, margin_percent, churn_percent = values
    margin = _margin(margin_percent)
    if isinstance(margin, NotAvailable):
        return margin
    if churn_percent > 100:
        return NotAvailable(Reason.OUT_OF_RANGE)
    # No churn would mean an endless lifetime: not available rather than infinite.
    return ratio(revenue * margin, churn_percent / 100)


def ltv_to_cac(lifetime_value: Input, cac: Input) -> Result:
    """LTV:CAC as a plain ratio (3.0 reads 3:1); accepts the result of :func:`ltv`."""
    values = checked(lifetime_value, cac)
    if isinstance(values, NotAvailable):
        return values
    value, cost = values
    return ratio(value, cost)
