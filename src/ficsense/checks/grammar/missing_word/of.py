"""A lost "of": "in the back his throat", "in front the shop", "one them", "most the night", "a lot people".

A part noun ("middle", "back", "edge") before a determiner, a quantity before "them"/"us" and "a lot"
before a plural noun all need "of" between.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import missing_between, opens_sentence
from ficsense.checks.grammar.missing_word.vocabulary import (
    AFTER_GESTURE,
    CLAUSE_LINKS,
    PART_NOUNS,
    PLACE_PREPOSITIONS,
    POSSESSIVES,
    TIME_AFTER_ARTICLE,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import NOUN, word_classes

# "in front the house", "on top the fridge": the bare part phrases need "of" before a noun phrase.
_OF_PARTS = frozenset({("on", "top"), ("in", "front")})


_ARTICLES = frozenset("the a an".split())


def _of_lost_before(ctx: Context, after: int) -> bool:
    """ "the middle [of] the road", "the back [of] his throat": a determiner where "of" should come first."""
    word = ctx.lower[after]
    if word in POSSESSIVES:
        return True
    following = ctx.next_word(after)
    return word in _ARTICLES and following is not None and ctx.lower[following] not in TIME_AFTER_ARTICLE


def _of_phrase_ends(ctx: Context, preposition: int, article: int) -> bool:
    """ "stood at the top [of] the stairs.": a short place phrase inside a clause, not one opening a clause.

    "gave the top a wipe" (an indirect object), "and at the bottom a brook ran" and "out on the surface the
    fleet had landed" (a place phrase before its clause) are left alone: the preposition must follow a word of
    its own clause, and the noun phrase must end within two words.
    """
    lower = ctx.lower
    before = ctx.prev_word(preposition)
    if lower[preposition] not in PLACE_PREPOSITIONS or before is None or lower[before] in CLAUSE_LINKS:
        return False
    if lower[before] in PLACE_PREPOSITIONS | {"out", "up", "down", "back", "over"}:
        return False
    word = ctx.next_word(article)
    for _ in range(2):
        if word is None or lower[word] in AFTER_GESTURE:
            return True
        word = ctx.next_word(word)
    return word is None or lower[word] in AFTER_GESTURE


def dropped_of_after_part_noun(ctx: Context) -> Iterator[Hit]:
    """ "in the back his throat", "in front the shop": a part noun straight before a determiner."""
    lower = ctx.lower
    for index in ctx.indices_of(PART_NOUNS):
        noun = lower[index]
        before, after = ctx.prev_word(index), ctx.next_word(index)
        if before is None or after is None:
            continue
        if not ctx.forms[index].islower():
            continue  # "events in End of Mission": a title.
        if (lower[before], noun) in _OF_PARTS and _of_lost_before(ctx, after):
            if opens_sentence(ctx, before) or not _of_phrase_ends(ctx, before, after):
                continue
            yield missing_between(ctx, index, "of", after)
        elif lower[before] == "the" and _of_lost_before(ctx, after) and noun != "end":
            # "In the back his brother slept": a fronted place phrase may run into the clause's subject.
            preposition = ctx.prev_word(before)
            if preposition is None or opens_sentence(ctx, preposition):
                continue
            if lower[after] not in POSSESSIVES and not _of_phrase_ends(ctx, preposition, after):
                continue
            yield missing_between(ctx, index, "of", after)


def dropped_of_after_lot(ctx: Context) -> Iterator[Hit]:
    """ "a lot people", "lots things": a quantity noun before a plural noun needs "of"."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("lot", "lots")):
        before, noun = ctx.prev_word(index), ctx.next_word(index)
        if noun is None or (lower[index] == "lot" and (before is None or lower[before] != "a")):
            continue
        total = classes.total(lower[noun])
        if not total or classes.count(lower[noun], ("NNS",)) < 0.9 * total:
            continue
        yield missing_between(ctx, index, "of", noun)


_QUANTITIES = frozenset(
    "one some none each most many few either neither any several two three four five six seven eight nine ten "
    "eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen hundreds dozens "
    "thousands couple bunch handful".split()
)


# "most the night", "most his life": "most" before a determiner is "most of"; "at most the size of" is not.
_NOT_BEFORE_MOST = frozenset("at the a what which who whom that".split())


_NOT_AFTER_MOST = frozenset("whole entire first last next same other time way".split())


def dropped_of_after_quantity(ctx: Context) -> Iterator[Hit]:
    """ "one them was", "none us knew", "most the night": a quantity takes "of" before a pronoun or determiner."""
    lower = ctx.lower
    for index in ctx.indices_of(("them", "us")):
        quantity = ctx.prev_word(index)
        if quantity is None or lower[quantity] not in _QUANTITIES:
            continue
        yield missing_between(ctx, quantity, "of", index)
    for index in ctx.indices_of(("most",)):
        determiner, before = ctx.next_word(index), ctx.prev_word(index)
        if determiner is None or lower[determiner] not in POSSESSIVES | {"the"}:
            continue
        # "the one she trusted most the whole time": "most" the adverb, then a time phrase.
        noun = ctx.next_word(determiner)
        if noun is None or (before is not None and lower[before] in _NOT_BEFORE_MOST) or lower[noun] in _NOT_AFTER_MOST:
            continue
        if not word_classes().can_be(lower[noun], (*NOUN, "@NOUN")):
            continue
        yield missing_between(ctx, index, "of", determiner)
