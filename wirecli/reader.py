"""Reading inputs: bytes from files or stdin, split into stories and decoded, with a note of
everything that was not plain sailing.

Decoding, per story: a BOM (UTF-8, UTF-16, UTF-32) wins for the whole file; so does
``--encoding``; otherwise strict UTF-8, then for legacy single-byte copy cp1252 (latin-1
when cp1252 leaves a byte undefined).  A UTF-16 export without a BOM is recognised by its
NUL bytes.  Bytes that had to be replaced are counted, never dropped silently:

    wirecli: old/bad.txt: 3 undecodable byte(s) replaced with U+FFFD (utf-16)

Files that are not stories get one plain line each and no record:

    wirecli: in/scan.pdf: not text (looks like PDF)
    wirecli: in/link: broken symbolic link (to 'gone.txt')
    wirecli: in/fifo: a named pipe, not a file (to read it: wirecli parse - < in/fifo)

Large input is streamed: a file is read in blocks, and a story is handed on as soon as
the transmission control character that ends it has been read (see ``feeds``), so a
200 MB feed needs memory for one story, not for the file.  A story longer than
``max_story_bytes`` stops the file with ``StoryTooLargeError`` instead of exhausting memory.
"""
from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from collections.abc import Iterator
from itertools import chain

from .lazyre import lazy
from .errors import DecodeError, NotTextError, ReadError, StoryTooLargeError
from .feeds import CONTROL_RE, EMPTY_RE, ETX, split_stories
from .model import Frozen, _set

BLOCK = 1 << 20                     # bytes read at a time
DEFAULT_MAX_STORY_BYTES = 64 << 20  # 64 MiB: a 50 MB story still parses

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))

