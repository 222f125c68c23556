"""The three PDF deliverables: golden HTML, every PDF read back, long content never lost.

Golden files live in tests/reference/; ``PB_UPDATE_GOLDEN=1 pytest ...`` rewrites them.
Chart SVGs are compared by the words they show, not their paths (see ``_normalise``).
"""

import difflib
import io
import json
import os
import re
import subprocess
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from personabuilder.export import context as ctx
from personabuilder.export import deliverables, poster
from personabuilder.export.context import OutcomeItem, WorkshopOutcome
from personabuilder.export.pdf import ExportCancelled, render_pdf
from personabuilder.export.templating import encode_context, render_bundled
from personabuilder.model import Archetype, CaptureKind, Evidence, LaneKind
from personabuilder.services import Services
from personabuilder.services.branding import Branding
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace
from tests.conftest import DEMO_DAY
from tests.tools import program

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
REFERENCE = Path(__file__).resolve().parent.parent / "reference"
TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
# Page sizes in PDF points (1/72 inch).
A4_PORTRAIT = (595.28, 841.89)
LANDSCAPE = {"A4": (841.89, 595.28), "A3": (1190.55, 841.89), "A2": (1683.78, 1190.55)}
OUTCOMES = (
    WorkshopOutcome(
        journey="SaaS customer journey",
        title="Kick-off workshop",
        held_on=date(2026, 10, 20),
        items=(
            OutcomeItem("Awareness", CaptureKind.PAIN_POINT, "Nobody owns the problem", 3),
            OutcomeItem("Trial & first experience", CaptureKind.IDEA, "Sample data on day one", 7),
            OutcomeItem("Awareness", CaptureKind.IDEA, "A maturity self-check", 4),
            OutcomeItem("", CaptureKind.PARKING, "Pricing for charities", 0),
        ),
    ),
)


# Helpers -----------------------------------------------------------------------------------


def _chart_words(match: re.Match[str]) -> str:
    words = " ".join(re.sub(r"<[^>]+>", " ", match.group(0)).split())
    return f"<svg data-chart>{words}</svg>"


def _normalise(html: str) -> str:
    """The HTML with each chart (matplotlib's or a small trend) reduced to the words it shows."""
    chart = r'<svg\b[^>]*>(?:(?!</svg>).)*?id="figure_1".*?</svg>'
    html = re.sub(chart, _chart_words, html, flags=re.S)
    small = r'(?<=<figure class="chart small">)<svg\b.*?</svg>'
    return re.sub(small, _chart_words, html, flags=re.S)


