"""Bylines: "By NAME[, NAME] and NAME[, TITLE]" lines above the dateline.

Shapes handled (one real shape each):
    "By Ted Hesson and Raul Cortes"                   Reuters web
    "by Ana Ruiz, with Ben Kahn in Cairo"             AFP, a second writer "with" a place
    "by Xinhua writers Liu Chen, Wang Bo"             an agency's title before the names
    "By  A ,  B  and  C"                              odd spacing
    "By Cal Mankowski, Reuters"                       1987 Reuters, agency after a comma
    "By Maggie Fox, Health and Science Editor"        a title after a comma
    "By Rosa Tamm and Jo Park - Analysis"            a story-type tag
    "By PAUL BYRNE and ALMUDENA CALATRAVA"            AP capitals (never re-cased)
    "By DORA KEMP Associated Press Writer"            name and title on one line
    "By . NAME . and NAME ."                          Daily Mail dots
    "**By A, B and C**"                               Markdown emphasis
    "By The Associated Press", "By . Associated Press ."  an agency, no person
    "By Jane Roe" / "BBC News, Manchester"            a title line: an outlet and the writer's base

Left alone: "By the end of 2004, ...", "By order of the Board", "By comparison, ...".
"""
from __future__ import annotations

import re

from ..lexicon import (HONORIFICS, JOB_WORDS, KNOWN_CITIES, MAJOR_AGENCIES, PAGE_LABEL_WORDS, REGIONS, NAME_PARTICLES, ORG_WORDS, NAME_SUFFIXES, PAPER_WORDS, PASSIVE_PARTICIPLES,
                       SURNAME_TITLE_WORDS, TITLE_DESKS, TITLE_WORDS)
from ..lazyre import lazy
from ..model import Byline
from ..text import unlink
from .agency import canonical_agency, copyright_agency
from .credit import EMAIL_RE
from .dates import MONTH_ABBR, WEEKDAY_ABBR
from .dateline import DASH
from .headline import ANY_STAMP_LABEL

BY_RE = lazy(r"^[\s*_]{0,4}(?:(?:--|—|–)[ \t]?)?(?:Story[ \t]|Written[ \t](?=by[ \t](?:[^|\n]{2,60}\||[^|\n]{1,59}[^|\n.!?\s][ \t]*$)))?(?:By|BY|by)(?:[\s.:]{1,6})(?=\S)")  # "Story by A", "Written by A | Mumbai | Updated: ..." (a web stamp's bar), "Written by A" alone (not a sentence: a man page's "Written by A, B, and C.")
HANDLE_RE = lazy(r"[ \t]+(?:Follow(?:[ \t]+(?:him|her|me|us))?(?:[ \t]+on[ \t]+Twitter)?:?[ \t]+)?@\w{1,30}[ \t]*$")
IN_PLACE_RE = lazy(r"^(.{3,60}?)\s+(?:in|In|IN)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}$")  # Daily Mail: "In New York"
BY_STAMP_RE = lazy(
    rf"(?:[ \t]*[|,][ \t]*|[ \t]+)(?:(?:on|{ANY_STAMP_LABEL})\b:?[ \t]*)?"
    rf"(?:{WEEKDAY_ABBR}[a-z]{{0,6}}\.?,?[ \t]+)?"
    rf"(?:{MONTH_ABBR}[a-z]{{0,6}}\.?[ \t]+\d{{1,2}}\b|\d{{1,2}}:\d\d)"
    rf"|(?:[ \t]*[|,][ \t]*|[ \t]+){ANY_STAMP_LABEL}\b")
NOT_NAME_WORDS = {"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "and", "or", "way", "far",
                  "then", "now", "this", "that", "end", "order", "comparison", "contrast", "law", "hand",
                  "chance", "mistake", "all", "accounts", "contrast", "design", "default", "midday"}
