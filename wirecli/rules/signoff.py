"""Sign-offs and footers: the lines after the story that are neither body nor credit.

Shapes handled (one line each, matched from the end of the story upwards):
    " Reuter", "REUTER", "REUTE", "Reuter4", "REUTER11:43/VB"   1987 Reuters sign-offs
    "Enditem"                                                  Xinhua
    "(END) Dow Jones Newswires", "11-19-24 0653ET"             Dow Jones
    "AP-WF-11-13-13 1509GMT<"                                  AP filing line
    "Our Standards: The Thomson Reuters Trust Principles."     Reuters web footer
    "Thomson Reuters is the world's largest international ..." Reuters web boilerplate
    "Anadolu Agency website contains only a portion of the news stories ..."  Anadolu's web footer
    "BERNAMA provides up-to-date authentic ...", "Twitter : @bernama.com"     Bernama's web footer
    "© 2019 Associated Press. All Rights Reserved."            copyright lines
    "For more articles like this, please visit us at ..."      promos and teasers
    "AFP", "PTI", "hh/ph/ts/hd", "dpa grj rmo"                 agency names and staff codes
    "___"                                                      AP separator
    "Authors:", "&UR;", "(PROFILE (WS SL:...))", "The vote, 3rd graf pvs."   wire debris
    "Follow Example News on Facebook and Twitter.", "Read more about ..."      promos
    "This column does not necessarily reflect the opinion of ..."              disclaimers
    "This report by The Canadian Press was first published Feb. 12, 2024."    CP's footer
A "Reuters." that finishes a sentence ("... told" / "Reuters.") is body, not a sign-off.

Footers: find_footer() finds the first line (or sentence) after which everything is trailer:
    "View original content ...", "View source version on businesswire.com: ...",
    "(END) Dow Jones Newswires", "# Notebook" (dpa), "E-mail to a friend", "Keywords: ...",
    "(C) Reuters 2007.  All rights reserved.", "!@#$%^&*() COMMENTS", "STORY_NUMBER: ..."
    "Online:" / "On the Net:" over links (AP), "... The AP is solely responsible for all content."
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon import LINK_HEADINGS
from .agency import COPYRIGHT_MARK, canonical_agency
from ..text import squashed_longer
from .dates import _one_edit
from .headline import NOTE_VERB

# A whole line that is a sign-off or footer: the prefix, then one of these alternatives, then
# the end.  Each alternative is anchored and bounded, and comes with the characters it can start
# with after the prefix ("*": it may start with anything, even a prefix character), so that a
# line is tried only against the few alternatives its first character allows (compiling the
# whole union cost ~2.5 ms, paid by every story).  Patterns are in re.VERBOSE.
_SIGNOFF_PREFIX = r"^[\s\x00-\x1f\x7f*_]*(?:" "\n      "
_SIGNOFF_END = "\n    )$"
_SIGNOFF_ALTERNATIVES = (
    ('Ee', r"""[Ee]nd\s?item\b.{0,10}"""),
    ('(/E', r"""[(/]?(?:[Ee]nd\s?[Ii]tem|END\s?ITEM)[)/]?\.?\s*                  # "(Enditem)", "END ITEM" """),
    ('(', r"""\(\s?(?:[Ee]nds?|END|ENDS)\s?\)\s*                              # "(ends)", "(END)" """),
    ('(', r"""\([Ee]nd\)\ ?[a-z]{2,4}(?:\.[a-z]{2,4}){1,3}\.?\s*                  # KUNA: "(end) ahm.gb" """),
    ('a-z', r"""[a-z]{2,4}(?:\.[a-z]{2,4}){1,3}\.?\s*                               # KUNA's staff code alone: "ahm.gb" """),
    ('-', r"""-{1,2}\s?(?:END|30|0)\s?-{1,2}\s*                               # "-- END --", "- 30 -" """),
    ('(', r"""\(END\)\ Dow\ Jones\ Newswires.{0,80}"""),
    ('\\d', r"""\d\d-\d\d-\d\d\s+\d{4}\s?(?:ET|GMT|EDT|EST)\b.{0,5}"""),
    ('A-Z', r"""[A-Z]{2,4}-[A-Z]{2,4}-\d\d-\d\d-\d\d\s+\d{4}(?:\s?[A-Z]{2,3})?.{0,5}   # AP-WF-11-13-13 1509GMT<"""),
    ('A', r"""AP-[A-Z]{2}-\d\d-\d\d-\d\d.{0,20}"""),
    ('N', r"""NYT-\d\d-\d\d-\d\d.{0,20}"""),
    ('O', r"""Our\ Standards:.{0,80}"""),
    ('T', r"""Thomson\ Reuters\ is\ the\ world['’]s\ largest\b.{0,600}     # Reuters web boilerplate"""),
    ('A-Z', r"""[A-Z][\w ]{0,40}\ website\ contains\ only\ a\ portion\ of\ the\ news\ stories\b.{0,400}   # Anadolu's web footer"""),
    ('A-Z', r"""[A-Z]{3,12}\ provides\ up-to-date\b.{0,600}                   # Bernama's web footer"""),
    ('F', r"""Follow\ us\ on\ social\ media\s?:?\s*"""),
    ('FTXIYLW', r"""(?:Facebook|Twitter|X|Instagram|TikTok|YouTube|LinkedIn|Telegram|WhatsApp|Threads)\ ?:\ ?@?[\w.@/:-]{1,80}(?:,\ ?@?[\w.@/:-]{1,80}){0,4}\s*   # "Twitter : @a, @b" """),
    ('©(Cc', r"""(?:©|\([cC]\)\s?(?=\d{4}|[A-Z][\w.&-]{1,30}\s\d{4}|Copyright\b)|Copyright\b(?=.{0,20}(?:\d{4}|©|\([cC]\)))|c\.\s?\d{4}).{0,300}"""),
    ('*', r""".{0,40}All\ [Rr]ights\ [Rr]eserved.{0,300}"""),
    ('F', r"""For\ more\ articles\ like\ this.{0,200}"""),
    ('T', r"""This\ (?:report|story|article)\ (?:by|from)\ [A-Z].{0,60}\ was\ (?:first|originally)\ published\b.{0,80}   # CP's footer"""),
    ('DS(', r"""\(?(?:Distributed|Syndicated)\ by\ [A-Z].{0,100}          # "Distributed by Tribune Content Agency, LLC." """),
    ('M', r"""More\ stories\ like\ this\ are\ available\ on\b.{0,200}   # Bloomberg Opinion"""),
    ('M', r"""Most\ Read\ from\ Bloomberg\b.{0,40}                        # a syndicated copy's promo heading"""),
    ('B', r"""Before\ it['’]s\ here,\ it['’]s\ on\ the\ Bloomberg\ Terminal\b.{0,60}   # Bloomberg web promo"""),
    ('F', r"""For\ more\ (?:AP\ )?(?:coverage\ )?(?:on|of|about)\ .{1,80}:\ ?(?:https?://|www\.)\S.{0,300}   # "For more on the opioid crisis: https://..." """),
    ('*', r""".{0,300}\bAP\ is\ solely\ responsible\ for\ (?:all\ )?(?:this\ )?content\b.{0,300}   # AP funding note"""),
    ('S', r"""Subscribe\ now\ to\ stay\ ahead.{0,200}"""),
    ('R', r"""Read\ more(?::|\ about\b|\ on\b|\ at\b).{0,300}"""),
    ('L', r"""Learn\ more\b.{0,200}\b(?:video|videos|photos|gallery)\ (?:below|above)\.?"""),
    ('FL', r"""(?:Follow|Like\ us)\b.{0,150}\bon\ (?:Facebook|Twitter|Instagram|X|LinkedIn|YouTube)\b.{0,80}"""),
    ('F', r"""Follow\b.{0,200}\[(?:https?://|www\.)[^\]\s]{1,200}\]\.?"""),
    ('W', r"""Want\ to\ (?:get\ involved|help)\?.{0,200}"""),
    ('A', r"""Are\ you\ (?:there|in\ the\ area|affected)\?.{0,120}"""),
    ('iC', r"""(?:CNN\ )?iReport(?:\.com)?\ ?:.{0,200}                      # "iReport.com: Share your views ..." """),
    ('S', r"""Share\ (?:your|you)\ (?:stories|story|photos|videos|images)\b.{0,120}"""),
    ('–-C', r"""[–-]?\s?Check\ out\b.{0,160}\b(?:see\ how\ to\ help|CNN)\b.{0,120}"""),
    ('A', r"""Authors?:\s*"""),
    ('W', r"""Watch\b.{0,200}»\s*\.?"""),
    ('S', r"""Share\ what\ you\ think\b.{0,60}"""),
    ('C', r"""Comments\ \(\d{1,6}\)\s*"""),
    ('B', r"""By\ posting\ your\ comment\b.{0,200}"""),
    ('(', r"""\(MORE\ TO\ FOLLOW\).{0,60}"""),
    ('M', r"""MORE\s*                                                     # ANPA: the take goes on in another"""),
    ('(SOEo', r"""\(?(?:STORY\ CAN\ END\ HERE|OPTIONAL\ MATERIAL\ FOLLOWS|END\ OPTIONAL\ (?:TRIM|ADD)|END\ ADV(?:ANCE)?\ FOR|End\ Adv(?:ance)?\ [Ff]or
          |(?i:optional\ add\ end))\b.{0,80}"""),
    ('C', r"""Catch\ all\ the\ (?:[\w-]{1,20}\ )?News\b.{0,200}"""),
    ('A', r"""Also\ (?:Read|read|See|see|Watch|watch)\b\s?[:|].{0,200}"""),
    ('R', r"""Read\ also\b\s?[:|].{0,200}                                      # PTI via papers: "Read also | Heatwave to go on" """),
    ('A', r"""A\ version\ of\ this\ article\ appears\ in\ print\b.{0,300}      # the New York Times' print note"""),
    ('FLPU', r"""(?:First\ Published|Last\ Updated|Published|Updated)\ ?:\ ?(?:[A-Z][a-z]{2,8}\.?\ \d{1,2},?\ \d{4}|\d{1,2}\ [A-Z][a-z]{2,8},?\ \d{4})[^\n]{0,40}   # a page's stamp under the story: "First Published: May 03 2024 | 4:41 PM IST" """),
    ('P', r"""Posted\ \d{1,2}\ ?[hmd]\ ago(?:,\ updated\ \d{1,2}\ ?[hmd]\ ago)?\s*   # ABC (Australia): "Posted 3h ago, updated 1h ago" """),
    ('A-Z', r"""[A-Z][A-Za-z' ]{2,40}(?:\ \|\ [A-Z][A-Za-z' ]{2,40}){2,6}\s*   # a page's bar of links: "Corrections | Submit a news tip | Report error" """),
    ('*', r""".{0,200}\bSign\ up\ here\.?"""),
    ('PA', r"""(?:Purchase|Acquire)\ Licensing\ Rights\b.{0,40}"""),
    ('SF', r"""(?:Source\ text(?:\ for\ Eikon|\ in\ [A-Z][\w-]{1,20})?|Further\ company\ coverage)\ ?:.{0,200}   # Reuters BRIEF trailers"""),
    ('F', r"""Follow\ (?:the\ )?AP['’]s\ .{0,40}coverage\b.{0,200}"""),
    ('M', r"""More\ (?:AP\ )?.{0,40}\bcoverage:\ ?.{0,200}"""),
    ('MA', r"""(?:More\ )?AP\ [^:\n]{1,40}:\ ?(?:https?://|www\.)\S.{0,400}   # "More AP MLB: https://...", "AP NFL: https://..." """),
    ('FSGE', r"""(?:Find|See|Get|Explore)\b.{0,80}\b(?:coverage|stories)\b.{0,80}(?:https?://|www\.)\S{1,200}   # "Find more of AP's coverage: URL" """),
    ('SR', r"""(?:See|Read)\ (?:the\ )?[Ff]ull\ (?:[Ww]eb\ )?(?:[Aa]rticle|[Ss]tory)\b.{0,40}   # a syndicated page's link back """),
    ('R', r"""(?:RELATED|Related)\ ?:.{1,200}"""),
    ('R', r"""(?:RELATED|Related)\ (?:COVERAGE|Coverage|Content|Stories|Articles|Topics)\s*   # a page's heading over links """),
    ('R', r"""(?:READ\ MORE|Read\ [Mm]ore)\ ?:.{1,200}                       # "READ MORE: Harbor talks stall" """),
    ('C', r"""Click\ here\b.{0,200}"""),
    ('S', r"""Sign\ up\b.{0,150}\bnewsletters?\b.{0,100}"""),
    ('GS', r"""(?:Get|Subscribe\ to)\ (?:our|the)\ (?:free\ )?(?:[\w-]{1,20}\ ){0,3}newsletters?(?:\ ?[:.!]|\ (?:here|now|today)\b).{0,200}   # "Get our free newsletter: ..." """),
    ('A', r"""All\ ?About\b.{0,300}"""),
    ('S', r"""Share\ (?:or\ comment\ on\ )?this\ (?:article|story)\b.{0,60}"""),
    ('T', r"""The\ comments\ below\ have\ (?:not\ )?been\ moderated\b.{0,200}"""),
    ('E', r"""E-?mail\ this\ to\ a\ friend\b.{0,60}"""),
    ('P', r"""Printable\ version\s*"""),
    ('PLVIA', r"""(?:Photos?|Logo|Video|Infographic|Audio)\ ?[-–:]\ ?(?:https?://|www\.)\S{1,300}\s*   # PR Newswire's "Logo - https://mma..." """),
    ('SCLFXRPWTEGM', r"""(?:Share|Copy\ [Ll]ink(?:\ copied)?|Link\ copied|Link|Facebook|Twitter|X|Reddit|LinkedIn|Linkedin|Pinterest
          |Flipboard|WhatsApp|Threads|Messenger|Tweet|Print|Email|E-mail|Gift\ article|Save
          |Share\ (?:on|via)\ (?:Facebook|X|Twitter|LinkedIn|WhatsApp|Reddit|Pinterest|Bluesky|Threads|Email|E-mail)
          |Click\ here\ to\ share\ on\ social\ media)\s*   # a share bar's button"""),
    ('B', r"""Bookmark\ with:.{0,200}"""),
    ('R', r"""Reuse\ this\ content\s*                                      # the Guardian's footer link"""),
    ('G', r"""Get\ (?:our|the)\ (?:[\w-]{1,20}\ ){0,3}alerts?\.?\s*                 # "Get our breaking news alert" (ABC)"""),
    ('AS', r"""(?:Advertisement|ADVERTISEMENT|Story\ continues\ below(?:\ this)?(?:\ advertisement)?)\s*   # a web page's ad slot"""),
    ('P', r"""Published:\ \d{4}/\d\d/\d\d\ \d\d:\d\d:\d\d\ GMT\s*"""),
    ('&', r"""(?:&[A-Z]{2,3};\s*){1,4}"""),
    ('(', r"""\(PROFILE\b.{0,400}"""),
    ('*', r""".{0,60}\b\d{1,2}(?:st|nd|rd|th)\ grafs?\ pvs\.?"""),
    ('-', r"""-(?:30|0)-\s*"""),
    ('#', r"""(?:\#\ ?){3}\s*                                                   # press-release end mark"""),
    ('[!', r"""(?:\[?!\[[^\]]{0,200}\]\([^)\s]{0,500}\)(?:\]\([^)\s]{0,500}\))?\s*){1,3}   # markdown image"""),
    ('`', r"""`{3}\s*"""),
    ('K', r"""Keywords?:.{0,300}"""),
    ('E', r"""E-mail\ to\ a\ friend.{0,20}"""),
    ('S', r"""Sorry\ we\ are\ not\ currently\ accepting\ comments.{0,40}"""),
    ('V', r"""View\ (?:(?:original|source)\ (?:content|version)|the\ original\b).{0,400}"""),
    ('S', r"""SOURCE:?\s.{0,120}|Source:\s[A-Z].{0,120}                      # "SOURCE Acme Inc.", "Source: Acme Corp." """),
    ('*', r"""\*\*SOURCE:\*\*.{0,200}"""),
    ('(', rf"""\((?:{NOTE_VERB}|Refile)\b[^()]{{0,300}}\)\.?\s*   # a note, not a short story opening with one"""),
    ('*', r"""_{2,}\s*|-{2,}\s*|\*\s\*\s\*.{0,20}"""),
    ('a-z', r"""[a-z]{2,6}(?:-[a-z]{2,6})?(?:/[a-z]{2,6}(?:-[a-z]{2,6})?){1,6}\s*    # staff codes hh/ph/ts, bur-ser/jm
          (?:\([A-Za-z]{2,10}(?:,\ ?[A-Za-z]{2,10}){0,4}\)\s*)?   # DW: the agencies after them, "ar/bo (AFP, Reuters)" """),
    ('A-Z', r"""[A-Z]{2,4}(?:-[A-Z]{2,4})?(?:/[A-Z]{2,4}(?:-[A-Z]{2,4})?){2,5}\s*   # in capitals, three or more: AM/SST/JJ (not "TCP/IP")"""),
    ('d', r"""dpa\ [a-z]{2,4}(?:\ [a-z][a-z0-9]{1,3}){0,5}\s*                      # "dpa grj rmo", "dpa sw yyzz n1 ldr" """),
    ('eE', r"""ends?\s*|ENDS?\s*|ENDIT\s*"""),
    ('(-–—A', r"""(?:[-–—]{1,2}\s?)?\(?(?:Agencies|AGENCIES)\)?\.?\s*                 # "Agencies", "(Agencies)", "-- Agencies" """),
    ('*', r"""\x03.{0,40}"""),
)
SIGNOFF_LINE_RE = lazy(_SIGNOFF_PREFIX + "\n      | ".join(alt for _, alt in _SIGNOFF_ALTERNATIVES)
                       + _SIGNOFF_END, re.VERBOSE)  # the whole union; is_signoff_line does not need it
