"""The parse command: inputs, feeds, output, errors and exit codes (CliRunner, in process).

Subprocess tests of the installed behaviour (workers, broken pipe, progress on a terminal,
Ctrl-C, lazy imports) are in test_batch.py.
"""
import json
import os

import pytest
from click.testing import CliRunner

from wirecli.cli import cli

STORY = "Oil rises\n\nLONDON, March 3 (Reuters) - Oil rose on Tuesday.\n"
SOH, STX, ETX, SYN, US = "\x01", "\x02", "\x03", "\x16", "\x1f"


def feed(n):
    """A synthetic ANPA-1312 feed of n stories."""
    return "".join(
        f"{SYN}{SYN}{SOH}f{k:04d}{US}reute\nu f BC-STORY-{k}   02-26 {k:04d}\n{STX}\n"
        f"STORY NUMBER {k}\n    PARIS, Feb 26 - Story {k} happened.\n Reuter\n{ETX}\n"
        for k in range(1, n + 1))


def invoke(*args, input=None):
    return CliRunner().invoke(cli, ["parse", *args], input=input, catch_exceptions=False)


def records(result):
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture
def tree(tmp_path):
    """d/a.txt d/b.txt d/sub/c.txt d/sub/note.md d/.hidden.txt d/.git/x.txt"""
    d = tmp_path / "d"
    (d / "sub").mkdir(parents=True)
    (d / ".git").mkdir()
    for rel in ("a.txt", "b.txt", "sub/c.txt", "sub/note.md", ".hidden.txt", ".git/x.txt"):
        (d / rel).write_text(STORY)
    return d


def names(result):
    return [os.path.relpath(r["file"]) if os.path.isabs(r["file"]) else r["file"] for r in records(result)]


