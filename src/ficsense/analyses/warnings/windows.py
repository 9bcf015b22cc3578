"""Passage windows over a Document: runs of whole paragraphs about as long as the training passages.

The Webis AO3 passages average 87 words, so a window gathers paragraphs until it holds at least
`min_words`; a paragraph longer than `max_words` is cut at sentence boundaries instead. Windows never
overlap and never cross a chapter edge, so each piece of text is judged once and evidence stays local.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ficsense.document import Document, Span

MIN_WORDS = 80
MAX_WORDS = 250


def _word_count(text: str) -> int:
    return len(text.split())


def _units(doc: Document, max_words: int) -> list[Span]:
    """Paragraphs, with overlong ones replaced by their sentences."""
    paragraphs = list(doc.paragraphs) or [Span(0, len(doc.text))]
    sentence_starts = [sentence.start for sentence in doc.sentences]
    units: list[Span] = []
    for paragraph in paragraphs:
        if _word_count(doc.slice(paragraph)) <= max_words:
            units.append(paragraph)
            continue
        first = bisect_left(sentence_starts, paragraph.start)
        last = bisect_right(sentence_starts, paragraph.end - 1)
        inside = [s for s in doc.sentences[first:last] if paragraph.contains(s)]
        units.extend(inside or [paragraph])
    return units


def passage_windows(doc: Document, *, min_words: int = MIN_WORDS, max_words: int = MAX_WORDS) -> tuple[Span, ...]:
    """Non-overlapping windows of whole paragraphs (or sentences) covering the text in order."""
    chapter_ends = sorted(chapter.span.end for chapter in doc.chapters)
    windows: list[Span] = []
    start: int | None = None
    end = 0
    words = 0
    for unit in _units(doc, max_words):
        crosses = start is not None and any(start < edge <= unit.start for edge in chapter_ends)
        if start is not None and (words >= min_words or words + _word_count(doc.slice(unit)) > max_words or crosses):
            windows.append(Span(start, end))
            start, words = None, 0
        if start is None:
            start = unit.start
        end = unit.end
        words += _word_count(doc.slice(unit))
    if start is not None:
        windows.append(Span(start, end))
    return tuple(windows)
