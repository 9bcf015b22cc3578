"""Dialogue spans: straight and curly double quotes, single-quote dialogue, nested quotes, and speeches
that run over several paragraphs.

A straight `"` has no direction of its own, so its direction comes from its neighbours (a space before and a
letter after opens), falling back to alternation only when the neighbours cannot tell. Single quotes double
as apostrophes ("don't", "the twins' room", "'em"), so they count as dialogue only in a story whose dialogue
is written with them.

Quote marks also wrap names, titles and scare quotes (`a ship called "Serenity"`); a short quotation run into
its sentence is left out, because `Document.quotes` is dialogue. Measured by `evaluation/segmentation.py`
against LitBank and PDNC quotations.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from ficsense.document.model import Quote, Span
from ficsense.document.textutil import SPEECH_VERBS, skip_space, trim_end

Mark = Literal["double", "single"]

_OPEN_CONTEXT = frozenset(" \t\r\n([{—–-/")
_DOUBLE_OPENERS = "“„«"
_DOUBLE_CLOSERS = "”»"
_SINGLE_OPENERS = "‘"
_SINGLE_CLOSERS = "’"
# Elisions that start with an apostrophe and are not an opening quote.
_ELISION = re.compile(r"['‘](?:em|cause|cos|til|till|bout|tis|twas|n|s|round|nuff|ello|ere|ow|kay|ya)\b|['‘]\d0s", re.I)
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[^\W\d_])", re.M)
_DOUBLE_CHARS = re.compile(r"[\"“”„«»]")
# No `^`: `match(text, pos)` anchors at `pos`, while `^` would only match at the start of the whole text.
_DASH_OPENING = re.compile(r"\s*(?:—|―|--)\s*\S")
_WORD_BEFORE = re.compile(r"[^\W\d_]+$")
_TITLE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SPEECH_END = frozenset(",.!?…—–-")
# A quotation this short and run into its sentence is a name or a scare quote; longer ones are speech.
_MENTION_MAX_WORDS = 6
# Words after which a short quotation is still speech: `she said "no"`, `he yelled "Run!"`, `she went "ugh"`.
# "Called" names things (`a ship called "Serenity"`) as often as it tags a shout, so it is left out.
_SPEECH_WORDS = (SPEECH_VERBS - {"called", "calls"}) | frozenset(
    "saying reply went goes like then again back softly quietly".split()
)


@dataclass(frozen=True, slots=True)
class QuoteStyle:
    """How a story writes its dialogue, decided once per document."""

    primary: Mark
    dash_dialogue: bool


def detect_style(text: str, paragraphs: Sequence[Span]) -> QuoteStyle:
    """Decide whether dialogue uses double quotes, single quotes or leading dashes."""
    doubles = len(_DOUBLE_CHARS.findall(text))
    singles = sum(1 for m in _SINGLE_OPENING.finditer(text) if not _ELISION.match(text, m.start()))
    primary: Mark = "single" if singles >= 2 and singles > doubles else "double"
    dash_paragraphs = sum(1 for p in paragraphs if _DASH_OPENING.match(text, p.start, p.end))
    return QuoteStyle(primary=primary, dash_dialogue=dash_paragraphs >= 3 and doubles < dash_paragraphs)


def find_quotes(text: str, paragraphs: Sequence[Span], style: QuoteStyle | None = None) -> list[Quote]:
    """All dialogue spans in document order."""
    style = style or detect_style(text, paragraphs)
    quotes: list[Quote] = []
    for index, paragraph in enumerate(paragraphs):
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if style.dash_dialogue and _DASH_OPENING.match(text, paragraph.start, paragraph.end):
            start = skip_space(text, paragraph.start, paragraph.end)
            quotes.append(Quote(Span(start, trim_end(text, start, paragraph.end)), "dash"))
            continue
        found = _scan_paragraph(text, paragraph, following, style.primary)
        quotes.extend(
            quote for quote in found if _has_content(text, quote) and not is_mention(text, quote, paragraph.start)
        )
    return quotes


def is_mention(text: str, quote: Quote, paragraph_start: int) -> bool:
    """True for quote marks around a name, title or scare-quoted phrase rather than speech.

    The tell is a short quotation run into the sentence around it: a word (not a speech verb, not a
    comma or colon) right before the opening mark, as in `the "Red Death"` or `a "true sea-dog"`, and
    content that either has no closing punctuation or starts in lowercase. Dialogue follows a speech verb,
    punctuation or the start of a paragraph.
    """
    if quote.continues or quote.unclosed:
        return False
    content = text[quote.span.start + 1 : quote.span.end - 1].strip()
    if not content or len(content.split()) > _MENTION_MAX_WORDS:
        return False
    before = quote.span.start
    while before > paragraph_start and text[before - 1].isspace():
        before -= 1
    if before == paragraph_start or not text[before - 1].isalnum():
        return False
    word = _WORD_BEFORE.search(text, max(paragraph_start, before - 30), before)
    if word and word.group(0).lower() in _SPEECH_WORDS:
        return False
    if content[-1] not in _SPEECH_END or content[0].islower():
        return True
    # A title in capitals ("The Poet and the Peasant.") is named, not spoken.
    words = _TITLE_WORD.findall(content)
    long_words = [word for word in words if len(word) > 3]
    return len(words) >= 2 and len(long_words) >= 2 and all(word[0].isupper() for word in long_words)


def _has_content(text: str, quote: Quote) -> bool:
    # A lone mark at the end of a paragraph is a stray keystroke; `"..."` or `"—"` is still a reply.
    end = quote.span.end if quote.continues or quote.unclosed else quote.span.end - 1
    return bool(text[quote.span.start + 1 : end].strip())


def _scan_paragraph(text: str, paragraph: Span, following: Span | None, primary: Mark) -> list[Quote]:
    quotes: list[Quote] = []
    open_at: int | None = None
    inner: list[Span] = []
    inner_open: int | None = None
    end = trim_end(text, paragraph.start, paragraph.end)
    for position in range(paragraph.start, end):
        char = text[position]
        role = _role(text, position, paragraph.start, end, char, primary)
        if role is None:
            if open_at is not None:
                inner_role = _inner_role(text, position, paragraph.start, end, char, primary)
                if inner_role == "open" and inner_open is None:
                    inner_open = position
                elif inner_role == "close" and inner_open is not None:
                    inner.append(Span(inner_open, position + 1))
                    inner_open = None
            continue
        if open_at is None:
            if role in ("open", "either"):
                open_at, inner, inner_open = position, [], None
            continue
        if role in ("close", "either"):
            quotes.append(Quote(Span(open_at, position + 1), primary, inner=tuple(inner)))
            open_at = None
        else:
            # A second opening mark before any close: the first quote was never closed (a typo).
            quotes.append(
                Quote(Span(open_at, trim_end(text, open_at, position)), primary, unclosed=True, inner=tuple(inner))
            )
            open_at, inner, inner_open = position, [], None
    if open_at is not None:
        continues = following is not None and _opens_with_quote(text, following, primary)
        quotes.append(
            Quote(Span(open_at, end), primary, continues=continues, unclosed=not continues, inner=tuple(inner))
        )
    return quotes


def _role(text: str, position: int, start: int, end: int, char: str, primary: Mark) -> str | None:
    """'open', 'close', 'either' (direction unknown) or None for a character that is not a primary mark."""
    if primary == "double":
        if char in _DOUBLE_OPENERS:
            return "open"
        if char in _DOUBLE_CLOSERS:
            # Autocorrect sometimes turns an opening mark into a closing one; the context corrects it.
            return (
                "open"
                if _looks_opening(text, position, start, end) and not _looks_closing(text, position, start, end)
                else "close"
            )
        if char == '"':
            return _direction(text, position, start, end)
        return None
    if char not in "'‘’":
        return None
    if _is_apostrophe(text, position, start, end):
        return None
    if char == "‘":
        return "open"
    return _direction(text, position, start, end)


def _inner_role(text: str, position: int, start: int, end: int, char: str, primary: Mark) -> str | None:
    if primary == "double":
        if char not in "'‘’" or _is_apostrophe(text, position, start, end):
            return None
        return "open" if char == "‘" or _looks_opening(text, position, start, end) else "close"
    if char in "“":
        return "open"
    if char in "”":
        return "close"
    if char == '"':
        direction = _direction(text, position, start, end)
        return "open" if direction == "open" else "close"
    return None


def _direction(text: str, position: int, start: int, end: int) -> str:
    opening = _looks_opening(text, position, start, end)
    closing = _looks_closing(text, position, start, end)
    if opening and not closing:
        return "open"
    if closing and not opening:
        return "close"
    return "either"


def _looks_opening(text: str, position: int, start: int, end: int) -> bool:
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    return before in _OPEN_CONTEXT and not after.isspace()


def _looks_closing(text: str, position: int, start: int, end: int) -> bool:
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _is_apostrophe(text: str, position: int, start: int, end: int) -> bool:
    before = text[position - 1] if position > start else " "
    after = text[position + 1] if position + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, O'Brien
    if text[position] != "‘" and _ELISION.match(text, position):
        return before.isspace() or position == start
    # The twins' room: a plural possessive before a lowercase word.
    return bool(before in "sS" and after == " " and position + 2 < end and text[position + 2].islower())


def _opens_with_quote(text: str, paragraph: Span, primary: Mark) -> bool:
    position = skip_space(text, paragraph.start, paragraph.end)
    if position >= paragraph.end:
        return False
    char = text[position]
    if primary == "double":
        return char in _DOUBLE_OPENERS or char == '"'
    return char in "'‘" and not _ELISION.match(text, position)
