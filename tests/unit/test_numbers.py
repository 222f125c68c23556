"""Numbers, units, periods and axis ticks written in the UI language (charts.numbers)."""

import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from personabuilder.charts.numbers import (
    MINUS,
    axis_label,
    format_axis,
    format_number,
    format_period,
    unit_label,
)
from personabuilder.charts.ticks import AxisFormatter, places_for
from personabuilder.model import Granularity, MetricUnit

NBSP = "\u00a0"
NNBSP = "\u202f"


class TestFormatNumber:
    @pytest.mark.parametrize(
        ("value", "unit", "lang", "expected"),
        [
            (12.5, MetricUnit.PERCENT, "en", "12.5%"),
            (12.5, MetricUnit.PERCENT, "fr", f"12,5{NBSP}%"),
            (1234, MetricUnit.CURRENCY, "en", "€1,234"),
            (1234, MetricUnit.CURRENCY, "fr", f"1{NNBSP}234{NBSP}€"),
            (3.2, MetricUnit.DAYS, "en", f"3.2{NBSP}days"),
            (3.2, MetricUnit.DAYS, "fr", f"3,2{NBSP}jours"),
            (1234567, MetricUnit.COUNT, "en", "1,234,567"),
            (1234567, MetricUnit.COUNT, "fr", f"1{NNBSP}234{NNBSP}567"),
            (7.5, MetricUnit.SCORE, "fr", "7,5"),
            (0.125, None, "en", "0.12"),
        ],
    )
    def test_issue_examples(
        self, value: float, unit: MetricUnit | None, lang: str, expected: str
    ) -> None:
        assert format_number(value, unit, lang) == expected

    @pytest.mark.parametrize(("lang", "expected"), [("en", "n/a"), ("fr", "n.d.")])
    def test_missing_is_not_zero(self, lang: str, expected: str) -> None:
        assert format_number(None, MetricUnit.PERCENT, lang) == expected
        assert format_number(math.nan, MetricUnit.COUNT, lang) == expected

    def test_trailing_zeros_are_dropped_by_default(self) -> None:
        assert format_number(40.0, MetricUnit.PERCENT, "en") == "40%"
        assert format_number(2.0, MetricUnit.DAYS, "en") == f"2{NBSP}days"

    def test_fixed_decimals_keep_their_zeros(self) -> None:
        assert format_number(40, MetricUnit.PERCENT, "en", decimals=1) == "40.0%"
        assert format_number(12.3456, MetricUnit.PERCENT, "fr", decimals=2) == f"12,35{NBSP}%"

    def test_currency_shows_cents_all_or_nothing(self) -> None:
        assert format_number(1234.5, MetricUnit.CURRENCY, "en") == "€1,234.50"
        assert format_number(99.999, MetricUnit.CURRENCY, "en") == "€100"

    def test_currency_code_is_the_callers(self) -> None:
        assert format_number(5, MetricUnit.CURRENCY, "fr", currency="USD") == f"5{NBSP}$"

    @pytest.mark.parametrize(
        ("currency", "english", "french"),
        [
            ("EUR", "€12,500", f"12{NNBSP}500{NBSP}€"),
            ("USD", "$12,500", f"12{NNBSP}500{NBSP}$"),
            ("GBP", "£12,500", f"12{NNBSP}500{NBSP}£"),
            ("eur", "€12,500", f"12{NNBSP}500{NBSP}€"),
            # No sign in common use: the code stays, apart from the number.
            ("CHF", f"CHF{NBSP}12,500", f"12{NNBSP}500{NBSP}CHF"),
            ("SEK", f"SEK{NBSP}12,500", f"12{NNBSP}500{NBSP}SEK"),
        ],
    )
    def test_currency_sign_where_each_language_writes_it(
        self, currency: str, english: str, french: str
    ) -> None:
        assert format_number(12500, MetricUnit.CURRENCY, "en", currency) == english
        assert format_number(12500, MetricUnit.CURRENCY, "fr", currency) == french

    @pytest.mark.parametrize(
        ("currency", "english", "french"),
        [
            ("EUR", f"{MINUS}€1,200", f"{MINUS}1{NNBSP}200{NBSP}€"),
            ("CHF", f"{MINUS}CHF{NBSP}1,200.50", f"{MINUS}1{NNBSP}200,50{NBSP}CHF"),
        ],
    )
    def test_a_negative_amount_puts_the_minus_first(
        self, currency: str, english: str, french: str
    ) -> None:
        value = -1200.5 if currency == "CHF" else -1200
        assert format_number(value, MetricUnit.CURRENCY, "en", currency) == english
        assert format_number(value, MetricUnit.CURRENCY, "fr", currency) == french

    def test_an_amount_that_rounds_to_zero_has_no_minus(self) -> None:
        assert format_number(-0.001, MetricUnit.CURRENCY, "en") == "€0"

    def test_day_singular_follows_each_language(self) -> None:
        assert format_number(1, MetricUnit.DAYS, "en") == f"1{NBSP}day"
        assert format_number(1.5, MetricUnit.DAYS, "en") == f"1.5{NBSP}days"
        # French keeps the singular below two.
        assert format_number(1.5, MetricUnit.DAYS, "fr") == f"1,5{NBSP}jour"
        assert format_number(2, MetricUnit.DAYS, "fr") == f"2{NBSP}jours"

    def test_negative_numbers_take_the_minus_sign(self) -> None:
        assert format_number(-3.5, MetricUnit.PERCENT, "en") == f"{MINUS}3.5%"
        assert format_number(-1234, None, "fr") == f"{MINUS}1{NNBSP}234"

    def test_a_value_rounding_to_zero_has_no_sign(self) -> None:
        assert format_number(-0.04, MetricUnit.PERCENT, "en") == "0%"

    def test_infinity_is_written_without_unit(self) -> None:
        assert format_number(math.inf, MetricUnit.PERCENT, "en") == "∞"
        assert format_number(-math.inf, None, "fr") == f"{MINUS}∞"

    @pytest.mark.parametrize("lang", ["fr_FR", "fr-CA", "FR"])
    def test_regional_french_tags_are_french(self, lang: str) -> None:
        assert format_number(0.5, MetricUnit.PERCENT, lang) == f"0,5{NBSP}%"

    @pytest.mark.parametrize("lang", ["de", "en_GB", ""])
    def test_other_languages_fall_back_to_english(self, lang: str) -> None:
        assert format_number(1234.5, MetricUnit.COUNT, lang) == "1,234.5"

    @given(st.integers(min_value=-(10**12), max_value=10**12))
    def test_french_integers_read_back(self, number: int) -> None:
        text = format_number(number, MetricUnit.COUNT, "fr")
        assert "," not in text
        assert text.replace(NNBSP, "").replace(MINUS, "-") == str(number)

    @given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False))
    def test_english_and_french_say_the_same_number(self, value: float) -> None:
        english = format_number(value, MetricUnit.PERCENT, "en", decimals=1)
        french = format_number(value, MetricUnit.PERCENT, "fr", decimals=1)
        assert french.replace(NNBSP, "").replace(",", ".").replace(NBSP, "") == english.replace(
            ",", ""
        )


