"""The catalogue of stage metrics (KPIs) a strategist picks from, in English and French."""

from dataclasses import dataclass

from personabuilder.model import Direction, MetricUnit

_HIGH, _LOW = Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER
_COUNT, _PCT, _CUR, _DAYS, _SCORE = (
    MetricUnit.COUNT,
    MetricUnit.PERCENT,
    MetricUnit.CURRENCY,
    MetricUnit.DAYS,
    MetricUnit.SCORE,
)


@dataclass(frozen=True)
class CatalogueMetric:
    """A metric the catalogue offers: its key, the stage it belongs to, unit and direction."""

    key: str
    stage: str  # awareness, consideration, ... ("" for a metric every stage can have)
    unit: MetricUnit
    direction: Direction
    names: tuple[str, str]  # English, French

    def name(self, lang: str) -> str:
        """The metric's name in ``lang`` (English unless French is asked for)."""
        return self.names[1] if lang == "fr" else self.names[0]


STAGE_NAMES: dict[str, tuple[str, str]] = {
    "awareness": ("Awareness", "Sensibilisation"),
    "consideration": ("Consideration", "Considération"),
    "trial": ("Trial", "Essai"),
    "purchase": ("Decision / purchase", "Décision / achat"),
    "onboarding": ("Activation / onboarding", "Activation / intégration"),
    "adoption": ("Adoption", "Adoption"),
    "expansion": ("Expansion / growth", "Expansion / croissance"),
    "retention": ("Retention / renewal", "Fidélisation / renouvellement"),
    "advocacy": ("Advocacy", "Recommandation"),
}

STAGE_REACH = "stage_reach"  # the metric the funnel chart reads, on every stage

