"""wirecli: turn raw news-wire text into structured metadata.

    >>> from wirecli import parse
    >>> parse("LONDON, March 3 (Reuters) - Oil rose.").dateline.cities
    ('LONDON',)
"""
from .model import Byline, Contributor, Credit, Dateline, Role, Story, Wire
from .pipeline import parse

__version__ = "0.1.0"
__all__ = ["parse", "Story", "Byline", "Dateline", "Credit", "Contributor", "Role", "Wire",
           "__version__"]
