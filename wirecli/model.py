"""The story record: frozen, typed, and turned into the documented JSON shape by to_dict().

Every value that was read from the text carries the character span it came from, so that
``text[start:end]`` gives it back as printed.  Spans are half-open ``(start, end)`` offsets
into the decoded input string.

The records are small hand-written classes on ``Frozen`` rather than dataclasses: importing
``dataclasses`` (it pulls in ``inspect``) and building the classes cost ~12 ms, paid by
every run of ``wirecli parse story.txt``.  Fields are the ``__slots__``, in constructor
order; ``replace(record, field=value)`` returns a changed copy.
"""
from __future__ import annotations

Span = tuple[int, int]
_set = object.__setattr__


class FrozenInstanceError(AttributeError):
    """Raised when a field of a frozen record is assigned or deleted."""


class Frozen:
    """Base of the frozen records: read-only fields (the ``__slots__``, in constructor order),
    equality and hash by value, a dataclass-like repr, picklable."""

    __slots__ = ()

    def __setattr__(self, name, value):
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def _values(self) -> tuple:
        return tuple([getattr(self, n) for n in self.__slots__])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return self._values() == other._values()
        return NotImplemented

    def __hash__(self):
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{n}={getattr(self, n)!r}" for n in self.__slots__)
        return f"{self.__class__.__qualname__}({fields})"

    def __reduce__(self):
        return (self.__class__, self._values())


def replace(record, **changes):
    """A copy of ``record`` with some fields changed: ``replace(story, file="a.txt")``.

    Works on the Frozen records and on any class whose ``__slots__`` are its constructor's
    keyword arguments.
    """
    values = {n: getattr(record, n) for n in (getattr(record, "_fields", None) or record.__slots__)}
    values.update(changes)
    return record.__class__(**values)


class Byline(Frozen):
    """One person named in a byline.

    name   the name as printed ("Ted Hesson", "PAUL BYRNE")
    title  job title or affiliation printed with it ("AP Business Writer"), or None
    span   where the name is, or None
    """

    __slots__ = ("name", "title", "span")

    def __init__(self, name: str, title: str | None = None, span: Span | None = None):
        _set(self, "name", name)
        _set(self, "title", title)
        _set(self, "span", span)

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title}


class Dateline(Frozen):
    """The place (and date, agency) printed before the first paragraph.

    text    exactly as printed, dash included: "WASHINGTON/MEXICO CITY (Reuters) -"
    cities  places as printed: ("WASHINGTON", "MEXICO CITY")
    region  state, province or country printed after the (last) city: "Texas", "Calif."
    date    ISO date "YYYY-MM-DD", or "--MM-DD" when the year is unknown, or None
    agency  the agency named in the dateline, in its canonical form (lexicon.AGENCIES)
    span    (start, end)
    """

    __slots__ = ("text", "cities", "region", "date", "agency", "span")

    def __init__(self, text: str, cities: tuple[str, ...], region: str | None, date: str | None,
                 agency: str | None, span: Span):
        _set(self, "text", text)
        _set(self, "cities", cities)
        _set(self, "region", region)
        _set(self, "date", date)
        _set(self, "agency", agency)
        _set(self, "span", span)

    def to_dict(self) -> dict:
        return {"text": self.text, "cities": list(self.cities), "region": self.region,
                "date": self.date}


class Contributor(Frozen):
    """A person named in a credit line, with the place given for them (name, location, span)."""

    __slots__ = ("name", "location", "span")

    def __init__(self, name: str, location: str | None = None, span: Span | None = None):
        _set(self, "name", name)
        _set(self, "location", location)
        _set(self, "span", span)

    def to_dict(self) -> dict:
        return {"name": self.name, "location": self.location}


class Role(Frozen):
    """One role phrase of a credit line and the people it names.

    role   the role words as printed, lower-cased: "reporting", "additional reporting", "editing"
    kind   "reporting" or "editing": which list the names go to
    names  tuple of Contributor
    """

    __slots__ = ("role", "kind", "names")

    def __init__(self, role: str, kind: str, names: tuple[Contributor, ...]):
        _set(self, "role", role)
        _set(self, "kind", kind)
        _set(self, "names", names)

    def to_dict(self) -> dict:
        return {"role": self.role, "names": [c.to_dict() for c in self.names]}


class Credit(Frozen):
    """The trailing credit / contributor line(s).

    text   exactly as printed (may span several lines)
    roles  tuple of Role
    span   (start, end)
    """

    __slots__ = ("text", "roles", "span")

    def __init__(self, text: str, roles: tuple[Role, ...], span: Span):
        _set(self, "text", text)
        _set(self, "roles", roles)
        _set(self, "span", span)

    @property
    def reporting(self) -> list[Contributor]:
        return [c for r in self.roles if r.kind == "reporting" for c in r.names]

    @property
    def editing(self) -> list[Contributor]:
        return [c for r in self.roles if r.kind == "editing" for c in r.names]

    def to_dict(self) -> dict:
        return {"text": self.text,
                "reporting": [c.to_dict() for c in self.reporting],
                "editing": [c.to_dict() for c in self.editing],
                "roles": [r.to_dict() for r in self.roles]}


