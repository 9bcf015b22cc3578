"""Quote attribution: a speaker (and an addressee where the text shows one) for every line of dialogue.

The cues and their order are in `ficsense.analyses.people.attribution`. The cast is recomputed from the
document (deterministic, cache-free) because the `characters` result carries no mention offsets; names are
the same display names the characters analysis reports. Each attribution carries the cue that decided its
speaker and, when there is one, its addressee, as evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ficsense.analyses import Analysis
from ficsense.analyses.people.attribution import Attribution, attribute
from ficsense.analyses.people.cast import build_cast
from ficsense.document import Document
from ficsense.report.model import Evidence, QuoteAttribution


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
            evidence=_evidence(item),
        )
        for item in attribute(doc, cast)
    )


def _evidence(item: Attribution) -> tuple[Evidence, ...]:
    """The speaker's cue (the line itself when the cue is the line, e.g. a continued speech), then the
    addressee's."""
    if item.speaker is None:
        return ()
    cue = item.cue or item.quote
    found = [Evidence(cue.start, cue.end, item.why)]
    if item.addressee is not None and item.addressee_cue is not None:
        found.append(Evidence(item.addressee_cue.start, item.addressee_cue.end, item.addressee_why))
    return tuple(found)


def _run(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[QuoteAttribution, ...]:
    return attributions_of(doc)


ANALYSIS = Analysis(name="quotes", version="2", section="quotes", run=_run, requires=("characters",))
