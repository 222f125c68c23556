"""The Qt-free command line: open the app, create, inspect, back up and restore workspaces.

Every command that reads or changes a workspace takes a .pbw path or a ``postgresql://``
URL of a team workspace; a URL is only ever printed with its password hidden.
"""

import argparse
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, cast

from personabuilder import __version__, cli_common
from personabuilder.cli_common import CliError
from personabuilder.languages import system_language

if TYPE_CHECKING:
    from personabuilder.export.deliverables import PrintedPoster
    from personabuilder.store import WorkspaceStore

PROG = "personabuilder"
COMMANDS = (
    "new",
    "info",
    "backup",
    "restore",
    "metrics",
    "export",
    "dump",
    "load",
    "copy",
    "offline",
    "publish",
    "team",
    "template",
    "import-mermaid",
)
LANGUAGES = ("en", "fr")
WORKSPACE_SUFFIX = ".pbw"

GuiRunner = Callable[[Path | None, str | None], int]


class _Parser(argparse.ArgumentParser):
    """An argument parser whose usage errors keep argparse's exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def with_suffix(path: Path) -> Path:
    """``path`` with the workspace suffix appended unless it already has it."""
    if path.suffix.lower() == WORKSPACE_SUFFIX:
        return path
    return path.with_name(path.name + WORKSPACE_SUFFIX)


def is_url(location: str | Path) -> bool:
    """True when a command was given a team workspace's server URL rather than a file."""
    from personabuilder.store.seam import is_server_location

    return isinstance(location, str) and is_server_location(location)


def shown(location: str | Path) -> str:
    """How a workspace is named in output: the file's path, or the URL without password."""
    from personabuilder.store.seam import mask_url

    return mask_url(str(location)) if is_url(location) else str(Path(location).absolute())


def _open(location: str | Path, *, read_only: bool | None = None) -> "WorkspaceStore":
    """Opens a workspace file or a team workspace for a command.

    A file opens read-only by default when it cannot be written. Read-only commands pass
    ``read_only=True``: they never migrate, checkpoint or write. What was found beside the
    file (a -wal set aside) is said on stderr.
    """
    from personabuilder.store import Workspace, open_workspace

    if is_url(location):
        return open_workspace(str(location), read_only=bool(read_only))
    path = Path(location)
    if read_only is None:
        writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
        # A missing file takes the read-only branch too, which reports it without writing.
        read_only = not writable
    ws = Workspace.open(path, read_only=read_only, daily_backup=False)
    if ws.notice:
        print(f"{PROG}: note: {_one_line(ws.notice)}", file=sys.stderr)
    return ws


def _refuse_if_open_in_app(location: str | Path, *, writing: bool = True) -> None:
    """Refuses a writing command while the PersonaBuilder app has a file open for editing.

    A team workspace is shared by design: the server keeps concurrent changes apart.
    """
    from personabuilder.store.applock import holder

    if is_url(location):
        return
    path = Path(location)
    owner = holder(path) if writing else None
    if owner is not None:
        where = f" on {owner.host}" if owner.host else ""
        raise CliError(
            f"{path.name} is open for editing in the PersonaBuilder app (process {owner.pid}"
            f"{where}); close it there first, then run this command again"
        )


def _is_our_file(path: Path) -> bool:
    from personabuilder.store.restore import is_our_file

    return is_our_file(path)


def cmd_gui(args: argparse.Namespace) -> int:
    """Opens the desktop app on a workspace (the default one when none is named)."""
    # The runner comes from the entry point above both layers (personabuilder.entry): the
    # CLI never imports the app, so it runs without Qt.
    run_gui = cast(GuiRunner | None, getattr(args, "gui", None))
    if run_gui is None:
        raise CliError("the desktop app cannot be opened from here; run personabuilder-gui")
    workspace = Path(args.workspace) if args.workspace is not None else None
    return run_gui(workspace, args.lang)


def cmd_new(args: argparse.Namespace) -> int:
    """Creates an empty or demo workspace."""
    from personabuilder.services import Services
    from personabuilder.services.starter import build_demo
    from personabuilder.store import Workspace

    if is_url(args.workspace):
        raise CliError(
            f"a team workspace is created with: {PROG} team init {shown(args.workspace)}"
        )
    path = with_suffix(Path(args.workspace))
    lang: str = args.lang or system_language()

    def fill_demo(ws: Workspace) -> None:
        build_demo(Services.bind(ws), lang)

    Workspace.create(path, overwrite=args.force, populate=fill_demo if args.demo else None).close()
    if args.demo:
        kind = f"demo workspace in {'French' if lang == 'fr' else 'English'}"
    else:
        kind = "empty workspace"
    print(f"Created {kind}: {path.absolute()}")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    """Prints the schema version, integrity and row counts of a workspace."""
    from personabuilder.services import Services
    from personabuilder.store.errors import CorruptWorkspaceError

    location = _location(args.workspace)
    ws = _open(location, read_only=True)
    try:
        version = ws.schema_version()
        integrity = ws.integrity_check()
        counts = Services.bind(ws).workspace.counts()
    finally:
        ws.close()
    where = "url" if is_url(location) else "path"
    if args.json:
        report = {
            where: shown(location),
            "schema_version": version,
            "integrity": integrity,
            "counts": counts,
        }
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        head = {where.capitalize() if where == "path" else "URL": shown(location)}
        head["Schema version"] = str(version)
        head["Integrity"] = integrity
        width = max(len(label) for label in (*head, *counts)) + 2
        for label, value in head.items():
            print(f"{label + ':':<{width}} {value}")
        print("Counts:")
        digits = max(len(str(n)) for n in counts.values())
        for name, n in counts.items():
            print(f"  {name:<{width - 2}} {n:>{digits}}")
    if integrity != "ok":
        if isinstance(location, str):
            raise CliError(f"{ws.display_name} failed the integrity check: {integrity}")
        # Raised as damage, so the error line offers the newest backup.
        raise CorruptWorkspaceError(
            location, f"{location.name} failed the integrity check: {integrity}"
        )
    return 0


