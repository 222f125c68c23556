"""The context version: every context carries it, a template may declare the one it was
written for, and a user template's errors name the file, the line and the problem.

User templates run in the real sandbox child; the CLI is run in-process through ``main``.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from personabuilder import cli
from personabuilder.export import context as ctx
from personabuilder.export import deliverables
from personabuilder.export.errors import ExportError
from personabuilder.export.sandbox import VERSION_COMMENT
from personabuilder.export.templating import render_user
from personabuilder.services import Services
from personabuilder.store import Workspace


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[tuple[Path, Services]]:
    """A private copy of the demo workspace (its file and its services)."""
    copy = tmp_path / "demo.pbw"
    copy.write_bytes(demo_file.read_bytes())
    ws = Workspace.open(copy)
    yield copy, Services.bind(ws)
    ws.close()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder for the user's templates."""
    made = tmp_path / "templates"
    made.mkdir()
    return made


def _persona_context(services: Services) -> dict[str, Any]:
    persona = services.listing.personas()[0]
    return deliverables.build_context("persona", services, persona_ids=[persona.id], lang="en")


def _failure(folder: Path, name: str, source: str, context: dict[str, Any]) -> ExportError:
    (folder / name).write_text(source, encoding="utf-8")
    with pytest.raises(ExportError) as caught:
        render_user(folder, name, context, timeout=20)
    return caught.value


def test_every_context_carries_the_version(demo: tuple[Path, Services]) -> None:
    _, services = demo
    journey = services.listing.journeys()[0].id
    contexts = [
        deliverables.build_context("poster", services, journey_id=journey, lang="fr"),
        _persona_context(services),
        deliverables.build_context("report", services, lang="en"),
    ]
    assert [c["context_version"] for c in contexts] == [ctx.CONTEXT_VERSION] * 3
    assert isinstance(ctx.CONTEXT_VERSION, int)
    assert ctx.CONTEXT_VERSION >= 1
    # Each version's changes are listed for versions after the first only.
    assert all(1 < version <= ctx.CONTEXT_VERSION for version in ctx.CONTEXT_CHANGES)


def test_a_template_declaring_the_current_version_renders(
    demo: tuple[Path, Services], folder: Path
) -> None:
    _, services = demo
    context = _persona_context(services)
    (folder / "mine.html.j2").write_text(
        f"{VERSION_COMMENT}\n<p>{{{{ personas[0].name }}}} v{{{{ context_version }}}}</p>",
        encoding="utf-8",
    )
    html = render_user(folder, "mine.html.j2", context, timeout=20)
    assert html.strip() == f"<p>{context['personas'][0]['name']} v{ctx.CONTEXT_VERSION}</p>"


def test_a_template_for_a_newer_version_is_refused_clearly(
    demo: tuple[Path, Services], folder: Path
) -> None:
    _, services = demo
    newer = ctx.CONTEXT_VERSION + 1
    error = _failure(
        folder,
        "future.html.j2",
        f"{{# personabuilder-context: {newer} #}}\n{{{{ title }}}}",
        _persona_context(services),
    )
    assert error.code == "template_newer"
    assert str(error) == (
        f"The template “future.html.j2” was written for context version {newer}, but this "
        f"PersonaBuilder provides version {ctx.CONTEXT_VERSION}; use a newer PersonaBuilder "
        "or adapt the template."
    )
    assert f"la version {newer} du contexte" in error.message("fr")


def test_a_declaration_that_is_not_a_number_says_how_to_write_it(
    demo: tuple[Path, Services], folder: Path
) -> None:
    _, services = demo
    error = _failure(
        folder,
        "odd.html.j2",
        "{# personabuilder-context: one #}\n<p></p>",
        _persona_context(services),
    )
    assert error.code == "template_bad_version"
    assert "“one”" in str(error)
    assert VERSION_COMMENT in str(error)
    assert "nombre entier" in error.message("fr")


