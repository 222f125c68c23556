"""The persona gallery on real workspaces: model, search, filters, sorts, views, avatars."""

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import (
    QBuffer,
    QIODevice,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QImage, QPixmap
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from personabuilder.model import Archetype
from personabuilder.services import Services
from personabuilder.services.readmodels import PersonaData
from personabuilder.store import Workspace
from personabuilder.ui.common.avatar import ARCHETYPE_COLOURS, avatar_pixmap, initials
from personabuilder.ui.common.labels import archetype_label
from personabuilder.ui.personas.gallery import (
    ARCHETYPE_ROLE,
    ID_ROLE,
    PAGE,
    PHOTO_ROLE,
    Column,
    GalleryModel,
    PersonaGallery,
)

# Model data is read through model.data(), never QModelIndex.data(): PySide6 6.12 on
# Python 3.11 releases None once too often for each empty QVariant it converts.


def _names(model: GalleryModel) -> list[str]:
    return [model.data(model.index(row, Column.NAME)) for row in range(model.rowCount())]


def _png(colour: str, width: int = 20, height: int = 10) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data().data())


def _create(services: Services, *people: PersonaData) -> list[uuid.UUID]:
    return services.personas.create_many(list(people))


def _many(services: Services, count: int) -> list[uuid.UUID]:
    archetypes = list(Archetype)
    return _create(
        services,
        *(
            PersonaData(name=f"Persona {i:04}", archetype=archetypes[i % len(archetypes)])
            for i in range(count)
        ),
    )


@pytest.fixture
def gallery(qtbot: QtBot) -> Iterator[PersonaGallery]:
    """A shown gallery with no workspace."""
    widget = PersonaGallery()
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.set_services(None)


def _search(qtbot: QtBot, gallery: PersonaGallery, text: str) -> list[str]:
    """Sets the search text as a paste would and waits for the debounced query."""
    with qtbot.waitSignal(gallery.model.modelReset, timeout=2000):
        gallery.search.setText(text)
    return _names(gallery.model)


def _choose(box: QComboBox, data: str) -> None:
    index = box.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    box.setCurrentIndex(index)


# -- the model ---------------------------------------------------------------------------


def test_demo_workspace_passes_the_model_tester(
    qapp: QApplication, qtmodeltester: ModelTester, demo_workspace: Workspace
) -> None:
    services = Services.bind(demo_workspace)
    model = GalleryModel()
    model.set_services(services)
    qtmodeltester.check(model, force_py=True)

    listed = services.listing.personas()
    assert model.total == len(listed) == model.rowCount() > 0
    assert _names(model) == sorted((p.name for p in listed), key=str.casefold)
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in Column
    ]
    assert titles == ["Name", "Archetype", "Job title", "Company", "Last edited"]
    first = model.summary(0)
    assert model.data(model.index(0, Column.ARCHETYPE)) == archetype_label(
        first.archetype, first.custom_archetype
    )
    assert model.data(model.index(0, Column.JOB_TITLE)) == first.job_title
    assert model.data(model.index(0, Column.COMPANY)) == first.company
    assert model.data(model.index(0, Column.UPDATED))
    assert model.data(model.index(0, 0), ID_ROLE) == str(first.id)
    assert model.persona_id(0) == first.id
    assert model.row_of(first.id) == 0
    assert model.row_of(uuid.uuid4()) is None
    assert model.data(model.index(0, 0), ARCHETYPE_ROLE) is first.archetype
    assert first.name in model.data(model.index(0, 2), Qt.ItemDataRole.ToolTipRole)
    avatar = model.data(model.index(0, 0), Qt.ItemDataRole.DecorationRole)
    assert isinstance(avatar, QPixmap)
    assert avatar.deviceIndependentSize().toSize() == QSize(24, 24)
    assert model.data(model.index(0, 1), Qt.ItemDataRole.DecorationRole) is None


