"""Palette, fonts and status marks shared by every chart (matplotlib only to register fonts)."""

import functools
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

from personabuilder.charts.data import HealthStatus
from personabuilder.resources import NOTO_CUTS, NOTO_SCRIPTS, noto_file, resources_dir

if TYPE_CHECKING:
    from matplotlib.typing import RcKeyType

_log = logging.getLogger(__name__)

# Okabe & Ito's eight colours, told apart under the common colour-vision deficiencies.
OKABE_ITO: Final[dict[str, str]] = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

# Order for data series: yellow last, it is faint on white.
SERIES: Final[tuple[str, ...]] = tuple(
    OKABE_ITO[name]
    for name in (
        "blue",
        "orange",
        "bluish_green",
        "vermillion",
        "reddish_purple",
        "sky_blue",
        "black",
        "yellow",
    )
)
# Marker shapes paired with series so that lines differ by more than colour.
MARKERS: Final = ("o", "s", "^", "D", "v", "P", "X", "*")
MISSING_COLOUR: Final = "#BBBBBB"
TARGET_COLOUR: Final = OKABE_ITO["black"]
TEXT_COLOUR: Final = "#222222"
MUTED_TEXT: Final = "#555555"
# Cividis was designed to read the same with deuteranopia and in greyscale.
SEQUENTIAL_CMAP: Final = "cividis"

# DejaVu Sans ships with matplotlib and covers French, €, −, ✓ and ✗.
FONT: Final = "DejaVu Sans"
# What DejaVu Sans lacks, from the bundled fonts, under the family names the PDF gives
# them (export/pdf.py): user text in a chart's SVG then prints with the document's fonts.
# On screen emoji come from the outline Noto Emoji (matplotlib draws no colour bitmaps);
# in the PDF "PB Emoji" is Noto Color Emoji.
FALLBACK_FONTS: Final[dict[str, tuple[str, ...]]] = {
    "PB Hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "PB Arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    **{
        f"PB {name}": tuple(noto_file(name, cut) for cut, _weight in NOTO_CUTS)
        for name, _blocks in NOTO_SCRIPTS
    },
    "PB CJK": ("DroidSansFallback.ttf",),
    "PB Emoji": ("NotoEmoji-Regular.ttf",),
}
# matplotlib takes each character from the first of these fonts that has it.
FAMILIES: Final = (FONT, *FALLBACK_FONTS)
# Point sizes chosen to stay readable on a projector at the back of a room.
BASE_SIZE: Final = 12.0
TICK_SIZE: Final = 12.0
LABEL_SIZE: Final = 13.0
TITLE_SIZE: Final = 16.0
MESSAGE_SIZE: Final = 18.0
HINT_SIZE: Final = 14.0
FIGURE_SIZE: Final = (10.0, 6.0)

RC: Final[dict["RcKeyType", Any]] = {
    # Names come from users: "$10k to $50k" is money, not mathtext. Texts created while
    # building (titles, labels, legends, tick labels set from names) keep this setting.
    "text.parse_math": False,
    "font.family": list(FAMILIES),
    "font.size": BASE_SIZE,
    "axes.titlesize": TITLE_SIZE,
    "axes.titleweight": "bold",
    "axes.labelsize": LABEL_SIZE,
    "xtick.labelsize": TICK_SIZE,
    "ytick.labelsize": TICK_SIZE,
    "legend.fontsize": BASE_SIZE,
    "legend.title_fontsize": BASE_SIZE,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.edgecolor": MUTED_TEXT,
    "text.color": TEXT_COLOUR,
    "axes.labelcolor": TEXT_COLOUR,
    "lines.linewidth": 2.5,
    "lines.markersize": 8.0,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
}


@functools.cache
def register_fonts() -> None:
    """Makes the bundled fallback fonts known to matplotlib under their "PB ..." names (once)."""
    from dataclasses import replace

    from matplotlib import font_manager
    from matplotlib.ft2font import FT2Font

    folder = resources_dir() / "fonts"
    for family, files in FALLBACK_FONTS.items():
        entries = []
        for name in files:
            path = folder / name
            if not path.is_file():
                _log.warning("bundled font %s is missing; charts may show boxes", name)
                continue
            entries.append(replace(font_manager.ttfFontProperty(FT2Font(str(path))), name=family))
        if len(entries) == 1:
            # No bold cut: bold titles take the regular one without a warning for each.
            entries.append(replace(entries[0], weight=700))
        font_manager.fontManager.ttflist.extend(entries)
    # findfont caches its answers, including "not found" for the names added just now.
    # (matplotlib's own addfont clears it the same way.)
    manager: Any = font_manager.fontManager
    manager._findfont_cached.cache_clear()


@dataclass(frozen=True, slots=True)
class StatusMark:
    """How one health status is drawn: a colour, and a symbol so as not to rely on colour."""

    colour: str
    symbol: str


