"""The exchange format: a whole workspace as versioned JSON, and loading one back.

``dump`` reads every table in one consistent snapshot; ``load`` merges a document by id in
one transaction, all or nothing: a row whose id (or key) is already in the workspace is
updated, any other row is added, and nothing is deleted except a cell replaced by one at the
same stage and lane. Where the document holds every row of a list (the personas, the stages
of a map...), its order is taken as is; otherwise the rows already in the workspace keep the
places they hold, in the document's order, and new rows go after them, so positions stay
distinct and loading the same file twice changes nothing. Before anything is written the
document is checked against ``resources/schema/workspace-exchange.schema.json`` and against
the workspace; a refusal is an ``ExchangeError`` whose message names the place in the
document and the problem.
"""

import base64
import json
import math
import os
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from personabuilder import __version__
from personabuilder.services.backups import backup_before_import
from personabuilder.services.errors import ValidationError
from personabuilder.services.schema_check import SchemaViolation, Validator, format_path

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlmodel import Session

    from personabuilder.services.container import Services
    from personabuilder.services.unit import UnitOfWork

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_FILE_BYTES",
    "PARTS",
    "DumpInfo",
    "ExchangeError",
    "LoadReport",
    "backup_before_import",
    "check",
    "document_counts",
    "dump",
    "encode",
    "load",
    "load_file",
    "parse_document",
    "read_document",
    "schema_path",
    "write_dump",
]

FORMAT = "personabuilder-workspace"
FORMAT_VERSION = 1
SCHEMA_FILE = "workspace-exchange.schema.json"
# Larger files are refused before they are read: parsing costs several times their size in
# memory. A dump never writes a file that load would refuse.
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_DEPTH = 32
PHOTO_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg", "WEBP": "image/webp"}
LOGO_SETTING = "branding.logo"

# Row versions are a workspace's own count of its edits (see services.conflicts), not
# content: they do not travel, a loaded row starts at 1 and a row a load changes counts one
# more, so two workspaces with the same content dump alike.
_VERSION = "version"
_VERSIONED = (
    "workspace_setting",
    "journey_map",
    "stage",
    "lane",
    "cell",
    "emotion_score",
    "metric",
    "metric_value",
    "workshop_session",
    "captured_item",
)
# Columns computed from others or kept by the workspace itself, rebuilt on load rather
# than exchanged.
_DERIVED = {
    "persona": ("search_text", "sort_name", _VERSION),
    **dict.fromkeys(_VERSIONED, (_VERSION,)),
}
# Lists ordered by a position column, and the column whose value a list shares (None: one
# list for the whole workspace).
_ORDERED: dict[str, str | None] = {
    "personas": None,
    "journey_maps": None,
    "journey_personas": "journey_id",
    "stages": "journey_id",
    "lanes": "journey_id",
    "metrics": "stage_id",
    "captured_items": "session_id",
}
POSITION_MAX = 2**31 - 1  # what the schema lets a document hold


class ExchangeError(ValidationError):
    """A document refused by ``load`` (or a workspace ``dump`` cannot write); nothing changed.

    ``code`` is stable (for translated messages), ``where`` the path in the document (empty
    for the document as a whole) and ``params`` the numbers and names the message uses.
    """

    def __init__(self, code: str, where: str, detail: str, **params: object) -> None:
        super().__init__(where or "document", f"{where}: {detail}" if where else detail)
        self.code = code
        self.where = where
        self.detail = detail
        self.params = params


@dataclass(frozen=True)
class _Part:
    """One table of the workspace as one array of the document."""

    name: str  # the array's name in the document
    table: str  # the SQL table
    key: tuple[str, ...]
    order: tuple[str, ...]
    label: str  # what one row is, for messages


