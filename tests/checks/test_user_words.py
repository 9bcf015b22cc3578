"""Reading the writer's word lists (load/words.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficsense.errors import InputError
from ficsense.loaders.words import read_word_list, words_beside


def test_read_word_list_skips_comments_and_blanks(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# my fandom\nheldrake\n\n  Kestrin  # the captain\n#only a comment\n", encoding="utf-8")
    assert read_word_list(path) == frozenset({"heldrake", "Kestrin"})


def test_words_beside_reads_the_hidden_list_next_to_the_story(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("A story.", encoding="utf-8")
    assert words_beside(story) == frozenset()
    (tmp_path / ".ficsense-words").write_text("vorlith\n", encoding="utf-8")
    assert words_beside(story) == frozenset({"vorlith"})


def test_missing_word_list_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError):
        read_word_list(tmp_path / "absent.txt")
