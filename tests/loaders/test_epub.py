"""EPUB loading: reading order, titles and tags, and refusal of broken or hostile archives."""

from __future__ import annotations

import contextlib
import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from ficsense import Document, InputError, load
from ficsense.loaders import epub as epub_loader
from ficsense.loaders import load_bytes
from scripts.build_sample_epub import build as build_sample_epub
from tests.helpers.epub import make_epub, write_zip

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

CHAPTERS = [
    ("Chapter 1: Low Tide", "<p>The tide went out further than anyone could remember.</p>"),
    ("Chapter 2: The Wreck", "<p>Under the sand lay the ribs of an old ship.</p><p>Jonah touched one.</p>"),
    ("Chapter 3: High Tide", "<p>By evening the sea had taken it back.</p>"),
]
BOOK = {"title": "Low Water", "author": "pebblewright", "subjects": ["Beaches"], "description": "<p>Sand.</p>"}

AO3_PREFACE = """<div id="preface"><div class="meta">
<dl class="tags">
  <dt>Rating:</dt><dd><a href="#">Teen And Up Audiences</a></dd>
  <dt>Archive Warning:</dt><dd><a href="#">No Archive Warnings Apply</a></dd>
  <dt>Fandom:</dt><dd><a href="#">Low Water (Podcast)</a></dd>
  <dt>Relationship:</dt><dd><a href="#">Jonah &amp; Priya</a></dd>
  <dt>Additional Tags:</dt><dd><a href="#">Shipwrecks</a>, <a href="#">Found Family</a></dd>
  <dt>Stats:</dt><dd>Published: 2022-07-01 Words: 40 Chapters: 3/3</dd>
</dl>
<h1>Low Water</h1>
<div class="byline">by <a rel="author" href="#">pebblewright</a></div>
<p>Summary</p><blockquote class="userstuff"><p>PREFACE-SUMMARY A wreck on the beach.</p></blockquote>
</div></div>"""


def _epub(**changes: object) -> bytes:
    arguments: dict[str, object] = {"chapters": CHAPTERS, **BOOK, **changes}
    return make_epub(**arguments)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def tide() -> Document:
    return load(SAMPLES / "tide_and_ember.epub")


def test_epub_sample_metadata(tide: Document) -> None:
    source = tide.source
    assert source.format == "epub"
    assert source.title == "Tide and Ember"
    assert source.authors == ("saltlamp",)
    metadata = source.metadata_dict()
    assert metadata["subjects"] == [
        "The Ninefold Isles",
        "Iselle Marrow/Corin Vask",
        "Iselle Marrow",
        "Corin Vask",
        "Lighthouses",
        "Storms",
        "Hurt/Comfort",
    ]
    assert metadata["summary"] == "A storm, a dead lamp, and a keeper who refuses to leave her tower."
    # The AO3 preface page carries the tags the OPF only half holds.
    assert metadata["rating"] == ["General Audiences"]
    assert metadata["archive_warnings"] == ["No Archive Warnings Apply"]
    assert metadata["categories"] == ["F/M"]
    assert metadata["fandoms"] == ["The Ninefold Isles"]
    assert metadata["relationships"] == ["Iselle Marrow/Corin Vask"]
    assert metadata["characters"] == ["Iselle Marrow", "Corin Vask"]
    assert metadata["additional_tags"] == ["Lighthouses", "Storms", "Hurt/Comfort"]
    assert metadata["stats"]["chapters"] == "2/2"
    assert metadata["notes"] == "A small story about a big storm. All characters are adults."


def test_epub_sample_chapters_and_scene_break(tide: Document) -> None:
    assert [chapter.title for chapter in tide.chapters] == ["Chapter 1: The Dead Lamp", "Chapter 2: Morning Tide"]
    assert tide.slice(tide.chapters[0].span).startswith("The storm came in sideways off the Ninth Reach")
    assert tide.slice(tide.chapters[1].span).endswith("the gulls were already coming back.")
    assert "Chapter 1" not in tide.text
    assert "General Audiences" not in tide.text
    assert "refuses to leave her tower" not in tide.text
    breaks = [scene for scene in tide.scenes if scene.break_before is not None]
    assert len(breaks) == 1
    assert breaks[0].chapter == 0
    assert tide.slice(breaks[0].span).startswith("It took eleven matches.")


