"""The export dialog's preview: the first page comes first, the rest fill in, and the dialog
can be closed at any time without waiting for the work to end."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from personabuilder.export import chart_svg
from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.deliverables import export_dialog
from personabuilder.ui.deliverables.export_dialog import ExportDialog


@pytest.fixture
def session(
    demo_workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> EditSession:
    """An edit session on the demo workspace, its charts cached in the test's folder."""
    monkeypatch.setenv(chart_svg.CACHE_DIR_ENV, str(tmp_path / "charts"))
    chart_svg.chart_cache().clear_memory()
    return EditSession(Services.bind(demo_workspace))


def test_report_preview_shows_the_first_page_before_the_others_then_all(
    qtbot: QtBot, session: EditSession
) -> None:
    dialog = ExportDialog(None, session, kind="report")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    # Each page shown: its index, how many are shown, whether the whole PDF was written yet.
    shown: list[tuple[int, int, bool]] = []

    def record(index: int) -> None:
        assert dialog.preview_target is not None
        shown.append((index, dialog.page_previews, dialog.preview_target.exists()))

    dialog.page_shown.connect(record)
    dialog.show_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=300_000)
    assert dialog.status.text().startswith("Preview: ")
    pages = int(dialog.status.text().split()[1])
    assert pages > 10
    assert dialog.page_previews == pages
    # The quick first page came alone, before the whole report was written ...
    assert shown[0] == (0, 1, False)
    # ... then the real first page replaced it, and the others came in order, each as soon
    # as it was drawn from the whole report.
    assert [index for index, _, _ in shown[1:]] == list(range(pages))
    assert [count for _, count, _ in shown[1:]] == [1, *range(2, pages + 1)]
    assert all(written for _, _, written in shown[1:])


def test_closing_during_the_preview_does_not_wait_for_it(
    qtbot: QtBot, session: EditSession
) -> None:
    dialog = ExportDialog(None, session, kind="report")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    seen: list[tuple[bool, bool, bool]] = []

    def close_at_first_page(_index: int) -> None:
        if not seen:
            dialog.reject()
            # Closed at once: not busy any more, while the worker still runs, let go.
            assert dialog.preview_target is not None
            seen.append((dialog.busy, bool(export_dialog._ORPHANS), dialog.preview_target.exists()))

    dialog.page_shown.connect(close_at_first_page)
    dialog.show()
    dialog.show_preview()
    qtbot.waitUntil(lambda: bool(seen), timeout=300_000)
    assert seen == [(False, True, False)]
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not export_dialog._ORPHANS, timeout=300_000)
    # The worker stopped at its next step: nothing more was shown, nothing more written.
    assert dialog.page_previews == 1
    assert not dialog.busy


def test_a_single_persona_preview_is_the_one_pager_itself(
    qtbot: QtBot, session: EditSession
) -> None:
    persona = session.services.listing.personas()[0]
    dialog = ExportDialog(None, session, kind="persona", persona_id=persona.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    shown: list[int] = []
    dialog.page_shown.connect(shown.append)
    dialog.show_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=300_000)
    assert shown == [0]
    assert dialog.page_previews == 1
