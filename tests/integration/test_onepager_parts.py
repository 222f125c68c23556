"""One-pagers laid out in parts at once (child processes) and merged equal the single document."""

import functools
import io
import multiprocessing
import os
import random
import signal
import subprocess
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from benchmarks.generate import _persona
from personabuilder.export import deliverables, parallel
from personabuilder.export.parallel import Children
from personabuilder.export.pdf import ExportCancelled, render_pdf, render_pdf_parts
from personabuilder.export.templating import render_bundled
from personabuilder.services import Services
from personabuilder.store import Workspace
from tests.tools import ended_pid, program

CLOCK = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)
META: dict[str, Any] = {
    "title": "Catalogue",
    "author": "Acme",
    "lang": "en",
    "keywords": ("PersonaBuilder", "Persona"),
    "created": CLOCK,
}


@pytest.fixture
def demo(demo_workspace: Workspace) -> Services:
    return Services.bind(demo_workspace)


def _parts(services: Services) -> tuple[str, list[str]]:
    """The demo's one-pagers as one HTML, and as two HTMLs of half the personas each."""
    ids = [p.id for p in services.listing.personas()]
    assert len(ids) >= 2
    context = deliverables.build_context("persona", services, persona_ids=ids, clock=CLOCK)
    personas = context["personas"]
    half = len(personas) // 2
    whole = render_bundled("persona.html.j2", context)
    parts = [
        render_bundled("persona.html.j2", dict(context, personas=personas[:half])),
        render_bundled("persona.html.j2", dict(context, personas=personas[half:])),
    ]
    return whole, parts


def _id(page: Any) -> int:
    """The object number of a page."""
    return int(page.indirect_reference.idnum)


def _structure(reader: PdfReader) -> list[tuple[str, int | None]]:
    """Every structure element in reading order: its role and the page index it marks."""
    pages = {_id(page): index for index, page in enumerate(reader.pages)}
    found: list[tuple[str, int | None]] = []

    def walk(node: Any) -> None:
        element: Any = node.get_object()
        if not isinstance(element, DictionaryObject) or "/S" not in element:
            return
        page = element.raw_get("/Pg").idnum if "/Pg" in element else None
        found.append((str(element["/S"]), pages.get(page) if page is not None else None))
        kids = element.get("/K")
        for kid in kids if isinstance(kids, list) else [kids]:
            if kid is not None and hasattr(kid, "get_object"):
                walk(kid)

    root: Any = reader.trailer["/Root"]
    root = root["/StructTreeRoot"]
    documents = root["/K"]
    for document in documents if isinstance(documents, list) else [documents]:
        walk(document)
    return found


def _parent_tree(reader: PdfReader) -> dict[int, int]:
    """Parent-tree key of each page, checked to point at elements of that very page."""
    root: Any = reader.trailer["/Root"]
    nums = list(root["/StructTreeRoot"]["/ParentTree"]["/Nums"])
    tree = dict(zip((int(key) for key in nums[::2]), nums[1::2], strict=True))
    keys = {}
    page: Any
    for index, page in enumerate(reader.pages):
        key = int(page["/StructParents"])
        for element in tree[key]:
            assert element.get_object().raw_get("/Pg").idnum == _id(page)
        keys[index] = key
    return keys


def _outline(reader: PdfReader, items: list[Any] | None = None) -> list[Any]:
    result: list[Any] = []
    for item in reader.outline if items is None else items:
        if isinstance(item, list):
            result.append(_outline(reader, item))
        else:
            result.append((str(item.title), reader.get_destination_page_number(item)))
    return result


def _pixels(pdf: Path, folder: Path) -> list[Image.Image]:
    subprocess.run(
        [program("pdftoppm"), "-r", "72", "-png", str(pdf), str(folder / "page")],
        check=True,
        capture_output=True,
    )
    made = sorted(folder.glob("page-*.png"), key=lambda p: int(p.stem.split("-")[-1]))
    return [Image.open(path).convert("RGB") for path in made]


