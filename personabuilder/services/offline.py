"""Offline copies of a team workspace, and publishing what changed in them back to the server.

A copy is an ordinary workspace file with two settings of its own: where it came from
(the server URL without a password, the team workspace's id, the time) and, per row, the
server version and the values it had when copied (the base). Publishing compares the copy
with its base to find what the user added, changed and deleted, and the server with the
base to find what colleagues did meanwhile; a row both changed is merged field by field
(``conflicts.merge``), and what cannot merge is reported and left alone on both sides.
Everything is sent in one server transaction: a failure sends nothing.
"""

import base64
import enum
import json
import logging
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from personabuilder.services.conflicts import merge, same

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlmodel import Session

    from personabuilder.store.seam import WorkspaceStore

log = logging.getLogger(__name__)

ORIGIN_KEY = "offline_origin"
BASE_KEY = "offline_base"
TEAM_ID_KEY = "team_workspace_id"
# Settings that name one database or one file, never content to publish.
_LOCAL_KEYS = frozenset({ORIGIN_KEY, BASE_KEY, TEAM_ID_KEY, "wal_lineage"})
# Kept by the services from other fields or the clock: they follow the row, never conflict.
_DERIVED = frozenset({"updated_at", "search_text", "sort_name", "version"})

Choice = Literal["mine", "theirs"]

_KINDS = {
    "workspace_setting": "setting",
    "persona": "persona",
    "journey_map": "journey map",
    "journey_persona": "persona of a map",
    "stage": "stage",
    "lane": "lane",
    "cell": "cell",
    "emotion_score": "emotion score",
    "metric": "metric",
    "metric_value": "metric value",
    "workshop_session": "workshop",
    "captured_item": "captured item",
    "snapshot": "snapshot",
}


class OfflineError(Exception):
    """An offline copy cannot be taken or published; the message says why."""


class PublishLoginError(OfflineError):
    """The origin server refused the login (no password known, or a wrong one)."""


@dataclass(frozen=True)
class Origin:
    """Where an offline copy came from."""

    url: str
    """The server URL, without a password."""
    workspace_id: str
    copied_at: datetime


@dataclass(frozen=True)
class PublishConflict:
    """One field (or a whole row) changed both offline and on the server since the copy."""

    kind: str
    """What the row is ("persona", "cell")."""
    name: str
    field: str
    """The field both changed, or "(deleted)" when one side deleted the row."""
    theirs: Any
    yours: Any
    row: str
    """The row's key, to choose a side for it (``publish(keep={row: ...})``)."""


@dataclass
class PublishReport:
    """What a publish sent, and what it could not."""

    added: list[tuple[str, str]] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)
    deleted: list[tuple[str, str]] = field(default_factory=list)
    conflicts: list[PublishConflict] = field(default_factory=list)

    @property
    def sent(self) -> int:
        """How many rows were sent."""
        return len(self.added) + len(self.changed) + len(self.deleted)

    @property
    def nothing(self) -> bool:
        """True when there was nothing to send and nothing in conflict."""
        return not self.sent and not self.conflicts


# -- values as JSON -------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """``value`` as JSON can hold it, equal for equal stored values on either backend."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return {"bytes": base64.b64encode(bytes(value)).decode("ascii")}
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    return value


def _key_text(table: "Table", row: Mapping[str, Any]) -> str:
    return json.dumps([plain(row[c.name]) for c in table.primary_key.columns])


def _fields(table: "Table") -> list[str]:
    return [c.name for c in table.columns if c.name not in _DERIVED]


def _rows(s: "Session", table: "Table") -> dict[str, dict[str, Any]]:
    from sqlalchemy import select

    rows: dict[str, dict[str, Any]] = {}
    for row in s.execute(select(table)).mappings():
        values = dict(row)
        if table.name == "workspace_setting" and values["key"] in _LOCAL_KEYS:
            continue
        rows[_key_text(table, values)] = values
    return rows


def _entry(table: "Table", values: Mapping[str, Any]) -> dict[str, Any]:
    return {"v": values.get("version", 0), "f": {n: plain(values[n]) for n in _fields(table)}}