ONE_WORD_RE = lazy(r"^[A-Z][\w.'’&-]{1,30}$")
LOWER_NAME_RE = lazy(r"^[a-z][a-z'’-]{1,20}(?: [a-z][a-z'’-]{1,20}){1,2}$")
OUTLET_RE = lazy(r"^(?:The|the)\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5}$")
TICKER_RE = lazy(r"^\([A-Z]{1,8}:[A-Z0-9.]{1,10}\)$")
DASH_AGENCY_RE = lazy(r"[ \t]+[-\u2013\u2014]{1,2}[ \t]+([A-Za-z][\w.&' ]{1,40}?)[ \t]*$")  # " - Reuters" at the end
TAG_RE = lazy(r"\s+[-\u2013\u2014]\s+(?:Analysis|Analyse|Insight|Exclusive|Column|Commentary|Feature|Special Report)\s*$", re.I)
AND_SEP_RE = lazy(r"\b(?:and|And|AND)\b|&")
AND_AFTER_RE = lazy(r"[ \t.]{0,4}(?:and|And|AND|&)[ \t]")  # a name list goes on after this piece
# The last writer after a title: "... News Reporter" + " and Lucy Pell" (two or three capitalised words).
AND_LAST_RE = lazy(r"[ \t]{1,3}(?:and|&)[ \t]{1,3}(?P<name>[A-Z][\w'’.-]{1,20}(?:[ \t][A-Z][\w'’.-]{1,20}){1,2})[ \t.]*$")
SPLIT_RE = lazy(r"\s*(?:,|\b(?:and|And|AND)\b|&|;|\||\s\.\s|\s/\s|\b(?:with|With|WITH)\b)\s*")  # "By A / The Times"
NAME_WORD_RE = lazy(r"^(?:[A-ZÀ-ÞĀ-Ž][\w'’.\-]*|[A-Z]\.|[OoDd]['’][A-Z][\w'’\-]*|(?:Mc|Mac)[A-Z]\w*|[a-z]{1,3}-[A-Z][\w'’\-]*)$")


def _is_title_word(w: str) -> bool:
    return w.lower().strip(".,()") in TITLE_WORDS


def _name_words(words: list[str]) -> bool:
    if not 2 <= len(words) <= 5:
        return False
    if words[0].lower() in ("the", "a", "an"):
        return False
    if words[-1] in NAME_PARTICLES:
        return False  # "Jean-Luc de la": the surname is still to come ("Ravi K Das" is whole)
    if any(w.lower().strip(".,") in ORG_WORDS for w in words):
        return False  # "Law Firm LLP", "State University": an organisation, not a person
    for w in words:
        lw = w.lower()
        if lw in NAME_PARTICLES or lw in NAME_SUFFIXES:
            continue
        if not NAME_WORD_RE.match(w) or any(c.isdigit() for c in w):
            return False
    if _outlet_words(words):
        return False  # "BBC News", "Jo Twist BBC": an outlet, not a person ("Marie FORTIER" is one)
    return True


def _outlet_words(words: list[str]) -> bool:
    """An acronym opening mixed-case words ("BBC News", "CNN Wire") or after a whole mixed-case
    name ("Jo Twist BBC"); AFP's capital surnames ("Marie FORTIER", "Kelly MACNAMARA") are names."""
    if len(words[0]) >= 3 and _acronym(words[0]) and any(
            _mostly_lower(w) for w in words[1:] if w.lower() not in NAME_PARTICLES):
        return True  # not "DJ Smith", "TJ Holt": two capitals are initials
    mixed = 0
    for w in words:
        if _acronym(w):
            if mixed >= 2:
                return True
        elif _mostly_lower(w):
            mixed += 1
    return False


def _mostly_lower(w: str) -> bool:
    """ "News", "Twist", "Lee"; not "d'AFFLISIO", "McDONALD" (capitals with a particle)."""
    return sum(c.islower() for c in w) > sum(c.isupper() for c in w)


def _acronym(w: str) -> bool:
    """ "BBC", "CNN", "NPR": two capitals or more, no lower case, no full stop (not "J.R.")."""
    return len(w) >= 2 and w.isalpha() and w.isupper() and w.lower() not in NAME_SUFFIXES




