"""Evaluate the proofreading checks on fan fiction with planted errors (not a test).

    .venv/bin/python evaluation/fanfic.py [--list] [--list-harper] [--no-harper] [STORY.errors.json ...]

A proxy for issue #3's "held-out real fan fiction" bar (at least 60% of real errors caught with at most 6
false alarms per 3.5k words; goal 80% with at most 3). `evaluation/data/fanfic/` holds original stories
(~3.5k words each, an invented fandom each, modern fan-fiction style: untagged dialogue, stretched words,
"gonna", a Y/N reader-insert), each written with ~45 errors of the kinds the issue lists planted by hand and
recorded in a sidecar `<story>.errors.json`: character offsets into the story, what was written, the
intended correction, the kind. The stories were written before reading the checks (a blind set); do not
tune rules against them line by line, or the figures stop meaning anything.

For each story `ficsense.checks.run_checks` runs with the defaults of `ficsense check` (no style notes).
A planted error counts as caught when a finding overlaps its span, and as fixed when applying that
finding's first suggestion gives the same text as the intended correction. Every finding that overlaps no
planted error is a false alarm. Prints per-kind recall and false alarms per 3.5k words, and, when harper-py
is installed (`pip install -e '.[eval]'`), Harper's figures beside (default rules). `--list` lists
ficsense's misses and false alarms; `--list-harper` Harper's.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ficsense
from ficsense.checks import run_checks

DATA = Path(__file__).resolve().parent / "data" / "fanfic"
PER_WORDS = 3_500
BAR = (0.60, 6.0)
GOAL = (0.80, 3.0)


@dataclass(frozen=True, slots=True)
class Planted:
    """One planted error: its span in the story, what was written, the intended text, its kind."""

    start: int
    end: int
    written: str
    correction: str
    kind: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class Flag:
    """One finding of a checker, reduced to what scoring needs."""

    start: int
    end: int
    rule: str
    suggestion: str | None
    message: str


@dataclass(frozen=True, slots=True)
class Story:
    """A story's text and its planted errors."""

    name: str
    text: str
    words: int
    planted: tuple[Planted, ...]


@dataclass(frozen=True, slots=True)
class Score:
    """One checker on one story: which planted errors it caught and fixed, and its false alarms."""

    caught: tuple[bool, ...]
    fixed: tuple[bool, ...]
    false_alarms: tuple[Flag, ...]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sidecars", nargs="*", type=Path, help="<story>.errors.json files (default: all in data/)")
    parser.add_argument("--list", action="store_true", help="list ficsense's misses and false alarms")
    parser.add_argument("--list-harper", action="store_true", help="list Harper's misses and false alarms")
    parser.add_argument("--no-harper", action="store_true", help="leave Harper's columns out even if installed")
    args = parser.parse_args(list(argv) if argv is not None else None)
    sidecars = args.sidecars or sorted(DATA.glob("*.errors.json"))
    if not sidecars:
        print(f"no stories at {DATA}; skipping")
        return 0
    stories = [load_story(path) for path in sidecars]
    linter = None if args.no_harper else _harper()
    ours = [score(story, ficsense_flags(story)) for story in stories]
    theirs = [score(story, harper_flags(linter, story)) for story in stories] if linter is not None else None
    for story, mine, harper in zip(stories, ours, theirs or [None] * len(stories), strict=True):
        print(f"{story.name}: {story.words} words, {len(story.planted)} planted errors")
        print(f"    ficsense: {_summary([story], [mine])}")
        if harper is not None:
            print(f"    Harper:   {_summary([story], [harper])}")
    print()
    _kind_table(stories, ours, theirs)
    print()
    print(f"all stories, ficsense: {_summary(stories, ours)}  [{_verdict(stories, ours)}]")
    if theirs is not None:
        print(f"all stories, Harper:   {_summary(stories, theirs)}  [{_verdict(stories, theirs)}]")
    if args.list:
        _listing("ficsense", stories, ours)
    if args.list_harper and theirs is not None:
        _listing("Harper", stories, theirs)
    return 0


