"""Charts for the deliverables as SVG: written once, kept by their data, light to lay out.

``figure_svg`` writes a figure as SVG with its text kept as text, then compacts the markup
for WeasyPrint, which walks an inline SVG node by node in Python: the id-only groups
matplotlib wraps around every artist are unwrapped, each ``style`` attribute becomes
presentation attributes (no CSS parsing per node), the one ``*`` style rule moves to the
root (no selector matching per node), markers and ticks drawn with ``<use>`` become plain
paths, and zero rotations go. Neighbouring paths drawn alike (a series' markers, a grid's
lines) become one path of several parts, as long as no two filled parts touch, and a clip
group around a single path becomes the path's own clip. The picture is the same; WeasyPrint
draws it in about half the time.

``ChartCache`` keeps each chart's SVG under a digest of everything that decides it: the
builder, its data (frozen dataclasses, whose ``repr`` lists every field), language and size,
and the code, fonts and matplotlib version that draw it. An export after an edit redraws only the
charts whose data changed; a preview followed by the export draws each chart once. The
cache lives in memory (bounded) and on disk in the user's cache folder (bounded; the oldest
files go first), so the command line and the next session find the charts too.
``PERSONABUILDER_CACHE_DIR`` moves the disk cache; set to ``off`` it keeps none.
"""

import functools
import hashlib
import io
import logging
import os
import re
import secrets
import threading
import xml.etree.ElementTree as ET
from collections import Counter, OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from matplotlib.figure import Figure

_log = logging.getLogger(__name__)

CACHE_DIR_ENV: Final = "PERSONABUILDER_CACHE_DIR"
# Bumped when what figure_svg writes changes in a way the source digest would not see.
_FORMAT: Final = "2"

_SVG: Final = "http://www.w3.org/2000/svg"
_XLINK: Final = "http://www.w3.org/1999/xlink"
_HREF: Final = f"{{{_XLINK}}}href"
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_ZERO_ROTATION = re.compile(r"^rotate\(-?0(?:\.0+)? [-\d.e]+ [-\d.e]+\)$")
_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
# Properties matplotlib writes in style attributes, all of which SVG also takes as attributes.
_PRESENTATION: Final = frozenset(
    {
        "clip-path",
        "clip-rule",
        "fill",
        "fill-opacity",
        "fill-rule",
        "font-family",
        "font-size",
        "font-style",
        "font-weight",
        "letter-spacing",
        "opacity",
        "stroke",
        "stroke-dasharray",
        "stroke-dashoffset",
        "stroke-linecap",
        "stroke-linejoin",
        "stroke-miterlimit",
        "stroke-opacity",
        "stroke-width",
        "text-anchor",
    }
)

ET.register_namespace("xlink", _XLINK)


def _tag(element: ET.Element) -> str:
    return element.tag.rsplit("}", 1)[-1] if isinstance(element.tag, str) else ""


def _declarations(style: str) -> list[tuple[str, str]] | None:
    """``name: value`` pairs of a style attribute; None if any is not a plain property."""
    pairs = []
    for part in style.split(";"):
        if not part.strip():
            continue
        name, colon, value = part.partition(":")
        name, value = name.strip().lower(), value.strip()
        if not colon or name not in _PRESENTATION or not value or "!" in value:
            return None
        pairs.append((name, value))
    return pairs


def _moved_path(d: str, dx: float, dy: float) -> str | None:
    """Path data ``d`` moved by (dx, dy); None unless it is absolute M/L/C/Q/Z pairs."""
    tokens = re.findall(r"[A-Za-z]|" + _NUMBER.pattern, d)
    out: list[str] = []
    axis = 0
    for token in tokens:
        if token.isalpha():
            if token not in "MLCQZz":
                return None
            out.append(token)
            axis = 0
            continue
        out.append(f"{float(token) + (dx if axis == 0 else dy):.6g}")
        axis ^= 1
    return " ".join(out) if axis == 0 else None


