"""The journey map grid editor: stages as columns, lanes as rows, cells edited in place."""

import itertools
import uuid
from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QGuiApplication,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from personabuilder.model import Evidence, LaneKind
from personabuilder.services.readmodels import JourneyDetail
from personabuilder.ui.common import dialogs
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.common.labels import lane_kind_label
from personabuilder.ui.journeys import commands as jc
from personabuilder.ui.journeys.canvas import MAX_ROW_HEIGHT, evidence_pixmap
from personabuilder.ui.journeys.cell_editor import CellDelegate
from personabuilder.ui.journeys.edit_channels import ChannelPicker
from personabuilder.ui.journeys.edit_clipboard import ClipCell, from_mime, plain_text, to_mime
from personabuilder.ui.journeys.edit_zoom import ZoomMemory
from personabuilder.ui.journeys.headers import LaneHeader, StageHeader
from personabuilder.ui.journeys.model import (
    EVIDENCE_ROLE,
    JourneyGridModel,
    evidence_label,
    parse_edit_text,
)

BASE_COLUMN_WIDTH = 150  # at 100 %: nine stages fit a 1366 px wide window at "fit"
ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 0.5, 2.5, 1.15


def ask_text(parent: QWidget, title: str, label: str, value: str) -> str | None:
    """Asks for one line of text; None when cancelled (tests replace this)."""
    return dialogs.ask_text(parent, title, label, value)


def ask_colour(parent: QWidget, current: str) -> str | None:
    """Asks for a colour as "#rrggbb"; None when cancelled (tests replace this)."""
    colour = QColorDialog.getColor(QColor(current or "#ffffff"), parent)
    return colour.name() if colour.isValid() else None


class _Legend(QWidget):
    """The map's key: the evidence marks as the cells draw them, and the badge letters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(4)
        self._marks: list[tuple[QLabel, Evidence]] = []
        for evidence in (Evidence.ASSUMPTION, Evidence.PARTLY_BACKED, Evidence.RESEARCH_BACKED):
            mark = QLabel(self)
            self._marks.append((mark, evidence))
            row.addWidget(mark)
            row.addWidget(QLabel(evidence_label(evidence).lower(), self))
            row.addSpacing(8)
        self.scores = QLabel(self.tr("S severity · I impact · E effort"), self)
        row.addWidget(self.scores)
        self.text = " ".join(
            [evidence_label(e).lower() for _, e in self._marks] + [self.scores.text()]
        )
        self.setAccessibleName(self.text)
        self._draw()

    def _draw(self) -> None:
        size = max(12, self.fontMetrics().height())
        for label, evidence in self._marks:
            label.setPixmap(evidence_pixmap(evidence, self.palette(), size))

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: the marks follow the theme."""
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            self._draw()
        super().changeEvent(event)


class _GridTable(QTableView):
    """The table of the grid; reports the editor's keyboard gestures."""

    move_requested = Signal(int, int)  # column step, row step
    clear_requested = Signal()
    viewport_resized = Signal()
    typing_started = Signal(str)  # a printable key typed on a selected cell
    channels_requested = Signal()  # Alt+Down on a cell

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: the columns share out the new width."""
        super().resizeEvent(event)
        self.viewport_resized.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Qt override: Ctrl+Shift+arrows move stages and lanes, Delete clears, Enter edits.

        A printable key typed on a cell starts editing it with that key, like a spreadsheet.
        """
        mods = event.modifiers()
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        chords = (
            Qt.KeyboardModifier.ControlModifier
            | Qt.KeyboardModifier.AltModifier
            | Qt.KeyboardModifier.MetaModifier
        )
        text = event.text()
        if (
            not editing
            and text
            and text.isprintable()
            and not mods & chords
            and self.currentIndex().isValid()
            and self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable
        ):
            self.typing_started.emit(text)
            return
        if (
            not editing
            and key == Qt.Key.Key_Down
            and mods & Qt.KeyboardModifier.AltModifier
            and self.currentIndex().isValid()
        ):
            self.channels_requested.emit()
            return
        both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if mods & both == both:
            steps = {
                Qt.Key.Key_Left: (-1, 0),
                Qt.Key.Key_Right: (1, 0),
                Qt.Key.Key_Up: (0, -1),
                Qt.Key.Key_Down: (0, 1),
            }
            if key in steps:
                self.move_requested.emit(*steps[Qt.Key(key)])
                return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and not editing:
            self.clear_requested.emit()
            return
        if (
            key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ):
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


