"""The command line: options -> reader -> parse -> render -> stdout.  Nothing else."""
from __future__ import annotations

import dataclasses
import os
import sys
from enum import IntEnum

import click

from . import __version__
from .errors import WirecliError


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


def iter_paths(paths):
    """Files in the order given; directories walked recursively in sorted order."""
    for p in paths:
        if p != "-" and os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield p


@cli.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, allow_dash=True, dir_okay=True))
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "jsonl"]),
              default=None, help="Output format. Default: table on a terminal, jsonl otherwise.")
@click.option("--year", type=int, callback=_year, default=None,
              help="Year for datelines that print only month and day.")
@click.option("--encoding", default=None, help="Force an input encoding (e.g. cp1252, utf-16).")
@click.option("--explain", is_flag=True, help="Add the rule and span of every part.")
def parse(paths, fmt, year, encoding, explain):
    """Parse wire stories in PATHS (files, directories, or - for stdin).

    \b
    Examples:
      wirecli parse story.txt                  table on a terminal
      wirecli parse story.txt --format json    one JSON object
      wirecli parse archive/ > stories.jsonl   JSON Lines, one story per line
      wirecli parse old/ --year 1987 | jq -r '.dateline.date'

    Exit codes: 0 all inputs parsed, 1 some inputs could not be read, 2 usage error.
    """
    from .pipeline import parse as parse_text
    from .reader import read_text
    from .render import to_json, to_json_line

    if fmt is None:
        fmt = "table" if sys.stdout.isatty() else "jsonl"
    failed = 0
    records: list[dict] = []
    stories = []
    for path in iter_paths(paths):
        try:
            decoded = read_text(path, encoding)
        except WirecliError as exc:
            failed += 1
            click.echo(f"wirecli: {path}: {exc}", err=True)
            if fmt == "jsonl":
                click.echo(to_json_line({"file": path, "error": str(exc)}))
            continue
        story = parse_text(decoded.text, year=year)
        story = dataclasses.replace(story, file=path,
                                    warnings=tuple(decoded.warnings) + story.warnings)
        for w in decoded.warnings:
            click.echo(f"wirecli: {path}: {w}", err=True)
        record = story.to_dict(explain=explain)
        if fmt == "jsonl":
            click.echo(to_json_line(record))
        else:
            records.append(record)
            stories.append((decoded.text, story))
    if fmt == "json":
        click.echo(to_json(records[0] if len(records) == 1 else records))
    elif fmt == "table":
        from rich.console import Console

        from .render import explain_text, stories_table, story_table
        console = Console()
        if len(records) == 1:
            console.print(story_table(records[0]))
            if explain:
                console.print(explain_text(*stories[0]))
        elif records:
            console.print(stories_table(records))
    sys.exit(Exit.SOME_FAILED if failed else Exit.OK)


def main():
    cli(prog_name="wirecli")
