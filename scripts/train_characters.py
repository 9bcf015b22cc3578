"""Train the proper-name tagger behind the characters analysis from LitBank, reproducibly.

    .venv/bin/python scripts/train_characters.py

Reads LitBank's coreference layer (`../shared/data/litbank/coref/brat`), whose mentions are typed
PROP_/NOM_/PRON_ + PER/LOC/GPE/FAC/ORG/VEH, labels the innermost proper-name person mentions as PER and the
other proper names as OTHER (so the tagger learns "Rose" the woman apart from "Rome" the city), and trains a
linear-chain CRF (python-crfsuite, L-BFGS, fixed settings: the training is deterministic). One fifth of the
books (sorted by file name, every fifth from the first) is held out and never trained on; the evaluation
command scores on exactly those books. Writes `src/ficsense/analyses/models/names.crfsuite`.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data" / "litbank" / "coref" / "brat"
MODEL = REPO / "src" / "ficsense" / "analyses" / "models" / "names.crfsuite"
LEXICON = REPO / "src" / "ficsense" / "analyses" / "models" / "common_words.txt"
UD = REPO.parent / "shared" / "data" / "ud"
sys.path.insert(0, str(REPO / "src"))

from ficsense.analyses.people.features import case_stats, sentence_features  # noqa: E402

PROPER_OTHER = ("PROP_GPE", "PROP_LOC", "PROP_FAC", "PROP_ORG", "PROP_VEH")


@dataclass(frozen=True, slots=True)
class Mention:
    """A LitBank coreference mention: character offsets into the brat text, its type and its entity id."""

    start: int
    end: int
    kind: str
    entity: str | None


@dataclass(frozen=True, slots=True)
class Book:
    """One LitBank excerpt: its sentences as (token, start, end) triples and its mentions."""

    name: str
    text: str
    sentences: tuple[tuple[tuple[str, int, int], ...], ...]
    mentions: tuple[Mention, ...]


def held_out(index: int) -> bool:
    """The fixed split: every fifth book in file-name order is test data."""
    return index % 5 == 0


def read_books(folder: Path = DATA) -> Iterator[tuple[int, Book]]:
    """Every LitBank coref book with its index in file-name order."""
    for index, ann in enumerate(sorted(folder.glob("*.ann"))):
        text = ann.with_suffix(".txt").read_text(encoding="utf-8")
        sentences = []
        offset = 0
        for line in text.split("\n"):
            tokens = []
            position = offset
            for token in line.split(" "):
                if token:
                    tokens.append((token, position, position + len(token)))
                position += len(token) + 1
            if tokens:
                sentences.append(tuple(tokens))
            offset += len(line) + 1
        kinds: dict[tuple[int, int], str] = {}
        entities: dict[tuple[int, int], str] = {}
        for row in ann.read_text(encoding="utf-8").splitlines():
            parts = row.split("\t")
            if not row.startswith("T") or len(parts) < 3:
                continue
            label, start, end = parts[1].split(" ")[:3]
            key = (int(start), int(end))
            if label[:5] in ("PROP_", "NOM_P", "PRON_") or label.startswith("NOM_"):
                kinds[key] = label
            else:
                entities[key] = label
        mentions = tuple(
            Mention(start, end, kind, entities.get((start, end))) for (start, end), kind in sorted(kinds.items())
        )
        yield index, Book(ann.stem, text, tuple(sentences), mentions)


def innermost(mentions: list[Mention]) -> list[Mention]:
    """Mentions that contain no other mention of the list ("Sir Walter" inside "the second Sir Walter")."""
    return [
        outer
        for outer in mentions
        if not any(inner is not outer and outer.start <= inner.start and inner.end <= outer.end for inner in mentions)
    ]


def gold_names(book: Book) -> list[Mention]:
    """The proper-name person mentions the tagger should find."""
    return innermost([m for m in book.mentions if m.kind == "PROP_PER"])


def labelled(book: Book) -> list[tuple[list[str], list[str]]]:
    """(words, BIO labels) per sentence."""
    spans = [(m.start, m.end, "PER") for m in gold_names(book)]
    spans += [(m.start, m.end, "OTHER") for m in innermost([m for m in book.mentions if m.kind in PROPER_OTHER])]
    result = []
    for sentence in book.sentences:
        words = [token for token, _, _ in sentence]
        labels = []
        for _, start, end in sentence:
            label = "O"
            for span_start, span_end, kind in spans:
                if span_start <= start and end <= span_end:
                    label = ("B-" if start == span_start else "I-") + kind
                    break
            labels.append(label)
        result.append((words, labels))
    return result


def build_lexicon() -> frozenset[str]:
    """Common English words: lower-cased UD English (EWT, GUM) forms that are not mostly proper nouns.

    A capitalised word outside this list that the story never writes in lower case is probably a name,
    even at a sentence start where capitals say nothing.
    """
    common: Counter[str] = Counter()
    proper: Counter[str] = Counter()
    for conllu in sorted(UD.glob("*/*.conllu")):
        for row in conllu.read_text(encoding="utf-8").splitlines():
            parts = row.split("\t")
            if len(parts) < 4 or not parts[0].isdigit():
                continue
            form = parts[1].lower()
            if not form.isalpha():
                continue
            if parts[3] == "PROPN":
                proper[form] += 1
            else:
                common[form] += 1
    return frozenset(form for form, count in common.items() if count >= 2 and count > proper[form])


def main() -> int:
    if not DATA.is_dir():
        print(f"LitBank not found at {DATA}", file=sys.stderr)
        return 1
    lexicon = build_lexicon()
    LEXICON.write_text("\n".join(sorted(lexicon)) + "\n", encoding="utf-8")
    print(f"{len(lexicon)} common words -> {LEXICON.relative_to(REPO)}")
    trainer = pycrfsuite.Trainer(verbose=False)
    books = 0
    for index, book in read_books():
        if held_out(index):
            continue
        books += 1
        rows = labelled(book)
        stats = case_stats(words for words, _ in rows)
        for words, labels in rows:
            trainer.append(sentence_features(words, stats, lexicon=lexicon), labels)
    # L-BFGS is deterministic; c1 prunes rare features so the model stays small.
    trainer.set_params({"c1": 0.1, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(MODEL))
    print(f"trained on {books} books -> {MODEL.relative_to(REPO)} ({MODEL.stat().st_size / 1e6:.1f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
