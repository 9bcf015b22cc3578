"""grammar.bare_verb — a bare verb after "he"/"she" ("when she open the door", "he walk over").

"he" and "she" are subjects only, so the verb after them must agree: "she opened", "she opens", never
"she open". Fan fiction often loses the ending in revision. The rule fires only where nothing licenses a
bare form: no auxiliary or modal before the subject ("did she open", "would he walk"), no subjunctive
opener ("lest he fall", "if she be"), no coordinated subject ("he and I walk"), no question. A word counts
as a verb when it is in the irregular table or its regular past ("opened") is common beside it (an adverb
such as "still" has a rare "stilled"), and as bare unless the pair counts see it after "he"/"she" about as
often as its inflected forms (the "go" of "will he go" is rare beside "he went"). Inside dialogue, where
dialect is deliberate ("he come of humble parents"), a verb the pair counts know after "he"/"she" is left
alone. A re- verb the counts cannot inflect ("retie") takes its stem's endings ("retied"). A name is a
subject after "when", "as" and the like, and when it opens a sentence of narration with a particle or an
object after the verb ("Halloran come in around then"). The suggestion follows the story's tense: past
unless the story mostly says "he is"/"she says". In a past-tense story, a present verb after "I"/"we" whose
own clause goes on in the past ("I grab for it and my fingers slid") is flagged too, outside dialogue.
A bare verb after ", and" that shares the "he"/"she" of an inflected verb earlier in the sentence ("He shifts
under the blankets, careful of the stitches, and wince") takes that verb's tense, in narration, when nothing
between licenses it (an infinitive, a modal, a causative or perception verb, a subordinate clause) and the
word reads as a verb, not a noun or adjective ("hat and stick", "and select concerts").
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ficsense.checks.context import Context
from ficsense.checks.language import LanguageModel
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.checks.word_classes import word_classes

IRREGULAR_PAST: Mapping[str, str] = dict(
    pair.split(":")
    for pair in """
    arise:arose awake:awoke become:became begin:began bend:bent bite:bit bleed:bled blow:blew break:broke
    breed:bred bring:brought build:built buy:bought catch:caught choose:chose cling:clung come:came creep:crept
    deal:dealt dig:dug do:did draw:drew drink:drank drive:drove eat:ate fall:fell feed:fed feel:felt fight:fought
    find:found flee:fled fling:flung fly:flew forbid:forbade forget:forgot forgive:forgave freeze:froze get:got
    give:gave go:went grow:grew hang:hung have:had hear:heard hide:hid hold:held keep:kept kneel:knelt
    know:knew lead:led leave:left lend:lent lose:lost make:made mean:meant meet:met pay:paid ride:rode ring:rang
    rise:rose run:ran say:said see:saw seek:sought sell:sold send:sent shake:shook shine:shone shoot:shot
    shrink:shrank sing:sang sink:sank sit:sat sleep:slept slide:slid speak:spoke spend:spent spin:spun spit:spat
    stand:stood steal:stole stick:stuck sting:stung stride:strode strike:struck swear:swore sweep:swept
    swim:swam swing:swung take:took teach:taught tear:tore tell:told think:thought throw:threw
    understand:understood wake:woke wear:wore weep:wept win:won withdraw:withdrew write:wrote
    overcome:overcame mistake:mistook misunderstand:misunderstood
    """.split()
)
# Words that may follow "he"/"she" although they look like bare verbs: adverbs, semi-modals, forms that
# are also a past tense ("she found", "he bore"), and verbs whose past is the bare form ("she put").
NEVER = frozenset(
    """
    still even down up back right well better best near further long once only need dare ought used please
    found wound ground bound saw bore lay lie fell rose left felt last forward home like
    put cut hit set let shut hurt read cast burst spread split cost quit bet bid thrust upset shed rid knit
    fit wed beat spit broadcast forecast
    be rent damn
    """.split()
)
SUBJECTS = frozenset({"he", "she"})
# Before the subject these license a bare verb: auxiliaries and modals (questions and inversions),
# subjunctive openers, and words that make the subject part of a plural one.
LICENSES = frozenset(
    """
    do does did don't doesn't didn't will would can could shall should may might must won't wouldn't can't
    couldn't shouldn't mustn't shan't had hadn't has hasn't have haven't is isn't was wasn't were weren't am
    are aren't 'll 'd t
    that lest if though although unless till whether ere
    let dare
    """.split()
)
# A name is a subject after these ("when Emma open the door"); elsewhere it may be an object ("watched
# Emma walk away") or share its verb ("Jo and Emma walk").
NAME_OPENERS = frozenset("when as while because since then once".split())
_PERSONS = frozenset("i you we they he she me him her us them".split())
# "God help her": a wish, not a slip.
_WISHED = frozenset({"God", "Lord", "Heaven", "Christ", "Jesus"})
_PAST_SHARE = 0.02
_RARE_REPEAT = 5_000_000
_INFLECTED_RATIO = 3
_PRESENT_MARKS = frozenset({"is", "has", "says", "does", "goes", "asks", "looks", "thinks", "knows"})
_PAST_MARKS = frozenset({"was", "had", "said", "did", "went", "asked", "looked", "thought", "knew"})
_IRREGULAR_FORMS = frozenset(IRREGULAR_PAST.values())


def past_tense(model: LanguageModel, verb: str) -> str | None:
    """The simple past of a bare verb (irregular table, else the most common regular spelling), if known."""
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        options = [verb + "d"]
    elif verb.endswith("y") and verb[-2:-1] not in "aeiou":
        options = [verb[:-1] + "ied"]
    else:
        options = [verb + "ed", verb + verb[-1] + "ed"]
    known = [form for form in options if model.count(form)]
    return max(known, key=model.count) if known else None


def _third(model: LanguageModel, verb: str) -> str | None:
    if verb == "have":
        return "has"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        options = [verb[:-1] + "ies"]
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        options = [verb + "es"]
    else:
        options = [verb + "s"]
    known = [form for form in options if model.count(form)]
    return known[0] if known else None


def _bare(model: LanguageModel, verb: str) -> tuple[str, str] | None:
    """(past, third person) when `verb` is a bare verb that never follows "he"/"she" as it stands."""
    if verb in NEVER or not verb.isalpha() or len(verb) < 2:
        return None
    past, third = past_tense(model, verb), _third(model, verb)
    if not model.count(verb) or past is None or third is None:
        return _bare_repeat(model, verb)
    # An adverb or adjective ("still", "free") has a rare or no "-ed" form; a verb's past is common.
    if verb not in IRREGULAR_PAST and model.count(past) < _PAST_SHARE * model.count(verb):
        return None
    # "he go" is in the pair counts (from "will he go"), but far less often than "he went" and "he goes".
    bare = sum(model.pair(subject, verb) for subject in SUBJECTS)
    inflected = sum(model.pair(subject, form) for subject in SUBJECTS for form in (past, third))
    if bare and inflected < _INFLECTED_RATIO * bare:
        return None
    return past, third


def _bare_repeat(model: LanguageModel, verb: str) -> tuple[str, str] | None:
    """ "retie", "rethink", "redo": a re- verb the counts lack or cannot inflect takes its stem's forms."""
    # "really" is no re-"ally": only a rare form, never a noun after "the", is read as a repeated verb.
    if not verb.startswith("re") or len(verb) < 4 or not model.frequency(verb) or model.pair("the", verb):
        return None
    if model.count(verb) >= _RARE_REPEAT:
        return None
    forms = _bare(model, verb[2:])
    return ("re" + forms[0], "re" + forms[1]) if forms else None


