"""Token features for the proper-name tagger, shared by training (LitBank tokens) and run time (our tokens).

Both sides call `sentence_features` with plain token strings, so the model sees the same feature space in
training and in use. The document-level features (how often a word is capitalised away from a sentence
start, whether its lower-case form occurs at all) are what lets a tagger tell "Rose" the character from
"rose" the flower and from a capitalised sentence opener such as "Well".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss mx mx. dr dr. sir lady lord madam madame mme mlle monsieur professor prof prof. "
    "captain capt capt. colonel col col. general gen. lieutenant lt lt. sergeant sgt sgt. aunt uncle father mother "
    "brother sister saint st. rev rev. reverend king queen prince princess duke duchess count countess baron "
    "master mistress dame detective inspector officer agent doctor nurse señor senor señora signor signora "
    "herr frau fräulein".split()
)
_OPENERS = frozenset("“‘\"'(—–-[*_")
_SHAPE_UPPER = re.compile(r"[A-Z]")
_SHAPE_LOWER = re.compile(r"[a-z]")
_SHAPE_DIGIT = re.compile(r"[0-9]")
_SHAPE_RUN = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class CaseStats:
    """Per-document counts of how each word is written: capitalised mid-sentence, lower-case, at a start."""

    capital_inside: Counter[str]
    lower: Counter[str]
    initial: Counter[str]


def case_stats(sentences: Iterable[Sequence[str]]) -> CaseStats:
    """Count, for every word of a document, its capitalised-inside, lower-case and sentence-initial uses."""
    capital_inside: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    initial: Counter[str] = Counter()
    for words in sentences:
        starts = initial_flags(words)
        for word, first in zip(words, starts, strict=True):
            if not word[:1].isalpha():
                continue
            key = word.lower()
            if first:
                initial[key] += 1
            elif word[0].isupper():
                capital_inside[key] += 1
            else:
                lower[key] += 1
    return CaseStats(capital_inside, lower, initial)


def initial_flags(words: Sequence[str]) -> list[bool]:
    """A word opens a sentence (or a quotation inside one), where capitals say nothing about names."""
    flags: list[bool] = []
    seen_word = False
    after_opener = True
    for word in words:
        is_word = word[:1].isalnum()
        flags.append(is_word and (not seen_word or after_opener))
        if is_word:
            seen_word = True
            after_opener = False
        else:
            after_opener = word in _OPENERS or word in {":", ".", "!", "?"}
    return flags


def _shape(word: str) -> str:
    shape = _SHAPE_DIGIT.sub("d", _SHAPE_LOWER.sub("x", _SHAPE_UPPER.sub("X", word)))
    return _SHAPE_RUN.sub(r"\1\1", shape)


def _bucket(count: int) -> str:
    return "0" if count == 0 else "1" if count == 1 else "few" if count < 5 else "many"


def sentence_features(
    words: Sequence[str],
    stats: CaseStats,
    window: range | None = None,
    shapes: dict[str, str] | None = None,
    *,
    lexicon: frozenset[str] = frozenset(),
) -> list[list[str]]:
    """One list of string features per word of `window` (default: all), for python-crfsuite.

    Context features always look at the whole sentence, so tagging a window around candidate names sees
    the same features as tagging the sentence.
    """
    starts = initial_flags(words)
    lowered = [word.lower() for word in words]
    shapes = {} if shapes is None else shapes

    def shape(word: str) -> str:
        found = shapes.get(word)
        if found is None:
            found = shapes[word] = _shape(word)
        return found

    features: list[list[str]] = []
    for index in window if window is not None else range(len(words)):
        word = words[index]
        low = lowered[index]
        capital = word[:1].isupper()
        row = [
            "b",
            "w=" + low,
            "shape=" + shape(word),
            "suf3=" + low[-3:],
            "suf2=" + low[-2:],
            "pre3=" + low[:3],
            "cap=" + str(capital),
            "init=" + str(starts[index]),
            "hon=" + str(low in HONORIFICS),
        ]
        if capital and word[:1].isalpha():
            inside = stats.capital_inside[low]
            lower = stats.lower[low]
            row.append("capin=" + _bucket(inside))
            row.append("lower=" + _bucket(lower))
            row.append("ratio=" + ("cap" if inside > 2 * lower else "low" if lower > 2 * inside else "mix"))
            row.append("init_cap_low=" + str(starts[index]) + _bucket(lower))
            row.append("common=" + str(low in lexicon) + str(starts[index]))
        for offset in (-2, -1, 1, 2):
            position = index + offset
            if 0 <= position < len(words):
                other = words[position]
                row.append(f"w{offset}=" + lowered[position])
                row.append(f"cap{offset}=" + str(other[:1].isupper()))
                if offset in (-1, 1):
                    row.append(f"shape{offset}=" + shape(other))
                    row.append(f"hon{offset}=" + str(lowered[position] in HONORIFICS))
            else:
                row.append(f"w{offset}=<edge>")
        if index > 0:
            row.append("w-1|w=" + lowered[index - 1] + "|" + low)
        if index + 1 < len(words):
            row.append("w|w+1=" + low + "|" + lowered[index + 1])
        features.append(row)
    return features