def split_name_title(piece: str) -> tuple[str | None, str | None]:
    """Split "DORA KEMP Associated Press Writer" into name and title.

    >>> split_name_title("DORA KEMP Associated Press Writer")
    ('DORA KEMP', 'Associated Press Writer')
    >>> split_name_title("Health and Science Editor")
    (None, 'Health and Science Editor')
    >>> split_name_title("Tim Daily")
    ('Tim Daily', None)
    """
    words = piece.split()
    while len(words) > 2 and TICKER_RE.match(words[-1]):
        words = words[:-1]  # "Nate Rand (NSE:RAND)": a web auto-linker's ticker after the name
    if (len(words) >= 2 and _acronym(words[0]) and canonical_agency(words[0])
            and (any(_is_title_word(x) or x.lower() in JOB_WORDS for x in words[1:])
                 or " ".join(words[1:]).lower() in REGIONS or " ".join(words[1:]).upper() in KNOWN_CITIES)):
        return None, piece  # "PA Industrial Correspondent", "AAP Sport Writer", "PA Scotland": an agency's title, no name
    for i, w in enumerate(words):
        if i >= 2 and _acronym(w) and not any(_acronym(x) for x in words[:i]) and _name_words(words[:i]):
            return " ".join(words[:i]), " ".join(words[i:])  # "Jo Twist BBC News Online reporter"
        if i >= 2 and i + 1 < len(words) and canonical_agency(w) and _is_title_word(words[i + 1]) \
                and _name_words(words[:i]):
            return " ".join(words[:i]), " ".join(words[i:])  # "ANN LEE UPI Senior Writer": capitals throughout
        if (i == len(words) - 1 and not w.isupper() and not _is_title_word(w)
                and canonical_agency(w) not in (None, *MAJOR_AGENCIES)
                and not _name_words(words[:i]) and _name_words(words)):
            continue  # "By Maria Sana", "By Hiba Antara": a surname that is also a small agency's name
        if i and w in ("For", "for", "FOR", "Of", "of", "OF") and i + 1 < len(words) and words[i + 1][:1].isupper():
            return (" ".join(words[:i]), " ".join(words[i:])) if _name_words(words[:i]) else (None, None)
        if _is_title_word(w) or canonical_agency(" ".join(words[i:])) or (
                i and canonical_agency(w) and w.isupper() is False) or any(
                canonical_agency(" ".join(words[i:i + n])) for n in (2, 3, 4) if i + n <= len(words)):
            name, title = words[:i], " ".join(words[i:])
            if not name:
                return None, title
            if _name_words(name):
                return " ".join(name), title
            if (w.lower() not in SURNAME_TITLE_WORDS or not _name_words(words)
                    or any(canonical_agency(x) for x in words)):
                return None, None
            # "Tim Daily", "Jane Post": a surname that is also a title word
    return (" ".join(words), None) if _name_words(words) else (None, None)


COPY_TAIL_RE = lazy(r"[ \t]{1,6}((?:c\.|©|\(c\))[ \t]?\d{4}[ \t,]{1,3}[A-Z][^\n]{1,60})$")  # a flattened copyright line


def parse_byline(line: str) -> tuple[list[tuple[str, int, int]], str | None, str | None] | None:
    """Names with offsets in ``line``, the title and the agency; None if not a byline.

    A house byline ("By The Associated Press", "By . Daily Mail Reporter .") gives no names.
    Markdown links read as their text ("By [Ana Ruiz](https://...)"), but no name may run
    across a link's marks.

    >>> names, title, agency = parse_byline("By Cal Mankowski, Reuters")
    >>> [n for n, _, _ in names], title, agency
    (['Cal Mankowski'], 'Reuters', 'Reuters')
    """
    view = unlink(line)
    by = _parse_byline(view)
    if by is not None and view != line and any(view[s:e] != line[s:e] for _, s, e in by[0]):
        return None  # "[A](url) Kand [B](url)": one "name" over a link's marks is no byline
    return by


