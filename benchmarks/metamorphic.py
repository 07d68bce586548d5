#!/usr/bin/env python3
"""Metamorphic robustness check: perturb real stories in ways whose effect on the answer is known.

    python benchmarks/metamorphic.py                          # every corpus under ../shared/corpus
    python benchmarks/metamorphic.py --corpus DIR ...         # other folders (each with raw/*.txt)
    python benchmarks/metamorphic.py --only city --only names # some transforms
    python benchmarks/metamorphic.py --limit 2000 --show 10   # sample each corpus evenly; more examples
    python benchmarks/metamorphic.py --ids rw-0001 --only wrap60 -v   # one story, print the diffs
    python benchmarks/metamorphic.py --only nohead+wrap60     # transforms chained, each on the last result

No new labels are needed: each story is parsed as it is, then perturbed at the spans the parser
reported, and parsed again; the second answer must be the first with the known change applied.
A break is a rule that only fits the story as printed (the hidden stories will not be).  The
corpus texts are read at run time only; the output lists ids, fields and short values.

Transforms (applied only where the story has the field):

    city        first dateline city -> another of the same shape ("LONDON" -> "NAIROBI", "NEW YORK"
                -> "SAO PAULO", "Berlin" -> "Madrid"): dateline text and cities change, nothing else
    town        the same with towns in no vocabulary ("KALAMAZOO", "TWIN FALLS"), where the dateline
                has a date or an agency
    agency      "(Reuters)" in the dateline -> "(AFP)" and so on: the agency follows
    citycase    the dateline's places re-cased ("LONDON" <-> "London"), where it has a date or agency
    dash        the dateline's closing dash -> another ("-", "--", em or en dash; "_" for AP only)
    namecase    byline names upper-cased ("By PAUL BYRNE", as AP transmits them), or caps title-cased
    twocity     a second place after the first ("LONDON/SAO PAULO (Reuters)", "NEW YORK and OSLO"):
                the cities gain it (datelines with a date or agency and no region)
    nbsp        spaces in the dateline -> no-break spaces: the same values, whitespace aside
    nbsp2       spaces in the byline lines and the credit -> no-break spaces: the same values
    region      the dateline's region -> another of its style ("Calif." -> "Ore.", "Texas" -> "Kenya")
    lead        words of another shape before the lead ('"We will act," ', "U.S. officials said ",
                "IBM said ", "2024 sales rose and "): the body gains them, nothing else changes
    names       every byline and credit name -> an invented name of the same shape (First Last,
                First M. Last, Hyphen-Name, CAPS): the same structure with the new names
    names2      every name -> one of another shape ("Ana de la Cruz", "L. Ana Ruiz", "Omar al-Rashid",
                "Ana O'Brien", "Ana Ruiz Jr."): the same structure (names compared as the scorer does,
                without a final full stop)
    headline    a one-line headline -> an invented one of the same case: only the headline changes
    title       a byline's printed title -> another job title ("Sports Writer", "Staff Writer"):
                only that title changes
    credsep     "(Reporting by A; Editing by B)" -> "(Reporting by A, editing by B)": the same names
    date        the dateline's month and day -> another in the same printed style ("Jan 5" ->
                "Oct 8", "March 26" -> "June 14", "Jan. 5" -> "Nov. 8"): the date changes, nothing else
    crlf        LF -> CRLF line endings: identical values (texts compared whitespace-squashed)
    trailing    two spaces at the end of every line: identical values
    leadblank   a blank line before the story: identical values
    indent      blank lines between body paragraphs -> tab-indented paragraphs (ANPA): identical values
    bylast      a "By A and B" line moved from the top to under the credit: the same bylines
    anpa        AP copy as ANPA prints it ("^Headline<", "^By NAME=", tab-indented paragraphs): identical
    squeeze     blank lines between paragraphs dropped (one newline between them): identical values
    flat        body paragraphs and the credit under them run together on one line, two spaces
                apart (flattened web exports): identical values
    flattop     the byline line run on into the dateline line ("By A   LONDON (Reuters) - ..."):
                identical values
    wrap60      body paragraphs re-wrapped at 60 / 72 columns, keeping the paragraph's first-line
    wrap72      and continuation indents and any dateline in front of the first paragraph:
                identical values (body compared whitespace-squashed)
    nohead      the headline line(s) removed (stories with a dateline or byline to anchor the top):
                headline null, everything else unchanged
    nocredit    the credit line removed: credit null, everything else unchanged (the agency may go
                when the credit was the only text that named it)
    stamp       a time stamp line under the headline ("Updated 10:32 AM ET, Mon May 5, 2025"): unchanged
    promo       a promo, follow or copyright line at the very end ("READ MORE: ...", "© 2024 ..."): unchanged
    adslot      "Advertisement" / "Share" on its own line under the last paragraph: unchanged
    endmark     an end mark on its own line after the story ("(END)", "###", "- 30 -"): unchanged
    credit2     a Reuters "(Reporting by ...)" line -> one of another shape (a place with a comma,
                particles, three roles, "," or "." between roles, a newsroom): the new names
    credit3     a "... contributed to this report." line -> one of another shape (AP writers with
                places, "CNN's A, B and C", "A reported from X. ...", no person): the new names
    reuter      1987's " Reuter" sign-off line -> another print of it ("REUTER", "Reuter4", a time stamp)
    caption     a photo caption line between the top and the dateline: captions gain it
    addby       a byline line ("By Ana Ruiz, Reuters", "By ANA RUIZ and PER HOLM") put right above
                the dateline of a story with none: the bylines are its names
    deck        a deck (a summary line, bullets) between the headline and the dateline: unchanged
    note        an editor's note line ("(Adds comment ...)") above the dateline: unchanged
    nosignoff   the sign-off lines removed ("Reuter", "(END) Dow Jones Newswires"): unchanged, the
                agency may go when the sign-off named it

Artefacts (breaks that are the transform's fault, not a rule's; the script avoids them):
    - wrap*: table rows (runs of 3+ spaces inside a line) are not prose and are never re-wrapped; a
      paragraph that shares its last line with something else (an inline credit) is left alone.
    - nohead: a story with neither dateline nor byline has nothing that marks where the top ends,
      so its first paragraph may rightly become the headline; such stories are not tried.
    - city: the swapped-in cities are well-known ones; a town missing from a vocabulary is not a
      weakness where the dateline has neither date nor agency ("Factbox:" vs "Ottawa:" needs the
      vocabulary by design).
    - nosignoff / nocredit / nohead / headline: the agency may legitimately disappear with the text
      that named it (or, in 1987 copy, with the caps headline whose layout implies Reuters).
    - nocredit: a soft trailer (an exchange-rate note "($1=120.29 Yen)", a teaser line "Storm prompts
      airlines to relax travel policies") is trailer only directly above a credit, by design, so it
      rejoins the body when the credit goes (modern: rw-0039, cnn-0014, cnn-0036).
    - nohead: a headline printed twice (page exports) is not dropped; a note or deck line under the
      headline ("REPEAT FROM LATE FRIDAY", a weather table's "Thursday through Saturday") or a
      press release's place/date line ("MOUNTAIN VIEW, Calif. ..., Feb. 10, 2025" over the dateline,
      pr-0002) becomes the headline once the real one is gone: no rule can tell it from one.
    - wrap*: a 1987 market line re-wrapped so a cell stands alone ("byr/slrs" reads as staff
      initials, r21578-14221), or a two-line market report whose wrapped first line reads as a
      headline (r21578-13945).
    - flattop: a byline with no "By" that is a title then a name ("Posted by" / "CNN Political
      Reporter Ana Ruiz", cnn-0034) run on into the dateline reads as one long place; AFP's
      "Headline by Name" line is not joined to the dateline.
    - lead: after a colon dateline ("Ottawa: eBay Inc said ...") a lead must open with a capital, a
      digit or a quote, by design ("London: a city of contrasts" is a headline), so "eBay Inc said"
      and "(Corrected)" are kept out of the pick (OTHER_LEADS).
    - dash: "_" is ANPA's dash in AP copy; a 1987 Reuters dateline with it loses the agency its
      layout implies, and "SPACE.com _" is no source prefix, so "_" is tried on AP datelines only;
      Dow Jones' glued "TOKYO--Honda" made "TOKYO-Honda" is a compound word, not a dateline (dj-0002,
      seen only when every dash is forced).
    - nbsp2: a Daily Mail top flattened with " . " separators ("By . Ana Ruiz . PUBLISHED: ...")
      is not read with no-break spaces in it; the flattening never prints them (dm-*).
    - indent, squeeze: a results listing's caps label directly over its rows reads as a headline
      (c-neg-0009; the listing rule wants the blank line under the label).

Left alone (ambiguous without more to go on, or by design):
    - names2: a three-word mixed-case name right before "(Reuters) -" ("By Ana Ruiz Lopez
      (Reuters) -"): nothing tells it from "By Ana Ruiz Eldoret (Reuters) -" (rw-0085, c-rw-0015).
    - a headline wrapped onto two lines (modern, or a 1987 caps one cut in the middle): the second
      line reads as a deck or the lead; the corpora never print one, so no transform tries it.
    - credit locations: "A reported from Oslo" gives A no location, "in Washington, D.C." gives
      "Washington" (locations are not scored).
"""
from __future__ import annotations

