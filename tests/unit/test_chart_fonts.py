"""Chart text in any script finds a glyph, on screen and in the SVG the PDF embeds.

Warnings are errors in this suite, so matplotlib's "Glyph ... missing from font(s)" fails
these tests: drawing them is the check.
"""

import io
import re

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from personabuilder.charts import style
from personabuilder.charts.base import save_figure
from personabuilder.charts.data import EmotionData, FunnelData, PersonaEmotion
from personabuilder.charts.emotion import build_emotion
from personabuilder.charts.funnel import build_funnel

STAGES = (
    "客户旅程",
    "カスタマー",
    "고객 여정",
    "رحلة العميل",
    "מסע הלקוח",
    "Launch 🚀 👩\u200d💻 🇫🇷",
)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_script_is_drawn_without_a_missing_glyph(lang: str) -> None:
    funnel = build_funnel(
        FunnelData(STAGES, (600.0, 500.0, 400.0, 300.0, 200.0, 100.0), metric="ユーザー 📈"),
        lang=lang,
    )
    emotion = build_emotion(
        EmotionData(
            STAGES,
            (PersonaEmotion("Éléonore 👩\u200d💻", (2, 1, 0, -1, -2, 1)),),
            title="中文 עברית العربية 😀",
        ),
        lang=lang,
    )
    for figure in (funnel, emotion):
        FigureCanvasAgg(figure).draw()


def test_the_svg_names_the_pdf_fallback_families_after_dejavu() -> None:
    figure = build_funnel(FunnelData(STAGES[:3], (3.0, 2.0, 1.0), metric="📈"))
    out = io.BytesIO()
    save_figure(figure, out, "svg")
    families = set(re.findall(r"font-family: ([^;\"]+)", out.getvalue().decode("utf-8")))
    assert families
    for family in families:
        # export/context.py puts "PB Sans" before the leading "DejaVu Sans".
        assert family.startswith("'DejaVu Sans'")
        for name in style.FALLBACK_FONTS:
            assert f"'{name}'" in family


def test_registering_the_fonts_twice_adds_nothing() -> None:
    from matplotlib import font_manager

    style.register_fonts()
    count = len(font_manager.fontManager.ttflist)
    style.register_fonts()
    assert len(font_manager.fontManager.ttflist) == count
    names = {entry.name for entry in font_manager.fontManager.ttflist}
    assert set(style.FALLBACK_FONTS) <= names
