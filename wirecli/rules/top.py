"""The top of a story: headline, captions, bylines and the codes and notes above the first paragraph.

Every non-blank line (or piece of a line) above the dateline is one of: transmission junk or
a page stamp (other), an editorial note, a byline or its title line, an agency line, a
caption, or text.  The first text is the headline when it reads like one; without a
dateline the first text that is not the headline starts the body.

Shapes handled (one real shape each):
    "Oil rises on supply worries" / "" / "LONDON, March 3 (Reuters) - ..."  headline, dateline
    "DELTA COCOA REVIEW" / "    ILHEUS, Feb 26 - ..."         1987: caps over an indented paragraph
    "ZENITH WINS 40 MLN DLR NAVY" / "REPAIR CONTRACT" / "    NORFOLK, ..."  1987: wrapped caps, joined
    "Central bank holds rates steady," / "signals cuts later" / "" / "WASHINGTON ..."  wrapped, joined
    "******U.S. PAYROLLS ROSE 3 PCT IN" / " MARCH" / "Blah blah blah."   1987 flash headline, joined
    "HEADLINE" / "    by Joan Ostrander, Reuters" / "    NEW YORK, ..."   byline under the headline
    "APW19990101.0001 NEWS STORY ..." / "BC-Harbor, 2nd Ld" / "Headline" / "UR Eds: ... QL UR By NAME QC"
    "^Headline<" / "^By NAME=" / "^Associated Press=" / "\t   CITY (AP) _ ..."   ANPA format codes
    "Headline  By RUTH OKAFOR, Associated Press Writer"      byline on the headline line
    "Headline by Kenji Morioka"                             AFP: a name appended to the headline
    "By . NAME . and NAME . PUBLISHED: . 10:02 EST, 3 May 2013 . | . UPDATED: ... . Text"
    "Headline" / "Posted by" / "CNN Political Reporter Dana Pell"   title before the name
    "Headline by Kenji Morioka (picture)"                    AFP: byline out, marker kept
    "EXCLUSIVE" / "Headline"                                  a one-word kicker over the headline
    "Headline" / "by In the news" / "by Lena Voss" / "Text"   a "by" section label over the byline
    "BOYS LACROSSE" / "" / "Eastside d. Westside 9-4"         a results listing: no headline
Left alone: "By the end of 2004, ..." opening the body; a first paragraph that is a sentence.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon import (CRUMB_WORDS, JOB_WORDS, KNOWN_CITIES, REGIONS, SECTION_WORDS, MONTH_ABBREVIATIONS, NAME_ABBREVIATIONS, NEWS_OUTLET_WORDS, PAGE_LABEL_WORDS, SUMMARY_LABELS,
                       US_STATES)
from ..model import Byline, Part
from ..text import Line, strip_span
from .agency import canonical_agency, copyright_agency
from .credit import is_person_name
from .byline import make_bylines, parse_byline, parse_unsigned, split_trailing_byline, title_line, title_then_name
from .headline import (ANY_STAMP_LABEL, CAPTION_LABEL, NOTE_VERB, STAMP_LABEL, clean_headline, core_span, header_prefix, is_caption,
                       is_coded, is_junk, is_note, is_rule, is_stamp, split_codes, stamp_tail, strip_section)

FLASH_RE = lazy(r"^\s*\*{2,}")
BLAH_RE = lazy(r"^\s*Blah blah blah", re.I)
MARKER_RE = lazy(r"[ \t]+(\((?i:picture|pictures|photo|photos|graphic|video|map)\))[ \t]*$")
BY_LABEL_RE = lazy(r"^(?:By|by|BY)\s+\S+(?:[ \t]+[^\s.,;:!?]+){0,5}[ \t]*$")  # short, no punctuation
LABEL_RE = lazy(r"^[^\W\d_][\w'’&-]{1,24}$")  # one word, no closing stop
WRAPPED_AND_RE = lazy(r"^[ \t]{0,4}and[ \t](?=[A-Z])")  # a byline's last name wrapped onto the next line
WEB_STAMP_RE = lazy(rf"^[ \t]{{0,4}}(?:{ANY_STAMP_LABEL}|Last\ (?:[Uu]pdated|[Mm]odified))\b")  # a web page's stamp
BY_ALONE_RE = lazy(r"^[ \t]{0,4}(?:By|BY|by):?[ \t]*$")  # "By" on a line of its own
CAPTION_LABEL_RE = lazy(r"^\W{0,3}" + CAPTION_LABEL + r"\W{0,3}$")  # the label alone
SENTENCE_BREAK_RE = lazy(r"\b([A-Za-z]*[a-z]{2})\.[\"”’']?[ \t]+[\"“‘']?[A-Z]")
# Words with a full stop that end no sentence: a title before a name (lexicon.NAME_ABBREVIATIONS),
# a company's suffix, a unit ("Harbor Corp. said", "Gov. Ann Example", "3 mln dlrs. in").
ABBREVIATIONS = {a.lower() for a in NAME_ABBREVIATIONS} | {
    "inc", "corp", "ltd", "bros", "co", "jr", "sr", "prov", "dept", "approx", "est", "vs", "no", "nos", "ave", "blvd",
    "univ", "assn", "intl", "pct", "mln", "bln", "dlrs", "dlr", "cts", "yr", "yrs", "min", "max", "fig", "vol"}
MAX_TOP_LINES = 40  # without a dateline, the body starts within this many lines


class Seg:
    """One non-blank piece of a line: absolute offsets, the line it sits on, how it is printed."""

    __slots__ = ("start", "end", "text", "line", "coded", "indent")

    def __init__(self, start: int, end: int, text: str, line: int, coded: bool, indent: int):
        self.start = start
        self.end = end
        self.text = text
        self.line = line
        self.coded = coded
        self.indent = indent

    def __repr__(self) -> str:
        return (f"Seg(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"line={self.line!r}, coded={self.coded!r}, indent={self.indent!r})")


class Top:
    """What read_top found above the body."""

    __slots__ = ("headline", "captions", "bylines", "parts", "body_start", "agency")

    def __init__(self, headline: str | None = None, captions: list[str] | None = None,
                 bylines: list[Byline] | None = None, parts: list[Part] | None = None,
                 body_start: int = 0, agency: str | None = None):
        self.headline = headline
        self.captions = [] if captions is None else captions
        self.bylines = [] if bylines is None else bylines
        self.parts = [] if parts is None else parts
        self.body_start = body_start
        self.agency = agency


def _next_line_joins(text: str, segs: list[Seg], j: int, dl_line: int | None) -> bool:
    """Can segs[j] and the next segment be one part (a caption over two lines)?  The next is
    on the next line, is not the dateline, and only white space lies between them (no ANPA
    format codes, "<" / "^", which the segments leave out and a joined span would take in)."""
    return (j + 1 < len(segs) and segs[j + 1].line == segs[j].line + 1 and segs[j + 1].line != dl_line
            and text[segs[j].end:segs[j + 1].start].isspace())


def _segments(text: str, lines: list[Line], lo: int, stop: int, body_end: int) -> list[Seg]:
    segs: list[Seg] = []
    for i in range(lo, stop):
        line = lines[i]
        if line.start >= body_end:
            break
        if line.blank:
            continue
        cs, ce = core_span(line.text)
        core = line.text[cs:ce]
        coded = is_coded(line.text)
        for s, e in split_codes(core):
            a, b = line.start + cs + s, min(line.start + cs + e, body_end)  # the tail is never top
            if b <= a:
                continue
            cut = header_prefix(text[a:b])  # "u i &Cx13; BC-NATO 03-12 0677 BC-NATO-NYT HEADLINE"
            if 0 < cut < b - a and text[a + cut:b].strip():
                segs.append(Seg(a, a + cut, text[a:a + cut], i, True, line.indent))
                a += cut
            segs.append(Seg(a, b, text[a:b], i, coded, line.indent))
    return segs


def _agency_line(t: str) -> str | None:
    s = t.strip(" *_.\t\u00a0")
    if len(s) <= 40 and canonical_agency(s):
        return canonical_agency(s)
    return None


def _unsigned_names(names) -> bool:
    """Names read from a line with no "By" must look like people's names, not a page's labels."""
    return all(is_person_name(n) and not any(w.lower().strip(".,") in PAGE_LABEL_WORDS for w in n.split())
               for n, _, _ in names)


DESK_BAR_BY_RE = lazy(r"[ \t]{0,4}[A-Z][\w'’&. -]{1,40}?[ \t]{1,3}[/|][ \t]{1,3}(?=(?:By|BY)[ \t])")  # "ABC Wide Bay / By ..."
# A broadcaster's desk under a writer's name: "BBC News, Yorkshire", "BBC Verify", "ABC News".
OUTLET_DESK_RE = lazy(r"[A-Z]{2,5}[ \t](?:News|Sport|Verify|Business|World[ \t]Service)(?:,[ \t][A-Z][\w'’ -]{1,30})?")


CREDIT_ONLY_RE = lazy(r"[A-Z][\w'’.-]{0,20}(?:[ \t][A-Z][\w'’.-]{0,20}){0,3}(?:/[A-Z][\w'’.& -]{1,30}){1,3}")  # "Ana Ruiz/AFP/Getty Images"


def _name_over_agency(segs: list[Seg], j: int):
    """The names of a line that is only a person's name, over a title line naming an agency
    ("Jean Leclerc" / "The Canadian Press"); None otherwise."""
    seg = segs[j]
    if j + 1 >= len(segs) or segs[j + 1].line != seg.line + 1 or len(seg.text) > 60:
        return None
    titled = title_line(segs[j + 1].text)
    if not titled or not (titled[1] or OUTLET_DESK_RE.fullmatch(segs[j + 1].text.strip())):
        return None  # (or a broadcaster's desk: "Ana Ruiz" / "BBC News, Yorkshire")
    by = parse_unsigned(seg.text)
    if not by or len(by[0]) != 1 or by[1] is not None or not _unsigned_names(by[0]):
        return None
    return by[0]


def _name_over_stamp(segs: list[Seg], j: int):
    """(names, title, agency) of a line that is only people's names, or a name and a job title
    ("Ana Ruiz Environment correspondent"), right over the page's time stamp ("Fri 3 May 2024
    12.04 BST", "Fri, May 3, 2024, 2:15 AM EDT 2 min read"): a web byline printed without "By"
    (Bloomberg via Yahoo, the Guardian); None otherwise.  With no job title the stamp must be a
    page's (see _stamp_below): an e-mail's "John Smith" / "Fri, May 3, 2024, 2:15 AM" is none."""
    by = parse_unsigned(segs[j].text) if _stamp_below(segs, j) else None
    if not by or not by[0] or by[2] is not None or not _unsigned_names(by[0]):
        return None
    if by[1] is None and not _stamp_below(segs, j, web=True):
        return None
    if any(not 2 <= len(n.split()) <= 3 for n, _, _ in by[0]):
        return None  # "Ana Ruiz Harbor Trust": a name of two or three words
    if by[1] is not None and not any(w.lower() in JOB_WORDS for w in by[1].split()):
        return None  # "Ana Ruiz Harbor Trust": no job, no byline
    return by


def _stamp_below(segs: list[Seg], j: int, web: bool = False) -> bool:
    """A short line (not in capitals) right over the page's dated and timed stamp, or DW's date
    alone as a paragraph of its own ("Ana Ruiz" / "" / "01/05/2024" / "": not an invoice's "John
    Smith" / "01/05/2024").  web: the stamp must be a page's, with its reading time, a label or a
    "Last modified" line under it ("Fri, May 3, 2024, 2:15 AM EDT 2 min read", the Guardian's
    "Fri 3 May 2024 12.04 BST" / "Last modified on ..."), not a memo's "Tue 9 Apr 2024 08.15 BST"."""
    seg = segs[j]
    if j + 1 >= len(segs) or segs[j + 1].line > seg.line + 2 or len(seg.text) > 80 or _caps(seg.text):
        return False
    stamp = segs[j + 1].text
    if is_stamp(stamp) and STAMP_YEAR_RE.search(stamp) and STAMP_CLOCK_RE.search(stamp):
        return not web or bool(WEB_STAMP_MARK_RE.search(stamp)) or (
            j + 2 < len(segs) and segs[j + 2].line == segs[j + 1].line + 1 and WEB_STAMP_MARK_RE.match(segs[j + 2].text.lstrip()))
    return _date_alone(segs, j + 1)  # (a dated and timed stamp, not "v0.3.1 (Nov 2, 2015)" nor a table's "90 days 5.52/51")


def _date_alone(segs: list[Seg], k: int) -> bool:
    """DW's date as a paragraph of its own, a blank line above and below ("" / "01/05/2024" / "")."""
    return bool(NUMERIC_DATE_RE.fullmatch(segs[k].text) and (k == 0 or segs[k - 1].line < segs[k].line - 1)
                and (k + 1 >= len(segs) or segs[k + 1].line > segs[k].line + 1))


# What makes a stamp a web page's: its reading time, a label, or the Guardian's "Last modified" line.
WEB_STAMP_MARK_RE = lazy(r"(?:Last[ \t]modified|" + ANY_STAMP_LABEL + r")\b|\b\d{1,3}[ \t]?min(?:ute)?s?[ \t]read\b")


def _house_over_stamp(segs: list[Seg], j: int) -> tuple[str, str | None] | None:
    """(title, agency) of a house byline, no person, over the page's stamp: the Guardian's "Staff
    and agencies" / "Mon 5 Jan 2024 12.30 GMT"; None otherwise."""
    if not _stamp_below(segs, j):
        return None
    placed = AGENCY_IN_PLACE_RE.fullmatch(segs[j].text.strip())
    if placed and canonical_agency(placed["org"]):  # "Associated Press in Porto Alegre", "Reuters in Tokyo"
        return placed.group(0), canonical_agency(placed["org"])
    by = parse_unsigned(segs[j].text)
    if not by or by[0] or not by[1]:
        return None
    return by[1], by[2]


# The Guardian's byline of an agency's story: the agency and where it reported from.
AGENCY_IN_PLACE_RE = lazy(r"(?P<org>[A-Z][\w.&'’ -]{1,40}?) in (?P<place>[A-Z][\w'’.-]{1,20}(?: [A-Z][\w'’.-]{1,20}){0,3})")


STAMP_YEAR_RE = lazy(r"\b(?:19|20)\d\d\b")
STAMP_CLOCK_RE = lazy(r"\b\d{1,2}[:.][0-5]\d(?:[ \t]?(?:[ap]\.m\.|[ap]m|[AP]M|[A-Z]{2,4}\b)|[ \t]*$)")


def _name_comma_agency(t: str):
    """(names, title, agency) of "Jordan Lee, The Canadian Press" (names, a comma and a known
    agency, no "By"); None otherwise."""
    if "," not in t or len(t) > 100 or t.rstrip()[-1:] in ".!?:;\"”":
        return None
    by = parse_unsigned(t)
    if not by or not by[0] or not by[2] or not _unsigned_names(by[0]):
        return None
    return by


CAPS_WORD_RE = lazy(r"[A-Z0-9][A-Z0-9.&-]{0,20}")
BAR_RE = lazy(r"[ \t]{0,3}[|/][ \t]{0,3}|[ \t]{1,3}[·•][ \t]{1,3}")  # CBC: "Ana Ruiz · CBC News · Posted: ..."
NAME_STAMP_RE = lazy(r"(?P<name>[A-Z][^|/·•\n]{2,60}?)[ \t\u00a0]{1,6}(?P<stamp>" + STAMP_LABEL + r"\b[^\n]{4,80})$")


def _name_bar_stamp(t: str):
    """(names, title, agency) of an Indian paper's web byline: "Rajesh Kumar | TNN | Updated: Jan 5,
    2024, 22:12 IST" (a name, then a desk or agency, a place or the time stamp between bars); None otherwise."""
    if len(t) > 140:
        return None
    stamped = NAME_STAMP_RE.match(t.strip())  # Dawn: "Ana Ruiz  Published January 5, 2024"
    if stamped:
        pieces = [stamped["name"], stamped["stamp"]]
    elif "|" in t or " / " in t or " · " in t or " • " in t:
        pieces = BAR_RE.split(t.strip())
    else:
        return None
    if not 2 <= len(pieces) <= 5:
        return None
    by = parse_unsigned(pieces[0])
    if not by or not by[0] or by[1] is not None or not _unsigned_names(by[0]):
        return None
    if any(n.upper() in KNOWN_CITIES or n.lower() in REGIONS for n, _, _ in by[0]):
        return None  # "New Delhi | Updated: January 5, 2024 10:12 IST": the page's place, no writer
    agency = None
    for p in pieces[1:]:
        p = p.strip()
        if canonical_agency(p):
            agency = agency or canonical_agency(p)
        elif not (is_stamp(p) or p.upper() in KNOWN_CITIES or (p.isupper() and 2 <= len(p) <= 5) or _outlet(p)
                  or WEB_STAMP_RE.match(p)):  # ("| Last Updated: January 5": a stamp's second half, no year)
            return None  # "Ana Ruiz | Harbor Desk | ..." only with a stamp, a place or initials after the name
    if not any(is_stamp(p) for p in pieces[1:]):
        return None
    lead = len(t) - len(t.lstrip())  # (the pieces are of the stripped line)
    return [(n, s + lead, e + lead) for n, s, e in by[0]], None, agency


def _outlet_stamp(t: str) -> bool:
    """An outlet or the page's place and the page's stamp between bars, no writer: "CBC News · Posted:
    Jan 05, 2024 4:00 AM EST", "New Delhi | Updated: January 5, 2024 10:12 IST"."""
    if len(t) > 140 or not (" · " in t or " • " in t or "|" in t):
        return False
    pieces = [p.strip() for p in BAR_RE.split(t.strip())]
    return (2 <= len(pieces) <= 4 and (_outlet(pieces[0]) or pieces[0].upper() in KNOWN_CITIES) and is_stamp(pieces[1])
            and all(is_stamp(p) or WEB_STAMP_RE.match(p) for p in pieces[2:]))


def _outlet(p: str) -> bool:
    """A news outlet's name between a byline's bars: "CBC News", "Lakeside Herald" (capitalised, an outlet's word last)."""
    words = p.split()
    return 1 < len(words) <= 4 and all(w[:1].isupper() for w in words) and words[-1].lower() in NEWS_OUTLET_WORDS


# An agency, then the page's time stamp (and its sections after a bar).
AGENCY_STAMP_RE = lazy(r"^[ \t]{0,4}(?P<org>[A-Za-z][\w.&' -]{1,30}?)[ \t]{0,3}(?:\||--|-|—|–)[ \t]{0,3}(?P<rest>\S[^|\n]{0,80})(?:\|[^|\n]{0,60})?$")


def _stamp_agency(t: str) -> str | None:
    """The agency of a stamp line under the headline: "PTI | Jan 5, 2024, 10:12 IST",
    "ANI | Updated: Jan 05, 2024 10:12 IST", "KYODO NEWS - Jan 5, 2024 - 10:30 | World, All"."""
    if len(t) > 160 or not ("|" in t or TIME_IN_RE.search(t)):
        return None
    m = AGENCY_STAMP_RE.match(t)
    if not m or not canonical_agency(m["org"]) or not is_stamp(m["rest"].strip(" -–—")):
        return None
    return canonical_agency(m["org"])


TIME_IN_RE = lazy(r"\d{1,2}:\d\d")
POSSESSIVE_AGENCY_RE = lazy(r"[ \t]*([A-Z]{2,8})['’]s[ \t]+(?=[A-Z])")  # "CNN's Ana Ruiz" under "Posted by"
POSTED_BY_RE = lazy(r"[ \t]*Posted[ \t]by:?[ \t]+(?=\S)")


def _posted_by(t: str):
    """The writers a blog page's "Posted by" names, with an agency (a community page's
    "Posted by" / "Harbor Community Garden" names none): "CNN Political Reporter Ana Ruiz",
    "CNN Producer Ana Ruiz and CNN Writer Bo Lind", "CNN's Ana Ruiz and Bo Lind".
    ([(name, title, start, end)], agency, rule) with offsets in ``t``, or None."""
    tn = title_then_name(t)
    if tn:
        (name, ns, ne), title, agency = tn
        return [(name, title, ns, ne)], agency, "byline.title_then_name"
    cut = t.find(" and ")  # a title before each name
    pair = [(0, title_then_name(t[:cut])), (cut + 5, title_then_name(t[cut + 5:]))] if cut > 0 else []
    if pair and all(tn for _, tn in pair):
        return ([(name, title, at + ns, at + ne) for at, ((name, ns, ne), title, _) in pair],
                pair[0][1][2] or pair[1][1][2], "byline.title_then_name")
    own = POSSESSIVE_AGENCY_RE.match(t)
    agency = canonical_agency(own.group(1)) if own else None
    un = parse_unsigned(t[own.end():]) if agency else None
    if un is not None and un[0]:
        return [(n, un[1], own.end() + s, own.end() + e) for n, s, e in un[0]], agency, "byline.posted_by"
    return None


def _caps(t: str) -> bool:
    return not re.search(r"[a-z]", t) and bool(re.search(r"[A-Z]{2}", t))


def read_top(text: str, lines: list[Line], lo: int, dl_line: int | None, body_end: int) -> Top:
    """Headline, captions and bylines above the dateline (or above the first paragraph)."""
    top = Top(body_start=lines[lo].start if lo < len(lines) else 0)
    flat = _read_flat(text, lines, lo, dl_line, body_end, top)
    if flat:
        return top
    stop = dl_line if dl_line is not None else min(len(lines), lo + MAX_TOP_LINES)
    segs = _segments(text, lines, lo, stop, body_end)
    head_spans: list[tuple[int, int]] = []
    tried = after_byline = posted_by = False
    j = 0
    while j < len(segs):
        seg = segs[j]
        t = seg.text
        poster = POSTED_BY_RE.match(t)  # "Posted by: CNN Political Reporter Ana Ruiz" on one line
        if posted_by or poster:
            posted_by = False
            at = poster.end() if poster else 0
            found = _posted_by(t[at:])
            if found is not None:
                names, agency, rule = found
                top.bylines.extend(Byline(n, title, (seg.start + at + s, seg.start + at + e)) for n, title, s, e in names)
                top.agency = top.agency or agency
                top.parts.append(Part("byline", (seg.start, seg.end), rule))
                after_byline = True
                j += 1
                continue
        by = parse_byline(t)
        if by is None and BY_ALONE_RE.match(t) and j + 1 < len(segs) and segs[j + 1].line == seg.line + 1:
            nxt = segs[j + 1]  # "By" / "Ann Lee and Bo Park": a web page's byline over two lines
            by = parse_unsigned(nxt.text)
            if by is not None:
                names, title, agency = by
                top.bylines.extend(make_bylines(names, title, nxt.start))
                top.agency = top.agency or agency
                top.parts.append(Part("byline", (seg.start, nxt.end), "byline.parse_byline"))
                after_byline = True
                j += 2
                continue
        bar = DESK_BAR_BY_RE.match(t) if by is None and head_spans and not top.bylines else None
        if bar:  # "ABC Wide Bay / By Ana Ruiz": the desk, a bar, then the byline (ABC Australia)
            by2 = parse_byline(t[bar.end():])
            if by2 is not None and by2[0]:
                top.bylines.extend(make_bylines(by2[0], by2[1], seg.start + bar.end()))
                top.agency = top.agency or by2[2]
                top.parts.append(Part("byline", (seg.start, seg.end), "byline.desk_bar"))
                after_byline = True
                j += 1
                continue
        if by is not None:
            names, title, agency = by
            top.bylines.extend(make_bylines(names, title, seg.start))
            top.agency = top.agency or agency
            end = seg.end
            nxt = segs[j + 1] if j + 1 < len(segs) and title is None and names else None
            more = (parse_unsigned(nxt.text.strip()[4:]) if nxt is not None and nxt.line == seg.line + 1
                    and WRAPPED_AND_RE.match(nxt.text) and nxt.line != dl_line else None)
            if more is not None and more[0]:  # "By Ann Lee, Bo Park" / "and Cy Ng": a wrapped byline
                lead = len(nxt.text) - len(nxt.text.lstrip()) + 4  # ("and " cut off the stripped line)
                top.bylines.extend(make_bylines(more[0], more[1], nxt.start + lead))
                top.agency = top.agency or more[2]
                end = nxt.end
                j += 1
            top.parts.append(Part("byline", (seg.start, end), "byline.parse_byline"))
            after_byline = True
            j += 1
            continue
        titled = title_line(t) if after_byline else None
        if titled:
            title, agency = titled
            top.agency = top.agency or agency
            if top.bylines and top.bylines[-1].title is None:
                top.bylines = [Byline(x.name, x.title or title, x.span) for x in top.bylines]
            top.parts.append(Part("byline", (seg.start, seg.end), "byline.title_line"))
            j += 1
            continue
        named = _name_over_agency(segs, j) if head_spans and not top.bylines else None
        unsigned = _name_comma_agency(t) if head_spans and not top.bylines and not named else None
        unsigned = unsigned or (_name_bar_stamp(t) if head_spans and not top.bylines and not named else None)
        if unsigned:  # "Jordan Lee, The Canadian Press": a byline and its agency without "By"
            top.bylines.extend(make_bylines(unsigned[0], unsigned[1], seg.start))
            top.agency = top.agency or unsigned[2]
            top.parts.append(Part("byline", (seg.start, seg.end), "byline.name_comma_agency"))
            after_byline = True
            j += 1
            continue
        if named:  # "Jean Leclerc" / "The Canadian Press": a byline printed without "By"
            top.bylines.extend(make_bylines(named, None, seg.start))
            top.parts.append(Part("byline", (seg.start, seg.end), "byline.name_over_agency"))
            after_byline = True
            j += 1
            continue
        house = _house_over_stamp(segs, j) if head_spans and not top.bylines else None
        if house:  # "Staff and agencies" / "Mon 5 Jan 2024 12.30 GMT": a house byline, no person
            top.agency = top.agency or house[1]
            top.parts.append(Part("byline", (seg.start, seg.end), "byline.house_over_stamp"))
            after_byline = True
            j += 1
            continue
        stamped = _name_over_stamp(segs, j) if head_spans and not top.bylines else None
        if stamped:  # "Ana Ruiz and Bo Lind" / "Fri, May 3, 2024, 2:15 AM EDT": a byline printed without "By"
            top.bylines.extend(make_bylines(stamped[0], stamped[1], seg.start))
            top.parts.append(Part("byline", (seg.start, seg.end), "byline.name_over_stamp"))
            after_byline = True
            j += 1
            continue
        cr = copyright_agency(t)
        if cr:
            top.agency = top.agency or cr
            top.parts.append(Part("other", (seg.start, seg.end), "agency.copyright_line"))
            j += 1
            continue
        if head_spans and _outlet_stamp(t):  # "CBC News · Posted: Jan 05, 2024 4:00 AM EST | Last Updated: ..."
            top.parts.append(Part("other", (seg.start, seg.end), "headline.outlet_stamp"))
            j += 1
            continue
        ag = _stamp_agency(t)
        if ag:  # "PTI | Jan 5, 2024, 10:12 IST", "KYODO NEWS - Jan 5, 2024 - 10:30 | World, All"
            top.agency = top.agency or ag
            top.parts.append(Part("other", (seg.start, seg.end), "agency.stamp_line"))
            j += 1
            continue
        if is_junk(t) or is_note(t) or is_rule(t):
            posted_by = t.strip().lower() == "posted by"
            top.parts.append(Part("other", (seg.start, seg.end), "headline.is_junk"))
            j += 1
            continue
        ag = _agency_line(t)
        if ag and len(t.strip()) <= 5 and j and segs[j - 1].line == seg.line - 1 and CAPS_WORD_RE.fullmatch(segs[j - 1].text.strip()):
            ag = None  # "SOY" / "SPA": an item of a list of capitals words (domains, codes), no agency line
        if ag:
            top.agency = top.agency or ag
            top.parts.append(Part("other", (seg.start, seg.end), "agency.agency_line"))
            j += 1
            continue
        if head_spans and BLAH_RE.match(t):
            # 1987 BRIEF filler under a flash headline: not story text
            top.parts.append(Part("other", (seg.start, seg.end), "headline.brief_filler"))
            j += 1
            continue
        if head_spans and _same(text, head_spans, t):
            top.parts.append(Part("other", (seg.start, seg.end), "headline.repeat"))
            j += 1
            continue
        if (tried and _next_line_joins(text, segs, j, dl_line)
                and not is_caption(t) and CREDIT_ONLY_RE.fullmatch(segs[j + 1].text.strip()) and is_caption(segs[j + 1].text)):
            # CNN web: the caption's text over its credit line ("Firefighters battle ..." / "Ana Ruiz/AFP/Getty Images")
            top.captions.append(" ".join((t + " " + segs[j + 1].text).split()))
            top.parts.append(Part("caption", (seg.start, segs[j + 1].end), "headline.is_caption"))
            j += 2
            continue
        if is_caption(t):
            end = seg.end
            if CAPTION_LABEL_RE.match(t) and _next_line_joins(text, segs, j, dl_line):
                j += 1  # BBC's label on a line of its own: "Image caption" / "Trees came down ..."
                t, end = t + " " + segs[j].text, segs[j].end
            top.captions.append(" ".join(t.split()))
            top.parts.append(Part("caption", (seg.start, end), "headline.is_caption"))
            j += 1
            continue
        if BY_LABEL_RE.match(t) and j + 1 < len(segs):
            # "by In the news" over "by Dan Lucas": a section label printed as a byline
            top.parts.append(Part("other", (seg.start, seg.end), "byline.label"))
            j += 1
            continue
        if not tried and LABEL_RE.match(t) and j + 1 < len(segs):
            # a kicker or section label over the headline: "EXCLUSIVE", "Opinion", "Springfield"
            top.parts.append(Part("other", (seg.start, seg.end), "headline.label"))
            j += 1
            continue
        if not tried and _crumb(segs, j, dl_line, top.parts):
            # a page's breadcrumb over the headline: "Business" / "Autos & Transportation" (Reuters web)
            top.parts.append(Part("other", (seg.start, seg.end), "headline.label"))
            j += 1
            continue
        if not tried and dl_line is not None and CONTACT_LABEL_RE.match(t):
            # a press release's contact block over its headline: "Media contact:" / "Jane Roe" /
            # "+1 555 010 0199" / "jane@acme.example" (its short lines, down to a blank line)
            k = j
            while (k + 1 < len(segs) and segs[k + 1].line == segs[k].line + 1 and segs[k + 1].line < dl_line
                   and len(segs[k + 1].text.strip()) <= 80 and k < j + 8
                   and (len(segs[k + 1].text.split()) <= 5 or CONTACT_DATA_RE.search(segs[k + 1].text))):
                k += 1  # (a longer line with no number or address is the headline: "Acme Opens New Plant in Ohio")
            top.parts.append(Part("other", (seg.start, segs[k].end), "headline.contact_block"))
            j = k + 1
            continue
        if not tried and dl_line is not None and len(t.strip()) >= 12 and seg.line < dl_line \
                and lines[dl_line].text.lstrip().startswith(t.strip()):
            # a page's stamp that the dateline repeats: "MOUNTAIN VIEW, Calif., Feb. 10, 2025" over
            # "MOUNTAIN VIEW, Calif., Feb. 10, 2025 /PRNewswire/ -- ..." is no headline
            top.parts.append(Part("other", (seg.start, seg.end), "headline.dateline_stamp"))
            j += 1
            continue
        if not tried:
            tried = True
            run = _headline_run(segs, j, dl_line)
            got = _take_headline(text, lines, segs, j, run, dl_line, body_end, top)
            if got:
                head_spans = got
                j += len(run)
                continue
        if dl_line is None and not seg.coded and head_spans and _byline_below(segs, j):
            top.parts.append(Part("other", (seg.start, seg.end), "headline.deck"))
            j += 1  # summary lines between the headline and a byline (Daily Mail): no body yet
            continue
        if dl_line is None and not seg.coded:
            note = GLUED_NOTE_RE.match(text, seg.start, seg.end)
            if note:  # "(Updates with analyst comment.) The yen slid ...": the note is no body
                top.parts.append(Part("other", (seg.start, seg.start + len(note.group(0).rstrip())), "headline.glued_note"))
            top.body_start = note.end() if note else seg.start
            return top
        top.parts.append(Part("other", (seg.start, seg.end), "headline.deck"))
        j += 1
    if dl_line is None:
        # nothing but top matter: the body starts after it
        top.body_start = segs[-1].end if segs else top.body_start
    return top


# The label of a press release's contact block: "Media Contact:", "Investor Contacts:", "CONTACT:".
CONTACT_LABEL_RE = lazy(r"^[ \t*_]{0,4}(?:(?:Media|MEDIA|Press|PRESS|Investor|Investors|INVESTOR|News\ Media|Company|Agency)"
                        r"\ (?:[Cc]ontacts?|CONTACTS?|[Ii]nquiries|INQUIRIES|[Rr]elations)|Contacts?|CONTACTS?"
                        r"|For\ (?:further|more)\ information)[ \t*_]{0,4}:")


CONTACT_DATA_RE = lazy(r"@|\d{3}|https?://|www\.")


# An editor's note glued to the first paragraph of a story with no dateline (Bloomberg, Dow Jones).
GLUED_NOTE_RE = lazy(rf"\({NOTE_VERB}\b"
                     r"[^()\n]{0,300}\)[ \t]+(?=[\"“‘'A-Z0-9])")


CRUMB_RE = lazy(r"[A-Z][\w'’-]{1,20}(?:,? (?:&|[A-Z][\w'’-]{1,20})){0,4}")  # "Autos & Transportation", "Asia Pacific"


def _crumb(segs: list[Seg], j: int, dl_line: int | None, parts: list[Part]) -> bool:
    """A breadcrumb or a section's label over the headline: a few capitalised words joined by "&",
    or a section's or a region's words ("World" / "Asia Pacific", UPI's "World News"); the next line is the headline (longer), with
    a byline, a stamp or the dateline right under it (not a short title-case headline over a deck)."""
    t = segs[j].text.strip()
    if j + 2 >= len(segs) or len(t) > 40 or not CRUMB_RE.fullmatch(t):
        return False
    if "&" not in t and not _crumb_words(t):
        return False  # (only a section's or a region's words: "World News", "Asia Pacific"; "Fed Holds Rates" is a headline)
    head, under = segs[j + 1], segs[j + 2]
    h = head.text.strip()
    if head.line > segs[j].line + 2 or len(h) < len(t) + 10 or h.endswith(".") or under.line > head.line + 2:
        return False
    u = under.text
    return parse_byline(u) is not None or is_junk(u) or under.line == dl_line


def _crumb_words(t: str) -> bool:
    """Every word a page section's or a region's: "Asia Pacific", "Commodities", "United States"."""
    low = t.lower()
    return low in REGIONS or all(w in SECTION_WORDS or w in CRUMB_WORDS for w in low.replace(",", " ").split())


def _byline_below(segs: list[Seg], j: int) -> bool:
    """A "By ..." line within the next three short lines, each on the line after the last
    ("Dog fell through ice" / "Firefighters pulled it out" / "By Ann Lee For Mailonline")."""
    for k in range(j, min(len(segs), j + 4)):
        if k > j and segs[k].line > segs[k - 1].line + 2:
            return False  # a paragraph break of more than one blank line: the body has begun
        t = segs[k].text
        if k > j and (parse_byline(t) is not None or BY_ALONE_RE.match(t) or WEB_STAMP_RE.match(t) and is_stamp(t)
                      or _name_over_stamp(segs, k) or _house_over_stamp(segs, k) or _date_alone(segs, k)
                      or _name_bar_stamp(t) is not None
                      or _outlet_stamp(t)):
            return True  # (or the page's stamp: "PUBLISHED: 10:02 EST, 3 March 2014 | UPDATED: ...", or a
            # name over a stamp: "Ana Ruiz Environment correspondent" / "Fri 3 May 2024 12.04 BST", "A · CBC News · Posted: ...")
        if len(t) > 160 or t.rstrip().endswith((".", "!", "?", '"', "”")) and len(t) > 100:
            return False  # a paragraph, not a summary line
    return False


NUMERIC_DATE_RE = lazy(r"[ \t]{0,4}\d{1,2}[./]\d{1,2}[./](?:19|20)\d\d[ \t]{0,4}")  # a page's date alone: DW's "01/05/2024"


def _headline_run(segs: list[Seg], j: int, dl_line: int | None) -> list[Seg]:
    """The headline's lines: one, or a wrapped 1987 headline (caps, or a flash) on several."""
    run = [segs[j]]
    flash = bool(FLASH_RE.match(segs[j].text))
    k = j + 1
    while k < len(segs) and len(run) < 4:
        prev, nxt = run[-1], segs[k]
        if nxt.line != prev.line + 1 or nxt.coded or prev.coded:
            break
        t = nxt.text
        if (is_junk(t) or is_note(t) or parse_byline(t) is not None or is_caption(t)
                or BLAH_RE.match(t) or _agency_line(t)):
            break
        if flash and nxt.indent < 3:
            run.append(nxt)
        elif (not flash and _caps(prev.text) and _caps(t) and nxt.indent == 0 and len(run) < 2
              and dl_line is not None and nxt.line + 1 == dl_line):
            run.append(nxt)  # "ZENITH WINS NAVY" / "CONTRACT" / "    NORFOLK, Va., April 2 - "
        elif not flash and len(run) < 2 and dl_line is not None and (
                _wraps_on(prev.text, t) or (k == len(segs) - 1 and _lower_tail(prev.text, t))):
            run.append(nxt)  # "Central bank holds rates steady," / "signals cuts later in year"
        else:
            break
        k += 1
    return run


# Words a headline line never ends with unless it goes on, wrapped, on the next line.
CONTINUING_WORDS = {"and", "or", "but", "to", "of", "in", "on", "for", "as", "at", "the", "a", "an",
                    "with", "after", "over", "from", "into", "amid", "than", "its", "their", "his", "her"}
# Of those, the words no headline ends with ("Talks drag on" and "What to watch for" do end so).
NEVER_LAST_WORDS = {"and", "or", "but", "of", "the", "a", "an", "than", "its", "their", "his", "her"}
# Words a long line ends on only when a wrapped sentence goes on below it ("... annual hit if" /
# "Britain goes for ..."); "by", "in", "on" also end phrasal verbs ("Fed weighs in"), so they
# count only before a line that goes on in lower case ("... intends to retire by" / "the end of").
HANGING_WORDS = {"if", "because", "whether", "that", "which", "to", "with", "from", "for", "into", "when",
                 "while", "as", "at", "about", "after", "before"}
BRAND_START_RE = lazy(r"[a-z]{1,2}[A-Z][a-z]{1,15}\b")  # "eBay", "iPhone", "eToro"
WRAP_TAIL_RE = lazy(r"^[a-z][\w'’$%,.:;-]*(?:[ \t]+[\w'’$%,.:;?\-\"“”‘]+){0,14}$")


def _lower_tail(prev: str, nxt: str) -> bool:
    """The rest of a headline wrapped at any word, alone over the dateline: "Harbor Bank profit
    jumps as trading revenue" / "rises for a third quarter" / "LAKEPORT (Reuters) - ...".  No
    deck or subhead opens in lower case ("eBay ..." is a name); a stamp, a byline, a lone word
    ("reuters.com") or a copyright line ("c.1999 Example News Service") is no tail."""
    p = prev.rstrip(" \t*")
    n = nxt.strip(" \t*")
    return (len(p.split()) >= 3 and p[-1:] not in ".!?:;" and not _caps(p) and 2 <= len(n.split()) <= 10
            and n.split()[0].isalpha() and copyright_agency(n) is None
            and not n.endswith(".") and WRAP_TAIL_RE.match(n) is not None and BRAND_START_RE.match(n) is None)


def _wraps_on(prev: str, nxt: str) -> bool:
    """A headline hard-wrapped onto a second line: the first ends with a comma or a word that
    needs more ("... as", "... to"), the second opens in lower case and reads as the rest of a
    headline (no full stop, a few words).  A deck under the headline opens in capitals.  Only
    above a dateline: without one, two such lines are as likely a hard-wrapped paragraph."""
    p = prev.rstrip(" \t*")
    words = p.split()
    if len(words) < 2 or not (p.endswith(",") or words[-1].lower() in CONTINUING_WORDS):
        return False
    n = nxt.strip(" \t*")
    if _caps(p) and _caps(n):  # "DROUGHT GRIPS FARM BELT," / "RIVERS DROP TO RECORD LOWS"
        return len(n) <= 120 and not n.endswith(".") and len(n.split()) <= 15
    return len(n) <= 120 and not n.endswith(".") and bool(WRAP_TAIL_RE.match(n))


def _take_headline(text, lines, segs, j, run, dl_line, body_end, top: Top):
    """Set the headline from ``run`` if it reads as one; returns its spans, or None."""
    flash = bool(FLASH_RE.match(run[0].text))
    spans: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    trailing_by = marker = None
    for n, seg in enumerate(run):
        t = seg.text
        hs, he = clean_headline(t)
        if n == 0:
            hs = max(hs, header_prefix(t))
            if hs > 0 and t[:hs].strip(" *#"):
                other.append((seg.start, seg.start + hs))
            sec = strip_section(t[hs:])
            if sec:
                other.append((seg.start + hs, seg.start + hs + sec))
                hs += sec
        if n == len(run) - 1:
            cut = stamp_tail(t[hs:he])
            if cut is not None:
                other.append((seg.start + hs + cut, seg.start + he))
                he = hs + cut
            rest = text[seg.end:min(body_end, seg.end + 20000)]
            mk = MARKER_RE.search(t, max(hs, he - 40), he)  # "... by NAME (picture)"
            by_end = mk.start() if mk else he
            tb = None if flash else split_trailing_byline(t[hs:by_end], rest)
            if tb is not None:
                cut, at, by = tb
                trailing_by = (seg.start + hs + at, seg.start + by_end, by)
                marker = (seg.start + mk.start(1), seg.start + mk.end(1)) if mk else None
                he = hs + cut
        while he > hs and t[he - 1] in " \t\u00a0":
            he -= 1
        if he > hs:
            spans.append((seg.start + hs, seg.start + he))
        if n == len(run) - 1 and marker:
            spans.append(marker)  # the picture marker stays with the headline
    head = " ".join(" ".join(text[s:e] for s, e in spans).split())
    followed = any(not lines[k].blank for k in range(run[-1].line + 1, len(lines))
                   if lines[k].start < body_end)
    at_dateline = dl_line is not None and run[-1].line + 1 == dl_line  # the next line opens the story
    if not _reads_as_headline(head, run, flash, followed, lines, at_dateline):
        return None
    top.headline = head
    top.parts.extend(Part("headline", sp, "headline.first_text") for sp in spans)
    top.parts.extend(Part("other", sp, "headline.furniture") for sp in other)
    if trailing_by is not None:
        s, e, (names, title, agency) = trailing_by
        top.bylines.extend(make_bylines(names, title, s))
        top.agency = top.agency or agency
        top.parts.append(Part("byline", strip_span(text, s, e), "byline.on_headline_line"))
    return spans


def _reads_as_headline(head: str, run, flash: bool, followed: bool, lines, at_dateline: bool = False) -> bool:
    """A headline: two words or more, no closing full stop, not a run-on paragraph."""
    words = head.split()
    if flash:
        return bool(words)  # a BRIEF: the flash line may be the whole story
    if head.upper().rstrip(":") in SUMMARY_LABELS:
        return False  # CNN's "STORY HIGHLIGHTS" over the summary points: a label, no headline
    if len(words) < 2 or len(head) > 300 or not followed:
        return False
    if _caps(head):
        return len(words) <= 45 and not _listing_heading(words, run, lines)
    if len(words) > 40:
        return False
    if head.endswith("!"):
        return False  # "Our team are the champions!": an exclaimed first sentence, not a wire headline
    if head.endswith(".") and not head.endswith("..."):
        return bool(re.search(r"\b(?:[A-Z]\.){1,3}$|\b(?:Inc|Corp|Co|Ltd|Jr|St|Bros)\.$", head))
    for m in SENTENCE_BREAK_RE.finditer(head):  # '"I was the director. We lied." - a quote opens an op-ed
        w = m.group(1).lower()
        if w not in ABBREVIATIONS and w + "." not in US_STATES and w not in MONTH_ABBREVIATIONS:
            return False
    # a hard-wrapped first paragraph: a line whose next line goes on in lower case, long (a
    # wrapped line) or short but followed by a long one ("China Construction Bank Corp., the" /
    # "nation's second-largest lender, said first-half profit rose 13"); a headline's next line
    # starts a sentence of its own
    last = run[-1]
    if last.line + 1 < len(lines) and not at_dateline:  # ("... (washingtonpost.com)" / "washingtonpost.com - ...")
        nxt = lines[last.line + 1].text.lstrip()
        if nxt[:1].islower() and (len(last.text) >= 60 or len(nxt.rstrip()) >= 50) and not BRAND_START_RE.match(nxt):
            return False  # (a sentence may open with a brand: "eBay said on Tuesday ...")
        if nxt[:1].isdigit() and words[-1].islower() and len(last.text) >= 60 and len(nxt.rstrip()) >= 50:
            return False  # "... warned Congress of the threat from climate change in" / "1988. Today, ..."
        if (words[-1].lower() in NEVER_LAST_WORDS and words[-1] != "A"  # not "Hepatitis A"
                and len(nxt.rstrip()) >= 40 and parse_byline(nxt) is None and not is_caption(nxt)):
            return False  # "Industrial & Commercial Bank of" / "China Ltd., the world's ...": no headline ends so
        last_word = words[-1].lower()
        if (len(last.text) >= 40 and (last_word in HANGING_WORDS or (last_word in ("by", "in", "on") and nxt[:1].islower()))
                and len(nxt.rstrip()) >= 15 and parse_byline(nxt) is None and not is_caption(nxt)):
            return False  # "Treasury coffers will take a £66 billion annual hit if" / "Britain goes for ..."
    return True


def _listing_heading(words, run, lines) -> bool:
    """ "BOYS LACROSSE" / "" / "Eastside d. Westside 9-4": a results listing's section label.

    A short caps label, a blank line, then a short line of scores: the page is a listing with
    no headline.  (1987 table titles sit directly over their first row, with no blank line.)
    """
    k = run[-1].line + 1
    if len(words) > 3 or any(ch.isdigit() for w in words for ch in w) or k >= len(lines) or not lines[k].blank:
        return False
    while k < len(lines) and lines[k].blank:
        k += 1
    nxt = lines[k].text.strip() if k < len(lines) else ""
    return 0 < len(nxt) <= 60 and bool(re.search(r"\d+-\d+", nxt)) and not nxt.endswith(".")


def _same(text: str, head_spans, line: str) -> bool:
    head = " ".join(text[s:e] for s, e in head_spans)
    return bool(head) and " ".join(line.split()).strip("*#= ") == " ".join(head.split())


# Daily Mail copy flattened onto one line: "By . NAME . and NAME . PUBLISHED: . ... . Text".
FLAT_BY_RE = lazy(r"(?:^|\s\.\s)(By \. )")
FLAT_STAMP_RE = lazy(
    rf"[ \t]*(?:{ANY_STAMP_LABEL}:[ \t]\.[ \t][^.|\n]{{4,40}}?[ \t]\.[ \t](?:\|[ \t]\.[ \t])?"
    r"|Last updated at [^.\n]{4,60}?[ \t]\.[ \t]"
    r"|Scroll down for (?:the )?videos?[ \t]\.[ \t])")  # a page's pointer under the byline
FLAT_PIECE_RE = lazy(r"[ \t]\.[ \t]")
# A photo caption right under the byline: a label of one to four words, a colon, one sentence
# up to the next " . " ("All smiles now: Jane Roe outside St. Mary's court . "; a full stop inside
# it only after an initial, a short abbreviation or in a number: "J. Roe", "Dr.", "U.S.", "3.5").
FLAT_CAPTION_RE = lazy(r"[A-Z][\w'’-]{1,20}(?: [\w'’-]{1,20}){0,3}: ((?:[^.\n]|(?<=\d)\.(?=\d)|(?<=\b[A-Z])\."
                       r"|(?<=\b[A-Z][a-z])\.|(?<=\b[A-Z][a-z]{2})\.){10,300}?)[ \t]\.[ \t](?=[A-Z‘'\"“])")


def _read_flat(text, lines, lo, dl_line, body_end, top: Top) -> bool:
    """The top of a flattened Daily Mail story; True if it was one."""
    if dl_line is not None or lo >= len(lines):
        return False
    i = lo
    while i < len(lines) and lines[i].blank:
        i += 1
    if i >= len(lines):
        return False
    line = lines[i]
    head = text[line.start:min(line.end, line.start + 2000)]
    m = FLAT_BY_RE.search(head)
    pos = 0
    if m and (m.start() == 0 or m.start() < 1500):
        by_at = m.start(1)
        end = _flat_byline(text, line.start + by_at, line.end, top)
        if end is None:
            return False  # not a flattened byline: the top is read the ordinary way
        if by_at > 0:
            top.parts.append(Part("other", strip_span(text, line.start, line.start + by_at), "headline.flat_summary"))
        pos = end - line.start
    while True:
        st = FLAT_STAMP_RE.match(head, pos)
        if not st or st.end() == pos:
            break
        top.parts.append(Part("other", strip_span(text, line.start + pos, line.start + st.end()), "headline.flat_stamp"))
        pos = st.end()
    if pos == 0:
        return False
    while pos < len(head) and head[pos] in " \t":
        pos += 1
    cap = FLAT_CAPTION_RE.match(head, pos) if m else None
    if cap:  # "By . Nora Pike . Fury: Residents were angry . A parrot ..."
        top.captions.append(" ".join(head[pos:cap.end(1)].split()))
        top.parts.append(Part("caption", (line.start + pos, line.start + cap.end(1)), "headline.flat_caption"))
        pos = cap.end()
    top.body_start = line.start + pos
    return True


def _flat_byline(text: str, s: int, end: int, top: Top) -> int | None:
    """ "By . Nora Pike . and Ivo Lamb . ": names until a piece that does not go on."""
    pos = s + len("By . ")
    pieces: list[tuple[int, int]] = []
    while pos < end and len(pieces) < 6:
        m = FLAT_PIECE_RE.search(text, pos, min(end, pos + 80))
        if not m:
            break
        pieces.append((pos, m.start()))
        alone = text[pos:m.start()].strip() in ("and", "&")  # "By . A . and . B .": the "and" on its own
        pos = m.end()
        if not alone and not re.match(r"(?:and|&)\s", text[pos:pos + 4]):
            break
    if not pieces:
        return None
    by_text = "By " + " ".join(text[a:b] for a, b in pieces)
    by = parse_byline(by_text)
    if by is None:
        return None
    names, title, agency = by
    for name, _, _ in names:  # found as printed: "R  Bell" keeps its two spaces (or a control
        # character that splits words: the byline is one line, so any white space)
        m = re.compile(r"\s+".join(map(re.escape, name.split()))).search(text, s, pos)
        if m:
            top.bylines.append(Byline(name, title, m.span()))
    top.agency = top.agency or agency
    top.parts.append(Part("byline", strip_span(text, s, pos), "byline.flat"))
    return pos
