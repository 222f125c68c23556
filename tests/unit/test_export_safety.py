"""Hostile data and hostile templates: real PDFs read back, a live server that must hear nothing."""

import http.server
import multiprocessing
import subprocess
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import jinja2
import pypdf
import pytest
from markupsafe import Markup

from personabuilder.export import engine as weasy_engine
from personabuilder.export import pdf as engine
from personabuilder.export import templating
from personabuilder.export.pdf import (
    ExportCancelled,
    ExportError,
    locked_fetcher,
    render_pdf,
    resource_url,
)
from personabuilder.export.templating import (
    SafeSVG,
    decode_context,
    encode_context,
    environment,
    render_user,
    safe_svg,
)
from tests.tools import program

PASSWD = Path("/etc/passwd")
SECRET = "TOP-SECRET-7f3a9c-DO-NOT-SHIP"


@dataclass
class Server:
    """A local HTTP server that notes every request."""

    port: int
    requests: list[str]

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}/{path}"


@pytest.fixture
def server() -> Iterator[Server]:
    requests: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            requests.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.end_headers()
            self.wfile.write(b"body { color: red }")

        def log_message(self, format: str, *args: object) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(httpd.server_address[1], requests)
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@pytest.fixture
def secret_file(tmp_path: Path) -> Path:
    path = tmp_path / "secret.txt"
    path.write_text(f"{SECRET}\n", encoding="utf-8")
    return path


