"""parse(text) -> Story: the rules, run in a fixed order over one story.

Order: lines -> transmission header -> tail (sign-offs, credit) -> dateline -> top
(headline, captions, bylines) -> body -> agency -> everything else is "other".
Each step records the parts it claimed, so every character can be traced to a rule.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from operator import itemgetter

from .lazyre import lazy
from .model import Byline, Credit, Dateline, Part, Story
from .rules import wire as wire_rule
from .rules.agency import canonical_agency, headline_agency, named_agency, opening_agency
from .rules.body import body_paragraphs, web_junk
from .rules.byline import make_bylines, parse_byline, title_line
from .rules.credit import parse_roles
from .rules.dates import month_number
from .lexicon import KNOWN_CITIES, NAME_PARTICLES, NAME_SUFFIXES, NEVER_LAST_PARTICLES, PLACE_NAME_WORDS, REGIONS
from .rules.dateline import (DASH, DatelineMatch, dash_on_next_line, is_caps_place, layout_agency, lone_place, match_dateline,
                             photo_caption_over_dateline, stacked_dateline)
from .rules.headline import ANY_STAMP_LABEL, NOTE_VERB, is_brief_flash, is_caption, is_junk, is_note
from .rules.top import read_top
from .rules.signoff import signoff_agency
from .rules.tail import read_tail
from .text import Line, split_lines, strip_span, unlink

TOP_SCAN_LINES = 14      # how many non-blank lines the dateline may sit below the top


def parse(text: str, *, year: int | None = None) -> Story:
    """Parse one wire story.  Total: any string gives a Story; it never raises.

    >>> s = parse("Oil rises\\n\\nLONDON, March 3 (Reuters) - Oil rose.\\n\\n(Reporting by Jo Bloggs)")
    >>> s.headline, s.dateline.cities, s.agency, [c.name for c in s.credit.reporting]
    ('Oil rises', ('LONDON',), 'Reuters', ['Jo Bloggs'])
    """
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    try:
        return _parse(text, year)
    except Exception as exc:  # a rule bug must not lose the story: keep it all as body
        return Story(body=" ".join(text.split()), parts=((Part("other", (0, len(text)), "pipeline.fallback"),) if text.strip() else ()),
                     warnings=(f"internal parser error ({type(exc).__name__}); story kept as body",))


def _parse(text: str, year: int | None) -> Story:
    lines = split_lines(text)
    parts: list[Part] = []
    warnings: list[str] = []

    # 1. transmission header (ANPA-1312 / IPTC 7901) at the top, trailer control codes
    wire, lo, hi, hdr_parts = wire_rule.find_envelope(text, lines, year)
    parts.extend(hdr_parts)
    header_end = max((p.span[1] for p in hdr_parts if p.rule == "wire.find_header"), default=0)
    if lo < len(lines) and lines[lo].start < header_end < lines[lo].end:
        # the story starts on the header's last line, after its STX: no rule reads before it
        first = lines[lo]
        lines = lines[:lo] + [Line(header_end, first.end, text[header_end:first.end])] + lines[lo + 1:]
    if year is None and wire is not None and wire.date and wire.date[:4].isdecimal():
        year = int(wire.date[:4])

    # 2. the tail: sign-offs and the credit line, from the end upwards
    body_end, credit, tail_parts, tail_agency = _read_tail(text, lines, lo, hi)
    parts.extend(tail_parts)
    trailer = [p.span[0] for p in hdr_parts if p.rule == "wire.trailer"]
    if trailer:  # an ETX glued to the last line ("... he said.\x03"): the body stops there
        body_end = min(body_end, min(trailer))

    # 3. the dateline
    dl_line, dl, lead_parts, inline_bylines, inline_agency = _find_dateline(
        text, lines, lo, body_end, year)
    parts.extend(lead_parts)

    # 4. the top: headline, captions, bylines
    top_end_line = dl_line if dl is not None else None
    headline, captions, bylines, top_parts, body_start, by_agency = _read_top(
        text, lines, lo, top_end_line, body_end)
    parts.extend(top_parts)
    dateline = None
    if dl is not None:
        body_start = dl.end
        closer = MARKUP_CLOSER_RE.match(text, dl.end)
        if closer:  # "**RENO, NV / ... /** Private company": the bold's closing marks
            parts.append(Part("other", strip_span(text, dl.end, closer.end()), "dateline.markup"))
            body_start = closer.end()
        dateline = Dateline(text[dl.start:dl.end].strip(), dl.cities, dl.region, dl.date,
                            dl.agency, strip_span(text, dl.start, dl.end))
        parts.append(Part("dateline", dateline.span, "dateline.match_dateline"))

    # 5. the body
    body_start = max(body_start, header_end)  # never re-read the transmission header
    lead_dash = LEAD_DASH_RE.match(text, body_start) if dl is None else None
    if lead_dash:  # "-- The United States ...": a dateline's dash with its place cut away
        parts.append(Part("other", strip_span(text, body_start, lead_dash.end()), "dateline.bare_dash"))
        body_start = lead_dash.end()
    paras = body_paragraphs(text, lines, body_start, body_end) if body_end > body_start else []
    junk = [web_junk(text, s, e) for s, e, _ in paras]  # "Advertisement", "... Sign up here."
    if any(junk):
        parts += [_new(Part, ("other", p[:2], "body.web_junk", None)) for p, j in zip(paras, junk) if j]
        paras = [p for p, j in zip(paras, junk) if not j]
    body = "\n\n".join(p[2] for p in paras)
    parts += [_new(Part, ("body", (s, e), "body.body_paragraphs", None)) for s, e, _ in paras]

    # 6. the agency: dateline, then byline, credit, sign-off, headline tag
    bylines = bylines + inline_bylines
    if dl is not None and dl.writer and not bylines:
        ws, we = dl.writer
        bylines = [Byline(text[ws:we], None, (ws, we))]
    by_agency = by_agency or inline_agency
    agency = (dl.agency if dl else None) or by_agency or tail_agency or headline_agency(headline)
    if agency is None and dl is not None:
        agency = layout_agency(text, lines, dl_line, dl)
    if agency is None:
        agency = _tail_agency(text, tail_parts)
    agency = (canonical_agency(agency) or agency) if agency else None
    if not bylines:  # "By A and B" printed after the credit line
        bylines, parts = _trailing_bylines(text, parts)
    if dl is None and paras and (agency is None or not bylines):
        # no dateline read: "(Harbor News) Sally Reed, ..." or "OSLO, May 3 (Nordic Wire), Ana Ruiz - ..."
        ps, pe, _ = paras[0]
        opened = opening_agency(text[ps:pe])
        if opened:
            agency = agency or opened[0]
            if opened[1] and not bylines:
                at = ps + opened[2]
                bylines = [Byline(opened[1], None, (at, at + len(opened[1])))]

    parts = _fill_other(text, lines, parts)
    if not text.strip():
        warnings.append("empty story")
    return Story(headline=headline, captions=tuple(captions), bylines=tuple(bylines),
                 agency=agency, dateline=dateline, credit=credit, body=body, wire=wire,
                 parts=tuple(parts), warnings=tuple(warnings))


def _read_tail(text: str, lines: list[Line], lo: int, hi: int):
    """Sign-offs and credit at the end: returns (body_end, credit, parts, agency).

    The tail is read with Markdown links read as their text, at the same offsets
    ("Reporting by [Ana Ruiz](https://...); Editing by ..."); the credit's text is as printed.
    """
    view = unlink(text)
    if view is not text:
        lines = [Line(s, e, view[s:e]) for s, e, _ in lines]
    tail = read_tail(view, lines, lo, hi)
    parts: list[Part] = []
    agency = None
    for p in tail.signoffs:  # bottom-up: the sign-off nearest the body names the agency last
        parts.append(Part("signoff", _relink(text, view, p.start, p.end), p.rule))
        agency = signoff_agency(view[p.start:p.end]) or (
            "Reuters" if p.rule == "signoff.trailing_signoff" else None) or agency
    credit = None
    if tail.credit_span is not None:
        cs, ce = _relink(text, view, *tail.credit_span)
        roles = tuple(r for t in tail.credit_texts for r in parse_roles(t))
        credit = Credit(text[cs:ce], roles, (cs, ce))
        parts.append(Part("credit", credit.span, "credit.parse_roles"))
        agency = agency or _credit_agency(view[cs:ce])  # not a link's "reuters.com/authors/..."
    body_end = tail.body_end
    while body_end < len(text) and view[body_end] == " " and not text[body_end].isspace():
        body_end += 1  # "... Contact: [ir@example.com](mailto:ir@example.com)": the link's tail
    return body_end, credit, parts, agency


def _relink(text: str, view: str, start: int, end: int) -> tuple[int, int]:
    """A span read in the unlinked view, widened over the link marks it cut off in the
    printed text: "[Our Standards: ...](https://...)" whole, not its words alone; emphasis
    marks just inside a link's bracket ("[*A*](url) *is a ...*") go with it, at both ends."""
    if view is text:
        return start, end
    j = start
    while j > 0 and text[j - 1] in "*_":
        j -= 1
    marks = start - j
    if j > 0 and text[j - 1] == "[" and view[j - 1] == " ":
        start = j - 1
    else:
        marks = 0
    n = len(text)
    while end < n and ((view[end] == " " and not text[end].isspace()) or (marks and text[end] in "*_")):
        if text[end] in "*_":
            marks -= 1
        end += 1
    return start, end


