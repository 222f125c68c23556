"""Child processes of an export ("spawn"), each given a temporary folder of its own that the
parent removes once the child has ended.

WeasyPrint copies the fonts a document uses into a folder it makes with ``tempfile.mkdtemp``
(some 3 MB for our bundled fonts) and removes it only when its font configuration is garbage
collected. A child never gets there: multiprocessing ends it with ``os._exit`` once its task
returns, and cancel or a limit kills it. Each layout child therefore left a ``weasyprint-*``
folder in the system's temporary directory, a few megabytes per export for as long as the
machine ran. Here the child's temporary files go into a folder the parent made for it
(``tempfile.tempdir`` and ``TMPDIR``, read by Python and by the C libraries alike), and the
parent removes that folder whichever way the child ended. A folder's name carries its
parent's process id (system.scratch_folder): the folders of a parent that was itself killed
are removed by the next one to start a child.
"""

import contextlib
import multiprocessing
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING, Any

from personabuilder.system import memory_used, scratch_folder, watched

if TYPE_CHECKING:
    import psutil


@dataclass(eq=False)
class Spawned:
    """A child process and the temporary folder it writes in."""

    process: Any
    scratch: Path
    _watched: "psutil.Process | None" = field(default=None, init=False, repr=False)

    def memory(self) -> int | None:
        """Bytes the child holds now (system.memory_used); None once it has ended."""
        if self._watched is None:
            self._watched = watched(self.process.pid)
        return None if self._watched is None else memory_used(self._watched)

    def end(self) -> None:
        """Kills the child if it still runs, waits for it, and removes its temporary folder."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        shutil.rmtree(self.scratch, ignore_errors=True)


def start(
    target: Callable[..., None], args: tuple[Any, ...], name: str, *, duplex: bool = False
) -> tuple[Connection, Spawned]:
    """Starts ``target(conn, *args)`` in a fresh interpreter ("spawn"; a daemon, so it cannot
    outlive the app) whose temporary files all go into a folder of its own; ``conn`` is the
    child's end of a pipe (one way, child to parent, unless ``duplex``). The parent's end, and
    the child."""
    context = multiprocessing.get_context("spawn")
    parent_end, child_end = context.Pipe(duplex=duplex)
    scratch = scratch_folder("child")
    try:
        process = context.Process(
            target=_in_scratch,
            args=(os.fspath(scratch), target, (child_end, *args)),
            name=name,
            daemon=True,
        )
        process.start()
    except BaseException:
        parent_end.close()
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    finally:
        child_end.close()  # the child has its own copy: the parent sees EOF once it ends
    return parent_end, Spawned(process, scratch)


def _in_scratch(scratch: str, target: Callable[..., None], args: tuple[Any, ...]) -> None:
    """The child's entry point: points its temporary files at ``scratch``, then runs."""
    os.environ["TMPDIR"] = scratch
    tempfile.tempdir = scratch
    if getattr(sys, "frozen", False):
        _move_matplotlib_config(scratch)
    target(*args)


def _move_matplotlib_config(scratch: str) -> None:
    """In the bundle: moves matplotlib's setting folder into ``scratch``.

    PyInstaller's run-time hook for matplotlib gives every start of the executable, this child
    too, a new empty folder in the system's temporary directory (MPLCONFIGDIR), removed at
    exit by ``atexit``, which a child never reaches (multiprocessing ends it with
    ``os._exit``): each export left an empty ``tmp*`` folder behind. It is removed here while
    still empty, and matplotlib writes in the child's own folder instead."""
    made = os.environ.get("MPLCONFIGDIR")
    if made:
        with contextlib.suppress(OSError):
            os.rmdir(made)  # only an empty folder: never anything written in it
    os.environ["MPLCONFIGDIR"] = os.path.join(scratch, "matplotlib")
