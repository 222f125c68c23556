"""HTML to PDF with WeasyPrint behind a fetcher that serves only our own files and data: URLs.

WeasyPrint is imported inside the functions that need it: importing this module stays cheap.

The fetcher is the safety line of every export: WeasyPrint's default one reads any ``file:``
URL and downloads any ``http(s):`` one, and ``<a rel="attachment" href="file:///etc/passwd">``
embeds that file inside the PDF. Ours answers only ``pb-resource:`` URLs (files under the
bundled resources/ and templates/ folders) and ``data:`` URLs; every other URL is refused, which
WeasyPrint treats as a failed fetch: the image, stylesheet or font is simply left out.
On top of that, the finished document loses every attachment and every link that is not
``http``, ``https`` or ``mailto``.

Text in any script prints with bundled fonts (``FACES``): DejaVu Sans as "PB Sans", and one
family per fallback script (Hebrew, Arabic, CJK, colour emoji), declared only when the text
needs them. Text blocks that start in a right-to-left script are set right to left, and
right-to-left text in inline SVGs (charts) is put in display order (see ``_order_svg_text``).

The PDF is tagged: PDF/UA-1 first (WeasyPrint 70: ``pdf_variant="pdf/ua-1"``, PDF 1.7, structure
tree, XMP metadata, ``DisplayDocTitle``); should writing that variant fail, plain tags
(``pdf_tags=True``), then an untagged PDF, each fallback logged as a warning.
"""

import base64
import binascii
import importlib
import logging
import mimetypes
import os
import secrets
import shutil
import subprocess
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO, Final
from urllib.parse import quote, unquote, unquote_to_bytes, urlsplit

from personabuilder import __version__
from personabuilder.resources import resources_dir, templates_dir

_log = logging.getLogger(__name__)

RESOURCE_SCHEME: Final = "pb-resource"
_PREFIX: Final = RESOURCE_SCHEME + ":"
_TEMPLATES: Final = "templates"
FONT_FAMILY: Final = "PB Sans"


@dataclass(frozen=True, slots=True)
class FontFace:
    """One ``@font-face``: a file under resources/fonts, its family, and what it serves."""

    family: str
    file: str
    weight: str = "normal"
    style: str = "normal"
    unicode_range: str = ""
    # Needed only for characters DejaVu Sans lacks (it draws ✓, ✗, arrows and many
    # symbols itself, which the emoji range also holds).
    beyond_dejavu: bool = False

    def serves(self, characters: "frozenset[str] | None") -> bool:
        """Whether the face may draw any of ``characters`` (None: any text at all)."""
        if characters is None or not self.unicode_range:
            return True
        spans = _spans(self.unicode_range)
        wanted = [c for c in characters if any(low <= ord(c) <= high for low, high in spans)]
        if self.beyond_dejavu and wanted:
            covered = _dejavu_coverage()
            return any(ord(char) not in covered for char in wanted)
        return bool(wanted)


@cache
def _dejavu_coverage() -> frozenset[int]:
    """The code points DejaVu Sans has a glyph for."""
    # fontTools (a WeasyPrint dependency) ships without type information.
    ttlib: Any = importlib.import_module("fontTools.ttLib")
    with ttlib.TTFont(str(resources_dir() / "fonts" / FACES[0].file), lazy=True) as font:
        return frozenset(font.getBestCmap())


@cache
def _spans(unicode_range: str) -> tuple[tuple[int, int], ...]:
    """``"U+590-5FF, U+200D"`` as ``((0x590, 0x5FF), (0x200D, 0x200D))``."""
    spans = []
    for part in unicode_range.split(","):
        low, _, high = part.strip().removeprefix("U+").partition("-")
        spans.append((int(low, 16), int(high or low, 16)))
    return tuple(spans)


