"""Sound-alike pairs told apart by an apostrophe: its/it's, your/you're, their/there/they're, whose/who's.

The shipped pair counts hold no apostrophes, so these rules are written as patterns on the next word,
each a context where only one spelling is English: "its" before "not", "going" or an article is "it's";
"it's" before "own" or a body part is "its". An adjective counts only at the end of a clause ("its hard."
but not "its hard shell"), and a possessive before a gerund ("your being here") is left alone, since
older prose uses it correctly.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

# Words that follow "it is / you are / they are / who is" but never a possessive.
CLAUSE_STARTERS = frozenset(
    """
    a an the not gonna my his him me us them our because what about nothing almost already
    probably definitely obviously literally actually always never really still getting been
    """.split()
)
# Intensifiers count only before an adjective that ends the clause: "its so cold." but not "your so
# great Shakespeare".
INTENSIFIERS = frozenset({"so", "too", "very", "just", "really", "totally", "completely", "always", "never"})
# Adjectives and the like that may follow a contraction, but only when a clause ends after them.
PREDICATES = frozenset(
    """
    hard easy easier harder late early cold hot warm good bad better worse nice weird strange funny fine
    true done over okay alright possible impossible important obvious clear fair unfair safe dangerous
    ridiculous stupid amazing beautiful useless pointless enough fine right wrong sure sorry welcome
    crazy insane ready gone here there kidding joking lying serious
    """.split()
)
# After these a clause has ended or another begins.
BOUNDARY_WORDS = frozenset("to that for when if because but though now anyway you i he she we they".split())
_NOUN_BEFORE = frozenset("is was it's that's be been of by within on it's".split())
# Places one goes to: "your going to Brighton" is a possessive gerund, not "you're going to".
_GOING_TO_PLACE = frozenset("the a an my his her their our your school bed church town work london".split())
# Things a person, a group or an animal has: after them "it's/you're/they're" is a possessive slip.
POSSESSIONS = frozenset(
    """
    own hand hands eye eyes face faces head heads hair voice voices mouth lips arm arms shoulder shoulders
    leg legs feet foot fingers heart mind body bodies mother father mom dad mum parents brother sister
    family fault turn idea name names phone car house room bag bags clothes shirt jacket life lives
    tail wings paws claws fur feathers teeth owner contents surface edges
    """.split()
)
# What a thing or an animal has; kin terms are left out, since "It's Mother" is a sentence.
THING_PARTS = frozenset(
    "own tail wings paws claws fur feathers teeth owner contents surface edges hinges lid jaws legs mouth".split()
)
# Things only people own, in the plural: "there eyes" can only be "their eyes".
THEIR_THINGS = frozenset(
    "eyes hands heads faces hearts minds parents mothers fathers feet shoulders lips voices bodies".split()
)
_PUNCTUATION = frozenset(".,;:!?…—\"”'’)")


@dataclass(frozen=True, slots=True)
class Swap:
    """One direction of a confusion: `word` before one of `before` should be `fix`."""

    word: str
    fix: str
    before: frozenset[str]
    predicates: bool
    message: str
    going: bool = True


def _clause_ends(ctx: Context, index: int) -> bool:
    after = index + 1
    if after >= len(ctx.forms):
        return True
    if ctx.forms[after][:1] in _PUNCTUATION:
        return True
    following = ctx.next_word(index)
    return following is not None and ctx.lower[following] in BOUNDARY_WORDS


def _next_is(ctx: Context, index: int, word: str) -> bool:
    after = ctx.next_word(index)
    return after is not None and ctx.lower[after] == word


def _going_to_verb(ctx: Context, index: int) -> bool:
    """ "going to" followed by a verb, as in "you're going to regret it"."""
    if ctx.lower[index] != "going":
        return False
    to = ctx.next_word(index)
    if to is None or ctx.lower[to] != "to":
        return False
    verb = ctx.next_word(to)
    return verb is not None and ctx.forms[verb].islower() and ctx.lower[verb] not in _GOING_TO_PLACE


def find_swaps(swaps: tuple[Swap, ...], ctx: Context) -> Iterator[Hit]:
    """Each swap's word where the next word says the other spelling is meant."""
    for index in ctx.indices_of(swap.word for swap in swaps):
        following = ctx.next_word(index)
        if following is None:
            continue
        for swap in swaps:
            if swap.word == ctx.lower[index]:
                yield from _check(swap, ctx, index, following)


