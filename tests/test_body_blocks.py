"""body_paragraphs reads blocks with regexes and falls back to a line-by-line reading only
for blocks with indents or long lines: both must give exactly the line-by-line answer."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from wirecli.rules.body import _block_paragraphs, body_paragraphs
from wirecli.text import split_lines

# Pieces that exercise every branch: indents (spaces, tabs, NBSP), CRLF and the other line
# breaks, blank lines, long lines (> WRAP_WIDTH) and words.
PIECES = st.sampled_from(["word", "x", " ", "  ", "\t", "\u00a0", "\x1f", "\n", "\r\n", "\r", "\u2028",
                          "\n\n", "\n    ", "\n\t", "\n ", "y" * 60, "z " * 30, "."])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=40), st.integers(0, 400), st.integers(0, 400))
@example(["    ", "y" * 60, "y" * 40, "\n", "word"], 0, 400)      # first line long only with its indent
@example(["a", "\n", "  ", "b", "\n", "c"], 0, 400)               # an indented line starts a paragraph
@example(["a", "\r\n", " ", "b"], 0, 400)                          # one space is no indent
def test_blocks_match_line_by_line(pieces, a, b):
    text = "".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    lines = split_lines(text)
    assert body_paragraphs(text, lines, start, end) == _block_paragraphs(text, lines, start, end)