_SIGNOFF_SKIP_RE = lazy(r"[\s\x00-\x1f\x7f*_]*")
# Each alternative that may start with anything ("*") holds one of these ("All Rights Reserved",
# "AP is solely", "Sign up here", "3rd graf pvs", "**SOURCE:**", "___", "--", "* * *", "\x03"):
# a line with none is not tried against them (they look up to 300 characters ahead, on every
# line).  A new "*" alternative adds its word here (tests/rules/test_signoff.py counts them).
_ANY_START_HINT_RE = lazy(r"eserved|solely|Sign up here|graf|__|--|\*|\x03")
_signoff_by_first: dict[str, re.Pattern | None] = {}


def _starts_with(first: str, c: str) -> bool:
    """Can an alternative whose first characters are ``first`` start with ``c``?"""
    if first == "\\d":
        return c.isdecimal()  # what \d matches in a str pattern
    if first in ("A-Z", "a-z"):
        return first[0] <= c <= first[2]
    return c in first


def _signoff_pattern(key: str) -> re.Pattern | None:
    """The union of the alternatives that can start with ``key`` ("*": those that can start
    with anything), compiled once; None when there are none."""
    if key not in _signoff_by_first:
        alts = [alt for first, alt in _SIGNOFF_ALTERNATIVES
                if (first == "*" if key == "*" else first != "*" and _starts_with(first, key))]
        _signoff_by_first[key] = (re.compile(_SIGNOFF_PREFIX + "\n      | ".join(alts) + _SIGNOFF_END,
                                             re.VERBOSE) if alts else None)
    return _signoff_by_first[key]


