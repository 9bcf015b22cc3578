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
often. A relative plus s after "my"/"your" owns an adjective + noun ("my fathers old one"), "mom"/"dad"
plus s owns any noun ("my dads garage"), and "your moms." closes a clause. After "the"/"some", a person
noun plus s owns a word the pair counts know only as a noun ("the captains orders", "some guys yard"), and
so does a common noun plus s when a singular verb follows ("The barges hatch was rusted"): English makes
compound modifiers of singulars ("the barge hatch"), and the plurals it does use so ("the sales team") are
in the pair counts. "someone elses" is "someone else's".

"everyones", "somebodys" and their kin are no words, so they are flagged before anything. After a
possessive determiner, a noun plus s owns a word that is only ever a noun ("her nieces wedding"): a person
noun may own any such word, other nouns only one the word-class table knows as a noun for certain (body
parts and things are plural before verbs and adjectives the tables miss: "her arms full"). After "the", a
noun plus s owns a noun before any past verb too ("the refs whistle went"), when that noun is certain. A
name the story writes bare, plus s, after a preposition and before a stop owns a thing just named ("over
Sereths, where"), and so does a title the story always writes "the X" ("One is the Queens."). "is at her
sisters in Ohio" names a home after a verb of staying.

A wider set of owners (`OWNER_NOUNS`: kin such as "grandma"/"nan", trades such as "cook"/"butler"/"vicar",
ranks, roles and beasts; trades in "-ian"/"-ist"; "-man" compounds; and a story's own lower-case creature it
writes with "the"/"a" again and again, "the glimmet") plus s after a determiner owns the next word when that
word must be a noun there (`_owned_here`): a plural ("the vicars gloves"), which a plural subject cannot take
as its verb, or a singular with no verb, adjective or adverb reading in the tables ("the cooks bacon", "his
grandmas handwriting"); a word that could be a verb ("march", "collar") only before "was"/"is"/"had". An
object or particle after it, a base verb after it ("the teachers students like"), an "-ing" word whose stem
is a verb ("the bulls galloping"), an adjective's ending ("His daughters absent") or a giving verb before
the determiner ("gave the cooks bacon") keep it quiet. A name the story writes bare plus s owns a plural or
an "-ing" modifier and its noun the same way ("Honoras skirts and", "Dovs dressing gown"), unless another
capital stands before it ("the Val Carlos dancers").
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.tense import IRREGULAR_PAST
from ficsense.checks.language import LanguageModel
from ficsense.checks.rule import Example, Hit, Rule
from ficsense.checks.word_classes import ADJECTIVE, NOUN, word_classes

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
    yield from _elses(ctx)
    yield from _indefinite_owners(ctx)
    yield from _at_someones_place(ctx)
    yield from _names_closing_a_phrase(ctx)
    names = ctx.lexicon.names
    for index in ctx.word_indices():
        following = ctx.next_word(index)
        if following is None or not ctx.forms[following].islower() or not ctx.forms[index].endswith("s"):
            continue
        # One space exactly: a wider gap is often where a plain-text copy lost the apostrophe itself.
        if ctx.spans[following].start - ctx.spans[index].end != 1:
            continue
        if ctx.lower[index] in INDEFINITE_OWNERS:
            continue
        if ctx.lower[following] not in OWNED_BY_NAME:
            if _name_plus_s(ctx, index, following):
                yield _hit(ctx, index, following, (ctx.forms[index][:-1] + "'s",))
            elif (
                _person_owner(ctx, index, following)
                or _listed_owner(ctx, index, following)
                or _thing_owner(ctx, index, following)
                or _owner_after_possessive(ctx, index, following)
            ):
                form = ctx.forms[index]
                yield _hit(ctx, index, following, (form[:-1] + "'s", form + "'"))
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
        if not suggestions and (
            _person_owner(ctx, index, following)
            or _listed_owner(ctx, index, following)
            or _owner_after_possessive(ctx, index, following)
        ):
            suggestions = (form[:-1] + "'s", form + "'")
        if not suggestions and _name_plus_s(ctx, index, following):
            suggestions = (form[:-1] + "'s",)
        if suggestions:
            yield _hit(ctx, index, following, suggestions)


_PERSON_DETERMINERS = frozenset({"the", "some", "this", "that"})
# People who own things in stories; the agent-ending guess of `_person_noun` also takes in "other" and
# "number", too loose where any noun may follow.
_PERSON_OWNERS = PERSON_NOUNS | frozenset(
    """
    teacher lawyer owner player worker manager leader farmer baker hunter keeper healer servant master
    mistress maid butler cook chief sheriff mayor emperor empress lord duke duchess bride groom mom dad
    parent grandma grandpa uncle aunt cousin boyfriend girlfriend roommate neighbour sailor pirate crew
    """.split()
)


def _person_owner(ctx: Context, index: int, following: int) -> bool:
    """ "on the captains orders", "some guys yard sale": a determiner, a person noun + s, then a word the
    counts know only as a noun, which a plural subject cannot be followed by."""
    lower = ctx.lower[index]
    if not ctx.forms[index].islower() or not lower.endswith("s") or lower[:-1] not in _PERSON_OWNERS:
        return False
    previous = ctx.prev_word(index)
    if previous is None or ctx.lower[previous] not in _PERSON_DETERMINERS:
        return False
    if not _noun_by_counts(ctx, following, owned_only=True):
        return False
    return not _verb_with_object(ctx, following)


# People and creatures that own things in stories: kin, trades, ranks, roles and beasts. Their plural is
# seldom a compound modifier ("the cooks bacon" can only be the cook's), unlike "sports" or "arms".
OWNER_NOUNS = _PERSON_OWNERS | frozenset(
    """
    grandma grandpa grandmother grandfather granny grannie gran nan nana nanna gramps grandad granddad
    auntie aunty mam ma pa papa mama momma mommy mummy daddy stepmother stepfather stepbrother stepsister
    stepson stepdaughter stepmom stepdad niece nephew fiance fiancee widow widower godmother godfather
    twin sibling ancestor heir heiress ward orphan spouse lover bride groom
    cook chef baker butcher vicar rector curate pastor reverend bishop monk nun abbot abbess chaplain rabbi
    butler footman valet housekeeper governess nanny nursemaid chambermaid housemaid coachman stableboy
    gardener groundskeeper landlord landlady innkeeper barman barmaid bartender waiter waitress tenant
    lodger shepherd miller blacksmith smith tailor cobbler merchant shopkeeper vendor peddler clerk banker
    lawyer judge magistrate constable inspector detective agent spy thief assassin mercenary ranger scout
    messenger courier postman fireman policeman cop medic surgeon dentist vet physician healer midwife
    librarian archivist janitor caretaker porter doorman receptionist secretary assistant intern
    employer employee client customer patient victim suspect witness prisoner captive guest host hostess
    flatmate housemate classmate teammate schoolmate mate pal buddy friend stranger lad lass bloke fellow
    maiden youth elder toddler teen teenager gentleman lady dude
    singer drummer guitarist bassist musician dancer actor actress artist painter poet photographer
    editor reporter journalist producer director engineer mechanic scientist author writer
    emperor empress duke duchess earl baron baroness squire steward chancellor regent admiral marshal
    major corporal private deputy governor senator president minister ambassador prince princess
    apprentice pupil tutor headmaster headmistress principal referee umpire warden jailer
    mage sorcerer sorceress warlock druid witch wizard vampire werewolf ghost demon angel
    fairy faerie troll goblin ogre giant unicorn griffin gryphon phoenix kelpie selkie mermaid
    dog puppy pup cat kitten kitty horse pony mare stallion foal colt hound wolf fox bear lion tiger
    rabbit rat snake serpent cow bull goat pig bird owl hawk falcon raven crow eagle dragon wyvern
    beast creature monster familiar pet robot droid android alien
    """.split()
)
# Verbs that take two objects: "gave the cooks bacon" hands the bacon to the cooks.
_GIVING = frozenset(
    """
    give gives gave given giving hand hands handed handing bring brings brought bringing send sends sent
    sending show shows showed shown showing offer offers offered offering pay pays paid paying tell tells
    told telling teach teaches taught teaching buy buys bought buying make makes made making get gets got
    getting pass passes passed passing serve serves served serving feed feeds fed feeding throw throws
    threw thrown throwing lend lends lent lending owe owes owed owing leave leaves left leaving read
    reads reading wish wishes wished wishing promise promises promised promising find finds found finding
    bake bakes baked baking cook cooks cooked cooking fetch fetches fetched fetching let lets call calls
    called calling
    """.split()
)
_OWNER_DETERMINERS = frozenset("the a this that my your his her our their its some every no".split())
# Adverbs and prepositions in s, never a plural thing owned ("the guards always", "the boys towards").
_ADVERBS_IN_S = frozenset(
    """
    always sometimes perhaps towards afterwards backwards forwards upwards downwards besides nowadays
    outdoors indoors upstairs downstairs outwards inwards unless thus yes less whereas
    """.split()
)
_SINGULAR_AFTER = frozenset("was is had has".split())
_ADJECTIVE_ENDINGS = ("ary", "ous", "ful", "less", "ive", "able", "ible", "al", "ic", "ent", "ant", "ish")


def _owner_noun(ctx: Context, index: int) -> bool:
    """A lower-case noun + s naming someone or something that can own: a listed person or creature
    ("cooks", "grandmas"), a trade in "-ian"/"-ist" ("librarians"), a compound in "-man" ("firemans",
    whose plural would be "-men"), or a story's own creature it writes after "the"/"a" ("the glimmet")."""
    form, lower = ctx.forms[index], ctx.lower[index]
    if not form.islower() or len(lower) < 4 or lower.endswith(("ss", "us", "is")):
        return False
    stem = lower[:-1]
    if stem in OWNER_NOUNS:
        return True
    model = ctx.model
    if stem.endswith("ian") or (stem.endswith("ist") and len(stem) >= 6 and not stem.endswith(("sist", "xist"))):
        return model.count(stem) >= PERSON_COUNT
    if stem.endswith("man") and len(stem) >= 6 and model.count(stem[:-3]) >= THING_COUNT:
        return True
    return _story_creature(ctx, stem)


# A story's own noun is one English barely knows ("glimmet"), written with an article this often.
STORY_NOUN_USES = 3
STORY_NOUN_COUNT = 200_000


def _story_creature(ctx: Context, stem: str) -> bool:
    """ "the glimmet", "a glimmet": an invented lower-case noun the story writes with an article again and
    again; its plural is no compound modifier English knows."""
    if not stem.isalpha() or ctx.model.count(stem) >= STORY_NOUN_COUNT or ctx.model.frequency(stem) > 1e-6:
        return False
    uses = ctx.where.get(stem, ())
    if len(uses) < STORY_NOUN_USES:
        return False
    with_article = sum(
        1 for use in uses if (before := ctx.prev_word(use)) is not None and ctx.lower[before] in {"the", "a", "an"}
    )
    return with_article >= STORY_NOUN_USES


def _listed_owner(ctx: Context, index: int, following: int) -> bool:
    """ "stealing the cooks bacon", "his grandmas handwriting", "the glimmets belly": a determiner, a person
    or creature noun + s, then a word that reads as an owned noun in its context (see `_owned_here`)."""
    if not _owner_noun(ctx, index):
        return False
    previous = ctx.prev_word(index)
    if previous is None or ctx.lower[previous] not in _OWNER_DETERMINERS:
        return False
    verb = ctx.prev_word(previous)
    if verb is not None and ctx.lower[verb] in _GIVING:
        return False
    word = ctx.lower[following]
    if word not in OWNED_BY_NAME and ctx.model.pair(ctx.lower[index], word):
        # "the farmers market", "the drivers license": plurals English writes as a compound.
        return False
    return _owned_here(ctx, following)


def _owned_here(ctx: Context, index: int) -> bool:
    """After a plural-looking owner, a word that must be a noun: a plural ("gloves", which a plural subject
    cannot take as its verb), or a singular with no verb, adjective or adverb reading ("bacon", "pantry",
    "handwriting"). A word with a verb reading ("march", "collar") needs "was"/"had" after it; an object
    or a particle after any word makes it a verb ("the girls face the wall")."""
    word = ctx.lower[index]
    if not ctx.forms[index].islower() or not word.isalpha() or len(word) < 3:
        return False
    if word in _NOT_OWNED or word in _RANKS or word in _IRREGULAR_PAST or word in _ADVERBS_IN_S:
        return False
    after = ctx.next_word(index)
    after_word = ctx.lower[after] if after is not None else None
    model = ctx.model
    # "my mothers grave that ...": "that" opens a clause after a noun no verb reading competes with.
    if after_word in _OBJECTS | _VERB_PARTICLES and (after_word != "that" or _verb_reading(model, word)):
        return False
    # "the glimmets belly is": a singular verb after the word makes it the head of the subject, a noun.
    singular_verb_after = after_word in _SINGULAR_AFTER
    if after_word and not singular_verb_after and word_classes().is_base_verb(after_word):
        # "the teachers students like best": a noun subject and its verb in a clause of its own.
        return False
    if word in OWNED_BY_NAME:
        return True
    classes = word_classes()
    if classes.can_be(word, ("VB", "VBP", "VBD", "VBN", "VBZ", "RB", "IN", "MD", "JJ", "PRP", "DT", "CC", "EX")):
        return False
    if word.endswith("ed") or _adverb_in_ly(model, word) or _adjective(ctx, index):
        return False
    if word.endswith("s") and not word.endswith("ss"):
        if not model.count(word[:-1]) and not model.count(word[:-2]):
            return False
        # "the boys looks" would be a verb; a plural seen after "his" stays a thing ("his looks").
        owned = sum(model.pair(owner, word) for owner in ("his", "her", "my", "their"))
        return owned > 0 or not any(model.pair(subject, word) for subject in ("he", "she", "it"))
    if word.endswith("ing"):
        # "handwriting", "wedding" are things; "begging", "galloping" what the owners are doing.
        if classes.count(word, NOUN):
            return not classes.can_be(word, ("VBG",))
        return not _verb_stem(model, word[:-3])
    if not singular_verb_after and _verb_reading(model, word):
        return False
    if word.endswith(_ADJECTIVE_ENDINGS) and not word.endswith("ment"):
        # "His daughters absent", "her spirits unnecessary": an adjective's ending needs a noun's company.
        return any(model.pair(owner, word) for owner in ("a", "his", "her", "my", "their"))
    as_verb, as_noun = _verb_and_noun_counts(model, word)
    return not as_verb or _noun_reading(as_verb, as_noun)


def _adverb_in_ly(model: LanguageModel, word: str) -> bool:
    """ "really", "happily": an adjective plus "ly"; "belly" and "family" are no such thing."""
    if not word.endswith("ly") or len(word) < 6:
        return False
    return model.count(word[:-2]) >= PERSON_COUNT or model.count(word[:-3] + "y") >= PERSON_COUNT


def _verb_stem(model: LanguageModel, stem: str) -> bool:
    """True when the part of an "-ing" word before it is an English word ("gallop", "beg", "dress")."""
    forms = (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else "")
    return any(form and model.count(form) >= PERSON_COUNT for form in forms)


# A word whose "-ed" or "-ing" form is this common beside it is a verb too ("bow", "bark", "howl").
PAST_SHARE = 0.03
ING_SHARE = 0.04


TO_SHARE = 0.3


def _verb_reading(model: LanguageModel, word: str) -> bool:
    """True when the word can be a base verb a plural subject is doing: an irregular verb ("sleep"), a form
    the pair counts see after a subject ("they sing", "he bows"), or an "-ed"/"-ing" form common beside it
    ("barked", "howling"); "bacon", "pantry" and "desk" have none."""
    if word in IRREGULAR_PAST:
        return True
    subjects = ("he", "she", "it", "they", "i", "we", "you")
    inflected = (word, word + "s", word + "es", word + "ed", word + "d")
    if any(model.pair(subject, form) for form in inflected for subject in subjects):
        return True
    # "The soldiers march.": a word as often after "to" as a noun is after "the" is a verb too.
    if model.pair("to", word) >= TO_SHARE * max(model.pair("the", word), 1):
        return True
    root = word[:-1] if word.endswith("e") else word
    pasts = {word + "ed", word + "d", word + word[-1] + "ed", root[:-1] + "ied" if root.endswith("y") else ""}
    ings = {root + "ing", word + word[-1] + "ing"}
    count = max(model.count(word), 1)
    past = max(model.count(form) for form in pasts if form and form != word)
    return past >= PAST_SHARE * count or max(model.count(form) for form in ings) >= ING_SHARE * count


# Verbs that make the word before them the head of a singular subject ("The barges hatch was rusted").
_SINGULAR_VERBS = frozenset("was is had has".split())
THING_COUNT = 1_000_000


def _thing_owner(ctx: Context, index: int, following: int) -> bool:
    """ "The barges hatch was rusted": "the" + a noun + s + a noun + "was"/"had". The plural of a common noun
    is no compound modifier (that is the singular: "the barge hatch"), unless English writes the plural so
    ("the sales team", "the arms race"): the pair counts know those pairs, and such plurals are common
    beside their singular."""
    lower, model = ctx.lower[index], ctx.model
    previous, verb = ctx.prev_word(index), ctx.next_word(following)
    if previous is None or verb is None or ctx.lower[previous] != "the" or not _singular_or_past(ctx, verb):
        return False
    stem = lower[:-1]
    if not ctx.forms[index].islower() or lower.endswith("ss") or model.pair(lower, ctx.lower[following]):
        return False
    if model.count(stem) < THING_COUNT or model.count(stem) < 2 * model.count(lower):
        return False
    if not _counted_noun(model, stem) or not _noun_by_counts(ctx, following):
        return False
    # Before any other past verb, the word must be a noun for certain ("the preparations meanwhile went").
    return ctx.lower[verb] in _SINGULAR_VERBS or _only_a_noun(ctx, following)


def _singular_or_past(ctx: Context, index: int) -> bool:
    """ "was", "has", or a past tense ("went", "blew", "shrilled"): after "the refs whistle" a past verb makes
    "whistle" a noun, for a plural subject "refs" would have left "whistle" as its own verb."""
    word = ctx.lower[index]
    if word in _SINGULAR_VERBS or word in _IRREGULAR_PAST:
        return True
    classes = word_classes()
    return word.endswith("ed") and classes.count(word, ("VBD",)) > 0 and not classes.can_be(word, ADJECTIVE)


def _owner_after_possessive(ctx: Context, index: int, following: int) -> bool:
    """ "her nieces wedding", "my brothers car": a possessive determiner, a singular noun plus s, then a
    singular word that is only ever a noun. A plural there would need a verb next ("her sons govern"); the
    plurals English does write as modifiers ("his sports car") are in the pair counts."""
    lower, model = ctx.lower[index], ctx.model
    if not ctx.forms[index].islower() or len(lower) < 4 or lower.endswith(("ss", "us", "is", "ous")):
        return False
    previous = ctx.prev_word(index)
    if previous is None or ctx.lower[previous] not in POSSESSIVE_DETERMINERS:
        return False
    stem, owned = lower[:-1], ctx.lower[following]
    if not _counted_noun(model, stem) or model.pair(lower, owned) or owned.endswith("s"):
        return False
    if _verb_with_object(ctx, following) or not _only_a_noun(ctx, following):
        return False
    # Body parts and things come in plurals that go on to a verb or an adjective the tables miss ("her arms
    # wider", "my ideas flow"): unless the owner is a person, the owned word must be a noun for certain.
    # "his juniors distant from": ranks in "-ior" are said of people in the plural, not as owners.
    person = stem in _PERSON_OWNERS or (_person_noun(ctx, stem) and not stem.endswith("ior"))
    return person or _trusted_noun(ctx.lower[following])


def _only_a_noun(ctx: Context, index: int) -> bool:
    """A lower-case singular the pair counts see after a determiner and (almost) never after a subject, that
    the word-class table knows only as a noun ("wedding", seen often enough to trust) or, failing that, that
    the pair counts see after "a" or an owner ("whistle"; not "hanging", "today", "meanwhile")."""
    word = ctx.lower[index]
    if not ctx.forms[index].islower() or not word.isalpha() or word in _NOT_OWNED or word in _RANKS:
        return False
    after = ctx.next_word(index)
    if after is not None and ctx.lower[after] in _VERB_PARTICLES | {"by", "upon", "in"}:
        return False
    model, classes = ctx.model, word_classes()
    # "her arms full", "their plates high", "the preparations meanwhile": adjectives and adverbs.
    if classes.can_be(word, (*ADJECTIVE, "RB", "@ADJ", "@ADV")) or not _noun_reading(
        *_verb_and_noun_counts(model, word)
    ):
        return False
    total = classes.total(word)
    if total >= TRUSTED_CLASS_COUNT and not classes.can_be(word, ("@VERB", "@ADJ")):
        return classes.count(word, NOUN) == total
    if word.endswith(("ing", "ed", "ly")):
        return False
    # "a whistle", "his tail": a thing one has or counts ("the meanwhile" only looks like one).
    return any(model.pair(owner, word) for owner in ("a", "his", "her", "my", "their"))


TRUSTED_CLASS_COUNT = 3


def _trusted_noun(word: str) -> bool:
    """A word the word-class table has seen often enough, and only as a noun ("wedding", "car")."""
    classes = word_classes()
    total = classes.total(word)
    return total >= TRUSTED_CLASS_COUNT and classes.count(word, NOUN) == total and not classes.can_be(word, ("@VERB",))


# Verbs of staying somewhere: "is at her sisters in Ohio" is at her sister's (house); "smiled at her
# sisters" has its people as the object, so only these verbs, straight before "at", are trusted.
_STAYING = frozenset(
    """
    is was are were be been being 's stay stays stayed staying sleep sleeps slept sleeping live lives lived
    living stopped
    """.split()
)
_PLACE_ENDS = frozenset("in for until till on over tonight and but when while since".split())


def _at_someones_place(ctx: Context) -> Iterator[Hit]:
    """ "Mrs. Henley is at her sisters in Ohio": a home named by its owner, whose apostrophe is lost."""
    for index in ctx.indices_of(("at",)):
        verb, determiner = ctx.prev_word(index), ctx.next_word(index)
        if verb is None or determiner is None or ctx.lower[verb] not in _STAYING:
            continue
        owner = ctx.next_word(determiner)
        if ctx.lower[determiner] not in POSSESSIVE_DETERMINERS or owner is None or not ctx.forms[owner].islower():
            continue
        lower = ctx.lower[owner]
        if lower not in RELATIVES_PLURAL and not (lower.endswith("s") and lower[:-1] in _PERSON_OWNERS):
            continue
        span = ctx.spans[owner]
        after = ctx.next_word(owner)
        closes = ctx.text[span.end : span.end + 1] in {".", ",", ";", "!", "?"}
        if not closes and (after is None or ctx.lower[after] not in _PLACE_ENDS):
            continue
        form = ctx.forms[owner]
        suggestions = (form[:-1] + "'s", form + "'")
        message = f"“at {ctx.forms[determiner]} {form}” needs a possessive apostrophe: “{suggestions[0]}”."
        yield Hit(span.start, span.end, message, suggestions, 0.8)


INDEFINITE_OWNERS = frozenset("everyones everybodys someones somebodys anyones anybodys nobodys".split())


def _indefinite_owners(ctx: Context) -> Iterator[Hit]:
    """ "Everyones memories", "somebodys": no such plural exists, so the form is a lost apostrophe whatever
    follows (before a verb it is "everyone's" = "everyone is", the same fix)."""
    for index in ctx.indices_of(INDEFINITE_OWNERS):
        form = ctx.forms[index]
        fixed = form[:-1] + "'s"
        span = ctx.spans[index]
        yield Hit(span.start, span.end, f"“{form}” needs an apostrophe: “{fixed}”.", (fixed,), 0.85)


# Prepositions after which a name plus s closing a phrase is owned: "laid it over Sereths, where".
_OWNER_PREPOSITIONS = frozenset("over on onto upon under beside into against behind".split())


def _names_closing_a_phrase(ctx: Context) -> Iterator[Hit]:
    """ "her hand over Sereths, where": a name the story writes bare, plus s, after a preposition and before
    punctuation — the owned thing is understood ("over Sereth's [hand]"). Families and surnames take "the"
    or a title, which the preposition rules out."""
    names = ctx.lexicon.names
    for index in ctx.word_indices():
        form = ctx.forms[index]
        if len(form) < 5 or not form[:1].isupper() or not form.endswith("s") or not form[1:].islower():
            continue
        stem = form[:-1]
        span = ctx.spans[index]
        previous = _word_before(ctx, index)
        if previous is None or ctx.text[span.end : span.end + 1] not in {",", ".", ";", "!", "?"}:
            continue
        uses = ctx.where.get(stem.lower(), ())
        if ctx.lower[previous] == "the":
            # "One is the Queens.": a title the story always capitalises and writes with "the" ("the
            # Queen"); a family ("the Bennets") goes without "the" in the singular.
            if not uses or any(ctx.forms[use] != stem for use in uses) or not _ship_name(ctx, stem, previous):
                continue
            # "the Italians", "the Elizabethans": peoples and periods, a plural with or without "the".
            if stem.endswith("an") or word_classes().can_be(stem.lower(), ADJECTIVE):
                continue
        # "on Sundays", "with Baedekers": a plural of an English word, not an invented name's possessive.
        elif ctx.lower[previous] not in _OWNER_PREPOSITIONS or stem not in names or ctx.model.knows(stem.lower()):
            continue
        bare = len(ctx.where.get(stem.lower(), ()))
        if bare < HABIT_RATIO or bare < HABIT_RATIO * len(ctx.where.get(ctx.lower[index], ())):
            continue
        fixed = stem + "'s"
        yield Hit(span.start, span.end, f"“{form}” needs a possessive apostrophe: “{fixed}”.", (fixed,), 0.8)


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
        elif ctx.lower[index][:-1] in SINGLE_RELATIVES and (
            ctx.lower[following] in OWNED or _noun_by_counts(ctx, following)
        ):
            # "in my dads garage": nobody has several dads to point at, and a noun is owned, not done.
            yield _hit(ctx, index, following, (form[:-1] + "'s", form + "'"))


# "The others first", "the kids last": ranks English writes after "his" that own nothing.
_RANKS = frozenset("first last next second third own best worst least most else".split())


def _noun_by_counts(ctx: Context, index: int, *, owned_only: bool = False) -> bool:
    """A lower-case word the pair counts know as a noun and not as a verb: a singular ("garage") or a
    plural seen after "his"/"my" ("orders"). With `owned_only`, a singular must be seen after an owner too
    (the sparse counts know "object" after "the" only, never after a subject)."""
    word = ctx.lower[index]
    if not ctx.forms[index].islower() or not word.isalpha() or word in _IRREGULAR_PAST or word in _RANKS:
        return False
    model = ctx.model
    owned = sum(model.pair(owner, word) for owner in ("his", "her", "my", "their"))
    if word.endswith("s") and not word.endswith("ss"):
        return owned > 0 and not any(model.pair(subject, word) for subject in ("he", "she", "it", "they"))
    return _counted_noun(model, word) and (owned > 0 or not owned_only)


_ELSE_OWNERS = INDEFINITES | {"one", "who"}


def _elses(ctx: Context) -> Iterator[Hit]:
    """ "someone elses problem": "else" takes the possessive after an indefinite; "elses" is no plural."""
    for index in ctx.indices_of(("elses",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None or ctx.lower[previous] not in _ELSE_OWNERS:
            continue
        if not ctx.forms[index].islower():
            continue
        yield _hit(ctx, index, following, ("else's",))


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
        # "Honoras skirts and", "Dovs dressing gown": a plural or a noun in "-ing" with its noun, which the
        # name plus s cannot be doing ("Dov skirts the issue" has no s on the name).
        # "the Val Carlos dancers": after another capital the name is part of a longer one.
        name = ctx.prev_word(following)
        before = _word_before(ctx, name) if name is not None else None
        if before is not None and ctx.forms[before][:1].isupper():
            return False
        return _owned_here(ctx, following) or _modifier_and_noun(ctx, following)
    after = ctx.next_word(following)
    # "Pips teeth on edge": a word the pair counts know only as a noun keeps its reading before a particle.
    vouched = ctx.lower[following] in OWNED_BY_NAME or _counted_noun(ctx.model, ctx.lower[following])
    if not vouched and after is not None and ctx.lower[after] in _VERB_PARTICLES:
        return False
    if not _adjective(ctx, following) or ctx.lower[following] in OWNED_BY_NAME:
        return True
    owned = ctx.next_word(following)
    return owned is not None and (ctx.lower[owned] == "one" or _owned_word(ctx, owned))


def _modifier_and_noun(ctx: Context, index: int) -> bool:
    """ "dressing gown", "walking stick": a word in "-ing" English writes after "the"/"a", then a plain noun."""
    word, owned = ctx.lower[index], ctx.next_word(index)
    if not word.endswith("ing") or owned is None or not ctx.forms[index].islower():
        return False
    if not (ctx.model.pair("the", word) or ctx.model.pair("a", word)):
        return False
    return not ctx.lower[owned].endswith("ing") and _owned_here(ctx, owned)


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
        # A rare plural the counts know nothing of ("gaskets") reads as a noun, as a rare singular does.
        owned = sum(model.pair(owner, word) for owner in ("his", "her", "my", "their"))
        if not owned and not any(model.pair(other, word) for other in _PAIR_PROBES):
            return model.count(word) < RARE_PLURAL
        return owned > 0 and not any(model.pair(subject, word) for subject in ("he", "she", "it", "they"))
    if word.endswith(("ed", "ing", "ly")):
        return False
    as_verb, as_noun = _verb_and_noun_counts(model, word)
    if as_verb or as_noun:
        return _noun_reading(as_verb, as_noun)
    return model.count(word) < COMMON_WORD


# Pair probes: any count after one of these shows the pair counts know the word.
_PAIR_PROBES = ("the", "a", "he", "she", "it", "they", "i", "we", "you")
RARE_PLURAL = 3_000_000


# A word seen this many times as often after a determiner as after a subject is a noun: the web's "you
# advice" is "your advice" misspelt, not a verb.
NOUN_RATIO = 25


def _verb_and_noun_counts(model: LanguageModel, word: str) -> tuple[int, int]:
    """How often the pair counts see `word` after a subject pronoun, and after a determiner."""
    as_verb = sum(model.pair(subject, word) for subject in ("he", "she", "they", "it", "i", "we", "you"))
    as_noun = sum(model.pair(determiner, word) for determiner in ("the", "his", "her", "my", "a"))
    return as_verb, as_noun


def _noun_reading(as_verb: int, as_noun: int) -> bool:
    return as_noun > NOUN_RATIO * as_verb


def _counted_noun(model: LanguageModel, word: str) -> bool:
    """A singular word the pair counts see after a determiner and (almost) never after a subject ("teeth")."""
    if (word.endswith(("ed", "ing", "ly")) and len(word) > 4) or word in _NOT_OWNED:
        return False
    return _noun_reading(*_verb_and_noun_counts(model, word))


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
        Example("The barges hatch was rusted shut.", "The barge's hatch was rusted shut."),
        Example("It was someone elses problem.", "It was someone else's problem."),
    ),
    good=(
        "The girls laugh at him.",
        "He brushed the girl's hair.",
        "The girls face the wall.",
        "Marcus called. Then Marcus left.",
        "Edward came. Edward left. Mr Edwards coat was wet.",
        "Do his sisters influence him?",
        "The sales team was late.",
    ),
)
