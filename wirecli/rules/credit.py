"""Credit and contributor lines: who reported, wrote and edited the story.

Shapes handled (one real shape each):
    "(Reporting by A in Washington, B and C in Mexico City; Editing by D and E)"   Reuters
    "((Reporting by A, editing by B; a@reuters.com; +1 646 223 6116))"          with contacts
    "(Additional reporting by A in Paris) (Reporting by B; Editing by C)"        two groups
    "(Reporting by Alban KacherEditing by Mark Potter)"                          glued roles
    "Associated Press writers A in B, C in D and E contributed to this report."  AP
    "X reported from Washington."                                                AP lead writer
    "CNN's A, B and C contributed to this report."                               CNN
    "To contact the reporter on this story: A in City at a@bloomberg.net"        Bloomberg
    "To contact the editors responsible for this story: A at a@...; B at b@..."  Bloomberg
    "Write to A at a@wsj.com and B at b@wsj.com"                                 Dow Jones
    "- Reporting by: A - Editing by: B"                                          dpa
    "With files from The Canadian Press", "(Reporting by Tokyo newsroom)"        no person

Left alone: "Reporting by" inside a body sentence that runs on after the names; e-mail
addresses and phone numbers are never names.
"""
from __future__ import annotations

import re

from ..lexicon import NAME_PARTICLES, REGIONS, ROLE_KINDS, TITLE_WORDS
from ..model import Contributor, Role

# Role words, longest first, then "by" or ":"; case-insensitive but a glued role
# ("KacherEditing by") is found by its capital letter.
ROLE_RE = re.compile(
    r"(?:(?<![A-Za-z])|(?<=[a-z])(?=[A-Z]))"
    r"(?P<role>(?i:additional\ reporting\ and\ writing|additional\ reporting|additional\ writing"
    r"|additional\ editing|additional\ research|reporting\ and\ writing|writing\ and\ editing"
    r"|reporting|writing|editing|compiled|compiling|edited|written|research|fact-checking"
    r"|sub-editing|photos|graphics|video|story))"
    r"(?P<tail>(?i:[ \t]{0,3}(?:by[ \t:]{1,3}(?:by[ \t]{1,3})?|:[ \t]{0,3})|[ \t]{1,3}(?=[A-Z])))",
    re.VERBOSE)

# Paragraph-level credit shapes that are not Reuters role lists.
CONTACT_RE = re.compile(
    r"^\W{0,3}To contact (?:the )?(?P<who>reporters?|editors?|Bloomberg News staff|Bloomberg staff)"
    r"[^:]{0,60}:\s*", re.I)
WRITE_TO_RE = re.compile(r"^\W{0,3}Write to\s+", re.I)
CONTRIBUTED_RE = re.compile(
    r"\b(?:contributed(?:\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article))?|contributed reporting"
    r"|helped with this (?:report|story)|reported from|also contributed|contributed from)\b[^.]{0,80}\.?\s*$",
    re.I)
FILES_FROM_RE = re.compile(r"^\W{0,3}(?:With (?:additional )?(?:files|inputs|reporting) from|Information from)\b", re.I)
DPA_RE = re.compile(r"^\W{0,3}-?\s*Reporting by:\s", re.I)

EMAIL_RE = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
PHONE_RE = re.compile(r"\+?\(?\d[\d ()\-./]{5,}\d")
CONTACT_NOISE_RE = re.compile(
    r"(?i)(?:reuters messaging|e-mail|email|tel|telephone|phone|fax|twitter|follow me)[^;)]*")
SPLIT_RE = re.compile(r"\s*(?:,|;|\band\b|&|\bwith\b)\s*")
IN_RE = re.compile(r"^(?P<name>.+?)\s+(?:in|from)\s+(?P<loc>[A-Z].*)$")
AT_RE = re.compile(r"\s+at\s+\S+.*$")


def is_person_name(text: str) -> bool:
    """True for "Ted Hesson", "Pedro Nicolaci da Costa", "O'Boyle"-style names.

    >>> is_person_name("Brendan O'Boyle"), is_person_name("Tokyo newsroom"), is_person_name("Reuters")
    (True, False, False)
    """
    words = text.replace("\u00a0", " ").split()
    if not 2 <= len(words) <= 6:
        return False
    for w in words:
        lw = w.lower().strip(".,")
        if lw in TITLE_WORDS or "@" in w or any(c.isdigit() for c in w):
            return False
        if not (w[0].isupper() or lw in NAME_PARTICLES or w[0] in "'‘"):
            return False
    return True


def split_names(seg: str) -> list[Contributor]:
    """Names and their places from one role's text.

    >>> [(c.name, c.location) for c in split_names("A Bee in Washington, C Dee and E Eff in Mexico City")]
    [('A Bee', 'Washington'), ('C Dee', 'Mexico City'), ('E Eff', 'Mexico City')]
    """
    seg = EMAIL_RE.sub(" ", seg)
    seg = CONTACT_NOISE_RE.sub(" ", seg)
    seg = PHONE_RE.sub(" ", seg)
    seg = seg.strip(" .;:,()-\u2013\u2014")
    out: list[Contributor] = []
    pending: list[str] = []
    last_loc_index = -1
    for piece in SPLIT_RE.split(seg):
        piece = AT_RE.sub("", piece).strip(" .()")
        if not piece:
            continue
        if out and last_loc_index == len(out) - 1 and not pending and piece.lower() in REGIONS:
            prev = out[-1]
            out[-1] = Contributor(prev.name, f"{prev.location}, {piece}")
            continue
        m = IN_RE.match(piece)
        if m and is_person_name(m["name"]):
            loc = m["loc"].strip()
            for name in pending:
                out.append(Contributor(name, loc))
            pending = []
            out.append(Contributor(m["name"].strip(), loc))
            last_loc_index = len(out) - 1
        elif is_person_name(piece):
            pending.append(piece)
    out.extend(Contributor(name) for name in pending)
    return out


