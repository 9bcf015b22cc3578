"""EPUB loader (AO3's and FanFicFare's): spine order, chapter titles from the table of contents,
`dc:subject` tags and the `dc:description` summary.

An EPUB is a zip archive from a stranger, so every member is read with a size bound (a zip bomb stops at the
bound, whatever its header claims) and every path must stay inside the archive.
"""

from __future__ import annotations

import codecs
import io
import posixpath
import re
import zipfile
import zlib
from typing import Any
from urllib.parse import unquote

import lxml.html
from lxml import etree

from ficsense.document import ChapterMark, Document, SourceInfo, Span, build_document
from ficsense.errors import InputError
from ficsense.loaders.ao3 import find_elements, first_element, has_class, parse_end_notes, parse_preface, read_chapters
from ficsense.loaders.htmltext import TextBuilder, element_text

MEMBER_LIMIT = 32 * 1024 * 1024
TOTAL_LIMIT = 128 * 1024 * 1024
_XML_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True)
_NS = {
    "opf": "http://www.idpf.org/2007/opf",
    "dc": "http://purl.org/dc/elements/1.1/",
    "ncx": "http://www.daisy.org/z3986/2005/ncx/",
    "container": "urn:oasis:names:tc:opendocument:xmlns:container",
}
# Pages around the story that are not chapters: FanFicFare's title and contents pages, covers, navigation.
_NON_CHAPTER = re.compile(r"(?:^|[/_-])(?:title_?page|toc_?page|toc|nav|cover|information|log_page|copyright)\b", re.I)
_HEADINGS = ("h1", "h2", "h3")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")


def looks_like_epub(data: bytes) -> bool:
    """True for a zip archive that declares itself an EPUB."""
    return data.startswith(b"PK\x03\x04") and (b"application/epub+zip" in data[:200] or b"META-INF/" in data)


class _Archive:
    """Bounded, path-checked reads from an EPUB zip."""

    def __init__(self, data: bytes) -> None:
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            names = self._zip.namelist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as error:
            raise InputError(f"broken EPUB: not a readable zip archive ({error})") from None
        for name in names:
            if _escapes(name):
                raise InputError(f"unsafe EPUB: member path {name!r} escapes the archive")
        self._names = set(names)
        self._read_total = 0

    def read(self, name: str) -> bytes:
        if _escapes(name):
            raise InputError(f"unsafe EPUB: path {name!r} escapes the archive")
        if name not in self._names:
            raise InputError(f"broken EPUB: {name!r} is listed but missing from the archive")
        try:
            info = self._zip.getinfo(name)
            if info.file_size > MEMBER_LIMIT:
                raise _too_large(name)
            with self._zip.open(info) as member:
                data = member.read(MEMBER_LIMIT + 1)
        except InputError:
            raise
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as error:
            raise InputError(f"broken EPUB: cannot read {name!r} ({error})") from None
        if len(data) > MEMBER_LIMIT:
            raise _too_large(name)
        self._read_total += len(data)
        if self._read_total > TOTAL_LIMIT:
            raise InputError(f"unsafe EPUB: its contents inflate past {TOTAL_LIMIT // 2**20} MB")
        return data

    def has(self, name: str) -> bool:
        return name in self._names


def _too_large(name: str) -> InputError:
    return InputError(f"unsafe EPUB: member {name!r} inflates past {MEMBER_LIMIT // 2**20} MB (a zip bomb?)")


def _escapes(name: str) -> bool:
    normalized = posixpath.normpath(name.replace("\\", "/"))
    return name.startswith(("/", "\\")) or bool(re.match(r"^[A-Za-z]:", name)) or normalized.startswith("..")


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _href_path(href: str) -> str:
    """The archive path an href names: fragment dropped, percent-escapes decoded ("Chapter%201.xhtml")."""
    return unquote(href.split("#", 1)[0])


def _xml(data: bytes, what: str) -> etree._Element:
    try:
        root = etree.fromstring(data, _XML_PARSER)
    except etree.XMLSyntaxError as error:
        raise InputError(f"broken EPUB: {what} is not valid XML ({error})") from None
    if root is None:
        raise InputError(f"broken EPUB: {what} is empty")
    return root


def _xhtml(data: bytes) -> etree._Element | None:
    # The HTML parser ignores an XML declaration's encoding, so a page declared windows-1252 would be read as
    # UTF-8 and its curly quotes lost. Pass the declared encoding on, but only for bytes that are not UTF-8:
    # pages that say "ascii" or "iso-8859-1" and hold UTF-8 are common, and UTF-8 reads them right.
    declared = _XML_ENCODING.match(data)
    parser = None
    if declared and not _is_utf8(data):
        try:
            parser = lxml.html.HTMLParser(encoding=codecs.lookup(declared.group(1).decode("ascii")).name)
        except (LookupError, UnicodeDecodeError):
            parser = None
    try:
        return lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError, LookupError):
        return None


