"""A folder of hostile files, built here, through the real command (issue 5).

Every bad file gets exactly one clear ``wirecli: PATH: reason`` line on stderr (and an error
record); every good file, however messy, gets its record; the exit code is 1; nothing
prints a traceback.  Table output shows story text literally: no rich markup, no escape
sequences reaching the terminal.
"""
from __future__ import annotations

import codecs
import json
import os
import socket
import sys

import pytest
from click.testing import CliRunner

from wirecli.cli import cli

STORY = ("Oil rises on supply worries\n\nBy Jo Bloggs\n\nLONDON, March 3 (Reuters) - Oil rose "
         "on Tuesday in Zürich – “quietly”.\n\n(Reporting by Jo Bloggs; Editing by Ann Other)\n")

# name -> bytes: text in every shape a dirty archive holds.  Each must give a record.
GOOD = {
    "utf8.txt": STORY.encode(),
    "utf8-bom.txt": codecs.BOM_UTF8 + STORY.encode(),
    "utf16-bom.txt": STORY.encode("utf-16"),
    "utf16be-bom.txt": codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"),
    "utf32-bom.txt": STORY.encode("utf-32"),
    "utf16-no-bom.txt": STORY.encode("utf-16-le"),
    "cp1252.txt": STORY.encode("cp1252"),
    "latin1-undefined.txt": STORY.encode("cp1252") + b" \x81\x8d\x8f",
    "crlf.txt": STORY.replace("\n", "\r\n").encode(),
    "cr-only.txt": STORY.replace("\n", "\r").encode(),
    "nul-bytes.txt": STORY.replace("Oil rose", "Oil\x00 rose").encode(),
    "vt-nel-ls.txt": STORY.replace("\n\n", "\x0b\u0085\u2028").encode(),
    "anpa-dash-quotes.txt": (b"Oil rises\n\n   LONDON, March 3 _ Oil rose, ``sharply,'' "
                             b"traders said.\n"),
    "escapes.txt": b"Oil \x1b[31mrises\x1b[0m\x1b]0;pwned\x07\n\nLONDON (Reuters) - [bold red]x[/] rose.\n",
    "bad-utf16.txt": codecs.BOM_UTF16_LE + "Oil".encode("utf-16-le") + b"\x00\xd8" + "x".encode("utf-16-le"),
    "empty.txt": b"",
    "blank.txt": b"  \r\n\t \n",
    "one-long-line.txt": b"word " * 20000,
}

# name -> (bytes, words the stderr line must hold): files that are not stories.
NOT_TEXT = {
    "scan.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "not text (looks like PDF)"),
    "photo.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(64), "not text (looks like JPEG image)"),
    "image.png": (b"\x89PNG\r\n\x1a\n" + bytes(64), "not text (looks like PNG image)"),
    "archive.zip": (b"PK\x03\x04\x14\x00\x00\x00" + bytes(64), "not text (looks like a zip archive)"),
    "program.exe": (b"MZ\x90\x00\x03" + bytes(64), "not text (looks like an executable)"),
    "noise.bin": (bytes(range(256)) * 8, "not text (looks like binary data)"),
}


def _special(folder) -> dict[str, str]:
    """Make the files that are not regular; name -> words of the expected reason."""
    made = {}
    os.symlink("gone.txt", folder / "broken-link.txt")
    made["broken-link.txt"] = "broken symbolic link (to 'gone.txt')"
    os.symlink("loop-b.txt", folder / "loop-a.txt")
    os.symlink("loop-a.txt", folder / "loop-b.txt")
    made["loop-a.txt"] = made["loop-b.txt"] = "symbolic link loop"
    os.mkfifo(folder / "pipe.txt")
    made["pipe.txt"] = "a named pipe, not a file"
    sock = socket.socket(socket.AF_UNIX)
    try:
        sock.bind(str(folder / "sock.txt"))
        made["sock.txt"] = "a socket, not a file"
    except OSError:  # path too long for AF_UNIX on some systems
        pass
    finally:
        sock.close()
    locked = folder / "locked.txt"
    locked.write_bytes(STORY.encode())
    if os.geteuid() != 0:
        locked.chmod(0)
        made["locked.txt"] = "permission denied"
    else:  # root reads any mode: an unreadable file it cannot read is /proc/self/mem at 0
        locked.unlink()
        os.symlink("/proc/self/mem", locked)
        made["locked.txt"] = "cannot read"
    return made


