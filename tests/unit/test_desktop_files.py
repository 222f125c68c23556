"""Desktop integration files: the launcher, AppStream metainfo, the .pbw MIME type, icons."""

import configparser
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from personabuilder.store.sqlite import APPLICATION_ID
from tests.tools import program

LINUX = Path(__file__).parents[2] / "packaging" / "linux"
ICONS = Path(__file__).parents[2] / "resources" / "icons"
APP_ID = "io.github.personabuilder.PersonaBuilder"


def test_launcher_opens_workspaces_with_our_icon() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    entry = desktop["Desktop Entry"]
    assert entry["Exec"] == "personabuilder %f"
    assert entry["Icon"] == APP_ID
    assert entry["MimeType"] == "application/x-personabuilder-workspace;"
    assert entry["Comment[fr]"].startswith("Créez")


def test_mime_type_recognises_our_files_by_name_and_content() -> None:
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(LINUX / "personabuilder-workspace.xml").getroot()
    mime = root.find("m:mime-type", ns)
    assert mime is not None
    assert mime.get("type") == "application/x-personabuilder-workspace"
    assert mime.find("m:glob", ns).get("pattern") == "*.pbw"  # type: ignore[union-attr]
    inner = root.find(".//m:match/m:match", ns)
    assert inner is not None
    assert int(inner.get("value", ""), 16) == APPLICATION_ID
    assert inner.get("offset") == "68"


def test_icons_exist_at_the_standard_sizes() -> None:
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"personabuilder-{size}.png") as image:
            assert image.size == (size, size)


def test_metainfo_is_valid_appstream() -> None:
    result = subprocess.run(
        [program("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_launcher_is_a_valid_desktop_file() -> None:
    result = subprocess.run(
        [program("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
