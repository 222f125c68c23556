"""Numbers typed and pasted into metrics, read in the UI language (services.typed_numbers)."""

import math
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from personabuilder.charts.numbers import format_number
from personabuilder.model import MetricUnit
from personabuilder.services.typed_numbers import (
    ColumnStyle,
    NumberError,
    Problem,
    column_notation,
    column_style,
    decimal_hint,
    edit_text,
    read_column,
    read_number,
)

NBSP = "\u00a0"
NNBSP = "\u202f"
MINUS = "\u2212"
LANGS = ("en", "fr")
# The most decimals a cell shows per unit (charts.numbers rounds to these).
SHOWN_DECIMALS = {
    MetricUnit.COUNT: 1,
    MetricUnit.PERCENT: 1,
    MetricUnit.CURRENCY: 2,
    MetricUnit.DAYS: 1,
    MetricUnit.SCORE: 1,
}
finite = st.floats(allow_nan=False, allow_infinity=False)


def _refused(text: str, lang: str, unit: MetricUnit | None = None) -> NumberError:
    with pytest.raises(NumberError) as caught:
        read_number(text, lang, unit)
    return caught.value


class TestEnglish:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("46,900", 46900.0),
            ("46900", 46900.0),
            ("1,234.5", 1234.5),
            ("1,234,567", 1234567.0),
            ("0.25", 0.25),
            (".5", 0.5),
            (f"1{NNBSP}234.5", 1234.5),  # a space never means a decimal
            ("1e3", 1000.0),
        ],
    )
    def test_english_notation(self, text: str, value: float) -> None:
        assert read_number(text, "en") == value

    def test_a_decimal_comma_is_refused_not_guessed(self) -> None:
        error = _refused("46,9", "en")
        assert error.problem is Problem.WRONG_NOTATION
        assert error.readings == (46.9,)

    def test_european_notation_is_refused(self) -> None:
        error = _refused("1.234,5", "en")
        assert error.problem is Problem.WRONG_NOTATION
        assert error.readings == (1234.5,)

    @pytest.mark.parametrize("text", ["1,23,456", "12,34,5", "1,234,", "12 34"])
    def test_groups_that_are_not_thousands(self, text: str) -> None:
        assert _refused(text, "en").problem is Problem.BAD_GROUPS


class TestFrench:
    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("46,9", 46.9),
            ("46 900", 46900.0),
            (f"46{NBSP}900", 46900.0),
            (f"46{NNBSP}900", 46900.0),
            (f"1{NNBSP}234{NNBSP}567,25", 1234567.25),
            ("46900", 46900.0),
            (",5", 0.5),
        ],
    )
    def test_french_notation(self, text: str, value: float) -> None:
        assert read_number(text, "fr") == value

    def test_a_point_with_three_digits_is_ambiguous(self) -> None:
        error = _refused("46.900", "fr")
        assert error.problem is Problem.WRONG_NOTATION
        assert error.readings == (46.9, 46900.0)

    @pytest.mark.parametrize(("text", "reading"), [("46.9", 46.9), ("1.234,5", 1234.5)])
    def test_a_point_is_refused_with_its_reading(self, text: str, reading: float) -> None:
        error = _refused(text, "fr")
        assert error.problem is Problem.WRONG_NOTATION
        assert error.readings == (reading,)

    def test_regional_french_reads_french(self) -> None:
        assert read_number("12,5", "fr_CA") == 12.5


class TestSignsAndUnits:
    @pytest.mark.parametrize(
        ("text", "lang", "unit", "value"),
        [
            ("12.5%", "en", MetricUnit.PERCENT, 12.5),
            (f"12,5{NBSP}%", "fr", MetricUnit.PERCENT, 12.5),
            (f"1,234.50{NBSP}EUR", "en", MetricUnit.CURRENCY, 1234.5),
            (f"1{NNBSP}234,50{NBSP}EUR", "fr", MetricUnit.CURRENCY, 1234.5),
            ("€300", "en", MetricUnit.CURRENCY, 300.0),
            ("300 €", "fr", MetricUnit.CURRENCY, 300.0),
            ("eur 300", "en", MetricUnit.CURRENCY, 300.0),
            (f"3.2{NBSP}days", "en", MetricUnit.DAYS, 3.2),
            (f"1{NBSP}day", "en", MetricUnit.DAYS, 1.0),
            (f"1,5{NBSP}jour", "fr", MetricUnit.DAYS, 1.5),
            ("3 jours", "fr", MetricUnit.DAYS, 3.0),
        ],
    )
    def test_the_metrics_own_unit_is_accepted(
        self, text: str, lang: str, unit: MetricUnit, value: float
    ) -> None:
        assert read_number(text, lang, unit) == value

    @pytest.mark.parametrize(
        ("text", "unit", "sign", "meant"),
        [
            ("12%", MetricUnit.CURRENCY, "%", MetricUnit.PERCENT),
            ("300 EUR", MetricUnit.PERCENT, "EUR", MetricUnit.CURRENCY),
            ("4 days", MetricUnit.COUNT, "days", MetricUnit.DAYS),
            ("€5", MetricUnit.SCORE, "€", MetricUnit.CURRENCY),
        ],
    )
    def test_a_unit_sign_contradicting_the_metric_is_refused(
        self, text: str, unit: MetricUnit, sign: str, meant: MetricUnit
    ) -> None:
        error = _refused(text, "en", unit)
        assert (error.problem, error.sign, error.sign_unit) == (Problem.OTHER_UNIT, sign, meant)

    @pytest.mark.parametrize("text", ["$300", "300 USD", "£12"])
    def test_another_currency_is_refused(self, text: str) -> None:
        assert _refused(text, "en", MetricUnit.CURRENCY).problem is Problem.OTHER_CURRENCY

    @pytest.mark.parametrize(
        ("text", "lang", "value"),
        [
            ("-12", "en", -12.0),
            (f"{MINUS}12,5", "fr", -12.5),
            ("(12)", "en", -12.0),
            ("(12.5 %)", "en", -12.5),
            ("-€300", "en", -300.0),
            ("€-300", "en", -300.0),
            ("+7", "en", 7.0),
        ],
    )
    def test_negatives(self, text: str, lang: str, value: float) -> None:
        assert read_number(text, lang) == value

    @pytest.mark.parametrize("text", ["", "-", "abc", "12 apples", "(-12)", "nan", "inf", "٣", "²"])
    def test_not_numbers(self, text: str) -> None:
        assert _refused(text, "en").problem is Problem.NOT_A_NUMBER

    def test_beyond_a_float_is_refused(self) -> None:
        assert _refused("1e400", "en").problem is Problem.TOO_LARGE
        assert _refused("9" * 400, "fr").problem is Problem.TOO_LARGE


