"""Quote attribution: a speaker (and an addressee where the text shows one) for every line of dialogue.

The cues and their order are in `ficsense.analyses.people.attribution`. The cast is recomputed from the
document (deterministic, cache-free) because the `characters` result carries no mention offsets; names are
the same display names the characters analysis reports.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ficsense.analyses import Analysis
from ficsense.analyses.people.attribution import attribute
from ficsense.analyses.people.cast import build_cast
from ficsense.document import Document
from ficsense.report.model import QuoteAttribution


def attributions_of(doc: Document) -> tuple[QuoteAttribution, ...]:
    """One QuoteAttribution per `doc.quotes` entry."""
    cast = build_cast(doc)
    names = [member.name for member in cast.members]
    return tuple(
        QuoteAttribution(
            start=item.quote.start,
            end=item.quote.end,
            speaker=None if item.speaker is None else names[item.speaker],
            addressee=None if item.addressee is None else names[item.addressee],
            confidence=item.confidence,
        )
        for item in attribute(doc, cast)
    )


def _run(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[QuoteAttribution, ...]:
    return attributions_of(doc)


ANALYSIS = Analysis(name="quotes", version="1", section="quotes", run=_run, requires=("characters",))
