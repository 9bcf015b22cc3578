"""grammar.missing_possessive — a possessive written without its apostrophe: "Marcus mom", "the girls hair".

Fires only before a noun that is owned (a body part, a relative, a possession; see `OWNED`) and only
when the word before it cannot be anything but an owner: a name from the story ending in s ("Marcus",
"Ellis"), a name plus s ("Aidens"), a person noun plus s after a determiner ("the girls", "the mans",
"the lawyers office" — an agent ending counts as a person), "each others", "into ones life", or
"everyones"/"somebodys". Nouns that double as verbs ("the girls laugh", "the boys head out") are not in
`OWNED`, so "the girls face the wall" never fires, and an object after the owned word ("the singers mouth
the words") makes it a verb.

A name the story writes bare ("Bram", or "Tony's") plus s may own any singular noun, plural noun or
adjective + noun ("Brams bandage", "Aggies old hand", "Deans boots", "Drays skarn"): a word the pair counts
see after "the"/"his" but never after a subject pronoun, or one they lack whose ending is no verb's.
Surnames and families ("Mr Edwards", "the Bennets") are left alone, and so is a form "Xs" the story uses
often. A relative plus s after "my"/"your" owns an adjective + noun ("my fathers old one"), and "your
moms." closes a clause.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.tense import IRREGULAR_PAST
from ficsense.checks.rule import Example, Hit, Rule

OWNED = frozenset(
    """
    hair eyes voice arm arms shoulder shoulders neck cheek cheeks lips mouth forehead wrist wrists chest
    fingers jaw throat ear ears nose skin knee knees hips waist
    mom mum dad mother father brother sister brothers sisters parents wife husband son daughter
    girlfriend boyfriend friend friends family uncle aunt grandmother grandfather cousin
    room bedroom house apartment car phone bag jacket shirt hoodie coat bed desk office door
    name life words attention gaze expression fault idea problem business
    log diary journal notebook sword wand blade knife hat cloak scarf necklace mug
    """.split()
)
# After a name, nouns that are also verbs are safe too: "Marcus hand" has no verb reading worth fearing.
OWNED_BY_NAME = OWNED | {
    "hand",
    "hands",
    "face",
    "head",
    "smile",
    "voice",
    "hair",
    "eyes",
    "lap",
    "side",
    "stuff",
    "things",
    "place",
}
PERSON_NOUNS = frozenset(
    """
    girl boy man woman child kid baby mother father brother sister friend wife husband son daughter
    king queen prince princess doctor teacher captain stranger lady guy dog cat wolf dragon
    commander officer soldier guard pilot driver nurse boss coach student professor detective sergeant
    lieutenant colonel general knight witch wizard priest neighbor neighbour partner baby puppy horse
    """.split()
)
# Plurals that never take "s" as a plural, so "mans" or "childs" can only be a possessive.
IRREGULAR = {
    "mans": "man's",
    "womans": "woman's",
    "childs": "child's",
    "mens": "men's",
    "womens": "women's",
    "childrens": "children's",
    "peoples": "people's",
}
# Titles before a surname that ends in s ("Mr Edwards"), where the bare "Edward" is someone else.
TITLES = frozenset(
    "mr mrs ms miss dr sir lady lord st saint madame monsieur uncle aunt professor van der von de du la le del".split()
)
# Words that follow "his" or "the" yet are no owned thing: function words, adverbs, quantifiers.
_NOT_OWNED = frozenset(
    """
    and or but nor so yet for of in on at to by with from into onto upon about over under after before
    than then as if that which who whom whose what when where while though because until since
    all both each every some any no none own very too also only just even still not never ever
    is was are were be been being has had have do does did will would can could shall should may might must
    here there now again once twice away back down up out off around through across along together
    the a an his her their my your our its this these those him them me us it
    """.split()
)
_IRREGULAR_PAST = frozenset(IRREGULAR_PAST.values())
INDEFINITES = frozenset("everyone everybody someone somebody anyone anybody noone nobody".split())
COMMON_WORD = 10_000_000
STEM_RATIO = 10
DETERMINERS = frozenset("the a that this his her my your their our no".split())
PERSON_ENDINGS = ("er", "or", "ist", "ess", "ant", "ent", "ine", "ian", "aunt", "uncle", "cousin", "comrade")
PERSON_COUNT = 100_000
_OBJECTS = frozenset("the a an his her their my your our its him them me us it this that these those".split())
# "into ones life", "on ones mind": the impersonal "one", never a plural of it here.
ONES_OWNERS = (
    "into",
    "in",
    "on",
    "of",
    "to",
    "from",
    "for",
    "with",
    "about",
    "upon",
    "at",
    "by",
    "around",
    "round",
    "over",
)
POSSESSIVE_DETERMINERS = frozenset("my your his her our their".split())
RELATIVES_PLURAL = frozenset(
    f"{relative}s"
    for relative in """
    mother father mom mum dad brother sister aunt uncle cousin grandmother grandfather grandma grandpa
    wife husband son daughter boyfriend girlfriend
    """.split()
)
SINGLE_RELATIVES = frozenset("mom mum dad".split())


def find(ctx: Context) -> Iterator[Hit]:
    """Owners written without the apostrophe before something they own."""
    yield from _relatives(ctx)
    names = ctx.lexicon.names
    for index in ctx.word_indices():
        following = ctx.next_word(index)
        if following is None or not ctx.forms[following].islower() or not ctx.forms[index].endswith("s"):
            continue
        # One space exactly: a wider gap is often where a plain-text copy lost the apostrophe itself.
        if ctx.spans[following].start - ctx.spans[index].end != 1:
            continue
        if ctx.lower[following] not in OWNED_BY_NAME:
            if _name_plus_s(ctx, index, following):
                yield _hit(ctx, index, following, (ctx.forms[index][:-1] + "'s",))
            continue
        owned_by_anyone = ctx.lower[following] in OWNED
        form, lower = ctx.forms[index], ctx.lower[index]
        suggestions: tuple[str, ...] = ()
        if lower in IRREGULAR and owned_by_anyone:
            suggestions = (IRREGULAR[lower],)
        elif (lower.endswith("s") and lower[:-1] in INDEFINITES and owned_by_anyone) or (
            form[:1].isupper() and form.endswith("s") and form[:-1] in names and _stem_is_the_name(ctx, index)
        ):
            suggestions = (form[:-1] + "'s",)
        elif form[:1].isupper() and form.endswith("s") and form in names and _owner_name(ctx, index):
            # "Kesslers stuff" when "Kessler" is written elsewhere, even only at a sentence start.
            stem_seen = lower[:-1] in ctx.where
            # With the story silent on the bare name, English decides: "Gregorys" is Gregory's, "Watkins" Watkins's.
            stem_likelier = ctx.model.frequency(lower[:-1]) > STEM_RATIO * ctx.model.frequency(lower)
            suggestions = (form[:-1] + "'s", form + "'s") if stem_seen or stem_likelier else (form + "'s", form + "'")
        elif lower == "others" and owned_by_anyone and _after(ctx, index, "each"):
            suggestions = ("other's",)
        elif lower == "ones" and owned_by_anyone and _after(ctx, index, *ONES_OWNERS):
            suggestions = ("one's",)
        elif lower.endswith("s") and _person_noun(ctx, lower[:-1]) and owned_by_anyone:
            previous = ctx.prev_word(index)
            if previous is None or ctx.lower[previous] not in DETERMINERS or _verb_with_object(ctx, following):
                continue
            suggestions = (form[:-1] + "'s", form + "'")
        if not suggestions and _name_plus_s(ctx, index, following):
            suggestions = (form[:-1] + "'s",)
        if suggestions:
            yield _hit(ctx, index, following, suggestions)


def _person_noun(ctx: Context, word: str) -> bool:
    """A noun for a person: the list, or a common word with an agent ending ("keeper", "chemist", "heroine")."""
    if word in PERSON_NOUNS:
        return True
    return word.endswith(PERSON_ENDINGS) and ctx.model.count(word) >= PERSON_COUNT and not word.endswith("ss")


def _verb_with_object(ctx: Context, index: int) -> bool:
    """ "the singers mouth the words": the owned noun read as a verb, with its object after it."""
    after = ctx.next_word(index)
    return after is not None and ctx.lower[after] in _OBJECTS


def _after(ctx: Context, index: int, *words: str) -> bool:
    previous = ctx.prev_word(index)
    return previous is not None and ctx.lower[previous] in words


def _relatives(ctx: Context) -> Iterator[Hit]:
    """ "my fathers old one", "your moms.": a relative plus s after a possessive determiner, before an
    adjective or a singular noun (never a verb), or, for mom and dad, closing the clause."""
    for index in ctx.indices_of(RELATIVES_PLURAL):
        previous = ctx.prev_word(index)
        if previous is None or ctx.lower[previous] not in POSSESSIVE_DETERMINERS or not ctx.forms[index].islower():
            continue
        form = ctx.forms[index]
        following = ctx.next_word(index)
        span = ctx.spans[index]
        if following is None:
            # "That's your moms." — nobody has several moms to point at; "the land of my fathers." is plural.
            if ctx.lower[index][:-1] in SINGLE_RELATIVES and ctx.text[span.end : span.end + 1] in {".", ",", "!", "?"}:
                fixed = form[:-1] + "'s"
                yield Hit(span.start, span.end, f"“{form}” needs a possessive apostrophe: “{fixed}”.", (fixed,), 0.8)
            continue
        # "his sisters influence him", "her sons govern": a plural relative before a verb is common, so
        # only an adjective and then a noun ("my fathers old one") make the possessive certain.
        owned = ctx.next_word(following)
        if owned is not None and _adjective(ctx, following) and (ctx.lower[owned] == "one" or _owned_word(ctx, owned)):
            yield _hit(ctx, index, following, (form[:-1] + "'s", form + "'"))


def _adjective(ctx: Context, index: int) -> bool:
    """True for a word English writes after "very", "so" or "too" ("old", "little"), that is not an owner's "own"."""
    word = ctx.lower[index]
    if word in _NOT_OWNED or not ctx.forms[index].islower():
        return False
    return any(ctx.model.pair(degree, word) for degree in ("very", "so", "too"))


