"""What all charts share: style, legibility, cached text, cached layout, files, imports."""

import dataclasses
import io
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import matplotlib as mpl
import numpy as np
import numpy.typing as npt
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_rgb
from matplotlib.figure import Figure
from matplotlib.text import Text

from personabuilder.charts import base, style
from personabuilder.charts import text as text_module
from personabuilder.charts.base import ChartFigure, TextBitmaps, new_figure, save_figure
from personabuilder.charts.data import (
    ActualTargetData,
    EmotionData,
    FunnelData,
    HealthRow,
    HealthStatus,
    PersonaEmotion,
    StageHealthData,
    StageTarget,
    TrendData,
)
from personabuilder.charts.emotion import build_emotion
from personabuilder.charts.funnel import build_funnel
from personabuilder.charts.health import StageHealthChart, build_stage_health
from personabuilder.charts.targets import build_actual_target
from personabuilder.charts.text import word
from personabuilder.charts.trend import TrendChart, build_trend
from personabuilder.model import Direction, Granularity, MetricUnit

STAGES = ("Awareness", "Consideration", "Trial")
Pixels = npt.NDArray[np.uint8]


def every_chart(lang: str) -> list[Figure]:
    trend_values = tuple((date(2026, month, 1), 10.0 + month) for month in range(1, 13))
    return [
        build_funnel(FunnelData(STAGES, (100.0, 40.0, 10.0), metric="Accounts"), lang=lang),
        build_actual_target(
            ActualTargetData(
                "Conversion rate",
                MetricUnit.PERCENT,
                Direction.HIGHER_IS_BETTER,
                tuple(StageTarget(stage, 10.0, 12.0) for stage in STAGES),
            ),
            lang=lang,
        ),
        build_trend(
            TrendData("MRR", MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER, 15.0, trend_values),
            lang=lang,
        ),
        build_emotion(
            EmotionData(STAGES, (PersonaEmotion("Ada", (0, 1, 2), to_be=(1, 1, 2)),)), lang=lang
        ),
        build_stage_health(
            StageHealthData(tuple(HealthRow(s, "NPS", HealthStatus.AT_RISK) for s in STAGES)),
            lang=lang,
        ),
        build_trend_empty(lang),
    ]


def build_trend_empty(lang: str) -> Figure:
    return build_trend(
        TrendData("MRR", MetricUnit.CURRENCY, Direction.HIGHER_IS_BETTER, None, ()), lang=lang
    )


def visible_texts(figure: Figure) -> list[Text]:
    return [
        text
        for text in figure.findobj(Text)
        if isinstance(text, Text) and text.get_visible() and text.get_text()
    ]


class TestLegibility:
    @pytest.mark.parametrize("lang", ["en", "fr"])
    def test_every_text_is_at_least_twelve_points_and_titles_fourteen(self, lang: str) -> None:
        for figure in every_chart(lang):
            FigureCanvasAgg(figure).draw()
            texts = visible_texts(figure)
            assert texts
            assert min(text.get_fontsize() for text in texts) >= 12
            title = figure.axes[0].get_title(loc="left")
            assert title
            (title_text,) = [text for text in texts if text.get_text() == title]
            assert title_text.get_fontsize() >= 14

    def test_every_text_uses_the_font_with_french_coverage(self) -> None:
        for figure in every_chart("fr"):
            FigureCanvasAgg(figure).draw()
            families = {text.get_fontfamily()[0] for text in visible_texts(figure)}
            assert families == {style.FONT}

    def test_building_charts_leaves_global_settings_alone(self) -> None:
        before = dict(mpl.rcParams)
        every_chart("fr")
        assert dict(mpl.rcParams) == before

    def test_palette_is_okabe_ito_and_statuses_are_told_apart(self) -> None:
        assert len(style.OKABE_ITO) == 8
        assert set(style.SERIES) == set(style.OKABE_ITO.values())
        colours = [mark.colour for mark in style.STATUS_MARKS.values()]
        symbols = [mark.symbol for mark in style.STATUS_MARKS.values()]
        assert len(set(colours)) == len(colours) == len(HealthStatus)
        # Colour is never the only cue: every status has its own symbol.
        assert len(set(symbols)) == len(symbols)
        assert all(symbols)

    def test_text_colour_reads_on_its_fill(self) -> None:
        assert style.text_colour_on((1.0, 1.0, 1.0)) == "black"
        assert style.text_colour_on((0.0, 0.0, 0.0)) == "white"
        assert style.text_colour_on(to_rgb(style.OKABE_ITO["yellow"])) == "black"


def pixels(figure: Figure) -> Pixels:
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def nearly_same_pixels(one: Pixels, other: Pixels) -> bool:
    """Equal images, but for a few antialiased edge pixels a pasted bitmap rounds apart."""
    difference = np.abs(one.astype(int) - other.astype(int)).max(axis=2)
    return bool(difference.max() <= 2 and np.count_nonzero(difference) <= 10)


