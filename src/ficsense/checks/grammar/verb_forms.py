"""Wrong verb forms: `grammar.past_participle` ("had went") and `grammar.lead_led` ("she lead him").

After have/has/had a verb takes its past participle; writers often put the simple past there ("had
went", "had ran"). Only verbs whose two forms differ and whose simple past is never a participle are
listed. The passive needs the participle too ("the ring was stole"): for a few transitive verbs, in
narration only. "lead" after he/she/it cannot be present tense (that would be "leads"), so it is "led".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ficsense.checks.context import Context
from ficsense.checks.grammar.tense import IRREGULAR_PAST, ends_in_question, past_tense
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.checks.word_classes import WordClasses, word_classes

PARTICIPLES: Mapping[str, str] = {
    "went": "gone",
    "came": "come",
    "ran": "run",
    "began": "begun",
    "saw": "seen",
    "did": "done",
    "ate": "eaten",
    "drank": "drunk",
    "wrote": "written",
    "took": "taken",
    "gave": "given",
    "spoke": "spoken",
    "broke": "broken",
    "chose": "chosen",
    "froze": "frozen",
    "stole": "stolen",
    "swam": "swum",
    "rode": "ridden",
    "drove": "driven",
    "shook": "shaken",
    "fell": "fallen",
    "knew": "known",
    "threw": "thrown",
    "grew": "grown",
    "flew": "flown",
    "drew": "drawn",
    "blew": "blown",
    "sang": "sung",
    "rang": "rung",
    "sank": "sunk",
    "shrank": "shrunk",
    "sprang": "sprung",
    "wore": "worn",
    "tore": "torn",
    "swore": "sworn",
    "hid": "hidden",
    "forgave": "forgiven",
    "mistook": "mistaken",
    "undertook": "undertaken",
    "overtook": "overtaken",
    "became": "become",
    "overcame": "overcome",
    "arose": "arisen",
    "rose": "risen",
    "bit": "bitten",
    "stank": "stunk",
    "forbade": "forbidden",
    "strove": "striven",
    "withdrew": "withdrawn",
    # "awoke" and "forgot" stay out: "had awoke" and "have forgot" are period English (Forster, Austen);
    # `_forgot` takes the one "forgot" shape they never write.
    "underwent": "undergone",
    "wove": "woven",
    "slew": "slain",
    "forsook": "forsaken",
    "foresaw": "foreseen",
    "outgrew": "outgrown",
    "overthrew": "overthrown",
    "partook": "partaken",
    "bore": "borne",
}
AUXILIARIES = frozenset(
    {"have", "has", "had", "having", "i've", "you've", "we've", "they've", "'ve", "hadn't", "haven't", "hasn't"}
    # "she's went" is wrong whether the 's is "is" or "has"; so is "she'd ate" with "had" or "would".
    | {"she's", "he's", "'s", "she'd", "he'd", "i'd", "you'd", "we'd", "they'd", "it'd", "'d"}
)
# After "'d" (which may be "would") these are also base forms: "he'd saw the plank", "they'd fell the oak".
_BASE_FORMS = frozenset({"saw", "fell"})
# After "fell" these make it "fall", not "fell a tree": "she'd fell off a ferry" is "she'd fallen".
_FALL_PARTICLES = frozenset("off down into from over asleep out through onto back apart behind ill sick silent".split())


def _fell_as_fall(ctx: Context, index: int) -> bool:
    following = ctx.next_word(index)
    return ctx.lower[index] == "fell" and following is not None and ctx.lower[following] in _FALL_PARTICLES


# Adverbs that may stand between the auxiliary and the participle.
BETWEEN = frozenset({"already", "just", "never", "always", "not", "finally", "only", "even", "ever", "since", "all"})
SUBJECTS = frozenset({"he", "she", "it", "what", "which"})
# Adverbs that may stand between a subject and its verb ("she always lead him").
_ADVERBS = frozenset({"always", "finally", "then", "quickly", "slowly", "gently", "just", "once", "never"})
LEAD_OBJECTS = frozenset(
    {"him", "her", "them", "me", "us", "you", "the", "his", "their", "my", "our", "your", "it", "to", "into"}
)


# "the money was stole", "it had been took": a passive needs the participle too. Only transitive verbs
# whose simple past older fiction does not write there ("much was ate", "being spoke to" are Austen's),
# and only in narration: dialogue keeps a character's "I was took bad".
PASSIVE_SLIPS = frozenset("took stole wrote chose froze drove gave tore wore threw forgave mistook forbade".split())
PASSIVE_AUXILIARIES = frozenset("was were been being is are be".split())


# "had forgot" is period English ("I had quite forgot her", "have forgot all about Lyme"), but never straight
# before a determiner and its noun in the PDNC novels, where fan fiction's "had forgot the difference" stands.
_FORGOT_AUXILIARIES = frozenset("had has have 'd 've hadn't hasn't haven't".split())
_FORGOT_OBJECTS = frozenset("the a an this that these those his my your their our its".split())


def _forgot(ctx: Context) -> Iterator[Hit]:
    """ "had forgot the difference": "forgotten" after an auxiliary, with a determiner straight after."""
    for index in ctx.indices_of(("forgot",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None:
            continue
        auxiliary = ctx.lower[previous]
        if auxiliary not in _FORGOT_AUXILIARIES and not auxiliary.endswith(("'d", "'ve")):
            continue
        if ctx.lower[following] not in _FORGOT_OBJECTS:
            continue
        span = ctx.spans[index]
        fixed = match_case("forgotten", ctx.forms[index])
        message = f"After “{ctx.forms[previous]}”, use the past participle “{fixed}”."
        yield Hit(span.start, span.end, message, (fixed,), 0.85)


# Only the auxiliaries that cannot be "would" or "is": "he'd turn around" and "she's fix it" are other verbs.
_HAVE = frozenset("had has have i've you've we've they've 've hadn't hasn't haven't".split())
# Base forms that follow "had" in set phrases ("had need of", "had better").
_NOT_BASE_AFTER_HAVE = frozenset("need dare better best rather like".split())
# After a word that is also a noun ("had hope"), only an object or a particle shows the verb: "had never fix it".
_SHOWS_VERB = frozenset(
    """
    the a an his her my your their our its it him them me us around up down out back over off away into through
    """.split()
)


def _base_after_have(ctx: Context) -> Iterator[Hit]:
    """ "had already turn around", "I've meet vampires": a bare verb after have, whose participle is meant."""
    classes = word_classes()
    for previous in ctx.indices_of(_HAVE):
        index = ctx.next_word(previous)
        if index is not None and ctx.lower[index] in BETWEEN:
            index = ctx.next_word(index)
        if index is None:
            continue
        word = ctx.lower[index]
        if not ctx.forms[index].islower() or word in _NOT_BASE_AFTER_HAVE or not classes.is_base_verb(word, share=0.5):
            continue
        # "had put", "has come": a form the treebanks also know as a past or participle is right as it stands.
        if classes.count(word, ("VBN", "VBD")):
            continue
        # "to have visit you", "would sooner have had happen": a causative "have" takes the bare verb.
        before = ctx.prev_word(previous)
        if before is not None and ctx.lower[before] in {"to", "have", "had", "having"}:
            continue
        following = ctx.next_word(index)
        if following is not None and ctx.lower[following] in {"to", "of"}:
            continue
        if classes.count(word, ("NN", "NNS")) and (following is None or ctx.lower[following] not in _SHOWS_VERB):
            continue
        past = past_tense(ctx.model, word)
        if past is None:
            continue
        participle = PARTICIPLES.get(past, past) if word in IRREGULAR_PAST else past
        if participle == word:
            continue
        span = ctx.spans[index]
        fixed = match_case(participle, ctx.forms[index])
        message = f"After “{ctx.forms[previous]}”, use the past participle “{fixed}”."
        yield Hit(span.start, span.end, message, (fixed,), 0.85)


def find_participles(ctx: Context) -> Iterator[Hit]:
    """A simple past after have/has/had (or, for some verbs, after be), possibly with an adverb between."""
    yield from _forgot(ctx)
    yield from _base_after_have(ctx)
    for index in ctx.indices_of(PARTICIPLES):
        participle = PARTICIPLES.get(ctx.lower[index])
        if participle is None:
            continue
        previous = ctx.prev_word(index)
        if previous is not None and ctx.lower[previous] in BETWEEN:
            previous = ctx.prev_word(previous)
        if previous is None:
            continue
        passive = (
            ctx.lower[previous] in PASSIVE_AUXILIARIES
            and ctx.lower[index] in PASSIVE_SLIPS
            and not _in_quote(ctx, index)
            and not _closes_clause(ctx, previous)
        )
        if ctx.lower[previous] not in AUXILIARIES and not passive:
            continue
        if ctx.lower[previous].endswith("'d") and ctx.lower[index] in _BASE_FORMS and not _fell_as_fall(ctx, index):
            continue
        span = ctx.spans[index]
        fixed = match_case(participle, ctx.forms[index])
        yield Hit(
            span.start,
            span.end,
            f"After “{ctx.forms[previous]}”, use the past participle “{fixed}”.",
            (fixed,),
            0.9,
        )


# "Whatever he was gave him away": "was" closes a clause of its own and the past is the main verb.
_CLAUSE_OPENERS = frozenset("what whatever who whoever whom which that all everything where how".split())


def _closes_clause(ctx: Context, auxiliary: int) -> bool:
    """An opener, a subject, then the auxiliary ("whatever he was"); "the ring that was" is a passive."""
    subject = ctx.prev_word(auxiliary)
    opener = ctx.prev_word(subject) if subject is not None else None
    return opener is not None and ctx.lower[opener] in _CLAUSE_OPENERS


def _in_quote(ctx: Context, index: int) -> bool:
    start = ctx.spans[index].start
    return any(quote.span.start <= start < quote.span.end for quote in ctx.doc.quotes)


def find_lead(ctx: Context) -> Iterator[Hit]:
    """ "he/she/it lead" followed by an object: the past tense "led"."""
    for index in ctx.indices_of(("lead",)):
        if ctx.lower[index] != "lead":
            continue
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is not None and ctx.lower[previous] in _ADVERBS:
            previous = ctx.prev_word(previous)
        if previous is None or following is None:
            continue
        if ends_in_question(ctx, index):
            continue
        passive = ctx.lower[previous] in _PASSIVE and ctx.lower[following] in _LED_WHERE
        if not passive and not _lead_subject(ctx, previous):
            continue
        named = ctx.forms[following] in ctx.lexicon.names and not ctx.forms[following].isupper()
        if not passive and not named and ctx.lower[following] not in LEAD_OBJECTS:
            continue
        span = ctx.spans[index]
        fixed = match_case("led", ctx.forms[index])
        yield Hit(span.start, span.end, "The past tense of “lead” is “led”.", (fixed,), 0.9)


def _lead_subject(ctx: Context, index: int) -> bool:
    """True when token `index` is a singular subject: "lead" after it can only be the past "led"."""
    # A name is one person: "Emma lead" can only be the past tense (the present is "leads").
    form, word = ctx.forms[index], ctx.lower[index]
    if word in SUBJECTS or word in {"had", "has", "have"}:
        return True
    # "let the guide lead them": the subject of "lead" is itself an object, and "lead" is bare.
    before = ctx.prev_word(index)
    for _ in range(3):
        if before is None:
            break
        if ctx.lower[before] in _MAKE_LEAD:
            return False
        before = ctx.prev_word(before)
    if form in ctx.lexicon.names and not form.isupper():
        return True
    # A singular noun ("my way lead me", "the path lead them"), judged by the pair counts.
    if not form.isalpha() or word.endswith("s") or word in _PLURALS or word in _NOT_SUBJECTS:
        return False
    return bool(ctx.model.pair("the", word)) and not ctx.model.pair(word, "lead")


# "Let Mark lead them", "to help the boy lead them": a bare "lead" after these is right.
_MAKE_LEAD = frozenset("let make made help helped watch watched saw see to will would could should can must".split())
_PLURALS = frozenset("children people men women police cattle feet teeth geese mice folk".split())
_NOT_SUBJECTS = frozenset(
    "that who which what and or but to not then also always never just only please i you we they".split()
)
_PASSIVE = frozenset("was were been being is be get got are".split())
_LED_WHERE = frozenset(
    "away forward into out by to down up through off back astray inside outside along across toward towards".split()
)


PARTICIPLE_RULE = Rule(
    id="grammar.past_participle",
    category="grammar",
    description="A simple past where the past participle belongs (“had went”).",
    find=find_participles,
    bad=(
        Example("She had went home early.", "She had gone home early."),
        Example("They had already ran out.", "They had already run out."),
        Example("He hadn't spoke in hours.", "He hadn't spoken in hours."),
        Example("She'd went home.", "She'd gone home."),
        Example("I thought she'd fell off a ferry.", "I thought she'd fallen off a ferry."),
        Example("The money was stole from the till.", "The money was stolen from the till."),
        Example("He had already turn around.", "He had already turned around."),
        Example("I've meet people like him.", "I've met people like him."),
    ),
    good=(
        "She had gone home early.",
        "She went home early.",
        "He had a saw in his hand.",
        "They'd fell the oak if they could.",
        "“I was took bad,” she said.",
        "He'd turn around if you asked.",
        "She had come home. They have put it away. We had better go.",
    ),
)

LEAD_RULE = Rule(
    id="grammar.lead_led",
    category="grammar",
    description="“lead” for the past tense “led”.",
    find=find_lead,
    bad=(
        Example("She lead him outside.", "She led him outside."),
        Example("He had lead them home.", "He had led them home."),
        Example("The path lead them north.", "The path led them north."),
        Example("She was lead away in chains.", "She was led away in chains."),
    ),
    good=(
        "She led him outside.",
        "They lead the way every year.",
        "He took the lead.",
        "The pipes were lead.",
        "Let Mara lead them home.",
        "The doors that lead into the hall.",
    ),
)


# Verbs that take "to" and a bare infinitive: after them "to rowed" or "to walked" has kept a past ending.
_TO_TAKERS = frozenset(
    """
    have has had having need needs needed want wants wanted going gonna try tries tried trying able unable used
    began begin started start decided decide managed refused seemed seem forgot remember remembered learned
    learnt ought meant hoped planned promised agreed chose wished
    """.split()
)


def find_infinitives(ctx: Context) -> Iterator[Hit]:
    """ "they'd had to rowed back": a past ending kept on the verb after an infinitive "to"."""
    classes = word_classes()
    for index in ctx.indices_of(("to",)):
        before, verb = ctx.prev_word(index), ctx.next_word(index)
        if before is None or verb is None or ctx.lower[before] not in _TO_TAKERS:
            continue
        word = ctx.lower[verb]
        # "to proceed", "to shed", "to bed": a word that is itself a verb or a noun is no kept past ending.
        if not word.endswith("ed") or not ctx.forms[verb].islower() or classes.count(word, ("VB", "VBP", "NN")):
            continue
        # The verb whose regular past this is ("rowed" from "row"; not "bed", which is no one's past).
        base = next(
            (
                stem
                for stem in (word[:-2], word[:-1], word[:-3])
                if len(stem) > 2 and _could_be_verb(classes, stem) and past_tense(ctx.model, stem) == word
            ),
            None,
        )
        # A participle used as an adjective after "to" is a preposition's object ("used to crowded rooms").
        if base is None or classes.count(word, ("JJ",)) or ctx.lower[before] == "used":
            continue
        span = ctx.spans[verb]
        fixed = match_case(base, ctx.forms[verb])
        yield Hit(span.start, span.end, f"After “to”, use the plain verb “{fixed}”.", (fixed,), 0.85)


def _could_be_verb(classes: WordClasses, stem: str) -> bool:
    """False for a stem the treebanks know only as a function word ("she" in "shed")."""
    return not classes.count(stem, ("PRP", "PRP$", "DT", "IN", "CC", "WP", "MD"))


INFINITIVE_RULE = Rule(
    id="grammar.infinitive_form",
    category="grammar",
    description="A past ending on the verb after an infinitive “to” (“had to rowed”).",
    find=find_infinitives,
    bad=(
        Example("They had to rowed back for hours.", "They had to row back for hours."),
        Example("She wanted to walked home.", "She wanted to walk home."),
    ),
    good=("They had to row back.", "He was used to crowded rooms.", "She went to bed tired."),
)