def _parse_byline(line: str) -> tuple[list[tuple[str, int, int]], str | None, str | None] | None:
    m = BY_RE.match(line)
    if not m:
        return _stamped_byline(line)
    line = line.replace("\u00a0", " ")  # "By\u00a0Ana\u00a0Ruiz": no-break spaces are spaces (same offsets)
    rest_start = m.end()
    rest = line[rest_start:].rstrip(" *_.=<|\t\u00a0\u200b\u200c\u200d\ufeff")  # (zero-width marks of web copy; a bar
    # closing the line: "Written by A | New Delhi |" over its "Updated: ..." stamp)
    if len(rest) > 200 or not rest:
        return None
    handle = HANDLE_RE.search(rest)  # "-- By NAME Follow @name": the writer's social handle
    if handle:
        rest = rest[:handle.start()]
    stamp = BY_STAMP_RE.search(rest)  # "By NAME | June 3, 2014", "By NAME, Updated 2:30 PM ET"
    if stamp and stamp.start() > 0:
        rest = rest[:stamp.start()]
    tag = TAG_RE.search(rest)
    if tag:
        rest = rest[:tag.start()]
    lead_title = None
    dash = DASH_AGENCY_RE.search(rest)
    if dash and canonical_agency(dash.group(1)) and dash.start() > 0:  # "By Ann Lee - Reuters"
        lead_title = (dash.group(1).strip(), canonical_agency(dash.group(1)))
        rest = rest[:dash.start()]
    copy = COPY_TAIL_RE.search(rest) if "c." in rest or "©" in rest or "(c)" in rest else None
    if copy and copy.start() > 0 and copyright_agency(copy.group(1)):  # "By ANA RUIZ c.2000 Cox News Service"
        lead_title = (copy.group(1), copyright_agency(copy.group(1)))
        rest = rest[:copy.start()]
    house = _house_byline(rest)
    if house is not None:
        return [], house[0], house[1]
    if _headline_clause(rest):
        return None
    names: list[tuple[str, int, int]] = []
    title_at = title_end = None
    pos = 0
    for piece in SPLIT_RE.split(rest):
        piece_clean = piece.strip(" .*_\t\u00a0")
        if piece_clean.endswith(" Follow") and len(piece_clean.split()) >= 3:
            piece_clean = piece_clean[:-7].rstrip()  # WSJ: "By Ana Ruiz Follow and Bo Lind Follow": the page's button
        idx = rest.find(piece_clean, pos) if piece_clean else -1
        joined = idx > pos and AND_SEP_RE.search(rest, pos, idx) is not None  # "A and B": B is a name, not an outlet
        if idx >= 0:
            pos = idx + len(piece_clean)
        if not piece_clean:
            continue
        if names and EMAIL_RE.fullmatch(piece_clean):  # "By A | a@example.com | May 3"
            continue  # the writer's address beside the name
        if names and piece_clean.upper() in KNOWN_CITIES and not rest[pos:].strip(" ,.;"):
            title_at = idx  # "By Ana Ruiz, New Delhi": the writer's place, no second name
            break
        if piece_clean.lower() in NAME_SUFFIXES and names:
            n, s, e = names[-1]
            names[-1] = (" ".join(line[s:rest_start + pos].split()), s, rest_start + pos)  # as printed
            continue
        if not names and lead_title is None and idx >= 0 and AND_AFTER_RE.match(rest, pos):
            house = _house_byline(piece_clean)
            if house is not None and (house[1] or piece_clean.split()[-1].lower() in JOB_WORDS):
                # Daily Mail: "By . Associated Press . and Ann Lee .", "Daily Mail Reporter and A"
                # (not "MATT DAILY and BRADEN REDDALL": two names)
                lead_title = house
                continue
        if not names and title_at is None and idx >= 0:
            tn = title_then_name(piece_clean)
            if tn is not None and tn[2] and any(_is_title_word(w) for w in tn[1].split()):
                # "by Xinhua writers Liu Chen, Wang Bo": the title (an agency and a job) comes first
                (name, ns, ne), title_first, agency_first = tn
                start = rest_start + idx
                names.append((name, start + ns, start + ne))
                lead_title = (title_first, agency_first)
                continue
        placed = _name_in_place(piece_clean) if " In " in piece_clean or " IN " in piece_clean else None
        if placed:  # Daily Mail: "Ann Lee In New York For Mailonline"
            start = rest_start + idx
            names.append((placed, start, start + _words_end(piece_clean, len(placed.split()))))
            continue
        if names and _paper_name(piece_clean):
            title_at = idx  # "By A, Wall Street Journal": a paper's name after the writer, no "The"
            break
        name, title = split_name_title(piece_clean)
        if names and name and title and name.split()[-1].lower() in SURNAME_TITLE_WORDS:
            title_at = idx  # "By A, Harbor Times Business Editor": after a name, an outlet and its desk
            break
        placed = _name_in_place(piece_clean) if name is None and title is None else None
        if placed:  # "John Roe in Washington": the place is no name
            start = rest_start + idx
            names.append((placed, start, start + _words_end(piece_clean, len(placed.split()))))
            continue
        if name is None and title is None:
            last = not rest[pos:].strip(" ,.;")
            if names and (_title_like(piece_clean) or OUTLET_RE.match(piece_clean)
                          or (last and not joined and ONE_WORD_RE.match(piece_clean))):
                title_at = idx  # "By Tom Kras, The Lakeside Union-Tribune", "..., Reutersd": the outlet
                break
            if (LOWER_NAME_RE.match(piece_clean) and canonical_agency(rest[pos:].strip(" ,.;"))
                    and not any(w in NOT_NAME_WORDS for w in piece_clean.split())):
                start = rest_start + idx  # "By keith lane, Reuters": a name the wire did not capitalise
                names.append((piece_clean, start, start + len(piece_clean)))
                continue
            return None
        if name:
            start = rest_start + idx
            names.append((name, start, start + _words_end(piece_clean, len(name.split()))))
        if title:
            title_at = idx + (len(piece_clean) - len(title))
            more = AND_LAST_RE.match(rest, pos) if names and name is None else None
            if more:  # "By A, News Reporter and B" (Reach's papers): the title is A's, B is a second writer
                nm, tt = split_name_title(more["name"])
                if nm == more["name"] and tt is None:
                    names.append((nm, rest_start + more.start("name"), rest_start + more.end("name")))
                    title_end = pos
            break
    title = " ".join(rest[title_at:title_end].split()).strip(" ,.-") if title_at is not None else None
    agency = (canonical_agency(title) or _agency_in(title)) if title else None
    if lead_title is not None and title is None:
        title, agency = lead_title
    elif lead_title is not None and lead_title[1]:
        agency = lead_title[1]  # "By Reuters and Associated Press": the first agency printed
    if not names and not agency:
        return None
    return names, title or None, agency


