"""style.long_sentence — a sentence over `LIMIT` words; worth a second look, not always wrong. Off by default."""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

LIMIT = 50


def find(ctx: Context) -> Iterator[Hit]:
    """Sentences with more than `LIMIT` words."""
    for sentence in ctx.doc.sentences:
        words = sum(1 for char_run in ctx.text[sentence.start : sentence.end].split() if char_run[:1].isalnum())
        if words > LIMIT:
            yield Hit(sentence.start, sentence.end, f"This sentence runs to {words} words.", (), 0.3)


RULE = Rule(
    id="style.long_sentence",
    category="style",
    description="A very long sentence.",
    find=find,
    bad=(Example("She ran " + "and ran " * 30 + "until she stopped."),),
    good=("She ran until she stopped.",),
    default=False,
)
