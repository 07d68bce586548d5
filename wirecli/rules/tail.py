"""The tail of a story: where the body ends, and the credit and sign-offs printed after it.

Read from the end upwards, in two steps:

1. The footer: the first marker after which everything is trailer (signoff.find_footer):
       "View original content ...", "(END) Dow Jones Newswires", "# Notebook" (dpa),
       "... the coast."  E-mail to a friend", "Keywords: EXAMPLE/", "(C) Reuters 2007. ..."
   Credits printed inside the footer are still read:
       "CNN's A contributed to this report." after "E-mail to a friend",
       "- Reporting by: A - Editing by: B" in a dpa notebook, "(Writing by A)" after "STORY_NUMBER:".
2. The peel: above the footer (or the end of the text), pieces are taken off one at a time
   while they are sign-offs, promos, notes, credits or contact lines, whole lines or glued to
   the end of the last paragraph:
       "... he said. (Reporting by A; Editing by B)"     "... the coast." E-mail to a friend"
       "... in the capital. PTI"                          "... the border. (ab-cde)"
       "___" / "Associated Press writer A contributed."   "By A and B" printed under the credit
   A piece that is only a trailer next to a credit ("($1 = 0.94 euros)", a contact group,
   an address line "A in Oslo at a@x.net", a photo caption "... REUTERS/A") stays in the
   body when no credit is found above it; a teaser headline ("Storm prompts ferries to
   change timetables") is a trailer only directly above a credit.  When the peel meets
   an unknown line, up to three short non-sentence lines under a plain credit line
   ("(Reporting by A)" / "Related: Gold slips") are trailer as well.

Left in the body: a paragraph that merely mentions reporting or editing, a title-case
caption above the credit ("North Example State Police"), a 1987 "(Corrects ...)" note glued
to the last paragraph, table cells such as "Tin  ----", "... told" / "Reuters.".

Everything between the body's end and the end of the text is credit or sign-off.
"""
from __future__ import annotations

import bisect
import re

from ..lazyre import lazy
from ..model import Frozen, _set
from ..text import SPACE_CHARS, Line, back_space
from . import credit as cr
from . import signoff as so
from .agency import COPYRIGHT_MARK, canonical_agency
from .dateline import PHOTO_CREDIT_END_RE
from .headline import is_caption

MAX_PIECES = 60          # pieces peeled off at most
PARA_MAX_LINES = 20      # a paragraph longer than this is never a credit or sign-off
PARA_MAX_CHARS = 3000
GLUED_MAX_CHARS = 600    # a glued sentence longer than this is body
SENTENCE_END = ".!?\"”’'"  # a sentence's last character: a stop, or a quote closing one
_GAP_RE = lazy(r"[ \t\u00a0]{2,}(?=\S)")
_BOUNDARY_RE = lazy(r"(?:[.!?][\"”’'*)\]]{0,3}|[\"”)])[ \t\r\n]+(?=\S)")  # after a sentence, not in a table


class Piece(Frozen):
    """One stretch of the tail and what it is.

    kind  "credit", "contact" (addresses for the credit), "signoff" or "money"
    soft  True when it is a trailer only if a credit sits above it
    """

    __slots__ = ("kind", "start", "end", "rule", "soft")

    def __init__(self, kind: str, start: int, end: int, rule: str, soft: bool = False):
        _set(self, "kind", kind)
        _set(self, "start", start)
        _set(self, "end", end)
        _set(self, "rule", rule)
        _set(self, "soft", soft)


class Tail(Frozen):
    """What read_tail found.

    credit_texts  the credit pieces' own texts (without notes between them), for the roles
    signoffs      sign-off and footer stretches outside the credit, bottom-up (Pieces)
    """

    __slots__ = ("body_end", "credit_span", "credit_texts", "signoffs")

    def __init__(self, body_end: int, credit_span: tuple[int, int] | None,
                 credit_texts: tuple[str, ...], signoffs: tuple[Piece, ...]):
        _set(self, "body_end", body_end)
        _set(self, "credit_span", credit_span)
        _set(self, "credit_texts", credit_texts)
        _set(self, "signoffs", signoffs)


