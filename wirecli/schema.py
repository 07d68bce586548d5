"""The JSON Schema (draft 2020-12) of wirecli's own record: what `wirecli schema` prints.

It describes every line `wirecli parse --format jsonl` writes: a story record (the shape of
``Story.to_dict()`` in model.py, plus ``dateline.places`` with ``--places``) or an error
record ``{"file": ..., "error": ...}`` for an input that could not be read.  Objects are
closed (``additionalProperties: false``), so a key added to ``to_dict()`` must be added here
too; tests/test_schema.py checks both against each other and validates real CLI output.
"""
from __future__ import annotations

SCHEMA_ID = "urn:wirecli:schema:record"

_STR_OR_NULL = {"type": ["string", "null"]}
_SPAN = {"type": "array", "items": {"type": "integer", "minimum": 0},
         "minItems": 2, "maxItems": 2, "description": "[start, end) offsets into the decoded text"}


def _obj(properties: dict, *, required: list[str] | None = None, description: str = "") -> dict:
    out = {"type": "object", "properties": properties,
           "required": list(properties) if required is None else required,
           "additionalProperties": False}
    if description:
        out["description"] = description
    return out


def _person(key: str) -> dict:
    return _obj({"name": {"type": "string"}, key: _STR_OR_NULL})


PLACE = _obj({
    "name": {"type": "string", "description": "GeoNames name: \"Washington, D.C.\""},
    "country_code": {"type": "string", "pattern": "^[A-Z]{2}$",
                     "description": "ISO 3166-1 alpha-2"},
    "admin1": {**_STR_OR_NULL, "description": "first-level division name, when known"},
    "admin1_code": {**_STR_OR_NULL, "description": "GeoNames admin1 code: \"OR\", \"08\""},
    "lat": {"type": "number", "minimum": -90, "maximum": 90},
    "lon": {"type": "number", "minimum": -180, "maximum": 180},
    "geonames_id": {"type": "integer", "description": "https://www.geonames.org/<id>"},
}, description="A dateline city resolved against GeoNames (with --places)")

DATELINE = _obj({
    "text": {"type": "string", "description": "exactly as printed, dash included"},
    "cities": {"type": "array", "items": {"type": "string"}},
    "region": _STR_OR_NULL,
    "date": {"type": ["string", "null"], "pattern": r"^(\d{4}|-)-\d{2}-\d{2}$",
             "description": "YYYY-MM-DD, or --MM-DD when the year is unknown"},
    "places": {"type": "array", "items": {"anyOf": [PLACE, {"type": "null"}]},
               "description": "with --places: one entry per city, null when unresolved"},
}, required=["text", "cities", "region", "date"])

CREDIT = _obj({
    "text": {"type": "string", "description": "exactly as printed"},
    "reporting": {"type": "array", "items": _person("location")},
    "editing": {"type": "array", "items": _person("location")},
    "roles": {"type": "array", "items": _obj({
        "role": {"type": "string", "description": "role words, lower-cased: \"additional reporting\""},
        "names": {"type": "array", "items": _person("location")}})},
})

WIRE = _obj({
    "format": {"type": "string", "description": "\"anpa\" or \"iptc7901\""},
    "selector": _STR_OR_NULL, "sequence": _STR_OR_NULL, "originator": _STR_OR_NULL,
    "priority": _STR_OR_NULL, "category": _STR_OR_NULL, "slug": _STR_OR_NULL,
    "version": _STR_OR_NULL, "date": _STR_OR_NULL,
    "word_count": {"type": ["integer", "null"]},
}, description="A transmission header (ANPA-1312 / IPTC 7901)")

STORY = _obj({
    "file": {"type": ["string", "null"], "description": "path as given, \"-\" for stdin"},
    "story": {"type": "integer", "minimum": 1, "description": "1-based number within the file"},
    "headline": _STR_OR_NULL,
    "captions": {"type": "array", "items": {"type": "string"}},
    "bylines": {"type": "array", "items": _person("title")},
    "agency": _STR_OR_NULL,
    "dateline": {"anyOf": [DATELINE, {"type": "null"}]},
    "credit": {"anyOf": [CREDIT, {"type": "null"}]},
    "body": {"type": "string"},
    "word_count": {"type": "integer", "minimum": 0},
    "wire": WIRE,
    "warnings": {"type": "array", "items": {"type": "string"}},
    "spans": {"type": "object", "propertyNames": {"pattern": "^[a-z_]+$"},
              "additionalProperties": {"type": "array", "items": _SPAN},
              "description": "field -> [[start, end], ...] in the decoded text"},
    "explain": {"type": "array", "items": _obj({
        "kind": {"type": "string"}, "rule": {"type": "string"}, "span": _SPAN,
        "lines": {"anyOf": [{**_SPAN, "items": {"type": "integer", "minimum": 1},
                             "description": "[first, last] input line numbers, 1-based"},
                            {"type": "null"}]}}),
        "description": "with --explain: every classified part and the rule that made it"},
}, required=["file", "story", "headline", "captions", "bylines", "agency", "dateline",
             "credit", "body", "word_count", "warnings", "spans"],
   description="One parsed wire story")

ERROR = _obj({
    "file": {"type": "string"},
    "story": {"type": "integer", "minimum": 1},
    "error": {"type": "string", "description": "why the input gave no story"},
}, required=["file", "error"], description="An input that could not be read or decoded")


def record_schema() -> dict:
    """The schema of one JSON Lines record: a story or an error."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "wirecli record",
        "description": "One line of `wirecli parse --format jsonl`: a parsed wire story, or "
                       "an error record for an input that could not be read.",
        "oneOf": [STORY, ERROR],
    }
