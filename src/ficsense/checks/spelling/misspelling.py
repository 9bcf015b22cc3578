"""spelling.misspelling — a word no dictionary and nothing in the story vouches for, with a correction.

Lower-case words are checked (capitals only at a sentence start, see below): a capital may be a name, and a
word the story repeats, a stretched shout or a bit of written dialect is the writer's choice (see the
story lexicon). The finding is kept only when a correction is close and common, so that a foreign word
or a coinage with nothing near it stays quiet (precision first, issue 3).

A form that only looks like a derivation ("tention" = "tent" + "ion") or skips a doubling English requires
("thinest") is still a typo when one cheap slip turns it into a word the web writes hundreds of times as
often. Standard contractions ("don't", "I've") do not mark a sentence as dialect, so a typo beside them
is still caught; a paragraph with several unknown words is taken for dialect.

A form that parses only as a closed compound ("suprise" = "sup" + "rise") is a typo when one slip turns it
into an everyday word a hundred times as frequent; a silent e kept before "-ly"/"-ment" ("truely") and
"-icly" for "-ically" ("basicly") are slips too. The web repeats its commonest typos often: a doubled
letter written once ("embarassed") counts from a twentieth of the word's frequency, and a dropped letter
("probaly", "concious") however rare, unless the form is a listed word plus an ending ("deigning"); so
does a letter too many ("menance"), and a stem's letter dropped before an ending ("aggressivly").

The rule also restores the s a measure loses after a number ("for three week, and", "two day ago"): a
number above one and a time or distance noun, closing the phrase (punctuation, "and", "ago", a
preposition). A following noun makes it a compound modifier ("a three week course"), which stays quiet.

Capitals call for caution: in the PDNC novels the unknown capitalised words that open sentences are names
and foreign words ("Comme", "Tiens", "Buen"), several of them one cheap slip from a common word. So only a
sentence-opening word the story never writes mid-sentence is checked, and only as a slip of one of the 3,000
commonest words (29,000 for words of eight letters or more, "Aggressivly"): two neighbouring letters swapped
("Becuase", "Jsut"), or, in a word of six letters or more that is no census given name or surname, a cheap
slip or a dropped letter the rule would flag in lower case ("Tommorow", "Probaly").
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache

from ficsense.analyses.people.names import given_names, surnames
from ficsense.checks.context import Context
from ficsense.checks.grammar.participle_as_past import REGULARISED
from ficsense.checks.language import LanguageModel
from ficsense.checks.rule import Example, Hit, Rule, match_case
from ficsense.checks.spelling.contractions import CONTRACTIONS
from ficsense.checks.spelling.suggest import slip_cost, suggest
from ficsense.document import Span

_SUFFIXES = ("'s", "s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "ness", "less", "ful", "ish", "y")
_PREFIXES = (
    "un",
    "re",
    "non",
    "over",
    "under",
    "out",
    "mis",
    "pre",
    "dis",
    "half",
    "self",
    "in",
    "ir",
    "im",
    "il",
    "en",
)
# Endings before which a few everyday words drop their stem's silent e ("truly", "argument", "awful").
_E_DROPPING = ("ly", "ment", "ful")
# Remnants of a contraction whose apostrophe a plain-text copy lost ("hadn t").
_REMNANTS = frozenset({"t", "s", "ll", "d", "m", "ve", "re"})
_PART = re.compile(r"[A-Za-z]+")
# More unknown words than this in one paragraph make it dialect or a foreign language.
DIALECT_PARAGRAPH = 2
# Corrections rarer than this are not trusted to be what the writer meant.
MIN_CORRECTION_COUNT = 100_000
# Parts at least this common make a derivation or a closed compound a real word.
COMMON_COUNT = 200_000
CHEAP_SLIP = 0.8
MAX_COST_SEEN = 1.0
TYPO_RATIO = 50
RARE_RATIO = 100
WEB_TYPO = 1e-7
DOUBLING_SLIP = 0.4
DOUBLING_RATIO = 20
FAINT_RATIO = 150
SHORT = 4
SHORT_RATIO = 200
# An unseen word is flagged only as a slip of a word at least this frequent (the 29,000 commonest word forms).
COMMON_TARGET = 1e-6
MAX_COST_UNSEEN = 1.0
# A swapped pair at a sentence start is flagged only as a slip of a word this frequent (about the 3,000
# commonest), and far more frequent than the form as written.
EVERYDAY = 3e-5
SWAP_RATIO = 1000
SWAP_COST = 0.6
LOWER_SWAP_RATIO = 10_000
# Other slips at a sentence start are trusted only in words this long: short foreign words ("Buen", "Iss")
# sit close to everything.
OPENING_LENGTH = 6
# From this length a sentence-opening slip may be of any of the 29,000 commonest words ("Aggressivly").
LONG_OPENING = 8
MAX_COST_UNSEEN_LONG = 1.4
LONG = 7
MIN_UNSEEN_LENGTH = 5
# A derivation of a rare word ("maundering", "scrupled") is a real word even when wordfreq lacks the form.
RARE_STEM_LENGTH = 7
# wordfreq frequency above which a stem is a real word, not one of the web's typos (those sit lower).
ATTESTED = 1e-6
# A derivation-shaped form this rare, one slip this cheap from a word this frequent and this many times as
# frequent (an unseen form counts as SHADOW_FLOOR), is that word's typo ("tention", "thinest").
SHADOW_CEILING = 1e-7
SHADOW_COST = 0.6
SHADOW_TARGET = 3e-7
SHADOW_RATIO = 300
SHADOW_FLOOR = 1e-9
# A compound-shaped form is a typo only of a word at least this frequent (about the 5,000 commonest).
EVERYDAY_TARGET = 1e-5


def known_word(word: str, model: LanguageModel) -> bool:
    """True for a dictionary word or a regular derivation of one ("unclasped", "hurriedly")."""
    if model.knows(word):
        return True
    # "grabed", "finaly", "untill" look like derivations of "grab", "final", "till", but the dictionary
    # spells the word one doubled letter or one swap away: that is a slip, not a coinage.
    return (
        not _slip_of_listed_word(word, model)
        and _derived(word, model)
        and not _shadowed(word, model)
        and not _typo_shaped(word, model)
    )


def _typo_shaped(word: str, model: LanguageModel) -> bool:
    """True when a form that parses only as a closed compound ("suprise" = "sup" + "rise", "quietley" =
    "quiet" + "ley") is one slip from an everyday word a hundred times as frequent. (Unseen inflections,
    "dazes", "acuter", are left alone: wordfreq lacks many real ones.)"""
    seen = model.frequency(word)
    if seen > ATTESTED or not _compound_only(word, model):
        return False
    ranked = _ranked(word, model)
    if not ranked:
        return False
    best, cost = ranked[0]
    target = model.frequency(best)
    # One the web never writes must be a cheaper slip, a letter longer or shorter at most: the dialect of
    # older fiction ("howsever", "setten") is compound-shaped too.
    close = cost <= MAX_COST_SEEN if seen else cost <= CHEAP_SLIP and abs(len(best) - len(word)) <= 1
    return close and target >= EVERYDAY_TARGET and target >= RARE_RATIO * max(seen, SHADOW_FLOOR)


def _compound_only(word: str, model: LanguageModel) -> bool:
    """True when `word` reads as a closed compound but as no stem plus an ending or prefix plus a word."""
    return not _affixed(word, model) and not _plain_derivation(word, model)


def _shadowed(word: str, model: LanguageModel) -> bool:
    """True when a form that only looks derived ("tention" = "tent" + "ion", "infirmery" = "in" + "firmery")
    or that skips a doubling English requires ("thinest") is one cheap slip from a word the web writes
    hundreds of times as often: it is that word's typo, not a coinage.

    A plain derivation of a real word ("palled", "pertly", "unfrequently") is left alone: the old and the
    rare write those on purpose, and they too sit one vowel from a commoner word ("pulled", "partly").
    """
    seen = model.frequency(word)
    if seen > SHADOW_CEILING:
        return False
    doubled = _doubled(word)
    # The neighbour search is the slow part: only forms the last test could accept are searched.
    if doubled is None and _plain_derivation(word, model):
        return False
    best = _cheap_neighbour(word, model)
    if best is None:
        return False
    target = model.frequency(best)
    if target < SHADOW_TARGET or target < SHADOW_RATIO * max(seen, SHADOW_FLOOR):
        return False
    return best == doubled or not _plain_derivation(word, model)


def _cheap_neighbour(word: str, model: LanguageModel) -> str | None:
    """The most frequent dictionary word one cheap slip from `word` (a vowel, a doubled letter, a swap)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:index], word[index:]) for index in range(len(word) + 1)]
    edited = {left + right[1:] for left, right in splits if right}
    edited |= {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    edited |= {left + letter + right[1:] for left, right in splits if right for letter in letters}
    edited |= {left + letter + right for left, right in splits for letter in letters}
    near = [
        candidate
        for candidate in edited
        if model.count(candidate) >= MIN_CORRECTION_COUNT and slip_cost(word, candidate, spelling=True) <= SHADOW_COST
    ]
    return max(near, key=model.frequency, default=None)


def _plain_derivation(word: str, model: LanguageModel) -> bool:
    """A real word, however rare, plus a suffix ("pall" + "ed", "abase" + "ing", "spat" + "ted"), or a prefix
    plus a dictionary word ("un" + "frequently")."""
    for suffix in _SUFFIXES:
        stem = word[: -len(suffix)]
        if not _ending_fits(word, suffix) or len(stem) < 3:
            continue
        stems = (stem, stem + "e", stem[:-1]) if stem[-1] == stem[-2] else (stem, stem + "e")
        if any(model.knows(option) or model.frequency(option) > 0 for option in stems):
            return True
    return any(word.startswith(prefix) and model.knows(word[len(prefix) :]) for prefix in _PREFIXES)


def _ending_fits(word: str, suffix: str) -> bool:
    """True when `word` ends in `suffix` and the stem can take it: a bare "d" only after an e ("happend" is
    no "happen" + "d")."""
    return word.endswith(suffix) and (suffix != "d" or word[:-1].endswith("e"))


def _doubled(word: str) -> str | None:
    """The spelling with the doubled consonant a one-syllable stem takes before a vowel ending ("thinnest")."""
    for suffix in ("est", "er", "ed", "ing"):
        stem = word[: -len(suffix)]
        if (
            word.endswith(suffix)
            and len(stem) >= 3
            and stem[-1] not in "aeiouwxy"
            and stem[-2] in "aeiou"
            and stem[-3] not in "aeiou"
            and sum(1 for char in stem if char in "aeiou") == 1
        ):
            return stem + stem[-1] + suffix
    return None


def _swapped_everyday_word(word: str, model: LanguageModel, *, ratio: float = SWAP_RATIO) -> str | None:
    """An everyday word that `word` is with two neighbouring letters swapped ("becuase" -> "because").

    The one capitalised typo trusted at a sentence start: a swap is the commonest slip of fast typing,
    and neither names nor foreign words ("Comme", "Tiens") sit one swap from the 3,000 commonest words.
    """
    for index in range(1, len(word)):
        if word[index] == word[index - 1]:
            continue
        variant = word[: index - 1] + word[index] + word[index - 1] + word[index + 1 :]
        seen = model.frequency(variant)
        if seen >= EVERYDAY and seen >= ratio * model.frequency(word):
            return variant
    return None


def _opening_typo(word: str, model: LanguageModel) -> str | None:
    """The everyday word a capitalised non-word opening a sentence misspells ("Becuase", "Tommorow").

    A swap of neighbours is trusted outright. Any other slip must be one the rule would flag in lower case,
    of a word among the 3,000 commonest, and the form must be no given name or surname: the names and
    foreign words that open sentences in the PDNC novels ("Comme", "Tiens") are not that close to words
    that common.
    """
    swapped = _swapped_everyday_word(word, model)
    if swapped is not None or word in given_names() or word in surnames():
        return swapped
    ranked = _ranked(word, model)
    # A long word has few neighbours, names and foreign words among them: its slips may be of rarer words.
    everyday = COMMON_TARGET if len(word) >= LONG_OPENING else EVERYDAY
    if len(word) < OPENING_LENGTH or not ranked or model.frequency(ranked[0][0]) < everyday:
        return None
    best, cost = ranked[0]
    if cost > CHEAP_SLIP and not _dropped_letter(word, best):
        return None
    return best if _worth_flagging(word, best, cost, model) else None


def _slip_of_listed_word(word: str, model: LanguageModel) -> bool:
    """True when doubling, undoubling or swapping letters of `word`, or putting back a dropped vowel, gives a
    common dictionary word ("completly" is not "complet" + "ly", nor "somthing" "som" + "thing")."""
    # A plain stem plus an ending ("reveled", "fulled") is a real word even when a vowel would make another.
    regular = any(
        _ending_fits(word, suffix) and len(word) - len(suffix) >= 4 and _attested(word[: -len(suffix)], model)
        for suffix in _SUFFIXES
    )
    # "basicly": "-ically" written as a plain "-ly".
    if word.endswith("icly") and _common(word[:-2] + "ally", model):
        return True
    # "truely", "arguement": a stem's silent e kept before an ending that drops it.
    for suffix in _E_DROPPING:
        if word.endswith("e" + suffix) and _common(word[: -len(suffix) - 1] + suffix, model):
            return True
    for index in range(1, len(word)):
        letter = word[index]
        variants = [word[:index] + letter + word[index:]]
        if not regular:
            variants += [word[:index] + vowel + word[index:] for vowel in "aeiou"]
        if letter == word[index - 1]:
            variants.append(word[:index] + word[index + 1 :])
        else:
            variants.append(word[: index - 1] + letter + word[index - 1] + word[index + 1 :])
        if any(_common(variant, model) for variant in variants):
            return True
    return False


def _derived(word: str, model: LanguageModel) -> bool:
    # A closed compound of two common words ("doorkeys", "cabmen") is a coinage, not a typo.
    return _affixed(word, model) or any(
        _common(word[:cut], model) and _common(word[cut:], model) for cut in range(3, len(word) - 2)
    )


def _affixed(word: str, model: LanguageModel) -> bool:
    """A stem plus a regular ending, or a prefix plus a word ("hurriedly", "unclasped")."""
    for suffix in _SUFFIXES:
        if _ending_fits(word, suffix) and len(word) - len(suffix) >= 4:
            stem = word[: -len(suffix)]
            if _attested(stem, model) or _attested(stem + "e", model):
                return True
            if stem.endswith("i") and _common(stem[:-1] + "y", model):
                return True
            if stem[-1] == stem[-2] and _common(stem[:-1], model):
                return True
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 4 and _derived_or_listed(word[len(prefix) :], model):
            return True
    return False


def _derived_or_listed(word: str, model: LanguageModel) -> bool:
    return model.knows(word) or _derived(word, model)


def _unknown(ctx: Context, index: int) -> bool:
    form = ctx.forms[index]
    if ctx.lexicon.knows(form) or (form[:1].isupper() and not ctx.starts[index]):
        return False
    return not all(known_word(part.lower(), ctx.model) for part in _PART.findall(form))


def _attested(stem: str, model: LanguageModel) -> bool:
    return _common(stem, model) or model.frequency(stem) >= ATTESTED


def _common(stem: str, model: LanguageModel) -> bool:
    # A rare dictionary entry ("thi") must not vouch for a typo that merely ends like a suffix ("thier").
    return model.count(stem) >= COMMON_COUNT


NUMBERS = frozenset(
    """
    two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen
    eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand several few
    """.split()
)
MEASURES = frozenset(
    """
    second minute hour day night week month year decade century mile inch step block yard metre meter
    kilometre kilometer
    """.split()
)
# What may close a measure phrase: "three week ago", "two day in a row", "ten mile to the coast".
_PHRASE_ENDS = frozenset(
    """
    and or but ago later earlier before after since of in on at to from into straight running away back past
    now left
    """.split()
)


def _singular_measures(ctx: Context) -> Iterator[Hit]:
    """ "for three week, and": a time or distance noun left singular after a number above one."""
    for index in ctx.indices_of(MEASURES):
        number = ctx.prev_word(index)
        if number is None or not ctx.forms[index].islower():
            continue
        count = ctx.lower[number]
        if count not in NUMBERS and not (count.isdigit() and int(count) > 1):
            continue
        before = ctx.prev_word(number)
        # "a three week course" is a modifier; "a few day" and "a hundred year" still need the plural.
        if before is not None and ctx.lower[before] in {"a", "an"} and count not in {"few", "hundred", "thousand"}:
            continue
        if before is not None and ctx.lower[before] in {"the", "every", "each", "one"}:
            continue
        span = ctx.spans[index]
        following = ctx.next_word(index)
        if following is None:
            closes = ctx.text[span.end : span.end + 1] in {".", ",", "!", "?", ";", ":", "—", ")"}
        else:
            closes = ctx.lower[following] in _PHRASE_ENDS
        if not closes:
            continue
        # "nine mile back", "ith fourteen month ago": dialect speech keeps the singular; a quotation
        # with any non-dictionary word in it is taken for dialect.
        quote = _quote_of(ctx, index)
        if quote is not None and (ctx.lower[index] == "mile" or _has_dialect(ctx, quote)):
            continue
        fixed = ctx.forms[index][:-1] + "ies" if ctx.lower[index] == "century" else ctx.forms[index] + "s"
        message = f"After “{ctx.forms[number]}”, “{ctx.forms[index]}” takes the plural: “{fixed}”."
        yield Hit(span.start, span.end, message, (fixed,), 0.8)


def _quote_of(ctx: Context, index: int) -> Span | None:
    start = ctx.spans[index].start
    return next((quote.span for quote in ctx.doc.quotes if quote.span.start <= start < quote.span.end), None)


def _has_dialect(ctx: Context, quote: Span) -> bool:
    first = bisect.bisect_left(ctx.spans, quote.start, key=lambda span: span.start)
    last = bisect.bisect_left(ctx.spans, quote.end, key=lambda span: span.start)
    return any(
        ctx.is_word[index] and ctx.forms[index].islower() and not ctx.model.knows(ctx.lower[index])
        for index in range(first, last)
    )


def _strange(ctx: Context, index: int) -> bool:
    """True for an unknown word that marks its sentence as dialect or a foreign language ("thame", "warn't",
    "Vorrei"); standard contractions ("don't", "I've") and the stem of a lost apostrophe ("isn t") do not."""
    lower = ctx.lower[index]
    if lower in _REMNANTS:
        return False
    after = index + 1
    if lower.endswith("n") and after < len(ctx.forms) and ctx.lower[after] in _REMNANTS:
        return False
    if "'" in lower:
        stem = lower[:-2] if lower.endswith("'s") else lower
        return not (ctx.model.knows(lower) or known_word(stem, ctx.model))
    return True


def find(ctx: Context) -> Iterator[Hit]:
    """Non-words with a close, common correction, and measures left singular after a number."""
    yield from _singular_measures(ctx)
    model = ctx.model
    unknown = [index for index in ctx.word_indices() if _unknown(ctx, index)]
    strange = [index for index in unknown if _strange(ctx, index)]
    per_sentence = Counter(_sentence_of(ctx, index) for index in strange)
    paragraph_starts = [paragraph.start for paragraph in ctx.doc.paragraphs]
    per_paragraph = Counter(bisect.bisect_right(paragraph_starts, ctx.spans[index].start) for index in strange)
    for index in unknown:
        form = ctx.forms[index]
        # Hyphenated forms are coinages ("fiesta-ing") or foreign phrases ("vis-a-vis") far more often than typos.
        if "'" in form or "-" in form or any(char.isdigit() for char in form):
            continue
        # Two unknown words in one sentence are dialect ("thame", "yoong") or another language, not two typos.
        # A plain slip beside an invented word ("untill" near "the vorlith") is lost too: in the PDNC novels
        # letting such slips through added more false alarms (dialect, "tittered" by "curricle") than typos.
        # Standard contractions ("don't", "I've"), remnants of a lost apostrophe ("isn t") and capitalised
        # names ("Syme") say nothing of dialect and do not count.
        # A paragraph of dialect ("rattling pathe. If my dog leth thith young man thtir") counts too.
        paragraph = bisect.bisect_right(paragraph_starts, ctx.spans[index].start)
        if per_sentence[_sentence_of(ctx, index)] > 1 or per_paragraph[paragraph] > DIALECT_PARAGRAPH:
            continue
        after = index + 1
        if after < len(ctx.forms) and ctx.lower[after] in _REMNANTS:
            continue
        # Italics marked with _ or * set off foreign words ("_Tiens!_").
        span = ctx.spans[index]
        if ctx.text[span.start - 1 : span.start] in {"_", "*"} or ctx.text[span.end : span.end + 1] in {"_", "*"}:
            continue
        # "knowin'", "nothin'": a dropped g marked with an apostrophe is written speech.
        if ctx.text.startswith(("'", "’"), span.end) and known_word(form.lower() + "g", model):
            continue
        offset = span.start
        for part in _PART.finditer(form):
            word = part.group()
            lower = word.lower()
            if len(word) < 3 or ctx.lexicon.knows(word) or known_word(lower, model):
                continue
            # "theyre", "dont": spelling.contraction_apostrophe owns these, and knows when they are a style.
            if lower in CONTRACTIONS:
                continue
            # "brang", "throwed": grammar.participle_as_past gives the irregular past these stand for.
            if lower in REGULARISED:
                continue
            # "(i know, ilse, why)": an author's note typed all in lower case writes its names so too.
            if lower in given_names() and _all_lower_case(ctx, paragraph):
                continue
            # A capital, even at a sentence start, may be a name used once ("Shoto", "Jayce"): wordfreq knows
            # names and typos alike, so no frequency tells them apart, and a missed typo costs less.
            if word[:1].isupper():
                # A form the story also writes mid-sentence is a name, whatever it is one slip from.
                opening_only = all(ctx.starts[use] for use in ctx.where.get(lower, ()))
                swapped = (
                    _opening_typo(lower, model)
                    if ctx.starts[index] and opening_only and word[1:].islower() and len(word) > 1
                    else None
                )
                if swapped is not None:
                    fixed = match_case(swapped, word)
                    yield Hit(
                        offset + part.start(),
                        offset + part.end(),
                        f"“{word}” is not a word; did you mean “{fixed}”?",
                        (fixed,),
                        0.8,
                    )
                continue
            ranked = _ranked(lower, model)
            # "waht", "knwo": a swap of an everyday word is trusted in lower case too, when the word is ten
            # thousand times as frequent (dialect such as "arst" for "asked" sits nearer "arts").
            swapped = _swapped_everyday_word(lower, model, ratio=LOWER_SWAP_RATIO)
            if swapped is not None:
                ranked = ((swapped, SWAP_COST), *((other, cost) for other, cost in ranked if other != swapped))
            if not ranked:
                continue
            best, best_cost = ranked[0]
            if swapped is None and not _worth_flagging(lower, best, best_cost, model):
                continue
            suggestions = tuple(match_case(candidate, word) for candidate, _ in ranked)
            yield Hit(
                offset + part.start(),
                offset + part.end(),
                f"“{word}” is not a word; did you mean “{suggestions[0]}”?",
                suggestions,
                confidence=0.9 if best_cost <= CHEAP_SLIP else 0.7,
            )


@lru_cache(maxsize=4096)
def _ranked(word: str, model: LanguageModel) -> tuple[tuple[str, float], ...]:
    # Cached: the flag decision and the suggestions (and a stem check) rank the same word.
    return tuple(suggest(word, model, limit=3, min_count=MIN_CORRECTION_COUNT))


def corrections(word: str, model: LanguageModel) -> tuple[str, ...]:
    """Up to three corrections for a lower-case non-word, best first (empty when none is close and common)."""
    return tuple(candidate for candidate, _ in _ranked(word, model))


def flags_word(word: str, model: LanguageModel) -> bool:
    """Whether the rule would flag this lower-case word in running text of a story that never repeats it."""
    if len(word) < 3 or known_word(word, model):
        return False
    ranked = _ranked(word, model)
    return bool(ranked) and _worth_flagging(word, ranked[0][0], ranked[0][1], model)


def _all_lower_case(ctx: Context, paragraph: int) -> bool:
    """True when paragraph number `paragraph` (1-based, as bisected) has no capital letter at all."""
    span = ctx.doc.paragraphs[paragraph - 1]
    return not any(char.isupper() for char in ctx.text[span.start : span.end])


def _sentence_of(ctx: Context, index: int) -> int:
    return bisect.bisect_right(ctx.sentence_starts, ctx.spans[index].start)


def _worth_flagging(word: str, best: str, cost: float, model: LanguageModel) -> bool:
    # "thinest": an unseen form, but English spells its stem doubled before the ending.
    if best == _doubled(word) and _shadowed(word, model):
        return True
    # "basicly": the "-ically" of an everyday adjective written as a plain "-ly".
    if word.endswith("icly") and best == word[:-2] + "ally" and model.frequency(best) >= COMMON_TARGET:
        return True
    seen = model.frequency(word)
    if seen:
        # wordfreq also counts the web's common typos ("definately", "goverment") at 1e-7 to 1e-6, a
        # fiftieth or less of the word they stand for; rare real words and old spellings ("desponding",
        # "wrapt") sit lower, near 1e-8.
        ratio = model.frequency(best) / seen
        if cost <= CHEAP_SLIP and ratio >= TYPO_RATIO and len(word) > SHORT:
            return True
        # "embarassed": a doubled letter written once is the commonest slip there is, and the web repeats
        # the commonest ones often enough to sit within fifty times of the word.
        if cost <= DOUBLING_SLIP and ratio >= DOUBLING_RATIO and len(word) > SHORT:
            return True
        # "probaly", "concious": rarer than the web's usual typos, but a letter short of a word a hundred
        # and fifty times as common. Rare real words sit one letter off too ("desponding", "houris",
        # "blest"), but by another letter or an extra one, or are a rarer word plus an ending ("deigning").
        # "menance" is the same with one letter too many, which needs a longer word to be as sure.
        if seen < WEB_TYPO and ratio >= FAINT_RATIO:
            letter_off = (len(word) > SHORT + 1 and _dropped_letter(word, best)) or (
                len(word) > SHORT + 2 and _dropped_letter(best, word)
            )
            if letter_off and not _listed_stem(word, model):
                return True
        if len(word) <= SHORT:
            # Short words collide with everything ("ang", "lud"): only a swap or a vowel, far below its word.
            return cost <= 0.6 and ratio >= SHORT_RATIO and seen >= WEB_TYPO
        return cost <= MAX_COST_SEEN and ratio >= RARE_RATIO and seen >= WEB_TYPO
    # Words nobody has seen are mostly foreign ("sono"), dialect ("owd") or rare ("curricle"): only a
    # cheap slip from a word in everyday use is trusted, a little further for long words, which have few
    # neighbours (COMMON_TARGET, LONG and the rare-stem test were set on the Aspell and Norvig lists against
    # PDNC's false alarms, issue 3).
    limit = MAX_COST_UNSEEN_LONG if len(word) >= LONG else MAX_COST_UNSEEN
    return (
        cost <= limit
        and len(word) >= MIN_UNSEEN_LENGTH
        and model.frequency(best) >= COMMON_TARGET
        # "aggressivly": a stem's letter dropped before the ending is no derivation of that stem.
        and (_dropped_letter(word, best) or not _derived_from_rare_word(word, model))
    )


def _listed_stem(word: str, model: LanguageModel) -> bool:
    """True when `word` is a dictionary word plus a regular ending ("deign" + "ing")."""
    return any(
        _ending_fits(word, suffix) and len(word) > len(suffix) + 2 and model.knows(stem)
        for suffix in _SUFFIXES
        for stem in (word[: -len(suffix)], word[: -len(suffix)] + "e")
    )


def _dropped_letter(word: str, meant: str) -> bool:
    """True when `word` is `meant` with one letter after the first left out ("probaly")."""
    return len(meant) == len(word) + 1 and any(meant[:cut] + meant[cut + 1 :] == word for cut in range(1, len(meant)))


def _derived_from_rare_word(word: str, model: LanguageModel) -> bool:
    """True when a stem of `word` is a long real word wordfreq has seen, not itself a typo ("scruple")."""
    for stem in _stems(word):
        if len(stem) >= RARE_STEM_LENGTH and model.frequency(stem) > 0:
            ranked = _ranked(stem, model)
            if not ranked or not _worth_flagging(stem, ranked[0][0], ranked[0][1], model):
                return True
    return False


def _stems(word: str) -> Iterator[str]:
    for suffix in _SUFFIXES:
        if _ending_fits(word, suffix):
            stem = word[: -len(suffix)]
            yield from (stem, stem + "e")
            if len(stem) > 1 and stem[-1] == stem[-2]:
                yield stem[:-1]
            if stem.endswith("i"):
                yield stem[:-1] + "y"


RULE = Rule(
    id="spelling.misspelling",
    category="spelling",
    description="A word that is not in the dictionary nor in the story's own vocabulary (or a measure left "
    "singular after a number).",
    find=find,
    bad=(
        Example("She was definately not going back.", "She was definitely not going back."),
        Example("He wanted to seperate the twins.", "He wanted to separate the twins."),
        Example("They stayed in. Becuase it rained.", "They stayed in. Because it rained."),
        Example("She felt the tention go out of him.", "She felt the tension go out of him."),
        Example("The ice was thinest by the shore.", "The ice was thinnest by the shore."),
        Example("It sat there for three week, and then it sank.", "It sat there for three weeks, and then it sank."),
    ),
    good=(
        "**Tam:** theyre in the van\n\n**Oz:** theres a problem",
        "Aiden definitely went back for Kestrin.",
        "“Noooo,” she wailed. “Fiiine, I’m gonna go.”",
        "The vorlith hissed. The vorlith coiled. The vorlith struck.",
        "“Comme il faut,” she said. Tiens, he thought. Kael laughed.",
        "His home had long since palled on him.",
        "It was a three week course in the hills.",
    ),
)
