"""grammar.could_of — "could of", "should of", "would of" written for the spoken "could've".

"could of course" is left alone: there "of course" is its own phrase. With an adverb between ("would ever
of written", "should never of gone") the slip is flagged only before a past participle, since "what she
could not of herself" keeps "of" as a preposition.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.checks.word_classes import word_classes

MODALS = frozenset({"could", "would", "should", "might", "must", "couldn't", "wouldn't", "shouldn't", "mustn't"})
# Adverbs that sit between a modal and its "have": "would ever have", "could never have".
ADVERBS = frozenset(
    "ever never not just really probably definitely totally already easily surely certainly only still "
    "always maybe possibly even hardly barely".split()
)


def find(ctx: Context) -> Iterator[Hit]:
    """A modal verb followed by "of" where "have" is meant."""
    for index in ctx.indices_of(MODALS):
        after = ctx.next_word(index)
        if ctx.lower[index] not in MODALS or after is None:
            continue
        adverb = None
        if ctx.lower[after] in ADVERBS:
            adverb, after = after, ctx.next_word(after)
            if after is None:
                continue
        if ctx.lower[after] != "of":
            continue
        following = ctx.next_word(after)
        if following is not None and ctx.lower[following] == "course":
            continue
        if adverb is not None and (following is None or not _participle(ctx.lower[following])):
            continue
        span = ctx.spans[after]
        yield Hit(
            span.start,
            span.end,
            f"After “{ctx.forms[index]}”, write “have” (spoken “{ctx.lower[index]}’ve”), not “of”.",
            (match_case("have", ctx.forms[after]),),
            0.95,
        )


def _participle(word: str) -> bool:
    """A past participle ("written", "gone", "told"), as the treebanks tag it."""
    classes = word_classes()
    if not classes.knows(word):
        return word.endswith(("ed", "en"))
    verb = classes.can_be(word, ("VBN",)) or (word.endswith("ed") and classes.can_be(word, ("VBD",)))
    return verb and classes.count(word, ("NN", "NNS")) < classes.count(word, ("VBN", "VBD"))


RULE = Rule(
    id="grammar.could_of",
    category="grammar",
    description="“could of” for “could have”.",
    find=find,
    bad=(
        Example("You could of told me sooner.", "You could have told me sooner."),
        Example("She should of stayed home.", "She should have stayed home."),
        Example("It was not the way he would ever of written it.", "It was not the way he would ever have written it."),
        Example("We should never of gone.", "We should never have gone."),
    ),
    good=(
        "You could have told me sooner.",
        "He could of course refuse.",
        "She kept what she could not of the wreck.",
        "He would never of his own will go.",
    ),
)
