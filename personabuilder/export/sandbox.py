"""Runs a user's template in a child process: Jinja's immutable sandbox, a time and size limit.

The template may come from anyone (a colleague, a download), so three fences stand around it:
Jinja's ``ImmutableSandboxedEnvironment`` (no ``_`` attributes, no changes to data, no huge
ranges, here also no huge string repetitions or powers), a loader that serves only the template
files (.j2, .html, .css) beside the template, none hidden or behind a link leading elsewhere, and
the bundled partials, and a separate process (multiprocessing's "spawn": a fresh interpreter
that holds none of the app's state) which is killed once the time is up or once it holds more
memory than allowed (the parent looks ten times a second, on every platform). Where the platform
has ``resource``, the child's address space and CPU time are capped as well, so that a burst of
allocation faster than the parent's look fails in the child at once.

A template may declare, as its first line, the context version it was written for:
``{# personabuilder-context: 1 #}`` (VERSION_COMMENT). One declaring a newer version than the
context's ``context_version`` is refused with a message saying so; one declaring an older
version that stumbles on a name a later version renamed or removed gets a message naming the
change (the parent hands the list of changes over). A template without the line is taken to
be written for the current version.

The HTML it makes is laid out by WeasyPrint in a second child (``lay_out``): a template can ask
for 20,000 pages in a few lines, so layout has its own time, page and memory limits.

"spawn" re-imports the parent's main script in the child: a script that renders user templates
must keep its work under ``if __name__ == "__main__":`` (our entry points do), and a frozen app
(PyInstaller) must call ``multiprocessing.freeze_support()`` early in ``main``.
"""

import os
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Final

import jinja2
from jinja2.exceptions import SecurityError, TemplateNotFound
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from personabuilder.export import spawned
from personabuilder.export.errors import ExportCancelled, ExportError
from personabuilder.export.markup import add_helpers, decode_context, template_error
from personabuilder.resources import templates_dir

# Time allowed for the child interpreter to start and import Jinja, on top of ``timeout``.
STARTUP_SECONDS: Final = 60.0
OUTPUT_LIMIT_MB: Final = 64
_OUTPUT_LIMIT: Final = OUTPUT_LIMIT_MB * 1024 * 1024
# Memory a template's child may hold (resident, or committed on Windows: system.memory_used).
TEMPLATE_MEMORY_MB: Final = 1024
# Where the platform has ``resource``, the child's address space is capped at this many times
# its memory limit: address space also counts mapped fonts and reserved but unused arenas
# (0: no cap, as on Windows; the parent's look at the child's memory still holds).
ADDRESS_SPACE_FACTOR: Final = 2
# How often the parent looks at the child's memory and at the cancel button, in seconds.
_LOOK_SECONDS: Final = 0.1
# Longest result of ``"ab" * n`` or ``[x] * n`` a template may ask for, and biggest power.
_REPEAT_LIMIT: Final = 1_000_000
_POWER_BITS: Final = 4096
# Files a template may include from its own folder, and the most of one that is read.
TEMPLATE_SUFFIXES: Final = (".j2", ".html", ".css")
_TEMPLATE_FILE_LIMIT: Final = 2 * 1024 * 1024
# The first line by which a template declares the context version it was written for.
VERSION_COMMENT: Final = "{# personabuilder-context: 1 #}"
_DECLARATION = re.compile(r"\{#-?\s*personabuilder-context\s*:\s*(.*?)\s*-?#\}")
# Changes of the context, as the parent hands them over: (version, old key, new key or None).
Changes = Sequence[tuple[int, str, str | None]]
# The undefined name in the messages of Jinja's StrictUndefined.
_UNDEFINED_NAME = (
    re.compile(r"^'(?P<name>.+)' is undefined$"),
    re.compile(r" has no attribute '(?P<name>.+)'$"),
    re.compile(r" has no element (?P<name>.+)$"),
)


