"""Whole-story fixtures in every wire style (tests/cases/*.txt, written for these tests)."""
import json
from pathlib import Path

import pytest

from wirecli import parse

CASES = Path(__file__).parent / "cases"
EXPECTED = json.loads((CASES / "expected.json").read_text(encoding="utf-8"))


def _fields(story) -> dict:
    body = " ".join(story.body.split())
    return {
        "headline": story.headline,
        "captions": list(story.captions),
        "bylines": [b.name for b in story.bylines],
        "agency": story.agency,
        "dateline": None if story.dateline is None else "present",
        "cities": list(story.dateline.cities) if story.dateline else [],
        "region": story.dateline.region if story.dateline else None,
        "date": story.dateline.date if story.dateline else None,
        "credit": None if story.credit is None else "present",
        "reporting": [c.name for c in story.credit.reporting] if story.credit else [],
        "editing": [c.name for c in story.credit.editing] if story.credit else [],
        "body_start": body,
        "body_end": body,
    }


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: n[:-4])
def test_case(name):
    got = _fields(parse((CASES / name).read_text(encoding="utf-8")))
    for field, want in EXPECTED[name].items():
        if field == "body_start":
            assert got["body_start"].startswith(want), f"{name}: body starts {got['body_start'][:60]!r}"
        elif field == "body_end":
            assert got["body_end"].endswith(want), f"{name}: body ends {got['body_end'][-60:]!r}"
        else:
            assert got[field] == want, f"{name}: {field}"


def test_every_case_has_expectations():
    assert sorted(p.name for p in CASES.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED), ids=lambda n: n[:-4])
def test_case_needs_no_fallback(name):
    # parse() keeps a story whose rule raised as plain body; no case may get there
    story = parse((CASES / name).read_text(encoding="utf-8"))
    assert not any("internal parser error" in w for w in story.warnings), story.warnings
