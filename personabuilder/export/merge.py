"""Merges tagged PDFs that WeasyPrint wrote for the parts of one document into one tagged PDF.

Each part has its own structure tree (a Document element under the StructTreeRoot, and a
parent tree keyed by page, then by link annotation), outline and named destinations. The
merged PDF keeps the first part's catalogue entries (/Lang, /MarkInfo, /ViewerPreferences,
the XMP metadata that names it PDF/UA) and document information, and holds one structure tree:
every part's elements under one Document element, the parent tree renumbered (pages 0..N-1,
then the link annotations), outlines chained and named destinations pointing at the merged
pages.

Fonts: each part embeds its own subset of a font, tagged (``ABCDEF+Name``) from the font's
description, so two parts' different subsets of one font carry the same tag, which PDF
readers may take for one font program (ISO 32000-2, 9.6.4: different subsets get different
tags). A font program that an earlier part already embedded byte for byte is written once and
shared; a different subset under a tag already taken is given a tag of its own.

Speed and size: a part holds thousands of small objects (structure elements); parsing each one
into pypdf objects and writing them back took seconds and wrote them uncompressed. Here an
object is copied as the bytes its part holds, only its references ("n 0 R") renumbered and
its parent-tree key (/StructParent, /StructParents) moved; pypdf parses the few objects the
merge rewrites (catalogue, tree roots, parent tree, names) and the dictionaries of streams.
The result is written as WeasyPrint writes: streams on their own, every other object in one
compressed object stream, a compressed cross-reference stream.
"""

import hashlib
import importlib.util
import io
import itertools
import re
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

# Catalogue entries of the first part that describe the whole document.
_CATALOGUE_KEYS: Final = ("/Lang", "/MarkInfo", "/ViewerPreferences", "/Metadata", "/PageMode")
# Entries of a structure tree root the merge makes itself.
_TREE_KEYS: Final = ("/Type", "/K", "/ParentTree", "/ParentTreeNextKey")
# A literal string (kept as is, one level of unescaped parentheses allowed), a reference, or a
# parent-tree key; the string alternative comes first so that text inside strings is never
# taken for a reference.
_TOKEN: Final = re.compile(
    rb"\((?:[^\\()\xff]|\\.|\((?:[^\\()\xff]|\\.)*\))*\)"
    rb"|(?<![\w.+-])(\d+) (\d+) R(?!\w)"
    rb"|/(StructParents?)(?![\w])\s*(\d+)",
    re.DOTALL,
)
_OBJECT_HEADER: Final = re.compile(rb"\s*(\d+)\s+(\d+)\s+obj\b\s*")
# A stream object as WeasyPrint writes it: its dictionary (with a direct /Length), then data.
_STREAM_HEAD: Final = re.compile(rb"\s*\d+\s+0\s+obj\s*(<<.*?>>)\s*stream\r?\n", re.DOTALL)
_LENGTH: Final = re.compile(rb"/Length\s+(\d+)(?![\d.]|\s+\d+\s+R)")
_END_STREAM: Final = re.compile(rb"\s*endstream")
# A font's name as written in a font dictionary or descriptor: a subset tag, then the name.
_FONT_NAME: Final = re.compile(rb"/FontName\s*/([A-Z]{6}\+([^\s/<>\[\]()%{}]+))")
_REFERENCE: Final = re.compile(rb"\d+\s+\d+\s+R(?!\w)")
_FONT_FILES: Final = ("/FontFile2", "/FontFile3", "/FontFile")
# Joins a part's objects so that one pass renumbers them all; a byte no object holds (strings
# are ASCII or escaped), which the string pattern above never crosses.
_SEPARATOR: Final = b"\n\xff\xfe\n"


class MergeError(ValueError):
    """A part is not shaped as the merge expects (a PDF as WeasyPrint writes it)."""


def available() -> bool:
    """Whether pypdf, which parses the parts' structural objects, is installed."""
    return importlib.util.find_spec("pypdf") is not None


class _Reader:
    """Stands for a pypdf reader while parsing loose objects: strict, so nothing is dropped."""

    strict = True


def _parse(data: bytes) -> Any:
    """The pypdf object that ``data`` (one PDF object) holds."""
    from pypdf.generic import read_object

    return read_object(io.BytesIO(data), _Reader())  # type: ignore[arg-type]


def _serialise(value: Any) -> bytes:
    """The PDF bytes of a pypdf object."""
    out = io.BytesIO()
    value.write_to_stream(out)
    return out.getvalue()


