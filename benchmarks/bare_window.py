"""A bare PySide6 window: the floor the app's start-up time is measured against.

Run as ``python -m benchmarks.bare_window``; it writes ``pb-probe window-visible <epoch>``
to stderr once its window is exposed, then quits.
"""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

# How often to look again while the window system has not exposed the window yet.
_POLL_MS = 5


def main() -> int:
    """Shows an empty 1200x800 main window, reports when it is exposed, and exits."""
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1200, 800)
    window.setCentralWidget(QWidget())
    window.show()

    def report_when_exposed() -> None:
        handle = window.windowHandle()
        if handle is None or not handle.isExposed():
            QTimer.singleShot(_POLL_MS, report_when_exposed)
            return
        print(f"pb-probe window-visible {time.time()}", file=sys.stderr, flush=True)
        app.quit()

    # A zero timer fires once the event loop runs, after show() has been processed.
    QTimer.singleShot(0, report_when_exposed)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
