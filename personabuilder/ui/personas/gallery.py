"""The persona gallery: every persona as cards or a table, searched, filtered and sorted."""

import uuid
from collections import OrderedDict
from enum import IntEnum
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
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
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
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
from personabuilder.ui.common.commands import read_only_hint
from personabuilder.ui.common.labels import archetype_label
from personabuilder.ui.common.read_only import ReadOnlyBanner
from personabuilder.ui.personas.card import quoted
from personabuilder.ui.personas.colours import band_colour, mix, readable

if TYPE_CHECKING:
    from personabuilder.services import Services
    from personabuilder.services.listing import PersonaSort

AnyIndex = QModelIndex | QPersistentModelIndex

PAGE = 200
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ARCHETYPE_ROLE = Qt.ItemDataRole.UserRole + 2
PHOTO_ROLE = Qt.ItemDataRole.UserRole + 3  # bytes of the photo, or None
BLURB_ROLE = Qt.ItemDataRole.UserRole + 4  # the quote and top goal, once read

SEARCH_DELAY_MS = 120
CARD_MIN_WIDTH = 260  # the narrowest a card gets; cards widen to fill each row
# Wide enough that a workspace's few personas fill a 1920 px row between them.
CARD_MAX_WIDTH = 560
CARD_SPACING = 6
CARD_AVATAR = 56
CARD_PADDING = 14
CARD_BAND = 5  # the archetype's colour along the top of a card
LIST_AVATAR = 24
VIEW_MODES = ("cards", "list")
SORTS: tuple["PersonaSort", ...] = ("name", "archetype", "updated", "position")

# Photos are fetched for the rows being painted, this many ids per query at most.
_PHOTO_BATCH = 100
# Quotes and goals are read a persona at a time (a few ms each): a few per turn of the
# event loop, so that typing and scrolling go on while the cards fill in.
_BLURB_BATCH = 6
_BLURB_WANTED = 64
_BLURB_DELAY_MS = 60
_BLURB_CACHE = 2000
# Photo bytes kept in memory; rows scrolled past long ago fetch theirs again.
_PHOTO_CACHE = 400
# Beyond this many removed rows, a refresh resets the model rather than removing each.
_MAX_REMOVALS = 50
# A full first page leaves the count of matches to a second scan of the table, run this
# long after the query so that the cards of the result are painted first.
_COUNT_DELAY_MS = 30


class Blurb(NamedTuple):
    """What a card shows of a persona beyond its summary."""

    quote: str
    goal: str


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
        # The quote and first goal of personas whose cards were painted.
        self._blurbs: OrderedDict[uuid.UUID, Blurb] = OrderedDict()
        self._wanted_blurbs: dict[uuid.UUID, None] = {}
        self._blurb_timer = QTimer(self)
        self._blurb_timer.setSingleShot(True)
        self._blurb_timer.setInterval(0)
        self._blurb_timer.timeout.connect(self._on_blurb_timer_timeout)
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
        self._forget_blurbs()
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

    def _forget_blurbs(self) -> None:
        self._blurb_timer.stop()
        self._wanted_blurbs.clear()
        self._blurbs.clear()

    def _reload(self, *, defer_count: bool = True) -> None:
        self._photo_timer.stop()
        self._count_timer.stop()
        self._wanted.clear()
        self._blurb_timer.stop()
        self._wanted_blurbs.clear()
        if self._services is None:
            self._blurbs.clear()
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
        self._forget_blurbs()
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

    def blurb(self, row: int) -> "Blurb | None":
        """The quote and top goal of the persona at ``row`` if read; asks for them otherwise."""
        persona_id = self._rows[row].id
        blurb = self._blurbs.get(persona_id)
        if blurb is not None:
            self._blurbs.move_to_end(persona_id)
            return blurb
        if self._services is not None and persona_id not in self._wanted_blurbs:
            self._wanted_blurbs[persona_id] = None
            # Cards scrolled past long ago are not worth reading any more.
            while len(self._wanted_blurbs) > _BLURB_WANTED:
                del self._wanted_blurbs[next(iter(self._wanted_blurbs))]
            # Read once new cards stop coming (typing, scrolling), not between keystrokes;
            # cards painted again while waiting do not push the reading back.
            self._blurb_timer.start(_BLURB_DELAY_MS)
        return None

    @Slot()
    def _on_blurb_timer_timeout(self) -> None:
        # Newest wishes first: the cards painted last are the ones on screen.
        ids = list(reversed(self._wanted_blurbs))[:_BLURB_BATCH]
        for pid in ids:
            del self._wanted_blurbs[pid]
        if self._services is None or not ids:
            return
        rows = []
        for pid in ids:
            try:
                data = self._services.personas.get(pid).data
            except LookupError:
                continue
            goal = next((g.strip() for g in data.goals if g.strip()), "")
            self._blurbs[pid] = Blurb(" ".join(data.quote.split()), " ".join(goal.split()))
            row = self._row_of.get(pid)
            if row is not None:
                rows.append(row)
        while len(self._blurbs) > _BLURB_CACHE:
            self._blurbs.popitem(last=False)
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), 0), [BLURB_ROLE])
        if self._wanted_blurbs:
            self._blurb_timer.start(0)

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
        lines = [item.name, archetype_label(item.archetype, item.custom_archetype), work]
        blurb = self._blurbs.get(item.id)
        if blurb is not None:
            if blurb.quote:
                lines.append(quoted(blurb.quote))
            if blurb.goal:
                lines.append(
                    QCoreApplication.translate("Gallery", "Top goal: %1").replace("%1", blurb.goal)
                )
        lines.append(edited)
        return "\n".join(line for line in lines if line)


