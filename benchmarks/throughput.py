#!/usr/bin/env python3
"""Throughput, start-up and scaling of `wirecli parse`, against the floor of plain I/O.

    python benchmarks/throughput.py                  # everything (a few minutes on 2 cores)
    python benchmarks/throughput.py --quick          # 1x and 4x only, fewer repeats
    python benchmarks/throughput.py --check          # exit 1 when a target is missed

In one run, over ../shared/corpus/reuters-1987/raw (18,000 one-story files):
  floor        ../shared/bench/floor.py: read every file, write one JSON line each
  1 worker     wirecli parse --format jsonl --workers 1       target: <= 3x the floor's wall time
  2 workers    wirecli parse --format jsonl --workers 2       target: >= 1.6x faster than 1 worker
  start-up     wirecli parse story.txt --format json  vs  python -c "import click"
                                                              target: <= 1.5x
  scaling      1x, 4x, 16x the corpus (the file list repeated, through --files-from)
                                                              target: time per story flat
Each timing is the best of several runs (the machine may be shared), and each run's peak
RSS is read from the kernel (os.wait4), so the 16x run (288,000 stories) also shows that
memory stays flat.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("WIRECLI_SHARED", ROOT.parent / "shared"))
CORPUS = SHARED / "corpus" / "reuters-1987" / "raw"
FLOOR = SHARED / "bench" / "floor.py"
STORY = ROOT / "examples" / "us-mexico-immigration.txt"


def wirecli_cmd() -> list[str]:
    """The installed command next to this Python, else `python -m wirecli`."""
    exe = Path(sys.executable).with_name("wirecli")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wirecli"]


def timed(argv: list[str], *, stdin_path: Path | None = None) -> tuple[float, float, float]:
    """(wall seconds, peak RSS in MB, CPU seconds incl. workers) of one run, output thrown away."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    try:
        t0 = time.perf_counter()
        p = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
        err = p.stderr.read().decode(errors="replace")
        p.stderr.close()
    finally:
        if stdin_path:
            stdin.close()
    if p.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({p.returncode}): {err[-500:]}")
    return wall, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def best(argv: list[str], repeat: int, **kw) -> tuple[float, float, float]:
    """Best wall time, largest peak RSS, least CPU time over ``repeat`` runs."""
    runs = [timed(argv, **kw) for _ in range(repeat)]
    return min(r[0] for r in runs), max(r[1] for r in runs), min(r[2] for r in runs)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--repeat", type=int, default=3, help="runs per timing (best is kept)")
    ap.add_argument("--scales", default="1,4,16", help="corpus multiples for the scaling run")
    ap.add_argument("--quick", action="store_true", help="--repeat 1 --scales 1,4")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args()
    if args.quick:
        args.repeat, args.scales = 1, "1,4"
    if not args.corpus.is_dir() or not FLOOR.exists():
        print(f"skipped: {args.corpus} or {FLOOR} is not here")
        return 0
    files = sorted(str(p) for p in args.corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
        # An installed wirecli has its .pyc files, as click has; without a bytecode cache every
        # run would recompile wirecli's sources (~40 ms) while click loads its .pyc.
        os.environ["PYTHONPYCACHEPREFIX"] = os.path.join(tempfile.gettempdir(), "wirecli-bench-pyc")
        print("PYTHONDONTWRITEBYTECODE unset for the runs (bytecode cached in "
              f"{os.environ['PYTHONPYCACHEPREFIX']}, as for an installed tool)")
    subprocess.run(wirecli_cmd() + ["parse", str(STORY if STORY.exists() else files[0]), "--format", "json"],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # warm the bytecode cache
    n = len(files)
    cmd = wirecli_cmd() + ["parse", "--format", "jsonl"]
    print(f"corpus {args.corpus} ({n} files), cores {os.cpu_count()}, best of {args.repeat}")
    print(f"wirecli: {' '.join(cmd)}\n")

    load = os.getloadavg()[0]
    floor, floor_rss, floor_cpu = best([sys.executable, str(FLOOR), str(args.corpus)], args.repeat)
    one, one_rss, one_cpu = best(cmd + ["--workers", "1", str(args.corpus)], args.repeat)
    two, two_rss, two_cpu = best(cmd + ["--workers", "2", str(args.corpus)], args.repeat)
    print(f"load average before: {load:.1f} (on a busy machine wall times mean little; "
          "CPU seconds stay fair)")
    print(f"{'run':28s} {'wall s':>8s} {'cpu s':>8s} {'stories/s':>10s} {'peak MB':>8s}")
    for name, wall, cpu, rss in (("floor (read + 1 JSON line)", floor, floor_cpu, floor_rss),
                                 ("wirecli --workers 1", one, one_cpu, one_rss),
                                 ("wirecli --workers 2", two, two_cpu, two_rss)):
        print(f"{name:28s} {wall:8.2f} {cpu:8.2f} {n / wall:10.0f} {rss:8.0f}")
    r1, r2 = one / floor, one / two
    print(f"\n1 worker / floor      {r1:5.2f}x   target <= 3.0x   {verdict(r1 <= 3.0)}"
          f"   (CPU time: {one_cpu / floor_cpu:.2f}x)")
    print(f"1 worker / 2 workers  {r2:5.2f}x   target >= 1.6x   {verdict(r2 >= 1.6)}"
          f"   (2 workers' CPU overhead: {two_cpu / one_cpu:.2f}x)")

    reps = max(args.repeat, 5) * 2
    click_t, _, click_cpu = best([sys.executable, "-c", "import click"], reps)
    story = STORY if STORY.exists() else Path(files[0])
    start, _, start_cpu = best(wirecli_cmd() + ["parse", str(story), "--format", "json"], reps)
    r3 = start / click_t
    print(f"\nstart-up: python -c 'import click' {click_t * 1000:.0f} ms, "
          f"wirecli parse story.txt --format json {start * 1000:.0f} ms (best of {reps})")
    print(f"start-up ratio        {r3:5.2f}x   target <= 1.5x   {verdict(r3 <= 1.5)}"
          f"   (CPU time: {start_cpu / click_cpu:.2f}x)")

    print(f"\nscaling (--files-from, --workers 1):\n{'corpus':>8s} {'stories':>9s} {'wall s':>8s} "
          f"{'us/story':>9s} {'cpu us/story':>13s} {'peak MB':>8s}")
    tmp = Path(tempfile.mkdtemp(prefix="wirecli-bench-"))
    per_story = []
    cpu_per_story = []
    try:
        for k in (int(x) for x in args.scales.split(",")):
            lst = tmp / f"list-{k}.txt"
            with open(lst, "w", encoding="utf-8") as f:
                for _ in range(k):
                    f.write("\n".join(files) + "\n")
            wall, rss, cpu = best(cmd + ["--workers", "1", "--files-from", str(lst)],
                                  1 if k > 4 else args.repeat)
            per_story.append(wall / (k * n))
            cpu_per_story.append(cpu / (k * n))
            print(f"{k:7d}x {k * n:9d} {wall:8.2f} {wall / (k * n) * 1e6:9.1f} "
                  f"{cpu / (k * n) * 1e6:13.1f} {rss:8.0f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    spread = max(per_story) / min(per_story)
    cpu_spread = max(cpu_per_story) / min(cpu_per_story)
    print(f"time per story, largest / smallest  {spread:5.2f}x   target flat (<= 1.25x)   "
          f"{verdict(spread <= 1.25)}   (CPU time per story: {cpu_spread:.2f}x)")
    missed = not (r1 <= 3.0 and r2 >= 1.6 and r3 <= 1.5 and spread <= 1.25)
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
