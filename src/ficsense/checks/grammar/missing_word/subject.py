"""A lost subject: "when noticed the door", "while went to", "until gets bored", "the ugliest bike have ever seen".

A clause opener ("when", "because", "until", "while") is never followed straight by an active past or a
present verb, and "have ever seen" after a superlative and its noun needs someone who saw.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import (
    CONFIDENCE,
    missing,
    phrase_with,
    sentence_end,
    subject_before_in_sentence,
    word_before,
)
from ficsense.checks.grammar.missing_word.vocabulary import (
    CLAUSE_OPENERS,
    NOMINATIVE,
    NOT_SUBJECTLESS,
    OBJECT_DETERMINERS,
    PERFECT,
    POSSESSIVE_OF,
    SUBJECT_PRONOUNS,
    is_participle,
    is_third_person_verb,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import BASE_VERB, NOUN, word_classes

_SUBJECTLESS = re.compile(
    r"\b(?:when|because|until|while)\s+(?P<verb>noticed|realized|realised|saw|heard|walked|"
    r"turned|opened|entered|got|went|came|grabbed|pulled|pushed|reached|stood|sat|took|began|knew|ran|gave|"
    r"spoke|broke|chose|wrote|drove|rode|fell|grew|threw|drew|looked|stepped|arrived|glanced|stared|"
    r"smiled|laughed|nodded|sighed|picked)\s+"
    r"(?:the|a|an|his|her|their|my|that|him|me|them|up|down|out|back|into)\b",
    re.IGNORECASE,
)


# A past tense that is never a participle cannot follow "when" without a subject, whatever comes next
# ("while went to prepare", "because got your note"); the inversion "when came the dawn" is left alone.
_PAST_ONLY = re.compile(
    r"\b(?:when|because|until|while)\s+(?P<verb>came|went|saw|got|took|began|knew|ran|gave|decided)\b"
    r"(?!\s+(?:the|a|an|his|her|their|its|my|our)\b)(?![-'’])",
    re.IGNORECASE,
)


# "never before faced", "the night before fell", "ever after be": "before" and "after" as adverbs.
_TIME_BEFORE_ADVERB = frozenset(
    "ever never long soon shortly just right night day morning evening week year years days hours".split()
)


_THIRD_PERSON = frozenset("he she it".split())


_OTHER_PERSONS = frozenset("i you we they".split())


def _can_be_base_verb(word: str) -> bool:
    """Seen as a base verb in at least 15% of its uses and as a noun in under half ("open", not "bed")."""
    classes = word_classes()
    total = classes.total(word)
    return total > 0 and classes.count(word, BASE_VERB) >= 0.15 * total and classes.count(word, NOUN) < 0.5 * total


def _subject_for(ctx: Context, opener: int, persons: frozenset[str]) -> str | None:
    """The subject pronoun of the main clause after a fronted clause ("when open it, you ..."), if it agrees.

    A clause that opens the sentence shares its subject with the main clause ("When saw him she was up");
    without the comma only a pronoun that is never an object ("she", not "you") says where that starts.
    """
    end = sentence_end(ctx, opener)
    fronted = ctx.starts[opener]
    index = opener + 1
    while index < len(ctx.spans) and ctx.spans[index].start < end:
        after_comma = ctx.forms[index - 1] == ","
        if ctx.lower[index] in SUBJECT_PRONOUNS and (after_comma or (fronted and ctx.lower[index] in NOMINATIVE)):
            return ctx.lower[index] if ctx.lower[index] in persons else None
        index += 1
    return None


def dropped_subject_before_past(ctx: Context) -> Iterator[Hit]:
    """ "when noticed the door", "while went to": a clause opener straight before an active past verb."""
    seen: set[int] = set()
    for pattern in (_SUBJECTLESS, _PAST_ONLY):
        for match in pattern.finditer(ctx.text):
            start, end = match.span("verb")
            if start in seen:
                continue
            seen.add(start)
            verb = match.group("verb")
            fixes = _subject_before_past(ctx, start, verb)
            yield Hit(start, end, f"A subject seems to be missing before “{verb}”.", fixes, CONFIDENCE)


def _subject_before_past(ctx: Context, start: int, verb: str) -> tuple[str, ...]:
    """The fix "when she saw" for a subjectless past verb at `start`, where the main clause names its subject."""
    index = bisect.bisect_left([span.start for span in ctx.spans], start)
    opener = ctx.prev_word(index)
    if opener is None:
        return ()
    subject = _subject_for(ctx, opener, SUBJECT_PRONOUNS)
    return () if subject is None else (f"{subject} {verb}",)


def dropped_subject(ctx: Context) -> Iterator[Hit]:
    """ "until gets bored", "when open the drawer": a clause opener straight before a finite present verb."""
    lower = ctx.lower
    for index in ctx.indices_of(CLAUSE_OPENERS):
        verb, before = ctx.next_word(index), ctx.prev_word(index)
        if verb is None or lower[verb] in NOT_SUBJECTLESS:
            continue
        if before is not None and lower[before] in _TIME_BEFORE_ADVERB:
            continue
        word, after = lower[verb], ctx.next_word(verb)
        if is_third_person_verb(ctx, word):
            persons = _THIRD_PERSON
        elif _can_be_base_verb(word) and after is not None and lower[after] in OBJECT_DETERMINERS:
            persons = _OTHER_PERSONS
        else:
            continue
        subject = _subject_for(ctx, index, persons)
        fixes = () if subject is None else (phrase_with(ctx, index, subject, verb),)
        yield missing(ctx, index, verb, "A subject", fixes)


def _subject_pronoun_before(ctx: Context, index: int) -> str | None:
    """The nearest subject pronoun before token `index` in its sentence, unless a name comes first."""
    position = subject_before_in_sentence(ctx, index)
    return None if position is None or ctx.lower[position] not in POSSESSIVE_OF else ctx.lower[position]


_UNIQUE = frozenset("only first last best worst".split())


def _is_superlative(ctx: Context, word: str) -> bool:
    """ "best", "only", "ugliest": a superlative by the treebanks or by its adjective ("ugly", "big", "nice").

    A word the treebanks lack counts when the language model knows it after "the" and knows its stem.
    """
    classes = word_classes()
    if word in _UNIQUE or classes.can_be(word, ("JJS", "RBS")):
        return True
    if not word.endswith("est") or classes.knows(word):
        return False
    stem = word[:-3]
    adjectives = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem, stem[:-1]}
    if any(classes.is_adjective(adjective, share=0.6) for adjective in adjectives):
        return True
    model = ctx.model
    return model.pair("the", word) > 0 and any(
        not classes.knows(adjective) and model.count(adjective) >= 1_000_000 for adjective in adjectives
    )


def dropped_relative_subject(ctx: Context) -> Iterator[Hit]:
    """ "the ugliest bike have ever seen": after a superlative and its noun, "have ever" needs a subject."""
    lower = ctx.lower
    for index in ctx.indices_of(("ever",)):
        auxiliary = ctx.prev_word(index)
        noun = word_before(ctx, auxiliary)
        adjective = word_before(ctx, noun)
        if auxiliary is None or noun is None or adjective is None:
            continue
        if lower[auxiliary] not in PERFECT or not _is_superlative(ctx, lower[adjective]):
            continue
        # A singular noun: "our wildest dreams had ever pictured" has its subject.
        if not _is_singular_noun(ctx, lower[noun]):
            continue
        verb = ctx.next_word(index)
        if verb is None or not _is_participle_or_past(lower[verb]):
            continue
        fixes: tuple[str, ...] = ()
        if lower[auxiliary] in ("have", "'ve"):
            fixes = (f"{ctx.forms[noun]} I have",)
        elif lower[auxiliary] == "has":
            fixes = (f"{ctx.forms[noun]} that has",)
        else:
            subject = _subject_pronoun_before(ctx, adjective)
            if subject is not None:
                fixes = (f"{ctx.forms[noun]} {'I' if subject == 'i' else subject} had",)
        yield missing(ctx, noun, auxiliary, "A subject (or “that”)", fixes)


def _is_singular_noun(ctx: Context, word: str) -> bool:
    """A singular noun by the treebanks; one they lack ("bike") when "a" comes before it far more than "the"s."""
    classes = word_classes()
    total = classes.total(word)
    if total:
        return classes.count(word, ("NN",)) >= 0.6 * total
    if classes.knows(word) or word.endswith("s"):
        return False
    return ctx.model.pair("a", word) > 0 and ctx.model.pair("to", word) < ctx.model.pair("a", word) / 10


def _is_participle_or_past(word: str) -> bool:
    """ "seen", "tasted": what follows "have ever"."""
    return word.endswith("ed") or is_participle(word) or word_classes().can_be(word, ("VBN",))
