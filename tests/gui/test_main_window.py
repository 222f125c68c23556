"""The main window on real workspace files, driven with pytest-qt."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from personabuilder.app import StoreGateway
from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.ui.shell.main_window import MainWindow
from personabuilder.ui.shell.sidebar import KIND_ROLE, NodeKind

from .conftest import Answers


def _find(window: MainWindow, kind: NodeKind, text: str | None = None) -> QModelIndex:
    model = window.sidebar_model

    def walk(parent: QModelIndex) -> QModelIndex | None:
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            if index.data(KIND_ROLE) == kind and (text is None or index.data() == text):
                return index
            found = walk(index)
            if found is not None:
                return found
        return None

    found = walk(QModelIndex())
    assert found is not None, f"no {kind.name} {text!r} in the sidebar"
    return found


def _copy_demo(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Client A.pbw"
    shutil.copyfile(demo_file, path)
    return path


def test_window_lists_demo_and_shows_summaries(
    window: MainWindow, qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    path = _copy_demo(demo_file, tmp_path)
    with qtbot.waitSignal(window.workspace_listed):
        assert window.open_workspace(path)
    assert window.windowTitle() == "Client A.pbw - PersonaBuilder"
    assert window.path_label.text() == str(path)
    assert window.sidebar_model.index(0, 0).data() == "Personas (3)"

    persona = _find(window, NodeKind.PERSONA, "Helen Whitaker")
    window.sidebar.setCurrentIndex(persona)
    assert window.pages.currentWidget() is window.studio.editor
    assert window.studio.editor.detail is not None
    assert window.studio.editor.detail.data.job_title == "Chief Operating Officer"

    window.sidebar.setCurrentIndex(window.sidebar_model.index(0, 0))
    assert window.pages.currentWidget() is window.studio.gallery
    assert window.studio.gallery.model.rowCount() == 3

    journey = _find(window, NodeKind.JOURNEY, "SaaS customer lifecycle")
    window.sidebar.setCurrentIndex(journey)
    page = window.journeys.page
    assert window.pages.currentWidget() is page
    assert page.title.text() == "SaaS customer lifecycle"
    model = page.grid.model
    headers = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]
    assert any(h.endswith("↺ Adoption") for h in headers)
    assert any(h.endswith("↺ Expansion") for h in headers)


def test_rename_is_undoable_with_named_commands(
    window: MainWindow, qtbot: QtBot, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    path = _copy_demo(demo_file, tmp_path)
    window.open_workspace(path)
    window.sidebar.setCurrentIndex(_find(window, NodeKind.PERSONA, "Daniel Osei"))
    answers.text = "Daniel O."
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F2)
    assert window.session is not None
    services = window.session.services
    names = [p.name for p in services.listing.personas()]
    assert "Daniel O." in names
    assert "Daniel Osei" not in names
    assert _find(window, NodeKind.PERSONA, "Daniel O.").isValid()
    undo = window.actions_by_id["undo"]
    assert undo.text() == "&Undo Rename persona"
    assert undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)

    undo.trigger()
    assert "Daniel Osei" in [p.name for p in services.listing.personas()]
    assert _find(window, NodeKind.PERSONA, "Daniel Osei").isValid()
    assert window.actions_by_id["redo"].text() == "&Redo Rename persona"
    window.actions_by_id["redo"].trigger()
    assert "Daniel O." in [p.name for p in services.listing.personas()]

    # The change is in the file itself, not only on screen.
    window.set_workspace(None)
    reopened = Workspace.open(path)
    assert "Daniel O." in [p.name for p in Services.bind(reopened).listing.personas()]
    reopened.close()


def test_invalid_rename_is_refused_and_not_on_the_undo_stack(
    window: MainWindow, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    window.open_workspace(_copy_demo(demo_file, tmp_path))
    window.sidebar.setCurrentIndex(_find(window, NodeKind.JOURNEY, "SaaS customer journey"))
    answers.text = "   "
    window.actions_by_id["rename"].trigger()
    assert window.session is not None
    assert window.session.undo_stack.count() == 0
    assert answers.warnings
    assert "Title is required" in answers.warnings[-1][1] + answers.warnings[-1][0]
    assert next(j.title for j in window.session.services.listing.journeys()) == (
        "SaaS customer journey"
    )


def test_rename_journey_then_undo(
    window: MainWindow, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    window.open_workspace(_copy_demo(demo_file, tmp_path))
    window.sidebar.setCurrentIndex(_find(window, NodeKind.JOURNEY, "SaaS customer journey"))
    answers.text = "Journey for Client A"
    window.rename_selected()
    assert _find(window, NodeKind.JOURNEY, "Journey for Client A").isValid()
    assert window.journeys.page.title.text() == "Journey for Client A"
    window.actions_by_id["undo"].trigger()
    assert _find(window, NodeKind.JOURNEY, "SaaS customer journey").isValid()
    assert window.journeys.page.title.text() == "SaaS customer journey"


def test_bad_files_give_a_message_and_keep_the_window_usable(
    window: MainWindow, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    good = _copy_demo(demo_file, tmp_path)
    window.open_workspace(good)
    text_file = tmp_path / "notes.pbw"
    text_file.write_text("meeting notes, not a workspace")
    newer = tmp_path / "newer.pbw"
    shutil.copyfile(demo_file, newer)
    import sqlite3

    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    truncated = tmp_path / "truncated.pbw"
    truncated.write_bytes(demo_file.read_bytes()[:8192])

    expected = {
        text_file: "is not a PersonaBuilder workspace",
        newer: "newer version of PersonaBuilder",
        truncated: "damaged",
        tmp_path / "missing.pbw": "There is no file",
    }
    for path, words in expected.items():
        before = path.read_bytes() if path.exists() else None
        assert not window.open_workspace(path)
        assert words in answers.warnings[-1][0]
        assert (path.read_bytes() if path.exists() else None) == before
    # What was open stays open and usable.
    assert window.workspace is not None
    assert window.workspace.path == good
    assert window.windowTitle() == "Client A.pbw - PersonaBuilder"


def test_read_only_location_is_named(
    window: MainWindow, demo_file: Path, tmp_path: Path, answers: Answers, monkeypatch
) -> None:
    path = _copy_demo(demo_file, tmp_path)
    # Tests run as root, for whom permission bits do not stop writes; answer at the OS edge.
    monkeypatch.setattr("personabuilder.store.workspace.os.access", lambda *_a, **_k: False)
    assert not window.open_workspace(path)
    assert "cannot be written to" in answers.warnings[-1][0]


def test_new_workspace_save_copy_and_recent_files(
    window: MainWindow, tmp_path: Path, answers: Answers, settings: QSettings
) -> None:
    answers.save_path = tmp_path / "Fresh.pbw"
    window.actions_by_id["new_demo"].trigger()
    assert window.workspace is not None
    assert window.workspace.path == tmp_path / "Fresh.pbw"
    assert window.sidebar_model.index(1, 0).data() == "Journey maps (2)"

    answers.save_path = tmp_path / "Copy.pbw"
    window.actions_by_id["save_copy"].trigger()
    copy = Workspace.open(tmp_path / "Copy.pbw")
    assert Services.bind(copy).workspace.counts()["personas"] == 3
    copy.close()
    assert not list(tmp_path.glob("Copy.pbw-*"))

    answers.save_path = tmp_path / "Empty.pbw"
    window.actions_by_id["new"].trigger()
    assert window.sidebar_model.index(0, 0).data() == "Personas (0)"
    assert window.recent_files()[:2] == [tmp_path / "Empty.pbw", tmp_path / "Fresh.pbw"]

    window.recent_menu.aboutToShow.emit()
    labels = [a.text() for a in window.recent_menu.actions() if a.text()]
    assert labels[:2] == ["Empty.pbw", "Fresh.pbw"]


def test_open_dialog_and_geometry_are_remembered(
    qtbot: QtBot, demo_file: Path, tmp_path: Path, answers: Answers, settings: QSettings
) -> None:
    path = _copy_demo(demo_file, tmp_path)
    first = MainWindow(StoreGateway(), settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 560)
    expected = first.size()  # Qt keeps the window at least its minimum size
    answers.open_path = path
    first.actions_by_id["open"].trigger()
    assert first.workspace is not None
    first.close()
    second = MainWindow(StoreGateway(), settings)
    qtbot.addWidget(second)
    assert second.size() == expected
    assert second.recent_files()[0] == path


def test_about_and_menus(window: MainWindow, answers: Answers) -> None:
    window.actions_by_id["about"].trigger()
    assert "PersonaBuilder" in answers.abouts[-1]
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Persona", "&Journey", "&Help"]
    assert window.actions_by_id["open"].shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert not window.actions_by_id["save_copy"].isEnabled()


def test_startup_does_not_import_weasyprint_or_pyplot() -> None:
    import subprocess
    import sys

    code = (
        "import sys, personabuilder.app, personabuilder.ui.shell.main_window;"
        "bad = [m for m in ('weasyprint', 'matplotlib.pyplot', 'sqlalchemy', 'alembic', 'qtpy')"
        " if m in sys.modules]; print(','.join(bad))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ""


def test_opening_makes_the_daily_backup_off_the_gui_thread(
    window: MainWindow, qtbot: QtBot, demo_file: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QThreadPool

    from personabuilder.store.backup import list_backups

    path = _copy_demo(demo_file, tmp_path)
    assert list_backups(path) == []
    window.open_workspace(path)
    QThreadPool.globalInstance().waitForDone(10_000)
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["daily"]
    window.open_workspace(path)
    QThreadPool.globalInstance().waitForDone(10_000)
    assert len(list_backups(path)) == 1


def test_damage_found_after_listing_closes_the_workspace_and_says_so(
    window: MainWindow, qtbot: QtBot, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    from PySide6.QtCore import QThreadPool

    path = _copy_demo(demo_file, tmp_path)
    data = bytearray(path.read_bytes())
    page = 4096
    # Zero the last pages (cell and metric rows), leaving the header and the lists intact.
    for start in range(len(data) - 3 * page, len(data), page):
        data[start : start + page] = bytes(page)
    path.write_bytes(bytes(data))
    opened = window.open_workspace(path)
    QThreadPool.globalInstance().waitForDone(10_000)
    # The check runs on a worker thread: give a loaded machine time.
    qtbot.waitUntil(lambda: bool(answers.warnings), timeout=30_000)
    assert "damaged" in answers.warnings[-1][0]
    if opened:
        assert window.workspace is None
    assert not list(path.parent.glob("*.part"))


def test_open_workspace_without_selection_shows_its_overview(
    window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    window.open_workspace(_copy_demo(demo_file, tmp_path))
    assert window.pages.currentWidget() is window.summary
    text = window.summary.toPlainText()
    assert "Client A" in text
    assert "3 personas · 2 journey maps" in text
    window.set_workspace(None)
    assert window.pages.currentWidget() is window.empty_label


def test_french_covers_qt_own_buttons(qapp: QApplication) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

    from personabuilder import app as pbapp

    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    try:
        pbapp._install_translator(qapp, "fr")
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_a_workspace_lists_before_the_orm_loads(demo_file: Path, tmp_path: Path) -> None:
    """Opening a workspace shows its lists without SQLAlchemy (0.4 s of imports) on the way."""
    import subprocess
    import sys

    path = _copy_demo(demo_file, tmp_path)
    code = f"""
