"""The journey map as a Qt table model, and a cell's text as the user edits it."""

import re
import uuid
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
)

from personabuilder.model import Evidence, LaneKind
from personabuilder.services.readmodels import CellView, JourneyDetail, LaneView, StageView
from personabuilder.ui.common.labels import lane_kind_label

EVIDENCE_ROLE = Qt.ItemDataRole.UserRole + 1
CELL_ROLE = Qt.ItemDataRole.UserRole + 2
CANVAS_ROLE = Qt.ItemDataRole.UserRole + 3  # a cell: CellCanvas; a header: StageHead / LaneHead
LANE_KIND_ROLE = Qt.ItemDataRole.UserRole + 4


@dataclass(frozen=True)
class CellCanvas:
    """What the canvas draws in a cell: its content by kind, ready to lay out."""

    kind: LaneKind
    text: str
    items: tuple[dict[str, Any], ...]
    metrics: tuple[tuple[str, str, str], ...]  # status key, name, value as written
    evidence: Evidence | None
    filtered: bool  # hidden by the evidence filter

    @cached_property
    def key(self) -> tuple[Any, ...]:
        """A hashable fingerprint of everything drawn (layouts are cached by it)."""
        items = tuple(tuple(sorted((k, str(v)) for k, v in i.items())) for i in self.items)
        return (self.kind, self.text, items, self.metrics, self.evidence, self.filtered)


@dataclass(frozen=True)
class StageHead:
    """A stage header: its number, name, colour and the number of the stage it loops to."""

    number: int
    name: str
    colour: str
    loop_to: int | None  # column of the loop's target


@dataclass(frozen=True)
class LaneHead:
    """A lane header: its kind, name and colour."""

    kind: LaneKind
    name: str
    colour: str


_ITEM_PREFIXES = ("- ", "• ")
_SUFFIX = re.compile(r"^(.*?)\s*\[([^\[\]]*)\]\s*$")
_SCORE = re.compile(r"([sie])\s*([1-5])", re.IGNORECASE)
_SCORE_KEYS = {"s": "severity", "i": "impact", "e": "effort"}


def evidence_label(evidence: Evidence | None) -> str:
    """The name of an evidence mark."""
    return {
        None: QCoreApplication.translate("JourneyGrid", "None"),
        Evidence.ASSUMPTION: QCoreApplication.translate("JourneyGrid", "Assumption"),
        Evidence.PARTLY_BACKED: QCoreApplication.translate("JourneyGrid", "Partly backed"),
        Evidence.RESEARCH_BACKED: QCoreApplication.translate("JourneyGrid", "Research-backed"),
    }[evidence]


def _suffix(kind: LaneKind, item: dict[str, Any]) -> str:
    """The compact attributes of an item: "[S4]", "[I4 E2]", "[owner: Ops; system: CRM]"."""
    if kind is LaneKind.PAIN_POINTS and "severity" in item:
        return f" [S{item['severity']}]"
    if kind is LaneKind.OPPORTUNITIES:
        parts = [f"{k[0].upper()}{item[k]}" for k in ("impact", "effort") if k in item]
        return f" [{' '.join(parts)}]" if parts else ""
    if kind is LaneKind.BACKSTAGE:
        parts = [f"{k}: {item[k]}" for k in ("owner", "system") if item.get(k)]
        return f" [{'; '.join(parts)}]" if parts else ""
    return ""


def _in_words(kind: LaneKind, item: dict[str, Any]) -> str:
    """An item's scores and labels as a reader says them (tooltips, screen readers)."""
    parts: list[str] = []
    for key, label in (
        ("severity", QCoreApplication.translate("JourneyGrid", "severity %1")),
        ("impact", QCoreApplication.translate("JourneyGrid", "impact %1")),
        ("effort", QCoreApplication.translate("JourneyGrid", "effort %1")),
        ("owner", QCoreApplication.translate("JourneyGrid", "owner: %1")),
        ("system", QCoreApplication.translate("JourneyGrid", "system: %1")),
    ):
        if key in item and key in _WORDED_KEYS.get(kind, ()):
            parts.append(label.replace("%1", str(item[key])))
    return f" ({', '.join(parts)})" if parts else ""


