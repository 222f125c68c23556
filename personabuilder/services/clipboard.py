"""Personas as JSON for copy and paste between workspaces (photos included, base64)."""

import base64
import binascii
import json
from dataclasses import fields
from typing import Any

from personabuilder.model import Archetype
from personabuilder.services.errors import ValidationError
from personabuilder.services.readmodels import LIST_FIELDS, PersonaData

MIME_TYPE = "application/x-personabuilder-personas+json"
FORMAT = "personabuilder.personas"
VERSION = 1
MAX_BYTES = 50 * 1024 * 1024
MAX_PERSONAS = 10_000
_FIELDS = {f.name for f in fields(PersonaData)}


def personas_to_json(items: list[PersonaData]) -> str:
    """The clipboard text for ``items``."""
    out = []
    for data in items:
        entry: dict[str, Any] = {}
        for name in _FIELDS:
            value = getattr(data, name)
            if name == "photo":
                value = base64.b64encode(value).decode("ascii") if value else None
            elif name in LIST_FIELDS:
                value = list(value)
            elif name == "archetype":
                value = value.value
            entry[name] = value
        out.append(entry)
    return json.dumps({"format": FORMAT, "version": VERSION, "personas": out}, ensure_ascii=False)


def personas_from_json(text: str) -> list[PersonaData]:
    """Personas read back from clipboard text; ValidationError names what is wrong."""
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise ValidationError("clipboard", "The clipboard holds more than 50 MB of personas.")
    try:
        doc = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise ValidationError("clipboard", "The clipboard does not hold personas.") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValidationError("clipboard", "The clipboard does not hold personas.")
    if doc.get("version") != VERSION:
        raise ValidationError(
            "clipboard",
            f"These personas come from a newer PersonaBuilder (format {doc.get('version')}).",
        )
    entries = doc.get("personas")
    if not isinstance(entries, list) or len(entries) > MAX_PERSONAS:
        raise ValidationError("clipboard", "The clipboard's list of personas is malformed.")
    return [_entry(i, entry) for i, entry in enumerate(entries, start=1)]


def _entry(number: int, entry: object) -> PersonaData:
    if not isinstance(entry, dict):
        raise ValidationError("clipboard", f"Persona {number} on the clipboard is malformed.")
    values: dict[str, Any] = {}
    try:
        for name, value in entry.items():
            if name not in _FIELDS:
                continue
            if name == "photo":
                values[name] = base64.b64decode(value, validate=True) if value else None
            elif name in LIST_FIELDS:
                if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                    raise ValueError(name)
                values[name] = tuple(value)
            elif name == "archetype":
                values[name] = Archetype(value)
            elif name in ("tech_savviness", "influence"):
                if not isinstance(value, int):
                    raise ValueError(name)
                values[name] = value
            else:
                if not isinstance(value, str):
                    raise ValueError(name)
                values[name] = value
        return PersonaData(**values)
    except (ValueError, TypeError, binascii.Error) as exc:
        raise ValidationError(
            "clipboard", f"Persona {number} on the clipboard has a wrong value ({exc})."
        ) from exc
