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

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from ficsense.checks.context import Context
from ficsense.checks.language import LanguageModel
from ficsense.checks.rule import Example, Hit, Rule, match_case


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


def _from_before(ctx: Context, index: int) -> bool:
    """True when "from" stands a few words before: "from bad to worse" is a range, not a degree."""
    # Hard-wrapped text breaks a sentence over lines: look back across them, but not past punctuation.
    for before in range(index - 1, max(-1, index - 9), -1):
        if not ctx.is_word[before]:
            return False
        if ctx.lower[before] == "from":
            return True
    return False


# Words that end a clause or start another: after "loose"/"breath" they mean the word stood alone.
_END = r"(?=\s*(?:[.,;:!?…\"”’)—-]|$|\s(?:and|but|as|when|before|again|now|for|in)\b))"
_PRONOUN_OBJECT = r"(?:me|you|him|her|it|us|them|my|your|his|its|our|their|the|this|that|everything|control|track)"

TABLE: tuple[ConfusionSet, ...] = (
    ConfusionSet(
        "grammar.to_too",
        ((Form("to"), Form("too", gloss="also, or excessively")),),
        bad=(
            Example("She was far to tired to argue.", "She was far too tired to argue."),
            Example("No, it was to cold.", "No, it was too cold."),
            Example("He stood up, to.", "He stood up, too."),
        ),
        good=(
            "She was far too tired to argue.",
            "He went to bed.",
            "Me too.",
            "It didn't amount to much.",
            "Things went from bad to worse.",
            "She wanted to.",
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
                r"(?<!\bfrom )(?<!\bfrom \w{3} )(?<!\bfrom \w{4} )\b(?P<fix>to)\s+(?:late|early|soon|often|tired|kind|"
                r"proud|young|old|busy|scared|afraid|big|small|little|bad|hard|easy|hot|cold|heavy|high|low|weak|"
                r"strong|shy|sweet|stupid|nice|far|loud|happy|sad|"
                r"(?-i:(?!reply|apply|supply|comply|imply|multiply)[a-z]{3,}ly))(?=\s*(?:[.,;!?…\"”]|to\b|for\b))",
                {"to": "too"},
            ),
            (r"(?:^|(?<=[\"“]))Me (?P<fix>to)(?=[.!])", {"to": "too"}),
            (r",\s*(?P<fix>to)\s*,", {"to": "too"}),
            (r"\b(?P<fix>to)\s+(?:fine|good|big|small|great|long|short|late|much|little|high)\s+an?\s", {"to": "too"}),
            (r"(?<!\bused )(?<!\bgoing )(?<!\btend )(?<!\bwant )(?<!\bneed )\b(?P<fix>to)\s+often\b", {"to": "too"}),
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
        ),
        good=(
            "He was taller than his brother.",
            "She paused and then left.",
            "If not now, then when?",
            "I would rather walk than be driven.",
        ),
        margin=2.0,
        flag=frozenset({"then"}),
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
        ),
    ),
    ConfusionSet(
        "grammar.breath_breathe",
        ((Form("breath"), Form("breathe")), (Form("breaths"), Form("breathes"))),
        bad=(
            Example("He caught his breathe.", "He caught his breath."),
            Example("She could not breath.", "She could not breathe."),
            Example("She took a deep breathe and stood.", "She took a deep breath and stood."),
        ),
        good=("He caught his breath.", "She could not breathe.", "Breathe, she told herself."),
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
            (r"\b(?:out of|under (?:his|her|my|their|your|our))\s+(?P<fix>breathe)\b", {"breathe": "breath"}),
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
        ),
        good=("I don't want to lose you.", "Her hair hung loose.", "They let the dogs loose."),
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
                r"\b(?:broke|break|breaks|breaking|cut|came|come|let|hang|hung|set|shook|shake|tore|tear|worked|work|pulled|turned|turn)\s+(?P<fix>lose)"
                + _END,
                {"lose": "loose"},
            ),
            # "lose" is a verb: after an article, a possessive or a degree word it is the adjective "loose".
            (
                r"\b(?:very|too|rather|quite|a|the|his|her|their|its|my|more|hang|hangs|hung|hanging|let)\s+"
                r"(?P<fix>lose)\b(?!\s+(?:track|sight|control|it|him|her|them|me|you|us|my|his|her|their|your|the|"
                r"a|an|this|that|everything|all|any|some|hope|weight|time|face|touch|interest|heart|count)\b)",
                {"lose": "loose"},
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
        ),
        good=("It had no effect on him.", "Does it affect you?", "Her flat affect worried the doctor."),
        model=False,
        patterns=(
            (
                r"\b(?:an|no|any|the|some|little|great|side|desired|opposite|lasting|strange|special|sound|full)\s+(?P<fix>affects?)\s+(?:on|of)\b",
                {"affect": "effect", "affects": "effects"},
            ),
            (r"\b(?:side|special|sound)\s+(?P<fix>affects)\b", {"affects": "effects"}),
            # A noun after an article or adjective that no psychologist would use: "a good affect upon him".
            (
                r"\b(?:an|no|any|some|little|great|good|bad|desired|opposite|lasting|strange|same|sole|due|"
                r"depressing|profound|calming|soothing|immediate|instant|big|huge|real|what|without|this|that|"
                r"much|any)\s+(?P<fix>affect)(?=\s*(?:[.,;!?…\"”]|upon\b|on\b|of\b|at\b|will\b|would\b|it\b))",
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
        ),
    ),
    ConfusionSet(
        "grammar.passed_past",
        ((Form("passed"), Form("past")),),
        bad=(
            Example("She walked passed the window.", "She walked past the window."),
            Example("Time had past slowly.", "Time had passed slowly."),
        ),
        good=("She walked past the window.", "He passed the salt.", "It was past midnight."),
        model=False,
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
        ),
    ),
    ConfusionSet(
        "grammar.accept_except",
        ((Form("accept"), Form("except")),),
        bad=(
            Example("Everyone came accept for him.", "Everyone came except for him."),
            Example("He had to except the truth.", "He had to accept the truth."),
        ),
        good=("Everyone came except for him.", "Please accept my apology.", "All of them except him."),
        model=False,
        patterns=(
            (r"\b(?P<fix>accept)\s+for\b", {"accept": "except"}),
            (
                r"\b(?:to|will|would|could|couldn't|can't|cannot|won't|didn't|don't|must|should)\s+(?P<fix>except)\s+(?:it|that|this|the|my|his|her|their|your|our|him|them|me)\b",
                {"except": "accept"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.quiet_quite",
        ((Form("quiet"), Form("quite")),),
        bad=(Example("It was not quiet right.", "It was not quite right."),),
        good=("It was not quite right.", "The house was quiet.", "The quiet room.", "Be quiet now."),
        margin=1.5,
        flag=frozenset({"quiet"}),
        patterns=(
            (
                r"\b(?:not|n't)\s+(?P<fix>quiet)\s+(?:right|sure|yet|enough|the|as|what|so|ready|done|there)\b",
                {"quiet": "quite"},
            ),
            (
                r"\b(?P<fix>quiet)\s+(?:a|an|sure|certain|possibly|likely|honestly|literally|frankly|right|so|often|clearly|obviously)\b",
                {"quiet": "quite"},
            ),
            (
                r"\b(?:was|is|be|been|so|very|too|fell|went|kept|stayed|grew|remained)\s+(?P<fix>quite)"
                r"(?=\s*[.,;!?…\"”]|\s+(?:for|again|now|until|after|while|and\s+still)\b)",
                {"quite": "quiet"},
            ),
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
        ),
        good=("She wondered if he was awake.", "They wandered through the park.", "She wandered where the path led."),
        model=False,
        patterns=(
            (
                r"\b(?P<fix>wander|wanders|wandered|wandering)\s+(?:if|whether|why|how|what|who|aloud)\b",
                {"wander": "wonder", "wanders": "wonders", "wandered": "wondered", "wandering": "wondering"},
            ),
            (
                r"\b(?:mind|minds|thoughts|eyes|gaze|attention)\s+(?P<fix>wonder|wondered|wondering|wonders)\b(?!\s+(?:if|whether|why|how|what|who)\b)",
                {"wonder": "wander", "wondered": "wandered", "wondering": "wandering", "wonders": "wanders"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.breaks_brakes",
        ((Form("breaks"), Form("brakes")),),
        bad=(Example("He slammed on the breaks.", "He slammed on the brakes."),),
        good=("He slammed on the brakes.", "She breaks the silence."),
        model=False,
        patterns=(
            (
                r"\b(?:slammed|slam|slams|slamming|hit|hits|hitting|pumped|pump|jammed|stomped|stamped)\s+(?:on\s+)?(?:the|his|her|my|their)\s+(?P<fix>breaks)\b",
                {"breaks": "brakes"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.site_sight",
        ((Form("site"), Form("sight")),),
        bad=(
            Example("She was a site for sore eyes.", "She was a sight for sore eyes."),
            Example("He ran out of site.", "He ran out of sight."),
        ),
        good=("She was a sight for sore eyes.", "The camp site was empty.", "He ran out of sight."),
        model=False,
        patterns=(
            (r"\b(?P<fix>site) for sore eyes\b", {"site": "sight"}),
            (
                r"\b(?:out of|in|lost|lose|losing|caught|catch|catching|at first|within|into)\s+"
                r"(?P<fix>site)\b(?=\s*(?:[.,;!?…\"”]|of\b|and\b))",
                {"site": "sight"},
            ),
        ),
    ),
    ConfusionSet(
        "grammar.rise_raise",
        ((Form("rise"), Form("raise")), (Form("rises"), Form("raises")), (Form("raised"), Form("rose"))),
        bad=(
            Example("The tension began to raise.", "The tension began to rise."),
            Example("She watched the sun raise over the hill.", "She watched the sun rise over the hill."),
            Example("He rises his eyebrows.", "He raises his eyebrows."),
        ),
        good=(
            "She watched the sun rise over the hill.",
            "He raised his hand.",
            "They began to raise money.",
            "Her hopes rose, her head high.",
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
            # "rise" takes no object: "he rises his eyebrows", "she rose her hand".
            (
                r"\b(?P<fix>rise|rises|rose|risen|rising)\s+(?:his|her|their|my|your|our|one)\s+"
                r"(?:hand|hands|eyebrow|eyebrows|brow|brows|chin|arm|arms|voice|glass|gun|weapon|sword|cup|fist|"
                r"finger|gaze|eyes|head)\b",
                {"rise": "raise", "rises": "raises", "rose": "raised", "risen": "raised", "rising": "raising"},
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
        ),
        good=(
            "He was lying down on the bed.",
            "She was laying the table.",
            "She lay on the grass.",
            "They were laying down their arms.",
            "He laid down the law.",
            "The book was laid on the desk.",
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
        ),
    ),
)

RULES: tuple[Rule, ...] = tuple(entry.rule() for entry in TABLE)
