"""Sentence boundaries inside one paragraph.

Rules, not a model: a terminator (. ! ? … or an interrupting dash before a closing quote), any closing
quotes or brackets after it, whitespace, and then something that can start a sentence. A lowercase word
after the terminator keeps the sentence going, which is what makes `"Why?" he asked` one sentence.
"""

from __future__ import annotations

import re

from ficsense.document.model import Span
from ficsense.document.textutil import skip_space, trim_end

_TERMINATOR = re.compile(r"""(?:[.!?‽…]+|[—–―]+(?=["”’'])|-{2,}(?=["”’']))["”’'»)\]*_~]*(?=\s)""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")

# Titles never end a sentence: "Mr. Darcy", "Dr. Watson", "St. Mungo's".
_TITLES = frozenset(
    "mr mrs ms mx dr prof st sr jr capt sgt lt col gen rev hon messrs mme mlle mssrs fr gov pres sen rep "
    "cpl pvt maj adm cmdr insp det supt".split()
)
# Abbreviations that sit inside sentences; a capital after them is usually a name, not a new sentence.
_INNER_ABBREVIATIONS = frozenset("e.g i.e vs cf viz approx ca esp fig vol pp".split())


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentence spans covering the non-blank text of `paragraph`, in order."""
    start = skip_space(text, paragraph.start, paragraph.end)
    sentences: list[Span] = []
    for match in _TERMINATOR.finditer(text, start, paragraph.end):
        boundary = match.end()
        next_start = skip_space(text, boundary, paragraph.end)
        if next_start >= paragraph.end or boundary <= start:
            continue
        if not _starts_sentence(text, match, next_start):
            continue
        sentences.append(Span(start, trim_end(text, start, boundary)))
        start = next_start
    end = trim_end(text, start, paragraph.end)
    if end > start:
        sentences.append(Span(start, end))
    return sentences


def _starts_sentence(text: str, match: re.Match[str], next_start: int) -> bool:
    next_char = text[next_start]
    if next_char.islower() or next_char in ",;:)]}":
        return False
    terminator = match.group(0).rstrip("\"”’'»)]*_~")
    if terminator == ".":
        word = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
        if word:
            lowered = word.group(1).lower()
            if lowered in _TITLES or lowered in _INNER_ABBREVIATIONS:
                return False
            # An initial ("J. K. Rowling") is a lone capital letter before the period.
            if len(lowered) == 1 and word.group(1).isupper() and next_char.isupper():
                return False
            if lowered == "no" and next_char.isdigit():
                return False
    return True
