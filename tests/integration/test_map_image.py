"""The journey map as a PNG and an SVG image: sizes, colours where the headers are, every text."""

import io
import re
import uuid
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from personabuilder.export import context as ctx
from personabuilder.export import map_image
from personabuilder.export.map_png import png_bytes, runs
from personabuilder.export.map_shapes import Drawing, Picture, Polyline, Rect, Text
from personabuilder.model import Evidence, LaneKind
from personabuilder.resources import NOTO_SCRIPTS, noto_file
from personabuilder.services import Services
from personabuilder.services.readmodels import CellSpec, JourneySpec, LaneSpec, StageSpec
from personabuilder.store import Workspace

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
SVG_NS = "{http://www.w3.org/2000/svg}"
HOSTILE = ("<b>&amp;", "$x$ and $10k to $50k", "]]> end", "\"quoted\" and 'single'")


@pytest.fixture
def demo(demo_workspace: Workspace) -> Services:
    return Services.bind(demo_workspace)


def _first_journey(services: Services) -> uuid.UUID:
    return services.listing.journeys()[0].id


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _svg_texts(svg: str) -> list[str]:
    root = ET.fromstring(svg.encode("utf-8"))
    return ["".join(node.itertext()) for node in root.iter(f"{SVG_NS}text")]


def _cell_texts(services: Services, journey_id: uuid.UUID) -> list[str]:
    detail = services.journeys.get(journey_id)
    out: list[str] = []
    for cell in detail.cells:
        if cell.text.strip():
            out.extend(p for p in cell.text.split("\n") if p.strip())
        out.extend(str(item["text"]) for item in cell.items if str(item.get("text", "")).strip())
    return out


def _png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def test_demo_png_is_as_wide_as_asked_and_shows_the_stage_colours(demo: Services) -> None:
    journey_id = _first_journey(demo)
    for width in (3000, 1200):
        drawing = map_image.map_drawing(demo, journey_id, width=width, lang="en", clock=CLOCK)
        image = _png(png_bytes(drawing))
        assert image.size == (width, drawing.height)
        # The height follows the map: a nine-stage map is a landscape picture, not a strip.
        assert 0.4 * width < drawing.height < 2 * width
        colours = image.getcolors(maxcolors=1 << 20)
        assert colours is not None
        assert len(colours) > 50  # not blank
        stages = ctx._stage_dicts(demo.journeys.get(journey_id), ctx.labels_for("en"))
        headers = [
            item
            for item in drawing.items
            if isinstance(item, Rect) and item.fill in {s["colour"] for s in stages}
        ]
        assert len(headers) == len(stages)
        for stage, rect in zip(stages, headers, strict=True):
            assert rect.fill == stage["colour"]
            # The right edge of the header, half-way down: the stage's colour, no text there.
            pixel = image.getpixel((int(rect.x + rect.w - 3), int(rect.y + rect.h / 2)))
            assert pixel == ctx._rgb(stage["colour"])


def test_write_map_image_chooses_the_format_by_suffix(demo: Services, tmp_path: Path) -> None:
    journey_id = _first_journey(demo)
    png = tmp_path / "map.PNG"
    map_image.write_map_image(demo, journey_id, png, width=800, lang="en", clock=CLOCK)
    assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert _png(png.read_bytes()).size[0] == 800
    svg = tmp_path / "map.svg"
    map_image.write_map_image(demo, journey_id, svg, width=800, lang="en", clock=CLOCK)
    root = ET.fromstring(svg.read_bytes())
    assert root.get("width") == "800"
    with pytest.raises(ValueError, match=r"\.png or \.svg"):
        map_image.write_map_image(demo, journey_id, tmp_path / "map.gif", lang="en")
    with pytest.raises(ValueError, match="between 600 and 12000 pixels"):
        map_image.map_png_bytes(demo, journey_id, width=100, lang="en")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_demo_svg_keeps_every_name_and_cell_text_as_text(demo: Services, lang: str) -> None:
    journey_id = _first_journey(demo)
    detail = demo.journeys.get(journey_id)
    svg = map_image.map_svg_text(demo, journey_id, lang=lang, clock=CLOCK)
    texts = _svg_texts(svg)
    everything = _squash(" ".join(texts))
    for stage in detail.stages:
        assert _squash(stage.name) in everything
    for lane in detail.lanes:
        assert _squash(lane.name) in everything
    for text in _cell_texts(demo, journey_id):
        assert _squash(text) in everything, text
    labels = ctx.labels_for(lang)
    assert labels["journey_map"].upper() in texts
    assert _squash(labels["emotion_curves"]) in everything
    assert _squash(ctx.format_date(CLOCK.date(), lang)) in everything


