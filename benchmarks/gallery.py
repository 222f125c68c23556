"""Persona gallery on 10,000 personas: time to the first cards, and time per search keystroke.

``python -m benchmarks gallery``. Runs in-process on Qt's offscreen platform; each time
runs until the view has painted the result, as the user would see it.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from benchmarks import generate, startup

SIZE = (1366, 768)
FIRST_CARDS_TARGET_MS = 300.0
KEYSTROKE_TARGET_MS = 50.0
# Typed one letter at a time; each prefix is a keystroke.
WORDS = ("platform", "onboarding", "chloé")
GALLERIES = 5
PAINT_TIMEOUT_S = 10.0
# Quiet time let between keystrokes, as a typist's pause, so that the photos fetched for
# the previous result are not billed to the next keystroke.
SETTLE_S = 0.15


def _workspace(folder: Path) -> Path:
    """A private copy of the cached large workspace, or a new file of 10,000 personas."""
    from personabuilder.store.backup import copy_database

    dest = folder / "Large.pbw"
    if startup.LARGE.is_file():
        print(f"Copying {startup.LARGE.relative_to(startup.ROOT)} (opening may migrate the copy).")
        copy_database(startup.LARGE, dest)
    else:
        print("No cached large workspace: generating 10,000 personas (no journey maps) ...")
        generate.generate_large(dest, journeys=0, values_total=0)
    return dest


class _Painted:
    """Notes when any of some widgets has finished a paint, and stops a waiting loop."""

    def __init__(self, widgets: Sequence[Any]) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.at: float | None = None
        self._loop: Any = None
        painted = self

        class Watch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    # Posted now, run once this paint is over.
                    QTimer.singleShot(0, painted.done)
                return False

        self._watch = Watch()
        for widget in widgets:
            widget.installEventFilter(self._watch)

    def done(self) -> None:
        if self.at is None:
            self.at = time.perf_counter()
        if self._loop is not None:
            self._loop.quit()

    def wait(self, ready: Callable[[], bool] = lambda: True) -> float:
        """Runs the event loop until a paint has finished with ``ready()`` true; its time."""
        from PySide6.QtCore import QEventLoop, QTimer

        deadline = time.monotonic() + PAINT_TIMEOUT_S
        # One event loop rather than a busy processEvents() loop: each call from Python
        # into a void Qt function costs PySide6 6.12 on Python 3.11 a reference to None.
        while self.at is None or not ready():
            if time.monotonic() > deadline:
                raise TimeoutError("the gallery did not paint in time")
            if self.at is not None:
                self.at = None
            self._loop = QEventLoop()
            QTimer.singleShot(int(PAINT_TIMEOUT_S * 1000), self._loop.quit)
            self._loop.exec()
            self._loop = None
        return self.at

    def reset(self) -> None:
        self.at = None


def _settle(seconds: float) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def _first_cards(services: Any) -> float:
    """Milliseconds from creating a gallery to its first painted cards."""
    from personabuilder.ui.personas.gallery import PersonaGallery

    started = time.perf_counter()
    gallery = PersonaGallery()
    watch = _Painted([gallery.cards.viewport()])
    gallery.resize(*SIZE)
    gallery.set_services(services)
    gallery.show()
    elapsed = (watch.wait(lambda: gallery.model.rowCount() > 0) - started) * 1000
    _settle(SETTLE_S)
    gallery.close()
    gallery.deleteLater()
    _settle(0.05)
    return elapsed


def _keystrokes(services: Any) -> list[tuple[str, int, float]]:
    """(text, matches, milliseconds) for each prefix of each word, from text to painted result."""
    from personabuilder.ui.personas.gallery import PersonaGallery

    gallery = PersonaGallery()
    gallery.resize(*SIZE)
    gallery.set_services(services)
    gallery.show()
    watch = _Painted([gallery.cards.viewport(), gallery.empty_label])
    watch.wait()
    _settle(0.5)  # the first photos, and the ORM they load, are not a keystroke's
    results = []
    for word in WORDS:
        for end in range(1, len(word) + 1):
            text = word[:end]
            watch.reset()
            started = time.perf_counter()
            gallery.search.setText(text)
            # What the debounce timer runs once typing pauses.
            gallery.apply_search()
            elapsed = (watch.wait() - started) * 1000
            results.append((text, gallery.model.total, elapsed))
            _settle(SETTLE_S)
        gallery.search.clear()
        gallery.apply_search()
        _settle(SETTLE_S)
    gallery.close()
    return results


def _verdict(value: float, target: float) -> str:
    return "PASS" if value < target else "MISS"


def main(argv: Sequence[str] | None = None) -> int:
    """Measures the gallery on the large workspace and prints the figures against targets."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gallery")
    parser.add_argument(
        "--galleries", type=int, default=GALLERIES, help="galleries created for first paint"
    )
    args = parser.parse_args(argv)

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="pb-gallery-") as tmp:
        folder = Path(tmp)
        # Any migration backup of the copy goes here, not into the user's data folder.
        os.environ["PERSONABUILDER_DATA_DIR"] = str(folder / "data")
        path = _workspace(folder)

        from PySide6.QtWidgets import QApplication

        from personabuilder.services import Services
        from personabuilder.store import Workspace

        _app = QApplication.instance() or QApplication([sys.argv[0]])
        workspace = Workspace.open(path, daily_backup=False)
        try:
            services = Services.bind(workspace)
            personas = services.listing.persona_count()
            firsts = [_first_cards(services) for _ in range(max(1, args.galleries))]
            strokes = _keystrokes(services)
        finally:
            workspace.close()

    print(
        f"Gallery on {personas:,} personas, {SIZE[0]}x{SIZE[1]}, QT_QPA_PLATFORM=offscreen, "
        f"Python {sys.version.split()[0]}."
    )
    print()
    print(f"{'keystroke':<14} {'matches':>8} {'ms':>8}")
    for text, matches, ms in strokes:
        print(f"{text:<14} {matches:>8,} {ms:>8.1f}")
    print()
    times = [ms for _, _, ms in strokes]
    warm = firsts[1:] or firsts
    rows = [
        ("first cards, first gallery", firsts[0], firsts[0], FIRST_CARDS_TARGET_MS),
        (
            f"first cards, next {len(warm)} (median, max)",
            statistics.median(warm),
            max(warm),
            FIRST_CARDS_TARGET_MS,
        ),
        (
            f"search keystroke x{len(times)} (median, max)",
            statistics.median(times),
            max(times),
            KEYSTROKE_TARGET_MS,
        ),
    ]
    print(f"{'measure':<38} {'median':>9} {'max':>9}  {'target':<10} verdict")
    for label, median, worst, target in rows:
        print(
            f"{label:<38} {median:>7.1f}ms {worst:>7.1f}ms  {f'< {target:g} ms':<10} "
            f"{_verdict(worst, target)}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
