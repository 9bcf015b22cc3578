"""A lost "a" or "the": "leaned against door", "like proper knight", "all of sudden", "There's hole in",
"and I dropped bag.", "like kettle on the boil".

A singular count noun needs a determiner; each shape finds one where English never leaves it bare (after a
preposition of place, in a comparison or a set phrase, after "there's" or a verb that takes objects) and
names the bare uses that are English ("in bed", "like father", "there's room").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import (
    CONFIDENCE,
    acts_after_subject,
    missing,
    missing_between,
    missing_message,
    phrase_with,
    verbatim,
    word_across_lines,
    word_after,
)
from ficsense.checks.grammar.missing_word.vocabulary import (
    MODALS,
    NAMING,
    NOT_ACTIONS,
    POSSESSIVE_OF,
    REPORTING,
    SPEECH,
    SUBJECT_PRONOUNS,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import word_classes

_ARTICLELESS = re.compile(
    # Not the end of a compound: "a walk-in closet".
    r"(?<![\w-])(?P<preposition>against|through|into|onto|toward|towards|across|behind|beside|on|off|under|from|in|at)\s+"
    # "room after room", "window after window" repeat the noun on purpose.
    r"(?P<noun>door|wall|window|table|desk|chair|couch|sofa|counter|fridge|sink|car|room|doorway|doorframe|hallway|"
    r"corridor|kitchen|bathroom|bedroom|ceiling|mirror|dresser|cabinet|closet|wardrobe|fence|gate|railing|headboard|"
    r"pillow|crowd|field|forest|clearing|street|building|tree|cupboard|drawer|bookshelf|staircase|archway|bed|floor|"
    r"bench|windowsill|doorstep|porch|balcony|roof|stool|locker|truck|van|crate|shelf|pillar|boulder|ditch|puddle|"
    r"stove|oven|trunk|hatch|bunk|armchair|bathtub|tent|cabin|barn|shed|garage|workbench|nightstand|bookcase|"
    r"banister|lamppost|dashboard|wagon|cart|mattress|cage|bucket|doorknob)\b"
    # The noun must end its phrase: "towards forest paths" uses it as a modifier, bare on purpose.
    r"(?=\s*[.,;:!?…\"”]|\s+(?:and|or|but|as|with|to|for|at|of|when|while|before|until|in|on|so|then|again)\b)",
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


def dropped_article_before_household_noun(ctx: Context) -> Iterator[Hit]:
    """ "leaned against door": a preposition of place before a bare household noun that ends its phrase."""
    text = ctx.text
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
        yield Hit(start, end, f"An article seems to be missing before “{noun}”.", (f"the {noun}",), CONFIDENCE)
    yield from _bare_noun_after_preposition(ctx)


_PERSON_NOUNS = frozenset(
    "man woman girl boy kid child baby person idiot fool friend lady gentleman guy soldier rider knight warrior "
    "hero villain lover stranger teenager adult king queen prince princess lord servant master teacher student "
    "doctor nurse mother father sister brother wife husband son daughter dog cat puppy animal monster ghost pilot "
    "captain officer sailor mechanic healer witch wizard thief criminal prisoner cop detective expert beginner "
    "amateur".split()
)


_BARE_SIMILES = frozenset(
    "idiot fool moron child kid baby ghost monster maniac lunatic madman puppy zombie robot statue corpse".split()
)


_PHRASE_END = frozenset("and or but with in on at for who when while as".split())


def dropped_article_in_comparison(ctx: Context) -> Iterator[Hit]:
    """ "like proper rider", "such good friend", "like idiot": one person, so an article is needed."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("like", "such")):
        adjective = ctx.next_word(index)
        noun = word_after(ctx, adjective)
        if adjective is not None and lower[index] == "like" and lower[adjective] in _BARE_SIMILES:
            # "ran like idiot": no adjective; "like father, like son" is why family words are not listed.
            adjective, noun = None, adjective
        elif (
            adjective is None
            or noun is None
            or lower[noun] not in _PERSON_NOUNS
            or not classes.is_adjective(lower[adjective])
        ):
            continue
        if noun is None or (adjective is None and _subject_before(ctx, index)):
            continue  # "I like baby animals": the verb "like".
        after = ctx.next_word(noun)
        if after is not None and lower[after] not in _PHRASE_END:
            continue
        if after is None and ctx.text[ctx.spans[noun].end : ctx.spans[noun].end + 1] in ("'", "’", "-"):
            continue
        first = lower[adjective if adjective is not None else noun]
        article = "an" if first[0] in "aeio" else "a"
        fixed = f"{ctx.forms[index]} {article} {verbatim(ctx, index + 1, noun)}"
        yield missing(ctx, index, noun, "An article", (fixed,))