def signoff_line_match(s: str) -> bool:
    """``bool(SIGNOFF_LINE_RE.match(s))``, compiling only the alternatives ``s`` can match.

    An alternative that starts with a character the prefix cannot take starts where the
    prefix, taken greedily, ends; the others ("*") on every line with a word they need.
    """
    return (_ANY_START_HINT_RE.search(s) is not None and _signoff_pattern("*").match(s) is not None
            or opens_as_signoff(s))


def opens_as_signoff(s: str) -> bool:
    """A sign-off line by its opening words: an alternative keyed on its first character matches
    ("Anadolu Agency website contains only ...", "Thomson Reuters is the world's largest ...");
    the alternatives that may start anywhere (".{0,40}All Rights Reserved") are left out."""
    i = _SIGNOFF_SKIP_RE.match(s).end()
    if i == len(s):
        return False
    rx = _signoff_pattern(s[i])
    return rx is not None and rx.match(s) is not None


def opens_as_boilerplate(s: str) -> bool:
    """opens_as_signoff() by the alternatives that fix a boilerplate's words (16 characters or
    more: "Thomson Reuters is the world's largest", "... website contains only a portion of the
    news stories") or read no open-ended run of text (".{0,40}" at most): the read for a line
    hard-wrapped over several.  The loose ones ("All About" or "Follow ... on Facebook", then
    anything) would take a wrapped paragraph ("All About Books, a shop on Main Street, said ...")."""
    i = _SIGNOFF_SKIP_RE.match(s).end()
    if i == len(s):
        return False
    key = s[i]
    if key not in _boilerplate_by_first:
        alts = [alt for first, alt in _SIGNOFF_ALTERNATIVES
                if first != "*" and _starts_with(first, key) and _fixes_text(alt)]
        _boilerplate_by_first[key] = (re.compile(_SIGNOFF_PREFIX + "\n      | ".join(alts) + _SIGNOFF_END,
                                                 re.VERBOSE) if alts else None)
    rx = _boilerplate_by_first[key]
    return rx is not None and rx.match(s) is not None


