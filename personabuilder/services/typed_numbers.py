"""Numbers typed or pasted into a metric, read the way the UI language writes them.

A typed value follows the UI language strictly. English: a comma groups thousands
("46,900") and a point starts the decimals ("46.9"). French: a space, no-break space or
narrow no-break space groups thousands ("46 900") and a comma starts the decimals ("46,9").
Spaces never mean a decimal, so both languages accept them as groups. A value written the
other way ("46,9" in English, "46.900" in French) is refused with the readings it could
have, never guessed.

A pasted column decides its decimal sign from all its cells; a column whose every
separator could be either ("1,234" is 1234 or 1.234) is left to the user to decide.

A unit sign ("%", "EUR", "€", "days", "jours") is accepted when it matches the metric's
unit and refused when it contradicts it. Negatives take "-", the typographic minus
(U+2212) or parentheses. No Qt here: the UI turns a ``NumberError`` into its message.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import Final, Literal

from personabuilder.model import MetricUnit

MINUS: Final = "\u2212"
# Space, no-break space, narrow no-break space, thin space: thousands groups in any language.
SPACES: Final = " \u00a0\u202f\u2009"

Hint = Literal["comma", "dot", "either", "none"]


class Problem(Enum):
    """Why a text is not read as a number."""

    NOT_A_NUMBER = "not_a_number"
    # Written in another notation than the one expected; ``readings`` says what it could be.
    WRONG_NOTATION = "wrong_notation"
    # Groups of digits that are not thousands ("12 34", "1,23,456").
    BAD_GROUPS = "bad_groups"
    # A unit sign that is not the metric's ("12 %" for an amount).
    OTHER_UNIT = "other_unit"
    # A currency that is not the one amounts are shown in ("$300" when amounts are EUR).
    OTHER_CURRENCY = "other_currency"
    # Beyond what a float holds ("1e400").
    TOO_LARGE = "too_large"


@dataclass
class NumberError(ValueError):
    """A text that cannot be read as a number, why, and the values it could mean."""

    text: str
    problem: Problem
    sign: str = ""  # the unit or currency sign found, for OTHER_UNIT / OTHER_CURRENCY
    sign_unit: MetricUnit | None = None
    readings: tuple[float, ...] = ()

    def __str__(self) -> str:
        return f"{self.text!r}: {self.problem.value}"


@dataclass(frozen=True)
class Notation:
    """A decimal sign and the signs allowed between groups of thousands."""

    decimal: str
    groups: str


DECIMAL_COMMA: Final = Notation(",", "." + SPACES)
DECIMAL_POINT: Final = Notation(".", "," + SPACES)
_TYPED: Final = {"en": Notation(".", "," + SPACES), "fr": Notation(",", SPACES)}


def _french(lang: str) -> bool:
    return lang.replace("-", "_").split("_")[0].strip().lower() == "fr"


def typed_notation(lang: str) -> Notation:
    """The notation a typed value is read in: the UI language's (English unless French)."""
    return _TYPED["fr" if _french(lang) else "en"]


def column_notation(decimal_comma: bool) -> Notation:
    """The notation of a pasted column once its decimal sign is known."""
    return DECIMAL_COMMA if decimal_comma else DECIMAL_POINT


# -- unit signs ----------------------------------------------------------------------------

_CURRENCY_SIGNS: Final = {"€": "EUR", "$": "USD", "£": "GBP", "¥": "JPY"}
_CURRENCY_WORDS: Final = {
    **{code.casefold(): code for code in ("EUR", "USD", "GBP", "CHF", "JPY", "CAD", "AUD")},
    "euro": "EUR",
    "euros": "EUR",
}
_DAY_WORDS: Final = frozenset({"day", "days", "jour", "jours"})
_SPACE_CLASS: Final = f"[{SPACES}]"
_SUFFIX: Final = re.compile(rf"{_SPACE_CLASS}*(%|[€$£¥]|[^\W\d_]+)$")
_PREFIX: Final = re.compile(rf"^([€$£¥]|[^\W\d_]{{3}}){_SPACE_CLASS}*")


