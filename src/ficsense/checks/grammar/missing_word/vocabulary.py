"""Word classes more than one shape of grammar.missing_word reads."""

from __future__ import annotations

import re

from ficsense.checks.context import Context
from ficsense.checks.word_classes import word_classes

SPEECH = "said|asked|spoke|replied|answered|whispered|muttered|shouted|yelled|murmured"

# Each of these words takes "to" before a base verb and never the bare verb.
TAKES_TO = frozenset(
    "want wanted wanting going trying tried try used needed able supposed ought decided managed refused "
    "promised hoped planned agreed pretended offered attempted failed began begun started continued forgot "
    "learned learnt seemed seems seem happened deserved afford enough got need appear appears appeared wants "
    "tries hopes hoped hoping plans refuses decides manages forgets learns learning starts begins continues pretends "
    "meant tend tends tended about".split()
)

# Adjectives that take "to" before a verb ("ready to go"); as names ("Mr. Eager") or before "be" (the
# subjunctive "those who would be happy be firm") they do not.
ADJECTIVES_TAKING_TO = frozenset("ready willing eager glad happy sorry afraid unable allowed".split())

TAKES_TO |= ADJECTIVES_TAKING_TO

# "the planned attack", "a failed escape": the participle is an adjective before a noun.
DETERMINERS = frozenset("the a an his her their my your our its this that these those some no".split())

OBJECT_PRONOUNS = frozenset("me him her us them you".split())

# What follows a progressive verb that is a clause's only verb: a place, an object, a particle.
AFTER_PROGRESSIVE = frozenset(
    "in on at by with into onto to from under over through across against beside behind near toward towards "
    "the a an his her their my your our its this that up down out back".split()
)

SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())

OBJECT_DETERMINERS = frozenset("the a an his her my your their our".split())

PART_NOUNS = frozenset(
    "rest middle edge end bottom centre center remainder top front back side corner base tip surface foot "
    "outskirts".split()
)

PLACE_PREPOSITIONS = frozenset(
    "in at on to for from into onto toward towards across along near around through over under by with during "
    "until till throughout past behind beside".split()
)

POSSESSIVES = frozenset("his her their my your its our".split())

# "sat in the back the whole ride", "at the top the moment he": a time phrase may follow a place phrase.
TIME_AFTER_ARTICLE = frozenset(
    "whole entire moment minute second instant day night time next same rest other first last way morning "
    "evening afternoon week year few little while bit lot".split()
)

CLAUSE_LINKS = frozenset("and but or then so while meanwhile yet".split())

COPULAS = frozenset("is was were are be been being".split())

CLAUSE_OPENERS = frozenset("when until because while before after unless".split())

# "because trust me", "because look, ...": imperatives said in passing; "when comes the dawn": inversion.
NOT_SUBJECTLESS = frozenset("see look say trust believe mind let comes goes be".split())

# "When is it to be?", "When does the train go?": questions, with the subject after the auxiliary.
AUXILIARY_S = frozenset("is does has was".split())

NOMINATIVE = frozenset("i he she we they".split())


def is_third_person_verb(ctx: Context, word: str) -> bool:
    """A lexical -s verb ("gets", not "is" or "does"), more often after "he" than after "the"."""
    classes = word_classes()
    if classes.can_be(word, ("@AUX",)) or word in AUXILIARY_S:
        return False
    total = classes.total(word)
    if total:
        return total >= 2 and classes.count(word, ("VBZ",)) >= 0.9 * total
    model = ctx.model
    return word.endswith("s") and model.pair("he", word) + model.pair("she", word) > 2 * model.pair("the", word)


MODALS = frozenset(
    "will would could should might must may shall can won't wouldn't couldn't shouldn't mightn't mustn't can't "
    "cannot".split()
)


def is_participle(word: str) -> bool:
    """A past participle that is never a past tense or a base form ("known", "gone", "eaten")."""
    if word in IRREGULAR_PARTICIPLES:
        return True
    classes = word_classes()
    total = classes.total(word)
    return total >= 2 and classes.count(word, ("VBN",)) >= 0.6 * total and not classes.can_be(word, FINITE)


