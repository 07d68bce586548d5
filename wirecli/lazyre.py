"""Regular expressions compiled on first use, so that start-up pays only for those a story needs.

    TOKEN_RE = lazy(r"...", re.X)      # at module level, instead of re.compile(...)
    TOKEN_RE.match(text)               # compiles here, once

Compiling the rules' patterns costs about half of `import wirecli` (a shell loop that runs
wirecli once per file pays it every time), and a typical story uses only some of them.
On first use the module global that holds the pattern is replaced by the compiled
re.Pattern itself, so later calls cost nothing extra.  ``pattern`` and ``flags`` are there
without compiling, for patterns built from other patterns.
"""
from __future__ import annotations

import re
import sys


class LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles when first used."""

    __slots__ = ("pattern", "flags", "_rx", "_module")

    def __init__(self, pattern: str, flags: int = 0, module: str | None = None):
        self.pattern = pattern
        self.flags = flags
        self._rx = None
        self._module = module
        _DEFINED.add((pattern, int(flags)))

    def compiled(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = _compile(self.pattern, self.flags, self._module)
            names = getattr(sys.modules.get(self._module), "__dict__", {})
            for name, value in list(names.items()):
                if value is self:  # from now on the module's code uses the pattern itself
                    names[name] = rx
        return rx

    def match(self, *args):
        return self.compiled().match(*args)

    def search(self, *args):
        return self.compiled().search(*args)

    def fullmatch(self, *args):
        return self.compiled().fullmatch(*args)

    def finditer(self, *args):
        return self.compiled().finditer(*args)

    def findall(self, *args):
        return self.compiled().findall(*args)

    def split(self, *args):
        return self.compiled().split(*args)

    def sub(self, *args):
        return self.compiled().sub(*args)

    def subn(self, *args):
        return self.compiled().subn(*args)

    def __getattr__(self, name):  # groupindex, groups, scanner, ...
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """``re.compile(pattern, flags)``, compiled on first use (see the module docstring)."""
    return LazyPattern(pattern, flags, sys._getframe(1).f_globals.get("__name__"))


# --- a start-up cache of compiled pattern code (used by the CLI only) --------------------
#
# Most of a one-story run's own cost is compiling patterns (~10 ms for ~70 of them): a shell
# loop over 10,000 files pays it on every call.  Like Python's own __pycache__, the CLI can
# keep the compiled form between runs: for each pattern, the SRE code that re's compiler
# produces, packed as 32-bit words and stored with marshal under a name keyed by the Python
# version and the SRE engine's magic number, so a different interpreter never reads it.  parse() itself never opens files:
# the CLI calls load_cache() before parsing and save_cache() at the end.  Any problem with the
# file (missing, unreadable, stale, corrupt) means patterns are simply compiled as usual.

_CODES: dict = {}      # (pattern, flags) -> (flags, code, groups, groupindex, indexgroup, module)
_RECORD: list = []     # patterns compiled this run that the cache did not hold
_DEFINED: set = set()  # (pattern, flags) of every lazy() pattern of the modules imported
_recording = False


def _compile(pattern: str, flags: int, module: str | None = None) -> re.Pattern:
    entry = _CODES.get((pattern, int(flags))) if _CODES else None
    if entry is not None:
        try:
            import _sre
            from array import array
            f, packed, groups, groupindex, indexgroup = entry[:5]
            code = array("I")
            code.frombytes(packed)
            return _sre.compile(pattern, f, code.tolist(), groups, groupindex, indexgroup)
        except Exception:  # a stale or damaged entry: compile it the ordinary way
            _CODES.pop((pattern, int(flags)), None)
    if _recording:
        try:
            return _compile_and_record(pattern, flags, module)
        except Exception:
            pass
    return re.compile(pattern, flags)


def _compile_and_record(pattern: str, flags: int, module: str | None = None) -> re.Pattern:
    """What re.compile does (re._compiler.compile), keeping the code for the cache."""
    import _sre
    from re import _compiler, _parser

    p = _parser.parse(pattern, flags)
    code = _compiler._code(p, flags)
    groupindex = dict(p.state.groupdict)
    indexgroup = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    # plain ints only (re's flags and opcodes are int subclasses marshal cannot store)
    from array import array
    code = [int(c) for c in code]
    groups = int(p.state.groups - 1)
    groupindex = {str(k): int(v) for k, v in groupindex.items()}
    rx = _sre.compile(pattern, int(flags | p.state.flags), code, groups, groupindex,
                      tuple(indexgroup))
    # the code is kept packed (SRE code words are 32-bit): one bytes object loads fast,
    # where a list of thousands of ints would not
    _CODES[(pattern, int(flags))] = (int(flags | p.state.flags), array("I", code).tobytes(),
                                     groups, groupindex, tuple(indexgroup), module)
    _RECORD.append((pattern, int(flags)))
    return rx


def cache_path():
    """$WIRECLI_CACHE_DIR, else $XDG_CACHE_HOME/wirecli, else ~/.cache/wirecli."""
    import os

    try:
        import _sre
        base = os.environ.get("WIRECLI_CACHE_DIR") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "wirecli")
        tag = f"{sys.implementation.cache_tag}-{_sre.MAGIC}"
        return os.path.join(base, f"re-{tag}.marshal")
    except Exception:
        return None


def load_cache(path: str | None = None) -> None:
    """Read compiled pattern code kept by an earlier run; start recording new patterns."""
    global _recording
    import marshal

    _recording = True
    path = path or cache_path()
    if not path:
        return
    try:
        with open(path, "rb") as f:
            data = marshal.load(f)
        if isinstance(data, dict):
            _CODES.update(data)
    except Exception:  # no cache yet, or not one we can read: compile as usual
        pass


def _current(codes: dict) -> dict:
    """The entries worth keeping: a pattern a loaded module no longer defines (the code
    changed) is dropped, so the file does not grow with every edit; patterns of modules
    this run did not import are kept."""
    return {k: v for k, v in codes.items()
            if k in _DEFINED or (len(v) > 5 and v[5] not in sys.modules)}


def save_cache(path: str | None = None) -> None:
    """Keep the code of patterns compiled this run for the next (best effort, atomic)."""
    import marshal
    import os
    import tempfile

    path = path or cache_path()
    if not path or not _RECORD:
        return
    tmp = None
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".re-")
        with os.fdopen(fd, "wb") as f:
            marshal.dump(_current(_CODES), f)
        os.replace(tmp, path)
        _RECORD.clear()
    except Exception:  # a read-only home or a full disk: just no cache
        if tmp:
            try:
                os.unlink(tmp)
            except OSError:
                pass