def _raw(dictionary: Any, key: str, default: Any = None) -> Any:
    """The entry ``key`` of a pypdf dictionary as written (a reference stays a reference)."""
    return dictionary.raw_get(key) if key in dictionary else default


def _reference(value: Any) -> int | None:
    """The object number ``value`` refers to, or None for a direct object."""
    from pypdf.generic import IndirectObject

    return int(value.idnum) if isinstance(value, IndirectObject) else None


@dataclass
class _Stream:
    """A stream object of a part: its dictionary's bytes and its (still encoded) data."""

    dictionary: bytes
    data: bytes


@dataclass
class _Part:
    """One part PDF: its objects as bytes, by number, and how the merge renumbers them."""

    version: bytes
    trailer: Any
    objects: dict[int, bytes | _Stream] = field(default_factory=dict)
    base: int = 0
    shared: dict[int, int] = field(default_factory=dict)
    keys: dict[int, int] = field(default_factory=dict)
    parsed: dict[int, Any] = field(default_factory=dict)

    def load(self, value: Any) -> Any:
        """``value`` itself, or the object it refers to, parsed."""
        number = _reference(value)
        if number is None:
            return value
        if number not in self.parsed:
            found = self.objects.get(number)
            if not isinstance(found, bytes):
                raise MergeError(f"object {number} is missing or is a stream")
            self.parsed[number] = _parse(found)
        return self.parsed[number]

    def number(self, old: int) -> int:
        """The merged number of this part's object ``old``."""
        return self.shared.get(old, self.base + old)

    def renumber(self, data: bytes) -> bytes:
        """``data`` with its references and parent-tree keys in the merged numbering."""

        shared, base, keys = self.shared, self.base, self.keys

        def replace(match: re.Match[bytes]) -> bytes:
            last = match.lastindex
            if last == 2:
                if match.group(2) != b"0":
                    raise MergeError("an object of a later generation")
                old = int(match.group(1))
                return b"%d 0 R" % shared.get(old, base + old)
            if last == 4:
                return b"/%s %d" % (match.group(3), keys[int(match.group(4))])
            return match.group(0)

        return _TOKEN.sub(replace, data)

    def renumber_all(self, items: list[bytes]) -> list[bytes]:
        """``renumber`` of each of ``items``, in one pass over them all."""
        result = self.renumber(_SEPARATOR.join(items)).split(_SEPARATOR)
        if len(result) != len(items):  # an object held the separator after all
            return [self.renumber(item) for item in items]
        return result


def _read_part(data: bytes) -> _Part:
    """Splits a PDF with a cross-reference stream into its objects."""
    from pypdf.generic import StreamObject

    if not data.startswith(b"%PDF-"):
        raise MergeError("a part is not a PDF")
    version = data[5:8]
    start = data.rfind(b"startxref")
    if start < 0:
        raise MergeError("a part has no cross-reference")
    xref_number, xref = _top_level(data, int(data[start + 9 :].split()[0]))
    if not isinstance(xref, StreamObject) or xref.get("/Type") != "/XRef" or "/Prev" in xref:
        raise MergeError("a part has no single cross-reference stream")
    part = _Part(version=version, trailer=xref)
    found: Any = xref
    widths = [int(width) for width in found["/W"]]
    index = [int(n) for n in found.get("/Index", [0, int(found["/Size"])])]
    table, row, position = xref.get_data(), sum(widths), 0
    kind_width, offset_width = widths[0], widths[1]
    top_level: dict[int, int] = {}
    for first, count in zip(index[::2], index[1::2], strict=True):
        for number in range(first, first + count):
            # Only objects at a byte offset (kind 1; the kind may be left out) are read here;
            # the others are in object streams, read with them.
            kind = int.from_bytes(table[position : position + kind_width]) if kind_width else 1
            if kind == 1 and number != xref_number:
                at = position + kind_width
                top_level[number] = int.from_bytes(table[at : at + offset_width])
            position += row
    for number, offset in top_level.items():
        quick = _stream_at(data, offset)
        if quick is not None:
            part.objects[number] = quick
            continue
        _, found = _top_level(data, offset)
        if not isinstance(found, StreamObject):
            part.objects[number] = _serialise(found)
        elif found.get("/Type") == "/ObjStm":
            _unpack(found, part.objects)
        else:
            raw = found._data  # the encoded data, copied as it is
            dictionary = {k: v for k, v in found.items() if k != "/Length"}
            part.objects[number] = _Stream(
                _serialise(_dictionary(dictionary, Length=len(raw))), raw
            )
    return part


