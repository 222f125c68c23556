"""SaaS analytics: pure functions over metric values (conversion, churn, NRR, payback).

Conventions shared by every module here:

- **Not available is a value, never an exception.** Each figure is a ``Result``: a ``float``,
  or ``NotAvailable(reason)`` saying why there is none (missing value or period, no data,
  zero denominator, negative input, out of range, invalid value). Inputs are ``Input``:
  ``None`` is a missing value, and a ``NotAvailable`` (from another function) is passed on
  unchanged, so results can be fed into further functions. ``or_none`` gives charts a plain
  ``float | None``. Only a caller's programming mistake (a negative tolerance, a negative or
  repeated cohort offset) raises ``ValueError``.
- **Rates are percentages 0..100** (12.5 means 12.5 %), as percent metrics are stored;
  gross margin and churn given as inputs use the same scale. LTV:CAC is a plain ratio.
- **Periods** are keyed by their first day (``datetime.date``); see ``analytics.periods``.

Nothing here touches the database or Qt: services and charts feed plain numbers in.
"""

from personabuilder.analytics.activation import (
    TimeToValue,
    days_to_first_value,
    time_to_first_value,
)
from personabuilder.analytics.cohorts import CohortMatrix, cohort_retention
from personabuilder.analytics.economics import (
    arpa,
    cac_payback_months,
    customer_acquisition_cost,
    ltv,
    ltv_to_cac,
)
from personabuilder.analytics.funnel import StepConversion, conversion_rate, funnel, trial_to_paid
from personabuilder.analytics.periods import (
    Change,
    Series,
    align,
    change,
    latest_period,
    missing_periods,
    next_period,
    normalize,
    per_period,
    period_over_period,
    period_range,
    period_start,
    previous_period,
    series_from_pairs,
    shift_period,
    value_at,
)
from personabuilder.analytics.result import Input, NotAvailable, Reason, Result, or_none
from personabuilder.analytics.retention import (
    MrrMovements,
    churn_rate,
    customers_lost,
    ending_mrr,
    gross_revenue_retention,
    net_new_mrr,
    net_revenue_retention,
    retention_rate,
    revenue_churn,
)
from personabuilder.analytics.status import Status, latest_status, target_status

__all__ = [
    "Change",
    "CohortMatrix",
    "Input",
    "MrrMovements",
    "NotAvailable",
    "Reason",
    "Result",
    "Series",
    "Status",
    "StepConversion",
    "TimeToValue",
    "align",
    "arpa",
    "cac_payback_months",
    "change",
    "churn_rate",
    "cohort_retention",
    "conversion_rate",
    "customer_acquisition_cost",
    "customers_lost",
    "days_to_first_value",
    "ending_mrr",
    "funnel",
    "gross_revenue_retention",
    "latest_period",
    "latest_status",
    "ltv",
    "ltv_to_cac",
    "missing_periods",
    "net_new_mrr",
    "net_revenue_retention",
    "next_period",
    "normalize",
    "or_none",
    "per_period",
    "period_over_period",
    "period_range",
    "period_start",
    "previous_period",
    "retention_rate",
    "revenue_churn",
    "series_from_pairs",
    "shift_period",
    "target_status",
    "time_to_first_value",
    "trial_to_paid",
    "value_at",
]
