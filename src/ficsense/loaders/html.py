"""HTML loader: AO3 downloads in full, any other page as the readable text of its `<body>`."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from ficsense.document import ChapterMark, Document, SourceInfo, Span, build_document
from ficsense.errors import InputError
from ficsense.loaders.ao3 import first_element, parse_end_notes, parse_preface, read_chapters
from ficsense.loaders.htmltext import TextBuilder

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)


def parse_html(markup: str) -> etree._Element:
    """Parse HTML leniently, or raise InputError for markup with nothing in it."""
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", markup, count=1))
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"broken HTML: {error}") from None


def load_html(markup: str, *, path: str | None) -> Document:
    """Load an AO3 HTML download (or any HTML page) into a Document."""
    root = parse_html(markup)
    chapters_div = first_element(root, "div", id_="chapters")
    preface = parse_preface(root)
    if chapters_div is None or preface is None:
        return _load_plain_page(root, path=path)

    builder = TextBuilder()
    chapters = read_chapters(chapters_div, builder)
    text = builder.text()
    if not text.strip():
        raise InputError("the AO3 download has no chapter text")
    metadata = dict(preface.metadata)
    end_notes = parse_end_notes(root)
    if end_notes:
        metadata["end_notes"] = end_notes
    chapter_notes = [{"title": c.title, **c.notes} for c in chapters if c.notes]
    if chapter_notes:
        metadata["chapter_notes"] = chapter_notes
    source = SourceInfo(path, "ao3-html", preface.title, tuple(preface.authors), metadata)
    marks = [ChapterMark(Span(c.start, c.end), c.title) for c in chapters]
    return build_document(
        text, source=source, chapters=marks, scene_breaks=builder.scene_breaks, paragraph_mode="blocks"
    )


def _load_plain_page(root: etree._Element, *, path: str | None) -> Document:
    body = first_element(root, "body")
    builder = TextBuilder()
    builder.add_element(body if body is not None else root)
    text = builder.text()
    if not text.strip():
        raise InputError("the HTML page has no readable text")
    title_element = first_element(root, "title")
    title = " ".join(title_element.text_content().split()) if title_element is not None else None
    source = SourceInfo(path, "html", title or None)
    return build_document(text, source=source, scene_breaks=builder.scene_breaks, paragraph_mode="blocks")