GERUND_RE = lazy(r"^[A-Z][a-z]{2,20}ing$|^[A-Z]{3,21}ING$")  # "Leveraging", "USING"; not "King", "Ming"


def _headline_clause(rest: str) -> bool:
    """ "By Popular Demand, Museum Extends Hours", "By Leveraging Data, Farmers Cut Costs": a
    headline opening with "By", a phrase and a comma, then a clause.  Bylines list names with
    "and" ("By A, B and C") and put a title, agency or place after a comma ("By A, Reuters"),
    so a comma-only pair is a headline when the part after the comma reads as a clause (four
    words or more, or a word in lower case), or the part before it opens with a gerund.  "By
    Ana Ruiz", "By Ana Ruiz, Ben Kahn" and "By John Smith, Mary Ann Jones" stay bylines."""
    head, comma, tail = rest.partition(",")
    if not comma or "," in tail or AND_SEP_RE.search(rest) or ";" in rest or "|" in rest:
        return False
    hw, tw = head.split(), tail.split()
    if not 1 <= len(hw) <= 4 or not 2 <= len(tw) <= 6:
        return False
    if split_name_title(tail.strip(" .")) != (" ".join(tw).strip(" ."), None):
        return False  # "By A, Press Association Political Correspondent": a title after the name
    words = [w for w in tw if w.lower() not in NAME_PARTICLES]
    # a clause: four words or more, or one in lower case ("Museum extends hours"); three
    # capitalised words may be one name ("By John Smith, Mary Ann Jones")
    long_tail = len(words) >= 4 or any(w[:1].islower() for w in words)
    # a gerund opens the phrase ("By Sharing Tractors, Growers Trim Costs"); a first name may
    # end in "-ing" too, so two words after the comma stay a writer ("By Channing Lee, Ana Ruiz")
    return long_tail or (len(words) >= 3 and bool(GERUND_RE.match(hw[0])))


# Anadolu's web byline: names, a bar and the dotted date, no "By" ("Ana Ruiz  |05.01.2024 - Update : 05.01.2024").
STAMPED_BYLINE_RE = lazy(
    r"^[ \t]{0,4}(?P<names>[A-Z][^|\n]{2,120}?)[ \t]{0,8}\|[ \t]{0,3}\d{1,2}\.\d{1,2}\.\d{4}"
    r"(?:[ \t]{0,3}-[ \t]{0,3}Update[ \t]{0,3}:[ \t]{0,3}\d{1,2}\.\d{1,2}\.\d{4})?[ \t]*$")


# Indian papers' staff bylines with no name: "Special Correspondent", "Staff Reporter", "Our Bureau".
STAFF_TITLE_RE = lazy(
    r"^[ \t*_]{0,4}(?P<title>(?:Our[ \t])?(?:Special|Staff|Legal|Political|Sports|Business|Diplomatic|City)[ \t]"
    r"(?:Correspondent|Reporter)|Our[ \t](?:Correspondent|Bureau|Reporter))[ \t*_.]*$")


def _stamped_byline(line: str):
    """parse_byline() of "Ana Ruiz  |05.01.2024 - Update : 05.01.2024" (Anadolu) and of a staff
    byline with no name ("Special Correspondent"); None for other lines."""
    if "|" not in line:
        t = STAFF_TITLE_RE.match(line) if line[:1] in "OSLPBDC \t*_" else None
        return ([], t["title"], None) if t else None
    m = STAMPED_BYLINE_RE.match(line)
    if not m:
        return None
    at = m.start("names")
    by = parse_unsigned(m["names"])
    if not by or not by[0] or by[1] is not None or any(
            w.lower() in PAGE_LABEL_WORDS for n, _, _ in by[0] for w in n.split()):
        return None  # names only: "Markets |05.01.2024", "Top Stories |05.01.2024" are section stamps
    return [(n, s + at, e + at) for n, s, e in by[0]], None, None


def parse_unsigned(piece: str):
    """parse_byline of names printed without "By" ("Jean Leclerc", "Ana Ruiz, The Canadian
    Press"): (names with offsets in ``piece``, title, agency), or None."""
    lead = len(piece) - len(piece.lstrip())
    by = parse_byline("By " + piece.strip())
    if by is None:
        return None
    return [(n, s - 3 + lead, e - 3 + lead) for n, s, e in by[0]], by[1], by[2]


# House bylines: an agency or desk, no person.
HOUSE_RE = lazy(
    r"^(?:the\s+)?(?P<org>.{2,40}?)(?:\s+(?:wire\s+)?(?:staff|correspondents?|reporters?|writers?|"
    r"news\s+service|staff\s+and\s+agencies|wire\s+services|wires))?$", re.I)


