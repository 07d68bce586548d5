"""Batch runs: each input file -> read -> split into stories -> parse -> records, in order.

    for result in run(iter_inputs(paths), Job(fmt="jsonl"), workers=2):
        ...   # one FileResult per input, in input order, whatever the number of workers

One worker runs everything in this process, with no multiprocessing import (a shell loop
that calls wirecli once per file pays nothing for it).  Several workers are forked
processes that each read, decode, split and parse a chunk of files and send back finished
JSON lines; at most a few chunks per worker are in flight, so memory stays flat however
slow the reader of our output is.  stdin ("-") is always read here, in its place in the
order.
"""
from __future__ import annotations

import gc
import os
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

from .errors import WirecliError
from .inputs import Input
from .model import Frozen, _set, replace

CHUNK_FILES = 16          # files sent to a worker at once, at most
INFLIGHT_PER_WORKER = 4   # chunks queued per worker before we wait for the oldest
MANY_FILES = 64           # from this many inputs on, the default is one worker per core
POLL = 0.05               # seconds between looks at finished results while inputs are slow
BIG_FILE = 256 * 1024     # a file this big (a feed) is split here and parsed by all workers
STORY_PART = 32           # stories of a big file sent to a worker at once


class Job(Frozen):
    """What to do with every file (picklable: it is sent to the workers).

    fmt           "jsonl": records come back as finished JSON lines; anything else: as dicts
    year          year for datelines that print only month and day
    explain       add each record's "explain" list
    split         --split REGEX: a pattern that separates stories (feeds.compile_split)
    keep_text     also return (text, Story) for each story (the table's --explain view needs them)
    read_options  keyword arguments for reader.read_text (encoding, ...); a new dict by default
    """

    __slots__ = ("fmt", "year", "explain", "split", "keep_text", "read_options")

    def __init__(self, fmt: str = "jsonl", year: int | None = None, explain: bool = False,
                 split: str | None = None, keep_text: bool = False,
                 read_options: dict[str, Any] | None = None):
        _set(self, "fmt", fmt)
        _set(self, "year", year)
        _set(self, "explain", explain)
        _set(self, "split", split)
        _set(self, "keep_text", keep_text)
        _set(self, "read_options", {} if read_options is None else read_options)


class FileResult:
    """What one input gave: records (str or dict), stderr messages, an error, a count.

    partial  more results for the same file follow (a big feed parsed by several workers)
    """

    __slots__ = ("path", "records", "messages", "error", "stories", "texts", "partial")

    def __init__(self, path: str, records: list | None = None, messages: list[str] | None = None,
                 error: str | None = None, stories: int = 0, texts: list | None = None,
                 partial: bool = False):
        self.path = path
        self.records = [] if records is None else records
        self.messages = [] if messages is None else messages
        self.error = error
        self.stories = stories
        self.texts = [] if texts is None else texts
        self.partial = partial

    def __repr__(self) -> str:
        return (f"FileResult(path={self.path!r}, records={self.records!r}, "
                f"messages={self.messages!r}, error={self.error!r}, stories={self.stories!r}, "
                f"texts={self.texts!r}, partial={self.partial!r})")


def error_record(path: str, reason: str) -> dict:
    """The record a pipeline sees for an input that failed: {"file": ..., "error": ...}."""
    return {"file": path, "error": reason}


def read_step(path: str, job: Job):
    """The stories of one input, decoded, as they are read (reader.iter_stories: a 200 MB
    feed is never held whole).  Raises WirecliError for a bad file, possibly after some
    stories."""
    from .reader import iter_stories
    opts = dict(job.read_options)
    opts["split"] = _split_pattern(job.split or opts.get("split"))
    if opts.get("max_story_bytes") is None:
        opts.pop("max_story_bytes", None)
    return iter_stories(path, **opts)


@lru_cache(maxsize=8)
def _split_pattern(pattern: str | None):
    if pattern is None:
        return None
    from .feeds import compile_split
    return compile_split(pattern)


def process(item: Input, job: Job) -> FileResult:
    """Read, split and parse one input.  Never raises for a bad file (KeyboardInterrupt
    and the like still propagate).  A file that fails part-way keeps the records of the
    stories before the failure, then its error record."""
    if item.error is not None:
        return _failed(item.path, item.error, job)
    return parse_stories(item.path, read_step(item.path, job), job)


