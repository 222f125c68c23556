"""`personabuilder export -o` in the other formats: a deck, the map as an image, Mermaid.

Each runs the real command in a child process on the demo workspace and reads the file
back with the library that reads it (python-pptx, Pillow, xml.etree, our Mermaid reader).
"""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from personabuilder.export.mermaid import parse_mermaid
from personabuilder.services import Services
from personabuilder.store import Workspace
from tests.e2e.test_cli import Run, assert_user_error, demo, demo_run, run_cli  # noqa: F401

MAP = "SaaS buyer journey"


def _first_map(path: Path) -> str:
    ws = Workspace.open(path, read_only=True, daily_backup=False)
    try:
        return Services.bind(ws).listing.journeys()[0].title
    finally:
        ws.close()


@pytest.fixture
def title(demo: Path) -> str:  # noqa: F811
    """The title of the demo's first journey map."""
    return _first_map(demo)


def test_a_deck_of_the_report(demo: Path, tmp_path: Path, data_dir: Path) -> None:  # noqa: F811
    out = tmp_path / "report.pptx"
    result = run_cli("export", demo, "--report", "-o", out, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    deck = Presentation(str(out))
    assert f"({len(deck.slides)} slides)" in result.stdout
    assert len(deck.slides) > 10


def test_the_map_as_a_png_of_the_chosen_width_and_as_svg_text(
    demo: Path,  # noqa: F811
    title: str,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    png = tmp_path / "map.png"
    result = run_cli(
        "export", demo, "--journey", title, "-o", png, "--width", "1200", data_dir=data_dir
    )
    assert result.returncode == 0, result.stderr
    with Image.open(png) as image:
        assert image.width == 1200
        assert image.height > 200
    svg = tmp_path / "map.svg"
    result = run_cli("export", demo, "--journey", title, "-o", svg, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    words = " ".join(ET.parse(svg).getroot().itertext())
    assert title in words


def test_the_map_as_mermaid_and_back(
    demo: Path,  # noqa: F811
    title: str,
    tmp_path: Path,
    data_dir: Path,
) -> None:
    mmd = tmp_path / "map.mmd"
    result = run_cli("export", demo, "--journey", title, "-o", mmd, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    parsed = parse_mermaid(mmd.read_text(encoding="utf-8"))
    assert parsed.title == title
    target = tmp_path / "new.pbw"
    assert run_cli("new", target, data_dir=data_dir).returncode == 0
    result = run_cli("import-mermaid", target, mmd, data_dir=data_dir)
    assert result.returncode == 0, result.stderr
    assert _first_map(target) == title


@pytest.mark.parametrize(
    "extra",
    [
        ["--report", "-o", "x.png"],  # an image is of one map
        ["--report", "-o", "x.mmd"],
        ["--journey", "X", "-o", "x.pdf", "--width", "1200"],  # --width is for PNG
        ["--journey", "X", "-o", "x.svg", "--width", "1200"],
        ["--journey", "X", "-o", "x.png", "--paper", "A4"],
        ["--journey", "X", "-o", "x.png", "--template", "t.pptx"],
    ],
)
def test_options_that_do_not_fit_the_format_are_refused(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    data_dir: Path,
    extra: list[str],
) -> None:
    result = run_cli("export", demo, *extra, data_dir=data_dir)
    assert_user_error(result)
    assert not any(tmp_path.iterdir())


@pytest.mark.parametrize("width", ["12.5", "wide", "10", "999999"])
def test_a_width_that_is_not_a_sensible_whole_number_is_a_usage_error(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    data_dir: Path,
    width: str,
) -> None:
    out = tmp_path / "map.png"
    result = run_cli(
        "export", demo, "--journey", "X", "-o", out, "--width", width, data_dir=data_dir
    )
    assert result.returncode == 2
    assert "--width" in result.stderr
    assert not out.exists()


def test_a_malformed_template_deck_is_one_clear_line(
    demo: Path,  # noqa: F811
    tmp_path: Path,
    data_dir: Path,
) -> None:
    bad = tmp_path / "client.pptx"
    bad.write_bytes(b"not a zip")
    out = tmp_path / "deck.pptx"
    result = run_cli("export", demo, "--report", "-o", out, "--template", bad, data_dir=data_dir)
    assert_user_error(result)
    assert "client.pptx" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize("name", ["deck.pptx", "map.png", "map.svg", "map.mmd"])
def test_a_file_that_cannot_be_written_is_one_clear_line_and_leaves_nothing(
    demo: Path,  # noqa: F811
    title: str,
    tmp_path: Path,
    data_dir: Path,
    name: str,
) -> None:
    out = tmp_path / "no such folder" / name
    result = run_cli("export", demo, "--journey", title, "-o", out, data_dir=data_dir)
    assert_user_error(result)
    assert "could not be written" in result.stderr
    assert "no such folder" in result.stderr
    assert list(tmp_path.iterdir()) == []
