"""Build small EPUB 2 archives in memory, well-formed or deliberately broken.

Used by the loader tests and by `scripts/build_sample_epub.py`, so the bundled sample and the tests exercise
the same layout: `mimetype` stored first and uncompressed, `META-INF/container.xml`, an OPF with Dublin Core
metadata, a `toc.ncx`, an optional AO3-style preface page and one XHTML page per chapter.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from xml.sax.saxutils import escape

# A fixed timestamp keeps the bytes of a built EPUB identical from run to run (a reproducible sample).
_DATE_TIME = (2024, 1, 1, 0, 0, 0)
_BOOK_ID = "urn:uuid:00000000-0000-4000-8000-000000000000"

CONTAINER_XML = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"""

_OPF = """<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="book-id">
  <metadata xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:opf="http://www.idpf.org/2007/opf">
    <dc:identifier id="book-id">{book_id}</dc:identifier>
    <dc:title>{title}</dc:title>
    <dc:creator opf:role="aut">{author}</dc:creator>
    <dc:language>en</dc:language>
{subjects}
    <dc:description>{description}</dc:description>
  </metadata>
  <manifest>
    <item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
{manifest}
  </manifest>
  <spine toc="ncx">
{spine}
  </spine>
</package>
"""

_NCX = """<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">
  <head><meta name="dtb:uid" content="{book_id}"/></head>
  <docTitle><text>{title}</text></docTitle>
  <navMap>
{points}
  </navMap>
</ncx>
"""

_XHTML = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>{title}</title></head>
<body>
{body}
</body>
</html>
"""


def xhtml_page(title: str, body_html: str) -> str:
    """A complete XHTML page around `body_html`."""
    return _XHTML.format(title=escape(title), body=body_html)


def make_epub(
    chapters: Sequence[tuple[str, str]],
    *,
    title: str,
    author: str,
    subjects: Sequence[str] = (),
    description: str = "",
    preface_html: str | None = None,
    front_pages: Sequence[tuple[str, str]] = (),
    spine_order: Sequence[int] | None = None,
    chapter_headings: bool = True,
    extra_members: Mapping[str, bytes | str | None] | None = None,
) -> bytes:
    """The bytes of an EPUB 2 whose chapters are `(title, body_html)` pairs.

    `preface_html` becomes an AO3-style preface page read before the chapters; `front_pages` are
    `(file name, body_html)` pages put first in the spine (FanFicFare's title_page.xhtml, toc_page.xhtml).
    `spine_order` lists chapter indices in reading order when that should differ from file order.
    Without `chapter_headings` a chapter page has no `<h2>`, so its title can only come from `toc.ncx`.
    `extra_members` adds or replaces archive members by path; a value of None removes the member, which is
    how tests build broken books.
    """
    manifest: list[str] = []
    spine: list[str] = []
    points: list[str] = []
    pages: dict[str, str] = {}

    for index, (name, body) in enumerate(front_pages):
        item_id = f"front{index}"
        manifest.append(f'    <item id="{item_id}" href="{escape(name)}" media-type="application/xhtml+xml"/>')
        spine.append(f'    <itemref idref="{item_id}"/>')
        pages[f"OEBPS/{name}"] = xhtml_page(title, body)
    if preface_html is not None:
        manifest.append('    <item id="preface" href="preface.xhtml" media-type="application/xhtml+xml"/>')
        spine.append('    <itemref idref="preface"/>')
        pages["OEBPS/preface.xhtml"] = xhtml_page(title, preface_html)

    order = list(range(len(chapters))) if spine_order is None else list(spine_order)
    for index, (chapter_title, body) in enumerate(chapters):
        name = f"chapter_{index + 1:03d}.xhtml"
        manifest.append(f'    <item id="chapter{index + 1}" href="{name}" media-type="application/xhtml+xml"/>')
        heading = f"<h2>{escape(chapter_title)}</h2>\n" if chapter_headings else ""
        pages[f"OEBPS/{name}"] = xhtml_page(chapter_title, heading + body)
    for play_order, index in enumerate(order, start=1):
        name = f"chapter_{index + 1:03d}.xhtml"
        spine.append(f'    <itemref idref="chapter{index + 1}"/>')
        points.append(
            f'    <navPoint id="nav{index + 1}" playOrder="{play_order}">'
            f"<navLabel><text>{escape(chapters[index][0])}</text></navLabel>"
            f'<content src="{name}"/></navPoint>'
        )

    members: dict[str, bytes | str | None] = {
        "mimetype": "application/epub+zip",
        "META-INF/container.xml": CONTAINER_XML,
        "OEBPS/content.opf": _OPF.format(
            book_id=_BOOK_ID,
            title=escape(title),
            author=escape(author),
            subjects="\n".join(f"    <dc:subject>{escape(subject)}</dc:subject>" for subject in subjects),
            # AO3 and FanFicFare put escaped HTML in dc:description; do the same so the loader meets it.
            description=escape(description),
            manifest="\n".join(manifest),
            spine="\n".join(spine),
        ),
        "OEBPS/toc.ncx": _NCX.format(book_id=_BOOK_ID, title=escape(title), points="\n".join(points)),
        **pages,
    }
    members.update(extra_members or {})
    return write_zip(members)


def write_zip(members: Mapping[str, bytes | str | None]) -> bytes:
    """A zip archive of `members` in order, `mimetype` stored uncompressed as the EPUB spec requires."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            if content is None:
                continue
            data = content.encode("utf-8") if isinstance(content, str) else content
            compression = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            info = zipfile.ZipInfo(name, date_time=_DATE_TIME)
            info.compress_type = compression
            info.external_attr = 0o644 << 16
            archive.writestr(info, data)
    return buffer.getvalue()