def _present_story(ctx: Context) -> bool:
    """True when the story mostly narrates in the present ("she says") rather than the past."""
    present = past = 0
    for index in ctx.indices_of(SUBJECTS):
        following = ctx.next_word(index)
        if following is None:
            continue
        word = ctx.lower[following]
        past += word in _PAST_MARKS or word.endswith("ed") or word in _IRREGULAR_FORMS
        present += word in _PRESENT_MARKS or (
            word.endswith("s") and not word.endswith("ss") and word[:-1] in ctx.model.unigrams
        )
    return present > past


def find(ctx: Context) -> Iterator[Hit]:
    """Bare verbs right after a subject pronoun where no auxiliary, modal or subjunctive licenses them."""
    model = ctx.model
    present: bool | None = None
    for index in _subjects(ctx):
        verb_index = ctx.next_word(index)
        if verb_index is None or not ctx.forms[verb_index].islower():
            continue
        forms = _bare(model, ctx.lower[verb_index])
        if forms is None or _hedge(ctx, verb_index):
            continue
        before = _before(ctx, index)
        if before is not None and ctx.lower[before] in LICENSES:
            continue
        two_before = _before(ctx, before) if before is not None else None
        if before is not None and ctx.lower[before] in {"and", "or", "nor"} and _joins_subject(ctx, two_before):
            continue
        if two_before is not None and ctx.lower[two_before] in LICENSES and ctx.lower[before] in {"not", "n't", "t"}:
            continue
        if ends_in_question(ctx, verb_index):
            continue
        # Dialogue keeps a character's dialect ("he come of humble parents"): there only a bare verb the
        # pair counts never see after "he"/"she" is flagged.
        if _in_quote(ctx, verb_index) and any(model.pair(subject, ctx.lower[verb_index]) for subject in SUBJECTS):
            continue
        if present is None:
            present = _present_story(ctx)
        past, third = forms
        word = ctx.forms[verb_index]
        choices = (third, past) if present else (past, third)
        suggestions = tuple(match_case(choice, word) for choice in choices)
        span = ctx.spans[verb_index]
        message = (
            f"After “{ctx.forms[index]}”, “{word}” needs a tense ending: “{suggestions[0]}” or “{suggestions[1]}”."
        )
        yield Hit(span.start, span.end, message, suggestions, 0.8)
    yield from _present_beside_past(ctx)
    yield from _coordinated_bare(ctx)


