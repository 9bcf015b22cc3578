"""Time characters + quotes + narration (+ relationship tags) on a whole novel, the way the pipeline runs them.

    .venv/bin/python benchmarks/characters.py [path/to/novel.txt]

Default novel: PDNC's Pride and Prejudice (`../shared/data/pdnc/data/PrideAndPrejudice/novel_text.txt`,
about 122k words). Prints the seconds for each analysis, their total, and the total scaled to 100k words;
the issue's bar is under 10 s for 100k words on one core. Loading the document is timed separately.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT = REPO.parent / "shared" / "data" / "pdnc" / "data" / "PrideAndPrejudice" / "novel_text.txt"
sys.path.insert(0, str(REPO / "src"))

import ficsense  # noqa: E402
from ficsense.analyses import characters, narration, speakers  # noqa: E402
from ficsense.analyses.relationships import relationship_tags  # noqa: E402


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    if not path.exists():
        print(f"skipped: {path} not found")
        return 0
    started = time.perf_counter()
    doc = ficsense.load(path)
    loaded = time.perf_counter() - started
    words = len(doc.words())
    timings: dict[str, float] = {}
    started = time.perf_counter()
    cast = characters.ANALYSIS.run(doc, {}, {})
    timings["characters"] = time.perf_counter() - started
    started = time.perf_counter()
    quotes = speakers.ANALYSIS.run(doc, {"characters": cast}, {})
    timings["quotes"] = time.perf_counter() - started
    started = time.perf_counter()
    narration.ANALYSIS.run(doc, {"characters": cast}, {})
    timings["narration"] = time.perf_counter() - started
    started = time.perf_counter()
    relationship_tags(doc, cast, quotes)
    timings["relationships"] = time.perf_counter() - started
    total = sum(timings.values())
    print(f"{path.name}: {words} words, {len(doc.quotes)} quotes, {len(cast)} characters (load {loaded:.2f} s)")
    for name, seconds in timings.items():
        print(f"  {name:14} {seconds:6.2f} s")
    print(f"  {'total':14} {total:6.2f} s  ({total * 100_000 / max(words, 1):.2f} s per 100k words)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
