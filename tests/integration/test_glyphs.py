"""Text in any script prints with real glyphs, and a word without spaces stays on the page.

Each deliverable is exported from a workspace whose names mix Latin with accents, emoji
(ZWJ sequences, skin tones, flags), Chinese, Japanese, Korean, Arabic, Hebrew and a
200-character word; the PDF is then read back glyph by glyph.

How a missing glyph shows in a WeasyPrint PDF: Pango gives no glyph for the character, and
WeasyPrint writes a glyph id past the end of the font (each missing character gets its own,
so that copying the text still works) and draws .notdef there. So a glyph id of 0 or beyond
the embedded font's glyph count is a box on paper. ``test_the_scan_sees_a_missing_glyph``
shows that the scan reports exactly that.
"""

import io
import re
import subprocess
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from fontTools.ttLib import TTFont
from pypdf import PdfReader
from pypdf.generic import ContentStream, DictionaryObject, IndirectObject

from personabuilder.export import deliverables, engine, fonts
from personabuilder.export.pdf import render_pdf
from personabuilder.model import CaptureKind, LaneKind, MetricUnit
from personabuilder.resources import NOTO_CUTS, NOTO_SCRIPTS, noto_file, resources_dir
from personabuilder.services import Services
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    PersonaData,
    StageSpec,
)
from tests.integration.test_map_image import SCRIPT_SAMPLES
from tests.tools import program, run_snippet

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
LATIN = "Éléonore Çağlar-Ångström"
EMOJI = "Launch 🚀 👩\u200d💻 🇫🇷 👍🏽 ❤️"
CHINESE = "客户旅程地图"
JAPANESE = "カスタマージャーニー"
KOREAN = "고객 여정 지도"
ARABIC = "رحلة العميل"
HEBREW = "מסע הלקוח"
# The scripts of India and Sri Lanka, then of South-East Asia and Ethiopia: each has a bundled
# font of its own (DejaVu Sans has none of their letters).
INDIC = "ग्राहक यात्रा গ্রাহক ਗਾਹਕ ગ્રાહક ଗ୍ରାହକ வாடிக்கையாளர் కస్టమర్ ಗ್ರಾಹಕ ഉപഭോക്തൃ පාරිභෝගික"
SOUTH_EAST = "การเดินทางของลูกค้า ដំណើរអតិថិជន ဖောက်သည်ခရီး የደንበኛ ጉዞ"
LONG_WORD = ("Donaudampfschifffahrtsgesellschaftskapitän" * 5)[:200]
SCRIPTS = (LATIN, EMOJI, CHINESE, JAPANESE, KOREAN, ARABIC, HEBREW, INDIC, SOUTH_EAST)


# Reading glyphs back -------------------------------------------------------------------------


@dataclass(frozen=True)
class Missing:
    """One glyph the PDF draws as .notdef: which font, which id."""

    font: str
    glyph: int


def _resolve(value: object) -> object:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _glyph_count(font: DictionaryObject) -> tuple[int, int]:
    """(bytes per glyph id, glyphs in the embedded font) of a PDF font dictionary."""
    if font.get("/Subtype") != "/Type0":
        return 1, 256
    descendant = _resolve(font["/DescendantFonts"][0])
    assert isinstance(descendant, DictionaryObject)
    descriptor = _resolve(descendant["/FontDescriptor"])
    assert isinstance(descriptor, DictionaryObject)
    for key in ("/FontFile2", "/FontFile3"):
        if key in descriptor:
            data = _resolve(descriptor[key]).get_data()  # type: ignore[union-attr]
            return 2, TTFont(io.BytesIO(data))["maxp"].numGlyphs
    raise AssertionError(f"font {font.get('/BaseFont')} is not embedded")


def _glyphs(operand: object) -> bytes:
    if isinstance(operand, bytes):
        return bytes(operand)
    original = getattr(operand, "original_bytes", None)
    return original if original is not None else str(operand).encode("latin-1")