def _hit(ctx: Context, index: int, following: int, suggestions: tuple[str, ...]) -> Hit:
    span = ctx.spans[index]
    return Hit(
        span.start,
        span.end,
        f"“{ctx.forms[index]} {ctx.forms[following]}” needs a possessive apostrophe: “{suggestions[0]}”.",
        suggestions,
        0.85,
    )


def _name_plus_s(ctx: Context, index: int, following: int) -> bool:
    """ "Brams bandage", "Aggies old hand", "Drays skarn": a name the story writes bare, plus s, before a word
    that reads as a noun or adjective (so as an owned thing), where no "Xs" of its own is in use."""
    form = ctx.forms[index]
    if len(form) < 4 or not form[:1].isupper() or not form.endswith("s") or not form[1:].islower():
        return False
    stem = form[:-1]
    if ctx.model.count(ctx.lower[index]) >= COMMON_WORD:
        return False
    bare_uses = ctx.where.get(stem.lower(), ())
    # The bare name may open sentences only ("Tamsin ran."), when the slip itself is what recurs mid-sentence.
    written_bare = form in ctx.lexicon.names and any(ctx.forms[use] == stem for use in bare_uses)
    if stem not in ctx.lexicon.names and not written_bare:
        return False
    # "Tony's lab" shows "Tony" owning things as surely as a bare "Tony" does.
    bare = len(bare_uses) + len(ctx.where.get(stem.lower() + "'s", ()))
    plural = len(ctx.where.get(ctx.lower[index], ()))
    # A writer who always drops the apostrophe writes "Harrys" often, but "Harry" far more often still.
    if bare < plural or (plural > MAX_PLURAL_USES and bare < HABIT_RATIO * plural):
        return False
    previous = _word_before(ctx, index)
    # "Mr Edwards", "the Bennets", "a Johnsons": a surname or a family, not a first name plus s.
    if previous is not None and (ctx.lower[previous] in TITLES or ctx.lower[previous] in {"the", "a", "an"}):
        return _ship_name(ctx, stem, previous) and _plainly_owned(ctx, following)
    return _owns(ctx, following)


