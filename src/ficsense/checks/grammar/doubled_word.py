"""grammar.doubled_word — the same word twice in a row ("to the the door"), the commonest slip of revision.

Repetition writers mean is left alone: "had had", "that that", emphatic pairs ("very very", "no no") and
anything separated by punctuation ("No, no").
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

# Pairs English grammar allows or speech repeats on purpose.
INTENDED: frozenset[str] = frozenset(
    """
    had that is do no so very really bye ha haha he hee ho la knock tut chop now there well come yes yeah
    far many long more much oh boo blah tsk night out round again over on buzz tick tock cha choo bang
    too please wait go run mine never hush bla yo ah uh um hmm mm wow whoa okay ok yum tap her you
    """.split()
)


# In dialogue people stammer and repeat themselves ("I I can't", "nothing nothing"); there only a doubled
# function word is taken for a slip.
# Auxiliaries and prepositions are not stammered either ("Corran's been been in here"), nor are the
# written-speech auxiliaries ("they're gonna gonna pave it").
FUNCTION_WORDS = frozenset(
    """
    the a an to of and in on at for with is was it that this his her my been be are were has have will would
    could should can from into onto by as or if their your our its them him we they she am gonna wanna gotta
    """.split()
)


def find(ctx: Context) -> Iterator[Hit]:
    """Adjacent identical words on one line."""
    quotes = [quote.span for quote in ctx.doc.quotes]
    for index in ctx.word_indices():
        after = ctx.next_word(index)
        if after is None or ctx.lower[index] != ctx.lower[after] or ctx.lower[index] in INTENDED:
            continue
        # "like LIKE": a repeat in capitals is emphasis.
        first, second = ctx.forms[index], ctx.forms[after]
        if first != second and any(form.isupper() and len(form) > 1 for form in (first, second)):
            continue
        # Three in a row is said on purpose ("cool cool cool", "the the the"): a slip doubles once.
        before, beyond = ctx.prev_word(index), ctx.next_word(after)
        if any(other is not None and ctx.lower[other] == ctx.lower[index] for other in (before, beyond)):
            continue
        # Only a single space between: a wider gap in plain text is often a lost dash ("I   I don't").
        if ctx.lower[index].isdigit() or ctx.spans[after].start - ctx.spans[index].end != 1:
            continue
        start, end = ctx.spans[index].start, ctx.spans[after].end
        if ctx.lower[index] not in FUNCTION_WORDS and any(span.start <= start < span.end for span in quotes):
            continue
        word = ctx.forms[index]
        yield Hit(start, end, f"“{word}” is written twice.", (ctx.text[start : ctx.spans[index].end],), 0.95)


RULE = Rule(
    id="grammar.doubled_word",
    category="grammar",
    description="A word repeated by accident.",
    find=find,
    bad=(
        Example("She pushed the the door open.", "She pushed the door open."),
        Example("He wanted to to leave early.", "He wanted to leave early."),
        Example("“He's been been here all week,” she said.", "“He's been here all week,” she said."),
        Example("“They're gonna gonna pave it.”", "“They're gonna pave it.”"),
    ),
    good=(
        "I like you. I like LIKE you.",
        "She had had enough of him.",
        "“No, no, it’s fine,” she said.",
        "He said that that was the end of it.",
        "“Nothing nothing,” he repeated.",
        "oh ok cool cool cool",
        "“They're gonna pave it.”",
    ),
)