def _shown(operations: list[tuple[list[object], bytes]]) -> Iterator[tuple[str, bytes]]:
    """(font resource name, glyph bytes) of every text-showing operator, in order."""
    font, saved = "", []
    for operands, operator in operations:
        if operator == b"q":
            saved.append(font)
        elif operator == b"Q" and saved:
            font = saved.pop()
        elif operator == b"Tf":
            font = str(operands[0])
        elif operator in (b"Tj", b"'"):
            yield font, _glyphs(operands[-1])
        elif operator == b'"':
            yield font, _glyphs(operands[2])
        elif operator == b"TJ":
            for part in operands[0]:  # type: ignore[attr-defined]
                if not isinstance(part, int | float):
                    yield font, _glyphs(part)


def _missing_in(content: object, resources: object, reader: PdfReader, seen: set[int]) -> set:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject):
        return set()
    fonts = _resolve(resources.get("/Font", DictionaryObject()))
    missing: set[Missing] = set()
    counts: dict[str, tuple[int, int]] = {}
    for name, data in _shown(ContentStream(content, reader).operations):
        if name not in counts:
            font = _resolve(fonts[name])  # type: ignore[index]
            assert isinstance(font, DictionaryObject)
            counts[name] = (*_glyph_count(font), str(font.get("/BaseFont")))  # type: ignore[assignment]
        width, count, *label = counts[name]  # type: ignore[misc]
        for start in range(0, len(data) - width + 1, width):
            glyph = int.from_bytes(data[start : start + width], "big")
            if glyph == 0 or glyph >= count:
                missing.add(Missing(label[0], glyph))
    # Charts and other drawings are form XObjects with resources of their own.
    xobjects = _resolve(resources.get("/XObject", DictionaryObject()))
    for ref in xobjects.values():  # type: ignore[union-attr]
        key = ref.idnum if isinstance(ref, IndirectObject) else id(ref)
        form = _resolve(ref)
        if key in seen or getattr(form, "get", lambda _k: None)("/Subtype") != "/Form":
            continue
        seen.add(key)
        missing |= _missing_in(form, form.get("/Resources"), reader, seen)  # type: ignore[union-attr]
    return missing


def missing_glyphs(pdf: bytes) -> set[Missing]:
    """Every glyph the PDF's pages draw as .notdef (see the module docstring)."""
    reader = PdfReader(io.BytesIO(pdf))
    seen: set[int] = set()
    missing: set[Missing] = set()
    for page in reader.pages:
        content = page.get_contents()
        if content is not None:
            missing |= _missing_in(content, page.get("/Resources"), reader, seen)
    return missing


def _pdf_fonts(path: Path) -> set[str]:
    """The fonts of the PDF without their subset tags ("PB-Emoji", "PB-CJK-Bold" ...)."""
    listing = subprocess.run(
        [program("pdffonts"), str(path)], capture_output=True, check=True
    ).stdout.decode("utf-8", "replace")
    return {line.split()[0].split("+", 1)[-1] for line in listing.splitlines()[2:]}


