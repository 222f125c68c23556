"""The demo is one structure with words per language: built in English and in French it
holds the same things with the same figures, and only its texts differ."""

import copy
import re
from collections import Counter
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

import pytest

from personabuilder.model import enums
from personabuilder.services import Services
from personabuilder.services.demo import get_demo
from personabuilder.services.demo.content import (
    LANGUAGES,
    DemoWordsError,
    build_content,
    text_keys,
    words_of,
)
from personabuilder.services.demo.structure import JOURNEYS
from personabuilder.services.exchange import PARTS, dump
from personabuilder.services.metric_catalogue import CATALOGUE, catalogue_entry
from personabuilder.services.starter import build_demo
from personabuilder.store import Workspace
from tests.conftest import DEMO_DAY

CLOCK = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
# Strings that name a thing rather than say something: dates, colours, enum values, kinds.
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
CLOCK_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}[0-9:.+-]*Z?")  # when a row was written
COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
CODES = {
    member.value
    for kind in vars(enums).values()
    if isinstance(kind, type) and issubclass(kind, StrEnum)
    for member in kind
} | {metric.key for metric in CATALOGUE}


@pytest.fixture(scope="module")
def dumps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """The exchange dump of the demo built on the same day in each language."""
    folder = tmp_path_factory.mktemp("demo_content")
    out: dict[str, dict[str, Any]] = {}
    for lang in LANGUAGES:

        def populate(ws: Workspace, lang: str = lang) -> None:
            build_demo(Services.bind(ws), lang, today=DEMO_DAY)

        ws = Workspace.create(folder / f"demo-{lang}.pbw", populate=populate)
        try:
            out[lang] = dump(Services.bind(ws), now=CLOCK)
        finally:
            ws.close()
    return out


def _canonical_ids(document: dict[str, Any]) -> dict[str, str]:
    """A name for each row id that says where the row sits, not which random id it got.

    A row is named by its table, the names of the rows it points to and its position; the
    tables come parents first, so a row's parents are named before it.
    """
    names: dict[str, str] = {}
    for part in PARTS:
        for row in document[part.name]:
            if not isinstance(row.get("id"), str):
                continue
            parents = sorted(
                f"{field}={names[value]}"
                for field, value in row.items()
                if field != "id" and isinstance(value, str) and value in names
            )
            name = f"{part.name}<{','.join(parents)}#{row.get('position', '')}>"
            assert name not in names.values(), f"two rows cannot be told apart: {name}"
            names[row["id"]] = name
    return names