def test_epub_sample_is_reproducible() -> None:
    # The committed sample must be what the script writes, so nobody hand-edits the archive.
    assert build_sample_epub() == (SAMPLES / "tide_and_ember.epub").read_bytes()


def test_epub_spine_order_wins_over_file_order() -> None:
    doc = load_bytes(_epub(spine_order=[2, 0, 1]), path=None)
    assert [chapter.title for chapter in doc.chapters] == [
        "Chapter 3: High Tide",
        "Chapter 1: Low Tide",
        "Chapter 2: The Wreck",
    ]
    assert doc.text.startswith("By evening the sea had taken it back.")
    assert doc.text.endswith("Jonah touched one.")


def test_epub_toc_titles_without_headings() -> None:
    doc = load_bytes(_epub(chapter_headings=False), path=None)
    assert [chapter.title for chapter in doc.chapters] == [title for title, _ in CHAPTERS]
    for chapter, (_, body) in zip(doc.chapters, CHAPTERS, strict=True):
        assert doc.slice(chapter.span).startswith(body[3:20])


def test_epub_chapter_heading_is_not_story_text() -> None:
    doc = load_bytes(_epub(), path=None)
    assert "Low Tide" not in doc.text
    assert [doc.slice(paragraph) for paragraph in doc.paragraphs] == [
        "The tide went out further than anyone could remember.",
        "Under the sand lay the ribs of an old ship.",
        "Jonah touched one.",
        "By evening the sea had taken it back.",
    ]


def test_epub_subjects_and_escaped_html_summary() -> None:
    doc = load_bytes(
        _epub(subjects=["Beaches", "Shipwrecks"], description="<p>One <em>wreck</em>.</p><p>Two tides.</p>"),
        path=None,
    )
    metadata = doc.source.metadata_dict()
    assert metadata["subjects"] == ["Beaches", "Shipwrecks"]
    assert metadata["summary"] == "One wreck.\n\nTwo tides."
    assert doc.source.title == "Low Water"
    assert doc.source.authors == ("pebblewright",)


def test_epub_ao3_preface_tags_parsed() -> None:
    doc = load_bytes(_epub(preface_html=AO3_PREFACE), path=None)
    metadata = doc.source.metadata_dict()
    assert metadata["rating"] == ["Teen And Up Audiences"]
    assert metadata["fandoms"] == ["Low Water (Podcast)"]
    assert metadata["relationships"] == ["Jonah & Priya"]
    assert metadata["additional_tags"] == ["Shipwrecks", "Found Family"]
    assert metadata["stats"] == {"published": "2022-07-01", "words": "40", "chapters": "3/3"}
    assert "PREFACE-SUMMARY" not in doc.text
    assert len(doc.chapters) == 3


def test_epub_fanficfare_title_and_toc_pages_skipped() -> None:
    front_pages = [
        ("title_page.xhtml", "<h3>Low Water</h3><p>by pebblewright</p><p>TITLE-PAGE-MARKER Status: Completed</p>"),
        ("toc_page.xhtml", "<h3>Table of Contents</h3><p>TOC-PAGE-MARKER Chapter 1</p>"),
    ]
    doc = load_bytes(_epub(front_pages=front_pages), path=None)
    assert "TITLE-PAGE-MARKER" not in doc.text
    assert "TOC-PAGE-MARKER" not in doc.text
    assert [chapter.title for chapter in doc.chapters] == [title for title, _ in CHAPTERS]
    assert doc.text.startswith("The tide went out")


def test_epub_end_notes_page_goes_to_metadata() -> None:
    afterword = (
        '<div id="afterword"><div id="endnotes"><p>End Notes</p>'
        '<blockquote class="userstuff"><p>AFTERWORD-MARKER Thanks!</p></blockquote></div></div>'
    )
    doc = load_bytes(_epub(chapters=[*CHAPTERS, ("Afterword", afterword)]), path=None)
    assert "AFTERWORD-MARKER" not in doc.text
    assert doc.source.metadata_dict()["end_notes"] == "AFTERWORD-MARKER Thanks!"
    assert len(doc.chapters) == 3


@pytest.mark.parametrize("fraction", [0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95, 0.99])
def test_epub_truncated_is_input_error(fraction: float) -> None:
    data = _epub()
    with pytest.raises(InputError):
        load_bytes(data[: int(len(data) * fraction)], path="cut.epub")