def parse_stories(path: str, stories: Iterable, job: Job, *, first: int = 1,
                  reason: str | None = None, partial: bool = False) -> FileResult:
    """Records for decoded stories (``.text``, ``.warnings``) numbered from ``first``; an
    error while reading them (or ``reason``) ends the result with an error record."""
    from .render import to_json_line

    result = FileResult(path, partial=partial)
    warnings: list[str] = []
    try:
        for n, decoded in enumerate(stories, first):
            story = parse_paused(decoded.text, year=job.year)
            if job.keep_text:  # the renderer gets the story itself: give it its file and number
                story = replace(story, file=path, story=n,
                                warnings=tuple(decoded.warnings) + story.warnings)
                result.texts.append((decoded.text, story))
            warnings.extend(decoded.warnings)
            record = story.to_dict(explain=job.explain)
            if not job.keep_text:  # what replace() gives, without copying the story
                record["file"], record["story"] = path, n
                if decoded.warnings:
                    record["warnings"] = list(decoded.warnings) + record["warnings"]
            result.records.append(to_json_line(record) if job.fmt == "jsonl" else record)
            result.stories += 1
    except WirecliError as exc:
        reason = str(exc)
    except (OSError, ValueError, MemoryError) as exc:
        reason = f"cannot read: {exc}"
    result.messages = list(_merge(warnings))
    if reason is not None:
        failed = _failed(path, reason, job)
        result.records.extend(failed.records)
        result.messages.append(reason)
        result.error = reason
        result.partial = False
    return result


def _merge(warnings: list[str]) -> tuple[str, ...]:
    if not warnings:
        return ()
    from .reader import merge_warnings
    return merge_warnings(warnings)


def _failed(path: str, reason: str, job: Job) -> FileResult:
    rec: Any = error_record(path, reason)
    if job.fmt == "jsonl":
        from .render import to_json_line
        rec = to_json_line(rec)
    return FileResult(path, records=[rec], messages=[reason], error=reason)


