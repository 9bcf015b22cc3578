"""Proper-name person mentions: a CRF trained on LitBank (scripts/train_characters.py) plus precision filters.

The tagger proposes spans; the document then votes (a word that acts like a person somewhere — "Nadia
said", "Nadia smiled" — is a person wherever the tagger proposed it; a word tagged a place at least as often
as a person is not), and filters drop what a reader would never call a character even when the tagger is
tempted: interjections and courtesies that open dialogue ("Please", "Okay"), months and weekdays, bare
honorifics, and words that the document itself mostly writes in lower case.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

import pycrfsuite

from ficsense.analyses.people.features import (
    HONORIFICS,
    PERSON_VERBS,
    SPEECH_TAG_VERBS,
    CaseStats,
    case_stats,
    initial_flags,
    sentence_features,
)
from ficsense.document import Document, Span

# Abbreviated honorifics stay one token with their full stop, as in LitBank's tokenisation; a possessive
# "'s" is split off so that "Harry's" tags like "Harry".
_TOKEN = re.compile(
    r"(?:Mr|Mrs|Ms|Mx|Dr|St|Prof|Capt|Col|Gen|Lt|Sgt|Rev|Esq|Messrs|Mme|Mlle)\.(?=\s)"
    r"|[^\W_]+(?:-[^\W_]+)*(?=['’][sS]\b)"
    r"|['’][sS]\b"
    r"|[^\W_]+(?:['’\-][^\W_]+)*"
    r"|\.{3}|[-—–]{2,}|\S"
)
NOT_NAMES = frozenset(
    """
    please okay ok yes yeah yep no nope oh ah ahh aha hey hi hello hmm hm um uh well thanks thank sorry god gosh
    jesus christ lord damn dammit shit fuck wow whoa huh alright all right goodbye bye goodnight morning evening
    good heavens afternoon night
    dear darling sweetheart honey baby love sir madam ma'am miss mister mom mum dad mama papa mommy daddy
    ladyship lordship majesty highness excellency worship
    january february march april may june july august september october november december monday tuesday
    wednesday thursday friday saturday sunday christmas easter halloween english french german italian spanish
    american british chinese japanese korean russian i you he she it we they me him her us them my your his its our
    their mine yours hers ours theirs this that these those there here then now what who why how when where which
    the a an and but or if so not chapter part book prologue epilogue
    """.split()
)
_MODEL = "names.crfsuite"
_LEXICON = "common_words.txt"
_GIVEN_NAMES = "given_names.txt"
_SURNAMES = "surnames.txt"
# "old Cotter", "young Linwood": LitBank's name mentions include these two epithets but not "poor" or "dear"
# ("poor [Alice]", "my dear [Watson]"), which cross-validation on its training books confirmed.
_EPITHETS = frozenset(("old", "young"))
_PARTICLES = frozenset("de du da di van von der den la le del della bin al ibn".split())
_CLOSERS = frozenset(",”\"’'")


@dataclass(frozen=True, slots=True)
class NameMention:
    """A proper-name person mention: where it is, its words without honorific, and the honorific if any."""

    span: Span
    text: str
    words: tuple[str, ...]
    honorific: str | None
    in_quote: bool


@cache
def common_words() -> frozenset[str]:
    """Common English words (from UD English, built by scripts/train_characters.py); read-only once loaded."""
    path = resources.files("ficsense.analyses.models").joinpath(_LEXICON)
    return frozenset(path.read_text(encoding="utf-8").split())


@cache
def given_names() -> frozenset[str]:
    """Given names of the US Census 1990 lists (built by scripts/train_characters.py); read-only once loaded."""
    return _word_list(_GIVEN_NAMES)


@cache
def surnames() -> frozenset[str]:
    """The 10,000 most frequent US Census 1990 surnames; read-only once loaded."""
    return _word_list(_SURNAMES)


def _word_list(name: str) -> frozenset[str]:
    return frozenset(resources.files("ficsense.analyses.models").joinpath(name).read_text(encoding="utf-8").split())


@cache
def _tagger() -> pycrfsuite.Tagger:
    # Loading the model is the one piece of shared state; it is read-only after loading.
    tagger = pycrfsuite.Tagger()
    path = resources.files("ficsense.analyses.models").joinpath(_MODEL)
    with resources.as_file(path) as file:
        tagger.open(str(file))
    return tagger


def tag_sentences(
    sentences: Sequence[Sequence[str]],
    stats: CaseStats | None = None,
    *,
    first: pycrfsuite.Tagger | None = None,
) -> list[list[str]]:
    """BIO labels (B-PER, I-PER, B-OTHER, ...) for tokenised sentences of one document.

    Only windows around words that could be names are tagged (a name needs a capital that is not just a
    common word opening the sentence); everything else is "O". This keeps a novel fast without changing
    what the tagger sees, since features look at the whole sentence.
    """
    stats = stats or case_stats(sentences)
    first = first or _tagger()
    lexicon, given, family = common_words(), given_names(), surnames()
    shapes: dict[str, str] = {}
    result = []
    for words in sentences:
        labels = ["O"] * len(words)
        for window in _candidate_windows(words, stats):
            features = sentence_features(
                words, stats, window, shapes, lexicon=lexicon, given_names=given, surnames=family
            )
            labels[window.start : window.stop] = first.tag(features)
        result.append(labels)
    return result


def _candidate_windows(words: Sequence[str], stats: CaseStats) -> list[range]:
    windows: list[range] = []
    for index, word in enumerate(words):
        if not word[:1].isupper() or not word[:1].isalpha() or word == "I":
            continue
        low = word.lower()
        followed = index + 1 < len(words) and words[index + 1][:1].isupper()
        if low in NOT_NAMES and low not in HONORIFICS and not followed:
            continue
        start, stop = max(0, index - 3), min(len(words), index + 4)
        if windows and start <= windows[-1].stop:
            windows[-1] = range(windows[-1].start, stop)
        else:
            windows.append(range(start, stop))
    return windows


def person_spans(words: Sequence[str], labels: Sequence[str], stats: CaseStats) -> list[tuple[int, int]]:
    """Token ranges [i, j) of PER names that survive the precision filters."""
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(labels):
        if labels[index] == "B-PER" or (labels[index] == "I-PER" and (index == 0 or labels[index - 1] == "O")):
            end = index + 1
            while end < len(labels) and labels[end] == "I-PER":
                end += 1
            # A surname the tagger left out ("Evangeline [Marsh] kept bees"): a capitalised word right after a
            # name that the document never writes in lower case belongs to it.
            while (
                end < len(labels)
                and labels[end] != "B-PER"
                and words[end][:1].isupper()
                and words[end].isalpha()
                and not _junk(words[end], stats)
                and words[end].lower() not in HONORIFICS
            ):
                end += 1
            # Two names run together ("Mr. Hastings Miss Howard") split at the second honorific.
            for inner in range(index + 1, end):
                if words[inner].lower() in HONORIFICS and words[inner][:1].isupper() and inner - index >= 2:
                    end = inner
                    break
            # A lower-case word inside a tagged span ends a name ("Felix Grant [found] Theo Lund" is two),
            # except name particles between capitals ("Catherine de Bourgh").
            pieces: list[tuple[int, int]] = []
            start = index
            for inner in range(index, end):
                word = words[inner]
                particle = word in _PARTICLES and start < inner < end - 1
                if not word[:1].isupper() and not particle:
                    if start < inner:
                        pieces.append((start, inner))
                    start = inner + 1
            if start < end:
                pieces.append((start, end))
            for first, last in pieces:
                while first < last and _junk(words[first], stats):
                    first += 1
                while last > first and _junk(words[last - 1], stats):
                    last -= 1
                if first < last and keep_name(words[first:last], stats):
                    spans.append((first, last))
            index = end
        else:
            index += 1
    return spans


def _junk(word: str, stats: CaseStats) -> bool:
    """A word at the edge of a tagged name that is not part of it ("But", "The", "June", "Chapter")."""
    low = word.lower()
    if low in HONORIFICS or low.rstrip(".") in HONORIFICS:
        return False
    return (
        low in NOT_NAMES
        or not word[:1].isalpha()
        or stats.lower[low] > stats.capital_inside[low]
        or low.startswith(("i'", "i’"))
    )


def keep_name(words: Sequence[str], stats: CaseStats) -> bool:
    """Precision filters on a tagged name."""
    core = [word for word in words if word.lower().rstrip(".") not in HONORIFICS and word.lower() not in HONORIFICS]
    if not core:
        return False
    if not all(word[:1].isupper() or not word[:1].isalpha() for word in core):
        return False
    if len(core) == 1:
        low = core[0].lower()
        if low in NOT_NAMES or len(low) < 2 or low.startswith(("i'", "i’")):
            return False
        # A word the document mostly writes in lower case is a common word ("Hope", "Will") at a sentence start.
        if stats.lower[low] > stats.capital_inside[low]:
            return False
    return True


def tokenize(text: str, span: Span) -> list[Span]:
    """Name-tagger tokens inside a span."""
    return [Span(*match.span()) for match in _TOKEN.finditer(text, span.start, span.end)]


def document_person_spans(sentences: Sequence[Sequence[str]]) -> list[list[tuple[int, int]]]:
    """Person-name token ranges per sentence: the tagger's spans, then document-level voting.

    The tagger sees one sentence and was trained on nineteenth-century books, so it takes an unfamiliar
    modern name ("Nadia Okafor") for a place. The document corrects it: a capitalised word that acts like a
    person somewhere ("Nadia said", "said Nadia", "Nadia smiled") is a person wherever the tagger proposed
    a name for it, a word tagged a person three times and never a place is a person wherever it is
    capitalised inside a sentence, the uncommon first name of a full name it found ("Jonas" of "Jonas
    Weber") is a person even opening a sentence, and a word tagged a place at least as often as a person
    ("Longbourn") is not a person.
    """
    stats = case_stats(sentences)
    labels = tag_sentences(sentences, stats)
    people = _acting_words(sentences, stats)
    confident = _confident_words(sentences, labels, stats)
    forenames = _forenames(sentences, labels, stats)
    votes: Counter[tuple[str, str]] = Counter()
    for words, tags in zip(sentences, labels, strict=True):
        starts = initial_flags(words)
        for index, word in enumerate(words):
            tag = tags[index]
            low = word.lower()
            if tag == "B-OTHER" and any(w.lower() in people for w in words[index : _span_end(tags, index)]):
                for inside in range(index, _span_end(tags, index)):
                    tags[inside] = tags[inside][:2] + "PER"
            elif (
                tag == "O"
                and word[:1].isupper()
                and (low in people or (low in confident and not starts[index]) or low in forenames)
            ):
                previous = tags[index - 1] if index else "O"
                tags[index] = "I-PER" if previous.endswith("PER") else "B-PER"
        for word, tag in zip(words, tags, strict=True):
            if tag != "O":
                votes[word.lower(), tag[2:]] += 1
    result = []
    for words, tags in zip(sentences, labels, strict=True):
        kept = [
            (first, last)
            for first, last in person_spans(words, tags, stats)
            if any(votes[word.lower(), "OTHER"] < votes[word.lower(), "PER"] for word in words[first:last])
        ]
        result.append(kept)
    return result


# Chosen by cross-validation on the training books (`scripts/train_characters.py --cv`): 3 and 2 tie there.
CONFIDENT_VOTES = 3
# A word the document writes in lower case at most once per this many capitalised uses inside sentences is
# still a name ("said Rabbit" with one stray "a rabbit"); zero tolerance lost whole characters.
LOWER_TOLERANCE = 10


def _mostly_capital(low: str, stats: CaseStats) -> bool:
    return stats.lower[low] * LOWER_TOLERANCE <= stats.capital_inside[low]


def _confident_words(sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]], stats: CaseStats) -> set[str]:
    """Words the tagger calls part of a person's name at least three times and never anything else.

    Inside a sentence such a word is a person even where the tagger missed it: a bare vocative ("it's
    quiet down here, Hastings.") of a name it tagged as "Mr. Hastings" everywhere else.
    """
    votes: Counter[tuple[str, str]] = Counter()
    for words, tags in zip(sentences, labels, strict=True):
        for word, tag in zip(words, tags, strict=True):
            if tag != "O" and word[:1].isupper():
                votes[word.lower(), tag[2:]] += 1
    return {
        low
        for (low, kind), count in votes.items()
        if kind == "PER"
        and count >= CONFIDENT_VOTES
        and not votes[low, "OTHER"]
        and _mostly_capital(low, stats)
        and low not in NOT_NAMES
        and low not in HONORIFICS
        and low.rstrip(".") not in HONORIFICS
    }


def _forenames(sentences: Sequence[Sequence[str]], labels: Sequence[Sequence[str]], stats: CaseStats) -> set[str]:
    """First names of full names the tagger found ("Jonas" of "Jonas Weber"): a person even opening a sentence
    ("Jonas looked sheepish"), unless it is a common word or the document writes it in lower case."""
    lexicon = common_words()
    found: set[str] = set()
    for words, tags in zip(sentences, labels, strict=True):
        for index in range(len(words) - 1):
            low = words[index].lower()
            if (
                tags[index] == "B-PER"
                and tags[index + 1] == "I-PER"
                and words[index][:1].isupper()
                and words[index + 1][:1].isupper()
                and low not in lexicon
                and low not in NOT_NAMES
                and low not in HONORIFICS
                and low.rstrip(".") not in HONORIFICS
                and stats.lower[low] == 0
            ):
                found.add(low)
    return found


def _span_end(tags: Sequence[str], start: int) -> int:
    end = start + 1
    while end < len(tags) and tags[end] == "I-OTHER":
        end += 1
    return end


def _acting_words(sentences: Sequence[Sequence[str]], stats: CaseStats) -> set[str]:
    """Capitalised words that speak or act like people: "Nadia said", "said Nadia", "Nadia smiled"."""
    # Only verbs of people: counting any "-ed" verb too lets places and things act ("Twilight appeared"), which
    # cost precision in cross-validation on the training books.
    found: set[str] = set()
    for words in sentences:
        for index, word in enumerate(words):
            if not word[:1].isupper() or not word[:1].isalpha():
                continue
            low = word.lower()
            if low in NOT_NAMES or low in HONORIFICS or not _mostly_capital(low, stats) or low.startswith(("i'", "i’")):
                continue
            after = words[index + 1].lower() if index + 1 < len(words) else ""
            before = words[index - 1].lower() if index else ""
            if after in PERSON_VERBS or (before in SPEECH_TAG_VERBS and index >= 2 and words[index - 2] in _CLOSERS):
                found.add(low)
    return found


def find_names(doc: Document) -> tuple[NameMention, ...]:
    """Every proper-name person mention in the document, in order."""
    text = doc.text
    token_spans = [tokenize(text, sentence) for sentence in doc.sentences]
    sentences = [[text[token.start : token.end] for token in tokens] for tokens in token_spans]
    spans = document_person_spans(sentences)
    quotes = [quote.span for quote in doc.quotes]
    mentions: list[NameMention] = []
    quote_index = 0
    for tokens, words, found in zip(token_spans, sentences, spans, strict=True):
        for first, last in found:
            name_words = tuple(words[first:last])
            opening = first - 1 if first > 0 and words[first - 1] in _EPITHETS else first
            span = Span(tokens[opening].start, tokens[last - 1].end)
            honorific = None
            if name_words[0].lower() in HONORIFICS or name_words[0].lower().rstrip(".") in HONORIFICS:
                honorific = name_words[0]
                name_words = name_words[1:]
            while quote_index < len(quotes) and quotes[quote_index].end <= span.start:
                quote_index += 1
            in_quote = quote_index < len(quotes) and quotes[quote_index].start <= span.start
            mentions.append(NameMention(span, text[span.start : span.end], name_words, honorific, in_quote))
    return tuple(mentions)
