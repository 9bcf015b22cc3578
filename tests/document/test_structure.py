from __future__ import annotations

import pytest

from ficsense.document import SourceInfo, build_document
from ficsense.document.structure import chapter_heading_title, is_scene_break


def _doc(text: str, fmt: str = "txt"):
    return build_document(text, source=SourceInfo(None, fmt))  # type: ignore[arg-type]


def _texts(doc, spans):
    return [doc.slice(span) for span in spans]


@pytest.mark.parametrize(
    "line", ["***", "* * *", "~~~", "-x-", "oOo", "xXx", "<hr>", "§", "❦", "~o~", "———", "[Line Break]"]
)
def test_is_scene_break_accepts_fan_fiction_break_lines(line):
    assert is_scene_break(line)


@pytest.mark.parametrize("line", ["...", "…", '"..."', "Okay.", "Oh", "x", "Fine", "—and then nothing"])
def test_is_scene_break_rejects_prose(line):
    assert not is_scene_break(line)


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Chapter 1", "Chapter 1"),
        ("Chapter 12: The Long Night", "Chapter 12: The Long Night"),
        ("CHAPTER IV.", "CHAPTER IV."),
        ("Chapter Twenty-One - Ash", "Chapter Twenty-One - Ash"),
        ("Prologue", "Prologue"),
        ("# Chapter 2", "Chapter 2"),
    ],
)
def test_chapter_heading_title_finds_headings(line, title):
    assert chapter_heading_title(line, markdown=False) == title


@pytest.mark.parametrize("line", ["Chapter 5 was the best part of the book.", "Part of me wanted to run.", "Book him."])
def test_chapter_heading_title_ignores_sentences(line):
    assert chapter_heading_title(line, markdown=False) is None


def test_build_document_splits_chapters_at_headings_and_keeps_headings_out_of_paragraphs():
    text = "Chapter 1: Ice\n\nShe waited.\n\nChapter 2: Fire\n\nHe came back.\n"
    doc = _doc(text)
    assert [chapter.title for chapter in doc.chapters] == ["Chapter 1: Ice", "Chapter 2: Fire"]
    assert _texts(doc, doc.paragraphs) == ["She waited.", "He came back."]
    assert doc.chapters[1].span.start == text.index("Chapter 2")


def test_build_document_treats_each_line_as_a_paragraph_in_unwrapped_text():
    text = "She waited by the door for a long time.\nHe never came.\n“Fine,” she said.\n"
    assert _texts(_doc(text), _doc(text).paragraphs) == [
        "She waited by the door for a long time.",
        "He never came.",
        "“Fine,” she said.",
    ]


def test_build_document_joins_hard_wrapped_lines_into_paragraphs():
    text = "She waited by the door\nfor a long time.\n\nHe never came, and\nshe went home.\n"
    doc = _doc(text)
    assert _texts(doc, doc.paragraphs) == [
        "She waited by the door\nfor a long time.",
        "He never came, and\nshe went home.",
    ]
    assert _texts(doc, doc.sentences)[0] == "She waited by the door\nfor a long time."


def test_build_document_splits_scenes_at_break_lines_within_a_chapter():
    text = "Rain fell.\n\n* * *\n\nThe sun rose.\n\nShe smiled.\n\n-x-\n\nNight again.\n"
    doc = _doc(text)
    assert [doc.slice(scene.span) for scene in doc.scenes] == [
        "Rain fell.",
        "The sun rose.\n\nShe smiled.",
        "Night again.",
    ]
    assert doc.slice(doc.scenes[1].break_before) == "* * *"
    assert "* * *" not in _texts(doc, doc.paragraphs)


def test_build_document_keeps_crlf_and_offsets_index_the_original_text():
    text = "“Go,” he said.\r\n\r\nShe went.\r\n"
    doc = _doc(text)
    assert doc.text == text
    assert _texts(doc, doc.paragraphs) == ["“Go,” he said.", "She went."]
    assert _texts(doc, doc.quotes and [q.span for q in doc.quotes]) == ["“Go,”"]


def test_build_document_uses_markdown_headings_as_chapters():
    text = "# The Lake\n\nShe swam.\n\n# The Shore\n\nShe rested.\n"
    doc = _doc(text, "md")
    assert [chapter.title for chapter in doc.chapters] == ["The Lake", "The Shore"]


def test_build_document_of_empty_text_has_no_segments():
    doc = _doc("")
    assert doc.chapters == () and doc.paragraphs == () and doc.tokens == ()


def test_tokens_keep_contractions_and_hyphenated_words_whole():
    doc = _doc("Don't go—it's a well-known trap, y'all...")
    assert _texts(doc, doc.tokens) == ["Don't", "go", "—", "it's", "a", "well-known", "trap", ",", "y'all", "..."]
