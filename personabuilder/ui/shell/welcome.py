"""First run: a welcome that offers the demo or an empty workspace, and a short guided tour of
the main screens (skippable, and available again from Help)."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QSettings, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

WELCOMED_KEY = "welcome/shown"


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
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.body, 1)
        layout.addLayout(row)
        self.setMinimumSize(520, 220)
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
        self._mark(step.show())

    def _mark(self, widget: QWidget | None) -> None:
        if self._marked is not None:
            self._marked.setStyleSheet("")
        self._marked = widget
        if widget is not None:
            # An outline in the charts' orange shows which part of the window a step means.
            widget.setStyleSheet(f"{type(widget).__name__} {{ border: 3px solid #E69F00; }}")

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