def test_parts_merge_into_the_same_document(demo: Services, tmp_path: Path) -> None:
    whole, parts = _parts(demo)
    single, merged = tmp_path / "single.pdf", tmp_path / "merged.pdf"
    pages = render_pdf(whole, single, **META)
    assert render_pdf_parts(parts, merged, **META) == pages

    one, other = PdfReader(single), PdfReader(merged)
    assert len(other.pages) == pages
    # Compact: only the fonts, embedded once a part, make it larger than the single file.
    assert merged.stat().st_size <= 1.3 * single.stat().st_size
    texts = [page.extract_text() for page in other.pages]
    assert texts == [page.extract_text() for page in one.pages]
    # Page numbers count across the parts.
    for number, text in enumerate(texts, start=1):
        assert f"{number} / {pages}" in text
    # One structure tree: the same elements on the same pages, the parent tree keyed by page.
    assert _structure(other) == _structure(one)
    assert _parent_tree(other) == _parent_tree(one) == {i: i for i in range(pages)}
    assert [s for s, _ in _structure(other)].count("/Document") == 1
    catalogue: Any = other.trailer["/Root"]
    expected: Any = one.trailer["/Root"]
    for key in ("/Lang", "/MarkInfo", "/ViewerPreferences"):
        assert catalogue[key] == expected[key]
    assert b"pdfuaid" in catalogue["/Metadata"].get_object().get_data()
    assert other.metadata is not None
    assert other.metadata.title == "Catalogue"
    assert _outline(other) == _outline(one)
    assert {
        name: other.get_destination_page_number(dest)
        for name, dest in other.named_destinations.items()
    } == {
        name: one.get_destination_page_number(dest) for name, dest in one.named_destinations.items()
    }
    # The pages look the same.
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for left, right in zip(
        _pixels(single, tmp_path / "a"), _pixels(merged, tmp_path / "b"), strict=True
    ):
        assert ImageChops.difference(left, right).getbbox() is None


def test_cancel_stops_the_layout_processes(demo: Services, tmp_path: Path) -> None:
    _, parts = _parts(demo)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.pdf"
    stages: list[str] = []

    def cancelled() -> bool:
        # Cancel once a part is being laid out: the children are running by then.
        return "layout" in stages

    with pytest.raises(ExportCancelled):
        render_pdf_parts(
            parts,
            target,
            **META,
            progress=lambda stage, _fraction: stages.append(stage),
            cancelled=cancelled,
        )
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no part file left either
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(
    len(getattr(os, "sched_getaffinity", lambda _: range(os.cpu_count() or 1))(0)) < 2,
    reason="the one-pagers are laid out in parts only with two cores or more",
)
def test_a_catalogue_of_twenty_personas_is_numbered_and_tagged(tmp_path: Path) -> None:
    rng = random.Random(3)
    workspace = Workspace.create(tmp_path / "catalogue.pbw")
    try:
        services = Services.bind(workspace)
        ids = [services.personas.create(_persona(rng, i)).id for i in range(20)]
        seen: list[float] = []
        out = io.BytesIO()
        pages = deliverables.persona_onepager(
            services, ids, out, clock=CLOCK, progress=lambda _stage, done: seen.append(done)
        )
    finally:
        workspace.close()
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert pages == len(reader.pages) >= 20
    assert [f"{n} / {pages}" in page.extract_text() for n, page in enumerate(reader.pages, 1)] == [
        True
    ] * pages
    assert _parent_tree(reader) == {i: i for i in range(pages)}
    assert len(reader.outline) == 2 * 20  # each persona's name, then its sections' list
    assert seen == sorted(seen)
    assert seen[-1] == 1.0
    assert multiprocessing.active_children() == []


def test_children_started_early_take_their_parts_and_spare_ones_leave(demo: Services) -> None:
    whole, parts = _parts(demo)
    with Children(3) as children:
        assert children.count == 3
        pdfs, pages = children.lay_out(parts, dict(META), lambda _s, _f: None, lambda: None)
    assert len(pdfs) == 2
    single = io.BytesIO()
    assert pages == render_pdf(whole, single, **META)
    assert multiprocessing.active_children() == []


def test_a_failure_before_the_parts_are_ready_stops_the_children() -> None:
    with pytest.raises(LookupError), Children(2):
        raise LookupError("the document could not be built")
    assert multiprocessing.active_children() == []


def _layout_children() -> dict[int, str]:
    """The layout processes running: their pids and what they are ("standby" or "part")."""
    return {
        int(child.pid or 0): child.name.split("-")[2]
        for child in multiprocessing.active_children()
        if child.name.startswith("personabuilder-layout-")
    }


def test_an_export_takes_the_layout_processes_standing_by(demo: Services) -> None:
    whole, parts = _parts(demo)
    try:
        assert parallel.stand_by(2) == 2
        assert parallel.standing_by(timeout=120) == 2  # warm: WeasyPrint loaded
        standing = _layout_children()
        assert sorted(standing.values()) == ["standby", "standby"]
        with Children(2) as children:
            # Those standing by are the export's now; none was started for it.
            assert parallel.standing_by() == 0
            assert _layout_children() == standing
            pdfs, pages = children.lay_out(parts, dict(META), lambda _s, _f: None, lambda: None)
    finally:
        parallel.stand_down()
    assert len(pdfs) == 2
    assert pages == render_pdf(whole, io.BytesIO(), **META)
    assert multiprocessing.active_children() == []


