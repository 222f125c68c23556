"""The export dialog on a real demo workspace: real PDFs, preview pages, cancel, branding."""

import functools
import multiprocessing
import os
import random
import threading
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt
from pytestqt.qtbot import QtBot

from benchmarks.generate import _persona
from personabuilder.export import deliverables, parallel
from personabuilder.services import Services
from personabuilder.services.branding import Branding
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.deliverables import export_dialog
from personabuilder.ui.deliverables.export_dialog import ExportDialog, edit_branding
from tests.tools import ended_pid


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


def test_poster_export_writes_a_real_pdf_off_the_gui_thread(
    qtbot: QtBot, session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journey = session.services.listing.journeys()[0]
    dialog = ExportDialog(None, session, kind="poster", journey_id=journey.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.suggested_name() == "SaaS customer journey.pdf"
    target = tmp_path / "poster.pdf"
    monkeypatch.setattr(export_dialog, "ask_pdf_path", lambda *_a: target)
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as blocker:
        dialog.export_button.click()
        assert dialog.busy
        assert not dialog.export_button.isEnabled()
    assert blocker.args == [target]
    reader = PdfReader(target)
    plan = deliverables.poster_plan(session.services, journey.id, "A3")
    assert len(reader.pages) == plan.sheets
    for page in reader.pages:
        box = page.mediabox
        assert (round(float(box.width)), round(float(box.height))) == (1191, 842)  # A3 landscape
    assert "Awareness" in reader.pages[0].extract_text()
    assert "Saved" in dialog.status.text()


def _poster_dialog(qtbot: QtBot, session: EditSession) -> tuple[Any, ExportDialog]:
    """The first map, and the export dialog on its poster with A4 chosen."""
    journey = session.services.listing.journeys()[0]
    dialog = ExportDialog(None, session, kind="poster", journey_id=journey.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    return journey, dialog


def test_the_dialog_says_how_the_poster_prints_before_exporting(
    qtbot: QtBot, session: EditSession
) -> None:
    journey, dialog = _poster_dialog(qtbot, session)
    plan = deliverables.poster_plan(session.services, journey.id, "A4")
    assert plan.sheets > 1
    assert plan.one_sheet_paper is not None
    # Worked out on a worker thread: the window does not wait for it.
    qtbot.waitUntil(lambda: f"tiled over {plan.sheets} sheets" in dialog.fit.text())
    assert f"use {plan.one_sheet_paper}" in dialog.fit.text()
    # The link in the sentence switches to the paper that holds the map on one sheet.
    dialog.fit.linkActivated.emit(plan.one_sheet_paper)
    assert dialog.paper.currentData() == plan.one_sheet_paper
    qtbot.waitUntil(
        lambda: dialog.fit.text().startswith(f"Prints on one {plan.one_sheet_paper} sheet")
    )
    # Other deliverables have no paper to choose: nothing is said, not even by a plan
    # still being worked out when the choice changed.
    dialog.paper.setCurrentIndex(dialog.paper.findData("A4"))
    dialog.kind_group.button(export_dialog.KINDS.index("persona")).setChecked(True)
    assert dialog.fit.isHidden()
    qtbot.wait(300)
    assert dialog.fit.isHidden()


def test_a_plan_that_comes_back_late_gives_way_to_the_newer_one(
    qtbot: QtBot, session: EditSession
) -> None:
    journey, dialog = _poster_dialog(qtbot, session)
    qtbot.waitUntil(lambda: "A4" in dialog.fit.text())
    dialog.paper.setCurrentIndex(dialog.paper.findData("A2"))
    qtbot.waitUntil(lambda: dialog.fit.text().startswith("Prints on one A2 sheet"))
    shown = dialog.fit.text()
    # The A4 plan, an earlier request, arrives after the A2 one: it is not shown.
    a4 = deliverables.poster_plan(session.services, journey.id, "A4")
    dialog._show_fit(1, "A4", a4)
    assert dialog.fit.text() == shown


def test_preview_shows_the_pages(qtbot: QtBot, session: EditSession) -> None:
    persona = session.services.listing.personas()[0]
    dialog = ExportDialog(None, session, kind="persona", persona_id=persona.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    assert dialog.page_previews == 1
    assert dialog.status.text().startswith("Preview: 1 page")


def test_nothing_to_export_is_said_and_cancel_writes_nothing(
    qtbot: QtBot, session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ExportDialog(None, session, kind="report")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for listing in (dialog.maps, dialog.personas):
        for i in range(listing.count()):
            listing.item(i).setCheckState(export_dialog.Qt.CheckState.Unchecked)
    dialog.export_button.click()
    assert "Tick the journey maps and personas" in dialog.status.text()

    dialog.maps.item(0).setCheckState(export_dialog.Qt.CheckState.Checked)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(export_dialog, "ask_pdf_path", lambda *_a: target)
    dialog.export_button.click()
    dialog.cancel_button.click()  # cancels the running export
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    assert "cancelled" in dialog.status.text()
    assert not target.exists()


def test_branding_is_one_undoable_step(
    session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = Branding("Atelier Conseil", "#009E73", None)
    monkeypatch.setattr(export_dialog, "ask_branding", lambda _parent, _current: chosen)
    edit_branding(None, session)  # type: ignore[arg-type]
    assert session.services.branding.get() == chosen
    assert session.undo_stack.undoText() == "Change branding"
    session.undo_stack.undo()
    assert session.services.branding.get() == Branding()


def test_a_stored_logo_that_cannot_be_used_is_said_in_the_dialogs(
    qtbot: QtBot, session: EditSession
) -> None:
    from personabuilder.model.tables import WorkspaceSetting

    # As an older version or another tool could have left it: not a picture at all.
    with session.services.branding._uow.transaction() as s:
        s.add(WorkspaceSetting(key="branding.logo", value="bm90IGEgcGljdHVyZQ=="))
    dialog = ExportDialog(None, session, kind="report")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert not dialog.notice.isHidden()
    assert "not a PNG image" in dialog.notice.text()
    assert "left out of the deliverables" in dialog.notice.text()
    branding = export_dialog.BrandingDialog(None, session.services.branding.get())  # type: ignore[arg-type]
    qtbot.addWidget(branding)
    assert "left out of the deliverables" in branding.logo_view.text()


def test_no_notice_without_a_logo_problem(qtbot: QtBot, session: EditSession) -> None:
    dialog = ExportDialog(None, session, kind="report")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.notice.isHidden()


def test_the_preview_files_go_when_the_dialog_closes(qtbot: QtBot, session: EditSession) -> None:
    persona = session.services.listing.personas()[0]
    dialog = ExportDialog(None, session, kind="persona", persona_id=persona.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    dialog.show_preview()  # a second preview writes beside the first, in the same folder
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    assert dialog.preview_target is not None
    folder = dialog.preview_target.parent
    assert folder.name.startswith(f"personabuilder-preview-{os.getpid()}-")
    assert len(list(folder.glob("*.pdf"))) == 2
    dialog.reject()
    assert not folder.exists()


def test_the_preview_files_go_when_the_app_quits_with_the_dialog_open(
    qtbot: QtBot, session: EditSession, system_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personabuilder import system

    # What a run killed with the dialog open left: its process no longer runs.
    left = system_temp / f"personabuilder-preview-{ended_pid()}-abc123"
    left.mkdir()
    (left / "preview-1.pdf").write_bytes(b"%PDF-")
    monkeypatch.setattr(system, "_sweep", functools.cache(system._sweep.__wrapped__))
    persona = session.services.listing.personas()[0]
    dialog = ExportDialog(None, session, kind="persona", persona_id=persona.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    assert dialog.preview_target is not None
    assert ours(system_temp) == [dialog.preview_target.parent.name]
    # Quitting leaves the dialog undeleted and unfinished: Qt says so with aboutToQuit.
    QCoreApplication.instance().aboutToQuit.emit()
    assert ours(system_temp) == []


def ours(folder: Path) -> list[str]:
    """The app's folders in ``folder`` (WeasyPrint's own, of a page laid out in this process,
    go when its document is collected)."""
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("personabuilder-"))


def test_a_preview_that_cannot_run_leaves_no_folder(qtbot: QtBot, session: EditSession) -> None:
    dialog = ExportDialog(None, session, kind="persona")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    for i in range(dialog.personas.count()):
        dialog.personas.item(i).setCheckState(export_dialog.Qt.CheckState.Unchecked)
    dialog.show_preview()
    assert dialog.preview_target is None
    assert "Tick at least one persona" in dialog.status.text()


def test_the_branding_accent_is_picked_with_the_colour_picker(
    qtbot: QtBot, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personabuilder.ui.common import colour_button

    asked: list[str] = []

    def pick(_parent: object, current: str, title: str) -> str | None:
        asked.append(current)
        return "#d55e00"

    monkeypatch.setattr(colour_button, "ask_colour", pick)
    branding = export_dialog.BrandingDialog(None, session.services.branding.get())  # type: ignore[arg-type]
    qtbot.addWidget(branding)
    before = branding.result_branding().accent
    assert isinstance(branding.accent_button, colour_button.ColourButton)
    qtbot.mouseClick(branding.accent_button, Qt.MouseButton.LeftButton)
    assert asked == [before.lower()]
    assert branding.result_branding().accent == "#d55e00"
    assert "#D55E00" in branding.accent_button.accessibleName()


def test_layout_processes_stand_by_while_many_one_pagers_are_chosen(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Two cores, whatever this machine has: the one-pagers are laid out in two parts.
    monkeypatch.setattr(deliverables, "_cores", lambda: 2)
    rng = random.Random(8)
    workspace = Workspace.create(tmp_path / "catalogue.pbw")
    try:
        services = Services.bind(workspace)
        for i in range(20):
            services.personas.create(_persona(rng, i))
        dialog = ExportDialog(None, EditSession(services), kind="persona")  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        assert parallel.standing_by(timeout=120) == 2
        # 19 personas make one part, laid out in the app's own process: none stands by.
        dialog.personas.item(0).setCheckState(Qt.CheckState.Unchecked)
        assert parallel.standing_by() == 0
        dialog.personas.item(0).setCheckState(Qt.CheckState.Checked)
        assert parallel.standing_by(timeout=120) == 2
        # Another deliverable, or a format other than PDF: none either.
        dialog.kind_group.button(export_dialog.KINDS.index("report")).setChecked(True)
        assert parallel.standing_by() == 0
        dialog.kind_group.button(export_dialog.KINDS.index("persona")).setChecked(True)
        dialog.set_format("pptx")
        assert parallel.standing_by() == 0
        dialog.set_format("pdf")
        assert parallel.standing_by(timeout=120) == 2
        target = tmp_path / "catalogue.pdf"
        monkeypatch.setattr(export_dialog, "ask_pdf_path", lambda *_a: target)
        with qtbot.waitSignal(dialog.exported, timeout=300_000):
            dialog.export_button.click()
        reader = PdfReader(target)
        pages = len(reader.pages)
        assert pages >= 20
        assert f"{pages} / {pages}" in reader.pages[-1].extract_text()
        # The export took those standing by; others stand by for the next one.
        assert parallel.standing_by(timeout=120) == 2
        dialog.reject()
        assert parallel.standing_by() == 0
        assert multiprocessing.active_children() == []
    finally:
        parallel.stand_down()
        workspace.close()


def test_the_plan_is_worked_out_off_the_gui_thread(
    qtbot: QtBot, session: EditSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Measuring a long word may load WeasyPrint (a second): the window must not wait for it.
    on_gui_thread: list[bool] = []
    planner = deliverables.poster_planner

    def watched(*args: Any, **kwargs: Any) -> Any:
        plan_for = planner(*args, **kwargs)

        def plan(paper: str) -> Any:
            on_gui_thread.append(threading.current_thread() is threading.main_thread())
            return plan_for(paper)

        return plan

    monkeypatch.setattr(deliverables, "poster_planner", watched)
    _, dialog = _poster_dialog(qtbot, session)
    qtbot.waitUntil(lambda: "A4" in dialog.fit.text())
    assert on_gui_thread
    assert not any(on_gui_thread)