_WORDED_KEYS: dict[LaneKind, tuple[str, ...]] = {
    LaneKind.PAIN_POINTS: ("severity",),
    LaneKind.OPPORTUNITIES: ("impact", "effort"),
    LaneKind.BACKSTAGE: ("owner", "system"),
}


def _parse_item(kind: LaneKind, line: str) -> dict[str, Any]:
    """An item from a "- text [S4]" line; a suffix that does not fit the lane stays text."""
    match = _SUFFIX.match(line)
    if match is None or kind not in (
        LaneKind.PAIN_POINTS,
        LaneKind.OPPORTUNITIES,
        LaneKind.BACKSTAGE,
    ):
        return {"text": line}
    text, inner = match.group(1), match.group(2).strip()
    attrs: dict[str, Any] = {}
    if kind is LaneKind.BACKSTAGE:
        for part in inner.split(";"):
            key, sep, value = part.partition(":")
            key = key.strip().lower()
            if not sep or key not in ("owner", "system"):
                return {"text": line}
            if value.strip():
                attrs[key] = value.strip()
    else:
        allowed = {"s"} if kind is LaneKind.PAIN_POINTS else {"i", "e"}
        rest = _SCORE.sub("", inner).replace(",", "").strip()
        found = _SCORE.findall(inner)
        if rest or not found or any(k.lower() not in allowed for k, _ in found):
            return {"text": line}
        attrs = {_SCORE_KEYS[k.lower()]: int(n) for k, n in found}
    return {"text": text, **attrs}


def edit_text(kind: LaneKind, cell: CellView | None) -> str:
    """A cell as editable plain text: its text, then one "- item" line per item."""
    if cell is None:
        return ""
    lines = [cell.text] if cell.text else []
    lines += [f"- {item.get('text', '')}{_suffix(kind, item)}" for item in cell.items]
    return "\n".join(lines)


def parse_edit_text(kind: LaneKind, value: str) -> tuple[str, list[dict[str, Any]]]:
    """The text and items of an edited cell ("- " or "• " lines are items)."""
    text_lines: list[str] = []
    items: list[dict[str, Any]] = []
    for line in value.split("\n"):
        if line.startswith(_ITEM_PREFIXES):
            body = line[2:].strip()
            if body:
                items.append(_parse_item(kind, body))
        else:
            text_lines.append(line)
    return "\n".join(text_lines).strip("\n"), items


