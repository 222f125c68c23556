"""The CSV reader of metric values and cohort tables, over a corpus of real-world shapes."""

import codecs
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from personabuilder.model import Granularity, MetricUnit
from personabuilder.services import metrics_csv
from personabuilder.services.metrics_csv import (
    CohortReading,
    CohortRole,
    Issue,
    Layout,
    Reading,
    Role,
    read_cohort_csv,
    read_metrics_csv,
)

CORPUS = Path(__file__).resolve().parents[1] / "data" / "csv"
PCT, CUR, DAYS = MetricUnit.PERCENT, MetricUnit.CURRENCY, MetricUnit.DAYS
M, S, P, V, U, X = Role.METRIC, Role.STAGE, Role.PERIOD, Role.VALUE, Role.UNIT, Role.IGNORE


@dataclass
class Case:
    """What reading one corpus file must give."""

    records: list[tuple[Any, ...]]
    issues: list[tuple[int, str]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)  # attributes of the reading
    kwargs: dict[str, Any] = field(default_factory=dict)


def d(year: int, month: int, day: int = 1) -> date:
    return date(year, month, day)


CASES: dict[str, Case] = {
    "long_comma_utf8.csv": Case(
        [
            (2, "Website traffic", "Awareness", d(2025, 1), 12400.0, None),
            (3, "Website traffic", "Awareness", d(2025, 2), 13150.5, None),
            (4, "Demo requests, inbound", "Consideration", d(2025, 1), 87.0, None),
            # "1,204": a comma delimiter and 13150.5 elsewhere make the comma a thousands one.
            (5, "Demo requests, inbound", "Consideration", d(2025, 2), 1204.0, None),
            (6, "Trial-to-paid conversion rate", "Trial", d(2025, 3), 18.5, None),
        ],
        facts={
            "encoding": "utf-8",
            "delimiter": ",",
            "decimal_comma": False,
            "layout": Layout.LONG,
            "header_line": 1,
            "roles": (M, S, P, V),
            "rows_read": 5,
        },
    ),
    "long_semicolon_cp1252_decimal_comma.csv": Case(
        [
            (2, "Coût d’acquisition client", "Décision", d(2025, 3), 1234.5, CUR),
            (3, "Coût d’acquisition client", "Décision", d(2025, 4), 1180.0, CUR),
            (4, "Taux de conversion", "Décision", d(2025, 3), 12.5, PCT),
            (5, "Taux de conversion", "Décision", d(2025, 4), 13.0, None),
            (6, "Visites du site", "Découverte", d(2025, 3, 15), 15400.0, None),
        ],
        facts={
            "encoding": "cp1252",
            "delimiter": ";",
            "decimal_comma": True,
            "day_first": True,
            "headers": ("Métrique", "Étape", "Période", "Valeur"),
            "roles": (M, S, P, V),
        },
    ),
    "wide_tab_utf8_bom.tsv": Case(
        [
            (2, "Website traffic", "Awareness", d(2025, 1), 12400.0, None),
            (2, "Website traffic", "Awareness", d(2025, 2), 13150.0, None),
            (3, "Churn rate", "Retention", d(2025, 1), 2.5, PCT),
            (3, "Churn rate", "Retention", d(2025, 3), 2.1, PCT),
            (4, "NPS", "Retention", d(2025, 1), 41.0, None),
            (4, "NPS", "Retention", d(2025, 3), 44.0, None),
        ],
        facts={
            "encoding": "utf-8-sig",
            "delimiter": "\t",
            "decimal_comma": True,
            "layout": Layout.WIDE,
            "headers": ("KPI", "Stage", "Jan 2025", "Feb 2025", "Mar 2025", "Total"),
            "roles": (M, S, P, P, P, X),
            "granularity": Granularity.MONTH,
            "rows_read": 3,
        },
    ),
    "wide_semicolon_unit_column.csv": Case(
        [
            (2, "MRR", "Expansion", d(2025, 1), 41000.0, CUR),
            (2, "MRR", "Expansion", d(2025, 2), 42500.0, CUR),
            (2, "MRR", "Expansion", d(2025, 3), 44100.0, CUR),
            (3, "Churn", "Rétention", d(2025, 1), 2.1, PCT),
            (3, "Churn", "Rétention", d(2025, 2), 1.9, PCT),
            (3, "Churn", "Rétention", d(2025, 3), 2.0, PCT),
            (4, "Clients", "Rétention", d(2025, 1), 310.0, None),
            (4, "Clients", "Rétention", d(2025, 2), 318.0, None),
        ],
        facts={
            "layout": Layout.WIDE,
            # Trailing empty header cells are dropped; the empty corner holds the metric.
            "headers": ("", "Étape", "Unité", "2025-01", "2025-02", "2025-03", "Objectif"),
            "roles": (M, S, U, P, P, P, X),
        },
    ),
    "title_lines_above_header.csv": Case(
        [
            (6, "Leads generated", "Awareness", d(2025, 1), 320.0, None),
            (7, "Leads generated", "Awareness", d(2025, 2), 355.0, None),
            (8, "Free-trial sign-ups", "Consideration", d(2025, 1), 96.0, None),
        ],
        facts={"header_line": 5, "roles": (M, S, P, V, X), "rows_read": 3},
    ),
    "french_months.csv": Case(
        [
            (
                2 + i,
                "Inscriptions à l’essai",
                "Essai",
                d(2025 + (i == 12), i % 12 + 1),
                120.0 + 5 * i,
                None,
            )
            for i in range(13)
            if i != 1
        ],
        # "févr. 25" may be 25 February as well as February 2025: refused, not guessed.
        issues=[(3, "no_year")],
        facts={"granularity": Granularity.MONTH, "decimal_comma": True},
    ),
    "english_months.csv": Case(
        [
            (line, "Demo requests", "Consideration", d(2025, month), value, None)
            for line, month, value in [
                (2, 1, 41.0),
                (3, 2, 45.0),
                (4, 3, 52.0),
                (5, 4, 50.0),
                (6, 5, 58.0),
                (7, 6, 61.0),
                (8, 9, 66.0),
                (9, 12, 70.0),
            ]
        ],
        facts={"granularity": None},  # two cells are full dates
    ),
    "yyyymmdd.csv": Case(
        [
            (2, "Support ticket volume", "Onboarding", d(2025, 3, 1), 214.0, None),
            (3, "Support ticket volume", "Onboarding", d(2025, 3, 8), 198.0, None),
            (4, "Support ticket volume", "Onboarding", d(2025, 3, 15), 187.0, None),
        ]
    ),
    "dmy_separators.csv": Case(
        [
            (line, "Renewal rate", "Renewal", d(2025, line + 1), 89.0 + line, None)
            for line in range(2, 7)
        ],
        facts={"day_first": True},
    ),
    "mm_dd_dates.csv": Case(
        [
            (2, "Trial sign-ups", "Trial", d(2025, 3, 15), 42.0, None),
            (3, "Trial sign-ups", "Trial", d(2025, 4, 1), 47.0, None),
            (4, "Trial sign-ups", "Trial", d(2025, 4, 12), 51.0, None),
        ],
        facts={"day_first": False},
    ),
    "thousands_nbsp.csv": Case(
        [
            (2, "MRR", "Expansion", d(2025, 1), 1234.5, None),
            (3, "MRR", "Expansion", d(2025, 2), 12345.0, None),
            (4, "MRR", "Expansion", d(2025, 3), 1234567.8, None),
            (5, "MRR", "Expansion", d(2025, 4), 1234567.0, None),
            (6, "MRR", "Expansion", d(2025, 5), 1234.5, None),
            (7, "MRR", "Expansion", d(2025, 6), -1200.0, None),
        ],
        facts={"decimal_comma": True},
    ),
    "percent_and_currency.csv": Case(
        [
            (2, "Churn rate", "Retention", d(2025, 1), 2.5, PCT),
            (3, "Churn rate", "Retention", d(2025, 2), 2.1, PCT),
            (4, "Churn rate", "Retention", d(2025, 3), -0.4, PCT),
            (5, "CAC", "Decision", d(2025, 1), 1234.5, CUR),
            (6, "CAC", "Decision", d(2025, 2), 980.0, CUR),
            (7, "CAC", "Decision", d(2025, 3), 1020.0, CUR),
            (8, "ARPU", "Expansion", d(2025, 1), 1250.0, CUR),
            (9, "ARPU", "Expansion", d(2025, 2), 1310.0, CUR),
            (10, "Expansion revenue", "Expansion", d(2025, 1), -1200.0, None),
            (11, "Expansion revenue", "Expansion", d(2025, 2), -40.0, CUR),
        ],
        facts={"decimal_comma": False},
    ),
    "quarters.csv": Case(
        [
            (2, "Net revenue retention", "Retention", d(2025, 1), 104.5, None),
            (3, "Net revenue retention", "Retention", d(2025, 4), 106.0, None),
            (4, "Net revenue retention", "Retention", d(2025, 7), 103.2, None),
            (5, "Net revenue retention", "Retention", d(2025, 10), 108.0, None),
        ],
        facts={"granularity": Granularity.QUARTER},
    ),
    "iso_weeks.csv": Case(
        [
            (2, "Feature usage", "Adoption", d(2025, 2, 24), 530.0, None),
            (3, "Feature usage", "Adoption", d(2025, 3, 3), 545.0, None),
            (4, "Feature usage", "Adoption", d(2025, 3, 10), 551.0, None),
            (5, "Feature usage", "Adoption", d(2020, 12, 28), 498.0, None),
        ],
        issues=[(6, "bad_date")],  # 2025 has 52 ISO weeks
        facts={"granularity": Granularity.WEEK},
    ),
    "long_extra_columns.csv": Case(
        [
            (2, "Onboarding completion rate", "Activation", d(2025, 1, 31), 72.5, PCT),
            (3, "Onboarding completion rate", "Activation", d(2025, 2, 28), 74.0, PCT),
            (4, "Time to first value", "Trial", d(2025, 1, 31), 4.5, DAYS),
            (5, "Time to first value", "Trial", d(2025, 2, 28), 4.0, DAYS),
        ],
        facts={"roles": (M, S, P, X, V, U, X)},
    ),
    "unnamed_value_column.csv": Case(
        [
            (2, "Trafic du site", None, d(2025, 1), 12400.0, None),
            (3, "Trafic du site", None, d(2025, 2), 13150.0, None),
        ],
        facts={"roles": (M, P, V)},
    ),
    "ragged.csv": Case(
        [
            (2, "Referrals", "Advocacy", d(2025, 1), 12.0, None),
            (3, "Referrals", "Advocacy", d(2025, 2), 15.0, None),  # extra fields, all empty
            (6, "Referrals", "Advocacy", d(2025, 5), 20.0, None),  # only the comment missing
            (8, "Reviews", "Advocacy", d(2025, 1), 7.0, None),  # a quoted field over 2 lines
            (10, "Reviews", "Advocacy", d(2025, 2), 9.0, None),
        ],
        issues=[(4, "too_few_fields"), (5, "too_many_fields")],
        facts={"rows_read": 7},
    ),
    "text_in_number.csv": Case(
        [
            (2, "Activation rate", "Onboarding", d(2025, 1), 41.5, None),
            (8, "Activation rate", "Onboarding", d(2025, 7), 43.0, None),
        ],
        issues=[
            (3, "not_a_number"),
            (4, "not_a_number"),
            (5, "not_a_number"),
            (6, "no_value"),
            (7, "no_value"),
        ],
    ),
    "unknown_metric.csv": Case(
        [
            (2, "Website traffic", "Awareness", d(2025, 1), 100.0, None),
            (4, "Trial sign-ups", "Trial", d(2025, 1), 20.0, None),
            (6, "Trial sign-ups", "Trial", d(2025, 3), 22.0, None),
        ],
        issues=[(3, "unknown_metric"), (5, "unknown_stage")],
        kwargs={
            "known_metrics": ["Website traffic", "Trial sign-ups"],
            "known_stages": ["Awareness", "Trial"],
        },
    ),
    "duplicates.csv": Case(
        [
            (2, "NPS", "Retention", d(2025, 1), 41.0, None),
            (5, "NPS", "Advocacy", d(2025, 1), 44.0, None),
        ],
        issues=[(3, "duplicate"), (4, "duplicate")],  # "Jan 2025" is the period of 2025-01
    ),
    "bad_dates.csv": Case(
        [
            (2, "Time to value", "Activation", d(2025, 1, 15), 12.0, None),
            (7, "Time to value", "Activation", d(2025, 2), 8.0, None),
        ],
        issues=[(3, "bad_date"), (4, "bad_date"), (5, "missing_period"), (6, "bad_date")],
    ),
    "no_header.csv": Case([], issues=[(0, "no_header")], facts={"header_line": 0}),
    "empty.csv": Case([], issues=[(0, "empty_file")]),
    "blank_lines_only.csv": Case([], issues=[(0, "empty_file")]),
    "binary.xlsx.csv": Case([], issues=[(0, "binary_file")]),
    "cohort.csv": Case(
        [
            (2, d(2025, 1), 0, 1000.0, None),
            (3, d(2025, 1), 1, 820.0, None),
            (4, d(2025, 1), 2, 760.0, None),
            (5, d(2025, 2), 0, 1100.0, None),
            (6, d(2025, 2), 1, 905.0, None),
        ],
        issues=[(7, "duplicate_cohort"), (8, "bad_offset"), (9, "negative_count")],
        facts={
            "layout": Layout.LONG,
            "roles": (CohortRole.COHORT, CohortRole.OFFSET, CohortRole.RETAINED),
            "rows_read": 8,
        },
    ),
    "cohort_fr.csv": Case(
        [
            (2, d(2025, 1), 0, 1000.0, None),
            (2, d(2025, 1), 1, 812.0, None),
            (2, d(2025, 1), 2, 745.0, None),
            (2, d(2025, 1), 3, 701.0, None),
            (3, d(2025, 2), 0, 1100.0, None),
            (3, d(2025, 2), 1, 905.0, None),
            (3, d(2025, 2), 2, 830.0, None),
            (4, d(2025, 3), 0, 950.0, None),
            (4, d(2025, 3), 1, 780.0, None),
            (5, d(2025, 4), 0, 1020.0, None),
        ],
        facts={
            "encoding": "cp1252",
            "layout": Layout.WIDE,
            "headers": ("Cohorte", "Taille", "Mois 0", "Mois 1", "Mois 2", "Mois 3"),
            "roles": (CohortRole.COHORT, CohortRole.IGNORE) + (CohortRole.OFFSET,) * 4,
        },
    ),
    # --- issue 13: a value is read only when its reading is certain -----------------------------
    "us_dates_decided_late.csv": Case(
        [
            (line, "Trial sign-ups", "Trial", d(2026, 3, day), value, None)
            for line, day, value in [(2, 1, 40.0), (3, 8, 42.0), (4, 15, 47.0), (5, 22, 45.0)]
        ],
        facts={"day_first": False},  # 03/15/2026 decides 03/01/2026 too
    ),
    "us_dates_undecided.csv": Case(
        [], issues=[(0, "ambiguous_dates")], facts={"day_first": None, "rows_read": 0}
    ),
    "dates_contradict.csv": Case([], issues=[(0, "ambiguous_dates")], facts={"day_first": None}),
    "wide_dates_undecided.csv": Case(
        [], issues=[(0, "ambiguous_date_headers")], facts={"layout": Layout.WIDE}
    ),
    "half_years_fr.csv": Case(
        [],
        issues=[(2, "half_year"), (3, "half_year"), (4, "half_year")],
        facts={"encoding": "cp1252"},
    ),
    "weeks_s_labels_fr.csv": Case(
        [
            (2, "Inscriptions", None, d(2025, 12, 29), 12.0, None),
            (3, "Inscriptions", None, d(2026, 1, 5), 15.0, None),
            (4, "Inscriptions", None, d(2026, 1, 12), 11.0, None),
            (5, "Inscriptions", None, d(2026, 3, 2), 19.0, None),
        ],
        facts={"granularity": Granularity.WEEK},  # S3 and S10: this column's S are weeks
    ),
    "yearless_days.csv": Case([], issues=[(line, "no_year") for line in range(2, 7)]),
    "this_year_last_year.csv": Case(
        [],
        issues=[(0, "ambiguous_value_column")],
        facts={"value_columns": (2, 3), "roles": (M, P, X, X)},
    ),
    "forecast_budget.csv": Case(
        [], issues=[(0, "ambiguous_value_column")], facts={"value_columns": (2, 3)}
    ),
    "typographic_apostrophe.csv": Case(
        [
            (line, "Chiffre d'affaires", "Expansion", d(2026, line - 1), value, None)
            for line, value in [(2, 125000.0), (3, 131500.0), (4, 140000.0)]
        ],
        kwargs={"known_metrics": ["Chiffre d'affaires"], "known_stages": ["Expansion"]},
    ),
    "decimal_undecided.csv": Case(
        [], issues=[(0, "ambiguous_decimal")], facts={"decimal_comma": None}
    ),
    "decimal_decided_by_column.csv": Case(
        [
            (2, "CAC", None, d(2026, 1), 1.25, None),
            (3, "CAC", None, d(2026, 2), 1.175, None),
            (4, "CAC", None, d(2026, 3), 1.5, None),
        ],
        facts={"decimal_comma": True},  # "1,5" decides "1,250" and "1,175"
    ),
    "unit_signs.csv": Case(
        [
            (2, "Customer acquisition cost (CAC)", None, d(2026, 1), 45.0, PCT),
            (3, "Churn rate", None, d(2026, 1), 1234.0, CUR),
            (4, "Churn rate", None, d(2026, 2), 1.9, PCT),
            (5, "Customer acquisition cost (CAC)", None, d(2026, 2), 10400.0, CUR),
        ],  # the reader keeps the signs; matching to the metrics refuses lines 2 and 3
    ),
    "weeks_into_months.csv": Case(
        [
            (2, "Leads generated", None, d(2026, 1, 26), 210.0, None),
            (3, "Leads generated", None, d(2026, 2, 2), 198.0, None),
        ],
        facts={"granularity": Granularity.WEEK},
    ),
    "quarter_into_months.csv": Case(
        [
            (2, "Leads generated", None, d(2026, 1), 2610.0, None),
            (3, "Leads generated", None, d(2026, 4), 2790.0, None),
        ],
        facts={"granularity": Granularity.QUARTER},
    ),
}


