"""Genre and trope tags where the structure supports them, each with the passages it rests on.

Angst, Angst with a Happy Ending and Fluff read the per-paragraph emotion readings (`analyses/emotion.py`);
Hurt/Comfort needs a hurt found by the content pass followed closely by comfort; Protective <Character>
needs the narration to call a named character protective. Friends to Lovers, Slow Burn and Whump need to
know whose friendship, romance or suffering it is, so they use the characters analysis and stay silent
without it. Thresholds are plain judgements written down before any evaluation (no labelled data exists
for these tags here), so they are kept strict: a missing trope costs little, a wrong one misleads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from ficsense.analyses.emotion import PLUTCHIK, Reading
from ficsense.analyses.warnings.cast import CastIndex
from ficsense.analyses.warnings.detect import Hit, Scan, sentence_at
from ficsense.analyses.warnings.rules import COMFORT, FRIENDS, ROMANCE
from ficsense.document import Document, Span

NEGATIVE = ("sadness", "fear", "anger", "disgust")
POSITIVE = ("joy", "trust")
HURTS = frozenset(
    {
        "Violence",
        "Blood",
        "Mugging",
        "Self-Harm",
        "Suicidal Thoughts",
        "Suicide Attempt",
        "Panic Attacks",
        "Kidnapping",
        "Sexual Assault",
        "Child Abuse",
        "Temporary Character Death",
    }
)
# Angst: most emotion words are dark and the story sits below neutral or has many bleak paragraphs.
ANGST_NEGATIVE_SHARE = 0.5
BLEAK = -0.3
BLEAK_SHARE = 0.25
# Fluff: warm throughout, nothing hurts.
FLUFF_VALENCE = 0.25
FLUFF_POSITIVE_SHARE = 0.5
FLUFF_BLEAK_SHARE = 0.15
# A happy ending: the last tenth of the story is clearly warm and well above the story's own average.
ENDING_SHARE = 0.1
ENDING_VALENCE = 0.3
ENDING_LIFT = 0.3
# Comfort counts for Hurt/Comfort only if it comes soon after the hurt (about a scene's length).
COMFORT_REACH = 2500


@dataclass(frozen=True, slots=True)
class Trope:
    """A genre or trope tag with its evidence."""

    tag: str
    confidence: float
    evidence: tuple[tuple[Span, str], ...]


def _share(readings: Sequence[Reading], emotions: Sequence[str]) -> float:
    total = sum(sum(reading.counts.values()) for reading in readings)
    return sum(reading.counts[emotion] for reading in readings for emotion in emotions) / total if total else 0.0


def _leading(readings: Sequence[Reading]) -> str | None:
    """The most frequent emotion (fluff is happy above all, not merely polite or trusting)."""
    totals = {emotion: sum(reading.counts[emotion] for reading in readings) for emotion in PLUTCHIK}
    best = max(PLUTCHIK, key=lambda emotion: totals[emotion])
    return best if totals[best] else None


def mood_tropes(paragraphs: Sequence[tuple[Span, Reading]], *, hurt: bool) -> list[Trope]:
    """Angst, Angst with a Happy Ending and Fluff from the paragraph readings."""
    if not paragraphs:
        return []
    readings = [reading for _span, reading in paragraphs]
    valences = [reading.valence for reading in readings]
    mean = sum(valences) / len(valences)
    bleak = sum(value < BLEAK for value in valences) / len(valences)
    darkest = sorted(paragraphs, key=lambda item: (item[1].valence, item[0].start))[:2]
    found: list[Trope] = []
    if _share(readings, NEGATIVE) >= ANGST_NEGATIVE_SHARE and (mean < 0 or bleak >= BLEAK_SHARE):
        evidence = tuple(
            (span, f"dark passage (valence {reading.valence:+.2f})") for span, reading in darkest if reading.valence < 0
        )
        if not evidence:
            return found
        found.append(Trope("Angst", 0.6, evidence))
        tail = paragraphs[-max(1, round(len(paragraphs) * ENDING_SHARE)) :]
        ending = sum(reading.valence for _span, reading in tail) / len(tail)
        if len(paragraphs) >= 3 and ending >= ENDING_VALENCE and ending >= mean + ENDING_LIFT:
            why = f"the ending turns warm (valence {ending:+.2f} against {mean:+.2f} for the whole story)"
            found.append(Trope("Angst with a Happy Ending", 0.55, (evidence[0], (tail[-1][0], why))))
    elif (
        not hurt
        and mean >= FLUFF_VALENCE
        and bleak <= FLUFF_BLEAK_SHARE
        and _share(readings, POSITIVE) >= FLUFF_POSITIVE_SHARE
        and _leading(readings) == "joy"
    ):
        warmest = sorted(paragraphs, key=lambda item: (-item[1].valence, item[0].start))[:2]
        why = f"warm throughout: mean valence {mean:+.2f}, nothing hurts"
        evidence = tuple((span, f"{why}; this passage {reading.valence:+.2f}") for span, reading in warmest)
        found.append(Trope("Fluff", 0.6, evidence))
    return found


def hurt_comfort(doc: Document, scan: Scan, hits: Sequence[Hit]) -> Trope | None:
    """A hurt the content pass found, followed within a scene's length by comfort."""
    for hit in sorted(hits, key=lambda item: item.evidence.start):
        if hit.tag not in HURTS:
            continue
        reach = Span(hit.evidence.end, min(len(doc.text), hit.evidence.end + COMFORT_REACH))
        comfort = scan.cues.within((COMFORT,), reach)
        if comfort:
            span = comfort[0][0]
            words = scan.lowered[span.start : span.end]
            return Trope(
                "Hurt/Comfort",
                0.6,
                (
                    (hit.evidence, f"hurt — {hit.tag}: {hit.why}"),
                    (sentence_at(doc, span.start, span), f"comfort follows: “{words}”"),
                ),
            )
    return None


