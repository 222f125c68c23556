"""Backups and the exchange format from the window: restore, JSON out and in, damage offers."""

import shutil
from pathlib import Path

import pytest

from personabuilder.store.backup import list_backups, make_backup
from personabuilder.ui.shell import backups_dialog
from personabuilder.ui.shell.backups_dialog import BackupsDialog
from personabuilder.ui.shell.main_window import MainWindow

from .conftest import Answers


def _copy(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "Client.pbw"
    shutil.copyfile(demo_file, path)
    return path


def _names(window: MainWindow) -> list[str]:
    assert window.session is not None
    return sorted(p.name for p in window.session.services.listing.personas())


def test_restore_from_backup_keeps_the_current_state_first(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _copy(demo_file, tmp_path)
    backup = make_backup(path, "manual")
    assert window.open_workspace(path)
    before = _names(window)
    assert window.session is not None
    persona = window.session.services.listing.personas()[0]
    window.session.services.personas.update(persona.id, name="Renamed after the backup")
    rows = window._gateway.backups(path)
    dialog = BackupsDialog(window, rows)
    assert dialog.table.rowCount() == len(rows)
    assert dialog.table.item(0, 2).text() == "3"  # type: ignore[union-attr]
    assert dialog.chosen() == rows[0].path
    dialog.deleteLater()

    monkeypatch.setattr(backups_dialog, "ask_backup", lambda _parent, _rows: backup.path)
    window.actions_by_id["restore_backup"].trigger()
    assert _names(window) == before
    reasons = [b.reason for b in list_backups(path)]
    assert "before-restore" in reasons


def test_json_export_then_import_into_an_empty_workspace(
    window: MainWindow,
    demo_file: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    assert window.open_workspace(_copy(demo_file, tmp_path))
    before = _names(window)
    dump = tmp_path / "client.json"
    monkeypatch.setattr(backups_dialog, "ask_json_save_path", lambda *_a: dump)
    window.actions_by_id["export_json"].trigger()
    assert dump.read_bytes().startswith(b"{")

    answers.save_path = tmp_path / "Empty.pbw"
    window.actions_by_id["new"].trigger()
    assert _names(window) == []
    monkeypatch.setattr(backups_dialog, "ask_json_open_path", lambda *_a: dump)
    window.actions_by_id["import_json"].trigger()
    assert _names(window) == before
    assert window.sidebar_model.index(0, 0).data() == "Personas (3)"
    assert [b.reason for b in list_backups(tmp_path / "Empty.pbw")] == ["before-import"]

    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "personabuilder-workspace", "version": 99}', encoding="utf-8")
    monkeypatch.setattr(backups_dialog, "ask_json_open_path", lambda *_a: bad)
    window.actions_by_id["import_json"].trigger()
    assert "Nothing was imported from “bad.json”" in answers.warnings[-1][0]
    assert _names(window) == before


def test_a_damaged_workspace_offers_its_newest_backup(
    window: MainWindow, demo_file: Path, tmp_path: Path, answers: Answers
) -> None:
    path = _copy(demo_file, tmp_path)
    make_backup(path, "daily")
    data = bytearray(path.read_bytes())
    data[4096 : 4096 * 6] = bytes(4096 * 5)  # zero a run of pages after the header
    path.write_bytes(bytes(data))
    answers.yes = True
    assert window.open_workspace(path)
    assert "newest backup" in answers.questions[-1]
    assert len(_names(window)) == 3
    # The damaged state was kept: backed up if SQLite could read it, else set aside.
    kept = [b.reason for b in list_backups(path)]
    assert "before-restore" in kept or any(
        p.name.startswith("Client.damaged-") for p in tmp_path.iterdir()
    )


def test_a_csv_import_in_the_window_backs_up_first(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personabuilder.ui.metrics import csv_import as metrics_import

    path = _copy(demo_file, tmp_path)
    assert window.open_workspace(path)
    csv = tmp_path / "kpis.csv"
    csv.write_text("Metric,Period,Value\nLeads generated,2031-01,5\n", encoding="utf-8")
    monkeypatch.setattr(metrics_import, "ask_csv_path", lambda _p: csv)
    monkeypatch.setattr(
        metrics_import,
        "ask_import",
        lambda parent, detail, data, name, plan=None: (
            metrics_import.ImportPreview(parent, detail, data, name, plan).plan
        ),
    )
    assert window.session is not None
    journey = window.session.services.listing.journeys()[0]
    assert metrics_import.run_import(window, window.session, journey.id)
    assert "before-import" in [b.reason for b in list_backups(path)]


def test_restoring_the_oldest_backup_from_the_window_keeps_it(
    window: MainWindow, demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personabuilder.store.backup import retention

    path = _copy(demo_file, tmp_path)
    oldest = make_backup(path, "manual")
    assert window.open_workspace(path)
    assert window.session is not None
    original = _names(window)
    services = window.session.services
    for i in range(retention()):
        services.personas.update(services.listing.personas()[0].id, name=f"Edit {i}")
        if i < retention() - 1:
            make_backup(path, "before-import")
    assert list_backups(path)[-1].path == oldest.path
    rows = window._gateway.backups(path)
    assert rows[-1].path == oldest.path  # the dialog lists it last

    monkeypatch.setattr(backups_dialog, "ask_backup", lambda _parent, _rows: oldest.path)
    window.actions_by_id["restore_backup"].trigger()

    assert _names(window) == original
    assert oldest.path.is_file()
    listed = list_backups(path)
    assert oldest.path in [b.path for b in listed]
    assert listed[0].reason == "before-restore"