def compact_svg(text: str) -> str:
    """matplotlib's SVG with the same picture in fewer, simpler nodes (see the module doc)."""
    root = ET.fromstring(_METADATA.sub("", text, count=1))
    # The one style sheet is "*{stroke-linejoin: round; stroke-linecap: butt}": inherited
    # from the root instead, every element that does not say otherwise gets the same.
    for defs in list(root.iter(f"{{{_SVG}}}defs")):
        for style in list(defs.findall(f"{{{_SVG}}}style")):
            rule = re.fullmatch(r"\s*\*\s*\{([^{}]*)\}\s*", style.text or "")
            pairs = _declarations(rule.group(1)) if rule else None
            if pairs is None:
                continue
            for name, value in pairs:
                root.set(name, value)
            defs.remove(style)
    referenced = {
        value[1:]
        for element in root.iter()
        for value in (element.get(_HREF, ""),)
        if value.startswith("#")
    }
    referenced |= set(re.findall(r"url\(#([^)]+)\)", text))
    shapes = {
        element.get("id"): element
        for element in root.iter(f"{{{_SVG}}}path")
        if element.get("id") in referenced
    }
    _simplify(root, shapes)
    _inherit_font_family(root)
    # Definitions no longer used by any <use> go (clip paths stay: url() refers to them).
    still = {e.get(_HREF, "")[1:] for e in root.iter(f"{{{_SVG}}}use")}
    for parent in list(root.iter()):
        for child in list(parent):
            if _tag(child) == "defs":
                for shape in list(child):
                    if _tag(shape) == "path" and shape.get("id") not in still:
                        child.remove(shape)
                if len(child) == 0:
                    parent.remove(child)
    # The prefixes are given here, not only registered once: other code in the process
    # (WeasyPrint's SVG reader) registers prefixes of its own in ElementTree's global map,
    # and an export after the first would write "ns0:svg", which no SVG reader takes.
    ET.register_namespace("", _SVG)
    ET.register_namespace("xlink", _XLINK)
    return ET.tostring(root, encoding="unicode")


def _inherit_font_family(root: ET.Element) -> None:
    """Names the font-family list most texts repeat once, on the root, which they inherit:
    with a fallback family for each script the bundled fonts cover, the list is longer than
    most labels."""
    texts = [e for e in root.iter(f"{{{_SVG}}}text") if e.get("font-family")]
    if not texts:
        return
    common, _count = Counter(e.get("font-family") for e in texts).most_common(1)[0]
    root.set("font-family", str(common))
    for element in texts:
        if element.get("font-family") == common:
            del element.attrib["font-family"]


def _simplify(parent: ET.Element, shapes: dict[str | None, ET.Element]) -> None:
    children: list[ET.Element] = []
    for child in parent:
        _simplify(child, shapes)
        style = child.get("style")
        if style is not None:
            pairs = _declarations(style)
            if pairs is not None:
                del child.attrib["style"]
                for name, value in pairs:
                    child.set(name, value)
        transform = child.get("transform")
        if transform is not None and _ZERO_ROTATION.match(transform):
            del child.attrib["transform"]
        tag = _tag(child)
        if tag == "use":
            path = _used_path(child, shapes)
            # (An element without children is false: compare with None.)
            child = child if path is None else path
        if tag == "g" and set(child.attrib) <= {"id"} and child.get("id") != "figure_1":
            # A group with nothing but an id: its children take its place.
            children.extend(child)
            continue
        if tag == "g" and set(child.attrib) == {"clip-path"} and len(child) == 1:
            only = child[0]
            if _tag(only) == "path" and only.get("clip-path") is None:
                only.set("clip-path", child.get("clip-path", ""))
                child = only
        child.tail = None
        children.append(child)
    children = _joined_paths(children)
    parent[:] = children
    if children:
        parent.text = None


_OPAQUE_PAINT = re.compile(r"^(?:none|#[0-9a-fA-F]{6})$")
_PATH_DATA = re.compile(r"^\s*M[\sMLCQZz\d.eE+-]*$")


def _bounds(d: str, margin: float) -> tuple[float, float, float, float] | None:
    """The box around path data of absolute M/L/C/Q/Z pairs (its control points hold the
    curves), grown by ``margin``; None for any other path data."""
    if not _PATH_DATA.match(d):
        return None
    numbers = [float(n) for n in _NUMBER.findall(d)]
    if not numbers or len(numbers) % 2:
        return None
    xs, ys = numbers[0::2], numbers[1::2]
    return min(xs) - margin, min(ys) - margin, max(xs) + margin, max(ys) + margin


