"""Credit and contributor lines: who reported, wrote and edited the story.

Shapes handled (one real shape each):
    "(Reporting by A in Washington, B and C in Mexico City; Editing by D and E)"   Reuters
    "((Reporting by A, editing by B; a@reuters.com; +1 646 223 6116))"          with contacts
    "(Additional reporting by A in Paris) (Reporting by B; Editing by C)"        two groups
    "(Reporting by Ann ExampleEditing by Bo Sample)", "Writing by by A"       glued, doubled
    "(Reporting A, Writing by B)", "(By A, editing by B)"                        "by" left out
    "Associated Press writers A in B, C in D and E contributed to this report."  AP
    "Example reported from Lisbon."                                              AP lead writer
    "CNN's A, B and C contributed to this report.", "ABC News' A contributed."    broadcasters
    "To contact the reporter on this story: A in City at a@bloomberg.net"        Bloomberg
    "To contact the editors responsible for this story: A at a@...; B at b@..."  Bloomberg
    "Write to A at a@wsj.com and B at b@wsj.com"                                 Dow Jones
    "-By A, Dow Jones Newswires; 212-416-2000; a@dowjones.com"                   Dow Jones writer line
    "-A; 201-938-5400; a@dowjones.com", "-Edited by B"                          Dow Jones, no "By"
    "- Reporting by: A in Vienna - Editing by: B, +49 30 ..."                    dpa
    "A is a columnist covering shipping."                                        author bio
    "[*A*](https://...) *is a senior fellow at ...*"                             tagline
    "A can be reached at http://twitter.com/..."                                 contact note
    "--With assistance from A.", "--Editors: A, B", "Contributing: A, B"         Bloomberg, USA
    "Follow A on Twitter at https://twitter.com/a", "Contact reporter A at a@x"  writer contacts
    "With files from The Canadian Press", "(Reporting by Tokyo newsroom)"        no person
    "(With inputs from PTI)", "This report includes material from ..."          no person

Left alone: "reporting by" inside a body sentence that runs on after the names ("The
editing by the board took weeks."), "(By contrast, prices rose.)", "Smith contributed $5
million to the campaign.", "He contributed.", "A was a reporter for the Herald." (an
obituary), a bare "Email: press@x" or "Contact A at 555-0100" (press contacts); e-mail
addresses, phone numbers and handles are never names.  Role words and "and"/"in" may be
in capitals ("(REPORTING BY A IN OSLO AND B)").
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon import (CREDIT_NOT_NAMES, NAME_ABBREVIATIONS, NAME_PARTICLES, NEWS_OUTLET_WORDS, NOTE_VERBS, OUTLET_INITIALS,
                       PAPER_WORDS, REGIONS, ROLE_KINDS, SURNAME_OUTLET_WORDS)
from ..model import Contributor, Role
from .agency import canonical_agency
from .signoff import OPINIONS_ARE
from ..text import back_space, squashed_longer

# Role words (lexicon.ROLE_KINDS), longest first, then "by" or ":" (or a capitalised name
# straight after: "Reporting Ann Example"); case-insensitive, but a role glued to the
# previous name ("ExampleEditing by") is found by its capital letter.  "Editor(s)" only with ":".
_ROLE_ALTS = "|".join(
    re.escape(w).replace(r"\ ", r"[ \t]{1,3}") + ("(?=:)" if w.startswith(("editor", "reporter")) else "")
    for w in sorted(ROLE_KINDS, key=len, reverse=True))
ROLE_RE = lazy(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
    rf"(?P<role>(?i:{_ROLE_ALTS}))"
    r"(?P<tail>(?i:[ \t]{0,3}(?:by[ \t:]{1,3}(?:by[ \t]{1,3})?|:[ \t]{0,3}))|[ \t]{1,3}(?=[A-Z]))")

# Paragraph-level credit shapes that are not Reuters role lists.
CONTACT_RE = lazy(
    r"^\W{0,3}To contact (?:the )?(?P<who>reporters?|editors?|authors?|writers?|Bloomberg News staff|Bloomberg staff)"
    r"[^:]{0,60}:\s*", re.I)
WRITE_TO_RE = lazy(r"^\W{0,3}(?i:write to)\s+(?=[A-ZÀ-Þ])")  # a name follows, not "write to a file ..."
BY_CONTACT_RE = lazy(r"^\W{0,3}(?:By|BY)\s")
# Dow Jones' writer line with no "By": "-Ann Example; 201-555-0100; ann.example@example.com"
DASH_CONTACT_RE = lazy(r"^[ \t]{0,3}-[ \t]?(?!By\s|BY\s)(?=[A-Z][\w'’.\-]{0,25}(?:[ \t][A-Z][\w'’.\-]{0,25}){1,3}[ \t]*[;,])")
FILES_FROM_RE = lazy(
    r"^\W{0,3}(?:(?:The\s)?[A-Z][\w.&'-]{0,20}(?:\s[A-Z][\w.&'-]{0,20}){0,3},?\s+)?"
    r"(?:(?i:with\s(?:additional\s)?(?:files|inputs?|reporting|information|contributions?)\sfrom|with\s(?:additional\s)?reporting\sby(?=\s(?-i:[A-Z]))"
    r"|(?-i:Information|INFORMATION)\sfrom|additional\sreporting\sfrom"  # not "... needed further" / "information from the company."
    r"|compiled\sfrom\s(?:staff\sand\s)?wire\sreports|(?:from\s)?(?:staff\sand\s)?wire\sreports(?=\W{0,3}$)"
    r"|with\s(?:(?-i:[A-Z]{2,6}(?:\s(?:and|&)\s[A-Z]{2,6})?)|agency|agencies|wire|news\sagency)\s(?:inputs?|reports?|files)(?=\W{0,3}$)"
    r"|(?:agency\s)?inputs?\sfrom\s(?=(?-i:[A-Z])|agencies)|agency\sinputs(?=\W{0,3}$)"  # "(With PTI inputs)", "(Inputs from agencies)" (case-blind scope)
    r"|this\s(?:report|story|article)\s(?:includes|contains|uses)\s(?:material|information|reporting|files)\sfrom)\b"
    r"|(?i:material\sfrom|with\sa\sreport\sfrom)\s(?=(?:[Tt]he\s)?[A-Z]))")  # "Material from Reuters was used"
DPA_RE = lazy(r"^\W{0,3}-?\s*(?i:(?:reporting|editing|writing) by):\s")
LINE_START_RE = lazy(
    r"^\W{0,3}(?:(?i:additional reporting|reporting|writing|editing|compiled|edited|written)\s+by\b"
    r"|(?i:(?:reporting|editing) by):|(?i:contributing|contributors|editors?|reporters?|additional\sreporting|reporting|editing):\s(?=[A-Z]))")
# (Antara's "Reporter: A"; a name follows the colon, not "EDITOR: 'vim'" in a listing of settings)

# "... contributed to this report." and its relatives, at the end of a sentence.
# The place after "reported from", "contributed from": capitalised words and a few joiners
# ("Mexico City", "Gaza City and B from Cairo", "Washington, D.C."), not a sentence going on
# ("reported from Baghdad for a decade before ...").
_PLACE_TAIL = (r"(?:the\s)?[A-Z][^\s!?;]{0,25}"
               r"(?:,?\s(?:(?:and|in|from|the|de|la|del|of|al)\s){0,2}[A-Z][^\s!?;]{0,25}){0,6}")
CONTRIBUTED_RE = lazy(
    r"\b(?:(?i:(?:also\s)?contributed(?:\sreporting)?(?:\sto\s(?:this|the)\s(?:report|story|article|coverage))?)"
    r"(?:\s(?i:from|in)\s" + _PLACE_TAIL + r")?"
    r"|(?i:helped\swith\s(?:this|the)\s(?:report|story|article))"
    r"|(?i:reported(?:\s(?:and|&)\swrote)?\s(?:(?:this|the)\s(?:report|story|article)\s)?from)\s" + _PLACE_TAIL +
    r"|(?i:wrote(?:\s(?:and|&)\sreported)?\s(?:(?:this|the)\s(?:report|story|article)\s)?(?:from|in))\s" + _PLACE_TAIL + r")"
    r"(?:\s(?i:for\s(?:this|the)\s(?:report|story|article)))?[.!]?$")  # "A wrote and reported from X", "... for this story"
# "CNN's A reported from Paris and B wrote from Atlanta": one clause per writer.
CLAUSE_RE = lazy(
    r";\s+|\s+and\s+(?=[A-Z][\w'’.-]{0,25}(?:\s[A-Z][\w'’.-]{0,25}){0,3}\s(?:reported|wrote|contributed)\b)")
VERB_RE = lazy(r"\b(?:reported|wrote|contributed)\b")


def _clauses(sentence: str) -> list[str]:
    """Split at ";" and at "and" when the part before it has its own verb ("A reported from
    Paris; B wrote from Atlanta"); AP's series "writers A in Denver; B in Phoenix, Ariz.; and C
    contributed" is one clause."""
    out, start = [], 0
    for m in CLAUSE_RE.finditer(sentence):
        if VERB_RE.search(sentence, start, m.start()):
            out.append(sentence[start:m.start()])
            start = m.end()
    out.append(sentence[start:])
    return out
# What comes before the names: "Associated Press writers", "CNN.com senior producer".
CONTRIB_LEAD_RE = lazy(
    r"^[^,;]{0,60}?\b(?i:writers?|reporters?|producers?|contributors?|correspondents?|staffers?|journalists?|"
    r"photographers?|researchers?)\s+")
ORG_POSSESSIVE_RE = lazy(r"^(?:[A-Z]{2,}|[A-Z][a-z]+)(?:\.com|\s(?:News|NEWS))?['’][sS]?\s+")
# An outlet of several words, with its "The": "The Washington Post's A", "The Canadian Press' A".
_OUTLET_LAST = "|".join(sorted(w.title() for w in PAPER_WORDS | {"post", "press", "news", "globe", "star", "sun", "mail", "wire"}))
OUTLET_POSSESSIVE_RE = lazy(r"^The\s(?:[A-Z][\w.&-]{0,20}\s){0,3}(?:" + _OUTLET_LAST + r")['’][sS]?\s+")
AGENCY_LEAD_RE = lazy(r"(?i)^(?:the\s+)?(?:associated\s+press|ap)\b\s*")

NAME_WORD = r"[A-Z][\w'’.\-]{0,25}"
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|al|bin|le|la|di|du|dos|das|do)"
_LAST_WORD = rf"(?:{NAME_WORD}|[a-z]{{1,3}}[-'’]{NAME_WORD})"  # "Tour", "al-Amin", "d'Emilio"
NAME_SEQ = rf"{NAME_WORD}(?:\s(?:(?:{NAME_WORD}|{_PARTICLE})\s){{0,2}}{_LAST_WORD}){{1,3}}"  # "Jean-Luc de la Tour"
# Author bios and taglines: "A is a columnist ...", "[*A*](url) *is a ...*"
BIO_RE = lazy(
    rf"^[\[*_]{{0,3}}(?P<name>{NAME_SEQ})[*_]{{0,3}}(?:\]\([^)\s]{{1,300}}\))?(?:\s\(@?\w{{1,30}}\))?[*_\s]{{1,4}}"
    r"(?:is\s(?:a|an|the)\s|(?P<writes>writes|reports|covers)\s(?:about|on|for)\s)")
