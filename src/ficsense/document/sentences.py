"""Sentence boundaries inside one paragraph.

Rules, not a model: a terminator (. ! ? … or an interrupting dash before a closing quote), any closing
quotes, brackets, emphasis marks or footnote markers after it, whitespace, and then something that can
start a sentence. Whether it does depends on the terminator and on what closes it:

- a lowercase word after a closing quote keeps the sentence going (`"Why?" he asked`), and so does a name
  followed by a speech verb after `?`, `!`, `…` or a dash (`"Why?" Harry asked`); after a plain period the
  author chose to end the sentence (`"It's late." Ana told him` is two);
- a lowercase word after a bare period, question or exclamation mark starts a new sentence (chat-style and
  all-lowercase writing) unless the word before the period is an abbreviation;
- an emoticon ends a sentence before a capital (`see you soon :) Next chapter`);
- an ellipsis trails off into the same sentence before a lowercase word or a stutter (`I... I don't know.`).

Measured by `evaluation/segmentation.py` against UD English GUM and EWT.
"""

from __future__ import annotations

import re

from ficsense.document.model import Span
from ficsense.document.textutil import SPEECH_VERBS, skip_space, trim_end

_CLOSERS = "\"”’'»)]*_~"
_TERMINATOR = re.compile(
    r"""(?:(?<=\s)[:;]-?[)(DPp](?=\s)|\.(?:[ \t]\.){2,}|[.!?‽…]+|[—–―]+(?=["”’'])|-{2,}(?=["”’']))"""
    r"""["”’'»)\]*_~]*(?:[ \t]?\[(?:\d{1,3}|…|\.\.\.)\])*(?=\s|$)"""
)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*)\.$")
_WORD = re.compile(r"[^\W_][\w'’-]*")

# Titles never end a sentence: "Mr. Darcy", "Dr. Watson", "St. Mungo's".
_TITLES = frozenset(
    "mr mrs ms mx dr drs prof st sr jr capt sgt lt col gen rev hon messrs mme mlle mssrs fr gov pres sen rep "
    "cpl pvt maj adm cmdr insp det supt".split()
)
# Abbreviations that sit inside sentences; a capital after them is usually a name, not a new sentence.
_INNER_ABBREVIATIONS = frozenset("e.g i.e vs cf viz approx ca esp fig vol pp".split())
# Abbreviations that may end a sentence but not before a lowercase word ("etc. and", "Smith et al. found").
# Words that are also ordinary words ("sat", "in", "sec") stay out: all-lowercase writing ends sentences on them.
_BEFORE_LOWERCASE = frozenset("etc al inc corp ltd bros approx dept esp incl".split())
# Abbreviations that do not end a sentence before a number ("Sept. 11", "No. 5", "ch. 12").
_BEFORE_NUMBER = frozenset(
    "no nos p pp ch chap vol fig c ca approx jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_NAME_THEN_VERB = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}(?:[a-z]+ly\s+)?([a-z]+)\b")


def split_sentences(text: str, paragraph: Span) -> list[Span]:
    """Sentence spans covering the non-blank text of `paragraph`, in order."""
    start = skip_space(text, paragraph.start, paragraph.end)
    sentences: list[Span] = []
    for match in _TERMINATOR.finditer(text, start, paragraph.end):
        boundary = match.end()
        next_start = skip_space(text, boundary, paragraph.end)
        if next_start >= paragraph.end or boundary <= start:
            continue
        if not _starts_sentence(text, match, next_start, paragraph.end):
            continue
        sentences.append(Span(start, trim_end(text, start, boundary)))
        start = next_start
    end = trim_end(text, start, paragraph.end)
    if end > start:
        sentences.append(Span(start, end))
    return sentences


def _starts_sentence(text: str, match: re.Match[str], next_start: int, end: int) -> bool:
    next_char = text[next_start]
    if next_char in ",;:)]}":
        return False
    marks = match.group(0)
    terminator = marks.split("[", 1)[0].rstrip(_CLOSERS + " \t")
    closed = len(terminator) < len(marks.split("[", 1)[0])
    ellipsis = "…" in terminator or ".." in terminator or ". ." in terminator
    if ellipsis:
        # "I thought... maybe" trails on; so does a stutter, "I... I don't know."
        if next_char.islower() or _repeats_word(text, match.start(), next_start, end):
            return False
        return not (closed and _attribution_follows(text, next_start, end))
    period = terminator == "."
    if next_char.islower():
        if closed:
            return False
        return not period or not _abbreviation_before(text, match.start(), _BEFORE_LOWERCASE)
    if period:
        if _abbreviation_before(text, match.start(), _BEFORE_NUMBER if next_char.isdigit() else frozenset()):
            return False
        word = _WORD_BEFORE.search(text, max(0, match.start() - 20), match.start() + 1)
        # An initial ("J. K. Rowling") is a lone capital letter before the period.
        initial = bool(word) and len(word.group(1)) == 1 and word.group(1).isupper()
        return not (initial and next_char.isupper())
    # After ? ! or a broken-off dash, `"Why?" Harry asked` is still one sentence.
    return not (closed and _attribution_follows(text, next_start, end))


def _attribution_follows(text: str, start: int, end: int) -> bool:
    """True when a name and a speech verb follow (`Harry asked`, `Professor McGonagall said`)."""
    attribution = _NAME_THEN_VERB.match(text, start, min(end, start + 80))
    return bool(attribution) and attribution.group(1) in SPEECH_VERBS


def _abbreviation_before(text: str, period: int, also: frozenset[str]) -> bool:
    word = _WORD_BEFORE.search(text, max(0, period - 20), period + 1)
    if not word:
        return False
    lowered = word.group(1).lower()
    if lowered in _TITLES or lowered in _INNER_ABBREVIATIONS:
        return True
    if not also:
        return False
    # "a.m.", "U.S." and single letters are abbreviations whatever follows; a plain word is not.
    return lowered in also or "." in lowered or len(lowered) == 1


def _repeats_word(text: str, terminator_start: int, next_start: int, end: int) -> bool:
    before = text[max(0, terminator_start - 30) : terminator_start].split()
    after = _WORD.match(text, next_start, end)
    if not before or not after:
        return False
    previous = before[-1].strip("\"“”‘’'*_(").lower()
    following = after.group(0).lower()
    return bool(previous) and (following == previous or following.startswith(previous + "-"))
