"""The ``personabuilder`` command: the command line, which opens the desktop app when asked.

This module sits above both ``app`` and ``cli`` so that neither imports the other: the CLI
runs without Qt, and the desktop app (Qt, the window) is imported only when it is asked for.
"""

from collections.abc import Sequence
from pathlib import Path


def run_gui(workspace: Path | None, lang: str | None) -> int:
    """Opens the desktop app (imported here, at the moment it is needed)."""
    from personabuilder.app import run_gui as run

    return run(workspace, lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Runs the command line, able to open the desktop app."""
    from personabuilder.cli import main as cli_main

    return cli_main(argv, gui=run_gui)


def gui_main() -> int:
    """Entry point of the ``personabuilder-gui`` script: the desktop app on the workspace named
    first, if any. Qt is imported here, not when the script starts: the layout and template
    processes ("spawn") run the script's own imports again, and need no Qt."""
    import sys

    args = sys.argv[1:]
    return run_gui(Path(args[0]) if args else None, None)
