"""The command line: options -> reader -> parse -> render -> stdout.  Nothing else."""
from __future__ import annotations

import os
import sys
from enum import IntEnum

import click

from . import __version__


class Exit(IntEnum):
    OK = 0          # every input was read and parsed
    SOME_FAILED = 1  # at least one input could not be read or decoded; the rest was emitted
    USAGE = 2       # bad option or missing path (click's own usage errors)


CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, prog_name="wirecli")
def cli():
    """Turn raw news-wire text into structured metadata.

    \b
    Examples:
      wirecli parse story.txt
      wirecli parse archive/ | jq -r .headline
      cat story.txt | wirecli parse - --format json
    """


def _year(ctx, param, value):
    if value is not None and not 1800 <= value <= 2200:
        raise click.BadParameter("give a four-digit year, e.g. --year 1987")
    return value


def _workers(ctx, param, value):
    if value is not None and value < 1:
        raise click.BadParameter("give at least 1 worker")
    return value


def _split(ctx, param, value):
    if value is None:
        return None
    import re

    from .feeds import compile_split
    try:
        compile_split(value)
    except re.error as exc:
        raise click.BadParameter(f"not a valid regular expression: {exc}") from None
    return value


def _size(ctx, param, value):
    from .reader import parse_size
    try:
        return parse_size(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(exists=True, allow_dash=True, dir_okay=True))
@click.option("-f", "--format", "fmt",
              type=click.Choice(["table", "json", "jsonl", "ninjs", "csv", "tsv"]), default=None,
              help="Output format. Default: table on a terminal, jsonl otherwise. ninjs: IPTC "
                   "News in JSON, one object per line; csv/tsv: one row per story.")
@click.option("--year", type=int, callback=_year, default=None,
              help="Year for datelines that print only month and day.")
@click.option("--encoding", default=None, help="Force an input encoding (e.g. cp1252, utf-16).")
@click.option("--max-story-bytes", metavar="SIZE", default="64M", show_default=True, callback=_size,
              help="A longer story is an error for its file, not an out-of-memory kill (e.g. 1G).")
@click.option("--explain", is_flag=True, help="Add the rule and span of every part.")
@click.option("--ninjs-version", type=click.Choice(["1.6", "2.2", "3.1"]), default="2.2",
              show_default=True, help="ninjs version for --format ninjs.")
@click.option("--places", is_flag=True,
              help="Resolve dateline cities to GeoNames places (needs wirecli[places]).")
@click.option("--validate", is_flag=True,
              help="Check every record against its JSON Schema (ninjs, or `wirecli schema`).")
@click.option("--glob", "globs", multiple=True, metavar="PATTERN",
              help="Only files matching PATTERN inside directories (e.g. '*.txt'); repeatable.")
@click.option("--files-from", metavar="FILE", default=None,
              help="Also read the paths listed in FILE, one per line ('-' for stdin).")
@click.option("-0", "--null", is_flag=True, help="--files-from entries are NUL-separated (find -print0).")
@click.option("--split", metavar="REGEX", default=None, callback=_split,
              help="Also start a new story at every match of REGEX (^ and $ match at lines).")
@click.option("-w", "--workers", type=int, default=None, callback=_workers,
              help="Parallel worker processes. Default: one per core for many files, else 1.")
@click.option("-o", "--output", metavar="FILE", default=None,
              help="Write records to FILE (atomically: all or nothing) instead of stdout.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr. Default: on when stderr is a terminal and several files.")
def parse(paths, fmt, year, encoding, explain, globs, files_from, null, split, workers, output,
          progress, max_story_bytes, ninjs_version, places, validate):
    """Parse wire stories in PATHS (files, directories, or - for stdin).

    A file may hold many stories: wire feeds are split on the ANPA-1312 / IPTC 7901
    control characters (SOH, STX, ETX, EOT) and on form feeds; each story is its own
    record with "file" and "story" (1-based).  Records are written as each file finishes.

    \b
    Examples:
      wirecli parse story.txt                  table on a terminal
      wirecli parse story.txt --format json    one JSON object
      wirecli parse archive/ > stories.jsonl   JSON Lines, one story per line
      wirecli parse archive/ --glob '*.txt' -o stories.jsonl --workers 4
      wirecli parse feed.txt --split '^ZCZC'   one record per story of a feed
      find . -name '*.txt' -print0 | wirecli parse --files-from - -0
      wirecli parse old/ --year 1987 | jq -r '.dateline.date'
      wirecli parse archive/ --format csv -o stories.csv     spreadsheet / pandas
      wirecli parse story.txt --format ninjs --ninjs-version 3.1 --validate
      wirecli parse archive/ --places | jq -c '.dateline.places'

    Exit codes: 0 all inputs parsed, 1 some inputs failed (error records in JSON Lines,
    one "wirecli: PATH: reason" line each on stderr), 2 usage error, 130 interrupted.
    """
    if not paths and files_from is None:
        raise click.UsageError("give PATHS to parse, or --files-from FILE")
    if files_from == "-" and "-" in paths:
        raise click.UsageError("stdin cannot be both a story (-) and the --files-from list")
    if files_from not in (None, "-") and not os.path.exists(files_from):
        raise click.BadParameter(f"{files_from!r} does not exist", param_hint="--files-from")
    if fmt is None:
        fmt = "table" if sys.stdout.isatty() and output is None else "jsonl"
    from .batch import Job
    job = Job(fmt=fmt, year=year, explain=explain, split=split,
              keep_text=(fmt == "table" and explain),
              read_options=_read_options(encoding, max_story_bytes, split))
    out = None  # plain json/jsonl/table import nothing more
    if fmt in ("ninjs", "csv", "tsv") or places or validate:
        from .renderers import OutputOptions
        out = OutputOptions(ninjs_version=ninjs_version, places=places, validate=validate)
    from . import lazyre
    lazyre.load_cache()  # compiled patterns kept by earlier runs (like __pycache__)
    try:
        code = _run_parse(paths, job, globs=globs, files_from=files_from, null=null,
                          workers=workers, output=output, progress=progress, out=out)
    finally:
        lazyre.save_cache()
    sys.exit(code)


