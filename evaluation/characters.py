"""Evaluate characters, speakers and narration on real annotated data (not a test).

    .venv/bin/python evaluation/characters.py [--parts litbank,pdnc]

Reads `<repo>/../shared/data` and prints:
- LitBank proper-name PER mention F1 on the 20 held-out books the tagger never saw (innermost PROP_PER
  mentions of the coref layer, exact span match; predictions are the name mentions `build_cast` keeps
  when the excerpt's text is loaded as a story, i.e. the whole pipeline), and for comparison with
  BookNLP's figure the F1 of the same predictions against *all* PER entities of the entity layer (names,
  nominals like "her sister", nested), which ficsense does not attempt;
- alias clustering B³ over the gold proper-name mentions of all 100 LitBank coref books;
- PDNC speaker accuracy end to end on the 18 novels (our own characters, mapped to PDNC's by its alias
  sets), overall and by quote type;
- narrative person against PDNC-Novel-Index.csv;
- gender against PDNC's character genders (for our characters mapped to a PDNC character with M/F).
Skips cleanly when the data folder is absent.
"""

from __future__ import annotations

import argparse
import ast
import csv
import importlib.util
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
sys.path.insert(0, str(REPO / "src"))

import ficsense  # noqa: E402
from ficsense.analyses import characters, narration, speakers  # noqa: E402
from ficsense.analyses.people.cast import build_cast, cluster_names  # noqa: E402


def _training_module():
    spec = importlib.util.spec_from_file_location("train_characters", REPO / "scripts" / "train_characters.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_characters"] = module
    spec.loader.exec_module(module)
    return module


@dataclass
class Counts:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def f1(self) -> tuple[float, float, float]:
        precision = self.true_positive / self.predicted if self.predicted else 0.0
        recall = self.true_positive / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1


def _all_per_entities(name: str) -> set[tuple[int, int]]:
    """All PER spans (any nesting layer) of LitBank's entity layer, as offsets into the same brat text."""
    ann = DATA / "litbank" / "entities" / "brat" / f"{name}.ann"
    spans = set()
    for row in ann.read_text(encoding="utf-8").splitlines():
        parts = row.split("\t")
        if row.startswith("T") and len(parts) >= 3 and parts[1].startswith("PER "):
            _, start, end = parts[1].split(" ")[:3]
            spans.add((int(start), int(end)))
    return spans