def _masked(value: Any, names: dict[str, str]) -> Any:
    """``value`` with ids named by place and every text replaced by a mark.

    Walks the whole document, so a new column is covered without being listed here: a
    string is a text unless it is an id, a date, a colour, an enum value or a metric kind;
    the time a row was written is masked too (it is the clock's, not the demo's).
    An empty text stays empty, so a text present in one language only is a difference.
    """
    if isinstance(value, dict):
        return {key: _masked(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_masked(item, names) for item in value]
    if not isinstance(value, str):
        return value
    if UUID.fullmatch(value):
        return names.get(value, "<unknown id>")
    if CLOCK_TIME.fullmatch(value):
        return "<time>"
    if not value or value in CODES or DATE.fullmatch(value) or COLOUR.fullmatch(value):
        return value
    return "<text>"


def _structure(document: dict[str, Any]) -> dict[str, Any]:
    names = _canonical_ids(document)
    masked: dict[str, Any] = _masked(document, names)
    # Rows in an order that does not depend on the random ids.
    for part in PARTS:
        masked[part.name] = sorted(masked[part.name], key=repr)
    return masked


def test_both_languages_hold_the_same_structure_and_figures(
    dumps: dict[str, dict[str, Any]],
) -> None:
    en, fr = _structure(dumps["en"]), _structure(dumps["fr"])
    for part in PARTS:
        assert en[part.name] == fr[part.name], part.name
    assert en == fr
    counts = {part.name: len(dumps["en"][part.name]) for part in PARTS}
    assert counts == {part.name: len(dumps["fr"][part.name]) for part in PARTS}
    assert counts["personas"] == 3
    assert counts["journey_maps"] == 2
    assert counts["metric_values"] == 12 * counts["metrics"]


def test_the_texts_do_differ_between_languages(dumps: dict[str, dict[str, Any]]) -> None:
    assert dumps["en"]["settings"] == [{"key": "language", "value": "en"}]
    assert dumps["fr"]["settings"] == [{"key": "language", "value": "fr"}]
    en_names = [m["name"] for m in dumps["en"]["metrics"]]
    fr_names = [m["name"] for m in dumps["fr"]["metrics"]]
    assert set(en_names).isdisjoint({"Taux d’attrition", "Prospects générés"})
    assert {"Taux d’attrition", "Prospects générés"} <= set(fr_names)
    en_cells = {c["text"] for c in dumps["en"]["cells"]} - {""}
    fr_cells = {c["text"] for c in dumps["fr"]["cells"]} - {""}
    assert en_cells.isdisjoint(fr_cells)


def test_the_masking_sees_a_changed_figure_or_kind(dumps: dict[str, dict[str, Any]]) -> None:
    # The comparison above would pass on anything if the masking hid numbers or kinds.
    figure = copy.deepcopy(dumps["fr"])
    figure["metric_values"][5]["value"] += 1
    assert _structure(figure) != _structure(dumps["fr"])
    kind = copy.deepcopy(dumps["fr"])
    kind["metrics"][0]["catalogue_key"] = "nps"
    assert _structure(kind) != _structure(dumps["fr"])
    score = copy.deepcopy(dumps["fr"])
    next(c for c in score["cells"] if c["items"] and "severity" in c["items"][0])["items"][0][
        "severity"
    ] += 1
    assert _structure(score) != _structure(dumps["fr"])
    text = copy.deepcopy(dumps["fr"])
    text["stages"][0]["name"] = "Autre nom"
    assert _structure(text) == _structure(dumps["fr"])


def test_every_text_key_has_a_word_in_each_language_and_no_more() -> None:
    keys = text_keys()
    assert len(keys) == len(set(keys))
    for lang in LANGUAGES:
        words = words_of(lang)
        assert sorted(set(keys) - set(words)) == [], f"missing in {lang}"
        assert sorted(set(words) - set(keys)) == [], f"unused in {lang}"
        assert [key for key in keys if not words[key].strip()] == [], f"empty in {lang}"


def test_each_language_says_something_of_its_own() -> None:
    en, fr = words_of("en"), words_of("fr")
    same = [key for key in text_keys() if en[key] == fr[key]]
    # Brand and tool names, a few loanwords: never more than a small share.
    assert len(same) < len(text_keys()) // 10, same


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_missing_word_is_refused_not_filled_in(lang: str) -> None:
    key = text_keys()[-1]
    words = dict(words_of(lang))
    del words[key]
    with pytest.raises(DemoWordsError, match=re.escape(key)):
        build_content(words, lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_an_unused_or_empty_word_is_refused(lang: str) -> None:
    extra = {**words_of(lang), "exec.goals.not_in_the_structure": "Stray"}
    with pytest.raises(DemoWordsError, match="not_in_the_structure"):
        build_content(extra, lang)
    empty = {**words_of(lang), "exec.bio": "  "}
    with pytest.raises(DemoWordsError, match=r"empty: exec\.bio"):
        build_content(empty, lang)


def test_a_language_without_words_is_an_error() -> None:
    with pytest.raises(DemoWordsError):
        words_of("de")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_metrics_take_their_kind_from_the_catalogue(lang: str) -> None:
    content = get_demo(lang)
    for shape, journey in zip(JOURNEYS, content["journeys"], strict=True):
        for metric, seed in zip(shape.metrics, journey["metrics"], strict=True):
            entry = catalogue_entry(metric.kind) if metric.kind else None
            if metric.kind:
                assert entry is not None, metric.kind
                assert seed["catalogue_key"] == metric.kind
                assert (seed["unit"], seed["direction"]) == (
                    entry.unit.value,
                    entry.direction.value,
                )
            else:
                assert "catalogue_key" not in seed
            if metric.name is None:
                assert entry is not None
                assert seed["name"] == entry.name(lang)
            else:
                assert seed["name"] == words_of(lang)[f"metric.{metric.name}"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_map_has_no_two_metrics_of_the_same_name_on_a_stage(lang: str) -> None:
    for journey in get_demo(lang)["journeys"]:
        names = Counter((m["stage"], m["name"]) for m in journey["metrics"])
        assert [name for name, count in names.items() if count > 1] == []


def test_locales_pick_their_language() -> None:
    assert get_demo("fr_FR") is get_demo("fr")
    assert get_demo("FR-ca") is get_demo("fr")
    assert get_demo("en_GB") is get_demo("en")
    assert get_demo("de") is get_demo("en")
