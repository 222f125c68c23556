"""The map canvas: stage and lane headers, cells drawn as chips and badges, their contrast."""

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from personabuilder.model import Evidence, LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import (
    CellSpec,
    JourneySpec,
    LaneSpec,
    MetricSpec,
    StageSpec,
)
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys.canvas import (
    EFFORT_COLOURS,
    EVIDENCE_COLOURS,
    IMPACT_COLOURS,
    MIN_MARK_PX,
    SEVERITY_COLOURS,
    STATUS_COLOURS,
    CellLayout,
    contrast,
    ink_for,
    layout_cell,
    over,
)
from personabuilder.ui.journeys.grid import JourneyGridView
from personabuilder.ui.journeys.map_lane_icons import lane_icon_path
from personabuilder.ui.journeys.model import CANVAS_ROLE, CellCanvas, LaneHead, StageHead
from personabuilder.ui.shell.preferences import dark_palette

KINDS = list(LaneKind)
LONG_NAME = "Consideration & evaluation"


def _spec(persona_ids: tuple[uuid.UUID, ...] = ()) -> JourneySpec:
    lanes = tuple(LaneSpec(kind, f"{kind.value.replace('_', ' ').title()}") for kind in KINDS)
    row = {kind: i for i, kind in enumerate(KINDS)}
    return JourneySpec(
        title="Canvas",
        persona_ids=persona_ids,
        stages=(
            StageSpec("Awareness", colour="#7fb3d5"),
            StageSpec(LONG_NAME, colour="#1a5276"),
            StageSpec("Retention", colour="#f7dc6f", loop_to=1),
        ),
        lanes=lanes,
        cells={
            (0, row[LaneKind.TEXT]): CellSpec("Reads reviews", evidence=Evidence.ASSUMPTION),
            (0, row[LaneKind.TOUCHPOINTS]): CellSpec(
                items=({"text": "Webinar"}, {"text": "Pricing page"})
            ),
            (0, row[LaneKind.PAIN_POINTS]): CellSpec(
                items=({"text": "Slow security review", "severity": 4},)
            ),
            (0, row[LaneKind.OPPORTUNITIES]): CellSpec(
                items=({"text": "Trust centre", "impact": 4, "effort": 3},)
            ),
            (0, row[LaneKind.BACKSTAGE]): CellSpec(
                items=({"text": "Lead routing", "owner": "Sales ops", "system": "CRM"},)
            ),
            (1, row[LaneKind.PAIN_POINTS]): CellSpec(
                items=({"text": "Raised in the room", "severity": 2, "workshop": "Kick-off"},)
            ),
        },
        metrics=(MetricSpec(0, "Leads", target=100.0, values=((date(2026, 1, 1), 40.0),)),),
    )


@pytest.fixture
def session(workspace: Workspace) -> EditSession:
    """An edit session on an empty workspace."""
    return EditSession(Services.bind(workspace))


@pytest.fixture
def journey_id(session: EditSession) -> uuid.UUID:
    """A map with one lane of each kind and three stages, the last looping back."""
    return session.services.journeys.create(_spec())


@pytest.fixture
def view(qtbot: QtBot, session: EditSession, journey_id: uuid.UUID) -> Iterator[JourneyGridView]:
    """The grid on that map at laptop size."""
    grid = JourneyGridView()
    qtbot.addWidget(grid)
    grid.set_session(session)
    grid.show_journey(journey_id)
    grid.resize(1366, 768)
    grid.show()
    qtbot.waitExposed(grid)
    yield grid
    grid.set_session(None)


def _row(view: JourneyGridView, kind: LaneKind) -> int:
    return next(r for r in range(view.model.rowCount()) if view.model.lane_at(r).kind is kind)  # type: ignore[union-attr]


def _layout(view: JourneyGridView, kind: LaneKind, column: int = 0) -> CellLayout:
    index = view.model.index(_row(view, kind), column)
    canvas = index.data(CANVAS_ROLE)
    assert isinstance(canvas, CellCanvas)
    return layout_cell(canvas, view.table.columnWidth(column), view.table.font())