class JourneyGridView(QWidget):
    """Edits one journey map as a grid, with zoom, evidence filter and undoable edits."""

    zoom_changed = Signal(float)
    columns_moved = Signal()  # stage columns changed place or width on screen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session: EditSession | None = None
        self._follow = True
        self._journey_id: uuid.UUID | None = None
        self._zoom = 1.0
        self._groups = itertools.count(1)
        self._group = 0
        self._base_font = QFont(self.font())
        self.zoom_memory = ZoomMemory()
        self._rows_stale = True
        self._measured: tuple[int, float] | None = None
        self._picker: ChannelPicker | None = None

        self.model = JourneyGridModel(self)
        self.model.cell_edit_requested.connect(self._on_model_cell_edit_requested)
        self.table = _GridTable(self)
        self.stage_header = StageHeader(self.table)
        self.lane_header = LaneHeader(self.table)
        self.table.setHorizontalHeader(self.stage_header)
        self.table.setVerticalHeader(self.lane_header)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Journey map: stages by lanes"))
        # Arrows move between cells; Tab moves on to the rest of the page, never trapped.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.delegate = CellDelegate(self.table)
        self.delegate.editor_opened.connect(self._on_delegate_editor_opened)
        self.delegate.items_committed.connect(self._on_delegate_items_committed)
        self.delegate.enter_committed.connect(self._on_delegate_enter_committed)
        self.table.setItemDelegate(self.delegate)
        self.table.move_requested.connect(self._on_table_move_requested)
        self.table.clear_requested.connect(self._on_table_clear_requested)
        self.table.typing_started.connect(self._on_table_typing_started)
        self.table.channels_requested.connect(self._on_table_channels_requested)
        # Fitting columns to a new size waits for the layout to settle (and runs once).
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(0)
        self._resize_timer.timeout.connect(self._resize)
        self.table.viewport_resized.connect(self._resize_timer.start)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            header.setSectionsMovable(True)
            header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        hh, vh = self.table.horizontalHeader(), self.table.verticalHeader()
        hh.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        hh.setTextElideMode(Qt.TextElideMode.ElideRight)
        vh.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        hh.sectionMoved.connect(self._on_horizontal_header_section_moved)
        vh.sectionMoved.connect(self._on_vertical_header_section_moved)
        hh.customContextMenuRequested.connect(self._on_horizontal_header_context_menu)
        hh.sectionResized.connect(lambda *_args: self.columns_moved.emit())
        self.table.horizontalScrollBar().valueChanged.connect(lambda _v: self.columns_moved.emit())
        vh.customContextMenuRequested.connect(self._on_vertical_header_context_menu)

        self.toolbar = QToolBar(self)
        self.zoom_in_action = self._action(
            self.tr("Zoom In"), QKeySequence(QKeySequence.StandardKey.ZoomIn), self.zoom_in
        )
        self.zoom_out_action = self._action(
            self.tr("Zoom Out"), QKeySequence(QKeySequence.StandardKey.ZoomOut), self.zoom_out
        )
        self.fit_action = self._action(
            self.tr("Fit to Window"), QKeySequence("Ctrl+0"), self.fit_to_window
        )
        self.assumptions_action = QAction(self.tr("Only Assumptions"), self)
        self.assumptions_action.setCheckable(True)
        self.assumptions_action.toggled.connect(self._on_assumptions_action_toggled)
        self.toolbar.addAction(self.assumptions_action)
        self.addAction(self.assumptions_action)
        self.toolbar.addSeparator()
        self.legend = _Legend(self)
        self.toolbar.addWidget(self.legend)

        # Edit › Cut, Copy, Paste of cells (the window puts them in its Edit menu).
        keys = QKeySequence.StandardKey
        self.cut_action = self._action(self.tr("Cu&t Cells"), QKeySequence(keys.Cut), self.cut)
        self.copy_action = self._action(self.tr("&Copy Cells"), QKeySequence(keys.Copy), self.copy)
        self.paste_action = self._action(
            self.tr("&Paste Cells"), QKeySequence(keys.Paste), self.paste
        )
        for action in (self.cut_action, self.copy_action, self.paste_action):
            self.toolbar.removeAction(action)
        self.table.selectionModel().selectionChanged.connect(self._update_edit_actions)
        self.table.selectionModel().currentChanged.connect(self._update_edit_actions)
        self.model.modelReset.connect(self._update_edit_actions)
        clipboard = QGuiApplication.clipboard()
        clipboard.dataChanged.connect(self._update_edit_actions)
        self._update_edit_actions()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.table)
        self._apply_zoom()

    def showEvent(self, event: QShowEvent) -> None:
        """Qt override: Cut, Copy and Paste apply again."""
        super().showEvent(event)
        self._update_edit_actions()

    def hideEvent(self, event: QHideEvent) -> None:
        """Qt override: Cut, Copy and Paste grey out while another page is shown."""
        super().hideEvent(event)
        self._update_edit_actions()

    def _action(self, text: str, shortcut: QKeySequence, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    # Public API --------------------------------------------------------------------------

    def set_session(self, session: EditSession | None, *, follow: bool = True) -> None:
        """Edits through ``session`` (None: nothing is open).

        With ``follow`` the grid reads its map again after each change; without, whoever
        holds it passes each new state to ``set_detail`` (one read serves several views).
        """
        if self._session is not None and self._follow:
            self._session.journey_changed.disconnect(self._on_session_journey_changed)
        self._session = session
        self._follow = follow
        if session is not None and follow:
            session.journey_changed.connect(self._on_session_journey_changed)
        read_only = self.read_only
        self.model.read_only = read_only
        triggers = QAbstractItemView.EditTrigger
        self.table.setEditTriggers(
            triggers.NoEditTriggers
            if read_only
            else triggers.DoubleClicked | triggers.EditKeyPressed
        )
        for header in (self.table.horizontalHeader(), self.table.verticalHeader()):
            # Dragging a stage or a lane would move it: the handles stay put.
            header.setSectionsMovable(not read_only)
        self.show_journey(None)

    @property
    def read_only(self) -> bool:
        """True when the session may not change the workspace: the map is for reading."""
        return self._session is not None and self._session.read_only

    def _editable(self) -> bool:
        return self._session is not None and self._journey_id is not None and not self.read_only

    def show_journey(
        self, journey_id: uuid.UUID | None, detail: JourneyDetail | None = None
    ) -> None:
        """Shows a map (None: an empty grid) at its own zoom; ``detail`` saves reading it."""
        shown = journey_id if self._session is not None else None
        zoomed = False
        if shown != self._journey_id:
            remembered = self.zoom_memory.get(shown) if shown is not None else None
            zoom = max(ZOOM_MIN, min(ZOOM_MAX, remembered or 1.0))
            if abs(zoom - self._zoom) > 1e-6:
                # The fonts change now; the new map's reset measures the rows once.
                self._zoom, zoomed = zoom, True
                self._apply_fonts()
        self._journey_id = shown
        if detail is not None and detail.id == self._journey_id:
            self.set_detail(detail)
        else:
            self.reload()
        if zoomed:
            self.zoom_changed.emit(self._zoom)

    @property
    def journey_id(self) -> uuid.UUID | None:
        """The map shown."""
        return self._journey_id

    def reload(self) -> None:
        """Reads the shown map again from the services."""
        if self._session is None or self._journey_id is None:
            self.set_detail(None)
        else:
            self.set_detail(self._session.services.journeys.get(self._journey_id))

    def set_detail(self, detail: JourneyDetail | None) -> None:
        """Shows a new state of the map; rows that changed are measured again."""
        rows = self.model.set_detail(detail)
        if rows is None:
            self._rows_stale = True
            self._resize()
        else:
            self._fit_rows(rows)

    @property
    def zoom(self) -> float:
        """The scale of fonts and columns (1.0 is 100 %)."""
        return self._zoom

    @zoom.setter
    def zoom(self, value: float) -> None:
        value = max(ZOOM_MIN, min(ZOOM_MAX, value))
        if abs(value - self._zoom) > 1e-6:
            self._zoom = value
            self._apply_zoom()
            if self._journey_id is not None:
                self.zoom_memory.set(self._journey_id, value)
            self.zoom_changed.emit(value)

    def keep_zoom_through(self, finished: SignalInstance) -> None:
        """Puts the map's zoom back as it is now when ``finished`` fires (workshop mode)."""
        journey_id, zoom = self._journey_id, self._zoom

        def restore(*_args: object) -> None:
            finished.disconnect(restore)
            if journey_id is not None:
                self.zoom_memory.set(journey_id, zoom)
            if self._journey_id == journey_id:
                self.zoom = zoom

        finished.connect(restore)

    @Slot()
    def zoom_in(self) -> None:
        """Makes everything bigger."""
        self.zoom = self._zoom * ZOOM_STEP

    @Slot()
    def zoom_out(self) -> None:
        """Makes everything smaller."""
        self.zoom = self._zoom / ZOOM_STEP

    @Slot()
    def fit_to_window(self) -> None:
        """Zooms so that every stage and every lane fit in the view (down to the least zoom)."""
        stages = self.model.columnCount()
        if not stages:
            self.zoom = 1.0
            return
        scroll = self.table.verticalScrollBar().sizeHint().width()
        header = self.table.verticalHeader().width()
        available = self.table.width() - header - scroll - 2 * self.table.frameWidth() - 4
        # The lane header scales with the zoom too; one refinement pass absorbs that.
        for _ in range(2):
            self.zoom = available / (stages * BASE_COLUMN_WIDTH)
            header_now = self.table.verticalHeader().sizeHint().width()
            available += header - header_now
            header = header_now
        # Then the height: rows grow with the zoom (roughly in proportion; wider columns
        # wrap less), so shrink by the overflow until the last lane shows.
        for _ in range(8):
            room = self._room_for_rows()
            used = sum(self.table.rowHeight(r) for r in range(self.model.rowCount()))
            if used <= room or self._zoom <= ZOOM_MIN + 1e-6:
                break
            self.zoom = self._zoom * max(0.5, min(0.97, room / used))

    def _room_for_rows(self) -> int:
        """The height rows may take without a vertical scroll bar."""
        header = self.table.horizontalHeader()
        frame = 2 * self.table.frameWidth()
        scroll = self.table.horizontalScrollBar()
        taken = header.height() + frame + (scroll.sizeHint().height() if scroll.isVisible() else 0)
        return self.table.height() - taken

    # Sizes -------------------------------------------------------------------------------

    def _apply_zoom(self) -> None:
        self._apply_fonts()
        self._resize()

    def _apply_fonts(self) -> None:
        self.delegate.zoom = self._zoom
        font = QFont(self._base_font)
        size = self._base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(max(5.0, size * self._zoom))
        else:
            font.setPixelSize(max(7, round(self._base_font.pixelSize() * self._zoom)))
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        self.table.verticalHeader().setFont(font)
        self.stage_header.set_zoom(self._zoom)
        self.lane_header.set_zoom(self._zoom)

    def _resize(self) -> None:
        width = round(BASE_COLUMN_WIDTH * self._zoom)
        stages = self.model.columnCount()
        hh = self.table.horizontalHeader()
        if stages:
            # Columns share out a wide window rather than leave it half empty.
            width = max(width, self.table.viewport().width() // stages)
            # A stage's whole name fits its header in two lines.
            width = max(width, *(hh.sectionSizeFromContents(c).width() for c in range(stages)))
        hh.setDefaultSectionSize(width)
        hh.setMinimumSectionSize(min(40, width))
        for column in range(self.model.columnCount()):
            hh.resizeSection(column, width)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Measuring every cell is the dear part of opening a map: only a new map, a new
        # zoom or a new column width changes row heights (a scroll bar appearing does not).
        measured = (width, self._zoom)
        if self._rows_stale or measured != self._measured:
            self.table.resizeRowsToContents()
            self._fit_rows(range(self.model.rowCount()), measured=True)
            self._measured, self._rows_stale = measured, False
        self.columns_moved.emit()

    def _fit_rows(self, rows: Iterable[int], *, measured: bool = False) -> None:
        """Fits rows to their contents, within the zoomed cap (longer cells scroll)."""
        cap = round(MAX_ROW_HEIGHT * self._zoom)
        for row in rows:
            if not measured:
                self.table.resizeRowToContents(row)
            height = min(self.table.rowHeight(row), cap)
            self.table.setRowHeight(row, max(height, round(36 * self._zoom)))

    # Commands ----------------------------------------------------------------------------

    def _push(self, command: Any) -> None:
        if self._session is not None:
            self._session.undo_stack.push(command)

    def _select(self, row: int, column: int) -> None:
        index = self.model.index(row, column)
        if index.isValid():
            self.table.setCurrentIndex(index)

    def move_stage(self, column: int, new_column: int) -> None:
        """Moves the stage of ``column`` to ``new_column`` (undoable)."""
        stage = self.model.stage_at(column)
        if (
            self._session is None
            or self._journey_id is None
            or self.read_only
            or stage is None
            or not 0 <= new_column < self.model.columnCount()
            or new_column == column
        ):
            return
        row = max(0, self.table.currentIndex().row())
        self._push(jc.move_stage(self._session, self._journey_id, stage.id, new_column))
        self._select(row, new_column)

    def move_lane(self, row: int, new_row: int) -> None:
        """Moves the lane of ``row`` to ``new_row`` (undoable)."""
        lane = self.model.lane_at(row)
        if (
            self._session is None
            or self._journey_id is None
            or self.read_only
            or lane is None
            or not 0 <= new_row < self.model.rowCount()
            or new_row == row
        ):
            return
        column = max(0, self.table.currentIndex().column())
        self._push(jc.move_lane(self._session, self._journey_id, lane.id, new_row))
        self._select(new_row, column)

    @Slot(int, int)
    def _on_table_move_requested(self, column_step: int, row_step: int) -> None:
        current = self.table.currentIndex()
        if not current.isValid() or not self._editable():
            return
        if column_step:
            self.move_stage(current.column(), current.column() + column_step)
        else:
            self.move_lane(current.row(), current.row() + row_step)

    def _revert_move(self, header: QHeaderView, old_visual: int, new_visual: int) -> None:
        # The services own the order: undo the drag on screen and let the reload show it.
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)

    @Slot(int, int, int)
    def _on_horizontal_header_section_moved(
        self, logical: int, old_visual: int, new_visual: int
    ) -> None:
        self._revert_move(self.table.horizontalHeader(), old_visual, new_visual)
        self.move_stage(logical, new_visual)

    @Slot(int, int, int)
    def _on_vertical_header_section_moved(
        self, logical: int, old_visual: int, new_visual: int
    ) -> None:
        self._revert_move(self.table.verticalHeader(), old_visual, new_visual)
        self.move_lane(logical, new_visual)

    @Slot()
    def _on_delegate_editor_opened(self) -> None:
        self._group = next(self._groups)

    @Slot(object, object, str)
    def _on_model_cell_edit_requested(
        self, stage_id: uuid.UUID, lane_id: uuid.UUID, value: str
    ) -> None:
        if self._session is None or self._journey_id is None or self.model.detail is None:
            return
        from personabuilder.services.journey_edit import CellContent

        lane = next(ln for ln in self.model.detail.lanes if ln.id == lane_id)
        old = self.model.detail.cell(stage_id, lane_id)
        text, items = parse_edit_text(lane.kind, value)
        # Items that came from a workshop keep their mark through a text edit.
        origins = {
            str(i.get("text")): i["workshop"] for i in (old.items if old else ()) if "workshop" in i
        }
        items = [
            {**i, "workshop": origins[i["text"]]} if i["text"] in origins else i for i in items
        ]
        content = CellContent(text, tuple(items), None if old is None else old.evidence)
        # Based on what the cell showed when its editor opened: a colleague's change meanwhile
        # is merged or shown, never overwritten.
        base = self.delegate.opened_base(stage_id, lane_id) or self.model.detail.cell_base(
            stage_id, lane_id
        )
        self.delegate.editor_closed(stage_id, lane_id)
        self._push(
            jc.edit_cell(
                self._session,
                self._journey_id,
                stage_id,
                lane_id,
                content,
                group=self._group,
                base=base,
            )
        )

    @Slot(object, str, list)
    def _on_delegate_items_committed(
        self, index: QPersistentModelIndex, text: str, items: list[dict[str, Any]]
    ) -> None:
        stage, lane = self.model.stage_at(index.column()), self.model.lane_at(index.row())
        if self._session is None or self._journey_id is None or stage is None or lane is None:
            return
        from personabuilder.services.journey_edit import CellContent

        old = self.model.cell_at(index)
        content = CellContent(text, tuple(items), None if old is None else old.evidence)
        detail = self.model.detail
        base = self.delegate.opened_base(stage.id, lane.id) or (
            detail.cell_base(stage.id, lane.id) if detail is not None else None
        )
        self.delegate.editor_closed(stage.id, lane.id)
        self._push(
            jc.edit_cell(
                self._session,
                self._journey_id,
                stage.id,
                lane.id,
                content,
                group=self._group,
                base=base,
            )
        )

    @Slot()
    def _on_delegate_enter_committed(self) -> None:
        # Like a spreadsheet, Enter moves on to the cell below (the next lane).
        current = self.table.currentIndex()
        below = self.model.index(current.row() + 1, current.column())
        if below.isValid():
            self.table.setCurrentIndex(below)

    @Slot(str)
    def _on_table_typing_started(self, text: str) -> None:
        self.delegate.start_with(text)
        self.table.edit(self.table.currentIndex())
        if self.table.state() != QAbstractItemView.State.EditingState:
            self.delegate.start_with(None)

    @Slot()
    def _on_table_clear_requested(self) -> None:
        targets = self._selected_cells()
        if self._session is None or self._journey_id is None or not targets or self.read_only:
            return
        if len(targets) == 1:
            stage, lane, cell = targets[0]
            if cell is not None:
                self._push(jc.clear_cell(self._session, self._journey_id, stage.id, lane.id))
            return
        self._clear(targets, self.tr("Clear cells"))

    def _clear(self, targets: list[tuple[Any, Any, Any]], text: str) -> None:
        from personabuilder.services.journey_edit import CellContent

        if self._session is None or self._journey_id is None:
            return
        changes = [(st.id, ln.id, CellContent()) for st, ln, cell in targets if cell is not None]
        if changes:
            self._push_cells(changes, text)

    def _push_cells(self, changes: list[jc.CellTarget], text: str) -> None:
        """Pushes one step setting many cells, each based on the cell as shown."""
        if self._session is None or self._journey_id is None:
            return
        detail = self.model.detail
        bases = (
            {(st, ln): detail.cell_base(st, ln) for st, ln, _ in changes}
            if detail is not None
            else None
        )
        self._push(jc.edit_cells(self._session, self._journey_id, changes, text, bases=bases))

    # Selection and clipboard -------------------------------------------------------------

    def selected_block(self) -> QRect | None:
        """The smallest block of cells holding the selection (columns x rows), if any."""
        indexes = self.table.selectionModel().selectedIndexes()
        if not indexes:
            current = self.table.currentIndex()
            return QRect(current.column(), current.row(), 1, 1) if current.isValid() else None
        columns = [i.column() for i in indexes]
        rows = [i.row() for i in indexes]
        left, top = min(columns), min(rows)
        return QRect(left, top, max(columns) - left + 1, max(rows) - top + 1)

    def _selected_cells(self) -> list[tuple[Any, Any, Any]]:
        """Editable selected cells as (stage, lane, stored cell or None)."""
        indexes = self.table.selectionModel().selectedIndexes() or [self.table.currentIndex()]
        out = []
        for index in sorted(indexes, key=lambda i: (i.row(), i.column())):
            stage, lane = self.model.stage_at(index.column()), self.model.lane_at(index.row())
            if stage is None or lane is None or lane.kind is LaneKind.METRICS:
                continue
            out.append((stage, lane, self.model.cell_at(index)))
        return out

    def select_block(self, block: QRect) -> None:
        """Selects a block of cells (columns x rows), its top left cell current."""
        top_left = self.model.index(block.top(), block.left())
        bottom_right = self.model.index(block.bottom(), block.right())
        if not top_left.isValid() or not bottom_right.isValid():
            return
        selection = self.table.selectionModel()
        selection.setCurrentIndex(top_left, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.select(
            QItemSelection(top_left, bottom_right),
            QItemSelectionModel.SelectionFlag.ClearAndSelect,
        )

    @Slot()
    def copy(self) -> None:
        """Edit › Copy: the selected block as tab-separated text and as cells with items."""
        block = self.selected_block()
        if block is None or self.model.detail is None:
            return
        cells: list[list[ClipCell]] = []
        shown: list[list[str]] = []
        for row in range(block.top(), block.bottom() + 1):
            cells.append([])
            shown.append([])
            for column in range(block.left(), block.right() + 1):
                index = self.model.index(row, column)
                cell = self.model.cell_at(index)
                lane = self.model.lane_at(row)
                if lane is not None and lane.kind is LaneKind.METRICS:
                    shown[-1].append(str(index.data() or ""))
                else:
                    shown[-1].append(plain_text(cell.text, cell.items) if cell else "")
                cells[-1].append(
                    ClipCell(cell.text, cell.items, cell.evidence) if cell else ClipCell()
                )
        QGuiApplication.clipboard().setMimeData(to_mime(cells, shown))

    @Slot()
    def cut(self) -> None:
        """Edit › Cut: copies the selected cells, then empties them (one undo step)."""
        if not self._editable():
            return
        self.copy()
        self._clear(self._selected_cells(), self.tr("Cut cells"))

    @Slot()
    def paste(self) -> None:
        """Edit › Paste: the clipboard's block from the current cell on (one undo step).

        One copied cell pasted on a selection fills every selected cell. Cells beyond the
        map's last stage or lane, and the metrics lane, are left out.
        """
        if not self._editable() or self.model.detail is None:
            return
        clip = from_mime(QGuiApplication.clipboard().mimeData())
        block = self.selected_block()
        if clip is None or block is None:
            return
        from personabuilder.services.journey_edit import CellContent

        height, width = len(clip), max(len(row) for row in clip)
        if height == width == 1:
            height, width = block.height(), block.width()
        changes = []
        for dy in range(height):
            for dx in range(width):
                row, column = block.top() + dy, block.left() + dx
                stage, lane = self.model.stage_at(column), self.model.lane_at(row)
                source_row = clip[dy % len(clip)]
                if stage is None or lane is None or lane.kind is LaneKind.METRICS:
                    continue
                if dx >= len(source_row) and len(clip) > 1:
                    continue
                source = source_row[dx % len(source_row)]
                old = self.model.cell_at(self.model.index(row, column))
                text, items = source.for_lane(lane.kind)
                evidence = source.evidence if source.exact else (old.evidence if old else None)
                new = CellContent(text, tuple(items), evidence)
                current = CellContent(old.text, old.items, old.evidence) if old else CellContent()
                if new != current:
                    changes.append((stage.id, lane.id, new))
        if changes:
            self._push_cells(changes, self.tr("Paste"))
        last_row = min(block.top() + height, self.model.rowCount()) - 1
        last_column = min(block.left() + width, self.model.columnCount()) - 1
        self.select_block(
            QRect(
                block.left(),
                block.top(),
                last_column - block.left() + 1,
                last_row - block.top() + 1,
            )
        )

    @Slot()
    def _update_edit_actions(self, *_args: object) -> None:
        # In the window's Edit menu they stay in place, greyed while the map is not shown.
        has_map = self._session is not None and self.model.detail is not None and self.isVisible()
        block = self.selected_block() if has_map else None
        writable = has_map and not self.read_only
        editable = writable and bool(self._selected_cells())
        mime = QGuiApplication.clipboard().mimeData()
        self.copy_action.setEnabled(block is not None)
        self.cut_action.setEnabled(editable)
        self.paste_action.setEnabled(
            writable and block is not None and mime is not None and mime.hasText()
        )

    # Channels ----------------------------------------------------------------------------

    @Slot()
    def _on_table_channels_requested(self) -> None:
        if self._editable():
            self.open_channel_picker(self.table.currentIndex())

    def open_channel_picker(self, index: QModelIndex) -> ChannelPicker | None:
        """Opens the channel picker under a touchpoints cell (None: not a touchpoints cell)."""
        stage, lane = self.model.stage_at(index.column()), self.model.lane_at(index.row())
        if (
            self._session is None
            or self._journey_id is None
            or stage is None
            or lane is None
            or lane.kind is not LaneKind.TOUCHPOINTS
        ):
            return None
        cell = self.model.cell_at(index)
        held = {str(i.get("text", "")) for i in (cell.items if cell else ())}
        names = jc.journey_edit(self._session).channels(self._journey_id)
        picker = ChannelPicker(names, held, self)
        picker.setFont(self.table.font())
        group = next(self._groups)
        stage_id, lane_id = stage.id, lane.id
        picker.toggled.connect(
            lambda name, on: self.toggle_channel(stage_id, lane_id, name, on, group=group)
        )

        def make(name: str) -> None:
            if self.new_channel(stage_id, lane_id, name):
                picker.add_channel(name)

        picker.new_requested.connect(make)
        rect = self.table.visualRect(index)
        self.table.scrollTo(index)
        picker.popup(self.table.viewport().mapToGlobal(rect.bottomLeft()))
        self._picker = picker
        picker.destroyed.connect(lambda: setattr(self, "_picker", None))
        return picker

    @Slot(bool)
    def _on_assumptions_action_toggled(self, checked: bool) -> None:
        self.model.evidence_filter = Evidence.ASSUMPTION if checked else None

    @Slot(object)
    def _on_session_journey_changed(self, journey_id: uuid.UUID) -> None:
        if journey_id == self._journey_id:
            self.reload()

    # Menus -------------------------------------------------------------------------------

    def stage_menu(self, column: int) -> QMenu:
        """The context menu of a stage header (``column`` may be -1: after the last)."""
        menu = QMenu(self)
        stage = self.model.stage_at(column)
        count = self.model.columnCount()
        if self.read_only:
            return menu  # every entry changes the map
        if stage is None:
            menu.addAction(self.tr("Add Stage")).triggered.connect(lambda: self.add_stage(count))
            return menu
        menu.addAction(self.tr("Add Stage Before")).triggered.connect(
            lambda: self.add_stage(column)
        )
        menu.addAction(self.tr("Add Stage After")).triggered.connect(
            lambda: self.add_stage(column + 1)
        )
        menu.addSeparator()
        menu.addAction(self.tr("Rename...")).triggered.connect(lambda: self.rename_stage(column))
        menu.addAction(self.tr("Colour...")).triggered.connect(lambda: self.recolour_stage(column))
        menu.addAction(self.tr("Remove Colour")).triggered.connect(
            lambda: self.recolour_stage(column, "")
        )
        loops = menu.addMenu(self.tr("Loop To"))
        none = loops.addAction(self.tr("None"))
        none.setCheckable(True)
        none.setChecked(stage.loop_to_id is None)
        none.triggered.connect(lambda: self.set_loop(column, None))
        assert self.model.detail is not None
        for other in self.model.detail.stages:
            if other.id != stage.id:
                action = loops.addAction(other.name)
                action.setCheckable(True)
                action.setChecked(stage.loop_to_id == other.id)
                action.triggered.connect(
                    lambda _=False, target=other.id: self.set_loop(column, target)
                )
        menu.addSeparator()
        menu.addAction(self.tr("Delete Stage")).triggered.connect(lambda: self.delete_stage(column))
        return menu

    def lane_menu(self, row: int) -> QMenu:
        """The context menu of a lane header (``row`` may be -1: after the last)."""
        menu = QMenu(self)
        if self.read_only:
            return menu  # every entry changes the map
        lane = self.model.lane_at(row)
        where = (
            [(self.tr("Add Lane"), self.model.rowCount())]
            if lane is None
            else [
                (self.tr("Add Lane Above"), row),
                (self.tr("Add Lane Below"), row + 1),
            ]
        )
        for title, index in where:
            sub = menu.addMenu(title)
            for kind in LaneKind:
                sub.addAction(lane_kind_label(kind).replace("&", "&&")).triggered.connect(
                    lambda _=False, k=kind, i=index: self.add_lane(i, k)
                )
        if lane is None:
            return menu
        menu.addSeparator()
        menu.addAction(self.tr("Rename...")).triggered.connect(lambda: self.rename_lane(row))
        menu.addAction(self.tr("Colour...")).triggered.connect(lambda: self.recolour_lane(row))
        menu.addAction(self.tr("Remove Colour")).triggered.connect(
            lambda: self.recolour_lane(row, "")
        )
        menu.addSeparator()
        menu.addAction(self.tr("Delete Lane")).triggered.connect(lambda: self.delete_lane(row))
        return menu

    def cell_menu(self, index: QModelIndex) -> QMenu:
        """The context menu of a cell: its evidence mark, clearing it."""
        menu = QMenu(self)
        if self.read_only:
            menu.addAction(self.copy_action)
            return menu
        evidence_menu = menu.addMenu(self.tr("Evidence"))
        current = index.data(EVIDENCE_ROLE)
        for evidence in (None, *Evidence):
            action = evidence_menu.addAction(evidence_label(evidence))
            action.setCheckable(True)
            action.setChecked(current == evidence)
            action.triggered.connect(
                lambda _=False, e=evidence: self.set_evidence(index.row(), index.column(), e)
            )
        lane = self.model.lane_at(index.row())
        stage = self.model.stage_at(index.column())
        if lane is not None and stage is not None and lane.kind is LaneKind.TOUCHPOINTS:
            channels = menu.addAction(self.tr("Channels…"))
            channels.setShortcut(QKeySequence("Alt+Down"))
            channels.triggered.connect(lambda: self.open_channel_picker(index))
        menu.addSeparator()
        for action in (self.cut_action, self.copy_action, self.paste_action):
            menu.addAction(action)
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Cell"))
        clear.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        clear.triggered.connect(self._on_table_clear_requested)
        return menu

    def toggle_channel(
        self,
        stage_id: uuid.UUID,
        lane_id: uuid.UUID,
        name: str,
        present: bool,
        *,
        group: int | None = None,
    ) -> None:
        """Adds a channel chip to a touchpoints cell, or takes it away."""
        if self.read_only or self._session is None or self._journey_id is None:
            return
        if self.model.detail is None:
            return
        from personabuilder.services.journey_edit import CellContent

        cell = self.model.detail.cell(stage_id, lane_id)
        items = [dict(i) for i in (cell.items if cell else ())]
        kept = [i for i in items if str(i.get("text", "")).casefold() != name.casefold()]
        if present and len(kept) == len(items):
            kept.append({"text": name})
        elif not present and len(kept) == len(items):
            return
        content = CellContent(
            cell.text if cell else "", tuple(kept), cell.evidence if cell else None
        )
        base = self.model.detail.cell_base(stage_id, lane_id)
        self._push(
            jc.edit_cell(
                self._session, self._journey_id, stage_id, lane_id, content, group=group, base=base
            )
        )

    def new_channel(self, stage_id: uuid.UUID, lane_id: uuid.UUID, name: str | None = None) -> bool:
        """Adds a channel to the catalogue and to the cell, as one undo step (asks its name)."""
        if self.read_only or self._session is None or self._journey_id is None:
            return False
        if name is None:
            name = ask_text(self, self.tr("New Channel"), self.tr("Channel name:"), "")
        if name is None or not name.strip():
            return False
        stack = self._session.undo_stack
        stack.beginMacro(self.tr("Add channel %1").replace("%1", name.strip()))
        try:
            self._push(jc.add_channel(self._session, self._journey_id, name.strip()))
            self.toggle_channel(stage_id, lane_id, name.strip(), True)
        finally:
            stack.endMacro()
        return True

    @Slot(QPoint)
    def _on_horizontal_header_context_menu(self, pos: QPoint) -> None:
        column = self.table.horizontalHeader().logicalIndexAt(pos)
        if not self.read_only:
            self.stage_menu(column).exec(self.table.horizontalHeader().mapToGlobal(pos))

    @Slot(QPoint)
    def _on_vertical_header_context_menu(self, pos: QPoint) -> None:
        row = self.table.verticalHeader().logicalIndexAt(pos)
        if not self.read_only:
            self.lane_menu(row).exec(self.table.verticalHeader().mapToGlobal(pos))

    @Slot(QPoint)
    def _on_table_context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.cell_menu(index).exec(self.table.viewport().mapToGlobal(pos))
        elif not self.read_only:
            self.stage_menu(-1).exec(self.table.viewport().mapToGlobal(pos))

    # Verbs behind the menus --------------------------------------------------------------

    def add_stage(self, index: int) -> None:
        """Asks for a name and inserts a stage at ``index``."""
        if self.read_only or self._session is None or self._journey_id is None:
            return
        name = ask_text(self, self.tr("Add Stage"), self.tr("Stage name:"), self.tr("New stage"))
        if name and name.strip():
            self._push(jc.add_stage(self._session, self._journey_id, index, name))

    def rename_stage(self, column: int) -> None:
        """Asks for a stage's new name."""
        stage = self.model.stage_at(column)
        if self.read_only or self._session is None or self._journey_id is None or stage is None:
            return
        name = ask_text(self, self.tr("Rename Stage"), self.tr("Stage name:"), stage.name)
        if name and name.strip() and name.strip() != stage.name:
            self._push(
                jc.rename_stage(self._session, self._journey_id, stage.id, name, base=stage.base)
            )

    def recolour_stage(self, column: int, colour: str | None = None) -> None:
        """Sets a stage's colour (asks for one when ``colour`` is None)."""
        stage = self.model.stage_at(column)
        if self.read_only or self._session is None or self._journey_id is None or stage is None:
            return
        if colour is None:
            colour = ask_colour(self, stage.colour)
        if colour is not None and colour != stage.colour:
            self._push(
                jc.recolour_stage(
                    self._session, self._journey_id, stage.id, colour, base=stage.base
                )
            )

    def set_loop(self, column: int, target: uuid.UUID | None) -> None:
        """Makes the stage of ``column`` loop back to ``target`` (None: no loop)."""
        stage = self.model.stage_at(column)
        if self.read_only or self._session is None or self._journey_id is None or stage is None:
            return
        if stage.loop_to_id != target:
            self._push(jc.set_loop(self._session, self._journey_id, stage.id, target))

    def delete_stage(self, column: int) -> None:
        """Deletes a stage with its content (undoable)."""
        stage = self.model.stage_at(column)
        if (
            not self.read_only
            and self._session is not None
            and self._journey_id is not None
            and stage is not None
        ):
            self._push(jc.delete_stage(self._session, self._journey_id, stage.id))

    def add_lane(self, index: int, kind: LaneKind) -> None:
        """Asks for a name and inserts a lane of ``kind`` at ``index``."""
        if self.read_only or self._session is None or self._journey_id is None:
            return
        name = ask_text(self, self.tr("Add Lane"), self.tr("Lane name:"), lane_kind_label(kind))
        if name and name.strip():
            self._push(jc.add_lane(self._session, self._journey_id, index, kind, name))

    def rename_lane(self, row: int) -> None:
        """Asks for a lane's new name."""
        lane = self.model.lane_at(row)
        if self.read_only or self._session is None or self._journey_id is None or lane is None:
            return
        name = ask_text(self, self.tr("Rename Lane"), self.tr("Lane name:"), lane.name)
        if name and name.strip() and name.strip() != lane.name:
            self._push(
                jc.rename_lane(self._session, self._journey_id, lane.id, name, base=lane.base)
            )

    def recolour_lane(self, row: int, colour: str | None = None) -> None:
        """Sets a lane's colour (asks for one when ``colour`` is None)."""
        lane = self.model.lane_at(row)
        if self.read_only or self._session is None or self._journey_id is None or lane is None:
            return
        if colour is None:
            colour = ask_colour(self, lane.colour)
        if colour is not None and colour != lane.colour:
            self._push(
                jc.recolour_lane(self._session, self._journey_id, lane.id, colour, base=lane.base)
            )

    def delete_lane(self, row: int) -> None:
        """Deletes a lane with its cells (undoable)."""
        lane = self.model.lane_at(row)
        if (
            not self.read_only
            and self._session is not None
            and self._journey_id is not None
            and lane is not None
        ):
            self._push(jc.delete_lane(self._session, self._journey_id, lane.id))

    def set_evidence(self, row: int, column: int, evidence: Evidence | None) -> None:
        """Marks the cell at ``row``, ``column`` (undoable)."""
        stage, lane = self.model.stage_at(column), self.model.lane_at(row)
        if (
            self.read_only
            or self._session is None
            or self._journey_id is None
            or stage is None
            or lane is None
        ):
            return
        current = self.model.data(self.model.index(row, column), EVIDENCE_ROLE)
        if current != evidence:
            detail = self.model.detail
            base = detail.cell_base(stage.id, lane.id) if detail is not None else None
            self._push(
                jc.set_evidence(
                    self._session, self._journey_id, stage.id, lane.id, evidence, base=base
                )
            )
