"""The top of a story: headline, captions, bylines and notes above the first paragraph.

Shapes handled:
    "US, Mexico to clamp down on illegal immigration, leaders say"   a headline line
    "BAHIA COCOA REVIEW" / "    SALVADOR, Feb 26 - ..."               1987: caps over an indent
    "******U.S. NON-FARM PAYROLLS ROSE ..."                          1987 flash (BRIEF) headline
    "FILE PHOTO: Virtual meeting of ..." / "... REUTERS/Name"         photo captions
    "(Adds company comments)", "(Updates with EU investigation)"     editorial notes: other
    "# Markets wrap" / "**Headline**"                                Markdown marks stripped
A first paragraph that reads as a sentence (ends with a full stop, or runs long) is body,
not a headline: op-eds and blog posts start straight with their text.
"""
from __future__ import annotations

import re

CAPTION_RE = re.compile(
    r"""(?:^\W{0,3}(?:FILE\ PHOTO|PHOTO|Photo|IMAGE|Image|PICTURE|Picture|VIDEO|Video|GRAPHIC|Graphic)S?\b\s*[:\-]
        |REUTERS/|\bAP\ Photo\b|\|\s*(?:AP|Getty|Reuters|AFP)\b|Getty\ Images|/AFP\b|/Getty\b
        |\((?:AP|Reuters|AFP)\ Photo|\bPhoto:\s|Photograph:|\(pictured\))""", re.VERBOSE)
NOTE_RE = re.compile(r"^\W{0,2}\((?:Adds|Updates|Corrects|Recasts|Refiles|Repeats|Changes|Removes|Fixes|Rewrites|Inserts|Moves|Clarifies|Writes through|New throughout|Edits|Deletes|Replaces)\b.{0,400}\)\s*$", re.I)
FLASH_RE = re.compile(r"^\s*\*{2,}[\W_]{0,3}")
MARK_RE = re.compile(r"^\s*(?:#{1,6}\s+|\*\*)|\*\*\s*$")
RULE_RE = re.compile(r"^\s*(?:[-=_*~]\s*){3,}$")


def is_caption(line: str) -> bool:
    """Photo and graphic captions printed above the story.

    >>> is_caption("FILE PHOTO: Virtual meeting of the CELAC Presidents"), is_caption("Oil rises")
    (True, False)
    """
    return bool(CAPTION_RE.search(line))


def is_note(line: str) -> bool:
    """Editorial notes: "(Adds company comments)"."""
    return bool(NOTE_RE.match(line))


def is_rule(line: str) -> bool:
    """A separator line: "-----", "====", "* * *"."""
    return bool(RULE_RE.match(line))


def headline_like(block: str, followed: bool) -> bool:
    """Could this first paragraph be a headline (rather than the story's first sentence)?"""
    s = block.strip()
    if not s or not followed or len(s) > 300:
        return False
    if s.endswith(".") and not s.endswith("..."):
        # a headline ends without a full stop, unless it ends with an abbreviation
        return bool(re.search(r"\b(?:[A-Z]\.){1,3}$|\b(?:Inc|Corp|Co|Ltd|Jr|St)\.$", s))
    if len(s.split()) > 40:
        return False
    return True


def clean_headline(text: str) -> tuple[int, int]:
    """The span inside ``text`` that is the headline proper (marks and flash stripped)."""
    start, end = 0, len(text)
    m = FLASH_RE.match(text)
    if m:
        start = m.end()
    m = re.match(r"\s*(?:#{1,6}\s+|\*\*|__)", text[start:])
    if m:
        start += m.end()
    tail = re.search(r"(?:\*\*|__)\s*$", text[start:])
    if tail:
        end = start + tail.start()
    while start < end and (text[start].isspace() or text[start] < " "):
        start += 1  # control characters (an STX on the headline's line) are not headline
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
