"""Agency names: one canonical short form for every spelling a wire prints.

Shapes handled:
    "(Reuters)", "(REUTERS)", "(AP)", "(Xinhua)", "(dpa)"      dateline parentheses
    "/PRNewswire/", "--(BUSINESS WIRE)--", "(GLOBE NEWSWIRE)"  press-release wires
    "Associated Press", "The Associated Press"                 byline titles, credits
    "Reuter"                                                   the 1987 sign-off
"""
from __future__ import annotations

import re

from ..lexicon import AGENCIES

_STRIP_RE = re.compile(r"[^\w&' -]+")
_SUFFIX_RE = re.compile(r"(?:-asia|-hispanic|-pr|-ir| staff| wire staff| l\.?p\.?)$")


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
    key = " ".join(_STRIP_RE.sub(" ", name).split()).lower()
    if len(key) > 40:
        return None
    if key in AGENCIES:
        return AGENCIES[key]
    key = _SUFFIX_RE.sub("", key).strip()
    return AGENCIES.get(key)
