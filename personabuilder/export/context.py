"""Plain-dict contexts of the PDF deliverables, built from read models (never ORM rows).

Every value handed to a template is text, a number, a boolean, None, a list or a dict, plus
chart markup as ``SafeSVG`` (printed with ``{{ x|svg }}``): a user's template in the sandbox
receives the very same context as JSON.

Nothing is cut. The poster is laid out from measured text in export/poster.py (one sheet at
the largest text that fits, or tiled over several sheets); persona pages and the report flow
onto further pages.
"""

import base64
import re
import unicodedata
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, Literal

from personabuilder.analytics import or_none
from personabuilder.charts.data import EMOTION_MAX, EMOTION_MIN, HealthStatus
from personabuilder.charts.numbers import format_number, format_period
from personabuilder.charts.style import STATUS_MARKS, text_colour_on
from personabuilder.charts.text import NBSP, is_french, word
from personabuilder.export.chart_svg import chart_key
from personabuilder.export.fonts import resource_url
from personabuilder.export.markup import SafeSVG, safe_svg
from personabuilder.model import Archetype, CaptureKind, Evidence, LaneKind, MetricUnit
from personabuilder.services import chart_data
from personabuilder.services.readmodels import JourneyDetail, MetricView, PersonaDetail

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from personabuilder.services import Services
    from personabuilder.services.branding import Branding

Paper = Literal["A4", "A3", "A2", "A1", "A0"]
Context = dict[str, Any]

# The version of the context's shape, handed to every template as ``context_version``. Raise
# it when a key is renamed or removed (adding a key is not a change), and say what changed in
# CONTEXT_CHANGES, so a template written for an older version fails with a message naming the
# key's new name instead of a bare "undefined". The schemas in resources/schema/ describe the
# current version.
CONTEXT_VERSION: Final = 1
# What each version changed: version -> (old key, new key or None when removed). Keys are
# written as a template reaches them from the context, e.g. ``personas[].job_title``.
CONTEXT_CHANGES: Final[dict[int, tuple[tuple[str, str | None], ...]]] = {}

# Landscape sizes (width, height) and margins of the poster, in millimetres.
PAPERS: Final[dict[str, tuple[float, float, float]]] = {
    "A4": (297.0, 210.0, 8.0),
    "A3": (420.0, 297.0, 10.0),
    "A2": (594.0, 420.0, 12.0),
    "A1": (841.0, 594.0, 14.0),
    "A0": (1189.0, 841.0, 16.0),
}
ARCHETYPE_COLOURS: Final[dict[Archetype, str]] = {
    Archetype.EXECUTIVE_SPONSOR: "#1b6ca8",
    Archetype.TECHNICAL_EVALUATOR: "#2e8540",
    Archetype.END_USER_CHAMPION: "#c05621",
    Archetype.CUSTOM: "#6b5b95",
}
# Stages without a colour of their own take these in turn (Okabe–Ito, yellow last).
STAGE_COLOURS: Final = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9")
EVIDENCE_MARKS: Final[dict[Evidence, str]] = {
    Evidence.ASSUMPTION: "◌",
    Evidence.PARTLY_BACKED: "◐",
    Evidence.RESEARCH_BACKED: "●",
}
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_IMAGE_TYPES: Final = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF8", "image/gif"),
)

