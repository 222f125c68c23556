"""Numbers, units and periods written the way the UI language writes them.

English: "12.5%", "€1,234", "3.2 days". French: "12,5 %" (no-break space before %),
"1 234 €" (narrow no-break space between thousands, no-break space before the sign),
"3,2 jours". Amounts carry their currency's sign where each language writes it: before the
number in English ("€12,500", "$12,500", "−€1,200"), after it in French ("12 500 €"). A
currency without a sign in common use keeps its ISO code ("CHF 12,500", "12 500 CHF"); the
bundled fonts have every sign used. A missing value is "n/a" / "n.d.", never 0. Negative
numbers take the typographic minus (U+2212), as matplotlib's own ticks do.

Importing this module does not import matplotlib; ``format_axis`` does, on first call.
"""

from datetime import date
from typing import TYPE_CHECKING, Final

# Written in ``digits``, which the tick formatter shares; callers keep importing them here.
from personabuilder.charts.digits import CURRENCY_SIGNS as CURRENCY_SIGNS
from personabuilder.charts.digits import MINUS as MINUS
from personabuilder.charts.digits import currency_sign as currency_sign
from personabuilder.charts.digits import format_digits as format_digits
from personabuilder.charts.digits import format_number as format_number
from personabuilder.charts.digits import with_unit as with_unit
from personabuilder.charts.text import is_french, word
from personabuilder.model import Granularity, MetricUnit

if TYPE_CHECKING:
    from personabuilder.charts.ticks import AxisFormatter

_MONTHS_EN: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_MONTHS_FR: Final = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip


def unit_label(unit: MetricUnit | None, lang: str = "en", currency: str = "EUR") -> str:
    """The unit as an axis label writes it: "%", "€", "days"/"jours", "count"/"nombre"."""
    if unit is None:
        return ""
    if unit is MetricUnit.PERCENT:
        return "%"
    if unit is MetricUnit.CURRENCY:
        return currency_sign(currency)
    if unit is MetricUnit.DAYS:
        return word("days", lang)
    if unit is MetricUnit.SCORE:
        return word("score", lang)
    return word("count", lang)


def axis_label(name: str, unit: MetricUnit | None, lang: str = "en", currency: str = "EUR") -> str:
    """An axis title naming the quantity and its unit: "Leads (count)", "Churn (%)"."""
    label = unit_label(unit, lang, currency)
    if not name:
        return label[:1].upper() + label[1:]
    return f"{name} ({label})" if label else name


def format_period(day: date, granularity: Granularity | None = None, lang: str = "en") -> str:
    """A period's name from its start date: "Mar 2026"/"mars 2026", "Q1 2026"/"T1 2026"."""
    french = is_french(lang)
    if granularity is Granularity.MONTH:
        months = _MONTHS_FR if french else _MONTHS_EN
        return f"{months[day.month - 1]} {day.year}"
    if granularity is Granularity.QUARTER:
        quarter = (day.month - 1) // 3 + 1
        return f"{'T' if french else 'Q'}{quarter} {day.year}"
    if granularity is Granularity.WEEK:
        year, week, _ = day.isocalendar()
        return f"{'S' if french else 'W'}{week} {year}"
    if french:
        return f"{day.day} {_MONTHS_FR[day.month - 1]} {day.year}"
    return f"{_MONTHS_EN[day.month - 1]} {day.day}, {day.year}"


def format_axis(
    unit: MetricUnit | None = None,
    lang: str = "en",
    currency: str = "EUR",
    decimals: int | None = None,
) -> "AxisFormatter":
    """A matplotlib tick formatter for ``unit`` in ``lang`` (percent ticks carry "%").

    Other units leave the unit to the axis label. Without ``decimals``, every tick gets the
    fewest decimals that tell the ticks apart.
    """
    from personabuilder.charts.ticks import AxisFormatter

    return AxisFormatter(unit, lang, currency, decimals)