_boilerplate_by_first: dict[str, re.Pattern | None] = {}
BOILERPLATE_FIXED_MIN = 16  # characters an alternative fixes (the shortest of its branches)
BOILERPLATE_ANY_MAX = 40    # the longest run of any characters a tight alternative reads


def _fixes_text(alt: str) -> bool:
    """Does the alternative fix BOILERPLATE_FIXED_MIN characters, or read no longer run of any
    characters than BOILERPLATE_ANY_MAX?  (Measured on the parsed pattern.)"""
    try:
        from re import _constants as sc, _parser as sp  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_constants as sc  # type: ignore[no-redef]
        import sre_parse as sp  # type: ignore[no-redef]

    def fixed(items) -> int:
        n = 0
        for op, av in items:
            if op is sc.LITERAL:
                n += 1
            elif op is sc.SUBPATTERN:
                n += fixed(av[-1])
            elif op is sc.BRANCH:
                n += min(fixed(b) for b in av[1])
            elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
                n += av[0] * fixed(av[2])
        return n

    def widest_any(items) -> int:
        w = 0
        for op, av in items:
            if op is sc.SUBPATTERN:
                w = max(w, widest_any(av[-1]))
            elif op is sc.BRANCH:
                w = max([w] + [widest_any(b) for b in av[1]])
            elif op in (sc.MAX_REPEAT, sc.MIN_REPEAT):
                sub = list(av[2])
                w = max(w, av[1] if len(sub) == 1 and sub[0][0] is sc.ANY else widest_any(sub))
        return w

    parsed = sp.parse(alt, re.VERBOSE)
    return fixed(parsed) >= BOILERPLATE_FIXED_MIN or widest_any(parsed) <= BOILERPLATE_ANY_MAX