def load_story(sidecar: Path) -> Story:
    """The story a sidecar describes, its planted errors checked against the text."""
    meta = json.loads(sidecar.read_text(encoding="utf-8"))
    path = sidecar.parent / meta["story"]
    text = path.read_text(encoding="utf-8")
    planted = tuple(Planted(**error) for error in meta["errors"])
    for error in planted:
        if text[error.start : error.end] != error.written:
            raise SystemExit(f"{sidecar}: span {error.start}-{error.end} is not {error.written!r}")
    return Story(name=path.name, text=text, words=len(text.split()), planted=planted)


def ficsense_flags(story: Story) -> list[Flag]:
    """ficsense's non-style findings on the story, as `ficsense check` reports them by default."""
    doc = ficsense.load(story.text)
    if doc.text != story.text:
        raise SystemExit(f"{story.name}: the loaded text differs from the file, so offsets would not line up")
    return [
        Flag(
            finding.start,
            finding.end,
            finding.rule,
            finding.suggestions[0] if finding.suggestions else None,
            finding.message,
        )
        for finding in run_checks(doc)
    ]


def _harper() -> Any:
    """Harper's linter with its default rules, or None when harper-py is not installed."""
    try:
        import harper
    except ImportError:
        print("(harper-py not installed: Harper columns left out; pip install -e '.[eval]')")
        return None
    return harper.Linter()


def harper_flags(linter: Any, story: Story) -> list[Flag]:
    """Harper's lints on the story (default rules), with the first suggestion as replacement text."""
    flags = []
    for lint in linter.lint(story.text):
        start, end = lint.span.start, lint.span.end
        suggestion = None
        if lint.suggestions:
            first = lint.suggestions[0]
            kind = str(first.kind).rsplit(".", 1)[-1].upper()
            if kind == "REMOVE":
                suggestion = ""
            elif kind == "INSERT_AFTER":
                suggestion = story.text[start:end] + first.replacement_text
            else:
                suggestion = first.replacement_text
        flags.append(Flag(start, end, str(lint.lint_kind), suggestion, lint.message))
    return flags


def _overlaps(flag: Flag, error: Planted) -> bool:
    if flag.start == flag.end:
        return error.start <= flag.start <= error.end
    return flag.start < error.end and error.start < flag.end


def _fixes(text: str, flag: Flag, error: Planted) -> bool:
    if flag.suggestion is None:
        return False
    intended = text[: error.start] + error.correction + text[error.end :]
    return text[: flag.start] + flag.suggestion + text[flag.end :] == intended


def score(story: Story, flags: Sequence[Flag]) -> Score:
    """Which planted errors the flags catch and fix, and which flags overlap no planted error."""
    caught = []
    fixed = []
    for error in story.planted:
        hits = [flag for flag in flags if _overlaps(flag, error)]
        caught.append(bool(hits))
        fixed.append(any(_fixes(story.text, flag, error) for flag in hits))
    false_alarms = tuple(flag for flag in flags if not any(_overlaps(flag, error) for error in story.planted))
    return Score(tuple(caught), tuple(fixed), false_alarms)


def _rates(stories: Sequence[Story], scores: Sequence[Score]) -> tuple[float, float, float]:
    planted = sum(len(story.planted) for story in stories)
    caught = sum(sum(item.caught) for item in scores)
    fixed = sum(sum(item.fixed) for item in scores)
    alarms = sum(len(item.false_alarms) for item in scores)
    words = sum(story.words for story in stories)
    return caught / planted, fixed / planted, alarms / words * PER_WORDS


