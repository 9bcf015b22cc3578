"""Sound-alike pairs told apart by an apostrophe: its/it's, your/you're, their/there/they're, whose/who's.

The shipped pair counts hold no apostrophes, so these rules are written as patterns on the next word,
each a context where only one spelling is English: "its" before "not", "going" or an article is "it's";
"it's" before "own" or a body part is "its". An adjective counts only at the end of a clause ("its hard."
but not "its hard shell"), and a possessive before a gerund ("your being here") is left alone, since
older prose uses it correctly.

Three position checks add to the word patterns, each asking the pair counts only about the next word:
a possessive that opens a clause before a word that follows just "is"/"are" ("Your drunk.", "if their
sick", "what your doing" — a gerund is spared when a verb follows it, "Your leaving will hurt her"); a
contraction in object position before a noun that never follows "is"/"are" ("beg you're pardon"); and
"there"/"who's" before such a noun after a preposition or on its own ("in there house", "a man who's
hands shook").

A few contexts need no pair counts: "its" before a participle that ends its phrase ("saying its allowed
to"), "it's" after a verb of moving a part ("threw it's white arm out"), "your" + a progressive that goes on
to a place or an object in a sentence with no verb of its own ("Bram, your bleeding on my salt"), and
"who's" before an unknown noun that a past verb follows ("a guy who's skiff just died").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from ficsense.checks.context import Context, in_chat_line
from ficsense.checks.grammar.tense import IRREGULAR_PAST
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.checks.word_classes import ADJECTIVE, NOUN, WordClasses, word_classes

# Words that follow "it is / you are / they are / who is" but never a possessive.
CLAUSE_STARTERS = frozenset(
    """
    a an the not gonna my his him me us them our because what about nothing almost already
    probably definitely obviously literally actually always never really still getting been
    """.split()
)
# Words after which a clause may start with "it's": "I know its hard", "but its odd".
_SUBJECT_SLOTS = frozenset(
    "that because but so if when think thought know knew guess said says hope mean meant suppose".split()
)
# Words that follow "it is" but never the possessive "its" ("its quite late", "its from Piglet").
ITS_ONLY = frozenset({"quite", "no", "from", "for", "hell"})
# Intensifiers count only before an adjective that ends the clause: "its so cold." but not "your so
# great Shakespeare".
INTENSIFIERS = frozenset({"so", "too", "very", "just", "really", "totally", "completely", "always", "never"})
# Adjectives and the like that may follow a contraction, but only when a clause ends after them.
PREDICATES = frozenset(
    """
    hard easy easier harder late early cold hot warm good bad better worse nice weird strange funny fine
    true done over okay alright possible impossible important obvious clear fair unfair safe dangerous
    ridiculous stupid amazing beautiful useless pointless enough fine right wrong sure sorry welcome
    crazy insane ready gone here there kidding joking lying serious
    """.split()
)
# After these a clause has ended or another begins.
BOUNDARY_WORDS = frozenset("to that for when if because but though now anyway you i he she we they".split())
_NOUN_BEFORE = frozenset("is was it's that's be been of by within on it's".split())
# Places one goes to: "your going to Brighton" is a possessive gerund, not "you're going to".
_GOING_TO_PLACE = frozenset("the a an my his her their our your school bed church town work london".split())
# Things a person, a group or an animal has: after them "it's/you're/they're" is a possessive slip.
POSSESSIONS = frozenset(
    """
    own hand hands eye eyes face faces head heads hair voice voices mouth lips arm arms shoulder shoulders
    leg legs feet foot fingers heart mind body bodies mother father mom dad mum parents brother sister
    family fault turn idea name names phone car house room bag bags clothes shirt jacket life lives
    tail wings paws claws fur feathers teeth owner contents surface edges
    """.split()
)
# What a thing or an animal has; kin terms are left out, since "It's Mother" is a sentence.
THING_PARTS = frozenset(
    "own tail wings paws claws fur feathers teeth owner contents surface edges hinges lid jaws legs mouth".split()
)
# Things only people own, in the plural: "there eyes" can only be "their eyes".
THEIR_THINGS = frozenset(
    "eyes hands heads faces hearts minds parents mothers fathers feet shoulders lips voices bodies".split()
)
_PAST_FORMS = frozenset(IRREGULAR_PAST.values())
_PUNCTUATION = frozenset(".,;:!?…—\"”'’)")


@dataclass(frozen=True, slots=True)
class Swap:
    """One direction of a confusion: `word` before one of `before` should be `fix`."""

    word: str
    fix: str
    before: frozenset[str]
    predicates: bool
    message: str
    going: bool = True


# Words that restart a noun phrase after a dash: "your stupid—your face" broke off, it did not end a clause.
_RESTARTS = frozenset("your my his her their our its the a an this that you're it's they're".split())


def _clause_ends(ctx: Context, index: int) -> bool:
    after = index + 1
    if after >= len(ctx.forms):
        return True
    if ctx.forms[after][:1] in _PUNCTUATION:
        return not _self_interrupted(ctx, after)
    following = ctx.next_word(index)
    return following is not None and ctx.lower[following] in BOUNDARY_WORDS


def _self_interrupted(ctx: Context, dash: int) -> bool:
    """True when the token at `dash` is a dash after which the speaker starts the phrase again."""
    if ctx.forms[dash] not in {"—", "–", "--", "-"}:
        return False
    restart = dash + 1
    return restart < len(ctx.forms) and ctx.lower[restart] in _RESTARTS


def _next_is(ctx: Context, index: int, word: str) -> bool:
    after = ctx.next_word(index)
    return after is not None and ctx.lower[after] == word


def _going_to_verb(ctx: Context, index: int) -> bool:
    """ "going to" followed by a verb, as in "you're going to regret it"."""
    if ctx.lower[index] != "going":
        return False
    to = ctx.next_word(index)
    if to is None or ctx.lower[to] != "to":
        return False
    verb = ctx.next_word(to)
    return verb is not None and ctx.forms[verb].islower() and ctx.lower[verb] not in _GOING_TO_PLACE


def find_swaps(swaps: tuple[Swap, ...], ctx: Context) -> Iterator[Hit]:
    """Each swap's word where the next word says the other spelling is meant."""
    for index in ctx.indices_of(swap.word for swap in swaps):
        following = ctx.next_word(index)
        if following is None:
            continue
        for swap in swaps:
            if swap.word == ctx.lower[index]:
                yield from _check(swap, ctx, index, following)


