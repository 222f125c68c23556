"""The JSON Schemas of the template contexts are valid schemas that document every field.

That they match the contexts the code builds is checked in
tests/integration/test_context_schema.py.
"""

import json
from collections.abc import Iterator
from typing import Any

import jsonschema
import pytest

from personabuilder.export.context import CONTEXT_VERSION
from personabuilder.resources import resources_dir

KINDS = ("poster", "persona", "report", "workshop")


def _schema(kind: str) -> dict[str, Any]:
    path = resources_dir() / "schema" / f"context-{kind}.schema.json"
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


def _nodes(schema: dict[str, Any], path: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every sub-schema with the key path it describes."""
    yield path, schema
    for key, sub in schema.get("properties", {}).items():
        yield from _nodes(sub, f"{path}.{key}")
    if isinstance(schema.get("items"), dict):
        yield from _nodes(schema["items"], path + "[]")


@pytest.mark.parametrize("kind", KINDS)
def test_the_schema_is_a_valid_draft_2020_12_schema(kind: str) -> None:
    schema = _schema(kind)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    # The schema names the context version it describes: raising the version means
    # looking at the schemas again.
    assert schema["$id"] == f"urn:personabuilder:context-{kind}:{CONTEXT_VERSION}"
    assert schema["properties"]["context_version"]["type"] == "integer"


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_described_and_no_object_takes_unknown_keys(kind: str) -> None:
    undescribed, open_objects = [], []
    for path, node in _nodes(_schema(kind), ""):
        for key, sub in node.get("properties", {}).items():
            text = sub.get("description", "")
            if len(text) < 8 or not text.endswith("."):
                undescribed.append(f"{path}.{key}")
        if "properties" in node and node.get("additionalProperties") is not False:
            open_objects.append(path or "(root)")
    assert undescribed == []
    assert open_objects == []


def test_an_undocumented_key_fails_validation() -> None:
    validator = jsonschema.Draft202012Validator(_schema("persona"))
    context = {"context_version": CONTEXT_VERSION, "brand_new_key": 1}
    messages = [error.message for error in validator.iter_errors(context)]
    assert any("brand_new_key" in message for message in messages)
