"""The drawing primitives a journey map image is made of, laid out by export/map_image.py."""

from dataclasses import dataclass, field
from typing import Final

Point = tuple[float, float]
INK: Final = "#1a1a1a"


@dataclass(frozen=True, slots=True)
class Rect:
    """A filled rectangle, its corners rounded by ``radius``."""

    x: float
    y: float
    w: float
    h: float
    fill: str
    radius: float = 0.0


@dataclass(frozen=True, slots=True)
class Text:
    """One line of text; ``y`` is its baseline, ``x`` its left end (its right end if ``end``)."""

    x: float
    y: float
    text: str
    size: float
    colour: str = INK
    bold: bool = False
    italic: bool = False
    end: bool = False


@dataclass(frozen=True, slots=True)
class Polyline:
    """Straight segments through ``points``; closed and filled when ``fill`` is set."""

    points: tuple[Point, ...]
    colour: str
    width: float = 1.0
    dashed: bool = False
    fill: str = ""


@dataclass(frozen=True, slots=True)
class Dot:
    """A filled circle, with a white ring when ``ring`` is set."""

    x: float
    y: float
    r: float
    fill: str
    ring: float = 0.0


@dataclass(frozen=True, slots=True)
class Picture:
    """A PNG image (the company's logo) drawn in a box ``w`` by ``h``."""

    x: float
    y: float
    w: float
    h: float
    png: bytes


Item = Rect | Text | Polyline | Dot | Picture


@dataclass
class Drawing:
    """A laid-out map: its size in pixels, what it shows, and the language of its text."""

    width: int
    height: int
    lang: str
    title: str
    items: list[Item] = field(default_factory=list)

    def texts(self) -> list[str]:
        """Every line of text, in drawing order."""
        return [item.text for item in self.items if isinstance(item, Text)]