def _check(swap: Swap, ctx: Context, index: int, following: int) -> Iterator[Hit]:
    """The swap's hit at `index`, if the word after it calls for the other spelling."""
    next_word = ctx.lower[following]
    if ctx.text.startswith("-", ctx.spans[following].end):
        return
    # "going" is the one -ing word that signals a contraction: "your going to" is never a gerund.
    fits = next_word in swap.before or (swap.going and _going_to_verb(ctx, following))
    if not fits and swap.predicates and next_word in PREDICATES:
        fits = _clause_ends(ctx, following) and not (next_word in {"right", "wrong"} and _next_is(ctx, following, "to"))
    if not fits and swap.predicates and next_word in INTENSIFIERS:
        after = ctx.next_word(following)
        # "Your so dramatic.": after "so", any word that ends the clause ("your so great Shakespeare" does not).
        fits = (
            after is not None
            and (ctx.lower[after] in PREDICATES or next_word == "so")
            and ctx.forms[after].islower()
            and _clause_ends(ctx, after)
        )
    if not fits:
        return
    if swap.message == _POSSESSIVE and _predicate_noun(ctx, index, following):
        return
    # "It is your right.": after a verb of being, a possessive with a noun is what was meant.
    previous = ctx.prev_word(index)
    if (
        next_word in {"right", "wrong", "fault", "turn"}
        and previous is not None
        and ctx.lower[previous] in _NOUN_BEFORE
    ):
        return
    # "its not being", "their not waiting", "its not unfriendly": a possessive before a gerund or adjective.
    after = ctx.next_word(following)
    if (
        next_word in {"not", "never", "always"}
        and after is not None
        and (ctx.lower[after].endswith("ing") or ctx.lower[after].startswith("un"))
    ):
        return
    yield _swap_hit(ctx, index, swap.fix, swap.message, 0.9)


@dataclass(frozen=True, slots=True)
class ModelSwap:
    """A contraction the pair model turns into a possessive when the next word is a thing owned.

    The contraction is scored by what it stands for (`stands_for`, "are" for "you're") before the next
    word; the possessive must fit the next word `margin` orders of magnitude better, with its pair attested.
    `after` optionally limits the words that may precede it.
    """

    word: str
    fix: str
    stands_for: tuple[str, ...]
    margin: float
    after: frozenset[str] | None = None
    # What the fix stands for in the pair counts ("is" for "it's"); the fix itself by default.
    fix_as: tuple[str, ...] = ()
    # Words before it that rule the swap out ("were there men" is a question, not a possessive).
    not_after: frozenset[str] = frozenset()
    # Fire only when a clause ends right after the next word ("its expensive." but not "its expensive coat").
    clause_end: bool = False
    contraction: bool = False
    # When set, the swap needs no margin: the fix's pair seen at least this often and the word's never.
    unseen_min: int = 0
    # With `after`: also where the word opens a sentence or a quotation.
    at_start: bool = False


# Words a contraction may precede that the pair counts mistake for owned things ("it's way too late").
# A possessive owns a noun, never a preposition or particle: "from there over the rail".
_PARTICLES = frozenset(
    "over under across through into onto past behind beyond along around up down out off again".split()
)
_NOT_OWNED = _PARTICLES | frozenset(
    "way first last new best next whole all very half kind sort much more most home".split()
)


# Complements a contraction may have before a clause of their own ("You're welcome was all he said").
_NOT_A_SUBJECT = (
    CLAUSE_STARTERS
    | PREDICATES
    | INTENSIFIERS
    | frozenset(
        """
        welcome family friends home time you me him her us them i he she we they it this that these those what
        who which all one nothing something everything anything someone anyone everyone no
        """.split()
    )
)


# After a preposition a possessive is expected and a contraction is almost never right: "in it's nest".
_PREPOSITIONS = frozenset(
    "of in on upon with by from into to for at about through under over across behind beside".split()
)
# What may follow a contraction after a preposition after all ("in it's not clear" is not English anyway).
_AFTER_CONTRACTION = CLAUSE_STARTERS | PREDICATES | INTENSIFIERS | frozenset({"going", "gonna"})


def find_after_preposition(pairs: tuple[tuple[str, str], ...], ctx: Context) -> Iterator[Hit]:
    """A contraction right after a preposition, where only the possessive fits ("of it's own")."""
    for index in ctx.indices_of(word for word, _ in pairs):
        for word, fix in pairs:
            if ctx.lower[index] != word:
                continue
            previous, following = ctx.prev_word(index), ctx.next_word(index)
            if previous is None or following is None or ctx.lower[previous] not in _PREPOSITIONS:
                continue
            if ctx.lower[following] in _AFTER_CONTRACTION or not ctx.forms[following].islower():
                continue
            yield _swap_hit(ctx, index, fix, _POSSESSIVE, 0.85)


def find_model_swaps(swaps: tuple[ModelSwap, ...], ctx: Context) -> Iterator[Hit]:
    """Contractions before a word only a possessive can own, by the pair model."""
    model = ctx.model
    for index in ctx.indices_of(swap.word for swap in swaps):
        for swap in swaps:
            if swap.word != ctx.lower[index]:
                continue
            following = ctx.next_word(index)
            if following is None or not ctx.forms[following].islower() or ctx.lower[following] in _NOT_OWNED:
                continue
            previous = ctx.prev_word(index)
            opens = swap.at_start and ctx.starts[index]
            if swap.after is not None and not opens and (previous is None or ctx.lower[previous] not in swap.after):
                continue
            if previous is not None and ctx.lower[previous] in swap.not_after:
                continue
            if swap.clause_end and not _clause_ends(ctx, following):
                continue
            if not swap.contraction and _predicate_noun(ctx, index, following):
                continue
            # A hyphenated word ("its ever-growing") is one word to a reader, not the word before the hyphen.
            if ctx.text.startswith("-", ctx.spans[following].end):
                continue
            word = ctx.lower[following]
            fix_as = swap.fix_as or (swap.fix,)
            if not any(model.pair(fix, word) for fix in fix_as):
                continue
            own = max(model.follow(other, word) for other in swap.stands_for)
            gain = max(model.follow(fix, word) for fix in fix_as) - own
            if swap.unseen_min:
                seen = max(model.pair(fix, word) for fix in fix_as)
                if seen < swap.unseen_min or any(model.pair(other, word) for other in swap.stands_for):
                    continue
                gain = max(gain, swap.margin)
            elif gain < swap.margin:
                continue
            message = _CONTRACTION if swap.contraction else _POSSESSIVE
            yield _swap_hit(ctx, index, swap.fix, message, min(0.95, 0.5 + gain / 5))


# Before "there" + noun these make it "their": "in there clothes", "took there seats".
_OWNER_SLOTS = frozenset(
    """
    of with for from into about through upon on by in at under over behind beside across among against to
    took held lost saw began raised shook lifted lowered turned bowed pulled put kept made opened closed
    keep keeps keeping store stores stored pack packs packed stack stacked grab grabbed carry carries carried
    wear wears wore wearing sharpen sharpened fold folded hold holds holding off toward towards beneath
    delivered
    """.split()
)
# Words the pair counts see after "the" that are not nouns a possessive could own.
_NOT_NOUNS = frozenset(
    """
    now then too first last before after still once later long together again ever alone below above within
    without yet anymore tonight today tomorrow forever instead somewhere anyway nearly all both half either
    same other only very next most more less least own best worst following very
    """.split()
)


