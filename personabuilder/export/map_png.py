"""The journey map drawing (export/map_image.py lays it out) painted as a PNG with Pillow.

Pillow with libraqm shapes Arabic and the scripts of India and South-East Asia, and sets
Hebrew and Arabic right to left; each line is cut into runs of the bundled font that draws
them (DejaVu Sans, the faces of the scripts it lacks, CJK, Noto Emoji), the same fonts the PDF
and the SVG name. Lines and dots are drawn four times as
large and scaled down, so that the emotion curves and loop arrows are smooth.
"""

import io
import itertools
import logging
import threading
import unicodedata
from collections.abc import Sequence
from functools import cache, lru_cache
from typing import Any, Final

from PIL import Image, ImageDraw, ImageFont

from personabuilder.export.fonts import BEFORE_SANS, FACES, _spans, face_of
from personabuilder.export.map_shapes import Dot, Drawing, Picture, Polyline, Rect, Text
from personabuilder.resources import NOTO_CUTS, NOTO_SCRIPTS, noto_file, resources_dir

_log = logging.getLogger(__name__)
_SMOOTH: Final = 4  # supersampling of lines and dots
# FreeType faces are not safe to share between threads: an export and a copy to the clipboard
# may draw at the same time, each on its own worker thread.
_PAINTING: Final = threading.Lock()
# Emoji print in colour in the PNG (bitmaps drawn at the font's one size, then scaled); the
# SVG embeds the outline cut, which every browser draws, after any colour emoji font the
# system has.
_EMOJI_FILE: Final = "NotoColorEmoji.ttf"
_EMOJI_OUTLINE: Final = "NotoEmoji-Regular.ttf"
_EMOJI_PX: Final = 109  # the size of the colour font's bitmaps
_RTL_FILES: Final = frozenset(
    (
        "NotoSansHebrew-Regular.ttf",
        "NotoSansHebrew-Bold.ttf",
        "NotoSansArabic-Regular.ttf",
        "NotoSansArabic-Bold.ttf",
    )
)
_DEJAVU: Final = {
    (False, False): "DejaVuSans.ttf",
    (True, False): "DejaVuSans-Bold.ttf",
    (False, True): "DejaVuSans-Oblique.ttf",
    (True, True): "DejaVuSans-BoldOblique.ttf",
}


@cache
def _coverage(file_name: str) -> frozenset[int]:
    """Code points a bundled font has glyphs for."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(resources_dir() / "fonts" / file_name), lazy=True)
    try:
        return frozenset(font.getBestCmap())
    finally:
        font.close()


@cache
def _script_spans() -> dict[str, tuple[tuple[int, int], ...]]:
    return {face.family: _spans(face.unicode_range) for face in FACES if face.unicode_range}


def _inside(code: int, family: str) -> bool:
    return any(low <= code <= high for low, high in _script_spans()[family])


@cache
def _font_file(ch: str, bold: bool, italic: bool) -> str:
    """The bundled font that draws ``ch``, in the PDF's order of preference."""
    code = ord(ch)
    for family in BEFORE_SANS:
        if _inside(code, family):
            return face_of(family, bold).file
    main = _DEJAVU[bold, italic]
    if code in _coverage(main):
        return main
    for family in _script_spans():
        if family not in BEFORE_SANS and family != "PB Emoji" and _inside(code, family):
            return face_of(family, bold).file
    if code >= 0x1F000 or _inside(code, "PB Emoji"):
        return _EMOJI_FILE
    return main


