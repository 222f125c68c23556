"""What the bundled templates and the sandbox share: chart markup, helpers, the context's
transport, and template errors worded for the user.

Chart markup is the one piece of HTML a context may carry. It travels as ``SafeSVG``, made only
by ``safe_svg()``, which drops scripts, event attributes, foreign content and every reference
that is not ``#fragment`` or an embedded raster image; templates print it with ``{{ x|svg }}``.
The ``svg`` filter refuses anything else, and a SafeSVG printed without it is escaped text.
User templates run in another process, and JSON loses the class on the way: ``encode_context``
writes each SafeSVG as ``{"__svg__": markup}`` and ``decode_context`` cleans it again with
``safe_svg()`` on the other side, so the sandbox never trusts markup it did not check itself.
"""

import json
import re
import traceback
from collections.abc import Mapping
from typing import Any, Final
from xml.dom import Node, minidom
from xml.parsers.expat import ExpatError

import jinja2
from jinja2.exceptions import SecurityError, TemplateNotFound, TemplateSyntaxError
from markupsafe import Markup

from personabuilder.export.errors import ExportError
from personabuilder.export.fonts import fonts_css, resource_url

SVG_KEY: Final = "__svg__"
_SVG_NS: Final = "http://www.w3.org/2000/svg"
# Elements that run code, embed other documents or carry HTML inside an SVG.
_DROPPED_ELEMENTS: Final = frozenset(
    {"script", "foreignobject", "iframe", "object", "embed", "audio", "video", "handler"}
)
# Raster images matplotlib embeds; an SVG inside a data: URL could carry references again.
_SAFE_DATA: Final = ("data:image/png", "data:image/jpeg", "data:image/gif", "data:image/webp")
_EXTERNAL_URL = re.compile(r"url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


class SafeSVG(str):
    """SVG markup cleaned by ``safe_svg()``; the only text the ``svg`` filter prints as markup."""

    __slots__ = ()


def _allowed_reference(value: str) -> bool:
    value = value.strip()
    return value.startswith("#") or value.lower().startswith(_SAFE_DATA)


def _clean(element: minidom.Element) -> None:
    for attribute in list(element.attributes.values()):
        name = (attribute.localName or attribute.name).lower()
        value = attribute.value
        if (
            name.startswith("on")
            or (name in ("href", "src") and not _allowed_reference(value))
            or _EXTERNAL_URL.search(value)
        ):
            element.removeAttributeNode(attribute)
    for child in list(element.childNodes):
        if child.nodeType == Node.ELEMENT_NODE:
            assert isinstance(child, minidom.Element)
            local = (child.localName or child.tagName).lower()
            if local in _DROPPED_ELEMENTS or (
                local == "style"
                and (_EXTERNAL_URL.search(_text(child)) or "@import" in _text(child).lower())
            ):
                element.removeChild(child)
            else:
                _clean(child)
        elif child.nodeType in (Node.COMMENT_NODE, Node.PROCESSING_INSTRUCTION_NODE):
            element.removeChild(child)


def _text(element: minidom.Element) -> str:
    return "".join(
        node.data
        for node in element.childNodes
        if node.nodeType in (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)
    )


def safe_svg(svg_text: str) -> SafeSVG:
    """SVG markup (matplotlib's output) cleaned for inlining into a deliverable."""
    text = svg_text.strip()
    if not text.startswith(("<svg", "<?xml")):
        raise ValueError("not SVG markup")
    if "<!ENTITY" in text:
        raise ValueError("SVG markup with entity declarations is refused")
    try:
        document = minidom.parseString(text.encode("utf-8"))
    except ExpatError as exc:
        raise ValueError(f"malformed SVG markup: {exc}") from exc
    try:
        root = document.documentElement
        if root is None or root.localName != "svg" or root.namespaceURI not in (_SVG_NS, None):
            raise ValueError("not SVG markup")
        _clean(root)
        return SafeSVG(root.toxml())
    finally:
        document.unlink()


def svg_filter(value: object) -> Markup:
    """The ``svg`` filter: SafeSVG made by ``safe_svg()`` becomes markup; nothing else does."""
    if type(value) is SafeSVG and value.startswith("<svg"):
        return Markup(value)
    raise SecurityError("the svg filter takes only chart markup made by PersonaBuilder")


def _fonts_markup() -> Markup:
    return Markup(fonts_css())


def add_helpers(env: jinja2.Environment) -> jinja2.Environment:
    """Adds the ``svg`` filter and the ``resource_url`` and ``fonts_css`` globals to ``env``."""
    env.filters["svg"] = svg_filter
    env.globals["resource_url"] = resource_url
    env.globals["fonts_css"] = _fonts_markup
    return env


def _to_transport(value: object, where: str) -> object:
    if type(value) is SafeSVG:
        return {SVG_KEY: str(value)}
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Mapping):
        out = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ExportError(code="bad_context", detail=f"{where}: a key that is not text")
            out[key] = _to_transport(item, f"{where}.{key}")
        return out
    if isinstance(value, list | tuple):
        return [_to_transport(item, f"{where}[{i}]") for i, item in enumerate(value)]
    raise ExportError(code="bad_context", detail=f"{where} is a {type(value).__name__}")


def encode_context(context: Mapping[str, Any]) -> str:
    """JSON text of a context for the sandbox; SafeSVG values become ``{"__svg__": markup}``."""
    return json.dumps(_to_transport(context, "context"), ensure_ascii=False, allow_nan=False)


def _from_transport(value: object) -> object:
    if isinstance(value, dict):
        if set(value) == {SVG_KEY} and isinstance(value[SVG_KEY], str):
            try:
                return safe_svg(value[SVG_KEY])
            except ValueError:
                return ""  # markup that does not parse is left out rather than shown raw
        return {key: _from_transport(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_from_transport(item) for item in value]
    return value


def decode_context(text: str) -> dict[str, Any]:
    """The context ``encode_context`` wrote, with chart markup cleaned again into SafeSVG."""
    decoded = _from_transport(json.loads(text))
    if not isinstance(decoded, dict):
        raise ExportError(code="bad_context", detail="the context is not a mapping")
    return decoded


def _template_line(exc: BaseException, names: set[str]) -> tuple[str | None, int | None]:
    """Template and line an error happened at, from Jinja's rewritten traceback."""
    if isinstance(exc, TemplateSyntaxError):
        return exc.name or exc.filename, exc.lineno
    found: tuple[str | None, int | None] = (None, None)
    for frame in traceback.extract_tb(exc.__traceback__):
        filename = frame.filename.replace("\\", "/")
        for name in names:
            if filename.endswith("/" + name) or filename == name:
                found = (name, frame.lineno)
    return found


def template_error(name: str, exc: BaseException, loaded: set[str] | None = None) -> ExportError:
    """ExportError for ``exc`` raised while rendering the template ``name``."""
    where, line = _template_line(exc, (loaded or set()) | {name})
    detail = str(exc) or type(exc).__name__
    if len(detail) > 300:
        detail = detail[:299] + "…"
    shown = where or name
    if isinstance(exc, TemplateNotFound):
        return ExportError(code="template_error", name=shown, detail=f"no template {exc.name!r}")
    if isinstance(exc, TemplateSyntaxError):
        return ExportError(code="template_syntax", name=shown, line=line, detail=exc.message)
    if isinstance(exc, SecurityError):
        return ExportError(code="template_forbidden", name=shown, line=line, detail=detail)
    return ExportError(code="template_error", name=shown, line=line, detail=detail)
