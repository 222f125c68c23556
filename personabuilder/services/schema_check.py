"""Checks a JSON value against a JSON Schema (the subset of draft 2020-12 our schemas use).

The exchange format is described by a schema file in ``resources/schema``; this module reads
that same file, so the description and the check cannot drift apart. It understands only
the keywords listed in ``KEYWORDS`` and refuses a schema that uses any other, rather than
silently ignoring a rule. Values are JSON as ``json.loads`` returns it: dict, list, str,
int, float, bool and None.
"""

import base64
import binascii
import math
import re
import uuid
from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

KEYWORDS = frozenset(
    {
        "$schema",
        "$id",
        "$defs",
        "$ref",
        "$comment",
        "title",
        "description",
        "examples",
        "default",
        "type",
        "properties",
        "required",
        "additionalProperties",
        "items",
        "prefixItems",
        "minItems",
        "maxItems",
        "minLength",
        "maxLength",
        "pattern",
        "enum",
        "const",
        "minimum",
        "maximum",
        "format",
        "contentEncoding",
        "contentMediaType",
    }
)
_TYPES = ("object", "array", "string", "integer", "number", "boolean", "null")
_TYPE_WORDS = {
    "object": "an object",
    "array": "a list",
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}

Path = list[str | int]
Check = Callable[[Any, Path], None]


class SchemaViolation(Exception):
    """A value breaks a rule of the schema; ``where`` is the path to it in the document."""

    def __init__(self, code: str, path: Sequence[str | int], detail: str, **params: object):
        self.code = code
        self.where = format_path(path)
        self.detail = detail
        self.params = params
        super().__init__(f"{self.where}: {detail}" if self.where else detail)


def format_path(path: Sequence[str | int]) -> str:
    """A readable path such as ``personas[3].goals[0]``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        elif out:
            out += f".{part}"
        else:
            out = part
    return out


def describe(value: object) -> str:
    """What kind of JSON value ``value`` is, in words."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _is_type(value: object, kind: str) -> bool:
    if kind == "null":
        return value is None
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    if kind == "string":
        return isinstance(value, str)
    if kind == "array":
        return isinstance(value, list)
    return isinstance(value, dict)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def _check_text(value: str, path: Path) -> None:
    # A lone surrogate (allowed by JSON's \u escapes) cannot be stored as UTF-8.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SchemaViolation(
            "invalid_text", path, "the text holds a character that is not valid Unicode"
        ) from exc


_INT64 = 2**63


def _check_storable(value: int, path: Path, *, whole: bool) -> None:
    """Refuses a JSON integer the workspace could not store as it is.

    A whole-number field is a 64-bit integer in SQLite; any other number is a 64-bit float,
    which holds integers exactly only up to about 9e15 and none above about 1.8e308. A
    value that would be stored changed is refused rather than rounded.
    """
    if whole:
        if not -_INT64 <= value < _INT64:
            raise SchemaViolation(
                "out_of_range", path, f"{_shown(value)} is too large for a whole number"
            )
        return
    try:
        exact = float(value) == value
    except OverflowError:
        raise SchemaViolation(
            "out_of_range", path, f"{_shown(value)} is too large for a number"
        ) from None
    if not exact:
        raise SchemaViolation(
            "out_of_range",
            path,
            f"{_shown(value)} has more digits than a number keeps (it would be stored rounded)",
        )


def _format_check(name: str, title: str) -> Callable[[str, Path], None]:
    def check_uuid(value: str, path: Path) -> None:
        try:
            uuid.UUID(value)
        except ValueError as exc:
            raise SchemaViolation(
                "invalid_value", path, f"{_shown(value)} is not {title}", value=value
            ) from exc

    def check_date(value: str, path: Path) -> None:
        try:
            date.fromisoformat(value)
        except ValueError as exc:
            raise SchemaViolation(
                "invalid_value", path, f"{_shown(value)} is not {title}", value=value
            ) from exc

    def check_date_time(value: str, path: Path) -> None:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as exc:
            raise SchemaViolation(
                "invalid_value", path, f"{_shown(value)} is not {title}", value=value
            ) from exc
        if parsed.tzinfo is None:
            raise SchemaViolation(
                "invalid_value", path, f"{_shown(value)} has no time zone", value=value
            )
        try:
            # Times are stored in UTC: the first and last hours of the calendar have none.
            parsed.astimezone(UTC)
        except OverflowError as exc:
            raise SchemaViolation(
                "out_of_range", path, f"{_shown(value)} is out of range in UTC", value=value
            ) from exc

    checks = {"uuid": check_uuid, "date": check_date, "date-time": check_date_time}
    if name not in checks:
        raise ValueError(f"unsupported format {name!r}")
    return checks[name]


