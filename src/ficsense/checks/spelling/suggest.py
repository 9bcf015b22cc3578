"""Ranking corrections for a non-word: a small noisy-channel model.

A candidate scores by how common it is (log frequency) minus the cost of the slip that would turn it
into the typo. Slips writers actually make cost less than arbitrary edits: a doubled or undoubled
letter ("ocasion"), one vowel for another ("seperate"), two letters swapped ("thier"), a neighbouring
key ("wprd"), a letter group written as it sounds ("sertain", "stashun") — the error classes Damerau
(1964), Mitton's Birkbeck corpus and Brill and Moore (2000) find most often.

Candidates come from three places: every indexed word within two edits, words with the same rough
sound key, and — for longer typos that are further off ("nessisary") — words of the same first letter
sharing most of the typo's letter pairs.
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
# Words that sound like the typo, or share most of its letter pairs, may be further away in letters.
MAX_SOUND_COST = 3.5
MIN_SLIP = 0.4
FIRST_LETTER = 0.3
# Letter-pair overlap (Dice) a distant candidate needs, and how many of the best overlaps are costed.
MIN_OVERLAP = 0.45
FAR_CANDIDATES = 40
FAR_MIN_LENGTH = 5
# Slip costs (one full edit = 1.0), set on the Aspell and Norvig lists; Birkbeck, Holbrook and Wikipedia
# are held out (evaluation/proofreading.py, part c).
NEIGHBOUR_KEY = 0.9
VOWEL_SWAP = 0.6
# Leaving out one of two repeated letter pairs ("rember" for "remember"), per letter left out.
REPEAT_DROP = 0.35
VOWEL_INDEL = 1.0
SWAP = 0.6
# One letter written two places early or late ("tounge" for "tongue", "wierd" is a plain swap).
MOVED_LETTER = 0.8

_KEYBOARD = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_ADJACENT = frozenset(
    pair
    for row in _KEYBOARD
    for index in range(len(row) - 1)
    for pair in ((row[index], row[index + 1]), (row[index + 1], row[index]))
)

# Letter groups that spell the same sound, written one for the other (intended, written, cost).
_SOUND_SLIPS: tuple[tuple[str, str, float], ...] = (
    ("ph", "f", 0.5),
    ("c", "k", 0.6),
    ("c", "s", 0.6),
    ("ck", "k", 0.5),
    ("ck", "c", 0.5),
    ("s", "z", 0.7),
    ("x", "ks", 0.6),
    ("x", "cks", 0.6),
    ("qu", "kw", 0.6),
    ("ch", "tch", 0.5),
    ("dg", "j", 0.6),
    ("g", "j", 0.7),
    ("ti", "sh", 0.6),
    ("ci", "sh", 0.6),
    ("ssi", "sh", 0.6),
    ("tion", "shun", 0.6),
    ("tion", "sion", 0.5),
    ("gh", "", 0.6),
    ("ough", "o", 0.6),
    ("ough", "uff", 0.6),
    ("ough", "ow", 0.6),
    ("wh", "w", 0.5),
    ("kn", "n", 0.5),
    ("wr", "r", 0.5),
    ("mb", "m", 0.6),
    ("sc", "s", 0.5),
    ("ou", "ow", 0.6),
    ("ai", "ay", 0.6),
    ("ea", "ee", 0.6),
    ("ie", "ee", 0.6),
    ("ei", "ee", 0.6),
    ("ea", "e", 0.6),
    ("au", "aw", 0.6),
    ("oo", "u", 0.6),
    ("ew", "oo", 0.6),
    ("ure", "er", 0.6),
    ("le", "el", 0.6),
)


def _index_slips() -> dict[str, tuple[tuple[str, str, float], ...]]:
    # Both directions, keyed by the intended group's last letter: writers put "f" for "ph" and, a little
    # less often, "ph" for "f".
    by_last: defaultdict[str, list[tuple[str, str, float]]] = defaultdict(list)
    for meant, typed, cost in _SOUND_SLIPS:
        by_last[meant[-1]].append((meant, typed, cost))
        if typed:
            by_last[typed[-1]].append((typed, meant, cost + 0.1))
    return {letter: tuple(slips) for letter, slips in by_last.items()}


_SLIPS_BY_INTENDED: Mapping[str, tuple[tuple[str, str, float], ...]] = _index_slips()


def suggest(word: str, model: LanguageModel, *, limit: int = 3, min_count: int = 0) -> list[tuple[str, float]]:
    """Up to `limit` (correction, cost) pairs for a lower-case non-word, best first.

    Candidates rarer than `min_count` are not considered at all.
    """
    near = model.candidates(word)
    distant = set(sound_alikes(word, model, min_count)) | set(_far(word, model, min_count))
    distant -= near
    pool = sorted(
        ((model.count(candidate), candidate) for candidate in near | distant),
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
        cost = slip_cost(word, candidate, spelling=True)
        if cost <= (MAX_SOUND_COST if candidate in distant else MAX_COST):
            # Writers seldom get the first letter wrong (Yannakoudakis and Fawthrop 1983).
            penalty = FIRST_LETTER if candidate[:1] != word[:1] else 0.0
            scored.append((-(prior - EDIT_WEIGHT * (cost + penalty)), cost, candidate))
    scored.sort()
    return [(candidate, cost) for _, cost, candidate in scored[:limit]]


# Spelling-to-sound rewrites, applied in one left-to-right pass (earlier alternatives win at a position).
_SOUND_REWRITES = {
    "kn": "n",
    "wr": "r",
    "ps": "s",
    "ph": "f",
    "gh": "",
    "ck": "k",
    "tch": "kh",
    "sch": "sk",
    "ce": "se",
    "ci": "si",
    "cy": "sy",
    "c": "k",
    "q": "k",
    "x": "ks",
    "z": "s",
    "dg": "j",
    "wh": "w",
}
_SOUND = re.compile(r"^(?:kn|wr|ps)|ph|gh|ck|tch|sch|c[eiy]|c|q|x|z|dg|wh")
_VOWEL_OR_SILENT = re.compile(r"[aeiouyhw]")
_DOUBLE = re.compile(r"(.)\1+")


def sound_key(word: str) -> str:
    """A rough phonetic key: spelling-to-sound rewrites, then the consonant skeleton without doubles."""
    word = _SOUND.sub(lambda match: _SOUND_REWRITES[match.group()], word)
    if not word:
        return ""
    head = "a" if word[0] in _VOWELS else word[0]
    return head + _DOUBLE.sub(r"\1", _VOWEL_OR_SILENT.sub("", word[1:]))


# First letters whose words can have a sound key starting with a given letter ("phase" -> "f", "ghost" -> "a").
_KEY_HEADS: Mapping[str, str] = {"a": "aeiouyg", "n": "nk", "r": "rw", "s": "scpzx", "f": "fp", "k": "kcqx", "w": "w"}


@cache
def _by_first_letter(model: LanguageModel, min_count: int) -> Mapping[str, tuple[str, ...]]:
    index: defaultdict[str, list[str]] = defaultdict(list)
    for word, count in model.unigrams.items():
        if count >= min_count and word.isalpha():
            index[word[0]].append(word)
    return {letter: tuple(words) for letter, words in index.items()}


@cache
def _sound_index(model: LanguageModel, min_count: int, letter: str) -> Mapping[str, tuple[str, ...]]:
    index: defaultdict[str, list[str]] = defaultdict(list)
    for word in _by_first_letter(model, min_count).get(letter, ()):
        index[sound_key(word)].append(word)
    return {key: tuple(words) for key, words in index.items()}


def sound_alikes(word: str, model: LanguageModel, min_count: int) -> tuple[str, ...]:
    """Dictionary words at least `min_count` common with the same sound key as `word`."""
    key = sound_key(word)
    if not key:
        return ()
    letters = _KEY_HEADS.get(key[0], key[0])
    return tuple(found for letter in letters for found in _sound_index(model, min_count, letter).get(key, ()))


def _pairs(word: str) -> frozenset[str]:
    padded = f"<{word}>"
    return frozenset(padded[index : index + 2] for index in range(len(padded) - 1))


@cache
def _pair_index(model: LanguageModel, min_count: int, letter: str) -> tuple[tuple[str, frozenset[str]], ...]:
    words = _by_first_letter(model, min_count).get(letter, ())
    return tuple((word, _pairs(word)) for word in words if len(word) >= FAR_MIN_LENGTH - 1)


def _far(word: str, model: LanguageModel, min_count: int) -> list[str]:
    """Words of the same first letter sharing most of the typo's letter pairs (for typos several edits off)."""
    if len(word) < FAR_MIN_LENGTH:
        return []
    pairs = _pairs(word)
    size = len(pairs)
    scored: list[tuple[float, str]] = []
    for candidate, other in _pair_index(model, min_count, word[0]):
        if abs(len(candidate) - len(word)) > 3:
            continue
        overlap = 2 * len(pairs & other) / (size + len(other))
        if overlap >= MIN_OVERLAP:
            scored.append((overlap, candidate))
    scored.sort(reverse=True)
    return [candidate for _, candidate in scored[:FAR_CANDIDATES]]


