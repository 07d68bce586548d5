"""Bylines: "By NAME[, NAME] and NAME[, TITLE]" lines above the dateline.

Shapes handled (one real shape each):
    "By Ted Hesson and Raul Cortes"                   Reuters web
    "By  A ,  B  and  C"                              odd spacing
    "By Cal Mankowski, Reuters"                       1987 Reuters, agency after a comma
    "By Maggie Fox, Health and Science Editor"        a title after a comma
    "By Emily Chasan and Martinne Geller - Analysis"  a story-type tag
    "By PAUL BYRNE and ALMUDENA CALATRAVA"            AP capitals (never re-cased)
    "By ANITA SNOW Associated Press Writer"           name and title on one line
    "By . NAME . and NAME ."                          Daily Mail dots
    "**By A, B and C**"                               Markdown emphasis
    "By The Associated Press", "By . Associated Press ."  an agency, no person

Left alone: "By the end of 2004, ...", "By order of the Board", "By comparison, ...".
"""
from __future__ import annotations

import re

from ..lexicon import NAME_PARTICLES, NAME_SUFFIXES, TITLE_WORDS
from ..model import Byline
from .agency import canonical_agency

BY_RE = re.compile(r"^[\s*_]{0,4}(?:By|BY|by)(?:[\s.:]{1,6})(?=\S)")
TAG_RE = re.compile(r"\s+[-\u2013\u2014]\s+(?:Analysis|Analyse|Insight|Exclusive|Column|Commentary|Feature|Special Report)\s*$", re.I)
SPLIT_RE = re.compile(r"\s*(?:,|\band\b|\bAND\b|&|;|\s\.\s)\s*")
NAME_WORD_RE = re.compile(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*|[A-Z]\.|[OoDd]['’][A-Z][\w'’\-]*|(?:Mc|Mac)[A-Z]\w*)$")


def _is_title_word(w: str) -> bool:
    return w.lower().strip(".,()") in TITLE_WORDS


def _name_words(words: list[str]) -> bool:
    if not 2 <= len(words) <= 5:
        return False
    if words[0].lower() in ("the", "a", "an"):
        return False
    for w in words:
        lw = w.lower()
        if lw in NAME_PARTICLES or lw in NAME_SUFFIXES:
            continue
        if not NAME_WORD_RE.match(w) or any(c.isdigit() for c in w):
            return False
    return True


def split_name_title(piece: str) -> tuple[str | None, str | None]:
    """Split "ANITA SNOW Associated Press Writer" into name and title.

    >>> split_name_title("ANITA SNOW Associated Press Writer")
    ('ANITA SNOW', 'Associated Press Writer')
    >>> split_name_title("Health and Science Editor")
    (None, 'Health and Science Editor')
    """
    words = piece.split()
    for i, w in enumerate(words):
        if _is_title_word(w) or canonical_agency(" ".join(words[i:])) or (
                i and canonical_agency(w) and w.isupper() is False):
            name, title = words[:i], " ".join(words[i:])
            if not name:
                return None, title
            return (" ".join(name), title) if _name_words(name) else (None, None)
    return (" ".join(words), None) if _name_words(words) else (None, None)


def parse_byline(line: str) -> tuple[list[tuple[str, int, int]], str | None, str | None] | None:
    """Names with offsets in ``line``, the title and the agency; None if not a byline.

    >>> names, title, agency = parse_byline("By Cal Mankowski, Reuters")
    >>> [n for n, _, _ in names], title, agency
    (['Cal Mankowski'], 'Reuters', 'Reuters')
    """
    m = BY_RE.match(line)
    if not m:
        return None
    rest_start = m.end()
    rest = line[rest_start:].rstrip(" *_.")
    if len(rest) > 200 or not rest:
        return None
    tag = TAG_RE.search(rest)
    if tag:
        rest = rest[:tag.start()]
    whole_agency = canonical_agency(rest.strip(" ."))
    if whole_agency:
        return [], None, whole_agency  # "By The Associated Press"
    names: list[tuple[str, int, int]] = []
    titles: list[str] = []
    pos = 0
    for piece in SPLIT_RE.split(rest):
        piece_clean = piece.strip(" .*_")
        idx = rest.find(piece_clean, pos) if piece_clean else -1
        if idx >= 0:
            pos = idx + len(piece_clean)
        if not piece_clean:
            continue
        if piece_clean.lower() in NAME_SUFFIXES and names:
            n, s, e = names[-1]
            names[-1] = (n + ", " + piece_clean, s, rest_start + pos)
            continue
        name, title = split_name_title(piece_clean)
        if name is None and title is None:
            if titles or names and _title_like(piece_clean):
                titles.append(piece_clean)
                continue
            return None
        if name:
            start = rest_start + idx
            names.append((name, start, start + len(name)))
        if title:
            titles.append(title)
    title = ", ".join(titles) or None
    agency = None
    for t in titles:
        agency = agency or canonical_agency(t) or _agency_in(t)
    if not names and not agency:
        return None
    return names, title, agency


def _title_like(text: str) -> bool:
    return any(_is_title_word(w) for w in text.split())


def _agency_in(title: str) -> str | None:
    """The agency inside a title: "Associated Press Writer" -> AP, "AP Sports Writer" -> AP."""
    words = title.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            a = canonical_agency(" ".join(words[i:i + n]))
            if a and (n > 1 or words[i].isupper() or words[i] in ("Reuters", "Bloomberg")):
                return a
    return None


def title_line(line: str) -> tuple[str, str | None] | None:
    """A line that only holds a byline's title: "Associated Press", "AP Business Writer"."""
    s = line.strip(" *_.")
    words = s.split()
    if not words or len(s) > 60:  # "\x1f__": str.split() sees space where strip() does not
        return None
    if canonical_agency(s):
        return s, canonical_agency(s)
    if words[0].lower() == "for" and canonical_agency(" ".join(words[1:])):
        return s, canonical_agency(" ".join(words[1:]))
    if all(_is_title_word(w) or w.lower() in ("and", "of", "the", "for") or canonical_agency(w)
           for w in words) and any(_is_title_word(w) for w in words):
        return s, _agency_in(s)
    return None


def make_bylines(names, title, offset: int) -> list[Byline]:
    return [Byline(n, title, (offset + s, offset + e)) for n, s, e in names]