_N = NBSP
# Every fixed text the templates show, in English and French (French typography: a no-break
# space before : ; ! ? and inside « », a typographic apostrophe, "…").
LABELS: Final[dict[str, dict[str, str]]] = {
    "en": {
        "journey_map": "Journey map",
        "persona": "Persona",
        "personas": "Personas",
        "stage": "Stage",
        "stages": "Stages",
        "lane": "Lane",
        "generated": "Generated on {date}",
        "prepared_by": "Prepared by {company}",
        "page": "Page",
        "continued": "continued",
        "stage_range": "Stages {first}–{last} of {total}",
        "loops_to": "loops back to {stage}",
        "emotion_curves": "Emotion curves",
        "emotion_scale": "score −2 to +2",
        "no_emotions": "No emotion scores yet.",
        "cut_items": "+{n} more (cut)",
        "cut_text": "text cut",
        "cut_stages": "+{n} stages (cut)",
        "cut_note": "Some content did not fit on the poster; each cut is marked “cut”.",
        "sheet_position": "Sheet {x}/{columns} across, {y}/{rows} down",
        "sheet_right": "sheet {x}·{y} goes on the right",
        "sheet_below": "sheet {x}·{y} goes below",
        "one_sheet_on": "On one sheet: {paper}",
        "evidence": "Evidence",
        "status": "Status",
        "latest_target": "latest / target",
        "item_marks": "S severity, I impact, E effort (1–5)",
        "severity_short": "S",
        "impact_short": "I",
        "effort_short": "E",
        "empty": "—",
        "quote": "Quote",
        "bio": "About",
        "goals": "Goals",
        "pain_points": "Pain points",
        "motivations": "Motivations",
        "objections": "Objections",
        "decision_criteria": "Decision criteria",
        "channels": "Channels",
        "tools": "Tools",
        "tags": "Tags",
        "company": "Company",
        "company_size": "Company size",
        "industry": "Industry",
        "age_band": "Age",
        "location": "Location",
        "tech_savviness": "Tech savviness",
        "influence": "Influence on the decision",
        "journeys_using": "Journey maps",
        "report_title": "Customer journey report",
        "contents": "Contents",
        "journey_maps": "Journey maps",
        "stage_metrics": "Stage metrics",
        "analytics": "Analytics summary",
        "outcomes": "Workshop outcomes",
        "emotion_changes": "Emotion changes",
        "workshop_summary": "Workshop summary: {journey}",
        "description": "Description",
        "metric": "Metric",
        "latest": "Latest",
        "period": "Period",
        "target": "Target",
        "direction": "Direction",
        "higher_is_better": "higher is better",
        "lower_is_better": "lower is better",
        "no_metrics": "No metrics on this map.",
        "no_stage_metrics": "No metrics on this stage.",
        "funnel": "Funnel",
        "reached": "Reached",
        "step_conversion": "Conversion from the previous stage",
        "from_first": "From the first stage",
        "no_funnel": "Fewer than two stages count who reached them: no funnel.",
        "key_figures": "Key figures",
        "trial_to_paid": "Trial-to-paid conversion",
        "overall_conversion": "Conversion across the funnel",
        "cac": "Customer acquisition cost",
        "ltv_cac": "LTV:CAC",
        "churn": "Churn rate",
        "nrr": "Net revenue retention",
        "cac_payback": "CAC payback (months)",
        "source_metric": "from “{metric}”",
        "computed": "computed from the funnel",
        "status_by_stage": "Status by stage",
        "total": "Total",
        "held_on": "held on {date}",
        "votes": "Votes",
        "parking": "Parking lot",
        "no_stage": "No stage",
        "kind_pain_point": "Pain point",
        "kind_idea": "Idea",
        "kind_question": "Question",
        "kind_parking": "Parking lot",
        "personas_count_one": "{n} persona",
        "personas_count_other": "{n} personas",
        "journeys_count_one": "{n} journey map",
        "journeys_count_other": "{n} journey maps",
        "metrics_count_one": "{n} metric",
        "metrics_count_other": "{n} metrics",
        "no_personas": "No personas in this workspace yet.",
        "no_journeys": "No journey maps in this workspace yet.",
    },
    "fr": {
        "journey_map": "Carte de parcours",
        "persona": "Persona",
        "personas": "Personas",
        "stage": "Étape",
        "stages": "Étapes",
        "lane": "Ligne",
        "generated": "Créé le {date}",
        "prepared_by": "Préparé par {company}",
        "page": "Page",
        "continued": "suite",
        "stage_range": "Étapes {first} à {last} sur {total}",
        "loops_to": "revient à {stage}",
        "emotion_curves": "Courbes d’émotion",
        "emotion_scale": "score de −2 à +2",
        "no_emotions": "Aucun score d’émotion pour l’instant.",
        "cut_items": "+{n} de plus (coupé)",
        "cut_text": "texte coupé",
        "cut_stages": "+{n} étapes (coupé)",
        "cut_note": f"Une partie du contenu ne tenait pas sur l’affiche{_N}; chaque coupe "
        f"est signalée «{_N}coupé{_N}».",
        "sheet_position": "Feuille {x}/{columns} en largeur, {y}/{rows} en hauteur",
        "sheet_right": "la feuille {x}·{y} se place à droite",
        "sheet_below": "la feuille {x}·{y} se place dessous",
        "one_sheet_on": f"Sur une seule feuille{_N}: {{paper}}",
        "evidence": "Niveau de preuve",
        "status": "Statut",
        "latest_target": "dernière valeur / objectif",
        "item_marks": "G gravité, I impact, E effort (1 à 5)",
        "severity_short": "G",
        "impact_short": "I",
        "effort_short": "E",
        "empty": "—",
        "quote": "Citation",
        "bio": "Portrait",
        "goals": "Objectifs",
        "pain_points": "Points de friction",
        "motivations": "Motivations",
        "objections": "Objections",
        "decision_criteria": "Critères de décision",
        "channels": "Canaux",
        "tools": "Outils",
        "tags": "Étiquettes",
        "company": "Entreprise",
        "company_size": "Taille de l’entreprise",
        "industry": "Secteur",
        "age_band": "Âge",
        "location": "Lieu",
        "tech_savviness": "Aisance technique",
        "influence": "Influence sur la décision",
        "journeys_using": "Cartes de parcours",
        "report_title": "Rapport de parcours client",
        "contents": "Sommaire",
        "journey_maps": "Cartes de parcours",
        "stage_metrics": "Indicateurs par étape",
        "analytics": "Synthèse analytique",
        "outcomes": "Résultats des ateliers",
        "emotion_changes": "Changements d’émotion",
        "workshop_summary": "Synthèse d’atelier\u00a0: {journey}",
        "description": "Description",
        "metric": "Indicateur",
        "latest": "Dernière valeur",
        "period": "Période",
        "target": "Objectif",
        "direction": "Sens",
        "higher_is_better": "plus c’est haut, mieux c’est",
        "lower_is_better": "plus c’est bas, mieux c’est",
        "no_metrics": "Aucun indicateur sur cette carte.",
        "no_stage_metrics": "Aucun indicateur sur cette étape.",
        "funnel": "Entonnoir",
        "reached": "Atteint",
        "step_conversion": "Conversion depuis l’étape précédente",
        "from_first": "Depuis la première étape",
        "no_funnel": "Moins de deux étapes comptent qui les atteint\u00a0: pas d’entonnoir.",
        "key_figures": "Chiffres clés",
        "trial_to_paid": "Conversion essai → payant",
        "overall_conversion": "Conversion sur l’ensemble de l’entonnoir",
        "cac": "Coût d’acquisition client",
        "ltv_cac": "LTV:CAC",
        "churn": "Taux d’attrition",
        "nrr": "Rétention nette du revenu",
        "cac_payback": "Retour sur le CAC (mois)",
        "source_metric": f"d’après «{_N}{{metric}}{_N}»",
        "computed": "calculé d’après l’entonnoir",
        "status_by_stage": "Statut par étape",
        "total": "Total",
        "held_on": "tenu le {date}",
        "votes": "Votes",
        "parking": "Parking",
        "no_stage": "Sans étape",
        "kind_pain_point": "Point de friction",
        "kind_idea": "Idée",
        "kind_question": "Question",
        "kind_parking": "Parking",
        "personas_count_one": "{n} persona",
        "personas_count_other": "{n} personas",
        "journeys_count_one": "{n} carte de parcours",
        "journeys_count_other": "{n} cartes de parcours",
        "metrics_count_one": "{n} indicateur",
        "metrics_count_other": "{n} indicateurs",
        "no_personas": "Aucun persona dans cet espace de travail pour l’instant.",
        "no_journeys": "Aucune carte de parcours dans cet espace de travail pour l’instant.",
    },
}

