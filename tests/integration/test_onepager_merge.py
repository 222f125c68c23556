"""The merge of one-pager parts: compact, exact where text looks like PDF syntax, cancellable."""

import dataclasses
import io
import random
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from benchmarks.generate import _persona
from personabuilder.export import deliverables, merge, parallel
from personabuilder.export.pdf import ExportCancelled, render_pdf
from personabuilder.export.templating import render_bundled
from personabuilder.services import Services
from personabuilder.store import Workspace
from tests.tools import program

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
META: dict[str, Any] = {"title": "Catalogue", "author": "Acme", "lang": "en"}
# Names that read like PDF syntax (a reference, a parent-tree key, unbalanced parentheses):
# the merge renumbers references in the parts' bytes and must leave text alone.
NAMES = ("Ann (12 0 R) Lee", "Bo /StructParents 7 Ng", "Cy ) 3 0 R ( Day", "Di \\ (5 0 R Fox")


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, list[bytes]]:
    """Eight one-pagers as one PDF, and as the PDFs of two parts laid out at once."""
    folder = tmp_path_factory.mktemp("merge")
    workspace = Workspace.create(folder / "catalogue.pbw")
    try:
        services = Services.bind(workspace)
        rng = random.Random(5)
        ids = []
        for index in range(8):
            data = _persona(rng, index)
            if index < len(NAMES):
                data = dataclasses.replace(data, name=NAMES[index])
            ids.append(services.personas.create(data).id)
        context = deliverables.build_context("persona", services, persona_ids=ids, clock=CLOCK)
    finally:
        workspace.close()
    personas = context["personas"]
    single = folder / "single.pdf"
    render_pdf(render_bundled("persona.html.j2", context), single, **META, created=CLOCK)
    htmls = [
        render_bundled("persona.html.j2", dict(context, personas=personas[:4])),
        render_bundled("persona.html.j2", dict(context, personas=personas[4:])),
    ]
    parts, _pages = parallel.lay_out_parts(
        htmls,
        dict(META, subject="", keywords=[], created=CLOCK),
        lambda _stage, _fraction: None,
        lambda: None,
    )
    return single.read_bytes(), parts


def _titles(reader: PdfReader, items: list[Any] | None = None) -> list[Any]:
    result: list[Any] = []
    for item in reader.outline if items is None else items:
        result.append(_titles(reader, item) if isinstance(item, list) else str(item.title))
    return result


def test_the_merged_pdf_is_about_the_size_of_the_single_one(
    catalogue: tuple[bytes, list[bytes]], tmp_path: Path
) -> None:
    single, parts = catalogue
    merged = merge.merge_tagged(parts)
    # Every object but the streams sits in one compressed object stream, as WeasyPrint writes.
    assert len(merged) <= 1.3 * len(single)
    target = tmp_path / "merged.pdf"
    target.write_bytes(merged)
    info = subprocess.run(
        [program("pdfinfo"), str(target)], check=True, capture_output=True, text=True
    )
    assert info.stderr == ""  # poppler found nothing to repair
    assert "Tagged:          yes" in info.stdout
    assert "Pages:           8" in info.stdout


def test_text_that_looks_like_pdf_syntax_is_copied_unchanged(
    catalogue: tuple[bytes, list[bytes]], tmp_path: Path
) -> None:
    single, parts = catalogue
    one = PdfReader(_write(tmp_path / "single.pdf", single), strict=True)
    other = PdfReader(_write(tmp_path / "merged.pdf", merge.merge_tagged(parts)), strict=True)
    titles = _titles(other)
    assert titles == _titles(one)
    assert [title for title in titles if isinstance(title, str)][:4] == list(NAMES)
    assert [page.extract_text() for page in other.pages] == [
        page.extract_text() for page in one.pages
    ]
    root: Any = other.trailer["/Root"]
    pages: list[Any] = list(other.pages)
    keys = [int(page["/StructParents"]) for page in pages]
    assert keys == list(range(len(pages)))
    assert int(root["/StructTreeRoot"]["/ParentTreeNextKey"]) >= len(keys)