# The tagline South Asian papers print under an op-ed, naming nobody: "(The writer is a professor of ...)".
ANON_BIO_RE = lazy(r"^\(?(?:The|the)\s(?:writer|author|columnist|contributor|authors|writers)\s(?:is|are|was|were)\s"
                   r"(?:a|an|the|former|currently|based|associated|senior|retired)\b")
QUOTED_RE = lazy(r"\b(?:said|says|told|added)\b|[\"“”]")  # a sentence in a story, not a tagline
BIO_WORDS_RE = lazy(
    r"\b(?:journalist|columnist|writer|author|editor|reporter|correspondent|contributor|"
    r"commentator|blogger|freelancer|editor-at-large)s?\b", re.I)
# Writer contact lines: "Follow Jo Bloggs on Twitter at https://...", "Reach Jo Bloggs at
# jo@example.com", "Email: jo@example.com", "Contact the writer at jo@example.com".
WRITER_CONTACT_RE = lazy(
    rf"^(?:Follow\s(?P<fname>{NAME_SEQ})\s(?:on\s(?:Twitter|X|Bluesky|Threads)\b|at\s\S{{0,30}}twitter\.com|at\s@)"
    rf"|(?:Reach|Contact|E-?mail)\s(?:(?:reporter|writer|columnist)\s)?(?P<rname>{NAME_SEQ})\s(?:at|via|on)\s[^\s@]{{0,64}}@\S{{1,80}}"
    r"(?:,?\sor\s(?:at\s)?\+?[\d(][\d ()\-.]{6,20}\d\.?)?$"  # "... at a@example.com or 555-0100."
    r"|(?:Contact|Reach|E-?mail)\s(?:the\s)?(?:writer|reporter|author|editor)s?\s(?:at|via|on)\s"
    r"|Contact\s(?:the\s)?[A-Z][\w.]{1,20}(?:\s[A-Z][\w.]{1,20})?['’]s?\s(?:[\w-]{1,20}\s){0,4}(?:team|desk|unit)\sat\s)")  # "Contact AP's global investigative team at ..."
