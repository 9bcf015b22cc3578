"""A lost "the": "for rest of the week", "was same as ever", "one of best days", "rubbed back of his neck".

Part nouns before "of", "same" and "first time" after a copula, superlatives after "one of" and regions
of the body after a touch all take "the"; the bare forms English does use ("on top of", "in front of",
"all of last week") are left out by name.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import (
    missing,
    missing_between,
    participle_as_adjective,
    word_across_lines,
    word_after,
)
from ficsense.checks.grammar.missing_word.vocabulary import (
    COPULAS,
    GESTURES,
    PART_NOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    TAKES_TO,
    inflections,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import BASE_VERB, word_classes

# Bare on purpose: "on top of", "in front of", "in back of", "at length".
_BARE_PARTS = frozenset({("on", "top"), ("in", "front"), ("in", "back"), ("at", "bottom"), ("by", "side")})


def _after_infinitive_verb(ctx: Context, to: int) -> bool:
    """ "began to", "want to": a "to" that opens an infinitive."""
    verb = ctx.prev_word(to)
    return verb is not None and ctx.lower[verb] in TAKES_TO | COPULAS


def dropped_the_before_part_noun(ctx: Context) -> Iterator[Hit]:
    """ "for rest of your life": a part noun between a preposition and "of" needs "the"."""
    lower = ctx.lower
    for index in ctx.indices_of(PART_NOUNS):
        noun = lower[index]
        before, after = ctx.prev_word(index), ctx.next_word(index)
        if before is None or after is None or lower[after] != "of":
            continue
        if not ctx.forms[index].islower():
            continue  # "events in End of Mission": a title.
        if lower[before] not in PLACE_PREPOSITIONS or (lower[before], noun) in _BARE_PARTS:
            continue
        # "began to surface of": after "to" a part noun may be a verb.
        if lower[before] == "to" and (
            word_classes().can_be(noun, (*BASE_VERB, "@VERB")) or _after_infinitive_verb(ctx, before)
        ):
            continue
        yield missing_between(ctx, before, "the", index, what="An article")


# "'s" is "is" only after these; "Garak's first time" is a possessive.
_PRONOUN_IS = frozenset("it's that's he's she's there's here's what's who's this's".split())


_SAME_PREPOSITIONS = frozenset("at in on of from for with by into".split())


def dropped_the_before_same(ctx: Context) -> Iterator[Hit]:
    """A copula or preposition straight before "same", a copula before "first time"/"first and only"."""
    lower = ctx.lower
    for index in ctx.indices_of(("same", "first")):
        before, after = ctx.prev_word(index), ctx.next_word(index)
        if before is None:
            continue
        # "at same time", "in same way": only "same" follows a preposition without its article.
        same_after_preposition = lower[index] == "same" and lower[before] in _SAME_PREPOSITIONS
        if not (lower[before] in COPULAS or lower[before] in _PRONOUN_IS or same_after_preposition):
            continue
        if lower[index] == "first":
            following = word_after(ctx, after)
            if after is None or not (
                lower[after] == "time" or (lower[after] == "and" and following and lower[following] == "only")
            ):
                continue
        elif after is None and ctx.text[ctx.spans[index].end : ctx.spans[index].end + 1] == "-":
            continue
        yield missing_between(ctx, before, "the", index)


_PART_OF = frozenset("one some many few all none each most two three several".split())


# Not "first" and "last": "all of last week", "most of first grade" are English.
_SUPERLATIVES = frozenset("best worst most least".split())


def dropped_the_before_superlative(ctx: Context) -> Iterator[Hit]:
    """ "one of best days": a superlative after "one of" needs "the"."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("of",)):
        part, superlative = ctx.prev_word(index), ctx.next_word(index)
        if part is None or superlative is None or lower[part] not in _PART_OF:
            continue
        word = lower[superlative]
        if word not in _SUPERLATIVES and not (word.endswith("est") and classes.count(word, ("JJS", "RBS"))):
            continue
        yield missing(ctx, index, superlative, "“the”", (f"{ctx.forms[index]} the {word}",))


# "rubbed back of his neck", "pinched bridge of her nose".
_BODY_REGIONS = frozenset("back bridge nape small crook curve hollow".split())


_TOUCHES = GESTURES | inflections(
    "pinch", "stroke", "massage", "touch", "kiss", "cup", "grab", "brush", "tap", "squeeze"
)


def dropped_the_before_body_region(ctx: Context) -> Iterator[Hit]:
    """ "rubbed back of his neck": a touching verb, a region noun and "of" need "the" between."""
    lower = ctx.lower
    for index in ctx.indices_of(_BODY_REGIONS):
        verb, after = ctx.prev_word(index), ctx.next_word(index)
        if verb is None or after is None or lower[verb] not in _TOUCHES or lower[after] != "of":
            continue
        owner = ctx.next_word(after)
        if owner is None or lower[owner] not in POSSESSIVES:
            continue
        if participle_as_adjective(ctx, word_across_lines(ctx, verb)):
            continue
        yield missing_between(ctx, verb, "the", index)
