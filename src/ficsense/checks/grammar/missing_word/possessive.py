"""A lost "his", "her" (or "the"): "shook head", "I bumped head on", "made way to the door", "behind ears".

A gesture on the actor's own body ("shook head"), any action of a subject pronoun on a body part, and the
way a subject makes ("made way to") always take the owner's possessive; the fix names the owner when the
sentence or the story's other gestures of that name say who it is.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import (
    acts_after_subject,
    missing,
    owner_possessive,
    participle_as_adjective,
    phrase_with,
    word_across_lines,
    word_after,
)
from ficsense.checks.grammar.missing_word.vocabulary import (
    AFTER_GESTURE,
    BODY_PARTS,
    CLAUSE_LINKS,
    GESTURES,
    OBJECT_PRONOUNS,
    PAIRED_PARTS,
)
from ficsense.checks.rule import Hit

_POSSESSIVE = "A possessive (“his”, “her”)"

# "shook hands", "ran face first into", "put head to head": a bare noun on purpose.
_BARE_BODY_IDIOMS = frozenset({("shake", "hands"), ("raise", "hands"), ("raise", "arms"), ("run", "face")})


# "never laid eyes on him".
_BARE_BODY_IDIOMS |= {("lay", "eyes"), ("set", "eyes"), ("clap", "eyes")}


_LEMMA_OF = {"shook": "shake", "shaking": "shake", "shakes": "shake", "shaken": "shake", "ran": "run"}


_LEMMA_OF |= {"laid": "lay", "lays": "lay", "laying": "lay", "sets": "set", "setting": "set"}


_LEMMA_OF |= {"running": "run", "runs": "run", "raised": "raise", "raises": "raise", "raising": "raise"}


def dropped_possessive_before_body_part(ctx: Context) -> Iterator[Hit]:
    """ "shook head", "rolled eyes": a gesture verb straight before a bare body part has lost "his"/"her"."""
    lower = ctx.lower
    for index in ctx.indices_of(BODY_PARTS):
        verb, before = ctx.prev_word(index), None
        if verb is None or ctx.starts[verb] or not (lower[verb] in GESTURES or acts_after_subject(ctx, verb)):
            continue
        before = word_across_lines(ctx, verb)
        # "his partially raised arm": an adverb may stand between the adjective and what it follows.
        if before is not None and lower[before].endswith("ly"):
            before = word_across_lines(ctx, before)
        if participle_as_adjective(ctx, before):
            continue
        lemma = _LEMMA_OF.get(lower[verb], lower[verb])
        if (lemma, lower[index]) in _BARE_BODY_IDIOMS:
            continue
        after = ctx.next_word(index)
        if after is not None and lower[after] not in AFTER_GESTURE:
            continue
        # "shoulder to shoulder", "hand in hand", "head over heels", "head to foot": a pair of bare nouns.
        follower = word_after(ctx, after)
        if follower is not None and lower[follower] in BODY_PARTS | PAIRED_PARTS | {lower[index]}:
            continue
        yield _possessive_lost(ctx, verb, index)


_PLURAL_PARTS = frozenset(
    "ears eyes shoulders hands knees legs feet fingers cheeks lips ribs hips temples wrists ankles".split()
)


_PART_PREPOSITIONS = frozenset("behind between around across into onto against over beneath through".split())


# One ear or shoulder: "tucked it behind ear", "glanced over shoulder" ("between" and "into" take pairs).
_SINGLE_PARTS = frozenset("ear shoulder cheek chest forehead neck chin wrist knee hip".split())


_SINGLE_PART_PREPOSITIONS = frozenset("behind around across against over".split())


def dropped_article_before_plural_part(ctx: Context) -> Iterator[Hit]:
    """ "behind ears", "around shoulders": a preposition of place before a bare plural body part."""
    lower = ctx.lower
    for index in ctx.indices_of(_PLURAL_PARTS | _SINGLE_PARTS):
        preposition, after = ctx.prev_word(index), ctx.next_word(index)
        if preposition is None or lower[preposition] not in _PART_PREPOSITIONS or not ctx.forms[index].islower():
            continue
        if lower[index] in _SINGLE_PARTS and lower[preposition] not in _SINGLE_PART_PREPOSITIONS:
            continue
        # "between hands and knees", "from ears to tail": a pair of bare nouns.
        follower = word_after(ctx, after)
        if follower is not None and lower[follower] in BODY_PARTS | PAIRED_PARTS | _PLURAL_PARTS:
            continue
        # "merging into temples and skull": a bare list; the noun must end its phrase at punctuation or a
        # preposition.
        if after is not None and lower[after] not in AFTER_GESTURE - CLAUSE_LINKS:
            continue
        # Another's body takes "the" ("scratched the cat behind the ears"); the subject's own takes "her".
        owner = None
        before = ctx.prev_word(preposition)
        if before is None or not (lower[before] in OBJECT_PRONOUNS or ctx.forms[before][:1].isupper()):
            owner = owner_possessive(ctx, preposition)
        fixes = tuple(phrase_with(ctx, preposition, word, index) for word in (owner, "the") if word)
        yield missing(ctx, preposition, index, "An article or possessive", fixes)


# "made way for the carriage" (stood aside) and "found ways" are English.
_WAY_VERBS = frozenset(
    "made make makes making found find finds finding pushed push pushes pushing fought fight fights fighting "
    "picked pick picks picking worked work works working wound wind winds winding elbowed shouldered threaded "
    "wove weave weaves weaving felt feel feels feeling forced force forces forcing".split()
)


_WAY_DIRECTIONS = frozenset(
    "to toward towards through across down up into back out over along around home inside outside".split()
)


def dropped_possessive_before_way(ctx: Context) -> Iterator[Hit]:
    """ "She made way to the door": "way" after a verb of moving needs the mover's possessive."""
    lower = ctx.lower
    for index in ctx.indices_of(("way",)):
        verb, after = ctx.prev_word(index), ctx.next_word(index)
        if verb is None or after is None or lower[verb] not in _WAY_VERBS or lower[after] not in _WAY_DIRECTIONS:
            continue
        if participle_as_adjective(ctx, word_across_lines(ctx, verb)):
            continue
        yield _possessive_lost(ctx, verb, index)


def _possessive_lost(ctx: Context, verb: int, noun: int) -> Hit:
    """The owner's possessive lost between a verb and its noun, with the fix when the owner is known."""
    owner = owner_possessive(ctx, verb)
    fixes = () if owner is None else (phrase_with(ctx, verb, owner, noun),)
    return missing(ctx, verb, noun, _POSSESSIVE, fixes)