def _stream_at(data: bytes, offset: int) -> _Stream | None:
    """The stream object at ``offset`` read without parsing it, or None when it is an object
    or cross-reference stream or not shaped as WeasyPrint writes it (pypdf reads those)."""
    head = _STREAM_HEAD.match(data, offset)
    if head is None:
        return None
    dictionary = head.group(1)
    length = _LENGTH.search(dictionary)
    # "endobj" inside means the match ran past an object that is no stream into the next one.
    if length is None or any(word in dictionary for word in (b"/ObjStm", b"/XRef", b"endobj")):
        return None
    end = head.end() + int(length.group(1))
    if _END_STREAM.match(data, end) is None:
        return None
    return _Stream(dictionary, data[head.end() : end])


def _top_level(data: bytes, offset: int) -> tuple[int, Any]:
    """The number and parsed content of the top-level object at ``offset``."""
    match = _OBJECT_HEADER.match(data, offset)
    if match is None:
        raise MergeError(f"no object at byte {offset}")
    stream = io.BytesIO(data)
    stream.seek(match.end())
    from pypdf.generic import read_object

    return int(match.group(1)), read_object(stream, _Reader())  # type: ignore[arg-type]


def _unpack(stream: Any, objects: dict[int, bytes | _Stream]) -> None:
    """Adds the objects of an object stream, as the bytes it holds them."""
    content = stream.get_data()
    first, count = int(stream["/First"]), int(stream["/N"])
    header = content[:first].split()
    numbers = [int(n) for n in header[: 2 * count : 2]]
    starts = [first + int(n) for n in header[1 : 2 * count : 2]]
    for number, begin, end in zip(numbers, starts, [*starts[1:], len(content)], strict=True):
        objects[number] = content[begin:end].strip()


def _dictionary(values: dict[str, Any], **more: int) -> Any:
    """A pypdf dictionary of ``values`` and the integer entries ``more``."""
    from pypdf.generic import DictionaryObject, NameObject, NumberObject

    result = DictionaryObject({NameObject(k): v for k, v in values.items()})
    for key, number in more.items():
        result[NameObject("/" + key)] = NumberObject(number)
    return result


def _pairs(flat: Any) -> Iterator[tuple[Any, Any]]:
    """(key, value) pairs of a number or name tree's flat ``/Nums`` or ``/Names`` array."""
    items = list(flat)
    return zip(items[::2], items[1::2], strict=True)


def _tree_leaves(part: _Part, node: Any, key: str, seen: set[int]) -> Iterator[tuple[Any, Any]]:
    """Every (key, value) of a number tree (``/Nums``) or name tree (``/Names``); the numbers
    of its indirect nodes go into ``seen`` (the merge writes its own tree)."""
    number = _reference(node)
    if number is not None:
        seen.add(number)
    node = part.load(node)
    if key in node:
        yield from _pairs(part.load(node[key]))
    for kid in part.load(_raw(node, "/Kids", [])):
        yield from _tree_leaves(part, kid, key, seen)


def _outline_ends(part: _Part, root: Any) -> tuple[int, int, int] | None:
    """The first and last top-level outline items of a part, and its open count."""
    if root is None:
        return None
    outline = part.load(root)
    if "/First" not in outline:
        return None
    first, last = _reference(_raw(outline, "/First")), _reference(_raw(outline, "/Last"))
    if first is None or last is None:
        raise MergeError("an outline item is not an indirect object")
    return first, last, int(_raw(outline, "/Count", 0))


def _append_entry(data: bytes, entry: bytes) -> bytes:
    """A dictionary's bytes with one more entry before its closing ``>>``."""
    end = data.rstrip()
    if not end.endswith(b">>"):
        raise MergeError("an outline item is not a dictionary")
    return end[:-2] + b" " + entry + b">>"