def _archetype_colour(archetype: Archetype, palette: QPalette) -> QColor:
    """The archetype's colour, lifted or deepened until it reads on the card's ground."""
    return readable(QColor(ARCHETYPE_COLOURS[archetype]), palette.color(QPalette.ColorRole.Base))


# Wrapped lines per (text, font, width, lines): a card is painted again on every hover.
_wrap_cache: OrderedDict[tuple[str, str, int, int], tuple[str, ...]] = OrderedDict()
_WRAP_CACHE = 2000


def wrap_lines(text: str, font: QFont, width: int, max_lines: int) -> tuple[str, ...]:
    """``text`` broken into at most ``max_lines`` lines of ``width`` px; only the last elided."""
    key = (text, font.key(), width, max_lines)
    cached = _wrap_cache.get(key)
    if cached is not None:
        _wrap_cache.move_to_end(key)
        return cached
    if QFontMetrics(font).horizontalAdvance(text) <= width:
        # Most texts fit on one line: no layout needed.
        _wrap_cache[key] = (text,)
        return (text,)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    starts: list[int] = []
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        starts.append(line.textStart())
    layout.endLayout()
    lines = [
        text[start : starts[i + 1] if i + 1 < len(starts) else len(text)].strip()
        for i, start in enumerate(starts[:max_lines])
    ]
    if len(starts) > max_lines and lines:
        rest = text[starts[max_lines - 1] :].strip()
        lines[-1] = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
    result = tuple(line for line in lines if line)
    _wrap_cache[key] = result
    if len(_wrap_cache) > _WRAP_CACHE:
        _wrap_cache.popitem(last=False)
    return result


class CardText(NamedTuple):
    """One line of text drawn on a card."""

    part: str  # name, archetype, job_title, company, quote, goal_label, goal
    text: str
    x: int
    baseline: int
    font: QFont
    colour: QColor


class CardFonts:
    """The fonts of a card, derived from the view's font."""

    def __init__(self, base: QFont) -> None:
        self.body = QFont(base)
        self.name = QFont(base)
        self.name.setBold(True)
        self.name.setPointSizeF(base.pointSizeF() * 1.15)
        self.archetype = QFont(base)
        self.archetype.setBold(True)
        self.archetype.setPointSizeF(base.pointSizeF() * 0.9)
        self.quote = QFont(base)
        self.quote.setItalic(True)
        self.label = QFont(base)
        self.label.setBold(True)
        self.label.setPointSizeF(base.pointSizeF() * 0.8)

    def height(self) -> int:
        """A card's height: header beside the avatar, then two lines of quote and goal."""
        body = QFontMetrics(self.body).lineSpacing()
        header = max(
            CARD_AVATAR,
            QFontMetrics(self.name).lineSpacing()
            + QFontMetrics(self.archetype).lineSpacing()
            + 3 * body,
        )
        blurb = 4 * body + QFontMetrics(self.label).lineSpacing() + 10
        return CARD_BAND + 2 * CARD_PADDING + header + 13 + blurb