import sys
from PySide6.QtCore import QSettings, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from personabuilder.app import StoreGateway, make_application
from personabuilder.ui.shell.main_window import MainWindow
app = make_application()
settings = QSettings({str(tmp_path / "s.ini")!r}, QSettings.Format.IniFormat)
window = MainWindow(StoreGateway(), settings)
window.show()
loop = QEventLoop()
listed = []
window.workspace_listed.connect(lambda: (listed.append(1), loop.quit()))
QTimer.singleShot(10000, loop.quit)
window.open_workspace(__import__("pathlib").Path({str(path)!r}))
if not listed:
    loop.exec()
print(window.sidebar_model.rowCount(), [m for m in ("sqlalchemy", "sqlmodel") if m in sys.modules])
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PERSONABUILDER_DATA_DIR=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "2 []"


def test_keyboard_shortcuts_lists_every_menu_shortcut(window: MainWindow) -> None:
    from personabuilder.ui.shell.shortcuts import ShortcutsDialog, shortcut_rows

    rows = {(what, keys) for _where, what, keys in shortcut_rows(window)}
    assert ("Export", "Ctrl+E") in rows
    assert ("Copy the map as an image", "Ctrl+Shift+C") in rows
    assert ("Open", "Ctrl+O") in rows
    assert ("New Journey Map", "Ctrl+Shift+N") in rows  # a menu built on first use
    assert ("Keyboard Shortcuts", "Ctrl+/") in rows
    assert any(what == "Move the stage or lane" for what, _keys in rows)
    dialog = ShortcutsDialog(window)
    assert dialog.table.rowCount() == len(shortcut_rows(window))
    dialog.deleteLater()


