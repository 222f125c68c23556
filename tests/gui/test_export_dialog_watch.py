"""The export dialog follows a user's template: shown at once, re-rendered at each save (also
an editor's atomic save), its errors shown with their line, nothing left running once closed."""

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.deliverables import export_dialog
from personabuilder.ui.deliverables.export_dialog import ExportDialog

# Rendering a user template spawns two child processes (template, layout): allow for a slow
# machine shared with other test runs.
WAIT_MS = 120_000


def _template(heading: str, extra: str = "") -> str:
    return (
        '<html lang="{{ lang }}">\n<body>\n'
        f"<h1>{heading}: {{{{ journey.title }}}}</h1>\n{extra}"
        "<style>@page { size: A4 }</style>\n</body>\n</html>\n"
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A template folder with one template of the user's."""
    path = tmp_path / "house"
    path.mkdir()
    (path / "mine.html.j2").write_text(_template("Version one"), encoding="utf-8")
    return path


@pytest.fixture
def dialog(
    qtbot: QtBot, demo_workspace: Workspace, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[ExportDialog]:
    """The export dialog on a poster, its own template chosen (the preview starts at once)."""
    session = EditSession(Services.bind(demo_workspace))
    journey = session.services.listing.journeys()[0]
    made = ExportDialog(None, session, kind="poster", journey_id=journey.id)  # type: ignore[arg-type]
    qtbot.addWidget(made)
    made.show()
    monkeypatch.setattr(export_dialog, "ask_template_path", lambda *_a: folder / "mine.html.j2")
    made.template.setCurrentIndex(1)
    made.template.activated.emit(1)
    yield made
    made.reject()
    qtbot.waitUntil(lambda: not export_dialog._ORPHANS, timeout=WAIT_MS)


def _pdf_text(dialog: ExportDialog) -> str:
    pdf = dialog.preview_pdf
    if pdf is None or not pdf.exists():
        return ""
    return "".join(page.extract_text() for page in PdfReader(pdf).pages)


def _shows(qtbot: QtBot, dialog: ExportDialog, text: str) -> None:
    """Waits until the preview, done, shows ``text``."""
    qtbot.waitUntil(lambda: not dialog.busy and text in _pdf_text(dialog), timeout=WAIT_MS)
    assert dialog.page_previews == 1
    assert dialog.template_error.isHidden()


def _save_after_the_first_preview(qtbot: QtBot, dialog: ExportDialog, folder: Path) -> None:
    """Waits for the first preview, then saves a new version and waits until it is seen."""
    _shows(qtbot, dialog, "Version one")
    with qtbot.waitSignal(dialog.watcher.changed, timeout=WAIT_MS):
        (folder / "mine.html.j2").write_text(_template("Version two"), encoding="utf-8")


def test_choosing_an_own_template_previews_it_and_follows_each_save(
    qtbot: QtBot, dialog: ExportDialog, folder: Path
) -> None:
    assert dialog.following
    assert dialog.preview_target is not None  # the preview started on its own
    _shows(qtbot, dialog, "Version one")
    assert str(folder) in dialog.watcher.watched_paths()
    assert str(folder / "mine.html.j2") in dialog.watcher.watched_paths()
    assert "mine.html.j2" in dialog.preview_state.text()

    with qtbot.waitSignal(dialog.page_shown, timeout=WAIT_MS):
        (folder / "mine.html.j2").write_text(_template("Version two"), encoding="utf-8")
    _shows(qtbot, dialog, "Version two")

    # An editor's atomic save: a new file renamed over the old one, twice in a row.
    for heading in ("Version three", "Version four"):
        fresh = folder / ".mine.html.j2.tmp"
        fresh.write_text(_template(heading), encoding="utf-8")
        os.replace(fresh, folder / "mine.html.j2")
        _shows(qtbot, dialog, heading)
    assert str(folder / "mine.html.j2") in dialog.watcher.watched_paths()

    # A stylesheet the template links from its folder counts as the template.
    (folder / "house.css").write_text("h1 { color: red }", encoding="utf-8")
    qtbot.waitUntil(lambda: str(folder / "house.css") in dialog.watcher.watched_paths())


def test_a_save_during_a_preview_replaces_it(
    qtbot: QtBot, dialog: ExportDialog, folder: Path
) -> None:
    _save_after_the_first_preview(qtbot, dialog, folder)
    # The new preview runs; meanwhile the old page stays, quietly marked as updating.
    assert dialog.busy
    assert dialog.page_previews == 1
    assert dialog.preview_state.text() == "Updating…"
    assert dialog.bar.isHidden()
    (folder / "mine.html.j2").write_text(_template("Version three"), encoding="utf-8")
    _shows(qtbot, dialog, "Version three")
    assert "Version two" not in _pdf_text(dialog)


def test_a_template_error_shows_its_line_and_a_fix_brings_the_preview_back(
    qtbot: QtBot, dialog: ExportDialog, folder: Path
) -> None:
    _shows(qtbot, dialog, "Version one")
    broken = _template("Broken", "<p>{{ journey.no_such_field }}</p>\n")
    (folder / "mine.html.j2").write_text(broken, encoding="utf-8")
    qtbot.waitUntil(lambda: dialog.template_error.isVisible(), timeout=WAIT_MS)
    message = dialog.template_error.text()
    assert "mine.html.j2" in message
    assert "line 4" in message
    assert "no_such_field" in message
    assert dialog.template_error.textInteractionFlags() & (
        Qt.TextInteractionFlag.TextSelectableByMouse
    )
    # The last good preview stays, greyed, under the error.
    assert dialog.page_previews == 1
    assert not dialog.pages_widget.isEnabled()
    assert "Version one" in _pdf_text(dialog)

    (folder / "mine.html.j2").write_text(_template("Fixed"), encoding="utf-8")
    _shows(qtbot, dialog, "Fixed")
    assert dialog.pages_widget.isEnabled()


def test_closing_stops_following_and_leaves_nothing_running(
    qtbot: QtBot, dialog: ExportDialog, folder: Path
) -> None:
    _save_after_the_first_preview(qtbot, dialog, folder)
    assert dialog.busy
    dialog.reject()
    assert dialog.watcher.watched_paths() == []
    assert dialog.watcher.folder is None
    assert not dialog.busy
    qtbot.waitUntil(lambda: not export_dialog._ORPHANS, timeout=WAIT_MS)
    # A save after closing starts nothing.
    (folder / "mine.html.j2").write_text(_template("Version three"), encoding="utf-8")
    dialog.watcher._on_timer_timeout()
    assert not dialog.busy


def test_going_back_to_the_built_in_template_stops_following(
    qtbot: QtBot, dialog: ExportDialog
) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT_MS)
    dialog.template.setCurrentIndex(0)
    dialog.template.activated.emit(0)
    assert not dialog.following
    assert dialog.watcher.watched_paths() == []
    assert dialog.preview_state.isHidden()
