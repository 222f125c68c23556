"""The snapshots panel on a real workspace: empty state, preview on selection, compare text by
text, and table headers that wrap at spaces only."""

import re
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFontMetricsF, QTextBlock, QTextDocument, QTextTable
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from personabuilder.model import LaneKind
from personabuilder.services import Services
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.journeys.snapshots import SnapshotsPanel
from tests.gui.conftest import Answers

_PARENTS: list[QWidget] = []


@pytest.fixture(autouse=True)
def _drop_parents() -> Iterator[None]:
    yield
    _PARENTS.clear()


@pytest.fixture
def session(demo_workspace: Workspace) -> EditSession:
    """An edit session on the demo workspace."""
    return EditSession(Services.bind(demo_workspace))


@pytest.fixture
def journey(session: EditSession) -> JourneyDetail:
    """The demo's 9-stage map."""
    return session.services.journeys.get(session.services.listing.journeys()[0].id)


def _panel(qtbot: QtBot, session: EditSession, journey_id: uuid.UUID) -> SnapshotsPanel:
    parent = QWidget()
    qtbot.addWidget(parent)
    panel = SnapshotsPanel(session, journey_id, parent)  # deleted with its parent
    _PARENTS.append(parent)  # qtbot keeps a weak reference only
    panel.resize(1100, 640)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _tables(document: QTextDocument) -> list[QTextTable]:
    out = []
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            out.append(frame)
    return out


def _cell_text(table: QTextTable, row: int, column: int) -> str:
    cell = table.cellAt(row, column)
    cursor = cell.firstCursorPosition()
    cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
    text = cursor.selectedText()
    return text.replace("\u2029", "\n").replace("\u2028", "\n").replace("\xa0", " ")


def _blocks(table: QTextTable, row: int, column: int) -> list[QTextBlock]:
    cell = table.cellAt(row, column)
    block = cell.firstCursorPosition().block()
    last = cell.lastCursorPosition().block()
    out = [block]
    while block != last:
        block = block.next()
        out.append(block)
    return out


def test_no_snapshot_shows_what_one_is_for_and_saves_one(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail, answers: Answers
) -> None:
    panel = _panel(qtbot, session, journey.id)
    assert panel.pages.currentWidget() is panel.empty
    assert panel.empty.isVisible()
    assert "snapshot" in " ".join(
        lab.text() for lab in panel.empty.findChildren(type(panel.caption))
    )
    answers.text = "Before the workshop"
    panel.empty_save.click()
    assert panel.pages.currentWidget() is not panel.empty
    assert panel.list.count() == 1
    assert journey.stages[0].name in panel.view.toPlainText()
    assert "read-only" in panel.caption.text()
    session.undo_stack.undo()
    panel.refresh()
    assert panel.pages.currentWidget() is panel.empty


