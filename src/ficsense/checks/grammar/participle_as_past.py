"""grammar.participle_as_past — a wrong simple past: a participle ("she begun", "the bell rung") or an
irregular verb given the regular ending ("creeped", "throwed", "bringed").

The participle mirror of "had went": verbs whose past and participle differ (begin/began/begun) get the
participle straight after their subject. Only verbs whose participle is never an adjective are listed
("drunk", "shrunk" and "sunken" are left out: "they drunk and loud" is an adjective), and dialect forms
that stand for other verbs ("he seen it", "she done it") are left alone, since fan fiction writes them on
purpose. After a noun subject only "rung" is trusted ("the wrench rung in her palm"): "sunk" and
"sprung" there are period usage ("her heart sunk within her") and "sung", "begun" are often passives
("the hymn sung at dawn").

Regularised pasts are forms no edited English writes for these verbs, except the idioms kept out
("creeped out", "on bended knee") and, inside dialogue, the rural dialect of older fiction ("I knowed
him").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

PAST = {"begun": "began", "rung": "rang", "sung": "sang", "swum": "swam", "sunk": "sank", "sprung": "sprang"}
SUBJECTS = frozenset("he she it they i we".split())
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
    springed:sprang understanded:understood
    """.split()
)
# Dialect pasts older fiction gives its rural speakers on purpose ("I knowed him").
DIALECT = frozenset("knowed throwed growed blowed drawed catched comed".split())


def find(ctx: Context) -> Iterator[Hit]:
    """Participles straight after a subject, and regularised pasts of irregular verbs."""
    yield from _regularised(ctx)
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
        Example("The phone buzzed and it rung twice.", "The phone buzzed and it rang twice."),
        Example("He swung so hard the wrench rung in her palm.", "He swung so hard the wrench rang in her palm."),
        Example("The needle creeped up to the red.", "The needle crept up to the red."),
        Example("We met Kestrin. Then Kestrin begun to pace.", "We met Kestrin. Then Kestrin began to pace."),
        Example("She throwed the ball back.", "She threw the ball back."),
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
    ),
)
