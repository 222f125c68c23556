"""The PowerPoint deck read back with python-pptx, and rendered by LibreOffice headless."""

import io
import re
import subprocess
import uuid
import zipfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pptx import Presentation
from pptx.enum.chart import XL_CHART_TYPE
from pptx.util import Emu, Pt

from personabuilder.export.context import LABELS
from personabuilder.export.errors import ExportCancelled, ExportError
from personabuilder.export.pptx import write_deck
from personabuilder.export.pptx_draw import clean
from personabuilder.model import Archetype, CaptureKind, Evidence, Granularity, LaneKind
from personabuilder.services import Services, chart_data
from personabuilder.services.branding import Branding
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace, WorkspaceStore
from tests.conftest import DEMO_DAY
from tests.tools import program

# The demo's report deck: title, 3 personas on 2 slides each, then per map its map slides
# (stage groups of three, lanes shared out evenly), emotion curves, trend charts four to a
# slide, key figures and funnel. Counted from the decks written, in each language.
DEMO_SLIDES = {"en": 37, "fr": 39}
# PostgreSQL text cannot hold NUL at all, so the workspace's hostile text uses other controls;
# ``clean`` itself is checked with NUL and the rest below.
HOSTILE = "<b>&amp; $x$ {{ name }} \x01\x07\x1b Ünïcødé 日本語 👩\u200d💻 עברית العربية"
HOSTILE_CLEAN = "<b>&amp; $x$ {{ name }}  Ünïcødé 日本語 👩\u200d💻 עברית العربية"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _runs(shape: Any) -> Iterator[Any]:
    """Every text run of a shape, tables' cells included."""
    if shape.has_text_frame:
        for paragraph in shape.text_frame.paragraphs:
            yield from paragraph.runs
    if getattr(shape, "has_table", False) and shape.has_table:
        for row in shape.table.rows:
            for cell in row.cells:
                for paragraph in cell.text_frame.paragraphs:
                    yield from paragraph.runs


def _slide_text(slide: Any) -> str:
    """The text of a slide's shapes, tables and chart titles."""
    parts = [run.text for shape in slide.shapes for run in _runs(shape)]
    parts += [
        shape.chart.chart_title.text_frame.text
        for shape in slide.shapes
        if shape.has_chart and shape.chart.has_title
    ]
    return _squash(" ".join(parts))


def _deck_text(prs: Any) -> str:
    return " ".join(_slide_text(slide) for slide in prs.slides)


def _title(slide: Any) -> str:
    title = slide.shapes.title
    return str(title.text_frame.text) if title is not None else ""


def _png(colour: str) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 20), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def demo(demo_workspace: WorkspaceStore) -> Services:
    return Services.bind(demo_workspace)


@pytest.fixture
def french_demo(tmp_path: Path) -> Iterator[Services]:
    ws = Workspace.create(
        tmp_path / "demo-fr.pbw",
        populate=lambda w: build_demo(Services.bind(w), "fr", today=DEMO_DAY),
    )
    yield Services.bind(ws)
    ws.close()


def _hostile_map(services: Services) -> uuid.UUID:
    """A map with hostile text, a cell too long for one slide, a gap in an emotion curve
    and a month missing from a metric."""
    persona = services.personas.create(
        PersonaData(name="Zoë " + HOSTILE, quote=HOSTILE, goals=(HOSTILE, "Plain goal"))
    ).id
    long_text = " ".join(f"word{n}" for n in range(900))
    return services.journeys.create(
        JourneySpec(
            title="Map " + HOSTILE,
            persona_ids=(persona,),
            stages=(StageSpec("Stage " + HOSTILE), StageSpec("Second"), StageSpec("Third")),
            lanes=(LaneSpec(LaneKind.TEXT, "Actions"), LaneSpec(LaneKind.PAIN_POINTS, "Pains")),
            cells={
                (0, 0): CellSpec(text=HOSTILE, evidence=Evidence.ASSUMPTION),
                (1, 0): CellSpec(text=long_text),
                (2, 1): CellSpec(items=({"text": HOSTILE, "severity": 4},)),
            },
            emotions={(0, persona): (-2, 1), (2, persona): (2, None)},
            metrics=(
                MetricSpec(
                    0,
                    "Sign-ups",
                    target=50.0,
                    granularity=Granularity.MONTH,
                    values=((date(2026, 1, 1), 10.0), (date(2026, 3, 1), 30.0)),
                ),
            ),
        )
    )