def read_tail(text: str, lines: list[Line], lo: int, hi: int) -> Tail:
    """Find the credit and sign-offs at the end of lines[lo:hi]."""
    first = lo
    while first < hi and lines[first].blank:
        first += 1
    if first >= hi:
        end = lines[hi - 1].end if hi > lo else 0
        return Tail(end, None, (), ())
    end = lines[hi - 1].end
    last = hi - 1
    while last > first and lines[last].blank:
        last -= 1
    floor = _floor(lines[first], only=last == first)
    footer = so.find_footer(text, lines, first, hi, floor, end)
    starts = [ln.start for ln in lines]

    footer_credits = _footer_credits(text, lines, starts, footer, end) if footer is not None else []
    peel = _peel(text, lines, starts, floor, footer if footer is not None else end)

    body_end = footer if footer is not None else end
    if peel:
        body_end = peel[-1].start
    body_end = max(lines[first].start, _rstrip(text, lines[first].start, body_end))
    credit_pieces = [_unemphasise(text, p) for p in _attach_contacts(text, peel, footer_credits)]
    span = None
    if credit_pieces:
        span = (credit_pieces[0].start, max(p.end for p in credit_pieces))
    signoffs: list[Piece] = []
    if footer is not None:
        signoffs.extend(reversed(_line_pieces(text, lines, starts, footer, end, span)))
    for p in peel:
        if span and p.start < span[1] and p.end > span[0]:
            continue  # part of the credit (its emphasis marks stay unclaimed: "other")
        signoffs.append(Piece("signoff", p.start, p.end, p.rule))
    texts = tuple(text[p.start:p.end] for p in credit_pieces)
    return Tail(body_end, span, texts, tuple(signoffs))


def _unemphasise(text: str, p: Piece) -> Piece:
    """ "*The AP contributed.*" -> "The AP contributed.": Markdown emphasis around a whole credit."""
    s, e = p.start, p.end
    while e - s > 2 and text[s] == text[e - 1] and text[s] in "*_":
        s, e = s + 1, e - 1
    return p if (s, e) == (p.start, p.end) else Piece(p.kind, s, e, p.rule, p.soft)


def _attach_contacts(text: str, peel: list[Piece], footer_credits: list[Piece]) -> list[Piece]:
    """Credit pieces in text order, each grown over the contact pieces printed right under it."""
    pieces = sorted([p for p in peel if p.kind in ("credit", "contact")] + footer_credits,
                    key=lambda p: p.start)
    out: list[Piece] = []
    for p in pieces:
        if p.kind == "contact":
            if out and not text[out[-1].end:p.start].strip():
                last = out[-1]
                out[-1] = Piece("credit", last.start, p.end, last.rule)
            continue
        out.append(p)
    return out


