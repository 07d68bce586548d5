"""The decoded story as lines with offsets: the state every rule reads.

The input string is never rewritten.  Lines are found by splitting on every line-break
character a wire or an export may use (CRLF, CR, LF, VT, FF, NEL, U+2028/9 and the ASCII
record separators), and each line remembers where it sits in the input, so a rule can
return exact character spans.
"""
from __future__ import annotations

from itertools import accumulate, repeat
from operator import add, itemgetter

# One line break: CRLF first so it counts once.  These are exactly the breaks of Python's
# own str.splitlines() (FS/GS/RS \x1c-\x1e included), which split_lines uses.
BREAKS = "\r\n", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"

# Characters that are whitespace for layout purposes (NBSP and friends included).
SPACE_CHARS = " \t\u00a0\u2007\u202f\u200b\ufeff\x00"


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


def trim_span(text: str, start: int, end: int, chars: str = SPACE_CHARS + "\n\r") -> tuple[int, int]:
    """Shrink [start, end) so it neither starts nor ends with white space."""
    while start < end and (text[start] in chars or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in chars or text[end - 1].isspace()):
        end -= 1
    return start, end
