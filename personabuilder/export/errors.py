"""The export's errors: each a sentence in English and French the user can act on."""

from typing import Final

_MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "cancelled": ("The export was cancelled.", "L’export a été annulé."),
    "timeout": (
        "The template “{name}” took longer than {seconds} s; it was stopped.",
        "Le modèle «\u00a0{name}\u00a0» a pris plus de {seconds}\u00a0s\u00a0; il a été arrêté.",
    ),
    "template_syntax": (
        "The template “{name}” has a syntax error{at}: {detail}",
        "Le modèle «\u00a0{name}\u00a0» contient une erreur de syntaxe{at}\u00a0: {detail}",
    ),
    "template_forbidden": (
        "The template “{name}” tried something templates may not do{at}: {detail}",
        "Le modèle «\u00a0{name}\u00a0» a tenté une opération interdite aux modèles{at}\u00a0: "
        "{detail}",
    ),
    "template_error": (
        "The template “{name}” failed{at}: {detail}",
        "Le modèle «\u00a0{name}\u00a0» a échoué{at}\u00a0: {detail}",
    ),
    "template_undefined": (
        "The template “{name}” uses “{undefined}”{at}, which is not in the data it receives.",
        "Le modèle «\u00a0{name}\u00a0» utilise «\u00a0{undefined}\u00a0»{at}, qui ne figure pas "
        "dans les données qu’il reçoit.",
    ),
    "template_changed": (
        "The template “{name}” uses “{undefined}”{at}, which is not in the data it receives: "
        "it was written for context version {declared}; {changes}.",
        "Le modèle «\u00a0{name}\u00a0» utilise «\u00a0{undefined}\u00a0»{at}, qui ne figure "
        "pas dans les données qu’il reçoit\u00a0: il a été écrit pour la version {declared} du "
        "contexte\u00a0; {changes}.",
    ),
    "template_newer": (
        "The template “{name}” was written for context version {declared}, but this "
        "PersonaBuilder provides version {current}; use a newer PersonaBuilder or adapt the "
        "template.",
        "Le modèle «\u00a0{name}\u00a0» a été écrit pour la version {declared} du contexte, "
        "mais ce PersonaBuilder fournit la version {current}\u00a0; utilisez un PersonaBuilder "
        "plus récent ou adaptez le modèle.",
    ),
    "template_bad_version": (
        "The first line of the template “{name}” declares the context version “{declared}”, "
        "which is not a whole number; write it as {example}.",
        "La première ligne du modèle «\u00a0{name}\u00a0» déclare la version de contexte "
        "«\u00a0{declared}\u00a0», qui n’est pas un nombre entier\u00a0; écrivez-la "
        "ainsi\u00a0: {example}.",
    ),
    "template_missing": (
        "There is no template “{name}” in {folder}.",
        "Il n’y a pas de modèle «\u00a0{name}\u00a0» dans {folder}.",
    ),
    "template_crashed": (
        "The template “{name}” stopped unexpectedly ({detail}).",
        "Le modèle «\u00a0{name}\u00a0» s’est arrêté de façon inattendue ({detail}).",
    ),
    "template_memory": (
        "The template “{name}” needed more than {limit} MB of memory; it was stopped.",
        "Le modèle «\u00a0{name}\u00a0» demandait plus de {limit}\u00a0Mo de mémoire\u00a0; "
        "il a été arrêté.",
    ),
    "template_too_big": (
        "The template “{name}” produced more than {limit} MB of HTML; it was stopped.",
        "Le modèle «\u00a0{name}\u00a0» a produit plus de {limit}\u00a0Mo de HTML\u00a0; "
        "il a été arrêté.",
    ),
    "too_many_pages": (
        "The template “{name}” makes more than {limit} pages; the export was stopped.",
        "Le modèle «\u00a0{name}\u00a0» produit plus de {limit}\u00a0pages\u00a0; "
        "l’export a été arrêté.",
    ),
    "layout_timeout": (
        "Laying out the pages of the template “{name}” took longer than {seconds} s; "
        "it was stopped.",
        "La mise en page du modèle «\u00a0{name}\u00a0» a pris plus de {seconds}\u00a0s\u00a0; "
        "elle a été arrêtée.",
    ),
    "layout_memory": (
        "Laying out the pages of the template “{name}” needed more than {limit} MB of memory; "
        "it was stopped.",
        "La mise en page du modèle «\u00a0{name}\u00a0» demandait plus de {limit}\u00a0Mo "
        "de mémoire\u00a0; elle a été arrêtée.",
    ),
    "too_deep": (
        "The page nests its elements more than {limit} levels deep, which cannot be laid out; "
        "check the template’s loops and includes.",
        "La page imbrique ses éléments sur plus de {limit}\u00a0niveaux, ce qui ne peut pas "
        "être mis en page\u00a0; vérifiez les boucles et inclusions du modèle.",
    ),
    "bad_context": (
        "The data of this export cannot be handed to a template: {detail}",
        "Les données de cet export ne peuvent pas être transmises à un modèle\u00a0: {detail}",
    ),
    "render_failed": (
        "The PDF could not be laid out: {detail}",
        "La mise en page du PDF a échoué\u00a0: {detail}",
    ),
    "write_failed": (
        "The PDF could not be written to {path}: {detail}",
        "Le PDF n’a pas pu être écrit dans {path}\u00a0: {detail}",
    ),
    "deck_write_failed": (
        "The deck could not be written to {path}: {detail}",
        "La présentation n’a pas pu être écrite dans {path}\u00a0: {detail}",
    ),
    "file_write_failed": (
        "The file could not be written to {path}: {detail}",
        "Le fichier n’a pas pu être écrit dans {path}\u00a0: {detail}",
    ),
    "no_pdftoppm": (
        "Page previews need the pdftoppm program (poppler-utils), which is not installed.",
        "Les aperçus de page nécessitent le programme pdftoppm (poppler-utils), "
        "qui n’est pas installé.",
    ),
    "preview_failed": (
        "The page previews could not be made: {detail}",
        "Les aperçus de page n’ont pas pu être créés\u00a0: {detail}",
    ),
}
# Parameters that are decimal numbers, written with a decimal comma in French.
_DECIMAL_PARAMS: Final = frozenset({"seconds", "limit"})
# A parameter ``x_fr`` is the French wording of parameter ``x`` (a sentence part built by code).
_FRENCH_SUFFIX: Final = "_fr"