def _words_off_the_page(path: Path) -> list[str]:
    """Words of ``path`` whose box reaches past its page's left or right edge."""
    html = subprocess.run(
        [program("pdftotext"), "-bbox", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8", "replace")
    off: list[str] = []
    for page in re.findall(r"<page (.*?)</page>", html, flags=re.S):
        width = float(re.search(r'width="([\d.]+)"', page).group(1))  # type: ignore[union-attr]
        for left, right, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>',
            page,
        ):
            if float(left) < -0.5 or float(right) > width + 0.5:
                off.append(word)
    return off


# The workspace -----------------------------------------------------------------------------


@dataclass(frozen=True)
class World:
    services: Services
    journey: uuid.UUID
    personas: tuple[uuid.UUID, ...]


@pytest.fixture
def world(services: Services) -> World:
    personas = tuple(
        services.personas.create(
            PersonaData(
                name=name,
                job_title=f"{LATIN} {EMOJI}",
                company=f"{CHINESE} {KOREAN}",
                quote=f"{ARABIC} — {HEBREW}",
                bio=f"{JAPANESE} {LONG_WORD} {EMOJI}",
                goals=SCRIPTS,
                tags=(CHINESE, ARABIC, "🇯🇵🇰🇷"),
            )
        ).id
        for name in (
            f"{LATIN} 👩\u200d💻",
            f"{CHINESE} {JAPANESE}",
            ARABIC,
            HEBREW,
            LONG_WORD,
            INDIC,
            SOUTH_EAST,
        )
    )
    stages = tuple(StageSpec(name) for name in (*SCRIPTS, LONG_WORD))
    lanes = (
        LaneSpec(LaneKind.TEXT, f"{LATIN} {EMOJI}"),
        LaneSpec(LaneKind.PAIN_POINTS, f"{KOREAN} {HEBREW}"),
        LaneSpec(LaneKind.EMOTION, f"{ARABIC} 😀"),
    )
    cells = {
        (index, 0): CellSpec(text=f"{text} {SCRIPTS[-1 - index % len(SCRIPTS)]}")
        for index, text in enumerate((*SCRIPTS, LONG_WORD))
    }
    cells[(1, 1)] = CellSpec(items=tuple({"text": text} for text in SCRIPTS))
    months = tuple((date(2026, month, 1), 1000.0 * month) for month in range(1, 7))
    metrics = tuple(
        MetricSpec(stage=index, name=f"{text} 💶", unit=unit, values=months, target=5000.0)
        for index, (text, unit) in enumerate(
            zip(
                SCRIPTS,
                (MetricUnit.CURRENCY, MetricUnit.COUNT, MetricUnit.PERCENT, MetricUnit.DAYS),
                strict=False,
            )
        )
    )
    emotions = {
        (stage, persona): (stage % 5 - 2, None)
        for stage in range(len(stages))
        for persona in personas[:2]
    }
    journey = services.journeys.create(
        JourneySpec(
            title=f"{EMOJI} {CHINESE} {ARABIC}",
            description=f"{HEBREW} {JAPANESE} {LONG_WORD}",
            persona_ids=personas,
            stages=stages,
            lanes=lanes,
            cells=cells,
            emotions=emotions,
            metrics=metrics,
        )
    )
    stage = services.journeys.get(journey).stages[0]
    session = services.workshop.start(journey, f"{KOREAN} 🗳️", date(2026, 10, 20))
    for kind, text in ((CaptureKind.IDEA, f"{EMOJI} {ARABIC}"), (CaptureKind.PAIN_POINT, HEBREW)):
        services.workshop.capture(session, stage.id, kind, text)
    services.workshop.capture(session, None, CaptureKind.PARKING, f"{JAPANESE} {LONG_WORD}")
    return World(services, journey, personas)


def _export(world: World, kind: str, tmp_path: Path) -> Path:
    path = tmp_path / f"{kind}.pdf"
    if kind.startswith("poster"):
        paper: Any = kind.split("-")[1]
        deliverables.journey_poster(world.services, world.journey, path, paper=paper, clock=CLOCK)
    elif kind == "persona":
        deliverables.persona_onepager(world.services, world.personas, path, clock=CLOCK)
    elif kind == "report":
        deliverables.full_report(world.services, path, clock=CLOCK)
    else:
        deliverables.workshop_summary(world.services, world.journey, path, clock=CLOCK)
    return path


DELIVERABLES = ("poster-A4", "poster-A3", "poster-A2", "persona", "report", "workshop")


# Tests -----------------------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("kind", DELIVERABLES)
def test_every_script_prints_with_real_glyphs_and_stays_on_the_page(
    world: World, kind: str, tmp_path: Path
) -> None:
    path = _export(world, kind, tmp_path)
    pdf = path.read_bytes()
    assert missing_glyphs(pdf) == set()
    fonts = _pdf_fonts(path)
    assert {"PB-Sans", "PB-Emoji", "PB-CJK", "PB-Arabic", "PB-Hebrew"} <= fonts
    assert _not_bundled(fonts) == set()
    assert _words_off_the_page(path) == []


def _not_bundled(fonts: set[str]) -> set[str]:
    """The fonts that are not ours (a machine's own fonts, found by fontconfig)."""
    return {font for font in fonts if not font.startswith("PB-")}


@pytest.fixture(scope="module", params=["en", "fr"])
def demo(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Services]:
    """The demo in each language, with a workshop held on its first map."""
    from personabuilder.services.starter import build_demo
    from personabuilder.store import Workspace

    lang = request.param
    path = tmp_path_factory.mktemp(f"demo-{lang}") / "demo.pbw"
    workspace = Workspace.create(
        path, populate=lambda ws: build_demo(Services.bind(ws), lang, today=CLOCK.date())
    )
    services = Services.bind(workspace)
    journey = services.listing.journeys()[0]
    stage = services.journeys.get(journey.id).stages[0]
    session = services.workshop.start(journey.id, "Kick-off", date(2026, 10, 20))
    services.workshop.capture(session, stage.id, CaptureKind.IDEA, "Show the ROI sooner")
    yield services
    workspace.close()


@pytest.mark.slow
@pytest.mark.parametrize("kind", DELIVERABLES)
def test_the_demo_prints_only_with_the_bundled_fonts(
    demo: Services, kind: str, tmp_path: Path
) -> None:
    # Text with only Latin letters once fell back to the machine's own sans serif in every
    # chart and figure drawn as SVG (see engine._clean_svg_fonts).
    journey = demo.listing.journeys()[0].id
    world = World(demo, journey, tuple(persona.id for persona in demo.listing.personas()))
    path = _export(world, kind, tmp_path)
    fonts = _pdf_fonts(path)
    assert "PB-Sans" in fonts
    assert _not_bundled(fonts) == set()
    assert missing_glyphs(path.read_bytes()) == set()


@pytest.mark.parametrize(
    "families",
    [
        '"PB Hebrew", "PB Arabic", "PB Sans", sans-serif',
        "'PB Arabic' ,  'PB Sans'",
        "PB Hebrew,PB Sans",
    ],
)
def test_svg_text_prints_with_the_bundled_fonts_however_its_family_list_is_spaced(
    families: str, tmp_path: Path
) -> None:
    attribute = families.replace('"', "&quot;")
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="60" '
        f'font-family="{attribute}">'
        '<text x="4" y="20">Revenue 2026</text>'
        f'<text x="4" y="40" style="font-weight: bold; font-family: {attribute}">Churn</text></svg>'
    )
    path = tmp_path / "chart.pdf"
    render_pdf(f"<p>Chart</p>{svg}", path, title="T", author="", lang="en")
    fonts = _pdf_fonts(path)
    assert {"PB-Sans", "PB-Sans-Bold"} <= fonts
    assert _not_bundled(fonts) == set()