# Words between a subject's verb and "and" that make a following bare verb right: infinitives, modals,
# causatives and perception verbs ("asked her to sit and wait", "watched them come and go").
_COORDINATION_BLOCKERS = LICENSES | frozenset(
    """
    to let lets make makes made help helps helped watch watches watched see sees saw hear hears heard had have
    has bade bid feel feels felt notice notices noticed why rather than please not n't who that which i you
    we they or
    """.split()
)
_COORDINATION_REACH = 10


def _coordinated_bare(ctx: Context) -> Iterator[Hit]:
    """ "He shifts under the blankets and wince": a bare verb after "and" whose subject is the "he"/"she" of
    an inflected verb a few words back in the same sentence, with nothing between that licenses a bare form.
    Narration only; the suggestion takes the first verb's tense."""
    model = ctx.model
    for index in ctx.indices_of(("and",)):
        verb = ctx.next_word(index)
        if verb is None or not ctx.forms[verb].islower() or _in_quote(ctx, verb):
            continue
        # ", and wince": a comma closes the first verb's clause; without one "and" joins nouns ("hat and stick").
        if index == 0 or ctx.forms[index - 1] != ",":
            continue
        forms = _bare(model, ctx.lower[verb])
        if forms is None or not _verb_leaning(ctx, verb) or ends_in_question(ctx, verb):
            continue
        # "and select concerts": a bare noun after it makes the word an adjective.
        after = ctx.next_word(verb)
        if after is not None and _bare_noun(ctx, after):
            continue
        first = _coordinated_with(ctx, index)
        if first is None:
            continue
        past, third = forms
        fixed = match_case(third if ctx.lower[first].endswith("s") else past, ctx.forms[verb])
        span = ctx.spans[verb]
        message = f"“{ctx.forms[verb]}” shares its subject with “{ctx.forms[first]}” and needs its tense: “{fixed}”."
        yield Hit(span.start, span.end, message, (fixed,), 0.7)


