"""wirecli on a Dask cluster: archives too big for one machine (``pip install 'wirecli[dask]'``).

``wirecli.parse`` is a pure function of the text, so a folder of millions of stories maps
cleanly over dask.bag: each partition is a list of file paths, and each worker reads,
splits and parses its files exactly as ``wirecli parse`` does (same records, same error
records for bad files).  The files must be readable from the workers (a shared or
network file system, or the one machine of a LocalCluster).

    from dask.distributed import Client
    from wirecli.dask import parse_files, to_jsonl, to_parquet

    client = Client("tcp://scheduler:8786")          # any Dask cluster
    bag = parse_files("archive/", glob="*.txt", year=1987)   # a bag of record dicts
    to_jsonl(bag, "out/stories-*.jsonl")             # one JSON Lines file per partition
    to_parquet(bag, "out/stories.parquet")           # flat columns + the full record as JSON

Or from the shell, on a scheduler or on a local cluster when none is given:

    python -m wirecli.dask archive/ --glob '*.txt' --scheduler tcp://scheduler:8786 \\
        --output out/stories.parquet --format parquet
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable

from .batch import Job, process
from .inputs import iter_inputs

# Flat Parquet columns: (name, pyarrow type name); "record" keeps the whole JSON record.
COLUMNS = (("file", "string"), ("story", "int64"), ("error", "string"), ("headline", "string"),
           ("captions", "list"), ("bylines", "list"), ("agency", "string"),
           ("dateline", "string"), ("cities", "list"), ("region", "string"), ("date", "string"),
           ("credit", "string"), ("reporting", "list"), ("editing", "list"), ("body", "string"),
           ("word_count", "int64"), ("wire_slug", "string"), ("wire_priority", "string"),
           ("wire_word_count", "int64"), ("warnings", "list"), ("record", "string"))


def list_files(paths: str | Iterable[str], *, glob: str | Iterable[str] = ()) -> list[str]:
    """The input files, in wirecli's order (directories walked sorted, hidden skipped)."""
    paths = [paths] if isinstance(paths, str) else list(paths)
    globs = (glob,) if isinstance(glob, str) else tuple(glob)
    return [i.path for i in iter_inputs(paths, globs=globs)]


def parse_paths(paths: Iterable[str], *, year: int | None = None, split: str | None = None,
                encoding: str | None = None) -> list[dict]:
    """Records (dicts) for some files: what runs on each worker, one partition at a time."""
    from .inputs import Input

    job = Job(fmt="dict", year=year, split=split, read_options={"encoding": encoding})
    out: list[dict] = []
    for path in paths:
        out.extend(process(Input(path), job).records)
    return out


def parse_files(paths: str | Iterable[str], *, glob: str | Iterable[str] = (),
                year: int | None = None, split: str | None = None, encoding: str | None = None,
                files_per_partition: int = 200):
    """A dask.bag of records, one per story (and one per bad file), in input order."""
    import dask.bag as db

    files = list_files(paths, glob=glob)
    nparts = max(1, -(-len(files) // files_per_partition))
    bag = db.from_sequence(files, npartitions=nparts)
    return bag.map_partitions(parse_paths, year=year, split=split, encoding=encoding)


def to_jsonl(bag, pattern: str, **kw):
    """One JSON Lines file per partition: ``pattern`` is like "out/stories-*.jsonl"."""
    from .render import to_json_line
    return bag.map(to_json_line).to_textfiles(pattern, **kw)


def flat_row(rec: dict) -> dict:
    """One record as the flat Parquet row (COLUMNS)."""
    from .render import to_json_line

    dl = rec.get("dateline") or {}
    cr = rec.get("credit") or {}
    wire = rec.get("wire") or {}
    return {
        "file": rec.get("file"), "story": rec.get("story"), "error": rec.get("error"),
        "headline": rec.get("headline"), "captions": list(rec.get("captions") or []),
        "bylines": [b["name"] for b in rec.get("bylines") or []], "agency": rec.get("agency"),
        "dateline": dl.get("text"), "cities": list(dl.get("cities") or []),
        "region": dl.get("region"), "date": dl.get("date"), "credit": cr.get("text"),
        "reporting": [c["name"] for c in cr.get("reporting") or []],
        "editing": [c["name"] for c in cr.get("editing") or []],
        "body": rec.get("body"), "word_count": rec.get("word_count"),
        "wire_slug": wire.get("slug"), "wire_priority": wire.get("priority"),
        "wire_word_count": wire.get("word_count"), "warnings": list(rec.get("warnings") or []),
        "record": to_json_line(rec),
    }


def parquet_schema():
    import pyarrow as pa
    types = {"string": pa.string(), "int64": pa.int64(), "list": pa.list_(pa.string())}
    return pa.schema([(name, types[t]) for name, t in COLUMNS])


def to_parquet(bag, path: str, **kw):
    """A Parquet dataset with the flat COLUMNS (needs pandas and pyarrow)."""
    import pandas as pd

    meta = pd.DataFrame({name: pd.Series(dtype="Int64" if t == "int64" else "object")
                         for name, t in COLUMNS})
    df = bag.map(flat_row).to_dataframe(meta=meta)
    return df.to_parquet(path, schema=parquet_schema(), write_index=False, **kw)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m wirecli.dask", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--glob", action="append", default=[])
    ap.add_argument("--year", type=int)
    ap.add_argument("--split")
    ap.add_argument("--encoding")
    ap.add_argument("--scheduler", help="address of a Dask scheduler (default: a local cluster)")
    ap.add_argument("--format", choices=("jsonl", "parquet"), default="jsonl")
    ap.add_argument("--output", required=True,
                    help='"out/stories-*.jsonl" for jsonl, a folder for parquet')
    ap.add_argument("--files-per-partition", type=int, default=200)
    args = ap.parse_args(argv)
    from dask.distributed import Client, LocalCluster

    if args.scheduler:
        client = Client(args.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(host="127.0.0.1", dashboard_address=None)
        client = Client(cluster)
    try:
        bag = parse_files(args.paths, glob=args.glob, year=args.year, split=args.split,
                          encoding=args.encoding, files_per_partition=args.files_per_partition)
        if args.format == "parquet":
            to_parquet(bag, args.output)
        else:
            to_jsonl(bag, args.output)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    print(json.dumps({"output": args.output, "format": args.format}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