def card_texts(
    item: PersonaSummary,
    blurb: Blurb | None,
    rect: QRect,
    fonts: CardFonts,
    palette: QPalette,
) -> list[CardText]:
    """Where each line of a persona's card goes, in ``rect`` (the card's outline)."""
    base = palette.color(QPalette.ColorRole.Base)
    text_colour = palette.color(QPalette.ColorRole.Text)
    muted = readable(palette.color(QPalette.ColorRole.PlaceholderText), base)
    accent = _archetype_colour(item.archetype, palette)
    left = rect.left() + CARD_PADDING
    right = rect.right() - CARD_PADDING
    top = rect.top() + CARD_BAND + CARD_PADDING
    texts: list[CardText] = []

    def add(part: str, lines: tuple[str, ...], x: int, y: int, font: QFont, colour: QColor) -> int:
        metrics = QFontMetrics(font)
        for line in lines:
            texts.append(CardText(part, line, x, y + metrics.ascent(), font, colour))
            y += metrics.lineSpacing()
        return y

    x = left + CARD_AVATAR + 12
    width = max(20, right - x)
    y = top
    y = add("name", wrap_lines(item.name, fonts.name, width, 1), x, y, fonts.name, text_colour)
    label = archetype_label(item.archetype, item.custom_archetype)
    y = add(
        "archetype", wrap_lines(label, fonts.archetype, width, 1), x, y, fonts.archetype, accent
    )
    if item.job_title:
        lines = wrap_lines(item.job_title, fonts.body, width, 2)
        y = add("job_title", lines, x, y, fonts.body, text_colour)
    if item.company:
        y = add("company", wrap_lines(item.company, fonts.body, width, 1), x, y, fonts.body, muted)

    body = QFontMetrics(fonts.body).lineSpacing()
    header = max(
        CARD_AVATAR,
        QFontMetrics(fonts.name).lineSpacing()
        + QFontMetrics(fonts.archetype).lineSpacing()
        + 3 * body,
    )
    y = top + header + 13
    width = max(20, right - left)
    if blurb is None:
        return texts
    if blurb.quote:
        quote = quoted(blurb.quote)
        y = add(
            "quote", wrap_lines(quote, fonts.quote, width, 2), left, y, fonts.quote, text_colour
        )
        y += 6
    if blurb.goal:
        title = QCoreApplication.translate("Gallery", "Top goal").upper()
        y = add("goal_label", (title,), left, y, fonts.label, muted)
        add("goal", wrap_lines(blurb.goal, fonts.body, width, 2), left, y, fonts.body, text_colour)
    return texts


