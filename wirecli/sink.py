"""Where records go: stdout (flushed per record) or -o FILE (written atomically), in UTF-8.

    sink = Sink.open("out.jsonl")     # or Sink.open(None) for stdout
    writer = JsonLinesWriter(sink)
    writer.record('{"file": ...}')    # jsonl records arrive as finished lines
    writer.close()
    sink.commit()                     # os.replace(temp, out.jsonl); abort() removes the temp

-o writes to a hidden temp file beside the target and renames it into place only when the
run finishes, so a crash or Ctrl-C never leaves half a file (an older file stays as it was).
The progress bar (rich, stderr only) lives here too.
"""
from __future__ import annotations

import os
import sys
from typing import IO, Any


class Sink:
    """A byte stream for records."""

    def __init__(self, stream: IO[bytes], *, flush_each: bool, target: str | None = None,
                 temp: str | None = None):
        self.stream = stream
        self.flush_each = flush_each
        self.target = target
        self.temp = temp

    @classmethod
    def open(cls, output: str | None) -> Sink:
        if output is None or output == "-":
            return cls(sys.stdout.buffer, flush_each=True)
        import tempfile
        folder = os.path.dirname(os.path.abspath(output))
        fd, temp = tempfile.mkstemp(dir=folder, prefix="." + os.path.basename(output) + ".",
                                    suffix=".part")
        return cls(os.fdopen(fd, "wb"), flush_each=False, target=output, temp=temp)

    def write(self, text: str) -> None:
        self.stream.write(text.encode("utf-8", "replace"))
        if self.flush_each:
            self.stream.flush()

    def commit(self) -> None:
        """Finish: flush stdout, or move the temp file into place."""
        if self.temp is None:
            self.stream.flush()
            return
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        os.chmod(self.temp, _mode_for(self.target))
        os.replace(self.temp, self.target)
        self.temp = None

    def abort(self) -> None:
        """Give up: remove the temp file (stdout is left as it is)."""
        if self.temp is None:
            return
        try:
            self.stream.close()
        except OSError:
            pass
        try:
            os.unlink(self.temp)
        except OSError:
            pass
        self.temp = None


def _mode_for(target: str) -> int:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


class JsonLinesWriter:
    """One compact JSON object per line; error records included."""

    def __init__(self, sink: Sink):
        self.sink = sink

    def record(self, rec: Any) -> None:
        if not isinstance(rec, str):
            from .render import to_json_line
            rec = to_json_line(rec)
        self.sink.write(rec + "\n")

    error = record

    def close(self) -> None:
        pass


class JsonWriter:
    """One object for one story, an array for several, streamed: the first record is held
    until the second shows whether an array is needed.  Errors go to stderr only."""

    def __init__(self, sink: Sink):
        self.sink = sink
        self.first: str | None = None
        self.count = 0

    def record(self, rec: Any) -> None:
        from .render import to_json
        text = to_json(rec)
        self.count += 1
        if self.count == 1:
            self.first = text
            return
        if self.count == 2:
            self.sink.write("[\n" + _indent(self.first or "") + ",\n")
            self.first = None
        else:
            self.sink.write(",\n")
        self.sink.write(_indent(text))

    def error(self, rec: Any) -> None:
        pass

    def close(self) -> None:
        if self.count == 1:
            self.sink.write((self.first or "") + "\n")
        elif self.count > 1:
            self.sink.write("\n]\n")


def _indent(text: str) -> str:
    return "  " + text.replace("\n", "\n  ")


class Progress:
    """files done / total, stories, rate, errors: a rich bar on stderr, or nothing."""

    def __init__(self, total: int | None):
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress as Bar,
                                   TextColumn, TimeElapsedColumn)
        self.bar = Bar(TextColumn("parsing"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("files  {task.fields[stories]} stories  "
                                  "{task.fields[rate]}/s  {task.fields[errors]} errors"),
                       TimeElapsedColumn(), console=Console(stderr=True),
                       redirect_stdout=False, redirect_stderr=True, transient=False)
        self.task = self.bar.add_task("parse", total=total, stories=0, rate="0", errors=0)
        self.stories = 0
        self.errors = 0
        self.bar.start()

    def advance(self, stories: int, failed: bool, files: int = 1) -> None:
        self.stories += stories
        self.errors += failed
        task = self.bar.tasks[0]
        elapsed = task.elapsed or 0.0
        rate = f"{self.stories / elapsed:,.0f}" if elapsed > 0 else "0"
        self.bar.update(self.task, advance=files, stories=self.stories, rate=rate,
                        errors=self.errors)

    def message(self, line: str) -> None:
        self.bar.console.print(line, markup=False, highlight=False, soft_wrap=True)

    def stop(self) -> None:
        self.bar.stop()


def want_progress(n_files_hint: int, stdout_streams: bool) -> bool:
    """A bar only when stderr is a terminal, there are several files, and stdout is not
    the same terminal receiving records as they come (the bar would garble them)."""
    if n_files_hint < 2 or os.environ.get("CI"):
        return False
    try:
        if not sys.stderr.isatty():
            return False
        if stdout_streams and sys.stdout.isatty():
            return False
    except (AttributeError, ValueError):
        return False
    return True
