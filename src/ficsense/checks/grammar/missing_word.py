"""grammar.missing_word — a word dropped in revision where the grammar is clearly broken.

Each shape is a context edited English never produces: "when noticed the door" (a subject lost between
"when" and an active past verb, or before a past that is never a participle, "while went to"; or before a
present verb, "until gets bored", "when open the drawer"), "leaned against door" (an article lost before a
countable household noun that ends its phrase), "Jo finally spoke said" (two speech verbs in a row),
"didn't want look at" / "wanted you have" / "hard enough drop" / "in order get" / "no idea what do" ("to"
lost before a bare verb), "She sitting in the chair" (a lost "was"), "she couldn't the mallet" (a lost
verb), "I should known" / "she'll fine" (a lost "have" or "be"), "for rest of" and "in the back his throat"
(a lost "the" or "of" around a part-of noun), "one them", "a lot people" (a lost "of"), "like proper
rider", "was same", "one of best", "all of sudden", "for while." (a lost article). Word classes come from
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
    r"bench|windowsill|doorstep|porch|balcony|roof|stool)\b"
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


# --- "to" lost before a verb: "didn't want look at", "hard enough drop a bolt", "I'm going tell him".
# Each of these words takes "to" before a base verb and never the bare verb.
_TAKES_TO = frozenset(
    "want wanted wanting going trying tried try used needed able supposed ought decided managed refused "
    "promised hoped planned agreed pretended offered attempted failed began begun started continued forgot "
    "learned learnt seemed seems seem happened deserved afford enough got need".split()
)
# "got" and "need" only after their subject: "I've got go", "we need go" ("no one need know" is modal).
# "Have" and "had" before a bare verb are left alone: "has build" is as often "has built", and "a person to
# have visit you", "had hold of" are English.
_HAVE_TO = {"got": frozenset("i've you've we've they've".split()), "need": frozenset("i you we they".split())}
# Modal "need" takes a bare verb before a negative word: "you need have no fear", "we need go no further".
_NEGATIVE_POLARITY = frozenset("no not nothing none never only hardly but any anything further".split())
# "Sure enough the door opened": a sentence adverb, not a degree; "cannot enough thank", "very decided praise".
_NOT_BEFORE_TRIGGER = frozenset(
    "sure oddly funnily strangely curiously interestingly naturally fair true cannot not never very so more most "
    "too quite rather".split()
)
# Nouns as well as verbs in older prose: "we don't want leave" (permission).
_OLD_NOUNS = frozenset({"leave"})
# "the planned attack", "a failed escape": the participle is an adjective before a noun.
_DETERMINERS = frozenset("the a an his her their my your our its this that these those some no".split())
# Verbs whose object may be followed by a bare verb are correct: "let him go", "made her laugh".
_TAKES_OBJECT_TO = frozenset(
    "want wants wanted wanting asked ask asks asking told tell tells telling needed allowed allow allows "
    "forced begged ordered urged encouraged persuaded reminded taught warned invited expected".split()
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


def _span_text(ctx: Context, first: int, last: int) -> tuple[int, int, str]:
    start, end = ctx.spans[first].start, ctx.spans[last].end
    return start, end, ctx.text[start:end]


def _dropped_to(ctx: Context) -> Iterator[Hit]:
    """ "wanted look", "enough drop", "wanted you have": a verb that needs "to" before a bare verb."""
    lower, model = ctx.lower, ctx.model
    for index in ctx.indices_of(_TAKES_TO):
        verb = ctx.next_word(index)
        before = ctx.prev_word(index)
        if verb is None or (before is not None and lower[before] in _DETERMINERS | _NOT_BEFORE_TRIGGER):
            continue
        trigger, word = lower[index], lower[verb]
        if trigger in _HAVE_TO and (before is None or lower[before] not in _HAVE_TO[trigger]):
            continue
        if word in _OLD_NOUNS or _may_be_participle(word) or model.pair(trigger, word) or not model.pair("to", word):
            continue
        if not _is_base_verb(ctx, word) or ctx.text[ctx.spans[index].end : ctx.spans[verb].start] != " ":
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
        if not _is_base_verb(ctx, word, share=0.8) or _may_be_participle(word) or not model.pair("to", word):
            continue
        start, end, text = _span_text(ctx, index, verb)
        fixed = f"{ctx.text[start : ctx.spans[pronoun].end]} to {ctx.text[ctx.spans[verb].start : end]}"
        yield Hit(start, end, f"“to” seems to be missing in “{text}”.", (fixed,), 0.7)


# --- "to" lost inside a phrase: "too tired move", "in order get", "didn't know what do".
_WH_INFINITIVE = frozenset("how what where whether".split())
_KNOWING = frozenset(
    "know knew knows knowing sure wonder wondered wondering idea decide decided figure figured learn learned "
    "learnt unsure".split()
)


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
            if before is None or lower[before] not in _KNOWING:
                continue
        if verb is None or (head != "too" and lower[verb] in _NOT_SUBJECTLESS):
            continue
        word = lower[verb]
        if not _is_base_verb(ctx, word, share=0.8) or _may_be_participle(word) or not ctx.model.pair("to", word):
            continue
        if adjective is not None and ctx.model.pair(lower[adjective], word):
            continue
        # "knew what rent it might fetch", "the too common neglect": a noun or adjective may follow instead.
        if head in ("too", "what") and (
            not classes.knows(word)
            or classes.count(word, (*NOUN, *ADJECTIVE, "@NOUN", "@ADJ"))
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
    "rest middle edge end bottom centre center remainder top front back side corner base tip surface".split()
)
_PLACE_PREPOSITIONS = frozenset(
    "in at on to for from into onto toward towards across along near around through over under by with during "
    "until till throughout past behind beside".split()
)
# Bare on purpose: "on top of", "in front of", "in back of", "at length".
_BARE_PARTS = frozenset({("on", "top"), ("in", "front"), ("in", "back"), ("at", "bottom"), ("by", "side")})
_POSSESSIVES = frozenset("his her their my your its our".split())


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
        elif lower[before] == "the" and lower[after] in _POSSESSIVES and noun != "end":
            # "In the back his brother slept": a fronted place phrase may run into the clause's subject.
            preposition = ctx.prev_word(before)
            if preposition is None or _opens_sentence(ctx, preposition):
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
        elif noun is None or lower[noun] not in _PERSON_NOUNS or not classes.is_adjective(lower[adjective]):
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


# --- "of" lost after a quantity: "one them", "some us".
_QUANTITIES = frozenset("one some none each most many few either neither any several".split())


def _dropped_of_after_quantity(ctx: Context) -> Iterator[Hit]:
    """ "one them was", "none us knew": a quantity takes "of" before an object pronoun."""
    lower = ctx.lower
    for index in ctx.indices_of(("them", "us")):
        quantity = ctx.prev_word(index)
        if quantity is None or lower[quantity] not in _QUANTITIES:
            continue
        start, end, text = _span_text(ctx, quantity, index)
        fixed = f"{ctx.forms[quantity]} of {ctx.forms[index]}"
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
    r"|(?P<l>in|during)\s+(?P<nl>morning|afternoon|evening)(?=\s*[.,;:!?…—\"”]))",
    re.IGNORECASE,
)
_THE_IDIOMS = frozenset("hijkl")


def _dropped_article_in_idiom(ctx: Context) -> Iterator[Hit]:
    """Set phrases that always carry an article: "all of a sudden", "for a while", "all the way home"."""
    text = ctx.text
    for match in _ARTICLE_IDIOMS.finditer(text):
        group = next(name for name in "abcdefghijkl" if match.group(name))
        before, noun = match.group(group), match.group("n" + group)
        # "minute after minute", "smile after smile": a noun repeated on purpose.
        if re.search(rf"\b{re.escape(noun)}\s+$", text[max(0, match.start() - len(noun) - 2) : match.start()], re.I):
            continue
        start, end = match.span()
        article = "the" if group in _THE_IDIOMS else "a"
        fixed = f"{before} {article} {noun}"
        yield Hit(start, end, f"“{article}” seems to be missing in “{match.group(0)}”.", (fixed,), 0.7)


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
    ),
)
