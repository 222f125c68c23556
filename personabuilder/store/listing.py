"""Listing reads on plain SQL: counts and pages of personas and journey maps.

Lists are what a user sees first, and they need no ORM: answering them here lets the
window fill while SQLAlchemy is still unloaded. The SQL is written once for SQLite (plain
sqlite3) and PostgreSQL (a psycopg connection given by the server workspace).
"""

import sqlite3
import string
import threading
import uuid
from collections.abc import Callable
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


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)

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


def _when(value: str | datetime) -> datetime:
    # Timestamps are stored as naive UTC by model.types.UTCDateTime (text in SQLite).
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC)


def _uuid(value: str | uuid.UUID) -> uuid.UUID:
    # SQLite keeps ids as 32 hex digits; PostgreSQL has a uuid type.
    return value if isinstance(value, uuid.UUID) else uuid.UUID(value)


def _persona(row: Any) -> PersonaRow:
    return (_uuid(row[0]), row[1], row[2], row[3], row[4], row[5], _when(row[6]))


def _journey(row: Any) -> JourneyRow:
    return (_uuid(row[0]), row[1], int(row[2]), _when(row[3]))


class ListingBase:
    """The list queries, written once; each backend supplies how a query runs.

    The few spellings that differ between SQLite and PostgreSQL are attributes: the JSON
    array expansion of a persona's tags, case-blind ordering, and how an id is passed.
    """

    # A table function yielding one row per tag of ``persona`` as column ``value``.
    _TAGS_OF_PERSONA = "json_each(persona.tags)"

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
        raise NotImplementedError

    def close(self) -> None:
        """Releases the connection."""
        raise NotImplementedError

    def _id(self, value: uuid.UUID) -> object:
        return value.hex

    def _filter(
        self, archetype: str | None, search: str, tag: str | None
    ) -> tuple[str, tuple[object, ...]]:
        where, params = _persona_filter(archetype, search, tag)
        return where.replace("json_each(persona.tags)", self._TAGS_OF_PERSONA), params

    def _limit(self, limit: int | None) -> object:
        return -1 if limit is None else limit  # SQLite's "no limit"

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
        where, params = self._filter(archetype, search, tag)
        sql = (
            f"SELECT {_PERSONA_COLUMNS} FROM persona {where} "
            f"ORDER BY {_PERSONA_ORDER[sort]} LIMIT ? OFFSET ?"
        )
        rows = self._rows(sql, (*params, self._limit(limit), offset))
        return [_persona(row) for row in rows]

    def persona_count(
        self, archetype: str | None = None, *, search: str = "", tag: str | None = None
    ) -> int:
        """How many personas pass the same filters as ``personas``."""
        where, params = self._filter(archetype, search, tag)
        return int(self._rows(f"SELECT count(*) FROM persona {where}", params)[0][0])

    def tags(self) -> list[str]:
        """Every tag in use, sorted without regard to the case of ASCII letters (as NOCASE)."""
        rows = self._rows(f"SELECT DISTINCT t.value FROM persona, {self._TAGS_OF_PERSONA} t")
        # Sorted here: PostgreSQL wants a DISTINCT query ordered by its own columns only.
        return sorted(
            (str(row[0]) for row in rows), key=lambda tag: (tag.translate(_ASCII_LOWER), tag)
        )

    def persona(self, persona_id: uuid.UUID) -> PersonaRow | None:
        """One persona's list row."""
        rows = self._rows(
            f"SELECT {_PERSONA_COLUMNS} FROM persona WHERE id = ?", (self._id(persona_id),)
        )
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
        rows = self._rows(sql, (self._limit(limit), offset))
        return [_journey(row) for row in rows]

    def journey(self, journey_id: uuid.UUID) -> JourneyRow | None:
        """One journey map's list row."""
        rows = self._rows(
            f"SELECT {_JOURNEY_COLUMNS} FROM journey_map j WHERE j.id = ?", (self._id(journey_id),)
        )
        return _journey(rows[0]) if rows else None


class ListingReader(ListingBase):
    """Read-only list queries on one workspace file, through one shared sqlite3 connection."""

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

    def close(self) -> None:
        """Releases the connection."""
        with self._lock:
            self._conn.close()


class ServerListingReader(ListingBase):
    """The same list queries on a PostgreSQL team workspace; ``run`` executes one query.

    The server workspace supplies ``run`` (its own connection, or the one building the
    workspace) and maps the driver's errors to workspace errors.
    """

    _TAGS_OF_PERSONA = "json_array_elements_text(persona.tags)"

    def __init__(
        self,
        run: Callable[[str, tuple[object, ...]], list[Any]],
        release: Callable[[], None] | None = None,
    ) -> None:
        self._run = run
        self._release = release

    def _rows(self, sql: str, params: tuple[object, ...] = ()) -> list[Any]:
        # psycopg's placeholder; the queries hold no other "?" nor "%".
        return self._run(sql.replace("?", "%s"), params)

    def _id(self, value: uuid.UUID) -> object:
        return value

    def _limit(self, limit: int | None) -> object:
        return limit  # LIMIT NULL: no limit

    def close(self) -> None:
        """Releases the connection."""
        if self._release is not None:
            self._release()
