"""grammar.participle_as_past — a wrong simple past: a participle ("she begun", "the bell rung") or an
irregular verb given the regular ending ("creeped", "throwed", "bringed").

The participle mirror of "had went": verbs whose past and participle differ (begin/began/begun) get the
participle straight after their subject. Only verbs whose participle is never an adjective are listed
("drunk", "shrunk" and "sunken" are left out: "they drunk and loud" is an adjective). The dialect pasts
"seen" and "done" ("Pip seen it first", "it was Pip who done it") are flagged only in narration, straight
after a pronoun, a name or "who" and before their object, and not when the story writes them that way three
times (a narrator's voice); dialogue keeps them. "drug" with a pronoun and a direction after it ("drug
himself through the hatch") is the dialect past of "drag", and so is "drug" after have with an object after
it ("has drug one of your socks"; "had drug money" keeps the noun). After a noun subject only "rung" is
trusted ("the wrench rung in her palm"): "sunk" and "sprung" there are period usage ("her heart sunk within
her") and "sung", "begun" are often passives ("the hymn sung at dawn").

Regularised pasts are forms no edited English writes for these verbs, except the idioms kept out
("creeped out", "on bended knee") and, inside dialogue, the rural dialect of older fiction ("I knowed
him"); "brang" and "brung" are "brought".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

PAST = {"begun": "began", "rung": "rang", "sung": "sang", "swum": "swam", "sunk": "sank", "sprung": "sprang"}
SUBJECTS = frozenset("he she it they i we you".split())
# "had she begun", "has it rung": an inverted auxiliary before the subject.
AUXILIARIES = frozenset("had has have having 'd 've was were is are be been".split())
DETERMINERS = frozenset("the a an his her my your their our its this that".split())
# What follows a verb "rung" but not the noun ("the top rung of the ladder", "the next rung up").
_AFTER_RANG = frozenset(
    "in out through across off against around twice once again loud loudly from inside overhead somewhere".split()
)
# Words before "rung" that make it the ladder's rung.
_RUNG_OWNERS = frozenset("top bottom next last first second third lowest highest ladder one".split())
REGULARISED: Mapping[str, str] = dict(
    pair.split(":")
    for pair in """
    creeped:crept throwed:threw knowed:knew catched:caught teached:taught bringed:brought thinked:thought
    buyed:bought drinked:drank swimmed:swam runned:ran sweeped:swept digged:dug freezed:froze stinged:stung
    swinged:swung bended:bent sended:sent spended:spent builded:built holded:held seeked:sought
    sleeped:slept keeped:kept feeled:felt fighted:fought finded:found speaked:spoke stealed:stole
    drived:drove rided:rode writed:wrote eated:ate falled:fell gived:gave growed:grew blowed:blew
    drawed:drew hided:hid meaned:meant shaked:shook sitted:sat standed:stood striked:struck taked:took
    telled:told weeped:wept winned:won breaked:broke choosed:chose forgetted:forgot lended:lent losed:lost
    maked:made sayed:said selled:sold shooted:shot sinked:sank spinned:spun sticked:stuck stinked:stank
    strided:strode wringed:wrung feeded:fed bleeded:bled breeded:bred clinged:clung flinged:flung
    dealed:dealt comed:came goed:went beginned:began bited:bit hurted:hurt putted:put shrinked:shrank
    springed:sprang understanded:understood brang:brought brung:brought layed:laid drownded:drowned
    stoled:stole forgotted:forgot tooken:taken attackted:attacked sweared:swore weared:wore hitted:hit
    spreaded:spread casted:cast
    """.split()
)
# Dialect pasts older fiction gives its rural speakers on purpose ("I knowed him").
DIALECT = frozenset("knowed throwed growed blowed drawed catched comed".split())


def find(ctx: Context) -> Iterator[Hit]:
    """Participles straight after a subject, and regularised pasts of irregular verbs."""
    yield from _regularised(ctx)
    yield from _seen_done(ctx)
    yield from _drug(ctx)
    for index in ctx.indices_of(PAST):
        subject = ctx.prev_word(index)
        if subject is None or not (
            ctx.lower[subject] in SUBJECTS
            or _noun_subject_of_rung(ctx, index, subject)
            or _name_subject(ctx, index, subject)
        ):
            continue
        before = ctx.prev_word(subject)
        if before is not None and ctx.lower[before] in AUXILIARIES:
            continue
        form = ctx.forms[index]
        fixed = match_case(PAST[ctx.lower[index]], form)
        span = ctx.spans[index]
        yield Hit(span.start, span.end, f"“{form}” needs “had”; the simple past is “{fixed}”.", (fixed,), 0.85)


def _noun_subject_of_rung(ctx: Context, index: int, subject: int) -> bool:
    """ "the wrench rung in her palm": a determiner and a noun before "rung", a place or "out" after it."""
    if ctx.lower[index] != "rung" or ctx.lower[subject] in _RUNG_OWNERS or not ctx.forms[subject].isalpha():
        return False
    determiner = ctx.prev_word(subject)
    following = ctx.next_word(index)
    return (
        determiner is not None
        and ctx.lower[determiner] in DETERMINERS
        and following is not None
        and ctx.lower[following] in _AFTER_RANG
        and not ctx.lower[subject].endswith(("est", "th"))
    )


def _name_subject(ctx: Context, index: int, subject: int) -> bool:
    """ "Aiden begun to laugh": a story name before a participle that is never an adjective after it."""
    form = ctx.forms[subject]
    return (
        ctx.lower[index] in NAME_PARTICIPLES
        and form in ctx.lexicon.names
        and form.isalpha()
        and not form.isupper()
        and not ctx.model.knows(ctx.lower[subject])
    )


# "sunk" and "sprung" after a name are period usage ("Mary sunk into a chair"), so only these.
NAME_PARTICIPLES = frozenset({"begun", "rung", "swum"})


def _regularised(ctx: Context) -> Iterator[Hit]:
    for index in ctx.indices_of(REGULARISED):
        word = ctx.lower[index]
        following = ctx.next_word(index)
        # "creeped me out": the idiom; "on bended knee".
        if word == "creeped" and "out" in _next_words(ctx, index, 3):
            continue
        if word == "bended" and following is not None and ctx.lower[following].startswith("knee"):
            continue
        if word in DIALECT and _in_quote(ctx, index):
            continue
        # A form the story repeats is its voice, not a slip.
        if len(ctx.where.get(word, ())) >= 3:
            continue
        form = ctx.forms[index]
        fixed = match_case(REGULARISED[word], form)
        span = ctx.spans[index]
        yield Hit(span.start, span.end, f"The past tense of this verb is “{fixed}”, not “{form}”.", (fixed,), 0.85)


# "she seen it", "Pip done the dishes": in narration (dialogue keeps a character's dialect), with the object
# right after, which rules out the passive and adjective readings ("she seen as a threat" has none).
DIALECT_PASTS: Mapping[str, str] = {"seen": "saw", "done": "did"}
_PERSONAL_SUBJECTS = frozenset("he she they i we".split())
_OBJECTS = frozenset("it him her them me us the a an that this his their my our what everything something".split())
# A story that writes the form this often narrates in a dialect voice on purpose.
VOICE = 3


def _seen_done(ctx: Context) -> Iterator[Hit]:
    for index in ctx.indices_of(DIALECT_PASTS):
        word = ctx.lower[index]
        subject, following = ctx.prev_word(index), ctx.next_word(index)
        if subject is None or following is None or ctx.lower[following] not in _OBJECTS:
            continue
        # "it was Sereth who done it": the relative "who" is a subject too.
        if not (ctx.lower[subject] in _PERSONAL_SUBJECTS or ctx.lower[subject] == "who" or _story_name(ctx, subject)):
            continue
        before = ctx.prev_word(subject)
        if before is not None and ctx.lower[before] in AUXILIARIES:
            continue
        if _in_quote(ctx, index) or _voice(ctx, word):
            continue
        form = ctx.forms[index]
        fixed = match_case(DIALECT_PASTS[word], form)
        span = ctx.spans[index]
        message = f"“{form}” needs “had” or “has”; the simple past is “{fixed}”."
        yield Hit(span.start, span.end, message, (fixed,), 0.8)


def _voice(ctx: Context, word: str) -> bool:
    """True when the story writes `word` straight after a subject three times or more: a narrator's dialect."""
    uses = ctx.where.get(word, ())
    bare = 0
    for use in uses:
        subject = ctx.prev_word(use)
        bare += subject is not None and (ctx.lower[subject] in _PERSONAL_SUBJECTS or _story_name(ctx, subject))
    return bare >= VOICE