def _label(table: "Table", values: Mapping[str, Any]) -> str:
    for name in ("name", "title", "text", "key"):
        if name in values and values[name] not in (None, ""):
            return str(plain(values[name]))[:80]
    if "period_start" in values:
        return str(plain(values["period_start"]))
    return ""


def _tables() -> list["Table"]:
    from personabuilder.model.tables import metadata

    return list(metadata.sorted_tables)


def _get_setting(s: "Session", key: str) -> str | None:
    from sqlalchemy import select

    from personabuilder.model.tables import WorkspaceSetting

    table = WorkspaceSetting.__table__  # type: ignore[attr-defined]
    found = s.execute(select(table.c.value).where(table.c.key == key)).scalar_one_or_none()
    return None if found is None else str(found)


def _set_setting(s: "Session", key: str, value: str) -> None:
    from sqlalchemy import insert, update

    from personabuilder.model.tables import WorkspaceSetting

    table = WorkspaceSetting.__table__  # type: ignore[attr-defined]
    if _get_setting(s, key) is None:
        s.execute(insert(table).values(key=key, value=value))
    else:
        s.execute(update(table).where(table.c.key == key).values(value=value))


def _base_of(copy: "WorkspaceStore") -> dict[str, dict[str, dict[str, Any]]]:
    with copy.reading() as s:
        base: dict[str, dict[str, dict[str, Any]]] = {}
        for table in _tables():
            base[table.name] = {k: _entry(table, v) for k, v in _rows(s, table).items()}
        return base


# -- taking a copy offline -----------------------------------------------------------------


def origin_url(url: str) -> str:
    """``url`` without any password, as a copy remembers it."""
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if k != "password"])
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def team_workspace_id(team: "WorkspaceStore") -> str:
    """The team workspace's id, made and stored on the server the first time it is asked."""
    with team.transaction() as s:
        found = _get_setting(s, TEAM_ID_KEY)
        if found:
            return found
        made = uuid.uuid4().hex
        _set_setting(s, TEAM_ID_KEY, made)
        return made


def take_offline(team: "WorkspaceStore", url: str, dest: Path) -> Origin:
    """Copies the team workspace open as ``team`` (from ``url``) into the new file ``dest``."""
    from personabuilder.model.types import utcnow
    from personabuilder.store import ViewOnlyError, create_workspace
    from personabuilder.store.seam import copy_contents

    if not team.is_team:
        raise OfflineError(f"{team.location} is not a team workspace; only those go offline.")
    try:
        workspace_id = team_workspace_id(team)
    except ViewOnlyError:
        # A viewer may read offline, but never publish: the copy names no workspace.
        workspace_id = ""
    origin = Origin(origin_url(url), workspace_id, utcnow())

    def populate(copy: "WorkspaceStore") -> None:
        copy_contents(team, copy)
        base = _base_of(copy)
        with copy.transaction() as s:
            _set_setting(s, ORIGIN_KEY, _origin_json(origin))
            _set_setting(s, BASE_KEY, json.dumps(base))

    create_workspace(dest, populate=populate).close()
    log.info("took %s offline into %s", team.location, dest.name)
    return origin


def _origin_json(origin: Origin) -> str:
    return json.dumps(
        {
            "url": origin.url,
            "workspace_id": origin.workspace_id,
            "copied_at": origin.copied_at.isoformat(),
        }
    )


def origin_of(copy: "WorkspaceStore") -> Origin:
    """Where the offline copy open as ``copy`` came from; OfflineError if it is not one."""
    with copy.reading() as s:
        text = _get_setting(s, ORIGIN_KEY)
    if not text:
        raise OfflineError(f"{copy.location} is not an offline copy of a team workspace.")
    data = json.loads(text)
    return Origin(data["url"], data["workspace_id"], datetime.fromisoformat(data["copied_at"]))


# -- publishing ----------------------------------------------------------------------------


