"""Watches a user's template folder and says, once per burst of saves, that its templates changed.

Editors that save atomically (vim, VS Code, gedit) write a new file and rename it over the old
one: the watched path is gone from QFileSystemWatcher afterwards, so the paths are listed again
after every change. A change counts only when the template files' contents differ from the last
seen ones, so an editor's swap or backup files in the folder do not re-render the preview.
"""

import hashlib
import logging
from pathlib import Path
from typing import Final

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

# The files a user template may read from its own folder (export/sandbox.py serves the same).
WATCHED_SUFFIXES: Final = (".j2", ".html", ".css")
# Quiet time after the last file event before the change is reported: one save is often
# several events (truncate, write, rename, attribute change).
DEBOUNCE_MS: Final = 300
_log = logging.getLogger(__name__)


def template_files(folder: Path) -> list[Path]:
    """The template files (``.j2``, ``.html``, ``.css``, not hidden) directly in ``folder``."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return []
    return [
        path
        for path in entries
        if path.name.endswith(WATCHED_SUFFIXES) and not path.name.startswith(".") and path.is_file()
    ]


def _fingerprint(folder: Path) -> str:
    """A digest of the template files' names and contents (a file being written reads as is)."""
    digest = hashlib.blake2b(digest_size=16)
    for path in template_files(folder):
        digest.update(path.name.encode("utf-8", "surrogateescape") + b"\0")
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"\1unreadable")
        digest.update(b"\0")
    return digest.hexdigest()


class TemplateWatcher(QObject):
    """Reports ``changed`` when the template files of one folder change (debounced)."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None, *, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.fileChanged.connect(self._on_watcher_event)
        self._watcher.directoryChanged.connect(self._on_watcher_event)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._on_timer_timeout)
        self._folder: Path | None = None
        self._seen = ""

    @property
    def folder(self) -> Path | None:
        """The folder watched; None when nothing is."""
        return self._folder

    def watched_paths(self) -> list[str]:
        """The paths the file system watcher follows now."""
        return self._watcher.directories() + self._watcher.files()

    def watch(self, folder: Path) -> None:
        """Follows the template files of ``folder`` (and no other folder)."""
        self.stop()
        self._folder = folder
        self._seen = _fingerprint(folder)
        self._rewatch()

    def stop(self) -> None:
        """Follows nothing any more; a change waiting for its quiet time is dropped."""
        self._timer.stop()
        self._folder = None
        paths = self.watched_paths()
        if paths:
            self._watcher.removePaths(paths)

    def _rewatch(self) -> None:
        """Adds the folder and its template files that are not followed (new, or replaced)."""
        if self._folder is None:
            return
        watched = set(self.watched_paths())
        wanted = [str(self._folder), *(str(path) for path in template_files(self._folder))]
        missing = [path for path in wanted if path not in watched]
        if missing:
            # Paths that vanished between listing and adding are simply not followed.
            self._watcher.addPaths(missing)

    @Slot(str)
    def _on_watcher_event(self, _path: str) -> None:
        self._timer.start()

    @Slot()
    def _on_timer_timeout(self) -> None:
        if self._folder is None:
            return
        self._rewatch()
        seen = _fingerprint(self._folder)
        if seen == self._seen:
            return
        self._seen = seen
        _log.debug("the templates in %s changed", self._folder)
        self.changed.emit()
