"""Month names and printed dates, including the garbled months of 1987 copy.

Shapes handled:
    "Feb 26", "Feb. 26", "Sept 9", "March 3"            Reuters / AP / UPI
    "Feb. 10, 2025", "February 07, 2025", "Nov. 23 , 2005"  press releases, Xinhua archives
    "Jan.5", "March 3rd"                                Xinhua with no space, an ordinal day
    "Narch 2", "Macrh 31", "Marc 3", "ABR 7"             misprints read as the nearest month
A weekday is never a month ("TUE, APR 07 -" is a list item, not a date).
"""
from __future__ import annotations

import re

from ..lazyre import lazy
from ..lexicon import MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS

# The first three letters of a month's or a weekday's name, capitalised, as a pattern: "Jan" ...
# "Dec", "Mon" ... "Sun" (a pattern adds what may follow: "Sept.", "Thursday").
MONTH_ABBR = "(?:" + "|".join(name[:3].title() for name in MONTHS) + ")"
WEEKDAY_ABBR = "(?:" + "|".join(sorted(day.title() for day in WEEKDAYS if len(day) == 3)) + ")"

# A month-like word, a day of one or two digits, an optional ", YYYY".
DATE_RE = lazy(
    r"""(?P<month>[A-Za-z]{3,10})             # month word, maybe abbreviated ("April, 13" in 1987)
        (?:\.,?[ \t\u00a0]{0,4}|,?[ \t\u00a0]{1,4})   # a space, or a full stop and maybe none ("Jan.5", Xinhua)
        (?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d\w])   # the day, maybe an ordinal ("March 3rd")
        (?:[ \t\u00a0]{0,2},[ \t\u00a0]{0,3}(?P<year>(?:19|20)\d\d))?  # an optional year
    """, re.VERBOSE)


def _one_edit(a: str, b: str) -> bool:
    """True when a and b differ by one substitution, insertion, deletion or swap."""
    if a == b:
        return False
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (len(diff) == 2 and diff[1] == diff[0] + 1
                and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


def month_number(word: str) -> int | None:
    """The month a printed word names, forgiving one typo.

    >>> month_number("Sept"), month_number("Narch"), month_number("Marc"), month_number("Mayor")
    (9, 3, 3, None)
    """
    w = word.lower().rstrip(".")
    if w in MONTHS:
        return MONTHS[w]
    if w in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[w]
    if len(w) < 3:
        return None
    prefix = [n for name, n in MONTHS.items() if name.startswith(w)]
    if len(prefix) == 1:
        return prefix[0]
    near = {n for name, n in MONTHS.items() if name != "may" and _one_edit(w, name)}
    return near.pop() if len(near) == 1 else None


def iso_date(month: int, day: int, year: int | None) -> str | None:
    """ISO "YYYY-MM-DD", or ISO 8601's "--MM-DD" without a year; None if impossible."""
    if not _valid_date(year or 2000, month, day):  # 2000 is a leap year: Feb 29 stays valid
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"--{month:02d}-{day:02d}"


_MONTH_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _valid_date(year: int, month: int, day: int) -> bool:
    """What datetime.date(year, month, day) accepts (without importing datetime at start-up).

    >>> _valid_date(2000, 2, 29), _valid_date(1900, 2, 29), _valid_date(1987, 4, 31), _valid_date(0, 1, 1)
    (True, False, False, False)
    """
    if not (1 <= year <= 9999 and 1 <= month <= 12 and 1 <= day <= _MONTH_DAYS[month - 1]):
        return False
    return month != 2 or day < 29 or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))


def read_date(text: str, year: int | None = None) -> str | None:
    """The ISO date of a printed "Month Day[, Year]", or None.

    >>> read_date("Feb. 10, 2025"), read_date("Sept 9"), read_date("Sept 9", 2014)
    ('2025-02-10', '--09-09', '2014-09-09')
    """
    m = DATE_RE.fullmatch(text.strip())
    if not m:
        return None
    month = month_number(m["month"])
    if month is None:
        return None
    printed = int(m["year"]) if m["year"] else None
    return iso_date(month, int(m["day"]), printed or year)
