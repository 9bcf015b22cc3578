"""Narrative person from pronoun counts in narration (dialogue left out: characters say "I" in any story)."""

from __future__ import annotations

import re
from collections import Counter
from typing import Literal

from ficsense.document import Document

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
READER = re.compile(r"\b[YyXx]/[Nn]\b")
FIRST = frozenset("i me my mine myself".split())
SECOND = frozenset("you your yours yourself yourselves".split())
THIRD = frozenset("he she him her his hers himself herself they them their theirs".split())
Person = Literal["first", "second", "third"]


def narration_words(doc: Document) -> list[tuple[str, int, int]]:
    """Words outside dialogue, lower-cased, with offsets."""
    quotes = [quote.span for quote in doc.quotes]
    words = []
    index = 0
    for match in _WORD.finditer(doc.text):
        while index < len(quotes) and quotes[index].end <= match.start():
            index += 1
        if index < len(quotes) and quotes[index].start <= match.start():
            continue
        words.append((match.group().lower(), match.start(), match.end()))
    return words


def narrative_person(doc: Document, words: list[tuple[str, int, int]] | None = None) -> Person | None:
    """First, second or third person from pronoun counts in narration.

    Second person wins with a reader-insert placeholder used more than once, or when "you" outnumbers "I"
    and rivals he/she; first person when "I" reaches a quarter of he/she.
    """
    words = narration_words(doc) if words is None else words
    counts = Counter("1" if w in FIRST else "2" if w in SECOND else "3" if w in THIRD else "" for w, _, _ in words)
    first, second, third = counts["1"], counts["2"], counts["3"]
    readers = len(READER.findall(doc.text))
    if first == second == readers == 0:
        # No "I" or "you" anywhere in the narration: third person, given enough narration to tell.
        return "third" if len(words) >= 8 else None
    if first + second + third < 3 and readers < 2:
        return None
    if readers >= 2 or (second > first and second >= 0.5 * third):
        return "second"
    if first >= 0.25 * third and first >= 3:
        return "first"
    return "third"
