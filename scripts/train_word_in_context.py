"""Train the confusion-set classifier behind `grammar.word_in_context`, reproducibly.

Every occurrence of a member of a confusion set in edited text is a labelled example of which member the
context wants, so nothing is invented (Golding & Roth 1999). The text comes from ../shared/data:
LitBank's excerpts (CC BY 4.0), REMAN's passages (CC BY 4.0), EmoLit's sentences (CC BY-SA 4.0), UD
English EWT and GUM's CC BY genres (the `# text` lines), and the AO3 passages of the warnings set (MIT).
PDNC's novels are left out: they are where the false-alarm figure (a) is measured.

One document in ten (by a hash of its name) is held out; the script prints, per set, how often the model
would flag a held-out correct word (a false alarm) and how often it would catch the held-out word swapped
for another member, at the thresholds in word_in_context.py. It then refits on everything and writes
src/ficsense/checks/data/word_in_context.json.gz; the same data gives the same file byte for byte.

    pip install -e '.[train]' && python scripts/train_word_in_context.py [--fold N]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import math
import re
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from threadpoolctl import threadpool_limits

from ficsense.checks.grammar.word_in_context import (
    FIX_ABOVE,
    FLAG_BELOW,
    ConfusionModel,
    context_features,
    feature_tokens,
)
from ficsense.checks.language import english
from ficsense.checks.word_classes import word_classes
from ficsense.document.tokens import _TOKEN

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
FOLD_WEIGHTS = REPO / ".cache" / "word_in_context"
OUT = REPO / "src" / "ficsense" / "checks" / "data" / "word_in_context.json.gz"
sys.path.insert(0, str(REPO / "scripts"))
from build_word_classes import GUM_GENRES  # noqa: E402

# The sets, each a group of words writers swap for one another.
SETS: tuple[tuple[str, ...], ...] = (
    ("then", "than"),
    ("to", "too", "two"),
    ("of", "off"),
    ("its", "it's"),
    ("their", "there", "they're"),
    ("were", "where", "we're"),
    ("whose", "who's"),
    ("lose", "loose"),
    ("passed", "past"),
    ("breath", "breathe"),
    ("quiet", "quite"),
    ("affect", "effect"),
    ("accept", "except"),
    ("weather", "whether"),
    ("new", "knew"),
    ("know", "no", "now"),
    ("threw", "through", "though", "thought"),
    ("advice", "advise"),
    ("lead", "led"),
    ("wander", "wonder"),
    ("wandered", "wondered"),
    ("hole", "whole"),
    ("piece", "peace"),
    ("here", "hear"),
    ("worse", "worst"),
    ("die", "dye"),
    ("rise", "raise"),
    ("choose", "chose"),
    ("woman", "women"),
    ("sight", "site"),
    ("break", "brake"),
    ("breaks", "brakes"),
    ("from", "form"),
    ("you", "your", "you're"),
)
# Members rarer than this in the training text are too thinly seen to be judged.
MIN_EXAMPLES = 30
# Frequent members are subsampled to this many examples; the bias is corrected for the sampling.
MAX_EXAMPLES = 12_000
# Features seen fewer times than this in a set's examples are dropped.
MIN_FEATURE_COUNT = 2
# Weights smaller than this are dropped from the shipped file.
MIN_WEIGHT = 0.02
C = 0.5
HELD_OUT = 10
# PDNC is also where false alarms are counted: the evaluation scores each novel with a model trained
# without its fold.
FOLDS = 2


def _detokenise(tokens: list[str]) -> str:
    """LitBank's Penn Treebank tokens joined back into prose the ficsense tokenizer splits as a writer's."""
    text = " ".join(tokens)
    text = re.sub(r" (n't|'s|'re|'ll|'ve|'d|'m)\b", r"\1", text, flags=re.IGNORECASE)
    return re.sub(r" ([.,;:!?])", r"\1", text)


def documents(data: Path, fold: int | None = None) -> Iterator[tuple[str, str]]:
    """(name, text) for every training document, in a fixed order."""
    for path in sorted((data / "litbank" / "entities" / "brat").glob("*.txt")):
        if fold is not None and in_fold(path.stem, fold):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        yield f"litbank/{path.stem}", "\n".join(_detokenise(line.split()) for line in lines)
    reman = (data / "emotion" / "reman" / "reman_dev.xml").read_text(encoding="utf-8")
    for number, passage in enumerate(re.findall(r"<text>(.*?)</text>", reman, re.S)):
        yield f"reman/{number}", passage
    emolit = (data / "emotion" / "emolit" / "gold.tsv").read_text(encoding="utf-8").splitlines()[1:]
    for line in emolit:
        fields = line.split("\t")
        if len(fields) > 1:
            yield f"emolit/{fields[0]}", fields[1]
    for treebank in ("UD_English-EWT", "UD_English-GUM"):
        for conllu in sorted((data / "ud" / treebank).glob("*.conllu")):
            yield from _treebank_documents(conllu, gum=treebank.endswith("GUM"))
    for number, line in enumerate((data / "warnings" / "passages_dev.jsonl").read_text(encoding="utf-8").splitlines()):
        yield f"ao3/{number}", json.loads(line)["text"]
    for novel in pdnc_novels(data, fold):
        text = (data / "pdnc" / "data" / novel / "novel_text.txt").read_text(encoding="utf-8")
        paragraphs = [paragraph for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]
        # Chunks of 50 paragraphs, so that one novel in ten is not held out whole.
        for number in range(0, len(paragraphs), 50):
            yield f"pdnc/{novel}/{number}", "\n\n".join(paragraphs[number : number + 50])


def pdnc_novels(data: Path, fold: int | None) -> list[str]:
    """PDNC's novels in name order, less those of the held-out `fold` if one is given."""
    novels = sorted(path.name for path in (data / "pdnc" / "data").iterdir() if path.is_dir())
    return [novel for novel in novels if fold is None or not in_fold(novel, fold)]


