"""`wirecli schema`: the JSON Schema of the record, kept in sync with Story.to_dict() and
checked against every record the CLI writes (examples, error records, the corpus)."""
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, needs_corpus
from formats_support import cli_records, corpus_records, example_records
from wirecli.cli import cli
from wirecli.model import (Byline, Contributor, Credit, Dateline, Part, Role, Story, Wire)
from wirecli.renderers import InvalidRecord, check_record
from wirecli.schema import CREDIT, DATELINE, ERROR, STORY, WIRE, record_schema

jsonschema = pytest.importorskip("jsonschema")

FULL_STORY = Story(
    headline="H", captions=("C",), bylines=(Byline("A B", "AP Writer", (0, 3)),),
    agency="AP",
    dateline=Dateline("LONDON (AP) -", ("LONDON",), None, "--03-04", "AP", (4, 17)),
    credit=Credit("(Editing by E F)", (Role("editing", "editing", (Contributor("E F"),)),),
                  (30, 46)),
    body="Body text.", wire=Wire("anpa", "f", "0704", "reute", "u", "f", "BC-X", None,
                                 "02-26", 42, (0, 2)),
    parts=(Part("headline", (0, 1), "top.headline"),), file="a.txt", story=1)


def test_schema_is_valid_draft_2020_12():
    jsonschema.Draft202012Validator.check_schema(record_schema())


def test_schema_keys_match_to_dict():
    """A key added to (or dropped from) Story.to_dict() must be added to wirecli/schema.py."""
    d = FULL_STORY.to_dict(explain=True)
    hint = "update wirecli/schema.py to match wirecli/model.py"
    assert set(d) == set(STORY["properties"]), hint
    assert set(d["dateline"]) | {"places"} == set(DATELINE["properties"]), hint
    assert set(d["credit"]) == set(CREDIT["properties"]), hint
    assert set(d["wire"]) == set(WIRE["properties"]), hint
    assert set(d["explain"][0]) == set(STORY["properties"]["explain"]["items"]["properties"]), hint
    assert set(d["bylines"][0]) == set(STORY["properties"]["bylines"]["items"]["properties"]), hint
    roles = CREDIT["properties"]["roles"]["items"]["properties"]
    assert set(d["credit"]["roles"][0]) == set(roles), hint
    assert set(d["credit"]["editing"][0]) == set(roles["names"]["items"]["properties"]), hint
    assert set(STORY["required"]) == set(Story().to_dict()), hint
    check_record(d)


def test_cli_prints_the_schema():
    result = CliRunner().invoke(cli, ["schema"], catch_exceptions=False)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == record_schema()


def test_rejects_records_that_break_the_contract():
    good = FULL_STORY.to_dict()
    for broken in ({**good, "story": 0}, {**good, "bylines": ["A B"]},
                   {**good, "dateline": {**good["dateline"], "date": "4 March"}},
                   {**good, "surprise": 1}, {"file": "x"}):
        with pytest.raises(InvalidRecord):
            check_record(broken)
    check_record({"file": "x.pdf", "error": "not text (looks like PDF)"})
    assert set(ERROR["required"]) == {"file", "error"}


def test_every_example_record_validates():
    recs = example_records()
    assert len(recs) == len(list(EXAMPLES.glob("*.txt")))
    for rec in recs:
        check_record(rec)


def test_explain_and_error_records_validate(tmp_path):
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary\x00" * 20)
    (tmp_path / "story.txt").write_text("LONDON, March 3 (Reuters) - Oil rose.\n")
    recs = cli_records(str(tmp_path), args=("--explain",))
    assert any("error" in r for r in recs) and any("explain" in r for r in recs)
    for rec in recs:
        check_record(rec)


def test_validate_flag_accepts_real_output():
    result = CliRunner().invoke(cli, ["parse", "--format", "jsonl", "--validate",
                                      str(EXAMPLES / "ap-style.txt")], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr


@needs_corpus
def test_every_corpus_record_validates():
    recs = corpus_records()
    assert len(recs) > 1000
    bad = []
    for rec in recs:
        try:
            check_record(rec)
        except InvalidRecord as exc:
            bad.append(f"{rec.get('file')}#{rec.get('story')}: {exc}")
    assert not bad, "\n".join(bad[:20])