def _coordinated_with(ctx: Context, conjunction: int) -> int | None:
    """The inflected verb straight after "he"/"she" that `conjunction` joins a second verb to, if the words
    between (on one sentence, few) leave no other reading."""
    current = _word_back(ctx, conjunction)
    for _ in range(_COORDINATION_REACH):
        if current is None or (ctx.lower[current] in _COORDINATION_BLOCKERS and not _preposition_to(ctx, current)):
            return None
        subject = _word_back(ctx, current)
        # "He just shifts": an adverb between the subject and its verb.
        if subject is not None and (ctx.lower[subject] in _ADVERBS or ctx.lower[subject].endswith("ly")):
            adverb_subject = _word_back(ctx, subject)
            if adverb_subject is not None and ctx.lower[adverb_subject] in SUBJECTS:
                subject = adverb_subject
        if subject is not None and ctx.lower[subject] in SUBJECTS:
            # "before she left Hertfordshire, and represent": a subordinate clause, inside a longer one.
            opener = _word_back(ctx, subject)
            if opener is not None and ctx.lower[opener] in _SUBORDINATORS:
                return None
            word = ctx.lower[current]
            inflected = (
                word.endswith("ed") or word in _IRREGULAR_FORMS or (word.endswith("s") and _bare(ctx.model, word[:-1]))
            )
            return current if inflected else None
        current = subject
    return None


_COMMON_PAST_SHARE = 0.2
_SUBORDINATORS = frozenset(
    "when before after while if as because until till since though although that who which where whom once "
    "unless".split()
)
_ADVERBS = frozenset("just then only still simply barely finally slowly quickly suddenly already even".split())


def _verb_leaning(ctx: Context, index: int) -> bool:
    """A word English writes after "to" more than after "the" ("smile", not "milk" in "bread and milk"), or
    one the counts lack that the word-class table knows as no noun ("wince")."""
    word, model = ctx.lower[index], ctx.model
    # "and close to", "and select concerts": an adjective.
    if model.pair("very", word) or word_classes().can_be(word, ("JJ", "@ADJ")):
        return False
    after_to, after_the = model.pair("to", word), model.pair("the", word)
    if after_to or after_the or model.pair("a", word):
        return after_to > after_the
    # A verb the pair counts lack has a common past ("winced"); "smelt" is a past itself ("smelted" is rare).
    past = past_tense(model, word)
    if past is None or model.count(past) < _COMMON_PAST_SHARE * model.count(word):
        return False
    return not word_classes().can_be(word, ("NN", "NNS", "@NOUN"))


def _preposition_to(ctx: Context, index: int) -> bool:
    """ "to the door": "to" before a determiner is a preposition, not an infinitive's."""
    following = ctx.next_word(index)
    return ctx.lower[index] == "to" and following is not None and ctx.lower[following] in _OWNERS | {"a", "an"}


def _bare_noun(ctx: Context, index: int) -> bool:
    """A plural noun with no determiner ("concerts"): seen after "the", never after "he"/"they"."""
    word, model = ctx.lower[index], ctx.model
    if not ctx.forms[index].islower() or not word.endswith("s") or word.endswith("ss"):
        return False
    return model.pair("the", word) > 0 and not (model.pair("he", word) or model.pair("they", word))


def _word_back(ctx: Context, index: int) -> int | None:
    """The word before token `index` within its sentence, across commas (not other stops or a paragraph)."""
    before = index - 1
    while before >= 0 and not ctx.is_word[before]:
        if ctx.forms[before] != ",":
            return None
        before -= 1
    if before < 0 or "\n\n" in ctx.text[ctx.spans[before].end : ctx.spans[index].start]:
        return None
    return before


