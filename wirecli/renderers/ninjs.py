"""IPTC ninjs (News in JSON) from a wirecli record: versions 1.6, 2.2 (default) and 3.1.

The mapping (DOMAIN.md §6), shown for ninjs 2.2; 1.6 uses the flat names in brackets and
3.1 the camelCase ones (``infoSources``, ``contentType``, ``wordCount``):

    uri           file URI of the input plus "#story=N" ("urn:wirecli:stdin:story:N" for stdin)
    headline   -> headlines [{"role": "main", "value": ...}]           (1.6: headline)
    captions   -> descriptions [{"role": "caption", "value": ...}]     (1.6: description_caption)
    bylines    -> by "Ted Hesson and Raul Cortes"                      (1.6: byline)
                  + infosources [{"name", "role": "byline"}]
    agency     -> infosources [{"name": "Reuters", "role": "agency"}]
    dateline   -> located "WASHINGTON/MEXICO CITY", places [{"name", "rel": "located"}]
                  (with --places: the GeoNames URI of each resolved city; 1.6 scheme+code
                  and a geometry_geojson point), and the dateline as printed in
                  descriptions [{"role": "dateline"}]
    credit     -> infosources [{"name", "role": "reporting"|"editing"|...}], the role word
                  as printed, with the reporter's location as contactinfo address locality
    body       -> bodies [{"role": "main", "contenttype": "text/plain", "wordcount", ...}]
                  (1.6: body_text and wordcount)
    wire       -> slugline and urgency (ANPA priority f/b/u/r/d -> 1/2/3/5/7; IPTC 7901
                  priority digits as they are)

ninjs has no property for a dateline's date or a credit line's text: they are kept in
``descriptions`` (roles "dateline" and "credit") so nothing printed is lost.
"""
from __future__ import annotations

import os
from pathlib import Path

VERSIONS = ("1.6", "2.2", "3.1")
DEFAULT_VERSION = "2.2"
SCHEMA_URI = "http://www.iptc.org/std/ninjs/ninjs-schema_{}.json#"

# ANPA-1312 priority letters -> ninjs urgency (1 highest .. 9 lowest).
URGENCY_BY_PRIORITY = {"f": 1, "b": 2, "u": 3, "r": 5, "d": 7}

# Property names that differ between versions: (1.6, 2.2, 3.1).
_NAMES = {
    "contenttype": ("contenttype", "contenttype", "contentType"),
    "wordcount": ("wordcount", "wordcount", "wordCount"),
    "charcount": ("charcount", "charcount", "charCount"),
    "infosources": ("infosource", "infosources", "infoSources"),
    "contactinfo": ("contactinfo", "contactinfo", "contactInfo"),
}


def story_uri(file: str | None, story: int) -> str:
    """A URI for one story: the input file's URI plus its story number.

    >>> story_uri("-", 2)
    'urn:wirecli:stdin:story:2'
    >>> story_uri("/data/a b.txt", 1)
    'file:///data/a%20b.txt#story=1'
    """
    if not file or file == "-":
        return f"urn:wirecli:stdin:story:{story}"
    return Path(os.path.abspath(file)).as_uri() + f"#story={story}"


def urgency(wire: dict | None) -> int | None:
    """ninjs urgency from a wire header's priority, or None.

    >>> urgency({"format": "anpa", "priority": "u"}), urgency({"format": "iptc7901", "priority": "4"})
    (3, 4)
    """
    pri = (wire or {}).get("priority")
    if not pri:
        return None
    pri = str(pri).strip().lower()
    if pri.isdigit():
        return int(pri) if 1 <= int(pri) <= 9 else None
    return URGENCY_BY_PRIORITY.get(pri)


def by_line(bylines: list[dict]) -> str | None:
    """A natural-language by-statement: "Ted Hesson and Raul Cortes"; a title all names
    share is said once.

    >>> by_line([{"name": "A B", "title": None}, {"name": "C D", "title": "AP Writer"}])
    'A B and C D, AP Writer'
    >>> by_line([{"name": "A B", "title": "AP"}, {"name": "C D", "title": "AP"}])
    'A B and C D, AP'
    """
    if not bylines:
        return None
    titles = {b.get("title") for b in bylines}
    shared = titles.pop() if len(titles) == 1 and len(bylines) > 1 else None
    names = [b["name"] + (f", {b['title']}" if b.get("title") and not shared else "")
             for b in bylines]
    text = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    return text + (f", {shared}" if shared else "")


