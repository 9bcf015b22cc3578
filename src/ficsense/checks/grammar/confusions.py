"""Real-word confusions scored by context: `grammar.then_than`, `grammar.to_too` and the rest of the table.

Each entry is a set of words writers swap ("then"/"than"). Where one of them stands, every member of the
set is scored by a word-pair language model, P(word | previous) · P(next | word) from the English pair
counts (see language.py), and the writer's word is flagged only when another member fits its neighbours
at least `margin` orders of magnitude better *and* that member's pairs are attested, not guessed. An
apostrophe form is scored by what it stands for ("it's" → "is"/"has" before the next word), since the
pair counts hold no apostrophes. This is the classic confusion-set method (Golding 1995; Carlson et al.
2001), here with a deliberately wide margin because a wrong flag costs more than a miss. An entry may
add a finder of its own (`extra`): "to" before a word seen after "too" but never after a modal, where the
phrase ends ("to cold.", "to tired to argue"), is "too".
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ficsense.checks.context import Context
from ficsense.checks.grammar.tense import IRREGULAR_PAST, _present_story
from ficsense.checks.language import LanguageModel
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.checks.word_classes import word_classes


@dataclass(frozen=True, slots=True)
class Form:
    """A member of a confusion set and the words that stand for it to its left and right in pair counts."""

    word: str
    left: tuple[str, ...] = ()
    right: tuple[str, ...] = ()
    gloss: str = ""

    def lefts(self) -> tuple[str, ...]:
        return self.left or (self.word,)

    def rights(self) -> tuple[str, ...]:
        return self.right or (self.word,)


@dataclass(frozen=True, slots=True)
class ConfusionSet:
    """One table entry: the words, how sure the context must be, and the entry's own examples."""

    id: str
    groups: tuple[tuple[Form, ...], ...]
    bad: tuple[Example, ...]
    good: tuple[str, ...]
    margin: float = 1.0
    use_left: bool = True
    # Most members need a word after them to be judged: "The house was quiet." ends where "quite" cannot.
    need_right: bool = True
    # Per-form guards: (word, previous words that make it right whatever the model says).
    keep_after: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # The same for the next word: "not quiet enough", "did not quiet down".
    keep_before: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Contexts that settle the choice outright: a regular expression whose group `fix` holds the wrong
    # word, and the right word for each wrong one. They catch what the sparse pair counts miss.
    patterns: tuple[tuple[str, Mapping[str, str]], ...] = ()
    # False where the pair counts proved unreliable on edited fiction: then only the patterns run.
    model: bool = True
    # The words the model may flag; the others it judged too often wrongly on edited fiction.
    flag: frozenset[str] | None = None
    # A finder of its own for contexts neither the patterns nor the plain pair scores can judge.
    extra: Callable[[Context], Iterable[Hit]] | None = None

    def rule(self) -> Rule:
        """This entry as a registered rule."""
        words = "/".join(form.word for form in self.groups[0])
        compiled = tuple(re.compile(pattern, re.IGNORECASE) for pattern, _ in self.patterns)
        return Rule(
            id=self.id,
            category="grammar",
            description=f"{words} confused, judged by the neighbouring words.",
            find=lambda ctx: find_all(self, compiled, ctx),
            bad=self.bad,
            good=self.good,
        )


def _score(model: LanguageModel, form: Form, before: str | None, after: str | None, use_left: bool) -> float:
    if not use_left:
        # An apostrophe form is judged by its right neighbour alone, given what it stands for: the prior
        # of a stand-in ("is" for "it's") says nothing about how often the form itself is written.
        return max(model.follow(right, after) for right in form.rights()) if after is not None else 0.0
    # Naive Bayes over the two neighbours: P(w) · P(before | w) · P(after | w).
    score = model.log_count(form.word)
    if before is not None:
        score += model.precede(before, form.word)
    if after is not None:
        score += model.follow(form.word, after)
    return score


def _attested(model: LanguageModel, form: Form, before: str | None, after: str | None, use_left: bool) -> bool:
    left = before is not None and use_left and any(model.pair(before, word) for word in form.lefts())
    right = after is not None and any(model.pair(word, after) for word in form.rights())
    return left or right


def find_all(entry: ConfusionSet, compiled: tuple[re.Pattern[str], ...], ctx: Context) -> Iterator[Hit]:
    """Pattern hits first, then the model's, one per word."""
    seen: set[int] = set()
    triggers = {word for _, fixes in entry.patterns for word in fixes}
    text = ctx.text
    for index in ctx.indices_of(triggers):
        span = ctx.spans[index]
        # Each pattern is tried only around a word it could fix: scanning the whole text with patterns
        # that open on look-behinds costs seconds on a novel.
        for pattern, (_, fixes) in zip(compiled, entry.patterns, strict=True):
            if ctx.lower[index] not in fixes or span.start in seen:
                continue
            for match in pattern.finditer(text, max(0, span.start - _REACH), min(len(text), span.end + _REACH)):
                if match.span("fix") != (span.start, span.end):
                    continue
                seen.add(span.start)
                wrong = match.group("fix")
                fixed = match_case(fixes[wrong.lower()], wrong)
                yield Hit(span.start, span.end, f"“{wrong}” should be “{fixed}” here.", (fixed,), 0.9)
                break
    if entry.model:
        for hit in find(entry, ctx):
            if hit.start not in seen:
                seen.add(hit.start)
                yield hit
    if entry.extra is not None:
        for hit in entry.extra(ctx):
            if hit.start not in seen:
                seen.add(hit.start)
                yield hit


# How far a pattern may reach around the word it fixes, in characters.
_REACH = 80


def find(entry: ConfusionSet, ctx: Context) -> Iterator[Hit]:
    """Words of the set that their neighbours reject in favour of another member."""
    members = {form.word: (form, group) for group in entry.groups for form in group}
    model = ctx.model
    for index in ctx.indices_of(members):
        member = members.get(ctx.lower[index])
        if member is None:
            continue
        form, group = member
        if entry.flag is not None and form.word not in entry.flag:
            continue
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        before = ctx.lower[previous] if previous is not None else None
        after = ctx.lower[following] if following is not None else None
        if after is None and (entry.need_right or before is None or not entry.use_left):
            continue
        if before is not None and before in entry.keep_after.get(form.word, frozenset()):
            continue
        if after is not None and after in entry.keep_before.get(form.word, frozenset()):
            continue
        own = _score(model, form, before, after, entry.use_left)
        best: tuple[float, Form] | None = None
        for other in group:
            if other is form or not _attested(model, other, before, after, entry.use_left):
                continue
            gain = _score(model, other, before, after, entry.use_left) - own
            if gain >= entry.margin and (best is None or gain > best[0]):
                best = (gain, other)
        if best is None:
            continue
        gain, other = best
        span = ctx.spans[index]
        suggestion = match_case(other.word, ctx.forms[index])
        gloss = f" ({other.gloss})" if other.gloss else ""
        yield Hit(
            span.start,
            span.end,
            f"“{ctx.forms[index]}” looks wrong here; “{suggestion}”{gloss} fits the words around it.",
            (suggestion,),
            min(0.99, 0.5 + gain / 10),
        )


_MODALS = ("will", "would", "can", "could", "should", "must")
_ADJECTIVE_ENDINGS = ("ed", "ous", "ful", "ive", "ible", "able", "ish", "less", "ic")
# Adjectives that are verbs too: "to long for", "wanted to clean."
_ALSO_VERBS = frozenset(
    "long cool warm clear dry empty slow free calm quiet tidy open close clean right last wait".split()
)
# After "to" + a word these end the comparison: "to tired to argue", "to late for that".
_AFTER_DEGREE = frozenset({"to", "for", "or"})
# A verb of being or a degree word, then "to" + an adjective: "It's to ridiculous", "much to large and".
_BEFORE_DEGREE = frozenset(
    """
    is was were are am be been being it's that's he's she's they're you're we're i'm seemed seem seems
    looked looks felt feel feels got get gets getting become became sounded sounds much far altogether quite
    rather simply
    """.split()
)
# Adjectives that are never verbs (nor nouns after "to"), and the endings only adjectives have.
NEVER_VERBS = frozenset(
    """
    late early tired kind proud young old busy scared afraid big small hard easy hot cold heavy weak strong shy
    sweet stupid nice loud happy sad stubborn eager drunk dumb clever honest gentle lazy crazy awkward nervous
    angry sick obvious important thick tall tiny huge rich poor cheap expensive dangerous risky weird strange
    familiar rare exhausted hungry sleepy fragile precious soft pretty quick deep bright sharp polite curious
    serious wide ugly beautiful rough steep tight short large glad sensitive particular common
    """.split()
)
_ONLY_ADJECTIVE_ENDINGS = ("ous", "ful", "ible", "less", "ic")
_AFTER_ADJECTIVE = frozenset("to for and or a an on in with about of now".split())


def find_to_degree(ctx: Context) -> Iterator[Hit]:
    """ "to" before a word that follows "too" but never a modal, where the phrase ends ("to cold."), or before
    an adjective and another "to" ("to tired to argue", "to obvious to miss")."""
    model = ctx.model
    for index in ctx.indices_of(("to",)):
        following = ctx.next_word(index)
        if following is None or not ctx.forms[following].isalpha() or not ctx.forms[following].islower():
            continue
        word = ctx.lower[following]
        nxt = ctx.next_word(following)
        previous = ctx.prev_word(index)
        # "was to sensitive", "It's to ridiculous": after a verb of being "to" + an adjective is a degree.
        degree = previous is not None and ctx.lower[previous] in _BEFORE_DEGREE
        shaped = word.endswith(_ONLY_ADJECTIVE_ENDINGS) and len(word) > 4 and not model.pair("to", word)
        # The adjective ends its phrase ("to ridiculous.", "to busy a man", "to large and"): before a noun it
        # may be an object's ("vulnerable to psionic attackers", "got to young Tom's safe").
        after = following + 1
        closes = after >= len(ctx.forms) or ctx.forms[after][:1] in '.,;:!?…"”'
        closes = closes or (nxt is not None and ctx.lower[nxt] in _AFTER_ADJECTIVE)
        if degree and (word in NEVER_VERBS or shaped) and closes and word not in _ALSO_VERBS:
            span = ctx.spans[index]
            fixed = match_case("too", ctx.forms[index])
            yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here.", (fixed,), 0.85)
            continue
        # "to" + a participle or an adjective the pair counts never see after "to", then "to" + a verb.
        adjective = word.endswith(_ADJECTIVE_ENDINGS) and len(word) > 4 and not model.pair("to", word)
        if adjective and nxt is not None and ctx.lower[nxt] == "to" and not _from_before(ctx, index):
            span = ctx.spans[index]
            fixed = match_case("too", ctx.forms[index])
            yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here.", (fixed,), 0.85)
            continue
        if not model.pair("too", word) or word in _ALSO_VERBS or any(model.pair(modal, word) for modal in _MODALS):
            continue
        after = following + 1
        ends = after >= len(ctx.forms) or ctx.forms[after][:1] in '.,;:!?…"”'
        if not ends:
            nxt = ctx.next_word(following)
            ends = nxt is not None and ctx.lower[nxt] in _AFTER_DEGREE
        if not ends or _from_before(ctx, index):
            continue
        span = ctx.spans[index]
        fixed = match_case("too", ctx.forms[index])
        yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here.", (fixed,), 0.85)


# What a comparison goes on to after "than": "darker then her hair", "more spirit then any of them".
_COMPARED = frozenset(
    """
    the a an any anyone anything anybody anywhere ever usual before expected necessary i he she they we you it
    that this his her their my your our at in on with to most many some all me him them us those these
    """.split()
)
# Words in -er that the pair counts see before "than" but that are no comparatives, or are also adverbs of time.
_NOT_COMPARATIVES = frozenset("later ever never over under after water together other rather whether".split())
_COUNTED = frozenset("one two three four five few once some several no any".split())


