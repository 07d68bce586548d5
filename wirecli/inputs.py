"""Which files a run reads: paths, directories, --glob and --files-from, in a stable order.

    wirecli parse a.txt archive/ -            a file, a directory (recursive), stdin
    wirecli parse archive/ --glob '*.txt'     only matching files inside directories
    find . -name '*.txt' -print0 | wirecli parse --files-from - -0

Directories are walked in sorted order (like ``find | sort``), skipping hidden files and
folders (names starting with "."); symbolic links to folders are followed, and a link back
to a folder being walked is reported as a directory loop instead of walked forever.
Nothing here reads a file: a path that cannot be read becomes an error record later, so one
bad entry never stops the run.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from fnmatch import fnmatchcase

from .model import Frozen, _set


class Input(Frozen):
    """One thing to read: a path ("-" for stdin), or a path that failed while walking (error)."""

    __slots__ = ("path", "error")

    def __init__(self, path: str, error: str | None = None):
        _set(self, "path", path)
        _set(self, "error", error)


def iter_inputs(paths: Iterable[str], *, globs: tuple[str, ...] = (),
                files_from: str | None = None, null: bool = False) -> Iterator[Input]:
    """Inputs in order: ``paths`` first, then the entries of ``files_from``."""
    for p in paths:
        yield from expand(p, globs)
    if files_from is not None:
        for p in read_path_list(files_from, null):
            yield from expand(p, globs)


def expand(path: str, globs: tuple[str, ...] = ()) -> Iterator[Input]:
    """A file as it is; a directory as the files inside it, recursively, sorted."""
    if path != "-" and os.path.isdir(path):
        yield from walk(path, globs)
    else:
        yield Input(path)


def walk(root: str, globs: tuple[str, ...] = ()) -> Iterator[Input]:
    """Files under ``root`` in sorted order; hidden names skipped; loops reported."""
    try:
        st = os.stat(root)
    except OSError as exc:
        yield Input(root, _reason(exc))
        return
    # Each stack entry: (folder, the (dev, inode) of the folders above it, sorted entries left)
    stack: list[tuple[str, frozenset, list[os.DirEntry]]] = []
    entries = _scan(root)
    if isinstance(entries, str):
        yield Input(root, entries)
        return
    stack.append((root, frozenset({(st.st_dev, st.st_ino)}), entries))
    while stack:
        folder, above, left = stack[-1]
        if not left:
            stack.pop()
            continue
        entry = left.pop()
        path = entry.path
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if not is_dir:
            if not globs or _selected(os.path.relpath(path, root), entry.name, globs):
                yield Input(path)
            continue
        try:
            sub = os.stat(path)
        except OSError as exc:
            yield Input(path, _reason(exc))
            continue
        key = (sub.st_dev, sub.st_ino)
        if key in above:
            yield Input(path, "directory loop (a link back to a folder above it); not followed")
            continue
        sub_entries = _scan(path)
        if isinstance(sub_entries, str):
            yield Input(path, sub_entries)
            continue
        stack.append((path, above | {key}, sub_entries))


def _scan(folder: str) -> list[os.DirEntry] | str:
    """Visible entries of ``folder``, sorted by name and reversed (so pop() gives the next),
    or the reason it cannot be listed."""
    try:
        with os.scandir(folder) as it:
            entries = [e for e in it if not e.name.startswith(".")]
    except OSError as exc:
        return _reason(exc)
    entries.sort(key=lambda e: e.name, reverse=True)
    return entries


def _selected(rel: str, name: str, globs: tuple[str, ...]) -> bool:
    return any(fnmatchcase(name, g) or fnmatchcase(rel, g) for g in globs)


def _reason(exc: OSError) -> str:
    if isinstance(exc, PermissionError):
        return "permission denied"
    return (exc.strerror or str(exc)).lower()


def read_path_list(source: str, null: bool = False) -> Iterator[str]:
    """Paths listed one per line (or NUL-separated with ``null``) in a file, or "-" for stdin.

    Read as it comes, so ``find ... -print0 | wirecli parse --files-from - -0`` starts before
    find has finished.  Empty entries are skipped; a trailing CR (Windows lists) is dropped.
    """
    sep = b"\0" if null else b"\n"
    if source == "-":
        yield from _split_stream(_RawStdin(), sep)
        return
    with open(source, "rb") as f:
        yield from _split_stream(f, sep)


class _RawStdin:
    """stdin read with os.read: no buffer lock held while waiting, so a reader thread
    blocked on a pipe cannot stall the interpreter's exit (Ctrl-C while find runs)."""

    def read1(self, n: int) -> bytes:
        try:
            fd = sys.stdin.fileno()
        except (AttributeError, OSError, ValueError):  # io.UnsupportedOperation: a test's stdin
            buf = sys.stdin.buffer
            return buf.read1(n) if hasattr(buf, "read1") else buf.read(n)
        return os.read(fd, n)


def _split_stream(f, sep: bytes) -> Iterator[str]:
    rest = b""
    while True:
        chunk = f.read1(65536) if hasattr(f, "read1") else f.read(65536)
        if not chunk:
            break
        rest += chunk
        *items, rest = rest.split(sep)
        for item in items:
            p = _clean(item, sep)
            if p:
                yield p
    p = _clean(rest, sep)
    if p:
        yield p


def _clean(item: bytes, sep: bytes) -> str:
    if sep == b"\n" and item.endswith(b"\r"):
        item = item[:-1]
    return os.fsdecode(item)