class TestTextBitmaps:
    @pytest.mark.parametrize("index", range(6))
    def test_pasted_text_looks_like_drawn_text(
        self, monkeypatch: pytest.MonkeyPatch, index: int
    ) -> None:
        figure = every_chart("fr")[index]
        assert isinstance(figure, ChartFigure)
        first = pixels(figure)
        again = pixels(figure)
        monkeypatch.setattr(ChartFigure, "draw", Figure.draw)
        plain = pixels(figure)
        assert nearly_same_pixels(first, plain)
        assert nearly_same_pixels(again, plain)

    def test_rotated_coloured_and_multiline_text(self, monkeypatch: pytest.MonkeyPatch) -> None:
        figure = new_figure((4.0, 3.0))
        ax = figure.add_subplot()
        ax.text(0.1, 0.6, "✓ Taux de conversion", fontsize=12, color="#D55E00")
        ax.text(0.5, 0.2, "deux\nlignes", ha="center", rotation=30, fontsize=14)
        ax.text(0.9, 0.5, "Étape", rotation=90, fontsize=13, alpha=0.5)
        cached = pixels(figure)
        monkeypatch.setattr(ChartFigure, "draw", Figure.draw)
        assert nearly_same_pixels(cached, pixels(figure))

    def test_drawing_again_reuses_the_bitmaps(self) -> None:
        figure = every_chart("en")[4]
        assert isinstance(figure, ChartFigure)
        pixels(figure)
        kept = len(figure.text_bitmaps)
        assert kept > 0
        pixels(figure)
        assert len(figure.text_bitmaps) == kept

    def test_a_changed_text_is_drawn(self, monkeypatch: pytest.MonkeyPatch) -> None:
        figure = new_figure((4.0, 3.0))
        text = figure.add_subplot().text(0.2, 0.5, "before", fontsize=12)
        before = pixels(figure)
        text.set_text("after")
        text.set_color("#0072B2")
        after = pixels(figure)
        assert not nearly_same_pixels(before, after)
        monkeypatch.setattr(ChartFigure, "draw", Figure.draw)
        assert nearly_same_pixels(after, pixels(figure))

    def test_the_cache_is_bounded(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(TextBitmaps, "LIMIT", 3)
        figure = new_figure((4.0, 3.0))
        ax = figure.add_subplot()
        for index in range(6):
            ax.text(0.1, index / 6, f"label {index}")
        pixels(figure)
        assert len(figure.text_bitmaps) == 3

    def test_vector_output_keeps_real_text(self) -> None:
        figure = new_figure((4.0, 3.0))
        figure.add_subplot().text(0.2, 0.5, "Indicateur clé", fontsize=12)
        pixels(figure)
        out = io.BytesIO()
        save_figure(figure, out, "svg")
        assert "Indicateur clé" in out.getvalue().decode("utf-8")


class TestCachedLayout:
    @staticmethod
    def count_layouts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
        calls = [0]
        original = base.ConstrainedLayoutEngine.execute

        def counting(self: object, figure: Figure) -> object:
            calls[0] += 1
            return original(self, figure)  # type: ignore[arg-type]

        monkeypatch.setattr(base.ConstrainedLayoutEngine, "execute", counting)
        return calls

    @staticmethod
    def trend(value: float) -> TrendData:
        values = tuple((date(2026, month, 1), 10.0 + month) for month in range(1, 13))
        changed = ((values[3][0], value), *values[4:])
        return TrendData(
            "MRR",
            MetricUnit.CURRENCY,
            Direction.HIGHER_IS_BETTER,
            15.0,
            (*values[:3], *changed),
            Granularity.MONTH,
        )

    def test_an_edit_within_the_axis_is_not_laid_out_again(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        calls = self.count_layouts(monkeypatch)
        chart = TrendChart(self.trend(14.0))
        canvas = FigureCanvasAgg(chart.figure)
        canvas.draw()
        assert calls == [1]
        chart.update(self.trend(15.0))
        canvas.draw()
        assert calls == [1]

    def test_new_limits_size_or_shape_lay_out_again(self, monkeypatch: pytest.MonkeyPatch) -> None:
        calls = self.count_layouts(monkeypatch)
        chart = TrendChart(self.trend(14.0))
        canvas = FigureCanvasAgg(chart.figure)
        canvas.draw()
        chart.update(self.trend(1000.0))  # the axis rescales, its tick labels widen
        canvas.draw()
        assert calls == [2]
        chart.figure.set_size_inches(8.0, 5.0)
        canvas.draw()
        assert calls == [3]
        chart.update(dataclasses.replace(self.trend(14.0), metric="ARR"))  # rebuilt
        canvas.draw()
        assert calls == [4]
        chart.invalidate_layout()
        canvas.draw()
        assert calls == [5]

    def test_a_chart_can_be_built_into_an_existing_figure(self) -> None:
        figure = Figure()
        figure.add_subplot().plot([1, 2])
        chart = StageHealthChart(
            StageHealthData((HealthRow("Trial", "NPS", HealthStatus.ON_TRACK),)), figure=figure
        )
        assert chart.figure is figure
        assert len(figure.axes) == 1
        assert figure.axes[0].get_title(loc="left") == "Stage health"
        assert isinstance(figure.get_layout_engine(), base.CachedConstrainedLayout)


class TestSaveFigure:
    def test_png_file(self, tmp_path: Path) -> None:
        path = tmp_path / "funnel.png"
        save_figure(every_chart("fr")[0], path, "png", dpi=72)
        assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")

    @pytest.mark.parametrize("lang", ["en", "fr"])
    def test_svg_keeps_titles_and_labels_as_text(self, tmp_path: Path, lang: str) -> None:
        for index, figure in enumerate(every_chart(lang)):
            path = tmp_path / f"chart{index}.svg"
            save_figure(figure, str(path), "svg")
            svg = path.read_text("utf-8")
            assert svg.lstrip().startswith("<?xml")
            assert "<svg" in svg
            title = figure.axes[0].get_title(loc="left")
            assert title in svg
            assert "DejaVu Sans" in svg

    def test_no_data_message_is_in_the_svg(self) -> None:
        out = io.BytesIO()
        save_figure(build_trend_empty("fr"), out, "svg")
        assert "Aucune donnée" in out.getvalue().decode("utf-8")

    def test_the_same_figure_gives_the_same_svg(self) -> None:
        figure = every_chart("en")[2]
        first, second = io.BytesIO(), io.BytesIO()
        save_figure(figure, first, "svg")
        save_figure(figure, second, "svg")
        assert first.getvalue() == second.getvalue()

    def test_other_formats_are_refused(self, tmp_path: Path) -> None:
        with pytest.raises(ValueError, match="pdf"):
            save_figure(Figure(), tmp_path / "x.pdf", "pdf")  # type: ignore[arg-type]

    def test_saving_leaves_the_svg_setting_alone(self) -> None:
        before = mpl.rcParams["svg.fonttype"]
        save_figure(every_chart("en")[0], io.BytesIO(), "svg")
        assert mpl.rcParams["svg.fonttype"] == before


class TestImports:
    @staticmethod
    def modules_after(code: str) -> set[str]:
        result = subprocess.run(
            [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).resolve().parents[2],
        )
        return set(result.stdout.split())

    def test_package_numbers_and_data_do_not_load_matplotlib(self) -> None:
        loaded = self.modules_after(
            "import personabuilder.charts, personabuilder.charts.numbers,"
            " personabuilder.charts.data, personabuilder.charts.style"
        )
        assert "matplotlib" not in loaded

    def test_building_and_saving_never_loads_pyplot_or_qt(self) -> None:
        loaded = self.modules_after(
            "import io\n"
            "from personabuilder.charts.funnel import build_funnel\n"
            "from personabuilder.charts.data import FunnelData\n"
            "from personabuilder.charts.base import save_figure\n"
            "fig = build_funnel(FunnelData(('A', 'B'), (2.0, 1.0)))\n"
            "save_figure(fig, io.BytesIO(), 'png')\n"
            "save_figure(fig, io.BytesIO(), 'svg')"
        )
        assert "matplotlib.figure" in loaded
        assert "matplotlib.pyplot" not in loaded
        assert not any(name.startswith("PySide6") for name in loaded)


class TestWords:
    def test_every_word_exists_in_both_languages(self) -> None:
        for key, (english, french) in text_module._WORDS.items():
            assert english.strip(), key
            assert french.strip(), key
            assert word(key, "en") == english or "{" in english
            assert word(key, "fr_FR") == french or "{" in french

    def test_french_typography(self) -> None:
        for key, (_, french) in text_module._WORDS.items():
            assert "'" not in french, key
            assert "..." not in french, key
            # A no-break space, never a plain one, before : ; ? ! and %.
            assert not re.search(r"(^|[^\u00a0\u202f(])[:;?!%]", french), key
            # Guillemets hold their words with no-break spaces: « Comptes ».
            assert not re.search(r"«[^\u00a0\u202f]|[^\u00a0\u202f]»", french), key

    def test_fields_are_filled(self) -> None:
        assert word("trend_title", "fr", metric="MRR") == "MRR\u00a0: évolution"
        assert word("to_be", "en", name="Ada") == "Ada (to-be)"
