"""AO3 HTML downloads (both chapter shapes) and the plain-page fallback."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficsense import Document, InputError, load
from ficsense.loaders import load_text

SAMPLES = Path(__file__).resolve().parents[2] / "samples"

PREFACE = """<div id="preface">
  <p class="message"><b>Paper Boats</b><br/>Posted originally on the Archive of Our Own.</p>
  <div class="meta">
    <dl class="tags">
      <dt>Rating:</dt><dd><a href="#">General Audiences</a></dd>
      <dt>Archive Warnings:</dt><dd><a href="#">Creator Chose Not To Use Archive Warnings</a></dd>
      <dt>Categories:</dt><dd><a href="#">Gen</a>, <a href="#">Other</a></dd>
      <dt>Fandom:</dt><dd><a href="#">Harbour Lights (Web Series)</a></dd>
      <dt>Character:</dt><dd><a href="#">Mina Osei</a></dd>
      <dt>Additional Tags:</dt><dd><a href="#">Rain</a>, <a href="#">Origami</a></dd>
      <dt>Language:</dt><dd>English</dd>
      <dt>Series:</dt><dd>Part 2 of <a href="#">Small Weather</a></dd>
      <dt>Stats:</dt><dd>Published: 2023-11-05 Words: 64 Chapters: 1/1</dd>
    </dl>
    <h1>Paper Boats</h1>
    <div class="byline">by <a rel="author" href="#">foldedcrane</a>, <a rel="author" href="#">rainy_day</a></div>
    <p>Summary</p>
    <blockquote class="userstuff"><p>SUMMARY-MARKER Mina folds boats.</p></blockquote>
    <p>Notes</p>
    <blockquote class="userstuff"><p>NOTES-MARKER For a friend.</p></blockquote>
  </div>
</div>"""

SINGLE_CHAPTER = f"""<!DOCTYPE html>
<html><head><title>Paper Boats - foldedcrane</title>
<style>p {{ color: red; }} .STYLE-MARKER {{ }}</style>
<script>var SCRIPT_MARKER = 1;</script></head>
<body>
{PREFACE}
<div id="chapters" class="userstuff">
  <h2 class="toc-heading">Paper Boats</h2>
  <div class="userstuff">
    <p>Mina folded the first boat from a bus ticket.</p>
    <p>“Will it float?” asked her brother.</p>
    <script>document.write("SCRIPT-IN-BODY")</script>
    <p>It did, for a while.</p>
  </div>