class TestLabels:
    @pytest.mark.parametrize(
        ("unit", "english", "french"),
        [
            (MetricUnit.PERCENT, "%", "%"),
            (MetricUnit.CURRENCY, "€", "€"),
            (MetricUnit.DAYS, "days", "jours"),
            (MetricUnit.SCORE, "score", "score"),
            (MetricUnit.COUNT, "count", "nombre"),
        ],
    )
    def test_unit_labels(self, unit: MetricUnit, english: str, french: str) -> None:
        assert unit_label(unit, "en") == english
        assert unit_label(unit, "fr") == french

    def test_no_unit_has_no_label(self) -> None:
        assert unit_label(None) == ""
        assert axis_label("NPS", None) == "NPS"

    def test_axis_label_names_the_quantity_and_unit(self) -> None:
        assert axis_label("Leads", MetricUnit.COUNT, "fr") == "Leads (nombre)"
        assert axis_label("CAC", MetricUnit.CURRENCY, "en", currency="GBP") == "CAC (£)"
        assert axis_label("CAC", MetricUnit.CURRENCY, "fr", currency="CHF") == "CAC (CHF)"

    def test_axis_label_without_name_is_the_unit(self) -> None:
        assert axis_label("", MetricUnit.DAYS, "fr") == "Jours"


class TestFormatPeriod:
    @pytest.mark.parametrize(
        ("granularity", "english", "french"),
        [
            (Granularity.MONTH, "Feb 2026", "févr. 2026"),
            (Granularity.QUARTER, "Q1 2026", "T1 2026"),
            (Granularity.WEEK, "W6 2026", "S6 2026"),
            (None, "Feb 2, 2026", "2 févr. 2026"),
        ],
    )
    def test_periods(self, granularity: Granularity | None, english: str, french: str) -> None:
        day = date(2026, 2, 2)
        assert format_period(day, granularity, "en") == english
        assert format_period(day, granularity, "fr") == french

    def test_iso_week_belongs_to_its_iso_year(self) -> None:
        assert format_period(date(2027, 1, 1), Granularity.WEEK, "en") == "W53 2026"


class TestAxisFormatter:
    def test_format_axis_gives_a_matplotlib_formatter(self) -> None:
        from matplotlib.ticker import Formatter

        formatter = format_axis(MetricUnit.PERCENT, "fr")
        assert isinstance(formatter, Formatter)
        assert isinstance(formatter, AxisFormatter)

    def test_percent_ticks_share_the_decimals_they_need(self) -> None:
        formatter = format_axis(MetricUnit.PERCENT, "en")
        assert formatter.format_ticks([0.0, 2.5, 5.0]) == ["0.0%", "2.5%", "5.0%"]
        assert formatter.format_ticks([0.0, 20.0, 40.0]) == ["0%", "20%", "40%"]

    def test_french_ticks(self) -> None:
        percent = format_axis(MetricUnit.PERCENT, "fr")
        assert percent.format_ticks([10.0, 12.5]) == [f"10,0{NBSP}%", f"12,5{NBSP}%"]
        money = format_axis(MetricUnit.CURRENCY, "fr")
        # The unit is in the axis label, not on every tick.
        assert money.format_ticks([0.0, 1000.0, 2000.0]) == ["0", f"1{NNBSP}000", f"2{NNBSP}000"]

    def test_fixed_decimals(self) -> None:
        formatter = format_axis(MetricUnit.DAYS, "en", decimals=2)
        assert formatter.format_ticks([1.0, 2.0]) == ["1.00", "2.00"]

    def test_pointer_value_carries_the_unit(self) -> None:
        formatter = format_axis(MetricUnit.DAYS, "fr")
        assert formatter.format_data_short(3.25) == f"3,2{NBSP}jours"

    @pytest.mark.parametrize(
        ("locs", "places"),
        [([0, 1, 2], 0), ([0, 0.5, 1], 1), ([0.25, 0.5], 2), ([1 / 3], 4), ([math.nan, 2.0], 0)],
    )
    def test_places_for(self, locs: list[float], places: int) -> None:
        assert places_for(locs) == places
