"""consistency.name_spelling — a rare spelling of a frequent name ("Aidan" once, "Aiden" forty times).

Names are the story's capitalised words that are not ordinary English words. A variant is flagged when
it is one edit (or one swapped pair) from a name used at least `RATIO` times as often and at least
`MIN_FREQUENT` times; every occurrence of the variant is reported with the frequent spelling suggested.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.lexicon import INTERJECTIONS
from ficsense.checks.rule import Example, Hit, Rule
from ficsense.checks.spelling.suggest import slip_cost

MIN_FREQUENT = 8
RATIO = 8
MAX_RARE = 2
# Names this common in English text are words as well ("Will", "Rose"), and variants of them are not slips.
COMMON_WORD = 5_000_000
MAX_SLIP = 0.8


def _stem(form: str) -> str:
    return form[:-2] if form.endswith(("'s", "’s")) else form


def find(ctx: Context) -> Iterator[Hit]:
    """Occurrences of a rare near-duplicate of a frequent name."""
    counts: Counter[str] = Counter()
    where: dict[str, list[int]] = {}
    for index in ctx.word_indices():
        name = _stem(ctx.forms[index])
        if len(name) < 4 or not name[:1].isupper() or not name[1:].isalpha() or not name[1:].islower():
            continue
        if name.lower() in INTERJECTIONS:
            continue
        if ctx.model.count(name.lower()) >= COMMON_WORD:
            continue
        counts[name] += 1
        where.setdefault(name, []).append(index)
    frequent = [name for name, count in counts.items() if count >= MIN_FREQUENT]
    for rare, rare_count in sorted(counts.items()):
        if rare_count > MAX_RARE or (rare not in ctx.lexicon.names and ctx.model.knows(rare.lower())):
            continue
        matches = [
            name
            for name in frequent
            if name != rare
            and counts[name] >= RATIO * rare_count
            and name[0] == rare[0]
            and abs(len(name) - len(rare)) <= 1
            and not _plural_pair(name, rare)
            # Only the slips a writer makes in a name they know: a vowel, a doubled letter, a swapped pair.
            # Two real names one consonant apart ("Romney"/"Rodney") are usually two people.
            and (slip_cost(rare.lower(), name.lower()) <= MAX_SLIP or _vowel_dropped(rare.lower(), name.lower()))
        ]
        if len(matches) != 1:
            continue
        name = matches[0]
        for index in where[rare]:
            span = ctx.spans[index]
            yield Hit(
                span.start,
                span.start + len(rare),
                f"“{rare}” appears {rare_count}×, “{name}” {counts[name]}×: a misspelt name?",
                (name,),
                0.8,
            )


def _vowel_dropped(first: str, second: str) -> bool:
    """One spelling is the other with one inner vowel left out or added ("Mirelle"/"Mireille")."""
    short, long = sorted((first, second), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(
        long[index] in "aeiouy" and long[:index] + long[index + 1 :] == short for index in range(1, len(long) - 1)
    )


def _plural_pair(first: str, second: str) -> bool:
    return first + "s" == second or second + "s" == first


RULE = Rule(
    id="consistency.name_spelling",
    category="consistency",
    description="A name spelled two ways, one of them rarely.",
    find=find,
    bad=(
        Example(
            "Aiden ran. Aiden stopped. Aiden laughed. Aiden sat. Aiden rose. Aiden left. Aiden came back. "
            "Aiden slept. Then Aidan woke.",
            "Aiden ran. Aiden stopped. Aiden laughed. Aiden sat. Aiden rose. Aiden left. Aiden came back. "
            "Aiden slept. Then Aiden woke.",
        ),
        Example(
            "Mireille ran. Mireille stopped. Mireille laughed. Mireille sat. Mireille rose. Mireille left. "
            "Mireille came back. Mireille slept. Then Mirelle's dog woke.",
            "Mireille ran. Mireille stopped. Mireille laughed. Mireille sat. Mireille rose. Mireille left. "
            "Mireille came back. Mireille slept. Then Mireille's dog woke.",
        ),
    ),
    good=(
        "Aiden ran. Aiden stopped. Aiden laughed. Aiden sat down. Then Aiden stood up.",
        "Rodney ran. Rodney stopped. Rodney laughed. Rodney sat. Rodney rose. Rodney left. Rodney slept. "
        "Rodney woke. Then Romney came.",
    ),
)