class TestEditText:
    @pytest.mark.parametrize(
        ("value", "english", "french"),
        [
            (46900.0, "46900", "46900"),
            (0.1, "0.1", "0,1"),
            (-3.25, "-3.25", "-3,25"),
            (1e-7, "0.0000001", "0,0000001"),
            (1.5e20, "150000000000000000000", "150000000000000000000"),
        ],
    )
    def test_every_digit_without_groups(self, value: float, english: str, french: str) -> None:
        assert (edit_text(value, "en"), edit_text(value, "fr")) == (english, french)


def _shown_decimals(shown: str, lang: str) -> int:
    point = "," if lang == "fr" else "."
    match = re.search(rf"{re.escape(point)}([0-9]+)", shown)
    return len(match.group(1)) if match else 0


def _as_shown(value: float, places: int) -> float:
    return float(f"{value:.{places}f}")


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("unit", list(MetricUnit))
class TestTypingBack:
    @given(value=finite)
    def test_the_editor_text_gives_back_the_exact_value(
        self, unit: MetricUnit, lang: str, value: float
    ) -> None:
        back = read_number(edit_text(value, lang), lang, unit)
        assert back == value
        assert math.copysign(1, back) == math.copysign(1, value)

    @given(value=finite)
    def test_the_shown_text_gives_back_the_value_as_rounded(
        self, unit: MetricUnit, lang: str, value: float
    ) -> None:
        shown = format_number(value, unit, lang)
        places = _shown_decimals(shown, lang)
        assert places <= SHOWN_DECIMALS[unit]
        assert read_number(shown, lang, unit) == _as_shown(value, places)

    @given(values=st.lists(finite, min_size=1, max_size=8))
    def test_a_pasted_column_of_shown_texts_reads_back(
        self, unit: MetricUnit, lang: str, values: list[float]
    ) -> None:
        cells = [format_number(v, unit, lang) for v in values]
        style = column_style(cells)
        assert style.mixed is None
        # A column that decides never decides against the language it was written in;
        # one that cannot is answered by the user, here as the language writes numbers.
        assert style.decimal_comma in (None, lang == "fr")
        read = read_column(cells, column_notation(lang == "fr"), unit)
        shown = [_as_shown(v, _shown_decimals(c, lang)) for v, c in zip(values, cells, strict=True)]
        assert read == shown


class TestPastedColumns:
    @pytest.mark.parametrize(
        ("cell", "hint"),
        [
            ("12,5", "comma"),
            ("0,250", "comma"),
            ("1.234,5", "comma"),
            ("1.234.567", "comma"),
            (f"1{NNBSP}234,567", "comma"),
            ("12.5", "dot"),
            ("1,234.5", "dot"),
            ("1,234,567", "dot"),
            ("1,234", "either"),
            ("1.234", "either"),
            ("-1,234 %", "either"),
            ("100", "none"),
            ("1 300", "none"),
            ("abc", "none"),
        ],
    )
    def test_what_one_cell_says(self, cell: str, hint: str) -> None:
        assert decimal_hint(cell) == hint

    def test_one_proving_cell_decides_the_column(self) -> None:
        assert column_style(["1,234", "12,5"]) == ColumnStyle(True)
        assert column_style(["1,234", "7.25"]) == ColumnStyle(False)

    def test_a_column_of_ambiguous_cells_is_left_to_the_user(self) -> None:
        assert column_style(["12", "1,234", "46,900"]) == ColumnStyle(None, ambiguous="1,234")

    def test_a_column_without_decimals_needs_no_answer(self) -> None:
        assert column_style(["100", "1 300"]) == ColumnStyle(None)

    def test_a_column_mixing_both_signs_says_where(self) -> None:
        assert column_style(["100", "12,5", "7.5"]) == ColumnStyle(None, mixed=(1, 2))

    def test_the_answer_reads_the_whole_column(self) -> None:
        cells = ["1,234", "46,900"]
        assert read_column(cells, column_notation(False)) == [1234.0, 46900.0]
        assert read_column(cells, column_notation(True)) == [1.234, 46.9]

    def test_bad_cells_say_why(self) -> None:
        read = read_column(["12,5", "abc", "5 %"], column_notation(True), MetricUnit.COUNT)
        assert read[0] == 12.5
        assert isinstance(read[1], NumberError)
        assert read[1].problem is Problem.NOT_A_NUMBER
        assert isinstance(read[2], NumberError)
        assert read[2].problem is Problem.OTHER_UNIT
