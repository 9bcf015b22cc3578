"""Which characters a stretch of text names, from the characters analysis' names and aliases.

Only name words that belong to exactly one character count ("Elliot" shared by a family counts for none of
them), and titles never do: a sentence is credited to a character only when the text leaves no doubt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from ficsense.report.model import Character

NAME_WORD = re.compile(r"\b[A-Z][a-z]+\b")
TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr", "Lady", "Lord", "Sir", "Captain", "Aunt", "Uncle", "The"})


@dataclass(frozen=True, slots=True)
class CastIndex:
    """Name words that identify exactly one character, and the characters themselves."""

    characters: tuple[Character, ...]
    owner: Mapping[str, int]

    def named_in(self, text: str) -> frozenset[int]:
        """The characters (by index) a text names unambiguously."""
        return frozenset(self.owner[word] for word in NAME_WORD.findall(text) if word in self.owner)


def cast_index(characters: Sequence[Character], *, include_mentioned: bool = False) -> CastIndex:
    """Index the characters' unambiguous name words (minor "mentioned" characters left out by default)."""
    owners: dict[str, set[int]] = {}
    for number, character in enumerate(characters):
        if character.role == "mentioned" and not include_mentioned:
            continue
        for form in (character.name, *character.aliases):
            for word in NAME_WORD.findall(form):
                if word not in TITLES:
                    owners.setdefault(word, set()).add(number)
    unique = {word: next(iter(numbers)) for word, numbers in owners.items() if len(numbers) == 1}
    return CastIndex(tuple(characters), MappingProxyType(unique))
