"""Feeds: one file, many stories, split on wire control characters; the wire header parsed.

Every feed here is built by the test from short synthetic lines (control characters written
as escapes), in the shape of ANPA-1312 and IPTC 7901 transmissions.
"""
import json

import pytest

from wirecli import parse
from wirecli.feeds import compile_split, split_stories
from wirecli.rules.wire import find_envelope
from wirecli.text import split_lines

SYN, SOH, STX, ETX, EOT, US, ENQ = "\x16", "\x01", "\x02", "\x03", "\x04", "\x1f", "\x05"


def anpa(seq, pri, slug, words, headline, body, *, pre="C T"):
    """One ANPA-1312 story as a 1987 Reuters feed carries it."""
    return (f"{ENQ * 3}{pre}\n{SYN}{SYN}{SOH}f{seq:04d}{US}reute\n"
            f"{pri} f {slug}   02-26 {words:04d}\n{STX}\n{headline}\n"
            f"    LONDON, Feb 26 - {body}\n Reuter\n{ETX}\n")


FEED = (anpa(704, "u", "BC-COCOA-REVIEW", 105, "COCOA REVIEW", "Showers continued in the zone.")
        + anpa(708, "d", "BC-OIL-<SRD>-TO", 82, "OIL FIRM TO FORM UNIT", "Oil Co said it plans a unit.")
        + anpa(712, "b", "AM-GULF-OPERATION 2ndLd-Writethru", 97, "GULF WAR OFFENSIVE ENDS",
               "Iran announced the end of the offensive."))


def stories(text, split=None):
    return [text[s:e] for s, e in split_stories(text, split)]


# ---- splitting -------------------------------------------------------------------------

SPLIT_CASES = [
    ("plain story", ["plain story"], "no control characters: one story"),
    ("", [""], "an empty file still gives one (empty) story"),
    (f"{SOH}h1{STX}One{ETX}\n{SOH}h2{STX}Two{ETX}\n",
     [f"{SOH}h1{STX}One{ETX}", f"\n{SOH}h2{STX}Two{ETX}"], "ETX ends a story; the newline after it is not one"),
    ("a\fb\f", ["a\f", "b\f"], "form feeds end stories; nothing after the last one"),
    (f"one{EOT}two{EOT}", [f"one{EOT}", f"two{EOT}"], "EOT ends a story"),
    (f"{SOH}x1 4 i 22{STX}Text{ETX} 131137 GMT Nov 13{EOT}\n{SOH}x2 4 i 9{STX}More{ETX}",
     [f"{SOH}x1 4 i 22{STX}Text{ETX} 131137 GMT Nov 13{EOT}", f"\n{SOH}x2 4 i 9{STX}More{ETX}"],
     "IPTC 7901: the trailer between ETX and EOT stays with its story"),
    (f"{SOH}h1{STX}One\n{SYN}{SYN}{SOH}h2{STX}Two{ETX}",
     [f"{SOH}h1{STX}One\n", f"{SYN}{SYN}{SOH}h2{STX}Two{ETX}"],
     "a missing ETX: the next header (from its line start) opens a new story"),
    (f"{ETX}{ETX}\n{EOT}\f  \n", [f"{ETX}{ETX}\n{EOT}\f  \n"], "only controls: one story, the whole text"),
]


@pytest.mark.parametrize("text,expected,why", SPLIT_CASES, ids=[c[2] for c in SPLIT_CASES])
def test_split_stories(text, expected, why):
    assert stories(text) == expected, why


def test_split_cases_are_unique():
    inputs = [c[0] for c in SPLIT_CASES]
    assert len(inputs) == len(set(inputs))


def test_split_keeps_every_character():
    spans = split_stories(FEED)
    assert len(spans) == 3
    # spans are ordered and disjoint; what lies between them is white space only
    pos = 0
    for s, e in spans:
        assert s >= pos and not FEED[pos:s].strip()
        pos = e
    assert not FEED[pos:].strip()


def test_user_pattern_is_a_separator():
    text = "ZCZC one\nfirst story\nZCZC two\nsecond story\n"
    assert stories(text, compile_split(r"^ZCZC.*\n")) == ["first story\n", "second story\n"]


def test_user_pattern_lookahead_keeps_the_marker():
    text = "ZCZC one\nfirst story\nZCZC two\nsecond story\n"
    assert stories(text, compile_split(r"^(?=ZCZC)")) == ["ZCZC one\nfirst story\n", "ZCZC two\nsecond story\n"]


def test_user_pattern_and_control_characters_combine():
    text = f"a\n---\nb{ETX}c"
    assert stories(text, compile_split(r"^---$")) == ["a\n", f"\nb{ETX}", "c"]


