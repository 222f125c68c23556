"""The persona Card and gallery cards: every text colour reaches 4.5:1 on its ground, both themes.

The colours are read back from the HTML the editor gave its card (each text run's colour
and the nearest background drawn under it), not recomputed from the code that chose them.
"""

import re
import uuid
from collections.abc import Iterator
from html.parser import HTMLParser

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleFactory
from pytestqt.qtbot import QtBot

from personabuilder.model import Archetype
from personabuilder.services import Services
from personabuilder.services.readmodels import PersonaData
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.personas.colours import contrast
from personabuilder.ui.personas.editor import PersonaEditor
from personabuilder.ui.personas.gallery import CardFonts, GalleryModel, card_texts
from personabuilder.ui.shell.preferences import dark_palette

_VOID = {"img", "br", "hr", "meta", "input"}
_STYLE = re.compile(r"(?:^|;)\s*(color|background-color)\s*:\s*([^;]+)", re.IGNORECASE)


class _Runs(HTMLParser):
    """Each text run of an HTML document with its colour and the background under it."""

    def __init__(self, text: QColor, ground: QColor) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, QColor, QColor]] = [("", text, ground)]
        self.runs: list[tuple[str, QColor, QColor]] = []
        self.grounds: list[QColor] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        _tag, colour, ground = self.stack[-1]
        values = dict(attrs)
        if values.get("bgcolor"):
            ground = QColor(values["bgcolor"])
            self.grounds.append(ground)
        for prop, value in _STYLE.findall(values.get("style") or ""):
            parsed = QColor(value.strip())
            assert parsed.isValid(), f"{prop}: {value!r} is not a colour"
            if prop.lower() == "color":
                colour = parsed
            else:
                ground = parsed
                self.grounds.append(ground)
        if tag not in _VOID:
            self.stack.append((tag, colour, ground))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        assert self.stack[-1][0] == tag, f"</{tag}> closes <{self.stack[-1][0]}>"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        text = data.replace("\xa0", " ").strip()
        if text:
            _tag, colour, ground = self.stack[-1]
            self.runs.append((text, colour, ground))


def _palettes() -> dict[str, QPalette]:
    fusion = QStyleFactory.create("Fusion")
    assert fusion is not None
    return {"light": fusion.standardPalette(), "dark": dark_palette()}


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    services = Services.bind(demo_workspace)
    [custom] = services.personas.create_many(
        [PersonaData(name="Ines Duval", archetype=Archetype.CUSTOM, custom_archetype="Buyer")]
    )
    services.personas.update(
        custom,
        job_title="Procurement lead",
        company="Arvel",
        quote="Price is one line of the spreadsheet.",
        goals=("Fewer vendors",),
        objections=("Lock-in",),
        channels=("Email",),
        tags=("Budget", "Procurement"),
    )
    return services


@pytest.fixture
def editor(qtbot: QtBot, services: Services) -> Iterator[PersonaEditor]:
    session = EditSession(services)
    widget = PersonaEditor(session)
    qtbot.addWidget(widget)
    widget.resize(1100, 800)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_session(None)


def _persona_ids(services: Services) -> list[uuid.UUID]:
    return [p.id for p in services.listing.personas()]


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_text_of_the_card_reads_at_4_5_to_1(
    editor: PersonaEditor, services: Services, theme: str
) -> None:
    palette = _palettes()[theme]
    editor.setPalette(palette)
    ids = _persona_ids(services)
    archetypes = {services.personas.get(pid).data.archetype for pid in ids}
    assert archetypes == set(Archetype)  # each archetype's band and accent is checked
    for pid in ids:
        editor.show_persona(pid)
        editor.tabs.setCurrentWidget(editor.card)
        source = editor.card_source
        assert source
        base = palette.color(QPalette.ColorRole.Base)
        runs = _Runs(palette.color(QPalette.ColorRole.Text), base)
        runs.feed(source)
        runs.close()
        assert len(runs.stack) == 1, "every element is closed"
        data = services.personas.get(pid).data
        texts = " ".join(text for text, _c, _g in runs.runs)
        assert data.name in texts
        for tag in data.tags:
            assert tag in texts
        assert len(runs.runs) > 10
        for text, colour, ground in runs.runs:
            ratio = contrast(colour, ground)
            assert ratio >= 4.5, (
                f"{theme}: {text!r} in {colour.name()} on {ground.name()}: {ratio:.2f}:1"
            )
        # The card is drawn in the theme: its page is the palette's base, not white on dark.
        assert runs.grounds[0] == base


def test_the_card_follows_a_change_of_theme(editor: PersonaEditor, services: Services) -> None:
    editor.show_persona(_persona_ids(services)[0])
    editor.tabs.setCurrentWidget(editor.card)
    palettes = _palettes()
    editor.setPalette(palettes["light"])
    light = editor.card_source
    editor.setPalette(palettes["dark"])
    dark = editor.card_source
    assert light != dark
    assert palettes["dark"].color(QPalette.ColorRole.Base).name() in dark


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_gallery_card_texts_read_at_4_5_to_1(qtbot: QtBot, services: Services, theme: str) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    palette = _palettes()[theme]
    model = GalleryModel()
    model.set_services(services)
    for row in range(model.rowCount()):
        model.blurb(row)
    qtbot.waitUntil(lambda: all(model.blurb(r) is not None for r in range(model.rowCount())))
    fonts = CardFonts(QApplication.font())
    ground = palette.color(QPalette.ColorRole.Base)
    for row in range(model.rowCount()):
        texts = card_texts(
            model.summary(row), model.blurb(row), QRect(0, 0, 360, 220), fonts, palette
        )
        assert {t.part for t in texts} >= {"name", "archetype", "quote", "goal"}
        for text in texts:
            ratio = contrast(text.colour, ground)
            assert ratio >= 4.5, f"{theme}: {text.part} {text.colour.name()}: {ratio:.2f}:1"
