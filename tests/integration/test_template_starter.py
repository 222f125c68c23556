"""`template new` starters render what the built-in templates render, run through the sandbox.

Each starter is written into a folder and rendered with ``render_user`` (the sandboxed child)
on the demo's context, beside the bundled template through ``render_bundled``. The starter
prints its own copies of the style sheets where the bundled page links them; apart from that
the HTML is the same, character for character, and the poster's PDF reads the same.
"""

import datetime
import re
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from personabuilder.cli_common import CliError
from personabuilder.export import deliverables
from personabuilder.export.context import CONTEXT_VERSION
from personabuilder.export.pdf import render_pdf
from personabuilder.export.templating import render_bundled, render_user
from personabuilder.model import CaptureKind
from personabuilder.resources import templates_dir
from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.template_cli import (
    STARTERS,
    TemplateCliError,
    context_json,
    entry_name,
    make_starter,
    template_context,
)
from tests.tools import program

CLOCK = datetime.datetime(2026, 11, 16, 9, 30, tzinfo=datetime.UTC)
LINK = re.compile(r'<link rel="stylesheet" href="pb-resource:templates/([a-z]+\.css)">\n')


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_file: Path) -> Iterator[Services]:
    """Services on a copy of the demo workspace with one workshop held on its first map."""
    copy = tmp_path_factory.mktemp("starter") / "demo.pbw"
    shutil.copyfile(demo_file, copy)
    ws = Workspace.open(copy, daily_backup=False)
    services = Services.bind(ws)
    journey = services.listing.journeys()[0]
    detail = services.journeys.get(journey.id)
    session = services.workshop.start(journey.id, "Kick-off", datetime.date(2026, 11, 20))
    idea = services.workshop.capture(
        session, detail.stages[1].id, CaptureKind.IDEA, "Guided import"
    )
    services.workshop.vote(idea, 2)
    yield services
    ws.close()


def _context(services: Services, starter: str, lang: str) -> dict[str, Any]:
    """The demo's context for ``starter``, built as ``template context`` builds it."""
    first_map = services.listing.journeys()[0].title
    options: dict[str, Any] = {
        "poster": {"journey": first_map},
        "persona": {"persona": services.listing.personas()[0].name},
        "report": {},
        "workshop": {"workshop": first_map},
    }[starter]
    return template_context(services, lang=lang, **options)


def _with_own_styles(bundled: str, folder: Path) -> str:
    """The bundled HTML with each linked style sheet printed as the starter prints it."""

    def printed(match: re.Match[str]) -> str:
        css = (folder / match.group(1)).read_text(encoding="utf-8")
        return f"<style>\n{css.removesuffix(chr(10))}</style>\n"

    return LINK.sub(printed, bundled)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("starter", list(STARTERS))
def test_a_starter_renders_the_built_in_html(
    demo: Services, tmp_path: Path, starter: str, lang: str
) -> None:
    folder = tmp_path / "mine"
    make_starter(folder, starter, lang=lang)
    context = _context(demo, starter, lang)
    bundled = render_bundled(deliverables.TEMPLATES[STARTERS[starter]], context)
    own = render_user(folder, entry_name(starter), context, timeout=60)
    assert LINK.search(bundled), "the bundled page links its style sheets"
    assert not LINK.search(own)
    assert str(own) == _with_own_styles(bundled, folder)


def pdf_text(path: Path) -> str:
    """The text of a PDF as pdftotext lays it out."""
    return subprocess.run(
        [program("pdftotext"), "-layout", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_poster_starter_prints_the_same_pdf_text(
    demo: Services, tmp_path: Path, lang: str
) -> None:
    folder = tmp_path / "mine"
    make_starter(folder, "poster", lang=lang)
    context = _context(demo, "poster", lang)
    options: dict[str, Any] = {"title": "Poster", "author": "", "lang": lang, "created": CLOCK}
    render_pdf(render_bundled("poster.html.j2", context), tmp_path / "built-in.pdf", **options)
    own = render_user(folder, "my-poster.html.j2", context, timeout=60)
    render_pdf(own, tmp_path / "own.pdf", **options)
    expected = pdf_text(tmp_path / "built-in.pdf")
    assert context["journey"]["title"] in expected
    assert pdf_text(tmp_path / "own.pdf") == expected


def test_the_copied_css_is_what_the_page_prints(demo: Services, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    make_starter(folder, "persona", lang="en")
    sheet = folder / "persona.css"
    sheet.write_text(sheet.read_text(encoding="utf-8") + "\n.quote { color: #0a7f3f; }\n")
    html = render_user(folder, "my-persona.html.j2", _context(demo, "persona", "en"))
    assert ".quote { color: #0a7f3f; }" in html


def test_a_starter_holds_its_entry_partials_styles_and_readme(tmp_path: Path) -> None:
    make_starter(tmp_path / "p", "workshop", lang="fr")
    names = sorted(path.name for path in (tmp_path / "p").iterdir())
    assert names == [
        "README.md",
        "_base.html.j2",
        "_macros.html.j2",
        "base.css",
        "my-workshop.html.j2",
        "report.css",
    ]
    bundled = (templates_dir() / "report.html.j2").read_text(encoding="utf-8")
    entry = (tmp_path / "p" / "my-workshop.html.j2").read_text(encoding="utf-8")
    assert entry == f"{{# personabuilder-context: {CONTEXT_VERSION} #}}\n{bundled}"
    readme = (tmp_path / "p" / "README.md").read_text(encoding="utf-8")
    assert "Modifiez **my-workshop.html.j2**\u00a0:" in readme
    assert "--workshop" in readme
    assert "template context" in readme


def test_a_folder_with_files_is_refused_unless_forced(tmp_path: Path) -> None:
    folder = tmp_path / "busy"
    folder.mkdir()
    (folder / "poster.css").write_text("/* mine */", encoding="utf-8")
    (folder / "notes.txt").write_text("keep me", encoding="utf-8")
    with pytest.raises(TemplateCliError, match="is not empty"):
        make_starter(folder, "poster", lang="en")
    assert (folder / "poster.css").read_text(encoding="utf-8") == "/* mine */"
    assert make_starter(folder, "poster", lang="en", force=True) == ["poster.css"]
    assert (folder / "notes.txt").read_text(encoding="utf-8") == "keep me"
    assert (folder / "my-poster.html.j2").is_file()


def test_the_context_file_is_what_the_sandbox_is_sent(demo: Services) -> None:
    from personabuilder.export.templating import decode_context, encode_context

    context = _context(demo, "report", "fr")
    text = context_json(context)
    assert text.startswith("{\n  ")
    assert decode_context(text) == decode_context(encode_context(context))
    assert "é" in text  # UTF-8, not \u escapes


def test_unknown_names_are_refused(demo: Services) -> None:
    with pytest.raises(CliError, match=r"no persona 'Nobody'.*Priya"):
        template_context(demo, persona="Nobody")
    with pytest.raises(CliError, match="no journey map 'Atlantis'"):
        template_context(demo, journey="Atlantis")
    second_map = demo.listing.journeys()[1].title
    with pytest.raises(TemplateCliError, match="No workshop has been held"):
        template_context(demo, workshop=second_map)
