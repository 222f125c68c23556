"""Words the charts show, in English and French (charts run without Qt's translator)."""

from typing import Final

NBSP: Final = "\u00a0"
NNBSP: Final = "\u202f"

# French typography: a no-break space before ":" and ";", apostrophes are typographic.
_WORDS: Final[dict[str, tuple[str, str]]] = {
    "no_data": ("No data", "Aucune donnée"),
    "n/a": ("n/a", "n.d."),
    "actual": ("Actual", "Réel"),
    "target": ("Target", "Objectif"),
    "target_met": ("Target met", "Objectif atteint"),
    "target_missed": ("Target missed", "Objectif manqué"),
    "no_target": ("No target", "Sans objectif"),
    "stage": ("Stage", "Étape"),
    "period": ("Period", "Période"),
    "conversion": ("Conversion", "Conversion"),
    "funnel_title": ("Conversion funnel", "Entonnoir de conversion"),
    "actual_target_title": ("{metric}: actual vs target", f"{{metric}}{NBSP}: réel et objectif"),
    "trend_title": ("{metric}: trend", f"{{metric}}{NBSP}: évolution"),
    "emotion_title": ("Emotion curve", "Courbe d’émotion"),
    "emotions_title": ("Emotion curves", "Courbes d’émotion"),
    "emotion_axis": ("Emotion score (−2 to +2)", "Score d’émotion (−2 à +2)"),
    "to_be": ("{name} (to-be)", "{name} (cible)"),
    "cohort_title": ("Cohort retention", "Rétention par cohorte"),
    "cohort": ("Cohort", "Cohorte"),
    "retained": ("Retained (%)", "Clients conservés (%)"),
    "since_week": ("Weeks since start", "Semaines depuis le début"),
    "since_month": ("Months since start", "Mois depuis le début"),
    "since_quarter": ("Quarters since start", "Trimestres depuis le début"),
    "since_period": ("Periods since start", "Périodes depuis le début"),
    "health_title": ("Stage health", "Santé des étapes"),
    "metrics": ("Metrics", "Indicateurs"),
    "on_track": ("On track", "En bonne voie"),
    "at_risk": ("At risk", "À risque"),
    "off_track": ("Off track", "Hors objectif"),
    "not_available": ("Not available", "Non disponible"),
    "count": ("count", "nombre"),
    "day": ("day", "jour"),
    "days": ("days", "jours"),
    "score": ("score", "score"),
}


def is_french(lang: str) -> bool:
    """Whether a language tag ("fr", "fr_FR", "fr-CA") asks for French."""
    return lang.replace("-", "_").split("_")[0].strip().lower() == "fr"


def word(key: str, lang: str, **values: str) -> str:
    """The chart wording ``key`` in ``lang`` (English unless French), with fields filled."""
    english, french = _WORDS[key]
    text = french if is_french(lang) else english
    return text.format(**values) if values else text