# Irregular verbs are a closed class; the treebanks are too small to have seen all their participles.
IRREGULAR_PARTICIPLES = frozenset(
    "been known gone done seen taken given written eaten broken chosen fallen forgotten spoken stolen driven "
    "ridden risen shown thrown grown drawn worn torn sworn hidden bitten beaten woken frozen flown gotten "
    "begun sung rung swum drunk sunk shrunk forgiven mistaken undone shaken blown".split()
)

FINITE = ("VBD", "VB", "VBP", "VBZ")


def inflections(*lemmas: str) -> frozenset[str]:
    """Every form of the regular verbs given by their base form ("roll" -> "rolls rolled rolling", "rub" ->
    "rubbed")."""
    forms: set[str] = set()
    for lemma in lemmas:
        stem = lemma[:-1] if lemma.endswith("e") else lemma
        # A one-syllable verb ending consonant-vowel-consonant doubles its last letter: "rubbed", "shrugging".
        if len(re.findall("[aeiou]+", lemma)) == 1 and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", lemma):
            stem = lemma + lemma[-1]
        third = lemma + ("es" if lemma.endswith(("sh", "ch", "ss", "x")) else "s")
        forms |= {lemma, third, stem + "ed", stem + "ing"}
    return frozenset(forms)


# Gestures that act on the actor's own body: the noun always takes a possessive ("shook her head").
GESTURES = (
    inflections("roll", "clench", "narrow", "scratch", "rub", "purse", "furrow", "tilt", "duck", "cross", "fold")
    | inflections("lower", "raise", "lick", "shrug", "crack", "wipe", "flex", "wrinkle", "scrunch")
    | frozenset("squared squaring squares".split())
    | frozenset("shake shakes shook shaking shaken bow bows bowed bowing bite bites bit biting bitten".split())
    | frozenset("grit grits gritted gritting put puts putting run runs ran running hang hangs hung".split())
)

BODY_PARTS = frozenset(
    "head eyes eye hand jaw teeth lip lips brow brows eyebrow eyebrows shoulder shoulders arms arm fingers "
    "fist fists chin neck nose knuckles tongue forehead temples knee knees toe toes elbow elbows ankle ankles wrist "
    "wrists shin cheek".split()
)

# What may follow the bare noun: a preposition, a particle, a conjunction or an adverb ending the gesture.
AFTER_GESTURE = frozenset(
    "to at in on through over against into onto around across along up down back away together again and but "
    "as while when then slightly hard tight tightly once twice".split()
)

# Before the verb: its subject, an auxiliary or an adverb, never an article ("a clenched fist") or a
# preposition ("with folded arms", "through gritted teeth").
NOT_BEFORE_GESTURE = (DETERMINERS | PLACE_PREPOSITIONS | POSSESSIVES | {"of", "were", "are", "'s"}) - {"to"}

POSSESSIVE_OF = {"i": "my", "you": "your", "he": "his", "she": "her", "we": "our", "they": "their"}

PAIRED_PARTS = frozenset("heels heel toe toes foot feet tail hands shoulders".split())

NOT_ACTIONS = COPULAS | MODALS | frozenset("have has had do does did get got gets become became becomes".split())

NAMING = frozenset("named called dubbed christened nicknamed titled".split())

PERFECT = frozenset("have 've has had".split())

# A verb of saying or knowing may take a clause without "that" ("she says his brother owns it").
REPORTING = (
    inflections(
        "say", "think", "know", "believe", "hope", "guess", "figure", "swear", "notice", "see", "feel", "mean", "bet"
    )
    | inflections(
        "reckon", "realize", "realise", "remember", "forget", "suspect", "decide", "admit", "insist", "claim", "hear"
    )
    | inflections(
        "promise", "find", "learn", "understand", "worry", "fear", "doubt", "wish", "pretend", "suggest", "explain"
    )
    | inflections("agree", "argue", "assume", "imagine", "suppose", "tell", "warn", "remind", "make", "let", "watch")
)
