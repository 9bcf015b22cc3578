"""grammar.could_of — "could of", "should of", "would of" written for the spoken "could've".

"could of course" is left alone: there "of course" is its own phrase.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

MODALS = frozenset({"could", "would", "should", "might", "must", "couldn't", "wouldn't", "shouldn't", "mustn't"})


def find(ctx: Context) -> Iterator[Hit]:
    """A modal verb followed by "of" where "have" is meant."""
    for index in ctx.indices_of(MODALS):
        after = ctx.next_word(index)
        if ctx.lower[index] not in MODALS or after is None or ctx.lower[after] != "of":
            continue
        following = ctx.next_word(after)
        if following is not None and ctx.lower[following] == "course":
            continue
        span = ctx.spans[after]
        yield Hit(
            span.start,
            span.end,
            f"After “{ctx.forms[index]}”, write “have” (spoken “{ctx.lower[index]}’ve”), not “of”.",
            (match_case("have", ctx.forms[after]),),
            0.95,
        )


RULE = Rule(
    id="grammar.could_of",
    category="grammar",
    description="“could of” for “could have”.",
    find=find,
    bad=(
        Example("You could of told me sooner.", "You could have told me sooner."),
        Example("She should of stayed home.", "She should have stayed home."),
    ),
    good=("You could have told me sooner.", "He could of course refuse."),
)
