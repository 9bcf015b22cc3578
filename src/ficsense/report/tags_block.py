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
        ours = _tags(report, field)
        names = ", ".join(tag.tag for tag in ours) if ours else "—"
        lines.append(f"{heading}: {names}")
        if evidence:
            for tag in ours:
                for item in tag.evidence[:_EVIDENCE_SHOWN]:
                    quote = excerpt(doc, item.start, item.end)
                    lines.append(f"    {tag.tag} ← {where(doc, item.start)}: “{quote}” ({item.why})")
        theirs = _author_values(metadata.get(key))
        if theirs:
            lines.append(f"    you tagged: {', '.join(theirs)}")
            if ran is not None and ran.ran:
                lines.extend(_differences(theirs, ours))
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


def _differences(theirs: Sequence[str], ours: Sequence[Tag]) -> list[str]:
    their_names = {name.casefold() for name in theirs}
    our_names = {tag.tag.casefold() for tag in ours}
    lines = [f"    we also found: {tag.tag}" for tag in ours if tag.tag.casefold() not in their_names]
    lines += [f"    we found no evidence for: {name}" for name in theirs if name.casefold() not in our_names]
    return lines