def _story_name(ctx: Context, index: int) -> bool:
    """A name the story capitalises mid-sentence ("Pip"), even when it is also an English word."""
    form = ctx.forms[index]
    return form in ctx.lexicon.names and form.isalpha() and not form.isupper()


_REFLEXIVES = frozenset("himself herself themselves myself yourself ourselves itself".split())
_DRAGGED = frozenset("him her them me us it".split()) | _REFLEXIVES
_DRAG_WAYS = frozenset(
    "through across into out up down along over to toward towards back off behind onto from around inside".split()
)
# "to drug him", "would drug them", "the drug": the verb or noun "drug", not a past of "drag".
_NOT_DRAG_SUBJECTS = frozenset(
    """
    to will would could can should might must may shall did didn't don't doesn't won't wouldn't couldn't
    they we i you the a an this that any no of and or
    """.split()
)


def _drug(ctx: Context) -> Iterator[Hit]:
    """ "the corporal drug himself through the hatch": the dialect past of "drag", with what is dragged and
    where it goes after it (a present "drug" would need "drugs" after a singular subject)."""
    for index in ctx.indices_of(("drug",)):
        subject, dragged = ctx.prev_word(index), ctx.next_word(index)
        if _drug_after_have(ctx, subject, dragged):
            form = ctx.forms[index]
            fixed = match_case("dragged", form)
            span = ctx.spans[index]
            yield Hit(span.start, span.end, f"The past participle of “drag” is “{fixed}”.", (fixed,), 0.8)
            continue
        way = ctx.next_word(dragged) if dragged is not None else None
        if subject is None or way is None or ctx.lower[subject] in _NOT_DRAG_SUBJECTS:
            continue
        if ctx.lower[dragged] not in _DRAGGED or ctx.lower[way] not in _DRAG_WAYS:
            continue
        form = ctx.forms[index]
        fixed = match_case("dragged", form)
        span = ctx.spans[index]
        yield Hit(span.start, span.end, f"The past tense of “drag” is “{fixed}”.", (fixed,), 0.8)


