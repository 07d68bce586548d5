#!/usr/bin/env python3
"""Fuzz target for wirecli: bytes -> decode -> parse -> JSON, checking the record's promises.

Run it for a set time (atheris is not a runtime dependency; install it beside the tests):

    pip install atheris
    python fuzz/fuzz_parse.py -max_total_time=600 -max_len=4096 fuzz/corpus

(`fuzz/corpus` is a scratch folder libFuzzer grows; create it first.)  A failing input is
written to ./crash-<sha>; with WIRECLI_FUZZ_COLLECT=DIR the run goes on and saves one input
per new kind of failure in DIR instead.  Shrink it by hand to the lines that matter, put it
in tests/fuzz_cases/, and tests/test_fuzz_cases.py replays it with ``check()`` on every run.

What is checked for every input (``check`` raises AssertionError on a broken promise):
  * reader.decode() gives text for any bytes, and parse() never takes its fallback path
    (an "internal parser error" warning means a rule raised);
  * every value is found at its span in the decoded text, and no character other than
    white space is left out of every part (nothing is lost);
  * the JSON Lines record is one line and loads back to the same dict.
"""
from __future__ import annotations

import json
import sys

from wirecli.pipeline import parse
from wirecli.reader import decode
from wirecli.render import to_json_line


def _squash(s: str) -> str:
    return " ".join(s.split())


def check_story(text: str) -> None:
    """Raise AssertionError when parse(text) breaks one of its promises."""
    story = parse(text)
    assert not any("internal parser error" in w for w in story.warnings), story.warnings
    n = len(text)
    for p in story.parts:
        s, e = p.span
        assert 0 <= s <= e <= n, (p, n)
    covered = bytearray(n)
    for p in story.parts:
        covered[p.span[0]:p.span[1]] = b"\x01" * (p.span[1] - p.span[0])
    lost = next((i for i, ch in enumerate(text) if not covered[i] and not ch.isspace()), None)
    assert lost is None, ("a character no part holds", lost, text[lost:lost + 20])
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for p in story.parts:
        by_kind.setdefault(p.kind, []).append(p.span)
    if story.headline is not None:
        got = _squash(" ".join(text[s:e] for s, e in by_kind.get("headline", [])))
        assert got == story.headline, (got, story.headline)
    got_caps = [_squash(text[s:e]) for s, e in by_kind.get("caption", [])]
    assert got_caps == list(story.captions), (got_caps, story.captions)
    for b in story.bylines:
        assert b.span is not None and _squash(text[b.span[0]:b.span[1]]) == _squash(b.name), b
    if story.dateline is not None:
        s, e = story.dateline.span
        assert text[s:e] == story.dateline.text, (text[s:e], story.dateline)
    if story.credit is not None:
        s, e = story.credit.span
        assert text[s:e] == story.credit.text, (text[s:e], story.credit.text)
    body = "\n\n".join(_squash(text[s:e]) for s, e in by_kind.get("body", []))
    assert body == story.body, (body, story.body)
    line = to_json_line(story.to_dict(explain=True))
    assert len(line.splitlines()) == 1, line
    assert json.loads(line) == story.to_dict(explain=True)


def check(data: bytes) -> None:
    """The fuzz entry point's body: decode any bytes, then check the story."""
    check_story(decode(data).text)


def collecting(folder: str):
    """A target that keeps going: each new kind of failure (exception type and the line
    that raised it) is saved in ``folder`` instead of stopping the run."""
    import hashlib
    import os
    import traceback

    os.makedirs(folder, exist_ok=True)
    seen: set[tuple[str, str, int]] = set()

    def target(data: bytes) -> None:
        try:
            check(data)
        except Exception as exc:  # noqa: BLE001  (collect every kind of failure)
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            kind = (type(exc).__name__, frame.filename, frame.lineno or 0)
            if kind not in seen:
                seen.add(kind)
                name = f"{kind[0]}-{os.path.basename(kind[1])}-{kind[2]}-{hashlib.sha1(data).hexdigest()[:8]}"
                with open(os.path.join(folder, name), "wb") as f:
                    f.write(data)
                print(f"\n=== new failure {name}: {str(exc)[:200]!r}", flush=True)
    return target


def main() -> None:
    """libFuzzer flags as usual; WIRECLI_FUZZ_COLLECT=DIR keeps going after failures."""
    import os

    import atheris

    atheris.instrument_all()  # coverage feedback from wirecli's rules (already imported)
    folder = os.environ.get("WIRECLI_FUZZ_COLLECT")
    atheris.Setup(sys.argv, collecting(folder) if folder else check)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
