"""Mermaid on the command line: ``import-mermaid``, and the ``-o OUT.mmd`` of ``export``.

``cli.py`` registers ``import-mermaid`` with ``add_parser`` and calls ``export_mermaid``
for an output ending in ``.mmd``. Problems are raised as ``MermaidError`` (a
``ValidationError``), which the command line prints as its one error line.
"""

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import uuid

    from personabuilder.services import Services
    from personabuilder.services.mermaid_import import MermaidImport
    from personabuilder.store import WorkspaceStore

MERMAID_SUFFIX = ".mmd"
WORKSPACE_SUFFIX = ".pbw"
# A journey diagram larger than this is not one a person wrote or we exported.
MAX_BYTES = 10 * 1024 * 1024


def export_mermaid(services: "Services", journey_id: "uuid.UUID", out: Path, lang: str) -> None:
    """Writes the journey map as a Mermaid ``journey`` diagram to ``out`` (UTF-8, LF)."""
    from personabuilder.export.files import write_whole
    from personabuilder.export.mermaid import journey_to_mermaid

    text = journey_to_mermaid(services.journeys.get(journey_id), lang)
    write_whole(text.encode("utf-8"), out, code="file_write_failed")


def _open_for_writing(location: str) -> "WorkspaceStore":
    """The workspace to import into; refused while the desktop app edits that file."""
    from personabuilder.services.mermaid_import import MermaidError
    from personabuilder.store import open_workspace
    from personabuilder.store.applock import holder
    from personabuilder.store.seam import is_server_location

    if not is_server_location(location):
        path = Path(location)
        if not path.suffix and not path.is_file():
            path = path.with_name(path.name + WORKSPACE_SUFFIX)  # as the other commands do
        if not path.is_file():
            raise MermaidError(0, f"There is no workspace file {path.name}.")
        owner = holder(path)
        if owner is not None:
            raise MermaidError(
                0,
                f"{path.name} is open for editing in the PersonaBuilder app (process "
                f"{owner.pid}); close it there first, then run this command again.",
            )
        return open_workspace(path, read_only=False, daily_backup=False)
    return open_workspace(location, read_only=False, daily_backup=False)


def read_diagram(file: Path) -> bytes:
    """The bytes of a diagram file, refused when missing or far too large."""
    from personabuilder.services.mermaid_import import MermaidError

    if not file.is_file():
        raise MermaidError(0, f"There is no file {file.name}.")
    if file.stat().st_size > MAX_BYTES:
        raise MermaidError(0, f"{file.name} is larger than 10 MB; it is not a journey diagram.")
    return file.read_bytes()


def summary(result: "MermaidImport", where: str) -> list[str]:
    """What an import created, in sentences for the terminal."""
    lines = [
        f"Created the journey map {result.title!r} in {where}: {result.stage_count} "
        f"stage{'s' if result.stage_count != 1 else ''}, {result.action_count} "
        f"action{'s' if result.action_count != 1 else ''}."
    ]
    if result.matched:
        lines.append("Linked existing personas: " + ", ".join(result.matched) + ".")
    if result.created:
        lines.append("Created personas (name only): " + ", ".join(result.created) + ".")
    lines.extend(result.notes)
    return lines


def cmd_import_mermaid(args: argparse.Namespace) -> int:
    """Creates a journey map from a Mermaid journey diagram; nothing is written on refusal."""
    from personabuilder.export.mermaid import parse_mermaid
    from personabuilder.services.mermaid_import import MermaidError, import_mermaid

    file = Path(args.file)
    try:
        parsed = parse_mermaid(read_diagram(file))
    except MermaidError as exc:
        where = f"{file.name}, line {exc.line}" if exc.line else file.name
        raise MermaidError(0, f"{where}: {exc.reason} Nothing was imported.") from exc
    ws = _open_for_writing(args.workspace)
    try:
        from personabuilder.services import Services

        lang = args.lang or Services.bind(ws).workspace.language() or "en"
        title = args.title or parsed.title or file.stem
        result = import_mermaid(ws, parsed, title=title, lang=lang)
        where = ws.display_name
    finally:
        ws.close()
    for line in summary(result, where):
        sys.stdout.write(line + "\n")
    return 0


def add_parser(commands: "argparse._SubParsersAction[Any]") -> argparse.ArgumentParser:
    """Adds the ``import-mermaid`` command to the command line's sub-parsers."""
    command: argparse.ArgumentParser = commands.add_parser(
        "import-mermaid",
        help="create a journey map from a Mermaid journey diagram",
        description=(
            "Create a journey map from a Mermaid journey diagram: sections become stages, "
            "tasks the customer actions, people personas (an existing persona with exactly "
            "that name, else a new one), scores 1-5 emotion scores -2..+2 and the accessible "
            "description (accDescr) the map's description. When a "
            "section gives a person several scores, the first is kept. Anything the file "
            "cannot say is refused with its line number, and nothing is written."
        ),
    )
    command.add_argument("workspace", metavar="WORKSPACE")
    command.add_argument("file", metavar="FILE.mmd")
    command.add_argument("--title", metavar="T", help="the map's title (default: the diagram's)")
    command.add_argument(
        "--lang",
        choices=("en", "fr"),
        help="language of the new lanes' names (default: the workspace's language)",
    )
    command.set_defaults(handler=cmd_import_mermaid)
    return command