def merge_tagged(parts: Sequence[bytes], check: Callable[[], None] | None = None) -> bytes:
    """One PDF holding the pages of ``parts`` in order, with one structure tree (see above).

    ``check()``, if given, is called after each part is read and before writing; it may raise
    (cancel) to stop the merge.
    """
    from pypdf.generic import NameObject

    check = check or (lambda: None)
    read: list[_Part] = []
    for data in parts:
        read.append(_read_part(data))
        check()
    # The merged file's own objects come first: catalogue, page tree, structure tree root,
    # Document element, parent tree, outline root.
    catalogue, pages_node, tree_root, document, parent_tree, outline_root = range(1, 7)
    next_number = 7
    page_refs: list[int] = []
    document_kids: list[bytes] = []
    numbers: list[tuple[int, bytes]] = []
    names: list[tuple[str, bytes]] = []
    outline_ends: list[tuple[int, int, int]] = []
    dropped: list[set[int]] = []
    fonts = _Fonts()
    total = 0
    counts: list[list[int]] = []
    for part in read:
        root_number = _reference(_raw(part.trailer, "/Root"))
        if root_number is None:
            raise MergeError("a part has no catalogue")
        root = part.load(_raw(part.trailer, "/Root"))
        kids = _page_list(part, _raw(root, "/Pages"))
        counts.append(kids)
        total += len(kids)
    offset, next_annotation = 0, total
    for index, part in enumerate(read):
        part.base = next_number - 1
        next_number += max(part.objects, default=0) + 1
        root_number = _reference(_raw(part.trailer, "/Root")) or 0
        root = part.load(_raw(part.trailer, "/Root"))
        skip = {root_number}
        part.shared[root_number] = catalogue
        pages_number = _reference(_raw(root, "/Pages"))
        if pages_number is not None:
            part.shared[pages_number] = pages_node
            skip.add(pages_number)
        tree_number = _reference(_raw(root, "/StructTreeRoot"))
        tree = part.load(_raw(root, "/StructTreeRoot"))
        if tree_number is not None:
            part.shared[tree_number] = tree_root
            skip.add(tree_number)
        documents = _raw(tree, "/K")
        documents = documents if isinstance(documents, list) else [documents]
        for old in documents:
            old_number = _reference(old)
            if old_number is None:
                raise MergeError("a Document element is not an indirect object")
            part.shared[old_number] = document
            skip.add(old_number)
            elements = _raw(part.load(old), "/K")
            for element in elements if isinstance(elements, list) else [elements]:
                document_kids.append(part.renumber(_serialise(element)))
        leaves = list(_tree_leaves(part, _raw(tree, "/ParentTree"), "/Nums", skip))
        for key, _value in leaves:
            old_key = int(key)
            if old_key < len(counts[index]):
                part.keys[old_key] = old_key + offset
            else:
                part.keys[old_key], next_annotation = next_annotation, next_annotation + 1
        for key, value in leaves:
            numbers.append((part.keys[int(key)], part.renumber(_serialise(value))))
        if "/Names" in root and "/Dests" in part.load(_raw(root, "/Names")):
            names_dict = part.load(_raw(root, "/Names"))
            for name, destination in _tree_leaves(part, _raw(names_dict, "/Dests"), "/Names", skip):
                names.append((str(name), part.renumber(_serialise(destination))))
            if (names_number := _reference(_raw(root, "/Names"))) is not None:
                skip.add(names_number)
        ends = _outline_ends(part, _raw(root, "/Outlines"))
        if ends is not None:
            outline_number = _reference(_raw(root, "/Outlines"))
            if outline_number is not None:
                part.shared[outline_number] = outline_root
                skip.add(outline_number)
            outline_ends.append((part.number(ends[0]), part.number(ends[1]), ends[2]))
        if index > 0:
            # The first part's information and metadata stand for the whole document.
            if (number := _reference(_raw(part.trailer, "/Info"))) is not None:
                skip.add(number)
            if (number := _reference(_raw(root, "/Metadata"))) is not None:
                skip.add(number)
        fonts.share(part, skip)
        page_refs.extend(part.number(number) for number in counts[index])
        dropped.append(skip)
        offset += len(counts[index])
    check()

    # Chain the parts' top-level outline items: each part's last leads to the next one's first.
    links: dict[int, list[bytes]] = {}
    for (_, last, _), (first, _, _) in itertools.pairwise(outline_ends):
        links.setdefault(last, []).append(b"/Next %d 0 R" % first)
        links.setdefault(first, []).append(b"/Prev %d 0 R" % last)

    first_part = read[0]
    first_root = first_part.load(_raw(first_part.trailer, "/Root"))
    first_tree = first_part.load(_raw(first_root, "/StructTreeRoot"))
    objects: list[tuple[int, bytes | _Stream]] = []
    entries = b"".join(
        NameObject(key).encode("latin-1")
        + b" "
        + first_part.renumber(_serialise(_raw(first_root, key)))
        for key in _CATALOGUE_KEYS
        if key in first_root
    )
    if outline_ends:
        entries += b"/Outlines %d 0 R" % outline_root
        open_count = sum(count for _, _, count in outline_ends)
        objects.append(
            (
                outline_root,
                b"<</Type/Outlines/First %d 0 R/Last %d 0 R/Count %d>>"
                % (outline_ends[0][0], outline_ends[-1][1], open_count),
            )
        )
    if names:
        names.sort(key=lambda pair: pair[0])
        flat = b" ".join(_serialise(_text(name)) + b" " + value for name, value in names)
        entries += b"/Names<</Dests<</Names[" + flat + b"]>>>>"
    objects.append(
        (
            catalogue,
            b"<</Type/Catalog/Pages %d 0 R/StructTreeRoot %d 0 R%s>>"
            % (pages_node, tree_root, entries),
        )
    )
    objects.append(
        (
            pages_node,
            b"<</Type/Pages/Count %d/Kids[%s]>>"
            % (len(page_refs), b" ".join(b"%d 0 R" % n for n in page_refs)),
        )
    )
    extra = b"".join(
        NameObject(key).encode("latin-1") + b" " + first_part.renumber(_serialise(value))
        for key, value in ((k, _raw(first_tree, k)) for k in first_tree)
        if key not in _TREE_KEYS
    )
    objects.append(
        (
            tree_root,
            b"<</Type/StructTreeRoot/K[%d 0 R]/ParentTree %d 0 R/ParentTreeNextKey %d%s>>"
            % (document, parent_tree, next_annotation, extra),
        )
    )
    objects.append(
        (
            document,
            b"<</Type/StructElem/S/Document/P %d 0 R/K[%s]>>"
            % (tree_root, b" ".join(document_kids)),
        )
    )
    numbers.sort(key=lambda pair: pair[0])
    objects.append((parent_tree, b"<</Nums[%s]>>" % b" ".join(b"%d %s" % pair for pair in numbers)))
    for part, skip in zip(read, dropped, strict=True):
        kept = [(n, content) for n, content in part.objects.items() if n not in skip]
        renumbered = part.renumber_all(
            [c.dictionary if isinstance(c, _Stream) else c for _, c in kept]
        )
        for (number, content), body in zip(kept, renumbered, strict=True):
            new = part.number(number)
            if isinstance(content, _Stream):
                objects.append((new, _Stream(body, content.data)))
                continue
            for entry in links.get(new, ()):
                body = _append_entry(body, entry)
            objects.append((new, body))
    info = _reference(_raw(first_part.trailer, "/Info"))
    check()
    return _write(
        first_part.version,
        objects,
        root=catalogue,
        info=first_part.number(info) if info is not None else None,
    )