def default_workers() -> int:
    """One per core this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def choose_workers(requested: int | None, items: Iterator[Input], *, stream: bool = False
                   ) -> tuple[int, Iterator[Input]]:
    """The number of workers, and the inputs (peeked at, so they are given back whole).

    Without --workers: one per core when there are at least MANY_FILES inputs, or a big
    file (a feed), or the inputs are a stream such as ``--files-from -`` (which we must
    not wait for); else one.
    """
    if requested is not None:
        return requested, items
    if stream:
        return default_workers(), items
    head: list[Input] = []
    for item in items:
        head.append(item)
        if len(head) >= MANY_FILES:
            break
    many = len(head) >= MANY_FILES or any(
        i.error is None and i.path != "-" and _big(i.path) for i in head)  # a day's feed
    workers = default_workers() if many else 1
    return workers, _chain(head, items)


def _chain(head: list[Input], rest: Iterator[Input]) -> Iterator[Input]:
    yield from head
    yield from rest


GC_THRESHOLD = 20_000  # allocations between young-generation collections (Python's default: 700)


def tune_gc() -> None:
    """Make the cyclic garbage collector run less often, for a batch of stories.

    A story allocates a tuple per line and per paragraph and frees them by reference
    counting (the records hold no cycles), so the collector's passes find nothing; on copy
    with a line break every few characters they cost a quarter of the time, more the
    longer the story (each full pass walks every tuple still alive).  Objects made at
    start-up (modules, patterns) are frozen out of its passes; worker processes forked
    afterwards inherit both settings.  parse() itself never touches the collector.
    """
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def parse_paused(text: str, year: int | None = None):
    """parse(text) with the cyclic collector paused for the one story (it runs between
    stories, so a batch's memory stays flat)."""
    from .pipeline import parse
    if not gc.isenabled():
        return parse(text, year=year)
    gc.disable()
    try:
        return parse(text, year=year)
    finally:
        gc.enable()


def run(items: Iterable[Input], job: Job, workers: int = 1, *, stream: bool = False
        ) -> Iterator[FileResult]:
    """FileResults in input order.  ``stream``: the inputs may be slow to come (a pipe)."""
    tune_gc()
    if workers <= 1:
        for item in items:
            yield from _process_streamed(item, job)
        return
    yield from _run_pool(items, job, workers, stream)


def _run_pool(items: Iterable[Input], job: Job, workers: int, stream: bool
              ) -> Iterator[FileResult]:
    """Chunks of files go to worker processes, each with its own pipe; results come back
    per worker in the order sent, so reading the oldest chunk's worker gives input order.
    No shared locks or helper threads: Ctrl-C, a broken pipe or `kill` can stop everything
    at any moment (workers are killed outright)."""
    pool = [_Worker(job) for _ in range(workers)]
    window: deque = deque()  # (worker, chunk) sent out, or a list of FileResults done here
    limit = workers * INFLIGHT_PER_WORKER
    ok = False
    try:
        chunks = _chunks_slow(items, workers) if stream else _chunks(items, workers)
        for chunk in chunks:
            if not chunk:  # the inputs are slow to come: meanwhile, pass on what is done
                pass
            elif len(chunk) == 1 and chunk[0].error is not None:
                window.append([_process_safe(chunk[0], job)])
            elif len(chunk) == 1 and (chunk[0].path == "-" or _big(chunk[0].path)):
                # stdin (ours to read) or a big feed: we read and split it, the workers
                # parse its stories
                for part in _story_parts(chunk[0].path, job):
                    window.append((_send(pool, part, job), chunk))
                    while len(window) > limit or (window and _ready(window[0])):
                        yield from _get(window.popleft(), job)
            else:
                window.append((_send(pool, chunk, job), chunk))
            while len(window) > limit or (window and _ready(window[0])):
                yield from _get(window.popleft(), job)
        while window:
            yield from _get(window.popleft(), job)
        ok = True
    finally:
        for w in pool:
            w.stop(kill=not ok)


def _send(pool: list, task, job: Job):
    """Give ``task`` to the least busy worker (replacing a dead one); that worker."""
    i = min(range(len(pool)), key=lambda k: pool[k].pending)
    while not pool[i].send(task):  # it died: a new one takes its place
        pool[i] = _Worker(job)
    return pool[i]


def _big(path: str) -> bool:
    """A file worth splitting over the workers story by story (only asked of the first
    few files of a run, while chunks hold one file)."""
    try:
        return os.stat(path).st_size >= BIG_FILE
    except OSError:
        return False


def _story_parts(path: str, job: Job) -> Iterator[tuple]:
    """A big file's stories, read and split here, in parts of STORY_PART stories:
    ("stories", path, first number, decoded stories, error or None, last part?)."""
    part: list = []
    first = n = 1
    try:
        for decoded in read_step(path, job):
            part.append(decoded)
            n += 1
            if len(part) >= STORY_PART:
                yield ("stories", path, first, part, None, False)
                part, first = [], n
    except WirecliError as exc:
        yield ("stories", path, first, part, str(exc), True)
        return
    except (OSError, ValueError, MemoryError) as exc:
        yield ("stories", path, first, part, f"cannot read: {exc}", True)
        return
    yield ("stories", path, first, part, None, True)


class _Worker:
    """One forked worker process and the pipe to it."""

    def __init__(self, job: Job):
        import multiprocessing as mp

        methods = mp.get_all_start_methods()
        ctx = mp.get_context("fork" if "fork" in methods else methods[0])
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, job), daemon=True)
        self.proc.start()
        child.close()
        self.pending = 0
        self.alive = True

    def send(self, chunk: list[Input]) -> bool:
        """False when the worker is gone (its earlier chunks become error records)."""
        if not self.alive:
            return False
        try:
            self.conn.send(chunk)
        except OSError:  # never mistaken for a broken stdout
            self.alive = False
            return False
        self.pending += 1
        return True

    def ready(self) -> bool:
        return not self.alive or self.conn.poll(0)

    def recv(self, chunk: list[Input], job: Job) -> list[FileResult]:
        self.pending -= 1
        if self.alive:
            try:
                return [FileResult(*t) for t in self.conn.recv()]
            except (EOFError, OSError):
                self.alive = False
        reason = "the worker process died while parsing this file (out of memory?)"
        return [_failed(item.path, reason, job) for item in chunk]

    def stop(self, kill: bool) -> None:
        try:
            if kill:
                self.proc.kill()
            else:
                self.conn.send(None)
        except (OSError, ValueError):
            pass
        self.proc.join(None if kill else 10)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _worker_main(conn, job: Job) -> None:
    """A worker: parse the chunks that come down the pipe until None (or the parent is
    gone), sending back plain tuples (they travel faster than objects)."""
    import signal
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    parent = os.getppid()
    while True:
        if not conn.poll(1.0):
            if os.getppid() != parent:
                return
            continue
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        if isinstance(chunk, tuple):  # ("stories", path, first, stories, error, last)
            _, path, first, stories, reason, last = chunk
            r = parse_stories(path, stories, job, first=first, reason=reason, partial=not last)
            out = [(r.path, r.records, r.messages, r.error, r.stories, r.texts, r.partial)]
        else:
            out = _process_chunk(chunk, job)
        try:
            conn.send(out)
        except OSError:  # the parent is gone
            return