def _location(argument: str) -> str | Path:
    """A command's WORKSPACE argument: a server URL stays text, anything else is a path."""
    return argument if is_url(argument) else Path(argument)


def _quiet_matplotlib() -> None:
    """Keeps matplotlib's notes (cache folder, font cache) off the terminal: the CLI's output
    is its result or one error line."""
    import logging
    import warnings

    logging.getLogger("matplotlib").setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", module=r"matplotlib(\.|$)")


def cmd_export(args: argparse.Namespace) -> int:
    """Exports a journey poster, a persona one-pager or the full report as PDF."""
    _quiet_matplotlib()
    from personabuilder.export import deliverables
    from personabuilder.export.pdf import ExportError
    from personabuilder.services import Services

    out = Path(args.output)
    kind = out.suffix.lower()
    if kind in OTHER_FORMATS:
        return _export_other(args, out, kind)
    if args.width is not None:
        raise CliError("--width is for a map image (-o MAP.png)")
    if kind != ".pdf":
        out = out.with_name(out.name + ".pdf")
    folder: Path | None = None
    template: str | None = None
    if args.template:
        chosen = Path(args.template)
        if not chosen.is_file():
            raise CliError(f"no template file {args.template!r}")
        folder, template = chosen.parent, chosen.name
    ws = _open(_location(args.workspace), read_only=True)
    try:
        services = Services.bind(ws)
        # The workspace's own language first: its content is written in it.
        lang = args.lang or services.workspace.language() or system_language()
        options: dict[str, Any] = {"lang": lang, "template_folder": folder, "template": template}
        tiling = ""
        try:
            if args.journey:
                journey_id = cli_common.journey_id(services, args.journey)
                paper: deliverables.Paper = args.paper or "A3"
                layouts: list[deliverables.PrintedPoster] = []
                pages = deliverables.journey_poster(
                    services, journey_id, out, paper=paper, printed=layouts.append, **options
                )
                if template is None:
                    tiling = _tiling_note(layouts[-1])
            elif args.persona:
                persona_id = cli_common.persona_id(services, args.persona)
                pages = deliverables.persona_onepager(services, [persona_id], out, **options)
            elif args.workshop:
                journey_id = cli_common.journey_id(services, args.workshop)
                pages = deliverables.workshop_summary(services, journey_id, out, **options)
            else:
                from personabuilder.export.context import outcomes_from_workshop

                pages = deliverables.full_report(
                    services, out, outcomes=outcomes_from_workshop(services), **options
                )
        except ExportError as exc:
            raise CliError(str(exc)) from exc
    finally:
        ws.close()
    print(f"Wrote {out.absolute()} ({pages} page{'s' if pages != 1 else ''}).")
    if tiling:
        print(tiling)
    return 0


# What ``export -o`` writes besides a PDF, by the output's suffix.
OTHER_FORMATS = (".pptx", ".png", ".svg", ".mmd")


