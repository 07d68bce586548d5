"""The body: paragraphs between the dateline and the credit line or sign-off.

Shapes handled:
    blank-line paragraphs                            web copy
    "    Paragraph starts with an indent" / wrapped  1987 Reuters (65 columns)
    "\tParagraph starts with a tab" / wrapped        AP (a tab counts as 4 spaces)
    one long line per paragraph, no blank lines      flattened exports (ISOT, UPI)
Paragraphs are separated by one blank line; hard-wrapped lines are joined with a space.
"""
from __future__ import annotations

from bisect import bisect_left
from operator import itemgetter

from ..lazyre import lazy
from ..lexicon import LINK_HEADINGS
from ..text import Line, back_space
from .signoff import is_link_heading

WRAP_WIDTH = 100  # a line longer than this is a paragraph of its own, not a wrapped line


def body_paragraphs(text: str, lines: list[Line], start: int, end: int) -> list[tuple[int, int, str]]:
    """Paragraphs of text[start:end] as (start, end, joined text).

    Blank lines always end a paragraph, so the text is read as blocks of non-blank lines
    (one regex pass); a block of one line is one paragraph, and only a block of several
    lines is read line by line for indents and long lines.
    """
    paras: list[tuple[int, int, str]] = []
    for m in _BLOCK_RE.finditer(text, start, end):
        s = m.start()  # the block's first non-blank character
        if m[1] is None or (not _INDENTED_RE.search(text, s, m.end()) and _short_lines(text, start, s, m[0])):
            # one line, or no line indented under another and none long: one paragraph
            chunk = m[0].rstrip()
            paras.append((s, s + len(chunk), " ".join(chunk.split())))
        else:
            first = lines[bisect_left(lines, s, key=_END)]  # the line it sits on
            paras += _block_paragraphs(text, lines, max(first[0], start), m.end())
    return paras


# A web page's furniture printed as a paragraph of its own inside the story: an ad slot, a
# newsletter promo, a share button, a gallery's counter.
WEB_JUNK_RE = lazy(r"(?:Advertisement|ADVERTISEMENT|Story continues below(?: this)?(?: advertisement)?|Link Copied!"
                   r"|(?:[^\n.!?]{0,160}\b(?:[Nn]ewsletters?|[Bb]riefing|[Ii]nbox)\b[^\n.!?]{0,80}[.!][ \t]{1,3})?Sign up here\.?"
                   r"|Item \d{1,2} of \d{1,2})")
# (the promo alone: "Sign up here.", or one sentence about the newsletter before it; a story's
# paragraph ending "... can volunteer through the council website. Sign up here." is text)
WEB_JUNK_MAX = 1500  # a paragraph longer than this is text
WEB_JUNK_MIN = min(11, *map(len, LINK_HEADINGS))  # the shortest: "Item 1 of 5" (11), a link heading ("related")


def web_junk(text: str, start: int, end: int) -> bool:
    """A paragraph of the body that is a web page's furniture, not the story's text: an ad slot
    ("Advertisement"), a newsletter promo ("Get a look at the day ahead ... Sign up here."), or a
    list of links under its heading ("Most Read from Bloomberg" / three linked titles, one a line).

    >>> web_junk("Advertisement", 0, 13), web_junk("He signed up here.", 0, 18)
    (True, False)
    """
    if not WEB_JUNK_MIN <= end - start <= WEB_JUNK_MAX:
        return False  # (a line break every few characters makes a paragraph of each: ~250,000 a MB)
    rows = [r.strip() for r in text[start:end].splitlines() if r.strip()]
    if not rows:
        return False
    if len(rows) == 1 and WEB_JUNK_RE.fullmatch(rows[0]):
        return True
    return len(rows) <= 11 and is_link_heading(rows[0]) and all(len(r) <= 120 and r[-1] not in ".,;:" for r in rows[1:])


def _short_lines(text: str, start: int, s: int, block: str) -> bool:
    """No line of the block is longer than WRAP_WIDTH (the first counted with its indent,
    or with a little more: the white space back to the text before it)."""
    lengths = list(map(len, block.splitlines()))
    lengths[0] += s - back_space(text, start, s)
    return max(lengths) <= WRAP_WIDTH


