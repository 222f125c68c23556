"""Persona verbs: list, read, create, update, delete and restore (one transaction each)."""

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any, Final

from sqlalchemy import func
from sqlmodel import Session, col, select

from personabuilder.model import Archetype
from personabuilder.model.search import SEARCHED_LISTS, SEARCHED_TEXT, fold, search_text
from personabuilder.model.tables import (
    NAME_MAX,
    TEXT_MAX,
    EmotionScore,
    JourneyMap,
    JourneyPersona,
    Persona,
    Stage,
)
from personabuilder.model.types import utcnow
from personabuilder.services import validation as v
from personabuilder.services.conflicts import Base, Edited, checked_edit, retry_stale
from personabuilder.services.errors import NotFoundError, ValidationError
from personabuilder.services.photos import process_photo
from personabuilder.services.readmodels import (
    LIST_FIELDS,
    TEXT_FIELDS,
    EmotionView,
    PersonaData,
    PersonaDetail,
)
from personabuilder.services.unit import UnitOfWork

_LABELS = {
    "name": "Name",
    "custom_archetype": "Archetype name",
    "job_title": "Job title",
    "company": "Company",
    "company_size": "Company size",
    "industry": "Industry",
    "age_band": "Age band",
    "location": "Location",
    "quote": "Quote",
    "bio": "Bio",
}
# Ids in one "IN (...)" list: well under the bound parameters SQLite and PostgreSQL allow.
_IN_CHUNK: Final = 500
_DATA_FIELDS = tuple(f.name for f in fields(PersonaData))


@dataclass(frozen=True)
class PersonaRecord:
    """Everything a deleted persona took with it, so undo can put it back exactly."""

    detail: PersonaDetail
    links: tuple[tuple[uuid.UUID, int], ...]  # (journey id, position)
    emotions: tuple[EmotionView, ...]


def _clean(changes: dict[str, Any]) -> dict[str, Any]:
    """Validates a partial set of persona fields; returns them normalised."""
    out: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in _DATA_FIELDS:
            raise ValidationError(key, f"Personas have no field {key!r}.")
        if key == "name":
            out[key] = v.required_name(key, value, "Name")
        elif key in TEXT_FIELDS:
            limit = NAME_MAX if key not in ("quote", "bio") else TEXT_MAX
            out[key] = v.bounded(key, value.strip(), _LABELS[key], limit)
        elif key in LIST_FIELDS:
            out[key] = v.text_list(key, value, key.replace("_", " ").capitalize())
        elif key in ("tech_savviness", "influence"):
            label = "Tech savviness" if key == "tech_savviness" else "Influence on the decision"
            out[key] = v.score(key, value, label, 1, 5)
        elif key == "archetype":
            try:
                out[key] = Archetype(value)
            except ValueError as exc:
                raise ValidationError(key, f"{value!r} is not an archetype.") from exc
        else:
            out[key] = value
    return out


