"""A user template's way out, closed: what it may include, and the limits of laying it out."""

import multiprocessing
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

import personabuilder
from personabuilder.export import sandbox
from personabuilder.export.pdf import ExportCancelled, ExportError, UntrustedHTML, render_pdf
from personabuilder.export.templating import render_user, user_templates
from tests.unit.test_export_safety import SECRET, leaked

PAGE = "<html><body><p>Before the include.</p>{body}<p>After it.</p></body></html>"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A user's template folder with secrets lying around it, inside it and beside it."""
    made = tmp_path / "templates"
    made.mkdir()
    (tmp_path / "outside.html").write_text(SECRET, encoding="utf-8")
    (tmp_path / "key.html").write_text(SECRET, encoding="utf-8")
    (made / ".ssh").mkdir()
    (made / ".ssh" / "id_rsa").write_text(SECRET, encoding="utf-8")
    (made / ".ssh" / "key.html").write_text(SECRET, encoding="utf-8")
    (made / ".hidden.html").write_text(SECRET, encoding="utf-8")
    (made / "notes.txt").write_text(SECRET, encoding="utf-8")
    (made / "sub").mkdir()
    (made / "sub" / "part.html").write_text(SECRET, encoding="utf-8")
    (made / "linked.html").symlink_to(tmp_path / "key.html")
    (made / "to-hidden.html").symlink_to(made / ".ssh" / "key.html")
    return made


def no_children_left() -> bool:
    return multiprocessing.active_children() == []


def export(folder: Path, name: str, out: Path) -> int:
    """A real render: the template in its sandbox, then WeasyPrint in its own."""
    html = render_user(folder, name, {"who": "Élodie"}, timeout=20)
    return render_pdf(html, out, title="Sandbox", author="Tests", lang="en")


REFUSED = {
    "hidden file": (".hidden.html", "out of reach"),
    "file in a hidden folder": (".ssh/id_rsa", "out of reach"),
    "key in a hidden folder": (".ssh/key.html", "out of reach"),
    "outside the folder": ("../outside.html", "out of reach"),
    "absolute path": ("/etc/passwd", "out of reach"),
    "sub-folder": ("sub/part.html", "out of reach"),
    "not a template file": ("notes.txt", "out of reach"),
    "symbolic link leading outside": ("linked.html", "link to a file outside"),
    "symbolic link to a hidden file": ("to-hidden.html", "link to a file outside"),
}


@pytest.mark.parametrize("statement", ["include", "include_missing", "import", "extends"])
@pytest.mark.parametrize("case", sorted(REFUSED))
def test_a_template_reads_nothing_but_templates_beside_it(
    folder: Path, tmp_path: Path, case: str, statement: str
) -> None:
    target, reason = REFUSED[case]
    body = {
        "include": f"{{% include {target!r} %}}",
        "include_missing": f"{{% include {target!r} ignore missing %}}",
        "import": f"{{% import {target!r} as x %}}",
        "extends": f"{{% extends {target!r} %}}",
    }[statement]
    (folder / "main.html.j2").write_text(PAGE.format(body=body), encoding="utf-8")
    out = tmp_path / "out.pdf"
    with pytest.raises(ExportError) as caught:
        export(folder, "main.html.j2", out)
    error = caught.value
    assert error.code == "template_forbidden"
    assert str(error).startswith("The template “main.html.j2” tried something templates may not")
    assert reason in str(error)
    assert repr(target) in str(error)
    assert "modèle «\u00a0main.html.j2\u00a0»" in error.message("fr")
    assert SECRET not in str(error)
    assert not out.exists()
    assert no_children_left()