def _summary(stories: Sequence[Story], scores: Sequence[Score]) -> str:
    planted = sum(len(story.planted) for story in stories)
    caught = sum(sum(item.caught) for item in scores)
    fixed = sum(sum(item.fixed) for item in scores)
    alarms = sum(len(item.false_alarms) for item in scores)
    recall, fix_rate, per = _rates(stories, scores)
    return (
        f"caught {caught}/{planted} = {recall:.0%}, fixed {fixed}/{planted} = {fix_rate:.0%}, "
        f"{alarms} false alarms = {per:.1f} per {PER_WORDS:,} words"
    )


def _verdict(stories: Sequence[Story], scores: Sequence[Score]) -> str:
    recall, _, per = _rates(stories, scores)
    if recall >= GOAL[0] and per <= GOAL[1]:
        return "meets the goal: >= 80% caught, <= 3 false alarms per 3.5k words"
    if recall >= BAR[0] and per <= BAR[1]:
        return "meets the bar: >= 60% caught, <= 6 false alarms per 3.5k words (goal 80% / 3)"
    return "below the bar: needs >= 60% caught with <= 6 false alarms per 3.5k words"


def _kind_table(stories: Sequence[Story], ours: Sequence[Score], theirs: Sequence[Score] | None) -> None:
    planted: Counter[str] = Counter()
    columns: dict[str, tuple[Counter[str], Counter[str]]] = {"ficsense": (Counter(), Counter())}
    if theirs is not None:
        columns["Harper"] = (Counter(), Counter())
    for index, story in enumerate(stories):
        for position, error in enumerate(story.planted):
            planted[error.kind] += 1
            for name, scores in (("ficsense", ours), ("Harper", theirs)):
                if scores is None:
                    continue
                caught, fixed = columns[name]
                caught[error.kind] += scores[index].caught[position]
                fixed[error.kind] += scores[index].fixed[position]
    header = f"{'kind':22s} {'planted':>7s}" + "".join(f"  {name + ' caught':>16s} {'fixed':>6s}" for name in columns)
    print(header)
    for kind, count in sorted(planted.items(), key=lambda item: (-item[1], item[0])):
        row = f"{kind:22s} {count:7d}"
        for caught, fixed in columns.values():
            row += f"  {caught[kind]:6d} = {caught[kind] / count:6.0%} {fixed[kind]:6d}"
        print(row)


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ")
    after = text[end : end + width].replace("\n", " ")
    return f"…{before}[{text[start:end]}]{after}…"


def _listing(checker: str, stories: Sequence[Story], scores: Sequence[Score]) -> None:
    print(f"\n{checker}: misses by kind")
    misses = [
        (error.kind, story, error)
        for story, item in zip(stories, scores, strict=True)
        for error, caught in zip(story.planted, item.caught, strict=True)
        if not caught
    ]
    for kind, story, error in sorted(misses, key=lambda row: (row[0], row[1].name, row[2].start)):
        note = f" ({error.note})" if error.note else ""
        print(
            f"  {kind:20s} {story.name}:{error.start}: {error.written!r} -> {error.correction!r}{note}  "
            f"{_context(story.text, error.start, error.end)}"
        )
    print(f"\n{checker}: caught but not fixed")
    for story, item in zip(stories, scores, strict=True):
        for error, caught, fixed in zip(story.planted, item.caught, item.fixed, strict=True):
            if caught and not fixed:
                print(f"  {error.kind:20s} {story.name}:{error.start}: {error.written!r} -> {error.correction!r}")
    print(f"\n{checker}: false alarms by rule")
    alarms = [
        (flag.rule, story, flag) for story, item in zip(stories, scores, strict=True) for flag in item.false_alarms
    ]
    for rule, story, flag in sorted(alarms, key=lambda row: (row[0], row[1].name, row[2].start)):
        suggestion = "" if flag.suggestion is None else f" -> {flag.suggestion!r}"
        print(
            f"  {rule:30s} {story.name}:{flag.start}: {story.text[flag.start : flag.end]!r}{suggestion}  "
            f"{_context(story.text, flag.start, flag.end)}\n      {flag.message}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
