"""Reading inputs: bytes from files or stdin, decoded to text with a note of what happened.

Decoding order: a BOM (UTF-8, UTF-16, UTF-32) wins; then strict UTF-8; then, for legacy
single-byte copy, cp1252 (latin-1 for the bytes cp1252 leaves undefined).  Bytes that no
encoding could read are never dropped silently: the caller gets a warning.
"""
from __future__ import annotations

import codecs
import os
from dataclasses import dataclass

from .errors import DecodeError, NotTextError, ReadError

BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"))

# Magic numbers of common binary files that end up in news folders.
MAGIC = ((b"%PDF", "PDF"), (b"PK\x03\x04", "a zip archive"), (b"\x89PNG", "PNG image"),
         (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"), (b"\x7fELF", "an executable"),
         (b"MZ", "an executable"), (b"\x1f\x8b", "gzip data"), (b"BZh", "bzip2 data"),
         (b"\xfd7zXZ", "xz data"), (b"7z\xbc\xaf", "a 7z archive"), (b"Rar!", "a RAR archive"),
         (b"\xd0\xcf\x11\xe0", "an Office document"), (b"SQLite format 3", "SQLite database"),
         (b"ID3", "MP3 audio"), (b"OggS", "Ogg media"), (b"RIFF", "RIFF media"))


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def sniff_binary(data: bytes) -> str | None:
    """What a binary file looks like ("PDF", "PNG image"), or None for text."""
    for magic, what in MAGIC:
        if data.startswith(magic):
            return what
    head = data[:4096]
    if not head:
        return None
    if any(head.startswith(b) for b, _ in BOMS):
        return None
    nul = head.count(b"\x00")
    if nul > len(head) // 10 and not _looks_utf16(head):
        return "binary data"
    return None


def _looks_utf16(head: bytes) -> bool:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    return max(even, odd) > len(head) // 4 and min(even, odd) < len(head) // 50


def decode(data: bytes, encoding: str | None = None) -> Decoded:
    """Bytes to text.  Raises DecodeError only when a forced ``encoding`` fails."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodeError(f"cannot decode as {encoding}: {exc}") from None
    for bom, enc in BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            bad = text.count("\ufffd")
            warn = (f"{bad} undecodable byte sequence(s) replaced with U+FFFD",) if bad else ()
            return Decoded(text, enc, warn)
    if _looks_utf16(data[:4096]) and len(data) % 2 == 0:
        enc = "utf-16-le" if data[1::2][:2048].count(0) > data[0::2][:2048].count(0) else "utf-16-be"
        try:
            return Decoded(data.decode(enc), enc, (f"no BOM; decoded as {enc}",))
        except UnicodeDecodeError:
            pass
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1252", errors="replace")
    if "\ufffd" in text:  # bytes cp1252 leaves undefined (0x81, 0x8d, ...): latin-1 maps all
        text = data.decode("latin-1")
        return Decoded(text, "latin-1", ("not valid UTF-8; decoded as latin-1",))
    return Decoded(text, "cp1252", ("not valid UTF-8; decoded as cp1252",))


def read_bytes(path: str) -> bytes:
    """The file's bytes; '-' reads stdin.  Raises ReadError with a plain reason."""
    if path == "-":
        import sys
        return sys.stdin.buffer.read()
    try:
        if os.path.isdir(path):
            raise ReadError("is a directory")
        with open(path, "rb") as f:
            return f.read()
    except ReadError:
        raise
    except PermissionError:
        raise ReadError("permission denied") from None
    except FileNotFoundError:
        raise ReadError("no such file (broken link?)") from None
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None


def read_text(path: str, encoding: str | None = None) -> Decoded:
    data = read_bytes(path)
    what = None if encoding else sniff_binary(data)
    if what:
        raise NotTextError(f"not text (looks like {what})")
    return decode(data, encoding)