def _floor(line: Line, only: bool = False) -> int:
    """Nothing above this offset is ever tail: the first line, or the head of a long one or
    of a story printed on one line."""
    if only:
        return line.start + min(200, len(line.text) // 2)
    if len(line.text) <= 300:
        return line.end
    return line.start + 200


def _line_index(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def _rstrip(text: str, floor: int, pos: int) -> int:
    return back_space(text, floor, pos, "\x00\x01\x02\x03\x04\x7f")


# --- step 1: credits inside the footer ----------------------------------------------------

def _footer_credits(text: str, lines: list[Line], starts: list[int], footer: int, end: int) -> list[Piece]:
    out: list[Piece] = []
    i = _line_index(starts, footer)
    n = len(lines)
    while i < n and lines[i].start < end:
        line = lines[i]
        s = max(line.start, footer)
        seg = text[s:line.end]
        if not seg.strip():
            i += 1
            continue
        lead = s + len(seg) - len(seg.lstrip())
        if cr.is_role_line(seg):  # dpa "- Reporting by: A" and its continuation lines
            j = i
            while j + 1 < n and lines[j + 1].start < end and not lines[j + 1].blank:
                nxt = lines[j + 1].text
                if cr.is_role_line(nxt) or (nxt[:1].isspace() and not nxt.lstrip().startswith(("-", "#", "*"))):
                    j += 1
                else:
                    break
            out.append(Piece("credit", lead, _rstrip(text, lead, lines[j].end), "credit.is_role_line"))
            i = j + 1
            continue
        j = i
        while j + 1 < n and j - i < PARA_MAX_LINES and lines[j + 1].start < end and not lines[j + 1].blank:
            j += 1
        # a credit wrapped over lines; not one that opens with the marker glued to the last
        # paragraph ("... realization. E-mail to a friend" / "A contributed to this report.")
        if j > i and s == line.start and cr.is_credit_paragraph(text[lead:lines[j].end]):
            out.append(Piece("credit", lead, _rstrip(text, lead, lines[j].end), "credit.is_credit_paragraph"))
            i = j + 1
            continue
        m = cr.PAREN_OPEN_RE.search(seg)
        if m:  # "STORY_NUMBER: ... (Writing by A; Editing by B)"
            ps = s + m.start()
            pe = cr.paren_group_end(text, ps, end)
            if cr.classify_paren(text[ps:pe]) == "credit":
                out.append(Piece("credit", ps, pe, "credit.classify_paren"))
                i = _line_index(starts, max(pe - 1, ps)) + 1
                continue
        if cr.is_credit_paragraph(seg):
            out.append(Piece("credit", lead, _rstrip(text, lead, line.end), "credit.is_credit_paragraph"))
            i += 1
            continue
        glued = _glued_credit(seg)
        if glued is not None:  # "E-mail to a friend CNN's A contributed to this report."
            out.append(Piece("credit", s + glued, _rstrip(text, s, line.end), "credit.glued"))
            i += 1
            continue
        if cr.CONTACT_RE.match(seg.strip()):  # "To contact the reporter on this story:" + lines
            j = i
            while j + 1 < n and lines[j + 1].start < end and not lines[j + 1].blank and j - i < 6:
                j += 1
            out.append(Piece("credit", lead, _rstrip(text, lead, lines[j].end), "credit.contact"))
            i = j + 1
            continue
        i += 1
    return out


def _glued_credit(seg: str) -> int | None:
    """Offset of a credit sentence that ends ``seg`` after other text, or None."""
    bounds = _bounds(seg)
    marker = MAIL_MARKER_RE.match(seg)
    if marker:  # "E-mail to a friend CNN's A contributed to this report." (one space after the marker)
        bounds = [(marker.end(), True)] + bounds
    for b, _ in bounds:
        if cr.is_credit_paragraph(seg[b:]):
            return _back_over_initials(seg, b, bounds)
    return None


MAIL_MARKER_RE = lazy(r"[ \t]*E-?mail to a friend[ \t]+(?=\S)")
INITIAL_END_RE = lazy(r"(?<![\w.])[A-Z]\.[ \t]+$")  # "... CNN's L. " before "Ana Ruiz contributed"


def _back_over_initials(seg: str, b: int, bounds) -> int:
    """Where a glued credit found at ``b`` starts when the "sentence" before it is an initial:
    "... the flight. CNN's L. Ana Ruiz contributed to this report." starts at "CNN's"."""
    for _ in range(3):
        if not INITIAL_END_RE.search(seg, max(0, b - 8), b):
            break
        prev = next((x for x, _ in bounds if x < b), None)
        if prev is None or not cr.is_credit_paragraph(seg[prev:]):
            break
        b = prev
    return b


def _line_pieces(text, lines, starts, start, end, span) -> list[Piece]:
    """The footer's lines (outside the credit) as sign-off pieces, top-down."""
    out = []
    i = _line_index(starts, start)
    while i < len(lines) and lines[i].start < end:
        line = lines[i]
        s, e = max(line.start, start), min(line.end, end)
        for a, b in ((s, e),) if not span else ((s, min(e, span[0])), (max(s, span[1]), e)):
            if b <= a:
                continue
            seg = text[a:b]
            if seg.strip(" \t\u00a0\x00\x01\x02\x03\x04\x7f") and seg.strip():  # "\x1f" alone is space
                lead = len(seg) - len(seg.lstrip())
                out.append(Piece("signoff", a + lead, a + len(seg.rstrip()), "signoff.footer"))
        i += 1
    return out


# --- step 2: the peel -----------------------------------------------------------------

def _peel(text: str, lines: list[Line], starts: list[int], floor: int, pos: int) -> list[Piece]:
    pieces: list[Piece] = []
    while len(pieces) < MAX_PIECES:
        pos = _rstrip(text, floor, pos)
        if pos <= floor:
            break
        p = _last_piece(text, lines, starts, floor, pos, pieces)
        if p is None and not any(q.kind == "credit" for q in pieces):
            found = _credit_above(text, lines, starts, floor, pos)
            if found is not None:  # short unknown lines under a plain credit: trailer too
                pieces.append(Piece("signoff", found.end, pos, "tail.after_credit"))
                p = found
        if p is None or p.start >= pos:
            break
        pieces.append(p)
        pos = p.start
    while pieces and pieces[-1].soft:
        pieces.pop()
    return pieces


AFTER_CREDIT_LINES = 3     # short lines of unknown furniture allowed under a credit
AFTER_CREDIT_CHARS = 300


def _credit_above(text, lines, starts, floor, pos) -> Piece | None:
    """A credit line a few short lines above ``pos``: "(Reporting by A)" / "Related: ..." / "..."."""
    li = _line_index(starts, pos - 1)
    seen = 0
    while li >= 0 and lines[li].end > floor:
        line = lines[li]
        if not line.blank:
            lead = line.start + len(line.text) - len(line.text.lstrip())
            s = line.text.strip()
            if s[:1] == "(":
                end = cr.paren_group_end(text, lead, pos)
                if end < pos and cr.classify_paren(text[lead:end]) == "credit" and _short_after(text, end, pos):
                    return Piece("credit", lead, end, "credit.classify_paren")
            elif (cr.CONTACT_RE.match(s) or cr.WRITE_TO_RE.match(s)) and cr.is_credit_paragraph(s):
                if _short_after(text, line.end, pos):
                    return Piece("credit", lead, _rstrip(text, lead, line.end), "credit.is_credit_paragraph")
            seen += 1
            if seen > AFTER_CREDIT_LINES + 1 or line.start < pos - 2000:
                return None
        li -= 1
    return None


BLANK_BEFORE_RE = lazy(r"\n[ \t]{0,40}\r?\n[ \t]{0,40}$")


def _own_paragraph(text: str, floor: int, lead: int) -> bool:
    """The paragraph at ``lead`` stands under a blank line with the story's text above it: Xinhua's
    photo caption closing the story ("... (Xinhua/Li Yan)"), not a one-paragraph story that ends
    with a photo credit."""
    return (BLANK_BEFORE_RE.search(text, max(floor, lead - 80), lead) is not None
            and bool(text[floor:lead].strip()))


def _short_after(text: str, start: int, pos: int) -> bool:
    """A few short lines that are not sentences (link titles, tags), nothing like a paragraph."""
    rest = [ln.strip() for ln in text[start:pos].splitlines() if ln.strip()]
    return (0 < len(rest) <= AFTER_CREDIT_LINES and sum(map(len, rest)) <= AFTER_CREDIT_CHARS
            and not any(ln[-1] in SENTENCE_END or len(ln) > 150 for ln in rest))


WRAPPED_SIGNOFF_MAX = 600  # a sign-off line wrapped over lines is read whole up to this length
WRAPPED_LINE_MIN = 40      # every line of it but the last at least this long


def _sentence_lines_start(text: str, lines: list[Line], li: int, floor: int) -> int | None:
    """Start of the lines that end on line li and follow a finished sentence or a separator
    ("___") on the line above, two to four lines; None when there are none (text with no blank
    lines between its paragraphs, hard-wrapped)."""
    for k in range(li - 1, max(li - 4, -1), -1):
        if (lines[k].start < floor or lines[k].blank or k == 0 or lines[k].text.lstrip("\t ")[:3] == "___"
                or len(lines[k].text.strip()) < WRAPPED_LINE_MIN):
            return None  # (the separator itself is no part: "___" / one credit line is read alone; a hard-wrapped
            # line runs near the wrap's width, a table's rows are short)
        above = lines[k - 1].text.rstrip()
        if above[-1:] in SENTENCE_END or above.lstrip("\t ")[:3] == "___":
            return lines[k].start
    return None


def _wrapped_signoff(text: str, lines: list[Line], li: int, floor: int, pos: int, ps: int | None) -> int | None:
    """Start of a sign-off line hard-wrapped over the last two to four lines, or None: the lines,
    joined, open as a sign-off's boilerplate does (so.opens_as_boilerplate: not "The album, All
    Rights Reserved, comes out" / "in May.", nor "All About Books, a shop ..., said it would host" /
    "the first reading ..."), and they open a paragraph (ps) or follow a finished sentence (no blank
    line between the paragraphs)."""
    for k in range(li - 1, max(li - 4, -1), -1):
        start = lines[k].start
        if start < floor or pos - start > WRAPPED_SIGNOFF_MAX or len(lines[k].text.strip()) < WRAPPED_LINE_MIN:
            return None  # ("SOURCE OF FUNDS" / "Loans 5 mln dlrs": a table's rows, not a wrapped line)
        above = text[max(floor, start - 200):start].rstrip()
        joined = " ".join(text[start:pos].split())
        if (start == ps or above[-1:] in SENTENCE_END) and joined[:1] != "(" and so.opens_as_boilerplate(joined):
            return start  # (not a wrapped note: "(Corrects headline ... raised.)" is 1987 body)
    return None


def _last_piece(text, lines, starts, floor, pos, pieces) -> Piece | None:
    li = _line_index(starts, pos - 1)
    line = lines[li]
    ls = max(line.start, floor)
    raw = text[ls:pos]
    lead = ls + len(raw) - len(raw.lstrip())
    seg = text[lead:pos]
    whole = ls == line.start  # seg runs from the start of its line
    below = pieces[-1] if pieces else None

    # a parenthesised group at the end: credit, contacts, a note or an exchange rate
    if text[pos - 1] == ")":
        gs = cr.paren_group_start(text, floor, pos)
        if gs is not None:
            kind = cr.classify_paren(text[gs:pos])
            if kind == "credit":
                return Piece("credit", gs, pos, "credit.classify_paren")
            if kind == "contact":
                return Piece("contact", gs, pos, "credit.contact", soft=True)
            if kind == "note":
                return Piece("signoff", gs, pos, "signoff.note")
            if kind == "code" and _after_sentence(text, floor, gs):  # "... continent. (aa-kjd)"
                return Piece("signoff", gs, pos, "signoff.staff_code")
            if kind == "money":
                return Piece("money", gs, pos, "signoff.money", soft=True)
            if kind is None and pos - gs <= 40 and canonical_agency(text[gs + 1:pos - 1]) and _after_sentence(text, floor, gs):
                return Piece("signoff", gs, pos, "signoff.agency_paren")  # "... 2 trillion won. (Yonhap)"

    foot = _glued_footer(seg) if whole else None
    if foot is not None and seg[:foot].strip():
        return Piece("signoff", lead + foot, pos, "signoff.glued")  # peeled before the line is read as a credit
    para = _para_start(lines, li, floor, max_chars=None) if whole else None  # found once
    if whole:
        # a paragraph wrapped over lines first: "Associated Press writer A" / "contributed."
        ps = para if para is not None and lines[li].end - para <= PARA_MAX_CHARS else None
        if (ps is not None and ps < line.start and not _copyright_line(seg)  # "Editor: A" / "Copyright © X 2024"
                and cr.is_credit_paragraph(text[ps:pos])):
            return Piece("credit", ps, pos, "credit.is_credit_paragraph")
        rs = _role_line_above(text, lines, li, floor) if ps == line.start else None
        if rs is not None and cr.is_credit_paragraph(text[rs:pos]):
            return Piece("credit", rs, pos, "credit.is_role_line")
        ks = (_sentence_lines_start(text, lines, li, floor)
              if (ps is None or ps < line.start) and not _copyright_line(seg) and not so.is_signoff_line(seg)
              else None)  # ("Editor: A" / "Copyright © X 2024", "(Reporting by A)" / "Related Coverage": two pieces)
        if ks is not None and (ps is None or ps < ks) and cr.is_credit_paragraph(text[ks:pos]):
            return Piece("credit", ks, pos, "credit.is_credit_paragraph")  # wrapped, no blank line above:
            # "___" / "Associated Press writers A in Cairo; B in Salem, Ore.;" / "and C contributed."
        if cr.is_credit_paragraph(seg):
            return Piece("credit", lead, pos, "credit.is_credit_paragraph")
        if so.is_signoff_line(seg) and not _ends_sentence_above(text, floor, lead, seg) and not _in_caps_list(text, floor, lead, seg):
            return Piece("signoff", lead, pos, "signoff.is_signoff_line")
        if ps is not None and ps < lead:
            if so.is_signoff_paragraph(text[ps:pos]):
                return Piece("signoff", ps, pos, "signoff.is_signoff_paragraph")
        elif so.is_signoff_paragraph(seg):
            return Piece("signoff", lead, pos, "signoff.is_signoff_paragraph")
        ws = _wrapped_signoff(text, lines, li, floor, pos, ps)
        if ws is not None:  # a footer hard-wrapped over lines: "Anadolu Agency website contains only a
            return Piece("signoff", ws, pos, "signoff.wrapped_line")  # portion of the news stories offered to" / "..."
        if below is not None and (below.kind == "credit" or (  # or two related headlines stacked over it
                below.rule == "signoff.is_teaser" and len(pieces) > 1 and pieces[-2].kind == "credit")) and so.is_teaser(seg):
            return Piece("signoff", lead, pos, "signoff.is_teaser")
        if cr.is_byline_repeat(seg):
            return Piece("signoff", lead, pos, "credit.is_byline_repeat")
        if WRITER_EMAIL_RE.fullmatch(seg) and _after_sentence_line(text, floor, lead) and not ROLE_MAILBOX_RE.match(seg):
            return Piece("credit", lead, pos, "credit.writer_email")  # Yonhap's "ana@yna.co.kr" / "(END)"
        if cr.is_contact_line(seg):  # "A in Oslo at a@example.net" under "To contact ...:"
            return Piece("contact", lead, pos, "credit.is_contact_line", soft=True)
        if (below is None and whole and len(seg) <= 400 and PHOTO_CREDIT_END_RE.search(seg)
                and _own_paragraph(text, floor, lead)):
            return Piece("signoff", lead, pos, "tail.end_photo_caption")  # Xinhua: "... (Xinhua/Li Yan)" closing the story
        if is_caption(seg):  # a photo caption under the credit; above it, it is body
            return Piece("signoff", lead, pos, "headline.is_caption", soft=True)
        links = _link_list(lines, li, floor)
        if links is not None:  # "Most Read from Bloomberg Businessweek" / the linked titles
            return Piece("signoff", links, pos, "signoff.link_list")

    # pieces glued to the end of the last paragraph (a glued credit may wrap onto this line)
    cut = so.trailing_signoff(seg)
    if cut is not None and cut > 0 and seg[:cut].strip():
        return Piece("signoff", lead + cut, pos, "signoff.trailing_signoff")
    win = max(para if para is not None else lead, pos - GLUED_MAX_CHARS)
    seg, lead = text[win:pos], win
    bounds = _bounds(seg)
    for b, sentence in bounds:
        piece = seg[b:]
        if piece[0] == "(" and not piece.startswith(("(c)", "(C)")) or not ALNUM_RE.search(piece):
            continue  # parenthesised groups were classified above; "--" may be a table cell
        if sentence and (so.is_signoff_line(piece) or so.is_signoff_paragraph(piece)):
            mark = COPY_MARK_RE.search(seg, max(0, b - 6), b)  # "(c) " / "© " before "Copyright ...": the sign-off's own
            return Piece("signoff", lead + (mark.start() if mark else b), pos, "signoff.glued")
        if cr.is_byline_repeat(piece):
            return Piece("signoff", lead + b, pos, "signoff.glued")
        if cr.is_credit_paragraph(piece):
            return Piece("credit", lead + _back_over_initials(seg, b, bounds), pos, "credit.glued")
    return None


LINK_LIST_LINES = 10  # linked titles under a page's heading, at most


def _link_list(lines: list[Line], li: int, floor: int) -> int | None:
    """Start of a page's list of links closing the story, or None: a heading alone on its line
    ("Most Read from Bloomberg Businessweek", "Related topics", "Latest Headlines"), then up to
    ten short lines that are no sentences (the linked titles, tags, share buttons) down to line li.
    A paragraph is none: a line ending as a sentence ('... help us?"') or holding a sentence's end
    ("... damage? Residents ..."), or a long one (40+ characters, as a hard wrap leaves it) going on
    in lower case on the next ("... which will open" / "in the fall ..."; a tag "news" is a link)."""
    k, n = li, 0
    while k >= 0 and lines[k].start >= floor and n <= LINK_LIST_LINES:
        s = lines[k].text.strip()
        if s:
            if so.is_link_heading(s):
                return lines[k].start + len(lines[k].text) - len(lines[k].text.lstrip())
            if len(s) > 120 or s[-1] in ".,;:" or SENTENCE_IN_LINE_RE.search(s) \
                    or k < li and len(s) >= 40 and lines[k + 1].text.lstrip()[:1].islower():
                return None
            n += 1
        k -= 1
    return None


# A question's or exclamation's end inside a line ("... damage? Residents ..."), or a quotation
# closed after a sentence's end at its end ('... help us?"'): no linked title ("Why Are Rents Rising?" is one).
SENTENCE_IN_LINE_RE = lazy(r"[?!][\"”’']?[ \t]{1,3}[A-Z\"“]|[.?!][\"”’']$")


def _role_line_above(text: str, lines: list[Line], li: int, floor: int) -> int | None:
    """Start of the role line that an indented line li goes on from, or None:
    dpa's "- Reporting by: A in Vienna, B in Geneva" / "  and C in New York"."""
    k = li
    while k > 0 and li - k < 3 and _indented(lines[k].text) and not lines[k].text.lstrip().startswith(("-", "#", "*")):
        k -= 1
        if lines[k].blank or lines[k].start < floor:
            return None
        if cr.is_role_line(lines[k].text):
            return lines[k].start + len(lines[k].text) - len(lines[k].text.lstrip())
    return None


def _bounds(seg: str) -> list[tuple[int, bool]]:
    """Where a glued piece may start, nearest the end first: (offset, after a finished sentence).

    A wide gap ("  ") also separates paragraphs in flattened copy, but only a credit may
    start there: in a table "Tin  ----" the dashes are a cell, not a separator.
    """
    lo = max(0, len(seg) - GLUED_MAX_CHARS)
    found = {m.end(): True for m in _BOUNDARY_RE.finditer(seg, lo)
             if seg[m.start()] != "." or not cr.ends_in_name_abbreviation(seg[max(0, m.start() - 5):m.start() + 1])}
    for m in _GAP_RE.finditer(seg, lo):
        found.setdefault(m.end(), False)
    for m in _FOOTER_START_RE.finditer(seg, lo):  # "... Editing by B (c) Copyright Thomson Reuters 2013. ..."
        found[m.end()] = True
    return sorted(found.items(), reverse=True)[:8]


ALNUM_RE = lazy(r"[^\W_]")  # a letter or digit
COPY_MARK_RE = lazy(r"(?:\([cC]\)|©)[ \t]?$")
# A copyright or standards footer run on after a credit with no stop before it.
_FOOTER_START_RE = lazy(r"[ \t]+(?=(?:\([cC]\)|©)[ \t]?(?:Copyright|\d{4})|Our Standards:|Keywords:"
                        r"|(?:Acquire|Purchase) Licensing Rights|Related Coverage)")


def _glued_footer(seg: str) -> int | None:
    """Where a footer run on after the text of the same line starts ("... and Cy Ng) Related
    Coverage", "... editing by A Keywords: OIL/"), or None."""
    for m in _FOOTER_START_RE.finditer(seg, max(0, len(seg) - GLUED_MAX_CHARS)):
        if so.is_signoff_line(seg[m.end():]):
            return m.end()
    return None


def _after_sentence(text: str, floor: int, pos: int) -> bool:
    """The text before pos ends a sentence (or a line): a code there is not part of a table."""
    before = text[max(floor, pos - 80):pos]
    stripped = before.rstrip(" \t")
    return not stripped or stripped[-1] in ".!?;\"”’'\n\r"  # ";" ends an ANPA code: "&UR; (aa-kjd)"


# A writer's e-mail alone on a line under the last paragraph ("sooyeon@yna.co.kr" over "(END)"):
# a credit naming nobody.  A press release's contact block ("Media Contact" / "a@acme.com") is body.
# With a label only beside a Twitter handle, as a writer signs ("Email: a@example.com; Twitter: @a").
WRITER_EMAIL_RE = lazy(rf"{cr.EMAIL}|(?:E-?mail|EMAIL):[ ]?{cr.EMAIL}[ ]?[;,|][ ]?(?:Twitter|TWITTER|X)(?::[ ]?|[ ])@\w{{1,30}}")


# A company's role mailbox ("info@", "press@", "media@") is a press contact, not a writer.
ROLE_MAILBOX_RE = lazy(r"(?i)(?:e-?mail:[ ]?)?(?:info|press|media|news|newsroom|contact|contacts|pr|sales|support|ir|investors?"
                       r"|hello|enquiries|inquiries|office|communications|comms|marketing|admin|editor|editors|tips|desk)"
                       r"(?:[._-][a-z]{1,12})?@")  # not "irene@", "priya@"


def _end_above(text: str, floor: int, lead: int) -> str:
    """The last two printed characters above ``lead`` ("" when there are none after ``floor``):
    "d." under "... the company said.", "t:" under "Media Contact:"."""
    return text[max(floor, lead - 300):lead].rstrip()[-2:]


def _after_sentence_line(text: str, floor: int, lead: int) -> bool:
    """The line above ``lead`` ends a sentence (not "Media Contact" or "Email:", nor an ellipsis)."""
    end = _end_above(text, floor, lead)
    return bool(end) and end[-1] in SENTENCE_END and end != ".."


CAPS_ITEM_RE = lazy(r"[ \t]*[A-Z0-9][A-Z0-9 .&'-]{0,24}[ \t]*")


def _in_caps_list(text: str, floor: int, lead: int, seg: str) -> bool:
    """ "SOY" / "SPA": the last item of a list of capitals words (a list of domains, codes or
    tickers) is no agency's sign-off, though "SPA" or "PA" alone would be."""
    if not CAPS_ITEM_RE.fullmatch(seg) or so.is_reuter_signoff(seg):
        return False
    above_end = text.rfind("\n", floor, lead)
    if above_end <= floor:
        return False
    above_start = text.rfind("\n", floor, above_end - 1) + 1
    above = text[max(above_start, floor):above_end].rstrip("\r")
    return (CAPS_ITEM_RE.fullmatch(above) is not None and any(c.isalpha() for c in above)
            and not so.is_signoff_line(above))


COPYRIGHT_MARK_RE = lazy(COPYRIGHT_MARK)


def _copyright_line(seg: str) -> bool:
    """A copyright sign-off on a line of its own: "Copyright © ANTARA 2024", "(c) 2004, The Example Herald."."""
    return COPYRIGHT_MARK_RE.match(seg) is not None and so.is_signoff_line(seg)


def _ends_sentence_above(text: str, floor: int, lead: int, seg: str) -> bool:
    """ "told" / "Reuters.", "by" / "Bloomberg News.": a bare agency with a full stop finishes the sentence above."""
    name = seg.strip()
    if not re.fullmatch(r"[A-Za-z][A-Za-z ]{1,30}\.", name) or canonical_agency(name[:-1]) is None:
        return False  # "Reuters.", "Bloomberg News."; not a release's "SOURCE Acme Corp."
    end = _end_above(text, floor, lead)
    # here ")", ":" and ";" end the line above as well ("(END)" / "Reuters." is a sign-off);
    # _after_sentence_line keeps them out, since an e-mail under "Email:" is a contact block
    return bool(end) and end[-1] not in SENTENCE_END + "):;"


def _para_start(lines: list[Line], li: int, floor: int, max_chars: int | None = PARA_MAX_CHARS) -> int | None:
    """Start of the paragraph that ends on line li (None when it is too long to matter)."""
    first = li
    while (first > 0 and not _indented(lines[first].text) and lines[first - 1].end > floor
           and not lines[first - 1].blank):
        first -= 1
        if li - first >= PARA_MAX_LINES:
            return None
    start = max(lines[first].start, floor)
    if max_chars is not None and lines[li].end - start > max_chars:
        return None
    return start


def _indented(line: str) -> bool:
    """Line.indent >= 2, from the first two characters: a tab, or two spaces of any kind."""
    c = line[:1]
    if not c or c not in SPACE_CHARS:
        return False
    if c == "\t":
        return True
    d = line[1:2]
    return d != "" and d in SPACE_CHARS
