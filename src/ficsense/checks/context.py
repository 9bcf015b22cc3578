"""Everything the rules share about one document, computed once: token forms, sentence starts, lexicon."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ficsense.checks.language import LanguageModel, english
from ficsense.checks.lexicon import Lexicon, build_lexicon
from ficsense.document import Document, Span

_OPENING_QUOTES = frozenset("\"“‘'«")
# A line that opens with a sender's name in bold or before a colon, as fan fiction renders text messages.
_CHAT_LINE = re.compile(r"[ \t>]*(?:\*\*[^*\n]{1,30}:?\*\*:?|\[[^\]\n]{1,30}\]|[\w .]{1,20}:)[ \t]")


def in_chat_line(text: str, offset: int) -> bool:
    """Whether `offset` falls in a text message (`**Priya:** hes fine`), written the way people text, where
    a dropped apostrophe is the writer's choice, not a slip."""
    line_start = text.rfind("\n", 0, offset) + 1
    sender = _CHAT_LINE.match(text, line_start)
    return sender is not None and sender.end() <= offset


@dataclass(frozen=True, slots=True)
class Context:
    """Token-level view of a document for the rules.

    `forms` are the tokens' text with curly apostrophes made straight, `lower` the same in lower case;
    `starts` marks tokens that open a sentence or a quotation, where capitals say nothing about names.
    """

    doc: Document
    text: str
    spans: tuple[Span, ...]
    forms: tuple[str, ...]
    lower: tuple[str, ...]
    is_word: tuple[bool, ...]
    words: tuple[int, ...]
    starts: tuple[bool, ...]
    lexicon: Lexicon
    model: LanguageModel
    sentence_starts: tuple[int, ...]
    # For each token, the index of the word right after (before) it on the same line, or -1.
    following: tuple[int, ...]
    preceding: tuple[int, ...]
    # Lower-case word -> the indices of its tokens, so that a rule about "then" visits only "then".
    where: Mapping[str, tuple[int, ...]]

    def next_word(self, index: int) -> int | None:
        """The index of the word right after token `index` on the same line, or None if punctuation intervenes."""
        after = self.following[index]
        return after if after >= 0 else None

    def prev_word(self, index: int) -> int | None:
        """The index of the word right before token `index` on the same line, or None."""
        before = self.preceding[index]
        return before if before >= 0 else None

    def word_indices(self) -> tuple[int, ...]:
        """Indices of the tokens that are words."""
        return self.words

    def indices_of(self, words: Iterable[str]) -> list[int]:
        """Indices of the tokens whose lower-case form is one of `words`, in text order."""
        return sorted(index for word in set(words) for index in self.where.get(word, ()))


def build_context(doc: Document, *, user_words: Iterable[str] = ()) -> Context:
    """The shared view of `doc`, with the story lexicon learned from it and the writer's own words."""
    text = doc.text
    spans = doc.tokens
    forms = tuple(text[span.start : span.end].replace("’", "'") for span in spans)
    is_word = tuple(form[:1].isalnum() for form in forms)
    starts = _starts(doc, spans, forms)
    word_forms = [form for form, word in zip(forms, is_word, strict=True) if word]
    word_starts = [start for start, word in zip(starts, is_word, strict=True) if word]
    following = [-1] * len(spans)
    preceding = [-1] * len(spans)
    for index in range(len(spans) - 1):
        if is_word[index + 1]:
            gap = text[spans[index].end : spans[index + 1].start]
            if gap.isspace() and "\n" not in gap:
                following[index] = index + 1
                if is_word[index]:
                    preceding[index + 1] = index
    lower = tuple(form.lower() for form in forms)
    where: dict[str, list[int]] = {}
    for index, word in enumerate(is_word):
        if word:
            where.setdefault(lower[index], []).append(index)
    return Context(
        doc=doc,
        text=text,
        spans=spans,
        forms=forms,
        lower=lower,
        is_word=is_word,
        words=tuple(index for index, word in enumerate(is_word) if word),
        starts=starts,
        lexicon=build_lexicon(word_forms, word_starts, user_words),
        model=english(),
        sentence_starts=tuple(sentence.start for sentence in doc.sentences),
        following=tuple(following),
        preceding=tuple(preceding),
        where={word: tuple(indices) for word, indices in where.items()},
    )


def _starts(doc: Document, spans: tuple[Span, ...], forms: tuple[str, ...]) -> tuple[bool, ...]:
    token_starts = [span.start for span in spans]
    flags = [False] * len(spans)
    for sentence in doc.sentences:
        index = bisect.bisect_left(token_starts, sentence.start)
        # The first word of the sentence, past any opening quote marks or brackets.
        while index < len(spans) and spans[index].start < sentence.end and not forms[index][:1].isalnum():
            index += 1
        if index < len(spans) and spans[index].start < sentence.end:
            flags[index] = True
    for index in range(1, len(spans)):
        if forms[index - 1] in _OPENING_QUOTES or forms[index - 1] in {":", "—", "(", "*", "_", "…"}:
            flags[index] = True
    return tuple(flags)
