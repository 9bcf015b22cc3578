"""The emotional arc: per-paragraph Plutchik-8 emotions and valence, a DCT low-pass arc, its shape (issue 5).

Valence comes from the VADER lexicon (MIT, shipped in `analyses/data`), with VADER's own negation scalar and
normalisation; the eight emotions from ficsense's own hand-written word list (`plutchik_words.json`), not the
NRC lexicon, whose terms forbid redistribution. The arc is smoothed the way syuzhet's `get_dct_transform`
does it: keep the lowest DCT-II coefficients and resample the inverse transform (an FFT low-pass would
ring at the ends, where stories put their most important turns).

The shape is named after Reagan et al. (2016)'s six. Their modes are close to the first three cosine
bases, so the dominant one of DCT coefficients 1–3, with its sign, names the shape: cos(πt) falls
(riches to rags), cos(2πt) falls then rises (man in a hole), cos(3πt) falls, rises, falls (Oedipus); the
negatives are rags to riches, Icarus and Cinderella.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from types import MappingProxyType
from typing import Any

import numpy as np

from ficsense.analyses import Analysis
from ficsense.analyses.warnings.cast import cast_index
from ficsense.document import Document, Span
from ficsense.report.model import ArcPoint, Character, Emotion

VERSION = "1"
PLUTCHIK: tuple[str, ...] = ("joy", "trust", "fear", "surprise", "sadness", "disgust", "anger", "anticipation")
ARC_POINTS = 20
LOW_PASS = 5  # syuzhet's default low_pass_size
MIN_PARAGRAPHS_FOR_SHAPE = 8
# VADER's constants: a negated word keeps 74% of its valence, reversed; alpha normalises a sum into (-1, 1).
NEGATION_SCALAR = -0.74
VADER_ALPHA = 15.0
NEGATION_WINDOW = 3
NEGATORS = frozenset(
    {"not", "no", "never", "nor", "without", "hardly", "scarcely", "cannot", "nothing", "neither", "nobody"}
)
# An emotion is "clearly expressed" when it holds at least this share of the text's emotion words.
PRESENT_SHARE = 0.1
SHAPES = {
    (1, 1): "riches to rags",
    (1, -1): "rags to riches",
    (2, 1): "man in a hole",
    (2, -1): "Icarus",
    (3, 1): "Oedipus",
    (3, -1): "Cinderella",
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")
MIN_CHARACTER_WORDS = 3
# What one word contributes: its VADER valence (if any), its emotions, and whether it negates what follows.
WordInfo = tuple[float | None, tuple[str, ...], bool]


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Word valences (VADER) and the Plutchik word list, compiled for lookup."""

    valence: Mapping[str, float]
    exact: Mapping[str, tuple[str, ...]]
    prefixes: Mapping[str, re.Pattern[str]]
    phrases: Mapping[tuple[str, str], tuple[str, ...]]

    def word(self, word: str, cache: dict[str, WordInfo]) -> WordInfo:
        """Valence, emotions and negation of one word (memoised per call site: novels repeat their words)."""
        found = cache.get(word)
        if found is None:
            emotions = tuple(
                emotion
                for emotion in PLUTCHIK
                if emotion in self.exact.get(word, ()) or self.prefixes[emotion].match(word)
            )
            found = (self.valence.get(word), emotions, word in NEGATORS or word.endswith("n't"))
            cache[word] = found
        return found


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """Read the shipped lexicons once per process (immutable)."""
    data = resources.files("ficsense.analyses.data")
    valence: dict[str, float] = {}
    for line in data.joinpath("vader_lexicon.tsv").read_text(encoding="utf-8").splitlines():
        token, _, value = line.partition("\t")
        if token and value:
            valence[token] = float(value)
    words = json.loads(data.joinpath("plutchik_words.json").read_text(encoding="utf-8"))
    exact: dict[str, list[str]] = {}
    prefixes: dict[str, list[str]] = {emotion: [] for emotion in PLUTCHIK}
    phrases: dict[tuple[str, str], list[str]] = {}
    for emotion in PLUTCHIK:
        for entry in words[emotion]:
            if " " in entry:
                first, second = entry.split(" ", 1)
                phrases.setdefault((first, second), []).append(emotion)
            elif entry.endswith("*"):
                prefixes[emotion].append(re.escape(entry[:-1]))
            else:
                exact.setdefault(entry, []).append(emotion)
    # Plain dicts inside a frozen holder: lookups run for every word of a novel, and nothing writes to them.
    return Lexicons(
        valence=valence,
        exact={word: tuple(emotions) for word, emotions in exact.items()},
        prefixes=MappingProxyType(
            {emotion: re.compile("(?:" + "|".join(sorted(items)) + r")") for emotion, items in prefixes.items()}
        ),
        phrases={pair: tuple(emotions) for pair, emotions in phrases.items()},
    )


