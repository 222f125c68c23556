"""The personabuilder command opens the desktop app through the entry point, never by itself."""

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
