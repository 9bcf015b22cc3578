"""What part of speech an English word can be: counts from the Universal Dependencies English treebanks.

Several grammar rules need to know whether a word is a base-form verb ("look"), only an adjective
("proper") or a noun. data/word_classes.tsv, built by scripts/build_word_classes.py from UD English EWT
(CC BY-SA 4.0) and the CC BY genres of UD English GUM, holds for each word the Penn Treebank tags its form
carried and (as `@UPOS`) how often it was the lemma of a token of that universal tag: "hide" is known as a
verb from "hid" and "hiding" even where the treebanks never wrote "hide". It is read once per process.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources

_DATA = "word_classes.tsv"
# Penn Treebank tags of a base-form verb, and of the word classes that compete with it.
BASE_VERB = ("VB", "VBP")
NOUN = ("NN", "NNS")
ADJECTIVE = ("JJ", "JJR", "JJS")


@dataclass(frozen=True, slots=True, eq=False)
class WordClasses:
    """Read-only word -> tag counts with the questions the rules ask."""

    table: Mapping[str, Mapping[str, int]]

    def count(self, word: str, tags: Iterable[str]) -> int:
        """How often the lower-case `word` was tagged with one of `tags` (`@VERB` etc. count lemmas)."""
        counts = self.table.get(word, {})
        return sum(counts.get(tag, 0) for tag in tags)

    def total(self, word: str) -> int:
        """How often the word form was seen at all (lemma counts left out)."""
        return sum(count for tag, count in self.table.get(word, {}).items() if not tag.startswith("@"))

    def knows(self, word: str) -> bool:
        """True for a word in the table."""
        return word in self.table

    def is_base_verb(self, word: str, *, share: float = 0.8) -> bool:
        """A verb in its base form ("look", "hide") that is seldom anything else.

        The form's own tags decide when it was seen; a word seen only through its other forms counts as a
        base verb when it is the lemma of verbs far more often than of nouns and adjectives.
        """
        if self.total(word):
            return self.count(word, BASE_VERB) >= share * self.total(word)
        verbs = self.count(word, ("@VERB",))
        return verbs >= 2 and verbs >= share * (verbs + self.count(word, ("@NOUN", "@ADJ", "@ADV")))

    def is_adjective(self, word: str, *, share: float = 0.9) -> bool:
        """A word seen at least twice that is (almost) only an adjective ("proper", "complete")."""
        total = self.total(word)
        return total >= 2 and self.count(word, ADJECTIVE) >= share * total

    def can_be(self, word: str, tags: Iterable[str]) -> bool:
        """True when the word was ever tagged with one of `tags`."""
        return self.count(word, tags) > 0


@cache
def word_classes() -> WordClasses:
    """The shared table, read from the package data on first use."""
    text = resources.files("ficsense.checks").joinpath("data", _DATA).read_text(encoding="utf-8")
    return WordClasses(parse(text.splitlines()))


def parse(lines: Iterable[str]) -> dict[str, dict[str, int]]:
    """`word<TAB>TAG:count TAG:count` lines (and `#` comments) -> word -> tag -> count."""
    table: dict[str, dict[str, int]] = {}
    for line in lines:
        if not line or line.startswith("#"):
            continue
        word, _, counts = line.partition("\t")
        table[word] = {tag: int(count) for tag, _, count in (item.rpartition(":") for item in counts.split())}
    return table