import argparse
import re
import sys
import zlib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from wirecli.lexicon import NAME_PARTICLES, NAME_SUFFIXES  # noqa: E402
from wirecli.pipeline import parse  # noqa: E402
from wirecli.reader import decode  # noqa: E402

CORPUS = ROOT / ".." / "shared" / "corpus"


# -- the comparable view of a story -------------------------------------------------------

def squash(s):
    return " ".join(s.split()) if isinstance(s, str) else s


def nm(s: str) -> str:
    """A name as the scorer compares it: "Ann Lee Jr." and "Ann Lee Jr" are one (and so are
    a space and a no-break space)."""
    return " ".join(s.split()).strip(" .,;:-")


def view(story) -> dict:
    dl, cr = story.dateline, story.credit
    return {
        "headline": squash(story.headline),
        "captions": tuple(squash(c) for c in story.captions),
        "bylines": tuple((nm(b.name), squash(b.title)) for b in story.bylines),
        "agency": story.agency,
        "dateline": None if dl is None else (squash(dl.text), tuple(squash(c) for c in dl.cities), squash(dl.region), dl.date),
        "credit": None if cr is None else (squash(cr.text),
                                           tuple((nm(c.name), squash(c.location) or None) for c in cr.reporting),
                                           tuple(nm(c.name) for c in cr.editing)),
        "body": squash(story.body),
    }


def _pick(pool, key: str, avoid: str):
    """A deterministic choice from pool, never ``avoid`` (compared case-blind)."""
    choices = [p for p in pool if p.lower() != avoid.lower()]
    return choices[zlib.crc32(key.encode()) % len(choices)]


