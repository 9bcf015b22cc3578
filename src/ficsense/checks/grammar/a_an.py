"""grammar.a_an — "a" before a vowel sound or "an" before a consonant sound: "a apple", "an car".

The choice follows the sound, not the letter, so the words whose spelling misleads are left out rather
than guessed: "a one-off", "a unicorn", "a European" (a "y" or "w" sound), "an hour", "an honest" (silent
h; "an historic" is British usage, so "an" before any h is left alone), and capitalised words and
abbreviations ("an FBI agent", "a UFO"), which are read as letters.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

VOWELS = "aeiou"
# Vowel letters read with a consonant sound ("a unicorn", "a one-time thing", "a eulogy").
CONSONANT_SOUND = ("uni", "use", "usu", "uti", "ure", "uri", "uro", "ubi", "uk", "eu", "ewe", "one", "once", "ouija")


FUNCTION_WORDS = frozenset("and or of in on at to is as an a if it its out up into onto".split())


def _wants_an(word: str) -> bool | None:
    """True for a vowel sound, False for a consonant sound, None when the spelling does not say."""
    if word.startswith(CONSONANT_SOUND) or word.startswith("h"):
        return None
    return word[0] in VOWELS


def find(ctx: Context) -> Iterator[Hit]:
    """Articles that do not fit the sound of the next word."""
    for index in ctx.indices_of(("a", "an")):
        following = ctx.next_word(index)
        if following is None:
            continue
        form = ctx.forms[following]
        if not form.isalpha() or not form.islower() or len(form) < 2:
            continue
        # A foreign word ("Lettres a une Inconnue") or a function word ("a and b") says nothing of the article.
        if form in FUNCTION_WORDS or not ctx.model.knows(form):
            continue
        # "a" as a letter or a grade ("a, e, i") and "A" as a name or a heading are not the article.
        if ctx.forms[index] not in {"a", "an", "A", "An"}:
            continue
        wants_an = _wants_an(form)
        article = ctx.lower[index]
        if wants_an is None or wants_an == (article == "an"):
            continue
        fixed = match_case("an" if wants_an else "a", ctx.forms[index])
        span = ctx.spans[index]
        yield Hit(
            span.start, span.end, f"“{ctx.forms[index]} {form}”: write “{fixed}” before this sound.", (fixed,), 0.9
        )


RULE = Rule(
    id="grammar.a_an",
    category="grammar",
    description="“a” before a vowel sound or “an” before a consonant sound.",
    find=find,
    bad=(
        Example("She ate a apple.", "She ate an apple."),
        Example("He had an car.", "He had a car."),
    ),
    good=(
        "She ate an apple and waited an hour.",
        "It was a unicorn, a one-time thing, a European car.",
        "An FBI agent made an historic arrest.",
    ),
)
