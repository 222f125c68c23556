"""Reads stage metric values and cohort tables from CSV exports into records and a list of problems.

Pure Python: nothing here touches Qt or a workspace. The caller shows the reading as a preview,
lets the user change how the file was understood (every detection below has an override
argument), reads again, and writes only what the user confirms. Problems are listed as
``Issue`` values, never raised; a row with a problem is left out of the records.

How a file is understood, in order:

- **Encoding**: a UTF-8 BOM gives ``utf-8-sig``, a UTF-16 BOM ``utf-16`` (Excel's "Unicode
  text"), valid UTF-8 ``utf-8``, anything else ``cp1252`` (Excel's ANSI on Western Windows).
  A NUL byte (outside UTF-16) or more than 1 % of control characters make it a binary file.
- **Delimiter**: among comma, semicolon and tab, the one that splits the most of the first
  lines into the same number (>1) of fields; blank lines and lines starting with ``#`` are not
  counted, and title lines, having fewer fields, do not spoil the count.
- **Header**: the first row with two cells that name a column (metric/métrique/indicateur/KPI,
  stage/étape, period/période/date/mois/month, value/valeur, unit/unité, or words such as
  target/cible/total that mark a column to ignore), or with two cells that are periods (wide
  layout). Rows narrower than the usual row are tried last, so a title line holding such words
  is passed over. Rows above the header are skipped; trailing empty header cells are dropped.
- **Roles** come from the header words, in English or French, case and accents ignored. In the
  LONG layout an unnamed column may still be taken: the first whose cells are periods as the
  period, the only one whose cells are numbers as the value, the first whose cells are text
  as the metric. In the WIDE layout a column whose header is a period gets ``Role.PERIOD``:
  its cells are that period's values; the first unnamed column (often with an empty header)
  holds the metric. When several columns get the metric, stage, period (LONG) or unit role,
  the first one is used and the others are ignored.
- **Layout**: LONG when a column has the value role, WIDE when a header is a period. With
  ``roles`` given and no ``layout``: LONG when a role is VALUE, else WIDE.
- **Decimal separator**, decided by the whole value column: a cell with both ``.`` and ``,``
  has its decimal separator last ("1.234,5"); one comma not followed by exactly three digits
  ("12,5", "0,250") means a decimal comma, several commas ("1,234,567") thousands commas, and
  the same for dots. Cells like "1,234" or "1.234" prove nothing: when the start of the file
  has only such cells, the rest of the column is looked through; if it proves nothing either
  (or proves both ways), the separator is undecided: an ``ambiguous_decimal`` issue, no
  record, until the caller passes ``decimal_comma``. A column with no such cell needs no
  decision. A cell that proves the other separator is read its own way.
- **Dates**: the day order is decided by the whole column: a number above 12 in first place
  proves day first, in second place month first, and dots (31.12.2025) day first; when no cell
  proves an order and some could be read both ways (03/01/2026), or cells prove both orders
  and some are ambiguous, the order is undecided (``ambiguous_dates``, no record) until the
  caller passes ``day_first``. Two-digit years are 20YY, but two digits after a month name
  ("Jan 05") are a year only with a dash, slash or apostrophe ("Mar-25"); otherwise the cell
  is refused as having no year, like "5 mars", "03/01", "Q1". Half-years ("S1 2026", "H2
  2026") are refused, unless the column's other "S" labels show they are weeks. A period
  maps to its first day (month to the 1st, quarter to its first month, ISO week to its
  Monday); a full date stays that day. ``Record.granularity`` says what each cell named, so
  the import refuses a period of another length than the metric's; ``Reading.granularity``
  says week, month or quarter when every period was written as one.
- **Value column** (LONG layout): the column a header names as the value; when two do, or
  none does and several columns hold numbers ("This year", "Last year"), an
  ``ambiguous_value_column`` issue and no record until the caller passes ``value_column``.
- **Numbers**: thousands separated by space, no-break space (U+00A0, U+202F), apostrophe, dot or
  comma; minus sign, U+2212 or parentheses for negatives; scientific notation ("1.5E+06"); a %
  sign (before or after) gives ``MetricUnit.PERCENT`` and keeps the value as written ("12,5 %"
  is 12.5); € $ £ EUR USD GBP (before or after) give ``MetricUnit.CURRENCY``. A unit column
  gives the unit of cells without a sign.
- **No value**: an empty cell, "n/a", "-", "—", "NaN" and the like. In the WIDE layout it is
  skipped silently (a table has holes); in the LONG layout the row is skipped with a
  ``no_value`` issue that is not an error (``Issue.is_error`` is false), so the preview can say
  why the row is missing.
- **Rows**: blank rows, and rows starting with ``#`` that do not have the header's number of
  fields, are skipped silently. A row with more fields than the header is an error unless the
  extra fields are empty; a row with fewer is an error unless the missing fields are all in
  ignored columns. The same metric, stage and period twice keeps the first and reports the
  second. Line numbers are physical lines of the file (a quoted field may span several).
"""

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from typing import Any, Final

from personabuilder.model import Granularity, MetricUnit

__all__ = [
    "MAX_BYTES",
    "UNDECIDED",
    "CohortReading",
    "CohortRecord",
    "CohortRole",
    "Issue",
    "Layout",
    "Reading",
    "Record",
    "Role",
    "fold_name",
    "read_cohort_csv",
    "read_metrics_csv",
]

MAX_BYTES: Final = 60 * 1024 * 1024
"""Default size limit: an analytics export of a few years of daily values stays well below."""

# The start of the file examined to detect the delimiter, header, roles and number style.
_SAMPLE_CHARS: Final = 256 * 1024
_SNIFF_LINES: Final = 60
_HEADER_SEARCH_ROWS: Final = 100
_DELIMITERS: Final = (",", ";", "\t")
_SHOWN_CHARS: Final = 40  # how much of a bad cell an issue quotes
_MIB: Final = 1024 * 1024


class Layout(StrEnum):
    """How a file lays its values out."""

    LONG = "long"  # one value per row: metric, stage, period, value
    WIDE = "wide"  # one row per metric (and stage), one column per period


class Role(StrEnum):
    """What a column of a metrics file holds; in the WIDE layout PERIOD marks a period's values."""

    METRIC = "metric"
    STAGE = "stage"
    PERIOD = "period"
    VALUE = "value"
    UNIT = "unit"
    IGNORE = "ignore"


class CohortRole(StrEnum):
    """What a column of a cohort file holds; in the WIDE layout OFFSET marks an offset's counts."""

    COHORT = "cohort"
    OFFSET = "offset"
    RETAINED = "retained"
    IGNORE = "ignore"


