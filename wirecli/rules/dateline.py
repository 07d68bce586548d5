"""Datelines: PLACE[, REGION][, DATE] [(AGENCY)] DASH, at the start of the first paragraph.

Shapes handled (one real shape each):
    "WASHINGTON/MEXICO CITY (Reuters) -"            several places, agency, dash with no space
    "SALVADOR, Feb 26 - "                           1987 Reuters: place, date, dash
    "BEIJING, Jan. 5 (Xinhua) -- "                  AP/UPI/Xinhua date style
    "DALLAS/FORT WORTH, Texas, March 3 - "          region after the last place
    "LONDON, England (CNN) -- "                     region that is a country
    "Iguala de la Independencia (Mexico) (AFP) - "  mixed case, region in parentheses
    "London (CNN)The mayor said"                    CNN: no dash, the sentence glued on
    "MOUNTAIN VIEW, Calif. and RIYADH, Saudi Arabia, Feb. 10, 2025 /PRNewswire/ -- "
    "SPOKANE, Wash.--(BUSINESS WIRE)--February 07, 2025--"
    "NEW YORK, LONDON and SINGAPORE, March 3, 2024 /PRNewswire/ -- "   a list of places
    "RENO, NV / ACCESS Newswire / February 10, 2025 /"
    "TOKYO--", "BERLIN -- ", "BHOPAL: "             capitals and a bare dash or colon
    "(Reuters) - ", "AP - ", "Jan 30 (Reuters) - "  agency or date with no place
    "Chipmaker posts loss (TechWeb)" / "TechWeb - "  AG News: the source the headline tags
    "****LONDON, March 5 - "                        flash marks belong to the dateline
    "Madrid, Jan 5 (EFE).- ", "MOSCOW, January 5. /TASS/. ", "ABU DHABI, 5th January, 2025 (WAM) -- "

Left alone: a capitalised sentence ("Washington is ..."), market tables ("MAR8 -- --"),
weekday list items ("TUE, APR 07 -"), headings that end with a dash in mixed case.
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..model import Frozen, _set
from ..lexicon import (DATELINE_ONLY_AGENCIES, KNOWN_CITIES, LONE_NOT_PLACES, MONTH_ABBREVIATIONS, MONTHS, NAME_PARTICLES, NOT_PLACE_WORDS,
                       PLACE_NAME_WORDS, REGIONS, US_POSTAL_CODES, WEEKDAYS)
from .agency import canonical_agency
from .dates import DATE_RE, iso_date, month_number, read_date

HEAD_LIMIT = 300  # a dateline never runs longer than this
# A dash between a dateline's pieces, as a pattern: "-", "--", "—", "–" (TOKEN_RE's dash also
# takes "_" and ":", and a lone "-" only beside a space).
DASH = r"(?:--|-|—|–)"

# The tokens that may end a dateline, in the order they are printed after the place.
TOKEN_RE = lazy(
    r"""(?P<paren>\((?P<pname>[^()\n]{1,40})\))                  # (Reuters), (Mexico)
      | (?P<slash>/[ ]?(?:\[)?(?P<sname>[A-Za-z][A-Za-z \-]{1,30}?(?:\.com)?)(?:\]\([^)\s]{1,200}\))?[ ]?/)  # /PRNewswire/
      | (?P<dash>--|—|–|(?<=\s)-|-(?=\s|$)|(?<=\s)_|_(?=\s|$)|_(?=[A-Z][a-z]{0,20}[ \t,'’])|(?<=\))_|(?<=\))-|:(?=\s|$)
               |(?<=\))\.[-–—](?=\s)|(?<=/)\.(?=\s))  # a dash or colon; EFE "(EFE).-", TASS "/TASS/."
    """, re.VERBOSE)
_TOKEN_START_RE = lazy(r"[(/\-—–_:.]")  # the first character of every TOKEN_RE match


def _tokens(head: str, pos: int):
    """TOKEN_RE.finditer(head, pos), the pattern tried only where a token can start (its
    alternation tried at every character of the head cost ~9 us a story)."""
    while True:
        c = _TOKEN_START_RE.search(head, pos)
        if c is None:
            return
        pos = c.start()
        m = TOKEN_RE.match(head, pos)  # (its lookbehinds see before pos, as finditer's do)
        if m is None:
            pos += 1
        else:
            yield m
            pos = m.end()


FLASH_RE = lazy(r"^(?:\*{2,}[ ]?)")
NOISE_RE = lazy(r"^(?:[a-z0-9][ \t]{2,}|RPT[ \t]*-{1,2}[ \t]*"  # 1987 line noise: "c    CHICAGO", "RPT --"
               r"|(?:&lt;/?[a-z]{1,6}&gt;|</?[a-z]{1,6}>){1,6}[ \t]*)")  # AG News: "&lt;p&gt;&lt;/p&gt;&lt;p&gt; SAN FRANCISCO"
PLACE_SPLIT_RE = lazy(r"\s*/\s*|\s+and\s+|\s+&\s+")
PAREN_DATE_RE = lazy(r"[ \t\u00a0]*\((?P<date>" + DATE_RE.pattern + r")\)$", re.VERBOSE)
TRAILING_DATE_RE = lazy(
    r"(?:,[ \t\u00a0]*|[ \t\u00a0]+|^)(?P<date>" + DATE_RE.pattern + r")[ \t\u00a0]*$", re.VERBOSE)
LOWER_PARTICLES = {"de", "la", "del", "di", "da", "do", "du", "des", "el", "al", "of", "upon",
                   "on", "am", "im", "an", "der", "sur", "les", "le", "y", "en", "au", "aux",
                   "los", "las", "dos", "das", "della", "bei", "in", "the", "es"}  # "Dar es Salaam"
WORD_RE = lazy(r"^[\"'‘(]?[A-ZÀ-Þ][\w'’.\-]*\)?$")
ARTICLE_WORD_RE = lazy(r"^(?:el|al|ad|as|ash|an|ar|az|ez|ed|es|at)-[A-ZÀ-Þ][\w'’.\-]*$")  # "Sharm el-Sheikh", "Deir ez-Zor"
ABBREV_RE = lazy(r"^(?:[A-Z][a-z]{0,4}\.|(?:[A-Z]\.){1,3}|[A-Z]{2})$")  # Calif. N.Y. NV


class DatelineMatch(Frozen):
    """A dateline found: its span, places, region, date, agency, and ``writer``: the span of a
    writer's name printed inside it ("(RIA Novosti), Ana Lindqvist -"), or None."""

    __slots__ = ("start", "end", "cities", "region", "date", "agency", "writer")

    def __init__(self, start: int, end: int, cities: tuple[str, ...], region: str | None,
                 date: str | None, agency: str | None, writer: tuple[int, int] | None = None):
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "cities", cities)
        _set(self, "region", region)
        _set(self, "date", date)
        _set(self, "agency", agency)
        _set(self, "writer", writer)


