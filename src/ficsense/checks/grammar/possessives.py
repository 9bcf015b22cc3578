"""grammar.missing_possessive — a possessive written without its apostrophe: "Marcus mom", "the girls hair".

Fires only before a noun that is owned (a body part, a relative, a possession; see `OWNED`) and only
when the word before it cannot be anything but an owner: a name from the story ending in s ("Marcus",
"Ellis"), a name plus s ("Aidens"), a person noun plus s after a determiner ("the girls", "the mans"), or
"everyones"/"somebodys". Nouns that double as verbs ("the girls laugh", "the boys head out") are not in
`OWNED`, so "the girls face the wall" never fires.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

OWNED = frozenset(
    """
    hair eyes voice arm arms shoulder shoulders neck cheek cheeks lips mouth forehead wrist wrists chest
    fingers jaw throat ear ears nose skin knee knees hips waist
    mom mum dad mother father brother sister brothers sisters parents wife husband son daughter
    girlfriend boyfriend friend friends family uncle aunt grandmother grandfather cousin
    room bedroom house apartment car phone bag jacket shirt hoodie coat bed desk office door
    name life words attention gaze expression fault idea problem business
    """.split()
)
# After a name, nouns that are also verbs are safe too: "Marcus hand" has no verb reading worth fearing.
OWNED_BY_NAME = OWNED | {
    "hand",
    "hands",
    "face",
    "head",
    "smile",
    "voice",
    "hair",
    "eyes",
    "lap",
    "side",
    "stuff",
    "things",
    "place",
}
PERSON_NOUNS = frozenset(
    """
    girl boy man woman child kid baby mother father brother sister friend wife husband son daughter
    king queen prince princess doctor teacher captain stranger lady guy dog cat wolf dragon
    commander officer soldier guard pilot driver nurse boss coach student professor detective sergeant
    lieutenant colonel general knight witch wizard priest neighbor neighbour partner baby puppy horse
    """.split()
)
# Plurals that never take "s" as a plural, so "mans" or "childs" can only be a possessive.
IRREGULAR = {
    "mans": "man's",
    "womans": "woman's",
    "childs": "child's",
    "mens": "men's",
    "womens": "women's",
    "childrens": "children's",
    "peoples": "people's",
}
INDEFINITES = frozenset("everyone everybody someone somebody anyone anybody noone nobody".split())
COMMON_WORD = 10_000_000
STEM_RATIO = 10
DETERMINERS = frozenset("the a that this his her my your their our".split())


def find(ctx: Context) -> Iterator[Hit]:
    """Owners written without the apostrophe before something they own."""
    names = ctx.lexicon.names
    for index in ctx.word_indices():
        following = ctx.next_word(index)
        if following is None or ctx.lower[following] not in OWNED_BY_NAME or not ctx.forms[following].islower():
            continue
        # One space exactly: a wider gap is often where a plain-text copy lost the apostrophe itself.
        if ctx.spans[following].start - ctx.spans[index].end != 1:
            continue
        owned_by_anyone = ctx.lower[following] in OWNED
        form, lower = ctx.forms[index], ctx.lower[index]
        suggestions: tuple[str, ...] = ()
        if lower in IRREGULAR and owned_by_anyone:
            suggestions = (IRREGULAR[lower],)
        elif (lower.endswith("s") and lower[:-1] in INDEFINITES and owned_by_anyone) or (
            form[:1].isupper() and form.endswith("s") and form[:-1] in names and _stem_is_the_name(ctx, index)
        ):
            suggestions = (form[:-1] + "'s",)
        elif form[:1].isupper() and form.endswith("s") and form in names and _owner_name(ctx, index):
            # "Kesslers stuff" when "Kessler" is written elsewhere, even only at a sentence start.
            stem_seen = lower[:-1] in ctx.where
            # With the story silent on the bare name, English decides: "Gregorys" is Gregory's, "Watkins" Watkins's.
            stem_likelier = ctx.model.frequency(lower[:-1]) > STEM_RATIO * ctx.model.frequency(lower)
            suggestions = (form[:-1] + "'s", form + "'s") if stem_seen or stem_likelier else (form + "'s", form + "'")
        elif lower.endswith("s") and lower[:-1] in PERSON_NOUNS and owned_by_anyone:
            previous = ctx.prev_word(index)
            if previous is None or ctx.lower[previous] not in DETERMINERS:
                continue
            suggestions = (form[:-1] + "'s", form + "'")
        if not suggestions:
            continue
        span = ctx.spans[index]
        yield Hit(
            span.start,
            span.end,
            f"“{form} {ctx.forms[following]}” needs a possessive apostrophe: “{suggestions[0]}”.",
            suggestions,
            0.85,
        )


def _stem_is_the_name(ctx: Context, index: int) -> bool:
    """ "Tarns" is "Tarn" plus s when the story writes "Tarn" at least as often: a possessive that lost its
    apostrophe more than once is learned as a name of its own, and "Tarns's" would be the wrong fix."""
    lower = ctx.lower[index]
    return len(ctx.where.get(lower[:-1], ())) >= len(ctx.where.get(lower, ()))


def _owner_name(ctx: Context, index: int) -> bool:
    """A name ending in s that can own: not an English word ("His"), not a family ("the Scadgers family")."""
    if ctx.model.count(ctx.lower[index]) >= COMMON_WORD:
        return False
    previous = ctx.prev_word(index)
    return previous is None or ctx.lower[previous] not in {"the", "a", "an"}


RULE = Rule(
    id="grammar.missing_possessive",
    category="grammar",
    description="A possessive without its apostrophe.",
    find=find,
    bad=(
        Example("Marcus came in. She took Marcus hand.", "Marcus came in. She took Marcus's hand."),
        Example("He brushed the girls hair.", "He brushed the girl's hair."),
        Example("The mans voice shook.", "The man's voice shook."),
        Example("Everyones eyes were on her.", "Everyone's eyes were on her."),
        Example("It is nobodys fault.", "It is nobody's fault."),
        Example("The commanders voice cut through.", "The commander's voice cut through."),
        Example("Kessler came. That was Kesslers stuff.", "Kessler came. That was Kessler's stuff."),
        Example("Then Aiden smiled. Aidens mom waved.", "Then Aiden smiled. Aiden's mom waved."),
        Example(
            "Tarn sat. Tarn ate. Tarn slept. Tarn woke. He knew Tarns mom. He liked Tarns dad. Tarns side hurt.",
            "Tarn sat. Tarn ate. Tarn slept. Tarn woke. He knew Tarn's mom. He liked Tarn's dad. Tarn's side hurt.",
        ),
    ),
    good=(
        "The girls laugh at him.",
        "He brushed the girl's hair.",
        "The girls face the wall.",
        "Marcus called. Then Marcus left.",
    ),
)
