"""Splitting one file into stories: wire feeds, form feeds and a user pattern.

A day's wire feed arrives as one file with many stories, each wrapped in the transmission
control characters of ANPA-1312 or IPTC 7901 (control characters shown as ^X):

    ^E^E^EC T                                  preamble (ENQ, routing codes)
    ^V^V^Af0704^_reute                         SYN SYN SOH: the header starts
    u f BC-BAHIA-COCOA-REVIEW   02-26 0105
    ^B                                         STX: the text starts
    BAHIA COCOA REVIEW ...
    ^C                                         ETX: the text ends
    ^AKNA123 4 p 211 ... ^B ... ^C 131137 GMT Nov 13 ^D   IPTC: trailer, then EOT

Where a story ends:
- after ETX; when an EOT follows before any other control character (IPTC 7901's
  "ETX date-time EOT"), after that EOT, so the trailer stays with its story;
- after EOT or a form feed (FF);
- before an SOH that starts a new header while the current story already has its text
  (a missing ETX), cut at the start of the SOH's line so SYN SYN stays with the header;
- at every match of ``--split REGEX``: the matched text is a separator and belongs to no
  story (``^=====$``, ``^ZCZC.*$``); to keep a marker in the next story, match it with a
  lookahead (``^(?=ZCZC)``).

Stories are returned as spans into the file's text, so nothing is rewritten.  Stretches that
hold nothing but white space and control characters (the newline after ETX, a trailing FF)
are not stories.  A file with no story at all gives one span over the whole text, so an
empty file still gets a record.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .lazyre import lazy

SOH, STX, ETX, EOT, FF = "\x01", "\x02", "\x03", "\x04", "\x0c"
CONTROL_RE = lazy(r"[\x01-\x04\x0c]")
# What is left when a stretch holds no story: white space and C0 controls.
EMPTY_RE = lazy(r"[\s\x00-\x1f\x7f]*")

Span = tuple[int, int]


def split_stories(text: str, split: re.Pattern[str] | None = None) -> list[Span]:
    """Spans (start, end) of the stories in ``text``, in order; at least one.

    >>> t = "\\x01h1\\x02One\\x03\\n\\x01h2\\x02Two\\x03\\n"
    >>> [t[s:e] for s, e in split_stories(t)]
    ['\\x01h1\\x02One\\x03', '\\n\\x01h2\\x02Two\\x03']
    >>> [t[s:e] for t in ["a\\fb"] for s, e in split_stories(t)]
    ['a\\x0c', 'b']
    >>> split_stories("plain story")
    [(0, 11)]
    """
    spans = list(_control_spans(text)) if CONTROL_RE.search(text) else [(0, len(text))]
    if split is not None:
        spans = [piece for s, e in spans for piece in _pattern_spans(text, s, e, split)]
    stories = [(s, e) for s, e in spans if not _empty(text, s, e)]
    return stories or [(0, len(text))]


def iter_story_texts(text: str, split: re.Pattern[str] | None = None) -> Iterator[str]:
    """The stories' texts, in order."""
    for s, e in split_stories(text, split):
        yield text[s:e]


def compile_split(pattern: str) -> re.Pattern[str]:
    """A --split pattern, with ^ and $ matching at line breaks.  Raises re.error."""
    return re.compile(pattern, re.MULTILINE)


def _empty(text: str, s: int, e: int) -> bool:
    m = EMPTY_RE.match(text, s, e)
    return m is not None and m.end() == e


def _control_spans(text: str) -> Iterator[Span]:
    start = 0
    stx = -1  # where the current story's text began (its STX), or -1 before one
    pos = 0
    n = len(text)
    while True:
        m = CONTROL_RE.search(text, pos)
        if m is None:
            break
        ch, at = m.group(), m.start()
        pos = at + 1
        if ch == STX:
            stx = at if stx < 0 else stx
        elif ch == SOH:
            if stx >= 0:  # a new header while a text is open: the ETX went missing
                cut = text.rfind("\n", stx, at) + 1 or at
                yield start, cut
                start, stx = cut, -1
        elif ch == ETX:
            nxt = CONTROL_RE.search(text, pos)
            if nxt is not None and nxt.group() == EOT:
                pos = nxt.end()
            yield start, pos
            start, stx = pos, -1
        else:  # EOT, FF
            yield start, pos
            start, stx = pos, -1
    if start < n:
        yield start, n


def _pattern_spans(text: str, s: int, e: int, split: re.Pattern[str]) -> Iterator[Span]:
    start = s
    for m in split.finditer(text, s, e):
        if m.start() > start:
            yield start, m.start()
        start = max(start, m.end())
    if start < e:
        yield start, e