class CardDelegate(QStyledItemDelegate):
    """Paints a persona as a card: avatar, name, archetype, job, company, quote, top goal."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.width = CARD_MIN_WIDTH
        self.fonts = CardFonts(QApplication.font())
        self.height = self.fonts.height()

    def set_font(self, font: QFont) -> None:
        """Sizes the cards for the view's font."""
        self.fonts = CardFonts(font)
        self.height = self.fonts.height()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:
        """Qt override: every card has the same size."""
        return QSize(self.width, self.height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Qt override: draws one card."""
        # Read through the Python model: PySide6 6.12 over-releases None whenever an
        # empty QVariant is handed back to Python, as index.data() does for a missing photo.
        model = index.model()
        if not isinstance(model, GalleryModel) or not 0 <= index.row() < model.rowCount():
            return
        item = model.summary(index.row())
        photo = model.photo(index.row())
        blurb = model.blurb(index.row())

        state = option.state
        palette: QPalette = option.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        focused = bool(state & QStyle.StateFlag.State_HasFocus)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        outline = QRect(option.rect)
        card = QRectF(outline).adjusted(1.5, 1.5, -1.5, -1.5)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path = QPainterPath()
        path.addRoundedRect(card, 10, 10)
        background = palette.color(QPalette.ColorRole.Base)
        highlight = palette.color(QPalette.ColorRole.Highlight)
        painter.fillPath(path, background)
        tint = QColor(highlight)
        tint.setAlpha(28)
        if selected:
            painter.fillPath(path, tint)
        # The archetype's colour along the top, inside the rounded outline: a short rounded
        # rectangle whose lower corners are covered again (cheaper than clipping).
        band = QPainterPath()
        band.addRoundedRect(QRectF(card.left(), card.top(), card.width(), CARD_BAND + 20), 10, 10)
        painter.fillPath(band, QColor(ARCHETYPE_COLOURS[item.archetype]))
        cover = QRectF(card.left(), card.top() + CARD_BAND, card.width(), 22)
        painter.fillRect(cover, background)
        if selected:
            painter.fillRect(cover, tint)
        ink = palette.color(QPalette.ColorRole.Text)
        if selected or focused:
            border = QColor(highlight)
        else:
            border = mix(background, ink, 0.38 if hovered else 0.2)
        painter.setPen(QPen(border, 2 if selected or focused else 1))
        painter.drawPath(path)

        ratio = painter.device().devicePixelRatioF()
        avatar = avatar_pixmap(item.name, item.archetype, photo, CARD_AVATAR, ratio)
        top = outline.top() + CARD_BAND + CARD_PADDING
        painter.drawPixmap(outline.left() + CARD_PADDING, top, avatar)

        for text in card_texts(item, blurb, outline, self.fonts, palette):
            painter.setFont(text.font)
            painter.setPen(text.colour)
            painter.drawText(text.x, text.baseline, text.text)
        # A rule between who the persona is and what they say.
        rule_y = top + self._header_height() + 6
        painter.setPen(QPen(mix(background, ink, 0.14), 1))
        painter.drawLine(
            outline.left() + CARD_PADDING, rule_y, outline.right() - CARD_PADDING, rule_y
        )
        painter.restore()

    def _header_height(self) -> int:
        body = QFontMetrics(self.fonts.body).lineSpacing()
        return max(
            CARD_AVATAR,
            QFontMetrics(self.fonts.name).lineSpacing()
            + QFontMetrics(self.fonts.archetype).lineSpacing()
            + 3 * body,
        )


class CardView(QListView):
    """A wrapping grid of cards that widen (within limits) so that each row is filled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.card_delegate = CardDelegate(self)
        self.card_delegate.set_font(self.font())
        self.setItemDelegate(self.card_delegate)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setUniformItemSizes(True)
        self.setSpacing(CARD_SPACING)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalScrollBar().setSingleStep(24)
        self.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)
        # The cards lie on the window's colour, as paper on a desk.
        self.viewport().setBackgroundRole(QPalette.ColorRole.Window)

    def setModel(self, model: QAbstractItemModel | None) -> None:
        """Qt override: a change in the number of cards can change their width."""
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self._fit_cards)

    def card_width_for(self, width: int, count: int) -> int:
        """The width of each card when ``count`` cards share ``width`` pixels."""
        step = CARD_MIN_WIDTH + CARD_SPACING
        columns = max(1, min(max(1, count), (width - CARD_SPACING) // step))
        return min(
            CARD_MAX_WIDTH, max(CARD_MIN_WIDTH, (width - CARD_SPACING) // columns - CARD_SPACING)
        )

    @Slot()
    def _fit_cards(self) -> None:
        # Counted as if the scroll bar were shown, so that it appearing or going never
        # changes the number of columns (which could make it flicker in and out).
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # Two pixels to spare: the list wraps a row that would end on its very last pixel.
        width = self.contentsRect().width() - scroll_bar - 2
        model = self.model()
        count = model.rowCount() if model is not None else 0
        card = self.card_width_for(width, count)
        if card != self.card_delegate.width:
            self.card_delegate.width = card
            self.card_delegate.sizeHintChanged.emit(QModelIndex())

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: a new font makes cards taller or shorter."""
        if event.type() == QEvent.Type.FontChange:
            self.card_delegate.set_font(self.font())
            self.card_delegate.sizeHintChanged.emit(QModelIndex())
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Qt override: spreads the cards over the new width."""
        self._fit_cards()
        super().resizeEvent(event)


class PersonaGallery(QWidget):
    """Search box, filters and sort above the personas shown as cards or as a table."""

    persona_activated = Signal(object)  # uuid.UUID: double-clicked or Enter
    selection_changed = Signal(list)  # list[uuid.UUID], in list order
    new_persona_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._read_only = False
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

        self.empty_page = self._build_empty_page()
        self.stack = QStackedWidget()
        for page in (self.cards, self.table, self.empty_page):
            self.stack.addWidget(page)

        title = QLabel(QCoreApplication.translate("Gallery", "Personas"))
        title.setObjectName("galleryTitle")
        title_font = title.font()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        title.setFont(title_font)
        title.setAccessibleName(title.text())
        self.count_label = QLabel()
        self.count_label.setObjectName("galleryCount")
        self.new_button = self._new_persona_button("galleryNewPersona")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(10)
        heading.addWidget(self.count_label, 0, Qt.AlignmentFlag.AlignBaseline)
        heading.addStretch(1)
        heading.addWidget(self.new_button)

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
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        self.read_only_banner = ReadOnlyBanner(self)
        layout.addWidget(self.read_only_banner)
        layout.addLayout(heading)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)

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
        self._paint_new_buttons()
        self._update_sort_indicator()
        self._update_state()

    def _new_persona_button(self, name: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(name)
        button.setText(QCoreApplication.translate("Gallery", "New persona"))
        button.setToolTip(
            QCoreApplication.translate(
                "Gallery", "Add a blank persona; the arrow offers the archetype templates"
            )
        )
        button.setAccessibleName(button.text())
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        font = button.font()
        font.setBold(True)
        button.setFont(font)
        button.setMinimumHeight(30)
        button.clicked.connect(self.new_persona_requested)
        return button

    def _paint_new_buttons(self) -> None:
        # Filled with the highlight colour, deepened until its white text reads at 4.5:1:
        # the one call to action of the page. A style sheet, as Fusion lightens a button's
        # colour in a gradient.
        ink = QColor("#ffffff")
        fill = band_colour(self.palette().color(QPalette.ColorRole.Highlight), ink)
        hover = band_colour(mix(fill, QColor("#000000"), 0.12), ink)
        sheet = (
            f"QToolButton {{ background-color: {fill.name()}; color: {ink.name()}; "
            "border: none; border-radius: 4px; padding: 5px 12px; }"
            f"QToolButton:hover, QToolButton:pressed {{ background-color: {hover.name()}; }}"
            'QToolButton[popupMode="1"] { padding-right: 26px; }'
            "QToolButton::menu-button { border: none; border-left: 1px solid "
            f"{mix(fill, ink, 0.35).name()}; width: 22px; }}"
        )
        for button in (self.new_button, self.empty_new_button):
            button.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        """Qt override: the New persona buttons follow a change of theme."""
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "empty_new_button"):
            self._paint_new_buttons()
        super().changeEvent(event)

    def _build_empty_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("galleryEmptyPage")
        self.empty_label = QLabel()
        self.empty_label.setObjectName("galleryEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.empty_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.empty_label.setFont(font)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("galleryEmptyHint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.clear_button = QPushButton(QCoreApplication.translate("Gallery", "Clear search"))
        self.clear_button.setObjectName("galleryClearSearch")
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.empty_new_button = self._new_persona_button("galleryEmptyNewPersona")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.empty_new_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addStretch(2)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.empty_hint)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        return page

    def set_new_menu(self, menu: QMenu) -> None:
        """The menu behind the New persona buttons' arrows (templates, custom archetype)."""
        for button in (self.new_button, self.empty_new_button):
            button.setMenu(menu)

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

    def set_read_only(self, read_only: bool) -> None:
        """Shows the personas for viewing only: no New persona button, the banner says why."""
        self._read_only = read_only
        self.read_only_banner.set_read_only(read_only)
        self._update_state()

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
        self.new_button.setEnabled(self._services is not None)
        self.new_button.setVisible(not self._read_only)
        if total is None or total:
            self.stack.setCurrentWidget(self._current_view())
            return
        search = " ".join(self.search.text().split())
        clear: str | None = None
        if self._services is None:
            text = QCoreApplication.translate("Gallery", "No workspace is open.")
            hint = QCoreApplication.translate(
                "Gallery", "Open or create a workspace from the File menu."
            )
        elif search:
            text = QCoreApplication.translate("Gallery", "Nothing matches “%1”").replace(
                "%1", search
            )
            hint = QCoreApplication.translate(
                "Gallery", "Search looks in names, job titles, companies, quotes and lists."
            )
            clear = QCoreApplication.translate("Gallery", "Clear search")
        elif self._read_only and not self.model.is_filtered:
            text = QCoreApplication.translate("Gallery", "No personas yet")
            hint = read_only_hint()
        elif self.model.is_filtered:
            text = QCoreApplication.translate("Gallery", "No persona matches these filters")
            hint = QCoreApplication.translate(
                "Gallery", "Choose another archetype or tag, or show every persona."
            )
            clear = QCoreApplication.translate("Gallery", "Clear filters")
        else:
            text = QCoreApplication.translate("Gallery", "No personas yet")
            hint = QCoreApplication.translate(
                "Gallery",
                "A persona is one buyer or user you design for. Start from a blank page, "
                "or from an archetype template with the arrow.",
            )
        self.empty_label.setText(text)
        self.empty_hint.setText(hint)
        self.clear_button.setVisible(clear is not None)
        self.clear_button.setText(clear or "")
        self.empty_new_button.setVisible(
            self._services is not None and clear is None and not self._read_only
        )
        self.stack.setCurrentWidget(self.empty_page)

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
    def _on_clear_button_clicked(self) -> None:
        if self.search.text().strip():
            self.search.clear()
        else:
            for box in (self.archetype_box, self.tag_box):
                box.blockSignals(True)
                box.setCurrentIndex(0)
                box.blockSignals(False)
        self.apply_search()
        self.search.setFocus(Qt.FocusReason.OtherFocusReason)

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
