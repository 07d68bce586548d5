"""Transmission envelopes: the ANPA-1312 / IPTC 7901 header and trailer around a story.

ANPA-1312 (Reuters 1987, AP; control characters shown as ^X):
    ^E^E^EC T                                 preamble before the header
    ^V^V^Af0704^_reute                        SYN SYN SOH, selector+sequence, US, originator
    u f BC-BAHIA-COCOA-REVIEW   02-26 0105    priority, category, slug, MM-DD, word count
    r f AM-FED-RATES 2ndLd-Writethru 02-26 0412   a version/take after the slug
    ^Aa0593 4 n BC-Airline-Strike 01-20 0547  selector on the SOH line, digit priority
    ^B                                        STX: the story follows (may share its line)
    ... story ...
    AP-WF-11-13-13 1509GMT                    AP filing line before ETX
    ^C                                        ETX: the story ended

IPTC 7901 (dpa, KNA and others):
    ^Aeca062 4 i 211 ccccb                    source+number, priority, category, words, info
    Germany-politics/                         keyword line(s), ending with "/"
    ^BHeadline =                              STX, headline
    ...
    ^C131137 GMT Nov 13^D                     ETX, DDhhmm GMT Mon DD, EOT

The header and trailer become "wire" parts and never reach headline, body or credit.  Lines
are read as whitespace-separated tokens (no regex backtracking on hostile lines).
"""
from __future__ import annotations


from ..lazyre import lazy
from ..lexicon import MONTHS as MONTH_NUMBERS
from ..model import Part, Wire, replace
from ..text import Line, back_space, skip_space

HEADER_SCAN = 8     # the STX comes within this many lines of the top
MAX_HEADER_LINE = 200  # longer lines are text, not header fields
CONTROLS = "\x00\x01\x02\x03\x04\x05\x16\x1f\x7f \t"

SELECTOR_RE = lazy(r"\x01[ \t]?(?P<sel>[a-z])(?P<seq>\d{3,5})(?:[ \t]{0,2}\x1f[ \t]{0,2}(?P<orig>\w{1,12}))?")
SEQ_TOKEN_RE = lazy(r"(?P<sel>[a-z])(?P<seq>\d{3,5})")
IPTC_SOURCE_RE = lazy(r"(?P<src>[A-Za-z]{1,6})(?P<num>\d{1,6})")
DATE_TOKEN_RE = lazy(r"(?P<m>\d\d)[-/](?P<d>\d\d)")
WORDS_TOKEN_RE = lazy(r"\d{2,5}")
# A take or version after the slug: "2ndLd-Writethru", "1stAdd", "Take2", "Correction".
VERSION_RE = lazy(
    r"(?i)\**(?:\d{1,2}(?:st|nd|rd|th)[-\w]{0,30}|writethru|take\d{0,2}|add\d{0,2}|sub|insert"
    r"|correction|corrected|corrective|urgent|advisory|kill|killed|repeat|rpt|update\d{0,2}"
    r"|lead|ld[-\w]{0,20}|bulletin|flash|new)\**")
AP_FILING_RE = lazy(r"AP-[A-Z]{2}-\d\d-\d\d-\d\d \d{4}GMT")
IPTC_TRAILER_RE = lazy(r"(?P<day>\d\d)(?P<hm>\d{4}) GMT (?P<mon>[A-Z][a-z]{2}) (?P<d>\d\d?)")
MONTHS = {name[:3].title(): n for name, n in MONTH_NUMBERS.items()}  # "Jan": 1 ... "Dec": 12


def find_envelope(text: str, lines: list[Line], year: int | None = None
                  ) -> tuple[Wire | None, int, int, list[Part]]:
    """(wire, first story line, end story line (exclusive), the envelope's parts).

    >>> from wirecli.text import split_lines
    >>> t = "\\x16\\x16\\x01f0704\\x1freute\\nu f BC-COCOA  02-26 0105\\n\\x02\\nCOCOA\\n\\x03\\n"
    >>> w, lo, hi, parts = find_envelope(t, split_lines(t))
    >>> w.priority, w.category, w.slug, w.date, w.word_count, lo, hi
    ('u', 'f', 'BC-COCOA', '--02-26', 105, 3, 4)
    """
    wire, lo, parts = find_header(text, lines, year)
    hi, tail_parts, tail_date = _find_trailer(text, lines, lo)
    if wire is not None and tail_date and not wire.date:
        wire = _replace(wire, date=tail_date)
    return wire, lo, hi, parts + tail_parts