def test_zero_width_pattern_at_start_gives_no_empty_story():
    assert stories("x\ny\n", compile_split(r"^")) == ["x\n", "y\n"]


# ---- the wire header ---------------------------------------------------------------------

def envelope(text):
    return find_envelope(text, split_lines(text))


def test_anpa_header_fields():
    story = stories(FEED)[0]
    wire, lo, hi, parts = envelope(story)
    assert (wire.format, wire.selector, wire.sequence, wire.originator) == ("anpa", "f", "0704", "reute")
    assert (wire.priority, wire.category, wire.slug, wire.version) == ("u", "f", "BC-COCOA-REVIEW", None)
    assert (wire.date, wire.word_count) == ("--02-26", 105)
    assert [p.kind for p in parts] == ["wire", "wire"]  # header, and the ETX trailer


def test_anpa_originator_after_spaced_unit_separator():
    # "a0123 US AP": a space on either side of the unit separator still names the originator
    wire = envelope("\x16\x16\x01a0123 \x1f AP\nr a BC-Storm-Damage 10-12 0456\x02\nStorm hits\n\x03")[0]
    assert (wire.selector, wire.sequence, wire.originator, wire.priority, wire.word_count) == ("a", "0123", "AP", "r", 456)


def test_anpa_version_after_slug():
    wire = envelope(stories(FEED)[2])[0]
    assert (wire.slug, wire.version, wire.priority) == ("AM-GULF-OPERATION", "2ndLd-Writethru", "b")


def test_anpa_date_takes_the_year_when_given():
    story = stories(FEED)[0]
    assert find_envelope(story, split_lines(story), 1987)[0].date == "1987-02-26"


def test_ap_style_selector_on_the_keyword_line():
    text = f"{SYN}{SYN}{SOH}a0593 4 n BC-Airline-Strike 1stLd-Writethru 01-20 0547\n{STX}\nBody.\n{ETX}"
    wire = envelope(text)[0]
    assert (wire.selector, wire.sequence, wire.priority, wire.category) == ("a", "0593", "4", "n")
    assert (wire.slug, wire.version, wire.word_count, wire.date) == (
        "BC-Airline-Strike", "1stLd-Writethru", 547, "--01-20")


def test_iptc_7901_header_keywords_and_trailer():
    text = (f"{SOH}eca062 4 i 211 ccccb\nGermany-politics/\n{STX}Coalition talks resume =\n"
            f"   Berlin (dpa) - Talks resumed on Monday.\ndpa wsz\n{ETX}131137 GMT Nov 13{EOT}")
    wire, lo, hi, parts = envelope(text)
    assert (wire.format, wire.selector, wire.sequence) == ("iptc7901", "eca", "062")
    assert (wire.priority, wire.category, wire.word_count) == ("4", "i", 211)
    assert (wire.slug, wire.date) == ("Germany-politics", "--11-13")
    story = parse(text)
    assert "131137" not in story.body and "GMT" not in story.body
    assert "Talks resumed on Monday." in story.body


def test_header_is_kept_out_of_headline_and_body():
    for text in stories(FEED):
        s = parse(text)
        assert s.wire is not None
        assert "reute" not in (s.headline or "") and "BC-" not in (s.headline or "")
        assert "reute" not in s.body and "BC-" not in s.body and "\x03" not in s.body
    first = parse(stories(FEED)[0])
    assert first.headline == "COCOA REVIEW"
    assert first.body == "Showers continued in the zone."


def test_no_header_no_wire():
    assert parse("LONDON, March 3 (Reuters) - Oil rose.").wire is None


def test_hostile_header_lines_are_linear():
    # a long line of spaces and dashes where the keyword line would be
    text = f"{SOH}f0001{US}reute\n" + "u f " + "- " * 50000 + "\n" + f"{STX}\nBody\n{ETX}"
    wire = envelope(text)[0]
    assert wire.slug is None and wire.sequence == "0001"


def test_feed_records_through_the_library_are_json():
    for n, text in enumerate(stories(FEED), 1):
        d = parse(text).to_dict()
        assert json.loads(json.dumps(d))["wire"]["word_count"] in (105, 82, 97)


def test_ap_filing_line_before_etx_is_trailer_not_body():
    text = (f"{SYN}{SYN}{SOH}a0593 4 n BC-Airline-Strike 11-13 0547\n{STX}\nAirline pilots strike\n"
            f"\tNEW YORK (AP) _ Pilots walked out on Monday.\nAP-WF-11-13-13 1509GMT\n{ETX}\n")
    s = parse(text)
    assert "AP-WF" not in s.body and s.body.endswith("Monday.")
    assert [text[p.span[0]:p.span[1]] for p in s.parts if p.kind == "wire"][-2:] == [
        "AP-WF-11-13-13 1509GMT", ETX]