def test_an_older_template_hears_what_was_renamed(
    demo: tuple[Path, Services], folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A fake version 2 in which the persona's job title was renamed and the quote removed.
    monkeypatch.setattr(ctx, "CONTEXT_VERSION", 2)
    monkeypatch.setattr(
        ctx,
        "CONTEXT_CHANGES",
        {2: (("personas[].role", "personas[].job_title"), ("personas[].motto", None))},
    )
    _, services = demo
    context = _persona_context(services)
    assert context["context_version"] == 2
    source = (
        "{# personabuilder-context: 1 #}\n"
        "{% for p in personas %}\n"
        "<h1>{{ p.name }}</h1>\n"
        "<p>{{ p.role }}</p>\n"
        "{% endfor %}\n"
    )
    error = _failure(folder, "old.html.j2", source, context)
    assert error.code == "template_changed"
    assert str(error) == (
        "The template “old.html.j2” uses “role” (line 4), which is not in the data it "
        "receives: it was written for context version 1; in version 2 “personas[].role” "
        "became “personas[].job_title”."
    )
    french = error.message("fr")
    assert "(ligne 4)" in french
    assert "version 1 du contexte" in french
    assert "en version 2, «\u00a0personas[].role\u00a0» est devenu" in french

    removed = _failure(folder, "motto.html.j2", source.replace("p.role", "p.motto"), context)
    assert "in version 2 “personas[].motto” was removed" in str(removed)
    assert "a été retiré" in removed.message("fr")

    # Without a declaration the template is taken as current: a plain undefined name.
    current = _failure(folder, "undeclared.html.j2", source.split("\n", 1)[1], context)
    assert current.code == "template_undefined"
    assert str(current) == (
        "The template “undeclared.html.j2” uses “role” (line 3), which is not in the data "
        "it receives."
    )


def test_errors_name_the_file_line_and_problem(demo: tuple[Path, Services], folder: Path) -> None:
    _, services = demo
    context = _persona_context(services)
    top = _failure(folder, "top.html.j2", "<p>\n{{ nothing_here }}\n</p>", context)
    assert str(top) == (
        "The template “top.html.j2” uses “nothing_here” (line 2), which is not in the data it "
        "receives."
    )
    assert top.message("fr") == (
        "Le modèle «\u00a0top.html.j2\u00a0» utilise «\u00a0nothing_here\u00a0» (ligne 2), qui "
        "ne figure pas dans les données qu’il reçoit."
    )
    # A mistake in an included file names that file and its own line.
    (folder / "part.html").write_text("<i>\n\n{{ brand.slogan }}</i>", encoding="utf-8")
    included = _failure(folder, "main.html.j2", "{% include 'part.html' %}", context)
    assert (included.params["name"], included.params["line"]) == ("part.html", "3")
    assert "“slogan”" in str(included)
    syntax = _failure(folder, "broken.html.j2", "<p>\n{% for p in personas %}\n</p>", context)
    assert syntax.code == "template_syntax"
    assert "“broken.html.j2”" in str(syntax)
    assert "(line " in str(syntax)
    assert "endfor" in str(syntax)
    assert "(ligne " in syntax.message("fr")
    assert "erreur de syntaxe" in syntax.message("fr")


def test_the_cli_shows_the_file_line_and_name(
    demo: tuple[Path, Services], folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy, services = demo
    persona = services.listing.personas()[0].name
    template = folder / "cli.html.j2"
    template.write_text("<p>{{ personas[0].name }}</p>\n{{ personas[0].nickname }}", "utf-8")
    out = tmp_path / "out.pdf"
    status = cli.main(
        ["export", str(copy), "--persona", persona, "-o", str(out), "--template", str(template)]
    )
    assert status == 1
    assert not out.exists()
    err = capsys.readouterr().err
    assert "The template “cli.html.j2” uses “nickname” (line 2)" in err
    assert "Traceback" not in err
