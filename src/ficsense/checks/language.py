"""English word and word-pair frequencies: the language model behind spelling and real-word checks.

The counts ship inside symspellpy (MIT): 82,765 words with Google Books n-gram counts and 242,342
lower-case word pairs. wordfreq (Apache-2.0 code, CC BY-SA 4.0 data) adds frequencies for 321,180 word
forms, so that a rare but real word ("inveigh", "immoveable") is known. They are read once per process
(`english()`), because every story needs the same read-only tables and reading them takes about a second.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import wordfreq

_UNIGRAMS = "frequency_dictionary_en_82_765.txt"
_BIGRAMS = "frequency_bigramdictionary_en_243_342.txt"
# The pair list stops at this count; a missing pair is taken to be half as common as the rarest listed one.
_BIGRAM_FLOOR = 5_000_000
# Rarer words are still known (never flagged) but are not offered as corrections: a typo is almost never
# meant to be a word this rare, and leaving them out of the index halves its build time.
_INDEX_MIN_COUNT = 100_000


# eq=False: a model is one shared table, compared and hashed by identity (it keys the sound index cache).
@dataclass(frozen=True, slots=True, eq=False)
class LanguageModel:
    """Read-only word and word-pair counts with the queries the rules need."""

    unigrams: Mapping[str, int]
    bigrams: Mapping[str, int]
    deletes: Mapping[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    frequencies: Mapping[str, float] = field(default_factory=dict, repr=False)

    def frequency(self, word: str) -> float:
        """wordfreq's frequency of a lower-case word form (0.0 when unseen); typos common on the web included."""
        return self.frequencies.get(word, 0.0)

    def count(self, word: str) -> int:
        """How often a lower-case word occurs (0 when unknown)."""
        return self.unigrams.get(word, 0)

    def log_count(self, word: str) -> float:
        """log10 of a word's count, floored at one."""
        return math.log10(max(self.unigrams.get(word, 0), 1))

    def knows(self, word: str) -> bool:
        """True for a word in the dictionary."""
        return word in self.unigrams

    def pair(self, first: str, second: str) -> int:
        """How often two lower-case words occur side by side (0 when the pair is not listed)."""
        return self.bigrams.get(f"{first} {second}", 0)

    def follow(self, first: str, second: str) -> float:
        """log P(second | first), with unlisted pairs floored so that absence is weak evidence."""
        count = self.bigrams.get(f"{first} {second}", 0) or _BIGRAM_FLOOR / 2
        return math.log10(count) - math.log10(max(self.unigrams.get(first, 0), 1) + _BIGRAM_FLOOR)

    def precede(self, first: str, second: str) -> float:
        """log P(first | second): how well `first` predicts as the word before `second`."""
        count = self.bigrams.get(f"{first} {second}", 0) or _BIGRAM_FLOOR / 2
        return math.log10(count) - math.log10(max(self.unigrams.get(second, 0), 1) + _BIGRAM_FLOOR)

    def candidates(self, word: str) -> set[str]:
        """Indexed dictionary words within two edits of `word` (insert, delete, substitute, swap)."""
        unigrams, deletes = self.unigrams, self.deletes
        found: set[str] = set()
        for edited in {word} | _edits(word):
            # `edited` itself, a word one letter longer than it, and (through its deletions) a word that
            # differs from it by one more substitution: together every word two edits away.
            if edited in unigrams:
                found.add(edited)
            found.update(deletes.get(edited, ()))
            for shorter in _deletes(edited):
                if shorter in unigrams:
                    found.add(shorter)
                found.update(deletes.get(shorter, ()))
        found.discard(word)
        return found


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _edits(word: str) -> set[str]:
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    edited = {left + right[1:] for left, right in splits if right}
    edited |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edited |= {left + letter + right[1:] for left, right in splits if right for letter in _LETTERS}
    edited |= {left + letter + right for left, right in splits for letter in _LETTERS}
    return edited


def _deletes(word: str) -> set[str]:
    return {word[:index] + word[index + 1 :] for index in range(len(word))}


def _read(name: str) -> Iterable[str]:
    with resources.files("symspellpy").joinpath(name).open(encoding="utf-8") as handle:
        yield from handle


@cache
def english() -> LanguageModel:
    """The shipped English model, built once per process."""
    unigrams: dict[str, int] = {}
    for line in _read(_UNIGRAMS):
        word, _, count = line.rstrip("\n").partition(" ")
        if word.isalpha() or "'" in word:
            unigrams[word] = int(count)
    bigrams: dict[str, int] = {}
    for line in _read(_BIGRAMS):
        pair, _, count = line.rstrip("\n").rpartition(" ")
        bigrams[pair] = int(count)
    return LanguageModel(
        unigrams=unigrams,
        bigrams=bigrams,
        deletes=_delete_index(unigrams),
        frequencies=wordfreq.get_frequency_dict("en", wordlist="large"),
    )


def _delete_index(unigrams: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    # Only words of three letters or more: shorter ones make every short typo ambiguous.
    index: defaultdict[str, list[str]] = defaultdict(list)
    for word, count in unigrams.items():
        if len(word) >= 3 and count >= _INDEX_MIN_COUNT:
            for position in range(len(word)):
                index[word[:position] + word[position + 1 :]].append(word)
    return {variant: tuple(words) for variant, words in index.items()}