# Matched on the lower-cased credit: a case-blind pattern is several times slower per
# character, and a credit may be long.
_CREDIT_AGENCY_RE = lazy(r"(associated press|\bap writers?\b|cnn['’]s|bloomberg\.net|wsj\.com|dowjones\.com|reuters\.com|\breuters\b)")


_CREDIT_AGENCY_KEYS = ("associated press", "ap writer", "cnn", "bloomberg.net", "wsj.com", "dowjones.com", "reuters")


def _credit_agency(ctext: str) -> str | None:
    low = ctext.lower().replace("\u00a0", " ")  # "Associated\u00a0Press writers ..."
    found = [i for i in map(low.find, _CREDIT_AGENCY_KEYS) if i >= 0]  # str.find: C speed
    m = _CREDIT_AGENCY_RE.search(low, max(0, min(found) - 1)) if found else None
    if not m:
        return None
    key = m.group(1).lower()
    if "associated" in key or key.startswith("ap"):
        return "AP"
    if key.startswith("cnn"):
        return "CNN"
    if "bloomberg" in key:
        return "Bloomberg"
    if "wsj" in key or "dowjones" in key:
        return "Dow Jones"
    return "Reuters"


ORG_CREDIT_RE = lazy(r"(?i)\b(?:files|inputs|material|reporting|reported|contributed|contributing|"
                           r"information|wires?|compiled|writers?|staff)\b"
                           r"|^\W{0,3}with\s")  # "— With AFP", "(With Reuters)": the whole credit is an agency's


