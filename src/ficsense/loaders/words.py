"""User word lists: words the writer vouches for (`--words FILE`, `.ficsense-words` beside the story).

One word per line; `#` starts a comment; blank lines are ignored. The words reach the proofreading
checks through the analysis settings, so that no check ever reads a file itself.
"""

from __future__ import annotations

import os
from pathlib import Path

from ficsense.errors import InputError

BESIDE = ".ficsense-words"


def read_word_list(path: str | os.PathLike[str]) -> frozenset[str]:
    """The words in a word-list file; InputError when it cannot be read."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise InputError("no such word list", path=os.fspath(path)) from None
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read word list: {error}", path=os.fspath(path)) from None
    return parse_word_list(text)


def parse_word_list(text: str) -> frozenset[str]:
    """The words in word-list text: one per line, `#` comments and blank lines skipped."""
    words = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip()
        if word:
            words.add(word)
    return frozenset(words)


def words_beside(story_path: str | os.PathLike[str]) -> frozenset[str]:
    """The `.ficsense-words` list in the story's folder, or no words when there is none."""
    path = Path(story_path).resolve().parent / BESIDE
    return read_word_list(path) if path.is_file() else frozenset()
