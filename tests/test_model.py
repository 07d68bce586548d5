"""The records are frozen value objects: read-only, equal by value, replace() copies, pickle."""
import pickle

import pytest

from wirecli.batch import Job
from wirecli.model import Byline, FrozenInstanceError, Part, Story, replace


def test_fields_are_read_only():
    story = Story(headline="Storm hits coast")
    with pytest.raises(FrozenInstanceError):
        story.headline = "other"
    with pytest.raises(AttributeError):
        del story.body
    with pytest.raises(AttributeError):
        story.extra = 1


def test_constructor_defaults_positional_and_keyword():
    assert Byline("Ann Lee") == Byline(name="Ann Lee", title=None, span=None)
    assert Part("body", (0, 5), "body.rest").lines is None
    story = Story()
    assert (story.headline, story.captions, story.body, story.story) == (None, (), "", 1)


def test_replace_equality_hash_repr_pickle():
    story = Story(headline="Storm", bylines=(Byline("Ann Lee", "Staff", (0, 7)),))
    moved = replace(story, file="a.txt", story=2)
    assert (moved.file, moved.story, moved.headline) == ("a.txt", 2, "Storm")
    assert story.file is None and moved != story
    assert replace(moved, file=None, story=1) == story
    assert hash(replace(story)) == hash(story)
    assert repr(Byline("Ann Lee")) == "Byline(name='Ann Lee', title=None, span=None)"
    assert pickle.loads(pickle.dumps(story)) == story
    with pytest.raises(TypeError):
        replace(story, nosuchfield=1)


def test_job_is_picklable_and_gets_its_own_dict():
    job = Job(fmt="json", year=1987, read_options={"encoding": "cp1252"})
    assert pickle.loads(pickle.dumps(job)) == job
    assert Job().read_options == {} and Job().read_options is not Job().read_options