@dataclass
class _Plan:
    """What one publish will do on the server and then in the copy."""

    report: PublishReport
    inserts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    updates: dict[str, list[tuple[dict[str, Any], int, dict[str, Any]]]] = field(
        default_factory=dict
    )
    # Per table: key text -> (key, version checked or None, base entry).
    deletes: dict[str, dict[str, tuple[dict[str, Any], int | None, Any]]] = field(
        default_factory=dict
    )
    # In the copy afterwards: rows to set to the server's values, rows to remove.
    copy_sets: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    copy_drops: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    # Base entries to refresh (None: forget the row).
    new_base: dict[str, dict[str, dict[str, Any] | None]] = field(default_factory=dict)


def _key(table: "Table", values: Mapping[str, Any]) -> dict[str, Any]:
    return {c.name: values[c.name] for c in table.primary_key.columns}


def _plain_fields(table: "Table", values: Mapping[str, Any]) -> dict[str, Any]:
    return {n: plain(values[n]) for n in _fields(table)}


def _plan(
    tables: list["Table"],
    base: Mapping[str, Mapping[str, Mapping[str, Any]]],
    mine: Mapping[str, Mapping[str, dict[str, Any]]],
    theirs: Mapping[str, Mapping[str, dict[str, Any]]],
    keep: Mapping[str, Choice],
) -> _Plan:
    plan = _Plan(PublishReport())
    report = plan.report
    for table in tables:
        name = table.name
        kind = _KINDS.get(name, name)
        was_rows, my_rows, their_rows = base.get(name, {}), mine[name], theirs[name]
        fields = _fields(table)
        refreshed = plan.new_base.setdefault(name, {})
        versioned = "version" in table.c
        for key in sorted(set(was_rows) | set(my_rows)):
            was, my, their = was_rows.get(key), my_rows.get(key), their_rows.get(key)
            choice = keep.get(f"{name}:{key}")
            label = _label(table, my or their or {})
            if was is None:
                if my is None:
                    continue
                if their is None:
                    plan.inserts.setdefault(name, []).append(my)
                    refreshed[key] = _entry(table, {**my, "version": 1})
                    continue
                was = _entry(table, their) if choice == "mine" else None
                if was is None:
                    # Both sides added a row with this key (a setting, a score).
                    if same(_plain_fields(table, my), _plain_fields(table, their)):
                        refreshed[key] = _entry(table, their)
                        continue
                    was = {"v": -1, "f": dict.fromkeys(fields)}
            my_changed = my is not None and not same(_plain_fields(table, my), was["f"])
            if their is None:
                their_changed = True
            elif versioned:
                their_changed = their.get("version") != was["v"]
            else:
                their_changed = not same(_plain_fields(table, their), was["f"])
            if my is None:
                # Deleted offline.
                if their is None:
                    refreshed[key] = None
                elif not their_changed or choice == "mine":
                    version = their.get("version") if versioned else None
                    plan.deletes.setdefault(name, {})[key] = (_key(table, their), version, was)
                    refreshed[key] = None
                elif choice == "theirs":
                    plan.copy_sets.setdefault(name, []).append(their)
                    refreshed[key] = _entry(table, their)
                else:
                    report.conflicts.append(
                        PublishConflict(
                            kind,
                            _label(table, their),
                            "(deleted)",
                            "changed",
                            "deleted",
                            name + ":" + key,
                        )
                    )
                continue
            if not my_changed:
                continue
            if their is None:
                # Changed offline, deleted on the server.
                if choice == "mine":
                    plan.inserts.setdefault(name, []).append(my)
                    refreshed[key] = _entry(table, {**my, "version": 1})
                elif choice == "theirs":
                    plan.copy_drops.setdefault(name, []).append(_key(table, my))
                    refreshed[key] = None
                else:
                    report.conflicts.append(
                        PublishConflict(
                            kind, label, "(deleted)", "deleted", "changed", name + ":" + key
                        )
                    )
                continue
            their_plain = _plain_fields(table, their)
            my_plain = _plain_fields(table, my)
            result = merge(was["f"], their_plain, my_plain)
            if result.conflicts and choice == "theirs":
                plan.copy_sets.setdefault(name, []).append(their)
                refreshed[key] = _entry(table, their)
                continue
            if result.conflicts and choice != "mine":
                for column, (_, now, yours) in result.conflicts.items():
                    report.conflicts.append(
                        PublishConflict(kind, label, str(column), now, yours, name + ":" + key)
                    )
                continue
            # Keeping mine: the fields in conflict take my values; the others still merge.
            writes = {n: my[n] for n in [*result.writes, *result.conflicts]}
            for derived in ("updated_at", "search_text", "sort_name"):
                if derived in table.c and writes:
                    writes[derived] = my[derived]
            if name == "persona" and result.kept and writes:
                writes.update(_persona_derived({**their, **writes}))
            merged = {**their, **writes}
            if writes:
                version = int(their.get("version") or 0)
                plan.updates.setdefault(name, []).append((_key(table, their), version, writes))
                report.changed.append((kind, label))
                merged["version"] = version + 1 if versioned else None
            if result.kept:
                plan.copy_sets.setdefault(name, []).append(merged)
            refreshed[key] = _entry(table, merged)
    _settle_deletes(tables, plan, theirs)
    _settle_inserts(tables, plan, theirs)
    return plan