def _map(services: Services, stages: int, text: str, *, name: str = "Stage") -> uuid.UUID:
    lanes = (
        LaneSpec(LaneKind.TEXT, "Customer actions"),
        LaneSpec(LaneKind.TOUCHPOINTS, "Touchpoints"),
        LaneSpec(LaneKind.PAIN_POINTS, "Pain points"),
    )
    cells = {}
    for s in range(stages):
        cells[s, 0] = CellSpec(text=f"{text} {s}", evidence=Evidence.PARTLY_BACKED)
        cells[s, 1] = CellSpec(items=({"text": f"{text} chip"}, {"text": "E-mail"}))
        cells[s, 2] = CellSpec(items=({"text": f"{text} pain", "severity": 4},))
    return services.journeys.create(
        JourneySpec(
            title=f"{name} map",
            stages=tuple(
                StageSpec(f"{name} {s + 1}", loop_to=0 if s == stages - 1 else None)
                for s in range(stages)
            ),
            lanes=lanes,
            cells=cells,
        )
    )


def test_hostile_text_stays_text_in_the_svg(services: Services) -> None:
    hostile = " ".join(HOSTILE)
    journey_id = _map(services, 3, hostile, name=HOSTILE[0])
    svg = map_image.map_svg_text(services, journey_id, width=1600, lang="en", clock=CLOCK)
    assert "<b>" not in svg
    everything = _squash(" ".join(_svg_texts(svg)))
    for part in HOSTILE:
        assert _squash(part) in everything
    root = ET.fromstring(svg.encode("utf-8"))
    assert root.find(f"{SVG_NS}title") is not None
    assert "<b>&amp;" in "".join(root.find(f"{SVG_NS}title").itertext())  # type: ignore[union-attr]
    assert not list(root.iter(f"{SVG_NS}b"))


def test_twenty_stages_of_long_text_keep_every_word_inside_the_image(services: Services) -> None:
    long = (
        "Procurement asks for the security questionnaire again, with a "
        "supercalifragilisticexpialidociousprocurementquestionnaireattachment and notes"
    )
    journey_id = _map(services, 20, long)
    drawing = map_image.map_drawing(services, journey_id, width=3000, lang="en", clock=CLOCK)
    everything = _squash(" ".join(drawing.texts()))
    for s in range(20):
        assert _squash(f"{long} {s}") in everything
        assert f"Stage{s + 1}" in everything
    for item in drawing.items:
        if isinstance(item, Text):
            width = map_image.text_px(item.text, item.size, bold=item.bold)
            left = item.x - width if item.end else item.x
            assert left >= 0, item.text
            assert left + width <= drawing.width + 0.5, item.text
            assert 0 < item.y <= drawing.height
    # The loop from the last stage to the first is drawn as an arrow with its words.
    assert any("↻" in text for text in drawing.texts())
    assert any(isinstance(i, Polyline) and i.fill for i in drawing.items)
    image = _png(png_bytes(drawing))
    assert image.size == (3000, drawing.height)


def test_any_script_is_set_in_a_bundled_font_that_has_it() -> None:
    assert runs("Café") == [("DejaVuSans.ttf", "Café")]
    assert runs("שלום", bold=True) == [("NotoSansHebrew-Bold.ttf", "שלום")]
    assert runs("مرحبا") == [("NotoSansArabic-Regular.ttf", "مرحبا")]
    assert runs("顧客の声") == [("DroidSansFallback.ttf", "顧客の声")]
    assert runs("Go 🚀 👩‍💻") == [
        ("DejaVuSans.ttf", "Go "),
        ("NotoColorEmoji.ttf", "🚀"),
        ("DejaVuSans.ttf", " "),
        ("NotoColorEmoji.ttf", "👩‍💻"),
    ]
    # A space between right-to-left words stays in their run, shaped with them.
    assert runs("שלום עולם") == [("NotoSansHebrew-Regular.ttf", "שלום עולם")]
    assert map_image.right_to_left("مرحبا world")
    assert not map_image.right_to_left("hello مرحبا")


# A sample of each script DejaVu Sans has no letters for (each has a bundled font).
SCRIPT_SAMPLES = {
    "Devanagari": "ग्राहक यात्रा",
    "Bengali": "গ্রাহক যাত্রা",
    "Gurmukhi": "ਗਾਹਕ ਯਾਤਰਾ",
    "Gujarati": "ગ્રાહક યાત્રા",
    "Oriya": "ଗ୍ରାହକ ଯାତ୍ରା",
    "Tamil": "வாடிக்கையாளர் பயணம்",
    "Telugu": "కస్టమర్ ప్రయాణం",
    "Kannada": "ಗ್ರಾಹಕ ಪ್ರಯಾಣ",
    "Malayalam": "ഉപഭോക്തൃ യാത്ര",
    "Sinhala": "පාරිභෝගික ගමන",
    "Thai": "การเดินทางของลูกค้า",
    "Khmer": "ដំណើរអតិថិជន",
    "Myanmar": "ဖောက်သည်ခရီး",
    "Ethiopic": "የደንበኛ ጉዞ",
}


