"""A lost "be", "have" or auxiliary: "She sitting in the chair", "I should known", "she'll fine", "what he
doing", "they made of iron", "going to okay", "and she out of breath".

A subject pronoun straight before an -ing verb, a passive-only participle or "out of", and a modal straight
before a participle or an adjective, have lost the verb that carries the tense; the fix takes the tense the
story narrates in.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import (
    hit_over,
    missing,
    missing_between,
    narrates_in_past,
    opens_sentence,
    phrase_with,
    sentence_end,
    sentence_start,
    verbatim,
    word_after,
    word_before,
)
from ficsense.checks.grammar.missing_word.vocabulary import (
    AFTER_PROGRESSIVE,
    COPULAS,
    FINITE,
    MODALS,
    PERFECT,
    SUBJECT_PRONOUNS,
    is_participle,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import ADJECTIVE, BASE_VERB, word_classes

# "be" by the subject pronoun, in the past and in the present.
_BE = {"i": ("was", "am"), "he": ("was", "is"), "she": ("was", "is"), "it": ("was", "is")}
_BE |= {"we": ("were", "are"), "they": ("were", "are")}


def _be_for(ctx: Context, pronoun: str) -> str:
    """ "was" or "is" for `pronoun`, in the tense the story is narrated in."""
    past, present = _BE[pronoun]
    return past if narrates_in_past(ctx) else present


_PROGRESSIVE_SUBJECTS = frozenset("he she i we they".split())


# "She still sitting there": an adverb between the subject and its verb.
_PROGRESSIVE_ADVERBS = frozenset("still just already now always never really probably only even also".split())


# "Being late, ...", "Having said that": absolute phrases and prepositions in -ing.
_NOT_PROGRESSIVE = frozenset("being having considering according including regarding concerning during".split())


def dropped_auxiliary(ctx: Context) -> Iterator[Hit]:
    """ "She sitting in the chair": a pronoun opening a sentence with a bare -ing verb has lost "was"."""
    lower = ctx.lower
    for index in ctx.indices_of(_PROGRESSIVE_SUBJECTS):
        verb = ctx.next_word(index)
        if verb is not None and lower[verb] in _PROGRESSIVE_ADVERBS:
            verb = ctx.next_word(verb)
        after = word_after(ctx, verb)
        if verb is None or after is None or lower[after] not in AFTER_PROGRESSIVE:
            continue
        word = lower[verb]
        if not word.endswith("ing") or word in _NOT_PROGRESSIVE or not opens_sentence(ctx, index):
            continue
        if not (word_classes().can_be(word, ("VBG",)) or ctx.model.pair("was", word)):
            continue
        end_of_sentence = sentence_end(ctx, index)
        if ctx.text[max(0, end_of_sentence - 4) : end_of_sentence].rstrip().rstrip("\"”’'").endswith("?"):
            continue  # "You coming?", "They staying for dinner?": speech drops the auxiliary on purpose.
        auxiliary = _be_for(ctx, lower[index])
        message = f"“{verbatim(ctx, index, verb)}” seems to have lost its auxiliary (“{auxiliary}”)."
        yield hit_over(ctx, index, verb, message, (f"{ctx.forms[index]} {auxiliary} {verbatim(ctx, index + 1, verb)}",))


_CONTRACTED_WILL = frozenset("i'll you'll he'll she'll we'll they'll it'll".split())


# Adjectives after which "be" is the only reading; "sure" is also an adverb ("I'll sure miss you").
_ALWAYS_ADJECTIVES = frozenset("okay ok alright fine".split())


_NOT_AFTER_MODAL = frozenset({"sure", "better", "best", "rather", "sooner", "likely", "well"})


_CLAUSE_END = frozenset("to with for about if when and but or of at in by now soon too again".split())


def _only_adjective(word: str) -> bool:
    """An adjective that is never a verb: "would separate", "can't last" are verbs after all."""
    classes = word_classes()
    return classes.is_adjective(word, share=0.85) and not classes.can_be(word, (*BASE_VERB, "@VERB"))


def _modal_before(ctx: Context, index: int) -> bool:
    """Token `index` is "'ll" contracted onto a pronoun, or a modal after a subject pronoun."""
    lower = ctx.lower
    if lower[index] in _CONTRACTED_WILL:
        return True
    subject = ctx.prev_word(index)
    return lower[index] in MODALS and subject is not None and lower[subject] in SUBJECT_PRONOUNS


def dropped_have_or_be(ctx: Context) -> Iterator[Hit]:
    """ "I should known" (have) and "She'll fine" (be): a modal straight before a participle or adjective."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(MODALS | _CONTRACTED_WILL):
        after = ctx.next_word(index)
        if after is None or not _modal_before(ctx, index):
            continue
        word, following = lower[after], ctx.next_word(after)
        ends = following is None or lower[following] in _CLAUSE_END
        if word in _NOT_AFTER_MODAL:
            continue
        if is_participle(word):
            if classes.can_be(word, ADJECTIVE) and ends:
                fixes: tuple[str, ...] = ()  # "It'll gone by then": "be gone" or "have gone".
            else:
                fixes = (phrase_with(ctx, index, "have", after),)
            lost = "have"
        elif ends and (word in _ALWAYS_ADJECTIVES or _only_adjective(word)):
            fixes, lost = (phrase_with(ctx, index, "be", after),), "be"
        else:
            continue
        yield missing(ctx, index, after, f"“{lost}”", fixes)


