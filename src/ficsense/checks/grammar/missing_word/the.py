"""A lost "the": "for rest of the week", "was same as ever", "one of best days", "rubbed back of his neck".

Part nouns before "of", "same" and "first time" after a copula, superlatives after "one of" and regions
of the body after a touch all take "the"; the bare forms English does use ("on top of", "in front of",
"all of last week") are left out by name.
"""

from __future__ import annotations

import re
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


# Openings and rims that also take "the" before "of": "stood in mouth of the cave", "on brink of tears".
_MORE_PART_NOUNS = frozenset("mouth brink rim lip crest summit peak heart entrance verge".split())


def _after_infinitive_verb(ctx: Context, to: int) -> bool:
    """ "began to", "want to": a "to" that opens an infinitive."""
    verb = ctx.prev_word(to)
    return verb is not None and ctx.lower[verb] in TAKES_TO | COPULAS


def dropped_the_before_part_noun(ctx: Context) -> Iterator[Hit]:
    """ "for rest of your life": a part noun between a preposition and "of" needs "the"."""
    lower = ctx.lower
    yield from _bare_part_ending_phrase(ctx)
    for index in ctx.indices_of(PART_NOUNS | _MORE_PART_NOUNS):
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
    yield from _bare_superlative_after_copula(ctx)


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


# "lived at least", "It's best left alone": a superlative adverb; these copulas are only verbs here.
_BE = COPULAS | _PRONOUN_IS - {"being"}


# Bare after a copula on purpose: "he was best man", "they were best friends".
_BARE_AFTER_SUPERLATIVE = frozenset("man friend friends practice".split())


def _bare_superlative_after_copula(ctx: Context) -> Iterator[Hit]:
    """ "The Prize is biggest thing that happens": a copula, an "-est" superlative and a singular noun."""
    lower, forms, classes = ctx.lower, ctx.forms, word_classes()
    for index in ctx.indices_of(_BE):
        superlative = ctx.next_word(index)
        noun = word_after(ctx, superlative)
        if superlative is None or noun is None or not forms[noun].islower():
            continue
        word = lower[superlative]
        if not (word in ("best", "worst") or (word.endswith("est") and classes.count(word, ("JJS",)))):
            continue
        if lower[noun] in _BARE_AFTER_SUPERLATIVE or not classes.count(lower[noun], ("NN",)):
            continue
        if classes.count(lower[noun], ("NN",)) < 0.7 * classes.total(lower[noun]):
            continue  # "is best left", "was best known": a verb, "best" an adverb.
        yield missing_between(ctx, index, "the", superlative, what="An article")


# Part nouns that end a phrase bare only by mistake: "by the time we get to top", "sat at back".
_PHRASE_PARTS = frozenset("top bottom middle centre center edge surface end".split())


_BARE_PART_BEFORE = frozenset("to at near toward towards reached reach".split())


def _bare_part_ending_phrase(ctx: Context) -> Iterator[Hit]:
    """ "we get to top.", "waited at end": a part noun after "to"/"at" that ends the clause needs "the"."""
    lower, forms = ctx.lower, ctx.forms
    for index in ctx.indices_of(_PHRASE_PARTS):
        before = ctx.prev_word(index)
        if before is None or lower[before] not in _BARE_PART_BEFORE or not forms[index].islower():
            continue
        if (lower[before], lower[index]) in _BARE_PARTS or (lower[before], lower[index]) == ("at", "bottom"):
            continue
        after = ctx.next_word(index)
        if after is not None and lower[after].split("'")[0] not in (
            "i",
            "we",
            "he",
            "she",
            "they",
            "you",
            "and",
            "but",
        ):
            continue  # "to top it off", "at top speed"
        earlier = ctx.spans[before].start
        window = ctx.text[max(0, earlier - 40) : earlier].lower()
        if re.search(r"\b(from|beginning|start|bottom|top|end|side)\b", window):
            continue  # "from beginning to end", "top to bottom"
        yield missing_between(ctx, before, "the", index, what="An article")
