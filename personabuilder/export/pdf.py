"""HTML to PDF with WeasyPrint behind a fetcher that serves only our own files and data: URLs.

WeasyPrint is imported inside the functions that need it: importing this module stays cheap.
This is the entry point; the work is done below it, each piece importing only those under it:
``errors`` (messages), ``fonts`` (bundled fonts, ``pb-resource:`` URLs), ``engine`` (WeasyPrint
and the locked fetcher, for trusted HTML) and ``sandbox`` (a user's template, in a child
process that uses ``engine``). The names below are re-exported here as they always were.

The fetcher is the safety line of every export: WeasyPrint's default one reads any ``file:``
URL and downloads any ``http(s):`` one, and ``<a rel="attachment" href="file:///etc/passwd">``
embeds that file inside the PDF. Ours answers only ``pb-resource:`` URLs (files under the
bundled resources/ and templates/ folders) and ``data:`` URLs; every other URL is refused, which
WeasyPrint treats as a failed fetch: the image, stylesheet or font is simply left out.
On top of that, the finished document loses every attachment and every link that is not
``http``, ``https`` or ``mailto``.

Text in any script prints with bundled fonts (``FACES``): DejaVu Sans as "PB Sans", and one
family per fallback script (Hebrew, Arabic, CJK, colour emoji), declared only when the text
needs them. Text blocks that start in a right-to-left script are set right to left, and
right-to-left text in inline SVGs (charts) is put in display order (see ``_order_svg_text``).

The PDF is tagged: PDF/UA-1 first (WeasyPrint 70: ``pdf_variant="pdf/ua-1"``, PDF 1.7, structure
tree, XMP metadata, ``DisplayDocTitle``); should writing that variant fail, plain tags
(``pdf_tags=True``), then an untagged PDF, each fallback logged as a warning.
"""

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from personabuilder.export.engine import (
    MAX_DEPTH,
    STAGES,
    RefusedURL,
    _Progress,
    _short,
    locked_fetcher,
    render_trusted,
)
from personabuilder.export.errors import _MESSAGES, ExportCancelled, ExportError, UntrustedHTML
from personabuilder.export.files import write_whole
from personabuilder.export.fonts import (
    FACES,
    FONT_FAMILY,
    FONT_STACK,
    RESOURCE_SCHEME,
    FontFace,
    fonts_css,
    resource_url,
)

if TYPE_CHECKING:
    from personabuilder.export.parallel import Children

# The pieces of the engine below, under the names they have always had here.
__all__ = [
    "FACES",
    "FONT_FAMILY",
    "FONT_STACK",
    "MAX_DEPTH",
    "RESOURCE_SCHEME",
    "STAGES",
    "_MESSAGES",
    "ExportCancelled",
    "ExportError",
    "FontFace",
    "RefusedURL",
    "UntrustedHTML",
    "fonts_css",
    "locked_fetcher",
    "render_pdf",
    "render_pdf_parts",
    "render_png_pages",
    "resource_url",
]


def render_pdf(
    html: str,
    target: "Path | BinaryIO",
    *,
    title: str,
    author: str,
    lang: str,
    subject: str = "",
    keywords: Sequence[str] = (),
    created: datetime | None = None,
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    page_limit: tuple[str, int] | None = None,
) -> int:
    """Lays ``html`` out and writes the PDF to ``target`` (atomically for a path); page count.

    ``progress(stage, fraction)`` hears the stages of ``STAGES`` with a fraction that never
    goes back; ``cancelled()`` is asked between stages and between pages, and a True answer
    raises ExportCancelled with ``target`` untouched. UntrustedHTML (a user's template) is
    laid out in a child process with a time, page and memory limit (see ``sandbox``);
    ``page_limit`` (template name, pages) is that child's page cap.
    """
    if isinstance(html, UntrustedHTML):
        from personabuilder.export import sandbox

        report = _Progress(progress, cancelled, page_limit)
        metadata = {"title": title, "author": author, "lang": lang, "subject": subject}
        data, pages = sandbox.lay_out(
            html,
            html.template,
            dict(metadata, keywords=list(keywords), created=created),
            report,
            report.check,
        )
        report.check()
        write_whole(data, target, before_replace=report.check)
        report("done", 1.0, may_stop=False)
        return pages
    return render_trusted(
        html,
        target,
        title=title,
        author=author,
        lang=lang,
        subject=subject,
        keywords=keywords,
        created=created,
        progress=progress,
        cancelled=cancelled,
        page_limit=page_limit,
    )


def render_pdf_parts(
    htmls: Sequence[str],
    target: "Path | BinaryIO",
    *,
    title: str,
    author: str,
    lang: str,
    subject: str = "",
    keywords: Sequence[str] = (),
    created: datetime | None = None,
    progress: Callable[[str, float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    children: "Children | None" = None,
) -> int:
    """Lays the parts of one trusted document out at once, one child process each, and writes
    them to ``target`` as one tagged PDF (pages numbered across the parts); page count.

    The arguments are those of ``render_pdf``; each part starts on a new page. Worth it only
    for a document of many pages: each child first spends about a second starting up, which
    ``children`` started earlier (``parallel.Children``) spend while the document is built.
    """
    from personabuilder.export import merge, parallel

    report = _Progress(progress, cancelled)
    report("parse", 0.0)
    metadata = {"title": title, "author": author, "lang": lang, "subject": subject}
    lay_out = children.lay_out if children is not None else parallel.lay_out_parts
    parts, pages = lay_out(
        htmls,
        dict(metadata, keywords=list(keywords), created=created),
        # A part's "done" is not the document's: that comes once the merged file is written.
        lambda stage, fraction: report("write" if stage == "done" else stage, 0.9 * fraction),
        report.check,
    )
    report("write", 0.9)
    try:
        data = merge.merge_tagged(parts, report.check)
    except ExportError:
        raise  # ExportCancelled included: a cancel is not a failure
    except Exception as exc:  # a failure of the merge becomes one message
        raise ExportError(code="render_failed", detail=_short(exc)) from exc
    write_whole(data, target, before_replace=report.check)
    report("done", 1.0, may_stop=False)
    return pages


def render_png_pages(html: str, folder: Path, *, resolution: int = 60) -> list[Path]:
    """Renders ``html`` and writes one PNG a page into ``folder`` with pdftoppm (previews)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise ExportError(code="no_pdftoppm")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pb-preview-") as scratch:
        pdf = Path(scratch) / "preview.pdf"
        render_pdf(html, pdf, title="", author="", lang="")
        prefix = Path(scratch) / "page"
        try:
            subprocess.run(
                [tool, "-r", str(resolution), "-png", str(pdf), str(prefix)],
                check=True,
                capture_output=True,
                timeout=300,
            )
        except (OSError, subprocess.SubprocessError) as exc:
            raise ExportError(code="preview_failed", detail=_short(exc)) from exc
        # pdftoppm pads page numbers to the width of the last one: page-01.png ... page-12.png
        made = sorted(Path(scratch).glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
        pages = []
        for made_page in made:
            number = int(made_page.stem.split("-")[-1])
            dest = folder / f"page-{number:03d}.png"
            shutil.move(made_page, dest)
            pages.append(dest)
    return pages
