"""Merges tagged PDFs that WeasyPrint wrote for the parts of one document into one tagged PDF.

Each part has its own structure tree (a Document element under the StructTreeRoot, and a
parent tree keyed by page, then by link annotation), outline and named destinations. The
merged PDF keeps the first part's catalogue entries (/Lang, /MarkInfo, /ViewerPreferences,
the XMP metadata that names it PDF/UA) and document information, and holds one structure tree:
every part's elements under one Document element, the parent tree renumbered (pages 0..N-1,
then the link annotations), outlines and named destinations pointing at the merged pages.
Fonts stay as each part embedded them (a subset per part). pypdf writes no object streams,
so the merged file is about three times the size WeasyPrint's would be.

``PdfWriter._add_object`` is pypdf's only way to add an object that no page refers to yet (the
new structure root), the one its own methods use; the tests exercise it with the pinned pypdf.
"""

import importlib.util
import io
from collections.abc import Iterator, Sequence
from typing import Any, Final

# Catalogue entries of the first part that describe the whole document.
_CATALOGUE_KEYS: Final = ("/Lang", "/MarkInfo", "/ViewerPreferences", "/Metadata", "/PageMode")


def available() -> bool:
    """Whether pypdf, which does the merging, is installed (a build may leave it out)."""
    return importlib.util.find_spec("pypdf") is not None


def _pairs(flat: Any) -> Iterator[tuple[Any, Any]]:
    """(key, value) pairs of a number or name tree's flat ``/Nums`` or ``/Names`` array."""
    items = list(flat)
    return zip(items[::2], items[1::2], strict=True)


def _tree_leaves(node: Any, key: str) -> Iterator[tuple[Any, Any]]:
    """Every (key, value) of a number tree (``/Nums``) or name tree (``/Names``)."""
    node = node.get_object()
    if key in node:
        yield from _pairs(node[key].get_object())
    for kid in node.get("/Kids", ()):
        yield from _tree_leaves(kid, key)


def merge_tagged(parts: Sequence[bytes]) -> bytes:
    """One PDF holding the pages of ``parts`` in order, with one structure tree (see above)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    readers = [PdfReader(io.BytesIO(part)) for part in parts]
    writer = PdfWriter()
    first = readers[0]
    writer.pdf_header = first.pdf_header
    total = sum(len(reader.pages) for reader in readers)

    tree_root = DictionaryObject({NameObject("/Type"): NameObject("/StructTreeRoot")})
    root_ref = writer._add_object(tree_root)
    document = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/StructElem"),
            NameObject("/S"): NameObject("/Document"),
            NameObject("/P"): root_ref,
        }
    )
    document_ref = writer._add_object(document)
    document_kids = ArrayObject()
    document[NameObject("/K")] = document_kids
    numbers: list[tuple[int, Any]] = []
    names: list[tuple[str, Any]] = []
    offset = 0
    next_annotation = total
    for reader in readers:
        catalogue: Any = reader.trailer["/Root"]
        part_pages = [writer.add_page(page) for page in reader.pages]
        tree: Any = catalogue["/StructTreeRoot"].get_object()
        kids = tree["/K"]
        kids = kids if isinstance(kids, list) else [kids]
        for part_document in kids:
            elements = part_document.get_object()["/K"]
            for element in elements if isinstance(elements, list) else [elements]:
                source = element.get_object()
                # Cloning follows /P up to the part's own root: cut it, then hang the copy here.
                del source["/P"]
                copy = source.clone(writer)
                copy[NameObject("/P")] = document_ref
                document_kids.append(copy.indirect_reference)
        renumbered: dict[int, int] = {}
        for key, value in _tree_leaves(tree["/ParentTree"], "/Nums"):
            old = int(key)
            if old < len(part_pages):
                new = old + offset
            else:
                new, next_annotation = next_annotation, next_annotation + 1
            renumbered[old] = new
            numbers.append((new, value.clone(writer)))
        source_page: Any
        page: Any
        for source_page, page in zip(reader.pages, part_pages, strict=True):
            # pypdf leaves /StructParents out of a page it copies: set it from the source.
            if "/StructParents" in source_page:
                page[NameObject("/StructParents")] = NumberObject(
                    renumbered[int(source_page["/StructParents"])]
                )
            for annotation in page.get("/Annots", ()):
                annotation = annotation.get_object()
                if "/StructParent" in annotation:
                    annotation[NameObject("/StructParent")] = NumberObject(
                        renumbered[int(annotation["/StructParent"])]
                    )
        if "/Names" in catalogue and "/Dests" in catalogue["/Names"]:
            for name, destination in _tree_leaves(catalogue["/Names"]["/Dests"], "/Names"):
                names.append((str(name), destination.clone(writer)))
        _copy_outline(writer, reader, reader.outline, offset, None)
        offset += len(part_pages)

    numbers.sort(key=lambda pair: pair[0])
    tree_root[NameObject("/K")] = ArrayObject([document_ref])
    tree_root[NameObject("/ParentTree")] = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Nums"): ArrayObject(
                    item for key, value in numbers for item in (NumberObject(key), value)
                )
            }
        )
    )
    tree_root[NameObject("/ParentTreeNextKey")] = NumberObject(next_annotation)
    merged: Any = writer.root_object
    merged[NameObject("/StructTreeRoot")] = root_ref
    first_root: Any = first.trailer["/Root"]
    for key in _CATALOGUE_KEYS:
        if key in first_root:
            merged[NameObject(key)] = first_root[key].clone(writer)
    if names:
        names.sort(key=lambda pair: pair[0])
        flat = ArrayObject(
            item for name, value in names for item in (TextStringObject(name), value)
        )
        merged[NameObject("/Names")] = DictionaryObject(
            {NameObject("/Dests"): DictionaryObject({NameObject("/Names"): flat})}
        )
    if first.metadata is not None:
        writer.add_metadata(dict(first.metadata))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _copy_outline(writer: Any, reader: Any, items: Any, offset: int, parent: Any) -> None:
    """Adds a part's outline (a list of items, each followed by its children's list)."""
    from pypdf.generic import Fit

    previous = parent
    for item in items:
        if isinstance(item, list):
            _copy_outline(writer, reader, item, offset, previous)
            continue
        page = reader.get_destination_page_number(item)
        if page is None:
            continue
        fit = Fit.xyz(item.get("/Left"), item.get("/Top"), item.get("/Zoom"))
        previous = writer.add_outline_item(
            title=str(item.title), page_number=page + offset, parent=parent, fit=fit
        )
