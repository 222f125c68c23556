"""Starting points for new personas: the three buying-role templates and a blank custom one."""

from dataclasses import dataclass

from personabuilder.model import Archetype
from personabuilder.services.demo.templates import archetype_templates
from personabuilder.services.readmodels import PersonaData


@dataclass(frozen=True)
class PersonaTemplate:
    """A template offered in the "New persona" menu."""

    archetype: Archetype
    label: str
    data: PersonaData


def persona_templates(lang: str) -> list[PersonaTemplate]:
    """The executive sponsor, technical evaluator and end-user champion templates."""
    return [
        PersonaTemplate(
            Archetype(seed["archetype"]),
            seed["label"],
            PersonaData(
                name=seed["name"],
                archetype=Archetype(seed["archetype"]),
                job_title=seed["job_title"],
                company_size=seed["company_size"],
                industry=seed["industry"],
                quote=seed["quote"],
                bio=seed["bio"],
                goals=tuple(seed["goals"]),
                pain_points=tuple(seed["pain_points"]),
                motivations=tuple(seed["motivations"]),
                objections=tuple(seed["objections"]),
                decision_criteria=tuple(seed["decision_criteria"]),
                channels=tuple(seed["channels"]),
                tools=tuple(seed["tools"]),
                tags=tuple(seed["tags"]),
                tech_savviness=seed["tech_savviness"],
                influence=seed["influence"],
            ),
        )
        for seed in archetype_templates(lang)
    ]


def blank_persona(archetype_name: str, persona_name: str) -> PersonaData:
    """An empty persona of a custom archetype the user names."""
    return PersonaData(
        name=persona_name, archetype=Archetype.CUSTOM, custom_archetype=archetype_name.strip()
    )
