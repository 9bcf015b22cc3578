"""Short, single-line quotations of the story for renderers that show evidence."""

from __future__ import annotations

import bisect

from ficsense.document import Document


def excerpt(doc: Document, start: int, end: int, *, limit: int = 90) -> str:
    """The text of `[start, end)` on one line, shortened in the middle past `limit` characters."""
    text = " ".join(doc.text[start:end].split())
    if len(text) <= limit:
        return text
    half = (limit - 1) // 2
    return f"{text[:half].rstrip()}…{text[-half:].lstrip()}"


def chapter_number(doc: Document, offset: int) -> int | None:
    """1-based number of the chapter holding `offset`, or None when the story has one chapter."""
    if len(doc.chapters) < 2:
        return None
    starts = [chapter.span.start for chapter in doc.chapters]
    return max(1, bisect.bisect_right(starts, offset))


def where(doc: Document, offset: int) -> str:
    """'chapter 3, line 120' or 'line 120'."""
    line, _ = doc.line_col(offset)
    number = chapter_number(doc, offset)
    return f"chapter {number}, line {line}" if number else f"line {line}"