def _read_options(encoding, max_story_bytes=None, split=None):
    """Keyword arguments for reader.read_text (batch.read_step passes them on)."""
    return {"encoding": encoding, "max_story_bytes": max_story_bytes, "split": split}


def _run_parse(paths, job, *, globs, files_from, null, workers, output, progress,
               out=None) -> int:
    """Stream every input through the batch runner into the writer; the exit code."""
    from .batch import choose_workers, run
    from .inputs import iter_inputs
    from .sink import JsonLinesWriter, JsonWriter, Sink, want_progress

    items = iter_inputs(paths, globs=globs, files_from=files_from, null=null)
    total = None
    show = progress
    if show is None:
        hint = 2 if files_from is not None or len(paths) > 1 or any(
            p != "-" and os.path.isdir(p) for p in paths) else len(paths)
        show = want_progress(hint, stdout_streams=(job.fmt != "table" and output is None))
    if show and files_from is None:
        items = list(items)  # a known total for the bar (listing is cheap next to parsing)
        total = len(items)
        show = total > 1 or progress is True
    workers, items = choose_workers(workers, iter(items), stream=files_from is not None)
    try:
        sink = Sink.open(output)
    except OSError as exc:
        raise click.BadParameter(f"cannot write {output!r}: {exc.strerror or exc}",
                                 param_hint="-o/--output") from None
    writer = (JsonLinesWriter(sink) if job.fmt == "jsonl" else JsonWriter(sink) if job.fmt == "json"
              else None)
    if out is not None and job.fmt != "table":  # ninjs/csv/tsv, --places, --validate
        from .renderers.writer import open_writer
        writer = open_writer(sink, job.fmt, out, writer)
    table: list = []
    bar = None
    failed = 0
    done = False
    results = run(items, job, workers, stream=files_from is not None)
    if output is not None:  # `kill` too must not leave the temp file behind
        import signal
        signal.signal(signal.SIGTERM, _terminated)
    try:
        if show:
            from .sink import Progress
            bar = Progress(total)
        from .render import safe_text
        say = bar.message if bar else (lambda line: click.echo(line, err=True))
        for result in results:
            for msg in result.messages:
                say(safe_text(f"wirecli: {result.path}: {msg}"))  # a file name may hold ESC
            good = result.records[:result.stories]  # a file that failed part-way keeps its
            if writer:                               # stories, then its error record
                for rec in good:
                    writer.record(rec)
            else:
                table.extend(zip(good, result.texts or [None] * len(good)))
            if result.error is not None:
                failed += 1
                if writer:
                    writer.error(result.records[-1])
                else:
                    table.append(result.records[-1])
            if bar:
                bar.advance(result.stories, result.error is not None, 0 if result.partial else 1)
        if bar:
            bar.stop()
            bar = None
        if writer:
            writer.close()
        else:
            _print_table(table, job.explain, sink if output is not None else None)
        sink.commit()
        done = True
    except KeyboardInterrupt:
        if bar:
            bar.stop()
            bar = None
        click.echo("wirecli: interrupted", err=True)
        return 130
    finally:
        results.close()  # stops the workers at once on a broken pipe or Ctrl-C
        if not done:
            sink.abort()
        if bar:
            bar.stop()
    return Exit.SOME_FAILED if failed else Exit.OK


def _terminated(signum, frame):
    raise SystemExit(128 + signum)


def _print_table(rows, explain, sink=None):
    """The rich table(s): one story as Field / Value, several as one row each; into
    ``sink`` (-o FILE) as plain text when given."""
    from rich.console import Console

    from .render import explain_text, stories_table, story_table
    if sink is not None:
        import io
        buf = io.StringIO()
        console = Console(file=buf, width=120, color_system=None)
    else:
        console = Console()
    records = [r if isinstance(r, dict) and "error" in r else r[0] for r in rows]
    stories = [r for r in rows if not (isinstance(r, dict) and "error" in r)]
    if len(records) == 1 and stories:
        console.print(story_table(records[0]))
        if explain and stories[0][1] is not None:
            console.print(explain_text(*stories[0][1]))
    elif records:
        console.print(stories_table(records))
    if sink is not None:
        sink.write(buf.getvalue())


@cli.command(context_settings=CONTEXT)
def schema():
    """Print the JSON Schema (draft 2020-12) of the records `wirecli parse` writes.

    \b
    Examples:
      wirecli schema > wirecli-record.schema.json
      wirecli parse archive/ --validate > stories.jsonl   check every record against it
    """
    import json

    from .schema import record_schema
    click.echo(json.dumps(record_schema(), indent=2, ensure_ascii=False))


def main():
    cli(prog_name="wirecli")
