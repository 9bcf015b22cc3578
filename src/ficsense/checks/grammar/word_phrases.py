"""Small phrase rules as data: `grammar.on_one`, `grammar.fro_from`, `grammar.missing_article`.

Each entry fixes a slip that only ever means one thing in its context: "Come one," at the end of a phrase
is "Come on,"; "fro" outside "to and fro" is "from"; "for minute" has lost its article.
"""

from __future__ import annotations

from ficsense.checks.phrases import Phrase
from ficsense.checks.rule import Example, Rule

TABLE: tuple[Phrase, ...] = (
    Phrase(
        id="grammar.on_one",
        category="grammar",
        description="“Come one” for “Come on”.",
        pattern=r"\b(?:come|hold|hang|move|go)[ \t]+(?P<fix>one)(?=\s*[,.!?…\"”—-])",
        replacement="on",
        message="“one” here should be “on”.",
        bad=(Example("“Come one, let's go.”", "“Come on, let's go.”"),),
        good=("“Come on, let's go.”", "Only one of them came one day."),
    ),
    Phrase(
        id="grammar.fro_from",
        category="grammar",
        description="“fro” (only in “to and fro”) typed for “from”.",
        pattern=r"\b(?P<fix>fro)\b(?![ \t]+and\b|['’])",
        not_after=r"\band",
        deliberate=3,
        replacement="from",
        message="“fro” is used only in “to and fro”; “from” is meant here.",
        bad=(Example("She needed a break fro it all.", "She needed a break from it all."),),
        good=("She needed a break from it all.", "The branches swayed to and fro."),
    ),
    Phrase(
        id="grammar.missing_article",
        category="grammar",
        description="A lost “a” in “for a minute”, “in a second”, “wait a moment”.",
        pattern=(
            r"\b(?P<fix>(?P<before>for|in|wait|just)[ \t]+(?P<noun>minute|second|moment|while))\b"
            # "for while she slept" is a conjunction; only a clause-final "for while" has lost its "a".
            r"(?:(?<=\bfor while)(?=\s*[.,;!?…\"”])|(?<!while)"
            r"(?![ \t]+(?:of|or|place|half|gear|grade|year|row|position|floor|hand|time|thought|glance)\b))"
        ),
        replacement=r"\g<before> a \g<noun>",
        message="An article seems to be missing here.",
        bad=(
            Example("He stopped for minute.", "He stopped for a minute."),
            Example("They talked for while.", "They talked for a while."),
        ),
        good=(
            "He stopped for a minute.",
            "She came back in a second.",
            "For minutes nobody spoke.",
            "He waited for while she slept he could think.",
        ),
    ),
)

RULES: tuple[Rule, ...] = tuple(entry.rule() for entry in TABLE)
