"""WeasyPrint behind a fetcher that serves only our own files and data: URLs (trusted HTML).

WeasyPrint is imported inside the functions that need it: importing this module stays cheap.
``export.pdf`` is the entry point: it sends a user's template to the sandbox, which lays it
out with this module in a child process; the bundled templates are laid out here directly.

The fetcher is the safety line of every export: WeasyPrint's default one reads any ``file:``
URL and downloads any ``http(s):`` one, and ``<a rel="attachment" href="file:///etc/passwd">``
embeds that file inside the PDF. Ours answers only ``pb-resource:`` URLs (files under the
bundled resources/ and templates/ folders) and ``data:`` URLs; every other URL is refused, which
WeasyPrint treats as a failed fetch: the image, stylesheet or font is simply left out.
On top of that, the finished document loses every attachment and every link that is not
``http``, ``https`` or ``mailto``.

Text in any script prints with the bundled fonts (``export.fonts``). Text blocks that start
in a right-to-left script are set right to left, and right-to-left text in inline SVGs
(charts) is put in display order (see ``_order_svg_text``).

The PDF is tagged: PDF/UA-1 first (WeasyPrint 70: ``pdf_variant="pdf/ua-1"``, PDF 1.7, structure
tree, XMP metadata, ``DisplayDocTitle``); should writing that variant fail, plain tags
(``pdf_tags=True``), then an untagged PDF, each fallback logged as a warning.
"""

import base64
import binascii
import logging
import mimetypes
import re
import threading
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Final
from urllib.parse import unquote, unquote_to_bytes, urlsplit

from personabuilder import __version__
from personabuilder.export.errors import ExportCancelled, ExportError
from personabuilder.export.files import write_whole
from personabuilder.export.fonts import (
    _PREFIX,
    FONT_STACK,
    RESOURCE_SCHEME,
    _clean_parts,
    _spans,
    fonts_css,
)
from personabuilder.resources import NOTO_SCRIPTS, resources_dir, templates_dir

_log = logging.getLogger(__name__)

_TEMPLATES: Final = "templates"
_LINK_SCHEMES: Final = frozenset({"http", "https", "mailto"})
# Stages reported to ``progress``, in order.
STAGES: Final = ("parse", "layout", "write", "done")
# Write attempts, best first: PDF/UA-1, tags alone, untagged.
_ATTEMPTS: Final[tuple[dict[str, Any], ...]] = (
    {"pdf_variant": "pdf/ua-1"},
    {"pdf_tags": True},
    {},
)


MAX_DEPTH: Final = 200


def _check_depth(root: Any) -> None:
    """Raises ExportError when the document nests elements deeper than MAX_DEPTH."""
    level = [root]
    depth = 0
    while level:
        depth += 1
        if depth > MAX_DEPTH:
            raise ExportError(code="too_deep", limit=MAX_DEPTH)
        level = [child for element in level for child in element]