def _text(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    text += subprocess.run(
        [program("pdftotext"), "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text


def embedded_things(path: Path) -> list[str]:
    """Everything in a PDF that carries another file or points outside it."""
    reader = pypdf.PdfReader(path)
    found = []
    names = reader.trailer["/Root"].get("/Names")
    if names is not None and "/EmbeddedFiles" in names.get_object():
        found.append("/EmbeddedFiles")
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/FileAttachment":
                found.append("/FileAttachment")
            uri = annotation.get("/A", {}).get("/URI")
            if uri is not None and not str(uri).startswith(("http:", "https:", "mailto:")):
                found.append(f"link to {uri}")
    raw = path.read_bytes()
    found += [
        f"raw {word}" for word in ("/EmbeddedFile", "/FileAttachment") if word.encode() in raw
    ]
    return found


def leaked(path: Path) -> list[str]:
    """Signs that a local file made it into the PDF."""
    signs = embedded_things(path)
    text = _text(path)
    if SECRET in text or SECRET.encode() in path.read_bytes():
        signs.append("the secret file's text")
    if PASSWD.exists() and "root:x:0" in text:
        signs.append("/etc/passwd's text")
    return signs


def pdf_of(html: str, tmp_path: Path, name: str = "out.pdf") -> Path:
    out = tmp_path / name
    render_pdf(html, out, title="Safety", author="Tests", lang="en")
    return out


# -- The detectors can fail: WeasyPrint's own fetcher leaks what ours must not. --


def test_the_detectors_see_what_the_default_fetcher_leaks(
    tmp_path: Path, secret_file: Path, server: Server
) -> None:
    import weasyprint

    html = (
        f'<a rel="attachment" href="{secret_file.as_uri()}">notes</a>'
        f'<link rel="stylesheet" href="{server.url("x.css")}">'
    )
    out = tmp_path / "default.pdf"
    weasyprint.HTML(string=html).write_pdf(out)
    assert "/FileAttachment" in leaked(out)
    assert server.requests == ["/x.css"]


# -- Hostile data in a bundled-style template: shown as text, fetches nothing. --


def hostile_strings(server: Server, secret: Path) -> list[str]:
    return [
        f'<img src="{PASSWD.as_uri()}">',
        f'<img src="{secret.as_uri()}">',
        f'<link rel="stylesheet" href="{server.url("data.css")}">',
        f'<a rel="attachment" href="{PASSWD.as_uri()}">passwd</a>',
        f'<a rel="attachment" href="{secret.as_uri()}">secret</a>',
        '<object data="file:///etc/hostname"></object>',
        f'"><style>@import "{server.url("import.css")}"; '
        f"body {{ background: url({secret.as_uri()}) }}</style>",
        f'<style>p {{ background: url(file:///etc/passwd) }}</style><p style="background: url('
        f'{server.url("inline.png")})">x</p>',
        f'<svg><image href="{PASSWD.as_uri()}"/><image href="{server.url("svg.png")}"/></svg>',
        "<script>document.write('<img src=http://127.0.0.1/x>')</script>",
        "{{ 7 * 7 }} {% include 'x' %}",
    ]


BUNDLED_STYLE = jinja2.DictLoader(
    {
        "notes.html.j2": (
            '<!doctype html><html lang="{{ lang }}"><head><style>{{ fonts_css() }}</style>'
            "</head><body><h1>{{ name }}</h1>"
            '<p class="notes" title="{{ notes }}">{{ notes }}</p>'
            '<a href="{{ notes }}">link</a><img alt="{{ notes }}" src="{{ notes }}">'
            "</body></html>"
        )
    }
)


def test_the_bundled_environment_escapes_and_is_strict() -> None:
    env = environment()
    assert env.autoescape is True  # set outright: select_autoescape misses .j2 names
    assert env.undefined is jinja2.StrictUndefined
    assert isinstance(env.loader, jinja2.FileSystemLoader)
    assert "svg" in env.filters
    with pytest.raises(jinja2.UndefinedError):
        env.from_string("{{ missing }}").render()


def test_hostile_data_is_plain_text_and_fetches_nothing(
    tmp_path: Path, secret_file: Path, server: Server
) -> None:
    env = environment().overlay(loader=BUNDLED_STYLE)
    strings = hostile_strings(server, secret_file)
    for index, hostile in enumerate(strings):
        html = env.get_template("notes.html.j2").render(name="Persona", notes=hostile, lang="en")
        body = html.split("<body>", 1)[1]
        assert hostile not in body
        for tag in ("<script", "<svg", "<style", '<img src="file', "<link", "<object"):
            assert tag not in body, tag
        out = pdf_of(html, tmp_path, f"hostile-{index}.pdf")
        assert leaked(out) == [], hostile
        text = _text(out)
        # The hostile markup is printed, as text, whole (pdftotext may break long lines).
        squeezed = "".join(text.split())
        assert "".join(hostile.split()) in squeezed, hostile
    assert server.requests == []


def test_hostile_data_through_a_rendered_bundled_template_file(
    tmp_path: Path, secret_file: Path, server: Server
) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "t.html.j2").write_text(BUNDLED_STYLE.mapping["notes.html.j2"], encoding="utf-8")
    env = environment()
    own = jinja2.Environment(
        loader=jinja2.FileSystemLoader(folder),
        autoescape=env.autoescape,
        undefined=env.undefined,
    )
    templating.add_helpers(own)
    hostile = f'<a rel="attachment" href="{secret_file.as_uri()}">x</a>'
    html = own.get_template("t.html.j2").render(name="P", notes=hostile, lang="fr")
    out = pdf_of(html, tmp_path)
    assert leaked(out) == []
    assert server.requests == []


# -- A hostile template (not just data): the fetcher refuses everything it points at. --


def test_a_template_that_reaches_out_gets_nothing(
    tmp_path: Path, secret_file: Path, server: Server
) -> None:
    secret = secret_file.as_uri()
    html = f"""<!doctype html><html><head>
<base href="file:///etc/">
<link rel="stylesheet" href="{server.url("link.css")}">
<link rel="stylesheet" href="{secret}">
<link rel="attachment" href="{PASSWD.as_uri()}">
<link rel="attachment" href="{secret}">
<style>
@import url({PASSWD.as_uri()});
@import "{server.url("import.css")}";
@font-face {{ font-family: Remote; src: url({server.url("font.ttf")}); }}
body {{ background: url({secret}); font-family: Remote; }}
h1 {{ background-image: url({server.url("bg.png")}); }}
</style></head><body>
<h1>Template</h1>
<img src="{PASSWD.as_uri()}"><img src="{secret}"><img src="passwd"><img src="/etc/passwd">
<img src="{server.url("img.png")}">
<object data="file:///etc/hostname"></object><embed src="{secret}">
<iframe src="{secret}"></iframe>
<a rel="attachment" href="{PASSWD.as_uri()}">passwd</a>
<a rel="attachment" href="{secret}" download="notes.txt">secret</a>
<a href="{secret}">a local link</a>
<svg width="50" height="50"><image href="{secret}" width="50" height="50"/>
<image href="{server.url("svg.png")}" width="50" height="50"/></svg>
<video src="{server.url("v.mp4")}"></video>
</body></html>"""
    out = pdf_of(html, tmp_path)
    assert leaked(out) == []
    assert server.requests == []
    assert "Template" in _text(out)


def test_attachments_are_dropped_even_from_data_urls(tmp_path: Path) -> None:
    html = (
        '<link rel="attachment" href="data:text/plain,hello">'
        '<a rel="attachment" href="data:text/plain,world">file</a>'
    )
    assert embedded_things(pdf_of(html, tmp_path)) == []


def test_web_links_are_kept(tmp_path: Path) -> None:
    out = pdf_of(
        '<a href="https://example.org/">site</a> <a href="mailto:a@b.c">mail</a>', tmp_path
    )
    uris = [
        str(annotation.get_object()["/A"]["/URI"])
        for page in pypdf.PdfReader(out).pages
        for annotation in page.get("/Annots") or []
    ]
    assert sorted(uris) == ["https://example.org/", "mailto:a@b.c"]


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "http://127.0.0.1:9/x.css",
        "https://example.org/x.png",
        "ftp://example.org/x",
        "/etc/passwd",
        "passwd",
        "javascript:alert(1)",
        f"{engine.RESOURCE_SCHEME}:../pyproject.toml",
        f"{engine.RESOURCE_SCHEME}:fonts/../../pyproject.toml",
        f"{engine.RESOURCE_SCHEME}:fonts/%2e%2e/%2e%2e/pyproject.toml",
        f"{engine.RESOURCE_SCHEME}:templates/../../pyproject.toml",
        f"{engine.RESOURCE_SCHEME}:/etc/passwd",
        f"{engine.RESOURCE_SCHEME}:%2Fetc%2Fpasswd",
        f"{engine.RESOURCE_SCHEME}:fonts\\..\\..\\pyproject.toml",
        f"{engine.RESOURCE_SCHEME}:fonts/missing.ttf",
        f"{engine.RESOURCE_SCHEME}:fonts",
        f"{engine.RESOURCE_SCHEME}:",
        f"{engine.RESOURCE_SCHEME}://etc/passwd",
    ],
)
def test_the_fetcher_refuses(url: str) -> None:
    fetcher = locked_fetcher()
    with pytest.raises(engine.RefusedURL):
        fetcher.fetch(url)
    assert fetcher.refused == [url]


