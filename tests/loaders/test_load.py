"""`ficsense.load`: what a source is (path, bytes, text), format sniffing and the size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from ficsense import InputError, load
from ficsense.loaders import sniff_format
from tests.helpers.epub import make_epub

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

STORY = "“Is it snowing?” asked Bea.\n\nIt was. She went out to see it anyway.\n"
PAGE = "<!DOCTYPE html>\n<html><head><title>Snow</title></head><body><p>It snowed on the harbour.</p></body></html>"


def _epub() -> bytes:
    return make_epub(
        [("Chapter 1: Snow", "<p>It snowed on the harbour all night.</p>")],
        title="Snow",
        author="flurry",
        subjects=["Winter"],
        description="Snow falls.",
    )


def test_load_html_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "snow.txt"
    path.write_text(PAGE, encoding="utf-8")
    doc = load(path)
    assert doc.source.format == "html"
    assert doc.text == "It snowed on the harbour."
    assert doc.source.title == "Snow"


def test_load_ao3_download_saved_as_txt_is_read_as_ao3(tmp_path: Path) -> None:
    path = tmp_path / "lanterns.txt"
    path.write_bytes((SAMPLES / "lanterns_ao3.html").read_bytes())
    doc = load(path)
    assert doc.source.format == "ao3-html"
    assert [chapter.title for chapter in doc.chapters] == ["Chapter 1: The Last Lantern", "Chapter 2: Over the Weir"]


def test_load_epub_saved_as_txt_is_read_as_epub(tmp_path: Path) -> None:
    path = tmp_path / "snow.txt"
    path.write_bytes(_epub())
    doc = load(path)
    assert doc.source.format == "epub"
    assert doc.source.path == str(path)
    assert doc.text == "It snowed on the harbour all night."
    assert [chapter.title for chapter in doc.chapters] == ["Chapter 1: Snow"]


def test_load_text_saved_as_html_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_text(STORY, encoding="utf-8")
    doc = load(path)
    assert doc.source.format == "txt"
    assert doc.text == STORY


def test_load_html_fragment_needs_the_extension(tmp_path: Path) -> None:
    # A fragment without <html> is only markup when the file says so; in a .txt it may be a story about tags.
    fragment = "<p>It snowed on the <em>harbour</em>.</p>"
    as_html = tmp_path / "snow.html"
    as_html.write_text(fragment, encoding="utf-8")
    as_txt = tmp_path / "snow.txt"
    as_txt.write_text(fragment, encoding="utf-8")
    assert load(as_html).text == "It snowed on the harbour."
    assert load(as_txt).text == fragment


def test_load_markdown_by_extension(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("# The Snow\n\nIt snowed.\n\n# The Thaw\n\nIt melted.\n", encoding="utf-8")
    doc = load(path)
    assert doc.source.format == "md"
    assert [chapter.title for chapter in doc.chapters] == ["The Snow", "The Thaw"]


def test_sniff_format_reads_content_before_extension() -> None:
    assert sniff_format(_epub(), "story.txt") == "epub"
    assert sniff_format(PAGE.encode(), "story.txt") == "html"
    assert sniff_format(b"\xef\xbb\xbf" + PAGE.encode(), "story.md") == "html"
    assert sniff_format(b"<?xml version='1.0'?>\n<html><body>x</body></html>", None) == "html"
    assert sniff_format(STORY.encode(), "story.md") == "md"
    assert sniff_format(STORY.encode(), None) == "txt"


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
    ],
)
def test_load_html_with_byte_order_mark_saved_as_txt(tmp_path: Path, encoding: str, bom: bytes) -> None:
    # Regression: the sniffer read the head as UTF-8 with the mark kept, so "\ufeff<!DOCTYPE html>" was plain text.
    path = tmp_path / "snow.txt"
    path.write_bytes(bom + PAGE.encode(encoding))
    doc = load(path)
    assert doc.source.format == "html"
    assert doc.text == "It snowed on the harbour."


def test_load_str_html_with_byte_order_mark() -> None:
    doc = load("\ufeff" + PAGE)
    assert doc.source.format == "html"
    assert doc.text == "It snowed on the harbour."


def test_load_format_forced_overrides_sniffing() -> None:
    doc = load(PAGE.encode(), format="txt")
    assert doc.source.format == "txt"
    assert doc.text == PAGE


def test_load_str_that_is_an_existing_path_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    doc = load(str(path))
    assert doc.source.path == str(path)
    assert doc.text == STORY


def test_load_str_that_is_not_a_path_is_story_text(tmp_path: Path) -> None:
    missing = str(tmp_path / "no_such_story.txt")
    doc = load(missing)
    assert doc.source.path is None
    assert doc.text == missing
    doc = load(STORY)
    assert doc.source.path is None
    assert doc.source.format == "txt"
    assert doc.text == STORY


def test_load_str_story_text_that_is_html() -> None:
    doc = load(PAGE)
    assert doc.source.format == "html"
    assert doc.text == "It snowed on the harbour."


def test_load_bytes_story() -> None:
    doc = load(STORY.encode("utf-8"))
    assert doc.source.path is None
    assert doc.text == STORY


def test_load_missing_path_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "gone.txt"
    with pytest.raises(InputError, match="no such file") as caught:
        load(path)
    assert caught.value.path == str(path)


def test_load_directory_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        load(tmp_path)
    with pytest.raises(InputError, match="is a directory"):
        load(str(tmp_path))


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="needs a POSIX user without root rights")
def test_load_unreadable_file_is_input_error(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(STORY, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            load(path)
    finally:
        path.chmod(0o644)


def test_load_empty_text_is_input_error() -> None:
    for text in ("", "   \n\t  "):
        with pytest.raises(InputError, match="empty"):
            load(text)


def test_load_max_bytes_for_file_bytes_and_text(tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    path.write_text(STORY * 10, encoding="utf-8")
    size = path.stat().st_size
    with pytest.raises(InputError, match="too large") as caught:
        load(path, max_bytes=size - 1)
    assert caught.value.path == str(path)
    assert load(path, max_bytes=size).text == STORY * 10
    with pytest.raises(InputError, match="too large"):
        load((STORY * 10).encode(), max_bytes=100)
    with pytest.raises(InputError, match="too large"):
        load(STORY * 10, max_bytes=100)


def test_load_unsupported_source_type_is_input_error() -> None:
    with pytest.raises(InputError, match="cannot load a int"):
        load(42)  # type: ignore[arg-type]


def test_load_epub_as_text_is_input_error() -> None:
    with pytest.raises(InputError, match="EPUB must be given as bytes"):
        load(STORY, format="epub")


def test_load_error_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "cover.txt"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(64))
    with pytest.raises(InputError) as caught:
        load(path)
    assert str(caught.value).startswith(f"{path}: ")
    assert "JPEG" in str(caught.value)