def _line_bounds(text: str, s: int, e: int) -> tuple[int, int]:
    """The start of the line holding s, the end (after its newline) of the line holding e - 1."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", max(e - 1, s))
    return ls, (len(text) if le < 0 else le + 1)


MARKUP_RE = re.compile(r"[\s*_]*")


def _cut_lines(text: str, spans: list) -> tuple[str, str] | None:
    """Remove spans; a line left blank by a removal goes with them.  -> (new text, removed)."""
    edits = []
    for s, e in sorted(spans):
        ls, le = _line_bounds(text, s, e)
        if MARKUP_RE.fullmatch(text[ls:s]) and MARKUP_RE.fullmatch(text[e:le]):
            s, e = ls, le  # nothing but space or emphasis marks left on the line ("*" + credit + "*")
        edits.append((s, e))
    out, removed, at = [], [], 0
    for s, e in edits:
        if s < at:
            return None
        out.append(text[at:s])
        removed.append(text[s:e])
        at = e
    out.append(text[at:])
    return "".join(out), " ".join(removed)


def _agency_named(removed: str, agency: str | None) -> bool:
    if not agency:
        return False
    low = removed.lower()
    forms = {agency.lower(), {"reuters": "reuter", "ap": "associated press", "afp": "agence france",
                              "cp": "canadian press", "dow jones": "wsj.com"}.get(agency.lower(), agency.lower())}
    return any(f in low for f in forms)


# -- city -------------------------------------------------------------------------------

CITIES = {
    1: ["NAIROBI", "SINGAPORE", "BRUSSELS", "MADRID", "OSLO", "SEOUL", "VIENNA", "HOUSTON", "DENVER", "LIMA"],
    2: ["SAO PAULO", "HONG KONG", "BUENOS AIRES", "SAN DIEGO", "NEW DELHI", "LOS ANGELES"],
    3: ["SALT LAKE CITY", "BANDAR SERI BEGAWAN"],
}
HYPHEN_CITIES = ["PORT-AU-PRINCE", "WINSTON-SALEM"]


# towns in no vocabulary, for datelines whose date or agency marks them ("town")
TOWNS = {
    1: ["KALAMAZOO", "ELDORET", "TROMSO", "WAGGA", "OSHKOSH", "ZWOLLE"],
    2: ["TWIN FALLS", "GRAND FORKS", "BAD HOMBURG", "PORT ELIZABETH", "ELK GROVE"],
    3: ["PALM BEACH GARDENS", "ELK GROVE VILLAGE"],
}
HYPHEN_TOWNS = ["WILKES-BARRE", "SAINT-NAZAIRE"]


def _city_like(city: str, key: str, towns: bool = False) -> str | None:
    words = city.split()
    if "-" in city and len(words) == 1:
        pool = HYPHEN_TOWNS if towns else HYPHEN_CITIES
    elif len(words) in CITIES and all(w[:1].isalpha() for w in words):
        pool = (TOWNS if towns else CITIES)[len(words)]
    else:
        return None
    new = _pick(pool, key, city)
    if city.isupper():
        return new
    if city.islower():
        return new.lower()
    if city.istitle() or city[:1].isupper():
        return "-".join(p.capitalize() for p in new.split("-")) if "-" in new else new.title()
    return None


def t_city(text, story, key, towns=False):
    dl = story.dateline
    if dl is None or not dl.cities or (towns and not (dl.date or dl.agency)):
        return None
    city = dl.cities[0]
    at = text.find(city, dl.span[0], dl.span[1])
    new = _city_like(city, key, towns)
    if at < 0 or new is None:
        return None
    out = text[:at] + new + text[at + len(city):]
    exp = view(story)
    exp["dateline"] = (squash(dl.text.replace(city, new, 1)), (new,) + dl.cities[1:], dl.region, dl.date)
    return out, exp, ()


# -- names ------------------------------------------------------------------------------

FIRST = ["Marta", "Jonas", "Elena", "Tobias", "Ingrid", "Rafael", "Nadia", "Oskar", "Leila", "Pavel",
         "Greta", "Tomas", "Anika", "Bruno", "Carla", "Dmitri"]
LAST = ["Halvorsen", "Okafor", "Brandt", "Moretti", "Lindqvist", "Ferreira", "Novak", "Castellano",
        "Whitcombe", "Adeyemi", "Kowalski", "Thornbury", "Sandoval", "Ashworth", "Delacroix", "Pereira"]
WORD_RE = re.compile(r"[A-Z][a-z]{1,30}|[A-Z]{2,30}")
INITIAL_RE = re.compile(r"[A-Z]\.")


def _word_like(word: str, pool, key: str) -> str:
    if word.lower() in NAME_PARTICLES or word.lower() in NAME_SUFFIXES:
        return word
    if INITIAL_RE.fullmatch(word):
        return _pick([c + "." for c in "BDGHKLMNPRTW"], key, word)
    if "-" in word.strip("-"):
        return "-".join(_word_like(p, pool, key + p) if p else p for p in word.split("-"))
    if "'" in word[1:3]:  # O'Grady, d'Emilio
        i = word.index("'") + 1
        return word[:i] + _word_like(word[i:], LAST, key)
    m = re.fullmatch(r"(Mc|Mac)([A-Z][a-z]{1,30})", word)
    if m:
        return m.group(1) + _pick(LAST, key, m.group(2))
    if not WORD_RE.fullmatch(word):
        return word
    new = _pick(pool, key, word)
    return new.upper() if word.isupper() and len(word) > 1 else new


def _name_like(name: str, key: str) -> str:
    parts = re.split(r"(\s+)", name)
    out, seen_word = [], False
    for p in parts:
        if not p or p.isspace():
            out.append(p)
            continue
        new = _word_like(p, LAST if seen_word else FIRST, key + p)
        if p.lower() not in NAME_PARTICLES:
            seen_word = True
        out.append(new)
    return "".join(out)


def t_citycase(text, story, key):
    """ "LONDON (Reuters) -" <-> "London (Reuters) -": the cities as newly printed, nothing else
    (only datelines with a date or agency: a bare caps place is what marks "BERLIN --")."""
    dl = story.dateline
    if dl is None or not dl.cities or not (dl.date or dl.agency):
        return None
    out, dtext, cities = text, dl.text, []
    for city in dl.cities:
        new = city.title() if city.isupper() else city.upper() if city.istitle() else None
        at = out.find(city, dl.span[0], dl.span[1])
        if new is None or at < 0 or "'" in city:
            return None
        out = out[:at] + new + out[at + len(city):]
        dtext = dtext.replace(city, new, 1)
        cities.append(new)
    exp = view(story)
    exp["dateline"] = (squash(dtext), tuple(cities), dl.region, dl.date)
    return out, exp, ()


DASHES = ["-", "--", "—", "–"]  # (and "_", ANPA's, for AP copy only)
DASH_END_RE = re.compile(r"(?:--|-|—|–|_)(?=[ \t]*$)")


def t_dash(text, story, key):
    """The dateline's closing dash -> another ("-" -> "--", "—", "–", "_"): only the dateline text."""
    dl = story.dateline
    if dl is None:
        return None
    m = DASH_END_RE.search(dl.text)
    if m is None:
        return None
    new = _pick(DASHES + ["_"] if dl.agency == "AP" else DASHES, key, m.group(0))
    at = dl.span[0] + (text[dl.span[0]:dl.span[1]].rstrip().rfind(m.group(0)))
    out = text[:at] + new + text[at + len(m.group(0)):]
    exp = view(story)
    exp["dateline"] = (squash(dl.text[:m.start()] + new + dl.text[m.end():]),) + exp["dateline"][1:]
    # a 1987 dateline's exact " - " is part of the layout that implies Reuters
    return out, exp, ("agency",) if not _agency_named(out, story.agency) else ()


def t_namecase(text, story, key):
    """Byline names -> CAPS (AP transmissions: "By PAUL BYRNE"), or CAPS -> title case."""
    bys = [b for b in story.bylines if b.span and text[b.span[0]:b.span[1]] == b.name]
    if not bys or len(bys) != len(story.bylines):
        return None
    out = text
    names = {}
    for b in sorted(bys, key=lambda b: b.span, reverse=True):
        new = b.name.title() if b.name.isupper() else b.name.upper()
        if "'" in b.name or "’" in b.name or any(w.lower() in NAME_PARTICLES for w in b.name.split()):
            return None  # "O'Brien".title() and "de la" have no single right answer
        names[nm(b.name)] = nm(new)
        out = out[:b.span[0]] + new + out[b.span[1]:]
    exp = view(story)
    exp["bylines"] = tuple((names.get(n, n), t) for n, t in exp["bylines"])
    dl = story.dateline
    if dl is not None and any(dl.span[0] <= b.span[0] < dl.span[1] for b in bys):  # "(RIA Novosti), A B -"
        exp["dateline"] = (squash(out[dl.span[0]:dl.span[1]]),) + exp["dateline"][1:]
    return out, exp, ()


LEADS = ['"We will act," ', "NATO allies said ", "U.S. officials said ", "2024 sales rose and ",
         "IBM said ", "A court said ", "Shares of ", "'Tis said "]
# leads a colon dateline rightly refuses ("Ottawa: eBay Inc said"): for probing by hand only
OTHER_LEADS = ["eBay Inc said ", "(Corrected) "]


def t_lead(text, story, key):
    """Words of another shape put in front of the lead, right after the dateline (a quote, an
    acronym, a number, a lower-case brand): the body gains them, nothing else changes."""
    dl, paras = story.dateline, story.spans().get("body")
    if dl is None or not paras or paras[0][0] < dl.span[1] or text[dl.span[1]:paras[0][0]].count("\n"):
        return None
    new = _pick(LEADS, key, "")
    at = paras[0][0]
    exp = view(story)
    exp["body"] = squash(new + story.body)
    return text[:at] + new + text[at:], exp, ()


REGIONS_AP = ["Calif.", "Mich.", "N.Y.", "Ore.", "Mo.", "Kan.", "Fla.", "Va.", "Conn.", "Wash."]
REGIONS_FULL = ["Texas", "Ohio", "Maine", "Alberta", "Argentina", "Germany", "Kenya", "Queensland"]


