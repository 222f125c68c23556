"""The PyInstaller bundle (``make package``) run the way a user runs it, with no Python around.

Skipped unless the bundle exists at dist/personabuilder/ or PB_BUNDLE=1 is set; with
PB_BUNDLE=1 (CI, after ``make package``) a missing or broken bundle fails. Without it, a
bundle older than the sources is skipped rather than tested.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from personabuilder.services.demo import get_demo
from personabuilder.store.migrate import SCHEMA_VERSION

ROOT = Path(__file__).resolve().parents[2]
BUNDLE_DIR = ROOT / "dist" / "personabuilder"
EXECUTABLE = BUNDLE_DIR / ("personabuilder.exe" if os.name == "nt" else "personabuilder")
REQUIRED = os.environ.get("PB_BUNDLE") == "1"
LANG = "fr"
DEMO = get_demo(LANG)
# The native libraries WeasyPrint opens by name (packaging/hooks/hook-weasyprint.py).
WEASYPRINT_LIBRARIES = ("libpango-1.0", "libpangoft2-1.0", "libharfbuzz", "libfontconfig")

Run = subprocess.CompletedProcess[str]


def _newest_source() -> float:
    sources = [*(ROOT / "personabuilder").rglob("*.py"), *(ROOT / "templates").iterdir()]
    return max(path.stat().st_mtime for path in sources)


def _skip_reason() -> str | None:
    if REQUIRED:
        return None
    if not EXECUTABLE.is_file():
        return "no bundle at dist/personabuilder/ (make package, or set PB_BUNDLE=1)"
    if EXECUTABLE.stat().st_mtime < _newest_source():
        return "the bundle is older than the sources: run make package"
    return None


pytestmark = pytest.mark.skipif(_skip_reason() is not None, reason=str(_skip_reason()))


def _path_without_python() -> str:
    """PATH minus every folder holding a Python interpreter (the venv, pyenv, /usr/bin)."""
    kept = []
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        if folder and not any(Path(folder).glob("python*")):
            kept.append(folder)
    return os.pathsep.join(kept)


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private home and data folder for the bundle."""
    folder = tmp_path_factory.mktemp("bundle-home")
    (folder / "data").mkdir()
    return folder


def run_bundle(home: Path, *args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> Run:
    """Runs the bundled executable with a clean environment: no venv, no PYTHONPATH."""
    assert EXECUTABLE.is_file(), f"{EXECUTABLE} is missing: run make package"
    child_env = {
        "HOME": str(home),
        "PERSONABUILDER_DATA_DIR": str(home / "data"),
        "QT_QPA_PLATFORM": "offscreen",
        "PATH": _path_without_python(),
        "LANG": "C.UTF-8",
        **(env or {}),
    }
    return subprocess.run(
        [str(EXECUTABLE), *map(str, args)],
        cwd=cwd,
        env=child_env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )


@pytest.fixture(scope="module")
def demo(home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A French demo workspace made by the bundle (which runs the bundled migrations)."""
    folder = tmp_path_factory.mktemp("bundle-work")
    result = run_bundle(home, "new", "demo.pbw", "--demo", "--lang", LANG, cwd=folder)
    assert result.returncode == 0, result.stderr
    path = folder / "demo.pbw"
    assert path.is_file()
    return path


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Every font of the document, and whether its glyphs are inside the file."""
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources = page.get("/Resources")
        table = resources.get_object().get("/Font") if resources is not None else None
        for ref in (table.get_object() if table is not None else {}).values():
            font = ref.get_object()
            if font.get("/Subtype") == "/Type3":  # glyphs drawn by the file itself
                fonts[str(font.get("/Name"))] = True
                continue
            if "/DescendantFonts" in font:
                font = font["/DescendantFonts"][0].get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font.get("/BaseFont"))] = embedded
    return fonts


