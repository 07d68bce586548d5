"""--format csv / tsv: stable columns, RFC 4180 quoting, and a lossless round trip through
Python's csv module and (when installed) pandas."""
import csv
import io
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, needs_corpus
from formats_support import corpus_records, example_records, stories
from wirecli.cli import cli
from wirecli.renderers import begin_output, render_record
from wirecli.renderers.tabular import COLUMNS, DIALECTS, columns, row

SEED = EXAMPLES / "us-mexico-immigration.txt"

# Values that break naive CSV: delimiters, quotes, line breaks of every kind, a leading
# formula character, non-ASCII, a control character.
HOSTILE = {
    "file": "dir, with comma/“quoted” \"name\".txt", "story": 2,
    "headline": 'Oil, gas and "energy"\tstocks', "captions": ["A | caption", "Second\r\nline"],
    "bylines": [{"name": "Ana O'Neil", "title": None}, {"name": "José da Silva", "title": "AP"}],
    "agency": "AP",
    "dateline": {"text": "SÃO PAULO, Brazil (AP) —", "cities": ["SÃO PAULO"],
                 "region": "Brazil", "date": "--03-04"},
    "credit": {"text": "(Reporting by A;\nEditing by B)",
               "reporting": [{"name": "A", "location": None}],
               "editing": [{"name": "B", "location": None}], "roles": []},
    "body": "=SUM(A1)\n\nSecond paragraph, with \"quotes\"\rand a CR.\x07\n\nThird\ttab.",
    "word_count": 11, "warnings": [], "spans": {},
}


def render(records, fmt):
    out = begin_output(fmt) or ""
    for rec in records:
        out += render_record(rec, fmt) or ""
    return out


def read_back(text, fmt):
    return list(csv.reader(io.StringIO(text, newline=""), dialect=DIALECTS[fmt]))


def test_columns_are_the_documented_ones():
    assert COLUMNS == ("file", "story", "headline", "captions", "bylines", "agency",
                       "dateline", "cities", "region", "date", "credit", "credit_reporting",
                       "credit_editing", "word_count", "body")
    assert columns(places=True) == COLUMNS + ("places",)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_hostile_values_round_trip_through_csv_module(fmt):
    text = render([HOSTILE, {"file": "bad.bin", "error": "not text"}, HOSTILE], fmt)
    rows = read_back(text, fmt)
    assert rows[0] == list(COLUMNS)
    assert rows[1:] == [row(HOSTILE), row(HOSTILE)]  # the error record gives no row
    assert rows[1][COLUMNS.index("body")] == HOSTILE["body"]
    assert rows[1][COLUMNS.index("headline")] == HOSTILE["headline"]


def test_quoting_is_rfc_4180():
    line = render_record({"file": "a.txt", "story": 1, "headline": 'say "no", now',
                          "body": "x\ny"}, "csv")
    assert line == 'a.txt,1,"say ""no"", now",,,,,,,,,,,0,"x\ny"\r\n'


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_round_trip_through_pandas(fmt):
    pd = pytest.importorskip("pandas")
    recs = [HOSTILE, *stories(example_records())]
    text = render(recs, fmt)
    frame = pd.read_csv(io.StringIO(text, newline=""), sep="," if fmt == "csv" else "\t",
                        dtype=str, keep_default_na=False)
    assert list(frame.columns) == list(COLUMNS)
    assert frame.values.tolist() == [row(r) for r in recs]


def test_examples_round_trip_every_field():
    recs = stories(example_records())
    rows = read_back(render(recs, "csv"), "csv")[1:]
    for rec, cells in zip(recs, rows, strict=True):
        got = dict(zip(COLUMNS, cells))
        assert got["headline"] == (rec["headline"] or "")
        assert got["body"] == rec["body"]
        assert got["bylines"].split("; ") == [b["name"] for b in rec["bylines"]] or \
            (got["bylines"] == "" and not rec["bylines"])
        assert int(got["word_count"]) == rec["word_count"]


def test_cli_csv_and_tsv():
    runner = CliRunner()
    for fmt in ("csv", "tsv"):
        result = runner.invoke(cli, ["parse", "--format", fmt, str(SEED)], catch_exceptions=False)
        assert result.exit_code == 0
        rows = read_back(result.stdout, fmt)
        assert rows[0] == list(COLUMNS) and len(rows) == 2
        got = dict(zip(COLUMNS, rows[1]))
        assert got["cities"] == "WASHINGTON; MEXICO CITY"
        assert got["credit_editing"] == "Brendan O'Boyle; Mica Rosenberg; Nick Macfie; Jonathan Oatis"
        expected = json.loads((EXAMPLES / "us-mexico-immigration.json").read_text())
        assert got["body"] == expected["body"]


@needs_corpus
def test_corpus_round_trips_through_csv_and_pandas():
    recs = stories(corpus_records())
    text = render(recs, "csv")
    rows = read_back(text, "csv")[1:]
    assert rows == [row(r) for r in recs]
    pd = pytest.importorskip("pandas")
    frame = pd.read_csv(io.StringIO(text, newline=""), dtype=str, keep_default_na=False)
    assert len(frame) == len(recs)
    assert frame["body"].tolist() == [r["body"] for r in recs]
    assert frame["headline"].tolist() == [r["headline"] or "" for r in recs]
    # list cells split back into the names they were made of
    for rec, cell in zip(recs, frame["credit_reporting"]):
        names = [c["name"] for c in (rec["credit"] or {}).get("reporting", [])]
        assert (cell.split("; ") if cell else []) == names