def _subject_before(ctx: Context, index: int) -> bool:
    before = ctx.prev_word(index)
    return before is not None and ctx.lower[before] in SUBJECT_PRONOUNS | {"would", "'d", "i'd", "you'd"}


_END = r"(?=\s*[.,;:!?…—\"”]|\s+(?:and|but|or|as|before|until|then|when|while|longer|now)\b)"


_ARTICLE_IDIOMS = re.compile(
    r"\b(?:(?P<a>all\s+of)\s+(?P<na>sudden)\b|(?P<g>as)\s+(?P<ng>matter\s+of\s+fact)\b"
    rf"|(?P<b>for|in)\s+(?P<nb>long\s+time|short\s+time|hurry)\b"
    rf"|(?P<c>take|takes|took|taking)\s+(?P<nc>deep\s+breath|look|peek|glance|sip|moment)\b"
    rf"|(?P<d>for|after)\s+(?P<nd>while){_END}"
    r"|(?P<e>for|in|after)\s+(?P<ne>moment|minute|second|bit)(?=\s*[.,;:!?…—\"”])"
    r"|(?P<f>with)\s+(?P<nf>smile|grin|sigh|nod|laugh|wink|shrug|frown|groan|snort|chuckle|huff|scoff|smirk)"
    rf"{_END}"
    # The rest take "the": "all the way home", "most of the time", "for the first time", "on the way to".
    r"|(?P<h>all)\s+(?P<nh>way)(?=\s+(?:to|through|home|back|down|up|across|over|there|here|round|around)\b)"
    rf"|(?P<i>most\s+of)\s+(?P<ni>time){_END}"
    r"|(?P<j>for)\s+(?P<nj>(?:first|second|third|last|final)\s+time)\b"
    r"|(?P<k>on)\s+(?P<nk>way)(?=\s+(?:to|home|back|out|in|up|down|over)\b)"
    r"|(?P<l>in|during)\s+(?P<nl>morning|afternoon|evening)(?=\s*[.,;:!?…—\"”])"
    # "on other hand", "to other side of the room"; "on other days" is plural and stays quiet.
    r"|(?P<m>on|to|from|at)\s+(?P<nm>other\s+(?:hand|side|end))\b)",
    re.IGNORECASE,
)


_THE_IDIOMS = frozenset("hijklm")


def dropped_article_in_idiom(ctx: Context) -> Iterator[Hit]:
    """Set phrases that always carry an article: "all of a sudden", "for a while", "all the way home"."""
    text = ctx.text
    for match in _ARTICLE_IDIOMS.finditer(text):
        group = next(name for name in "abcdefghijklm" if match.group(name))
        before, noun = match.group(group), match.group("n" + group)
        # "minute after minute", "smile after smile": a noun repeated on purpose.
        if re.search(rf"\b{re.escape(noun)}\s+$", text[max(0, match.start() - len(noun) - 2) : match.start()], re.I):
            continue
        start, end = match.span()
        article = "the" if group in _THE_IDIOMS else "a"
        fixed = f"{before} {article} {noun}"
        yield Hit(start, end, missing_message(f"“{article}”", match.group(0)), (fixed,), CONFIDENCE)
    yield from _bare_adjective_and_noun(ctx)
    yield from _bare_span_of_time(ctx)


def _singular_noun(word: str, *, share: float) -> bool:
    """A word the treebanks tag as a singular noun at least `share` of the time, or one they never saw
    whose ending is no plural's, participle's or adverb's."""
    classes = word_classes()
    total = classes.total(word)
    if total:
        return classes.count(word, ("NN",)) >= share * total
    return not classes.knows(word) and not word.endswith(("s", "ing", "ly", "ed"))


