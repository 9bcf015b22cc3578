"""AO3's download format: the preface (tags, title, byline, summary, notes), the chapters, the end notes.

Shared by the HTML loader and the EPUB loader, whose preface page carries the same `dl.tags` block.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ficsense.loaders.htmltext import TextBuilder, element_text

# AO3 writes the singular when there is one value ("Fandom:") and the plural otherwise ("Fandoms:").
_TAG_KEYS = {
    "rating": "rating",
    "ratings": "rating",
    "archive warning": "archive_warnings",
    "archive warnings": "archive_warnings",
    "category": "categories",
    "categories": "categories",
    "fandom": "fandoms",
    "fandoms": "fandoms",
    "relationship": "relationships",
    "relationships": "relationships",
    "character": "characters",
    "characters": "characters",
    "additional tags": "additional_tags",
    "additional tag": "additional_tags",
    "freeform": "additional_tags",
    "language": "language",
    "series": "series",
    "collections": "collections",
    "collection": "collections",
    "stats": "stats",
}
_LIST_KEYS = frozenset(
    {
        "rating",
        "archive_warnings",
        "categories",
        "fandoms",
        "relationships",
        "characters",
        "additional_tags",
        "collections",
    }
)
_STAT = re.compile(r"(Published|Updated|Completed|Words|Chapters|Kudos|Bookmarks|Hits|Comments):\s*([^\s]+)")


def has_class(element: etree._Element, name: str) -> bool:
    """True when `element` carries the CSS class `name`."""
    return name in (element.get("class") or "").split()


def _local(element: etree._Element) -> str:
    tag = element.tag if isinstance(element.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def find_elements(root: etree._Element, tag: str, *, id_: str | None = None, cls: str | None = None) -> list:
    found = []
    for element in root.iter():
        if _local(element) != tag:
            continue
        if id_ is not None and element.get("id") != id_:
            continue
        if cls is not None and not has_class(element, cls):
            continue
        found.append(element)
    return found


def first_element(root: etree._Element, tag: str, **kwargs: str) -> etree._Element | None:
    found = find_elements(root, tag, **kwargs)
    return found[0] if found else None


def _plain(element: etree._Element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def parse_tags(dl: etree._Element) -> dict[str, Any]:
    """The author's tags from AO3's `dl.tags` block, keyed in snake case."""
    tags: dict[str, Any] = {}
    key: str | None = None
    for child in dl:
        name = _local(child)
        if name == "dt":
            label = _plain(child).rstrip(":").strip().lower()
            key = _TAG_KEYS.get(label, re.sub(r"\W+", "_", label).strip("_") or None)
        elif name == "dd" and key:
            links = [_plain(link) for link in child.iter() if _local(link) == "a" and _plain(link)]
            if key == "stats":
                tags[key] = {label.lower(): value for label, value in _STAT.findall(_plain(child))}
            elif key in _LIST_KEYS:
                tags[key] = links or [part.strip() for part in _plain(child).split(",") if part.strip()]
            else:
                tags[key] = _plain(child)
            key = None
    return tags


def _labelled_blockquotes(container: etree._Element) -> dict[str, str]:
    """AO3 writes `<p>Summary</p><blockquote>...</blockquote>`: the label is the paragraph before."""
    found: dict[str, str] = {}
    label: str | None = None
    for element in container.iter():
        name = _local(element)
        if name == "p" and not has_class(element, "message"):
            text = _plain(element).rstrip(":").strip().lower()
            label = text if len(text) < 40 else None
        elif name == "blockquote" and label:
            key = label.replace("chapter ", "").replace(" ", "_")
            found.setdefault(key, element_text(element))
            label = None
    return found


@dataclass
class Preface:
    """What AO3's preface says about a work."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def parse_preface(root: etree._Element) -> Preface | None:
    """The AO3 preface of a download (HTML page or EPUB preface page), or None if there is none."""
    dl = first_element(root, "dl", cls="tags")
    preface_div = first_element(root, "div", id_="preface")
    if dl is None and preface_div is None:
        return None
    scope = preface_div if preface_div is not None else root
    preface = Preface()
    if dl is not None:
        preface.metadata.update(parse_tags(dl))
    # Never `or` two lxml elements: an element without children is falsy, so a found one would be dropped.
    meta = first_element(scope, "div", cls="meta")
    if meta is None:
        meta = scope
    heading = first_element(meta, "h1")
    if heading is not None and _plain(heading):
        preface.title = _plain(heading)
    byline = first_element(meta, "div", cls="byline")
    if byline is not None:
        authors = [_plain(a) for a in byline.iter() if _local(a) == "a" and a.get("rel") == "author"]
        preface.authors = authors or [re.sub(r"^by\s+", "", _plain(byline))]
    for key, text in _labelled_blockquotes(meta).items():
        if key in ("summary", "notes"):
            preface.metadata[key] = text
    return preface


def parse_end_notes(root: etree._Element) -> str | None:
    """The work's end notes (`div#endnotes`), if any."""
    endnotes = first_element(root, "div", id_="endnotes")
    if endnotes is None:
        return None
    quote = first_element(endnotes, "blockquote")
    return element_text(quote) if quote is not None else None


@dataclass
class ChapterText:
    """One chapter as written into the text: its title, start/end offsets and its own notes."""

    title: str | None
    start: int
    end: int
    notes: dict[str, str]


def read_chapters(chapters_div: etree._Element, builder: TextBuilder) -> list[ChapterText]:
    """Write each chapter body into `builder`; AO3's single- and multi-chapter shapes both."""
    found: list[ChapterText] = []
    title: str | None = None
    notes: dict[str, str] = {}
    for child in chapters_div:
        name = _local(child)
        if name == "h2" and (has_class(child, "toc-heading") or has_class(child, "heading")):
            title = _plain(child) or None
        elif name == "div" and has_class(child, "meta"):
            heading = first_element(child, "h2", cls="heading")
            if heading is None:
                heading = first_element(child, "h2")
            if heading is not None and _plain(heading):
                title = _plain(heading)
                notes = _labelled_blockquotes(child)
            elif found:
                # A meta group after a chapter body holds that chapter's end notes.
                found[-1].notes.update(_labelled_blockquotes(child))
        elif name == "div" and has_class(child, "userstuff"):
            builder.end_block()
            start = builder.length + (2 if builder.length else 0)
            builder.add_element(child)
            end = builder.length
            if end > start:
                found.append(ChapterText(title, start, end, notes))
            title, notes = None, {}
    return found