class _ConfinedLoader(jinja2.BaseLoader):
    """Serves a user template only what it may read: the template files beside it, not hidden
    and not reached through a link leading elsewhere, and PersonaBuilder's own partials.

    Anything else a name could reach (``.ssh/id_rsa``, ``../notes.txt``, a key behind a
    symbolic link, ``secrets.txt`` in the folder itself) is refused with SecurityError, so
    the message says why rather than pretending the file is not there.
    """

    def __init__(self, folder: Path) -> None:
        self._root = folder.resolve()
        self._bundled = templates_dir().resolve()
        self.loaded: set[str] = set()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        path = self._user_file(template) or self._partial(template)
        if path is None:
            raise TemplateNotFound(template)
        try:
            with path.open("rb") as handle:
                raw = handle.read(_TEMPLATE_FILE_LIMIT + 1)
        except OSError as exc:
            raise TemplateNotFound(template) from exc
        if len(raw) > _TEMPLATE_FILE_LIMIT:
            raise SecurityError(f"the template file {template!r} is larger than 2 MB")
        try:
            source = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise SecurityError(f"{template!r} is not a UTF-8 text file") from exc
        mtime = path.stat().st_mtime
        self.loaded.add(template)
        return source, os.fspath(path), lambda: path.stat().st_mtime == mtime

    def _user_file(self, template: str) -> Path | None:
        """The file of the user's folder ``template`` names; None when there is none."""
        if not _plain_name(template):
            raise SecurityError(
                f"{template!r} is out of reach: a template may include only the .j2, .html "
                "and .css files beside it (not hidden, not in another folder) and "
                "PersonaBuilder's own partials"
            )
        path = self._root / template
        if not path.is_symlink() and not path.exists():
            return None
        resolved = path.resolve()
        if not resolved.is_relative_to(self._root) or not _plain_name(
            resolved.relative_to(self._root).as_posix()
        ):
            raise SecurityError(
                f"{template!r} is a link to a file outside the template's folder; it is not read"
            )
        if not resolved.is_file():
            raise SecurityError(f"{template!r} is not a file")
        return resolved

    def _partial(self, template: str) -> Path | None:
        """PersonaBuilder's own partial ``template`` (``_macros.html.j2``), if there is one."""
        if not template.startswith("_"):
            return None
        path = (self._bundled / template).resolve()
        if path.is_relative_to(self._bundled) and path.is_file():
            return path
        return None


def _plain_name(name: str) -> bool:
    """True for a template file name with no folder, not hidden, with a template suffix."""
    return (
        bool(name)
        and not any(c in name for c in "/\\:\x00")
        and not name.startswith(".")
        and name.lower().endswith(TEMPLATE_SUFFIXES)
    )


class _Sandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with bounds on the operators that can eat all memory."""

    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for sequence, count in ((left, right), (right, left)):
                if (
                    isinstance(sequence, str | list | tuple)
                    and isinstance(count, int)
                    and len(sequence) * count > _REPEAT_LIMIT
                ):
                    raise SecurityError("the template repeats a text or list too many times")
        elif (
            isinstance(left, int)
            and isinstance(right, int)
            and right > 0
            and abs(left).bit_length() * right > _POWER_BITS
        ):
            raise SecurityError("the template computes too big a power")
        return super().call_binop(context, operator, left, right)


def _address_space(memory_mb: int) -> int | None:
    """Bytes of address space a child allowed ``memory_mb`` of memory gets (None: no cap)."""
    return memory_mb * ADDRESS_SPACE_FACTOR * 1024 * 1024 or None


def _limit_resources(seconds: float, address_space: int | None) -> None:
    """In the child: caps its address space and CPU time where the platform has ``resource``
    (on Windows, the parent's timer and its look at the child's memory are the limits)."""
    try:
        import resource
    except ImportError:
        return
    limits = [(resource.RLIMIT_CPU, int(seconds) + 30)]
    if address_space is not None:
        limits.append((resource.RLIMIT_AS, address_space))
    for limit, value in limits:
        try:
            soft, hard = resource.getrlimit(limit)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            if soft == resource.RLIM_INFINITY or soft > value:
                resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError):
            pass  # a stricter limit already in force is fine


def declared_version(source: str) -> str | None:
    """The context version the first line of a template's ``source`` declares, as written."""
    first = source.lstrip("\ufeff").split("\n", 1)[0].strip()
    match = _DECLARATION.fullmatch(first)
    return match.group(1) if match else None


def _version_of(source: str, name: str, current: object) -> int | None:
    """The version the template declares (None: none, or no version in the context)."""
    written = declared_version(source)
    if written is None or not isinstance(current, int):
        return None
    if not written.isdigit() or int(written) < 1:
        raise ExportError(
            code="template_bad_version", name=name, declared=written, example=VERSION_COMMENT
        )
    if int(written) > current:
        raise ExportError(code="template_newer", name=name, declared=written, current=current)
    return int(written)


def undefined_name(exc: jinja2.UndefinedError) -> str:
    """The name a StrictUndefined error is about (its whole message when not recognised)."""
    message = exc.message or ""
    for pattern in _UNDEFINED_NAME:
        match = pattern.search(message)
        if match:
            return match.group("name")
    return message


def _last_key(key: str) -> str:
    return key.rsplit(".", 1)[-1].removesuffix("[]")


