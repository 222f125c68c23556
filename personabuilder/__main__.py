"""Runs the command line as ``python -m personabuilder``."""

import sys

from personabuilder.cli import main

sys.exit(main())
