"""Jinja environments of the deliverables: bundled templates, and user templates in a sandbox.

Both environments escape every value (``autoescape=True`` set outright: ``select_autoescape``
does not cover ``.j2`` names) and fail on any undefined name (``StrictUndefined``).

Chart markup (``SafeSVG``), the helpers both environments get, the context's transport to the
sandbox and the wording of template errors live in ``export.markup``, which the sandbox shares.
"""

import logging
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Final

import jinja2

from personabuilder.export.errors import ExportError, UntrustedHTML
from personabuilder.export.markup import (
    SVG_KEY,
    SafeSVG,
    add_helpers,
    decode_context,
    encode_context,
    safe_svg,
    svg_filter,
    template_error,
)
from personabuilder.resources import templates_dir

_log = logging.getLogger(__name__)

USER_SUFFIXES: Final = (".html.j2", ".html")
__all__ = [
    "SVG_KEY",
    "USER_SUFFIXES",
    "SafeSVG",
    "add_helpers",
    "decode_context",
    "encode_context",
    "environment",
    "render_bundled",
    "render_user",
    "safe_svg",
    "svg_filter",
    "template_error",
    "user_templates",
]


@cache
def _bundled(folder: Path) -> jinja2.Environment:
    return add_helpers(
        jinja2.Environment(
            loader=jinja2.FileSystemLoader(folder),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    )


def environment() -> jinja2.Environment:
    """The environment of the bundled templates (shared; don't change its settings)."""
    return _bundled(templates_dir())


def render_bundled(name: str, context: Mapping[str, Any]) -> str:
    """HTML of the bundled template ``name`` filled with ``context``."""
    try:
        return environment().get_template(name).render(dict(context))
    except ExportError:
        raise
    except Exception as exc:  # every template failure becomes one message
        raise template_error(name, exc) from exc


def user_templates(folder: Path) -> list[str]:
    """Names of the templates (``*.html.j2``, ``*.html``, not hidden) in a folder the user chose."""
    if not folder.is_dir():
        return []
    root = folder.resolve()
    # A link is offered only when it leads to a template file of the same folder.
    return sorted(
        path.name
        for path in folder.iterdir()
        if path.is_file()
        and path.name.endswith(USER_SUFFIXES)
        and not path.name.startswith(".")
        and path.resolve().parent == root
        and not path.resolve().name.startswith(".")
    )


def render_user(
    folder: Path,
    name: str,
    context: Mapping[str, Any],
    *,
    timeout: float = 10.0,
    cancelled: Callable[[], bool] | None = None,
) -> UntrustedHTML:
    """HTML of the user's template ``name`` from ``folder``, run in a sandboxed child process.

    The HTML comes back as UntrustedHTML, which ``render_pdf`` lays out in a child process too.

    The child has ``timeout`` seconds once started; past them it is killed and ExportError says
    so. Sandbox refusals, syntax and runtime errors come back as ExportError naming the
    template and, when known, the line; an undefined name is named, with the context change
    that explains it when the template declared an older context version (see
    ``sandbox.VERSION_COMMENT``). ``cancelled()``, when given, is asked ten times a
    second; True kills the child and raises ExportCancelled.
    """
    from personabuilder.export import context as ctx
    from personabuilder.export import sandbox

    if name not in user_templates(folder):
        raise ExportError(code="template_missing", name=name, folder=folder)
    payload = encode_context(context)
    # Read at call time: the list explains an older template's undefined names in the child.
    changes = [
        (version, old, new)
        for version, pairs in sorted(ctx.CONTEXT_CHANGES.items())
        for old, new in pairs
    ]
    html = sandbox.run(folder, name, payload, timeout=timeout, cancelled=cancelled, changes=changes)
    return UntrustedHTML(html, name)
