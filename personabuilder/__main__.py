"""Runs the command line as ``python -m personabuilder``."""

import multiprocessing
import sys

from personabuilder.entry import main

if __name__ == "__main__":
    # A frozen app's "spawn" children (user templates) start here: let them run their task.
    multiprocessing.freeze_support()
    sys.exit(main())