def slip_cost(typed: str, meant: str, *, spelling: bool = False) -> float:
    """Weighted alignment cost from the intended word to what was typed.

    Optimal string alignment (insertions, deletions, substitutions, swaps of neighbours). With `spelling`,
    also the slips of someone unsure of a word's spelling, each as one cheap step: a sound-alike letter
    group ("ph" written "f") and a repeated pair written once ("rember"). Names are compared without
    them: "Marcial" and "Marshal" sound alike but are two names.
    """
    rows, cols = len(meant) + 1, len(typed) + 1
    # Group slips whose intended side ends at meant[:i].
    groups: list[list[tuple[int, str, float]]] = [[] for _ in range(rows)]
    # Repeated letter pairs or triples ending at meant[:i], which a writer may write once.
    repeats: list[list[int]] = [[] for _ in range(rows)]
    if spelling:
        for i in range(1, rows):
            for intended, written, cost in _SLIPS_BY_INTENDED.get(meant[i - 1], ()):
                if meant.endswith(intended, 0, i):
                    groups[i].append((len(intended), written, cost))
            repeats[i] = [
                size for size in (2, 3) if i >= 2 * size and meant[i - 2 * size : i - size] == meant[i - size : i]
            ]
    dropped = [_indel(meant, i) for i in range(len(meant))]
    added = [_indel(typed, j) for j in range(len(typed))]
    table = [[0.0] * cols for _ in range(rows)]
    for j in range(1, cols):
        table[0][j] = table[0][j - 1] + added[j - 1]
    for i in range(1, rows):
        row, above = table[i], table[i - 1]
        row[0] = above[0] + dropped[i - 1]
        for length, written, cost in groups[i]:
            if not written:
                row[0] = min(row[0], table[i - length][0] + cost)
        a = meant[i - 1]
        for j in range(1, cols):
            b = typed[j - 1]
            best = min(above[j] + dropped[i - 1], row[j - 1] + added[j - 1], above[j - 1] + _substitution(a, b))
            if i > 1 and j > 1 and a == typed[j - 2] and meant[i - 2] == b and a != b:
                best = min(best, table[i - 2][j - 2] + SWAP)
            if spelling and i > 2 and j > 2 and _moved(meant[i - 3 : i], typed[j - 3 : j]):
                best = min(best, table[i - 3][j - 3] + MOVED_LETTER)
            for length, written, cost in groups[i]:
                if j >= len(written) and typed.endswith(written, 0, j):
                    best = min(best, table[i - length][j - len(written)] + cost)
            for size in repeats[i]:
                best = min(best, table[i - size][j] + REPEAT_DROP * size)
            row[j] = best
    return table[-1][-1]


def _moved(meant: str, typed: str) -> bool:
    """True when `typed` is `meant` (three letters) with its first or last letter moved to the other end."""
    return meant != typed and typed in {meant[1:] + meant[0], meant[2] + meant[:2]}


def _indel(word: str, index: int) -> float:
    letter = word[index]
    # Dropping or adding one of a pair of doubled letters is the commonest slip of all.
    if (index > 0 and word[index - 1] == letter) or (index + 1 < len(word) and word[index + 1] == letter):
        return 0.4
    if letter in "eh":
        return 0.8
    if letter in _VOWELS:
        return VOWEL_INDEL
    return 1.0


def _substitution(a: str, b: str) -> float:
    if a == b:
        return 0.0
    if a in _VOWELS and b in _VOWELS:
        return VOWEL_SWAP
    if (a, b) in _ADJACENT:
        return NEIGHBOUR_KEY
    return 1.0