_ARCHETYPES: Final[dict[Archetype, tuple[str, str]]] = {
    Archetype.EXECUTIVE_SPONSOR: ("Executive sponsor", "Sponsor exécutif"),
    Archetype.TECHNICAL_EVALUATOR: ("Technical evaluator", "Évaluateur technique"),
    Archetype.END_USER_CHAMPION: ("End-user champion", "Utilisateur référent"),
    Archetype.CUSTOM: ("Custom", "Personnalisé"),
}
_EVIDENCE: Final[dict[Evidence, tuple[str, str]]] = {
    Evidence.ASSUMPTION: ("Assumption", "Hypothèse"),
    Evidence.PARTLY_BACKED: ("Partly backed", "Partiellement étayé"),
    Evidence.RESEARCH_BACKED: ("Research-backed", "Étayé par la recherche"),
}
_MONTHS: Final = (
    ("January", "janvier"), ("February", "février"), ("March", "mars"), ("April", "avril"),
    ("May", "mai"), ("June", "juin"), ("July", "juillet"), ("August", "août"),
    ("September", "septembre"), ("October", "octobre"), ("November", "novembre"),
    ("December", "décembre"),
)  # fmt: skip
_STATUS_ORDER: Final = (
    HealthStatus.ON_TRACK,
    HealthStatus.AT_RISK,
    HealthStatus.OFF_TRACK,
    HealthStatus.NOT_AVAILABLE,
)


@dataclass(frozen=True)
class OutcomeItem:
    """One thing a workshop captured: its stage (name, "" for none), kind, text and votes."""

    stage: str
    kind: CaptureKind
    text: str
    votes: int = 0


@dataclass(frozen=True)
class WorkshopOutcome:
    """What one workshop session on a journey map produced, for the report."""

    journey: str
    title: str
    held_on: date
    items: tuple[OutcomeItem, ...] = field(default=())
    # (stage, persona, as-is score before the session, as-is score after it)
    emotion_changes: tuple[tuple[str, str, int | None, int | None], ...] = field(default=())


# Language and words ---------------------------------------------------------------------


def language(lang: str) -> str:
    """The deliverables' language for a tag: "fr" for any French, else "en"."""
    return "fr" if is_french(lang) else "en"


def labels_for(lang: str) -> dict[str, str]:
    """Every fixed text of the templates in ``lang``."""
    return dict(LABELS[language(lang)])


def _plural(labels: Mapping[str, str], key: str, n: int, lang: str) -> str:
    # French counts 0 and 1 as singular, English only 1.
    one = n in (0, 1) if language(lang) == "fr" else n == 1
    count = format_number(float(n), MetricUnit.COUNT, lang)
    return labels[f"{key}_{'one' if one else 'other'}"].format(n=count)


def format_date(day: date, lang: str) -> str:
    """A date written out: "15 November 2026" / "15 novembre 2026"."""
    months = _MONTHS[day.month - 1]
    if language(lang) == "fr":
        first = "1er" if day.day == 1 else str(day.day)
        return f"{first} {months[1]} {day.year}"
    return f"{day.day} {months[0]} {day.year}"


def archetype_label(archetype: Archetype, custom: str, lang: str) -> str:
    """The archetype as readers see it; a custom one shows the name the user gave."""
    if archetype is Archetype.CUSTOM and custom.strip():
        return custom.strip()
    return _ARCHETYPES[archetype][language(lang) == "fr"]


def initials(name: str) -> str:
    """Up to two capital letters: first and last word of a name, one for a single word."""

    def first(word_: str) -> str:
        for char in word_:
            if char.isalnum():
                return char.upper()[0]
        return ""

    words = [w for w in unicodedata.normalize("NFC", name).split() if first(w)]
    if not words:
        return "?"
    return first(words[0]) + (first(words[-1]) if len(words) > 1 else "")


# Colours and pictures -------------------------------------------------------------------


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def tint(colour: str, share: float) -> str:
    """``colour`` mixed with white, keeping ``share`` (0..1) of the colour."""
    red, green, blue = (round(255 - (255 - c) * share) for c in _rgb(colour))
    return f"#{red:02x}{green:02x}{blue:02x}"


def ink_on(colour: str) -> str:
    """Black or white, whichever reads better on ``colour``."""
    red, green, blue = (c / 255 for c in _rgb(colour))
    return "#ffffff" if text_colour_on((red, green, blue)) == "white" else "#1a1a1a"


def _valid_colour(colour: str, fallback: str) -> str:
    return colour.lower() if _COLOUR.fullmatch(colour or "") else fallback


def image_data_url(raw: bytes | None, mime: str = "") -> str | None:
    """A PNG, JPEG, GIF or WebP image as a data: URL (type read from its bytes), else None."""
    if not raw:
        return None
    for magic, kind in _IMAGE_TYPES:
        if raw.startswith(magic):
            return f"data:{kind};base64," + base64.b64encode(raw).decode("ascii")
    if raw[:4] == b"RIFF" and raw[8:12] == b"WEBP" and mime in ("", "image/webp"):
        return "data:image/webp;base64," + base64.b64encode(raw).decode("ascii")
    return None


