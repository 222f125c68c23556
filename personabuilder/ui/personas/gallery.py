"""The persona gallery: every persona as cards or a table, searched, filtered and sorted."""

import uuid
from collections import OrderedDict
from enum import IntEnum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from personabuilder.model import Archetype
from personabuilder.services.readmodels import PersonaSummary
from personabuilder.ui.common.avatar import ARCHETYPE_COLOURS, avatar_pixmap
from personabuilder.ui.common.labels import archetype_label

if TYPE_CHECKING:
    from personabuilder.services import Services
    from personabuilder.services.listing import PersonaSort

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHETYPE_ROLE = Qt.ItemDataRole.UserRole + 2
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 3  # bytes of the photo, or None

SEARCH_DELAY_MS = 120
CARD_SIZE = QSize(220, 96)  # the narrowest a card gets; cards widen to fill each row
CARD_MAX_WIDTH = 300
CARD_SPACING = 4
CARD_AVATAR = 56
LIST_AVATAR = 24
VIEW_MODES = ("cards", "list")
SORTS: tuple["PersonaSort", ...] = ("name", "archetype", "updated", "position")

# Photos are fetched for the rows being painted, this many ids per query at most.
_PHOTO_BATCH = 100
# Photo bytes kept in memory; rows scrolled past long ago fetch theirs again.
_PHOTO_CACHE = 400
# Beyond this many removed rows, a refresh resets the model rather than removing each.
_MAX_REMOVALS = 50
# A full first page leaves the count of matches to a second scan of the table, run this
# long after the query so that the cards of the result are painted first.
_COUNT_DELAY_MS = 30


class Column(IntEnum):
    """Columns of the gallery model."""

    NAME = 0
    ARCHETYPE = 1
    JOB_TITLE = 2
    COMPANY = 3
    UPDATED = 4


# The table header's columns that map to a sort order, and its direction there.
_SORT_OF_COLUMN: dict[int, "PersonaSort"] = {
    Column.NAME: "name",
    Column.ARCHETYPE: "archetype",
    Column.UPDATED: "updated",
}


def _short_date(item: PersonaSummary) -> str:
    local = item.updated_at.astimezone()
    return QLocale().toString(
        QDate(local.year, local.month, local.day), QLocale.FormatType.ShortFormat
    )