def test_the_scan_sees_a_missing_glyph(tmp_path: Path) -> None:
    # Egyptian hieroglyphs: in none of the bundled fonts.
    out = io.BytesIO()
    render_pdf("<p>Scribe \U00013000 ok</p>", out, title="T", author="", lang="en")
    # One glyph id past the end of the first font of the list, which took the character.
    assert len(missing_glyphs(out.getvalue())) == 1


@pytest.mark.parametrize(("script", "blocks"), NOTO_SCRIPTS)
def test_each_script_font_draws_the_letters_its_range_sends_it(script: str, blocks: str) -> None:
    # A face gets every character of its unicode-range: its file must draw them (all but
    # the few letters Unicode added after the font was made).
    for cut, _weight in NOTO_CUTS:
        with TTFont(str(resources_dir() / "fonts" / noto_file(script, cut)), lazy=True) as font:
            drawn = font.getBestCmap()
        assigned = [
            code
            for low, high in fonts._spans(blocks)
            for code in range(low, high + 1)
            if unicodedata.category(chr(code))[0] in "LMNP"
        ]
        missing = [f"U+{code:04X}" for code in assigned if code not in drawn]
        assert len(missing) <= 3 < len(assigned), (script, cut, missing)


def test_the_scan_passes_text_the_fonts_cover() -> None:
    out = io.BytesIO()
    html = "<p>" + " ".join(SCRIPTS) + "</p><p><b>" + EMOJI + "</b> <i>" + CHINESE + "</i></p>"
    render_pdf(html, out, title="T", author="", lang="en")
    assert missing_glyphs(out.getvalue()) == set()


@pytest.mark.parametrize(("text", "direction"), [(ARABIC, "rtl"), (HEBREW, "rtl"), (LATIN, "ltr")])
def test_paragraphs_take_the_direction_of_their_first_letter(text: str, direction: str) -> None:
    assert engine._first_strong(f"2026 — {text} (x)") == direction