def _needs_determiner(ctx: Context, word: str) -> bool:
    """A singular count noun the language model nearly always writes after "the", "a" or "his" ("bag").

    Mass nouns ("water", "sense") and nouns that are also verbs or adjectives are left out.
    """
    model = ctx.model
    if not _singular_noun(word, share=0.9):
        return False
    count = model.count(word)
    if count < 1_000_000 or model.pair("is", word) or model.pair("was", word):
        return False
    # Places and times of day go bare: "skipped class", "after school", "at breakfast".
    if model.pair("after", word) or model.pair("at", word):
        return False
    plural = max(model.count(word + "s"), model.count(word + "es"))
    determined = model.pair("the", word) + model.pair("a", word) + model.pair("his", word)
    return plural >= 0.15 * count and determined >= 2 * count and model.pair("to", word) * 3 < determined


_ENDS_CLAUSE = frozenset(".,;:!?…")


_WHERE_TO = frozenset("onto into across against behind under over off".split())


_SPEECH_FORMS = frozenset(SPEECH.split("|")) | frozenset("told thought knew heard saw felt".split())


# States take bare mass and abstract nouns: "they lacked style", "she needed rest".
_STATES = frozenset("lacked needed wanted liked loved hated preferred feared missed craved".split())


def _is_past(word: str) -> bool:
    """ "dropped", "took": a regular past or a form the treebanks saw mostly as a past tense."""
    classes = word_classes()
    return word.endswith("ed") or 2 * classes.count(word, ("VBD",)) > classes.total(word) > 0


def _takes_object(ctx: Context, verb: str) -> bool:
    """ "dropped the" is common, "looked the" and "seemed a" are not; a rare verb ("tossed") the pair list
    is too short to judge is given the benefit of the doubt."""
    model = ctx.model
    the, a = model.pair(verb, "the"), model.pair(verb, "a")
    if not the and not a:
        return model.count(verb) < 5_000_000
    return the >= max(model.count(verb), a)


def dropped_article_after_past_verb(ctx: Context) -> Iterator[Hit]:
    """ "and I dropped bag.": a subject, its past verb and a bare singular count noun that ends the clause."""
    lower, forms = ctx.lower, ctx.forms
    for index in ctx.words:
        # The noun ends the clause, or a preposition says where the thing went ("tossed bag onto the bed").
        after = index + 1
        ends = after >= len(forms) or forms[after][:1] in _ENDS_CLAUSE
        if not ends and (not ctx.is_word[after] or lower[after] not in _WHERE_TO):
            continue
        verb = ctx.prev_word(index)
        if verb is None or not forms[index].islower() or not _is_past(lower[verb]):
            continue
        if not acts_after_subject(ctx, verb) or lower[verb] in REPORTING | NAMING | _SPEECH_FORMS | _STATES:
            continue
        # A verb that mostly takes an object ("dropped the"), not a linking one ("looked grave", "seemed a").
        if not _takes_object(ctx, lower[verb]):
            continue
        if ctx.model.pair(lower[verb], lower[index]) or lower[word_across_lines(ctx, verb) or verb] == "you":
            continue
        if not _needs_determiner(ctx, lower[index]):
            continue
        owner = POSSESSIVE_OF.get(lower[word_across_lines(ctx, verb) or verb])
        fixes = tuple(phrase_with(ctx, verb, word, index) for word in ("the", owner) if word)
        yield missing(ctx, verb, index, "An article", fixes)


# Not "of": "like cloth of silver" is a material.
_SIMILE_END = frozenset("on in at from that with and or".split())


# "something like discourse": a kind, not a comparison with one thing.
_VAGUE = frozenset("something anything nothing more much little".split())


