"""style.repeated_word — the same content word twice within a few words ("the lantern... the lantern").

Off by default. Names, very common words and short words are ignored: repeating them is normal.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

WINDOW = 12
MIN_LENGTH = 5
COMMON = 300_000_000


def find(ctx: Context) -> Iterator[Hit]:
    """A content word repeated within `WINDOW` words on the same line."""
    recent: list[int] = []
    previous_end = 0
    for index in ctx.word_indices():
        span = ctx.spans[index]
        if "\n" in ctx.text[previous_end : span.start]:
            recent = []
        previous_end = span.end
        lower = ctx.lower[index]
        content = len(lower) >= MIN_LENGTH and not ctx.forms[index][:1].isupper() and ctx.model.count(lower) < COMMON
        if content and any(ctx.lower[earlier] == lower for earlier in recent):
            yield Hit(span.start, span.end, f"“{ctx.forms[index]}” was used a moment ago.", (), 0.4)
        recent = [*recent[-WINDOW + 1 :], index]


RULE = Rule(
    id="style.repeated_word",
    category="style",
    description="A word repeated close to itself.",
    find=find,
    bad=(Example("She opened the window and leaned out of the window."),),
    good=("She opened the window and leaned out.",),
    default=False,
)
