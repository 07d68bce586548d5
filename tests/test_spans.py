"""Every field is traceable: values sit at their spans, and nothing is lost.

Checked on our examples always, and on every story of ../shared/corpus when it is here.
"""
from pathlib import Path

import pytest

from conftest import CORPUS, EXAMPLES, SHARED
from wirecli import parse
from wirecli.text import squash

KINDS = {"headline", "caption", "byline", "dateline", "body", "credit", "signoff", "wire", "other"}


def span_problems(text: str) -> list[str]:
    """What is wrong with one story's spans (empty when all is well)."""
    s = parse(text)
    out = []
    parts = sorted(s.parts, key=lambda p: p.span)
    pos = 0
    covered = bytearray(len(text))
    for p in parts:
        a, b = p.span
        if p.kind not in KINDS:
            out.append(f"unknown part kind {p.kind}")
        if not 0 <= a <= b <= len(text):
            out.append(f"{p.kind} span {p.span} outside the text")
            continue
        if a < pos:
            out.append(f"{p.kind} span {p.span} overlaps the part before it (ends {pos})")
        pos = max(pos, b)
        covered[a:b] = b"\x01" * (b - a)
    lost = [i for i, ch in enumerate(text) if not ch.isspace() and not covered[i]]
    if lost:
        out.append(f"{len(lost)} non-blank characters in no part, first at {lost[0]}: {text[lost[0]:lost[0] + 30]!r}")
    heads = [text[a:b] for p in parts if p.kind == "headline" for a, b in [p.span]]
    if squash(" ".join(heads)) != (s.headline or ""):
        out.append(f"headline {s.headline!r} is not its spans {heads!r}")
    caps = [squash(text[a:b]) for p in parts if p.kind == "caption" for a, b in [p.span]]
    if caps != list(s.captions):
        out.append("captions differ from their spans")
    if s.dateline and text[s.dateline.span[0]:s.dateline.span[1]] != s.dateline.text:
        out.append("dateline text is not its span")
    if s.credit and text[s.credit.span[0]:s.credit.span[1]] != s.credit.text:
        out.append("credit text is not its span")
    for b in s.bylines:
        if b.span and text[b.span[0]:b.span[1]] != b.name:
            out.append(f"byline {b.name!r} is not its span {text[b.span[0]:b.span[1]]!r}")
    body = [text[a:b] for p in parts if p.kind == "body" for a, b in [p.span]]
    if squash(" ".join(body)) != squash(s.body):
        out.append("body is not its spans")
    return out


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.txt")), ids=lambda p: p.stem)
def test_example_spans(path):
    assert span_problems(path.read_text(encoding="utf-8")) == []


CORPORA = sorted(p for p in CORPUS.glob("*/raw")) + sorted((SHARED / "corpus-feeds").glob("*/raw")) \
    if CORPUS.is_dir() else []


@pytest.mark.skipif(not CORPORA, reason="../shared/corpus is not here")
@pytest.mark.parametrize("raw", CORPORA, ids=lambda p: p.parent.name)
def test_corpus_spans(raw: Path):
    bad = {}
    for f in sorted(raw.iterdir()):
        problems = span_problems(f.read_text(encoding="utf-8"))
        if problems:
            bad[f.name] = problems
    assert not bad, f"{len(bad)} stories with span problems, e.g. {list(bad.items())[:3]}"
