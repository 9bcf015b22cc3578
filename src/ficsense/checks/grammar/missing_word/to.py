"""A lost "to": "didn't want look at", "wants you come", "hard enough drop", "in order get", "what do next",
"to run catch up", "try not sound like", "seems actually like it".

Words that take "to" before a verb ("want", "going", "enough", "ready") are followed straight by a bare verb;
the bare verb must also be absent from the language model's pairs with the word before it, so that "want
help" and "going home" stay quiet.
"""

from __future__ import annotations

from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import (
    missing,
    missing_between,
    verbatim,
    word_after,
    word_before,
)
from ficsense.checks.grammar.missing_word.vocabulary import (
    ADJECTIVES_TAKING_TO,
    COPULAS,
    DETERMINERS,
    IRREGULAR_PARTICIPLES,
    NOT_ACTIONS,
    NOT_SUBJECTLESS,
    OBJECT_DETERMINERS,
    OBJECT_PRONOUNS,
    REPORTING,
    TAKES_TO,
    TIME_AFTER_ARTICLE,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import ADJECTIVE, BASE_VERB, NOUN, word_classes

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


# Verbs whose object may be followed by a bare verb are correct: "let him go", "made her laugh".
_TAKES_OBJECT_TO = frozenset(
    "want wants wanted wanting asked ask asks asking told tell tells telling needed allowed allow allows "
    "forced begged ordered urged encouraged persuaded reminded taught warned invited expected expects needs "
    "convinced challenged trusted caused instructed advised requested".split()
)


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
    return any(word.endswith(participle) for participle in IRREGULAR_PARTICIPLES | {"come", "run"})


def _mostly_participle(word: str) -> bool:
    """ "gone", "found", "hurt": a form seen as a participle or past at least half as often as a base verb."""
    classes = word_classes()
    if word in IRREGULAR_PARTICIPLES or word.endswith("ed"):
        return True
    return 2 * classes.count(word, ("VBN", "VBD")) > classes.count(word, BASE_VERB)


# Words after which only a verb (with "to") or an adjective can come: "seem", never "seem part".
_LINKING = frozenset("seem seems seemed appear appears appeared".split())


_CONFIRMING_OBJECTS = frozenset("it them him me us".split())


# Verbs that take "to" before a verb besides those the other rules share: "waiting be fed", "didn't bother knock".
_MORE_TAKES_TO = frozenset(
    "wait waits waited waiting bother bothered bothering meaning dying hesitate "
    "hesitated hesitates struggled struggling struggle threatened threatening refuse refused refusing decide "
    "deciding manage managing pretend pretending plan planning planned seeming expecting".split()
)


def _verb_by_model(ctx: Context, trigger: str, verb: int) -> bool:
    """ "wanted yell", "want talk": a word that may be a noun, far likelier after "to" than after "the".

    The trigger and the word were never paired by the model, and a verb that takes "to" has no use for a bare
    noun the model rarely puts after "the".
    """
    word, model = ctx.lower[verb], ctx.model
    if trigger in ADJECTIVES_TAKING_TO or trigger in ("enough", "about") or trigger in _LINKING:
        return False
    classes = word_classes()
    if classes.can_be(word, (*ADJECTIVE, "@ADJ", "RB")) or _mostly_participle(word) or word.endswith("ly"):
        return False
    if not classes.knows(word) or (
        not classes.can_be(word, (*BASE_VERB, "@VERB"))
        or classes.count(word, ("@NOUN",)) > classes.count(word, ("@VERB",))
    ):
        return False
    # "I need sleep.": a mass noun may end the clause; a verb goes on to its object or its preposition.
    return ctx.next_word(verb) is not None and model.pair("to", word) >= 10 * max(model.pair("the", word), 1)


def _verb_before_object(ctx: Context, trigger: str, verb: int) -> bool:
    """ "going open it", "wanted clean the cut": a word that is also an adjective, made a verb by its object."""
    classes, word = word_classes(), ctx.lower[verb]
    if trigger in _LINKING or trigger in ADJECTIVES_TAKING_TO or trigger == "enough":
        return False
    if not classes.can_be(word, BASE_VERB) or _mostly_participle(word) or word.endswith("ly"):
        return False
    after = ctx.next_word(verb)
    return after is not None and ctx.lower[after] in _CONFIRMING_OBJECTS


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
    if ctx.lower[after] in OBJECT_DETERMINERS - {"her"}:
        # "forgot lock the door"; but "tried pizza the other day" is a noun and a time phrase.
        following = ctx.next_word(after)
        return following is not None and ctx.lower[following] not in TIME_AFTER_ARTICLE
    return ctx.lower[after] in _CONFIRMING_OBJECTS


def _to_lost(ctx: Context, first: int, before: int, verb: int) -> Hit:
    """ "to" lost before the bare verb at `verb`, after token `before`; the phrase runs from `first`.

    The fix keeps the words as written, apostrophes included, up to `before` and from `verb`.
    """
    fixed = f"{verbatim(ctx, first, before)} to {verbatim(ctx, verb, verb)}"
    return missing(ctx, first, verb, "“to”", (fixed,))


def dropped_to(ctx: Context) -> Iterator[Hit]:
    """ "wanted look", "enough drop", "wanted you have": a verb that needs "to" before a bare verb."""
    lower, model = ctx.lower, ctx.model
    for index in ctx.indices_of(TAKES_TO | _MORE_TAKES_TO):
        verb = ctx.next_word(index)
        before = ctx.prev_word(index)
        trigger = lower[index]
        # "did not seem notice": a negation only rules out "enough" ("cannot enough thank").
        blockers = _NOT_BEFORE_TRIGGER if trigger == "enough" else _NOT_BEFORE_TRIGGER - _NEGATIONS
        if verb is None or (before is not None and lower[before] in DETERMINERS | blockers):
            continue
        word = lower[verb]
        if trigger in _HAVE_TO and (before is None or lower[before] not in _HAVE_TO[trigger]):
            continue
        if trigger in ADJECTIVES_TAKING_TO and (not ctx.forms[index].islower() or word == "be"):
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
        if not (
            _is_base_verb(ctx, word)
            or _verb_by_company(ctx, trigger, verb)
            # "tried Miss Pole": a capital makes a name of what could be a verb.
            or (ctx.forms[verb].islower() and _verb_by_model(ctx, trigger, verb))
            or (ctx.forms[verb].islower() and _verb_before_object(ctx, trigger, verb))
        ):
            continue
        if trigger == "need" and (word == "do" or _before_negative(ctx, verb)):
            continue
        # "hard enough drop": "enough" grading an adjective or adverb; "Troubles enough lay ahead" is not that.
        if trigger == "enough" and not (before is not None and _grades(lower[before])):
            continue
        yield _to_lost(ctx, index, index, verb)
    for index in ctx.indices_of(_TAKES_OBJECT_TO):
        pronoun = ctx.next_word(index)
        verb = word_after(ctx, pronoun)
        if pronoun is None or verb is None or lower[pronoun] not in OBJECT_PRONOUNS:
            continue
        # "so convinced you think", "was told you know": a participle as adjective may take a clause.
        before = ctx.prev_word(index)
        if before is not None and lower[before] in COPULAS | _NOT_BEFORE_TRIGGER:
            continue
        word = lower[verb]
        if word in _OLD_NOUNS or word == lower[index]:
            continue
        if lower[pronoun] == "you" and (word in _CLAUSE_AFTER_YOU or lower[index] in _CLAUSE_VERBS):
            continue
        # "wants you come": "come" is also a participle, but far more often the base verb ("wanted you gone" is not).
        if not _is_base_verb(ctx, word, share=0.7) or _mostly_participle(word) or not model.pair("to", word):
            continue
        yield _to_lost(ctx, index, pronoun, verb)
    yield from _dropped_to_after_modifier(ctx)


# "try not sound", "seems actually like it": a negation or an adverb between the verb that takes "to" and its
# infinitive. Modal "need not go", "dare not look" and "ought not go" need no "to".
_BETWEEN_TRIGGER_AND_VERB = frozenset("not never actually really even finally always also just".split())


_NO_TO_AFTER_NOT = frozenset("need dare ought".split())


_EMPHASIS_MARKS = frozenset("* ** _ __".split())


def _word_after_emphasis(ctx: Context, index: int) -> int | None:
    """The next word, looking through a Markdown emphasis mark: "seems actually *like* it"."""
    after = ctx.next_word(index)
    mark = index + 1
    if after is not None or mark >= len(ctx.forms) or ctx.forms[mark] not in _EMPHASIS_MARKS:
        return after
    word = ctx.next_word(mark)
    if word is None and mark + 1 < len(ctx.forms) and ctx.is_word[mark + 1]:
        word = mark + 1
    return word


def _verb_after_modifier(ctx: Context, verb: int) -> bool:
    """A verb after "not" or an adverb: a base verb seldom anything else, or one whose object pronoun follows.

    "seems actually like it": "like" is mostly a preposition, but not before an object pronoun that ends the
    clause ("seems really like him to" stays quiet).
    """
    classes, word = word_classes(), ctx.lower[verb]
    if _mostly_participle(word) or word.endswith("ly") or not ctx.model.pair("to", word):
        return False
    if word not in NOT_ACTIONS and _is_base_verb(ctx, word):
        return True
    if not classes.can_be(word, BASE_VERB) or classes.can_be(word, ("RB",)):
        return False
    after = _word_after_emphasis(ctx, verb)
    if after is None:
        return False
    if ctx.lower[after] in _CONFIRMING_OBJECTS:
        # "seems just like them", "seems really like him": "like" stays a preposition unless "it" ends the clause.
        return word != "like" or (ctx.lower[after] == "it" and ctx.next_word(after) is None)
    # "try not sound like": no noun follows "not" straight after a verb, so a verb before a preposition.
    return not classes.can_be(word, (*ADJECTIVE, "@ADJ")) and classes.count(word, ("@VERB",)) > classes.count(
        word, ("@NOUN",)
    )


def _dropped_to_after_modifier(ctx: Context) -> Iterator[Hit]:
    """ "tried not laugh", "seems actually like it": "to" lost after "not" or an adverb before the verb."""
    lower = ctx.lower
    triggers = (TAKES_TO | _MORE_TAKES_TO) - ADJECTIVES_TAKING_TO - _NO_TO_AFTER_NOT - {"enough", "about"}
    for index in ctx.indices_of(triggers):
        modifier = ctx.next_word(index)
        verb = None if modifier is None else _word_after_emphasis(ctx, modifier)
        before = ctx.prev_word(index)
        if modifier is None or verb is None or lower[modifier] not in _BETWEEN_TRIGGER_AND_VERB:
            continue
        if before is not None and lower[before] in DETERMINERS | _NOT_BEFORE_TRIGGER - _NEGATIONS:
            continue
        if not ctx.forms[verb].islower() or not _verb_after_modifier(ctx, verb):
            continue
        if lower[modifier] in _NEGATIONS:
            # An emphasis mark before the verb stays where the writer put it: "not to _laugh_".
            rest = ctx.text[ctx.spans[modifier].end : ctx.spans[verb].end].lstrip()
            fixed = f"{verbatim(ctx, index, modifier)} to {rest}"
        else:
            # "seems to actually like it": "to" goes before the adverb, as a writer would have it.
            fixed = f"{verbatim(ctx, index, index)} to {verbatim(ctx, modifier, verb)}"
        yield missing(ctx, index, verb, "“to”", (fixed,))


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
    subject = word_before(ctx, before)
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
    return lower[before] in OBJECT_PRONOUNS and lower[verb] in _TELLING


def dropped_to_in_phrases(ctx: Context) -> Iterator[Hit]:
    """ "too tired move", "in order get", "no idea what do": "to" lost after a phrase that needs it."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(("too", "order", *_WH_INFINITIVE)):
        head = lower[index]
        before = ctx.prev_word(index)
        if head == "too":
            adjective = ctx.next_word(index)
            verb = word_after(ctx, adjective)
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
        if verb is None or (head != "too" and lower[verb] in NOT_SUBJECTLESS and not _says(ctx, index, verb)):
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
            or (before is not None and lower[before] in DETERMINERS)
        ):
            continue
        yield _to_lost(ctx, index, adjective if adjective is not None else index, verb)


# Verbs that take a bare verb in speech: "go get", "come see", "help carry", "let go", "make do".
_BARE_VERB_TAKERS = frozenset("go come help let make dare need try bid hear see watch feel".split())


# Verbs with idioms of a bare noun that is also a verb: "keep watch", "take care", "pay heed", "stand guard".
_BARE_NOUN_IDIOMS = frozenset("keep take pay give catch lose hold stand set raise sound".split())


def dropped_to_between_verbs(ctx: Context) -> Iterator[Hit]:
    """ "to run catch up": an infinitive straight before a second base verb the model never pairs with it."""
    lower, model = ctx.lower, ctx.model
    for index in ctx.indices_of(("to",)):
        first = ctx.next_word(index)
        second = word_after(ctx, first)
        if (
            first is None
            or second is None
            or lower[first] in _BARE_VERB_TAKERS | _BARE_NOUN_IDIOMS | REPORTING | NOT_ACTIONS
        ):
            continue
        one, two = lower[first], lower[second]
        if model.pair(one, two) or two in NOT_ACTIONS or _mostly_participle(two) or not ctx.forms[second].islower():
            continue
        # "to take leave", "to be calm", "to find shelter": the second word may be a noun or an adjective.
        if word_classes().can_be(two, (*NOUN, *ADJECTIVE, "@NOUN", "@ADJ")) or two in _OLD_NOUNS:
            continue
        after = ctx.next_word(second)
        if model.pair("the", two) * 5 >= model.pair("to", two) or (after is not None and lower[after] == "of"):
            continue  # "to justify want of spirit": a noun after all.
        if not (_is_base_verb(ctx, one, share=0.6) and _is_base_verb(ctx, two, share=0.8)):
            continue
        yield missing_between(ctx, first, "to", second, what="“to” (or “and”)")