def test_selecting_a_snapshot_previews_it(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    services = session.services
    first = services.snapshots.create(journey.id, "First")
    services.journeys.rename(journey.id, "Renamed map")
    second = services.snapshots.create(journey.id, "Second")
    panel = _panel(qtbot, session, journey.id)
    ids = [panel.list.item(i).data(0x0100) for i in range(panel.list.count())]
    assert set(ids) == {str(first.id), str(second.id)}
    for row in range(panel.list.count()):
        panel.list.setCurrentRow(row)
        expected = "Renamed map" if ids[row] == str(second.id) else journey.title
        assert panel.view.toPlainText().startswith(expected)
        assert "read-only" in panel.caption.text()
    # A click on the selected snapshot goes back from a comparison to its preview.
    panel.compare_selected()
    assert "Cells since the snapshot" in panel.caption.text()
    panel.list.itemClicked.emit(panel.list.currentItem())
    assert "read-only" in panel.caption.text()


def test_compare_lists_the_text_before_and_after_of_each_changed_cell(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail
) -> None:
    services = session.services
    services.snapshots.create(journey.id, "Before")
    stage = journey.stages[1]
    text_lane = next(ln for ln in journey.lanes if ln.kind is LaneKind.TEXT)
    pain_lane = next(ln for ln in journey.lanes if ln.kind is LaneKind.PAIN_POINTS)
    old_text = journey.cell(stage.id, text_lane.id)
    old_pain = journey.cell(stage.id, pain_lane.id)
    assert old_text is not None
    assert old_pain is not None
    services.journey_edit.set_cell(stage.id, text_lane.id, "Reads reviews first")
    kept = [dict(i) for i in old_pain.items[1:]]
    services.journey_edit.set_cell(
        stage.id, pain_lane.id, old_pain.text, [*kept, {"text": "Nobody answers"}]
    )
    panel = _panel(qtbot, session, journey.id)
    panel.compare_selected()
    assert "changed 2 · added 0 · removed 0" in panel.caption.text()
    (table,) = _tables(panel.view.document())
    assert [_cell_text(table, 0, c) for c in range(4)] == [
        "Stage",
        "Lane",
        "In the snapshot",
        "Now",
    ]
    rows = {_cell_text(table, r, 1).split("\n")[0]: r for r in range(1, table.rows())}
    assert set(rows) == {text_lane.name, pain_lane.name}
    r = rows[text_lane.name]
    assert _cell_text(table, r, 0) == stage.name
    assert _cell_text(table, r, 2).split("\n")[0] == old_text.text.splitlines()[0]
    assert _cell_text(table, r, 3) == "Reads reviews first"
    r = rows[pain_lane.name]
    before, after = _cell_text(table, r, 2), _cell_text(table, r, 3)
    removed = str(old_pain.items[0]["text"])
    assert f"\u2212 {removed}" in before
    assert "+ Nobody answers" in after
    assert removed not in after
    for item in kept:
        assert f"• {item['text']}" in before
        assert f"• {item['text']}" in after


@pytest.mark.parametrize("mode", ["preview", "compare"])
def test_table_headers_wrap_at_spaces_and_columns_fit_the_longest_word(
    qtbot: QtBot, session: EditSession, journey: JourneyDetail, mode: str
) -> None:
    services = session.services
    services.snapshots.create(journey.id, "Before")
    lane = journey.lanes[0]
    for stage in journey.stages:
        services.journey_edit.set_cell(stage.id, lane.id, f"Changed at {stage.name}")
    panel = _panel(qtbot, session, journey.id)
    panel.resize(700, 500)  # narrow: the old view cut "Consideratio / n"
    if mode == "compare":
        panel.compare_selected()
    QApplication.processEvents()
    document = panel.view.document()
    document.documentLayout().documentSize()  # lays the document out
    tables = _tables(document)
    assert tables
    checked = 0
    for table in tables:
        for row in range(table.rows() if mode == "compare" else 1):
            for column in range(table.columns()):
                for block in _blocks(table, row, column):
                    text = block.text()
                    if not text.strip():
                        continue
                    layout = block.layout()
                    fragment = block.begin().fragment()
                    font = (
                        fragment.charFormat().font()
                        if fragment.isValid()
                        else block.charFormat().font()
                    )
                    metrics = QFontMetricsF(font)
                    longest = max(metrics.horizontalAdvance(w) for w in re.split(r"\s+", text) if w)
                    for i in range(layout.lineCount()):
                        line = layout.lineAt(i)
                        assert line.width() + 0.5 >= longest, (text, line.width(), longest)
                        end = line.textStart() + line.textLength()
                        if i < layout.lineCount() - 1:
                            # A line ends at a space: no word is split between two lines.
                            assert text[end - 1].isspace() or text[end].isspace(), (text, end)
                    checked += 1
    assert checked >= (len(journey.stages) if mode == "preview" else 8)
    if mode == "preview":
        (table,) = tables
        heads = [_cell_text(table, 0, c) for c in range(1, table.columns())]
        assert any("Consideration" in h for h in heads)
