"""The sidebar's tree model: personas grouped by archetype, and journey maps, loaded lazily."""

import uuid
from dataclasses import dataclass, field
from enum import IntEnum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QFrame, QTreeView, QWidget

from personabuilder.model import Archetype
from personabuilder.services.readmodels import JourneySummary, PersonaSummary
from personabuilder.ui.common.avatar import ARCHETYPE_COLOURS
from personabuilder.ui.common.labels import archetype_label

if TYPE_CHECKING:
    from personabuilder.services import Services

BATCH = 200
ARCHETYPE_ORDER = tuple(Archetype)

AnyIndex = QModelIndex | QPersistentModelIndex


class NodeKind(IntEnum):
    """What a row of the sidebar stands for."""

    PERSONAS = 1
    ARCHETYPE = 2
    PERSONA = 3
    JOURNEYS = 4
    JOURNEY = 5


KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass
class _Node:
    key: int
    kind: NodeKind
    parent: int  # key of the parent node, 0 for top level
    row: int
    total: int = 0  # children that exist in the workspace
    children: list[int] = field(default_factory=list)
    archetype: Archetype | None = None
    item: PersonaSummary | JourneySummary | None = None


class SidebarModel(QAbstractItemModel):
    """Two top-level groups, persona sub-groups per archetype, rows fetched in batches."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services: Services | None = None
        self._nodes: dict[int, _Node] = {}
        self._top: list[int] = []
        self._by_id: dict[uuid.UUID, int] = {}
        self._next_key = 1

    # -- loading -------------------------------------------------------------------------

    def set_services(self, services: "Services | None") -> None:
        """Shows the workspace behind ``services`` (None: nothing)."""
        self.beginResetModel()
        self._services = services
        self._build()
        self.endResetModel()

    def reload(self) -> None:
        """Re-reads the counts and drops loaded rows (after large changes)."""
        self.set_services(self._services)

    def _new(self, kind: NodeKind, parent: int, row: int, **extra: Any) -> _Node:
        node = _Node(self._next_key, kind, parent, row, **extra)
        self._nodes[node.key] = node
        self._next_key += 1
        return node

    def _build(self) -> None:
        self._nodes.clear()
        self._top.clear()
        self._by_id.clear()
        if self._services is None:
            return
        counts = self._services.listing.persona_counts()
        personas = self._new(NodeKind.PERSONAS, 0, 0, total=sum(counts.values()))
        for archetype in ARCHETYPE_ORDER:
            if counts.get(archetype):
                group = self._new(
                    NodeKind.ARCHETYPE,
                    personas.key,
                    len(personas.children),
                    total=counts[archetype],
                    archetype=archetype,
                )
                personas.children.append(group.key)
        journeys = self._new(NodeKind.JOURNEYS, 0, 1, total=self._services.listing.journey_count())
        self._top = [personas.key, journeys.key]

    def _fetch(self, node: _Node) -> list[PersonaSummary | JourneySummary]:
        assert self._services is not None
        offset = len(node.children)
        if node.kind is NodeKind.ARCHETYPE:
            return list(
                self._services.listing.personas(
                    archetype=node.archetype, offset=offset, limit=BATCH
                )
            )
        return list(self._services.listing.journeys(offset=offset, limit=BATCH))

    # -- updates -------------------------------------------------------------------------

    def update_item(self, item: PersonaSummary | JourneySummary) -> None:
        """Shows the new state of a loaded persona or journey (after a rename)."""
        key = self._by_id.get(item.id)
        if key is None:
            return
        node = self._nodes[key]
        node.item = item
        index = self.createIndex(node.row, 0, key)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole])

    def index_of(self, item_id: uuid.UUID) -> QModelIndex:
        """The index of a loaded persona or journey, invalid if not loaded."""
        key = self._by_id.get(item_id)
        if key is None:
            return QModelIndex()
        return self.createIndex(self._nodes[key].row, 0, key)

    # -- Qt model interface --------------------------------------------------------------

    def _node(self, index: AnyIndex) -> _Node | None:
        if not index.isValid():
            return None
        return self._nodes.get(int(index.internalId()))

    def _child_keys(self, parent: AnyIndex) -> list[int]:
        node = self._node(parent)
        return self._top if node is None else node.children

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Qt override: the index of a child row."""
        children = self._child_keys(parent)
        if column != 0 or not 0 <= row < len(children):
            return QModelIndex()
        return self.createIndex(row, 0, children[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """Qt override: the parent of an index."""
        node = self._node(index)
        if node is None or node.parent == 0:
            return QModelIndex()
        parent = self._nodes[node.parent]
        return self.createIndex(parent.row, 0, parent.key)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override: rows loaded under ``parent``."""
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._child_keys(parent))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override: one column."""
        return 1

    def hasChildren(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """Qt override: groups have children even before they are fetched."""
        node = self._node(parent)
        if node is None:
            return bool(self._top) and not parent.isValid()
        if node.kind is NodeKind.PERSONAS:
            return bool(node.children)
        return node.kind in (NodeKind.ARCHETYPE, NodeKind.JOURNEYS) and node.total > 0

    def canFetchMore(self, parent: AnyIndex) -> bool:
        """Qt override: a group has more rows in the workspace than loaded."""
        node = self._node(parent)
        return (
            node is not None
            and node.kind in (NodeKind.ARCHETYPE, NodeKind.JOURNEYS)
            and len(node.children) < node.total
        )

    def fetchMore(self, parent: AnyIndex) -> None:
        """Qt override: loads the next batch of a group."""
        node = self._node(parent)
        if node is None or not self.canFetchMore(parent):
            return
        items = self._fetch(node)
        if not items:
            node.total = len(node.children)
            return
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(items) - 1)
        kind = NodeKind.PERSONA if node.kind is NodeKind.ARCHETYPE else NodeKind.JOURNEY
        for offset, item in enumerate(items):
            child = self._new(kind, node.key, first + offset, item=item)
            node.children.append(child.key)
            self._by_id[item.id] = child.key
        self.endInsertRows()

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        """Qt override: every row is selectable."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Qt override: text, colour, kind and id of a row."""
        node = self._node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node)
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(node.item, PersonaSummary):
            parts = [node.item.job_title, node.item.company]
            return " · ".join(p for p in parts if p) or None
        if role == Qt.ItemDataRole.DecorationRole and node.kind is NodeKind.ARCHETYPE:
            return QColor(ARCHETYPE_COLOURS[cast(Archetype, node.archetype)])
        if role == KIND_ROLE:
            return int(node.kind)
        if role == ID_ROLE and node.item is not None:
            return str(node.item.id)
        return None

    def _text(self, node: _Node) -> str:
        if node.kind is NodeKind.PERSONAS:
            return self.tr("Personas (%n)", "", node.total)
        if node.kind is NodeKind.JOURNEYS:
            return self.tr("Journey maps (%n)", "", node.total)
        if node.kind is NodeKind.ARCHETYPE:
            label = archetype_label(cast(Archetype, node.archetype))
            return f"{label} ({node.total})"
        if isinstance(node.item, PersonaSummary):
            return node.item.name
        if isinstance(node.item, JourneySummary):
            return node.item.title
        return ""


class SidebarView(QTreeView):
    """The tree of the sidebar: long names elide at the right, never a horizontal scrollbar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setIndentation(16)
        self.setMinimumWidth(160)
        self.header().setStretchLastSection(True)
        # Rows a little taller than the text: easier to hit, and the groups read as a list.
        self.setStyleSheet("QTreeView#sidebar::item { padding: 3px 2px; }")

    def sizeHint(self) -> QSize:
        """Qt override: the width the window starts the sidebar at (about 240 px)."""
        return QSize(240, super().sizeHint().height())
