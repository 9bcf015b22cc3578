"""grammar.missing_word — a word dropped in revision where the grammar is clearly broken.

Three shapes, each a context edited English never produces: "when noticed the door" (a subject lost
between "when" and an active past verb), "leaned against door" (an article lost before a countable
household noun), and "Jo finally spoke said" (two speech verbs in a row, one of them left over).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

_SUBJECTLESS = re.compile(
    r"\b(?:when|because|until|while)\s+(?P<verb>noticed|realized|realised|saw|heard|walked|"
    r"turned|opened|entered|got|went|came|grabbed|pulled|pushed|reached|stood|sat)\s+"
    r"(?:the|a|an|his|her|their|my|that|him|me|them|up|down|out|back|into)\b",
    re.IGNORECASE,
)
_ARTICLELESS = re.compile(
    r"\b(?:against|through|into|onto|toward|towards|across|behind|beside)\s+"
    # "room after room", "window after window" repeat the noun on purpose.
    r"(?P<noun>door|wall|window|table|desk|chair|couch|sofa|counter|fridge|sink|car|room)\b(?![-'’]|\s+\w+ing\b|\s+after\b)",
    re.IGNORECASE,
)
_SPEECH = "said|asked|spoke|replied|answered|whispered|muttered|shouted|yelled|murmured"
_TWO_VERBS = re.compile(rf"\b(?P<first>{_SPEECH})\s+(?P<second>{_SPEECH})\b", re.IGNORECASE)


def find(ctx: Context) -> Iterator[Hit]:
    """Subjectless clauses, article-less nouns and doubled speech verbs."""
    text = ctx.text
    for match in _SUBJECTLESS.finditer(text):
        start, end = match.span("verb")
        yield Hit(start, end, f"A subject seems to be missing before “{match.group('verb')}”.", (), 0.7)
    for match in _ARTICLELESS.finditer(text):
        start, end = match.span("noun")
        noun = match.group("noun")
        yield Hit(start, end, f"An article seems to be missing before “{noun}”.", (f"the {noun}",), 0.7)
    for match in _TWO_VERBS.finditer(text):
        if match.group("first").lower() == match.group("second").lower():
            continue
        start, end = match.span()
        message = f"“{match.group('first')} {match.group('second')}”: one verb too many, or a word missing between."
        yield Hit(start, end, message, (), 0.7)


RULE = Rule(
    id="grammar.missing_word",
    category="grammar",
    description="A dropped subject, article or conjunction.",
    find=find,
    bad=(
        Example("She froze when noticed the door was open."),
        Example("He leaned against door.", "He leaned against the door."),
        Example("Jo finally spoke said nothing."),
    ),
    good=(
        "She froze when she noticed the door was open.",
        "He leaned against the door.",
        "Jo finally spoke and said nothing.",
        "When asked, she smiled.",
    ),
)
