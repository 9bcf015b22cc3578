"""consistency.name_spelling — a rare spelling of a frequent name ("Aidan" once, "Aiden" forty times).

Names are the story's capitalised words that are not ordinary English words (a rare English word the story
only ever capitalises, "Isolde", counts too). A variant is flagged when it is one edit (or one swapped
pair) from a name used at least `RATIO` times as often and at least `MIN_FREQUENT` times, or has the same
consonants with other vowels ("Juneau" for "Juno"); "I" and "Y" may swap as first letters ("Isolde" for
"Ysolde"), no other first letter may ("Ellen" and "Allen" are two people). One letter written for another
of the same sound ("Tamzin" for "Tamsin", "Erica" for "Erika", "Corwin" for "Corvin"), a doubled letter
("Kitt" for "Kit") or "ph" for "f" is a slip even in a three-letter name ("Des" for "Dez"); other slips are
looked for in names of four letters or more. A name that is also an English word ("Kit") is compared when
the story uses it as a name, for those same-sound slips only; a name that is an English word and no census
name ("Kestrel") needs only three uses for a non-word one vowel away ("Kestral"). A variant plus s ("Caelens")
gets the frequent name's possessive. Every occurrence of the variant is reported with the frequent
spelling suggested.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ficsense.analyses.people.names import given_names, surnames
from ficsense.checks.context import Context
from ficsense.checks.lexicon import INTERJECTIONS, is_stretched
from ficsense.checks.rule import Example, Hit, Rule
from ficsense.checks.spelling.suggest import slip_cost

MIN_FREQUENT = 6
# A name that is an English word ("Kestrel") needs only this many uses to settle a misspelling of it.
FEW_USES = 3
# Names this short are compared only for a same-sound letter ("Des" for "Dez"); other slips need four.
MIN_NAME = 3
MIN_SLIP_NAME = 4
RATIO = 6
MAX_RARE = 2
# Names this common in English text are words as well ("Will", "Rose"), and variants of them are not slips.
COMMON_WORD = 5_000_000
MAX_SLIP = 0.8
# An English word rarer than this, never written in lower case in the story, may be a name ("Isolde").
RARE_WORD = 1e-6


def _stem(form: str) -> str:
    return form[:-2] if form.endswith(("'s", "’s")) else form


def find(ctx: Context) -> Iterator[Hit]:
    """Occurrences of a rare near-duplicate of a frequent name."""
    counts: Counter[str] = Counter()
    where: dict[str, list[int]] = {}
    for index in ctx.word_indices():
        name = _stem(ctx.forms[index])
        if len(name) < MIN_NAME or not name[:1].isupper() or not name[1:].isalpha() or not name[1:].islower():
            continue
        if name.lower() in INTERJECTIONS:
            continue
        # A name that is a common word too ("Kit", "Will") counts only when the story uses it as a name,
        # and then only same-sound slips of it are looked for (see `_variant_of`).
        if ctx.model.count(name.lower()) >= COMMON_WORD and name not in ctx.lexicon.names:
            continue
        counts[name] += 1
        where.setdefault(name, []).append(index)
    frequent = [name for name, count in counts.items() if count >= FEW_USES]
    for rare, rare_count in sorted(counts.items()):
        if rare_count > MAX_RARE or is_stretched(rare) or not _may_be_a_name(ctx, rare):
            continue
        # "Caelens" for "Caelan's": a variant that also lost its possessive apostrophe.
        readings = [(rare, "")]
        if rare.endswith("s") and len(rare) > 4:
            readings.append((rare[:-1], "'s"))
        for written, ending in readings:
            matches = [
                name
                for name in frequent
                if _variant_of(ctx, written, name, rare_count, counts[name], possessive=bool(ending))
            ]
            if len(matches) != 1:
                continue
            name = matches[0]
            for index in where[rare]:
                # A possessive owns the word after it; "You did it, Tobes." is a nickname, not "Toby's".
                if ending and ctx.next_word(index) is None:
                    continue
                span = ctx.spans[index]
                yield Hit(
                    span.start,
                    span.start + len(rare),
                    f"“{rare}” appears {rare_count}×, “{name}” {counts[name]}×: a misspelt name?",
                    (name + ending,),
                    0.8,
                )
            break


def _may_be_a_name(ctx: Context, form: str) -> bool:
    """A story name, or a rare English word only ever capitalised here ("Isolde", "Juneau" at sentence starts)."""
    if form in ctx.lexicon.names:
        return True
    lower = form.lower()
    if not ctx.model.knows(lower):
        return True
    written_lower = any(ctx.forms[index].islower() for index in ctx.where.get(lower, ()))
    return ctx.model.frequency(lower) < RARE_WORD and not written_lower


def _variant_of(ctx: Context, rare: str, name: str, rare_count: int, name_count: int, *, possessive: bool) -> bool:
    """True when `rare` reads as a slip in writing `name`, a name used far more often."""
    if name == rare or _plural_pair(name, rare):
        return False
    if not possessive and _misspelt_word_name(ctx, rare.lower(), name.lower(), rare_count, name_count):
        return True
    if name_count < max(MIN_FREQUENT, RATIO * rare_count):
        return False
    if name[0] != rare[0] and {name[0], rare[0]} != {"I", "Y"}:
        return False
    first, second = rare.lower(), name.lower()
    if _sound_swap(first, second):
        return True
    if max(ctx.model.count(first), ctx.model.count(second)) >= COMMON_WORD:
        return False
    # Three-letter names ("Des", "Dez", "Dev") are too close to each other for any other slip.
    if min(len(first), len(second)) < MIN_SLIP_NAME:
        return False
    if possessive and (ctx.model.knows(first) or first == second + "e"):
        # "Grits", "the Lavishes": a plural, not a name that lost its apostrophe.
        return False
    if not possessive and _vowels_only(first, second) and ctx.model.frequency(first) < RARE_WORD:
        # "Juneau" for "Juno": the same consonants, only the vowels spelled differently ("Jules" and
        # "Julius", both common, are two people).
        return True
    # Only the slips a writer makes in a name they know: a vowel, a doubled letter, a swapped pair.
    # Two real names one consonant apart ("Romney"/"Rodney") are usually two people.
    return abs(len(name) - len(rare)) <= 1 and (slip_cost(first, second) <= MAX_SLIP or _vowel_dropped(first, second))


def _misspelt_word_name(ctx: Context, first: str, second: str, rare_count: int, name_count: int) -> bool:
    """ "Kestral" for "Kestrel": a name that is an English word, used a few times, and a non-word one vowel
    away from it. The word fixes the spelling, so a few uses are evidence enough; two characters one vowel
    apart ("Mara", "Mira") are both names, not a name and a misspelt word."""
    if name_count < max(FEW_USES, FEW_USES * rare_count) or len(first) != len(second) or len(first) < 5:
        return False
    # A census name ("Julia", "Francis") is no English word to fix a spelling by: "Julie" may be a sister.
    if ctx.model.knows(first) or not ctx.model.knows(second) or second in given_names() or second in surnames():
        return False
    differences = [(a, b) for a, b in zip(first, second, strict=True) if a != b]
    return len(differences) == 1 and all(letter in "aeiou" for letter in differences[0])


def _sound_swap(first: str, second: str) -> bool:
    """The same name with one cheap change that keeps its sound: a letter written for another of the same
    sound ("Tamzin" for "Tamsin", "Corwin" for "Corvin", "Kaitlin"/"Kaytlin", never a final i/y), a doubled
    letter written once or a single one doubled ("Kitt" for "Kit"), or "ph" for "f" ("Stephan"/"Stefan")."""
    if len(first) == len(second):
        differences = [(index, {a, b}) for index, (a, b) in enumerate(zip(first, second, strict=True)) if a != b]
        if len(differences) != 1:
            return False
        index, letters = differences[0]
        # A final i or y marks a language ("Henri" and "Henry" are two men), an inner one only a spelling.
        return letters in _SAME_SOUND and (letters != {"i", "y"} or index < len(first) - 1)
    short, long = sorted((first, second), key=len)
    if len(long) != len(short) + 1:
        return False
    doubled = any(
        long[index] == long[index - 1] and long[:index] + long[index + 1 :] == short for index in range(1, len(long))
    )
    return doubled or long.replace("ph", "f") == short


_SAME_SOUND = ({"s", "z"}, {"c", "k"}, {"v", "w"}, {"i", "y"})


def _vowels_only(first: str, second: str) -> bool:
    """Two spellings with the same consonants in the same order, one with a longer vowel group ("Juneau",
    "Juno"); same-length pairs ("Mangal", "Mongol") are two words, and one vowel apart the slip test decides."""
    return (
        first[:1] == second[:1]
        and _consonants(first) == _consonants(second)
        and _consonants(first)
        and 1 <= abs(len(first) - len(second)) <= 2
    )


def _consonants(word: str) -> str:
    return "".join(char for char in word[1:] if char not in "aeiouy")


def _vowel_dropped(first: str, second: str) -> bool:
    """One spelling is the other with one inner vowel left out or added ("Mirelle"/"Mireille")."""
    short, long = sorted((first, second), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(
        long[index] in "aeiouy" and long[:index] + long[index + 1 :] == short for index in range(1, len(long) - 1)
    )


def _plural_pair(first: str, second: str) -> bool:
    # "Englishman" and "Englishmen" are one word in two numbers.
    if {first[-3:], second[-3:]} == {"man", "men"} and first[:-3] == second[:-3]:
        return True
    return second in {first + "s", first + "es"} or first in {second + "s", second + "es"}


RULE = Rule(
    id="consistency.name_spelling",
    category="consistency",
    description="A name spelled two ways, one of them rarely.",
    find=find,
    bad=(
        Example(
            "Kestrel ran. Kestrel laughed. Then Kestrel sat. Kestral held the torch.",
            "Kestrel ran. Kestrel laughed. Then Kestrel sat. Kestrel held the torch.",
        ),
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
        Example(
            "Ysolde ran. Ysolde stopped. Ysolde laughed. Ysolde sat. Ysolde rose. Ysolde left. Ysolde came back. "
            "Ysolde slept. Then Isolde woke.",
            "Ysolde ran. Ysolde stopped. Ysolde laughed. Ysolde sat. Ysolde rose. Ysolde left. Ysolde came back. "
            "Ysolde slept. Then Ysolde woke.",
        ),
        Example(
            "Dez ran. Dez stopped. Dez laughed. Dez sat. Dez rose. Dez left. Dez came back. Dez slept. Then Des woke.",
            "Dez ran. Dez stopped. Dez laughed. Dez sat. Dez rose. Dez left. Dez came back. Dez slept. Then Dez woke.",
        ),
    ),
    good=(
        "Toby ran. Toby laughed. Then Toby sat. Toby slept. Toby woke. Toby ate. You did it, Tobes.",
        "Mara ran. Mara laughed. Then Mara sat. Mira held the torch. Julia came, and Julia, and Julia; Julie left.",
        "Dev ran. Dev stopped. Dev laughed. Dev sat. Dev rose. Dev left. Dev came back. Dev slept. Then Dee woke.",
        "Aiden ran. Aiden stopped. Aiden laughed. Aiden sat down. Then Aiden stood up.",
        "Rodney ran. Rodney stopped. Rodney laughed. Rodney sat. Rodney rose. Rodney left. Rodney slept. "
        "Rodney woke. Then Romney came.",
    ),
)