def _chunk_size(seen: int, workers: int) -> int:
    """Files per chunk: 1 at first (a few big feed files still spread over the workers),
    growing to CHUNK_FILES as the run shows it has many files."""
    return max(1, min(CHUNK_FILES, seen // (workers * INFLIGHT_PER_WORKER)))


def _chunks(items: Iterable[Input], workers: int) -> Iterator[list[Input]]:
    """Inputs grouped for the workers (see _chunk_size); stdin and inputs that already
    failed come alone."""
    chunk: list[Input] = []
    seen = 0
    for item in items:
        seen += 1
        if item.path == "-" or item.error is not None:
            if chunk:
                yield chunk
                chunk = []
            yield [item]
            continue
        chunk.append(item)
        if len(chunk) >= _chunk_size(seen, workers):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _chunks_slow(items: Iterable[Input], workers: int) -> Iterator[list[Input]]:
    """Like _chunks, for inputs that come slowly (a --files-from pipe): a thread reads
    them, and a chunk goes out as soon as no more input is waiting, so no file waits for
    the next one.  An empty chunk means "nothing new yet" (every POLL seconds), so
    finished results can be written while we wait."""
    import queue
    import threading

    q: queue.Queue = queue.Queue(maxsize=4 * CHUNK_FILES)
    end = object()

    def feed() -> None:
        try:
            for item in items:
                q.put(item)
        except BaseException as exc:  # noqa: BLE001 - handed over to the main thread
            q.put(exc)
        q.put(end)

    threading.Thread(target=feed, name="wirecli-inputs", daemon=True).start()
    chunk: list[Input] = []
    seen = 0
    while True:
        try:
            item = q.get(timeout=POLL) if not chunk else q.get_nowait()
        except queue.Empty:  # nothing waiting: send what we have (or a tick)
            yield chunk
            chunk = []
            continue
        if item is end:
            break
        if isinstance(item, BaseException):
            raise item
        seen += 1
        if item.path == "-" or item.error is not None:
            if chunk:
                yield chunk
                chunk = []
            yield [item]
            continue
        chunk.append(item)
        if len(chunk) >= _chunk_size(seen, workers):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _ready(entry) -> bool:
    return isinstance(entry, list) or entry[0].ready()


def _get(entry, job: Job) -> list[FileResult]:
    if isinstance(entry, list):
        return entry
    worker, chunk = entry
    return worker.recv(chunk, job)


def _process_chunk(chunk: list[Input], job: Job) -> list[tuple]:
    """Runs in a worker; plain tuples travel back faster than objects."""
    out = []
    for item in chunk:
        r = _process_safe(item, job)
        out.append((r.path, r.records, r.messages, r.error, r.stories, r.texts, r.partial))
    return out


def _process_streamed(item: Input, job: Job) -> Iterator[FileResult]:
    """One input's results, STORY_PART stories at a time (partial=True until the last), so
    a day's feed in one file streams its records and memory stays that of a few stories."""
    if item.error is not None:
        yield _failed(item.path, item.error, job)
        return
    try:
        stories = iter(read_step(item.path, job))
        first = 1
        while True:
            batch: list = []
            reason = None
            done = False
            try:
                for decoded in stories:
                    batch.append(decoded)
                    if len(batch) >= STORY_PART:
                        break
                else:
                    done = True
            except WirecliError as exc:
                reason, done = str(exc), True
            except (OSError, ValueError, MemoryError) as exc:
                reason, done = f"cannot read: {exc}", True
            yield parse_stories(item.path, batch, job, first=first, reason=reason,
                                partial=not done)
            first += len(batch)
            if done:
                return
    except Exception as exc:  # a bug must cost one file, not the run
        yield _failed(item.path, f"internal error ({type(exc).__name__}: {exc})", job)


def _process_safe(item: Input, job: Job) -> FileResult:
    try:
        return process(item, job)
    except Exception as exc:  # a bug must cost one file, not the run
        return _failed(item.path, f"internal error ({type(exc).__name__}: {exc})", job)
