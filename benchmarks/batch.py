"""Benchmark: batch throughput and scaling on 2,000 works sliced from the PDNC novels.

Not a test. `python benchmarks/batch.py [--works 2000] [--only ANALYSES]` slices the 18 PDNC novels in
../shared/data/pdnc into 2-5k-word pieces at paragraph breaks (seeded, so every run sees the same corpus;
the novels are cut several times at different places to reach the count), writes them as JSON Lines, runs
`ficsense batch` with 1 and then 2 workers into fresh folders, and prints works/s, words/s and the scaling
efficiency (speed-up / workers).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

from ficsense.batch import run_batch

REPO = Path(__file__).resolve().parents[1]
PDNC = REPO.parent / "shared" / "data" / "pdnc" / "data"


def slice_novels(novels: list[str], count: int, *, seed: int = 13) -> list[str]:
    """`count` pieces of 2-5k words, cut at paragraph breaks."""
    rng = random.Random(seed)
    paragraphs = [[p for p in re.split(r"\n\s*\n", novel) if p.strip()] for novel in novels]
    pieces: list[str] = []
    while len(pieces) < count:
        for novel in paragraphs:
            position = rng.randrange(0, 40)
            while position < len(novel) and len(pieces) < count:
                target = rng.randint(2000, 5000)
                piece, words = [], 0
                while position < len(novel) and words < target:
                    piece.append(novel[position])
                    words += len(novel[position].split())
                    position += 1
                if words >= 2000:
                    pieces.append("\n\n".join(piece) + "\n")
            if len(pieces) >= count:
                break
    return pieces


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--works", type=int, default=2000)
    parser.add_argument("--only", default=None, help="comma-separated analyses (default: all)")
    parser.add_argument("--workers", default="1,2", help="worker counts to compare")
    args = parser.parse_args()
    if not PDNC.is_dir():
        print(f"benchmark skipped: {PDNC} not found", file=sys.stderr)
        return 0
    novels = [path.read_text(encoding="utf-8") for path in sorted(PDNC.glob("*/novel_text.txt"))]
    pieces = slice_novels(novels, args.works)
    only = [name for name in args.only.split(",") if name] if args.only is not None else None
    results: dict[int, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "works.jsonl"
        with corpus.open("w", encoding="utf-8") as handle:
            for number, text in enumerate(pieces):
                handle.write(json.dumps({"id": f"pdnc-{number:05d}", "text": text}) + "\n")
        for workers in (int(w) for w in args.workers.split(",")):
            started = time.perf_counter()
            summary = run_batch([corpus], Path(folder) / f"out-{workers}", workers=workers, only=only)
            seconds = time.perf_counter() - started
            results[workers] = seconds
            print(
                f"workers={workers}: {summary.done} works ({summary.failed} failed), {summary.words:,} words in "
                f"{seconds:.1f} s: {summary.done / seconds:.1f} works/s, {summary.words / seconds:,.0f} words/s "
                f"({summary.words / seconds * 60 / 1e6:.2f}M words/min)"
            )
    if 1 in results:
        for workers, seconds in results.items():
            if workers > 1:
                print(f"scaling efficiency at {workers} workers: {results[1] / seconds / workers:.2f}")
    print(f"analyses: {args.only or 'all registered'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