def test_children_missing_from_the_standby_are_started_for_the_export(demo: Services) -> None:
    whole, parts = _parts(demo)
    try:
        parallel.stand_by(1)
        with Children(2) as children:
            assert sorted(_layout_children().values()) == ["part", "standby"]
            _, pages = children.lay_out(parts, dict(META), lambda _s, _f: None, lambda: None)
    finally:
        parallel.stand_down()
    assert pages == render_pdf(whole, io.BytesIO(), **META)
    assert multiprocessing.active_children() == []


def test_the_standby_replaces_an_ended_child_and_stands_down() -> None:
    try:
        parallel.stand_by(2)
        ended, kept = sorted(_layout_children())
        os.kill(ended, signal.SIGKILL)
        for child in multiprocessing.active_children():
            if child.pid == ended:
                child.join(30)
        assert parallel.stand_by(2) == 2
        again = _layout_children()
        assert len(again) == 2
        assert kept in again
        assert ended not in again
        assert parallel.standing_by(timeout=120) == 2
        assert parallel.stand_by(1) == 1  # fewer wanted: the others stop
        assert len(_layout_children()) == 1
    finally:
        parallel.stand_down()
    assert parallel.standing_by() == 0
    assert multiprocessing.active_children() == []


@pytest.mark.skipif(
    len(getattr(os, "sched_getaffinity", lambda _: range(os.cpu_count() or 1))(0)) < 2,
    reason="the one-pagers are laid out in parts only with two cores or more",
)
def test_one_pagers_exported_with_children_standing_by_are_numbered_across(
    tmp_path: Path,
) -> None:
    rng = random.Random(4)
    workspace = Workspace.create(tmp_path / "catalogue.pbw")
    try:
        services = Services.bind(workspace)
        ids = [services.personas.create(_persona(rng, i)).id for i in range(20)]
        assert deliverables.onepager_parts(len(ids)) == 2
        parallel.stand_by(2)
        parallel.standing_by(timeout=120)
        out = io.BytesIO()
        pages = deliverables.persona_onepager(services, ids, out, clock=CLOCK)
        assert parallel.standing_by() == 0  # the export took them
    finally:
        parallel.stand_down()
        workspace.close()
    reader = PdfReader(io.BytesIO(out.getvalue()))
    assert pages == len(reader.pages) >= 20
    assert [f"{n} / {pages}" in page.extract_text() for n, page in enumerate(reader.pages, 1)] == [
        True
    ] * pages
    assert _parent_tree(reader) == {i: i for i in range(pages)}
    assert multiprocessing.active_children() == []


def test_layout_processes_leave_no_temporary_files(
    demo: Services, tmp_path: Path, system_temp: Path
) -> None:
    # WeasyPrint copies the fonts into a temporary folder of some 3 MB that a child which
    # ends (or is killed) never removes itself: every export, cancel and standby child
    # left one behind.
    _, parts = _parts(demo)
    target = tmp_path / "out.pdf"
    render_pdf_parts(parts, target, **META)
    assert PdfReader(target).pages
    assert list(system_temp.iterdir()) == []

    stages: list[str] = []
    with pytest.raises(ExportCancelled):
        render_pdf_parts(
            parts,
            tmp_path / "cancelled.pdf",
            **META,
            progress=lambda stage, _fraction: stages.append(stage),
            cancelled=lambda: "layout" in stages,
        )
    assert list(system_temp.iterdir()) == []

    try:
        parallel.stand_by(2)
        assert parallel.standing_by(timeout=120) == 2  # warm: each has laid a line out
        assert len(list(system_temp.iterdir())) == 2  # one folder each, while they run
        killed = next(iter(_layout_children()))
        os.kill(killed, signal.SIGKILL)
        for child in multiprocessing.active_children():
            if child.pid == killed:
                child.join(30)
        assert parallel.stand_by(1) == 1
        assert len(list(system_temp.iterdir())) == 1
    finally:
        parallel.stand_down()
    assert list(system_temp.iterdir()) == []
    assert multiprocessing.active_children() == []


def test_the_folders_a_killed_app_left_are_removed_by_the_next_one(
    system_temp: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from personabuilder import system

    # A process that has ended: its id belongs to no one running (ids are not reused this fast).
    left = system_temp / f"personabuilder-child-{ended_pid()}-abc123"
    (left / "weasyprint-x").mkdir(parents=True)
    (left / "weasyprint-x" / "font.ttf").write_bytes(b"\0" * 1024)
    running = system_temp / f"personabuilder-child-{os.getppid()}-def456"  # a live process's
    running.mkdir()
    other = system_temp / "someone-elses-folder"
    other.mkdir()
    monkeypatch.setattr(system, "_sweep", functools.cache(system._sweep.__wrapped__))
    try:
        assert parallel.stand_by(1) == 1
        mine = sorted(set(system_temp.iterdir()) - {running, other})
        assert [p.name.startswith(f"personabuilder-child-{os.getpid()}-") for p in mine] == [True]
    finally:
        parallel.stand_down()
    assert sorted(system_temp.iterdir()) == sorted([running, other])
