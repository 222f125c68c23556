"""Workshop mode: project a journey map stage by stage and capture what the room says."""

import time
import uuid
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QWidget

from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.workshop.controller import WorkshopController, fill
from personabuilder.ui.workshop.presenter import PresenterWindow
from personabuilder.ui.workshop.projection import ProjectionWindow

__all__ = ["PresenterWindow", "ProjectionWindow", "WorkshopController", "start_workshop"]

WINDOWED_SHARE = 0.85  # of the screen, when the workshop runs in a window
REPORT_MS = 20_000  # how long the editor's status bar says what reached the map


def _screens() -> list[QScreen]:
    """The connected screens, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    return [primary, *others] if primary is not None else others


def default_title(held_on: date) -> str:
    """The name a workshop gets when the facilitator gives none: "Workshop 3 Dec 2026".

    Items the workshop puts on the map carry this name, so it says when, not which map.
    """
    day = QLocale().toString(QDate(held_on.year, held_on.month, held_on.day), "d MMM yyyy")
    return fill(QCoreApplication.translate("Workshop", "Workshop %1"), day)


def start_workshop(
    parent: QWidget | None,
    session: EditSession,
    journey_id: uuid.UUID,
    *,
    title: str | None = None,
    screen: QScreen | None = None,
    workshop_id: uuid.UUID | None = None,
    today: date | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> WorkshopController:
    """Starts workshop mode on a map: a new session (or ``workshop_id`` to carry one on).

    With two screens the map is projected full screen on the second one (or ``screen``) and
    the presenter view opens on the first; with one screen the map opens in a window (F11:
    full screen). Leaving emits the controller's ``finished``; everything is saved as it
    happens, and a session that captured nothing is not kept. Leaving also adds the pain points
    and ideas captured at the stages to the map's lanes (one undo step, see
    ``WorkshopController.leave``), and the editor's status bar says what went where.
    """
    services = session.services
    if workshop_id is None:
        day = today or date.today()
        name = (title or "").strip() or default_title(day)
        workshop_id = services.workshop.start(journey_id, name, day)
    ctrl = WorkshopController(session, journey_id, workshop_id, clock=clock, parent=parent)
    projection = ProjectionWindow(ctrl, parent)
    ctrl.projection = projection
    screens = _screens()
    target = screen or (screens[1] if len(screens) > 1 else None)
    if target is not None:
        projection.setScreen(target)
        projection.setGeometry(target.geometry())
        projection.showFullScreen()
        laptop = next((s for s in screens if s is not target), None)
        if len(screens) > 1 and laptop is None:
            laptop = screens[0]
        if laptop is not None:
            presenter = PresenterWindow(ctrl, projection, parent)
            presenter.setScreen(laptop)
            presenter.setGeometry(laptop.availableGeometry())
            presenter.show()
            ctrl.presenter = presenter
            # The presenter view lists the keys; the room does not need them.
            projection.toggle_hints()
    else:
        where = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        if where is not None:
            area = where.availableGeometry()
            projection.resize(
                round(area.width() * WINDOWED_SHARE), round(area.height() * WINDOWED_SHARE)
            )
            projection.move(
                area.x() + (area.width() - projection.width()) // 2,
                area.y() + (area.height() - projection.height()) // 2,
            )
        projection.show()
    projection.raise_()
    projection.activateWindow()
    projection.setFocus()
    if parent is not None:
        owner = parent

        def back_to_editor(_workshop_id: object) -> None:
            owner.raise_()
            owner.activateWindow()
            window = owner.window()
            if ctrl.map_report and isinstance(window, QMainWindow):
                window.statusBar().showMessage(ctrl.map_report, REPORT_MS)

        ctrl.finished.connect(back_to_editor)
    return ctrl