def _printed_agency(name: str) -> str | None:
    """canonical_agency() of a sign-off token, but an agency's initials only as it prints them:
    "AP", "PA", "dpa" sign off; "ap", "Pa" or "pa" alone (a cut word, "d/pa") name no agency."""
    core = name.strip(" \t*_-—–=.()")
    if len(core) <= 4 and not core.isupper() and core != canonical_agency(core):
        return None  # "ap", "Pa", "* uni" (a word cut at the end); "AP", "PTI", "dpa", "Lusa", "-- IANS" sign off
    return canonical_agency(name)


BARE_AGENCY_MAX = 32  # "-- AFP", "The Canadian Press", "Australian Associated Press"


def is_signoff_line(line: str) -> bool:
    """True when the whole line is a sign-off, footer or separator.

    >>> is_signoff_line(" Reuter"), is_signoff_line("Enditem"), is_signoff_line("He told Reuters.")
    (True, True, False)
    """
    s = line.strip()
    if not s:
        return False
    if len(s) <= BARE_AGENCY_MAX and _printed_agency(s.strip(" .-—–")) is not None:
        return True  # "AFP", "PTI", "-- AFP", "Press Association": a bare agency on the last line
    if len(s) > 600:
        return False
    return is_reuter_signoff(s) or signoff_line_match(s) or is_staff_signoff(s)


def is_staff_signoff(s: str) -> bool:
    """An agency with staff initials: "AFP sn", "The Local/DPA/hc", "dpa grj rmo", "PTI ABC RT",
    "WAM/Ana Ruiz/Bo Lind".

    >>> is_staff_signoff("AFP sn"), is_staff_signoff("The Local/DPA/hc"), is_staff_signoff("AFP said")
    (True, True, False)
    """
    s = s.strip().lstrip("-—–= ").strip()
    if s[:1] == "(" and s[-1:] == ")":
        s = s[1:-1]  # "(dpa/grj)"
    if len(s) > 40:
        return False
    tokens = [p for p in STAFF_SPLIT_RE.split(s) if p]
    if 2 <= len(tokens) <= 7 and tokens[0].isupper() and _printed_agency(tokens[0]) is not None and all(
            CAPS_CODE_RE.fullmatch(t) and t.lower() not in _PLAIN_WORDS for t in tokens[1:]):
        return True  # PTI's and UNI's desk codes in capitals: "PTI ABC KVK RT"
    if "/" in s and _staff_names(s):
        return True  # WAM: "WAM/Ana Ruiz/Bo Lind"
    if not 2 <= len(tokens) <= 7 or not INITIALS_RE.fullmatch(tokens[-1]):
        return False  # staff initials come last
    if (_printed_agency(tokens[0]) is not None
            and all(INITIALS_RE.fullmatch(p) for p in tokens[1:])
            and not any(p in _PLAIN_WORDS for p in tokens[1:])):
        return True  # "AFP sn", "AAP ab/cd"
    if "/" in s:  # "The Local/DPA/hc"
        parts = [p.strip() for p in s.split("/")]
        return (len(parts) <= 4 and any(_printed_agency(p) for p in parts)
                and bool(INITIALS_RE.fullmatch(parts[-1])))
    return False


STAFF_SPLIT_RE = lazy(r"[/ ]+")
INITIALS_RE = lazy(r"[a-z]{1,4}")  # a desk's initials: "sn", "grj"


_PLAIN_WORDS = {"said", "says", "and", "the", "of", "to", "in", "on", "at", "is", "was", "has",
                "had", "for", "by", "a", "an", "it", "he", "she", "its", "as", "or", "but", "new",
                "top", "all", "not", "now", "who", "why", "how", "end", "war", "man", "day", "pm", "ceo"}
CAPS_CODE_RE = lazy(r"[A-Z]{2,3}")
STAFF_NAME_RE = lazy(r"[A-Z][a-z'’-]{1,20}(?: [A-Za-z][a-z'’-]{1,20}){1,2}")


def _staff_names(s: str) -> bool:
    """An agency, then the names of the staff who handled the story, between slashes:
    "WAM/Omar alsaeed/Rana Haddad" (not "AP Photo/Ana Ruiz", a photo credit)."""
    parts = [p.strip() for p in s.split("/")]
    return (2 <= len(parts) <= 4 and parts[0].isupper() and _printed_agency(parts[0]) is not None
            and all(STAFF_NAME_RE.fullmatch(p) for p in parts[1:]))