# A block of non-blank lines from its first non-blank character (line breaks are those of
# str.splitlines; a line is blank when it holds only white space); group 1 is set when the
# block has more than one line.  It opens on \S, so a run of white space is scanned once.
_BREAK = r"\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029"
# A line (not the block's first) that opens with an indent of 2 or more (a tab counts as 4).
_INDENTED_RE = lazy(rf"(?:\r\n?|[{_BREAK}])(?:\t|[^\S{_BREAK}]{{2}})")
_BLOCK_RE = lazy(rf"\S[^{_BREAK}]*+((?:\r\n|[{_BREAK}])[^\S{_BREAK}]*+\S[^{_BREAK}]*+)*")


def _block_paragraphs(text: str, lines: list[Line], start: int, end: int) -> list[tuple[int, int, str]]:
    """Paragraphs of text[start:end], read line by line (a tab counts as 4 spaces).

    A line indented by 2 or more starts a paragraph when it is indented deeper than the line
    above, or deeper than the shallowest of its block's other lines: 1987 copy indents each
    paragraph and wraps flush left, so "    The dry period ... this year." over "    Arrivals
    for the week ..." is two paragraphs; a block indented alike throughout ("\tOne line" /
    "\twraps with the same tab") is wrapped text.  A line longer than WRAP_WIDTH is a paragraph
    of its own, and after one, each indented line starts one (AP's unwrapped paragraphs).
    """
    paras: list[tuple[int, int, str]] = []
    cur_start = cur_end = -1  # the paragraph read so far: its words are text[cur_start:cur_end]
    prev: tuple[int, int] | None = None  # (indent, length) of the previous line
    first = -1  # the index of the current block's first line
    block: tuple[int, bool] | None = None  # its (floor, unwrapped), read only when needed

    i = bisect_left(lines, start, key=_END)  # lines before it end before start
    n = len(lines)
    while i < n:
        ls, le, chunk = lines[i]
        i += 1
        if ls >= end:
            break
        s, e = ls, le
        if s < start or e > end:
            s, e = max(s, start), min(e, end)
            chunk = text[s:e]
        rest = chunk.lstrip()
        if not rest:  # a blank line ends the paragraph
            if cur_start >= 0:
                paras.append((cur_start, cur_end, " ".join(text[cur_start:cur_end].split())))
                cur_start = -1
            prev = None
            first = -1
            continue
        if first < 0:
            first, block = i - 1, None
        lead = len(chunk) - len(rest)
        indent = lead + 3 * chunk.count("\t", 0, lead) if s == ls else 0  # a tab counts as 4
        length = len(chunk.rstrip())
        if cur_start >= 0 and (prev[1] > WRAP_WIDTH or (indent >= 2 and indent > prev[0])):
            cut = True
        elif cur_start >= 0 and indent >= 2:  # indented as deep as the line above: the block decides
            if block is None:
                block = _block_shape(lines, first, end)
            cut = indent > block[0] or block[1]
        else:
            cut = False
        if cut:
            paras.append((cur_start, cur_end, " ".join(text[cur_start:cur_end].split())))
            cur_start = -1
        if cur_start < 0:
            cur_start = s + lead
        cur_end = s + length
        prev = (indent, length)
    if cur_start >= 0:
        paras.append((cur_start, cur_end, " ".join(text[cur_start:cur_end].split())))
    return paras


def _block_shape(lines: list[Line], first: int, end: int) -> tuple[int, bool]:
    """(the least indent of the block's lines after its first, whether a line of it is longer
    than WRAP_WIDTH as printed); the block runs from line ``first`` to a blank line."""
    floor, unwrapped = 1 << 30, len(lines[first][2].rstrip()) > WRAP_WIDTH
    for k in range(first + 1, len(lines)):
        ls, le, chunk = lines[k]
        if ls >= end:
            break
        printed = len(chunk.rstrip())
        if le > end:
            chunk = chunk[:end - ls]
        rest = chunk.lstrip()
        if not rest:
            break
        lead = len(chunk) - len(rest)
        floor = min(floor, lead + 3 * chunk.count("\t", 0, lead))
        unwrapped = unwrapped or printed > WRAP_WIDTH
    return (0 if floor == 1 << 30 else floor), unwrapped


_END = itemgetter(1)