# In write order: every row's parents come before it.
PARTS = (
    _Part("settings", "workspace_setting", ("key",), ("key",), "setting"),
    _Part("personas", "persona", ("id",), ("position", "id"), "persona"),
    _Part("journey_maps", "journey_map", ("id",), ("position", "id"), "journey map"),
    _Part(
        "journey_personas",
        "journey_persona",
        ("journey_id", "persona_id"),
        ("journey_id", "position", "persona_id"),
        "persona link",
    ),
    _Part("stages", "stage", ("id",), ("journey_id", "position", "id"), "stage"),
    _Part("lanes", "lane", ("id",), ("journey_id", "position", "id"), "lane"),
    _Part("cells", "cell", ("id",), ("stage_id", "lane_id", "id"), "cell"),
    _Part(
        "emotion_scores",
        "emotion_score",
        ("stage_id", "persona_id"),
        ("stage_id", "persona_id"),
        "emotion score",
    ),
    _Part("metrics", "metric", ("id",), ("stage_id", "position", "id"), "metric"),
    _Part(
        "metric_values",
        "metric_value",
        ("metric_id", "period_start"),
        ("metric_id", "period_start"),
        "metric value",
    ),
    _Part("workshop_sessions", "workshop_session", ("id",), ("journey_id", "id"), "workshop"),
    _Part("captured_items", "captured_item", ("id",), ("session_id", "position", "id"), "item"),
    _Part("snapshots", "snapshot", ("id",), ("journey_id", "created_at", "id"), "snapshot"),
)
_PART = {p.name: p for p in PARTS}
# A setting the store keeps for itself (the file's lineage, see store.walcheck): it belongs
# to one file, so it is never dumped and a document's copy of it is never loaded.
_FILE_OWN_SETTINGS = ("wal_lineage",)


@dataclass(frozen=True)
class DumpInfo:
    """What ``write_dump`` wrote: where, how many bytes, how many rows of each table."""

    path: Path
    size: int
    counts: dict[str, int]


@dataclass(frozen=True)
class LoadReport:
    """What ``load`` did: rows added and updated per table, cells replaced."""

    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    replaced_cells: int = 0

    @property
    def total_added(self) -> int:
        """Rows added, every table together."""
        return sum(self.added.values())

    @property
    def total_updated(self) -> int:
        """Rows updated, every table together."""
        return sum(self.updated.values())


# Kinds of value ------------------------------------------------------------------------


def _kind(table: "Table", column: str) -> str:
    """How a column's values travel: uuid, datetime, date, bytes, enum, list, float, plain."""
    if table.name == "snapshot" and column == "payload":
        return "payload"
    type_name = type(table.c[column].type).__name__
    return {
        "Uuid": "uuid",
        "UTCDateTime": "datetime",
        "Date": "date",
        "LargeBinary": "bytes",
        "Enum": "enum",
        "JSON": "list",
        "Float": "float",
    }.get(type_name, "plain")


def _columns(table: "Table") -> list[str]:
    derived = _DERIVED.get(table.name, ())
    return [c.name for c in table.columns if c.name not in derived]


def _to_json(kind: str, value: Any) -> Any:
    if value is None:
        return None
    if kind == "uuid":
        return str(value)
    if kind == "datetime":
        return cast(datetime, value).astimezone(UTC).isoformat()
    if kind == "date":
        return cast(date, value).isoformat()
    if kind == "bytes":
        return base64.b64encode(value).decode("ascii")
    if kind == "enum":
        return value.value if isinstance(value, StrEnum) else str(value)
    if kind == "list":
        return [dict(v) if isinstance(v, dict) else v for v in value]
    if kind == "float":
        number = float(value)
        if not math.isfinite(number):
            raise ValueError("a number that is not finite")
        return number
    if kind == "payload":
        payload = json.loads(value)
        if not isinstance(payload, dict):
            raise ValueError("a snapshot that is not a JSON object")
        return payload
    return value


def _from_json(kind: str, value: Any, enum_class: type[StrEnum] | None) -> Any:
    if value is None:
        return None
    if kind == "uuid":
        return uuid.UUID(value)
    if kind == "datetime":
        return datetime.fromisoformat(value).astimezone(UTC)
    if kind == "date":
        return date.fromisoformat(value)
    if kind == "bytes":
        return base64.b64decode(value, validate=True)
    if kind == "enum" and enum_class is not None:
        return enum_class(value)
    if kind == "list":
        return list(value)
    if kind == "float":
        return float(value)
    if kind == "payload":
        return json.dumps(value, ensure_ascii=False)
    return value


def _same(kind: str, mine: Any, theirs: Any) -> bool:
    """True when a document's value equals the one stored, as the workspace reads it back."""
    if mine is None or theirs is None:
        return mine is None and theirs is None
    if kind == "payload":  # the same JSON may be spelled differently
        return bool(json.loads(mine) == json.loads(theirs))
    return bool(mine == theirs)


_PERIOD_WORDS = {"week": "week (a Monday)", "month": "month", "quarter": "quarter"}


def _tables() -> dict[str, "Table"]:
    from personabuilder.model.tables import metadata

    return {part.name: metadata.tables[part.table] for part in PARTS}


def _unit(target: "Services | UnitOfWork") -> "UnitOfWork":
    from personabuilder.services.container import Services

    return target._uow if isinstance(target, Services) else target


# Dump ----------------------------------------------------------------------------------