# A paper's desk or service as the whole byline (South Asian papers print these for wire copy).
DESK_BYLINE_RE = lazy(r"^(?:[Tt]he\s)?(?:[A-Z][\w.&'’-]{1,20}\s){0,3}(?i:news\sservice|news\sdesk|web\sdesk|online\sdesk|digital\sdesk"
                      r"|desk|bureau|report|wire\sservices|staff\sand\sagencies|agencies)$")


# Words of a house byline beside title words: "Mail On Sunday Reporter", "Mailonline Reporter".
HOUSE_CONNECTORS = {"and", "of", "the", "our", "for", "on", "sunday", "mailonline", "dailymail"}


def _house_byline(rest: str) -> tuple[str, str | None] | None:
    """ "The Associated Press", "the CNN Wire Staff", "dpa correspondents", "Daily Mail Reporter"."""
    s = " ".join(rest.replace(" . ", " ").split()).strip(" .")
    if not s:
        return None
    agency = canonical_agency(s)
    if agency:
        return s, agency
    m = HOUSE_RE.match(s)
    if m and m.group("org") != s:
        agency = canonical_agency(m.group("org"))
        if agency:
            return s, agency
    words = s.split()
    if 2 <= len(words) <= 5 and all(_is_title_word(w) or w.lower() in HOUSE_CONNECTORS
                                    for w in words) and _is_title_word(words[-1]):
        return s, None  # "Daily Mail Reporter", "Staff Writer"
    if DESK_BYLINE_RE.match(s):
        return s, None  # a paper's desk: "Express News Service", "The Hindu Bureau", "Web Desk", "Agencies"
    if ("," not in s and 2 <= len(words) <= 5 and words[-1] in ("Staff", "staff")
            and all(w[:1].isupper() or w.lower() in HOUSE_CONNECTORS for w in words[:-1])):
        return s, None  # an outlet's staff: "Al Jazeera Staff", "The Harbor Post staff" (not "Ana Ruiz, Staff")
    if 1 <= len(words) <= 3 and _acronym(words[0]) and len(words[0]) <= 5 and (
            len(words) == 1 and len(words[0]) >= 3
            or all(_is_title_word(w) for w in words[1:]) and not all(w.isupper() for w in words[1:])):
        # (not a name in capitals whose surname is a title word: "SARAH WHITE", "MATT DAILY")
        return s, None  # a paper's house byline: "HT Correspondent", "ET Bureau", "TNN"
    head, comma, place = s.rpartition(",")
    if comma and place.strip().upper() in KNOWN_CITIES and "," not in head:
        house = _house_byline(head)
        if house is not None:
            return s, house[1]  # "HT Correspondent, New Delhi": the desk's place after it
    return None


def _paper_name(piece: str) -> bool:
    """ "Wall Street Journal", "Harbor Times", "Lakeside Daily Herald"; not "Emily Post"."""
    words = piece.split()
    return 2 <= len(words) <= 6 and words[-1].lower() in PAPER_WORDS and all(w[:1].isupper() for w in words)


def _name_in_place(piece: str) -> str | None:
    """The name before "in PLACE" when it has no title: "Ann Lee In New York" -> "Ann Lee"."""
    loc = IN_PLACE_RE.match(piece)
    name, title = split_name_title(loc.group(1)) if loc else (None, None)
    return name if name and not title else None


def _words_end(text: str, n: int) -> int:
    """Where the n-th word of ``text`` ends: a name's span keeps its printed spacing."""
    m = re.match(r"\s*\S+(?:\s+\S+){%d}" % (n - 1), text) if n > 0 else None
    return m.end() if m else len(text)


def _title_like(text: str) -> bool:
    return any(_is_title_word(w) for w in text.split())


def _agency_in(title: str) -> str | None:
    """The agency inside a title: "Associated Press Writer" -> AP, "AP Sports Writer" -> AP."""
    words = title.split()
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            a = canonical_agency(" ".join(words[i:i + n]))
            if a and (n > 1 or words[i].isupper() or len(words[i]) >= 5):  # "Xinhua Correspondent"
                return a
    return None