CATALOGUE: tuple[CatalogueMetric, ...] = (
    CatalogueMetric(STAGE_REACH, "", _COUNT, _HIGH,
                    ("Accounts reaching the stage", "Comptes ayant atteint l’étape")),
    CatalogueMetric("website_traffic", "awareness", _COUNT, _HIGH,
                    ("Website traffic", "Trafic du site web")),
    CatalogueMetric("content_engagement", "awareness", _PCT, _HIGH,
                    ("Content engagement", "Engagement sur les contenus")),
    CatalogueMetric("social_reach", "awareness", _COUNT, _HIGH,
                    ("Social reach", "Portée sur les réseaux sociaux")),
    CatalogueMetric("brand_mentions", "awareness", _COUNT, _HIGH,
                    ("Brand mentions", "Mentions de la marque")),
    CatalogueMetric("leads_generated", "awareness", _COUNT, _HIGH,
                    ("Leads generated", "Prospects générés")),
    CatalogueMetric("event_participation", "awareness", _COUNT, _HIGH,
                    ("Event participation", "Participation aux événements")),
    CatalogueMetric("lead_generation_rate", "consideration", _PCT, _HIGH,
                    ("Lead generation rate", "Taux de génération de prospects")),
    CatalogueMetric("trial_signups", "consideration", _COUNT, _HIGH,
                    ("Free-trial sign-ups", "Inscriptions à l’essai gratuit")),
    CatalogueMetric("demo_requests", "consideration", _COUNT, _HIGH,
                    ("Demo requests", "Demandes de démo")),
    CatalogueMetric("trial_signup_rate", "trial", _PCT, _HIGH,
                    ("Trial sign-up rate", "Taux d’inscription à l’essai")),
    CatalogueMetric("trial_to_paid", "trial", _PCT, _HIGH,
                    ("Trial-to-paid conversion", "Conversion essai → payant")),
    CatalogueMetric("time_to_first_value", "trial", _DAYS, _LOW,
                    ("Time to first value", "Délai avant la première valeur")),
    CatalogueMetric("trial_feature_adoption", "trial", _PCT, _HIGH,
                    ("Feature adoption during trial", "Adoption des fonctions pendant l’essai")),
    CatalogueMetric("trial_support_requests", "trial", _COUNT, _LOW,
                    ("Support requests during trial", "Demandes de support pendant l’essai")),
    CatalogueMetric("conversion_rate", "purchase", _PCT, _HIGH,
                    ("Conversion rate", "Taux de conversion")),
    CatalogueMetric("cac", "purchase", _CUR, _LOW,
                    ("Customer acquisition cost (CAC)", "Coût d’acquisition client (CAC)")),
    CatalogueMetric("gross_margin", "purchase", _PCT, _HIGH,
                    ("Gross margin", "Marge brute")),
    CatalogueMetric("onboarding_completion", "onboarding", _PCT, _HIGH,
                    ("Onboarding completion rate", "Taux d’achèvement de l’intégration")),
    CatalogueMetric("onboarding_duration", "onboarding", _DAYS, _LOW,
                    ("Onboarding duration", "Durée de l’intégration")),
    CatalogueMetric("time_to_value", "onboarding", _DAYS, _LOW,
                    ("Time to value", "Délai de création de valeur")),
    CatalogueMetric("user_activation", "onboarding", _PCT, _HIGH,
                    ("User activation", "Activation des utilisateurs")),
    CatalogueMetric("onboarding_tickets", "onboarding", _COUNT, _LOW,
                    ("Support ticket volume", "Volume de tickets de support")),
    CatalogueMetric("stickiness", "adoption", _PCT, _HIGH,
                    ("Product stickiness (DAU/MAU)", "Adhérence au produit (DAU/MAU)")),
    CatalogueMetric("csat_adoption", "adoption", _SCORE, _HIGH,
                    ("Customer satisfaction", "Satisfaction client")),
    CatalogueMetric("mrr_growth", "expansion", _PCT, _HIGH,
                    ("MRR growth", "Croissance du MRR")),
    CatalogueMetric("clv", "expansion", _CUR, _HIGH,
                    ("Customer lifetime value (CLV)", "Valeur vie client (CLV)")),
    CatalogueMetric("expansion_revenue", "expansion", _CUR, _HIGH,
                    ("Expansion revenue", "Revenu d’expansion")),
    CatalogueMetric("upgrade_rate", "expansion", _PCT, _HIGH,
                    ("Upgrade rate", "Taux de montée en gamme")),
    CatalogueMetric("seat_additions", "expansion", _COUNT, _HIGH,
                    ("Seat additions", "Licences ajoutées")),
    CatalogueMetric("arpu", "expansion", _CUR, _HIGH,
                    ("Average revenue per user (ARPU)", "Revenu moyen par utilisateur (ARPU)")),
    CatalogueMetric("churn_rate", "retention", _PCT, _LOW,
                    ("Churn rate", "Taux d’attrition")),
    CatalogueMetric("retention_rate", "retention", _PCT, _HIGH,
                    ("Retention rate", "Taux de rétention")),
    CatalogueMetric("renewal_rate", "retention", _PCT, _HIGH,
                    ("Renewal rate", "Taux de renouvellement")),
    CatalogueMetric("nrr", "retention", _PCT, _HIGH,
                    ("Net revenue retention (NRR)", "Rétention nette du revenu (NRR)")),
    CatalogueMetric("nps", "retention", _SCORE, _HIGH,
                    ("Net Promoter Score (NPS)", "Net Promoter Score (NPS)")),
    CatalogueMetric("csat", "retention", _SCORE, _HIGH,
                    ("CSAT", "CSAT")),
    CatalogueMetric("referrals", "advocacy", _COUNT, _HIGH,
                    ("Referrals", "Recommandations")),
    CatalogueMetric("reviews", "advocacy", _COUNT, _HIGH,
                    ("Reviews and testimonials", "Avis et témoignages")),
    CatalogueMetric("case_studies", "advocacy", _COUNT, _HIGH,
                    ("Case-study participation", "Participation aux études de cas")),
)  # fmt: skip


def catalogue_entry(key: str) -> CatalogueMetric | None:
    """The catalogue metric with this key, if any."""
    return next((m for m in CATALOGUE if m.key == key), None)
