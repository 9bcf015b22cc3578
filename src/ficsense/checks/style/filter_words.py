"""style.filter_word — "she felt", "he saw", "she noticed": narration filtered through a character.

Off by default. Filter words put distance between the reader and the experience (Janice Hardy, *Understanding
Show Don't Tell*); a beta reader points them out, a writer decides.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

FILTERS = frozenset(
    "felt saw heard noticed realized realised watched wondered seemed thought knew decided smelled".split()
)
SUBJECTS = frozenset({"he", "she", "i", "they", "we"})


def find(ctx: Context) -> Iterator[Hit]:
    """A pronoun subject followed by a filter verb."""
    for index in ctx.word_indices():
        if ctx.lower[index] not in FILTERS:
            continue
        previous = ctx.prev_word(index)
        if previous is None or ctx.lower[previous] not in SUBJECTS:
            continue
        span = ctx.spans[index]
        yield Hit(
            span.start, span.end, f"Filter word “{ctx.forms[index]}”: show what is felt or seen directly?", (), 0.4
        )


RULE = Rule(
    id="style.filter_word",
    category="style",
    description="A filter word that distances the reader.",
    find=find,
    bad=(Example("She felt the cold bite her hands."),),
    good=("The cold bit her hands.",),
    default=False,
)