def test_text_blocks_in_a_right_to_left_script_are_set_right_to_left() -> None:
    import weasyprint

    root = weasyprint.HTML(
        string=f"""<p id="ar">{ARABIC} 2026</p><p id="latin">{LATIN} {HEBREW}</p>
        <div id="grid"><div id="cell"><b>{HEBREW}</b> {LATIN}</div></div>
        <span id="auto" dir="auto">{HEBREW}</span><p id="kept" dir="ltr">{ARABIC}</p>"""
    ).etree_element
    engine._set_directions(root)
    found = {element.get("id"): element.get("dir") for element in root.iter()}
    assert found["ar"] == "rtl"
    assert found["cell"] == "rtl"
    assert found["auto"] == "rtl"
    assert found["latin"] is None
    # A block holding blocks is never mirrored; a direction the markup gives is kept.
    assert found["grid"] is None
    assert found["kept"] == "ltr"


def test_chart_text_in_a_right_to_left_script_is_written_in_display_order() -> None:
    # WeasyPrint draws SVG text a character at a time: it gets the characters as shown.
    assert engine._visual("עברית") == "תירבע"
    assert engine._visual("Stage שלב") == "Stage בלש"
    arabic = engine._visual(ARABIC)
    assert all(0xFE70 <= ord(char) <= 0xFEFF or char == " " for char in arabic)
    assert engine._visual(LATIN) == LATIN


# Emoji of several code points, of each kind: ZWJ sequences, flags, skin tones, keycaps,
# subdivision flags (tag sequences) and emoji presentation selectors.
EMOJI_SEQUENCES = (
    "👩\u200d💻",
    "👨\u200d🚀",
    "🧑\u200d🔬",
    "🏳\ufe0f\u200d🌈",
    "👨\u200d👩\u200d👧\u200d👦",
    "❤\ufe0f\u200d🔥",
    *("🇫🇷", "🇩🇪", "🇯🇵", "🇧🇷", "🇺🇸", "🇮🇳", "🇿🇦", "🇰🇷"),
    *("👍" + tone for tone in ("🏻", "🏼", "🏽", "🏾", "🏿")),
    "👋🏾",
    "🧑🏽\u200d💻",
    *("#\ufe0f\u20e3", "1\ufe0f\u20e3", "*\ufe0f\u20e3"),
    *(
        "🏴" + "".join(chr(0xE0000 + ord(letter)) for letter in code) + "\U000e007f"
        for code in ("gbeng", "gbsct", "gbwls")
    ),
    *("❤\ufe0f", "☀\ufe0f", "✈\ufe0f"),
)


def _images_drawn(pdf: bytes) -> int:
    """How many images the pages draw (WeasyPrint draws each colour emoji as one)."""
    reader = PdfReader(io.BytesIO(pdf))
    count = 0

    def walk(content: Any, resources: Any) -> None:
        nonlocal count
        objects = resources.get("/XObject", {}) if resources else {}
        for operands, operator in ContentStream(content, reader).operations:
            if operator == b"Do":
                drawn = objects[operands[0]].get_object()
                if drawn["/Subtype"] == "/Image":
                    count += 1
                else:
                    walk(drawn, drawn.get("/Resources"))

    for page in reader.pages:
        walk(page.get_contents(), page["/Resources"])
    return count