# Magic numbers of common binary files that end up in news folders.
MAGIC = ((b"%PDF", "PDF"), (b"PK\x03\x04", "a zip archive"), (b"\x89PNG", "PNG image"),
         (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"), (b"\x7fELF", "an executable"),
         (b"MZ", "an executable"), (b"\x1f\x8b", "gzip data"), (b"BZh", "bzip2 data"),
         (b"\xfd7zXZ", "xz data"), (b"7z\xbc\xaf", "a 7z archive"), (b"Rar!", "a RAR archive"),
         (b"\xd0\xcf\x11\xe0", "an Office document"), (b"SQLite format 3", "SQLite database"),
         (b"ID3", "MP3 audio"), (b"OggS", "Ogg media"), (b"RIFF", "RIFF media"),
         (b"\xca\xfe\xba\xbe", "an executable"), (b"\xcf\xfa\xed\xfe", "an executable"),
         (b"\x00\x00\x01\x00", "an icon"), (b"II*\x00", "TIFF image"), (b"MM\x00*", "TIFF image"),
         (b"\x28\xb5\x2f\xfd", "zstd data"), (b"wOFF", "a font"), (b"\x00asm", "WebAssembly"))
_MAGIC_PREFIXES = tuple(m for m, _ in MAGIC)
_BOM_PREFIXES = tuple(b for b, _ in BOMS)

# Paths that name an already-open descriptor (process substitution, /dev/stdin): a pipe
# there has a writer, so reading it cannot hang.
OPEN_FD_RE = lazy(r"^/(?:dev/(?:fd/\d+|stdin)|proc/(?:self|\d+)/fd/\d+)$")

SIZE_RE = lazy(r"^\s*(\d{1,15})\s*([kmgt]?)(?:i?b)?\s*$", re.I)


class Decoded(Frozen):
    """One story's text and how it was read.

    text      the decoded story
    encoding  the codec that produced ``text``: "utf-8", "cp1252", "utf-16", ...
    warnings  plain sentences for the record's ``warnings`` and for stderr
    """

    __slots__ = ("text", "encoding", "warnings")

    def __init__(self, text: str, encoding: str, warnings: tuple[str, ...] = ()):
        _set(self, "text", text)
        _set(self, "encoding", encoding)
        _set(self, "warnings", warnings)


def parse_size(value: str | int) -> int:
    """A byte count from "64M", "500k", "1G", "1048576".

    >>> parse_size("64M"), parse_size("500kb"), parse_size(10)
    (67108864, 512000, 10)
    """
    if isinstance(value, int):
        return value
    m = SIZE_RE.match(value)
    if not m:
        raise ValueError(f"not a size: {value!r} (try 64M, 500k or 1G)")
    return int(m[1]) << (10 * " kmgt".index(m[2].lower() or " "))


# -- sniffing -------------------------------------------------------------------------

def sniff_binary(data: bytes) -> str | None:
    """What a binary file looks like ("PDF", "PNG image"), or None for text.

    >>> sniff_binary(b"%PDF-1.7 ..."), sniff_binary(b"LONDON (Reuters) - Oil rose.")
    ('PDF', None)
    """
    if data.startswith(_MAGIC_PREFIXES):  # one C call for the common case: no magic number
        for magic, what in MAGIC:
            if data.startswith(magic):
                return what
    head = data[:4096]
    if not head or head.startswith(_BOM_PREFIXES):
        return None
    if _looks_utf16(head):
        return None
    if head.count(0) > max(16, len(head) // 10):  # a few stray NULs are still text
        return "binary data"
    if (ODD_CONTROL_RE.search(head) and len(ODD_CONTROL_RE.findall(head)) > len(head) // 32
            and not _valid_utf8(head)):
        return "binary data"
    return None


# C0 controls that neither layout (TAB LF VT FF CR) nor wire envelopes (SOH STX ETX EOT ENQ
# SYN FS GS RS US) use: common in binary data, rare in text of any encoding.
ODD_CONTROL_RE = lazy(rb"[\x00\x06-\x08\x0e-\x15\x17-\x1b\x7f]")


def _valid_utf8(head: bytes) -> bool:
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
    except UnicodeDecodeError:
        return False
    return True


def _looks_utf16(head: bytes) -> bool:
    if b"\x00" not in head:  # most text: no NUL at all
        return False
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    return max(even, odd) > len(head) // 4 and min(even, odd) <= len(head) // 50


def _wide_encoding(head: bytes, forced: str | None) -> str | None:
    """The codec when bytes are not ASCII-compatible (UTF-16/32), else None."""
    if forced:
        name = codecs.lookup(forced).name
        return name if name.startswith(("utf-16", "utf-32")) else None
    if head.startswith(_BOM_PREFIXES):
        for bom, enc in BOMS:
            if head.startswith(bom):
                return None if enc == "utf-8-sig" else enc
    if len(head) >= 2 and _looks_utf16(head[:4096]):
        return "utf-16-le" if head[1::2][:2048].count(0) > head[0::2][:2048].count(0) else "utf-16-be"
    return None


# -- decoding one story -----------------------------------------------------------------

def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Bytes to text.  Raises DecodeError only when a forced ``encoding`` fails.

    >>> decode("Zürich".encode("cp1252")).warnings
    ('not valid UTF-8; decoded as cp1252',)
    >>> decode(codecs.BOM_UTF16_LE + "Oil".encode("utf-16-le")).text
    'Oil'
    """
    if encoding:
        return _decode_forced(data, encoding)
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _decode_replacing(data, enc)
    wide = _wide_encoding(data, None)
    if wide and len(data) % 2 == 0:
        try:
            return Decoded(data.decode(wide), wide, (f"no byte-order mark; decoded as {wide}",))
        except UnicodeDecodeError:
            pass
    return _decode_single(data)


def _decode_forced(data: bytes, encoding: str) -> Decoded:
    try:
        return Decoded(data.decode(encoding), encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    except UnicodeError as exc:
        where = f" at byte {exc.start}" if isinstance(exc, UnicodeDecodeError) else ""
        raise DecodeError(f"not valid {encoding}{where} ({getattr(exc, 'reason', exc)}); "
                          "try another --encoding, or leave it out to guess") from None


def _decode_replacing(data: bytes, encoding: str) -> Decoded:
    """Decode, replacing bad sequences with U+FFFD, and say how many."""
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        pass
    text = data.decode(encoding, errors="replace")
    bad = len(text) - len(data.decode(encoding, errors="ignore"))  # one U+FFFD per bad sequence
    return Decoded(text, encoding,
                   (f"{bad} undecodable byte sequence(s) replaced with U+FFFD ({encoding})",))


def _decode_single(data: bytes) -> Decoded:
    """UTF-8, else cp1252, else latin-1 (which reads any byte)."""
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return Decoded(data.decode("cp1252"), "cp1252", ("not valid UTF-8; decoded as cp1252",))
    except UnicodeDecodeError:  # 0x81, 0x8d, 0x8f, 0x90, 0x9d are undefined in cp1252
        return Decoded(data.decode("latin-1"), "latin-1", ("not valid UTF-8; decoded as latin-1",))


def _blank_warning(text: str) -> tuple[str, ...]:
    if not text:
        return ("empty file",)
    if not text.strip(" \t\r\n\x0b\x0c\x00\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\ufeff"):
        return ("no text (only white space)",)
    return ()


# -- opening ------------------------------------------------------------------------------

def check_path(path: str) -> None:
    """Raise ReadError with one plain reason when ``path`` is not a file we can read."""
    if path == "-" or OPEN_FD_RE.match(path):
        return
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if os.path.islink(path):
            raise ReadError(f"broken symbolic link (to {os.readlink(path)!r})") from None
        raise ReadError("no such file") from None
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP
            raise ReadError("symbolic link loop") from None
        raise ReadError(exc.strerror or str(exc)) from None
    mode = st.st_mode
    if stat.S_ISDIR(mode):
        raise ReadError("is a directory")
    if stat.S_ISFIFO(mode):
        raise ReadError(f"a named pipe, not a file (to read it: wirecli parse - < {path})")
    if stat.S_ISSOCK(mode):
        raise ReadError("a socket, not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise ReadError("a device, not a file")


def iter_blocks(path: str, size: int = BLOCK) -> Iterator[bytes]:
    """The file's bytes, a block at a time; '-' reads stdin.  Raises ReadError."""
    check_path(path)
    try:
        f = sys.stdin.buffer if path == "-" else open(path, "rb")  # noqa: SIM115
    except PermissionError:
        raise ReadError("permission denied") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    try:
        while True:
            try:
                block = f.read(size)
            except OSError as exc:
                raise ReadError(f"cannot read: {exc.strerror or exc}") from None
            if not block:
                return
            yield block
    finally:
        if f is not sys.stdin.buffer:
            f.close()


def read_bytes(path: str) -> bytes:
    """The whole file's bytes; '-' reads stdin.  Raises ReadError with a plain reason."""
    return b"".join(iter_blocks(path))


def read_text(path: str, encoding: str | None = None, *, split: str | re.Pattern[str] | None = None,
              max_story_bytes: int | None = DEFAULT_MAX_STORY_BYTES) -> Decoded:
    """The whole file as one text: its stories (``iter_stories``) put back together.

    Each story is decoded on its own (a cp1252 story in a UTF-8 feed stays readable), and
    no story may be longer than ``max_story_bytes``; the warnings of all stories are merged.
    ``split_stories`` on the text gives the same stories again.
    """
    if isinstance(split, str):
        from .feeds import compile_split
        split = compile_split(split)
    stories = list(iter_stories(path, encoding, split=split, tail=True,
                                max_story_bytes=max_story_bytes or sys.maxsize))
    if len(stories) == 1:
        return stories[0]
    encodings = list(dict.fromkeys(d.encoding for d in stories if d.encoding))
    return Decoded("".join(d.text for d in stories), "+".join(encodings),
                   merge_warnings(w for d in stories for w in d.warnings))


REPLACED_RE = lazy(r"^(\d+) (undecodable byte sequence\(s\) replaced with U\+FFFD .*)$")


def merge_warnings(warnings) -> tuple[str, ...]:
    """Each warning once, in first-seen order; replacement counts added up.

    >>> merge_warnings(["2 undecodable byte sequence(s) replaced with U+FFFD (utf-16)",
    ...                 "not valid UTF-8; decoded as cp1252",
    ...                 "1 undecodable byte sequence(s) replaced with U+FFFD (utf-16)"])
    ('3 undecodable byte sequence(s) replaced with U+FFFD (utf-16)', 'not valid UTF-8; decoded as cp1252')
    """
    counts: dict[str, int] = {}
    for w in warnings:
        m = REPLACED_RE.match(w)
        key, n = (m[2], int(m[1])) if m else (w, 0)
        counts[key] = counts.get(key, 0) + n
    return tuple(f"{n} {k}" if n else k for k, n in counts.items())


# -- streaming stories ----------------------------------------------------------------------

def iter_stories(path: str, encoding: str | None = None, *, split: re.Pattern[str] | None = None,
                 max_story_bytes: int = DEFAULT_MAX_STORY_BYTES,
                 block_size: int = BLOCK, tail: bool = False) -> Iterator[Decoded]:
    """The stories of one file, decoded, in order, read a block at a time.

    Raises ReadError, NotTextError, DecodeError or StoryTooLargeError; stories before the
    error have already been yielded.  ``split`` is a ``feeds.compile_split`` pattern.
    With ``tail``, the white space after the last story comes too (with encoding ""), so
    that the texts put together give back the whole file.
    """
    blocks = iter_blocks(path, block_size)
    first = next(blocks, b"")
    while len(first) < 4096:  # enough to see a BOM, a magic number or UTF-16's NULs
        more = next(blocks, None)
        if more is None:
            break
        first += more
    if not encoding:
        what = sniff_binary(first)
        if what:
            raise NotTextError(f"not text (looks like {what})")
    try:
        wide = _wide_encoding(first, encoding)
    except LookupError:
        raise DecodeError(f"unknown encoding {encoding!r}") from None
    if not wide and split is None and len(first) <= max_story_bytes and not CONTROL_BYTES_RE.search(first):
        more = next(blocks, None)
        if more is None:  # the whole file, one story (no control byte to split on): most files
            d = decode(first, encoding)
            if tail or d.encoding:
                yield Decoded(d.text, d.encoding, d.warnings + _blank_warning(d.text))
            return
        blocks = chain((more,), blocks)
    if wide:
        stories = _wide_stories(first, blocks, wide, encoding, split, max_story_bytes)
    else:
        stories = _byte_stories(first, blocks, encoding, split, max_story_bytes)
    for d in stories:
        if tail or d.encoding:
            yield d


def _byte_stories(first: bytes, blocks: Iterator[bytes], encoding: str | None,
                  split: re.Pattern[str] | None, limit: int) -> Iterator[Decoded]:
    """Split on the bytes (read as latin-1, one char per byte), then decode each story.

    A block with no control character (and no --split match) cannot end a story, so it is
    only kept, not scanned again: the cost stays linear in the size of the file.
    """
    held: list[bytes] = [first]
    size = len(first)
    number = 0
    block: bytes | None = first
    while block is not None:
        block = next(blocks, None)
        if block is not None:
            held.append(block)
            size += len(block)
            if not _may_cut(block, held, split):
                if size > limit:
                    raise StoryTooLargeError(_too_large(number + 1, limit))
                continue
        buf = b"".join(held)
        held = []
        view = buf.decode("latin-1")
        spans = split_stories(view, split)
        done = _final_spans(view, spans, eof=block is None)
        if number and block is None and done == [(0, len(view))] and _empty(view):
            yield Decoded(view, "")  # only the white space after the last story's ETX
            return
        del view
        pieces, rest = _cut(buf, done, eof=block is None)
        del buf  # while a story is parsed, only its text and the rest of this batch are held
        while pieces:
            data, is_story = pieces.pop()
            if not is_story:  # white space and control codes between two stories
                yield Decoded(data.decode("latin-1"), "")
                continue
            number += 1
            if len(data) > limit:
                raise StoryTooLargeError(_too_large(number, limit))
            d = decode(data, encoding)
            del data
            if number == 1 and block is None and len(spans) == 1:
                d = Decoded(d.text, d.encoding, d.warnings + _blank_warning(d.text))
            yield d
        held, size = [rest], len(rest)
        if size > limit:
            raise StoryTooLargeError(_too_large(number + 1, limit))


def _cut(buf: bytes, done: list[tuple[int, int]], *, eof: bool) -> tuple[list[tuple[bytes, bool]], bytes]:
    """The stories and the gaps between them as (bytes, is_story), last first; and the rest."""
    pieces: list[tuple[bytes, bool]] = []
    pos = 0
    for s, e in done:
        if s > pos:
            pieces.append((buf[pos:s], False))
        pieces.append((buf[s:e], True))
        pos = e
    if eof and pos < len(buf):
        pieces.append((buf[pos:], False))
        pos = len(buf)
    pieces.reverse()
    return pieces, buf[pos:]


CONTROL_BYTES_RE = lazy(rb"[\x01-\x04\x0c]")


def _may_cut(block: bytes, held: list[bytes], split: re.Pattern[str] | None) -> bool:
    """Could the story end inside this block (a control byte, or a --split match)?"""
    if CONTROL_BYTES_RE.search(block):
        return True
    if split is None:
        return False
    before = held[-2][-4096:] if len(held) > 1 else b""  # a match may start in the block before
    return split.search((before + block).decode("latin-1")) is not None


def _empty(view: str) -> bool:
    return EMPTY_RE.fullmatch(view) is not None


def _wide_stories(first: bytes, blocks: Iterator[bytes], enc: str, forced: str | None,
                  split: re.Pattern[str] | None, limit: int) -> Iterator[Decoded]:
    """UTF-16/32: decode as a stream, then split the text (same rules as for bytes)."""
    dec = codecs.getincrementaldecoder(enc)("strict" if forced else "replace")
    no_bom = not forced and not any(first.startswith(b) for b, _ in BOMS)
    held: list[str] = []
    size = number = replaced = 0
    block: bytes | None = first
    while block is not None:
        try:
            chunk = dec.decode(block)
            block = next(blocks, None)
            if block is None:
                chunk += dec.decode(b"", final=True)
        except UnicodeError as exc:
            reason = getattr(exc, "reason", str(exc))
            raise DecodeError(f"not valid {enc} ({reason}); try another --encoding") from None
        replaced += chunk.count("\ufffd")
        held.append(chunk)
        size += len(chunk) * 2
        if block is not None and not _may_cut_text(chunk, held, split):
            if size > limit:
                raise StoryTooLargeError(_too_large(number + 1, limit))
            continue
        buf = "".join(held)
        spans = split_stories(buf, split)
        done = _final_spans(buf, spans, eof=block is None)
        if number and block is None and done == [(0, len(buf))] and _empty(buf):
            yield Decoded(buf, "")
            return
        pos = 0
        for s, e in done:
            if s > pos:
                yield Decoded(buf[pos:s], "")
            pos = e
            number += 1
            if (e - s) * 2 > limit:
                raise StoryTooLargeError(_too_large(number, limit))
            text = buf[s:e]
            warnings = [f"no byte-order mark; decoded as {enc}"] if no_bom and number == 1 else []
            bad = text.count("\ufffd") if replaced else 0
            if bad:
                warnings.append(f"{bad} undecodable byte sequence(s) replaced with U+FFFD ({enc})")
            if number == 1 and block is None and len(spans) == 1:
                warnings.extend(_blank_warning(text))
            yield Decoded(text, enc, tuple(warnings))
        if block is None and pos < len(buf):
            yield Decoded(buf[pos:], "")
        rest = buf[pos:]
        held, size = [rest], len(rest) * 2
        if size > limit:
            raise StoryTooLargeError(_too_large(number + 1, limit))


def _may_cut_text(chunk: str, held: list[str], split: re.Pattern[str] | None) -> bool:
    if CONTROL_RE.search(chunk):
        return True
    if split is None:
        return False
    before = held[-2][-4096:] if len(held) > 1 else ""
    return split.search(before + chunk) is not None


def _final_spans(view: str, spans: list[tuple[int, int]], *, eof: bool) -> list[tuple[int, int]]:
    """The spans whose end can no longer change when more of the file is read.

    All but the last; and not a story that ends at an ETX with no control character after
    it yet, because an EOT may still follow (IPTC's "ETX date-time EOT" trailer).
    """
    if eof:
        return spans
    last_control = -1
    for m in CONTROL_RE.finditer(view, max(0, len(view) - BLOCK)):
        last_control = m.start()
    out = []
    for s, e in spans[:-1]:
        if view[e - 1:e] == ETX and e > last_control:
            break
        out.append((s, e))
    return out


def _too_large(number: int, limit: int) -> str:
    return (f"story {number} is longer than {limit:,} bytes (--max-story-bytes); raise the "
            "limit, or cut the file into stories with --split")
