"""Fandom tags only with evidence: character names and terms distinctive to one fandom (issue 5, step 5).

A fandom is proposed when at least two different terms from its row in `data/fandom_terms.json` occur, so
a single shared name (a "Sherlock" in an original story) is never enough. Without such evidence the fandom
field stays empty: ficsense never guesses.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from ficsense.analyses.warnings.detect import sentence_at
from ficsense.document import Document, Span

MIN_TERMS = 2
MIN_MENTIONS = 3
MAX_EVIDENCE = 3


@dataclass(frozen=True, slots=True)
class Fandom:
    """A fandom with the sentences that name its terms."""

    name: str
    confidence: float
    evidence: tuple[tuple[Span, str], ...]


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, tuple[tuple[str, re.Pattern[str]], ...]], ...]:
    raw = json.loads(resources.files("ficsense.analyses.data").joinpath("fandom_terms.json").read_text("utf-8"))
    return tuple(
        # A pattern that starts with a literal is found by the fast literal search; a leading lookbehind is not.
        (name, tuple((term, re.compile(re.escape(term))) for term in terms))
        for name, terms in sorted(raw.items())
        if not name.startswith("_")
    )


def _whole_word(text: str, start: int, end: int) -> bool:
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def find_fandoms(doc: Document) -> tuple[Fandom, ...]:
    """Fandoms with at least two distinct terms in the text, strongest first."""
    found: list[Fandom] = []
    for name, terms in _table():
        seen: list[tuple[int, str, Span]] = []
        for term, pattern in terms:
            matches = [
                match for match in pattern.finditer(doc.text) if _whole_word(doc.text, match.start(), match.end())
            ]
            if matches:
                first = matches[0]
                seen.append((len(matches), term, Span(first.start(), first.end())))
        if len(seen) < MIN_TERMS or sum(count for count, _term, _span in seen) < MIN_MENTIONS:
            continue
        seen.sort(key=lambda item: (-item[0], item[2].start))
        evidence = tuple(
            (sentence_at(doc, span.start, span), f"{name} term “{term}” ({count} mentions)")
            for count, term, span in seen[:MAX_EVIDENCE]
        )
        found.append(Fandom(name, min(0.9, 0.4 + 0.1 * len(seen)), evidence))
    return tuple(sorted(found, key=lambda fandom: (-fandom.confidence, fandom.name)))
