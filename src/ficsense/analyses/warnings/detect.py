"""Find the passages that carry content: cue-gated classifier scores and rule matches, each with its evidence.

A `Hit` is one piece of evidence for one AO3 tag: the sentence holding the cue, the window it was judged
in, a score, and a one-line why. `tags.py` aggregates hits to the work.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from ficsense.analyses.warnings.features import normalise
from ficsense.analyses.warnings.labels import LABELS, Label
from ficsense.analyses.warnings.model import PassageModel, load_model
from ficsense.analyses.warnings.rules import GATES, RULES, Cue
from ficsense.analyses.warnings.windows import passage_windows
from ficsense.document import Document, Span

# A window counts for a trained label when the classifier's probability reaches this. 0.5 is the point the
# class-balanced training makes neutral; it was not tuned on the evaluation passages.
THRESHOLD = 0.5
# Rule cues name their content outright; their confidence is a fixed prior rather than a fitted score.
RULE_CONFIDENCE = 0.8
MAX_CUES_IN_WHY = 3


@dataclass(frozen=True, slots=True)
class Hit:
    """One passage supporting one tag."""

    tag: str
    webis: str
    evidence: Span
    window: Span
    score: float
    why: str


@dataclass(frozen=True, slots=True)
class Scan:
    """Everything the tag pass needs from one read of the document.

    `cues` finds each cue's matches on first use and keeps them; it never changes what a lookup returns.
    """

    lowered: str
    windows: tuple[Span, ...]
    hits: tuple[Hit, ...]
    cues: CueIndex


class CueIndex:
    """Every match of every cue over the whole text, found once, looked up per window by bisection.

    Running each pattern once over the text instead of once per window is what keeps a novel to seconds.
    """

    __slots__ = ("_lowered", "_matches", "_starts")

    def __init__(self, lowered: str) -> None:
        self._lowered = lowered
        self._matches: dict[Cue, list[Span]] = {}
        self._starts: dict[Cue, list[int]] = {}

    def _ensure(self, cue: Cue) -> None:
        if cue not in self._matches:
            text = self._lowered
            found = cue.pattern.finditer(text) if cue.may_match(text) else ()
            spans = [Span(match.start(), match.end()) for match in found]
            self._matches[cue] = spans
            self._starts[cue] = [span.start for span in spans]

    def within(self, cues: tuple[Cue, ...], window: Span) -> list[tuple[Span, Cue]]:
        """Every match of these cues that starts inside the window, in text order."""
        found = []
        for cue in cues:
            self._ensure(cue)
            starts = self._starts[cue]
            first, last = bisect_left(starts, window.start), bisect_left(starts, window.end)
            found.extend((span, cue) for span in self._matches[cue][first:last])
        return sorted(found, key=lambda item: (item[0].start, item[0].end))


def sentence_at(doc: Document, offset: int, fallback: Span) -> Span:
    """The sentence containing a character offset (or `fallback` when sentences do not cover it)."""
    sentences = doc.sentences
    low, high = 0, len(sentences)
    while low < high:
        middle = (low + high) // 2
        if sentences[middle].start <= offset:
            low = middle + 1
        else:
            high = middle
    index = low - 1
    if 0 <= index < len(sentences) and sentences[index].start <= offset < sentences[index].end:
        return sentences[index]
    return fallback


def find_cues(cues: tuple[Cue, ...], scan: Scan, window: Span) -> list[tuple[Span, Cue]]:
    """Every cue match inside a window, in text order."""
    return scan.cues.within(cues, window)


def _quoted(lowered: str, spans: list[Span]) -> str:
    seen: list[str] = []
    for span in spans:
        word = lowered[span.start : span.end]
        if word not in seen:
            seen.append(word)
    return ", ".join(f"“{word}”" for word in seen[:MAX_CUES_IN_WHY])


def _best_sentence(doc: Document, cues: list[tuple[Span, Cue]], window: Span) -> tuple[Span, list[Span]]:
    """The sentence with the most cue matches in it (the earliest on a tie), and those matches."""
    by_sentence: dict[Span, list[Span]] = {}
    for span, _cue in cues:
        by_sentence.setdefault(sentence_at(doc, span.start, window), []).append(span)
    sentence = max(by_sentence, key=lambda s: (len(by_sentence[s]), -s.start))
    return sentence, by_sentence[sentence]


def scan(doc: Document, *, model: PassageModel | None = None) -> Scan:
    """Read the whole document once: windows, classifier scores where a gate fires, rule matches."""
    model = model or load_model()
    lowered = normalise(doc.text)
    index = CueIndex(lowered)
    windows = passage_windows(doc)
    trained: dict[str, Label] = {}
    for label in LABELS:
        if label.trained:
            trained.setdefault(label.webis, label)
    by_tag = {label.tag: label for label in LABELS}
    hits: list[Hit] = []
    for window in windows:
        gated = {webis: index.within(GATES[webis], window) for webis in trained}
        scores = model.probabilities(doc.slice(window)) if any(gated.values()) else None
        for webis, cues in gated.items():
            if not cues or scores is None or scores[webis] < THRESHOLD:
                continue
            label = trained[webis]
            sentence, spans = _best_sentence(doc, cues, window)
            why = f"{label.about}: {_quoted(lowered, spans)} (passage score {scores[webis]:.2f})"
            hits.append(Hit(label.tag, webis, sentence, window, scores[webis], why))
        for tag, cues in RULES.items():
            found = index.within(cues, window)
            if not found:
                continue
            label = by_tag[tag]
            sentence, spans = _best_sentence(doc, found, window)
            shows = next(cue.shows for span, cue in found if span == spans[0])
            why = f"{shows}: {_quoted(lowered, spans)}"
            hits.append(Hit(tag, label.webis, sentence, window, RULE_CONFIDENCE, why))
    return Scan(lowered, windows, tuple(hits), index)