def _parents(table: "Table") -> list[tuple[str, "Table"]]:
    """The columns of ``table`` that reference another table's one-column key."""
    return [
        (fk.parent.name, fk.column.table)
        for fk in table.foreign_keys
        if fk.column.table is not table and len(fk.column.table.primary_key.columns) == 1
    ]


def _settle_deletes(
    tables: list["Table"], plan: _Plan, theirs: Mapping[str, Mapping[str, dict[str, Any]]]
) -> None:
    """Keeps a delete only if every row its cascade takes on the server is deleted offline too.

    A colleague's new or changed row inside what was deleted offline would go with it: the
    deletion is then a conflict. Only deletions not implied by a parent's are reported.
    """
    blocked = True
    while blocked:
        blocked = False
        for table in tables:
            for column, parent in _parents(table):
                doomed = plan.deletes.get(parent.name, {})
                if not doomed:
                    continue
                mine = plan.deletes.get(table.name, {})
                for key, row in theirs[table.name].items():
                    ref = json.dumps([plain(row[column])])
                    if row[column] is None or ref not in doomed or key in mine:
                        continue
                    _, _, was = doomed.pop(ref)
                    plan.new_base[parent.name][ref] = was
                    their = theirs[parent.name][ref]
                    plan.report.conflicts.append(
                        PublishConflict(
                            _KINDS.get(parent.name, parent.name),
                            _label(parent, their),
                            "(deleted)",
                            "changed",
                            "deleted",
                            f"{parent.name}:{ref}",
                        )
                    )
                    blocked = True
    for table in tables:
        for key, (_, _, _) in plan.deletes.get(table.name, {}).items():
            row = theirs[table.name][key]
            implied = any(
                row[column] is not None
                and json.dumps([plain(row[column])]) in plan.deletes.get(parent.name, {})
                for column, parent in _parents(table)
            )
            if not implied:
                plan.report.deleted.append((_KINDS.get(table.name, table.name), _label(table, row)))


def _settle_inserts(
    tables: list["Table"], plan: _Plan, theirs: Mapping[str, Mapping[str, dict[str, Any]]]
) -> None:
    """Refuses a row added offline inside something deleted on the server (a conflict)."""
    inserted: dict[str, set[str]] = {}
    for table in tables:
        kept = []
        for row in plan.inserts.get(table.name, []):
            refs = [
                (parent, json.dumps([plain(row[column])]))
                for column, parent in _parents(table)
                if row[column] is not None
            ]
            key = _key_text(table, row)
            if not all(_will_exist(parent, ref, plan, theirs, inserted) for parent, ref in refs):
                plan.new_base[table.name].pop(key, None)
                plan.report.conflicts.append(
                    PublishConflict(
                        _KINDS.get(table.name, table.name),
                        _label(table, row),
                        "(deleted)",
                        "deleted",
                        "added",
                        f"{table.name}:{key}",
                    )
                )
                continue
            kept.append(row)
            inserted.setdefault(table.name, set()).add(key)
            # Rows added with their parent are part of it in the report.
            implied = any(
                ref in inserted.get(parent.name, set())
                and table.name in _PARTS.get(parent.name, ())
                for parent, ref in refs
            )
            if not implied:
                plan.report.added.append((_KINDS.get(table.name, table.name), _label(table, row)))
        plan.inserts[table.name] = kept


