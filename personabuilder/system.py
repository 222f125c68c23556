"""What the operating system tells, asked the same way on every platform (through psutil)."""

import psutil


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