def test_every_bundled_script_has_a_sample_here() -> None:
    assert [script for script, _blocks in NOTO_SCRIPTS] == list(SCRIPT_SAMPLES)


@pytest.mark.parametrize(("script", "sample"), SCRIPT_SAMPLES.items())
def test_a_script_dejavu_lacks_is_set_in_its_own_font(script: str, sample: str) -> None:
    word = sample.split()[0]
    assert runs(word) == [(noto_file(script, "Regular"), word)]
    assert runs(word, bold=True) == [(noto_file(script, "Bold"), word)]
    # Between words the space is DejaVu's; the letters are drawn, shaped, in ink.
    used = {name for name, _piece in runs(sample)}
    assert used <= {"DejaVuSans.ttf", noto_file(script, "Regular")}
    drawing = Drawing(240, 40, "en", "", [Text(4, 30, sample, 18.0, "#000000")])
    image = _png(png_bytes(drawing)).convert("L")
    assert image.getextrema()[0] < 100


def test_scripts_print_in_the_png(services: Services) -> None:
    journey_id = _map(services, 2, "שלום مرحبا 顧客の声 🚀")
    drawing = map_image.map_drawing(services, journey_id, width=1000, lang="en", clock=CLOCK)
    rtl = [i for i in drawing.items if isinstance(i, Text) and i.end]
    assert rtl  # the Hebrew/Arabic lines are set from the right edge of their cell
    image = _png(png_bytes(drawing))
    assert image.size[0] == 1000


def test_the_svg_embeds_the_bundled_fonts_it_needs(services: Services) -> None:
    journey_id = _map(services, 2, "שלום مرحبا 顧客の声 🚀")
    svg = map_image.map_svg_text(services, journey_id, width=1000, lang="en", clock=CLOCK)
    root = ET.fromstring(svg.encode("utf-8"))
    style = "".join(root.find(f"{SVG_NS}style").itertext())  # type: ignore[union-attr]
    for family in ("PB Map Sans", "PB Map Hebrew", "PB Map Arabic", "PB Map CJK", "PB Map Emoji"):
        assert f'font-family: "{family}"' in style
    assert style.count("@font-face") == len(re.findall(r"data:font/ttf;base64,", style))
    # Cut down to what the map draws: far smaller than the CJK font's 4 MB alone.
    assert len(svg) < 600_000
    plain = map_image.svg_text(
        map_image.map_drawing(services, journey_id, width=1000, lang="en", clock=CLOCK),
        embed_fonts=False,
    )
    assert "@font-face" not in plain
    assert "PB Map Sans" in plain  # still named, for a system that has them


def test_the_branding_shows_in_both_images(services: Services) -> None:
    from personabuilder.services.branding import Branding

    logo = io.BytesIO()
    Image.new("RGB", (300, 100), (200, 30, 60)).save(logo, "PNG")
    services.branding.set(
        Branding(company="Acme & Partners", accent="#aa3366", logo_png=logo.getvalue())
    )
    journey_id = _map(services, 3, "Signs up")
    drawing = map_image.map_drawing(services, journey_id, width=1200, lang="en", clock=CLOCK)
    pictures = [item for item in drawing.items if isinstance(item, Picture)]
    assert len(pictures) == 1
    box = pictures[0]
    assert box.w / box.h == pytest.approx(3.0, rel=0.02)
    image = _png(png_bytes(drawing))
    assert image.getpixel((int(box.x + box.w / 2), int(box.y + box.h / 2))) == (200, 30, 60)
    # The accent colour rules the header off.
    rules = [i for i in drawing.items if isinstance(i, Rect) and i.fill == "#aa3366"]
    assert rules
    rule = rules[0]
    assert image.getpixel((int(rule.x + rule.w / 2), int(rule.y + rule.h / 2))) == (170, 51, 102)
    assert "Acme & Partners · JOURNEY MAP" in drawing.texts()
    svg = map_image.svg_text(drawing, embed_fonts=False)
    root = ET.fromstring(svg.encode("utf-8"))
    images = list(root.iter(f"{SVG_NS}image"))
    assert len(images) == 1
    assert images[0].get("href", "").startswith("data:image/png;base64,")


def test_a_space_after_right_to_left_words_stays_between_them_and_what_follows() -> None:
    assert runs("Title שלום 顧客") == [
        ("DejaVuSans.ttf", "Title "),
        ("NotoSansHebrew-Regular.ttf", "שלום"),
        ("DejaVuSans.ttf", " "),
        ("DroidSansFallback.ttf", "顧客"),
    ]
