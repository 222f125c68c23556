"""Persona undo commands on a demo workspace: redo, check, undo, check the exact earlier state."""

import io
import uuid
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from personabuilder.model import Archetype
from personabuilder.services import NotFoundError, Services
from personabuilder.services.readmodels import JourneyDetail, PersonaData
from personabuilder.store import Workspace
from personabuilder.ui.common.commands import EditSession
from personabuilder.ui.personas.commands import (
    add_personas,
    create_persona,
    delete_persona,
    duplicate_persona,
    edit_field,
    set_photo,
)


class Recorder:
    """What an edit session said while a test ran."""

    def __init__(self, session: EditSession) -> None:
        self.changed: list[uuid.UUID] = []
        self.lists = 0
        self.journeys: list[uuid.UUID] = []
        self.errors: list[str] = []
        session.persona_changed.connect(self.changed.append)
        session.personas_changed.connect(self._on_personas_changed)
        session.journey_changed.connect(self.journeys.append)
        session.edit_failed.connect(self.errors.append)

    def _on_personas_changed(self) -> None:
        self.lists += 1


@pytest.fixture
def services(demo_workspace: Workspace) -> Services:
    """Services on a private copy of the demo workspace."""
    return Services.bind(demo_workspace)


@pytest.fixture
def session(services: Services) -> Iterator[EditSession]:
    """An edit session on the demo workspace."""
    s = EditSession(services)
    yield s
    s.undo_stack.clear()


@pytest.fixture
def heard(session: EditSession) -> Recorder:
    """Records the session's signals."""
    return Recorder(session)


@pytest.fixture
def helen(services: Services) -> uuid.UUID:
    """The first demo persona (used by both demo journey maps)."""
    return services.listing.personas()[0].id


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), 0 if mode == "1" else "teal").save(out, format="PNG")
    return out.getvalue()


