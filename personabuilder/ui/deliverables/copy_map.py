"""Copy Map as Image (Ctrl+Shift+C on a map): the map's PNG and SVG on the clipboard.

The image is drawn off the GUI thread (export/map_image.py, about a second for the default
3000 px) and put on the clipboard when it is ready: as an image (what chat, mail and office
programs paste), as ``image/png`` bytes, and as ``image/svg+xml`` for programs that paste
vectors (Figma, Inkscape, browsers' editors).
"""

import logging
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QImage, QKeySequence
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from personabuilder.services import Services

_log = logging.getLogger(__name__)
SHORTCUT = "Ctrl+Shift+C"
# export/map_image.DEFAULT_WIDTH, written here so that building a map page does not import
# the export layer (and SQLAlchemy with it) before the workspace's lists are shown.
DEFAULT_WIDTH = 3000


class _Drawer(QObject):
    """Draws one map's PNG and SVG on a worker thread."""

    finished = Signal(object)  # (png bytes, svg text), or the exception that stopped it

    def __init__(self, work: Callable[[], tuple[bytes, str]]) -> None:
        super().__init__()
        self._work = work

    @Slot()
    def run(self) -> None:
        try:
            result: object = self._work()
        except Exception as exc:  # noqa: BLE001 - said to the user on the GUI thread
            result = exc
        self.finished.emit(result)


class MapCopier(QObject):
    """Puts a journey map's image on the clipboard, drawn off the GUI thread."""

    copied = Signal(int, int)  # width and height of the image put on the clipboard
    failed = Signal(str)  # why nothing was copied, in words

    def __init__(
        self,
        parent: QObject,
        services: Callable[[], "Services | None"],
        journey_id: Callable[[], uuid.UUID | None],
        *,
        lang: Callable[["Services"], str] | None = None,
        width: int = DEFAULT_WIDTH,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.journey_id = journey_id
        self.lang = lang or _workspace_language
        self.width = width
        self._thread: QThread | None = None
        self._drawer: _Drawer | None = None

    @property
    def busy(self) -> bool:
        """True while an image is being drawn."""
        return self._thread is not None

    @Slot()
    def copy(self) -> None:
        """Starts drawing the current map; the clipboard gets it when it is drawn."""
        journey_id, services = self.journey_id(), self.services()
        if journey_id is None or services is None:
            self.failed.emit(
                QCoreApplication.translate("CopyMap", "Open a journey map to copy it as an image.")
            )
            return
        if self._thread is not None:
            return  # one copy at a time: the next press copies what is shown then
        lang, width = self.lang(services), self.width

        def work() -> tuple[bytes, str]:
            from personabuilder.export.map_image import map_drawing, svg_text
            from personabuilder.export.map_png import png_bytes

            drawing = map_drawing(services, journey_id, width=width, lang=lang)
            return png_bytes(drawing), svg_text(drawing)

        self._drawer = _Drawer(work)
        self._thread = QThread(self)
        self._drawer.moveToThread(self._thread)
        self._thread.started.connect(self._drawer.run)
        self._drawer.finished.connect(self._on_drawer_finished)
        self._thread.start()

    @Slot(object)
    def _on_drawer_finished(self, result: object) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread = None
        self._drawer = None
        if isinstance(result, BaseException):
            _log.warning("copying the map as an image failed", exc_info=result)
            sentence = QCoreApplication.translate(
                "CopyMap", "The map could not be copied as an image: %1"
            )
            self.failed.emit(sentence.replace("%1", str(result) or type(result).__name__))
            return
        assert isinstance(result, tuple)
        png: bytes = result[0]
        svg: str = result[1]
        image = QImage.fromData(png)
        mime = QMimeData()
        mime.setImageData(image)
        mime.setData("image/png", png)
        mime.setData("image/svg+xml", svg.encode("utf-8"))
        QGuiApplication.clipboard().setMimeData(mime)
        self.copied.emit(image.width(), image.height())


def _workspace_language(services: "Services") -> str:
    """The workspace's own language, else the app's (as the export dialog starts with)."""
    from personabuilder.ui.deliverables.export_dialog import ui_language

    return services.workspace.language() or ui_language()


def install_copy_map_action(
    widget: QWidget,
    services: Callable[[], "Services | None"],
    journey_id: Callable[[], uuid.UUID | None],
    *,
    lang: Callable[["Services"], str] | None = None,
) -> tuple[QAction, MapCopier]:
    """Adds "Copy Map as Image" (Ctrl+Shift+C while ``widget`` or a child has the focus) to
    ``widget``; ``services`` and ``journey_id`` answer, when it is pressed, which workspace
    and map the widget shows (None: none)."""
    copier = MapCopier(widget, services, journey_id, lang=lang)
    action = QAction(QCoreApplication.translate("CopyMap", "Copy Map as Image"), widget)
    action.setShortcut(QKeySequence(SHORTCUT))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setStatusTip(
        QCoreApplication.translate(
            "CopyMap", "Put the map on the clipboard as a PNG image, with an SVG copy"
        )
    )
    action.triggered.connect(copier.copy)
    widget.addAction(action)
    return action, copier
