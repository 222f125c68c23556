"""External programs the tests run, found on PATH or reported as a missing install step.

On Debian `make test` installs every one of them (TEST_PACKAGES in the Makefile), so a
missing program there is a failure of the set-up, never a reason to skip. Elsewhere (no
dpkg) a test that needs one is skipped with the package to install.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

# Program -> the Debian package that provides it (checked against dpkg by
# tests/unit/test_test_tools.py, so this table cannot drift from the real packages).
PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdffonts": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "appstreamcli": "appstream",
    "desktop-file-validate": "desktop-file-utils",
    "dpkg-query": "dpkg",
    # pg_config finds the PostgreSQL server programs the test cluster runs (tests/pg_cluster.py).
    "pg_config": "postgresql-common",
    # LibreOffice renders exported decks (soffice comes with libreoffice-impress's common part).
    "soffice": "libreoffice-common",
    # Node.js runs Mermaid's own parser over exported diagrams (tools/mermaid-check).
    "node": "nodejs",
}
# Packages every Debian system has (priority "required"); the Makefile need not list them.
ESSENTIAL = frozenset({"dpkg"})


def is_debian() -> bool:
    """True on a Debian-like system, where `make test` installs the programs itself."""
    return shutil.which("dpkg-query") is not None


def program(name: str) -> str:
    """The path of ``name``; fails on Debian (make should have installed it), else skips."""
    path = shutil.which(name)
    if path is not None:
        return path
    package = PACKAGES.get(name, "?")
    if is_debian():
        pytest.fail(
            f"{name} is missing: `make test` installs the Debian package {package} "
            "(run `make test-deps` as root)"
        )
    pytest.skip(f"{name} is not installed (package {package}); not a Debian system")


def run_snippet(code: str, *, timeout: float) -> "subprocess.CompletedProcess[str]":
    """Runs Python ``code`` in a process of its own from the project's folder (so that it
    imports ``tests``), its output captured: a crash or a kill fails the test, not the run."""
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )


def ended_pid() -> int:
    """The id of a process that has ended (ids are not reused this fast)."""
    ended = subprocess.Popen([sys.executable, "-c", "pass"])
    ended.wait()
    return ended.pid