# Where a paragraph's direction is decided from its own text (WeasyPrint 70 reads dir="rtl"
# but neither dir="auto" nor unicode-bidi: plaintext): blocks holding text and inline
# markup only, so that no grid or flex container is ever mirrored.
_TEXT_BLOCKS: Final = frozenset(
    {"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "div", "td", "th", "dt", "dd"}
    | {"blockquote", "figcaption", "caption", "summary", "label"}
)
_INLINE: Final = frozenset(
    {"span", "b", "i", "em", "strong", "a", "br", "wbr", "small", "sup", "sub", "mark"}
    | {"code", "abbr", "q", "cite", "bdi", "time", "u", "s"}
)


def _first_strong(text: str) -> str | None:
    """The direction ("rtl", "ltr") its first strong character gives a text (bidi P2, P3)."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return "ltr"
        if kind in ("R", "AL"):
            return "rtl"
    return None


def _set_directions(root: Any) -> None:
    """Resolves ``dir="auto"``, and sets right to left the text blocks that start in Arabic,
    Hebrew or another right-to-left script (people type such names into any field)."""
    for element in root.iter():
        tag = element.tag
        if not isinstance(tag, str):
            continue  # a comment
        given = (element.get("dir") or "").strip().lower()
        if given == "auto":
            element.set("dir", _first_strong("".join(element.itertext())) or "ltr")
        elif (
            not given
            and tag in _TEXT_BLOCKS
            and all(child.tag in _INLINE for child in element)
            and _first_strong("".join(element.itertext())) == "rtl"
        ):
            element.set("dir", "rtl")


_SVG_NAMESPACE: Final = "{http://www.w3.org/2000/svg}"
_SVG_TEXT: Final = frozenset({_SVG_NAMESPACE + "text", _SVG_NAMESPACE + "tspan"})
# A font-family declaration in a style attribute: its name and colon, then its list.
_STYLE_FAMILIES: Final = re.compile(r"(font-family\s*:\s*)([^;]+)")
# FriBidi's "decide from the text" paragraph direction (FRIBIDI_PAR_ON).
_FRIBIDI_AUTO: Final = 0x40


@cache
def _fribidi() -> Any:
    """GNU FriBidi (which Pango itself uses), or None where it cannot be loaded."""
    import ctypes
    import ctypes.util

    # The Linux name first: Pango has it loaded already (in a bundle, from the bundle).
    for name in ("libfribidi.so.0", "fribidi"):
        try:
            library = ctypes.CDLL(name if "." in name else ctypes.util.find_library(name))
        except (OSError, TypeError):
            continue
        library.fribidi_log2vis.restype = ctypes.c_int8
        return library
    _log.info("FriBidi not found: right-to-left text in charts keeps its logical order")
    return None


def _visual(text: str) -> str:
    """``text`` in display order, Arabic letters in their joined forms (FriBidi)."""
    library = _fribidi()
    if library is None or not text:
        return text
    import ctypes

    size = len(text)
    source = (ctypes.c_uint32 * size)(*map(ord, text))
    visual = (ctypes.c_uint32 * (size + 1))()
    direction = ctypes.c_uint32(_FRIBIDI_AUTO)
    if not library.fribidi_log2vis(source, size, ctypes.byref(direction), visual, None, None, None):
        return text
    return "".join(map(chr, visual[:size]))


def _has_rtl(text: str | None) -> bool:
    return bool(text) and any(unicodedata.bidirectional(c) in ("R", "AL") for c in text or "")


# An emoji drawn from several code points: a flag (two regional indicators), a tag sequence
# (subdivision flags), a keycap, or an emoji with a skin tone, a variation selector or more
# emoji joined by ZWJ. Only matches of two code points or more are held (see below).
_EMOJI_POINT: Final = (
    "\u00a9\u00ae\u203c\u2049\u2122\u2139\u2190-\u21ff\u2300-\u23ff\u24c2\u25aa-\u25fe"
    "\u2600-\u27bf\u2934\u2935\u2b00-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
_EMOJI_TAIL: Final = "(?:\ufe0f|[\U0001f3fb-\U0001f3ff])?"
# The letters of the scripts whose syllables are shaped from several code points (the scripts
# of India and South-East Asia, Ethiopic: conjuncts, vowel signs drawn before or around their
# consonant, stacked marks), with the joiners: a word of them is held whole.
_SHAPED_LETTER: Final = (
    "".join(
        f"{chr(low)}-{chr(high)}" for _name, blocks in NOTO_SCRIPTS for low, high in _spans(blocks)
    )
    + "\u200c\u200d"
)
_EMOJI_CLUSTER: Final = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"
    "|[0-9#*]\ufe0f?\u20e3"
    "|\U0001f3f4[\U000e0020-\U000e007e]+\U000e007f"
    f"|[{_EMOJI_POINT}]{_EMOJI_TAIL}(?:\u200d[{_EMOJI_POINT}]{_EMOJI_TAIL})*"
    f"|[{_SHAPED_LETTER}]+"
    "|[\U00100000-\U0010ffff]"  # a stand-in typed by the user: held as itself
)
# Stand-ins for held emoji: code points of Supplementary Private Use Area-B, one per emoji.
_STAND_IN_BASE: Final = 0x100000
_STAND_IN_LAST: Final = 0x10FFFD
_held: dict[str, str] = {}  # stand-in -> emoji
_stand_ins: dict[str, str] = {}  # emoji -> stand-in
_held_lock = threading.Lock()


def _hold_clusters(text: str) -> str:
    """``text`` with each emoji of several code points, and each word of a script shaped
    from several code points (Devanagari, Thai...), replaced by one stand-in character.

    WeasyPrint 70 lays SVG text out one code point at a time, so a flag printed as two
    letters, a ZWJ sequence as its parts, a skin tone as a swatch after the hand, and a
    Hindi word as loose letters and marks, a vowel sign after the consonant it goes before.
    Each such cluster becomes one stand-in; ``_svg_letter_layout`` gives WeasyPrint the
    cluster back when it lays the stand-in out, so it is shaped whole (its own glyphs and
    width) and copied as itself.
    """

    def hold(match: re.Match[str]) -> str:
        emoji = match.group(0)
        if len(emoji) < 2 and ord(emoji) < _STAND_IN_BASE:
            return emoji
        with _held_lock:
            stand_in = _stand_ins.get(emoji)
            if stand_in is None:
                code = _STAND_IN_BASE + len(_held)
                if code > _STAND_IN_LAST:
                    return emoji  # a million different emoji in one process: left as is
                stand_in = chr(code)
                _stand_ins[emoji], _held[stand_in] = stand_in, emoji
        return stand_in

    return _EMOJI_CLUSTER.sub(hold, text)


def _given_back(text: str) -> str:
    """``text`` with the emoji its stand-ins hold."""
    if not any(ord(character) >= _STAND_IN_BASE for character in text):
        return text
    return "".join(_held.get(character, character) for character in text)


@cache
def _svg_letter_layout() -> None:
    """Has WeasyPrint's SVG text lay stand-ins out as the emoji they hold (see
    ``_hold_clusters``). Its SVG text imports ``split_first_line`` as it draws each text;
    the HTML layout keeps the function it imported when loaded and is not affected."""
    from weasyprint.text import line_break

    original = line_break.split_first_line

    def split_first_line(text: str, *args: Any, **kwargs: Any) -> Any:
        return original(_given_back(text), *args, **kwargs)

    line_break.split_first_line = split_first_line


# Where WeasyPrint finds HarfBuzz on each platform (weasyprint/text/ffi.py), in its order.
_HARFBUZZ_NAMES: Final = (
    "libharfbuzz-0",
    "harfbuzz",
    "harfbuzz-0.0",
    "libharfbuzz.so.0",
    "libharfbuzz.0.dylib",
    "libharfbuzz-0.dll",
)


@cache
def _hold_harfbuzz_fonts() -> None:
    """Has each of WeasyPrint's PDF fonts hold a reference to the HarfBuzz font it draws
    colour emoji from.

    WeasyPrint 70's ``Font`` keeps ``pango_font_get_hb_font(pango_font)``, a pointer the Pango
    font owns, and reuses the ``Font`` for every later run of the same face and size. Pango
    frees fonts it no longer caches; with a dozen script fonts in one document it did, and
    drawing an emoji then read the freed HarfBuzz font: the process crashed (a report after
    a poster, with Indian and South-East Asian names). HarfBuzz fonts count references: one
    of our own keeps it as long as the ``Font``.
    """
    import cffi

    try:
        from weasyprint.pdf.fonts import Font
        from weasyprint.text.ffi import ffi as weasy_ffi
    except ImportError:  # a later WeasyPrint, laid out otherwise: nothing to hold
        _log.warning("WeasyPrint's PDF fonts not found: colour emoji fonts are not held")
        return
    ours = cffi.FFI()
    ours.cdef("void *hb_font_reference (void *font); void hb_font_destroy (void *font);")
    harfbuzz = None
    for name in _HARFBUZZ_NAMES:
        try:
            harfbuzz = ours.dlopen(name)
            break
        except OSError:
            continue
    if harfbuzz is None:
        _log.warning("HarfBuzz not found: colour emoji fonts are not held")
        return
    original = Font.__init__

    def __init__(self: Any, pango_font: Any, *args: Any, **kwargs: Any) -> None:
        original(self, pango_font, *args, **kwargs)
        hb_font = getattr(self, "hb_font", None)  # a later WeasyPrint may name it otherwise
        address = 0 if hb_font is None else int(weasy_ffi.cast("uintptr_t", hb_font))
        if address:
            held = harfbuzz.hb_font_reference(ours.cast("void *", address))
            self.personabuilder_hb_font = ours.gc(held, harfbuzz.hb_font_destroy)

    Font.__init__ = __init__


def _order_svg_text(root: Any) -> None:
    """Writes right-to-left text of inline SVGs (charts) in display order, letters joined,
    each emoji of several code points as one stand-in (``_hold_clusters``), and font-family
    lists as WeasyPrint reads them (``_clean_svg_fonts``), in one walk over the document.

    WeasyPrint 70 draws SVG text one character at a time, left to right, so Arabic and
    Hebrew would print backwards and Arabic letters unjoined; given the visual order and
    the presentation forms, the characters land where a reader expects them.
    """
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.startswith(_SVG_NAMESPACE):
            _clean_svg_fonts(element)
        if element.tag not in _SVG_TEXT:
            continue
        if element.text:
            element.text = _hold_clusters(element.text)
        if _has_rtl(element.text):
            element.text = _visual(element.text)
        if element.tag.endswith("tspan") and element.tail:
            element.tail = _hold_clusters(element.tail)
            if _has_rtl(element.tail):
                element.tail = _visual(element.tail)


def _family_list(value: str) -> str:
    """A CSS font-family list with no space around its commas: "A", "B" -> "A","B"."""
    return ",".join(name.strip() for name in value.split(",") if name.strip())


def _clean_svg_fonts(element: Any) -> None:
    """Writes an SVG element's font-family lists with no space after their commas.

    WeasyPrint 70 splits an SVG font-family list at its commas and strips quotes, not
    spaces, from each name: in '"PB Hebrew", "PB Sans"' only the first name is found, the
    next is read as ' "PB Sans' and matches no font, so the text fell back to whatever sans
    serif the machine has (DejaVu Sans from the system where it is installed) instead of
    the bundled fonts.
    """
    families = element.get("font-family")
    if families:
        element.set("font-family", _family_list(families))
    style = element.get("style")
    if style and "font-family" in style:
        element.set(
            "style", _STYLE_FAMILIES.sub(lambda m: m.group(1) + _family_list(m.group(2)), style)
        )


def _resource_file(url: str) -> Path | None:
    """The bundled file a ``pb-resource:`` URL names, or None when it names anything else."""
    relative = unquote(url[len(_PREFIX) :].split("#", 1)[0].split("?", 1)[0])
    parts = _clean_parts(relative)
    if parts is None:
        return None
    if parts[0] == _TEMPLATES:
        base, parts = templates_dir(), parts[1:]
    else:
        base = resources_dir()
    if not parts:
        return None
    base = base.resolve()
    candidate = base.joinpath(*parts).resolve()
    # resolve() follows symbolic links: one pointing out of the folder is refused here.
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    return candidate


def _decode_data_url(url: str) -> tuple[bytes, str]:
    """Bytes and media type of a ``data:`` URL (RFC 2397)."""
    header, comma, payload = url[len("data:") :].partition(",")
    if not comma:
        raise ValueError("malformed data: URL")
    params = [param.strip() for param in header.split(";")]
    is_base64 = params[-1].lower() == "base64"
    if is_base64:
        params.pop()
    media_type = ";".join(params) if params and params[0] else "text/plain;charset=US-ASCII"
    raw = unquote_to_bytes(payload)
    if not is_base64:
        return raw, media_type
    raw = b"".join(raw.split())
    try:
        return base64.b64decode(raw + b"=" * (-len(raw) % 4)), media_type
    except binascii.Error as exc:
        raise ValueError("malformed base64 in a data: URL") from exc


class RefusedURL(ValueError):
    """A URL the locked fetcher does not serve; WeasyPrint leaves the resource out."""


def _media_type(path: Path) -> str:
    guessed = mimetypes.guess_type(path.name, strict=False)[0] or "application/octet-stream"
    if guessed.startswith("text/"):
        return guessed + "; charset=utf-8"
    return guessed


@cache
def _fetcher_class() -> type:
    """The locked fetcher class, built on first use so that WeasyPrint loads only then."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class LockedFetcher(URLFetcher):  # type: ignore[misc]
        """Serves ``pb-resource:`` and ``data:`` URLs; refuses everything else."""

        def __init__(self) -> None:
            super().__init__(allowed_protocols=("data", RESOURCE_SCHEME), allow_redirects=False)
            self.refused: list[str] = []

        def fetch(self, url: str, headers: Mapping[str, str] | None = None) -> Any:
            lowered = url[: len(_PREFIX)].lower()
            if lowered.startswith("data:"):
                body, media_type = _decode_data_url(url)
                return URLFetcherResponse(url, body, {"Content-Type": media_type})
            if lowered == _PREFIX:
                path = _resource_file(url)
                if path is not None:
                    body = path.read_bytes()
                    return URLFetcherResponse(url, body, {"Content-Type": _media_type(path)})
            self.refused.append(url)
            raise RefusedURL(f"PersonaBuilder does not fetch {url[:200]}")

    return LockedFetcher