def _check(swap: Swap, ctx: Context, index: int, following: int) -> Iterator[Hit]:
    """The swap's hit at `index`, if the word after it calls for the other spelling."""
    next_word = ctx.lower[following]
    # "going" is the one -ing word that signals a contraction: "your going to" is never a gerund.
    fits = next_word in swap.before or (swap.going and _going_to_verb(ctx, following))
    if not fits and swap.predicates and next_word in PREDICATES:
        fits = _clause_ends(ctx, following) and not (next_word in {"right", "wrong"} and _next_is(ctx, following, "to"))
    if not fits and swap.predicates and next_word in INTENSIFIERS:
        after = ctx.next_word(following)
        fits = after is not None and ctx.lower[after] in PREDICATES and _clause_ends(ctx, after)
    if not fits:
        return
    # "It is your right.": after a verb of being, a possessive with a noun is what was meant.
    previous = ctx.prev_word(index)
    if (
        next_word in {"right", "wrong", "fault", "turn"}
        and previous is not None
        and ctx.lower[previous] in _NOUN_BEFORE
    ):
        return
    # "its not being", "their not waiting", "its not unfriendly": a possessive before a gerund or adjective.
    after = ctx.next_word(following)
    if (
        next_word in {"not", "never", "always"}
        and after is not None
        and (ctx.lower[after].endswith("ing") or ctx.lower[after].startswith("un"))
    ):
        return
    span = ctx.spans[index]
    fixed = match_case(swap.fix, ctx.forms[index])
    yield Hit(span.start, span.end, swap.message.format(fixed=fixed, word=ctx.forms[index]), (fixed,), 0.9)


@dataclass(frozen=True, slots=True)
class ModelSwap:
    """A contraction the pair model turns into a possessive when the next word is a thing owned.

    The contraction is scored by what it stands for (`stands_for`, "are" for "you're") before the next
    word; the possessive must fit the next word `margin` orders of magnitude better, with its pair attested.
    `after` optionally limits the words that may precede it.
    """

    word: str
    fix: str
    stands_for: tuple[str, ...]
    margin: float
    after: frozenset[str] | None = None


# Words a contraction may precede that the pair counts mistake for owned things ("it's way too late").
_NOT_OWNED = frozenset("way first last new best next whole all very half kind sort much more most home".split())


# After a preposition a possessive is expected and a contraction is almost never right: "in it's nest".
_PREPOSITIONS = frozenset(
    "of in on upon with by from into to for at about through under over across behind beside".split()
)
# What may follow a contraction after a preposition after all ("in it's not clear" is not English anyway).
_AFTER_CONTRACTION = CLAUSE_STARTERS | PREDICATES | INTENSIFIERS | frozenset({"going", "gonna"})


def find_after_preposition(pairs: tuple[tuple[str, str], ...], ctx: Context) -> Iterator[Hit]:
    """A contraction right after a preposition, where only the possessive fits ("of it's own")."""
    for index in ctx.indices_of(word for word, _ in pairs):
        for word, fix in pairs:
            if ctx.lower[index] != word:
                continue
            previous, following = ctx.prev_word(index), ctx.next_word(index)
            if previous is None or following is None or ctx.lower[previous] not in _PREPOSITIONS:
                continue
            if ctx.lower[following] in _AFTER_CONTRACTION or not ctx.forms[following].islower():
                continue
            span = ctx.spans[index]
            fixed = match_case(fix, ctx.forms[index])
            yield Hit(span.start, span.end, _POSSESSIVE.format(fixed=fixed, word=ctx.forms[index]), (fixed,), 0.85)


def find_model_swaps(swaps: tuple[ModelSwap, ...], ctx: Context) -> Iterator[Hit]:
    """Contractions before a word only a possessive can own, by the pair model."""
    model = ctx.model
    for index in ctx.indices_of(swap.word for swap in swaps):
        for swap in swaps:
            if swap.word != ctx.lower[index]:
                continue
            following = ctx.next_word(index)
            if following is None or not ctx.forms[following].islower() or ctx.lower[following] in _NOT_OWNED:
                continue
            if swap.after is not None:
                previous = ctx.prev_word(index)
                if previous is None or ctx.lower[previous] not in swap.after:
                    continue
            word = ctx.lower[following]
            if not model.pair(swap.fix, word):
                continue
            gain = model.follow(swap.fix, word) - max(model.follow(other, word) for other in swap.stands_for)
            if gain < swap.margin:
                continue
            span = ctx.spans[index]
            fixed = match_case(swap.fix, ctx.forms[index])
            message = _POSSESSIVE.format(fixed=fixed, word=ctx.forms[index])
            yield Hit(span.start, span.end, message, (fixed,), min(0.95, 0.5 + gain / 5))