def _sign_unit(sign: str) -> tuple[MetricUnit, str] | None:
    """The unit (and currency code) a sign stands for; None for an unknown word."""
    if sign == "%":
        return MetricUnit.PERCENT, ""
    if sign in _CURRENCY_SIGNS:
        return MetricUnit.CURRENCY, _CURRENCY_SIGNS[sign]
    folded = sign.casefold()
    if folded in _CURRENCY_WORDS:
        return MetricUnit.CURRENCY, _CURRENCY_WORDS[folded]
    if folded in _DAY_WORDS:
        return MetricUnit.DAYS, ""
    return None


@dataclass(frozen=True)
class _Parts:
    negative: bool
    body: str
    sign: str


def _split(text: str, unit: MetricUnit | None, currency: str) -> _Parts:
    """Sign, digits and unit sign of a cell; raises when the unit sign is not the metric's."""
    rest = text.strip(SPACES + "\t")
    negative = False
    if rest.startswith("(") and rest.endswith(")"):
        negative, rest = True, rest[1:-1].strip(SPACES)
    sign = ""
    lead = rest[:1]
    if lead in ("-", MINUS, "+"):
        rest = rest[1:].lstrip(SPACES)
    match = _PREFIX.match(rest)
    if match and _sign_unit(match.group(1)) is not None:
        sign, rest = match.group(1), rest[match.end() :]
        if lead not in ("-", MINUS, "+") and rest[:1] in ("-", MINUS, "+"):
            lead, rest = rest[:1], rest[1:].lstrip(SPACES)
    match = _SUFFIX.search(rest)
    if match and not sign:
        sign, rest = match.group(1), rest[: match.start()]
    if lead in ("-", MINUS):
        if negative:  # "(-12)" says minus twice
            raise NumberError(text, Problem.NOT_A_NUMBER)
        negative = True
    if sign:
        found = _sign_unit(sign)
        if found is None:
            raise NumberError(text, Problem.NOT_A_NUMBER)
        sign_unit, code = found
        if unit is not None and sign_unit is not unit:
            raise NumberError(text, Problem.OTHER_UNIT, sign, sign_unit)
        if code and code != currency.upper():
            raise NumberError(text, Problem.OTHER_CURRENCY, sign, sign_unit)
    return _Parts(negative, rest, sign)


# -- digits ----------------------------------------------------------------------------------


def _digits(text: str) -> bool:
    """Whether ``text`` has only ASCII digits (str.isdigit also takes "²" and "٣")."""
    return all("0" <= ch <= "9" for ch in text)


def _plain(body: str, notation: Notation) -> str | None:
    """The digits as float() reads them ("1234.5e3"), or None when they break the notation."""
    dec = re.escape(notation.decimal)
    groups = re.escape(notation.groups)
    match = re.fullmatch(rf"([0-9{groups}]*)(?:{dec}([0-9]*))?(?:[eE]([+-]?[0-9]{{1,5}}))?", body)
    if match is None:
        return None
    whole, fraction, exponent = match.group(1), match.group(2) or "", match.group(3)
    if not any("0" <= ch <= "9" for ch in whole + fraction):
        return None
    if whole and not _digits(whole):
        parts = re.split(f"[{groups}]", whole)
        used = {"space" if ch in SPACES else ch for ch in whole if not ch.isdigit()}
        if (
            len(used) != 1
            or not 1 <= len(parts[0]) <= 3
            or parts[0].startswith("0")
            or any(len(p) != 3 for p in parts[1:])
        ):
            return None
        whole = "".join(parts)
    plain = (whole or "0") + ("." + fraction if fraction else "")
    return plain + (f"e{exponent}" if exponent else "")


def _has_groups(body: str) -> bool:
    return any(ch in ",." + SPACES for ch in body)


def _to_float(text: str, plain: str, negative: bool) -> float:
    value = float(plain)
    if value == float("inf"):
        raise NumberError(text, Problem.TOO_LARGE)
    return -value if negative else value