def locked_fetcher() -> Any:
    """A new WeasyPrint URL fetcher that serves only bundled files and ``data:`` URLs."""
    return _fetcher_class()()


class _Progress:
    """Reports stages and fractions to the caller and stops when the caller cancels."""

    def __init__(
        self,
        progress: Callable[[str, float], None] | None,
        cancelled: Callable[[], bool] | None,
        page_limit: tuple[str, int] | None = None,
    ) -> None:
        self._progress = progress
        self._cancelled = cancelled
        self._page_limit = page_limit
        self._fraction = 0.0
        self._last: tuple[str, float] | None = None

    def __call__(self, stage: str, fraction: float, *, may_stop: bool = True) -> None:
        if may_stop:
            self.check()
        fraction = max(self._fraction, min(fraction, 1.0))
        if (stage, fraction) == self._last:
            return
        self._fraction, self._last = fraction, (stage, fraction)
        if self._progress is not None:
            self._progress(stage, fraction)

    def check(self) -> None:
        """Raises ExportCancelled once the caller asks to stop."""
        if self._cancelled is not None and self._cancelled():
            raise ExportCancelled

    def weasyprint_step(self, message: str) -> None:
        """Follows WeasyPrint's own progress log ("Step 5 - Creating layout - Page 3")."""
        if message.startswith("Step 5"):
            page = message.rsplit("Page ", 1)[-1].split(" ", 1)[0]
            done = int(page) if page.isdigit() else 1
            if self._page_limit is not None and done > self._page_limit[1]:
                name, limit = self._page_limit
                raise ExportError(code="too_many_pages", name=name, limit=limit)
            # The page count is unknown until the end: approach the stage's end, never reach it.
            self("layout", 0.15 + 0.6 * (1 - 0.9**done))
        elif message.startswith(("Step 6", "Step 7")):
            self("write", 0.8)
        else:
            self.check()


