"""Persona studio services on real workspace files: search, filters, templates, photos."""

import io
import uuid

import pytest
from PIL import Image

from personabuilder.model import Archetype
from personabuilder.services import Services, ValidationError
from personabuilder.services.clipboard import personas_from_json, personas_to_json
from personabuilder.services.photos import process_photo
from personabuilder.services.readmodels import PersonaData
from personabuilder.services.starters import blank_persona, persona_templates


def _png(width: int, height: int, mode: str = "RGB") -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), "red" if mode != "1" else 0).save(out, format="PNG")
    return out.getvalue()


@pytest.fixture
def people(services: Services) -> list[uuid.UUID]:
    return services.personas.create_many(
        [
            PersonaData(name="Zoé Martin", archetype=Archetype.EXECUTIVE_SPONSOR, tags=("CFO",)),
            PersonaData(
                name="adam Smith",
                archetype=Archetype.TECHNICAL_EVALUATOR,
                goals=("Réduire la dette technique",),
                tags=("IT", "CFO"),
            ),
            PersonaData(name="Mia 100%_sure", bio="Likes spreadsheets"),
        ]
    )


def test_search_ignores_case_and_accents_and_covers_lists(
    services: Services, people: list[uuid.UUID]
) -> None:
    names = lambda **kw: [p.name for p in services.listing.personas(**kw)]  # noqa: E731
    assert names(search="zoe") == ["Zoé Martin"]
    assert names(search="ZOÉ") == ["Zoé Martin"]
    assert names(search="dette") == ["adam Smith"]
    assert names(search="reduire technique") == ["adam Smith"]
    assert names(search="spreadsheets") == ["Mia 100%_sure"]
    # LIKE wildcards typed by the user are literal characters.
    assert names(search="%") == ["Mia 100%_sure"]
    assert names(search="0%_s") == ["Mia 100%_sure"]
    assert names(search="nobody") == []
    assert services.listing.persona_count(search="a") == 3


def test_filters_and_sorts(services: Services, people: list[uuid.UUID]) -> None:
    listing = services.listing
    assert [p.name for p in listing.personas(tag="CFO")] == ["Zoé Martin", "adam Smith"]
    assert listing.persona_count(tag="CFO", archetype=Archetype.TECHNICAL_EVALUATOR) == 1
    assert listing.tags() == ["CFO", "IT"]
    assert [p.name for p in listing.personas(sort="name")] == [
        "adam Smith",
        "Mia 100%_sure",
        "Zoé Martin",
    ]
    assert listing.personas(sort="archetype")[0].archetype == Archetype.CUSTOM
    services.personas.update(people[1], job_title="CTO")
    assert listing.personas(sort="updated")[0].id == people[1]
    assert [p.name for p in listing.personas(search="cto")] == ["adam Smith"]


def test_templates_in_both_languages_fill_the_starting_fields(services: Services) -> None:
    for lang in ("en", "fr"):
        templates = persona_templates(lang)
        assert [t.archetype for t in templates] == [
            Archetype.EXECUTIVE_SPONSOR,
            Archetype.TECHNICAL_EVALUATOR,
            Archetype.END_USER_CHAMPION,
        ]
        for template in templates:
            d = template.data
            for items in (d.goals, d.pain_points, d.objections, d.decision_criteria, d.channels):
                assert items
            created = services.personas.create(d)
            assert services.personas.get(created.id).data == d
    assert persona_templates("fr")[0].label != persona_templates("en")[0].label


def test_blank_custom_persona(services: Services) -> None:
    data = blank_persona("  Procurement officer ", "New persona")
    created = services.personas.create(data)
    assert created.data.archetype is Archetype.CUSTOM
    assert created.data.custom_archetype == "Procurement officer"


def test_duplicate_copies_everything_but_links(demo_workspace) -> None:  # type: ignore[no-untyped-def]
    services = Services.bind(demo_workspace)
    original = services.listing.personas()[0]
    detail = services.personas.get(original.id)
    assert detail.journeys
    copy = services.personas.duplicate(original.id, f"{original.name} (copy)")
    assert copy.id != original.id
    assert copy.data.name == f"{original.name} (copy)"
    assert copy.data.goals == detail.data.goals
    assert copy.journeys == ()


def test_photo_is_cropped_square_and_downscaled(services: Services) -> None:
    pid = services.personas.create(PersonaData(name="Photo")).id
    services.personas.set_photo(pid, _png(1200, 800))
    stored = services.personas.get(pid).data
    assert stored.photo_mime == "image/jpeg"
    assert stored.photo is not None
    assert Image.open(io.BytesIO(stored.photo)).size == (512, 512)
    assert services.personas.photos([pid])[pid][1] == "image/jpeg"
    small, mime = process_photo(_png(40, 60, "RGBA"))
    assert mime == "image/png"
    assert Image.open(io.BytesIO(small)).size == (40, 40)
    services.personas.set_photo(pid, None)
    assert services.personas.get(pid).data.photo is None


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (b"just some text, not an image", "not an image"),
        (_png(40, 40)[:60], "damaged"),
        (_png(20_000, 20_000, "1"), "40 megapixels"),
        (_png(7_000, 7_000, "1"), "7,000 x 7,000 pixels"),
    ],
    ids=["text", "truncated", "huge", "too-many-pixels"],
)
def test_bad_photos_are_refused_and_change_nothing(
    services: Services, raw: bytes, words: str
) -> None:
    pid = services.personas.create(PersonaData(name="Photo")).id
    before = services.personas.get(pid)
    with pytest.raises(ValidationError) as info:
        services.personas.set_photo(pid, raw)
    assert words in str(info.value)
    assert services.personas.get(pid) == before


def test_gif_is_refused_by_name() -> None:
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format="GIF")
    with pytest.raises(ValidationError, match="GIF images are not supported"):
        process_photo(out.getvalue())


def test_clipboard_round_trip_and_bad_input(services: Services) -> None:
    data = PersonaData(
        name="Élodie",
        archetype=Archetype.END_USER_CHAMPION,
        goals=("Gagner du temps",),
        tech_savviness=4,
        photo=b"\x89PNG fake",
        photo_mime="image/png",
    )
    text = personas_to_json([data])
    assert personas_from_json(text) == [data]
    for bad, words in [
        ("not json", "does not hold personas"),
        ('{"format": "other"}', "does not hold personas"),
        ('{"format": "personabuilder.personas", "version": 9, "personas": []}', "newer"),
        ('{"format": "personabuilder.personas", "version": 1, "personas": [3]}', "malformed"),
        (
            '{"format": "personabuilder.personas", "version": 1,'
            ' "personas": [{"name": "x", "goals": "not a list"}]}',
            "wrong value",
        ),
        ("[" * 100_000, "does not hold personas"),
    ]:
        with pytest.raises(ValidationError, match=words):
            personas_from_json(bad)