def _export_other(args: argparse.Namespace, out: Path, kind: str) -> int:
    """Exports a PowerPoint deck, a map image (PNG/SVG) or a Mermaid diagram."""
    from personabuilder.export.pdf import ExportError
    from personabuilder.services import Services

    if kind != ".pptx" and not args.journey:
        raise CliError(f"a {kind} file holds a journey map: choose one with --journey")
    if args.workshop:
        raise CliError("a workshop summary exports as PDF only")
    if args.paper:
        raise CliError("--paper is for the PDF poster")
    if args.width is not None and kind != ".png":
        raise CliError("--width is for a map image (-o MAP.png)")
    deck_template: Path | None = None
    if args.template:
        deck_template = Path(args.template)
        if kind != ".pptx" or deck_template.suffix.lower() != ".pptx":
            raise CliError("with this output, --template names a PowerPoint deck (-o OUT.pptx)")
        if not deck_template.is_file():
            raise CliError(f"no template file {args.template!r}")
    ws = _open(_location(args.workspace), read_only=True)
    try:
        services = Services.bind(ws)
        lang = args.lang or services.workspace.language() or system_language()
        try:
            if kind == ".pptx":
                from personabuilder.export.pptx import write_deck

                slides = write_deck(
                    services,
                    out,
                    journey_id=cli_common.journey_id(services, args.journey)
                    if args.journey
                    else None,
                    persona_ids=[cli_common.persona_id(services, args.persona)]
                    if args.persona
                    else None,
                    report=bool(args.report),
                    lang=lang,
                    template=deck_template,
                )
                done = f"{slides} slide{'s' if slides != 1 else ''}"
            elif kind == ".mmd":
                from personabuilder.mermaid_cli import export_mermaid

                export_mermaid(services, cli_common.journey_id(services, args.journey), out, lang)
                done = "Mermaid journey diagram"
            else:
                from personabuilder.export.map_image import DEFAULT_WIDTH, write_map_image

                width = args.width or DEFAULT_WIDTH
                journey_id = cli_common.journey_id(services, args.journey)
                write_map_image(services, journey_id, out, width=width, lang=lang)
                done = f"{width} px wide" if kind == ".png" else "SVG, text kept as text"
        except ExportError as exc:
            raise CliError(exc.message(lang)) from exc
        except OSError as exc:
            raise CliError(f"could not write {out}: {exc.strerror or exc}") from exc
    finally:
        ws.close()
    print(f"Wrote {out.absolute()} ({done}).")
    return 0


def _pixels(text: str) -> int:
    """``--width``: a whole number of pixels within what a map image may be."""
    from personabuilder.export.map_image import MAX_WIDTH, MIN_WIDTH

    if not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of pixels")
    width = int(text)
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        raise argparse.ArgumentTypeError(f"{width} px is outside {MIN_WIDTH} to {MAX_WIDTH} px")
    return width


def _tiling_note(plan: "PrintedPoster") -> str:
    """What a tiled poster is, and the paper that would hold it on one sheet."""
    if plan.sheets == 1:
        return ""
    note = (
        f"The map does not fit one {plan.paper} sheet with its text at 7.5 pt or more: it is "
        f"tiled over {plan.sheets} sheets ({plan.columns} across, {plan.rows} down) at "
        f"{plan.font_pt:g} pt; assemble them by the marks in each sheet's corners."
    )
    if plan.one_sheet_paper:
        return (
            note + f" It fits one sheet of {plan.one_sheet_paper} (--paper {plan.one_sheet_paper})."
        )
    return note + " No paper up to A0 holds it on one sheet."


_SHOWN_PROBLEMS = 20  # problem lines printed before a count: a bad 59 MB file has millions
# Undecided issue code -> the option that settles it.
_SETTLED_BY = {
    "ambiguous_dates": "--dates dmy or --dates mdy",
    "ambiguous_date_headers": "--dates dmy or --dates mdy",
    "ambiguous_decimal": "--decimal comma or --decimal point",
    "ambiguous_decimal_table": "--decimal comma or --decimal point",
    "ambiguous_value_column": "--value-column NAME",
}


def _how_read(name: str, reading: Any) -> str:
    """One line on how a CSV file was understood: the facts a wrong import would hide."""
    decimal = {True: "decimal comma", False: "decimal point", None: "decimal sign undecided"}
    dates = {True: "dates day/month", False: "dates month/day", None: "date order undecided"}
    parts = [
        reading.encoding or "unknown encoding",
        "delimiter " + {"\t": "tab"}.get(reading.delimiter, repr(reading.delimiter)),
        decimal[reading.decimal_comma],
        dates[reading.day_first],
        f"layout {reading.layout.value}",
    ]
    if reading.value_column is not None:
        parts.append(f"value column {reading.headers[reading.value_column]!r}")
    elif reading.value_columns:
        parts.append("value column undecided")
    parts.append(_plural(reading.rows_read, "row"))
    header = f", header on line {reading.header_line}" if reading.header_line else ""
    return f"Read {name}: {', '.join(parts)}{header}."