class _StepHandler(logging.Handler):
    """Hands WeasyPrint's progress records to the export running on the same thread."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        progress: _Progress | None = getattr(self.local, "progress", None)
        if progress is not None:
            # An ExportCancelled raised here unwinds WeasyPrint in the middle of its work.
            progress.weasyprint_step(record.getMessage())


_HANDLER_LOCK = threading.Lock()


@cache
def _step_handler() -> _StepHandler:
    """Our handler on "weasyprint.progress"; those records then go nowhere else."""
    handler = _StepHandler()
    logger = logging.getLogger("weasyprint.progress")
    with _HANDLER_LOCK:
        logger.setLevel(logging.INFO)
        logger.propagate = False
        logger.addHandler(handler)
    return handler


@contextmanager
def _following_weasyprint(progress: _Progress) -> Iterator[None]:
    handler = _step_handler()
    previous = getattr(handler.local, "progress", None)
    handler.local.progress = progress
    try:
        yield
    finally:
        handler.local.progress = previous


def _engine_css(html: str) -> str:
    """The user stylesheet under every document: the fonts its text needs, a default family."""
    return fonts_css(html) + f"\nhtml {{ font-family: {FONT_STACK}; }}\n"


def _w3c_date(moment: datetime) -> str:
    aware = moment if moment.tzinfo is not None else moment.astimezone()
    return aware.replace(microsecond=0).isoformat()


def _scrub(document: Any) -> None:
    """Drops attachments and links a reader should not follow (file:, javascript: ...)."""
    document.metadata.attachments = []
    for page in document.pages:
        kept = []
        for link in page.links:
            kind, target = link[0], link[1]
            if kind == "attachment":
                continue
            if kind == "external" and urlsplit(str(target)).scheme.lower() not in _LINK_SCHEMES:
                continue
            kept.append(link)
        page.links = kept


def _write_bytes(document: Any) -> bytes:
    """The PDF, tagged when WeasyPrint manages it (see the module docstring)."""
    failure: Exception | None = None
    for options in _ATTEMPTS:
        try:
            data: bytes = document.write_pdf(pdf_identifier=True, **options)
        except (ExportError, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of a variant falls back to the next
            _log.warning("writing the PDF with %s failed (%s); trying without", options, exc)
            failure = exc
        else:
            return data
    assert failure is not None
    raise ExportError(code="render_failed", detail=_short(failure)) from failure


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 300 else text[:299] + "…"


def laid_out(
    html: str, lang: str, fetcher: Any = None, laying_out: Callable[[], None] = lambda: None
) -> Any:
    """WeasyPrint's document of trusted ``html`` (its pages and their boxes), laid out as
    every deliverable is: bundled fonts, resources only through ``fetcher`` (by default
    ``locked_fetcher()``), right-to-left blocks and SVG text set up. ``laying_out()`` is
    called as the layout starts."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    fetcher = fetcher or locked_fetcher()
    source = weasyprint.HTML(string=html, url_fetcher=fetcher)
    root = source.etree_element
    if lang and not root.get("lang"):
        root.set("lang", lang)  # hyphenation and quotes follow the element's language
    _check_depth(root)
    _set_directions(root)
    _svg_letter_layout()
    _hold_harfbuzz_fonts()
    _order_svg_text(root)
    # @font-face rules reach the layout only through a shared FontConfiguration.
    fonts = FontConfiguration()
    stylesheet = weasyprint.CSS(string=_engine_css(html), url_fetcher=fetcher, font_config=fonts)
    laying_out()
    return source.render(stylesheets=[stylesheet], font_config=fonts, presentational_hints=False)


