#!/usr/bin/env python3
"""Precision check: how often wirecli invents wire fields on text that is not a wire story.

    python benchmarks/precision.py                      # default sources, 3 chunks per file
    python benchmarks/precision.py --show 8 --max-files 600
    python benchmarks/precision.py --field dateline --show 40
    python benchmarks/precision.py --root DIR ...       # other folders of plain text
    python benchmarks/precision.py --max-files 100000 --per-file 3 --line-starts 4 --modules 400 --pydoc 300

The text is collected at run time from this machine (never copied into the repo): READMEs,
LICENSEs, CHANGELOGs, METADATA and docs under site-packages and /usr/share/doc, Python module
docstrings of the standard library, pydoc's reference topics, and man pages when `man` is there.  Each file is cut into
story-sized chunks (its first 1-4 KB and paragraph windows from the middle), each chunk is
parsed, and a field that comes back non-empty (dateline, bylines, credit, agency, captions) is
counted as a hit.  Headline and body are expected on any text and are only reported.
A hit is not always wrong (a README that quotes a dateline, "(c) The Associated Press"): the
examples (file, value, context) are printed so a person can judge.
"""
from __future__ import annotations

import argparse
import ast
import gzip
import os
import random
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from wirecli.pipeline import parse  # noqa: E402

FIELDS = ("dateline", "bylines", "credit", "agency", "captions")
INFO = ("headline", "body")
DOC_SUFFIXES = (".txt", ".md", ".rst")
DOC_PREFIXES = ("readme", "license", "licence", "changelog", "changes", "news", "history", "authors", "copying")


def _is_doc(path: Path) -> bool:
    low = path.name.lower()
    return low.endswith(DOC_SUFFIXES) or low.startswith(DOC_PREFIXES) or low == "metadata"


def _read(path: Path) -> str | None:
    try:
        raw = path.read_bytes()[:400_000]
        if path.suffix == ".gz":
            raw = gzip.decompress(raw)[:400_000] if len(raw) < 400_000 else b""
    except (OSError, EOFError, gzip.BadGzipFile):
        return None
    if b"\0" in raw[:4096]:
        return None
    return raw.decode("utf-8", "replace")


def doc_files(roots: list[Path], limit: int, rng: random.Random) -> list[Path]:
    found: list[Path] = []
    for root in roots:
        for dirpath, _dirs, files in os.walk(root):
            for f in files:
                p = Path(dirpath, f)
                if _is_doc(p) or (p.suffix == ".gz" and _is_doc(p.with_suffix(""))):
                    found.append(p)
    found.sort()
    rng.shuffle(found)
    return found[:limit]


def docstrings(limit: int, rng: random.Random) -> list[tuple[str, str]]:
    """Module and function docstrings of the standard library, one text per module."""
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    mods = sorted(p for p in stdlib.glob("*.py"))
    rng.shuffle(mods)
    out = []
    for p in mods[:limit]:
        try:
            tree = ast.parse(p.read_text("utf-8"))
        except (SyntaxError, UnicodeDecodeError, OSError, ValueError):
            continue
        docs = [ast.get_docstring(n) for n in ast.walk(tree)
                if isinstance(n, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))]
        text = "\n\n".join(d for d in docs if d)
        if text.strip():
            out.append((f"docstrings:{p.name}", text))
    return out


def pydoc_topics(limit: int, rng: random.Random) -> list[tuple[str, str]]:
    """The language reference pages that `help()` prints (pydoc_data.topics), plain English prose."""
    try:
        from pydoc_data.topics import topics
    except ImportError:
        return []
    keys = sorted(topics)
    rng.shuffle(keys)
    return [(f"pydoc:{k}", topics[k]) for k in keys[:limit]]


def man_pages(names: list[str]) -> list[tuple[str, str]]:
    if not shutil.which("man"):
        return []
    out = []
    for name in names:
        try:
            r = subprocess.run(["man", "-P", "cat", name], capture_output=True, text=True, timeout=20,
                               env={**os.environ, "MANWIDTH": "80"})
        except (OSError, subprocess.TimeoutExpired):
            continue
        if r.returncode == 0 and r.stdout.strip():
            out.append((f"man:{name}", r.stdout))
    return out