def cmd_metrics_import(args: argparse.Namespace) -> int:
    """Imports metric values from a CSV file into a journey map: all of them or none."""
    from personabuilder.services import Services
    from personabuilder.services.exchange import backup_before_import
    from personabuilder.services.metrics_import import apply, plan_import, read_csv_file
    from personabuilder.store import Workspace

    source = Path(args.file)
    data = read_csv_file(source)  # refuses a FIFO, a device or an oversized file unread
    overrides: dict[str, Any] = {}
    if args.dates is not None:
        overrides["day_first"] = args.dates == "dmy"
    if args.decimal is not None:
        overrides["decimal_comma"] = args.decimal == "comma"
    if args.value_column is not None:
        overrides["value_column"] = args.value_column
    location = _location(args.workspace)
    _refuse_if_open_in_app(location, writing=not args.dry_run)
    # A dry run never writes: the workspace is opened read-only, as 'info' opens it.
    if args.dry_run and isinstance(location, Path):
        ws: WorkspaceStore = Workspace.open(location, read_only=True, daily_backup=False)
    else:
        ws = _open(location, read_only=args.dry_run or None)
    try:
        services = Services.bind(ws)
        journey_id = cli_common.journey_id(services, args.journey)
        detail = services.journeys.get(journey_id)
        plan = plan_import(detail, data, **overrides)
        print(_how_read(source.name, plan.reading))
        lang = system_language()
        if plan.undecided:
            reasons = "; ".join(
                issue.message("en").split(": say")[0]
                + "; say which with "
                + _SETTLED_BY[issue.code]
                for issue in plan.undecided
            )
            raise CliError(f"{source.name}: {reasons}; nothing was imported")
        if plan.problems:
            for problem in plan.problems[:_SHOWN_PROBLEMS]:
                where = f"{source.name}:{problem.line}" if problem.line else source.name
                print(f"{where}: {problem.message(lang)}", file=sys.stderr)
            count = len(plan.problems)
            if count > _SHOWN_PROBLEMS:
                print(f"... and {count - _SHOWN_PROBLEMS} more problems", file=sys.stderr)
            raise CliError(
                f"{count} problem{'s' if count != 1 else ''} in {source.name}; nothing was imported"
            )
        if not plan.values:
            raise CliError(f"{source.name} holds no value to import; nothing was imported")
        if not args.dry_run:
            if isinstance(location, Path):
                # Listed by 'backup --list': the way back from an import, whatever happens.
                backup_before_import(location)
            apply(services.metrics, plan)
    finally:
        ws.close()
    metrics = len({p.metric.id for p in plan.values})
    done = "Would import" if args.dry_run else "Imported"
    print(
        f"{done} {len(plan.values)} value{'s' if len(plan.values) != 1 else ''} into "
        f"{metrics} metric{'s' if metrics != 1 else ''} of {detail.title!r}"
        + ("; nothing was written (dry run)." if args.dry_run else ".")
    )
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    """Backs a workspace up into its backup folder, copies it to ``-o DEST``, or lists backups."""
    from personabuilder.store.backup import make_backup

    if is_url(args.workspace):
        return _backup_team(args.workspace, args.output, listing=args.list)
    path = Path(args.workspace)
    if args.list:
        return _list_backups(path)
    ws = _open(path)  # refuses files that are not sound workspaces before copying anything
    try:
        if args.output is None:
            info = make_backup(path, "manual")
            print(f"Backed up {path.name} to {info.path}")
            return 0
        dest = Path(args.output)
        if dest.is_dir():
            dest = dest / path.name
        ws.save_copy(dest)
    finally:
        ws.close()
    print(f"Copied {path.name} to {dest.absolute()}")
    return 0


def _backup_team(url: str, output: str | None, *, listing: bool) -> int:
    """Copies a team workspace into a local workspace file anyone can open."""
    if listing or output is None:
        raise CliError(
            "a team workspace is backed up into a workspace file: "
            f"{PROG} backup {shown(url)} -o FILE{WORKSPACE_SUFFIX}"
        )
    ws = _open(url, read_only=True)
    try:
        dest = Path(output)
        if dest.is_dir():
            dest = dest / f"{ws.display_name}{WORKSPACE_SUFFIX}"
        dest = with_suffix(dest)
        _refuse_if_open_in_app(dest)
        ws.save_copy(dest)
    finally:
        ws.close()
    print(f"Copied {shown(url)} to {dest.absolute()}")
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    """Copies a whole workspace between a file and a server (either way) into a new one."""
    from personabuilder.store import create_workspace
    from personabuilder.store.seam import copy_contents

    source = _location(args.source)
    dest = _location(args.dest)
    if isinstance(dest, Path):
        dest = with_suffix(dest)
    if shown(source) == shown(dest):
        raise CliError("the source and the destination are the same workspace")
    ws = _open(source, read_only=True)
    try:
        create_workspace(dest, populate=lambda target: copy_contents(ws, target)).close()
    finally:
        ws.close()
    print(f"Copied {shown(source)} to {shown(dest)}")
    return 0


def cmd_offline(args: argparse.Namespace) -> int:
    """Takes a copy of a team workspace offline into a new workspace file."""
    from personabuilder.services.offline import OfflineError, take_offline

    if not is_url(args.url):
        raise CliError(f"{args.url} is not a team workspace URL (postgresql://...)")
    dest = with_suffix(Path(args.file))
    ws = _open(args.url, read_only=False)
    try:
        take_offline(ws, args.url, dest)
    except OfflineError as exc:
        raise CliError(str(exc)) from None
    finally:
        ws.close()
    print(f"Took {shown(args.url)} offline into {dest.absolute()}")
    print(
        "Work on it as on any workspace; send your changes back with: "
        f"{PROG} publish {_quoted(dest)}"
    )
    return 0


