"""Lays the parts of one trusted document out in child processes at once; their PDFs, numbered.

WeasyPrint lays pages out on one core, some 0.2 s a persona one-pager; a catalogue of many
personas is cut into parts (whole personas each), one per core, laid out in "spawn" children
(a fresh interpreter: nothing of the app's state, threads or Qt is copied) and merged
(``merge``). Page numbers ("n / N") must count across the parts, so each child tells the
parent how many pages its part has once its pages are made and before its page margins are
drawn, and waits there for its first page number and the total. That hook wraps two functions
of WeasyPrint's layout module, and only inside the child.

"spawn" re-imports the parent's main script in the child: our entry points keep their work under
``if __name__ == "__main__":`` and call ``multiprocessing.freeze_support()`` (frozen bundle).

A child spends about a second starting (interpreter, WeasyPrint's import) before it can lay out.
The export dialog hides that second: while the user chooses, it keeps children started and
warm (``stand_by``), which the next export takes before starting any of its own, and stops them
when it closes (``stand_down``). Each child still lays out one part and ends: an export never
meets what an earlier one left in a process.
"""

import contextlib
import io
import itertools
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any, Final

from personabuilder.export import spawned
from personabuilder.export.errors import ExportError

# A child must start (interpreter, WeasyPrint, fonts) and lay out its part; cancel stops it.
_POLL_SECONDS: Final = 0.1


@dataclass(eq=False)
class _Child:
    """A layout child: the parent's end of its pipe, the child, and whether it said it is
    warm (WeasyPrint loaded, fonts set up)."""

    conn: Connection
    running: spawned.Spawned
    ready: bool = False

    @property
    def process(self) -> Any:
        """The child's process."""
        return self.running.process

    def stop(self) -> None:
        """Kills the child if it still runs, removes its temporary files, lets its pipe go."""
        self.running.end()
        self.conn.close()


def _start_child(name: str) -> _Child:
    """Starts a layout child (a fresh interpreter) that warms up and waits for its part."""
    conn, child = spawned.start(_part_child, (), name, duplex=True)
    return _Child(conn, child)


# Children kept warm for the next export (``stand_by``); the lock guards the list, which the
# dialog's thread fills and an export's worker thread takes from.
_STANDBY_LOCK: Final = threading.Lock()
_standby: list[_Child] = []
_STANDBY_NUMBERS: Final = itertools.count(1)


def stand_by(count: int) -> int:
    """Keeps ``count`` layout children started and warm for the next export in parts, in
    place of any that ended; those beyond ``count`` are stopped. How many stand by."""
    with _STANDBY_LOCK:
        alive: list[_Child] = []
        for child in _standby:
            if child.process.is_alive() and len(alive) < count:
                alive.append(child)
            else:
                child.stop()
        while len(alive) < count:
            alive.append(_start_child(f"personabuilder-layout-standby-{next(_STANDBY_NUMBERS)}"))
        _standby[:] = alive
        return len(alive)


def stand_down() -> None:
    """Stops the children kept by ``stand_by``."""
    with _STANDBY_LOCK:
        for child in _standby:
            child.stop()
        _standby.clear()


def standing_by(timeout: float = 0.0) -> int:
    """How many children stand by warm, waiting up to ``timeout`` seconds for them to be."""
    with _STANDBY_LOCK:
        waiting = [child for child in _standby if not child.ready]
        for child in waiting:
            with contextlib.suppress(EOFError, OSError):
                if child.conn.poll(timeout) and child.conn.recv()[0] == "ready":
                    child.ready = True
        return sum(1 for child in _standby if child.ready and child.process.is_alive())


def _taken_from_standby(count: int) -> list[_Child]:
    """Up to ``count`` of the children standing by that still run, now the caller's."""
    with _STANDBY_LOCK:
        alive = [child for child in _standby if child.process.is_alive()]
        for child in _standby:
            if child not in alive:
                child.stop()
        taken, _standby[:] = alive[:count], alive[count:]
        return taken


def _number_across_parts(conn: Connection) -> None:
    """Makes this process's WeasyPrint number pages as parts of a larger document.

    Once a part's pages are made, its page count goes to the parent, which answers with the
    number of pages before this part and the document's total; the margin boxes (where
    ``counter(page)`` and ``counter(pages)`` are printed) then count in the whole document.
    """
    from weasyprint import layout

    made_pages = layout.make_all_pages
    margin_boxes = layout.make_margin_boxes
    known: dict[str, int] = {}

    def make_all_pages(*args: Any, **kwargs: Any) -> list[Any]:
        pages = list(made_pages(*args, **kwargs))
        known["count"] = len(pages)  # the last pagination pass is the one that counts
        return pages

    def make_margin_boxes(context: Any, page: Any, state: Any) -> Any:
        if "offset" not in known:
            conn.send(("pages", known["count"]))
            known["offset"], known["total"] = conn.recv()
        counters = dict(state[1])
        numbers = list(counters.get("page") or [0])
        counters["page"] = [*numbers[:-1], numbers[-1] + known["offset"]]
        counters["pages"] = [known["total"]]
        return margin_boxes(context, page, [state[0], counters, *state[2:]])

    layout.make_all_pages = make_all_pages
    layout.make_margin_boxes = make_margin_boxes


def _warm_up() -> None:
    """Loads WeasyPrint and lets Pango and fontconfig set themselves up on a line of text,
    while the parent is still building the document (a child starts in about a second)."""
    import weasyprint

    weasyprint.HTML(string="<p>PersonaBuilder</p>").render()