@dataclass
class _Fonts:
    """The font programs the merged file holds so far: each one once, under one tag."""

    # hash of a program's bytes -> its merged object number
    programs: dict[bytes, int] = field(default_factory=dict)
    # subset name (tag+name) -> hash of the program it names
    names: dict[bytes, bytes] = field(default_factory=dict)

    def share(self, part: _Part, skip: set[int]) -> None:
        """Points ``part``'s font descriptors at programs already embedded, dropping its own
        copies (into ``skip``), and retags its subsets whose tag names another program."""
        renames: dict[bytes, bytes] = {}
        mine: dict[bytes, bytes] = {}
        for content in part.objects.values():
            if not isinstance(content, bytes) or b"/FontDescriptor" not in content:
                continue
            descriptor = _parse(content)
            program = next(
                (_reference(_raw(descriptor, key)) for key in _FONT_FILES if key in descriptor),
                None,
            )
            stream = part.objects.get(program) if program is not None else None
            name = _FONT_NAME.search(content)
            if program is None or not isinstance(stream, _Stream) or name is None:
                continue  # not a descriptor, no embedded program (Type 3) or no subset tag
            digest = hashlib.sha256(stream.dictionary + b"\0" + stream.data).digest()
            own = part.number(program)
            # A dictionary that points at objects of its own part is kept as it is.
            if not _REFERENCE.search(stream.dictionary):
                known = self.programs.setdefault(digest, own)
                if known != own:
                    part.shared[program] = known
                    skip.add(program)
            full = name.group(1)
            # Only earlier parts' names count: within a part, WeasyPrint's names stand.
            if self.names.get(full, digest) == digest:
                mine[full] = digest
            elif full not in renames:
                renames[full] = self._free_name(name.group(2), digest, mine)
                mine[renames[full]] = digest
        self.names.update(mine)
        if renames:
            _rename(part, renames)

    def _free_name(self, name: bytes, digest: bytes, mine: dict[bytes, bytes]) -> bytes:
        """A subset name for the program ``digest`` of font ``name`` that no other program has
        (in earlier parts or, ``mine``, in this one)."""
        for salt in itertools.count():
            seed = hashlib.sha256(digest + salt.to_bytes(4, "big")).digest()
            candidate = bytes(65 + byte % 26 for byte in seed[:6]) + b"+" + name
            if self.names.get(candidate, digest) == mine.get(candidate, digest) == digest:
                return candidate
        raise AssertionError("unreachable")


