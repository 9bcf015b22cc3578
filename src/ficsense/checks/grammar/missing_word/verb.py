"""A lost verb or object, or one verb too many: "she couldn't the mallet", "looked at like I was mad",
"Jo finally spoke said nothing"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ficsense.checks.context import Context
from ficsense.checks.grammar.missing_word.common import CONFIDENCE, hit_over, verbatim
from ficsense.checks.grammar.missing_word.vocabulary import OBJECT_DETERMINERS, SPEECH, SUBJECT_PRONOUNS
from ficsense.checks.rule import Hit

# "looked at like I was mad" has lost its object ("at me like").
_NO_OBJECT = re.compile(
    r"\b(?:looked|looking|looks|stared|staring|stares|glared|glaring|glares|smiled|smiling|smiles|grinned|grinning|"
    r"grins)\s+at\s+(?P<gap>like|as\s+if|as\s+though)\b",
    re.IGNORECASE,
)


_TWO_VERBS = re.compile(rf"\b(?P<first>{SPEECH})\s+(?P<second>{SPEECH})\b", re.IGNORECASE)


def dropped_object_after_at(ctx: Context) -> Iterator[Hit]:
    """ "looked at like I was mad": "at" straight before "like" or "as if"."""
    for match in _NO_OBJECT.finditer(ctx.text):
        start = match.start("gap")
        yield Hit(start - 1, start, "A word seems to be missing after “at” (“at me”, “at him”?).", (), CONFIDENCE)


def doubled_speech_verb(ctx: Context) -> Iterator[Hit]:
    """ "spoke said": two different speech verbs in a row."""
    for match in _TWO_VERBS.finditer(ctx.text):
        if match.group("first").lower() == match.group("second").lower():
            continue
        start, end = match.span()
        message = f"“{match.group('first')} {match.group('second')}”: one verb too many, or a word missing between."
        yield Hit(start, end, message, (), CONFIDENCE)


_NEGATED_AUXILIARIES = frozenset("can't couldn't won't wouldn't shouldn't mustn't didn't don't doesn't cannot".split())


def dropped_verb(ctx: Context) -> Iterator[Hit]:
    """A subject, a negated auxiliary and then a determiner: the main verb is gone ("I didn't the dishes")."""
    lower = ctx.lower
    for index in ctx.indices_of(_NEGATED_AUXILIARIES):
        subject, after = ctx.prev_word(index), ctx.next_word(index)
        # The subject rules out questions: "Didn't the doctor say so?"
        if subject is None or after is None or lower[subject] not in SUBJECT_PRONOUNS:
            continue
        if lower[after] in OBJECT_DETERMINERS:
            yield hit_over(ctx, index, index, f"A verb seems to be missing after “{verbatim(ctx, index, index)}”.")