def _hold(path: Path, tmp_path: Path) -> "subprocess.Popen[str]":
    """Another PersonaBuilder process with ``path`` open for editing, until killed."""

    code = f"""
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
app = QCoreApplication([])
from personabuilder.app import StoreGateway
ws = StoreGateway().open(Path({str(path)!r}))
print("holding", flush=True)
time.sleep(60)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PERSONABUILDER_DATA_DIR=str(tmp_path))
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "holding"
    return child


def test_a_workspace_open_elsewhere_opens_read_only_here(
    window: MainWindow, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    path = _copy_demo(demo_file, tmp_path)
    child = _hold(path, tmp_path)
    try:
        answers.yes = False
        assert not window.open_workspace(path)
        assert "open for editing in another PersonaBuilder window" in answers.questions[-1]
        answers.yes = True
        assert window.open_workspace(path)
        assert window.windowTitle() == "Client A.pbw [read-only] - PersonaBuilder"
        assert window.session is not None
        assert window.session.read_only
        for key in ("rename", "branding", "import_json", "add_stage", "add_lane"):
            assert not window.actions_by_id[key].isEnabled(), key
        assert window.actions_by_id["export"].isEnabled()
    finally:
        child.kill()
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    # The lock of a process that died is stale: the next opening edits normally.
    (tmp_path / "other").mkdir()
    window.open_workspace(_copy_demo(demo_file, tmp_path / "other"))
    assert window.open_workspace(path)
    assert window.windowTitle() == "Client A.pbw - PersonaBuilder"


def test_the_edit_menu_cuts_copies_and_pastes_map_cells(
    window: MainWindow, demo_file: Path, tmp_path: Path
) -> None:
    window.open_workspace(_copy_demo(demo_file, tmp_path))
    window.sidebar.setCurrentIndex(_find(window, NodeKind.JOURNEY, "SaaS customer journey"))
    grid = window.journeys.page.grid
    in_menu = window.menuBar().actions()
    edit = next(a.menu() for a in in_menu if a.menu() is not None and "Edit" in a.text())
    for action in (grid.cut_action, grid.copy_action, grid.paste_action):
        assert action in edit.actions()


def test_a_map_keeps_its_zoom_when_the_workspace_is_opened_again(
    qtbot: QtBot, settings: QSettings, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    path = _copy_demo(demo_file, tmp_path)
    zooms = []
    for _run in range(2):
        window = MainWindow(StoreGateway(), settings)
        qtbot.addWidget(window)
        window.show()
        window.open_workspace(path)
        window.sidebar.setCurrentIndex(_find(window, NodeKind.JOURNEY, "SaaS customer journey"))
        grid = window.journeys.page.grid
        zooms.append(grid.zoom)
        grid.zoom = 1.5
        window.set_workspace(None)
        window.close()
    assert zooms == [1.0, 1.5]
