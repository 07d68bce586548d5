"""The decoded story as lines with offsets: the state every rule reads.

The input string is never rewritten.  Lines are found by splitting on every line-break
character a wire or an export may use (CRLF, CR, LF, VT, FF, NEL, U+2028/9 and the ASCII
record separators), and each line remembers where it sits in the input, so a rule can
return exact character spans.
"""
from __future__ import annotations

from itertools import accumulate, repeat
from operator import add, itemgetter

from .lazyre import lazy

# One line break: CRLF first so it counts once.  These are exactly the breaks of Python's
# own str.splitlines() (FS/GS/RS \x1c-\x1e included), which split_lines uses.
BREAKS = "\r\n", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"

# Characters that are whitespace for layout purposes (NBSP and friends included).
SPACE_CHARS = " \t\u00a0\u2007\u202f\u200b\ufeff\x00"

# Exactly the characters for which str.isspace() is true (a test checks it), for str.strip.
WHITESPACE = ("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
              "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")


try:
    from _collections import _tuplegetter  # what namedtuple's fields use (CPython)
except ImportError:  # pragma: no cover
    def _tuplegetter(index, doc):
        return property(itemgetter(index), doc=doc)


class Line(tuple):
    """One line of the input, without its line break: Line(start, end, text), immutable.

    A tuple underneath (made by the thousand per story, it must be cheap to create).
    """

    __slots__ = ()
    start = _tuplegetter(0, "Offset of the line's first character in the input.")
    end = _tuplegetter(1, "Offset just after its last character (before the line break).")
    text = _tuplegetter(2, "The line's text, without its line break.")

    def __new__(cls, start: int, end: int, text: str):
        return tuple.__new__(cls, (start, end, text))

    def __repr__(self) -> str:
        return f"Line(start={self[0]!r}, end={self[1]!r}, text={self[2]!r})"

    @property
    def blank(self) -> bool:
        return not self.text.strip(SPACE_CHARS + "\x01\x02\x03\x04\x16\x1f\x7f\x05")

    @property
    def indent(self) -> int:
        """Leading spaces (a tab counts as 4)."""
        n = 0
        for ch in self.text:
            if ch == "\t":
                n += 4
            elif ch in SPACE_CHARS:
                n += 1
            else:
                break
        return n

    def stripped_span(self) -> tuple[int, int]:
        """The line's span without leading and trailing white space."""
        t = self.text
        lead = len(t) - len(t.lstrip(SPACE_CHARS))
        trail = len(t) - len(t.rstrip(SPACE_CHARS))
        return self.start + lead, max(self.start + lead, self.end - trail)


def split_lines(text: str) -> list[Line]:
    """Split ``text`` into Lines with their offsets.

    >>> [l.text for l in split_lines("a\\r\\nb\\rc")]
    ['a', 'b', 'c']
    """
    texts = text.splitlines()
    if not texts:
        return [Line(0, 0, "")]
    starts = [0]
    starts += accumulate(map(len, text.splitlines(True)))
    starts.pop()
    ends = map(add, starts, map(len, texts))
    return list(map(tuple.__new__, repeat(Line), zip(starts, ends, texts)))


def squash(text: str) -> str:
    """Collapse runs of white space into one space and strip the ends."""
    return " ".join(text.split())


def squashed_longer(text: str, n: int, strip: str = "", dashes: str = "") -> bool:
    """True when ``squash(text)``, stripped of ``strip`` (and one leading dash), is surely
    longer than ``n``: decided from a prefix, so a rule can refuse a 10 MB paragraph without
    flattening all of it.  False means "not sure": flatten and measure.

    >>> squashed_longer("word " * 100_000, 1500), squashed_longer("a  b", 2)
    (True, True)
    >>> squashed_longer("**" + " " * 10_000 + "x", 1, strip="*_ ")
    False
    """
    if len(text) <= n:
        return False
    head = " ".join(text[:4 * n + 8].split()).lstrip(strip)  # a prefix of squash(text)
    if dashes and head[:1] in dashes:
        head = head[1:].lstrip(strip)
    return len(head.rstrip(strip)) > n


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with white space (str.isspace)."""
    return trim_span(text, start, end, "")


def trim_span(text: str, start: int, end: int, chars: str = SPACE_CHARS + "\n\r") -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with white space (or ``chars``)."""
    start = skip_space(text, start, end, chars)
    return start, back_space(text, start, end, chars)


# Strip in slices that double from 64 characters up to 64K: a short run costs one small
# slice, a 1 MB run of spaces a few dozen, and never one copy of the whole text.
_STEP, _MAX_STEP = 64, 65536


def skip_space(text: str, start: int, end: int, extra: str = "") -> int:
    """The first offset in [start, end) that is neither white space nor in ``extra`` (else end).

    The same as a loop over ``text[start].isspace()``, at the speed of str.lstrip.
    """
    chars, step = WHITESPACE + extra, _STEP
    while start < end:
        hi = min(end, start + step)
        kept = len(text[start:hi].lstrip(chars))
        if kept:
            return hi - kept
        start, step = hi, min(2 * step, _MAX_STEP)
    return start


def back_space(text: str, start: int, end: int, extra: str = "") -> int:
    """The offset just after the last character of [start, end) that is neither white space
    nor in ``extra`` (else start): how far ``end`` moves back when the span is right-stripped."""
    chars, step = WHITESPACE + extra, _STEP
    while end > start:
        lo = max(start, end - step)
        kept = len(text[lo:end].rstrip(chars))
        if kept:
            return lo + kept
        end, step = lo, min(2 * step, _MAX_STEP)
    return end


# A Markdown link, "[Ana Ruiz](https://example.com/authors/ana-ruiz/)"; neither part holds a
# bracket, so a run of "[a](" scans each character a bounded number of times.
MD_LINK_RE = lazy(r"\[([^\[\]\n]{1,100})\]\([^()\[\]\s]{1,500}\)")


def unlink(text: str) -> str:
    """``text`` with each Markdown link read as its text, at the same offsets: the "[" and the
    "](url)" become spaces, so spans found in the result point into ``text`` too.

    >>> unlink("By [Ana Ruiz](https://x.org/a)!")
    'By  Ana Ruiz                  !'
    """
    return MD_LINK_RE.sub(_link_text, text) if "](" in text else text


def _link_text(m) -> str:
    return " " + m[1] + " " * (len(m[0]) - len(m[1]) - 1)
