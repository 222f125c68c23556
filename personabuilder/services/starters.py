"""Starting points for new personas: the three buying-role templates and a blank custom one."""

from dataclasses import dataclass

from personabuilder.model import Archetype
from personabuilder.services.demo.templates import archetype_templates
from personabuilder.services.readmodels import PersonaData, persona_from_seed


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
            persona_from_seed(seed),
        )
        for seed in archetype_templates(lang)
    ]


def blank_persona(archetype_name: str, persona_name: str) -> PersonaData:
    """An empty persona of a custom archetype the user names."""
    return PersonaData(
        name=persona_name, archetype=Archetype.CUSTOM, custom_archetype=archetype_name.strip()
    )
