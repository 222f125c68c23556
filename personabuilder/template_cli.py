"""The ``template`` commands: a starter to copy (``template new``) and a template's data
(``template context``), for consultants who write their own deliverable templates.

``cli.py`` registers them with ``add_parser``; ``main`` runs them on their own
(``python -m personabuilder.template_cli new DIR --from poster``). Problems are raised as
``TemplateCliError`` (a ``ValidationError``), which the command line prints as its one error
line (exit status 1). docs/templates.md is the authors' guide.
"""

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from personabuilder.languages import system_language
from personabuilder.services.errors import ValidationError

if TYPE_CHECKING:
    from personabuilder.export.context import Paper
    from personabuilder.services import Services
    from personabuilder.store import WorkspaceStore

PROG: Final = "personabuilder"
LANGUAGES: Final = ("en", "fr")
WORKSPACE_SUFFIX: Final = ".pbw"
# Starter -> the bundled deliverable it copies (a workshop summary is the report template).
STARTERS: Final[dict[str, str]] = {
    "poster": "poster",
    "persona": "persona",
    "report": "report",
    "workshop": "report",
}
# How the export command is asked for each starter's deliverable.
_EXPORT_FLAG: Final = {
    "poster": '--journey "MAP"',
    "persona": '--persona "NAME"',
    "report": "--report",
    "workshop": '--workshop "MAP"',
}
# The bundled page skeleton links the bundled style sheets; a starter prints its own copies.
_STYLESHEET_LINKS: Final = re.compile(r"\{% for href in stylesheets %\}.*?\{% endfor %\}\n", re.S)


class TemplateCliError(ValidationError):
    """A problem with a ``template`` command the user can fix; the message says which."""

    def __init__(self, message: str) -> None:
        super().__init__("template", message)


# template new ------------------------------------------------------------------------------


def entry_name(starter: str) -> str:
    """The file name of a starter's entry template, the one the user edits and exports with."""
    return f"my-{starter}.html.j2"


def _partials(source: str, folder: Path, seen: set[str]) -> None:
    """Adds to ``seen`` every bundled template ``source`` extends, imports or includes."""
    from jinja2 import meta

    from personabuilder.export.templating import environment

    for name in meta.find_referenced_templates(environment().parse(source)):
        if name is None or name in seen:
            continue
        seen.add(name)
        _partials((folder / name).read_text(encoding="utf-8"), folder, seen)


def starter_files(starter: str) -> dict[str, str]:
    """The files of a starter by name: the entry template, its partials and style sheets.

    The entry's first line declares the context version (``{# personabuilder-context: N #}``).
    The copy of ``_base.html.j2`` prints the folder's own style sheets into the page instead
    of linking the bundled ones, so editing the copied CSS changes the PDF.
    """
    from personabuilder.export.context import CONTEXT_VERSION
    from personabuilder.export.deliverables import TEMPLATES
    from personabuilder.resources import templates_dir

    kind = STARTERS[starter]
    folder = templates_dir()
    entry = (folder / TEMPLATES[kind]).read_text(encoding="utf-8")
    partials: set[str] = set()
    _partials(entry, folder, partials)
    # The entry declares the context version it was copied at, so a later version of
    # PersonaBuilder can tell what changed since.
    files = {entry_name(starter): f"{{# personabuilder-context: {CONTEXT_VERSION} #}}\n{entry}"}
    for name in sorted(partials):
        files[name] = (folder / name).read_text(encoding="utf-8")
    sheets = ("base.css", f"{kind}.css")
    for name in sheets:
        files[name] = (folder / name).read_text(encoding="utf-8")
    if "_base.html.j2" in files:
        styles = "".join(f'<style>\n{{% include "{name}" %}}\n</style>\n' for name in sheets)
        base, found = _STYLESHEET_LINKS.subn(
            lambda _match: (
                "{# This folder's own style sheets (edit them beside this file). #}\n" + styles
            ),
            files["_base.html.j2"],
        )
        if found != 1:
            raise RuntimeError("the bundled _base.html.j2 no longer links its style sheets")
        files["_base.html.j2"] = base
    return files