</div>
<div id="afterword"><div id="endnotes"><p>End Notes</p>
<blockquote class="userstuff"><p>ENDNOTES-MARKER Thanks for reading.</p></blockquote></div></div>
</body></html>"""


@pytest.fixture(scope="module")
def lanterns() -> Document:
    return load(SAMPLES / "lanterns_ao3.html")


def test_ao3_multi_chapter_metadata(lanterns: Document) -> None:
    source = lanterns.source
    assert source.format == "ao3-html"
    assert source.title == "Lanterns on the Weir"
    assert source.authors == ("wickandwillow",)
    metadata = source.metadata_dict()
    assert metadata["rating"] == ["Teen And Up Audiences"]
    assert metadata["archive_warnings"] == ["No Archive Warnings Apply"]
    assert metadata["categories"] == ["F/F"]
    assert metadata["fandoms"] == ["The Saltmarsh Chronicles"]
    assert metadata["relationships"] == ["Wren Adair/Tamsin Hale"]
    assert metadata["characters"] == ["Wren Adair", "Tamsin Hale", "Old Pell"]
    assert metadata["additional_tags"] == ["Lantern Festival", "Mutual Pining", "Fluff", "Rowing"]
    assert metadata["language"] == "English"
    assert metadata["stats"] == {
        "published": "2024-03-02",
        "completed": "2024-03-09",
        "words": "318",
        "chapters": "2/2",
    }
    assert metadata["summary"].startswith("Every spring the marsh towns float paper lanterns")
    assert metadata["notes"].startswith("Written for a small spring exchange.")
    assert metadata["end_notes"] == "Thank you for reading! Kudos and comments make my week."


def test_ao3_multi_chapter_titles_and_spans(lanterns: Document) -> None:
    assert [chapter.title for chapter in lanterns.chapters] == [
        "Chapter 1: The Last Lantern",
        "Chapter 2: Over the Weir",
    ]
    first, second = lanterns.chapters
    assert lanterns.slice(first.span).startswith("The lanterns were stacked in the boathouse")
    assert lanterns.slice(first.span).endswith("“You really don’t.”")
    assert lanterns.slice(second.span).startswith("The roar of the weir grew")
    assert lanterns.slice(second.span).endswith("“Every year,” she said.")
    assert first.span.end <= second.span.start
    # Chapter headings are structure, not story text.
    assert "Chapter 1" not in lanterns.text
    assert "Over the Weir" not in lanterns.text


def test_ao3_chapter_summary_and_end_notes_go_to_metadata(lanterns: Document) -> None:
    chapter_notes = lanterns.source.metadata_dict()["chapter_notes"]
    assert chapter_notes == [
        {
            "title": "Chapter 1: The Last Lantern",
            "summary": "Wren volunteers for a job nobody wants.",
            "end_notes": "The weir in this story is loosely based on one near where I grew up.",
        }
    ]


def test_ao3_notes_are_not_story_text(lanterns: Document) -> None:
    for fragment in (
        "Every spring the marsh towns",
        "Thank you to my beta",
        "Wren volunteers for a job",
        "loosely based on one near",
        "Kudos and comments",
        "Posted originally",
        "Teen And Up Audiences",
        "wickandwillow",
        "Summary",
    ):
        assert fragment not in lanterns.text


def test_ao3_hr_is_a_scene_break(lanterns: Document) -> None:
    first_chapter_scenes = [scene for scene in lanterns.scenes if scene.chapter == 0]
    assert len(first_chapter_scenes) == 2
    before, after = first_chapter_scenes
    assert before.break_before is None
    assert after.break_before is not None
    assert lanterns.slice(before.span).endswith("“Then you’d better come and steer.”")
    assert lanterns.slice(after.span).startswith("They pushed off at dusk.")
    assert [scene.break_before for scene in lanterns.scenes if scene.chapter == 1] == [None]


def test_ao3_style_never_in_text(lanterns: Document) -> None:
    assert "font-family" not in lanterns.text
    assert "{" not in lanterns.text


def test_ao3_single_chapter_shape() -> None:
    doc = load_text(SINGLE_CHAPTER, path=None)
    assert doc.source.format == "ao3-html"
    assert doc.source.title == "Paper Boats"
    assert doc.source.authors == ("foldedcrane", "rainy_day")
    assert [chapter.title for chapter in doc.chapters] == ["Paper Boats"]
    assert doc.slice(doc.chapters[0].span) == (
        "Mina folded the first boat from a bus ticket.\n\n“Will it float?” asked her brother.\n\nIt did, for a while."
    )
    assert [doc.slice(paragraph) for paragraph in doc.paragraphs] == [
        "Mina folded the first boat from a bus ticket.",
        "“Will it float?” asked her brother.",
        "It did, for a while.",
    ]
    metadata = doc.source.metadata_dict()
    assert metadata["archive_warnings"] == ["Creator Chose Not To Use Archive Warnings"]
    assert metadata["categories"] == ["Gen", "Other"]
    assert metadata["characters"] == ["Mina Osei"]
    assert metadata["series"] == "Part 2 of Small Weather"
    assert metadata["stats"]["words"] == "64"
    assert metadata["summary"] == "SUMMARY-MARKER Mina folds boats."
    assert metadata["notes"] == "NOTES-MARKER For a friend."
    assert metadata["end_notes"] == "ENDNOTES-MARKER Thanks for reading."


def test_ao3_scripts_styles_and_notes_never_in_text() -> None:
    doc = load_text(SINGLE_CHAPTER, path=None)
    for marker in ("SCRIPT", "STYLE-MARKER", "color: red", "SUMMARY-MARKER", "NOTES-MARKER", "ENDNOTES-MARKER"):
        assert marker not in doc.text


def test_ao3_chapter_with_only_a_script_is_an_input_error() -> None:
    markup = (
        f"<html><body>{PREFACE}<div id='chapters' class='userstuff'><h2 class='toc-heading'>Empty</h2>"
        "<div class='userstuff'><script>var x = 'no story';</script></div></div></body></html>"
    )
    with pytest.raises(InputError, match="no chapter text"):
        load_text(markup, path=None)


def test_plain_page_falls_back_to_body_text() -> None:
    markup = """<html><head><title>  My   Little Story </title><style>body { margin: 0 }</style></head>
    <body><nav-bar></nav-bar><h1>The Kettle</h1>
    <p>The kettle sang. Nobody came.</p><hr>
    <p>Later, <em>much</em> later, someone did.</p>
    <script>alert("hello")</script></body></html>"""
    doc = load_text(markup, path="page.html")
    assert doc.source.format == "html"
    assert doc.source.title == "My Little Story"
    assert doc.source.metadata_dict() == {}
    assert doc.text == "The Kettle\n\nThe kettle sang. Nobody came.\n\nLater, much later, someone did."
    assert "alert" not in doc.text
    assert "margin" not in doc.text
    assert [scene.break_before is not None for scene in doc.scenes] == [False, True]
    assert doc.slice(doc.scenes[1].span) == "Later, much later, someone did."


def test_plain_page_br_breaks_lines_and_double_br_paragraphs() -> None:
    markup = "<html><body><p>One line<br>next line<br><br>new paragraph</p></body></html>"
    doc = load_text(markup, path=None)
    assert doc.text == "One line\nnext line\n\nnew paragraph"
    assert [doc.slice(paragraph) for paragraph in doc.paragraphs] == ["One line\nnext line", "new paragraph"]


def test_page_without_text_is_input_error() -> None:
    with pytest.raises(InputError, match="no readable text"):
        load_text("<html><head><title>t</title></head><body><script>x()</script></body></html>", path=None)


@pytest.mark.parametrize(
    "markup",
    [
        "<html>",
        "<html></html>",
        "<!DOCTYPE html>",
        "<html><body><div id='chapters'></div></body></html>",
        "<html><body><div id='preface'><dl class='tags'><dt>Rating:</dt></dl></div><div id='chapters'>",
        "<html><body><div id='chapters' class='userstuff'><div class='userstuff'>Hi</div></div></body></html>",
        "<html><body>" + "<div>" * 5000 + "deep" + "</div>" * 5000 + "</body></html>",
        "<html><body><p>unclosed <b>bold <i>and italic</p> trailing</body>",
        "<html>\x00\x01<body>\ud7ff text</body></html>",
        "<?xml version='1.0'?><html><body><p>xhtml-ish</p></body></html>",
        "<html><body><dl class='tags'><dd>no dt</dd><dt></dt><dd><a></a></dd></dl><div id='chapters'>"
        "<div class='meta group'></div><div class='userstuff'><p>x</p></div></div></body></html>",
        "<html><body><![CDATA[ odd ]]><!-- c --><p>after comment</p></body></html>",
    ],
)
def test_garbage_html_gives_document_or_input_error(markup: str) -> None:
    try:
        doc = load_text(markup, path=None)
    except InputError as error:
        assert "\n" not in str(error)
        return
    assert doc.text.strip()
    for paragraph in doc.paragraphs:
        assert 0 <= paragraph.start < paragraph.end <= len(doc.text)


def test_load_sample_path_and_format_forced() -> None:
    markup = (SAMPLES / "lanterns_ao3.html").read_text(encoding="utf-8")
    doc = load(markup.encode("utf-8"), format="html")
    assert doc.source.format == "ao3-html"
    assert len(doc.chapters) == 2


@pytest.mark.filterwarnings("error")
def test_ao3_heading_without_child_elements_is_found_without_warnings() -> None:
    # Regression: `first_element(...) or first_element(...)` truth-tested lxml elements; an <h2> with text only
    # is falsy, which lxml warns will change meaning (FutureWarning), silently dropping the found heading.
    doc = load(SAMPLES / "lanterns_ao3.html")
    assert doc.chapters[0].title == "Chapter 1: The Last Lantern"
