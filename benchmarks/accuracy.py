#!/usr/bin/env python3
"""Accuracy gate: score wirecli on the evaluation corpora and compare with pinned floors.

    python benchmarks/accuracy.py                     # score ../shared/corpus/*, fail on any drop
    python benchmarks/accuracy.py --update            # raise floors to today's rates (never lower)
    python benchmarks/accuracy.py --corpus DIR ...    # other corpora (each DIR has raw/ and gold.jsonl)
    python benchmarks/accuracy.py --floors FILE       # other floors file

It runs ../shared/eval/score.py (the project's scorer) with `python -m wirecli parse
--format jsonl`, once over all corpora together, and reads the per-format rates.  Floors are
pinned per format and field in benchmarks/floors.json ("all" is every corpus together,
"modern" the modern-* collections together).  Exit 1 when any rate is below its floor.
Floors only move up, and only in the commit that earns them.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared"


def score(corpora: list[Path], scorer: Path) -> dict:
    cmd = f"{sys.executable} -m wirecli parse --format jsonl"
    out = subprocess.run([sys.executable, str(scorer), "--json", "--cmd", cmd, *map(str, corpora)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def rates(corpora: list[Path], scorer: Path) -> dict[str, dict[str, float]]:
    """format -> field -> rate, plus "all" and (when modern-* are given) "modern"."""
    res = score(corpora, scorer)
    table = dict(res["rates"])
    modern = [c for c in corpora if c.name.startswith("modern-")]
    if modern and len(modern) < len(corpora):
        table["modern"] = score(modern, scorer)["rates"]["all"]
    return table


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", nargs="+", type=Path, help="corpus folders (default: ../shared/corpus/*/)")
    ap.add_argument("--floors", type=Path, default=HERE / "floors.json")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--update", action="store_true", help="raise floors to the current rates")
    args = ap.parse_args()
    corpora = args.corpus or sorted(p for p in (SHARED / "corpus").glob("*/") if (p / "gold.jsonl").exists())
    if not corpora or not args.scorer.exists():
        print("accuracy: no corpora or scorer found; nothing to check", file=sys.stderr)
        return 0
    now = rates(corpora, args.scorer)
    feeds = [] if args.corpus else sorted(p for p in (SHARED / "corpus-feeds").glob("*/")
                                          if (p / "gold.jsonl").exists())
    if feeds:  # many stories per file, with transmission headers: scored on their own
        now["feeds"] = score(feeds, args.scorer)["rates"]["all"]
    floors = json.loads(args.floors.read_text()) if args.floors.exists() else {}
    failed = []
    for fmt in sorted(now, key=lambda k: (k not in ("all", "modern", "feeds"), k)):
        cells = []
        for field, rate in sorted(now[fmt].items()):
            floor = floors.get(fmt, {}).get(field)
            mark = ""
            if floor is not None and rate + 1e-9 < floor:
                failed.append(f"{fmt}.{field}: {rate:.4f} < floor {floor:.4f}")
                mark = "!"
            cells.append(f"{field}={rate:.1%}{mark}")
        print(f"{fmt:14s} " + " ".join(cells))
    if args.update:
        for fmt, fields in now.items():
            for field, rate in fields.items():
                old = floors.setdefault(fmt, {}).get(field, 0.0)
                floors[fmt][field] = max(old, round(rate, 4))
        args.floors.write_text(json.dumps(floors, indent=1, sort_keys=True) + "\n")
        print(f"floors written to {args.floors}")
    for f in failed:
        print("below floor:", f)
    return 1 if failed and not args.update else 0


if __name__ == "__main__":
    sys.exit(main())
