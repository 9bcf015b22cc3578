"""Ranking corrections for a non-word: a small noisy-channel model.

A candidate scores by how common it is (log frequency) minus the cost of the slip that would turn it
into the typo. Slips writers actually make cost less than arbitrary edits: a doubled or undoubled
letter ("ocasion"), one vowel for another ("seperate"), two letters swapped ("thier") — the error
classes Damerau (1964) and the Birkbeck corpus (Mitton) find most often.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Mapping
from functools import cache

from ficsense.checks.language import LanguageModel

_VOWELS = frozenset("aeiouy")
# How many orders of magnitude of frequency one full edit is worth.
EDIT_WEIGHT = 3.0
MAX_COST = 2.0
# Words that sound like the typo may be further away in letters ("simpathy" for "sympathy").
MAX_SOUND_COST = 3.5
MIN_SLIP = 0.4
FIRST_LETTER = 0.3


def suggest(word: str, model: LanguageModel, *, limit: int = 3, min_count: int = 0) -> list[tuple[str, float]]:
    """Up to `limit` (correction, cost) pairs for a lower-case non-word, best first.

    Candidates rarer than `min_count` are not considered at all.
    """
    near = model.candidates(word)
    sounds = set(sound_index(model, min_count).get(sound_key(word), ())) - near
    pool = sorted(
        ((model.count(candidate), candidate) for candidate in near | sounds),
        key=lambda item: (-item[0], item[1]),
    )
    scored: list[tuple[float, float, str]] = []
    for count, candidate in pool:
        if count < min_count:
            break
        prior = math.log10(count + 1)
        # Candidates come most frequent first and every slip costs at least MIN_SLIP, so once the prior
        # alone cannot beat the current `limit`-th best, no later candidate can.
        if len(scored) >= limit and -(prior - EDIT_WEIGHT * MIN_SLIP) > sorted(scored)[limit - 1][0]:
            break
        cost = slip_cost(word, candidate)
        if cost <= (MAX_SOUND_COST if candidate in sounds else MAX_COST):
            # Writers seldom get the first letter wrong (Yannakoudakis and Fawthrop 1983).
            penalty = FIRST_LETTER if candidate[:1] != word[:1] else 0.0
            scored.append((-(prior - EDIT_WEIGHT * (cost + penalty)), cost, candidate))
    scored.sort()
    return [(candidate, cost) for _, cost, candidate in scored[:limit]]


_SOUND_RULES = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^kn", "n"),
        (r"^wr", "r"),
        (r"^ps", "s"),
        (r"ph", "f"),
        (r"gh", ""),
        (r"ck", "k"),
        (r"tch", "ch"),
        (r"sch", "sk"),
        (r"c(?=[eiy])", "s"),
        (r"c", "k"),
        (r"q", "k"),
        (r"x", "ks"),
        (r"z", "s"),
        (r"dg", "j"),
        (r"wh", "w"),
    )
)


def sound_key(word: str) -> str:
    """A rough phonetic key: spelling-to-sound rewrites, then the consonant skeleton without doubles."""
    for pattern, replacement in _SOUND_RULES:
        word = pattern.sub(replacement, word)
    if not word:
        return ""
    head = "a" if word[0] in _VOWELS else word[0]
    return head + re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouyhw]", "", word[1:]))


@cache
def sound_index(model: LanguageModel, min_count: int) -> Mapping[str, tuple[str, ...]]:
    """Dictionary words at least `min_count` common, grouped by sound key (built on first use)."""
    index: defaultdict[str, list[str]] = defaultdict(list)
    for word, count in model.unigrams.items():
        if count >= min_count and word.isalpha():
            index[sound_key(word)].append(word)
    return {key: tuple(words) for key, words in index.items()}


def slip_cost(typed: str, meant: str) -> float:
    """Weighted optimal-string-alignment distance from the intended word to what was typed."""
    rows, cols = len(meant) + 1, len(typed) + 1
    table = [[0.0] * cols for _ in range(rows)]
    for i in range(1, rows):
        table[i][0] = table[i - 1][0] + _indel(meant, i - 1)
    for j in range(1, cols):
        table[0][j] = table[0][j - 1] + _indel(typed, j - 1)
    for i in range(1, rows):
        for j in range(1, cols):
            a, b = meant[i - 1], typed[j - 1]
            best = min(
                table[i - 1][j] + _indel(meant, i - 1),
                table[i][j - 1] + _indel(typed, j - 1),
                table[i - 1][j - 1] + _substitution(a, b),
            )
            if i > 1 and j > 1 and a == typed[j - 2] and meant[i - 2] == b and a != b:
                best = min(best, table[i - 2][j - 2] + 0.6)
            table[i][j] = best
    return table[-1][-1]


def _indel(word: str, index: int) -> float:
    letter = word[index]
    # Dropping or adding one of a pair of doubled letters is the commonest slip of all.
    if (index > 0 and word[index - 1] == letter) or (index + 1 < len(word) and word[index + 1] == letter):
        return 0.4
    if letter in "eh":
        return 0.8
    return 1.0


def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return 0.6
    return 1.0
