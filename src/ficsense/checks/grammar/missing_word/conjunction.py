"""A lost "and": "Pip yelped nearly dropped it", "had saluted Ana walked off", "grabbed him pulled him close",
"digs a coin out of her pocket slaps it down".

Two finite verbs of one subject with nothing between them but the first verb's object need "and"; the
shapes ask for verbs whose forms leave no other reading (a startled sound and a mishap, two regular pasts,
two present verbs each taking an object).
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import missing_between
from ficsense.checks.grammar.missing_word.vocabulary import (
    AFTER_PROGRESSIVE,
    AUXILIARY_S,
    CLAUSE_LINKS,
    CLAUSE_OPENERS,
    COPULAS,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    NAMING,
    NOT_ACTIONS,
    OBJECT_DETERMINERS,
    OBJECT_PRONOUNS,
    REPORTING,
    SUBJECT_PRONOUNS,
    inflections,
    is_third_person_verb,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import BASE_VERB, NOUN, word_classes


def _only_past(ctx: Context, word: str) -> bool:
    """ "looked", "fell", "ran": a regular past, or an irregular one that is never a participle ("gone",
    "been"); a form the treebanks lack is judged by "he fell" against "had fell"."""
    classes = word_classes()
    if word in NOT_ACTIONS or word in IRREGULAR_PARTICIPLES:
        return False
    if word.endswith("ed"):
        return True
    total = classes.total(word)
    if total or classes.knows(word) or word.endswith(("s", "ing", "ly")):
        return total > 0 and classes.count(word, ("VBD",)) == total
    model = ctx.model
    subject = model.pair("he", word) + model.pair("she", word)
    return subject > 0 and model.pair("had", word) * 10 < subject and model.pair("the", word) * 10 < subject


_PRONOUN_OBJECTS = frozenset("him them me us".split())


# Verbs whose object takes a participle after it: "had him arrested", "wanted it done", "left them stranded".
_COMPLEMENTS = frozenset(
    "wanted needed liked preferred found kept left got had saw heard watched felt considered imagined "
    "pictured believed declared pronounced".split()
)


def dropped_and_after_named_object(ctx: Context) -> Iterator[Hit]:
    """ "The guards had saluted Vey looked at her": a past, a name (or "him") as its object, and a second past."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.words:
        pronoun = lower[index] in _PRONOUN_OBJECTS
        if not pronoun and (
            not ctx.forms[index][:1].isupper() or ctx.starts[index] or lower[index] in SUBJECT_PRONOUNS
        ):
            continue
        verb, second = ctx.prev_word(index), ctx.next_word(index)
        # A regular past first: "had Lucy rehearsed", "said Brett was", "got Mike started" are English.
        if verb is None or second is None or not lower[verb].endswith("ed") or not _only_past(ctx, lower[second]):
            continue
        # "When school was dismissed Anne marched", "the mystified Marilla": a participle, not an action.
        before = ctx.prev_word(verb)
        if before is None or lower[before] in COPULAS | DETERMINERS | {"get", "got"} or lower[before].endswith("ly"):
            continue
        if lower[verb] in REPORTING | NAMING or not ctx.forms[verb].islower():
            continue
        if not pronoun and classes.knows(lower[index]) and not classes.can_be(lower[index], ("NNP",)):
            continue
        after = ctx.next_word(second)
        if after is None or lower[after] not in AFTER_PROGRESSIVE | OBJECT_PRONOUNS | {"off", "away"}:
            continue
        # "found him gone", "kept it hidden": after a pronoun a participle may describe it, unless it takes an
        # object of its own ("grabbed him pulled him close").
        if pronoun and (lower[after] not in OBJECT_PRONOUNS | OBJECT_DETERMINERS or lower[verb] in _COMPLEMENTS):
            continue
        yield missing_between(ctx, index, "and", second)


def _past_and_present(*lemmas: str) -> tuple[frozenset[str], frozenset[str]]:
    """The past and third-person present forms of regular verbs, which must agree across "and"."""
    forms = inflections(*lemmas)
    return frozenset(f for f in forms if f.endswith("ed")), frozenset(f for f in forms if f.endswith("s"))


# A startled sound or jolt (never a linking verb like "seemed nearly finished") ...
_STARTLED_PAST, _STARTLED_PRESENT = _past_and_present(
    "yelp", "gasp", "scream", "shriek", "squeak", "squeal", "squawk", "yell", "shout", "curse", "jump"
)


_STARTLED_PAST |= frozenset("flinched winced lurched jerked staggered stumbled tripped swore spun froze".split())


_STARTLED_PRESENT |= frozenset("flinches winces lurches jerks staggers stumbles trips swears spins freezes".split())


_STARTLED_PAST |= frozenset("cried yelped startled recoiled choked sputtered spluttered laughed".split())


_STARTLED_PRESENT |= frozenset("cries startles recoils chokes sputters splutters laughs".split())


# ... and then a mishap: "nearly dropped it", "almost fell".
_MISHAP_PAST = frozenset(
    "dropped fell tripped knocked spilled lost toppled fumbled bumped smacked banged crashed collapsed fainted "
    "slipped stumbled hit".split()
)