def _joinable(path: ET.Element) -> float | None:
    """How far a path's paint may reach past its points, if it may be joined to a neighbour
    drawn alike: opaque paint, no id, no children; None otherwise."""
    if _tag(path) != "path" or len(path) or "id" in path.attrib:
        return None
    if {"opacity", "fill-opacity", "stroke-opacity"} & set(path.attrib):
        return None
    # (A path without a fill is filled black: opaque too.)
    if not all(_OPAQUE_PAINT.match(path.get(name, "none")) for name in ("stroke", "fill")):
        return None
    try:
        width = float(path.get("stroke-width", "1"))
    except ValueError:
        return None
    # A mitred corner reaches at most miter-limit (4) half-widths past its point.
    return 2.0 * width + 0.5 if path.get("stroke", "none") != "none" else 0.5


def _joined_paths(children: list[ET.Element]) -> list[ET.Element]:
    """Runs of neighbouring paths drawn alike as one path each.

    The painting is the same: strokes of one opaque colour cover the same pixels drawn
    together or one by one (a dash pattern starts again with each part either way), and
    fills are joined only while no two parts' boxes meet, so that neither the fill rule nor
    the order of fill and stroke can tell them apart."""
    out: list[ET.Element] = []
    boxes: list[tuple[float, float, float, float]] = []
    for child in children:
        margin = _joinable(child)
        box = _bounds(child.get("d", ""), margin) if margin is not None else None
        last = out[-1] if out else None
        if (
            box is not None
            and last is not None
            and boxes
            and {k: v for k, v in last.attrib.items() if k != "d"}
            == {k: v for k, v in child.attrib.items() if k != "d"}
            and (last.get("fill") == "none" or not any(_overlap(box, other) for other in boxes))
        ):
            last.set("d", f"{last.get('d', '').rstrip()} {child.get('d', '').strip()}")
            boxes.append(box)
            continue
        out.append(child)
        boxes = [box] if box is not None else []
    return out


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _used_path(use: ET.Element, shapes: dict[str | None, ET.Element]) -> ET.Element | None:
    """A ``<use>`` of a path as the path itself, moved to where the use puts it."""
    shape = shapes.get(use.get(_HREF, "")[1:])
    if shape is None or set(use.attrib) - {_HREF, "x", "y", *_PRESENTATION}:
        return None
    try:
        dx, dy = float(use.get("x", "0")), float(use.get("y", "0"))
    except ValueError:
        return None
    moved = _moved_path(shape.get("d", ""), dx, dy)
    if moved is None or set(shape.attrib) - {"id", "d", "style", *_PRESENTATION}:
        return None
    path = ET.Element(f"{{{_SVG}}}path")
    path.set("d", moved)
    # The use's own properties win over the shape's, as the shape inherits from the use.
    for name, value in (_declarations(shape.get("style", "")) or []) + [
        (k, v) for k, v in shape.attrib.items() if k in _PRESENTATION
    ]:
        path.set(name, value)
    for name, value in use.attrib.items():
        if name in _PRESENTATION and name not in path.attrib:
            path.set(name, value)
    return path


def figure_svg(figure: "Figure") -> str:
    """A chart as compact SVG markup, its text kept as text in the document's font."""
    from personabuilder.charts.base import save_figure

    out = io.BytesIO()
    save_figure(figure, out, "svg")
    text = out.getvalue().decode("utf-8")
    # matplotlib names DejaVu Sans; the PDF has the same face bundled as "PB Sans", so
    # the chart prints with the document's own font on machines without DejaVu installed.
    text = text.replace("font-family: 'DejaVu Sans'", "font-family: 'PB Sans', 'DejaVu Sans'")
    return compact_svg(text)


# Cache ------------------------------------------------------------------------------------


@functools.cache
def _code_digest() -> str:
    """What draws the charts: this module, the chart package, the bundled fonts, matplotlib's
    version.

    Read when this module is imported (see the end of the module), so that the digest is
    that of the code running, not of files edited since."""
    from importlib.metadata import PackageNotFoundError, version

    from personabuilder import __version__, charts

    try:
        drawn_by = version("matplotlib")  # without importing it (half a second)
    except PackageNotFoundError:
        drawn_by = "?"
    digest = hashlib.sha256(f"{_FORMAT}|{__version__}|{drawn_by}".encode())
    sources = [*sorted(Path(charts.__file__).parent.glob("*.py")), Path(__file__)]
    for source in sources:
        try:
            digest.update(source.read_bytes())
        except OSError:
            digest.update(source.name.encode())
    # The bundled fonts measure the text: another file (or version of one) lays charts out anew.
    from personabuilder.resources import resources_dir

    try:
        fonts = sorted((p.name, p.stat().st_size) for p in (resources_dir() / "fonts").iterdir())
    except OSError:
        fonts = []
    digest.update(repr(fonts).encode())
    return digest.hexdigest()


