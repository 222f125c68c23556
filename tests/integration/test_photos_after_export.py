"""A photo must arrive whole even after WeasyPrint told Pillow to accept truncated files."""

import io

import pytest
from PIL import Image, ImageFile

from personabuilder.services.errors import ValidationError
from personabuilder.services.photos import process_photo


def test_truncated_photo_is_refused_once_weasyprint_is_loaded() -> None:
    import weasyprint.images  # noqa: F401 - its import turns LOAD_TRUNCATED_IMAGES on

    assert ImageFile.LOAD_TRUNCATED_IMAGES
    out = io.BytesIO()
    Image.effect_noise((300, 300), 60).convert("RGB").save(out, "PNG")
    truncated = out.getvalue()[: len(out.getvalue()) // 2]
    with pytest.raises(ValidationError, match="damaged"):
        process_photo(truncated)
    assert ImageFile.LOAD_TRUNCATED_IMAGES  # WeasyPrint's own setting is left as it was
