"""The story record: frozen, typed, and turned into the documented JSON shape by to_dict().

Every value that was read from the text carries the character span it came from, so that
``text[start:end]`` gives it back as printed.  Spans are half-open ``(start, end)`` offsets
into the decoded input string.
"""
from __future__ import annotations

from dataclasses import dataclass, field

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Byline:
    """One person named in a byline."""

    name: str
    """The name as printed ("Ted Hesson", "PAUL BYRNE")."""
    title: str | None = None
    """Job title or affiliation printed with it ("AP Business Writer"), or None."""
    span: Span | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "title": self.title}


@dataclass(frozen=True, slots=True)
class Dateline:
    """The place (and date, agency) printed before the first paragraph."""

    text: str
    """Exactly as printed, dash included: "WASHINGTON/MEXICO CITY (Reuters) -"."""
    cities: tuple[str, ...]
    """Places as printed: ("WASHINGTON", "MEXICO CITY")."""
    region: str | None
    """State, province or country printed after the (last) city: "Texas", "Calif."."""
    date: str | None
    """ISO date "YYYY-MM-DD", or "--MM-DD" when the year is unknown, or None."""
    agency: str | None
    """The agency named in the dateline, canonical short form."""
    span: Span

    def to_dict(self) -> dict:
        return {"text": self.text, "cities": list(self.cities), "region": self.region,
                "date": self.date}


@dataclass(frozen=True, slots=True)
class Contributor:
    """A person named in a credit line, with the place given for them."""

    name: str
    location: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict:
        return {"name": self.name, "location": self.location}


@dataclass(frozen=True, slots=True)
class Role:
    """One role phrase of a credit line and the people it names."""

    role: str
    """The role words as printed, lower-cased: "reporting", "additional reporting", "editing"."""
    kind: str
    """"reporting" or "editing": which list the names go to."""
    names: tuple[Contributor, ...]

    def to_dict(self) -> dict:
        return {"role": self.role, "names": [c.to_dict() for c in self.names]}


@dataclass(frozen=True, slots=True)
class Credit:
    """The trailing credit / contributor line(s)."""

    text: str
    """Exactly as printed (may span several lines)."""
    roles: tuple[Role, ...]
    span: Span

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


@dataclass(frozen=True, slots=True)
class Wire:
    """A transmission header (ANPA-1312 / IPTC 7901) read from the top of a story."""

    format: str
    """"anpa" or "iptc7901"."""
    selector: str | None = None
    sequence: str | None = None
    originator: str | None = None
    priority: str | None = None
    category: str | None = None
    slug: str | None = None
    version: str | None = None
    date: str | None = None
    word_count: int | None = None
    span: Span | None = None

    def to_dict(self) -> dict:
        return {"format": self.format, "selector": self.selector, "sequence": self.sequence,
                "originator": self.originator, "priority": self.priority,
                "category": self.category, "slug": self.slug, "version": self.version,
                "date": self.date, "word_count": self.word_count}


@dataclass(frozen=True, slots=True)
class Part:
    """A stretch of the story the parser classified, with the rule that did it."""

    kind: str
    """headline, caption, byline, dateline, body, credit, signoff, wire or other."""
    span: Span
    rule: str
    """The rule that produced it, "module.function" style."""
    lines: tuple[int, int] | None = None
    """First and last line (1-based) of the input it came from."""


@dataclass(frozen=True, slots=True)
class Story:
    """One parsed wire story."""

    headline: str | None = None
    captions: tuple[str, ...] = ()
    bylines: tuple[Byline, ...] = ()
    agency: str | None = None
    dateline: Dateline | None = None
    credit: Credit | None = None
    body: str = ""
    wire: Wire | None = None
    parts: tuple[Part, ...] = ()
    """Every classified stretch of the input, in text order (see ``spans``)."""
    warnings: tuple[str, ...] = ()
    file: str | None = None
    story: int = 1

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


@dataclass(frozen=True, slots=True)
class Options:
    """Core options, with their defaults."""

    year: int | None = None
    """Year for datelines that print only month and day."""
    extra: dict = field(default_factory=dict)
