"""text.py helpers: the white-space set and the sliced strip helpers against a plain loop."""
import sys

import pytest

from hypothesis import given
from hypothesis import strategies as st

from wirecli.text import WHITESPACE, back_space, skip_space, unlink


def test_whitespace_is_exactly_isspace():
    assert set(WHITESPACE) == {c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace()}


@pytest.mark.parametrize("text", ["", "   ", "ab", "  a b  ", "\x00 a\x01 \u3000", " " * 5000 + "x" + "\t" * 300,
                                  "\u2028x\x85", "a" + " " * 70000])
@pytest.mark.parametrize("extra", ["", "\x00\x01"])
def test_skip_and_back_space_match_a_char_loop(text, extra):
    def slow_skip(s, e):
        while s < e and (text[s].isspace() or text[s] in extra):
            s += 1
        return s

    def slow_back(s, e):
        while e > s and (text[e - 1].isspace() or text[e - 1] in extra):
            e -= 1
        return e

    n = len(text)
    for s, e in [(0, n), (1, n), (0, max(0, n - 1)), (n // 2, n)]:
        assert skip_space(text, s, e, extra) == slow_skip(s, e)
        assert back_space(text, s, e, extra) == slow_back(s, e)


@given(st.lists(st.sampled_from(["[", "]", "(", ")", "](", "Ana Ruiz", "https://x.org/a", " ", "\n", "*"]), max_size=30))
def test_unlink_keeps_offsets(pieces):
    text = "".join(pieces)
    view = unlink(text)
    assert len(view) == len(text)
    assert all(v == t or v == " " for v, t in zip(view, text))  # only link marks turn to spaces


def test_unlink_reads_links_as_their_text():
    text = "Reporting by [Ana Ruiz](https://x.org/a); Editing by Bo Lind"
    view = unlink(text)
    assert view.split() == ["Reporting", "by", "Ana", "Ruiz", ";", "Editing", "by", "Bo", "Lind"]
    assert view[text.index("Ana"):].startswith("Ana Ruiz")
    assert unlink("no links [here] (or here)") == "no links [here] (or here)"
