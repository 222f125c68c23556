"""A full disk in the middle of editing: the edit is shown as failed, nothing else changes.

The fault is injected the way SQLite itself reports a full disk: every connection gets a
``max_page_count`` at the file's current size, so any write that needs a new page fails
with SQLITE_FULL at the commit point.
"""

import sqlite3
from pathlib import Path

import pytest

from personabuilder.store import sqlite as store_sqlite
from personabuilder.ui.shell.main_window import MainWindow

from .conftest import Answers


def test_an_edit_on_a_full_disk_fails_visibly_and_corrupts_nothing(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    answers: Answers,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "Full.pbw"
    path.write_bytes(demo_file.read_bytes())
    assert window.open_workspace(path)
    assert window.session is not None
    services = window.session.services
    persona = services.listing.personas()[0]
    before = services.personas.get(persona.id)

    configure = store_sqlite._configure

    def full_disk(conn: sqlite3.Connection, read_only: bool) -> None:
        configure(conn, read_only)
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count={pages}")

    monkeypatch.setattr(store_sqlite, "_configure", full_disk)
    from personabuilder.ui.personas.commands import edit_field

    window.session.undo_stack.push(
        edit_field(window.session, persona.id, "bio", before.data.bio, "A long story. " * 700)
    )
    assert answers.warnings, "the failed edit must be shown"
    assert "full" in (answers.warnings[-1][0] + answers.warnings[-1][1]).lower()
    assert window.session.undo_stack.count() == 0  # a failed edit leaves no undo step
    assert services.personas.get(persona.id) == before  # the last saved state, on screen too

    monkeypatch.setattr(store_sqlite, "_configure", configure)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
