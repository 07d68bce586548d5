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
from ..text import Line, back_space

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
    rows: list[tuple[int, int, int, int, int] | None] = []  # (start, text start, indent, length,
    # length of the whole line as printed, dateline included); None: a blank line
    i = bisect_left(lines, start, key=_END)  # lines before it end before start
    n = len(lines)
    while i < n:
        ls, le, chunk = lines[i]
        i += 1
        if ls >= end:
            break
        printed = len(chunk.rstrip())
        s, e = ls, le
        if s < start or e > end:
            s, e = max(s, start), min(e, end)
            chunk = text[s:e]
        rest = chunk.lstrip()
        if not rest:
            rows.append(None)
            continue
        lead = len(chunk) - len(rest)
        indent = lead + 3 * chunk.count("\t", 0, lead) if s == ls else 0  # a tab counts as 4
        rows.append((s, s + lead, indent, len(chunk.rstrip()), printed))
    floors = _block_floors(rows)

    paras: list[tuple[int, int, str]] = []
    cur_start = cur_end = -1  # the paragraph read so far: its words are text[cur_start:cur_end]
    prev: tuple[int, int] | None = None  # (indent, length) of the previous line
    for row, (floor, unwrapped) in zip(rows, floors):
        if row is None:  # a blank line ends the paragraph
            if cur_start >= 0:
                paras.append((cur_start, cur_end, " ".join(text[cur_start:cur_end].split())))
                cur_start = -1
            prev = None
            continue
        s, at, indent, length, _ = row
        if cur_start >= 0 and ((indent >= 2 and (indent > prev[0] or indent > floor or unwrapped))
                               or prev[1] > WRAP_WIDTH):
            paras.append((cur_start, cur_end, " ".join(text[cur_start:cur_end].split())))
            cur_start = -1
        if cur_start < 0:
            cur_start = at
        cur_end = s + length
        prev = (indent, length)
    if cur_start >= 0:
        paras.append((cur_start, cur_end, " ".join(text[cur_start:cur_end].split())))
    return paras


def _block_floors(rows: list) -> list[tuple[int, bool]]:
    """For each row, (the least indent of its block's lines after the first, whether the
    block has a line longer than WRAP_WIDTH); a block is a run of rows between blank ones."""
    out: list[tuple[int, bool]] = []
    k, n = 0, len(rows)
    while k < n:
        if rows[k] is None:
            out.append((0, False))
            k += 1
            continue
        j = k
        while j < n and rows[j] is not None:
            j += 1
        block = rows[k:j]
        floor = min((r[2] for r in block[1:]), default=0)
        unwrapped = any(r[4] > WRAP_WIDTH for r in block)
        out += [(floor, unwrapped)] * (j - k)
        k = j
    return out


_END = itemgetter(1)