def dump(target: "Services | UnitOfWork", *, now: datetime | None = None) -> dict[str, Any]:
    """The whole workspace as a JSON-ready document of exchange format ``FORMAT_VERSION``."""
    from sqlalchemy import select

    uow = _unit(target)
    document: dict[str, Any] = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "app_version": __version__,
        "exported_at": (now or datetime.now(UTC)).astimezone(UTC).isoformat(),
    }
    tables = _tables()
    with uow.reading() as s:
        for part in PARTS:
            table = tables[part.name]
            names = _columns(table)
            kinds = [_kind(table, n) for n in names]
            query = select(*(table.c[n] for n in names)).order_by(*(table.c[n] for n in part.order))
            if part.name == "settings":
                query = query.where(table.c.key.not_in(_FILE_OWN_SETTINGS))
            rows: list[dict[str, Any]] = []
            try:
                for row in s.connection().execute(query):
                    rows.append(
                        {n: _to_json(k, v) for n, k, v in zip(names, kinds, row, strict=True)}
                    )
            except (ValueError, TypeError, LookupError) as exc:
                raise ExchangeError(
                    "damaged_data",
                    "",
                    f"a {part.label} in the workspace holds a damaged value ({exc}); "
                    "run 'personabuilder info' to check the file",
                    table=part.name,
                ) from exc
            document[part.name] = rows
    return document


def encode(document: Mapping[str, Any]) -> bytes:
    """The document as UTF-8 JSON text, refused when ``load`` would refuse its size."""
    try:
        text = json.dumps(document, ensure_ascii=False, indent=1, allow_nan=False)
    except ValueError as exc:
        raise ExchangeError(
            "damaged_data", "", f"the workspace holds a value JSON cannot hold ({exc})"
        ) from exc
    data = (text + "\n").encode("utf-8")
    if len(data) > MAX_FILE_BYTES:
        raise ExchangeError(
            "too_large",
            "",
            f"the workspace is {len(data) / 1_048_576:,.0f} MB as JSON; "
            f"the limit is {MAX_FILE_BYTES // 1_048_576:,} MB",
            size=len(data),
            limit=MAX_FILE_BYTES,
        )
    return data


def write_dump(target: "Services | UnitOfWork", dest: Path) -> DumpInfo:
    """Writes the whole workspace to ``dest`` as JSON; ``dest`` is never left half-written."""
    document = dump(target)
    data = encode(document)
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.part")
    try:
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    finally:
        tmp.unlink(missing_ok=True)
    counts = {part.name: len(document[part.name]) for part in PARTS}
    return DumpInfo(dest, len(data), counts)


# Reading a document --------------------------------------------------------------------


class _Refused(Exception):
    """Raised inside the JSON parser's hooks; turned into an ExchangeError."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail


def _no_constants(name: str) -> Any:
    raise _Refused("not_json", f"{name} is not a number JSON allows")


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out = dict(pairs)
    if len(out) != len(pairs):
        seen: set[str] = set()
        for key, _value in pairs:
            if key in seen:
                raise _Refused("not_json", f"the field {key!r} appears twice in one object")
            seen.add(key)
    return out


def parse_document(raw: bytes) -> Any:
    """The JSON value in ``raw``, refusing oversized, non-UTF-8 and malformed input."""
    if len(raw) > MAX_FILE_BYTES:
        raise _too_large(len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(
            "not_utf8", "", f"the file is not UTF-8 text (byte {exc.start:,})", offset=exc.start
        ) from exc
    if not text.strip():
        raise ExchangeError("not_json", "", "the file is empty")
    try:
        return json.loads(text, parse_constant=_no_constants, object_pairs_hook=_no_duplicates)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            "not_json",
            "",
            f"the file is not valid JSON: {exc.msg} at line {exc.lineno:,}, column {exc.colno:,}",
            line=exc.lineno,
            column=exc.colno,
        ) from exc
    except _Refused as exc:
        raise ExchangeError(exc.code, "", f"the file is not valid JSON: {exc.detail}") from exc
    except RecursionError as exc:
        raise _too_deep() from exc
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise ExchangeError("not_json", "", f"the file is not valid JSON: {exc}") from exc


def read_document(source: Path) -> Any:
    """Reads and parses an exchange file, refusing one larger than ``MAX_FILE_BYTES``."""
    source = Path(source)
    size = source.stat().st_size
    if size > MAX_FILE_BYTES:
        raise _too_large(size)
    with source.open("rb") as fh:
        raw = fh.read(MAX_FILE_BYTES + 1)
    return parse_document(raw)


def _too_large(size: int) -> ExchangeError:
    return ExchangeError(
        "too_large",
        "",
        f"the file is {size / 1_048_576:,.0f} MB; the limit is {MAX_FILE_BYTES // 1_048_576:,} MB",
        size=size,
        limit=MAX_FILE_BYTES,
    )


def _too_deep() -> ExchangeError:
    return ExchangeError(
        "too_deep",
        "",
        f"the document is nested more than {MAX_DEPTH} levels deep",
        limit=MAX_DEPTH,
    )


# Checking a document -------------------------------------------------------------------


@cache
def validator() -> Validator:
    """The exchange format's schema, compiled (read once from the resources folder)."""
    return Validator(json.loads(schema_path().read_text(encoding="utf-8")))