def test_directory_recursive_sorted_skipping_hidden(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    r = invoke("d", "--format", "jsonl")
    assert r.exit_code == 0
    assert [x["file"] for x in records(r)] == ["d/a.txt", "d/b.txt", "d/sub/c.txt", "d/sub/note.md"]
    assert all(x["story"] == 1 and x["headline"] == "Oil rises" for x in records(r))


def test_many_paths_keep_their_order(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    r = invoke("d/sub/c.txt", "d/a.txt", "d/.hidden.txt", "--format", "jsonl")
    assert [x["file"] for x in records(r)] == ["d/sub/c.txt", "d/a.txt", "d/.hidden.txt"]


def test_glob_chooses_files_in_directories(tree, monkeypatch):
    monkeypatch.chdir(tree.parent)
    r = invoke("d", "--glob", "*.md", "--format", "jsonl")
    assert [x["file"] for x in records(r)] == ["d/sub/note.md"]
    r = invoke("d", "--glob", "sub/*", "--glob", "a.*", "--format", "jsonl")
    assert [x["file"] for x in records(r)] == ["d/a.txt", "d/sub/c.txt", "d/sub/note.md"]


def test_stdin_dash():
    r = invoke("-", "--format", "jsonl", input=STORY)
    assert r.exit_code == 0
    (rec,) = records(r)
    assert rec["file"] == "-" and rec["headline"] == "Oil rises"


def test_files_from_file_newline_separated(tree, tmp_path):
    lst = tmp_path / "list.txt"
    lst.write_text(f"{tree / 'b.txt'}\n\n{tree / 'a.txt'}\r\n")
    r = invoke("--files-from", str(lst), "--format", "jsonl")
    assert r.exit_code == 0
    assert [os.path.basename(x["file"]) for x in records(r)] == ["b.txt", "a.txt"]


def test_files_from_stdin_nul_separated(tree):
    listing = f"{tree / 'sub' / 'c.txt'}\0{tree / 'a.txt'}\0"
    r = invoke("--files-from", "-", "-0", "--format", "jsonl", input=listing)
    assert r.exit_code == 0
    assert [os.path.basename(x["file"]) for x in records(r)] == ["c.txt", "a.txt"]


def test_files_from_lists_a_missing_file_as_an_error_record(tree, tmp_path):
    lst = tmp_path / "list.txt"
    lst.write_text(f"{tree / 'a.txt'}\n{tmp_path / 'gone.txt'}\n")
    r = invoke("--files-from", str(lst), "--format", "jsonl")
    assert r.exit_code == 1
    recs = records(r)
    assert recs[0]["headline"] == "Oil rises"
    assert recs[1] == {"file": str(tmp_path / "gone.txt"), "error": recs[1]["error"]}
    assert f"wirecli: {tmp_path / 'gone.txt'}: " in r.stderr


def test_feed_file_gives_one_record_per_story(tmp_path):
    f = tmp_path / "feed.txt"
    f.write_text(feed(3))
    r = invoke(str(f), "--format", "jsonl")
    assert r.exit_code == 0
    recs = records(r)
    assert [(x["file"], x["story"]) for x in recs] == [(str(f), 1), (str(f), 2), (str(f), 3)]
    assert [x["headline"] for x in recs] == ["STORY NUMBER 1", "STORY NUMBER 2", "STORY NUMBER 3"]
    assert [x["wire"]["slug"] for x in recs] == ["BC-STORY-1", "BC-STORY-2", "BC-STORY-3"]
    assert [x["wire"]["word_count"] for x in recs] == [1, 2, 3]
    assert recs[1]["body"] == "Story 2 happened."


def test_form_feeds_and_split_pattern(tmp_path):
    f = tmp_path / "ff.txt"
    f.write_text(STORY + "\f" + STORY + "\f")
    assert len(records(invoke(str(f), "--format", "jsonl"))) == 2
    g = tmp_path / "split.txt"
    g.write_text("=====\n" + STORY + "=====\n" + STORY + "=====\n" + STORY)
    recs = records(invoke(str(g), "--split", "^=====$", "--format", "jsonl"))
    assert [x["story"] for x in recs] == [1, 2, 3]
    assert all(x["headline"] == "Oil rises" for x in recs)


def test_error_records_in_json_lines_and_a_stderr_line_each(tree, monkeypatch):
    (tree / "bad.bin").write_bytes(b"%PDF-1.4\n\x00\x01\x02binary")
    os.symlink("..", tree / "sub" / "loop")
    monkeypatch.chdir(tree.parent)
    r = invoke("d", "--format", "jsonl")
    assert r.exit_code == 1
    recs = records(r)
    errors = [x for x in recs if "error" in x]
    assert [x["file"] for x in errors] == ["d/bad.bin", "d/sub/loop"]
    assert set(errors[0]) == {"file", "error"}
    assert "PDF" in errors[0]["error"] and "loop" in errors[1]["error"]
    assert [x["file"] for x in recs if "error" not in x] == ["d/a.txt", "d/b.txt", "d/sub/c.txt", "d/sub/note.md"]
    assert "wirecli: d/bad.bin: not text" in r.stderr
    assert "wirecli: d/sub/loop: directory loop" in r.stderr


def test_json_one_object_or_an_array(tree):
    one = invoke(str(tree / "a.txt"), "--format", "json")
    assert json.loads(one.stdout)["headline"] == "Oil rises"
    many = invoke(str(tree / "a.txt"), str(tree / "b.txt"), "--format", "json")
    assert [x["file"] for x in json.loads(many.stdout)] == [str(tree / "a.txt"), str(tree / "b.txt")]


def test_output_file_is_written_whole(tree, tmp_path):
    out = tmp_path / "out" / "stories.jsonl"
    out.parent.mkdir()
    r = invoke(str(tree), "-o", str(out), "--format", "jsonl")
    assert r.exit_code == 0 and r.stdout == ""
    assert len(out.read_text().splitlines()) == 4
    assert os.listdir(out.parent) == ["stories.jsonl"]  # no temp file left


def test_output_file_untouched_when_the_run_dies(tree, tmp_path, monkeypatch):
    out = tmp_path / "stories.jsonl"
    out.write_text("old\n")
    import wirecli.batch as batch

    calls = []

    def boom(path, job):
        calls.append(path)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(path, job)

    real = batch.read_step
    monkeypatch.setattr(batch, "read_step", boom)
    r = invoke(str(tree), "-o", str(out), "--format", "jsonl", "--workers", "1")
    assert r.exit_code == 130
    assert r.stderr.strip() == "wirecli: interrupted"
    assert out.read_text() == "old\n"
    assert os.listdir(tmp_path) == ["d", "stories.jsonl"] or sorted(os.listdir(tmp_path)) == ["d", "stories.jsonl"]


@pytest.mark.parametrize("args", [
    [],                                     # nothing to parse
    ["no/such/file.txt"],                   # a missing path
    ["-", "--files-from", "-"],             # stdin twice
    ["x", "--split", "("],                  # a bad pattern
    ["-", "--workers", "0"],
    ["--files-from", "no/such/list"],
])
def test_usage_errors_exit_2(args):
    r = CliRunner().invoke(cli, ["parse", *args], input="")
    assert r.exit_code == 2, r.output


def test_workers_give_the_same_records_in_the_same_order(tmp_path):
    d = tmp_path / "many"
    d.mkdir()
    for k in range(40):
        (d / f"s{k:03d}.txt").write_text(STORY.replace("Oil", f"Oil{k}"))
    (d / "feed.txt").write_text(feed(5))
    one = invoke(str(d), "--workers", "1", "--format", "jsonl")
    two = invoke(str(d), "--workers", "2", "--format", "jsonl")
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout
    files = [x["file"] for x in records(two)]
    assert files == sorted(files, key=lambda p: (os.path.basename(p)))


def test_no_progress_bar_when_not_a_terminal(tree):
    r = invoke(str(tree), "--format", "jsonl")
    assert r.stderr == ""


def test_a_file_failing_part_way_keeps_its_stories_then_an_error_record(tmp_path):
    f = tmp_path / "feed.txt"
    f.write_text(feed(2) + f"{SOH}f9999{US}reute\n{STX}\n" + "word " * 2000 + f"{ETX}\n")
    r = invoke(str(f), "--max-story-bytes", "4K", "--format", "jsonl")
    assert r.exit_code == 1
    recs = records(r)
    assert [x.get("story") for x in recs] == [1, 2, None]
    assert recs[2]["file"] == str(f) and "error" in recs[2]


def test_output_in_a_missing_folder_is_a_usage_error(tree, tmp_path):
    r = CliRunner().invoke(cli, ["parse", str(tree), "-o", str(tmp_path / "no" / "out.jsonl")])
    assert r.exit_code == 2 and "cannot write" in r.stderr


def test_a_big_feed_is_parsed_by_all_workers_in_order(tmp_path):
    f = tmp_path / "feed.txt"
    f.write_text(feed(2500) + f"{SOH}f9999{US}reute\n{STX}\n" + "word " * 2000 + f"{ETX}\n")
    assert f.stat().st_size > 256 * 1024  # batch.BIG_FILE: split here, parsed by the workers
    args = [str(f), "--max-story-bytes", "4K", "--format", "jsonl"]
    one, two = invoke(*args, "--workers", "1"), invoke(*args, "--workers", "2")
    assert one.exit_code == two.exit_code == 1
    assert one.stdout == two.stdout
    recs = records(two)
    assert [x.get("story") for x in recs] == list(range(1, 2501)) + [None]
    assert recs[-1]["error"] and recs[1234]["headline"] == "STORY NUMBER 1235"
    assert two.stderr.count("wirecli: ") == 1


def test_a_feed_on_stdin_with_workers_gives_the_same_records():
    data = feed(200)
    one = invoke("-", "--workers", "1", "--format", "jsonl", input=data)
    two = invoke("-", "--workers", "2", "--format", "jsonl", input=data)
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(records(two)) == 200
    assert {x["file"] for x in records(two)} == {"-"}