# A name opening with an acronym is an outlet's: "Follow BBC Cornwall on X, Facebook and Instagram." (a promo)
OUTLET_FIRST_RE = lazy(r"[A-Z]{2,5}\b")


def outlet_first(name: str) -> bool:
    """A name opening with a known outlet's initials ("BBC Cornwall", "ABC News"), or with initials
    and an outlet's word after them ("KTLA News", "WXYZ Radio"); a writer's initials are none ("TJ Holmes")."""
    m = OUTLET_FIRST_RE.match(name)
    if not m:
        return False
    rest = name[m.end():].lower().split()
    return (m.group(0).lower() in OUTLET_INITIALS or canonical_agency(m.group(0)) is not None
            or any(w in NEWS_OUTLET_WORDS for w in rest))
WITH_AGENCY_RE = lazy(r"^\W{0,3}(?:[-–—]{1,2}[ \t]?)?(?:With|WITH)[ \t](?P<org>[A-Za-z][\w.&'’ -]{1,40}?)[ \t.]*$")
ASSISTANCE_RE = lazy(r"^\W{0,3}-{0,2}\s?With\s(?:assistance|reporting\sassistance)\sfrom\s", re.I)
REACHED_RE = lazy(
    rf"^[\[*_]{{0,3}}(?P<name>{NAME_SEQ})[*_\]]{{0,3}}\s(?:can|may)\sbe\s(?:reached|contacted|followed|e-?mailed)\b")

EMAIL = r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,6}"  # an address, bounded in each part
EMAIL_RE = lazy(EMAIL)
URL_RE = lazy(r"(?:https?://|www\.)[^\s)>\]]{1,300}")
HANDLE_RE = lazy(r"@\w{1,30}")
PHONE_RE = lazy(r"\+?\(?\d[\d ()\-./]{5,30}\d")
CONTACT_NOISE_RE = lazy(
    r"(?i)\b(?:reuters messaging|e-mail|email|tel|telephone|phone|fax|twitter|follow me|mailto)\b[^;)]{0,80}")
SPLIT_RE = lazy(r"\s*(?:,|;|\b(?:and|AND|And)\b|&|\b(?:with|WITH)\b|\s-\s|/|\|)\s*")  # "Editing by A/B", "A | Editing by"
IN_RE = lazy(r"^(?P<name>.+?)\s+(?:in|from|IN|FROM|In|From|aboard|near|outside|on\ board)\s+(?P<loc>[A-Z].*)$")  # "Reporting By A In Oslo", "A aboard Air Force One"
OF_ORG_RE = lazy(r"\s+of\s+(?:the\s+)?[A-Z][^,;]{0,60}$")  # "A of CNN en Español": an affiliation
AT_RE = lazy(r"\s+(?:at|AT)\b.*$")
# A sentence end: not after "R." or "D.C.", nor after "St." in "St. Louis" (NAME_ABBREVIATIONS).
SENTENCE_RE = lazy(
    r"(?:(?<=[A-Za-z]{2}[.!?])|(?<=[0-9)\"”’][.!?]))"
    + "".join(rf"(?<!\b{a}\.)" for a in NAME_ABBREVIATIONS) + r"\s+(?=[A-Z*\[])")

_ABBREV_END_RE = lazy(r"(?<![\w.])(?:" + "|".join(NAME_ABBREVIATIONS) + r")\.$")


def ends_in_name_abbreviation(text: str) -> bool:
    """ "... writer Ana Ruiz in St." : the full stop runs on into a name, it ends no sentence."""
    return _ABBREV_END_RE.search(text[-6:]) is not None


PARTICLE_HYPHEN_RE = lazy(r"[a-z]{1,3}[-'’][A-Z]")  # "al-Amin", "d'Emilio"