def _rename(part: _Part, renames: dict[bytes, bytes]) -> None:
    """Replaces subset names (``renames``: old -> new) in ``part``'s objects that hold them."""
    pattern = re.compile(
        rb"/(" + b"|".join(re.escape(old) for old in renames) + rb")(?![^\s/<>\[\]()%{}])"
    )
    for number, content in list(part.objects.items()):
        if isinstance(content, bytes) and any(old in content for old in renames):
            part.objects[number] = pattern.sub(
                lambda match: b"/" + renames[match.group(1)], content
            )
            part.parsed.pop(number, None)


def _text(value: str) -> Any:
    """A pypdf text string."""
    from pypdf.generic import TextStringObject

    return TextStringObject(value)


def _page_list(part: _Part, node: Any) -> list[int]:
    """The object numbers of a part's pages, in order."""
    result: list[int] = []
    for kid in _raw(part.load(node), "/Kids"):
        number = _reference(kid)
        if number is None:
            raise MergeError("a page is not an indirect object")
        loaded = part.load(kid)
        if _raw(loaded, "/Type") == "/Pages":
            result.extend(_page_list(part, kid))
        else:
            result.append(number)
    return result


def _write(
    version: bytes, objects: list[tuple[int, bytes | _Stream]], *, root: int, info: int | None
) -> bytes:
    """A PDF of ``objects``: streams at the top level, the others in one compressed object
    stream, then a compressed cross-reference stream."""
    out = io.BytesIO()
    out.write(b"%PDF-" + version + b"\n%\xf0\x9f\x96\xa4\n")
    size = max(number for number, _ in objects) + 1
    packed_number, xref_number = size, size + 1
    size += 2
    # kind, field 2, field 3 of each object's cross-reference entry
    rows: dict[int, tuple[int, int, int]] = {}
    packed: list[tuple[int, bytes]] = []
    for number, content in objects:
        if isinstance(content, _Stream):
            rows[number] = (1, out.tell(), 0)
            out.write(b"%d 0 obj\n%s\nstream\n" % (number, content.dictionary))
            out.write(content.data)
            out.write(b"\nendstream\nendobj\n")
        else:
            rows[number] = (2, packed_number, len(packed))
            packed.append((number, content))
    header, body, position = [], [], 0
    for number, content in packed:
        header.append(b"%d %d" % (number, position))
        body.append(content)
        position += len(content) + 1
    head = b" ".join(header) + b"\n"
    data = zlib.compress(head + b"\n".join(body), 6)
    rows[packed_number] = (1, out.tell(), 0)
    out.write(
        b"%d 0 obj\n<</Type/ObjStm/N %d/First %d/Filter/FlateDecode/Length %d>>\nstream\n"
        % (packed_number, len(packed), len(head), len(data))
    )
    out.write(data + b"\nendstream\nendobj\n")
    rows[xref_number] = (1, out.tell(), 0)
    offset_width = max(1, (out.tell().bit_length() + 7) // 8)
    third_width = max(1, (max(len(packed), 1).bit_length() + 7) // 8)
    table = b"".join(
        bytes([kind]) + second.to_bytes(offset_width, "big") + third.to_bytes(third_width, "big")
        for kind, second, third in (rows.get(n, (0, 0, 0)) for n in range(size))
    )
    compressed = zlib.compress(table, 6)
    identifier = hashlib.md5(data, usedforsecurity=False).hexdigest().encode()
    trailer = b"/Root %d 0 R" % root + (b"/Info %d 0 R" % info if info is not None else b"")
    xref_start = out.tell()
    out.write(
        b"%d 0 obj\n<</Type/XRef/Size %d/W[1 %d %d]/Filter/FlateDecode/Length %d%s"
        b"/ID[<%s><%s>]>>\nstream\n"
        % (
            xref_number,
            size,
            offset_width,
            third_width,
            len(compressed),
            trailer,
            identifier,
            identifier,
        )
    )
    out.write(compressed + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_start)
    return out.getvalue()
