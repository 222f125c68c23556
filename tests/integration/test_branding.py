"""Workspace branding stored, read back and refused when wrong, on a real file."""

import io

import pytest
from PIL import Image

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