# code -> (English, French). French typography: no-break space before ; : and inside « ».
_MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "empty_file": ("The file is empty.", "Le fichier est vide."),
    "binary_file": (
        "This is not a text file: save the sheet as CSV first.",
        "Ce n’est pas un fichier texte\u00a0: enregistrez d’abord la feuille au format CSV.",
    ),
    "file_too_large": (
        "The file is {size} MB; the limit is {limit} MB.",
        "Le fichier pèse {size}\u00a0Mo\u00a0; la limite est de {limit}\u00a0Mo.",
    ),
    "no_header": (
        "No header row found: name the columns metric, stage, period and value, "
        "or give one column per period.",
        "Aucune ligne d’en-tête trouvée\u00a0: nommez les colonnes métrique, étape, période "
        "et valeur, ou donnez une colonne par période.",
    ),
    "no_metric_column": (
        "No column holds the metric names.",
        "Aucune colonne ne contient le nom des métriques.",
    ),
    "no_period_column": (
        "No column holds the periods.",
        "Aucune colonne ne contient les périodes.",
    ),
    "no_value_column": (
        "No column holds the values.",
        "Aucune colonne ne contient les valeurs.",
    ),
    "no_cohort_column": (
        "No column holds the cohorts.",
        "Aucune colonne ne contient les cohortes.",
    ),
    "no_offset_column": (
        "No column holds the period offsets.",
        "Aucune colonne ne contient le décalage de période.",
    ),
    "no_retained_column": (
        "No column holds the retained counts.",
        "Aucune colonne ne contient le nombre de clients conservés.",
    ),
    "too_many_fields": (
        "This row has {found} fields; the header has {expected}.",
        "Cette ligne a {found}\u00a0champs\u00a0; l’en-tête en a {expected}.",
    ),
    "too_few_fields": (
        "This row has {found} fields; the header has {expected}.",
        "Cette ligne a {found}\u00a0champs\u00a0; l’en-tête en a {expected}.",
    ),
    "field_too_long": (
        "A field is longer than {limit} characters, or a quote is never closed.",
        "Un champ dépasse {limit}\u00a0caractères, ou un guillemet n’est jamais fermé.",
    ),
    "unknown_metric": (
        "Unknown metric “{value}”.",
        "Métrique inconnue\u00a0: «\u00a0{value}\u00a0».",
    ),
    "unknown_stage": (
        "Unknown stage “{value}”.",
        "Étape inconnue\u00a0: «\u00a0{value}\u00a0».",
    ),
    "ambiguous_metric": (
        "Several stages have a metric “{value}”; add a stage column to say which.",
        "Plusieurs étapes ont une métrique «\u00a0{value}\u00a0»\u00a0; ajoutez une colonne "
        "d’étape pour préciser laquelle.",
    ),
    "metric_not_on_stage": (
        "The stage “{stage}” has no metric “{value}”.",
        "L’étape «\u00a0{stage}\u00a0» n’a pas de métrique «\u00a0{value}\u00a0».",
    ),
    "missing_metric": ("The metric name is empty.", "Le nom de la métrique est vide."),
    "missing_period": ("The period is empty.", "La période est vide."),
    "missing_cohort": ("The cohort is empty.", "La cohorte est vide."),
    "not_a_number": (
        "“{value}” is not a number.",
        "«\u00a0{value}\u00a0» n’est pas un nombre.",
    ),
    "ambiguous_date": (
        "“{value}” can be read day first or month first, and no row before it says which.",
        "«\u00a0{value}\u00a0» peut se lire jour d’abord ou mois d’abord, et aucune ligne "
        "avant elle ne dit lequel.",
    ),
    "ambiguous_number": (
        "In “{value}” the separator can be a decimal sign or a thousands sign, and no row "
        "before it says which.",
        "Dans «\u00a0{value}\u00a0», le séparateur peut marquer les décimales ou les milliers, "
        "et aucune ligne avant elle ne dit lequel.",
    ),
    "negative_count": (
        "“{value}” is negative; a count cannot be.",
        "«\u00a0{value}\u00a0» est négatif, ce qui est impossible pour un effectif.",
    ),
    "bad_date": (
        "“{value}” is not a date or a period.",
        "«\u00a0{value}\u00a0» n’est ni une date ni une période.",
    ),
    "bad_period_header": (
        "The column header “{value}” is not a period.",
        "L’en-tête de colonne «\u00a0{value}\u00a0» n’est pas une période.",
    ),
    "bad_offset": (
        "“{value}” is not a whole number of periods.",
        "«\u00a0{value}\u00a0» n’est pas un nombre entier de périodes.",
    ),
    "bad_offset_header": (
        "The column header “{value}” is not a period offset.",
        "L’en-tête de colonne «\u00a0{value}\u00a0» n’est pas un décalage de période.",
    ),
    "duplicate": (
        "Same metric, stage and period as line {first}; the first one is kept.",
        "Même métrique, étape et période qu’à la ligne {first}\u00a0; la première est conservée.",
    ),
    "duplicate_cohort": (
        "Same cohort and offset as line {first}; the first one is kept.",
        "Même cohorte et même décalage qu’à la ligne {first}\u00a0; la première est conservée.",
    ),
    "no_value": ("No value; the row is skipped.", "Pas de valeur\u00a0; la ligne est ignorée."),
    "no_year": (
        "“{value}” has no year, or one that could be a day: write the period with a four-digit "
        "year, such as 2026-01 or 2026-01-05.",
        "«\u00a0{value}\u00a0» n’a pas d’année, ou une année qui pourrait être un jour\u00a0: "
        "écrivez la période avec une année à quatre chiffres, par exemple 2026-01 ou 2026-01-05.",
    ),
    "half_year": (
        "“{value}” is a half-year; metric values are weekly, monthly or quarterly.",
        "«\u00a0{value}\u00a0» est un semestre\u00a0; les valeurs des métriques sont "
        "hebdomadaires, mensuelles ou trimestrielles.",
    ),
    "ambiguous_dates": (
        "The dates in “{header}” can be read day first or month first (such as “{value}”): "
        "say which order the file uses.",
        "Les dates de «\u00a0{header}\u00a0» peuvent se lire jour d’abord ou mois d’abord "
        "(par exemple «\u00a0{value}\u00a0»)\u00a0: indiquez l’ordre utilisé par le fichier.",
    ),
    "ambiguous_date_headers": (
        "The dates in the column headers can be read day first or month first (such as "
        "“{value}”): say which order the file uses.",
        "Les dates des en-têtes de colonne peuvent se lire jour d’abord ou mois d’abord (par "
        "exemple «\u00a0{value}\u00a0»)\u00a0: indiquez l’ordre utilisé par le fichier.",
    ),
    "ambiguous_decimal_table": (
        "The numbers in the table can be read with a decimal comma or a decimal point (such as "
        "“{value}”): say which the file uses.",
        "Les nombres du tableau peuvent se lire avec une virgule ou un point décimal (par "
        "exemple «\u00a0{value}\u00a0»)\u00a0: indiquez lequel le fichier utilise.",
    ),
    "ambiguous_decimal": (
        "The numbers in “{header}” can be read with a decimal comma or a decimal point (such "
        "as “{value}”): say which the file uses.",
        "Les nombres de «\u00a0{header}\u00a0» peuvent se lire avec une virgule ou un point "
        "décimal (par exemple «\u00a0{value}\u00a0»)\u00a0: indiquez lequel le fichier utilise.",
    ),
    "ambiguous_value_column": (
        "Several columns can hold the values ({columns}): say which one to import.",
        "Plusieurs colonnes peuvent contenir les valeurs ({columns})\u00a0: indiquez laquelle "
        "importer.",
    ),
    "unknown_column": (
        "There is no column “{value}”; the columns are {columns}.",
        "Il n’y a pas de colonne «\u00a0{value}\u00a0»\u00a0; les colonnes sont {columns}.",
    ),
    "wrong_granularity": (
        "This period is {written}, but “{metric}” takes {expected} values; periods are never "
        "split or merged.",
        "Cette période est {written}, mais «\u00a0{metric}\u00a0» prend des valeurs "
        "{expected}\u00a0; une période n’est jamais répartie ni regroupée.",
    ),
    "wrong_unit": (
        "The value is marked as {written}, but “{metric}” is {expected}.",
        "La valeur est indiquée comme {written}, mais «\u00a0{metric}\u00a0» est {expected}.",
    ),
}
_NOT_ERRORS: Final = frozenset({"no_value"})
# Issues that stop the reading until the user says how to read the file (app: a choice in the
# preview; command line: an option).
UNDECIDED: Final = frozenset(
    {
        "ambiguous_dates",
        "ambiguous_date_headers",
        "ambiguous_decimal",
        "ambiguous_decimal_table",
        "ambiguous_value_column",
    }
)
# Parameters naming a kind of period or a unit, said in the message's language.
_TERMS: Final[dict[tuple[str, str], tuple[str, str]]] = {
    ("written", "week"): ("a week", "une semaine"),
    ("written", "month"): ("a month", "un mois"),
    ("written", "quarter"): ("a quarter", "un trimestre"),
    ("expected", "week"): ("weekly", "hebdomadaires"),
    ("expected", "month"): ("monthly", "mensuelles"),
    ("expected", "quarter"): ("quarterly", "trimestrielles"),
    **{
        (key, unit): words
        for key in ("written_unit", "expected_unit")
        for unit, words in (
            ("percent", ("a percentage", "un pourcentage")),
            ("currency", ("an amount of money", "un montant")),
            ("count", ("a count", "un nombre")),
            ("days", ("a number of days", "un nombre de jours")),
            ("score", ("a score", "un score")),
        )
    },
}
# Parameters that are decimal numbers, written with a decimal comma in French.
_DECIMAL_PARAMS: Final = frozenset({"size", "limit"})


@dataclass(frozen=True, slots=True)
class Issue:
    """A problem in a file: where (1-based physical line, 0 for the whole file; header) and what."""

    line: int
    column: str | None
    code: str
    params: tuple[tuple[str, str], ...] = ()

    @property
    def is_error(self) -> bool:
        """False for a note that loses nothing the file meant to say (a row with no value)."""
        return self.code not in _NOT_ERRORS

    def message(self, lang: str = "en") -> str:
        """The problem in English, or French when ``lang`` starts with "fr"; without the line."""
        french = lang.lower().startswith("fr")
        english_text, french_text = _MESSAGES[self.code]
        values: dict[str, str] = {}
        for key, value in self.params:
            if _LIST_SEPARATOR in value or key == "columns":
                quote = "«\u00a0{}\u00a0»" if french else "“{}”"
                value = ", ".join(quote.format(name) for name in value.split(_LIST_SEPARATOR))
            elif french and key in _DECIMAL_PARAMS:
                value = value.replace(".", ",")
            elif (key, value) in _TERMS:
                value = _TERMS[key, value][french]
            values[key.removesuffix("_unit")] = value
        return (french_text if french else english_text).format(**values)

    @property
    def undecided(self) -> bool:
        """True when the file cannot be read until the user says how (date order, ...)."""
        return self.code in UNDECIDED


@dataclass(frozen=True, slots=True)
class Record:
    """One metric value read from a file; ``unit`` from a % or currency sign, or a unit column.

    ``granularity`` is how long the period written in the file is: None for a day (a date),
    else a week, month or quarter, which only a metric of that granularity may take.
    """

    line: int
    metric: str
    stage: str | None
    period: date
    value: float
    unit: MetricUnit | None
    granularity: Granularity | None = None


@dataclass(frozen=True)
class Reading:
    """What a metrics file holds and how it was understood, for the import preview.

    ``decimal_comma`` and ``day_first`` are None when the file cannot tell; then an undecided
    issue says so and no record is read, as when several columns could be the value (their
    indexes in ``value_columns``).
    """

    encoding: str
    delimiter: str
    decimal_comma: bool | None
    day_first: bool | None
    layout: Layout
    header_line: int  # 1-based; 0 when no header was found
    headers: tuple[str, ...]
    roles: tuple[Role, ...]
    records: tuple[Record, ...]
    issues: tuple[Issue, ...]
    rows_read: int  # data rows below the header, blank and comment rows not counted
    granularity: Granularity | None = None  # when every period is written as a week/month/quarter
    value_columns: tuple[int, ...] = ()  # the columns that could be the value, when undecided

    @property
    def errors(self) -> tuple[Issue, ...]:
        """The issues that left something out."""
        return tuple(issue for issue in self.issues if issue.is_error)

    @property
    def undecided(self) -> tuple[Issue, ...]:
        """What the user has to say before anything can be read (date order, ...)."""
        return tuple(issue for issue in self.issues if issue.undecided)

    @property
    def value_column(self) -> int | None:
        """The index of the column read as the value (LONG layout), if any."""
        return self.roles.index(Role.VALUE) if Role.VALUE in self.roles else None


@dataclass(frozen=True, slots=True)
class CohortRecord:
    """How many of a cohort were still there ``offset`` periods after it started."""

    line: int
    cohort: date
    offset: int
    retained: float
    unit: MetricUnit | None  # PERCENT when the table gives rates rather than counts


@dataclass(frozen=True)
class CohortReading:
    """What a cohort retention file holds and how it was understood, for the import preview."""

    encoding: str
    delimiter: str
    decimal_comma: bool
    day_first: bool
    layout: Layout
    header_line: int
    headers: tuple[str, ...]
    roles: tuple[CohortRole, ...]
    records: tuple[CohortRecord, ...]
    issues: tuple[Issue, ...]
    rows_read: int

    @property
    def errors(self) -> tuple[Issue, ...]:
        """The issues that left something out."""
        return tuple(issue for issue in self.issues if issue.is_error)


# ---------------------------------------------------------------------------------------------
# Text helpers


_WORD: Final = re.compile(r"[a-z0-9]+")


# Typographic apostrophes and dashes, as word processors and spreadsheets autocorrect them.
_PLAIN_MARKS: Final = str.maketrans(
    dict.fromkeys("\u2018\u2019\u02bc\u2032\u00b4\uff07", "'")
    | dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2212", "-")
)


def _fold(text: str) -> str:
    """Lower case, accents, typographic marks and surrounding blanks removed, blanks collapsed."""
    if not text.isascii():
        text = "".join(
            c
            for c in unicodedata.normalize("NFKD", text.translate(_PLAIN_MARKS))
            if not unicodedata.combining(c)
        )
    return " ".join(text.casefold().split())