def in_fold(name: str, fold: int) -> bool:
    """Whether a PDNC novel or LitBank excerpt (by folder or file stem) belongs to evaluation fold `fold`."""
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % FOLDS == fold


def _treebank_documents(conllu: Path, *, gum: bool) -> Iterator[tuple[str, str]]:
    name, usable, sentences = "", not gum, []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc"):
            if sentences and usable:
                yield f"ud/{name}", "\n".join(sentences)
            name, sentences = line.split("=", 1)[-1].strip(), []
            usable = not gum or name.split("GUM_")[-1].split("_")[0] in GUM_GENRES
        elif line.startswith("# text ="):
            sentences.append(line.split("=", 1)[1].strip())
    if sentences and usable:
        yield f"ud/{name}", "\n".join(sentences)


def _held_out(name: str) -> bool:
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % HELD_OUT == 0


def examples(data: Path, fold: int | None = None) -> dict[tuple[str, ...], list[tuple[dict[str, float], str, bool]]]:
    """Per set: (features, member written, held out?) for every occurrence of a member."""
    member_sets = {member: members for members in SETS for member in members}
    lm, classes = english(), word_classes()
    found: dict[tuple[str, ...], list[tuple[dict[str, float], str, bool]]] = {members: [] for members in SETS}
    for name, text in documents(data, fold):
        held = _held_out(name)
        tokens, _ = feature_tokens([match.group() for match in _TOKEN.finditer(text)])
        for index, token in enumerate(tokens):
            members = member_sets.get(token)
            if members is not None:
                found[members].append((context_features(tokens, index, members, lm, classes), token, held))
    return found


