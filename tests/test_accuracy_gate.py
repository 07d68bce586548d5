"""The accuracy gate fails when a floor is broken: shown on a tampered copy of a small corpus."""
import json
import shutil
import subprocess
import sys

import pytest

from conftest import EXAMPLES, ROOT, SHARED

SCORER = SHARED / "eval" / "score.py"
pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/score.py is not here")


def _small_corpus(tmp_path, tamper=False):
    """A corpus built from our own examples, labelled from their expected JSON."""
    raw = tmp_path / "corpus" / "raw"
    raw.mkdir(parents=True)
    gold = []
    for story in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(story, raw / story.name)
        want = json.loads(story.with_suffix(".json").read_text(encoding="utf-8"))
        headline = want["headline"]
        if tamper and headline:
            headline = "a headline no parser would print"
        gold.append({"id": story.stem, "format": "examples", "headline": headline,
                     "agency": want["agency"]})
    (tmp_path / "corpus" / "gold.jsonl").write_text("\n".join(json.dumps(g) for g in gold) + "\n")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"all": {"headline": 1.0, "agency": 1.0}}))
    return tmp_path / "corpus", floors


def _gate(corpus, floors):
    return subprocess.run([sys.executable, str(ROOT / "benchmarks" / "accuracy.py"), "--corpus",
                           str(corpus), "--floors", str(floors), "--scorer", str(SCORER)],
                          capture_output=True, text=True, cwd=ROOT)


def test_gate_passes_at_its_floors(tmp_path):
    corpus, floors = _small_corpus(tmp_path)
    run = _gate(corpus, floors)
    assert run.returncode == 0, run.stdout + run.stderr


def test_gate_fails_below_a_floor(tmp_path):
    corpus, floors = _small_corpus(tmp_path, tamper=True)
    run = _gate(corpus, floors)
    assert run.returncode == 1, run.stdout + run.stderr
    assert "below floor: all.headline" in run.stdout