def readme(starter: str, lang: str, folder: str = ".") -> str:
    """The starter's short README in ``lang``: what to edit, how to export and see the data.

    ``folder`` is the starter's folder as the user typed it, for the export's --template.
    """
    flag = _EXPORT_FLAG[starter]
    if lang == "fr":
        flag = flag.replace("MAP", "CARTE").replace("NAME", "NOM")
    words = {"entry": entry_name(starter), "kind": STARTERS[starter], "flag": flag}
    words["path"] = f"{folder}/{words['entry']}"
    return (_README_FR if lang == "fr" else _README_EN).format_map(words)


_README_EN: Final = """\
# Your own PersonaBuilder template

Edit **{entry}**: it is a copy of PersonaBuilder's own template, and the file you export
with. Colours, fonts and spacing are in **base.css** and **{kind}.css** beside it; the page
skeleton is **_base.html.j2** and the shared pieces (persona profile, chips, logo) are in
**_macros.html.j2**. As copied, it makes exactly the built-in PDF.

## Export with it

    personabuilder export WORKSPACE.pbw {flag} -o out.pdf --template {path}

In the app: File › Export…, then Template: "Your own template file…", and choose {entry}.

## See the data it receives

    personabuilder template context WORKSPACE.pbw {flag} -o context.json

context.json holds every field the template can use, for example
`{{{{ brand.company }}}}` or `{{{{ labels.journey_map }}}}`. A name that is not there stops the
export with a message naming the file, the line and the name.

## What a template may do

It runs in a sandbox: it may include or import only the .j2, .html and .css files of this
folder (not hidden, no sub-folders) and PersonaBuilder's own partials (names starting with
"_"). It cannot read other files, reach the network, or change the data; it has 10 seconds
to render and its pages have their own time, page and memory limits.

The whole guide: docs/templates.md in PersonaBuilder's sources.
"""

_README_FR: Final = """\
# Votre modèle PersonaBuilder

Modifiez **{entry}**\u00a0: c’est une copie du modèle de PersonaBuilder, et le fichier avec
lequel vous exportez. Couleurs, polices et espacements sont dans **base.css** et
**{kind}.css**, à côté\u00a0; le squelette de la page est **_base.html.j2** et les éléments
communs (profil de persona, pastilles, logo) sont dans **_macros.html.j2**. Tel quel, il
produit exactement le PDF intégré.

## Exporter avec ce modèle

    personabuilder export ESPACE.pbw {flag} -o sortie.pdf --template {path}

Dans l’application\u00a0: Fichier › Exporter…, puis Modèle\u00a0: «\u00a0Votre propre fichier de
modèle…\u00a0», et choisissez {entry}.

## Voir les données qu’il reçoit

    personabuilder template context ESPACE.pbw {flag} -o contexte.json

contexte.json contient tous les champs que le modèle peut utiliser, par exemple
`{{{{ brand.company }}}}` ou `{{{{ labels.journey_map }}}}`. Un nom absent arrête l’export avec un
message qui indique le fichier, la ligne et le nom.

## Ce qu’un modèle peut faire

Il s’exécute dans un bac à sable\u00a0: il ne peut inclure ou importer que les fichiers .j2,
.html et .css de ce dossier (non cachés, sans sous-dossier) et les éléments communs de
PersonaBuilder (noms commençant par «\u00a0_\u00a0»). Il ne peut ni lire d’autres fichiers, ni
accéder au réseau, ni modifier les données\u00a0; il dispose de 10\u00a0secondes pour produire
sa page, et la mise en page a ses propres limites de temps, de pages et de mémoire.

Le guide complet\u00a0: docs/templates.md dans les sources de PersonaBuilder.
"""


