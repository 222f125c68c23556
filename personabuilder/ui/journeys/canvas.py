"""Drawing the journey map: how a cell, its items and its marks are painted."""

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
)
from PySide6.QtWidgets import (
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from personabuilder.model import Evidence
from personabuilder.ui.journeys.model import EVIDENCE_ROLE

MAX_ROW_HEIGHT = 360  # at 100 %; longer cells scroll in the editor and show in the tooltip

_EVIDENCE_MARKS = {
    Evidence.ASSUMPTION: ("◌", QColor("#d35400")),
    Evidence.PARTLY_BACKED: ("◐", QColor("#b7950b")),
    Evidence.RESEARCH_BACKED: ("●", QColor("#1e8449")),
}


class CellPainter(QStyledItemDelegate):
    """Draws a cell of the map: its text, items and evidence mark."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Qt override: the cell, then its mark in the top right corner."""
        evidence = index.data(EVIDENCE_ROLE)
        if evidence is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        size = max(12, option.fontMetrics.height())
        background = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(background, QColor):
            # Only the corner strip: the default painting tints the rest.
            painter.fillRect(
                QRect(rect.right() - size + 1, rect.top(), size, rect.height()), background
            )
        # The text keeps clear of the mark's corner.
        text_option = QStyleOptionViewItem(option)
        text_option.rect = QRect(rect.adjusted(0, 0, -size, 0))
        super().paint(painter, text_option, index)
        symbol, colour = _EVIDENCE_MARKS[evidence]
        badge = QRect(rect.right() - size - 2, rect.top() + 2, size, size)
        painter.save()
        painter.setPen(colour)
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), symbol)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Qt override: measures the text in the width the mark leaves to it."""
        if index.data(EVIDENCE_ROLE) is None:
            return super().sizeHint(option, index)
        narrower = QStyleOptionViewItem(option)
        size = max(12, option.fontMetrics.height())
        narrower.rect = QRect(option.rect.adjusted(0, 0, -size, 0))
        return super().sizeHint(narrower, index)
