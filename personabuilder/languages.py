"""The languages of PersonaBuilder's fixed texts, and the one the user's locale asks for."""

import locale
import os

LANGUAGES = ("en", "fr")


def system_language() -> str:
    """The language of the user's locale: "fr" for any French locale, else "en"."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    name = locale.getlocale()[0] or ""
    return "fr" if name.lower().startswith("fr") else "en"