def read_in(
    text: str, notation: Notation, unit: MetricUnit | None = None, currency: str = "EUR"
) -> float:
    """``text`` read in ``notation``; raises ``NumberError`` saying what is wrong."""
    parts = _split(text, unit, currency)
    plain = _plain(parts.body, notation)
    if plain is not None:
        return _to_float(text, plain, parts.negative)
    readings: list[float] = []
    for other in (DECIMAL_POINT, DECIMAL_COMMA):
        found = _plain(parts.body, other)
        if found is not None and other != notation:
            value = _to_float(text, found, parts.negative)
            if value not in readings:
                readings.append(value)
    if readings:
        raise NumberError(text, Problem.WRONG_NOTATION, readings=tuple(readings))
    if re.fullmatch(rf"[0-9,.{SPACES}]+", parts.body) and _has_groups(parts.body):
        raise NumberError(text, Problem.BAD_GROUPS)
    raise NumberError(text, Problem.NOT_A_NUMBER)


def read_number(
    text: str, lang: str, unit: MetricUnit | None = None, currency: str = "EUR"
) -> float:
    """A typed value read in the UI language ``lang``; raises ``NumberError`` when it is not.

    Typing back what a cell shows (``format_number``) or what its editor holds
    (``edit_text``) gives back the value it had.
    """
    return read_in(text, typed_notation(lang), unit, currency)


def edit_text(value: float, lang: str) -> str:
    """A value in full, for an editor: every digit it holds, no groups ("46900", "0,1")."""
    # repr() is the shortest text float() reads back exactly; Decimal writes it out in full.
    digits = format(Decimal(repr(value)), "f")
    if "." in digits:
        digits = digits.rstrip("0").rstrip(".")
    return digits.replace(".", ",") if _french(lang) else digits


# -- pasted columns -----------------------------------------------------------------------------


def decimal_hint(text: str) -> Hint:
    """What one pasted cell says about its column's decimal sign.

    "comma" or "dot" when it proves one, "either" when it reads as a number both ways
    ("1,234", "1.234"), "none" when it has no decimal sign to tell ("1 300", "12").
    """
    try:
        body = _split(text, None, "EUR").body
    except NumberError:
        return "none"
    last_comma, last_dot = body.rfind(","), body.rfind(".")
    if last_comma >= 0 and last_dot >= 0:
        return "comma" if last_comma > last_dot else "dot"
    sep = "," if last_comma >= 0 else "." if last_dot >= 0 else ""
    if not sep:
        return "none"
    decimal: Hint = "comma" if sep == "," else "dot"
    if body.count(sep) > 1:  # only groups come several times
        return "dot" if sep == "," else "comma"
    before, after = body.split(sep)
    # "1,234" reads both ways; "0,250" or "12,5" only as a decimal (groups are 1-9 then 000).
    maybe_group = 1 <= len(before) <= 3 and not before.startswith("0") and len(after) == 3
    if maybe_group and _digits(before) and _digits(after):
        return "either"
    return decimal


@dataclass(frozen=True)
class ColumnStyle:
    """What a pasted column says about its decimal sign.

    ``decimal_comma`` is None when the column does not tell: then ``ambiguous`` is the first
    cell that reads both ways (the user decides) or empty (no cell needs a decimal sign).
    ``mixed`` holds the indexes of a cell with a decimal comma and one with a decimal point.
    """

    decimal_comma: bool | None
    ambiguous: str = ""
    mixed: tuple[int, int] | None = None


def column_style(cells: Sequence[str]) -> ColumnStyle:
    """The decimal sign a pasted column uses, decided by all its cells together."""
    hints = [decimal_hint(c) for c in cells]
    comma = next((i for i, h in enumerate(hints) if h == "comma"), None)
    dot = next((i for i, h in enumerate(hints) if h == "dot"), None)
    if comma is not None and dot is not None:
        return ColumnStyle(None, mixed=(comma, dot))
    if comma is not None or dot is not None:
        return ColumnStyle(comma is not None)
    either = next((c for c, h in zip(cells, hints, strict=True) if h == "either"), "")
    return ColumnStyle(None, ambiguous=either)


def read_column(
    cells: Iterable[str],
    notation: Notation,
    unit: MetricUnit | None = None,
    currency: str = "EUR",
) -> list[float | NumberError]:
    """Each cell read in ``notation``: its value, or why it is not one."""
    out: list[float | NumberError] = []
    for cell in cells:
        try:
            out.append(read_in(cell, notation, unit, currency))
        except NumberError as exc:
            out.append(exc)
    return out
