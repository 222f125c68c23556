"""Listing reads on plain sqlite3: counts and pages of personas and journey maps.

Lists are what a user sees first, and they need no ORM: answering them here lets the
window fill while SQLAlchemy is still unloaded. The SQL is plain and portable.
"""

import sqlite3
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from personabuilder.store.errors import CorruptWorkspaceError, StorageError
from personabuilder.store.sqlite import connect_raw

# (id, name, archetype, custom archetype, job title, company, updated at)
PersonaRow = tuple[uuid.UUID, str, str, str, str, str, datetime]
# (id, title, stage count, updated at)
JourneyRow = tuple[uuid.UUID, str, int, datetime]

_PERSONA_COLUMNS = "id, name, archetype, custom_archetype, job_title, company, updated_at"
_JOURNEY_COLUMNS = (
    "j.id, j.title, (SELECT count(*) FROM stage s WHERE s.journey_id = j.id), j.updated_at"
)


_PERSONA_ORDER = {
    "position": "position, name",
    "name": "sort_name, position",
    "archetype": "archetype, sort_name",
    "updated": "updated_at DESC, sort_name",
}


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _persona_filter(
    archetype: str | None, search: str, tag: str | None
) -> tuple[str, tuple[object, ...]]:
    """WHERE clause and parameters: archetype, every search word, and a tag."""
    clauses: list[str] = []
    params: list[object] = []
    if archetype is not None:
        clauses.append("archetype = ?")
        params.append(archetype)
    for word in search.split():
        clauses.append("search_text LIKE ? ESCAPE '\\'")
        params.append(_like_pattern(word))
    if tag is not None:
        clauses.append("EXISTS (SELECT 1 FROM json_each(persona.tags) t WHERE t.value = ?)")
        params.append(tag)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _when(text: str) -> datetime:
    # Timestamps are stored as naive UTC by model.types.UTCDateTime.
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def _persona(row: Any) -> PersonaRow:
    return (uuid.UUID(row[0]), row[1], row[2], row[3], row[4], row[5], _when(row[6]))


def _journey(row: Any) -> JourneyRow:
    return (uuid.UUID(row[0]), row[1], row[2], _when(row[3]))


class ListingReader:
    """Read-only list queries on one workspace, through one shared connection."""

    def __init__(self, path: Path) -> None:
        self._path = path
        # One connection shared by the GUI thread and workers, hence the lock.
        self._conn = connect_raw(path, read_only=True)
        self._lock = threading.Lock()

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
        try:
            with self._lock:
                return list(self._conn.execute(sql, params))
        except sqlite3.OperationalError as exc:
            raise StorageError(self._path, f"{self._path.name} cannot be read: {exc}.") from exc
        except sqlite3.DatabaseError as exc:
            raise CorruptWorkspaceError(
                self._path, f"{self._path.name} is damaged: {exc}."
            ) from exc

    def persona_counts(self) -> dict[str, int]:
        """Number of personas per archetype value."""
        rows = self._rows("SELECT archetype, count(*) FROM persona GROUP BY archetype")
        return {str(a): int(n) for a, n in rows}

    def personas(
        self,
        archetype: str | None,
        offset: int,
        limit: int | None,
        *,
        search: str = "",
        tag: str | None = None,
        sort: str = "position",
    ) -> list[PersonaRow]:
        """A page of personas, filtered and sorted; ``search`` is already folded."""
        where, params = _persona_filter(archetype, search, tag)
        sql = (
            f"SELECT {_PERSONA_COLUMNS} FROM persona {where} "
            f"ORDER BY {_PERSONA_ORDER[sort]} LIMIT ? OFFSET ?"
        )
        rows = self._rows(sql, (*params, -1 if limit is None else limit, offset))
        return [_persona(row) for row in rows]

    def persona_count(
        self, archetype: str | None = None, *, search: str = "", tag: str | None = None
    ) -> int:
        """How many personas pass the same filters as ``personas``."""
        where, params = _persona_filter(archetype, search, tag)
        return int(self._rows(f"SELECT count(*) FROM persona {where}", params)[0][0])

    def tags(self) -> list[str]:
        """Every tag in use, sorted without regard to case."""
        rows = self._rows(
            "SELECT DISTINCT t.value FROM persona, json_each(persona.tags) t "
            "ORDER BY t.value COLLATE NOCASE"
        )
        return [str(row[0]) for row in rows]

    def persona(self, persona_id: uuid.UUID) -> PersonaRow | None:
        """One persona's list row."""
        rows = self._rows(f"SELECT {_PERSONA_COLUMNS} FROM persona WHERE id = ?", (persona_id.hex,))
        return _persona(rows[0]) if rows else None

    def journey_count(self) -> int:
        """Number of journey maps."""
        return int(self._rows("SELECT count(*) FROM journey_map")[0][0])

    def journeys(self, offset: int, limit: int | None) -> list[JourneyRow]:
        """A page of journey maps in list order."""
        sql = (
            f"SELECT {_JOURNEY_COLUMNS} FROM journey_map j "
            "ORDER BY j.position, j.title LIMIT ? OFFSET ?"
        )
        rows = self._rows(sql, (-1 if limit is None else limit, offset))
        return [_journey(row) for row in rows]

    def journey(self, journey_id: uuid.UUID) -> JourneyRow | None:
        """One journey map's list row."""
        rows = self._rows(
            f"SELECT {_JOURNEY_COLUMNS} FROM journey_map j WHERE j.id = ?", (journey_id.hex,)
        )
        return _journey(rows[0]) if rows else None

    def close(self) -> None:
        """Releases the connection."""
        with self._lock:
            self._conn.close()