# A column's disclaimer up to its verb: "The opinions expressed here are", "Views expressed are",
# "The views in this column are"; credit.classify_paren reads it in parentheses too.
OPINIONS_ARE = r"(?:The\s)?(?:[Oo]pinions?|[Vv]iews?)\s(?:expressed\s)?(?:here\s|in\sthis\s[a-z]{2,12}\s)?(?:are|is)\s"
# Paragraphs that are disclaimers printed after the story.
DISCLAIMER_RE = lazy(
    r"^[\s*_•]{0,3}(?:"
    r"[^.]{0,80}\b(?:views?|opinions?|column|article|commentary|content|post|blog|statements?)\b[^.]{0,80}"
    r"\bdo(?:es)?\snot\snecessarily\s(?:reflect|represent)\b"
    r"|Past\sperformance\sis\sno\sguarantee\b"
    rf"|\(?{OPINIONS_ARE}(?:solely\s)?(?:personal|(?:her|his|their|(?:the\s)?(?:author|writer)['’]s)\sown)(?=[.)]|$)"  # "Views expressed are personal."
    # (the sentence ends there: "The opinion is her own to give, the judge ruled", "Views are personal, and ..." are text)
    r"|The\sviews\s(?:and\sopinions\s)?expressed\b"
    r"|This\s(?:story|article)\swas\s(?:generated|produced|written)\sby\b"
    r"|(?:(?:Correction|Clarification|CORRECTION|CLARIFICATION)\s?:\s)?(?:"
    r"(?:This|An\searlier\sversion\sof\sthis)\s(?:story|article|report)\s(?:has\sbeen|was)\s(?:corrected|updated|amended)\b"
    r"|An\searlier\sversion\sof\sthis\s(?:story|article|report)\s(?:misstated|incorrectly|misspelled|misidentified|misattributed|wrongly)\b)"
    r"|This\sversion\s(?:corrects|clarifies|updates|removes)\b"  # AP: "This version corrects the spelling of ..."
    r"|This\s(?:story|article)\swas\s(?:first|originally)\spublished\b[^\n]{0,120}?\b(?:updated|corrected)\b"
    r"|\(?(?:(?:Except\sfor\sthe\sheadline,\s)?[Tt]his\s(?:story|article|report)\shas\snot\sbeen\sedited\b|Only\sthe\sheadline\sand\spicture\b)"
    r"|(?:Legal\s)?Disclaimer\s?:"  # EIN Presswire: "Legal Disclaimer:" over the wire's own disclaimer
    r"|\(?(?:Disclaimer\s?:\s)?(?:This|The)\s(?:story|article|report|post|copy|content|news\sitem)\b[^.]{0,60}"
    r"\b(?:auto-?generated|auto-?published|published|republished|reproduced)\s(?:from|via)\s(?:an?\s|the\s)?"
    r"(?:syndicated|wire|news\sagency|agency|[A-Z]{2,6})\b[^.]{0,40}?\b(?:feeds?|news\sservice)\b"  # "... auto-generated from a syndicated feed"
    r"|\(?Only\sthe\sheadline\b[^.]{0,60}\bmay\shave\sbeen\sreworked\b"
    r"|.{0,300}\b(?:The\sAP|AP)\sis\ssolely\sresponsible\sfor\sall\scontent\b"
    r"|\[(?:Editor['’]s\s[Nn]ote|Correction|Clarification)\b[^\]]{0,1500}\]$"
    r")")


def is_signoff_paragraph(flat: str) -> bool:
    """A whole paragraph that is a disclaimer or promo, not body.

    >>> is_signoff_paragraph("This column does not necessarily reflect the opinion of the board.")
    True
    """
    if squashed_longer(flat, 3000):
        return False
    flat = " ".join(flat.split())
    if len(flat) > 3000:
        return False
    head = flat[:14]  # DISCLAIMER_RE's openings, after at most three of " *_"
    if not ("necessarily" in flat or "solely" in flat or "feed" in flat or "reworked" in flat
            or any(k in head for k in ("The", "This", "Past", "An earlier", "Only", "Disclaimer", "Legal Disc", "[", "Except", "Views",
                                       "Opinion",
                                       "Correction", "Clarification", "CORRECTION", "CLARIFICATION"))):
        return False  # a cheap test first: every shape of DISCLAIMER_RE has one of these words
    return bool(DISCLAIMER_RE.match(flat))


def is_teaser(line: str) -> bool:
    """A related-story headline printed between the body and the credit line.

    Sentence case, three to twelve words, no closing punctuation: "Storm prompts ferries
    to change timetables".  A title-case line ("North Example State Police") is a caption.
    """
    s = line.strip()
    label = TEASER_LABEL_RE.match(s)  # "Photos: Winter storm pounds the East"
    if label:
        s = s[label.end():]
    words = s.split(None, 12)  # (stops at a thirteenth word: a 1 MB line is not split whole)
    if not 3 <= len(words) <= 12 or not s[0].isupper():
        return False
    if s[-1] in ".!?:;,\"”'’)]*" or "@" in s or "http" in s or "www." in s:
        return False
    caps = sum(1 for w in words[1:] if w[0].isupper())
    # names in a headline ("Winter storm hits New York and Boston hard") beside its lower-case
    # words; a title-case line of names has none ("North Example State Police")
    low = sum(1 for w in words[1:] if w[0].islower() and len(w) >= 3 and w not in TEASER_SMALL_WORDS)
    return caps <= (len(words) - 1) // 3 or (low >= 1 and 2 * low >= caps)


TEASER_LABEL_RE = lazy(r"[A-Z][A-Za-z]{2,11}:[ \t]+")  # a one-word label: "Photos:", "Opinion:", "READ:"
TEASER_SMALL_WORDS = {"and", "the", "for", "with", "from", "into", "over", "after", "off", "out"}


