"""style.tag_adverb — an -ly adverb propping up a speech tag ("she said softly").

Off by default: a note on craft, not an error (Stephen King, *On Writing*: "The adverb is not your friend").
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.punctuation.dialogue import SPEECH_VERBS
from ficsense.checks.rule import Example, Hit, Rule

NOT_ADVERBS = frozenset({"only", "early", "family", "ugly", "holy", "lonely", "silly", "friendly", "daily", "reply"})


def find(ctx: Context) -> Iterator[Hit]:
    """A speech verb followed by an -ly adverb."""
    for index in ctx.word_indices():
        if ctx.lower[index] not in SPEECH_VERBS:
            continue
        following = ctx.next_word(index)
        if following is None:
            continue
        word = ctx.lower[following]
        if not word.endswith("ly") or len(word) < 5 or word in NOT_ADVERBS:
            continue
        span = ctx.spans[following]
        yield Hit(
            span.start,
            span.end,
            f"“{ctx.forms[index]} {ctx.forms[following]}”: could the line itself show it?",
            (),
            0.5,
        )


RULE = Rule(
    id="style.tag_adverb",
    category="style",
    description="An adverb on a speech tag.",
    find=find,
    bad=(Example('"Stay," she said softly.'),),
    good=('"Stay," she said.', '"Stay," she said only once.'),
    default=False,
)
