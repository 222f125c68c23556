"""Runs a user's template in a child process: Jinja's immutable sandbox, a time and size limit.

The template may come from anyone (a colleague, a download), so three fences stand around it:
Jinja's ``ImmutableSandboxedEnvironment`` (no ``_`` attributes, no changes to data, no huge
ranges, here also no huge string repetitions or powers), a loader that reads only the folder the
user picked, and a separate process (multiprocessing's "spawn": a fresh interpreter that holds
none of the app's state) which is killed once the time is up. Where the platform has
``resource``, the child's memory and CPU time are capped as well.

"spawn" re-imports the parent's main script in the child: a script that renders user templates
must keep its work under ``if __name__ == "__main__":`` (our entry points do), and a frozen app
(PyInstaller) must call ``multiprocessing.freeze_support()`` early in ``main``.
"""

import multiprocessing
import os
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any, Final

import jinja2
from jinja2.exceptions import SecurityError, TemplateNotFound
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from personabuilder.export.pdf import ExportCancelled, ExportError
from personabuilder.export.templating import add_helpers, decode_context, template_error

# Time allowed for the child interpreter to start and import Jinja, on top of ``timeout``.
STARTUP_SECONDS: Final = 60.0
OUTPUT_LIMIT_MB: Final = 64
_OUTPUT_LIMIT: Final = OUTPUT_LIMIT_MB * 1024 * 1024
_MEMORY_LIMIT: Final = 2 * 1024**3
# Longest result of ``"ab" * n`` or ``[x] * n`` a template may ask for, and biggest power.
_REPEAT_LIMIT: Final = 1_000_000
_POWER_BITS: Final = 4096


class _ConfinedLoader(jinja2.FileSystemLoader):
    """Reads templates from one folder only, even through symbolic links."""

    def __init__(self, folder: Path) -> None:
        super().__init__(folder)
        self._root = folder.resolve()
        self.loaded: set[str] = set()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        if not Path(filename).resolve().is_relative_to(self._root):
            raise TemplateNotFound(template)
        self.loaded.add(template)
        return source, filename, uptodate


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


def _limit_resources(seconds: float) -> None:
    try:
        import resource
    except ImportError:  # Windows: the parent's timer is the only limit
        return
    for limit, value in (
        (resource.RLIMIT_AS, _MEMORY_LIMIT),
        (resource.RLIMIT_CPU, int(seconds) + 30),
    ):
        try:
            soft, hard = resource.getrlimit(limit)
            if hard != resource.RLIM_INFINITY:
                value = min(value, hard)
            if soft == resource.RLIM_INFINITY or soft > value:
                resource.setrlimit(limit, (value, hard))
        except (ValueError, OSError):
            pass  # a stricter limit already in force is fine


def _render(folder: str, name: str, payload: str) -> tuple[Any, ...]:
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
    try:
        context = decode_context(payload)
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
        return ("error", error.code, error.params)


def _child(conn: Connection, folder: str, name: str, payload: str, seconds: float) -> None:
    """Entry point of the child process."""
    _limit_resources(seconds)
    try:
        conn.send(("ready",))
        conn.send(_render(folder, name, payload))
    except MemoryError:
        conn.send(("error", "template_crashed", {"name": name, "detail": "out of memory"}))
    finally:
        conn.close()


def run(
    folder: Path,
    name: str,
    payload: str,
    *,
    timeout: float,
    cancelled: Callable[[], bool] | None = None,
) -> str:
    """HTML of template ``name`` in ``folder`` filled with the JSON context ``payload``."""
    spawn = multiprocessing.get_context("spawn")
    receiver, sender = spawn.Pipe(duplex=False)
    process = spawn.Process(
        target=_child,
        args=(sender, os.fspath(folder), name, payload, timeout),
        name=f"personabuilder-template-{name}",
        daemon=True,
    )
    process.start()
    sender.close()
    try:
        started = _receive(receiver, process, STARTUP_SECONDS + timeout, name, cancelled)
        result = started and _receive(receiver, process, timeout, name, cancelled)
        if result is None:
            raise ExportError(code="timeout", name=name, seconds=f"{timeout:g}")
    finally:
        if process.is_alive():
            process.kill()
        process.join()
        receiver.close()
    if result[0] == "ok" and isinstance(result[1], str):
        return result[1]
    if result[0] == "error":
        raise ExportError(code=str(result[1]), **dict(result[2]))
    raise ExportError(code="template_crashed", name=name, detail=str(result[0]))


def _receive(
    conn: Connection,
    process: Any,
    seconds: float,
    name: str,
    cancelled: Callable[[], bool] | None,
) -> tuple[Any, ...] | None:
    """The child's next message, or None once ``seconds`` have passed without one."""
    deadline = time.monotonic() + seconds
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return None
        # With a cancel button to watch, wake up ten times a second to look at it.
        ready = wait(
            [conn, process.sentinel], timeout=min(remaining, 0.1) if cancelled else remaining
        )
        if ready:
            break
        if cancelled is not None and cancelled():
            raise ExportCancelled
    if conn in ready or conn.poll():
        try:
            message = conn.recv()
        except (EOFError, OSError):
            message = None
        if isinstance(message, tuple) and message:
            return message
    process.join(1.0)
    raise ExportError(code="template_crashed", name=name, detail=f"exit code {process.exitcode}")
