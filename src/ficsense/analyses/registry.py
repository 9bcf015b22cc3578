"""The one place analyses are registered; the pipeline runs them in dependency order."""

from __future__ import annotations

from ficsense.analyses import Analysis, characters, emotion, narration, proofreading, speakers, tags

REGISTRY: tuple[Analysis, ...] = (
    proofreading.ANALYSIS,
    characters.ANALYSIS,
    speakers.ANALYSIS,
    narration.ANALYSIS,
    emotion.ANALYSIS,
    tags.ANALYSIS,
)
