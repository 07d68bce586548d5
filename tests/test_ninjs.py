"""--format ninjs: the mapping of every field, and validation against IPTC's official schemas
(vendored in wirecli/data; compared with ../shared/standards/ninjs when that is here)."""
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, SHARED, needs_corpus
from formats_support import corpus_records, example_records, stories
from wirecli import parse
from wirecli.cli import cli
from wirecli.renderers import check_ninjs, ninjs_schema
from wirecli.renderers.ninjs import (URGENCY_BY_PRIORITY, VERSIONS, render_ninjs, story_uri,
                                    urgency)

jsonschema = pytest.importorskip("jsonschema")

SEED = EXAMPLES / "us-mexico-immigration.txt"
# A synthetic ANPA-1312 story (control characters as escapes) with a dateline and credit.
ANPA = ("\x16\x16\x01f0704\x1freute\nu f BC-OIL-PRICES   02-26 0042\n\x02\n"
        "OIL PRICES RISE\n    HOUSTON, Feb 26 - Oil prices rose today, traders said.\n"
        " Reuter\n\x03\n")


def record(text: str, file: str = "story.txt", story: int = 1) -> dict:
    return {**parse(text).to_dict(), "file": file, "story": story}


def seed_record() -> dict:
    return json.loads((EXAMPLES / "us-mexico-immigration.json").read_text())


@pytest.mark.parametrize("version", VERSIONS)
def test_vendored_schemas_are_the_official_files(version):
    official = SHARED / "standards" / "ninjs" / f"ninjs-schema_{version}.json"
    if not official.exists():
        pytest.skip("../shared/standards is not here")
    assert ninjs_schema(version) == json.loads(official.read_text())


@pytest.mark.parametrize("version", VERSIONS)
def test_seed_validates_and_maps_every_field(version):
    item = render_ninjs(seed_record(), version)
    check_ninjs(item, version)
    assert item["type"] == "text"
    assert item["uri"].startswith("file:///") and item["uri"].endswith("#story=1")
    std = item["$standard" if version == "1.6" else "standard"]
    assert std["version"] == version
    assert item["located"] == "WASHINGTON/MEXICO CITY"
    if version == "1.6":
        headline, by, sources = item["headline"], item["byline"], item["infosource"]
        assert item["body_text"].startswith("The United States and Mexico plan")
        assert item["wordcount"] == seed_record()["word_count"]
        role = "rel"
    else:
        ct = "contenttype" if version == "2.2" else "contentType"
        assert item["headlines"] == [{"role": "main", ct: "text/plain",
                                      "value": item["headlines"][0]["value"]}]
        headline, by = item["headlines"][0]["value"], item["by"]
        sources = item["infosources" if version == "2.2" else "infoSources"]
        body = item["bodies"][0]
        assert body["role"] == "main" and body[ct] == "text/plain"
        assert body["value"].endswith("contributing to the decrease in crossings.")
        role = "role"
    assert headline == "US, Mexico to clamp down on illegal immigration, leaders say"
    assert by == "Ted Hesson and Raul Cortes"
    roles = [(s["name"], s[role]) for s in sources]
    assert ("Reuters", "agency") in roles
    assert ("Kylie Madry", "reporting") in roles
    assert ("Jonathan Oatis", "editing") in roles
    ted = next(s for s in sources if s["name"] == "Ted Hesson" and s[role] == "reporting")
    contact = ted["contactinfo" if version != "3.1" else "contactInfo"][0]
    assert contact["address"]["locality"] == "Washington"


# A synthetic IPTC 7901 message: priority 4, keyword line ending in "/".
IPTC = ("\x01eca062 4 i 211 ccccb   dpa 061\nGermany-politics/\n\x02Vote passes =\n"
        "   Berlin (dpa) - The vote passed on Tuesday.\ndpa wsz\n\x03 131137 GMT Nov 13\x04")


@pytest.mark.parametrize("version", VERSIONS)
@pytest.mark.parametrize("text, slug, level", [(ANPA, "BC-OIL-PRICES", 3),  # u: urgent
                                               (IPTC, "Germany-politics", 4)])
def test_wire_header_gives_slugline_and_urgency(version, text, slug, level):
    item = render_ninjs(record(text), version)
    check_ninjs(item, version)
    assert item["slugline"] == slug
    assert item["urgency"] == level