def fit(rows: list[tuple[dict[str, float], str]], members: tuple[str, ...]) -> dict[str, object]:
    """One set's weights, subsampling frequent members (deterministically) and correcting the bias for it."""
    by_member: dict[str, list[dict[str, float]]] = {member: [] for member in members}
    for features, member in rows:
        by_member[member].append(features)
    kept: list[tuple[dict[str, float], str]] = []
    log_rate: dict[str, float] = {}
    for member, items in by_member.items():
        step = max(1, math.ceil(len(items) / MAX_EXAMPLES))
        kept.extend((features, member) for features in items[::step])
        log_rate[member] = math.log(len(items[::step]) / len(items))
    counts = Counter(name for features, _ in kept for name in features)
    vectoriser = DictVectorizer(sort=True)
    matrix = vectoriser.fit_transform(
        [{name: value for name, value in features.items() if counts[name] >= MIN_FEATURE_COUNT} for features, _ in kept]
    )
    labels = [members.index(member) for _, member in kept]
    classifier = LogisticRegression(C=C, max_iter=2000, tol=1e-5)
    # One BLAS thread: sums split across threads round differently, and the weights must be byte-stable.
    with threadpool_limits(limits=1):
        classifier.fit(matrix, labels)
    coef, intercept = classifier.coef_, classifier.intercept_
    if len(members) == 2:
        # Binary logistic regression is softmax with the first member's scores at zero.
        coef = np.vstack([np.zeros_like(coef[0]), coef[0]])
        intercept = np.array([0.0, intercept[0]])
    bias = [round(float(intercept[k]) - log_rate[member], 3) for k, member in enumerate(members)]
    weights = {
        name: [round(float(value), 3) for value in coef[:, column]]
        for column, name in enumerate(vectoriser.feature_names_)
        if np.abs(coef[:, column]).max() >= MIN_WEIGHT
    }
    return {"members": list(members), "bias": bias, "weights": weights}


def held_out_report(
    members: tuple[str, ...], model: dict[str, object], rows: list[tuple[dict[str, float], str]]
) -> str:
    """False alarms on held-out correct words, and catches (with the right fix) of each swapped for the others."""
    weights = ConfusionModel(tuple(members), tuple(model["bias"]), model["weights"])  # type: ignore[arg-type]
    alarms = catches = 0
    for features, member in rows:
        probabilities = weights.probabilities(features)
        best = max(probabilities)
        right = members.index(member)
        if best < FIX_ABOVE:
            continue
        if probabilities[right] < FLAG_BELOW:
            alarms += 1
        elif probabilities[right] == best:
            catches += sum(1 for other in probabilities if other < FLAG_BELOW)
    swaps = len(rows) * (len(members) - 1)
    return (
        f"{'/'.join(members):32} held out {len(rows):6}  false alarms {alarms:3} "
        f"({1000 * alarms / max(1, len(rows)):.1f} per 1000)  swaps caught {catches:5}/{swaps} "
        f"= {100 * catches / max(1, swaps):.0f}%"
    )


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA, help="the shared data folder")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--no-held-out", action="store_true", help="skip the held-out report")
    parser.add_argument(
        "--fold",
        type=int,
        choices=range(FOLDS),
        help="leave out the PDNC novels and LitBank excerpts of this fold and write the weights to "
        f"{FOLD_WEIGHTS.relative_to(REPO)}/fold<N>.json.gz, for the evaluation",
    )
    args = parser.parse_args(argv)
    if args.fold is not None:
        args.out = FOLD_WEIGHTS / f"fold{args.fold}.json.gz"
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.no_held_out = True
    found = examples(args.data, args.fold)
    sets = []
    for members, rows in found.items():
        counts = Counter(member for _, member, _ in rows)
        usable = tuple(member for member in members if counts[member] >= MIN_EXAMPLES)
        if len(usable) < 2:
            print(f"{'/'.join(members):32} skipped: too few examples {dict(counts)}")
            continue
        rows = [row for row in rows if row[1] in usable]
        if not args.no_held_out:
            train = [(features, member) for features, member, held in rows if not held]
            test = [(features, member) for features, member, held in rows if held]
            print(held_out_report(usable, fit(train, usable), test), flush=True)
        sets.append(fit([(features, member) for features, member, _ in rows], usable))
    payload = json.dumps({"sets": sets}, sort_keys=True, separators=(",", ":")).encode()
    args.out.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {args.out} ({args.out.stat().st_size / 1e6:.1f} MB, {len(sets)} sets)")


if __name__ == "__main__":
    main()