# "she sort of sags", "he kind of laughed": a hedge before the verb, not a verb.
_HEDGES = frozenset({"sort", "kind"})


def _hedge(ctx: Context, index: int) -> bool:
    following = ctx.next_word(index)
    return ctx.lower[index] in _HEDGES and following is not None and ctx.lower[following] == "of"


def _present_beside_past(ctx: Context) -> Iterator[Hit]:
    """ "I grab for it and my fingers slid": in a past-tense story, a present verb after "I"/"we" whose own
    clause goes on in the past ("and my fingers slid", "and he flinched") is a verb that lost its ending."""
    model = ctx.model
    for index in ctx.indices_of(("i", "we")):
        verb = ctx.next_word(index)
        if verb is None or not ctx.forms[verb].islower() or ctx.lower[verb] in _IRREGULAR_FORMS:
            continue
        forms = _bare(model, ctx.lower[verb])
        before = _before(ctx, index)
        if forms is None or (before is not None and ctx.lower[before] in LICENSES | {"to", "and", "or"}):
            continue
        if _in_quote(ctx, verb) or ends_in_question(ctx, verb) or not _past_clause_follows(ctx, verb):
            continue
        if _present_story(ctx):
            return
        word = ctx.forms[verb]
        fixed = match_case(forms[0], word)
        span = ctx.spans[verb]
        message = f"“{word}” is present tense, but the rest of the clause is past: “{fixed}”."
        yield Hit(span.start, span.end, message, (fixed,), 0.7)


_OWNERS = frozenset("my his her their our its the your".split())
_PAST_SUBJECTS = frozenset("he she they it i we".split())
_CLAUSE_REACH = 6


def _past_clause_follows(ctx: Context, verb: int) -> bool:
    """An "and" a few words on (no punctuation between), then a subject and a past verb."""
    word = ctx.next_word(verb)
    for _ in range(_CLAUSE_REACH):
        if word is None:
            return False
        if ctx.lower[word] == "and":
            break
        word = ctx.next_word(word)
    else:
        return False
    subject = ctx.next_word(word)
    if subject is None:
        return False
    if ctx.lower[subject] in _OWNERS:
        subject = ctx.next_word(subject)
    elif ctx.lower[subject] not in _PAST_SUBJECTS:
        return False
    past = ctx.next_word(subject) if subject is not None else None
    return past is not None and _simple_past(ctx, past)


def _simple_past(ctx: Context, index: int) -> bool:
    """A form that can only be a simple past ("slid", "flinched"), not a participle or a noun."""
    word = ctx.lower[index]
    if word in _IRREGULAR_FORMS:
        return word not in NEVER and word not in IRREGULAR_PAST and word not in _PARTICIPLE_TOO
    if word.endswith("ed"):
        return any(past_tense(ctx.model, stem) == word for stem in (word[:-2], word[:-1]))
    return False


# Irregular pasts that are also participles or nouns ("he had won", "the bit"), unsafe after a subject.
_PARTICIPLE_TOO = frozenset("bit hung won spun shot stuck lost made paid sold sent spent meant met kept".split())


def _subjects(ctx: Context) -> list[int]:
    """Indices of "he"/"she", and of names that open a clause after "when", "as" and the like."""
    found = ctx.indices_of(SUBJECTS)
    for index in ctx.words:
        form = ctx.forms[index]
        if form.isalpha() and form in ctx.lexicon.names and not form.isupper() and form not in _WISHED:
            before = _before(ctx, index)
            after_opener = before is not None and ctx.lower[before] in NAME_OPENERS
            if after_opener or (_opens_narration(ctx, index) and _verb_then_complement(ctx, index)):
                found.append(index)
    return sorted(found)


