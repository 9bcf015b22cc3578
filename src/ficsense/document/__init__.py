"""The document model: immutable text with stand-off segment layers."""

from ficsense.document.build import ChapterMark, build_document
from ficsense.document.model import Chapter, Document, Quote, Scene, SourceInfo, Span

__all__ = ["Chapter", "ChapterMark", "Document", "Quote", "Scene", "SourceInfo", "Span", "build_document"]