# WeasyPrint 70 keys the fonts of a PDF by family, weight and style: two files under one
# family and style would share one embedded font and print each other's glyphs. So each
# script has its own family, and FONT_STACK lists them after "PB Sans" (DejaVu Sans: Latin,
# Greek, Cyrillic, symbols). ``unicode-range`` keeps each fallback to its own script: the
# emoji font also maps digits, "#", "*" (keycap bases), © and ®, which must stay in DejaVu.
# Faces without a bold or italic cut are slanted or emboldened by Pango.
_HEBREW: Final = "U+590-5FF, U+FB1D-FB4F"
_ARABIC: Final = "U+600-6FF, U+750-77F, U+8A0-8FF, U+FB50-FDFF, U+FE70-FEFF"
_CJK: Final = (
    "U+1100-11FF, U+2E80-2FDF, U+3000-4DBF, U+4E00-9FFF, U+A960-A97F, U+AC00-D7FF, "
    "U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF, U+20000-2FA1F"
)
_EMOJI: Final = (
    "U+200D, U+20E3, U+FE0F, U+2190-21FF, U+2300-23FF, U+2600-27BF, U+2B00-2BFF, "
    "U+1F000-1FAFF, U+E0020-E007F"
)
FACES: Final = (
    FontFace(FONT_FAMILY, "DejaVuSans.ttf"),
    FontFace(FONT_FAMILY, "DejaVuSans-Bold.ttf", "bold"),
    FontFace(FONT_FAMILY, "DejaVuSans-Oblique.ttf", style="italic"),
    FontFace(FONT_FAMILY, "DejaVuSans-BoldOblique.ttf", "bold", "italic"),
    FontFace("PB Hebrew", "NotoSansHebrew-Regular.ttf", unicode_range=_HEBREW),
    FontFace("PB Hebrew", "NotoSansHebrew-Bold.ttf", "bold", unicode_range=_HEBREW),
    FontFace("PB Arabic", "NotoSansArabic-Regular.ttf", unicode_range=_ARABIC),
    FontFace("PB Arabic", "NotoSansArabic-Bold.ttf", "bold", unicode_range=_ARABIC),
    FontFace("PB CJK", "DroidSansFallback.ttf", unicode_range=_CJK),
    FontFace("PB Emoji", "NotoColorEmoji.ttf", unicode_range=_EMOJI, beyond_dejavu=True),
)
# The CSS font-family list every document starts from; Hebrew and Arabic come before "PB
# Sans" because DejaVu Sans has a plainer cut of both scripts.
FONT_STACK: Final = (
    '"PB Hebrew", "PB Arabic", "PB Sans", "PB CJK", "PB Emoji", "DejaVu Sans", sans-serif'
)
# Links a reader may follow from the PDF; file:, javascript: and the rest are dropped.
_LINK_SCHEMES: Final = frozenset({"http", "https", "mailto"})
# Stages reported to ``progress``, in order.
STAGES: Final = ("parse", "layout", "write", "done")
# Write attempts, best first: PDF/UA-1, tags alone, untagged.
_ATTEMPTS: Final[tuple[dict[str, Any], ...]] = (
    {"pdf_variant": "pdf/ua-1"},
    {"pdf_tags": True},
    {},
)

_MESSAGES: Final[dict[str, tuple[str, str]]] = {
    "cancelled": ("The export was cancelled.", "L’export a été annulé."),
    "timeout": (
        "The template “{name}” took longer than {seconds} s; it was stopped.",
        "Le modèle «\u00a0{name}\u00a0» a pris plus de {seconds}\u00a0s\u00a0; il a été arrêté.",
    ),
    "template_syntax": (
        "The template “{name}” has a syntax error{at}: {detail}",
        "Le modèle «\u00a0{name}\u00a0» contient une erreur de syntaxe{at}\u00a0: {detail}",
    ),
    "template_forbidden": (
        "The template “{name}” tried something templates may not do{at}: {detail}",
        "Le modèle «\u00a0{name}\u00a0» a tenté une opération interdite aux modèles{at}\u00a0: "
        "{detail}",
    ),
    "template_error": (
        "The template “{name}” failed{at}: {detail}",
        "Le modèle «\u00a0{name}\u00a0» a échoué{at}\u00a0: {detail}",
    ),
    "template_missing": (
        "There is no template “{name}” in {folder}.",
        "Il n’y a pas de modèle «\u00a0{name}\u00a0» dans {folder}.",
    ),
    "template_crashed": (
        "The template “{name}” stopped unexpectedly ({detail}).",
        "Le modèle «\u00a0{name}\u00a0» s’est arrêté de façon inattendue ({detail}).",
    ),
    "template_too_big": (
        "The template “{name}” produced more than {limit} MB of HTML; it was stopped.",
        "Le modèle «\u00a0{name}\u00a0» a produit plus de {limit}\u00a0Mo de HTML\u00a0; "
        "il a été arrêté.",
    ),
    "too_many_pages": (
        "The template “{name}” makes more than {limit} pages; the export was stopped.",
        "Le modèle «\u00a0{name}\u00a0» produit plus de {limit}\u00a0pages\u00a0; "
        "l’export a été arrêté.",
    ),
    "layout_timeout": (
        "Laying out the pages of the template “{name}” took longer than {seconds} s; "
        "it was stopped.",
        "La mise en page du modèle «\u00a0{name}\u00a0» a pris plus de {seconds}\u00a0s\u00a0; "
        "elle a été arrêtée.",
    ),
    "layout_memory": (
        "Laying out the pages of the template “{name}” needed more than {limit} MB of memory; "
        "it was stopped.",
        "La mise en page du modèle «\u00a0{name}\u00a0» demandait plus de {limit}\u00a0Mo "
        "de mémoire\u00a0; elle a été arrêtée.",
    ),
    "too_deep": (
        "The page nests its elements more than {limit} levels deep, which cannot be laid out; "
        "check the template’s loops and includes.",
        "La page imbrique ses éléments sur plus de {limit}\u00a0niveaux, ce qui ne peut pas "
        "être mis en page\u00a0; vérifiez les boucles et inclusions du modèle.",
    ),
    "bad_context": (
        "The data of this export cannot be handed to a template: {detail}",
        "Les données de cet export ne peuvent pas être transmises à un modèle\u00a0: {detail}",
    ),
    "render_failed": (
        "The PDF could not be laid out: {detail}",
        "La mise en page du PDF a échoué\u00a0: {detail}",
    ),
    "write_failed": (
        "The PDF could not be written to {path}: {detail}",
        "Le PDF n’a pas pu être écrit dans {path}\u00a0: {detail}",
    ),
    "no_pdftoppm": (
        "Page previews need the pdftoppm program (poppler-utils), which is not installed.",
        "Les aperçus de page nécessitent le programme pdftoppm (poppler-utils), "
        "qui n’est pas installé.",
    ),
    "preview_failed": (
        "The page previews could not be made: {detail}",
        "Les aperçus de page n’ont pas pu être créés\u00a0: {detail}",
    ),
}
# Parameters that are decimal numbers, written with a decimal comma in French.
_DECIMAL_PARAMS: Final = frozenset({"seconds", "limit"})