_PROTECTIVE = re.compile(
    r"\b([A-Z][a-z]+) (?:was|felt|had always been|had been|is|grew|became|got) "
    r"(?:so |fiercely |very |too |deeply |always |more |incredibly )?(?:over)?protective\b"
)
_NOT_A_NAME = frozenset({"He", "She", "They", "It", "I", "We", "You", "Everyone", "Nobody", "The"})


def protective(doc: Document) -> list[Trope]:
    """Protective <Character>: a named character said to be protective, named in the tag as AO3 does."""
    found: dict[str, list[Span]] = {}
    for match in _PROTECTIVE.finditer(doc.text):
        name = match.group(1)
        if name not in _NOT_A_NAME:
            found.setdefault(name, []).append(sentence_at(doc, match.start(), Span(match.start(), match.end())))
    return [
        Trope(f"Protective {name}", 0.55, tuple((span, f"{name} is called protective") for span in spans[:2]))
        for name, spans in sorted(found.items())
    ]


# Slow Burn: the pair is together from the start but romance comes only near the end of a long work.
SLOW_BURN_WORDS = 20_000
SLOW_BURN_MEET = 0.2
SLOW_BURN_ROMANCE = 0.7
# Whump: one character hurt again and again, in at least this many separate passages.
WHUMP_PASSAGES = 3


def _pair_sentences(doc: Document, index: CastIndex, spans: Sequence[Span]) -> dict[tuple[int, int], Span]:
    """The first sentence (with the one before it) naming each pair of characters, among those around `spans`."""
    firsts: dict[tuple[int, int], Span] = {}
    for span in spans:
        sentence = sentence_at(doc, span.start, span)
        before = sentence_at(doc, max(0, sentence.start - 1), sentence)
        named = sorted(index.named_in(doc.text[before.start : sentence.end]))
        for pair in combinations(named, 2):
            firsts.setdefault(pair, sentence)
    return firsts


def relationship_tropes(doc: Document, scan: Scan, index: CastIndex) -> list[Trope]:
    """Friends to Lovers and Slow Burn for pairs of known characters, each with the sentences it rests on."""
    if len(index.characters) < 2:
        return []
    whole = Span(0, len(doc.text))
    names = [character.name for character in index.characters]
    romance = _pair_sentences(doc, index, [span for span, _cue in scan.cues.within((ROMANCE,), whole)])
    friends = _pair_sentences(doc, index, [span for span, _cue in scan.cues.within((FRIENDS,), whole)])
    found: list[Trope] = []
    for pair, loving in sorted(romance.items(), key=lambda item: item[1].start):
        first, second = names[pair[0]], names[pair[1]]
        friendly = friends.get(pair)
        if friendly is not None and friendly.start < loving.start:
            found.append(
                Trope(
                    "Friends to Lovers",
                    0.55,
                    (
                        (friendly, f"{first} and {second} are friends first"),
                        (loving, f"then romance between {first} and {second}"),
                    ),
                )
            )
        met = _first_together(doc, index, pair)
        length = len(doc.text) or 1
        if (
            len(doc.text.split()) >= SLOW_BURN_WORDS
            and met is not None
            and met.start / length <= SLOW_BURN_MEET
            and loving.start / length >= SLOW_BURN_ROMANCE
        ):
            found.append(
                Trope(
                    "Slow Burn",
                    0.5,
                    (
                        (met, f"{first} and {second} together from early on ({met.start / length:.0%} in)"),
                        (loving, f"first romance between them only {loving.start / length:.0%} of the way in"),
                    ),
                )
            )
    return found[:4]


def _first_together(doc: Document, index: CastIndex, pair: tuple[int, int]) -> Span | None:
    for sentence in doc.sentences:
        if set(pair) <= index.named_in(doc.slice(sentence)):
            return sentence
    return None


def whump(doc: Document, hits: Sequence[Hit], index: CastIndex) -> Trope | None:
    """Whump: one known character hurt in several separate passages."""
    passages: dict[int, dict[Span, Hit]] = {}
    for hit in hits:
        if hit.tag not in HURTS:
            continue
        for number in index.named_in(doc.slice(hit.evidence)):
            passages.setdefault(number, {}).setdefault(hit.window, hit)
    best = max(sorted(passages), key=lambda number: len(passages[number]), default=None)
    if best is None or len(passages[best]) < WHUMP_PASSAGES:
        return None
    name = index.characters[best].name
    chosen = sorted(passages[best].values(), key=lambda hit: hit.evidence.start)[:3]
    return Trope("Whump", 0.5, tuple((hit.evidence, f"{name} hurt again — {hit.tag}: {hit.why}") for hit in chosen))
