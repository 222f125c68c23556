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

import math
from datetime import date
from typing import TYPE_CHECKING, Final

from personabuilder.charts.text import NBSP, NNBSP, is_french, word
from personabuilder.model import Granularity, MetricUnit

if TYPE_CHECKING:
    from personabuilder.charts.ticks import AxisFormatter

MINUS: Final = "\u2212"
# Currencies written with a sign; any other keeps its ISO code. The typed-number reader
# (services/typed_numbers.py) reads each of these signs back as its code.
CURRENCY_SIGNS: Final[dict[str, str]] = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}

# Most decimals shown when the caller fixes none; trailing zeros are then dropped.
_MAX_DECIMALS: Final[dict[MetricUnit | None, int]] = {
    None: 2,
    MetricUnit.COUNT: 1,
    MetricUnit.PERCENT: 1,
    MetricUnit.CURRENCY: 2,
    MetricUnit.DAYS: 1,
    MetricUnit.SCORE: 1,
}

_MONTHS_EN: Final = (
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
)  # fmt: skip
_MONTHS_FR: Final = (
    "janv.", "févr.", "mars", "avr.", "mai", "juin",
    "juil.", "août", "sept.", "oct.", "nov.", "déc.",
)  # fmt: skip


def format_digits(value: float, lang: str = "en", places: int = 0, *, strip: bool = False) -> str:
    """The number alone, with ``places`` decimals and the language's separators.

    ``strip`` drops trailing zeros (and a bare decimal separator).
    """
    if math.isnan(value):
        return word("n/a", lang)
    if math.isinf(value):
        return ("" if value > 0 else MINUS) + "∞"
    text = f"{abs(value):,.{max(places, 0)}f}"
    if strip and "." in text:
        text = text.rstrip("0").rstrip(".")
    if is_french(lang):
        text = text.replace(",", NNBSP).replace(".", ",")
    # A value that rounds to zero shows no sign: "−0" would read as a different number.
    negative = value < 0 and any(ch in "123456789" for ch in text)
    return MINUS + text if negative else text


def _auto_digits(value: float, unit: MetricUnit | None, lang: str) -> str:
    places = _MAX_DECIMALS[unit]
    if unit is MetricUnit.CURRENCY:
        # Cents are all or nothing: "€12.50", never "€12.5".
        # Floats from 2**52 up are whole; * 100 would overflow near the largest ones.
        cents = 0 if abs(value) >= 2.0**52 else round(abs(value) * 100)
        return format_digits(value, lang, 0 if cents % 100 == 0 else places)
    return format_digits(value, lang, places, strip=True)


def _is_one(digits: str) -> bool:
    return digits.lstrip(MINUS) == "1"


def _below_two(digits: str) -> bool:
    number = float(digits.lstrip(MINUS).replace(NNBSP, "").replace(",", "."))
    return number < 2


def currency_sign(currency: str = "EUR") -> str:
    """The sign an amount in ``currency`` (an ISO code) is written with: "€", "$", or "CHF"."""
    code = currency.upper()
    return CURRENCY_SIGNS.get(code, code)


def with_unit(digits: str, unit: MetricUnit | None, lang: str, currency: str = "EUR") -> str:
    """Formatted digits followed by their unit the way ``lang`` writes it."""
    french = is_french(lang)
    if unit is MetricUnit.PERCENT:
        return f"{digits}{NBSP}%" if french else f"{digits}%"
    if unit is MetricUnit.CURRENCY:
        sign = currency_sign(currency)
        if french:
            return f"{digits}{NBSP}{sign}"
        minus, number = (MINUS, digits[1:]) if digits.startswith(MINUS) else ("", digits)
        # "€12,500" and "−€1,200", but a code stands apart: "CHF 12,500".
        return f"{minus}{sign}{NBSP if sign.isalpha() else ''}{number}"
    if unit is MetricUnit.DAYS:
        # French keeps the singular below two ("1,5 jour"); English only for exactly one.
        singular = _below_two(digits) if french else _is_one(digits)
        return f"{digits}{NBSP}{word('day' if singular else 'days', lang)}"
    return digits


def format_number(
    value: float | None,
    unit: MetricUnit | None = None,
    lang: str = "en",
    currency: str = "EUR",
    decimals: int | None = None,
) -> str:
    """A value with its unit in the UI language: "12.5%", "€1,234", "1 234 €", "n/a" for None.

    ``decimals`` fixes the decimals; by default a unit's usual precision is used
    (percent, days, score and counts up to one, currency none or two) without trailing zeros.
    """
    if value is None or math.isnan(value):
        return word("n/a", lang)
    if decimals is None:
        digits = _auto_digits(value, unit, lang)
    else:
        digits = format_digits(value, lang, decimals)
    if math.isinf(value):
        return digits
    return with_unit(digits, unit, lang, currency)


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
