"""What the shapes of grammar.missing_word share: building a finding, and placing a token in its sentence."""

from __future__ import annotations

import bisect

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.vocabulary import (
    BODY_PARTS,
    GESTURES,
    MODALS,
    NOMINATIVE,
    NOT_ACTIONS,
    NOT_BEFORE_GESTURE,
    POSSESSIVE_OF,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import word_classes

# Every shape is a context edited English never produces, checked against word classes or the language
# model; none is certain enough to apply without a look.
CONFIDENCE = 0.7


def verbatim(ctx: Context, first: int, last: int) -> str:
    """Tokens `first` to `last` as the story writes them (curly apostrophes kept, unlike `ctx.forms`)."""
    return ctx.text[ctx.spans[first].start : ctx.spans[last].end]


def hit_over(ctx: Context, first: int, last: int, message: str, fixes: tuple[str, ...] = ()) -> Hit:
    """A finding spanning tokens `first` to `last`."""
    return Hit(ctx.spans[first].start, ctx.spans[last].end, message, fixes, CONFIDENCE)


def missing_message(what: str, text: str) -> str:
    """ "“of” seems to be missing in “one them”."; `what` names the lost word ("An article", "“to”")."""
    return f"{what} seems to be missing in “{text}”."


def missing(ctx: Context, first: int, last: int, what: str, fixes: tuple[str, ...] = ()) -> Hit:
    """A finding over tokens `first` to `last`, which have lost `what` ("An article", "“to”") somewhere."""
    return hit_over(ctx, first, last, missing_message(what, verbatim(ctx, first, last)), fixes)


def phrase_with(ctx: Context, before: int, word: str, after: int) -> str:
    """Two tokens with `word` put between them: "shook head" and "her" give "shook her head"."""
    return f"{ctx.forms[before]} {word} {ctx.forms[after]}"


def missing_between(ctx: Context, before: int, word: str, after: int, *, what: str | None = None) -> Hit:
    """ "one them": `word` ("of") lost between two tokens, with the phrase that restores it as the fix."""
    return missing(ctx, before, after, what or f"“{word}”", (phrase_with(ctx, before, word, after),))


def word_after(ctx: Context, index: int | None) -> int | None:
    """The next word after token `index`, carrying a missing token (None) through a chain of look-ups."""
    return None if index is None else ctx.next_word(index)


def word_before(ctx: Context, index: int | None) -> int | None:
    """The word before token `index`, carrying a missing token (None) through a chain of look-ups."""
    return None if index is None else ctx.prev_word(index)


def narrates_in_past(ctx: Context) -> bool:
    """The story uses "was", "were" and "had" at least as often as "is", "are", "am" and "has"."""
    past = sum(len(ctx.where.get(word, ())) for word in ("was", "were", "had"))
    present = sum(len(ctx.where.get(word, ())) for word in ("is", "are", "am", "has"))
    return past >= present


def sentence_start(ctx: Context, index: int) -> int:
    """The character offset where the sentence holding token `index` starts."""
    return ctx.sentence_starts[bisect.bisect_right(ctx.sentence_starts, ctx.spans[index].start) - 1]


def sentence_end(ctx: Context, index: int) -> int:
    """The character offset where the sentence holding token `index` ends."""
    sentences = ctx.doc.sentences
    position = bisect.bisect_right(ctx.sentence_starts, ctx.spans[index].start) - 1
    return sentences[position].end if position >= 0 else len(ctx.text)


_ABSOLUTE_OPENERS = frozenset({"—", "–", "-", ":", ";", ",", "(", "…"})


def opens_sentence(ctx: Context, index: int) -> bool:
    """The first word of a sentence or of a quotation; not a word after a dash, where an absolute may stand."""
    return ctx.starts[index] and (index == 0 or ctx.forms[index - 1] not in _ABSOLUTE_OPENERS)


def word_across_lines(ctx: Context, index: int) -> int | None:
    """The word right before token `index`, even across a line break (novels wrap their lines)."""
    before = index - 1
    if before < 0 or not ctx.is_word[before]:
        return None
    return before if ctx.text[ctx.spans[before].end : ctx.spans[index].start].isspace() else None


def subject_before_in_sentence(ctx: Context, index: int) -> int | None:
    """The position of the nearest subject pronoun or capitalised word before token `index` in its sentence."""
    start = sentence_start(ctx, index)
    position = index - 1
    while position >= 0 and ctx.spans[position].start >= start:
        if ctx.lower[position] in POSSESSIVE_OF or (ctx.is_word[position] and ctx.forms[position][:1].isupper()):
            return position
        position -= 1
    return None


# Between a name and its own verb: "Dez had to put", "Pip finally shook".
_BEFORE_OWN_VERB = MODALS | frozenset("had has have to did didn't just only then finally still already".split())


def is_subject_of(ctx: Context, name: int, verb: int) -> bool:
    """The name at `name` is the subject of the verb at `verb`: only auxiliaries and adverbs come between."""
    words = [position for position in range(name + 1, verb) if ctx.is_word[position]]
    if len(words) != verb - name - 1:
        return False  # punctuation between: "Tom, she said, shook head" is not Tom's gesture.
    return all(ctx.lower[word] in _BEFORE_OWN_VERB or ctx.lower[word].endswith("ly") for word in words)


def owner_possessive(ctx: Context, index: int) -> str | None:
    """ "his" or "her" for the subject of the verb at `index`: from its pronoun, or for a name, from how the
    story writes that name's own gestures ("Dez shook his head" elsewhere) when it always agrees."""
    position = subject_before_in_sentence(ctx, index)
    if position is None:
        return None
    if ctx.lower[position] in POSSESSIVE_OF:
        return POSSESSIVE_OF[ctx.lower[position]]
    if not is_subject_of(ctx, position, index):
        return None
    subject = ctx.forms[position]
    seen: set[str] = set()
    for name in ctx.where.get(subject.lower(), ()):
        if ctx.forms[name] != subject:
            continue
        verb = ctx.next_word(name)
        possessive = word_after(ctx, verb)
        part = word_after(ctx, possessive)
        if verb is None or possessive is None or part is None:
            continue
        if ctx.lower[verb] in GESTURES and ctx.lower[part] in BODY_PARTS and ctx.lower[possessive] in ("his", "her"):
            seen.add(ctx.lower[possessive])
    return seen.pop() if len(seen) == 1 else None


_SUBJECT_ADVERBS = frozenset("just then still already only also even never".split())


def acts_after_subject(ctx: Context, verb: int) -> bool:
    """ "I hit", "she finally bumped": any verb after a subject pronoun (and an adverb), where only a verb fits."""
    subject = word_across_lines(ctx, verb)
    if subject is not None and (ctx.lower[subject].endswith("ly") or ctx.lower[subject] in _SUBJECT_ADVERBS):
        subject = word_across_lines(ctx, subject)
    word = ctx.lower[verb]
    if subject is None or ctx.lower[subject] not in NOMINATIVE | {"you"} or word in NOT_ACTIONS:
        return False
    classes = word_classes()
    if classes.knows(word):
        return classes.can_be(word, ("VBD", "VBZ", "VBP", "@VERB"))
    return word.endswith("ed")


def participle_as_adjective(ctx: Context, before: int | None) -> bool:
    """The word `before` a gesture verb makes the verb an adjective: "a clenched fist", "with folded arms",
    "Clarice's raised fist"."""
    return before is not None and (ctx.lower[before] in NOT_BEFORE_GESTURE or ctx.lower[before].endswith(("'s", "s'")))