def is_person_name(text: str, min_words: int = 2, outlet_surname: bool = False) -> bool:
    """True for "Ann Example", "Jan van der Berg", "Kim O'Test", "J.S. Sample"; with
    ``outlet_surname`` (a writer's title leads the names) also "Christian Press", "Reuben Times",
    but not an agency's name ("Canadian Press").

    >>> is_person_name("Brendan O'Boyle"), is_person_name("Tokyo newsroom"), is_person_name("Reuters")
    (True, False, False)
    """
    words = text.replace("\u00a0", " ").split()
    if not min_words <= len(words) <= 6:
        return False
    last = len(words) - 1
    if outlet_surname and words[-1].lower().strip(".,'’") in SURNAME_OUTLET_WORDS and canonical_agency(text.strip(" .,")):
        return False
    for i, w in enumerate(words):
        lw = w.lower().strip(".,'’")
        if outlet_surname and i == last and i and lw in SURNAME_OUTLET_WORDS and w[:1].isupper():
            continue  # "Christian Press": a surname after a first name
        if lw in CREDIT_NOT_NAMES or "@" in w or "/" in w or ":" in w or any(c.isdigit() for c in w):
            return False
        if not (w[0].isupper() or lw in NAME_PARTICLES or (w[0] in "'‘’" and len(w) > 1)
                or PARTICLE_HYPHEN_RE.match(w)):  # "al-Amin", "el-Sayed"
            return False
    return any(c.islower() for c in text) or len(text) > 3


def clean_contacts(seg: str) -> str:
    """Remove e-mail addresses, links, handles, phone numbers and their labels."""
    seg = re.sub(r"<[^<>]{0,200}>", " ", seg)
    seg = re.sub(r"\[([^\]]{0,100})\]\([^)]{0,300}\)", r"\1", seg)  # [text](url) -> text
    seg = EMAIL_RE.sub(" ", seg)
    seg = URL_RE.sub(" ", seg)
    seg = CONTACT_NOISE_RE.sub(" ", seg)
    seg = HANDLE_RE.sub(" ", seg)
    seg = PHONE_RE.sub(" ", seg)
    return seg


def split_names(seg: str, min_words: int = 2, outlet_surname: bool = False) -> list[Contributor]:
    """Names and their places from one role's text.

    >>> [(c.name, c.location) for c in split_names("A Bee in Washington, C Dee and E Eff in Mexico City")]
    [('A Bee', 'Washington'), ('C Dee', 'Mexico City'), ('E Eff', 'Mexico City')]
    """
    seg = " ".join(clean_contacts(seg).split())  # single spaces keep the splits linear
    seg = seg.strip(" .;:,()-*_\u2013\u2014")
    out: list[Contributor] = []
    pending: list[str] = []
    last_loc_index = -1
    for piece in SPLIT_RE.split(seg):
        piece = AT_RE.sub("", " ".join(piece.split())).strip(" .()*_-\u200b\u200c\u200d\ufeff")  # zero-width marks of web copy
        if not piece:
            continue
        if " of " in piece:
            piece = OF_ORG_RE.sub("", piece)
        if out and last_loc_index == len(out) - 1 and not pending and piece.lower() in REGIONS:
            prev = out[-1]
            out[-1] = Contributor(prev.name, f"{prev.location}, {piece}")
            continue
        m = IN_RE.match(piece)
        if m and is_person_name(m["name"], min_words, outlet_surname):
            loc = m["loc"].strip()
            for name in pending:
                out.append(Contributor(name, loc))
            pending = []
            out.append(Contributor(m["name"].strip(), loc))
            last_loc_index = len(out) - 1
        elif is_person_name(piece, min_words, outlet_surname):
            pending.append(piece)
    out.extend(Contributor(name) for name in pending)
    return out


def _flat(text: str) -> str:
    """One line, without markdown emphasis or a leading dash: "— *The AP contributed.*"."""
    flat = " ".join(text.split()).strip("*_ ")
    if flat[:1] in "—–":
        flat = flat[1:].strip("*_ ")
    if flat[:1] == "(" and flat[-1:] == ")" and CONTACT_WORD_RE.match(flat, 1):
        flat = flat[1:-1].strip()  # Scripps Howard's "(Contact A at a(at)shns.com.)"
    if flat[:1] == "[" and flat[-1:] == "]" and LINE_START_RE.match(flat):
        flat = flat[1:-1].strip()  # Chinese sites' "[Editor: Wang Lei]"
    if ("(at" in flat or "[at" in flat) and "@" not in flat:  # (the pattern's only openings: a plain
        flat = AT_SIGN_RE.sub("@", flat)  # test first) "a(at)shns.com", "a [at] example.com": an address spelt out
    if flat[:1] in "CcAa" and len(flat) <= 400:
        m = CONTRIBUTING_WERE_RE.match(flat)
        if m and not SENTENCE_RE.search(flat.rstrip(" .")):  # one sentence: read as "A and B contributed."
            flat = flat[m.end():].rstrip(" .") + " contributed."
    if ", both of " in flat or ", all of " in flat:
        flat = BOTH_OF_RE.sub("", flat)  # "A and B, both of The Associated Press, contributed"
    return flat


CONTACT_WORD_RE = lazy(r"(?:Contact|Reach|E-?mail|Follow)\s")
# AP's inverted contributor line: "Contributing to this report were Associated Press writers A and B."
CONTRIBUTING_WERE_RE = lazy(r"(?:Also\s)?(?i:contributing)(?:\s(?:to|on)\s(?:this|the)\s(?:report|story|article))?\s(?:were|was)\s(?=\S)")
BOTH_OF_RE = lazy(r",\s(?:both|all)\sof\s(?:[Tt]he\s)?[A-Z][\w.&'’-]{0,30}(?:\s[A-Z][\w.&'’-]{0,30}){0,4},?(?=\s)")
AT_SIGN_RE = lazy(r"(?<=[\w.])[ ]?[(\[]at[)\]][ ]?(?=\w)")