def dropped_article_in_simile(ctx: Context) -> Iterator[Hit]:
    """ "like kettle on the boil": "like" before a bare singular count noun and a preposition (a bare noun
    ending the phrase is too often a material: "like sand", "as clear as glass")."""
    lower = ctx.lower
    for index in ctx.indices_of(("like",)):
        noun = ctx.next_word(index)
        after = word_after(ctx, noun)
        if noun is None or after is None or lower[after] not in _SIMILE_END or _subject_before(ctx, index):
            continue
        before = ctx.prev_word(index)
        if before is None or lower[before] in MODALS | NOT_ACTIONS | _VAGUE | {"to", "'d", "don't", "didn't"}:
            continue  # "would like tea", "to like cake": the verb "like".
        if not ctx.forms[noun].islower() or not _needs_determiner(ctx, lower[noun]):
            continue
        article = "an" if lower[noun][0] in "aeio" else "a"
        yield missing_between(ctx, index, article, noun, what="An article")


_PRESENTING = frozenset("there's it's that's".split())


_PRESENTING_PAIRS = frozenset({("there", "is"), ("there", "was"), ("it", "is"), ("it", "was"), ("that", "was")})


# Nouns English uses bare here: "there's room for", "it was time to", "there was word of", "it was part of".
_BARE_AFTER_THERE = frozenset(
    "room time nothing something anything everything way part kind sort word talk news home fun worth enough "
    "half plenty trouble love hope space work school church court college bed town lunch dinner breakfast "
    "supper business war peace life death nobody noone danger doubt need question mention".split()
)


_PLACE_AFTER_NOUN = frozenset(
    "in on at under behind near inside between across by from over of with through beside outside along".split()
)


def _is_count_noun(ctx: Context, word: str) -> bool:
    """A singular noun often after "a", never bare after "is"/"was", with a plural ("a hole"; not "water")."""
    model, classes = ctx.model, word_classes()
    total = classes.total(word)
    if total and classes.count(word, ("NN",)) < 0.8 * total:
        return False
    if not total and (classes.knows(word) or word.endswith(("s", "ing", "ly"))):
        return False
    count = model.count(word)
    if not count or model.pair("is", word) or model.pair("was", word):
        return False
    # Count nouns have plurals ("holes"); mass nouns ("panic", "straw") and adjectives seldom do.
    plural = max(model.count(word + "s"), model.count(word + "es"))
    return model.pair("a", word) >= 2.5 * count and plural >= 0.15 * count


def dropped_article_after_there(ctx: Context) -> Iterator[Hit]:
    """ "There's hole in the wall", "It was trap for us": a singular count noun with no article."""
    lower = ctx.lower
    for index in ctx.indices_of(_PRESENTING | {"is", "was"}):
        before = ctx.prev_word(index)
        if lower[index] in ("is", "was") and (before is None or (lower[before], lower[index]) not in _PRESENTING_PAIRS):
            continue
        noun = ctx.next_word(index)
        after = word_after(ctx, noun)
        if noun is None or after is None or lower[after] not in _PLACE_AFTER_NOUN or not ctx.forms[noun].islower():
            continue
        word = lower[noun]
        if word in _BARE_AFTER_THERE or not _is_count_noun(ctx, word):
            continue
        article = "an" if word[0] in "aeio" else "a"
        first = index if before is None or lower[index] in _PRESENTING else before
        fixed = f"{verbatim(ctx, first, index)} {article} {ctx.forms[noun]}"
        yield missing(ctx, first, noun, "An article", (fixed,))


# Prepositions after which a bare singular count noun is a lost "the" when the language model does not list
# the pair: "out window", "at leg", "over counter"; the bare idioms ("at home", "by hand", "to bed", "in
# town", "on foot", "for dinner", "out loud") are all common listed pairs. Not "as" (roles: "as captain"),
# "like" (own shape), "between" and "per".
# Only prepositions of physical place: after "in", "for", "with", "at" or "by" edited prose puts abstract
# nouns bare ("for conversation", "with feeling", "at discipline").
_BARE_NOUN_PREPOSITIONS = frozenset("out over onto across behind beside under underneath beneath off".split())


# "looked at leg", "knocked on lid": "at" and "on" after a verb of looking or striking point at one thing.
_AT_ONE_THING = frozenset(
    "looked look looks looking stared stare stares staring glanced glance glances glancing glared peered gazed "
    "knocked knock knocks knocking tapped tap taps tapping pointed points pointing".split()
)


