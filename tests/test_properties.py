"""Properties of parse() over arbitrary text, control characters included (hypothesis).

  * parse never raises, and never falls back to "story kept as body" (a rule raised);
  * every value is found at its span in the input (fuzz/fuzz_parse.py's check_story);
  * JSON output always loads back to the record; each JSON Lines record is one line;
  * the reader gives back every byte of a feed, however the blocks fall.
The fuzz target (fuzz/fuzz_parse.py) checks the same promises on mutated bytes.
"""
from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import load_script
from wirecli import parse
from wirecli.feeds import split_stories
from wirecli.reader import iter_stories
from wirecli.render import to_json, to_json_line

check_story = load_script("fuzz/fuzz_parse.py").check_story

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Pieces of wire copy, so that generated text reaches the rules (not only the fallbacks).
WIRE_BITS = st.sampled_from([
    "By ", "BY ", " and ", ", ", "LONDON", "WASHINGTON/MEXICO CITY", ", March 3", " (Reuters) - ",
    " (AP) -- ", " _ ", "``", "''", "(Reporting by ", "; Editing by ", " in ", ")", "(", "Reuter",
    "FILE PHOTO: ", "REUTERS/", "Associated Press", "\n", "\n\n", "\r\n", "\r", "\x0b", "\x0c",
    "\x85", "\u2028", "\u2029", "\x00", "\x01", "\x02", "\x03", "\x1b[31m", "\t", "   ",
    "\u00a0", "\ufeff", "(END) Dow Jones Newswires", "Enditem", "Jo Bloggs", "ANN OTHER", "@x.com",
])
WIRE_TEXT = st.lists(st.one_of(WIRE_BITS, st.text(max_size=12)), max_size=40).map("".join)
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)


@SETTINGS
@given(ANY_TEXT)
@example("")
@example("\r\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
@example("By \x1f__\nBy By By")
def test_any_text_keeps_the_promises(text):
    check_story(text)


@SETTINGS
@given(WIRE_TEXT)
@example("Oil rises\n\n   LONDON, March 3 _ Oil rose, ``sharply,'' traders said.\n")
@example("Oil\r\n\r\nBy Jo  Bloggs\r\n\r\nLONDON, March 3 (Reuters) - Up.\r\n(Reporting by Jo Bloggs)")
def test_wire_like_text_keeps_the_promises(text):
    check_story(text)


@SETTINGS
@given(WIRE_TEXT)
def test_json_loads_and_jsonl_is_one_line(text):
    record = parse(text).to_dict(explain=True)
    line = to_json_line(record)
    assert "\n" not in line and len(line.splitlines()) == 1
    assert json.loads(line) == record
    assert json.loads(to_json(record)) == record


@SETTINGS
@given(WIRE_TEXT)
def test_spans_are_inside_the_text_and_never_overlap(text):
    story = parse(text)
    assert all(0 <= p.span[0] <= p.span[1] <= len(text) for p in story.parts)
    spans = sorted(p.span for p in story.parts)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:])), spans
    assert story.word_count == len(story.body.split())


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["\x01h\x02", "Story text\n", "\x03", "\x04", "\x0c", "\r\n", " ", "é"]),
                max_size=30).map("".join), st.integers(1, 64))
def test_streaming_reader_loses_nothing(tmp_path_factory, text, block):
    path = tmp_path_factory.mktemp("feed") / "f.txt"
    path.write_bytes(text.encode())
    pieces = list(iter_stories(str(path), block_size=block, tail=True))
    assert "".join(d.text for d in pieces) == text
    stories = [d.text for d in pieces if d.encoding]
    assert stories == [text[s:e] for s, e in split_stories(text)]
