"""Characters: the named people of a story, their alias clusters, gender from pronouns, and role.

Names come from a CRF trained on LitBank (scripts/train_characters.py) with precision filters; clustering and
gender rules live in `ficsense.analyses.people.cast`. Role: "main" for the most-mentioned characters (at least
a sixth of all name mentions, or the top one), "secondary" for anyone who speaks or is named three times,
"mentioned" otherwise. The report's Character carries counts and evidence; speakers, narration and
relationships recompute the mention offsets with `build_cast(doc)`, which is deterministic and cache-free.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any, Literal

from ficsense.analyses import Analysis
from ficsense.analyses.people.attribution import Attribution, attribute
from ficsense.analyses.people.cast import Cast, build_cast
from ficsense.document import Document
from ficsense.report.model import Character, Evidence

Role = Literal["main", "secondary", "mentioned"]
_GENDER_WORD = {"male": "he", "female": "she", "nonbinary": "xe/ze/themself"}


def characters_of(doc: Document, cast: Cast, attributions: tuple[Attribution, ...]) -> tuple[Character, ...]:
    """Report characters from a cast and the quote attributions (for who speaks)."""
    total = len(cast.mentions) or 1
    spoken = Counter(a.speaker for a in attributions if a.speaker is not None and a.confidence >= 0.7)
    first_line: dict[int, Attribution] = {}
    for attribution in attributions:
        if attribution.speaker is not None and attribution.confidence >= 0.7:
            first_line.setdefault(attribution.speaker, attribution)
    result = []
    for number, member in enumerate(cast.members):
        count = len(member.mentions)
        role: Role
        if count >= 3 and (number == 0 or count >= total / 6):
            role = "main"
        elif count >= 3 or spoken[number]:
            role = "secondary"
        else:
            role = "mentioned"
        evidence = []
        if member.mentions:
            first = member.mentions[0].span
            evidence.append(Evidence(first.start, first.end, f"first named as '{doc.slice(first)}'"))
        if number == cast.narrator or (member.name == "Y/N" and count >= 2):
            # The narrator, or the reader in a reader-insert story, is the protagonist.
            role = "main"
        for name_span, pronoun_span, gender in member.gender_evidence:
            word = doc.slice(pronoun_span)
            if name_span == pronoun_span:
                why = f"'{doc.slice(name_span)}' is a {gender} form of address"
            else:
                why = f"'{word}' refers back to '{doc.slice(name_span)}': {_GENDER_WORD.get(gender, gender)}"
            evidence.append(Evidence(name_span.start, pronoun_span.end, why))
        line = first_line.get(number)
        if line is not None:
            evidence.append(Evidence(line.quote.start, line.quote.end, f"speaks ({line.why})"))
        result.append(Character(member.name, member.aliases, count, member.gender, role, tuple(evidence)))
    return tuple(result)


def _run(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> tuple[Character, ...]:
    cast = build_cast(doc)
    return characters_of(doc, cast, attribute(doc, cast))


ANALYSIS = Analysis(name="characters", version="1", section="characters", run=_run)
