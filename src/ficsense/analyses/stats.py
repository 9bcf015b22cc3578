"""Size and shape of a story: words, chapters, scenes, paragraphs, sentences, dialogue share, reading time."""

from __future__ import annotations

from ficsense.document import Document
from ficsense.report.model import Stats

# Reading speed for adult silent reading of fiction (Brysbaert 2019, 238 words per minute).
WORDS_PER_MINUTE = 238


def document_stats(doc: Document) -> Stats:
    """Counts over the document's segment layers."""
    words = doc.words()
    return Stats(
        words=len(words),
        chapters=len(doc.chapters),
        scenes=len(doc.scenes),
        paragraphs=len(doc.paragraphs),
        sentences=len(doc.sentences),
        dialogue_ratio=_dialogue_words(doc, words) / len(words) if words else 0.0,
        reading_minutes=len(words) / WORDS_PER_MINUTE,
    )


def _dialogue_words(doc: Document, words: list) -> int:
    quotes = [quote.span for quote in doc.quotes]
    inside = 0
    index = 0
    for word in words:
        while index < len(quotes) and quotes[index].end <= word.start:
            index += 1
        if index < len(quotes) and quotes[index].start <= word.start:
            inside += 1
    return inside