def test_epub_every_truncation_is_input_error_or_document() -> None:
    data = _epub()
    for cut in range(30, len(data), 7):
        with contextlib.suppress(InputError):
            load_bytes(data[:cut], path=None, format="epub")


def test_epub_missing_container_is_input_error() -> None:
    with pytest.raises(InputError, match=r"container\.xml is missing"):
        load_bytes(_epub(extra_members={"META-INF/container.xml": None}), path=None)


def test_epub_container_naming_no_package_is_input_error() -> None:
    container = '<?xml version="1.0"?><container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"/>'
    with pytest.raises(InputError, match="names no package"):
        load_bytes(_epub(extra_members={"META-INF/container.xml": container}), path=None)


def test_epub_missing_package_file_is_input_error() -> None:
    with pytest.raises(InputError, match="missing from the archive"):
        load_bytes(_epub(extra_members={"OEBPS/content.opf": None}), path=None)


def test_epub_missing_chapter_file_is_input_error() -> None:
    with pytest.raises(InputError, match=r"chapter_002\.xhtml"):
        load_bytes(_epub(extra_members={"OEBPS/chapter_002.xhtml": None}), path=None)


def test_epub_garbage_package_file_is_input_error() -> None:
    with pytest.raises(InputError, match="broken EPUB"):
        load_bytes(_epub(extra_members={"OEBPS/content.opf": b"\x00\x01 not xml at all"}), path=None)


def test_epub_without_chapter_text_is_input_error() -> None:
    with pytest.raises(InputError, match="no chapter text"):
        load_bytes(_epub(chapters=[("Empty", "<p>   </p>")]), path=None)


def test_epub_member_path_with_dotdot_is_input_error() -> None:
    data = _epub(extra_members={"../../outside.xhtml": "<html><body><p>escaped</p></body></html>"})
    with pytest.raises(InputError, match="escapes the archive"):
        load_bytes(data, path=None)


def test_epub_manifest_href_outside_archive_is_input_error() -> None:
    data = _epub()
    opf = _member(data, "OEBPS/content.opf").replace('href="chapter_001.xhtml"', 'href="../../../etc/passwd"')
    with pytest.raises(InputError, match="outside the archive"):
        load_bytes(_epub(extra_members={"OEBPS/content.opf": opf}), path=None)


def test_epub_absolute_member_path_is_input_error() -> None:
    with pytest.raises(InputError, match="escapes the archive"):
        load_bytes(_epub(extra_members={"/etc/cron.d/x": "boom"}), path=None)


def _member(data: bytes, name: str) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(name).decode("utf-8")


