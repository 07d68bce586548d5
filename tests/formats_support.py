"""Shared by test_ninjs, test_csv, test_schema and test_places: records the CLI writes for
the examples and, when ../shared/corpus is here, for every corpus story (parsed once per run).
"""
import json
import subprocess
import sys
from functools import lru_cache

from conftest import CORPUS, EXAMPLES, ROOT


def cli_records(*paths: str, args: tuple[str, ...] = ()) -> list[dict]:
    """`wirecli parse --format jsonl PATHS`, run as users run it, as a list of records."""
    out = subprocess.run([sys.executable, "-m", "wirecli", "parse", "--format", "jsonl",
                          *args, *paths], cwd=ROOT, capture_output=True, check=False)
    assert out.returncode in (0, 1), out.stderr.decode(errors="replace")
    return [json.loads(line) for line in out.stdout.decode("utf-8").splitlines()]


@lru_cache(maxsize=1)
def example_records() -> tuple[dict, ...]:
    return tuple(cli_records(*sorted(str(p) for p in EXAMPLES.glob("*.txt"))))


@lru_cache(maxsize=1)
def corpus_records() -> tuple[dict, ...]:
    """Every story of ../shared/corpus/*/raw (empty when the corpus is not here)."""
    if not CORPUS.is_dir():
        return ()
    dirs = sorted(str(d / "raw") for d in CORPUS.iterdir() if (d / "raw").is_dir())
    return tuple(cli_records(*dirs))


def stories(records) -> list[dict]:
    return [r for r in records if "error" not in r]
