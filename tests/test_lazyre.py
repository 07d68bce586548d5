"""lazyre.lazy: a pattern compiled on first use behaves as re.compile's, then is replaced by it."""
import re
import sys
import types

from wirecli.lazyre import LazyPattern, lazy


def test_lazy_pattern_matches_like_compiled():
    rx = lazy(r"(?P<word>[a-z]+)-(?P<n>\d+)", re.I)
    assert rx.pattern == r"(?P<word>[a-z]+)-(?P<n>\d+)" and rx.flags == re.I
    assert rx.match("Abc-12")["n"] == "12"
    assert rx.search("x ABC-3 y").group("word") == "ABC"
    assert rx.fullmatch("abc-1x") is None
    assert [m.group() for m in rx.finditer("a-1 b-2")] == ["a-1", "b-2"]
    assert rx.sub("#", "a-1 b-2") == "# #" and rx.split("a-1,b") == ["", "a", "1", ",b"]
    assert rx.groupindex["n"] == 2


def test_module_global_is_replaced_on_first_use():
    mod = types.ModuleType("wirecli_lazy_test_mod")
    sys.modules[mod.__name__] = mod
    try:
        exec("from wirecli.lazyre import lazy\nWORD_RE = lazy(r'\\w+')\n"
             "def first(s):\n    return WORD_RE.match(s).group()\n", mod.__dict__)
        assert isinstance(mod.WORD_RE, LazyPattern)
        assert mod.first("hello world") == "hello"
        assert isinstance(mod.WORD_RE, re.Pattern)  # later calls go straight to re
        assert mod.first("again") == "again"
    finally:
        del sys.modules[mod.__name__]