# Lines and sentences after which everything is trailer.
FOOTER_RE = lazy(
    r"""(?:
        (?:\[?!\[[^\]\n]{0,100}\]\([^)\s]{0,300}\)\s{0,5})?(?:Cision\s{1,3})?View\ (?:the\ )?(?:original|source)\b
      | \(END\)\ Dow\ Jones\ Newswires
      | To\ view\ the\ (?:source|original)\ version\ of\ this\ (?:press\ |news\ )?release\b   # Newsfile's link back
      | Legal\ Disclaimer:(?=[ \t]*\r?\n|[ \t]+[A-Z])                       # EIN Presswire's disclaimer under the release
      | \#{1,3}\ Notebook\b
      | The\ following\ information\ is\ not\ intended\ for\ publication
      | E-?mail\ to\ a\ friend\b
      | Sorry\ we\ are\ not\ currently\ accepting\ comments
      | [!@\#$%^&*()]{4,20}\s{0,4}COMMENTS\b
      | For\ more\ articles\ like\ this
      | Subscribe\ now\ to\ stay\ ahead
      | Our\ Standards:
      | Keywords?:\s
      | STORY_NUMBER:
      | Story\ from\ BBC\ NEWS\b
      | Suggested\ Topics:
      | (?:Related|RELATED)\ (?:coverage|stories|articles|news|links|reading|COVERAGE|STORIES|ARTICLES|NEWS)\ ?:   # Kyodo, Antara: linked headlines below
      | Find\ this\ article\ at:
      | \(\(Multimedia\ versions\ of\b
      | Corrections\ (?:&|and)\ Amplifications\b                             # WSJ correction box
      | (?:Online|ONLINE|On\ the\ (?:Net|Web|net|web)|ON\ THE\ NET)\ ?:        # AP's links after the credit
        (?=[^\n]{0,200}(?:\r?\n[ \t]{0,4}){0,3}[^\n]{0,200}(?:https?://|www\.|\.(?:com|org|gov|net|edu)\b))
      | (?:HELPFUL\ LINKS|Helpful\ [Ll]inks):?[ \t]{0,4}(?=\r?\n)                  # AP's section of links under the story
        (?=(?:\r?\n[ \t]{0,4}){1,3}[^\n]{0,200}(?:https?://|www\.|\.(?:com|org|gov|net|edu)\b))
    )""", re.VERBOSE)
COPYRIGHT_RE = lazy(
    r"(?:©|\([cC]\)\s?(?=\d{4}|[A-Z][\w.&-]{1,30}\s\d{4}|Copyright\s[A-Z])|Copyright\s(?:\([cC]\)\s?|©\s?)?(?=\d{4}))")
COPYRIGHT_REACH = 1500  # a copyright notice is only a footer this close to the end


def find_footer(text: str, lines, first: int, hi: int, floor: int, end: int) -> int | None:
    """Offset where the footer starts (the earliest footer marker after ``floor``), or None.

    A marker counts at the start of a line or after a finished sentence on it:
    "... in the case.  E-mail to a friend".
    """
    best = None
    region = text[floor:end]
    # a footer comes after some body: "Keywords:" right under a headline is not one
    low = _after_words(text, floor, end, 3)
    found = [i for i in map(region.find, _FOOTER_KEYS) if i >= 0]  # str.find first: C speed
    if found:  # most copy has no footer; else the pattern starts a little before the first key
        for m in FOOTER_RE.finditer(text, max(low, floor + min(found) - _FOOTER_KEY_LEAD), end):
            if _marker_ok(text, m.start()):
                best = m.start()
                break
    lo = max(low, end - COPYRIGHT_REACH)
    for m in COPYRIGHT_RE.finditer(text, lo, best if best is not None else end):
        if _marker_ok(text, m.start()) and not _photo_copyright(text, m.start()):
            return m.start()
    if "SOURCE " in text[lo:end]:  # a release wire's "SOURCE Acme Inc." over its contact fields
        m = RELEASE_SOURCE_RE.search(text, lo, best if best is not None else end)
        if m and text[m.end():end].strip():  # (the last line alone is a sign-off line already)
            return m.start()
    return best


# PR Newswire and CNW end a release with "SOURCE Company" (no colon), then the wire's fields:
# "-0-   02/10/2005", "/CONTACT: Jo Lee, +1-555-0100/", "/Web site: http://www.example.com/", "(ACME)".
RELEASE_SOURCE_RE = lazy(r"(?m)^(?<=\n)[ \t]{0,4}SOURCE[ \t]{1,3}[A-Z][A-Z0-9&.,' -]{0,60}[a-z][^\n:]{0,120}$")  # a company's
# name in mixed case: "SOURCE Acme Corp."; not a table's "SOURCE OF FUNDS" in capitals


# Literal pieces of FOOTER_RE: at least one occurs wherever FOOTER_RE matches, at most
# _FOOTER_KEY_LEAD characters after the start of the match ("![alt](url) View ...").
_FOOTER_KEY_LEAD = 420
_FOOTER_KEYS = ("View ", "To view the", "Legal Disclaimer:", "(END)", "Notebook", "not intended for publication", "mail to a friend",
                "accepting comments", "COMMENTS", "articles like this", "Subscribe now",
                "Our Standards", "Keyword", "STORY_NUMBER", "Multimedia versions", "Story from BBC",
                "Find this article", "Suggested Topics", "Online", "ONLINE", "On the ", "ON THE NET", "HELPFUL LINKS", "Helpful ", "Related ", "RELATED ",
                "Amplifications")


# The rest of a line after "©" that names a year: a copyright notice ("© 2024 AFP", "©2024 Bloomberg L.P.").
COPYRIGHT_YEAR_RE = lazy(r"[^\n]{0,80}?\b(?:19|20)\d\d\b")