def find_comparative_then(ctx: Context) -> Iterator[Hit]:
    """ "then" after a comparative, going on to what is compared: "darker then her hair", "more spirit then
    any of them" (but "stronger then," and "one more day then we left" are time)."""
    model = ctx.model
    for index in ctx.indices_of(("then",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None or ctx.lower[following] not in _COMPARED:
            continue
        if ctx.lower[following] == "ever" and _next_is_one_of(ctx, following, {"so", "since", "after"}):
            continue
        word = ctx.lower[previous]
        comparative = (
            word.endswith("er")
            and len(word) > 4
            and word not in _NOT_COMPARATIVES
            and model.pair(word, "than") >= 5_000_000
            and not model.pair(word, "then")
        )
        if not comparative:
            comparative = _more_and_word(ctx, previous)
        if not comparative:
            continue
        span = ctx.spans[index]
        fixed = match_case("than", ctx.forms[index])
        yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here.", (fixed,), 0.85)


# Past participles that follow "than" in a comparison even after a comma: "bigger, than expected".
_COMPARED_PAST = frozenset(
    "expected anticipated needed required intended planned imagined predicted hoped feared usual thought "
    "allowed promised advertised estimated".split()
)


def find_comma_than_past(ctx: Context) -> Iterator[Hit]:
    """ "than" after a comma and before a past verb: "over a cup of tea, than asked" is the next step, "then"."""
    classes = word_classes()
    for index in ctx.indices_of(("than",)):
        following = ctx.next_word(index)
        if index == 0 or ctx.forms[index - 1] != "," or following is None:
            continue
        word = ctx.lower[following]
        if word in _COMPARED_PAST or not ctx.forms[following].islower():
            continue
        # A past verb, or a form in -ed that is not (mostly) an adjective: the pair counts know no commas.
        if not (word in _PAST or (word.endswith("ed") and not classes.is_adjective(word, share=0.5))):
            continue
        span = ctx.spans[index]
        fixed = match_case("then", ctx.forms[index])
        yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here.", (fixed,), 0.85)


# Words after "not quiet" that finish a quiet state: "not quiet enough", "not quiet anymore".
_AFTER_QUIET = frozenset("enough either anymore yet now still again".split())


def find_not_quiet(ctx: Context) -> Iterator[Hit]:
    """ "not quiet" before a base verb or an adjective is the degree word: "didn't quiet manage it", "not quiet
    dark" (the verb "quiet" takes an object or "down": "couldn't quiet the crowd")."""
    classes = word_classes()
    for index in ctx.indices_of(("quiet",)):
        previous, following = ctx.prev_word(index), ctx.next_word(index)
        if previous is None or following is None:
            continue
        negation = ctx.lower[previous]
        if negation != "not" and not negation.endswith(("n't", "n’t")):
            continue
        word = ctx.lower[following]
        if word in _AFTER_QUIET or not ctx.forms[following].isalpha():
            continue
        if not (classes.is_base_verb(word) or classes.is_adjective(word)):
            continue
        span = ctx.spans[index]
        fixed = match_case("quite", ctx.forms[index])
        yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here.", (fixed,), 0.85)


def _more_and_word(ctx: Context, index: int) -> bool:
    """True when the word at `index` follows "more"/"less"/"fewer" that no count precedes ("more spirit", not
    "one more day")."""
    degree = ctx.prev_word(index)
    if degree is None or ctx.lower[degree] not in {"more", "less", "fewer"}:
        return False
    if not ctx.forms[index].isalpha() or not ctx.forms[index].islower():
        return False
    counted = ctx.prev_word(degree)
    return counted is None or ctx.lower[counted] not in _COUNTED


def _next_is_one_of(ctx: Context, index: int, words: set[str]) -> bool:
    after = ctx.next_word(index)
    return after is not None and ctx.lower[after] in words


def _from_before(ctx: Context, index: int) -> bool:
    """True when "from" stands a few words before: "from bad to worse" is a range, not a degree."""
    # Hard-wrapped text breaks a sentence over lines: look back across them, but not past punctuation.
    for before in range(index - 1, max(-1, index - 9), -1):
        if not ctx.is_word[before]:
            return False
        if ctx.lower[before] == "from":
            return True
    return False


# Where "lead" takes someone: "and lead him across the yard".
_LED_TO = frozenset(
    """
    across to into out through down up back away over along inside outside toward towards from onto off around
    past home
    """.split()
)
_LED_WHOM = frozenset("him her them us me it everyone everybody".split())
# Before "and lead" these leave "lead" a bare verb: "wanted to take his arm and lead him out".
_BARE_BEFORE = frozenset(
    """
    to will would could can should must might may shall let help make made please did didn't don't 'll ’ll 'd ’d
    gonna wanna
    """.split()
)
_PAST = frozenset(IRREGULAR_PAST.values())


def find_and_lead(ctx: Context) -> Iterator[Hit]:
    """ "took his arm and lead him across the yard": in a story told in the past, "and lead" + a person + where,
    joined to a past verb in the same sentence, is the past "led"."""
    hits = [index for index in ctx.indices_of(("lead",)) if _and_lead_someone(ctx, index)]
    if not hits or _present_story(ctx):
        return
    for index in hits:
        span = ctx.spans[index]
        fixed = match_case("led", ctx.forms[index])
        yield Hit(span.start, span.end, f"“{ctx.forms[index]}” should be “{fixed}” here (the past).", (fixed,), 0.8)


def _and_lead_someone(ctx: Context, index: int) -> bool:
    """True for "and lead him across…" after a past verb and no bare-verb trigger in the same sentence."""
    conjunction, whom = ctx.prev_word(index), ctx.next_word(index)
    if conjunction is None or whom is None or ctx.lower[conjunction] != "and" or ctx.lower[whom] not in _LED_WHOM:
        return False
    where = ctx.next_word(whom)
    if where is None or ctx.lower[where] not in _LED_TO:
        return False
    start = ctx.sentence_starts[max(0, bisect.bisect_right(ctx.sentence_starts, ctx.spans[index].start) - 1)]
    past = False
    for before in range(conjunction - 1, -1, -1):
        if ctx.spans[before].start < start:
            break
        word = ctx.lower[before]
        if word in _BARE_BEFORE or ctx.forms[before] in {'"', "“", "”"}:
            return False
        past = past or (word.endswith("ed") and len(word) > 4) or word in _PAST
    return past


_CLOCK = frozenset("one two three four five six seven eight nine ten eleven twelve midnight noon".split())


def find_half_passed(ctx: Context) -> Iterator[Hit]:
    """ "half-passed six": a clock time joined by a hyphen, which the word-by-word patterns never see."""
    for index in ctx.indices_of(("half-passed", "quarter-passed")):
        following = ctx.next_word(index)
        if following is None or not (ctx.lower[following] in _CLOCK or ctx.lower[following].isdigit()):
            continue
        span = ctx.spans[index]
        start = span.end - len("passed")
        wrong = ctx.text[start : span.end]
        fixed = match_case("past", wrong)
        yield Hit(start, span.end, f"“{wrong}” should be “{fixed}” here.", (fixed,), 0.9)


# Words that end a clause or start another: after "loose"/"breath" they mean the word stood alone.
_END = r"(?=\s*(?:[.,;:!?…\"”’)—-]|$|\s(?:and|but|as|when|before|again|now|for|in)\b))"
_PRONOUN_OBJECT = r"(?:me|you|him|her|it|us|them|my|your|his|its|our|their|the|this|that|everything|control|track)"
# What one "effects" (brings about): a change, a cure, an escape. Any other object is affected.
_EFFECTED = (
    r"(?!(?:[a-z]+\s+){0,2}(?:change|changes|cure|cures|escape|escapes|repair|repairs|entrance|entry|exit|"
    r"reconciliation|transformation|transformations|rescue|compromise|release|arrest|transfer|reform|reforms|"
    r"improvement|improvements|recovery|landing|union|settlement|introduction|introductions|purpose|"
    r"alteration|alterations|revolution|retreat|withdrawal|reunion|restoration|conversion|merger|sale)\b)"
)
# An object after a verb slot: a pronoun, a determiner or a possessive, or an indefinite ("to effect this"
# may bring a plan about, so the demonstratives are left out).
_EFFECT_OBJECT = (
    r"(?:me|him|her|them|us|you|my|his|their|your|our|its|the|a|an|anyone|everyone|"
    r"anybody|everybody|anything|everything|people|(?-i:[A-Z][a-z]+))\b"
)
# Things a hand or the voice lifts: after "rise" they are the object of "raise".
_RAISED = (
    r"(?:hand|hands|eyebrow|eyebrows|brow|brows|glass|glasses|cup|voice|head|chin|arm|arms|fist|fists|sword|"
    r"lantern|lamp|torch|finger|gun|weapon|pistol|rifle|shield|banner|flag|alarm|hood|mug|bottle|toast|knife|"
    r"axe|staff|wand|blade|palm|palms)"
)
# Places one goes by: "was passed the bridge" is "past" (a ball or a note is passed).
_PLACE = (
    r"(?:bridge|footbridge|gate|gates|church|chapel|house|houses|corner|turn|turning|point|edge|border|line|"
    r"threshold|door|doors|station|river|stream|village|town|mill|inn|pub|tavern|crossroads|junction|mark|halfway|"
    r"fence|wall|hedge|field|fields|farm|barn|stables|shop|shops|school|square|market|fountain|statue|tree|trees|"
    r"woods|wood|forest|hill|ridge|pass|ford|well|tower|castle|library|park|lake|pond|harbour|harbor|dock|docks|"
    r"pier|lighthouse|cottage|hall|hallway|kitchen|stairs|staircase|landing|window|windows|tent|tents|camp|"
    r"guard|guards|gatehouse|checkpoint|sign|signpost|milestone|graveyard|cemetery|post\s+office|road|lane|"
    r"track|path|alley|street|roundabout|lights|stop|worst)"
)
# A position taken, not a thing put down: after "lay" these make it "lie".
_LIE_POSITION = (
    r"(?:(?:back|down)(?=\s*[.,;:!?…\"”—]|\s+(?:on|in|for|beside|next|with|again|now|and|here|there|a\s+while|"
    r"for|until|till|against|under|by|across)\b)|still|flat|quiet|quietly|awake|there|here|motionless|"
    r"on\s+(?:the|your|his|her|my|their|our)\s+(?:bed|floor|ground|couch|sofa|grass|back|side|stomach|front))"
)

TABLE: tuple[ConfusionSet, ...] = (
    ConfusionSet(
        "grammar.to_too",
        ((Form("to"), Form("too", gloss="also, or excessively")),),
        bad=(
            Example("She was far to tired to argue.", "She was far too tired to argue."),
            Example("No, it was to cold.", "No, it was too cold."),
            Example("He stood up, to.", "He stood up, too."),
            Example("She's to stubborn to quit.", "She's too stubborn to quit."),
            Example("That was to close for comfort.", "That was too close for comfort."),
            Example("It's to ridiculous and he knows it.", "It's too ridiculous and he knows it."),
            Example("He tried it to times and failed.", "He tried it two times and failed."),
            Example("Only to of them came back.", "Only two of them came back."),
        ),
        good=(
            "She was far too tired to argue.",
            "He went to bed.",
            "Me too.",
            "It didn't amount to much.",
            "Things went from bad to worse.",
            "She wanted to.",
            "It went from gentle to rough.",
            "He drove to close the deal.",
            "Nothing ever seemed to astonish her.",
            "He was to leave at dawn.",
            "She went back to times past. They listened to times of old.",
        ),
        margin=2.5,
        patterns=(
            (
                r"\b(?:far|way|much|all|just|far)\s+(?P<fix>to)\s+(?:late|early|soon|tired|much|many|long|hard|fast|far|big|small|close|good|bad)\b",
                {"to": "too"},
            ),
            (r"\b(?:love|miss|want|need) (?:you|him|her|it|them) (?P<fix>to)(?=\s*[.!?,])", {"to": "too"}),
            # An adjective or adverb that is never a verb, then the end of the clause: "to late.", "to kind to".
            (
                # "from bad to worse" is a range: the look-behinds follow "to", so that they run only there.
                r"\b(?P<fix>to)(?<!\bfrom to)(?<!\bfrom \w{3} to)(?<!\bfrom \w{4} to)(?<!\bfrom \w{5} to)"
                r"(?<!\bfrom \w{6} to)(?<!\bfrom \w{7} to)(?<!\bfrom \w{8} to)(?<!\bfrom \w{9} to)"
                r"(?<!\bfrom \w{10} to)\s+(?:late|early|soon|often|tired|kind|"
                r"proud|young|old|busy|scared|afraid|big|small|little|bad|hard|easy|hot|cold|heavy|high|low|weak|"
                r"strong|shy|sweet|stupid|nice|far|loud|happy|sad|"
                # Adjectives that are never verbs, so "to" before them and a cut-off phrase is always "too".
                r"stubborn|eager|drunk|dumb|clever|honest|gentle|lazy|crazy|awkward|nervous|angry|sick|obvious|"
                r"important|thick|tall|tiny|huge|rich|poor|cheap|expensive|dangerous|risky|weird|strange|familiar|"
                r"rare|exhausted|hungry|sleepy|fragile|precious|soft|pretty|quick|deep|bright|sharp|polite|curious|"
                r"serious|wide|ugly|beautiful|rough|steep|tight|short|large|good|real|"
                r"(?-i:(?!reply|apply|supply|comply|imply|multiply)[a-z]{3,}ly))(?=\s*(?:[.,;!?…\"”]|to\b|for\b))",
                {"to": "too"},
            ),
            (r"(?:^|(?<=[\"“]))(?:Me|You|Us) (?P<fix>to)(?=[.!])", {"to": "too"}),
            (r"\b(?P<fix>to)\s+(?:close|near)\s+for\s+comfort\b", {"to": "too"}),
            (r",\s*(?P<fix>to)\s*,", {"to": "too"}),
            (r"\b(?P<fix>to)\s+(?:fine|good|big|small|great|long|short|late|much|little|high)\s+an?\s", {"to": "too"}),
            (r"(?<!\bused )(?<!\bgoing )(?<!\btend )(?<!\bwant )(?<!\bneed )\b(?P<fix>to)\s+often\b", {"to": "too"}),
            # The number: "to of them", "one or to", "tried it to times and" ("to" before a count of times
            # that ends the phrase is never the preposition).
            (r"\b(?P<fix>to)\s+of\s+(?:them|us|you|those|these|my|his|her|our|their)\b", {"to": "two"}),
            (r"\b(?:one|first)\s+or\s+(?P<fix>to)\b", {"to": "two"}),
            (
                r"\b(?P<fix>to)\s+times(?=\s*[.,;!?]|\s+(?:and|before|already|now|over|today|tonight|since|"
                r"in\s+a\s+row)\b)",
                {"to": "two"},
            ),
            # "also" at the end of a clause, set off by a comma: "Romero rose, to."
            (r",\s*(?P<fix>to)(?=\s*[.!?;])", {"to": "too"}),
        ),
        extra=find_to_degree,
    ),
    ConfusionSet(
        "grammar.then_than",
        ((Form("then"), Form("than")),),
        bad=(
            Example("He was taller then his brother.", "He was taller than his brother."),
            Example("She paused and than left.", "She paused and then left."),
            Example("It was more then enough.", "It was more than enough."),
            Example("He used more salt then it needed.", "He used more salt than it needed."),
            Example("Her coat was darker then the night.", "Her coat was darker than the night."),
            Example("You have more nerve then any of them.", "You have more nerve than any of them."),
            Example("Wait an hour, than we'll go.", "Wait an hour, then we'll go."),
            Example(
                "We have a more interesting problem then I thought.",
                "We have a more interesting problem than I thought.",
            ),
            Example(
                "He heard it all over a cup of tea, than asked for more.",
                "He heard it all over a cup of tea, then asked for more.",
            ),
            Example("She was older then he had expected.", "She was older than he had expected."),
        ),
        good=(
            "He was taller than his brother.",
            "She paused and then left.",
            "If not now, then when?",
            "I would rather walk than be driven.",
            "He was heavier and then I thought about it.",
            "We waited one more day then we had to go.",
            "He was taller than he'd thought.",
            "It got harder, then I thought of her.",
            "It grew heavier, then I thought about home.",
            "It was taller, than expected, and wider.",
        ),
        margin=2.0,
        flag=frozenset({"then"}),
        extra=lambda ctx: (*find_comparative_then(ctx), *find_comma_than_past(ctx)),
        patterns=(
            (
                r"\b(?:more|less|better|worse|rather|fewer|greater|larger|smaller|bigger|older|younger|longer|"
                r"shorter|harder|easier|faster|slower|higher|lower|stronger|weaker|taller|other)\s+(?P<fix>then)\b"
                # "trembled more then," is an adverb of time: a comparison goes on to what is compared.
                r"(?!\s*[,.;:!?])",
                {"then": "than"},
            ),
            (
                r"\b(?:and|since|until|till|back)\s+(?P<fix>than)\b(?!\s+(?:ever|usual|before)\b)",
                {"than": "then"},
            ),
            # "than" never opens a sentence or closes a clause; "then" does both.
            (r"(?:^|(?<=[.!?]\s)|(?<=[.!?]\s\s)|(?<=[\"“]))(?P<fix>(?-i:Than))\b", {"than": "then"}),
            (r"\b(?P<fix>than)(?=[.!?])", {"than": "then"}),
            (r",\s*(?P<fix>than)\s*,", {"than": "then"}),
            (r"\b(?:he|she|they|we|I|you)\s+(?P<fix>than)\s+(?=[a-z]+ed\b)", {"than": "then"}),
            # A comparative and its noun, then what it is compared with: "more tape then it needs".
            (
                r"(?<!\bone )(?<!\btwo )(?<!\bthree )(?<!\bfew )(?<!\bonce )(?<!\bsome )(?<!\bseveral )(?<!\bno )"
                r"\b(?:more|less|fewer|better|worse|bigger|smaller|longer|shorter|older|younger|harder|faster|slower|"
                r"higher|lower|greater|stronger|weaker|louder|quieter|larger|taller|closer|further|farther|heavier|"
                r"deeper|darker|brighter|sooner|rather|else|different)\s+(?!(?:and|but|or|so|yet|because|when)\b)[a-z]+"
                r"\s+(?P<fix>then)\s+(?:ever|usual|before|"
                r"anyone|anything|anybody|anywhere|everyone|everything|necessary|needed|expected|planned|intended|it|"
                r"he|she|they|we|I|you)\s+(?:needs|needed|did|does|do|had|has|have|was|were|is|are|could|would|"
                r"should|expected|thought|meant|intended|strictly|really|actually|usually|ever|normally)\b",
                {"then": "than"},
            ),
            # A comparative a few words back, then what one thought or expected: "a more interesting problem
            # then I thought" (a time "then" after a comma, or going on to "of"/"about", is left alone).
            (
                r"\b(?:more|less|fewer|better|worse|bigger|smaller|longer|shorter|older|younger|harder|easier|faster|"
                r"slower|higher|lower|greater|stronger|weaker|louder|quieter|larger|taller|closer|further|farther|"
                r"heavier|deeper|darker|brighter|sooner|worse|colder|warmer|hotter|smarter|braver|kinder|richer|"
                r"poorer|earlier|heavier|lighter|thicker|thinner|wider|narrower|stranger|simpler|safer)"
                # The words between must not start a new clause ("heavier and then I thought about it").
                r"(?:\s+(?!(?:and|but|or|so|yet|because|when|while|until)\b)[a-z]+){0,3}\s+(?P<fix>then)\s+"
                r"(?:I|you|he|she|we|they|it|anyone|anybody|everyone)"
                r"(?:['’]d|\s+had|\s+would\s+have|\s+could\s+have)?\s+(?:thought|expected|imagined|hoped|feared|"
                r"guessed|assumed|suspected|planned|intended|anticipated|remembered|believed|predicted|realised|"
                r"realized|knew|let\s+on)(?!\s+(?:of|about|that|to|it|so|back|for)\b)",
                {"then": "than"},
            ),
            # "than" never opens a clause after a comma: "wait ten minutes, than they'll go".
            (
                r",\s+(?P<fix>than)\s+(?:they|we|I|he|she|you|it)(?:'ll|’ll|'re|’re|'m|’m|'s|’s|'d|’d)(?=\s)",
                {"than": "then"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.breath_breathe",
        ((Form("breath"), Form("breathe")), (Form("breaths"), Form("breathes"))),
        bad=(
            Example("He caught his breathe.", "He caught his breath."),
            Example("She could not breath.", "She could not breathe."),
            Example("She took a deep breathe and stood.", "She took a deep breath and stood."),
            Example("I can't breath faster than this.", "I can't breathe faster than this."),
            Example("“Breath,” she said.", "“Breathe,” she said."),
            Example("“Breath, Corporal. In through your nose.”", "“Breathe, Corporal. In through your nose.”"),
            Example("She made herself breath slowly.", "She made herself breathe slowly."),
            Example("You forget to breath on his behalf.", "You forget to breathe on his behalf."),
            Example("“Marnie. Breath. In, then out.”", "“Marnie. Breathe. In, then out.”"),
            Example("She gasped for breathe.", "She gasped for breath."),
            Example("He felt the breathe of the wind.", "He felt the breath of the wind."),
        ),
        good=(
            "He caught his breath.",
            "She could not breathe.",
            "Breathe, she told herself.",
            "“Breath.” He sniffed. “Mint.”",
            "She let out a breath slowly.",
            "He let her breath settle.",
            "It made her breath catch.",
            "She let her breath out slowly. It made her breath and pulse race.",
            "He smelled it at once. Breath. Sour and old.",
        ),
        model=False,
        patterns=(
            (
                r"\b(?:his|her|my|your|their|our|a|deep|shaky|ragged|sharp|shuddering|shallow|long|slow|"
                r"steadying|calming|another|one|last|next|held|holding|hold|caught|catch)\s+(?P<fix>breathe)\b",
                {"breathe": "breath"},
            ),
            (
                r"\b(?:to|could|can|couldn't|can't|cannot|would|will|won't|should|must|didn't|don't|doesn't|"
                r"not|just|barely|could n't)\s+(?P<fix>breath)" + _END,
                {"breath": "breathe"},
            ),
            (
                r"\b(?:to|could|can|couldn't|can't|cannot|didn't|don't|able to)\s+(?P<fix>breath)\s+"
                r"(?:at|heavily|heavy|deeply|again|in|out|easier|easily|normally|properly|slowly|hard|through|freely|evenly|right)\b",
                {"breath": "breathe"},
            ),
            # The verb's manner after a modal: "can't breath slower", "couldn't breath properly".
            (
                r"\b(?:to|could|can|couldn't|couldn’t|can't|can’t|cannot|didn't|didn’t|don't|don’t|would|should|"
                r"must|will|won't|won’t|just|barely|let\s+(?:me|him|her|them|us))\s+(?P<fix>breath)\s+"
                r"(?:[a-z]+ly|slower|faster|deeper|quieter|louder|better|steady|there|past|around|against|without)\b",
                {"breath": "breathe"},
            ),
            # An order on its own line: "“Breath,” you say." / "Breath in."
            (
                r"(?:(?<=[\"“])|(?<=[\"“]Just )|(?<=[\"“]Now )|(?<=[.!?]\s))(?P<fix>(?-i:Breath))"
                r"(?=\s*[,!]\s*[\"”]|\s+(?:in|out|with\s+me|slowly|deeply)\b|,\s+(?:just|okay|please|come\s+on)\b"
                # Said to someone: "Breath, Corporal.", "Breath, love, breath."
                r"|,\s+(?-i:[A-Z][a-z]+)\s*[.!]|,\s+(?:love|darling|honey|sweetheart|sweetie|kid|baby|buddy|mate|"
                r"sir|ma'am|son|lad|lass|dear|pet)\s*[.!,])",
                {"breath": "breathe"},
            ),
            # An order after a name or a word of comfort, as a sentence of its own: "Corporal. Breath." (a noun on
            # its own, "“Breath.” He sniffed.", has no one it is said to).
            (
                r"(?:^|(?<=\n)|(?<=[\"“])|(?<=[.!?]\s))(?:(?-i:[A-Z][a-z]+),\s+)?(?-i:[A-Z][a-z]+)[.!,]\s+"
                r"(?P<fix>(?-i:Breath))(?=[.!]+"
                r"(?:\s*[\"”]|\s*\n|\s*$|\s+(?-i:In|Out|Slowly|Deep|Deeply|Just|Come|You|Okay|Good|Breath|Breathe|"
                r"Easy|Look|Listen|Stay|Focus|I|We|It|That|Again|Please|Now)\b))",
                {"breath": "breathe"},
            ),
            # Making oneself or another breathe: "she made herself breath slowly", "let him breath".
            (
                r"\b(?:make|makes|made|making|let|lets|letting|help|helps|helped|helping|force|forces|forced|forcing|"
                r"remind|reminds|reminded|willed|will)\s+(?:myself|yourself|himself|herself|ourselves|themselves|"
                r"me|you|him|her|us|them)\s+(?:to\s+)?(?P<fix>breath)(?=\s*[.,;:!?…\"”—]|\s+(?:[a-z]+ly|"
                r"again|through|deep|deeper|slower|normally|properly|evenly|steadily)\b)",
                {"breath": "breathe"},
            ),
            # "to breath" going on as a verb: "forget to breath on his behalf", "tried to breath in".
            (
                r"\b(?:to|forgot\s+to|forget\s+to|remember\s+to|tried\s+to|try\s+to)\s+(?P<fix>breath)\s+"
                r"(?:on|in|out|through|for|again|until|while|around|past|into|against)\b",
                {"breath": "breathe"},
            ),
            (r"\b(?:out of|under (?:his|her|my|their|your|our))\s+(?P<fix>breathe)\b", {"breathe": "breath"}),
            # A noun slot: "the breathe of the wind", "drew breathe", "gasping for breathe".
            (
                r"\b(?:the|of|drew|draw|draws|drawing|fetched|fetch|gasping\s+for|gasped\s+for|no|every|each|"
                r"first|final|single|whole)\s+(?P<fix>breathe)\b",
                {"breathe": "breath"},
            ),
            # The noun used as a verb after a subject: "she breath in" is "she breathed in".
            (
                r"\b(?:he|she|I|they|we)\s+(?P<fix>breath)\s+(?:in|out|deeply|heavily|hard|slowly|shakily|"
                r"raggedly|unevenly)\b",
                {"breath": "breathed"},
            ),
            (r"\b(?P<fix>breathe)\s+of\s+(?:fresh|air|relief|wind)\b", {"breathe": "breath"}),
            (
                r"\b(?:deep|shaky|ragged|few|several|two|three|short|long|shallow|slow|quick|sharp|calming)\s+"
                r"(?P<fix>breathes)\b",
                {"breathes": "breaths"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.loose_lose",
        ((Form("loose"), Form("lose")), (Form("loosing"), Form("losing"))),
        bad=(
            Example("I don't want to loose you.", "I don't want to lose you."),
            Example("We are loosing time.", "We are losing time."),
            Example("All hell broke lose.", "All hell broke loose."),
            Example("If we wait, we loose the light.", "If we wait, we lose the light."),
            Example("Sometimes you loose track.", "Sometimes you lose track."),
            Example("We must loose no time.", "We must lose no time."),
            Example("A couple of spokes are lose.", "A couple of spokes are loose."),
            Example("You're gonna loose a layer of skin.", "You're gonna lose a layer of skin."),
            Example(
                "She wore her grey hair lose around her shoulders.",
                "She wore her grey hair loose around her shoulders.",
            ),
            Example("A floorboard was lose.", "A floorboard was loose."),
            Example("I loose about six pounds a winter.", "I lose about six pounds a winter."),
            Example("She came in with lose straw on her coat.", "She came in with loose straw on her coat."),
            Example("The dog shook it lose.", "The dog shook it loose."),
            Example("When did you loose the ring?", "When did you lose the ring?"),
        ),
        good=(
            "I don't want to lose you.",
            "Her hair hung loose.",
            "They let the dogs loose.",
            "At dawn they loose the hounds.",
            "He was about to loose an arrow.",
            "We are going to lose.",
            "The dogs lose interest. The horses lose, and we lose.",
            "They loose another volley. We have nothing to lose with this.",
        ),
        model=False,
        patterns=(
            (
                r"\b(?:to|gonna|will|would|could|might|can't|cannot|don't|didn't|won't|not)\s+(?P<fix>loose)\s+"
                + _PRONOUN_OBJECT
                + r"\b",
                {"loose": "lose"},
            ),
            (
                r"\b(?P<fix>loosing)\s+(?:"
                + _PRONOUN_OBJECT[3:-1]
                + r"|time|weight|sight|hope|blood|patience|it|my|his|her)\b",
                {"loosing": "losing"},
            ),
            (
                r"\b(?:broke|break|breaks|breaking|cut|came|come|let|hang|hung|set|shook|shake|tore|tear|worked|work|"
                r"pulled|turned|turn|wrenched|wrench|pried|prised|prized|yanked|yank|tugged|tug|jerked|twisted|"
                r"kicked|knocked|ripped|rip|wriggled|wiggled|jiggled|shaken|broken|cutting|coming|shaking|working|"
                r"pulling|tearing|wrenching|prying|yanking|tugging|twisting|kicking|knocking|ripping|wriggling)"
                r"(?:\s+(?:it|him|her|them|me|us|one|something|itself|himself|herself|themselves|myself))?"
                r"\s+(?P<fix>lose)" + _END,
                {"lose": "loose"},
            ),
            # A subject or a modal, then a thing one loses: "you loose track", "we loose the whole end". Objects
            # one sets loose ("they loose the hounds") are left out.
            (
                r"\b(?:I|you|we|they|he|she|might|may|could|would|will|'ll|’ll|'d|’d|don't|don’t|didn't|didn’t|"
                r"never|gonna|wanna|can't|can’t|cannot|won't|won’t|shall|must|should|always|often)\s+(?P<fix>loose)\s+"
                r"(?:track|it|him|them|me|us|you|everything|control|sight|hope|touch|face|(?:my|your|his|her|their|our)"
                r"(?!\s+(?:arrows?|bolts?|shafts?|hounds|dogs|hawks?|falcons?|grip|hold|hair|belt|tie|collar|reins))|"
                r"heart|weight|count|interest|the\s+(?:whole|entire|rest|last|game|fight|war|battle|race|bet|chance|"
                r"light|signal|thread|trail|scent|plot|feeling))\b",
                {"loose": "lose"},
            ),
            # A question's subject between: "when did she loose the key?", "will they loose the game?".
            (
                r"\b(?:did|does|do|didn't|didn’t|doesn't|doesn’t|don't|don’t|will|would|could|can|won't|won’t|"
                r"should|might|shall)\s+(?:I|you|he|she|we|they)\s+(?P<fix>loose)\s+(?:the|a|an|this|that|my|your|"
                r"his|her|their|our|any|all|some|it|him|them|me|us)\s+(?!(?:arrows?|bolts?|shafts?|volley|hounds|"
                r"dogs?|hawks?|falcons?)\b)",
                {"loose": "lose"},
            ),
            # Losing nothing in particular: "to loose no time", "more than I loose."
            (
                r"\b(?:I|you|we|they|he|she|to|might|may|could|would|will|shall|must|should|not|never|can't|can’t|"
                r"'ll|’ll|gonna|wanna|"
                r"cannot|won't|won’t|don't|don’t|didn't|didn’t)\s+(?P<fix>loose)(?:\s+(?:no|any|all|much|more|"
                r"everything|anything|something|nothing|patience|faith|interest)\b|(?=\s*[.,;!?]))",
                {"loose": "lose"},
            ),
            # "lose" is a verb: after an article, a possessive or a degree word it is the adjective "loose".
            (
                r"\b(?:very|too|rather|quite|a|the|his|her|their|its|my|more|hang|hangs|hung|hanging|let|with|"
                r"slightly|some|few|two|several)\s+"
                r"(?P<fix>lose)\b(?!\s+(?:track|sight|control|it|him|her|them|me|you|us|my|his|her|their|your|the|"
                r"a|an|this|that|everything|all|any|some|hope|weight|time|face|touch|interest|heart|count)\b)",
                {"lose": "loose"},
            ),
            # A state after "be" or "get" that ends its clause: "the spokes are lose.", "had got lose and".
            (
                r"\b(?:are|is|was|were|be|been|being|am|get|gets|got|gotten|getting|come|comes|coming|came|shaken|"
                r"worked|working|broken|breaking|knocked|rattled|rattling|wriggled|wriggling|pulled|slipped|slipping)"
                r"\s+(?P<fix>lose)(?=\s*(?:[.,;:!?…\"”’)—]|$)|\s(?:and|from|again|now|somehow|inside)\b)",
                {"lose": "loose"},
            ),
            # Things that hang or come loose, then where or how: "her grey hair lose around her shoulders".
            (
                r"\b(?:hair|strand|strands|curl|curls|lock|locks|thread|threads|button|buttons|screw|screws|bolt|"
                r"bolts|board|boards|floorboard|floorboards|tooth|teeth|tile|tiles|brick|bricks|wire|wires|knot|"
                r"rope|ropes|shirt|tie|laces|shoelace|shoelaces|page|pages|nail|nails|"
                r"plank|planks|stone|stones|thread|cable|cables|sleeve|sleeves|hem|grip|ends)\s+(?P<fix>lose)"
                r"(?=\s*[.,;:!?…\"”—]|\s+(?:around|about|over|from|and|down|behind|across|against|"
                r"underfoot|again|somewhere)\b)",
                {"lose": "loose"},
            ),
            # Going to lose a thing: "gonna loose a layer of skin", "I loose about ten pounds" (but "to loose an
            # arrow" sets one flying).
            (
                r"\b(?:gonna|wanna|going\s+to|want\s+to|'ll|’ll|won't|won’t|don't|don’t|didn't|didn’t|might|could|"
                r"would|will|never|not|to|I|we|you|they|always|usually|often|sometimes)\s+(?P<fix>loose)\s+"
                r"(?:a|an|another|some|any|all|half|both|two|three|four|five|six|ten|twenty|fifty|hundred|\d+|"
                r"about|around|nearly|almost|roughly|over|maybe|perhaps|at\s+least|more|most|every|each|so|too|"
                r"this|that|those|these)\s+(?!(?:arrow|arrows|bolt|bolts|shaft|shafts|volley|shot|shots|"
                r"cry|howl|scream|yell|roar|hawk|falcon|dog|dogs|hound|hounds|torrent|flood|stream|hail|string|"
                r"curse|laugh|sob|sigh|breath|wail|shout)\b)[a-z]",
                {"loose": "lose"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.affect_effect",
        ((Form("affect"), Form("effect")), (Form("affects"), Form("effects"))),
        bad=(
            Example("It had no affect on him.", "It had no effect on him."),
            Example("The words had an affect on her.", "The words had an effect on her."),
            Example("The news didn't effect him.", "The news didn't affect him."),
            Example("It was a letter to that affect.", "It was a letter to that effect."),
            Example("It had a pernicious affect upon him.", "It had a pernicious effect upon him."),
            Example("The affect was meant to dazzle.", "The effect was meant to dazzle."),
            Example("The sleeping draught took affect.", "The sleeping draught took effect."),
            Example("The frost won't effect anything.", "The frost won't affect anything."),
            Example("It hadn't effected his aim.", "It hadn't affected his aim."),
            Example("It's effecting her sleep.", "It's affecting her sleep."),
            Example("She was badly effected by the news.", "She was badly affected by the news."),
            Example("He hoped to affect a reconciliation.", "He hoped to effect a reconciliation."),
        ),
        good=(
            "It had no effect on him.",
            "Does it affect you?",
            "Her flat affect worried the doctor.",
            "Would the news affect the vote? Did that affect the vote?",
            "They effected a change in the rules. He had effected an escape by dawn.",
            "She hoped to effect a reconciliation.",
        ),
        model=False,
        patterns=(
            (
                r"\b(?:an|no|any|the|some|little|great|side|desired|opposite|lasting|strange|special|sound|full)\s+(?P<fix>affects?)\s+(?:on|of)\b",
                {"affect": "effect", "affects": "effects"},
            ),
            (r"\b(?:side|special|sound)\s+(?P<fix>affects)\b", {"affects": "effects"}),
            # Coming into force: "the drug took affect", "the rule went into affect".
            (
                r"\b(?:take|takes|took|taken|taking|into|full|immediate)\s+(?P<fix>affect)\b",
                {"affect": "effect"},
            ),
            # The noun going on with its verb: "The affect was meant to dazzle", "that affect wore off".
            (
                r"\b(?:the|an|that|this|its|whose)\s+(?P<fix>affect)\s+(?:was|is|had|has|lasted|lasts|wore|wears|"
                r"faded|fades|would|will|seemed|seems|of|on|upon|it\s+had|it\s+has|took|takes|kicked|kicks|"
                r"worked|works|passed|began|started)\b",
                {"affect": "effect"},
            ),
            # A noun after an article or adjective that no psychologist would use: "a good affect upon him".
            (
                r"\b(?:an|no|any|some|little|great|good|bad|desired|opposite|lasting|strange|same|sole|due|"
                r"depressing|profound|calming|soothing|immediate|instant|big|huge|real|what|without|this|that|"
                r"much|any)\s+(?P<fix>affect)(?=\s*(?:[.,;!?…\"”]|upon\b|on\b|of\b|at\b|will\b|would\b|it\b))",
                {"affect": "effect"},
            ),
            # An article and an adjective make a noun: "a pernicious affect upon him".
            (
                r"\b(?:a|an|the)\s+[a-z]+(?:ous|ful|ive|ic|al|able|ible|ing|ent|ant)\s+(?P<fix>affect)"
                r"(?=\s*[.,;!?]|\s+(?:upon|on|of)\b)",
                {"affect": "effect"},
            ),
            (
                r"\b(?:to|won't|doesn't|didn't|don't|not|would|could|will|can|might|may|never)\s+(?P<fix>effect)\s+"
                r"(?:me|him|her|them|us|you|my|his|their|your|our|anyone|everyone)\b",
                {"effect": "affect"},
            ),
            (
                r"\b(?P<fix>effected|effects)\s+(?:me|him|her|them|us|you|everyone)\b(?!\s+(?:of|was|were|is|are))",
                {"effected": "affected", "effects": "affects"},
            ),
            # A verb slot (a modal, "do", "have", "be" + -ing) and an object that is no change brought about:
            # "won't effect anything", "hadn't effected his aim", "it's effecting her sleep".
            (
                r"\b(?:to|will|would|could|can|should|must|might|may|shall|do|does|did|won't|won’t|wouldn't|"
                r"wouldn’t|couldn't|couldn’t|can't|can’t|cannot|shouldn't|shouldn’t|don't|don’t|doesn't|doesn’t|"
                r"didn't|didn’t|never|even|really|seriously|badly|greatly)\s+(?P<fix>effect)\s+"
                + _EFFECTED
                + _EFFECT_OBJECT,
                {"effect": "affect"},
            ),
            (
                r"\b(?:have|has|had|having|hadn't|hadn’t|hasn't|hasn’t|haven't|haven’t|'ve|’ve|'d|’d|never|"
                r"really|seriously|badly|greatly|deeply)\s+(?P<fix>effected)\s+" + _EFFECTED + _EFFECT_OBJECT,
                {"effected": "affected"},
            ),
            (
                r"\b(?:is|was|are|were|be|been|it's|it’s|that's|that’s|he's|he’s|she's|she’s|they're|they’re|"
                r"really|seriously|badly|already|still|not)\s+(?P<fix>effecting)\s+" + _EFFECTED + _EFFECT_OBJECT,
                {"effecting": "affecting"},
            ),
            # What is brought about: "to affect a reconciliation", "affected an escape".
            (
                r"\b(?P<fix>affect|affects|affected|affecting)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?:change|cure|escape|"
                r"reconciliation|transformation|compromise|rescue|union|separation|entrance|entry|exit|retreat|"
                r"reunion|truce|settlement)\b",
                {"affect": "effect", "affects": "effects", "affected": "effected", "affecting": "effecting"},
            ),
            # A question or a present verb with its subject: "does it effect the vote?", "it effects the harvest".
            (
                r"\b(?:does|did|do|doesn't|doesn’t|didn't|didn’t|will|would|could|can|won't|won’t|might)\s+"
                r"(?:it|that|this|he|she|they|you|we|I|anything|anyone)\s+(?P<fix>effect)\s+"
                + _EFFECTED
                + _EFFECT_OBJECT,
                {"effect": "affect"},
            ),
            (
                r"\b(?:it|that|this|he|she)\s+(?P<fix>effects)\s+" + _EFFECTED + _EFFECT_OBJECT,
                {"effects": "affects"},
            ),
            # A person is affected, not brought about: "she was deeply effected by it".
            (
                r"\b(?:I|he|she|we|they|you|I'm|I’m|he's|he’s|she's|she’s|you're|you’re|they're|they’re|"
                r"was|were)\s+(?:(?:was|were|is|are|am|been|being|not|so|too|very|more|most|less|deeply|badly|"
                r"clearly|visibly|really|obviously|greatly|strongly|hardly|barely|still|also|all)\s+){0,3}"
                r"(?P<fix>effected)\s+(?:by|from|at|in\s+(?:any|some|the\s+same)\s+way)\b",
                {"effected": "affected"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.passed_past",
        ((Form("passed"), Form("past")),),
        bad=(
            Example("She walked passed the window.", "She walked past the window."),
            Example("Time had past slowly.", "Time had passed slowly."),
            Example("We crept passed row nine.", "We crept past row nine."),
            Example("It stopped two miles passed the ford.", "It stopped two miles past the ford."),
            Example("Then she past me without a word.", "Then she passed me without a word."),
            Example("It was ten passed four.", "It was ten past four."),
            Example("She strode out passed the page.", "She strode out past the page."),
            Example("The knife past so close to her throat.", "The knife passed so close to her throat."),
            Example("An arrow past overhead.", "An arrow passed overhead."),
            Example("He had aged in the passed two years.", "He had aged in the past two years."),
            Example("He carried it passed the sleeping men.", "He carried it past the sleeping men."),
            Example("We were passed the second bridge.", "We were past the second bridge."),
            Example("We walk back up the lane passed the old mill.", "We walk back up the lane past the old mill."),
            Example("Ansel Vey past them without a word.", "Ansel Vey passed them without a word."),
            Example("It was passed nine when we left.", "It was past nine when we left."),
            Example("We met at half-passed six.", "We met at half-past six."),
        ),
        good=(
            "She walked past the window.",
            "He passed the salt.",
            "It was past midnight.",
            "The ball rolled, passed from hand to hand.",
            "Was he past caring?",
            "Two miles passed in silence.",
            "He ran back, passed the ball, and ran on.",
            "In the distant past so much was lost.",
            "It was half past so I left. It was the past within us.",
            "He was passed the salt. She walked back and passed the bread. He walked past the church.",
        ),
        model=False,
        extra=find_half_passed,
        patterns=(
            (
                r"\b(?:walked|walk|walking|ran|run|running|went|go|going|drove|rushed|hurried|slipped|pushed|brushed|"
                r"moved|stared|glanced|looked|strode|stepped|flew|raced|sped|shoved|squeezed|swept|marched|"
                r"storms?|stormed|darted|edged|sidled|wandered|got|get|getting)\s+(?P<fix>passed)\s+(?:the|him|her|them|me|us|it|his|my|their|a)\b",
                {"passed": "past"},
            ),
            (r"\bin the (?P<fix>passed)\b", {"passed": "past"}),
            (r"\bthe (?P<fix>passed)(?=\s*[.,;!?])", {"passed": "past"}),
            (
                r"\b(?:half|quarter|till|until|just|well|long)[- ](?P<fix>passed)\s+(?:one|two|three|four|five|six|"
                r"seven|eight|nine|ten|eleven|twelve|midnight|noon|\d)",
                {"passed": "past"},
            ),
            (
                r"\b(?:had|has|have|having)\s+(?P<fix>past)\b(?!\s+(?:the|a|his|her|its|their|my|our|your)\b)",
                {"past": "passed"},
            ),
            # Any way of moving, then whatever is moved by (not a particle: "rolled passed out" is not this).
            (
                r"\b(?:crawl|crawls|crawled|crawling|crept|creep|creeps|creeping|limped|limping|stumbled|stumbling|"
                r"floated|drifted|drifting|swam|rode|sailed|flew|walks|runs|hurried|drove|slid|sliding|strolled|"
                r"trudged|jogged|sprinted|shuffled|padded|stalked|swerved|zoomed|whizzed|tiptoed|barreled|barrelled|"
                r"careened|dashed|bolted|breezed|glided|rolled|steered|climbed|clambered|scrambled|waded|hobbled|"
                r"skated|skidded|inched|walked|ran|went|rushed|slipped|pushed|brushed|strode|stepped|raced|sped|"
                r"shoved|squeezed|swept|marched|stormed|darted|edged|sidled|wandered)\s+(?P<fix>passed)\s+"
                r"(?!(?:away|out|on|by|through|over|along|down|up|around|into|onto|to|in|off|and|or|but)\b)(?=\w)",
                {"passed": "past"},
            ),
            # A clock time after "it is": "it is passed four." (not "it was passed four times").
            (
                r"\b(?:is|was|it's|it’s)\s+(?P<fix>passed)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                r"eleven|twelve|\d{1,2})(?=\s*[.,;!?]|\s+(?:o['’]clock|in\s+the|and|now|already|by|at|when)\b)",
                {"passed": "past"},
            ),
            # Clock times and spans of time: "it was passed midnight", "ten passed four", "the passed ten years".
            (
                r"\b(?:is|was|it's|it’s|well|long|just|half|quarter|five|ten|twenty)\s+(?P<fix>passed)\s+"
                r"(?:midnight|noon)\b",
                {"passed": "past"},
            ),
            (
                r"\b(?:half|quarter|five|ten|twenty|twenty-five)\s+(?P<fix>passed)\s+(?:one|two|three|four|five|six|"
                r"seven|eight|nine|ten|eleven|twelve|\d)\b",
                {"passed": "past"},
            ),
            (
                r"\b(?:the|these|this)\s+(?P<fix>passed)\s+(?:few|several|two|three|four|five|six|seven|eight|nine|"
                r"ten|twelve|twenty|hundred|\d+)\s+(?:years|months|weeks|days|hours|minutes|nights|decades)\b",
                {"passed": "past"},
            ),
            # Carrying or leading something past others: "carried it passed the sleeping men".
            (
                r"\b(?:carried|carry|carries|carrying|dragged|drag|dragging|hauled|haul|hauling|wheeled|wheel|"
                r"wheeling|led|lead|leading|steered|steer|steering|guided|guide|guiding|ushered|usher|ushering|"
                r"pushed|pulled|brought|bring|bringing|took|take|taking|sneaked|snuck|smuggled|smuggle|rolled|"
                r"walked|marched|hurried|rushed)\s+(?:it|him|her|them|me|us|the\s+[a-z]+|a\s+[a-z]+|his\s+[a-z]+|"
                r"her\s+[a-z]+|their\s+[a-z]+|my\s+[a-z]+)\s+(?P<fix>passed)\s+(?:the|a|an|his|her|their|my|our|your|"
                r"those|these|all|every|each|two|three|several)\b",
                {"passed": "past"},
            ),
            # Going by, with nothing after: "the carts rolled passed."
            (
                r"\b(?:creeping|walking|running|walked|ran|rushed|hurried|strode|drove|rode|flew|sped|raced|crept|"
                r"swept|marched|went|slipped|floated|drifted|rolled|wandered)\s+(?P<fix>passed)(?=\s*[.,;!?])",
                {"passed": "past"},
            ),
            # A distance is measured past a place: "eleven miles passed the bridge".
            (
                r"\b(?:miles?|yards?|feet|foot|metres?|meters?|kilometers?|kilometres?|blocks?|steps|paces|inches|"
                r"doors|houses)\s+(?P<fix>passed)\s+(?:the|a|an|his|her|their|my|our|your|that|this|where|it|them|him)\b",
                {"passed": "past"},
            ),
            # A way of moving and its particle, then what is moved by: "strode out passed the page".
            (
                r"\b(?:walked|walk|walking|ran|run|running|went|go|going|drove|rushed|hurried|slipped|pushed|"
                r"brushed|moved|strode|stepped|flew|raced|sped|shoved|squeezed|swept|marched|stormed|darted|edged|"
                r"sidled|wandered|crept|crawled|limped|stumbled|floated|drifted|rode|sailed|slid|strolled|"
                r"trudged|jogged|sprinted|shuffled|padded|stalked|swerved|zoomed|tiptoed|dashed|bolted|breezed|"
                r"glided|rolled|climbed|scrambled|waded|hobbled|inched|came|come|coming|headed|barged|elbowed)\s+"
                r"(?:out|right|straight|back|on|off|away|up|down|just|quickly|slowly|swiftly|briskly|silently|"
                r"quietly|calmly|hastily|wordlessly)\s+(?P<fix>passed)\s+(?:the|a|an|him|her|them|me|us|his|my|their|"
                r"your|our|it|this|that|those|these|every|each)\b(?!\s+(?:ball|puck|baton|torch|test|exam|note)\b)",
                {"passed": "past"},
            ),
            # A thing that moves, then how close it went by: "the knife past so close to her throat".
            (
                r"(?<!\bin )(?<!\bof )(?<!\bfor )(?<!\binto )(?<!\bfrom )\b(?:the|a|an|his|her|their|my|your|"
                r"its|one|another)\s+(?!(?:distant|recent|immediate|near|long|very|whole|entire|dead|own|shared|"
                r"dark|troubled|forgotten|ancient|violent|painful|far|same|checkered|colonial|tragic|storied|"
                r"half|quarter|week|weeks|year|years|day|days|hour|hours|time|times|month|months|minute|minutes)\b)"
                r"[a-z]+\s+(?P<fix>past)\s+(?:so\s+close|so\s+near|right\s+by|just\s+(?:by|over|under|above|"
                r"inches|a\s+few)|within|inches|overhead|harmlessly|close\s+(?:by|to|enough)|by\s+(?:me|him|her|"
                r"them|us|my|his|her|their))\b",
                {"past": "passed"},
            ),
            # Being beyond a place: "the cart was passed the second bridge" (not "he was passed the salt").
            (
                r"\b(?:is|was|were|are|am|be|been|being|it's|it’s|we're|we’re|they're|they’re|I'm|I’m|he's|"
                r"he’s|she's|she’s)\s+(?:already\s+|well\s+|just\s+|now\s+|safely\s+|long\s+|finally\s+)?"
                r"(?P<fix>passed)\s+(?:the|a|an|that|this|our|their|his|her|my)\s+(?:[a-z]+\s+)?" + _PLACE + r"\b",
                {"passed": "past"},
            ),
            # A way of moving, where to, then what is gone by: "walk back down the hill passed the church".
            (
                r"\b(?:walk|walks|walked|walking|run|runs|ran|running|go|goes|went|going|drive|drives|drove|"
                r"driving|ride|rides|rode|riding|hurry|hurried|hurrying|head|headed|heading|stroll|strolled|"
                r"wander|wandered|climb|climbed|trudge|trudged|march|marched|limp|limped|stumble|stumbled|"
                r"creep|crept|jog|jogged|sprint|sprinted|race|raced|speed|sped|cycle|cycled|drift|drifted|"
                r"sail|sailed|fly|flew|make|made)\s+(?:back|on|off|up|out|down|over|along|around|round|home|"
                r"away|ahead|onward|onwards)(?:\s+(?!(?:and|but|or|then|who|which|that|he|she|they|we|i|it|as|when|"
                r"while|until|before|after)\b)[a-z'’]+){0,4}\s+"
                r"(?P<fix>passed)\s+(?:the|a|an|that|this|our|their|his|her|my)\s+(?:[a-z]+\s+)?" + _PLACE + r"\b",
                {"passed": "past"},
            ),
            # A named subject needs a verb: "Mira Vell past them without a word".
            (
                r"(?<!\bhalf )(?<!\bquarter )(?<!\bten )(?<!\bfive )(?<!\btwenty )"
                r"\b(?-i:[A-Z][a-z]+)\s+(?P<fix>(?-i:past))\s+(?:me|him|her|them|us|you)\b(?!\s+(?:was|is|were)\b)",
                {"past": "passed"},
            ),
            # A subject needs a verb: "he past so close", "she past me" (but "was he past caring?").
            (
                r"(?<!\bwas )(?<!\bis )(?<!\bwere )(?<!\bare )(?<!\bam )\b(?:he|she|they|we|I)\s+(?P<fix>past)\s+"
                r"(?:so|me|him|her|them|us|the|by|through|without|right|quickly|slowly|again|his|my|their|a|out|away)\b",
                {"past": "passed"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.accept_except",
        ((Form("accept"), Form("except")),),
        bad=(
            Example("Everyone came accept for him.", "Everyone came except for him."),
            Example("He had to except the truth.", "He had to accept the truth."),
            Example("There was nothing accept the sea.", "There was nothing except the sea."),
            Example("It was quiet, accept when the wind rose.", "It was quiet, except when the wind rose."),
            Example("Everybody was asleep, accept Danny.", "Everybody was asleep, except Danny."),
            Example("They all went, accept him.", "They all went, except him."),
            Example("It is a price she seems to except.", "It is a price she seems to accept."),
            Example("I except your apology.", "I accept your apology."),
        ),
        good=(
            "Everyone came except for him.",
            "Please accept my apology.",
            "All of them except him.",
            "Would everyone accept the terms?",
            "Please, accept him.",
            "Lord, accept Tom into your care.",
            "You must, accept him as he is.",
            "Everyone except Jo was there. There was nothing to do except wait.",
            "All of them except him went. They ate everything, except the bread.",
        ),
        model=False,
        patterns=(
            (r"\b(?P<fix>accept)\s+for\b", {"accept": "except"}),
            # Leaving one out of a whole: "nothing accept the sky", "everyone else accept Eeyore" (not the
            # question "would everyone accept the terms?").
            (
                r"(?<!\bwould )(?<!\bwill )(?<!\bdid )(?<!\bdoes )(?<!\bcould )(?<!\bcan )(?<!\bshould )"
                r"(?<!\bmust )(?<!\bmight )(?<!\bmay )(?<!\bto )\b(?:nothing|nobody|everybody|everyone|everything|"
                r"anything|anyone|all|else|none)\s+(?P<fix>accept)\s+(?:for|when|where|perhaps|possibly|maybe|in|on|"
                r"at|from|by|to|the|a|an|his|her|my|their|your|him|me|them|us|two|three|one|[A-Z][a-z]+)\b",
                {"accept": "except"},
            ),
            (
                r",\s+(?P<fix>accept)\s+(?:when|where|perhaps|possibly|maybe|one|two|three|indeed|in|on|at)\b",
                {"accept": "except"},
            ),
            # One left out of what a clause said of all: "Everybody was wiped, accept Danny" (an order after
            # "please," or a call to someone is the verb).
            (
                r"\b(?!(?:please|then|so|now|just|and|but|or|simply|dear|darling|love|sir|madam|child|boy|girl|"
                r"friend|son|lord|god|yes|well|oh|okay|ok|only|must|should|would|could|will|can|to|and|i|we|you|"
                r"they|he|she)\b)(?-i:[a-z]+),\s+(?P<fix>accept)\s+(?:(?-i:[A-Z][a-z]+)|me|him|her|them|us|"
                r"for)\b(?!\s+(?:as|into|back|and|or)\b)",
                {"accept": "except"},
            ),
            (
                r"\b(?:to|will|would|could|couldn't|can't|cannot|won't|didn't|don't|must|should)\s+(?P<fix>except)\s+(?:it|that|this|the|my|his|her|their|your|our|him|them|me)\b",
                {"except": "accept"},
            ),
            # A verb slot with nothing after it: "which he seems to except.", "I won't except." ("nothing to do
            # except wait" has "except" after a verb, never after "to").
            (
                r"\b(?:to|will|would|could|couldn't|couldn’t|can't|can’t|cannot|won't|won’t|didn't|didn’t|don't|"
                r"don’t|doesn't|doesn’t|must|should|might|'ll|’ll)\s+(?:just\s+|simply\s+|never\s+|not\s+)?"
                r"(?P<fix>except)(?=\s*[.;!?…\"”]|\s*,\s*(?:and|but|or|so|then)\b|\s+(?:and|but|or|graciously|gladly|"
                r"happily|gracefully|readily|willingly|quietly|without|with|as|that)\b)",
                {"except": "accept"},
            ),
            # A subject before it makes "except" a verb: "I except your apology", "they excepted the offer".
            (
                r"(?:^|(?<=[.!?\"“]\s)|(?<=[\"“])|(?<=\band\s)|(?<=\bbut\s)|(?<=\bso\s)|(?<=,\s))"
                r"(?:I|we|they|he|she)\s+(?:just\s+|simply\s+|finally\s+|reluctantly\s+|gladly\s+|never\s+)?"
                r"(?P<fix>except|excepts|excepted)\s+(?:your|his|her|their|my|our|the|a|an|this|that|it|him|them|"
                r"defeat|help|money|payment|responsibility|blame|gifts?|apolog(?:y|ies))\b",
                {"except": "accept", "excepts": "accepts", "excepted": "accepted"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.quiet_quite",
        ((Form("quiet"), Form("quite")),),
        bad=(
            Example("It was not quiet right.", "It was not quite right."),
            Example("The birds had gone quite.", "The birds had gone quiet."),
            Example("She broke the quite of the hall.", "She broke the quiet of the hall."),
            Example("He felt quiet uneasy.", "He felt quite uneasy."),
            Example("I quiet agree.", "I quite agree."),
            Example("He tried and didn't quiet manage it.", "He tried and didn't quite manage it."),
            Example("It was not quiet dark yet.", "It was not quite dark yet."),
        ),
        good=(
            "The room did not quiet down. It was not quiet anymore.",
            "It was not quite right.",
            "The house was quiet.",
            "The quiet room.",
            "Be quiet now.",
            "Not quite.",
            "Be quite, quite sure.",
            "It had gone quite well.",
            "The house was quiet, peaceful.",
            "They quiet the baby.",
            "The street was quiet enough.",
            "It drew a circle of quiet a few paces wide.",
        ),
        margin=1.5,
        flag=frozenset({"quiet"}),
        # After a preposition, article or possessive "quiet" is the noun: "a circle of quiet a few paces wide".
        keep_after={"quiet": frozenset("of the in for some into with more much its his her their that this a".split())},
        # "the room did not quiet down", "not quiet anymore": the verb and the state. ("not quiet enough" stays a
        # slip for "not quite enough", as tests/checks/grammar/test_confusions.py has it.)
        keep_before={"quiet": frozenset("down anymore again now yet either".split())},
        extra=lambda ctx: find_not_quiet(ctx),
        patterns=(
            (
                # Not "enough" or "the": "not quiet enough to sleep", "couldn't quiet the crowd".
                r"\b(?:not|n't)\s+(?P<fix>quiet)\s+(?:right|sure|yet|as|what|so|ready|done|there)\b",
                {"quiet": "quite"},
            ),
            (
                # Not a noun after a preposition or article: "a circle of quiet a few paces wide".
                r"(?<!\bof )(?<!\bthe )(?<!\bin )(?<!\bfor )(?<!\bsome )(?<!\binto )(?<!\bwith )(?<!\bmore )"
                r"(?<!\bmuch )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\bthat )(?<!\bthis )"
                r"\b(?P<fix>quiet)\s+(?:a|an|sure|certain|possibly|likely|honestly|literally|frankly|right|so|often|clearly|obviously)\b",
                {"quiet": "quite"},
            ),
            # After a verb of being, "quiet" + an adjective is the degree word: "she is quiet young", "felt quiet
            # uneasy" (a quiet state takes a comma or "and" before another adjective).
            (
                r"\b(?:is|was|were|are|am|be|been|being|it's|it’s|that's|that’s|he's|he’s|she's|she’s|you're|you’re|"
                r"they're|they’re|we're|we’re|i'm|i’m|seemed|seem|seems|feel|felt|feels|became|become|becoming|"
                r"getting|got|looked|looks|look|sounded|sounds|sound)\s+(?P<fix>quiet)\s+(?:late|early|tired|kind|"
                r"proud|young|old|busy|scared|afraid|big|small|hard|easy|hot|cold|heavy|weak|strong|shy|sweet|stupid|"
                r"nice|loud|happy|sad|sure|certain|right|wrong|true|new|alone|different|ready|clear|sufficient|"
                r"proper|uneasy|fussy|angry|sorry|crazy|lazy|silly|pretty|worthy|hungry|sleepy|weary|wary|dizzy|"
                r"[a-z]+(?:ous|ful|ible|able|less|ic|ive|ent|ant|ed))\b",
                {"quiet": "quite"},
            ),
            (
                r"\b(?:I|you|we|they)\s+(?P<fix>quiet)\s+(?:agree|agreed|understand|understood|see|forgot|forget|"
                r"believe|like|liked|love|loved|hate|enjoy|know|remember|expected|meant|mean|think|thought)\b",
                {"quiet": "quite"},
            ),
            # A state one falls into or stays in, then the clause ends ("had gone quite."; "be quite, quite
            # sure" repeats the adverb).
            (
                r"\b(?:was|is|be|been|so|very|too|fell|went|kept|stayed|grew|remained|gone|go|goes|going|fall|falls|"
                r"falling|fallen|keep|keeps|keeping|stay|stays|staying|remain|remains|grown|become|became|turned|"
                r"completely|totally|eerily|deathly|strangely|oddly|suddenly|perfectly|unusually)\s+(?P<fix>quite)"
                r"(?=\s*[.;!?…\"”]|\s*,(?!\s*quite\b)|\s+(?:for|again|now|until|after|while|and\s+still)\b)",
                {"quite": "quiet"},
            ),
            (r"\b(?:the|a)\s+(?P<fix>quite)(?=\s*[.,;!?…\"”]|\s+of\b)", {"quite": "quiet"}),
        ),
    ),
    ConfusionSet(
        "grammar.wander_wonder",
        (
            (Form("wander"), Form("wonder")),
            (Form("wandered"), Form("wondered")),
            (Form("wandering"), Form("wondering")),
        ),
        bad=(
            Example("She wandered if he was awake.", "She wondered if he was awake."),
            Example("He let his mind wonder.", "He let his mind wander."),
            Example("The dog had wondered off again.", "The dog had wandered off again."),
            Example("I wander for a second whether he knew.", "I wonder for a second whether he knew."),
            Example("She was wandering where he had gone.", "She was wondering where he had gone."),
        ),
        good=(
            "She wondered if he was awake.",
            "They wandered through the park.",
            "She wandered where the path led.",
            "He wondered out loud about it.",
            "She wondered about the house.",
            "He wandered where the road went. They wandered where they liked.",
        ),
        model=False,
        patterns=(
            # A pause before the question: "I wander for a second whether", "wandered idly if".
            (
                r"\b(?P<fix>wander|wanders|wandered|wandering)\s+(?:for\s+(?:a|one)\s+(?:second|moment|minute|"
                r"while|bit|heartbeat|beat)|briefly|idly|vaguely|again|silently|suddenly|absently|momentarily|"
                r"sometimes|often|aloud|out\s+loud|also|too|then|now|still|even|really|briefly)\s*,?\s+(?:if|whether|why|how|what|who)\b",
                {"wander": "wonder", "wanders": "wonders", "wandered": "wondered", "wandering": "wondering"},
            ),
            # "where" + a clause with its own verb of being or a modal is a question ("wandering where he had
            # gone"); "wandered where the path led" goes there.
            (
                r"\b(?P<fix>wander|wanders|wandered|wandering)\s+where\s+(?:(?:he|she|they|it|I|you|we|"
                r"(?-i:[A-Z][a-z]+))(?:'d|’d|'s|’s)?\s+(?:had|has|was|were|is|are|would|could|should|might|did|"
                r"does)\b|(?:the|his|her|their|my|that|this)(?:\s+[a-z]+){1,2}\s+(?:was|were|is|are)(?=\s*[.,;!?])|"
                r"to\s+(?:go|start|look|put|find|begin|turn|hide|sit|stand)\b)",
                {"wander": "wonder", "wanders": "wonders", "wandered": "wondered", "wandering": "wondering"},
            ),
            (
                r"\b(?P<fix>wander|wanders|wandered|wandering)\s+(?:if|whether|why|how|what|who|aloud)\b",
                {"wander": "wonder", "wanders": "wonders", "wandered": "wondered", "wandering": "wondering"},
            ),
            (
                r"\b(?:mind|minds|thoughts|eyes|gaze|attention)\s+(?P<fix>wonder|wondered|wondering|wonders)\b(?!\s+(?:if|whether|why|how|what|who)\b)",
                {"wonder": "wander", "wondered": "wandered", "wondering": "wandering", "wonders": "wanders"},
            ),
            # Wondering goes nowhere: "she wondered out the back door" (but "wondered out loud", "wondered about").
            (
                r"\b(?P<fix>wonder|wonders|wondered|wondering)\s+(?:off|away|into|around|through|down|along|"
                r"aimlessly|out(?!\s+loud)|back\s+(?:to|into|out|in|down|up|through|inside|outside|over)|over\s+to)\b",
                {"wonder": "wander", "wondered": "wandered", "wondering": "wandering", "wonders": "wanders"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.breaks_brakes",
        ((Form("breaks"), Form("brakes")), (Form("break"), Form("brake"))),
        bad=(
            Example("He slammed on the breaks.", "He slammed on the brakes."),
            Example("Week three, the breaks were squeaking.", "Week three, the brakes were squeaking."),
        ),
        good=("He slammed on the brakes.", "She breaks the silence.", "Her breaks were short."),
        model=False,
        patterns=(
            (
                r"\b(?:slammed|slam|slams|slamming|hit|hits|hitting|pumped|pump|jammed|stomped|stamped)\s+(?:on\s+)?(?:the|his|her|my|their)\s+(?P<fix>breaks)\b",
                {"breaks": "brakes"},
            ),
            # Brakes make noises and fail; breaks do not: "the breaks were squeaking", "the breaks squealed".
            (
                r"\b(?:the|her|his|my|its|their|your|our|bike's|bike’s|car's|car’s|truck's|truck’s|front|back|rear)\s+"
                r"(?P<fix>breaks)\s+(?:were\s+|are\s+|had\s+|have\s+|started\s+|began\s+|kept\s+)?(?:squeal|"
                r"squeak|screech|shriek|grind|hiss|lock|fail|squealed|squeaked|screeched|shrieked|ground|hissed|locked|"
                r"failed|squealing|squeaking|screeching|shrieking|grinding|hissing|locking|failing|squeals|squeaks|"
                r"screeches|shrieks|grinds|hisses|locks|fails|gave\s+out|give\s+out|caught|catch|bit|bite)\b",
                {"breaks": "brakes"},
            ),
            (
                r"\b(?:emergency|parking)\s+(?P<fix>break|breaks)\b(?!\s+(?:in|out|room|through)\b)",
                {"break": "brake", "breaks": "brakes"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.led_lead_narration",
        ((Form("lead"), Form("led")),),
        bad=(
            Example(
                "She took his arm, which he allowed, and lead him across the yard.",
                "She took his arm, which he allowed, and led him across the yard.",
            ),
            Example("Somebody lead him there in the dark.", "Somebody led him there in the dark."),
        ),
        good=(
            "She wanted to take his arm and lead him across the yard.",
            "Take his arm and lead him out.",
            "She took his arm and led him across the yard.",
            "Let somebody lead him there. Did someone lead them out? Have someone lead her home.",
        ),
        model=False,
        # An indefinite subject takes "leads" in the present, so a bare "lead" after it is the past: "somebody
        # lead him there" (unless the subject is itself an object: "let somebody lead him").
        patterns=(
            (
                r"(?<!\blet )(?<!\blets )(?<!\bmake )(?<!\bmade )(?<!\bhelp )(?<!\bhelped )(?<!\bhave )"
                r"(?<!\bhad )(?<!\bwatch )(?<!\bwatched )(?<!\bsaw )(?<!\bsee )(?<!\bto )(?<!\bdid )(?<!\bdoes )"
                r"(?<!\bdo )(?<!\bwill )(?<!\bwould )(?<!\bcould )(?<!\bshould )(?<!\bcan )(?<!\bmust )(?<!\bmay )"
                r"(?<!\bmight )(?<!\bif )(?<!\bunless )"
                r"\b(?:somebody|someone|nobody|everyone|everybody|anyone|anybody)\s+(?P<fix>lead)\s+"
                r"(?:him|her|them|us|me|it|the|his|her|their|my|our)\b(?:\s+[a-z]+)?\s+(?:there|here|to|into|"
                r"out|through|across|down|up|back|away|inside|outside|along|toward|towards|past|home|from|onto)\b",
                {"lead": "led"},
            ),
        ),
        extra=find_and_lead,
    ),
    ConfusionSet(
        "grammar.site_sight",
        ((Form("site"), Form("sight")),),
        bad=(
            Example("She was a site for sore eyes.", "She was a sight for sore eyes."),
            Example("He ran out of site.", "He ran out of sight."),
            Example("It was love at first site.", "It was love at first sight."),
            Example("He was the most welcome site she had seen.", "He was the most welcome sight she had seen."),
            Example("It was hidden in plain site.", "It was hidden in plain sight."),
        ),
        good=(
            "She was a sight for sore eyes.",
            "The camp site was empty.",
            "He ran out of sight.",
            "The site of the old fort is a park.",
        ),
        model=False,
        patterns=(
            (r"\b(?P<fix>site) for sore eyes\b", {"site": "sight"}),
            (
                r"\b(?:out of|in|lost|lose|losing|caught|catch|catching|at first|within|into)\s+"
                r"(?P<fix>site)\b(?=\s*(?:[.,;!?…\"”]|of\b|and\b))",
                {"site": "sight"},
            ),
            # Seeing: "at first site", "know him by site", "the site of blood".
            (r"\b(?:at\s+first|by)\s+(?P<fix>site)\b", {"site": "sight"}),
            (r"\bthe\s+(?P<fix>site)\s+of\s+(?:him|her|them|me|you|us|it|blood)\b", {"site": "sight"}),
            # Something seen and judged: "the most welcome site", "a sorry site", "what a site".
            (
                r"\b(?:welcome|sorry|pitiful|pathetic|glorious|heartwarming|heartbreaking|comical|ridiculous|"
                r"pitiable|wondrous|breathtaking|gruesome|grisly|unwelcome|beautiful|gorgeous|lovely|amazing|"
                r"incredible|impressive|terrible|horrible|awful|dreadful|hilarious)\s+(?P<fix>site)\b"
                r"(?=\s*[.,;!?…\"”—]|\s+(?:for|to|she|he|I|they|we|you|that|indeed|in\s+(?:the|my|his|her)|as)\b)",
                {"site": "sight"},
            ),
            (r"\b(?:what\s+a|plain|line\s+of|field\s+of|hidden\s+from)\s+(?P<fix>site)\b", {"site": "sight"}),
            (r"\b(?P<fix>site)\s+unseen\b", {"site": "sight"}),
        ),
    ),
    ConfusionSet(
        "grammar.rise_raise",
        (
            (Form("rise"), Form("raise")),
            (Form("rises"), Form("raises")),
            (Form("raised"), Form("rose")),
            (Form("rising"), Form("raising")),
        ),
        bad=(
            Example("The tension began to raise.", "The tension began to rise."),
            Example("She watched the sun raise over the hill.", "She watched the sun rise over the hill."),
            Example("He rises his eyebrows.", "He raises his eyebrows."),
            Example("The cold rose every hair on her neck.", "The cold raised every hair on her neck."),
            Example("Crows raise off the wire.", "Crows rise off the wire."),
            Example("The wind had started raising by noon.", "The wind had started rising by noon."),
            Example("He raised from the window seat.", "He rose from the window seat."),
            Example("Mara raises to her feet.", "Mara rises to her feet."),
            Example("He rises a hand to stop her.", "He raises a hand to stop her."),
            Example("Tove slowly rose the lantern.", "Tove slowly raised the lantern."),
        ),
        good=(
            "She watched the sun rise over the hill.",
            "He raised his hand.",
            "They began to raise money.",
            "Her hopes rose, her head high.",
            "Above the din rose the voice of the priest.",
            "He was raised from the dead.",
            "She was raised from birth by wolves. He raised his cup from the table.",
            "Out of the lake rose a hand. Then rose the voice of the choir.",
        ),
        model=False,
        patterns=(
            (
                r"\b(?:began|begin|begins|started|start|starts|continued|seemed|seem|tried|try|prepared|managed|"
                r"struggled|attempted|able|unable|wanted|want)\s+to\s+(?P<fix>raise)" + _END,
                {"raise": "rise"},
            ),
            (
                r"\b(?:sun|moon|tension|temperature|water|smoke|panic|anger|bile|fear|dread|heat|tide|steam|mist)\s+"
                r"(?P<fix>raise|raises|raised)(?=\s*(?:[.,;!?…]|\s(?:up|over|from|above|through|in|within|higher|again|slowly)\b))",
                {"raise": "rise", "raises": "rises", "raised": "rose"},
            ),
            # The same, going on: "the wind had started raising by the second crate".
            (
                r"\b(?:sun|moon|tension|temperature|temperatures|water|waters|smoke|panic|anger|bile|fear|dread|"
                r"heat|tide|steam|mist|wind|river|sea|flood|floodwater|fog|noise|voices|waves|prices|cost|costs)\s+"
                r"(?:(?:had|has|was|were|is|are|been|kept|started|began|continued|seemed)\s+){1,2}(?P<fix>raising)"
                r"(?=\s*(?:[.,;!?…]|\s(?:by|steadily|slowly|again|higher|fast|quickly|up|over|from|above|through|"
                r"in|within|around)\b))",
                {"raising": "rising"},
            ),
            # "rise" takes no object: "he rises his eyebrows", "she rose her hand".
            (
                r"\b(?P<fix>rise|rises|rose|risen|rising)\s+(?:his|her|their|my|your|our|one)\s+"
                r"(?:hand|hands|eyebrow|eyebrows|brow|brows|chin|arm|arms|voice|glass|gun|weapon|sword|cup|fist|"
                r"finger|gaze|eyes|head)\b",
                {"rise": "raise", "rises": "raises", "rose": "raised", "risen": "raised", "rising": "raising"},
            ),
            # A subject lifting a thing: "He rises a hand", "Mara slowly rose the lantern" (after a subject, so
            # not the inverted "out of the lake rose a hand").
            (
                r"\b(?:I|he|she|they|we|you|(?-i:[A-Z][a-z]+))\s+(?:[a-z]+ly\s+|then\s+|just\s+)?"
                r"(?P<fix>rise|rises|rose)\s+(?:a|an|the|one|both|that|this)\s+(?:[a-z]+\s+)?" + _RAISED + r"\b"
                r"(?!\s+of\b)",
                {"rise": "raise", "rises": "raises", "rose": "raised"},
            ),
            # Things that are lifted, not things that lift themselves: "a sound that rose every hair".
            # (Not "above all rose the voice": a voice rises.)
            (
                r"\b(?P<fix>rise|rises|rose|risen)\s+(?:every|each|both|the|a)\s+(?:hair|hairs|hackles|eyebrow|"
                r"eyebrows|brow|brows|glass|cup|fist|finger|alarm|gun|weapon|sword|flag|stakes)\b",
                {"rise": "raise", "rises": "raises", "rose": "raised", "risen": "raised"},
            ),
            # A subject getting up: "He raised from the window seat", "she raised to her feet" (not "was raised
            # from birth": a passive is the verb with an object).
            (
                r"\b(?:he|she|they|I|we|you|(?-i:[A-Z][a-z]+))\s+(?P<fix>raised|raises)\s+(?:from\s+(?:the|his|"
                r"her|their|my|your|our|a)\b|to\s+(?:his|her|their|my|your|our)\s+(?:feet|knees|full)\b|"
                r"out\s+of\s+(?:the|his|her|their|my|your|our|a)\b|up\s+from\b)",
                {"raised": "rose", "raises": "rises"},
            ),
            # "raise" needs an object: "pigeons raise off the roof" (not "was raised from the dead").
            (
                r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bbe )(?<!\bbeing )(?<!\bis )(?<!\bare )"
                r"\b(?P<fix>raise|raises|raising)\s+(?:off|from\s+(?:the|his|her|their|my)\s+(?:ground|floor|roof|"
                r"water|seat|chair|bed|couch|ashes|grave))\b",
                {"raise": "rise", "raises": "rises", "raising": "rising"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.lie_lay",
        ((Form("lying"), Form("laying")),),
        bad=(
            Example("He was laying down on the bed.", "He was lying down on the bed."),
            Example("She found him laying still.", "She found him lying still."),
            Example("I just need to lay down.", "I just need to lie down."),
            Example("She laid down on the couch.", "She lay down on the couch."),
            Example("He lays down.", "He lies down."),
            Example("“Lay still,” she said.", "“Lie still,” she said."),
            Example("“Hush now. Lay down,” he said.", "“Hush now. Lie down,” he said."),
            Example("Then we laid down for a nap.", "Then we lay down for a nap."),
            Example("“It's late. Lay down, Corporal.”", "“It's late. Lie down, Corporal.”"),
            Example("She let herself lay back on the rug.", "She let herself lie back on the rug."),
            Example("Go and lay down in the van.", "Go and lie down in the van."),
            Example("Tam was laying very still.", "Tam was lying very still."),
            Example("He lays still for an hour.", "He lies still for an hour."),
            Example("The letter was laying open on the desk.", "The letter was lying open on the desk."),
        ),
        good=(
            "He just lay still for hours.",
            "He was lying down on the bed.",
            "She was laying the table.",
            "She lay on the grass.",
            "They were laying down their arms.",
            "He laid down the law.",
            "The book was laid on the desk.",
            "He lays down the law.",
            "He rolled over and lay still.",
            "“Lay down your arms,” he said.",
            "He lay down in the van. She let them lay down their arms.",
            "Go and lay the table. He lays the cloth on the bed.",
        ),
        model=False,
        patterns=(
            (
                r"\b(?:was|were|is|am|are|been|be|kept|keep|stay|stayed|just|still)\s+(?P<fix>laying)\s+"
                r"(?:down\b(?!\s+(?:the|his|her|their|my|your|our|its|a|an|some|arms|weapons|rules)\b)|"
                r"(?:there|here|awake|on|in|beside|next|back|still|flat|motionless|face|curled|together)\b)",
                {"laying": "lying"},
            ),
            # "laying down" with nothing laid: "the dog was laying down", "an old dog laying down."
            (
                r"\b(?P<fix>laying)\s+down(?=\s*(?:[.,;!?…\"”]|(?:on|in|for|beside|next|with|again|now)\b))",
                {"laying": "lying"},
            ),
            # A position, not an object: "laying still", "laying across the bed", "laying in bed".
            (
                r"\b(?P<fix>laying)\s+(?:still|across|between|awake|flat|motionless|asleep|dead|unconscious|prone|"
                r"curled|sprawled|face\s+(?:down|up)|in\s+(?:bed|the\s+(?:street|grass|snow|mud|dark|road))|"
                r"on\s+(?:the|his|her|my|their|a)\s+(?:bed|floor|ground|couch|sofa|rug|grass|carpet|back|side|stomach|"
                r"front|pillow|pillows|sand))\b",
                {"laying": "lying"},
            ),
            (
                r"\b(?:to|go|gonna|wanna|should|could|would|will|can|must|'ll|’ll|just|please)\s+(?P<fix>lay)\s+down"
                r"(?=\s*(?:[.,;!?…\"”]|(?:on|in|for|and|beside|next|with|again|now)\b))",
                {"lay": "lie"},
            ),
            (
                r"(?<!\bwhich )(?<!\bthat )(?<!\bwhat )\b(?:he|she|I|they|we)\s+(?P<fix>laid)\s+(?:down\s+)?"
                r"(?:(?:on|in|across)\s+(?:the|his|her|my|their|a)\s+(?:bed|floor|ground|couch|sofa|grass|back|side|"
                r"stomach|carpet|rug)|beside|there|back\s+down|flat|still|awake|motionless|curled)\b",
                {"laid": "lay"},
            ),
            # "lays down" with nothing laid is the present of "lie" ("He lays down." but "lays down the law").
            (
                r"\b(?P<fix>lays)\s+down(?=\s*[.,;!?…\"”]|\s+(?:on|in|for|beside|next|with|again|now|and)\b)",
                {"lays": "lies"},
            ),
            (
                r"(?<!\bwhich )(?<!\bthat )(?<!\bwhat )\b(?:he|she|I|they|we)\s+(?P<fix>laid)\s+down"
                r"(?=\s*[.,;!?…\"”]|\s+(?:on|in|for|beside|next|with|again|now|and)\b)",
                {"laid": "lay"},
            ),
            # Telling someone to rest: "Lay still," / "Please lay flat." (the past "and lay still" is right, and
            # so is "he just lay still", so "just" is no sign of an order).
            (
                r"(?:(?<=[\"“])|(?<=\bto )|(?<=\bplease )|(?<=\bshould )|(?<=\bmust )|(?<=\bcan )|"
                r"(?<=\bwill )|(?<='ll )|(?<=’ll )|(?<=\bgonna )|(?<=\bwanna ))(?P<fix>lay)\s+(?:still|flat|quiet|"
                r"quietly|back\s+down|down(?=\s*[.,!?…\"”]))",
                {"lay": "lie"},
            ),
            # Letting or making someone rest, or sending them: "let himself lay back", "go and lay down".
            (
                r"\b(?:let|lets|letting|make|makes|made|making|help|helps|helped|helping)\s+(?:myself|yourself|"
                r"himself|herself|itself|ourselves|themselves|me|you|him|her|us|them|it)\s+(?:just\s+)?(?P<fix>lay)\s+"
                + _LIE_POSITION,
                {"lay": "lie"},
            ),
            (
                r"\b(?:go|come|goes|comes|going|coming|to|gonna|wanna|'ll|’ll|should|could|would|will|can|must|"
                r"might|may|please|just)\s+(?:and\s+|just\s+)?(?P<fix>lay)\s+(?:back|down)(?=\s*[.,;:!?…\"”—]|"
                r"\s+(?:on|in|for|beside|next|with|again|now|here|there|for|until|till|against|under|across|"
                r"somewhere|a\s+(?:while|bit|minute|moment))\b)",
                {"lay": "lie"},
            ),
            # An order with "just" opening the sentence: "Just lay back."
            (
                r"(?:^|(?<=\n)|(?<=[\"“])|(?<=[.!?]\s))(?-i:Just)\s+(?P<fix>lay)\s+" + _LIE_POSITION,
                {"lay": "lie"},
            ),
            # Nothing laid: "a woman was laying." / "had been laying open upon the table".
            (
                r"\b(?:was|were|is|are|been|be|am)\s+(?P<fix>laying)(?=\s*[.;!?…\"”]|\s+(?:open|idle|unused|"
                r"face|beneath|among|upon|near|under)\b)",
                {"laying": "lying"},
            ),
            # Resting without an object, told by a degree word: "was laying very still".
            (
                r"\b(?P<fix>laying)\s+(?:very|perfectly|completely|totally|utterly|so|too|quite|deathly|almost|"
                r"still)\s+(?:still|flat|quiet|quietly|motionless|awake|close|near)\b",
                {"laying": "lying"},
            ),
            # The present of "lie" in a position: "he lays still", "she lays on the bed".
            (
                r"\b(?:he|she|it|(?-i:[A-Z][a-z]+))\s+(?:just\s+|still\s+)?(?P<fix>lays)\s+(?:still|flat|"
                r"awake|motionless|there|back\s+down|on\s+(?:the|his|her|their|my)\s+(?:bed|floor|ground|couch|"
                r"sofa|grass|back|side|stomach|front))\b",
                {"lays": "lies"},
            ),
            # The order closing a line of dialogue: 'Don't be daft. Lay still," she said.'
            (
                r"\b(?P<fix>(?-i:Lay))\s+(?:still|flat|quiet|quietly|back\s+down|down)(?=[,.!]?\s*[\"”])",
                {"lay": "lie"},
            ),
            # An order opening a sentence, then a stop or a name: "Lay down, Corporal." ("Lay down your arms" has
            # its object, and "He lay down." its subject).
            (
                r"(?<=[.!?]\s)(?P<fix>(?-i:Lay))\s+(?:still|flat|back\s+down|down)(?=\s*[.!]|,\s+(?-i:[A-Z][a-z]+)"
                r"\s*[.!,]|,\s+(?:love|darling|honey|sweetheart|kid|baby|buddy|mate|sir|son|lad|lass|dear|now|"
                r"please|boy|girl)\b)",
                {"lay": "lie"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.advice_advise",
        ((Form("advice"), Form("advise")),),
        bad=(
            Example("Take my advise and go.", "Take my advice and go."),
            Example("I would advice you to stop.", "I would advise you to stop."),
        ),
        good=("Take my advice and go.", "I would advise you to stop.", "The advice you gave me helped."),
        model=False,
        patterns=(
            # A determiner or an adjective owns a noun: "my advise", "some good advise".
            (
                r"\b(?:my|your|his|her|their|our|some|any|good|bad|the|of|take|took|taking|takes|for|no|sound|"
                r"expert|wise|piece\s+of|this|that|following|best|medical|legal|unsolicited|free)\s+(?P<fix>advise)\b",
                {"advise": "advice"},
            ),
            # A subject or a modal needs the verb: "I advice you", "could advice him".
            (
                r"\b(?:I|we|would|will|could|should|can|must|strongly|I'd|I’d)\s+(?P<fix>advice)\s+"
                r"(?:him|them|us|me|you|against|that|caution)\b",
                {"advice": "advise"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.weather_whether",
        ((Form("weather"), Form("whether")),),
        bad=(
            Example("She couldn't tell weather it was him.", "She couldn't tell whether it was him."),
            Example("Weather or not you like it, we go.", "Whether or not you like it, we go."),
        ),
        good=(
            "She couldn't tell whether it was him.",
            "What dreadful weather we have had!",
            "They talked about the weather or the crops.",
        ),
        model=False,
        patterns=(
            (r"(?<!\bthe )(?<!\bthis )(?<!\bof )\b(?P<fix>weather)\s+or\s+not\b", {"weather": "whether"}),
            # Not knowing which: "tell weather it was", "asked weather he'd come".
            (
                r"\b(?:know|knew|knowing|tell|told|wonder|wondered|wondering|sure|unsure|decide|decided|deciding|ask|"
                r"asked|asking|matter|matters|mattered|care|cared|doubt|doubted|check|checked|question|guess|certain|"
                r"determine|figure|debate|debated|debating|unclear|about|see|saw|consider|considered|considering)\s+"
                r"(?P<fix>weather)\s+(?:it|he|she|they|i|we|you|to|there|this|that|anyone|someone|anybody|somebody|or)\b",
                {"weather": "whether"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.peak_peek",
        ((Form("peak"), Form("peek")), (Form("peaked"), Form("peeked")), (Form("peaking"), Form("peeking"))),
        bad=(
            Example("I risked a peak round the door.", "I risked a peek round the door."),
            Example("She peaked through the curtains.", "She peeked through the curtains."),
            Example("I keep peaking at the door.", "I keep peeking at the door."),
        ),
        good=(
            "I risked a peek round the door.",
            "Sales peaked in May.",
            "The peak through the clouds was white.",
            "The storm peaked at the end of May.",
        ),
        model=False,
        patterns=(
            # A look one takes, steals or risks is a "peek" ("reached a peak" is a summit).
            (
                r"\b(?:take|took|taking|takes|taken|risk|risked|risking|risks|steal|stole|stealing|stolen|sneak|"
                r"sneaked|snuck|sneaking|grab|grabbed|chance|chanced)\s+(?:a|another)\s+(?:quick\s+|little\s+|brief\s+|"
                r"small\s+|careful\s+|cautious\s+|furtive\s+|last\s+|curious\s+|closer\s+)?(?P<fix>peak)\b",
                {"peak": "peek"},
            ),
            (
                r"(?<!\ba )(?<!\bthe )(?<!\bits )\b(?P<fix>peak|peaks|peaked|peaking)\s+(?:through|inside|into|round|"
                r"around|behind|under|out\s+(?:from|of|at)|over\s+(?:his|her|the|my|their)\s+shoulder|"
                r"at\s+(?:him|her|them|me|us|you|his|my|their))\b",
                {"peak": "peek", "peaks": "peeks", "peaked": "peeked", "peaking": "peeking"},
            ),
            # A look at something one can look through or at (sales peak "at the end", never "at the door").
            (
                r"\b(?P<fix>peak|peaks|peaked|peaking)\s+(?:at|through|into|in|round|around|over|inside|under|"
                r"behind|out\s+(?:at|of|from))\s+(?:the|his|her|my|their|your|our|a)\s+(?:door|doors|doorway|window|"
                r"windows|curtain|curtains|blinds|screen|phone|clock|watch|box|bag|letter|note|card|menu|kitchen|room|"
                r"hallway|corridor|crack|gap|keyhole|mirror|photo|picture|map|list|page|pages|file|folder|envelope|"
                r"present|gift|cards|hand|notes|pot|oven|fridge|cupboard|drawer|closet|tent|car|street|yard|garden)\b",
                {"peak": "peek", "peaks": "peeks", "peaked": "peeked", "peaking": "peeking"},
            ),
            # A habit of looking: "I keep peaking at it", "stop peaking!".
            (
                r"\b(?:keep|keeps|kept|keeping|stop|stopped|quit|started|start|began|caught\s+(?:him|her|them|you|me)|"
                r"no)\s+(?P<fix>peaking)\b",
                {"peaking": "peeking"},
            ),
        ),
    ),
)

RULES: tuple[Rule, ...] = tuple(entry.rule() for entry in TABLE)