def parse_roles(text: str) -> tuple[Role, ...]:
    """The roles and names of a credit's text (any of the shapes above)."""
    flat = _flat(text)
    if CONTACT_RE.match(flat):
        return _parse_contacts(flat)
    m = WRITE_TO_RE.match(flat)
    if m:
        return (Role("write to", "reporting", tuple(split_names(flat[m.end():]))),)
    m = DASH_CONTACT_RE.match(flat)
    if m and ";" in flat and (EMAIL_RE.search(flat) or PHONE_RE.search(flat)):  # not "- Ann, 555-0100" (a press contact)
        return (Role("contact", "reporting", tuple(split_names(flat[m.end():]))),)
    roles = _parse_role_list(flat)
    if roles:
        return roles
    for rx, role in ((BIO_RE, "bio"), (REACHED_RE, "contact")):
        m = rx.match(flat[1:] if flat[:1] == "(" and flat[-1:] == ")" else flat)  # "(A is a columnist ...)"
        if m and is_person_name(m["name"]):
            return (Role(role, "reporting", (Contributor(m["name"]),)),)
    m = WRITER_CONTACT_RE.match(flat)
    if m:
        name = m["fname"] or m["rname"]
        names = (Contributor(name),) if name and is_person_name(name) else ()
        return (Role("contact", "reporting", names),)
    m = ASSISTANCE_RE.match(flat)
    if m:
        return (Role("with assistance from", "reporting", tuple(split_names(flat[m.end():]))),)
    m = FILES_FROM_RE.match(flat)
    if m:  # organisations are not names: "With files from The Example Press"
        return (Role("files from", "reporting", tuple(split_names(flat[m.end():]))),)
    out = []
    if flat[:1] == "(" and flat[-1:] == ")":
        flat = flat[1:-1]  # "(Example reporters A and B contributed to the story.)"
    for sentence in SENTENCE_RE.split(flat):
        for clause in _clauses(sentence):
            r = _contributed_role(clause)
            if r is not None:
                out.append(r)
    return tuple(out) or (Role("credit", "reporting", ()),)


def _contributed_role(sentence: str) -> Role | None:
    """ "CNN's A and B contributed to this report." -> Role("contributed", [A, B])."""
    sentence = sentence.strip("*_ ")
    m = CONTRIBUTED_RE.search(sentence)
    if not m:
        return None
    titled = CONTRIB_LEAD_RE.match(sentence[:m.start()].strip()) is not None  # "AP writer Christian Press"
    lead = _strip_lead(sentence[:m.start()].strip())
    word = m.group(0).split()[0].lower().rstrip(".!")
    if word == "also":
        word = "contributed"
    single = word == "reported" or bool(re.fullmatch(r"[A-Z][A-Za-z'’\-]{1,25}", lead))
    return Role(word, "reporting", tuple(split_names(lead, 1 if single else 2, titled)))


def _parse_role_list(flat: str) -> tuple[Role, ...]:
    """Reuters-style "Role by names; Role by names" lists."""
    hits = list(ROLE_RE.finditer(flat))
    lead = re.match(r"^\W{0,3}(?:By|BY)\s+", flat)  # "(By Ann Example, editing by ...)"
    if not lead and (not hits or hits[0].start() > 4):
        return ()  # a role list starts with its role: "(Reporting by", "- Editing by:"
    roles = []
    if lead and (not hits or hits[0].start() > lead.end()):
        end = hits[0].start() if hits else len(flat)
        roles.append(Role("by", "reporting", tuple(split_names(flat[lead.end():end]))))
    for i, h in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(flat)
        cut = ROLE_SENTENCE_RE.search(flat, h.end(), end)
        if cut:  # "Editing by A. Please credit the Foundation, ...": a notice, not names
            end = cut.start() + 1
        word = h["role"].lower()
        kind = ROLE_KINDS.get(word, "reporting")
        roles.append(Role(word, kind, tuple(split_names(flat[h.end():end]))))
    return tuple(roles)


# A sentence after a role's names: a full stop after a lower-case word ("Park."; not "Jr.",
# "St.", "B.") and a capitalised word with a lower-case one after it ("Please credit", "Visit our").
ROLE_SENTENCE_RE = lazy(r"(?<=[a-z]{2})\.\s{1,3}(?=[A-Z][a-z]{1,20}\s[a-z])")


def _parse_contacts(flat: str) -> tuple[Role, ...]:
    roles = []
    for part in re.split(r"(?i)(?=\bTo contact\b)", flat):
        m = CONTACT_RE.match(part)
        if not m:
            continue
        who = m["who"].lower()
        kind = "editing" if who.startswith("editor") else "reporting"
        names = []
        for chunk in EMAIL_RE.sub(";", part[m.end():]).split(";"):  # "A at a@x.net, B at b@x.net"
            names.extend(split_names(AT_RE.sub("", chunk.strip())))
        roles.append(Role(f"contact {who}", kind, tuple(names)))
    return tuple(roles)


# --- recognising credits ----------------------------------------------------------------

PAREN_OPEN_RE = lazy(
    r"\(\(?\s*(?:(?i:additional|reporting|writing|editing|compiled|compiling|edited|written|research|by)\b)")
