"""grammar.verb_for_noun — a verb where its noun belongs: "nothing but envy and resent", "a sigh of relieve".

After "of", "in", "with" or "beyond" (and an optional possessive) a word that ends the phrase is a noun;
a verb there is a slip for its noun ("in disbelieve" → "in disbelief"). After "and" only transitive verbs
count, since a transitive verb cannot end its clause ("they envy and resent." has lost its object), while
an intransitive one can ("they mourn and grieve.").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

# verb -> noun, and whether the verb is transitive (then "and resent." is a slip as well).
NOUNS: Mapping[str, tuple[str, bool]] = {
    "resent": ("resentment", True),
    "relieve": ("relief", True),
    "disbelieve": ("disbelief", False),
    "believe": ("belief", False),
    "grieve": ("grief", False),
    "embarrass": ("embarrassment", True),
    "astonish": ("astonishment", True),
    "disappoint": ("disappointment", True),
    "frustrate": ("frustration", True),
    "annoy": ("annoyance", True),
    "amaze": ("amazement", True),
    "excite": ("excitement", False),
    "bewilder": ("bewilderment", True),
    "humiliate": ("humiliation", True),
    "horrify": ("horror", True),
    "terrify": ("terror", True),
    "confuse": ("confusion", False),
    "exhaust": ("exhaustion", True),
}
_WORDS = "|".join(sorted(NOUNS))
_PATTERN = re.compile(
    rf"\b(?P<before>of|in|with|beyond|and)\s+(?:(?:his|my|their|your|our|its)\s+)?(?P<verb>{_WORDS})"
    r"(?=\s*(?:[.,;!?…\"”]|$))",
    re.IGNORECASE,
)


def find(ctx: Context) -> Iterator[Hit]:
    """A listed verb ending a phrase after a preposition (or, if transitive, after "and")."""
    for match in _PATTERN.finditer(ctx.text):
        verb = match.group("verb")
        noun, transitive = NOUNS[verb.lower()]
        if match.group("before").lower() == "and" and not transitive:
            continue
        fixed = match_case(noun, verb)
        start, end = match.span("verb")
        yield Hit(start, end, f"“{verb}” is a verb; the noun “{fixed}” belongs here.", (fixed,), 0.85)


RULE = Rule(
    id="grammar.verb_for_noun",
    category="grammar",
    description="A verb where its noun belongs (“nothing but envy and resent”).",
    find=find,
    bad=(
        Example("He felt nothing but envy and resent.", "He felt nothing but envy and resentment."),
        Example("She let out a sigh of relieve.", "She let out a sigh of relief."),
        Example("They stared in disbelieve.", "They stared in disbelief."),
    ),
    good=(
        "He felt nothing but envy and resentment.",
        "They mourn and grieve.",
        "Just trust me and believe.",
        "Of all the things to resent, she chose that.",
    ),
)