def parse_roles(text: str) -> tuple[Role, ...]:
    """The roles and names of a credit's text (any of the shapes above)."""
    flat = " ".join(text.split())
    m = CONTACT_RE.match(flat)
    if m:
        return _parse_contacts(flat)
    m = WRITE_TO_RE.match(flat)
    if m:
        return (Role("write to", "reporting", tuple(split_names(flat[m.end():]))),)
    roles = _parse_role_list(flat)
    if roles:
        return roles
    m = CONTRIBUTED_RE.search(flat)
    if m:
        lead = flat[:m.start()]
        lead = re.sub(r"^.*?\b(?:writers?|reporters?|producers?|contributors?|correspondents?)\s+", "", lead)
        lead = re.sub(r"^(?:CNN|ABC News|NBC News|CBS News)['’]s?\s+", "", lead)
        lead = re.sub(r"(?i)^(?:the\s+)?(?:associated press|ap)\s+", "", lead)
        names = split_names(lead)
        if not names and "reported from" in m.group(0).lower():
            names = split_names(lead + " " + m.group(0))
        return (Role(m.group(0).split()[0].lower(), "reporting", tuple(names)),)
    return (Role("credit", "reporting", ()),)


def _parse_role_list(flat: str) -> tuple[Role, ...]:
    """Reuters-style "Role by names; Role by names" lists."""
    hits = list(ROLE_RE.finditer(flat))
    if not hits:
        lead = re.match(r"^\W{0,3}By\s+", flat)  # "(By Jamie McGeever, editing by ...)"
        if not lead:
            return ()
    roles = []
    lead = re.match(r"^\W{0,3}By\s+", flat)
    if lead and (not hits or hits[0].start() > lead.end()):
        end = hits[0].start() if hits else len(flat)
        roles.append(Role("by", "reporting", tuple(split_names(flat[lead.end():end]))))
    for i, h in enumerate(hits):
        end = hits[i + 1].start() if i + 1 < len(hits) else len(flat)
        word = h["role"].lower()
        kind = ROLE_KINDS.get(word, "reporting")
        roles.append(Role(word, kind, tuple(split_names(flat[h.end():end]))))
    return tuple(roles)


def _parse_contacts(flat: str) -> tuple[Role, ...]:
    roles = []
    parts = re.split(r"(?i)(?=\bTo contact\b)", flat)
    for part in parts:
        m = CONTACT_RE.match(part)
        if not m:
            continue
        who = m["who"].lower()
        kind = "editing" if who.startswith("editor") else "reporting"
        names = []
        for chunk in re.split(r"\s*;\s*|(?<=\.net)\s+|(?<=\.com)\s+", part[m.end():]):
            chunk = AT_RE.sub("", chunk.strip())
            names.extend(split_names(chunk))
        roles.append(Role(f"contact {who}", kind, tuple(names)))
    return tuple(roles)


# --- finding credits at the end of a story -------------------------------------------

PAREN_OPEN_RE = re.compile(
    r"\(\(?\s*(?:(?i:additional|reporting|writing|editing|compiled|edited|written|research|by)\b)")
LINE_START_RE = re.compile(
    r"^\W{0,3}(?:(?i:additional reporting|reporting|writing|editing|compiled)\s+by\b"
    r"|(?i:reporting|editing) by:)")


def paren_credit_start(text: str, lo: int, hi: int) -> int | None:
    """Start of the parenthesised credit group(s) that end text[lo:hi], or None.

    Walks back over balanced "(...)" groups; the earliest group that opens with a
    role word starts the credit, and every group after it belongs to the credit.
    """
    end = hi
    while end > lo and text[end - 1].isspace():
        end -= 1
    start = None
    budget = 3000
    while end > lo and text[end - 1] == ")" and budget > 0:
        depth, i = 0, end - 1
        while i >= lo and budget > 0:
            budget -= 1
            ch = text[i]
            if ch == ")":
                depth += 1
            elif ch == "(":
                depth -= 1
                if depth == 0:
                    break
            i -= 1
        if i < lo or depth != 0:
            break
        if PAREN_OPEN_RE.match(text, i) or (start is not None and text[i:i + 2] == "(("):
            start = i
        elif start is None and not EMAIL_RE.search(text, i, end):
            break
        end = i
        while end > lo and text[end - 1] in " \t\r\n":
            end -= 1
    return start


def is_credit_paragraph(flat: str) -> bool:
    """True when a whole paragraph is a credit (not a parenthesised Reuters one)."""
    if len(flat) > 700:
        return False
    if CONTACT_RE.match(flat) or WRITE_TO_RE.match(flat) or FILES_FROM_RE.match(flat):
        return True
    if DPA_RE.match(flat) or LINE_START_RE.match(flat):
        return True
    m = CONTRIBUTED_RE.search(flat)
    if m and len(flat) < 400:
        return bool(split_names(flat[:m.start()]) or re.search(
            r"(?i)associated press|\bAP\b|CNN|contributed to this report", flat))
    return False