class ExportError(Exception):
    """A problem the user can act on; ``str()`` is the English sentence, ``message(lang)`` any.

    Raise it with a sentence (``ExportError("...")``) or with a code of the table above and
    its parameters (``ExportError(code="timeout", name="poster.html.j2", seconds=10)``).
    ``line`` (a template line number), when given, is worded into the sentence; a parameter
    ``x_fr`` replaces ``x`` in the French sentence.
    """

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code
        self.params = {key: str(value) for key, value in params.items() if value is not None}
        self._text = message
        super().__init__(message or self.message("en"))

    def message(self, lang: str = "en") -> str:
        """The problem in English, or French when ``lang`` starts with "fr"."""
        if self.code not in _MESSAGES:
            return self._text or self.code
        french = lang.lower().startswith("fr")
        values = {
            key: value.replace(".", ",") if french and key in _DECIMAL_PARAMS else value
            for key, value in self.params.items()
            if not key.endswith(_FRENCH_SUFFIX)
        }
        if french:
            for key in list(values):
                values[key] = self.params.get(key + _FRENCH_SUFFIX, values[key])
        line = values.pop("line", "")
        values["at"] = (f" (ligne {line})" if french else f" (line {line})") if line else ""
        english, french_text = _MESSAGES[self.code]
        return (french_text if french else english).format_map(_Blank(values))


class _Blank(dict[str, str]):
    """Format values where a missing parameter reads as nothing rather than a KeyError."""

    def __missing__(self, key: str) -> str:
        return ""


class UntrustedHTML(str):
    """HTML made by a user's template: ``render_pdf`` lays it out in the sandbox process."""

    template: str

    def __new__(cls, html: str, template: str) -> "UntrustedHTML":
        made = super().__new__(cls, html)
        made.template = template
        return made


# Deepest nesting of elements laid out: WeasyPrint recurses a few frames a level and would


class ExportCancelled(ExportError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(code="cancelled")
