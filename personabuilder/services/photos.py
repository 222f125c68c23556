"""Persona photos: accept PNG, JPEG or WebP, crop to a square, downscale, re-encode."""

import io
import warnings

from PIL import Image, ImageFile, UnidentifiedImageError

from personabuilder.services.errors import ValidationError

ACCEPTED_FORMATS = {"PNG", "JPEG", "WEBP"}
MAX_FILE_BYTES = 30 * 1024 * 1024
# Beyond this many pixels an image is refused before it is decoded (a 20,000 x 20,000
# picture would take 1.6 GB of memory).
MAX_PIXELS = 40_000_000
SIDE = 512


def _too_large(width: int, height: int, field: str) -> ValidationError:
    return ValidationError(
        field, f"The image is {width:,} x {height:,} pixels; the limit is 40 megapixels."
    )


def check_file_size(raw: bytes, field: str = "photo") -> None:
    """Refuses an image file larger than MAX_FILE_BYTES before anything reads it."""
    if len(raw) > MAX_FILE_BYTES:
        raise ValidationError(
            field, f"The image file is {len(raw) / 1_048_576:.0f} MB; the limit is 30 MB."
        )


def open_checked(raw: bytes, field: str = "photo") -> Image.Image:
    """Opens ``raw`` without decoding it, refusing unknown formats and oversized pictures.

    Only the header is read: a 13,000 x 13,000 PNG of a few hundred kilobytes is refused
    here, before it takes over a gigabyte to decode.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(raw))
    except UnidentifiedImageError as exc:
        raise ValidationError(field, "The file is not an image PersonaBuilder can read.") from exc
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ValidationError(
            field, "The image has too many pixels; the limit is 40 megapixels."
        ) from exc
    except (OSError, SyntaxError) as exc:
        raise ValidationError(field, f"The image is damaged and cannot be read ({exc}).") from exc
    if image.format not in ACCEPTED_FORMATS:
        raise ValidationError(
            field, f"{image.format or 'These'} images are not supported; use PNG, JPEG or WebP."
        )
    if image.size[0] * image.size[1] > MAX_PIXELS:
        raise _too_large(*image.size, field)
    return image


def _decode(raw: bytes, field: str = "photo") -> Image.Image:
    """Opens and decodes ``raw``, refusing unknown formats and oversized pictures first."""
    image = open_checked(raw, field)
    # WeasyPrint, once imported, tells Pillow to accept truncated files for the whole process;
    # a photo must still arrive whole, so the check is forced on while this one decodes.
    lenient = ImageFile.LOAD_TRUNCATED_IMAGES
    ImageFile.LOAD_TRUNCATED_IMAGES = False
    try:
        image.load()
    except (OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(field, f"The image is damaged and cannot be read ({exc}).") from exc
    finally:
        ImageFile.LOAD_TRUNCATED_IMAGES = lenient
    return image


def process_photo(raw: bytes) -> tuple[bytes, str]:
    """The stored form of an imported photo: a square of at most 512 px, with its MIME type.

    Raises ValidationError naming the problem for anything that is not a sound, reasonably
    sized PNG, JPEG or WebP image.
    """
    check_file_size(raw)
    image = _decode(raw)
    width, height = image.size
    side = min(width, height)
    left, top = (width - side) // 2, (height - side) // 2
    square = image.crop((left, top, left + side, top + side))
    if side > SIDE:
        square = square.resize((SIDE, SIDE), Image.Resampling.LANCZOS)
    has_alpha = square.mode in ("RGBA", "LA") or "transparency" in square.info
    out = io.BytesIO()
    if has_alpha:
        square.convert("RGBA").save(out, format="PNG", optimize=True)
        return out.getvalue(), "image/png"
    square.convert("RGB").save(out, format="JPEG", quality=88)
    return out.getvalue(), "image/jpeg"
