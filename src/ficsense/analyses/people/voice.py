"""Narrative person from pronoun counts in narration (dialogue left out: characters say "I" in any story)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Literal

from ficsense.document import Document

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
READER = re.compile(r"\b[YyXx]/[Nn]\b")
FIRST = frozenset("i me my mine myself".split())
SECOND = frozenset("you your yours yourself yourselves".split())
THIRD = frozenset("he she him her his hers himself herself they them their theirs".split())
Person = Literal["first", "second", "third"]
# Past-tense verbs a narrator tells with ("I was", "I saw"); "-ed" words count too.
_TELLING_PAST = frozenset(
    "was had did said went came thought knew felt saw told took made got found heard began left kept held stood "
    "sat ran meant brought gave spoke wrote met".split()
)
# A third-person thought tag ("I was a fool, she thought"): the "I" is a character's, not a narrator's.
_THOUGHT_TAG = re.compile(
    r"\b(?:he|she|they|[A-Z][a-z]+)\s+(?:thought|wondered|mused|reflected|told\s+(?:himself|herself|themselves))\b"
    r"|\b(?:thought|wondered|mused)\s+(?:he|she|they|[A-Z][a-z]+)\b"
)
# A plain-text author's note ("A/N: I wrote this for...") speaks as the author, not as a narrator.
_AUTHOR_NOTE = re.compile(r"\s*(?:A/N\b|AN:|Author['’]?s?\s+[Nn]otes?\b|Notes?:)", re.IGNORECASE)
# Share of the narration read as the opening, where a frame narrator introduces the tale.
_OPENING_SHARE = 0.1
# Words of the story proper in which an observer narrator steps forward (see `_observer_narrator`).
_OBSERVER_OPENING = 1000
_OBSERVER_SENTENCE_WORDS = 12


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
    and rivals he/she; first person when "I" reaches a quarter of he/she, when a frame narrator tells
    the opening (see `_frame_narrator`), or when an observer narrator comments on the characters in it
    (see `_observer_narrator`).
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
    if _frame_narrator(doc, words) or _observer_narrator(doc, words):
        return "first"
    return "third"


def _frame_narrator(doc: Document, words: list[tuple[str, int, int]]) -> bool:
    """Whether an "I" tells the opening in the past tense, as a frame narrator does before stepping back.

    A frame narrator ("When I first met him, I said...", "So I told the story") says "I" in the opening and
    rarely after, so whole-book counts call the book third person although the tale is told by an "I". At least
    five "I + past verb" pairs at three per 1,000 opening words are needed; a pair inside a sentence with a
    third-person thought tag ("I was a fool, she thought") is a character's unquoted thought, common in fan
    fiction, and does not count; nor does one in an author's note.
    """
    opening = words[: int(len(words) * _OPENING_SHARE)]
    sentence_starts = [sentence.start for sentence in doc.sentences]
    paragraph_starts = [paragraph.start for paragraph in doc.paragraphs]
    telling = 0
    for position in range(len(opening) - 1):
        if opening[position][0] != "i":
            continue
        verb = opening[position + 1][0]
        if not (verb in _TELLING_PAST or (verb.endswith("ed") and len(verb) > 3)):
            continue
        offset = opening[position][1]
        index = bisect_right(sentence_starts, offset) - 1
        if index >= 0:
            sentence = doc.sentences[index]
            if _THOUGHT_TAG.search(doc.text[sentence.start : sentence.end]):
                continue
        index = bisect_right(paragraph_starts, offset) - 1
        if index >= 0 and _AUTHOR_NOTE.match(doc.text, doc.paragraphs[index].start):
            continue
        telling += 1
    return telling >= 5 and telling >= 3 * len(opening) / 1000


def _story_words(doc: Document, words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Narration words without chapter headings ("CHAPTER I") and, when chapters are headed, without the
    front matter before the first heading (title page, dedication, epigraph: a poem's "you and I")."""
    skipped = [chapter.heading for chapter in doc.chapters if chapter.heading is not None]
    if len(doc.chapters) > 1 and doc.chapters[0].heading is None and doc.chapters[1].heading is not None:
        skipped.append(doc.chapters[0].span)
    if not skipped:
        return words
    skipped.sort(key=lambda span: span.start)
    starts = [span.start for span in skipped]
    kept = []
    for word in words:
        index = bisect_right(starts, word[1]) - 1
        if index < 0 or word[1] >= skipped[index].end:
            kept.append(word)
    return kept


def _observer_narrator(doc: Document, words: list[tuple[str, int, int]]) -> bool:
    """Whether an "I" comments on the characters in the opening, as an observer narrator does.

    Such a narrator ("I hardly know whether it was the scenery or the company that pleased the young man
    most", "Very few people, I think, had seen her") tells of others and steps forward inside long
    sentences about them, often in the present tense of the telling. At least three such "I"s in the first
    1,000 words of the story proper are needed, each in a sentence of twelve words or more that also speaks
    of a third person, in a paragraph with no more first- than third-person pronouns. A character's unquoted
    thought ("I can't do this.") is short and about the self; a letter or diary is mostly "I".
    """
    opening = _story_words(doc, words)[:_OBSERVER_OPENING]
    sentence_starts = [sentence.start for sentence in doc.sentences]
    paragraph_starts = [paragraph.start for paragraph in doc.paragraphs]
    positions = [start for _, start, _ in opening]
    found = 0
    for word, offset, _ in opening:
        if word != "i":
            continue
        index = bisect_right(sentence_starts, offset) - 1
        if index < 0:
            continue
        sentence = doc.sentences[index]
        if _THOUGHT_TAG.search(doc.text[sentence.start : sentence.end]):
            continue
        inside = opening[bisect_right(positions, sentence.start - 1) : bisect_right(positions, sentence.end - 1)]
        if len(inside) < _OBSERVER_SENTENCE_WORDS or not any(w in THIRD for w, _, _ in inside):
            continue
        index = bisect_right(paragraph_starts, offset) - 1
        paragraph = doc.paragraphs[index]
        if _AUTHOR_NOTE.match(doc.text, paragraph.start):
            continue
        around = opening[bisect_right(positions, paragraph.start - 1) : bisect_right(positions, paragraph.end - 1)]
        if sum(w in FIRST for w, _, _ in around) > sum(w in THIRD for w, _, _ in around):
            continue
        found += 1
    return found >= 3