def branding_context(branding: "Branding") -> Context:
    """The company name, accent colour (with tints) and logo every template uses."""
    accent = _valid_colour(branding.accent, "#0072b2")
    return {
        "company": branding.company.strip(),
        "accent": accent,
        "accent_ink": ink_on(accent),
        "accent_soft": tint(accent, 0.12),
        "accent_mid": tint(accent, 0.45),
        "logo_url": image_data_url(branding.logo_png),
    }


# Charts ---------------------------------------------------------------------------------


def figure_svg(figure: "Figure") -> SafeSVG:
    """A chart as cleaned, compact SVG markup, text kept as text in the bundled font."""
    from personabuilder.export.chart_svg import figure_svg as compact_figure_svg

    return safe_svg(compact_figure_svg(figure))


def _chart(build: Callable[[], "Figure"], key: str | None = None) -> SafeSVG:
    """The chart ``build`` makes, as SVG; ``key`` (see ``chart_svg.chart_key``) caches it."""
    from personabuilder.export.chart_svg import cached_chart

    return safe_svg(cached_chart(key, build))


# Metrics --------------------------------------------------------------------------------


def _status_dict(status: HealthStatus, lang: str) -> Context:
    mark = STATUS_MARKS[status]
    return {
        "key": status.value,
        "mark": mark.symbol,
        "colour": mark.colour.lower(),
        "ink": ink_on(mark.colour),
        "label": word(status.value, lang),
    }


def status_legend(lang: str) -> list[Context]:
    """The four target statuses with their marks, for legends."""
    return [_status_dict(status, lang) for status in _STATUS_ORDER]


def evidence_legend(lang: str) -> list[Context]:
    """The three evidence levels with their marks, for legends."""
    return [_evidence_dict(level, lang) for level in Evidence]


def _evidence_dict(level: Evidence, lang: str) -> Context:
    return {
        "key": level.value,
        "mark": EVIDENCE_MARKS[level],
        "label": _EVIDENCE[level][language(lang) == "fr"],
    }


def metric_context(metric: MetricView, labels: Mapping[str, str], lang: str) -> Context:
    """A metric's latest value, target and status as text."""
    latest = chart_data.latest_value(metric)
    period = metric.values[-1][0] if metric.values else None
    return {
        "name": metric.name,
        "unit": metric.unit.value,
        "latest": format_number(latest, metric.unit, lang),
        "period": format_period(period, metric.granularity, lang) if period else word("n/a", lang),
        "target": format_number(metric.target, metric.unit, lang),
        "direction": labels[metric.direction.value],
        "status": _status_dict(chart_data.metric_status(metric), lang),
        "value_count": len(metric.values),
    }


# Personas -------------------------------------------------------------------------------


def picture_context(name: str, archetype: Archetype, photo: bytes | None, mime: str) -> Context:
    """The persona's photo as a data: URL, or initials on the archetype's colour."""
    colour = ARCHETYPE_COLOURS[archetype]
    return {
        "url": image_data_url(photo, mime),
        "initials": initials(name),
        "colour": colour,
        "ink": ink_on(colour),
    }


def _paragraphs(text: str) -> list[str]:
    return [part.strip() for part in re.split(r"\n\s*\n|\r\n\s*\r\n", text) if part.strip()]


# Lines of list text (45 characters a line) and of biography (95) a persona page holds under
# its header: what fits is laid out in two plain columns; what may run onto a further page
# flows in CSS columns, which WeasyPrint breaks across pages column by column.
_PAGE_LINES: Final = 42