def _undefined_error(
    error: ExportError, undefined: str, declared: int | None, current: object, changes: Changes
) -> ExportError:
    """``error`` reworded for an undefined name, with the context changes that explain it."""
    name, line = error.params.get("name"), error.params.get("line")
    relevant = [
        (version, old, new)
        for version, old, new in changes
        if declared is not None
        and isinstance(current, int)
        and declared < version <= current
        and _last_key(old) == undefined
    ]
    if not relevant:
        return ExportError(code="template_undefined", name=name, line=line, undefined=undefined)
    english = "; ".join(
        f"in version {v} “{old}” became “{new}”" if new else f"in version {v} “{old}” was removed"
        for v, old, new in relevant
    )
    french = "\u00a0; ".join(
        f"en version {v}, «\u00a0{old}\u00a0» est devenu «\u00a0{new}\u00a0»"
        if new
        else f"en version {v}, «\u00a0{old}\u00a0» a été retiré"
        for v, old, new in relevant
    )
    return ExportError(
        code="template_changed",
        undefined=undefined,
        declared=declared,
        changes=english,
        changes_fr=french,
        name=name,
        line=line,
    )


def _render(folder: str, name: str, payload: str, changes: Changes = ()) -> tuple[Any, ...]:
    """What the child sends back: ("ok", html) or ("error", code, params)."""
    loader = _ConfinedLoader(Path(folder))
    env = add_helpers(
        _Sandbox(
            loader=loader,
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
    )
    declared: int | None = None
    current: object = None
    try:
        context = decode_context(payload)
        current = context.get("context_version")
        declared = _version_of(loader.get_source(env, name)[0], name, current)
        pieces: list[str] = []
        size = 0
        for piece in env.get_template(name).generate(context):
            size += len(piece)
            if size > _OUTPUT_LIMIT:
                return ("error", "template_too_big", {"name": name, "limit": OUTPUT_LIMIT_MB})
            pieces.append(piece)
        return ("ok", "".join(pieces))
    except ExportError as exc:
        return ("error", exc.code, exc.params)
    except Exception as exc:  # noqa: BLE001 - whatever a template does wrong is reported back
        error = template_error(name, exc, loader.loaded)
        if isinstance(exc, jinja2.UndefinedError):
            error = _undefined_error(error, undefined_name(exc), declared, current, changes)
        return ("error", error.code, error.params)


def _child(
    conn: Connection,
    folder: str,
    name: str,
    payload: str,
    limits: tuple[float, int, int | None],
    changes: Changes,
) -> None:
    """Entry point of the child process."""
    seconds, memory_mb, address_space = limits
    _limit_resources(seconds, address_space)
    try:
        conn.send(("ready",))
        conn.send(_render(folder, name, payload, changes))
    except MemoryError:
        conn.send(("error", "template_memory", {"name": name, "limit": memory_mb}))
    finally:
        conn.close()


def run(
    folder: Path,
    name: str,
    payload: str,
    *,
    timeout: float,
    cancelled: Callable[[], bool] | None = None,
    changes: Changes = (),
) -> str:
    """HTML of template ``name`` in ``folder`` filled with the JSON context ``payload``.

    ``changes`` lists what each context version renamed or removed (see context.py
    CONTEXT_CHANGES), to explain an older template's undefined names.
    """
    memory_mb = TEMPLATE_MEMORY_MB
    receiver, child = spawned.start(
        _child,
        (
            os.fspath(folder),
            name,
            payload,
            (timeout, memory_mb, _address_space(memory_mb)),
            tuple(changes),
        ),
        f"personabuilder-template-{name}",
    )
    watch = _Watch(child, name, cancelled, ("template_memory", memory_mb))
    try:
        started = _receive(receiver, watch, STARTUP_SECONDS + timeout)
        result = started and _receive(receiver, watch, timeout)
        if result is None:
            raise ExportError(code="timeout", name=name, seconds=f"{timeout:g}")
    finally:
        child.end()
        receiver.close()
    if result[0] == "ok" and isinstance(result[1], str):
        return result[1]
    if result[0] == "error":
        raise ExportError(code=str(result[1]), **dict(result[2]))
    raise ExportError(code="template_crashed", name=name, detail=str(result[0]))


@dataclass
class _Watch:
    """What the parent watches while a child works: the cancel button, and the child's memory
    against ``memory`` (the error code to raise past it, and the limit in MB)."""

    child: spawned.Spawned
    name: str
    cancelled: Callable[[], bool] | None
    memory: tuple[str, int]
    _next: float = 0.0

    def look(self) -> None:
        """Raises ExportCancelled, or the memory error, at most every _LOOK_SECONDS."""
        now = time.monotonic()
        if now < self._next:
            return
        self._next = now + _LOOK_SECONDS
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled
        code, limit_mb = self.memory
        used = self.child.memory()
        if used is not None and used > limit_mb * 1024 * 1024:
            self.child.end()  # at once: it may still be growing
            raise ExportError(code=code, name=self.name, limit=limit_mb)


def _receive(conn: Connection, watch: _Watch, seconds: float) -> tuple[Any, ...] | None:
    """The child's next message, or None once ``seconds`` have passed without one."""
    process = watch.child.process
    deadline = time.monotonic() + seconds
    while True:
        watch.look()
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        ready = wait([conn, process.sentinel], timeout=min(remaining, _LOOK_SECONDS))
        if ready:
            break
    if conn in ready or conn.poll():
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = None
        if isinstance(message, tuple) and message:
            return message
    process.join(1.0)
    raise ExportError(
        code="template_crashed", name=watch.name, detail=f"exit code {process.exitcode}"
    )


# Limits of laying out a user template's pages (bundled templates are laid out in-process).
LAYOUT_SECONDS: Final = 180.0
PAGE_LIMIT: Final = 500
LAYOUT_MEMORY_MB: Final = 2048


def _quiet() -> None:
    """Keeps the child's logging and warnings off the terminal: the parent tells the user."""
    import logging
    import warnings

    logging.getLogger().addHandler(logging.NullHandler())
    warnings.simplefilter("ignore")


def _layout_child(
    conn: Connection,
    html: str,
    name: str,
    options: dict[str, Any],
    limits: tuple[float, int, int, int | None],
) -> None:
    """Entry point of the layout process: sends progress, then ("ok", pdf, pages) or an error."""
    import io

    from personabuilder.export.engine import render_trusted

    seconds, pages, memory_mb, address_space = limits
    _quiet()
    _limit_resources(seconds, address_space)
    try:
        conn.send(("ready",))
        buffer = io.BytesIO()
        count = render_trusted(
            html,
            buffer,
            **options,
            progress=lambda stage, fraction: conn.send(("progress", stage, fraction)),
            page_limit=(name, pages),
        )
        conn.send(("ok", buffer.getvalue(), count))
    except MemoryError:
        conn.send(("error", "layout_memory", {"name": name, "limit": memory_mb}))
    except ExportError as exc:
        conn.send(("error", exc.code, exc.params))
    except Exception as exc:  # noqa: BLE001 - whatever fails is reported back
        conn.send(("error", "template_crashed", {"name": name, "detail": type(exc).__name__}))
    finally:
        conn.close()


def lay_out(
    html: str,
    name: str,
    options: dict[str, Any],
    progress: Callable[[str, float], None],
    check: Callable[[], None],
) -> tuple[bytes, int]:
    """PDF bytes and page count of a user template's ``html``, laid out in a child process.

    The child has LAYOUT_SECONDS once started, PAGE_LIMIT pages and LAYOUT_MEMORY_MB of
    memory; past any of them the export ends in an ExportError saying which. ``progress`` hears
    the child's stages; ``check()`` is called ten times a second and may raise
    (ExportCancelled) to kill the child.
    """
    seconds, memory_mb = LAYOUT_SECONDS, LAYOUT_MEMORY_MB
    receiver, child = spawned.start(
        _layout_child,
        (str(html), name, options, (seconds, PAGE_LIMIT, memory_mb, _address_space(memory_mb))),
        f"personabuilder-layout-{name}",
    )
    watch = _Watch(child, name, lambda: _checked(check), ("layout_memory", memory_mb))
    try:
        started = _receive(receiver, watch, STARTUP_SECONDS)
        if started is None:
            raise ExportError(code="layout_timeout", name=name, seconds=f"{STARTUP_SECONDS:g}")
        deadline = time.monotonic() + seconds
        while True:
            message = _receive(receiver, watch, deadline - time.monotonic())
            if message is None:
                raise ExportError(code="layout_timeout", name=name, seconds=f"{seconds:g}")
            if message[0] != "progress":
                break
            progress(str(message[1]), float(message[2]))
    finally:
        child.end()
        receiver.close()
    if message[0] == "ok" and isinstance(message[1], bytes):
        return message[1], int(message[2])
    if message[0] == "error":
        raise ExportError(code=str(message[1]), **dict(message[2]))
    raise ExportError(code="template_crashed", name=name, detail=str(message[0]))


def _checked(check: Callable[[], None]) -> bool:
    check()
    return False
