"""Body paragraphs: blank lines, indents (spaces or a tab) and long lines start a paragraph."""
import pytest

from wirecli.rules.body import body_paragraphs
from wirecli.text import split_lines

# (text, expected paragraphs, why)
ROWS = [
    ("One line\nwraps here.\n\nTwo.\n", ["One line wraps here.", "Two."], "a blank line"),
    ("    One line\nwraps here.\n    Two starts\nand wraps.\n", ["One line wraps here.", "Two starts and wraps."],
     "an indent of spaces (1987 Reuters)"),
    ("One line\nwraps here.\n\tTwo starts with a tab\nand wraps.\n\tThree.\n",
     ["One line wraps here.", "Two starts with a tab and wraps.", "Three."], "a tab indent (AP)"),
    ("\tOne line\n\twraps with the same tab.\n", ["One line wraps with the same tab."],
     "the same indent again is a wrapped line"),
    (" One line\nwraps after one space.\n", ["One line wraps after one space."], "one space is no indent"),
    ("    One short paragraph.\n    Two starts here\nand wraps.\n", ["One short paragraph.", "Two starts here and wraps."],
     "an indent under a one-line paragraph, when the block wraps flush left (1987 Reuters)"),
    ("    Shr 64 cts vs 14 cts\n    Div 16 cts\nPretax profit 180 mln\n", ["Shr 64 cts vs 14 cts", "Div 16 cts Pretax profit 180 mln"],
     "1987 table rows, each indented"),
    ("\t" + "word " * 22 + "\n\tA short quote, she said.\n\tThe next one.\n",
     [("word " * 22).strip(), "A short quote, she said.", "The next one."],
     "a block with an unwrapped long line: each indented line is a paragraph (AP)"),
]


@pytest.mark.parametrize("text,expected,why", ROWS, ids=[r[2] for r in ROWS])
def test_body_paragraphs(text, expected, why):
    paras = body_paragraphs(text, split_lines(text), 0, len(text))
    assert [p[2] for p in paras] == expected, why
    for s, e, _ in paras:  # spans point at the printed text
        assert text[s:e].split() == _.split()


def test_web_furniture_inside_the_body_is_no_text():
    """Web pages copied whole put furniture between paragraphs: an ad slot, a newsletter promo,
    a list of links under its heading. It is "other", not body; the text around it stays."""
    from wirecli import parse

    s = parse("Copper climbs\n\nLONDON, May 3 (Reuters) - Copper rose.\n\nGet a look at the day ahead with our newsletter. "
              "Sign up here.\n\nTraders cheered.\n\nAdvertisement\n\nStocks fell.\n\nMost Read from Bloomberg\n"
              "Why Home Prices Keep Rising\nBillionaire Sells Stake in Team\n\nThe yen held.\n")
    assert s.body.split("\n\n") == ["Copper rose.", "Traders cheered.", "Stocks fell.", "The yen held."]
    assert sum(p.rule == "body.web_junk" for p in s.parts) == 3
    # sentences that only look like it stay
    s = parse("Drive opens\n\nOSLO - The drive opened.\n\nHundreds signed up here.\n\nRelated stories\nThe drive began in May.\n\nIt ends soon.\n")
    assert "Hundreds signed up here." in s.body and "The drive began in May." in s.body
    # a story's paragraph that ends so is text: the promo is junk only alone, or after one sentence on the newsletter
    s = parse("Flood recedes\n\nOSLO - The water fell.\n\nShe said the town would rebuild. Residents can help through "
              "the city's website. Sign up here.\n\nThe council meets on Friday.\n")
    assert "website. Sign up here." in s.body
    s = parse("Flood recedes\n\nOSLO - The water fell.\n\nSign up here.\n\nThe Morning Briefing newsletter brings the "
              "day's news to your inbox. Sign up here.\n\nThe council meets on Friday.\n")
    assert "Sign up" not in s.body and s.body.endswith("The water fell.\n\nThe council meets on Friday.")