def test_the_fetcher_serves_our_files_and_data_urls() -> None:
    fetcher = locked_fetcher()
    font = fetcher.fetch(resource_url("fonts/DejaVuSans.ttf"))
    assert font.read()[:4] == b"\x00\x01\x00\x00"  # a TrueType file
    data = fetcher.fetch("data:text/css;base64,Ym9keXt9")
    assert (data.read(), data.content_type) == (b"body{}", "text/css")
    plain = fetcher.fetch("data:,a%20b")
    assert plain.read() == b"a b"
    assert fetcher.refused == []


def test_a_symbolic_link_out_of_the_resources_is_refused(
    tmp_path: Path, secret_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    resources = tmp_path / "resources"
    resources.mkdir()
    (resources / "inside.css").write_text("p {}", encoding="utf-8")
    (resources / "outside.css").symlink_to(secret_file)
    monkeypatch.setattr(weasy_engine, "resources_dir", lambda: resources)
    fetcher = locked_fetcher()
    assert fetcher.fetch(resource_url("inside.css")).read() == b"p {}"
    with pytest.raises(engine.RefusedURL):
        fetcher.fetch(resource_url("outside.css"))


# -- SVG markup: only our cleaned charts become markup. --

HOSTILE_SVG = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
     width="100" height="40" onload="alert(1)">
<script>alert(2)</script>
<style>@import url(http://127.0.0.1:9/a.css); rect {{ fill: red }}</style>
<defs><path id="glyph" d="M0 0 L10 10"/></defs>
<use xlink:href="#glyph" onclick="steal()"/>
<image xlink:href="{PASSWD.as_uri()}" width="10" height="10"/>
<image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
<image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="1" height="1"/>
<a href="https://example.org"><rect width="5" height="5" style="fill: url(file:///x)"/></a>
<rect width="5" height="5" fill="url(#glyph)"/>
<foreignObject><img xmlns="http://www.w3.org/1999/xhtml" src="file:///etc/passwd"/></foreignObject>
<text x="1" y="30">Taux d’activation</text>
</svg>"""


def test_safe_svg_keeps_drawing_and_drops_everything_active() -> None:
    cleaned = safe_svg(HOSTILE_SVG)
    assert isinstance(cleaned, SafeSVG)
    assert cleaned.startswith("<svg")
    for gone in ("script", "onload", "onclick", "file:", "@import", "foreignObject", "127.0.0.1"):
        assert gone not in cleaned, gone
    assert "image/svg+xml" not in cleaned
    assert "example.org" not in cleaned
    for kept in (
        'xlink:href="#glyph"',
        'fill="url(#glyph)"',
        "data:image/png",
        "Taux d’activation",
    ):
        assert kept in cleaned, kept


def test_safe_svg_refuses_what_is_not_svg() -> None:
    for bad in ("<p>hi</p>", "hello", "<svg", '<!DOCTYPE x [<!ENTITY a "b">]><svg/>'):
        with pytest.raises(ValueError, match="SVG markup"):
            safe_svg(bad)


def test_the_svg_filter_takes_only_safe_svg() -> None:
    env = environment()
    chart = safe_svg('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>')
    assert "<svg" in env.from_string("{{ c|svg }}").render(c=chart)
    # Without the filter the chart is escaped text: marking it is a deliberate act.
    assert "&lt;svg" in env.from_string("{{ c }}").render(c=chart)
    for impostor in ("<svg onload='x()'/>", Markup("<svg/>"), chart.replace("rect", "rect")):
        with pytest.raises(jinja2.exceptions.SecurityError):
            env.from_string("{{ c|svg }}").render(c=impostor)


def test_svg_survives_the_trip_to_the_sandbox_and_is_cleaned_again() -> None:
    context = {"charts": [safe_svg('<svg xmlns="http://www.w3.org/2000/svg"/>')], "n": 1}
    text = encode_context(context)
    assert '"__svg__"' in text
    back = decode_context(text)
    assert type(back["charts"][0]) is SafeSVG
    forged = decode_context('{"c": {"__svg__": "<svg onload=\\"x()\\"><script>1</script></svg>"}}')
    assert forged["c"] == "<svg/>"
    assert type(forged["c"]) is SafeSVG


def test_contexts_must_be_plain_data() -> None:
    for bad in ({"x": object()}, {"x": {1: "a"}}, {"x": {"y": Path("/etc")}}):
        with pytest.raises(ExportError) as caught:
            encode_context(bad)
        assert caught.value.code == "bad_context"


# -- User templates in the sandbox process. --


@pytest.fixture
def user_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "my templates"
    folder.mkdir()
    return folder


def write(folder: Path, name: str, text: str) -> str:
    (folder / name).write_text(text, encoding="utf-8")
    return name


def no_children_left() -> bool:
    return multiprocessing.active_children() == []


def test_user_templates_are_listed(user_folder: Path) -> None:
    for name in ("b.html.j2", "a.html", "notes.txt", "c.j2"):
        write(user_folder, name, "x")
    (user_folder / "sub.html").mkdir()
    assert templating.user_templates(user_folder) == ["a.html", "b.html.j2"]
    assert templating.user_templates(user_folder / "nowhere") == []


def test_a_user_template_renders_escaped_in_the_sandbox(user_folder: Path) -> None:
    write(user_folder, "base.html.j2", "<main>{% block body %}{% endblock %}</main>")
    name = write(
        user_folder,
        "mine.html.j2",
        '{% extends "base.html.j2" %}{% block body %}<h1>{{ persona.name }}</h1>'
        "{{ chart|svg }}<style>{{ fonts_css() }}</style>{% endblock %}",
    )
    chart = safe_svg('<svg xmlns="http://www.w3.org/2000/svg" onload="x()"><rect/></svg>')
    html = render_user(
        user_folder, name, {"persona": {"name": "<b>Élodie</b>"}, "chart": chart}, timeout=10
    )
    assert html.startswith("<main><h1>&lt;b&gt;Élodie&lt;/b&gt;</h1><svg")
    assert "onload" not in html
    assert resource_url("fonts/DejaVuSans.ttf") in html
    assert no_children_left()


ATTACKS = {
    "mro.html.j2": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals.html.j2": "{{ cycler.__init__.__globals__ }}",
    "lipsum.html.j2": "{{ lipsum.__globals__['os'] }}",
    "self.html.j2": "{{ self.__dict__ }}",
    "private.html.j2": "{{ persona._sa_instance_state }}{{ range.__name__ }}",
    "format.html.j2": "{{ '{0.__class__.__mro__}'.format(persona) }}",
    "mutate.html.j2": "{% set x = persona.tags.append('pwned') %}{{ persona.tags }}",
    "range.html.j2": "{% for x in range(10**9) %}{{ x }}{% endfor %}",
    "repeat.html.j2": "{{ 'A' * 10**9 }}",
    "power.html.j2": "{{ 7 ** 999999 }}",
    "include.html.j2": "{% include '../outside.html' %}",
    "undefined.html.j2": "line one\n{{ nobody.knows }}",
    "svg.html.j2": "{{ persona.name|svg }}",
    "syntax.html.j2": "line one\nline two\n{% for %}",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_user_template_attacks_end_in_an_export_error(
    user_folder: Path, name: str, tmp_path: Path
) -> None:
    (tmp_path / "outside.html").write_text(SECRET, encoding="utf-8")
    write(user_folder, name, ATTACKS[name])
    context = {"persona": {"name": "<svg onload=x>", "tags": ["a"]}}
    with pytest.raises(ExportError) as caught:
        render_user(user_folder, name, context, timeout=10)
    error = caught.value
    assert name in str(error)
    assert name in error.message("fr")
    for leak in ("<class", "<function", "<module", "pwned", SECRET, "__builtins__"):
        assert leak not in str(error), leak
    assert error.code in {
        "template_forbidden",
        "template_error",
        "template_syntax",
        "template_undefined",
    }
    assert no_children_left()


def test_sandbox_errors_say_where(user_folder: Path) -> None:
    write(user_folder, "syntax.html.j2", ATTACKS["syntax.html.j2"])
    with pytest.raises(ExportError) as caught:
        render_user(user_folder, "syntax.html.j2", {}, timeout=10)
    assert (caught.value.code, caught.value.params["line"]) == ("template_syntax", "3")
    assert "(line 3)" in str(caught.value)
    write(user_folder, "undefined.html.j2", ATTACKS["undefined.html.j2"])
    with pytest.raises(ExportError) as caught:
        render_user(user_folder, "undefined.html.j2", {}, timeout=10)
    assert "(ligne 2)" in caught.value.message("fr")
    write(user_folder, "mro.html.j2", ATTACKS["mro.html.j2"])
    with pytest.raises(ExportError) as caught:
        render_user(user_folder, "mro.html.j2", {}, timeout=10)
    assert caught.value.code == "template_forbidden"


def test_a_symbolic_link_out_of_the_user_folder_is_not_read(
    user_folder: Path, secret_file: Path
) -> None:
    (user_folder / "linked.html").symlink_to(secret_file)
    write(user_folder, "main.html.j2", "{% include 'linked.html' %}")
    with pytest.raises(ExportError) as caught:
        render_user(user_folder, "main.html.j2", {}, timeout=10)
    assert SECRET not in str(caught.value)


def test_an_endless_template_is_stopped(user_folder: Path) -> None:
    name = write(
        user_folder,
        "endless.html.j2",
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    )
    with pytest.raises(ExportError) as caught:
        render_user(user_folder, name, {}, timeout=2)
    assert caught.value.code == "timeout"
    assert str(caught.value) == (
        "The template “endless.html.j2” took longer than 2 s; it was stopped."
    )
    assert no_children_left()


def test_a_missing_user_template(user_folder: Path) -> None:
    with pytest.raises(ExportError) as caught:
        render_user(user_folder, "../secret.txt", {}, timeout=10)
    assert caught.value.code == "template_missing"
    assert no_children_left()


def test_cancelling_stops_a_running_user_template(user_folder: Path) -> None:
    name = write(
        user_folder,
        "slow.html.j2",
        "{% for a in range(100000) %}{% for b in range(100000) %}{% endfor %}{% endfor %}",
    )
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 3

    with pytest.raises(ExportCancelled):
        render_user(user_folder, name, {}, timeout=60, cancelled=cancelled)
    assert len(asked) == 4
    assert no_children_left()