def _base64_check(value: str, path: Path) -> None:
    try:
        base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SchemaViolation("invalid_value", path, "the data is not valid base64") from exc


class _Compiler:
    """Turns a schema into nested check functions, resolving ``$ref`` once."""

    def __init__(self, root: Mapping[str, Any]) -> None:
        self._root = root
        self._refs: dict[str, Check] = {}

    def ref(self, pointer: str) -> Check:
        if pointer in self._refs:
            return self._refs[pointer]
        if not pointer.startswith("#/$defs/") or "/" in pointer[len("#/$defs/") :]:
            raise ValueError(f"unsupported reference {pointer!r}")
        target = self._root.get("$defs", {}).get(pointer[len("#/$defs/") :])
        if not isinstance(target, Mapping):
            raise ValueError(f"unresolved reference {pointer!r}")
        # A placeholder first, so a definition may refer to itself.
        slot: list[Check] = []
        self._refs[pointer] = lambda value, path: slot[0](value, path)
        slot.append(self.compile(target))
        self._refs[pointer] = slot[0]
        return slot[0]

    def compile(self, schema: Mapping[str, Any] | bool) -> Check:
        if schema is True:
            return lambda value, path: None
        if schema is False:

            def refuse(value: Any, path: Path) -> None:
                raise SchemaViolation("unknown_field", path, "nothing is allowed here")

            return refuse
        unknown = set(schema) - KEYWORDS
        if unknown:
            raise ValueError(f"unsupported schema keywords: {', '.join(sorted(unknown))}")
        checks: list[Check] = []
        title = str(schema.get("title", ""))
        if "$ref" in schema:
            checks.append(self.ref(str(schema["$ref"])))
        if "type" in schema:
            checks.append(self._type(schema["type"]))
        if "const" in schema:
            checks.append(self._enum([schema["const"]]))
        if "enum" in schema:
            checks.append(self._enum(list(schema["enum"])))
        string_checks = self._string(schema, title)
        if string_checks:
            checks.append(string_checks)
        number_check = self._number(schema)
        if number_check:
            checks.append(number_check)
        if any(k in schema for k in ("properties", "required", "additionalProperties")):
            checks.append(self._object(schema))
        if any(k in schema for k in ("items", "prefixItems", "minItems", "maxItems")):
            checks.append(self._array(schema))
        if len(checks) == 1:
            return checks[0]

        def all_of(value: Any, path: Path) -> None:
            for check in checks:
                check(value, path)

        return all_of

    @staticmethod
    def _type(kinds: str | list[str]) -> Check:
        allowed = [kinds] if isinstance(kinds, str) else list(kinds)
        for kind in allowed:
            if kind not in _TYPES:
                raise ValueError(f"unknown type {kind!r}")
        words = " or ".join(_TYPE_WORDS[k] for k in allowed)

        def check(value: Any, path: Path) -> None:
            if not any(_is_type(value, k) for k in allowed):
                raise SchemaViolation(
                    "wrong_type",
                    path,
                    f"expected {words}, found {describe(value)}",
                    expected=allowed,
                )
            if isinstance(value, float) and not math.isfinite(value):
                raise SchemaViolation("out_of_range", path, "the number is too large")
            if isinstance(value, int) and not isinstance(value, bool):
                _check_storable(value, path, whole="integer" in allowed)

        return check

    @staticmethod
    def _enum(options: list[Any]) -> Check:
        def same(a: Any, b: Any) -> bool:
            return type(a) is type(b) and a == b

        listed = ", ".join("null" if o is None else str(o) for o in options)

        def check(value: Any, path: Path) -> None:
            if not any(same(value, o) for o in options):
                if len(options) == 1:
                    detail = f"expected {listed}, found {_shown(value)}"
                else:
                    detail = f"{_shown(value)} is not one of: {listed}"
                raise SchemaViolation("invalid_value", path, detail, allowed=options)

        return check

    @staticmethod
    def _string(schema: Mapping[str, Any], title: str) -> Check | None:
        min_length = schema.get("minLength")
        max_length = schema.get("maxLength")
        pattern = re.compile(schema["pattern"]) if "pattern" in schema else None
        fmt = (
            _format_check(schema["format"], title or schema["format"])
            if "format" in schema
            else None
        )
        encoded = schema.get("contentEncoding")
        if encoded not in (None, "base64"):
            raise ValueError(f"unsupported contentEncoding {encoded!r}")
        form = title or "in the expected form"
        if (min_length, max_length, pattern, fmt, encoded) == (None, None, None, None, None):
            return None

        def check(value: Any, path: Path) -> None:
            if not isinstance(value, str):
                return
            if max_length is not None and len(value) > max_length:
                raise SchemaViolation(
                    "too_long",
                    path,
                    f"text longer than {max_length:,} characters ({len(value):,})",
                    limit=max_length,
                    length=len(value),
                )
            if min_length is not None and len(value) < min_length:
                raise SchemaViolation("too_short", path, "the text is empty", limit=min_length)
            _check_text(value, path)
            if pattern is not None and not pattern.search(value):
                raise SchemaViolation(
                    "invalid_value", path, f"{_shown(value)} is not {form}", value=value
                )
            if fmt is not None:
                fmt(value, path)
            if encoded is not None:
                _base64_check(value, path)

        return check

    @staticmethod
    def _number(schema: Mapping[str, Any]) -> Check | None:
        low = schema.get("minimum")
        high = schema.get("maximum")
        if low is None and high is None:
            return None

        def check(value: Any, path: Path) -> None:
            if isinstance(value, bool) or not isinstance(value, int | float):
                return
            if (low is not None and value < low) or (high is not None and value > high):
                span = f"{low:,} to {high:,}" if low is not None and high is not None else ""
                bound = span or (f"at least {low:,}" if low is not None else f"at most {high:,}")
                raise SchemaViolation(
                    "out_of_range",
                    path,
                    f"{_shown(value)} is out of range ({bound})",
                    minimum=low,
                    maximum=high,
                )

        return check

    def _object(self, schema: Mapping[str, Any]) -> Check:
        properties = {
            name: self.compile(sub) for name, sub in dict(schema.get("properties", {})).items()
        }
        required = list(schema.get("required", ()))
        extra = schema.get("additionalProperties", True)
        extra_check = None if isinstance(extra, bool) else self.compile(extra)

        def check(value: Any, path: Path) -> None:
            if not isinstance(value, dict):
                return
            for name in required:
                if name not in value:
                    raise SchemaViolation(
                        "missing_field", path, f"the field {name!r} is missing", field=name
                    )
            for key, item in value.items():
                if not isinstance(key, str):
                    raise SchemaViolation("wrong_type", path, "a field name is not text")
                sub = properties.get(key)
                if sub is None:
                    if extra is False:
                        raise SchemaViolation(
                            "unknown_field", path, f"unknown field {_shown(key)}", field=key
                        )
                    if extra_check is None:
                        continue
                    sub = extra_check
                path.append(key)
                sub(item, path)
                path.pop()

        return check

    def _array(self, schema: Mapping[str, Any]) -> Check:
        prefix = [self.compile(sub) for sub in schema.get("prefixItems", ())]
        items = schema.get("items", True)
        rest = self.compile(items) if items is not True else None
        min_items = schema.get("minItems")
        max_items = schema.get("maxItems")

        def check(value: Any, path: Path) -> None:
            if not isinstance(value, list):
                return
            if max_items is not None and len(value) > max_items:
                raise SchemaViolation(
                    "too_many",
                    path,
                    f"more than {max_items:,} entries ({len(value):,})",
                    limit=max_items,
                    count=len(value),
                )
            if min_items is not None and len(value) < min_items:
                raise SchemaViolation(
                    "too_few",
                    path,
                    f"fewer than {min_items:,} entries ({len(value):,})",
                    limit=min_items,
                    count=len(value),
                )
            for index, item in enumerate(value):
                sub = prefix[index] if index < len(prefix) else rest
                if sub is None:
                    continue
                path.append(index)
                sub(item, path)
                path.pop()

        return check


class Validator:
    """A compiled schema: ``validate`` raises SchemaViolation at the first broken rule."""

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self.schema = schema
        compiler = _Compiler(schema)
        self._check = compiler.compile(schema)
        # Compile every definition too, so an unsupported keyword anywhere fails at once.
        for name in schema.get("$defs", {}):
            compiler.ref(f"#/$defs/{name}")

    def validate(self, value: Any, path: Sequence[str | int] = ()) -> None:
        """Raises SchemaViolation naming the first rule ``value`` breaks."""
        self._check(value, list(path))
