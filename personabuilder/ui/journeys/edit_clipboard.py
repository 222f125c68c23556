"""Cells on the clipboard: tab-separated text for spreadsheets, and our own copy of items."""

import csv
import io
import json
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QMimeData

from personabuilder.model import Evidence, LaneKind
from personabuilder.ui.journeys.edit_items import allowed_keys
from personabuilder.ui.journeys.model import parse_edit_text

CELLS_MIME = "application/x-personabuilder-cells+json"


@dataclass(frozen=True)
class ClipCell:
    """One copied cell: its note, items and mark (``exact``: from our own format)."""

    text: str = ""
    items: tuple[dict[str, Any], ...] = ()
    evidence: Evidence | None = None
    exact: bool = True
    raw: str = field(default="", compare=False)  # the spreadsheet text, read per lane on paste

    def for_lane(self, kind: LaneKind) -> tuple[str, list[dict[str, Any]]]:
        """The note and items as a lane of ``kind`` can hold them (foreign scores dropped)."""
        if not self.exact:
            return parse_edit_text(kind, self.raw)
        keys = allowed_keys(kind)
        items = [
            {"text": str(i.get("text", ""))} | {k: v for k, v in i.items() if k in keys}
            for i in self.items
        ]
        return self.text, items


def plain_text(text: str, items: tuple[dict[str, Any], ...] | list[dict[str, Any]]) -> str:
    """A cell as a spreadsheet shows it: the note, then one "• item" line per item."""
    lines = [text] if text else []
    lines += [f"• {item.get('text', '')}" for item in items]
    return "\n".join(lines)


def write_tsv(rows: list[list[str]]) -> str:
    """Tab-separated rows; a cell with a tab, a line break or a quote is quoted (Excel's way)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", quotechar='"', lineterminator="\n")
    writer.writerows(rows)
    return out.getvalue()


def read_tsv(text: str) -> list[list[str]]:
    """Rows of a spreadsheet's tab-separated text (a last line break ends the last row)."""
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    rows = list(csv.reader(io.StringIO(text), delimiter="\t", quotechar='"'))
    return [[cell.replace("\r\n", "\n") for cell in row] for row in rows] or [[""]]


def to_mime(block: list[list[ClipCell]], shown: list[list[str]]) -> QMimeData:
    """The clipboard's content for a block of cells (``shown``: the text of each)."""
    mime = QMimeData()
    mime.setText(write_tsv(shown))
    payload = {
        "version": 1,
        "rows": [
            [
                {
                    "text": c.text,
                    "items": [dict(i) for i in c.items],
                    "evidence": None if c.evidence is None else c.evidence.value,
                }
                for c in row
            ]
            for row in block
        ],
    }
    mime.setData(CELLS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    return mime


def from_mime(mime: QMimeData | None) -> list[list[ClipCell]] | None:
    """A block of cells from the clipboard: ours first, else any text (None: nothing usable)."""
    if mime is None:
        return None
    if mime.hasFormat(CELLS_MIME):
        try:
            payload = json.loads(bytes(mime.data(CELLS_MIME).data()).decode("utf-8"))
            rows = [
                [
                    ClipCell(
                        str(c.get("text", "")),
                        tuple(
                            dict(i)
                            for i in c.get("items", [])
                            if isinstance(i, dict) and isinstance(i.get("text"), str)
                        ),
                        Evidence(c["evidence"]) if c.get("evidence") else None,
                    )
                    for c in row
                ]
                for row in payload["rows"]
            ]
        except (ValueError, KeyError, TypeError, AttributeError):
            rows = []
        if rows and all(rows):
            return rows
    if mime.hasText() and mime.text():
        return [[ClipCell(exact=False, raw=cell) for cell in row] for row in read_tsv(mime.text())]
    return None
