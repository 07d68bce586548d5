"""Transmission headers: the ANPA-1312 envelope at the top of a wire story.

Shape handled (control characters shown as ^X):
    ^V^V^Af0704^_reute                       SYN SYN SOH, selector+sequence, US, originator
    u f BC-BAHIA-COCOA-REVIEW   02-26 0105   priority, category, slug, MM-DD, word count
    ^B                                        STX: the story follows
The header lines become a "wire" part; the story is read from the line after STX.
"""
from __future__ import annotations

import re

from ..model import Part, Wire
from ..text import Line

HEADER_SCAN = 8  # the STX comes within this many lines of the top
SELECTOR_RE = re.compile(r"\x01(?P<sel>[a-z])(?P<seq>\d{3,5})\x1f?(?P<orig>\w*)")
KEYWORD_RE = re.compile(
    r"^(?P<pri>[a-z])\s+(?P<cat>[a-z])\s+(?P<slug>\S+(?:\s\S+)*?)\s+(?P<date>\d\d-\d\d)\s+(?P<wc>\d{3,5})\s*$")


def find_header(text: str, lines: list[Line]) -> tuple[Wire | None, int, list[Part]]:
    """The header, the index of the first story line, and the header's parts."""
    stx = None
    for i, line in enumerate(lines[:HEADER_SCAN]):
        if "\x02" in line.text:
            stx = i
            break
    if stx is None:
        return None, 0, []
    sel = seq = orig = pri = cat = slug = date = None
    wc = None
    for line in lines[:stx]:
        m = SELECTOR_RE.search(line.text)
        if m:
            sel, seq, orig = m["sel"], m["seq"], m["orig"] or None
        k = KEYWORD_RE.match(line.text.strip("\x00\x16\x05 "))
        if k:
            pri, cat, slug, date, wc = k["pri"], k["cat"], k["slug"], k["date"], int(k["wc"])
    end = lines[stx].end
    rest = lines[stx].text.split("\x02", 1)[1]
    first = stx + 1 if not rest.strip() else stx
    wire = Wire("anpa", sel, seq, orig, pri, cat, slug, None, date, wc, (0, end))
    part_end = lines[stx].start + lines[stx].text.index("\x02") + 1
    return wire, first, [Part("wire", (lines[0].start, part_end), "wire.find_header")]