def t_region(text, story, key):
    """The dateline's region -> another of the same style (AP abbreviation or full name)."""
    dl = story.dateline
    if dl is None or not dl.region or "," in dl.region:
        return None
    at = text.find(dl.region, dl.span[0], dl.span[1])
    if at < 0:
        return None
    pool = REGIONS_AP if dl.region.endswith(".") else REGIONS_FULL
    new = _pick(pool, key, dl.region)
    if dl.region.isupper():
        new = new.upper()
    out = text[:at] + new + text[at + len(dl.region):]
    exp = view(story)
    exp["dateline"] = (squash(out[dl.span[0]:dl.span[1] + len(new) - len(dl.region)]), dl.cities, new, dl.date)
    return out, exp, ()


def t_twocity(text, story, key):
    """A second place after the first ("LONDON (Reuters)" -> "LONDON/SAO PAULO (Reuters)", or
    " and ", as Reuters and press releases print them): the cities gain it."""
    dl = story.dateline
    if dl is None or len(dl.cities) != 1 or not (dl.date or dl.agency) or dl.region:
        return None
    city = dl.cities[0]
    at = text.find(city, dl.span[0], dl.span[1])
    second = _city_like(city.split()[0] if " " in city else city, key + "2")
    if at < 0 or second is None or second.upper() == city.upper():
        return None
    joint = _pick(["/", " and "], key, "")
    second = second.upper() if city.isupper() else second
    out = text[:at + len(city)] + joint + second + text[at + len(city):]
    exp = view(story)
    exp["dateline"] = (squash(dl.text.replace(city, city + joint + second, 1)), (city, second), None, dl.date)
    return out, exp, ()


def t_nbsp(text, story, key):
    """Spaces in the dateline -> no-break spaces (web exports): the same values, whitespace aside."""
    dl = story.dateline
    if dl is None or " " not in text[dl.span[0]:dl.span[1]]:
        return None
    a, b = dl.span
    exp = view(story)
    exp["dateline"] = (squash(dl.text), tuple(squash(c) for c in dl.cities), squash(dl.region), dl.date)
    return text[:a] + text[a:b].replace(" ", "\u00a0") + text[b:], exp, ()


def t_nbsp2(text, story, key):
    """Spaces in the byline lines and the credit -> no-break spaces: the same values."""
    spans = [tuple(s) for s in story.spans().get("byline", [])]
    if story.credit is not None:
        spans.append(tuple(story.credit.span))
    if not spans:
        return None
    out = text
    for a, b in spans:
        out = out[:a] + out[a:b].replace(" ", "\u00a0") + out[b:]
    exp = view(story)
    exp["bylines"] = tuple((n, squash(t)) for n, t in exp["bylines"])
    if story.credit is not None:
        c = exp["credit"]
        exp["credit"] = (c[0], tuple((n, squash(l)) for n, l in c[1]), c[2])
    return out, exp, ()


def t_town(text, story, key):
    return t_city(text, story, key, towns=True)


# other name shapes, for "names2": what hidden bylines and credits may print
SHAPES = ["{F} {I} {L}", "{F}-{F2} {L}", "{F} {L}-{L2}", "{F} de la {L}", "{F} O'{L}", "{F} {L} Jr.",
          "{F} van der {L}", "{F} Mc{L}", "{I} {F} {L}", "{F} al-{L}", "{F} {L} {L2}"]


def _name_shaped(name: str, key: str) -> str:
    h = zlib.crc32(key.encode())
    new = SHAPES[h % len(SHAPES)].format(F=FIRST[h % 16], F2=FIRST[(h >> 4) % 16], L=LAST[(h >> 8) % 16],
                                         L2=LAST[(h >> 12) % 16], I="BDGHKLMNPRTW"[(h >> 16) % 12] + ".")
    return new.upper() if name.isupper() else new


def t_names2(text, story, key):
    return t_names(text, story, key, _name_shaped)


def t_names(text, story, key, make=None):
    items = [(b.span, b.name) for b in story.bylines if b.span]
    if story.credit:  # credit names carry no span: find them in order inside the credit line
        at, end = story.credit.span
        for c in (c for r in story.credit.roles for c in r.names):
            found = text.find(c.name, at, end)
            if found < 0:
                return None
            items.append(((found, found + len(c.name)), c.name))
            at = found + len(c.name)
    spans = {}
    for span, name in items:
        if text[span[0]:span[1]] != name:
            return None
        spans[tuple(span)] = name
    if not spans:
        return None
    mapping = {}
    for name in spans.values():
        salt = ""
        while name not in mapping and len(salt) < 20:
            new = (make or _name_like)(name, key + name + salt)
            if new != name and new not in mapping.values():
                mapping[name] = new
            salt += "x"
    if len(mapping) < len(set(spans.values())):
        return None
    ordered = sorted(spans)
    if any(a[1] > b[0] for a, b in zip(ordered, ordered[1:])):
        return None
    out, at = [], 0
    for s, e in ordered:
        out += [text[at:s], mapping[spans[(s, e)]]]
        at = e
    out.append(text[at:])

    def swap(s):
        for old in sorted(mapping, key=len, reverse=True):
            s = s.replace(old, mapping[old])
        return s

    exp = view(story)
    names = {nm(k): nm(v) for k, v in mapping.items()}  # as view() compares them
    exp["bylines"] = tuple((names.get(n, n), t) for n, t in exp["bylines"])
    dl, cr = story.dateline, story.credit
    if dl is not None and any(dl.span[0] <= s < dl.span[1] for s, _ in ordered):
        exp["dateline"] = (squash(swap(dl.text)),) + exp["dateline"][1:]
    if cr is not None:
        exp["credit"] = (squash(swap(cr.text)),
                         tuple((names.get(n, n), loc) for n, loc in exp["credit"][1]),
                         tuple(names.get(n, n) for n in exp["credit"][2]))
    return "".join(out), exp, ()


# -- byline titles ----------------------------------------------------------------------

TITLES = ["Sports Writer", "Business Writer", "Medical Writer", "Energy Correspondent",
          "Chief Political Correspondent", "Staff Writer", "Senior Economics Editor"]  # no agency in them


def t_title(text, story, key):
    """A byline's printed title -> another job title: the new title, the same names."""
    done = [b for b in story.bylines if b.title and b.span]
    if not done:
        return None
    title = done[0].title
    at = text.find(title, done[0].span[1], done[0].span[1] + 200)
    if at < 0:
        return None
    new = _pick(TITLES, key, title)
    out = text[:at] + new + text[at + len(title):]
    exp = view(story)
    exp["bylines"] = tuple((n, new if t == squash(title) else t) for n, t in exp["bylines"])
    return out, exp, ("agency",) if not _agency_named(out, story.agency) else ()


# -- credit style -----------------------------------------------------------------------

ROLE_SEP_RE = re.compile(r";[ \t]{0,3}([A-Z])([a-z]{1,20}(?: [a-z]{1,12}){0,3} by\b)")


def t_credsep(text, story, key):
    """ "(Reporting by A; Editing by B)" -> "(Reporting by A, editing by B)": the same names."""
    cr = story.credit
    if cr is None:
        return None
    a, b = cr.span
    new_cr = ROLE_SEP_RE.sub(lambda m: ", " + m.group(1).lower() + m.group(2), text[a:b])
    if new_cr == text[a:b]:
        return None
    exp = view(story)
    exp["credit"] = (squash(new_cr),) + exp["credit"][1:]
    return text[:a] + new_cr + text[b:], exp, ()