@pytest.fixture
def hostile(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, data in GOOD.items():
        (folder / name).write_bytes(data)
    for name, (data, _) in NOT_TEXT.items():
        (folder / name).write_bytes(data)
    special = _special(folder)
    yield folder, special
    (folder / "locked.txt").unlink(missing_ok=True)


needs_posix = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks")


@needs_posix
def test_hostile_folder(hostile):
    folder, special = hostile
    result = CliRunner().invoke(cli, ["parse", "--format", "jsonl", "--workers", "1", str(folder)],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert "Traceback" not in result.output + result.stderr
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    by_name = {os.path.basename(r["file"]): r for r in recs}
    bad = {**{n: why for n, (_, why) in NOT_TEXT.items()}, **special}
    # every good file has a record, every bad one an error record
    assert set(by_name) == set(GOOD) | set(bad)
    for name in GOOD:
        assert "error" not in by_name[name], (name, by_name[name])
    lines = result.stderr.splitlines()
    for name, why in bad.items():
        assert why in by_name[name]["error"], (name, by_name[name])
        mine = [ln for ln in lines if ln.startswith(f"wirecli: {folder / name}: ")]
        assert len(mine) == 1 and why in mine[0], (name, mine)


@needs_posix
def test_good_files_read_the_same_story(hostile):
    folder, _ = hostile
    for name in ("utf8.txt", "utf8-bom.txt", "utf16-bom.txt", "utf16be-bom.txt", "utf32-bom.txt",
                 "utf16-no-bom.txt", "cp1252.txt", "crlf.txt", "cr-only.txt"):
        result = CliRunner().invoke(cli, ["parse", "--format", "json", str(folder / name)],
                                    catch_exceptions=False)
        rec = json.loads(result.stdout)
        assert rec["headline"] == "Oil rises on supply worries", name
        assert rec["dateline"]["cities"] == ["LONDON"], name
        assert [b["name"] for b in rec["bylines"]] == ["Jo Bloggs"], name
        assert rec["body"] == "Oil rose on Tuesday in Zürich – “quietly”.", name


# name -> a word the record's warnings must hold (and stderr must say, with the path)
WARNED = {
    "empty.txt": "empty file",
    "blank.txt": "only white space",
    "cp1252.txt": "decoded as cp1252",
    "latin1-undefined.txt": "decoded as latin-1",
    "utf16-no-bom.txt": "no byte-order mark",
    "bad-utf16.txt": "1 undecodable byte sequence(s) replaced",
}


@needs_posix
@pytest.mark.parametrize("name", sorted(WARNED))
def test_what_was_done_is_said(hostile, name):
    folder, _ = hostile
    result = CliRunner().invoke(cli, ["parse", "--format", "json", str(folder / name)],
                                catch_exceptions=False)
    assert result.exit_code == 0
    rec = json.loads(result.stdout)
    assert any(WARNED[name] in w for w in rec["warnings"]), rec["warnings"]
    assert f"wirecli: {folder / name}: " in result.stderr and WARNED[name] in result.stderr


def test_empty_file_is_a_record_with_empty_fields(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(cli, ["parse", "--format", "json", str(tmp_path / "empty.txt")])
    rec = json.loads(result.stdout)
    assert (rec["headline"], rec["bylines"], rec["dateline"], rec["credit"], rec["body"]) == (
        None, [], None, None, "")


def test_runaway_story_is_one_clear_error(tmp_path):
    (tmp_path / "huge.txt").write_bytes(b"word " * 3000)
    (tmp_path / "ok.txt").write_bytes(STORY.encode())
    result = CliRunner().invoke(cli, ["parse", "--format", "jsonl", "--max-story-bytes", "10k",
                                      str(tmp_path)], catch_exceptions=False)
    assert result.exit_code == 1
    recs = [json.loads(line) for line in result.stdout.splitlines()]
    assert [("error" in r) for r in recs] == [True, False]
    assert "longer than 10,240 bytes (--max-story-bytes)" in recs[0]["error"]


def test_forced_encoding_that_fails_says_what_to_do(tmp_path):
    (tmp_path / "cp.txt").write_bytes(STORY.encode("cp1252"))
    result = CliRunner().invoke(cli, ["parse", "--format", "jsonl", "--encoding", "utf-8",
                                      str(tmp_path / "cp.txt")], catch_exceptions=False)
    assert result.exit_code == 1
    assert "not valid utf-8" in result.stderr and "--encoding" in result.stderr


# -- the table is safe on a terminal ----------------------------------------------------

def _table(tmp_path, text: str, *extra: str) -> str:
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", "--format", "table", *extra, str(tmp_path / "s.txt")],
                                catch_exceptions=False)
    assert result.exit_code == 0
    return result.stdout


def test_table_prints_markup_literally(tmp_path):
    out = _table(tmp_path, "Oil [bold red]x[/] rises\n\nLONDON (Reuters) - It [link=http://e.vil]rose[/link].\n")
    assert "[bold red]x[/]" in out and "[link=http://e.vil]rose[/link]" in out


@pytest.mark.parametrize("extra", [(), ("--explain",)])
def test_table_escapes_terminal_controls(tmp_path, extra):
    text = ("Oil \x1b[31mrises\x1b[0m \x1b]0;pwned\x07 \x9b2J \u202eevil\n\n"
            "LONDON (Reuters) - It rose\x08\x08\x08\x08fell.\r\n")
    out = _table(tmp_path, text, *extra)
    for raw in ("\x1b", "\x07", "\x9b", "\x08", "\u202e", "\r"):
        assert raw not in out, repr(raw)
    assert "\\x1b[31m" in out and "\\x1b]0;pwned\\x07" in out and "\\u202e" in out


def test_several_stories_table_is_safe_too(tmp_path):
    (tmp_path / "a.txt").write_text("Oil \x1b[2J [bold]x[/]\n\nLONDON (Reuters) - Up.\n")
    (tmp_path / "b.txt").write_text("Gold\n\nPARIS (Reuters) - Down.\n")
    result = CliRunner().invoke(cli, ["parse", "--format", "table", str(tmp_path)], catch_exceptions=False)
    assert "\x1b" not in result.stdout and "\\x1b[2J" in result.stdout and "[bold]x[/]" in result.stdout


@needs_posix
def test_file_name_with_escapes_is_shown_escaped_on_stderr(tmp_path):
    name = "a\x1b]0;pwned\x07b.pdf"
    (tmp_path / name).write_bytes(b"%PDF-1.4\n")
    result = CliRunner().invoke(cli, ["parse", "--format", "jsonl", str(tmp_path)], catch_exceptions=False)
    assert "\x1b" not in result.stderr and "\x07" not in result.stderr
    assert "a\\x1b]0;pwned\\x07b.pdf: not text (looks like PDF)" in result.stderr
