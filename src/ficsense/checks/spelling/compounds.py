"""spelling.split_compound and spelling.joined_words — closed compounds written apart, and pairs run together.

Only pairs that are (almost) never right as written are listed: "down stairs" is in, "every one" and
"any more" are out, since both spellings are English.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

SPLIT: Mapping[str, str] = {
    "absent mindedly": "absentmindedly",
    "absent minded": "absent-minded",
    "some where": "somewhere",
    "any where": "anywhere",
    "every where": "everywhere",
    "no where": "nowhere",
    "some how": "somehow",
    "with out": "without",
    "through out": "throughout",
    "him self": "himself",
    "her self": "herself",
    "my self": "myself",
    "your self": "yourself",
    "them selves": "themselves",
    "our selves": "ourselves",
    "it self": "itself",
    "never the less": "nevertheless",
    "mean while": "meanwhile",
    "be cause": "because",
    "up stairs": "upstairs",
    "down stairs": "downstairs",
    "after wards": "afterwards",
    "to wards": "towards",
    "some thing": "something",
    "any thing": "anything",
    "every thing": "everything",
    "cup board": "cupboard",
    "bed room": "bedroom",
    "bath room": "bathroom",
    "class room": "classroom",
    "door way": "doorway",
    "hall way": "hallway",
    "fire place": "fireplace",
    "mid night": "midnight",
    "girl friend": "girlfriend",
    "boy friend": "boyfriend",
    "grand mother": "grandmother",
    "grand father": "grandfather",
    "heart beat": "heartbeat",
    "eye brows": "eyebrows",
    "eye brow": "eyebrow",
    "eye lashes": "eyelashes",
    "eye lids": "eyelids",
    "finger tips": "fingertips",
    "fore head": "forehead",
    "week end": "weekend",
    "good bye": "goodbye",
    "over whelmed": "overwhelmed",
    "under stand": "understand",
    "what so ever": "whatsoever",
    "in side": "inside",
    "out side": "outside",
    "be side": "beside",
    "to day": "today",
    "to morrow": "tomorrow",
    "every body": "everybody",
    "some body": "somebody",
    "any body": "anybody",
    "no body": "nobody",
    "any one else": "anyone else",
    "every one else": "everyone else",
    "some one else": "someone else",
    "some one": "someone",
    "foot steps": "footsteps",
    "pony tail": "ponytail",
    "back pack": "backpack",
    "book shelf": "bookshelf",
    "lap top": "laptop",
    "night mare": "nightmare",
    "head ache": "headache",
    "moon light": "moonlight",
    "sun light": "sunlight",
    "finger nails": "fingernails",
    "fore arm": "forearm",
}

# "to day" and friends are also read as archaic spellings in older fiction only when hyphenated, so the
# spaced forms are still slips. Those that are English in some contexts are guarded below.
_GUARDED: Mapping[str, re.Pattern[str]] = {
    # "in side pockets", "the out side door" are rare; "every body in the room" means every corpse.
    "every body": re.compile(r"\s+(?:in|of|was|were|that|which|had|lay|lying)\b", re.IGNORECASE),
    "some body": re.compile(r"\s+(?:of|in|that)\b", re.IGNORECASE),
    "any body": re.compile(r"\s+(?:of|in|that)\b", re.IGNORECASE),
    "no body": re.compile(r"\s+(?:of|in|that|was|had)\b", re.IGNORECASE),
    # "some one of them", "some one thing": a number, not a person.
    "some one": re.compile(r"\s+(?:of|or|two|thing|day|way|time|place|word)\b", re.IGNORECASE),
    "in side": re.compile(r"\s+(?:by|pockets?|streets?)\b", re.IGNORECASE),
    "out side": re.compile(r"\s+(?:of|by)\b", re.IGNORECASE),
}

JOINED: Mapping[str, str] = {
    "alot": "a lot",
    "eachother": "each other",
    "infront": "in front",
    "aswell": "as well",
    "incase": "in case",
    "atleast": "at least",
    "everytime": "every time",
    "noone": "no one",
    "thankyou": "thank you",
    "alright": "",
    "abit": "a bit",
    "apiece": "",
    "inspite": "in spite",
    "ofcourse": "of course",
    "nevermind": "never mind",
    "infact": "in fact",
    "uptil": "up till",
    "aslong": "as long",
}


def _pattern(phrases: Mapping[str, str]) -> re.Pattern[str]:
    alternatives = sorted((re.escape(phrase).replace(r"\ ", r"[ \t]+") for phrase in phrases), key=len)
    return re.compile(r"(?<![\w'’-])(?:" + "|".join(reversed(alternatives)) + r")(?![\w'’-])", re.IGNORECASE)


_SPLIT = _pattern(SPLIT)
_JOINED = _pattern({word: fix for word, fix in JOINED.items() if fix})


# A spelling the story uses this often is the writer's (or the period's) choice: Austen's "any thing".
DELIBERATE = 3


def find_split(ctx: Context) -> Iterator[Hit]:
    """Two words that English writes as one."""
    matches = list(_SPLIT.finditer(ctx.text))
    uses = Counter(" ".join(match.group().lower().split()) for match in matches)
    for match in matches:
        key = " ".join(match.group().lower().split())
        if uses[key] >= DELIBERATE:
            continue
        guard = _GUARDED.get(key)
        if guard is not None and guard.match(ctx.text, match.end()):
            continue
        fixed = match_case(SPLIT[key], match.group())
        yield Hit(match.start(), match.end(), f"“{fixed}” is one word.", (fixed,), 0.85)


def find_joined(ctx: Context) -> Iterator[Hit]:
    """One word that English writes as two."""
    matches = list(_JOINED.finditer(ctx.text))
    uses = Counter(match.group().lower() for match in matches)
    for match in matches:
        if uses[match.group().lower()] >= DELIBERATE:
            continue
        fixed = match_case(JOINED[match.group().lower()], match.group())
        yield Hit(match.start(), match.end(), f"“{fixed}” is two words.", (fixed,), 0.9)


SPLIT_RULE = Rule(
    id="spelling.split_compound",
    category="spelling",
    description="A closed compound written as two words.",
    find=find_split,
    bad=(
        Example("She nodded absent mindedly.", "She nodded absentmindedly."),
        Example("He ran down stairs.", "He ran downstairs."),
    ),
    good=("She nodded absentmindedly.", "He ran down the stairs.", "Every one of them left."),
)

JOINED_RULE = Rule(
    id="spelling.joined_words",
    category="spelling",
    description="Two words run together into one.",
    find=find_joined,
    bad=(
        Example("They stared at eachother.", "They stared at each other."),
        Example("I like him alot.", "I like him a lot."),
    ),
    good=("They stared at each other.", "It's alright."),
)