# -- date -------------------------------------------------------------------------------

FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"]
ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
        "oct": 10, "nov": 11, "dec": 12}
MONTH_NO = {**{m.lower(): i + 1 for i, m in enumerate(FULL)}, **ABBR}
DATE_RE = re.compile(r"\b([A-Za-z]{3,9})(\.?)( {1,3})(\d{1,2})\b|\b(\d{1,2})( {1,3})([A-Za-z]{3,9})\b")


def _month_like(word: str, dot: str, key: str) -> tuple[str, int]:
    if word.lower() in ABBR and len(word) < 5:
        pool = ["Jan", "Feb", "Aug", "Oct", "Nov", "Dec"]
    elif word.lower() in ("march", "april", "may", "june", "july"):
        pool = ["March", "April", "June", "July"]
    else:
        pool = FULL
    new = _pick(pool, key, word)
    if word.isupper():
        new = new.upper()
    elif word.islower():
        new = new.lower()
    return new, MONTH_NO[new.lower()]


def _day_like(day: str, key: str) -> str:
    if len(day) == 1:
        return _pick([str(d) for d in range(1, 10)], key, day)
    pool = [f"{d:02d}" for d in range(1, 10)] if day.startswith("0") else [str(d) for d in range(10, 29)]
    return _pick(pool, key, day)


def t_date(text, story, key):
    dl = story.dateline
    if dl is None or not dl.date or len(dl.date) not in (7, 10):
        return None
    mm, dd = int(dl.date[-5:-3]), int(dl.date[-2:])
    for m in DATE_RE.finditer(text, dl.span[0], dl.span[1]):
        if m.group(1):
            mword, dot, day, ms, ds = m.group(1), m.group(2), m.group(4), m.start(1), m.start(4)
        else:
            mword, dot, day, ms, ds = m.group(7), "", m.group(5), m.start(7), m.start(5)
        if MONTH_NO.get(mword.lower()) != mm or int(day) != dd:
            continue
        new_m, new_mm = _month_like(mword, dot, key)
        new_d = _day_like(day, key + "d")
        edits = sorted([(ms, ms + len(mword), new_m), (ds, ds + len(day), new_d)])
        out = text
        for s, e, r in reversed(edits):
            out = out[:s] + r + out[e:]
        exp = view(story)
        a, b = dl.span
        delta = len(new_m) - len(mword) + len(new_d) - len(day)
        new_dl = out[a:b + delta].strip()
        exp["dateline"] = (squash(new_dl), dl.cities, dl.region,
                           f"{dl.date[:-5]}{new_mm:02d}-{int(new_d):02d}")
        return out, exp, ()
    return None


# -- agency -----------------------------------------------------------------------------

AGENCY_SWAPS = {"Reuters": "AFP", "AP": "Reuters", "AFP": "AP", "Xinhua": "UPI", "UPI": "Xinhua",
                "CNN": "AP", "dpa": "AFP", "Bloomberg": "Reuters"}
AGENCY_PRINTS = {"Reuters": "Reuters", "AP": "AP", "AFP": "AFP", "UPI": "UPI", "Xinhua": "Xinhua"}


def t_agency(text, story, key):
    """ "(Reuters)" in the dateline -> "(AFP)" and so on: the agency follows the dateline."""
    dl = story.dateline
    if dl is None or dl.agency not in AGENCY_SWAPS:
        return None
    m = re.compile(r"\((" + re.escape(dl.agency) + r")\)").search(text, dl.span[0], dl.span[1])
    if m is None:
        return None
    new = AGENCY_SWAPS[dl.agency]
    out = text[:m.start(1)] + AGENCY_PRINTS[new] + text[m.end(1):]
    exp = view(story)
    exp["agency"] = new
    exp["dateline"] = (squash(dl.text.replace(m.group(0), f"({AGENCY_PRINTS[new]})", 1)),) + exp["dateline"][1:]
    return out, exp, ()


# -- whitespace -------------------------------------------------------------------------

def t_crlf(text, story, key):
    if "\r" in text or "\n" not in text:
        return None
    return text.replace("\n", "\r\n"), view(story), ()


def t_trailing(text, story, key):
    if "\r" in text or "\n" not in text:
        return None
    return text.replace("\n", "  \n"), view(story), ()


def t_leadblank(text, story, key):
    return "\n" + text, view(story), ()


TABLE_RE = re.compile(r"\S {3}|\t")


def _rewrap(text, story, width):
    if "\r" in text:
        return None
    paras = [tuple(s) for s in story.spans().get("body", [])]
    if not paras:
        return None
    conts = Counter()
    blocks = []
    for s, e in paras:
        ls, le = _line_bounds(text, s, e)
        block = text[ls:le].rstrip("\n")
        lines = block.split("\n")
        if len(lines) > 1:
            conts[lines[1][:len(lines[1]) - len(lines[1].lstrip(" "))]] += 1
        blocks.append((s, e, ls, le, lines))
    cont_default = conts.most_common(1)[0][0] if conts else ""
    out, at, changed = [], 0, False
    for s, e, ls, le, lines in blocks:
        if ls < at or text[e:le].strip() or any(TABLE_RE.search(ln.strip(" ")) for ln in lines):
            continue
        prefix = text[ls:s]
        cont = lines[1][:len(lines[1]) - len(lines[1].lstrip(" "))] if len(lines) > 1 else cont_default
        words = text[s:e].split()
        if not words:
            continue
        rows, cur = [], prefix + words[0]
        for w in words[1:]:
            if len(cur) + 1 + len(w) > width:
                rows.append(cur)
                cur = cont + w
            else:
                cur += " " + w
        rows.append(cur)
        new = "\n".join(rows)
        end = le - 1 if text[le - 1:le] == "\n" else le
        if new != text[ls:end]:
            changed = True
        out += [text[at:ls], new]
        at = end
    if not changed:
        return None
    out.append(text[at:])
    return "".join(out), view(story), ()


def _rejoin(text, story, paras, sep, min_newlines):
    """The text with every blank gap of ``min_newlines``+ newlines between paras made ``sep``."""
    out, at = [], 0
    for (_, pe), (s, _) in zip(paras, paras[1:]):
        gap = text[pe:s]
        if gap.strip() or gap.count("\n") < min_newlines:
            continue
        out += [text[at:pe], sep]
        at = s
    if not out or "\r" in text:
        return None
    out.append(text[at:])
    return "".join(out), view(story), ()


def t_indent(text, story, key):
    """Blank lines between body paragraphs -> tab-indented paragraphs, as ANPA copy prints them."""
    return _rejoin(text, story, [tuple(p) for p in story.spans().get("body", [])], "\n\t", 2)


def t_squeeze(text, story, key):
    """Blank lines between paragraphs dropped (one newline between them, as some exports print
    copy): identical values."""
    if "\r" in text or "\n\n" not in text.strip():
        return None
    return re.sub(r"\n[ \t]*\n(?:[ \t]*\n)*", "\n", text), view(story), ()