def test_the_merge_stops_when_cancelled(catalogue: tuple[bytes, list[bytes]]) -> None:
    _, parts = catalogue
    calls: list[int] = []

    def check() -> None:
        calls.append(1)
        raise ExportCancelled

    with pytest.raises(ExportCancelled):
        merge.merge_tagged(parts, check)
    assert calls == [1]  # stopped after reading the first part


def test_a_part_that_is_not_a_pdf_is_refused(catalogue: tuple[bytes, list[bytes]]) -> None:
    _, parts = catalogue
    with pytest.raises(merge.MergeError, match="not a PDF"):
        merge.merge_tagged([parts[0], b"<html>"])


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _font_programs(reader: PdfReader) -> list[tuple[str, int, bytes]]:
    """(subset name, object number, bytes) of the font program of every font on every page."""
    found: list[tuple[str, int, bytes]] = []
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources.get("/Font", {}).values():
            font: Any = reference.get_object()
            for descendant in font.get("/DescendantFonts", [font]):
                descriptor = descendant.get_object().get("/FontDescriptor")
                if descriptor is None:
                    continue
                descriptor = descriptor.get_object()
                key = next(k for k in ("/FontFile2", "/FontFile3", "/FontFile") if k in descriptor)
                program = descriptor.raw_get(key)
                found.append((str(descriptor["/FontName"]), program.idnum, program.get_data()))
    return found


def _assert_one_program_per_name(merged: bytes) -> list[tuple[str, int, bytes]]:
    """Every subset name in ``merged`` names one font program, and no program is there twice."""
    found = _font_programs(PdfReader(io.BytesIO(merged), strict=True))
    by_name: dict[str, set[bytes]] = {}
    by_content: dict[bytes, set[int]] = {}
    for name, number, data in found:
        by_name.setdefault(name, set()).add(data)
        by_content.setdefault(data, set()).add(number)
    assert {name: len(programs) for name, programs in by_name.items()} == dict.fromkeys(by_name, 1)
    assert all(len(numbers) == 1 for numbers in by_content.values())
    return found


def test_a_font_program_the_parts_embed_alike_is_written_once(
    catalogue: tuple[bytes, list[bytes]],
) -> None:
    _, parts = catalogue
    in_parts = sum(len(_font_programs(PdfReader(io.BytesIO(part)))) for part in parts)
    found = _assert_one_program_per_name(merge.merge_tagged(parts))
    assert len(found) == in_parts  # every font of every page is still there
    assert len({number for _, number, _ in found}) < len(found)  # and shares its program


def test_different_subsets_of_one_font_get_different_tags(tmp_path: Path) -> None:
    # Each part embeds the glyphs it uses under the tag WeasyPrint derives from the font's
    # description: the same tag for different programs unless the merge retags one.
    texts = ("Alpha beta", "Zulu quiz ÉÀŒ jumps", "Alpha beta", "Kilo 0123 ½ — vexed")
    parts = []
    for text in texts:
        out = io.BytesIO()
        render_pdf(f"<p>{text}</p><p><b>{text}</b></p>", out, **META, created=CLOCK)
        parts.append(out.getvalue())
    merged = merge.merge_tagged(parts)
    found = _assert_one_program_per_name(merged)
    names = {name for name, _, _ in found}
    programs = {data for _, _, data in found}
    assert len(names) == len(programs)  # a tag for each different program
    assert len(programs) > 2  # the parts' subsets did differ
    target = _write(tmp_path / "merged.pdf", merged)
    fonts = subprocess.run(
        [program("pdffonts"), str(target)], check=True, capture_output=True, text=True
    )
    assert fonts.stderr == ""
    listed = [line.split()[0] for line in fonts.stdout.splitlines()[2:]]
    assert sorted(set(listed)) == sorted(name.lstrip("/") for name in names)
    text = subprocess.run(
        [program("pdftotext"), str(target), "-"], check=True, capture_output=True, text=True
    ).stdout
    for line in texts:
        assert text.count(line) == 2 * texts.count(line)
