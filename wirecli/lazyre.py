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

    def compiled(self) -> re.Pattern:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, self.flags)
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
