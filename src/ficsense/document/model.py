"""The one document every analysis reads: immutable text plus stand-off segment layers.

Every position is a half-open *character* offset into `Document.text` exactly as the loader decoded it;
`doc.text[span.start:span.end]` is always the truth. Segments are views, never copies of text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

SourceFormat = Literal["txt", "md", "ao3-html", "html", "epub"]


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range `[start, end)` into `Document.text`."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """True when `other` lies wholly inside this span."""
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        """True when the two spans share at least one character."""
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Chapter:
    """A chapter: its whole extent, its title if known and where its heading line sits in the text."""

    span: Span
    title: str | None = None
    heading: Span | None = None


@dataclass(frozen=True, slots=True)
class Scene:
    """A run of paragraphs between scene breaks (or chapter edges); `break_before` is the break line."""

    span: Span
    chapter: int
    break_before: Span | None = None


@dataclass(frozen=True, slots=True)
class Quote:
    """A stretch of dialogue, quote marks included.

    `continues` is true when the quote is left open at a paragraph end because the next paragraph opens
    with a quote mark (the convention for a speech running over several paragraphs); `unclosed` when it is
    left open with no such continuation (usually a typo). `inner` holds nested quotations.
    """

    span: Span
    mark: Literal["double", "single", "dash"]
    continues: bool = False
    unclosed: bool = False
    inner: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Where a document came from and what its author said about it (AO3 tags, summary, notes)."""

    path: str | None
    format: SourceFormat
    title: str | None = None
    authors: tuple[str, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def __post_init__(self) -> None:
        object.__setattr__(self, "metadata", freeze(self.metadata))

    def metadata_dict(self) -> dict[str, Any]:
        """The metadata as plain JSON-ready dicts and lists."""
        return thaw(self.metadata)


@dataclass(frozen=True, slots=True)
class Document:
    """Immutable story text with its segment layers, built once by `ficsense.document.build_document`."""

    text: str
    source: SourceInfo
    chapters: tuple[Chapter, ...]
    scenes: tuple[Scene, ...]
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    tokens: tuple[Span, ...]
    quotes: tuple[Quote, ...]

    def slice(self, span: Span) -> str:
        """The text a span covers."""
        return self.text[span.start : span.end]

    def words(self) -> list[Span]:
        """The tokens that are words (start with a letter or digit)."""
        text = self.text
        return [token for token in self.tokens if text[token.start].isalnum()]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset, for editor-style output."""
        line = self.text.count("\n", 0, offset) + 1
        line_start = self.text.rfind("\n", 0, offset) + 1
        return line, offset - line_start + 1


def freeze(value: Any) -> Any:
    """Deep-freeze JSON-like data so a document's metadata cannot change after loading."""
    if isinstance(value, Mapping):
        return MappingProxyType({str(key): freeze(item) for key, item in value.items()})
    if isinstance(value, list | tuple):
        return tuple(freeze(item) for item in value)
    return value


def thaw(value: Any) -> Any:
    """Inverse of `freeze`: plain dicts and lists for JSON."""
    if isinstance(value, Mapping):
        return {key: thaw(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [thaw(item) for item in value]
    return value