def _render(view: JourneyGridView, kind: LaneKind, column: int = 0) -> QImage:
    """The delegate's painting of one cell, alone in an image."""
    index = view.model.index(_row(view, kind), column)
    option = QStyleOptionViewItem()
    view.delegate.initStyleOption(option, index)
    option.font = view.table.font()
    option.palette = view.table.palette()
    size = view.delegate.sizeHint(option, index)
    option.rect = QRect(0, 0, view.table.columnWidth(column), size.height())
    image = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    view.delegate.paint(painter, option, index)
    painter.end()
    return image


def _has_colour(image: QImage, colour: str, tolerance: int = 6) -> bool:
    want = QColor(colour)
    for y in range(image.height()):
        for x in range(image.width()):
            got = image.pixelColor(x, y)
            if (
                abs(got.red() - want.red()) <= tolerance
                and abs(got.green() - want.green()) <= tolerance
                and abs(got.blue() - want.blue()) <= tolerance
            ):
                return True
    return False


# -- headers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("zoom", [0.5, 1.0, 2.0])
def test_stage_header_holds_whole_numbered_name(view: JourneyGridView, zoom: float) -> None:
    view.zoom = zoom
    header = view.stage_header
    head = header.model().headerData(1, Qt.Orientation.Horizontal, CANVAS_ROLE)
    assert isinstance(head, StageHead)
    assert header.label(head).startswith("2")
    assert head.name == LONG_NAME
    # What the header asks for holds the name in two lines at most ...
    wanted = header.sectionSizeFromContents(1)
    assert header.name_lines(head, wanted.width()) <= 2
    # ... the columns give it that much, and the header is tall enough for both lines.
    assert header.sectionSize(1) >= wanted.width()
    assert header.name_lines(head, header.sectionSize(1)) <= 2
    bold = header.font()
    bold.setBold(True)
    assert header.height() >= header.loops_height() + 2 * QFontMetrics(bold).lineSpacing()


def test_stage_header_text_contrasts_with_its_band(view: JourneyGridView) -> None:
    for palette in (QApplication.palette(), dark_palette()):
        window = palette.color(QPalette.ColorRole.Window)
        for head in view.stage_header.stage_heads():
            band = over(QColor(head.colour), window)
            ink = ink_for(band, palette.color(QPalette.ColorRole.ButtonText))
            assert contrast(ink, band) >= 4.5


def test_loop_arrow_has_its_own_band_above_the_names(view: JourneyGridView) -> None:
    header = view.stage_header
    assert [h.loop_to for h in header.stage_heads()] == [None, None, 1]
    assert header.loops_height() > 0
    image = header.grab().toImage()
    # The arrow runs at the band's height between the looping stage and its target.
    x = round(
        (header.sectionViewportPosition(1) + header.sectionViewportPosition(2)) / 2
        + header.sectionSize(1) / 2
    )
    ink = header.palette().color(QPalette.ColorRole.WindowText)
    column = [image.pixelColor(x, y) for y in range(header.loops_height())]
    assert any(contrast(c, ink) < 1.6 for c in column)


def test_lane_header_shows_icon_and_name_only(view: JourneyGridView) -> None:
    paths = set()
    for row in range(view.model.rowCount()):
        head = view.model.headerData(row, Qt.Orientation.Vertical, CANVAS_ROLE)
        assert isinstance(head, LaneHead)
        assert "\n" not in head.name
        stroke, fill = lane_icon_path(head.kind, QRectF(0, 0, 20, 20))
        assert not (stroke.isEmpty() and fill.isEmpty())
        paths.add((stroke.elementCount(), fill.elementCount()))
    assert len(paths) == len(KINDS)  # one drawing per kind
    header = view.lane_header
    fm = QFontMetrics(header.font())
    row = _row(view, LaneKind.PAIN_POINTS)
    # One line: the name fits beside the icon.
    assert header.sectionSizeFromContents(row).height() < 2 * fm.lineSpacing() + fm.height()
    image = header.grab().toImage()
    top = header.sectionViewportPosition(row)
    background = image.pixelColor(1 + 4 + 1, top + 1)
    icon = [
        image.pixelColor(x, y)
        for x in range(6, 6 + fm.height() + 6)
        for y in range(top + 2, top + fm.height() + 8)
    ]
    assert any(c != background for c in icon)


