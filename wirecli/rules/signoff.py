"""Sign-offs and footers: the lines after the story that are neither body nor credit.

Shapes handled (one line each, matched from the end of the story upwards):
    " Reuter", "REUTER", "REUTE", "Reuter4", "REUTER11:43/VB"   1987 Reuters sign-offs
    "Enditem"                                                  Xinhua
    "(END) Dow Jones Newswires", "11-19-24 0653ET"             Dow Jones
    "AP-WF-11-13-13 1509GMT<"                                  AP filing line
    "Our Standards: The Thomson Reuters Trust Principles."     Reuters web footer
    "© 2019 Associated Press. All Rights Reserved."            copyright lines
    "For more articles like this, please visit us at ..."      promos and teasers
    "AFP", "PTI", "hh/ph/ts/hd", "dpa grj rmo"                 agency names and staff codes
    "___"                                                      AP separator
A "Reuters." that finishes a sentence ("... told" / "Reuters.") is body, not a sign-off.
"""
from __future__ import annotations

import re

from .agency import canonical_agency
from .dates import _one_edit

# A whole line that is a sign-off or footer.  Each alternative is anchored and bounded.
SIGNOFF_LINE_RE = re.compile(
    r"""^[\s\x00-\x1f\x7f*_]*(?:
        [Ee]nd\s?item\b.{0,10}
      | \(END\)\ Dow\ Jones\ Newswires.{0,80}
      | \d\d-\d\d-\d\d\s+\d{4}\s?(?:ET|GMT|EDT|EST)\b.{0,5}
      | [A-Z]{2,4}-[A-Z]{2,4}-\d\d-\d\d-\d\d\s+\d{4}(?:\s?[A-Z]{2,3})?.{0,5}   # AP-WF-11-13-13 1509GMT<
      | AP-[A-Z]{2}-\d\d-\d\d-\d\d.{0,20}
      | NYT-\d\d-\d\d-\d\d.{0,20}
      | Our\ Standards:.{0,80}
      | (?:©|\(c\)|\(C\)|Copyright\b|c\.\s?\d{4}).{0,300}
      | .{0,40}All\ [Rr]ights\ [Rr]eserved.{0,300}
      | For\ more\ articles\ like\ this.{0,200}
      | Subscribe\ now\ to\ stay\ ahead.{0,200}
      | Read\ more:.{0,300}
      | Keywords?:.{0,300}
      | E-mail\ to\ a\ friend.{0,20}
      | Sorry\ we\ are\ not\ currently\ accepting\ comments.{0,40}
      | View\ (?:original|source)\ (?:content|version).{0,400}
      | SOURCE:?\s.{0,120}
      | \*\*SOURCE:\*\*.{0,200}
      | \(Corrects\b.{0,300}|\(Updates\b.{0,300}|\(Adds\b.{0,300}|\(Refiles?\b.{0,300}
      | _{2,}\s*|-{3,}\s*|\*\s\*\s\*.{0,20}
      | [a-z]{2,4}(?:/[a-z]{2,4}){1,6}\s*                                  # staff codes hh/ph/ts
      | dpa\ [a-z]{2,4}(?:\ [a-z]{2,4}){0,4}\s*
      | ends?\s*|ENDS?\s*|ENDIT\s*
      | \x03.{0,40}
    )$""", re.VERBOSE)


def is_signoff_line(line: str) -> bool:
    """True when the whole line is a sign-off, footer or separator.

    >>> is_signoff_line(" Reuter"), is_signoff_line("Enditem"), is_signoff_line("He told Reuters.")
    (True, True, False)
    """
    s = line.strip()
    if not s:
        return False
    if len(s) <= 12 and canonical_agency(s.strip(" .")) is not None:
        return True  # "AFP", "PTI": a bare agency on the last line
    if len(s) > 600:
        return False
    return is_reuter_signoff(s) or bool(SIGNOFF_LINE_RE.match(s))


FIRST_WORD_RE = re.compile(r"[A-Za-z]+")


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
    return not re.search(r"[a-z]{3}", rest)


# A sign-off printed at the end of the last line: "... he said. REUTER", "...  Reuter".
TRAILING_SIGNOFF_RE = re.compile(r"(?:(?<=[.\"'”)])|\s)\s*(?:REUTER|Reuter)[A-Z0-9:/.^ ]{0,20}$")


def trailing_signoff(line: str) -> int | None:
    """Offset within ``line`` where a trailing sign-off starts, or None."""
    m = TRAILING_SIGNOFF_RE.search(line)
    if not m:
        return None
    return m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))


SIGNOFF_AGENCY_RE = re.compile(
    r"^\W*(?:(?P<reuter>R[A-Z]{0,2}E?U?I?TER|Reuter)|(?P<xinhua>[Ee]nd\s?item)|(?P<dj>\(END\) Dow Jones)"
    r"|(?:©|\(c\)|Copyright|c\.)\s?(?:\(c\)\s?)?(?:\d{4}\s?)?(?P<copy>[A-Z][\w .&-]{1,40}))")


def signoff_agency(line: str) -> str | None:
    """The agency a sign-off names, if any ("Reuter" -> Reuters, "Enditem" -> Xinhua)."""
    s = line.strip()
    if len(s) <= 12 and canonical_agency(s.strip(" .")):
        return canonical_agency(s.strip(" ."))
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