def _part_child(conn: Connection) -> None:
    """Entry point of a layout child: warms up and says ("ready",), waits for its part (None:
    not needed), then sends progress, ("pages", n) and ("ok", pdf, pages)."""
    import logging
    import warnings

    from personabuilder.export.engine import render_trusted

    # The parent tells the user what went wrong; nothing goes to the terminal from here.
    logging.getLogger().addHandler(logging.NullHandler())
    warnings.simplefilter("ignore")
    try:
        # A failure here shows again, and is reported, in the real layout.
        with contextlib.suppress(Exception):
            _warm_up()
        conn.send(("ready",))
        try:
            job = conn.recv()
        except EOFError:  # the parent ended (or stopped standing by) before giving a part
            return
        if job is None:
            return
        html, options = job
        _number_across_parts(conn)
        buffer = io.BytesIO()
        count = render_trusted(
            html,
            buffer,
            **options,
            progress=lambda stage, fraction: conn.send(("progress", stage, fraction)),
        )
        conn.send(("ok", buffer.getvalue(), count))
    except ExportError as exc:
        conn.send(("error", exc.code, exc.params))
    except MemoryError:
        conn.send(("error", "render_failed", {"detail": "out of memory"}))
    except Exception as exc:  # noqa: BLE001 - whatever fails is reported back
        conn.send(("error", "render_failed", {"detail": f"{type(exc).__name__}: {exc}"[:300]}))
    finally:
        conn.close()


class Children:
    """Layout children started ahead of their work (they warm up while the parent builds the
    document), those standing by first (``stand_by``), then given their parts (``lay_out``);
    a ``with`` block kills whichever are still running when it ends."""

    def __init__(self, count: int) -> None:
        self._children: list[_Child] = _taken_from_standby(count)
        try:
            while len(self._children) < count:
                number = len(self._children) + 1
                self._children.append(_start_child(f"personabuilder-layout-part-{number}"))
        except BaseException:
            self.close()
            raise

    def __enter__(self) -> "Children":
        return self

    @property
    def count(self) -> int:
        """How many children were started."""
        return len(self._children)

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def lay_out(
        self,
        htmls: Sequence[str],
        options: dict[str, Any],
        progress: Callable[[str, float], None],
        check: Callable[[], None],
    ) -> tuple[list[bytes], int]:
        """The PDF of each part of ``htmls`` (at most one a child) and their page count."""
        if len(htmls) > len(self._children):
            raise ValueError(f"{len(htmls)} parts for {len(self._children)} layout processes")
        busy = self._children[: len(htmls)]
        try:
            for child, html in zip(busy, htmls, strict=True):
                child.conn.send((str(html), options))
            for child in self._children[len(htmls) :]:
                child.conn.send(None)  # fewer parts than children: this one is not needed
        except OSError as exc:
            raise ExportError(code="render_failed", detail="a layout process ended") from exc
        return _gather(busy, progress, check)

    def close(self) -> None:
        """Stops every child still running."""
        for child in self._children:
            child.stop()
        self._children = []


def lay_out_parts(
    htmls: Sequence[str],
    options: dict[str, Any],
    progress: Callable[[str, float], None],
    check: Callable[[], None],
) -> tuple[list[bytes], int]:
    """The PDF of each part of ``htmls``, laid out at once in one child process each, and
    the number of pages of them all.

    ``options`` are ``render_trusted``'s metadata arguments; ``progress`` hears the stage and
    fraction of the slowest part; ``check()`` is called ten times a second and may raise
    (ExportCancelled) to stop: every child is then killed.
    """
    with Children(len(htmls)) as children:
        return children.lay_out(htmls, options, progress, check)


def _gather(
    children: list[_Child],
    progress: Callable[[str, float], None],
    check: Callable[[], None],
) -> tuple[list[bytes], int]:
    """Answers the children's page counts and collects their PDFs."""
    count = len(children)
    fractions = [0.0] * count
    stages = ["parse"] * count
    pages: dict[int, int] = {}
    results: dict[int, bytes] = {}
    by_conn = {id(child.conn): index for index, child in enumerate(children)}
    while len(results) < count:
        waiting = [child.conn for index, child in enumerate(children) if index not in results]
        sentinels = [child.process.sentinel for child in children]
        ready = wait([*waiting, *sentinels], timeout=_POLL_SECONDS)
        check()
        for conn in waiting:
            if conn not in ready and not conn.poll():
                continue
            index = by_conn[id(conn)]
            try:
                message = conn.recv()
            except (EOFError, OSError):
                message = ("crashed",)
            kind = message[0]
            if kind == "ready":  # warm, as it was asked: nothing to do
                continue
            if kind == "progress":
                stages[index], fractions[index] = str(message[1]), float(message[2])
                slowest = min(range(count), key=fractions.__getitem__)
                progress(stages[slowest], fractions[slowest])
            elif kind == "pages":
                pages[index] = int(message[1])
                if len(pages) == count:
                    total, before = sum(pages.values()), 0
                    for part in range(count):
                        children[part].conn.send((before, total))
                        before += pages[part]
            elif kind == "ok":
                results[index] = bytes(message[1])
            elif kind == "error":
                raise ExportError(code=str(message[1]), **dict(message[2]))
            else:
                process = children[index].process
                process.join(1.0)
                raise ExportError(
                    code="render_failed", detail=f"a layout process ended ({process.exitcode})"
                )
        for index, child in enumerate(children):
            if index not in results and not child.process.is_alive() and not child.conn.poll():
                raise ExportError(
                    code="render_failed",
                    detail=f"a layout process ended ({child.process.exitcode})",
                )
    return [results[index] for index in range(count)], sum(pages.values())
