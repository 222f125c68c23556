"""Pages of a PDF as PNG images, for the export dialog's preview (no system tool needed)."""

import io
from collections.abc import Callable, Iterator
from pathlib import Path


def iter_page_images(
    pdf: Path | bytes,
    *,
    width: int = 900,
    limit: int = 40,
    start: int = 0,
    cancelled: Callable[[], bool] | None = None,
) -> Iterator[tuple[int, bytes]]:
    """(page index, PNG image ``width`` pixels wide) of the pages from ``start`` up to
    ``limit``, one at a time, so that each can be shown as soon as it is drawn; stops early
    when ``cancelled()`` says so."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped, unused-ignore]

    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        for index in range(start, min(len(document), limit)):
            if cancelled is not None and cancelled():
                return
            page = document[index]
            try:
                scale = width / page.get_width()
                bitmap = page.render(scale=scale)
                out = io.BytesIO()
                bitmap.to_pil().save(out, "PNG")
            finally:
                page.close()
            yield index, out.getvalue()
    finally:
        document.close()


def pdf_page_images(pdf: Path | bytes, *, width: int = 900, limit: int = 40) -> list[bytes]:
    """PNG images of the first ``limit`` pages, each ``width`` pixels wide."""
    return [png for _, png in iter_page_images(pdf, width=width, limit=limit)]


def pdf_page_count(pdf: Path | bytes) -> int:
    """How many pages a PDF has."""
    import pypdfium2 as pdfium  # type: ignore[import-untyped, unused-ignore]

    document = pdfium.PdfDocument(pdf if isinstance(pdf, bytes) else str(pdf))
    try:
        return len(document)
    finally:
        document.close()