_MISHAP_PRESENT = frozenset(
    "drops falls trips knocks spills loses topples fumbles bumps smacks bangs crashes collapses faints slips "
    "stumbles hits".split()
)


_NEARLY = frozenset({"nearly", "almost"})


def dropped_and_between_verbs(ctx: Context) -> Iterator[Hit]:
    """ "Pip yelped nearly dropped it": a startled verb and a mishap with no "and" (or comma) between."""
    lower = ctx.lower
    for index in ctx.indices_of(_STARTLED_PAST | _STARTLED_PRESENT):
        adverb = ctx.next_word(index)
        if adverb is None:
            continue
        second = ctx.next_word(adverb) if lower[adverb] in _NEARLY else adverb
        if second is None:
            continue
        mishaps = _MISHAP_PAST if lower[index] in _STARTLED_PAST else _MISHAP_PRESENT
        if lower[second] not in mishaps:
            continue
        # Without "nearly" the mishap must take its object: "yelped dropped it".
        following = ctx.next_word(second)
        if second == adverb and (
            following is None or lower[following] not in OBJECT_DETERMINERS | OBJECT_PRONOUNS | {"it"}
        ):
            continue
        yield missing_between(ctx, index, "and", adverb)


_CLAUSE_BREAKS = (
    CLAUSE_OPENERS
    | CLAUSE_LINKS
    | frozenset(
        "that which who whom whose where what how why if though although whether since until unless like or nor".split()
    )
)


_SECOND_VERB_OBJECTS = frozenset("it him her them me us".split()) | OBJECT_DETERMINERS


def _is_present_verb(ctx: Context, word: str) -> bool:
    """A third-person present verb ("digs", "slaps"), by its own tags or, unseen, by its stem ("dig")."""
    if word in REPORTING or not word.endswith("s"):
        return False
    if is_third_person_verb(ctx, word):
        return True
    classes = word_classes()
    if classes.knows(word):
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    # A stem the treebanks lack is a verb when the language model has "to slap" more often than "the slap".
    return any(
        classes.is_base_verb(stem, share=0.6)
        or (not classes.knows(stem) and ctx.model.pair("to", stem) > ctx.model.pair("the", stem))
        for stem in stems
    )


def _verb_before_object(ctx: Context, index: int) -> bool:
    """ "drops it", "hands him": an -s word that is also a verb ("drop") before an object pronoun."""
    word, after = ctx.lower[index], ctx.next_word(index)
    if not word.endswith("s") or after is None or ctx.lower[after] not in ("it", "him", "them", "me", "us"):
        return False
    return word[:-1] not in REPORTING and word_classes().can_be(word[:-1], (*BASE_VERB, "@VERB"))


def _is_noun(word: str) -> bool:
    """A noun by its own tags and its lemma counts ("pocket")."""
    classes = word_classes()
    counts = classes.table.get(word, {})
    everything = sum(counts.values())
    return everything >= 2 and classes.count(word, (*NOUN, "@NOUN")) >= 0.8 * everything


def _has_actor(ctx: Context, verb: int) -> bool:
    """ "she digs", "Vesna digs", "Vesna sighs, digs": a verb straight after its person or after a comma
    that closes an earlier action of the same person."""
    before = verb - 1
    if before < 0:
        return False
    if ctx.forms[before] == ",":
        action = before - 1
        return action >= 0 and ctx.is_word[action] and ctx.lower[action].endswith("s") and _has_actor(ctx, action)
    if ctx.prev_word(verb) != before:
        return False
    word = ctx.lower[before]
    return word in ("he", "she") or (
        ctx.forms[before][:1].isupper() and word not in DETERMINERS and word not in SUBJECT_PRONOUNS
    )


def dropped_and_before_second_verb(ctx: Context) -> Iterator[Hit]:
    """ "She digs a note out of her pocket slaps it down": "he/she + verb ... noun + verb + object" with no
    conjunction, comma or relative word anywhere between the two verbs."""
    lower = ctx.lower
    for first in ctx.words:
        if not lower[first].endswith("s") or not _has_actor(ctx, first) or not _is_present_verb(ctx, lower[first]):
            continue
        position, previous = ctx.next_word(first), first
        while position is not None and lower[position] not in _CLAUSE_BREAKS:
            word = lower[position]
            if _is_present_verb(ctx, word) or word in AUXILIARY_S or _verb_before_object(ctx, position):
                break
            # "takes the cup the girl gives him": a noun straight before a determiner opens a relative clause.
            if word in DETERMINERS and previous != first and _is_noun(lower[previous]):
                position = None
                break
            previous, position = position, ctx.next_word(position)
        if position is None or previous == first or lower[position] in _CLAUSE_BREAKS:
            continue
        second, noun = position, lower[previous]
        after = ctx.next_word(second)
        if after is None or lower[after] not in _SECOND_VERB_OBJECTS or lower[second] in AUXILIARY_S:
            continue
        # The second verb follows a noun that ends the first verb's phrase ("her pocket slaps").
        if not _is_noun(noun) or not ctx.forms[previous].islower():
            continue
        yield missing_between(ctx, previous, "and", second)
