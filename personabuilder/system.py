"""What the operating system tells, asked the same way on every platform (psutil where the
standard library has no way), and the app's folders in the system's temporary directory.

psutil is imported only when needed: a workspace is opened (its lock asks whether a process
runs) before the window shows, and importing psutil takes some 15 ms.
"""

import os
import shutil
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    import psutil

# A temporary folder's name says what it is for and which process made it
# ("personabuilder-<kind>-<pid>-..."), should that process be killed before removing it.
_PREFIX: Final = "personabuilder-"


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (on this machine)."""
    if sys.platform == "win32":
        import psutil

        return psutil.pid_exists(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


def watched(pid: int) -> "psutil.Process | None":
    """A handle on process ``pid`` to read its memory with (memory_used); None if it ended."""
    import psutil

    try:
        return psutil.Process(pid)
    except psutil.Error:
        return None


def memory_used(process: "psutil.Process") -> int | None:
    """Bytes ``process`` holds now: what is resident in memory or, on Windows, its committed
    private memory if that is more (a working set can be trimmed while the commit stays).
    None once the process has ended."""
    import psutil

    try:
        info = process.memory_info()
    except psutil.Error:
        return None
    return max(info.rss, getattr(info, "private", 0))


def scratch_folder(kind: str) -> Path:
    """A new folder of this process's in the system's temporary directory, for ``kind`` of
    work (a word without "-"). The caller removes it; the folders of that kind left by a
    process no longer running (killed, or ended before it could) are removed first."""
    where = tempfile.gettempdir()
    _sweep(kind, where)
    return Path(tempfile.mkdtemp(prefix=f"{_PREFIX}{kind}-{os.getpid()}-", dir=where))


@cache
def _sweep(kind: str, where: str) -> None:
    """Removes, once a process and temporary directory, the ``kind`` folders in ``where``
    whose process no longer runs."""
    for folder in Path(where).glob(f"{_PREFIX}{kind}-*-*"):
        owner = folder.name.removeprefix(f"{_PREFIX}{kind}-").split("-", 1)[0]
        if owner.isdigit() and int(owner) != os.getpid() and not process_alive(int(owner)):
            shutil.rmtree(folder, ignore_errors=True)