_PARTS = {
    "journey_map": ("journey_persona", "stage", "lane"),
    "stage": ("cell", "metric", "emotion_score"),
    "metric": ("metric_value",),
}


def _will_exist(
    parent: "Table",
    ref: str,
    plan: _Plan,
    theirs: Mapping[str, Mapping[str, dict[str, Any]]],
    inserted: Mapping[str, set[str]],
) -> bool:
    if ref in plan.deletes.get(parent.name, {}):
        return False
    return ref in theirs[parent.name] or ref in inserted.get(parent.name, set())


def _persona_derived(values: Mapping[str, Any]) -> dict[str, Any]:
    from personabuilder.model.search import SEARCHED_LISTS, SEARCHED_TEXT, fold, search_text

    return {
        "search_text": search_text(
            (values.get(k, "") for k in SEARCHED_TEXT), (values.get(k, ()) for k in SEARCHED_LISTS)
        ),
        "sort_name": fold(values.get("name", "")),
    }


class _StaleError(Exception):
    """A colleague wrote a row between the publish's read and its write."""


def _send(s: "Session", tables: list["Table"], plan: _Plan) -> None:
    from sqlalchemy import and_, delete, insert, update

    def where(table: "Table", key: Mapping[str, Any]) -> Any:
        return and_(*(table.c[n] == v for n, v in key.items()))

    for table in reversed(tables):
        for key, version, _ in plan.deletes.get(table.name, {}).values():
            clause = where(table, key)
            if version is not None:
                clause = and_(clause, table.c.version == version)
            # A row a cascade already removed is gone as wished; a changed one is stale.
            s.execute(delete(table).where(clause))
    for table in tables:
        self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        later: list[tuple[dict[str, Any], dict[str, Any]]] = []
        rows = []
        for row in plan.inserts.get(table.name, []):
            values = dict(row)
            if "version" in table.c:
                values["version"] = 1
            refs = {n: values[n] for n in self_refs if values[n] is not None}
            if refs:
                later.append((_key(table, values), refs))
                values.update(dict.fromkeys(refs))
            rows.append(values)
        if rows:
            s.execute(insert(table), rows)
        for key, version, writes in plan.updates.get(table.name, []):
            clause, values = where(table, key), dict(writes)
            if "version" in table.c:
                clause = and_(clause, table.c.version == version)
                values["version"] = version + 1
            done = s.execute(update(table).where(clause).values(values))
            if getattr(done, "rowcount", 1) != 1:
                raise _StaleError(table.name)
        for key, refs in later:
            s.execute(update(table).where(where(table, key)).values(refs))


def _apply_to_copy(s: "Session", tables: list["Table"], plan: _Plan) -> None:
    from sqlalchemy import and_, delete, insert, select, update

    for table in reversed(tables):
        for key in plan.copy_drops.get(table.name, []):
            s.execute(delete(table).where(and_(*(table.c[n] == v for n, v in key.items()))))
    for table in tables:
        for row in plan.copy_sets.get(table.name, []):
            key = _key(table, row)
            clause = and_(*(table.c[n] == v for n, v in key.items()))
            values = {n: v for n, v in row.items() if n != "version"}
            if s.execute(select(*table.primary_key.columns).where(clause)).first() is None:
                s.execute(insert(table).values(values))
            else:
                # A newer version: an editor open on the old values merges, never overwrites.
                bump = {"version": table.c.version + 1} if "version" in table.c else {}
                s.execute(update(table).where(clause).values({**values, **bump}))


def publish(
    copy_path: Path,
    *,
    url: str | None = None,
    keep: Mapping[str, Choice] | Choice | None = None,
) -> PublishReport:
    """Sends what changed in the offline copy at ``copy_path`` to the team workspace it came from.

    ``url`` may give the server URL with a password (it must lead to the same workspace);
    ``keep`` resolves conflicts: "mine" or "theirs" for all, or per row key.
    """
    from personabuilder.store import WorkspaceError, open_workspace

    try:
        copy = open_workspace(copy_path, daily_backup=False)
    except WorkspaceError as exc:
        raise OfflineError(str(exc)) from exc
    try:
        return publish_copy(copy, url=url, keep=keep)
    finally:
        copy.close()


