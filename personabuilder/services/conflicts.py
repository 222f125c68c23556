"""No lost update: the three-way merge of a row's fields and the checked edit built on it.

An edit says what it was based on (``Base``: the row's version and the values the editor
saw) and what the user wants stored. In one transaction the row is read again ("theirs")
and merged field by field: a field only a colleague changed keeps theirs, a field only you
changed takes yours, a field both changed alike is fine; a field both changed differently
refuses the whole edit with ``EditConflict`` carrying the three values, and nothing is
written. Values decide the merge; the version (checked by SQLAlchemy's ``version_id_col``
on every UPDATE) makes read, merge and write one step even when a colleague's transaction
commits in between: their commit turns our UPDATE into a StaleDataError, and the edit is
merged again on what they wrote. Without a base (callers of the older API) the edit is
based on what its own transaction read, so it still never overwrites a change it did not see.

``merge`` and ``same`` are pure; ``checked_edit`` runs one ``EditTarget`` on a unit of work.
"""

import functools
import logging
import uuid
from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, Protocol, TypeVar

from personabuilder.services.errors import EditConflict, FieldConflict, RowGoneError

if TYPE_CHECKING:
    from sqlmodel import Session

    from personabuilder.services.unit import UnitOfWork

log = logging.getLogger(__name__)

K = TypeVar("K", bound=Hashable)
Row = TypeVar("Row")
P = ParamSpec("P")
T = TypeVar("T")
# A colleague's commit between our read and our write makes the flush fail; each new try
# merges on what they wrote. More tries than this means a row is hammered: say so.
TRIES = 5


def canonical(value: Any) -> Any:
    """``value`` with lists and tuples alike (JSON columns read lists, read models tuples)."""
    if isinstance(value, list | tuple):
        return tuple(canonical(v) for v in value)
    if isinstance(value, dict):
        return {k: canonical(v) for k, v in value.items()}
    return value


def same(a: Any, b: Any) -> bool:
    """True when two field values are equal as stored."""
    return bool(canonical(a) == canonical(b))


@dataclass(frozen=True)
class Merge(Generic[K]):
    """The outcome of a three-way merge of one row."""

    writes: dict[K, Any]
    """Your changes that are not in the row yet: what to write."""
    kept: tuple[K, ...]
    """Fields a colleague changed and you did not: they stay as they are."""
    conflicts: dict[K, tuple[Any, Any, Any]]
    """Fields both changed differently: (base, theirs, yours)."""


def merge(base: Mapping[K, Any], theirs: Mapping[K, Any], yours: Mapping[K, Any]) -> Merge[K]:
    """Merges your values into theirs, field by field, against the base both started from.

    ``base`` must hold every field of ``yours``; fields of ``theirs`` you do not name are
    theirs whatever happened to them.
    """
    writes: dict[K, Any] = {}
    conflicts: dict[K, tuple[Any, Any, Any]] = {}
    kept: list[K] = []
    for key, mine in yours.items():
        was, now = base[key], theirs[key]
        if same(mine, now):
            continue  # unchanged, or both made the same change
        if same(now, was):
            writes[key] = mine
        elif same(mine, was):
            kept.append(key)
        else:
            conflicts[key] = (was, now, mine)
    kept.extend(
        key
        for key, now in theirs.items()
        if key not in yours and key in base and not same(now, base[key])
    )
    return Merge(writes, tuple(kept), conflicts)


@dataclass(frozen=True)
class Base:
    """What an edit was based on: the row's version and the field values the editor saw.

    ``values`` must name every field the edit changes (it may name more). A row that did
    not exist yet (an empty cell) is version 0 with its empty values.
    """

    version: int
    values: Mapping[Any, Any]


@dataclass(frozen=True)
class Edited:
    """What a checked edit did."""

    version: int
    """The row's version now: the base of the next edit of this row (and of its undo)."""
    before: dict[Any, Any]
    """What the fields written held just before (what an undo puts back)."""
    written: dict[Any, Any]
    """The fields this edit wrote."""
    kept: tuple[Any, ...]
    """Fields a colleague had changed that were kept as they are."""
    values: dict[Any, Any]
    """The row's fields now (with ``version``, the base of the next edit)."""

    @property
    def base(self) -> Base:
        """The base of the next edit of this row, or of the undo of this one."""
        return Base(self.version, self.values)


class EditTarget(Protocol[Row]):
    """The row a checked edit is about: how to find it, read it and write it."""

    @property
    def what(self) -> str:
        """What the row is, for messages ("persona", "cell")."""
        ...

    @property
    def row_id(self) -> object:
        """The row's key, for messages and the EditConflict."""
        ...

    def load(self, s: "Session") -> Row | None:
        """The row now; None (or RowGoneError naming what went) when it was deleted."""
        ...

    def version(self, row: Row) -> int:
        """The row's version (0 for a row that does not exist yet)."""
        ...

    def values(self, row: Row) -> dict[Any, Any]:
        """The row's editable fields as a read model holds them."""
        ...

    def label(self, values: Mapping[Any, Any]) -> str:
        """The row's name for messages ("" if it has none)."""
        ...

    def write(self, s: "Session", row: Row, writes: dict[Any, Any]) -> int:
        """Writes ``writes`` (flushed) and returns the row's new version."""
        ...