class JourneyGridModel(QAbstractTableModel):
    """Adapts a JourneyDetail to a table: stages are columns, lanes are rows."""

    cell_edit_requested = Signal(object, object, str)  # stage id, lane id, edited text

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._detail: JourneyDetail | None = None
        self._cells: dict[tuple[uuid.UUID, uuid.UUID], CellView] = {}
        self._evidence_filter: Evidence | None = None
        self._canvas: dict[tuple[int, int], tuple[Any, CellCanvas]] = {}
        self._heads: tuple[StageHead, ...] | None = None
        # A read-only workspace: cells are shown and selected, never edited in place.
        self.read_only = False

    @property
    def detail(self) -> JourneyDetail | None:
        """The map shown, if any."""
        return self._detail

    def set_detail(self, detail: JourneyDetail | None) -> set[int] | None:
        """Shows a map; same stages and lanes refresh in place, others reset the model.

        Returns the rows whose cells changed in place, or None when the model was reset.
        """
        old = self._detail
        same_shape = (
            old is not None
            and detail is not None
            and [s.id for s in old.stages] == [s.id for s in detail.stages]
            and [ln.id for ln in old.lanes] == [ln.id for ln in detail.lanes]
        )
        if not same_shape or old is None or detail is None:
            self.beginResetModel()
            self._canvas.clear()
            self._heads = None
            self._detail = detail
            self._cells = {(c.stage_id, c.lane_id): c for c in detail.cells} if detail else {}
            self.endResetModel()
            return None
        old_cells = self._cells
        # Same stages and lanes: a cell's drawing is kept while its content is equal.
        self._heads = None
        self._detail = detail
        self._cells = {(c.stage_id, c.lane_id): c for c in detail.cells}
        if old.stages != detail.stages:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(detail.stages) - 1)
        if old.lanes != detail.lanes:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(detail.lanes) - 1)
        rows: set[int] = set()
        # Only the cells that differ repaint and re-measure: an edit stays cheap on big maps.
        for key in old_cells.keys() | self._cells.keys():
            if old_cells.get(key) != self._cells.get(key):
                column = next(i for i, st in enumerate(detail.stages) if st.id == key[0])
                row = next(i for i, ln in enumerate(detail.lanes) if ln.id == key[1])
                index = self.index(row, column)
                self.dataChanged.emit(index, index)
                rows.add(row)
        return rows

    @property
    def evidence_filter(self) -> Evidence | None:
        """The only mark shown at full strength (None: every cell)."""
        return self._evidence_filter

    @evidence_filter.setter
    def evidence_filter(self, value: Evidence | None) -> None:
        self._evidence_filter = value
        self._canvas.clear()
        if self.rowCount() and self.columnCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def stage_at(self, column: int) -> StageView | None:
        """The stage of a column."""
        if self._detail is None or not 0 <= column < len(self._detail.stages):
            return None
        return self._detail.stages[column]

    def lane_at(self, row: int) -> LaneView | None:
        """The lane of a row."""
        if self._detail is None or not 0 <= row < len(self._detail.lanes):
            return None
        return self._detail.lanes[row]

    def cell_at(self, index: QModelIndex | QPersistentModelIndex) -> CellView | None:
        """The stored cell at an index, if it has content."""
        stage, lane = self.stage_at(index.column()), self.lane_at(index.row())
        if stage is None or lane is None:
            return None
        return self._cells.get((stage.id, lane.id))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override: one row per lane."""
        return 0 if parent.isValid() or self._detail is None else len(self._detail.lanes)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Qt override: one column per stage."""
        return 0 if parent.isValid() or self._detail is None else len(self._detail.stages)

    def _display(self, stage: StageView, lane: LaneView, cell: CellView | None) -> str:
        if lane.kind is LaneKind.METRICS and self._detail is not None:
            from personabuilder.charts.numbers import format_number
            from personabuilder.services.chart_data import metric_status
            from personabuilder.ui.common.labels import STATUS_MARKS, ui_language

            lang = ui_language()
            lines = []
            for m in self._detail.metrics:
                if m.stage_id == stage.id:
                    mark = STATUS_MARKS[metric_status(m).value]
                    lines.append(f"{mark} {m.name}: {format_number(m.latest, m.unit, lang)}")
            if cell is not None and cell.text:
                lines.insert(0, cell.text)
            return "\n".join(lines)
        if cell is None:
            return ""
        lines = [cell.text] if cell.text else []
        lines += [f"• {item.get('text', '')}{_in_words(lane.kind, item)}" for item in cell.items]
        return "\n".join(lines)

    def _metric_rows(self, stage: StageView) -> tuple[tuple[str, str, str], ...]:
        if self._detail is None:
            return ()
        from personabuilder.charts.numbers import format_number
        from personabuilder.services.chart_data import metric_status
        from personabuilder.ui.common.labels import ui_language

        lang = ui_language()
        return tuple(
            (metric_status(m).value, m.name, format_number(m.latest, m.unit, lang))
            for m in self._detail.metrics
            if m.stage_id == stage.id
        )

    def canvas(self, row: int, column: int) -> CellCanvas | None:
        """What the canvas draws at a cell (kept while the cell and the filter stay)."""
        stage, lane = self.stage_at(column), self.lane_at(row)
        if stage is None or lane is None:
            return None
        cell = self._cells.get((stage.id, lane.id))
        filtered = self._filtered_out(cell)
        token = (lane.kind, cell, filtered, self._detail.metrics if self._detail else None)
        cached = self._canvas.get((row, column))
        if cached is not None and cached[0] == token:
            return cached[1]
        metrics = self._metric_rows(stage) if lane.kind is LaneKind.METRICS else ()
        result = CellCanvas(
            lane.kind,
            cell.text if cell else "",
            cell.items if cell else (),
            metrics,
            cell.evidence if cell else None,
            filtered,
        )
        self._canvas[(row, column)] = (token, result)
        return result

    def _filtered_out(self, cell: CellView | None) -> bool:
        wanted = self._evidence_filter
        return wanted is not None and (cell is None or cell.evidence is not wanted)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        """Qt override: text, editable text, evidence, tooltip and colours of a cell."""
        stage, lane = self.stage_at(index.column()), self.lane_at(index.row())
        if not index.isValid() or stage is None or lane is None:
            return None
        cell = self._cells.get((stage.id, lane.id))
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if self._filtered_out(cell) else self._display(stage, lane, cell)
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(lane.kind, cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            text = self._display(stage, lane, cell)
            if cell is not None and cell.evidence is not None:
                text = f"{text}\n\n({evidence_label(cell.evidence)})" if text else ""
            for item in cell.items if cell is not None else ():
                if item.get("workshop"):
                    text += "\n" + QCoreApplication.translate(
                        "JourneyCanvas", "From the workshop “{title}”: {item}"
                    ).format(title=item["workshop"], item=item.get("text", ""))
            return text or None
        if role == EVIDENCE_ROLE:
            return None if cell is None else cell.evidence
        if role == CELL_ROLE:
            return cell
        if role == CANVAS_ROLE:
            return self.canvas(index.row(), index.column())
        if role == LANE_KIND_ROLE:
            return lane.kind
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = lane.colour or stage.colour
            if not colour or self._filtered_out(cell):
                return None
            tint = QColor(colour)
            tint.setAlpha(48)
            return tint
        if role == Qt.ItemDataRole.ForegroundRole and self._filtered_out(cell):
            return QColor("#9a9a9a")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value: Any, role: int = 2
    ) -> bool:
        """Qt override: asks for the edit; the model changes when the services report it."""
        stage, lane = self.stage_at(index.column()), self.lane_at(index.row())
        if role != Qt.ItemDataRole.EditRole or stage is None or lane is None or self.read_only:
            return False
        if not isinstance(value, str) or value == edit_text(lane.kind, self.cell_at(index)):
            return False
        self.cell_edit_requested.emit(stage.id, lane.id, value)
        return True

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Qt override: every cell but the metrics lane's is edited in place."""
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        lane = self.lane_at(index.row())
        if lane is not None and lane.kind is not LaneKind.METRICS and not self.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        """Qt override: stage names (with their loop) and lane names with their kind."""
        if orientation == Qt.Orientation.Horizontal:
            stage = self.stage_at(section)
            if stage is None:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                target = self._stage_name(stage.loop_to_id)
                return f"{stage.name}\n↺ {target}" if target is not None else stage.name
            if role == CANVAS_ROLE:
                return self.stage_heads()[section]
            colour = stage.colour
        else:
            lane = self.lane_at(section)
            if lane is None:
                return None
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                kind = lane_kind_label(lane.kind)
                # A lane named after its kind says it once.
                return lane.name if lane.name == kind else f"{lane.name}\n{kind}"
            if role == CANVAS_ROLE:
                return LaneHead(lane.kind, lane.name, lane.colour)
            if role == LANE_KIND_ROLE:
                return lane.kind
            colour = lane.colour
        if role == Qt.ItemDataRole.BackgroundRole and colour:
            tint = QColor(colour)
            tint.setAlpha(110)
            return tint
        return None

    def stage_heads(self) -> tuple[StageHead, ...]:
        """Every stage as its header draws it (kept until the map changes)."""
        if self._heads is None:
            stages = self._detail.stages if self._detail is not None else ()
            column = {s.id: i for i, s in enumerate(stages)}
            self._heads = tuple(
                StageHead(
                    i + 1,
                    s.name,
                    s.colour,
                    column.get(s.loop_to_id) if s.loop_to_id is not None else None,
                )
                for i, s in enumerate(stages)
            )
        return self._heads

    def _stage_name(self, stage_id: uuid.UUID | None) -> str | None:
        if stage_id is None or self._detail is None:
            return None
        return next((s.name for s in self._detail.stages if s.id == stage_id), None)
