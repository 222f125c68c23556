"""The PDF engine: metadata, page sizes, fonts, French text, atomic writes, progress, cancel."""

import io
import re
import subprocess
import sys
import threading
from datetime import UTC, datetime
from pathlib import Path

import pypdf
import pytest

from personabuilder.export import engine as weasy_engine
from personabuilder.export import pdf as engine
from personabuilder.export.fonts import FACES, FONT_STACK
from personabuilder.export.pdf import (
    RESOURCE_SCHEME,
    ExportCancelled,
    ExportError,
    fonts_css,
    render_pdf,
    render_png_pages,
    resource_url,
)
from personabuilder.resources import templates_dir
from tests.tools import program

CLOCK = datetime(2026, 11, 15, 9, 30, tzinfo=UTC)
FRENCH = "Prix\u00a0: 12\u00a0€ HT, «\u00a0Élan\u00a0» – l’œuvre à ça ; déjà vu ! Où ? Naïve"
A4 = (595.28, 841.89)
A3_LANDSCAPE = (1190.55, 841.89)


def page_html(body: str, *, extra_css: str = "") -> str:
    return f"""<!doctype html>
<html><head><meta charset="utf-8"><style>
{fonts_css()}
@page report {{ size: A4; margin: 15mm; }}
@page poster {{ size: A3 landscape; margin: 10mm; }}
body {{ font-family: "PB Sans"; page: report; }}
.poster {{ page: poster; }}
{extra_css}
</style></head><body>{body}</body></html>"""


SIMPLE = page_html(
    f"<h1>Persona</h1><p>{FRENCH}</p><p><b>gras</b> <i>italique</i> <b><i>les deux</i></b></p>"
    '<section class="poster"><h2>Journey map</h2></section>'
)


def long_html(pages: int) -> str:
    paragraphs = "".join(f'<p style="break-after: page">Page {n}</p>' for n in range(pages))
    return page_html(paragraphs)


def render(tmp_path: Path, html: str = SIMPLE, **kwargs: object) -> Path:
    out = tmp_path / "out.pdf"
    options: dict[str, object] = {
        "title": "Onboarding — carte",
        "author": "Société Exemple",
        "lang": "fr",
        "created": CLOCK,
    }
    options.update(kwargs)
    render_pdf(html, out, **options)  # type: ignore[arg-type]
    return out


def text_of(path: Path) -> str:
    reader = pypdf.PdfReader(path)
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture(scope="module")
def simple_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return render(
        tmp_path_factory.mktemp("simple"),
        subject="Parcours client",
        keywords=("SaaS", "onboarding"),
    )


def test_metadata_is_read_back(simple_pdf: Path) -> None:
    reader = pypdf.PdfReader(simple_pdf)
    info = reader.metadata
    assert info is not None
    assert info["/Title"] == "Onboarding — carte"
    assert info["/Author"] == "Société Exemple"
    assert info["/Subject"] == "Parcours client"
    assert info["/Keywords"] == "SaaS, onboarding"
    assert info["/CreationDate"].startswith("D:20261115093000")
    assert info["/Creator"].startswith("PersonaBuilder")
    assert reader.trailer["/Root"]["/Lang"] == "fr"


def test_the_pdf_is_tagged(simple_pdf: Path) -> None:
    catalog = pypdf.PdfReader(simple_pdf).trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"].value is True


def test_named_pages_set_the_paper(simple_pdf: Path) -> None:
    sizes = [
        (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2))
        for page in pypdf.PdfReader(simple_pdf).pages
    ]
    assert sizes == [A4, A3_LANDSCAPE]


def _fonts(path: Path) -> dict[str, pypdf.generic.DictionaryObject]:
    found = {}
    for page in pypdf.PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            found[str(font["/BaseFont"])] = font
    return found


def test_the_bundled_fonts_are_embedded(simple_pdf: Path) -> None:
    fonts = _fonts(simple_pdf)
    families = sorted(name.split("+", 1)[1] for name in fonts)
    assert families == ["PB-Sans", "PB-Sans-Bold", "PB-Sans-Bold-Italic", "PB-Sans-Italic"]
    for font in fonts.values():
        descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor


def test_pdffonts_lists_only_our_fonts_all_embedded(simple_pdf: Path) -> None:
    listing = subprocess.run(
        [program("pdffonts"), str(simple_pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert len(listing) == 4
    for line in listing:
        assert "+PB-Sans" in line.split()[0]
        assert line.split()[-5] == "yes"  # the "emb" column


def test_french_text_comes_back_intact(simple_pdf: Path) -> None:
    assert FRENCH in text_of(simple_pdf)


def test_pdftotext_reads_the_french_text(simple_pdf: Path) -> None:
    text = subprocess.run(
        [program("pdftotext"), "-enc", "UTF-8", str(simple_pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # pdftotext writes no-break spaces as plain ones; pypdf (above) keeps them.
    assert FRENCH.replace("\u00a0", " ") in text


def test_a_file_object_receives_the_pdf() -> None:
    out = io.BytesIO()
    pages = render_pdf(SIMPLE, out, title="T", author="", lang="en", created=CLOCK)
    assert pages == 2
    assert out.getvalue().startswith(b"%PDF-")
    assert len(pypdf.PdfReader(io.BytesIO(out.getvalue())).pages) == 2


def test_the_page_count_is_returned(tmp_path: Path) -> None:
    assert render_pdf(long_html(5), tmp_path / "x.pdf", title="T", author="", lang="en") == 5


def test_the_same_input_gives_the_same_bytes(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    first = render(tmp_path / "a")
    second = render(tmp_path / "b")
    assert first.read_bytes() == second.read_bytes()


def test_progress_reports_stages_in_order(tmp_path: Path) -> None:
    events: list[tuple[str, float]] = []
    render(tmp_path, long_html(4), progress=lambda stage, f: events.append((stage, f)))
    stages = [stage for stage, _ in events]
    assert stages[0] == "parse"
    assert events[-1] == ("done", 1.0)
    assert {"layout", "write"} <= set(stages)
    assert stages.index("layout") < stages.index("write") < stages.index("done")
    fractions = [fraction for _, fraction in events]
    assert fractions == sorted(fractions)
    assert len([stage for stage in stages if stage == "layout"]) > 2  # one report per page


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    target = tmp_path / "deliverable.pdf"
    target.write_bytes(b"the previous export")
    return target


def assert_untouched(target: Path) -> None:
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


@pytest.mark.parametrize("stop_at", ["parse", "layout", "write"])
def test_cancelling_leaves_the_target_untouched(existing: Path, stop_at: str) -> None:
    seen: list[str] = []

    def cancelled() -> bool:
        return stop_at in seen

    with pytest.raises(ExportCancelled) as caught:
        render_pdf(
            long_html(3),
            existing,
            title="T",
            author="",
            lang="en",
            progress=lambda stage, _: seen.append(stage),
            cancelled=cancelled,
        )
    assert_untouched(existing)
    assert caught.value.code == "cancelled"
    assert seen[-1] == stop_at


def test_cancel_is_heard_between_pages(existing: Path) -> None:
    pages_seen: list[float] = []

    def progress(stage: str, fraction: float) -> None:
        if stage == "layout":
            pages_seen.append(fraction)

    with pytest.raises(ExportCancelled):
        render_pdf(
            long_html(40),
            existing,
            title="T",
            author="",
            lang="en",
            progress=progress,
            cancelled=lambda: len(pages_seen) >= 3,
        )
    assert len(pages_seen) == 3  # stopped in the middle of the layout, not at its end
    assert_untouched(existing)
    # The next export on this thread runs normally.
    assert render_pdf(long_html(2), existing, title="T", author="", lang="en") == 2


def test_cancelled_before_anything_happens(existing: Path) -> None:
    calls: list[str] = []
    with pytest.raises(ExportCancelled):
        render_pdf(
            SIMPLE,
            existing,
            title="T",
            author="",
            lang="en",
            progress=lambda stage, _: calls.append(stage),
            cancelled=lambda: True,
        )
    assert calls == []
    assert_untouched(existing)


def test_a_failing_render_leaves_the_target_untouched(
    existing: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint.document import Document

    def broken(self: object, *args: object, **kwargs: object) -> bytes:
        raise RuntimeError("disk of the mind is full")

    monkeypatch.setattr(Document, "write_pdf", broken)
    with pytest.raises(ExportError) as caught:
        render_pdf(SIMPLE, existing, title="T", author="", lang="en")
    assert caught.value.code == "render_failed"
    assert "disk of the mind is full" in str(caught.value)
    assert_untouched(existing)


def test_an_unwritable_target_is_an_export_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        render_pdf(SIMPLE, tmp_path / "missing" / "x.pdf", title="T", author="", lang="en")
    assert caught.value.code == "write_failed"
    assert "missing" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


def test_a_failing_pdf_ua_write_falls_back_to_tags(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from weasyprint.document import Document

    original = Document.write_pdf
    variants: list[object] = []

    def picky(self: object, *args: object, **kwargs: object) -> bytes:
        variants.append(kwargs.get("pdf_variant"))
        if kwargs.get("pdf_variant"):
            raise ValueError("variant not supported here")
        return original(self, *args, **kwargs)  # type: ignore[no-any-return]

    monkeypatch.setattr(Document, "write_pdf", picky)
    out = render(tmp_path)
    assert variants == ["pdf/ua-1", None]
    catalog = pypdf.PdfReader(out).trailer["/Root"]
    assert catalog["/MarkInfo"]["/Marked"].value is True
    assert "/StructTreeRoot" in catalog


def test_two_threads_get_their_own_progress(tmp_path: Path) -> None:
    reports: dict[str, list[str]] = {"a": [], "b": []}
    failures: list[Exception] = []

    def work(key: str, pages: int) -> None:
        try:
            render_pdf(
                long_html(pages),
                tmp_path / f"{key}.pdf",
                title=key,
                author="",
                lang="en",
                progress=lambda stage, _: reports[key].append(stage),
            )
        except Exception as exc:  # noqa: BLE001 - the main thread reports it
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(k, n)) for k, n in (("a", 3), ("b", 6))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    # Each export heard its own pages: one layout report per page, none of the other's.
    assert reports["a"].count("layout") == 1 + 3
    assert reports["b"].count("layout") == 1 + 6


def test_resource_urls_stay_inside_their_folders() -> None:
    assert resource_url("fonts/DejaVuSans.ttf") == f"{RESOURCE_SCHEME}:fonts/DejaVuSans.ttf"
    assert resource_url("templates/poster.css") == f"{RESOURCE_SCHEME}:templates/poster.css"
    for bad in ("../x", "fonts/../../x", "/etc/passwd", "", "fonts//x", "C:/x", "a\\b"):
        with pytest.raises(ValueError, match="not a path"):
            resource_url(bad)


def test_fonts_css_declares_four_faces_of_one_family() -> None:
    css = fonts_css("Déjà vu")
    assert css.count("@font-face") == 4
    assert css.count('font-family: "PB Sans"') == 4
    for name in ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"):
        assert f'url("{resource_url(f"fonts/{name}.ttf")}")' in css


def test_fonts_css_adds_the_fallback_faces_a_text_needs() -> None:
    everything = fonts_css()
    for family in ("PB Hebrew", "PB Arabic", "PB CJK", "PB Emoji"):
        assert f'font-family: "{family}"' in everything
    assert "unicode-range: U+590-5FF" in everything
    # ✓ and → are DejaVu Sans' own: no emoji font for them; 🚀 needs it.
    assert "PB Emoji" not in fonts_css("✓ → ©")
    assert "PB Emoji" in fonts_css("Launch 🚀")
    needed = fonts_css("שלום 中文")
    assert '"PB Hebrew"' in needed
    assert '"PB CJK"' in needed
    assert '"PB Arabic"' not in needed


def test_the_templates_stylesheet_names_the_same_fonts_as_the_engine() -> None:
    css = (templates_dir() / "base.css").read_text("utf-8")
    declared = re.search(r"font-family:\s*([^;]*);", css)
    assert declared is not None
    assert " ".join(declared.group(1).split()) == FONT_STACK
    # Every bundled face's family is in the stack, each once.
    families = re.findall(r'"([^"]+)"', FONT_STACK)
    assert len(families) == len(set(families))
    assert {face.family for face in FACES} <= set(families)


def test_a_template_without_fonts_still_gets_ours(tmp_path: Path) -> None:
    out = tmp_path / "bare.pdf"
    render_pdf("<p>Déjà 3\u00a0€</p>", out, title="T", author="", lang="fr")
    assert {name.split("+", 1)[1] for name in _fonts(out)} == {"PB-Sans"}


def test_error_messages_exist_in_french_with_french_typography() -> None:
    error = ExportError(code="timeout", name="poster.html.j2", seconds="2.5")
    assert str(error) == "The template “poster.html.j2” took longer than 2.5 s; it was stopped."
    assert error.message("fr") == (
        "Le modèle «\u00a0poster.html.j2\u00a0» a pris plus de 2,5\u00a0s\u00a0; il a été arrêté."
    )
    located = ExportError(code="template_error", name="a.html", line=4, detail="boom")
    assert str(located) == "The template “a.html” failed (line 4): boom"
    assert located.message("fr") == "Le modèle «\u00a0a.html\u00a0» a échoué (ligne 4)\u00a0: boom"
    for code in engine._MESSAGES:
        french = ExportError(code=code, name="n", detail="d", path="p").message("fr")
        # A no-break space before the colon and the semicolon, never a plain one.
        assert " :" not in french
        assert " ;" not in french
    assert ExportError("free text").message("fr") == "free text"


def test_png_previews_one_file_a_page(tmp_path: Path) -> None:
    program("pdftoppm")
    pages = render_png_pages(SIMPLE, tmp_path / "previews", resolution=20)
    assert [p.name for p in pages] == ["page-001.png", "page-002.png"]
    for page in pages:
        assert page.read_bytes().startswith(b"\x89PNG")


def test_png_previews_without_pdftoppm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine.shutil, "which", lambda _name: None)
    with pytest.raises(ExportError) as caught:
        render_png_pages(SIMPLE, tmp_path)
    assert caught.value.code == "no_pdftoppm"
    assert "pdftoppm" in caught.value.message("fr")


def test_importing_the_engine_does_not_load_weasyprint() -> None:
    code = (
        "import sys, personabuilder.export.pdf, personabuilder.export.templating, "
        "personabuilder.export.sandbox; print('weasyprint' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_bundled_stylesheets_load_through_the_fetcher(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "a5.css").write_text("@page { size: A5 landscape; }", encoding="utf-8")
    monkeypatch.setattr(weasy_engine, "templates_dir", lambda: templates)
    html = f'<link rel="stylesheet" href="{resource_url("templates/a5.css")}"><p>x</p>'
    out = tmp_path / "a5.pdf"
    render_pdf(html, out, title="T", author="", lang="en")
    box = pypdf.PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 420)