def read(name: str, **kwargs: Any) -> Reading | CohortReading:
    data = (CORPUS / name).read_bytes()
    if name.startswith("cohort"):
        return read_cohort_csv(data, **kwargs)
    return read_metrics_csv(data, **kwargs)


def rows(reading: Reading | CohortReading) -> list[tuple[Any, ...]]:
    if isinstance(reading, CohortReading):
        return [(r.line, r.cohort, r.offset, r.retained, r.unit) for r in reading.records]
    return [(r.line, r.metric, r.stage, r.period, r.value, r.unit) for r in reading.records]


def problems(reading: Reading | CohortReading) -> list[tuple[int, str]]:
    return [(issue.line, issue.code) for issue in reading.issues]


def test_every_corpus_file_has_its_expected_reading() -> None:
    assert sorted(p.name for p in CORPUS.iterdir() if not p.name.startswith(".")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_corpus_file_reads_to_exact_records_and_issues(name: str) -> None:
    case = CASES[name]
    reading = read(name, **case.kwargs)
    assert rows(reading) == case.records
    assert problems(reading) == case.issues
    for attribute, expected in case.facts.items():
        assert getattr(reading, attribute) == expected, attribute


@pytest.mark.parametrize("name", sorted(CASES))
def test_every_issue_names_its_problem_in_both_languages(name: str) -> None:
    case = CASES[name]
    for issue in read(name, **case.kwargs).issues:
        english, french = issue.message("en"), issue.message("fr")
        assert english
        assert french
        assert english != french
        assert "{" not in english + french


@pytest.mark.parametrize("code", sorted(metrics_csv._MESSAGES))
def test_every_message_formats_and_follows_french_typography(code: str) -> None:
    params = {"value": "x", "found": "3", "expected": "4", "first": "2", "stage": "y"}
    params |= {"size": "61.5", "limit": "60.5", "header": "h", "columns": "“a”, “b”"}
    params |= {"metric": "m", "written": "quarter", "written_unit": "percent"}
    params |= {"expected_unit": "currency"}
    issue = Issue(2, "Valeur", code, tuple(params.items()))
    english, french = issue.message(), issue.message("fr-CA")
    assert english.endswith(".")
    assert french.endswith(".")
    assert not re.search(r" [;:!?»]|« ", french), french
    assert "'" not in french
    assert "..." not in french
    if "{size}" in metrics_csv._MESSAGES[code][1]:
        assert "61,5" in french
        assert "61.5" in english


def test_rows_that_cannot_be_read_leave_out_nothing_else() -> None:
    good = read("ragged.csv")
    assert [r.line for r in good.records] == [2, 3, 6, 8, 10]
    assert good.errors == good.issues
    notes = read("text_in_number.csv")
    assert [i.code for i in notes.issues if not i.is_error] == ["no_value", "no_value"]
    assert len(notes.errors) == 3


# --- overrides: the preview lets the user change what was detected, and reads again ----------


def test_roles_changed_in_the_preview_are_used_on_reading_again() -> None:
    first = read("long_extra_columns.csv")
    assert isinstance(first, Reading)
    roles = list(first.roles)
    roles[3], roles[4], roles[1] = Role.VALUE, Role.IGNORE, Role.IGNORE  # targets, no stage
    again = read("long_extra_columns.csv", roles=roles)
    assert again.roles == tuple(roles)
    assert [(r.metric, r.stage, r.value) for r in again.records] == [
        ("Onboarding completion rate", None, 80.0),
        ("Onboarding completion rate", None, 80.0),
        ("Time to first value", None, 3.0),
        ("Time to first value", None, 3.0),
    ]


def test_roles_must_match_the_headers() -> None:
    with pytest.raises(ValueError, match="3 roles given for 7 columns"):
        read("long_extra_columns.csv", roles=[M, P, V])


def test_layout_changed_to_long_on_a_wide_file_reports_what_is_missing() -> None:
    reading = read("wide_tab_utf8_bom.tsv", layout=Layout.LONG)
    assert reading.layout == Layout.LONG
    assert reading.records == ()
    assert problems(reading) == [(1, "no_period_column"), (1, "no_value_column")]


def test_a_wide_period_column_whose_header_is_no_period_is_reported() -> None:
    reading = read("wide_tab_utf8_bom.tsv", roles=[M, S, P, P, P, P])
    assert reading.layout == Layout.WIDE
    assert problems(reading) == [(1, "bad_period_header")]
    assert reading.issues[0].column == "Total"
    assert len(reading.records) == 6


def test_decimal_separator_and_day_order_can_be_overridden() -> None:
    reading = read("long_semicolon_cp1252_decimal_comma.csv", decimal_comma=False)
    assert not reading.decimal_comma
    # A cell that cannot be read the chosen way is still read the other way.
    assert [r.value for r in reading.records] == [1234.5, 1180.0, 12.5, 13.0, 15.4]
    swapped = read("dmy_separators.csv", day_first=False)
    assert [r.period for r in swapped.records][:2] == [d(2025, 1, 3), d(2025, 1, 4)]


def test_header_line_delimiter_and_encoding_can_be_overridden() -> None:
    reading = read("title_lines_above_header.csv", header_line=2)
    assert reading.header_line == 2
    assert reading.headers == ("Monthly funnel report", "ACME SaaS")
    # The first column below it holds text, so it is taken for the metric names.
    assert problems(reading) == [(2, "no_period_column"), (2, "no_value_column")]
    latin = read("long_semicolon_cp1252_decimal_comma.csv", encoding="latin-1")
    assert latin.encoding == "latin-1"
    # The wrong encoding turns € into a control character: those cells are no numbers any more.
    assert problems(latin) == [(2, "not_a_number"), (3, "not_a_number")]
    assert latin.records[0].stage == "Décision"
    commas = read("long_comma_utf8.csv", delimiter=";")
    assert commas.delimiter == ";"
    assert problems(commas) == [(0, "no_header")]


# --- spellings of numbers and periods ---------------------------------------------------------


def one_value(cell: str, **kwargs: Any) -> Reading:
    quoted = cell.replace('"', '""')
    return read_metrics_csv(f'metric;period;value\nM;2025-01;"{quoted}"\n'.encode(), **kwargs)


@pytest.mark.parametrize(
    ("cell", "decimal_comma", "value", "unit"),
    [
        ("1234", True, 1234.0, None),
        ("12,5", True, 12.5, None),
        ("12.5", False, 12.5, None),
        ("1.234,5", True, 1234.5, None),
        ("1,234.5", False, 1234.5, None),
        ("1,234", True, 1.234, None),  # the file's convention decides an ambiguous cell
        ("1,234", False, 1234.0, None),
        ("1.234", True, 1234.0, None),
        ("1 234 567", True, 1234567.0, None),
        ("1\u00a0234,5", True, 1234.5, None),
        ("1\u202f234,5", True, 1234.5, None),
        ("1'234.5", False, 1234.5, None),
        ("1\u2019234,5", True, 1234.5, None),
        (",5", True, 0.5, None),
        ("-12,5", True, -12.5, None),
        ("\u221212,5", True, -12.5, None),
        ("(1 200)", True, -1200.0, None),
        ("+3", True, 3.0, None),
        ("12,5 %", True, 12.5, PCT),
        ("12.5%", False, 12.5, PCT),
        ("% 7", True, 7.0, PCT),
        ("-0,5 %", True, -0.5, PCT),
        ("1 234,50 €", True, 1234.5, CUR),
        ("€1,234.50", False, 1234.5, CUR),
        ("€ -40", False, -40.0, CUR),
        ("-$40", False, -40.0, CUR),
        ("$99", False, 99.0, CUR),
        ("£1,020", False, 1020.0, CUR),
        ("1,250.00 EUR", False, 1250.0, CUR),
        ("usd 12", False, 12.0, CUR),
        ("12 GBP", False, 12.0, CUR),
        ("1.5E+06", False, 1500000.0, None),  # spreadsheets write big numbers so
        ("1,5E+06", True, 1500000.0, None),
        (" 42", True, 42.0, None),
        ("42 ", True, 42.0, None),
    ],
)
def test_number_spellings(cell: str, decimal_comma: bool, value: float, unit: Any) -> None:
    reading = one_value(cell, decimal_comma=decimal_comma)
    assert problems(reading) == []
    assert [(r.value, r.unit) for r in reading.records] == [(value, unit)]


@pytest.mark.parametrize(
    "cell",
    ["abc", "12..5", "1,2,3", "1 23", "12 34,5", "€", "(12", "--5", "€12%", "inf", "1e999"],
)
def test_text_that_is_not_a_number(cell: str) -> None:
    assert problems(one_value(cell)) == [(2, "not_a_number")]


@pytest.mark.parametrize("cell", ["", "n/a", "N/A", "#N/A", "-", "—", "–", "null", "nd", "NaN"])
def test_cells_that_say_there_is_no_value(cell: str) -> None:
    reading = one_value(cell)
    assert problems(reading) == [(2, "no_value")]
    assert not reading.issues[0].is_error


@pytest.mark.parametrize(
    ("cell", "period", "granularity"),
    [
        ("2025-03-01", d(2025, 3, 1), None),
        ("2025-03-01T08:30:00Z", d(2025, 3, 1), None),
        ("2025/03/07", d(2025, 3, 7), None),
        ("2025-03", d(2025, 3), Granularity.MONTH),
        ("01/03/2025", d(2025, 3, 1), None),
        ("1/3/2025", d(2025, 3, 1), None),
        ("01-03-2025", d(2025, 3, 1), None),
        ("01.03.2025", d(2025, 3, 1), None),
        ("1.3.25", d(2025, 3, 1), None),
        ("20250301", d(2025, 3, 1), None),
        ("202503", d(2025, 3), Granularity.MONTH),
        ("Mar 2025", d(2025, 3), Granularity.MONTH),
        ("March 2025", d(2025, 3), Granularity.MONTH),
        ("March-25", d(2025, 3), Granularity.MONTH),
        ("mars 2025", d(2025, 3), Granularity.MONTH),
        ("janv. 2025", d(2025, 1), Granularity.MONTH),
        ("févr.-25", d(2025, 2), Granularity.MONTH),
        ("Mar '25", d(2025, 3), Granularity.MONTH),
        ("FÉVRIER 2025", d(2025, 2), Granularity.MONTH),
        ("août 2025", d(2025, 8), Granularity.MONTH),
        ("déc. 2025", d(2025, 12), Granularity.MONTH),
        ("2025 mai", d(2025, 5), Granularity.MONTH),
        ("1er février 2026", d(2026, 2, 1), None),
        ("15-Mar-25", d(2025, 3, 15), None),
        ("March 15, 2025", d(2025, 3, 15), None),
        ("Q1 2025", d(2025, 1), Granularity.QUARTER),
        ("q4 25", d(2025, 10), Granularity.QUARTER),
        ("T2 2025", d(2025, 4), Granularity.QUARTER),
        ("2025-Q3", d(2025, 7), Granularity.QUARTER),
        ("2025 T4", d(2025, 10), Granularity.QUARTER),
        ("2025-W09", d(2025, 2, 24), Granularity.WEEK),
        ("2025W01", d(2024, 12, 30), Granularity.WEEK),
        ("2025-W09-3", d(2025, 2, 24), Granularity.WEEK),
        ("S09 2025", d(2025, 2, 24), Granularity.WEEK),
        ("  2025-03  ", d(2025, 3), Granularity.MONTH),
    ],
)
def test_period_spellings_map_to_the_first_day(
    cell: str, period: date, granularity: Granularity | None
) -> None:
    # One cell cannot tell the date order: the file says it (see the tests of the order).
    reading = read_metrics_csv(f'metric,period,value\nM,"{cell}",1\n'.encode(), day_first=True)
    assert problems(reading) == []
    assert [r.period for r in reading.records] == [period]
    assert reading.granularity == granularity


@pytest.mark.parametrize(
    "cell", ["2025-13", "2025-02-30", "32/01/2025", "Q5 2025", "2025-W00", "smarch 2025", "2025"]
)
def test_text_that_is_not_a_period(cell: str) -> None:
    reading = read_metrics_csv(f"metric,period,value\nM,{cell},1\n".encode())
    assert problems(reading) == [(2, "bad_date")]


def test_month_first_dates_are_recognised_by_the_rest_of_the_column() -> None:
    data = b"metric,date,value\nM,01/02/2025,1\nM,02/13/2025,2\n"
    reading = read_metrics_csv(data)
    assert not reading.day_first
    assert [r.period for r in reading.records] == [d(2025, 1, 2), d(2025, 2, 13)]


def test_contradicting_dates_without_an_ambiguous_one_follow_the_most_and_report_the_rest() -> None:
    reading = read_metrics_csv(b"metric,date,value\nM,13/02/2025,1\nM,02/13/2025,2\n")
    assert reading.day_first
    assert problems(reading) == [(3, "bad_date")]


def test_ambiguous_cells_are_decided_by_the_rest_of_a_long_file() -> None:
    # The sample at the start holds only "1,234"-like cells and day-and-month-below-13 dates.
    head = "".join(f'M{i};01/02/2025;"1,{i % 900 + 100}"\n' for i in range(12000))
    data = f"metric;date;value\n{head}Z;01/13/2025;12,5\n".encode()
    assert len(data) > metrics_csv._SAMPLE_CHARS
    reading = read_metrics_csv(data)
    assert reading.decimal_comma
    assert not reading.day_first
    assert reading.records[0].value == 1.1
    assert reading.records[0].period == d(2025, 1, 2)
    assert reading.records[-1].value == 12.5
    assert len(reading.records) == 12001


# --- detection -------------------------------------------------------------------------------


def test_a_wide_header_of_bare_periods_is_found_and_its_corner_is_the_metric() -> None:
    data = b"Report\n,Jan 2025,Feb 2025\nSign-ups,10,12\n"
    reading = read_metrics_csv(data)
    assert (reading.header_line, reading.layout, reading.roles) == (2, Layout.WIDE, (M, P, P))
    assert rows(reading) == [
        (3, "Sign-ups", None, d(2025, 1), 10.0, None),
        (3, "Sign-ups", None, d(2025, 2), 12.0, None),
    ]


def test_utf16_with_bom_is_read() -> None:
    text = "metric\tstage\tperiod\tvalue\r\nNPS\tRétention\t2025-01\t41,5\r\n"
    reading = read_metrics_csv(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    assert (reading.encoding, reading.delimiter) == ("utf-16", "\t")
    assert rows(reading) == [(2, "NPS", "Rétention", d(2025, 1), 41.5, None)]


@pytest.mark.parametrize(
    "data",
    [
        b"metric,stage\x00,period\nx,y,z\n",
        bytes(range(1, 32)) * 20,
        "\ufeffmetric,value\n\x00".encode(),
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    reading = read_metrics_csv(data)
    assert problems(reading) == [(0, "binary_file")]
    assert reading.records == ()


def test_comment_rows_are_skipped_but_a_metric_named_with_a_hash_is_read() -> None:
    data = b"metric,period,value\n# a note\n# of signups,2025-01,5\n#,a,b,c,d\n"
    reading = read_metrics_csv(data)
    assert rows(reading) == [(3, "# of signups", None, d(2025, 1), 5.0, None)]
    assert reading.issues == ()


def test_known_names_are_matched_without_case_accents_or_extra_blanks() -> None:
    data = "métrique;étape;période;valeur\ntaux  D'ACTIVATION;ACTIVATION;2025-01;3\n".encode()
    reading = read_metrics_csv(
        data, known_metrics=["Taux d'activation"], known_stages=["Activation", "Trial"]
    )
    assert rows(reading) == [(2, "Taux d'activation", "Activation", d(2025, 1), 3.0, None)]


def test_a_missing_metric_name_is_reported_and_a_blank_row_is_not() -> None:
    data = b"metric,period,value\n,2025-01,3\n , , \nM,2025-01,4\n"
    reading = read_metrics_csv(data)
    assert problems(reading) == [(2, "missing_metric")]
    assert reading.rows_read == 2


# --- size and robustness -----------------------------------------------------------------------


def test_a_file_over_the_limit_is_not_read() -> None:
    data = (CORPUS / "long_comma_utf8.csv").read_bytes()
    reading = read_metrics_csv(data, max_bytes=100)
    assert problems(reading) == [(0, "file_too_large")]
    assert reading.records == ()
    assert dict(reading.issues[0].params) == {"size": "0.0", "limit": "0.0"}


def test_a_field_over_the_csv_limit_is_reported_and_the_rest_is_read() -> None:
    huge = "x" * 200_000
    data = f"metric,period,value\nA,2025-01,1\n{huge},2025-01,2\nB,2025-01,3\n".encode()
    reading = read_metrics_csv(data)
    assert problems(reading) == [(3, "field_too_long")]
    assert [(r.line, r.metric) for r in reading.records] == [(2, "A"), (4, "B")]


def test_extremely_long_lines_are_fine() -> None:
    weeks = [f"{1990 + i // 50}-W{i % 50 + 1:02d}" for i in range(5000)]
    data = ("metric," + ",".join(weeks) + "\nM," + ",".join("1" * 5000) + "\n").encode()
    wide = read_metrics_csv(data)
    assert (len(wide.records), wide.issues) == (5000, ())
    long_comment = "c" * 120_000
    data = f"metric,period,value,comment\nM,2025-01,1,{long_comment}\n".encode()
    assert rows(read_metrics_csv(data)) == [(2, "M", None, d(2025, 1), 1.0, None)]


def test_a_50_mb_export_is_read(tmp_path: Path) -> None:
    block = "".join(
        f"Metric {m},Stage {m % 9},{year}-{month:02d},{(m * 7919 + year * month) % 100000}.25\n"
        for m in range(40)
        for year in range(2000, 2100)
        for month in range(1, 13)
    )
    repeats = 50 * 1024 * 1024 // len(block) + 1
    path = tmp_path / "export.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("metric,stage,period,value\n")
        for r in range(repeats):
            out.write(block.replace("Metric ", f"Metric {r}."))
    data = path.read_bytes()
    assert len(data) > 50 * 1024 * 1024
    reading = read_metrics_csv(data)
    assert reading.issues == ()
    assert len(reading.records) == reading.rows_read == repeats * 40 * 100 * 12
    first, last = reading.records[0], reading.records[-1]
    assert (first.line, first.metric, first.period, first.value) == (
        2,
        "Metric 0.0",
        d(2000, 1),
        2000.25,
    )
    assert (last.metric, last.stage, last.period) == (
        f"Metric {repeats - 1}.39",
        "Stage 3",
        d(2099, 12),
    )


def test_reading_the_same_bytes_twice_gives_the_same_reading() -> None:
    for name in ("ragged.csv", "wide_tab_utf8_bom.tsv", "text_in_number.csv"):
        assert read(name) == read(name)


# --- cohorts ------------------------------------------------------------------------------------


def test_a_bare_cohort_triangle_is_read() -> None:
    data = b",0,1,2\n2025-01,100,80,70\n2025-02,120,90,\n"
    reading = read_cohort_csv(data)
    assert reading.layout == Layout.WIDE
    assert rows(reading) == [
        (2, d(2025, 1), 0, 100.0, None),
        (2, d(2025, 1), 1, 80.0, None),
        (2, d(2025, 1), 2, 70.0, None),
        (3, d(2025, 2), 0, 120.0, None),
        (3, d(2025, 2), 1, 90.0, None),
    ]


def test_cohort_rates_and_french_headers() -> None:
    data = "Mois d'inscription;Mois depuis l'inscription;Rétention\nmars 2025;M1;82,5 %\n"
    reading = read_cohort_csv(data.encode("cp1252"))
    assert reading.roles == (CohortRole.COHORT, CohortRole.OFFSET, CohortRole.RETAINED)
    assert rows(reading) == [(2, d(2025, 3), 1, 82.5, PCT)]


def test_cohort_problems_are_listed() -> None:
    assert problems(read_cohort_csv(b"")) == [(0, "empty_file")]
    assert problems(read_cohort_csv(b"hello\nworld\n")) == [(0, "no_header")]
    reading = read_cohort_csv(b"cohort,retained\n2025-01,4\n")
    assert problems(reading) == [(1, "no_offset_column")]
    reading = read_cohort_csv(b"cohort,offset,retained\n,0,4\nsoon,1,4\n2025-01,0,many\n")
    assert problems(reading) == [(2, "missing_cohort"), (3, "bad_date"), (4, "not_a_number")]


# --- issue 13: never a guessed reading --------------------------------------------------------


def test_the_user_settles_what_the_file_cannot_tell() -> None:
    us = (CORPUS / "us_dates_undecided.csv").read_bytes()
    assert [r.period for r in read_metrics_csv(us, day_first=False).records] == [
        d(2026, 3, 1),
        d(2026, 4, 1),
        d(2026, 5, 1),
    ]
    assert read_metrics_csv(us, day_first=True).records[0].period == d(2026, 1, 3)
    commas = (CORPUS / "decimal_undecided.csv").read_bytes()
    assert [r.value for r in read_metrics_csv(commas, decimal_comma=False).records] == [
        1250.0,
        1175.0,
        980.0,
    ]
    assert read_metrics_csv(commas, decimal_comma=True).records[0].value == 1.25
    two = (CORPUS / "this_year_last_year.csv").read_bytes()
    by_name = read_metrics_csv(two, value_column="last YEAR")
    assert [r.value for r in by_name.records] == [41200.0, 40100.0]
    assert by_name.value_column == 3
    assert [r.value for r in read_metrics_csv(two, value_column="3").records] == [46800.0, 47950.0]
    assert [r.value for r in read_metrics_csv(two, value_column=2).records] == [46800.0, 47950.0]
    unknown = read_metrics_csv(two, value_column="Next year")
    assert problems(unknown) == [(1, "unknown_column")]
    assert unknown.issues[0].message() == (
        "There is no column “Next year”; the columns are “Metric”, “Month”, “This year”, "
        "“Last year”."
    )


def test_a_named_value_column_is_not_a_question_but_two_named_ones_are() -> None:
    named = read_metrics_csv(b"Metric,Month,Value,Last year\nM,2026-01,5,4\n")
    assert [r.value for r in named.records] == [5.0]
    two = read_metrics_csv(b"Metric,Month,Actual,Amount\nM,2026-01,5,4\n")
    assert problems(two) == [(0, "ambiguous_value_column")]
    assert two.value_columns == (2, 3)
    assert two.records == ()


def test_dotted_dates_are_day_first_and_same_day_and_month_prove_nothing() -> None:
    dotted = read_metrics_csv(b"metric;date;value\nM;03.01.2026;1\n")
    assert [r.period for r in dotted.records] == [d(2026, 1, 3)]
    same = read_metrics_csv(b"metric,date,value\nM,03/03/2026,1\nM,2026-04-05,2\n")
    assert problems(same) == []
    assert [r.period for r in same.records] == [d(2026, 3, 3), d(2026, 4, 5)]


def test_each_record_says_how_long_its_written_period_is() -> None:
    data = b"metric,period,value\nA,2026-01,1\nB,Q1 2026,2\nC,2026-W05,3\nD,2026-01-15,4\n"
    reading = read_metrics_csv(data)
    assert [r.granularity for r in reading.records] == [
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.WEEK,
        None,
    ]


@pytest.mark.parametrize(
    ("cell", "code"),
    [
        ("S1 2026", "half_year"),
        ("2026-H2", "half_year"),
        ("1er semestre 2026", "half_year"),
        ("Jan 05", "no_year"),
        ("févr. 25", "no_year"),
        ("5 mars", "no_year"),
        ("03/01", "no_year"),
        ("Q3", "no_year"),
        ("W05", "no_year"),
        ("smarch 2025", "bad_date"),
    ],
)
def test_a_refused_period_says_why(cell: str, code: str) -> None:
    reading = read_metrics_csv(f"metric;period;value\nM;{cell};1\nM;2026-01;2\n".encode())
    assert problems(reading) == [(2, code)]


def test_typographic_marks_are_folded_in_names() -> None:
    assert metrics_csv.fold_name("Chiffre d’affaires ") == metrics_csv.fold_name(
        "CHIFFRE D'AFFAIRES"
    )
    assert metrics_csv.fold_name("Taux de ré‑achat") == metrics_csv.fold_name("taux de re-achat")


# --- properties: any column of its class, not only the samples above ---------------------------

_DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


def _dated_file(days: list[date], month_first: bool, separator: str = "/") -> bytes:
    def cell(day: date) -> str:
        first, second = (day.month, day.day) if month_first else (day.day, day.month)
        return f"{first:02d}{separator}{second:02d}{separator}{day.year}"

    body = "".join(f"M{i},{cell(day)},{i}\n" for i, day in enumerate(days))
    return f"metric,date,value\n{body}".encode()


@settings(max_examples=80, deadline=None)
@given(st.lists(_DAYS, min_size=1, max_size=30), st.booleans(), st.sampled_from("/-"))
def test_a_date_column_that_can_tell_its_order_is_read_right(
    days: list[date], month_first: bool, separator: str
) -> None:
    assume(any(day.day > 12 for day in days))
    reading = read_metrics_csv(_dated_file(days, month_first, separator))
    assert reading.day_first is (not month_first)
    assert [r.period for r in reading.records] == days


@settings(max_examples=80, deadline=None)
@given(
    st.lists(_DAYS.filter(lambda day: day.day <= 12), min_size=1, max_size=30),
    st.booleans(),
)
def test_a_date_column_that_cannot_tell_its_order_is_never_stored(
    days: list[date], month_first: bool
) -> None:
    assume(any(day.day != day.month for day in days))
    reading = read_metrics_csv(_dated_file(days, month_first))
    assert reading.records == ()
    assert reading.day_first is None
    assert [issue.code for issue in reading.undecided] == ["ambiguous_dates"]


def _grouped(value: int, thousands: str) -> str:
    return f"{value:,}".replace(",", thousands)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(min_value=1000, max_value=999_999), min_size=1, max_size=20),
    st.booleans(),
    st.integers(min_value=1, max_value=99),
)
def test_a_number_column_that_can_tell_its_decimal_sign_is_read_right(
    values: list[int], decimal_comma: bool, cents: int
) -> None:
    decimal, thousands = (",", ".") if decimal_comma else (".", ",")
    cells = [_grouped(value, thousands) for value in values]
    # One cell with a fraction of two digits proves the decimal sign for the whole column.
    cells.append(f"{_grouped(values[0], thousands)}{decimal}{cents:02d}")
    body = "".join(f'M{i};2026-01;"{cell}"\n' for i, cell in enumerate(cells))
    reading = read_metrics_csv(f"metric;period;value\n{body}".encode())
    assert reading.decimal_comma is decimal_comma
    expected = [float(value) for value in values] + [values[0] + cents / 100]
    assert [r.value for r in reading.records] == pytest.approx(expected)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(min_value=1000, max_value=999_999), min_size=1, max_size=20),
    st.sampled_from(",."),
    st.sampled_from(",;\t"),
)
def test_a_number_column_that_cannot_tell_its_decimal_sign_is_never_stored(
    values: list[int], sign: str, delimiter: str
) -> None:
    cells = [_grouped(value, sign) for value in values]
    body = "".join(f'M{i}{delimiter}2026-01{delimiter}"{cell}"\n' for i, cell in enumerate(cells))
    header = delimiter.join(["metric", "period", "value"])
    reading = read_metrics_csv(f"{header}\n{body}".encode())
    assert reading.records == ()
    assert reading.decimal_comma is None
    assert [issue.code for issue in reading.undecided] == ["ambiguous_decimal"]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.sampled_from(["This year", "Last year", "Forecast", "Budget", "N-1", "2025"]),
             min_size=2, max_size=4, unique=True),
)  # fmt: skip
def test_two_columns_of_numbers_without_a_value_header_are_never_guessed(
    names: list[str],
) -> None:
    header = ",".join(["Metric", "Month", *names])
    row = ",".join(["M", "2026-01", *(str(10 + i) for i in range(len(names)))])
    reading = read_metrics_csv(f"{header}\n{row}\n".encode())
    assert reading.records == ()
    assert [issue.code for issue in reading.undecided] == ["ambiguous_value_column"]
    assert len(reading.value_columns) == len(names)


