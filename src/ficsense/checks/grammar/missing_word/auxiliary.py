"""A lost "be", "have" or auxiliary: "She sitting in the chair", "I should known", "she'll fine", "what he
doing", "they made of iron", "going to okay", "and she out of breath".

A subject pronoun straight before an -ing verb, a passive-only participle or "out of", and a modal straight
before a participle or an adjective, have lost the verb that carries the tense; the fix takes the tense the
story narrates in.

A subject in a clause of its own (after "because", "when", "what", "I know"; or opening a sentence) followed
straight by "going to", "not" + an adjective or -ing verb, a determiner, "really"/"so" + an adjective or a
bare adjective has lost its "be": "because it the first thing", "what Idris going to do", "You not going to
cry", "I know you really hungry". Objects ("gave it the slip", "I thought you very kind") never follow a
conjunction; dialogue that drops "be" again and again is dialect and is left alone; the fix takes the tense
of the words around it.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from ficsense.checks.context import Context, in_chat_line
from ficsense.checks.grammar.missing_word.common import (
    hit_over,
    missing,
    missing_between,
    narrates_in_past,
    opens_sentence,
    phrase_with,
    sentence_end,
    sentence_start,
    verbatim,
    word_after,
    word_before,
)
from ficsense.checks.grammar.missing_word.vocabulary import (
    AFTER_PROGRESSIVE,
    COPULAS,
    FINITE,
    MODALS,
    PERFECT,
    SUBJECT_PRONOUNS,
    is_participle,
)
from ficsense.checks.rule import Hit
from ficsense.checks.word_classes import ADJECTIVE, BASE_VERB, word_classes

# "be" by the subject pronoun, in the past and in the present.
_BE = {"i": ("was", "am"), "he": ("was", "is"), "she": ("was", "is"), "it": ("was", "is")}
_BE |= {"we": ("were", "are"), "they": ("were", "are")}


def _be_for(ctx: Context, pronoun: str) -> str:
    """ "was" or "is" for `pronoun`, in the tense the story is narrated in."""
    past, present = _BE[pronoun]
    return past if narrates_in_past(ctx) else present


_PROGRESSIVE_SUBJECTS = frozenset("he she i we they".split())


# "She still sitting there": an adverb between the subject and its verb.
_PROGRESSIVE_ADVERBS = frozenset("still just already now always never really probably only even also".split())


# "Being late, ...", "Having said that": absolute phrases and prepositions in -ing.
_NOT_PROGRESSIVE = frozenset("being having considering according including regarding concerning during".split())


def dropped_auxiliary(ctx: Context) -> Iterator[Hit]:
    """ "She sitting in the chair", "because it the first thing": a subject whose "be" is lost."""
    yield from _dropped_progressive(ctx)
    yield from _dropped_copula(ctx)


def _dropped_progressive(ctx: Context) -> Iterator[Hit]:
    """ "She sitting in the chair": a pronoun opening a sentence with a bare -ing verb has lost "was"."""
    lower = ctx.lower
    for index in ctx.indices_of(_PROGRESSIVE_SUBJECTS):
        verb = ctx.next_word(index)
        if verb is not None and lower[verb] in _PROGRESSIVE_ADVERBS:
            verb = ctx.next_word(verb)
        after = word_after(ctx, verb)
        if verb is None or after is None or lower[after] not in AFTER_PROGRESSIVE:
            continue
        word = lower[verb]
        if not word.endswith("ing") or word in _NOT_PROGRESSIVE or not opens_sentence(ctx, index):
            continue
        if not (word_classes().can_be(word, ("VBG",)) or ctx.model.pair("was", word)):
            continue
        end_of_sentence = sentence_end(ctx, index)
        if ctx.text[max(0, end_of_sentence - 4) : end_of_sentence].rstrip().rstrip("\"”’'").endswith("?"):
            continue  # "You coming?", "They staying for dinner?": speech drops the auxiliary on purpose.
        auxiliary, subject = _be_after(ctx, index, past=_speech_in_past(ctx, index))
        message = f"“{verbatim(ctx, index, verb)}” seems to have lost its auxiliary (“{auxiliary}”)."
        yield hit_over(ctx, index, verb, message, (f"{subject} {verbatim(ctx, index + 1, verb)}",))


_CONTRACTED_WILL = frozenset("i'll you'll he'll she'll we'll they'll it'll".split())


# Adjectives after which "be" is the only reading; "sure" is also an adverb ("I'll sure miss you").
_ALWAYS_ADJECTIVES = frozenset("okay ok alright fine".split())


_NOT_AFTER_MODAL = frozenset({"sure", "better", "best", "rather", "sooner", "likely", "well"})


_CLAUSE_END = frozenset("to with for about if when and but or of at in by now soon too again".split())


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
    return lower[index] in MODALS and subject is not None and lower[subject] in SUBJECT_PRONOUNS


def dropped_have_or_be(ctx: Context) -> Iterator[Hit]:
    """ "I should known" (have) and "She'll fine" (be): a modal straight before a participle or adjective."""
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(MODALS | _CONTRACTED_WILL):
        after = ctx.next_word(index)
        if after is None or not _modal_before(ctx, index):
            continue
        word, following = lower[after], ctx.next_word(after)
        ends = following is None or lower[following] in _CLAUSE_END
        if word in _NOT_AFTER_MODAL:
            continue
        if is_participle(word):
            if classes.can_be(word, ADJECTIVE) and ends:
                fixes: tuple[str, ...] = ()  # "It'll gone by then": "be gone" or "have gone".
            else:
                fixes = (phrase_with(ctx, index, "have", after),)
            lost = "have"
        elif ends and (word in _ALWAYS_ADJECTIVES or _only_adjective(word)):
            fixes, lost = (phrase_with(ctx, index, "be", after),), "be"
        else:
            continue
        yield missing(ctx, index, after, f"“{lost}”", fixes)


_STATE_PREPOSITIONS = frozenset("out".split())


def _gapped(ctx: Context, link: int) -> bool:
    """ "She was out of breath and he out of sorts": the verb left out on purpose after an earlier copula."""
    start = sentence_start(ctx, link)
    position = link - 1
    while position >= 0 and ctx.spans[position].start >= start:
        if ctx.lower[position] in COPULAS:
            return True
        position -= 1
    return False


def dropped_be_before_place(ctx: Context) -> Iterator[Hit]:
    """ "and she out of breath": after "and", a subject pronoun straight before "out of" has no verb."""
    lower = ctx.lower
    for index in ctx.indices_of(("he", "she", "they", "we", "i")):
        link, place = ctx.prev_word(index), ctx.next_word(index)
        of = word_after(ctx, place)
        if link is None or place is None or of is None or lower[link] not in ("and", "but"):
            continue
        if lower[place] not in _STATE_PREPOSITIONS or lower[of] != "of" or _gapped(ctx, link):
            continue
        yield missing_between(ctx, index, _be_for(ctx, lower[index]), place)


_WH = frozenset("what where how why who".split())


_BE_AFTER = {"he": ("'s", "was"), "she": ("'s", "was"), "it": ("'s", "was"), "i": ("'m", "was")}


_BE_AFTER |= {"we": ("'re", "were"), "they": ("'re", "were")}


def dropped_auxiliary_after_wh(ctx: Context) -> Iterator[Hit]:
    """ "forgotten what he doing": an embedded wh-clause with a bare -ing verb has lost "is"/"was".

    Only inside a sentence ("What you doing?" opening a line is dialect, and "you" is left out altogether).
    """
    lower, classes = ctx.lower, word_classes()
    for index in ctx.indices_of(_WH):
        pronoun = ctx.next_word(index)
        verb = word_after(ctx, pronoun)
        if pronoun is None or verb is None or lower[pronoun] not in _BE_AFTER or opens_sentence(ctx, index):
            continue
        word = lower[verb]
        if not word.endswith("ing") or word in _NOT_PROGRESSIVE or not classes.can_be(word, ("VBG",)):
            continue
        governor = ctx.prev_word(index)
        perfect = word_before(ctx, governor)
        if perfect is not None and lower[perfect] in PERFECT | {"'s", "he's", "she's", "i've", "it's"}:
            is_past = lower[perfect] == "had"  # "he's forgotten what he doing": the present perfect.
        elif governor is not None and classes.total(lower[governor]) and classes.can_be(lower[governor], FINITE):
            is_past = classes.count(lower[governor], ("VBD",)) > classes.count(lower[governor], (*BASE_VERB, "VBZ"))
        else:
            is_past = narrates_in_past(ctx)
        contracted, full = _BE_AFTER[lower[pronoun]]
        subject = ctx.forms[pronoun]
        be = f"{subject} {full}" if is_past else f"{subject}{contracted}"
        yield missing(ctx, index, verb, "“is” or “was”", (phrase_with(ctx, index, be, verb),))


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


def dropped_passive_be(ctx: Context) -> Iterator[Hit]:
    """ "she covered in mud", "they made of iron": a subject pronoun before a passive-only participle."""
    lower = ctx.lower
    for index in ctx.indices_of(_PASSIVE_ONLY):
        pronoun, after = ctx.prev_word(index), ctx.next_word(index)
        if pronoun is None or after is None or lower[pronoun] not in _BE:
            continue
        if lower[after] not in _PASSIVE_ONLY[lower[index]]:
            continue
        before = ctx.prev_word(pronoun)
        if lower[index] == "made" and (before is None or lower[before] not in _OPENS_CLAUSE):
            continue
        yield missing_between(ctx, pronoun, _be_for(ctx, lower[pronoun]), index)


def dropped_be_after_going_to(ctx: Context) -> Iterator[Hit]:
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
        yield missing_between(ctx, to, "be", index)


# Conjunctions whose next word opens a clause, so a pronoun or name straight after them is its subject.
_SUBORDINATORS = frozenset(
    "because cause 'cause since though although if unless until till while whilst whereas when whenever where "
    "wherever whether what".split()
)


# Verbs that take a clause without "that" but never a small clause: "I know you hungry" has lost "are", while
# "I thought him very kind" (think, find, consider) is edited English and stays out.
_KNOWING = frozenset("know knew knows guess bet swear hope reckon".split())


# Subjects that are never objects, so "that" before them opens a clause too.
_NOMINATIVE = frozenset("i he she we they".split())


_PRONOUNS = _NOMINATIVE | {"you", "it"}


_INTENSIFIERS = frozenset("really so very too".split())


_DETERMINERS = frozenset("the a an my your his our their".split())


# Adjective-like words that are also adverbs or quantifiers after a subject: "if he so much as", "when he
# first met her", "he alone knew".
_NOT_PREDICATES = frozenset("much many more most less least few first last only next own alone else enough".split())


# Words that end a clause's search for its verb: another clause or a relative clause begins.
_CLAUSE_BREAKS = (
    SUBJECT_PRONOUNS
    | _SUBORDINATORS
    | frozenset("and but or so that who whom which whose than then me him her us them".split())
)


_HELPING = COPULAS | MODALS | PERFECT | frozenset("am does did 's 're 'm".split())


_PRESENT_BE = {"i": "'m", "you": "'re", "we": "'re", "they": "'re"}


# Words that say which tense the speaker or narrator is in near a finding.
_PAST_MARKS = frozenset("was were had did wasn't weren't hadn't didn't".split())


_PRESENT_MARKS = frozenset(
    "is are am has does isn't aren't hasn't doesn't don't i'm you're we're they're he's she's it's that's "
    "there's what's".split()
)


def _is_predicate_adjective(ctx: Context, word: str, *, share: float) -> bool:
    """ "hungry", "scared": an adjective by the treebanks, or one they lack that the model knows after "so"."""
    if word in _NOT_PREDICATES:
        return False
    classes = word_classes()
    if word in _ALWAYS_ADJECTIVES or classes.is_adjective(word, share=share):
        return not classes.can_be(word, FINITE)
    if classes.knows(word):
        return False
    model = ctx.model
    return max(model.pair("so", word), model.pair("very", word)) > model.pair("the", word)


def _is_progressive(word: str) -> bool:
    """An -ing verb that can carry a progressive ("going", "walking"), not "being" or "during"."""
    return word.endswith("ing") and word not in _NOT_PROGRESSIVE and word_classes().can_be(word, ("VBG",))


def _clause_has_verb(ctx: Context, start: int) -> bool:
    """A finite verb of the clause's own follows token `start` before any new clause or punctuation.

    "because Teddy the cat was hungry" has one; "because Teddy the kind of person who smiled" does not.
    """
    classes, index = word_classes(), start
    for _ in range(10):
        following = ctx.next_word(index)
        if following is None:
            return False
        word = ctx.lower[following]
        if word in _CLAUSE_BREAKS:
            return False
        if ctx.lower[index] == "to":
            index = following
            continue  # "going to do": an infinitive, not the clause's verb.
        if word in _HELPING or (
            classes.total(word) and classes.count(word, ("VBD", "VBZ")) >= 0.5 * classes.total(word)
        ):
            return True
        index = following
    return False


def _in_quote(ctx: Context, index: int) -> bool:
    """Token `index` lies inside dialogue."""
    start, quotes = ctx.spans[index].start, ctx.doc.quotes
    position = bisect.bisect_right(quotes, start, key=lambda quote: quote.span.start) - 1
    return position >= 0 and start < quotes[position].span.end


def _speech_in_past(ctx: Context, index: int) -> bool:
    """The tense around token `index`: the nearest "was"/"is"-like word or simple verb in its paragraph.

    Dialogue in a past-tense story is mostly present ("He's doing the cuffs. He going to turn"), so the
    story's narration decides only where nothing nearby does, and in dialogue the present is the default.
    """
    text, start = ctx.text, ctx.spans[index].start
    low, high = text.rfind("\n", 0, start) + 1, text.find("\n", start)
    high = len(text) if high < 0 else high
    classes, best = word_classes(), None
    for distance in range(1, 40):
        for position in (index - distance, index + distance):
            if not 0 <= position < len(ctx.spans) or not low <= ctx.spans[position].start < high:
                continue
            word = ctx.lower[position]
            if position and ctx.lower[position - 1] in MODALS | {"to"}:
                continue  # "going to do", "could see": no tense of their own.
            if word in _PAST_MARKS or (
                classes.total(word) and classes.count(word, ("VBD",)) > 0.6 * classes.total(word)
            ):
                best = True
            elif word in _PRESENT_MARKS or (
                classes.total(word) and classes.count(word, ("VBZ",)) > 0.6 * classes.total(word)
            ):
                best = False
            if best is not None:
                return best
    return False if _in_quote(ctx, index) else narrates_in_past(ctx)


def _contracts(ctx: Context, pronoun: str, full: str) -> bool:
    """The story writes "you're" more often than "you are" in its own text, so the fix should too."""
    contracted = len(ctx.where.get(pronoun + _PRESENT_BE.get(pronoun, "'s"), ()))
    spelled = sum(
        1 for index in ctx.where.get(pronoun, ()) if (after := ctx.next_word(index)) and ctx.lower[after] == full
    )
    return contracted > spelled


def _be_after(ctx: Context, subject: int, *, past: bool) -> tuple[str, str]:
    """The form of "be" that agrees with the subject at `subject`, and the subject written with it: contracted
    in present-tense dialogue ("He's going") or where the story contracts, in full otherwise ("He is")."""
    word = ctx.lower[subject]
    plural = word in ("you", "we", "they")
    if past:
        full = "were" if plural else "was"
        return full, f"{ctx.forms[subject]} {full}"
    full = "am" if word == "i" else "are" if plural else "is"
    if word in SUBJECT_PRONOUNS and (_in_quote(ctx, subject) or _contracts(ctx, word, full)):
        return full, ctx.forms[subject] + _PRESENT_BE.get(word, "'s")
    return full, f"{ctx.forms[subject]} {full}"


def _is_name(ctx: Context, index: int) -> bool:
    """A capitalised word in mid-sentence that the story uses as a name ("Idris"; not "I'm" or "OK")."""
    form = ctx.forms[index]
    return form.isalpha() and form[1:].islower() and not ctx.starts[index] and form in ctx.lexicon.names


def _subject_after(ctx: Context, opener: int) -> tuple[int, int] | None:
    """The first and last token of the subject after `opener`: a pronoun, or a name of one or two words."""
    first = ctx.next_word(opener)
    if first is None:
        return None
    word = ctx.lower[first]
    if word in _PRONOUNS:
        return first, first
    if not _is_name(ctx, first):
        return None
    second = ctx.next_word(first)
    if second is not None and _is_name(ctx, second):
        return first, second
    return first, first


# Where the subject stands: after a conjunction ("because it the first"), reporting a clause ("I know you
# really hungry"), or opening a sentence ("You not going to cry").
_AFTER_CONJUNCTION, _REPORTED, _OPENING = "conjunction", "reported", "opening"


def _plain(ctx: Context, first: int, place: str) -> bool:
    """Not a sentence of dialogue that opens on its subject, where "He the boss now." is said on purpose."""
    return place != _OPENING or not _in_quote(ctx, first)


def _lacks_be(ctx: Context, first: int, last: int, place: str) -> bool:
    """What follows the subject (tokens `first` to `last`) is no verb, so the subject has lost its "be".

    "going to" and "not" + an adjective or -ing verb tell anywhere. A determiner or "really" + an adjective
    needs the clause to be plain: after "know", "I know it the moment I see it" has an object, and in
    dialogue "He the boss now." is dialect; a bare adjective needs a conjunction or a reporting verb.
    """
    after = ctx.next_word(last)
    if after is None:
        return False
    word, following = ctx.lower[after], ctx.next_word(after)
    following_word = None if following is None else ctx.lower[following]
    if word == "going" and following_word in ("to", "home", "back", "out"):
        return True
    if word == "not":
        return following_word is not None and (
            _is_progressive(following_word) or _is_predicate_adjective(ctx, following_word, share=0.75)
        )
    nominative = ctx.lower[first] in _NOMINATIVE
    if word in _DETERMINERS:
        # "if they an t married": a contraction split by the printer, not the article.
        if following_word is None or len(following_word) < 2:
            return False
        if place == _REPORTED:
            return nominative
        return place == _AFTER_CONJUNCTION or (_plain(ctx, first, place) and (nominative or ctx.lower[first] == "it"))
    if word in _INTENSIFIERS:
        # The adjective ends its clause: "she very seldom followed it" has its verb after all.
        return (
            following is not None
            and _ends_clause(ctx, following)
            and _is_predicate_adjective(ctx, ctx.lower[following], share=0.75)
            and _plain(ctx, first, place)
        )
    if place == _OPENING:
        return False
    if _is_progressive(word):
        return following_word is None or following_word in AFTER_PROGRESSIVE
    # "where she lived", "until she tired of it": a past verb the treebanks saw only as an adjective.
    return not word.endswith("ed") and _ends_clause(ctx, after) and _is_predicate_adjective(ctx, word, share=0.9)


def _ends_clause(ctx: Context, index: int) -> bool:
    """Token `index` is the last word of its clause, or a preposition or conjunction follows it."""
    following = ctx.next_word(index)
    return following is None or ctx.lower[following] in _CLAUSE_END


def _is_question(ctx: Context, index: int) -> bool:
    """The sentence holding token `index` ends in a question mark ("You going?", "What you doing?" she asked)."""
    text = ctx.text
    for position in range(ctx.spans[index].end, min(len(text), ctx.spans[index].end + 300)):
        if text[position] in ".!?…\n":
            return text[position] == "?"
    return False


def _copula_candidates(ctx: Context) -> Iterator[tuple[int, int, str]]:
    """Subjects (first token, last token, where they stand) that may have lost "be"."""
    lower = ctx.lower
    for opener in ctx.indices_of(_SUBORDINATORS | _KNOWING | {"that"}):
        subject = _subject_after(ctx, opener)
        if subject is None:
            continue
        verb = ctx.next_word(subject[1])
        if (
            lower[opener] in _WH
            and lower[subject[0]] in _BE_AFTER
            and verb is not None
            and _is_progressive(lower[verb])
        ):
            continue  # "what he doing": dropped_auxiliary_after_wh's, with its own tense.
        if lower[opener] in _SUBORDINATORS:
            yield subject[0], subject[1], _AFTER_CONJUNCTION
        elif lower[subject[0]] in _NOMINATIVE | {"you"}:
            yield subject[0], subject[1], _REPORTED  # Not "that Tom the...", "I knew Tom the moment".
    for pronoun in ctx.indices_of(_PRONOUNS):
        if opens_sentence(ctx, pronoun):
            yield pronoun, pronoun, _OPENING


def _dropped_copula(ctx: Context) -> Iterator[Hit]:
    """ "because it the first thing", "what Idris going to do", "You not going to": a subject in a clause of
    its own followed straight by a word no verb-less subject takes.

    Dialect drops "be" on purpose and does so again and again, so dialogue is left alone in a story where
    the shape turns up in it three times or more.
    """
    spoken: list[Hit] = []
    seen: set[int] = set()
    for first, last, place in _copula_candidates(ctx):
        if (
            first in seen
            or not _lacks_be(ctx, first, last, place)
            or _clause_has_verb(ctx, ctx.next_word(last) or last)
        ):
            continue
        seen.add(first)
        if in_chat_line(ctx.text, ctx.spans[first].start) or _is_question(ctx, first):
            continue
        after = ctx.next_word(last)
        assert after is not None
        full, subject = _be_after(ctx, first, past=_speech_in_past(ctx, first))
        if last != first:
            subject = f"{verbatim(ctx, first, last)} {full}"
        hit = missing(ctx, first, after, f"“{full}”", (f"{subject} {ctx.forms[after]}",))
        if _in_quote(ctx, first):
            spoken.append(hit)
        else:
            yield hit
    if len(spoken) < 3:
        yield from spoken
