"""`template new` and `template context` run as a separate process, as an author runs them.

Until ``cli.py`` registers the ``template`` command, the commands run through their own
module (``python -m personabuilder.template_cli``), with the same arguments and errors.
"""

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.test_cli import (  # noqa: F401
    IMPORT_ROOT,
    Run,
    assert_user_error,
    demo,
    demo_run,
    run_cli,
)
from tests.integration.test_template_starter import pdf_text

MAP = "SaaS customer journey"


def run_template(*args: str | Path, data_dir: Path, lang: str = "en_GB.UTF-8") -> Run:
    """Runs ``template ARGS`` in a child process with its own data folder and locale."""
    env = dict(os.environ, PERSONABUILDER_DATA_DIR=str(data_dir), LC_ALL=lang)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(IMPORT_ROOT), os.environ.get("PYTHONPATH")) if p
    )
    return subprocess.run(
        [sys.executable, "-m", "personabuilder.template_cli", *map(str, args)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_starter_in_the_locale_s_language(tmp_path: Path, data_dir: Path) -> None:
    result = run_template(
        "new", tmp_path / "house" / "poster", "--from", "poster", data_dir=data_dir, lang="fr_FR"
    )
    assert result.returncode == 0, result.stderr
    folder = tmp_path / "house" / "poster"
    assert (folder / "my-poster.html.j2").is_file()
    assert "--template" in result.stdout
    assert "my-poster.html.j2" in result.stdout
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert readme.startswith("# Votre modèle PersonaBuilder")
    english = run_template(
        "new", tmp_path / "en", "--from", "persona", "--lang", "en", data_dir=data_dir
    )
    assert english.returncode == 0, english.stderr
    assert "Edit **my-persona.html.j2**" in (tmp_path / "en" / "README.md").read_text("utf-8")


def test_a_folder_in_use_or_out_of_reach_is_refused(tmp_path: Path, data_dir: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "my-poster.html.j2").write_text("mine", encoding="utf-8")
    result = run_template("new", busy, "--from", "poster", data_dir=data_dir)
    assert_user_error(result)
    assert "not empty" in result.stderr
    assert (busy / "my-poster.html.j2").read_text(encoding="utf-8") == "mine"

    forced = run_template("new", busy, "--from", "poster", "--force", data_dir=data_dir)
    assert forced.returncode == 0, forced.stderr
    assert "Replaced: my-poster.html.j2." in forced.stdout

    a_file = tmp_path / "notes.txt"
    a_file.write_text("notes", encoding="utf-8")
    for where in (a_file, a_file / "inside"):
        result = run_template("new", where, "--from", "report", data_dir=data_dir)
        assert_user_error(result)
        assert str(a_file) in result.stderr


def test_the_context_is_written_without_touching_the_workspace(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    data_dir: Path,
) -> None:
    before = _digest(demo)
    out = tmp_path / "context.json"
    result = run_template(
        "context", demo, "--journey", MAP, "-o", out, "--lang", "fr", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    assert str(out.absolute()) in result.stdout
    text = out.read_text(encoding="utf-8")
    context = json.loads(text)
    assert context["kind"] == "poster"
    assert context["lang"] == "fr"
    assert context["journey"]["title"] == MAP
    assert "  " in text.splitlines()[1]  # indented for reading
    assert _digest(demo) == before
    assert not Path(f"{demo}-wal").exists()

    report = run_template("context", demo, "--report", "-o", tmp_path / "r.json", data_dir=data_dir)
    assert report.returncode == 0, report.stderr
    charts = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert '"__svg__": "<svg' in json.dumps(charts, ensure_ascii=False)


@pytest.mark.parametrize(
    ("what", "message"),
    [
        (("--persona", "Nobody"), "no persona 'Nobody'"),
        (("--journey", "Atlantis"), "no journey map 'Atlantis'"),
        (("--workshop", MAP), "No workshop has been held"),
    ],
)
def test_context_errors_are_one_line(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    data_dir: Path,
    what: tuple[str, str],
    message: str,
) -> None:
    result = run_template("context", demo, *what, "-o", tmp_path / "c.json", data_dir=data_dir)
    assert_user_error(result)
    assert message in result.stderr
    assert not (tmp_path / "c.json").exists()


def test_an_output_out_of_reach_and_a_missing_workspace(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    data_dir: Path,
) -> None:
    nowhere = tmp_path / "no-such-folder" / "c.json"
    result = run_template("context", demo, "--report", "-o", nowhere, data_dir=data_dir)
    assert_user_error(result)
    assert "could not be written" in result.stderr
    missing = run_template(
        "context", tmp_path / "gone.pbw", "--report", "-o", tmp_path / "c.json", data_dir=data_dir
    )
    assert_user_error(missing)
    assert "gone.pbw" in missing.stderr


def test_exporting_with_the_starter_gives_the_built_in_poster(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    data_dir: Path,
) -> None:
    starter = run_template("new", tmp_path / "mine", "--from", "poster", data_dir=data_dir)
    assert starter.returncode == 0, starter.stderr
    built_in, own = tmp_path / "built-in.pdf", tmp_path / "own.pdf"
    assert (
        run_cli("export", demo, "--journey", MAP, "-o", built_in, data_dir=data_dir).returncode == 0
    )
    result = run_cli(
        "export",
        demo,
        "--journey",
        MAP,
        "-o",
        own,
        "--template",
        tmp_path / "mine" / "my-poster.html.j2",
        data_dir=data_dir,
    )
    assert result.returncode == 0, result.stderr
    expected = pdf_text(built_in)
    assert MAP in expected
    assert pdf_text(own) == expected