def _long_file(
    rows: int, last: str, *, date: str = "2025-01-{day:02d}", value: str = "46800"
) -> bytes:
    """A long file whose sample (the first 256 KB) proves nothing, then ``last`` as its end."""
    body = "".join(f"Metric {i};{date.format(day=i % 28 + 1)};{value}\n" for i in range(rows))
    data = f"metric;date;value\n{body}{last}\n".encode()
    assert len(data) > metrics_csv._SAMPLE_CHARS
    return data


def test_a_date_of_two_readings_after_a_sample_that_proved_nothing_is_asked_not_guessed() -> None:
    data = _long_file(12000, "Late;03/01/2026;5")
    reading = read_metrics_csv(data)
    assert reading.day_first is None
    assert any(i.code == "ambiguous_dates" for i in reading.undecided)
    assert (12002, "ambiguous_date") in problems(reading)
    # Said how to read it, the same file is read whole.
    told = read_metrics_csv(data, day_first=False)
    assert told.records[-1].period == d(2026, 3, 1)
    assert not told.errors


def test_a_number_of_two_readings_after_a_sample_of_whole_numbers_is_asked_not_guessed() -> None:
    data = _long_file(12000, "Late;2026-01-01;1.500", value="46800")
    reading = read_metrics_csv(data)
    assert reading.decimal_comma is None
    assert any(i.code.startswith("ambiguous_decimal") for i in reading.undecided)
    assert (12002, "ambiguous_number") in problems(reading)
    assert read_metrics_csv(data, decimal_comma=True).records[-1].value == 1500


