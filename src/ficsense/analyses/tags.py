"""AO3 tags with evidence: content tags (Webis labels), archive warnings, the rating (issue 5).

Content tags come from passage windows: a cue-gated classifier for the eight labels the Webis AO3
passages were annotated for, precise rules for the rest (`warnings/`). Archive warnings and the rating are
decided from the same scan. Every tag carries the sentences it rests on and a one-line why; a tag with no
evidence is never emitted.

How the output says what the contract has no field for:
- `archive_warnings` lists the warnings found (or "No Archive Warnings Apply"), then always, last,
  "Creator Chose Not To Use Archive Warnings" as the spoiler-free alternative (confidence 1: AO3 deems it
  always sufficient). Its evidence is the whole work plus any consideration below.
- An Underage Sex *consideration* (adult attention to a minor without sexual activity) is not a warning:
  it appears as evidence items whose why starts "consider Underage Sex —", always attached to the "Creator
  Chose Not To Use" alternative, and to "No Archive Warnings Apply" when that is the answer (lowering its
  confidence so the author looks twice).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from ficsense.analyses import Analysis
from ficsense.analyses.emotion import paragraph_readings
from ficsense.analyses.relationships import relationship_tags
from ficsense.analyses.warnings import archive, tropes
from ficsense.analyses.warnings.archive import CHOSE_NOT, NO_WARNINGS, Claim
from ficsense.analyses.warnings.cast import cast_index
from ficsense.analyses.warnings.detect import Hit, scan
from ficsense.analyses.warnings.fandoms import find_fandoms
from ficsense.analyses.warnings.labels import BY_TAG
from ficsense.document import Document, Span
from ficsense.report.model import Character, Evidence, Tag, Tags

VERSION = "1"
MAX_EVIDENCE = 3
WARNING_ORDER = (archive.GRAPHIC_VIOLENCE, archive.MAJOR_DEATH, archive.NON_CON, archive.UNDERAGE)
# Every window of a long work is another chance for a false alarm, so beyond a few windows a classifier tag
# needs one window at WORK_THRESHOLD, not just several near the passage threshold (18 PDNC novels showed
# Character Death at 0.53-0.58 in nearly all of them from deaths merely mentioned).
SHORT_WORK_WINDOWS = 3
WORK_THRESHOLD = 0.6
# Confidence of "No Archive Warnings Apply" when a consideration is open, so the author looks twice.
CONSIDERATION_CONFIDENCE = 0.5


def _evidence(items: Sequence[tuple[Span, str]]) -> tuple[Evidence, ...]:
    return tuple(Evidence(span.start, span.end, why) for span, why in items)


def _enough(hits: Sequence[Hit], windows: int) -> bool:
    """Whether classifier hits are enough for a work-level tag (see WORK_THRESHOLD)."""
    if windows <= SHORT_WORK_WINDOWS:
        return True
    return hits[0].score >= WORK_THRESHOLD


def _additional(hits: Sequence[Hit], windows: int) -> dict[str, tuple[float, str | None, tuple[tuple[Span, str], ...]]]:
    """Per AO3 tag: best score, Webis id and up to three distinct evidence sentences, strongest first."""
    grouped: dict[str, list[Hit]] = {}
    for hit in hits:
        grouped.setdefault(hit.tag, []).append(hit)
    result = {}
    for tag, tag_hits in grouped.items():
        tag_hits.sort(key=lambda hit: (-hit.score, hit.evidence.start))
        label = BY_TAG.get(tag)
        if label and label.trained and not _enough(tag_hits, windows):
            continue
        chosen: list[tuple[Span, str]] = []
        for hit in tag_hits:
            if all(not hit.evidence.overlaps(span) for span, _ in chosen):
                chosen.append((hit.evidence, hit.why))
            if len(chosen) == MAX_EVIDENCE:
                break
        result[tag] = (tag_hits[0].score, tag_hits[0].webis, tuple(chosen))
    return result


def tag_document(doc: Document, *, characters: Sequence[Character] = ()) -> Tags:
    """The AO3 tag block for a document (characters, relationships and categories belong to another issue).

    `characters` (the characters analysis' result) lets the relationship and Whump tropes name whose they are.
    """
    found = scan(doc)
    additional = _additional(found.hits, len(found.windows))
    major, temporary = archive.deaths(doc)
    if temporary is not None:
        additional[temporary.name] = (temporary.confidence, "death", temporary.evidence)
    if major is not None and "Character Death" not in additional:
        # A named death that stays is content in itself, whatever the passage classifier made of its window.
        additional["Character Death"] = (major.confidence, "death", major.evidence)
    underage, consideration = archive.underage(doc, found)
    claims = [
        claim
        for claim in (archive.graphic_violence(doc, found), major, archive.non_con(found.hits), underage)
        if claim is not None and claim.evidence
    ]
    claims.sort(key=lambda claim: WARNING_ORDER.index(claim.name))
    considered = archive.considerations_text(consideration)
    whole = Span(0, len(doc.text))
    warnings = [Tag(claim.name, claim.confidence, _evidence(claim.evidence)) for claim in claims]
    if not warnings:
        why = "read in full: no graphic violence, major character death, non-consent or underage sex found"
        confidence = CONSIDERATION_CONFIDENCE if considered else 0.8
        warnings.append(Tag(NO_WARNINGS, confidence, _evidence(((whole, why), *considered))))
    alternative = "always sufficient instead of the above: readers expect any of the four warnings, nothing is spoiled"
    warnings.append(Tag(CHOSE_NOT, 1.0, _evidence(((whole, alternative), *considered))))

    paragraphs = paragraph_readings(doc)
    # Fluff needs a story where nothing hurts: any content tag at all rules it out.
    hurt = bool(additional)
    found_tropes = tropes.mood_tropes(paragraphs, hurt=hurt)
    comfort = tropes.hurt_comfort(doc, found, found.hits)
    if comfort is not None:
        found_tropes.append(comfort)
    found_tropes += tropes.protective(doc)
    cast = cast_index(characters)
    found_tropes += tropes.relationship_tropes(doc, found, cast)
    beaten = tropes.whump(doc, found.hits, cast)
    if beaten is not None:
        found_tropes.append(beaten)
    genre = {trope.tag: (trope.confidence, None, trope.evidence) for trope in found_tropes}

    rating_claim: Claim = archive.rating(
        doc, found, {tag: (conf, evidence) for tag, (conf, _webis, evidence) in additional.items()}, claims, considered
    )
    rating = Tag(rating_claim.name, rating_claim.confidence, _evidence(rating_claim.evidence))
    # Content tags first (a reader filtering for safety looks there), then genre and trope tags.
    additional_tags = tuple(
        Tag(tag, confidence, _evidence(evidence), webis=webis)
        for group in (additional, genre)
        for tag, (confidence, webis, evidence) in sorted(group.items(), key=lambda item: (-item[1][0], item[0]))
        if evidence
    )
    fandoms = tuple(Tag(fandom.name, fandom.confidence, _evidence(fandom.evidence)) for fandom in find_fandoms(doc))
    return Tags(rating=rating, archive_warnings=tuple(warnings), fandoms=fandoms, additional=additional_tags)


def _run(doc: Document, requirements: Mapping[str, Any], settings: Mapping[str, Any]) -> Tags:
    characters = requirements.get("characters") or ()
    tags = tag_document(doc, characters=characters)
    relationships, character_tags, categories = relationship_tags(doc, characters, requirements.get("quotes") or ())
    return replace(tags, relationships=relationships, characters=character_tags, categories=categories)


ANALYSIS = Analysis(name="tags", version=VERSION, section="tags", run=_run, requires=("characters", "quotes"))


def _chapter_of(doc: Document | None, offset: int) -> str:
    if doc is None or len(doc.chapters) < 2:
        return ""
    for number, chapter in enumerate(doc.chapters, start=1):
        if chapter.span.start <= offset < chapter.span.end:
            return f"chapter {number}: "
    return ""


def _normal(name: str) -> str:
    return archive_alias(name).casefold()


def archive_alias(name: str) -> str:
    """AO3's current name for an older archive-warning spelling ("Underage" -> "Underage Sex")."""
    aliases = {"Underage": archive.UNDERAGE, "Choose Not To Use Archive Warnings": CHOSE_NOT}
    return aliases.get(name, name)


def diff_with_author(tags: Tags, metadata: Mapping[str, Any], *, doc: Document | None = None) -> list[str]:
    """Lines comparing our tags with the author's own AO3 tags: what they tagged and what we also found."""
    lines: list[str] = []

    def where(tag: Tag) -> str:
        first = tag.evidence[0]
        return f" ({_chapter_of(doc, first.start)}{first.why})"

    their_rating = metadata.get("rating")
    if isinstance(their_rating, Sequence) and not isinstance(their_rating, str):
        their_rating = their_rating[0] if their_rating else None
    ratings = archive.RATINGS
    if tags.rating and their_rating in ratings and ratings.index(tags.rating.tag) > ratings.index(their_rating):
        lines.append(f"you rated {their_rating}; we would rate {tags.rating.tag}{where(tags.rating)}")

    theirs = [archive_alias(str(name)) for name in metadata.get("archive_warnings", ()) or ()]
    if CHOSE_NOT not in theirs:
        for tag in tags.archive_warnings:
            if tag.tag in (CHOSE_NOT, NO_WARNINGS) or tag.tag in theirs:
                continue
            lines.append(f"you tagged {', '.join(theirs) or 'no archive warning'}; we also found {tag.tag}{where(tag)}")
    considered = [
        item
        for tag in tags.archive_warnings
        if tag.tag == CHOSE_NOT
        for item in tag.evidence
        if item.why.startswith("consider")
    ]
    if considered and archive.UNDERAGE not in theirs and CHOSE_NOT not in theirs:
        lines.append(f"consider {archive.UNDERAGE} ({_chapter_of(doc, considered[-1].start)}{considered[-1].why})")

    their_tags = {_normal(str(name)) for name in metadata.get("additional_tags", ()) or ()}
    shown = ", ".join(str(name) for name in metadata.get("additional_tags", ()) or ()) or "no additional tags"
    for tag in tags.additional:
        if _normal(tag.tag) in their_tags or (tag.tag not in BY_TAG and tag.webis is None):
            continue
        lines.append(f"you tagged {shown}; we also found {tag.tag}{where(tag)}")
    return lines