def test_rows_are_fetched_lazily_in_pages(qtmodeltester: ModelTester, services: Services) -> None:
    _many(services, 450)
    model = GalleryModel()
    model.set_services(services)
    assert model.total == 450
    assert model.rowCount() == PAGE
    pages = 1
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        pages += 1
    assert pages == -(-450 // PAGE)
    assert model.rowCount() == 450
    assert _names(model) == [f"Persona {i:04}" for i in range(450)]
    assert not model.canFetchMore(model.index(0, 0))
    qtmodeltester.check(model, force_py=True)

    model.set_services(None)
    assert (model.rowCount(), model.total) == (0, 0)
    qtmodeltester.check(model, force_py=True)


def test_the_model_tester_follows_queries_and_refreshes(
    qapp: QApplication, qtmodeltester: ModelTester, services: Services
) -> None:
    ids = _many(services, 450)
    model = GalleryModel()
    model.set_services(services)
    qtmodeltester.check(model, force_py=True)
    model.set_query("persona 01", None, None, "name")  # both words: 0001, 0010-0019 ...
    assert model.total == 114
    services.personas.update(ids[100], name="Persona 0100 renamed")
    services.personas.delete(ids[101])
    model.refresh()
    assert model.total == 113
    names = _names(model)
    assert names[names.index("Persona 0100 renamed") + 1] == "Persona 0102"
    model.set_query("", Archetype.CUSTOM, None, "updated")
    assert model.total == 112


def test_photos_are_fetched_for_painted_rows_and_dropped_by_refresh(
    qtbot: QtBot, services: Services
) -> None:
    with_photo, _plain = _create(
        services, PersonaData(name="Ada Photo"), PersonaData(name="Bo Plain")
    )
    services.personas.set_photo(with_photo, _png("#ff0000", 40, 40))
    model = GalleryModel()
    model.set_services(services)
    first, second = model.index(0, 0), model.index(1, 0)
    assert model.persona_id(0) == with_photo

    with qtbot.waitSignal(model.dataChanged) as changed:
        # Nothing is known before the batch runs: the painter shows initials meanwhile.
        assert model.data(first, PHOTO_ROLE) is None
        assert model.data(second, PHOTO_ROLE) is None
    assert changed.args[0].row() == changed.args[1].row() == 0
    photo = model.data(first, PHOTO_ROLE)
    assert isinstance(photo, bytes)
    red = QImage.fromData(photo).pixelColor(20, 20)  # stored as JPEG: nearly red
    assert (red.red(), red.green() < 40, red.blue() < 40) == (red.red(), True, True)
    assert red.red() > 200
    assert model.data(second, PHOTO_ROLE) is None

    services.personas.set_photo(with_photo, None)
    model.refresh()
    with qtbot.waitSignal(model.dataChanged, timeout=300, raising=False) as again:
        assert model.data(model.index(0, 0), PHOTO_ROLE) is None
    assert not again.signal_triggered
    assert model.data(model.index(0, 0), PHOTO_ROLE) is None


# -- searching, filtering, sorting -----------------------------------------------------


def test_search_ignores_case_and_accents_and_reads_list_fields(
    qtbot: QtBot, gallery: PersonaGallery, services: Services
) -> None:
    _create(
        services,
        PersonaData(name="Élodie Garnier", goals=("Réduire le churn de moitié",)),
        PersonaData(name="Marc Dupont", tools=("Salesforce",), quote="Less clicking."),
        PersonaData(name="Zoë Quinn", job_title="Directrice financière"),
    )
    gallery.set_services(services)
    assert sorted(_names(gallery.model)) == ["Marc Dupont", "Zoë Quinn", "Élodie Garnier"]
    assert _search(qtbot, gallery, "elodie") == ["Élodie Garnier"]
    assert _search(qtbot, gallery, "ÉLODIE") == ["Élodie Garnier"]
    assert _search(qtbot, gallery, "reduire") == ["Élodie Garnier"]
    assert _search(qtbot, gallery, "MOITIE churn") == ["Élodie Garnier"]
    assert _search(qtbot, gallery, "SALESFORCE") == ["Marc Dupont"]
    assert _search(qtbot, gallery, "clicking") == ["Marc Dupont"]
    assert _search(qtbot, gallery, "zoe financiere") == ["Zoë Quinn"]
    assert len(_search(qtbot, gallery, "")) == 3


def test_name_order_ignores_accents(gallery: PersonaGallery, services: Services) -> None:
    # Fails today: the store sorts names with SQLite's NOCASE, which only folds ASCII, so
    # "Élodie" comes after "Zoë" (see the report of the gallery work).
    _create(
        services,
        PersonaData(name="Zoë Quinn"),
        PersonaData(name="Élodie Garnier"),
        PersonaData(name="marc Dupont"),
    )
    gallery.set_services(services)
    assert _names(gallery.model) == ["Élodie Garnier", "marc Dupont", "Zoë Quinn"]


def test_typing_queries_once_typing_pauses(
    qtbot: QtBot, gallery: PersonaGallery, services: Services
) -> None:
    _create(services, PersonaData(name="Garance"), PersonaData(name="Hugo"))
    gallery.set_services(services)
    resets: list[None] = []
    gallery.model.modelReset.connect(lambda: resets.append(None))
    qtbot.keyClicks(gallery.search, "garan")
    assert resets == []  # keystrokes never wait on the database
    assert gallery.search_timer.isActive()
    qtbot.waitUntil(lambda: len(resets) == 1)
    assert _names(gallery.model) == ["Garance"]
    assert gallery.count_label.text() == "1 persona(s)"


def test_archetype_filter(qtbot: QtBot, gallery: PersonaGallery, services: Services) -> None:
    _many(services, 10)
    gallery.set_services(services)
    labels = [gallery.archetype_box.itemText(i) for i in range(gallery.archetype_box.count())]
    assert labels == ["All archetypes", *(archetype_label(a) for a in Archetype)]
    with qtbot.waitSignal(gallery.model.modelReset):
        _choose(gallery.archetype_box, Archetype.TECHNICAL_EVALUATOR.value)
    model = gallery.model
    assert _names(model) == ["Persona 0001", "Persona 0005", "Persona 0009"]
    assert {model.summary(r).archetype for r in range(model.rowCount())} == {
        Archetype.TECHNICAL_EVALUATOR
    }
    assert gallery.count_label.text() == "3 persona(s)"
    _choose(gallery.archetype_box, "")
    assert model.total == 10


def test_tag_filter_and_tags_follow_edits(
    qtbot: QtBot, gallery: PersonaGallery, services: Services
) -> None:
    ann, _bob, cy = _create(
        services,
        PersonaData(name="Ann", tags=("emea", "priority")),
        PersonaData(name="Bob", tags=("na",)),
        PersonaData(name="Cy", tags=("emea",)),
    )
    gallery.set_services(services)
    tags = [gallery.tag_box.itemText(i) for i in range(gallery.tag_box.count())]
    assert tags == ["All tags", "emea", "na", "priority"]
    with qtbot.waitSignal(gallery.model.modelReset):
        _choose(gallery.tag_box, "emea")
    assert _names(gallery.model) == ["Ann", "Cy"]
    assert gallery.count_label.text() == "2 persona(s)"

    services.personas.update(cy, tags=["renewal"])
    gallery.refresh()
    assert _names(gallery.model) == ["Ann"]
    assert gallery.tag_box.findText("renewal") > 0

    # The tag filtered on disappears: the gallery falls back to every persona.
    services.personas.update(ann, tags=[])
    gallery.refresh()
    assert gallery.tag_box.currentIndex() == 0
    assert gallery.tag_box.findText("emea") == -1
    assert _names(gallery.model) == ["Ann", "Bob", "Cy"]


def test_each_sort_order(qtbot: QtBot, gallery: PersonaGallery, services: Services) -> None:
    _charlie, _alice, bob = _create(
        services,
        PersonaData(name="Charlie", archetype=Archetype.EXECUTIVE_SPONSOR),
        PersonaData(name="alice", archetype=Archetype.TECHNICAL_EVALUATOR),
        PersonaData(name="Bob", archetype=Archetype.CUSTOM),
    )
    gallery.set_services(services)
    model = gallery.model
    assert gallery.sort_box.currentData() == "name"
    assert _names(model) == ["alice", "Bob", "Charlie"]

    _choose(gallery.sort_box, "position")
    assert _names(model) == ["Charlie", "alice", "Bob"]
    _choose(gallery.sort_box, "archetype")
    assert [model.summary(r).archetype for r in range(3)] == sorted(
        model.summary(r).archetype.value for r in range(3)
    )
    services.personas.update(bob, job_title="Buyer")
    _choose(gallery.sort_box, "updated")
    assert _names(model)[0] == "Bob"

    # The table's header sorts too, and shows which way.
    gallery.set_view_mode("list")
    header = gallery.table.horizontalHeader()
    x = header.sectionViewportPosition(Column.NAME) + 10
    with qtbot.waitSignal(model.modelReset):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert gallery.sort_box.currentData() == "name"
    assert _names(model) == ["alice", "Bob", "Charlie"]
    assert header.sortIndicatorSection() == Column.NAME
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder


def test_count_label_and_empty_states(
    qtbot: QtBot, gallery: PersonaGallery, services: Services
) -> None:
    assert gallery.stack.currentWidget() is gallery.empty_page
    assert gallery.empty_label.text() == "No workspace is open."
    assert gallery.count_label.text() == ""
    assert not gallery.new_button.isEnabled()

    gallery.set_services(services)
    assert gallery.stack.currentWidget() is gallery.empty_page
    assert gallery.empty_label.text() == "No personas yet"
    assert gallery.empty_new_button.isVisible()
    assert not gallery.clear_button.isVisible()
    assert gallery.count_label.text() == "0 persona(s)"

    _many(services, 450)
    gallery.refresh()
    assert gallery.stack.currentWidget() is gallery.cards
    assert gallery.count_label.text() == "450 persona(s)"
    assert gallery.model.rowCount() < 450  # the label counts what is not loaded yet

    # A full first page is shown at once; the matches are counted right after.
    with qtbot.waitSignal(gallery.model.total_changed) as counted:
        _search(qtbot, gallery, "persona")
        assert gallery.model.known_total is None
        assert gallery.model.canFetchMore(QModelIndex())
    assert counted.args == [450]
    assert gallery.count_label.text() == "450 persona(s)"

    assert _search(qtbot, gallery, "no such persona") == []
    assert gallery.stack.currentWidget() is gallery.empty_page
    assert gallery.empty_label.isVisible()
    assert gallery.empty_label.text() == "Nothing matches \u201cno such persona\u201d"
    assert gallery.clear_button.isVisible()
    assert gallery.clear_button.text() == "Clear search"
    assert not gallery.empty_new_button.isVisible()
    assert gallery.count_label.text() == "0 persona(s)"
    gallery.set_view_mode("list")
    assert gallery.stack.currentWidget() is gallery.empty_page
    _search(qtbot, gallery, "persona 000")
    assert gallery.stack.currentWidget() is gallery.table
    assert gallery.count_label.text() == "10 persona(s)"


def test_clear_search_restores_the_list_then_clear_filters(
    qtbot: QtBot, gallery: PersonaGallery, services: Services
) -> None:
    _create(
        services,
        PersonaData(name="Ann", archetype=Archetype.EXECUTIVE_SPONSOR),
        PersonaData(name="Ben", archetype=Archetype.TECHNICAL_EVALUATOR),
    )
    gallery.set_services(services)
    _search(qtbot, gallery, "nobody")
    assert gallery.stack.currentWidget() is gallery.empty_page
    with qtbot.waitSignal(gallery.model.modelReset, timeout=2000):
        qtbot.mouseClick(gallery.clear_button, Qt.MouseButton.LeftButton)
    assert gallery.search.text() == ""
    assert gallery.stack.currentWidget() is gallery.cards
    assert _names(gallery.model) == ["Ann", "Ben"]
    assert gallery.search.hasFocus()

    # Filters alone hiding everything offer to clear the filters.
    _choose(gallery.archetype_box, Archetype.END_USER_CHAMPION.value)
    assert gallery.empty_label.text() == "No persona matches these filters"
    assert gallery.clear_button.text() == "Clear filters"
    qtbot.mouseClick(gallery.clear_button, Qt.MouseButton.LeftButton)
    assert gallery.archetype_box.currentIndex() == 0
    assert _names(gallery.model) == ["Ann", "Ben"]


# -- views, selection, activation -------------------------------------------------------


def test_switching_views_keeps_the_selection(
    qtbot: QtBot, gallery: PersonaGallery, demo_workspace: Workspace
) -> None:
    gallery.set_services(Services.bind(demo_workspace))
    model = gallery.model
    assert gallery.cards_button.isChecked()
    assert gallery.cards_button.accessibleName() == "Show as cards"
    assert gallery.list_button.accessibleName() == "Show as list"

    first, last = model.persona_id(0), model.persona_id(model.rowCount() - 1)
    with qtbot.waitSignal(gallery.selection_changed) as changed:
        assert gallery.select(last)
    assert changed.args == [[last]]
    gallery.cards.selectionModel().select(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert gallery.selected_ids() == [first, last]

    qtbot.mouseClick(gallery.list_button, Qt.MouseButton.LeftButton)
    assert gallery.view_mode() == "list"
    assert gallery.list_button.isChecked()
    assert not gallery.cards_button.isChecked()
    assert gallery.stack.currentWidget() is gallery.table
    table_rows = gallery.table.selectionModel().selectedRows()
    assert sorted(index.row() for index in table_rows) == [0, model.rowCount() - 1]
    assert gallery.table.currentIndex().row() == model.rowCount() - 1
    assert gallery.selected_ids() == [first, last]

    qtbot.mouseClick(gallery.cards_button, Qt.MouseButton.LeftButton)
    assert gallery.stack.currentWidget() is gallery.cards
    assert gallery.selected_ids() == [first, last]
    with pytest.raises(ValueError, match="view mode"):
        gallery.set_view_mode("grid")


def test_clicking_a_card_selects_and_double_click_activates(
    qtbot: QtBot, gallery: PersonaGallery, demo_workspace: Workspace
) -> None:
    gallery.set_services(Services.bind(demo_workspace))
    model = gallery.model
    centre = gallery.cards.visualRect(model.index(1, 0)).center()
    with qtbot.waitSignal(gallery.selection_changed) as changed:
        qtbot.mouseClick(gallery.cards.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert changed.args == [[model.persona_id(1)]]
    with qtbot.waitSignal(gallery.persona_activated) as activated:
        qtbot.mouseDClick(gallery.cards.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert activated.args == [model.persona_id(1)]


def test_keyboard_moves_and_enter_activates(
    qtbot: QtBot, gallery: PersonaGallery, demo_workspace: Workspace
) -> None:
    gallery.set_services(Services.bind(demo_workspace))
    model = gallery.model
    gallery.set_view_mode("list")
    gallery.select(model.persona_id(0))
    gallery.table.setFocus()
    with qtbot.waitSignal(gallery.selection_changed) as changed:
        qtbot.keyClick(gallery.table, Qt.Key.Key_Down)
    assert changed.args == [[model.persona_id(1)]]
    with qtbot.waitSignal(gallery.persona_activated) as activated:
        qtbot.keyClick(gallery.table, Qt.Key.Key_Return)
    assert activated.args == [model.persona_id(1)]

    gallery.set_view_mode("cards")
    with qtbot.waitSignal(gallery.persona_activated) as activated:
        qtbot.keyClick(gallery.cards, Qt.Key.Key_Enter)
    assert activated.args == [model.persona_id(1)]


def test_ctrl_f_focuses_the_search_box(
    qtbot: QtBot, gallery: PersonaGallery, demo_workspace: Workspace
) -> None:
    gallery.set_services(Services.bind(demo_workspace))
    gallery.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is gallery)
    gallery.cards.setFocus()
    qtbot.waitUntil(gallery.cards.hasFocus)
    assert gallery.search.placeholderText() == "Search personas"
    assert gallery.search.isClearButtonEnabled()
    qtbot.keyClick(gallery.cards, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert gallery.search.hasFocus()


def test_refresh_shows_edits_and_keeps_the_selection(
    gallery: PersonaGallery, services: Services
) -> None:
    ann, bob, cy = _create(
        services, PersonaData(name="Ann"), PersonaData(name="Bob"), PersonaData(name="Cy")
    )
    gallery.set_services(services)
    gallery.select(bob)
    selections: list[list[uuid.UUID]] = []
    gallery.selection_changed.connect(selections.append)

    services.personas.update(bob, job_title="Buyer")
    gallery.refresh()
    assert gallery.model.data(gallery.model.index(1, Column.JOB_TITLE)) == "Buyer"
    assert gallery.selected_ids() == [bob]

    services.personas.update(bob, name="Zed")  # moves to the end of the name order
    gallery.refresh()
    assert _names(gallery.model) == ["Ann", "Cy", "Zed"]
    assert gallery.selected_ids() == [bob]
    assert gallery.cards.currentIndex().row() == 2

    services.personas.delete(ann)
    gallery.refresh()
    assert _names(gallery.model) == ["Cy", "Zed"]
    assert gallery.selected_ids() == [bob]
    assert gallery.count_label.text() == "2 persona(s)"

    services.personas.delete(bob)
    gallery.refresh()
    assert gallery.selected_ids() == []
    assert selections == [[]]
    assert gallery.model.persona_id(0) == cy


def test_select_loads_pages_until_the_persona_is_found(
    qtbot: QtBot, gallery: PersonaGallery, services: Services
) -> None:
    ids = _many(services, 450)
    gallery.set_services(services)
    assert gallery.model.rowCount() == PAGE
    assert gallery.select(ids[-1])
    assert gallery.model.rowCount() == 450
    assert gallery.selected_ids() == [ids[-1]]
    _search(qtbot, gallery, "persona 0001")
    assert not gallery.select(ids[-1])
    assert gallery.selected_ids() == []


def test_switching_workspace_clears_the_filters(
    qtbot: QtBot, gallery: PersonaGallery, services: Services, demo_workspace: Workspace
) -> None:
    _many(services, 3)
    gallery.set_services(services)
    _search(qtbot, gallery, "persona 0001")
    _choose(gallery.archetype_box, Archetype.TECHNICAL_EVALUATOR.value)
    demo = Services.bind(demo_workspace)
    gallery.set_services(demo)
    assert gallery.search.text() == ""
    assert gallery.archetype_box.currentIndex() == 0
    assert gallery.model.total == len(demo.listing.personas())
    assert not gallery.search_timer.isActive()


# -- avatars -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Chloé Dubois", "CD"),
        ("élodie", "É"),
        ("Zoë", "Z"),
        ("Jean de la Fontaine", "JF"),
        ("e\u0301lise  durand", "ÉD"),  # decomposed accent, two spaces
        ("  ", ""),
        ("(Bob) Smith", "BS"),
        ("ßtraße Ärger", "SÄ"),
    ],
)
def test_initials(name: str, expected: str) -> None:
    assert initials(name) == expected


def test_avatar_without_photo_is_a_coloured_circle(qapp: QApplication) -> None:
    pixmap = avatar_pixmap("Helen Whitaker", Archetype.EXECUTIVE_SPONSOR, None, 56)
    assert pixmap.size() == QSize(56, 56)
    image = pixmap.toImage()
    assert image.pixelColor(6, 28) == QColor(ARCHETYPE_COLOURS[Archetype.EXECUTIVE_SPONSOR])
    assert image.pixelColor(0, 0).alpha() == 0  # outside the circle

    sharp = avatar_pixmap("Helen Whitaker", Archetype.EXECUTIVE_SPONSOR, None, 56, 2.0)
    assert sharp.size() == QSize(112, 112)
    assert sharp.deviceIndependentSize().toSize() == QSize(56, 56)


def test_avatar_with_photo_is_the_photo_in_a_circle(qapp: QApplication) -> None:
    photo = _png("#00aa00", 30, 12)  # not square: cropped to fill the circle
    pixmap = avatar_pixmap("Ann", Archetype.CUSTOM, photo, 40)
    assert pixmap.size() == QSize(40, 40)
    image = pixmap.toImage()
    assert image.pixelColor(20, 20) == QColor("#00aa00")
    assert image.pixelColor(20, 2) == QColor("#00aa00")
    assert image.pixelColor(0, 0).alpha() == 0

    damaged = avatar_pixmap("Ann", Archetype.CUSTOM, b"not an image", 40)
    assert damaged.toImage().pixelColor(3, 20) == QColor(ARCHETYPE_COLOURS[Archetype.CUSTOM])
