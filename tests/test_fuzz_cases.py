"""Replay every input the fuzzer (fuzz/fuzz_parse.py) ever broke parse() with.

Each file in tests/fuzz_cases/ is raw bytes; a new crash found by the fuzzer goes there
(shrunk by hand to the few lines that matter) and is checked here on every run.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import load_script

ROOT = Path(__file__).resolve().parents[1]
CASES = sorted((ROOT / "tests" / "fuzz_cases").glob("*"))


check = load_script("fuzz/fuzz_parse.py").check


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_fuzz_case(path):
    check(path.read_bytes())
