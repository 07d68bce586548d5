"""The top of a story: headline, captions, bylines and notes above the first paragraph.

Shapes handled:
    "US, Mexico to clamp down on illegal immigration, leaders say"   a headline line
    "DELTA COCOA REVIEW" / "    ILHEUS, Feb 26 - ..."                1987: caps over an indent
    "******U.S. NON-FARM PAYROLLS ROSE ..."                          1987 flash (BRIEF) headline
    "FILE PHOTO: Virtual meeting of ..." / "... REUTERS/Name"         photo captions
    "(Adds analyst comment)", "(Updates with court ruling)"          editorial notes: other
    "(This story has been refiled to ...)", "(This May 6 story corrects ...)"  notes above the headline
    "# Markets wrap" / "**Headline**"                                Markdown marks stripped
    "APW19990101.0001 NEWS STORY ...", "BC-Harbor, 2nd Ld-Writethru" transmission ids, slugs: other
    "^Dockworkers walk out at two ports<"                            ANPA format codes stripped
    "UR Eds: ... QL UR By NAME QC UR Associated Press Writer QC"     LDC code words split the line
    "July 9, 2012 10:41 AM", "updated 9:12 a.m. ET March 3, 2012"    page time stamps: other
    "usa Ferry Service Resumes ...", "EXTRA", "1ST LEAD"             section and priority words
A first paragraph that reads as a sentence (ends with a full stop, or runs long) is body,
not a headline: op-eds and blog posts start straight with their text.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon import MAJOR_AGENCIES, MONTHS, MONTH_ABBREVIATIONS, NOTE_VERBS, SECTION_WORDS, STAMP_LABELS, STAMP_WORDS, WEEKDAYS
from ..lexicon import AGENCIES, KNOWN_CITIES, NEWS_OUTLET_WORDS, PHOTO_DESK_WORDS, REGIONS
from ..text import back_space, skip_space

# The BBC web page's label over a caption or its credit: "Image caption", "Media source".
CAPTION_LABEL = r"(?:Image|Media|Photo|Video)\ (?:caption|copyright|source)"
# (each shape holds a word of CAPTION_HINT_RE, below: a new shape adds its word there too)
CAPTION_RE = lazy(
    r"""(?:^\W{0,3}(?:FILE\ PHOTO|PHOTO|Photo|IMAGE|Image|PICTURE|Picture|VIDEO|Video|GRAPHIC|Graphic)S?\b\s*[:\-]
        |^\W{0,3}""" + CAPTION_LABEL + r"""\b   # BBC web: "Image caption ..."
        |REUTERS/|\bAP\ Photo\b|\|\s*(?:AP|Getty|Reuters|AFP)\b|Getty\ Images|/AFP\b|/Getty\b
        |\((?:AP|Reuters|AFP|Xinhua|EPA)\ (?:Photo|photo|PHOTO)|Photograph:|\(pictured\)
        # a credit label after the caption's sentence or a bar: "... a hero: Ana Example. Picture: Reuters"
        # (not inside a title: "The Big Picture: Fed signals ...")
        |(?:^|(?<=[.!?"”’)]\ )|(?<=\|\ ))(?:Photo|PHOTO|Picture|PICTURE|Pic):\s
        |/(?:Associated\ Press|AP|Reuters|Bloomberg|EPA|dpa|Getty\ Images)\)\s*$
        |\([A-Z][^()\n]{0,60}\ via\ (?:AP|Reuters|AFP|Getty\ Images)\)\s*$   # "(Kyodo News via AP)"
        # a photographer and an outlet closing the line: "(Kenji SAMPLE / AFP)", "(Ana Ruiz/The
        # Washington Post)", "[Bo Lind/Reuters]"; two to four capitalised words before the slash,
        # the first in lower case after its capital (not a 1987 table's "(TIMES EDT/GMT)")
        |[(\[][A-Z][\w'’.-]{0,3}[a-z][\w'’.-]{0,18}(?:\ [A-Z][\w'’.-]{0,20}){1,3}\ ?/\ ?(?P<outlet>(?:The\ )?[A-Z][\w'’.&-]{1,20}
         (?:\ [A-Z][\w'’.&-]{1,20}){0,3})(?:\ ?/\ ?[A-Z][\w'’.&-]{1,20}){0,2}(?:,\ File)?[)\]]\s*$
        |\S\ ©\ ?[A-Z][^\n©]{0,60}?[,/]\ ?(?:AFP|AP|Reuters|EPA|dpa|Getty\ Images)\s*$   # France 24: "... 2024. © Ana Ruiz, AFP"
        |\((?:ABC|AAP|AP|AFP|Reuters|Supplied|Getty\ Images)(?:\ [A-Z][\w'’-]{1,20}){0,3}:\ [A-Z][^()\n]{1,40}\)\s*$  # ABC (Australia): "(ABC Wide Bay: Ana Ruiz)"
        |\((?:Image|IMAGE):\ [^()\n]{2,60}\)\s*$   # Reach's papers: "... his car gone (Image: Daily Example)"
        |\ Photo\ courtesy\ of\ |\bFile\ Photo\ by\ [A-Z][^\n]{0,60}/UPI\b|/UPI\ \|\ License\ Photo)""", re.VERBOSE)  # UPI web
# Every shape of CAPTION_RE holds one of these: a line with none is no caption, found without
# trying the whole alternation at every character (~3 us a line).
CAPTION_HINT_RE = lazy(r"PHOTO|Photo|photo|IMAGE|Image|PIC|Pic|VIDEO|Video|GRAPHIC|Graphic|Media|/|\||Getty|pictured|via |©|: ")
# The verb an editor's note opens with, as a pattern: "Adds", "Writes[ ]through" (any flags).
NOTE_VERB = "(?:" + "|".join(v.replace(" ", "[ ]") for v in NOTE_VERBS) + ")"
NOTE_RE = lazy(r"^\W{0,2}\(" rf"(?:{NOTE_VERB}"
               # "(This story has been refiled ...)", "(This May 6 story corrects ...)", "(This version of the story ...)"
               r"|This\s(?:[a-z]{3,9}\.?\s\d{1,2}\s)?(?:story|article|version)|Story\s(?:corrects|refiles|refiled|updates|adds|has|was))"
               r"\b(?:[^()\n]|\([^()\n]{0,80}\)){0,400}\)\s*$", re.I)  # one note, not a note + story + credit
# An agency's dateline mark and its dash: "(Reuters) -", "(AP) --", "(CNN)—"; never inside a caption.
LEAD_MARK_RE = lazy(r"\((?:" + "|".join(map(re.escape, (*MAJOR_AGENCIES, "REUTERS"))) + r")\)[ \t]{0,2}(?:-{1,2}|—|–)")
FLASH_RE = lazy(r"^\s*\*{2,}[\W_]{0,3}")
MARK_RE = lazy(r"^\s*(?:#{1,6}\s+|\*\*)|\*\*\s*$")
# Only rule marks and white space (one character class: a repeated group would keep a
# backtracking mark per character, slow and memory-hungry on a 10 MB line of dashes).
RULE_RE = lazy(r"[\s\-=_*~]*")


def is_caption(line: str) -> bool:
    """Photo and graphic captions printed above the story.

    >>> is_caption("FILE PHOTO: Virtual meeting of the CELAC Presidents"), is_caption("Oil rises")
    (True, False)
    """
    # a whole flattened story is no caption, nor a short first paragraph with a caption glued
    # inside it ("LONDON (Reuters) - Prices rose. A worker ... REUTERS/Jo Roe Volumes were thin.")
    if len(line) > 400 or CAPTION_HINT_RE.search(line) is None or LEAD_MARK_RE.search(line):
        return False
    m = CAPTION_RE.search(line)
    if m is not None and m["outlet"] and not _photo_outlet(m["outlet"]):
        # "(New York/Washington)" closing a headline: places, not a photographer and an outlet
        m = CAPTION_RE.search(line, 0, m.start())
    return m is not None


def _photo_outlet(name: str) -> bool:
    """The outlet after a photographer's name: "AFP", "Reuters", "The Harbor Post", "Getty Images"
    (an agency, a short name in capitals, or a name with a newspaper's or a picture desk's word)."""
    words = name.lower().split()
    return (name.lower() in AGENCIES or (name.isupper() and len(name) <= 6)
            or any(w in NEWS_OUTLET_WORDS or w in PHOTO_DESK_WORDS for w in words))


def is_note(line: str) -> bool:
    """Editorial notes: "(Adds company comments)"."""
    return bool(NOTE_RE.match(line))


def is_rule(line: str) -> bool:
    """A separator line: "-----", "====", "* * *"."""
    return RULE_RE.fullmatch(line) is not None and sum(map(line.count, "-=_*~")) >= 3


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
    base = max(start, len(text) - 40)  # only the line's end can close the emphasis (linear time)
    tail = re.search(r"(?:\*\*|__)\s*$", text[base:])
    if tail:
        end = base + tail.start()
    start = skip_space(text, start, end, _CONTROLS)  # an STX on the headline's line is not headline
    return start, back_space(text, start, end)


_CONTROLS = "".join(map(chr, range(32)))


# Transmission ids, slugs, editors' notes and page furniture printed above a headline.
JUNK_RE = lazy(
    r"""^(?:[A-Z]{3}\d{8}\.\d{4}\b                       # APW19990101.0001 NEWS STORY (LDC ids)
        |(?:BC|AM|PM)-[A-Za-z0-9][^ ]{0,60}(?:\s|,|$)     # BC-World Court-Lockerbie, 5th Ld
        |\*?\d{0,6}<?\s?\^?AP-[\w-]{2,60},\d{1,4}<?\s*$    # "*9006< ^AP-Top-Entertainment-Headlines,0176"
        |[a-z]\ [a-z]\S{0,3}\ .{0,80}?\b\d\d-\d\d\ +\d{3,5}\s*$  # ANPA keyword line: "r a BC-Slug 11-13 1693"
        |[A-Za-z]\d{3,5}[-a-z]{0,12}\s*$                    # ANPA selector: "z6715-----", "G7787glbsm"
        |[\w .'&-]{1,40}(?:/[\w .'&-]{1,40}){0,6}/\s*$        # IPTC 7901 keywords: "Germany-politics/Berlin/"
        |\(?(?:Eds|EDS|Editors)\s?:                        # Eds: ..., (Eds: ...)
        |EDITOR'S\ NOTE\b|Editor['’]s\ [Nn]ote:           # editor's notes
        |AP\ Photos?\ [A-Z]{2,}\d                          # AP Photo XHG401, ...
        |\(ART\ ADV:                                       # NYT art advisory
        |(?:EXTRA|REFILE|URGENT|FLASH|BULLETIN|ADVISORY|CORRECTION|CORRECTED|(?:\d|1ST|2ND|3RD|\dTH)\ LEAD|LEAD)\s*$
        |Comments\ \(\d{1,6}(?:\ comments?)?\)\s*$       # Comments (78 comments)
        |Posted\ by\s*$                                    # "Posted by" over the byline
        |(?:Advertisement|ADVERTISEMENT|Share\ this\ article|Share|Tweet|Print|Email)\s*$  # page buttons
        |(?:Copy\ [Ll]ink(?:\ copied)?|Link\ copied|Facebook|Twitter|X|Reddit|LinkedIn|Pinterest|Flipboard
           |WhatsApp|Bluesky|Threads|Messenger|Comments?|Listen(?:\ to\ this\ article)?|Save|Gift\ article)\s*$  # share bar
        |(?:Share\ (?:on|via)\ (?:Facebook|X|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest|Bluesky|Threads|Email|E-mail)
           |Click\ here\ to\ share\ on\ social\ media)\s*$   # "Share on Facebook", Al Jazeera's share bar
        |\((?i:for\ (?:use|release))\b                     # embargo: "(For use by ... clients)"
        |(?i:for\ (?:use|release)\ (?:mon|tue|wed|thu|fri|sat|sun|by|after|until|at)\b)  # "For Use Sat."
        |(?:FOR\ IMMEDIATE\ RELEASE|For\ [Ii]mmediate\ [Rr]elease)\b[^\n]{0,60}$   # a release's top line
        |(?:Leer\ en\ español|Read\ in\ (?:English|Spanish)|Lire\ en\ français)\s*$   # a page's language link
        |(?:EMBARGOED|Embargoed)\ (?:UNTIL|FOR|Until|until|For|for)\b[^\n]{0,80}$   # "EMBARGOED UNTIL 12:01 A.M. ET, ..."
        |\([a-z]{1,4}\)\s*$                                # operator code "(lb)"
        |[\w-]{1,80}\.(?i:jpe?g|png|gif|webp)\s*$           # an image file name
        |!?\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)\s*$            # a Markdown image or bare link line
        |[a-z]{2,15}\s*$                                   # a section word alone: "usa"
        )""", re.VERBOSE)
CODE_WORD_RE = lazy(r"&(?:UR|QL|QC|HT);|(?:^|\s)(?:UR|QL|QC)(?=\s|$)")
CODE_HINT_RE = lazy(r"&(?:UR|QL|QC|HT);|(?:^|\s)(?:QL|QC)(?:\s|$)|^\s*UR\s")
SECTION_RE = lazy(r"^([a-z]{2,15})[ \t]+(?=[A-Z0-9\"'‘“])")
TIME_RE = lazy(r"\b\d{1,2}[:.]\d\d(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?|[AP]M)?(?!\d)")
DATE_IN_STAMP_RE = lazy(
    r"\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b"
    r"|\b[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}\b")
# In every time or date the two patterns find: "9:12", "14.05", "3/5", or four digits ("2012").
STAMP_HINT_RE = lazy(r"\d(?:[:./]\d|\d{3})")
# A stamp's label, as a pattern: "Published", "Updated", "Posted"; ANY_STAMP_LABEL in capitals
# too, where no headline in capitals can be read ("CRUDE OIL POSTED PRICES" is a 1987 headline).
STAMP_LABEL = "(?:" + "|".join(STAMP_LABELS) + ")"
ANY_STAMP_LABEL = "(?:" + "|".join(f"{w}|{w.upper()}" for w in STAMP_LABELS) + ")"
# "... India, Updated Nov 06, 2012 at 04:03pm IST", "... New Delhi, Posted ...", "... | Updated: ..."
STAMP_TAIL_RE = lazy(r"(?:\s+(?P<sec>[A-Z][a-z]{1,20}(?:\s[A-Z][a-z]{1,20})?),|\s{1,3}\|)?\s+" + STAMP_LABEL + r"\b[^\n]{4,60}$")


def is_junk(line: str) -> bool:
    """Transmission codes and page furniture above the headline: never headline, never body.

    >>> is_junk("APW20010203.0007 NEWS STORY 02/03/2001 08:02:00"), is_junk("BC-Harbor-Strike")
    (True, True)
    >>> is_junk("Oil rises on supply worries")
    False
    """
    s = line.strip(" \t\u00a0")
    return (bool(JUNK_RE.match(s)) or ("Cx1" in s[:84] and CODES_AS_TEXT_RE.match(s) is not None) or is_stamp(s)
            or RELATIVE_STAMP_RE.fullmatch(s) is not None)


# "w2381 Cx1f wstmu i Cx13 Cx11": LDC codes printed as text (apart from JUNK_RE: tried only on
# a line that has "Cx1" where the match can reach it, it looked 80 characters ahead on every line)
CODES_AS_TEXT_RE = lazy(r".{0,80}?&?\bCx1[0-9a-fA-F]\b")


# A page's stamp counted back from now: "2 hours ago", "35 mins ago", "3 days ago" (BBC, Yahoo).
RELATIVE_STAMP_RE = lazy(r"\d{1,2}[ \t]?(?:hours?|hrs?|h|minutes?|mins?|m|days?|d|weeks?)[ \t]ago")


def is_stamp(line: str) -> bool:
    """A page time stamp: "July 9, 2012 10:41 AM", "Monday, 14.05.2012 / 6:30 PM / News".

    >>> is_stamp("updated 9:12 a.m. ET March 3, 2012"), is_stamp("Fed holds rates at 5.25 pct")
    (True, False)
    """
    s = line.strip()
    if not s or len(s) > 100:
        return False
    if not STAMP_HINT_RE.search(s) or not (TIME_RE.search(s) or DATE_IN_STAMP_RE.search(s)):
        return False
    rest = re.sub(r"\d+(?:st|nd|rd|th|am|pm)?\b|[^\w\s]", " ", s)
    words = [w for w in rest.split() if len(w) > 1 and not _stamp_word(w)]
    return len(words) <= 1 and len(rest.split()) < 12


def _stamp_word(w: str) -> bool:
    lw = w.lower()
    return lw in STAMP_WORDS or lw in MONTHS or lw in MONTH_ABBREVIATIONS or lw in WEEKDAYS


def split_codes(line: str) -> list[tuple[int, int]]:
    """Pieces of a line cut at LDC/ANPA code words (UR, QL, QC, or as entities &UR; &QL; &HT;).

    >>> line = "QL UR By ANA RUIZ QC UR Associated Press Writer QC"
    >>> [line[s:e] for s, e in split_codes(line)]
    ['By ANA RUIZ', 'Associated Press Writer']
    """
    if not ("QL" in line or "QC" in line or "UR" in line or "&HT;" in line) or not CODE_HINT_RE.search(line):
        return [(0, len(line))]  # the substring test first: a regex search costs 10x on a long line
    out, pos = [], 0
    for m in CODE_WORD_RE.finditer(line):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    res = []
    for s, e in out:
        while s < e and line[s].isspace():
            s += 1
        while e > s and line[e - 1].isspace():
            e -= 1
        if e > s:
            res.append((s, e))
    return res


def core_span(line: str) -> tuple[int, int]:
    """The line without ANPA format codes: leading "^" and control characters, trailing "<" or "=".

    >>> line = "\x02^Dockworkers walk out at two ports<"
    >>> s, e = core_span(line); line[s:e]
    'Dockworkers walk out at two ports'
    """
    s, e = 0, len(line)
    while s < e and (line[s] in " \t\u00a0" or ord(line[s]) < 32 or line[s] == "\x7f"):
        s += 1
    coded = s < e and line[s] == "^"
    while s < e and (line[s] in " \t\u00a0^" or ord(line[s]) < 32 or line[s] == "\x7f"):
        s += 1
    while e > s and (line[e - 1] in " \t\u00a0" or ord(line[e - 1]) < 32):
        e -= 1
    # "^Headline<" (ANPA) and "Headline =" (IPTC 7901) close with a code; "<CYL<" does not
    if e > s and line[e - 1] in "<=" and (coded or (e - 2 >= s and line[e - 2] in " \t")):
        e -= 1
        while e > s and (line[e - 1] in " \t\u00a0" or ord(line[e - 1]) < 32):
            e -= 1
    return s, e


def is_coded(line: str) -> bool:
    """An ANPA header line: "^...<" or "^...=" (AP prints its top lines this way)."""
    t = line.strip(" \t\x02\x01")
    return t.startswith("^") and (t.endswith("<") or t.endswith("="))


def header_prefix(line: str) -> int:
    """Where a headline starts after an ANPA keyword prefix on the same line.

    >>> line = "u i &Cx13;  BC-HARBOR-ART     01-01 0600 BC-HARBOR-ART-NYT HARBOR TOWNS BRACE FOR FLOODS"
    >>> line[header_prefix(line):]
    'HARBOR TOWNS BRACE FOR FLOODS'
    """
    if "Cx1" not in line[:123] and not line[:2].isdecimal():
        return 0  # without the codes (within 120 characters) the prefix opens with the date's digits ("03-12 0677")
    m = re.match(r"^(?:.{0,120}?\bCx1[0-9a-fA-F]\b.{0,120}?\s)?\d\d-\d\d\s+\d{3,5}\s+(?:(?:BC|AM|PM)-[^ ]{1,60}\s+)?", line)
    return m.end() if m else 0


def strip_section(line: str) -> int:
    """Offset after a lower-case section word printed before a headline ("usa  Ferry Service Resumes ...")."""
    m = SECTION_RE.match(line)
    if m and m.group(1) in SECTION_WORDS:
        return m.end()
    return 0


def stamp_tail(line: str) -> int | None:
    """Where a trailing page stamp starts: "... talks Delhi, Updated Mar 02, 2013 at 11:15am IST"."""
    base = max(0, len(line) - 100)  # a stamp is short: look at the line's end only
    m = STAMP_TAIL_RE.search(line, base)
    if m and (TIME_RE.search(m.group(0)) or DATE_IN_STAMP_RE.search(m.group(0))):
        sec = m["sec"]
        if sec and " " in sec and sec.upper() not in KNOWN_CITIES and sec.lower() not in REGIONS:
            return m.start("sec") + sec.index(" ")  # "... Stocks Rise Higher Mumbai, Updated": one word is the place
        return m.start()
    return None


def is_brief_flash(lines, i: int) -> bool:
    """A 1987 BRIEF: "******TOKYO - Bank of Japan buys dollars" over "Blah blah blah." (a headline).

    The flash line is the headline, even when it opens with a place and a dash; alone at the
    end it is one too, unless it ends as a sentence does: "****SALEM, Ore. (Reuters) - Officials
    said ... farmers." under a headline is a one-paragraph story's flash-marked dateline.
    """
    if not FLASH_RE.match(lines[i].text):
        return False
    for k in range(i + 1, min(len(lines), i + 4)):
        if not lines[k].blank:
            return lines[k].text.strip().lower().startswith("blah blah blah")
    return not (i > 0 and lines[i].text.rstrip()[-1:] in ".!?\"”'’")