def _section_lines(section: Context) -> int:
    return 2 + sum(1 + len(entry) // 45 for entry in section["entries"])


def _lists_layout(bio: str, sections: Sequence[Context]) -> str:
    """ "split" (two plain columns, fast to lay out) for lists that fit their page, else
    "flow" (CSS columns, slow but breaking across pages)."""
    columns = _two_columns(sections)
    tallest = max((sum(_section_lines(s) for s in column) for column in columns), default=0)
    bio_lines = sum(1 + len(part) // 95 for part in _paragraphs(bio))
    return "split" if tallest + bio_lines <= _PAGE_LINES else "flow"


def _two_columns(sections: Sequence[Context]) -> list[list[Context]]:
    """The titled lists in two columns of about the same height, in reading order.

    Two plain columns, rather than CSS multi-column layout, which WeasyPrint balances by
    laying the lists out again and again: a page of one-pagers took three times as long.
    """

    lines = _section_lines
    total = sum(lines(section) for section in sections)
    first: list[Context] = []
    used = 0
    for section in sections:
        # Left while the list's middle falls in the first half of the whole.
        if first and used + lines(section) / 2 > total / 2:
            break
        first.append(section)
        used += lines(section)
    return [first, list(sections[len(first) :])]


def persona_context(
    detail: PersonaDetail, labels: Mapping[str, str], lang: str, anchor: str
) -> Context:
    """One persona for the one-pager and the report: every field, lists as lists."""
    data = detail.data
    facts = [
        {"key": key, "label": labels[key], "value": value.strip()}
        for key, value in (
            ("company", data.company),
            ("company_size", data.company_size),
            ("industry", data.industry),
            ("age_band", data.age_band),
            ("location", data.location),
        )
        if value.strip()
    ]
    sections = [
        {"key": key, "title": labels[key], "entries": [item for item in items if item.strip()]}
        for key, items in (
            ("goals", data.goals),
            ("pain_points", data.pain_points),
            ("motivations", data.motivations),
            ("objections", data.objections),
            ("decision_criteria", data.decision_criteria),
        )
    ]
    return {
        "anchor": anchor,
        "name": data.name,
        "job_title": data.job_title.strip(),
        "company": data.company.strip(),
        "archetype": archetype_label(data.archetype, data.custom_archetype, lang),
        "archetype_key": data.archetype.value,
        "colour": ARCHETYPE_COLOURS[data.archetype],
        "picture": picture_context(data.name, data.archetype, data.photo, data.photo_mime),
        "quote": data.quote.strip(),
        "bio": _paragraphs(data.bio),
        "facts": facts,
        "scales": [
            {
                "key": "tech_savviness",
                "label": labels["tech_savviness"],
                "value": data.tech_savviness,
                "max": 5,
            },
            {"key": "influence", "label": labels["influence"], "value": data.influence, "max": 5},
        ],
        "sections": [s for s in sections if s["entries"]],
        "section_columns": _two_columns([s for s in sections if s["entries"]]),
        "lists_layout": _lists_layout(data.bio, [s for s in sections if s["entries"]]),
        "channels": [c for c in data.channels if c.strip()],
        "tools": [t for t in data.tools if t.strip()],
        "tags": [t for t in data.tags if t.strip()],
        "journeys": [title for _, title in detail.journeys],
    }


# Journey cells --------------------------------------------------------------------------


def _item_meta(kind: LaneKind, item: Mapping[str, Any], labels: Mapping[str, str]) -> str:
    def score(key: str) -> int | None:
        value = item.get(key)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    if kind is LaneKind.PAIN_POINTS and (severity := score("severity")) is not None:
        return f"{labels['severity_short']}{severity}"
    if kind is LaneKind.OPPORTUNITIES:
        parts = [
            f"{labels[short]}{value}"
            for key, short in (("impact", "impact_short"), ("effort", "effort_short"))
            if (value := score(key)) is not None
        ]
        return " · ".join(parts)
    return ""


def _items(
    kind: LaneKind, raw: Iterable[Mapping[str, Any]], labels: Mapping[str, str]
) -> list[Context]:
    out = []
    for item in raw:
        text = str(item.get("text", "")).strip()
        if text:
            out.append({"text": text, "meta": _item_meta(kind, item, labels)})
    return out


def _stage_colour(colour: str, index: int) -> str:
    return _valid_colour(colour, STAGE_COLOURS[index % len(STAGE_COLOURS)].lower())


def _stage_dicts(detail: JourneyDetail, labels: Mapping[str, str]) -> list[Context]:
    names = {stage.id: stage.name for stage in detail.stages}
    out = []
    for index, stage in enumerate(detail.stages):
        colour = _stage_colour(stage.colour, index)
        loop = names.get(stage.loop_to_id) if stage.loop_to_id else None
        out.append(
            {
                "number": index + 1,
                "anchor": "",
                "name": stage.name,
                "description": stage.description.strip(),
                "colour": colour,
                "ink": ink_on(colour),
                "tint": tint(colour, 0.10),
                "edge": tint(colour, 0.55),
                "loop_to": labels["loops_to"].format(stage=loop) if loop else "",
            }
        )
    return out


def _cell_content(
    detail: JourneyDetail,
    lane_kind: LaneKind,
    lane_id: uuid.UUID,
    stage_id: uuid.UUID,
    labels: Mapping[str, str],
    lang: str,
) -> Context:
    cell = detail.cell(stage_id, lane_id)
    metrics = (
        [metric_context(m, labels, lang) for m in detail.metrics if m.stage_id == stage_id]
        if lane_kind is LaneKind.METRICS
        else []
    )
    return {
        "paragraphs": _paragraphs(cell.text) if cell else [],
        "entries": _items(lane_kind, cell.items, labels) if cell else [],
        "metrics": metrics,
        "evidence": _evidence_dict(cell.evidence, lang) if cell and cell.evidence else None,
        "cut_items": 0,
        "cut_text": False,
        "cut_label": "",
    }


# Journeys -------------------------------------------------------------------------------


def _emotion_chart(
    detail: JourneyDetail,
    stages: range,
    lang: str,
    size: tuple[float, float],
    *,
    aligned: bool = False,
    centres: Sequence[float] | None = None,
) -> SafeSVG | None:
    """The emotion curves of the map's personas over ``stages``; None without any score.

    ``aligned`` fits the plot to the poster's stage columns: each stage's point sits at the
    middle of its column, the scores are written inside the plot, and the stage names and
    axis titles, which the poster's grid already shows, are left out; ``centres`` gives
    each column's middle as a share of the width when the columns are not all as wide.
    """
    if not detail.emotions or not detail.personas:
        return None
    from personabuilder.charts.data import EmotionData, PersonaEmotion
    from personabuilder.charts.emotion import build_emotion

    data = chart_data.emotion_data(detail)
    picked = EmotionData(
        stages=tuple(data.stages[i] for i in stages),
        personas=tuple(
            PersonaEmotion(
                p.name,
                tuple(p.scores[i] for i in stages),
                p.colour,
                tuple(p.to_be[i] for i in stages) if p.to_be is not None else None,
            )
            for p in data.personas
        ),
    )
    if not any(s is not None for p in picked.personas for s in (*p.scores, *(p.to_be or ()))):
        return None

    def build() -> "Figure":
        figure = build_emotion(picked, lang=lang, size=size)
        if aligned:
            _align_to_columns(figure, len(picked.stages), centres)
        return figure

    # Kept by what it shows, like the other charts: matplotlib takes a quarter of a second to
    # draw it, and a preview followed by the export, or a second export, draws it once.
    layout = (tuple(centres) if centres is not None else None, _ALIGN_DIGEST) if aligned else ()
    return _chart(build, chart_key(build_emotion, picked, lang, size, layout))


def _source_digest() -> str:
    """This module's code, which lays the poster's emotion chart out (``_align_to_columns``)
    beyond the chart package that ``chart_key`` already covers; read once, at import."""
    import hashlib
    from pathlib import Path

    try:
        return hashlib.sha256(Path(__file__).read_bytes()).hexdigest()
    except OSError:
        return __name__


_ALIGN_DIGEST: Final = _source_digest()


def _align_to_columns(
    figure: "Figure", stages: int, centres: Sequence[float] | None = None
) -> None:
    """Lays the emotion chart out over the poster's stage columns (see ``_emotion_chart``)."""
    import matplotlib as mpl
    import numpy as np

    from personabuilder.charts import style

    ax = figure.axes[0]
    handles, names = ax.get_legend_handles_labels()
    for legend in list(figure.legends):
        legend.remove()
    figure.set_layout_engine("none")
    for side in ("left", "center", "right"):  # the chart's title is on the left
        ax.set_title("", loc=side)
    ax.set_xlabel("")
    ax.set_ylabel("")
    ax.set_xlim(-0.5, stages - 0.5)
    if centres is not None and len(centres) == stages:
        # Columns of their own widths: each point moves to its column's middle.
        for line in ax.get_lines():
            if line.get_transform() != ax.transData or np.size(line.get_xdata()) != stages:
                continue
            line.set_xdata([c * stages - 0.5 for c in centres])
        ax.set_xticks([c * stages - 0.5 for c in centres])
    ax.tick_params(axis="x", labelbottom=False, length=0)
    ax.tick_params(axis="y", direction="in", length=0, pad=-3)
    for label in ax.get_yticklabels():
        label.set_horizontalalignment("left")
    ax.grid(axis="x", color="#E4E4E4", linewidth=0.8)
    below = _poster_legend(figure, handles, names) if len(handles) > 1 else 0.0
    ax.set_position((0.0, below + 0.03, 1.0, 0.95 - below))
    # A short plot keeps the scores it has room for: the extremes and the middle.
    label_px = style.BASE_SIZE * figure.dpi / 72.0 * 1.4
    if ax.get_position().height * figure.bbox.height < 5 * label_px:
        from personabuilder.charts.emotion import score_label

        kept = (EMOTION_MIN, 0, EMOTION_MAX)
        with mpl.rc_context(style.RC):
            ax.set_yticks(list(kept), [score_label(score) for score in kept])
        for label in ax.get_yticklabels():
            label.set_horizontalalignment("left")


# The legend under the poster's emotion curves takes at most this share of the chart's height;
# past it, its text is set smaller.
_LEGEND_MOST: Final = 0.4


def _poster_legend(figure: "Figure", handles: list[Any], names: list[str]) -> float:
    """Puts the personas' legend under the poster's emotion curves with as many entries a row
    as the chart's width holds (a tiled sheet's chart is narrow), at the largest text size
    whose rows take at most ``_LEGEND_MOST`` of its height; the share of the height taken."""
    import matplotlib as mpl

    from personabuilder.charts import style

    renderer = figure._get_renderer()  # type: ignore[attr-defined]
    height = 0.0
    with mpl.rc_context(style.RC):
        for scale in (1.0, 0.85, 0.72):
            if figure.legends:
                figure.legends[-1].remove()
            for columns in range(min(len(handles), 8), 0, -1):
                legend = figure.legend(
                    handles,
                    names,
                    loc="lower center",
                    ncols=columns,
                    frameon=False,
                    fontsize=style.BASE_SIZE * scale,
                    borderaxespad=0.2,
                )
                box = legend.get_window_extent(renderer)
                if box.width <= figure.bbox.width or columns == 1:
                    break
                legend.remove()
            height = box.height / figure.bbox.height
            if height <= _LEGEND_MOST:
                break
    return max(0.2, height + 0.02)


def _persona_chip(ref_name: str, archetype: Archetype, lang: str) -> Context:
    colour = ARCHETYPE_COLOURS[archetype]
    return {
        "name": ref_name,
        "initials": initials(ref_name),
        "colour": colour,
        "ink": ink_on(colour),
        "archetype": archetype_label(archetype, "", lang),
    }


def _journey_head(detail: JourneyDetail, labels: Mapping[str, str], lang: str) -> Context:
    return {
        "title": detail.title,
        "description": _paragraphs(detail.description),
        "personas": [_persona_chip(p.name, p.archetype, lang) for p in detail.personas],
        "counts": " · ".join(
            (
                _plural(labels, "personas_count", len(detail.personas), lang),
                f"{len(detail.stages)} {labels['stages'].lower()}",
                _plural(labels, "metrics_count", len(detail.metrics), lang),
            )
        ),
    }


def journey_report(
    detail: JourneyDetail,
    labels: Mapping[str, str],
    lang: str,
    anchor: str,
    *,
    charts: bool = True,
) -> Context:
    """A journey map for the report: stage by stage, every lane, metrics and their charts."""
    stages = _stage_dicts(detail, labels)
    stage_blocks = []
    for index, (stage, view) in enumerate(zip(stages, detail.stages, strict=True)):
        stage = {**stage, "anchor": f"{anchor}-s{index + 1}"}
        lanes = []
        for lane in detail.lanes:
            if lane.kind is LaneKind.METRICS:
                continue  # the stage's metrics have their own table below
            content = _cell_content(detail, lane.kind, lane.id, view.id, labels, lang)
            if content["paragraphs"] or content["entries"] or content["evidence"]:
                lanes.append({"name": lane.name, "kind": lane.kind.value, **content})
        metrics = [m for m in detail.metrics if m.stage_id == view.id]
        stage_blocks.append(
            {
                "stage": stage,
                "lanes": lanes,
                "metrics": [metric_context(m, labels, lang) for m in metrics],
                "charts": _trend_charts(metrics, lang) if charts else [],
            }
        )
    emotion = None
    if charts and detail.emotions and detail.personas:
        emotion = _emotion_chart(detail, range(len(detail.stages)), lang, (10.0, 4.6))
    return {
        **_journey_head(detail, labels, lang),
        "anchor": anchor,
        "stages": stage_blocks,
        "emotion_chart": emotion,
        "metric_count": len(detail.metrics),
    }


def _trend_charts(metrics: Sequence[MetricView], lang: str) -> list[SafeSVG]:
    """A stage's metrics as small charts, three to a row (a stage stays under half a page)."""
    from personabuilder.export.trend_svg import trend_row_svgs

    data = [chart_data.trend_data(metric) for metric in metrics]
    return [safe_svg(svg) for svg in trend_row_svgs(data, lang)]


def analytics_context(
    detail: JourneyDetail, labels: Mapping[str, str], lang: str, *, charts: bool = True
) -> Context:
    """What the analytics summary says of one map: funnel, key figures, status counts."""
    funnel_input = chart_data.funnel_data(detail)
    key = chart_data.key_figures(detail)
    steps = key.funnel
    first_stage = funnel_input.stages[0] if funnel_input.stages else ""
    rows = [
        {
            "stage": name,
            "reached": format_number(value, MetricUnit.COUNT, lang),
            "conversion": format_number(or_none(steps[i - 1].conversion), MetricUnit.PERCENT, lang)
            if i
            else "",
            "from_first": format_number(or_none(steps[i - 1].from_first), MetricUnit.PERCENT, lang)
            if i
            else "",
        }
        for i, (name, value) in enumerate(
            zip(funnel_input.stages, funnel_input.values, strict=True)
        )
    ]
    figures = [
        _figure(labels["trial_to_paid"], key.trial_to_paid, MetricUnit.PERCENT, labels, lang),
        {
            "label": labels["overall_conversion"],
            "value": format_number(key.overall_conversion.value, MetricUnit.PERCENT, lang),
            "source": labels["computed"] if steps else "",
        },
        _figure(labels["cac"], key.cac, MetricUnit.CURRENCY, labels, lang),
        _figure(labels["ltv_cac"], key.ltv_to_cac, None, labels, lang),
        _figure(labels["cac_payback"], key.cac_payback, None, labels, lang),
        _figure(labels["churn"], key.churn, MetricUnit.PERCENT, labels, lang),
        _figure(labels["nrr"], key.nrr, MetricUnit.PERCENT, labels, lang),
    ]
    names = {stage.id: stage.name for stage in detail.stages}
    counts: dict[uuid.UUID, dict[HealthStatus, int]] = {
        stage.id: dict.fromkeys(_STATUS_ORDER, 0) for stage in detail.stages
    }
    for metric in detail.metrics:
        if metric.stage_id in counts:
            counts[metric.stage_id][chart_data.metric_status(metric)] += 1
    per_stage = [
        (names[sid], [by[s] for s in _STATUS_ORDER])
        for sid, by in counts.items()
        if any(by.values())
    ]
    status_rows = [{"stage": name, "counts": row, "total": sum(row)} for name, row in per_stage]
    totals = [sum(row[i] for _, row in per_stage) for i in range(len(_STATUS_ORDER))]
    funnel_chart = health_chart = None
    if charts and len([v for v in funnel_input.values if v is not None]) >= 2:
        from personabuilder.charts.funnel import build_funnel

        funnel_chart = _chart(
            lambda: build_funnel(funnel_input, lang=lang, size=(9.0, 4.6)),
            chart_key(build_funnel, funnel_input, lang, (9.0, 4.6)),
        )
    if charts and detail.metrics:
        from personabuilder.charts.health import build_stage_health

        health = chart_data.health_data(detail)
        height = min(9.0, 2.2 + 0.32 * len(detail.metrics))
        health_chart = _chart(
            lambda: build_stage_health(health, lang=lang, size=(9.0, height)),
            chart_key(build_stage_health, health, lang, (9.0, height)),
        )
    return {
        "title": detail.title,
        "funnel_metric": funnel_input.metric,
        "funnel_first": first_stage,
        "funnel": rows if len(rows) >= 2 else [],
        "figures": figures,
        "statuses": status_legend(lang),
        "status_rows": status_rows,
        "status_totals": totals,
        "status_total": sum(totals),
        "funnel_chart": funnel_chart,
        "health_chart": health_chart,
    }


def _figure(
    label: str,
    figure: chart_data.KeyFigure,
    unit: MetricUnit | None,
    labels: Mapping[str, str],
    lang: str,
) -> Context:
    """A key figure as text; a ratio (no unit) with one decimal, a metric's in its own unit."""
    sources = figure.sources
    if len(sources) == 1:
        value = format_number(figure.value, sources[0].unit, lang)
        source = labels["source_metric"].format(metric=sources[0].name)
    else:
        value = format_number(figure.value, unit, lang, decimals=None if unit else 1)
        source = " / ".join(m.name for m in sources)
    return {"label": label, "value": value, "source": source}


# Workshop outcomes ----------------------------------------------------------------------


def _score_text(score: int | None) -> str:
    """An emotion score as the report writes it: "+1", "0", "−2", "–" for none."""
    if score is None:
        return "–"
    return f"+{score}" if score > 0 else str(score).replace("-", "\u2212")


def outcomes_context(
    outcomes: Sequence[WorkshopOutcome], labels: Mapping[str, str], lang: str
) -> list[Context]:
    """Workshop sessions with their captured items grouped by kind, most votes first."""
    out = []
    for outcome in outcomes:
        groups = []
        for kind in CaptureKind:
            items = sorted(
                (item for item in outcome.items if item.kind is kind),
                key=lambda item: -item.votes,
            )
            if items:
                groups.append(
                    {
                        "kind": kind.value,
                        "title": labels[f"kind_{kind.value}"],
                        "entries": [
                            {
                                "stage": item.stage or labels["no_stage"],
                                "text": item.text,
                                "votes": item.votes,
                            }
                            for item in items
                        ],
                    }
                )
        out.append(
            {
                "journey": outcome.journey,
                "title": outcome.title,
                "held_on": labels["held_on"].format(date=format_date(outcome.held_on, lang)),
                "groups": groups,
                "emotions": [
                    {
                        "stage": stage,
                        "persona": persona,
                        "before": _score_text(before),
                        "after": _score_text(after),
                    }
                    for stage, persona, before, after in outcome.emotion_changes
                ],
            }
        )
    return out


# Whole documents ------------------------------------------------------------------------


def _clock(clock: datetime | None) -> datetime:
    return clock if clock is not None else datetime.now().astimezone()


def base_context(services: "Services", kind: str, lang: str, clock: datetime | None) -> Context:
    """What every deliverable shares: version, language, words, branding, date, stylesheets."""
    lang = language(lang)
    labels = labels_for(lang)
    moment = _clock(clock)
    generated = format_date(moment.date(), lang)
    return {
        "context_version": CONTEXT_VERSION,
        "kind": kind,
        "lang": lang,
        "labels": labels,
        "brand": branding_context(services.branding.get()),
        "generated": generated,
        "generated_line": labels["generated"].format(date=generated),
        "generated_iso": moment.date().isoformat(),
        "stylesheets": [resource_url("templates/base.css"), resource_url(f"templates/{kind}.css")],
    }


def personas_context(
    services: "Services",
    persona_ids: Sequence[uuid.UUID],
    *,
    lang: str = "en",
    clock: datetime | None = None,
) -> Context:
    """Context of the persona one-pagers: one persona a page (or more when it runs long)."""
    context = base_context(services, "persona", lang, clock)
    context["personas"] = [
        persona_context(detail, context["labels"], context["lang"], f"persona-{n}")
        for n, detail in enumerate(services.personas.get_many(persona_ids), start=1)
    ]
    return context


def report_context(
    services: "Services",
    *,
    lang: str = "en",
    journey_ids: Sequence[uuid.UUID] | None = None,
    persona_ids: Sequence[uuid.UUID] | None = None,
    outcomes: Sequence[WorkshopOutcome] = (),
    title: str | None = None,
    clock: datetime | None = None,
    charts: bool = True,
    step: Callable[[float], None] | None = None,
) -> Context:
    """Context of the full report: cover, contents, personas, maps, metrics, analytics.

    ``step(fraction)`` hears how far the work has gone (charts take most of it) and may
    raise to stop it.
    """
    context = base_context(services, "report", lang, clock)
    labels, lang = context["labels"], context["lang"]
    if persona_ids is None:
        persona_ids = [p.id for p in services.listing.personas()]
    if journey_ids is None:
        journey_ids = [j.id for j in services.listing.journeys()]
    personas = [
        persona_context(detail, labels, lang, f"persona-{n}")
        for n, detail in enumerate(services.personas.get_many(persona_ids), start=1)
    ]
    details = [services.journeys.get(jid) for jid in journey_ids]
    journeys, analytics = [], []
    for n, detail in enumerate(details, start=1):
        if step is not None:
            step((n - 1) / len(details))
        journeys.append(journey_report(detail, labels, lang, f"journey-{n}", charts=charts))
        analytics.append(
            {**analytics_context(detail, labels, lang, charts=charts), "anchor": f"analytics-{n}"}
        )
    workshop = outcomes_context(outcomes, labels, lang)
    brand = context["brand"]
    title = title or labels["report_title"]
    toc: list[Context] = []
    if personas:
        toc.append({"anchor": "personas", "title": labels["personas"], "level": 1})
        toc += [{"anchor": p["anchor"], "title": p["name"], "level": 2} for p in personas]
    if journeys:
        toc.append({"anchor": "journeys", "title": labels["journey_maps"], "level": 1})
        toc += [{"anchor": j["anchor"], "title": j["title"], "level": 2} for j in journeys]
        toc.append({"anchor": "metrics", "title": labels["stage_metrics"], "level": 1})
        toc += [
            {"anchor": j["anchor"] + "-metrics", "title": j["title"], "level": 2} for j in journeys
        ]
        toc.append({"anchor": "analytics", "title": labels["analytics"], "level": 1})
        toc += [{"anchor": a["anchor"], "title": a["title"], "level": 2} for a in analytics]
    if workshop:
        toc.append({"anchor": "outcomes", "title": labels["outcomes"], "level": 1})
    context.update(
        {
            "title": title,
            "prepared_by": labels["prepared_by"].format(company=brand["company"])
            if brand["company"]
            else "",
            "summary": " · ".join(
                (
                    _plural(labels, "personas_count", len(personas), lang),
                    _plural(labels, "journeys_count", len(journeys), lang),
                )
            )
            if personas or journeys
            else "",
            "toc": toc,
            "personas": personas,
            "journeys": journeys,
            "analytics": analytics,
            "outcomes": workshop,
            "legend": {"evidence": evidence_legend(lang), "status": status_legend(lang)},
        }
    )
    return context


def outcomes_from_workshop(
    services: "Services", journey_ids: Sequence[uuid.UUID] | None = None
) -> tuple[WorkshopOutcome, ...]:
    """Every workshop session held on the given maps (all when None), oldest first."""
    if journey_ids is None:
        journey_ids = [j.id for j in services.listing.journeys()]
    out: list[WorkshopOutcome] = []
    for journey_id in journey_ids:
        title = services.listing.journey(journey_id).title
        for summary in services.workshop.summary(journey_id):
            items = [
                OutcomeItem(stage.stage_name, item.kind, item.text, item.votes)
                for stage in summary.stages
                for item in stage.items
            ]
            items += [
                OutcomeItem("", item.kind, item.text, item.votes)
                for item in (*summary.parking, *summary.unplaced)
            ]
            changes = tuple(
                (c.stage_name, c.persona_name, c.change.before[0], c.change.after[0])
                for c in summary.emotion_changes
            )
            out.append(
                WorkshopOutcome(
                    title, summary.session.title, summary.session.held_on, tuple(items), changes
                )
            )
    return tuple(out)