def t_flat(text, story, key):
    """Body paragraphs (and a credit line right under them) run together on one line with two
    spaces between them, as flattened web exports print them: identical values."""
    paras = [tuple(p) for p in story.spans().get("body", [])]
    cr = story.credit
    if cr is not None and paras and cr.span[0] > paras[-1][1]:
        paras.append(tuple(cr.span))
    return _rejoin(text, story, paras, "  ", 1)


def t_flattop(text, story, key):
    """The byline line(s) run on into the dateline line ("By A and B   LONDON (Reuters) - ..."),
    as flattened web exports print them: identical values."""
    by, dl = story.spans().get("byline"), story.dateline
    if not by or dl is None:
        return None
    be = max(e for _, e in by)
    if any(e > text.rfind("\n", 0, be) for _, e in story.spans().get("headline", [])):
        return None  # AFP's "Headline by Name": the byline shares the headline's line
    gap = text[be:dl.span[0]]
    if gap.strip() or "\n" not in gap or "\r" in text:
        return None
    return text[:be] + "   " + text[dl.span[0]:], view(story), ()


def t_anpa(text, story, key):
    """AP copy as ANPA transmits it: the headline and byline lines as "^LINE<" / "^LINE=", body
    paragraphs tab-indented with no blank lines between them: identical values."""
    if story.agency != "AP" or "\r" in text or story.dateline is None:
        return None
    sp = story.spans()
    tops = [tuple(x) for k in ("headline", "byline") for x in sp.get(k, [])]
    out, at = [], 0
    for s, e in sorted(tops):
        ls, le = _line_bounds(text, s, e)
        if ls < at or text[ls:s].strip() or text[e:le].strip():
            return None
        out += [text[at:ls], "^" + text[ls:le].rstrip("\n") + ("<" if (s, e) in map(tuple, sp.get("headline", [])) else "=") + "\n"]
        at = le
    out.append(text[at:])
    new = "".join(out)
    made = t_indent(new, parse(new), key)
    return (made[0], view(story), ()) if made else None


def t_bylast(text, story, key):
    """A "By A and B" line moved from the top to the very end, under the credit (as some web
    copy prints it): the same bylines, nothing else changes."""
    sp = story.spans().get("byline")
    if not sp or len(sp) != 1 or not story.bylines or story.credit is None or "\r" in text:
        return None
    s, e = sp[0]
    ls, le = _line_bounds(text, s, e)
    line = text[ls:le].strip()
    if (text[ls:s].strip() or text[e:le].strip() or not line.startswith("By ") or " - " in line
            or any(b.title for b in story.bylines)):
        return None  # (a story-type tag, "By A - Analysis", belongs at the top)
    out = text[:ls] + text[le:]
    return out.rstrip("\n") + "\n\n" + line + "\n", view(story), ()


def t_wrap60(text, story, key):
    return _rewrap(text, story, 60)


def t_wrap72(text, story, key):
    return _rewrap(text, story, 72)


# -- removals ---------------------------------------------------------------------------

HEADLINES = ["Harbor Bank profit jumps 20% on trading, sees steady year",
             "Oil prices rise as supply fears grow",
             "Storm knocks out power to thousands across three counties",
             "Lisbon port strike ends after talks with unions: sources",
             "U.S. farm exports seen lower in 2025 - report",
             "Acme Corp to cut 500 jobs, shares fall"]
CAPS_HEADLINES = ["ACME SEES HIGHER FIRST QUARTER NET", "HARBOR BANK RAISES PRIME RATE TO 7.5 PCT",
                  "ZETA INC <ZTA> 4TH QTR NET", "U.S. GRAIN STOCKS SEEN LOWER - ANALYSTS"]


def t_headline(text, story, key):
    """The headline line -> an invented one of the same case: the new headline, nothing else."""
    spans = story.spans().get("headline")
    if not story.headline or not spans or len(spans) != 1:
        return None
    s, e = spans[0]
    ls, le = _line_bounds(text, s, e)
    if text[ls:s].strip() or text[e:le].strip() or "\n" in text[s:e]:
        return None
    new = _pick(CAPS_HEADLINES if story.headline.isupper() else HEADLINES, key, story.headline)
    exp = view(story)
    exp["headline"] = new
    out = text[:s] + new + text[e:]
    return out, exp, ("agency",) if not _agency_named(out, story.agency) else ()


def t_nohead(text, story, key):
    spans = story.spans().get("headline")
    if not story.headline or not spans or not (story.dateline or story.bylines):
        return None
    s, e = spans[0][0], spans[-1][1]
    ls, le = _line_bounds(text, s, e)
    if text[ls:s].strip() or text[e:le].strip() or squash(text[s:e]) in squash(text[le:]):
        return None  # (a headline printed twice, as page exports do, is not dropped)
    exp = view(story)
    exp["headline"] = None
    out = text[:ls] + text[le:]
    # the agency may go with the headline that named it, or whose layout implied it (1987)
    allowed = ("agency",) if not _agency_named(out, story.agency) else ()
    return out, exp, allowed


def t_nocredit(text, story, key):
    if story.credit is None:
        return None
    cut = _cut_lines(text, [story.credit.span])
    if cut is None:
        return None
    exp = view(story)
    exp["credit"] = None
    return cut[0], exp, ("agency",) if _agency_named(cut[1], story.agency) else ()


def t_nosignoff(text, story, key):
    spans = story.spans().get("signoff")
    if not spans:
        return None
    cut = _cut_lines(text, spans)
    if cut is None:
        return None
    return cut[0], view(story), ("agency",) if _agency_named(cut[1], story.agency) else ()


# Reuters credit lines of other shapes: (text, reporting [(name, location)], editing [names])
CREDITS = [
    ("(Reporting by Ana Ruiz in Washington, D.C., and Per Holm in Oslo; Editing by Ida Berg)",
     (("Ana Ruiz", "Washington"), ("Per Holm", "Oslo")), ("Ida Berg",)),  # the place without its region
    ("(Additional reporting by Omar al-Rashid in Dubai; Writing by Jean-Luc de la Tour; Editing by Kim O'Brien and Ana Ruiz)",
     (("Omar al-Rashid", "Dubai"), ("Jean-Luc de la Tour", None)), ("Kim O'Brien", "Ana Ruiz")),
    ("(Reporting By Ana Ruiz; editing by Per Holm)", (("Ana Ruiz", None),), ("Per Holm",)),
    ("(Compiled by Ana Ruiz; Editing by Per Holm, Ida Berg and Bo Lee)", (("Ana Ruiz", None),),
     ("Per Holm", "Ida Berg", "Bo Lee")),
    ("(Reporting by Ana Ruiz and Per Holm in Sao Paulo, Additional reporting by Ida Berg in Brasilia, Editing by Bo Lee)",
     (("Ana Ruiz", "Sao Paulo"), ("Per Holm", "Sao Paulo"), ("Ida Berg", "Brasilia")), ("Bo Lee",)),
    ("(Reporting by Ana Ruiz. Editing by Per Holm)", (("Ana Ruiz", None),), ("Per Holm",)),
    ("(Reporting by Tokyo newsroom; Editing by Per Holm)", (), ("Per Holm",)),
    ("(Reporting by Ana Ruiz in London and Per Holm in Frankfurt; Writing by Ida Berg; Editing by Bo Lee)",
     (("Ana Ruiz", "London"), ("Per Holm", "Frankfurt"), ("Ida Berg", None)), ("Bo Lee",)),
]


