"""grammar.missing_word — a word dropped in revision where the grammar is clearly broken.

Each shape is a context edited English never produces: "when noticed the door" (a subject lost between
"when" and an active past verb, or before a past that is never a participle, "while went to"; or before a
present verb, "until gets bored", "when open the drawer"), "leaned against door" (an article lost before a
countable household noun that ends its phrase), "Jo finally spoke said" (two speech verbs in a row),
"didn't want look at" / "wanted you have" / "hard enough drop" / "in order get" / "no idea what do" ("to"
lost before a bare verb), "She sitting in the chair" (a lost "was"), "she couldn't the mallet" (a lost
verb), "I should known" / "she'll fine" (a lost "have" or "be"), "for rest of" and "in the back his throat"
(a lost "the" or "of" around a part-of noun), "one them", "a lot people" (a lost "of"), "like proper
rider", "was same", "one of best", "all of sudden", "for while." (a lost article). Round 2 added: "shook
head" (a possessive lost before a body part after a gesture verb), "yelped nearly dropped it" (a lost
"and"), "the ugliest bike have ever seen" (a lost relative subject), "what he doing" (a lost "is"/"was"),
"the middle the road", "forty them", "most the night", "in front the house" (a lost "of"), "There's hole
in" (a lost article before a count noun, told from mass nouns by the language model), "they made of iron"
(a lost passive "were"), "going to okay" (a lost "be"), "made way to" (a lost "her"), "what's wrong you"
(a lost "with"), "rubbed back of his neck" (a lost "the") and "digs a coin out of her pocket slaps it down" (a
lost "and" between two present verbs of one subject). Round 3 widened shapes into families: "wants you
come" and "did not seem notice" (a "to" the earlier shapes let through), "learned copy them" (a verb told by
its object), "to run catch up" (two base verbs the language model never pairs), "I hit head on" (a
possessive lost after any verb of its subject), "slapped me the back" (a lost "on"/"in"), "and I dropped
bag." (a lost article after a verb that takes objects, before a count noun the model always determines),
"behind ears", "over shoulder" (a lost article or possessive), "ready go", "was about tell" (a lost "to"),
"like kettle on the boil" (a lost "a"), "and she out of breath" (a lost "was") and "had saluted Vey looked
at", "grabbed him pulled him close" (a lost "and"). Word classes come from
the UD treebanks (ficsense.checks.word_classes); the bare-verb shapes also need the pair (say "want look")
to be absent from the language model's common pairs, so that "want help" and "going home" stay quiet.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule
from ficsense.checks.word_classes import ADJECTIVE, BASE_VERB, NOUN, word_classes

_SUBJECTLESS = re.compile(
    r"\b(?:when|because|until|while)\s+(?P<verb>noticed|realized|realised|saw|heard|walked|"
    r"turned|opened|entered|got|went|came|grabbed|pulled|pushed|reached|stood|sat|took|began|knew|ran|gave|"
    r"spoke|broke|chose|wrote|drove|rode|fell|grew|threw|drew|looked|stepped|arrived|glanced|stared|"
    r"smiled|laughed|nodded|sighed|picked)\s+"
    r"(?:the|a|an|his|her|their|my|that|him|me|them|up|down|out|back|into)\b",
    re.IGNORECASE,
)
_ARTICLELESS = re.compile(
    r"\b(?P<preposition>against|through|into|onto|toward|towards|across|behind|beside|on|off|under|from|in|at)\s+"
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
# A past tense that is never a participle cannot follow "when" without a subject, whatever comes next
# ("while went to prepare", "because got your note"); the inversion "when came the dawn" is left alone.
_PAST_ONLY = re.compile(
    r"\b(?:when|because|until|while)\s+(?P<verb>came|went|saw|got|took|began|knew|ran|gave|decided)\b"
    r"(?!\s+(?:the|a|an|his|her|their|its|my|our)\b)(?![-'’])",
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
# "looked at like I was mad" has lost its object ("at me like").
_NO_OBJECT = re.compile(
    r"\b(?:looked|looking|looks|stared|staring|stares|glared|glaring|glares|smiled|smiling|smiles|grinned|grinning|"
    r"grins)\s+at\s+(?P<gap>like|as\s+if|as\s+though)\b",
    re.IGNORECASE,
)
_SPEECH = "said|asked|spoke|replied|answered|whispered|muttered|shouted|yelled|murmured"
_TWO_VERBS = re.compile(rf"\b(?P<first>{_SPEECH})\s+(?P<second>{_SPEECH})\b", re.IGNORECASE)


def find(ctx: Context) -> Iterator[Hit]:
    """Subjectless clauses, article-less nouns and doubled speech verbs."""
    text = ctx.text
    seen: set[int] = set()
    for match in _SUBJECTLESS.finditer(text):
        start, end = match.span("verb")
        seen.add(start)
        fixed = _subject_before_past(ctx, start, match.group("verb"))
        yield Hit(start, end, f"A subject seems to be missing before “{match.group('verb')}”.", fixed, 0.7)
    for match in _PAST_ONLY.finditer(text):
        start, end = match.span("verb")
        if start not in seen:
            seen.add(start)
            fixed = _subject_before_past(ctx, start, match.group("verb"))
            yield Hit(start, end, f"A subject seems to be missing before “{match.group('verb')}”.", fixed, 0.7)
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
        yield Hit(start, end, f"An article seems to be missing before “{noun}”.", (f"the {noun}",), 0.7)
    for match in _NO_OBJECT.finditer(text):
        start = match.start("gap")
        yield Hit(start - 1, start, "A word seems to be missing after “at” (“at me”, “at him”?).", (), 0.7)
    for match in _TWO_VERBS.finditer(text):
        if match.group("first").lower() == match.group("second").lower():
            continue
        start, end = match.span()
        message = f"“{match.group('first')} {match.group('second')}”: one verb too many, or a word missing between."
        yield Hit(start, end, message, (), 0.7)
    yield from _dropped_to(ctx)
    yield from _dropped_to_in_phrases(ctx)
    yield from _dropped_auxiliary(ctx)
    yield from _dropped_verb(ctx)
    yield from _dropped_part_words(ctx)
    yield from _dropped_article_in_comparison(ctx)
    yield from _dropped_the(ctx)
    yield from _dropped_subject(ctx)
    yield from _dropped_have_or_be(ctx)
    yield from _dropped_of_after_quantity(ctx)
    yield from _dropped_article_in_idiom(ctx)
    yield from _dropped_the_before_superlative(ctx)
    yield from _dropped_of_after_lot(ctx)
    yield from _dropped_possessive_before_body_part(ctx)
    yield from _dropped_and_between_verbs(ctx)
    yield from _dropped_relative_subject(ctx)
    yield from _dropped_auxiliary_after_wh(ctx)
    yield from _dropped_article_after_there(ctx)
    yield from _dropped_passive_be(ctx)
    yield from _dropped_be_after_going_to(ctx)
    yield from _dropped_possessive_before_way(ctx)
    yield from _dropped_with_after_wrong(ctx)
    yield from _dropped_the_before_body_region(ctx)
    yield from _dropped_and_before_second_verb(ctx)
    yield from _dropped_preposition_before_struck_part(ctx)
    yield from _dropped_article_after_past_verb(ctx)
    yield from _dropped_article_before_plural_part(ctx)
    yield from _dropped_article_in_simile(ctx)
    yield from _dropped_be_before_place(ctx)
    yield from _dropped_and_after_named_object(ctx)
    yield from _dropped_to_between_verbs(ctx)


# --- "to" lost before a verb: "didn't want look at", "hard enough drop a bolt", "I'm going tell him".
# Each of these words takes "to" before a base verb and never the bare verb.
_TAKES_TO = frozenset(
    "want wanted wanting going trying tried try used needed able supposed ought decided managed refused "
    "promised hoped planned agreed pretended offered attempted failed began begun started continued forgot "
    "learned learnt seemed seems seem happened deserved afford enough got need appear appears appeared wants "
    "tries hopes hoped hoping plans refuses decides manages forgets learns learning starts begins continues pretends "
    "meant tend tends tended about".split()
)
# Adjectives that take "to" before a verb ("ready to go"); as names ("Mr. Eager") or before "be" (the
# subjunctive "those who would be happy be firm") they do not.
_ADJECTIVES_TAKING_TO = frozenset("ready willing eager glad happy sorry afraid unable allowed".split())
_TAKES_TO |= _ADJECTIVES_TAKING_TO
# "got" and "need" only after their subject: "I've got go", "we need go" ("no one need know" is modal).
# "Have" and "had" before a bare verb are left alone: "has build" is as often "has built", and "a person to
# have visit you", "had hold of" are English.
_HAVE_TO = {"got": frozenset("i've you've we've they've".split()), "need": frozenset("i you we they".split())}
# "was about leave": "about" before a verb only as "be about to".
_HAVE_TO["about"] = frozenset("is was were are am be been i'm he's she's it's we're they're you're".split())
# Modal "need" takes a bare verb before a negative word: "you need have no fear", "we need go no further".
_NEGATIVE_POLARITY = frozenset("no not nothing none never only hardly but any anything further".split())
# "Sure enough the door opened": a sentence adverb, not a degree; "cannot enough thank", "very decided praise".
_NOT_BEFORE_TRIGGER = frozenset(
    "sure oddly funnily strangely curiously interestingly naturally fair true cannot not never very so more most "
    "too quite rather".split()
)
_NEGATIONS = frozenset("cannot not never".split())
# Nouns as well as verbs in older prose: "we don't want leave" (permission).
_OLD_NOUNS = frozenset({"leave"})
# "the planned attack", "a failed escape": the participle is an adjective before a noun.
_DETERMINERS = frozenset("the a an his her their my your our its this that these those some no".split())
# Verbs whose object may be followed by a bare verb are correct: "let him go", "made her laugh".
_TAKES_OBJECT_TO = frozenset(
    "want wants wanted wanting asked ask asks asking told tell tells telling needed allowed allow allows "
    "forced begged ordered urged encouraged persuaded reminded taught warned invited expected expects needs "
    "convinced challenged trusted caused instructed advised requested".split()
)
_OBJECT_PRONOUNS = frozenset("me him her us them you".split())
# "I expect you know", "I told you, see": the pronoun may open a clause of its own.
_CLAUSE_AFTER_YOU = frozenset("know see mean".split())
_CLAUSE_VERBS = frozenset("expected".split())


def _is_base_verb(ctx: Context, word: str, *, share: float = 0.7) -> bool:
    """A base-form verb by the UD word classes; a word they lack by its own -ing form and the company it keeps."""
    classes = word_classes()
    if classes.knows(word):
        return classes.is_base_verb(word, share=share)
    if word.endswith(("ly", "s")):
        return False
    model = ctx.model
    stems = {word, word[:-1]} if word.endswith("e") else {word, word + word[-1:]}
    has_ing = any(model.frequency(stem + "ing") >= 1e-6 for stem in stems)
    return has_ing and model.pair("the", word) <= model.pair("to", word) / 2


def _before_negative(ctx: Context, verb: int) -> bool:
    after = ctx.next_word(verb)
    return after is not None and ctx.lower[after] in _NEGATIVE_POLARITY


def _grades(word: str) -> bool:
    """An adjective or adverb that "enough" may follow ("hard enough", "quickly enough")."""
    return word.endswith("ly") or word_classes().can_be(word, (*ADJECTIVE, "RB"))


def _may_be_participle(word: str) -> bool:
    """ "come", "overcome", "put": a base form that is also a participle or a past tense."""
    if word_classes().can_be(word, ("VBN", "VBD")) or word.endswith("ed"):
        return True
    return any(word.endswith(participle) for participle in _IRREGULAR_PARTICIPLES | {"come", "run"})


def _mostly_participle(word: str) -> bool:
    """ "gone", "found", "hurt": a form seen as a participle or past at least half as often as a base verb."""
    classes = word_classes()
    if word in _IRREGULAR_PARTICIPLES or word.endswith("ed"):
        return True
    return 2 * classes.count(word, ("VBN", "VBD")) > classes.count(word, BASE_VERB)


# Words after which only a verb (with "to") or an adjective can come: "seem", never "seem part".
_LINKING = frozenset("seem seems seemed appear appears appeared".split())
_CONFIRMING_OBJECTS = frozenset("it them him me us".split())


def _verb_by_company(ctx: Context, trigger: str, verb: int) -> bool:
    """A word that can be a base verb and is one here: after "seem", or before an object pronoun."""
    classes, word = word_classes(), ctx.lower[verb]
    if not classes.can_be(word, (*BASE_VERB, "@VERB")) or classes.can_be(word, (*ADJECTIVE, "@ADJ", "RB")):
        return False
    if _mostly_participle(word) or word.endswith("ly"):
        return False
    if trigger in _LINKING:
        # "appeared time and again", "seems sort of": a noun after "seem" is some other construction.
        # "seemed base to be": the form itself must have been seen as a verb, more often than as a noun.
        verbs = classes.count(word, BASE_VERB)
        return verbs > 0 and classes.count(word, NOUN) <= verbs and classes.count(word, ("@NOUN",)) < verbs
    after = ctx.next_word(verb)
    if after is None:
        return False
    if ctx.lower[after] in _OBJECT_DETERMINERS - {"her"}:
        # "forgot lock the door"; but "tried pizza the other day" is a noun and a time phrase.
        following = ctx.next_word(after)
        return following is not None and ctx.lower[following] not in _TIME_AFTER_ARTICLE
    return ctx.lower[after] in _CONFIRMING_OBJECTS


def _span_text(ctx: Context, first: int, last: int) -> tuple[int, int, str]:
    start, end = ctx.spans[first].start, ctx.spans[last].end
    return start, end, ctx.text[start:end]


def _dropped_to(ctx: Context) -> Iterator[Hit]:
    """ "wanted look", "enough drop", "wanted you have": a verb that needs "to" before a bare verb."""
    lower, model = ctx.lower, ctx.model
    for index in ctx.indices_of(_TAKES_TO):
        verb = ctx.next_word(index)
        before = ctx.prev_word(index)
        trigger = lower[index]
        # "did not seem notice": a negation only rules out "enough" ("cannot enough thank").
        blockers = _NOT_BEFORE_TRIGGER if trigger == "enough" else _NOT_BEFORE_TRIGGER - _NEGATIONS
        if verb is None or (before is not None and lower[before] in _DETERMINERS | blockers):
            continue
        word = lower[verb]
        if trigger in _HAVE_TO and (before is None or lower[before] not in _HAVE_TO[trigger]):
            continue
        if trigger in _ADJECTIVES_TAKING_TO and (not ctx.forms[index].islower() or word == "be"):
            continue
        # "the people he pretends have taken it": "have" may open a relative clause's verb.
        if word in _OLD_NOUNS | {"have"} or _may_be_participle(word) or model.pair(trigger, word):
            continue
        if not model.pair("to", word):
            continue
        if ctx.text[ctx.spans[index].end : ctx.spans[verb].start] != " ":
            continue
        # "learned copy them": a word that is mostly a noun ("copy") is still a verb before an object pronoun;
        # after "seem" nothing but a verb or an adjective can follow ("did not seem notice").
        if not (_is_base_verb(ctx, word) or _verb_by_company(ctx, trigger, verb)):
            continue
        if trigger == "need" and (word == "do" or _before_negative(ctx, verb)):
            continue
        # "hard enough drop": "enough" grading an adjective or adverb; "Troubles enough lay ahead" is not that.
        if trigger == "enough" and not (before is not None and _grades(lower[before])):
            continue
        start, end, text = _span_text(ctx, index, verb)
        fixed = f"{ctx.text[start : ctx.spans[index].end]} to {ctx.text[ctx.spans[verb].start : end]}"
        yield Hit(start, end, f"“to” seems to be missing in “{text}”.", (fixed,), 0.7)
    for index in ctx.indices_of(_TAKES_OBJECT_TO):
        pronoun = ctx.next_word(index)
        verb = None if pronoun is None else ctx.next_word(pronoun)
        if pronoun is None or verb is None or lower[pronoun] not in _OBJECT_PRONOUNS:
            continue
        # "so convinced you think", "was told you know": a participle as adjective may take a clause.
        before = ctx.prev_word(index)
        if before is not None and lower[before] in _COPULAS | _NOT_BEFORE_TRIGGER:
            continue
        word = lower[verb]
        if word in _OLD_NOUNS or word == lower[index]:
            continue
        if lower[pronoun] == "you" and (word in _CLAUSE_AFTER_YOU or lower[index] in _CLAUSE_VERBS):
            continue
        # "wants you come": "come" is also a participle, but far more often the base verb ("wanted you gone" is not).
        if not _is_base_verb(ctx, word, share=0.7) or _mostly_participle(word) or not model.pair("to", word):
            continue
        start, end, text = _span_text(ctx, index, verb)
        fixed = f"{ctx.text[start : ctx.spans[pronoun].end]} to {ctx.text[ctx.spans[verb].start : end]}"
        yield Hit(start, end, f"“to” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "to" lost inside a phrase: "too tired move", "in order get", "didn't know what do".
_WH_INFINITIVE = frozenset("how what where whether".split())
_KNOWING = frozenset(
    "know knew knows knowing sure wonder wondered wondering idea decide decided figure figured learn learned "
    "learnt unsure clue remember remembered forget forgot forgotten".split()
)
# "figure out how get there", "told her what do": a particle or an object between the verb and the wh-word.
_KNOWING_PARTICLES = frozenset({"out"})
_TELLING = frozenset("tell told telling show showed shown showing teach taught ask asked".split())


def _says(ctx: Context, head: int, verb: int) -> bool:
    """ "didn't know what say": "say" after a wh-word, unless "you know what" is an aside ("you know what say")."""
    if ctx.lower[verb] != "say":
        return False
    before = ctx.prev_word(head)
    subject = None if before is None else ctx.prev_word(before)
    return subject is None or ctx.lower[subject] != "you"


def _asks_wh_infinitive(ctx: Context, before: int) -> bool:
    """ "didn't know what", "figured out how", "told her what": a wh-word that may open "what to do"."""
    lower = ctx.lower
    if lower[before] in _KNOWING:
        return True
    verb = ctx.prev_word(before)
    if verb is None:
        return False
    if lower[before] in _KNOWING_PARTICLES:
        return lower[verb] in _KNOWING
    return lower[before] in _OBJECT_PRONOUNS and lower[verb] in _TELLING


def _dropped_to_in_phrases(ctx: Context) -> Iterator[Hit]:
    """ "too tired move", "in order get", "no idea what do": "to" lost after a phrase that needs it."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("too", "order", *_WH_INFINITIVE)):
        head = lower[index]
        before = ctx.prev_word(index)
        if head == "too":
            adjective = ctx.next_word(index)
            verb = None if adjective is None else ctx.next_word(adjective)
            if adjective is None or not classes.is_adjective(lower[adjective], share=0.8):
                continue
        elif head == "order":
            adjective, verb = None, ctx.next_word(index)
            if before is None or lower[before] != "in":
                continue
        else:
            adjective, verb = None, ctx.next_word(index)
            if before is None or not _asks_wh_infinitive(ctx, before):
                continue
        if verb is None or (head != "too" and lower[verb] in _NOT_SUBJECTLESS and not _says(ctx, index, verb)):
            continue
        word = lower[verb]
        if not _is_base_verb(ctx, word, share=0.8) or _may_be_participle(word) or not ctx.model.pair("to", word):
            continue
        if adjective is not None and ctx.model.pair(lower[adjective], word):
            continue
        # "knew what rent it might fetch", "the too common neglect": a noun or adjective may follow instead
        # ("what say" stays a verb: "have a say" is too rare to count).
        if head in ("too", "what") and (
            not classes.knows(word)
            or classes.count(word, (*NOUN, *ADJECTIVE, "@NOUN", "@ADJ")) * 20 > classes.count(word, ("@VERB",))
            or ctx.model.pair("the", word) * 5 > ctx.model.pair("to", word)
            or (before is not None and lower[before] in _DETERMINERS)
        ):
            continue
        start, end, text = _span_text(ctx, index, verb)
        last = adjective if adjective is not None else index
        fixed = f"{ctx.text[start : ctx.spans[last].end]} to {ctx.text[ctx.spans[verb].start : end]}"
        yield Hit(start, end, f"“to” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- an auxiliary lost: "She sitting in the chair by the window."
_PROGRESSIVE_BE = {"he": ("was", "is"), "she": ("was", "is"), "i": ("was", "am"), "we": ("were", "are")}
_PROGRESSIVE_BE |= {"they": ("were", "are")}
# What follows a progressive verb that is a clause's only verb: a place, an object, a particle.
_AFTER_PROGRESSIVE = frozenset(
    "in on at by with into onto to from under over through across against beside behind near toward towards "
    "the a an his her their my your our its this that up down out back".split()
)
# "She still sitting there": an adverb between the subject and its verb.
_PROGRESSIVE_ADVERBS = frozenset("still just already now always never really probably only even also".split())
# "Being late, ...", "Having said that": absolute phrases and prepositions in -ing.
_NOT_PROGRESSIVE = frozenset("being having considering according including regarding concerning during".split())


def _narrates_in_past(ctx: Context) -> bool:
    past = sum(len(ctx.where.get(word, ())) for word in ("was", "were", "had"))
    present = sum(len(ctx.where.get(word, ())) for word in ("is", "are", "am", "has"))
    return past >= present


def _sentence_end(ctx: Context, index: int) -> int:
    """The character offset where the sentence holding token `index` ends."""
    sentences = ctx.doc.sentences
    position = bisect.bisect_right(ctx.sentence_starts, ctx.spans[index].start) - 1
    return sentences[position].end if position >= 0 else len(ctx.text)


_ABSOLUTE_OPENERS = frozenset({"—", "–", "-", ":", ";", ",", "(", "…"})


def _opens_sentence(ctx: Context, index: int) -> bool:
    """The first word of a sentence or of a quotation; not a word after a dash, where an absolute may stand."""
    return ctx.starts[index] and (index == 0 or ctx.forms[index - 1] not in _ABSOLUTE_OPENERS)


def _dropped_auxiliary(ctx: Context) -> Iterator[Hit]:
    """ "She sitting in the chair": a pronoun opening a sentence with a bare -ing verb has lost "was"."""
    lower = ctx.lower
    past: bool | None = None
    for index in ctx.indices_of(_PROGRESSIVE_BE):
        verb = ctx.next_word(index)
        if verb is not None and lower[verb] in _PROGRESSIVE_ADVERBS:
            verb = ctx.next_word(verb)
        after = None if verb is None else ctx.next_word(verb)
        if verb is None or after is None or lower[after] not in _AFTER_PROGRESSIVE:
            continue
        word = lower[verb]
        if not word.endswith("ing") or word in _NOT_PROGRESSIVE or not _opens_sentence(ctx, index):
            continue
        if not (word_classes().can_be(word, ("VBG",)) or ctx.model.pair("was", word)):
            continue
        end_of_sentence = _sentence_end(ctx, index)
        if ctx.text[max(0, end_of_sentence - 4) : end_of_sentence].rstrip().rstrip("\"”’'").endswith("?"):
            continue  # "You coming?", "They staying for dinner?": speech drops the auxiliary on purpose.
        if past is None:
            past = _narrates_in_past(ctx)
        auxiliary = _PROGRESSIVE_BE[lower[index]][0 if past else 1]
        start, end, text = _span_text(ctx, index, verb)
        fixed = f"{ctx.forms[index]} {auxiliary} {ctx.text[ctx.spans[index + 1].start : end]}"
        yield Hit(start, end, f"“{text}” seems to have lost its auxiliary (“{auxiliary}”).", (fixed,), 0.7)


# --- a verb lost: "because she couldn't the mallet".
_NEGATED_AUXILIARIES = frozenset("can't couldn't won't wouldn't shouldn't mustn't didn't don't doesn't cannot".split())
_SUBJECT_PRONOUNS = frozenset("i you he she it we they".split())
_OBJECT_DETERMINERS = frozenset("the a an his her my your their our".split())


def _dropped_verb(ctx: Context) -> Iterator[Hit]:
    """A subject, a negated auxiliary and then a determiner: the main verb is gone ("I didn't the dishes")."""
    lower = ctx.lower
    for index in ctx.indices_of(_NEGATED_AUXILIARIES):
        subject, after = ctx.prev_word(index), ctx.next_word(index)
        # The subject rules out questions: "Didn't the doctor say so?"
        if subject is None or after is None or lower[subject] not in _SUBJECT_PRONOUNS:
            continue
        if lower[after] in _OBJECT_DETERMINERS:
            start, end = ctx.spans[index].start, ctx.spans[index].end
            yield Hit(start, end, f"A verb seems to be missing after “{ctx.text[start:end]}”.", (), 0.7)


# --- an article lost before a part-of noun ("for rest of your life"), "of" lost after it ("the back his throat").
_PART_NOUNS = frozenset(
    "rest middle edge end bottom centre center remainder top front back side corner base tip surface foot "
    "outskirts".split()
)
_PLACE_PREPOSITIONS = frozenset(
    "in at on to for from into onto toward towards across along near around through over under by with during "
    "until till throughout past behind beside".split()
)
# Bare on purpose: "on top of", "in front of", "in back of", "at length".
_BARE_PARTS = frozenset({("on", "top"), ("in", "front"), ("in", "back"), ("at", "bottom"), ("by", "side")})
_POSSESSIVES = frozenset("his her their my your its our".split())
_OF_PARTS = frozenset({("on", "top"), ("in", "front")})


_ARTICLES = frozenset("the a an".split())
# "sat in the back the whole ride", "at the top the moment he": a time phrase may follow a place phrase.
_TIME_AFTER_ARTICLE = frozenset(
    "whole entire moment minute second instant day night time next same rest other first last way morning "
    "evening afternoon week year few little while bit lot".split()
)


def _of_lost_before(ctx: Context, after: int) -> bool:
    """ "the middle [of] the road", "the back [of] his throat": a determiner where "of" should come first."""
    word = ctx.lower[after]
    if word in _POSSESSIVES:
        return True
    following = ctx.next_word(after)
    return word in _ARTICLES and following is not None and ctx.lower[following] not in _TIME_AFTER_ARTICLE


_CLAUSE_LINKS = frozenset("and but or then so while meanwhile yet".split())


def _of_phrase_ends(ctx: Context, preposition: int, article: int) -> bool:
    """ "stood at the top [of] the stairs.": a short place phrase inside a clause, not one opening a clause.

    "gave the top a wipe" (an indirect object), "and at the bottom a brook ran" and "out on the surface the
    fleet had landed" (a place phrase before its clause) are left alone: the preposition must follow a word of
    its own clause, and the noun phrase must end within two words.
    """
    lower = ctx.lower
    before = ctx.prev_word(preposition)
    if lower[preposition] not in _PLACE_PREPOSITIONS or before is None or lower[before] in _CLAUSE_LINKS:
        return False
    if lower[before] in _PLACE_PREPOSITIONS | {"out", "up", "down", "back", "over"}:
        return False
    word = ctx.next_word(article)
    for _ in range(2):
        if word is None or lower[word] in _AFTER_GESTURE:
            return True
        word = ctx.next_word(word)
    return word is None or lower[word] in _AFTER_GESTURE


def _after_infinitive_verb(ctx: Context, to: int) -> bool:
    """ "began to", "want to": a "to" that opens an infinitive."""
    verb = ctx.prev_word(to)
    return verb is not None and ctx.lower[verb] in _TAKES_TO | _COPULAS


def _dropped_part_words(ctx: Context) -> Iterator[Hit]:
    """ "for rest of your life" (the) and "in the back his throat" (of)."""
    lower = ctx.lower
    for index in ctx.indices_of(_PART_NOUNS):
        noun = lower[index]
        before, after = ctx.prev_word(index), ctx.next_word(index)
        if before is None or after is None:
            continue
        if not ctx.forms[index].islower():
            continue  # "events in End of Mission": a title.
        # "began to surface of": after "to" a part noun may be a verb.
        verb_after_to = lower[before] == "to" and (
            word_classes().can_be(noun, (*BASE_VERB, "@VERB")) or _after_infinitive_verb(ctx, before)
        )
        if lower[after] == "of" and lower[before] in _PLACE_PREPOSITIONS and (lower[before], noun) not in _BARE_PARTS:
            if verb_after_to:
                continue
            start, end, text = _span_text(ctx, before, index)
            fixed = f"{ctx.forms[before]} the {ctx.forms[index]}"
            yield Hit(start, end, f"An article seems to be missing in “{text}”.", (fixed,), 0.7)
        elif (lower[before], noun) in _OF_PARTS and _of_lost_before(ctx, after):
            # "in front the house", "on top the fridge": the bare part phrases need "of" before a noun phrase.
            if _opens_sentence(ctx, before) or not _of_phrase_ends(ctx, before, after):
                continue
            start, end, text = _span_text(ctx, index, after)
            fixed = f"{ctx.forms[index]} of {ctx.forms[after]}"
            yield Hit(start, end, f"“of” seems to be missing in “{text}”.", (fixed,), 0.7)
        elif lower[before] == "the" and _of_lost_before(ctx, after) and noun != "end":
            # "In the back his brother slept": a fronted place phrase may run into the clause's subject.
            preposition = ctx.prev_word(before)
            if preposition is None or _opens_sentence(ctx, preposition):
                continue
            if lower[after] not in _POSSESSIVES and not _of_phrase_ends(ctx, preposition, after):
                continue
            start, end, text = _span_text(ctx, index, after)
            fixed = f"{ctx.forms[index]} of {ctx.forms[after]}"
            yield Hit(start, end, f"“of” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- an article lost in a comparison: "you look like proper rider".
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


def _dropped_article_in_comparison(ctx: Context) -> Iterator[Hit]:
    """ "like proper rider", "such good friend", "like idiot": one person, so an article is needed."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("like", "such")):
        adjective = ctx.next_word(index)
        noun = None if adjective is None else ctx.next_word(adjective)
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
        start, end, text = _span_text(ctx, index, noun)
        fixed = f"{ctx.forms[index]} {article} {ctx.text[ctx.spans[index + 1].start : end]}"
        yield Hit(start, end, f"An article seems to be missing in “{text}”.", (fixed,), 0.7)


def _subject_before(ctx: Context, index: int) -> bool:
    before = ctx.prev_word(index)
    return before is not None and ctx.lower[before] in _SUBJECT_PRONOUNS | {"would", "'d", "i'd", "you'd"}


# --- "the" lost before "same" and "first time": "It was same as before", "It was first time in years".
_COPULAS = frozenset("is was were are be been being".split())
# "'s" is "is" only after these; "Garak's first time" is a possessive.
_PRONOUN_IS = frozenset("it's that's he's she's there's here's what's who's this's".split())


_SAME_PREPOSITIONS = frozenset("at in on of from for with by into".split())


def _dropped_the(ctx: Context) -> Iterator[Hit]:
    """A copula or preposition straight before "same", a copula before "first time"/"first and only"."""
    lower = ctx.lower
    for index in ctx.indices_of(("same", "first")):
        before, after = ctx.prev_word(index), ctx.next_word(index)
        if before is None:
            continue
        # "at same time", "in same way": only "same" follows a preposition without its article.
        same_after_preposition = lower[index] == "same" and lower[before] in _SAME_PREPOSITIONS
        if not (lower[before] in _COPULAS or lower[before] in _PRONOUN_IS or same_after_preposition):
            continue
        if lower[index] == "first":
            following = None if after is None else ctx.next_word(after)
            if after is None or not (
                lower[after] == "time" or (lower[after] == "and" and following and lower[following] == "only")
            ):
                continue
        elif after is None and ctx.text[ctx.spans[index].end : ctx.spans[index].end + 1] == "-":
            continue
        start, end, text = _span_text(ctx, before, index)
        fixed = f"{ctx.forms[before]} the {ctx.forms[index]}"
        yield Hit(start, end, f"“the” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "the" lost before a superlative after "one of", "of" lost after "a lot": "one of best", "a lot people".
_PART_OF = frozenset("one some many few all none each most two three several".split())
# Not "first" and "last": "all of last week", "most of first grade" are English.
_SUPERLATIVES = frozenset("best worst most least".split())


def _dropped_the_before_superlative(ctx: Context) -> Iterator[Hit]:
    """ "one of best days": a superlative after "one of" needs "the"."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("of",)):
        part, superlative = ctx.prev_word(index), ctx.next_word(index)
        if part is None or superlative is None or lower[part] not in _PART_OF:
            continue
        word = lower[superlative]
        if word not in _SUPERLATIVES and not (word.endswith("est") and classes.count(word, ("JJS", "RBS"))):
            continue
        start, end, text = _span_text(ctx, index, superlative)
        yield Hit(start, end, f"“the” seems to be missing in “{text}”.", (f"{ctx.forms[index]} the {word}",), 0.7)


def _dropped_of_after_lot(ctx: Context) -> Iterator[Hit]:
    """ "a lot people", "lots things": a quantity noun before a plural noun needs "of"."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("lot", "lots")):
        before, noun = ctx.prev_word(index), ctx.next_word(index)
        if noun is None or (lower[index] == "lot" and (before is None or lower[before] != "a")):
            continue
        total = classes.total(lower[noun])
        if not total or classes.count(lower[noun], ("NNS",)) < 0.9 * total:
            continue
        start, end, text = _span_text(ctx, index, noun)
        fixed = f"{ctx.forms[index]} of {ctx.forms[noun]}"
        yield Hit(start, end, f"“of” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- a subject lost before a present verb: "until gets bored of me", "when open the drawer".
_CLAUSE_OPENERS = frozenset("when until because while before after unless".split())
# "because trust me", "because look, ...": imperatives said in passing; "when comes the dawn": inversion.
_NOT_SUBJECTLESS = frozenset("see look say trust believe mind let comes goes be".split())
# "never before faced", "the night before fell", "ever after be": "before" and "after" as adverbs.
_TIME_BEFORE_ADVERB = frozenset(
    "ever never long soon shortly just right night day morning evening week year years days hours".split()
)
_THIRD_PERSON = frozenset("he she it".split())
# "When is it to be?", "When does the train go?": questions, with the subject after the auxiliary.
_AUXILIARY_S = frozenset("is does has was".split())
_OTHER_PERSONS = frozenset("i you we they".split())
_NOMINATIVE = frozenset("i he she we they".split())


def _is_third_person_verb(ctx: Context, word: str) -> bool:
    """A lexical -s verb ("gets", not "is" or "does"), more often after "he" than after "the"."""
    classes = word_classes()
    if classes.can_be(word, ("@AUX",)) or word in _AUXILIARY_S:
        return False
    total = classes.total(word)
    if total:
        return total >= 2 and classes.count(word, ("VBZ",)) >= 0.9 * total
    model = ctx.model
    return word.endswith("s") and model.pair("he", word) + model.pair("she", word) > 2 * model.pair("the", word)


def _can_be_base_verb(word: str) -> bool:
    classes = word_classes()
    total = classes.total(word)
    return total > 0 and classes.count(word, BASE_VERB) >= 0.15 * total and classes.count(word, NOUN) < 0.5 * total


def _subject_for(ctx: Context, opener: int, persons: frozenset[str]) -> str | None:
    """The subject pronoun of the main clause after a fronted clause ("when open it, you ..."), if it agrees.

    A clause that opens the sentence shares its subject with the main clause ("When saw him she was up");
    without the comma only a pronoun that is never an object ("she", not "you") says where that starts.
    """
    end = _sentence_end(ctx, opener)
    fronted = ctx.starts[opener]
    index = opener + 1
    while index < len(ctx.spans) and ctx.spans[index].start < end:
        after_comma = ctx.forms[index - 1] == ","
        if ctx.lower[index] in _SUBJECT_PRONOUNS and (after_comma or (fronted and ctx.lower[index] in _NOMINATIVE)):
            return ctx.lower[index] if ctx.lower[index] in persons else None
        index += 1
    return None


def _subject_before_past(ctx: Context, start: int, verb: str) -> tuple[str, ...]:
    """The fix "when she saw" for a subjectless past verb at `start`, where the main clause names its subject."""
    index = bisect.bisect_left([span.start for span in ctx.spans], start)
    opener = ctx.prev_word(index)
    if opener is None:
        return ()
    subject = _subject_for(ctx, opener, _SUBJECT_PRONOUNS)
    return () if subject is None else (f"{subject} {verb}",)


def _dropped_subject(ctx: Context) -> Iterator[Hit]:
    """ "until gets bored", "when open the drawer": a clause opener straight before a finite present verb."""
    lower = ctx.lower
    for index in ctx.indices_of(_CLAUSE_OPENERS):
        verb, before = ctx.next_word(index), ctx.prev_word(index)
        if verb is None or lower[verb] in _NOT_SUBJECTLESS:
            continue
        if before is not None and lower[before] in _TIME_BEFORE_ADVERB:
            continue
        word, after = lower[verb], ctx.next_word(verb)
        if _is_third_person_verb(ctx, word):
            persons = _THIRD_PERSON
        elif _can_be_base_verb(word) and after is not None and lower[after] in _OBJECT_DETERMINERS:
            persons = _OTHER_PERSONS
        else:
            continue
        start, end, text = _span_text(ctx, index, verb)
        subject = _subject_for(ctx, index, persons)
        fixed = () if subject is None else (f"{ctx.forms[index]} {subject} {ctx.forms[verb]}",)
        yield Hit(start, end, f"A subject seems to be missing in “{text}”.", fixed, 0.7)


# --- "have" or "be" lost after a modal: "I should known", "she'll fine".
_MODALS = frozenset(
    "will would could should might must may shall can won't wouldn't couldn't shouldn't mightn't mustn't can't "
    "cannot".split()
)
_CONTRACTED_WILL = frozenset("i'll you'll he'll she'll we'll they'll it'll".split())
# Adjectives after which "be" is the only reading; "sure" is also an adverb ("I'll sure miss you").
_ALWAYS_ADJECTIVES = frozenset("okay ok alright fine".split())
_NOT_AFTER_MODAL = frozenset({"sure", "better", "best", "rather", "sooner", "likely", "well"})
_CLAUSE_END = frozenset("to with for about if when and but or of at in by now soon too again".split())


def _is_participle(word: str) -> bool:
    """A past participle that is never a past tense or a base form ("known", "gone", "eaten")."""
    if word in _IRREGULAR_PARTICIPLES:
        return True
    classes = word_classes()
    total = classes.total(word)
    return total >= 2 and classes.count(word, ("VBN",)) >= 0.6 * total and not classes.can_be(word, _FINITE)


# Irregular verbs are a closed class; the treebanks are too small to have seen all their participles.
_IRREGULAR_PARTICIPLES = frozenset(
    "been known gone done seen taken given written eaten broken chosen fallen forgotten spoken stolen driven "
    "ridden risen shown thrown grown drawn worn torn sworn hidden bitten beaten woken frozen flown gotten "
    "begun sung rung swum drunk sunk shrunk forgiven mistaken undone shaken blown".split()
)
_FINITE = ("VBD", "VB", "VBP", "VBZ")


def _only_adjective(word: str) -> bool:
    """An adjective that is never a verb: "would separate", "can't last" are verbs after all."""
    classes = word_classes()
    return classes.is_adjective(word, share=0.85) and not classes.can_be(word, (*BASE_VERB, "@VERB"))


def _modal_before(ctx: Context, index: int) -> bool:
    """Token `index` is "'ll" contracted onto a pronoun, or a modal after a subject pronoun."""
    lower = ctx.lower
    if lower[index] in _CONTRACTED_WILL:
        return True
    subject = ctx.prev_word(index)
    return lower[index] in _MODALS and subject is not None and lower[subject] in _SUBJECT_PRONOUNS


def _dropped_have_or_be(ctx: Context) -> Iterator[Hit]:
    """ "I should known" (have) and "She'll fine" (be): a modal straight before a participle or adjective."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(_MODALS | _CONTRACTED_WILL):
        after = ctx.next_word(index)
        if after is None or not _modal_before(ctx, index):
            continue
        word, following = lower[after], ctx.next_word(after)
        ends = following is None or lower[following] in _CLAUSE_END
        if word in _NOT_AFTER_MODAL:
            continue
        if _is_participle(word):
            if classes.can_be(word, ADJECTIVE) and ends:
                fixes: tuple[str, ...] = ()  # "It'll gone by then": "be gone" or "have gone".
            else:
                fixes = (f"{ctx.forms[index]} have {ctx.forms[after]}",)
            missing = "have"
        elif ends and (word in _ALWAYS_ADJECTIVES or _only_adjective(word)):
            fixes, missing = (f"{ctx.forms[index]} be {ctx.forms[after]}",), "be"
        else:
            continue
        start, end, text = _span_text(ctx, index, after)
        yield Hit(start, end, f"“{missing}” seems to be missing in “{text}”.", fixes, 0.7)


# --- "of" lost after a quantity: "one them", "forty them", "most the night".
_QUANTITIES = frozenset(
    "one some none each most many few either neither any several two three four five six seven eight nine ten "
    "eleven twelve fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred dozen hundreds dozens "
    "thousands couple bunch handful".split()
)
# "most the night", "most his life": "most" before a determiner is "most of"; "at most the size of" is not.
_NOT_BEFORE_MOST = frozenset("at the a what which who whom that".split())
_NOT_AFTER_MOST = frozenset("whole entire first last next same other time way".split())


def _dropped_of_after_quantity(ctx: Context) -> Iterator[Hit]:
    """ "one them was", "none us knew", "most the night": a quantity takes "of" before a pronoun or determiner."""
    lower = ctx.lower
    for index in ctx.indices_of(("them", "us")):
        quantity = ctx.prev_word(index)
        if quantity is None or lower[quantity] not in _QUANTITIES:
            continue
        start, end, text = _span_text(ctx, quantity, index)
        fixed = f"{ctx.forms[quantity]} of {ctx.forms[index]}"
        yield Hit(start, end, f"“of” seems to be missing in “{text}”.", (fixed,), 0.7)
    for index in ctx.indices_of(("most",)):
        determiner, before = ctx.next_word(index), ctx.prev_word(index)
        if determiner is None or lower[determiner] not in _POSSESSIVES | {"the"}:
            continue
        # "the one she trusted most the whole time": "most" the adverb, then a time phrase.
        noun = ctx.next_word(determiner)
        if noun is None or (before is not None and lower[before] in _NOT_BEFORE_MOST) or lower[noun] in _NOT_AFTER_MOST:
            continue
        if not word_classes().can_be(lower[noun], (*NOUN, "@NOUN")):
            continue
        start, end, text = _span_text(ctx, index, determiner)
        fixed = f"{ctx.forms[index]} of {ctx.forms[determiner]}"
        yield Hit(start, end, f"“of” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- an article lost inside a set phrase: "all of sudden", "for while.", "with smile", "for first time".
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


def _dropped_article_in_idiom(ctx: Context) -> Iterator[Hit]:
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
        yield Hit(start, end, f"“{article}” seems to be missing in “{match.group(0)}”.", (fixed,), 0.7)


# --- a possessive lost before a body part: "shook head", "rolled eyes", "ran hand through his hair".
def _forms(*lemmas: str) -> frozenset[str]:
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
_GESTURES = (
    _forms("roll", "clench", "narrow", "scratch", "rub", "purse", "furrow", "tilt", "duck", "cross", "fold")
    | _forms("lower", "raise", "lick", "shrug", "crack", "wipe", "flex", "wrinkle", "scrunch")
    | frozenset("squared squaring squares".split())
    | frozenset("shake shakes shook shaking shaken bow bows bowed bowing bite bites bit biting bitten".split())
    | frozenset("grit grits gritted gritting put puts putting run runs ran running hang hangs hung".split())
)
_BODY_PARTS = frozenset(
    "head eyes eye hand jaw teeth lip lips brow brows eyebrow eyebrows shoulder shoulders arms arm fingers "
    "fist fists chin neck nose knuckles tongue forehead temples knee knees toe toes elbow elbows ankle ankles wrist "
    "wrists shin cheek".split()
)
# "shook hands", "ran face first into", "put head to head": a bare noun on purpose.
_BARE_BODY_IDIOMS = frozenset({("shake", "hands"), ("raise", "hands"), ("raise", "arms"), ("run", "face")})
# "never laid eyes on him".
_BARE_BODY_IDIOMS |= {("lay", "eyes"), ("set", "eyes"), ("clap", "eyes")}
_LEMMA_OF = {"shook": "shake", "shaking": "shake", "shakes": "shake", "shaken": "shake", "ran": "run"}
_LEMMA_OF |= {"laid": "lay", "lays": "lay", "laying": "lay", "sets": "set", "setting": "set"}
_LEMMA_OF |= {"running": "run", "runs": "run", "raised": "raise", "raises": "raise", "raising": "raise"}
# What may follow the bare noun: a preposition, a particle, a conjunction or an adverb ending the gesture.
_AFTER_GESTURE = frozenset(
    "to at in on through over against into onto around across along up down back away together again and but "
    "as while when then slightly hard tight tightly once twice".split()
)
# Before the verb: its subject, an auxiliary or an adverb, never an article ("a clenched fist") or a
# preposition ("with folded arms", "through gritted teeth").
_NOT_BEFORE_GESTURE = (_DETERMINERS | _PLACE_PREPOSITIONS | _POSSESSIVES | {"of", "were", "are", "'s"}) - {"to"}
_POSSESSIVE_OF = {"i": "my", "you": "your", "he": "his", "she": "her", "we": "our", "they": "their"}


def _word_across_lines(ctx: Context, index: int) -> int | None:
    """The word right before token `index`, even across a line break (novels wrap their lines)."""
    before = index - 1
    if before < 0 or not ctx.is_word[before]:
        return None
    return before if ctx.text[ctx.spans[before].end : ctx.spans[index].start].isspace() else None


def _subject_pronoun_before(ctx: Context, index: int) -> str | None:
    """The nearest subject pronoun before token `index` in its sentence, unless a name comes first."""
    position = _subject_before_in_sentence(ctx, index)
    return None if position is None or ctx.lower[position] not in _POSSESSIVE_OF else ctx.lower[position]


def _subject_before_in_sentence(ctx: Context, index: int) -> int | None:
    """The position of the nearest subject pronoun or capitalised word before token `index` in its sentence."""
    sentence_start = ctx.sentence_starts[bisect.bisect_right(ctx.sentence_starts, ctx.spans[index].start) - 1]
    position = index - 1
    while position >= 0 and ctx.spans[position].start >= sentence_start:
        if ctx.lower[position] in _POSSESSIVE_OF or (ctx.is_word[position] and ctx.forms[position][:1].isupper()):
            return position
        position -= 1
    return None


# Between a name and its own verb: "Dez had to put", "Pip finally shook".
_BEFORE_OWN_VERB = _MODALS | frozenset("had has have to did didn't just only then finally still already".split())


def _is_subject_of(ctx: Context, name: int, verb: int) -> bool:
    """The name at `name` is the subject of the verb at `verb`: only auxiliaries and adverbs come between."""
    words = [position for position in range(name + 1, verb) if ctx.is_word[position]]
    if len(words) != verb - name - 1:
        return False  # punctuation between: "Tom, she said, shook head" is not Tom's gesture.
    return all(ctx.lower[word] in _BEFORE_OWN_VERB or ctx.lower[word].endswith("ly") for word in words)


def _owner_possessive(ctx: Context, index: int) -> str | None:
    """ "his" or "her" for the subject of the verb at `index`: from its pronoun, or for a name, from how the
    story writes that name's own gestures ("Dez shook his head" elsewhere) when it always agrees."""
    position = _subject_before_in_sentence(ctx, index)
    if position is None:
        return None
    if ctx.lower[position] in _POSSESSIVE_OF:
        return _POSSESSIVE_OF[ctx.lower[position]]
    if not _is_subject_of(ctx, position, index):
        return None
    subject = ctx.forms[position]
    seen: set[str] = set()
    for name in ctx.where.get(subject.lower(), ()):
        if ctx.forms[name] != subject:
            continue
        verb = ctx.next_word(name)
        possessive = None if verb is None else ctx.next_word(verb)
        part = None if possessive is None else ctx.next_word(possessive)
        if verb is None or possessive is None or part is None:
            continue
        if ctx.lower[verb] in _GESTURES and ctx.lower[part] in _BODY_PARTS and ctx.lower[possessive] in ("his", "her"):
            seen.add(ctx.lower[possessive])
    return seen.pop() if len(seen) == 1 else None


def _dropped_possessive_before_body_part(ctx: Context) -> Iterator[Hit]:
    """ "shook head", "rolled eyes": a gesture verb straight before a bare body part has lost "his"/"her"."""
    lower = ctx.lower
    for index in ctx.indices_of(_BODY_PARTS):
        verb, before = ctx.prev_word(index), None
        if verb is None or ctx.starts[verb] or not (lower[verb] in _GESTURES or _acts_after_subject(ctx, verb)):
            continue
        before = _word_across_lines(ctx, verb)
        # "his partially raised arm": an adverb may stand between the adjective and what it follows.
        if before is not None and lower[before].endswith("ly"):
            before = _word_across_lines(ctx, before)
        # "Clarice's raised fist": a participle after a possessive is an adjective.
        if before is not None and (lower[before] in _NOT_BEFORE_GESTURE or lower[before].endswith(("'s", "s'"))):
            continue
        lemma = _LEMMA_OF.get(lower[verb], lower[verb])
        if (lemma, lower[index]) in _BARE_BODY_IDIOMS:
            continue
        after = ctx.next_word(index)
        if after is not None and lower[after] not in _AFTER_GESTURE:
            continue
        # "shoulder to shoulder", "hand in hand", "head over heels", "head to foot": a pair of bare nouns.
        follower = None if after is None else ctx.next_word(after)
        if follower is not None and lower[follower] in _BODY_PARTS | _PAIRED_PARTS | {lower[index]}:
            continue
        owner = _owner_possessive(ctx, verb)
        start, end, text = _span_text(ctx, verb, index)
        fixes = () if owner is None else (f"{ctx.forms[verb]} {owner} {ctx.forms[index]}",)
        yield Hit(start, end, f"A possessive (“his”, “her”) seems to be missing in “{text}”.", fixes, 0.7)


_PAIRED_PARTS = frozenset("heels heel toe toes foot feet tail hands shoulders".split())
_NOT_ACTIONS = _COPULAS | _MODALS | frozenset("have has had do does did get got gets become became becomes".split())


_SUBJECT_ADVERBS = frozenset("just then still already only also even never".split())


def _acts_after_subject(ctx: Context, verb: int) -> bool:
    """ "I hit", "she finally bumped": any verb after a subject pronoun (and an adverb), where only a verb fits."""
    subject = _word_across_lines(ctx, verb)
    if subject is not None and (ctx.lower[subject].endswith("ly") or ctx.lower[subject] in _SUBJECT_ADVERBS):
        subject = _word_across_lines(ctx, subject)
    word = ctx.lower[verb]
    if subject is None or ctx.lower[subject] not in _NOMINATIVE | {"you"} or word in _NOT_ACTIONS:
        return False
    classes = word_classes()
    if classes.knows(word):
        return classes.can_be(word, ("VBD", "VBZ", "VBP", "@VERB"))
    return word.endswith("ed")


# --- "slapped me the back", "punched him the face": the preposition lost before the place of a blow.
_STRUCK_PARTS = {
    "on": frozenset("back shoulder shoulders arm cheek head forehead knee leg hand wrist neck hip chin".split()),
    "in": frozenset("face stomach gut ribs chest jaw mouth eye side throat belly".split()),
}
# Verbs that take two objects: "gave me the finger", "showed him the back of her hand".
_TWO_OBJECTS = frozenset(
    "give gives gave given giving show shows showed shown showing offer offers offered hand hands handed lend "
    "lent pass passed cost costs tell told bring brought throw threw send sent get got owe owed leave left "
    "turn turned".split()
)


def _dropped_preposition_before_struck_part(ctx: Context) -> Iterator[Hit]:
    """ "Danny slapped me the back": a verb, its object and "the" + a body part need "on"/"in" between."""
    lower = ctx.lower
    for index in ctx.indices_of(("the",)):
        pronoun, part = ctx.prev_word(index), ctx.next_word(index)
        verb = None if pronoun is None else ctx.prev_word(pronoun)
        if verb is None or part is None or lower[pronoun] not in _OBJECT_PRONOUNS - {"her"}:
            continue
        preposition = next((name for name, parts in _STRUCK_PARTS.items() if lower[part] in parts), None)
        if preposition is None or lower[verb] in _TWO_OBJECTS or not _acts_after_subject_or_name(ctx, verb):
            continue
        after = ctx.next_word(part)
        if after is not None and lower[after] in ("of", "with"):
            continue  # "took him the back way", "showed me the back of": the noun heads a phrase.
        start, end, text = _span_text(ctx, pronoun, index)
        fixed = f"{ctx.forms[pronoun]} {preposition} {ctx.forms[index]}"
        yield Hit(start, end, f"“{preposition}” seems to be missing in “{text}”.", (fixed,), 0.7)


def _acts_after_subject_or_name(ctx: Context, verb: int) -> bool:
    """A past verb after its pronoun or a capitalised name (not opening the sentence)."""
    if _acts_after_subject(ctx, verb):
        return True
    subject = _word_across_lines(ctx, verb)
    word = ctx.lower[verb]
    if (
        subject is None
        or not ctx.forms[subject][:1].isupper()
        or ctx.lower[subject] in _DETERMINERS
        or word in _NOT_ACTIONS
    ):
        return False
    classes = word_classes()
    return word.endswith("ed") or (classes.knows(word) and classes.can_be(word, ("VBD",)))


# --- an article lost before a thing handled: "and I dropped bag.", "she grabbed knife and ran".
def _needs_determiner(ctx: Context, word: str) -> bool:
    """A singular count noun the language model nearly always writes after "the", "a" or "his" ("bag").

    Mass nouns ("water", "sense") and nouns that are also verbs or adjectives are left out.
    """
    model, classes = ctx.model, word_classes()
    total = classes.total(word)
    if total and classes.count(word, ("NN",)) < 0.9 * total:
        return False
    if not total and (classes.knows(word) or word.endswith(("s", "ing", "ly", "ed"))):
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
_SPEECH_FORMS = frozenset(_SPEECH.split("|")) | frozenset("told thought knew heard saw felt".split())
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


def _dropped_article_after_past_verb(ctx: Context) -> Iterator[Hit]:
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
        if not _acts_after_subject(ctx, verb) or lower[verb] in _REPORTING | _NAMING | _SPEECH_FORMS | _STATES:
            continue
        # A verb that mostly takes an object ("dropped the"), not a linking one ("looked grave", "seemed a").
        if not _takes_object(ctx, lower[verb]):
            continue
        if ctx.model.pair(lower[verb], lower[index]) or lower[_word_across_lines(ctx, verb) or verb] == "you":
            continue
        if not _needs_determiner(ctx, lower[index]):
            continue
        owner = _POSSESSIVE_OF.get(lower[_word_across_lines(ctx, verb) or verb])
        start, end, text = _span_text(ctx, verb, index)
        fixes = tuple(f"{forms[verb]} {word} {forms[index]}" for word in ("the", owner) if word)
        yield Hit(start, end, f"An article seems to be missing in “{text}”.", fixes, 0.7)


# --- an article lost before a plural body part after a preposition: "scratches the cat behind ears".
_PLURAL_PARTS = frozenset(
    "ears eyes shoulders hands knees legs feet fingers cheeks lips ribs hips temples wrists ankles".split()
)
_PART_PREPOSITIONS = frozenset("behind between around across into onto against over beneath through".split())
# One ear or shoulder: "tucked it behind ear", "glanced over shoulder" ("between" and "into" take pairs).
_SINGLE_PARTS = frozenset("ear shoulder cheek chest forehead neck chin wrist knee hip".split())
_SINGLE_PART_PREPOSITIONS = frozenset("behind around across against over".split())


def _dropped_article_before_plural_part(ctx: Context) -> Iterator[Hit]:
    """ "behind ears", "around shoulders": a preposition of place before a bare plural body part."""
    lower = ctx.lower
    for index in ctx.indices_of(_PLURAL_PARTS | _SINGLE_PARTS):
        preposition, after = ctx.prev_word(index), ctx.next_word(index)
        if preposition is None or lower[preposition] not in _PART_PREPOSITIONS or not ctx.forms[index].islower():
            continue
        if lower[index] in _SINGLE_PARTS and lower[preposition] not in _SINGLE_PART_PREPOSITIONS:
            continue
        # "between hands and knees", "from ears to tail": a pair of bare nouns.
        follower = None if after is None else ctx.next_word(after)
        if follower is not None and lower[follower] in _BODY_PARTS | _PAIRED_PARTS | _PLURAL_PARTS:
            continue
        # "merging into temples and skull": a bare list; the noun must end its phrase at punctuation or a
        # preposition.
        if after is not None and lower[after] not in _AFTER_GESTURE - _CLAUSE_LINKS:
            continue
        # Another's body takes "the" ("scratched the cat behind the ears"); the subject's own takes "her".
        owner = None
        before = ctx.prev_word(preposition)
        if before is None or not (lower[before] in _OBJECT_PRONOUNS or ctx.forms[before][:1].isupper()):
            owner = _owner_possessive(ctx, preposition)
        start, end, text = _span_text(ctx, preposition, index)
        fixes = tuple(f"{ctx.forms[preposition]} {word} {ctx.forms[index]}" for word in (owner, "the") if word)
        yield Hit(start, end, f"An article or possessive seems to be missing in “{text}”.", fixes, 0.7)


# --- an article lost in a simile: "a yowl like kettle on the boil".
# Not "of": "like cloth of silver" is a material.
_SIMILE_END = frozenset("on in at from that with and or".split())
# "something like discourse": a kind, not a comparison with one thing.
_VAGUE = frozenset("something anything nothing more much little".split())


def _dropped_article_in_simile(ctx: Context) -> Iterator[Hit]:
    """ "like kettle on the boil": "like" before a bare singular count noun and a preposition (a bare noun
    ending the phrase is too often a material: "like sand", "as clear as glass")."""
    lower = ctx.lower
    for index in ctx.indices_of(("like",)):
        noun = ctx.next_word(index)
        after = None if noun is None else ctx.next_word(noun)
        if noun is None or after is None or lower[after] not in _SIMILE_END or _subject_before(ctx, index):
            continue
        before = ctx.prev_word(index)
        if before is None or lower[before] in _MODALS | _NOT_ACTIONS | _VAGUE | {"to", "'d", "don't", "didn't"}:
            continue  # "would like tea", "to like cake": the verb "like".
        if not ctx.forms[noun].islower() or not _needs_determiner(ctx, lower[noun]):
            continue
        article = "an" if lower[noun][0] in "aeio" else "a"
        start, end, text = _span_text(ctx, index, noun)
        fixed = f"{ctx.forms[index]} {article} {ctx.forms[noun]}"
        yield Hit(start, end, f"An article seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "was" lost before a place: "and she out of breath", "he in the kitchen".
_STATE_PREPOSITIONS = frozenset("out".split())


def _gapped(ctx: Context, link: int) -> bool:
    """ "She was out of breath and he out of sorts": the verb left out on purpose after an earlier copula."""
    sentence_start = ctx.sentence_starts[bisect.bisect_right(ctx.sentence_starts, ctx.spans[link].start) - 1]
    position = link - 1
    while position >= 0 and ctx.spans[position].start >= sentence_start:
        if ctx.lower[position] in _COPULAS:
            return True
        position -= 1
    return False


def _dropped_be_before_place(ctx: Context) -> Iterator[Hit]:
    """ "and she out of breath": after "and", a subject pronoun straight before "out of" has no verb."""
    lower = ctx.lower
    past: bool | None = None
    for index in ctx.indices_of(("he", "she", "they", "we", "i")):
        link, place = ctx.prev_word(index), ctx.next_word(index)
        of = None if place is None else ctx.next_word(place)
        if link is None or place is None or of is None or lower[link] not in ("and", "but"):
            continue
        if lower[place] not in _STATE_PREPOSITIONS or lower[of] != "of" or _gapped(ctx, link):
            continue
        if past is None:
            past = _narrates_in_past(ctx)
        be = _PASSIVE_BE[lower[index]][0 if past else 1]
        start, end, text = _span_text(ctx, index, place)
        fixed = f"{ctx.forms[index]} {be} {ctx.forms[place]}"
        yield Hit(start, end, f"“{be}” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "and" lost between two pasts around a name: "had saluted Vey looked at Sereth".
_NAMING = frozenset("named called dubbed christened nicknamed titled".split())


def _only_past(ctx: Context, word: str) -> bool:
    """ "looked", "fell", "ran": a regular past, or an irregular one that is never a participle ("gone",
    "been"); a form the treebanks lack is judged by "he fell" against "had fell"."""
    classes = word_classes()
    if word in _NOT_ACTIONS or word in _IRREGULAR_PARTICIPLES:
        return False
    if word.endswith("ed"):
        return True
    total = classes.total(word)
    if total or classes.knows(word) or word.endswith(("s", "ing", "ly")):
        return total > 0 and classes.count(word, ("VBD",)) == total
    model = ctx.model
    subject = model.pair("he", word) + model.pair("she", word)
    return subject > 0 and model.pair("had", word) * 10 < subject and model.pair("the", word) * 10 < subject


_PRONOUN_OBJECTS = frozenset("him them me us".split())
# Verbs whose object takes a participle after it: "had him arrested", "wanted it done", "left them stranded".
_COMPLEMENTS = frozenset(
    "wanted needed liked preferred found kept left got had saw heard watched felt considered imagined "
    "pictured believed declared pronounced".split()
)


def _dropped_and_after_named_object(ctx: Context) -> Iterator[Hit]:
    """ "The guards had saluted Vey looked at her": a past, a name (or "him") as its object, and a second past."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.words:
        pronoun = lower[index] in _PRONOUN_OBJECTS
        if not pronoun and (
            not ctx.forms[index][:1].isupper() or ctx.starts[index] or lower[index] in _SUBJECT_PRONOUNS
        ):
            continue
        verb, second = ctx.prev_word(index), ctx.next_word(index)
        # A regular past first: "had Lucy rehearsed", "said Brett was", "got Mike started" are English.
        if verb is None or second is None or not lower[verb].endswith("ed") or not _only_past(ctx, lower[second]):
            continue
        # "When school was dismissed Anne marched", "the mystified Marilla": a participle, not an action.
        before = ctx.prev_word(verb)
        if before is None or lower[before] in _COPULAS | _DETERMINERS | {"get", "got"} or lower[before].endswith("ly"):
            continue
        if lower[verb] in _REPORTING | _NAMING or not ctx.forms[verb].islower():
            continue
        if not pronoun and classes.knows(lower[index]) and not classes.can_be(lower[index], ("NNP",)):
            continue
        after = ctx.next_word(second)
        if after is None or lower[after] not in _AFTER_PROGRESSIVE | _OBJECT_PRONOUNS | {"off", "away"}:
            continue
        # "found him gone", "kept it hidden": after a pronoun a participle may describe it, unless it takes an
        # object of its own ("grabbed him pulled him close").
        if pronoun and (lower[after] not in _OBJECT_PRONOUNS | _OBJECT_DETERMINERS or lower[verb] in _COMPLEMENTS):
            continue
        start, end, text = _span_text(ctx, index, second)
        fixed = f"{ctx.forms[index]} and {ctx.forms[second]}"
        yield Hit(start, end, f"“and” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "to" lost between two bare verbs: "you have to run catch up".
# Verbs that take a bare verb in speech: "go get", "come see", "help carry", "let go", "make do".
_BARE_VERB_TAKERS = frozenset("go come help let make dare need try bid hear see watch feel".split())
# Verbs with idioms of a bare noun that is also a verb: "keep watch", "take care", "pay heed", "stand guard".
_BARE_NOUN_IDIOMS = frozenset("keep take pay give catch lose hold stand set raise sound".split())


def _dropped_to_between_verbs(ctx: Context) -> Iterator[Hit]:
    """ "to run catch up": an infinitive straight before a second base verb the model never pairs with it."""
    lower, model = ctx.lower, ctx.model
    for index in ctx.indices_of(("to",)):
        first = ctx.next_word(index)
        second = None if first is None else ctx.next_word(first)
        if (
            first is None
            or second is None
            or lower[first] in _BARE_VERB_TAKERS | _BARE_NOUN_IDIOMS | _REPORTING | _NOT_ACTIONS
        ):
            continue
        one, two = lower[first], lower[second]
        if model.pair(one, two) or two in _NOT_ACTIONS or _mostly_participle(two) or not ctx.forms[second].islower():
            continue
        # "to take leave", "to be calm", "to find shelter": the second word may be a noun or an adjective.
        if word_classes().can_be(two, (*NOUN, *ADJECTIVE, "@NOUN", "@ADJ")) or two in _OLD_NOUNS:
            continue
        after = ctx.next_word(second)
        if model.pair("the", two) * 5 >= model.pair("to", two) or (after is not None and lower[after] == "of"):
            continue  # "to justify want of spirit": a noun after all.
        if not (_is_base_verb(ctx, one, share=0.6) and _is_base_verb(ctx, two, share=0.8)):
            continue
        start, end, text = _span_text(ctx, first, second)
        fixed = f"{ctx.forms[first]} to {ctx.forms[second]}"
        yield Hit(start, end, f"“to” (or “and”) seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "and" lost between two verbs: "Pip yelped nearly dropped it", "she gasps almost drops the cup".
def _past_and_present(*lemmas: str) -> tuple[frozenset[str], frozenset[str]]:
    """The past and third-person present forms of regular verbs, which must agree across "and"."""
    forms = _forms(*lemmas)
    return frozenset(f for f in forms if f.endswith("ed")), frozenset(f for f in forms if f.endswith("s"))


# A startled sound or jolt (never a linking verb like "seemed nearly finished") ...
_STARTLED_PAST, _STARTLED_PRESENT = _past_and_present(
    "yelp", "gasp", "scream", "shriek", "squeak", "squeal", "squawk", "yell", "shout", "curse", "jump"
)
_STARTLED_PAST |= frozenset("flinched winced lurched jerked staggered stumbled tripped swore spun froze".split())
_STARTLED_PRESENT |= frozenset("flinches winces lurches jerks staggers stumbles trips swears spins freezes".split())
_STARTLED_PAST |= frozenset("cried yelped startled recoiled choked sputtered spluttered laughed".split())
_STARTLED_PRESENT |= frozenset("cries startles recoils chokes sputters splutters laughs".split())
# ... and then a mishap: "nearly dropped it", "almost fell".
_MISHAP_PAST = frozenset(
    "dropped fell tripped knocked spilled lost toppled fumbled bumped smacked banged crashed collapsed fainted "
    "slipped stumbled hit".split()
)
_MISHAP_PRESENT = frozenset(
    "drops falls trips knocks spills loses topples fumbles bumps smacks bangs crashes collapses faints slips "
    "stumbles hits".split()
)
_NEARLY = frozenset({"nearly", "almost"})


def _dropped_and_between_verbs(ctx: Context) -> Iterator[Hit]:
    """ "Pip yelped nearly dropped it": a startled verb and a mishap with no "and" (or comma) between."""
    lower = ctx.lower
    for index in ctx.indices_of(_STARTLED_PAST | _STARTLED_PRESENT):
        adverb = ctx.next_word(index)
        if adverb is None:
            continue
        second = ctx.next_word(adverb) if lower[adverb] in _NEARLY else adverb
        if second is None:
            continue
        mishaps = _MISHAP_PAST if lower[index] in _STARTLED_PAST else _MISHAP_PRESENT
        if lower[second] not in mishaps:
            continue
        # Without "nearly" the mishap must take its object: "yelped dropped it".
        following = ctx.next_word(second)
        if second == adverb and (
            following is None or lower[following] not in _OBJECT_DETERMINERS | _OBJECT_PRONOUNS | {"it"}
        ):
            continue
        start, end, text = _span_text(ctx, index, adverb)
        fixed = f"{ctx.forms[index]} and {ctx.forms[adverb]}"
        yield Hit(start, end, f"“and” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- a subject lost in a relative clause: "the ugliest bike have ever seen", "the best thing had ever tasted".
_UNIQUE = frozenset("only first last best worst".split())
_PERFECT = frozenset("have 've has had".split())


def _is_superlative(ctx: Context, word: str) -> bool:
    """ "best", "only", "ugliest": a superlative by the treebanks or by its adjective ("ugly", "big", "nice").

    A word the treebanks lack counts when the language model knows it after "the" and knows its stem.
    """
    classes = word_classes()
    if word in _UNIQUE or classes.can_be(word, ("JJS", "RBS")):
        return True
    if not word.endswith("est") or classes.knows(word):
        return False
    stem = word[:-3]
    adjectives = {stem, stem + "e", stem[:-1] + "y" if stem.endswith("i") else stem, stem[:-1]}
    if any(classes.is_adjective(adjective, share=0.6) for adjective in adjectives):
        return True
    model = ctx.model
    return model.pair("the", word) > 0 and any(
        not classes.knows(adjective) and model.count(adjective) >= 1_000_000 for adjective in adjectives
    )


def _dropped_relative_subject(ctx: Context) -> Iterator[Hit]:
    """ "the ugliest bike have ever seen": after a superlative and its noun, "have ever" needs a subject."""
    lower = ctx.lower
    for index in ctx.indices_of(("ever",)):
        auxiliary = ctx.prev_word(index)
        noun = None if auxiliary is None else ctx.prev_word(auxiliary)
        adjective = None if noun is None else ctx.prev_word(noun)
        if auxiliary is None or noun is None or adjective is None:
            continue
        if lower[auxiliary] not in _PERFECT or not _is_superlative(ctx, lower[adjective]):
            continue
        # A singular noun: "our wildest dreams had ever pictured" has its subject.
        if not _is_singular_noun(ctx, lower[noun]):
            continue
        verb = ctx.next_word(index)
        if verb is None or not _is_participle_or_past(lower[verb]):
            continue
        fixes: tuple[str, ...] = ()
        if lower[auxiliary] in ("have", "'ve"):
            fixes = (f"{ctx.forms[noun]} I have",)
        elif lower[auxiliary] == "has":
            fixes = (f"{ctx.forms[noun]} that has",)
        else:
            subject = _subject_pronoun_before(ctx, adjective)
            if subject is not None:
                fixes = (f"{ctx.forms[noun]} {'I' if subject == 'i' else subject} had",)
        start, end, text = _span_text(ctx, noun, auxiliary)
        yield Hit(start, end, f"A subject (or “that”) seems to be missing in “{text}”.", fixes, 0.7)


def _is_singular_noun(ctx: Context, word: str) -> bool:
    """A singular noun by the treebanks; one they lack ("bike") when "a" comes before it far more than "the"s."""
    classes = word_classes()
    total = classes.total(word)
    if total:
        return classes.count(word, ("NN",)) >= 0.6 * total
    if classes.knows(word) or word.endswith("s"):
        return False
    return ctx.model.pair("a", word) > 0 and ctx.model.pair("to", word) < ctx.model.pair("a", word) / 10


def _is_participle_or_past(word: str) -> bool:
    return word.endswith("ed") or _is_participle(word) or word_classes().can_be(word, ("VBN",))


# --- "is" or "was" lost after a wh-word: "forgotten what he doing".
_WH = frozenset("what where how why who".split())
_BE_AFTER = {"he": ("'s", "was"), "she": ("'s", "was"), "it": ("'s", "was"), "i": ("'m", "was")}
_BE_AFTER |= {"we": ("'re", "were"), "they": ("'re", "were")}


def _dropped_auxiliary_after_wh(ctx: Context) -> Iterator[Hit]:
    """ "forgotten what he doing": an embedded wh-clause with a bare -ing verb has lost "is"/"was".

    Only inside a sentence ("What you doing?" opening a line is dialect, and "you" is left out altogether).
    """
    lower, classes = ctx.lower, word_classes()
    past: bool | None = None
    for index in ctx.indices_of(_WH):
        pronoun = ctx.next_word(index)
        verb = None if pronoun is None else ctx.next_word(pronoun)
        if pronoun is None or verb is None or lower[pronoun] not in _BE_AFTER or _opens_sentence(ctx, index):
            continue
        word = lower[verb]
        if not word.endswith("ing") or word in _NOT_PROGRESSIVE or not classes.can_be(word, ("VBG",)):
            continue
        governor = ctx.prev_word(index)
        perfect = None if governor is None else ctx.prev_word(governor)
        if perfect is not None and lower[perfect] in _PERFECT | {"'s", "he's", "she's", "i've", "it's"}:
            is_past = lower[perfect] == "had"  # "he's forgotten what he doing": the present perfect.
        elif governor is not None and classes.total(lower[governor]) and classes.can_be(lower[governor], _FINITE):
            is_past = classes.count(lower[governor], ("VBD",)) > classes.count(lower[governor], (*BASE_VERB, "VBZ"))
        else:
            if past is None:
                past = _narrates_in_past(ctx)
            is_past = past
        contracted, full = _BE_AFTER[lower[pronoun]]
        subject = ctx.forms[pronoun]
        be = f"{subject} {full}" if is_past else f"{subject}{contracted}"
        start, end, text = _span_text(ctx, index, verb)
        fixed = f"{ctx.forms[index]} {be} {ctx.forms[verb]}"
        yield Hit(start, end, f"“is” or “was” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- an article lost after "there's" or "it was": "There's hole in the housing".
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


def _dropped_article_after_there(ctx: Context) -> Iterator[Hit]:
    """ "There's hole in the wall", "It was trap for us": a singular count noun with no article."""
    lower = ctx.lower
    for index in ctx.indices_of(_PRESENTING | {"is", "was"}):
        before = ctx.prev_word(index)
        if lower[index] in ("is", "was") and (before is None or (lower[before], lower[index]) not in _PRESENTING_PAIRS):
            continue
        noun = ctx.next_word(index)
        after = None if noun is None else ctx.next_word(noun)
        if noun is None or after is None or lower[after] not in _PLACE_AFTER_NOUN or not ctx.forms[noun].islower():
            continue
        word = lower[noun]
        if word in _BARE_AFTER_THERE or not _is_count_noun(ctx, word):
            continue
        article = "an" if word[0] in "aeio" else "a"
        start, end, text = _span_text(ctx, index if before is None or lower[index] in _PRESENTING else before, noun)
        fixed = f"{ctx.text[start : ctx.spans[index].end]} {article} {ctx.forms[noun]}"
        yield Hit(start, end, f"An article seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "was"/"were" lost before a passive: "men who thought they made of iron", "she covered in mud".
# Participles that never take an object straight after them, so only the passive reading is left.
_PASSIVE_ONLY = {
    "born": frozenset({"in", "on", "into", "to"}),
    "covered": frozenset({"in", "with"}),
    "drenched": frozenset({"in", "with"}),
    "coated": frozenset({"in", "with"}),
    "smeared": frozenset({"with"}),
    "surrounded": frozenset({"by"}),
    "trapped": frozenset({"in", "under", "inside"}),
    "made": frozenset({"of"}),
}
# "made of" has a reading with an object ("the use she made of it", "what are they made of?"), so it must
# follow a verb or a conjunction that opens a clause: "thought they made of iron".
_OPENS_CLAUSE = frozenset(
    "thought think thinks believed believe believes said says knew know felt feel that because if as and but so "
    "while when".split()
)
_PASSIVE_BE = {"i": ("was", "am"), "he": ("was", "is"), "she": ("was", "is"), "it": ("was", "is")}
_PASSIVE_BE |= {"we": ("were", "are"), "they": ("were", "are")}


def _dropped_passive_be(ctx: Context) -> Iterator[Hit]:
    """ "she covered in mud", "they made of iron": a subject pronoun before a passive-only participle."""
    lower = ctx.lower
    past: bool | None = None
    for index in ctx.indices_of(_PASSIVE_ONLY):
        pronoun, after = ctx.prev_word(index), ctx.next_word(index)
        if pronoun is None or after is None or lower[pronoun] not in _PASSIVE_BE:
            continue
        if lower[after] not in _PASSIVE_ONLY[lower[index]]:
            continue
        before = ctx.prev_word(pronoun)
        if lower[index] == "made" and (before is None or lower[before] not in _OPENS_CLAUSE):
            continue
        if past is None:
            past = _narrates_in_past(ctx)
        be = _PASSIVE_BE[lower[pronoun]][0 if past else 1]
        start, end, text = _span_text(ctx, pronoun, index)
        fixed = f"{ctx.forms[pronoun]} {be} {ctx.forms[index]}"
        yield Hit(start, end, f"“{be}” seems to be missing in “{text}”.", (fixed,), 0.7)


def _dropped_be_after_going_to(ctx: Context) -> Iterator[Hit]:
    """ "it's going to okay", "you're gonna fine": "be" lost before an adjective that ends the clause."""
    lower = ctx.lower
    for index in ctx.indices_of(_ALWAYS_ADJECTIVES):
        to, after = ctx.prev_word(index), ctx.next_word(index)
        if to is None:
            continue
        going = ctx.prev_word(to) if lower[to] == "to" else None
        if not (lower[to] == "gonna" or (going is not None and lower[going] == "going")):
            continue
        # "going to fine him": "fine" the verb takes an object.
        if after is not None and lower[after] not in _CLAUSE_END:
            continue
        start, end, text = _span_text(ctx, to, index)
        fixed = f"{ctx.forms[to]} be {ctx.forms[index]}"
        yield Hit(start, end, f"“be” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "made way to the door", "pushed way through": the path a subject takes is always its own ("her way");
# "made way for the carriage" (stood aside) and "found ways" are English.
_WAY_VERBS = frozenset(
    "made make makes making found find finds finding pushed push pushes pushing fought fight fights fighting "
    "picked pick picks picking worked work works working wound wind winds winding elbowed shouldered threaded "
    "wove weave weaves weaving felt feel feels feeling forced force forces forcing".split()
)
_WAY_DIRECTIONS = frozenset(
    "to toward towards through across down up into back out over along around home inside outside".split()
)


def _dropped_possessive_before_way(ctx: Context) -> Iterator[Hit]:
    """ "She made way to the door": "way" after a verb of moving needs the mover's possessive."""
    lower = ctx.lower
    for index in ctx.indices_of(("way",)):
        verb, after = ctx.prev_word(index), ctx.next_word(index)
        if verb is None or after is None or lower[verb] not in _WAY_VERBS or lower[after] not in _WAY_DIRECTIONS:
            continue
        before = _word_across_lines(ctx, verb)
        if before is not None and (lower[before] in _NOT_BEFORE_GESTURE or lower[before].endswith(("'s", "s'"))):
            continue
        owner = _owner_possessive(ctx, verb)
        start, end, text = _span_text(ctx, verb, index)
        fixes = () if owner is None else (f"{ctx.forms[verb]} {owner} {ctx.forms[index]}",)
        yield Hit(start, end, f"A possessive (“his”, “her”) seems to be missing in “{text}”.", fixes, 0.7)


# --- "What's wrong you?", "What's the matter him?": "with" lost before the person.
_WRONG_BEFORE = frozenset("what's something's nothing's is was anything something nothing".split())


def _dropped_with_after_wrong(ctx: Context) -> Iterator[Hit]:
    """ "what's wrong you", "the matter him": "wrong" and "the matter" take "with" before a pronoun."""
    lower = ctx.lower
    for index in ctx.indices_of(("wrong", "matter")):
        before, pronoun = ctx.prev_word(index), ctx.next_word(index)
        if before is None or pronoun is None or lower[pronoun] not in _OBJECT_PRONOUNS:
            continue
        # "You wrong me": "wrong" the verb, straight after its subject.
        if lower[index] == "wrong" and lower[before] not in _WRONG_BEFORE:
            continue
        if lower[index] == "matter" and lower[before] != "the":
            continue
        start, end, text = _span_text(ctx, index, pronoun)
        fixed = f"{ctx.forms[index]} with {ctx.forms[pronoun]}"
        yield Hit(start, end, f"“with” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "rubbed back of his neck", "pinched bridge of her nose": "the" lost before a region of the body.
_BODY_REGIONS = frozenset("back bridge nape small crook curve hollow".split())
_TOUCHES = _GESTURES | _forms("pinch", "stroke", "massage", "touch", "kiss", "cup", "grab", "brush", "tap", "squeeze")


def _dropped_the_before_body_region(ctx: Context) -> Iterator[Hit]:
    """ "rubbed back of his neck": a touching verb, a region noun and "of" need "the" between."""
    lower = ctx.lower
    for index in ctx.indices_of(_BODY_REGIONS):
        verb, after = ctx.prev_word(index), ctx.next_word(index)
        if verb is None or after is None or lower[verb] not in _TOUCHES or lower[after] != "of":
            continue
        owner = ctx.next_word(after)
        if owner is None or lower[owner] not in _POSSESSIVES:
            continue
        before = _word_across_lines(ctx, verb)
        if before is not None and (lower[before] in _NOT_BEFORE_GESTURE or lower[before].endswith(("'s", "s'"))):
            continue
        start, end, text = _span_text(ctx, verb, index)
        fixed = f"{ctx.forms[verb]} the {ctx.forms[index]}"
        yield Hit(start, end, f"“the” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "and" lost before a clause's second present verb: "She digs a note out of her pocket slaps it down".
# A verb of saying or knowing may take a clause without "that" ("she says his brother owns it").
_REPORTING = (
    _forms(
        "say", "think", "know", "believe", "hope", "guess", "figure", "swear", "notice", "see", "feel", "mean", "bet"
    )
    | _forms(
        "reckon", "realize", "realise", "remember", "forget", "suspect", "decide", "admit", "insist", "claim", "hear"
    )
    | _forms(
        "promise", "find", "learn", "understand", "worry", "fear", "doubt", "wish", "pretend", "suggest", "explain"
    )
    | _forms("agree", "argue", "assume", "imagine", "suppose", "tell", "warn", "remind", "make", "let", "watch")
)
_CLAUSE_BREAKS = (
    _CLAUSE_OPENERS
    | _CLAUSE_LINKS
    | frozenset(
        "that which who whom whose where what how why if though although whether since until unless like or nor".split()
    )
)
_SECOND_VERB_OBJECTS = frozenset("it him her them me us".split()) | _OBJECT_DETERMINERS


def _is_present_verb(ctx: Context, word: str) -> bool:
    """A third-person present verb ("digs", "slaps"), by its own tags or, unseen, by its stem ("dig")."""
    if word in _REPORTING or not word.endswith("s"):
        return False
    if _is_third_person_verb(ctx, word):
        return True
    classes = word_classes()
    if classes.knows(word):
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    # A stem the treebanks lack is a verb when the language model has "to slap" more often than "the slap".
    return any(
        classes.is_base_verb(stem, share=0.6)
        or (not classes.knows(stem) and ctx.model.pair("to", stem) > ctx.model.pair("the", stem))
        for stem in stems
    )


def _verb_before_object(ctx: Context, index: int) -> bool:
    """ "drops it", "hands him": an -s word that is also a verb ("drop") before an object pronoun."""
    word, after = ctx.lower[index], ctx.next_word(index)
    if not word.endswith("s") or after is None or ctx.lower[after] not in ("it", "him", "them", "me", "us"):
        return False
    return word[:-1] not in _REPORTING and word_classes().can_be(word[:-1], (*BASE_VERB, "@VERB"))


def _is_noun(word: str) -> bool:
    """A noun by its own tags and its lemma counts ("pocket")."""
    classes = word_classes()
    counts = classes.table.get(word, {})
    everything = sum(counts.values())
    return everything >= 2 and classes.count(word, (*NOUN, "@NOUN")) >= 0.8 * everything


def _has_actor(ctx: Context, verb: int) -> bool:
    """ "she digs", "Vesna digs", "Vesna sighs, digs": a verb straight after its person or after a comma
    that closes an earlier action of the same person."""
    before = verb - 1
    if before < 0:
        return False
    if ctx.forms[before] == ",":
        action = before - 1
        return action >= 0 and ctx.is_word[action] and ctx.lower[action].endswith("s") and _has_actor(ctx, action)
    if ctx.prev_word(verb) != before:
        return False
    word = ctx.lower[before]
    return word in ("he", "she") or (
        ctx.forms[before][:1].isupper() and word not in _DETERMINERS and word not in _SUBJECT_PRONOUNS
    )


def _dropped_and_before_second_verb(ctx: Context) -> Iterator[Hit]:
    """ "She digs a note out of her pocket slaps it down": "he/she + verb ... noun + verb + object" with no
    conjunction, comma or relative word anywhere between the two verbs."""
    lower = ctx.lower
    for first in ctx.words:
        if not lower[first].endswith("s") or not _has_actor(ctx, first) or not _is_present_verb(ctx, lower[first]):
            continue
        position, previous = ctx.next_word(first), first
        while position is not None and lower[position] not in _CLAUSE_BREAKS:
            word = lower[position]
            if _is_present_verb(ctx, word) or word in _AUXILIARY_S or _verb_before_object(ctx, position):
                break
            # "takes the cup the girl gives him": a noun straight before a determiner opens a relative clause.
            if word in _DETERMINERS and previous != first and _is_noun(lower[previous]):
                position = None
                break
            previous, position = position, ctx.next_word(position)
        if position is None or previous == first or lower[position] in _CLAUSE_BREAKS:
            continue
        second, noun = position, lower[previous]
        after = ctx.next_word(second)
        if after is None or lower[after] not in _SECOND_VERB_OBJECTS or lower[second] in _AUXILIARY_S:
            continue
        # The second verb follows a noun that ends the first verb's phrase ("her pocket slaps").
        if not _is_noun(noun) or not ctx.forms[previous].islower():
            continue
        start, end, text = _span_text(ctx, previous, second)
        fixed = f"{ctx.forms[previous]} and {ctx.forms[second]}"
        yield Hit(start, end, f"“and” seems to be missing in “{text}”.", (fixed,), 0.7)


RULE = Rule(
    id="grammar.missing_word",
    category="grammar",
    description='A dropped subject, article, auxiliary, verb, "to" or "of".',
    find=find,
    bad=(
        Example("She froze when noticed the door was open."),
        Example("He leaned against door.", "He leaned against the door."),
        Example("Jo finally spoke said nothing."),
        Example("She sat on bed, crying.", "She sat on the bed, crying."),
        Example("He looked at like I was mad."),
        Example("There was a box I didn't want look at.", "There was a box I didn't want to look at."),
        Example("I only wanted you have a choice.", "I only wanted you to have a choice."),
        Example("He laughed hard enough drop his cup.", "He laughed hard enough to drop his cup."),
        Example("He sitting on the step when I came.", "He was sitting on the step when I came."),
        Example("I knew she couldn't the answer."),
        Example("You'll be sorry for rest of the week.", "You'll be sorry for the rest of the week."),
        Example("A laugh caught in the back her throat.", "A laugh caught in the back of her throat."),
        Example("You look like proper knight.", "You look like a proper knight."),
        Example("It was first time she had lied.", "It was the first time she had lied."),
        Example("Tom stays until gets bored."),
        Example("When lift the lid, you hear it hum.", "When you lift the lid, you hear it hum."),
        Example("I should known better.", "I should have known better."),
        Example("Don't worry, she'll fine.", "Don't worry, she'll be fine."),
        Example("One them was limping.", "One of them was limping."),
        Example("All of sudden the lamp went out.", "All of a sudden the lamp went out."),
        Example("He took deep breath.", "He took a deep breath."),
        Example("I need go home.", "I need to go home."),
        Example("He lied in order get in.", "He lied in order to get in."),
        Example("I had no idea what do.", "I had no idea what to do."),
        Example("It was one of best nights.", "It was one of the best nights."),
        Example("There were a lot people.", "There were a lot of people."),
        Example("They laughed at same time.", "They laughed at the same time."),
        Example("He ran like idiot.", "He ran like an idiot."),
        Example("For first time, she smiled.", "For the first time, she smiled."),
        Example("We walked all way home.", "We walked all the way home."),
        Example("She shook head.", "She shook her head."),
        Example("Pip yelped nearly dropped it.", "Pip yelped and nearly dropped it."),
        Example("It's the ugliest bike have ever seen.", "It's the ugliest bike I have ever seen."),
        Example("He forgot what he doing.", "He forgot what he was doing."),
        Example("They stood in the middle the road.", "They stood in the middle of the road."),
        Example("About forty them came.", "About forty of them came."),
        Example("I slept most the day.", "I slept most of the day."),
        Example("She didn't know what say.", "She didn't know what to say."),
        Example("He stopped. There's hole in the tank.", "He stopped. There's a hole in the tank."),
        Example("Men who thought they made of iron fell.", "Men who thought they were made of iron fell."),
        Example("Hey, it's going to okay.", "Hey, it's going to be okay."),
        Example("He waited in front the shop.", "He waited in front of the shop."),
        Example("She made way to the door.", "She made her way to the door."),
        Example("What's wrong you?", "What's wrong with you?"),
        Example("He rubbed back of his neck.", "He rubbed the back of his neck."),
        Example("She slammed him against locker.", "She slammed him against the locker."),
        Example(
            "She digs a coin out of her pocket slaps it down.", "She digs a coin out of her pocket and slaps it down."
        ),
        Example("He wants you come home.", "He wants you to come home."),
        Example("She did not seem notice.", "She did not seem to notice."),
        Example("You have to run catch up.", "You have to run to catch up."),
        Example("I bumped head on the shelf.", "I bumped my head on the shelf."),
        Example("Jo slapped me the back.", "Jo slapped me on the back."),
        Example("And then I dropped bag.", "And then I dropped the bag."),
        Example("She scratched Rex behind ears.", "She scratched Rex behind the ears."),
        Example("It hissed like kettle on a stove.", "It hissed like a kettle on a stove."),
        Example("She ran, and she out of breath.", "She ran, and she was out of breath."),
        Example("They had greeted Ana walked on.", "They had greeted Ana and walked on."),
        Example("I'm ready go.", "I'm ready to go."),
    ),
    good=(
        "She froze when she noticed the door was open.",
        "He leaned against the door.",
        "Jo finally spoke and said nothing.",
        "When asked, she smiled.",
        "He stayed in bed. They sat at table. She lived on floor three.",
        "He looked at me like I was mad.",
        "She didn't want to look. Let him go; he made her laugh.",
        "I expect you know the way. Sure enough the door opened.",
        'She, sitting by the fire, smiled. Being late, he ran. "You sitting with us?"',
        "Didn't the doctor say so? I haven't the faintest idea.",
        "She stood in front of the house on top of the hill. In the end his nerve failed.",
        "They looked like proper knights. It was the same. It was first light.",
        "When does the train go? Because trust me, the ending is worth it.",
        "It can't last. They would separate. You'd better go.",
        "She waited for while he slept. It was as sudden as rain. Minute after minute, it passed.",
        "Stories began to surface of his temper. Garak's first time.",
        "You need have no fear. All you need do is ask. He knew what rent to ask.",
        "I spent most of last week there. It helped a lot lately.",
        "I like baby animals. Like father, like son. I was on my way to school.",
        "They shook hands. She sat with folded arms. They stood shoulder to shoulder.",
        "He seemed nearly finished. The first use she made of it. What are they made of?",
        "What you doing? In the middle the kids played. She sat in the back the whole ride.",
        "There was blood on the floor. There's room for one. At most the size of a coin.",
        "He takes the cup the girl gives him. She says his brother owns it. She grabs it and slaps it down.",
        "He wanted you gone. He did not seem tired. Go get him. Try to be calm. She fell head over heels.",
        "She gave him the finger. He looked grave. It felt like home. She was out of breath and he out of sorts.",
        "A man named Tom looked at me. I never laid eyes on him. She crawled on hands and knees.",
    ),
)
