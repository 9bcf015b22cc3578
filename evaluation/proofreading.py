"""Evaluate the proofreading checks on real data (not a test).

    .venv/bin/python evaluation/proofreading.py [--sample N] [--parts speed,a,b,c] [--kinds K,...] [--no-harper]

Reads `<repo>/../shared/data` and prints:
(a) false alarms: non-style findings per 10k words over the 18 PDNC novels (professionally edited
    fiction, so nearly every finding is a false alarm; some are period spellings a modern editor would
    change), by rule;
(b) recall per error kind on errors injected reproducibly (fixed seed) into LitBank and PDNC sentences:
    a kind counts as found when a non-style finding overlaps the injected error, and as fixed when
    applying the findings' first suggestions restores the original sentence; "spot FA" is how often the
    unbroken sentence draws a finding at the same spot (a checker that flags everything scores high
    recall and high spot FA alike);
(c) non-word correction on the Birkbeck, Holbrook and Wikipedia misspelling lists: the share of
    misspellings (that are not themselves English words) whose first suggestion is the intended word,
    and how many of them the checker would flag at all;
plus the time `run_checks` takes on Persuasion (83k words), cold (tables loading) and warm.
(d) When harper-py is installed (`pip install -e '.[eval]'`), Harper's figures are printed beside
ficsense's: its lints per 10k words on PDNC (default rules), its recall and spot FA per injected kind,
its first suggestion on the misspelling lists, and its time on Persuasion.
grammar.word_in_context learns from PDNC and LitBank, so in (a) and (b) every text is checked with that
rule's weights trained without its novel or excerpt (two folds, built into .cache/ by
scripts/train_word_in_context.py --fold N the first time; this needs scikit-learn, from `.[dev]`).
Skips cleanly when the data folder is absent.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import random
import re
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

import ficsense
from ficsense.checks import apply_fixes, run_checks
from ficsense.checks.grammar import word_in_context
from ficsense.checks.grammar.possessives import OWNED
from ficsense.checks.grammar.tense import IRREGULAR_PAST, past_tense
from ficsense.checks.language import english
from ficsense.checks.punctuation.dialogue import SPEECH_VERBS
from ficsense.checks.spelling.compounds import SPLIT
from ficsense.checks.spelling.misspelling import corrections, flags_word, known_word

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
SEED = 20261126
TRAINER = REPO / "scripts" / "train_word_in_context.py"
Injection = tuple[str, int, int]


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=300, help="sentences per injected error kind")
    parser.add_argument(
        "--parts",
        default="speed,a,b,c",
        help="comma-separated parts to run: speed, a (false alarms), b (injected recall), c (correction)",
    )
    parser.add_argument(
        "--kinds", default="", help="part b: only the kinds whose name contains one of these (comma-separated)"
    )
    parser.add_argument("--no-harper", action="store_true", help="leave Harper's columns out even if installed")
    args = parser.parse_args(list(argv) if argv is not None else None)
    if not DATA.is_dir():
        print(f"no data at {DATA}; skipping")
        return 0
    novels = sorted((DATA / "pdnc" / "data").glob("*/novel_text.txt"))
    parts = set(args.parts.split(","))
    linter = None if args.no_harper else _harper()
    if "speed" in parts:
        speed(DATA / "pdnc" / "data" / "Persuasion" / "novel_text.txt", linter)
    if "a" in parts:
        false_alarms(novels, linter)
    if "b" in parts:
        injected(novels, args.sample, linter, [kind for kind in args.kinds.split(",") if kind])
    if "c" in parts:
        correction(linter)
    return 0


def _harper() -> Any:
    """Harper's linter with its default rules, or None when harper-py is not installed."""
    try:
        import harper
    except ImportError:
        print("(d) harper-py not installed: Harper columns left out (pip install -e '.[eval]')")
        return None
    return harper.Linter()


