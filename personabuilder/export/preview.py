"""Pages of a PDF as PNG images, for the export dialog's preview (no system tool needed)."""

import io
from pathlib import Path


def pdf_page_images(pdf: Path | bytes, *, width: int = 900, limit: int = 40) -> list[bytes]:
    """PNG images of the first ``limit`` pages, each ``width`` pixels wide."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped, unused-ignore]

    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        images: list[bytes] = []
        for index in range(min(len(document), limit)):
            page = document[index]
            try:
                scale = width / page.get_width()
                bitmap = page.render(scale=scale)
                out = io.BytesIO()
                bitmap.to_pil().save(out, "PNG")
                images.append(out.getvalue())
            finally:
                page.close()
        return images
    finally:
        document.close()


def pdf_page_count(pdf: Path | bytes) -> int:
    """How many pages a PDF has."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped, unused-ignore]

    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        return len(document)
    finally:
        document.close()