def _opens_narration(ctx: Context, index: int) -> bool:
    """A name opening a sentence of narration: "Halloran come in around then." (dialogue drops commas
    before a name, "Jory come here!"; a name in s may be a family, "Potters come first")."""
    form = ctx.forms[index]
    if not ctx.starts[index] or form.endswith("s") or _in_quote(ctx, index):
        return False
    return (
        index == 0
        or ctx.forms[index - 1] in {".", "!", "?", "…"}
        or "\n" in ctx.text[ctx.spans[index - 1].end : ctx.spans[index].start]
    )


def _verb_then_complement(ctx: Context, index: int) -> bool:
    """The word after the name is followed by a particle, preposition or object, as a verb is ("come in",
    "nod at her"); "Quidditch practice was" and "Jedi code of honour" make it a noun."""
    verb = ctx.next_word(index)
    after = ctx.next_word(verb) if verb is not None else None
    if verb is None or after is None or ctx.lower[after] not in _COMPLEMENTS:
        return False
    # "Elizabeth arm in arm with": a word English writes after "his"/"her" is a noun here.
    return not any(ctx.model.pair(owner, ctx.lower[verb]) for owner in ("his", "her"))


_COMPLEMENTS = frozenset(
    """
    in out up down back over off away around through into onto across at to for with from toward towards
    him her them me us it his their my the a an this that
    """.split()
)


def _joins_subject(ctx: Context, index: int | None) -> bool:
    """True when token `index` (before "and") can be another subject: "Jo and he walk", "you and she go"."""
    if index is None:
        return False
    return ctx.lower[index] in _PERSONS or (ctx.forms[index][:1].isupper() and not ctx.starts[index])


def _before(ctx: Context, index: int) -> int | None:
    """The word right before token `index`, across emphasis marks and a single line break."""
    before = index - 1
    # Emphasis markup ("_could_ he") is looked through.
    while before > 0 and ctx.forms[before] in {"_", "*"}:
        before -= 1
    if before < 0 or not ctx.is_word[before]:
        return None
    gap = ctx.text[ctx.spans[before].end : ctx.spans[index].start].strip("_*")
    return before if gap.isspace() and "\n\n" not in gap else None


def _in_quote(ctx: Context, index: int) -> bool:
    """True when token `index` lies inside a quotation."""
    start = ctx.spans[index].start
    return any(quote.span.start <= start < quote.span.end for quote in ctx.doc.quotes)


def ends_in_question(ctx: Context, index: int) -> bool:
    """True when the sentence holding token `index` ends with a question mark."""
    text = ctx.text
    end = ctx.spans[index].end
    for stop in range(end, min(len(text), end + 300)):
        char = text[stop]
        if char in ".!?…" or text.startswith("\n\n", stop):
            return char == "?"
    return False


RULE = Rule(
    id="grammar.bare_verb",
    category="grammar",
    description="A bare verb after “he”/“she” (“when she open the door”).",
    find=find,
    bad=(
        Example("She froze when she open the door.", "She froze when she opened the door."),
        Example("Then he walk over to the window.", "Then he walked over to the window."),
        Example("She nods. Then she walk away.", "She nods. Then she walks away."),
        Example("His hands shook, so she retie it for him.", "His hands shook, so she retied it for him."),
        Example("I grab for the rail and my fingers slid off.", "I grabbed for the rail and my fingers slid off."),
        Example(
            "We waited for Halloran. Halloran come in with two mugs.",
            "We waited for Halloran. Halloran came in with two mugs.",
        ),
    ),
    good=(
        "She froze when she opened the door.",
        "Did she open the door?",
        "He would never walk away.",
        "I insist that he go at once.",
        "She put the cup down.",
        "He and I walk to school.",
        "They walk over to the window.",
        "Quidditch practice was cancelled.",
        "I grab the rail and my fingers slide off.",
        "We saw Elizabeth there. Elizabeth arm in arm with Jane.",
        "“Jory come here!” she called.",
        "She leans on the counter, where she sort of sags.",
    ),
)