def chunks(text: str, rng: random.Random, per_file: int, line_starts: int = 0) -> list[tuple[int, str]]:
    """The first 1-4 KB, then windows of a few paragraphs from the middle: (offset, chunk)."""
    out = [(0, text[:rng.randint(1000, 4000)])]
    paras = [i for i in range(1, len(text)) if text.startswith("\n\n", i - 1) and i > 1500]
    rng.shuffle(paras)
    for start in sorted(paras[:per_file - 1]):
        out.append((start, text[start:start + rng.randint(800, 3000)]))
    if line_starts:  # also windows that open at any line, mid-paragraph (a cut-out excerpt)
        lines = [i + 1 for i in range(1500, len(text) - 1) if text[i] == "\n" and text[i + 1] != "\n"]
        for start in sorted(rng.sample(lines, min(line_starts, len(lines)))):
            out.append((start, text[start:start + rng.randint(800, 3000)]))
    return [(o, c) for o, c in out if c.strip()]


def value_of(story, field):
    d = story.to_dict()
    v = d.get(field)
    if field == "dateline" and v:
        return v.get("text")
    if field == "credit" and v:
        return v.get("text")
    if field == "bylines" and v:
        return "; ".join(f"{b['name']}|{b.get('title')}" for b in v)
    if field == "captions" and v:
        return " || ".join(v)
    return v


def context(chunk: str, value: str, width: int = 90) -> str:
    key = (value or "").split("|")[0].split(";")[0][:30]
    i = chunk.find(key) if key else -1
    i = max(0, i - 30) if i >= 0 else 0
    return " ".join(chunk[i:i + width].split())


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--root", action="append", type=Path, help="folders of plain text (default: site-packages, /usr/share/doc)")
    ap.add_argument("--max-files", type=int, default=400, help="files per run (sampled, fixed seed)")
    ap.add_argument("--per-file", type=int, default=3, help="chunks per file")
    ap.add_argument("--modules", type=int, default=80, help="stdlib modules for docstrings (0: none)")
    ap.add_argument("--line-starts", type=int, default=0, help="extra chunks per file opening at a random line")
    ap.add_argument("--pydoc", type=int, default=40, help="pydoc topics (0: none)")
    ap.add_argument("--man", default="ls,cp,grep,find,tar,sed,bash,ssh,git,python3,date,man",
                    help="man pages, comma-separated ('' for none)")
    ap.add_argument("--field", action="append", choices=FIELDS + INFO, help="only show these fields")
    ap.add_argument("--show", type=int, default=5, help="examples per field")
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    roots = args.root or [Path(sysconfig.get_paths()["purelib"]), Path("/usr/share/doc")]
    texts: list[tuple[str, str]] = []
    for p in doc_files([r for r in roots if r.is_dir()], args.max_files, rng):
        t = _read(p)
        if t and t.strip():
            texts.append((str(p), t))
    if args.modules:
        texts += docstrings(args.modules, rng)
    if args.pydoc:
        texts += pydoc_topics(args.pydoc, rng)
    texts += man_pages([m for m in args.man.split(",") if m])

    hits = {f: [] for f in FIELDS + INFO}
    n = 0
    sources = {}
    for name, text in texts:
        for off, chunk in chunks(text, rng, args.per_file, args.line_starts):
            n += 1
            kind = name.split(":")[0] if not name.startswith("/") else next(
                (str(r) for r in roots if name.startswith(str(r))), "other")
            sources[kind] = sources.get(kind, 0) + 1
            story = parse(chunk)
            for f in FIELDS + INFO:
                v = value_of(story, f)
                if v:
                    kind = {"bylines": "byline", "captions": "caption"}.get(f, f)
                    rules = sorted({pt.rule for pt in story.parts if pt.kind == kind})
                    hits[f].append((name, off, str(v), chunk, ",".join(rules)))
    print(f"{n} chunks from {len(texts)} texts ({', '.join(f'{k}: {v}' for k, v in sorted(sources.items()))})")
    for f in FIELDS + INFO:
        tag = "" if f in FIELDS else "  (expected on any text; not an error)"
        print(f"{f:9} {len(hits[f]):5}/{n}  {100 * len(hits[f]) / max(n, 1):5.1f}%{tag}")
    for f in args.field or FIELDS:
        if not hits[f] or args.show <= 0:
            continue
        print(f"\n== {f}: first {min(args.show, len(hits[f]))} of {len(hits[f])}")
        for name, off, v, chunk, rules in hits[f][:args.show]:
            print(f"  {name} @{off}  {rules}\n    value:   {v[:120]!r}\n    context: {context(chunk, v)!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