def fold_name(name: str) -> str:
    """A name as names are compared: case, accents, apostrophe and dash styles, blanks aside."""
    return _fold(name)


def _shown(cell: str) -> str:
    """A cell as an issue quotes it."""
    cell = " ".join(cell.split())
    return cell if len(cell) <= _SHOWN_CHARS else cell[: _SHOWN_CHARS - 1] + "…"


def _blank(cells: Iterable[str]) -> bool:
    return not any(cell.strip() for cell in cells)


def _issue(line: int, column: str | None, code: str, **params: object) -> Issue:
    return Issue(line, column, code, tuple((key, str(value)) for key, value in params.items()))


# ---------------------------------------------------------------------------------------------
# Periods

_MONTHS: Final = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # French, accents folded away
    "janvier": 1, "janv": 1, "fevrier": 2, "fevr": 2, "fev": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "decembre": 12,
}  # fmt: skip

_TIME: Final = r"(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?"
_YMD: Final = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME)
_YM: Final = re.compile(r"(\d{4})[-/.](\d{1,2})")
_DMY: Final = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})" + _TIME)
_COMPACT: Final = re.compile(r"(\d{4})(\d{2})(\d{2})?")
_QUARTER: Final = re.compile(r"[qt]([1-4])[ \-/]*(\d{4}|\d{2})")
_YEAR_QUARTER: Final = re.compile(r"(\d{4})[ \-/]*[qt]([1-4])")
_ISO_WEEK: Final = re.compile(r"(\d{4})[ \-]?w(\d{1,2})(?:-?[1-7])?")
_WEEK_YEAR: Final = re.compile(r"(?:w|s|week|sem|semaine) ?(\d{1,2})[ \-/,]+(\d{4})")
# "Mar 2025", "mars 2025", "janv. 2025", "March-25", "Mar '25", "01-Mar-25", "1er mars 2025".
# Two digits after a month name are a year only when a dash, slash or apostrophe says so
# (Excel's "mmm-yy"): "Jan 05" is the 5th of January as often as January 2005.
_MONTH_NAME: Final = re.compile(
    r"(?:(\d{1,2})(?:er|st|nd|rd|th)?[ \-/.]*)?([a-z]+)\.?([ \-/.,']*)(\d{4}|\d{2})"
)
_YEAR_MARKS: Final = frozenset("-/'")
# "H1 2026", "S2 2026" (French semestre), "2026-H1", "1er semestre 2026": no metric has them.
# "S1"/"S2" are also French week labels; the column decides (``_Periods.s_weeks``).
_HALF_YEAR: Final = re.compile(
    r"(?:h|s|sem|half|semestre|half-year) ?[12][ \-/,]+(?:\d{4}|\d{2})"
    r"|(?:1er|1st|2e|2nd|2eme|first|second) (?:semestre|half)[ \-/,]+\d{4}"
    r"|\d{4}[ \-/]*(?:h|s)[12]"
)
_S_WEEK: Final = re.compile(r"s ?(0\d|[3-9]|[1-5]\d)[ \-/,]+\d{4}")
# Periods written without a year: "Jan 05", "5 mars", "03/01", "Q1", "W05", "semaine 5".
_YEARLESS_LABEL: Final = re.compile(
    r"\d{1,2}[/.]\d{1,2}|[qt][1-4]|[hs][12]|(?:w|s|week|sem|semaine) ?\d{1,2}"
)
_YEARLESS_NAME: Final = re.compile(
    r"(?P<name>[a-z]+)\.?[ ,]*\d{1,2}(?:st|nd|rd|th)?"
    r"|\d{1,2}(?:er|st|nd|rd|th)? ?(?P<name2>[a-z]+)\.?"
)
_NAME_DAY_YEAR: Final = re.compile(r"([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")
_YEAR_MONTH_NAME: Final = re.compile(r"(\d{4})[ \-/]+([a-z]+)\.?")
_DAY_MONTH_PAIR: Final = re.compile(r"\s*(\d{1,2})([-/.])(\d{1,2})[-/.](?:\d{4}|\d{2})(?!\d)")

Period = tuple[date, Granularity | None]


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if len(text) == 2 else year


