"""Analyses: each reads a Document (and the results it requires) and returns its own frozen result.

`registry.REGISTRY` is the one place an analysis is registered. `SECTIONS` is the report contract: which
analysis fills which section of the report. A section whose analysis is not registered stays empty and is
reported with `"ran": false`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from ficsense.document import Document

# Report section -> the analysis that fills it.
SECTIONS: Mapping[str, str] = {
    "findings": "proofreading",
    "characters": "characters",
    "quotes": "quotes",
    "narration": "narration",
    "emotion": "emotion",
    "tags": "tags",
}


@dataclass(frozen=True, slots=True)
class Analysis:
    """A named, versioned analysis.

    `run(doc, requirements, settings)` returns the result for its report section: `requirements` maps the
    names in `requires` to their results, `settings` holds this analysis's options (user word lists and
    the like), read by the interfaces and never by the analysis itself.
    """

    name: str
    version: str
    section: str
    run: Callable[[Document, Mapping[str, Any], Mapping[str, Any]], Any]
    requires: tuple[str, ...] = ()


ANALYSIS_NAMES: tuple[str, ...] = tuple(sorted(set(SECTIONS.values())))
