"""The personabuilder command opens the desktop app through the entry point, never by itself."""

import importlib.metadata
import subprocess
import sys
from pathlib import Path

import pytest

from personabuilder import cli, entry


def test_no_command_opens_the_desktop_app_with_the_named_workspace(tmp_path: Path) -> None:
    opened: list[tuple[Path | None, str | None]] = []

    def runner(workspace: Path | None, lang: str | None) -> int:
        opened.append((workspace, lang))
        return 0

    assert cli.main([str(tmp_path / "w.pbw"), "--lang", "fr"], gui=runner) == 0
    assert cli.main([], gui=runner) == 0
    assert opened == [(tmp_path / "w.pbw", "fr"), (None, None)]


def test_the_cli_alone_says_it_cannot_open_the_app(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main([]) == 1
    assert "cannot be opened from here" in capsys.readouterr().err


def test_the_entry_point_hands_the_app_runner_to_the_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []

    def fake_cli_main(argv: object, *, gui: object) -> int:
        seen.append(gui)
        return 0

    monkeypatch.setattr(cli, "main", fake_cli_main)
    assert entry.main(["--help"]) == 0
    assert seen == [entry.run_gui]


def test_the_desktop_script_opens_the_workspace_it_is_given(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    opened: list[tuple[Path | None, str | None]] = []
    monkeypatch.setattr(entry, "run_gui", lambda ws, lang: opened.append((ws, lang)) or 0)
    monkeypatch.setattr(sys, "argv", ["personabuilder-gui", str(tmp_path / "w.pbw")])
    assert entry.gui_main() == 0
    monkeypatch.setattr(sys, "argv", ["personabuilder-gui"])
    assert entry.gui_main() == 0
    assert opened == [(tmp_path / "w.pbw", None), (None, None)]


def test_both_scripts_start_without_qt() -> None:
    """Layout and template processes ("spawn") import the script's module again: no Qt there."""
    scripts = {
        point.name: point.value
        for point in importlib.metadata.entry_points(group="gui_scripts")
        if point.name == "personabuilder-gui"
    } | {
        point.name: point.value
        for point in importlib.metadata.entry_points(group="console_scripts")
        if point.name == "personabuilder"
    }
    assert scripts == {
        "personabuilder": "personabuilder.entry:main",
        "personabuilder-gui": "personabuilder.entry:gui_main",
    }
    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, personabuilder.entry; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "PySide6" not in loaded
    assert "'personabuilder.app'" not in loaded
