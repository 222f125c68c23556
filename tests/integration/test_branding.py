"""Workspace branding stored, read back and refused when wrong, on a real file."""

import base64
import io
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageFile

from personabuilder.services import Services
from personabuilder.services.branding import DEFAULT_ACCENT, Branding
from personabuilder.services.errors import ValidationError


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (4, 2), "#D55E00").save(out, "PNG")
    return out.getvalue()


def test_branding_round_trip_and_defaults(services: Services) -> None:
    assert services.branding.get() == Branding()
    logo = _png()
    before = services.branding.set(Branding("Atelier Conseil & Fils", "#D55E00", logo))
    assert before == Branding()
    got = services.branding.get()
    assert got == Branding("Atelier Conseil & Fils", "#D55E00", logo)
    assert got.logo_data_url is not None
    assert got.logo_data_url.startswith("data:image/png;base64,iVBOR")
    services.branding.set(before)
    assert services.branding.get() == Branding(accent=DEFAULT_ACCENT)


@pytest.mark.parametrize(
    ("branding", "message"),
    [
        (Branding(accent="red"), "not a #RRGGBB colour"),
        (Branding(logo_png=b"GIF89a..."), "must be a PNG"),
        (Branding(company="x" * 201), "Company name"),
    ],
)
def test_bad_branding_is_refused_and_nothing_changes(
    services: Services, branding: Branding, message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        services.branding.set(branding)
    assert services.branding.get() == Branding()


def test_a_logo_keeps_its_shape_and_shrinks_to_fit(tmp_path: object) -> None:
    from personabuilder.services.branding import logo_from_image

    wide = io.BytesIO()
    Image.new("RGB", (2400, 600), "#0072B2").save(wide, "JPEG")
    logo = logo_from_image(wide.getvalue())
    assert logo.startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(logo)).size == (800, 200)
    with pytest.raises(ValidationError, match="not an image"):
        logo_from_image(b"%PDF-1.7 not a picture")


# -- Logos get the checks photos get, and a bad stored logo never breaks an export. --


def _huge_png() -> bytes:
    """A real 13,000 x 13,000 PNG: one bit a pixel while made, a few hundred KB as a file."""
    out = io.BytesIO()
    Image.new("1", (13_000, 13_000), 1).save(out, "PNG")
    return out.getvalue()


def _store_raw_logo(services: Services, value: str) -> None:
    """Writes the logo setting as an older version or a JSON load could have left it."""
    from personabuilder.model.tables import WorkspaceSetting

    with services.branding._uow.transaction() as s:
        s.add(WorkspaceSetting(key="branding.logo", value=value))


def test_a_huge_logo_is_refused_before_it_is_decoded(services: Services) -> None:
    from personabuilder.services.branding import logo_from_image

    huge = _huge_png()
    assert len(huge) < 2_000_000
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(ImageFile.ImageFile, "load", _refuse_load)
        with pytest.raises(ValidationError, match="megapixels") as caught:
            services.branding.set(Branding(logo_png=huge))
        assert caught.value.field == "logo"
        with pytest.raises(ValidationError, match="megapixels"):
            logo_from_image(huge)
    assert services.branding.get() == Branding()


def _refuse_load(self: Image.Image) -> None:
    raise AssertionError(f"a {self.size} image was decoded")


def test_a_big_logo_is_shrunk_when_stored(services: Services) -> None:
    big = io.BytesIO()
    Image.new("RGB", (3000, 1000), "#0072B2").save(big, "PNG")
    services.branding.set(Branding(logo_png=big.getvalue()))
    stored = services.branding.get().logo_png
    assert stored is not None
    assert Image.open(io.BytesIO(stored)).size == (800, 267)


@pytest.mark.parametrize(
    ("stored", "why", "code"),
    [
        ("not base64 at all!", "not valid base64", "not_base64"),
        (base64.b64encode(b"%PDF-1.7 not a picture").decode(), "not a PNG image", "not_png"),
        (base64.b64encode(b"\x89PNG\r\n\x1a\n damaged").decode(), "cannot be read", "damaged"),
        ("HUGE", "40 megapixels", "too_large"),
    ],
)
def test_a_bad_stored_logo_is_left_out_with_a_warning(
    services: Services, caplog: pytest.LogCaptureFixture, stored: str, why: str, code: str
) -> None:
    if stored == "HUGE":
        stored = base64.b64encode(_huge_png()).decode()
    _store_raw_logo(services, stored)
    with pytest.MonkeyPatch.context() as patch, caplog.at_level("WARNING"):
        patch.setattr(ImageFile.ImageFile, "load", _refuse_load)
        branding = services.branding.get()
    assert branding.logo_png is None
    assert branding.logo_data_url is None
    # The app says it too, in its own words: the problem comes with the branding.
    assert branding.logo_problem == code
    assert why in caplog.text
    assert "left out of deliverables" in caplog.text
    assert "Traceback" not in caplog.text


def test_a_big_stored_logo_from_an_older_version_is_shrunk_when_read(services: Services) -> None:
    big = io.BytesIO()
    Image.new("RGB", (2000, 2000), "#D55E00").save(big, "PNG")
    _store_raw_logo(services, base64.b64encode(big.getvalue()).decode())
    logo = services.branding.get().logo_png
    assert logo is not None
    assert Image.open(io.BytesIO(logo)).size == (400, 400)


def test_an_export_with_a_bad_stored_logo_still_works(
    services: Services, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from personabuilder.export import deliverables
    from personabuilder.services.readmodels import PersonaData

    persona = services.personas.create(PersonaData(name="Élodie"))
    _store_raw_logo(services, "%%% not base64 %%%")
    out = tmp_path / "one.pdf"
    with caplog.at_level("WARNING"):
        pages = deliverables.persona_onepager(services, [persona.id], out, lang="en")
    assert pages == 1
    assert "Élodie" in pypdf.PdfReader(out).pages[0].extract_text()
    assert "not valid base64" in caplog.text