def _harper_lints(linter: Any, text: str) -> list[tuple[int, int, str]]:
    return [
        (lint.span.start, lint.span.end, lint.suggestions[0].replacement_text if lint.suggestions else "")
        for lint in linter.lint(text)
    ]


def speed(path: Path, linter: Any) -> None:
    """Time run_checks on Persuasion, cold (first call loads the tables) and warm; Harper beside it."""
    if not path.exists():
        return
    doc = ficsense.load(str(path))
    started = time.perf_counter()
    run_checks(doc)
    cold = time.perf_counter() - started
    started = time.perf_counter()
    findings = run_checks(doc)
    warm = time.perf_counter() - started
    print(
        f"speed: run_checks on Persuasion ({len(doc.words())} words): {cold:.2f} s cold, {warm:.2f} s warm, "
        f"{len(findings)} findings"
    )
    if linter is not None:
        started = time.perf_counter()
        lints = linter.lint(doc.text)
        print(f"       Harper (harper-py) on the same text: {time.perf_counter() - started:.2f} s, {len(lints)} lints")


def false_alarms(novels: list[Path], linter: Any) -> None:
    """(a) Non-style findings per 10k words on the PDNC novels."""
    words = 0
    by_rule: Counter[str] = Counter()
    harper_lints = 0
    for path in novels:
        doc = ficsense.load(str(path))
        words += len(doc.words())
        with held_out_weights(path.parent.name):
            by_rule.update(finding.rule for finding in run_checks(doc))
        if linter is not None:
            harper_lints += len(linter.lint(doc.text))
    total = sum(by_rule.values())
    print(
        f"\n(a) PDNC, {len(novels)} novels, {words} words: {total} non-style findings = "
        f"{total / words * 10_000:.2f} per 10k words (aim <= 2)"
    )
    for rule, count in by_rule.most_common():
        print(f"    {rule:40s} {count:5d}  {count / words * 10_000:.3f}")
    if linter is not None:
        print(f"    Harper, default rules: {harper_lints} lints = {harper_lints / words * 10_000:.2f} per 10k words")