# contributor lines of other shapes (AP, CNN): (text, reporting [(name, location)], editing)
CONTRIBUTORS = [
    ("Associated Press writers Ana Ruiz in Oslo and Per Holm in Lisbon contributed to this report.",
     (("Ana Ruiz", "Oslo"), ("Per Holm", "Lisbon")), ()),
    ("CNN's Ana Ruiz, Per Holm and Ida Berg contributed to this report.",
     (("Ana Ruiz", None), ("Per Holm", None), ("Ida Berg", None)), ()),
    ("Ana Ruiz reported from Oslo. Associated Press writer Per Holm in Lisbon contributed to this report.",
     (("Ana Ruiz", None), ("Per Holm", "Lisbon")), ()),  # the place after "reported from" is not read (left alone)
    ("The Associated Press contributed to this report.", (), ()),
    ("Associated Press writer Omar al-Rashid in Dubai and APTN contributor Ana Ruiz in Oslo contributed to this report.",
     (("Omar al-Rashid", "Dubai"), ("Ana Ruiz", "Oslo")), ()),
    ("AP writer Ana B. Ruiz in Washington contributed.", (("Ana B. Ruiz", "Washington"),), ()),
]


def t_credit3(text, story, key):
    """A "... contributed to this report." line -> one of another shape: the new names."""
    cr = story.credit
    if cr is None or "contributed" not in cr.text or cr.text.startswith("("):
        return None
    new, rep, ed = CONTRIBUTORS[zlib.crc32(key.encode()) % len(CONTRIBUTORS)]
    exp = view(story)
    exp["credit"] = (new, rep, ed)
    return text[:cr.span[0]] + new + text[cr.span[1]:], exp, ("agency*",)  # the line may name an agency


def t_credit2(text, story, key):
    """A Reuters credit line "(Reporting by ...)" -> one of another shape (locations with commas,
    particles, three roles, "," or "." between roles, a newsroom): the new names, nothing else."""
    cr = story.credit
    if cr is None or not cr.text.startswith("(") or not re.match(r"\((?:Additional )?[Rr]eporting", cr.text):
        return None
    new, rep, ed = CREDITS[zlib.crc32(key.encode()) % len(CREDITS)]
    exp = view(story)
    exp["credit"] = (new, rep, ed)
    return text[:cr.span[0]] + new + text[cr.span[1]:], exp, ()


CAPTIONS = ["FILE PHOTO: A view of the harbour in Lisbon, Portugal, May 3, 2024. REUTERS/Ana Ruiz/File Photo",
            "A worker walks past containers at the port in Oslo, Norway. REUTERS/Per Holm",
            "FILE PHOTO: Harbor Bank's logo is seen at its headquarters"]
NOTES = ["(Adds comment from ministry in paragraph 5)", "(Corrects spelling of name in paragraph 3)",
         "(Updates with closing prices)"]


def _above_dateline(text, story):
    """Offset of the start of the dateline's line when a blank line sits above it, else None."""
    dl = story.dateline
    if dl is None or "\r" in text:
        return None
    ls = text.rfind("\n", 0, dl.span[0]) + 1
    if text[ls:dl.span[0]].strip() or not text[max(0, ls - 2):ls] == "\n\n":
        return None
    return ls


def t_caption(text, story, key):
    """A photo caption line put between the top and the dateline: captions gain it."""
    at = _above_dateline(text, story)
    if at is None or not story.headline:
        return None
    cap = _pick(CAPTIONS, key, "")
    exp = view(story)
    exp["captions"] = exp["captions"] + (cap,)
    return text[:at] + cap + "\n\n" + text[at:], exp, ()


# byline lines to add where a story has none: (line(s), bylines [(name, title)])
BYLINES = [("By Ana Ruiz", (("Ana Ruiz", None),)),
           ("By ANA RUIZ and PER HOLM", (("ANA RUIZ", None), ("PER HOLM", None))),
           ("By Ana Ruiz, Reuters", (("Ana Ruiz", "Reuters"),)),
           ("By Ana Ruiz, Per Holm and Ida Berg", (("Ana Ruiz", None), ("Per Holm", None), ("Ida Berg", None))),
           ("By Jean-Luc de la Tour", (("Jean-Luc de la Tour", None),))]


def t_addby(text, story, key):
    """A byline line put right above the dateline of a story that has none: the bylines are its
    names, nothing else changes (the agency aside, when the byline names one)."""
    dl = story.dateline
    if dl is None or story.bylines or "\r" in text:
        return None
    ls = text.rfind("\n", 0, dl.span[0]) + 1
    if text[ls:dl.span[0]].strip():
        return None
    line, names = BYLINES[zlib.crc32(key.encode()) % len(BYLINES)]
    indent = text[ls:dl.span[0]]
    blank = text[max(0, ls - 2):ls] == "\n\n"
    exp = view(story)
    exp["bylines"] = names
    return text[:ls] + indent + line + ("\n\n" if blank else "\n") + text[ls:], exp, ("agency*",)


DECKS = ["Shares fall 5% after the results", "* Company sees weaker second half", "Talks to resume next week, officials say",
         "SUMMARY", "* Sales up 12%, beat forecasts\n* Shares rise 4%"]


def t_deck(text, story, key):
    """A deck (summary lines, bullets) put between a headline and the dateline: nothing changes."""
    at = _above_dateline(text, story)
    if at is None or not story.headline:
        return None
    return text[:at] + _pick(DECKS, key, "") + "\n\n" + text[at:], view(story), ()


def t_note(text, story, key):
    """An editor's note line put above the dateline ("(Adds comment ...)"): nothing changes."""
    at = _above_dateline(text, story)
    if at is None:
        return None
    return text[:at] + _pick(NOTES, key, "") + "\n\n" + text[at:], view(story), ()


REUTER_MARKS = [" Reuter", " REUTER", "Reuter", "  REUTER", " Reuter4", " REUTER11:43/VB"]
REUTER_LINE_RE = re.compile(r"^[ \t]{0,4}(?:Reuter|REUTER)[ \t]*$", re.M)


def t_reuter(text, story, key):
    """1987's sign-off line " Reuter" -> another print of it ("REUTER", "Reuter4", a time stamp):
    nothing changes."""
    for s, e in reversed(story.spans().get("signoff", [])):
        ls, le = _line_bounds(text, s, e)
        m = REUTER_LINE_RE.match(text, ls, le - 1 if text[le - 1:le] == "\n" else le)
        if m:
            new = _pick(REUTER_MARKS, key, m.group(0))
            return text[:m.start()] + new + text[m.end():], view(story), ()
    return None


STAMPS = ["Updated 10:32 AM ET, Mon May 5, 2025", "Published: 2025-05-05 10:32 GMT", "May 5, 2025 10:32 AM",
          "Monday, 05.05.2025 / 10:32 AM / News", "Last updated at 10:32 GMT", "05/05/2025 10:32"]


