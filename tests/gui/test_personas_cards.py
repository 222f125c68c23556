"""Gallery cards in the real window: they fill the page's width and show quote and top goal."""

import shutil
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from pytestqt.qtbot import QtBot

from personabuilder.model import Archetype
from personabuilder.services import Services
from personabuilder.services.readmodels import PersonaData
from personabuilder.ui.personas.gallery import (
    CARD_MAX_WIDTH,
    CARD_MIN_WIDTH,
    CardText,
    PersonaGallery,
    card_texts,
)
from personabuilder.ui.shell.main_window import MainWindow

LONG_TITLE = "Senior Vice President of Revenue Operations and Customer Success Enablement"


@pytest.fixture
def opened(window: MainWindow, demo_file: Path, tmp_path: Path) -> MainWindow:
    path = tmp_path / "Cards.pbw"
    shutil.copyfile(demo_file, path)
    assert window.open_workspace(path)
    return window


def _services(window: MainWindow) -> Services:
    assert window.session is not None
    return window.session.services


def _show_gallery(qtbot: QtBot, window: MainWindow, width: int, height: int) -> PersonaGallery:
    window.resize(width, height)
    window.sidebar.setCurrentIndex(window.sidebar_model.index(0, 0))
    gallery = window.studio.gallery
    assert window.pages.currentWidget() is gallery
    qtbot.waitUntil(lambda: gallery.cards.viewport().width() > 0.6 * width)
    model = gallery.model
    # The quotes and goals are read just after the first paint.
    qtbot.waitUntil(lambda: all(model.blurb(r) is not None for r in range(model.rowCount())))
    return gallery


def _rects(gallery: PersonaGallery) -> list[QRect]:
    model = gallery.model
    return [gallery.cards.visualRect(model.index(row, 0)) for row in range(model.rowCount())]


def _texts(gallery: PersonaGallery, row: int) -> list[CardText]:
    model = gallery.model
    view = gallery.cards
    return card_texts(
        model.summary(row),
        model.blurb(row),
        view.visualRect(model.index(row, 0)),
        view.card_delegate.fonts,
        view.palette(),
    )


@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1920, 1080)])
@pytest.mark.parametrize("extra", [0, 9])
def test_cards_fill_the_width_of_the_page(
    qtbot: QtBot, opened: MainWindow, width: int, height: int, extra: int
) -> None:
    _services(opened).personas.create_many(
        [PersonaData(name=f"Extra {i}", archetype=Archetype.CUSTOM) for i in range(extra)]
    )
    opened.studio.gallery.refresh()
    gallery = _show_gallery(qtbot, opened, width, height)
    rects = _rects(gallery)
    assert len(rects) == 3 + extra
    top = min(r.top() for r in rects)
    first_row = [r for r in rects if r.top() == top]
    used = max(r.right() for r in first_row) - min(r.left() for r in first_row)
    viewport = gallery.cards.viewport().width()
    assert used >= 0.95 * viewport, (used, viewport, len(first_row))
    for rect in rects:
        assert CARD_MIN_WIDTH <= rect.width() <= CARD_MAX_WIDTH
    # Every row but the last is full: no ragged band on the right.
    rows: dict[int, list[QRect]] = {}
    for rect in rects:
        rows.setdefault(rect.top(), []).append(rect)
    for row_top in sorted(rows)[:-1]:
        right = max(r.right() for r in rows[row_top])
        assert right >= 0.95 * viewport


def test_a_long_job_title_wraps_and_is_not_elided_at_1920(qtbot: QtBot, opened: MainWindow) -> None:
    services = _services(opened)
    [pid] = services.personas.create_many(
        [PersonaData(name="Long Title", archetype=Archetype.TECHNICAL_EVALUATOR)]
    )
    services.personas.update(pid, job_title=LONG_TITLE)
    opened.studio.gallery.refresh()
    gallery = _show_gallery(qtbot, opened, 1920, 1080)
    row = gallery.model.row_of(pid)
    assert row is not None
    lines = [t.text for t in _texts(gallery, row) if t.part == "job_title"]
    assert len(lines) == 2
    assert " ".join(lines) == LONG_TITLE
    assert not any("…" in line for line in lines)


def test_beyond_two_lines_a_title_is_elided(qtbot: QtBot, opened: MainWindow) -> None:
    services = _services(opened)
    [pid] = services.personas.create_many([PersonaData(name="Very Long Title")])
    services.personas.update(pid, job_title=f"{LONG_TITLE} and {LONG_TITLE}")
    opened.studio.gallery.refresh()
    gallery = _show_gallery(qtbot, opened, 1366, 768)
    row = gallery.model.row_of(pid)
    assert row is not None
    lines = [t.text for t in _texts(gallery, row) if t.part == "job_title"]
    assert len(lines) == 2
    assert lines[1].endswith("…")


def test_a_card_shows_name_role_archetype_quote_and_top_goal(
    qtbot: QtBot, opened: MainWindow
) -> None:
    services = _services(opened)
    gallery = _show_gallery(qtbot, opened, 1920, 1080)
    for row in range(gallery.model.rowCount()):
        summary = gallery.model.summary(row)
        data = services.personas.get(summary.id).data
        parts = {}
        for text in _texts(gallery, row):
            parts.setdefault(text.part, []).append(text.text)
        assert parts["name"] == [data.name]
        assert parts["job_title"] == [data.job_title]
        assert parts["company"] == [data.company]
        assert parts["archetype"]
        quote = " ".join(parts["quote"])
        assert data.quote[:-1] in quote  # within the locale's quotation marks
        assert parts["goal_label"] == ["TOP GOAL"]
        assert " ".join(parts["goal"]) == data.goals[0]
        tooltip = gallery.model.data(gallery.model.index(row, 0), 3)  # ToolTipRole
        assert f"Top goal: {data.goals[0]}" in tooltip


def test_an_edited_quote_shows_on_the_card(qtbot: QtBot, opened: MainWindow) -> None:
    services = _services(opened)
    gallery = _show_gallery(qtbot, opened, 1366, 768)
    pid: uuid.UUID = gallery.model.persona_id(0)
    services.personas.update(pid, quote="Show me the numbers.")
    gallery.refresh()
    qtbot.waitUntil(lambda: gallery.model.blurb(0) is not None)
    quote = " ".join(t.text for t in _texts(gallery, 0) if t.part == "quote")
    assert "Show me the numbers." in quote


def test_the_new_persona_button_is_in_the_header_and_the_empty_workspace(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    from personabuilder.store import Workspace

    path = tmp_path / "Empty.pbw"
    Workspace.create(path).close()
    assert window.open_workspace(path)
    window.resize(1366, 768)
    window.studio.show_gallery()
    gallery = window.studio.gallery
    assert gallery.new_button.isVisible()
    assert gallery.new_button.text() == "New persona"
    assert gallery.stack.currentWidget() is gallery.empty_page
    assert gallery.empty_label.text() == "No personas yet"
    assert gallery.empty_new_button.isVisible()
    assert not gallery.clear_button.isVisible()
    # The arrow offers the templates too.
    menu = gallery.new_button.menu()
    assert menu is not None
    menu.aboutToShow.emit()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[0] == "Blank Persona"
    assert "From Template: Executive sponsor" in texts