def sentences(novels: list[Path]) -> list[tuple[str, str]]:
    """One-line paragraphs of 6 to 60 words from the PDNC novels (so that dialogue keeps its tags) and
    sentences of 6 to 40 words from the LitBank excerpts, each with the novel or excerpt it came from."""
    found: list[tuple[str, str]] = []
    for path in novels:
        doc = ficsense.load(str(path))
        for span in doc.paragraphs:
            text = doc.slice(span).strip()
            if "\n" not in text and 6 <= len(text.split()) <= 60:
                found.append((text, path.parent.name))
    for path in sorted((DATA / "litbank" / "entities" / "brat").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            text = _detokenize(line)
            if 6 <= len(text.split()) <= 40:
                found.append((text, path.stem))
    return found


@contextlib.contextmanager
def held_out_weights(source: str) -> Iterator[None]:
    """Run grammar.word_in_context with the weights trained without `source` (a PDNC novel or LitBank excerpt)."""
    folds = _fold_models()
    if folds is None:
        yield
        return
    trainer = _trainer()
    fold = next(number for number in range(trainer.FOLDS) if trainer.in_fold(source, number))
    with mock.patch.object(word_in_context, "confusion_models", lambda: folds[fold]):
        yield


@functools.cache
def _trainer() -> Any:
    sys.path.insert(0, str(TRAINER.parent))
    import train_word_in_context

    return train_word_in_context


_FOLDS: list[Any] = []


def _fold_models() -> list[Any] | None:
    """The fold weights, trained on first use; None (with a warning) when scikit-learn is missing."""
    if _FOLDS:
        return _FOLDS
    try:
        trainer = _trainer()
    except ImportError:
        print("    (grammar.word_in_context scored with its shipped weights, in-sample: pip install -e '.[dev]')")
        return None
    for fold in range(trainer.FOLDS):
        path = trainer.FOLD_WEIGHTS / f"fold{fold}.json.gz"
        if not path.exists():
            print(f"    training grammar.word_in_context without fold {fold} (about a minute)...", flush=True)
            subprocess.run([sys.executable, str(TRAINER), "--fold", str(fold)], check=True, capture_output=True)
        _FOLDS.append(word_in_context.load_confusion_models(path.read_bytes()))
    return _FOLDS


def _detokenize(line: str) -> str:
    text = re.sub(r" ([.,;:!?)\]]|'s\b|n't\b|'ll\b|'re\b|'ve\b|'d\b|'m\b)", r"\1", line)
    text = re.sub(r"([(\[]) ", r"\1", text)
    return text.replace("`` ", '"').replace(" ''", '"')


@dataclass(frozen=True)
class Kind:
    """An error kind to inject: a name, the sentences it applies to, and how to break one."""

    name: str
    inject: Callable[[str, random.Random], Injection | None]


def swap(
    pattern: str, wrong: Callable[[re.Match[str]], str], group: int = 0
) -> Callable[[str, random.Random], Injection | None]:
    """An injector replacing one match (group `group`) of `pattern` with `wrong(match)`."""
    compiled = re.compile(pattern)

    def inject(text: str, rng: random.Random) -> Injection | None:
        matches = list(compiled.finditer(text))
        if not matches:
            return None
        match = rng.choice(matches)
        start, end = match.span(group)
        replacement = wrong(match)
        return text[:start] + replacement + text[end:], start, start + len(replacement)

    return inject


def word_swap(right: str, wrong: str) -> Kind:
    """right -> wrong, as whole words, keeping a capital."""

    def replace(match: re.Match[str]) -> str:
        return wrong[0].upper() + wrong[1:] if match.group()[0].isupper() else wrong

    return Kind(f"{right}->{wrong}", swap(rf"(?<![\w'’])(?:{right}|{right.capitalize()})(?![\w'’])", replace))


PARTICIPLES = {
    "gone": "went",
    "come": "came",
    "run": "ran",
    "seen": "saw",
    "done": "did",
    "taken": "took",
    "given": "gave",
    "written": "wrote",
    "spoken": "spoke",
    "broken": "broke",
    "begun": "began",
    "become": "became",
    "risen": "rose",
    "eaten": "ate",
    "fallen": "fell",
    "known": "knew",
    "thrown": "threw",
    "drunk": "drank",
    "driven": "drove",
    "chosen": "chose",
    "bitten": "bit",
    "grown": "grew",
    "flown": "flew",
    "hidden": "hid",
    "stolen": "stole",
    "woken": "woke",
}
JOINED_BACK = {joined: phrase for phrase, joined in SPLIT.items() if " " not in joined}


def _typo(text: str, rng: random.Random) -> Injection | None:
    model = english()
    words = [m for m in re.finditer(r"(?<![\w'’-])[a-z]{5,}(?![\w'’-])", text) if model.count(m.group()) > 1_000_000]
    if not words:
        return None
    match = rng.choice(words)
    word = match.group()
    for _ in range(10):
        position = rng.randrange(1, len(word) - 1)
        edit = rng.choice(("delete", "insert", "substitute", "transpose"))
        letter = rng.choice("abcdefghijklmnopqrstuvwxyz")
        if edit == "delete":
            typo = word[:position] + word[position + 1 :]
        elif edit == "insert":
            typo = word[:position] + letter + word[position:]
        elif edit == "substitute":
            typo = word[:position] + letter + word[position + 1 :]
        else:
            typo = word[: position - 1] + word[position] + word[position - 1] + word[position + 1 :]
        if typo != word and not known_word(typo, model) and not model.frequency(typo):
            start = match.start()
            return text[:start] + typo + text[match.end() :], start, start + len(typo)
    return None


def _double(text: str, rng: random.Random) -> Injection | None:
    words = list(re.finditer(r"(?<![\w'’-])[a-z]{2,}(?![\w'’-])", text))
    if not words:
        return None
    match = rng.choice(words)
    return (
        text[: match.end()] + " " + match.group() + text[match.end() :],
        match.start(),
        match.end() + len(match.group()) + 1,
    )


def _drop_possessive(text: str, rng: random.Random) -> Injection | None:
    owned = "|".join(sorted(OWNED))
    matches = list(re.finditer(rf"\b([A-Za-z]+)['’]s (?:{owned})\b", text))
    if not matches:
        return None
    match = rng.choice(matches)
    owner = match.group(1)
    written = owner if owner.endswith("s") else owner + "s"
    start = match.start()
    return text[:start] + written + text[match.end(1) + 2 :], start, start + len(written)


def _tag_full_stop(text: str, rng: random.Random) -> Injection | None:
    verbs = "|".join(sorted(SPEECH_VERBS))
    matches = list(re.finditer(rf",([\"”]) (?:he|she|I|they|we|[A-Z][a-z]+) (?:{verbs})\b", text))
    if not matches:
        return None
    match = rng.choice(matches)
    return text[: match.start()] + "." + text[match.start() + 1 :], match.start(), match.start() + 1


def _beat_lowercase(text: str, rng: random.Random) -> Injection | None:
    verbs = SPEECH_VERBS
    matches = [m for m in re.finditer(r"\.([\"”]) (He|She|They|We) (\w+)", text) if m.group(3).lower() not in verbs]
    if not matches:
        return None
    match = rng.choice(matches)
    start = match.start(2)
    return text[:start] + match.group(2).lower() + text[match.end(2) :], start, match.end(2)


def _drop_article(text: str, rng: random.Random) -> Injection | None:
    matches = list(re.finditer(r"(?<=[a-z] )(?:the|a) (?=[a-z]{3,}\b)", text))
    if not matches:
        return None
    match = rng.choice(matches)
    return text[: match.start()] + text[match.end() :], match.start() - 1, match.start() + 1


_BASE_OF_IRREGULAR = {past: base for base, past in IRREGULAR_PAST.items() if past != base}


def _base(past: str) -> str | None:
    """The bare verb whose past tense is `past` ("opened" -> "open", "ran" -> "run"), if there is one."""
    if past in _BASE_OF_IRREGULAR:
        return _BASE_OF_IRREGULAR[past]
    if not past.endswith("ed"):
        return None
    model = english()
    for base in (past[:-2], past[:-1], past[:-3], past[:-3] + "y"):
        if base and model.count(base) and past_tense(model, base) == past:
            return base
    return None


def _bare_verb(text: str, rng: random.Random) -> Injection | None:
    """ "she opened" -> "she open": the tense ending lost after a subject pronoun."""
    matches = [m for m in re.finditer(r"\b(?:[Hh]e|[Ss]he) ([a-z]{3,})\b", text) if _base(m.group(1))]
    if not matches:
        return None
    match = rng.choice(matches)
    base = _base(match.group(1)) or ""
    start = match.start(1)
    return text[:start] + base + text[match.end(1) :], start, start + len(base)


def _drop_subject(text: str, rng: random.Random) -> Injection | None:
    """ "when she noticed the door" -> "when noticed the door": a subject pronoun lost after a conjunction."""
    pattern = (
        r"\b(?:[Ww]hen|because|until|while) ((?:he|she|they|I|we) )(?=[a-z]+ed\b|saw\b|went\b|came\b|took\b|got\b)"
    )
    matches = list(re.finditer(pattern, text))
    if not matches:
        return None
    match = rng.choice(matches)
    start = match.start(1)
    return text[:start] + text[match.end(1) :], start - 1, start + 1


KINDS: tuple[Kind, ...] = (
    word_swap("it's", "its"),
    word_swap("its", "it's"),
    word_swap("you're", "your"),
    word_swap("your", "you're"),
    word_swap("they're", "their"),
    word_swap("their", "there"),
    word_swap("there", "their"),
    word_swap("who's", "whose"),
    word_swap("whose", "who's"),
    word_swap("too", "to"),
    word_swap("than", "then"),
    word_swap("then", "than"),
    word_swap("breath", "breathe"),
    word_swap("breathe", "breath"),
    word_swap("led", "lead"),
    word_swap("lose", "loose"),
    word_swap("loose", "lose"),
    word_swap("effect", "affect"),
    word_swap("past", "passed"),
    word_swap("except", "accept"),
    word_swap("quite", "quiet"),
    word_swap("wondered", "wandered"),
    word_swap("sight", "site"),
    word_swap("rise", "raise"),
    word_swap("lying", "laying"),
    Kind("could have->could of", swap(r"\b(?:could|would|should|might|must) (have)\b", lambda m: "of", 1)),
    Kind("had gone->had went", swap(rf"\bhad ({'|'.join(PARTICIPLES)})\b", lambda m: PARTICIPLES[m.group(1)], 1)),
    Kind("he/she opened->open (bare verb)", _bare_verb),
    Kind("come on->come one", swap(r"\b[Cc]ome (on)(?=[,.!])", lambda m: "one", 1)),
    Kind("compound split", swap(rf"\b({'|'.join(JOINED_BACK)})\b", lambda m: JOINED_BACK[m.group(1)], 1)),
    Kind("non-word typo", _typo),
    Kind("doubled word", _double),
    Kind("dropped possessive apostrophe", _drop_possessive),
    Kind("dialogue: tag after full stop", _tag_full_stop),
    Kind("dialogue: lowercase beat", _beat_lowercase),
    Kind("dropped article", _drop_article),
    Kind("dropped subject pronoun", _drop_subject),
)


def injected(novels: list[Path], sample: int, linter: Any, only: list[str] | None = None) -> None:
    """(b) Recall per injected error kind, and false alarms at the same spot of the unbroken sentence."""
    pool = sentences(novels)
    rng = random.Random(SEED)
    rng.shuffle(pool)
    print(
        f"\n(b) injected errors, seed {SEED}, up to {sample} sentences per kind from {len(pool)} PDNC+LitBank sentences"
    )
    print("    found: a finding overlaps the error; fixed: the first suggestions restore the sentence;")
    print("    spot FA: the unbroken sentence draws a finding at the same spot (what flagging blindly would score)")
    header = f"    {'kind':34s} {'n':>4s} {'found':>7s} {'fixed':>7s} {'spot FA':>8s}"
    print(header + (f" {'Harper found':>13s} {'fixed':>7s} {'spot FA':>8s}" if linter is not None else ""))
    totals = Counter()
    for kind in KINDS:
        if only and not any(part in kind.name for part in only):
            continue
        kind_rng = random.Random(f"{SEED}:{kind.name}")
        counts: Counter[str] = Counter()
        for text, source in pool:
            if counts["n"] >= sample:
                break
            injection = kind.inject(text, kind_rng)
            if injection is None:
                continue
            counts["n"] += 1
            broken, start, end = injection
            # The same spot in the unbroken sentence: the error's start, and its end shifted by the edit.
            clean_end = end + len(text) - len(broken)
            with held_out_weights(source):
                found = run_checks(ficsense.load(broken))
                clean = run_checks(ficsense.load(text))
            near = [f for f in found if f.start <= end and f.end >= start]
            counts["found"] += bool(near)
            counts["fixed"] += bool(near) and apply_fixes(broken, near) == text
            counts["spot"] += any(f.start <= clean_end and f.end >= start for f in clean)
            if linter is not None:
                lints = [lint for lint in _harper_lints(linter, broken) if lint[0] <= end and lint[1] >= start]
                counts["h_found"] += bool(lints)
                counts["h_fixed"] += any(broken[: lint[0]] + lint[2] + broken[lint[1] :] == text for lint in lints)
                counts["h_spot"] += any(
                    lint[0] <= clean_end and lint[1] >= start for lint in _harper_lints(linter, text)
                )
        if counts["n"]:
            totals.update(counts)
            print(_row(kind.name, counts, linter is not None))
    print(_row("all kinds (micro)", totals, linter is not None))


def _row(name: str, counts: Counter[str], harper: bool) -> str:
    n = counts["n"]
    row = f"    {name:34s} {n:4d} {counts['found'] / n:7.1%} {counts['fixed'] / n:7.1%} {counts['spot'] / n:8.1%}"
    if harper:
        row += f" {counts['h_found'] / n:13.1%} {counts['h_fixed'] / n:7.1%} {counts['h_spot'] / n:8.1%}"
    return row


def read_mitton(path: Path) -> list[tuple[str, str]]:
    """(misspelling, intended) pairs from one of Mitton's `$correct` lists or Norvig's `right: wrong ...` lists.

    Phrases are skipped.
    """
    pairs: list[tuple[str, str]] = []
    correct = None
    for line in path.read_text(encoding="latin-1").splitlines():
        if line.startswith("$"):
            correct = line[1:].strip()
            continue
        if ":" in line:
            correct, _, wrongs = line.partition(":")
            correct = correct.strip()
            candidates = wrongs.split()
        else:
            candidates = line.split()[:1]
        for wrong in candidates:
            if correct and "_" not in correct + wrong and correct.isalpha() and wrong.isalpha():
                pairs.append((wrong.lower(), correct.lower()))
    return pairs


def _judge(pair: tuple[str, str]) -> tuple[bool, bool, bool]:
    wrong, right = pair
    model = english()
    suggestions = corrections(wrong, model)
    return bool(suggestions) and suggestions[0] == right, right in suggestions[:3], flags_word(wrong, model)


def correction(linter: Any) -> None:
    """(c) First-suggestion accuracy on misspellings that are not English words.

    The ranker's weights were tuned on the Aspell list and Norvig's two test sets (dev); Birkbeck, Holbrook
    and Wikipedia are held out (Norvig's sets are drawn from Birkbeck, so it is held out less strictly).
    """
    model = english()
    print("\n(c) non-word correction (first suggestion right), misspellings that are not words themselves")
    print("    tuned on the dev lists; the held-out lists were not used for tuning")
    print(f"    {'list':22s} {'pairs':>6s} {'first right':>12s} {'in top 3':>9s} {'flagged':>8s} {'Harper first':>13s}")
    lists = (
        ("Aspell (dev)", "mitton/aspell.dat"),
        ("Norvig 1+2 (dev)", "norvig/spell-testset*.txt"),
        ("Birkbeck (held out)", "mitton/missp.dat"),
        ("Holbrook (held out)", "mitton/holbrook-missp.dat"),
        ("Wikipedia (held out)", "mitton/wikipedia.dat"),
    )
    for name, pattern in lists:
        paths = sorted((DATA / "proof").glob(pattern))
        if not paths:
            continue
        pairs = [(wrong, right) for path in paths for wrong, right in read_mitton(path) if not known_word(wrong, model)]
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            results = list(pool.map(_judge, pairs, chunksize=200))
        first = sum(result[0] for result in results)
        top3 = sum(result[1] for result in results)
        flagged = sum(result[2] for result in results)
        n = len(pairs)
        harper = ""
        if linter is not None:
            right = sum(
                any(suggestion == target for *_, suggestion in _harper_lints(linter, wrong)[:1])
                for wrong, target in pairs
            )
            harper = f" {right / n:13.1%}"
        print(f"    {name:22s} {n:6d} {first / n:12.1%} {top3 / n:9.1%} {flagged / n:8.1%}{harper}")


if __name__ == "__main__":
    sys.exit(main())