def _tail_agency(text: str, tail_parts) -> str | None:
    """An agency named in a sign-off, credit or copyright line: "The Gazette/DPA/kl", "© 2019 AP"."""
    for p in sorted(tail_parts, key=lambda p: p.span):
        line = text[p.span[0]:p.span[1]].replace("\u00a0", " ")  # "The\u00a0Canadian\u00a0Press"
        if p.kind == "credit" and not ORG_CREDIT_RE.search(line):
            continue  # a writer's bio ("a former AP reporter") does not make the story AP's
        if p.kind in ("signoff", "credit") and not is_caption(line):
            found = named_agency(line)
            if found:
                return found
    return None


def _trailing_bylines(text: str, parts: list[Part]):
    """The byline some web copy prints after the credit line: "By Ana Lindqvist and Tom Okafor"."""
    for k, p in enumerate(parts):
        if p.kind == "signoff":
            by = parse_byline(text[p.span[0]:p.span[1]])
            if by and by[0]:
                parts = parts[:k] + [Part("byline", p.span, "byline.after_credit")] + parts[k + 1:]
                return make_bylines(by[0], by[1], p.span[0]), parts
    return [], parts


def _find_dateline(text: str, lines: list[Line], lo: int, body_end: int, year):
    """The first line (near the top) that opens with a dateline.

    Returns (line index, match, lead parts, inline bylines, byline agency).  A dateline
    may follow an editorial note and a byline on the same line, as flattened web copy
    prints them: "(Adds company comments)   By  Ana Lindqvist   NEW YORK, Jan 18 (Reuters) -".
    """
    seen = furniture = by_lines = 0
    byline_seen = False
    for i in range(lo, len(lines)):
        line = lines[i]
        if line.start >= body_end or seen >= TOP_SCAN_LINES:
            break
        if line.blank:
            continue
        seen += 1
        if parse_byline(line.text):
            byline_seen = True
            by_lines = seen  # the lines down to here are the byline's ("By A" / "Pittsburgh" / "The ...")
        if is_caption(line.text) or is_note(line.text) or is_brief_flash(lines, i):
            furniture += 1  # a caption or note above the dateline does not make it "deep"
            continue
        if is_junk(line.text):
            furniture += 1  # nor do an archive's document-id and transmission lines ("NYT19990312.0271 NEWS STORY ...")
        s, _ = line.stripped_span()
        end = min(line.end, body_end)
        lead_parts: list[Part] = []
        note = LEAD_NOTE_RE.match(text, s, end)
        if note:
            lead_parts.append(Part("other", strip_span(text, s, note.end()), "dateline.lead_note"))
            s = note.end()
        stacked = stacked_dateline(lines, i)
        if stacked is not None:  # "Hong Kong" / "CNN" / " — " / "Hong Kong will ...": CNN's page, copied
            return i, stacked, lead_parts, [], None
        place = line.text.strip(" \t-—–:")
        near = seen - by_lines == 1 or (seen - by_lines == 2 and place.isupper() and not byline_seen)
        lone = lone_place(place, text, line.end) if near and place.upper() not in KNOWN_CITIES else None
        if near and (lone or place.upper() in KNOWN_CITIES) and i + 1 < len(lines) \
                and not text[line.end:line.end + 200].lstrip().upper().startswith(place.upper() + " "):
            # "Pittsburgh" alone over the first paragraph: a place, not a headline; under a
            # headline only in capitals ("Talks to go on" / "ANKARA" / "Turkey's ...", Anadolu);
            # not a page's title that the text goes on about ("Oslo" / "Oslo is the capital ...")
            city_end = s + len(lone[0] if lone else place)
            return i, DatelineMatch(s, line.stripped_span()[1], (text[s:city_end],), lone and lone[1], None, None), \
                lead_parts, [], None
        m = match_dateline(text, s, end, year, strict=seen - furniture > 6 and not byline_seen)
        wrapped = ((m is None or not (m.cities or m.date)) and i + 1 < len(lines)
                   and _wrapped_before_agency(text, s, line.end, lines[i + 1], year))
        if wrapped and (m is None or wrapped.cities):  # ("The Canadian Press - CITY, Region" / "(AP) - ...": the AP's place)  # "FREDERICKSBURG, Virginia/ST. JOHN'S, Antigua" / "(AP) - The ...": wrapped before its agency
            return i, wrapped, lead_parts, [], None
        # an indented first line is a paragraph (1987 copy cut below its headline), not a headline
        if m is not None and _reads_on(text, m.end, line.end, m, first=(seen == 1 and line.indent < 2)):
            if photo_caption_over_dateline(text, lines, i, year):
                furniture += 1  # Xinhua's dated photo caption over the story's dateline
                continue
            if _dated_list(text, lines, i, m, year):
                break  # a timeline's items, not a dateline
            return i, dash_on_next_line(text, m, year), lead_parts, [], None
        found = _inline_byline(text, s, end, year)  # before deck sentences: "By A and B  SPRINGFIELD, Ill. (AP) --"
        if found is not None:
            by_span, names, title, agency, m = found
            lead_parts.append(Part("byline", by_span, "byline.inline"))
            return i, m, lead_parts, make_bylines(names, title, by_span[0]), agency
        if seen <= 3 and i > lo:  # a deck sentence, then the dateline on the same line
            for se in DECK_END_RE.finditer(text, s, min(end, s + 400)):
                m = match_dateline(text, se.end(), end, year, strict=True)
                if (m is not None and m.agency and _reads_on(text, m.end, line.end, m)
                        and not any(canonical_agency(c.split("/")[0]) for c in m.cities)):  # not "REUTERS/Jo Roe LONDON"
                    lead_parts.append(Part("other", strip_span(text, s, se.end()), "dateline.deck"))
                    return i, m, lead_parts, [], None
                found = _inline_byline(text, se.end(), end, year) if text.startswith(("By ", "BY "), se.end()) else None
                if found is not None and found[4].agency:  # "... REUTERS/Jo Roe/File Photo By A  CITY (Reuters) -"
                    by_span, names, title, agency, m = found
                    lead_parts += [Part("other", strip_span(text, s, se.end()), "dateline.deck"),
                                   Part("byline", by_span, "byline.inline")]
                    return i, m, lead_parts, make_bylines(names, title, by_span[0]), agency
    return None, None, [], [], None