def _rule(
    rule_id: str,
    swaps: tuple[Swap, ...],
    bad: tuple[Example, ...],
    good: tuple[str, ...],
    model_swaps: tuple[ModelSwap, ...] = (),
    after_preposition: tuple[tuple[str, str], ...] = (),
) -> Rule:
    words = "/".join(dict.fromkeys(swap.word for swap in swaps))

    def find(ctx: Context) -> Iterator[Hit]:
        seen: set[int] = set()
        hits = (
            *find_swaps(swaps, ctx),
            *find_after_preposition(after_preposition, ctx),
            *find_model_swaps(model_swaps, ctx),
        )
        for hit in hits:
            if hit.start not in seen:
                seen.add(hit.start)
                yield hit

    return Rule(id=rule_id, category="grammar", description=f"{words} confused.", find=find, bad=bad, good=good)


_CONTRACTION = "“{word}” should be “{fixed}” here (a contraction, not a possessive)."
_POSSESSIVE = "“{word}” should be “{fixed}” here (a possessive, not a contraction)."

ITS = _rule(
    "grammar.its_its",
    (
        Swap("its", "it's", CLAUSE_STARTERS, True, _CONTRACTION),
        Swap("it's", "its", THING_PARTS, False, _POSSESSIVE, going=False),
    ),
    bad=(
        Example("I know its hard.", "I know it's hard."),
        Example("Its not your fault.", "It's not your fault."),
        Example("The dog wagged it's tail.", "The dog wagged its tail."),
        Example("The owl sat in it's hollow tree.", "The owl sat in its hollow tree."),
    ),
    good=(
        "I know it's hard.",
        "The dog wagged its tail.",
        "The crab hid its hard shell.",
        "It had its own rules.",
        "It's way too late.",
    ),
    model_swaps=(ModelSwap("it's", "its", ("is", "has"), 1.4),),
    after_preposition=(("it's", "its"),),
)

YOUR = _rule(
    "grammar.your_youre",
    (
        Swap("your", "you're", CLAUSE_STARTERS - {"my", "his", "him", "me", "us", "them", "our"}, True, _CONTRACTION),
        Swap("you're", "your", POSSESSIONS, False, _POSSESSIVE, going=False),
    ),
    bad=(
        Example("I think your going to regret that.", "I think you're going to regret that."),
        Example("You're hands are shaking.", "Your hands are shaking."),
        Example("I know your right.", "I know you're right."),
    ),
    good=(
        "Your hands are shaking.",
        "Raise your right hand.",
        "I didn't expect your being here.",
        "It is your right.",
        "He spoke of your going to Paris.",
        "You're way too kind.",
    ),
    model_swaps=(ModelSwap("you're", "your", ("are",), 1.0),),
    after_preposition=(("you're", "your"),),
)

THEIR = _rule(
    "grammar.their_there",
    (
        Swap("their", "they're", frozenset({"gonna", "not", "a", "an", "the"}), False, _CONTRACTION),
        Swap(
            "their",
            "there",
            frozenset({"is", "was", "were", "are", "isn't", "wasn't", "weren't", "aren't"}),
            False,
            "“{word}” should be “{fixed}” here (“there is”, “there was”).",
            going=False,
        ),
        Swap("there", "their", frozenset({"own"}) | THEIR_THINGS, False, _POSSESSIVE, going=False),
        Swap("they're", "their", POSSESSIONS, False, _POSSESSIVE, going=False),
    ),
    bad=(
        Example("I hope their going to be okay.", "I hope they're going to be okay."),
        Example("Their was no answer.", "There was no answer."),
        Example("They did it there own way.", "They did it their own way."),
        Example("The twins raised there hands.", "The twins raised their hands."),
        Example("They're hands were cold.", "Their hands were cold."),
    ),
    good=(
        "Their hands were cold.",
        "There was no answer.",
        "I hope they're going to be okay.",
        "He sat there quietly.",
    ),
    model_swaps=(
        ModelSwap("they're", "their", ("are",), 1.2),
        ModelSwap(
            "there",
            "their",
            ("there",),
            1.0,
            frozenset("of with for from into about through and took held lost in upon on by saw".split()),
        ),
    ),
)

WHOSE = _rule(
    "grammar.whose_whos",
    (
        Swap(
            "whose",
            "who's",
            frozenset({"gonna", "coming", "not", "been", "the", "a", "an", "there", "ready", "next"}),
            False,
            _CONTRACTION,
        ),
        Swap(
            "who's",
            "whose",
            frozenset({"turn", "idea", "fault", "side", "car", "house", "phone", "voice", "child"}),
            False,
            _POSSESSIVE,
            going=False,
        ),
    ),
    bad=(
        Example("Guess whose coming to dinner.", "Guess who's coming to dinner."),
        Example("Who's idea was this?", "Whose idea was this?"),
    ),
    good=("Guess who's coming to dinner.", "Whose idea was this?", "I know whose that is."),
)

RULES: tuple[Rule, ...] = (ITS, YOUR, THEIR, WHOSE)