def make_starter(folder: Path, starter: str, *, lang: str, force: bool = False) -> list[str]:
    """Writes the starter ``starter`` into ``folder``; the names of files it replaced.

    A folder that holds anything is refused unless ``force``; each file is written whole.
    """
    from personabuilder.export.errors import ExportError
    from personabuilder.export.files import write_whole

    if folder.exists() and not folder.is_dir():
        raise TemplateCliError(f"{folder} is a file, not a folder; choose a new folder.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        present = {path.name for path in folder.iterdir()}
    except OSError as exc:
        raise TemplateCliError(
            f"The folder {folder} cannot be created or read: {exc.strerror or exc}."
        ) from exc
    if present and not force:
        raise TemplateCliError(
            f"The folder {folder} is not empty; choose a new folder, or add --force to "
            "write the starter into it (files of the same name are replaced)."
        )
    files = starter_files(starter)
    files["README.md"] = readme(starter, lang, folder.as_posix())
    for name, text in files.items():
        try:
            write_whole(text.encode("utf-8"), folder / name, code="file_write_failed")
        except ExportError as exc:
            raise TemplateCliError(str(exc)) from exc
    return sorted(present & set(files))


def cmd_new(args: argparse.Namespace) -> int:
    """Copies a built-in template, its partials and style sheets into a folder."""
    folder = Path(args.folder)
    lang: str = args.lang or system_language()
    replaced = make_starter(folder, args.starter, lang=lang, force=args.force)
    entry = folder / entry_name(args.starter)
    sys.stdout.write(f"Created the {args.starter} starter in {folder.absolute()}.\n")
    if replaced:
        sys.stdout.write("Replaced: " + ", ".join(replaced) + ".\n")
    sys.stdout.write(
        f"Edit {entry.name}, then export with: {PROG} export WORKSPACE "
        f"{_EXPORT_FLAG[args.starter]} -o OUT.pdf --template {entry}\n"
    )
    return 0


# template context --------------------------------------------------------------------------


def _open_read_only(location: str) -> "WorkspaceStore":
    """The workspace ``location`` (a file or a team URL), opened without writing anything."""
    from personabuilder.store import open_workspace
    from personabuilder.store.seam import is_server_location

    if is_server_location(location):
        return open_workspace(location, read_only=True)
    path = Path(location)
    if not path.suffix and not path.is_file():
        path = path.with_name(path.name + WORKSPACE_SUFFIX)  # as the other commands do
    if not path.is_file():
        raise TemplateCliError(f"There is no workspace file {path}.")
    return open_workspace(path, read_only=True, daily_backup=False)


def template_context(
    services: "Services",
    *,
    journey: str | None = None,
    persona: str | None = None,
    workshop: str | None = None,
    paper: "Paper" = "A3",
    lang: str | None = None,
) -> dict[str, Any]:
    """The context a template receives for one deliverable (the report when nothing is
    named), exactly as the export builds it; charts are SVG markup."""
    from personabuilder import cli_common
    from personabuilder.export import deliverables
    from personabuilder.export.context import outcomes_from_workshop
    from personabuilder.export.errors import ExportError

    lang = deliverables.export_language(services, lang)
    if journey is not None:
        journey_id = cli_common.journey_id(services, journey)
        return deliverables.build_context(
            "poster", services, journey_id=journey_id, paper=paper, lang=lang
        )
    if persona is not None:
        persona_id = cli_common.persona_id(services, persona)
        return deliverables.build_context("persona", services, persona_ids=[persona_id], lang=lang)
    if workshop is not None:
        journey_id = cli_common.journey_id(services, workshop)
        try:
            options = deliverables.workshop_report_options(services, journey_id, lang)
        except ExportError as exc:
            raise TemplateCliError(str(exc)) from exc
        # Exactly what deliverables.workshop_summary lays out.
        return deliverables.build_context("report", services, lang=lang, **options)
    return deliverables.build_context(
        "report", services, outcomes=outcomes_from_workshop(services), lang=lang
    )


def context_json(context: dict[str, Any]) -> str:
    """The context as the sandbox receives it, as indented JSON text."""
    from personabuilder.export.templating import encode_context

    return json.dumps(json.loads(encode_context(context)), indent=2, ensure_ascii=False) + "\n"


def cmd_context(args: argparse.Namespace) -> int:
    """Writes the data a template would receive for one deliverable as a JSON file."""
    import logging
    import warnings

    from personabuilder.export.errors import ExportError
    from personabuilder.export.files import write_whole
    from personabuilder.services import Services

    # The command's output is its file or one error line, not matplotlib's notes.
    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"matplotlib(\.|$)")
    out = Path(args.output)
    ws = _open_read_only(args.workspace)
    try:
        services = Services.bind(ws)
        context = template_context(
            services,
            journey=args.journey,
            persona=args.persona,
            workshop=args.workshop,
            paper=cast("Paper", args.paper or "A3"),
            lang=args.lang,
        )
        text = context_json(context)
    finally:
        ws.close()
    try:
        write_whole(text.encode("utf-8"), out, code="file_write_failed")
    except ExportError as exc:
        raise TemplateCliError(str(exc)) from exc
    sys.stdout.write(f"Wrote {out.absolute()} ({len(context)} top-level fields).\n")
    return 0


