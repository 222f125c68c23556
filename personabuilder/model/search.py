"""The folded search text of a persona: what the gallery search matches against."""

import unicodedata
from collections.abc import Iterable

# Fields whose text the gallery search covers, in the order they are joined.
SEARCHED_TEXT = (
    "name",
    "custom_archetype",
    "job_title",
    "company",
    "company_size",
    "industry",
    "age_band",
    "location",
    "quote",
    "bio",
)
SEARCHED_LISTS = (
    "goals",
    "pain_points",
    "motivations",
    "objections",
    "decision_criteria",
    "channels",
    "tools",
    "tags",
)


def fold(text: str) -> str:
    """Lower-cased text without accents, so "Évaluateur" matches "evaluateur"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def search_text(texts: Iterable[str], lists: Iterable[Iterable[str]]) -> str:
    """The folded text of every searched field, one field per line."""
    parts = [t for t in texts if t]
    for items in lists:
        parts.extend(i for i in items if i)
    return fold("\n".join(parts))