def test_a_proven_reading_carries_past_the_sample() -> None:
    # The sample proves month first (01/13) and a decimal point (12.5): later cells follow it.
    data = _long_file(12000, "Late;03/01/2026;1.500", date="01/{day:02d}/2025", value="12.5")
    reading = read_metrics_csv(data)
    assert reading.day_first is False
    assert reading.decimal_comma is False
    assert reading.records[-1].period == d(2026, 3, 1)
    assert reading.records[-1].value == 1.5
    assert not reading.undecided


@settings(max_examples=25, deadline=None)
@given(
    day=st.integers(1, 12),
    month=st.integers(1, 12),
    grouped=st.sampled_from(["1,500", "1.500", "12,345", "999.001"]),
)
def test_no_late_cell_of_two_readings_is_ever_stored(day: int, month: int, grouped: str) -> None:
    assume(day != month)
    data = _long_file(12000, f'Late;{day:02d}/{month:02d}/2026;"{grouped}"')
    reading = read_metrics_csv(data)
    assert not any(r.metric == "Late" for r in reading.records)
    assert {i.code for i in reading.undecided} >= {"ambiguous_dates"}


def test_column_names_in_a_message_take_the_quotes_of_its_language() -> None:
    reading = read_metrics_csv(b"Metric,Date,This year,Last year\nM,2026-01-01,1,2\n")
    (issue,) = reading.undecided
    assert "(“This year”, “Last year”)" in issue.message("en")
    assert "(«\u00a0This year\u00a0», «\u00a0Last year\u00a0»)" in issue.message("fr")
