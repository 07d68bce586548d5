"""Output renderers: strings and rich renderables, never I/O.

JSON Lines: one compact object per line.  JSON: one object for one story, an array for
several.  Table: a rich Table (rich is imported only here, and only for tables).
"""
from __future__ import annotations

import json
import re

from .lazyre import lazy
from .model import Story

# Characters that would drive a terminal or reorder what it shows: C0/C1 controls (ESC,
# CSI, OSC, BEL, CR, backspace, ...) except tab and newline; the Unicode line separators;
# bidirectional overrides and isolates ("Trojan Source" text that reads differently).
_CONTROL_RE = lazy(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


# Line breaks that json.dumps leaves raw with ensure_ascii=False: NEL, LINE and PARAGRAPH
# SEPARATOR.  Tools that split lines the Unicode way (Python's str.splitlines) would cut
# a record in two on them, so they are written as \u escapes (still valid JSON).
_JSON_BREAKS_RE = lazy("[\u0085\u2028\u2029]")


def to_json_line(record: dict) -> str:
    r"""One compact JSON line: non-ASCII kept, every line-break character escaped.

    >>> to_json_line({"body": "a\u2028b\nc"})
    '{"body":"a\\u2028b\\nc"}'
    """
    line = _compact(record)
    if "\u0085" in line or "\u2028" in line or "\u2029" in line:  # rare: test before a regex pass
        line = _JSON_BREAKS_RE.sub(lambda m: f"\\u{ord(m.group()):04x}", line)
    return line


# One encoder for every record (json.dumps with options builds a new one per call).
_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def to_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)


def safe_text(text: str | None) -> str:
    r"""Text safe to show on a terminal: control characters shown as \xNN or \uNNNN.

    Give the result to rich as a ``Text`` (never as a markup string), so "[bold]" stays
    literal too.

    >>> safe_text("Oil\x1b[31m rises\x07 \u202eevil")
    'Oil\\x1b[31m rises\\x07 \\u202eevil'
    """
    if text is None:
        return ""
    return _CONTROL_RE.sub(_escape, text)


def _escape(m: re.Match) -> str:
    code = ord(m.group(0))
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _names(items) -> str:
    return ", ".join(i["name"] + (f" ({i['location']})" if i.get("location") else "") for i in items)


def story_table(record: dict, *, explain: bool = False):
    """A Field / Value table for one story."""
    from rich.table import Table
    from rich.text import Text

    t = Table(title=Text(safe_text(record.get("file") or "-")), show_lines=True)
    t.add_column("Field", style="bold cyan", no_wrap=True)
    t.add_column("Value", overflow="fold")
    dl = record.get("dateline") or {}
    cr = record.get("credit") or {}
    rows = [
        ("headline", record.get("headline") or ""),
        ("captions", "\n".join(record.get("captions") or [])),
        ("bylines", "\n".join(b["name"] + (f" — {b['title']}" if b.get("title") else "")
                              for b in record.get("bylines") or [])),
        ("agency", record.get("agency") or ""),
        ("dateline", dl.get("text") or ""),
        ("cities", ", ".join(dl.get("cities") or [])),
        ("region", dl.get("region") or ""),
        ("date", dl.get("date") or ""),
        ("credit", cr.get("text") or ""),
        ("reporting", _names(cr.get("reporting") or [])),
        ("editing", _names(cr.get("editing") or [])),
        ("words", str(record.get("word_count", 0))),
        ("body", _preview(record.get("body") or "")),
    ]
    if record.get("wire"):
        w = record["wire"]
        rows.append(("wire", " ".join(str(w.get(k)) for k in ("priority", "category", "slug", "date", "word_count") if w.get(k))))
    if record.get("warnings"):
        rows.append(("warnings", "\n".join(record["warnings"])))
    for name, value in rows:
        t.add_row(name, Text(safe_text(value)))
    return t


def stories_table(records: list[dict]):
    """One row per story."""
    from rich.table import Table
    from rich.text import Text

    t = Table(show_lines=False)
    for col in ("file", "#", "headline", "bylines", "agency", "dateline", "date", "words"):
        t.add_column(col, overflow="fold")
    for r in records:
        if "error" in r:
            t.add_row(Text(safe_text(r["file"])), "", Text("error: " + safe_text(r["error"]), style="red"), "", "", "", "", "")
            continue
        dl = r.get("dateline") or {}
        t.add_row(*(Text(safe_text(x)) for x in (
            r.get("file") or "-", str(r.get("story", 1)), r.get("headline") or "",
            ", ".join(b["name"] for b in r.get("bylines") or []), r.get("agency") or "",
            ", ".join(dl.get("cities") or []), dl.get("date") or "", str(r.get("word_count", 0)))))
    return t


def explain_text(text: str, story: Story):
    """The story with each part marked: a rich Text with one style per kind."""
    from rich.text import Text

    styles = {"headline": "bold magenta", "caption": "italic cyan", "byline": "green",
              "dateline": "bold yellow", "body": "", "credit": "blue", "signoff": "dim red",
              "wire": "dim", "other": "reverse"}
    out = Text("parts: ")
    for kind, style in styles.items():  # the legend, each kind in its own style
        out.append(kind, style=style or "underline")
        out.append(" ")
    out.append("\n\n")
    pos = 0
    for p in story.parts:
        s, e = p.span
        if s > pos:
            out.append(safe_text(text[pos:s]))
        out.append(safe_text(text[s:e]), style=styles.get(p.kind, ""))
        pos = max(pos, e)
    out.append(safe_text(text[pos:]))
    return out


def _preview(body: str, limit: int = 600) -> str:
    return body if len(body) <= limit else body[:limit].rstrip() + " …"