def _bomb_epub(inflated_mb: int) -> bytes:
    """An EPUB whose first chapter inflates to `inflated_mb` MB of zero bytes, written without holding it."""
    buffer = io.BytesIO(_epub(extra_members={"OEBPS/chapter_001.xhtml": None}))
    with zipfile.ZipFile(buffer, "a") as archive:
        info = zipfile.ZipInfo("OEBPS/chapter_001.xhtml", date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w") as member:
            block = bytes(1024 * 1024)
            for _ in range(inflated_mb):
                member.write(block)
    return buffer.getvalue()


def _lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """Rewrite the uncompressed size recorded for `name` in both zip headers, as a zip bomb would."""
    patched = bytearray(data)
    encoded = name.encode()
    local = patched.find(b"PK\x03\x04")
    while local != -1:
        name_length = struct.unpack_from("<H", patched, local + 26)[0]
        if patched[local + 30 : local + 30 + name_length] == encoded:
            struct.pack_into("<I", patched, local + 22, size)
        local = patched.find(b"PK\x03\x04", local + 4)
    central = patched.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", patched, central + 28)[0]
        if patched[central + 46 : central + 46 + name_length] == encoded:
            struct.pack_into("<I", patched, central + 24, size)
        central = patched.find(b"PK\x01\x02", central + 4)
    return bytes(patched)


def _peak_while_loading(data: bytes) -> tuple[InputError, int]:
    tracemalloc.start()
    try:
        with pytest.raises(InputError) as caught:
            load_bytes(data, path="bomb.epub")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return caught.value, peak


def test_epub_zip_bomb_member_refused_without_inflating(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub_loader, "MEMBER_LIMIT", 1024 * 1024)
    data = _bomb_epub(20)
    assert len(data) < 100_000
    error, peak = _peak_while_loading(data)
    assert "inflates past" in str(error)
    assert peak < 8 * 1024 * 1024


def test_epub_zip_bomb_with_lying_header_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub_loader, "MEMBER_LIMIT", 1024 * 1024)
    data = _lie_about_size(_bomb_epub(20), "OEBPS/chapter_001.xhtml", 1000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.getinfo("OEBPS/chapter_001.xhtml").file_size == 1000
    error, peak = _peak_while_loading(data)
    assert "EPUB" in str(error)
    assert peak < 8 * 1024 * 1024


def test_epub_total_inflated_size_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(epub_loader, "TOTAL_LIMIT", 2000)
    with pytest.raises(InputError, match="inflate past"):
        load_bytes(_epub(), path=None)


def test_epub_zip_that_is_not_an_epub_is_input_error() -> None:
    data = write_zip({"story.txt": "Just a story in a zip."})
    with pytest.raises(InputError, match="not an EPUB"):
        load_bytes(data, path="story.zip")


def test_epub_error_path_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "broken.epub"
    path.write_bytes(_epub()[:300])
    with pytest.raises(InputError) as caught:
        load(path)
    assert caught.value.path == str(path)
    assert "\n" not in str(caught.value)


def test_epub_percent_encoded_hrefs_resolve() -> None:
    # Regression: "chapter%20one.xhtml" in the OPF was looked up literally and the book refused as broken.
    data = _epub()
    opf = _member(data, "OEBPS/content.opf").replace('href="chapter_001.xhtml"', 'href="chapter%20one.xhtml"')
    ncx = _member(data, "OEBPS/toc.ncx").replace('src="chapter_001.xhtml"', 'src="chapter%20one.xhtml#start"')
    renamed = {
        "OEBPS/content.opf": opf,
        "OEBPS/toc.ncx": ncx,
        "OEBPS/chapter_001.xhtml": None,
        "OEBPS/chapter one.xhtml": _member(data, "OEBPS/chapter_001.xhtml"),
    }
    doc = load_bytes(_epub(chapter_headings=False, extra_members=renamed), path=None)
    assert doc.text.startswith("The tide went out further than anyone could remember.")
    assert doc.chapters[0].title == "Chapter 1: Low Tide"


def test_epub_page_declared_windows_1252_is_decoded_by_its_declaration() -> None:
    # Regression: the HTML parser ignored the XML declaration and read these bytes as UTF-8, losing the quotes.
    page = (
        '<?xml version="1.0" encoding="windows-1252"?>\n'
        "<html><head><title>One</title></head><body><p>“Is the café open?” asked Jonah.</p></body></html>"
    ).encode("cp1252")
    doc = load_bytes(_epub(extra_members={"OEBPS/chapter_001.xhtml": page}), path=None)
    assert doc.text.startswith("“Is the café open?” asked Jonah.")


def test_epub_page_declared_ascii_but_utf8_is_read_as_utf8() -> None:
    page = '<?xml version="1.0" encoding="ascii"?>\n<html><body><p>“Is the café open?”</p></body></html>'
    doc = load_bytes(_epub(extra_members={"OEBPS/chapter_001.xhtml": page}), path=None)
    assert doc.text.startswith("“Is the café open?”")


def test_epub3_nav_document_gives_titles() -> None:
    data = _epub(chapter_headings=False)
    opf = (
        _member(data, "OEBPS/content.opf")
        .replace(
            '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
            '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
        )
        .replace('<spine toc="ncx">', "<spine>")
    )
    nav = (
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><body>'
        '<nav epub:type="toc"><ol><li><a href="chapter_001.xhtml">Ebb</a></li>'
        '<li><a href="chapter_002.xhtml#top">Wreck</a></li><li><a href="chapter_003.xhtml">Flood</a></li></ol>'
        "</nav></body></html>"
    )
    doc = load_bytes(
        _epub(
            chapter_headings=False,
            extra_members={"OEBPS/content.opf": opf, "OEBPS/toc.ncx": None, "OEBPS/nav.xhtml": nav},
        ),
        path=None,
    )
    assert [chapter.title for chapter in doc.chapters] == ["Ebb", "Wreck", "Flood"]
    assert "Flood" not in doc.text
