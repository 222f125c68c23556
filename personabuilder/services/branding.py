"""The workspace's branding for deliverables: company name, accent colour and logo."""

import base64
import re
from dataclasses import dataclass

from personabuilder.model.tables import WorkspaceSetting
from personabuilder.services import validation as v
from personabuilder.services.errors import ValidationError
from personabuilder.services.unit import UnitOfWork

DEFAULT_ACCENT = "#0072B2"  # Okabe–Ito blue: the charts' first colour
_KEYS = ("branding.company", "branding.accent", "branding.logo")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Branding:
    """What every deliverable shows of the consultancy: name, accent colour, logo (PNG)."""

    company: str = ""
    accent: str = DEFAULT_ACCENT
    logo_png: bytes | None = None

    @property
    def logo_data_url(self) -> str | None:
        """The logo as a data: URL, the only kind of image a PDF template may reference."""
        if self.logo_png is None:
            return None
        return "data:image/png;base64," + base64.b64encode(self.logo_png).decode("ascii")


class BrandingService:
    """Reads and changes the workspace's branding (one transaction each)."""

    def __init__(self, uow: UnitOfWork) -> None:
        self._uow = uow

    def get(self) -> Branding:
        """The branding as stored (defaults where nothing was set)."""
        with self._uow.reading() as s:
            company, accent, logo = (
                (row.value if (row := s.get(WorkspaceSetting, key)) else "") for key in _KEYS
            )
        return Branding(
            company=company,
            accent=accent if _COLOUR.fullmatch(accent) else DEFAULT_ACCENT,
            logo_png=base64.b64decode(logo) if logo else None,
        )

    def set(self, branding: Branding) -> Branding:
        """Stores new branding; returns the one it replaced. A logo is a processed PNG."""
        company = v.bounded("company", branding.company.strip(), "Company name", 200)
        if not _COLOUR.fullmatch(branding.accent):
            raise ValidationError(
                "accent", f"The accent colour {branding.accent!r} is not a #RRGGBB colour."
            )
        logo = branding.logo_png
        if logo is not None and not logo.startswith(b"\x89PNG\r\n\x1a\n"):
            raise ValidationError("logo", "The logo must be a PNG image.")
        before = self.get()
        values = (company, branding.accent, base64.b64encode(logo).decode() if logo else "")
        with self._uow.transaction() as s:
            for key, value in zip(_KEYS, values, strict=True):
                row = s.get(WorkspaceSetting, key) or WorkspaceSetting(key=key)
                row.value = value
                s.add(row)
        return before


LOGO_BOX = (800, 400)  # pixels: sharp at 300 dpi on a 6.8 x 3.4 cm header, small in the file


def logo_from_image(raw: bytes) -> bytes:
    """A logo from an image file (PNG, JPEG, WebP): kept whole, shrunk to fit, as PNG."""
    import io

    from PIL import Image

    from personabuilder.services.photos import MAX_FILE_BYTES, _decode

    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError(
            "logo", f"The image file is {len(raw) / 1_048_576:.0f} MB; the limit is 30 MB."
        )
    image = _decode(raw)
    image = image.convert("RGBA")
    image.thumbnail(LOGO_BOX, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
