"""Agency names: one canonical form for the spellings a wire prints.

Shapes handled:
    "(Reuters)", "(REUTERS)", "(AP)", "(Xinhua)", "(dpa)"      dateline parentheses
    "/PRNewswire/", "--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE)"  press-release wires
    "Associated Press", "The Associated Press"                 byline titles, credits
    "Reuter"                                                   the 1987 sign-off
    "(CNN Business)", "Bloomberg Politics"                     an agency's desk
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..lazyre import lazy
from ..lexicon import AGENCIES, AGENCY_DESK_WORDS, AGENCY_PRODUCT_WORDS, MAJOR_AGENCIES, NEWS_OUTLET_WORDS, ROLE_KINDS

_STRIP_RE = lazy(r"[^\w&' -]+")
_SUFFIX_RE = lazy(r"(?:-asia|-hispanic|-pr|-ir| staff| wire staff| l\.?p\.?)$")


def canonical_agency(name: str | None) -> str | None:
    """The canonical short form of an agency name, or None if it is not one.

    >>> canonical_agency("The Associated Press")
    'AP'
    >>> canonical_agency("PRNewswire-Asia")
    'PR Newswire'
    >>> canonical_agency("Tokyo newsroom") is None
    True
    """
    if not name:
        return None
    if len(name) <= 100:  # the same few names come again and again (~7 calls a story)
        return _canonical(name)
    return _canonical.__wrapped__(name)  # (a long string is not kept)


@lru_cache(maxsize=4096)
def _canonical(name: str) -> str | None:
    key = " ".join(_STRIP_RE.sub(" ", name).split()).lower()
    if len(key) > 40:
        return None
    if key in AGENCIES:
        return AGENCIES[key]
    if key.startswith("the ") and key[4:] in AGENCIES:
        return AGENCIES[key[4:]]  # "The Associated Press of Pakistan", not "The Associated Press" in it
    key = _SUFFIX_RE.sub("", key).strip()
    if key in AGENCIES:
        return AGENCIES[key]
    if " " in key:
        head, _, desk = key.rpartition(" ")
        if desk in AGENCY_DESK_WORDS and head in AGENCIES:
            return AGENCIES[head]  # "CNN Business", "Bloomberg Politics": a desk of the agency
    if "-" in key:
        head = key.split("-", 1)[0]
        if len(head) >= 5 and head in AGENCIES:
            return AGENCIES[head]  # "PRNewswire-FirstCall", "PRNewswire-HISPANIC PR WIRE": a feed of the wire
    return None


# Agency names inside a sign-off, credit or copyright line.  Long forms match in any case;
# short forms (AP, AFP, UPI, CNN, PTI, CP, DPA) only as printed capitals or "dpa".
_LONG_FORMS = sorted((k for k in AGENCIES if len(k) > 4 or " " in k), key=len, reverse=True)
_LONG_RE = lazy(r"(?i)(?<![\w-])(" + "|".join(re.escape(k) for k in _LONG_FORMS) + r")(?![\w-])")
_SHORT_RE = lazy(r"(?<![\w.@-])(AP|AFP|UPI|CNN|PTI|CP|DPA|dpa|ANSA|EFE|IANS|AAP|KNA|UNI|Reuters|Reuter|Xinhua|Kyodo|Yonhap|TASS)(?![\w@(-])")  # not "CP(1)", a man page's name
# A copyright mark as printed: "©", "(c)", "Copyright", "c.2001" (US syndicates), "C. 1997".
COPYRIGHT_MARK = r"(?:c\.|C\.(?=[ \t]?\d{4})|©|\([cC]\)|Copyright|COPYRIGHT)"
COPYRIGHT_RE = lazy(
    r"^[\s*_]{0,3}" + COPYRIGHT_MARK + r"[ \t]?(?:\([cC]\)|©)?[ \t]?(?:\d{4}(?:-\d{2,4})?,?[ \t]*)?(?P<org>[^\s,.;][^,;\n]{0,60})")
_COMPANY_RE = lazy(
    r"(?i)[ \t]+(?:&[ \t]?co(?:mpany)?\.?|and[ \t]company|inc\.?|ltd\.?|llc|plc|corp\.?|l\.?p\.?|"
    r"s\.?a\.?|ag|gmbh|n\.?v\.?|b\.?v\.?|s\.?p\.?a\.?|ae|αε)[ \t.]*$")


def find_agency(text: str) -> str | None:
    """The first agency named in a short line ("The Gazette/DPA/kl", "With files from The Canadian Press").

    >>> find_agency("The Gazette/DPA/kl"), find_agency("With files from The Canadian Press")
    ('dpa', 'CP')
    >>> find_agency("Reporting by Tokyo newsroom") is None
    True
    """
    text = text[:400]
    m = _LONG_RE.search(text)
    s = _SHORT_RE.search(text)
    hits = [x for x in (m, s) if x]
    if not hits:
        return None
    first = min(hits, key=lambda x: x.start())
    return canonical_agency(first.group(1))


def copyright_agency(line: str) -> str | None:
    """The organisation of a copyright line, canonical when known, else as printed.

    >>> copyright_agency("c.2001 Gulf Coast News Service"), copyright_agency("©2021 Bloomberg L.P.")
    ('Gulf Coast News Service', 'Bloomberg')
    >>> copyright_agency("Copyright (c) 2024 Dow Jones & Company, Inc.")
    'Dow Jones'
    """
    m = COPYRIGHT_RE.match(line)
    if not m:
        return None
    org = m["org"].strip()
    if re.match(r"(?i)by\s", org):
        return None  # "Copyright 2019 by Amy Dickinson": a writer's own copyright
    org = re.split(r"(?<![A-Z])\.[ \t]+(?=[A-Z\u0370-\u03ff])|\s+All [Rr]ights", org)[0].strip(" .")
    org = _COMPANY_RE.sub("", org).strip(" .")
    if not org or not re.search(r"[^\W\d_]{2}", org) or len(org.split()) > 6:
        return None
    known = canonical_agency(org) or find_agency(org)
    if known:
        return known
    words = [w.strip(".,'’&-").lower() for w in org.split()]
    initials = org.replace("-", "")
    if any(w in NEWS_OUTLET_WORDS for w in words) or (initials.isalpha() and initials.isupper() and len(initials) <= 12):
        return org  # "Gulf Coast News Service", "ΑΠΕ-ΜΠΕ": an outlet or an agency's initials
    return None  # "Copyright 2014 Pallets", "(c) 2022 Ana Ruiz": a software or a person's copyright


HEADLINE_TAG_RE = lazy(r"\(([A-Za-z][\w.&/ -]{1,24})\)\s*$")
HEADLINE_BRAND_RE = lazy(r"^(" + "|".join(map(re.escape, MAJOR_AGENCIES)) + r")\s+(\w+)")  # "UPI NewsTrack"


def headline_agency(headline: str | None) -> str | None:
    """An agency tagged on the headline: "Prediction Unit Helps Forecast Wildfires (AP)", or a
    wire's own product name opening it: "UPI NewsTrack Business", "AP Exclusive: ...".

    >>> headline_agency("Quake hits coast (AP)"), headline_agency("UPI NewsTrack Business")
    ('AP', 'UPI')
    >>> headline_agency("CNN fires anchor") is None
    True
    """
    if not headline:
        return None
    m = HEADLINE_TAG_RE.search(headline)
    tag = m.group(1) if m else ""
    if m and canonical_agency(tag) and (len(tag) > 4 or tag.isupper() or tag == "dpa"):
        return canonical_agency(tag)  # not "The Grand Hotel (Spa)", "Results (nan)": initials as printed
    m = HEADLINE_BRAND_RE.match(headline)
    if m and m.group(2).lower().rstrip(":") in AGENCY_PRODUCT_WORDS:
        return canonical_agency(m.group(1))
    return None


DISTRIBUTED_RE = lazy(r"^[\s*_]{0,3}(?:Distributed|Syndicated)\s+by\s+(?P<org>[^\s,.;][^,;\n]{1,60}?)"
                      r"(?:,?[ \t](?i:llc|inc|ltd|l\.l\.c)\.?)?[\s.*_]*$", re.I)  # "..., LLC."
BARE_RE = lazy(r"^[\s*_]{0,3}\((?P<org>[A-Z][\w.&'-]{1,30}(?:[ ][A-Z][\w.&'-]{1,30}){0,2})\)[\s.]*$")
NOT_AGENCY = {"end", "ends", "more", "updated", "update", "updates", "corrected", "correction", "photo",
              "photos", "video", "advertisement", "continued", "story", "opinion", "analysis", "graphic",
              "refile", "watch", "listen", "read", "see", "note", "editor's", "editors", "sponsored",
              "exclusive", "breaking", "live", "file", "pictured", "above", "below", "left", "right",
              "top", "bottom", "inset", "audio", "podcast", "map", "chart", "table", "related",
              # documentation labels in parentheses ("(Optional) Argument: ...")
              "optional", "required", "deprecated", "default", "experimental", "beta", "alpha", "example",
              "examples", "todo", "fixme", "warning", "info", "tip", "hint", "important", "obsolete", "internal"}


def named_agency(line: str) -> str | None:
    """The organisation a sign-off line names: a copyright line, "Distributed by ...", a bare
    "(BusinessDesk)", or a known agency anywhere in it ("The Gazette/DPA/kl").

    >>> named_agency("Distributed by Lakeside Features Syndicate"), named_agency("(HarbourDesk)")
    ('Lakeside Features Syndicate', 'HarbourDesk')
    >>> named_agency("(END)") is None and named_agency("(Ends)") is None
    True
    """
    found = copyright_agency(line)
    if found:
        return found
    m = DISTRIBUTED_RE.match(line) or BARE_RE.match(line)
    if m:
        org = m["org"].strip()
        if canonical_agency(org):
            return canonical_agency(org)
        words = org.lower().split()
        if (org.lower() not in NOT_AGENCY and re.search(r"[a-z]", org)
                and not any(w in ROLE_KINDS or w in NOT_AGENCY for w in words)):
            return org
    return find_agency(line)


# The agency printed at the head of the first paragraph when no dateline was read there:
# "(Harbor News) Sally Reed, the ...", "OSLO, May 3 (Nordic Wire), Ana Ruiz - The ...".
OPENER_RE = lazy(r"^\((?P<org>[A-Z][\w.&' -]{1,30})\)[ \t]+(?=[A-Z\"“‘])")
LEAD_IN_RE = lazy(
    r"^[A-Z][A-Za-z .'-]{1,40},[ \t]+[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*\((?P<org>[A-Z][\w.&' -]{1,30})\),[ \t]*"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){1,2})[ \t]*[-–—]")


def opening_agency(body: str):
    """(agency, byline name, name offset) read from the first words of the body, or None.

    >>> opening_agency("(Harbor News) Sally Reed, the pilot, has died.")[:2]
    ('Harbor News', None)
    >>> opening_agency("OSLO, May 3 (Nordic Wire), Ana Ruiz - The fjord froze.")[:2]
    ('Nordic Wire', 'Ana Ruiz')
    >>> opening_agency("(Updated) The fjord froze.") is None
    True
    """
    head = body[:200]
    m = LEAD_IN_RE.match(head)
    if m:
        org = m["org"].strip()
        return canonical_agency(org) or org, m["name"], m.start("name")
    m = OPENER_RE.match(head)
    if m:
        org = m["org"].strip()
        words = org.lower().split()
        if len(words) <= 4 and not any(w in NOT_AGENCY or w in ROLE_KINDS for w in words):
            return canonical_agency(org) or org, None, None
    return None
