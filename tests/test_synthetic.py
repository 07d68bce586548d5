"""Synthetic stories with known answers (benchmarks/synthetic.py): every generator, a fixed
seed, a few hundred stories each.  A rule that only fits the stories it was written for
breaks here on the combinations nobody wrote by hand."""
import pytest

from conftest import load_script

syn = load_script("benchmarks/synthetic.py")


@pytest.mark.parametrize("name", sorted(syn.GENERATORS))
def test_generator_stories_read_right(name):
    n, failures = syn.run(name, 150, seed=11)
    assert not failures, f"{len(failures)} of {n} {name} stories read wrong; first:\n{failures[0][0]}\n{failures[0][1]}"


def test_check_reports_a_wrong_record():
    # the check itself can fail: a story read with the wrong fields is reported
    text, exp = syn.reuters_web(syn.random.Random(3))
    story = syn.parse(text.replace("(Reuters)", "(Rooters)"))
    assert syn.check(story, dict(exp, agency="Reuters")) != []
