"""spelling.split_compound and spelling.joined_words — closed compounds written apart, and pairs run together.

Only pairs that are (almost) never right as written are listed: "down stairs" is in, "every one" and
"any more" are out, since both spellings are English. A few pairs are slips only before certain words
("half way through", but Forster's "half way up the nave"; "How ever," but "how ever did you").

Beyond the list, a pair is a split compound when the story itself writes the two words as one elsewhere
("the wind shield" in a story that has "windshield"), English rarely writes the pair apart (it is not in
the pair counts), and the first word is no function word ("any one", "in to", "all ready", "may be" are
English). The writer's own closed spelling is the evidence, so period texts that always split a word stay
quiet.

Some splits are slips by their shape: "a part" after a verb of coming apart and before a conjunction ("fell a
part because"), "in to" after a verb of entering and before a determiner ("broke in to my study", but "went
in to dinner", "came in to see"), and the "a-" adverbs after a verb they go with ("fell a sleep", "ran a
way", "walked a cross the room").
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
    "half way": "halfway",
    "your selves": "yourselves",
    "where abouts": "whereabouts",
    "bed side": "bedside",
    "tooth paste": "toothpaste",
    "wall paper": "wallpaper",
    "whole heartedly": "wholeheartedly",
    "half heartedly": "half-heartedly",
    "half hearted": "half-hearted",
    "police men": "policemen",
    "sea weed": "seaweed",
    "sweat pants": "sweatpants",
    "tip toe": "tiptoe",
    "tip toed": "tiptoed",
    "tip toes": "tiptoes",
    "tip toeing": "tiptoeing",
    "candle light": "candlelight",
    "lamp light": "lamplight",
    "fire light": "firelight",
    "mid day": "midday",
    "mid air": "midair",
    "how ever": "however",
    "when ever": "whenever",
    "where ever": "wherever",
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
            ("air", "ship"),
            ("space", "ship"),
            ("star", "ship"),
            ("air", "plane"),
            ("air", "lock"),
            ("head", "phone"),
            ("foot", "ball"),
            ("basket", "ball"),
            ("base", "ball"),
            ("bath", "robe"),
            ("snow", "flake"),
            ("police", "man"),
            ("life", "guard"),
            ("lip", "stick"),
            ("mail", "box"),
            ("news", "paper"),
            ("note", "book"),
            ("play", "ground"),
            ("rail", "road"),
            ("sky", "line"),
            ("snow", "man"),
            ("stair", "case"),
            ("thunder", "storm"),
            ("wheel", "chair"),
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

# Pairs that are slips only before these: "half way up the nave" and "how ever did you" are period or
# emphatic English, while "half way through" and "How ever, she" are fan fiction's "halfway" and "however".
_ONLY_BEFORE: Mapping[str, re.Pattern[str]] = {
    # "about half way before he", "half way, then": the adverb "halfway", not a distance up something.
    "half way": re.compile(
        r"\s+(?:through|there|across|home|into|back|around|point|mark|before|when|until|till|and|but|then)\b"
        r"|\s*[,;.!?…—]",
        re.IGNORECASE,
    ),
    "how ever": re.compile(r"\s*,"),
    "when ever": re.compile(r"\s+(?:I|you|he|she|we|they|it)\s+(?!did|do|does|will|would|shall|should|can|could)\w+"),
    "where ever": re.compile(r"\s+(?:I|you|he|she|we|they|it)\s+(?!did|do|does|will|would|shall|should|can|could)\w+"),
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
        required = _ONLY_BEFORE.get(key)
        if required is not None and not required.match(ctx.text, end):
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
    yield from _apart(ctx)
    yield from _into(ctx)
    yield from _a_adverbs(ctx)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CLOSERS = _words("and but as so when while before after from with")
_DETERMINERS_AFTER = _words("the his her my their our your its a an")
_MOVING = _words(
    """
    ran run runs running walked walk walks walking turned turn turns turning pulled pull pulling looked look
    looking drifted drift backed back stepped step stepping flew fly drove drive hurried hurry slipped slip
    moved move moving pushed push jerked shied wandered darted scurried crept creep went go goes going came
    come coming stared glanced leaned reached spread swept slid sat lay fell spun
    """
)
# "fell a sleep", "ran a way", "stepped a side", "went a head", "walked a cross the room": an adverb in "a-"
# split after a verb it goes with, before what can follow only the adverb (a stop, a conjunction, or for
# "across"/"along"/"around" a determiner). Each entry: the adverb, the verbs before, what may follow.
_A_ADVERBS: Mapping[str, tuple[str, frozenset[str], frozenset[str]]] = {
    "sleep": (
        "asleep",
        _words("fell fall falls falling fallen was were is are been lay lying half fast"),
        _CLOSERS | _words("in on at again against beside"),
    ),
    "wake": ("awake", _words("lay lying stay stayed staying wide kept keep fully half"), _CLOSERS),
    "way": ("away", _MOVING - _words("came come coming went go goes going sat lay"), _CLOSERS),
    "head": ("ahead", _words("go went going goes straight up far right pressed press forged get got"), _CLOSERS),
    "side": (
        "aside",
        _words("stepped step stepping steps pushed push set put cast swept brushed shoved tossed laid"),
        _CLOSERS | _words("for"),
    ),
    "cross": ("across", _MOVING, _DETERMINERS_AFTER),
    "long": ("along", _MOVING, _DETERMINERS_AFTER - _words("a an")),
    "round": ("around", _MOVING, _DETERMINERS_AFTER - _words("a an")),
}
# "so hurried a way", "such a long": an adjective before "a", not a verb.
_DEGREE = _words("so such how too quite rather as")
_STOPS = frozenset(".,;!?…")


def _a_adverbs(ctx: Context) -> Iterator[Hit]:
    """ "fell a sleep", "walked a cross the room": see `_A_ADVERBS`."""
    for index in ctx.indices_of(("a",)):
        verb, noun = ctx.prev_word(index), ctx.next_word(index)
        if verb is None or noun is None or ctx.lower[noun] not in _A_ADVERBS or not ctx.forms[noun].islower():
            continue
        adverb, verbs, follows = _A_ADVERBS[ctx.lower[noun]]
        before = ctx.prev_word(verb)
        if ctx.lower[verb] not in verbs or (before is not None and ctx.lower[before] in _DEGREE):
            continue
        end = ctx.spans[noun].end
        after = ctx.next_word(noun)
        # Before a stop "asleep" and "away" end their clause; "across the" and friends need their object.
        stop = ctx.text[end : end + 1] in _STOPS and "the" not in follows
        if not stop and (after is None or ctx.spans[after].start - end != 1 or ctx.lower[after] not in follows):
            continue
        start = ctx.spans[index].start
        fixed = match_case(adverb, ctx.text[start:end])
        yield Hit(start, end, f"“{fixed}” is one word here.", (fixed,), 0.85)


# Verbs of coming apart: "fell a part", "torn a part" can only be "apart" there.
_APART_VERBS = frozenset(
    """
    fall fell falls falling fallen come came comes coming tear tore torn tearing rip ripped ripping drift drifted
    drifting grow grew grown growing blow blew blown pull pulled pulling break broke broken breaking split
    splitting
    """.split()
)
# What may follow "apart" but never "a part" after those verbs (grammar.apart_a_part covers punctuation,
# "from", "and", "when", "before", "after", "again").
_AFTER_APART = frozenset("because since as so until while though although if once completely entirely now then".split())


def _apart(ctx: Context) -> Iterator[Hit]:
    """ "it only fell a part because": "a part" after a verb of coming apart, before a conjunction."""
    for index in ctx.indices_of(("a",)):
        part, verb = ctx.next_word(index), ctx.prev_word(index)
        if part is None or verb is None or ctx.lower[part] != "part" or ctx.lower[verb] not in _APART_VERBS:
            continue
        after = ctx.next_word(part)
        if after is None or ctx.lower[after] not in _AFTER_APART or ctx.spans[after].start - ctx.spans[part].end != 1:
            continue
        start, end = ctx.spans[index].start, ctx.spans[part].end
        fixed = match_case("apart", ctx.text[start:end])
        yield Hit(start, end, f"“{fixed}” is one word here.", (fixed,), 0.85)


# Verbs of forcing or moving one's way in: "broke in to my study" is "into"; "went in to dinner" and "came
# in to see" are the adverb "in" and an infinitive or a meal, and keep no determiner after "to".
_ENTRY_VERBS = frozenset(
    """
    break broke broken breaks breaking burst bursts bursting barge barged barging storm stormed storming
    crash crashed crashing sneak sneaked snuck sneaking creep crept creeping climb climbed climbing
    stumble stumbled stumbling slip slipped slipping dive dove dived diving jump jumped jumping leap leapt
    leaped rush rushed rushing run ran running walk walked walking step stepped stepping
    """.split()
)
_DETERMINERS = frozenset("the a an my your his her their our this that its".split())
_MEALS = frozenset("breakfast lunch dinner supper tea luncheon".split())


def _into(ctx: Context) -> Iterator[Hit]:
    """ "She broke in to my study": an entry verb, "in to", then a determiner and a noun."""
    for index in ctx.indices_of(("in",)):
        verb, to = ctx.prev_word(index), ctx.next_word(index)
        if verb is None or to is None or ctx.lower[to] != "to" or ctx.lower[verb] not in _ENTRY_VERBS:
            continue
        determiner = ctx.next_word(to)
        if determiner is None or ctx.lower[determiner] not in _DETERMINERS:
            continue
        # "run in to your tea": going in to a meal, as in "went in to dinner".
        noun = ctx.next_word(determiner)
        if noun is not None and ctx.lower[noun] in _MEALS:
            continue
        # One space each: "ran in, to the door" is two phrases.
        if ctx.spans[index].start - ctx.spans[verb].end != 1 or ctx.spans[to].start - ctx.spans[index].end != 1:
            continue
        start, end = ctx.spans[index].start, ctx.spans[to].end
        fixed = match_case("into", ctx.text[start:end])
        yield Hit(start, end, f"“{fixed}” is one word here.", (fixed,), 0.85)


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
        Example("She fainted half way through.", "She fainted halfway through."),
        Example("It was the fastest air ship in the fleet.", "It was the fastest airship in the fleet."),
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
        "She was half way up the stairs.",
        "How ever did you find it?",
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
