"""What the operating system tells, asked the same way on every platform (through psutil),
and the app's folders in the system's temporary directory."""

import os
import shutil
import tempfile
from functools import cache
from pathlib import Path
from typing import Final

import psutil

# A temporary folder's name says what it is for and which process made it
# ("personabuilder-<kind>-<pid>-..."), should that process be killed before removing it.
_PREFIX: Final = "personabuilder-"


def process_alive(pid: int) -> bool:
    """Whether process ``pid`` runs (on this machine)."""
    return psutil.pid_exists(pid)


def memory_used(process: psutil.Process) -> int | None:
    """Bytes ``process`` holds now: what is resident in memory or, on Windows, its committed
    private memory if that is more (a working set can be trimmed while the commit stays).
    None once the process has ended."""
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