def _check_golden(name: str, html: str) -> None:
    path = REFERENCE / name
    text = _normalise(html)
    if os.environ.get("PB_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    assert path.exists(), f"no golden file {path}; run with PB_UPDATE_GOLDEN=1 to write it"
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = difflib.unified_diff(
            expected.splitlines(), text.splitlines(), "golden", "now", lineterm="", n=1
        )
        pytest.fail(f"{name} differs from its golden file:\n" + "\n".join(list(diff)[:60]))


def _page_texts(pdf: Path, *, raw: bool = True) -> list[str]:
    """Text of each page, by pdftotext.

    ``raw`` keeps WeasyPrint's drawing order: a cell's words stay together even when narrow
    columns share a line; without it, lines read across the page (dotted leaders).
    """
    out = subprocess.run(
        [program("pdftotext"), *(["-raw"] if raw else []), "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=120,
    ).stdout.decode("utf-8")
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def _squash(text: str) -> str:
    """Text without spaces, line breaks and hyphens: words split across lines join again."""
    return re.sub(r"[\s\-\u00ad\u2010]+", "", text)


def _sizes(reader: PdfReader) -> list[tuple[float, float]]:
    return [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]


def _fonts(resources: DictionaryObject | None, seen: set[int]) -> list[DictionaryObject]:
    """Every font dictionary reachable from ``resources``, in forms (charts) too."""
    if resources is None or id(resources) in seen:
        return []
    seen.add(id(resources))
    found: list[DictionaryObject] = []
    fonts = resources.get("/Font")
    if fonts is not None:
        found += [fonts[name].get_object() for name in fonts.get_object()]
    xobjects = resources.get("/XObject")
    if xobjects is not None:
        for name in xobjects.get_object():
            xobject = xobjects[name].get_object()
            inner = xobject.get("/Resources")
            found += _fonts(inner.get_object() if inner is not None else None, seen)
    return found


def _unembedded_fonts(reader: PdfReader) -> list[str]:
    missing, names = [], set()
    for page in reader.pages:
        resources = page.get("/Resources")
        for font in _fonts(resources.get_object() if resources else None, set()):
            names.add(str(font.get("/BaseFont")))
            if font.get("/Subtype") == "/Type3":
                continue  # glyphs drawn by the PDF itself
            descriptor_owner = font
            if font.get("/Subtype") == "/Type0":
                descriptor_owner = font["/DescendantFonts"][0].get_object()
            descriptor = descriptor_owner.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")):
                missing.append(str(font.get("/BaseFont")))
    assert names, "the PDF names no font at all"
    return missing


def _read_back(pdf: Path, pages: int, size: tuple[float, float]) -> list[str]:
    """Checks page count, page size and embedded fonts; returns each page's text."""
    reader = PdfReader(pdf)
    assert len(reader.pages) == pages
    for width, height in _sizes(reader):
        assert width == pytest.approx(size[0], abs=0.5)
        assert height == pytest.approx(size[1], abs=0.5)
    assert _unembedded_fonts(reader) == []
    return _page_texts(pdf)


def _png(colour: str = "#009E73") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (24, 24), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def demo(demo_workspace: Workspace) -> Services:
    return Services.bind(demo_workspace)


def _first_journey(services: Services) -> uuid.UUID:
    return services.listing.journeys()[0].id


def _small_map(services: Services, *, personas: tuple[uuid.UUID, ...] = ()) -> uuid.UUID:
    """A map of three stages and two lanes, no metrics: quick to export."""
    return services.journeys.create(
        JourneySpec(
            title="Onboarding in three steps",
            persona_ids=personas,
            stages=(StageSpec("Sign-up"), StageSpec("First week"), StageSpec("First month")),
            lanes=(LaneSpec(LaneKind.TEXT, "Actions"), LaneSpec(LaneKind.PAIN_POINTS, "Pains")),
            cells={(0, 0): CellSpec(text="Creates an account", evidence=Evidence.ASSUMPTION)},
        )
    )


# Golden HTML ---------------------------------------------------------------------------------


def test_poster_html_matches_its_golden_file(demo: Services) -> None:
    html = deliverables.build_html("poster", demo, journey_id=_first_journey(demo), clock=CLOCK)
    _check_golden("poster.html", html)


def test_persona_html_matches_its_golden_file(demo: Services) -> None:
    ids = [p.id for p in demo.listing.personas()]
    html = deliverables.build_html("persona", demo, persona_ids=ids, clock=CLOCK)
    _check_golden("persona.html", html)


def test_report_html_matches_its_golden_file_and_its_pdf_reads_back(
    demo: Services, tmp_path: Path
) -> None:
    html = deliverables.build_html("report", demo, outcomes=OUTCOMES, clock=CLOCK)
    _check_golden("report.html", html)
    pdf = tmp_path / "report.pdf"
    pages = render_pdf(html, pdf, title="Report", author="", lang="en")
    assert pages > 10
    texts = _read_back(pdf, pages, A4_PORTRAIT)
    everything = _squash("".join(texts))
    for name in ("Helen Whitaker", "Daniel Osei", "Priya Nair", "Kick-off workshop"):
        assert _squash(name) in everything
    for summary in demo.listing.journeys():
        for stage in demo.journeys.get(summary.id).stages:
            assert _squash(stage.name) in everything
    # The contents' page numbers (target-counter) lead to the right pages.
    contents = _page_texts(pdf, raw=False)[1]
    for journey in demo.listing.journeys():
        found = re.search(re.escape(journey.title) + r"[ .]*?(\d+)\s*$", contents, re.M)
        assert found, f"{journey.title} is not in the contents"
        assert _squash(journey.title) in _squash(texts[int(found.group(1)) - 1])
    # Running headers and page numbers on the pages after the cover.
    assert f"3 / {pages}" in texts[2]
    assert "Personas" in texts[3]


# PDFs read back ------------------------------------------------------------------------------


@pytest.mark.parametrize("paper", ["A4", "A3", "A2"])
def test_poster_prints_every_stage_on_the_sheets_it_plans(
    demo: Services, tmp_path: Path, paper: deliverables.Paper
) -> None:
    journey_id = _first_journey(demo)
    detail = demo.journeys.get(journey_id)
    plan = deliverables.poster_plan(demo, journey_id, paper)
    pdf = tmp_path / "poster.pdf"
    pages = deliverables.journey_poster(demo, journey_id, pdf, paper=paper, clock=CLOCK)
    assert pages == plan.sheets
    assert plan.font_pt >= 7.5
    texts = _read_back(pdf, pages, LANDSCAPE[paper])
    flat = _squash("".join(texts))
    for stage in detail.stages:
        assert _squash(stage.name) in flat
    for persona in detail.personas:
        assert _squash(persona.name) in flat
    assert "✂" not in flat
    assert PdfReader(pdf).metadata.title == detail.title


def test_persona_onepagers_give_each_persona_its_page(demo: Services, tmp_path: Path) -> None:
    personas = demo.listing.personas()
    pdf = tmp_path / "personas.pdf"
    pages = deliverables.persona_onepager(demo, [p.id for p in personas], pdf, clock=CLOCK)
    texts = _read_back(pdf, len(personas), A4_PORTRAIT)
    for persona, text in zip(personas, texts, strict=True):
        assert _squash(persona.name) in _squash(text)
        assert _squash(persona.job_title) in _squash(text)
    assert pages == len(personas)
    single = tmp_path / "one.pdf"
    deliverables.persona_onepager(demo, [personas[1].id], single, clock=CLOCK)
    assert PdfReader(single).metadata.title == personas[1].name


def test_french_exports_speak_french(tmp_path: Path) -> None:
    ws = Workspace.create(
        tmp_path / "fr.pbw",
        populate=lambda w: build_demo(Services.bind(w), "fr", today=DEMO_DAY),
    )
    try:
        services = Services.bind(ws)
        journey_id = _first_journey(services)
        html = deliverables.build_html(
            "poster", services, journey_id=journey_id, lang="fr", clock=CLOCK
        )
        assert '<html lang="fr">' in html
        poster = tmp_path / "affiche.pdf"
        pages = deliverables.journey_poster(services, journey_id, poster, lang="fr", clock=CLOCK)
        texts = _read_back(poster, pages, LANDSCAPE["A3"])
        text = texts[0]
        assert "Étapes" in text
        if pages > 1:
            # A tiled poster says where each sheet goes, in French.
            assert "Feuille 1/1 en largeur, 1/" in text
        assert "Créé le 16 novembre 2026" in text
        assert "Niveau de preuve" in text
        accented = [s.name for s in services.journeys.get(journey_id).stages if s.name.isascii()]
        stages = [s.name for s in services.journeys.get(journey_id).stages]
        assert len(accented) < len(stages), "the French demo has accented stage names"
        for name in stages:
            assert _squash(name) in _squash(text)
        onepager = tmp_path / "persona.pdf"
        persona = services.listing.personas()[0]
        deliverables.persona_onepager(services, [persona.id], onepager, lang="fr", clock=CLOCK)
        texts = _read_back(onepager, len(PdfReader(onepager).pages), A4_PORTRAIT)
        assert "Critères de décision".upper() in texts[0].upper()
        assert "Aisance technique".upper() in texts[0].upper()
    finally:
        ws.close()


def test_branding_reaches_every_deliverable(services: Services, tmp_path: Path) -> None:
    logo = _png("#D55E00")
    services.branding.set(Branding("Atelier Conseil & Fils", "#D55E00", logo))
    persona = services.personas.create(PersonaData(name="Ana Ruiz", job_title="CFO")).id
    journey_id = _small_map(services, personas=(persona,))
    exports = {
        "poster": lambda target: deliverables.journey_poster(
            services, journey_id, target, clock=CLOCK
        ),
        "persona": lambda target: deliverables.persona_onepager(
            services, [persona], target, clock=CLOCK
        ),
        "report": lambda target: deliverables.full_report(services, target, clock=CLOCK),
    }
    for kind, export in exports.items():
        html = deliverables.build_html(
            kind, services, journey_id=journey_id, persona_ids=[persona], clock=CLOCK
        )
        assert "--accent: #d55e00;" in html
        assert "data:image/png;base64," in html
        assert "Atelier Conseil &amp; Fils" in html
        pdf = tmp_path / f"{kind}.pdf"
        export(pdf)
        reader = PdfReader(pdf)
        assert reader.metadata.author == "Atelier Conseil & Fils"
        assert "AtelierConseil&Fils" in _squash("".join(_page_texts(pdf)))
    assert PdfReader(tmp_path / "report.pdf").metadata.title == (
        "Customer journey report — Atelier Conseil & Fils"
    )


def test_report_of_an_empty_workspace_says_so(services: Services, tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    pages = deliverables.full_report(services, pdf, clock=CLOCK)
    texts = _read_back(pdf, pages, A4_PORTRAIT)
    assert pages == 2
    assert "No personas in this workspace yet." in texts[1]
    assert "Customerjourneyreport" in _squash(texts[0])


def test_workshop_outcomes_appear_only_when_given(services: Services) -> None:
    _small_map(services)
    without = render_bundled("report.html.j2", ctx.report_context(services, clock=CLOCK))
    assert "Workshop outcomes" not in without
    with_outcomes = render_bundled(
        "report.html.j2", ctx.report_context(services, outcomes=OUTCOMES, clock=CLOCK)
    )
    assert "Workshop outcomes" in with_outcomes
    # Most votes first within a kind; the parking lot names no stage.
    assert with_outcomes.index("Sample data on day one") < with_outcomes.index("A maturity")
    assert "Pricing for charities" in with_outcomes


def test_outcomes_are_read_from_the_workshop_sessions(services: Services) -> None:
    journey_id = _small_map(services)
    stage = services.journeys.get(journey_id).stages[1]
    session = services.workshop.start(journey_id, "Review", date(2026, 9, 1))
    idea = services.workshop.capture(session, stage.id, CaptureKind.IDEA, "Welcome call")
    services.workshop.vote(idea, 2)
    services.workshop.capture(session, None, CaptureKind.PARKING, "Pricing later")
    (outcome,) = ctx.outcomes_from_workshop(services)
    assert (outcome.journey, outcome.title, outcome.held_on) == (
        "Onboarding in three steps",
        "Review",
        date(2026, 9, 1),
    )
    assert set(outcome.items) == {
        OutcomeItem(stage.name, CaptureKind.IDEA, "Welcome call", 2),
        OutcomeItem("", CaptureKind.PARKING, "Pricing later", 0),
    }


def test_a_photo_prints_as_itself_and_no_photo_as_initials(services: Services) -> None:
    with_photo = services.personas.create(PersonaData(name="Léa Martin")).id
    services.personas.set_photo(with_photo, _png())
    without = services.personas.create(
        PersonaData(name="Tom van Dijk", archetype=Archetype.END_USER_CHAMPION)
    ).id
    html = deliverables.build_html("persona", services, persona_ids=[with_photo, without])
    first, second = html.split('id="persona-2"')
    assert 'class="picture photo" src="data:image/' in first
    assert "avatar" not in first.split("persona-head", 1)[1]
    assert ">TD</text>" in second
    assert ctx.ARCHETYPE_COLOURS[Archetype.END_USER_CHAMPION] in second


def test_contexts_are_plain_data_a_sandbox_can_receive(demo: Services) -> None:
    journey_id = _first_journey(demo)
    persona_ids = [p.id for p in demo.listing.personas()]
    for context in (
        poster.poster_context(demo, journey_id, clock=CLOCK),
        ctx.personas_context(demo, persona_ids, clock=CLOCK),
        ctx.report_context(demo, clock=CLOCK, charts=False, outcomes=OUTCOMES),
    ):
        decoded = json.loads(encode_context(context))
        assert decoded["lang"] == "en"
        assert set(decoded["labels"]) == set(ctx.LABELS["en"])


def test_a_user_template_renders_in_the_sandbox(demo: Services, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "mine.html.j2").write_text(
        '<html lang="{{ lang }}"><body><h1>Own: {{ journey.title }}</h1>'
        "{% for s in journey.sheets[0].stages %}<p>{{ s.name }}</p>{% endfor %}"
        "{{ journey.sheets[0].emotion_chart|svg }}</body></html>",
        encoding="utf-8",
    )
    journey_id = _first_journey(demo)
    pdf = tmp_path / "own.pdf"
    pages = deliverables.journey_poster(
        demo, journey_id, pdf, template_folder=folder, template="mine.html.j2", clock=CLOCK
    )
    text = "".join(_page_texts(pdf))
    assert pages >= 1
    assert f"Own: {demo.journeys.get(journey_id).title}" in text
    with pytest.raises(ValueError, match="folder"):
        deliverables.build_html(
            "poster", demo, journey_id=journey_id, template="mine.html.j2", clock=CLOCK
        )


def test_cancelling_writes_nothing_and_progress_only_goes_forward(
    services: Services, tmp_path: Path
) -> None:
    journey_id = _small_map(services)
    target = tmp_path / "cancelled.pdf"
    with pytest.raises(ExportCancelled):
        deliverables.journey_poster(services, journey_id, target, cancelled=lambda: True)
    assert not target.exists()
    seen: list[float] = []
    deliverables.journey_poster(
        services, journey_id, tmp_path / "done.pdf", progress=lambda _s, f: seen.append(f)
    )
    assert seen == sorted(seen)
    assert seen[-1] == 1.0


# Long content (issue 6, point 6) -------------------------------------------------------------

_SENTENCES = (
    "Inès reviews every planning decision with her regional leads before the weekly call.",
    "She keeps a list of each vendor promise and checks it against what was delivered.",
    "Budgets are tight, so each new tool has to replace two old ones within a quarter.",
)


def _long_bio() -> str:
    sentences = [_SENTENCES[i % 3] for i in range(60)]
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, 60, 5)]
    text = "\n\n".join(paragraphs)[:4940].rsplit(" ", 1)[0]
    return text + ".\n\nThe very last words of this biography are zebra quartz."


def test_a_5000_character_bio_continues_on_the_next_page(
    services: Services, tmp_path: Path
) -> None:
    bio = _long_bio()
    assert 4900 <= len(bio) <= 5000
    persona = services.personas.create(
        PersonaData(name="Inès Long", bio=bio, goals=("Fewer tools",), pain_points=("Silos",))
    ).id
    pdf = tmp_path / "bio.pdf"
    pages = deliverables.persona_onepager(services, [persona], pdf, clock=CLOCK)
    texts = _read_back(pdf, pages, A4_PORTRAIT)
    assert pages >= 2
    assert _squash(bio[:200]) in _squash(texts[0])
    assert "zebra quartz" in "".join(texts[1:])
    assert "Inès Long (continued)" in texts[1]
    # Every word of the bio is there: only a piece a page break runs through may not match
    # (the running header and footer sit inside it).
    flowing = _squash("".join(texts))
    squashed = _squash(bio)
    pieces = [squashed[i : i + 80] for i in range(0, len(squashed), 80)]
    assert len([p for p in pieces if p not in flowing]) <= pages - 1


def _thirty_stages(services: Services) -> uuid.UUID:
    persona = services.personas.create(PersonaData(name="Sam Lee")).id
    names = [f"Step {n:02d} {'Consideration' if n % 3 else 'Trial'}" for n in range(1, 31)]
    return services.journeys.create(
        JourneySpec(
            title="Thirty stages",
            persona_ids=(persona,),
            stages=tuple(StageSpec(name) for name in names),
            lanes=(LaneSpec(LaneKind.TEXT, "Actions"), LaneSpec(LaneKind.PAIN_POINTS, "Pains")),
            cells={
                (i, 0): CellSpec(text=f"Customer does thing {i} and reads about it.")
                for i in range(30)
            },
            emotions={(i, persona): (i % 5 - 2, None) for i in range(30)},
        )
    )


@pytest.mark.parametrize("paper", ["A4", "A3", "A2"])
def test_thirty_stages_are_tiled_over_sheets_each_saying_its_stages(
    services: Services, tmp_path: Path, paper: deliverables.Paper
) -> None:
    journey_id = _thirty_stages(services)
    plan = deliverables.poster_plan(services, journey_id, paper)
    assert plan.columns > 1
    pdf = tmp_path / "thirty.pdf"
    pages = deliverables.journey_poster(services, journey_id, pdf, paper=paper, clock=CLOCK)
    assert pages == plan.sheets
    texts = _read_back(pdf, pages, LANDSCAPE[paper])
    context = poster.poster_context(services, journey_id, paper=paper, clock=CLOCK)
    for text, sheet in zip(texts, context["journey"]["sheets"], strict=True):
        first, last = sheet["stages"][0]["number"], sheet["stages"][-1]["number"]
        assert f"STAGES {first}–{last} OF 30" in text.upper()
        assert f"SHEET {sheet['x']}/{plan.columns} ACROSS" in text.upper()
        # Lane names repeat on every sheet: a sheet read alone still says what each row is.
        assert "Actions" in text
    flat = _squash("".join(texts))
    for stage in services.journeys.get(journey_id).stages:
        assert _squash(stage.name) in flat


# Words and styles ----------------------------------------------------------------------------


def test_every_label_exists_in_english_and_french_with_french_typography() -> None:
    english, french = ctx.LABELS["en"], ctx.LABELS["fr"]
    assert set(english) == set(french)
    for key, text in french.items():
        assert not re.search(r"[ ][:;!?»]|«[ ]", text), f"{key}: {text!r}"
        assert "..." not in text
        assert "'" not in text, f"{key} has a straight apostrophe"
    assert ctx.labels_for("fr_CA")["stages"] == "Étapes"
    assert ctx.format_date(date(2026, 3, 1), "fr") == "1er mars 2026"
    assert ctx.format_date(date(2026, 3, 1), "en") == "1 March 2026"


def test_no_stylesheet_or_template_hides_an_overflow() -> None:
    for path in sorted(TEMPLATES.iterdir()):
        text = re.sub(r"\s+", " ", path.read_text("utf-8"))
        assert not re.search(r"overflow(-[xy])?: ?(hidden|clip)", text), path.name
        assert "text-overflow" not in text, path.name


def test_every_page_rule_is_named() -> None:
    for path in sorted(TEMPLATES.glob("*")):
        for rule in re.findall(r"@page\b[^{]*\{", path.read_text("utf-8")):
            assert re.match(r"@page [a-z]+\s*\{", rule), f"{path.name}: {rule}"
