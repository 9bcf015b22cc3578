"""The report contract: what every analysis returns and every renderer reads (docs/schema.md).

Results are frozen dataclasses holding character offsets into `Document.text`, never copies of text;
`Report.to_dict()` is the JSON contract, schema 1.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ficsense.document import Document

SCHEMA_VERSION = 1
Category = Literal["spelling", "grammar", "punctuation", "consistency", "style"]
CATEGORIES: tuple[str, ...] = ("spelling", "grammar", "punctuation", "consistency", "style")
_DIGITS = 4


def score(value: float) -> float:
    """Scores and ratios are rounded so that JSON is byte-identical across runs and platforms."""
    return round(float(value), _DIGITS)


@dataclass(frozen=True, slots=True)
class Evidence:
    """A passage that supports a claim, and why it does."""

    start: int
    end: int
    why: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "why": self.why}


@dataclass(frozen=True, slots=True)
class Finding:
    """One proofreading claim about one stretch of text."""

    rule: str
    category: Category
    start: int
    end: int
    text: str
    message: str
    suggestions: tuple[str, ...] = ()
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "message": self.message,
            "suggestions": list(self.suggestions),
            "confidence": score(self.confidence),
        }


@dataclass(frozen=True, slots=True)
class Character:
    """A person (or named non-human) who acts or speaks in the story."""

    name: str
    aliases: tuple[str, ...]
    mentions: int
    gender: str | None
    role: Literal["main", "secondary", "mentioned"]
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "aliases": list(self.aliases),
            "mentions": self.mentions,
            "gender": self.gender,
            "role": self.role,
            "evidence": [item.to_dict() for item in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class QuoteAttribution:
    """Who speaks a line of dialogue, and to whom; the evidence is the cue for the speaker (a speech tag, an
    action beat, the known line a turn-taking guess counts from), then the cue for the addressee."""

    start: int
    end: int
    speaker: str | None
    addressee: str | None
    confidence: float
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "speaker": self.speaker,
            "addressee": self.addressee,
            "confidence": score(self.confidence),
            "evidence": [item.to_dict() for item in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class PovSpan:
    """Whose head a stretch of narration is in; the evidence is the first passages reporting that character's
    thoughts, senses or feelings ("she felt", "his heart"), or the narrator's first "I" or "you"."""

    start: int
    end: int
    character: str | None
    confidence: float
    evidence: tuple[Evidence, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "character": self.character,
            "confidence": score(self.confidence),
            "evidence": [item.to_dict() for item in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class HeadHop:
    """A point-of-view switch inside a scene without a break."""

    start: int
    end: int
    from_character: str
    to_character: str
    evidence: tuple[Evidence, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "from": self.from_character,
            "to": self.to_character,
            "evidence": [item.to_dict() for item in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class Narration:
    """Narrative person and tense, POV per stretch, and head hops."""

    person: Literal["first", "second", "third"] | None = None
    tense: Literal["past", "present"] | None = None
    pov: tuple[PovSpan, ...] = ()
    head_hops: tuple[HeadHop, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person,
            "tense": self.tense,
            "pov": [item.to_dict() for item in self.pov],
            "head_hops": [item.to_dict() for item in self.head_hops],
        }


@dataclass(frozen=True, slots=True)
class ArcPoint:
    """The emotional state at one point of narrative time (position in 0..1)."""

    position: float
    valence: float
    emotions: Mapping[str, float]

    def to_dict(self) -> dict[str, Any]:
        return {
            "position": score(self.position),
            "valence": score(self.valence),
            "emotions": {name: score(value) for name, value in self.emotions.items()},
        }


@dataclass(frozen=True, slots=True)
class Emotion:
    """The emotional arc, its shape, the emotions present, and per-character emotion."""

    arc: tuple[ArcPoint, ...] = ()
    shape: str | None = None
    present: tuple[str, ...] = ()
    characters: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "arc": [point.to_dict() for point in self.arc],
            "shape": self.shape,
            "present": list(self.present),
            "characters": {
                name: {emotion: score(value) for emotion, value in values.items()}
                for name, values in self.characters.items()
            },
        }


@dataclass(frozen=True, slots=True)
class Tag:
    """One AO3 tag ficsense proposes, with the passages that justify it."""

    tag: str
    confidence: float
    evidence: tuple[Evidence, ...]
    webis: str | None = None

    def to_dict(self, *, with_webis: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "tag": self.tag,
            "confidence": score(self.confidence),
            "evidence": [item.to_dict() for item in self.evidence],
        }
        if with_webis:
            data["webis"] = self.webis
        return data


@dataclass(frozen=True, slots=True)
class Tags:
    """The AO3 tag block ficsense proposes."""

    rating: Tag | None = None
    archive_warnings: tuple[Tag, ...] = ()
    categories: tuple[Tag, ...] = ()
    fandoms: tuple[Tag, ...] = ()
    relationships: tuple[Tag, ...] = ()
    characters: tuple[Tag, ...] = ()
    additional: tuple[Tag, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "rating": self.rating.to_dict() if self.rating else None,
            "archive_warnings": [tag.to_dict() for tag in self.archive_warnings],
            "categories": [tag.to_dict() for tag in self.categories],
            "fandoms": [tag.to_dict() for tag in self.fandoms],
            "relationships": [tag.to_dict() for tag in self.relationships],
            "characters": [tag.to_dict() for tag in self.characters],
            "additional": [tag.to_dict(with_webis=True) for tag in self.additional],
        }


@dataclass(frozen=True, slots=True)
class Stats:
    """Size and shape of the story."""

    words: int
    chapters: int
    scenes: int
    paragraphs: int
    sentences: int
    dialogue_ratio: float
    reading_minutes: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "words": self.words,
            "chapters": self.chapters,
            "scenes": self.scenes,
            "paragraphs": self.paragraphs,
            "sentences": self.sentences,
            "dialogue_ratio": score(self.dialogue_ratio),
            "reading_minutes": score(self.reading_minutes),
        }


@dataclass(frozen=True, slots=True)
class AnalysisRun:
    """Whether an analysis ran, at which version, and (only when asked for) how long it took."""

    version: str | None
    ran: bool
    seconds: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "ran": self.ran,
            "seconds": None if self.seconds is None else round(self.seconds, 3),
        }


@dataclass(frozen=True, slots=True)
class Report:
    """Everything ficsense says about one document; every output renders this object."""

    ficsense_version: str
    document: Document
    stats: Stats
    analyses: Mapping[str, AnalysisRun]
    findings: tuple[Finding, ...] = ()
    characters: tuple[Character, ...] = ()
    quotes: tuple[QuoteAttribution, ...] = ()
    narration: Narration = Narration()
    emotion: Emotion = Emotion()
    tags: Tags = Tags()

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract (schema 1); `ficsense analyze --format json` prints exactly this."""
        source = self.document.source
        return {
            "ficsense_version": self.ficsense_version,
            "schema": SCHEMA_VERSION,
            "source": {
                "path": source.path,
                "format": source.format,
                "title": source.title,
                "authors": list(source.authors),
                "metadata": source.metadata_dict(),
            },
            "stats": self.stats.to_dict(),
            "findings": [finding.to_dict() for finding in self.findings],
            "characters": [character.to_dict() for character in self.characters],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "narration": self.narration.to_dict(),
            "emotion": self.emotion.to_dict(),
            "tags": self.tags.to_dict(),
            "analyses": {name: run.to_dict() for name, run in sorted(self.analyses.items())},
        }
