"""Projection themes: large type scaled to the screen and colours checked for contrast.

Dimmed neighbour stages keep their contrast: they are dimmed by a quieter background and a
softer text colour that still reads at 4.5:1 or more, never by lowering opacity.
"""

from dataclasses import dataclass, fields

# Body text is at least this many pixels on a 1080-pixel-high screen, and scales with it.
MIN_TEXT_PX_AT_1080 = 28
REFERENCE_HEIGHT = 1080
MIN_CONTRAST = 4.5
MIN_MARK_CONTRAST = 3.0  # WCAG 1.4.11: shapes that carry meaning
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.75, 2.0, 1.15


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def parse_hex(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of a "#rrggbb" colour."""
    text = colour.lstrip("#")
    if len(text) != 6:
        raise ValueError(f"{colour!r} is not a #rrggbb colour")
    return int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16)


def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of a "#rrggbb" colour (0 black .. 1 white)."""
    r, g, b = (_channel(c) for c in parse_hex(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two "#rrggbb" colours, from 1 to 21."""
    a, b = relative_luminance(fg), relative_luminance(bg)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


@dataclass(frozen=True)
class Palette:
    """The colours of one projection theme."""

    name: str
    dark: bool
    background: str  # the window
    panel: str  # the current stage and cards on it
    border: str
    text: str
    muted: str  # lane names, captions
    accent: str  # headings, the spotlight frame, vote dots
    on_accent: str  # text on an accent fill (badges)
    dim_background: str  # neighbour stages
    dim_text: str
    highlight: str  # the selected persona's row
    pain: str
    idea: str
    question: str
    parking: str
    on_track: str
    at_risk: str
    off_track: str
    scrim: str  # behind the capture overlay
    input_background: str
    emotion_low: str  # marks of the emotion scale (shapes, not text)
    emotion_mid: str
    emotion_high: str

    def pairs(self) -> tuple[tuple[str, str, str], ...]:
        """Every (what, text colour, background) pair the projection draws text with."""
        readable_on_panel = (
            "text",
            "muted",
            "accent",
            "pain",
            "idea",
            "question",
            "parking",
            "on_track",
            "at_risk",
            "off_track",
        )
        out: list[tuple[str, str, str]] = []
        for role in readable_on_panel:
            out.append((f"{role} on panel", getattr(self, role), self.panel))
            out.append((f"{role} on highlight", getattr(self, role), self.highlight))
        for role in ("text", "muted", "accent", "parking"):
            out.append((f"{role} on background", getattr(self, role), self.background))
        out += [
            ("dimmed text on dimmed background", self.dim_text, self.dim_background),
            ("accent on dimmed background", self.accent, self.dim_background),
            ("badge text on accent", self.on_accent, self.accent),
            ("overlay text on scrim", self.text, self.scrim),
            ("overlay caption on scrim", self.muted, self.scrim),
            ("typed text", self.text, self.input_background),
            ("overlay heading on scrim", self.accent, self.scrim),
        ]
        for role in ("pain", "idea", "question", "parking"):
            out.append((f"{role} heading on scrim", getattr(self, role), self.scrim))
        return tuple(out)

    def marks(self) -> tuple[tuple[str, str, str], ...]:
        """Every (what, mark colour, background) pair of shapes that carry meaning (3:1)."""
        out = []
        for bg_role in ("panel", "highlight", "dim_background", "background"):
            bg = getattr(self, bg_role)
            for role in ("emotion_low", "emotion_mid", "emotion_high", "border", "accent"):
                out.append((f"{role} on {bg_role}", getattr(self, role), bg))
        return tuple(out)

    def colours(self) -> dict[str, str]:
        """Every colour of the palette by role."""
        return {
            f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("name", "dark")
        }


LIGHT = Palette(
    name="light",
    dark=False,
    background="#e9edf2",
    panel="#ffffff",
    border="#6a7581",
    text="#0e1318",
    muted="#3e4954",
    accent="#0a4f99",
    on_accent="#ffffff",
    dim_background="#dde2e8",
    dim_text="#45505c",
    highlight="#dce9f9",
    pain="#a3240c",
    idea="#17652a",
    question="#5b2fa3",
    parking="#6b4a00",
    on_track="#17652a",
    at_risk="#7a4d00",
    off_track="#a61c14",
    scrim="#f7f9fb",
    input_background="#ffffff",
    emotion_low="#b03222",
    emotion_mid="#6a7581",
    emotion_high="#1b7340",
)

DARK = Palette(
    name="dark",
    dark=True,
    background="#0c1116",
    panel="#171f27",
    border="#7d8a97",
    text="#f3f6f9",
    muted="#b9c3cd",
    accent="#86bfff",
    on_accent="#0c1116",
    dim_background="#121920",
    dim_text="#a3aeb9",
    highlight="#233a55",
    pain="#ffa08c",
    idea="#86dd9c",
    question="#cfb4ff",
    parking="#f2c66d",
    on_track="#86dd9c",
    at_risk="#f2c66d",
    off_track="#ff9d94",
    scrim="#10171e",
    input_background="#1c2630",
    emotion_low="#ff8a7a",
    emotion_mid="#8d9aa7",
    emotion_high="#6fd68a",
)

THEMES = (LIGHT, DARK)


@dataclass(frozen=True)
class TypeScale:
    """Font pixel sizes for one window height and zoom."""

    caption: int  # the smallest text: lane names, neighbour stages, timers' labels
    body: int
    heading: int
    title: int  # the current stage's name
    input: int  # the capture overlay's text

    @classmethod
    def for_height(cls, height: int, zoom: float = 1.0) -> "TypeScale":
        """Sizes for a window ``height`` pixels high, in proportion to 1080p's at this zoom."""
        unit = max(height, 1) / REFERENCE_HEIGHT * zoom
        return cls(
            caption=round(MIN_TEXT_PX_AT_1080 * unit),
            body=round(32 * unit),
            heading=round(40 * unit),
            title=round(60 * unit),
            input=round(48 * unit),
        )