# An agency that opens the next line, then a dash: "(AP) - ", "/PRNewswire/ -- ", "(GLOBE NEWSWIRE) --".
WRAPPED_AGENCY_RE = lazy(r"[ \t]{0,8}(?:\([A-Za-z][\w .&/-]{0,30}\)|/[A-Za-z][\w .-]{1,30}/)[ \t]{0,3}(?:--|-|—|–|_)[ \t]")


def _wrapped_before_agency(text: str, s: int, line_end: int, nxt: Line, year) -> DatelineMatch | None:
    """A dateline hard-wrapped before its agency: the place line, then "(AP) - The storm ..." or
    "/EINPresswire.com/ -- Acme ..." opening the next line; read as one line (the same offsets,
    the line break read as spaces).  Only with an agency, and with a lead after it."""
    if not WRAPPED_AGENCY_RE.match(text, nxt.start) or nxt.start - line_end > 2 or not 30 <= line_end - s <= 120 \
            or not ("," in text[s:line_end] or "/" in text[s:line_end]):
        return None  # (a wrap comes late in a long line of places, regions or a date; "OIL PRICES FALL" / "(Reuters) - ..."
        # is a headline over a lead)
    joined = text[:line_end] + " " * (nxt.start - line_end) + text[nxt.start:nxt.end]
    m = match_dateline(joined, s, nxt.end, year, strict=True)
    if m is None or not m.agency or m.end <= nxt.start or not _reads_on(joined, m.end, nxt.end, m):
        return None
    if not m.cities or not (is_caps_place(m.cities[0]) or m.date):
        return None  # ("The Canadian Press" / "(ANSA) - ROME, JAN 5 - ...": a byline's title over an agency-first dateline)
    known = m.date or (m.region and all(r.strip().lower() in REGIONS for r in m.region.split(","))) \
        or all(c.upper() in KNOWN_CITIES for c in m.cities)
    if not known or not all(_city_shaped(c) for c in m.cities):
        return None  # a date, a known region or known cities: not a capitals headline with a comma
    return m  # ("GULF STATES UTILITIES, TEXAS UNIT SET QUARTERLY DIVIDENDS" / "(Reuters) - ..."), nor one
    # that ends in a place ("FIRE HITS CHEMICAL PLANT NEAR HOUSTON, TEXAS" / "(Reuters) - ...")


