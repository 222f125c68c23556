"""The export dialog's map formats (PNG at a width, SVG, Mermaid) and Copy Map as Image."""

import io
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.export.mermaid import parse_mermaid
from personabuilder.services import Services
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.deliverables import export_dialog
from personabuilder.ui.deliverables.copy_map import install_copy_map_action
from personabuilder.ui.deliverables.export_dialog import ExportDialog


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


def _export(
    qtbot: QtBot,
    dialog: ExportDialog,
    target: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def ask(_parent: object, suggested: str, fmt: str) -> Path:
        asked.append(f"{suggested}|{fmt}")
        return target

    monkeypatch.setattr(export_dialog, "ask_export_path", ask)
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as blocker:
        dialog.export_button.click()
    assert blocker.args == [target]
    assert asked == [f"SaaS customer journey.{dialog.export_format}|{dialog.export_format}"]
    assert dialog.status.text() == f"Saved {target}."


def test_a_map_exports_as_png_at_the_width_chosen(
    qtbot: QtBot, session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journey = session.services.listing.journeys()[0]
    dialog = ExportDialog(None, session, kind="poster", journey_id=journey.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    assert dialog.export_format == "pdf"
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [
        "pdf",
        "png",
        "svg",
        "pptx",
        "mmd",
    ]
    assert not dialog.image_width.isEnabled()
    dialog.set_format("png")
    assert dialog.image_width.isEnabled()
    assert not dialog.paper.isEnabled()
    assert dialog.fit.isHidden()  # the paper's fit says nothing about an image
    dialog.image_width.setValue(1500)
    target = tmp_path / "map.png"
    _export(qtbot, dialog, target, monkeypatch)
    with Image.open(io.BytesIO(target.read_bytes())) as image:
        assert image.format == "PNG"
        assert image.size[0] == 1500
        assert image.size[1] > 600


def test_a_map_exports_as_svg_and_as_mermaid(
    qtbot: QtBot, session: EditSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journey = session.services.listing.journeys()[0]
    detail = session.services.journeys.get(journey.id)
    dialog = ExportDialog(None, session, kind="poster", journey_id=journey.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.set_format("svg")
    assert not dialog.image_width.isEnabled()
    svg = tmp_path / "map.svg"
    _export(qtbot, dialog, svg, monkeypatch)
    root = ET.fromstring(svg.read_bytes())
    texts = " ".join("".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert detail.stages[0].name in texts

    dialog.set_format("mmd")
    assert not dialog.preview_button.isEnabled()
    mmd = tmp_path / "map.mmd"
    _export(qtbot, dialog, mmd, monkeypatch)
    parsed = parse_mermaid(mmd.read_bytes())
    assert parsed.title == detail.title


def test_each_deliverable_offers_its_own_formats(qtbot: QtBot, session: EditSession) -> None:
    dialog = ExportDialog(None, session, kind="poster")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.set_format("png")
    dialog.kind_group.button(export_dialog.KINDS.index("persona")).setChecked(True)
    # A map image is no format for personas: back to the PDF, the deck still offered.
    assert dialog.export_format == "pdf"
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == ["pdf", "pptx"]
    assert dialog.suggested_name().endswith(".pdf")
    dialog.set_format("pptx")
    assert dialog.suggested_name().endswith(".pptx")
    dialog.kind_group.button(export_dialog.KINDS.index("workshop")).setChecked(True)
    assert dialog.export_format == "pdf"
    assert not dialog.format.isEnabled()


def test_the_image_preview_shows_the_map(qtbot: QtBot, session: EditSession) -> None:
    journey = session.services.listing.journeys()[0]
    dialog = ExportDialog(None, session, kind="poster", journey_id=journey.id)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.set_format("png")
    with qtbot.waitSignal(dialog.page_shown, timeout=120_000):
        dialog.show_preview()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=120_000)
    assert dialog.page_previews == 1
    assert dialog.status.text() == "Preview: the whole map as one image."


def test_ctrl_shift_c_puts_the_map_on_the_clipboard(qtbot: QtBot, session: EditSession) -> None:
    journey = session.services.listing.journeys()[0]
    shown: list[uuid.UUID | None] = [journey.id]
    page = QWidget()
    qtbot.addWidget(page)
    # The map view stands for any focused child of the page the action is installed on.
    view = QLineEdit(page)
    action, copier = install_copy_map_action(page, lambda: session.services, lambda: shown[0])
    assert action.shortcut().toString() == "Ctrl+Shift+C"
    assert action.text() == "Copy Map as Image"
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    view.setFocus()
    errors: list[str] = []
    copier.failed.connect(errors.append)
    with qtbot.waitSignal(copier.copied, timeout=120_000) as blocker:
        qtbot.keyClick(
            view,
            Qt.Key.Key_C,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert copier.busy, "the shortcut did not start a copy"
    assert errors == []
    width, height = blocker.args
    assert width == 3000
    mime = QGuiApplication.clipboard().mimeData()
    assert mime is not None
    assert mime.hasImage()
    image = QGuiApplication.clipboard().image()
    assert (image.width(), image.height()) == (width, height)
    svg = bytes(mime.data("image/svg+xml").data())
    root = ET.fromstring(svg)
    assert root.get("width") == "3000"
    assert bytes(mime.data("image/png").data()).startswith(b"\x89PNG")

    shown[0] = None
    with qtbot.waitSignal(copier.failed, timeout=5_000) as failed:
        action.trigger()
    assert failed.args == ["Open a journey map to copy it as an image."]


@pytest.mark.parametrize("kind", ["poster", "persona"])
def test_a_map_and_personas_export_as_a_powerpoint_deck(
    qtbot: QtBot,
    session: EditSession,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    from pptx import Presentation

    journey = session.services.listing.journeys()[0]
    persona = session.services.listing.personas()[0]
    dialog = ExportDialog(
        None,  # type: ignore[arg-type]
        session,
        kind=kind,
        journey_id=journey.id,
        persona_id=persona.id,
    )
    qtbot.addWidget(dialog)
    dialog.set_format("pptx")
    assert dialog.export_format == "pptx"
    assert not dialog.preview_button.isEnabled()
    target = tmp_path / "deck.pptx"
    monkeypatch.setattr(export_dialog, "ask_export_path", lambda *_a: target)
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        dialog.export_button.click()
    deck = Presentation(str(target))
    slides = len(deck.slides)
    assert slides >= 1
    assert dialog.status.text().startswith(f"Saved {target} ({slides} slide")
    texts = " ".join(
        shape.text_frame.text
        for slide in deck.slides
        for shape in slide.shapes
        if shape.has_text_frame
    )
    assert (journey.title if kind == "poster" else persona.name) in texts


def test_the_copy_action_draws_as_wide_as_an_exported_image() -> None:
    from personabuilder.export import map_image
    from personabuilder.ui.deliverables import copy_map

    assert copy_map.DEFAULT_WIDTH == map_image.DEFAULT_WIDTH
