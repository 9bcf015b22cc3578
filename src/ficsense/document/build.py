"""Turn decoded text (plus whatever structure a loader already knows) into a `Document`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ficsense.document.model import Chapter, Document, Scene, SourceInfo, Span
from ficsense.document.quotes import find_quotes
from ficsense.document.sentences import split_sentences
from ficsense.document.structure import (
    Line,
    chapter_heading_title,
    is_hard_wrapped,
    is_scene_break,
    iter_lines,
)
from ficsense.document.tokens import tokenize

ParagraphMode = Literal["auto", "blocks", "lines"]


@dataclass(frozen=True, slots=True)
class ChapterMark:
    """A chapter a loader found in the source structure (AO3 HTML, EPUB spine)."""

    span: Span
    title: str | None = None


def build_document(
    text: str,
    *,
    source: SourceInfo,
    chapters: Sequence[ChapterMark] | None = None,
    scene_breaks: Sequence[int] = (),
    paragraph_mode: ParagraphMode = "auto",
) -> Document:
    """Segment `text` into chapters, scenes, paragraphs, sentences, tokens and quotes.

    `chapters` and `scene_breaks` (offsets where a `<hr>` stood) come from loaders that know the structure;
    without them chapter headings and break lines are found in the text itself.
    """
    lines = list(iter_lines(text))
    markdown = source.format == "md"
    headings = [] if chapters is not None else _heading_lines(text, lines, markdown=markdown)
    heading_starts = {line.span.start for line, _ in headings}
    if chapters is None:
        chapter_list = _chapters_from_headings(text, headings)
    else:
        chapter_list = [Chapter(mark.span, mark.title) for mark in chapters]

    blocks = paragraph_mode == "blocks" or (paragraph_mode == "auto" and is_hard_wrapped(lines))
    paragraphs: list[Span] = []
    break_lines: list[Span] = []
    pending: list[Line] = []

    def flush() -> None:
        if pending:
            paragraphs.append(Span(pending[0].stripped.start, pending[-1].stripped.end))
            pending.clear()

    for line in lines:
        if line.blank:
            flush()
            continue
        if line.span.start in heading_starts:
            flush()
            continue
        if is_scene_break(text[line.stripped.start : line.stripped.end]):
            flush()
            break_lines.append(line.stripped)
            continue
        if not blocks:
            flush()
        pending.append(line)
    flush()

    breaks = sorted([*break_lines, *(Span(offset, offset) for offset in scene_breaks)])
    sentences = [sentence for paragraph in paragraphs for sentence in split_sentences(text, paragraph)]
    tokens = [token for paragraph in paragraphs for token in tokenize(text, paragraph)]
    return Document(
        text=text,
        source=source,
        chapters=tuple(chapter_list),
        scenes=tuple(_scenes(chapter_list, paragraphs, breaks)),
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        tokens=tuple(tokens),
        quotes=tuple(find_quotes(text, paragraphs)),
    )


def _heading_lines(text: str, lines: list[Line], *, markdown: bool) -> list[tuple[Line, str]]:
    found: list[tuple[Line, str]] = []
    for line in lines:
        if line.blank:
            continue
        title = chapter_heading_title(text[line.stripped.start : line.stripped.end], markdown=False)
        if title is not None:
            found.append((line, title))
    if found or not markdown:
        return found
    for line in lines:
        if not line.blank and text[line.stripped.start] == "#":
            title = chapter_heading_title(text[line.stripped.start : line.stripped.end], markdown=True)
            if title is not None:
                found.append((line, title))
    return found


def _chapters_from_headings(text: str, headings: list[tuple[Line, str]]) -> list[Chapter]:
    if not text.strip():
        return []
    if not headings:
        return [Chapter(Span(0, len(text)))]
    chapters: list[Chapter] = []
    first = headings[0][0].span.start
    if text[:first].strip():
        chapters.append(Chapter(Span(0, first)))
    for index, (line, title) in enumerate(headings):
        end = headings[index + 1][0].span.start if index + 1 < len(headings) else len(text)
        chapters.append(Chapter(Span(line.span.start, end), title or None, heading=line.stripped))
    return chapters


def _scenes(chapters: list[Chapter], paragraphs: list[Span], breaks: list[Span]) -> list[Scene]:
    scenes: list[Scene] = []
    break_index = 0
    paragraph_index = 0
    for chapter_index, chapter in enumerate(chapters):
        group: list[Span] = []
        opening_break: Span | None = None
        while paragraph_index < len(paragraphs) and paragraphs[paragraph_index].start < chapter.span.end:
            paragraph = paragraphs[paragraph_index]
            while break_index < len(breaks) and breaks[break_index].start <= paragraph.start:
                if breaks[break_index].start >= chapter.span.start:
                    if group:
                        scenes.append(Scene(Span(group[0].start, group[-1].end), chapter_index, opening_break))
                        group = []
                    opening_break = breaks[break_index]
                break_index += 1
            group.append(paragraph)
            paragraph_index += 1
        if group:
            scenes.append(Scene(Span(group[0].start, group[-1].end), chapter_index, opening_break))
    return scenes