def conflict_error(
    target: "EditTarget[Any]",
    version: int,
    result: Merge[Any],
    yours: Mapping[Any, Any],
    theirs: Mapping[Any, Any],
) -> EditConflict:
    """The EditConflict for a refused edit of ``target`` (fields named as text)."""
    return EditConflict(
        target.what,
        target.row_id,
        version,
        {str(f): FieldConflict(str(f), *values) for f, values in result.conflicts.items()},
        yours={str(f): v for f, v in yours.items()},
        theirs={str(f): v for f, v in theirs.items()},
        merged={str(f): v for f, v in {**theirs, **result.writes}.items()},
        label=target.label(theirs),
    )


@dataclass(frozen=True)
class Change(Generic[Row]):
    """One row's part of a checked edit: the row, your values, and the base they came from."""

    target: "EditTarget[Row]"
    yours: Mapping[Any, Any]
    base: Base | None = None


def _apply(s: "Session", change: Change[Any], seen: list[Base]) -> Edited:
    """Reads, merges and writes one row inside the caller's transaction."""
    target, yours, base = change.target, change.yours, change.base
    try:
        row = target.load(s)
    except RowGoneError as gone:
        gone.yours = gone.yours or dict(yours)  # the row's parent went: keep the text too
        raise
    if row is None:
        label = target.label(base.values) if base is not None else ""
        raise RowGoneError(target.what, _uuid_or_none(target.row_id), label=label, yours=yours)
    version, theirs = target.version(row), target.values(row)
    seen.append(Base(version, theirs))
    against = base if base is not None else seen[-1]
    missing = [str(f) for f in yours if f not in against.values]
    if missing:
        raise ValueError(f"the base of this edit lacks {', '.join(missing)}")
    result = merge(against.values, theirs, yours)
    if result.conflicts:
        raise conflict_error(target, version, result, yours, theirs)
    written = target.write(s, row, result.writes) if result.writes else version
    return Edited(
        version=written,
        before={f: theirs[f] for f in result.writes},
        written=dict(result.writes),
        kept=result.kept,
        values={**theirs, **result.writes},
    )


def _uuid_or_none(row_id: object) -> "uuid.UUID | None":
    return row_id if isinstance(row_id, uuid.UUID) else None


def checked_edits(uow: "UnitOfWork", changes: Sequence[Change[Any]]) -> list[Edited]:
    """Writes every change in one transaction, each merged with what others wrote since its base.

    Raises EditConflict (nothing written) at the first row where a field was changed
    differently by both, RowGoneError when a row was deleted. A change without a base is
    based on what its transaction reads.
    """
    from sqlalchemy.orm.exc import StaleDataError

    pending = list(changes)
    last: list[Base] = []
    for _ in range(TRIES):
        seen: list[Base] = []
        try:
            with uow.transaction() as s:
                return [_apply(s, change, seen) for change in pending]
        except StaleDataError:
            # A colleague committed between our read and our write. What we read is the
            # base of a change that had none; a change with a base keeps its own.
            log.info("a row changed during an edit; merging again")
            pending = [
                change
                if change.base is not None or i >= len(seen)
                else replace(change, base=seen[i])
                for i, change in enumerate(pending)
            ]
            last = seen
    first = pending[0]
    now = last[0] if last else Base(0, {})
    raise EditConflict(
        first.target.what,
        first.target.row_id,
        now.version,
        {},
        yours={str(f): v for f, v in first.yours.items()},
        theirs={str(f): v for f, v in now.values.items()},
    )


def checked_edit(
    uow: "UnitOfWork",
    target: "EditTarget[Row]",
    yours: Mapping[Any, Any],
    base: Base | None,
) -> Edited:
    """Writes ``yours`` into one row in one transaction, merged with what others wrote since
    ``base`` (see ``checked_edits``)."""
    return checked_edits(uow, [Change(target, yours, base)])[0]


def retry_stale(what: str) -> Callable[[Callable[P, T]], Callable[P, T]]:
    """Runs a one-transaction service verb again when a colleague's commit made its write stale.

    For verbs whose intent holds whatever the row holds now (move, delete, add, vote): the
    next run reads the rows again. A verb still refused after ``TRIES`` runs raises
    EditConflict naming ``what``, never SQLAlchemy's error.
    """

    def wrap(verb: Callable[P, T]) -> Callable[P, T]:
        @functools.wraps(verb)
        def run(*args: P.args, **kwargs: P.kwargs) -> T:
            from sqlalchemy.orm.exc import StaleDataError

            for _ in range(TRIES - 1):
                try:
                    return verb(*args, **kwargs)
                except StaleDataError:
                    log.info("a %s changed during %s; running it again", what, verb.__name__)
            try:
                return verb(*args, **kwargs)
            except StaleDataError as exc:
                raise EditConflict(what, None, 0, {}, yours={}, theirs={}) from exc

        return run

    return wrap
