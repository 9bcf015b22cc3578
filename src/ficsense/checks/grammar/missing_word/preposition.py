"""A lost preposition: "slapped me the back" ("on"), "punched him the face" ("in"), "what's wrong you" ("with")."""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import (
    acts_after_subject,
    missing_between,
    word_across_lines,
    word_before,
)
from ficsense.checks.grammar.missing_word.vocabulary import DETERMINERS, NOT_ACTIONS, OBJECT_PRONOUNS
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import word_classes

_STRUCK_PARTS = {
    "on": frozenset("back shoulder shoulders arm cheek head forehead knee leg hand wrist neck hip chin".split()),
    "in": frozenset("face stomach gut ribs chest jaw mouth eye side throat belly".split()),
}


# Verbs that take two objects: "gave me the finger", "showed him the back of her hand".
_TWO_OBJECTS = frozenset(
    "give gives gave given giving show shows showed shown showing offer offers offered hand hands handed lend "
    "lent pass passed cost costs tell told bring brought throw threw send sent get got owe owed leave left "
    "turn turned".split()
)


def dropped_preposition_before_struck_part(ctx: Context) -> Iterator[Hit]:
    """ "Danny slapped me the back": a verb, its object and "the" + a body part need "on"/"in" between."""
    lower = ctx.lower
    for index in ctx.indices_of(("the",)):
        pronoun, part = ctx.prev_word(index), ctx.next_word(index)
        verb = word_before(ctx, pronoun)
        if verb is None or part is None or lower[pronoun] not in OBJECT_PRONOUNS - {"her"}:
            continue
        preposition = next((name for name, parts in _STRUCK_PARTS.items() if lower[part] in parts), None)
        if preposition is None or lower[verb] in _TWO_OBJECTS or not _acts_after_subject_or_name(ctx, verb):
            continue
        after = ctx.next_word(part)
        if after is not None and lower[after] in ("of", "with"):
            continue  # "took him the back way", "showed me the back of": the noun heads a phrase.
        yield missing_between(ctx, pronoun, preposition, index)


def _acts_after_subject_or_name(ctx: Context, verb: int) -> bool:
    """A past verb after its pronoun or a capitalised name (not opening the sentence)."""
    if acts_after_subject(ctx, verb):
        return True
    subject = word_across_lines(ctx, verb)
    word = ctx.lower[verb]
    if (
        subject is None
        or not ctx.forms[subject][:1].isupper()
        or ctx.lower[subject] in DETERMINERS
        or word in NOT_ACTIONS
    ):
        return False
    classes = word_classes()
    return word.endswith("ed") or (classes.knows(word) and classes.can_be(word, ("VBD",)))


_WRONG_BEFORE = frozenset("what's something's nothing's is was anything something nothing".split())


def dropped_with_after_wrong(ctx: Context) -> Iterator[Hit]:
    """ "what's wrong you", "the matter him": "wrong" and "the matter" take "with" before a pronoun."""
    lower = ctx.lower
    for index in ctx.indices_of(("wrong", "matter")):
        before, pronoun = ctx.prev_word(index), ctx.next_word(index)
        if before is None or pronoun is None or lower[pronoun] not in OBJECT_PRONOUNS:
            continue
        # "You wrong me": "wrong" the verb, straight after its subject.
        if lower[index] == "wrong" and lower[before] not in _WRONG_BEFORE:
            continue
        if lower[index] == "matter" and lower[before] != "the":
            continue
        yield missing_between(ctx, index, "with", pronoun)