def _city_shaped(city: str) -> bool:
    """A city as a wrapped dateline prints it: one every wire knows, or a short name (three words
    at most: "FREDERICKSBURG", "ST. JOHN'S", "RANCHO SANTA MARGARITA") that is not a phrase ending
    in a known city ("PLANT NEAR HOUSTON"; "NORTH LITTLE ROCK" and "NEW YORK" are names)."""
    words = city.upper().split()
    if city.upper() in KNOWN_CITIES:
        return True
    if len(words) > 3:
        return False
    return not any(" ".join(words[k:]) in KNOWN_CITIES and not all(w in PLACE_NAME_WORDS for w in words[:k])
                   for k in range(1, len(words)))


def _dated_list(text: str, lines: list[Line], i: int, m, year) -> bool:
    """A date alone before a dash ("May 3, 2024 - Workers walk out.") that opens the next
    paragraph too: a timeline's items, not a dateline with a date and no place."""
    if m.cities or m.agency or not m.date:
        return False
    for k in range(i + 1, min(len(lines), i + 6)):
        if not lines[k].blank:
            nxt = match_dateline(text, lines[k].stripped_span()[0], lines[k].end, year)
            return nxt is not None and not nxt.cities and not nxt.agency and nxt.date is not None
    return False


# An editorial note that opens the first paragraph: "(Adds company comments)",
# "(In Dec. 25 story, corrects name of ...)".  Any editor's verb in the third person before a
# comma or a lower-case word ("(Amends headline)", "(Releads, adds details)", "(Clarifies
# paragraph 4 ...)"); the note counts only when a dateline follows it on the line.
LEAD_NOTE_RE = lazy(
    rf"(?:\((?:{NOTE_VERB}|[A-Z][a-z]{{2,12}}s(?=,|[ \t][a-z])"
    r"|For\ (?:a\ )?related|In\ this|In\ [^()\n]{1,40}?\bstor(?:y|ies)"
    r"|This\ (?:[A-Za-z]{3,9}\.?\ \d{1,2}\ )?(?:story|article|version))"
    r"\b[^()\n]{0,300}\)[ \t]*){1,3}", re.X)  # up to three: "(Adds details)  (Updates share price)"