# -- cells -----------------------------------------------------------------------------------


def test_pain_point_shows_a_severity_badge_not_the_raw_suffix(view: JourneyGridView) -> None:
    lay = _layout(view, LaneKind.PAIN_POINTS)
    badges = [p for p in lay.pieces if p.kind == "badge"]
    assert [(b.text, b.style) for b in badges] == [("S4", ("severity", 4))]
    texts = [p.text for p in lay.pieces if p.kind == "text"]
    assert texts == ["Slow security review"]
    assert _has_colour(_render(view, LaneKind.PAIN_POINTS), SEVERITY_COLOURS[3])


def test_opportunity_shows_impact_and_effort_badges(view: JourneyGridView) -> None:
    lay = _layout(view, LaneKind.OPPORTUNITIES)
    assert [p.text for p in lay.pieces if p.kind == "badge"] == ["I4", "E3"]
    assert not any("[" in p.text for p in lay.pieces)


def test_touchpoints_are_chips_and_backstage_has_labels(view: JourneyGridView) -> None:
    chips = [p.text for p in _layout(view, LaneKind.TOUCHPOINTS).pieces if p.kind == "chip"]
    assert chips == ["Webinar", "Pricing page"]
    labels = [p.text for p in _layout(view, LaneKind.BACKSTAGE).pieces if p.kind == "label"]
    assert labels == ["Owner: Sales ops", "System: CRM"]


def test_metric_has_a_coloured_status_badge(view: JourneyGridView) -> None:
    lay = _layout(view, LaneKind.METRICS)
    badges = [p for p in lay.pieces if p.kind == "badge"]
    assert [b.style for b in badges] == [("status", "off_track")]
    assert badges[0].text == "Off track"
    assert _has_colour(_render(view, LaneKind.METRICS), STATUS_COLOURS["off_track"])


def test_evidence_mark_is_legible_and_coloured(view: JourneyGridView) -> None:
    for zoom in (0.5, 1.0):
        view.zoom = zoom
        marks = [p for p in _layout(view, LaneKind.TEXT).pieces if p.kind == "evidence"]
        assert len(marks) == 1
        assert marks[0].rect.width() >= MIN_MARK_PX
        assert marks[0].tip == "Assumption"
    view.zoom = 1.0
    assert _has_colour(_render(view, LaneKind.TEXT), EVIDENCE_COLOURS[Evidence.ASSUMPTION][0])


def test_workshop_item_has_a_mark_naming_the_session(view: JourneyGridView) -> None:
    marks = [p for p in _layout(view, LaneKind.PAIN_POINTS, 1).pieces if p.kind == "workshop"]
    assert len(marks) == 1
    assert "Kick-off" in marks[0].tip
    tooltip = view.model.index(_row(view, LaneKind.PAIN_POINTS), 1).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert "Kick-off" in tooltip


@pytest.mark.parametrize("zoom", [0.5, 1.0, 1.5, 2.5])
def test_size_hint_holds_everything_painted(view: JourneyGridView, zoom: float) -> None:
    view.zoom = zoom
    for row in range(view.model.rowCount()):
        for column in range(view.model.columnCount()):
            index = view.model.index(row, column)
            option = QStyleOptionViewItem()
            view.delegate.initStyleOption(option, index)
            option.font = view.table.font()
            option.rect = QRect(0, 0, view.table.columnWidth(column), 10)
            height = view.delegate.sizeHint(option, index).height()
            lay = _layout(view, view.model.lane_at(row).kind, column)  # type: ignore[union-attr]
            bottom = max((p.rect.bottom() for p in lay.pieces), default=0.0)
            assert bottom <= height - lay.band
            assert view.table.rowHeight(row) >= min(height, round(360 * zoom))