# The demo deck -------------------------------------------------------------------------------


def test_report_deck_holds_every_persona_stage_and_cell(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "report.pptx"
    count = write_deck(demo, out, report=True, lang="en")
    prs = Presentation(str(out))
    assert count == len(prs.slides) == DEMO_SLIDES["en"]
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)  # 16:9
    text = _deck_text(prs)
    for summary in demo.listing.personas():
        data = demo.personas.get(summary.id).data
        for value in (data.name, data.quote, *data.goals, *data.pain_points, *data.motivations):
            assert _squash(value) in text, value
    for journey in demo.listing.journeys():
        detail = demo.journeys.get(journey.id)
        for stage in detail.stages:
            assert _squash(stage.name) in text
        for cell in detail.cells:
            assert _squash(cell.text) in text
            for item in cell.items:
                assert _squash(str(item["text"])) in text
        for metric in detail.metrics:
            assert _squash(metric.name) in text


def test_french_demo_deck(french_demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "rapport.pptx"
    count = write_deck(french_demo, out, report=True)  # the workspace's own language
    prs = Presentation(str(out))
    assert count == len(prs.slides) == DEMO_SLIDES["fr"]
    text = _deck_text(prs)
    assert LABELS["fr"]["report_title"] in text
    assert "carte de parcours" in text
    assert "Chiffres clés" in text


def test_every_run_has_an_explicit_size_of_12_pt_or_more(demo: Services) -> None:
    buffer = io.BytesIO()
    write_deck(demo, buffer, report=True)
    prs = Presentation(io.BytesIO(buffer.getvalue()))
    map_slides = 0
    for slide in prs.slides:
        map_slides += "journey map" in _title(slide)
        for shape in slide.shapes:
            for run in _runs(shape):
                # Explicit on the run: nothing is left to a master or a table style.
                assert run.font.size is not None, run.text
                assert run.font.size >= Pt(12), run.text
    assert map_slides >= 6
    # Paragraph ends carry a size too (PowerPoint sizes an empty line from it).
    for slide in prs.slides:
        for size in re.findall(rb'endParaRPr[^>]*sz="(\d+)"', slide.part.blob):
            assert int(size) >= 1200


def test_journey_and_persona_decks(demo: Services, tmp_path: Path) -> None:
    journey = demo.listing.journeys()[1]
    out = tmp_path / "journey.pptx"
    count = write_deck(demo, out, journey_id=journey.id)
    prs = Presentation(str(out))
    titles = [_title(s) for s in prs.slides]
    assert count == len(titles)
    assert journey.title in _slide_text(prs.slides[0])
    assert all(journey.title in t for t in titles[1:])
    assert not any("key figures" in t for t in titles)  # the analytics are the report's
    personas = [p.id for p in demo.listing.personas()][:2]
    out = tmp_path / "personas.pptx"
    count = write_deck(demo, out, persona_ids=personas)
    prs = Presentation(str(out))
    names = [demo.personas.get(p).data.name for p in personas]
    assert count == len(prs.slides) == 4  # each persona on a slide and its continuation
    assert [_title(s) for s in prs.slides][::2] == names


def test_report_deck_shows_workshop_outcomes(demo: Services) -> None:
    journey = demo.listing.journeys()[0]
    detail = demo.journeys.get(journey.id)
    session = demo.workshop.start(journey.id, "Kick-off", date(2026, 11, 20))
    trial = detail.stages[2].id
    idea = demo.workshop.capture(session, trial, CaptureKind.IDEA, "Guided sample import")
    demo.workshop.vote(idea, 3)
    demo.workshop.capture(session, trial, CaptureKind.QUESTION, "Who owns the trial?")
    demo.workshop.change_emotion(session, trial, detail.personas[0].id, (1, None))
    buffer = io.BytesIO()
    count = write_deck(demo, buffer, report=True)
    prs = Presentation(io.BytesIO(buffer.getvalue()))
    assert count == DEMO_SLIDES["en"] + 1
    last = prs.slides[count - 1]
    assert _title(last) == "Workshop outcomes: Kick-off"
    text = _slide_text(last)
    for shown in ("Guided sample import", "Votes 3", "Who owns the trial?", "Idea", "Question"):
        assert shown in text
    assert f"{detail.stages[2].name}, {detail.personas[0].name}: " in text


# Charts -----------------------------------------------------------------------------------------


def test_charts_are_native_with_the_values_and_their_gaps(services: Services) -> None:
    journey = _hostile_map(services)
    buffer = io.BytesIO()
    write_deck(services, buffer, journey_id=journey)
    prs = Presentation(io.BytesIO(buffer.getvalue()))
    charts = [shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) == 2
    emotion, trend = charts
    assert emotion.chart_type == XL_CHART_TYPE.LINE_MARKERS
    as_is, to_be = emotion.plots[0].series
    assert as_is.values == (-2.0, None, 2.0)  # the middle stage has no score: a gap
    assert to_be.values == (1.0, None, None)
    assert list(emotion.plots[0].categories)[1] == "Second"
    assert trend.chart_type == XL_CHART_TYPE.LINE_MARKERS
    values, target = trend.plots[0].series
    assert values.values == (10.0, None, 30.0)  # February is missing: a gap, not a zero
    assert target.values == (50.0, 50.0, 50.0)
    assert list(trend.plots[0].categories) == ["Jan 2026", "Feb 2026", "Mar 2026"]
    assert b'dispBlanksAs val="gap"' in trend.part.blob


def test_demo_chart_values_match_the_workspace(demo: Services) -> None:
    journey = demo.listing.journeys()[0]
    detail = demo.journeys.get(journey.id)
    buffer = io.BytesIO()
    write_deck(demo, buffer, journey_id=journey.id)
    prs = Presentation(io.BytesIO(buffer.getvalue()))
    charts = [shape.chart for slide in prs.slides for shape in slide.shapes if shape.has_chart]
    emotion = chart_data.emotion_data(detail)
    first = charts[0].plots[0].series[0]
    assert first.name == emotion.personas[0].name
    assert first.values == tuple(
        None if s is None else float(s) for s in emotion.personas[0].scores
    )
    with_values = [m for m in detail.metrics if m.values]
    assert len(charts) == 1 + len(with_values)
    for chart, metric in zip(charts[1:], with_values, strict=True):
        assert chart.chart_title.text_frame.text == metric.name
        assert chart.plots[0].series[0].values == tuple(v for _, v in metric.values)


# Branding, hostile text, long cells -----------------------------------------------------------


def test_branding_on_the_title_slide(services: Services, tmp_path: Path) -> None:
    services.branding.set(Branding("Atelier Conseil & Fils", "#AA3377", _png("#AA3377")))
    journey = _hostile_map(services)
    out = tmp_path / "branded.pptx"
    write_deck(services, out, report=True)
    title = Presentation(str(out)).slides[0]
    fills = [
        str(shape.fill.fore_color.rgb)
        for shape in title.shapes
        if shape.shape_type == 1 and shape.fill.type == 1  # an auto shape, solid fill
    ]
    assert "AA3377" in fills
    assert "Atelier Conseil & Fils" in _slide_text(title)
    assert any(shape.shape_type == 13 for shape in title.shapes)  # the logo, a picture
    assert journey


def test_hostile_text_stays_text_and_long_cells_continue(services: Services) -> None:
    journey = _hostile_map(services)
    buffer = io.BytesIO()
    count = write_deck(services, buffer, report=True)
    prs = Presentation(io.BytesIO(buffer.getvalue()))
    assert count == len(prs.slides)
    text = _deck_text(prs)
    # XML-forbidden control characters are removed; everything else is kept as text.
    assert _squash(HOSTILE_CLEAN) in text
    assert "Stage " + _squash(HOSTILE_CLEAN) in text
    assert not re.search("[\x00-\x08\x0e-\x1f]", text)
    # The 900 words of the long cell continue over slides, each word once, in order.
    words = [w.strip("…") for w in text.split() if w.strip("…").startswith("word")]
    assert words == [f"word{n}" for n in range(900)]
    continued = [_slide_text(s) for s in prs.slides if "Actions (continued)" in _slide_text(s)]
    assert continued
    assert journey


def test_clean_keeps_text_and_drops_what_xml_forbids() -> None:
    assert clean("a\x00b\x07c\x1bd\ufffe\uffffe") == "abcde"
    assert clean("tab\tline\nvt\x0bff\x0ccr\r\nend") == "tab\tline\nvt\nff\ncr\nend"
    assert clean("<b>&amp; $x$ 日本語 👩\u200d💻 עברית") == "<b>&amp; $x$ 日本語 👩\u200d💻 עברית"
    assert clean("lone \ud800 surrogate") == "lone  surrogate"


def test_persona_photo_or_initials(services: Services) -> None:
    webp = io.BytesIO()
    Image.new("RGB", (60, 80), "#2E8540").save(webp, "WEBP")
    with_photo = services.personas.create(
        PersonaData(name="Léa Martin", photo=webp.getvalue(), photo_mime="image/webp")
    ).id
    without = services.personas.create(PersonaData(name="Tom van Dijk")).id
    buffer = io.BytesIO()
    assert write_deck(services, buffer, persona_ids=[with_photo, without]) == 2
    prs = Presentation(io.BytesIO(buffer.getvalue()))
    first, second = prs.slides
    pictures = [shape for shape in first.shapes if shape.shape_type == 13]
    assert len(pictures) == 1  # the WebP photo, turned into a PNG PowerPoint can show
    assert pictures[0].image.content_type == "image/png"
    assert pictures[0].width / pictures[0].height == pytest.approx(60 / 80, rel=0.02)
    assert not any(shape.shape_type == 13 for shape in second.shapes)
    assert "TD" in [shape.text_frame.text for shape in second.shapes if shape.has_text_frame]


def test_no_stray_parts_in_the_file(demo: Services, tmp_path: Path) -> None:
    template = tmp_path / "client.pptx"
    _client_template(template)
    for options in ({}, {"template": template}):
        out = tmp_path / "deck.pptx"
        count = write_deck(demo, out, report=True, **options)  # type: ignore[arg-type]
        with zipfile.ZipFile(out) as deck:
            slides = [n for n in deck.namelist() if re.fullmatch(r"ppt/slides/slide\d+\.xml", n)]
        # Neither the template's own slides nor the slide measured for the map stay behind.
        assert len(slides) == count


# Templates ------------------------------------------------------------------------------------


def _client_template(path: Path) -> None:
    """A 4:3 client deck with its own layout names, a theme font, and a slide of its own."""
    prs = Presentation()
    for layout in prs.slide_layouts:
        layout.name = "Client " + layout.name.replace(" ", "_")
    slide = prs.slides.add_slide(prs.slide_layouts[0])
    slide.shapes.title.text = "OLD CLIENT SLIDE"
    prs.save(str(path))
    # The theme's fonts become Georgia: the deck must carry them.
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    theme = "ppt/theme/theme1.xml"
    parts[theme] = re.sub(
        rb'<a:latin typeface="[^"]*"', b'<a:latin typeface="Georgia"', parts[theme]
    )
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_template_gives_its_layouts_and_fonts(demo: Services, tmp_path: Path) -> None:
    template = tmp_path / "client.pptx"
    _client_template(template)
    out = tmp_path / "deck.pptx"
    count = write_deck(demo, out, report=True, template=template)
    prs = Presentation(str(out))
    assert count == len(prs.slides)
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)  # the client's 4:3
    layouts = [slide.slide_layout.name for slide in prs.slides]
    assert layouts[0] == "Client Title_Slide"
    assert set(layouts[1:]) == {"Client Title_and_Content"}
    assert "OLD CLIENT SLIDE" not in _deck_text(prs)
    with zipfile.ZipFile(out) as deck:
        assert b'typeface="Georgia"' in deck.read("ppt/theme/theme1.xml")
    # The titles are the layout's placeholders, filled: the client's styles apply.
    assert all(slide.shapes.title is not None for slide in prs.slides)