class ExportError(Exception):
    """A problem the user can act on; ``str()`` is the English sentence, ``message(lang)`` any.

    Raise it with a sentence (``ExportError("...")``) or with a code of the table above and
    its parameters (``ExportError(code="timeout", name="poster.html.j2", seconds=10)``).
    ``line`` (a template line number), when given, is worded into the sentence.
    """

    def __init__(self, message: str = "", *, code: str = "", **params: object) -> None:
        self.code = code
        self.params = {key: str(value) for key, value in params.items() if value is not None}
        self._text = message
        super().__init__(message or self.message("en"))

    def message(self, lang: str = "en") -> str:
        """The problem in English, or French when ``lang`` starts with "fr"."""
        if self.code not in _MESSAGES:
            return self._text or self.code
        french = lang.lower().startswith("fr")
        values = {
            key: value.replace(".", ",") if french and key in _DECIMAL_PARAMS else value
            for key, value in self.params.items()
        }
        line = values.pop("line", "")
        values["at"] = (f" (ligne {line})" if french else f" (line {line})") if line else ""
        english, french_text = _MESSAGES[self.code]
        return (french_text if french else english).format_map(_Blank(values))


class _Blank(dict[str, str]):
    """Format values where a missing parameter reads as nothing rather than a KeyError."""

    def __missing__(self, key: str) -> str:
        return ""


class UntrustedHTML(str):
    """HTML made by a user's template: ``render_pdf`` lays it out in the sandbox process."""

    template: str

    def __new__(cls, html: str, template: str) -> "UntrustedHTML":
        made = super().__new__(cls, html)
        made.template = template
        return made


# Deepest nesting of elements laid out: WeasyPrint recurses a few frames a level and would
# end in a RecursionError (after a long wait) not far beyond this.
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


_SVG_TEXT: Final = frozenset(
    {"{http://www.w3.org/2000/svg}text", "{http://www.w3.org/2000/svg}tspan"}
)
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


def _order_svg_text(root: Any) -> None:
    """Writes right-to-left text of inline SVGs (charts) in display order, letters joined.

    WeasyPrint 70 draws SVG text one character at a time, left to right, so Arabic and
    Hebrew would print backwards and Arabic letters unjoined; given the visual order and
    the presentation forms, the characters land where a reader expects them.
    """
    for element in root.iter():
        if element.tag not in _SVG_TEXT:
            continue
        if _has_rtl(element.text):
            element.text = _visual(element.text)
        if element.tag.endswith("tspan") and _has_rtl(element.tail):
            element.tail = _visual(element.tail)