def publish_copy(
    copy: "WorkspaceStore",
    *,
    url: str | None = None,
    keep: Mapping[str, Choice] | Choice | None = None,
) -> PublishReport:
    """``publish`` for an offline copy that is open already (in the app)."""
    from personabuilder.store import (
        LoginRefusedError,
        ServerUnreachableError,
        WorkspaceError,
        open_workspace,
    )

    try:
        origin = origin_of(copy)
        if not origin.workspace_id:
            raise OfflineError(
                "This copy was taken by a login that may only view the team workspace; "
                "it cannot be published."
            )
        with copy.reading() as s:
            base = json.loads(_get_setting(s, BASE_KEY) or "{}")
        tables = _tables()
        with copy.reading() as s:
            mine = {t.name: _rows(s, t) for t in tables}
        try:
            team = open_workspace(url or _with_known_password(origin.url))
        except ServerUnreachableError as exc:
            raise OfflineError(f"Cannot publish: the origin server is out of reach. {exc}") from exc
        except LoginRefusedError as exc:
            raise PublishLoginError(f"Nothing was published: {exc}") from exc
        try:
            with team.reading() as s:
                found = _get_setting(s, TEAM_ID_KEY)
            if found != origin.workspace_id:
                raise OfflineError(
                    f"{team.location} is another team workspace than the one this copy came "
                    "from; nothing was published."
                )
            return _publish_to(team, copy, tables, base, mine, keep)
        finally:
            team.close()
    except WorkspaceError as exc:
        raise OfflineError(str(exc)) from exc


def _with_known_password(url: str) -> str:
    """``url`` with the keyring's password for it, if one is kept there (in memory only)."""
    from urllib.parse import urlencode, urlsplit, urlunsplit

    from personabuilder.store import credentials

    password = credentials.password_for(url)
    if not password:
        return url  # libpq may still find one in the password file or PGPASSWORD
    parts = urlsplit(url)
    query = "&".join(q for q in (parts.query, urlencode({"password": password})) if q)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def _publish_to(
    team: "WorkspaceStore",
    copy: "WorkspaceStore",
    tables: list["Table"],
    base: Mapping[str, Mapping[str, Mapping[str, Any]]],
    mine: Mapping[str, Mapping[str, dict[str, Any]]],
    keep: Mapping[str, Choice] | Choice | None,
) -> PublishReport:
    for _ in range(3):
        try:
            with team.transaction() as s:
                theirs = {t.name: _rows(s, t) for t in tables}
                choices = _choices(keep, base, mine, theirs)
                plan = _plan(tables, base, mine, theirs, choices)
                _send(s, tables, plan)
        except _StaleError:
            continue
        break
    else:
        raise OfflineError("Colleagues kept changing the workspace during the publish; try again.")
    refreshed: dict[str, dict[str, Any]] = {k: dict(v) for k, v in base.items()}
    for name, entries in plan.new_base.items():
        rows = refreshed.setdefault(name, {})
        for key, entry in entries.items():
            if entry is None:
                rows.pop(key, None)
            else:
                rows[key] = entry
    with copy.transaction() as s:
        _apply_to_copy(s, tables, plan)
        _set_setting(s, BASE_KEY, json.dumps(refreshed))
    return plan.report


def _choices(
    keep: Mapping[str, Choice] | Choice | None,
    base: Mapping[str, Mapping[str, Any]],
    mine: Mapping[str, Mapping[str, Any]],
    theirs: Mapping[str, Mapping[str, Any]],
) -> Mapping[str, Choice]:
    if keep is None or isinstance(keep, Mapping):
        return keep or {}
    everything: Iterable[str] = (
        f"{name}:{key}"
        for name in mine
        for key in set(base.get(name, {})) | set(mine[name]) | set(theirs[name])
    )
    return dict.fromkeys(everything, keep)
