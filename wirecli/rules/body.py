"""The body: paragraphs between the dateline and the credit line or sign-off.

Shapes handled:
    blank-line paragraphs                            web copy
    "    Paragraph starts with an indent" / wrapped  1987 Reuters (65 columns) and AP (tabs)
    one long line per paragraph, no blank lines      flattened exports (ISOT, UPI)
Paragraphs are separated by one blank line; hard-wrapped lines are joined with a space.
"""
from __future__ import annotations

from ..text import Line

WRAP_WIDTH = 100  # a line longer than this is a paragraph of its own, not a wrapped line


def body_paragraphs(text: str, lines: list[Line], start: int, end: int) -> list[tuple[int, int, str]]:
    """Paragraphs of text[start:end] as (start, end, joined text)."""
    paras: list[tuple[int, int, str]] = []
    cur: list[str] = []
    cur_start = cur_end = -1
    prev: tuple[int, int] | None = None  # (indent, length) of the previous line

    def flush():
        nonlocal cur, cur_start, cur_end
        if cur:
            paras.append((cur_start, cur_end, " ".join(cur)))
        cur, cur_start, cur_end = [], -1, -1

    for line in lines:
        if line.end < start or line.start >= end:
            continue
        s, e = max(line.start, start), min(line.end, end)
        chunk = text[s:e]
        words = chunk.split()
        if not words:
            flush()
            prev = None
            continue
        indent = len(chunk) - len(chunk.lstrip()) if s == line.start else 0
        length = len(chunk.rstrip())
        new_para = prev is None or (indent >= 2 and indent > prev[0]) or prev[1] > WRAP_WIDTH
        if new_para:
            flush()
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if cur_start < 0:
            cur_start = s + lead
        cur_end = e - trail
        cur.append(" ".join(words))
        prev = (indent, length)
    flush()
    return paras