def _plainly_owned(ctx: Context, following: int) -> bool:
    """After "the", where "Xs" may be a group ("the Slytherins sneer at him"): only a word English writes
    as a noun and not a verb, with no object or particle after it ("the Marrows paint was")."""
    word = ctx.lower[following]
    model = ctx.model
    noun = word in OWNED_BY_NAME or (
        model.pair("the", word) > 0 and not any(model.pair(subject, word) for subject in ("he", "she", "they", "it"))
    )
    after = ctx.next_word(following)
    return noun and (after is None or ctx.lower[after] not in _OBJECTS | _VERB_PARTICLES)


_VERB_PARTICLES = frozenset("at to into up down out back off on over away".split())


def _owns(ctx: Context, following: int) -> bool:
    """An owned noun, or an adjective with its noun after it ("old hand"; "the Luydens gloomy." is no owner).
    A word with an object or a particle after it is a verb of a group ("Slytherins sneer at him")."""
    if not _owned_word(ctx, following):
        return False
    after = ctx.next_word(following)
    if ctx.lower[following] not in OWNED_BY_NAME and after is not None and ctx.lower[after] in _VERB_PARTICLES:
        return False
    if not _adjective(ctx, following) or ctx.lower[following] in OWNED_BY_NAME:
        return True
    owned = ctx.next_word(following)
    return owned is not None and (ctx.lower[owned] == "one" or _owned_word(ctx, owned))


def _word_before(ctx: Context, index: int) -> int | None:
    """The word before token `index`, also across one line break (hard-wrapped text: "the van der\nLuydens")."""
    before = index - 1
    if before < 0 or not ctx.is_word[before]:
        return None
    gap = ctx.text[ctx.spans[before].end : ctx.spans[index].start]
    return before if gap.isspace() and gap.count("\n") <= 1 else None