def runs(text: str, bold: bool = False, italic: bool = False) -> list[tuple[str, str]]:
    """``text`` cut into (font file, piece) runs; joiners and marks stay with their base."""
    out: list[tuple[str, str]] = []
    for ch in text:
        joins = unicodedata.category(ch) in ("Mn", "Me", "Cf") or 0xFE00 <= ord(ch) <= 0xFE0F
        # A space stays with right-to-left words (one shaped run), else goes to DejaVu.
        keep = joins or (ch == " " and out and out[-1][0] in _RTL_FILES)
        file_name = out[-1][0] if out and keep else _font_file(ch, bold, italic)
        if out and out[-1][0] == file_name:
            out[-1] = (file_name, out[-1][1] + ch)
        else:
            out.append((file_name, ch))
    # Spaces a right-to-left run took along but no right-to-left word followed go back to
    # DejaVu: shaped with the run they would land on its far side.
    fixed: list[tuple[str, str]] = []
    for file_name, piece in out:
        words = piece.rstrip(" ")
        if file_name in _RTL_FILES and words != piece:
            fixed.append((file_name, words))
            fixed.append((_DEJAVU[bold, italic], piece[len(words) :]))
        else:
            fixed.append((file_name, piece))
    merged: list[tuple[str, str]] = []
    for file_name, piece in fixed:
        if merged and merged[-1][0] == file_name:
            merged[-1] = (file_name, merged[-1][1] + piece)
        else:
            merged.append((file_name, piece))
    return merged


@cache
def _layout_engine() -> ImageFont.Layout:
    """libraqm when Pillow finds it (it needs the system's FriBiDi on Linux): Arabic joined
    and Hebrew and Arabic right to left; else Pillow's basic layout, letters side by side."""
    from PIL import features

    if features.check_feature("raqm"):
        return ImageFont.Layout.RAQM
    _log.warning("Pillow has no libraqm (install FriBiDi): Arabic is drawn unjoined in images")
    return ImageFont.Layout.BASIC


@lru_cache(maxsize=128)
def _font(file_name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(resources_dir() / "fonts" / file_name), size, layout_engine=_layout_engine()
    )


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


class _Emoji:
    """The colour emoji font at the size of its bitmaps, drawn scaled to ``size``."""

    def __init__(self, size: int) -> None:
        self.font = _font(_EMOJI_FILE, _EMOJI_PX)
        self.scale = size / _EMOJI_PX

    def getlength(self, text: str, direction: str | None = None) -> float:
        return self.font.getlength(text) * self.scale

    def draw(self, image: Image.Image, x: float, baseline: float, text: str) -> None:
        width = max(round(self.font.getlength(text)), 1)
        ascent, descent = self.font.getmetrics()
        big = Image.new("RGBA", (width, ascent + descent), (0, 0, 0, 0))
        ImageDraw.Draw(big).text((0, 0), text, font=self.font, embedded_color=True)
        size = (max(round(width * self.scale), 1), max(round((ascent + descent) * self.scale), 1))
        small = big.resize(size, Image.Resampling.LANCZOS)
        image.paste(small, (round(x), round(baseline - ascent * self.scale)), small)


def _text(image: Image.Image, draw: ImageDraw.ImageDraw, item: Text) -> None:
    size = max(round(item.size), 1)
    pieces: list[tuple[str, Any]] = [
        (piece, _Emoji(size) if file_name == _EMOJI_FILE else _font(file_name, size))
        for file_name, piece in runs(item.text, item.bold, item.italic)
    ]
    fill = _rgb(item.colour)
    if item.end:
        # A right-to-left line: its runs from the right edge, the first rightmost, each set
        # right to left (a space or a mark between them on the side it follows).
        x = item.x
        for piece, font in pieces:
            length = font.getlength(piece, direction="rtl")
            if isinstance(font, _Emoji):
                font.draw(image, x - length, item.y, piece)
            else:
                draw.text((x, item.y), piece, fill=fill, font=font, anchor="rs", direction="rtl")
            x -= length
        return
    lengths = [font.getlength(piece) for piece, font in pieces]
    x = item.x
    for (piece, font), length in zip(pieces, lengths, strict=True):
        if isinstance(font, _Emoji):
            font.draw(image, x, item.y, piece)
        else:
            draw.text((x, item.y), piece, fill=fill, font=font, anchor="ls")
        x += length