def test_the_bundle_carries_its_data_and_no_development_files() -> None:
    internal = Path(next(p for p in (BUNDLE_DIR / "_internal", BUNDLE_DIR) if p.is_dir()))
    assert sorted(p.name for p in (internal / "resources" / "translations").glob("*.qm"))
    assert (internal / "templates" / "report.html.j2").is_file()
    assert list((internal / "resources" / "fonts").glob("*.ttf"))
    versions = Path("personabuilder", "store", "migrations", "versions")
    bundled = sorted(p.name for p in (internal / versions).glob("*.py"))
    assert bundled == sorted(p.name for p in (ROOT / versions).glob("*.py"))
    for stem in WEASYPRINT_LIBRARIES:
        assert list(internal.glob(f"{stem}.so*")), f"{stem} is not in the bundle"
    unwanted = ("tests", "pytest", "_pytest", "hypothesis", "mypy", "ruff", "tkinter", "pypdf")
    assert [name for name in unwanted if (internal / name).exists()] == []


def test_new_workspace_is_sound_and_holds_the_demo(home: Path, demo: Path) -> None:
    result = run_bundle(home, "info", demo, "--json", cwd=demo.parent)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["schema_version"] == SCHEMA_VERSION
    assert report["integrity"] == "ok"
    assert report["counts"]["personas"] == len(DEMO["personas"])
    assert report["counts"]["journey_maps"] == len(DEMO["journeys"])


def test_report_export_gives_a_pdf_with_its_fonts_inside(home: Path, demo: Path) -> None:
    out = demo.parent / "report.pdf"
    result = run_bundle(
        home, "export", demo, "--report", "--lang", LANG, "-o", out, cwd=demo.parent
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    reader = PdfReader(out)
    assert len(reader.pages) > 1
    text = "".join(page.extract_text() for page in reader.pages)
    assert [p["name"] for p in DEMO["personas"] if p["name"] not in text] == []
    fonts = _fonts(reader)
    assert fonts
    assert [name for name, embedded in fonts.items() if not embedded] == []


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="LD_DEBUG is glibc's")
def test_weasyprint_uses_the_bundled_native_libraries(home: Path, demo: Path) -> None:
    out = demo.parent / "persona.pdf"
    name = DEMO["personas"][0]["name"]
    result = run_bundle(
        home,
        *("export", demo, "--persona", name, "--lang", LANG, "-o", out),
        cwd=demo.parent,
        env={"LD_DEBUG": "libs"},
    )
    assert result.returncode == 0, result.stderr
    loaded = [
        Path(line.split("calling init:", 1)[1].strip())
        for line in result.stderr.splitlines()
        if "calling init:" in line
    ]
    for stem in WEASYPRINT_LIBRARIES:
        copies = [path for path in loaded if path.name.startswith(f"{stem}.so")]
        assert copies, f"{stem} was not loaded"
        assert all(path.is_relative_to(BUNDLE_DIR) for path in copies), copies


def test_a_user_template_runs_in_a_spawned_child(home: Path, demo: Path) -> None:
    # "spawn" re-runs the frozen executable: this fails without multiprocessing.freeze_support().
    folder = demo.parent / "own-templates"
    folder.mkdir()
    (folder / "mine.html.j2").write_text(
        '<html lang="{{ lang }}"><body><h1>Own: {{ journey.title }}</h1></body></html>',
        encoding="utf-8",
    )
    title = DEMO["journeys"][0]["title"]
    out = demo.parent / "own.pdf"
    temp = demo.parent / "system-temp"
    temp.mkdir()
    result = run_bundle(
        home,
        *("export", demo, "--journey", title, "--template", folder / "mine.html.j2"),
        *("--lang", LANG, "-o", out),
        cwd=demo.parent,
        env={"TMPDIR": str(temp)},
    )
    assert result.returncode == 0, result.stderr
    assert f"Own: {title}" in PdfReader(out).pages[0].extract_text()
    # Nothing is left in the temporary directory: the children's folders are removed, and
    # the empty one PyInstaller's matplotlib hook makes at each start was left by each child.
    assert list(temp.iterdir()) == []


def test_the_desktop_app_starts_headless(home: Path, demo: Path, tmp_path: Path) -> None:
    copy = tmp_path / "gui.pbw"
    shutil.copyfile(demo, copy)
    result = run_bundle(home, copy, "--lang", LANG, cwd=tmp_path, env={"PERSONABUILDER_PROBE": "1"})
    assert result.returncode == 0, result.stderr
    assert "pb-probe workspace-listed" in result.stderr
    assert "Traceback" not in result.stderr