class ExportCancelled(ExportError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__(code="cancelled")


def resource_url(relative: str) -> str:
    """``pb-resource:`` URL of a file under resources/ (``fonts/a.ttf``) or ``templates/a.css``."""
    if not _clean_parts(relative):
        raise ValueError(f"not a path inside the bundled resources: {relative!r}")
    return _PREFIX + quote(relative, safe="/")


def fonts_css(text: str | None = None) -> str:
    """``@font-face`` rules of the bundled fonts (see ``FACES``); use them with FONT_STACK.

    With ``text`` (the document), the fallback faces none of its characters need are left
    out: WeasyPrint honours ``unicode-range`` when it picks a face, but still reads, copies
    and registers every declared font file, some 25 ms of each export for all of them.
    """
    characters = None if text is None else frozenset(text)
    return "\n".join(
        f'@font-face {{ font-family: "{face.family}"; '
        f'src: url("{resource_url("fonts/" + face.file)}") format("truetype"); '
        f"font-weight: {face.weight}; font-style: {face.style}; "
        + (f"unicode-range: {face.unicode_range}; " if face.unicode_range else "")
        + "}"
        for face in FACES
        if face.serves(characters)
    )


def _clean_parts(relative: str) -> list[str] | None:
    """The path's parts when it stays inside its folder, else None."""
    if not relative or relative.startswith("/") or any(c in relative for c in "\\\x00:"):
        return None
    parts = relative.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    return parts


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


def render_pdf(
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
    """Lays ``html`` out and writes the PDF to ``target`` (atomically for a path); page count.

    ``progress(stage, fraction)`` hears the stages of ``STAGES`` with a fraction that never
    goes back; ``cancelled()`` is asked between stages and between pages, and a True answer
    raises ExportCancelled with ``target`` untouched. UntrustedHTML (a user's template) is
    laid out in a child process with a time, page and memory limit (see ``sandbox``);
    ``page_limit`` (template name, pages) is that child's page cap.
    """
    report = _Progress(progress, cancelled, page_limit)
    if isinstance(html, UntrustedHTML):
        from personabuilder.export import sandbox

        metadata = {"title": title, "author": author, "lang": lang, "subject": subject}
        data, pages = sandbox.lay_out(
            html,
            html.template,
            dict(metadata, keywords=list(keywords), created=created),
            report,
            report.check,
        )
        report.check()
        _store(data, target, report)
        report("done", 1.0, may_stop=False)
        return pages
    report("parse", 0.0)
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    fetcher = locked_fetcher()
    try:
        with _following_weasyprint(report):
            source = weasyprint.HTML(string=html, url_fetcher=fetcher)
            root = source.etree_element
            if lang and not root.get("lang"):
                root.set("lang", lang)  # hyphenation and quotes follow the element's language
            _check_depth(root)
            _set_directions(root)
            _order_svg_text(root)
            # @font-face rules reach the layout only through a shared FontConfiguration.
            fonts = FontConfiguration()
            stylesheet = weasyprint.CSS(
                string=_engine_css(html), url_fetcher=fetcher, font_config=fonts
            )
            report("layout", 0.1)
            document = source.render(
                stylesheets=[stylesheet], font_config=fonts, presentational_hints=False
            )
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
    _store(data, target, report)
    pages = len(document.pages)
    report("done", 1.0, may_stop=False)  # the file is written: too late to cancel
    return pages


def _store(data: bytes, target: "Path | BinaryIO", report: _Progress) -> None:
    """Writes the PDF; a path is only replaced once the new file is complete on disk."""
    if not isinstance(target, str | os.PathLike):
        target.write(data)
        return
    path = Path(target)
    part = path.with_name(f".{path.name}.{secrets.token_hex(4)}.part")
    try:
        # os.open with 0o666 lets the umask decide the mode, as for any file the user writes.
        handle = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, 0o666)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            report.check()
            os.replace(part, path)
        except BaseException:
            part.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise ExportError(
            code="write_failed", path=path, detail=exc.strerror or _short(exc)
        ) from exc


_O_BINARY: Final[int] = getattr(os, "O_BINARY", 0)


def render_png_pages(html: str, folder: Path, *, resolution: int = 60) -> list[Path]:
    """Renders ``html`` and writes one PNG a page into ``folder`` with pdftoppm (previews)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ExportError(code="no_pdftoppm")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pb-preview-") as scratch:
        pdf = Path(scratch) / "preview.pdf"
        render_pdf(html, pdf, title="", author="", lang="")
        prefix = Path(scratch) / "page"
        try:
            subprocess.run(
                [tool, "-r", str(resolution), "-png", str(pdf), str(prefix)],
                check=True,
                capture_output=True,
                timeout=300,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise ExportError(code="preview_failed", detail=_short(exc)) from exc
        # pdftoppm pads page numbers to the width of the last one: page-01.png ... page-12.png
        made = sorted(Path(scratch).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        pages = []
        for made_page in made:
            number = int(made_page.stem.split("-")[-1])
            dest = folder / f"page-{number:03d}.png"
            shutil.move(made_page, dest)
            pages.append(dest)
    return pages