def _photo_copyright(text: str, pos: int) -> bool:
    """A "©" after text on its line, with no year after it: a photo's credit closing a caption
    ("... in Dakar on April 4, 2024. © Ana Ruiz, AFP", France 24), not the page's copyright."""
    if text[pos] != "©":
        return False
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    return bool(text[line_start:pos].strip()) and COPYRIGHT_YEAR_RE.match(text, pos) is None


def _after_words(text: str, pos: int, end: int, n: int) -> int:
    """The offset just after the n-th word from pos (or end)."""
    for i, m in enumerate(_WORD_RE.finditer(text, pos, min(end, pos + 2000))):
        if i + 1 == n:
            return m.end()
    return end


_WORD_RE = lazy(r"\S+")


def _marker_ok(text: str, pos: int) -> bool:
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    before = text[max(line_start, pos - 200):pos]
    if not before.strip(" \t\u00a0\x00\x01\x02\x03\x04\x7f*_>#"):
        return True
    return bool(_SENTENCE_END_RE.search(before))


_SENTENCE_END_RE = lazy(r"(?:[.!?\"”’)\]][ \t\u00a0]+|[ \t\u00a0]{2,})$")


FIRST_WORD_RE = lazy(r"[A-Za-z]+")


def is_reuter_signoff(s: str) -> bool:
    """1987 sign-offs: a short line whose first word is within one edit of "Reuter(s)".

    >>> [is_reuter_signoff(x) for x in ("REUTER", "Reuter4", "REUITER", "REUTER11:43/VB", "Reuters.")]
    [True, True, True, True, False]
    """
    s = s.strip().lstrip("*")
    m = FIRST_WORD_RE.match(s)
    if not m or len(s) > 30:
        return False
    word = m.group(0).lower()
    if word.startswith("reuter") and len(word) <= 8:
        word = word[:7] if word.startswith("reuters") else word[:6]
    if word not in ("reuter", "reuters") and not (_one_edit(word, "reuter") or _one_edit(word, "reuters")):
        return False
    rest = s[m.end():]
    if rest.startswith(".") and word == "reuters":
        return False  # "... told / Reuters." ends a sentence
    if COMPANY_AFTER_RE.search(rest):
        return False  # "... a subsidiary of / Reuters Inc <REUT>.": the company, wrapped onto the line
    return not re.search(r"[a-z]{3}", rest)


COMPANY_AFTER_RE = lazy(r"^[ \t]{1,3}(?:[A-Z][a-z]|&)|<[A-Z]{1,6}>")  # "Reuters Inc", "Reuters <RTRSY>"


# A sign-off printed at the end of the last line: "... he said. REUTER", "...  Reuter".
TRAILING_SIGNOFF_RE = lazy(r"(?:(?<=[.\"'”)])|\s)\s*(?:(?:REUTER|Reuter)[A-Z0-9:/.^ ]{0,20}|(?:Enditem|ENDITEM)\.?\s*)$")  # "...goods.Enditem"


def trailing_signoff(line: str) -> int | None:
    """Offset within ``line`` where a trailing sign-off starts, or None."""
    base = max(0, len(line.rstrip()) - 40)  # only the end matters: keeps long space runs linear
    m = TRAILING_SIGNOFF_RE.search(line, base)
    if not m:
        return None
    before = line[:m.start()].rstrip()
    if m.group(0).rstrip().endswith(".") and before and before[-1] not in ".!?\"'”)":
        return None  # "... a trader told Reuter." ends a sentence
    return m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))


SIGNOFF_AGENCY_RE = lazy(
    r"^\W*(?:(?P<reuter>R[A-Z]{0,2}E?U?I?TER|Reuter)|(?P<xinhua>[Ee]nd\s?item)|(?P<dj>\(END\) Dow Jones)"
    r"|" + COPYRIGHT_MARK + r"\s?(?:\(c\)\s?)?(?:\d{4}\s?)?(?P<copy>[A-Z][\w .&-]{1,40}))")


def signoff_agency(line: str) -> str | None:
    """The agency a sign-off names, if any ("Reuter" -> Reuters, "Enditem" -> Xinhua)."""
    s = line.strip()
    if len(s) <= BARE_AGENCY_MAX and _printed_agency(s.strip(" .-—–")):
        return _printed_agency(s.strip(" .-—–"))
    if is_staff_signoff(s):  # "AFP sn", "The Local/DPA/hc"
        for token in re.split(r"[/ ]+", s) + s.split("/"):
            if _printed_agency(token.strip()):
                return _printed_agency(token.strip())
    m = SIGNOFF_AGENCY_RE.match(s)
    if not m:
        return None
    if m["reuter"]:
        return "Reuters"
    if m["xinhua"]:
        return "Xinhua"
    if m["dj"]:
        return "Dow Jones"
    name = re.split(r"[.,;]| L\.P| Inc| All ", m["copy"])[0].strip()
    return canonical_agency(name)


def is_link_heading(line: str) -> bool:
    """A page's heading over a list of links under the story: "Most Read from Bloomberg
    Businessweek", "Related Stories", "Latest Headlines", "Explore more on these topics".

    >>> is_link_heading("Related topics"), is_link_heading("Most Read from Bloomberg"), is_link_heading("Related talks")
    (True, True, False)
    """
    s = line.strip(" \t*_#:|")
    if not s or len(s) > 60:
        return False
    return " ".join(s.split()).lower().replace("\u2019", "'") in LINK_HEADINGS or LINK_FROM_RE.fullmatch(s) is not None


LINK_FROM_RE = lazy(r"(?:Most Read|More|Latest|More Stories|Top Stories) from [A-Z][\w&'’ .-]{1,40}")
