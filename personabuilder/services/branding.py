"""The workspace's branding for deliverables: company name, accent colour and logo.

A logo gets the checks a photo gets: its size is read from the header and a picture over
40 megapixels is refused before it is decoded; a bigger one than LOGO_BOX is shrunk when
stored. A logo stored otherwise (an older version, a JSON file) is checked again when read:
one that is not valid base64, not an image or too large is left out of the deliverables,
with a warning saying why, rather than failing every export.
"""

import base64
import binascii
import logging
import re
from dataclasses import dataclass
from functools import lru_cache

from personabuilder.model.tables import WorkspaceSetting
from personabuilder.services import validation as v
from personabuilder.services.conflicts import retry_stale
from personabuilder.services.errors import ValidationError
from personabuilder.services.unit import UnitOfWork

_log = logging.getLogger(__name__)

DEFAULT_ACCENT = "#0072B2"  # Okabe–Ito blue: the charts' first colour
_KEYS = ("branding.company", "branding.accent", "branding.logo")
# Why a stored logo cannot be used, as the app tells it (in its own words and language).
LOGO_PROBLEMS = ("not_base64", "not_png", "too_large", "damaged")
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")


@dataclass(frozen=True)
class Branding:
    """What every deliverable shows of the consultancy: name, accent colour, logo (PNG)."""

    company: str = ""
    accent: str = DEFAULT_ACCENT
    logo_png: bytes | None = None
    # Why a stored logo is left out of the deliverables ("" when none is): see LOGO_PROBLEMS.
    logo_problem: str = ""

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
        checked = _checked_logo(logo) if logo else None
        if isinstance(checked, tuple):
            code, why = checked
            _log.warning(
                "The workspace's logo is left out of deliverables: %s "
                "Choose it again under Branding.",
                why,
            )
            checked = None
        else:
            code = ""
        return Branding(
            company=company,
            accent=accent if _COLOUR.fullmatch(accent) else DEFAULT_ACCENT,
            logo_png=checked,
            logo_problem=code,
        )

    @retry_stale("branding")
    def set(self, branding: Branding) -> Branding:
        """Stores new branding; returns the one it replaced. A logo is a processed PNG."""
        company = v.bounded("company", branding.company.strip(), "Company name", 200)
        if not _COLOUR.fullmatch(branding.accent):
            raise ValidationError(
                "accent", f"The accent colour {branding.accent!r} is not a #RRGGBB colour."
            )
        logo = branding.logo_png
        if logo is not None:
            if not logo.startswith(b"\x89PNG\r\n\x1a\n"):
                raise ValidationError("logo", "The logo must be a PNG image.")
            logo = _fitted(logo)
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

    from personabuilder.services.photos import _decode, check_file_size

    check_file_size(raw, "logo")
    image = _decode(raw, "logo")
    image = image.convert("RGBA")
    image.thumbnail(LOGO_BOX, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _fitted(png: bytes) -> bytes:
    """``png`` as it is when it fits LOGO_BOX, else shrunk; ValidationError when unusable.

    The size comes from the header: a picture over the photo limit is refused undecoded.
    """
    from personabuilder.services.photos import check_file_size, open_checked

    check_file_size(png, "logo")
    width, height = open_checked(png, "logo").size
    if width <= LOGO_BOX[0] and height <= LOGO_BOX[1]:
        return png
    return logo_from_image(png)


@lru_cache(maxsize=4)
def _checked_logo(text: str) -> bytes | tuple[str, str]:
    """The stored logo fitted to LOGO_BOX, or why it cannot be used (code, sentence).

    Cached: an oversized logo from an older version is shrunk once, not at every export.
    """
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        return "not_base64", "it is not valid base64."
    if not raw.startswith(b"\x89PNG\r\n\x1a\n"):
        return "not_png", "The file is not a PNG image."
    try:
        return _fitted(raw)
    except ValidationError as exc:
        too_large = "limit" in str(exc)
        return ("too_large" if too_large else "damaged"), str(exc)