@pytest.mark.parametrize("dark", [False, True])
def test_text_contrast_in_light_and_dark_palettes(view: JourneyGridView, dark: bool) -> None:
    palette = dark_palette() if dark else QApplication.palette()
    view.table.setPalette(palette)
    for row in range(view.model.rowCount()):
        for column in range(view.model.columnCount()):
            tint = view.model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
            base = palette.color(QPalette.ColorRole.Base)
            background = over(tint, base) if isinstance(tint, QColor) else base
            ink = ink_for(background, palette.color(QPalette.ColorRole.Text))
            assert contrast(ink, background) >= 4.5
    for colours in (
        SEVERITY_COLOURS,
        IMPACT_COLOURS,
        EFFORT_COLOURS,
        tuple(STATUS_COLOURS.values()),
    ):
        for fill in colours:
            assert contrast(ink_for(QColor(fill)), QColor(fill)) >= 4.5


def test_evidence_pixmap_matches_the_cells_mark() -> None:
    from personabuilder.ui.journeys.canvas import evidence_pixmap

    for evidence in Evidence:
        image = evidence_pixmap(evidence, QApplication.palette(), 20).toImage()
        assert _has_colour(image, EVIDENCE_COLOURS[evidence][0], tolerance=12)


def test_a_cell_cut_by_its_row_fades_out_over_dots(view: JourneyGridView) -> None:
    from personabuilder.ui.journeys.canvas import draw_more

    image = QImage(120, 60, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    draw_more(painter, QRectF(0, 0, 120, 60), QColor("#ffffff"), QColor("#000000"))
    painter.end()
    dots = [image.pixelColor(x, y) for x in range(50, 70) for y in range(50, 60)]
    assert any(c.lightness() < 100 for c in dots)
    # A cell taller than the row cap is drawn with them (and only then).
    row = _row(view, LaneKind.TEXT)
    index = view.model.index(row, 0)
    option = QStyleOptionViewItem()
    view.delegate.initStyleOption(option, index)
    option.font = view.table.font()
    option.palette = view.table.palette()
    height = view.delegate.sizeHint(option, index).height()
    for rows, cut in ((height, False), (height // 2, True)):
        option.rect = QRect(0, 0, view.table.columnWidth(0), rows)
        picture = QImage(option.rect.size(), QImage.Format.Format_ARGB32)
        picture.fill(QColor("#ffffff"))
        painter = QPainter(picture)
        view.delegate.paint(painter, option, index)
        painter.end()
        centre = option.rect.width() // 2
        bottom = [picture.pixelColor(x, rows - 4) for x in range(centre - 10, centre + 10)]
        assert any(c.lightness() < 120 for c in bottom) == cut


def test_emotion_points_grow_with_the_zoom(qtbot: QtBot, session: EditSession) -> None:
    from personabuilder.ui.journeys.studio import JourneyPage

    personas = session.services.listing.personas()
    spec = _spec(tuple(p.id for p in personas))
    journey_id = session.services.journeys.create(spec)
    page = JourneyPage()
    qtbot.addWidget(page)
    page.set_session(session)
    page.show_journey(journey_id)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    page.grid.zoom = 2.0
    qtbot.waitUntil(lambda: page.curve._scale == 2.0)
    page.grid.zoom = 0.5
    qtbot.waitUntil(lambda: page.curve._scale == 0.75)
    page.set_session(None)


def test_french_badges_use_the_letters_the_pdfs_print(
    view: JourneyGridView, qapp: QApplication
) -> None:
    from PySide6.QtCore import QLocale, QTranslator

    from personabuilder import app as pbapp

    before = set(qapp.findChildren(QTranslator))
    locale = QLocale()
    try:
        pbapp._install_translator(qapp, "fr")
        lay = _layout(view, LaneKind.PAIN_POINTS)
        assert [p.text for p in lay.pieces if p.kind == "badge"] == ["G4"]  # gravité
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            qapp.removeTranslator(translator)
        QLocale.setDefault(locale)
    assert [p.text for p in _layout(view, LaneKind.PAIN_POINTS).pieces if p.kind == "badge"] == [
        "S4"
    ]


def test_the_map_key_draws_the_marks_the_cells_draw(view: JourneyGridView) -> None:
    from PySide6.QtWidgets import QLabel

    marks = [
        label.pixmap()
        for label in view.legend.findChildren(QLabel)
        if label.pixmap() is not None and not label.pixmap().isNull()
    ]
    assert len(marks) == 3
    assert all(m.height() >= 12 for m in marks)
    assert "assumption" in view.legend.accessibleName()
    assert "◌" not in view.legend.accessibleName()