def t_stamp(text, story, key):
    """A time stamp line under a one-line headline (web exports): nothing changes."""
    spans = story.spans().get("headline")
    if not story.headline or not spans or len(spans) != 1 or "\r" in text:
        return None
    s, e = spans[0]
    ls, le = _line_bounds(text, s, e)
    if text[e:le].strip() or not text[le:le + 1] == "\n":
        return None  # only over a blank line, as web exports print it
    return text[:le] + _pick(STAMPS, key, "") + "\n" + text[le:], view(story), ()


PROMOS = ["READ MORE: Harbor talks stall", "Related: Harbor talks stall", "Follow us on Twitter @harbornews",
          "Click here to subscribe to our newsletter.", "Copyright 2024 Harbor News. All rights reserved.",
          "© 2024 Harbor News"]


def t_promo(text, story, key):
    """A promo, follow or copyright line at the very end of the story: nothing changes."""
    if "\r" in text or not story.body:
        return None
    line = _pick(PROMOS, key, "")  # (a copyright line names the publisher: the agency when none was)
    return text.rstrip("\n") + "\n\n" + line + "\n", view(story), ("agency*",) if story.agency is None else ()


AD_SLOTS = ["Advertisement", "ADVERTISEMENT", "Story continues below advertisement", "Share", "Email"]


def t_adslot(text, story, key):
    """A web page's ad slot or share button on its own line right under the last paragraph:
    nothing changes (it is trailer, not the body's end)."""
    paras = story.spans().get("body")
    if not paras or "\r" in text:
        return None
    e = paras[-1][1]
    if text[e:e + 2] not in ("\n\n", "\n") and e != len(text.rstrip()):
        return None
    return text[:e] + "\n\n" + _pick(AD_SLOTS, key, "") + "\n" + text[e:], view(story), ()


END_MARKS = ["(END)", "-- END --", "- 30 -", "###", "(ends)"]


def t_endmark(text, story, key):
    """An end mark on its own line after the story ("(END)", "###", "- 30 -"): nothing changes
    ("Enditem" is left out: it is Xinhua's, and names the agency)."""
    if "\r" in text or not story.body:
        return None
    mark = _pick(END_MARKS, key, "")
    return text.rstrip("\n") + "\n\n" + mark + "\n", view(story), ()


TRANSFORMS = {"city": t_city, "town": t_town, "citycase": t_citycase, "twocity": t_twocity, "nbsp": t_nbsp, "nbsp2": t_nbsp2, "region": t_region, "lead": t_lead, "dash": t_dash, "namecase": t_namecase, "agency": t_agency, "names": t_names, "names2": t_names2, "credsep": t_credsep, "title": t_title, "date": t_date, "crlf": t_crlf, "trailing": t_trailing,
              "leadblank": t_leadblank, "indent": t_indent, "flat": t_flat, "bylast": t_bylast, "anpa": t_anpa, "squeeze": t_squeeze, "flattop": t_flattop, "wrap60": t_wrap60, "wrap72": t_wrap72, "headline": t_headline, "nohead": t_nohead,
              "nocredit": t_nocredit, "nosignoff": t_nosignoff, "endmark": t_endmark, "credit2": t_credit2, "credit3": t_credit3, "caption": t_caption, "addby": t_addby, "deck": t_deck, "note": t_note, "reuter": t_reuter, "adslot": t_adslot, "promo": t_promo, "stamp": t_stamp}


def check(text: str, name: str, key: str = "", story=None):
    """Apply one transform to a story.  None when it does not apply, else a list of breaks
    (field, expected, got); [] means the invariant held."""
    story = story if story is not None else parse(text)
    for step in name.split("+"):  # "nohead+wrap60": one after the other, each on the last result
        made = TRANSFORMS[step](text, story, key)
        if made is None:
            return None
        text, expected, allowed = made
        story = parse(text)
        got = view(story)
        broken = [(f, expected[f], got[f]) for f in expected  # "agency": may go; "agency*": may change
                  if expected[f] != got[f] and not (f in allowed and got[f] is None) and f + "*" not in allowed]
        if broken or any(got[f.rstrip("*")] != expected[f.rstrip("*")] for f in allowed):
            return broken  # a later step's expectation would rest on a changed answer
    return broken


# -- running over corpora ---------------------------------------------------------------

def _where_they_part(want, got):
    """The first element (of tuples) or the stretch (of strings) where two values differ."""
    while isinstance(want, tuple) and isinstance(got, tuple) and len(want) == len(got) and want:
        want, got = next((a, b) for a, b in zip(want, got) if a != b)
    if isinstance(want, str) and isinstance(got, str):
        i = next((k for k, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
        want, got = want[max(0, i - 20):], got[max(0, i - 20):]
    return want, got


def _short(v, n=70) -> str:
    s = repr(v)
    return s if len(s) <= n else s[:n - 3] + "..."


def stories(dirs, limit, ids):
    for d in dirs:
        files = sorted((d / "raw").glob("*.txt")) if (d / "raw").is_dir() else sorted(d.glob("*.txt"))
        if ids:
            files = [f for f in files if f.stem in ids]
        if limit and len(files) > limit:
            step = len(files) / limit
            files = [files[int(i * step)] for i in range(limit)]
        for f in files:
            yield f.stem, decode(f.read_bytes()).text


def _transform_name(value: str) -> str:
    if not all(step in TRANSFORMS for step in value.split("+")):
        raise argparse.ArgumentTypeError(f"unknown transform in {value!r}; known: {', '.join(TRANSFORMS)}")
    return value


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", action="append", type=Path, help="folder with raw/*.txt (repeatable)")
    ap.add_argument("--only", action="append", type=_transform_name,
                    help="a transform, or several joined by '+' applied in turn (repeatable)")
    ap.add_argument("--limit", type=int, default=0, help="at most N stories per corpus, sampled evenly")
    ap.add_argument("--ids", nargs="*", default=(), help="only these story ids")
    ap.add_argument("--show", type=int, default=5, help="broken ids listed per transform")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every break")
    args = ap.parse_args(argv)
    dirs = args.corpus or sorted(p for p in CORPUS.resolve().glob("*") if (p / "raw").is_dir())
    if not dirs:
        print(f"no corpus found (looked in {CORPUS.resolve()})", file=sys.stderr)
        return 2
    names = args.only or list(TRANSFORMS)
    tried, broken, examples, fields = Counter(), Counter(), {n: [] for n in names}, {n: Counter() for n in names}
    for sid, text in stories(dirs, args.limit, set(args.ids)):
        story = parse(text)
        for n in names:
            res = check(text, n, sid, story)
            if res is None:
                continue
            tried[n] += 1
            if res:
                broken[n] += 1
                for f, _, _ in res:
                    fields[n][f] += 1
                if args.verbose or len(examples[n]) < args.show:
                    examples[n].append((sid, res))
    print(f"{'transform':<10} {'tried':>6} {'broken':>6}  fields")
    for n in names:
        fs = ", ".join(f"{f} {c}" for f, c in fields[n].most_common())
        print(f"{n:<10} {tried[n]:>6} {broken[n]:>6}  {fs}")
    for n in names:
        for sid, res in examples[n]:
            for f, want, got in res:
                want, got = _where_they_part(want, got)
                print(f"  {n} {sid} {f}: {_short(want)} -> {_short(got)}")
    return 1 if sum(broken.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