MONEY_RE = lazy(r"^\(\s*(?:\$|US\$|€|£|¥)?\s?1\s?(?:[A-Za-z]{1,8}\s?)?=\s?")
# A correction closing a 1987 story is part of its body ("(Corrects headline and dividend
# figure ...)", "(clarifies that ...)"), so not those two; the bare "(Update ...)", "(Refile ...)" too.
_PAREN_NOTE_VERB = "|".join(v.replace(" ", "[ ]") for v in NOTE_VERBS if v not in ("Corrects", "Clarifies"))
NOTE_RE = lazy(
    rf"^\(\(?\s*(?:(?i:(?:{_PAREN_NOTE_VERB}|update|add|refile|recast|rewrite)\b|this\s(?:story|article|version)\s(?:has|had|was|is)\b|profile\b"
    r"|an?\s(?:previous|earlier)\sversion\sof\sthis\s(?:story|article)\b"  # Bloomberg's correction note
    r"|multimedia\sversions\b)"
    r"|For\supdates\b[^()]{0,200}\b(?:Facebook|Twitter)"
    r"|Only\sthe\sheadline\sand\spicture\b)")
NEWSROOM_PAREN_RE = lazy(r"^\(\(?\s?(?:[A-Z][\w.&'-]{1,25}\s){1,3}(?:Newsroom|newsroom|NEWSROOM)\b[^()]{0,120}\)\)?$")
OPINIONS_RE = lazy(r"^\(\(?\s?" + OPINIONS_ARE)  # "(The opinions expressed here are those of ...)"
# Staff initials in parentheses: "(aa-kjd)", "(VAR-cm-kjd)", "(jh/ml)"; "(R-Texas)", "(Oct-Sept)",
# "(R-TX)" are body, and so is one word ("(lol)", "(sic)": an aside, not one editor's initials).
CODE_RE = lazy(r"^\((?:[A-Z]{1,5}-)?[a-z]{1,5}(?:[-/][a-z]{1,5}){1,3}\s*\)$")


def classify_paren(group: str) -> str | None:
    """What a parenthesised group printed after the story is.

    "credit" a role list, "contact" only addresses and numbers, "note" an editor's note,
    "code" staff initials, "money" an exchange-rate note ("($1 = 0.94 euros)"), None
    anything else.

    >>> classify_paren("(Reporting by A Bee; Editing by C Dee)"), classify_paren("(aa-kjd)")
    ('credit', 'code')
    >>> classify_paren("(By contrast, prices rose.)") is None
    True
    >>> classify_paren("(Example News reporters A Bee and C Dee contributed to the story.)")
    'credit'
    """
    group = " ".join(group.split())
    if PAREN_OPEN_RE.match(group):
        inner = group.lstrip("( ")
        if ROLE_RE.match(inner):
            return "credit"
        by = re.match(r"(?i)by\s+([^,;()]{1,60})", inner)
        if by and inner[:2] in ("By", "BY") and is_person_name(by.group(1).strip()):
            return "credit"
    if FILES_FROM_RE.match(group.lstrip("( ")) and len(group) <= 200:
        return "credit"  # "(With inputs from PTI)"
    inner = group[1:-1] if group[:1] == "(" and group[-1:] == ")" else ""
    if inner and CONTRIBUTED_RE.search(inner.rstrip(" .")) and is_credit_paragraph(inner):
        return "credit"  # "(Xinhua reporters A and B contributed to the story.)"
    if inner and CONTACT_WORD_RE.match(inner) and is_credit_paragraph(group):
        return "credit"  # a writer's contact: "(Contact A at a(at)shns.com.)"
    if NEWSROOM_PAREN_RE.match(group):
        return "credit"  # "(Bengaluru Newsroom: +1 646 223 8780)": a desk, no person
    if MONEY_RE.match(group):
        return "money"
    if NOTE_RE.match(group) or OPINIONS_RE.match(group):
        return "note"  # (and a column's "(The opinions expressed here are those of the author ...)")
    inner = group.strip("() ")
    bio = BIO_RE.match(inner) if len(inner) <= 300 else None
    if bio and is_person_name(bio["name"]) and BIO_WORDS_RE.search(inner):
        return "credit"  # "(Ann Lee is a Reuters columnist. The opinions expressed are her own.)"
    if CODE_RE.match(group):
        return "code"
    if EMAIL_RE.search(group) or PHONE_RE.search(group) or HANDLE_RE.search(group):
        rest = re.sub(r"[\W_]+", "", clean_contacts(group))
        if len(rest) <= 30:
            return "contact"
    return None


def paren_group_start(text: str, floor: int, end: int, budget: int = 3000) -> int | None:
    """Start of the balanced "(...)" group that ends at text[end - 1], or None.

    One unmatched closing parenthesis at the very end is tolerated ("... Tel: +1 202))").
    """
    for stop in (end, end - 1):
        if stop <= floor or text[stop - 1] != ")":
            continue
        depth, i = 0, stop - 1
        low = max(floor, stop - budget)
        while i >= low:
            ch = text[i]
            if ch == ")":
                depth += 1
            elif ch == "(":
                depth -= 1
                if depth == 0:
                    return i
            i -= 1
    return None


