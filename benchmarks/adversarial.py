"""Adversarial input: is every rule linear?  Time per MB of hostile text against plain copy.

    python benchmarks/adversarial.py            1 MB and 10 MB of each case
    python benchmarks/adversarial.py --quick    1 MB only
    python benchmarks/adversarial.py --case by_by_by --size 4

Each case repeats one hostile unit, built to make a backtracking regex try every split
(long runs of spaces, dashes, capitals, "By By By", parentheses, commas, almost-datelines,
a single line with no break).  A case is laid out four ways, because rules look at
different places: as one line with no break ("line"), as the top of a story over a plain
body ("top"), under a headline over a plain body ("head"), and as the last paragraph after
a plain body ("tail").  The plain reference is a 10 MB story of ordinary wrapped paragraphs.  Target: no case over 2x the plain rate.

Every case is also set against the size of what it produces ("x size": plain copy with as
many bytes, or as many parts, whichever costs more).  Text with a line break every one or
two characters (crlf_cr, nel_ls) gives ~250,000 paragraphs per MB, each a body item with
its own span, against ~6,000 in plain copy: it cannot cost per MB what plain copy does, and
the column shows whether it costs more than its output does.  The exit code follows the
per-MB target only.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from wirecli.batch import parse_paused, tune_gc  # noqa: E402

MB = 1_000_000
TARGET = 2.0

PLAIN_PARA = ("    The company said its net profit rose 12 pct to 45.6 mln dlrs in the year to\n"
              "    March 31, against 38.2 mln a year earlier, on sales of 1.2 billion dlrs.\n\n")
PLAIN_HEAD = "ACME RAISES DIVIDEND\n\nBy Jane Doe, Reuters\n\nNEW YORK, March 3 (Reuters) - Acme said.\n\n"
PLAIN_TAIL = "(Reporting by Jo Bloggs in London; Editing by Ann Other)\n"

# name -> one unit of hostile text; repeated to the wanted size.
CASES = {
    "spaces": " ",
    "tabs_nbsp": "\t\u00a0 ",
    "dashes": "-",
    "dash_space": "- ",
    "em_dashes": "\u2014 _ ",
    "underscores": "_",
    "capitals": "A",
    "caps_words": "WASHINGTON ",
    "caps_slash": "MEXICO CITY/",
    "by_by_by": "By ",
    "by_names": "By Jo Bloggs, ",
    "and_and": "Jo Bloggs and ",
    "parens_open": "(",
    "parens_pairs": "()",
    "paren_words": "(Reuters ",
    "commas": ",",
    "comma_words": "Anne Example, ",
    "almost_dateline": "LONDON, March 3 (Reute ",
    "dateline_no_dash": "NEW YORK, Feb. 10, 2025 (AP) ",
    "months": "March 3 ",
    "digits": "1",
    "reporting_by": "(Reporting by ",
    "reporting_in": "Jo Bloggs in London ",
    "editing_by": "Editing by Reporting by ",
    "emails": "a.b.c.d@",
    "phone": "+1 (2) ",
    "reuter": "REUTER ",
    "dots": ". ",
    "stars": "*",
    "hashes": "# ",
    "quotes": "``''",
    "control_codes": "\x01\x16\x1f\x02",
    "crlf_cr": "a\r\r\n",
    "nel_ls": "x\x85\u2028\u2029",
    "nul": "\x00 ",
    "one_word": "word",
    "md_links": "[Ana Ruiz](https://x.org/a) ",   # Markdown links: the tail reads them as their text
    "md_open": "[a](",
    # (template, unit): the run sits inside a line a rule reads, between real words
    "space_gap": ("Oil rises{}today", " "),
    "nbsp_gap": ("Oil rises{}today", "\u00a0\t"),
    "dateline_gap": ("LONDON,{}March 3 (Reuters) - Oil rose.", " "),
    "dateline_dash_gap": ("LONDON, March 3 (Reuters){}- Oil rose.", " "),
    "byline_gap": ("By Jo{}Bloggs and Ann Other", " "),
    "credit_gap": ("(Reporting by Jo{}Bloggs in London; Editing by Ann Other)", " "),
    "credit_in_gap": ("(Reporting by Jo Bloggs in{}London; Editing by Ann Other)", "\u00a0"),
    "credit_at_gap": ("To contact the reporter on this story: Jo Bloggs at{}jo@x.com", " "),
    "signoff_gap": ("He said the deal was done.{}Reuter", " "),
    "stamp_gap": ("Oil rises, Updated{}Nov 06, 2012 at 04:03pm IST", " "),
    "footer_gap": ("He said so.{}View original content", " "),
}


def plain(size: int) -> str:
    n = max(1, (size - len(PLAIN_HEAD) - len(PLAIN_TAIL)) // len(PLAIN_PARA))
    return PLAIN_HEAD + PLAIN_PARA * n + PLAIN_TAIL


def hostile(case: str | tuple[str, str], size: int, layout: str) -> str:
    template, unit = case if isinstance(case, tuple) else ("{}", case)
    run = template.replace("{}", unit * max(1, size // len(unit)))
    if layout == "line":
        return run
    body = PLAIN_PARA * 20
    if layout == "top":
        return run + "\n\n" + body
    if layout == "head":  # under a headline, where the byline and desk rules read it
        return "Harbor fees rise\n\n" + run + "\n\n" + body
    return body + run + "\n"  # "tail"


def seconds(text: str, repeat: int = 1) -> tuple[float, int]:
    """CPU seconds of parse(text), best of ``repeat``, and the number of parts the record
    reports.  CPU time, not wall time, so that other work on a shared machine does not skew
    the ratios."""
    best, parts = float("inf"), 0
    for _ in range(repeat):
        t = time.process_time()
        story = parse_paused(text)  # as the CLI calls it (batch.parse_stories)
        best = min(best, time.process_time() - t)
        parts = len(story.parts)
    return best, parts


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1 MB only")
    ap.add_argument("--case", action="append", help="only this case (repeatable)")
    ap.add_argument("--size", type=float, action="append", help="size in MB (repeatable)")
    args = ap.parse_args(argv)
    sizes = args.size or ([1] if args.quick else [1, 10])
    names = args.case or list(CASES)

    tune_gc()  # the garbage collector as the CLI sets it (batch.run), for every case alike
    ref = plain(10 * MB)
    ref_cpu, ref_parts = seconds(ref, repeat=2)
    ref_rate, ref_part = ref_cpu / (len(ref) / MB), ref_cpu / ref_parts
    print(f"plain story: {len(ref) / MB:.1f} MB, {ref_rate * 1000:.1f} ms/MB CPU, {ref_parts:,} parts, "
          f"{ref_part * 1e6:.1f} us/part (reference)")
    print(f"{'case':<18}{'layout':<7}{'MB':>5}{'ms/MB':>9}{'x plain':>9}{'parts':>10}{'us/part':>11}{'x size':>8}")
    worst, worst_size, over = 0.0, 0.0, []
    for name in names:
        for layout in ("line", "top", "head", "tail"):
            for mb in sizes:
                text = hostile(CASES[name], int(mb * MB), layout)
                cpu, parts = seconds(text)
                rate, per_part = cpu / (len(text) / MB), cpu / max(1, parts)
                ratio = rate / ref_rate
                # against plain copy of the same size in bytes and in parts, the larger
                size_ratio = cpu / max(ref_rate * len(text) / MB, ref_part * parts)
                worst, worst_size = max(worst, ratio), max(worst_size, size_ratio)
                flag = "  <-- over target" if ratio > TARGET else ""
                if ratio > TARGET:
                    over.append(f"{name}/{layout}/{mb:g}MB")
                print(f"{name:<18}{layout:<7}{len(text) / MB:>5.1f}{rate * 1000:>9.1f}{ratio:>9.2f}"
                      f"{parts:>10,}{per_part * 1e6:>11.2f}{size_ratio:>8.2f}{flag}", flush=True)
    print(f"worst: {worst:.2f}x plain per MB (target <= {TARGET:.0f}x)"
          + (f"; over target: {', '.join(over)}" if over else ""))
    print(f"worst against the output's size: {worst_size:.2f}x plain ('x size': the time against plain "
          "copy with as many bytes or as many parts, whichever costs more; a part is a paragraph or "
          "piece the record reports with its span, and a line break every few characters makes "
          "~40x more of them per MB than plain copy)")
    return 0 if worst <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