def title_line(line: str) -> tuple[str, str | None] | None:
    """A line that only holds a byline's title: "Associated Press", "AP Business Writer".

    >>> title_line("AP Television Writer"), title_line("Associated Press Sports")
    (('AP Television Writer', 'AP'), ('Associated Press Sports', 'AP'))
    >>> title_line("Oil prices rise") is None
    True
    """
    s = line.strip(" *_.=<^\t\u00a0")
    if not s or len(s) > 60:
        return None
    words = s.split()
    if not words:
        return None
    if canonical_agency(s):
        return s, canonical_agency(s)
    if words[0].lower() == "for" and canonical_agency(" ".join(words[1:])):
        return s, canonical_agency(" ".join(words[1:]))
    agency = _agency_in(s)
    if agency:
        # "AP Television Writer", "Associated Press Sports": an agency plus desk or job words
        rest = [w for w in words if canonical_agency(w) is None and w.lower() not in ("associated", "press", "the", "for")]
        if len(words) <= 6 and all(w[:1].isupper() for w in rest) and (
                not rest or any(_is_title_word(w) or w.lower() in TITLE_DESKS for w in rest)):
            return s, agency
        return None
    if all(_is_title_word(w) or w.lower() in ("and", "of", "the", "for") for w in words) and any(
            _is_title_word(w) for w in words):
        return s, None
    if _outlet_title(line.strip(" *_\t\u00a0")):
        return s, None
    job, comma, outlet = s.partition(", ")
    if comma and all(_is_title_word(w) for w in job.split()) and _outlet_title(outlet):
        return s, None  # "Technology correspondent, BBC News website": a job, then the outlet
    if SPECIAL_TO_RE.match(s):
        return s, canonical_agency(SPECIAL_TO_RE.match(s)["outlet"])  # "Special to The Harbor Times"
    return None


SPECIAL_TO_RE = lazy(r"^(?:Special|Exclusive|Written)\ (?:to|for)\ (?:the\ |The\ )?(?P<outlet>[A-Z][\w.'’&-]{0,30}(?:\ [A-Z][\w.'’&-]{0,30}){0,4})$")


# Words that make a line under a byline an outlet or a job, not a company ("Harbor Group Ltd.").
OUTLET_TITLE_WORDS = JOB_WORDS | PAPER_WORDS | {"news", "post", "online", "radio", "television", "tv", "wire",
                                                "press", "website", "service"}
PLACE_TAIL_RE = lazy(r"^[A-Z][\w'’.\-]{1,25}(?:[ \t][A-Z][\w'’.\-]{1,25}){0,2}$")


def _outlet_title(s: str) -> bool:
    """An outlet and desk, maybe with the writer's base: "BBC News, Manchester", "Harbor Times
    chief sports writer".  Capitalised words are the outlet's name; every lower-case word is a
    desk or job word, and one word at least names an outlet or a job (not "Harbor Group Ltd.")."""
    if s[-1:] in ".!?:;\"”":
        return False
    head, comma, place = s.partition(",")
    words = head.split()
    if not 2 <= len(words) <= 7 or not words[0][:1].isupper():
        return False
    if comma and (not PLACE_TAIL_RE.match(place.strip()) or place.strip()[-2:] in ("'s", "’s")):
        return False
    for w in words:
        if not w[:1].isupper() and not (_is_title_word(w) or w.lower() in TITLE_DESKS or w.lower() in OUTLET_TITLE_WORDS
                                        or w.lower() in ("and", "of", "the", "for")):
            return False  # ("BBC News website technology reporter": "website" names the outlet)
    return any(w.lower().strip(".,") in OUTLET_TITLE_WORDS for w in words)


def make_bylines(names, title, offset: int) -> list[Byline]:
    return [Byline(n, title, (offset + s, offset + e)) for n, s, e in names]


# A lower-case "by NAME" that ends a sentence ("... reported by Ana Ruiz."; not "Ana R." or
# "Jr."), follows a comma, or closes a list item ("- added docs by Ana Ruiz", "* ...").
SENTENCE_BY_RE = lazy(r"[^\s.]{3}[ \t]{0,4}\.[\s*_]{0,8}$|,[ \t]{1,4}by[ \t]|^[ \t]{0,8}[-*+•][ \t]")
SENTENCE_END_RE = lazy(r"[^\s.]{3}[ \t]{0,4}\.[\s*_]{0,8}$|^[ \t]{0,8}[-*+•][ \t]")  # the same, the comma aside
AGENCY_DASH_RE = lazy(r"\(([A-Za-z][\w .&/-]{0,30})\)[ \t]{0,3}" + DASH)  # "Tokyo (AFP) - "


def _agency_dateline(rest: str) -> bool:
    """An agency's dateline ("Tokyo (AFP) -") opens the story below, within its first lines."""
    m = AGENCY_DASH_RE.search(rest, 0, 400)
    return m is not None and canonical_agency(m.group(1)) is not None


TRAILING_BY_RE = lazy(r"[ \t\u00a0]+(By|BY|by)[ \t\u00a0]")
THREE_WORDS_RE = lazy(r"\s*\S+\s+\S+\s+\S+")


