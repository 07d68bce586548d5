"""CSV and TSV: one row per story, with stable, documented columns.

Columns, in this order (``COLUMNS``); they never change meaning, new ones only go at the end:

    file              the input path as given ("-" for stdin)
    story             1-based story number within the file
    headline          headline text; empty when the story has none
    captions          caption lines, joined by " | "
    bylines           byline names, joined by "; "
    agency            canonical agency ("Reuters", "AP", ...); empty when none
    dateline          the dateline exactly as printed
    cities            dateline cities, joined by "; "
    region            state, province or country printed after the city
    date              ISO date ("2024-04-29", or "--04-29" when the year is unknown)
    credit            the credit line exactly as printed
    credit_reporting  names credited with reporting, writing, contributing, joined by "; "
    credit_editing    names credited with editing, joined by "; "
    word_count        words in the body
    body              the body; paragraphs separated by one blank line (embedded newlines)
    places            only with --places: "Name, admin1, CC (lat,lon)" per city, joined by
                      "; ", empty for a city that did not resolve

Quoting is RFC 4180 (the csv module's "excel" dialect, "excel-tab" for TSV): fields holding
the delimiter, quotes or newlines are quoted and inner quotes doubled; rows end in CRLF.
An empty cell means the field is absent.  Text is never altered, so a cell that begins with
"=", "+", "-" or "@" is kept as printed: spreadsheet users who distrust their input should
import it as text.  Error records (unreadable files) give no row; stderr reports them.
"""
from __future__ import annotations

import csv
import io

COLUMNS = ("file", "story", "headline", "captions", "bylines", "agency", "dateline", "cities",
           "region", "date", "credit", "credit_reporting", "credit_editing", "word_count", "body")
PLACES_COLUMN = "places"
LIST_SEP = "; "
CAPTION_SEP = " | "
DIALECTS = {"csv": "excel", "tsv": "excel-tab"}


def columns(*, places: bool = False) -> tuple[str, ...]:
    return COLUMNS + ((PLACES_COLUMN,) if places else ())


def row(record: dict, *, places: bool = False) -> list[str]:
    """The cells of one story record, in ``columns()`` order."""
    dl = record.get("dateline") or {}
    cr = record.get("credit") or {}
    cells = [
        record.get("file") or "",
        str(record.get("story", 1)),
        record.get("headline") or "",
        CAPTION_SEP.join(record.get("captions") or []),
        LIST_SEP.join(b["name"] for b in record.get("bylines") or []),
        record.get("agency") or "",
        dl.get("text") or "",
        LIST_SEP.join(dl.get("cities") or []),
        dl.get("region") or "",
        dl.get("date") or "",
        cr.get("text") or "",
        LIST_SEP.join(c["name"] for c in cr.get("reporting") or []),
        LIST_SEP.join(c["name"] for c in cr.get("editing") or []),
        str(record.get("word_count", 0)),
        record.get("body") or "",
    ]
    if places:
        cells.append(LIST_SEP.join(_place(p) for p in dl.get("places") or []))
    return cells


def _place(p: dict | None) -> str:
    if not p:
        return ""
    where = ", ".join(x for x in (p["name"], p.get("admin1"), p["country_code"]) if x)
    return f"{where} ({p['lat']},{p['lon']})"


def _line(cells: list[str], fmt: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, dialect=DIALECTS[fmt]).writerow(cells)
    return buf.getvalue()


def render_header(fmt: str, *, places: bool = False) -> str:
    """The header line, CRLF included.

    >>> render_header("csv")[:30]
    'file,story,headline,captions,b'
    """
    return _line(list(columns(places=places)), fmt)


def render_row(record: dict, fmt: str, *, places: bool = False) -> str | None:
    r'''One CSV/TSV line (CRLF included; quoted newlines inside), or None for an error record.

    >>> render_row({"file": "a.txt", "story": 1, "headline": 'Oil, "gas"', "body": "x"}, "csv")
    'a.txt,1,"Oil, ""gas""",,,,,,,,,,,0,x\r\n'
    '''
    if "error" in record:
        return None
    return _line(row(record, places=places), fmt)
