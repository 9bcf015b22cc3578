"""Benchmark: load + segment a whole novel (Persuasion, 83k words, from ../shared/data/pdnc).

Not a test: run `python benchmarks/load_segment.py` and copy the figure into the README. Reports the median
of several runs of `ficsense.load(path)` (decode, chapters, scenes, paragraphs, sentences, tokens, quotes)
on one core.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import ficsense

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NOVEL = REPO.parent / "shared" / "data" / "pdnc" / "data" / "Persuasion" / "novel_text.txt"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("novel", nargs="?", type=Path, default=DEFAULT_NOVEL)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.novel.exists():
        print(f"benchmark skipped: {args.novel} not found (it comes from ../shared/data)", file=sys.stderr)
        return 0
    ficsense.load(args.novel)  # warm the imports and regex caches
    timings = []
    for _ in range(args.runs):
        started = time.perf_counter()
        doc = ficsense.load(args.novel)
        timings.append(time.perf_counter() - started)
    words = len(doc.words())
    median = statistics.median(timings)
    print(f"novel: {args.novel.name} ({args.novel.parent.name}), {words:,} words, {len(doc.text):,} characters")
    print(
        f"segments: {len(doc.chapters)} chapters, {len(doc.scenes)} scenes, {len(doc.paragraphs):,} paragraphs, "
        f"{len(doc.sentences):,} sentences, {len(doc.tokens):,} tokens, {len(doc.quotes):,} quotes"
    )
    print(
        f"load + segment: median {median:.3f} s over {args.runs} runs (min {min(timings):.3f} s), "
        f"{words / median:,.0f} words/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