LEAD_DASH_RE = lazy(r"[ \t\r\n]*(?:--|—|–)[ \t]+(?=[A-Z])")
MARKUP_CLOSER_RE = lazy(r"[ \t]*(?:\*\*|__|\*)(?:[ \t]{0,3}" + DASH + r"(?=[ \t]))?(?=[ \t]|$)")  # "**LONDON (Reuters)** - "
# A sentence end inside the first paragraph, after which a dateline may still open the
# story proper ("... lifts new jobs. NEW YORK (CNN/Money) - Employers ..."), or a flattened
# photo caption's credit before a byline ("... 2023. REUTERS/Jo Roe/File Photo By A ...").
DECK_END_RE = lazy(r"[.!?][\"'”’]?[ \t]+(?=[A-Z(])|REUTERS/[^\n/]{2,40}?(?:/(?:File Photo|Pool|Handout))?[ \t]+"
                   r"(?=(?:By|BY)[ \t]|[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}[ \t]\(|[A-Z]{2}[A-Z .'/-]{0,40}(?:,|[ \t]\()"
                   r"|\([A-Z][A-Za-z ]{1,30}\)[ \t]?[-–—])")  # then a byline or a dateline


WEB_STAMP_SKIP_RE = lazy(rf"(?:{ANY_STAMP_LABEL}|updated|published|posted):?[ \t]+[^\n]{{4,60}}?,[ \t]?(?:19|20)\d\d[ \t]+")
BY_GOES_ON_RE = lazy(r"(?:,|\band|\bAND|&)$")
INITIAL_RE = lazy(r"[A-Z]\.?")  # "B.", or "B" when the full stop went with the name
WIDE_GAP_RE = lazy(r"\s\s")


