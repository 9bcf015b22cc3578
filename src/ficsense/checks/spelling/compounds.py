"""spelling.split_compound and spelling.joined_words — closed compounds written apart, and pairs run together.

Only pairs that are (almost) never right as written are listed: "down stairs" is in, "every one" and
"any more" are out, since both spellings are English.

Beyond the list, a pair is a split compound when the story itself writes the two words as one elsewhere
("the wind shield" in a story that has "windshield"), English rarely writes the pair apart (it is not in
the pair counts), and the first word is no function word ("any one", "in to", "all ready", "may be" are
English). The writer's own closed spelling is the evidence, so period texts that always split a word stay
quiet.
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
    "some what": "somewhat",
    "there fore": "therefore",
    "in stead": "instead",
    "break fast": "breakfast",
    "birth day": "birthday",
    "week day": "weekday",
    "eye sight": "eyesight",
    "sea shore": "seashore",
    "back bone": "backbone",
    "jaw line": "jawline",
    "earth quake": "earthquake",
    "air port": "airport",
    "side walk": "sidewalk",
    "sky scraper": "skyscraper",
    "pay check": "paycheck",
    "pass word": "password",
    "pass port": "passport",
    "paper work": "paperwork",
    "home work": "homework",
    "house work": "housework",
    "work shop": "workshop",
    "heart broken": "heartbroken",
    "nose bleed": "nosebleed",
    "arm chair": "armchair",
    "wrist watch": "wristwatch",
    "sun glasses": "sunglasses",
    **{
        f"{head} {tail}{plural}": f"{head}{tail}{plural}"
        for head, tail in (
            ("cheek", "bone"),
            ("collar", "bone"),
            ("eye", "lid"),
            ("night", "stand"),
            ("pillow", "case"),
            ("head", "board"),
            ("tooth", "brush"),
            ("hair", "brush"),
            ("rain", "coat"),
            ("foot", "print"),
            ("finger", "print"),
            ("class", "mate"),
            ("team", "mate"),
            ("room", "mate"),
            ("grand", "daughter"),
            ("grand", "son"),
            ("step", "mother"),
            ("step", "father"),
            ("step", "brother"),
            ("step", "sister"),
            ("hand", "cuff"),
            ("bath", "tub"),
            ("book", "case"),
            ("sweat", "shirt"),
            ("wash", "room"),
            ("head", "light"),
        )
        for plural in ("", "s")
    },
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

# Pairs whose second word is a verb when an owner stands before the first ("his heart beat").
_VERB_AFTER_OWNER = frozenset({"heart beat"})


_BODY_PHRASES = frozenset({"some body", "any body", "no body", "every body"})


def _noun_after(ctx: Context, index: int) -> bool:
    """True when the next word reads as a noun: English writes it after "the", never after "he"/"she"."""
    after = ctx.next_word(index)
    if after is None or not ctx.forms[after].islower():
        return False
    word, model = ctx.lower[after], ctx.model
    if word in {"there", "here", "then", "else", "now", "again", "too", "also", "who", "that", "which"}:
        return False
    return model.pair("the", word) > 0 and not (model.pair("he", word) or model.pair("she", word))


def _owner(word: str) -> bool:
    return word in {"my", "his", "her", "their", "your", "our"} or word.endswith(("'s", "’s"))


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


_JOINED = _pattern({word: fix for word, fix in JOINED.items() if fix})


# A spelling the story uses this often is the writer's (or the period's) choice: Austen's "any thing".
DELIBERATE = 3


def find_split(ctx: Context) -> Iterator[Hit]:
    """Two words that English writes as one."""
    matches = _listed_splits(ctx)
    uses = Counter(key for _, _, key in matches)
    for first, last, key in matches:
        if uses[key] >= DELIBERATE:
            continue
        start, end = ctx.spans[first].start, ctx.spans[last].end
        guard = _GUARDED.get(key)
        if guard is not None and guard.match(ctx.text, end):
            continue
        # "no body trail", "any body armor": "body" is the noun of a noun phrase there.
        if key in _BODY_PHRASES and _noun_after(ctx, last):
            continue
        # "her heart beat faster", "Fanny's heart beat": an owner before it makes "beat" the verb.
        previous = ctx.prev_word(first)
        if key in _VERB_AFTER_OWNER and previous is not None and _owner(ctx.lower[previous]):
            continue
        fixed = match_case(SPLIT[key], ctx.text[start:end])
        yield Hit(start, end, f"“{fixed}” is one word.", (fixed,), 0.85)
    yield from _split_by_own_spelling(ctx, {first for first, _, _ in matches})


# The listed splits by their first word, longest first ("some one else" before "some one").
_BY_HEAD: Mapping[str, tuple[tuple[str, ...], ...]] = {
    head: tuple(sorted((tuple(key.split()) for key in SPLIT if key.split()[0] == head), key=len, reverse=True))
    for head in {key.split()[0] for key in SPLIT}
}


def _listed_splits(ctx: Context) -> list[tuple[int, int, str]]:
    """(first token, last token, table key) of each listed split, words on one line with spaces between."""
    found: list[tuple[int, int, str]] = []
    taken = -1
    for index in ctx.indices_of(_BY_HEAD):
        if index <= taken:
            continue
        for words in _BY_HEAD[ctx.lower[index]]:
            last: int | None = index
            for word in words[1:]:
                last = ctx.next_word(last) if last is not None else None
                if last is None or ctx.lower[last] != word:
                    break
            else:
                if last is not None:
                    found.append((index, last, " ".join(words)))
                    taken = last
                    break
    return found


def _split_by_own_spelling(ctx: Context, listed: set[int]) -> Iterator[Hit]:
    """Pairs the story also writes closed ("light house" beside "lighthouse")."""
    pairs: Counter[str] = Counter()
    found: list[tuple[int, int, str]] = []
    for head, tail in _closed_splits(ctx):
        for first in ctx.where[head]:
            second = ctx.next_word(first)
            if second is None or first in listed or ctx.lower[second] != tail:
                continue
            if not (ctx.forms[first].isalpha() and ctx.forms[second].islower()):
                continue
            if ctx.spans[second].start - ctx.spans[first].end != 1:
                continue
            pairs[f"{head} {tail}"] += 1
            found.append((first, second, head + tail))
    for first, second, closed in sorted(found):
        if pairs[f"{ctx.lower[first]} {ctx.lower[second]}"] >= DELIBERATE:
            continue
        fixed = match_case(closed, ctx.forms[first])
        start, end = ctx.spans[first].start, ctx.spans[second].end
        yield Hit(start, end, f"“{fixed}” is one word (as the story writes it elsewhere).", (fixed,), 0.8)


def _closed_splits(ctx: Context) -> Iterator[tuple[str, str]]:
    """(head, tail) for each common closed word of the story whose two parts the story also writes alone."""
    model = ctx.model
    for closed in ctx.where:
        if len(closed) < 3 + MIN_TAIL or not closed.isalpha() or model.count(closed) < MIN_COMPOUND_COUNT:
            continue
        for cut in range(3, len(closed) - MIN_TAIL + 1):
            head, tail = closed[:cut], closed[cut:]
            if head not in ctx.where or tail not in ctx.where or head in _FUNCTION_HEADS or tail in _PARTICLES:
                continue
            # "his heart beat faster", "the paper back": a verb or a particle after a noun, not a compound.
            if model.pair(head, tail) or any(model.pair(subject, tail) for subject in ("he", "she", "it", "they")):
                continue
            yield head, tail


# First words that make an English pair with almost anything ("any one", "for ever", "over all").
_FUNCTION_HEADS = frozenset(
    """
    all and any are but can each every for her him his how its may not off one our out over own per she
    some the then there they too two under was way who why will with you your what when where which
    """.split()
)
# Shorter second parts are often a word cut for effect ("start ing", "got ten" for a drunk's speech).
MIN_TAIL = 4
_PARTICLES = frozenset("back down over away along around about through together less like ward wards".split())
# A closed form rarer than this is too obscure to call the pair's spelling ("greenfield").
MIN_COMPOUND_COUNT = 500_000


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
        Example(
            "The windshield cracked. By dawn the wind shield was frosted.",
            "The windshield cracked. By dawn the windshield was frosted.",
        ),
    ),
    good=(
        "She nodded absentmindedly.",
        "He ran down the stairs.",
        "Every one of them left.",
        "Anyone could see that any one of them might go.",
        "A cross word passed between them.",
    ),
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
