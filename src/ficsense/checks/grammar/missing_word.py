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
    r"\b(?P<preposition>against|through|into|onto|toward|towards|across|behind|beside|on|off|under|from|in|at)\s+"
    # "room after room", "window after window" repeat the noun on purpose.
    r"(?P<noun>door|wall|window|table|desk|chair|couch|sofa|counter|fridge|sink|car|room|doorway|doorframe|hallway|"
    r"corridor|kitchen|bathroom|bedroom|ceiling|mirror|dresser|cabinet|closet|wardrobe|fence|gate|railing|headboard|"
    r"pillow|crowd|field|forest|clearing|street|building|tree|cupboard|drawer|bookshelf|staircase|archway|bed|floor|"
    r"bench|windowsill|doorstep|porch|balcony|roof|stool)\b"
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
# Bare nouns English uses on purpose after these prepositions: "in bed", "at table", "in field" (at war).
_IDIOMS = frozenset(
    {("in", "bed"), ("into", "bed"), ("from", "bed"), ("at", "table"), ("on", "table"), ("from", "table")}
    | {("in", "field"), ("on", "field"), ("in", "crowd")}
    | {(preposition, noun) for preposition in ("in", "at", "on", "from", "off") for noun in ("street", "floor")}
)
# After these a bare noun may be one of a list ("on table and floor", "in closet or drawer"), so the phrase
# must end at punctuation.
_LIST_PREPOSITIONS = frozenset({"on", "off", "under", "from", "in", "at"})
# "looked at like I was mad" has lost its object ("at me like").
_NO_OBJECT = re.compile(
    r"\b(?:looked|looking|looks|stared|staring|stares|glared|glaring|glares|smiled|smiling|smiles|grinned|grinning|"
    r"grins)\s+at\s+(?P<gap>like|as\s+if|as\s+though)\b",
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
        preposition = match.group("preposition").lower()
        if (preposition, noun.lower()) in _IDIOMS:
            continue
        if preposition in _LIST_PREPOSITIONS and not re.match(r"\s*[.,;:!?…\"”]", text[end : end + 3]):
            continue
        # "from wall to wall"
        if re.match(rf"\s+to\s+{re.escape(noun)}\b", text[end : end + len(noun) + 8], re.IGNORECASE):
            continue
        yield Hit(start, end, f"An article seems to be missing before “{noun}”.", (f"the {noun}",), 0.7)
    for match in _NO_OBJECT.finditer(text):
        start = match.start("gap")
        yield Hit(start - 1, start, "A word seems to be missing after “at” (“at me”, “at him”?).", (), 0.7)
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
        Example("She sat on bed, crying.", "She sat on the bed, crying."),
        Example("He looked at like I was mad."),
    ),
    good=(
        "She froze when she noticed the door was open.",
        "He leaned against the door.",
        "Jo finally spoke and said nothing.",
        "When asked, she smiled.",
        "He stayed in bed. They sat at table. She lived on floor three.",
        "He looked at me like I was mad.",
    ),
)
