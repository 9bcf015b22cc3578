"""Lines, paragraphs, chapter headings and scene breaks found in plain text.

Plain-text stories come in two shapes: one paragraph per line (what AO3 and most editors export) and
hard-wrapped text where a blank line separates paragraphs (Project Gutenberg, some Markdown). We decide per
document, because a per-line guess splits every wrapped paragraph into fragments.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ficsense.document.model import Span

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_CHAPTER_HEADING = re.compile(
    rf"""^(?:\#{{1,6}}\s*)?[*_]{{0,2}}
    (?:
      (?:chapter|ch\.|part|book|act)\s+(?:\d+|[ivxlcdm]+|(?:{_NUMBER_WORDS})(?:[\s-](?:{_NUMBER_WORDS}))*)\b
      (?:\s*[:.\-–—|]\s*(?P<title1>.{{0,100}}?)|\s+(?P<bare>.{{1,100}}?))?
    | (?:prologue|epilogue|interlude|afterword|foreword)
      (?:\s*[:.\-–—|]\s*(?P<title2>.{{0,100}}?))?
    )[*_]{{0,2}}\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S.{0,120}$")

_BREAK_SYMBOLS = re.compile(r"""^[^\w\s"“”‘’'`.,;:!?()\[\]{}]{1,3}(?:\s*[^\w\s"“”‘’'`,;:!?()\[\]{}]){0,40}$""")
_BREAK_LETTERS = re.compile(
    r"^[-~=_*+.•·\s]*(?:(?:o+O+)+o*|(?:O+o+)+O*|(?:x+X+)+x*|(?:X+x+)+X*|x{3,}|X{3,}|o{3,}|O{3,})[-~=_*+.•·\s]*$"
    r"|^[-~=_*+•·\s]+[xXoO][-~=_*+•·\s]+$"
)
_BREAK_WORDS = re.compile(
    r"^[\[(~*=\-\s]*(?:line\s*break|scene\s*break|page\s*break|time\s*skip|break)[\])~*=\-\s]*$", re.IGNORECASE
)
_HTML_RULE = re.compile(r"^<hr\s*/?>$", re.IGNORECASE)

# A document whose non-blank lines are this often longer than a wrapped line is one-paragraph-per-line.
_WRAPPED_LINE_LENGTH = 100
_WRAPPED_LONG_SHARE = 0.05


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text without its line terminator."""

    span: Span
    stripped: Span

    @property
    def blank(self) -> bool:
        return self.stripped.start == self.stripped.end


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Lines of `text[start:end]` with spans excluding the terminator and a whitespace-stripped span."""
    end = len(text) if end is None else end
    for match in _LINE.finditer(text, start, end):
        raw_start, raw_end = match.span()
        if raw_start == raw_end:
            continue
        content_end = raw_end
        while content_end > raw_start and text[content_end - 1] in "\r\n":
            content_end -= 1
        s, e = raw_start, content_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        yield Line(Span(raw_start, content_end), Span(s, e))


def is_scene_break(line: str) -> bool:
    """True for a line that only separates scenes: `***`, `* * *`, `~~~`, `-x-`, `oOo`, a centred symbol."""
    stripped = line.strip()
    if not stripped or len(stripped) > 60:
        return False
    if _HTML_RULE.match(stripped) or _BREAK_WORDS.match(stripped) or _BREAK_LETTERS.match(stripped):
        return True
    if set(stripped) <= set(".… "):
        # "..." alone is a character trailing off, not a break.
        return False
    return bool(_BREAK_SYMBOLS.match(stripped))


def chapter_heading_title(line: str, *, markdown: bool) -> str | None:
    """The title of a chapter heading line ("" when it has none), or None if the line is not a heading."""
    stripped = line.strip()
    if len(stripped) > 120:
        return None
    match = _CHAPTER_HEADING.match(stripped)
    bare = match.group("bare") if match else None
    # "Chapter 5 The Storm" is a heading; "Chapter 5 was the best part." is a sentence.
    if match and (bare is None or (not bare[0].islower() and not bare.endswith((".", "!", "?", ",")))):
        return stripped.lstrip("#").strip().strip("*_").strip()
    if markdown and _MARKDOWN_HEADING.match(stripped):
        return stripped.lstrip("#").strip()
    return None


def is_hard_wrapped(lines: list[Line]) -> bool:
    """True when paragraphs are separated by blank lines and wrapped inside (Gutenberg style)."""
    content = [line for line in lines if not line.blank]
    if len(content) < 2 or len(content) == len(lines):
        return False
    long_lines = sum(1 for line in content if len(line.stripped) > _WRAPPED_LINE_LENGTH)
    if long_lines > _WRAPPED_LONG_SHARE * len(content):
        return False
    previous_blank = True
    for line in lines:
        if not line.blank and not previous_blank:
            return True
        previous_blank = line.blank
    return False