def _smooth_layer(
    size: tuple[int, int], items: Sequence[Polyline | Dot]
) -> tuple[Image.Image, tuple[int, int]]:
    """Lines and dots drawn large on a transparent layer, scaled down: the layer and where it
    goes on an image of ``size``."""
    k = _SMOOTH
    left = max(int(min(_left(i) for i in items)) - 4, 0)
    top = max(int(min(_top(i) for i in items)) - 4, 0)
    right = min(int(max(_right(i) for i in items)) + 5, size[0])
    bottom = min(int(max(_bottom(i) for i in items)) + 5, size[1])
    layer = Image.new("RGBA", ((right - left) * k, (bottom - top) * k), (255, 255, 255, 0))
    draw = ImageDraw.Draw(layer)
    for item in items:
        if isinstance(item, Dot):
            cx, cy = (item.x - left) * k, (item.y - top) * k
            if item.ring:
                r = (item.r + item.ring) * k
                draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=(255, 255, 255, 255))
            r = item.r * k
            draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=_rgb(item.fill))
            continue
        points = [((x - left) * k, (y - top) * k) for x, y in item.points]
        if item.fill:
            draw.polygon(points, fill=_rgb(item.fill))
            continue
        width = max(round(item.width * k), 1)
        for segment in _dashes(points, width) if item.dashed else [points]:
            draw.line(segment, fill=_rgb(item.colour), width=width, joint="curve")
            for x, y in (segment[0], segment[-1]):
                half = width / 2
                draw.ellipse((x - half, y - half, x + half, y + half), fill=_rgb(item.colour))
    return layer.resize((right - left, bottom - top), Image.Resampling.BOX), (left, top)


def _left(item: Polyline | Dot) -> float:
    return item.x - item.r - item.ring if isinstance(item, Dot) else min(x for x, _ in item.points)


def _right(item: Polyline | Dot) -> float:
    return item.x + item.r + item.ring if isinstance(item, Dot) else max(x for x, _ in item.points)


def _top(item: Polyline | Dot) -> float:
    return item.y - item.r - item.ring if isinstance(item, Dot) else min(y for _, y in item.points)


def _bottom(item: Polyline | Dot) -> float:
    if isinstance(item, Dot):
        return item.y + item.r + item.ring
    return max(y for _, y in item.points)


def _dashes(points: Sequence[tuple[float, float]], width: int) -> list[list[tuple[float, float]]]:
    """A line cut into dashes three widths long with gaps of two."""
    on, off = 3.0 * width, 2.0 * width
    out: list[list[tuple[float, float]]] = []
    drawing, left = True, on
    current = [points[0]]
    for (x1, y1), (x2, y2) in itertools.pairwise(points):
        length = ((x2 - x1) ** 2 + (y2 - y1) ** 2) ** 0.5
        done = 0.0
        while length - done > left:
            done += left
            t = done / length
            point = (x1 + (x2 - x1) * t, y1 + (y2 - y1) * t)
            if drawing:
                current.append(point)
                out.append(current)
            current = [point]
            drawing = not drawing
            left = on if drawing else off
        left -= length - done
        if drawing:
            current.append((x2, y2))
    if drawing and len(current) > 1:
        out.append(current)
    return out


def _picture(image: Image.Image, item: Picture) -> None:
    """Pastes the logo scaled into its box, its transparency kept."""
    size = (max(round(item.w), 1), max(round(item.h), 1))
    with Image.open(io.BytesIO(item.png)) as logo:
        scaled = logo.convert("RGBA").resize(size, Image.Resampling.LANCZOS)
    image.paste(scaled, (round(item.x), round(item.y)), scaled)


def paint(drawing: Drawing) -> Image.Image:
    """The drawing as an RGB image of its size."""
    image = Image.new("RGB", (drawing.width, drawing.height), "#ffffff")
    draw = ImageDraw.Draw(image)
    smooth: list[Any] = []

    def flush() -> None:
        if smooth:
            layer, at = _smooth_layer(image.size, smooth)
            image.paste(layer, at, layer)
            smooth.clear()

    for item in drawing.items:
        if isinstance(item, Polyline | Dot):
            smooth.append(item)
            continue
        if isinstance(item, Picture):
            flush()
            _picture(image, item)
            continue
        if isinstance(item, Rect):
            # Shapes drawn later cover the lines and dots gathered so far.
            flush()
            box = (
                round(item.x),
                round(item.y),
                round(item.x + item.w) - 1,
                round(item.y + item.h) - 1,
            )
            if box[2] < box[0] or box[3] < box[1]:
                continue
            if item.radius >= 1:
                draw.rounded_rectangle(box, radius=round(item.radius), fill=_rgb(item.fill))
            else:
                draw.rectangle(box, fill=_rgb(item.fill))
        else:
            flush()
            _text(image, draw, item)
    flush()
    return image


