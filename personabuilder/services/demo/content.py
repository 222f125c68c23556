"""Joins the demo's structure with the words of one language into seed content.

The structure (``structure.py``) says what exists, in which order, with which numbers; the
words (``words_en.py``, ``words_fr.py``) say it in one language. Every text key is made in
one place, ``_assemble``; ``text_keys`` runs it without words to list them. A language whose
words lack a key, hold an empty one or hold a key the structure does not use is refused with
``DemoWordsError``: the demo is never built half in another language.
"""

from collections.abc import Callable, Mapping

from personabuilder.services.demo.structure import JOURNEYS, PERSONAS
from personabuilder.services.demo.types import (
    CellSeed,
    DemoContent,
    ItemSeed,
    JourneySeed,
    JourneyShape,
    Metric,
    MetricSeed,
    PersonaSeed,
    PersonaShape,
)
from personabuilder.services.metric_catalogue import STAGE_REACH, CatalogueMetric, catalogue_entry

LANGUAGES = ("en", "fr")

Word = Callable[[str], str]


class DemoWordsError(LookupError):
    """The words of a language do not fit the demo's structure."""


def words_of(lang: str) -> Mapping[str, str]:
    """The demo's words in ``lang`` ("en" or "fr"); any other code is an error."""
    if lang == "en":
        from personabuilder.services.demo.words_en import WORDS as EN

        return EN
    if lang == "fr":
        from personabuilder.services.demo.words_fr import WORDS as FR

        return FR
    raise DemoWordsError(f"the demo has no words in {lang!r}; it has {', '.join(LANGUAGES)}")


def text_keys() -> list[str]:
    """Every text key the structure asks for, each once, in the order the demo uses them."""
    seen: dict[str, None] = {}

    def record(key: str) -> str:
        seen[key] = None
        return key

    _assemble(record, "en")
    return list(seen)


def check_words(words: Mapping[str, str], lang: str) -> None:
    """Raises ``DemoWordsError`` unless ``words`` has a text for every key and no other key."""
    keys = text_keys()
    missing = [key for key in keys if key not in words]
    empty = [key for key in keys if key in words and not words[key].strip()]
    unused = sorted(set(words) - set(keys))
    problems = [
        f"{label}: {', '.join(found)}"
        for label, found in (
            ("missing", missing),
            ("empty", empty),
            ("not used by the structure", unused),
        )
        if found
    ]
    if problems:
        raise DemoWordsError(
            f"demo words in {lang!r} do not fit its structure; " + "; ".join(problems)
        )


def build_content(words: Mapping[str, str], lang: str) -> DemoContent:
    """The demo in ``lang``: the structure with ``words`` (checked first, never filled in)."""
    check_words(words, lang)
    return _assemble(words.__getitem__, lang)


def _assemble(word: Word, lang: str) -> DemoContent:
    return {
        "personas": [_persona(shape, word) for shape in PERSONAS],
        "journeys": [_journey(shape, word, lang) for shape in JOURNEYS],
    }


def _persona(shape: PersonaShape, word: Word) -> PersonaSeed:
    p = shape.key

    def entries(field: str, ids: tuple[str, ...]) -> list[str]:
        return [word(f"{p}.{field}.{entry}") for entry in ids]

    return {
        "key": p,
        "archetype": shape.archetype,
        "name": word(f"{p}.name"),
        "job_title": word(f"{p}.job_title"),
        "company": word(f"{p}.company"),
        "company_size": word(f"{p}.company_size"),
        "industry": word(f"{p}.industry"),
        "age_band": shape.age_band,
        "location": word(f"{p}.location"),
        "quote": word(f"{p}.quote"),
        "bio": word(f"{p}.bio"),
        "goals": entries("goals", shape.goals),
        "pain_points": entries("pain_points", shape.pain_points),
        "motivations": entries("motivations", shape.motivations),
        "objections": entries("objections", shape.objections),
        "decision_criteria": entries("decision_criteria", shape.decision_criteria),
        "channels": entries("channels", shape.channels),
        "tools": entries("tools", shape.tools),
        "tech_savviness": shape.tech_savviness,
        "influence": shape.influence,
        "tags": entries("tags", shape.tags),
    }


def _journey(shape: JourneyShape, word: Word, lang: str) -> JourneySeed:
    j = shape.key
    cells: dict[str, dict[str, CellSeed]] = {}
    for stage, row in shape.cells.items():
        cells[stage] = {}
        for lane, cell in row.items():
            items: list[ItemSeed] = []
            for item in cell.items:
                seed: ItemSeed = {"text": word(f"{j}.{stage}.{lane}.{item.key}")}
                if item.severity is not None:
                    seed["severity"] = item.severity
                if item.impact is not None:
                    seed["impact"] = item.impact
                if item.effort is not None:
                    seed["effort"] = item.effort
                items.append(seed)
            cells[stage][lane] = {
                "text": word(f"{j}.{stage}.{lane}") if cell.text else "",
                "items": items,
                "evidence": cell.evidence,
            }
    metrics = [_metric(metric, word, lang, j) for metric in shape.metrics]
    journey: JourneySeed = {
        "title": word(f"{j}.title"),
        "description": word(f"{j}.description"),
        "personas": list(shape.personas),
        "stages": [
            {
                "key": stage.key,
                "name": word(f"{j}.{stage.key}.name"),
                "description": word(f"{j}.{stage.key}.description"),
                "colour": stage.colour,
                "loop_to": stage.loop_to,
            }
            for stage in shape.stages
        ],
        "lanes": [
            {"key": lane.key, "kind": lane.kind, "name": word(f"{j}.lane.{lane.key}")}
            for lane in shape.lanes
        ],
        "cells": cells,
        "emotions": {persona: list(scores) for persona, scores in shape.emotions.items()},
        "metrics": metrics,
    }
    if shape.reach:
        journey["reach_metric"] = _catalogued(STAGE_REACH).name(lang)
    return journey


def _metric(metric: Metric, word: Word, lang: str, journey: str) -> MetricSeed:
    """A metric's seed: unit, direction and (unless it has its own) name from its kind."""
    entry = _catalogued(metric.kind) if metric.kind else None
    unit = metric.unit or (entry.unit.value if entry else None)
    direction = metric.direction or (entry.direction.value if entry else None)
    catalogue_name = entry.name(lang) if entry else ""
    name = word(f"metric.{metric.name}") if metric.name else catalogue_name
    if not (unit and direction and name):
        where = f"{journey}.{metric.stage}"
        raise ValueError(f"demo metric on {where}: with no kind, give a name, unit and direction")
    seed: MetricSeed = {
        "stage": metric.stage,
        "name": name,
        "unit": unit,
        "direction": direction,
        "target": metric.target,
        "values": list(metric.values),
    }
    if metric.kind:
        seed["catalogue_key"] = metric.kind
    return seed


def _catalogued(kind: str) -> CatalogueMetric:
    entry = catalogue_entry(kind)
    if entry is None:
        raise ValueError(f"demo metric kind {kind!r} is not in the metric catalogue")
    return entry