# What may follow the noun when it ends its phrase: not "and"/"or" ("with knife and fork", "by land or sea"),
# not "of" ("in case of", "by way of") and not a noun (a modifier: "at leg level").
_AFTER_BARE_NOUN = frozenset(
    "but as when while before until so because then again twice once too now anyway instead for at in on "
    "with into onto from toward towards by like".split()
)


# Names and terms of address go bare: "talked to mom", "come on man", "thank god", "for heaven's sake".
_ADDRESSED = frozenset(
    "mom dad mum mother father mama papa mommy daddy grandma grandpa granny nana auntie sir madam man kid "
    "buddy dude babe baby honey darling sweetheart boss doc captain god lord heaven hell mister miss boy girl "
    "bro mate pal son chief".split()
)


# A lost "the" is sure only where the bare pair would be listed if English used it: the noun is common
# after "the".
_MIN_AFTER_THE = 30_000_000


def _usually_after_the(ctx: Context, word: str) -> bool:
    """A singular noun the model writes after "the" several times more often than it occurs in all."""
    model = ctx.model
    if not _singular_noun(word, share=0.5):
        return False
    the = model.pair("the", word)
    return the >= _MIN_AFTER_THE and the >= 2.5 * model.count(word)


def _bare_noun_after_preposition(ctx: Context) -> Iterator[Hit]:
    """ "stares out window", "looked at leg.", "knocked on lid twice": a preposition and a bare singular count
    noun that ends its phrase, a pair the language model does not list although "the" + noun is common."""
    lower, forms, model = ctx.lower, ctx.forms, ctx.model
    for index in ctx.words:
        preposition = lower[index]
        if not (
            preposition in _BARE_NOUN_PREPOSITIONS
            or (preposition == "of" and _after_part_noun(ctx, index))
            or (preposition in ("at", "on") and _after_verb(ctx, index, _AT_ONE_THING))
        ):
            continue
        noun = ctx.next_word(index)
        if noun is None or not forms[noun].isalpha() or not forms[noun].islower() or len(forms[noun]) < 3:
            continue
        word = lower[noun]
        if word in _ADDRESSED or model.pair(preposition, word) or not _usually_after_the(ctx, word):
            continue
        # Mass and abstract nouns ("into silence", "under pressure") go bare; count nouns have plurals.
        if preposition != "on" and not _has_plural(ctx, word):
            continue
        after = ctx.next_word(noun)
        if after is None:
            if noun + 1 < len(forms) and forms[noun + 1] in ("'", "’", "-"):
                continue  # "at kids' table", "on half-term"
        elif not _ends_noun_phrase(ctx, after) or (lower[after] == "to" and preposition == "from"):
            continue
        # "hand in hand", "door to door": a noun repeated on purpose.
        before = ctx.prev_word(index)
        if before is not None and lower[before] == word:
            continue
        yield missing_between(ctx, index, "the", noun, what="An article")


# A finite verb after the noun ends its phrase: "the towel on top of fridge has slid".
_FINITE = frozenset("is was has had were are".split())


def _ends_noun_phrase(ctx: Context, after: int) -> bool:
    """The word `after` a bare noun closes its phrase: a preposition, an adverb, a finite verb, or an "and"
    that opens a new clause ("leaned over counter and grabbed"), not a list of bare nouns."""
    word = ctx.lower[after]
    if word in _AFTER_BARE_NOUN or word in _FINITE:
        return True
    following = ctx.next_word(after)
    if word != "and" or following is None:
        return False
    verb, classes = ctx.lower[following], word_classes()
    if classes.knows(verb):
        return 2 * classes.count(verb, ("VBD",)) > classes.total(verb) > 0
    return verb in SUBJECT_PRONOUNS or (verb.endswith("ed") and len(verb) > 4)


def _after_verb(ctx: Context, index: int, verbs: frozenset[str]) -> bool:
    """The word before token `index` is one of `verbs`."""
    before = ctx.prev_word(index)
    return before is not None and ctx.lower[before] in verbs


_PARTS_BEFORE_OF = frozenset("top bottom side edge middle end back front corner inside outside rest".split())


