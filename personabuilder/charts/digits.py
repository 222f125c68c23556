"""Numbers and their units written the way the UI language writes them (see ``numbers``).

This is the part of ``numbers`` the tick formatter (``ticks``) needs too: both import it,
so that ``numbers`` and ``ticks`` do not import each other. Callers use ``numbers``.
"""

import math
from typing import Final

from personabuilder.charts.text import NBSP, NNBSP, is_french, word
from personabuilder.model import MetricUnit

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
