"""Wrong verb forms: `grammar.past_participle` ("had went") and `grammar.lead_led` ("she lead him").

After have/has/had a verb takes its past participle; writers often put the simple past there ("had
went", "had ran"). Only verbs whose two forms differ and whose simple past is never a participle are
listed. "lead" after he/she/it cannot be present tense (that would be "leads"), so it is "led".
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from ficsense.checks.context import Context
from ficsense.checks.rule import Example, Hit, Rule, match_case

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
}
AUXILIARIES = frozenset({"have", "has", "had", "having", "i've", "you've", "we've", "they've", "'ve"})
# Adverbs that may stand between the auxiliary and the participle.
BETWEEN = frozenset({"already", "just", "never", "always", "not", "finally", "only", "even", "ever", "since", "all"})
SUBJECTS = frozenset({"he", "she", "it", "what", "which"})
# Adverbs that may stand between a subject and its verb ("she always lead him").
_ADVERBS = frozenset({"always", "finally", "then", "quickly", "slowly", "gently", "just", "once", "never"})
LEAD_OBJECTS = frozenset(
    {"him", "her", "them", "me", "us", "you", "the", "his", "their", "my", "our", "your", "it", "to", "into"}
)


def find_participles(ctx: Context) -> Iterator[Hit]:
    """A simple past after have/has/had, possibly with an adverb between."""
    for index in ctx.indices_of(PARTICIPLES):
        participle = PARTICIPLES.get(ctx.lower[index])
        if participle is None:
            continue
        previous = ctx.prev_word(index)
        if previous is not None and ctx.lower[previous] in BETWEEN:
            previous = ctx.prev_word(previous)
        if previous is None or ctx.lower[previous] not in AUXILIARIES:
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
        # A name is one person: "Emma lead" can only be the past tense (the present is "leads").
        name = ctx.forms[previous] in ctx.lexicon.names and not ctx.forms[previous].isupper()
        subject = name or ctx.lower[previous] in SUBJECTS or ctx.lower[previous] in {"had", "has", "have"}
        if not subject or ctx.lower[following] not in LEAD_OBJECTS:
            continue
        span = ctx.spans[index]
        fixed = match_case("led", ctx.forms[index])
        yield Hit(span.start, span.end, "The past tense of “lead” is “led”.", (fixed,), 0.9)


PARTICIPLE_RULE = Rule(
    id="grammar.past_participle",
    category="grammar",
    description="A simple past where the past participle belongs (“had went”).",
    find=find_participles,
    bad=(
        Example("She had went home early.", "She had gone home early."),
        Example("They had already ran out.", "They had already run out."),
    ),
    good=("She had gone home early.", "She went home early.", "He had a saw in his hand."),
)

LEAD_RULE = Rule(
    id="grammar.lead_led",
    category="grammar",
    description="“lead” for the past tense “led”.",
    find=find_lead,
    bad=(
        Example("She lead him outside.", "She led him outside."),
        Example("He had lead them home.", "He had led them home."),
    ),
    good=("She led him outside.", "They lead the way every year.", "He took the lead."),
)