def _after_part_noun(ctx: Context, of: int) -> bool:
    """ "on top of fridge": an "of" after a part noun, whose object is a thing that takes "the"."""
    part = ctx.prev_word(of)
    return part is not None and ctx.lower[part] in _PARTS_BEFORE_OF


# Size and length adjectives that a singular count noun never follows bare after a preposition: "for long
# moment", "with little wooden cabin", "after short pause". Not "good" ("with good reason", "in good time")
# nor "great" ("with great care"), which take mass nouns.
_SIZE_ADJECTIVES = frozenset("long short brief quick little big small huge tiny whole".split())


# Moments go bare after no adjective; these nouns are always counted ("a long moment", "a quick look").
_COUNTED = frozenset("moment while minute second pause breath look glance beat silence walk step nod".split())


# Prepositions before the adjective: not "of" ("of little use"), "by" ("by small margins" is plural anyway).
_BEFORE_SIZE = frozenset("for with after in at on into from under behind".split())


def _bare_adjective_and_noun(ctx: Context) -> Iterator[Hit]:
    """ "for long moment", "with little wooden cabin": a preposition, a size adjective (and perhaps one more
    adjective) and a singular count noun that ends its phrase."""
    lower, forms, classes = ctx.lower, ctx.forms, word_classes()
    for index in ctx.indices_of(_SIZE_ADJECTIVES):
        preposition, noun = ctx.prev_word(index), ctx.next_word(index)
        if preposition is None or noun is None or lower[preposition] not in _BEFORE_SIZE:
            continue
        described = classes.is_adjective(lower[noun], share=0.9) or classes.count(lower[noun], ("JJ",)) == 1 == (
            classes.total(lower[noun])
        )
        described = described and lower[noun] not in _SIZE_ADJECTIVES
        if described:
            noun = ctx.next_word(noun)  # "little wooden cabin"
        if noun is None or not forms[noun].islower():
            continue
        word = lower[noun]
        if lower[index] == "little" and not (described and _has_plural(ctx, word)):
            continue  # "with little effort", "in little time": "little" means "not much".
        if word not in _COUNTED and not (_has_plural(ctx, word) and _usually_after_the(ctx, word)):
            continue
        after = ctx.next_word(noun)
        if after is not None and not _ends_noun_phrase(ctx, after) and lower[after] not in ("of", "that", "and"):
            continue
        article = "an" if lower[index][0] in "aeiou" else "a"
        yield missing_between(ctx, preposition, article, index, what="An article")


def _has_plural(ctx: Context, word: str) -> bool:
    """A count noun: its plural is common ("cabins"); mass nouns ("water", "education") seldom have one."""
    model = ctx.model
    return max(model.count(word + "s"), model.count(word + "es")) >= 0.3 * model.count(word) > 0


# "needed minute", "give me second", "wait minute": a verb that takes a span of time as its object.
_TAKES_TIME = frozenset(
    "need needs needed needing take takes took taking wait waited have got give gave giving".split()
)


_TIME_SPANS = frozenset("minute second moment sec while".split())


def _bare_span_of_time(ctx: Context) -> Iterator[Hit]:
    """ "I just needed minute.", "give me second": a time span ending the clause right after a verb that takes
    it (or its object pronoun) needs "a"; "needed time" is a mass noun and stays quiet."""
    lower, forms = ctx.lower, ctx.forms
    for index in ctx.indices_of(_TIME_SPANS):
        before = ctx.prev_word(index)
        if before is None or not forms[index].islower():
            continue
        after = index + 1
        if after < len(forms) and ctx.is_word[after] and lower[after] not in ("to", "before", "and", "or"):
            continue
        verb = before
        if lower[before] in ("me", "us", "him", "her", "them"):
            verb = ctx.prev_word(before)
        if verb is None or lower[verb] not in _TAKES_TIME:
            continue
        if lower[index] == "while" and lower[verb] not in ("take", "takes", "took", "taking"):
            continue  # "wait while they": a conjunction.
        if lower[verb] in ("have", "got") and lower[index] == "second":
            continue  # "she got second": a place in a race.
        yield missing_between(ctx, before, "a", index, what="An article")