@pytest.mark.parametrize("anchor", ["start", "middle", "end"])
def test_an_emoji_of_several_code_points_prints_whole_in_svg_text(
    anchor: str, tmp_path: Path
) -> None:
    # WeasyPrint lays SVG text out one code point at a time: a flag came out as two letters,
    # a ZWJ sequence as its parts. HTML text, shaped whole, is the reference.
    texts = "".join(
        f'<text x="150" y="{20 + 16 * index}" text-anchor="{anchor}" font-size="12">'
        f"Ann {emoji} Lee</text>"
        for index, emoji in enumerate(EMOJI_SEQUENCES)
    )
    height = 30 + 16 * len(EMOJI_SEQUENCES)
    svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="300" height="{height}">{texts}</svg>'
    html = "".join(f"<p>Ann {emoji} Lee</p>" for emoji in EMOJI_SEQUENCES)
    drawn = {}
    for name, document in (("svg", svg), ("html", html)):
        path = tmp_path / f"{name}.pdf"
        render_pdf(document, path, title="T", author="", lang="en")
        drawn[name] = _images_drawn(path.read_bytes())
        assert missing_glyphs(path.read_bytes()) == set()
        copied = subprocess.run(
            [program("pdftotext"), str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        # Copying the text gives the emoji back (a keycap's selector may be left out, in
        # HTML text too).
        for emoji in EMOJI_SEQUENCES:
            assert f"Ann {emoji} Lee".replace("\ufe0f", "") in copied.replace("\ufe0f", "")
    assert drawn["svg"] == drawn["html"] == len(EMOJI_SEQUENCES)


def _word_boxes(path: Path) -> list[tuple[str, float]]:
    """Each word pdftotext finds on the first page, with its width."""
    html = subprocess.run(
        [program("pdftotext"), "-bbox", "-l", "1", str(path), "-"], capture_output=True, check=True
    ).stdout.decode("utf-8")
    return [
        (word, float(right) - float(left))
        for left, right, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', html
        )
    ]


@pytest.mark.parametrize(("script", "sample"), SCRIPT_SAMPLES.items())
def test_a_word_of_a_shaped_script_prints_whole_in_svg_text(
    script: str, sample: str, tmp_path: Path
) -> None:
    # Laid out one code point at a time, a Hindi word came out as loose letters and marks
    # ("ग ्र ाहक"), wider than the word. HTML text, shaped whole, is the reference.
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40">'
        f'<text x="10" y="24" font-size="16">{sample}</text></svg>'
    )
    html = f'<p style="font-size: 16px">{sample}</p>'
    boxes = {}
    for name, document in (("svg", svg), ("html", html)):
        path = tmp_path / f"{name}.pdf"
        render_pdf(document, path, title="T", author="", lang="en")
        assert missing_glyphs(path.read_bytes()) == set()
        boxes[name] = _word_boxes(path)
    # pdftotext cuts some shaped words where their glyphs leave a gap, and reads a few
    # reordered vowel signs back in display order: the SVG's words and widths must be the
    # HTML's.
    assert len(boxes["svg"]) >= len(sample.split())
    assert [word for word, _width in boxes["svg"]] == [word for word, _width in boxes["html"]]
    for (_word, drawn), (_same, shaped) in zip(boxes["svg"], boxes["html"], strict=True):
        assert drawn == pytest.approx(shaped, rel=0.02, abs=0.5), script


# Text in every script at many sizes, bold and regular, with colour emoji: Pango frees fonts
# it no longer caches while the page is drawn.
_MANY_FONTS = """
import io, sys
from personabuilder.export.engine import render_trusted
from tests.integration.test_glyphs import EMOJI, SCRIPTS
text = " ".join(SCRIPTS) + " " + EMOJI
html = "".join(
    f'<p style="font-size: {6 + i % 14}pt; font-weight: {700 if i % 3 == 0 else 400}">{text}</p>'
    for i in range(60)
)
for _ in range(2):
    render_trusted(html, io.BytesIO(), title="", author="", lang="en")
print("drawn")
"""


def test_colour_emoji_among_many_fonts_are_drawn_without_crashing() -> None:
    # WeasyPrint keeps the HarfBuzz font of each face without a reference of its own: drawing
    # an emoji read freed memory and the process died (engine._hold_harfbuzz_fonts). In a
    # process of its own, so that a crash fails this test and not the whole run.
    done = run_snippet(_MANY_FONTS, timeout=240)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "drawn"


def test_characters_users_type_that_the_engine_uses_as_stand_ins_stay_themselves() -> None:
    held = engine._hold_clusters("a 🇫🇷 b")
    stand_in = held[2]
    typed = engine._hold_clusters(f"x {stand_in} 🇫🇷 \U0010fffd")
    assert engine._given_back(typed) == f"x {stand_in} 🇫🇷 \U0010fffd"
    assert engine._given_back(held) == "a 🇫🇷 b"
    assert engine._hold_clusters("plain 🚀 ❤ text") == "plain 🚀 ❤ text"  # one code point each
