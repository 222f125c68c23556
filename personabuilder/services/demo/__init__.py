"""Demo workspace content (personas and journey maps) in English and French."""

from personabuilder.services.demo.types import DemoContent


def get_demo(lang: str) -> DemoContent:
    """Return the demo content for a language code or locale, French or else English."""
    code = lang.strip().lower()
    if code == "fr" or code.startswith(("fr_", "fr-")):
        from personabuilder.services.demo import fr

        return fr.CONTENT
    from personabuilder.services.demo import en

    return en.CONTENT
