"""Token features for the proper-name tagger, shared by training (LitBank tokens) and run time (our tokens).

Both sides call `sentence_features` with plain token strings, so the model sees the same feature space in
training and in use. The document-level features (how often a word is capitalised away from a sentence
start, whether its lower-case form occurs at all) are what lets a tagger tell "Rose" the character from
"rose" the flower and from a capitalised sentence opener such as "Well"; how the document uses the word
elsewhere (after "Mr.", before "said", after "in") tells "Rose said" from "in Rome". Membership in the US
Census given-name and surname lists lets it recognise a name it never met in training ("Nadia").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

HONORIFICS = frozenset(
    "mr mr. mrs mrs. ms ms. miss mx mx. dr dr. sir lady lord madam madame mme mlle monsieur professor prof prof. "
    "captain capt capt. colonel col col. general gen. lieutenant lt lt. sergeant sgt sgt. aunt uncle father mother "
    "brother sister saint st. rev rev. reverend king queen prince princess duke duchess count countess baron "
    "master mistress dame detective inspector officer agent doctor nurse señor senor señora signor signora "
    "herr frau fräulein parson citoyen citoyenne cardinal bishop archbishop judge governor senator president "
    "admiral commander major corporal widow hon hon. abbé abbe pope".split()
)
SPEECH_TAG_VERBS = frozenset(
    "said asked replied answered cried exclaimed whispered shouted muttered murmured added continued returned "
    "called yelled snapped sighed laughed repeated demanded inquired enquired responded interrupted retorted "
    "growled hissed breathed admitted agreed insisted explained protested suggested declared pleaded begged "
    "stammered mumbled teased screamed groaned grumbled gasped chuckled giggled says asks calls whispers shouts "
    "mutters murmurs replies answers cries snaps sighs laughs tells".split()
)
# Verbs whose subject is almost always a person; a capitalised word right before one acts like a person.
PERSON_VERBS = SPEECH_TAG_VERBS | frozenset(
    "smiled grinned nodded shrugged frowned winked blushed wondered thought felt sobbed smirked glared "
    "scowled laughed hesitated swallowed rolled kissed hugged smiles grins nods shrugs frowns winks blushes "
    "wonders thinks feels sat stood took held knew thought told ran leaned checked waited watched stared".split()
)
# Words before a place far more often than before a person ("in Chicago", "from Rome").
PLACE_BEFORE = frozenset("in at near into to towards toward through from across around reached visited".split())
_OPENERS = frozenset("“‘\"'(—–-[*_")
_CLOSERS = frozenset(",”\"’'")
_SHAPE_UPPER = re.compile(r"[A-Z]")
_SHAPE_LOWER = re.compile(r"[a-z]")
_SHAPE_DIGIT = re.compile(r"[0-9]")
_SHAPE_RUN = re.compile(r"(.)\1+")


@dataclass(frozen=True, slots=True)
class CaseStats:
    """Per-document counts of how each word is written: capitalised mid-sentence, lower-case, at a start."""

    capital_inside: Counter[str]
    lower: Counter[str]
    initial: Counter[str]
    # How the document uses each capitalised word: after an honorific, before a person's verb, after a place
    # preposition, after "the". Read anywhere in the document, they tell "Rose said" from "in Rome".
    titled: Counter[str] = field(default_factory=Counter)
    acting: Counter[str] = field(default_factory=Counter)
    placed: Counter[str] = field(default_factory=Counter)
    the_before: Counter[str] = field(default_factory=Counter)


def case_stats(sentences: Iterable[Sequence[str]]) -> CaseStats:
    """Count, for every word of a document, its capitalised-inside, lower-case and sentence-initial uses."""
    stats = CaseStats(Counter(), Counter(), Counter())
    for words in sentences:
        starts = initial_flags(words)
        for index, (word, first) in enumerate(zip(words, starts, strict=True)):
            if not word[:1].isalpha():
                continue
            key = word.lower()
            if first:
                stats.initial[key] += 1
            elif word[0].isupper():
                stats.capital_inside[key] += 1
            else:
                stats.lower[key] += 1
            if not word[0].isupper():
                continue
            before = words[index - 1].lower() if index else ""
            after = words[index + 1].lower() if index + 1 < len(words) else ""
            if before in HONORIFICS:
                stats.titled[key] += 1
            if after in PERSON_VERBS or (before in SPEECH_TAG_VERBS and index >= 2 and words[index - 2] in _CLOSERS):
                stats.acting[key] += 1
            if before in PLACE_BEFORE:
                stats.placed[key] += 1
            if before == "the":
                stats.the_before[key] += 1
    return stats


def initial_flags(words: Sequence[str]) -> list[bool]:
    """A word opens a sentence (or a quotation inside one), where capitals say nothing about names."""
    flags: list[bool] = []
    seen_word = False
    after_opener = True
    for word in words:
        is_word = word[:1].isalnum()
        flags.append(is_word and (not seen_word or after_opener))
        if is_word:
            seen_word = True
            after_opener = False
        else:
            after_opener = word in _OPENERS or word in {":", ".", "!", "?"}
    return flags


def _shape(word: str) -> str:
    shape = _SHAPE_DIGIT.sub("d", _SHAPE_LOWER.sub("x", _SHAPE_UPPER.sub("X", word)))
    return _SHAPE_RUN.sub(r"\1\1", shape)


def _bucket(count: int) -> str:
    return "0" if count == 0 else "1" if count == 1 else "few" if count < 5 else "many"


def sentence_features(
    words: Sequence[str],
    stats: CaseStats,
    window: range | None = None,
    shapes: dict[str, str] | None = None,
    *,
    lexicon: frozenset[str] = frozenset(),
    given_names: frozenset[str] = frozenset(),
    surnames: frozenset[str] = frozenset(),
) -> list[list[str]]:
    """One list of string features per word of `window` (default: all), for python-crfsuite.

    Context features always look at the whole sentence, so tagging a window around candidate names sees
    the same features as tagging the sentence.
    """
    starts = initial_flags(words)
    lowered = [word.lower() for word in words]
    shapes = {} if shapes is None else shapes

    def shape(word: str) -> str:
        found = shapes.get(word)
        if found is None:
            found = shapes[word] = _shape(word)
        return found

    features: list[list[str]] = []
    for index in window if window is not None else range(len(words)):
        word = words[index]
        low = lowered[index]
        capital = word[:1].isupper()
        row = [
            "b",
            "w=" + low,
            "shape=" + shape(word),
            "suf3=" + low[-3:],
            "suf2=" + low[-2:],
            "pre3=" + low[:3],
            "cap=" + str(capital),
            "init=" + str(starts[index]),
            "hon=" + str(low in HONORIFICS),
        ]
        if capital and word[:1].isalpha():
            inside = stats.capital_inside[low]
            lower = stats.lower[low]
            row.append("capin=" + _bucket(inside))
            row.append("lower=" + _bucket(lower))
            row.append("ratio=" + ("cap" if inside > 2 * lower else "low" if lower > 2 * inside else "mix"))
            row.append("init_cap_low=" + str(starts[index]) + _bucket(lower))
            row.append("common=" + str(low in lexicon) + str(starts[index]))
            row.append("titled=" + _bucket(stats.titled[low]))
            row.append("acting=" + _bucket(stats.acting[low]))
            row.append("placed=" + _bucket(stats.placed[low]))
            row.append("the=" + _bucket(stats.the_before[low]))
            row.append("gaz=" + str(low in given_names) + str(low in surnames))
        for offset in (-2, -1, 1, 2):
            position = index + offset
            if 0 <= position < len(words):
                other = words[position]
                row.append(f"w{offset}=" + lowered[position])
                row.append(f"cap{offset}=" + str(other[:1].isupper()))
                if offset in (-1, 1):
                    row.append(f"shape{offset}=" + shape(other))
                    if other[:1].isupper():
                        row.append(
                            f"gaz{offset}=" + str(lowered[position] in given_names) + str(lowered[position] in surnames)
                        )
                    row.append(f"hon{offset}=" + str(lowered[position] in HONORIFICS))
            else:
                row.append(f"w{offset}=<edge>")
        if index > 0:
            row.append("w-1|w=" + lowered[index - 1] + "|" + low)
        if index + 1 < len(words):
            row.append("w|w+1=" + low + "|" + lowered[index + 1])
        features.append(row)
    return features