def _inline_byline(text: str, s: int, end: int, year):
    """ "By NAME[, NAME and NAME]  CITY (AGENCY) -": split the byline from the dateline."""
    head = text[s:min(end, s + 400)]
    if not re.match(r"(?:By|BY|by)[ .\u00a0]", head):  # 1987: "by Cal Example, Reuters"
        return None
    best = caps_best = None
    stamp_end = 0
    for ws in re.finditer(r"[ \t\u00a0]+", head):
        cut = ws.end()
        if cut > 250:
            break
        if BY_GOES_ON_RE.search(head, 0, ws.start()):
            continue  # "By A and" / "By A," : the byline goes on after this space
        by = parse_byline(head[:ws.start()])
        if not by or not by[0]:
            continue
        if len([w for w in by[0][-1][0].split() if not INITIAL_RE.fullmatch(w)]) < 2:
            continue  # "By Ana B." / "By K. Ana" + "Ruiz (Reuters) -": the name goes on
        if by[0][-1][0].split()[-1].lower() in NEVER_LAST_PARTICLES:
            continue  # "By Dee Van" + "Dyke Aug 20 (Reuters) -": the name goes on after its particle
        if cut < stamp_end:
            continue  # inside a web stamp after the byline: "1142 GMT (1942 HKT) May 3, 2013" is no place
        stamp = WEB_STAMP_SKIP_RE.match(head, cut)  # "By A updated 10:41 AM EDT, Tue June 3, 2014 Atlanta (CNN)"
        if stamp:
            stamp_end = stamp.end()
        m = match_dateline(text, s + (stamp.end() if stamp else cut), end, year, strict=False)
        if m is None or not (m.agency or m.date or m.cities):
            continue
        if any(WIDE_GAP_RE.search(c) for c in m.cities):
            continue  # "LEE    SPRINGFIELD": the rest of the byline, a gap, then the place
        if m.cities and m.cities[0].lower() in NAME_SUFFIXES:
            continue  # "By Ana Ruiz" + "Jr. (Reuters) -"
        if not (m.agency or m.date) and not _reads_on(text, m.end, end, m):
            continue  # "By  ANA RUIZ  and  BO LEE  - Analysis": a story-type tag, not "LEE -" and a lead
        caps = bool(m.cities) and m.cities[0].isupper()
        wide = ws.end() - ws.start() >= 2
        cand = (by, m, ws.start())
        known = bool(m.cities) and m.cities[0].upper() in KNOWN_CITIES  # "By A and B Washington (Reuters) -"
        if m.cities and not (caps or known) and (len(m.cities) > 1 or m.cities[0][:1].islower()
                                                 or title_line(m.cities[0]) is not None
                                                 or by[0][-1][0].split()[-1].lower() in NAME_PARTICLES):
            continue  # "By A, Cy" + "Al-Amin and Hal Ma (Reuters)", "By A" + "and Cy Park Jan 9": names, no
            # places; "By A, CNN" + "Political Reporter (CNN)": a title, no place; "By Paul R. La" +
            # "Monica (Reuters)": a surname after its particle
        if known or (wide and caps):
            best = caps_best = cand
            break
        if caps:  # "By A and B GELLER NEW YORK (Reuters)": a later cut may give a city every wire knows
            caps_best = caps_best or cand
            continue
        if wide and not m.cities:  # "By A    (AP) -" (not "By A ELDORET  Dec 12 (Reuters)")
            best = caps_best or cand
            break
        if wide and (best is None or not best[3]):
            best = cand + (True,)  # "By A    Associated Press Writer    NEW YORK (AP)": a later cut may give caps
        best = best or cand + (False,)
    best = caps_best or best
    if best is None:
        return None
    (names, title, agency), m, by_end = best[:3]
    return (s, s + by_end), names, title, agency, m


def _reads_on(text: str, pos: int, end: int, m, first: bool = False) -> bool:
    """A dateline is followed by prose (or nothing), never by a caps heading or a table.

    A bare "PLACE -" (no agency, no date) needs three lower-case words among the next ten
    ("SILVER - total 156,708,754 off ..." is a table row).  The first line of a story gets
    a test even with an agency or date, since it may be a headline ("ROTTERDAM PORT SUBSIDY
    TO END JULY 1 - MINISTER", "N.Y. GRAIN FREIGHTS - April 1").
    """
    rest = text[pos:end]
    if not rest.strip():  # a whole first line is a headline, unless a dated, dashed dateline
        return bool(m.agency) or not first or bool(   # ("    NEW YORK, Feb 26 -" over a table)
            m.date and m.cities and text[m.start:m.end].rstrip()[-1:] in ("-", "—", "–", "_"))
    strong = bool(m.agency or (m.date and m.cities))
    if not strong and m.cities and not first:
        g = MISPRINTED_DATE_RE.search(text, m.start, m.end)  # "BOSTON, March 187 -": a date all the same
        strong = g is not None and month_number(g.group(1)) is not None
    if not strong and text[m.start:m.end].rstrip().endswith(":"):
        lead = rest.strip()
        if not (lead[:1].isupper() or lead[:1].isdigit() or lead[:1] in "\"'“‘"):
            return False  # "London: a city of contrasts" is a headline, not "LONDON: The ..."
        if first and len(lead) < 60 and lead[-1] not in ".!?\"'”’," and not GOES_ON_RE.match(text, end):
            return False  # "Paris: The best croissants in town" over a blank line (not "NEW DELHI:
            # Their dream shattered and huge savings" / "wasted, ...": a paragraph wrapped there)
    if strong and not first:
        return True
    if strong:  # (a lead wrapped after its first word, "(Reuters) - A" / "former ...", goes on)
        return bool(re.search(r"[a-z]{2}", rest)) or GOES_ON_RE.match(text, end) is not None
    if first and m.cities and not is_caps_place(m.cities[0]) and not text[m.start:m.end].rstrip().endswith(":"):
        return False  # "Paris - a guide to the city's cafes" heads a page; "    London - Belgium is ..." has one above
    stamp = DATE_STAMP_RE.match(rest)
    if stamp and month_number(stamp.group(1)) is not None:
        return False  # "BANGKOK TAPIOCA - APRIL 7 Thai pellets ...": a heading's date stamp (not "About 2,000 ...")
    if first:
        window = rest
    else:  # the lead's paragraph, not the next one ("By A and B - Analysis" / "" / "NEW YORK ...")
        gap = BLANK_LINE_RE.search(text, pos, pos + 200)
        window = text[pos:gap.start() if gap else pos + 200]
    words = window.split()[:15]  # (a name-heavy lead: "Shares of Federal Reserve Board Chairman Paul Volcker said a ...")
    numeric = sum(1 for w in words if any(c.isdigit() for c in w))
    return sum(1 for w in words if PROSE_WORD_RE.fullmatch(w)) >= 3 and numeric * 10 < 3 * len(words)