@pytest.mark.parametrize("wire, expected", [
    ({"format": "anpa", "priority": "f"}, 1),
    ({"format": "anpa", "priority": "b"}, 2),
    ({"format": "anpa", "priority": "r"}, 5),
    ({"format": "anpa", "priority": "x"}, None),
    ({"format": "iptc7901", "priority": "4"}, 4),
    ({"format": "iptc7901", "priority": "0"}, None),
    (None, None),
])
def test_urgency(wire, expected):
    assert urgency(wire) == expected


def test_story_uri_is_absolute_and_escaped(tmp_path):
    uri = story_uri(str(tmp_path / "a story#1.txt"), 3)
    assert uri.startswith("file:///") and "%20" in uri and "%231" in uri
    assert uri.endswith("#story=3")
    assert story_uri("-", 1) == "urn:wirecli:stdin:story:1"


@pytest.mark.parametrize("version", VERSIONS)
def test_empty_story_is_still_valid(version):
    item = render_ninjs(record(""), version)
    check_ninjs(item, version)
    assert set(item) <= {"uri", "standard", "$standard", "type", "representationtype",
                         "representationType", "wordcount"}


@pytest.mark.parametrize("version", VERSIONS)
def test_resolved_places_carry_geonames_identity(version):
    rec = seed_record()
    rec["dateline"]["places"] = [
        {"name": "Washington", "country_code": "US", "admin1": "District of Columbia",
         "admin1_code": "DC", "lat": 38.89511, "lon": -77.03637, "geonames_id": 4140963},
        None]
    item = render_ninjs(rec, version)
    check_ninjs(item, version)
    places = item["place" if version == "1.6" else "places"]
    assert [p["name"] for p in places] == ["WASHINGTON", "MEXICO CITY"]
    if version == "1.6":
        assert places[0]["code"] == "4140963"
    else:
        assert places[0]["uri"] == "http://sws.geonames.org/4140963/"
    assert "uri" not in places[1] and "code" not in places[1]


@pytest.mark.parametrize("version", VERSIONS)
def test_examples_validate(version):
    for rec in stories(example_records()):
        check_ninjs(render_ninjs(rec, version), version)


@pytest.mark.parametrize("version", ["1.6", "3.1"])
def test_cli_ninjs_versions_validate(version):
    result = CliRunner().invoke(cli, ["parse", "--format", "ninjs", "--ninjs-version", version,
                                      "--validate", str(SEED)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    item = json.loads(line)
    check_ninjs(item, version)


def test_cli_ninjs_default_is_2_2_one_object_per_line():
    result = CliRunner().invoke(cli, ["parse", "--format", "ninjs", str(SEED), str(SEED)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    items = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(items) == 2 and all(i["standard"]["version"] == "2.2" for i in items)


@needs_corpus
@pytest.mark.parametrize("version", VERSIONS)
def test_every_corpus_story_validates(version):
    recs = stories(corpus_records())
    assert len(recs) > 1000
    bad = []
    for rec in recs:
        try:
            check_ninjs(render_ninjs(rec, version), version)
        except Exception as exc:  # collect, so one run shows them all
            bad.append(f"{rec['file']}#{rec['story']}: {exc}")
    assert not bad, "\n".join(bad[:20])


@pytest.mark.skipif(not (SHARED / "corpus-feeds").is_dir(), reason="../shared/corpus-feeds is not here")
def test_feed_headers_give_slugline_and_urgency():
    """Real 1987 ANPA feeds: every story keeps its slug and priority, and validates."""
    from formats_support import cli_records
    feeds = sorted(str(d / "raw") for d in (SHARED / "corpus-feeds").iterdir() if (d / "raw").is_dir())
    recs = [r for r in stories(cli_records(*feeds)) if r.get("wire")]
    assert len(recs) > 100
    for rec in recs:
        item = render_ninjs(rec, "2.2")
        check_ninjs(item, "2.2")
        if rec["wire"].get("slug"):
            assert item["slugline"] == rec["wire"]["slug"]
        if rec["wire"].get("priority") in URGENCY_BY_PRIORITY:
            assert item["urgency"] == URGENCY_BY_PRIORITY[rec["wire"]["priority"]]