def png_bytes(drawing: Drawing) -> bytes:
    """The drawing as PNG bytes."""
    buffer = io.BytesIO()
    with _PAINTING:
        image = paint(drawing)
    image.save(buffer, "PNG", compress_level=3)
    return buffer.getvalue()


# Fonts of the SVG -----------------------------------------------------------------------------

# Each bundled file as the SVG declares it: family, weight, style.
SVG_FACES: Final[dict[str, tuple[str, str, str]]] = {
    "NotoSansHebrew-Regular.ttf": ("PB Map Hebrew", "normal", "normal"),
    "NotoSansHebrew-Bold.ttf": ("PB Map Hebrew", "bold", "normal"),
    "NotoSansArabic-Regular.ttf": ("PB Map Arabic", "normal", "normal"),
    "NotoSansArabic-Bold.ttf": ("PB Map Arabic", "bold", "normal"),
    "DejaVuSans.ttf": ("PB Map Sans", "normal", "normal"),
    "DejaVuSans-Bold.ttf": ("PB Map Sans", "bold", "normal"),
    "DejaVuSans-Oblique.ttf": ("PB Map Sans", "normal", "italic"),
    "DejaVuSans-BoldOblique.ttf": ("PB Map Sans", "bold", "italic"),
    **{
        noto_file(name, cut): (f"PB Map {name}", weight, "normal")
        for name, _blocks in NOTO_SCRIPTS
        for cut, weight in NOTO_CUTS
    },
    "DroidSansFallback.ttf": ("PB Map CJK", "normal", "normal"),
    _EMOJI_OUTLINE: ("PB Map Emoji", "normal", "normal"),
}


def characters_by_font(items: Sequence[Text]) -> dict[str, set[int]]:
    """The code points each bundled font draws in ``items`` (joiners with what they join)."""
    out: dict[str, set[int]] = {}
    for item in items:
        for file_name, piece in runs(item.text, item.bold, item.italic):
            if file_name == _EMOJI_FILE:
                file_name = _EMOJI_OUTLINE
            chars = out.setdefault(file_name, set())
            for ch in piece:
                # Spaces and marks a run took along are drawn by the font their own code point
                # picks; only a script's own characters go into its font.
                if ch == " " and file_name != _DEJAVU[item.bold, item.italic]:
                    continue
                chars.add(ord(ch))
    return {name: chars for name, chars in out.items() if chars}


@lru_cache(maxsize=16)
def _subset(file_name: str, codes: frozenset[int]) -> bytes:
    """The bundled font cut down to ``codes`` (layout tables kept, so Arabic still joins)."""
    from fontTools import subset

    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    # FontForge's timestamp table: nothing to keep, and fontTools says so on stderr otherwise.
    options.drop_tables += ["FFTM"]
    font = subset.load_font(str(resources_dir() / "fonts" / file_name), options)
    try:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codes)
        subsetter.subset(font)
        buffer = io.BytesIO()
        font.save(buffer)
        return buffer.getvalue()
    finally:
        font.close()


def font_face_css(items: Sequence[Text]) -> str:
    """``@font-face`` rules embedding the bundled fonts cut down to the characters drawn."""
    import base64

    rules = []
    for file_name, codes in sorted(characters_by_font(items).items()):
        family, weight, style = SVG_FACES[file_name]
        data = base64.b64encode(_subset(file_name, frozenset(codes))).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
            f"font-style: {style}; "
            f'src: url("data:font/ttf;base64,{data}") format("truetype"); }}'
        )
    return "\n".join(rules)