BLANK_LINE_RE = lazy(r"\n[ \t]{0,40}\r?\n")
GOES_ON_RE = lazy(r"\r?\n[ \t]{0,3}[a-z]")  # the next line goes on in lower case
MISPRINTED_DATE_RE = lazy(r",[ \t]*([A-Za-z]{3,10})\.?[ \t]{1,3}\w{1,4}[ \t]*(?:--|-|—|–|_)[ \t]*$")
DATE_STAMP_RE = lazy(r"[ \t]*([A-Za-z]{3,9})\.?[ \t]{1,3}\d{1,2}\b")
PROSE_WORD_RE = lazy(r"[a-z][a-z'’\-]{1,30}[,.;:]?")


def _read_top(text: str, lines: list[Line], lo: int, dl_line: int | None, body_end: int):
    """Headline, captions and bylines above the dateline (or the first paragraph): rules/top.py."""
    top = read_top(text, lines, lo, dl_line, body_end)
    return top.headline, top.captions, top.bylines, top.parts, top.body_start, top.agency


def _fill_other(text: str, lines: list[Line], parts: list[Part]) -> list[Part]:
    """Every non-blank stretch no rule claimed becomes an "other" part; each part gets the
    1-based numbers of its first and last input line."""
    parts = sorted(parts, key=_SPAN)
    out: list[tuple] = []
    pos = 0
    for p in parts:
        kind, (s, e), rule = p[0], p[1], p[2]
        if s > pos:
            if not text[pos:s].isspace():  # most gaps are the line breaks between parts
                out.extend(("other", m.span(), "pipeline.unclaimed") for m in _NONBLANK_RE.finditer(text, pos, s))
        elif s < pos:  # two rules claimed the same characters: the earlier part keeps them
            if e <= pos:
                continue
            s = pos
        out.append((kind, (s, e), rule))
        if e > pos:
            pos = e
    if pos < len(text):
        out.extend(("other", m.span(), "pipeline.unclaimed") for m in _NONBLANK_RE.finditer(text, pos))
    starts = [ln[0] for ln in lines]
    new = _new
    return [new(Part, (k, (s, e), r, (bisect_right(starts, s), bisect_right(starts, e - 1 if e > s else s))))
            for k, (s, e), r in out]


_SPAN = itemgetter(1)
_new = tuple.__new__  # Part(...) without the call through Part.__new__: one per paragraph
# A run of non-blank text within one line: words and the spaces (any but a line break) between.
_NONBLANK_RE = lazy(r"\S+(?:[^\S\r\n\x0b\x0c\x1c-\x1e\x85\u2028\u2029]++\S+)*")