def split_trailing_byline(head: str, rest: str = ""):
    """A byline printed at the end of the headline line: (cut, byline start, parse) or None.

    "Mayors Meet on Transit Funding  By RUTH OKAFOR, Associated Press Writer" (a title
    or two spaces say byline); AFP's "Tokyo exporters cheer weaker yen by Kenji Morioka"
    (lower-case "by": only when the name does not turn up in the story and does not open
    with an honorific, so "... hit by Hurricane Katrina" stays a headline).

    >>> cut, at, by = split_trailing_byline("Rebels agree to talks  By JOHN SMITH, AP Writer")
    >>> cut, by[0][0][0], by[1]
    (21, 'JOHN SMITH', 'AP Writer')
    """
    # Linear on "By By By ...": no slicing or splitting of the whole line per match.
    three = THREE_WORDS_RE.match(head)
    end = len(head.rstrip(" *_."))
    for m in TRAILING_BY_RE.finditer(head, max(0, end - 260)):  # a byline is near the end
        if three is None or three.end() > m.start():
            continue  # fewer than three words before "By"
        if end - m.start(1) > 208:
            continue  # parse_byline gives None for more than 200 characters after "By "
        by = parse_byline(head[m.start(1):])
        if by is None or not by[0]:
            continue
        names, title, agency = by
        wide = m.start(1) - m.start() >= 2
        job = bool(title) and any(w.lower().strip(".,") in JOB_WORDS for w in title.split())
        if agency or job or (wide and m.group(1) != "by"):
            return m.start(), m.start(1), by
        before = head[:m.start()]  # reached only by the few "By" within 208 chars of the end
        comma = m.group(1) == "by" and before.endswith(",") and _agency_dateline(rest)
        if m.group(1) == "by" and (SENTENCE_END_RE.search(head) if comma else SENTENCE_BY_RE.search(head)):
            continue  # "This issue was reported by Ana Ruiz.", "- fixes, by Ana Ruiz": a sentence or list item
        # (AFP: "... weaker yen, by Kenji Morioka" over "Tokyo (AFP) - ...": the comma sets off the byline)
        cut = len(before) - 1 if comma else m.start()
        if (m.group(1) == "BY" and re.search(r"[a-z]", before) and len(names) <= 2
                and all(2 <= len(n[0].split()) <= 4 for n in names)
                and not any(n[0].split()[0].lower().strip(".") in HONORIFICS for n in names)):
            return cut, m.start(1), by  # AFP: "... weaker yen BY Kenji Morioka" (capitals in a mixed-case line)
        last = before.rsplit(None, 1)[-1] if before.strip() else ""
        low = last.lower()
        if m.group(1) == "by" and (low in PASSIVE_PARTICIPLES or (low.endswith("ed") and last.isalpha() and (
                last.islower() or (last[1:].islower() and len(last) >= 6)))):
            continue  # "This page was written by Ana Ruiz", "Messages Generated by Key Actions": the agent
            # of a passive, no byline (not a short name, "Ted by ...")
        if (m.group(1) == "by" and re.search(r"[a-z]", before) and len(names) <= 2
                and all(2 <= sum(w.lower() not in NAME_PARTICLES for w in n[0].split()) <= 3
                        and len(n[0].split()) <= 5 for n in names)):  # "by Kenji Morioka", "by Ana de la Cruz and Bo Li"
            if any(n[0].split()[0].lower().strip(".") in HONORIFICS for n in names):
                continue
            if not any(re.search(r"\b" + r"\s+".join(map(re.escape, n[0].split())) + r"\b", rest) for n in names):
                return cut, m.start(1), by
    return None


def title_then_name(line: str):
    """ "CNN Political Reporter Dana Pell": ((name, start, end), title, agency) or None."""
    s = line.strip(" *_.\t\u00a0")
    if len(s) > 120:
        return None
    words = s.split()
    for k in (5, 4, 3, 2):
        if len(words) <= k:
            continue
        name, pre = words[-k:], words[:-k]
        if k > 3 and not any(w.lower() in NAME_PARTICLES for w in name[1:-1]):
            continue  # four or five words only with particles: "... Reporter Ana de la Cruz"
        if _name_words(name) and not any(_is_title_word(w) for w in name) and all(_is_title_word(w) or canonical_agency(w) or w.lower() in ("and", "of", "the")
                                     for w in pre):
            title = " ".join(pre)
            start = line.find(name[0], line.find(pre[-1]) + len(pre[-1]))
            nm = " ".join(name)
            end = start + _words_end(line[start:], len(name))  # as printed: "Jo  Bloggs" keeps two spaces
            return (nm, start, end), title, _agency_in(title) or canonical_agency(pre[0])
    return None