def cmd_publish(args: argparse.Namespace) -> int:
    """Sends what changed in an offline copy back to its team workspace."""
    from personabuilder.services.offline import OfflineError, origin_of, publish
    from personabuilder.store.workspace import Workspace

    path = with_suffix(Path(args.file))
    if args.url is not None and not is_url(args.url):
        raise CliError(f"{args.url} is not a team workspace URL (postgresql://...)")
    _refuse_if_open_in_app(path)
    probe = Workspace.open(path, read_only=True, daily_backup=False)
    try:
        origin = origin_of(probe)
    except OfflineError as exc:
        raise CliError(str(exc)) from None
    finally:
        probe.close()
    try:
        report = publish(path, url=args.url, keep=args.keep)
    except OfflineError as exc:
        raise CliError(str(exc)) from None
    where = shown(args.url) if args.url else origin.url
    if report.nothing:
        print(
            f"Nothing to publish: {path.name} has no changes since it was taken or last published."
        )
        return 0
    for verb, rows in (
        ("Added", report.added),
        ("Changed", report.changed),
        ("Deleted", report.deleted),
    ):
        for kind, name in rows:
            print(f"{verb} {kind}" + (f" {name!r}" if name else ""))
    print(f"Published {report.sent} change(s) to {where}.")
    if report.conflicts:
        print(
            f"{len(report.conflicts)} conflict(s) not published "
            "(changed both here and on the server):"
        )
        for c in report.conflicts:
            label = f" {c.name!r}" if c.name else ""
            print(
                f"  {c.kind}{label}, {c.field}: theirs {_short(c.theirs)}, yours {_short(c.yours)}"
            )
        print(f"Choose a side with: {PROG} publish {_quoted(path)} --keep mine|theirs")
        return 1
    return 0


def _short(value: object) -> str:
    text = " ".join(str(value).split())
    return repr(text if len(text) <= 60 else text[:57] + "...")


def _when(moment: datetime) -> str:
    """A backup's time as the user reads clocks: local time, to the second."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}{'' if count == 1 else 's'}"


def _list_backups(path: Path) -> int:
    """Prints the backups of ``path``, newest first, with their time, reason and contents.

    The workspace itself is not opened: listing backups is what one does when it is damaged.
    """
    from personabuilder.store.backup import backup_counts, backup_folder, list_backups

    backups = list_backups(path)
    if not backups:
        print(f"No backups of {path.name} yet (folder: {backup_folder(path)}).")
        return 0
    print(f"Backups of {path.name}, newest first (folder: {backup_folder(path)}):")
    rows = []
    for info in backups:
        counts = backup_counts(info.path)
        contents = (
            "cannot be read"
            if counts is None
            else f"{_plural(counts['personas'], 'persona')}, "
            f"{_plural(counts['journey_maps'], 'journey map')}"
        )
        rows.append((_when(info.created_at), info.reason, contents, info.path.name))
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        print(
            "  "
            + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=False))
            + "  "
            + row[3]
        )
    print(f"Restore one with: {PROG} restore {_quoted(path)} BACKUP")
    return 0


def _quoted(path: Path) -> str:
    import shlex

    return shlex.quote(str(path))


def cmd_dump(args: argparse.Namespace) -> int:
    """Writes the whole workspace as JSON in the exchange format (``-o -``: to stdout)."""
    from personabuilder.services import Services
    from personabuilder.services.exchange import dump, encode, write_dump

    location = _location(args.workspace)
    to_stdout = args.output == "-"
    dest = Path(args.output)
    if not to_stdout:
        if dest.is_dir():
            stem = location.stem if isinstance(location, Path) else _database_name(location)
            dest = dest / f"{stem}.json"
        same = isinstance(location, Path) and dest.resolve() == location.resolve()
        if dest.exists() and (same or _is_our_file(dest)):
            raise CliError(f"{dest.name} is a workspace; write the JSON file under another name")
    ws = _open(location, read_only=True)
    try:
        services = Services.bind(ws)
        if to_stdout:
            data = encode(dump(services))
        else:
            info = write_dump(services, dest)
    finally:
        ws.close()
    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    print(
        f"Wrote {info.path.absolute()}: {_plural(info.counts['personas'], 'persona')}, "
        f"{_plural(info.counts['journey_maps'], 'journey map')}, "
        f"{_plural(sum(info.counts.values()), 'row')} in all ({info.size / 1_048_576:,.1f} MB)."
    )
    return 0


def _database_name(url: str) -> str:
    from urllib.parse import unquote, urlsplit

    return unquote(urlsplit(url).path.lstrip("/")) or "team"


def cmd_load(args: argparse.Namespace) -> int:
    """Merges an exchange file into a workspace by id (creating it if missing): all or nothing."""
    from personabuilder.services import Services, exchange
    from personabuilder.store import Workspace

    location = _location(args.workspace)
    source = Path(args.file)
    _refuse_if_open_in_app(location)
    try:
        # Checked before the workspace is touched: a refused file costs no backup.
        document = exchange.read_document(source)
        exchange.check(document)
    except exchange.ExchangeError as exc:
        raise CliError(f"{source.name}: {exc}; nothing was loaded") from exc
    counts = exchange.document_counts(document)
    reports: list[exchange.LoadReport] = []

    def fill(ws: "WorkspaceStore") -> None:
        reports.append(exchange.load(Services.bind(ws), document, checked=True))

    try:
        if isinstance(location, str):
            # A team workspace is loaded into in one transaction; its server keeps backups.
            team = _open(location, read_only=False)
            try:
                fill(team)
            finally:
                team.close()
            done = f"Loaded {source.name} into {shown(location)}"
        elif (path := location).exists():
            ws = _open(path, read_only=False)  # a read-only location is refused, saying why
            try:
                saved = exchange.backup_before_import(path)
                print(f"Backed up {path.name} to {saved.path}")
                fill(ws)
            finally:
                ws.close()
            done = f"Loaded {source.name} into {path.name}"
        else:
            path = with_suffix(path)
            Workspace.create(path, populate=fill).close()
            done = f"Created {path.absolute()} from {source.name}"
    except exchange.ExchangeError as exc:
        raise CliError(f"{source.name}: {exc}; nothing was loaded") from exc
    report = reports[0]
    print(
        f"{done}: {_plural(report.total_added, 'row')} added, {report.total_updated:,} updated "
        f"({_plural(counts['personas'], 'persona')} and "
        f"{_plural(counts['journey_maps'], 'journey map')} in the file)."
    )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Replaces a workspace with a backup, backing the current state up first."""
    from personabuilder.store.errors import WorkspaceError
    from personabuilder.store.restore import restore_from_backup

    if is_url(args.workspace) or is_url(args.backup):
        raise CliError(
            "restore replaces a workspace file; to put a backup on a server, copy it into "
            f"an empty database: {PROG} copy BACKUP{WORKSPACE_SUFFIX} URL"
        )
    path = Path(args.workspace)
    source = Path(args.backup)
    _refuse_if_open_in_app(path)
    try:
        outcome = restore_from_backup(path, source)
    except WorkspaceError as exc:
        if exc.path == path or exc.path == source:
            raise CliError(str(exc)) from exc
        raise
    if outcome.set_aside is not None:
        print(f"The current {path.name} is damaged; it was kept as {outcome.set_aside.absolute()}")
    elif outcome.saved is not None:
        print(f"Backed up the current {path.name} to {outcome.saved}")
    restored = outcome.restored or path
    through = f" (through the link {path.absolute()})" if restored != path else ""
    print(f"Restored {restored.absolute()}{through} from {source.absolute()}")
    return 0