_HAVE = frozenset("has have had 's 've 'd he's she's it's i've you've we've they've he'd she'd i'd we'd they'd".split())
# What "has drug" takes when it is "has dragged": an object's determiner or pronoun ("has drug one of your
# socks", "had drug the cot"); the noun "drug" has a noun after it instead ("had drug money").
_DRAG_OBJECTS = _DRAGGED | frozenset("one the a an his my your their our its this that these those".split())


def _drug_after_have(ctx: Context, auxiliary: int | None, dragged: int | None) -> bool:
    """ "he has drug one of your socks": the dialect past of "drag" after have, before its object."""
    if auxiliary is None or dragged is None:
        return False
    return ctx.lower[auxiliary] in _HAVE and ctx.lower[dragged] in _DRAG_OBJECTS


def _next_words(ctx: Context, index: int, count: int) -> list[str]:
    words: list[str] = []
    following = ctx.next_word(index)
    while following is not None and len(words) < count:
        words.append(ctx.lower[following])
        following = ctx.next_word(following)
    return words


def _in_quote(ctx: Context, index: int) -> bool:
    start = ctx.spans[index].start
    return any(quote.span.start <= start < quote.span.end for quote in ctx.doc.quotes)


RULE = Rule(
    id="grammar.participle_as_past",
    category="grammar",
    description="A wrong simple past: a participle (“she begun”) or a regularised irregular verb (“creeped”).",
    find=find,
    bad=(
        Example("Then she begun to laugh.", "Then she began to laugh."),
        Example("At the match you sung the fight song.", "At the match you sang the fight song."),
        Example("The phone buzzed and it rung twice.", "The phone buzzed and it rang twice."),
        Example("He swung so hard the wrench rung in her palm.", "He swung so hard the wrench rang in her palm."),
        Example("The needle creeped up to the red.", "The needle crept up to the red."),
        Example("We met Kestrin. Then Kestrin begun to pace.", "We met Kestrin. Then Kestrin began to pace."),
        Example("She throwed the ball back.", "She threw the ball back."),
        Example("Then Kestrin brung the pot over.", "Then Kestrin brought the pot over."),
        Example("We met Kestrin. Kestrin seen it first.", "We met Kestrin. Kestrin saw it first."),
        Example("The soldier drug himself through the door.", "The soldier dragged himself through the door."),
    ),
    good=(
        "Then she began to laugh.",
        "She had begun to laugh.",
        "Had she begun to laugh?",
        "They were drunk.",
        "The noise creeped me out.",
        "He asked on bended knee.",
        "She stood on the top rung of the ladder.",
        "“I knowed him,” the old man said.",
        "“I seen it,” the old man said.",
        "She had seen it first.",
        "They tried to drug him into sleep.",
    ),
)