@pytest.fixture(scope="module")
def huge_png(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A real 20,000 x 20,000 PNG (1-bit, so the file stays around 50 KB)."""
    path: Path = tmp_path_factory.mktemp("images") / "huge.png"
    Image.new("1", (20_000, 20_000)).save(path, format="PNG")
    return path.read_bytes()


FIELD_EDITS: list[tuple[str, Any, str]] = [
    ("name", "Helen W. Whitaker", "Rename persona"),
    ("job_title", "Chief Revenue Officer", "Edit job title"),
    ("custom_archetype", "Board member", "Edit archetype name"),
    ("bio", "Twenty years in finance.\nNow runs revenue.", "Edit bio"),
    ("archetype", Archetype.CUSTOM, "Change archetype"),
    ("goals", ("Grow net revenue retention", "Cut churn"), "Edit goals"),
    ("pain_points", (), "Edit pain points"),
    ("tags", ("Budget holder", "Économie"), "Edit tags"),
    ("tech_savviness", 5, "Change tech savviness"),
    ("influence", 1, "Change influence on the decision"),
]


@pytest.mark.parametrize(("field", "new", "text"), FIELD_EDITS)
def test_edit_field_redo_undo_redo(
    services: Services,
    session: EditSession,
    heard: Recorder,
    helen: uuid.UUID,
    field: str,
    new: Any,
    text: str,
) -> None:
    before = services.personas.get(helen)
    old = getattr(before.data, field)

    session.undo_stack.push(edit_field(session, helen, field, old, new))
    after = services.personas.get(helen)
    assert after.data == replace(before.data, **{field: new})
    assert session.undo_stack.undoText() == text

    session.undo_stack.undo()
    restored = services.personas.get(helen)
    assert restored.data == before.data
    assert restored.journeys == before.journeys

    session.undo_stack.redo()
    assert getattr(services.personas.get(helen).data, field) == new
    assert heard.changed == [helen, helen, helen]
    assert heard.errors == []


def test_typing_in_one_field_is_one_undo_step(
    services: Services, session: EditSession, helen: uuid.UUID
) -> None:
    first = services.personas.get(helen).data.job_title
    typed = ["C", "CF", "CFO"]
    previous = first
    for value in typed:
        session.undo_stack.push(edit_field(session, helen, "job_title", previous, value))
        previous = value
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit job title"
    assert services.personas.get(helen).data.job_title == "CFO"

    session.undo_stack.undo()
    assert services.personas.get(helen).data.job_title == first
    session.undo_stack.redo()
    assert services.personas.get(helen).data.job_title == "CFO"


def test_typing_back_to_the_old_value_leaves_nothing_to_undo(
    services: Services, session: EditSession, helen: uuid.UUID
) -> None:
    first = services.personas.get(helen).data.company
    session.undo_stack.push(edit_field(session, helen, "company", first, first + "x"))
    session.undo_stack.push(edit_field(session, helen, "company", first + "x", first))
    assert session.undo_stack.count() == 0
    assert services.personas.get(helen).data.company == first


def test_edits_merge_only_within_one_field_persona_and_group(
    services: Services, session: EditSession, helen: uuid.UUID
) -> None:
    other = services.listing.personas()[1].id
    stack = session.undo_stack
    stack.push(edit_field(session, helen, "company", "", "A"))
    stack.push(edit_field(session, helen, "industry", "", "B"))
    stack.push(edit_field(session, other, "industry", "", "C"))
    # A new group (the focus left the field and came back) starts a new step.
    stack.push(edit_field(session, other, "industry", "C", "CD", group=1))
    # List edits are discrete steps: two moves are two undos.
    goals = services.personas.get(helen).data.goals
    stack.push(edit_field(session, helen, "goals", goals, goals[::-1]))
    stack.push(edit_field(session, helen, "goals", goals[::-1], goals[1:]))
    assert stack.count() == 6
    stack.undo()
    assert services.personas.get(helen).data.goals == goals[::-1]


def test_a_refused_edit_changes_nothing_and_is_not_on_the_stack(
    services: Services, session: EditSession, heard: Recorder, helen: uuid.UUID
) -> None:
    before = services.personas.get(helen)
    session.undo_stack.push(edit_field(session, helen, "job_title", "", "x" * 201))
    assert session.undo_stack.count() == 0
    assert heard.errors == ["Job title is 201 characters long; the limit is 200."]
    assert services.personas.get(helen).data == before.data


def test_a_refused_edit_does_not_merge_into_the_previous_one(
    services: Services, session: EditSession, heard: Recorder, helen: uuid.UUID
) -> None:
    session.undo_stack.push(edit_field(session, helen, "job_title", "", "CFO"))
    session.undo_stack.push(edit_field(session, helen, "job_title", "CFO", "x" * 201))
    assert session.undo_stack.count() == 1
    assert len(heard.errors) == 1
    assert services.personas.get(helen).data.job_title == "CFO"
    session.undo_stack.undo()
    session.undo_stack.redo()
    assert services.personas.get(helen).data.job_title == "CFO"


# -- photos ------------------------------------------------------------------------------


def test_set_photo_crops_stores_and_undoes(
    services: Services, session: EditSession, heard: Recorder, helen: uuid.UUID
) -> None:
    before = services.personas.get(helen)
    assert before.data.photo is None
    session.undo_stack.push(set_photo(session, helen, (None, ""), _png(900, 600)))
    assert session.undo_stack.undoText() == "Change photo"
    stored = services.personas.get(helen).data
    assert stored.photo_mime == "image/jpeg"
    assert stored.photo is not None
    with Image.open(io.BytesIO(stored.photo)) as image:
        assert image.size == (512, 512)

    session.undo_stack.undo()
    assert services.personas.get(helen).data == before.data
    session.undo_stack.redo()
    assert services.personas.get(helen).data == stored
    assert heard.changed == [helen, helen, helen]
    assert heard.errors == []


def test_remove_photo_restores_the_exact_bytes(
    services: Services, session: EditSession, helen: uuid.UUID
) -> None:
    services.personas.set_photo(helen, _png(300, 300, "RGBA"))
    with_photo = services.personas.get(helen).data
    assert with_photo.photo_mime == "image/png"
    assert with_photo.photo is not None

    session.undo_stack.push(
        set_photo(session, helen, (with_photo.photo, with_photo.photo_mime), None)
    )
    assert session.undo_stack.undoText() == "Remove photo"
    removed = services.personas.get(helen).data
    assert (removed.photo, removed.photo_mime) == (None, "")
    session.undo_stack.undo()
    assert services.personas.get(helen).data == with_photo
    session.undo_stack.redo()
    assert services.personas.get(helen).data.photo is None


def _corrupt_png() -> bytes:
    data = _png(400, 400)
    return data[: len(data) // 2]


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("corrupt", "damaged"),
        ("huge", "megapixels"),
        ("text", "not an image"),
    ],
)
def test_a_bad_image_is_refused_with_a_clear_message(
    services: Services,
    session: EditSession,
    heard: Recorder,
    helen: uuid.UUID,
    huge_png: bytes,
    kind: str,
    message: str,
) -> None:
    raw = {
        "corrupt": _corrupt_png(),
        "huge": huge_png,
        "text": b"Not a picture at all.\n",
    }[kind]
    session.undo_stack.push(edit_field(session, helen, "company", "", "Acme"))
    before = services.personas.get(helen)

    session.undo_stack.push(set_photo(session, helen, (None, ""), raw))

    assert len(heard.errors) == 1
    assert message in heard.errors[0]
    assert session.undo_stack.count() == 1
    assert session.undo_stack.undoText() == "Edit company"
    assert services.personas.get(helen).data == before.data


# -- creating and deleting -----------------------------------------------------------------


def test_create_persona_redo_undo_redo_keeps_the_id(
    services: Services, session: EditSession, heard: Recorder
) -> None:
    count = services.listing.persona_count()
    data = PersonaData(name="Nadia Okafor", archetype=Archetype.TECHNICAL_EVALUATOR, goals=("A",))
    command = create_persona(session, data, "New persona")
    session.undo_stack.push(command)
    new_id = command.persona_id
    assert new_id is not None
    created = services.personas.get(new_id)
    assert created.data == data
    assert services.listing.persona_count() == count + 1
    assert session.undo_stack.undoText() == "New persona"

    session.undo_stack.undo()
    assert services.listing.persona_count() == count
    with pytest.raises(NotFoundError):
        services.personas.get(new_id)

    session.undo_stack.redo()
    assert services.personas.get(new_id) == created
    assert heard.lists == 3


def test_duplicate_persona_redo_undo_redo(
    services: Services, session: EditSession, helen: uuid.UUID
) -> None:
    original = services.personas.get(helen)
    command = duplicate_persona(session, helen, "Helen Whitaker (copy)")
    session.undo_stack.push(command)
    copy_id = command.persona_id
    assert copy_id is not None
    assert copy_id != helen
    copy = services.personas.get(copy_id)
    assert copy.data == replace(original.data, name="Helen Whitaker (copy)")
    assert copy.journeys == ()
    assert session.undo_stack.undoText() == "Duplicate persona"

    session.undo_stack.undo()
    with pytest.raises(NotFoundError):
        services.personas.get(copy_id)
    assert services.personas.get(helen) == original

    session.undo_stack.redo()
    assert services.personas.get(copy_id) == copy


def _maps(services: Services) -> list[JourneyDetail]:
    return [services.journeys.get(j.id) for j in services.listing.journeys()]


def test_delete_persona_restores_it_exactly_with_its_maps(
    services: Services, session: EditSession, heard: Recorder, helen: uuid.UUID
) -> None:
    before = services.personas.get(helen)
    maps_before = _maps(services)
    assert len(before.journeys) == 2
    assert any(e.persona_id == helen for m in maps_before for e in m.emotions)

    session.undo_stack.push(delete_persona(session, helen))
    assert session.undo_stack.undoText() == "Delete persona"
    with pytest.raises(NotFoundError):
        services.personas.get(helen)
    for journey in _maps(services):
        assert helen not in [p.id for p in journey.personas]
        assert all(e.persona_id != helen for e in journey.emotions)

    session.undo_stack.undo()
    assert services.personas.get(helen) == before
    assert _maps(services) == maps_before
    assert services.listing.personas()[0].id == helen

    session.undo_stack.redo()
    with pytest.raises(NotFoundError):
        services.personas.get(helen)
    assert heard.lists == 3
    assert sorted(map(str, heard.journeys)) == sorted(
        str(j_id) for j_id, _title in before.journeys for _ in range(3)
    )
    assert heard.errors == []


def test_add_personas_is_one_step_and_redo_brings_back_the_same_ids(
    services: Services, session: EditSession, heard: Recorder
) -> None:
    count = services.listing.persona_count()
    items = [
        PersonaData(name="Zoé Martin", tags=("Pasted",)),
        PersonaData(name="Adam Smith", archetype=Archetype.END_USER_CHAMPION),
    ]
    command = add_personas(session, items, "Paste personas")
    session.undo_stack.push(command)
    ids = list(command.persona_ids)
    assert len(ids) == 2
    assert [services.personas.get(pid).data for pid in ids] == items
    assert services.listing.persona_count() == count + 2
    # A later edit of a pasted persona must still apply after undo, undo, redo, redo.
    session.undo_stack.push(edit_field(session, ids[0], "name", "Zoé Martin", "Zoé Martin-Roy"))

    session.undo_stack.undo()
    session.undo_stack.undo()
    assert services.listing.persona_count() == count
    assert session.undo_stack.redoText() == "Paste personas"

    session.undo_stack.redo()
    session.undo_stack.redo()
    assert command.persona_ids == ids
    assert services.personas.get(ids[0]).data.name == "Zoé Martin-Roy"
    assert services.personas.get(ids[1]).data == items[1]
    assert services.listing.persona_count() == count + 2
    assert heard.lists == 3
    assert heard.errors == []