def test_template_with_a_small_body_placeholder(services: Services, tmp_path: Path) -> None:
    template = tmp_path / "tiny.pptx"
    prs = Presentation()
    for layout in prs.slide_layouts:
        for shape in layout.shapes:
            if shape.is_placeholder and shape.placeholder_format.idx == 1:
                shape.width = shape.height = Emu(914400)  # the body: an inch square
    prs.save(str(template))
    journey = _hostile_map(services)
    count = write_deck(services, tmp_path / "deck.pptx", journey_id=journey, template=template)
    deck = Presentation(str(tmp_path / "deck.pptx"))
    assert count == len(deck.slides)
    tables = [s.table for slide in deck.slides for s in slide.shapes if s.has_table]
    # The deck's own margins hold the map: columns as wide as without a template.
    assert tables
    assert all(table.columns[1].width > 914400 * 2 for table in tables)


@pytest.mark.parametrize(
    "content",
    [b"not a deck at all", b"PK\x03\x04broken zip", b""],
    ids=["text", "broken-zip", "empty"],
)
def test_malformed_template_is_refused_with_its_name(
    demo: Services, tmp_path: Path, content: bytes
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    template = folder / "client deck.pptx"
    template.write_bytes(content)
    out = folder / "deck.pptx"
    with pytest.raises(ExportError) as caught:
        write_deck(demo, out, report=True, template=template)
    message = caught.value.message("en")
    assert "“client deck.pptx”" in message
    assert "is not a PowerPoint deck" in message
    assert "Traceback" not in message
    assert not out.exists()
    assert list(folder.iterdir()) == [template]  # nothing half-written
    with pytest.raises(ExportError) as french:
        write_deck(demo, out, report=True, template=template, lang="fr")
    assert "n’est pas une présentation PowerPoint" in french.value.message("fr")


def test_a_docx_is_not_a_template(demo: Services, tmp_path: Path) -> None:
    template = tmp_path / "letter.pptx"
    with zipfile.ZipFile(template, "w") as fake:
        fake.writestr("[Content_Types].xml", "<Types/>")
        fake.writestr("word/document.xml", "<document/>")
    with pytest.raises(ExportError, match=r"letter\.pptx"):
        write_deck(demo, tmp_path / "deck.pptx", report=True, template=template)


def test_cancelled_export_writes_nothing(demo: Services, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    out = folder / "deck.pptx"
    seen: list[str] = []

    def progress(stage: str, fraction: float) -> None:
        seen.append(stage)

    with pytest.raises(ExportCancelled):
        write_deck(demo, out, report=True, progress=progress, cancelled=lambda: "slides" in seen)
    assert list(folder.iterdir()) == []


# Rendering ----------------------------------------------------------------------------------


def test_libreoffice_renders_every_slide(demo: Services, tmp_path: Path) -> None:
    soffice = program("soffice")
    pdftoppm = program("pdftoppm")
    pdfinfo = program("pdfinfo")
    services = demo
    services.personas.create(PersonaData(name="Léa 日本語 👩‍💻", archetype=Archetype.CUSTOM))
    out = tmp_path / "deck.pptx"
    count = write_deck(services, out, report=True)
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
        check=True, capture_output=True, timeout=240,
    )  # fmt: skip
    pdf = tmp_path / "deck.pdf"
    info = subprocess.run([pdfinfo, str(pdf)], check=True, capture_output=True, text=True)
    pages = int(re.search(r"Pages:\s+(\d+)", info.stdout).group(1))  # type: ignore[union-attr]
    assert pages == count
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info.stdout)
    assert size is not None
    assert float(size.group(1)) / float(size.group(2)) == pytest.approx(16 / 9, rel=0.01)
    subprocess.run([pdftoppm, "-png", "-r", "30", str(pdf), str(tmp_path / "slide")], check=True)
    images = sorted(tmp_path.glob("slide-*.png"))
    assert len(images) == count
    for image in images:
        with Image.open(image) as picture:
            # Every slide shows something: more than a blank page's one colour.
            assert len(picture.convert("RGB").getcolors(1 << 16) or ()) > 2