def _place_like(chunk: str) -> bool:
    """True for "MEXICO CITY", "Iguala de la Independencia", "ST. JOHN'S"."""
    words = chunk.split()
    if not 1 <= len(words) <= 6 + _at_sea(chunk) or "_" in chunk:  # ("AT SEA ABOARD THE USS ...": AP)
        return False  # (an identifier's underscore: "SCARD_READERSTATE_A" is no place)
    if not WORD_RE.match(words[0]) or words[0].lower().strip(".,") in WEEKDAYS:
        return False
    for w in words[1:]:
        if not (WORD_RE.match(w) or w.lower() in LOWER_PARTICLES or ARTICLE_WORD_RE.match(w)):
            return False
    return not any(ch.isdigit() for ch in chunk)


CAPS_PREFIX_RE = lazy(r"\b(?:Mc|Mac|De|La|Le|Di|Du)(?=[A-Z]{2})")  # AP's "McALLEN", "DeKALB", "LaGRANGE"


def is_caps_place(chunk: str) -> bool:
    """A place printed in capitals, AP's "McALLEN" and "DeKALB" included."""
    if "c" in chunk or "e" in chunk or "a" in chunk or "i" in chunk or "u" in chunk:
        chunk = CAPS_PREFIX_RE.sub("", chunk)
    letters = [c for c in chunk if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _loose_place(chunk: str) -> bool:
    """With a date printed, 1987 copy may lower-case a place: "New york", "peoria"."""
    words = chunk.split()
    return (1 <= len(words) <= 4 and chunk[:1].isalpha()
            and all(w.replace(".", "").replace("'", "").replace("-", "").isalpha() for w in words))


def _day_first(text: str, year: int | None):
    """ "AMSTERDAM, 2 March" -> (place text, iso date) or None."""
    m = DAY_FIRST_RE.search(text)
    if not m or month_number(m["month"]) is None:
        return None
    printed = int(m["year"]) if m["year"] else None
    return text[:m.start()], iso_date(month_number(m["month"]), int(m["day"]), printed or year)


GARBLED_DATE_RE = lazy(r"(?:,[ \t]*|[ \t]+)(?P<month>[A-Za-z]{3,10})\.?[ \t]+(?:\d{3,4}|\d?[OlI]|[OlI]\d?|\d[ \t]?[a-z]\d?)[ \t]*$")
DAY_FIRST_RE = lazy(r"(?:,[ \t]*|(?<=\.)[ \t]{1,3})(?P<day>\d{1,2})(?:st|nd|rd|th)?[ \t]{1,3}(?P<month>[A-Za-z]{3,10})\.?(?:[ \t]*,?[ \t]*(?P<year>(?:19|20)\d\d))?[ \t]*$")


CAPS_STOP_RE = lazy(r"[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}\.")  # "MOSCOW." alone before the date, not "Calif." or "N.Y."


def parse_places(prefix: str, year: int | None):
    """Split a dateline's place part into (cities, region, date, has_caps), or None.

    >>> parse_places("DALLAS/FORT WORTH, Texas, March 3", None)
    (('DALLAS', 'FORT WORTH'), 'Texas', '--03-03', True)
    """
    text = prefix.strip().rstrip(",").strip()
    if text[-2:-1].isdigit() and text[-1:] == ".":
        text = text[:-1]  # TASS: "MOSCOW, January 5. /TASS/."
    date = None
    pd = PAREN_DATE_RE.search(text) if text.endswith(")") else None
    if pd and month_number(pd["month"]) is not None:  # "Austin, TX (September 30, 2020)"
        printed = int(pd["year"]) if pd["year"] else None
        date = iso_date(month_number(pd["month"]), int(pd["day"]), printed or year) or ""
        text = text[:pd.start()].strip().rstrip(",").strip()
    m = TRAILING_DATE_RE.search(text) if text and date is None else None
    first = DAY_FIRST_RE.search(text) if text and not m else None
    if m and month_number(m["month"]) is not None:
        printed = int(m["year"]) if m["year"] else None
        date = iso_date(month_number(m["month"]), int(m["day"]), printed or year)
        text = text[:m.start()].strip().rstrip(",").strip()
        if CAPS_STOP_RE.fullmatch(text) and text.lower() not in REGIONS:
            text = text[:-1]  # Interfax: "MOSCOW. Jan 5 (Interfax) -" (not a state: "MICH. Feb 26")
        if date is None:
            date = ""  # a garbled day: a dateline all the same, with no date
    elif first and _day_first(text, year):  # before garbled dates: "Nairobi, 4 Sep 2024" is no "Sep 2O"
        text, date = _day_first(text, year)
        text = text.strip()
        date = date or ""
    elif GARBLED_DATE_RE.search(text) and month_number(GARBLED_DATE_RE.search(text)["month"]):
        text = text[:GARBLED_DATE_RE.search(text).start()].strip()  # "March 2O", "April l"
        date = ""
    elif re.search(r"\d", text.split(",")[-1] if text else ""):
        return None
    text = text.rstrip(", ")
    last = text.rsplit(",", 1)[-1].strip().rstrip(".").lower() if "," in text else ""
    if date is None and (last in MONTHS or last in MONTH_ABBREVIATIONS):
        text, date = text.rsplit(",", 1)[0], ""  # "CHICAGO, April -": the day is missing
    if text.endswith(",."):
        text = text[:-2]  # "Hauppauge, N.Y,. March 13"
    if not text:
        return (), None, date or None, False
    region = None
    for _ in range(2):  # "Iguala de la Independencia (Mexico)"; ANI's "Kochi (Kerala) [India]"
        pm = re.search(r"\s*(?:\(([^()]{2,30})\)|\[([^\[\]()]{2,30})\])$", text)
        if not pm:
            break
        inner = (pm.group(1) or pm.group(2)).strip()
        region = f"{inner}, {region}" if region else inner
        text = text[:pm.start()].strip()
    cities: list[str] = []
    groups = _join_and_regions(PLACE_SPLIT_RE.split(text), text)
    listed: list[list[str]] = []
    for gi, group in enumerate(groups):
        parts = [p.strip() for p in group.rstrip(", ").split(",")]  # "AUSTIN, Texas, and DENVER"
        if not parts[0]:
            return None
        listed.extend(_listed_places(parts, more=gi + 1 < len(groups)))
    for parts in listed:
        city = parts[0]
        words = city.split()
        # "FARMINGTON Conn." -- a region printed without its comma
        if len(words) > 1 and ABBREV_RE.match(words[-1]) and is_caps_place(" ".join(words[:-1])) \
                and not is_caps_place(words[-1]):
            parts.insert(1, words[-1])
            city = " ".join(words[:-1])
        if not (_place_like(city) or (date is not None and _loose_place(city))):
            return None
        if any(w.upper() in NOT_PLACE_WORDS for w in city.split()[_at_sea(city):]) or \
                city.split()[0].lower().strip(".,") in WEEKDAYS or city.lower() in LONE_NOT_PLACES:
            return None
        for r in parts[1:]:
            if r.startswith("the "):
                r = r[4:]  # "GRONINGEN, the Netherlands"
            if not r or not (_place_like(r) or r.lower() in REGIONS):
                return None
        if len(parts) > 1:
            region = ", ".join(parts[1:])
        cities.append(city)
    return tuple(cities), region, date or None, is_caps_place(cities[0])


def _at_sea(city: str) -> int:
    """How many words open the place as AP's "AT SEA" ("AT SEA ABOARD THE USS HARBOR STAR (AP)
    --", "AT SEA, Indian Ocean (AP) --"): 2, or 0 ("AT" alone is no place's word)."""
    return 2 if city[:7].upper() == "AT SEA " or city.upper() == "AT SEA" else 0


PARTIAL_DATE_RE = lazy(r"[ \t]{0,3}[A-Z][a-z]{2,8}\.?[ \t]{1,3}\d{1,2},?[ \t\r]{0,3}")  # "Feb 7," cut before its year
WRAPPED_DASH_RE = lazy(r"[ \t]{0,8}\r?\n[ \t]{0,8}(?:--|—|–|-|_)(?=[ \t])")


def dash_on_next_line(text: str, m: DatelineMatch, year: int | None = None) -> DatelineMatch:
    """ "TORONTO, Feb. 07, 2025 (GLOBE NEWSWIRE)" / "-- Acme said ...": a dateline hard-wrapped
    before its dash ends after the dash (the dash is no body); "SEATTLE--(BUSINESS WIRE)--Feb 7,"
    / "2025--Acme said ...": wrapped inside its date, it ends after the date's dash."""
    if not (m.agency or m.date):
        return m
    line_end = text.find("\n", m.end, m.end + 30)
    if line_end > m.end and PARTIAL_DATE_RE.fullmatch(text, m.end, line_end):
        stop = text.find("\n", line_end + 1, line_end + 200)
        cut = line_end - (text[line_end - 1] == "\r")  # (a CRLF break: both characters read as spaces)
        joined = text[:cut] + " " * (line_end + 1 - cut) + text[line_end + 1:]  # the same offsets, the wrap read as a space
        m2 = match_dateline(joined, m.start, stop if stop > 0 else min(len(text), line_end + 200), year)
        return m2 if m2 is not None and m2.end > line_end + 1 else m
    if text[m.start:m.end].rstrip()[-1:] in ("-", "—", "–", "_", ":"):
        return m  # (a dateline with its dash: a list's "- " below it is body)
    d = WRAPPED_DASH_RE.match(text, m.end)
    if d is None:
        return m
    return DatelineMatch(m.start, d.end(), m.cities, m.region, m.date, m.agency, m.writer)


# A photo's credit closing a line: "(Xinhua/Li Yan)", "(AFP Photo/Ana Ruiz)", "(AP Photo/Bo Park, File)".
PHOTO_CREDIT_END_RE = lazy(r"\((?:Xinhua|XINHUA|AFP|AP|Reuters|REUTERS|EPA|dpa)(?:[ \t]?(?:Photo|PHOTO))?/[^()\n]{1,60}\)[ \t]*\r?$")


def photo_caption_over_dateline(text: str, lines, i: int, year: int | None = None) -> bool:
    """A dateline-like line over the story's dateline, passed over when a dateline with an
    agency opens one of the next three text lines:
    - Xinhua's photo caption printed with its own dateline ("BEIJING, Jan. 5, 2024 (Xinhua) --
      People visit a fair ... (Xinhua/Li Yan)" / "BEIJING, Jan. 5 (Xinhua) -- China's exports
      ..."): the line ends with a photo credit;
    - a headline of a place, a dash and a phrase ("BERLIN - A city reinvents itself" / "By A" /
      "BERLIN (Reuters) - ..."): the first text line, a bare place (no agency, no date) and a
      short phrase after the dash with no sentence's end, standing alone."""
    if not PHOTO_CREDIT_END_RE.search(lines[i].text) and not _place_headline(text, lines, i, year):
        return False
    seen = 0
    for ln in lines[i + 1:i + 12]:
        if ln.blank:
            continue
        seen += 1
        s, _ = ln.stripped_span()
        m = match_dateline(text, s, ln.end, year, strict=True)
        if m is not None and m.agency:
            return True
        if seen >= 3:
            break
    return False


def _place_headline(text: str, lines, i: int, year: int | None) -> bool:
    """ "BERLIN - A city reinvents itself" as the story's first line (see above)."""
    if any(not ln.blank for ln in lines[:i]) or (i + 1 < len(lines) and not lines[i + 1].blank
                                                  and not lines[i + 1].text.lstrip().startswith(("By ", "BY "))):
        return False  # not the first line, or a paragraph that wraps onto the next line
    s, e = lines[i].stripped_span()
    m = match_dateline(text, s, e, year)
    if m is None or m.agency or m.date:
        return False
    phrase = text[m.end:e].strip()
    return 0 < len(phrase) <= 80 and len(phrase.split()) <= 12 and phrase[-1:] not in ".!?\"'”’:;,"


STACKED_DASH_RE = lazy(r"[ \t\u00a0]{0,8}" + DASH + r"[ \t\u00a0]{0,8}")


def stacked_dateline(lines, i: int) -> DatelineMatch | None:
    """CNN's web page as copied: the place, the agency and the dash each on a line of its own
    over the first paragraph ("Hong Kong" / "CNN" / " — " / "Hong Kong will close ..."); at most
    one blank line between them.  The place and the lead are both needed: an e-mail's "AP" /
    "--" / "Alex Parker" (a signature under its delimiter) is none."""
    idx: list[int] = []
    for j in range(i, min(len(lines), i + 8)):
        if not lines[j].blank:
            if idx and j - idx[-1] > 2:
                break
            idx.append(j)
            if len(idx) == 4:
                break
    lead = lines[idx[3]].text.strip() if len(idx) == 4 else ""
    if len(lead.split()) < 4 or not (lead[-1] in ".!?\"”'’" or len(lead) >= 60):
        return None  # no place line, or no lead paragraph (a sentence) under the dash

    def agency(j: int) -> str | None:
        s = lines[j].text.strip()
        return canonical_agency(s) if 2 <= len(s) <= 20 else None

    def dash(j: int) -> bool:
        return STACKED_DASH_RE.fullmatch(lines[j].text) is not None

    if not dash(idx[2]):
        return None
    ag = agency(idx[1])
    parsed = parse_places(lines[idx[0]].text, None) if ag and len(lines[idx[0]].text) <= 60 else None
    if not parsed or parsed[2]:
        return None  # a place, no date
    cities, region, last = parsed[0], parsed[1], idx[2]
    start, end = lines[idx[0]].stripped_span()[0], lines[last].stripped_span()[1]
    return DatelineMatch(start, end, cities, region, None, ag)


def lone_place(line: str, text: str = "", after: int = 0) -> tuple[str, str] | None:
    """ "Fort Collins, Colo." alone on its line over the first paragraph (AP copy restyled by a
    member site, as "Pittsburgh" alone is): (place, region) when the region is a known one, the
    place a mixed-case name of one or two words and no dateline follows on the next line (a headline
    "Cuba Condemns Blasts in Kenya, Tanzania" over "HAVANA, August 7 (Xinhua) --" is none)."""
    line = line.strip()
    if "," not in line or len(line) > 60:
        return None
    parsed = parse_places(line, None)
    if not parsed:
        return None
    cities, region, date, caps = parsed
    if (len(cities) != 1 or date or caps or not region or region.lower() not in REGIONS
            or not line.startswith(cities[0])
            or len(cities[0].split()) > (3 if cities[0].upper() in KNOWN_CITIES else 2)):
        return None  # ("Tornado Hits Moore, Okla." is a headline)
    nxt = re.match(r"\s*", text[after:after + 400])
    start = after + nxt.end()
    stop = text.find("\n", start)
    if text and match_dateline(text, start, stop if stop >= 0 else len(text)) is not None:
        return None
    return cities[0], region


def _known_region(region: str | None) -> bool:
    """A region the lexicon knows, whole or part by part: "Ill.", "Ohio, United States", and a
    state's postal code before its country ("TX, United States"; not "MD" alone, a degree)."""
    if not region:
        return False
    if region.lower() in REGIONS:
        return True
    parts = [p.strip() for p in region.split(",")]
    return len(parts) > 1 and all(p.lower() in REGIONS or p in US_POSTAL_CODES for p in parts[:-1]) \
        and parts[-1].lower() in REGIONS


def _join_and_regions(groups: list[str], text: str) -> list[str]:
    """Put back the "and" inside a region's name: "PORT OF SPAIN, Trinidad" + "Tobago" is one
    place in "Trinidad and Tobago" (a region in the lexicon), not two places."""
    if len(groups) < 2 or " and " not in text:
        return groups
    out = [groups[0]]
    for g in groups[1:]:
        last = out[-1].rsplit(",", 1)
        if len(last) == 2 and "," not in g:
            joined = f"{last[1].strip()} and {g.strip()}"
            if joined.lower() in REGIONS and f"{last[1].strip()} and " in text:
                out[-1] = f"{last[0]}, {joined}"
                continue
        out.append(g)
    return out


def _listed_places(parts: list[str], more: bool) -> list[list[str]]:
    """Split "NEW YORK, LONDON" (before "and SINGAPORE") or "AUSTIN, Texas, DENVER" into one
    [place, region...] list per place: a capitals part after a capitals place is another place
    when it names no region and a list goes on ("and ..." after it), it is a city every wire
    knows, or it follows a mixed-case region ("SAN DIEGO, Calif., TORONTO and LONDON")."""
    if len(parts) == 1 or not is_caps_place(parts[0]):
        return [parts]  # (one part: nothing to split, and no letters to count)
    out = [parts[:1]]
    for k, r in enumerate(parts[1:], 1):
        letters = sum(c.isalpha() for c in r)
        if (k > 1 or len(parts) > 2 or more) and is_caps_place(r) and "." not in r and letters >= 3 \
                and r.lower() not in REGIONS and (more or r.upper() in KNOWN_CITIES
                                                  or (k > 1 and not is_caps_place(parts[k - 1]))):
            out.append([r])
        else:
            out[-1].append(r)
    return out


def _agency_name(name: str) -> str | None:
    """An agency in a dateline's parentheses: "(Reuters)", "(CNN/Money)", "(CBS News)"."""
    return (canonical_agency(name) or canonical_agency(name.split("/")[0])
            or DATELINE_ONLY_AGENCIES.get(" ".join(name.lower().split()))) or canonical_agency(name.split("/")[-1])


def match_dateline(text: str, start: int, end: int, year: int | None = None,
                   strict: bool = False, after_agency: bool = False, depth: int = 0) -> DatelineMatch | None:
    """A dateline at text[start:], searched no further than ``end``.

    ``strict`` asks for an agency or a date (a bare "PLACE -" is not enough); ``after_agency``
    says an agency or source was printed just before, so a mixed-case "Honolulu -" is a place
    as a caps one is ("(AP) Honolulu -", "SPACE.com - Toronto, Canada --").  A source, stamp
    or agency before the place is read by a call on the rest; ``depth`` counts those calls,
    and past three prefixes there is no dateline ("(Reuters) - " a thousand times over).
    """
    if depth > 3:
        return None
    limit = min(end, start + HEAD_LIMIT)
    head = text[start:limit].replace("\u00a0", " ")  # no-break spaces read as spaces (same offsets)
    lead = 0
    m = NOISE_RE.match(head) or BOLD_RE.match(head)
    if m:
        lead = m.end()
    src = SOURCE_PREFIX_RE.match(head, lead)
    if src is None:  # AG News: "TechWeb - " under "Chipmaker posts loss (TechWeb)", the source it tags
        src = TAGGED_SOURCE_RE.match(head, lead)
        if src is not None and not _tagged_above(text, start, src["name"]):
            src = None
    if src:  # "SPACE.com - TORONTO, Canada -- ", "washingtonpost.com - ", "Canadian Press - ..."
        name = src["name"].strip()
        inner = match_dateline(text, start + src.end(), end, year, strict=False, after_agency=True, depth=depth + 1)
        agency = canonical_agency(name) or name
        if inner is not None:
            return DatelineMatch(start + lead, inner.end, inner.cities, inner.region, inner.date,
                                 inner.agency or canonical_agency(name) or name)  # "Canadian Press - X (AP) -": AP's story
        return DatelineMatch(start + lead, start + src.end(), (), None, None, agency)
    stamp = STAMP_LEAD_RE.match(head, lead)
    if stamp:  # "04:12 PM EST, 02/05/2025 (MT Newswires) -- ...": a time stamp, then the agency
        inner = match_dateline(text, start + stamp.end(), end, year, depth=depth + 1)
        if (inner is not None and inner.agency and not inner.cities  # a known agency or a news service
                and (_agency_name(inner.agency) or re.search(r"(?i)news|wire", inner.agency))):
            date = iso_date(int(stamp["m"]), int(stamp["d"]), int(stamp["y"]))
            return DatelineMatch(start + lead, inner.end, (), None, date or inner.date, inner.agency)
    dated = DATE_LEAD_RE.match(head, lead)
    if dated:  # "Summary - (Aug 22, 2004) NASA's rover ...": a web dateline with only a date
        return DatelineMatch(start + lead, start + dated.end(), (), None,
                             read_date(dated["date"], year), None)
    ps = PLACE_STAMP_RE.match(head, lead) if "," in head[lead:lead + 40] else None
    if ps and month_number(ps["month"]) is not None and is_caps_place(ps["place"]) and _place_like(ps["place"]):
        # The Hindu's web dateline: "NEW DELHI, January 05, 2024 22:12 IST" on a line of its own
        printed = int(ps["year"]) if ps["year"] else None
        return DatelineMatch(start + lead, start + ps.end(), (ps["place"].strip(),), None,
                             iso_date(month_number(ps["month"]), int(ps["day"]), printed or year), None)
    first = AGENCY_FIRST_RE.match(head, lead)
    if first and _agency_name(first["name"]):  # "(AP) HONOLULU -", "(ANSA) - Ancona, Jan 23 -"
        inner = match_dateline(text, start + first.end(), end, year, strict=False, after_agency=True, depth=depth + 1)
        agency = _agency_name(first["name"])
        if inner is not None and (inner.cities or inner.date):
            return DatelineMatch(start + lead, inner.end, inner.cities, inner.region, inner.date, agency)
        if inner is None and not after_agency and not head[first.end():].strip() and _place_below(text, start + len(head), year):
            return None  # "(KRT)" alone on a line over "WASHINGTON - ...": the place's line is the dateline
    for tok in _tokens(head, lead):
        unknown_agency = None
        if tok["slash"] and head[tok.end():tok.end() + 1].isalpha() and _agency_name(tok["sname"]) is None:
            continue  # "LONDON/PARIS/BERLIN": a place between two slashes, the list goes on
        if tok["paren"] and _agency_name(tok["pname"]) is None:
            if _unknown_agency(head, tok):
                unknown_agency = tok["pname"].strip()  # "Commack, NY (Sports Network) -"
            else:
                continue  # "(Mexico)": a region, keep looking
        prefix = head[lead:tok.start()]
        flash = FLASH_RE.match(prefix)
        places_text = prefix[flash.end():] if flash else prefix
        mark = head[:lead].strip()[-2:] if lead else ""
        if mark in ("**", "__", "*") and mark in places_text:
            places_text = places_text.replace(mark, " " * len(mark))  # "**LONDON** - ": the bold's closing marks
        agency = None
        if tok["dash"] and canonical_agency(places_text.strip()) and len(places_text.strip()) <= 30 \
                and (places_text.strip()[:1].isupper() or places_text.strip() == "dpa"):  # not "cp -", "* ANI:"
            parsed: tuple | None = ((), None, None, True)  # "AP - ", "Reuters - " (AG News)
            agency = canonical_agency(places_text.strip())
        else:
            bare = re.search(r"[\s,]+([A-Z][A-Za-z]{1,6})\s*$", places_text)  # "SEOUL, Nov 26 AFP -", ", Reuter -"
            if bare and canonical_agency(bare.group(1)) and tok["dash"]:
                agency = canonical_agency(bare.group(1))
                places_text = places_text[:bare.start()]
            elif (bare and tok["dash"] and bare.group(1).isupper() and len(bare.group(1)) >= 3
                  and DATED_END_RE.search(places_text, 0, bare.start())):
                agency = bare.group(1)  # an unlisted agency after the date: "WELLINGTON, Jan 5 NZPA -"
                places_text = places_text[:bare.start()]
            if places_text.lstrip()[:3] in ("By ", "BY "):
                return None  # a byline, not a place: the caller splits it off
            parsed = parse_places(places_text, year)
        if parsed is None:
            return None
        cities, region, date, caps = parsed
        pos, dashed, agency_tok = _consume(head, tok.start(), unknown_agency)
        agency = agency or agency_tok
        if date is None:  # a date printed after the agency: "--(BUSINESS WIRE)--February 07, 2025--"
            date = _date_after(head[:pos], tok.start(), year)
        if not dashed and agency_tok is None:
            return None
        if not dashed and not (date or caps or not cities or (
                all(_short_place(c) for c in cities) and SENTENCE_AFTER_RE.match(head, pos))):
            return None  # "Prediction Unit Helps Forecast Wildfires (AP)" is a headline
            # ("London (CNN)The ...", a sentence on after the agency, is a dateline)
        if not (cities or agency or after_agency) and tok["dash"] == ":":
            return None  # "Oct 14, 2020: Support for ...": a dated list entry (a changelog), no dateline
        if not (date or after_agency) and (agency is None or agency == unknown_agency) \
                and LOWER_AFTER_RE.match(head, pos) and not (cities and cities[0].upper() in KNOWN_CITIES and caps):
            return None  # "CHANGES - changes for ...", "GNU License (LGPL) - see ...": a gloss, no lead
            # ("Paris - the city everyone loves - was ...": an aside in a blog post, no dateline)
        if not (agency or date or after_agency):
            if strict or not cities:
                return None
            if region is None and caps and _named_after_place(cities[0]):
                return None  # "BOSTON RED SOX — Activated RHP ...": a listing's team, no place
            if tok["dash"] == ":":
                if not (cities[0].upper() in KNOWN_CITIES or _known_region(region)):
                    return None
            elif not caps and not (len(cities) == 1 and (cities[0].upper() in KNOWN_CITIES or (
                    _known_region(region) and len(cities[0].split()) <= 3))):
                return None  # (a city every wire knows may print in mixed case: "    London - Belgium is ...";
                # so may any place with a known region: "Springfield, Ill. — The council ...")
        if agency and not cities and CLOCK_BAR_RE.match(head, pos):
            return None  # "KYODO NEWS - Jan 5, 2024 - 10:30 | World, All": a page stamp, not a dateline
        label = LABEL_AFTER_RE.match(head, pos) if agency and head[pos:pos + 40].lstrip()[:1] == "R" else None
        if label:  # "PARIS--(BUSINESS WIRE)--Regulatory News:": the release's label, printed in the dateline
            pos = label.end()
        writer = None
        named = AFTER_AGENCY_NAME_RE.search(head, tok.start(), pos + 1)
        if named:  # "(RIA Novosti), Ana Lindqvist -": the name is a byline
            ws = named.start() + 1 + len(named.group(0)[1:]) - len(named.group(0)[1:].lstrip())
            writer = (start + ws, start + named.end())
        return DatelineMatch(start + lead, start + pos, cities, region, date, agency, writer)
    return None


LABEL_AFTER_RE = lazy(r"[ \t]{0,3}(?:Regulatory|REGULATORY)[ \t](?:News|NEWS|Information|INFORMATION)[ \t]{0,3}:[ \t]*")
# A time of day in a page's or a wire's stamp: "10:30", "4:12:00 PM", "04:12 PM EST", "9:05 a.m. ET".
CLOCK = r"\d{1,2}:\d\d(?::\d\d)?[ \t]?(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]{0,3}[A-Z]{2,4})?"
PLACE_STAMP_RE = lazy(r"(?P<place>[A-Z][A-Z.'’\- ]{1,30}?),[ \t]{1,3}" + DATE_RE.pattern
                      + rf"[ \t]{{1,3}}{CLOCK}[ \t]*(?=\r?\n|$)", re.VERBOSE)
CLOCK_BAR_RE = lazy(rf"[ \t]{{0,3}}{CLOCK}[ \t]{{0,3}}\|")  # "... - 10:30 | World, All"
LOWER_AFTER_RE = lazy(r"[ \t]{0,40}[a-z]{1,30}(?![\w'’])")  # a lower-case word ("changes"), not "eBay", "iPhone"
# Markdown emphasis around the dateline: "**RENO, NV / ... /**", "__LONDON (Reuters)__", "*RENO, NV / ... /*"
BOLD_RE = lazy(r"\*\*(?=[A-Z][^*\n]{3,200}\*\*)|__(?=[A-Z][^_\n]{3,200}__)|\*(?=[A-Z][^*\n]{3,200}\*)")
# A web or agency source printed before the dateline: "SPACE.com - ", "Canadian Press - ".
SOURCE_PREFIX_RE = lazy(
    r"(?P<name>[A-Za-z][\w\-]{1,30}\.com|(?:The\ )?Canadian\ Press|Associated\ Press|Press\ Association)"
    r"[ \t]+" + DASH + r"[ \t]+(?=\S)")
# AG News: the source tagged on the headline opens the story ("Retail sales up (PC World)" /
# "PC World - Retail sales rose ..."); names that are no agency count only with that tag.
TAGGED_SOURCE_RE = lazy(
    r"(?P<name>(?:[A-Z]|[a-z][A-Z])[\w.&'’\-]{1,30}(?:[ ][A-Z][\w.&'’\-]{1,30}){0,3})[ \t]+" + DASH + r"[ \t]+(?=\S)")  # "eWEEK -"


def _tagged_above(text: str, start: int, name: str) -> bool:
    """The line above ``start`` (blank lines skipped) ends with "(NAME)", in any case: "(eWeek)" over "eWEEK - "."""
    above = text[max(0, start - 400):start].rstrip()
    return above.lower().endswith(f"({name.strip().lower()})") and "\n" in text[max(0, start - 400):start]


STAMP_LEAD_RE = lazy(rf"(?:{CLOCK},?[ \t]{{1,3}})?(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>(?:19|20)\d\d)"
                     rf"(?:[ \t,]{{1,3}}{CLOCK})?[ \t]{{1,3}}(?=\()")  # "04:12 PM EST, 02/05/2025 (", "2/5/2025 4:12:00 PM ("
# A full date in parentheses opening the story, maybe after a one-word label and a dash.
DATE_LEAD_RE = lazy(r"(?:[A-Z][a-z]{2,15}[ \t]+" + DASH + r"[ \t]+)?\((?P<date>[A-Za-z]{3,10}\.?[ \t]\d{1,2},[ \t](?:19|20)\d\d)\)(?=[ \t]+[A-Z0-9\"“‘'])")  # then a sentence: "NASA's ...", "\"We ...", "2004 ..."
AGENCY_FIRST_RE = lazy(r"\((?P<name>[A-Za-z][\w .&/-]{0,30})\)[ \t]*(?:" + DASH + r"[ \t]*)?")


GLUED_PLACE_PARTICLES = {"de", "la", "del", "da", "do", "dos", "das", "du", "des", "di", "el", "al", "van", "von", "der"}


def _named_after_place(city: str) -> bool:
    """A city or state every wire knows, then words no place name goes on with: a team or a
    company, as sports transaction listings print them ("BOSTON RED SOX — Activated RHP ...",
    "HOUSTON ROCKETS - Signed G ...", "ARIZONA CARDINALS —").  Not "NEW YORK CITY",
    "MIAMI BEACH", "KANSAS CITY", "SALT LAKE CITY".
    """
    words = city.upper().split()
    for k in range(min(3, len(words) - 1), 0, -1):
        head = " ".join(words[:k])
        if head in KNOWN_CITIES or head.lower() in REGIONS:
            return not all(w.strip(".") in PLACE_NAME_WORDS for w in words[k:])
    return False


def _short_place(city: str) -> bool:
    """ "London", "Hong Kong", "Rio de Janeiro"; not "Officials in Boston" (a sentence's start)."""
    words = city.split()
    return len(words) <= 3 and all(w[:1].isupper() or w in GLUED_PLACE_PARTICLES for w in words)


# A new sentence straight after a dateline's agency: "London (CNN)The mayor ...", "(CNN) The".
SENTENCE_AFTER_RE = lazy(r"[ \t]{0,3}[\"“‘']?[A-Z][a-z]{0,20}[ \t,'’\-]")  # "The ", "Ex-HealthSouth", "  The " (a dash lost)


def _unknown_agency(head: str, tok) -> bool:
    """An unlisted name in parentheses that closes a dateline: "(Sports Network) -"."""
    name = tok["pname"].strip()
    words = name.split()
    if not 1 <= len(words) <= 3 or not all(w[:1].isupper() or w in ("&", "+") for w in words):
        return False  # "(Sports Network)", "(Travel + Leisure)"
    if name.lower() in REGIONS:
        return False
    if head[tok.end():tok.end() + 1] == ":" and DATED_BEFORE_RE.search(head, 0, tok.start()):
        return True  # "Kathmandu, Jan 5 (RSS): The ...": South Asian agencies close with a colon
    return bool(re.match(r"[ \t]*" + DASH, head[tok.end():]))


def _place_below(text: str, pos: int, year: int | None) -> bool:
    """The next non-blank line after ``pos`` opens with a dateline that names a place."""
    m = NEXT_LINE_RE.match(text, pos)
    if not m:
        return False
    s = m.end()
    e = text.find("\n", s)
    below = match_dateline(text, s, e if e >= 0 else len(text), year, after_agency=True)
    return below is not None and bool(below.cities)


NEXT_LINE_RE = lazy(r"[ \t]*\r?\n(?:[ \t]*\r?\n){0,3}[ \t]*(?=\S)")
DATED_END_RE = lazy(r",[ \t]{1,3}[A-Z][a-z]{2,8}\.?[ \t]{1,3}\d{1,2}(?:,[ \t]{1,3}(?:19|20)\d\d)?$")  # ", Jan 5" before the agency
DATED_BEFORE_RE = lazy(r",[ \t]{1,3}[A-Z][a-z]{2,8}\.?[ \t]{1,3}\d{1,2}[ \t]*$")  # ", Jan 5 " before the parenthesis


# A writer named after the agency: "MOSCOW, October 16 (RIA Novosti), Ana Lindqvist - "
_PARTICLES = "|".join(re.escape(p) for p in sorted(NAME_PARTICLES, key=lambda p: (-len(p), p)))  # "della", "de", "al-"
AFTER_AGENCY_NAME_RE = lazy(  # ", Ana Lindqvist -", ", Ana de la Cruz -", ", Omar al-Rashid -"
    r",[ \t]{1,3}[A-Z][\w'’.\-]{1,30}(?:[ \t](?:(?:" + _PARTICLES + r")[ \t]){0,2}"
    r"(?:[A-Z][\w'’.\-]{1,30}|[a-z]{1,3}[-'’][A-Z][\w'’.\-]{1,30})){1,3}(?=[ \t]*" + DASH + r"[ \t])")  # "Dana R. La Piana"


# A day-first date between a dateline's dashes: "London, UK – 30 September 2020 – ".
DAY_MONTH = (r"(?P<day3>\d{1,2})(?:st|nd|rd|th)?[ \t\u00a0]{1,3}(?P<month3>[A-Za-z]{3,10})\.?"
             r"(?:[ \t\u00a0]{0,2},?[ \t\u00a0]{0,3}(?P<year3>(?:19|20)\d\d))?(?![\w])")
DAY_MONTH_RE = lazy(DAY_MONTH)
_AFTER_RE = lazy(r"[ \t\u00a0]*(?:" + TOKEN_RE.pattern + r"|(?P<date2>" + DATE_RE.pattern + r")|(?P<date3>"
                 + DAY_MONTH + "))", re.VERBOSE)


# A wire and its date in one parenthesis: "(Newsfile Corp. - March 4, 2024)", "(Marketwired - March 4, 2014)".
PAREN_WIRE_DATE_RE = lazy(r"[ \t]*(?P<wire>[A-Za-z][\w .&-]{1,25}?)[ \t]*(?:-|–|—|,)[ \t]*" + DATE_RE.pattern + r"[ \t]*$",
                          re.VERBOSE)


SLASH_WIRE_RE = lazy(r"[A-Z][A-Za-z]{1,12}(?:[ -][A-Z][A-Za-z]{1,12}){0,2}")  # "JCN Newswire", "CNW Telbec"
DASH_AHEAD_RE = lazy(r"[ \t]{0,3}" + DASH + r"[ \t]")
VIA_WIRE_RE = lazy(r"[ \t]{1,3}(?:--[ \t]{1,3})?via[ \t]{1,3}[A-Z][\w.-]{1,30}(?:[ \t][A-Z][\w.-]{1,30}){0,2}(?=[ \t]{0,3}" + DASH + r"[ \t])")


def _consume(head: str, pos: int, unknown: str | None = None) -> tuple[int, bool, str | None]:
    """Walk the agency / date / dash tokens that close a dateline; return the end."""
    end, dashed, agency = pos, False, None
    for _ in range(6):
        m = _AFTER_RE.match(head, end)
        if not m:
            break
        if m["paren"] or m["slash"]:
            name = _agency_name(m["pname"] or m["sname"])
            if name is None and unknown and m["pname"] and m["pname"].strip() == unknown:
                name = unknown
            if name is None and dashed and m["pname"] and _unknown_agency(head, m):
                name = m["pname"].strip()  # "FORT LAUDERDALE, Fla. - (KRT) -"
            if name is None and m["pname"]:
                dated = PAREN_WIRE_DATE_RE.match(m["pname"])  # "--(Newsfile Corp. - March 4, 2024) - "
                if dated and month_number(dated["month"]) is not None:
                    name = _agency_name(dated["wire"])
            if name is None and m["sname"] and SLASH_WIRE_RE.fullmatch(m["sname"].strip()) \
                    and DASH_AHEAD_RE.match(head, m.end()):
                name = m["sname"].strip()  # an unlisted release wire: "... 2025 /JCN Newswire/ - "
            if name is None:
                break
            agency = agency or name
        elif m["dash"]:
            dashed = True
        elif m["date3"] is not None:
            if month_number(m["month3"]) is None:
                break
        elif m["date2"] is None or month_number(m["month"]) is None:
            break
        end = m.end()
        if m["paren"] and agency:
            named = AFTER_AGENCY_NAME_RE.match(head, end)
            if named:
                end = named.end()
        if agency and (m["paren"] or m["slash"] or m["dash"]):
            via = VIA_WIRE_RE.match(head, end)  # "(GLOBE NEWSWIRE) via NewMediaWire -- ", "-- via IBN -- "
            if via:
                end = via.end()
        if (agency or m["date2"]) and head.startswith(" /", end) or head.startswith("/", end) and (agency or m["date2"]):
            end = head.index("/", end) + 1  # ".../ ACCESS Newswire / February 10, 2025 /"
            dashed = True
        if dashed and not head.startswith(("(", "/", "-", "—", "–"), _skip_space(head, end)) \
                and not _date_at(head, _skip_space(head, end)):
            break
    return end, dashed, agency


def _skip_space(head: str, pos: int) -> int:
    while pos < len(head) and head[pos] in " \t\u00a0":
        pos += 1
    return pos


def _date_at(head: str, pos: int) -> bool:
    """A date that is part of the dateline: closed by its own dash ("--February 07, 2025--",
    " – 30 September 2020 – ")."""
    m = DATE_RE.match(head, pos)
    if m and month_number(m["month"]) is not None:
        return bool(re.match(r"[ \t\u00a0]*(?:--|-|—|–|/)", head[m.end():m.end() + 8]))
    m = DAY_MONTH_RE.match(head, pos)
    if m and month_number(m["month3"]) is not None:
        return bool(re.match(r"[ \t\u00a0]*" + DASH, head[m.end():m.end() + 8]))
    return False


def _date_after(head: str, pos: int, year: int | None) -> str | None:
    """The date printed after the agency ("--(BUSINESS WIRE)--February 07, 2025--")."""
    m = re.search(DATE_RE.pattern, head[pos:], re.VERBOSE)
    if not m or month_number(m["month"]) is None:
        d = DAY_MONTH_RE.search(head, pos)
        if d and month_number(d["month3"]) is not None:  # "– 30 September 2020 –"
            printed = int(d["year3"]) if d["year3"] else None
            return iso_date(month_number(d["month3"]), int(d["day3"]), printed or year)
        return None
    printed = int(m["year"]) if m["year"] else None
    return iso_date(month_number(m["month"]), int(m["day"]), printed or year)


# Reuters' 1987 wire layout: a capitals headline at the margin, then the first paragraph
# indented, opening "CITY[, Region], Mon D - " with no agency named (the sign-off "Reuter"
# is often cut off in archives: "More", "INTERRUPTED", or a truncated last take).
REUTERS_1987_DATE_RE = lazy(r"(?i:Jan|Feb|March|Apr|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[ \t]{1,3}\d{1,2}$"
                            r"|(?<![\d\w])\d{1,2}[ \t]{1,3}(?i:Jan|Feb|March|Apr|April|May|June|July|Aug|Sept|Oct|Nov|Dec)[a-z]{0,6}$")


def layout_agency(text: str, lines, dl_line: int | None, m: DatelineMatch) -> str | None:
    r"""The agency a dateline's layout alone identifies (the 1987 Reuters wire), or None.

    >>> t = "ACME SEES HIGHER NET\n    CHICAGO, March 4 - Acme Inc said\nit expects more."
    >>> from wirecli.text import split_lines
    >>> layout_agency(t, split_lines(t), 1, match_dateline(t, 25, 52))
    'Reuters'
    """
    if dl_line is None or dl_line < 1 or m.agency or not m.date or not m.cities:
        return None
    line = lines[dl_line]
    if line.indent < 2 or lines[dl_line - 1].blank:
        return None
    k = dl_line - 1
    if k >= 1 and re.match(r"\s*(?:By|BY|by)\s", lines[k].text) and not lines[k - 1].blank:
        k -= 1  # "HEADLINE" / "    By Joan Ostrander" / "    HALIFAX, April 3 -"
    head = lines[k].text
    letters = [c for c in head if c.isalpha()]
    if not letters or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return None
    printed = text[m.start:m.end].replace("\u00a0", " ").rstrip(" -\t")
    if not REUTERS_1987_DATE_RE.search(printed):
        return None
    return "Reuters"