def test_what_a_template_may_include_ends_in_the_pdf_and_nothing_else(
    folder: Path, tmp_path: Path
) -> None:
    (folder / "part.html").write_text("<p>From the partial beside it.</p>", encoding="utf-8")
    (folder / "style.css").write_text("p { color: #0072b2 }", encoding="utf-8")
    (folder / "macros.j2").write_text(
        "{% macro hello(name) %}<p>Hello {{ name }}</p>{% endmacro %}", encoding="utf-8"
    )
    body = (
        "<style>{% include 'style.css' %}</style>{% include 'part.html' %}"
        "{% from 'macros.j2' import hello %}{{ hello(who) }}"
        "{% from '_macros.html.j2' import cut %}{{ cut('bundled cut') }}"
        "{% include 'gone.html' ignore missing %}"
    )
    (folder / "main.html.j2").write_text(PAGE.format(body=body), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert export(folder, "main.html.j2", out) == 1
    from tests.unit.test_export_safety import _text

    text = _text(out)
    for words in ("From the partial beside it.", "Hello Élodie", "bundled cut", "After it."):
        assert words in text
    assert leaked(out) == []
    assert no_children_left()


def test_hidden_templates_are_not_offered(folder: Path) -> None:
    (folder / "ok.html.j2").write_text("x", encoding="utf-8")
    (folder / ".secret.html.j2").write_text("x", encoding="utf-8")
    (folder / "alias.html").symlink_to(folder / "ok.html.j2")
    # Hidden files and links leading out of the folder or to a hidden file are not listed.
    assert user_templates(folder) == ["alias.html", "ok.html.j2"]


@pytest.mark.parametrize("name", ["linked.html", "to-hidden.html", ".hidden.html"])
def test_a_link_or_hidden_file_as_the_template_itself_is_refused(
    folder: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out.pdf"
    with pytest.raises(ExportError) as caught:
        export(folder, name, out)
    assert caught.value.code == "template_missing"
    assert SECRET not in str(caught.value)
    assert not out.exists()


# -- Laying out a user template's pages: time, pages and memory are bounded. --

ENDLESS_PAGES = (
    "<html><body>{% for i in range(20000) %}"
    '<p style="break-after: page">Page {{ i }}</p>{% endfor %}</body></html>'
)


def _endless_pages_stopped(folder: Path, tmp_path: Path) -> ExportError:
    """Exports the endless-pages template: it must stop in time, write nothing, leave no child."""
    (folder / "pages.html.j2").write_text(ENDLESS_PAGES, encoding="utf-8")
    out = tmp_path / "out.pdf"
    started = time.monotonic()
    with pytest.raises(ExportError) as caught:
        export(folder, "pages.html.j2", out)
    assert time.monotonic() - started < 60
    assert not out.exists()
    assert no_children_left()
    return caught.value


def test_a_template_making_too_many_pages_is_stopped(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "PAGE_LIMIT", 40)
    error = _endless_pages_stopped(folder, tmp_path)
    assert error.code == "too_many_pages"
    assert str(error) == (
        "The template “pages.html.j2” makes more than 40 pages; the export was stopped."
    )
    assert "plus de 40\u00a0pages" in error.message("fr")


def test_the_default_limits_leave_room_for_a_catalogue(folder: Path, tmp_path: Path) -> None:
    # 100 personas make a 100-page catalogue; the full report about 31 pages.
    assert sandbox.PAGE_LIMIT >= 300
    assert sandbox.LAYOUT_SECONDS >= 120
    (folder / "catalogue.html.j2").write_text(
        "<html><body>{% for i in range(120) %}"
        '<section style="break-after: page"><h1>Persona {{ i }}</h1><p>{{ who }}</p></section>'
        "{% endfor %}</body></html>",
        encoding="utf-8",
    )
    assert export(folder, "catalogue.html.j2", tmp_path / "out.pdf") == 120
    assert no_children_left()


def test_a_layout_that_takes_too_long_is_stopped(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sandbox, "LAYOUT_SECONDS", 2.0)
    error = _endless_pages_stopped(folder, tmp_path)
    assert error.code == "layout_timeout"
    assert str(error) == (
        "Laying out the pages of the template “pages.html.j2” took longer than 2 s; it was stopped."
    )


def _too_much_memory(tmp_path: Path) -> ExportError:
    """The error of laying out 3,000 pages (about 330 MB resident, 0.1 MB a page)."""
    html = "<html><body>" + "<p style='break-after: page'>x</p>" * 3000 + "</body></html>"
    out = tmp_path / "out.pdf"
    with pytest.raises(ExportError) as caught:
        render_pdf(UntrustedHTML(html, "big.html"), out, title="", author="", lang="en")
    assert not out.exists()
    assert no_children_left()
    return caught.value


def test_a_layout_that_needs_too_much_memory_is_stopped_on_every_platform(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # No address-space cap, as on Windows: the parent's look at the child's memory stops it.
    monkeypatch.setattr(sandbox, "ADDRESS_SPACE_FACTOR", 0)
    monkeypatch.setattr(sandbox, "PAGE_LIMIT", 1_000_000)
    monkeypatch.setattr(sandbox, "LAYOUT_MEMORY_MB", 120)
    error = _too_much_memory(tmp_path)
    assert error.code == "layout_memory", str(error)
    assert str(error) == (
        "Laying out the pages of the template “big.html” needed more than 120 MB of memory; "
        "it was stopped."
    )


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the address-space cap needs POSIX rlimits")
def test_a_layout_past_its_address_space_is_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Address space runs ahead of resident memory: with a cap equal to the limit, the child's
    # own allocation fails first (laying out 1 page takes ~210 MB of it, 2,000 pages ~470 MB).
    monkeypatch.setattr(sandbox, "ADDRESS_SPACE_FACTOR", 1)
    monkeypatch.setattr(sandbox, "PAGE_LIMIT", 1_000_000)
    monkeypatch.setattr(sandbox, "LAYOUT_MEMORY_MB", 320)
    error = _too_much_memory(tmp_path)
    assert error.code in {"layout_memory", "template_crashed"}, str(error)
    if error.code == "layout_memory":
        assert "needed more than 320 MB of memory" in str(error)
    assert "big.html" in str(error)


def test_a_template_that_needs_too_much_memory_is_stopped_on_every_platform(
    folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A list of one-megabyte strings, grown a step at a time: 3 GB if nothing stopped it.
    monkeypatch.setattr(sandbox, "ADDRESS_SPACE_FACTOR", 0)
    monkeypatch.setattr(sandbox, "TEMPLATE_MEMORY_MB", 200)
    (folder / "hungry.html.j2").write_text(
        "{% set ns = namespace(kept=[]) %}{% for i in range(3000) %}"
        "{% set ns.kept = ns.kept + [('x' * 1000000) ~ i] %}{% endfor %}"
        "<p>{{ ns.kept|length }}</p>",
        encoding="utf-8",
    )
    out = tmp_path / "out.pdf"
    with pytest.raises(ExportError) as caught:
        export(folder, "hungry.html.j2", out)
    assert caught.value.code == "template_memory", str(caught.value)
    assert str(caught.value) == (
        "The template “hungry.html.j2” needed more than 200 MB of memory; it was stopped."
    )
    assert "plus de 200\u00a0Mo de mémoire" in caught.value.message("fr")
    assert not out.exists()
    assert no_children_left()


def test_progress_and_cancel_reach_through_the_layout_process(tmp_path: Path) -> None:
    html = UntrustedHTML(
        "<html><body>" + "<p style='break-after: page'>x</p>" * 3000 + "</body></html>", "t.html"
    )
    heard: list[tuple[str, float]] = []

    def cancelled() -> bool:
        return any(stage == "layout" and fraction > 0.3 for stage, fraction in heard)

    out = tmp_path / "out.pdf"
    with pytest.raises(ExportCancelled):
        render_pdf(
            html,
            out,
            title="",
            author="",
            lang="en",
            progress=lambda stage, fraction: heard.append((stage, fraction)),
            cancelled=cancelled,
        )
    assert [stage for stage, _ in heard][:2] == ["parse", "layout"]
    assert not out.exists()
    assert no_children_left()


def test_a_small_user_page_is_laid_out_with_progress(tmp_path: Path) -> None:
    heard: list[str] = []
    out = tmp_path / "out.pdf"
    pages = render_pdf(
        UntrustedHTML("<html><body><p>One page.</p></body></html>", "t.html"),
        out,
        title="T",
        author="",
        lang="en",
        progress=lambda stage, _fraction: heard.append(stage),
    )
    assert pages == 1
    assert out.read_bytes().startswith(b"%PDF")
    assert heard[-1] == "done"
    assert "layout" in heard


# -- Deep nesting: one clear line from the command line, no traceback, no matplotlib notes. --


def test_deep_nesting_ends_in_one_clear_line_from_the_cli(tmp_path: Path, demo_file: Path) -> None:
    # The demo has charts: the export imports matplotlib, which has notes to print here.
    (tmp_path / "w.pbw").write_bytes(demo_file.read_bytes())
    template = tmp_path / "deep.html.j2"
    template.write_text(
        "<html><body>" + "<div>" * 3000 + "deep" + "</div>" * 3000 + "</body></html>",
        encoding="utf-8",
    )
    env = dict(os.environ)
    env["PYTHONPATH"] = str(Path(personabuilder.__file__).resolve().parents[1])
    env["MPLCONFIGDIR"] = str(tmp_path / "not-a-folder.txt")  # matplotlib would complain
    (tmp_path / "not-a-folder.txt").write_text("", encoding="utf-8")
    result = subprocess.run(
        [
            *(sys.executable, "-m", "personabuilder", "export", str(tmp_path / "w.pbw")),
            *("--report", "-o", str(tmp_path / "deep.pdf"), "--template", str(template)),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=240,
        check=False,
    )
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "personabuilder: error: The page nests its elements more than 200 levels deep, "
        "which cannot be laid out; check the template’s loops and includes.\n"
    )
    assert not (tmp_path / "deep.pdf").exists()


def test_deep_nesting_in_process_is_refused_before_layout(tmp_path: Path) -> None:
    html = "<html><body>" + "<div>" * 1500 + "deep" + "</div>" * 1500 + "</body></html>"
    with pytest.raises(ExportError) as caught:
        render_pdf(html, tmp_path / "out.pdf", title="", author="", lang="en")
    assert caught.value.code == "too_deep"
    assert "200\u00a0niveaux" in caught.value.message("fr")


def test_the_sandboxes_leave_no_temporary_files(
    folder: Path, tmp_path: Path, system_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A child ends through os._exit or is killed: WeasyPrint's font folder (some 3 MB)
    # was never removed. The template's process and the layout's leave nothing now,
    # whether they finish or are stopped.
    (folder / "page.html.j2").write_text(
        "<html><body><p>{{ who }}</p></body></html>", encoding="utf-8"
    )
    html = render_user(folder, "page.html.j2", {"who": "Élodie"}, timeout=20)
    assert isinstance(html, UntrustedHTML)
    assert render_pdf(html, tmp_path / "page.pdf", title="", author="", lang="en") == 1
    assert list(system_temp.iterdir()) == []
    monkeypatch.setattr(sandbox, "PAGE_LIMIT", 40)
    assert _endless_pages_stopped(folder, tmp_path).code == "too_many_pages"
    assert list(system_temp.iterdir()) == []