# Verbs that make the noun before them a subject: "There house was small" is "Their house".
_SUBJECT_VERBS = frozenset(
    "is was were are had has seemed looked remained appeared appear seem would could will".split()
)
# After these "there" is a place and may be followed by a subject: "out there people are dying".
_LOCATIVES = frozenset(
    "out in up down over back right from under above below inside outside around somewhere everywhere".split()
)


def find_there_nouns(ctx: Context) -> Iterator[Hit]:
    """ "there" as the owner of a noun: after a preposition or a verb of handling ("in there clothes", "took
    there seats"), or before a noun that a verb follows ("There house was small")."""
    model = ctx.model
    for index in ctx.indices_of(("there",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if following is None or ctx.lower[following] in _PARTICLES or not _noun_like(ctx, following):
            continue
        if model.pair("there", ctx.lower[following]):
            continue
        owner = previous is not None and ctx.lower[previous] in _OWNER_SLOTS
        owner = owner or (previous is not None and _owned_after_verb(ctx, previous, following))
        if not owner:
            verb = ctx.next_word(following)
            locative = previous is not None and ctx.lower[previous] in _LOCATIVES
            if locative or verb is None or ctx.lower[verb] not in _SUBJECT_VERBS:
                continue
        yield _swap_hit(ctx, index, "their", _POSSESSIVE, 0.8)


# Words after which a clause, and so a subject, begins.
_SUBJECT_OPENERS = frozenset("and but so because when while as that though although until".split())
# Finite verbs that make the words before them a subject: "It's music was pierced".
_SUBJECT_VERB_FORMS = frozenset("is was were are had has seemed remained appeared will would could".split())


def find_contraction_subject(word: str, fix: str, ctx: Context) -> Iterator[Hit]:
    """A contraction opening a clause before a noun (and at most one word more) and a finite verb: "It's
    principal element was daring", "You're suggestion is absurd". A contraction brings its own verb, so
    the noun is a subject only when the word was a possessive."""
    for index in ctx.indices_of((word,)):
        previous = ctx.prev_word(index)
        if not (ctx.starts[index] or (previous is not None and ctx.lower[previous] in _SUBJECT_OPENERS)):
            continue
        following = ctx.next_word(index)
        if following is None or not _noun_like(ctx, following, fix) or ctx.lower[following] in _NOT_A_SUBJECT:
            continue
        verb = ctx.next_word(following)
        if (
            verb is not None
            and ctx.lower[verb] not in _SUBJECT_VERB_FORMS | _NOT_A_SUBJECT
            and _noun_like(ctx, verb, fix)
        ):
            verb = ctx.next_word(verb)
        if verb is None or ctx.lower[verb] not in _SUBJECT_VERB_FORMS:
            continue
        yield _swap_hit(ctx, index, fix, _POSSESSIVE, 0.8)


# A verb before a way made through something: "wound it's way", "made it's way".
_WAY_VERBS = frozenset(
    """
    made make makes making wound winding wend wended wending worked working found finding forced fought threaded
    """.split()
)


def find_its_way(ctx: Context) -> Iterator[Hit]:
    """ "made it's way": after a verb of going, "it's way" is the possessive ("it's way too late" is not)."""
    for index in ctx.indices_of(("it's",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None or ctx.lower[previous] not in _WAY_VERBS:
            continue
        if ctx.lower[following] != "way" or _next_is(ctx, following, "too"):
            continue
        yield _swap_hit(ctx, index, "its", _POSSESSIVE, 0.85)


# Participles that end in -ed but are adjectives an owned thing may have: "its naked branches".
_ED_ADJECTIVES = frozenset(
    "hundred wicked naked sacred kindred rugged jagged ragged crooked beloved learned aged blessed cursed".split()
)
# Participles that do not end in -ed.
_PARTICIPLES = frozenset("supposed meant done gone known called made kept left said taken given written broken".split())
# After "it's"/"its" + a participle these continue a passive or a state: "its allowed to", "its owned by".
_AFTER_PARTICIPLE = frozenset("to by that for out up off".split())


def find_its_participle(ctx: Context) -> Iterator[Hit]:
    """ "its" before a participle that a preposition or the clause end follows: "saying its allowed to".

    A possessive "its" would own a noun, and a participle that ends its phrase owns nothing ("its battered
    hull" has its noun, "its allowed." and "its meant to" do not).
    """
    for index in ctx.indices_of(("its",)):
        following = ctx.next_word(index)
        if following is None or not ctx.forms[following].isalpha() or not ctx.forms[following].islower():
            continue
        word = ctx.lower[following]
        regular = word.endswith("ed") and len(word) > 4 and not word.endswith("eed") and word not in _ED_ADJECTIVES
        if not regular and word not in _PARTICIPLES:
            continue
        after = following + 1
        ends = after < len(ctx.forms) and ctx.forms[after][:1] in '.,;!?…"”'
        nxt = ctx.next_word(following)
        if not ends and (nxt is None or ctx.lower[nxt] not in _AFTER_PARTICIPLE):
            continue
        yield _swap_hit(ctx, index, "it's", _CONTRACTION, 0.85)


# Physical actions done with a part of oneself: after them "it's" + a word + a noun is the possessive
# ("threw it's white arm out", "shook it's shaggy head"); verbs of saying and showing are left out, since
# "showed it's over" is a clause.
_PART_ACTIONS = frozenset(
    """
    threw flung raised lifted lowered shook spread stretched flapped swung bared thrust twisted tilted cocked
    arched ruffled folded unfolded wagged swished flicked bowed dipped swept waved extended unfurled puffed
    fluffed beat flaps spreads raises lifts shakes bares wags flicks tilts cocks stretches
    """.split()
)


# Past verbs that take a clause, after which "it's" opens one: "said it's true", "figured it's fine".
_CLAUSE_VERBS = frozenset(
    """
    said thought knew figured realized realised felt guessed hoped decided noticed found saw heard believed
    supposed imagined admitted pretended promised swore meant seemed sounded looked told asked wondered
    understood learned assumed doubted reckoned feared claimed insisted explained answered replied added agreed
    """.split()
)


def find_its_after_past_verb(ctx: Context) -> Iterator[Hit]:
    """ "tore it's fear from it", "turned it's direction": after a past verb that takes no clause, "it's" + a word
    + a noun is the possessive with its object."""
    for index in ctx.indices_of(("it's",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None:
            continue
        verb = ctx.lower[previous]
        past = (verb.endswith("ed") and len(verb) > 4) or verb in _PAST_FORMS
        if not past or verb in _CLAUSE_VERBS or not ctx.forms[previous].islower():
            continue
        word = ctx.lower[following]
        if not ctx.forms[following].isalpha() or not ctx.forms[following].islower() or word in _NOT_A_SUBJECT:
            continue
        after = ctx.next_word(following)
        if after is None or ctx.lower[after] in _NOT_A_SUBJECT or not _noun_like(ctx, after, "its"):
            continue
        yield _swap_hit(ctx, index, "its", _POSSESSIVE, 0.8)


def find_its_after_action(ctx: Context) -> Iterator[Hit]:
    """ "it's" after a verb of moving a part, before a described noun: "the lens threw it's white arm out"."""
    for index in ctx.indices_of(("it's",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None or ctx.lower[previous] not in _PART_ACTIONS:
            continue
        if not ctx.forms[following].isalpha() or not ctx.forms[following].islower():
            continue
        yield _swap_hit(ctx, index, "its", _POSSESSIVE, 0.85)


# Before "there" these make it a place or the start of "there is": "had been there long", "stood there white".
_PLACE_BEFORE = frozenset(
    """
    is was were are am be been being had has have having do does did and or but then so stood sat lay lived
    stayed remained waited went came got arrived stopped worked slept died left stand sit lie live stay remain
    wait go come get arrive stop work sleep die leave standing sitting living staying right just up down out over
    though although that if when where because as while since until unless whether than
    """.split()
)
_NUMBERS = frozenset("one two three four five six seven eight nine ten twenty hundred few several many".split())


def _owned_after_verb(ctx: Context, previous: int, following: int) -> bool:
    """True when "there" stands between a verb and a noun the pair counts often see after "their" but never after
    "there": "know there secrets", "leaped there horses" (not "been there long", "stood there white")."""
    word = ctx.lower[following]
    before = ctx.lower[previous]
    if before in _PLACE_BEFORE or word in _NUMBERS or word.endswith("ing") or not ctx.forms[previous].islower():
        return False
    return ctx.model.pair("their", word) >= 5_000_000


def find_whose_question(ctx: Context) -> Iterator[Hit]:
    """ "Whose that?" / "Whose she?": "whose" before a pronoun that ends the clause asks "who is" ("I know
    whose that is" goes on to its verb)."""
    for index in ctx.indices_of(("whose",)):
        following = ctx.next_word(index)
        if following is None or ctx.lower[following] not in {"that", "this", "he", "she", "it", "there"}:
            continue
        after = following + 1
        if after >= len(ctx.forms) or ctx.forms[after][:1] not in {"?", ".", "!", ","}:
            continue
        yield _swap_hit(ctx, index, "who's", _CONTRACTION, 0.85)


def find_whos_nouns(ctx: Context) -> Iterator[Hit]:
    """ "who's" before a noun that never follows "is" or "has": "a man who's hands shook"."""
    model = ctx.model
    for index in ctx.indices_of(("who's",)):
        following = ctx.next_word(index)
        if following is None:
            continue
        if not _noun_like(ctx, following) and not _subject_of_verb(ctx, following):
            continue
        word = ctx.lower[following]
        if word in _NOT_SUBJECTS or model.pair("is", word) or model.pair("has", word):
            continue
        yield _swap_hit(ctx, index, "whose", _POSSESSIVE, 0.8)


# Words that may follow "who is"/"who has" and then a verb: "who's just left", "who's ever loved".
_NOT_SUBJECTS = frozenset(
    """
    just ever never always also still already really only even actually been got gotten had not now then
    here there left right next sorry hurt alone afraid asleep awake home done gone
    """.split()
)


def _subject_of_verb(ctx: Context, index: int) -> bool:
    """True for a plain word the pair counts do not know, which a past verb follows: "a guy who's skiff just
    died" (the skiff is the subject, so "who's" owns it)."""
    word = ctx.lower[index]
    if not ctx.forms[index].isalpha() or not ctx.forms[index].islower() or word in _NOT_SUBJECTS:
        return False
    # Adjectival endings: "the kid who's feverish stayed home" is right.
    adjective = ("ish", "ous", "ful", "ive", "ic", "less", "able", "ible", "y", "al", "ent", "ant", "er", "est")
    if word.endswith(("ed", "ing", "en", "ly", *adjective)) or word in IRREGULAR_PAST or word in _PAST_FORMS:
        return False
    verb = ctx.next_word(index)
    if verb is not None and ctx.lower[verb] in {"just", "had", "has", "was", "is", "never", "already"}:
        verb = ctx.next_word(verb)
    if verb is None:
        return False
    past = ctx.lower[verb]
    return (past.endswith("ed") and len(past) > 3) or past in _PAST_FORMS


# Where a clause, and so a subject, may begin: "if your sick", "what your talking about".
_CLAUSE_OPENERS = _SUBJECT_SLOTS | frozenset(
    "what while as whether where how who unless until now then oh well yes no okay ok cause".split()
)
# Words after "you are" that never follow a possessive "your" in a subject.
_AFTER_YOU_ARE = frozenset(
    """
    not no off at in with from after to sure alone afraid dead drunk sick wanted such always never
    just still already also all welcome kidding joking lying gonna
    """.split()
)
# After "it is" but not after a possessive "Its" opening a clause ("Its very existence" is a possessive).
_AFTER_IT_IS = frozenset("all so too ever worse better not no just".split())
# After "your painting" these say the -ing word was a noun: "your painting is lovely".
_VERBS_AFTER_NOUN = frozenset(
    "is was has had will would seems seemed looks looked sounds made makes can could must might should may".split()
)


@dataclass(frozen=True, slots=True)
class Opening:
    """A possessive that opens a clause where only a contraction fits: "Your drunk.", "if their sick"."""

    word: str
    fix: str
    be: str
    after: frozenset[str]
    gerunds: bool = True


def find_openings(opening: Opening, ctx: Context) -> Iterator[Hit]:
    """The possessive at a clause start before a word that follows only "you/they are" or "it is"."""
    model = ctx.model
    for index in ctx.indices_of((opening.word,)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if following is None or not (
            ctx.starts[index] or (previous is not None and ctx.lower[previous] in _CLAUSE_OPENERS)
        ):
            continue
        if not ctx.forms[following].isalpha() or not ctx.forms[following].islower():
            continue
        if ctx.text.startswith("-", ctx.spans[following].end):
            continue
        word = ctx.lower[following]
        fits = word in opening.after and not (word in {"not", "never", "always"} and _verb_follows(ctx, following))
        gerund = opening.gerunds and word.endswith("ing") and word != "being" and model.pair(opening.be, word)
        # "Their interesting talk": an adjective in -ing ("very interesting") is no verb.
        if not fits and gerund and not model.pair("very", word):
            fits = not _verb_follows(ctx, following, commas=True) and not _verb_next(ctx, following)
        if not fits and _clause_ends(ctx, following):
            owned = any(model.pair(owner, word) for owner in (opening.word, "the", "his"))
            fits = model.pair(opening.be, word) >= 1_000_000 and not owned
        if not fits:
            continue
        yield _swap_hit(ctx, index, opening.fix, _CONTRACTION, 0.85)


# Words after which a clause (and so a contraction) may begin, besides the openers: "and you're family".
_NEW_CLAUSE = frozenset(
    """
    and or nor then now so as like is was me him her us them it you i we they see saw feel felt hear heard bet
    say swear realize realise guess believe sure glad bet figured noticed tell told
    """.split()
)


def find_object_contractions(word: str, fix: str, stands_for: tuple[str, ...], ctx: Context) -> Iterator[Hit]:
    """A contraction in object position before a noun: "beg you're pardon", "recall it's general outline"."""
    model = ctx.model
    for index in ctx.indices_of((word,)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None or not ctx.forms[previous].islower():
            continue
        if ctx.lower[previous] in _CLAUSE_OPENERS or ctx.lower[previous] in _NEW_CLAUSE:
            continue
        # "Of course it's grey.": a clause opens after "of course" too.
        before = ctx.prev_word(previous)
        if ctx.lower[previous] == "course" and before is not None and ctx.lower[before] == "of":
            continue
        if not _noun_like(ctx, following, fix) or any(model.pair(other, ctx.lower[following]) for other in stands_for):
            continue
        yield _swap_hit(ctx, index, fix, _POSSESSIVE, 0.8)


# After a predicate noun, words that carry the clause on without making the noun a subject.
_AFTER_PREDICATE = frozenset("now too again here there forever anyway though then".split())


def _predicate_noun(ctx: Context, index: int, following: int) -> bool:
    """ "You're family." / "They're friends with him": the contraction opens its clause and the noun after it
    is its complement, not the subject of a verb, so the contraction is right."""
    previous = ctx.prev_word(index)
    opens = ctx.starts[index] or previous is None or ctx.lower[previous] in _CLAUSE_OPENERS | _NEW_CLAUSE
    if not opens:
        return False
    after = ctx.next_word(following)
    return _clause_ends(ctx, following) or (
        after is not None and (ctx.lower[after] in _PREPOSITIONS or ctx.lower[after] in _AFTER_PREDICATE)
    )


# What "you" cannot stand before after a preposition: "through you hair" lost the r of "your".
_YOUR_THINGS = POSSESSIONS - {"own", "turn", "idea", "fault", "name", "names", "life", "lives", "family"}


def find_you_for_your(ctx: Context) -> Iterator[Hit]:
    """ "you" for "your" between a preposition and a thing owned ("through you hair", "at you mother")."""
    for index in ctx.indices_of(("you",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None or ctx.lower[previous] not in _PREPOSITIONS:
            continue
        if ctx.lower[following] not in _YOUR_THINGS or not ctx.forms[following].islower():
            continue
        span = ctx.spans[index]
        fixed = match_case("your", ctx.forms[index])
        yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here.", (fixed,), 0.85)


def find_opening_gerund(word: str, fix: str, ctx: Context, *, goes_on: bool = False) -> Iterator[Hit]:
    """ "Bram, your bleeding." / "Its raining.": a possessive opening its clause before an -ing word that ends
    it. A possessive gerund needs a verb ("Your leaving hurt"), so a clause that stops there is a contraction.

    With `goes_on`, also an -ing word followed by a preposition or an object when no verb comes later in the
    sentence ("your bleeding on my salt.").
    """
    for index in ctx.indices_of((word,)):
        following = ctx.next_word(index)
        if following is None or not ctx.lower[following].endswith("ing") or not ctx.forms[following].islower():
            continue
        if len(ctx.lower[following]) < 5 or ctx.lower[following] in _NOT_GERUNDS:
            continue
        previous = ctx.prev_word(index)
        before = ctx.text[max(0, ctx.spans[index].start - 40) : ctx.spans[index].start].rstrip()
        opens = (previous is None and (not before or before[-1] in ".,!?;:…—\"“”'‘")) or (
            previous is not None and ctx.lower[previous] in _GERUND_OPENERS
        )
        after = following + 1
        ends = after >= len(ctx.forms) or ctx.forms[after][:1] in {".", "!", "?", ",", "…", '"', "”"}
        if not ends and goes_on:
            # "your bleeding on my salt.", "Your looking at a man who…": the -ing word goes on to a place or an
            # object, and the sentence never reaches the verb a possessive gerund would need.
            nxt = ctx.next_word(following)
            ends = nxt is not None and ctx.lower[nxt] in _AFTER_PROGRESSIVE and not _verb_to_come(ctx, nxt)
        if not opens or not ends:
            continue
        yield _swap_hit(ctx, index, fix, _CONTRACTION, 0.85)


# Words after which a clause starts with its subject: "I think your bleeding", "and their coming!".
_GERUND_OPENERS = frozenset(
    "oh god think guess know knew thought said and but so because cause if when now then well look hey".split()
)
# -ing nouns that a possessive owns at a clause end: "their wedding.", "your building,".
_NOT_GERUNDS = frozenset(
    """
    wedding building ceiling evening morning clothing bedding feeling feelings painting drawing writing
    wing ring king thing string spring sibling darling earring stocking pudding icing offering blessing
    ending beginning meaning belongings savings surroundings offspring modeling modelling undoing upbringing
    interesting amazing cunning charming boring loving caring willing daring fascinating
    """.split()
)


# What a progressive goes on to, but a gerund subject rarely does before its verb: "your bleeding on…".
_AFTER_PROGRESSIVE = frozenset(
    """
    on at in to into onto for with about from over through around like me him us them you my his our
    their all everywhere
    """.split()
)
# A clause of its own starts here: its verb is not the verb of the sentence ("a man who is owed").
_RELATIVES = frozenset({"who", "whom", "which"})
# Finite verbs that may follow a gerund subject, besides the past forms ("Your leaving hurt her").
_COMMON_VERBS = frozenset(
    """
    is was are were has had have will would can could must might should may does did do makes made
    hurts hurt upset upsets cost costs meant means scares scared worries worried kills killed
    """.split()
)


def _verbish(ctx: Context, index: int) -> bool:
    """True for a word that may be a finite verb: a past form, an -ed word, or a common verb."""
    word = ctx.lower[index]
    return word in _COMMON_VERBS or word in _PAST_FORMS or (word.endswith("ed") and len(word) > 4)


def _verb_next(ctx: Context, index: int) -> bool:
    """True when the word right after `index` may be a verb: "Your leaving hurt her"."""
    after = ctx.next_word(index)
    return after is not None and _verbish(ctx, after)


def _verb_to_come(ctx: Context, index: int) -> bool:
    """True when a possible verb stands later in the sentence, before any relative clause."""
    for after in range(index + 1, len(ctx.forms)):
        form = ctx.forms[after]
        if not ctx.is_word[after]:
            if form[:1] in '.!?;:…"”“—' or "\n\n" in ctx.text[ctx.spans[after - 1].end : ctx.spans[after].start]:
                return False
            continue
        if ctx.lower[after] in _RELATIVES:
            return False
        if _verbish(ctx, after):
            return True
    return False


def _verb_follows(ctx: Context, index: int, *, commas: bool = False) -> bool:
    """True when a finite verb follows in the same clause: "Your leaving so soon will hurt her" (a gerund).

    With `commas`, the search runs on past commas to the end of the sentence ("Their taking her home, and
    paying for it, was kind").
    """
    # Hard-wrapped text breaks a clause over lines, so a single line break does not end the search.
    for after in range(index + 1, min(len(ctx.forms), index + (40 if commas else 12))):
        if not ctx.is_word[after]:
            if commas and ctx.forms[after] in {",", ";", "—", "-", "--"}:
                continue
            return False
        if ctx.lower[after] in _VERBS_AFTER_NOUN:
            return True
        if "\n\n" in ctx.text[ctx.spans[after - 1].end : ctx.spans[after].start]:
            return False
    return False


def _noun_like(ctx: Context, index: int, owner: str = "the") -> bool:
    """True for a lower-case word the pair counts see after a possessive or an article, and not a verb form."""
    word = ctx.lower[index]
    if not ctx.forms[index].isalpha() or not ctx.forms[index].islower() or word in _NOT_NOUNS:
        return False
    if word.endswith(("ed", "ing")) or word in IRREGULAR_PAST or word in _PAST_FORMS:
        return False
    if ctx.text.startswith("-", ctx.spans[index].end):
        return False
    return any(ctx.model.pair(before, word) for before in ("the", "their", "his", "her", owner))


# Colour and complexion words the treebanks are too small to know as adjectives: "Your grey as a ghost".
_COMPLEXIONS = frozenset("grey gray pale white ashen pallid green flushed red pink wan sallow".split())
# Adjectives that a possessive owns a noun through, even at a clause end ("Your usual.", "Their best!").
_OWNED_ADJECTIVES = frozenset(
    "usual own best worst only favorite favourite dearest latest next last first whole former new old".split()
)
# Ranks that name a thing owned even before "as": "your best as a writer".
_RANKS = frozenset("best worst own only first last next whole favorite favourite latest former".split())
# Degree words between "They're" and an adjective: "There probably huge."
_DEGREE_ADVERBS = frozenset(
    """
    probably really so too very just all both always never definitely totally pretty completely quite still
    already not usually actually literally kinda kind sort absolutely clearly obviously all
    """.split()
)


def _adjective_only(ctx: Context, index: int) -> bool:
    """True for a lower-case word that is (almost) only ever an adjective."""
    word = ctx.lower[index]
    if not ctx.forms[index].isalpha() or not ctx.forms[index].islower():
        return False
    classes = word_classes()
    # A word seen once, and then as an adjective, counts too ("brave").
    only = classes.total(word) >= 1 and classes.count(word, ADJECTIVE) == classes.total(word)
    return word in _COMPLEXIONS or only or classes.is_adjective(word)


def _progressive(ctx: Context, index: int) -> bool:
    """True for a lower-case -ing word that is (nearly) only ever a verb: "coming", "fighting"."""
    word = ctx.lower[index]
    if not word.endswith("ing") or len(word) < 5 or word == "being" or not ctx.forms[index].islower():
        return False
    if word in _NOT_GERUNDS:
        return False
    classes = word_classes()
    if not classes.knows(word):
        # Unknown to the treebanks: a word seen after "are" but never owned ("listening").
        return bool(ctx.model.pair("are", word)) and not ctx.model.pair("their", word)
    verb = classes.count(word, ("VBG",))
    return verb > 0 and verb >= 4 * classes.count(word, NOUN)


def find_possessive_adjective(word: str, fix: str, ctx: Context, *, degree: bool = False) -> Iterator[Hit]:
    """A possessive opening a clause before an adjective that nothing owns: "Your grey as a ghost", "There
    probably huge." The adjective must close its phrase (a stop, "as", "enough", "and"), since "your usual
    seat" and "their quiet house" own their noun.

    With `degree`, one degree word may stand between ("There probably huge.").
    """
    for index in ctx.indices_of((word,)):
        previous = ctx.prev_word(index)
        if not (ctx.starts[index] or (previous is not None and ctx.lower[previous] in _CLAUSE_OPENERS)):
            continue
        following = ctx.next_word(index)
        if following is None:
            continue
        adverb = degree and ctx.lower[following] in _DEGREE_ADVERBS
        if adverb:
            following = ctx.next_word(following)
            if following is None:
                continue
        if ctx.text.startswith("-", ctx.spans[following].end):
            continue
        if not _adjective_only(ctx, following):
            # "There not coming.": after a degree word, a verb in -ing can only be progressive.
            if adverb and _progressive(ctx, following) and not _verb_next(ctx, following):
                yield _swap_hit(ctx, index, fix, _CONTRACTION, 0.8)
            continue
        adjective = ctx.lower[following]
        after = following + 1
        # "Your usual." orders the usual drink; "Your old enough" can own nothing.
        stops = after < len(ctx.forms) and ctx.forms[after] in {".", "!", "?"} and adjective not in _OWNED_ADJECTIVES
        nxt = ctx.next_word(following)
        compares = nxt is not None and ctx.lower[nxt] in {"as", "enough"} and adjective not in _RANKS
        joined = adverb and nxt is not None and ctx.lower[nxt] in {"and", "but"}
        if not (stops or compares or joined):
            continue
        yield _swap_hit(ctx, index, fix, _CONTRACTION, 0.8)


# Verbs after which "whose" + an -ing verb asks "who is": "Guess whose telling him?"
_ASKING = frozenset("guess know see wonder ask asked tell wondered knew saw".split())


def find_whose_progressive(ctx: Context) -> Iterator[Hit]:
    """ "Whose telling Barty?": "whose" opening a question before an -ing word that is only a verb (never a
    noun one could own, as "whose dancing" or "whose painting" are), with no verb of its own after it."""
    classes = word_classes()
    for index in ctx.indices_of(("whose",)):
        previous = ctx.prev_word(index)
        if not (ctx.starts[index] or (previous is not None and ctx.lower[previous] in _ASKING)):
            continue
        following = ctx.next_word(index)
        if following is None or not ctx.forms[following].islower():
            continue
        verb = ctx.lower[following]
        if not verb.endswith("ing") or len(verb) < 5 or verb in _NOT_GERUNDS:
            continue
        progressive = classes.count(verb, ("VBG",)) >= 4 * max(1, classes.count(verb, NOUN))
        if not (progressive or (ctx.model.pair("is", verb) and not classes.can_be(verb, NOUN))):
            continue
        if ctx.model.pair("whose", verb):
            continue
        nxt = ctx.next_word(following)
        if nxt is not None and ctx.lower[nxt] in _VERBS_AFTER_NOUN:
            continue
        yield _swap_hit(ctx, index, "who's", _CONTRACTION, 0.85)


def _only_apostrophe_dropped(written: str, hit: Hit) -> bool:
    return any(fix.replace("'", "").replace("’", "").lower() == written.lower() for fix in hit.suggestions[:1])


def _rule(
    rule_id: str,
    swaps: tuple[Swap, ...],
    bad: tuple[Example, ...],
    good: tuple[str, ...],
    model_swaps: tuple[ModelSwap, ...] = (),
    after_preposition: tuple[tuple[str, str], ...] = (),
    extra: Callable[[Context], Iterable[Hit]] | None = None,
) -> Rule:
    words = "/".join(dict.fromkeys(swap.word for swap in swaps))

    def find(ctx: Context) -> Iterator[Hit]:
        seen: set[int] = set()
        hits = (
            *find_swaps(swaps, ctx),
            *find_after_preposition(after_preposition, ctx),
            *find_model_swaps(model_swaps, ctx),
            *(extra(ctx) if extra is not None else ()),
        )
        for hit in hits:
            # A text message drops apostrophes on purpose ("**Jo:** its fine"); a wrong word ("your the best")
            # is still a slip.
            if _only_apostrophe_dropped(ctx.text[hit.start : hit.end], hit) and in_chat_line(ctx.text, hit.start):
                continue
            if hit.start not in seen:
                seen.add(hit.start)
                yield hit

    return Rule(id=rule_id, category="grammar", description=f"{words} confused.", find=find, bad=bad, good=good)


# Adverbs that do modify the noun owned by "its" ("its only hope", "its ever-changing face").
_OWNED_ADVERBS = frozenset(
    "very only most more least less much even once far well still now then ever own so as".split()
)
# What follows "it is" + an adverb but not a possessive's adverb + adjective + noun ("its brightly lit hall").
_AFTER_IT_IS_ADVERB = frozenset(
    """
    the a an not no nothing all like my your his her our their too gonna going been over done there here
    just that what about as in on at for to true fine impossible time worth enough up out
    """.split()
)


def find_its_adverb(ctx: Context) -> Iterator[Hit]:
    """ "Its" opening a clause before an adverb and a word that no owned noun phrase goes on with: "Its
    practically the same thing", "its basically over." """
    classes = word_classes()
    for index in ctx.indices_of(("its",)):
        previous = ctx.prev_word(index)
        if not (ctx.starts[index] or (previous is not None and ctx.lower[previous] in _CLAUSE_OPENERS)):
            continue
        adverb = ctx.next_word(index)
        if adverb is None or not ctx.forms[adverb].isalpha() or not ctx.forms[adverb].islower():
            continue
        word = ctx.lower[adverb]
        if word in _OWNED_ADVERBS or not _is_adverb(classes, word):
            continue
        following = ctx.next_word(adverb)
        if following is None:
            # The clause ends after the adverb when punctuation (not a hyphen) follows it.
            end = ctx.spans[adverb].end
            if not ctx.text[end : end + 1] or ctx.text[end] in "-–":
                continue
        elif ctx.lower[following] not in _AFTER_IT_IS_ADVERB:
            continue
        yield _swap_hit(ctx, index, "it's", _CONTRACTION, 0.85)


# Predicates after "both" that the treebanks also saw as nouns: "you're both right".
_BOTH_PREDICATES = frozenset(
    "so too right wrong gonna fine okay ok idiots fools liars welcome asleep awake alone afraid alive".split()
)


def find_both_contraction(word: str, fix: str, ctx: Context) -> Iterator[Hit]:
    """ "your both so loud", "their both gone": a possessive owns a noun after "both" ("your both hands"),
    so "both" and a word that is never a noun say "you are both" / "they are both"."""
    classes = word_classes()
    for index in ctx.indices_of((word,)):
        both = ctx.next_word(index)
        if both is None or ctx.lower[both] != "both":
            continue
        following = ctx.next_word(both)
        if following is None or not ctx.forms[following].isalpha() or not ctx.forms[following].islower():
            continue
        after = ctx.lower[following]
        if classes.knows(after):
            fits = after in _BOTH_PREDICATES or not classes.can_be(after, NOUN)
        else:
            fits = after in _BOTH_PREDICATES or after.endswith(("ing", "ly"))
        if not fits:
            continue
        yield _swap_hit(ctx, index, fix, _CONTRACTION, 0.85)


def _is_adverb(classes: WordClasses, word: str) -> bool:
    """An adverb the treebanks know as one (mostly), or an unseen word in -ly ("practically")."""
    total = classes.total(word)
    if total:
        return classes.count(word, ("RB",)) >= 0.8 * total
    return word.endswith("ly") and len(word) > 5 and not classes.count(word, ("@ADJ",))


_CONTRACTION = "“{word}” should be “{fixed}” here (a contraction, not a possessive)."
_POSSESSIVE = "“{word}” should be “{fixed}” here (a possessive, not a contraction)."


def _swap_hit(ctx: Context, index: int, fix: str, message: str, confidence: float) -> Hit:
    """A hit replacing the word at `index` by `fix` in its capitalisation, with `message` filled in."""
    span = ctx.spans[index]
    fixed = match_case(fix, ctx.forms[index])
    return Hit(span.start, span.end, message.format(fixed=fixed, word=ctx.forms[index]), (fixed,), confidence)


ITS = _rule(
    "grammar.its_its",
    (
        Swap("its", "it's", CLAUSE_STARTERS | ITS_ONLY, True, _CONTRACTION),
        Swap("it's", "its", THING_PARTS, False, _POSSESSIVE, going=False),
    ),
    bad=(
        Example("I know its hard.", "I know it's hard."),
        Example("Its not your fault.", "It's not your fault."),
        Example("The dog wagged it's tail.", "The dog wagged its tail."),
        Example("The owl sat in it's hollow tree.", "The owl sat in its hollow tree."),
        Example("I'm only saying its allowed to.", "I'm only saying it's allowed to."),
        Example("The lamp threw it's white beam out.", "The lamp threw its white beam out."),
        Example("The river wound it's way south.", "The river wound its way south."),
        Example("The cat licked it's sore leg.", "The cat licked its sore leg."),
        Example("It's chief charm was the view.", "Its chief charm was the view."),
        Example(
            "He's a warden's cat. Its practically the same thing.",
            "He's a warden's cat. It's practically the same thing.",
        ),
        Example("Relax. Its basically over.", "Relax. It's basically over."),
    ),
    good=(
        "It's grey. Of course it's grey.",
        "I know it's late.\n\n**Jo:** its fine lol\n\n**me:** ok",
        "I know it's hard.",
        "The dog wagged its tail.",
        "The crab hid its hard shell.",
        "It had its own rules.",
        "It's way too late.",
        "The ship lost its battered sails.",
        "The dog ruined its bed.",
        "It shook, it's cold.",
        "It's you who told me. It's stuff that could help.",
        "Its brightly lit hall was empty. Its only hope was rain. Its newly painted door.",
    ),
    model_swaps=(
        ModelSwap("it's", "its", ("is", "has"), 1.4),
        # "its expensive." / "its odd,": a word that ends the clause, often after "is" and never after "its".
        ModelSwap(
            "its",
            "it's",
            ("its",),
            1.5,
            after=_SUBJECT_SLOTS,
            fix_as=("is",),
            clause_end=True,
            contraction=True,
            unseen_min=5_000_000,
            at_start=True,
        ),
    ),
    after_preposition=(("it's", "its"),),
    extra=lambda ctx: (
        *find_openings(Opening("its", "it's", "is", _AFTER_IT_IS, gerunds=False), ctx),
        *find_object_contractions("it's", "its", ("is", "has"), ctx),
        *find_opening_gerund("its", "it's", ctx),
        *find_its_participle(ctx),
        *find_its_after_action(ctx),
        *find_its_way(ctx),
        *find_its_after_past_verb(ctx),
        *find_contraction_subject("it's", "its", ctx),
        *find_possessive_adjective("its", "it's", ctx, degree=True),
        *find_its_adverb(ctx),
    ),
)

YOUR = _rule(
    "grammar.your_youre",
    (
        Swap("your", "you're", CLAUSE_STARTERS - {"my", "his", "him", "me", "us", "them", "our"}, True, _CONTRACTION),
        Swap("you're", "your", POSSESSIONS, False, _POSSESSIVE, going=False),
    ),
    bad=(
        Example("I think your going to regret that.", "I think you're going to regret that."),
        Example("You're hands are shaking.", "Your hands are shaking."),
        Example("I know your right.", "I know you're right."),
        Example("Go home. Your drunk.", "Go home. You're drunk."),
        Example("I know what your doing.", "I know what you're doing."),
        Example("Your so dramatic.", "You're so dramatic."),
        Example("Bram, your bleeding.", "Bram, you're bleeding."),
        Example("He ran a hand through you hair.", "He ran a hand through your hair."),
        Example("Sit down, your bleeding on the rug.", "Sit down, you're bleeding on the rug."),
        Example("You're plan was a good one.", "Your plan was a good one."),
        Example("“Your grey as a ghost.”", "“You're grey as a ghost.”"),
        Example("kit: your both so loud", "kit: you're both so loud"),
    ),
    good=(
        "Your hands are shaking.",
        "Raise your right hand.",
        "I didn't expect your being here.",
        "It is your right.",
        "He spoke of your going to Paris.",
        "You're way too kind.",
        "Your painting is lovely.",
        "Your sister called.",
        "I heard of your leaving town.",
        "“You're family,” he said. You're friends with her now.",
        "Your so-called friend left. That is for you guys. I made it for you, hands down.",
        "Your leaving will hurt her. I can't stop your bleeding. Congratulations on your wedding.",
        "Your leaving hurt her. Your bleeding on the carpet ruined it.",
        "Then you'd look at me with your stupid—your face.",
        "Your usual. Your huge dog barked.",
        "He held your both hands.",
    ),
    model_swaps=(ModelSwap("you're", "your", ("are",), 1.0),),
    after_preposition=(("you're", "your"),),
    extra=lambda ctx: (
        *find_openings(Opening("your", "you're", "are", _AFTER_YOU_ARE), ctx),
        *find_object_contractions("you're", "your", ("are",), ctx),
        *find_you_for_your(ctx),
        *find_both_contraction("your", "you're", ctx),
        # Only "your": "her health, their coming to town" lists possessive gerunds after a comma.
        *find_opening_gerund("your", "you're", ctx, goes_on=True),
        *find_contraction_subject("you're", "your", ctx),
        *find_possessive_adjective("your", "you're", ctx),
    ),
)

THEIR = _rule(
    "grammar.their_there",
    (
        Swap("their", "they're", frozenset({"gonna", "not", "a", "an", "the"}), False, _CONTRACTION),
        Swap(
            "their",
            "there",
            frozenset({"is", "was", "were", "are", "isn't", "wasn't", "weren't", "aren't"}),
            False,
            "“{word}” should be “{fixed}” here (“there is”, “there was”).",
            going=False,
        ),
        Swap("there", "their", frozenset({"own"}) | THEIR_THINGS, False, _POSSESSIVE, going=False),
        Swap("they're", "their", POSSESSIONS, False, _POSSESSIVE, going=False),
    ),
    bad=(
        Example("I hope their going to be okay.", "I hope they're going to be okay."),
        Example("Their was no answer.", "There was no answer."),
        Example("They did it there own way.", "They did it their own way."),
        Example("The twins raised there hands.", "The twins raised their hands."),
        Example("The crew keep there spare suits racked.", "The crew keep their spare suits racked."),
        Example("The twins knew there secrets.", "The twins knew their secrets."),
        Example("They're hands were cold.", "Their hands were cold."),
        Example("Watch the rats. There probably huge.", "Watch the rats. They're probably huge."),
        Example("I asked, and their both coming.", "I asked, and they're both coming."),
    ),
    good=(
        "He climbed onto the balcony, and from there over the rail.",
        "Their hands were cold.",
        "There was no answer.",
        "I hope they're going to be okay.",
        "He sat there quietly.",
        "They had been there long. It was likely that there war n't a sound.",
        "There, probably, lay the answer. There really was a huge one.",
    ),
    model_swaps=(
        ModelSwap("they're", "their", ("are",), 1.2),
        ModelSwap(
            "there",
            "their",
            ("there",),
            1.0,
            frozenset("of with for from into about through and took held lost in upon on by saw".split()),
        ),
    ),
    extra=lambda ctx: (
        *find_there_nouns(ctx),
        *find_both_contraction("their", "they're", ctx),
        *find_openings(Opening("their", "they're", "are", _AFTER_YOU_ARE | {"so", "too"}), ctx),
        *find_object_contractions("they're", "their", ("are",), ctx),
        *find_opening_gerund("their", "they're", ctx),
        *find_possessive_adjective("their", "they're", ctx, degree=True),
        *find_possessive_adjective("there", "they're", ctx, degree=True),
    ),
)

WHOSE = _rule(
    "grammar.whose_whos",
    (
        Swap(
            "whose",
            "who's",
            frozenset({"gonna", "coming", "not", "been", "the", "a", "an", "there", "ready", "next"}),
            False,
            _CONTRACTION,
        ),
        Swap(
            "who's",
            "whose",
            frozenset({"turn", "idea", "fault", "side", "car", "house", "phone", "voice", "child"}),
            False,
            _POSSESSIVE,
            going=False,
        ),
    ),
    bad=(
        Example("Guess whose coming to dinner.", "Guess who's coming to dinner."),
        Example("Who's idea was this?", "Whose idea was this?"),
        Example("She met a man who's hands shook.", "She met a man whose hands shook."),
        Example("On who's orders?", "On whose orders?"),
        Example("He was a guy who's skiff just sank.", "He was a guy whose skiff just sank."),
        Example("“Whose that?” she asked.", "“Who's that?” she asked."),
        Example("“Whose telling him?”", "“Who's telling him?”"),
    ),
    good=(
        "Guess who's coming to dinner.",
        "Whose idea was this?",
        "I know whose that is.",
        "He's the one who's right.",
        "Ask who's there.",
        "The kid who's feverish stayed home.",
        "The man who's hurt needed help.",
        "Whose writing is this?",
    ),
    after_preposition=(("who's", "whose"),),
    extra=lambda ctx: (*find_whos_nouns(ctx), *find_whose_question(ctx), *find_whose_progressive(ctx)),
)

RULES: tuple[Rule, ...] = (ITS, YOUR, THEIR, WHOSE)
