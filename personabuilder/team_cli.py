"""The ``team`` commands: make a PostgreSQL database a team workspace and manage its members.

``cli.py`` registers them with ``add_parser``; ``main`` runs them on their own
(``python -m personabuilder.team_cli init URL``). Errors are one line on stderr and exit
status 1; usage errors exit 2. A password is never echoed, printed or logged.
"""

import argparse
import getpass
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from personabuilder.languages import system_language

if TYPE_CHECKING:
    from personabuilder.store.postgres import TeamWorkspace

PROG = "personabuilder"
LANGUAGES = ("en", "fr")
ROLES = ("editor", "viewer")

Handler = Callable[[argparse.Namespace], int]


class _UserError(Exception):
    """A problem the user can fix, found by the command line itself."""


def _say(text: str) -> None:
    sys.stdout.write(text + "\n")


def _fail(text: str) -> int:
    sys.stderr.write(f"{PROG}: error: {' '.join(text.split())}\n")
    return 1


def _where(url: str) -> str:
    """``dbname on host:port`` for messages; never the password."""
    from personabuilder.store import credentials

    _user, host, port, dbname = credentials.effective(credentials.parameters(url))
    return f"{dbname} on {host}:{port}"


def _guarded(handler: Handler) -> Handler:
    """Runs ``handler``, turning every problem the user can act on into one error line."""

    def run(args: argparse.Namespace) -> int:
        import psycopg

        from personabuilder.store.credentials import BadUrlError, CredentialError
        from personabuilder.store.errors import WorkspaceError
        from personabuilder.store.team import TeamError

        try:
            return handler(args)
        except (_UserError, TeamError, WorkspaceError, BadUrlError, CredentialError) as exc:
            return _fail(str(exc))
        except psycopg.Error as exc:
            # The server's own sentence (its statement text is never part of it).
            primary = exc.diag.message_primary or str(exc).splitlines()[0]
            return _fail(f"The server refused: {primary}.")
        except EOFError:
            return _fail("No password was typed; nothing was changed.")
        except OSError as exc:
            where = f": {exc.filename}" if exc.filename else ""
            return _fail(f"{exc.strerror or exc}{where}")

    run.__doc__ = handler.__doc__
    return run


def _fill_demo(lang: str) -> "Callable[[TeamWorkspace], None]":
    def fill(ws: "TeamWorkspace") -> None:
        from personabuilder.services import Services
        from personabuilder.services.starter import build_demo

        build_demo(Services.bind(ws), lang)

    return fill


def cmd_init(args: argparse.Namespace) -> int:
    """Makes an empty PostgreSQL database a team workspace, with editors and viewers groups."""
    from personabuilder.store import team

    lang: str = args.lang or system_language()
    info = team.init(args.url, populate=_fill_demo(lang) if args.demo else None)
    demo = f" with the demo in {'French' if lang == 'fr' else 'English'}" if args.demo else ""
    _say(
        f"Created the team workspace {_where(args.url)}{demo}, owned by {info.owner}; "
        f"groups {info.groups.editors} and {info.groups.viewers}."
    )
    _say(f"Add members with: {PROG} team add-member URL LOGIN --role editor|viewer")
    return 0


def _read_password_file(name: str) -> str:
    """The password on the first line of file ``name`` (its line ending removed)."""
    path = Path(name)
    if not path.is_file():
        raise _UserError(f"There is no password file {name}.")
    lines = path.read_text(encoding="utf-8").splitlines()
    password = lines[0] if lines else ""
    if not password:
        raise _UserError(f"The password file {name} is empty; its first line is the password.")
    return password


def _ask_password(login: str) -> str:
    """The new login's password, typed twice at the terminal without echo."""
    try:
        with open("/dev/tty", "rb"):
            pass
    except OSError:
        raise _UserError(
            f"There is no terminal to ask for the password of {login}; "
            "give it with --password-file FILE."
        ) from None
    first = getpass.getpass(f"Password for the new login {login}: ")
    if not first:
        raise _UserError("The password cannot be empty; nothing was changed.")
    if getpass.getpass("Type it again: ") != first:
        raise _UserError("The two passwords differ; nothing was changed.")
    return first


def cmd_add_member(args: argparse.Namespace) -> int:
    """Gives a login (created when new) the editor or viewer role in a team workspace."""
    from personabuilder.store import team

    login = team.check_login_name(args.login)
    role = team.check_role(args.role)
    password: str | None = None
    exists = team.login_exists(args.url, login)
    if not exists:
        if args.password_file:
            password = _read_password_file(args.password_file)
        else:
            password = _ask_password(login)
    change = team.add_member(args.url, login, role, password)
    where = _where(args.url)
    if change.created:
        _say(f"Created the login {login}, {role} of {where}.")
    elif change.previous == role:
        _say(f"{login} already was {role} of {where}; nothing changed.")
    elif change.previous is not None:
        _say(f"{login} is now {role} of {where} (was {change.previous}).")
    else:
        _say(f"{login} (an existing login) is now {role} of {where}.")
    if exists and args.password_file:
        _say(f"{login} keeps its own password; the password file was not used.")
    return 0


