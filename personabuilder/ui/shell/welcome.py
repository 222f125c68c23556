"""First run: a welcome that offers the demo or an empty workspace, and a short guided tour of
the main screens (skippable, and available again from Help)."""

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from personabuilder.ui.common.icons import set_icon

WELCOMED_KEY = "welcome/shown"
RECENT_SHOWN = 5
# Space between the tour's bubble and the part of the window it talks about.
TOUR_GAP = 12
TOUR_COLOUR = "#E69F00"  # the charts' orange


@runtime_checkable
class TourHost(Protocol):
    """The window the welcome and the tour run in: it knows its own tour stops."""

    def tour_steps(self) -> "list[TourStep]":
        """The stops of the tour, in order."""
        ...

    def new_workspace(self) -> None:
        """Starts an empty workspace (the welcome's third choice)."""
        ...


class WelcomeDialog(QDialog):
    """Hello, and a first choice: keep the demo, start empty, or take the tour."""

    EXPLORE, EMPTY, TOUR = 1, 2, 3

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to PersonaBuilder"))
        title = QLabel(self.tr("Welcome to PersonaBuilder"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        text = QLabel(
            self.tr(
                "Your personas and journey maps live in one workspace file on this computer; "
                "nothing is sent anywhere. A demo workspace is open: three buyer personas and "
                "two SaaS journey maps with their metrics, to look around and try things."
            )
        )
        text.setWordWrap(True)
        self.choice = 0
        buttons = QHBoxLayout()
        for value, label in (
            (self.TOUR, self.tr("Take the Tour")),
            (self.EMPTY, self.tr("Start an Empty Workspace...")),
            (self.EXPLORE, self.tr("Explore the Demo")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _c=False, v=value: self._choose(v))
            buttons.addWidget(button)
            if value == self.EXPLORE:
                button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        self.setMinimumWidth(560)

    def _choose(self, value: int) -> None:
        self.choice = value
        self.accept()


@dataclass(frozen=True)
class TourStep:
    """One stop of the tour: what to say, and how to bring the screen it talks about."""

    title: str
    text: str
    show: Callable[[], QWidget | None]


class TourDialog(QDialog):
    """Walks through the main screens; Back, Next, Skip."""

    def __init__(self, parent: QWidget, steps: list[TourStep]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guided Tour"))
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint)
        self.steps = steps
        self.index = 0
        self._marked: QWidget | None = None
        self._marked_sheet = ""
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.heading.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.counter = QLabel()
        self.back = QPushButton(self.tr("Back"))
        self.back.clicked.connect(self._on_back_clicked)
        self.next = QPushButton(self.tr("Next"))
        self.next.setDefault(True)
        self.next.clicked.connect(self._on_next_clicked)
        skip = QPushButton(self.tr("Skip the Tour"))
        skip.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.counter, 1)
        row.addWidget(skip)
        row.addWidget(self.back)
        row.addWidget(self.next)
        # The bubble wears the outline colour of the part it talks about.
        frame = QFrame()
        frame.setObjectName("tourFrame")
        frame.setStyleSheet(f"QFrame#tourFrame {{ border: 2px solid {TOUR_COLOUR}; }}")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)
        layout.addStretch(1)
        layout.addLayout(row)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.setMinimumSize(420, 200)
        self.setMaximumWidth(460)
        self.go(0)

    def go(self, index: int) -> None:
        """Shows step ``index`` and the screen it talks about, outlined."""
        self.index = max(0, min(index, len(self.steps) - 1))
        step = self.steps[self.index]
        self.heading.setText(step.title)
        self.body.setText(step.text)
        self.counter.setText(
            self.tr("%1 of %2")
            .replace("%1", str(self.index + 1))
            .replace("%2", str(len(self.steps)))
        )
        self.back.setEnabled(self.index > 0)
        last = self.index == len(self.steps) - 1
        self.next.setText(self.tr("Finish") if last else self.tr("Next"))
        target = step.show()
        self._mark(target)
        self.place_beside(target)

    def place_beside(self, target: QWidget | None) -> None:
        """Moves the bubble next to ``target``, inside its screen, without covering it."""
        if target is None or not target.isVisible():
            return
        self.adjustSize()
        origin = target.mapToGlobal(QPoint(0, 0))
        area = (QGuiApplication.screenAt(origin) or target.screen()).availableGeometry()
        self.move(bubble_position(QRect(origin, target.size()), self.frameGeometry().size(), area))

    def _mark(self, widget: QWidget | None) -> None:
        if self._marked is not None:
            self._marked.setStyleSheet(self._marked_sheet)
        self._marked = widget
        if widget is not None:
            # An outline in the charts' orange shows which part of the window a step means;
            # the widget's own style sheet is kept and given back afterwards.
            self._marked_sheet = widget.styleSheet()
            outline = f"{type(widget).__name__} {{ border: 3px solid {TOUR_COLOUR}; }}"
            widget.setStyleSheet(f"{self._marked_sheet}\n{outline}")

    @Slot()
    def _on_back_clicked(self) -> None:
        self.go(self.index - 1)

    @Slot()
    def _on_next_clicked(self) -> None:
        if self.index == len(self.steps) - 1:
            self.accept()
        else:
            self.go(self.index + 1)

    def done(self, result: int) -> None:
        """Qt override: the outline goes when the tour ends."""
        self._mark(None)
        super().done(result)


def bubble_position(target: QRect, size: QSize, area: QRect) -> QPoint:
    """Where a bubble of ``size`` goes beside ``target``, inside ``area``, covering it the least.

    Beside a tall target (right, left), under a wide one (below, above); when no side has
    room for the whole bubble, the side that hides the least of the target wins.
    """

    def inside(point: QPoint) -> QPoint:
        x = max(area.left(), min(point.x(), area.right() + 1 - size.width()))
        y = max(area.top(), min(point.y(), area.bottom() + 1 - size.height()))
        return QPoint(x, y)

    middle_y = target.center().y() - size.height() // 2
    middle_x = target.center().x() - size.width() // 2
    beside = [
        QPoint(target.right() + 1 + TOUR_GAP, middle_y),
        QPoint(target.left() - TOUR_GAP - size.width(), middle_y),
    ]
    under = [
        QPoint(middle_x, target.bottom() + 1 + TOUR_GAP),
        QPoint(middle_x, target.top() - TOUR_GAP - size.height()),
    ]
    candidates = under + beside if target.width() > 2 * target.height() else beside + under

    def covered(point: QPoint) -> int:
        overlap = QRect(point, size).intersected(target)
        return overlap.width() * overlap.height() if not overlap.isEmpty() else 0

    placed = [inside(point) for point in candidates]
    return min(placed, key=covered)


class NoWorkspacePage(QWidget):
    """What the window shows with no workspace open: what a workspace is, and how to start."""

    open_requested = Signal(Path)

    def __init__(
        self,
        new_action: QAction,
        demo_action: QAction,
        open_action: QAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.logo = QLabel()
        logo = QGuiApplication.windowIcon()
        if not logo.isNull():
            self.logo.setPixmap(logo.pixmap(QSize(64, 64), self.devicePixelRatioF()))
        self.logo.setVisible(not logo.isNull())
        self.title = QLabel(self.tr("No workspace is open"))
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(
            self.tr(
                "A workspace is one file on this computer that holds your personas, journey "
                "maps and metrics. Every change is saved in it at once."
            )
        )
        self.text.setWordWrap(True)
        self.buttons: list[QToolButton] = []
        row = QHBoxLayout()
        row.setSpacing(12)
        for action, role, label in (
            (new_action, "new_workspace", self.tr("New Workspace...")),
            (demo_action, "new_demo", self.tr("Try the Demo...")),
            (open_action, "open", self.tr("Open...")),
        ):
            button = QToolButton()
            button.setText(label)
            set_icon(button, role)
            button.setIconSize(QSize(28, 28))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setMinimumHeight(76)
            button.setToolTip(action.toolTip())
            button.clicked.connect(action.trigger)
            row.addWidget(button, 1)
            self.buttons.append(button)
        self.recent_title = QLabel(self.tr("Recent workspaces"))
        bold = self.recent_title.font()
        bold.setBold(True)
        self.recent_title.setFont(bold)
        self.recent_list = QVBoxLayout()
        self.recent_list.setSpacing(2)
        column = QVBoxLayout()
        column.addWidget(self.logo)
        column.addSpacing(8)
        column.addWidget(self.title)
        column.addWidget(self.text)
        column.addSpacing(16)
        column.addLayout(row)
        column.addSpacing(20)
        column.addWidget(self.recent_title)
        column.addLayout(self.recent_list)
        box = QFrame()
        box.setObjectName("no_workspace_box")
        box.setLayout(column)
        box.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(box, 4)
        centred.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)
        self.recent_buttons: list[QPushButton] = []
        self.set_recent([])

    def set_recent(self, paths: list[Path]) -> None:
        """Lists the recent workspaces (the first few), each opened with one click."""
        for button in self.recent_buttons:
            self.recent_list.removeWidget(button)
            button.deleteLater()
        self.recent_buttons = []
        for path in paths[:RECENT_SHOWN]:
            button = QPushButton(path.name)
            button.setFlat(True)
            set_icon(button, "recent")
            button.setToolTip(str(path))
            button.setStyleSheet("text-align: left; padding: 4px 6px;")
            button.clicked.connect(lambda _checked=False, p=path: self.open_requested.emit(p))
            self.recent_list.addWidget(button)
            self.recent_buttons.append(button)
        self.recent_title.setVisible(bool(self.recent_buttons))


def run_tour(window: QWidget) -> bool:
    """Runs the guided tour; True when the user went through to the end."""
    assert isinstance(window, TourHost)
    dialog = TourDialog(window, window.tour_steps())
    return dialog.exec() == QDialog.DialogCode.Accepted


def welcome_if_first_run(window: QWidget, settings: QSettings) -> int | None:
    """Greets a first-time user once; the choice made, or None when already welcomed."""
    if settings.value(WELCOMED_KEY, False, type=bool):
        return None
    settings.setValue(WELCOMED_KEY, True)
    settings.sync()
    dialog = WelcomeDialog(window)
    dialog.exec()
    if dialog.choice == WelcomeDialog.TOUR:
        run_tour(window)
    elif dialog.choice == WelcomeDialog.EMPTY and isinstance(window, TourHost):
        window.new_workspace()
    return dialog.choice