def render_trusted(
    html: str,
    target: "Path | BinaryIO",
    *,
    title: str,
    author: str,
    lang: str,
    subject: str = "",
    keywords: Sequence[str] = (),
    created: datetime | None = None,
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_limit: tuple[str, int] | None = None,
) -> int:
    """Lays trusted ``html`` out with WeasyPrint and writes the PDF to ``target``; page count.

    The arguments are those of ``pdf.render_pdf``; ``page_limit`` (template name, pages) caps
    the pages when the sandbox's layout process calls this for a user's template.
    """
    report = _Progress(progress, cancelled, page_limit)
    report("parse", 0.0)

    fetcher = locked_fetcher()
    try:
        with _following_weasyprint(report):
            document = laid_out(html, lang, fetcher, lambda: report("layout", 0.1))
            report("write", 0.8)
            _scrub(document)
            metadata = document.metadata
            metadata.title = title
            metadata.authors = [author] if author else []
            metadata.description = subject or None
            metadata.keywords = [word for word in keywords if word]
            metadata.generator = f"PersonaBuilder {__version__}"
            metadata.created = metadata.modified = _w3c_date(created or datetime.now())
            if lang:
                metadata.lang = lang
            data = _write_bytes(document)
    except ExportError:
        raise
    except RecursionError as exc:
        raise ExportError(code="too_deep", limit=MAX_DEPTH) from exc
    except MemoryError:
        if page_limit is not None:  # in the layout process: the sandbox names the limit
            raise
        raise ExportError(code="render_failed", detail="out of memory") from None
    except Exception as exc:  # WeasyPrint's failures become one message
        # The message reaches the user; the traceback only a log that asks for details.
        _log.debug("WeasyPrint failed", exc_info=True)
        raise ExportError(code="render_failed", detail=_short(exc)) from exc
    if fetcher.refused:
        _log.info("refused %d URL(s), first: %s", len(fetcher.refused), fetcher.refused[0][:200])
    report.check()
    write_whole(data, target, before_replace=report.check)
    pages = len(document.pages)
    report("done", 1.0, may_stop=False)  # the file is written: too late to cancel
    return pages