@dataclass(frozen=True, slots=True)
class Reading:
    """One stretch of text read for emotion: words, emotion word counts and VADER valence in (-1, 1)."""

    words: int
    counts: Mapping[str, int]
    valence: float


def read_text(text: str, *, lex: Lexicons | None = None, cache: dict[str, WordInfo] | None = None) -> Reading:
    """Count emotion words (skipping negated ones) and sum VADER valence (flipping negated ones)."""
    lex = lex or lexicons()
    cache = {} if cache is None else cache
    tokens = _WORD.findall(text.replace("\u2019", "'").lower())
    counts = dict.fromkeys(PLUTCHIK, 0)
    total = 0.0
    last_negator = -NEGATION_WINDOW - 1
    phrases = lex.phrases
    for index, token in enumerate(tokens):
        value, emotions, negator = lex.word(token, cache)
        negated = index - last_negator <= NEGATION_WINDOW
        if negator:
            last_negator = index
        if value is not None:
            total += value * (NEGATION_SCALAR if negated else 1.0)
        if negated:
            continue
        if index + 1 < len(tokens) and (token, tokens[index + 1]) in phrases:
            emotions += phrases[(token, tokens[index + 1])]
        for emotion in emotions:
            counts[emotion] += 1
    valence = total / math.sqrt(total * total + VADER_ALPHA) if total else 0.0
    return Reading(len(tokens), MappingProxyType(counts), valence)


def present_in(counts: Mapping[str, int]) -> tuple[str, ...]:
    """Emotions clearly expressed: at least one unnegated word and a fair share of all emotion words."""
    total = sum(counts.values())
    if not total:
        return ()
    chosen = [emotion for emotion in PLUTCHIK if counts[emotion] and counts[emotion] / total >= PRESENT_SHARE]
    return tuple(sorted(chosen, key=lambda emotion: (-counts[emotion], PLUTCHIK.index(emotion))))


def present_in_text(text: str) -> tuple[str, ...]:
    """The emotions clearly expressed in a text (what the REMAN evaluation scores)."""
    return present_in(read_text(text).counts)


def dct_low_pass(values: Sequence[float], *, keep: int = LOW_PASS, points: int = ARC_POINTS) -> np.ndarray:
    """Smooth a series by its lowest DCT-II coefficients and resample it to `points` evenly spaced values."""
    series = np.asarray(values, dtype=np.float64)
    size = len(series)
    keep = min(keep, size)
    positions = np.arange(size) + 0.5
    orders = np.arange(keep)
    coefficients = np.cos(np.pi / size * np.outer(orders, positions)) @ series
    resampled = (np.arange(points) + 0.5) / points
    basis = np.cos(np.pi * np.outer(resampled, orders))
    weights = np.full(keep, 2.0 / size)
    weights[0] = 1.0 / size
    return basis @ (coefficients * weights)


def arc_shape(values: Sequence[float]) -> str | None:
    """The Reagan shape whose cosine mode dominates the series, or None when too short or flat."""
    series = np.asarray(values, dtype=np.float64)
    size = len(series)
    if size < MIN_PARAGRAPHS_FOR_SHAPE or float(np.ptp(series)) == 0.0:
        return None
    positions = np.arange(size) + 0.5
    centred = series - series.mean()
    coefficients = [float(np.cos(np.pi / size * order * positions) @ centred) for order in (1, 2, 3)]
    order = int(np.argmax(np.abs(coefficients))) + 1
    if coefficients[order - 1] == 0.0:
        return None
    return SHAPES[(order, 1 if coefficients[order - 1] > 0 else -1)]


