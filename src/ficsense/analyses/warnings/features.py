"""Passage features shared by the training script and run time, so both see exactly the same vectors.

The training passages (Webis AO3 warnings) are lowercased, so every text is lowercased and its curly
quotes straightened before featurising; fan fiction in normal case then looks like the training data.
Features are word unigrams and character 3–5-grams inside word boundaries (the `char_wb` scheme), which
cope with the spelling variety of fan fiction better than words alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2014": " ", "\u2013": " "})
CHAR_NGRAMS = (3, 4, 5)


def normalise(text: str) -> str:
    """Lowercase with straight quotes, keeping every character offset (the form the training passages are in)."""
    lowered = text.translate(_STRAIGHTEN).lower()
    if len(lowered) == len(text):
        return lowered
    # A few characters (such as a dotted capital I) lowercase to two; keep those as they are so offsets hold.
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text.translate(_STRAIGHTEN))


def words(text: str) -> list[str]:
    """Word tokens of an already normalised text."""
    return WORD.findall(text)


@lru_cache(maxsize=65536)
def word_terms(word: str) -> tuple[str, ...]:
    """The features one word contributes (memoised: a story repeats its words, and this is pure)."""
    padded = f" {word} "
    grams = ["c:" + padded[index : index + size] for size in CHAR_NGRAMS for index in range(len(padded) - size + 1)]
    return ("w:" + word, *grams)


def term_counts(text: str) -> Counter[str]:
    """Raw counts of word (`w:`) and character n-gram (`c:`) features of a text in any case."""
    counts: Counter[str] = Counter()
    for word in words(normalise(text)):
        counts.update(word_terms(word))
    return counts


def sublinear(counts: Counter[str]) -> dict[str, float]:
    """1 + log(tf): a word said ten times is not ten times the evidence."""
    return {term: 1.0 + math.log(count) for term, count in counts.items()}