STATUS_MARKS: Final[dict[HealthStatus, StatusMark]] = {
    HealthStatus.ON_TRACK: StatusMark(OKABE_ITO["bluish_green"], "✓"),
    HealthStatus.AT_RISK: StatusMark(OKABE_ITO["yellow"], "!"),
    HealthStatus.OFF_TRACK: StatusMark(OKABE_ITO["vermillion"], "✗"),
    HealthStatus.NOT_AVAILABLE: StatusMark("#DDDDDD", "–"),
}


def text_colour_on(rgb: tuple[float, float, float]) -> str:
    """Black or white, whichever reads better on a fill of this colour (0..1 channels)."""
    red, green, blue = rgb
    # Relative luminance, ITU-R BT.709 weights on linearised channels.
    lum = sum(
        weight * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        for weight, c in ((0.2126, red), (0.7152, green), (0.0722, blue))
    )
    return "black" if lum > 0.18 else "white"


def relative_luminance(rgb: tuple[float, float, float]) -> float:
    """WCAG relative luminance of a colour (0..1 channels)."""
    return sum(
        weight * (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
        for weight, c in zip((0.2126, 0.7152, 0.0722), rgb, strict=True)
    )


def contrast_ratio(first: tuple[float, float, float], second: tuple[float, float, float]) -> float:
    """WCAG contrast ratio of two colours (0..1 channels): 1 to 21."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours a chart is drawn in: ``LIGHT`` (documents, light screens) or ``DARK``.

    On ``DARK`` every text colour keeps at least 4.5:1 contrast with ``background`` and every
    series, status and attainment colour at least 3:1 (WCAG); text written on a fill (tiles,
    heatmap cells) is black or white, whichever reads better on that fill.
    """

    name: str
    background: str
    text: str
    muted: str
    # Spines and tick marks.
    axis: str
    ticks: str
    grid: str
    faint_grid: str
    # Reference lines that are not data (the emotion chart's zero).
    neutral: str
    # Target marks and lines, and the target's label.
    target: str
    series: tuple[str, ...]
    met: str
    missed: str
    no_target: str
    # One mark per HealthStatus, in the enumeration's order.
    statuses: tuple[StatusMark, ...]
    legend_edge: str

    def status_mark(self, status: HealthStatus) -> StatusMark:
        """How ``status`` is drawn in this theme."""
        return self.statuses[list(HealthStatus).index(status)]

    def series_colour(self, index: int) -> str:
        """The colour of the ``index``-th data series (the palette repeats)."""
        return self.series[index % len(self.series)]

    @property
    def rc(self) -> dict["RcKeyType", Any]:
        """matplotlib settings for texts and lines created while a chart is built."""
        return {
            "axes.edgecolor": self.axis,
            "text.color": self.text,
            "axes.labelcolor": self.text,
            "xtick.color": self.ticks,
            "ytick.color": self.ticks,
            "figure.facecolor": self.background,
            "axes.facecolor": self.background,
        }


# Exactly the colours the charts had before themes: documents print as they did.
LIGHT: Final = Theme(
    name="light",
    background="white",
    text=TEXT_COLOUR,
    muted=MUTED_TEXT,
    axis=MUTED_TEXT,
    ticks="black",
    grid="#DDDDDD",
    faint_grid="#EEEEEE",
    neutral="#BBBBBB",
    target=TARGET_COLOUR,
    series=SERIES,
    met=OKABE_ITO["bluish_green"],
    missed=OKABE_ITO["vermillion"],
    no_target=OKABE_ITO["sky_blue"],
    statuses=tuple(STATUS_MARKS[status] for status in HealthStatus),
    legend_edge="#888888",
)

# On the app's dark window (Qt palette base #1e1f22). Okabe & Ito's colours but the two
# that vanish on dark: black becomes light grey, and blue a lighter blue, later in the order.
DARK: Final = Theme(
    name="dark",
    background="#1E1F22",
    text="#E8E8E8",
    muted="#B4B4B4",
    axis="#9A9A9A",
    ticks="#9A9A9A",
    grid="#3C3E43",
    faint_grid="#333539",
    neutral="#7A7A7A",
    target="#F2F2F2",
    series=(
        OKABE_ITO["sky_blue"],
        OKABE_ITO["orange"],
        OKABE_ITO["bluish_green"],
        OKABE_ITO["vermillion"],
        OKABE_ITO["reddish_purple"],
        OKABE_ITO["yellow"],
        "#E8E8E8",
        "#4C8FD6",
    ),
    met=OKABE_ITO["bluish_green"],
    missed=OKABE_ITO["vermillion"],
    no_target=OKABE_ITO["sky_blue"],
    statuses=(
        STATUS_MARKS[HealthStatus.ON_TRACK],
        STATUS_MARKS[HealthStatus.AT_RISK],
        STATUS_MARKS[HealthStatus.OFF_TRACK],
        StatusMark("#8A8C90", STATUS_MARKS[HealthStatus.NOT_AVAILABLE].symbol),
    ),
    legend_edge="#9A9A9A",
)

THEMES: Final[dict[str, Theme]] = {theme.name: theme for theme in (LIGHT, DARK)}