def find_header(text: str, lines: list[Line], year: int | None = None
                ) -> tuple[Wire | None, int, list[Part]]:
    """The header, the index of the first story line, and the header's parts."""
    stx = None
    for i, line in enumerate(lines[:HEADER_SCAN]):
        if "\x02" in line.text:
            stx = i
            break
    if stx is None:
        return None, 0, []
    fields: dict = {}
    keywords: list[str] = []
    for line in lines[:stx + 1]:
        t = line.text if len(line.text) <= MAX_HEADER_LINE else ""
        if line is lines[stx]:
            t = t.split("\x02", 1)[0]
        _read_header_line(t, fields, keywords, year)
    if keywords and not fields.get("slug"):
        fields["slug"] = " ".join(keywords)
    if not fields:
        fmt = "anpa"
    else:
        fmt = fields.pop("format", "anpa")
    rest = lines[stx].text.split("\x02", 1)[1]
    first = stx + 1 if not rest.strip(CONTROLS) else stx
    part_end = lines[stx].start + lines[stx].text.index("\x02") + 1
    start = skip_space(text, lines[0].start, part_end)
    wire = Wire(fmt, fields.get("selector"), fields.get("sequence"), fields.get("originator"),
                fields.get("priority"), fields.get("category"), fields.get("slug"),
                fields.get("version"), fields.get("date"), fields.get("word_count"),
                (start, part_end))
    return wire, first, [Part("wire", (start, part_end), "wire.find_header")]


def _read_header_line(t: str, fields: dict, keywords: list[str], year: int | None) -> None:
    """Fill ``fields`` from one header line (selector, keyword line or IPTC line)."""
    m = SELECTOR_RE.search(t)
    if m:
        fields.setdefault("selector", m["sel"])
        fields.setdefault("sequence", m["seq"])
        if m["orig"]:
            fields.setdefault("originator", m["orig"])
    if "\x01" in t:
        after = t.split("\x01", 1)[1]
        if _iptc_line(after.split(), fields):
            return
    tokens = t.replace("\x1f", " ").strip(CONTROLS).split()
    if _anpa_keyword_line(tokens, fields, year):
        return
    s = t.strip(CONTROLS)
    if s.endswith("/") and "\x01" not in t and fields.get("format") == "iptc7901":
        keywords.append(s.rstrip("/ ").strip())


def _anpa_keyword_line(tokens: list[str], fields: dict, year: int | None) -> bool:
    """priority category slug [version] MM-DD words, maybe after a selector token."""
    if tokens and SEQ_TOKEN_RE.fullmatch(tokens[0]) and len(tokens) >= 6:
        sel = SEQ_TOKEN_RE.fullmatch(tokens[0])
        fields.setdefault("selector", sel["sel"])
        fields.setdefault("sequence", sel["seq"])
        tokens = tokens[1:]
    if len(tokens) < 5 or len(tokens[0]) != 1 or len(tokens[1]) != 1 or not tokens[1].isalpha():
        return False
    d = DATE_TOKEN_RE.fullmatch(tokens[-2])
    if not d or not WORDS_TOKEN_RE.fullmatch(tokens[-1]) or not tokens[0].isalnum():
        return False
    middle = tokens[2:-2]
    n = len(middle)
    while n > 1 and VERSION_RE.fullmatch(middle[n - 1]):
        n -= 1
    fields.update(priority=tokens[0], category=tokens[1], slug=" ".join(middle[:n]),
                  version=" ".join(middle[n:]) or None, word_count=int(tokens[-1]),
                  date=_iso(year, int(d["m"]), int(d["d"])))
    return True


def _iptc_line(tokens: list[str], fields: dict) -> bool:
    """source+number priority category words [info]: "eca062 4 i 211 ccccb"."""
    if len(tokens) < 4:
        return False
    src = IPTC_SOURCE_RE.fullmatch(tokens[0])
    if not src or not (len(tokens[1]) == 1 and tokens[1].isdecimal()):
        return False
    if not (tokens[2].isalpha() and len(tokens[2]) <= 3 and tokens[3].isdecimal()):
        return False
    fields.update(format="iptc7901", selector=src["src"], sequence=src["num"],
                  priority=tokens[1], category=tokens[2], word_count=int(tokens[3]))
    return True


def _find_trailer(text: str, lines: list[Line], lo: int) -> tuple[int, list[Part], str | None]:
    """Where the story ends (line index, exclusive), the trailer's parts and its date."""
    hi = len(lines)
    etx = text.rfind("\x03")
    if etx < 0 or (lo < len(lines) and etx < lines[lo].start):
        return hi, [], None
    k = _line_at(lines, etx)
    parts: list[Part] = []
    date = None
    after = text[etx + 1:]
    m = IPTC_TRAILER_RE.search(after[:200])
    if m and m["mon"] in MONTHS:
        date = _iso(None, MONTHS[m["mon"]], int(m["d"]))
    s, e = _trim(text, etx, len(text))
    parts.append(Part("wire", (s, e), "wire.trailer"))  # ETX and what follows it
    hi = k + 1 if lines[k].text[: etx - lines[k].start].strip(CONTROLS) else k
    # AP's filing line just before the ETX: "AP-WF-11-13-13 1509GMT"
    j = hi - 1
    while j >= lo and not lines[j].text.strip(CONTROLS):
        j -= 1
    if j >= lo and AP_FILING_RE.fullmatch(lines[j].text.strip(CONTROLS)):
        parts.append(Part("wire", lines[j].stripped_span(), "wire.trailer"))
        hi = j
    return hi, parts, date


def _line_at(lines: list[Line], pos: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= pos:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    return s, back_space(text, s, e)


def _iso(year: int | None, month: int, day: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


def _replace(wire: Wire, **kw) -> Wire:
    return replace(wire, **kw)
