"""grammar.participle_as_past — a past participle used as the simple past: "she begun", "the bell rung".

The mirror of "had went": verbs whose past and participle differ (begin/began/begun) get the participle
straight after their subject. Only verbs whose participle is never an adjective are listed ("drunk",
"shrunk" and "sunken" are left out: "they drunk and loud" is an adjective), and dialect forms that stand
for other verbs ("he seen it", "she done it") are left alone, since fan fiction writes them on purpose.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

PAST = {"begun": "began", "rung": "rang", "sung": "sang", "swum": "swam", "sunk": "sank", "sprung": "sprang"}
SUBJECTS = frozenset("he she it they i we".split())
# "had she begun", "has it rung": an inverted auxiliary before the subject.
AUXILIARIES = frozenset("had has have having 'd 've was were is are be been".split())


def find(ctx: Context) -> Iterator[Hit]:
    """Participles straight after a subject pronoun, with no auxiliary before it."""
    for index in ctx.indices_of(PAST):
        subject = ctx.prev_word(index)
        if subject is None or ctx.lower[subject] not in SUBJECTS:
            continue
        before = ctx.prev_word(subject)
        if before is not None and ctx.lower[before] in AUXILIARIES:
            continue
        form = ctx.forms[index]
        fixed = match_case(PAST[ctx.lower[index]], form)
        span = ctx.spans[index]
        yield Hit(span.start, span.end, f"“{form}” needs “had”; the simple past is “{fixed}”.", (fixed,), 0.85)


RULE = Rule(
    id="grammar.participle_as_past",
    category="grammar",
    description="A past participle used as the simple past.",
    find=find,
    bad=(
        Example("Then she begun to laugh.", "Then she began to laugh."),
        Example("The phone buzzed and it rung twice.", "The phone buzzed and it rang twice."),
    ),
    good=("Then she began to laugh.", "She had begun to laugh.", "Had she begun to laugh?", "They were drunk."),
)