def paren_group_end(text: str, start: int, limit: int, budget: int = 3000) -> int:
    """End of the balanced group that opens at text[start] (or the limit when unclosed)."""
    depth = 0
    for i in range(start, min(limit, start + budget)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                j = i + 1
                while j < limit and text[j] == ")":  # "...))" with one "(" too few
                    j += 1
                return j
    return min(limit, start + budget)


def is_role_line(line: str) -> bool:
    """A line that starts a role list: "- Reporting by: A", "Editing by B"."""
    return bool(DPA_RE.match(line) or LINE_START_RE.match(line))


def is_credit_paragraph(flat: str) -> bool:
    """True when a whole paragraph (or glued sentence) is a credit.

    >>> is_credit_paragraph("CNN's Jo Bloggs contributed to this report.")
    True
    >>> is_credit_paragraph("Jo Bloggs contributed $5 million to the campaign.")
    False
    """
    if squashed_longer(flat, 1500, "*_ ", "—–"):
        return False  # without flattening a huge paragraph (called once per piece peeled)
    lead = flat.lstrip()[:2]  # a tagline: "*A is ...*", "— A is ..."; not a list item "* A is ..."
    marked = lead[:1] in "[—–" or (lead[:1] in "*_" and lead[1:2] not in " \t")
    flat = _flat(flat)
    if not flat or len(flat) > 1500:
        return False
    # Each shape is tried only when a word it needs is there (plain substring tests, much
    # cheaper than the patterns, which are then compiled only when a story needs them).
    # The words of the case-insensitive shapes are looked up in lower case in ASCII text
    # only: re's case-insensitive matching knows more letters than str.lower().
    if flat.isascii():
        low = flat[:560].lower()  # BIO_RE's verb starts within 535 characters
        head = low[:120]          # the other shapes' words within 110
        maybe_contact = "contact" in head or "write to" in head
        maybe_files = ("with" in head or "information" in head or "additional" in head or "this" in head
                       or "material" in head or "compiled" in head or "wire reports" in head or "inputs" in head)
        maybe_assistance = "assistance" in head
        maybe_role = ("by" in head or "contribut" in head or "editor" in head or "reporter:" in head
                      or "reporting:" in head or "editing:" in head)
        maybe_bio = ("is a" in low or "is the" in low or "writes " in low or "reports " in low
                     or "covers " in low)
        maybe_reached = " be " in low
    else:
        maybe_contact = maybe_files = maybe_assistance = maybe_role = maybe_bio = maybe_reached = True
    if maybe_contact and (CONTACT_RE.match(flat) or WRITE_TO_RE.match(flat)):
        return len(flat) <= 700
    m = WITH_AGENCY_RE.match(flat) if maybe_files and len(flat) <= 60 else None
    if m and (canonical_agency(m["org"]) or m["org"].lower() in ("agencies", "wires", "wire services")):
        return True  # Gulf papers' "— With AFP", "With agencies": an organisation credit
    m = FILES_FROM_RE.match(flat) if maybe_files else None
    if m and len(flat) <= 200:
        rest = flat[m.end():].split()
        return len(rest) <= 8 and not any(w.lower() in ("said", "says", "told") for w in rest)
    if maybe_assistance and ASSISTANCE_RE.match(flat):
        return len(flat) <= 300
    m = WRITER_CONTACT_RE.match(flat) if flat.startswith(("Follow", "Reach", "Contact", "E-mail", "Email")) else None
    if m and len(flat) <= 300:
        name = m["fname"] or m["rname"]
        return not name or (is_person_name(name) and not outlet_first(name))
    by = (BY_CONTACT_RE.match(flat) if maybe_role else None) or (
        DASH_CONTACT_RE.match(flat) if flat[:1] == "-" or flat.lstrip()[:1] == "-" else None)
    if by and len(flat) <= 300 and (EMAIL_RE.search(flat) or PHONE_RE.search(flat)):
        # "-By Ann Example, Example Newswires; 212-555-0100; ann@example.com": the writer's contact line
        return any(r.names for r in parse_roles(flat)) and _only_names(flat[by.end():])
    if maybe_role and is_role_line(flat) and len(flat) <= 700:
        roles = _parse_role_list(flat)
        if any(r.names for r in roles):
            return _only_names(flat)
        # no person: "Reporting by Tokyo newsroom" yes, "Editing by the board took weeks." no, nor
        # a sentence going on in lower case ("written by the given author, but now ...")
        return (bool(roles) and len(flat) <= 80 and not re.search(r"[.!?]\W*$", flat)
                and not flat[:1].islower())
    if (maybe_bio and len(flat) <= 400 and ANON_BIO_RE.match(flat)
            and not QUOTED_RE.search(flat)):
        return True  # an op-ed's tagline naming nobody: "The writer is a former ambassador to ..."
    m = BIO_RE.match(flat) if maybe_bio else None
    if m and is_person_name(m["name"]) and (_writes_for(flat) if m["writes"] else (
            BIO_WORDS_RE.search(flat[:300]) or marked or flat[:1] in "[*_")):
        return True
    m = REACHED_RE.match(flat) if maybe_reached else None
    if m and is_person_name(m["name"]) and len(flat) <= 400:
        return True
    if len(flat) > 500 or not _credit_verb_near_end(flat):
        return False  # every clause needs its verb, the last one near the end
    clauses = [c for s in SENTENCE_RE.split(flat) for c in _clauses(s)]
    return all(_is_contributed_sentence(c) for c in clauses)


# The verbs of a "... contributed to this report." sentence: within 105 characters of its end.
_CREDIT_END_RE = lazy(r"(?i:contributed|helped|reported|wrote)")


def _credit_verb_near_end(flat: str) -> bool:
    """_CREDIT_END_RE in the last 120 characters; ASCII text (nearly all) by plain substring
    tests, three times faster than the case-insensitive pattern."""
    tail = flat[-120:]
    if not tail.isascii():  # re's case-insensitive matching knows more letters than str.lower()
        return _CREDIT_END_RE.search(tail) is not None
    tail = tail.lower()
    return "contributed" in tail or "reported" in tail or "wrote" in tail or "helped" in tail


def _only_names(flat: str) -> bool:
    """Every piece between the role words is a name, a place or a contact: a role list, not
    a sentence ("Reporting by A and B revealed the scheme.")."""
    text = ROLE_RE.sub(";", flat)
    for piece in SPLIT_RE.split(" ".join(clean_contacts(text).split())):
        piece = AT_RE.sub("", piece).strip(" .;:,()-*_")
        if not piece or piece.lower() in REGIONS:
            continue
        m = IN_RE.match(piece)
        if not (is_person_name(piece) or (m and is_person_name(m["name"]))
                or set(piece.lower().split()) <= CREDIT_NOT_NAMES | {"newsroom", "desk"}
                or canonical_agency(piece)):  # "A, Dow Jones Newswires; ..."
            return False
    return True


def _writes_for(flat: str) -> bool:
    """ "A writes about shipping for Example Weekly." names an outlet; "A writes about it in
    her book." is a sentence about a writer."""
    first = SENTENCE_RE.split(flat)[0]
    return len(first.split()) <= 25 and bool(re.search(r"\sfor\s(?:the\s)?[A-Z]", first))


def _is_contributed_sentence(sentence: str) -> bool:
    """ "CNN's A and B contributed to this report.": everything before the verb is names,
    an organisation's lead ("Associated Press writers", "CNN's") or an organisation."""
    sentence = sentence.strip("*_ ")
    m = CONTRIBUTED_RE.search(sentence)
    if not m or len(sentence) > 400:
        return False
    if not sentence[:m.start()].strip():
        return False  # "contributed from Mexico City." is the end of a wrapped line
    titled = CONTRIB_LEAD_RE.match(sentence[:m.start()].strip()) is not None  # "AP writer Christian Press"
    lead = _strip_lead(sentence[:m.start()].strip())
    if not lead:
        return True  # "The Associated Press contributed to this report."
    words = [w for w in lead.split() if w.lower() not in ("the", "of", "and", "&")]
    if words and words[0].lower() in _PRONOUNS:
        return False  # "He contributed." is a sentence
    if len(words) <= 6 and all(w[0].isupper() for w in words) and "," not in lead:
        return True  # one name or an organisation: "Example", "Example News Service"
    if words and len(words) <= 4 and all(w.lower() in CREDIT_NOT_NAMES for w in words):
        return True  # "Wire services contributed to this report.", "Staff writers contributed."
    single = bool(re.fullmatch(r"[A-Z][A-Za-z'’\-]{1,25}", lead))
    for piece in SPLIT_RE.split(lead):
        piece = piece.strip(" ()*_-")
        if not piece or piece.lower() in REGIONS:
            continue
        if " of " in piece:
            piece = OF_ORG_RE.sub("", piece)
        piece = piece.strip(".")
        im = IN_RE.match(piece)
        if not (is_person_name(piece, 1 if single else 2, titled) or (im and is_person_name(im["name"], 2, titled))):
            return False
    return True


_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those",
             "who", "which", "everyone", "all", "both", "each", "many", "some", "others"}