def cmd_remove_member(args: argparse.Namespace) -> int:
    """Takes a login's access to a team workspace away; the login itself is kept."""
    from personabuilder.store import team

    role = team.remove_member(args.url, args.login)
    _say(
        f"{args.login} ({role}) no longer has access to {_where(args.url)}. The login itself "
        "was kept, as it may own other things or belong to other workspaces; a server "
        "administrator can drop it with DROP ROLE."
    )
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    """Lists the logins of a team workspace and their roles, by login."""
    from personabuilder.store import team

    found = team.members(args.url)
    if not found:
        _say(f"{_where(args.url)} has no members yet; add one with: {PROG} team add-member")
        return 0
    width = max(len("LOGIN"), *(len(m.login) for m in found))
    _say(f"{'LOGIN':<{width}}  ROLE")
    for member in found:
        _say(f"{member.login:<{width}}  {member.role}")
    return 0


def cmd_upgrade(args: argparse.Namespace) -> int:
    """Runs a team workspace's pending migrations (its owner only)."""
    from personabuilder.store import team

    _info, before, after = team.upgrade(args.url)
    if before < after:
        _say(f"Upgraded the team workspace {_where(args.url)} from format {before} to {after}.")
    else:
        _say(f"The team workspace {_where(args.url)} is up to date (format {after}).")
    return 0


def add_parser(commands: "argparse._SubParsersAction[Any]") -> argparse.ArgumentParser:
    """Adds the ``team`` command and its actions to the command line's sub-parsers."""
    url_help = "the team database, e.g. postgresql://USER@HOST:PORT/DATABASE"
    team: argparse.ArgumentParser = commands.add_parser(
        "team",
        help="team workspaces on a PostgreSQL server",
        description=(
            "Team workspaces on a PostgreSQL server: one database per team, its tables "
            "owned by you, members in an editors or a viewers group. Passwords come from "
            "your PostgreSQL password file (~/.pgpass) or the system keyring."
        ),
    )
    actions = team.add_subparsers(dest="team_command", required=True, metavar="ACTION")

    init = actions.add_parser(
        "init",
        help="make an empty database a team workspace",
        description=(
            "Build the workspace in an empty database you own, and its editors and viewers "
            "groups. Your login needs the CREATEROLE attribute."
        ),
    )
    init.add_argument("url", metavar="URL", help=url_help)
    init.add_argument("--demo", action="store_true", help="fill it with the demo content")
    init.add_argument(
        "--lang", choices=LANGUAGES, help="language of the demo content (default: your locale)"
    )
    init.set_defaults(handler=_guarded(cmd_init))

    add = actions.add_parser(
        "add-member",
        help="give a login the editor or viewer role",
        description=(
            "Give LOGIN the editor or viewer role (moving it from the other one). A new login "
            "is created with the password read from --password-file, else asked twice."
        ),
    )
    add.add_argument("url", metavar="URL", help=url_help)
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--role", required=True, choices=ROLES)
    add.add_argument(
        "--password-file", metavar="F", help="file whose first line is the new login's password"
    )
    add.set_defaults(handler=_guarded(cmd_add_member))

    remove = actions.add_parser(
        "remove-member",
        help="take a login's access away",
        description="Take LOGIN's access to the workspace away; the login itself is kept.",
    )
    remove.add_argument("url", metavar="URL", help=url_help)
    remove.add_argument("login", metavar="LOGIN")
    remove.set_defaults(handler=_guarded(cmd_remove_member))

    listing = actions.add_parser(
        "members", help="list the members and their roles", description="List the members."
    )
    listing.add_argument("url", metavar="URL", help=url_help)
    listing.set_defaults(handler=_guarded(cmd_members))

    upgrade = actions.add_parser(
        "upgrade",
        help="migrate an older team workspace (owner only)",
        description="Run the pending schema migrations of a team workspace (its owner only).",
    )
    upgrade.add_argument("url", metavar="URL", help=url_help)
    upgrade.set_defaults(handler=_guarded(cmd_upgrade))
    return team


def main(argv: Sequence[str] | None = None) -> int:
    """Runs ``team ACTION ...`` (``argv`` without the word ``team``); the exit status."""
    parser = argparse.ArgumentParser(prog=PROG)
    add_parser(parser.add_subparsers(dest="command", required=True))
    try:
        args = parser.parse_args(["team", *(sys.argv[1:] if argv is None else argv)])
    except SystemExit as exc:  # --help and usage errors end parsing
        return exc.code if isinstance(exc.code, int) else 2
    handler: Handler = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        sys.stderr.write(f"{PROG}: interrupted\n")
        return 130


if __name__ == "__main__":
    sys.exit(main())
