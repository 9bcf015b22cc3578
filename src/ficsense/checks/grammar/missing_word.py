"""grammar.missing_word — a word dropped in revision where the grammar is clearly broken.

Three shapes, each a context edited English never produces: "when noticed the door" (a subject lost
between "when" and an active past verb, or before a past that is never a participle, "while went to"),
"leaned against door" (an article lost before a countable household noun that ends its phrase), and
"Jo finally spoke said" (two speech verbs in a row, one of them left over).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule

_SUBJECTLESS = re.compile(
    r"\b(?:when|because|until|while)\s+(?P<verb>noticed|realized|realised|saw|heard|walked|"
    r"turned|opened|entered|got|went|came|grabbed|pulled|pushed|reached|stood|sat|took|began|knew|ran|gave|"
    r"spoke|broke|chose|wrote|drove|rode|fell|grew|threw|drew|looked|stepped|arrived|glanced|stared|"
    r"smiled|laughed|nodded|sighed|picked)\s+"
    r"(?:the|a|an|his|her|their|my|that|him|me|them|up|down|out|back|into)\b",
    re.IGNORECASE,
)
_ARTICLELESS = re.compile(
    r"\b(?:against|through|into|onto|toward|towards|across|behind|beside)\s+"
    # "room after room", "window after window" repeat the noun on purpose.
    r"(?P<noun>door|wall|window|table|desk|chair|couch|sofa|counter|fridge|sink|car|room|doorway|doorframe|hallway|"
    r"corridor|kitchen|bathroom|bedroom|ceiling|mirror|dresser|cabinet|closet|wardrobe|fence|gate|railing|headboard|"
    r"pillow|crowd|field|forest|clearing|street|building|tree|cupboard|drawer|bookshelf|staircase|archway)\b"
    # The noun must end its phrase: "towards forest paths" uses it as a modifier, bare on purpose.
    r"(?=\s*[.,;:!?…\"”]|\s+(?:and|or|but|as|with|to|for|at|of|when|while|before|until|in|on|so|then|again)\b)",
    re.IGNORECASE,
)
# A past tense that is never a participle cannot follow "when" without a subject, whatever comes next
# ("while went to prepare", "because got your note"); the inversion "when came the dawn" is left alone.
_PAST_ONLY = re.compile(
    r"\b(?:when|because|until|while)\s+(?P<verb>came|went|saw|got|took|began|knew|ran|gave|decided)\b"
    r"(?!\s+(?:the|a|an|his|her|their|its|my|our)\b)(?![-'’])",
    re.IGNORECASE,
)
_SPEECH = "said|asked|spoke|replied|answered|whispered|muttered|shouted|yelled|murmured"
_TWO_VERBS = re.compile(rf"\b(?P<first>{_SPEECH})\s+(?P<second>{_SPEECH})\b", re.IGNORECASE)


def find(ctx: Context) -> Iterator[Hit]:
    """Subjectless clauses, article-less nouns and doubled speech verbs."""
    text = ctx.text
    seen: set[int] = set()
    for match in _SUBJECTLESS.finditer(text):
        start, end = match.span("verb")
        seen.add(start)
        yield Hit(start, end, f"A subject seems to be missing before “{match.group('verb')}”.", (), 0.7)
    for match in _PAST_ONLY.finditer(text):
        start, end = match.span("verb")
        if start not in seen:
            seen.add(start)
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
