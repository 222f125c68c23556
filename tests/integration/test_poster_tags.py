"""The poster PDF's lists are tagged as PDF/UA lists: every item an LI of a label (the bullet)
and a body, touchpoint chips a body alone; nothing of an item lies outside them."""

import io
import re
from pathlib import Path
from typing import Any, cast

import pypdf
import pytest
from pypdf.generic import ArrayObject, DictionaryObject

from personabuilder.export import deliverables
from personabuilder.services import Services
from personabuilder.store import Workspace


@pytest.fixture(scope="module")
def poster(demo_file: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, bytes]:
    """The demo poster's final HTML and its PDF (A3, English)."""
    copy = tmp_path_factory.mktemp("poster-tags") / "demo.pbw"
    copy.write_bytes(demo_file.read_bytes())
    workspace = Workspace.open(copy)
    try:
        services = Services.bind(workspace)
        journey = services.listing.journeys()[0]
        html = deliverables.build_html("poster", services, journey_id=journey.id, lang="en")
        out = io.BytesIO()
        deliverables.journey_poster(services, journey.id, out, lang="en")
    finally:
        workspace.close()
    return html, out.getvalue()


def _kids(node: DictionaryObject) -> list[Any]:
    k = node.get("/K")
    if k is None:
        return []
    k = k.get_object()
    return [c.get_object() for c in k] if isinstance(k, ArrayObject) else [k.get_object()]


def _items(pdf: bytes) -> list[list[str]]:
    """The structure types of each list item's children, in document order."""
    catalog = cast(DictionaryObject, pypdf.PdfReader(io.BytesIO(pdf)).trailer["/Root"])
    root = catalog["/StructTreeRoot"].get_object()
    items: list[list[str]] = []

    def walk(node: Any) -> None:
        if not isinstance(node, DictionaryObject):
            return
        kids = _kids(node)
        if node.get("/S") == "/LI":
            items.append([str(k.get("/S")) for k in kids if isinstance(k, DictionaryObject)])
        for kid in kids:
            walk(kid)

    walk(root)
    return items


def test_every_list_item_is_a_label_and_a_body_or_a_body(poster: tuple[str, bytes]) -> None:
    html, pdf = poster
    items = _items(pdf)
    bulleted = sum(
        len(re.findall(r"<li>", ul)) for ul in re.findall(r'<ul class="items">.*?</ul>', html)
    )
    chips = len(re.findall(r'<li class="touchpoint', html))
    assert bulleted > 20
    assert chips > 20
    assert items.count(["/Lbl", "/LBody"]) == bulleted
    assert all(kinds in (["/Lbl", "/LBody"], ["/LBody"]) for kinds in items), items
    assert len(items) == len(re.findall(r"<li\b", html))