def _units(doc: Document) -> tuple[Span, ...]:
    return doc.paragraphs or (Span(0, len(doc.text)),)


def paragraph_readings(doc: Document) -> tuple[tuple[Span, Reading], ...]:
    """Each paragraph that has words, with its reading (tags.py uses these for Angst, Fluff and the like)."""
    lex = lexicons()
    cache: dict[str, WordInfo] = {}
    readings = ((span, read_text(doc.slice(span), lex=lex, cache=cache)) for span in _units(doc))
    return tuple((span, reading) for span, reading in readings if reading.words)


def emotion_of(doc: Document, *, paragraphs: tuple[tuple[Span, Reading], ...] | None = None) -> Emotion:
    """Per-paragraph readings smoothed into an arc, its shape and the emotions clearly present."""
    readings = [reading for _span, reading in (paragraph_readings(doc) if paragraphs is None else paragraphs)]
    if not readings:
        return Emotion()
    valences = [reading.valence for reading in readings]
    # Emotion words per 100 words, so that long paragraphs do not dominate the arc.
    rates = {emotion: [100.0 * reading.counts[emotion] / reading.words for reading in readings] for emotion in PLUTCHIK}
    if len(readings) >= MIN_PARAGRAPHS_FOR_SHAPE:
        arc_valence = dct_low_pass(valences)
        arc_emotions = {emotion: np.clip(dct_low_pass(series), 0.0, None) for emotion, series in rates.items()}
        positions = [(index + 0.5) / ARC_POINTS for index in range(ARC_POINTS)]
    else:
        arc_valence = np.asarray(valences)
        arc_emotions = {emotion: np.asarray(series) for emotion, series in rates.items()}
        positions = [(index + 0.5) / len(readings) for index in range(len(readings))]
    arc = tuple(
        ArcPoint(
            position=position,
            valence=float(arc_valence[index]),
            emotions=MappingProxyType({emotion: float(arc_emotions[emotion][index]) for emotion in PLUTCHIK}),
        )
        for index, position in enumerate(positions)
    )
    totals = {emotion: sum(reading.counts[emotion] for reading in readings) for emotion in PLUTCHIK}
    return Emotion(arc=arc, shape=arc_shape(valences), present=present_in(totals), characters=MappingProxyType({}))


def character_emotions(doc: Document, characters: Sequence[Character]) -> Mapping[str, Mapping[str, float]]:
    """Per character, the share of each emotion in the sentences where that character is the only one named.

    A sentence naming exactly one character is the simplest case where the experiencer is known; sentences
    naming two or more are skipped rather than guessed at. Characters with fewer than
    `MIN_CHARACTER_WORDS` such emotion words are left out.
    """
    index = cast_index(characters)
    if not index.owner:
        return MappingProxyType({})
    lex = lexicons()
    cache: dict[str, WordInfo] = {}
    totals: dict[int, dict[str, int]] = {}
    for sentence in doc.sentences:
        text = doc.slice(sentence)
        named = index.named_in(text)
        if len(named) != 1:
            continue
        counts = read_text(text, lex=lex, cache=cache).counts
        bucket = totals.setdefault(next(iter(named)), dict.fromkeys(PLUTCHIK, 0))
        for emotion in PLUTCHIK:
            bucket[emotion] += counts[emotion]
    result: dict[str, Mapping[str, float]] = {}
    for number in sorted(totals):
        total = sum(totals[number].values())
        if total >= MIN_CHARACTER_WORDS:
            shares = {emotion: totals[number][emotion] / total for emotion in PLUTCHIK if totals[number][emotion]}
            result[characters[number].name] = MappingProxyType(shares)
    return MappingProxyType(result)


def _run(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> Emotion:
    emotion = emotion_of(doc)
    characters = requirements.get("characters") or ()
    if not characters:
        return emotion
    return replace(emotion, characters=character_emotions(doc, characters))


ANALYSIS = Analysis(name="emotion", version=VERSION, section="emotion", run=_run, requires=("characters",))
