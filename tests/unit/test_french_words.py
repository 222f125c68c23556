"""French uses one gender for "persona" everywhere: masculine ("le persona", "un persona").

The app, the exports and the demo content are written by different hands; this reads every
French text we ship and refuses a feminine determiner or agreement next to "persona".
"""

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from personabuilder.export.context import LABELS

ROOT = Path(__file__).resolve().parents[2]

# A determiner or adjective in the feminine right before "persona(s)", or a feminine past
# participle right after it ("personas liées").
FEMININE_BEFORE = re.compile(
    r"\b(la|une|cette|aucune|nouvelle|chaque\s+nouvelle|toute|seule|première|dernière|"
    r"quelle|certaine|autre\s+une)\s+(buyer\s+)?personas?\b",
    re.IGNORECASE,
)
FEMININE_AFTER = re.compile(r"\bpersonas?\s+\w+ée(s)?\b", re.IGNORECASE)
MASCULINE = re.compile(r"\b(le|un|ce|aucun|nouveau)\s+personas?\b", re.IGNORECASE)


def _catalogue_texts() -> Iterator[str]:
    tree = ET.parse(ROOT / "resources/translations/personabuilder_fr.ts")
    for translation in tree.iter("translation"):
        forms = list(translation.iter("numerusform"))
        for node in forms or [translation]:
            if node.text:
                yield node.text


def _demo_texts() -> Iterator[str]:
    text = (ROOT / "personabuilder/services/demo/words_fr.py").read_text(encoding="utf-8")
    yield from re.findall(r'"((?:[^"\\]|\\.)*)"', text)


def _all_french() -> list[tuple[str, str]]:
    texts = [("catalogue", t) for t in _catalogue_texts()]
    texts += [("export labels", t) for t in LABELS["fr"].values()]
    texts += [("demo content", t) for t in _demo_texts()]
    return texts


def test_french_texts_are_found() -> None:
    sources = {source for source, _ in _all_french()}
    assert sources == {"catalogue", "export labels", "demo content"}
    # The masculine is really used, so the check below reads real sentences.
    assert any(MASCULINE.search(text) for _, text in _all_french())


@pytest.mark.parametrize("pattern", [FEMININE_BEFORE, FEMININE_AFTER], ids=["before", "after"])
def test_persona_is_masculine_in_every_french_text(pattern: re.Pattern[str]) -> None:
    wrong = [f"{source}: {text!r}" for source, text in _all_french() if pattern.search(text)]
    assert wrong == []