def _strip_lead(lead: str) -> str:
    """ "AP Science Writer A in B and Associated Press writer C" -> "A in B and C": each
    writer may carry its own lead ("Journalist A and CNN's B": an outlet's possessive)."""
    lead = _strip_one_lead(lead)
    if CONTRIB_WORD_RE.search(lead) or ORG_POSSESSIVE_INNER_RE.search(lead):
        parts = LEAD_SEP_RE.split(lead)
        parts[2::2] = [_strip_one_lead(p) for p in parts[2::2]]
        lead = "".join(parts)
    return lead


CONTRIB_WORD_RE = lazy(r"\b(?i:writers?|reporters?|producers?|contributors?|correspondents?|staffers?|journalists?|"
                      r"photographers?|researchers?)\s")
LEAD_SEP_RE = lazy(r"(,\s{0,3}|\s{1,3}and\s{1,3})")
ORG_POSSESSIVE_INNER_RE = lazy(r"(?:,|\sand)\s{1,3}(?:[A-Z]{2,}|[A-Z][a-z]+)(?:\.com|\s(?:News|NEWS))?['’][sS]?\s")


def _strip_one_lead(lead: str) -> str:
    m = CONTRIB_LEAD_RE.match(lead)
    if m and not re.search(r"\s(?:and|&)\s", m.group(0)):  # not "CNN's A and producer B": a name before the job
        lead = lead[m.end():]
    lead = ORG_POSSESSIVE_RE.sub("", lead)
    lead = OUTLET_POSSESSIVE_RE.sub("", lead)  # "The Washington Post's A", "The Canadian Press's A"
    return AGENCY_LEAD_RE.sub("", lead).strip()


def is_contact_line(line: str) -> bool:
    """A line of addresses printed under a credit heading: "A Bee in Oslo at abee@example.net ;".

    >>> is_contact_line("Ann Example in Oslo at aexample@example.net"), is_contact_line("He said so.")
    (True, False)
    """
    s = line.strip(" \t;.,*_")
    if not s or len(s) > 300 or not EMAIL_RE.search(s):
        return False
    for chunk in EMAIL_RE.sub(";", s).split(";"):
        chunk = chunk.strip(" ,.")
        if chunk and not (AT_RE.search(" " + chunk) and split_names(AT_RE.sub("", chunk))) and chunk not in ("at", "or", "and"):
            return False
    return True


BY_REPEAT_RE = lazy(r"^\s*By\s+(.{3,150})$")


def is_byline_repeat(line: str) -> bool:
    """ "By A and B" printed again under the credit: every piece after "By" is a name."""
    m = BY_REPEAT_RE.match(line)  # (anchored: a line without "By" fails at its first characters)
    if not m:
        return False
    rest = m.group(1).strip()
    pieces = [p for p in SPLIT_RE.split(rest) if p.strip()]
    return bool(pieces) and all(is_person_name(p.strip()) for p in pieces)


def paren_credit_start(text: str, lo: int, hi: int) -> int | None:
    """Start of the parenthesised credit group(s) that end text[lo:hi], or None."""
    end = back_space(text, lo, hi)
    start = None
    while end > lo and text[end - 1] == ")":
        gs = paren_group_start(text, lo, end)
        if gs is None:
            break
        kind = classify_paren(text[gs:end])
        if kind == "credit":
            start = gs
        elif not (start is None and kind == "contact"):
            break
        end = gs
        while end > lo and text[end - 1] in " \t\r\n":
            end -= 1
    return start
