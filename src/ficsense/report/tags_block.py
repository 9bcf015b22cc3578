"""The AO3-ready tag block: each field as AO3's posting form names it, each tag with its evidence, and the
author's own tags beside ours when the story came from an AO3 download."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ficsense.report.excerpt import excerpt, where
from ficsense.report.model import Report, Tag

# (heading on AO3's posting form, our Tags field, the author's metadata key)
FIELDS: tuple[tuple[str, str, str], ...] = (
    ("Rating", "rating", "rating"),
    ("Archive Warnings", "archive_warnings", "archive_warnings"),
    ("Category", "categories", "categories"),
    ("Fandom", "fandoms", "fandoms"),
    ("Relationship", "relationships", "relationships"),
    ("Characters", "characters", "characters"),
    ("Additional Tags", "additional", "additional_tags"),
)
_EVIDENCE_SHOWN = 3
# AO3's spoiler-free choice: always on offer as an alternative, never a finding of its own.
CHOSE_NOT = "Creator Chose Not To Use Archive Warnings"
_ALIASES = {"underage": "underage sex", "choose not to use archive warnings": CHOSE_NOT.casefold()}


def render_tags_block(report: Report, *, evidence: bool = True) -> str:
    """The tag block as plain text, ready to copy field by field into AO3's posting form."""
    doc = report.document
    ran = report.analyses.get("tags")
    metadata: dict[str, Any] = doc.source.metadata_dict()
    lines: list[str] = []
    title = doc.source.title or doc.source.path or "(untitled)"
    lines.append(f"# {title}")
    if ran is None or not ran.ran:
        lines.append("ficsense's own tag suggestions did not run (no tagging analysis in this version).")
    for heading, field, key in FIELDS:
        offered = _tags(report, field)
        ours = tuple(tag for tag in offered if tag.tag != CHOSE_NOT)
        names = ", ".join(tag.tag for tag in ours) if ours else "—"
        lines.append(f"{heading}: {names}")
        if evidence:
            for tag in ours:
                shown = [item for item in tag.evidence if not item.why.startswith("consider")][:_EVIDENCE_SHOWN]
                for item in shown:
                    quote = excerpt(doc, item.start, item.end)
                    lines.append(f"    {tag.tag} ← {where(doc, item.start)}: “{quote}” ({item.why})")
        if len(offered) > len(ours):
            lines.append(f"    or instead: {CHOSE_NOT} (the spoiler-free choice)")
            for item in _considerations(offered):
                quote = excerpt(doc, item.start, item.end)
                lines.append(f"    {item.why} ← {where(doc, item.start)}: “{quote}”")
        theirs = _author_values(metadata.get(key))
        if theirs:
            lines.append(f"    you tagged: {', '.join(theirs)}")
            if ran is not None and ran.ran:
                lines.extend(_differences(theirs, ours, single=field == "rating"))
    return "\n".join(lines) + "\n"


def _tags(report: Report, field: str) -> tuple[Tag, ...]:
    value = getattr(report.tags, field)
    if value is None:
        return ()
    return (value,) if isinstance(value, Tag) else tuple(value)


def _author_values(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(item) for item in value] if isinstance(value, list) else [str(value)]


def _considerations(tags: Sequence[Tag]) -> list:
    """Evidence the author should weigh without ficsense asserting a warning (issue 5: "consider …")."""
    seen: set[tuple[int, int]] = set()
    found = []
    for tag in tags:
        for item in tag.evidence:
            if item.why.startswith("consider") and (item.start, item.end) not in seen:
                seen.add((item.start, item.end))
                found.append(item)
    return found


def _canonical(name: str) -> str:
    folded = name.casefold()
    return _ALIASES.get(folded, folded)


def _differences(theirs: Sequence[str], ours: Sequence[Tag], *, single: bool = False) -> list[str]:
    their_names = {_canonical(name) for name in theirs}
    our_names = {_canonical(tag.tag) for tag in ours}
    if CHOSE_NOT.casefold() in their_names:
        return []
    if single:
        differs = ours and their_names != our_names
        return [f"    we would choose: {ours[0].tag} (you chose {', '.join(theirs)})"] if differs else []
    lines = [f"    we also found: {tag.tag}" for tag in ours if _canonical(tag.tag) not in their_names]
    lines += [f"    we found no evidence for: {name}" for name in theirs if _canonical(name) not in our_names]
    return lines
