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


# --- the compiled-pattern cache the CLI keeps between runs ---------------------------------

import wirecli.lazyre as lazyre


def _fresh(monkeypatch):
    monkeypatch.setattr(lazyre, "_CODES", {})
    monkeypatch.setattr(lazyre, "_RECORD", [])
    monkeypatch.setattr(lazyre, "_recording", False)


def test_cache_round_trip_gives_the_same_patterns(tmp_path, monkeypatch):
    path = str(tmp_path / "re.marshal")
    patterns = [(r"(?P<city>[A-Z][A-Z .]{1,30}),?\s(?P<day>\d{1,2})", 0),
                (r"[\w'’.\-]+\s(?i:reporting)\s+by", re.VERBOSE), (r"(?:©|\(c\))\s?\d{4}", 0)]
    _fresh(monkeypatch)
    lazyre.load_cache(path)  # nothing there yet: patterns are compiled and recorded
    first = [lazyre._compile(p, f) for p, f in patterns]
    lazyre.save_cache(path)
    _fresh(monkeypatch)
    lazyre.load_cache(path)
    assert len(lazyre._CODES) == len(patterns)
    again = [lazyre._compile(p, f) for p, f in patterns]
    samples = ["WASHINGTON, 12", "Ana’s Reporting  by", "© 2024", "nothing"]
    for a, b in zip(first, again):
        assert (a.pattern, a.flags, a.groupindex) == (b.pattern, b.flags, b.groupindex)
        assert [m and m.group(0) for m in map(a.search, samples)] == \
            [m and m.group(0) for m in map(b.search, samples)]
    assert lazyre._RECORD == []  # everything came from the cache


def test_a_damaged_cache_is_ignored(tmp_path, monkeypatch):
    path = tmp_path / "re.marshal"
    path.write_bytes(b"\x00 not marshal data")
    _fresh(monkeypatch)
    lazyre.load_cache(str(path))
    assert lazyre._compile(r"\d+", 0).match("42").group() == "42"


def test_a_bad_entry_falls_back_to_re(monkeypatch):
    _fresh(monkeypatch)
    monkeypatch.setitem(lazyre._CODES, (r"\d+", 0), (0, b"\xff\xff\xff\xff", 0, {}, ()))
    assert lazyre._compile(r"\d+", 0).match("42").group() == "42"


def test_an_unwritable_cache_is_no_error(monkeypatch):
    _fresh(monkeypatch)
    lazyre.load_cache("/proc/wirecli-no-such-dir/re.marshal")
    lazyre._compile(r"[a-z]+\d", 0)
    lazyre.save_cache("/proc/wirecli-no-such-dir/re.marshal")  # best effort: no exception


def test_the_cache_drops_patterns_the_code_no_longer_has(tmp_path, monkeypatch):
    import marshal
    path = str(tmp_path / "re.marshal")
    _fresh(monkeypatch)
    lazyre.load_cache(path)
    lazyre._compile(r"[A-Z]{2,}", 0, "wirecli.lazyre")       # a loaded module that no longer defines it
    lazyre._compile(r"[a-z]{3,}", 0, "wirecli_not_imported")  # a module this run did not import
    monkeypatch.setattr(lazyre, "_DEFINED", lazyre._DEFINED | {(r"\d{4}", 0)})
    lazyre._compile(r"\d{4}", 0, "wirecli.lazyre")            # still defined
    lazyre.save_cache(path)
    with open(path, "rb") as f:
        kept = set(marshal.load(f))
    assert kept == {(r"[a-z]{3,}", 0), (r"\d{4}", 0)}