def _day(year: int, month: int, day: int = 1) -> date | None:
    if not (1900 <= year <= 2199 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    if day > 28:
        next_month = date(year + month // 12, month % 12 + 1, 1)
        if day > (next_month - date(year, month, 1)).days:
            return None
    return date(year, month, day)


def _parse_period(text: str, day_first: bool, s_weeks: bool = False) -> Period | None:
    """The first day of the period a cell names, and how long the period is (None: a day).

    ``s_weeks``: "S1 2026" and "S2 2026" are weeks (the column has other week numbers), not
    half-years.
    """
    s = _fold(text)
    if not s or len(s) > 40:
        return None
    if not s_weeks and _HALF_YEAR.fullmatch(s):
        return None
    if (m := _ISO_WEEK.fullmatch(s)) or (m := _WEEK_YEAR.fullmatch(s)):
        year, week = (m[1], m[2]) if m.re is _ISO_WEEK else (m[2], m[1])
        return _week(int(year), int(week))
    parts = _period_parts(s, day_first)
    if parts is None:
        return None
    year, month, day, granularity = parts
    found = _day(year, month, day)
    return None if found is None else (found, granularity)


def _period_parts(s: str, day_first: bool) -> tuple[int, int, int, Granularity | None] | None:
    """Year, month, day and granularity written in a folded cell (weeks aside)."""
    if m := _YMD.fullmatch(s):
        return int(m[1]), int(m[2]), int(m[3]), None
    if m := _DMY.fullmatch(s):
        first, second = int(m[1]), int(m[2])
        day, month = (first, second) if day_first else (second, first)
        return _year(m[3]), month, day, None
    if m := _YM.fullmatch(s):
        return int(m[1]), int(m[2]), 1, Granularity.MONTH
    if m := _COMPACT.fullmatch(s):
        if m[3] is None:
            return int(m[1]), int(m[2]), 1, Granularity.MONTH
        return int(m[1]), int(m[2]), int(m[3]), None
    if m := _YEAR_QUARTER.fullmatch(s):
        return int(m[1]), int(m[2]) * 3 - 2, 1, Granularity.QUARTER
    if m := _QUARTER.fullmatch(s):
        return _year(m[2]), int(m[1]) * 3 - 2, 1, Granularity.QUARTER
    if m := _YEAR_MONTH_NAME.fullmatch(s):
        month_number = _MONTHS.get(m[2])
        return None if month_number is None else (int(m[1]), month_number, 1, Granularity.MONTH)
    if m := _MONTH_NAME.fullmatch(s):
        month_number = _MONTHS.get(m[2])
        if month_number is None:
            return None
        if m[1] is None:
            if len(m[4]) == 2 and not _YEAR_MARKS.intersection(m[3]):
                return None  # "Jan 05": a day without a year, or a two-digit year?
            return _year(m[4]), month_number, 1, Granularity.MONTH
        return _year(m[4]), month_number, int(m[1]), None
    if m := _NAME_DAY_YEAR.fullmatch(s):
        month_number = _MONTHS.get(m[1])
        return None if month_number is None else (int(m[3]), month_number, int(m[2]), None)
    return None


def _period_problem(cell: str, s_weeks: bool = False) -> str:
    """Why a cell that is no period was refused: "half_year", "no_year", "ambiguous_date"
    (read while the order was only assumed) or "bad_date"."""
    if _day_first_hint(cell) == "A":
        return "ambiguous_date"
    s = _fold(cell)
    if not s_weeks and _HALF_YEAR.fullmatch(s):
        return "half_year"
    if _YEARLESS_LABEL.fullmatch(s):
        return "no_year"
    m = _YEARLESS_NAME.fullmatch(s)
    return "no_year" if m is not None and (m["name"] or m["name2"]) in _MONTHS else "bad_date"


def _week(year: int, week: int) -> Period | None:
    if not 1900 <= year <= 2199 or not 1 <= week <= 53:
        return None
    if week == 53 and date(year, 12, 28).isocalendar().week != 53:
        return None  # a year has 53 ISO weeks only when 28 December falls in week 53
    return date.fromisocalendar(year, week, 1), Granularity.WEEK


def _day_first_hint(cell: str) -> str:
    """'D' when the cell proves day first, 'M' month first, 'A' when it could be either."""
    m = _DAY_MONTH_PAIR.match(cell)
    if m is None:
        return ""
    first, second = int(m[1]), int(m[3])
    if first > 12 >= second:
        return "D"
    if second > 12 >= first:
        return "M"
    if first == second:
        return ""
    # Dates written with dots (31.12.2025) are day first wherever they are written so.
    return "D" if m[2] == "." else "A"


def _parse_period_unless_ambiguous(
    text: str, day_first: bool, s_weeks: bool = False
) -> Period | None:
    """``_parse_period`` that refuses a date which reads both ways ("03/01/2026")."""
    return None if _day_first_hint(text) == "A" else _parse_period(text, day_first, s_weeks)


def _s_weeks(cells: Iterable[str]) -> bool:
    """Whether a column's "S" labels are weeks: some of them are past week 2."""
    return any(_S_WEEK.fullmatch(_fold(cell)) for cell in cells if cell[:1] in "sS")


class _Periods:
    """Parses period cells, once per distinct text.

    ``assumed``: the date order was not proven by the sample, only taken because no cell
    there could be read both ways; a later cell that can is then refused, never guessed.
    """

    def __init__(self, day_first: bool, s_weeks: bool = False, *, assumed: bool = False) -> None:
        self.day_first = day_first
        self.s_weeks = s_weeks
        self.parse = _parse_period_unless_ambiguous if assumed else _parse_period
        self.cache: dict[str, Period | None] = {}

    def get(self, cell: str) -> Period | None:
        try:
            return self.cache[cell]
        except KeyError:
            found = self.cache[cell] = self.parse(cell, self.day_first, self.s_weeks)
            return found

    def granularity(self) -> Granularity | None:
        kinds = {found[1] for found in self.cache.values() if found is not None}
        return kinds.pop() if len(kinds) == 1 else None


# ---------------------------------------------------------------------------------------------
# Numbers

_NUMBER: Final = re.compile(
    r"""
    (?P<open>\()?\s*
    (?P<sign>[-+\u2212\u2013])?\s*
    (?P<pre>[€$£%]|eur|usd|gbp)?\s*
    (?P<sign2>[-+\u2212\u2013])?\s*
    (?P<body>(?:\d|[.,]\d)[\d.,'\u2019\s]*?)
    \s*(?P<post>[€$£%]|eur|usd|gbp)?
    \s*(?P<close>\))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
_GROUPED: Final = re.compile(r"\d{1,3}(?P<sep>[ \u00a0\u202f'\u2019.,])\d{3}(?:(?P=sep)\d{3})*")
_NEGATIVE: Final = frozenset("-\u2212\u2013")
_NO_VALUE: Final = frozenset(
    {"", "-", "--", "---", "—", "–", "n/a", "na", "n.a.", "n.a", "#n/a", "nan", "null",
     "none", "n/d", "nd", "n.d.", "s/o", "/"}
)  # fmt: skip
_UNIT_SIGNS: Final = {
    "%": MetricUnit.PERCENT,
    "€": MetricUnit.CURRENCY,
    "$": MetricUnit.CURRENCY,
    "£": MetricUnit.CURRENCY,
    "eur": MetricUnit.CURRENCY,
    "usd": MetricUnit.CURRENCY,
    "gbp": MetricUnit.CURRENCY,
}
_UNIT_WORDS: Final = {
    word: unit
    for unit, words in (
        (MetricUnit.PERCENT, "% percent percentage pourcent pourcentage pct"),
        (
            MetricUnit.CURRENCY,
            "€ $ £ eur usd gbp euro euros dollar dollars currency devise monnaie",
        ),
        (MetricUnit.COUNT, "count number nombre nb qty quantity quantite"),
        (MetricUnit.DAYS, "days day jours jour d j"),
        (MetricUnit.SCORE, "score points pts note"),
    )
    for word in words.split()
}

# A parsed number cell: (value, unit), NO_VALUE for an intentional blank, None for text.
_Number = tuple[float, MetricUnit | None]
_BLANK_CELL: Final[_Number] = (0.0, None)


_LARGEST: Final = 1e300  # beyond, float() of a long digit string overflows to infinity


def _plain_number(cell: str, decimal_comma: bool) -> float | None:
    """A cell that float() reads once a decimal comma is made a dot ("12.5", "-3", "1e5").

    The guard keeps exceptions for the few cells ending in a digit that still are not plain
    ("1 234", "$12"); the cells with a unit sign after them never try.
    """
    if not "0" <= cell[-1:] <= "9" or (decimal_comma and "." in cell):
        return None
    try:
        value = float(cell.replace(",", ".") if decimal_comma else cell)
    except ValueError:
        return None
    return value if -_LARGEST < value < _LARGEST else None


def _plain_unless_ambiguous(cell: str, decimal_comma: bool) -> float | None:
    """``_plain_number`` that leaves a cell of two readings ("1.234") to the slow path."""
    if ("." in cell or "," in cell) and _decimal_hint(cell) == "A":
        return None
    return _plain_number(cell, decimal_comma)


def _body_value(body: str, decimal_comma: bool) -> float | None:
    """The digits of a number with its separators read one way, or None if they cannot be."""
    dec = "," if decimal_comma else "."
    count = body.count(dec)
    if count == 1:
        int_part, frac = body.split(dec)
        if not (frac.isascii() and frac.isdigit()):
            return None
    else:
        int_part, frac = body, ""
    if int_part.isascii() and int_part.isdigit():
        digits = int_part
    elif not int_part and frac:
        digits = "0"
    else:
        m = _GROUPED.fullmatch(int_part)
        if m is None or (m["sep"] == dec and count == 1):
            return None
        digits = int_part.replace(m["sep"], "")
    return float(f"{digits}.{frac}" if frac else digits)


def _parse_number(cell: str, decimal_comma: bool) -> _Number | None:
    """A cell as a number and the unit its signs show; ``_BLANK_CELL`` when it says "no value"."""
    s = cell.strip()
    if len(s) <= 4 and s.casefold() in _NO_VALUE:
        return _BLANK_CELL
    m = _NUMBER.fullmatch(s)
    if m is None or (m["open"] is None) != (m["close"] is None):
        return None
    if (m["sign"] and m["sign2"]) or (m["pre"] and m["post"]):
        return None
    body = m["body"]
    value = _body_value(body, decimal_comma)
    if value is None:
        value = _body_value(body, not decimal_comma)
        if value is None:
            return None
    sign = m["sign"] or m["sign2"]
    if m["open"] is not None:
        if sign:
            return None
        value = -value
    elif sign and sign in _NEGATIVE:
        value = -value
    mark = m["pre"] or m["post"]
    return value, None if mark is None else _UNIT_SIGNS[mark.casefold()]


def _decimal_hint(cell: str) -> str:
    """'C' when a cell proves a decimal comma, 'D' a decimal dot, 'A' when it could be either."""
    if "," not in cell and "." not in cell:
        return ""
    m = _NUMBER.fullmatch(cell.strip())
    if m is None:
        return ""
    body = m["body"].strip()
    commas, dots = body.count(","), body.count(".")
    if commas and dots:
        return "C" if body.rfind(",") > body.rfind(".") else "D"
    if commas + dots == 0:
        return ""
    sep, proves, other = (",", "C", "D") if commas else (".", "D", "C")
    if commas + dots > 1:
        return other  # only thousands come in several groups
    int_part, frac = body.split(sep)
    int_digits = "".join(c for c in int_part if c.isdigit())
    if (
        len(frac) != 3
        or not 1 <= len(int_digits) <= 3
        or int_digits == "0"
        or int_part != int_digits
    ):
        return proves
    return "A"


# The usual shapes of spreadsheet numbers, one regex per decimal separator: sign, currency
# before, integer part (grouped by one kind of separator, or not), fraction, % or currency after.
_COMMON_COMMA: Final = re.compile(
    r"([-\u2212])?([€$£])? ?(\d{1,3}(?:([ \u00a0\u202f'.])\d{3})(?:\4\d{3})*|\d+)"
    r"(?:,(\d+))? ?([%€$£])?"
).fullmatch
_COMMON_DOT: Final = re.compile(
    r"([-\u2212])?([€$£])? ?(\d{1,3}(?:([ \u00a0\u202f',])\d{3})(?:\4\d{3})*|\d+)"
    r"(?:\.(\d+))? ?([%€$£])?"
).fullmatch


class _Numbers:
    """Parses number cells with the file's decimal separator, fast when they are plain."""

    def __init__(self, decimal_comma: bool, *, assumed: bool = False) -> None:
        self.decimal_comma = decimal_comma
        self.assumed = assumed
        self.common = _COMMON_COMMA if decimal_comma else _COMMON_DOT
        # Plain cells skip the ambiguity test unless the sign was only assumed (see _Periods).
        self.plain = _plain_unless_ambiguous if assumed else _plain_number

    def parse(self, cell: str) -> _Number | None:
        """A cell as a number and its unit, ``_BLANK_CELL`` for "no value", None for text."""
        value = self.plain(cell, self.decimal_comma)
        return (value, None) if value is not None else self.slow(cell)

    def slow(self, cell: str) -> _Number | None:
        """``parse`` for a cell that is not a plain number."""
        if self.assumed and _decimal_hint(cell) == "A":
            return None
        m = self.common(cell)
        if m is None:
            return _parse_number(cell, self.decimal_comma)
        minus, before, digits, separator, fraction, after = m.groups()
        if before and after:
            return None
        if separator:
            digits = digits.replace(separator, "")
        value = float(f"{digits}.{fraction}" if fraction else digits)
        mark = before or after
        return -value if minus else value, _UNIT_SIGNS[mark] if mark else None


def _unit_word(cell: str) -> MetricUnit | None:
    folded = _fold(cell)
    return _UNIT_WORDS.get(folded) or _UNIT_WORDS.get(folded.strip("()[] "))


# ---------------------------------------------------------------------------------------------
# Files and rows


@dataclass
class _Source:
    """A decoded file, its delimiter, and its first rows for detection."""

    text: str
    encoding: str
    delimiter: str
    sample: list[tuple[int, list[str]]]  # (1-based start line, cells)
    sample_complete: bool  # the sample is the whole file
    issues: list[Issue]  # unreadable lines met while reading the sample


_CONTROL: Final = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NON_BLANK: Final = re.compile(r"\S")


def _decode(data: bytes, encoding: str | None) -> tuple[str, str] | Issue:
    if encoding is not None:
        text = data.decode(encoding, errors="replace")
    elif data.startswith(codecs.BOM_UTF8):
        encoding, text = "utf-8-sig", data[3:].decode("utf-8", errors="replace")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, text = "utf-16", data.decode("utf-16", errors="replace")
    elif b"\x00" in data:
        return _issue(0, None, "binary_file")
    else:
        try:
            encoding, text = "utf-8", data.decode("utf-8")
        except UnicodeDecodeError:
            # cp1252 leaves five bytes undefined; they become U+FFFD rather than a failure.
            encoding, text = "cp1252", data.decode("cp1252", errors="replace")
    # Old DOS tools end a file with Ctrl-Z.
    text = text.removeprefix("\ufeff").rstrip("\x1a")
    head = text[:8192]
    if "\x00" in head or len(_CONTROL.findall(head)) * 100 > max(len(head), 1000):
        return _issue(0, None, "binary_file")
    return text, encoding


def _reader(text: str, delimiter: str) -> Any:
    return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True)


def _unreadable(line: int) -> Issue:
    return _issue(line, None, "field_too_long", limit=csv.field_size_limit())


def _iter_rows(reader: Any, end: int, issues: list[Issue]) -> Iterator[tuple[int, list[str]]]:
    """Each row with the physical line it starts on; unreadable lines become issues.

    ``end`` is the line the reader has already read up to.
    """
    while True:
        try:
            for row in reader:
                start = end + 1
                end = reader.line_num
                yield start, row
        except csv.Error:
            issues.append(_unreadable(end + 1))
            end = reader.line_num
        else:
            return


def _sniff(head: str) -> str:
    """The delimiter that splits the most lines into the same number of fields."""
    lines: list[str] = []
    for line in head.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            lines.append(line)
            if len(lines) >= _SNIFF_LINES:
                break
    best, best_score = ",", (0, 0)
    for delimiter in _DELIMITERS:
        reader = csv.reader(lines, delimiter=delimiter, skipinitialspace=True)
        counts = Counter(len(row) for _, row in _iter_rows(reader, 0, []))
        counts.pop(1, None)
        counts.pop(0, None)
        if counts:
            width, lines_of_width = max(counts.items(), key=lambda item: (item[1], item[0]))
            if (lines_of_width, width) > best_score:
                best, best_score = delimiter, (lines_of_width, width)
    return best


def _open(
    data: bytes, max_bytes: int, encoding: str | None, delimiter: str | None
) -> _Source | Issue:
    if len(data) > max_bytes:
        return _issue(
            0,
            None,
            "file_too_large",
            size=f"{len(data) / _MIB:.1f}",
            limit=f"{max_bytes / _MIB:.0f}" if max_bytes % _MIB == 0 else f"{max_bytes / _MIB:.1f}",
        )
    decoded = _decode(data, encoding)
    if isinstance(decoded, Issue):
        return decoded
    text, used = decoded
    if _NON_BLANK.search(text) is None:
        return _issue(0, None, "empty_file")
    head, complete = text, True
    if len(text) > _SAMPLE_CHARS:
        head, complete = text[:_SAMPLE_CHARS], False
        cut = max(head.rfind("\n"), head.rfind("\r"))
        if cut > 0:
            head = head[: cut + 1]
    if delimiter is None:
        delimiter = _sniff(head)
    issues: list[Issue] = []
    sample = list(_iter_rows(_reader(head, delimiter), 0, issues))
    return _Source(text, used, delimiter, sample, complete, issues)


def _width(cells: list[str]) -> int:
    """The number of fields up to the last one that is not empty."""
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def _find_header(
    source: _Source, is_header: Callable[[list[str]], bool], header_line: int | None
) -> int | None:
    """Index in the sample of the header row.

    A title line may hold words of headers ("Period: Q1, values in EUR"), but a header is as
    wide as the rows below it: rows narrower than the usual row are tried last.
    """
    if header_line is not None:
        return next((i for i, (line, _) in enumerate(source.sample) if line == header_line), None)
    rows = source.sample[:_HEADER_SEARCH_ROWS]
    widths = Counter(w for _, cells in rows if (w := _width(cells)) >= 2)
    usual = max(widths, key=lambda w: (widths[w], w)) if widths else 0
    for narrow_too in (False, True):
        for index, (_, cells) in enumerate(rows):
            if (
                (narrow_too or _width(cells) >= usual)
                and len(cells) >= 2
                and not cells[0].lstrip().startswith("#")
                and is_header(cells)
            ):
                return index
    return None


def _past_header(source: _Source, header_index: int) -> tuple[Any, int]:
    """A csv reader over the whole file that has read the header, and the line it ended on."""
    reader = _reader(source.text, source.delimiter)
    rows = _iter_rows(reader, 0, [])
    for _ in range(header_index + 1):
        next(rows)
    return reader, reader.line_num


def _data_rows(
    source: _Source, header_index: int, issues: list[Issue]
) -> Iterator[tuple[int, list[str]]]:
    """The rows below the header."""
    if source.sample_complete:
        issues.extend(i for i in source.issues if i.line > source.sample[header_index][0])
        return iter(source.sample[header_index + 1 :])
    return _iter_rows(*_past_header(source, header_index), issues)


def _headers(cells: list[str]) -> tuple[str, ...]:
    headers = [cell.strip() for cell in cells]
    while headers and not headers[-1]:
        headers.pop()
    return tuple(headers)


# ---------------------------------------------------------------------------------------------
# Detection shared by both readers


def _column_cells(rows: Iterable[tuple[int, list[str]]], columns: Sequence[int]) -> Iterator[str]:
    for _, cells in rows:
        for column in columns:
            if column < len(cells):
                yield cells[column]


_ENOUGH_PROOF: Final = 64  # cells that prove a decimal separator before the sample decides


def _decimal_verdict(votes: Counter[str]) -> bool | None:
    """A decimal comma (True) or point (False) once cells prove one; None while they do not.

    Cells proving both ways decide only when no cell could be read either way: each of them
    is then read its own way, so which one wins does not change a value.
    """
    comma, point = votes["C"], votes["D"]
    if comma and point:
        return None if votes["A"] else comma > point
    return True if comma else False if point else None


def _date_verdict(votes: Counter[str]) -> bool | None:
    """Day first (True) or month first (False) once cells prove one; None while they do not."""
    day, month = votes["D"], votes["M"]
    if day and month:
        # The cells against the order chosen become errors; an ambiguous cell would be a guess.
        return None if votes["A"] else day >= month
    return True if day else False if month else None


@dataclass
class _Styles:
    """How a file writes numbers and dates; None where its cells cannot tell."""

    decimal_comma: bool | None
    day_first: bool | None
    decimal_example: str = ""  # a cell that could be read both ways, for the message
    date_example: str = ""
    s_weeks: bool = False
    # Taken because the sample held no cell of two readings, though rows after it remain.
    decimal_assumed: bool = False
    dates_assumed: bool = False


class _Votes:
    """What the cells seen so far prove about the decimal sign and the date order."""

    def __init__(self) -> None:
        self.decimal: Counter[str] = Counter()
        self.dates: Counter[str] = Counter()
        self.decimal_example = ""
        self.date_example = ""
        self.seen_dates: set[str] = set()

    def number(self, cell: str) -> None:
        hint = _decimal_hint(cell)
        if hint == "A" and not self.decimal_example:
            self.decimal_example = cell.strip()
        self.decimal[hint] += 1

    def date(self, cell: str) -> None:
        if cell in self.seen_dates:
            return
        self.seen_dates.add(cell)
        hint = _day_first_hint(cell)
        if hint == "A" and not self.date_example:
            self.date_example = cell.strip()
        self.dates[hint] += 1


def _detect_styles(
    source: _Source,
    header_index: int,
    number_columns: Sequence[int],
    date_columns: Sequence[int],
    date_headers: Sequence[str],
    decimal_comma: bool | None,
    day_first: bool | None,
) -> _Styles:
    """The decimal sign and day order of whole columns, from the sample and, if it cannot
    tell, the rest of the file; dates in headers (wide layouts) count with the date cells."""
    sample = source.sample[header_index + 1 :]
    votes = _Votes()
    want_decimal, want_dates = decimal_comma is None, day_first is None
    for header in date_headers:
        votes.date(header)
    if want_decimal:
        for cell in _column_cells(sample, number_columns):
            votes.number(cell)
            if votes.decimal["C"] + votes.decimal["D"] >= _ENOUGH_PROOF and not (
                votes.decimal["C"] and votes.decimal["D"]
            ):
                break
        decimal_comma = _decimal_verdict(votes.decimal)
    if want_dates:
        for cell in _column_cells(sample, date_columns):
            votes.date(cell)
        day_first = _date_verdict(votes.dates)
    # A column whose sample holds no cell of two readings is decided: nothing depends on it.
    # Past the sample the choice is only assumed: a cell there that reads both ways is refused.
    decimal_assumed = dates_assumed = False
    if decimal_comma is None and not votes.decimal["A"]:
        decimal_comma = source.delimiter == ";"
        decimal_assumed = not source.sample_complete and not (
            votes.decimal["C"] or votes.decimal["D"]
        )
    if day_first is None and not votes.dates["A"]:
        day_first = True
        dates_assumed = not source.sample_complete and not (votes.dates["D"] or votes.dates["M"])
    if (decimal_comma is None or day_first is None) and not source.sample_complete:
        # Only ambiguous cells so far ("1,234", "03/04/2025"): the rest of the column decides.
        for _, cells in _data_rows(source, header_index, []):
            width = len(cells)
            if decimal_comma is None:
                for column in number_columns:
                    if column < width:
                        votes.number(cells[column])
                decimal_comma = _decimal_verdict(votes.decimal)
            if day_first is None:
                for column in date_columns:
                    if column < width:
                        votes.date(cells[column])
                day_first = _date_verdict(votes.dates)
            if decimal_comma is not None and day_first is not None:
                break
    period_cells = list(_column_cells(sample, date_columns)) + list(date_headers)
    return _Styles(
        decimal_comma,
        day_first,
        votes.decimal_example if want_decimal else "",
        votes.date_example if want_dates else "",
        _s_weeks(period_cells),
        decimal_assumed,
        dates_assumed,
    )


def _mostly(cells: Iterable[str], test: Callable[[str], bool]) -> bool:
    """Whether at least four cells in five of those not blank pass ``test``."""
    filled = [cell for cell in cells if cell.strip()]
    return bool(filled) and sum(map(test, filled)) * 5 >= len(filled) * 4


def _is_number(cell: str) -> bool:
    found = _parse_number(cell, decimal_comma=False)
    return found is not None and found is not _BLANK_CELL


def _is_period(cell: str) -> bool:
    """Whether a cell is written as a period, even one refused later (half-year, no year)."""
    return _parse_period(cell, day_first=True) is not None or _period_problem(cell) in (
        "half_year",
        "no_year",
    )


def _words(header: str) -> set[str]:
    return set(_WORD.findall(_fold(header)))


class _Matcher:
    """Canonical names of the known metrics or stages, matched case and accents aside."""

    def __init__(self, names: Collection[str] | None) -> None:
        self.known = None if names is None else {_fold(name): name for name in names}

    def resolve(self, cell: str) -> str | None:
        """The name a cell gives ("" when it is empty), None when it names nothing known."""
        name = " ".join(cell.split())
        if not name or self.known is None:
            return name
        return self.known.get(_fold(name))


def _fast_constructor(cls: type[Any], names: Sequence[str]) -> Callable[..., Any]:
    """Builds frozen slotted instances without the per-field ``object.__setattr__`` calls.

    A frozen dataclass's ``__init__`` costs about a microsecond per record, a third of the time
    the whole import of a row may take; writing the slots directly is three times faster.
    """
    setters = [vars(cls)[name].__set__ for name in names]
    new = object.__new__

    if len(setters) == 6:
        s0, s1, s2, s3, s4, s5 = setters

        def make6(a: Any, b: Any, c: Any, d: Any, e: Any, f: Any) -> Any:
            obj = new(cls)
            s0(obj, a)
            s1(obj, b)
            s2(obj, c)
            s3(obj, d)
            s4(obj, e)
            s5(obj, f)
            return obj

        return make6

    if len(setters) == 7:
        t0, t1, t2, t3, t4, t5, t6 = setters

        def make7(a: Any, b: Any, c: Any, d: Any, e: Any, f: Any, g: Any) -> Any:
            obj = new(cls)
            t0(obj, a)
            t1(obj, b)
            t2(obj, c)
            t3(obj, d)
            t4(obj, e)
            t5(obj, f)
            t6(obj, g)
            return obj

        return make7

    def make(*values: Any) -> Any:
        obj = new(cls)
        for setter, value in zip(setters, values, strict=True):
            setter(obj, value)
        return obj

    return make


_new_record: Final = _fast_constructor(
    Record, ("line", "metric", "stage", "period", "value", "unit", "granularity")
)


_new_cohort_record: Final = _fast_constructor(
    CohortRecord, ("line", "cohort", "offset", "retained", "unit")
)


class _Rows:
    """What both readers share while they go through the data rows."""

    def __init__(self, headers: tuple[str, ...], ignored: Sequence[bool], issues: list[Issue]):
        self.headers = headers
        self.issues = issues
        self.rows_read = 0
        # A row may lack trailing fields only where nothing is read.
        self.needed = max((i + 1 for i, skip in enumerate(ignored) if not skip), default=0)

    def misshapen(self, line: int, row: list[str]) -> bool:
        """Whether a row without the header's number of fields is to be skipped.

        Blank and comment rows are skipped silently; rows of data are reported.
        """
        width = len(self.headers)
        if len(row) > width:
            if _blank(row[width:]):
                return False
            code = "too_many_fields"
        elif len(row) >= self.needed:
            return False
        else:
            code = "too_few_fields"
        if not _blank(row) and not row[0].lstrip().startswith("#"):
            self.rows_read += 1
            self.issues.append(_issue(line, None, code, found=len(row), expected=width))
        return True

    def bad_period(
        self, line: int, column: int, cell: str, missing: str, s_weeks: bool = False
    ) -> None:
        if cell.strip():
            code = _period_problem(cell, s_weeks)
            self.issues.append(_issue(line, self.headers[column], code, value=_shown(cell)))
        else:
            self.issues.append(_issue(line, self.headers[column], missing))

    def not_a_number(self, line: int, column: int, cell: str) -> None:
        # A cell of two readings fails only where the sign was assumed, not proven.
        code = "ambiguous_number" if _decimal_hint(cell) == "A" else "not_a_number"
        self.issues.append(_issue(line, self.headers[column], code, value=_shown(cell)))


# ---------------------------------------------------------------------------------------------
# Metrics

_METRIC_ROLE_WORDS: Final = (
    (
        Role.IGNORE,
        frozenset(
            {"target", "targets", "cible", "cibles", "objectif", "objectifs", "goal", "goals",
             "comment", "comments", "commentaire", "commentaires", "note", "notes", "id",
             "source", "owner", "responsable", "description", "total", "sum", "somme",
             "average", "avg", "moyenne", "benchmark"}
        ),
    ),
    (Role.UNIT, frozenset({"unit", "units", "unite", "unites", "currency", "devise"})),
    (
        Role.VALUE,
        frozenset(
            {"value", "values", "valeur", "valeurs", "amount", "montant", "count", "nombre",
             "nb", "quantity", "quantite", "qty", "actual", "actuals", "reel", "realise",
             "result", "results", "resultat", "volume"}
        ),
    ),
    (
        Role.PERIOD,
        frozenset(
            {"period", "periode", "date", "month", "mois", "week", "semaine", "quarter",
             "trimestre", "day", "jour"}
        ),
    ),
    (Role.STAGE, frozenset({"stage", "stages", "step", "phase", "etape", "etapes", "stade"})),
    (
        Role.METRIC,
        frozenset(
            {"metric", "metrics", "metrique", "metriques", "kpi", "kpis", "indicator",
             "indicators", "indicateur", "indicateurs", "measure", "mesure", "name", "nom",
             "label", "libelle", "intitule"}
        ),
    ),
)  # fmt: skip


# In the wide layout the periods and values are in the headers and cells.
_WIDE_UNUSED: Final = (Role.PERIOD, Role.VALUE)


def _metric_header_role(header: str) -> Role | None:
    """The role a header's words name (IGNORE for targets, comments ...), None for none."""
    words = _words(header)
    for role, vocabulary in _METRIC_ROLE_WORDS:
        if words & vocabulary:
            return role
    return None


def _is_metrics_header(cells: list[str]) -> bool:
    named = sum(_metric_header_role(cell) is not None for cell in cells)
    periods = sum(map(_is_period, cells))
    return named >= 2 or (periods >= 2 and (named >= 1 or not any(map(_is_number, cells))))


def _cells(sample: list[tuple[int, list[str]]], column: int) -> list[str]:
    return [row[column] for _, row in sample[:200] if column < len(row)]


def _is_text(cell: str) -> bool:
    return not _is_number(cell) and not _is_period(cell)


def _detect_metric_roles(
    headers: tuple[str, ...], sample: list[tuple[int, list[str]]], layout: Layout | None
) -> tuple[Layout, list[Role], list[int]]:
    """The layout, the role of each column, and the columns that could each be the value.

    In the LONG layout the value column is the one whose header says so, or the one column of
    numbers left; when two headers say so, or no header does and several columns hold numbers
    ("This year", "Last year"), the columns are returned and none gets the value role.
    """
    named = [_metric_header_role(header) for header in headers]
    periods = [_is_period(header) for header in headers]
    if layout is None:
        layout = Layout.LONG if Role.VALUE in named or not any(periods) else Layout.WIDE
    wide = layout is Layout.WIDE
    roles: list[Role] = []
    for role, is_period in zip(named, periods, strict=True):
        if wide and is_period:
            roles.append(Role.PERIOD)
        elif role is None or role in roles or is_period or (wide and role in _WIDE_UNUSED):
            roles.append(Role.IGNORE)
        else:
            roles.append(role)
    free = [i for i, role in enumerate(named) if role is None and not periods[i]]
    candidates: list[int] = []
    if not wide:
        candidates = [i for i, role in enumerate(named) if role is Role.VALUE]
        if len(candidates) > 1:
            roles[candidates[0]] = Role.IGNORE
    wanted: list[tuple[Role, Callable[[str], bool], bool]] = (
        [(Role.PERIOD, _is_period, False), (Role.METRIC, _is_text, False)]
        if not wide
        else [(Role.METRIC, lambda cell: True, False)]
    )
    for role, test, from_right in wanted:
        if role not in roles:
            for column in reversed(free) if from_right else list(free):
                if _mostly(_cells(sample, column), test) or wide:
                    roles[column] = role
                    free.remove(column)
                    break
    if not wide and not candidates:
        candidates = [i for i in free if _mostly(_cells(sample, i), _is_number)]
        if len(candidates) == 1:
            roles[candidates[0]] = Role.VALUE
    return layout, roles, candidates if len(candidates) > 1 else []


def _value_column_index(headers: tuple[str, ...], wanted: int | str) -> int | None:
    """The index of the column the user named: an index, a header, or a 1-based number."""
    if isinstance(wanted, int):
        return wanted if 0 <= wanted < len(headers) else None
    folded = [_fold(header) for header in headers]
    if _fold(wanted) in folded:
        return folded.index(_fold(wanted))
    text = wanted.strip()
    if text.isdigit() and 1 <= int(text) <= len(headers):
        return int(text) - 1
    return None


_LIST_SEPARATOR: Final = "\x1f"  # joins names in a parameter; quoted per language on display


def _quoted_list(names: Iterable[str]) -> str:
    return _LIST_SEPARATOR.join(_shown(name) for name in names)


def read_metrics_csv(
    data: bytes,
    *,
    layout: Layout | None = None,
    roles: Sequence[Role] | None = None,
    known_metrics: Collection[str] | None = None,
    known_stages: Collection[str] | None = None,
    max_bytes: int = MAX_BYTES,
    header_line: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal_comma: bool | None = None,
    day_first: bool | None = None,
    value_column: int | str | None = None,
) -> Reading:
    """Reads metric values from a CSV file's bytes; each keyword argument overrides a detection.

    ``roles`` needs one role per header of an earlier reading of the same file (ValueError
    otherwise). ``known_metrics`` and ``known_stages`` make other names issues and give the
    names that match their known spelling. ``header_line`` is the header's 1-based line.
    ``value_column`` (LONG layout) is a column index, or a header or 1-based column number as
    the user types it. When the file cannot tell its date order, decimal sign or value column
    and no argument does, the reading has an undecided issue and no record.
    """
    source = _open(data, max_bytes, encoding, delimiter)
    if isinstance(source, Issue):
        return _failed_reading(source, layout or Layout.LONG, None)
    header_index = _find_header(source, _is_metrics_header, header_line)
    if header_index is None:
        return _failed_reading(_issue(0, None, "no_header"), layout or Layout.LONG, source)
    header_at, header_cells = source.sample[header_index]
    headers = _headers(header_cells)
    candidates: list[int] = []
    if roles is not None:
        if len(roles) != len(headers):
            raise ValueError(f"{len(roles)} roles given for {len(headers)} columns")
        role_list = list(roles)
        layout = layout or (Layout.LONG if Role.VALUE in role_list else Layout.WIDE)
    else:
        layout, role_list, candidates = _detect_metric_roles(
            headers, source.sample[header_index + 1 :], layout
        )

    issues: list[Issue] = []
    if value_column is not None and layout is Layout.LONG:
        chosen = _value_column_index(headers, value_column)
        if chosen is None:
            shown = value_column if isinstance(value_column, str) else str(value_column + 1)
            columns = _quoted_list(headers)
            issue = _issue(header_at, None, "unknown_column", value=_shown(shown), columns=columns)
            return _failed_reading(issue, layout, source, header_at, headers, role_list)
        role_list = [Role.IGNORE if role is Role.VALUE else role for role in role_list]
        role_list[chosen] = Role.VALUE
        candidates = []
    at = {role: _first(role_list, role) for role in Role}
    if at[Role.METRIC] < 0:
        issues.append(_issue(header_at, None, "no_metric_column"))
    if layout is Layout.LONG:
        if at[Role.PERIOD] < 0:
            issues.append(_issue(header_at, None, "no_period_column"))
        if candidates:
            columns = _quoted_list(headers[i] for i in candidates)
            issues.append(_issue(0, None, "ambiguous_value_column", columns=columns))
        elif at[Role.VALUE] < 0:
            issues.append(_issue(header_at, None, "no_value_column"))
        number_columns, date_columns = [at[Role.VALUE]], [at[Role.PERIOD]]
    else:
        number_columns = [i for i, role in enumerate(role_list) if role is Role.PERIOD]
        date_columns = []
        if not number_columns:
            issues.append(_issue(header_at, None, "no_period_column"))
    styles = _detect_styles(
        source,
        header_index,
        [c for c in number_columns if c >= 0],
        [c for c in date_columns if c >= 0],
        [headers[c] for c in number_columns] if layout is Layout.WIDE else [],
        decimal_comma,
        day_first,
    )
    issues.extend(_undecided_styles(styles, layout, headers, number_columns, date_columns))
    rows = _MetricRows(
        headers,
        role_list,
        _Numbers(bool(styles.decimal_comma), assumed=styles.decimal_assumed),
        _Periods(styles.day_first is not False, styles.s_weeks, assumed=styles.dates_assumed),
        _Matcher(known_metrics),
        _Matcher(known_stages),
        issues,
    )
    if not issues:
        if layout is Layout.LONG:
            rows.read_long(*_past_header(source, header_index), at)
        else:
            rows.read_wide(_data_rows(source, header_index, issues), header_at, at)
        styles = _late_ambiguity(styles, issues)
        issues.extend(_undecided_styles(styles, layout, headers, number_columns, date_columns))
    issues.sort(key=lambda issue: issue.line)
    return Reading(
        encoding=source.encoding,
        delimiter=source.delimiter,
        decimal_comma=styles.decimal_comma,
        day_first=styles.day_first,
        layout=layout,
        header_line=header_at,
        headers=headers,
        roles=tuple(role_list),
        records=tuple(rows.records),
        issues=tuple(issues),
        rows_read=rows.rows_read,
        granularity=rows.periods.granularity() if rows.records else None,
        value_columns=tuple(candidates),
    )


def _late_ambiguity(styles: _Styles, issues: list[Issue]) -> _Styles:
    """``styles`` made undecided where a cell past the sample read both ways.

    Such a cell was refused on its line; the whole column's reading then goes back to the
    user (preview) or to an option (command line), as if the sample had met it.
    """
    first: dict[str, str] = {}
    for issue in issues:
        if issue.code in ("ambiguous_date", "ambiguous_number"):
            first.setdefault(issue.code, str(dict(issue.params).get("value", "")))
    if not first:
        return styles
    return replace(
        styles,
        day_first=None if "ambiguous_date" in first else styles.day_first,
        date_example=first.get("ambiguous_date", styles.date_example),
        decimal_comma=None if "ambiguous_number" in first else styles.decimal_comma,
        decimal_example=first.get("ambiguous_number", styles.decimal_example),
    )


def _undecided_styles(
    styles: _Styles,
    layout: Layout,
    headers: tuple[str, ...],
    number_columns: Sequence[int],
    date_columns: Sequence[int],
) -> list[Issue]:
    """The issues saying that the dates' order or the decimal sign is for the user to say."""
    wide = layout is Layout.WIDE
    issues: list[Issue] = []
    if styles.day_first is None:
        if wide or not date_columns:
            issues.append(_issue(0, None, "ambiguous_date_headers", value=styles.date_example))
        else:
            column = headers[date_columns[0]]
            issues.append(
                _issue(0, column, "ambiguous_dates", header=column, value=styles.date_example)
            )
    if styles.decimal_comma is None:
        example = _shown(styles.decimal_example)
        if wide or not number_columns:
            issues.append(_issue(0, None, "ambiguous_decimal_table", value=example))
        else:
            column = headers[number_columns[0]]
            issues.append(_issue(0, column, "ambiguous_decimal", header=column, value=example))
    return issues


def _first(roles: Sequence[Any], role: Any) -> int:
    return roles.index(role) if role in roles else -1


def _failed_reading(
    issue: Issue,
    layout: Layout,
    source: _Source | None,
    header_line: int = 0,
    headers: tuple[str, ...] = (),
    roles: Sequence[Role] = (),
) -> Reading:
    return Reading(
        encoding=source.encoding if source else "",
        delimiter=source.delimiter if source else ",",
        decimal_comma=False,
        day_first=True,
        layout=layout,
        header_line=header_line,
        headers=headers,
        roles=tuple(roles),
        records=(),
        issues=(issue,),
        rows_read=0,
    )


class _MetricRows(_Rows):
    """Turns the data rows of a metrics file into records and issues."""

    def __init__(
        self,
        headers: tuple[str, ...],
        roles: list[Role],
        numbers: _Numbers,
        periods: _Periods,
        metrics: _Matcher,
        stages: _Matcher,
        issues: list[Issue],
    ) -> None:
        super().__init__(headers, [role is Role.IGNORE for role in roles], issues)
        self.roles = roles
        self.numbers = numbers
        self.periods = periods
        self.metrics = metrics
        self.stages = stages
        self.records: list[Record] = []
        self.units: dict[str, MetricUnit | None] = {}

    def names(
        self, line: int, row: list[str], metric_at: int, stage_at: int
    ) -> tuple[str, str | None] | None:
        """The metric and stage of a row, or None after reporting why not."""
        cell = row[metric_at]
        metric = self.metrics.resolve(cell)
        if metric is None:
            header = self.headers[metric_at]
            self.issues.append(_issue(line, header, "unknown_metric", value=_shown(cell)))
            return None
        if not metric:
            self.issues.append(_issue(line, self.headers[metric_at], "missing_metric"))
            return None
        if stage_at < 0:
            return metric, None
        cell = row[stage_at]
        stage = self.stages.resolve(cell)
        if stage is None:
            self.issues.append(
                _issue(line, self.headers[stage_at], "unknown_stage", value=_shown(cell))
            )
            return None
        return metric, stage or None

    def unit(self, cell: str) -> MetricUnit | None:
        try:
            return self.units[cell]
        except KeyError:
            unit = self.units[cell] = _unit_word(cell)
            return unit

    def read_long(self, reader: Any, end: int, at: dict[Role, int]) -> None:
        """One record per row of a csv reader that has read up to line ``end``.

        The hot loop of an import: it drives the reader itself (a generator in between costs
        more than the parsing), and works names, periods and units out once per distinct text.
        """
        metric_at, stage_at, unit_at = at[Role.METRIC], at[Role.STAGE], at[Role.UNIT]
        period_at, value_at = at[Role.PERIOD], at[Role.VALUE]
        value_header = self.headers[value_at]
        width = len(self.headers)
        issues, append = self.issues, self.records.append
        new_record = _new_record
        # (metric cell, stage cell) -> metric, stage, and the line of each period already read
        names: dict[tuple[str, str], tuple[str, str | None, dict[date, int]]] = {}
        seen: dict[tuple[str, str | None], dict[date, int]] = {}
        periods = self.periods.cache
        day_first, s_weeks = self.periods.day_first, self.periods.s_weeks
        parse_period = self.periods.parse
        comma, slow, plain = self.numbers.decimal_comma, self.numbers.slow, self.numbers.plain
        units = self.unit
        read = 0
        while True:
            try:
                for row in reader:
                    line = end + 1
                    end = reader.line_num
                    if len(row) != width and self.misshapen(line, row):
                        continue
                    read += 1
                    key = (row[metric_at], row[stage_at] if stage_at >= 0 else "")
                    try:
                        metric, stage, lines = names[key]
                    except KeyError:
                        if _blank(row):
                            read -= 1
                            continue
                        pair = self.names(line, row, metric_at, stage_at)
                        if pair is None:
                            continue
                        metric, stage = pair
                        lines = seen.setdefault(pair, {})
                        names[key] = metric, stage, lines
                    cell = row[period_at]
                    try:
                        found = periods[cell]
                    except KeyError:
                        found = periods[cell] = parse_period(cell, day_first, s_weeks)
                    if found is None:
                        self.bad_period(line, period_at, cell, "missing_period", s_weeks)
                        continue
                    cell = row[value_at]
                    value = plain(cell, comma)
                    if value is not None:
                        unit = units(row[unit_at]) if unit_at >= 0 else None
                    else:
                        number = slow(cell)
                        if number is None:
                            self.not_a_number(line, value_at, cell)
                            continue
                        if number is _BLANK_CELL:
                            issues.append(_issue(line, value_header, "no_value"))
                            continue
                        value, unit = number
                        if unit is None and unit_at >= 0:
                            unit = units(row[unit_at])
                    period, span = found
                    if period in lines:
                        issues.append(_issue(line, None, "duplicate", first=lines[period]))
                        continue
                    lines[period] = line
                    append(new_record(line, metric, stage, period, value, unit, span))
            except csv.Error:
                issues.append(_unreadable(end + 1))
                end = reader.line_num
            else:
                break
        self.rows_read += read

    def read_wide(
        self, rows: Iterator[tuple[int, list[str]]], header_at: int, at: dict[Role, int]
    ) -> None:
        """Records for each period column of each row; empty cells are holes, not errors."""
        metric_at, stage_at, unit_at = at[Role.METRIC], at[Role.STAGE], at[Role.UNIT]
        headers, issues = self.headers, self.issues
        columns: list[tuple[int, Period]] = []
        for column, role in enumerate(self.roles):
            if role is Role.PERIOD:
                header = headers[column]
                found = self.periods.get(header)
                if found is None:
                    code = _period_problem(header, self.periods.s_weeks)
                    code = "bad_period_header" if code == "bad_date" else code
                    issues.append(_issue(header_at, header, code, value=_shown(header)))
                else:
                    columns.append((column, found))
        width = len(headers)
        parse = self.numbers.parse
        seen: dict[tuple[str, str | None, date], int] = {}
        for line, row in rows:
            if (len(row) != width and self.misshapen(line, row)) or _blank(row):
                continue
            self.rows_read += 1
            names = self.names(line, row, metric_at, stage_at)
            if names is None:
                continue
            metric, stage = names
            row_unit = self.unit(row[unit_at]) if unit_at >= 0 else None
            for column, (period, span) in columns:
                cell = row[column]
                number = parse(cell)
                if number is None:
                    self.not_a_number(line, column, cell)
                    continue
                if number is _BLANK_CELL:
                    continue
                value, unit = number
                key = (metric, stage, period)
                first = seen.get(key)
                if first is not None:
                    issues.append(_issue(line, headers[column], "duplicate", first=first))
                    continue
                seen[key] = line
                self.records.append(
                    _new_record(line, metric, stage, period, value, unit or row_unit, span)
                )


# ---------------------------------------------------------------------------------------------
# Cohorts

_COHORT_ROLE_WORDS: Final = (
    (
        CohortRole.IGNORE,
        frozenset(
            {"size", "taille", "total", "initial", "new", "nouveaux", "nouvelles", "comment",
             "comments", "commentaire", "note", "notes", "id"}
        ),
    ),
    (
        CohortRole.OFFSET,
        frozenset(
            {"offset", "decalage", "since", "depuis", "after", "apres", "age", "anciennete",
             "lifetime", "index"}
        ),
    ),
    (
        CohortRole.RETAINED,
        frozenset(
            {"retained", "retention", "active", "actifs", "actives", "actif", "users",
             "utilisateurs", "customers", "clients", "accounts", "comptes", "subscribers",
             "abonnes", "count", "nombre", "value", "valeur", "retenus", "conserves",
             "remaining", "restants"}
        ),
    ),
    (
        CohortRole.COHORT,
        frozenset(
            {"cohort", "cohorts", "cohorte", "cohortes", "signup", "signups", "inscription",
             "inscriptions", "acquisition", "acquired"}
        ),
    ),
    (
        CohortRole.OFFSET,
        frozenset(
            {"period", "periods", "periode", "periodes", "month", "months", "mois", "week",
             "weeks", "semaine", "semaines", "day", "days", "jour", "jours"}
        ),
    ),
)  # fmt: skip

_OFFSET: Final = re.compile(
    r"(?:(?:months?|mois|m|weeks?|semaines?|sem|s|w|days?|jours?|j|d|periods?|periodes?|p)"
    r" ?[-_#]? ?)?\+?(\d{1,4})(?:[.,]0+)?"
)


def _offset(cell: str) -> int | None:
    m = _OFFSET.fullmatch(_fold(cell))
    return None if m is None else int(m[1])


def _cohort_header_role(header: str) -> CohortRole | None:
    words = _words(header)
    for role, vocabulary in _COHORT_ROLE_WORDS:
        if words & vocabulary:
            return role
    return None


def _is_cohort_header(cells: list[str]) -> bool:
    named = sum(_cohort_header_role(cell) is not None for cell in cells)
    offsets = [_offset(cell) for cell in cells]
    found = [offset for offset in offsets if offset is not None]
    if named >= 2 or (named >= 1 and len(found) >= 2):
        return True
    # A bare triangle: an empty corner, then offsets counting up from 0 or 1.
    return (
        not cells[0].strip()
        and len(found) >= 2
        and found[0] in (0, 1)
        and found == list(range(found[0], found[0] + len(found)))
    )


def _detect_cohort_roles(
    headers: tuple[str, ...], sample: list[tuple[int, list[str]]], layout: Layout | None
) -> tuple[Layout, list[CohortRole]]:
    named = [_cohort_header_role(header) for header in headers]
    offsets = [_offset(header) is not None for header in headers]
    if layout is None:
        wide = CohortRole.RETAINED not in named and sum(offsets) >= 2
        layout = Layout.WIDE if wide else Layout.LONG
    wide = layout is Layout.WIDE
    roles: list[CohortRole] = []
    for role, is_offset in zip(named, offsets, strict=True):
        if wide and is_offset:
            roles.append(CohortRole.OFFSET)
        elif role is None or role in roles or (wide and role is not CohortRole.COHORT):
            roles.append(CohortRole.IGNORE)
        else:
            roles.append(role)
    free = [i for i, role in enumerate(roles) if role is CohortRole.IGNORE and named[i] is None]
    if wide:
        free = [i for i in free if not offsets[i]]
    wanted: list[tuple[CohortRole, Callable[[str], bool], bool]] = [
        (CohortRole.COHORT, _is_period, False),
        (CohortRole.OFFSET, lambda cell: _offset(cell) is not None, False),
        (CohortRole.RETAINED, _is_number, True),
    ]
    for role, test, from_right in wanted[:1] if wide else wanted:
        if role not in roles:
            for column in reversed(free) if from_right else list(free):
                if _mostly(_cells(sample, column), test):
                    roles[column] = role
                    free.remove(column)
                    break
    return layout, roles


def read_cohort_csv(
    data: bytes,
    *,
    layout: Layout | None = None,
    roles: Sequence[CohortRole] | None = None,
    max_bytes: int = MAX_BYTES,
    header_line: int | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    decimal_comma: bool | None = None,
    day_first: bool | None = None,
) -> CohortReading:
    """Reads a cohort retention table (cohort, period offset, retained), long or as a triangle.

    Same detection and overrides as ``read_metrics_csv``. In the WIDE layout each column whose
    header is an offset ("0", "M1", "Month 2", "Mois 3", "Week 4") holds that offset's counts.
    """
    source = _open(data, max_bytes, encoding, delimiter)
    if isinstance(source, Issue):
        return _failed_cohorts(source, layout or Layout.LONG, None)
    header_index = _find_header(source, _is_cohort_header, header_line)
    if header_index is None:
        return _failed_cohorts(_issue(0, None, "no_header"), layout or Layout.LONG, source)
    header_at, header_cells = source.sample[header_index]
    headers = _headers(header_cells)
    if roles is not None:
        if len(roles) != len(headers):
            raise ValueError(f"{len(roles)} roles given for {len(headers)} columns")
        role_list = list(roles)
        layout = layout or (Layout.LONG if CohortRole.RETAINED in role_list else Layout.WIDE)
    else:
        layout, role_list = _detect_cohort_roles(headers, source.sample[header_index + 1 :], layout)
    issues: list[Issue] = []
    cohort_at = _first(role_list, CohortRole.COHORT)
    offset_at = _first(role_list, CohortRole.OFFSET)
    retained_at = _first(role_list, CohortRole.RETAINED)
    if cohort_at < 0:
        issues.append(_issue(header_at, None, "no_cohort_column"))
    if offset_at < 0:
        issues.append(_issue(header_at, None, "no_offset_column"))
    if layout is Layout.LONG:
        if retained_at < 0:
            issues.append(_issue(header_at, None, "no_retained_column"))
        number_columns = [retained_at]
    else:
        number_columns = [i for i, role in enumerate(role_list) if role is CohortRole.OFFSET]
    styles = _detect_styles(
        source,
        header_index,
        [c for c in number_columns if c >= 0],
        [cohort_at] if cohort_at >= 0 else [],
        [],
        decimal_comma,
        day_first,
    )
    # The cohort reading has no undecided state for the app to ask about: it refuses.
    cohort_columns = [cohort_at] if cohort_at >= 0 else []
    issues.extend(_undecided_styles(styles, Layout.LONG, headers, number_columns, cohort_columns))
    decimal_comma, day_first = bool(styles.decimal_comma), styles.day_first is not False
    rows = _CohortRows(
        headers,
        role_list,
        _Numbers(decimal_comma, assumed=styles.decimal_assumed),
        _Periods(day_first, assumed=styles.dates_assumed),
        issues,
    )
    if not issues:
        data_rows = _data_rows(source, header_index, issues)
        if layout is Layout.LONG:
            rows.read_long(data_rows, cohort_at, offset_at, retained_at)
        else:
            rows.read_wide(data_rows, header_at, cohort_at)
        late = _late_ambiguity(styles, issues)
        issues.extend(_undecided_styles(late, Layout.LONG, headers, number_columns, cohort_columns))
    issues.sort(key=lambda issue: issue.line)
    return CohortReading(
        encoding=source.encoding,
        delimiter=source.delimiter,
        decimal_comma=decimal_comma,
        day_first=day_first,
        layout=layout,
        header_line=header_at,
        headers=headers,
        roles=tuple(role_list),
        records=tuple(rows.records),
        issues=tuple(issues),
        rows_read=rows.rows_read,
    )


def _failed_cohorts(issue: Issue, layout: Layout, source: _Source | None) -> CohortReading:
    return CohortReading(
        encoding=source.encoding if source else "",
        delimiter=source.delimiter if source else ",",
        decimal_comma=False,
        day_first=True,
        layout=layout,
        header_line=0,
        headers=(),
        roles=(),
        records=(),
        issues=(issue,),
        rows_read=0,
    )


class _CohortRows(_Rows):
    """Turns the data rows of a cohort file into records and issues."""

    def __init__(
        self,
        headers: tuple[str, ...],
        roles: list[CohortRole],
        numbers: _Numbers,
        periods: _Periods,
        issues: list[Issue],
    ) -> None:
        super().__init__(headers, [role is CohortRole.IGNORE for role in roles], issues)
        self.roles = roles
        self.numbers = numbers
        self.periods = periods
        self.records: list[CohortRecord] = []
        self.seen: dict[tuple[date, int], int] = {}

    def cohort(self, line: int, row: list[str], column: int) -> date | None:
        found = self.periods.get(row[column])
        if found is None:
            self.bad_period(line, column, row[column], "missing_cohort")
            return None
        return found[0]

    def add(self, line: int, column: int, cohort: date, offset: int, cell: str, long: bool) -> None:
        number = self.numbers.parse(cell)
        if number is None:
            self.not_a_number(line, column, cell)
            return
        if number is _BLANK_CELL:
            if long:
                self.issues.append(_issue(line, self.headers[column], "no_value"))
            return
        value, unit = number
        if value < 0:
            self.issues.append(
                _issue(line, self.headers[column], "negative_count", value=_shown(cell))
            )
            return
        first = self.seen.get((cohort, offset))
        if first is not None:
            self.issues.append(_issue(line, self.headers[column], "duplicate_cohort", first=first))
            return
        self.seen[cohort, offset] = line
        self.records.append(_new_cohort_record(line, cohort, offset, value, unit))

    def read_long(
        self,
        rows: Iterator[tuple[int, list[str]]],
        cohort_at: int,
        offset_at: int,
        retained_at: int,
    ) -> None:
        """One count per row."""
        width = len(self.headers)
        for line, row in rows:
            if (len(row) != width and self.misshapen(line, row)) or _blank(row):
                continue
            self.rows_read += 1
            cohort = self.cohort(line, row, cohort_at)
            if cohort is None:
                continue
            offset = _offset(row[offset_at])
            if offset is None:
                self.issues.append(
                    _issue(
                        line, self.headers[offset_at], "bad_offset", value=_shown(row[offset_at])
                    )
                )
                continue
            self.add(line, retained_at, cohort, offset, row[retained_at], long=True)

    def read_wide(
        self, rows: Iterator[tuple[int, list[str]]], header_at: int, cohort_at: int
    ) -> None:
        """A count per offset column of each row; empty cells (the triangle's corner) are holes."""
        columns: list[tuple[int, int]] = []
        for column, role in enumerate(self.roles):
            if role is CohortRole.OFFSET:
                offset = _offset(self.headers[column])
                if offset is None:
                    self.issues.append(
                        _issue(
                            header_at,
                            self.headers[column],
                            "bad_offset_header",
                            value=_shown(self.headers[column]),
                        )
                    )
                else:
                    columns.append((column, offset))
        width = len(self.headers)
        for line, row in rows:
            if (len(row) != width and self.misshapen(line, row)) or _blank(row):
                continue
            self.rows_read += 1
            cohort = self.cohort(line, row, cohort_at)
            if cohort is not None:
                for column, offset in columns:
                    self.add(line, column, cohort, offset, row[column], long=False)
