"""Record renderers for the streamed output formats: strings in, strings out, no I/O.

The CLI's batch loop uses three calls, whatever the format:

    head = begin_output(fmt, opts)            # CSV/TSV header line, else None
    for record in records:                     # story records and {"file", "error"} records
        record = prepare_record(record, opts)  # --places: adds dateline["places"]
        text = render_record(record, fmt, opts)  # one chunk ending in a line break, or None
        if text is not None:
            click.echo(text, nl=False)

Formats: ``jsonl`` (wirecli's own record, one per line), ``ninjs`` (IPTC ninjs, one object
per line), ``csv`` and ``tsv`` (one row per story).  With ``opts.validate`` each record is
checked against its JSON Schema first (wirecli's own for jsonl, IPTC's for ninjs) and an
invalid one raises ``InvalidRecord``; jsonschema is needed only then (``wirecli[validate]``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache

from ..errors import WirecliError

FORMATS = ("jsonl", "ninjs", "csv", "tsv")


@dataclass(frozen=True, slots=True)
class OutputOptions:
    """Options of the streamed formats, with their defaults."""

    ninjs_version: str = "2.2"
    """ninjs version: "1.6", "2.2" or "3.1"."""
    places: bool = False
    """Resolve dateline cities to GeoNames places (needs wirecli[places])."""
    validate: bool = False
    """Check every record against its JSON Schema (needs jsonschema)."""


class InvalidRecord(WirecliError):
    """A rendered record failed its schema (only with --validate): a wirecli bug to report."""


def begin_output(fmt: str, opts: OutputOptions = OutputOptions()) -> str | None:
    """What goes before the first record: the CSV/TSV header line, or None."""
    if fmt in ("csv", "tsv"):
        from .tabular import render_header
        return render_header(fmt, places=opts.places)
    return None


def prepare_record(record: dict, opts: OutputOptions = OutputOptions()) -> dict:
    """The record with the options applied that change its content (``--places``)."""
    if opts.places and record.get("dateline"):
        from ..places import add_places
        return add_places(record)
    return record


def render_record(record: dict, fmt: str, opts: OutputOptions = OutputOptions()) -> str | None:
    """One record in ``fmt``, ending in a line break; None when the format has no place for it
    (error records in ninjs, CSV and TSV: stderr carries them)."""
    if fmt == "jsonl":
        if opts.validate:
            check_record(record)
        from ..render import to_json_line
        return to_json_line(record) + "\n"
    if fmt == "ninjs":
        if "error" in record:
            return None
        from .ninjs import render_ninjs
        item = render_ninjs(record, opts.ninjs_version)
        if opts.validate:
            check_ninjs(item, opts.ninjs_version)
        from ..render import to_json_line
        return to_json_line(item) + "\n"
    if fmt in ("csv", "tsv"):
        from .tabular import render_row
        return render_row(record, fmt, places=opts.places)
    raise ValueError(f"unknown format {fmt!r}")


@lru_cache(maxsize=None)
def ninjs_schema(version: str) -> dict:
    """IPTC's official ninjs schema, from the copy vendored in wirecli/data."""
    from importlib.resources import files
    return json.loads(files("wirecli").joinpath("data", f"ninjs-schema_{version}.json")
                      .read_text(encoding="utf-8"))


@lru_cache(maxsize=None)
def _validator(kind: str, version: str = ""):
    try:
        import jsonschema
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise WirecliError("--validate needs jsonschema: pip install 'wirecli[validate]'") from exc
    if kind == "ninjs":
        schema = ninjs_schema(version)
    else:  # one branch of the record schema's oneOf, for messages that name the key
        from ..schema import ERROR, STORY, record_schema
        schema = {**record_schema(), "oneOf": None, **(ERROR if kind == "error" else STORY)}
        del schema["oneOf"]
    cls = jsonschema.validators.validator_for(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def _check(validator, instance: dict, what: str) -> None:
    if validator.is_valid(instance):
        return
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        e = errors[0]
        where = "/".join(str(p) for p in e.absolute_path) or "(top)"
        raise InvalidRecord(f"not valid {what} at {where}: {e.message[:200]}")


def check_ninjs(item: dict, version: str = "2.2") -> None:
    """Raise InvalidRecord unless ``item`` validates against IPTC's ninjs ``version`` schema."""
    _check(_validator("ninjs", version), item, f"ninjs {version}")


def check_record(record: dict) -> None:
    """Raise InvalidRecord unless ``record`` validates against ``wirecli schema``."""
    kind = "error" if "error" in record else "story"
    _check(_validator(kind), record, f"wirecli {kind} record")
