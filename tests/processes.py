"""Real second processes for tests: one that holds a workspace the way another program would."""

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

# Runs SQL on the file named by argv[1], says "ready", then waits for a line on stdin.
_HOLDER = """\
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
for statement in sys.argv[2:]:
    conn.execute(statement)
print("ready", flush=True)
sys.stdin.readline()
conn.close()
"""

EXCLUSIVE_LOCK = ("PRAGMA locking_mode=EXCLUSIVE", "BEGIN EXCLUSIVE")


@contextmanager
def held_by_another_process(path: Path, *statements: str) -> Iterator["subprocess.Popen[str]"]:
    """While the block runs, another process has run ``statements`` on ``path`` and keeps
    its connection open (an exclusive lock by default); the block may kill it."""
    child = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(path), *(statements or EXCLUSIVE_LOCK)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline() == "ready\n", "the other process did not start"
        yield child
    finally:
        child.communicate("\n" if child.poll() is None else None, timeout=30)