_STATE_PREPOSITIONS = frozenset("out".split())


def _gapped(ctx: Context, link: int) -> bool:
    """ "She was out of breath and he out of sorts": the verb left out on purpose after an earlier copula."""
    start = sentence_start(ctx, link)
    position = link - 1
    while position >= 0 and ctx.spans[position].start >= start:
        if ctx.lower[position] in COPULAS:
            return True
        position -= 1
    return False


def dropped_be_before_place(ctx: Context) -> Iterator[Hit]:
    """ "and she out of breath": after "and", a subject pronoun straight before "out of" has no verb."""
    lower = ctx.lower
    for index in ctx.indices_of(("he", "she", "they", "we", "i")):
        link, place = ctx.prev_word(index), ctx.next_word(index)
        of = word_after(ctx, place)
        if link is None or place is None or of is None or lower[link] not in ("and", "but"):
            continue
        if lower[place] not in _STATE_PREPOSITIONS or lower[of] != "of" or _gapped(ctx, link):
            continue
        yield missing_between(ctx, index, _be_for(ctx, lower[index]), place)


_WH = frozenset("what where how why who".split())


_BE_AFTER = {"he": ("'s", "was"), "she": ("'s", "was"), "it": ("'s", "was"), "i": ("'m", "was")}


_BE_AFTER |= {"we": ("'re", "were"), "they": ("'re", "were")}


def dropped_auxiliary_after_wh(ctx: Context) -> Iterator[Hit]:
    """ "forgotten what he doing": an embedded wh-clause with a bare -ing verb has lost "is"/"was".

    Only inside a sentence ("What you doing?" opening a line is dialect, and "you" is left out altogether).
    """
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(_WH):
        pronoun = ctx.next_word(index)
        verb = word_after(ctx, pronoun)
        if pronoun is None or verb is None or lower[pronoun] not in _BE_AFTER or opens_sentence(ctx, index):
            continue
        word = lower[verb]
        if not word.endswith("ing") or word in _NOT_PROGRESSIVE or not classes.can_be(word, ("VBG",)):
            continue
        governor = ctx.prev_word(index)
        perfect = word_before(ctx, governor)
        if perfect is not None and lower[perfect] in PERFECT | {"'s", "he's", "she's", "i've", "it's"}:
            is_past = lower[perfect] == "had"  # "he's forgotten what he doing": the present perfect.
        elif governor is not None and classes.total(lower[governor]) and classes.can_be(lower[governor], FINITE):
            is_past = classes.count(lower[governor], ("VBD",)) > classes.count(lower[governor], (*BASE_VERB, "VBZ"))
        else:
            is_past = narrates_in_past(ctx)
        contracted, full = _BE_AFTER[lower[pronoun]]
        subject = ctx.forms[pronoun]
        be = f"{subject} {full}" if is_past else f"{subject}{contracted}"
        yield missing(ctx, index, verb, "“is” or “was”", (phrase_with(ctx, index, be, verb),))


# Participles that never take an object straight after them, so only the passive reading is left.
_PASSIVE_ONLY = {
    "born": frozenset({"in", "on", "into", "to"}),
    "covered": frozenset({"in", "with"}),
    "drenched": frozenset({"in", "with"}),
    "coated": frozenset({"in", "with"}),
    "smeared": frozenset({"with"}),
    "surrounded": frozenset({"by"}),
    "trapped": frozenset({"in", "under", "inside"}),
    "made": frozenset({"of"}),
}


# "made of" has a reading with an object ("the use she made of it", "what are they made of?"), so it must
# follow a verb or a conjunction that opens a clause: "thought they made of iron".
_OPENS_CLAUSE = frozenset(
    "thought think thinks believed believe believes said says knew know felt feel that because if as and but so "
    "while when".split()
)


def dropped_passive_be(ctx: Context) -> Iterator[Hit]:
    """ "she covered in mud", "they made of iron": a subject pronoun before a passive-only participle."""
    lower = ctx.lower
    for index in ctx.indices_of(_PASSIVE_ONLY):
        pronoun, after = ctx.prev_word(index), ctx.next_word(index)
        if pronoun is None or after is None or lower[pronoun] not in _BE:
            continue
        if lower[after] not in _PASSIVE_ONLY[lower[index]]:
            continue
        before = ctx.prev_word(pronoun)
        if lower[index] == "made" and (before is None or lower[before] not in _OPENS_CLAUSE):
            continue
        yield missing_between(ctx, pronoun, _be_for(ctx, lower[pronoun]), index)


def dropped_be_after_going_to(ctx: Context) -> Iterator[Hit]:
    """ "it's going to okay", "you're gonna fine": "be" lost before an adjective that ends the clause."""
    lower = ctx.lower
    for index in ctx.indices_of(_ALWAYS_ADJECTIVES):
        to, after = ctx.prev_word(index), ctx.next_word(index)
        if to is None:
            continue
        going = ctx.prev_word(to) if lower[to] == "to" else None
        if not (lower[to] == "gonna" or (going is not None and lower[going] == "going")):
            continue
        # "going to fine him": "fine" the verb takes an object.
        if after is not None and lower[after] not in _CLAUSE_END:
            continue
        yield missing_between(ctx, to, "be", index)
