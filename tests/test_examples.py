"""The examples are golden files: each story's JSON beside it is what the CLI prints."""
import json

import pytest
from click.testing import CliRunner

from conftest import EXAMPLES, ROOT
from wirecli.cli import cli

STORIES = sorted(EXAMPLES.glob("*.txt"))


@pytest.mark.parametrize("path", STORIES, ids=[p.stem for p in STORIES])
def test_example_matches_its_json(path, monkeypatch):
    monkeypatch.chdir(ROOT)
    rel = str(path.relative_to(ROOT))
    result = CliRunner().invoke(cli, ["parse", rel, "--format", "json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    got = json.loads(result.output)
    want = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert got == want, f"regenerate with: wirecli parse {rel} --format json > {rel[:-4]}.json (after review)"


def test_seed_story_fields():
    """The issue's done-when list for the seed story, field by field."""
    from wirecli import parse

    s = parse((EXAMPLES / "us-mexico-immigration.txt").read_text(encoding="utf-8"))
    assert s.headline == "US, Mexico to clamp down on illegal immigration, leaders say"
    assert s.captions == ("FILE PHOTO: Virtual meeting of the CELAC Presidents in response to "
                          "the police raid at the Mexican embassy in Quito",)
    assert [b.name for b in s.bylines] == ["Ted Hesson", "Raul Cortes"]
    assert s.agency == "Reuters"
    assert s.dateline.text == "WASHINGTON/MEXICO CITY (Reuters) -"
    assert s.dateline.cities == ("WASHINGTON", "MEXICO CITY")
    assert s.dateline.date is None
    assert [(c.name, c.location) for c in s.credit.reporting] == [
        ("Ted Hesson", "Washington"), ("Raul Cortes", "Mexico City"), ("Kylie Madry", "Mexico City")]
    assert [c.name for c in s.credit.editing] == [
        "Brendan O'Boyle", "Mica Rosenberg", "Nick Macfie", "Jonathan Oatis"]
    paras = s.body.split("\n\n")
    assert len(paras) == 14
    assert paras[0].startswith("The United States and Mexico plan to clamp down")
    assert paras[-1].endswith("contributing to the decrease in crossings.")
