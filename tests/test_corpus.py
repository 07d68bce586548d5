"""Score the real corpora (../shared/corpus) with the project's scorer, when they are here.

The pinned per-format floors live in benchmarks/floors.json and are enforced by
benchmarks/accuracy.py in CI; this test keeps the release bar of wirecli 0.1: every field at
least 97% over all corpora together and at least 90% over the modern collections.
"""
import json
import subprocess
import sys

import pytest

from conftest import CORPUS, SHARED

SCORER = SHARED / "eval" / "score.py"
pytestmark = pytest.mark.skipif(not (CORPUS.is_dir() and SCORER.exists()),
                                reason="../shared/corpus or its scorer is not here")


def _rates(corpora) -> dict:
    cmd = f"{sys.executable} -m wirecli parse --format jsonl"
    run = subprocess.run([sys.executable, str(SCORER), "--json", "--cmd", cmd, *map(str, corpora)],
                         capture_output=True, text=True, check=True)
    report = json.loads(run.stdout)
    assert not report["problems"], report["problems"][:5]
    return report["rates"]["all"]


def test_every_field_over_all_corpora():
    rates = _rates(sorted(p for p in CORPUS.iterdir() if (p / "gold.jsonl").exists()))
    low = {f: r for f, r in rates.items() if r < 0.97}
    assert not low, f"fields below 97% over all corpora: {low} (see score.py --show FIELD)"


def test_every_field_over_the_modern_collections():
    rates = _rates(sorted(CORPUS.glob("modern-*")))
    low = {f: r for f, r in rates.items() if r < 0.90}
    assert not low, f"fields below 90% over the modern collections: {low}"
