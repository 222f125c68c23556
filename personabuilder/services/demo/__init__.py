"""Demo workspace content (personas and journey maps) in English and French.

The structure is written once (``structure.py``) and the words per language
(``words_en.py``, ``words_fr.py``); ``content.py`` joins them.
"""

from functools import cache

from personabuilder.services.demo.types import DemoContent


def get_demo(lang: str) -> DemoContent:
    """Return the demo content for a language code or locale, French or else English."""
    code = lang.strip().lower()
    if code == "fr" or code.startswith(("fr_", "fr-")):
        return _content("fr")
    return _content("en")


@cache
def _content(lang: str) -> DemoContent:
    from personabuilder.services.demo.content import build_content, words_of

    return build_content(words_of(lang), lang)