def load_epub(data: bytes, *, path: str | None) -> Document:
    """Load an EPUB into a Document, its chapters in spine order."""
    archive = _Archive(data)
    if not archive.has("META-INF/container.xml"):
        raise InputError("broken EPUB: META-INF/container.xml is missing")
    container = _xml(archive.read("META-INF/container.xml"), "container.xml")
    rootfiles = container.xpath("//container:rootfile/@full-path", namespaces=_NS)
    if not rootfiles:
        raise InputError("broken EPUB: container.xml names no package file")
    opf_path = str(rootfiles[0])
    opf = _xml(archive.read(opf_path), opf_path)
    base = posixpath.dirname(opf_path)

    def resolve(href: str) -> str:
        joined = posixpath.normpath(posixpath.join(base, _href_path(href)))
        if _escapes(joined):
            raise InputError(f"unsafe EPUB: {href!r} points outside the archive")
        return joined

    manifest = {
        item.get("id"): (resolve(item.get("href", "")), item.get("media-type", ""), item.get("properties", ""))
        for item in opf.xpath("//opf:manifest/opf:item", namespaces=_NS)
        if item.get("href")
    }
    toc_titles = _toc_titles(archive, opf, manifest, resolve)
    metadata = _dc_metadata(opf)
    title = metadata.pop("title", None)
    authors = metadata.pop("authors", [])

    builder = TextBuilder()
    marks: list[ChapterMark] = []
    for idref in opf.xpath("//opf:spine/opf:itemref/@idref", namespaces=_NS):
        entry = manifest.get(str(idref))
        if entry is None:
            continue
        href, media_type, properties = entry
        if "nav" in properties.split() or "html" not in media_type or _NON_CHAPTER.search(href):
            continue
        page = _xhtml(archive.read(href))
        if page is None:
            continue
        preface = parse_preface(page)
        if preface is not None and first_element(page, "div", id_="chapters") is None:
            # AO3's preface page: the author's tags, which the OPF only half carries.
            metadata.update(preface.metadata)
            title = title or preface.title
            authors = authors or preface.authors
            continue
        afterword = first_element(page, "div", id_="afterword")
        if afterword is not None or first_element(page, "div", id_="endnotes") is not None:
            end_notes = parse_end_notes(page)
            if end_notes:
                metadata["end_notes"] = end_notes
            continue
        marks.extend(_read_page(page, builder, toc_titles.get(href)))
    text = builder.text()
    if not text.strip():
        raise InputError("the EPUB has no chapter text")
    source = SourceInfo(path, "epub", title, tuple(authors), metadata)
    return build_document(
        text, source=source, chapters=marks, scene_breaks=builder.scene_breaks, paragraph_mode="blocks"
    )


def _read_page(page: etree._Element, builder: TextBuilder, toc_title: str | None) -> list[ChapterMark]:
    chapters_div = first_element(page, "div", id_="chapters")
    if chapters_div is not None:
        found = read_chapters(chapters_div, builder)
        return [ChapterMark(Span(c.start, c.end), c.title or toc_title) for c in found]
    bodies = [
        div
        for div in find_elements(page, "div", cls="userstuff")
        if not any(has_class(a, "meta") or a.tag == "blockquote" for a in div.iterancestors())
    ]
    skip: frozenset[etree._Element] = frozenset()
    title = toc_title
    if not bodies:
        body = first_element(page, "body")
        bodies = [body if body is not None else page]
        heading = next((h for tag in _HEADINGS for h in find_elements(bodies[0], tag)), None)
        if heading is not None:
            title = title or " ".join(heading.text_content().split()) or None
            skip = frozenset({heading})
    else:
        heading = first_element(page, "h2", cls="heading")
        if heading is not None:
            title = " ".join(heading.text_content().split()) or title
    builder.end_block()
    start = builder.length + (2 if builder.length else 0)
    for body in bodies:
        builder.add_element(body, skip=skip)
    end = builder.length
    return [ChapterMark(Span(start, end), title)] if end > start else []


def _toc_titles(archive: _Archive, opf: etree._Element, manifest: dict, resolve: Any) -> dict[str, str]:
    titles: dict[str, str] = {}
    for href, media_type, properties in manifest.values():
        if media_type == "application/x-dtbncx+xml":
            ncx = _xml(archive.read(href), href)
            ncx_base = posixpath.dirname(href)
            for point in ncx.xpath("//ncx:navPoint", namespaces=_NS):
                label = " ".join(" ".join(point.xpath("./ncx:navLabel/ncx:text/text()", namespaces=_NS)).split())
                src = point.xpath("./ncx:content/@src", namespaces=_NS)
                if label and src:
                    target = posixpath.normpath(posixpath.join(ncx_base, _href_path(str(src[0]))))
                    titles.setdefault(target, label)
        elif "nav" in properties.split():
            nav = _xhtml(archive.read(href))
            if nav is None:
                continue
            nav_base = posixpath.dirname(href)
            for link in nav.iter("a"):
                target_href = link.get("href")
                label = " ".join(link.text_content().split())
                if target_href and label:
                    target = posixpath.normpath(posixpath.join(nav_base, _href_path(target_href)))
                    titles.setdefault(target, label)
    return titles


def _dc_metadata(opf: etree._Element) -> dict[str, Any]:
    def values(name: str) -> list[str]:
        found = opf.xpath(f"//opf:metadata/dc:{name}/text()", namespaces=_NS)
        return [" ".join(str(value).split()) for value in found if str(value).strip()]

    metadata: dict[str, Any] = {}
    titles = values("title")
    if titles:
        metadata["title"] = titles[0]
    metadata["authors"] = values("creator")
    subjects = values("subject")
    if subjects:
        metadata["subjects"] = subjects
    languages = values("language")
    if languages:
        metadata["language"] = languages[0]
    descriptions = opf.xpath("//opf:metadata/dc:description/text()", namespaces=_NS)
    if descriptions and str(descriptions[0]).strip():
        description = str(descriptions[0])
        # dc:description holds escaped HTML in AO3's and FanFicFare's books.
        page = _xhtml(description.encode("utf-8")) if "<" in description else None
        metadata["summary"] = element_text(page) if page is not None else " ".join(description.split())
    return metadata