def _with_search(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` plus the folded search text of their text and list fields."""
    return {
        **values,
        "search_text": search_text(
            (values.get(k, "") for k in SEARCHED_TEXT), (values.get(k, ()) for k in SEARCHED_LISTS)
        ),
        "sort_name": fold(values.get("name", "")),
    }


def _values(row: Persona) -> dict[str, Any]:
    return {
        name: tuple(getattr(row, name)) if name in LIST_FIELDS else getattr(row, name)
        for name in _DATA_FIELDS
    }


def _data(row: Persona) -> PersonaData:
    return PersonaData(**_values(row))


class _Edit:
    """A persona as a checked edit sees it."""

    what = "persona"

    def __init__(self, persona_id: uuid.UUID) -> None:
        self.row_id = persona_id

    def load(self, s: Session) -> Persona | None:
        return s.get(Persona, self.row_id)

    def version(self, row: Persona) -> int:
        return row.version

    def values(self, row: Persona) -> dict[str, Any]:
        return _values(row)

    def label(self, values: Mapping[str, Any]) -> str:
        return str(values.get("name", ""))

    def write(self, s: Session, row: Persona, writes: dict[str, Any]) -> int:
        for key, value in writes.items():
            setattr(row, key, list(value) if key in LIST_FIELDS else value)
        derived = _with_search(row.model_dump())
        row.search_text, row.sort_name = derived["search_text"], derived["sort_name"]
        row.updated_at = utcnow()
        s.add(row)
        s.flush()
        return row.version


def _detail(session: Session, row: Persona) -> PersonaDetail:
    return _details(session, [row])[0]


def _details(session: Session, rows: Sequence[Persona]) -> list[PersonaDetail]:
    """The details of ``rows``, their maps read in one query."""
    maps: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {row.id: [] for row in rows}
    for chunk in _chunks(list(maps), _IN_CHUNK):
        links = session.exec(
            select(JourneyPersona.persona_id, JourneyMap.id, JourneyMap.title)
            .join(JourneyPersona, col(JourneyPersona.journey_id) == JourneyMap.id)
            .where(col(JourneyPersona.persona_id).in_(chunk))
            .order_by(col(JourneyMap.position))
        ).all()
        for persona_id, journey_id, title in links:
            maps[persona_id].append((journey_id, title))
    return [_detail_of(row, maps[row.id]) for row in rows]


def _chunks(items: list[uuid.UUID], size: int) -> Iterator[list[uuid.UUID]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _detail_of(row: Persona, journeys: list[tuple[uuid.UUID, str]]) -> PersonaDetail:
    return PersonaDetail(
        id=row.id,
        position=row.position,
        data=_data(row),
        created_at=row.created_at,
        updated_at=row.updated_at,
        journeys=tuple((j_id, title) for j_id, title in journeys),
        version=row.version,
    )


class PersonaService:
    """Personas of one workspace."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def get(self, persona_id: uuid.UUID) -> PersonaDetail:
        """One persona with every field."""
        with self._uow.reading() as s:
            row = s.get(Persona, persona_id)
            if row is None:
                raise NotFoundError("This persona no longer exists.")
            return _detail(s, row)

    def get_many(self, persona_ids: Sequence[uuid.UUID]) -> list[PersonaDetail]:
        """Several personas with every field, in the order given, read at once (exports)."""
        wanted = list(dict.fromkeys(persona_ids))
        with self._uow.reading() as s:
            found: dict[uuid.UUID, Persona] = {}
            for chunk in _chunks(wanted, _IN_CHUNK):
                found.update(
                    (row.id, row)
                    for row in s.exec(select(Persona).where(col(Persona.id).in_(chunk)))
                )
            if len(found) < len(wanted):
                raise NotFoundError("This persona no longer exists.")
            details = {d.id: d for d in _details(s, list(found.values()))}
        return [details[pid] for pid in persona_ids]

    def create(self, data: PersonaData, *, persona_id: uuid.UUID | None = None) -> PersonaDetail:
        """Adds a persona at the end of the list."""
        values = _clean({name: getattr(data, name) for name in _DATA_FIELDS})
        with self._uow.transaction() as s:
            last = s.exec(select(func.max(Persona.position))).one()
            row = Persona(
                id=persona_id or uuid.uuid4(), position=(last or 0) + 1, **_with_search(values)
            )
            s.add(row)
            s.flush()
            return _detail(s, row)

    def create_many(
        self, items: list[PersonaData], *, ids: list[uuid.UUID] | None = None
    ) -> list[uuid.UUID]:
        """Adds many personas in one transaction (paste, import); ``ids`` to reuse (redo)."""
        if ids is not None and len(ids) != len(items):
            raise ValueError("create_many needs one id per persona")
        cleaned = [_clean({name: getattr(d, name) for name in _DATA_FIELDS}) for d in items]
        with self._uow.transaction() as s:
            last = s.exec(select(func.max(Persona.position))).one() or 0
            rows = [
                Persona(
                    id=ids[i] if ids is not None else uuid.uuid4(),
                    position=last + i + 1,
                    **_with_search(values),
                )
                for i, values in enumerate(cleaned)
            ]
            s.add_all(rows)
            return [row.id for row in rows]

    def edit(
        self, persona_id: uuid.UUID, changes: Mapping[str, Any], base: Base | None = None
    ) -> Edited:
        """Changes some fields, merged with what others changed since ``base`` (see conflicts).

        Raises EditConflict when someone else changed one of the same fields differently,
        RowGoneError when the persona was deleted; nothing is written then.
        """
        return checked_edit(self._uow, _Edit(persona_id), _clean(dict(changes)), base)

    def update(self, persona_id: uuid.UUID, **changes: Any) -> PersonaData:
        """Changes some fields (``edit`` without a base); returns the data as it was before."""
        done = self.edit(persona_id, changes)
        return PersonaData(**{**done.values, **done.before})

    def duplicate(self, persona_id: uuid.UUID, name: str) -> PersonaDetail:
        """A copy of a persona under ``name`` (photo and tags included, no journey links)."""
        original = self.get(persona_id)
        return self.create(replace(original.data, name=name))

    def set_photo(self, persona_id: uuid.UUID, raw: bytes | None) -> PersonaData:
        """Stores an imported photo (square, downscaled), or removes it with None."""
        if raw is None:
            return self.update(persona_id, photo=None, photo_mime="")
        photo, mime = process_photo(raw)
        return self.update(persona_id, photo=photo, photo_mime=mime)

    def photos(self, persona_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[bytes, str]]:
        """The stored photos of some personas (those without one are left out)."""
        with self._uow.reading() as s:
            rows = s.exec(
                select(Persona.id, Persona.photo, Persona.photo_mime).where(
                    col(Persona.id).in_(persona_ids), col(Persona.photo).is_not(None)
                )
            ).all()
        return {pid: (photo, mime) for pid, photo, mime in rows if photo}

    def data_of(self, persona_ids: list[uuid.UUID]) -> list[PersonaData]:
        """The data of several personas, in the order given (for copy and export)."""
        return [detail.data for detail in self.get_many(persona_ids)]

    @retry_stale("persona")
    def delete_many(self, persona_ids: list[uuid.UUID]) -> None:
        """Deletes personas (the undo of a paste or an import)."""
        with self._uow.transaction() as s:
            for pid in persona_ids:
                row = s.get(Persona, pid)
                if row is not None:
                    s.delete(row)

    @retry_stale("persona")
    def delete(self, persona_id: uuid.UUID) -> PersonaRecord:
        """Deletes a persona with its links and emotion scores; returns them for undo."""
        with self._uow.transaction() as s:
            row = s.get(Persona, persona_id)
            if row is None:
                raise NotFoundError("This persona no longer exists.")
            record = PersonaRecord(
                detail=_detail(s, row),
                links=tuple(
                    (link.journey_id, link.position)
                    for link in s.exec(
                        select(JourneyPersona).where(JourneyPersona.persona_id == persona_id)
                    )
                ),
                emotions=tuple(
                    EmotionView(e.stage_id, e.persona_id, e.as_is, e.to_be)
                    for e in s.exec(
                        select(EmotionScore).where(EmotionScore.persona_id == persona_id)
                    )
                ),
            )
            s.delete(row)
            return record

    def restore(self, record: PersonaRecord) -> None:
        """Puts a deleted persona back exactly: same id, position, dates, links and scores."""
        d = record.detail
        values = {name: getattr(d.data, name) for name in _DATA_FIELDS}
        for name in LIST_FIELDS:
            values[name] = list(values[name])
        with self._uow.transaction() as s:
            s.add(
                Persona(
                    id=d.id,
                    position=d.position,
                    created_at=d.created_at,
                    updated_at=d.updated_at,
                    **_with_search(values),
                )
            )
            s.flush()
            for journey_id, position in record.links:
                if s.get(JourneyMap, journey_id) is not None:
                    s.add(JourneyPersona(journey_id=journey_id, persona_id=d.id, position=position))
            for e in record.emotions:
                if s.get(Stage, e.stage_id) is not None:
                    s.add(
                        EmotionScore(
                            stage_id=e.stage_id, persona_id=d.id, as_is=e.as_is, to_be=e.to_be
                        )
                    )