def chart_key(builder: Callable[..., object], *parts: object) -> str:
    """The cache key of a chart: its builder and everything the builder is given."""
    name = f"{builder.__module__}.{builder.__qualname__}"
    text = "\x1f".join([_code_digest(), name, *map(repr, parts)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def default_cache_dir() -> Path | None:
    """The disk cache folder: ``PERSONABUILDER_CACHE_DIR``, else the user's cache folder."""
    override = os.environ.get(CACHE_DIR_ENV)
    if override is not None:
        return None if override.strip().lower() in ("", "off", "0") else Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("PersonaBuilder", appauthor=False)) / "charts"


class ChartCache:
    """Chart SVG by content key: in memory up to ``memory_bytes``, on disk up to ``disk_bytes``."""

    def __init__(
        self,
        folder: Path | None,
        *,
        memory_bytes: int = 32 * 1024 * 1024,
        disk_bytes: int = 64 * 1024 * 1024,
    ) -> None:
        self.folder = folder
        self.memory_bytes = memory_bytes
        self.disk_bytes = disk_bytes
        self._memory: OrderedDict[str, str] = OrderedDict()
        self._held = 0
        self._lock = threading.Lock()
        self._written = 0

    def get(self, key: str) -> str | None:
        """The SVG kept under ``key``, or None."""
        with self._lock:
            svg = self._memory.get(key)
            if svg is not None:
                self._memory.move_to_end(key)
                return svg
        if self.folder is None:
            return None
        try:
            svg = (self.folder / f"{key}.svg").read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None
        if not svg.startswith("<svg") or not svg.rstrip().endswith("</svg>"):
            return None  # a damaged file: drawn again and written over
        self._remember(key, svg)
        return svg

    def put(self, key: str, svg: str) -> None:
        """Keeps ``svg`` under ``key`` in memory and, when there is a folder, on disk."""
        self._remember(key, svg)
        if self.folder is None:
            return
        path = self.folder / f"{key}.svg"
        part = path.with_name(f".{key}.{secrets.token_hex(4)}.part")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            part.write_text(svg, encoding="utf-8")
            os.replace(part, path)
        except OSError as exc:
            part.unlink(missing_ok=True)
            _log.debug("chart cache not written (%s)", exc)
            return
        self._written += len(svg)
        if self._written > self.disk_bytes // 8:
            self._written = 0
            self.prune()

    def _remember(self, key: str, svg: str) -> None:
        with self._lock:
            if key in self._memory:
                self._memory.move_to_end(key)
                return
            self._memory[key] = svg
            self._held += len(svg)
            while self._held > self.memory_bytes and len(self._memory) > 1:
                _, dropped = self._memory.popitem(last=False)
                self._held -= len(dropped)

    def prune(self) -> None:
        """Deletes the least recently written files until the folder is within its bound."""
        if self.folder is None:
            return
        try:
            files = [(p.stat(), p) for p in self.folder.glob("*.svg")]
        except OSError:
            return
        total = sum(info.st_size for info, _ in files)
        for info, path in sorted(files, key=lambda item: item[0].st_mtime):
            if total <= self.disk_bytes:
                break
            path.unlink(missing_ok=True)
            total -= info.st_size

    def clear_memory(self) -> None:
        """Forgets what is held in memory (the disk cache stays)."""
        with self._lock:
            self._memory.clear()
            self._held = 0


_CACHE: ChartCache | None = None
_CACHE_LOCK = threading.Lock()


def chart_cache() -> ChartCache:
    """The process's chart cache (disk folder from ``default_cache_dir``)."""
    global _CACHE  # one cache per process, made on first use
    with _CACHE_LOCK:
        if _CACHE is None or _CACHE.folder != default_cache_dir():
            _CACHE = ChartCache(default_cache_dir())
        return _CACHE


def cached_chart(key: str | None, build: Callable[[], "Figure"]) -> str:
    """The SVG of the chart ``build`` makes, from the cache when ``key`` is known there."""
    cache = chart_cache() if key is not None else None
    if cache is not None and key is not None:
        svg = cache.get(key)
        if svg is not None:
            return svg
    figure = build()
    try:
        svg = figure_svg(figure)
    finally:
        figure.clear()
    if cache is not None and key is not None:
        cache.put(key, svg)
    return svg


_code_digest()