def evaluate_litbank() -> None:
    train = _training_module()
    names = Counts()
    all_per = Counts()
    b3_precision: list[float] = []
    b3_recall: list[float] = []
    for index, book in train.read_books(DATA / "litbank" / "coref" / "brat"):
        gold = train.gold_names(book)
        # Alias clustering is scored on every book: the clusterer is rules, nothing was trained on it.
        mention_words = [tuple(book.text[m.start : m.end].split(" ")) for m in gold]
        predicted_cluster = cluster_names(mention_words)
        gold_cluster = [m.entity for m in gold]
        for i in range(len(gold)):
            same_pred = {j for j in range(len(gold)) if predicted_cluster[j] == predicted_cluster[i]}
            same_gold = {j for j in range(len(gold)) if gold_cluster[j] == gold_cluster[i]}
            overlap = len(same_pred & same_gold)
            b3_precision.append(overlap / len(same_pred))
            b3_recall.append(overlap / len(same_gold))
        if not train.held_out(index):
            continue
        # The whole pipeline on the excerpt's text: the mentions the characters analysis keeps.
        doc = ficsense.load(book.text)
        predicted = {(m.span.start, m.span.end) for m in build_cast(doc).mentions}
        gold_spans = {(m.start, m.end) for m in gold}
        names.true_positive += len(predicted & gold_spans)
        names.predicted += len(predicted)
        names.gold += len(gold_spans)
        every_per = _all_per_entities(book.name)
        all_per.true_positive += len(predicted & every_per)
        all_per.predicted += len(predicted)
        all_per.gold += len(every_per)
    p, r, f = names.f1()
    print(f"LitBank proper-name PER mentions, 20 held-out books: P {p:.3f} R {r:.3f} F1 {f:.3f} (n={names.gold})")
    p, r, f = all_per.f1()
    print(f"LitBank all PER entities (names + nominals, nested), same books: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    precision = sum(b3_precision) / len(b3_precision)
    recall = sum(b3_recall) / len(b3_recall)
    f1 = 2 * precision * recall / (precision + recall)
    print(
        f"LitBank alias clustering B³ over gold proper-name mentions, 100 books: "
        f"P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (n={len(b3_precision)})"
    )


def _aliases(row: dict[str, str]) -> set[str]:
    raw = row["Aliases"]
    try:
        values = ast.literal_eval(raw)
    except (ValueError, SyntaxError):
        values = [raw]
    return {str(value).strip() for value in values} | {row["Main Name"].strip()}


def _canonical_names(pdnc: list[dict[str, str]]) -> dict[str, str]:
    """Any PDNC name or unambiguous alias -> its character's main name."""
    owners: dict[str, set[str]] = defaultdict(set)
    for row in pdnc:
        for alias in _aliases(row):
            owners[alias].add(row["Main Name"])
    canonical = {alias: next(iter(names)) for alias, names in owners.items() if len(names) == 1}
    canonical.update({row["Main Name"]: row["Main Name"] for row in pdnc})
    return canonical


def _map_characters(cast: tuple, pdnc: list[dict[str, str]]) -> dict[str, str]:
    """Our character name -> PDNC main name, by the best overlap of our aliases with PDNC's alias sets."""
    alias_owner: dict[str, Counter[str]] = defaultdict(Counter)
    for row in pdnc:
        for alias in _aliases(row):
            alias_owner[alias.lower()][row["Main Name"]] += 1
    mapping: dict[str, str] = {}
    for character in cast:
        votes: Counter[str] = Counter()
        for rank, alias in enumerate((character.name, *character.aliases)):
            for owner, count in alias_owner.get(alias.lower(), Counter()).items():
                # The display name counts most; an alias shared by several PDNC characters counts less.
                votes[owner] += (3 if rank == 0 else 1) / (count * len(alias_owner[alias.lower()]))
        if not votes:
            # No alias matches exactly: a PDNC alias containing all our name's words ("Jake" in "Jake Barnes",
            # "Mock Turtle" in "The Mock Turtle"), when only one PDNC character has such an alias.
            words = {word.lower() for word in character.name.split()} - {"the"}
            owners = {
                row["Main Name"]
                for row in pdnc
                for alias in _aliases(row)
                if words and words <= {word.lower() for word in alias.split()}
            }
            if len(owners) == 1:
                votes[next(iter(owners))] = 1.0
        if votes:
            mapping[character.name] = max(sorted(votes), key=lambda owner: votes[owner])
    return mapping


def evaluate_pdnc() -> None:
    index_rows = {}
    with (DATA / "pdnc" / "PDNC-Novel-Index.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row.get("Folder Name"):
                index_rows[row["Folder Name"]] = row
    total = Counter()
    correct = Counter()
    person_right = 0
    novels = 0
    gender_total = 0
    gender_right = 0
    gender_none = 0
    started = time.perf_counter()
    for folder in sorted((DATA / "pdnc" / "data").iterdir()):
        if not (folder / "novel_text.txt").exists():
            continue
        doc = ficsense.load(folder / "novel_text.txt")
        cast = characters.ANALYSIS.run(doc, {}, {})
        attributions = speakers.ANALYSIS.run(doc, {"characters": cast}, {})
        told = narration.ANALYSIS.run(doc, {"characters": cast}, {})
        with (folder / "character_info.csv").open(encoding="utf-8") as handle:
            pdnc_characters = list(csv.DictReader(handle))
        mapping = _map_characters(cast, pdnc_characters)
        gender_of = {row["Main Name"]: row["Gender"] for row in pdnc_characters}
        canonical = _canonical_names(pdnc_characters)
        for character in cast:
            gold = gender_of.get(mapping.get(character.name, ""), "")
            if gold in ("M", "F"):
                gender_total += 1
                if character.gender is None:
                    gender_none += 1
                elif (character.gender == "male") == (gold == "M") and character.gender in ("male", "female"):
                    gender_right += 1
        starts = [attribution.start for attribution in attributions]
        import bisect

        novel_total = 0
        novel_correct = 0
        with (folder / "quotation_info.csv").open(encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                spans = ast.literal_eval(row["quoteByteSpans"])
                quote_type = row["quoteType"]
                predicted: Counter[str] = Counter()
                for start, end in spans:
                    # Our quote spans include the marks; PDNC's exclude them and are sometimes a few off.
                    position = bisect.bisect_right(starts, start + 2) - 1
                    if position >= 0 and attributions[position].end >= end - 2:
                        speaker = attributions[position].speaker
                        if speaker is not None:
                            predicted[mapping.get(speaker, "?" + speaker)] += 1
                guess = predicted.most_common(1)[0][0] if predicted else None
                # PDNC's speaker column sometimes uses an alias ("Lucy") rather than the main name.
                hit = guess is not None and guess == canonical.get(row["speaker"], row["speaker"])
                for key in ("all", quote_type):
                    total[key] += 1
                    correct[key] += hit
                novel_total += 1
                novel_correct += hit
        gold_person = index_rows.get(folder.name, {}).get("Narrative Person", "")
        expected = {"1.0": "first", "2.0": "second", "3.0": "third"}.get(gold_person)
        novels += 1
        person_right += told.person == expected
        print(
            f"  {folder.name:32} speaker {novel_correct / max(novel_total, 1):.3f} ({novel_total} quotes)"
            f"  person {told.person} (gold {expected})  characters {len(cast)}",
            flush=True,
        )
    seconds = time.perf_counter() - started
    print(f"PDNC speaker accuracy, end to end, 18 novels: {correct['all'] / total['all']:.3f} (n={total['all']})")
    for quote_type in ("Explicit", "Anaphoric", "Implicit"):
        print(f"  {quote_type:9} {correct[quote_type] / max(total[quote_type], 1):.3f} (n={total[quote_type]})")
    print(f"PDNC narrative person accuracy: {person_right / novels:.3f} ({person_right}/{novels})")
    print(
        f"PDNC gender of mapped characters with gold M/F: accuracy {gender_right / max(gender_total, 1):.3f} "
        f"(n={gender_total}; {gender_none} left unknown count as wrong; "
        f"precision when we commit {gender_right / max(gender_total - gender_none, 1):.3f})"
    )
    print(f"  ({seconds:.0f} s for 18 novels)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--parts", default="litbank,pdnc", help="comma-separated parts to run: litbank (names, aliases), pdnc"
    )
    parts = set(parser.parse_args().parts.split(","))
    if not DATA.is_dir():
        print(f"skipped: no data at {DATA}")
        return 0
    if "litbank" in parts:
        evaluate_litbank()
    if "pdnc" in parts:
        evaluate_pdnc()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
