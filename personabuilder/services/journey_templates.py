"""Journey map templates: the SaaS customer journey, the SaaS lifecycle, and a blank map."""

import uuid
from dataclasses import dataclass

from personabuilder.model import LaneKind
from personabuilder.services.demo import get_demo
from personabuilder.services.readmodels import JourneySpec, LaneSpec, StageSpec

_BLANK = {
    "en": ("New journey map", ["Stage 1", "Stage 2", "Stage 3"]),
    "fr": ("Nouveau parcours", ["Étape 1", "Étape 2", "Étape 3"]),
}
_BLANK_LANES = {
    "en": [
        (LaneKind.TEXT, "Customer actions"),
        (LaneKind.TOUCHPOINTS, "Touchpoints & channels"),
        (LaneKind.EMOTION, "Emotions"),
        (LaneKind.PAIN_POINTS, "Pain points"),
        (LaneKind.OPPORTUNITIES, "Opportunities"),
    ],
    "fr": [
        (LaneKind.TEXT, "Actions du client"),
        (LaneKind.TOUCHPOINTS, "Points de contact et canaux"),
        (LaneKind.EMOTION, "Émotions"),
        (LaneKind.PAIN_POINTS, "Points de friction"),
        (LaneKind.OPPORTUNITIES, "Opportunités"),
    ],
}


@dataclass(frozen=True)
class JourneyTemplate:
    """A template offered when creating a journey map."""

    key: str  # "saas_journey", "saas_lifecycle" or "blank"
    title: str
    stage_count: int
    spec: JourneySpec

    def for_personas(self, persona_ids: list[uuid.UUID]) -> JourneySpec:
        """The template's spec following the chosen personas."""
        return JourneySpec(
            title=self.spec.title,
            description=self.spec.description,
            persona_ids=tuple(persona_ids),
            stages=self.spec.stages,
            lanes=self.spec.lanes,
        )


def journey_templates(lang: str) -> list[JourneyTemplate]:
    """The three ways to start a map, in ``lang`` ("en" or "fr")."""
    lang = "fr" if lang.lower().startswith("fr") else "en"
    out = []
    for key, seed in zip(
        ("saas_journey", "saas_lifecycle"), get_demo(lang)["journeys"], strict=True
    ):
        index = {st["key"]: i for i, st in enumerate(seed["stages"])}
        spec = JourneySpec(
            title=seed["title"],
            description=seed["description"],
            stages=tuple(
                StageSpec(
                    st["name"],
                    st["description"],
                    st["colour"],
                    index[st["loop_to"]] if st["loop_to"] else None,
                )
                for st in seed["stages"]
            ),
            lanes=tuple(LaneSpec(LaneKind(ln["kind"]), ln["name"]) for ln in seed["lanes"]),
        )
        out.append(JourneyTemplate(key, seed["title"], len(spec.stages), spec))
    title, stages = _BLANK[lang]
    blank = JourneySpec(
        title=title,
        stages=tuple(StageSpec(name) for name in stages),
        lanes=tuple(LaneSpec(kind, name) for kind, name in _BLANK_LANES[lang]),
    )
    out.append(JourneyTemplate("blank", title, len(blank.stages), blank))
    return out