# The command line ----------------------------------------------------------------------------


def add_parser(commands: "argparse._SubParsersAction[Any]") -> argparse.ArgumentParser:
    """Adds the ``template`` command (``new``, ``context``) to the command line's sub-parsers."""
    template: argparse.ArgumentParser = commands.add_parser(
        "template",
        help="start your own deliverable template, see the data it receives",
        description=(
            "Write your own deliverable templates: copy a built-in one as a starter, and see "
            "the data a template receives. The guide is docs/templates.md."
        ),
    )
    actions = template.add_subparsers(dest="template_command", required=True, metavar="ACTION")
    new = actions.add_parser(
        "new",
        help="copy a built-in template into a folder as a starting point",
        description=(
            "Copy a built-in template with its style sheets and partials into DIR, with a "
            "README saying what to edit. DIR is created; a folder that is not empty is "
            "refused unless --force."
        ),
    )
    new.add_argument("folder", metavar="DIR")
    new.add_argument(
        "--from", dest="starter", required=True, choices=tuple(STARTERS), help="the deliverable"
    )
    new.add_argument(
        "--lang", choices=LANGUAGES, help="language of the README (default: your locale)"
    )
    new.add_argument(
        "--force",
        action="store_true",
        help="write into a folder that is not empty, replacing files of the same name",
    )
    new.set_defaults(handler=cmd_new)

    context = actions.add_parser(
        "context",
        help="write the data a template receives as JSON",
        description=(
            "Write exactly the data a template receives for one deliverable (the same as "
            "export) as indented UTF-8 JSON. The workspace is only read."
        ),
    )
    context.add_argument("workspace", metavar="WORKSPACE")
    what = context.add_mutually_exclusive_group(required=True)
    what.add_argument("--journey", metavar="X", help="a journey map poster (title or id)")
    what.add_argument("--persona", metavar="X", help="a persona one-pager (name or id)")
    what.add_argument("--report", action="store_true", help="the full report")
    what.add_argument(
        "--workshop", metavar="X", help="the workshop summary of a journey map (title or id)"
    )
    context.add_argument("-o", "--output", required=True, metavar="CONTEXT.json")
    context.add_argument(
        "--paper",
        choices=("A4", "A3", "A2", "A1", "A0"),
        help="a poster's paper size (default: A3)",
    )
    context.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of fixed texts (default: the workspace's language)",
    )
    context.set_defaults(handler=cmd_context)
    return template


def main(argv: Sequence[str] | None = None) -> int:
    """Runs ``template ACTION ...`` (``argv`` without the word ``template``); the exit status."""
    from personabuilder.cli_common import CliError
    from personabuilder.store.errors import WorkspaceError

    parser = argparse.ArgumentParser(prog=PROG)
    add_parser(parser.add_subparsers(dest="command", required=True))
    try:
        args = parser.parse_args(["template", *(sys.argv[1:] if argv is None else argv)])
    except SystemExit as exc:  # --help and usage errors end parsing
        return exc.code if isinstance(exc.code, int) else 2
    try:
        return int(args.handler(args))
    except (ValidationError, WorkspaceError, CliError) as exc:
        sys.stderr.write(f"{PROG}: error: {' '.join(str(exc).split())}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