def located(dateline: dict | None) -> str | None:
    """The place the story comes from: cities joined by "/", then the region.

    >>> located({"cities": ["DALLAS", "FORT WORTH"], "region": "Texas"})
    'DALLAS/FORT WORTH, Texas'
    """
    if not dateline or not dateline.get("cities"):
        return None
    text = "/".join(dateline["cities"])
    return text + (f", {dateline['region']}" if dateline.get("region") else "")


def render_ninjs(record: dict, version: str = DEFAULT_VERSION) -> dict:
    """The ninjs object (a dict in ninjs key order) for one wirecli story record."""
    if version not in VERSIONS:
        raise ValueError(f"ninjs version must be one of {', '.join(VERSIONS)}")
    v = VERSIONS.index(version)
    name = {k: names[v] for k, names in _NAMES.items()}
    out: dict = {"uri": story_uri(record.get("file"), record.get("story", 1))}
    out["$standard" if v == 0 else "standard"] = {
        "name": "ninjs", "version": version, "schema": SCHEMA_URI.format(version)}
    out["type"] = "text"
    out["representationtype" if v < 2 else "representationType"] = "complete" if v == 0 else "full"
    if (pri := urgency(record.get("wire"))) is not None:
        out["urgency"] = pri
    if (slug := (record.get("wire") or {}).get("slug")):
        out["slugline"] = slug
    if record.get("headline"):
        if v == 0:
            out["headline"] = record["headline"]
        else:
            out["headlines"] = [{"role": "main", name["contenttype"]: "text/plain",
                                 "value": record["headline"]}]
    if (by := by_line(record.get("bylines") or [])):
        out["byline" if v == 0 else "by"] = by
    if (loc := located(record.get("dateline"))):
        out["located"] = loc
    _add_descriptions(out, record, v, name)
    if (sources := _infosources(record, name)):
        out[name["infosources"]] = sources
    if (places := _places(record.get("dateline"), v)):
        out["place" if v == 0 else "places"] = places
    _add_body(out, record, v, name)
    return out


def _add_descriptions(out: dict, record: dict, v: int, name: dict) -> None:
    """Captions, the dateline and the credit line as printed."""
    items = [("caption", c) for c in record.get("captions") or []]
    if record.get("dateline"):
        items.append(("dateline", record["dateline"]["text"]))
    if record.get("credit"):
        items.append(("credit", record["credit"]["text"]))
    if not items:
        return
    if v == 0:  # 1.6 has description_<purpose> strings
        for role in ("caption", "dateline", "credit"):
            values = [value for r, value in items if r == role]
            if values:
                out[f"description_{role}"] = "\n".join(values)
    else:
        out["descriptions"] = [{"role": r, name["contenttype"]: "text/plain", "value": value}
                               for r, value in items]


def _infosources(record: dict, name: dict) -> list[dict]:
    """Agency, byline names and every credited person with their role word."""
    role_key = "rel" if name["infosources"] == "infosource" else "role"
    out = []
    if record.get("agency"):
        out.append({"name": record["agency"], role_key: "agency"})
    for b in record.get("bylines") or []:
        out.append({"name": b["name"], role_key: "byline"})
    for role in (record.get("credit") or {}).get("roles") or []:
        for person in role["names"]:
            item = {"name": person["name"], role_key: role["role"]}
            if person.get("location"):
                item[name["contactinfo"]] = [{"type": "location",
                                              "address": {"locality": person["location"]}}]
            out.append(item)
    return out


def _places(dateline: dict | None, v: int) -> list[dict]:
    """Each dateline city as a place located; resolved ones carry their GeoNames identity."""
    if not dateline:
        return []
    resolved = dateline.get("places") or [None] * len(dateline.get("cities") or [])
    out = []
    for city, place in zip(dateline.get("cities") or [], resolved):
        item: dict = {"name": city, "rel": "located"}
        if place and place.get("geonames_id"):
            gid = place["geonames_id"]
            if v == 0:
                item["scheme"] = "http://sws.geonames.org/"
                item["code"] = str(gid)
                item["geometry_geojson"] = {"type": "Point",
                                            "coordinates": [place["lon"], place["lat"]]}
            else:
                item["uri"] = f"http://sws.geonames.org/{gid}/"
                item["literal"] = place["name"]
        out.append(item)
    return out


def _add_body(out: dict, record: dict, v: int, name: dict) -> None:
    body = record.get("body") or ""
    words = record.get("word_count", len(body.split()))
    if v == 0:
        if body:
            out["body_text"] = body
        out["wordcount"] = words
        return
    if body:
        out["bodies"] = [{"role": "main", name["contenttype"]: "text/plain",
                          name["charcount"]: len(body), name["wordcount"]: words,
                          "value": body}]