def schema_path() -> Path:
    """The JSON Schema file describing the exchange format."""
    from personabuilder.resources import resources_dir

    return resources_dir() / "schema" / SCHEMA_FILE


def _check_depth(document: Any) -> None:
    stack: list[tuple[Any, int]] = [(document, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise _too_deep()
        children: Iterable[Any] = (
            value.values() if isinstance(value, dict) else value if isinstance(value, list) else ()
        )
        stack.extend((c, depth + 1) for c in children if isinstance(c, dict | list))


def _check_header(document: Any) -> None:
    if not isinstance(document, dict):
        raise ExchangeError(
            "not_exchange",
            "",
            "the file is not a PersonaBuilder workspace export "
            f"(expected a JSON object, found {_describe(document)})",
        )
    if document.get("format") != FORMAT:
        raise ExchangeError(
            "not_exchange",
            "",
            f'the file is not a PersonaBuilder workspace export (no "format": "{FORMAT}")',
        )
    version = document.get("version")
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and FORMAT_VERSION < version <= _PLAUSIBLE_VERSION
    ):
        raise ExchangeError(
            "unknown_version",
            "version",
            f"the file was written in exchange format version {version} by a newer "
            f"PersonaBuilder; this version reads version {FORMAT_VERSION} (update the app to "
            "load it)",
            version=version,
            supported=FORMAT_VERSION,
        )
    if version != FORMAT_VERSION or isinstance(version, bool):
        raise ExchangeError(
            "unknown_version",
            "version",
            f"unknown exchange format version {_clipped(json.dumps(version))}; "
            f"this PersonaBuilder reads version {FORMAT_VERSION}",
            version=_clipped(str(version)),
            supported=FORMAT_VERSION,
        )


_PLAUSIBLE_VERSION = 10_000  # a larger "version" is noise, not a newer format


def _clipped(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _describe(value: object) -> str:
    from personabuilder.services.schema_check import describe

    return describe(value)


def _where(part: str, index: int, *fields: str | int) -> str:
    return format_path([part, index, *fields])


def _check_photo(index: int, row: Mapping[str, Any]) -> None:
    where = _where("personas", index, "photo")
    if row["photo"] is None:
        if row["photo_mime"]:
            raise ExchangeError(
                "bad_photo", _where("personas", index, "photo_mime"), "there is no photo"
            )
        return
    from PIL import Image

    from personabuilder.services.photos import _decode

    raw = base64.b64decode(row["photo"], validate=True)
    try:
        image = _decode(raw)
    except ValidationError as exc:
        raise ExchangeError("bad_photo", where, str(exc).rstrip(".").lower()) from exc
    except (OSError, ValueError, SyntaxError, EOFError, Image.DecompressionBombError) as exc:
        raise ExchangeError("bad_photo", where, "the picture cannot be read") from exc
    mime = PHOTO_TYPES.get(image.format or "")
    if mime is None or mime != row["photo_mime"]:
        raise ExchangeError(
            "bad_photo",
            _where("personas", index, "photo_mime"),
            f"the picture is {image.format or 'of an unknown kind'}, "
            f"not {row['photo_mime'] or 'declared'}",
        )


def _check_logo(index: int, row: Mapping[str, Any]) -> None:
    if row["key"] != LOGO_SETTING or not row["value"]:
        return
    try:
        raw = base64.b64decode(row["value"], validate=True)
    except ValueError as exc:
        raise ExchangeError(
            "invalid_value", _where("settings", index, "value"), "the logo is not valid base64"
        ) from exc
    if not raw.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ExchangeError(
            "invalid_value", _where("settings", index, "value"), "the logo is not a PNG image"
        )
    from personabuilder.services.photos import check_file_size, open_checked

    # The checks a photo gets, from the header only: a 13,000 x 13,000 logo of a few hundred
    # kilobytes is refused here, not decoded at 1.4 GB by every export.
    try:
        check_file_size(raw, "logo")
        open_checked(raw, "logo")
    except ValidationError as exc:
        raise ExchangeError(
            "invalid_value", _where("settings", index, "value"), f"the logo: {exc}"
        ) from exc


def _check_snapshot(index: int, row: Mapping[str, Any]) -> None:
    from personabuilder.services.snapshots import from_payload

    payload = row["payload"]
    if payload.get("id") != row["journey_id"]:
        raise ExchangeError(
            "inconsistent",
            _where("snapshots", index, "payload", "id"),
            "the snapshot holds another journey map than the one it belongs to",
        )
    try:
        from_payload(json.dumps(payload, ensure_ascii=False))
    except (ValueError, TypeError, KeyError, LookupError) as exc:
        raise ExchangeError(
            "bad_snapshot", _where("snapshots", index, "payload"), "the snapshot cannot be read"
        ) from exc


def _check_unique(document: Mapping[str, Any]) -> None:
    for part in PARTS:
        seen: dict[tuple[Any, ...], int] = {}
        for index, row in enumerate(document.get(part.name, ())):
            # Ids and dates are compared in one case; setting keys are case-sensitive.
            key = tuple(
                row[k] if part.name == "settings" else str(row[k]).lower() for k in part.key
            )
            first = seen.setdefault(key, index)
            if first != index:
                raise ExchangeError(
                    "duplicate",
                    _where(part.name, index),
                    f"the same {part.label} is already at {_where(part.name, first)}",
                    other=_where(part.name, first),
                )
    pairs: dict[tuple[str, str], int] = {}
    for index, row in enumerate(document.get("cells", ())):
        pair = (row["stage_id"].lower(), row["lane_id"].lower())
        first = pairs.setdefault(pair, index)
        if first != index:
            raise ExchangeError(
                "duplicate",
                _where("cells", index),
                f"the cell at {_where('cells', first)} has the same stage and lane",
                other=_where("cells", first),
            )


def check(document: Any) -> None:
    """Raises ExchangeError at the first thing that makes ``document`` unloadable on its own.

    Depth, format and version first (the clearest messages), then the JSON Schema, then
    what a schema cannot say: duplicate ids, pictures, snapshots. References to rows in the
    workspace are checked by ``load``.
    """
    _check_depth(document)
    _check_header(document)
    try:
        validator().validate(document)
    except SchemaViolation as exc:
        raise ExchangeError(exc.code, exc.where, exc.detail, **exc.params) from exc
    _check_unique(document)
    for index, row in enumerate(document.get("personas", ())):
        _check_photo(index, row)
    for index, row in enumerate(document.get("settings", ())):
        _check_logo(index, row)
    for index, row in enumerate(document.get("snapshots", ())):
        _check_snapshot(index, row)


# Loading -------------------------------------------------------------------------------


class _Rows:
    """The document's rows of one table as column values, in the document's order."""

    def __init__(self, part: _Part, table: "Table", raw: list[dict[str, Any]]) -> None:
        self.part = part
        names = _columns(table)
        converters: list[tuple[str, str, type[StrEnum] | None]] = []
        for name in names:
            column_type = table.c[name].type
            enum_class = getattr(column_type, "enum_class", None)
            converters.append((name, _kind(table, name), enum_class))
        self.rows = [
            {name: _from_json(kind, row[name], enum) for name, kind, enum in converters}
            for row in raw
        ]


def _loadable(part: _Part, document: Mapping[str, Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = document.get(part.name, [])
    if part.name != "settings":
        return rows
    return [row for row in rows if row["key"] not in _FILE_OWN_SETTINGS]


class _Loader:
    """Checks a document against the workspace and writes it, inside one transaction."""

    def __init__(self, s: "Session", document: Mapping[str, Any]) -> None:
        self.s = s
        self.tables = _tables()
        self.doc = {
            part.name: _Rows(part, self.tables[part.name], _loadable(part, document))
            for part in PARTS
        }
        self.report = LoadReport()

    # Reads of what is there --------------------------------------------------------------

    def _existing(self, part: str, *columns: str) -> list[tuple[Any, ...]]:
        from sqlalchemy import select

        table = self.tables[part]
        return [
            tuple(r) for r in self.s.connection().execute(select(*(table.c[c] for c in columns)))
        ]

    def _parents(self, part: str, parent: str) -> dict[Any, Any]:
        return dict(cast(list[tuple[Any, Any]], self._existing(part, "id", parent)))

    # Checks against the workspace --------------------------------------------------------

    def _refuse(self, code: str, part: str, index: int, column: str, detail: str) -> ExchangeError:
        return ExchangeError(code, _where(part, index, column), detail)

    def _merge_parents(
        self, part: str, parent: str, known_parents: set[Any], parent_label: str
    ) -> dict[Any, Any]:
        """Row id -> parent id after the load; refuses moves and unknown parents."""
        existing = self._parents(part, parent)
        merged = dict(existing)
        label = _PART[part].label
        for index, row in enumerate(self.doc[part].rows):
            before = existing.get(row["id"])
            if before is not None and before != row[parent]:
                raise self._refuse(
                    "conflict",
                    part,
                    index,
                    parent,
                    f"this {label} belongs to another {parent_label} in the workspace; "
                    "a load cannot move it",
                )
            if row[parent] not in known_parents:
                raise self._refuse(
                    "missing_reference",
                    part,
                    index,
                    parent,
                    f"there is no {parent_label} {row[parent]} in the file or in the workspace",
                )
            merged[row["id"]] = row[parent]
        return merged

    def _require(
        self, part: str, column: str, known: Mapping[Any, Any] | set[Any], label: str
    ) -> None:
        for index, row in enumerate(self.doc[part].rows):
            value = row[column]
            if value is not None and value not in known:
                raise self._refuse(
                    "missing_reference",
                    part,
                    index,
                    column,
                    f"there is no {label} {value} in the file or in the workspace",
                )

    def check_references(self) -> list[Any]:
        """Checks every reference; returns the ids of cells the document replaces."""
        d = self.doc
        personas = {r[0] for r in self._existing("personas", "id")}
        personas |= {r["id"] for r in d["personas"].rows}
        journeys = {r[0] for r in self._existing("journey_maps", "id")}
        journeys |= {r["id"] for r in d["journey_maps"].rows}
        self._require("journey_personas", "journey_id", journeys, "journey map")
        self._require("journey_personas", "persona_id", personas, "persona")
        stages = self._merge_parents("stages", "journey_id", journeys, "journey map")
        lanes = self._merge_parents("lanes", "journey_id", journeys, "journey map")
        for index, row in enumerate(d["stages"].rows):
            target = row["loop_to_id"]
            if target is None:
                continue
            if target not in stages:
                raise self._refuse(
                    "missing_reference",
                    "stages",
                    index,
                    "loop_to_id",
                    f"there is no stage {target} in the file or in the workspace",
                )
            if target == row["id"] or stages[target] != row["journey_id"]:
                raise self._refuse(
                    "inconsistent",
                    "stages",
                    index,
                    "loop_to_id",
                    "a stage can only loop to another stage of its own journey map",
                )
        replaced = self._check_cells(stages, lanes)
        self._require("emotion_scores", "stage_id", stages, "stage")
        self._require("emotion_scores", "persona_id", personas, "persona")
        metrics = self._merge_parents("metrics", "stage_id", set(stages), "stage")
        self._require("metric_values", "metric_id", metrics, "metric")
        self._check_periods()
        sessions = self._merge_parents("workshop_sessions", "journey_id", journeys, "journey map")
        self._merge_parents("captured_items", "session_id", set(sessions), "workshop")
        for index, row in enumerate(d["captured_items"].rows):
            stage = row["stage_id"]
            if stage is None:
                continue
            if stage not in stages:
                raise self._refuse(
                    "missing_reference",
                    "captured_items",
                    index,
                    "stage_id",
                    f"there is no stage {stage} in the file or in the workspace",
                )
            if stages[stage] != sessions[row["session_id"]]:
                raise self._refuse(
                    "inconsistent",
                    "captured_items",
                    index,
                    "stage_id",
                    "the stage is not on the workshop's journey map",
                )
        self._merge_parents("snapshots", "journey_id", journeys, "journey map")
        return replaced

    def _check_periods(self) -> None:
        """Refuses a value whose day is not the first of a period of its metric's granularity."""
        from personabuilder.analytics.periods import period_start

        granularity = dict(
            cast(list[tuple[Any, Any]], self._existing("metrics", "id", "granularity"))
        )
        granularity.update({r["id"]: r["granularity"] for r in self.doc["metrics"].rows})
        for index, row in enumerate(self.doc["metric_values"].rows):
            day = row["period_start"]
            every = granularity[row["metric_id"]]
            start = period_start(day, every)
            if start != day:
                raise ExchangeError(
                    "not_period_start",
                    _where("metric_values", index, "period_start"),
                    f"{day.isoformat()} is not the first day of a {_PERIOD_WORDS[every]} "
                    f"(the metric's values are {every.value}ly); that period starts on "
                    f"{start.isoformat()}",
                    day=day.isoformat(),
                    granularity=every.value,
                    start=start.isoformat(),
                )

    def _check_cells(self, stages: Mapping[Any, Any], lanes: Mapping[Any, Any]) -> list[Any]:
        existing = {
            cell_id: (stage, lane)
            for cell_id, stage, lane in self._existing("cells", "id", "stage_id", "lane_id")
        }
        at = {pair: cell_id for cell_id, pair in existing.items()}
        replaced: list[Any] = []
        for index, row in enumerate(self.doc["cells"].rows):
            pair = (row["stage_id"], row["lane_id"])
            before = existing.get(row["id"])
            if before is not None and before != pair:
                raise self._refuse(
                    "conflict",
                    "cells",
                    index,
                    "stage_id",
                    "this cell is at another stage and lane in the workspace; "
                    "a load cannot move it",
                )
            if row["stage_id"] not in stages:
                raise self._refuse(
                    "missing_reference",
                    "cells",
                    index,
                    "stage_id",
                    f"there is no stage {row['stage_id']} in the file or in the workspace",
                )
            if row["lane_id"] not in lanes:
                raise self._refuse(
                    "missing_reference",
                    "cells",
                    index,
                    "lane_id",
                    f"there is no lane {row['lane_id']} in the file or in the workspace",
                )
            if stages[row["stage_id"]] != lanes[row["lane_id"]]:
                raise ExchangeError(
                    "inconsistent",
                    _where("cells", index),
                    "the stage and the lane belong to different journey maps",
                )
            occupant = at.get(pair)
            if occupant is not None and occupant != row["id"]:
                replaced.append(occupant)
        return replaced

    # Writing -----------------------------------------------------------------------------

    def _write(self, part: str, rows: list[dict[str, Any]] | None = None) -> None:
        from sqlalchemy import and_, bindparam

        table = self.tables[part]
        spec = _PART[part]
        rows = self.doc[part].rows if rows is None else rows
        if not rows:
            return
        compared = _columns(table)
        present = {
            tuple(r[: len(spec.key)]): r[len(spec.key) :]
            for r in self._existing(part, *spec.key, *compared)
        }
        kinds = [_kind(table, c) for c in compared]
        new = [r for r in rows if tuple(r[k] for k in spec.key) not in present]
        # Rows known and equal are left alone: loading the same file twice reports no change.
        old = [
            r
            for r in rows
            if (held := present.get(tuple(r[k] for k in spec.key))) is not None
            and not all(
                _same(kind, r[c], value)
                for c, kind, value in zip(compared, kinds, held, strict=True)
            )
        ]
        if new:
            self.s.execute(table.insert(), new)
        if old:
            values = [c for c in old[0] if c not in spec.key]
            changed: dict[str, Any] = {c: bindparam(f"new_{c}") for c in values}
            if _VERSION in table.c:
                # A loaded change is a change: an editor based on the row before must see it.
                changed[_VERSION] = table.c[_VERSION] + 1
            statement = (
                table.update()
                .where(and_(*(table.c[k] == bindparam(f"key_{k}") for k in spec.key)))
                .values(changed)
            )
            self.s.execute(
                statement,
                [
                    {
                        **{f"key_{k}": r[k] for k in spec.key},
                        **{f"new_{c}": r[c] for c in values},
                    }
                    for r in old
                ],
            )
        self.report.added[part] = len(new)
        self.report.updated[part] = len(old)

    def _placed(self, part: str, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The rows with the positions they get (see the module's description)."""
        spec = _PART[part]
        shared = _ORDERED[part]
        columns = list(dict.fromkeys([*spec.key, "position", *([shared] if shared else [])]))
        held: dict[tuple[Any, ...], int] = {}
        in_list: dict[Any, set[tuple[Any, ...]]] = {}
        for values in self._existing(part, *columns):
            record = dict(zip(columns, values, strict=True))
            key = tuple(record[k] for k in spec.key)
            held[key] = record["position"]
            in_list.setdefault(record[shared] if shared else None, set()).add(key)
        lists: dict[Any, list[int]] = {}
        for index, row in enumerate(rows):
            lists.setdefault(row[shared] if shared else None, []).append(index)
        placed = list(rows)
        for name, indexes in lists.items():
            keys = {tuple(rows[i][k] for k in spec.key) for i in indexes}
            if in_list.get(name, set()) <= keys:
                continue  # the document holds the whole list: its order stands
            known = [i for i in indexes if tuple(rows[i][k] for k in spec.key) in held]
            fresh = [i for i in indexes if i not in set(known)]
            slots = sorted(held[tuple(rows[i][k] for k in spec.key)] for i in known)
            for slot, i in zip(
                slots, sorted(known, key=lambda i: (rows[i]["position"], i)), strict=True
            ):
                placed[i] = {**rows[i], "position": slot}
            after = max(held[key] for key in in_list[name]) + 1
            if fresh and after + len(fresh) - 1 > POSITION_MAX:
                raise ExchangeError(
                    "out_of_range",
                    _where(part, fresh[0], "position"),
                    f"there is no room for another {spec.label} after the last one in the "
                    f"workspace (position {after - 1:,})",
                )
            for offset, i in enumerate(sorted(fresh, key=lambda i: (rows[i]["position"], i))):
                placed[i] = {**rows[i], "position": after + offset}
        return placed

    def write(self, replaced_cells: list[Any]) -> LoadReport:
        from sqlalchemy import bindparam

        from personabuilder.model.search import SEARCHED_LISTS, SEARCHED_TEXT, fold, search_text

        self._write("settings")
        personas = [
            {
                **r,
                "search_text": search_text(
                    (r[k] for k in SEARCHED_TEXT), (r[k] for k in SEARCHED_LISTS)
                ),
                "sort_name": fold(r["name"]),
            }
            for r in self._placed("personas", self.doc["personas"].rows)
        ]
        self._write("personas", personas)
        for part in ("journey_maps", "journey_personas"):
            self._write(part, self._placed(part, self.doc[part].rows))
        # A new stage may loop to a stage written after it: its loop is set once all exist.
        stages = self.tables["stages"]
        existing_stages = {r[0] for r in self._existing("stages", "id")}
        loops = [
            (r["id"], r["loop_to_id"])
            for r in self.doc["stages"].rows
            if r["id"] not in existing_stages and r["loop_to_id"] is not None
        ]
        self._write(
            "stages",
            [
                {
                    **r,
                    "loop_to_id": None if r["id"] not in existing_stages else r["loop_to_id"],
                }
                for r in self._placed("stages", self.doc["stages"].rows)
            ],
        )
        self._write("lanes", self._placed("lanes", self.doc["lanes"].rows))
        if replaced_cells:
            cells = self.tables["cells"]
            for start in range(0, len(replaced_cells), 500):
                chunk = replaced_cells[start : start + 500]
                self.s.execute(cells.delete().where(cells.c.id.in_(chunk)))
        self._write("cells")
        self._write("emotion_scores")
        self._write("metrics", self._placed("metrics", self.doc["metrics"].rows))
        self._write("metric_values")
        self._write("workshop_sessions")
        self._write(
            "captured_items", self._placed("captured_items", self.doc["captured_items"].rows)
        )
        self._write("snapshots")
        if loops:
            self.s.execute(
                stages.update()
                .where(stages.c.id == bindparam("key_id"))
                .values(loop_to_id=bindparam("new_loop")),
                [{"key_id": sid, "new_loop": target} for sid, target in loops],
            )
        return LoadReport(
            added={k: v for k, v in self.report.added.items() if v},
            updated={k: v for k, v in self.report.updated.items() if v},
            replaced_cells=len(replaced_cells),
        )


def load(target: "Services | UnitOfWork", document: Any, *, checked: bool = False) -> LoadReport:
    """Merges ``document`` into the workspace by id, in one transaction: all of it or nothing.

    Raises ExchangeError (a ValidationError) naming the first problem; the workspace is then
    unchanged. ``checked`` skips ``check`` when the caller has just run it on this document
    (to refuse a file before backing the workspace up) and has not changed it since.
    """
    from personabuilder.store.errors import ConstraintError

    if not checked:
        check(document)
    uow = _unit(target)
    try:
        with uow.transaction() as s:
            loader = _Loader(s, document)
            replaced = loader.check_references()
            return loader.write(replaced)
    except ConstraintError as exc:
        raise ExchangeError(
            "rejected", "", f"the workspace refused the data ({exc}); nothing was loaded"
        ) from exc


def load_file(target: "Services | UnitOfWork", source: Path) -> LoadReport:
    """Reads an exchange file and merges it into the workspace (see ``load``)."""
    return load(target, read_document(source))


def document_counts(document: Mapping[str, Any]) -> dict[str, int]:
    """Rows of each table in a (checked) document."""
    return {part.name: len(document.get(part.name, ())) for part in PARTS}
