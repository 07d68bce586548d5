"""Metamorphic invariants (benchmarks/metamorphic.py): perturb a story where the answer's change is
known, and check the parser follows.  Runs over the repository's examples always and over a small
even sample of ../shared/corpus when it is there."""
import pytest

from conftest import CORPUS, EXAMPLES, load_script, needs_corpus
from wirecli.pipeline import parse
from wirecli.reader import decode


mm = load_script("benchmarks/metamorphic.py")

# Every transform but three: nocredit (a soft trailer, an exchange-rate note or a teaser line,
# rightly rejoins the body once the credit under it is gone), flattop (a title-then-name byline
# run on into the dateline reads as a place) and nbsp2 (Daily Mail's flattened " . " tops);
# see the script's docstring.
TRANSFORMS = [t for t in mm.TRANSFORMS if t not in ("nocredit", "flattop", "nbsp2")]
EXAMPLE_FILES = sorted(EXAMPLES.glob("*.txt"))


def _breaks(text: str, key: str) -> tuple[int, list]:
    story, tried, out = parse(text), 0, []
    for name in TRANSFORMS:
        res = mm.check(text, name, key, story)
        if res is not None:
            tried += 1
            out += [(key, name, f, want, got) for f, want, got in res]
    return tried, out


@pytest.mark.parametrize("path", EXAMPLE_FILES, ids=[p.stem for p in EXAMPLE_FILES])
def test_examples_follow_the_transforms(path):
    tried, broken = _breaks(decode(path.read_bytes()).text, path.stem)
    assert tried >= 4
    assert not broken, broken[:3]


def test_transforms_change_what_they_say():
    """The perturbed text really differs where expected (the check is not vacuous)."""
    text = decode((EXAMPLES / "ap-style.txt").read_bytes()).text
    story = parse(text)
    new_text, expected, _ = mm.TRANSFORMS["city"](text, story, "k")
    assert "PORTLAND" not in new_text and expected["dateline"][1] != story.dateline.cities
    new_text, expected, _ = mm.TRANSFORMS["names"](text, story, "k")
    assert [b[0] for b in expected["bylines"]] != [b.name for b in story.bylines]
    assert parse(new_text).bylines[0].name == expected["bylines"][0][0]
    new_text, expected, _ = mm.TRANSFORMS["wrap60"](text, story, "k")
    lead = [line for line in new_text.splitlines() if line.startswith("PORTLAND")]
    assert len(lead) == 1 and len(lead[0]) <= 60 and len(new_text.splitlines()) > len(text.splitlines())


@needs_corpus
@pytest.mark.parametrize("corpus", ["modern-a", "modern-b", "modern-c", "reuters-1987"])
def test_corpus_sample_follows_the_transforms(corpus):
    limit = 12 if corpus == "reuters-1987" else 10
    broken, tried = [], 0
    for sid, text in mm.stories([CORPUS / corpus], limit, ()):
        t, b = _breaks(text, sid)
        tried += t
        broken += b
    assert tried
    assert not broken, [(sid, n, f) for sid, n, f, _, _ in broken[:5]]
