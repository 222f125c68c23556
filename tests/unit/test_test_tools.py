"""Every program the tests or the app run is installed by `make` on Debian, and none skips.

A fresh machine once failed `make test` because a test ran pdftotext, which only the
developer's machine had. These tests find every external program named in the code
(subprocess calls, ``shutil.which``, ``program()``) and check that the Makefile installs
the Debian package that provides it.
"""

import ast
import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tools import ESSENTIAL, PACKAGES, is_debian

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("personabuilder", "tests", "benchmarks")
_RUNNERS = {"run", "Popen", "call", "check_call", "check_output"}


def _python_files() -> Iterator[Path]:
    for folder in SOURCES:
        yield from (ROOT / folder).rglob("*.py")


def _called_name(node: ast.Call) -> str:
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _first_word(node: ast.expr) -> str | None:
    """The program of a command list literal, when it is written as a string."""
    if isinstance(node, ast.List | ast.Tuple) and node.elts:
        head = node.elts[0]
        if isinstance(head, ast.Constant) and isinstance(head.value, str):
            return head.value
        if isinstance(head, ast.Call) and _called_name(head) == "program":
            return _string_arg(head)
    return None


def _string_arg(node: ast.Call) -> str | None:
    if node.args and isinstance(node.args[0], ast.Constant):
        value = node.args[0].value
        return value if isinstance(value, str) else None
    return None


def programs_in(source: str) -> set[str]:
    """Names of external programs a piece of Python code runs or looks for."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        if name in {"which", "program"}:
            word = _string_arg(node)
        elif name in _RUNNERS and node.args:
            word = _first_word(node.args[0])
        else:
            word = None
        if word:
            found.add(word)
    return found


def all_programs() -> dict[str, list[str]]:
    """Every program named in the project's code, with the files that name it."""
    where: dict[str, list[str]] = {}
    for path in _python_files():
        for word in programs_in(path.read_text(encoding="utf-8")):
            where.setdefault(word, []).append(str(path.relative_to(ROOT)))
    return where


def makefile_packages() -> set[str]:
    """The Debian packages the Makefile installs (SYSTEM_PACKAGES and TEST_PACKAGES)."""
    text = (ROOT / "Makefile").read_text(encoding="utf-8").replace("\\\n", " ")
    packages: set[str] = set()
    for match in re.finditer(r"^(SYSTEM|TEST)_PACKAGES\s*:=(.*)$", text, re.MULTILINE):
        packages.update(match.group(2).split())
    return packages


def test_the_scanner_sees_each_way_of_running_a_program() -> None:
    code = (
        "import shutil, subprocess\n"
        "subprocess.run(['pdftotext', 'a.pdf', '-'])\n"
        "subprocess.Popen(('appstreamcli', 'validate'))\n"
        "shutil.which('pdffonts')\n"
        "subprocess.run([program('desktop-file-validate'), 'x'])\n"
        "subprocess.run([sys.executable, '-c', 'pass'])\n"
    )
    assert programs_in(code) == {"pdftotext", "appstreamcli", "pdffonts", "desktop-file-validate"}


def test_every_program_the_code_runs_has_a_package_the_makefile_installs() -> None:
    programs = all_programs()
    assert "pdftotext" in programs  # the scan really reads the suite
    unknown = {name: files for name, files in programs.items() if name not in PACKAGES}
    assert not unknown, f"programs with no Debian package in tests/tools.py: {unknown}"
    missing = {PACKAGES[name] for name in programs} - makefile_packages() - ESSENTIAL
    assert not missing, f"the Makefile does not install: {sorted(missing)}"


def test_the_package_table_matches_debian() -> None:
    """Each program really comes from the package tests/tools.py names (dpkg says so)."""
    if not is_debian():
        pytest.skip("dpkg is Debian's; elsewhere the package names are only advice")
    for name, package in PACKAGES.items():
        # The package's own file list, whether or not the program is on PATH yet.
        listing = subprocess.run(
            ["dpkg-query", "-L", package], capture_output=True, text=True, check=False
        )
        assert listing.returncode == 0, f"{package} is not installed: run `make test-deps`"
        assert re.search(rf"/bin/{re.escape(name)}$", listing.stdout, re.MULTILINE), (
            f"{package} does not provide {name}"
        )


def test_no_test_skips_because_a_program_is_missing() -> None:
    """Tools come through tests.tools.program(), which fails on Debian instead of skipping."""
    offenders = []
    for path in (ROOT / "tests").rglob("*.py"):
        if path == Path(__file__):
            continue
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if "skip" in line and "which(" in line:
                offenders.append(f"{path.relative_to(ROOT)}:{number}")
    assert not offenders, offenders
