"""reader: decoding, binary sniffing, special files, streaming stories, the story size limit."""
from __future__ import annotations

import codecs

import pytest

from wirecli.errors import DecodeError, NotTextError, StoryTooLargeError
from wirecli.feeds import compile_split, split_stories
from wirecli.reader import decode, iter_stories, parse_size, read_text, sniff_binary

STORY = "Oil rises\n\nLONDON, March 3 (Reuters) - Oil rose on Tuesday in Zürich – “quietly”.\n"

# (bytes, expected text, expected encoding, a word the warning must hold or None, why)
DECODE_CASES = [
    (STORY.encode("utf-8"), STORY, "utf-8", None, "plain UTF-8"),
    (codecs.BOM_UTF8 + STORY.encode(), STORY, "utf-8-sig", None, "UTF-8 with BOM: BOM dropped"),
    (STORY.encode("utf-16"), STORY, "utf-16", None, "UTF-16 with BOM"),
    (codecs.BOM_UTF16_BE + STORY.encode("utf-16-be"), STORY, "utf-16", None, "UTF-16 BE with BOM"),
    (STORY.encode("utf-32"), STORY, "utf-32", None, "UTF-32 with BOM"),
    (STORY.encode("utf-16-le"), STORY, "utf-16-le", "byte-order", "UTF-16 export without BOM"),
    (STORY.encode("cp1252"), STORY, "cp1252", "cp1252", "Windows copy: curly quotes, en dash"),
    (b"Caf\xe9 \x81 bar", "Caf\xe9 \x81 bar", "latin-1", "latin-1", "a byte cp1252 leaves undefined"),
    (b"A\x00B\rC\x0bD\x0cE\xc2\x85F\xe2\x80\xa8G", "A\x00B\rC\x0bD\x0cE\x85F\u2028G", "utf-8", None,
     "NUL, CR, VT, FF, NEL, LS stay as they are"),
]
assert len({c[0] for c in DECODE_CASES}) == len(DECODE_CASES)


@pytest.mark.parametrize("data,text,encoding,warning,why", DECODE_CASES, ids=[c[-1] for c in DECODE_CASES])
def test_decode(data, text, encoding, warning, why):
    d = decode(data)
    assert (d.text, d.encoding) == (text, encoding)
    if warning is None:
        assert d.warnings == ()
    else:
        assert any(warning in w for w in d.warnings), d.warnings


def test_replaced_bytes_are_counted():
    data = codecs.BOM_UTF16_LE + "Oil".encode("utf-16-le") + b"\x00\xd8" + "rose".encode("utf-16-le")
    d = decode(data)
    assert d.text == "Oil\ufffdrose"
    assert d.warnings == ("1 undecodable byte sequence(s) replaced with U+FFFD (utf-16)",)


def test_forced_encoding():
    assert decode("Zürich".encode("cp1252"), "cp1252").text == "Zürich"
    with pytest.raises(DecodeError, match="not valid utf-8 at byte 1"):
        decode("Zürich".encode("cp1252"), "utf-8")
    with pytest.raises(DecodeError, match="unknown encoding"):
        decode(b"x", "no-such-codec")


SNIFF_CASES = [
    (b"%PDF-1.7\n%\xe2\xe3", "PDF"),
    (b"PK\x03\x04\x14\x00", "a zip archive"),
    (b"\x89PNG\r\n\x1a\n\x00\x00", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"\x7fELF\x02\x01\x01" + bytes(40), "an executable"),
    (b"\x1f\x8b\x08\x00", "gzip data"),
    (bytes(range(256)) * 4, "binary data"),
    (b"\x16\x16\x01f0704\x1freute\r\nu f BC-SLUG 02-26 0105\r\n\x02Text\x03", None),
    (b"Text with one stray \x00 byte", None),
    (STORY.encode("utf-16-le"), None),
    (b"", None),
]