class Wire(Frozen):
    """A transmission header (ANPA-1312 / IPTC 7901) read from the top of a story.

    format is "anpa" or "iptc7901"; the other fields are the header's, or None.
    """

    __slots__ = ("format", "selector", "sequence", "originator", "priority", "category", "slug",
                 "version", "date", "word_count", "span")

    def __init__(self, format: str, selector: str | None = None, sequence: str | None = None,
                 originator: str | None = None, priority: str | None = None,
                 category: str | None = None, slug: str | None = None, version: str | None = None,
                 date: str | None = None, word_count: int | None = None, span: Span | None = None):
        _set(self, "format", format)
        _set(self, "selector", selector)
        _set(self, "sequence", sequence)
        _set(self, "originator", originator)
        _set(self, "priority", priority)
        _set(self, "category", category)
        _set(self, "slug", slug)
        _set(self, "version", version)
        _set(self, "date", date)
        _set(self, "word_count", word_count)
        _set(self, "span", span)

    def to_dict(self) -> dict:
        return {"format": self.format, "selector": self.selector, "sequence": self.sequence,
                "originator": self.originator, "priority": self.priority,
                "category": self.category, "slug": self.slug, "version": self.version,
                "date": self.date, "word_count": self.word_count}


try:
    from _collections import _tuplegetter  # what namedtuple's fields use (CPython)
except ImportError:  # pragma: no cover
    from operator import itemgetter as _itemgetter

    def _tuplegetter(index, doc):
        return property(_itemgetter(index), doc=doc)


class Part(tuple):
    """A stretch of the story the parser classified, with the rule that did it.

    kind   headline, caption, byline, dateline, body, credit, signoff, wire or other
    span   (start, end)
    rule   the rule that produced it, "module.function" style
    lines  first and last line (1-based) of the input it came from, or None

    A tuple underneath, read-only like the other records: a story of 250,000 one-word
    paragraphs makes 250,000 Parts, so one must cost no more than a tuple.
    """

    __slots__ = ()
    _fields = ("kind", "span", "rule", "lines")
    kind = _tuplegetter(0, "What the stretch is.")
    span = _tuplegetter(1, "(start, end) in the decoded input.")
    rule = _tuplegetter(2, "The rule that produced it.")
    lines = _tuplegetter(3, "First and last line (1-based), or None.")

    def __new__(cls, kind: str, span: Span, rule: str, lines: tuple[int, int] | None = None):
        return tuple.__new__(cls, (kind, span, rule, lines))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self) -> str:
        return f"Part(kind={self[0]!r}, span={self[1]!r}, rule={self[2]!r}, lines={self[3]!r})"


class Story(Frozen):
    """One parsed wire story.

    parts  every classified stretch of the input, in text order (see ``spans``)
    """

    __slots__ = ("headline", "captions", "bylines", "agency", "dateline", "credit", "body", "wire",
                 "parts", "warnings", "file", "story")

    def __init__(self, headline: str | None = None, captions: tuple[str, ...] = (),
                 bylines: tuple[Byline, ...] = (), agency: str | None = None,
                 dateline: Dateline | None = None, credit: Credit | None = None, body: str = "",
                 wire: Wire | None = None, parts: tuple[Part, ...] = (),
                 warnings: tuple[str, ...] = (), file: str | None = None, story: int = 1):
        _set(self, "headline", headline)
        _set(self, "captions", captions)
        _set(self, "bylines", bylines)
        _set(self, "agency", agency)
        _set(self, "dateline", dateline)
        _set(self, "credit", credit)
        _set(self, "body", body)
        _set(self, "wire", wire)
        _set(self, "parts", parts)
        _set(self, "warnings", warnings)
        _set(self, "file", file)
        _set(self, "story", story)

    @property
    def word_count(self) -> int:
        return len(self.body.split())

    def spans(self) -> dict:
        """Field name -> list of [start, end] offsets in the decoded input."""
        out: dict[str, list[list[int]]] = {}
        for p in self.parts:
            key = "captions" if p.kind == "caption" else p.kind
            out.setdefault(key, []).append([p.span[0], p.span[1]])
        if self.bylines:
            out["bylines"] = [list(b.span) for b in self.bylines if b.span]
        return out

    def to_dict(self, *, explain: bool = False) -> dict:
        """The documented JSON record, in the contract's key order."""
        d = {
            "file": self.file,
            "story": self.story,
            "headline": self.headline,
            "captions": list(self.captions),
            "bylines": [b.to_dict() for b in self.bylines],
            "agency": self.agency,
            "dateline": self.dateline.to_dict() if self.dateline else None,
            "credit": self.credit.to_dict() if self.credit else None,
            "body": self.body,
            "word_count": self.word_count,
        }
        if self.wire is not None:
            d["wire"] = self.wire.to_dict()
        d["warnings"] = list(self.warnings)
        d["spans"] = self.spans()
        if explain:
            d["explain"] = [{"kind": p.kind, "rule": p.rule, "span": list(p.span),
                             "lines": list(p.lines) if p.lines else None}
                            for p in self.parts]
        return d


class Options(Frozen):
    """Core options, with their defaults.

    year   year for datelines that print only month and day
    extra  a dict of further options (a new dict for each Options)
    """

    __slots__ = ("year", "extra")

    def __init__(self, year: int | None = None, extra: dict | None = None):
        _set(self, "year", year)
        _set(self, "extra", {} if extra is None else extra)
