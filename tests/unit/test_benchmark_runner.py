"""``python -m benchmarks``: names the benchmarks to run and hands them the options after."""

import sys
import types

import pytest

from benchmarks import __main__ as runner


def test_options_go_to_the_benchmarks_named_before_them(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    heard: list[list[str]] = []
    module = types.ModuleType("benchmarks.probe")
    module.main = lambda argv: heard.append(list(argv)) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "benchmarks.probe", module)
    monkeypatch.setattr(runner, "MODULES", [*runner.MODULES, "probe"])
    assert runner.main(["probe", "--rounds", "3"]) == 0
    assert runner.main(["probe"]) == 0
    assert heard == [["--rounds", "3"], []]
    assert "== probe ==" in capsys.readouterr().out


def test_unknown_names_and_options_without_a_name_are_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert runner.main(["nope"]) == 2
    assert "unknown benchmark nope" in capsys.readouterr().out
    assert runner.main(["--rounds", "3"]) == 2
    assert "options go to the benchmarks named before them" in capsys.readouterr().out
