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
    # Titles of charts given no metric, and what an empty chart tells the user to do.
    "trend": ("Trend", "Évolution"),
    "actual_target": ("Actual vs target", "Réel et objectif"),
    "empty_trend": (
        "Select a metric to see its trend",
        "Choisissez une métrique pour voir son évolution",
    ),
    "empty_values": (
        "No values yet: type them in the values table or import a CSV",
        f"Pas encore de valeurs{NBSP}: saisissez-les dans le tableau des valeurs "
        "ou importez un CSV",
    ),
    "empty_targets": (
        "No target to compare yet: edit a metric to give it a target",
        f"Aucun objectif à comparer{NBSP}: modifiez une métrique pour lui en donner un",
    ),
    "empty_funnel": (
        "No funnel yet: add an “Accounts reaching the stage” metric to the stages",
        f"Pas encore d’entonnoir{NBSP}: ajoutez aux étapes une métrique «{NBSP}Comptes ayant "
        f"atteint l’étape{NBSP}»",
    ),
    "empty_health": (
        "No metrics yet: add metrics to the stages to see their health",
        f"Pas encore de métriques{NBSP}: ajoutez des métriques aux étapes pour voir leur santé",
    ),
    "empty_emotion": (
        "No emotion scores yet: link personas to the map and score each stage",
        f"Pas encore de scores d’émotion{NBSP}: liez des personas à la carte et notez chaque étape",
    ),
    "empty_cohort": (
        "No cohort table yet: load a cohort CSV",
        f"Pas encore de table de cohortes{NBSP}: chargez un CSV de cohortes",
    ),
    # Actual vs target, each metric as a share of its target.
    "of_target": ("{actual} of {target}", "{actual} sur {target}"),
    "without_target": ("{actual}, no target", "{actual}, sans objectif"),
    "share_of_target": ("Actual as % of target", "Réel en pourcentage de l’objectif"),
    "target_line": ("Target (100%)", f"Objectif (100{NBSP}%)"),
}


def is_french(lang: str) -> bool:
    """Whether a language tag ("fr", "fr_FR", "fr-CA") asks for French."""
    return lang.replace("-", "_").split("_")[0].strip().lower() == "fr"


def word(key: str, lang: str, **values: str) -> str:
    """The chart wording ``key`` in ``lang`` (English unless French), with fields filled."""
    english, french = _WORDS[key]
    text = french if is_french(lang) else english
    return text.format(**values) if values else text