@pytest.mark.parametrize("data,what", SNIFF_CASES, ids=[str(c[1]) + str(i) for i, c in enumerate(SNIFF_CASES)])
def test_sniff_binary(data, what):
    assert sniff_binary(data) == what


def _feed(n: int) -> bytes:
    return b"".join(b"\x16\x16\x01f%04d\x1freute\r\nu f BC-SLUG  02-26 0105\r\n\x02Story %d\r\nline\x03\r\n"
                    % (i, i) for i in range(n))


FEEDS = {
    "anpa": (_feed(30), None),
    "iptc": (b"".join(b"\x01KNA%03d 4 p 211\r\n\x02Body %d\r\n\x03 131137 GMT Nov 13\x04\r\n" % (i, i)
                      for i in range(20)), None),
    "formfeed": (b"One\n\x0cTwo\n\x0c\n\x0cThree\n", None),
    "split": (b"Story A\nline\n-----\nStory B\n------\nStory C\n", r"^-{5,}$"),
}


@pytest.mark.parametrize("block", [1, 3, 64, 1 << 20])
@pytest.mark.parametrize("name", sorted(FEEDS))
def test_streaming_gives_the_same_stories(tmp_path, name, block):
    data, pattern = FEEDS[name]
    split = compile_split(pattern) if pattern else None
    path = tmp_path / name
    path.write_bytes(data)
    text = data.decode()
    whole = [text[s:e] for s, e in split_stories(text, split)]
    assert [d.text for d in iter_stories(str(path), split=split, block_size=block)] == whole
    pieces = iter_stories(str(path), split=split, block_size=block, tail=True)
    assert "".join(d.text for d in pieces) == text  # nothing lost between stories


def test_read_text_is_the_whole_file(tmp_path):
    path = tmp_path / "feed"
    path.write_bytes(_feed(5) + "\x01\x02Café\x03\n".encode("cp1252"))
    d = read_text(str(path))
    assert d.text == (_feed(5) + "\x01\x02Café\x03\n".encode("cp1252")).decode("cp1252")
    assert d.encoding == "utf-8+cp1252"  # each story decoded on its own
    assert d.warnings == ("not valid UTF-8; decoded as cp1252",)


def test_utf16_feed_streams(tmp_path):
    path = tmp_path / "u16"
    path.write_bytes(("Story é\n\x0c" * 100).encode("utf-16"))
    got = [d.text for d in iter_stories(str(path), block_size=5)]
    assert got == ["Story é\n\x0c"] * 100


@pytest.mark.parametrize("data,warning", [(b"", "empty file"), (b" \r\n\t\n", "no text (only white space)")])
def test_blank_files_warn(tmp_path, data, warning):
    path = tmp_path / "blank.txt"
    path.write_bytes(data)
    (d,) = iter_stories(str(path))
    assert d.text == data.decode() and d.warnings == (warning,)


def test_runaway_story_is_an_error(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes(b"word " * 2000)
    with pytest.raises(StoryTooLargeError, match="story 1 is longer than 1,000 bytes"):
        list(iter_stories(str(path), max_story_bytes=1000, block_size=256))


def test_limit_holds_for_a_short_file(tmp_path):
    path = tmp_path / "one.txt"
    path.write_bytes(b"word " * 100)
    with pytest.raises(StoryTooLargeError, match="story 1 is longer than 100 bytes"):
        list(iter_stories(str(path), max_story_bytes=100))


def test_limit_counts_one_story_not_the_file(tmp_path):
    path = tmp_path / "feed"
    path.write_bytes(_feed(200))  # ~11 kB in stories of ~55 bytes
    assert len(list(iter_stories(str(path), max_story_bytes=1000, block_size=256))) == 200


def test_binary_file_is_not_text(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    with pytest.raises(NotTextError, match=r"not text \(looks like PDF\)"):
        list(iter_stories(str(path)))


def test_parse_size():
    assert parse_size("64M") == 64 << 20
    assert parse_size("1g") == 1 << 30
    assert parse_size("1500") == 1500
    with pytest.raises(ValueError):
        parse_size("lots")