def _ship_name(ctx: Context, stem: str, previous: int) -> bool:
    """ "the Marrows paint": after "the", only a name the story itself writes with "the" ("the Marrow")."""
    if ctx.lower[previous] != "the":
        return False
    uses = ctx.where.get(stem.lower(), ())
    with_the = sum(1 for use in uses if (before := ctx.prev_word(use)) is not None and ctx.lower[before] == "the")
    return with_the * 2 >= len(uses) > 0


def _owned_word(ctx: Context, index: int) -> bool:
    """True when the word reads as a singular noun or an adjective: English writes it after "the"/"his" and
    never after a subject pronoun; a word the pair counts lack ("bandage", "skarn") counts unless its
    ending makes it a verb or an adverb."""
    word = ctx.lower[index]
    if word in OWNED_BY_NAME:
        return True
    if not ctx.forms[index].islower() or not word.isalpha() or word in _NOT_OWNED or word in _IRREGULAR_PAST:
        return False
    model = ctx.model
    if word.endswith("s") and not word.endswith("ss"):
        # A plural noun ("clothes", "orders") is one English writes after "his"/"her"/"my" and never after
        # a subject, where verbs in s stand ("he looks"); "dancers", never seen after "his", stays out.
        owned = sum(model.pair(owner, word) for owner in ("his", "her", "my", "their"))
        return owned > 0 and not any(model.pair(subject, word) for subject in ("he", "she", "it", "they"))
    if word.endswith(("ed", "ing", "ly")):
        return False
    as_verb = sum(model.pair(subject, word) for subject in ("he", "she", "they", "it", "i", "we", "you"))
    as_noun = sum(model.pair(determiner, word) for determiner in ("the", "his", "her", "my", "a"))
    if as_verb or as_noun:
        return as_noun > 0 and not as_verb
    return model.count(word) < COMMON_WORD


# A form "Xs" the story uses more often than this is a name of its own ("Edwards"), not a slip.
MAX_PLURAL_USES = 3
HABIT_RATIO = 3


def _stem_is_the_name(ctx: Context, index: int) -> bool:
    """ "Tarns" is "Tarn" plus s when the story writes "Tarn" at least as often: a possessive that lost its
    apostrophe more than once is learned as a name of its own, and "Tarns's" would be the wrong fix."""
    lower = ctx.lower[index]
    return len(ctx.where.get(lower[:-1], ())) >= len(ctx.where.get(lower, ()))


def _owner_name(ctx: Context, index: int) -> bool:
    """A name ending in s that can own: not an English word ("His"), not a family ("the Scadgers family")."""
    if ctx.model.count(ctx.lower[index]) >= COMMON_WORD:
        return False
    previous = ctx.prev_word(index)
    return previous is None or ctx.lower[previous] not in {"the", "a", "an"}


RULE = Rule(
    id="grammar.missing_possessive",
    category="grammar",
    description="A possessive without its apostrophe.",
    find=find,
    bad=(
        Example("Marcus came in. She took Marcus hand.", "Marcus came in. She took Marcus's hand."),
        Example("He brushed the girls hair.", "He brushed the girl's hair."),
        Example("The mans voice shook.", "The man's voice shook."),
        Example("Everyones eyes were on her.", "Everyone's eyes were on her."),
        Example("It is nobodys fault.", "It is nobody's fault."),
        Example("The commanders voice cut through.", "The commander's voice cut through."),
        Example("Kessler came. That was Kesslers stuff.", "Kessler came. That was Kessler's stuff."),
        Example("Then Aiden smiled. Aidens mom waved.", "Then Aiden smiled. Aiden's mom waved."),
        Example(
            "Tarn sat. Tarn ate. Tarn slept. Tarn woke. He knew Tarns mom. He liked Tarns dad. Tarns side hurt.",
            "Tarn sat. Tarn ate. Tarn slept. Tarn woke. He knew Tarn's mom. He liked Tarn's dad. Tarn's side hurt.",
        ),
        Example("Bram limped. He was careful of Brams bandage.", "Bram limped. He was careful of Bram's bandage."),
        Example("It hung next to my fathers old one.", "It hung next to my father's old one."),
        Example("That's your moms.", "That's your mom's."),
        Example("They fell into each others arms.", "They fell into each other's arms."),
    ),
    good=(
        "The girls laugh at him.",
        "He brushed the girl's hair.",
        "The girls face the wall.",
        "Marcus called. Then Marcus left.",
        "Edward came. Edward left. Mr Edwards coat was wet.",
        "Do his sisters influence him?",
    ),
)