def _gui_parser() -> _Parser:
    parser = _Parser(
        prog=PROG,
        usage=(
            f"{PROG} [-h] [--version] [--lang {{en,fr}}] [WORKSPACE]\n"
            f"       {PROG} {{{','.join(COMMANDS)}}} ..."
        ),
        description="Buyer personas and customer journey maps for SaaS teams.",
        epilog=(
            "commands:\n"
            "  new WORKSPACE [--demo]      create a workspace\n"
            "  info WORKSPACE [--json]     schema version, integrity and counts\n"
            "  backup WORKSPACE [-o DEST]  back a workspace up (--list: show backups)\n"
            "  restore WORKSPACE BACKUP    replace a workspace with a backup\n"
            "  dump WORKSPACE -o OUT.json  write the whole workspace as JSON\n"
            "  load WORKSPACE IN.json      merge a JSON file into a workspace\n"
            "  copy SOURCE DEST            copy a workspace between a file and a server\n"
            "  team ACTION URL             team workspaces on a PostgreSQL server\n"
            "WORKSPACE is a .pbw file or a team workspace's postgresql:// URL\n"
            f"run '{PROG} COMMAND -h' for the options of a command"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "workspace",
        nargs="?",
        metavar="WORKSPACE",
        help="workspace file to open (default: your default workspace)",
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the interface")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.set_defaults(handler=cmd_gui)
    return parser


def _command_parser() -> _Parser:
    parser = _Parser(prog=PROG)
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    new = commands.add_parser("new", help="create a workspace", description="Create a workspace.")
    new.add_argument("workspace", metavar="WORKSPACE", help="file to create (.pbw is added)")
    new.add_argument("--demo", action="store_true", help="fill it with the demo content")
    new.add_argument(
        "--lang", choices=LANGUAGES, help="language of the demo content (default: your locale)"
    )
    new.add_argument("--force", action="store_true", help="replace an existing workspace")
    new.set_defaults(handler=cmd_new)

    info = commands.add_parser(
        "info",
        help="show schema version, integrity and counts",
        description="Show the schema version, integrity and row counts of a workspace.",
    )
    info.add_argument("workspace", metavar="WORKSPACE")
    info.add_argument("--json", action="store_true", help="print one JSON object")
    info.set_defaults(handler=cmd_info)

    backup = commands.add_parser(
        "backup",
        help="back a workspace up",
        description="Back a workspace up into its backup folder, or copy it to DEST.",
    )
    backup.add_argument("workspace", metavar="WORKSPACE")
    backup_what = backup.add_mutually_exclusive_group()
    backup_what.add_argument(
        "-o", "--output", metavar="DEST", help="write the copy here (a file or a folder)"
    )
    backup_what.add_argument(
        "--list",
        action="store_true",
        help="list the automatic and manual backups with their date and contents",
    )
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser(
        "restore",
        help="replace a workspace with a backup",
        description="Replace a workspace with a backup; the current state is backed up first.",
    )
    restore.add_argument("workspace", metavar="WORKSPACE")
    restore.add_argument("backup", metavar="BACKUP")
    restore.set_defaults(handler=cmd_restore)

    dump = commands.add_parser(
        "dump",
        help="write the whole workspace as JSON",
        description=(
            "Write the whole workspace (photos included) as JSON in the exchange format, "
            "described by resources/schema/workspace-exchange.schema.json."
        ),
    )
    dump.add_argument("workspace", metavar="WORKSPACE")
    dump.add_argument(
        "-o", "--output", required=True, metavar="OUT.json", help="the file to write ('-': stdout)"
    )
    dump.set_defaults(handler=cmd_dump)

    load = commands.add_parser(
        "load",
        help="merge a JSON exchange file into a workspace",
        description=(
            "Merge a JSON exchange file into a workspace by id: rows already there are "
            "updated, others added, nothing deleted. All of it is loaded or nothing; the "
            "workspace is backed up first. A missing WORKSPACE is created."
        ),
    )
    load.add_argument("workspace", metavar="WORKSPACE")
    load.add_argument("file", metavar="IN.json")
    load.set_defaults(handler=cmd_load)

    copy = commands.add_parser(
        "copy",
        help="copy a whole workspace between a file and a server",
        description=(
            "Copy a whole workspace into a new one: a file to a team workspace on a server "
            "(an empty database), a server to a new file, or file to file. Nothing is "
            "written unless all of it is copied."
        ),
    )
    copy.add_argument("source", metavar="SOURCE", help="a .pbw file or a postgresql:// URL")
    copy.add_argument(
        "dest",
        metavar="DEST",
        help="a new .pbw file, or the postgresql:// URL of an empty database",
    )
    copy.set_defaults(handler=cmd_copy)

    offline = commands.add_parser(
        "offline",
        help="take a copy of a team workspace offline",
        description=(
            "Copy a team workspace into a new workspace file that remembers where it came "
            "from and what each row held, to work without the server and publish later."
        ),
    )
    offline.add_argument("url", metavar="URL", help="the team workspace's postgresql:// URL")
    offline.add_argument("file", metavar="FILE.pbw", help="the new offline copy")
    offline.set_defaults(handler=cmd_offline)

    publish = commands.add_parser(
        "publish",
        help="send an offline copy's changes back to its team workspace",
        description=(
            "Send what was added, changed and deleted in an offline copy to the team "
            "workspace it came from, all in one transaction. A row also changed on the "
            "server is merged field by field; a field both changed differently is listed "
            "as a conflict and left alone on both sides (exit status 1) until you choose "
            "a side with --keep."
        ),
    )
    publish.add_argument("file", metavar="FILE.pbw", help="the offline copy")
    publish.add_argument(
        "--keep",
        choices=("mine", "theirs"),
        help="resolve every conflict with the copy's values (mine) or the server's (theirs)",
    )
    publish.add_argument(
        "--url",
        metavar="URL",
        help="the server URL to use (default: the one the copy came from); same workspace only",
    )
    publish.set_defaults(handler=cmd_publish)

    export = commands.add_parser(
        "export",
        help="export a PDF deliverable",
        description="Export a journey map poster, a persona one-pager or the full report.",
    )
    export.add_argument("workspace", metavar="WORKSPACE")
    what = export.add_mutually_exclusive_group(required=True)
    what.add_argument("--journey", metavar="X", help="a journey map poster (title or id)")
    what.add_argument("--persona", metavar="X", help="a persona one-pager (name or id)")
    what.add_argument("--report", action="store_true", help="the full report")
    what.add_argument(
        "--workshop", metavar="X", help="the workshop summary of a journey map (title or id)"
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        metavar="OUT",
        help=(
            "OUT.pdf (default), OUT.pptx (an editable PowerPoint deck), or for a journey map "
            "OUT.png, OUT.svg (the map as an image) or OUT.mmd (a Mermaid journey diagram)"
        ),
    )
    export.add_argument(
        "--template",
        metavar="FILE",
        help="your own template (run in a sandbox); with -o OUT.pptx, a .pptx deck to follow",
    )
    export.add_argument(
        "--width",
        type=_pixels,
        metavar="PX",
        help="width of a map image in pixels (default: 3000)",
    )
    export.add_argument(
        "--paper",
        choices=("A4", "A3", "A2", "A1", "A0"),
        help="poster paper size (default: A3); a map too large for it is tiled over sheets",
    )
    export.add_argument(
        "--lang",
        choices=LANGUAGES,
        help="language of fixed texts (default: the workspace's language, else your locale)",
    )
    export.set_defaults(handler=cmd_export)

    metrics = commands.add_parser(
        "metrics", help="work on stage metrics", description="Work on stage metrics."
    )
    metric_commands = metrics.add_subparsers(
        dest="metrics_command", required=True, metavar="ACTION"
    )
    metrics_import = metric_commands.add_parser(
        "import",
        help="import metric values from a CSV file",
        description=(
            "Import metric values from a CSV file (long or wide layout) into a journey map. "
            "Every value is imported, or none: any problem is listed and nothing changes."
        ),
    )
    metrics_import.add_argument("workspace", metavar="WORKSPACE")
    metrics_import.add_argument(
        "--journey", required=True, metavar="X", help="the journey map's title or id"
    )
    metrics_import.add_argument("file", metavar="FILE.csv")
    metrics_import.add_argument(
        "--dates",
        choices=("dmy", "mdy"),
        help="date order when the file cannot tell (03/01/2026: dmy is 3 January)",
    )
    metrics_import.add_argument(
        "--decimal",
        choices=("comma", "point"),
        help="decimal sign when the file cannot tell (1,234: comma is 1.234)",
    )
    metrics_import.add_argument(
        "--value-column",
        metavar="NAME",
        help="the column holding the values, by header or number, when several could",
    )
    metrics_import.add_argument(
        "--dry-run", action="store_true", help="read and check the file, write nothing"
    )
    metrics_import.set_defaults(handler=cmd_metrics_import)

    from personabuilder import mermaid_cli, team_cli, template_cli

    team_cli.add_parser(commands)
    mermaid_cli.add_parser(commands)
    template_cli.add_parser(commands)
    return parser


def _is_command_word(arg: str) -> bool:
    """True for a bare word that can only be meant as a command (``export``, a typo)."""
    return (
        not arg.startswith("-")
        and "/" not in arg
        and os.sep not in arg
        and not Path(arg).suffix
        and not Path(arg).exists()
    )


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parses ``argv``: a command and its arguments, or an optional workspace to open."""
    if argv and (argv[0] in COMMANDS or _is_command_word(argv[0])):
        return _command_parser().parse_args(argv)
    parser = _gui_parser()
    args = parser.parse_args(argv)
    if args.workspace is not None:
        target = Path(args.workspace)
        if not target.exists() and target.suffix.lower() != WORKSPACE_SUFFIX:
            parser.error(
                f"{args.workspace!r} is neither a command ({', '.join(COMMANDS)}) "
                "nor an existing file"
            )
    return args


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.strerror}: {exc.filename}" if exc.filename else exc.strerror
    return str(exc) or type(exc).__name__


def _backup_hint(exc: BaseException) -> str:
    """For a damaged workspace, or one replaced by another file: the newest backup and how.

    Never for a file that is locked, read-only, out of reach or from a newer version:
    restoring a backup over a healthy file would throw its newest work away.
    """
    from personabuilder.store.backup import newest_backup
    from personabuilder.store.errors import CorruptWorkspaceError, NotAWorkspaceError

    if not isinstance(exc, CorruptWorkspaceError | NotAWorkspaceError) or is_url(exc.location):
        return ""
    newest = newest_backup(exc.path)
    if newest is None:
        return ""
    if isinstance(exc, NotAWorkspaceError) and exc.path.exists():
        # restore never replaces a file that is not ours: bring the backup back beside it.
        target = exc.path.with_name(f"{exc.path.stem}-restored{WORKSPACE_SUFFIX}")
        how = "restore it beside this file with"
    else:
        target, how = exc.path, "restore it with"
    return (
        f" Newest backup: {newest.path} ({_when(newest.created_at)}); {how}: "
        f"{PROG} restore {_quoted(target)} {_quoted(newest.path)}"
    )


def _without_passwords(text: str, argv: Sequence[str]) -> str:
    """``text`` with the password of every server URL on the command line hidden."""
    from personabuilder.store.seam import mask_text

    for arg in argv:
        if is_url(arg):
            text = mask_text(text, arg)
    return text


def main(argv: Sequence[str] | None = None, *, gui: GuiRunner | None = None) -> int:
    """Runs the command line; returns the exit status (0 done, 1 error, 2 usage).

    ``gui`` opens the desktop app when no command is given (see ``personabuilder.entry``).
    """
    if getattr(sys, "frozen", False):
        # In a PyInstaller bundle a "spawn" child (user templates) re-runs this executable:
        # freeze_support() turns it into the worker and exits before any parsing.
        import multiprocessing

        multiprocessing.freeze_support()
    try:
        argv = sys.argv[1:] if argv is None else list(argv)
        args = parse(argv)
    except SystemExit as exc:  # --help, --version and usage errors end parsing
        return exc.code if isinstance(exc.code, int) else 2
    from personabuilder.services.errors import NotFoundError, ValidationError
    from personabuilder.store.errors import WorkspaceError

    args.gui = gui
    handler = cast(Callable[[argparse.Namespace], int], args.handler)
    try:
        return handler(args)
    except (
        CliError,
        WorkspaceError,
        ValidationError,
        NotFoundError,
        OSError,
        sqlite3.Error,
    ) as exc:
        line = f"{PROG}: error: {_one_line(_describe(exc))}{_backup_hint(exc)}"
        print(_without_passwords(line, argv), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