class GalleryModel(QAbstractTableModel):
    """Personas matching a search, an archetype and a tag, sorted; loaded a page at a time."""

    total_changed = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._search = ""
        self._archetype: Archetype | None = None
        self._tag: str | None = None
        self._sort: PersonaSort = "name"
        self._rows: list[PersonaSummary] = []
        self._row_of: dict[uuid.UUID, int] = {}
        self._total: int | None = 0  # None: more than a page matched, not counted yet
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(_COUNT_DELAY_MS)
        self._count_timer.timeout.connect(self._on_count_timer_timeout)
        # Photos known for ids: bytes kept in a bounded LRU, "no photo" in a plain set.
        self._photos: OrderedDict[uuid.UUID, bytes] = OrderedDict()
        self._no_photo: set[uuid.UUID] = set()
        self._wanted: dict[uuid.UUID, None] = {}  # an ordered set
        self._photo_timer = QTimer(self)
        self._photo_timer.setSingleShot(True)
        self._photo_timer.setInterval(0)
        self._photo_timer.timeout.connect(self._on_photo_timer_timeout)
        self.decoration_size = LIST_AVATAR

    # -- querying ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many personas match the current query (loaded or not); counts if not yet."""
        if self._total is None:
            self._count_now()
        assert self._total is not None
        return self._total

    @property
    def known_total(self) -> int | None:
        """The number of matches if already counted (``total_changed`` tells when it is)."""
        return self._total

    @property
    def is_filtered(self) -> bool:
        """Whether a search, archetype or tag narrows the list."""
        return bool(self._search.strip()) or self._archetype is not None or self._tag is not None

    def set_services(self, services: "Services | None") -> None:
        """Shows the personas of another workspace (None: nothing), with the same query."""
        self._services = services
        self._reload()

    def set_query(
        self, search: str, archetype: Archetype | None, tag: str | None, sort: "PersonaSort"
    ) -> None:
        """Runs a new query and shows its first page."""
        self._search, self._archetype, self._tag, self._sort = search, archetype, tag, sort
        self._reload()

    def _page(self, offset: int, limit: int) -> list[PersonaSummary]:
        assert self._services is not None
        return self._services.listing.personas(
            archetype=self._archetype,
            offset=offset,
            limit=limit,
            search=self._search,
            tag=self._tag,
            sort=self._sort,
        )

    def _count(self, first_rows: int, limit: int) -> int:
        # A short first page already says how many there are: no second scan of the table.
        if first_rows < limit:
            return first_rows
        assert self._services is not None
        return self._services.listing.persona_count(
            archetype=self._archetype, search=self._search, tag=self._tag
        )

    def _count_now(self) -> None:
        self._count_timer.stop()
        self._total = self._count(PAGE, PAGE) if self._services is not None else 0
        self._total = max(self._total, len(self._rows))
        self.total_changed.emit(self._total)

    @Slot()
    def _on_count_timer_timeout(self) -> None:
        if self._total is None:
            self._count_now()

    def _set_rows(self, rows: list[PersonaSummary]) -> None:
        self._rows = rows
        self._row_of = {item.id: row for row, item in enumerate(rows)}

    def _reload(self, *, defer_count: bool = True) -> None:
        self._photo_timer.stop()
        self._count_timer.stop()
        self._wanted.clear()
        self.beginResetModel()
        if self._services is None:
            self._set_rows([])
            self._total = 0
        else:
            rows = self._page(0, PAGE)
            self._total = len(rows) if len(rows) < PAGE else None
            self._set_rows(rows)
        self.endResetModel()
        if self._total is None and defer_count:
            self._count_timer.start()
        elif self._total is None:
            self._count_now()
        else:
            self.total_changed.emit(self._total)

    def refresh(self) -> None:
        """Re-runs the query after edits, keeping rows (and so selections) that stay."""
        self._photos.clear()
        self._no_photo.clear()
        self._wanted.clear()
        self._count_timer.stop()
        if self._services is None or not self._rows:
            self._reload(defer_count=False)
            return
        wanted = max(len(self._rows), PAGE)
        new = self._page(0, wanted)
        total = self._count(len(new), wanted)
        new_ids = [item.id for item in new]
        still = set(new_ids)
        removed = [row for row, item in enumerate(self._rows) if item.id not in still]
        kept = [item.id for item in self._rows if item.id in still]
        if new_ids[: len(kept)] != kept or len(removed) > _MAX_REMOVALS:
            self.beginResetModel()
            self._set_rows(new)
            self._total = total
            self.endResetModel()
            self.total_changed.emit(total)
            return
        # Shown rows kept their order: remove the gone, update the rest in place, append.
        for row in reversed(removed):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
        self._set_rows(new[: len(kept)])
        if kept:
            self.dataChanged.emit(self.index(0, 0), self.index(len(kept) - 1, len(Column) - 1), [])
        extra = new[len(kept) :]
        if extra:
            self.beginInsertRows(QModelIndex(), len(kept), len(kept) + len(extra) - 1)
            self._set_rows(new)
            self.endInsertRows()
        self._total = total
        self.total_changed.emit(total)

    # -- rows ----------------------------------------------------------------------------

    def persona_id(self, row: int) -> uuid.UUID:
        """The id of the persona shown at ``row``."""
        return self._rows[row].id

    def row_of(self, persona_id: uuid.UUID) -> int | None:
        """The row of a loaded persona, None when not loaded or filtered out."""
        return self._row_of.get(persona_id)

    def summary(self, row: int) -> PersonaSummary:
        """What the list knows of the persona at ``row``."""
        return self._rows[row]

    def photo(self, row: int) -> bytes | None:
        """The photo of the persona at ``row`` if already fetched; asks for it otherwise."""
        return self._photo(self._rows[row].id)

    # -- photos --------------------------------------------------------------------------

    def _photo(self, persona_id: uuid.UUID) -> bytes | None:
        photo = self._photos.get(persona_id)
        if photo is not None:
            self._photos.move_to_end(persona_id)
            return photo
        if persona_id not in self._no_photo and self._services is not None:
            # Asked while painting: fetch with the other rows on screen, once painting is over.
            self._wanted[persona_id] = None
            if not self._photo_timer.isActive():
                self._photo_timer.start()
        return None

    @Slot()
    def _on_photo_timer_timeout(self) -> None:
        ids = list(self._wanted)[:_PHOTO_BATCH]
        for pid in ids:
            del self._wanted[pid]
        if self._services is None or not ids:
            return
        found = self._services.personas.photos(ids)
        rows = []
        for pid in ids:
            if pid in found:
                self._photos[pid] = found[pid][0]
                row = self._row_of.get(pid)
                if row is not None:
                    rows.append(row)
            else:
                self._no_photo.add(pid)
        while len(self._photos) > _PHOTO_CACHE:
            self._photos.popitem(last=False)
        if rows:
            roles = [Qt.ItemDataRole.DecorationRole, PHOTO_ROLE]
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0), roles)
        if self._wanted:
            self._photo_timer.start()

    # -- Qt model interface --------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override: the rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override: name, archetype, job title, company, last edited."""
        return 0 if parent.isValid() else len(Column)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Qt override: more personas match than are loaded."""
        if parent.isValid():
            return False
        # Not counted yet means a full page came back: there may be more.
        return self._total is None or len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex) -> None:
        """Qt override: loads the next page."""
        if not self.canFetchMore(parent):
            return
        items = self._page(len(self._rows), PAGE)
        first = len(self._rows)
        if items:
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)
            for offset, item in enumerate(items):
                self._rows.append(item)
                self._row_of[item.id] = first + offset
            self.endInsertRows()
        if len(items) < PAGE and len(self._rows) != self._total:
            # Every match is loaded (or some were deleted since the count): that is the total.
            self._count_timer.stop()
            self._total = len(self._rows)
            self.total_changed.emit(self._total)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Qt override: rows are selectable, not editable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Qt override: the column titles."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            titles = {
                Column.NAME: QCoreApplication.translate("Gallery", "Name"),
                Column.ARCHETYPE: QCoreApplication.translate("Gallery", "Archetype"),
                Column.JOB_TITLE: QCoreApplication.translate("Gallery", "Job title"),
                Column.COMPANY: QCoreApplication.translate("Gallery", "Company"),
                Column.UPDATED: QCoreApplication.translate("Gallery", "Last edited"),
            }
            return titles.get(Column(section)) if 0 <= section < len(Column) else None
        # Not the base class: PySide6 6.12 over-releases None for each empty QVariant it
        # hands back to Python, and views ask for many roles.
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: text per column, avatar, tooltip, id, archetype and photo."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME:
            screen = cast(QGuiApplication, QGuiApplication.instance())
            return avatar_pixmap(
                item.name,
                item.archetype,
                self._photo(item.id),
                self.decoration_size,
                screen.devicePixelRatio(),
            )
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            # Screen readers get on a card what a sighted user reads on it.
            return self._tooltip(item)
        if role == ID_ROLE:
            return str(item.id)
        if role == ARCHETYPE_ROLE:
            return item.archetype
        if role == PHOTO_ROLE:
            return self._photo(item.id)
        return None

    def _text(self, item: PersonaSummary, column: int) -> str:
        if column == Column.NAME:
            return item.name
        if column == Column.ARCHETYPE:
            return archetype_label(item.archetype, item.custom_archetype)
        if column == Column.JOB_TITLE:
            return item.job_title
        if column == Column.COMPANY:
            return item.company
        return _short_date(item)

    def _tooltip(self, item: PersonaSummary) -> str:
        work = " · ".join(part for part in (item.job_title, item.company) if part)
        edited = QCoreApplication.translate("Gallery", "Last edited %1").replace(
            "%1", _short_date(item)
        )
        lines = [item.name, archetype_label(item.archetype, item.custom_archetype), work, edited]
        return "\n".join(line for line in lines if line)


def _archetype_colour(archetype: Archetype, palette: QPalette) -> QColor:
    colour = QColor(ARCHETYPE_COLOURS[archetype])
    # The archetype colours are dark enough for light cards; lift them on dark themes.
    if palette.color(QPalette.ColorRole.Base).lightness() < 128:
        return colour.lighter(170)
    return colour


class CardDelegate(QStyledItemDelegate):
    """Paints a persona as a rounded card: avatar, name, archetype, job title, company."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.width = CARD_SIZE.width()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Qt override: every card has the same size."""
        return QSize(self.width, CARD_SIZE.height())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Qt override: draws one card."""
        # Read through the Python model: PySide6 6.12 over-releases None whenever an
        # empty QVariant is handed back to Python, as index.data() does for a missing photo.
        model = index.model()
        if not isinstance(model, GalleryModel) or not 0 <= index.row() < model.rowCount():
            return
        item = model.summary(index.row())
        name, archetype = item.name, item.archetype
        label = archetype_label(archetype, item.custom_archetype)
        photo = model.photo(index.row())

        state = option.state
        palette: QPalette = option.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        card = QRectF(option.rect).adjusted(3.5, 3.5, -3.5, -3.5)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(card, 8, 8)
        background = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        if selected:
            tint = QColor(highlight)
            tint.setAlpha(40)
            painter.fillPath(path, background)
            painter.fillPath(path, tint)
        else:
            painter.fillPath(path, background)
        if selected or focused:
            border = QColor(highlight)
        elif hovered:
            border = palette.color(QPalette.ColorRole.Dark)
        else:
            border = palette.color(QPalette.ColorRole.Mid)
        painter.setPen(QPen(border, 2 if selected or focused else 1))
        painter.drawPath(path)

        ratio = painter.device().devicePixelRatioF()
        avatar = avatar_pixmap(name, archetype, photo, CARD_AVATAR, ratio)
        left = int(card.left()) + 12
        painter.drawPixmap(left, int(card.center().y() - CARD_AVATAR / 2), avatar)

        text_left = left + CARD_AVATAR + 12
        width = int(card.right()) - 10 - text_left
        base_font = QFont(option.font)
        bold = QFont(base_font)
        bold.setBold(True)
        bold_metrics, metrics = QFontMetrics(bold), QFontMetrics(base_font)
        details = [
            (label, _archetype_colour(archetype, palette)),
            (item.job_title, palette.color(QPalette.ColorRole.Text)),
            (item.company, palette.color(QPalette.ColorRole.PlaceholderText)),
        ]
        details = [(text, colour) for text, colour in details if text]
        height = bold_metrics.height() + len(details) * metrics.height()
        top = int(card.center().y() - height / 2)

        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        elided = bold_metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
        painter.drawText(text_left, top + bold_metrics.ascent(), elided)
        top += bold_metrics.height()
        painter.setFont(base_font)
        for text, colour in details:
            painter.setPen(colour)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(text_left, top + metrics.ascent(), elided)
            top += metrics.height()
        painter.restore()


class CardView(QListView):
    """A wrapping list of cards that widen so that each row is filled edge to edge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_delegate = CardDelegate(self)
        self.setItemDelegate(self.card_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSpacing(CARD_SPACING)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: spreads the cards over the new width."""
        # Counted as if the scroll bar were shown, so that it appearing or going never
        # changes the number of columns (which could make it flicker in and out).
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        width = self.contentsRect().width() - scroll_bar - CARD_SPACING
        step = CARD_SIZE.width() + CARD_SPACING
        columns = max(1, width // step)
        card = min(CARD_MAX_WIDTH, max(CARD_SIZE.width(), width // columns - CARD_SPACING))
        if card != self.card_delegate.width:
            self.card_delegate.width = card
            self.card_delegate.sizeHintChanged.emit(QModelIndex())
        super().resizeEvent(event)


class PersonaGallery(QWidget):
    """Search box, filters and sort above the personas shown as cards or as a table."""

    persona_activated = Signal(object)  # uuid.UUID: double-clicked or Enter
    selection_changed = Signal(list)  # list[uuid.UUID], in list order

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._selected: list[uuid.UUID] = []
        self._mode = "cards"
        self.model = GalleryModel(self)

        self.search = QLineEdit()
        self.search.setObjectName("gallerySearch")
        self.search.setPlaceholderText(QCoreApplication.translate("Gallery", "Search personas"))
        self.search.setAccessibleName(QCoreApplication.translate("Gallery", "Search personas"))
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)

        self.archetype_box = QComboBox()
        self.archetype_box.setAccessibleName(
            QCoreApplication.translate("Gallery", "Filter by archetype")
        )
        self.archetype_box.addItem(QCoreApplication.translate("Gallery", "All archetypes"), "")
        for archetype in Archetype:
            self.archetype_box.addItem(archetype_label(archetype), archetype.value)
        self.tag_box = QComboBox()
        self.tag_box.setAccessibleName(QCoreApplication.translate("Gallery", "Filter by tag"))
        self.tag_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.tag_box.setMinimumContentsLength(18)
        self._fill_tags([])
        self.sort_box = QComboBox()
        self.sort_box.setAccessibleName(QCoreApplication.translate("Gallery", "Sort by"))
        sort_labels = {
            "name": QCoreApplication.translate("Gallery", "Name"),
            "archetype": QCoreApplication.translate("Gallery", "Archetype"),
            "updated": QCoreApplication.translate("Gallery", "Last edited"),
            "position": QCoreApplication.translate("Gallery", "Workspace order"),
        }
        for sort in SORTS:
            self.sort_box.addItem(sort_labels[sort], sort)
        sort_label = QLabel(QCoreApplication.translate("Gallery", "Sort:"))
        sort_label.setBuddy(self.sort_box)

        self.cards_button = self._mode_button(
            QCoreApplication.translate("Gallery", "Cards"),
            QCoreApplication.translate("Gallery", "Show as cards"),
        )
        self.list_button = self._mode_button(
            QCoreApplication.translate("Gallery", "List"),
            QCoreApplication.translate("Gallery", "Show as list"),
        )
        self.cards_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.cards_button)
        modes.addButton(self.list_button)

        self.cards = CardView()
        self.cards.setObjectName("galleryCards")
        self.cards.setAccessibleName(QCoreApplication.translate("Gallery", "Personas as cards"))

        self.table = QTableView()
        self.table.setObjectName("galleryTable")
        self.table.setAccessibleName(QCoreApplication.translate("Gallery", "Personas as a list"))
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.setIconSize(QSize(LIST_AVATAR, LIST_AVATAR))
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(LIST_AVATAR + 10)
        for view in (self.cards, self.table):
            view.setModel(self.model)
            view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.activated.connect(self._on_view_activated)
        # One selection (and current row) for both views, so switching keeps it.
        self.table.setSelectionModel(self.cards.selectionModel())
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(False)
        widths = {Column.NAME: 260, Column.ARCHETYPE: 200, Column.JOB_TITLE: 240}
        for column, width in widths.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(Column.COMPANY, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.UPDATED, 130)

        self.empty_label = QLabel()
        self.empty_label.setObjectName("galleryEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.stack = QStackedWidget()
        for page in (self.cards, self.table, self.empty_label):
            self.stack.addWidget(page)

        self.count_label = QLabel()
        self.count_label.setObjectName("galleryCount")

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.archetype_box)
        tools.addWidget(self.tag_box)
        tools.addSpacing(8)
        tools.addWidget(sort_label)
        tools.addWidget(self.sort_box)
        tools.addSpacing(8)
        tools.addWidget(self.cards_button)
        tools.addWidget(self.list_button)
        tools.setSpacing(6)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.count_label)

        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._on_find_activated)
        self.search.textChanged.connect(self._on_search_text_changed)
        self.search.returnPressed.connect(self._on_search_return_pressed)
        self.search_timer.timeout.connect(self.apply_search)
        self.archetype_box.currentIndexChanged.connect(self._on_filter_changed)
        self.tag_box.currentIndexChanged.connect(self._on_filter_changed)
        self.sort_box.currentIndexChanged.connect(self._on_filter_changed)
        self.cards_button.clicked.connect(self._on_cards_button_clicked)
        self.list_button.clicked.connect(self._on_list_button_clicked)
        header.sectionClicked.connect(self._on_header_section_clicked)
        self.cards.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.model.total_changed.connect(self._on_model_total_changed)
        self.model.modelReset.connect(self._on_model_reset)
        self.setFocusProxy(self.search)
        self._update_sort_indicator()
        self._update_state()

    def _mode_button(self, text: str, accessible: str) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(accessible)
        button.setAccessibleName(accessible)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return button

    # -- public interface ----------------------------------------------------------------

    def set_services(self, services: "Services | None") -> None:
        """Shows the personas of a workspace (None: nothing), with the filters cleared."""
        self._services = services
        self.search_timer.stop()
        for box in (self.archetype_box, self.tag_box):
            box.blockSignals(True)
        self.search.blockSignals(True)
        try:
            self.search.clear()
            self.archetype_box.setCurrentIndex(0)
            self._fill_tags(services.listing.tags() if services is not None else [])
        finally:
            self.search.blockSignals(False)
            for box in (self.archetype_box, self.tag_box):
                box.blockSignals(False)
        # Set the query on no workspace first, so the new one is queried only once.
        self.model.set_services(None)
        self.model.set_query(*self._query())
        self.model.set_services(services)
        self._sync_selection()

    def refresh(self) -> None:
        """Re-reads personas and tags after edits, keeping the selection where it can."""
        selected, current = self.selected_ids(), self._current_id()
        tag = self._current_tag()
        tags = self._services.listing.tags() if self._services is not None else []
        self.tag_box.blockSignals(True)
        try:
            self._fill_tags(tags)
            if tag is not None and tag in tags:
                self.tag_box.setCurrentIndex(self.tag_box.findData(tag))
        finally:
            self.tag_box.blockSignals(False)
        if tag is not None and tag not in tags:
            # The tag filtered on is gone: show every persona instead of none.
            self.model.set_query(*self._query())
        else:
            self.model.refresh()
        self._restore_selection(selected, current)

    def selected_ids(self) -> list[uuid.UUID]:
        """The selected personas, in list order."""
        rows = sorted({index.row() for index in self.cards.selectionModel().selectedIndexes()})
        return [self.model.persona_id(row) for row in rows if row < self.model.rowCount()]

    def select(self, persona_id: uuid.UUID) -> bool:
        """Selects one persona and scrolls to it; False when the filters hide it."""
        row = self.model.row_of(persona_id)
        root = QModelIndex()
        while row is None and self.model.canFetchMore(root):
            self.model.fetchMore(root)
            row = self.model.row_of(persona_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.cards.selectionModel().setCurrentIndex(index, flags)
        self._current_view().scrollTo(index)
        return True

    def set_view_mode(self, mode: str) -> None:
        """Shows the personas as "cards" or as a "list" (a table)."""
        if mode not in VIEW_MODES:
            raise ValueError(f"unknown view mode {mode!r}")
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self.stack.isAncestorOf(focus)
        self._mode = mode
        self.cards_button.setChecked(mode == "cards")
        self.list_button.setChecked(mode == "list")
        self._update_state()
        view = self._current_view()
        current = view.currentIndex()
        if current.isValid():
            view.scrollTo(current)
        if had_focus:
            view.setFocus(Qt.FocusReason.OtherFocusReason)

    def view_mode(self) -> str:
        """The view mode shown: "cards" or "list"."""
        return self._mode

    @Slot()
    def apply_search(self) -> None:
        """Runs the search typed so far now (the debounce timer calls this)."""
        self.search_timer.stop()
        selected, current = self.selected_ids(), self._current_id()
        self.model.set_query(*self._query())
        self._restore_selection(selected, current)

    # -- internals -----------------------------------------------------------------------

    def _query(self) -> tuple[str, Archetype | None, str | None, "PersonaSort"]:
        kind = self.archetype_box.currentData()
        sort = cast("PersonaSort", self.sort_box.currentData() or "name")
        return self.search.text(), Archetype(kind) if kind else None, self._current_tag(), sort

    def _current_tag(self) -> str | None:
        tag = self.tag_box.currentData()
        return tag if isinstance(tag, str) and tag else None

    def _fill_tags(self, tags: list[str]) -> None:
        self.tag_box.clear()
        self.tag_box.addItem(QCoreApplication.translate("Gallery", "All tags"), "")
        for tag in tags:
            self.tag_box.addItem(tag, tag)

    def _current_view(self) -> QAbstractItemView:
        return self.cards if self._mode == "cards" else self.table

    def _current_id(self) -> uuid.UUID | None:
        current = self.cards.selectionModel().currentIndex()
        if not current.isValid() or current.row() >= self.model.rowCount():
            return None
        return self.model.persona_id(current.row())

    def _restore_selection(self, selected: list[uuid.UUID], current: uuid.UUID | None) -> None:
        """Selects again those of ``selected`` still listed (a reset forgets selections)."""
        selection_model = self.cards.selectionModel()
        selection = QItemSelection()
        last = len(Column) - 1
        for pid in selected:
            row = self.model.row_of(pid)
            if row is not None:
                selection.select(self.model.index(row, 0), self.model.index(row, last))
        selection_model.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        row = self.model.row_of(current) if current is not None else None
        if row is not None:
            index = self.model.index(row, 0)
            selection_model.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
            self._current_view().scrollTo(index)
        self._sync_selection()

    def _sync_selection(self) -> None:
        selected = self.selected_ids()
        if selected != self._selected:
            self._selected = selected
            self.selection_changed.emit(selected)

    def _update_state(self) -> None:
        # An uncounted total (a full first page) is counted just after the cards are
        # painted; the label keeps its text until then.
        total = self.model.known_total
        if self._services is None:
            self.count_label.setText("")
        elif total is not None:
            self.count_label.setText(self.tr("%n persona(s)", "", total))
        if total is None or total:
            self.stack.setCurrentWidget(self._current_view())
            return
        if self._services is None:
            text = QCoreApplication.translate("Gallery", "No workspace is open.")
        elif self.model.is_filtered:
            text = QCoreApplication.translate(
                "Gallery", "No persona matches the search and filters."
            )
        else:
            text = QCoreApplication.translate("Gallery", "This workspace has no personas yet.")
        self.empty_label.setText(text)
        self.stack.setCurrentWidget(self.empty_label)

    def _update_sort_indicator(self) -> None:
        sort = self.sort_box.currentData()
        header = self.table.horizontalHeader()
        for column, column_sort in _SORT_OF_COLUMN.items():
            if column_sort == sort:
                order = (
                    Qt.SortOrder.DescendingOrder
                    if sort == "updated"
                    else Qt.SortOrder.AscendingOrder
                )
                header.setSortIndicator(column, order)
                return
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    # -- slots ---------------------------------------------------------------------------

    @Slot(str)
    def _on_search_text_changed(self, _text: str) -> None:
        # Each keystroke restarts the wait: the database is asked once typing pauses.
        self.search_timer.start()

    @Slot()
    def _on_search_return_pressed(self) -> None:
        self.apply_search()
        view = self._current_view()
        if self.model.rowCount() and not view.currentIndex().isValid():
            self.cards.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        if self.stack.currentWidget() is view:
            view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @Slot()
    def _on_find_activated(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot(int)
    def _on_filter_changed(self, _index: int) -> None:
        self._update_sort_indicator()
        self.apply_search()

    @Slot()
    def _on_cards_button_clicked(self) -> None:
        self.set_view_mode("cards")

    @Slot()
    def _on_list_button_clicked(self) -> None:
        self.set_view_mode("list")

    @Slot(int)
    def _on_header_section_clicked(self, column: int) -> None:
        sort = _SORT_OF_COLUMN.get(column)
        if sort is None:
            # This column has no sort order of its own: put back the indicator Qt moved.
            self._update_sort_indicator()
            return
        self.sort_box.setCurrentIndex(self.sort_box.findData(sort))
        self._update_sort_indicator()

    @Slot(QModelIndex)
    def _on_view_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.persona_activated.emit(self.model.persona_id(index.row()))

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._sync_selection()

    @Slot(int)
    def _on_model_total_changed(self, _total: int) -> None:
        self._update_state()

    @Slot()
    def _on_model_reset(self) -> None:
        self._update_state()
